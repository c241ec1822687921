"""Causes found by session 16's format work (rows that skip grid columns in Word) and by the fourteenth
round of format probes (tests/test_probes_14_formats.py), each tested on a new example of its cause, not
on the probe's text; each fails on the session's start (/work/s16start)."""

from __future__ import annotations

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants

# --- a Word row starting late (w:gridBefore) or ending early (w:gridAfter) --------------------------


def _tc(text: str) -> str:
    return f"<w:tc>{p(text) if text else '<w:p/>'}</w:tc>"


def _tr(cells: list[str], before: int = 0, after: int = 0) -> str:
    skips = (f'<w:gridBefore w:val="{before}"/>' if before else "") + (
        f'<w:gridAfter w:val="{after}"/>' if after else ""
    )
    return f"<w:tr><w:trPr>{skips}</w:trPr>{''.join(_tc(c) for c in cells)}</w:tr>"


def test_a_row_starting_late_or_ending_early_keeps_each_cell_under_its_column() -> None:
    rows = [
        _tr(["街道", "新增车位", "改造道路", "完成时间"]),
        _tr(["桂园街道", "120", "3.5公里", "6月"]),
        _tr(["80", "2.1公里", "9月"], before=1),  # the street's name merged into the row above by a shape
        _tr(["小计", "200"], after=2),
    ]
    grid = "<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * 4 + "</w:tblGrid>"
    table = f"<w:tbl><w:tblPr/>{grid}{''.join(rows)}</w:tbl>"
    body = p("关于区人大四届五次会议第061号建议的答复") + p("宋某代表：") + p("一、建设情况") + table
    body += p("二、下一步工作") + p("继续推进停车设施建设。") + p("某区住房和建设局") + p("2024年8月1日")
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    (read,) = doc.sections[0].tables
    assert read.rows == (
        ("街道", "新增车位", "改造道路", "完成时间"),
        ("桂园街道", "120", "3.5公里", "6月"),
        ("", "80", "2.1公里", "9月"),
        ("小计", "200", "", ""),
    )


def test_a_row_skipping_more_columns_than_its_grid_holds_pads_only_to_the_grid() -> None:
    rows = [_tr(["项目", "金额"]), _tr(["合计"], after=9), _tr(["奖补", "30万元"])]
    grid = "<w:tblGrid>" + '<w:gridCol w:w="3000"/>' * 2 + "</w:tblGrid>"
    table = f"<w:tbl><w:tblPr/>{grid}{''.join(rows)}</w:tbl>"
    body = p("某县财政局关于下达奖补资金的通知") + p("各乡镇：") + table + p("特此通知。") + p("某县财政局")
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert [t.rows for t in doc.tables] == [(("项目", "金额"), ("合计", ""), ("奖补", "30万元"))]
