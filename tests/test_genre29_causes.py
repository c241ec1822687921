"""Round 29's header and trailer causes (tests/test_probes_29_genres.py), each tested on a new example of its
cause, not the probe that found it: every test here but the guards fails on the session's start (main cc875c33)
and passes after the fix."""

from __future__ import annotations

from tests.probing import checked


def _reply(head: str, *, opening: str = "您提出的《关于加强农村供水保障的提案》收悉，现答复如下：") -> str:
    """A short answer under `head` (the lines above the 主送), its body and 落款 the genre's."""
    return (
        f"{head}\n"
        "龙某某委员：\n"
        f"{opening}\n"
        "我局今年新建农村集中供水工程7处，改善2.6万人饮水条件。\n"
        "感谢您对水利工作的关心和支持！\n"
        "澜屿市水利局\n"
        "2024年7月9日\n"
    )


# --- cause 1: a 发文字号 whose year stands with no bracket, as 2024年第N号 -------------------------------------------
# patterns.DOC_NO asked for a bracket round the year, so 某函2024年第36号 was no number, its letterhead no issuer
# (nothing stood over a number) and the line content-unplaced. The bare year is read after a code ending as a
# letter's or document's code does (函 发 字 复 办): a 公告's or 令's serial (…公告2024年第3号) stays its serial.


def test_a_number_with_a_bare_year_and_di_is_the_doc_number_under_its_letterhead() -> None:
    doc = checked(_reply("澜屿市水利局\n澜水复字2024年第15号\n关于市政协十三届四次会议第0301号提案的答复"))
    n = doc.header.doc_number
    assert n is not None
    assert (n.text, n.agency_code, n.year, n.serial) == ("澜水复字2024年第15号", "澜水复字", 2024, 15)
    assert doc.header.issuer == "澜屿市水利局"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_bare_year_number_beside_a_signer() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水发2024年第3号　　　签发人：练某某\n关于市政协十三届四次会议第0302号提案的答复")
    )
    n = doc.header.doc_number
    assert n is not None and (n.agency_code, n.year, n.serial) == ("澜水发", 2024, 3)
    assert doc.header.signer == "练某某"


def test_an_announcements_serial_with_a_bare_year_stays_its_serial() -> None:
    """(a guard: 公告2024年第3号 is the 公告's 序号, schema 1.8, never a 发文字号)"""
    doc = checked(
        "澜屿市自然资源和规划局公告2024年第3号\n"
        "澜屿市自然资源和规划局关于公布澜屿东岛控制性详细规划的公告\n"
        "根据有关规定，现将澜屿东岛控制性详细规划予以公布。\n"
        "特此公告。\n"
        "澜屿市自然资源和规划局\n"
        "2024年5月6日\n"
    )
    assert doc.header.doc_number is None
    s = doc.header.serial
    assert s is not None and (s.number, s.year) == (3, 2024)


# --- cause 2: a proposal-number row whose value names the meeting before the number -----------------------------
# patterns.PROPOSAL_NUMBER_LABEL took a bare number only, so 提案号：县政协十届三次会议第0045号 gave the reference
# no number and no meeting; the value's meeting (ending on 会议) is now read with the number (fields.proposal.
# meeting_of), and joins a reference the title named by the proposal's title alone (reply_fields._numbered_by_label).


def test_a_suggestion_number_row_naming_its_congress_gives_number_and_meeting() -> None:
    doc = checked(
        _reply(
            "澜屿市水利局\n关于《关于加强农村供水保障的建议》的答复\n建议号：市十六届人大四次会议第0412号",
            opening="您提出的建议收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("人大", "市", 16, 4, "0412", "建议")
    assert r.title == "关于加强农村供水保障的建议"


def test_a_proposal_number_row_with_the_meeting_alone_on_the_head() -> None:
    """(no title names the proposal: the row alone gives the reference, its kind by the label)"""
    doc = checked(
        _reply(
            "提案编号：政协澜屿市第十三届委员会第四次会议第0415号\n澜屿市水利局\n澜水函〔2024〕41号",
            opening="您提出的《关于加强农村供水保障的提案》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("政协", "市", 13, 4, "0415", "提案")


# --- cause 3: a meeting named by its 届 and 次 alone takes its body and place from the opening -------------------
# fields.proposal._meeting_from_opening was asked only of a reference with no 届: 关于第十五届三次会议第0123号提案的答复
# kept body and level null though the opening named the same meeting in full. Now asked of one with no body too,
# and only where the opening's meeting has the same 届 and 次.


def test_a_titles_meeting_without_body_takes_the_openings_body_and_level() -> None:
    doc = checked(
        _reply(
            "澜屿市水利局\n澜水函〔2024〕42号\n关于十六届四次会议第0418号建议的答复",
            opening="您在澜屿市第十六届人民代表大会第四次会议上提出的《关于加强农村供水保障的建议》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number) == ("人大", "市", 16, 4, "0418")


def test_an_opening_naming_another_session_gives_no_body() -> None:
    """(a guard: the opening's meeting is another 次, so not the reference's: nothing is taken from it)"""
    doc = checked(
        _reply(
            "澜屿市水利局\n澜水函〔2024〕43号\n关于十六届四次会议第0419号建议的答复",
            opening="您在澜屿市第十六届人民代表大会第三次会议上提出的《关于加强农村供水保障的建议》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session) == (None, None, 16, 4)


# --- cause 4: a merged answer naming each proposal by its number and its own title -------------------------------
# schema 1.12's `numbers` read the numbers before the one the reference's pattern reads (第12、35号, 第0123号、第0145号
# 提案); a title naming each with its quoted title or kind after it (第0301号《…》和第0318号《…》) read the first
# alone. patterns.NUMBERS_AFTER reads on from where the first reference ends (fields.proposal._after).


def test_two_numbered_suggestions_each_with_its_kind_are_both_numbers() -> None:
    doc = checked(
        _reply(
            "澜屿市水利局\n澜水函〔2024〕44号\n关于市十六届人大四次会议第0421号建议和第0433号建议的答复",
            opening="您提出的两件建议收悉，现合并答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.numbers) == ("0421", ("0421", "0433"))


def test_three_proposals_each_quoted_after_its_number() -> None:
    doc = checked(
        _reply(
            "澜屿市水利局\n澜水函〔2024〕45号\n关于第0425号《关于建设小型水库的提案》、第0427号《关于整治山塘的提案》"
            "及第0431号《关于改造灌区渠系的提案》的答复",
            opening="您在市政协十三届四次会议上提出的三件提案收悉，现合并答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert r.numbers == ("0425", "0427", "0431")


def test_a_single_number_followed_by_a_date_has_no_numbers() -> None:
    """(a guard: what follows the reference is no 第…号)"""
    doc = checked(_reply("澜屿市水利局\n澜水函〔2024〕46号\n关于市政协十三届四次会议第0435号提案的答复"))
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.numbers) == ("0435", ())


# --- cause 5: a standing committee's meeting number is no plenary session -----------------------------------------
# fields.proposal._meeting read the 次 after the 届 whatever stood between, so 市政协十三届常委会第五次会议 gave session 5,
# a number of the committee's own meetings, not of the plenary sessions `session` counts; the reading without a 届
# (fields.proposal._termless) already said so (found by varying the reference's meeting, not by a probe).


def test_a_proposal_of_a_standing_committee_meeting_has_no_session() -> None:
    doc = checked(_reply("澜屿市水利局\n澜水函〔2024〕47号\n关于市政协十三届常委会第八次会议第12号提案的答复"))
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number) == ("政协", "市", 13, None, "12")


def test_a_suggestion_made_at_a_congress_standing_committee_meeting_has_no_session() -> None:
    doc = checked(
        _reply(
            "澜屿市水利局\n澜水函〔2024〕48号\n关于市十六届人大常务委员会第十九次会议第3号建议的答复",
            opening="您提出的《关于加强农村供水保障的建议》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.term, r.session, r.number) == ("人大", 16, None, "3")


def test_a_plenary_session_keeps_its_number() -> None:
    """(a guard: a 委员会 named in full before its session is no standing committee)"""
    doc = checked(_reply("澜屿市水利局\n澜水函〔2024〕49号\n关于政协澜屿市第十三届委员会第四次会议第0449号提案的答复"))
    r = doc.header.responds_to
    assert r is not None
    assert (r.term, r.session) == (13, 4)


# --- cause 6: answer categories named by their class (解决类, 说明类) or the work's state (正在落实) ------------------
# patterns.CATEGORY_WORDING_WORDS had no row for the class names a register gives its answers (解决类, 计划解决类, 说明类,
# 说明解释类) nor for 正在落实 beside 已落实: 办复类别：说明类 gave no category, unwarned (found by varying the row's words).


def test_a_solved_class_named_jiejue_lei_is_a() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕50号\n答复类别：解决类\n关于市政协十三届四次会议第0451号提案的答复")
    )
    assert doc.header.handling_result == "A"


def test_an_explained_class_is_for_reference() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕51号\n办理结果：说明解释类\n关于市政协十三届四次会议第0452号提案的答复")
    )
    assert doc.header.handling_result == "reference"


def test_a_planned_class_stays_b_and_an_unsolvable_class_c() -> None:
    """(guards: 解决类 is asked after the rows naming B and C)"""
    planned = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕52号\n办复类别：计划解决类\n关于市政协十三届四次会议第0453号提案的答复")
    )
    unsolved = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕53号\n办复类别：暂不能解决类\n关于市政协十三届四次会议第0454号提案的答复")
    )
    assert (planned.header.handling_result, unsolved.header.handling_result) == ("B", "C")


def test_work_being_carried_out_is_b() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕54号\n关于市政协十三届四次会议第0455号提案的答复") + "办理结果：正在落实\n"
    )
    assert doc.header.handling_result == "B"


# --- cause 7: a 附注 stating a 公开属性 the contract has no value for ---------------------------------------------------
# rules.head.disclosure read a note only where it named one of the three, so （此件删减后公开） under the date was
# content-unplaced, while the same words under a 公开属性 label are warned `disclosure-unmapped`: the note is now
# warned the same, its span on the note's words (found by varying the disclosure note).


def test_a_bracketed_note_of_a_disclosure_after_deletion_is_warned_unmapped() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕55号\n关于市政协十三届四次会议第0456号提案的答复") + "（此件部分公开）\n"
    )
    assert doc.header.disclosure is None
    warned = [w for w in doc.warnings if w.code == "disclosure-unmapped"]
    assert len(warned) == 1 and warned[0].span is not None
    assert doc.text[warned[0].span.start : warned[0].span.end] == "此件部分公开"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_labelled_note_of_a_disclosure_after_deletion_is_warned_unmapped() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕56号\n关于市政协十三届四次会议第0457号提案的答复")
        + "附注：此件经删减后公开。\n"
    )
    assert doc.header.disclosure is None
    assert [w.code for w in doc.warnings] == ["disclosure-unmapped"]


def test_a_published_note_still_reads_active() -> None:
    """(a guard: a note naming one of the three is read as before, unwarned)"""
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕57号\n关于市政协十三届四次会议第0458号提案的答复") + "（此件公开发布）\n"
    )
    assert (doc.header.disclosure, [w.code for w in doc.warnings]) == ("主动公开", [])


# --- cause 8: the contact's person and unit under a register's other labels -------------------------------------------
# patterns.CONTACT_PERSON_LABELS knew 经办人, 承办人, 联络人; 具体承办人, 承办人员, 经办人员 and 联络员 (the person each unit
# names for its proposals) gave the phone and lost the name unsaid; HANDLING_UNIT_LABELS had 承办科室 but not a county
# bureau's 承办股室 (found by varying the contact's labels).


def test_a_liaison_officer_is_the_contacts_name() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕58号\n关于市政协十三届四次会议第0459号提案的答复")
        + "联络员：岑某某　电话：0596-2231999\n"
    )
    c = doc.contact
    assert c is not None and (c.name, c.phones) == ("岑某某", ("0596-2231999",))


def test_a_concrete_handler_is_the_contacts_name() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕59号\n关于市政协十三届四次会议第0460号提案的答复")
        + "具体承办人：岑某\n联系电话：13905961234\n"
    )
    c = doc.contact
    assert c is not None and (c.name, c.phones) == ("岑某", ("13905961234",))


def test_a_section_of_a_county_bureau_is_the_contacts_unit() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕60号\n关于市政协十三届四次会议第0461号提案的答复")
        + "承办股室：水政股　　承办人员：岑某某　　联系电话：0596-2231888\n"
    )
    c = doc.contact
    assert c is not None and (c.unit, c.name, c.phones) == ("水政股", "岑某某", ("0596-2231888",))


# --- cause 9: deputies or members greeted by name with 您好 in place of the 主送's colon -----------------------------
# patterns.GREETED_PUBLIC (schema 1.10) read the public greeted without a colon (网友您好！) as the 主送, and
# BARE_DEPUTY a deputy named alone without one (李某代表); a deputy or member greeted by name (龙某某委员您好！) was
# neither, so the answer had no 主送 (field-missing) and the greeting opened its preamble (found by varying the 主送).


def test_a_member_greeted_by_name_without_a_colon_is_the_zhusong() -> None:
    doc = checked(
        "澜屿市水利局\n澜水函〔2024〕61号\n关于市政协十三届四次会议第0462号提案的答复\n"
        "尊敬的岑某某委员，您好！\n"
        "您提出的《关于加强农村供水保障的提案》收悉，现答复如下：\n"
        "我局今年新建农村集中供水工程7处，改善2.6万人饮水条件。\n"
        "感谢您对水利工作的关心和支持！\n澜屿市水利局\n2024年7月9日\n"
    )
    assert doc.header.recipients == ("岑某某委员",)
    assert doc.preamble[0].text.startswith("您提出的")
    assert "field-missing" not in [w.code for w in doc.warnings]


def test_two_deputies_greeted_by_name_are_one_zhusong() -> None:
    doc = checked(
        "澜屿市水利局\n澜水函〔2024〕62号\n关于市十六届人大四次会议第0463号建议的答复\n"
        "岑某某、甘某代表，你们好！\n"
        "你们提出的《关于加强农村供水保障的建议》收悉，现答复如下：\n"
        "我局今年新建农村集中供水工程7处。\n感谢你们对水利工作的关心和支持！\n澜屿市水利局\n2024年7月9日\n"
    )
    assert doc.header.recipients == ("岑某某、甘某代表",)


def test_a_speechs_greeting_of_its_audience_stays_no_zhusong() -> None:
    """(a guard: 同志们好！ names no deputy or member)"""
    doc = checked(
        "澜屿市水利局\n关于全市农村供水工作情况的讲话\n同志们好！\n今年全市新建农村集中供水工程7处。\n"
        "澜屿市水利局\n2024年7月9日\n"
    )
    assert doc.header.recipients == ()


# --- cause 10: a 印发 line set as two labelled rows --------------------------------------------------------------
# patterns.PRINTED_LINE read the organ and date of a 印发 line on one line (印发机关：某办　印发日期：…); a portal's 版记
# table setting them as two rows (印发：某办 ⏎ 印发时间：…) gave no printing organ nor date, its rows read as the 抄送
# list's wrapped lines or left content-unplaced. PRINTED_BY_LINE and PRINTED_ON_LINE read each row
# (rules.lines.tail.is_imprint_line zones them, rules.trailer_fields.imprint reads them; found by varying the 版记).


def test_a_printing_organ_row_and_a_printing_date_row_under_the_chaosong() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕63号\n关于市政协十三届四次会议第0464号提案的答复")
        + "抄送：市政协提案委员会，市政府督查室。\n印发机关：澜屿市水利局办公室\n印发日期：2024年7月10日\n"
    )
    i = doc.imprint
    assert i is not None
    assert (i.cc, i.printed_by, i.printed_on) == (
        ("市政协提案委员会", "市政府督查室"),
        "澜屿市水利局办公室",
        "2024-07-10",
    )
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_printing_row_dated_to_its_month_without_a_chaosong() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕64号\n关于市政协十三届四次会议第0465号提案的答复")
        + "印发：澜屿市水利局办公室\n印发时间：2024年7月\n"
    )
    i = doc.imprint
    assert i is not None
    assert (i.printed_by, i.printed_on, i.printed_on_partial) == ("澜屿市水利局办公室", None, "2024-07")
    assert doc.signature is not None and doc.signature.date == "2024-07-09"


# --- cause 11: the 版头's marks on lines of their own between the letterhead and its 文号 ------------------------------
# rules.header_lines.stands_over_number asked for the 文号 right under the organ (or a joint 标志's organs); a web
# copy that set the 签发人, the category or the urgency on a line of its own between them (某县水利局 ⏎ 签发人：某 ⏎
# 某水函〔2024〕9号) left the issuer null. Up to three such marks are stepped over (`_version_head_mark`); an
# information table's rows are none (found by varying the 版头's order).


def test_a_signer_row_between_the_letterhead_and_its_number() -> None:
    doc = checked(
        _reply("澜屿市水利局\n签发人：岑某某\n澜水函〔2024〕65号\n关于市政协十三届四次会议第0466号提案的答复")
    )
    assert (doc.header.issuer, doc.header.signer) == ("澜屿市水利局", "岑某某")
    n = doc.header.doc_number
    assert n is not None and n.serial == 65


def test_a_category_and_an_urgency_between_the_letterhead_and_its_number() -> None:
    doc = checked(
        _reply("澜屿市水利局\n加急\n答复类别：B\n澜水函〔2024〕66号\n关于市政协十三届四次会议第0467号提案的答复")
    )
    assert (doc.header.issuer, doc.header.urgency, doc.header.handling_result) == ("澜屿市水利局", "加急", "B")


def test_a_sites_name_over_an_index_row_is_no_letterhead() -> None:
    """(a guard: an information table's row between them says the organ is the page's, as round 26 read it)"""
    doc = checked(
        _reply(
            "澜屿市人民政府\n索引号：113502/2024-00467\n澜水函〔2024〕67号\n关于市政协十三届四次会议第0468号提案的答复"
        )
    )
    assert doc.header.issuer is None


# --- cause 12: a note in brackets between the 签发人 label and its colon ------------------------------------------------
# patterns.SIGNER wanted the colon right after the label, so a form's 签发人（签字）：某 gave no signer and its line was
# content-unplaced; the note saying how the name is given (签字, 签名, 签章, 手签) is now the label's, as a contact
# label's note is (round 26's cause 8; found by varying the 签发人 row).


def test_a_signer_label_with_its_signing_note_in_brackets() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕68号\n签发人（签名）：岑某某\n关于市政协十三届四次会议第0469号提案的答复")
    )
    assert doc.header.signer == "岑某某"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_signer_label_with_its_note_beside_the_number() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕69号　　　签发人(签字)：岑某\n关于市政协十三届四次会议第0470号提案的答复")
    )
    assert (doc.header.signer, doc.header.issuer) == ("岑某", "澜屿市水利局")


# --- cause 13: a 简报's 报尾 with its labels written in two words (报送：, 发送：) -------------------------------------------
# schema 1.10 reads a 简报's 报：/送：/发： lines as its 抄送 (patterns.BRIEF_CC_LINE), but rules.lines.tail.cc_line asked
# for the colon right after the one word, so 报送：… and 发送：… were no 版记 lines: no cc, content-unplaced (found by
# varying the 版记's labels).


def test_a_briefs_tail_with_baosong_and_fasong_is_its_cc() -> None:
    doc = checked(
        "澜屿水利工作简报\n第6期\n澜屿市水利局办公室　　2024年7月12日\n全市完成小型水库除险加固11座\n"
        "今年以来，全市完成小型水库除险加固11座，汛前全部通过验收。\n"
        "报送：市人民政府办公室\n发送：各区水利局，各水库管理所\n"
    )
    i = doc.imprint
    assert i is not None and i.cc == ("市人民政府办公室", "各区水利局", "各水库管理所")
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_baosong_line_under_a_replys_signature_is_its_cc() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水函〔2024〕70号\n关于市政协十三届四次会议第0471号提案的答复")
        + "报送：市人民政府办公室\n"
    )
    i = doc.imprint
    assert i is not None and i.cc == ("市人民政府办公室",)
