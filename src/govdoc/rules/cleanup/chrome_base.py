"""What the chrome rules share: the zones by module names, the chrome and site-chrome line tests (`chrome_text`,
`site_chrome`), the line above a block past the chrome, where the text begins. Split out of
cleanup/furniture.py (session 30), a pure move.
"""

from __future__ import annotations

import functools

from govdoc import patterns as P
from govdoc.charclass import HAN
from govdoc.first_chars import StartGuard
from govdoc.rules.lines import (
    marker_at,
)
from govdoc.state import Block, Zone

_UNSET = Zone.UNSET
_CHROME = Zone.CHROME  # a module name: a `Zone.X` look-up is dear once per block (rules/head/zones.py)


def _text_begins(blocks: list[Block], begun: list[int]) -> int:
    """Where the running text begins: its first live line holding a sentence's end (`_sentence`: a 。, or
    a half-width copy's `.` after a Han character; the end: none does); kept in `begun` once found (a walk
    over the whole of a text without one)."""
    if not begun:
        live = (k for k, b in enumerate(blocks) if b.zone is not _CHROME and _sentence(b.folded))
        begun.append(next(live, len(blocks)))
    return begun[0]


def _sentence(folded: str) -> bool:
    """The line holds a sentence's end: a 。, or (a web copy that turned every 。 half-width, noise20) a `.`
    ending the line after a Han character (…八百户.), which no figure (12.5) or marker (1.) is."""
    if "。" in folded:
        return True
    end = folded.rstrip()
    if end[-1:] != "." or HAN.match(end[-2:-1]) is None:
        return False
    m = marker_at(end.lstrip())  # a lone marker (一.) is no sentence, though 一 is a Han character
    return m is None or m.end() < len(end.lstrip())


_SENTENCE_MARKS = frozenset("。,;")  # (folded: ， ； are half-width there)


def _line_above(blocks: list[Block], i: int, reach: int | None = None) -> Block | None:
    """The nearest line above line `i` that holds words and is no chrome, if any, within `reach` lines
    (None: any): the one walk the questions of what a line stands under ask (`_inside_a_sentence`,
    `_introduced`, `_after_a_stop`). A label's questions look a few lines up only: asked of every label,
    an unbounded walk over the boxes above it cost their square (tests/test_growth.py)."""
    stop = -1 if reach is None else max(-1, i - 1 - reach)
    for k in range(i - 1, stop, -1):
        b = blocks[k]  # (fetched once: tests/test_growth.py counts the fetches)
        if b.zone is not _CHROME and b.folded.strip():
            return b
    return None


_MAX_LINK = 60


def _past_chrome(blocks: list[Block], runs: dict[int, int], i: int) -> int:
    """The first place from `i` on whose line is not chrome. `runs` keeps, for each place passed
    over, where its run of chrome lines ended, so the next label's list (whose search passes the
    links the labels above took) leaps the run instead of walking it again: nothing the link lists
    make chrome turns back, so a run once found stays one."""
    passed: list[int] = []
    while i < len(blocks) and blocks[i].zone is _CHROME:
        passed.append(i)
        i = runs.get(i, i + 1)
    for k in passed:
        runs[k] = i
    return i


def chrome_text(f: str) -> bool:
    """Whether `patterns.CHROME_LINE` finds a chrome line's words in the folded text `f`, asked as its
    two halves: the anchored alternatives at the start only, through `_chrome_start`, and the others by
    one search. A search of CHROME_LINE itself tries all ~75 anchored alternatives at every character
    (about 5 µs a line), though none can match past the first; tests/test_speed9.py holds the two ways
    to the same answer."""
    return _chrome_start().match(f) or P.CHROME_ANYWHERE.search(f) is not None


def site_chrome(f: str) -> bool:
    """A chrome line's words (`chrome_text`) or an EDGE_CHROME row's, asked of a line the walk made
    chrome: either says the text carries a site's chrome (the care toggles, 转载请注明出处。, 相关信息 are
    EDGE_CHROME rows, chrome only where they stand)."""
    return chrome_text(f) or bool(_edge_start().match(f))


@functools.cache
def _edge_start() -> StartGuard:
    """`patterns.EDGE_CHROME`, each alternative tried only on a line opening as it can."""
    return StartGuard(P.EDGE_CHROME)


@functools.cache
def _chrome_start() -> StartGuard:
    """`patterns.CHROME_AT_START` (its flags read with it), each alternative tried only on a line
    that opens with a character it can start with: a body line opens with none of most of them."""
    return StartGuard(P.CHROME_AT_START)
