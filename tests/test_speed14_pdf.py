"""Session 14: a short PDF's parse is not spent decoding its content stream for a blank.

PDFium's text page leaves out a text object whose box has no width. `pdf_dropped` reads such objects
again from the content stream with pypdf, for a font the file does not embed and PDFium cannot
stand in for (its glyphs get no box). But a glyph of a font the file does embed is measured from the
file's own glyph program: no width there is a glyph that draws no ink, most often a space a word
processor sets alone between two runs (LibreOffice's export of fixtures/pdf/seed-official.pdf holds
one). Sending that page to pypdf made the parse of that four-page file 66 ms instead of 17 ms,
and the three PDF fixtures of benchmarks/bench_pdf.py 6.1x their bare text instead of 2.6x. Invisible text (an OCR layer's, whose font may have no outlines)
is still read from the stream, and so is every font the file does not embed.

The example PDFs here are built by hand for these tests (a Type 3 font whose one glyph draws
nothing, a TrueType font embedded by reportlab with a space set alone).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import govdoc
from govdoc.readers import pdf_chars
from govdoc.readers.pdf_dropped import inkless
from tests.invariants import check_invariants

ROOT = Path(__file__).resolve().parent.parent


def _no_decoding(*_: Any) -> Any:
    raise AssertionError("the content stream was decoded with pypdf")


def _pdf(content: bytes, fonts: dict[str, bytes], extra: list[bytes]) -> bytes:
    """A one-page PDF of `content` with its fonts (name → dictionary) and further objects
    (numbered from 4 + len(fonts) + 1, after the page's content stream and its fonts)."""
    names = " ".join(f"/{name} {5 + k} 0 R" for k, name in enumerate(fonts)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        + names
        + b" >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *fonts.values(),
        *extra,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _blank_glyph_page(render_mode: int) -> bytes:
    """Two lines in Helvetica, and after the second, alone in its text object, an `a` of a Type 3
    font (embedded: its glyphs are procedures in the file) whose procedure draws nothing."""
    content = (
        b"BT /F2 16 Tf 100 700 Td (Notice of the county) Tj ET\n"
        b"BT /F2 16 Tf 100 670 Td (Line two) Tj ET\n"
        b"BT /F1 16 Tf %d Tr 180 670 Td (a) Tj ET\n" % render_mode
    )
    type3 = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 0 0] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << /a 7 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >>"
        b" /FirstChar 97 /LastChar 97 /Widths [600] /Resources << >> >>"
    )
    helvetica = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    blank = b"<< /Length 16 >>\nstream\n600 0 0 0 0 0 d1\nendstream"
    return _pdf(content, {"F1": type3, "F2": helvetica}, [blank])


def test_a_glyph_of_an_embedded_font_that_draws_no_ink_is_not_decoded_from_the_content_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf_chars, "recovered_glyphs", _no_decoding)
    doc = govdoc.parse(_blank_glyph_page(0), format="pdf", ocr="never")
    check_invariants(doc)
    assert doc.text == "Notice of the county\nLine two"


@pytest.mark.parametrize("render_mode", [3, 7])
def test_invisible_text_in_an_embedded_font_of_no_outlines_is_still_read_from_the_content_stream(
    render_mode: int,
) -> None:
    """An OCR layer's text is drawn invisible, often in a font whose glyphs have no outlines: its
    one-glyph objects are dropped by PDFium and are the text of the page all the same."""
    doc = govdoc.parse(_blank_glyph_page(render_mode), format="pdf", ocr="never")
    check_invariants(doc)
    assert doc.text == "Notice of the county\nLine two a"


def test_a_space_set_alone_in_an_embedded_truetype_font_costs_no_decoding_and_reads_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A word processor's export sets a space alone between two runs, in a font it embeds."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595.27, 841.89), invariant=True)
    canvas.setFont("Vera", 16)
    canvas.drawString(80, 760, "Notice of the county")
    x = 80.0
    for run in ("Ref.", " ", "No.", " ", "12"):
        canvas.drawString(x, 730, run)
        x += pdfmetrics.stringWidth(run, "Vera", 16)
    canvas.save()
    data = out.getvalue()
    monkeypatch.setattr(pdf_chars, "recovered_glyphs", _no_decoding)
    doc = govdoc.parse(data, format="pdf", ocr="never")
    check_invariants(doc)
    assert doc.text == "Notice of the county\nRef. No. 12"


def test_the_lone_space_of_the_libreoffice_fixture_is_not_decoded_and_its_document_is_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """fixtures/pdf/seed-official.pdf: page 2 holds one text object PDFium leaves out, a space in
    the DejaVuSans the file embeds; the Document is the one read when pypdf is asked of it."""
    data = (ROOT / "fixtures/pdf/seed-official.pdf").read_bytes()
    monkeypatch.setattr("govdoc.readers.pdf_dropped.inkless", lambda embedded, mode: False)
    decoded = govdoc.parse(data, format="pdf").to_dict()
    monkeypatch.undo()
    monkeypatch.setattr(pdf_chars, "recovered_glyphs", _no_decoding)
    assert govdoc.parse(data, format="pdf").to_dict() == decoded


def test_only_ink_in_a_font_the_file_embeds_counts_as_measured() -> None:
    assert inkless(1, 0)  # filled
    assert inkless(1, 1)  # stroked
    assert inkless(1, 2)  # filled and stroked (a fake bold)
    assert not inkless(0, 0)  # not embedded: PDFium had no glyph to measure
    assert not inkless(-1, 0)  # PDFium could not tell
    assert not inkless(1, 3)  # invisible (an OCR layer)
    assert not inkless(1, 7)  # clip only
