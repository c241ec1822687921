"""Mojibake is reported, never repaired (schema 1.8's `mojibake-suspected`).

A text that was UTF-8, read by some program as GBK (or as cp1252/Latin-1) and saved again holds
mojibake: `关于` becomes `鍏充簬` or `å…³äºŽ`. The bytes a wrong codec could not map (a lone byte
at a character's end, cp1252's holes) were lost in the saving, so the original cannot be got back
in full, and a repair would be a guess: the brief wants a warning instead. The parse goes on with
the text as it is (its title, organs and dates are then missing, and are warned as such); this
rule says why.

A line is suspected when a run of its characters, encoded back in the codec that misread it and
decoded as UTF-8, gives mostly Han characters and CJK punctuation (at least `_MIN_HAN` Han
characters; a part of a run set off by a label's mark, a field's value, `_MIN_FIELD_HAN`): ordinary
Chinese in GBK practically never makes valid UTF-8 over several characters,
and Latin text never turns into Han. Cheap searches over the whole text (`patterns.encoding`)
come first, so a document without such characters costs three C scans. `锟斤拷` (U+FFFD twice, read
as GBK: characters lost before the misreading) gives back no Han and is asked by name.
"""

from __future__ import annotations

import itertools
import re

from govdoc.model import Span, Warning, WarningCode
from govdoc.patterns.encoding import (
    BIG5_AS_GBK_MARK,
    BIG5_AS_GBK_RUN,
    LOST_CHARACTERS,
    double_latin_hint,
    gbk_as_latin_hint,
    gbk_hint,
    latin_hint,
    latin_leads,
)
from govdoc.state import Block, State

CODE: WarningCode = "mojibake-suspected"
_MIN_HAN = 3  # Han characters a run must give back: two could be chance
_MIN_FIELD_HAN = 2  # … and a field's value set off by its label's mark (a name: 王某), beside a run's other marks
_SHARE = 0.6  # of the decoded characters, the share that must be Han or CJK punctuation
_RUN = re.compile(r"[^\x00-\x7f]{3,}")  # a run of non-ASCII characters (a no-break space too): where mojibake stands
_HAN_OR_CJK_MARK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A sound text's punctuation (CJK marks and full-width forms, not U+FFFD), where a garbled field meets its label.
_SOUND_MARK = re.compile(r"[\u3000-\u303f\uff01-\uff65]")
_EXCERPT = 16
_CODECS = {
    "gbk": "GBK",
    "cp1252": "cp1252/Latin-1",
    "cp1252x2": "cp1252/Latin-1 twice",  # (conv23: saved after each of two misreadings)
    "gbk-latin": "Latin-1",  # (conv23: a GBK text, not UTF-8, misread)
    "big5-gbk": "GBK",  # (conv31: a Big5 text, not UTF-8, misread)
}
# Big5 read as GBK: the lost pairs' marks a text must show at least (one is a GBK text's damaged byte)
_MIN_BIG5_MARKS = 2


def _latin_leads(text: str) -> bool:
    """Whether `text` holds a UTF-8 lead byte's Latin-1 reading, which every `latin_hint` match opens with: the
    text's few characters below U+0100 kept by the codec (the rest ignored, in C), and those scanned. The
    hint's own scan of every character cost about 0.8 % of a text parse's instructions (session 31)."""
    return not text.isascii() and latin_leads().search(text.encode("latin-1", "ignore")) is not None


def mojibake(state: State) -> None:
    """The rule: one warning per run of suspected lines, naming the misreading and what the first
    characters probably said."""
    text = state.text
    gbk = gbk_hint().search(text) is not None
    latin = _latin_leads(text) and latin_hint().search(text) is not None
    lost = LOST_CHARACTERS in text  # (one C scan: 锟斤拷 gives back no Han, so the hints do not see it)
    # (conv23) misread twice, or GBK bytes misread as Latin-1: asked only of a text holding such a character
    twice = "\u00c3" in text and double_latin_hint().search(text) is not None
    # (a Chinese sentence's ，。： read so hold £: `£¬`, `¡£`, `£º`; a text without one is not searched)
    gbk_latin = "\u00a3" in text and gbk_as_latin_hint().search(text) is not None
    # (conv31) Big5 read as GBK: asked only of a text holding U+FFFD, and only where its marks repeat
    big5 = "\ufffd" in text and _big5_marks(text)
    if not (gbk or latin or lost or twice or gbk_latin or big5):
        return
    run: list[Block] = []
    found: tuple[str, str, str] | None = None
    for b in state.live():
        suspect = _suspect(b.text, gbk, latin, twice, gbk_latin)
        if suspect is None and big5 and "\ufffd" in b.text:
            suspect = _big5_suspect(b.text)
        if suspect is None and lost and LOST_CHARACTERS in b.text and not _named(b.text):
            suspect = ("gbk", LOST_CHARACTERS, "\ufffd\ufffd")  # characters lost before the misreading
        if suspect is not None:
            if not run:
                found = suspect
            run.append(b)
            continue
        _warn(state, run, found)
        run, found = [], None
    _warn(state, run, found)


_OPEN_QUOTES = frozenset("“‘「『《\"'")
_CLOSE_QUOTES = frozenset("”’」』》\"'")


def _big5_marks(text: str) -> bool:
    """The text shows Big5 read as GBK: `_MIN_BIG5_MARKS` lost pairs or more (`patterns.encoding`)."""
    return len(list(itertools.islice(BIG5_AS_GBK_MARK.finditer(text), _MIN_BIG5_MARKS))) >= _MIN_BIG5_MARKS


def _big5_suspect(line: str) -> tuple[str, str, str] | None:
    """(codec, piece, what it gives back) of the line's first piece of Big5 read as GBK: a run of non-ASCII
    characters holding a lost pair's mark, whose GBK bytes read as Big5 give Chinese. The lost pairs' lead
    bytes are gone: each stays U+FFFD in what it gives back, its kept trail byte left out."""
    for m in BIG5_AS_GBK_RUN.finditer(line):
        if BIG5_AS_GBK_MARK.search(line, m.start(), m.end()) is None:
            continue
        piece = m.group()
        parts = piece.split("\ufffd")
        kept = [parts[0], *(p[1:] if "\x40" <= p[:1] <= "\x7e" else p for p in parts[1:])]  # (a kept trail byte)
        back = "\ufffd".join(p.encode("gbk", errors="ignore").decode("big5", errors="replace") for p in kept)
        han = len(_HAN.findall(back))
        if han >= _MIN_HAN and len(_HAN_OR_CJK_MARK.findall(back)) + back.count("\ufffd") >= _SHARE * len(back):
            return "big5-gbk", piece, back
    return None


def _named(line: str) -> bool:
    """`line` names 锟斤拷 rather than holds it: every run of it stands inside quotation marks (页面显示
    “锟斤拷”等乱码), where a text speaks of the garbled characters it saw (diffread-A A11); a run the
    misreading left stands among the text's words."""
    at = line.find(LOST_CHARACTERS)
    while at >= 0:
        end = at
        while line.startswith(LOST_CHARACTERS, end):
            end += len(LOST_CHARACTERS)
        if line[at - 1 : at] not in _OPEN_QUOTES or line[end : end + 1] not in _CLOSE_QUOTES:
            return False
        at = line.find(LOST_CHARACTERS, end)
    return True


def _suspect(
    line: str, gbk: bool, latin: bool, twice: bool = False, gbk_latin: bool = False
) -> tuple[str, str, str] | None:
    """(codec misread as, the piece as it stands, what it gives back) of the line's first mojibake piece: a
    whole run, or a part of one between a label's marks (`_pieces`)."""
    hinted = (("gbk", gbk), ("cp1252", latin), ("cp1252x2", twice), ("gbk-latin", gbk_latin))
    codecs = [codec for codec, hint in hinted if hint]
    for m in _RUN.finditer(line):
        run = m.group()
        for piece, least in _pieces(run):
            for codec in codecs:
                back = _back(piece, codec, least)
                if back is not None:
                    return codec, piece, back
    return None


def _pieces(run: str) -> list[tuple[str, int]]:
    """The run, then (where it holds a sound text's punctuation) its parts between the marks, each with
    the Han characters it must give back: a line whose one field went through the wrong codec keeps its
    sound label in the same run of non-ASCII characters (`联系人：鐜嬫煇鏌`), which gives back no Chinese
    whole (noise21). Such a field is short (a name of three characters gives back two and a lost byte),
    so a part set off by its label's mark needs `_MIN_FIELD_HAN`, with no more than one character lost."""
    parts = [(run, _MIN_HAN)]
    if _SOUND_MARK.search(run) is not None:
        parts += [(p, _MIN_FIELD_HAN) for p in _SOUND_MARK.split(run) if len(p) >= _MIN_HAN and p != run]
    return parts


def _back(piece: str, codec: str, least: int = _MIN_HAN) -> str | None:
    """What `piece` gives back when encoded in `codec` and decoded as UTF-8, if that is Chinese (at least
    `least` Han characters; below `_MIN_HAN`, one character lost at most)."""
    # (a U+FFFD a GBK misreading left is no byte of the original)
    raw = piece.encode("gbk", errors="ignore") if codec == "gbk" else _latin_bytes(piece)
    if codec == "gbk-latin" and not _varied_letters(piece):
        return None  # × masks (3301××××1234), leader dots, ° ± ¥: a text's own signs, no misread pairs
    if codec == "cp1252x2":  # the first misreading undone gives the second's text, itself cp1252 read
        raw = _latin_bytes(raw.decode("utf-8", errors="ignore"))
    back = raw.decode("gbk" if codec == "gbk-latin" else "utf-8", errors="replace")
    han = len(_HAN.findall(back))
    if han < least or len(_HAN_OR_CJK_MARK.findall(back)) < _SHARE * len(back):
        return None
    if han < _MIN_HAN and back.count("\ufffd") > 1:
        return None
    return back


_MIN_KINDS = 4  # different characters a GBK text misread as Latin-1 shows in a run at least
_LATIN_SHARE = 0.8  # … which is nearly all Latin-1 letters and signs (a byte pair of GBK a character each)


def _varied_letters(piece: str) -> bool:
    """`piece` reads as Chinese in GBK misread as Latin-1 (Ê Ð Õ Ó Ú …): several different characters, half of
    them letters; a run of one sign (××××××, ·····) or of signs only is a text's own (review23 R4)."""
    latin = [c for c in piece if "\u00a1" <= c <= "\u00ff"]
    if len(latin) < _LATIN_SHARE * len(piece):
        return False  # a run of the text's Han with a few signs among them (住××村××组)
    kinds = set(latin)
    return len(kinds) >= _MIN_KINDS and 2 * sum(1 for c in kinds if c.isalpha()) >= len(kinds)


def _latin_bytes(piece: str) -> bytes:
    """The bytes cp1252 (else Latin-1) writes `piece` as, a character neither writes left out."""
    return bytes(b for b in (_latin_byte(c) for c in piece) if b >= 0)


def _latin_byte(c: str) -> int:
    """The byte cp1252 (else Latin-1) writes `c` as, or -1."""
    try:
        return c.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(c) if ord(c) < 0x100 else -1


def _warn(state: State, run: list[Block], found: tuple[str, str, str] | None) -> None:
    if not run or found is None:
        return
    codec, piece, back = found
    first, last = run[0], run[-1]
    said = back.replace(chr(0xFFFD), "")[:_EXCERPT]
    guess = f"原文或为「{said}」" if said else "原文此处的字符在误读前已丢失"  # (锟斤拷: U+FFFD read as GBK)
    source = {"gbk-latin": "GBK", "big5-gbk": "Big5"}.get(codec, "UTF-8")
    message = (
        f"疑似乱码：{source} 文本被按 {_CODECS[codec]} 读取后保存，{len(run)} 行，自「{piece[:_EXCERPT]}」起，"
        f"{guess}；未修复 (mojibake suspected: {source} text read as "
        f"{_CODECS[codec]} and saved, {len(run)} lines; not repaired, bytes were lost)"
    )
    if first.start >= 0:  # (the text is laid out: a warning's span may cover several lines)
        state.warnings.append(Warning(CODE, message, Span(first.start, last.end, first.hints.page)))
