"""Causes found by hand in wild documents of list B (session 13, engineer wildf), each shown on a
new short example written for it, not on the wild text that showed it, and each with its other
side (what the rule must leave as it was):

- a gazette's contents list (entries with leader dots and page numbers, numbered again under each
  group) whose last entry lost its dots and page number (the page was cut inside it) was read as
  a section: the entry that goes on numbering the entries right after them is one more entry;
- a contents list whose entries end in their page number in brackets right after the words
  (`二、工作目标(3)`), with no leader dots, was read as sections where its first entry never came
  back as a line of the text (a page cut inside the list);
- the proposal's title named without its opening mark (您的关于…的建议》收悉: the page lost the 《)
  was not read: an unquoted title ended only before the acknowledgement's own words;
- a quoted proposal title that quotes a phrase inside it with the same marks (“关于…“…”…的建议”)
  was not read: a double-quoted title could not hold a quote of its own.
"""

from __future__ import annotations

import govdoc


def _gazette(last_entry: str) -> govdoc.Document:
    return govdoc.parse_text(
        "青河市人民政府公报\n"
        "2023年第四期\n"
        "目　录\n"
        "【市政府文件】\n"
        "1.青河市人民政府关于公布第三批市级文物保护单位的通知…………………………(2)\n"
        "2.青河市人民政府关于调整最低工资标准的通知………………………………………(5)\n"
        "【市政府办公室文件】\n"
        "1.青河市人民政府办公室关于印发全民健身实施计划的通知……………………(8)\n"
        "2.青河市人民政府办公室关于做好冬春季农田水利建设的通知………………(13)\n"
        f"{last_entry}\n"
    )


def test_a_contents_entry_cut_before_its_leader_dots_goes_on_numbering_the_entries() -> None:
    doc = _gazette("3.青河市人民政府办公室关于")
    assert doc.sections == ()
    assert not any(w.code == "numbering-gap" for w in doc.warnings)
    assert "3.青河市人民政府办公室关于" in [p.text for p in doc.preamble]  # kept as a line


def test_a_numbered_line_after_the_entries_that_starts_again_is_still_a_section() -> None:
    doc = _gazette("一、总体安排")
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "总体安排")]


def _plan_with_contents(*after: str) -> govdoc.Document:
    return govdoc.parse_text(
        "青河县人民政府关于印发青河县农村供水保障实施意见的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《青河县农村供水保障实施意见》印发给你们，请认真贯彻执行。\n"
        "青河县人民政府\n"
        "2022年3月8日\n"
        "青河县农村供水保障实施意见\n"
        "目 录\n"
        "一、基本情况(1)\n"
        "二、工作目标(3)\n"
        "（一）水质目标(3)\n"
        "（二）水量目标(4)\n"
        "三、保障措施(5)\n" + "".join(f"{line}\n" for line in after)
    )


def test_contents_entries_ending_in_a_bracketed_page_number_open_no_sections() -> None:
    doc = _plan_with_contents()
    assert doc.sections == ()
    assert "二、工作目标(3)" in [p.text for p in doc.preamble]  # kept as a line


def test_the_text_after_such_entries_still_opens_its_sections() -> None:
    doc = _plan_with_contents(
        "一、基本情况",
        "全县现有农村集中供水工程四十二处，覆盖人口十八万人。",
        "二、工作目标",
        "到2025年农村自来水普及率达到百分之九十八。",
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "基本情况"), ("二、", "工作目标")]
    assert not any(w.code == "numbering-gap" for w in doc.warnings)


def test_a_heading_ending_in_a_bracketed_figure_with_no_contents_line_is_a_section() -> None:
    doc = govdoc.parse_text(
        "青河县农村供水保障实施意见\n"
        "一、基本情况(2021)\n"
        "全县现有农村集中供水工程四十二处。\n"
        "二、工作目标(2025)\n"
        "到2025年农村自来水普及率达到百分之九十八。\n"
    )
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def _reply_opening(opening: str) -> govdoc.Document:
    return govdoc.parse_text(
        "关于县政协九届三次会议第41号提案的答复\n"
        "刘敏委员：\n"
        f"{opening}\n"
        "我局今年已新建乡村图书室十二个，配送图书两万余册。\n"
        "青河县文化和旅游局\n"
        "2024年7月2日\n"
    )


def test_a_title_whose_opening_book_mark_was_lost_ends_at_its_closing_mark() -> None:
    ref = _reply_opening("您的关于扩大乡村图书室覆盖面的提案》已收悉，现答复如下：").header.responds_to
    assert ref is not None and ref.title == "关于扩大乡村图书室覆盖面的提案"


def test_a_quoted_title_holding_a_quoted_phrase_in_the_same_marks_is_the_title() -> None:
    ref = _reply_opening("您提出的“关于开展“书香乡村”建设的提案”收悉，现答复如下：").header.responds_to
    assert ref is not None and ref.title == "关于开展“书香乡村”建设的提案"


def test_a_closing_mark_after_a_point_of_the_answer_names_no_title() -> None:
    ref = _reply_opening(
        "您的提案收悉，现答复如下：我局印发了“关于推进全民阅读的意见”，各乡镇已组织实施。"
    ).header.responds_to
    assert ref is None or ref.title is None
