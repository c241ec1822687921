"""Causes found by the seventeenth round of format probes (tests/test_probes_17_formats.py), each tested on a
new example of its cause, not on the probe's text; each fails on the session's start (/work/s17start).

The cause: characters PDFium leaves out of its text page (a glyph set alone in a CJK font the file does not
embed) are read from the content stream (readers.pdf_dropped), and that reading did not take the stream's
word for what they are, as PDFium does for the characters it keeps: a marked-content span's /ActualText
(a character the font lacks, drawn as squeezed parts) and a Latin ligature (ﬁ, ﬃ) for its letters."""

from __future__ import annotations

import io
from typing import Any

import govdoc
from tests.invariants import check_invariants

FONT = "STSong-Light"
PAGE_H = 841.89


def _canvas() -> tuple[io.BytesIO, Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)


def _line(c: Any, text: str, x: float, top: float) -> None:
    c.setFont(FONT, 16)
    c.drawString(x, PAGE_H - top, text)


def _alone(c: Any, text: str, x: float, top: float, squeeze: float = 100.0) -> None:
    """One glyph a text object, as a print driver sets a page glyph by glyph."""
    t = c.beginText()
    t.setFont(FONT, 16)
    t.setHorizScale(squeeze)
    t.setTextOrigin(x, PAGE_H - top)
    t.textOut(text)
    c.drawText(t)


def _parsed(out: io.BytesIO) -> govdoc.Document:
    doc = govdoc.parse(out.getvalue(), format="pdf")
    check_invariants(doc)
    return doc


def _spanned(c: Any, said: str, parts: str, x: float, top: float, squeeze: float) -> float:
    """`parts` drawn one glyph each, squeezed, inside a span whose /ActualText is `said`; where it ends."""
    c._code.append("/Span <</ActualText <FEFF" + "".join(f"{ord(ch):04X}" for ch in said) + ">>> BDC")
    for ch in parts:
        _alone(c, ch, x, top, squeeze)
        x += 16 * squeeze / 100
    c._code.append("EMC")
    return x


def test_an_actual_text_span_over_glyphs_set_alone_is_read_as_the_text_it_says() -> None:
    out, c = _canvas()
    x = 80.0
    for ch in "刘":
        _alone(c, ch, x, 160)
        x += 16
    x = _spanned(c, "犇", "牛牛牛", x, 160, 100 / 3)  # a character the font lacks: three squeezed 牛
    _line(c, "同志：", x, 160)
    _line(c, "某市档案馆关于商请提供馆藏资料的函", 150, 120)
    _line(c, "为编纂地方志，我馆拟查阅贵单位保存的有关历史资料，请予支持。", 112, 190)
    _line(c, "特此函商。", 112, 220)
    _line(c, "某市档案馆", 400, 270)
    _line(c, "2024年9月3日", 395, 300)
    c.showPage()
    c.save()
    doc = _parsed(out)
    assert doc.header.recipients == ("刘犇同志",)
    assert "牛" not in doc.text


def test_a_latin_ligature_set_alone_is_read_as_the_letters_it_joins() -> None:
    out, c = _canvas()
    _line(c, "某市档案馆关于商请提供馆藏资料的函", 150, 120)
    _line(c, "市地方志办公室：", 80, 160)
    _line(c, "为编纂地方志，我馆拟查阅贵单位保存的有关历史资料，请予支持。", 112, 190)
    _line(c, "特此函商。", 112, 220)
    _line(c, "某市档案馆", 400, 270)
    _line(c, "2024年9月3日", 395, 300)
    label = "（联系人：周明，邮箱：tra"
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _line(c, label, 112, 340)
    x = 112 + stringWidth(label, FONT, 16)
    _alone(c, "\ufb03", x, 340)  # ﬃ, one glyph alone; the font's advance for it is a full em
    _line(c, "c@dag.gov.cn）", x + stringWidth("\ufb03", FONT, 16), 340)
    c.showPage()
    c.save()
    doc = _parsed(out)
    assert doc.contact is not None and doc.contact.email == "traffic@dag.gov.cn"
    assert "\ufb03" not in doc.text
