"""The general causes round 23's conversion probes found (tests/test_probes_23_conv.py), each shown on a NEW example
(no probe's text), with guards that ordinary text is untouched. Every cause test fails on the session's start
(/work/s23start); every guard passes there and here."""

from __future__ import annotations

import json

import regex

import govdoc
from tests.invariants import check_invariants, invented


def _parsed(source: str) -> govdoc.Document:
    doc = govdoc.parse_text(source)
    check_invariants(doc)
    assert invented(doc.text, source) is None
    return doc


def _codes(doc: govdoc.Document) -> list[str]:
    return [w.code for w in doc.warnings]


_NOTICE = [
    "某县教育局关于做好秋季学期开学准备工作的通知",
    "各中小学校：",
    "为确保秋季学期顺利开学，现将有关事项通知如下：",
    "一、做好校舍安全排查",
    "各校要在8月25日前完成校舍安全排查，建立问题台账。",
    "二、做好教材发放",
    "各校要在开学前将教材发放到每一名学生手中。",
    "某县教育局",
    "2024年8月10日",
]


def _sections(doc: govdoc.Document) -> list[list[str]]:
    return [[p.text for p in s.paragraphs] for s in doc.iter_sections()]


# --- readers.inline_marks: a doubled backslash is Markdown's escape only in a text that shows Markdown ----------


def test_a_plain_texts_unc_path_keeps_both_its_backslashes() -> None:
    line = "各校资料统一报送至\\\\edu-server\\开学材料\\2024文件夹。"
    lines = [*_NOTICE[:4], line, *_NOTICE[5:]]
    doc = _parsed("\n".join(lines) + "\n")
    assert _sections(doc)[0] == [line]


def test_a_markdown_texts_escaped_backslash_is_still_one_backslash() -> None:
    """Guard: where the text shows Markdown (a bold heading, an escaped star) `\\\\` is pandoc's escape."""
    lines = ["**" + _NOTICE[0] + "**", *_NOTICE[1:4], "报送至\\\\edu-server，每日7\\*24小时受理。", *_NOTICE[5:]]
    doc = _parsed("\n\n".join(lines) + "\n")
    assert _sections(doc)[0] == ["报送至\\edu-server，每日7*24小时受理。"]


# --- readers.word_text + fold: Word's non-breaking hyphen (U+001E) is a character of its line ------------------


def test_a_non_breaking_hyphen_in_a_sentence_and_a_phone_keeps_each_line_whole() -> None:
    line = "各校要在2024\x1e2025学年开学前完成校舍安全排查，建立问题台账。"
    lines = [*_NOTICE[:4], line, *_NOTICE[5:], "联系人：周某", "联系电话：010\x1e62001234"]
    doc = _parsed("\r".join(lines) + "\r")
    assert _sections(doc)[0] == [line.replace("\x1e", "\u2011")]  # (read as U+2011, the character Word means: B3)
    assert doc.contact is not None and doc.contact.phones == ("010\u201162001234",)  # (read as U+2011: diffread-B B3)
    assert "page-break-joined" not in _codes(doc)


def test_a_record_separator_alone_on_its_line_still_parts_the_lines() -> None:
    """Guard: a U+001E with a line end or nothing beside it stays a separator (a JSON text sequence's)."""
    doc = _parsed("\x1e\n".join(_NOTICE) + "\n")
    assert doc.header.title == _NOTICE[0]
    assert doc.signature is not None and doc.signature.date == "2024-08-10"


def test_a_json_text_sequence_record_opened_by_its_record_separator_is_read_as_its_record() -> None:
    record = json.dumps({"headline": _NOTICE[0], "body": "\n".join(_NOTICE[1:])}, ensure_ascii=False)
    doc = _parsed("\x1e" + record + "\n")
    assert doc.header.title == _NOTICE[0]
    assert doc.header.recipients == ("各中小学校",)


# --- rules.cleanup.spaces: an OCR engine's spaces around whole runs of figures ---------------------------------


def _ocr(line: str) -> str:
    """`line` as an OCR engine spaces it: each CJK character and mark alone, each run of ASCII letters or figures
    whole, one space between each two."""
    return " ".join(regex.findall(r"[A-Za-z0-9]+|\S", line))


def test_an_ocr_engines_spaces_beside_whole_figures_leave_the_text() -> None:
    lines = [_ocr(x) for x in [*_NOTICE, "联系电话：010-62001234"]]
    doc = _parsed("\n".join(lines) + "\n")
    assert doc.header.title == _NOTICE[0]
    assert _sections(doc)[0] == [_NOTICE[4]]
    assert doc.signature is not None and doc.signature.date_text == "2024年8月10日"
    assert doc.contact is not None and doc.contact.phones == ("010-62001234",)


def test_a_space_between_two_latin_words_of_an_ocr_line_stays() -> None:
    """Guard: one space between two ASCII words (`Type C`) is the words' own, in a spaced line too."""
    line = "各校要为教室配备带Type C接口的一体机，8月25日前完成安装。"
    lines = [_ocr(x) for x in [*_NOTICE[:4], line, *_NOTICE[5:]]]
    doc = _parsed("\n".join(lines) + "\n")
    assert _sections(doc)[0] == ["各校要为教室配备带Type C接口的一体机，8月25日前完成安装。"]


def test_a_typed_line_with_spaces_beside_its_figures_keeps_them() -> None:
    """Guard: a typed sentence with words of several characters (`第 3 批`) is no OCR line."""
    line = "各校要在第 3 批校舍排查中完成 2 项整改，建立问题台账。"
    doc = _parsed("\n".join([*_NOTICE[:4], line, *_NOTICE[5:]]) + "\n")
    assert _sections(doc)[0] == [line]


# --- readers.messages.pasted_chat: a copy of a chat's messages without its export's head ------------------------


def test_a_chat_copy_opened_by_a_sender_line_leaves_its_sender_and_receipt_rows() -> None:
    source = (
        "李某(县教育局办公室)  昨天 16:20\n" + "\n".join(_NOTICE[:5]) + "\n3人未读\n\n"
        "李某(县教育局办公室)  昨天 16:21\n" + "\n".join(_NOTICE[5:]) + "\n[图片]\n"
    )
    doc = _parsed(source)
    assert "16:20" not in doc.text and "16:21" not in doc.text
    assert "人未读" not in doc.text and "[图片]" not in doc.text
    assert doc.header.title == _NOTICE[0]
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)


def test_a_text_opening_with_one_sender_shaped_line_is_no_chat() -> None:
    """Guard: one line of a sender's shape opening the text, no second from that sender: nothing leaves."""
    source = "值班员 08:30\n" + "\n".join(_NOTICE) + "\n"
    doc = _parsed(source)
    assert "值班员 08:30" in doc.text


def test_a_log_of_stamped_lines_inside_a_notice_stays() -> None:
    """Guard: a notice quoting a duty log (a name and a time a line, blank lines between) under its title."""
    log = ["值班员 08:30", "巡查正常", "", "值班员 12:30", "巡查正常", "", "值班员 16:30", "巡查正常"]
    doc = _parsed("\n".join([*_NOTICE[:5], *log, *_NOTICE[5:]]) + "\n")
    assert all(x in doc.text for x in ("值班员 08:30", "值班员 12:30", "值班员 16:30"))


# --- rules.joins: rows aligned by runs of spaces end at their lines ---------------------------------------------


def test_rows_aligned_by_spaces_are_no_wrapped_paragraph() -> None:
    rows = ["报到时间      8月20日至8月21日     高一年级", "注册时间      8月22日至8月23日     高二年级"]
    lines = [*_NOTICE[:4], "开学安排如下：", *rows, "各校要按上述安排做好准备。", *_NOTICE[5:]]
    doc = _parsed("\n".join(lines) + "\n")
    assert "page-break-joined" not in _codes(doc)
    # (the gaps between two CJK characters are layout spaces the contract takes out; each row stays a line)
    kept = ["报到时间      8月20日至8月21日高一年级", "注册时间      8月22日至8月23日高二年级"]
    assert all(f"\n{r}\n" in doc.text for r in kept), doc.text


def test_a_hard_wrapped_paragraph_still_joins() -> None:
    """Guard: lines with no gap inside, cut by a width, are one paragraph (warned as a guess)."""
    long = "各校要在8月25日前完成校舍安全排查，建立问题台账，对排查发现的问题逐项明确整改责任人和整改时限，确保开学前全部整改到位。"
    cut = [long[i : i + 20] for i in range(0, len(long), 20)]
    doc = _parsed("\n".join([*_NOTICE[:4], *cut, *_NOTICE[5:]]) + "\n")
    assert _sections(doc)[0] == [long]


# --- rules.mojibake: UTF-8 misread as cp1252 twice, and GBK misread as Latin-1 ----------------------------------


def _cp1252_once(s: str) -> str:
    raw = s.encode("utf-8")
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in raw)


def test_a_line_misread_as_cp1252_twice_is_warned() -> None:
    bad = _cp1252_once(_cp1252_once(_NOTICE[6]))
    doc = _parsed("\n".join([*_NOTICE[:6], bad, *_NOTICE[7:]]) + "\n")
    assert "mojibake-suspected" in _codes(doc)


def test_a_gbk_text_misread_as_latin1_is_warned() -> None:
    bad = [x.encode("gbk").decode("latin-1") for x in _NOTICE]
    doc = _parsed("\n".join(bad) + "\n")
    assert "mojibake-suspected" in _codes(doc)
    message = next(w.message for w in doc.warnings if w.code == "mojibake-suspected")
    assert "GBK text read as Latin-1" in message


def test_latin_names_with_accents_are_no_mojibake() -> None:
    """Guard: accented Latin words of a sound text (a visiting expert's name and city)."""
    line = "各校要组织教师参加Müller-Lüdenscheidt教授和Jean-Noël Dupré在São Paulo举办的线上培训。"
    doc = _parsed("\n".join([*_NOTICE[:6], line, *_NOTICE[7:]]) + "\n")
    assert "mojibake-suspected" not in _codes(doc)


# --- fields.contact: an e-mail read on the folded copy --------------------------------------------------------------


def test_an_email_typed_in_full_width_forms_is_the_contacts() -> None:
    wide = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})
    email = "jyj_office@county.gov.cn".translate(wide)
    doc = _parsed("\n".join([*_NOTICE, "联系人：周某", "电子邮箱：" + email]) + "\n")
    assert doc.contact is not None and doc.contact.email == email


# --- patterns.chrome: a 人大's or 政协's site menu, a document viewer's toolbar, a mobile page's top bar ---------


def test_a_peoples_congress_sites_menu_one_entry_a_line_leaves_the_text() -> None:
    menu = ["某县人大网", "首页", "人大概况", "代表风采", "议案建议", "人大要闻"]
    doc = _parsed("\n".join([*menu, *_NOTICE]) + "\n")
    assert not any(w in doc.text for w in menu[2:]), doc.text
    assert "content-unplaced" not in _codes(doc)


def test_a_report_heading_named_as_a_menu_entry_stays_inside_the_text() -> None:
    """Guard: 代表工作 as a report's own heading between its sentences, no menu around it."""
    lines = [*_NOTICE[:5], "代表工作", "各校要配合做好人大代表视察工作。", *_NOTICE[5:]]
    doc = _parsed("\n".join(lines) + "\n")
    assert "\n代表工作\n" in doc.text


def test_a_document_viewers_toolbar_and_its_files_caption_leave_the_text() -> None:
    head = ["开学通知.pdf", "首页 上一页 下一页 尾页 1 / 3 下载"]
    doc = _parsed("\n".join([*head, *_NOTICE]) + "\n")
    assert "上一页" not in doc.text and "开学通知.pdf" not in doc.text
    assert "content-unplaced" not in _codes(doc)


def test_a_mobile_pages_back_bar_leaves_the_text() -> None:
    doc = _parsed("\n".join(["< 返回  某县教育局  …", *_NOTICE]) + "\n")
    assert "返回" not in doc.text
    assert doc.header.title == _NOTICE[0]


def test_a_file_name_alone_over_the_title_without_a_viewer_stays() -> None:
    """Guard: a file's name with no viewer's toolbar under it is no viewer's caption."""
    doc = _parsed("\n".join(["附件：开学通知.pdf", *_NOTICE]) + "\n")
    assert "开学通知.pdf" in doc.text


# --- patterns.trailer: a contact person's label naming what to call about -------------------------------------------


def test_a_contact_label_naming_its_purpose_is_a_contact_label() -> None:
    lines = [*_NOTICE[:7], "咨询联系人：周某，联系电话：010-62001234", *_NOTICE[7:]]
    doc = _parsed("\n".join(lines) + "\n")
    assert doc.contact is not None and doc.contact.name == "周某"
    assert doc.contact.phones == ("010-62001234",)


def test_a_purpose_word_before_a_time_label_is_no_contact() -> None:
    """Guard: 报名时间：… is a schedule's label, not a contact's."""
    lines = [*_NOTICE[:7], "报名时间：8月20日至8月25日", *_NOTICE[7:]]
    doc = _parsed("\n".join(lines) + "\n")
    assert doc.contact is None


def test_a_lone_letter_spaced_title_in_a_typed_text_keeps_its_spaces_beside_figures() -> None:
    """Guard: one title so spaced (`第 0156 号`) in a typed text shows no engine: the contract keeps the spaces
    beside figures there (round 4's reading), taking out only those between two CJK characters."""
    title = _ocr("关于县政协十届三次会议第0156号提案的答复")
    lines = [
        title,
        "王某委员：",
        "您提出的提案收悉。经研究，现答复如下：",
        "我局已完成校舍安全排查。",
        "某县教育局",
        "2024年8月10日",
    ]
    doc = _parsed("\n".join(lines) + "\n")
    assert doc.header.title == "关于县政协十届三次会议第 0156 号提案的答复"


def test_a_purpose_contact_line_inside_a_section_does_not_end_the_body() -> None:
    """Guard (session 22's lesson on contact lines inside a notice): 报名联系人：… under a section's sentence stays
    that section's line; the next section and the 落款 read as before."""
    lines = [*_NOTICE[:5], "报名联系人：周某，联系电话：010-62001234", *_NOTICE[5:]]
    doc = _parsed("\n".join(lines) + "\n")
    assert [s.title for s in doc.iter_sections()] == ["做好校舍安全排查", "做好教材发放"]
    assert _sections(doc)[1] == [_NOTICE[6]]
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)


def test_a_duty_log_opening_the_text_with_bare_hours_is_no_chat() -> None:
    """Guard: a duty log pasted as the text's start (a name and a bare hour a line, blank lines between), no chat
    client's mark anywhere (no day, no seconds, no 已读 or [图片] row): its lines stay."""
    log = ["值班员 08:30", "巡查正常", "", "值班员 12:30", "巡查正常", "", "值班员 16:30", "巡查正常", ""]
    doc = _parsed("\n".join([*log, *_NOTICE]) + "\n")
    assert all(x in doc.text for x in ("值班员 08:30", "值班员 12:30", "值班员 16:30"))


def test_a_schedule_opening_the_text_with_its_part_of_day_is_no_chat() -> None:
    """Guard: a schedule whose rows open with 上午 and its hour, over its items, the text's first line."""
    rows = ["上午 6月20日 9:00", "开幕式", "", "上午 6月21日 9:00", "分组讨论", ""]
    doc = _parsed("\n".join([*rows, *_NOTICE]) + "\n")
    assert "上午 6月20日 9:00" in doc.text and "上午 6月21日 9:00" in doc.text


def test_justified_printed_lines_with_a_wide_gap_each_still_join_at_the_width() -> None:
    """Guard: `pdftotext -layout` of a justified paragraph, a wide gap inside each printed line (the stretch):
    lines that fill the width are a paragraph's wraps, however aligned they look."""
    long = "各校要在8月25日前完成校舍安全排查，建立问题台账，对排查发现的问题逐项明确整改责任人和整改时限，确保开学前全部整改到位，并将整改情况报县教育局备案。"
    cut = [long[i : i + 24] for i in range(0, len(long), 24)]
    spread = [c[:10] + "  " + c[10:] if len(c) == 24 else c for c in cut]
    doc = _parsed("\n".join([*_NOTICE[:4], *spread, *_NOTICE[5:]]) + "\n")
    assert _sections(doc)[0] == [long]


def test_a_short_justified_copy_with_a_stretch_in_each_line_still_joins() -> None:
    """Guard (review23 R3): three printed lines of a justified paragraph, each stretched by a run of spaces at no
    common column and no short first cell, in a copy too short for a width: they are one paragraph's wraps."""
    cut = [
        "各校要在8月25日前完成校舍安全排查，建立问题台  账，",
        "对排查发现的问题逐项明确整改责任人和  整改时限，确",
        "保开学前全部整改到位。",
    ]
    doc = _parsed("\n".join([*_NOTICE[:4], *cut, *_NOTICE[5:]]) + "\n")
    assert _sections(doc)[0] == ["".join(cut).replace("  ", "")]


def test_sentences_parted_by_two_spaces_and_wrapped_still_join() -> None:
    """Guard (review23 R3): a paragraph whose sentences a copy parts by two spaces, wrapped: the two spaces after a
    stop are no column's gap."""
    cut = ["各校要在8月25日前完成校舍安全排查。  对排查发现的问", "题逐项明确整改责任人。  确保开学前全部整改到位。"]
    doc = _parsed("\n".join([*_NOTICE[:4], *cut, *_NOTICE[5:]]) + "\n")
    assert len(_sections(doc)[0]) == 1


def test_masks_of_multiplication_signs_and_leader_dots_are_no_mojibake() -> None:
    """Guard (review23 R4): a reply masking particulars with × (身份证号：3301××××××××××1234) and a contents line's
    leader dots (·······), with a £ elsewhere (£100): a text's own signs, no misread GBK."""
    lines = [
        *_NOTICE[:4],
        "经核实，来信人身份证号：3301××××××××××1234，住××村××组。",
        "附：英国学校捐赠£100的说明",
        *_NOTICE[5:],
    ]
    lines += ["目录········1"]
    doc = _parsed("\n".join(lines) + "\n")
    assert "mojibake-suspected" not in _codes(doc)


def test_a_portal_thread_of_dated_posts_and_an_organs_answer_is_no_chat() -> None:
    """Guard (review23 R6): a 问政 thread copied from a portal, each post under its poster and a full date with
    seconds (王某 2024-07-01 08:15:42), the organ's answer under its own: no chat client shows (no row, no
    mention, no client's day), so no line leaves and the answering organ and its date stay in the text."""
    posts = [
        "王某 2024-07-01 08:15:42",
        "学校门口早高峰拥堵严重。",
        "",
        "王某 2024-07-09 19:02:11",
        "追问：何时能解决？",
        "",
    ]
    posts += ["某县教育局 2024-07-12 16:40:00", "网友您好：我局已会同交警部门增设上下学护学岗。感谢您的监督！"]
    doc = _parsed("\n".join(posts) + "\n")
    assert "王某 2024-07-01 08:15:42" in doc.text and "某县教育局 2024-07-12 16:40:00" in doc.text


def test_a_portal_thread_with_year_less_days_and_an_organs_answer_is_no_chat() -> None:
    """Guard (review23 R6b): the same thread with a client-like day in each stamp (王某 7月1日 08:15): the organ's
    own post (某县教育局 7月12日 16:40) shows a portal's thread, no chat: every line stays."""
    posts = ["王某 7月1日 08:15", "学校门口早高峰拥堵严重。", "", "王某 7月9日 19:02", "追问：何时能解决？", ""]
    posts += ["某县教育局 7月12日 16:40", "网友您好：我局已会同交警部门增设上下学护学岗。感谢您的监督！"]
    doc = _parsed("\n".join(posts) + "\n")
    assert "王某 7月1日 08:15" in doc.text and "某县教育局 7月12日 16:40" in doc.text
