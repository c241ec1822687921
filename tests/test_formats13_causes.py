"""Causes found by session 15's format work (three-line tables, tables over a page, `|` rows without a
delimiter row) and by the thirteenth round of format probes (tests/test_probes_13_formats.py), each
tested on a new example of its cause, not on the probe's text."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

# --- `|` rows without a delimiter row: a body's table, read after zoning (rules/body_tables.py) -----

_REPLY_HEAD = "关于市政协十四届三次会议第0318号提案的答复\n李某委员：\n您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下：\n"
_REPLY_TAIL = "\n某市住房和城乡建设局\n2024年7月2日"


def test_pipe_rows_in_the_body_without_a_delimiter_row_are_one_table_of_their_section() -> None:
    doc = govdoc.parse_text(
        _REPLY_HEAD + "一、加装进度\n截至6月底，各区完成情况如下：\n|区| 已加装 | 在建 |\n|东城区| 46部 | 12部 |\n"
        "|西城区| 31部 | 9部 |\n下半年继续推进。\n二、资金保障\n市级财政每部补贴二十万元。" + _REPLY_TAIL
    )
    check_invariants(doc)
    one = doc.sections[0]
    assert [t.rows for t in one.tables] == [(("区", "已加装", "在建"), ("东城区", "46部", "12部"), ("西城区", "31部", "9部"))]
    assert [p.text for p in one.paragraphs] == ["截至6月底，各区完成情况如下：", "下半年继续推进。"]
    assert [p.text for p in doc.sections[1].paragraphs] == ["市级财政每部补贴二十万元。"]


def test_a_lone_pipe_line_or_rows_of_other_counts_stay_text_in_the_body() -> None:
    doc = govdoc.parse_text(
        _REPLY_HEAD + "一、办理情况\n路径为 系统|业务|电梯 。\n|甲|乙|\n|丙|丁|戊|\n二、下一步\n继续推进。" + _REPLY_TAIL
    )
    check_invariants(doc)
    assert doc.tables == ()
    assert "路径为系统|业务|电梯。\n|甲|乙|\n|丙|丁|戊|" in doc.text


def test_a_pipe_information_table_above_the_title_is_still_the_headers() -> None:
    doc = govdoc.parse_text(
        "|索引号|11440300/2024-00213|\n|发布机构|某市住房和城乡建设局|\n|发布日期|2024-07-05|\n"
        + _REPLY_HEAD
        + "一、加装进度\n完成加装八十部。"
        + _REPLY_TAIL
    )
    check_invariants(doc)
    assert doc.tables == ()
    assert doc.header.title == "关于市政协十四届三次会议第0318号提案的答复"
