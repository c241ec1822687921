"""fixC21: the LOW findings of session 21's second read left by the engineers who wrote the code.

- diffread-B B4: the PDF readers named a font without its subset prefix (`ABCDEF+SimSun`) by two copies of
  one test (`pdf_chars._font_name`, `pdf_simple_fonts.suspect_fonts`); now both ask `readers.glyphs.font_base`.
- diffread-A A9: style only (one "line of the running text" test in rules/cleanup/furniture.py, one comment-box
  wording test, the form row asked once a caller in rules/header.py, the lead-in words one vocabulary in
  patterns/labels.py, docstrings brought up to date): compare_text gives the same Document for every text, so
  the tests here hold what the shared pieces must keep answering.
"""

from __future__ import annotations

import pytest

from govdoc import patterns as P
from govdoc.readers import glyphs, pdf_chars, pdf_simple_fonts
from govdoc.rules.cleanup import furniture


@pytest.mark.parametrize(
    ("raw", "base"),
    [
        ("QWERTY+FangSong_GB2312", "FangSong_GB2312"),  # a subset: six capitals and a plus
        ("FangSong_GB2312", "FangSong_GB2312"),  # a full font keeps its name
        ("Qwerty+FangSong", "Qwerty+FangSong"),  # lower case: no writer's prefix
        ("ABCDE+KaiTi", "ABCDE+KaiTi"),  # five capitals: none either
        ("ABCDEF+", "ABCDEF+"),  # a prefix with no name after it is no subset's
    ],
)
def test_a_subset_prefix_is_dropped_by_one_helper(raw: str, base: str) -> None:
    assert glyphs.font_base(raw) == base


def test_both_pdf_readers_tell_a_subset_by_the_same_helper() -> None:
    # diffread-B B4: one place for the prefix's shape, so the glyph reader's font names and the simple-font
    # check's subsets cannot drift apart
    assert pdf_chars.font_base is glyphs.font_base
    assert pdf_simple_fonts.font_base is glyphs.font_base


@pytest.mark.parametrize("word", ["如下", "以下", "下列"])
def test_every_lead_in_word_ends_a_lead_in_sentence_and_no_key(word: str) -> None:
    # diffread-A A9: LEAD_IN_END is built from LEAD_IN_KEY_ENDS, one vocabulary in one place
    assert word in P.LEAD_IN_KEY_ENDS
    assert P.LEAD_IN_END.search(f"现将有关情况答复{word}:")
    assert P.LEAD_IN_END.search(f"具体安排{word}。")


def test_a_word_of_no_lead_in_ends_none() -> None:
    assert not P.LEAD_IN_END.search("现将有关情况答复如后:")
    assert "如后" not in P.LEAD_IN_KEY_ENDS


@pytest.mark.parametrize(
    ("line", "box", "reader"),
    [
        ("发表评论", True, False),  # the box's label
        ("文明上网理性发言,请遵守新闻跟帖服务协议", True, False),  # the form's words, no reader's mark
        ("市民李某:登录以后怎么查询办理进度?", False, False),  # a reader's mark, but the form's word 登录
        ("市民李某:道路施工什么时候结束?", False, True),  # a reader's piece
        ("道路施工", False, False),  # too short for a reader's piece, no box word
    ],
)
def test_a_comment_boxs_line_and_a_readers_piece_share_the_boxs_wording(line: str, box: bool, reader: bool) -> None:
    # diffread-A A9: `_a_readers_piece` asks `_box_words`'s first test through one helper
    assert furniture._box_words(line) is box
    assert furniture._a_readers_piece(line) is reader
