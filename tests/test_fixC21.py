"""fixC21: the LOW findings of session 21's second read left by the engineers who wrote the code.

- diffread-B B4: the PDF readers named a font without its subset prefix (`ABCDEF+SimSun`) by two copies of
  one test (`pdf_chars._font_name`, `pdf_simple_fonts.suspect_fonts`); now both ask `readers.glyphs.font_base`.
- diffread-A A9: style only (one "line of the running text" test in rules/cleanup/furniture.py, one comment-box
  wording test, the form row asked once a caller in rules/header.py, the lead-in words one vocabulary in
  patterns/labels.py, docstrings brought up to date): compare_text gives the same Document for every text, so
  the tests here hold what the shared pieces must keep answering.
"""

from __future__ import annotations

import io
import math

import pytest

import govdoc
from govdoc import patterns as P
from govdoc.readers import glyphs, pdf_chars, pdf_simple_fonts
from govdoc.rules.cleanup import chrome_comments
from tests.invariants import check_invariants


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
    assert chrome_comments._box_words(line) is box
    assert chrome_comments._a_readers_piece(line) is reader


# --- diffread-B B6: the seals of a joint 落款 drawn as text, side by side ---------------------------------

PAGE_W, PAGE_H = 595.27, 841.89
ORGANS = ("某县教育局", "某县财政局", "某县民政局")


def _joint_seals_pdf(seals: int, watermark: bool = False) -> bytes:
    """A joint notice of three organs, its 落款 one line of their names over one date line, with `seals` of
    them stamped by a seal drawn as text: its name round the top of a ring, each letter turned to face out
    (the middle one upright), all red, a red star at its centre. `watermark`: red letters turned 45° in two
    words along the page's diagonal besides (内部资料 注意保密)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=True)
    if watermark:  # a red 红头 under the watermark's words (pdfplumber reads a character a glyph)
        c.setFillColorRGB(0.9, 0, 0.05)
        c.setFont("STSong-Light", 30)
        c.drawCentredString(300, PAGE_H - 80, "某县教育局文件")
        for k, ch in enumerate("内部资料 注意保密"):
            if ch != " ":
                c.saveState()
                c.translate(60 + 50 * k, 560 + 40 * k)
                c.rotate(45)
                c.drawCentredString(0, 0, ch)
                c.restoreState()
    c.setFillColorRGB(0, 0, 0)
    c.setFont("STSong-Light", 16)
    for text, x, top in [
        ("关于做好2025年秋季学期学生资助工作的通知", 120, 120),
        ("各乡镇中心学校：", 80, 170),
        ("为做好今年秋季学期学生资助工作，现将有关事项通知如下。", 112, 200),
        ("请各校于9月30日前完成资助对象认定。", 112, 223),
    ]:
        c.drawString(x, PAGE_H - top, text)
    centres = (120.0, 300.0, 480.0)
    for organ, cx in zip(ORGANS, centres, strict=True):
        c.drawCentredString(cx, PAGE_H - 290, organ)
    c.drawCentredString(300, PAGE_H - 313, "2025年8月28日")
    for organ, cx in list(zip(ORGANS, centres, strict=True))[:seals]:
        cy = PAGE_H - 300
        letters = organ + "公章"
        c.setFillColorRGB(0.9, 0, 0.05)
        c.setFont("STSong-Light", 14)
        step = 150 / (len(letters) - 1)
        for k, ch in enumerate(letters):
            angle = 165 - k * step
            c.saveState()
            c.translate(cx + 40 * math.cos(math.radians(angle)), cy + 40 * math.sin(math.radians(angle)))
            c.rotate(angle - 90)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
        c.setFont("STSong-Light", 22)
        c.drawCentredString(cx, cy - 6, "★")
        c.setFillColorRGB(0, 0, 0)
    c.showPage()
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("seals", [2, 3])
def test_each_seal_of_a_joint_signature_drawn_as_text_leaves_the_text(seals: int) -> None:
    # diffread-B B6: the seals' turned letters were taken as one ring, too wide for a seal, and none was set
    # apart: their upright letters and stars broke the 落款's lines (pdfplumber reads the turned letters)
    doc = govdoc.parse(_joint_seals_pdf(seals), format="pdf", pdf_backend="pdfplumber")
    check_invariants(doc)
    assert doc.signature is not None and doc.signature.issuers == ORGANS
    assert doc.signature.date == "2025-08-28"
    assert "★" not in doc.text and "公章" not in doc.text


def test_one_seal_over_a_joint_signature_still_leaves_the_text() -> None:
    # the case ring_apart was written for (format21 6d8ed8c1): one ring, set apart as before
    doc = govdoc.parse(_joint_seals_pdf(1), format="pdf", pdf_backend="pdfplumber")
    check_invariants(doc)
    assert doc.signature is not None and doc.signature.issuers == ORGANS
    assert "★" not in doc.text


def test_a_red_watermarks_words_across_the_page_are_no_seals() -> None:
    # guard: the watermark's two words stand apart by less than a word is long, so they are never parted into
    # rings, and the red 红头 under them stays the page's text
    doc = govdoc.parse(_joint_seals_pdf(0, watermark=True), format="pdf", pdf_backend="pdfplumber")
    check_invariants(doc)
    assert "某县教育局文件" in doc.text
    assert doc.signature is not None and doc.signature.issuers == ORGANS
