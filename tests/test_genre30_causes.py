"""Round 30's header and trailer causes (tests/test_probes_30_genres.py), each tested on a new example of its
cause, not the probe that found it: every test here but the guards fails on the session's start (/work/s30start)
and passes after the fix."""

from __future__ import annotations

from tests.probing import checked


def _reply(
    head: str, foot: str = "", *, opening: str = "您提出的《关于加强山区道路安全防护的建议》收悉，现答复如下："
) -> str:
    """A short answer under `head` (the lines above the 主送), its body and 落款 the genre's, `foot` under the date."""
    return (
        f"{head}\n"
        "詹某某代表：\n"
        f"{opening}\n"
        "我局今年在山区县道新增波形护栏42公里，整治临水临崖路段19处。\n"
        "感谢您对交通运输工作的关心和支持！\n"
        "苕溪县交通运输局\n"
        "2024年8月6日\n"
        f"{foot}"
    )


_HEAD = "苕溪县交通运输局\n苕交函〔2024〕41号\n关于县十九届人大三次会议第0136号建议的答复"


# --- cause 1: 办理人 is the contact's person, as 经办人 and 承办人 are ----------------------------------------------
# patterns.CONTACT_PERSON_LABELS left 办理人 out, since 办理人大代表建议… opens a sentence with the same characters:
# 办理人：某 was no contact person, and beside 联系人 on one line (联系人：甲　　办理人：乙) it broke the line into a
# unit 甲办 and a person 理人. Now a label, guarded where 人大 follows (patterns.trailer._NOT_A_LABEL). Decision (no
# contract field for a second person): where both stand, 联系人 names the contact and the 办理人 cell stays on the
# contact's line, in the contact block.


def test_a_handler_label_alone_names_the_contacts_person() -> None:
    doc = checked(_reply(_HEAD, "办理人：韶某某\n联系电话：0572-66031188\n"))
    c = doc.contact
    assert c is not None
    assert (c.name, c.phones) == ("韶某某", ("0572-66031188",))
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_handler_after_a_phone_on_one_line() -> None:
    doc = checked(_reply(_HEAD, "联系电话：0572-66031188　　办理人：韶某某\n"))
    c = doc.contact
    assert c is not None
    assert (c.name, c.phones, c.unit) == ("韶某某", ("0572-66031188",), None)


def test_a_contact_person_beside_a_handler_stays_the_contact() -> None:
    doc = checked(_reply(_HEAD, "联系人：饶某　　办理人：韶某某　　电话：0572-66031188\n"))
    c = doc.contact
    assert c is not None
    assert (c.name, c.phones, c.unit) == ("饶某", ("0572-66031188",), None)


def test_a_sentence_opening_with_banli_renda_is_no_contact() -> None:
    """(a guard: 办理人大代表建议 is the verb and 人大, no label)"""
    doc = checked(
        _reply(
            _HEAD,
            opening="办理人大代表建议是我局的重要职责。您提出的《关于加强山区道路安全防护的建议》收悉，现答复如下：",
        )
    )
    assert doc.contact is None
    assert doc.preamble[0].text.startswith("办理人大代表建议")


def test_a_handling_staff_label_names_the_contacts_person() -> None:
    doc = checked(_reply(_HEAD, "办理人员：韶某某　　联系电话：0572-66031188\n"))
    c = doc.contact
    assert c is not None
    assert (c.name, c.phones) == ("韶某某", ("0572-66031188",))


# --- cause 2: the numbers a 并案 note names in brackets after the reference ----------------------------------------
# fields.proposal read the numbers of a merged answer only where each stood under its own 第 and 号 beside the first
# (第0301号《…》和第0318号《…》) or under one 第; a clerk's note of the proposals answered together, in brackets after
# the kind word or the number (第0135号提案（并案第0142号）), gave `numbers` () (patterns.MERGED_NUMBERS, read by
# fields.proposal._merged). `number` stays the reference's own, as for the numbers after it (round 29's cause 4).


def test_a_merged_note_after_the_kind_word_gives_both_numbers() -> None:
    doc = checked(
        _reply("苕溪县交通运输局\n苕交函〔2024〕42号\n关于县十九届人大三次会议第0137号建议（并案第0151号）的答复")
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.numbers, r.body, r.term, r.session) == ("0137", ("0137", "0151"), "人大", 19, 3)


def test_a_merged_note_of_two_numbers_between_number_and_kind() -> None:
    doc = checked(
        _reply("苕溪县交通运输局\n苕交函〔2024〕43号\n关于县十九届人大三次会议第0137号（并0151、0163号）建议的答复")
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.numbers, r.kind) == ("0137", ("0137", "0151", "0163"), "建议")


def test_a_proposer_in_brackets_is_no_merged_number() -> None:
    """(a guard: a bracket naming who proposed holds no 并 and gives no numbers)"""
    doc = checked(_reply("苕溪县交通运输局\n苕交函〔2024〕44号\n关于第0138号建议（县农工党支部）的答复"))
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.numbers) == ("0138", ())


# --- cause 3: a title naming the proposal by its register's 〔year〕 and 字 number -----------------------------------
# Two rules missed 关于县十九届人大三次会议〔2024〕建议字第57号的答复: patterns.DOC_NO_BROKEN took 关于…会议〔2024 for a
# 文号 that lost its end, so the line was no title (field-missing, content-unplaced); and the reference patterns
# knew no 字 between the kind and its 第N号. Now no 机关代字 holds a title's 关于 or a meeting's 会议
# (patterns.NOT_A_CODE, asked by rules.lines.head.is_doc_number_line), and 建议字/提案字 before 第 is the kind
# (patterns.PROP_NO_AFTER).


def test_a_title_with_a_suggestion_numbered_by_year_and_zi_is_the_title_and_reference() -> None:
    doc = checked(_reply("苕溪县交通运输局\n苕交函〔2024〕45号\n关于县十九届人大三次会议〔2024〕建议字第57号的答复"))
    assert doc.header.title == "关于县十九届人大三次会议〔2024〕建议字第57号的答复"
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("人大", "县", 19, 3, "57", "建议")
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_proposal_numbered_with_tian_zi_after_its_meeting() -> None:
    doc = checked(
        _reply(
            "苕溪县交通运输局\n苕交函〔2024〕46号\n关于县政协十届三次会议提案字第0091号的答复",
            opening="您提出的《关于加强山区道路安全防护的提案》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("政协", "县", 10, 3, "0091", "提案")


def test_a_cut_number_over_its_rest_is_still_the_doc_number() -> None:
    """(a guard: a 文号 that lost its end, 苕交函〔2024, is still read as one where its code holds no title words)"""
    doc = checked(_reply("苕溪县交通运输局\n苕交函〔2024\n关于县十九届人大三次会议第0139号建议的答复"))
    assert doc.header.title == "关于县十九届人大三次会议第0139号建议的答复"


# --- cause 4: a bracketed 附注 closing the 抄送's line ---------------------------------------------------------------
# A category note was read where it opened its own line (rules.reply_fields._in_note), so 抄送：…。（答复类别：B类）
# gave no category, and the note was the 抄送's last organ. A note opening on a category's or 公开属性's label (or on
# 此件) and closing the line is the 附注 set there (patterns.TRAILING_NOTE): the category is read from it and the
# 抄送's list ends before it (rules.trailer_fields.imprint).


def test_a_result_note_closing_the_cc_line_gives_the_category_and_ends_the_list() -> None:
    doc = checked(_reply(_HEAD, "抄送：县人大常委会选联工委，县政府办公室。（办理结果：A类）\n"))
    assert doc.header.handling_result == "A"
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县人大常委会选联工委", "县政府办公室")


def test_a_category_note_after_a_cc_without_a_stop() -> None:
    doc = checked(_reply(_HEAD, "抄送：县人大常委会选联工委　　（答复类别：C类）\n"))
    assert doc.header.handling_result == "C"
    assert doc.imprint is not None and doc.imprint.cc == ("县人大常委会选联工委",)


def test_an_organ_in_brackets_closing_the_cc_stays_an_organ() -> None:
    """(a guard: a bracket naming an organ, no note's label, stays in the 抄送's list)"""
    doc = checked(_reply(_HEAD, "抄送：县人大常委会选联工委，县交通运输局（县公路中心）。\n"))
    assert doc.header.handling_result is None
    assert doc.imprint is not None and doc.imprint.cc == ("县人大常委会选联工委", "县交通运输局（县公路中心）")


# --- cause 5: a number row written with the register's 〔year〕 and 字 ------------------------------------------------
# patterns.PROPOSAL_NUMBER_LABEL read a bare number or one after its meeting, so 建议编号：〔2024〕建议字第52号 (cause
# 3's spelling in a row) numbered nothing; the register's year in brackets and its kind with 字 may now stand before
# the 第 (patterns.proposal._REGISTER_NUMBERED).


def test_a_suggestion_number_row_with_the_registers_year_and_zi_numbers_the_reference() -> None:
    doc = checked(
        _reply(
            "苕溪县交通运输局\n苕交函〔2024〕47号\n关于《关于加强山区道路安全防护的建议》的答复\n建议编号：〔2024〕建议字第61号",
            opening="您在县十九届人大三次会议上提出的建议收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.kind, r.term, r.session) == ("61", "建议", 19, 3)
    assert doc.header.metadata.get("建议编号") == "〔2024〕建议字第61号"


def test_a_proposal_number_row_with_zi_and_no_year() -> None:
    doc = checked(
        _reply(
            "提案号：提案字第0093号\n苕溪县交通运输局\n苕交函〔2024〕48号",
            opening="您在县政协十届三次会议上提出的《关于加强山区道路安全防护的提案》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.kind) == ("0093", "提案")


# --- cause 6: a 附注 closing the 印发 line ------------------------------------------------------------------------
# patterns.PRINTED_LINE ends on the verb, the copies or the date, so 某办　2024年7月16日印发　（此件主动公开） was no
# 印发 line (no printing organ nor date, content-unplaced) and its note no 公开属性. The line is read up to the note
# (rules.lines.tail.note_end, as cause 4's 抄送 is), and a 版记 line's closing note gives the disclosure
# (rules.head.disclosure, step 3).


def test_a_printing_line_closed_by_a_disclosure_note() -> None:
    doc = checked(
        _reply(_HEAD, "抄送：县人大常委会选联工委。\n苕溪县交通运输局办公室　　2024年8月6日印发　（此件不公开）\n")
    )
    assert doc.imprint is not None
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("苕溪县交通运输局办公室", "2024-08-06")
    assert doc.header.disclosure == "不予公开"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_cc_line_closed_by_a_disclosure_note() -> None:
    doc = checked(_reply(_HEAD, "抄送：县人大常委会选联工委，县政府办公室。（此件依申请公开）\n"))
    assert doc.header.disclosure == "依申请公开"
    assert doc.imprint is not None and doc.imprint.cc == ("县人大常委会选联工委", "县政府办公室")


# --- cause 8: a proposal-number row between the letterhead and the title ------------------------------------------
# rules.header_lines stepped over the answer's mark rows (category, 公开属性, 签发人) between a letterhead and what
# follows it, not over the row numbering what it answers, so 某局 ⏎ 建议编号：… ⏎ 关于《…》的答复 gave no issuer. The
# number's keys (patterns.PROPOSAL_NUMBER_KEYS) are such a mark row's (rules.header_lines._MARK_KEYS).


def test_a_letterhead_over_a_suggestion_number_row_is_the_issuer() -> None:
    doc = checked(_reply("苕溪县交通运输局\n建议号：0140\n关于《关于加强山区道路安全防护的建议》的答复"))
    assert doc.header.issuer == "苕溪县交通运输局"
    assert doc.header.title == "关于《关于加强山区道路安全防护的建议》的答复"
