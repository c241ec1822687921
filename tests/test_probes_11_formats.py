"""Eleventh round of probes through the readers (session 13): DOCX, HTML and PDF files laid out in ways
rounds 4, 5, 8, 9 and 10 did not try (fixtures/office/formats11-*, written by
fixtures/office/make_formats11.py), and two files of table fidelity. Every expected value below, and
what must NOT reach the text, was written by hand from the document the generator writes; the probe
batch was committed before the parser ran on it. Every parse also keeps the span invariants and raises
no internal error."""

from __future__ import annotations

from tests.probing import expect_fields, office_probe

# --- table fidelity: a cell of several lines is one cell of one row ------------------------------


def test_a_docx_cell_of_several_paragraphs_is_one_cell_keeping_its_lines() -> None:
    doc = office_probe("formats11-docx-cell-paragraphs.docx")
    expect_fields(
        doc,
        kind="reply",
        number=("区卫建〔2024〕37号", "区卫建", 2024, 37),
        title="关于区十八届人大三次会议第062号建议的答复",
        recipients=("赵敏代表",),
        tree=[(1, "cn", "一、", "工作现状"), (1, "cn", "二、", "办理措施")],
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("某区卫生健康委员会",), "2024-08-12", "2024年8月12日"),
        warnings=[],
    )
    (measures,) = doc.sections[1].tables
    assert measures.rows == (
        ("序号", "建议事项", "承办单位", "办理措施"),
        ("1", "增设社区托育点", "区卫生健康委\n区教育局", "新建普惠托育点四个\n2024年底前完成"),
        ("2", "延长托育服务时间", "各街道办事处", "试点延时托育服务\n覆盖全部公办园"),
    )


def test_html_paragraphs_divisions_and_breaks_inside_a_cell_part_its_lines() -> None:
    doc = office_probe("formats11-html-cell-paragraphs.html")
    expect_fields(
        doc,
        kind="notice",
        title="某县农业农村局关于做好秋粮收储工作的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        tree=[(1, "cn", "一、", "明确工作分工"), (1, "cn", "二、", "加强组织保障")],
        closing="特此通知。",
        signature=(("某县农业农村局",), "2024-09-02", "2024年9月2日"),
        warnings=[],
    )
    (tasks,) = doc.sections[0].tables
    assert tasks.rows == (
        ("序号", "工作内容", "牵头单位", "时间安排"),
        ("1", "摸清秋粮产量\n建立收购台账", "县农业农村局", "9月底前"),
        ("2", "落实收储库点", "县发展改革局\n县粮食储备中心", "10月中旬前"),
        ("3", "开展市场巡查", "县市场监管局", "收购期间\n每周一次"),
    )


def test_a_cells_lines_break_in_the_markdown_table_by_br() -> None:
    markdown = office_probe("formats11-html-cell-paragraphs.html").to_markdown()
    assert "| 2 | 落实收储库点 | 县发展改革局<br>县粮食储备中心 | 10月中旬前 |" in markdown
