"""Cleanup rules: layout spaces, reading-aid pinyin, page furniture, website chrome, repeats."""

from __future__ import annotations

import bisect

import regex

from govdoc import patterns as P
from govdoc.charclass import CJK_CLASS, EDGE_SPACE
from govdoc.state import Block, State, Zone

_LAYOUT_SPACE = regex.compile(rf"(?<={CJK_CLASS})[ \u3000\xa0]+(?={CJK_CLASS})")
_FURNITURE_START = frozenset("-第共0123456789")


def _delete(block: Block, ranges: list[tuple[int, int]], gaps_at: list[int] | None = None) -> None:
    """Delete character ranges from a block, moving its bold runs and gaps with the text."""
    if not ranges:
        return
    text = block.text
    folded = block.folded
    keep: list[str] = []
    keep_folded: list[str] = []
    shift_points: list[tuple[int, int]] = []  # (old position, removed before it)
    removed = 0
    pos = 0
    for start, end in ranges:
        keep.append(text[pos:start])
        keep_folded.append(folded[pos:start])
        removed += end - start
        shift_points.append((end, removed))
        pos = end
    keep.append(text[pos:])
    keep_folded.append(folded[pos:])

    ats = [at for at, _ in shift_points]

    def moved(i: int) -> int:
        k = bisect.bisect_right(ats, i)
        return i - (shift_points[k - 1][1] if k else 0)

    block.bold = [(moved(s), moved(e)) for s, e in block.bold if moved(e) > moved(s)]
    block.gaps = [moved(g) for g in block.gaps] + [moved(g) for g in (gaps_at or [])]
    block.joins = [moved(j) for j in block.joins]
    block.set_text("".join(keep), "".join(keep_folded))


def layout_spaces(state: State) -> None:
    """Remove spaces a layout put between two CJK characters (letter-spacing, columns); note wide gaps."""
    for b in state.blocks:
        lead = len(b.text) - len(b.text.lstrip(EDGE_SPACE))
        if lead:
            _delete(b, [(0, lead)])
        trail = len(b.text.rstrip(EDGE_SPACE))
        if trail < len(b.text):
            b.set_text(b.text[:trail], b.folded[:trail])
            b.bold = [(s, min(e, trail)) for s, e in b.bold if s < trail]
        if " " not in b.folded:
            continue
        ranges = [(m.start(), m.end()) for m in _LAYOUT_SPACE.finditer(b.text)]
        wide = [e for s, e in ranges if e - s >= 2 or "\u3000\u3000" in b.text[s:e]]
        _delete(b, ranges, wide)


def pinyin(state: State) -> None:
    """Remove pinyin that websites' reading aids inject after characters: 鎮(zhèn)康 → 鎮康."""
    for b in state.blocks:
        if "(" in b.text or "?" in b.text:
            _delete(b, [(m.start(), m.end()) for m in P.PINYIN_ANNOTATION.finditer(b.text)])


def furniture_and_chrome(state: State) -> None:
    """Page numbers, running heads and website chrome (navigation, 字号, 打印, footers) leave the text."""
    for b in state.blocks:
        f = b.folded
        if (
            not f.strip()
            or (len(f) <= 16 and f[0] in _FURNITURE_START and P.PAGE_FURNITURE.match(f))
            or (len(f) <= 100 and P.CHROME_LINE.search(f))
        ):
            b.zone = Zone.CHROME


def repeats(state: State) -> None:
    """A line repeated at once (a headline above its own title) and a reposted body leave the text."""
    live = [b for b in state.blocks if b.zone is not Zone.CHROME]
    first_seen: dict[str, int] = {}
    i = 0
    while i < len(live):
        b = live[i]
        if i and b.text == live[i - 1].text and len(b.text) >= 4:
            b.zone = Zone.CHROME
            i += 1
            continue
        j = first_seen.get(b.text)
        if j is not None and len(b.text) >= 6:
            run = 0
            while i + run < len(live) and j + run < i and live[i + run].text == live[j + run].text:
                run += 1
            if run >= 3:
                for k in range(i, i + run):
                    live[k].zone = Zone.CHROME
                i += run
                continue
        first_seen.setdefault(b.text, i)
        i += 1
