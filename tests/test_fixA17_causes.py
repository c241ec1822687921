"""Causes found by the second read of session 17's conversion paths (diffread-A: readers/text.py),
each shown by a NEW example (not the reader's repro text) that fails before its fix, with a guard
that the format the rule was written for is still read."""

from __future__ import annotations

import govdoc
from tests.probing import checked

_HEAD = "关于县人大十八届二次会议第31号建议的答复\n\n刘某代表：\n\n您提出的关于优化窗口服务的建议收悉，现答复如下：\n\n"
_END = "\n特此答复。\n\n某县行政审批局\n\n2024年8月12日\n"


def _paragraphs(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


# --- diffread-A 1 (dr-A-3): a star between two figures is a multiplication sign, never emphasis -------


def test_stars_between_figures_stay_in_a_markdown_text() -> None:
    source = "# " + _HEAD + "## 一、办理情况\n\n值守电话实行365*24小时在线，大厅实行6*10小时轮班。\n" + _END
    doc = checked(source)
    assert "值守电话实行365*24小时在线，大厅实行6*10小时轮班。" in _paragraphs(doc)


def test_a_single_star_pair_around_words_is_still_emphasis() -> None:
    source = "# " + _HEAD + "## 一、办理情况\n\n全年受理 *1200件* 申请，办结率100%。\n" + _END
    doc = checked(source)
    assert "*" not in doc.text and "1200件" in doc.text


# --- diffread-A 8 (dr-A-15): a ` +` ends a line as AsciiDoc's hard break only in an AsciiDoc text -------


def test_a_plus_ending_a_line_of_a_plain_text_stays() -> None:
    source = _HEAD + "一、办理情况\n\n综合评分＝窗口评分 +\n网上评分，按季度测算。\n" + _END
    doc = checked(source)
    assert "窗口评分 +" in doc.text


def test_a_plus_ending_a_line_of_an_asciidoc_text_with_attributes_is_a_break() -> None:
    source = (
        ":lang: zh-CN\n\n"
        + _HEAD
        + "一、办理情况\n\n全县窗口全部实行综合受理。\n"
        + _END.replace("审批局\n", "审批局 +\n")
    )
    doc = checked(source)
    assert "+" not in doc.text
    assert doc.signature is not None and list(doc.signature.issuers) == ["某县行政审批局"]


# --- diffread-A 9 (dr-A-16): `= ` opens a heading only in an AsciiDoc text ------------------------------


def test_an_equals_sign_opening_a_line_of_a_plain_text_stays() -> None:
    source = _HEAD + "一、办理情况\n\n净增窗口数\n= 年末窗口数 - 年初窗口数，按季度统计。\n" + _END
    doc = checked(source)
    assert "= 年末窗口数" in doc.text


def test_asciidoc_section_marks_still_leave_when_the_text_shows_asciidoc() -> None:
    source = "= " + _HEAD + "== 一、办理情况\n\n全县窗口全部实行综合受理。\n" + _END
    doc = checked(source)
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "办理情况")]
    assert "=" not in doc.text


# --- diffread-A 12 (dr-A-19): Obsidian's `%%` and `==` only in a text that shows Markdown marks -------


def test_printf_percent_pairs_and_double_equals_of_a_plain_text_stay() -> None:
    line = "办结率提高到98.5%%，其中网上办结率提高到91.2%%，x==y的口径不变。"
    doc = checked(_HEAD + "一、办理情况\n\n" + line + "\n" + _END)
    assert line in _paragraphs(doc)


def test_obsidian_comments_and_highlights_leave_a_markdown_text() -> None:
    source = "# " + _HEAD + "## 一、办理情况\n\n全县窗口==全部==实行综合受理。%%待复核%%\n" + _END
    doc = checked(source)
    assert "全县窗口全部实行综合受理。" in _paragraphs(doc)
    assert not any(m in doc.text for m in ("==", "%%", "待复核"))


# --- diffread-A 4 (dr-A-1): a crawler record's title member is the page's headline, kept as the first line


def _escaped(text: str) -> str:
    return text.replace("\n", "\\n")


def test_the_title_member_of_a_json_record_is_the_documents_first_line() -> None:
    head, _, body = _HEAD.partition("\n\n")
    source = (
        '{"标题": "'
        + head
        + '", "id": 7702, "正文": "'
        + _escaped(body + "一、办理情况\n\n全县窗口全部实行综合受理。\n" + _END)
        + '"}'
    )
    doc = checked(source)
    assert doc.header.title == head
    assert doc.header.responds_to is not None and doc.header.responds_to.number == "31"
    assert "7702" not in doc.text and "标题" not in doc.text


def test_a_title_member_the_text_member_already_opens_with_is_read_once() -> None:
    head = _HEAD.partition("\n\n")[0]
    text = _escaped(_HEAD + "一、办理情况\n\n全县窗口全部实行综合受理。\n" + _END)
    source = (
        '{\n  "headline": "' + head + '",\n  "url": "http://spj.example.gov.cn/a.html",\n  "text": "' + text + '"\n}\n'
    )
    doc = checked(source)
    assert doc.header.title == head
    assert doc.text.count(head) == 1 and "example" not in doc.text
