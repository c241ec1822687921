"""Session 19 (issue #19 item 2): work the text reader did for every text, asked now only of texts that
can need it, with the Documents unchanged.

The reader asked every text for pictographs (`regex`'s property look-up on each character) and for
nineteen zero-width characters (nineteen scans). One scan of a class holding both (and nothing a
Chinese text's punctuation block holds but 〰 〽 ㊗ ㊙) now stands before them: a text holding neither
asks neither. The class must hold every character either question can find, or a text would lose
its decoration's removal; the first tests hold it to both, code point by code point. The documents
below are new, written for these tests, with what they must read as written by hand.
"""

from __future__ import annotations

import sys

import govdoc
from govdoc.charclass import ZERO_WIDTH_CHARS
from govdoc.readers.text import _MAY_PICTOGRAPH_OR_ZERO_WIDTH, _PICTOGRAPH, text_blocks


def test_the_gate_class_holds_every_zero_width_character() -> None:
    for c in ZERO_WIDTH_CHARS:
        assert _MAY_PICTOGRAPH_OR_ZERO_WIDTH.search(f"关于{c}通知") is not None, hex(ord(c))


def test_the_gate_class_holds_every_character_the_pictograph_question_finds() -> None:
    missed = [
        hex(code)
        for code in range(0x100, sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and _PICTOGRAPH.match(chr(code)) is not None
        and _MAY_PICTOGRAPH_OR_ZERO_WIDTH.match(chr(code)) is None
    ]
    assert missed == []


def test_a_chinese_texts_own_punctuation_does_not_open_the_gate() -> None:
    text = "关于加强防汛工作的通知（试行）：“一、”——《办法》【附件】〔2024〕、。…※①⑳○●□■√×★☆→"
    assert _MAY_PICTOGRAPH_OR_ZERO_WIDTH.search(text) is None


def test_a_pictograph_before_a_heading_still_goes() -> None:
    blocks = text_blocks("关于做好汛期值守工作的通知\n\n📌一、加强值守\n\n各单位落实24小时值班。\n")
    assert [b.text for b in blocks] == ["关于做好汛期值守工作的通知", "一、加强值守", "各单位落实24小时值班。"]


def test_a_zero_width_space_inside_a_line_still_goes() -> None:
    blocks = text_blocks("某区应急管理局\n\n二\u200b、强化督查\n")
    assert [b.text for b in blocks] == ["某区应急管理局", "二、强化督查"]


def test_a_notice_without_either_reads_its_sections_as_before() -> None:
    doc = govdoc.parse_text(
        "关于开展秋季消防安全检查的通知\n\n各社区居委会：\n\n一、检查范围\n\n辖区内沿街商铺。\n\n"
        "二、时间安排\n\n10月8日至10月20日。\n\n某街道办事处\n2024年9月30日\n"
    )
    assert [s.title for s in doc.sections] == ["检查范围", "时间安排"]
    assert doc.header.title == "关于开展秋季消防安全检查的通知"
