"""A white shape hides the words under it only where it is a rectangle along the page's axes: a
triangle or a diamond of four straight lines covers less than its box, so the words its box spans stay
(diffread-B B13: `pdf_covers._rectangle` took any path of straight lines for one)."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants
from tests.test_formats21_causes import EDITED, PAGE_H, _bytes, _pdf


def _painted(shape: str) -> bytes:
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = _pdf(EDITED)
    page = writer.pages[0]
    key = next(str(k) for k, v in page["/Resources"]["/Font"].items() if "STSong" in str(v.get_object()["/BaseFont"]))
    x = 112 + 192.0
    new = (
        f"BT {key} 16 Tf 0 0 0 rg 1 0 0 1 {x:.2f} {PAGE_H - 200:.2f} Tm <00320030003200355E7400386708003165E5> Tj ET\n"
    )
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data() + b"\n" + f"q 1 1 1 rg {shape} f Q\n".encode() + new.encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _bytes(writer)


def _line(pdf: bytes) -> str:
    doc = govdoc.parse(pdf, format="pdf")
    check_invariants(doc)
    return next(ln for ln in doc.text.split("\n") if ln.startswith("你局来函"))


def test_words_beside_a_white_diamond_drawn_after_them_stay() -> None:
    x, y = 112 + 192.0, PAGE_H - 200 - 5
    diamond = f"{x + 47:.2f} {y:.2f} m {x + 94:.2f} {y + 11:.2f} l {x + 47:.2f} {y + 22:.2f} l {x:.2f} {y + 11:.2f} l h"
    line = _line(_painted(diamond))
    assert "7" in line and "8月" in line


def test_words_under_a_white_rectangle_drawn_after_them_still_leave() -> None:
    x, y = 112 + 192.0, PAGE_H - 200 - 5
    box = f"{x - 1:.2f} {y:.2f} m {x + 94:.2f} {y:.2f} l {x + 94:.2f} {y + 22:.2f} l {x - 1:.2f} {y + 22:.2f} l h"
    line = _line(_painted(box))
    assert "8月" in line and "7月" not in line
