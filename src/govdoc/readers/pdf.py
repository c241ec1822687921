"""PDF pages to blocks, from the characters' geometry rather than a flat text dump.

The backend (`pdf_chars`) gives each page's characters with their boxes, fonts and colours; the
shared page geometry (`geometry`) turns them into lines, drops page furniture and builds
paragraphs, exactly as it does for OFD and OCR. This module only joins the two, and hands pages
without a usable text layer to OCR (`govdoc.readers.ocr_pages`) as `ocr` says.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from govdoc.blocks import Block
from govdoc.errors import EmptyDocumentError, NoTextLayerError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.geometry import Page, layout_pages
from govdoc.readers.pdf_chars import read_pages
from govdoc.readers.two_up import two_up


def pdf_blocks(
    data: bytes, *, backend: str, path: str | None, limits: Limits = DEFAULT_LIMITS, ocr: str = "never"
) -> tuple[list[Block], int, list[tuple[str, str]]]:
    """Blocks of the whole document, its page count and warnings for the pages.

    The collector is held off from the first page read to the last laid out, in one stretch when
    no page is read by OCR (the common case), which runs with the collector going.
    """
    from govdoc.readers.ocr_pages import ocr_targets, recognise_pdf

    with collector_paused():
        pages = read_pages(data, backend=backend, path=path, limits=limits)
        if not ocr_targets(pages, ocr):
            return _laid_out(pages, [], ocr, path)
    found = recognise_pdf(data, pages, ocr)
    with collector_paused():
        return _laid_out(pages, found, ocr, path)


def _laid_out(
    pages: list[Page], found: list[tuple[str, str]], ocr: str, path: str | None
) -> tuple[list[Block], int, list[tuple[str, str]]]:
    """The pages' blocks, their count and all warnings. `pages` is emptied once laid out: its glyphs
    are freed before the collector runs again, whose first collection would otherwise walk them all
    (tens of thousands of objects, about 2% of a whole parse), only to find them still alive."""
    from govdoc.readers.ocr_pages import no_text_message

    if not pages:  # a page tree of no pages: nothing to scan either
        raise EmptyDocumentError("the PDF has no pages", path=path)
    if not any(page.glyphs for page in pages):
        raise NoTextLayerError(no_text_message(ocr, tried=bool(found)), path=path)
    count = len(pages)
    halves, sheets = two_up(pages)
    if sheets:
        listed = "、".join(str(n) for n in sheets)
        message = f"第 {listed} 页两页并排印于一张，分作两页读取 (two-up sheets read as two pages each)"
        found = [*found, ("layout-unusual", message)]
    blocks, warnings = layout_pages(halves, path=path)
    pages.clear()
    halves.clear()
    return blocks, count, found + warnings


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a document's pages are read and laid out,
    and set going again however that ends (an error included).

    Reading makes tens of thousands of objects that live until the page is laid out (glyphs, a
    page's lists of boxes and text objects): each collection of the young generation would walk
    them all again, about 3% of a whole PDF parse. They form no cycles, so reference counting
    frees them all the same. The collector is set going again only if it was going before: a
    caller who had stopped it keeps it stopped, and of two documents read at once in two threads,
    the first to finish sets it going.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
