"""What stands apart at a page's edges: rules of dashes, running heads, page numbers, a template's lines.

Lines repeating in the top or bottom band of several pages (running heads, `— 1 —`) and short lines
alone at a page's foot or in its top band (page numbers) are set aside from the flow, so they never
break a paragraph over a page end; they become blocks of their own with `page_edge` and `repeats`
hints. Whether they are furniture is the rules' decision (`cleanup.furniture_and_chrome`), not
this module's: it knows no 公文 vocabulary.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import pairwise
from operator import attrgetter

import regex

from govdoc.fold import fold
from govdoc.readers.glyphs import Glyph, Page
from govdoc.readers.page_lines import TEMPLATE_PART, Line, line_of, page_lines

_RULE_LINE = regex.compile(r"^[-_=—─━–―~·.。…\s]{3,}$")
# Figures with the marks between and around them (`P.001/002`, `09:41`, `— 1 —`): what changes from page to page in a
# running head or a page number, and where a recogniser reads a dash or a dot on one page and none on the next
# (`FAX-0571` and `FAX0571` of one fax machine's line)
_FIGURES = regex.compile(r"[-—–－_.·:/~]*\d[\d\-—–－_.·:/~]*")
BAND = 0.08  # top and bottom share of a page where running heads and page numbers stand
EDGE = 0.15  # how far from the top or foot a page number may stand alone (GB/T 9704 puts it 7 mm under the text)
EDGE_CHARS = 16  # longer than this, a line alone at a page's edge is text


def _band(line: Line, height: float) -> str:
    return "top" if line.y < BAND * height else "bottom" if line.y > (1 - BAND) * height else ""


def set_aside(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Take out of the text flow what stands apart at a page's edges; return it page by page.

    Rules of dashes are dropped. A line in the top or bottom band that repeats there on other
    pages (digits aside: `— 1 —`, `— 2 —`) is set aside with its count (`Line.repeats`), and so
    is a short line standing apart at the very top or foot of a page (a page number). Set aside,
    such a line does not break a paragraph running on over the page end; whether it is page
    furniture is for the rules to say (`cleanup.furniture_and_chrome`), from the hints the
    blocks carry.
    """
    seen: Counter[tuple[str, str]] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        for line in lines:
            band = _band(line, height)
            if band:
                seen[(band, _FIGURES.sub("#", line.text.replace(" ", "")))] += 1
    aside_by_page: list[list[Line]] = []
    for index, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        flow = [ln for ln in lines if not _rule_line(ln.text)]
        kept: list[Line] = []
        aside: list[Line] = []
        for k, line in enumerate(flow):
            band = _band(line, height)
            if band and len(pages) > 1:
                line.repeats = seen[(band, _FIGURES.sub("#", line.text.replace(" ", "")))]
            line.edge = _edge(flow, k, height) or (band if line.repeats >= 2 else "")
            (aside if line.edge else kept).append(line)
        pages[index] = kept
        aside_by_page.append(aside)
    return aside_by_page


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")  # the unified ideographs


def _rule_line(text: str) -> bool:
    """A rule of dashes or dots drawn with characters. A line holding an ideograph is none, and
    is not folded to find that out: folding keeps an ideograph an ideograph, most lines of a page
    hold one, and folding them all cost more than the rest of `set_aside`."""
    return _IDEOGRAPH.search(text) is None and _RULE_LINE.match(fold(text).strip()) is not None


_SENTENCE_END = frozenset("。！？；!?")


def _edge(lines: list[Line], k: int, height: float) -> str:
    """`top` or `bottom` for a short line alone at that edge of the page, else empty: at the foot
    anywhere below the text (where GB/T 9704 puts the page number), at the top only in the band
    above it (a title or 发文机关标志 stands lower). A line that ends a sentence is the last line of
    a paragraph, however short and far down: the foot of a page set at GB/T 9704's pitch (28.9 pt
    for 16 pt type) is as far below the last line as a paragraph's last line is below the one
    before, and a scan whose page number went unread leaves that line alone at the foot."""
    line = lines[k]
    if len(line.text.replace(" ", "")) > EDGE_CHARS or line.text.rstrip()[-1:] in _SENTENCE_END:
        return ""
    apart = 1.8 * max(line.size, 1.0)
    if k == len(lines) - 1 and line.y > (1 - EDGE) * height and (k == 0 or line.y - lines[k - 1].y > apart):
        return "bottom"
    if k == 0 and line.y < BAND * height and (len(lines) == 1 or lines[1].y - line.y > apart):
        return "top"
    return ""


def template_apart(page: Page) -> tuple[list[Line], list[Line]]:
    """The page's lines with what its template draws, and the template's lines standing apart.

    A template may draw a form's labels, on the lines of the values the page sets beside them
    (an invoice), or the pages' common layout: a line of its own in the top or bottom band (a
    running head, a page number), which is set apart as a line of a page header (`TEMPLATE_PART`),
    however many pages the document has.
    """
    own = page_lines(page)
    drawn = page_lines(Page(page.number, page.width, page.height, page.rotation, page.template))
    apart = [
        ln
        for ln in drawn
        if _band(ln, page.height) and not any(abs(o.y - ln.y) < 0.5 * max(o.size, ln.size) for o in own)
    ]
    if not apart:
        return page_lines(Page(page.number, page.width, page.height, page.rotation, page.glyphs + page.template)), []
    for line in apart:
        line.part = TEMPLATE_PART
    set_apart = {id(ln) for ln in apart}
    rest = [c for ln in drawn if id(ln) not in set_apart for c in ln.chars]
    if rest:
        own = page_lines(Page(page.number, page.width, page.height, page.rotation, page.glyphs + rest))
    return own, apart


def seal_words_apart(page: Page) -> None:
    """Move to `page.stamps` each red run set smaller than the text it lies across: the words a seal
    draws inside its ring (业务专用章, 公章, a seal's number), stamped over the 落款's lines, cross them
    within a line's height; read into those lines, they would split the organ's name or the date
    character by character (20业24务年…). A line's own red words follow its text, never over it, and
    a red line of its own lies a line's pitch away. Asked only of a page holding red ink."""
    inked = sorted((g for g in page.glyphs if not g.red and g.text.strip()), key=attrgetter("y"))
    if not inked:
        return
    largest = max(g.size for g in inked)
    red = [g for g in page.glyphs if g.red and g.size <= 0.8 * largest]
    if not red:
        return
    # each red run meets only the runs whose baselines lie within the largest size of its own (its line's
    # neighbours, found by bisection): a page of red text costs a line's runs a run, not the page's
    ys = [g.y for g in inked]
    over = {
        id(g)
        for g in red
        if any(
            g.size <= 0.8 * o.size and abs(o.y - g.y) < o.size and min(o.x1, g.x1) - max(o.x0, g.x0) > 0
            for o in inked[bisect_left(ys, g.y - largest) : bisect_right(ys, g.y + largest)]
        )
    }
    if over:
        page.stamps.extend(g for g in red if id(g) in over)
        page.glyphs = [g for g in page.glyphs if id(g) not in over]


_RING_LETTERS = 3  # red letters turned one by one at a slant: a seal's ring drawn as text
_RING_SHARE = 0.4  # of the page's width: a seal is no wider or taller (a watermark's letters spread further)


def ring_apart(page: Page) -> None:
    """Move to `page.stamps` the red upright characters amid a seal's ring: a signing tool that draws the
    seal as text turns each red letter of its ring to face out, sets the topmost upright and puts a star at
    its centre; the turned letters are aside already (text at a slant is none of the page's lines), and
    what the ring holds upright, read into the 落款's lines over which it is stamped, would break them.
    A ring is three or more red single letters aside within a box no wider or taller than `_RING_SHARE`
    of the page (a diagonal watermark's letters spread across it); a joint 落款's seals side by side (or one
    over the other) are told apart by `_rings`. Asked only of a page with text aside."""
    letters = [g for g in page.stamps if g.red and len(g.text) == 1]
    if len(letters) < _RING_LETTERS:
        return
    reach = max(g.size for g in letters)
    limit = _RING_SHARE * page.width + 2 * reach
    inside: set[int] = set()
    for ring in _rings(letters, reach, limit):
        left, right = min(g.x0 for g in ring) - reach, max(g.x1 for g in ring) + reach
        top, foot = min(g.y for g in ring) - reach, max(g.y for g in ring) + reach
        inside.update(
            id(g)
            for g in page.glyphs
            if g.red and left <= (g.x0 + g.x1) / 2 <= right and top <= g.y - g.size / 2 <= foot and len(g.text) <= 2
        )
    if inside:
        page.stamps.extend(g for g in page.glyphs if id(g) in inside)
        page.glyphs = [g for g in page.glyphs if id(g) not in inside]


def _rings(letters: list[Glyph], reach: float, limit: float) -> list[list[Glyph]]:
    """The seals' rings among a page's red turned letters: the letters whose box (widened by `reach`) is no
    wider or taller than `limit` are one ring. A group too large is parted at the widest gap between its
    letters' centres, across or down the page, where that gap is wider than one of the parts (the seals of a
    joint 落款 stand apart by more than a ring is wide, diffread-B B6); a group with no such gap is no ring (a
    watermark's letters spread evenly across the page, its words no narrower than the spaces between them).
    A ring alone fits `limit` and is never parted (its upright top letter leaves a gap in it)."""
    rings: list[list[Glyph]] = []
    todo = [letters]
    while todo:
        group = todo.pop()
        if len(group) < _RING_LETTERS:
            continue
        left, right = min(g.x0 for g in group) - reach, max(g.x1 for g in group) + reach
        top, foot = min(g.y for g in group) - reach, max(g.y for g in group) + reach
        if right - left <= limit and foot - top <= limit:
            rings.append(group)
            continue
        best: tuple[float, list[Glyph], list[Glyph]] | None = None
        for centre, extent in ((_x_centre, _x_extent), (_y_centre, _y_extent)):
            ordered = sorted(group, key=centre)
            gaps = [centre(b) - centre(a) for a, b in pairwise(ordered)]
            at = max(range(len(gaps)), key=gaps.__getitem__)
            first, second = ordered[: at + 1], ordered[at + 1 :]
            if gaps[at] > min(extent(first), extent(second)) and (best is None or gaps[at] > best[0]):
                best = (gaps[at], first, second)
        if best is not None:
            todo += [best[1], best[2]]
    return rings


def _x_centre(g: Glyph) -> float:
    return (g.x0 + g.x1) / 2


def _y_centre(g: Glyph) -> float:
    return g.y


def _x_extent(group: list[Glyph]) -> float:
    return max(map(_x_centre, group)) - min(map(_x_centre, group))


def _y_extent(group: list[Glyph]) -> float:
    return max(map(_y_centre, group)) - min(map(_y_centre, group))


def stamp_lines(page: Page) -> list[Line]:
    """Each turned run a template draws across the page (a watermark), as a line of its own."""
    lines = [line_of([run], page.number) for run in page.stamps]
    for line in lines:
        line.part = TEMPLATE_PART
    return lines
