"""Multi-column pages: find the gutter between two columns and cut the page into reading bands.

A page set in two columns holds lines that, read across, interleave the columns. What gives the
columns away is a vertical gutter: an x-interval near the page's middle that no line's characters
cross over most of the page's text, with a column of text on each side. Lines that do cross it (a
centred title above the columns, a footer below) are full-width bands in their place; between them
each band of uncrossed lines is read left column top to bottom, then the right one.

Deliberately conservative, since a page wrongly cut is worse than one read line by line: a band is
read in columns only when each side holds a column of prose side by side with the other (at least
`MIN_LINES` lines each, over the same heights, of `MIN_CHARS` characters or more at the median,
several of them running to the column's edge, hardly any holding a gap as wide as a gutter), and a
page only when such bands hold most of its lines.
A table with wide gaps (short cells), a right-aligned 落款 below the text, or indented paragraphs
never meet all of that.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from govdoc.readers.glyphs import Glyph, char_boxes, chars_of, widest_gap

if TYPE_CHECKING:
    from govdoc.readers.geometry import Line

ZONE = (0.3, 0.7)  # where on the page (share of its width) a gutter may stand
PIECE_GAP = 1.0  # a gap of this many characters or more ends a piece of a line
GUTTER = 1.2  # the narrowest gutter, in characters
MIN_LINES = 3  # lines a column holds at least
MIN_CHARS = 6  # characters a column's lines hold at the median
FULL_SHARE = 0.25  # share of a column's lines that run to its edge (the rest end paragraphs or are headings)
GAPPED_SHARE = 0.1  # share of a column's lines that may hold a gap as wide as a gutter (table cells do)
PAGE_SHARE = 0.5  # share of a page's lines that must stand in bands read in columns


@dataclass(slots=True)
class Column:
    """Characters of one reading segment, line by line: a full-width band or one column of a band."""

    rows: list[list[Glyph]]
    lo: float  # the segment's left and right edges on the page
    hi: float
    band: int  # segments of one band follow each other in reading order; a new band starts afresh
    full_width: bool


def _pieces(line: Line, char: float) -> list[tuple[float, float]]:
    """The x-intervals a line's characters cover, gaps narrower than `PIECE_GAP` characters closed."""
    spans: list[tuple[float, float]] = []
    close = PIECE_GAP * char
    lo = hi = 0.0
    for g in line.chars:  # a run whose characters stand closer than that is one piece
        boxes = char_boxes([g]) if g.edges is not None and g.gap >= close else ((g.text, g.x0, g.x1),)
        for _, x0, x1 in boxes:
            if spans and x0 - hi < close:
                if x1 > hi:
                    hi = x1
            else:
                if spans:
                    spans[-1] = (lo, hi)
                lo, hi = x0, x1
                spans.append((lo, hi))
    if spans:
        spans[-1] = (lo, hi)
    return spans


def gutter(lines: Sequence[Line], width: float, char: float) -> tuple[float, float] | None:
    """The x-interval near the page's middle that the fewest lines cross, if it is at least
    `GUTTER` characters of size `char` wide."""
    start, stop = int(ZONE[0] * width), int(ZONE[1] * width)
    steps = [0] * (stop - start + 1)  # +1 where a piece begins, -1 past where it ends: one pass per page
    for line in lines:
        for x0, x1 in _pieces(line, char):
            a, b = max(start, int(x0)), min(stop, int(x1) + 1)
            if a < b:
                steps[a - start] += 1
                steps[b - start] -= 1
    cover = list(itertools.accumulate(steps[:-1]))
    if not cover:
        return None
    least = bytes(map(min(cover).__eq__, cover))  # 1 where the fewest lines cross
    widest = max(_LEAST.finditer(least), key=_length)  # the first of the longest stretches
    lo, hi = start + widest.start(), start + widest.end()
    return (float(lo), float(hi)) if hi - lo >= GUTTER * char else None


_LEAST = re.compile(b"\x01+")


def _length(match: re.Match[bytes]) -> int:
    return match.end() - match.start()


def _covers(line: Line, start: float, stop: float, narrowest: float) -> bool:
    """Whether the line crosses every gutter that `gutter` could find: its characters reach from
    `start` or further left to `stop` or further right with no gap `narrowest` wide or wider (nor
    one inside a run), so no interval of the zone that wide lies clear of them.

    Such lines are never read in columns: a page where they stand in more than `1 - PAGE_SHARE`
    of the lines is none of two columns, and is known to be so without looking for its gutter.
    """
    chars = line.chars
    reach = chars[0].x0
    if reach > start:
        return False
    for g in chars:  # in reading order, left to right
        if g.x0 - reach >= narrowest or (g.edges is not None and g.gap >= narrowest):
            return False
        if g.x1 > reach:
            reach = g.x1
            if reach >= stop:
                return True
    return False


def _crosses(line: Line, lo: float, hi: float) -> bool:
    """Whether a character of the line stands on the interval (a run through it does, unless the
    interval fits in a gap between two of its characters), or spaces the format holds fill it
    (`Glyph.gap_typed`: a 简报's 报头 `编发单位　　　　2024年9月10日` typed across the measure over its
    columns is one line)."""
    chars = line.chars
    for k, g in enumerate(chars):
        if g.x1 > lo and g.x0 < hi:
            if g.edges is None or g.gap < hi - lo:
                return True
            if any(x1 > lo and x0 < hi for _, x0, x1 in char_boxes([g])):
                return True
        elif g.gap_typed and g.x1 <= lo and k + 1 < len(chars) and chars[k + 1].x0 >= hi:
            return True
    return False


def _count(row: list[Glyph]) -> int:
    return sum(len(g.text) for g in row)


def _side(glyphs: list[Glyph], middle: float, left: bool) -> list[Glyph]:
    """The glyphs wholly on one side of the middle; a run across it is taken apart."""
    side: list[Glyph] = []
    for g in glyphs:
        if g.x1 <= middle if left else g.x0 >= middle:
            side.append(g)
        elif g.x0 < middle < g.x1 and len(g.text) > 1:
            side.extend(c for c in chars_of(g) if (c.x1 <= middle if left else c.x0 >= middle))
    return side


def _is_column(rows: list[list[Glyph]], char: float) -> bool:
    """Prose set in a column: enough lines, long enough, several running to the column's edge, and
    hardly any with a gap as wide as a gutter inside (the cells of a table's row have them)."""
    if len(rows) < MIN_LINES or statistics.median(_count(r) for r in rows) < MIN_CHARS:
        return False
    edge = max(r[-1].x1 for r in rows)
    full = sum(edge - r[-1].x1 <= char for r in rows)
    gapped = sum(widest_gap(r) >= GUTTER * char for r in rows)
    return full >= max(2, FULL_SHARE * len(rows)) and gapped <= GAPPED_SHARE * len(rows)


def _side_by_side(left: list[list[Glyph]], right: list[list[Glyph]]) -> bool:
    """The two columns stand over the same heights (a 落款 below the text does not)."""
    top = max(left[0][0].y, right[0][0].y)
    bottom = min(left[-1][0].y, right[-1][0].y)
    shorter = min(left[-1][0].y - left[0][0].y, right[-1][0].y - right[0][0].y)
    return shorter > 0 and bottom - top >= 0.5 * shorter


def split_columns(lines: Sequence[Line], width: float) -> list[Column] | None:
    """The page's reading segments in order when it is set in two columns, else None.

    `lines` are the page's flow lines from top to bottom (page furniture already set aside).
    """
    if len(lines) < 2 * MIN_LINES or width <= 0:
        return None
    char = statistics.median(ln.size for ln in lines if ln.size) if any(ln.size for ln in lines) else 12.0
    start, stop, narrowest = int(ZONE[0] * width), int(ZONE[1] * width), GUTTER * char
    if sum(_covers(line, start, stop, narrowest) for line in lines) > (1 - PAGE_SHARE) * len(lines):
        return None  # too few lines could stand clear of any gutter (a page of prose set full width)
    found = gutter(lines, width, char)
    if found is None:
        return None
    lo, hi = found
    middle = (lo + hi) / 2
    bands: list[list[Line]] = []
    for line in lines:  # runs of lines that cross the gutter alternate with runs that do not
        crossing = _crosses(line, lo, hi)
        if bands and _crosses(bands[-1][0], lo, hi) == crossing:
            bands[-1].append(line)
        else:
            bands.append([line])
    segments: list[Column] = []
    columned = 0
    for index, band in enumerate(bands):
        crossing = _crosses(band[0], lo, hi)
        left = [] if crossing else [r for r in (_side(ln.chars, middle, True) for ln in band) if r]
        right = [] if crossing else [r for r in (_side(ln.chars, middle, False) for ln in band) if r]
        if not crossing and _is_column(left, char) and _is_column(right, char) and _side_by_side(left, right):
            columned += len(band)
            segments.append(Column(left, min(r[0].x0 for r in left), lo, index, False))
            segments.append(Column(right, hi, max(r[-1].x1 for r in right), index, False))
        else:
            segments.append(Column([ln.chars for ln in band], 0.0, width, index, True))
    return segments if columned >= PAGE_SHARE * len(lines) else None
