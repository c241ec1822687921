"""Page geometry shared by every fixed-layout reader: glyphs with boxes → lines → paragraphs → Blocks.

PDF, OFD and OCR all end in the same place: text placed on pages, with no paragraph marks. Each
reader only turns its format into `Page`s of `Glyph`s and calls `layout_pages`; everything below
is format-blind, so a fix to reading order or paragraph breaks helps all three. Coordinates are in
points (1/72 inch) with y measured down from the top of the page, whatever the format's own unit:
OFD multiplies its millimetres by `PT_PER_MM`, OCR its pixels by 72/dpi. One unit matters because
the font size becomes a hint the rules read (a title's 二号 is 22 pt in every format).

* A `Glyph` is one character, or a run of characters sharing one box (a line recognised by OCR, a
  text object of several characters): `split_run` apportions a run's box to its characters by their
  width class, so the same rules apply to both.
* Lines: characters by baseline, read left to right; overprinted duplicates ("fake bold") are read
  once; a space is put back only between Latin characters that stand apart, so `第 152038 号`
  reads `第152038号`, while a gap of two characters or more is kept as a wide gap (the organ and
  the date of a signature line, co-signing organs).
* Page furniture: rules of dashes are dropped; lines repeating in the top or bottom band of
  several pages (running heads, `— 1 —`) and short lines alone at a page's foot or in its top
  band (page numbers) are set aside from the flow, so they never break a paragraph over a page
  end, and become blocks of their own with `page_edge` and `repeats` hints. Whether they are
  furniture is the rules' decision (`cleanup.furniture_and_chrome`), not this module's: it
  knows no 公文 vocabulary.
* Paragraphs: a line reaching the right margin runs on into the next unless that one is indented;
  an indent, a short line, a centred line or a wider gap ends a paragraph; a paragraph left open at
  the foot of a page continues on the next page where the first line is not indented (`Block.joins`).
* Evidence the format gives is kept as hints on the Block: font, size, centring, red ink, page.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

import regex

from govdoc.blocks import Block, Box, Hints, Origin
from govdoc.charclass import is_cjk
from govdoc.errors import NoTextLayerError
from govdoc.fold import fold
from govdoc.readers.builder import LineBuilder
from govdoc.readers.columns import split_columns
from govdoc.readers.glyphs import Glyph as Glyph  # the readers' interface, re-exported
from govdoc.readers.glyphs import Page as Page
from govdoc.readers.glyphs import char_boxes, chars_of, widest_gap
from govdoc.readers.glyphs import split_run as split_run
from govdoc.readers.glyphs import width_class as width_class

_RULE_LINE = regex.compile(r"^[-_=—─━–―~·.。…\s]{3,}$")
_DIGITS = regex.compile(r"\d+")
_BOLD_FONT = regex.compile(r"bold|black|heavy|hei|黑", regex.I)
PT_PER_MM = 72 / 25.4
BAND = 0.08  # top and bottom share of a page where running heads and page numbers stand
EDGE = 0.15  # how far from the top or foot a page number may stand alone (GB/T 9704 puts it 7 mm under the text)
EDGE_CHARS = 16  # longer than this, a line alone at a page's edge is text
# The hint part of a line a page's template draws: the rules read it as a page header's line
# (`cleanup.page_headers`), which keeps a 红头 or 文号 the body lacks and leaves out the rest.
TEMPLATE_PART = "page-header"


@dataclass(slots=True)
class Line:
    """One printed line of a page: its glyphs, text, bold runs and the position, size and ink that
    the paragraph rules read to tell headings, indents and running heads apart.
    """

    chars: list[Glyph]
    text: str = ""
    bold: list[tuple[int, int]] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0
    size: float = 0.0
    font: str = ""
    red: bool = False
    page: int = 0
    repeats: int = 0  # pages whose top or bottom band shows this line (digits aside), if it stands in one
    edge: str = ""  # "top" or "bottom": set aside at that edge (alone there, or repeated in that band)
    part: str = ""  # drawn by the page's template: TEMPLATE_PART


def bold_font(name: str) -> bool:
    """Whether a font's name says it is a bold or black face (黑体 is the 公文 heading face)."""
    return bool(_BOLD_FONT.search(name))


def is_red(rgb: tuple[float, float, float] | None) -> bool:
    """Red ink (the 发文机关标志 of a 红头 document, a seal): an RGB colour in 0..1."""
    if rgb is None:
        return False
    r, g, b = rgb
    return r > 0.6 and g < 0.35 and b < 0.35


def _spaced(a: str, b: str, a_space: bool, apart: bool, word: int) -> bool:
    """A space between two characters: never between CJK characters nor between CJK and digits
    (`第 152038 号` is a layout artefact); between Latin characters, or CJK and a Latin word of two
    letters or more (`政策 and 行动`, but `1号楼B区`), where the format holds a space (`a_space`) or
    they stand apart. `word` is the length of the Latin letter run next to the CJK character."""
    mark = b[:1]
    if mark and (unicodedata.combining(mark) or unicodedata.category(mark) == "Mc"):
        return False  # a vowel sign or accent belongs to the letter before it
    cjk_a, cjk_b = is_cjk(a[-1:]), is_cjk(mark)
    if cjk_a and cjk_b:
        return False
    if cjk_a or cjk_b:
        return word >= 2 and (apart or a_space)
    return apart or a_space


_reading_key = attrgetter("y", "x0")
_x0 = attrgetter("x0")


def page_lines(page: Page) -> list[Line]:
    """The page's lines from top to bottom, each read left to right.

    Runs with known character places (a PDF's text objects) are kept whole: lines are built from
    them as they stand where that gives what reading character by character gives, and taken
    apart into characters only where it might not: a run reaching over two lines' heights, lines
    whose heights interleave, or runs of one line that overlap (overprinted "fake bold").
    """
    glyphs = page.glyphs
    if any(len(g.text) > 1 and g.edges is None for g in glyphs):
        glyphs = [c for g in glyphs for c in (split_run(g) if g.edges is None else (g,))]
    groups = _run_groups(sorted(glyphs, key=_low_key))
    if groups is None:
        glyphs = [c for g in glyphs for c in chars_of(g)]
        groups = _char_groups(sorted(glyphs, key=_reading_key))
    order: dict[int, int] = {}
    lines = []
    for group in groups:
        group.sort(key=_x0)
        if not _in_turn(group):
            if not order:
                order = {id(g): k for k, g in enumerate(glyphs)}
            group = _by_character(group, order)
        lines.append(line_of(group, page.number))
    return lines


def _low_key(g: Glyph) -> tuple[float, float]:
    return (g.y if g.ys is None else min(g.ys)), g.x0


def _tolerance(c: Glyph) -> float:
    """How far from a line's highest baseline a character's may stand and still be on the line."""
    tolerance = 0.35 * (c.size or 10)
    return 1.0 if tolerance < 1.0 else tolerance


def _char_groups(chars: list[Glyph]) -> list[list[Glyph]]:
    """Characters sorted by baseline, cut into lines: each within tolerance of its line's first."""
    groups: list[list[Glyph]] = []
    group: list[Glyph] = []
    first_y = 0.0
    for c in chars:
        tolerance = _tolerance(c)
        if group and -tolerance <= c.y - first_y <= tolerance:
            group.append(c)
        else:
            group = [c]
            first_y = c.y
            groups.append(group)
    return groups


def _run_groups(runs: list[Glyph]) -> list[list[Glyph]] | None:
    """`_char_groups` for runs sorted by their highest baseline, or None where a run's characters
    would not all fall into one line, or one line's characters would sort among the next one's."""
    groups: list[list[Glyph]] = []
    group: list[Glyph] = []
    first_y = lowest = 0.0
    for g in runs:
        tolerance = 0.35 * (g.size or 10)  # `_tolerance`, written out: this runs once per run of a page
        if tolerance < 1.0:
            tolerance = 1.0
        ys = g.ys
        if ys is None:
            top = bottom = g.y
        else:
            top, bottom = min(ys), max(ys)
        if group and top - first_y <= tolerance:
            if bottom - first_y > tolerance:
                return None
            group.append(g)
            if bottom > lowest:
                lowest = bottom
        else:
            if group and top <= lowest:
                return None
            group = [g]
            first_y, lowest = top, bottom
            groups.append(group)
    return groups


def _in_turn(group: list[Glyph]) -> bool:
    """Whether the runs of a line, sorted by their left edges, follow each other: each begins
    right of where the one before began its last character, and is no overprint of it."""
    previous = group[0]
    for g in group[1:]:
        last_x0 = previous.x0 if previous.edges is None else previous.edges[-2]
        if g.x0 <= last_x0:
            return False
        if g.text[:1] == previous.text[-1:] and g.x0 - last_x0 < 0.3 * max(g.size, 1.0):
            return False
        previous = g
    return True


def _by_character(group: list[Glyph], order: dict[int, int]) -> list[Glyph]:
    """A line's runs taken apart into characters in reading order (left to right, then top to
    bottom, then as the format stores them), characters printed twice at the same place read once."""
    keyed = [((c.x0, c.y, order[id(g)], k), c) for g in group for k, c in enumerate(chars_of(g) if g.edges else [g])]
    keyed.sort(key=itemgetter(0))
    kept: list[Glyph] = []
    for _, c in keyed:  # overprinted characters ("fake bold") appear twice at the same place
        if kept and kept[-1].text == c.text and abs(kept[-1].x0 - c.x0) < 0.3 * max(c.size, 1.0):
            continue
        kept.append(c)
    return kept


_LETTERS = regex.compile(r"[A-Za-z]+")


def _letter_runs(text: str) -> list[int]:
    """For each character, the length of the run of ASCII letters it belongs to (0 if none)."""
    runs = [0] * len(text)
    for m in _LETTERS.finditer(text):
        runs[m.start() : m.end()] = [m.end() - m.start()] * (m.end() - m.start())
    return runs


_bold_fonts: dict[str, bool] = {}


def _is_bold(c: Glyph) -> bool:
    if c.bold is not None:
        return c.bold
    bold = _bold_fonts.get(c.font)
    if bold is None:
        bold = _bold_fonts[c.font] = bold_font(c.font)
    return bold


def _cjk(ch: str) -> bool:
    """`is_cjk` of one character, remembered: a page asks about the same few hundred many times."""
    known = _cjk_chars.get(ch)
    if known is None:
        known = is_cjk(ch)
        if len(_cjk_chars) < 65536:  # bounded, whatever a hostile file holds
            _cjk_chars[ch] = known
    return known


_cjk_chars: dict[str, bool] = {}


def line_of(chars: list[Glyph], page: int) -> Line:
    """One line from its glyphs (characters or runs) in reading order: text with spaces put back,
    bold runs, style.

    Spacing is decided only where two glyphs meet (a run's own characters stand close by
    construction, see `pdf_chars`), and reaches `_spaced` only for pairs that are not two CJK
    characters standing together, the body of a 公文 line; the Latin letter runs `_spaced` needs
    come from one regex pass over the line's text, made only for a line that has such a pair.
    """
    if len(chars) == 1:
        c = chars[0]
        n = len(c.text)
        bold = [(0, n)] if n and _is_bold(c) else []
        return Line(chars, c.text, bold, c.x0, c.x1, c.y, c.size or 0.0, c.font, c.red, page)
    letters: list[int] | None = None
    parts: list[str] = []
    bold = []
    sizes: dict[float, int] = {}
    fonts: dict[str, int] = {}
    red = count = 0
    length = 0
    at = 0  # where the glyph's text starts in the line's text without the spaces put back
    previous: Glyph | None = None
    for c in chars:
        text = c.text
        n = len(text)
        if previous is not None and n:
            gap = c.x0 - previous.x1
            size = previous.size if previous.size > c.size else c.size
            if size < 1.0:
                size = 1.0
            if gap >= 1.8 * size:
                parts.append("  ")  # a column gap; between CJK characters it is noted, not kept
                length += 2
            elif not (_cjk(text[0]) and _cjk(previous.text[-1])):
                if letters is None:
                    letters = _letter_runs("".join(g.text for g in chars))
                word = max(letters[at], letters[at - 1])
                if _spaced(previous.text, text, previous.space_after, gap > 0.2 * size, word):
                    parts.append(" ")
                    length += 1
        w = n or 1
        count += w
        if n:
            if _is_bold(c):
                if bold and bold[-1][1] == length:
                    bold[-1] = (bold[-1][0], length + n)
                else:
                    bold.append((length, length + n))
            parts.append(text)
            length += n
            at += n
            previous = c
        if c.size:
            sizes[c.size] = sizes.get(c.size, 0) + w
        fonts[c.font] = fonts.get(c.font, 0) + w
        if c.red:
            red += w
    return Line(
        chars=chars,
        text="".join(parts),
        bold=bold,
        x0=chars[0].x0,
        x1=chars[-1].x1,
        y=chars[0].y,
        size=next(iter(sizes)) if len(sizes) == 1 else _median(sizes),  # most lines have one size and one font
        font=next(iter(fonts)) if len(fonts) == 1 else max(fonts.items(), key=itemgetter(1))[0] if fonts else "",
        red=red * 2 > count,
        page=page,
    )


def _median(counts: dict[float, int]) -> float:
    """The median of values given with how often each occurs (`statistics.median` of the list)."""
    total = sum(counts.values())
    if not total:
        return 0.0
    values = sorted(counts)
    low = (total - 1) // 2
    seen = 0
    for k, value in enumerate(values):
        seen += counts[value]
        if seen > low:
            if total % 2 or seen > low + 1:
                return value
            return (value + values[k + 1]) / 2
    return values[-1]


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
                seen[(band, _DIGITS.sub("#", line.text.replace(" ", "")))] += 1
    aside_by_page: list[list[Line]] = []
    for index, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        flow = [ln for ln in lines if not _rule_line(ln.text)]
        kept: list[Line] = []
        aside: list[Line] = []
        for k, line in enumerate(flow):
            band = _band(line, height)
            if band and len(pages) > 1:
                line.repeats = seen[(band, _DIGITS.sub("#", line.text.replace(" ", "")))]
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


@dataclass(slots=True)
class Geometry:
    """A page's text block: margins, the body's character size, line pitch and middle."""

    left: float
    right: float
    char: float
    pitch: float
    center: float


def _most_common_smallest(values: Sequence[float]) -> float:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def geometry(lines: list[Line], width: float, lo: float = 0.0, hi: float | None = None) -> Geometry:
    """Margins and pitch of a page's body text, measured on its lines; `lo`..`hi` narrows the
    page to one column of it (its middle is then the column's)."""
    hi = width if hi is None else hi
    body = [ln for ln in lines if len(ln.text) >= 8] or lines
    sizes = [ln.size for ln in body if ln.size] or [12.0]
    char = statistics.median(sizes)
    lefts = [round(ln.x0 / 2) * 2 for ln in body]
    left = _most_common_smallest(lefts) if lefts else lo
    # The right margin is where justified lines end together; with no such lines, the mirror of the left.
    ends = sorted((ln.x1 for ln in body), reverse=True)
    justified = next(
        (
            x
            for k, x in enumerate(ends)
            if k + 2 < len(ends) and ends[k + 2] >= x - 0.25 * char and x > lo + 0.6 * (hi - lo)
        ),
        None,
    )
    left = _margin_left_of_indents(lines, body, lefts, left, char, justified, (lo + hi) / 2)
    right = hi - (left - lo) if justified is None else justified
    # Lines of one paragraph stand closest together; paragraph spacing only adds to that.
    gaps = sorted(b.y - a.y for a, b in itertools.pairwise(lines) if 0.8 * char <= b.y - a.y < 4 * char)
    return Geometry(left, right, char, _pitch(gaps, char), (lo + hi) / 2)


def _pitch(gaps: list[float], char: float) -> float:
    """The line pitch from the sorted gaps between lines: a low one that recurs.

    A stray line between two lines of text (a seal's lettering read by OCR, a handwritten
    mark) makes gaps of its own that few other pairs of lines share; on a short page they can
    be the low tenth of the gaps. The pitch is the first gap from there up that at least three
    gaps, and a third of them, match within 5% (the lines of the body's paragraphs), with few
    gaps (strays) below it; where no spacing is that common (a form), the low tenth as before.
    """
    if not gaps:
        return 1.5 * char
    start = len(gaps) // 10
    need = max(3, len(gaps) // 3)
    strays = max(2, len(gaps) // 5)
    for k in range(start, len(gaps)):
        below = bisect.bisect_left(gaps, 0.95 * gaps[k])
        if below > strays:
            break  # many lines stand closer than this: it is no body's pitch (a form's rows)
        if bisect.bisect_right(gaps, 1.05 * gaps[k]) - below >= need:
            return gaps[k]
    return gaps[start]


def _margin_left_of_indents(
    lines: list[Line], body: list[Line], lefts: list[int], left: float, char: float, right: float | None, center: float
) -> float:
    """The left margin where the most common start is a first-line indent: on a page of short
    paragraphs (one or two lines each, each opening two characters in) more lines start at the
    indent than at the margin. The margin is then where wrapped lines go on, about two characters
    to the left: at least two lines start there, each right after a line reaching the right edge.
    A hanging indent (items opening at the margin, their wrapped lines further in) fails that test:
    its items follow a paragraph's short last line."""
    if not body:
        return left
    edge = max(ln.x1 for ln in body) - 0.5 * char
    wrapped: Counter[int] = Counter()
    for prev, ln in itertools.pairwise(lines):
        x = round(ln.x0 / 2) * 2
        if 1.5 * char <= left - x <= 2.5 * char and prev.x1 >= edge:
            wrapped[x] += 1
    starts = Counter(lefts)
    margins = [x for x, n in wrapped.items() if n >= 2 and n * 2 > starts[x]]
    if not margins and any(1.5 * char <= left - ln.x0 <= 2.5 * char for ln in lines):
        # On a page of one-line paragraphs and headings, all indented, one wrapped line may be all
        # there is: lines about two characters left of `left` after a line reaching the right margin
        # (where justified lines end, else the furthest right) are the margin when at least as many
        # as the lines at `left` after such a line (a paragraph that filled its last line exactly).
        # A hanging indent's wrapped lines all stand at `left` after full lines: it keeps `left`.
        at_margin = edge if right is None else right - 0.5 * char
        after_full = [ln.x0 for prev, ln in itertools.pairwise(lines) if prev.x1 >= at_margin]
        margins = [round(x / 2) * 2 for x in after_full if 1.5 * char <= left - x <= 2.5 * char]
        if len(margins) < sum(abs(x - left) <= 0.5 * char for x in after_full):
            margins = []
    if not margins and right is None:
        margins = _margin_before_an_indent(lines, left, char, edge, center)
    return min(margins) if margins else left


def _margin_before_an_indent(lines: list[Line], left: float, char: float, edge: float, center: float) -> list[int]:
    """Where a page on which no two lines end together shows its margin: a line about two characters
    left of `left` that ends short of the right edge (it did not wrap) and is followed by a line at `left`.
    That line begins a paragraph indented two characters from the short line's start, which is
    therefore the margin (a 主送 line flush left above one-line paragraphs, each indented).

    Only where no two lines end together (`right` unknown): a scan's recognised lines, whose widths
    the OCR measured, or a page of one-line paragraphs. A hanging indent's item that wraps reaches
    the right edge, so its start is no margin by this test; a centred line is none either.
    """
    return [
        round(ln.x0 / 2) * 2
        for ln, after in itertools.pairwise(lines)
        if 1.5 * char <= left - ln.x0 <= 2.5 * char
        and ln.x1 < edge - 4 * char
        and abs(after.x0 - left) <= 0.5 * char
        and abs((ln.x0 + ln.x1) / 2 - center) >= 1.5 * char
    ]


def centred(line: Line, g: Geometry) -> bool:
    """Centred: away from both margins, its middle on the page's middle."""
    if line.x0 > g.left + 1.5 * g.char and line.x1 < g.right - 1.5 * g.char:
        return abs((line.x0 + line.x1) / 2 - g.center) < 1.5 * g.char
    return False


_NO_LINE_START = frozenset("，。、；：？！”’）】》〕…,.;:?!)%")
_WORD = regex.compile(r"[A-Za-z0-9.%\-]+")
_WORD_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.%-"
)  # what `_WORD` matches of one character


def _full(line: Line, g: Geometry, following: Line | None = None) -> bool:
    """The line runs to the right margin: what comes next would not have fitted in the room left.

    What comes next is the next line's first unbreakable piece: a Latin word or number, or a
    character together with the closing punctuation that may not begin a line (kinsoku).
    """
    room = g.right - line.x1
    if following is None or not following.chars:
        return room <= 1.0 * g.char
    head = following.chars[0]
    if head.edges is not None and head.text[1] not in _NO_LINE_START and head.text[0] not in _WORD_CHARS:
        return room < head.edges[1] - head.x0 + 0.25 * g.char  # the common case: one CJK character
    boxes = char_boxes(following.chars)
    first, start, end = next(boxes)
    word = bool(_WORD.match(first))
    for ch, _, x1 in boxes:
        if word and _WORD.match(ch):
            end = x1
            continue
        word = False
        if ch not in _NO_LINE_START:
            break
        end = x1
    return room < end - start + 0.25 * g.char


def _starts_paragraph(prev: Line, line: Line, g: Geometry) -> bool:
    if line.x0 > g.left + 1.2 * g.char or centred(line, g) or centred(prev, g):
        return True
    if prev.x0 > g.left + 2.5 * g.char:
        return True  # a right-aligned line (署名, 日期) or a deep indent ends where it stands
    if not _full(prev, g, line):
        return True
    return line.y - prev.y > 1.25 * g.pitch or abs(line.size - prev.size) > 1.5


DESCENT = 0.25  # how far below the baseline a line's box reaches, in font sizes (room for descenders)


def _extent(line: Line) -> list[float]:
    """The line's box on its page as its four edges (left, top, right, bottom): its characters'
    extent across, and from one font size above the highest baseline to a quarter of one below the
    lowest (the em box with room for descenders). One pass over the glyphs, each extreme kept as
    `min` and `max` keep it (the first of equals); a run's characters share a size."""
    chars = line.chars
    first = chars[0]
    x0, x1 = first.x0, first.x1
    size = first.size or line.size
    top = (first.y if first.ys is None else min(first.ys)) - size
    bottom = (first.y if first.ys is None else max(first.ys)) + DESCENT * size
    for c in chars[1:]:
        size = c.size or line.size
        ys = c.ys
        value = (c.y if ys is None else min(ys)) - size
        if value < top:
            top = value
        value = (c.y if ys is None else max(ys)) + DESCENT * size
        if value > bottom:
            bottom = value
        if c.x0 < x0:
            x0 = c.x0
        if c.x1 > x1:
            x1 = c.x1
    return [x0, top, x1, bottom]


def lines_origin(lines: list[Line]) -> Origin:
    """Where the lines stand: their pages as references, one box per page holding the page's lines
    (what `blocks.unite` makes of one box per line, without making those)."""
    pages: dict[int, list[float]] = {}
    for ln in lines:
        if not ln.chars:
            continue
        edges = _extent(ln)
        known = pages.get(ln.page)
        if known is None:
            pages[ln.page] = edges
            continue
        if edges[0] < known[0]:
            known[0] = edges[0]
        if edges[1] < known[1]:
            known[1] = edges[1]
        if edges[2] > known[2]:
            known[2] = edges[2]
        if edges[3] > known[3]:
            known[3] = edges[3]
    boxes = tuple(Box(page, *edges) for page, edges in pages.items())
    return Origin(tuple(f"page:{page}" for page in pages), boxes)


def _block(lines: list[Line], g: Geometry, joins: list[int] | None = None) -> Block:
    builder = LineBuilder()
    for ln in lines:
        builder.extend(ln.text, ln.bold)  # a bold run going on over the line break stays one run
    bold = [] if builder.bold == [(0, builder.length)] else builder.bold  # all bold: a heading face
    first = lines[0]
    hints = Hints(
        centered=centred(first, g),
        font=first.font or None,
        size=first.size or None,
        page=first.page,
        paragraph_end=True,
        red=first.red,
    )
    return Block("".join(builder.parts), bold=bold, hints=hints, joins=list(joins or []), origin=lines_origin(lines))


def two_columns(lines: list[Line], width: float) -> bool:
    """Whether many of a page's lines are split by a gap wider than an eighth of the page."""
    if len(lines) < 8:
        return False
    split = sum(widest_gap(line.chars) > 0.12 * width for line in lines)
    return split * 10 >= len(lines) * 4


def _numbers(pages: list[int]) -> str:
    return ", ".join(map(str, pages))


def layout_pages(pages: Sequence[Page], *, path: str | None = None) -> tuple[list[Block], list[tuple[str, str]]]:
    """Blocks of the whole document in reading order, and warnings about its pages.

    Raises `no-text-layer` when no page holds a glyph (a scan): a reader with an OCR path checks
    that first.
    """
    warnings: list[tuple[str, str]] = []
    empty = [p.number for p in pages if not p.glyphs]
    if not pages or len(empty) == len(pages):
        raise NoTextLayerError("no page has a text layer (a scan?): OCR it first", path=path)
    if empty:
        listed = "、".join(str(n) for n in empty)
        message = f"第 {listed} 页没有文字层 (pages without a text layer: {_numbers(empty)})"
        warnings.append(("pages-without-text", message))
    rotated = [p.number for p in pages if p.rotation % 180]
    if rotated:
        warnings.append(("layout-unusual", f"页面旋转 (rotated pages: {_numbers(rotated)})"))
    lines_by_page: list[list[Line]] = []
    drawn: list[list[Line]] = []  # each page's template lines standing apart, each text once (as a Word header)
    seen: set[str] = set()
    for p in pages:
        lines, apart = template_apart(p) if p.template else (page_lines(p), [])
        if p.stamps:
            apart = sorted([*apart, *_stamp_lines(p)], key=attrgetter("y"))
        lines_by_page.append(lines)
        drawn.append([ln for ln in apart if ln.text not in seen])
        seen.update(ln.text for ln in apart)
    aside = set_aside(lines_by_page, [p.height for p in pages])
    for set_apart, apart in zip(aside, drawn, strict=True):
        if apart:
            set_apart.extend(apart)
            set_apart.sort(key=attrgetter("y"))
    segments = [_segments(p, lines) for p, lines in zip(pages, lines_by_page, strict=True)]
    read = [p.number for p, parts in zip(pages, segments, strict=True) if any(not s.full_width for s in parts)]
    if read:
        warnings.append(
            ("layout-unusual", f"多栏排版，按栏读取 (multi-column pages read column by column: {_numbers(read)})")
        )
    across = [
        p.number
        for p, lines in zip(pages, lines_by_page, strict=True)
        if p.number not in read and two_columns(lines, p.width)
    ]
    if across:
        warnings.append(
            ("layout-unusual", f"多栏排版，按行读取 (multi-column pages read line by line: {_numbers(across)})")
        )
    return _paragraphs(pages, lines_by_page, segments, aside), warnings


@dataclass(slots=True)
class _Segment:
    """Lines read together under one geometry: a whole page, a full-width band or one column."""

    lines: list[Line]
    geometry: Geometry
    carries: bool  # a paragraph left open before may run on into it (a new page, the next column)
    full_width: bool = True


def _segments(page: Page, lines: list[Line]) -> list[_Segment]:
    """The page's lines in reading order: as they stand, or band by band and column by column."""
    if not lines:
        return []
    g = geometry(lines, page.width)
    split = split_columns(lines, page.width)
    if split is None:
        return [_Segment(lines, g, True)]
    segments: list[_Segment] = []
    for k, column in enumerate(split):
        rows = [line_of(chars, page.number) for chars in column.rows]
        carries = k == 0 or split[k - 1].band == column.band
        if column.full_width:
            segments.append(_Segment(rows, g, carries))
        else:
            column_g = geometry(rows, page.width, column.lo, column.hi)
            column_g.left = column.lo  # a short column may hold more indented lines than flush ones
            segments.append(_Segment(rows, column_g, carries, False))
    return segments


def _paragraphs(
    pages: Sequence[Page], lines_by_page: list[list[Line]], segments: list[list[_Segment]], aside: list[list[Line]]
) -> list[Block]:
    blocks: list[Block] = []
    open_lines: list[Line] = []  # the paragraph being built, possibly carried over a page end
    open_geometry: Geometry | None = None
    joins: list[int] = []
    pending: list[Block] = []  # lines set aside while a paragraph was open: they follow it

    def close() -> None:
        """Ends the open paragraph, then emits the lines set aside meanwhile, so they follow it in reading order."""
        nonlocal open_lines, joins
        blocks.append(_block(open_lines, open_geometry or geometry(open_lines, 600.0), joins))
        blocks.extend(pending)
        open_lines, joins = [], []
        pending.clear()

    for page, lines, parts, set_apart in zip(pages, lines_by_page, segments, aside, strict=True):
        page_g = parts[0].geometry if len(parts) == 1 else geometry(lines, page.width) if lines else None
        head = [ln for ln in set_apart if ln.edge == "top" or ln.y < (lines[0].y if lines else 0.0)]
        (pending if open_lines else blocks).extend(_aside_block(ln, page_g) for ln in head)
        for number, part in enumerate(parts):
            g = part.geometry
            for k, line in enumerate(part.lines):
                if open_lines and k == 0 and part.carries and open_geometry is not None:
                    prev = open_lines[-1]
                    carries = _full(prev, open_geometry, line) and not centred(prev, open_geometry)
                    if (
                        carries
                        and line.x0 <= g.left + 1.2 * g.char
                        and not centred(line, g)
                        and abs(line.size - prev.size) <= 1.5
                    ):
                        if number == 0:  # over a page end; on to the next column is no page break
                            joins.append(sum(len(ln.text) for ln in open_lines))
                        open_lines.append(line)
                        continue
                if open_lines and (k == 0 or _starts_paragraph(open_lines[-1], line, g)):
                    close()
                open_lines.append(line)
                open_geometry = g
        foot = [ln for ln in set_apart if ln not in head]
        (pending if open_lines else blocks).extend(_aside_block(ln, page_g) for ln in foot)
    if open_lines:
        close()
    return blocks


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


def _stamp_lines(page: Page) -> list[Line]:
    """Each turned run a template draws across the page (a watermark), as a line of its own."""
    lines = [line_of([run], page.number) for run in page.stamps]
    for line in lines:
        line.part = TEMPLATE_PART
    return lines


def _aside_block(line: Line, g: Geometry | None) -> Block:
    """A line set aside from the flow, as a block of its own that says where it stood."""
    hints = Hints(
        centered=g is not None and centred(line, g),
        font=line.font or None,
        size=line.size or None,
        page=line.page,
        paragraph_end=True,
        red=line.red,
        page_edge=line.edge,
        repeats=line.repeats,
        part=line.part or None,
    )
    bold = [] if line.bold == [(0, len(line.text))] else list(line.bold)
    return Block(line.text, bold=bold, hints=hints, origin=lines_origin([line]))
