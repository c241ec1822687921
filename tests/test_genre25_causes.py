"""The general causes round 25's blind genre probes found (tests/test_probes_25_genres.py), each with a new
example of its own (not the probe's text) that fails on the session's start, and guards that the fix takes
nothing else."""

from __future__ import annotations

from tests.probing import checked, codes

_OPEN = "您提出的提案收悉，现答复如下：\n今年已全部办结。\n特此答复。\n"


# --- cause 1: a merged bureau's long name wrapped in the 落款 after some of its field words (L.organ_cut,
# patterns.ORGAN_PLACE_OPEN) ---------------------------------------------------------------------------------------


def test_a_merged_bureaus_name_wrapped_before_its_last_field_word_is_one_signing_organ() -> None:
    doc = checked(
        "关于县政协九届二次会议第31号提案的答复\n钱某委员：\n" + _OPEN + "东岭县文化广电新闻\n出版局\n2024年5月6日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("东岭县文化广电新闻出版局",)
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert "page-break-joined" in codes(doc) and "content-unplaced" not in codes(doc)


def test_guard_an_organ_over_a_short_named_organ_stays_two_signers() -> None:
    """Guard: the line above ends like an organ's name (东岭县教育局), so the one below (体育局) is no rest of it."""
    doc = checked(
        "关于县政协九届二次会议第32号提案的答复\n钱某委员：\n" + _OPEN + "东岭县教育局\n体育局\n2024年5月6日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("东岭县教育局", "体育局")


def test_guard_a_request_left_without_its_stop_is_no_head_of_an_organs_name() -> None:
    """Guard: a body's request opening with 请 (patterns.NOT_A_NAME_HEAD) over a short organ stays the body's."""
    doc = checked(
        "关于做好防汛工作的通知\n各乡镇：\n现将有关事项通知如下。\n请各县直单位认真抓好落实\n应急管理局\n2024年5月6日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("应急管理局",)


# --- cause 2: a proposal number's label read as one 键：值 cell of a row (reply_fields._number_label) -------------


def test_a_suggestion_number_labelled_in_a_row_with_the_lead_deputy() -> None:
    doc = checked(
        "关于加快乡镇卫生院改造的建议的答复\n建议号：0211　　　　领衔代表：柯某某\n柯某某代表：\n"
        "您在县十八届人大二次会议上提出的《关于加快乡镇卫生院改造的建议》收悉，现答复如下：\n今年已全部办结。\n"
        "特此答复。\n东岭县卫生健康局\n2024年5月6日\n"
    )
    r = doc.header.responds_to
    assert r is not None and (r.number, r.kind, r.proposers) == ("0211", "建议", ("柯某某",))


def test_a_proposal_number_labelled_in_the_second_cell_of_a_row() -> None:
    doc = checked(
        "关于加强农村养老服务的提案的答复\n提案人：蒋某　　提案编号：056\n蒋某委员：\n"
        "您在县政协九届二次会议上提出的《关于加强农村养老服务的提案》收悉，现答复如下：\n今年已全部办结。\n"
        "特此答复。\n东岭县民政局\n2024年5月6日\n"
    )
    r = doc.header.responds_to
    assert r is not None and (r.number, r.proposers) == ("056", ("蒋某",))
    assert r.span is not None and doc.text[r.span.start : r.span.end] != ""


# --- cause 3: one proposal numbered with the count of those answered with it (patterns.proposal._OTHERS_COUNTED) --


def test_a_proposal_numbered_with_the_count_answered_together() -> None:
    doc = checked(
        "关于县政协九届二次会议第15号等4件提案的答复\n方某等委员：\n" + _OPEN + "东岭县教育局\n2024年5月6日\n"
    )
    r = doc.header.responds_to
    assert r is not None and (r.body, r.level, r.term, r.session, r.number, r.kind) == (
        "政协",
        "县",
        9,
        2,
        "15",
        "提案",
    )
    assert r.numbers == ()


# --- cause 4: a joint answer's two 文号 on one line (rules.lines.head.is_doc_number_line) -------------------------


def test_a_joint_letterhead_over_both_organs_numbers_on_one_line() -> None:
    doc = checked(
        "东岭县教育局\n东岭县财政局\n东教函〔2024〕5号　　东财函〔2024〕8号\n"
        "关于县人大十八届二次会议第9号建议的答复\n尹某代表：\n" + _OPEN + "东岭县教育局　　东岭县财政局\n2024年5月6日\n"
    )
    n = doc.header.doc_number
    assert n is not None and (n.text, n.agency_code, n.serial) == ("东教函〔2024〕5号", "东教函", 5)
    assert doc.header.issuer == "东岭县教育局东岭县财政局"  # a joint 版头 is its organs run together (round 21)


# --- cause 5: an e-mail address with its at sign written out in brackets (patterns.trailer.EMAIL) ---------------


def test_an_email_with_its_at_sign_written_in_square_brackets() -> None:
    doc = checked(
        "关于县政协九届二次会议第40号提案的答复\n钱某委员：\n" + _OPEN + "东岭县档案馆\n2024年5月6日\n"
        "联系人：柏某\n邮箱：dlda[at]dongling.gov.cn\n"
    )
    assert doc.contact is not None and doc.contact.email == "dlda[at]dongling.gov.cn"
    assert "content-unplaced" not in codes(doc)


def test_guard_a_word_at_in_brackets_without_a_domain_is_no_email() -> None:
    doc = checked(
        "关于县政协九届二次会议第41号提案的答复\n钱某委员：\n" + _OPEN + "东岭县档案馆\n2024年5月6日\n"
        "联系人：柏某\n邮箱：dlda[at]\n"
    )
    assert doc.contact is None or doc.contact.email is None


# --- batch 11's two further shapes of causes 1 and 4 (found by the batch written after the fixes) ---------------


def test_a_signing_organ_wrapped_after_its_places_name_alone_is_one_organ() -> None:
    doc = checked(
        "关于县政协九届二次会议第33号提案的答复\n钱某委员：\n"
        + _OPEN
        + "东岭县青山镇\n农业综合服务中心\n2024年5月6日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("东岭县青山镇农业综合服务中心",)


def test_guard_a_place_alone_over_a_whole_organ_with_its_own_place_stays_apart() -> None:
    """Guard: the lower line names its own place (东岭县财政局), so it is a whole organ, no rest of a name."""
    doc = checked(
        "关于县政协九届二次会议第34号提案的答复\n钱某委员：\n" + _OPEN + "东岭县教育局\n东岭县财政局\n2024年5月6日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("东岭县教育局", "东岭县财政局")


def test_a_joint_letterheads_numbers_parted_by_a_dun_comma() -> None:
    doc = checked(
        "东岭县教育局\n东岭县财政局\n东教函〔2024〕6号、东财函〔2024〕9号\n"
        "关于县人大十八届二次会议第10号建议的答复\n尹某代表：\n"
        + _OPEN
        + "东岭县教育局　　东岭县财政局\n2024年5月6日\n"
    )
    n = doc.header.doc_number
    assert n is not None and n.text == "东教函〔2024〕6号"
    assert doc.header.issuer == "东岭县教育局东岭县财政局"
