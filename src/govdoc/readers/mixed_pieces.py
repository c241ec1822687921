"""UTF-8 text holding pieces of another Chinese encoding inside its lines: a page's template in UTF-8 with an
article, a name or a table cell pasted in from a GBK or Big5 page by a tool that kept the bytes (an old CMS
storing what the editor's browser sent). Read line by line (`decoding._utf8_and_gb_lines`) such a line is
neither encoding, and the whole file was refused or its piece replaced by U+FFFD.

A GBK, GB18030 or Big5 character is a lead byte of 0x81 or more and a trail byte of 0x40 or more (GB18030's
four-byte ones hold digits): bytes below 0x40 but the digits (controls, space, ASCII punctuation, `<` and `>` of
the markup) never stand inside one. So the text splits at them into pieces no character crosses; a piece that
is not UTF-8 is read in the encoding that makes it Chinese prose (`decoding.chinese_share`), and said.
"""

from __future__ import annotations

import re

import regex

from govdoc.blocks import Repairs
from govdoc.readers.decoding import PROSE_SHARE, chinese_share, decoded

# Bytes no GBK, GB18030 or Big5 character holds (0x00-0x2F, 0x3A-0x3F): where a piece of another encoding ends.
_APART = re.compile(rb"([\x00-\x2f\x3a-\x3f]+)")
_OTHERS = ("gb18030", "big5")  # the archives' encodings besides UTF-8, GB first (a tie is GB's)


def pieces_in_utf8(data: bytes) -> tuple[str, Repairs] | None:
    """`data` read as UTF-8 with its pieces of GB18030 or Big5 each read in their own, and the warning that
    counts them; None unless a line holds both a UTF-8 character and such a piece (a line-by-line mix is
    `_utf8_and_gb_lines`'), or where a piece that is not UTF-8 reads as Chinese prose in neither encoding (a
    damaged byte, a piece of some other encoding). Not asked of a text that is GB prose whole
    (`decoding.gb_prose`, which the caller reads first and keeps)."""
    if _whole_lines(data):  # each line in one encoding (read line by line)
        return None
    out: list[str] = []
    foreign: dict[str, int] = {}
    read_apart: list[str] = []
    read_utf8: list[str] = []
    mixed_line = utf8_here = foreign_here = False  # a line holding both; the line being read so far
    for k, piece in enumerate(_APART.split(data)):
        if k % 2 or piece.isascii():
            if b"\n" in piece:
                utf8_here = foreign_here = False
            out.append(piece.decode("ascii"))
            continue
        parts = _parts(piece)
        if parts is None:
            return None
        for text, codec in parts:
            out.append(text)
            if codec is None:
                read_utf8.append(text)
                utf8_here = True
                mixed_line = mixed_line or foreign_here
                continue
            foreign[codec] = foreign.get(codec, 0) + 1
            read_apart.append(text)
            foreign_here = True
            mixed_line = mixed_line or utf8_here
    if not mixed_line or (chinese_share("".join(read_apart)) or 0.0) < PROSE_SHARE:
        return None
    if (chinese_share("".join(read_utf8)) or 0.0) < PROSE_SHARE:  # UTF-8's reading must be prose too
        return None
    text = "".join(out)
    count = sum(foreign.values())
    names = "、".join(("GB18030" if c == "gb18030" else "Big5") for c in foreign)
    message = (
        f"{count} 处片段按 {names} 解码，其余按 UTF-8 "
        f"({count} pieces in {names.replace('、', ' or ')} inside UTF-8 lines, each read in its own)"
    )
    return text, [("encoding-repaired", message)]


_SLACK = 3  # bytes a foreign run's end is moved on by at most, past where UTF-8 first reads again


def _parts(piece: bytes) -> list[tuple[str, str | None]] | None:
    """A piece as its readings, each (text, None for UTF-8 or the other encoding): UTF-8 whole, or UTF-8 around
    one run of another encoding glued to it (`…你们。` + a Big5 sentence + `逾期…`): the run from the first byte
    UTF-8 cannot read to the last. A run's first or last character may be UTF-8 by chance (GBK's 十, CA AE, is
    UTF-8's ʮ): its edges are also tried moved over the characters next to it that are no Chinese prose's, and
    its end a byte or three on; of the cuts that read, the one whose run reads most as Chinese prose. None where
    no cut reads."""
    try:
        return [(piece.decode("utf-8"), None)]
    except UnicodeDecodeError:
        pass
    escaped = piece.decode("utf-8", "surrogateescape")  # each byte UTF-8 cannot read, one lone surrogate
    bad = [k for k, c in enumerate(escaped) if "\udc80" <= c <= "\udcff"]
    before, after = escaped[: bad[0]], escaped[bad[-1] + 1 :]
    start, end = len(before.encode()), len(piece) - len(after.encode())
    kept = len(before)
    while kept and not _PROSE_CHAR.match(before[kept - 1]):
        kept -= 1
    odd = 0
    while odd < len(after) and not _PROSE_CHAR.match(after[odd]):
        odd += 1
    starts = {start, len(before[:kept].encode())}
    ends = {end, end + len(after[:odd].encode()), *(end + k for k in range(1, _SLACK + 1))}
    found: tuple[float, list[tuple[str, str | None]]] | None = None
    for a in sorted(starts):
        for b in sorted(e for e in ends if e <= len(piece)):
            best = _best_reading(piece[a:b])
            if best is None:
                continue
            try:
                head, rest = piece[:a].decode("utf-8"), piece[b:].decode("utf-8")
            except UnicodeDecodeError:
                continue
            share = chinese_share(best[1]) or 0.0
            if found is None or share > found[0]:
                parts: list[tuple[str, str | None]] = [(head, None)] if head else []
                parts.append((best[1], best[0]))
                found = (share, [*parts, (rest, None)] if rest else parts)
    return None if found is None else found[1]


# The characters at a UTF-8 reading's end or start that Chinese prose holds (ASCII, CJK punctuation and Han,
# full-width forms): a 2-byte character (Latin, IPA, Greek, Cyrillic) beside a foreign run is its byte pair
_PROSE_CHAR = regex.compile(r"[\x00-\x7f\u3000-\u303f\p{Han}\uff00-\uffef]")


def _whole_lines(data: bytes) -> bool:
    """Whether every line past ASCII reads as Chinese prose whole, in UTF-8 or in GB18030: a text pasted together
    line by line, which `decoding._utf8_and_gb_lines` reads (a piece of such a line may be UTF-8 by chance)."""
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        if not any((chinese_share(read) or 0.0) >= PROSE_SHARE for read in _readings(line)):
            return False
    return True


def _readings(line: bytes) -> list[str]:
    return [read for codec in ("utf-8", "gb18030") if (read := decoded(line, codec)) is not None]


def _best_reading(piece: bytes) -> tuple[str, str] | None:
    """The encoding among `_OTHERS` whose reading of `piece` is the most Chinese prose, and that reading."""
    best: tuple[float, str, str] | None = None
    for codec in _OTHERS:
        try:
            text = piece.decode(codec)
        except UnicodeDecodeError:
            continue
        share = chinese_share(text) or 0.0
        if best is None or share > best[0]:
            best = (share, codec, text)
    return None if best is None else (best[1], best[2])


# Windows-1252's typographic marks in its bytes 0x80-0x9F (curly quotes, dashes, the ellipsis, the bullet): bytes
# UTF-8 never opens a character with, so one standing alone inside UTF-8 text is an English editor's mark pasted in.
_CP1252_MARKS = {0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—"}
_CP1252_ESCAPES = {0xDC00 + b: mark for b, mark in _CP1252_MARKS.items()}


def cp1252_marks_in_utf8(data: bytes) -> tuple[str, Repairs] | None:
    """`data` read as UTF-8 where its only bytes that UTF-8 refuses are Windows-1252's quotes, dashes and ellipsis,
    each alone (`“关于…的建议”` pasted from an English editor by a tool that kept its bytes: 0x93 … 0x94), each read
    as its mark and said; None where any other byte is bad (a GB text, a damaged file: read as before)."""
    text = data.decode("utf-8", "surrogateescape")
    escaped = [ord(c) for c in text if "\udc80" <= c <= "\udcff"]
    if not escaped or any(code not in _CP1252_ESCAPES for code in escaped):
        return None
    read = text.translate(_CP1252_ESCAPES)
    count = len(escaped)
    message = f"{count} 个 Windows-1252 标点字节按其字符读出 ({count} Windows-1252 marks read)"
    return read, [("encoding-repaired", message)]
