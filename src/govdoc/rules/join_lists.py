"""The join questions of inline lists: a member the width cut, the list going on under a line, the family's next
marker. Split out of rules/joins.py (session 30), a pure move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdoc import patterns as P
from govdoc.numerals import cn_to_int, glyph_after, int_to_cn
from govdoc.rules import lines as L
from govdoc.rules.join_lines import _MEMBER_ENDS, _WIDTH_SLACK, _may_continue
from govdoc.rules.lines.classify import (
    ENDS_MARKER,
    line_class,
)
from govdoc.rules.sections import Heading, heading_of
from govdoc.state import Block

if TYPE_CHECKING:
    from govdoc.rules.joins import _Grown


def _inline_list_cut(a: Block, b: Block, width: int, grown: _Grown | None = None) -> bool:
    """A hard-wrapped line that opens with the next marker of a list running inline in the
    paragraph above (`…包括：（1）加强巡查；` / `（2）加快整改；…`): the width cut the line before
    the marker, whose predecessor stands inside the paragraph, not at its start."""
    if width <= 0 or len(a.folded.strip()) < width - _WIDTH_SLACK:
        return False
    h = heading_of(b)
    if h is None:
        return False
    previous = _previous_marker(b.folded[h.start : h.end].rstrip(), h)
    if previous is None:
        return False
    # the list runs in the sentence `a` leaves open: its marker stands after the last full stop, and
    # is no piece of a number (21.5% holds `1.`, 2021.1 too). A gathered paragraph is read from its
    # last stop on (`base`), which is all the test reads of it
    if grown is None:
        f, base, stop = a.folded, 0, a.folded.rfind("。")
    else:
        stop = grown.stop
        base = max(stop, 0)
        f = grown.since(base)
    found = f.rfind(previous)
    at = base + found if found >= 0 else -1
    return (
        at > 0
        and at > stop
        and not f[found - 1].isdigit()
        and not f[found + len(previous) : found + len(previous) + 1].isdigit()
    )


_TRAILING_MARKER_SPAN = 8  # the longest inline marker `P.TRAILING_MARKER` ends a line on: `(十二三四)`


def _list_cut(a: Block, end: str, b: Block, width: int, tail: int) -> bool:
    """A line the width cut inside a list running through the paragraph: it fills the width and
    ends after a member's `；` (`…限期完成整改任务；` / `三是…`) or on an inline marker (`…以下方面（1）`
    / `加强日常巡查；…`), either of which closes a line only where a paragraph ends."""
    if width <= 0:
        return False  # no width the text was cut at
    line = tail if tail >= 0 else len(a.folded.strip())
    if not width - _WIDTH_SLACK <= line <= width + _WIDTH_SLACK:
        return False
    # the marker stands at the end: search only the end, not the whole paragraph joined so far
    marker_end = end[-_TRAILING_MARKER_SPAN:]
    return (
        end[-1:] == ";" or (bool(line_class(a) & ENDS_MARKER) and P.TRAILING_MARKER.search(marker_end) is not None)
    ) and _may_continue(b, clause_open=True)


def _list_goes_on(a: Block, end: str, b: Block) -> bool:
    """A line ending on the marker that opens an inline list's member (`…主要做法包括（1）`) over a
    line holding the list's next marker after a member's end (`建立台账；（2）定期走访…`): whatever the
    line's length (a web copy's break, no width's), no paragraph ends on the marker of a member yet
    to be written. A note's mark ending a line (`…一百二十个①`) has no next number after a stop under it.
    (`end`: `a`'s folded text without its trailing spaces, whose class says whether it may end on a marker.)"""
    if not line_class(a) & ENDS_MARKER:
        return False  # most lines: their last character is no marker's
    found = P.TRAILING_MARKER.search(end[-_TRAILING_MARKER_SPAN:])
    if found is None:
        return False
    following = _next_inline_marker(found.group())
    if following is None:
        return False
    f = b.folded
    at = f.find(following)
    while at > 0:
        if f[at - 1] in _MEMBER_ENDS:
            return _may_continue(b, clause_open=True)
        at = f.find(following, at + 1)
    return False


def _next_inline_marker(marker: str) -> str | None:
    """The marker after an inline one, written alike (`(1)` → `(2)`, `(一)` → `(二)`, `①` → `②`, `⑴` → `⑵`,
    `㈠` → `㈡`); None past a family's last glyph."""
    if len(marker) == 1:
        return glyph_after(marker)  # ⑳ → ㉑: the circled family runs on in other blocks
    inner = marker[1:-1]
    if inner.isdigit():
        return f"({int(inner) + 1})"
    n = cn_to_int(inner)
    return f"({int_to_cn(n + 1)})" if n is not None else None


def _previous_marker(marker: str, h: Heading) -> str | None:
    """The marker before `marker` in its family, written alike (`(2)` → `(1)`, `②` → `①`, `三、` → `二、`)."""
    n = L.marker_ordinal(h.group, h.number)
    if n <= 1:
        return None
    if h.group in L.GLYPH_GROUPS:  # ㉑ → ⑳: the circled family's glyphs stand in three blocks
        glyph = glyph_after(h.number, -1)
        return marker.replace(h.number, glyph, 1) if glyph is not None else None
    return marker.replace(h.number, str(n - 1) if h.number.isdigit() else int_to_cn(n - 1), 1)


def _inline_list_line(a: Block, b: Block) -> bool:
    """`b` opens with a marker of a list running inline in a sentence: the marker before it in its family,
    written alike, stands in the paragraph `a` after its last full stop (`…三件事：1.完成古树普查；2.建立养护基金；`
    ⏎ `3.开展巡护。…`), or `b` goes on, after a member's end (；，。), with its family's next marker
    (`1.新建声屏障八公里；2.铺设…`). Under a line the wrap filled and hung its stop on (`hung` in `_carries_on`),
    in a text that indents its paragraphs, such a flush line is the wrap's: a point or a heading a page sets
    flush stands one to a line, its next number on the next (struct27's strict xfail, lifted by struct29). A
    figure after the number (`2.5万`) or before it (`21.5%`) is no marker."""
    h = heading_of(b)
    if h is None:
        return False
    f = b.folded
    marker = f[h.start : h.end].rstrip()
    previous = _previous_marker(marker, h)
    if previous is not None:
        upper = a.folded
        found = upper.rfind(previous)
        if found > max(upper.rfind("。"), 0) and _marker_alone(upper, found, previous):
            return True
    following = _following_marker(marker, h)
    if following is None:
        return False
    at = f.find(following, h.end)
    while at > 0:
        if f[at - 1] in _MEMBER_ENDS and _marker_alone(f, at, following):
            return True
        at = f.find(following, at + 1)
    return False


def _marker_alone(f: str, at: int, marker: str) -> bool:
    """The inline `marker` found at `at` in `f` is no piece of a figure: no digit right before or after it."""
    after = f[at + len(marker) : at + len(marker) + 1]
    return not f[at - 1 : at].isdigit() and not after.isdigit()


def _following_marker(marker: str, h: Heading) -> str | None:
    """The marker after `marker` in its family, written alike (`1.` → `2.`, `(1)` → `(2)`, `①` → `②`), as
    `_previous_marker` goes back; None past a family's last glyph."""
    n = L.marker_ordinal(h.group, h.number)
    if h.group in L.GLYPH_GROUPS:
        glyph = glyph_after(h.number)
        return marker.replace(h.number, glyph, 1) if glyph is not None else None
    return marker.replace(h.number, str(n + 1) if h.number.isdigit() else int_to_cn(n + 1), 1)
