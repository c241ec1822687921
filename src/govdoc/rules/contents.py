"""A contents list (目录) printed before a plan's text: its entries are lines, not sections.

A plan or a regulation may print its contents under a line `目录`: one entry a line, often with
leader dots and a page number (`一、总体要求……3`), and then its text, whose headings repeat the
entries. Read as headings, the entries would make a second run of sections and the text would
start again at 1 with a numbering gap. The list ends where the first entry comes back as a line
of the text; the entries up to there stay in the body as paragraphs, so no text is lost. Where
the first entry never comes back (a group's name heads the list, or a gazette lists the titles
of the documents it prints), the entries show themselves by their leader dots and page numbers,
and an entry that lost them (a page cut inside it) by going on numbering the entries; a 目录 line
with neither is left as it is: nothing shows those lines are a list.
"""

from __future__ import annotations

from collections.abc import Sequence

from govdoc import patterns as P
from govdoc.rules.lines.classify import CONTENTS_OPEN, line_class
from govdoc.state import Block


def _key(b: Block) -> str:
    """An entry or a heading compared without its spaces and without an entry's dots and page number."""
    folded = b.folded.rstrip()
    m = P.CONTENTS_PAGE.search(folded)
    if m is not None and m.start() > 0:
        folded = folded[: m.start()]
    return folded.replace(" ", "")


def is_contents_heading(b: Block) -> bool:
    """A `目录` line; CONTENTS_HEADING is asked only of a line opening with 目 or a space (its first
    characters, tests/test_rule_speed.py), not of every line of the body."""
    bits = b.cls  # the class kept on the line, read without a call (asked of every body line)
    if bits < 0:
        bits = line_class(b)
    return bool(bits & CONTENTS_OPEN) and bool(P.CONTENTS_HEADING.match(b.folded))


Mark = tuple[str, int]  # a line's section marker: its family (the pattern's group) and its number


def contents_entries(body: Sequence[Block], marks: Sequence[Mark | None]) -> list[range]:
    """The index ranges of the body blocks that are the entries of a contents list.

    An entry list starts on the line after a `目录` line and ends before the first later line that
    repeats the first entry (a heading may run its first sentence on after the title). A search
    stops at the next `目录` line, so every block is looked at once. `marks` holds each line's
    section marker, if it opens with one.
    """
    found: list[range] = []
    i = 0
    while i < len(body):
        if body[i].table or not is_contents_heading(body[i]):
            i += 1
            continue
        first = i + 1
        key = _key(body[first]) if first < len(body) and not body[first].table else ""
        if not key:
            i += 1
            continue
        j = first + 1
        while j < len(body) and not is_contents_heading(body[j]):
            other = _key(body[j])
            if other == key or (marks[j] is not None and other.startswith(key)):
                found.append(range(first, j))
                break
            j += 1
        else:
            led = _led_entries(body, marks, first, j)
            if led is not None:
                found.append(led)
        i = j
    return found


_LEADER_GAP = 2  # lines between two led entries: a group's name (【区政府文件】), a title's wrapped half
_PAGE_END = frozenset("0123456789)")  # how a led entry's line ends (CONTENTS_LEADER): a guard before it


def _led_entries(body: Sequence[Block], marks: Sequence[Mark | None], first: int, end: int) -> range | None:
    """The entries of a list whose first entry never comes back (a group's name heads it, or the
    entries are the titles of the documents a gazette prints), told by their own ends: from the
    first line under `目录` to the last line of a run of lines ending in leader dots and a page
    number (`…的通知……(12)`), no more than `_LEADER_GAP` lines apart; None with fewer than two.
    The lines right after the run that go on numbering its last numbered entry (`3.…` after
    `2.…的通知……(13)`) are entries too, which lost their dots and page number (a page cut inside
    the list): the text under a contents list starts its own numbering, it does not go on with
    the entries'."""
    last = -1
    count = 0
    for k in range(first, end):
        if k - max(last, first - 1) > _LEADER_GAP + 1:
            break
        f = body[k].folded.rstrip()
        if f[-1:] in _PAGE_END and P.CONTENTS_LEADER.search(f):
            last = k
            count += 1
    if count < 2:
        return None
    numbered = next((marks[k] for k in range(last, first - 1, -1) if marks[k] is not None), None)
    while numbered is not None and last + 1 < end and marks[last + 1] == (numbered[0], numbered[1] + 1):
        last += 1
        numbered = marks[last]
    return range(first, last + 1)
