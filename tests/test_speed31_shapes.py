"""Session 31 (issue #19 item 2): what several rules ask of the same lines is made once per document.

Counted, never timed: the joined title (`rules.head.title.title_lines`) is made once for the two field rules
that read it (`title`, and `issuer` through the title's organ), and made anew for another document's title;
the wide class's scan past the BMP is asked only of a text holding a character there (`readers.text_signs`).
The documents are written here (made-up organs and people); the expected values are read off them by hand.
"""

from __future__ import annotations

import govdoc
from govdoc.rules.head.title import joined_title

_REPLY = (
    "青川县文化旅游局关于县政协十一届三次会议第0456号提案的答复\n"
    "\n"
    "周某某委员：\n"
    "　　您提出的《关于保护古镇老街风貌的提案》收悉。现答复如下：\n"
    "　　我局将会同有关部门制定老街保护规划。\n"
    "　　特此答复。\n"
    "\n"
    "青川县文化旅游局\n"
    "2024年6月3日\n"
)

_OTHER = (
    "白沙镇人民政府关于镇人大代表第12号建议的答复\n"
    "\n"
    "陈某代表：\n"
    "　　您提出的关于修缮村道的建议收悉。现答复如下：\n"
    "　　镇里已将村道修缮列入今年计划。\n"
    "　　特此答复。\n"
    "\n"
    "白沙镇人民政府\n"
    "2024年7月8日\n"
)


def test_the_title_is_joined_once_for_the_title_and_the_issuer() -> None:
    joined_title.cache_clear()
    doc = govdoc.parse(_REPLY.encode(), format="txt")
    assert doc.header.title == "青川县文化旅游局关于县政协十一届三次会议第0456号提案的答复"
    assert doc.header.issuer == "青川县文化旅游局"
    info = joined_title.cache_info()
    assert info.misses == 1  # made once …
    assert info.hits >= 1  # … and read again by the second rule


def test_another_documents_title_is_joined_anew() -> None:
    joined_title.cache_clear()
    first = govdoc.parse(_REPLY.encode(), format="txt")
    second = govdoc.parse(_OTHER.encode(), format="txt")
    assert first.header.title == "青川县文化旅游局关于县政协十一届三次会议第0456号提案的答复"
    assert second.header.title == "白沙镇人民政府关于镇人大代表第12号建议的答复"
    assert second.header.issuer == "白沙镇人民政府"
    assert joined_title.cache_info().misses == 2  # one a document: the first's answer is not the second's


def test_a_title_with_a_glued_number_is_cut_alike_however_often_asked() -> None:
    # a page glued the 文号 before the title (`某文旅函〔2024〕15号…`): cut off, for the title and for the issuer
    text = _REPLY.replace("青川县文化旅游局关于", "青文旅函〔2024〕15号青川县文化旅游局关于", 1)
    joined_title.cache_clear()
    doc = govdoc.parse(text.encode(), format="txt")
    assert doc.header.title == "青川县文化旅游局关于县政协十一届三次会议第0456号提案的答复"
    assert doc.header.issuer == "青川县文化旅游局"
    assert joined_title.cache_info().misses == 1


def test_a_text_holds_a_character_past_the_bmp_only_where_one_stands() -> None:
    from govdoc.readers.text_signs import holds_astral, may_be_wide

    assert not holds_astral("关于加强防汛工作的通知")
    assert not holds_astral("plain ASCII")
    assert not holds_astral("\ud83d\udccc一、")  # two lone surrogates are two characters of the BMP, not one past it
    assert holds_astral("一、加强值守📌")
    assert holds_astral("葛\U000e0100某")  # an ideographic variation selector after its character
    # the wide class's astral part is asked only of such a text, and finds its characters at any place
    assert may_be_wide("一、加强值守📌") and may_be_wide("葛\U000e0100某") and may_be_wide("\U0001f000")
    assert not may_be_wide("关于加强防汛工作的通知（试行）\U00020000")  # a Han character past the BMP is no pictograph


def test_the_latin_mojibake_hint_is_asked_only_of_a_text_holding_a_lead_bytes_reading() -> None:
    from govdoc.rules.mojibake import _latin_leads

    assert not _latin_leads("关于加强防汛工作的通知")
    assert not _latin_leads("温度 25°C，价格 ×2 · 合计\xa0100 元")  # Latin-1 signs a Chinese text writes: no lead
    assert _latin_leads("å…³äºŽ")  # 关于 as UTF-8 read as cp1252
    assert _latin_leads("café")  # é is one: asked, and the hint itself then says no


def test_a_line_of_utf8_read_as_cp1252_is_still_warned() -> None:
    garbled = "关于加强河道管理工作的答复".encode().decode("cp1252", errors="replace")
    text = f"{garbled}\n\n某某代表：\n　　您提出的建议收悉。现答复如下：\n　　我局已加强巡查。\n\n某市水务局\n2024年5月6日\n"
    doc = govdoc.parse(text.encode(), format="txt")
    assert "mojibake-suspected" in [w.code for w in doc.warnings]
