"""Glyphs to printed lines, for every fixed-layout reader (`readers.geometry` builds on them).

Characters are grouped by baseline and read left to right; overprinted duplicates ("fake bold")
are read once; a space is put back only between Latin characters that stand apart, so
`第 152038 号` reads `第152038号`, while a gap of two characters or more is kept as a wide gap (the
organ and the date of a signature line, co-signing organs). A `Line` keeps the position, size,
font and ink the paragraph and page-edge rules read.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter, itemgetter

import regex

from govdoc.charclass import is_cjk
from govdoc.readers.glyphs import Glyph, Page, chars_of, split_run

_BOLD_FONT = regex.compile(r"bold|black|heavy|hei|黑", regex.I)

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


UNDERLAY_SIZE = 26.0  # points: larger than a title's 二号 (22 pt), as a page-wide watermark is set
_LIGHT = 160  # of 255: each channel of a light grey at least this (a body's grey notes are darker)
_NEUTRAL = 24  # of 255: how far a grey's channels may differ (a tinted or red fill is no grey)


def underlay(red: int, green: int, blue: int, size: float) -> bool:
    """Whether text in this fill (each channel 0..255, -1 where none is known) and size (points) is a watermark
    drawn upright across the page: large, in a light neutral grey short of white (white text is a hidden layer,
    not a mark under the text), as PDF and OFD producers draw 内部资料 or 仅供参考 under a page's lines."""
    if red < 0 or size < UNDERLAY_SIZE:
        return False
    lo, hi = min(red, green, blue), max(red, green, blue)
    return lo >= _LIGHT and hi < 250 and hi - lo <= _NEUTRAL


def _spaced(a: str, b: str, a_space: bool, apart: bool, word: int) -> bool:
    """A space between two characters: never between CJK characters nor between CJK and digits
    (`第 152038 号` is a layout artefact); between Latin characters, or CJK and a Latin word of two
    letters or more (`政策 and 行动`, but `1号楼B区`), where the format holds a space (`a_space`) or
    they stand apart. `word` is the length of the Latin letter run next to the CJK character."""
    mark = b[0]
    if unicodedata.combining(mark) or unicodedata.category(mark) == "Mc":
        return False  # a vowel sign or accent belongs to the letter before it
    cjk_a, cjk_b = _cjk(a[-1]), _cjk(mark)
    if cjk_a and cjk_b:
        return False
    if cjk_a or cjk_b:
        return word >= 2 and (apart or a_space)
    return apart or a_space


_reading_key = attrgetter("y", "x0")
_YS = attrgetter("ys")
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
    # (a run's highest baseline is its `y` unless it keeps one per character: most pages keep none, and sort
    # by a C-level key)
    groups = _run_groups(sorted(glyphs, key=_low_key if any(map(_YS, glyphs)) else _reading_key))
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
    come from one regex pass over the line's text, made only for a line that has such a pair. The
    line's size and font are counted per glyph only on a line that has more than one of either.
    """
    if len(chars) == 1:
        c = chars[0]
        n = len(c.text)
        bold = [(0, n)] if n and _is_bold(c) else []
        return Line(chars, c.text, bold, c.x0, c.x1, c.y, c.size or 0.0, c.font, c.red, page)
    first = chars[0]
    letters: list[int] | None = None
    parts: list[str] = []
    bold = []
    size, font = first.size, first.font
    one_size = one_font = True
    red = count = 0
    length = 0
    at = 0  # where the glyph's text starts in the line's text without the spaces put back
    tracking: float | None = None  # the line's letter-spacing, measured once a pair of digits stands apart
    previous: Glyph | None = None
    for c in chars:
        text = c.text
        n = len(text)
        if previous is not None and n:
            gap = c.x0 - previous.x1
            wide = previous.size if previous.size > c.size else c.size
            if wide < 1.0:
                wide = 1.0
            if gap >= 1.8 * wide:
                parts.append("  ")  # a column gap; between CJK characters it is noted, not kept
                length += 2
            elif not (_cjk(text[0]) and _cjk(previous.text[-1])):
                if letters is None:
                    letters = _letter_runs("".join(g.text for g in chars))
                word = max(letters[at], letters[at - 1])
                apart = gap > 0.2 * wide
                if apart and text[0].isdecimal() and previous.text[-1].isdecimal():
                    if tracking is None:
                        tracking = _tracking(chars)
                    apart = gap > tracking
                if _spaced(previous.text, text, previous.space_after, apart, word):
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
        if c.size != size:
            one_size = False
        if c.font != font:
            one_font = False
        if c.red:
            red += w
    return Line(
        chars,
        "".join(parts),
        bold,
        first.x0,
        chars[-1].x1,
        first.y,
        (size or 0.0) if one_size else _median(_size_counts(chars)),
        font if one_font else max(_font_counts(chars).items(), key=itemgetter(1))[0],
        red * 2 > count,
        page,
    )


def _tracking(chars: list[Glyph]) -> float:
    """The widest gap between two digits that is still the line's letter-spacing, not a space: a
    little over the narrowest gap between two CJK characters on the line, or, with no two standing
    together, beside a CJK character where at least two CJK glyphs give the measure. A line set with
    added character spacing (a 落款's date spread by Tc: `2 0 2 4年8月2 6日`) parts every glyph alike, the
    digits too, and its CJK characters are never spaced, so its digits stand no further apart than they
    do; a space between figures is wider than the line's ordinary gap. One CJK glyph alone gives no
    measure: on a table row under a one-character label (`男 1208 1356`) the gap beside it is a
    column's, and the narrower one between two figure columns must still part them. A line with no
    such measure keeps the gap that parted its digits, as before."""
    pair = beside = math.inf
    givers = 0  # the CJK glyphs giving a gap beside them (two are enough)
    last_giver: Glyph | None = None
    for a, b in pairwise(chars):
        if not (a.text and b.text):
            continue
        left, right = _cjk(a.text[-1]), _cjk(b.text[0])
        if not (left or right):
            continue
        gap = max(b.x0 - a.x1, 0.0)
        if left and right:
            pair = min(pair, gap)
            continue
        beside = min(beside, gap)
        giver = a if left else b
        if giver is not last_giver and givers < 2:
            givers += 1
            last_giver = giver
    if pair == math.inf:
        if givers < 2:
            return 0.0  # no measure: the gap that parted the digits stands
        pair = beside
    return pair * _TRACKING_SLACK + _TRACKING_FLOOR


_TRACKING_SLACK, _TRACKING_FLOOR = 1.25, 0.5  # a glyph box's own play around its advance (points)


def _size_counts(chars: list[Glyph]) -> dict[float, int]:
    """How many characters the glyphs give each size (in the order met; a glyph without text counts
    as one, a size of 0, unknown, not at all)."""
    counts: dict[float, int] = {}
    for c in chars:
        if c.size:
            counts[c.size] = counts.get(c.size, 0) + (len(c.text) or 1)
    return counts


def _font_counts(chars: list[Glyph]) -> dict[str, int]:
    """How many characters the glyphs give each font (in the order met; a glyph without text counts as one)."""
    counts: dict[str, int] = {}
    for c in chars:
        counts[c.font] = counts.get(c.font, 0) + (len(c.text) or 1)
    return counts


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
