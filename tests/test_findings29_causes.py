"""Findings session 27 left open (findings29's brief), each closed at its general cause with a test from a new
example; the expected values are written by hand from the documents as written and the contract, never copied
from the parser's output. Made-up organs, people and places throughout.
"""

from __future__ import annotations

import pytest

import govdoc
from tests.probing import checked, codes

# --- a phone a page end cut, whose number is a hotline outside the 123xx series, under a phone label ------------

_REPLY = (
    "柯某某委员：\n您提出的关于加强山区气象灾害预警的提案收悉，现答复如下：\n"
    "我局已在各乡镇增设自动气象站十二处，并将预警信息接入应急广播。\n"
    "临江县气象局\n2025年5月12日\n"
)


def test_a_hotline_under_a_phone_label_cut_by_a_page_number_is_joined_into_one_phone() -> None:
    """咨询电话：0745- ⏎ 第 2 页 ⏎ 12121: 12121 (the weather line) is no 123xx hotline, but under a phone label any
    five figures opening on 12 are a phone, so the two pieces the page end cut are that one phone."""
    doc = checked(_REPLY + "联系人：柯某　咨询电话：0745-\n第 2 页\n12121\n")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("柯某", ("0745-12121",))
    assert "page-break-joined" in codes(doc)


def test_five_figures_cut_after_a_person_label_alone_are_not_joined_into_a_phone() -> None:
    """The control: after a person's label (no phone label) five figures are a phone only in the 123xx series, so
    联系人：柯某 0745- ⏎ 12121 is no phone the join would make, and the line left over is said."""
    doc = checked(_REPLY + "联系人：柯某 0745-\n第 2 页\n12121\n")
    assert doc.contact is None or doc.contact.phones == ()
    assert "content-unplaced" in codes(doc)


def test_a_landline_cut_by_a_page_number_is_still_joined() -> None:
    doc = govdoc.parse_text(_REPLY + "联系人：柯某　联系电话：0745-6631\n第 2 页\n208\n")
    assert doc.contact is not None and doc.contact.phones == ("0745-6631208",)


# --- a GB18030 text no encoding guesser answers for: which reading of a line valid in both is the text's ------------

_NOTICE = (
    "通    知\n各乡镇人民政府，县直各单位：\n"
    "为做好2025年春季森林防火工作，现将有关事项通知如下：\n"
    "一、严格野外用火管理，清明前后各乡镇实行二十四小时值班。\n"
    "桐溪县人民政府办公室\n2025年3月4日\n"
)


@pytest.fixture
def no_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    """charset-normalizer giving no answer, as it does for some GB18030 texts it finds chaotic."""
    from govdoc.readers import decoding

    monkeypatch.setattr(decoding, "charset_guess", lambda data: None)


@pytest.mark.usefixtures("no_guess")
def test_a_gb18030_notice_whose_heading_is_also_valid_utf8_is_read_in_gb18030() -> None:
    """通知 in GB18030 is CDA8 D6AA, also UTF-8 (`֪ͨ`): among GB18030 lines, and reading as Chinese in GB18030
    only, the line is GB18030, and the text, every line of it GB18030, is a GB18030 text (no repair said)."""
    from govdoc.readers.decoding import decode_repaired

    data = _NOTICE.encode("gb18030")
    assert "通    知".encode("gb18030").decode("utf-8") == "ͨ    ֪"
    assert decode_repaired(data, path=None) == (_NOTICE, "gb18030", [])
    doc = govdoc.parse(data, format="txt")
    assert doc.source.encoding == "gb18030" and doc.signature is not None
    assert doc.text.startswith("通知\n各乡镇人民政府")  # (the heading's layout spaces are the layout's, not text)
    assert doc.signature.issuers == ("桐溪县人民政府办公室",)


@pytest.mark.usefixtures("no_guess")
def test_a_pinyin_line_valid_in_both_between_a_gb18030_and_a_utf8_part_stays_utf8() -> None:
    """The guard of REVIEW27 R11: Tóngxī Xiàn read in GB18030 is T贸ngx墨 Xi脿n, rare characters among Latin
    letters, so the line stays UTF-8 whichever part it borders."""
    from govdoc.readers.decoding import decode_repaired

    gb_part = "桐溪县人民政府办公室\n2025年3月4日\n"
    data = gb_part.encode("gb18030") + "Tóngxī Xiàn\n桐溪县林业局\n".encode()
    text, encoding, repairs = decode_repaired(data, path=None)
    assert (text, encoding) == (gb_part + "Tóngxī Xiàn\n桐溪县林业局\n", "utf-8")
    assert [code for code, _ in repairs] == ["encoding-repaired"]


@pytest.mark.usefixtures("no_guess")
def test_a_big5_notice_no_guesser_answers_for_is_not_read_as_gb18030() -> None:
    """The guard of REVIEW27 R11: Big5 bytes decode in GB18030 too, into rare characters that read as no prose;
    with no guess the text is refused as undetected, not read as GB18030 unsaid."""
    from govdoc.errors import EncodingUndetectedError
    from govdoc.readers.decoding import decode_repaired

    traditional = "各鄉鎮人民政府，縣直各單位：\n為做好春季森林防火工作，現將有關事項通知如下：\n桐溪縣人民政府辦公室\n"
    with pytest.raises(EncodingUndetectedError):
        decode_repaired(traditional.encode("big5"), path=None)


# --- a bracketed note giving the contact, longer than a bare note ------------------------------------------------

_CLOSED_REPLY = (
    "关于县政协十届二次会议第0118号提案的答复\n\n孔某委员：\n"
    "　　您提出的《关于加快乡村客运站改造的提案》收悉。现答复如下：\n"
    "　　我局已将三个乡镇客运站列入今年改造计划，并安排资金四百万元。\n　　感谢您对交通运输工作的关心和支持。\n\n"
    "某县交通运输局\n2025年6月20日\n"
)


def test_a_bracketed_note_giving_the_contact_with_several_values_is_read_as_the_note_and_contact() -> None:
    """58 characters in its brackets: a note that gives the contact is as long as the contact's values make it."""
    doc = checked(
        _CLOSED_REPLY + "（此件依申请公开。联系人：齐某某，联系电话：0736-7221456，手机：13807361234，邮编：415000）\n"
    )
    assert doc.header.disclosure == "依申请公开"
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones, doc.contact.postcode) == (
        "齐某某",
        ("0736-7221456", "13807361234"),
        "415000",
    )
    assert "content-unplaced" not in codes(doc)


def test_a_long_bracketed_line_without_a_contact_after_the_signature_is_still_said_unplaced() -> None:
    """The guard: a bare bracketed line past a note's length, no contact label in it, is no note; it is said."""
    doc = checked(
        _CLOSED_REPLY
        + "（本答复已经县交通运输局局长办公会议研究同意，由局规划科负责具体落实，请各相关单位积极配合做好衔接）\n"
    )
    assert doc.contact is None
    assert "content-unplaced" in codes(doc)


# --- HTML: the article's own parts in blocks around the one its text is densest in --------------------------------

_ANSWER = (
    "<p>你们提出的《关于完善农村饮水安全保障的建议》收悉，现答复如下：</p>"
    "<p>今年以来，我局完成了六个乡镇集中供水工程改造，新增受益人口一万二千人。</p>"
    "<p>下一步，我局将加快城乡供水一体化建设，加强水质检测和运行管护。</p>"
    "<p>感谢你们对水利工作的关心和支持。</p>"
)
_MENU = '<div class="menu"><a href="/">网站首页</a> <a href="/xxgk/">信息公开</a> <a href="/hd/">政民互动</a></div>'


def _portal(inside: str) -> bytes:
    return f"<html><body>{_MENU}{inside}<div class='foot'>版权所有：某县水利局</div></body></html>".encode()


def test_an_addressee_in_a_block_of_its_own_over_the_body_block_is_the_recipients() -> None:
    page = _portal(
        '<div class="main"><div class="title"><h2>关于完善农村饮水安全保障的建议的答复</h2></div>'
        '<div class="zhusong"><p>陶某等代表：</p></div>'
        f'<div class="TRS_Editor">{_ANSWER}<p>某县水利局</p><p>2025年7月2日</p></div></div>'
    )
    doc = govdoc.parse(page, format="html")
    assert doc.header.recipients == ("陶某等代表",)
    assert doc.signature is not None and doc.signature.issuers == ("某县水利局",)
    assert "content-unplaced" not in codes(doc)


def test_a_column_name_box_over_the_body_block_is_still_no_part_of_the_article() -> None:
    """The guard: a box of the column's name (no colon handing over to the text) over the body stays outside."""
    page = _portal(
        '<div class="main"><div class="lanmu"><p>建议提案办理</p></div>'
        f'<div class="TRS_Editor"><p>陶某等代表：</p>{_ANSWER}<p>某县水利局</p><p>2025年7月2日</p></div></div>'
    )
    doc = govdoc.parse(page, format="html")
    assert "建议提案办理" not in doc.text
    assert doc.header.recipients == ("陶某等代表",)


def test_a_signature_after_the_article_element_right_in_the_body_is_read() -> None:
    page = _portal(
        f"<article><h1>关于完善农村饮水安全保障的建议的答复</h1><p>陶某等代表：</p>{_ANSWER}</article>"
        "<p>某县水利局</p><p>2025年7月2日</p>"
    )
    doc = govdoc.parse(page, format="html")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县水利局",), "2025-07-02")


def test_a_byline_and_a_tool_link_after_the_article_element_stay_outside_it() -> None:
    """The guard: a labelled line (来源：…) and link text (打印本页) after the article are the page's, not its 落款."""
    page = _portal(
        f"<article><h1>关于完善农村饮水安全保障的建议的答复</h1><p>陶某等代表：</p>{_ANSWER}"
        "<p>某县水利局</p><p>2025年7月2日</p></article>"
        "<p>来源：某县水利局</p><p><a>打印本页</a></p>"
    )
    doc = govdoc.parse(page, format="html")
    assert "来源" not in doc.text and "打印本页" not in doc.text
    assert doc.signature is not None and doc.signature.issuers == ("某县水利局",)


# --- a replacement character at the title's edge: bytes lost, not the title's ----------------------------------

_LONG_REPLY = (
    "关于加强城区背街小巷环境整治的答复\n"
    "钟某委员：\n"
    "您提出的《关于加强城区背街小巷环境整治的提案》收悉。经研究，现答复如下：\n"
    "今年以来，我局对城区四十六条背街小巷实施了路面修缮、管线规整和绿化提升，"
    "同步建立了街巷长制，明确每条街巷的日常保洁和巡查责任人。下一步，我局将把背街小巷整治纳入城市精细化管理考核，"
    "持续开展常态化巡查，及时发现和解决群众反映的问题。\n"
    "感谢您对城市管理工作的关心和支持。\n"
    "某市城市管理局\n2025年4月16日\n"
)


def test_a_byte_lost_before_the_title_is_left_out_of_the_title() -> None:
    """A UTF-8 file whose first byte was damaged: decoded with U+FFFD in its place (encoding-repaired said), and
    the title is the title's words, the lost byte no character of it."""
    doc = govdoc.parse(b"\xff" + _LONG_REPLY.encode(), format="txt")
    assert "encoding-repaired" in codes(doc)
    assert doc.header.title == "关于加强城区背街小巷环境整治的答复"
    assert doc.header.title_span is not None
    assert doc.text[doc.header.title_span.start : doc.header.title_span.end] == doc.header.title


def test_a_byte_lost_inside_the_title_stays_in_it() -> None:
    """The guard: a character lost between the title's words is a gap of the title, kept where it stands."""
    doc = govdoc.parse_text(_LONG_REPLY.replace("背街小巷环境整治的答复", "背街小\ufffd环境整治的答复", 1))
    assert doc.header.title == "关于加强城区背街小\ufffd环境整治的答复"


def test_a_byline_ending_on_an_empty_label_over_the_body_block_stays_outside_the_article() -> None:
    """The guard: a byline whose last label's value a script fills (发布时间：… 浏览次数：) ends on a colon too, but
    holds colons of its own: no addressee's line, it stays the page's."""
    page = _portal(
        '<div class="main"><div class="info"><p>发布时间：2025-07-02 浏览次数：</p></div>'
        f'<div class="TRS_Editor"><p>陶某等代表：</p>{_ANSWER}<p>某县水利局</p><p>2025年7月2日</p></div></div>'
    )
    from govdoc.readers.html import html_blocks

    byline = [b for b in html_blocks(page.decode()) if "浏览次数" in b.text]
    assert byline and all(b.hints.part == "outside-article" for b in byline)
    doc = govdoc.parse(page, format="html")
    assert "浏览次数" not in doc.text
    assert doc.header.recipients == ("陶某等代表",)
