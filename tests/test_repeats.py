"""Repeats are dropped only where a web page made them, never silently (issue #12, item 4)."""

from __future__ import annotations

import govdoc
from tests.docx_builder import make_docx, p

TITLE = "关于加强校园周边交通管理的通知"
BODY = ["各学校：", "为保障学生出行安全，现将有关事项通知如下。", "一、加强上下学时段巡查。", "二、规范车辆停放秩序。"]
SIGNED = ["某区教育局", "2024年5月6日"]


def dropped(doc: govdoc.Document) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "repeat-dropped"]


def html(*paragraphs: str, extra: str = "") -> bytes:
    inner = "".join(f"<p>{t}</p>" for t in paragraphs)
    return f"<html><body><div>{inner}{extra}</div></body></html>".encode()


def test_a_headline_repeated_above_the_title_of_a_web_page_is_dropped_and_reported() -> None:
    doc = govdoc.parse(html(TITLE, TITLE, *BODY, *SIGNED), format="html")
    assert doc.text.count(TITLE) == 1
    assert doc.header.title == TITLE
    (message,) = dropped(doc)
    assert TITLE[:10] in message


def test_a_body_reposted_whole_in_text_saved_from_a_site_is_dropped_and_reported() -> None:
    lines = ["首页 > 政务公开 > 通知公告", TITLE, *BODY, *SIGNED, *BODY, *SIGNED, "【打印本页】【关闭窗口】"]
    doc = govdoc.parse("\n".join(lines).encode(), format="txt")
    assert doc.text.count("规范车辆停放秩序") == 1
    (message,) = dropped(doc)
    assert "6 行" in message and "各学校" in message
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_text_that_is_no_web_page_keeps_every_line_it_repeats() -> None:
    lines = [TITLE, *BODY, "请各校高度重视", "请各校高度重视", *BODY, *SIGNED]
    doc = govdoc.parse("\n".join(lines).encode(), format="txt")
    assert doc.text.count("请各校高度重视") == 2
    assert doc.text.count("规范车辆停放秩序") == 2
    assert dropped(doc) == []


def test_a_line_a_web_page_repeats_inside_its_body_stays() -> None:
    doc = govdoc.parse(html(TITLE, *BODY, "请各校高度重视", "请各校高度重视", *SIGNED), format="html")
    assert doc.text.count("请各校高度重视") == 2
    assert dropped(doc) == []


def test_table_rows_are_never_dropped() -> None:
    row = "<tr><td>校门口</td><td>早七点</td><td>已落实</td></tr>"
    table = f"<table>{row}{row}{row}{row}{row}{row}</table>"
    doc = govdoc.parse(html(TITLE, *BODY, extra=table), format="html")
    assert doc.text.count("校门口") == 6
    assert dropped(doc) == []


def test_a_word_document_keeps_every_line_it_repeats() -> None:
    body = "".join(p(t) for t in [TITLE, *BODY, "请各校高度重视", "请各校高度重视", *BODY, *SIGNED])
    doc = govdoc.parse(make_docx(body), format="docx")
    assert doc.text.count("请各校高度重视") == 2 and doc.text.count("规范车辆停放秩序") == 2
    assert dropped(doc) == []
