"""Sheets printed two-up: two portrait pages side by side on one landscape sheet, read as two pages.

A gazette or a booklet printed two-up puts page 1 on the left half of a landscape sheet and page 2 on
the right, each under its own folio. Read as one page, its lines interleave the halves (the left
page's title with the right page's text). What gives such a sheet away is that nothing crosses its
middle: a gutter at least a side margin wide stands there, and the right half's text starts as far
from the middle as the left half's from the sheet's edge (the same page set twice). A landscape
table never leaves its middle empty with margins to match, and a page with a title across it is a
page in two columns (`columns`), not two pages.

A booklet is printed two-up in imposition order: folded, its sheets give the pages in turn, but read
sheet by sheet the halves stand out of order (four pages: 4 | 1, then 2 | 3). Where every page of the
document is such a half and each shows a folio at its foot, and the folios are the run of numbers the
halves stand in some other order, the halves are read in the folios' order (each keeps its sheet's
number): the only evidence of a page's place, and a half with no folio leaves the order as printed.
"""

from __future__ import annotations

from govdoc.readers.glyphs import Glyph, Page

LANDSCAPE = 1.2  # a sheet at least this much wider than high
MIN_GUTTER = 0.06  # share of the sheet's width the empty middle spans at least
MARGIN_MATCH = 0.02  # share of the sheet's width within which the two halves' left margins agree
MIN_LINES = 3  # baselines each half holds at least


def two_up(pages: list[Page]) -> tuple[list[Page], list[int]]:
    """The pages with each two-up sheet replaced by its two halves (each keeping the sheet's number,
    the right one's glyphs placed from its own left edge), and the numbers of those sheets."""
    out: list[Page] = []
    sheets: list[int] = []
    for page in pages:
        halves = _halves(page)
        if halves is None:
            out.append(page)
        else:
            out.extend(halves)
            sheets.append(page.number)
    if len(sheets) == len(pages) > 1:
        out = _by_folio(out)
    return out, sheets


FOLIO_DASHES = "-\u2010\u2012\u2013\u2014\u2015\u2212\uff0d \u3000"  # around a folio: — 3 —, -3-
FOLIO_BAND = 0.2  # share of the page's height at its foot where a folio stands
FOLIO_CHARS = 12  # a folio line is short


def _by_folio(halves: list[Page]) -> list[Page]:
    """The halves in the order of their folios, where each half has one and together they are a run of
    numbers (k, k+1, …) out of the order the sheets give; else the halves as they stand."""
    folios = [_folio(half) for half in halves]
    if None in folios:
        return halves
    numbers = [n for n in folios if n is not None]
    if numbers == sorted(numbers) or sorted(numbers) != list(range(min(numbers), min(numbers) + len(numbers))):
        return halves
    return [half for _, half in sorted(zip(numbers, halves, strict=True), key=lambda pair: pair[0])]


def _folio(page: Page) -> int | None:
    """The number a page's lowest line gives where it is a folio: in the page's foot band, short, only
    digits between dashes or spaces."""
    if not page.glyphs:
        return None
    low = max(g.y for g in page.glyphs)
    if low < (1 - FOLIO_BAND) * page.height:
        return None
    line = sorted((g for g in page.glyphs if abs(g.y - low) < 1), key=lambda g: g.x0)
    text = "".join(g.text for g in line).strip(FOLIO_DASHES)
    if len(text) > FOLIO_CHARS or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def _halves(page: Page) -> tuple[Page, Page] | None:
    if page.template or page.width < LANDSCAPE * page.height or not page.glyphs:
        return None
    middle = page.width / 2
    left = [g for g in page.glyphs if g.x1 <= middle]
    right = [g for g in page.glyphs if g.x0 >= middle]
    if len(left) + len(right) < len(page.glyphs):
        return None  # a line crosses the middle
    if min(_baselines(left), _baselines(right)) < MIN_LINES:
        return None
    margin = min(g.x0 for g in left)
    start, gap = min(g.x0 for g in right), min(g.x0 for g in right) - max(g.x1 for g in left)
    if gap < max(margin, MIN_GUTTER * page.width) or abs(start - middle - margin) > MARGIN_MATCH * page.width:
        return None
    stamps_left = [g for g in page.stamps if (g.x0 + g.x1) / 2 < middle]
    stamps_right = [_moved(g, middle) for g in page.stamps if (g.x0 + g.x1) / 2 >= middle]
    return (
        Page(page.number, middle, page.height, 0, left, [], stamps_left),
        Page(page.number, page.width - middle, page.height, 0, [_moved(g, middle) for g in right], [], stamps_right),
    )


def _baselines(glyphs: list[Glyph]) -> int:
    return len({round(g.y) for g in glyphs})


def _moved(g: Glyph, dx: float) -> Glyph:
    """The glyph placed `dx` further left (on the right half's own page)."""
    g.x0 -= dx
    g.x1 -= dx
    if g.edges is not None:
        g.edges = [e - dx for e in g.edges]
    return g
