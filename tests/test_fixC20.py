"""Fixes of the second read's findings on session 20 (struct20's and conv20's open questions), each
tested with a new example of its cause (failing on main before the fix) and guards that the cases the
code was written for still read as before."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, signed

NOTICE = (
    "关于做好2024年农村公路养护工作的通知\n各乡镇人民政府：\n现将有关事项通知如下：\n"
    "一、加强日常养护\n各乡镇要落实养护责任。\n"
)
END = "\n某县交通运输局\n2024年3月12日"


# Finding 1 (struct20, predates the session): an 附件说明 numbered with a colon after each number
# (附件：1：路线清单 ⏎ 2：资金分配表) kept `1：` in the first title and lost the second entry without a
# warning: the list numbers knew 1. 1、 （1） ① but not 1：, so the first line read as an attachment's
# label with its title and the lines under it as that attachment's content. An attachment's title never
# opens with a number and a colon, so 1： is a list number as 1. is (never before a digit: 1:500).


def test_an_attachments_list_numbered_with_wide_colons_lists_every_title() -> None:
    doc = checked(NOTICE + "附件：1：养护路线清单\n2：养护资金分配表\n3：养护考核细则" + END)
    assert doc.attachments == ("养护路线清单", "养护资金分配表", "养护考核细则")
    assert signed(doc) == (("某县交通运输局",), "2024-03-12")


def test_an_attachments_list_numbered_with_ascii_colons_under_a_bare_label() -> None:
    doc = checked(NOTICE + "附件：\n1:养护路线清单\n2:养护资金分配表" + END)
    assert doc.attachments == ("养护路线清单", "养护资金分配表")
    assert "content-unplaced" not in codes(doc)


def test_two_colon_numbered_titles_on_one_line() -> None:
    doc = checked(NOTICE + "附件：1：养护路线清单  2：养护资金分配表" + END)
    assert doc.attachments == ("养护路线清单", "养护资金分配表")


def test_attachments_lists_numbered_with_a_stop_a_bracket_or_a_glyph_read_as_before() -> None:
    for lines in (
        "1.养护路线清单\n2.养护资金分配表",
        "（1）养护路线清单\n（2）养护资金分配表",
        "①养护路线清单\n②养护资金分配表",
    ):
        doc = checked(NOTICE + "附件：" + lines + END)
        assert doc.attachments == ("养护路线清单", "养护资金分配表"), lines


def test_a_scale_after_the_label_is_no_list_number() -> None:
    doc = checked(NOTICE + "附件：1:2000比例尺路线图" + END)
    assert doc.attachments == ("1:2000比例尺路线图",)


# Finding 3 (conv20's open question): the chrome table's `^更新时间:` row (a portal's byline) took a note
# app's 更新时间 property anywhere, so it left the text unsaid while the 创建时间 and 作者 beside it were
# metadata pairs (contract20 item 6). A properties block, 键：值 lines from the text's very top with a
# 创建时间 or 作者 among them, is the note's: its 更新时间 line is a pair too. Under a headline it stays chrome.

REPLY = (
    "关于加快老旧小区改造的答复\n王某代表：\n您提出的关于加快老旧小区改造的建议收悉。现答复如下：\n"
    "一、改造进展\n今年已开工改造小区46个。\n某市住房和城乡建设局\n2024年8月6日\n"
)


def test_a_notes_update_time_beside_its_author_at_the_top_is_a_metadata_pair() -> None:
    doc = checked("作者：李某\n更新时间：2024-08-09 09:12\n笔记本：建议答复\n\n" + REPLY)
    assert doc.header.metadata == {"作者": "李某", "更新时间": "2024-08-09 09:12", "笔记本": "建议答复"}
    assert doc.header.title == "关于加快老旧小区改造的答复"


def test_a_notes_update_time_first_above_its_creation_time() -> None:
    doc = checked("更新时间：2024年8月9日 09:12\n创建时间：2024年8月1日 16:40\n\n" + REPLY)
    assert doc.header.metadata == {"更新时间": "2024年8月9日 09:12", "创建时间": "2024年8月1日 16:40"}


def test_a_portals_update_time_under_the_headline_stays_its_byline() -> None:
    doc = checked(REPLY.replace("\n", "\n更新时间：2024-08-09  来源：某市住房和城乡建设局\n", 1))
    assert "更新时间" not in doc.text
    assert doc.header.title == "关于加快老旧小区改造的答复"


def test_an_update_time_alone_at_the_top_without_a_notes_own_property_stays_chrome() -> None:
    doc = checked("更新时间：2024-08-09 09:12\n" + REPLY)
    assert "更新时间" not in doc.text


# Finding 2 (struct20's note): a number's marker with a colon (一：, （一）：, 1.：) was recorded without it,
# though the contract records a marker as written (一、, （一）) and the parser keeps the other marks a typist
# puts there (一，, （一）、): the colon, stripped for the word markers 第一部分： and 第一条： (the gap before
# their title, as a label's colon), was stripped from every marker.

PLAN = "某县农村人居环境整治实施方案\n为改善农村人居环境，制定本方案。\n"


def markers(doc: govdoc.Document) -> list[str]:
    return [s.marker for s in doc.iter_sections()]


def test_a_colon_where_the_numbers_pause_mark_belongs_stays_in_the_marker() -> None:
    doc = checked(PLAN + "一：目标任务\n完成改厕三千户。\n二：保障措施\n落实资金八百万元。")
    assert markers(doc) == ["一：", "二："]
    assert [s.title for s in doc.sections] == ["目标任务", "保障措施"]


def test_a_colon_after_a_bracketed_number_stays_in_the_marker_as_a_pause_mark_does() -> None:
    doc = checked(PLAN + "一、目标任务\n（一）：厕所革命\n完成改厕三千户。\n（二）：污水治理\n建成站点二十个。")
    assert markers(doc) == ["一、", "（一）：", "（二）："]
    assert [s.title for s in doc.iter_sections()] == ["目标任务", "厕所革命", "污水治理"]


def test_guard_a_word_markers_colon_is_no_part_of_it() -> None:
    doc = checked(PLAN + "第一部分：目标任务\n完成改厕三千户。\n第二部分：保障措施\n落实资金八百万元。")
    assert markers(doc) == ["第一部分", "第二部分"]


def test_guard_markers_without_a_colon_read_as_before() -> None:
    doc = checked(PLAN + "一、目标任务\n（一）厕所革命\n完成改厕三千户。\n（二）、污水治理\n建成站点二十个。")
    assert markers(doc) == ["一、", "（一）", "（二）、"]
