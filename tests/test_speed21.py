"""Session 21's PDF reader steps (issue #19 item 1) answer exactly what they replace.

The reader keeps a run's widest gap as its loop meets the gaps, instead of a page-wide list of gaps
cut and searched per run; it keys a text object's style by one flat tuple (font, red, green, blue,
size, render mode: -1 in each channel where PDFium knows no colour) instead of a tuple holding the
colour's tuple; and it asks the page's objects for dropped text and ruling lines only where the page
holds more objects than a lower bound of the text objects its characters name (the distinct objects
of its characters that are no spaces, which the style pass meets anyway), making the set of all
its characters' objects only there. Each is held here to what it replaced, on every fixture PDF's
pages, by PDFium's own calls.
"""

from __future__ import annotations

from itertools import repeat
from pathlib import Path

import pytest

from tests.test_pdf_runs import PDFS


def _pages_read(path: Path) -> list[tuple[object, list[object], list[object], set[object], int, int]]:
    """Each page as the reader reads it: its glyphs, its stamps, the characters' objects as PDFium
    gives them, the reader's lower bound and its page's object count."""
    import pypdfium2
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import PDFIUM_LOCK, _handle_argument, _page_text, _Runs

    runs = _Runs()
    read: list[tuple[object, list[object], list[object], set[object], int, int]] = []
    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(path.read_bytes())
        try:
            for index in range(len(document)):
                page = raw.FPDF_LoadPage(document.raw, index)
                textpage = raw.FPDFText_LoadPage(page)
                count = runs.count(textpage)
                text = _page_text(textpage, count, runs.text_room) if count > 0 else ""
                glyphs: list[object] = []
                stamps: list[object] = []
                runs.turn = None
                runs.read(textpage, text[:count], raw.FPDF_GetPageHeightF(page), glyphs, stamps)  # type: ignore[arg-type]
                arg = _handle_argument(textpage)
                objects = list(map(raw.FPDFText_GetTextObject, repeat(textpage, count), range(count)))
                named = {ctypes_address(o) if o else None for o in objects}
                objects_count = runs.count_objects(_handle_argument(page))
                assert runs.present() == named, "the set made on demand is every character's object"
                read.append((arg, glyphs, stamps, named, runs.named_at_least, objects_count))
                raw.FPDFText_ClosePage(textpage)
                raw.FPDF_ClosePage(page)
        finally:
            document.close()
    return read


def ctypes_address(handle: object) -> int:
    from govdoc.readers.pdf_chars import _address

    return _address(handle)


@pytest.mark.parametrize("path", [p for p in PDFS if p.exists()], ids=lambda p: p.name)
def test_the_lower_bound_of_named_objects_never_passes_what_the_characters_name(path: Path) -> None:
    skipped = 0
    for _, _, _, named, at_least, objects in _pages_read(path):
        assert at_least <= len(named) - (None in named)
        if objects <= at_least:
            skipped += 1
            assert objects <= len(named) - (None in named)  # both walks would have answered nothing
    assert skipped or path.name != "putuo-office.pdf"  # a page of text alone skips both walks


@pytest.mark.parametrize("path", [p for p in PDFS if p.exists()], ids=lambda p: p.name)
def test_a_runs_widest_gap_is_the_widest_between_its_characters(path: Path) -> None:
    from govdoc.readers.glyphs import Glyph

    runs = 0
    for _, glyphs, stamps, _, _, _ in _pages_read(path):
        for g in [*glyphs, *stamps]:
            assert isinstance(g, Glyph)
            if g.edges is None:
                continue
            gaps = [g.edges[k + 1] - g.edges[k] for k in range(1, len(g.edges) - 1, 2)]
            assert g.gap == max(gaps)
            runs += 1
    assert runs


def test_a_colour_pdfium_does_not_know_is_no_underlay_and_a_light_grey_one_is() -> None:
    from govdoc.readers.pdf_chars import _underlay

    assert _underlay(200, 200, 200, 30.0)  # a light neutral grey set large: a watermark
    assert not _underlay(-1, -1, -1, 30.0)  # no colour known (was None)
    assert not _underlay(200, 200, 200, 12.0)  # body size
    assert not _underlay(255, 255, 255, 30.0)  # white: a hidden layer
    assert not _underlay(230, 180, 180, 30.0)  # tinted, no grey


def test_a_style_key_is_one_flat_tuple_and_red_is_read_from_its_channels() -> None:
    from govdoc.readers.pdf_chars import _Runs

    class Calls(_Runs):
        """`style` without PDFium: a font named SimHei, its baseline 3 points above the box's bottom."""

        def __init__(self) -> None:
            super().__init__()
            self.font_info = self._font_info
            self.origin = self._origin

        def _font_info(self, *_: object) -> int:
            self.buffer.value = b"ABCDEF+SimSun"
            return 13

        def _origin(self, *_: object) -> int:
            self.y.value = 103.0
            return 1

    calls = Calls()
    look, depth = calls.style(None, 0, (7, 230, 10, 10, 16.0, 0), 100.0)
    assert look == ("SimSun", True, 16.0, False) and depth == 3.0
    look, _ = calls.style(None, 0, (7, -1, -1, -1, 16.0, 2), 100.0)  # no colour known; filled and stroked
    assert look == ("SimSun", False, 16.0, True)
