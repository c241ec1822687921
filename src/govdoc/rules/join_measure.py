"""The measure of a text: the width a hard-wrapped copy was cut at (`wrap_width`), a line's reach against it, and
whether the text opens its paragraphs indented (`indent_convention`, `indents_open_paragraphs`): what tells a
line the width filled from one a paragraph ended. Split out of rules/joins.py (session 30), a pure move.
"""

from __future__ import annotations

from itertools import pairwise

from govdoc.rules import lines as L
from govdoc.rules.join_lines import _WIDTH_SLACK, _aligned_row
from govdoc.rules.sections import has_run_in_text, heading_of
from govdoc.state import Block

_MIN_WRAP_WIDTH = 15
_MIN_WRAPPED_LINES = 5
_MIN_SHORT_COPY_CUTS = 2
_MIN_LONGEST_CUTS = 3  # open lines at the longest length that show a short copy's width whatever else


def wrap_width(blocks: list[Block]) -> int:
    """The width a hard-wrapped text (a PDF's text layer pasted as text) was cut at, or 0.

    Lines cut by the width pile up at one length among the lines that end mid-sentence;
    headings and short lines that end open spread over many lengths.
    """
    # Every width found below needs two open lines near it at least, and it is no width under
    # `_MIN_WRAP_WIDTH`: a body with fewer open lines that long (most: its paragraphs end on their stops)
    # has none, told by the lines' classes and lengths without the walk's questions.
    near_full = _MIN_WRAP_WIDTH - _WIDTH_SLACK
    candidates = 0
    for b in blocks:
        if not b.table and L.ends_open(b) and len(b.folded) >= near_full and len(b.folded.strip()) >= near_full:
            candidates += 1
            if candidates >= _MIN_SHORT_COPY_CUTS:
                break
    else:
        return 0
    lengths: dict[int, int] = {}  # a plain dict: a Counter costs more to make than this loop
    # the same of the open lines of prose, whose lengths say the width: no heading standing alone, which ends
    # open at any length (two of one length, 一、关于经费保障 and 二、关于物资储备, outnumbered a short copy's two or
    # three cut lines: struct26 cause 2), and no label's line, whose value ends at its end at any length too
    prose: dict[int, int] = {}
    hung: dict[int, int] = {}  # of those, the lines that end on a mark a wrap may hang one past the width
    longest = 0  # the body's longest line: a short copy's width where its cut lines reach it
    # the open lines that are no headings, each with its length and the line under it (a short copy's
    # evidence); `last` the last line seen if it is one, waiting for the line under it
    plain: list[tuple[int, Block, Block | None]] = []
    last: tuple[int, Block] | None = None
    # each open line's length and the next line's where that one ends open too (-1: it closes): a
    # list's names, one a line, each over another as long
    opens: list[list[int]] = []
    for b in blocks:
        if b.table:
            continue
        if last is not None:
            plain.append((last[0], last[1], b))
            last = None
        length = len(b.folded.strip())
        longest = max(longest, length)
        # a row aligned by a column's gap (主持人  6月18日 10:00, 带班领导  6月8日 08:30: a transcript's or a
        # schedule's who/when lines, one length each) is no prose line a width cut (diffread-B B2)
        is_open = L.ends_open(b) and not _aligned_row(b)
        if opens and opens[-1][1] == -2:
            opens[-1][1] = length if is_open else -1
        if is_open:
            opens.append([length, -2])
            lengths[length] = lengths.get(length, 0) + 1
            if heading_of(b) is None or has_run_in_text(b):  # a marker's sentence is a paragraph's line
                last = (length, b)
                if not L.is_key_value(b):
                    prose[length] = prose.get(length, 0) + 1
                    if b.folded.rstrip()[-1:] in _HUNG_MARKS:
                        hung[length] = hung.get(length, 0) + 1
    if last is not None:
        plain.append((last[0], last[1], None))
    if not lengths:
        return 0
    # the first length seen of the most frequent, as most_common: of the open lines of prose first, then of
    # every open line where the prose's says no width (one prose line beside a 第8期 line: the headings' and the
    # labels' lines, the width's cut too, say it; review26 R10)
    first = max(prose.items(), key=_count)[0] if prose else 0
    if first and prose.get(first - 1, 0) == prose[first] and hung.get(first, 0) == prose[first]:
        # as many lines one shorter, and every line of this length ends on a mark a wrap hangs past the width (…的提案》
        # over lines the wrap cut inside a word): the width is the shorter (struct27)
        first -= 1
    found = _width_if_cut(first, lengths, longest, opens, plain) if first else 0
    if found:
        return found
    width = max(lengths.items(), key=_count)[0]
    found = _width_if_cut(width, lengths, longest, opens, plain) if width != first else 0
    return found or _cut_points_width(blocks, longest)


def _cut_points_width(blocks: list[Block], longest: int) -> int:
    """The width of a short copy whose only cut lines are the first lines of untitled points: two or more marker
    lines whose words part clauses by a comma or a semicolon and end open, at one length that no line passes by
    more than a hung mark, beside a line of prose as long that ends on its mark (…收悉，现答复如下：, a sentence that
    filled the width). Read as headings alone, such lines showed no width, and each point's first line stood as
    its title, half a sentence, over its tail (struct32 cause 3). Two headings whose titles hold a comma
    (一、关于统一规划，分步实施) may stand at one length too, the longest of a copy of short sentences: a sentence
    filling that length is what a width leaves."""
    points: dict[int, int] = {}
    full: set[int] = set()
    for b in blocks:
        if b.table:
            continue
        n = len(b.folded.strip())
        if n < longest - 1:
            continue
        if L.ends_open(b):
            if _clause_after_marker(b):
                points[n] = points.get(n, 0) + 1
        elif b.folded.rstrip()[-1:] in _HUNG_MARKS and heading_of(b) is None:
            full.add(n)
    for width, count in points.items():
        if count >= _MIN_SHORT_COPY_CUTS and width >= _MIN_WRAP_WIDTH and (width in full or width + 1 in full):
            return width
    return 0


def _width_if_cut(
    width: int,
    lengths: dict[int, int],
    longest: int,
    opens: list[list[int]],
    plain: list[tuple[int, Block, Block | None]],
) -> int:
    """`width` where the open lines (`lengths`: how many end open at each length; `opens`: each with the
    next line's length; `plain`: the prose ones with the line under them) show a width cut them there, else 0."""
    # a paragraph's first line lost its indent (two 全角 spaces) to the width: the cut lines of a
    # text whose paragraphs are indented pile up at two lengths, both counted
    cut = sum(lengths.get(w, 0) for w in range(width - _WIDTH_SLACK, width + _WIDTH_SLACK + 1))
    if width < _MIN_WRAP_WIDTH:
        return 0
    if (
        width == longest
        and sum(1 for n, under in opens if n == width and under != width) >= _MIN_LONGEST_CUTS
        and any(n == width and _cut_in_clause(b, under) for n, b, under in plain)
    ):
        # A short copy whose longest lines all end open at one length, three or more (numbered
        # ones too: a width cuts a `二、…` point as any line), each over a line that is not another
        # as long and open (a list's names, one a line, stand so), one of them inside a clause, no
        # line longer: nothing but a width cut them, however many short open lines (a caption, an
        # organ) stand beside them.
        return width
    if cut * 2 < sum(lengths.values()):
        return 0
    if cut >= _MIN_WRAPPED_LINES:
        return width
    # A short copy (a reply of a few paragraphs) has too few cut lines to pile up; but where two of
    # them, no headings (which end open at any length; a heading's line that goes on with its text, an
    # article's sentence or an untitled point's, is text and counts), end open at the body's longest length and no
    # line of it runs longer, nothing but a width cut them there: a text of whole paragraphs has its
    # sentences, which end closed, as its longest. And the width cut them inside a clause: a list's
    # long names end open at one length too, each a whole name (`…农业综合服务中心站`) over another.
    if longest > width + _WIDTH_SLACK or width < longest - _WIDTH_SLACK:
        return 0
    near = sum(1 for n, b, under in plain if abs(n - width) <= _WIDTH_SLACK and _cut_in_clause(b, under))
    return width if near >= _MIN_SHORT_COPY_CUTS else 0


def _cut_in_clause(b: Block, under: Block | None) -> bool:
    """The open line `b` stops inside a clause: a sentence under way on it (`…六个，配备负压救`), or
    the line under it, text and no heading, carrying the clause on to a mark (`…建议收` / `悉，现答复如下：`,
    `…完` / `成候车亭改造四十座。`). A name is none of these: no mark on it, and a list's next name under it."""
    if _has_mark(b.folded):
        return True
    return under is not None and _has_mark(under.folded) and heading_of(under) is None


def _clause_after_marker(b: Block) -> bool:
    """A marker's line whose words after the marker part clauses by a comma or a semicolon and end open
    (`1.今年改造危桥六座，总投资一千二百万元，全部按期完成并`): an untitled point's sentence the width cut, whose length
    says the width as any paragraph's line does. Read as a heading alone, a short copy whose cut lines were such
    points showed no width, and each point's first line stood as its title over the sentence's tail (struct32
    cause 3). A heading's title holds such a mark rarely, and then not at the longest length twice."""
    h = heading_of(b)
    return h is not None and any(c in b.folded[h.end :] for c in _POINT_CLAUSE_MARKS)


_POINT_CLAUSE_MARKS = ",;"  # folded ， ；


def _has_mark(f: str) -> bool:
    return any(c in f for c in _CLAUSE_STOPS)


_CLAUSE_STOPS = ",;:。!?"  # folded (， ； ： ！ ？); not 、, which parts the names of a list as well as a clause's


_HUNG_MARKS = frozenset(
    "。,、;:)》”"
)  # folded: the marks a typesetter hangs past a full line's end rather than open a line


def _count(item: tuple[int, int]) -> int:
    return item[1]


_MIN_INDENT_EVIDENCE = 2  # lines after a closed one, indented, that show the convention
_INDENT_SHARE = 0.8


class _IndentsOpen:
    """`indents_open_paragraphs` of the text's lines, asked at the first call and kept (a plain object: a
    `functools.cache` wrapper made each parse cost more than the rare question it saves)."""

    __slots__ = ("_body", "_known")

    def __init__(self, body: list[Block], known: bool) -> None:
        self._body = body
        self._known: bool | None = True if known else None

    def __call__(self) -> bool:
        if self._known is None:
            self._known = indents_open_paragraphs(self._body)
        return self._known


def indents_open_paragraphs(body: list[Block]) -> bool:
    """The text opens its paragraphs indented: of the lines after a line that closes its sentence
    (headings aside, which a page may set flush), nearly all are indented. Weaker than
    `indent_convention`, which also asks that lines under an open line are not (a one-line-paragraph
    copy has next to none of those): enough to read an indent as a paragraph's opening, not a text
    indenting its lines at random."""
    opened = closed = 0
    for a, b in pairwise(body):
        if a.table or b.table:
            continue
        if a.folded.rstrip()[-1:] in L.CLOSING_PUNCT and (b.hints.indent or heading_of(b) is None):
            closed += 1
            opened += b.hints.indent
    return opened >= 1 and opened >= closed * _INDENT_SHARE


def indent_convention(body: list[Block]) -> bool:
    """The text marks its paragraphs by indenting their first lines alone (`hints.indent`: 全角 spaces,
    a tab …), as a typed page or a PDF's text layer copied with its indents does: then an indented
    line opens a paragraph and a line without one under an open line carries it on. Shown where the
    lines after a line that closes its sentence (what opens a paragraph) mostly are indented,
    headings aside (a page may set them flush), and the lines under an open line of running text
    (no marker: a heading's line may end open) mostly are not: a text indented line by line, its
    wrapped lines too, shows nothing, nor does one with no indent."""
    if not any(b.hints.indent for b in body):
        return False  # most texts: no indent to ask about
    opened = closed = carried = went_on = 0
    # closed lines over a flush line of text: a paragraph's end over one that lost its indent, or a line the wrap
    # filled and hung its stop at (…全部完工。 ⏎ 目前各校…), which says nothing of the convention (struct27)
    flush: list[Block] = []
    for a, b in pairwise(body):
        if a.table or b.table:
            continue
        end = a.folded.rstrip()[-1:]
        if end in L.CLOSING_PUNCT:
            if b.hints.indent:
                closed += 1
                opened += 1
            elif heading_of(b) is None:
                flush.append(a)
        elif end and L.section_marker(a) is None:
            went_on += 1
            carried += not b.hints.indent
    if flush:
        measure = line_width(body)
        closed += sum(1 for a in flush if not _fills_measure(a, measure))
    return opened >= _MIN_INDENT_EVIDENCE and opened >= closed * _INDENT_SHARE and carried >= went_on * _INDENT_SHARE


_INDENT_WIDTH = 2  # a paragraph's first line is indented two characters (GB/T 9704: 首行缩进2字)
# A line a wrap cut reaches at least this share of the text's line width: it fills the width as it was
# set, less what the cleanup has taken out of it since (a pinyin reading, layout spaces) or a word of
# figures pushed onto the next line; a list's lead or an unmarked heading reaches a third or less.
_NEAR_FULL_SHARE = 0.6


def _reach(b: Block) -> float:
    """How far across the page `b`'s line reaches, in full-width characters: a half-width one counts
    half, and an indented first line the two characters of its indent."""
    f = b.folded.strip()
    return len(f) - len(f.encode("ascii", "ignore")) / 2 + (_INDENT_WIDTH if b.hints.indent else 0)


def line_width(lines: list[Block]) -> float:
    """The width the lines of a text that marks its paragraphs by indents reach: the reach of the
    line a quarter down from the longest (table rows aside). A wrapped paragraph's lines but its last
    fill the width, so most of the longer lines reach it; a line or two not wrapped at all (a link, a
    paragraph pasted whole) stand above it and do not move it."""
    reaches = sorted((_reach(b) for b in lines if not b.table), reverse=True)
    return reaches[len(reaches) // 4] if reaches else 0.0


def _reaches(line: Block, width: float) -> bool:
    """`line` (a paragraph's last line so far) reaches near the text's line `width`, as a line a wrap
    cut does: a short line left open (a list's lead, 先进单位名单如下; an unmarked heading) ended where
    its writer broke it, and the short lines under it are lines of their own, not its continuation."""
    return _reach(line) >= width * _NEAR_FULL_SHARE


_MEASURE_SLACK = 1.0  # a wrap may leave a line one character short of the measure (a stop hung out)


def _fills_measure(line: Block, reach: float) -> bool:
    """`line` reaches the text's full measure `reach`, as only a line the wrap cut does."""
    return reach > 0 and _reach(line) >= reach - _MEASURE_SLACK
