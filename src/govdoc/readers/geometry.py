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
* Lines (`readers.page_lines`): characters by baseline, read left to right; overprinted
  duplicates ("fake bold") are read once; a space is put back only between Latin characters
  that stand apart, so `第 152038 号` reads `第152038号`, while a gap of two characters or more
  is kept as a wide gap (the organ and the date of a signature line, co-signing organs).
* Page furniture (`readers.page_edges`): rules of dashes are dropped; lines repeating in the
  top or bottom band of several pages (running heads, `— 1 —`) and short lines alone at a
  page's foot or in its top band (page numbers) are set aside from the flow, so they never
  break a paragraph over a page end, and become blocks of their own with `page_edge` and
  `repeats` hints. Whether they are furniture is the rules' decision
  (`cleanup.furniture_and_chrome`), not this module's: it knows no 公文 vocabulary.
* Paragraphs: a line reaching the right margin runs on into the next unless that one is indented;
  an indent, a short line, a centred line or a wider gap ends a paragraph; a paragraph left open at
  the foot of a page continues on the next page where the first line is not indented (`Block.joins`).
* Evidence the format gives is kept as hints on the Block: font, size, centring, red ink, page.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

import regex

from govdoc.blocks import Block, Box, Hints, Origin
from govdoc.errors import EmptyDocumentError, NoTextLayerError
from govdoc.numerals import MARKER_NUMERALS
from govdoc.readers.builder import LineBuilder
from govdoc.readers.columns import split_columns
from govdoc.readers.glyphs import Glyph as Glyph  # the readers' interface, re-exported
from govdoc.readers.glyphs import Page as Page
from govdoc.readers.glyphs import char_boxes, widest_gap
from govdoc.readers.glyphs import split_run as split_run
from govdoc.readers.glyphs import width_class as width_class
from govdoc.readers.page_edges import ring_apart, seal_words_apart, set_aside, stamp_lines, template_apart
from govdoc.readers.page_lines import TEMPLATE_PART as TEMPLATE_PART
from govdoc.readers.page_lines import Line as Line
from govdoc.readers.page_lines import bold_font as bold_font
from govdoc.readers.page_lines import is_red as is_red
from govdoc.readers.page_lines import line_of as line_of
from govdoc.readers.page_lines import page_lines as page_lines
from govdoc.readers.ruled_tables import TOLERANCE, RuledTable, find_tables

PT_PER_MM = 72 / 25.4


@dataclass(slots=True)
class Geometry:
    """A page's text block: margins, the body's character size, line pitch and middle."""

    left: float
    right: float
    char: float
    pitch: float
    center: float


_RED = attrgetter("red")


_BODY_LINE = 8  # characters: a line this long is the body's, where shorter ones may be a title's or a date's


def _most_common_smallest(values: Sequence[float]) -> float:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def geometry(
    lines: list[Line], width: float, lo: float = 0.0, hi: float | None = None, margin: float | None = None
) -> Geometry:
    """Margins and pitch of a page's body text, measured on its lines; `lo`..`hi` narrows the
    page to one column of it (its middle is then the column's). `margin` is the left margin the page
    before showed: where this page's lines all open about two characters right of it (a last page of
    one-line paragraphs, each indented, and a 落款 set right), they are first-line indents, and the
    margin is that one; where the lines' commonest start lies past the middle and one opens at that margin,
    the margin is that one too."""
    hi = width if hi is None else hi
    body = [ln for ln in lines if len(ln.text) >= _BODY_LINE] or lines
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
    if margin is not None and 1.5 * char <= left - margin <= 2.5 * char:
        left = margin
    elif margin is not None and left > (lo + hi) / 2 and any(abs(ln.x0 - margin) <= 0.5 * char for ln in body):
        # A page whose most common start lies past its middle, where a line of its text still opens at the margin
        # the page before showed: a short last page's 落款 set right, its organ and date opening at one x, as many
        # as the lines at the margin. The text goes on at the page before's margin (holdout32 cause 3).
        left = margin
    right = hi - (left - lo) if justified is None else justified
    # Lines of one paragraph stand closest together; paragraph spacing only adds to that. Measured between
    # lines of the body's size where there are enough: a table or note set smaller, its lines closer, would
    # otherwise give the page its pitch and cut every wrapped paragraph of the body.
    pairs = list(itertools.pairwise(lines))
    body_pairs = [(a, b) for a, b in pairs if abs(a.size - char) <= _SAME_SIZE and abs(b.size - char) <= _SAME_SIZE]
    measured = body_pairs if len(body_pairs) >= _BODY_PAIRS else pairs
    gaps = sorted(b.y - a.y for a, b in measured if 0.8 * char <= b.y - a.y < 4 * char)
    return Geometry(left, right, char, _pitch(gaps, char), (lo + hi) / 2)


_SAME_SIZE = 1.5  # points: a line of the body's size (as `_starts_paragraph` tells a size change)
_BODY_PAIRS = 3  # pairs of body-size lines the pitch needs before other lines are left out of it


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
        # Where as many paragraphs filled their one line exactly, a 主送 line flush left above an
        # indented paragraph (`_margin_before_an_indent`) is the margin's evidence too.
        at_margin = edge if right is None else right - 0.5 * char
        after_full = [ln.x0 for prev, ln in itertools.pairwise(lines) if prev.x1 >= at_margin]
        margins = [round(x / 2) * 2 for x in after_full if 1.5 * char <= left - x <= 2.5 * char]
        exact = sum(abs(x - left) <= 0.5 * char for x in after_full)
        if margins and len(margins) < exact and right is not None:
            margins += _margin_before_an_indent(lines, left, char, edge, center)
        if len(margins) < exact:
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


CELL_GAP = "  "  # the wide gap `page_lines` keeps in a line's text between two cells or columns


_MARKER_END = frozenset("．.、）)：:")  # what closes a list's number or label (1． 2、 (3) （一） 附件：)


def _hangs_under(prev: Line, line: Line, g: Geometry) -> bool:
    """`1．加强源头管控。严格落实…` over `替代要求，…`: the line starts deeper than the full line above it,
    exactly where that line's text starts after its number or label (a character closing it with
    punctuation, within its first few characters): a hanging indent, and the line is the item's own
    wrapped text. A hang of two characters, a first-line indent's width, tells no item from a new
    paragraph under a line that happens to open with 一、 and is no hang."""
    hang = line.x0 - prev.x0
    if not 0.3 * g.char < hang <= 4.5 * g.char or abs(hang - 2 * g.char) <= 0.3 * g.char:
        return False
    before = ""
    for ch, x0, _ in char_boxes(prev.chars):
        if x0 > line.x0 + 0.3 * g.char:
            return False
        if abs(x0 - line.x0) <= 0.3 * g.char:
            return before in _MARKER_END
        before = ch
    return False


def _starts_paragraph(prev: Line, line: Line, g: Geometry) -> bool:
    if CELL_GAP in prev.text and CELL_GAP in line.text:
        return True  # two rows of a table, each parted into cells: no paragraph's wrapped lines, even full ones
    if line.x0 > g.left + 1.2 * g.char and _full(prev, g, line) and _hangs_under(prev, line, g):
        return line.y - prev.y > 1.25 * g.pitch or abs(line.size - prev.size) > 1.5
    if line.x0 > g.left + 1.2 * g.char or centred(line, g) or centred(prev, g):
        return True
    if prev.x0 > g.left + 2.5 * g.char:
        return True  # a right-aligned line (署名, 日期) or a deep indent ends where it stands
    if not _full(prev, g, line) or _opens_part(prev, line):
        return True
    return line.y - prev.y > 1.25 * g.pitch or abs(line.size - prev.size) > 1.5


_PART_NUMERALS = MARKER_NUMERALS  # a first-level heading's number (GB/T 9704: 一、)
_SENTENCE_END = frozenset("。！？；：")


def _opens_part(prev: Line, line: Line) -> bool:
    """`四、优化科技创新生态` at the margin under a line that fills the measure and ends a sentence (…突破三亿元。):
    the next part's heading, set flush in a column (a 工作要点's, a 简报's), which the column's measure may put
    under a line that happens to fill it; a paragraph's wrapped line opening on a first-level number right
    after a full stop is no text's. Only that number (一、 to 九十九、, a Chinese numeral and 、) is asked, not
    a numeral run (三、四月份 after a full stop is a sentence) nor （一） or 1. that run in a paragraph's text."""
    text = line.text
    if not text or text[0] not in _PART_NUMERALS:
        return False
    end = prev.text.rstrip()
    if not end or end[-1] not in _SENTENCE_END:
        return False
    k = 1
    while k < min(len(text), 3) and text[k] in _PART_NUMERALS:
        k += 1
    return len(text) > k + 1 and text[k] == "、" and text[k + 1] not in _PART_NUMERALS and not text[k + 1].isdigit()


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
    if not pages:  # nothing to scan either: a package or file of no pages is empty, not a scan
        raise EmptyDocumentError("the document has no pages", path=path)
    empty = [p.number for p in pages if not p.glyphs]
    if len(empty) == len(pages):
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
    tables: list[list[RuledTable]] = []
    unmatched: list[int] = []  # pages that could not go on with a table left open at the foot of the page before
    for p in pages:
        # before the lines: it takes the cells' glyphs; a three-line table open at the foot of the
        # page before may go on at this page's top
        carried = tables[-1][-1] if tables and tables[-1] and tables[-1][-1].open_foot else None
        tables.append(find_tables(p, carried) if p.rules else [])
        if carried is not None and not (tables[-1] and tables[-1][0].continued):
            unmatched.append(p.number)
        if any(map(_RED, p.glyphs)):
            seal_words_apart(p)
            if p.stamps:  # a seal drawn as text: its ring's letters turned aside, what it holds upright
                ring_apart(p)
        lines, apart = template_apart(p) if p.template else (page_lines(p), [])
        if p.stamps:
            apart = sorted([*apart, *stamp_lines(p)], key=attrgetter("y"))
        lines_by_page.append(lines)
        drawn.append([ln for ln in apart if ln.text not in seen])
        seen.update(ln.text for ln in apart)
    aside = set_aside(lines_by_page, [p.height for p in pages])
    for lines, set_apart in zip(lines_by_page[:-1], aside[:-1], strict=True):  # a page another one follows
        notes = _foot_notes(lines)
        if notes:
            del lines[-len(notes) :]
            set_apart.extend(notes)
            set_apart.sort(key=attrgetter("y"))
    for set_apart, apart in zip(aside, drawn, strict=True):
        if apart:
            set_apart.extend(apart)
            set_apart.sort(key=attrgetter("y"))
    segments: list[list[_Segment]] = []
    column: tuple[float, float] | None = None  # the left column of the last page read in columns
    margin: tuple[float, float] | None = None  # the width and left margin of the last page read whole
    for p, lines in zip(pages, lines_by_page, strict=True):
        parts = _segments(p, lines, column, margin[1] if margin and abs(margin[0] - p.width) < 1 else None)
        segments.append(parts)
        if parts:
            column = next((s.span for s in parts if s.span is not None), None)
            margin = (p.width, parts[0].geometry.left) if len(parts) == 1 and parts[0].span is None else None
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
    tabled = _Tables()
    blocks = _paragraphs(pages, lines_by_page, segments, aside, tables, tabled)
    undecided = sorted({*tabled.undecided, *unmatched})
    if undecided:
        warnings.append(
            (
                "layout-unusual",
                "跨页表格无法确定是否续接，按所见读取 (a table at the foot of a page and the next page's could "
                "not be told as one: their columns differ, or the next page's rows were not found under the "
                f"first one's columns; read as they stand: pages {_numbers(undecided)})",
            )
        )
    return blocks, warnings


_MAX_NOTE_LINES = 3


def _foot_notes(lines: list[Line]) -> list[Line]:
    """The page's notes at its foot (注：…): the last lines of its flow, at most three, set in a type
    smaller than the line above them and standing well below it. A paragraph running over the page
    end runs on past them into the next page, and they follow it, as the page's furniture does;
    where no paragraph runs on, they stay where they stood."""
    if len(lines) < 2 or lines[-1].size >= lines[-2].size - 1.5:  # most pages: the last line is no smaller
        return []
    k = len(lines) - 1
    while k > 0 and len(lines) - k < _MAX_NOTE_LINES and lines[k - 1].size < lines[-1].size + 0.5:
        k -= 1
    above, first = lines[k - 1], lines[k]
    if k == 0 or first.size >= above.size - 1.5 or first.y - above.y < 2.5 * above.size:
        return []
    notes = lines[k:]
    return [] if any(CELL_GAP in ln.text for ln in notes) else notes


@dataclass(slots=True)
class _Segment:
    """Lines read together under one geometry: a whole page, a full-width band or one column."""

    lines: list[Line]
    geometry: Geometry
    carries: bool  # a paragraph left open before may run on into it (a new page, the next column)
    full_width: bool = True
    span: tuple[float, float] | None = None  # a left column's edges on the page (lo, hi)


def _segments(
    page: Page, lines: list[Line], column_before: tuple[float, float] | None = None, margin: float | None = None
) -> list[_Segment]:
    """The page's lines in reading order: as they stand, or band by band and column by column.

    A page after pages read in columns whose lines all stand within their left column (the text ends in
    it, too little of it for a page of columns) is that column: measured on the column's edges, its
    lines run to the column's edge, not to the page's, and its paragraphs run on as they do there."""
    if not lines:
        return []
    g = geometry(lines, page.width, margin=margin)
    split = split_columns(lines, page.width)
    if split is None:
        if column_before is not None:
            lo, hi = column_before
            if all(ln.x0 >= lo - g.char and ln.x1 <= hi + 0.5 * g.char for ln in lines):
                column_g = geometry(lines, page.width, lo, hi)
                column_g.left = lo
                return [_Segment(lines, column_g, True, span=column_before)]
        return [_Segment(lines, g, True)]
    segments: list[_Segment] = []
    for k, column in enumerate(split):
        rows = [line_of(chars, page.number) for chars in column.rows]
        carries = k == 0 or split[k - 1].band == column.band
        if column.full_width:
            segments.append(_Segment(rows, _band_geometry(rows, g, page.width), carries))
        else:
            column_g = geometry(rows, page.width, column.lo, column.hi)
            column_g.left = column.lo  # a short column may hold more indented lines than flush ones
            left_column = (column.lo, column.hi) if column.lo < page.width / 2 else None
            segments.append(_Segment(rows, column_g, carries, False, left_column))
    return segments


def _band_geometry(rows: list[Line], g: Geometry, width: float) -> Geometry:
    """The page's geometry for a band across its columns (a title and an opening sentence over a 工作要点's
    two columns), with the band's own type size and line pitch where it has two lines of body to measure
    them on: set larger and more widely spaced than the columns' text, its wrapped lines would otherwise
    stand further apart than the columns' pitch allows one paragraph's lines."""
    if sum(1 for ln in rows if len(ln.text) >= _BODY_LINE) < 2:
        return g
    own = geometry(rows, width)
    return Geometry(g.left, g.right, own.char, own.pitch, g.center)


def _paragraphs(
    pages: Sequence[Page],
    lines_by_page: list[list[Line]],
    segments: list[list[_Segment]],
    aside: list[list[Line]],
    tables_by_page: list[list[RuledTable]],
    tabled: _Tables,
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

    def table(found: RuledTable) -> None:
        """Ends the open paragraph (a table stands between paragraphs) and emits the table's rows."""
        if open_lines:
            close()
        blocks.extend(tabled.rows(found))

    for page, lines, parts, set_apart, tables in zip(
        pages, lines_by_page, segments, aside, tables_by_page, strict=True
    ):
        page_g = parts[0].geometry if len(parts) == 1 else geometry(lines, page.width) if lines else None
        head = [ln for ln in set_apart if ln.edge == "top" or ln.y < (lines[0].y if lines else 0.0)]
        (pending if open_lines else blocks).extend(_aside_block(ln, page_g) for ln in head)
        tabled.page(page.number)
        waiting = list(tables)
        for number, part in enumerate(parts):
            g = part.geometry
            for k, line in enumerate(part.lines):
                while waiting and waiting[0].top < line.y:
                    table(waiting.pop(0))
                tabled.text()
                if open_lines and k == 0 and part.carries and open_geometry is not None:
                    prev = open_lines[-1]
                    carries = (
                        _full(prev, open_geometry, line)
                        and not centred(prev, open_geometry)
                        and not _opens_part(prev, line)
                    )
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
        for found in waiting:
            table(found)
        foot = [ln for ln in set_apart if ln not in head]
        (pending if open_lines else blocks).extend(_aside_block(ln, page_g) for ln in foot)
    if open_lines:
        close()
    return blocks


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


_MAX_HEAD_ROWS = 3  # rows a page may repeat of a table's head


class _Tables:
    """The document's ruled tables as rows of blocks, numbered in reading order; a table that ends
    one page and one that begins the next, with nothing between them and as many columns standing
    in the same places, are one table broken by the page (its head, repeated on the new page, read
    once). Columns stand in the same places when each overlaps its fellow by most of the narrower
    one's width: a page may set them a little apart, and a three-line table's edges are where its
    text leaves gaps. Where the columns differ, the two are read as two tables and the page is
    noted (`undecided`): a table may go on over a page with a column more, or a new one begin."""

    def __init__(self) -> None:
        self.count = 0
        self.last: RuledTable | None = None  # the table read last, while nothing has been read after it
        self.first_on_page = True  # nothing of the page's flow read yet
        self.undecided: list[int] = []  # pages whose first table could not be told as going on or not

    def page(self, number: int) -> None:
        self.first_on_page = True
        if self.last is not None and self.last.page != number - 1:
            self.last = None

    def text(self) -> None:
        """A line of the flow was read: no table runs on past it."""
        self.last = None
        self.first_on_page = False

    def rows(self, found: RuledTable) -> list[Block]:
        last = self.last
        rows = found.rows
        adjacent = last is not None and self.first_on_page and last.page == found.page - 1
        same = adjacent and last is not None and (found.continued or _same_columns(last.xs, found.xs))
        if adjacent and not same:
            self.undecided.append(found.page)
        bands = found.bands
        if same and last is not None:
            k = 0  # the head's rows repeated over the page break (a grouped head has two or three)
            while k < min(_MAX_HEAD_ROWS, len(rows), len(last.rows) - 1) and rows[k] == last.rows[k]:
                k += 1
            rows, bands = rows[k:], bands[k:]
        else:
            self.count += 1
        self.last, self.first_on_page = found, False
        hints = Hints(page=found.page, paragraph_end=True)
        refs = (f"page:{found.page}",)
        return [
            Block(
                "\t".join(cells),
                cells=cells,
                table=self.count,
                hints=hints,
                origin=Origin(refs, (Box(found.page, found.left, top, found.right, bottom),)),
            )
            for cells, (top, bottom) in zip(rows, bands, strict=True)
        ]


def _same_columns(a: list[float], b: list[float]) -> bool:
    """Whether two tables' column edges give as many columns, each overlapping its fellow over more
    than half the narrower one's width (or standing within the rules' tolerance)."""
    if len(a) != len(b):
        return False
    for (a0, a1), (b0, b1) in zip(itertools.pairwise(a), itertools.pairwise(b), strict=True):
        near = abs(a0 - b0) <= 2 * TOLERANCE and abs(a1 - b1) <= 2 * TOLERANCE
        if not near and min(a1, b1) - max(a0, b0) <= 0.5 * min(a1 - a0, b1 - b0):
            return False
    return True
