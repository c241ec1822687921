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
from operator import attrgetter

import regex

from govdoc.blocks import Block, quoted
from govdoc.errors import EmptyDocumentError, NoTextLayerError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.model import RepairKind
from govdoc.readers.geometry import layout_pages
from govdoc.readers.glyphs import BARE_CODES, Glyph, Page
from govdoc.readers.off_page import off_page_warning
from govdoc.readers.pdf_chars import read_pages
from govdoc.readers.two_up import two_up

_TEXT = attrgetter("text")


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
    unmapped = unmapped_glyphs(pages)
    if unmapped:
        found = [*found, unmapped]
    halves, sheets = two_up(pages)
    if sheets:
        listed = "、".join(str(n) for n in sheets)
        message = f"第 {listed} 页两页并排印于一张，分作两页读取 (two-up sheets read as two pages each)"
        found = [*found, ("layout-unusual", message)]
    found = [*found, *actual_text_repairs(pages)]
    off_page = off_page_warning([(page.number, text) for page in pages for text in page.off_page])
    if off_page is not None:
        found = [*found, off_page]
    blocks, warnings = layout_pages(halves, path=path)
    pages.clear()
    halves.clear()
    return blocks, count, found + warnings


_ACTUAL_TEXT: RepairKind = "actual-text"


def actual_text_repairs(pages: list[Page]) -> list[tuple[str, str]]:
    """A `text-repaired` warning (schema 1.10, kind `actual-text`) for each string the reader read with
    an /ActualText span standing for part of its glyphs (`Page.repaired`): which glyphs the span covers
    is the reader's judgement from byte counts, so the text no longer holds the characters the file
    draws there. Span null: the reader keeps no offset into the text it builds (as an HTML page's
    `comments-dropped`); the message names the page and quotes the string as drawn and as read."""
    return [
        (
            "text-repaired",
            f"{_ACTUAL_TEXT}: 第 {page.number} 页标记内容的替代文本（/ActualText）代替了其中部分字形"
            f"「{quoted(drawn)}」→「{quoted(read)}」(an /ActualText span read for part of a string's glyphs)",
        )
        for page in pages
        for drawn, read in page.repaired
    ]


# What a backend gives for a glyph whose font maps it to no character (a Type3 or symbol font with no
# ToUnicode, a glyph name no table knows): PDFium its code as a control character, pdfminer `(cid:N)`;
# a backend's own U+FFFD is counted with them.
_UNMAPPED = regex.compile(rf"[{BARE_CODES}\ufffd]|\(cid:[0-9]{{1,6}}\)")


def unmapped_glyphs(pages: list[Page]) -> tuple[str, str] | None:
    """Glyphs no character is known for, each put as U+FFFD where it stands, and the warning that counts
    them by page (`encoding-repaired`: the text holds replacement characters); None where there are none.
    A code or a cid label is no character of the document's: kept, it would read as text, and dropped,
    the word it stood in would silently close up."""
    counts: dict[int, int] = {}
    for page in pages:
        if not _UNMAPPED.search("".join(map(_TEXT, page.glyphs))):
            continue  # most pages: one search over the page's text
        for g in page.glyphs:
            if _UNMAPPED.search(g.text):
                counts[page.number] = counts.get(page.number, 0) + _replace_unmapped(g)
    if not counts:
        return None
    total = sum(counts.values())
    numbers = ", ".join(map(str, counts))
    return (
        "encoding-repaired",
        f"第 {'、'.join(map(str, counts))} 页有 {total} 个字形无法对应到字符，以 U+FFFD 代替 "
        f"(glyphs with no character mapping read as U+FFFD: {total}, pages {numbers})",
    )


def _replace_unmapped(g: Glyph) -> int:
    """Put U+FFFD for each unmapped glyph of `g`'s text (its characters' places kept: a `(cid:N)` label's
    place is its first character's left and its last one's right); returns how many there were."""
    pieces: list[str] = []
    edges: list[float] | None = [] if g.edges is not None and len(g.edges) == 2 * len(g.text) else None
    at = found = 0
    for m in _UNMAPPED.finditer(g.text):
        pieces.append(g.text[at : m.start()])
        pieces.append("\ufffd")
        if edges is not None and g.edges is not None:
            edges += [*g.edges[2 * at : 2 * m.start()], g.edges[2 * m.start()], g.edges[2 * m.end() - 1]]
        at = m.end()
        found += 1
    pieces.append(g.text[at:])
    if edges is not None and g.edges is not None:
        edges += g.edges[2 * at :]
    g.text = "".join(pieces)
    if g.edges is not None:
        g.edges = edges if edges is not None and len(g.text) > 1 else None
    return found


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
