"""GB text a fixed-width export cut after a count of bytes: the characters its cuts split rejoined, the
lines it cut at that width joined again (a guess, warned), and each join placed on its block. UTF-8 text
cut so (GNU `fold -w N` counts bytes) is read the same way (`utf8_characters_rejoined`).

Split out of readers.text (session 22).
"""

from __future__ import annotations

import bisect
import re

from govdoc.blocks import Block, Repairs
from govdoc.charclass import EDGE_SPACE
from govdoc.numerals import MARKER_NUMERALS


class Joins:
    """Where the decoding joined lines a GB export cut at a byte width (offsets into the text at each
    join, the second line's first character) and the width in bytes (schema 1.11: each join is placed
    on the block it stands in, `place_joins`, and warned there with its span)."""

    __slots__ = ("offsets", "width")

    def __init__(self, offsets: list[int] | None = None, width: int = 0) -> None:
        self.offsets = offsets or []
        self.width = width

    def message(self, count: int) -> tuple[str, str]:
        """The one `page-break-joined` warning (span null) for `count` joins no block could hold."""
        return (
            "page-break-joined",
            f"{count} 处按 {self.width} 字节宽度断开的行已拼接 "
            f"(lines a fixed-width export cut at {self.width} bytes re-joined: {count})",
        )


NO_JOINS = Joins()
_GB_LEAD = range(0x81, 0xFF)
_GB_TRAIL = frozenset(range(0x40, 0xFF)) - {0x7F}
_GB_FOUR = range(0x30, 0x3A)  # a GB18030 four-byte sequence's second byte


def gb_characters_rejoined(data: bytes) -> tuple[str, Joins] | None:
    """GB text whose lines a fixed-width export cut after a count of bytes, not of characters: where
    the cut fell inside a two-byte character, its lead byte ends a line and its trail byte opens the
    next, and no decoder reads the file. Each such line break is taken out, so the character is whole
    and its two halves' lines one line (a break inside a character is none a writer made: no guess,
    so no warning). The split lines tell the width the export cut at, in bytes; where they all tell
    one, the other lines cut there (as many bytes, ending on no stop) go on as well (`_byte_width_joined`,
    a guess, warned: the wrap rules count characters, and a byte width cuts lines at many character
    lengths, a Han character two bytes, a digit one).
    None unless the bytes then decode as GB18030 and at least one character was split; a walk over
    the bytes, asked only of a file no codec read."""
    out = bytearray()
    split = 0
    widths: set[int] = set()  # the byte lengths of the lines cut inside a character
    line_start = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(b)
            i += 1
            if b == 0x0A:
                line_start = i
            continue
        if b not in _GB_LEAD or i + 1 >= n:
            return None
        nxt = data[i + 1]
        if nxt in (0x0A, 0x0D):
            k = i + 1 + (2 if data[i + 1 : i + 3] == b"\r\n" else 1)
            if k < n and data[k] in _GB_TRAIL:
                widths.add(i + 1 - line_start)
                out += bytes((b, data[k]))
                split += 1
                line_start = k  # the next cut line's bytes count from its first, the trail byte
                i = k + 1
                continue
            return None
        width = 4 if nxt in _GB_FOUR else 2
        out += data[i : i + width]
        i += width
    if not split:
        return None
    try:
        text = out.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return _byte_width_joined(text, widths.pop()) if len(widths) == 1 else (text, NO_JOINS)


def _utf8_cut(body: bytes, below: bytes) -> bool:
    """`body` (a line without its line end) ends inside a UTF-8 character that `below` finishes: its last
    bytes are a lead byte and fewer continuation bytes than the lead announces, and `below` opens with
    the rest."""
    tail = 0
    while tail < min(3, len(body)) and 0x80 <= body[-1 - tail] < 0xC0:
        tail += 1
    if tail >= len(body):
        return False
    lead = body[-1 - tail]
    need = 1 if 0xC2 <= lead < 0xE0 else 2 if 0xE0 <= lead < 0xF0 else 3 if 0xF0 <= lead < 0xF5 else 0
    rest = need - tail
    return rest > 0 and len(below) >= rest and all(0x80 <= b < 0xC0 for b in below[:rest])


def utf8_characters_rejoined(data: bytes) -> tuple[str, Joins] | None:
    """UTF-8 text whose lines a tool cut after a count of bytes (GNU `fold -w 60`): where a cut fell inside
    a character, its first bytes end a line and the rest open the next, and the file is no valid UTF-8.
    Each such line end is taken out (no writer puts one inside a character: no guess, so no warning, as for
    GB's); where the lines cut so all tell one width, the other lines of that width ending on no stop go on
    too (a guess, warned where the reader places it: `Joins`). None unless at least one character was cut
    and the bytes then decode as UTF-8: one walk over the lines, asked only of a file no codec read."""
    lines = data.split(b"\n")
    bodies = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    cut = [k + 1 < len(lines) and _utf8_cut(bodies[k], lines[k + 1]) for k in range(len(lines))]
    widths = {len(bodies[k]) for k in range(len(lines)) if cut[k]}
    if not widths:
        return None
    width = widths.pop() if len(widths) == 1 else 0
    out = bytearray()
    guessed: list[int] = []  # byte offsets of the width joins, each a character's boundary
    for k, line in enumerate(lines):
        last = k + 1 == len(lines)
        if cut[k]:
            out += bodies[k]
        elif not last and width and _utf8_width_cut(bodies[k], lines[k + 1], width):
            out += bodies[k]
            guessed.append(len(out))
        else:
            out += line if last else line + b"\n"
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError:
        return None
    offsets: list[int] = []
    at = chars = 0
    for offset in guessed:  # byte offsets to character offsets, in one walk
        chars += len(out[at:offset].decode("utf-8"))
        offsets.append(chars)
        at = offset
    return text, Joins(offsets, width) if offsets else NO_JOINS


def _utf8_width_cut(body: bytes, below: bytes, width: int) -> bool:
    """`body`, exactly `width` bytes, goes on in `below`: it ends on no stop and is no title or heading whole
    at the width (`_whole_at_width`), and `below` holds text."""
    if len(body) != width or not below.strip():
        return False
    line = body.decode("utf-8", errors="ignore")
    return line[-1:] not in _SENTENCE_CLOSE and not _whole_at_width(line, below.decode("utf-8", errors="ignore"))


# What a cut line may end on and still close its sentence: a line of the width ending so stays apart
_SENTENCE_CLOSE = frozenset("。！？；：”’」』）…!?;:")
_CN_NUMERALS = MARKER_NUMERALS  # a heading's marker counts with them (一、, （二）)
_CLAUSE_MARKS = frozenset("。，；,;")


def _whole_at_width(line: str, below: str) -> bool:
    """`line`, of exactly the export's width, may be whole there rather than cut: a title (opening with
    关于, no clause mark) or a heading (一、…, （一）…, no clause mark), or a line over a 主送 (各…：). Those are
    left to the rules' wrap joins, which know a title, a heading and a 主送 (diffread-A A6)."""
    g = line.lstrip(" \u3000")
    if _CLAUSE_MARKS.isdisjoint(g) and (g.startswith("关于") or _heading_marker(g)):
        return True
    under = below.strip().rstrip("\r")
    return under[:1] == "各" and under[-1:] in (":", "：")


def _heading_marker(g: str) -> bool:
    """`g` opens with a heading's marker: 一、 十二、, （一） (3), 1. 2、 (a shape test, the reader's own:
    the rules' marker families are no reader's to import)."""
    first, rest = g[:1], g[1:4]
    if first in "（(":
        return rest[:1] in _CN_NUMERALS or rest[:1].isdigit()
    if first in _CN_NUMERALS:
        return "、" in rest
    return first.isdigit() and any(c in ".．、" for c in rest[:2])


def _byte_width_joined(text: str, width: int) -> tuple[str, Joins]:
    """`text` with each line of exactly `width` bytes in GB18030 that ends on no stop joined to the next
    (an export's byte-width cut), and where each join stands (`Joins`: a guess, warned `page-break-joined`
    where the reader places it)."""
    lines = text.split("\n")
    out: list[str] = []
    offsets: list[int] = []
    at = 0
    for k, line in enumerate(lines):
        body = line.rstrip("\r")
        last = k + 1 == len(lines)
        cut = (
            not last
            and body[-1:] not in _SENTENCE_CLOSE
            and bool(lines[k + 1].strip())
            and len(body.encode("gb18030")) == width
            and not _whole_at_width(body, lines[k + 1])
        )
        kept = body if cut else line
        out.append(kept)
        at += len(kept)
        if cut:
            offsets.append(at)
        elif not last:
            out.append("\n")
            at += 1
    if not offsets:
        return text, NO_JOINS
    return "".join(out), Joins(offsets, width)


def place_joins(text: str, blocks: list[Block], joins: Joins) -> Repairs:
    """Each byte-width join set on the block that holds it (`Block.joins`, where the rules warn it with its
    span, schema 1.11), where the block is its line as written but for the spaces at its edges; the joins
    no block holds so (a line the reader changed) are counted in one warning, as up to 1.10 they all were."""
    if not joins.offsets:
        return []
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    wanted: dict[int, list[int]] = {}
    for offset in joins.offsets:
        line = bisect.bisect_right(starts, offset) - 1
        wanted.setdefault(line, []).append(offset - starts[line])
    placed = 0
    for b in blocks:
        if b.origin is None or len(b.origin.refs) != 1 or not b.origin.refs[0].startswith("line:"):
            continue
        line = int(b.origin.refs[0][5:]) - 1
        columns = wanted.get(line)
        if not columns:
            continue
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        raw = text[starts[line] : end].rstrip("\r")
        if b.text != raw.strip(EDGE_SPACE):
            continue
        lead = len(raw) - len(raw.lstrip(EDGE_SPACE))
        at = [c - lead for c in columns if 0 < c - lead < len(b.text)]
        if at:
            b.joins = [*b.joins, *at]
            placed += len(at)
    left = len(joins.offsets) - placed
    return [joins.message(left)] if left else []
