"""Causes found by the twenty-ninth format probes (tests/test_probes_29_formats.py), each tested on a new example
of its own (never the probe's document), failing on the session's start and passing since (a test named a guard
passes on both: it holds what the fix must not change). Session 27's three open questions are decided here too:

- PDF: invisible text (render mode 3) over blank paper in the gaps between a page's printed lines, smaller than
  them (an OA system's tracking mark, 暗水印: the downloader, time and address), was read into the lines and broke
  the 落款. Invisible text is the reading of what the page paints under it (a picture's OCR layer, an outlined
  line's searchable layer) and is read there; between printed lines over nothing painted it reads nothing the
  page shows and is left out; elsewhere (below the printed text, a page of invisible text only) it is read as
  before (readers.pdf_chars `between_lines`, readers.pdf_covers `painted`, which now counts form objects and
  shadings as painted for it).
"""

from __future__ import annotations

import io
from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes, squashed

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.27, 841.89


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


# --- PDF: invisible text over blank paper -----------------------------------------------------------


def _canvas() -> tuple[io.BytesIO, Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=True)


def _put(c: Any, text: str, x: float, top: float, size: float = 16.0, mode: int = 0) -> None:
    """`text` at `x`, its baseline `top` + `size` down from the page's top, in render mode `mode`."""
    t = c.beginText()
    t.setTextRenderMode(mode)
    t.setFont(FONT, size)
    t.setTextOrigin(x, PAGE_H - top - size)
    t.textOut(text)
    c.drawText(t)


LETTER = [
    (250.0, "区农函〔2024〕6号"),
    (150.0, "关于商请协助开展农机安全检查的函"),
    (80.0, "区应急管理局："),
    (112.0, "为防范农机安全事故，我局拟于六月开展农机安全检查。"),
    (112.0, "现商请贵局派员参加，共同做好检查工作。"),
    (112.0, "请予支持为盼。"),
    (360.0, "某区农业农村局"),
    (372.0, "2024年5月14日"),
]


def _letter(extra: Any, room: int = 0) -> bytes:
    """A printed 函, one line each 30 points (a line's room left empty after the fifth where `room`), with
    `extra(c)` drawn on the page after its lines."""
    out, c = _canvas()
    for k, (x, text) in enumerate(LETTER):
        _put(c, text, x, 100 + 30 * (k + (room if k >= 5 else 0)))
    extra(c)
    c.showPage()
    c.save()
    return out.getvalue()


def test_invisible_text_between_printed_lines_over_blank_paper_is_not_read() -> None:
    def marks(c: Any) -> None:  # an OA system's mark in the gaps under the 文号, a body line and the organ
        for k in (0, 4, 6):
            _put(c, "内部传阅 孙某 2024-05-15 10:02", 120, 100 + 30 * k + 19, 8, mode=3)

    doc = _checked(govdoc.parse(_letter(marks), format="pdf"))
    assert "内部传阅" not in doc.text and "10:02" not in doc.text
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区农业农村局",), "2024-05-14")
    assert doc.closing is not None and doc.closing.text == "请予支持为盼。"


def _picture(c: Any, x: float, top: float, width: float, height: float) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    grey = Image.new("L", (40, 10), 200)
    c.drawImage(ImageReader(grey), x, PAGE_H - top - height, width, height)


def test_guard_invisible_text_between_printed_lines_over_a_pasted_picture_is_read() -> None:
    # a picture of a short note pasted between two body lines, an OCR engine's reading of it drawn invisible on it
    def pasted(c: Any) -> None:
        _picture(c, 110, 255, 300, 14)
        _put(c, "附：检查点位共十二处", 112, 257, 9, mode=3)

    doc = _checked(govdoc.parse(_letter(pasted, room=1), format="pdf"))
    assert "附：检查点位共十二处" in squashed(doc.text)


def test_guard_invisible_text_between_printed_lines_over_a_picture_placed_as_a_form_is_read() -> None:
    # the pasted picture wrapped in a form object (as stamping tools place it): its box counts as painted
    def form(c: Any) -> None:
        c.beginForm("note")
        _picture(c, 110, 255, 300, 14)
        c.endForm()
        c.doForm("note")
        _put(c, "附：检查点位共十二处", 112, 257, 9, mode=3)

    doc = _checked(govdoc.parse(_letter(form, room=1), format="pdf"))
    assert "附：检查点位共十二处" in squashed(doc.text)


def test_guard_a_page_of_outlined_lines_under_an_invisible_layer_is_read_whole() -> None:
    # every line turned into filled shapes by an outlining tool, its searchable layer invisible over them
    out, c = _canvas()
    for k, (x, text) in enumerate(LETTER):
        top = 100 + 30 * k
        c.rect(x, PAGE_H - top - 14, 16 * len(text) * 0.9, 10, stroke=0, fill=1)
        _put(c, text, x, top, mode=3)
    c.showPage()
    c.save()
    doc = _checked(govdoc.parse(out.getvalue(), format="pdf"))
    assert doc.header.title == "关于商请协助开展农机安全检查的函"
    assert doc.signature is not None and doc.signature.date == "2024-05-14"
