"""Session 19 (issue #19 item 2): work done for every text, done now only where it can matter, and a
vocabulary's pattern written so it is smaller and tried faster, with the Documents unchanged.

The reader asked every text for pictographs (`regex`'s property look-up on each character) and for
nineteen zero-width characters (nineteen scans). One scan of a class holding both (and nothing a
Chinese text's punctuation block holds but 〰 〽 ㊗ ㊙) now stands before them: a text holding neither
asks neither. The class must hold every character either question can find, or a text would lose
its decoration's removal; the first tests hold it to both, code point by code point. The documents
below are new, written for these tests, with what they must read as written by hand.

The labels of information tables (`patterns.labels`) are asked in four patterns, each allowing the
letter-spacing a layout puts between a label's characters. Written as a flat alternation of about 180
spaced labels, each pattern compiled to about half a megabyte in `regex` and tried each label in turn
at every place of a line searched; written as a prefix tree (`spaced_alternation`) it matches the same
and is searched about twice as fast. The tests hold the tree to the flat list on written lines of
every label, spaced, bracketed, glued and cut short.
"""

from __future__ import annotations

import random
import sys

import pytest
import regex

import govdoc
from govdoc import patterns as P
from govdoc.charclass import ZERO_WIDTH_CHARS
from govdoc.patterns.labels import _LABEL_ALT, LABELS, spaced, spaced_alternation
from govdoc.readers.text import text_blocks
from govdoc.readers.text_signs import MAY_PICTOGRAPH_OR_ZERO_WIDTH as _MAY_PICTOGRAPH_OR_ZERO_WIDTH
from govdoc.readers.text_signs import PICTOGRAPH as _PICTOGRAPH


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


def _flat(words: frozenset[str] | list[str]) -> str:
    """The alternation as it was written before: every word spaced, the longest first."""
    return "|".join(spaced(w) for w in sorted(words, key=len, reverse=True))


def _written_lines() -> list[str]:
    """Lines holding every label as layouts and portals write them (folded: half-width colons)."""
    rnd = random.Random(19)
    lines = ["索引号：11510000MB1234567X/2024-00012", "发 文 机 关：某市人民政府办公室", "【 主题分类 】 综合政务"]
    for word in sorted(LABELS):
        for _ in range(3):
            gapped = "".join(c + " " * rnd.choice((0, 0, 1, 2, 4, 5)) for c in word).rstrip()
            lines += [
                f"{gapped}:某市民政局",
                f"[ {gapped} ]2024-05-06",
                f"【{gapped}】",
                f"{gapped}\t某县人民政府",
                f"某某  {gapped}  某某",
                f"{gapped}某局",
                f"  {gapped}",
                f"{gapped}{' ' * rnd.randint(0, 9)}第12号",
                f"{gapped[:-1]}:",
                f"{gapped}{gapped}:值",
            ]
    return lines


@pytest.mark.parametrize("name", ["LABEL_AT", "SPACED_CELL_LABEL", "GLUED_LABEL", "LABEL_ANYWHERE"])
def test_the_label_patterns_written_as_a_tree_find_what_the_flat_list_found(name: str) -> None:
    tree = getattr(P, name)
    assert _LABEL_ALT in tree.pattern
    flat = regex.compile(tree.pattern.replace(_LABEL_ALT, _flat(LABELS)))
    for line in _written_lines():
        assert [(m.span(), m.span("label")) for m in tree.finditer(line)] == [
            (m.span(), m.span("label")) for m in flat.finditer(line)
        ], line


def test_a_longer_word_is_tried_before_a_word_it_opens_with() -> None:
    tree = regex.compile(f"(?:{spaced_alternation(['公开', '公开方式', '公开日期', '方式'])})[ ]{{0,3}}:")
    assert tree.match("公 开 方 式 :").group() == "公 开 方 式 :"  # (folded: the colon is half-width)
    assert tree.match("公开方式:").group() == "公开方式:"
    assert tree.match("公开:").group() == "公开:"
    assert tree.match("公开方:") is None  # the flat list matched nothing here either
    assert regex.compile(_flat(["公开", "公开方式"]) + ":").match("公开方:") is None


def test_a_word_with_a_space_is_refused() -> None:
    with pytest.raises(ValueError):
        spaced_alternation(["公开 方式"])
