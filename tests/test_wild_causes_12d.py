"""Causes found by hand in wild documents of list B (session 12, seed 1202), each shown on a new
short example written for it: the title given again as the value of the information table's own
标题 label, a 文号 under a bracketed label, a 文号 label a portal writes 发字文号, and a dated row
that closes the information table above the title. Each also has its other side: what the rule
must leave as it was."""

from __future__ import annotations

import govdoc

_REPLY_BODY = (
    "王芳代表：\n"
    "您提出的《关于增设社区食堂的建议》收悉，现答复如下：\n"
    "我局已在三个街道试点社区食堂，就餐老人反映良好，明年将逐步推开。\n"
    "青河县民政局\n"
    "2024年6月3日\n"
)
_TITLE = "青河县民政局关于县十届人大二次会议第31号建议的答复"


def test_the_title_under_the_tables_bare_title_label_is_that_labels_value() -> None:
    doc = govdoc.parse_text(
        "[ 索 引 号 ]\n"
        "0042-2024-00311\n"
        "[ 发布机构 ]\n"
        "青河县民政局\n"
        "[ 名  称 ]\n"
        f"{_TITLE}\n"
        "[ 成文日期 ]\n"
        "2024-06-03\n"
        f"{_TITLE}\n"
        "打印本页\n" + _REPLY_BODY
    )
    assert doc.header.title == _TITLE
    assert doc.header.metadata.get("名称") == _TITLE
    assert doc.header.metadata.get("成文日期") == "2024-06-03"
    assert _TITLE in doc.text.split("\n")[:6]  # the table's row stays in the text


def test_a_headline_repeating_the_title_with_no_label_over_it_is_still_dropped() -> None:
    doc = govdoc.parse_text(
        f"首页 > 政务公开 > 建议提案办理\n{_TITLE}\n[ 成文日期 ]\n2024-06-03\n{_TITLE}\n" + _REPLY_BODY
    )
    assert doc.header.title == _TITLE
    assert "名称" not in doc.header.metadata and "标题" not in doc.header.metadata
    assert doc.text.count(_TITLE) == 1


def test_a_doc_number_under_a_bracketed_bare_label_is_also_that_labels_value() -> None:
    doc = govdoc.parse_text(
        "[ 索引号 ]\n"
        "0042-2024-00311\n"
        "[ 文  号 ]\n"
        "青民函〔2024〕18号\n"
        "[ 发布日期 ]\n"
        "2024-06-05\n"
        f"{_TITLE}\n" + _REPLY_BODY
    )
    number = doc.header.doc_number
    assert number is not None and number.text == "青民函〔2024〕18号"
    assert doc.header.metadata.get("文号") == "青民函〔2024〕18号"


def test_the_label_fazi_wenhao_is_a_doc_number_label() -> None:
    doc = govdoc.parse_text(
        "[ 主题分类 ]\n"
        "民政、社会事务\n"
        "[ 发字文号 ]\n"
        "青民函〔2024〕19号\n"
        "[ 成文日期 ]\n"
        "2024-06-03\n"
        f"{_TITLE}\n" + _REPLY_BODY
    )
    assert doc.header.metadata.get("发字文号") == "青民函〔2024〕19号"
    assert not [w for w in doc.warnings if w.code == "content-unplaced"]


def test_a_dated_row_closing_the_information_table_above_the_title_is_metadata() -> None:
    doc = govdoc.parse_text(
        "- 索引号：qh-2024-00077\n"
        "- 发文机构：县政府办\n"
        "- 公文种类：通知\n"
        "- 发布日期：2024-05-16 09:30\n"
        "青河县人民政府办公室关于做好汛期安全工作的通知\n"
        "各乡镇人民政府，县直各部门：\n"
        "现就做好今年汛期安全工作通知如下，请认真贯彻执行。\n"
        "青河县人民政府办公室\n"
        "2024年5月15日\n"
    )
    assert doc.header.metadata.get("发布日期") == "2024-05-16 09:30"
    assert doc.header.metadata.get("公文种类") == "通知"
    assert "发布日期：2024-05-16 09:30" in doc.text


def test_a_dated_byline_under_the_headline_stays_the_pages() -> None:
    doc = govdoc.parse_text(
        "- 索引号：qh-2024-00077\n"
        "- 发文机构：县政府办\n"
        "青河县人民政府办公室关于做好汛期安全工作的通知\n"
        "发布日期：2024-05-16 09:30\n"
        "各乡镇人民政府，县直各部门：\n"
        "现就做好今年汛期安全工作通知如下，请认真贯彻执行。\n"
        "青河县人民政府办公室\n"
        "2024年5月15日\n"
    )
    assert "发布日期" not in doc.header.metadata
    assert "2024-05-16 09:30" not in doc.text


def test_a_dated_line_after_a_single_labelled_line_stays_the_pages_byline() -> None:
    doc = govdoc.parse_text(
        "来源：县政府办\n"
        "- 索引号：qh-2024-00077\n"
        "发布日期：2024-05-16 09:30\n"
        "青河县人民政府办公室关于做好汛期安全工作的通知\n"
        "各乡镇人民政府，县直各部门：\n"
        "现就做好今年汛期安全工作通知如下，请认真贯彻执行。\n"
        "青河县人民政府办公室\n"
        "2024年5月15日\n"
    )
    assert "发布日期" not in doc.header.metadata


def test_a_dated_line_under_the_table_with_the_text_right_after_it_stays_the_pages() -> None:
    doc = govdoc.parse_text(
        "索引号：qh-2024-00078\n"
        "发布机构：县政府办\n"
        "标题：青河县人民政府办公室关于做好汛期安全工作的通知\n"
        "发布日期：2024-05-16\n"
        "现就做好今年汛期安全工作通知如下，请各乡镇、各部门认真贯彻执行：\n"
        "一、加强值班值守\n"
        "各单位要严格执行二十四小时值班制度。\n"
        "青河县人民政府办公室\n"
        "2024年5月15日\n"
    )
    assert "发布日期" not in doc.header.metadata
