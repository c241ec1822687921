"""PDF pages to blocks, from the characters' geometry rather than a flat text dump.

Characters are de-duplicated (overprinted "fake bold"), clustered into lines by baseline and
read left to right; a space is put back only between Latin characters that stand apart, so
`第 152038 号` reads `第152038号`, while a gap of two characters or more is kept as a wide
gap (the organ and the date of a signature line, co-signing organs). Page numbers, running
heads and footers (lines repeating in the top or bottom band of several pages) and rules of
dashes are dropped. Lines become paragraphs by geometry: a line reaching the right margin
runs on into the next one unless that one is indented; an indent, a short line, a centred
line or a wider gap ends a paragraph; a paragraph left open at the foot of a page continues
on the next page where the first line is not indented. Font, size, centring and red ink are
kept as evidence; every block knows its page.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field

import regex

from govdoc.errors import NoTextLayerError
from govdoc.fold import fold
from govdoc.patterns import PAGE_FURNITURE
from govdoc.readers.builder import LineBuilder
from govdoc.readers.pdf_chars import Char, PageChars, read_pages
from govdoc.state import Block, Hints

_CJK = regex.compile(r"[\p{Han}\u3000-\u303F\uFF00-\uFFEF“”‘’、。，：；！？《》（）【】〔〕]")
_RULE_LINE = regex.compile(r"^[-_=—─━–―~·.。…\s]{3,}$")
_DIGITS = regex.compile(r"\d+")
_BOLD_FONT = regex.compile(r"bold|black|heavy|hei|黑", regex.I)
BAND = 0.08  # top and bottom share of a page where running heads and page numbers stand


@dataclass(slots=True)
class Line:
    chars: list[Char]
    text: str = ""
    bold: list[tuple[int, int]] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0
    size: float = 0.0
    font: str = ""
    red: bool = False
    page: int = 0


def _is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def _spaced(a: Char, b: Char, apart: bool, word: int) -> bool:
    """A space between two characters: never between CJK characters nor between CJK and digits
    (`第 152038 号` is a layout artefact); between Latin characters, or CJK and a Latin word of two
    letters or more (`政策 and 行动`, but `1号楼B区`), where the PDF holds a space or they stand apart.
    `word` is the length of the Latin letter run next to the CJK character."""
    cjk_a, cjk_b = _is_cjk(a.text), _is_cjk(b.text)
    if cjk_a and cjk_b:
        return False
    if cjk_a or cjk_b:
        return word >= 2 and (apart or a.space_after)
    return apart or a.space_after


def _letter_runs(chars: list[Char]) -> list[int]:
    """For each character, the length of the run of ASCII letters it belongs to (0 if none)."""
    runs = [0] * len(chars)
    k = 0
    while k < len(chars):
        if chars[k].text.isascii() and chars[k].text.isalpha():
            end = k
            while end < len(chars) and chars[end].text.isascii() and chars[end].text.isalpha():
                end += 1
            for j in range(k, end):
                runs[j] = end - k
            k = end
        else:
            k += 1
    return runs


def _lines(page: PageChars) -> list[Line]:
    chars = sorted(page.chars, key=lambda c: (c.y, c.x0))
    groups: list[list[Char]] = []
    for c in chars:
        tolerance = max(1.0, 0.35 * (c.size or 10))
        if groups and abs(c.y - groups[-1][0].y) <= tolerance:
            groups[-1].append(c)
        else:
            groups.append([c])
    lines = []
    for group in groups:
        group.sort(key=lambda c: c.x0)
        kept: list[Char] = []
        for c in group:  # overprinted characters ("fake bold") appear twice at the same place
            if kept and kept[-1].text == c.text and abs(kept[-1].x0 - c.x0) < 0.3 * max(c.size, 1.0):
                continue
            kept.append(c)
        lines.append(_line(kept, page.number))
    return lines


def _line(chars: list[Char], page: int) -> Line:
    builder = LineBuilder()
    previous: Char | None = None
    runs = _letter_runs(chars)
    for index, c in enumerate(chars):
        if previous is not None:
            gap = c.x0 - previous.x1
            size = max(previous.size, c.size, 1.0)
            if gap >= 1.8 * size:
                builder.add("  ")  # a column gap; between CJK characters it is noted, not kept
            elif _spaced(previous, c, gap > 0.2 * size, max(runs[index], runs[index - 1])):
                builder.add(" ")
        builder.add(c.text, bool(_BOLD_FONT.search(c.font)))
        previous = c
    sizes = [c.size for c in chars if c.size]
    fonts = [c.font for c in chars]
    size = statistics.median(sizes) if sizes else 0.0
    font = max(set(fonts), key=fonts.count) if fonts else ""
    return Line(
        chars=chars,
        text="".join(builder.parts),
        bold=builder.bold,
        x0=chars[0].x0,
        x1=chars[-1].x1,
        y=chars[0].y,
        size=size,
        font=font,
        red=sum(c.red for c in chars) * 2 > len(chars),
        page=page,
    )


def _furniture(pages: list[list[Line]], heights: list[float]) -> None:
    """Drop page numbers, rules, and running heads or footers repeated in a band of several pages."""
    seen: dict[tuple[str, str], int] = {}
    for lines, height in zip(pages, heights, strict=True):
        for line in lines:
            band = "top" if line.y < BAND * height else "bottom" if line.y > (1 - BAND) * height else ""
            if band:
                key = (band, _DIGITS.sub("#", line.text.replace(" ", "")))
                seen[key] = seen.get(key, 0) + 1
    for index, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        kept = []
        for line in lines:
            folded = fold(line.text).strip()
            band = "top" if line.y < BAND * height else "bottom" if line.y > (1 - BAND) * height else ""
            repeated = (
                band and len(pages) > 1 and seen.get((band, _DIGITS.sub("#", line.text.replace(" ", ""))), 0) >= 2
            )
            if PAGE_FURNITURE.match(folded) or _RULE_LINE.match(folded) or repeated:
                continue
            kept.append(line)
        pages[index] = kept


@dataclass(slots=True)
class _Geometry:
    left: float
    right: float
    char: float
    pitch: float
    center: float


def _geometry(lines: list[Line], width: float) -> _Geometry:
    body = [ln for ln in lines if len(ln.text) >= 8] or lines
    sizes = [ln.size for ln in body if ln.size] or [12.0]
    char = statistics.median(sizes)
    lefts = [round(ln.x0 / 2) * 2 for ln in body]
    left = min(lefts, key=lambda v: (-lefts.count(v), v)) if lefts else 0.0
    # The right margin is where justified lines end together; with no such lines, the mirror of the left.
    ends = sorted((ln.x1 for ln in body), reverse=True)
    right = next(
        (x for k, x in enumerate(ends) if k + 2 < len(ends) and ends[k + 2] >= x - 0.25 * char and x > 0.6 * width),
        width - left,
    )
    # Lines of one paragraph stand closest together; paragraph spacing only adds to that.
    gaps = sorted(b.y - a.y for a, b in itertools.pairwise(lines) if 0.8 * char <= b.y - a.y < 4 * char)
    pitch = gaps[len(gaps) // 10] if gaps else 1.5 * char
    return _Geometry(left, right, char, pitch, width / 2)


def _centred(line: Line, g: _Geometry) -> bool:
    """Centred: away from both margins, its middle on the page's middle."""
    middle = (line.x0 + line.x1) / 2
    inset = line.x0 > g.left + 1.5 * g.char and line.x1 < g.right - 1.5 * g.char
    return inset and abs(middle - g.center) < 1.5 * g.char


_NO_LINE_START = frozenset("，。、；：？！”’）】》〕…,.;:?!)%")
_WORD = regex.compile(r"[A-Za-z0-9.%\-]+")


def _full(line: Line, g: _Geometry, following: Line | None = None) -> bool:
    """The line runs to the right margin: what comes next would not have fitted in the room left.

    What comes next is the next line's first unbreakable piece: a Latin word or number, or a
    character together with the closing punctuation that may not begin a line (kinsoku).
    """
    room = g.right - line.x1
    if following is None or not following.chars:
        return room <= 1.0 * g.char
    chars = following.chars
    end = 1
    if _WORD.match(chars[0].text):
        while end < len(chars) and _WORD.match(chars[end].text):
            end += 1
    while end < len(chars) and chars[end].text in _NO_LINE_START:
        end += 1
    need = chars[end - 1].x1 - chars[0].x0
    return room < need + 0.25 * g.char


def _starts_paragraph(prev: Line, line: Line, g: _Geometry) -> bool:
    if line.x0 > g.left + 1.2 * g.char or _centred(line, g) or _centred(prev, g):
        return True
    if prev.x0 > g.left + 2.5 * g.char:
        return True  # a right-aligned line (署名, 日期) or a deep indent ends where it stands
    if not _full(prev, g, line):
        return True
    return line.y - prev.y > 1.25 * g.pitch or abs(line.size - prev.size) > 1.5


def _block(lines: list[Line], g: _Geometry, joins: list[int] | None = None) -> Block:
    builder = LineBuilder()
    for ln in lines:
        builder.extend(ln.text, ln.bold)  # a bold run going on over the line break stays one run
    bold = [] if builder.bold == [(0, builder.length)] else builder.bold  # all bold: a heading face
    first = lines[0]
    hints = Hints(
        centered=_centred(first, g),
        font=first.font or None,
        size=first.size or None,
        page=first.page,
        paragraph_end=True,
        red=first.red,
    )
    return Block("".join(builder.parts), bold=bold, hints=hints, joins=list(joins or []))


def pdf_blocks(data: bytes, *, backend: str, path: str | None) -> tuple[list[Block], int, list[tuple[str, str]]]:
    """Blocks of the whole document, its page count and warnings for the pages."""
    pages = read_pages(data, backend=backend, path=path)
    warnings: list[tuple[str, str]] = []
    empty = [p.number for p in pages if not p.chars]
    if not pages or len(empty) == len(pages):
        raise NoTextLayerError("no page has a text layer (a scan?): OCR it first", path=path)
    if empty:
        listed = "、".join(str(n) for n in empty)
        warnings.append(
            (
                "pages-without-text",
                f"第 {listed} 页没有文字层 (pages without a text layer: {', '.join(map(str, empty))})",
            )
        )
    rotated = [p.number for p in pages if p.rotation % 180]
    if rotated:
        warnings.append(("layout-unusual", f"页面旋转 (rotated pages: {', '.join(map(str, rotated))})"))
    page_lines = [_lines(p) for p in pages]
    _furniture(page_lines, [p.height for p in pages])
    columns = [p.number for p, lines in zip(pages, page_lines, strict=True) if _two_columns(lines, p.width)]
    if columns:
        warnings.append(
            (
                "layout-unusual",
                f"多栏排版，按行读取 (multi-column pages read line by line: {', '.join(map(str, columns))})",
            )
        )
    blocks: list[Block] = []
    open_lines: list[Line] = []  # the paragraph being built, possibly carried over a page end
    open_geometry: _Geometry | None = None
    joins: list[int] = []
    for page, lines in zip(pages, page_lines, strict=True):
        if not lines:
            continue
        g = _geometry(lines, page.width)
        for k, line in enumerate(lines):
            if open_lines and k == 0 and open_geometry is not None:
                prev = open_lines[-1]
                carries = _full(prev, open_geometry, line) and not _centred(prev, open_geometry)
                if (
                    carries
                    and line.x0 <= g.left + 1.2 * g.char
                    and not _centred(line, g)
                    and abs(line.size - prev.size) <= 1.5
                ):
                    joins.append(sum(len(ln.text) for ln in open_lines))
                    open_lines.append(line)
                    continue
            if open_lines and (k == 0 or _starts_paragraph(open_lines[-1], line, g)):
                blocks.append(_block(open_lines, open_geometry or g, joins))
                open_lines, joins = [], []
            open_lines.append(line)
            open_geometry = g
    if open_lines:
        blocks.append(_block(open_lines, open_geometry or _geometry(open_lines, 600.0), joins))
    return blocks, len(pages), warnings


def _two_columns(lines: list[Line], width: float) -> bool:
    if len(lines) < 8:
        return False
    split = 0
    for line in lines:
        for a, b in zip(line.chars, line.chars[1:], strict=False):
            if b.x0 - a.x1 > 0.12 * width:
                split += 1
                break
    return split * 10 >= len(lines) * 4
