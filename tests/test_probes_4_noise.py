"""Fourth round of probes, noise side: one short reply written for these probes, read again with
one kind of noise real files carry at a time (letter-spaced titles and organs, BOM, CRLF and lone
CR, GB18030 bytes, traditional characters, full-width digits, half-width brackets and colons,
tabs, trailing and zero-width spaces, blank lines, full-width indents, page numbers with a
running head, 〇/○/零 in a date, dashes and spaces in a phone). The contract says the noise is
layout or a width/form variant: layout spaces between CJK characters, page furniture and line
ends leave the text, while values keep the document's own characters. So every probe expects
the clean reply's fields (as written where the noise is in a value), spans slicing back to the
text, an NFC text, no invented character and the same Document when parsed twice. Every expected
value was written by hand before the parser ran on any of these documents."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.invariants import check_invariants, invented

LINES = [
    "某建函〔2024〕12号",
    "关于市政协十三届二次会议第0156号提案的答复",
    "李某某委员：",
    "您提出的《关于推进老旧小区加装电梯的提案》收悉。经认真研究，现答复如下：",
    "一、已开展的工作",
    "今年以来，全市已完成老旧小区加装电梯三百余台。",
    "二、下一步打算",
    "我局将会同有关部门进一步简化审批流程。",
    "特此答复。",
    "某市住房和城乡建设局",
    "2024年6月18日",
    "联系人：王某",
    "联系电话：0571-87001234",
]
CLEAN = "\n".join(LINES) + "\n"

WANT: dict[str, Any] = {
    "kind": "reply",
    "title": "关于市政协十三届二次会议第0156号提案的答复",
    "doc_number": ("某建函〔2024〕12号", 2024, 12),
    "recipients": ("李某某委员",),
    "proposal": "0156",
    "preamble": ("您提出的《关于推进老旧小区加装电梯的提案》收悉。经认真研究，现答复如下：",),
    "sections": (
        ("一、", "已开展的工作", ("今年以来，全市已完成老旧小区加装电梯三百余台。",)),
        ("二、", "下一步打算", ("我局将会同有关部门进一步简化审批流程。",)),
    ),
    "closing": "特此答复。",
    "signature": (("某市住房和城乡建设局",), "2024-06-18", "2024年6月18日"),
    "contact": ("王某", ("0571-87001234",)),
    "warnings": [],
}


def want(**changed: Any) -> dict[str, Any]:
    return WANT | changed


def _checked(doc: govdoc.Document, source: str) -> govdoc.Document:
    check_invariants(doc)
    assert unicodedata.is_normalized("NFC", doc.text)
    assert invented(doc.text, unicodedata.normalize("NFC", source)) is None
    assert "internal-error" not in [w.code for w in doc.warnings]
    return doc


def parsed(source: str) -> govdoc.Document:
    """The parse of a string, checked for the invariants and for being the same when repeated."""
    try:
        doc = govdoc.parse_text(source)
        again = govdoc.parse_text(source)
    except govdoc.InternalError as e:  # pragma: no cover - the probe's failure message
        pytest.fail(f"internal-error: {e}")
    assert doc.to_json() == again.to_json()
    return _checked(doc, source)


def parsed_bytes(data: bytes, source: str) -> govdoc.Document:
    """The parse of bytes (format given, as the README asks for bytes), checked as `parsed` does."""
    doc = govdoc.parse(data, format="txt")
    assert doc.to_json() == govdoc.parse(data, format="txt").to_json()
    return _checked(doc, source)


def fields(doc: govdoc.Document) -> dict[str, Any]:
    """Every field the probes compare, in plain values."""
    h, s, c = doc.header, doc.signature, doc.contact
    n = h.doc_number
    return {
        "kind": doc.kind,
        "title": h.title,
        "doc_number": None if n is None else (n.text, n.year, n.serial),
        "recipients": h.recipients,
        "proposal": None if h.responds_to is None else h.responds_to.number,
        "preamble": tuple(p.text for p in doc.preamble),
        "sections": tuple((x.marker, x.title, tuple(p.text for p in x.paragraphs)) for x in doc.sections),
        "closing": None if doc.closing is None else doc.closing.text,
        "signature": None if s is None else (s.issuers, s.date, s.date_text),
        "contact": None if c is None else (c.name, c.phones),
        "warnings": [w.code for w in doc.warnings],
    }


def with_line(index: int, line: str) -> str:
    lines = list(LINES)
    lines[index] = line
    return "\n".join(lines) + "\n"


def test_the_clean_reply_gives_its_fields() -> None:
    assert fields(parsed(CLEAN)) == WANT


# --- spaces the layout put in ---------------------------------------------------------------------


def test_a_title_letter_spaced_with_spaces() -> None:
    # First look expected the spaces around 0156 gone too; the contract removes only layout spaces
    # between two CJK characters and keeps every other character as written, so they stay.
    doc = parsed(with_line(1, "关 于 市 政 协 十 三 届 二 次 会 议 第 0156 号 提 案 的 答 复"))
    assert fields(doc) == want(title="关于市政协十三届二次会议第 0156 号提案的答复")


def test_a_title_letter_spaced_with_full_width_spaces() -> None:
    doc = parsed(with_line(1, "关　于　市政协十三届二次会议第0156号提案　的　答　复"))
    assert fields(doc) == WANT


def test_the_signing_organ_letter_spaced() -> None:
    doc = parsed(with_line(9, "某 市 住 房 和 城 乡 建 设 局"))
    assert fields(doc) == WANT


def test_tabs_before_paragraphs_and_after_a_label() -> None:
    lines = ["\t" + x if i in (3, 5, 7, 8) else x for i, x in enumerate(LINES)]
    lines[11] = "联系人：\t王某"
    assert fields(parsed("\n".join(lines) + "\n")) == WANT


def test_trailing_spaces_half_and_full_width() -> None:
    source = "".join(x + ("  " if i % 2 else "　　") + "\n" for i, x in enumerate(LINES))
    assert fields(parsed(source)) == WANT


def test_zero_width_spaces_and_nbsp_at_line_edges() -> None:
    lines = list(LINES)
    lines[1] = "\u200b" + lines[1]
    lines[4] = "\u00a0\u00a0" + lines[4]
    lines[9] = lines[9] + "\u200b"
    lines[5] = "\u00a0\u00a0" + lines[5] + "\u00a0"
    assert fields(parsed("\n".join(lines) + "\n")) == WANT


def test_the_whole_text_indented_by_full_width_spaces() -> None:
    assert fields(parsed("".join("　　" + x + "\n" for x in LINES))) == WANT


# --- line ends and blank lines --------------------------------------------------------------------


def test_crlf_line_ends() -> None:
    assert fields(parsed(CLEAN.replace("\n", "\r\n"))) == WANT


def test_lone_cr_line_ends() -> None:
    assert fields(parsed(CLEAN.replace("\n", "\r"))) == WANT


def test_a_blank_line_between_every_line() -> None:
    assert fields(parsed(CLEAN.replace("\n", "\n\n"))) == WANT


def test_paragraphs_double_spaced_with_two_blank_lines() -> None:
    assert fields(parsed(CLEAN.replace("\n", "\n\n\n"))) == WANT


def test_page_numbers_and_a_running_head_beside_them_leave_the_text() -> None:
    head = "政协提案办理答复材料"
    lines = [*LINES[:6], head, "- 1 -", *LINES[6:], head, "- 2 -"]
    doc = parsed("\n".join(lines) + "\n")
    assert fields(doc) == WANT
    assert head not in doc.text
    assert "- 1 -" not in doc.text


# --- encodings ------------------------------------------------------------------------------------


def test_a_utf8_byte_order_mark() -> None:
    doc = parsed_bytes(("\ufeff" + CLEAN).encode("utf-8"), CLEAN)
    assert fields(doc) == WANT
    assert doc.source.encoding == "utf-8"
    assert not doc.text.startswith("\ufeff")


def test_a_bom_in_a_string_passed_in() -> None:
    doc = parsed("\ufeff" + CLEAN)
    assert fields(doc) == WANT


def test_gb18030_bytes_read_as_the_same_fields_and_name_their_encoding() -> None:
    doc = parsed_bytes(CLEAN.encode("gb18030"), CLEAN)
    assert fields(doc) == WANT
    assert doc.source.encoding == "gb18030"


def test_gbk_bytes_with_crlf_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "答复.txt"
    path.write_bytes(CLEAN.replace("\n", "\r\n").encode("gbk"))
    doc = govdoc.parse(path)
    _checked(doc, CLEAN)
    assert fields(doc) == WANT
    assert doc.source.encoding == "gb18030"


# --- character forms ------------------------------------------------------------------------------


def test_traditional_characters_kept_as_written_in_the_values() -> None:
    source = (
        "某建函〔2024〕12號\n"
        "關於市政協十三屆二次會議第0156號提案的答覆\n"
        "李某某委員：\n"
        "您提出的《關於推進老舊小區加裝電梯的提案》收悉。經認真研究，現答覆如下：\n"
        "一、已開展的工作\n"
        "今年以來，全市已完成老舊小區加裝電梯三百餘台。\n"
        "二、下一步打算\n"
        "我局將會同有關部門進一步簡化審批流程。\n"
        "特此答覆。\n"
        "某市住房和城鄉建設局\n"
        "2024年6月18日\n"
        "聯繫人：王某\n"
        "聯繫電話：0571-87001234\n"
    )
    assert fields(parsed(source)) == want(
        title="關於市政協十三屆二次會議第0156號提案的答覆",
        doc_number=("某建函〔2024〕12號", 2024, 12),
        recipients=("李某某委員",),
        preamble=("您提出的《關於推進老舊小區加裝電梯的提案》收悉。經認真研究，現答覆如下：",),
        sections=(
            ("一、", "已開展的工作", ("今年以來，全市已完成老舊小區加裝電梯三百餘台。",)),
            ("二、", "下一步打算", ("我局將會同有關部門進一步簡化審批流程。",)),
        ),
        closing="特此答覆。",
        signature=(("某市住房和城鄉建設局",), "2024-06-18", "2024年6月18日"),
    )


def test_full_width_digits_in_the_doc_number_and_the_date() -> None:
    source = with_line(0, "某建函〔２０２４〕１２号").replace("2024年6月18日", "２０２４年６月１８日")
    assert fields(parsed(source)) == want(
        doc_number=("某建函〔２０２４〕１２号", 2024, 12),
        signature=(("某市住房和城乡建设局",), "2024-06-18", "２０２４年６月１８日"),
    )


def test_full_width_digits_and_letters_in_a_phone_and_the_proposal_number() -> None:
    source = with_line(12, "联系电话：０５７１－８７００１２３４").replace("第0156号提案", "第０１５６号提案")
    doc = parsed(source)
    assert fields(doc) == want(
        title="关于市政协十三届二次会议第０１５６号提案的答复",
        proposal="0156",
        contact=("王某", ("０５７１－８７００１２３４",)),
    )


def test_half_width_brackets_and_colons_mixed_in() -> None:
    source = (
        CLEAN.replace("李某某委员：", "李某某委员:")
        .replace("联系人：王某", "联系人: 王某")
        .replace("联系电话：", "联系电话:")
        .replace("〔2024〕", "[2024]")
    )
    assert fields(parsed(source)) == want(recipients=("李某某委员",), doc_number=("某建函[2024]12号", 2024, 12))


def test_half_width_parenthesised_sub_points_under_a_section() -> None:
    lines = [*LINES[:6], "(一) 简化审批", "今年以来，已将审批时限压缩至十个工作日。", *LINES[6:]]
    doc = parsed("\n".join(lines) + "\n")
    first = doc.sections[0]
    assert [(s.marker, s.title) for s in first.sections] == [("(一)", "简化审批")]
    assert first.sections[0].paragraphs[0].text == "今年以来，已将审批时限压缩至十个工作日。"
    assert fields(doc)["signature"] == WANT["signature"]
    assert fields(doc)["contact"] == WANT["contact"]


@pytest.mark.parametrize("year", ["二〇二四", "二○二四", "二零二四", "二〇二四"])
def test_a_chinese_numeral_date_with_any_zero_form(year: str) -> None:
    written = year + "年六月十八日"
    doc = parsed(CLEAN.replace("2024年6月18日", written))
    assert fields(doc) == want(signature=(("某市住房和城乡建设局",), "2024-06-18", written))


@pytest.mark.parametrize("dash", ["—", "–", "－", "―"])
def test_a_phone_with_any_dash_kept_as_written(dash: str) -> None:
    phone = "0571" + dash + "87001234"
    doc = parsed(with_line(12, "联系电话：" + phone))
    assert fields(doc) == want(contact=("王某", (phone,)))


def test_a_phone_written_with_spaces_between_its_groups() -> None:
    doc = parsed(with_line(12, "联系电话：0571 8700 1234"))
    assert fields(doc) == want(contact=("王某", ("0571 8700 1234",)))


# --- the causes the first look found, each on a new example -----------------------------------------


def test_a_landline_in_two_groups_after_its_bracketed_area_code_is_a_phone() -> None:
    doc = parsed(
        "关于2024年度农村公路养护情况的复函\n"
        "县交通运输局：\n"
        "你局来函收悉。现函复如下：\n"
        "今年我市农村公路养护资金已全部下达。\n"
        "特此函复。\n"
        "某市财政局\n"
        "2024年3月5日\n"
        "联系人：赵某　电话：(021) 870 1234\n"
    )
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("赵某", ("(021) 870 1234",))


def test_a_footer_line_beside_every_page_number_leaves_the_text_on_the_first_page_too() -> None:
    foot = "某县水利局办公室印制"
    doc = parsed(
        "关于小型水库除险加固的答复\n"
        "张某某代表：\n"
        "您提出的建议收悉。现答复如下：\n"
        "一、工作进展\n"
        "今年已完成小型水库除险加固八座。\n"
        f"{foot}\n— 1 —\n"
        "二、下一步安排\n"
        "明年将再安排六座水库的加固工程。\n"
        f"{foot}\n— 2 —\n"
        "特此答复。\n"
        "某县水利局\n"
        "2024年5月8日\n"
        f"{foot}\n— 3 —\n"
    )
    assert foot not in doc.text
    assert [p.text for s in doc.sections for p in s.paragraphs] == [
        "今年已完成小型水库除险加固八座。",
        "明年将再安排六座水库的加固工程。",
    ]


def test_a_line_before_the_first_page_number_alone_stays() -> None:
    # Beside one page number only, the first page's last line is body: nothing repeats it.
    doc = parsed(
        "关于小型水库除险加固的答复\n"
        "张某某代表：\n"
        "您提出的建议收悉。现答复如下：\n"
        "一、工作进展\n"
        "今年已完成小型水库除险加固八座\n"
        "— 1 —\n"
        "二、下一步安排\n"
        "明年将再安排六座水库的加固工程。\n"
        "— 2 —\n"
    )
    assert "今年已完成小型水库除险加固八座" in doc.text
