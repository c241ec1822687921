"""Round 32's header and trailer causes (tests/test_probes_32_genres.py), each tested on a new example of its
cause, not the probe that found it: every test here but the guards fails on the session's start (/work/s32start)
and passes after the fix."""

from __future__ import annotations

from tests.probing import checked, codes

_BODY = (
    "您提出的《关于加强农村饮水安全保障的建议》收悉。现答复如下：\n"
    "今年我局完成农村供水管网改造46公里，新增受益人口1.2万人。\n"
    "特此答复。\n"
)


def _reply(head: str, foot: str = "") -> str:
    """A short answer under `head` (the lines above the 主送), signed by a county bureau, `foot` under the date."""
    return f"{head}\n邵某某代表：\n{_BODY}苕溪县水利局\n2024年6月3日\n{foot}"


# --- cause 1: a 文号 set at the right of the title's row --------------------------------------------------------------
# A Word template may print the 发文字号 at the right of the title's row, a wide gap between (关于…的答复　　　　某水函
# 〔2024〕12号). The clean-up takes the gap out, so the number read as the title's last words: the title ended in 号
# (kind `other`, the organ's line over it not joined, no issuer), or the line was no title at all, and no doc
# number. `L.title_number_cell` reads the last cell of a title line as the number where the gap sets it off: the
# title ends before it (rules.head.title), `doc_number` reads it (rules.head.doc_number.from_title_row), and the
# title's shape is judged without it (rules.header_title, `L.title_words`).


def test_a_number_beside_the_title_is_the_doc_number_and_no_part_of_the_title() -> None:
    doc = checked(_reply("苕溪县水利局\n关于县十八届人大三次会议第0027号建议的答复　　　　　苕水函〔2024〕12号"))
    h = doc.header
    # (the organ's line over it, no 文号 between, is the title's first line: the contract's reading)
    assert h.title == "苕溪县水利局关于县十八届人大三次会议第0027号建议的答复"
    assert h.doc_number is not None and (h.doc_number.text, h.doc_number.serial) == ("苕水函〔2024〕12号", 12)
    assert h.doc_number.span is not None
    assert doc.text[h.doc_number.span.start : h.doc_number.span.end] == "苕水函〔2024〕12号"
    assert (doc.kind, h.issuer) == ("reply", "苕溪县水利局")
    assert "content-unplaced" not in codes(doc)


def test_a_number_beside_a_title_that_opens_with_its_organ() -> None:
    doc = checked(_reply("苕溪县水利局关于县十八届人大三次会议第0028号建议的答复　　　苕水函〔2024〕13号"))
    h = doc.header
    assert h.title == "苕溪县水利局关于县十八届人大三次会议第0028号建议的答复"
    assert h.doc_number is not None and h.doc_number.text == "苕水函〔2024〕13号"
    assert h.issuer == "苕溪县水利局"


def test_guard_a_title_that_cites_a_number_without_a_gap_keeps_it() -> None:
    """(a guard: with no gap setting it off, a number inside the line is the title's own words; the organ line over
    the title with no 文号 between is its first line, by the contract)"""
    doc = checked(
        "苕溪县人民政府办公室\n关于转发苕水发〔2024〕5号的通知\n各乡镇人民政府：\n现将文件转发给你们，请认真贯彻执行。\n"
        "苕溪县人民政府办公室\n2024年6月3日\n"
    )
    assert doc.header.title == "苕溪县人民政府办公室关于转发苕水发〔2024〕5号的通知"
    assert doc.header.doc_number is None


# --- cause 2: two persons under one 联系人 label cut at the 、 ---------------------------------------------------------
# `fields.contact.parse_contact` read a person's name as a run of ideographs, so 联系人：甲、乙 gave the name 甲 and
# the second person was lost at the 、 (the line was held, so nothing was warned). Persons a 、 joins under one
# person label are the contact's name as written (`fields.contact._joined_persons`): the page names both as whom
# to ask, and keeping one would drop the other; an office before a person stays the unit, as before.


def test_two_persons_joined_by_a_pause_mark_are_the_name_as_written() -> None:
    doc = checked(
        _reply("关于县十八届人大三次会议第0034号建议的答复", "联系人：韶某、凤某某　联系电话：0572-5512345\n")
    )
    c = doc.contact
    assert c is not None and (c.name, c.phones) == ("韶某、凤某某", ("0572-5512345",))
    assert c.name_span is not None and doc.text[c.name_span.start : c.name_span.end] == "韶某、凤某某"


def test_three_handlers_joined_under_the_handlers_label() -> None:
    doc = checked(
        _reply("关于县十八届人大三次会议第0035号建议的答复", "经办人：韶某、凤某某、池某\n电话：0572-5512345\n")
    )
    assert doc.contact is not None and doc.contact.name == "韶某、凤某某、池某"


def test_guard_a_unit_and_a_person_under_one_label_stay_unit_and_name() -> None:
    """(a guard: an office then a person under the 联系人 label are the unit and the name, as before)"""
    doc = checked(
        _reply("关于县十八届人大三次会议第0036号建议的答复", "联系人：县水利局农村水利股，韶某\n电话：0572-5512345\n")
    )
    c = doc.contact
    assert c is not None and (c.unit, c.name) == ("县水利局农村水利股", "韶某")
    assert "content-unplaced" not in codes(doc)


def test_guard_a_person_then_an_office_after_the_pause_mark_keeps_the_person() -> None:
    """(a guard: an office's name after the 、 is no second person)"""
    doc = checked(
        _reply("关于县十八届人大三次会议第0037号建议的答复", "联系人：韶某、县水利局农村水利股\n电话：0572-5512345\n")
    )
    assert doc.contact is not None and doc.contact.name == "韶某"


# --- cause 3: a 立案号 row numbers the proposal -----------------------------------------------------------------------
# A 政协's register numbers a proposal when it files it (立案), and an answer's head may give that number under
# 立案号 where the title names the proposal by its own title. `patterns.proposal.PROPOSAL_NUMBER_LABEL` knew the
# kind's 编号/号 labels and the kindless 案号, not 立案号: the reference had no number. A table row of the kindless
# keys (`KINDLESS_NUMBER_KEYS`).


def test_a_register_number_row_gives_the_references_number() -> None:
    doc = checked(
        "苕溪县农业农村局\n苕农函〔2024〕19号\n关于《关于发展苕溪县林下经济的提案》的答复\n立案号：0094\n邵某某委员：\n"
        "您在县政协十届三次会议上提出的《关于发展苕溪县林下经济的提案》收悉。现答复如下：\n"
        "今年全县发展林下种养基地23个，带动农户1400余户。\n特此答复。\n苕溪县农业农村局\n2024年6月3日\n"
    )
    r = doc.header.responds_to
    assert r is not None and (r.number, r.kind, r.term, r.session) == ("0094", "提案", 10, 3)


# --- cause 4: 解决程度 names the handling's state ----------------------------------------------------------------------
# A form may give the answer's category as how far the matter is solved (解决程度：正在解决). The label was no
# category key, so the wording gave no category. It joins the state labels (`patterns.category.CATEGORY_STATE_KEYS`:
# read only where the whole value is a category's wording or letter, as 解决情况 is).


def test_a_degree_of_solution_row_gives_the_category() -> None:
    doc = checked(
        _reply("苕溪县水利局\n苕水函〔2024〕21号\n解决程度：已解决\n关于县十八届人大三次会议第0041号建议的答复")
    )
    assert doc.header.handling_result == "A"


def test_guard_a_degree_of_solution_in_other_words_gives_no_category() -> None:
    """(a guard: a state label's value that is no category's wording names none)"""
    doc = checked(
        _reply("苕溪县水利局\n苕水函〔2024〕22号\n解决程度：基本满意\n关于县十八届人大三次会议第0042号建议的答复")
    )
    assert doc.header.handling_result is None


# --- cause 5: 分发 as a 版记's distribution label ---------------------------------------------------------------------
# A 版记 may list further receivers under 分发 as others do under 分送. `patterns.trailer.CC_WORDS` lacked it: the
# line was warned `content-unplaced` and its organs were no `cc`. A row of the table.


def test_a_fenfa_line_in_the_imprint_is_copied_to() -> None:
    doc = checked(
        _reply(
            "关于县十八届人大三次会议第0043号建议的答复",
            "分发单位：县人大常委会人事代表工作委员会，县人民政府督查室\n苕溪县水利局办公室　　2024年6月3日印发\n",
        )
    )
    i = doc.imprint
    assert i is not None and i.cc == ("县人大常委会人事代表工作委员会", "县人民政府督查室")
    assert "content-unplaced" not in codes(doc)


# --- cause 6: 联系邮箱 as a contact's e-mail label ------------------------------------------------------------------
# A contact may name its mailbox 联系邮箱, as it names its phone 联系电话. `patterns.trailer.EMAIL_LABELS` lacked it:
# the line was no contact line (warned `content-unplaced`) and the contact had no e-mail. A row of the table.


def test_a_contact_mailbox_line_gives_the_email() -> None:
    doc = checked(
        _reply("关于县十八届人大三次会议第0044号建议的答复", "联系人：韶某\n联系邮箱：txslj_zhk@example.gov.cn\n")
    )
    c = doc.contact
    assert c is not None and (c.name, c.email) == ("韶某", "txslj_zhk@example.gov.cn")
    assert "content-unplaced" not in codes(doc)


# --- cause 7: 责任科室 names the handling office ------------------------------------------------------------------------
# A register may name the office answerable for the handling (责任科室, 责任处室, 责任股室) where others write 承办科室.
# `patterns.trailer.HANDLING_UNIT_LABELS` lacked them: the line was warned `content-unplaced` and the contact had no
# unit. Rows of the table.


def test_a_responsible_office_row_is_the_contacts_unit() -> None:
    doc = checked(
        _reply("关于县十八届人大三次会议第0045号建议的答复", "责任股室：农村水利股\n联系人：韶某　电话：0572-5512345\n")
    )
    c = doc.contact
    assert c is not None and (c.unit, c.name) == ("农村水利股", "韶某")
    assert "content-unplaced" not in codes(doc)


# --- cause 8: an extension in brackets after the number ------------------------------------------------------------
# A phone may give its extension in brackets (0572-5512345（分机8012）, （转302）). `patterns.PHONE` read an extension
# after 转/分机 or a dash, not in brackets, and the value's end lost its closing bracket (`fields.contact._values`
# cuts a note's bracket off a value): the number was read without its extension, which was dropped on a held line.
# The contract keeps the extension: the pattern reads the bracketed one, and a value keeps a closing bracket whose
# opening stands inside it (`_closes_inside`).


def test_an_extension_in_brackets_stays_with_the_phone() -> None:
    doc = checked(_reply("关于县十八届人大三次会议第0046号建议的答复", "联系人：韶某，电话：0572-5512345（转302）\n"))
    assert doc.contact is not None and doc.contact.phones == ("0572-5512345（转302）",)


def test_an_extension_in_brackets_inside_a_bracketed_note() -> None:
    doc = checked(
        _reply("关于县十八届人大三次会议第0047号建议的答复", "（联系人：韶某，电话：0572-5512345（分机8012））\n")
    )
    assert doc.contact is not None and doc.contact.phones == ("0572-5512345（分机8012）",)


def test_guard_a_notes_closing_bracket_is_no_part_of_the_phone() -> None:
    """(a guard: the bracket closing a note round the contact opens nowhere in the phone's value)"""
    doc = checked(_reply("关于县十八届人大三次会议第0048号建议的答复", "（联系人：韶某，电话：0572-5512345）\n"))
    assert doc.contact is not None and doc.contact.phones == ("0572-5512345",)


def test_guard_a_label_written_without_its_colon_after_the_pause_mark_is_no_person() -> None:
    """(a guard, REVIEW32 R3: 、 before another value's label written without its colon joins no person to the name)"""
    for foot, name in (
        ("联系人：韶某、传真0572-5512346\n", "韶某"),
        ("联系人：韶某、邮箱shaomou@example.cn\n", "韶某"),
        ("联系人：凤某某、微信feng8\n", "凤某某"),
        ("联系人：韶某、电话\n", "韶某"),
    ):
        doc = checked(_reply("关于县十八届人大三次会议第0049号建议的答复", foot))
        assert doc.contact is not None and doc.contact.name == name, foot
