"""Causes found by session 29's structure probes (tests/test_probes_29_structure.py) and the strict xfails session 27's
left (tests/test_probes_27_structure.py), each tested on a NEW example of the cause, not the probe document itself."""

from __future__ import annotations

import govdoc
from tests.probing import checked, closing, paras, signed, tree
from tests.test_probes_11_noise import wrapped

_TITLE = "关于县政协十一届三次会议第078号提案的答复"
_FRONT = [_TITLE, "周某委员：", "您提出的《关于推进县城污水管网改造的提案》收悉，现答复如下："]
_FOOT = ["某县住房和城乡建设局", "2026年8月20日"]
_SIGNED = (("某县住房和城乡建设局",), "2026-08-20")


def _wrapped_reply(width: int, *body: str, end: str = "特此答复。") -> str:
    """A county bureau's reply as a PDF's text layer holds it: every line cut at `width` characters."""
    return "\n".join(wrapped([*_FRONT, *body, *([end] if end else [])], width) + _FOOT) + "\n"


# Cause 1 (struct27's strict xfail, lifted): in a hard-wrapped copy a heading line with no mark in its words that
# fills the width was joined with the line under it as the first line of a point the width cut, so a whole title
# became an untitled point (its words run into the sentence under it). The join is kept apart where it could make no
# run-in title (the line under it reaches its first stop only past a title's length) and the siblings of its family
# are titles alone on their lines.

_HEADING = "（一）加快推进老城区雨污分流管网改造工程建设"  # 22 characters: fills a copy cut at 22
_SENTENCE = "今年县财政安排管网改造资金一点二亿元，完成老城区雨污分流管网改造四十二公里，惠及居民三万余户。"
_OTHER = "（二）完善管网运行维护机制"
_AFTER = "县排水公司每年对主干管网开展一次全面检测。"


def test_a_heading_filling_the_width_over_a_sentence_keeps_its_title_beside_titled_siblings() -> None:
    text = _wrapped_reply(
        22, "一、关于管网改造", _HEADING, _SENTENCE, _OTHER, _AFTER, "二、关于污水处理", "县污水处理厂完成提标改造。"
    )
    assert "\n" + _HEADING + "\n" in text  # the heading fills its line: the cut this test is about
    doc = checked(text)
    assert tree(doc) == [
        (1, "cn", "一、", "关于管网改造"),
        (2, "cn-paren", "（一）", "加快推进老城区雨污分流管网改造工程建设"),
        (2, "cn-paren", "（二）", "完善管网运行维护机制"),
        (1, "cn", "二、", "关于污水处理"),
    ]
    assert paras(doc) == [[], [_SENTENCE], [_AFTER], ["县污水处理厂完成提标改造。"]]
    assert signed(doc) == _SIGNED


_CUT = "（一）加快推进老城区雨污分流管网改造工程建"  # a run-in title the width cut before its stop
_CUT_REST = "设。今年县财政安排管网改造资金一点二亿元，完成改造四十二公里。"


def test_a_run_in_title_the_width_cut_before_its_stop_is_still_joined() -> None:
    text = _wrapped_reply(21, "一、关于管网改造", _CUT + _CUT_REST, _OTHER, _AFTER)
    assert "\n" + _CUT + "\n" in text
    doc = checked(text)
    assert tree(doc)[1] == (2, "cn-paren", "（一）", "加快推进老城区雨污分流管网改造工程建设")
    assert paras(doc)[1] == ["今年县财政安排管网改造资金一点二亿元，完成改造四十二公里。"]


_POINT = "（一）加快推进老城区雨污分流管网改造工程建设和老旧小区排水设施更新，今年完成改造四十二公里。"


def test_a_points_first_line_filling_the_width_among_untitled_siblings_is_joined() -> None:
    sibling = "（二）完善管网运行维护机制，县排水公司每年对主干管网开展一次全面检测，确保管网安全运行。"
    text = _wrapped_reply(22, "一、关于管网改造", _POINT, sibling, "二、关于污水处理", "县污水处理厂完成提标改造。")
    doc = checked(text)
    assert tree(doc)[1:3] == [(2, "cn-paren", "（一）", None), (2, "cn-paren", "（二）", None)]
    assert paras(doc)[1] == [_POINT[3:]]


# Cause 2 (struct27's other strict xfail, lifted): in a copy that indents its paragraphs, a lead ending a full line on
# the colon the wrap hung there (…做好以下三项工作：) over a flush line opening an inline list (`（1）…；（2）…`) read
# that line as a point set flush, as a page sets headings: a section opened inside the sentence. A flush line that
# goes on with its family's next marker after a member's end is a list running in the sentence, which the wrap
# brought to the line's start.

_IND = "\u3000\u3000"
_LEAD = "按照管网改造三年行动计划，县住房和城乡建设局今年要重点做好以下三项工作：（1）改造老城区雨污分流管网四十二公里；（2）新建污水提升泵站三座和调蓄池两座；（3）完成县污水处理厂提标改造。"


def _indented_reply(width: int, *body: str) -> str:
    """The reply as an indented PDF's text layer holds it: each paragraph opening on two ideographic spaces, every
    line cut at `width` characters."""
    paragraphs = [_IND + p for p in (_FRONT[2], *body, "特此答复。")]
    return "\n".join([*_FRONT[:2], *wrapped(paragraphs, width), *_FOOT]) + "\n"


def test_an_inline_paren_list_a_wrap_brought_flush_under_a_hung_colon_goes_on_in_the_sentence() -> None:
    text = _indented_reply(37, "一、关于管网改造", _LEAD, "二、关于资金保障", "县财政安排专项资金一点二亿元。")
    assert "工作：\n（1）" in text  # the lead's colon hung at a full line's end, the list flush under it
    doc = checked(text)
    assert tree(doc) == [(1, "cn", "一、", "关于管网改造"), (1, "cn", "二、", "关于资金保障")]
    assert paras(doc) == [[_LEAD], ["县财政安排专项资金一点二亿元。"]]
    assert signed(doc) == _SIGNED


_FIGURE_LEAD = "按照管网改造三年行动计划，县住房和城乡建设局今年要重点完成老城区的这一项任务："
_FIGURE_POINT = "1.改造老城区雨污分流管网四十二公里；2.5万户居民因此受益。"


def test_a_flush_point_whose_figure_only_looks_like_the_next_number_stays_a_point() -> None:
    lines = [*_FRONT[:2], *wrapped([_IND + _FRONT[2], _IND + "一、关于管网改造", _IND + _FIGURE_LEAD], 20)]
    lines += [_FIGURE_POINT, _IND + "二、关于资金保障", _IND + "县财政安排专项资金。", _IND + "特此答复。", *_FOOT]
    text = "\n".join(lines) + "\n"
    assert "\n乡建设局今年要重点完成老城区的这一项任务：\n1." in text  # a full line, its colon hung, the point flush
    doc = checked(text)
    assert [t[:3] for t in tree(doc)] == [(1, "cn", "一、"), (2, "num", "1."), (1, "cn", "二、")]


# Cause 3 (batch 5): a contact line of its own standing above the closing's formula. Bracketed (（联系人：…）) it was
# read as courtesy and taken into the closing (the closing's text began with the contact); bare (联系人：…) it stopped
# the closing's peel, so the thanks above it stayed in the body's last paragraph. A contact line of its own is the
# contact's in either form, and the closing goes on above it.

_BODY = "一、关于管网改造\n今年完成改造四十二公里。\n二、关于污水处理\n县污水处理厂完成提标改造。"
_THANKS = "感谢您对县城基础设施建设的关心和支持。"


def _reply(end: str) -> str:
    return "\n".join([*_FRONT, _BODY, end, *_FOOT]) + "\n"


def _contact(doc: govdoc.Document) -> tuple[str | None, list[str]] | None:
    c = doc.contact
    return None if c is None else (c.name, list(c.phones))


def test_a_bracketed_contact_line_over_the_formula_is_no_part_of_the_closing() -> None:
    doc = checked(_reply("（承办人：吴某某，电话：0577-66123456）\n此复。"))
    assert closing(doc) == "此复。"
    assert _contact(doc) == ("吴某某", ["0577-66123456"])
    assert paras(doc)[-1] == ["县污水处理厂完成提标改造。"]
    assert signed(doc) == _SIGNED


def test_thanks_over_a_bare_contact_line_over_the_formula_are_the_closings() -> None:
    doc = checked(_reply(_THANKS + "\n承办人：吴某某，电话：0577-66123456\n此复。"))
    assert paras(doc)[-1] == ["县污水处理厂完成提标改造。"]
    assert closing(doc) == _THANKS + "\n承办人：吴某某，电话：0577-66123456\n此复。"
    assert _contact(doc) == ("吴某某", ["0577-66123456"])


def test_a_contact_line_under_the_last_point_and_no_closing_stays_the_contacts() -> None:
    doc = checked(_reply("（承办人：吴某某，电话：0577-66123456）"))
    assert closing(doc) is None
    assert paras(doc)[-1] == ["县污水处理厂完成提标改造。"]
    assert _contact(doc) == ("吴某某", ["0577-66123456"])


# Cause 4 (the round's documents hard-wrapped): a contact line the wrap cut inside its phone's area code or before
# its dash (…联系电话：057 ⏎ 1-88881234) in a copy too short to read a width off: the rest of the number was no line
# of the trailer, so the peel of the body's end stopped at it and the formula, the contact line and the rest all
# stayed in the last paragraph (no closing, no contact). The rest of a phone under a contact line is the contact's,
# and the cut pieces are one phone however the cut fell.


def test_a_phone_cut_inside_its_area_code_under_the_formula_is_the_contacts() -> None:
    text = "\n".join([*_FRONT, _BODY, "此复。", "承办人：吴某某，联系电话：05", "77-66123456", *_FOOT]) + "\n"
    doc = checked(text)
    assert closing(doc) == "此复。"
    assert _contact(doc) == ("吴某某", ["0577-66123456"])
    assert paras(doc)[-1] == ["县污水处理厂完成提标改造。"]


def test_a_phone_cut_before_its_dash_is_one_phone() -> None:
    text = "\n".join([*_FRONT, _BODY, "此复。", "承办人：吴某某，联系电话：0577", "-66123456", *_FOOT]) + "\n"
    doc = checked(text)
    assert _contact(doc) == ("吴某某", ["0577-66123456"])
    assert closing(doc) == "此复。"


# Cause 5 (the round's documents hard-wrapped): a line opening with a word that begins with a contact label and
# going on to a semicolon (手机应用；二是…, a wrap's second half) read as a contact line, the colon OCR reads as a
# semicolon being allowed after six more characters of a label; so the line did not carry on the sentence above
# it. The semicolon ends a label only right after the label's own words (联系人;蒋某).

_WRAPPED_RUN = "下一步，我局将重点做好以下两项工作：一是推广排水管网巡查手机应用；二是开展管网养护人员培训。"


def test_a_wraps_second_half_opening_with_a_contact_labels_word_carries_on_the_sentence() -> None:
    text = _wrapped_reply(
        28, "一、关于管网改造", "今年完成改造四十二公里。", _WRAPPED_RUN, "二、关于污水处理", "完成提标改造。"
    )
    assert "\n手机应用；二是" in text  # the wrap put the label's word at the line's start
    doc = checked(text)
    assert paras(doc)[0] == ["今年完成改造四十二公里。", _WRAPPED_RUN]
    assert doc.contact is None


def test_an_ocr_semicolon_right_after_a_contact_label_still_ends_it() -> None:
    doc = checked(_reply("此复。\n联系人;吴某某\n联系电话;0577-66123456"))
    assert _contact(doc) == ("吴某某", ["0577-66123456"])


# Cause 6 (the round's documents hard-wrapped, indented): in a copy that indents its paragraphs, a flush line the
# wrap began with the LAST member of an inline list (…；2.新建泵站三座； ⏎ 3.完成提标改造。…) was read as a point set
# flush (a section opened inside the sentence): cause 2 asked only for the next number after it. The number before it
# standing in the paragraph above after its last full stop tells the same.

_THREE = "今年县住房和城乡建设局重点完成了三件事：1.改造雨污分流管网四十二公里；2.新建污水提升泵站三座；3.完成县污水处理厂提标改造。三项工作均按期完成。"


def test_an_inline_lists_last_member_a_wrap_brought_flush_goes_on_in_the_sentence() -> None:
    text = _indented_reply(25, "一、关于管网改造", _THREE, "二、关于资金保障", "县财政安排专项资金一点二亿元。")
    assert "三座；\n3.完成" in text  # the last member flush at a line's start
    doc = checked(text)
    assert tree(doc) == [(1, "cn", "一、", "关于管网改造"), (1, "cn", "二、", "关于资金保障")]
    assert paras(doc)[0] == [_THREE]


# Cause 7 (the round's documents hard-wrapped, indented): in a copy that indents its paragraphs but too short to read
# a width off, a full line ending on a member's ； or a lead's ： over a flush line (…工作：一要明确责任人； ⏎
# 二要建立巡查台账；…) ended its paragraph: a line ending on a stop was taken for a paragraph set on one line. No
# paragraph ends on ； or ：, and a flush line opens none in such a text: the wrap hung the mark there.

_MUST = "县住房和城乡建设局要求各施工单位做好以下工作：一要设置围挡；二要落实扬尘防治措施；三要及时清运渣土。"


def test_a_full_line_ending_on_a_members_semicolon_over_a_flush_line_goes_on() -> None:
    text = _indented_reply(31, "一、关于施工管理", _MUST, "二、关于资金保障", "县财政安排专项资金一点二亿元。")
    assert "；\n二要" in text  # a line of the run ends on its ；, the next member flush under it
    doc = checked(text)
    assert paras(doc) == [[_MUST], ["县财政安排专项资金一点二亿元。"]]
    assert [i.marker for i in doc.sections[0].paragraphs[0].items] == ["一要", "二要", "三要"]


# Cause 8 (the round's documents hard-wrapped): a bracketed contact note over the formula that the wrap cut into lines
# (（承办人：吴某某，联系电话：0577-6 ⏎ 6123456）), in a copy too short to read a width off. The body's end is peeled
# before any join, line by line from the bottom: the note's tail (`6123456）`, or `56）`, which alone reads as a list
# marker on its own line and took the formula under it into the note) was no contact line, so the note stayed in the
# last paragraph, or the formula went into the contact and was warned unplaced. The peel reads a line closing a bracket
# the lines above left open together with them, and a tail alone under an open bracket takes no line under it.


def _note_reply(*note: str) -> str:
    return "\n".join([*_FRONT, _BODY, *note, "此复。", *_FOOT]) + "\n"


def test_a_bracketed_contact_note_the_wrap_cut_over_the_formula_is_the_contacts() -> None:
    doc = checked(_note_reply("（承办人：吴某某，联系电话：0577-6", "6123456）"))
    assert closing(doc) == "此复。"
    assert _contact(doc) == ("吴某某", ["0577-66123456"])
    assert paras(doc)[-1] == ["县污水处理厂完成提标改造。"]


def test_a_notes_short_tail_alone_over_the_formula_does_not_take_it() -> None:
    doc = checked(_note_reply("（承办人：吴某某，联系电话：0577-661234", "56）"))
    assert closing(doc) == "此复。"
    assert _contact(doc) == ("吴某某", ["0577-66123456"])
    assert "content-unplaced" not in [w.code for w in doc.warnings]
