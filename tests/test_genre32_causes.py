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
