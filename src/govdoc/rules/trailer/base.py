"""What the trailer's rules share: the zones by name, the blocks no rule has placed yet, and three
questions several of them ask of a line (where a wrapped paragraph starts, a 版记's 印发 line, a
抄送 list wrapped onto the next line)."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.cleanup import page_furniture
from govdoc.rules.join_continues import continues
from govdoc.state import Block, State, Zone

# Zones by module-level names: on Python 3.11 a `Zone.X` look-up costs several times a global's
# (the enum's metaclass hooks attribute access), and the rules ask them once per block.
ATTACHMENTS = Zone.ATTACHMENTS

ATTACHMENT_CONTENT = Zone.ATTACHMENT_CONTENT

BODY = Zone.BODY

CHROME = Zone.CHROME

CLOSING = Zone.CLOSING

CONTACT = Zone.CONTACT

IMPRINT = Zone.IMPRINT

NOTE = Zone.NOTE

SIGNATURE = Zone.SIGNATURE

TITLE = Zone.TITLE

ISSUER = Zone.ISSUER

TRAILER = Zone.TRAILER

UNSET = Zone.UNSET

_MAX_WRAPPED_LINES = 8

MAX_TITLE_LINES = 3


def unset(state: State) -> list[Block]:
    return [b for b in state.blocks if b.zone is UNSET]


def paragraph_head(body: list[Block], i: int, page_starts: frozenset[int] = frozenset()) -> int:
    """The first line of the paragraph that line `i` ends, when hard wraps cut it into lines.
    `page_starts`: the ids of the lines a page starts with, where a page end may have cut it."""
    head = i
    while (
        head > 0
        and i - head < _MAX_WRAPPED_LINES
        and not (head >= 2 and _aside_tail(body[head - 1], body[head - 2]))
        and continues(body[head - 1], body[head], page_end=id(body[head]) in page_starts)
    ):
        head -= 1
    return head


def _aside_tail(b: Block, above: Block) -> bool:
    """`b` is nothing but the tail of a bracketed aside the line `above` left open (`（联系人：…0571-888855` ⏎
    `55）`): read alone it looks like a list's marker on its own line (`1）`), which takes the line under it as its
    text, so the formula under a wrapped contact note was taken into the note's paragraph (struct29). Walking up,
    the paragraph ending under it does not go on into it."""
    f = b.folded.strip()
    if not f.endswith(")") or not f[:-1].isalnum() or len(f) > _ASIDE_TAIL_MAX:
        return False
    return above.folded.count("(") > above.folded.count(")")


_ASIDE_TAIL_MAX = 12  # `55）`, `3456）`: the rest of a number or a word a wrap left before the aside's bracket


def unset_and_page_starts(state: State, mark: Block | None = None) -> tuple[list[Block], frozenset[int], int, bool]:
    """`unset`, and the ids of the live lines a page starts with: the first after a dropped page
    number (and the running head beside it) or after a form feed, so a paragraph the page end cut
    (感谢您对… ⏎ — 4 — ⏎ …的关心和支持。) is read whole before the joins have joined it. One walk: no
    trailer rule makes a line chrome or takes it out of chrome, which is all the page starts depend
    on, so they may be found before the zoning. And where the block `mark` stands (-1: nowhere), and
    whether a line is zoned as the closing already."""
    left: list[Block] = []
    starts: set[int] = set()
    pending = False
    mark_at = -1
    closing = False
    for i, b in enumerate(state.blocks):
        if b is mark:
            mark_at = i
        zone = b.zone
        if zone is CLOSING:
            closing = True
        if zone is CHROME:
            pending = pending or page_furniture(b)
            continue
        if zone is UNSET:
            left.append(b)
        if pending or b.page_before:
            starts.add(id(b))
        pending = False
    return left, frozenset(starts), mark_at, closing


def printed_line(b: Block) -> bool:
    """An `…印发` line of the 版记."""
    return L.is_printed_line(b.folded)


def continues_cc(blocks: list[Block], k: int) -> bool:
    """Line `k` of `blocks` carries on a 抄送 list wrapped onto the lines under its 抄送 line (over one
    line or several: 抄送：…， ⏎ 市政协办公室，…，市人民检 ⏎ 察院。): no line since the 抄送 line
    ended the list on its stop, each is a piece of a list, and so is this one."""
    if not _cc_piece(blocks[k]):
        return False
    for j in range(k - 1, max(k - 1 - _CC_WRAPPED_LINES, -1), -1):
        above = blocks[j]
        if above.folded.rstrip().endswith(("。", ".")):
            return False
        if L.cc_line(above) is not None:
            return True
        if not _cc_piece(above):
            return False
    return False


_CC_WRAPPED_LINES = 4  # the lines a 版记's 抄送 list wraps over, its own line aside, at most
CC_REACH = _CC_WRAPPED_LINES  # (for a walk that asks `continues_cc` only within this reach of a 抄送 line's opening)
CC_OPENS = P.CC_LINE_FIRST | P.BRIEF_CC_FIRST  # what a line `L.cc_line` reads opens with (its first character)


def mark_content(blocks: list[Block]) -> None:
    """Zone an attachment's (or an appended form's) lines as its content, save the 版记 under it: its
    抄送 and 印发 lines and the lines a 抄送 list wrapped onto (抄送：…， ⏎ 市政协办公室。), which the
    attachment's content would otherwise keep, the list losing its last organs in silence. Only a line
    right under a 版记 line is asked whether it carries the list on."""
    cc = False
    for k, b in enumerate(blocks):
        cc = L.is_imprint_line(b) or (cc and continues_cc(blocks, k))
        b.zone = IMPRINT if cc else ATTACHMENT_CONTENT


def _cc_piece(b: Block) -> bool:
    """A line that may be a piece of a wrapped 抄送 list: short, no date, and ending the list on its stop
    or holding a separator between names."""
    f = b.folded.strip()
    # the separators and the stop before the date's pattern: most lines under a 落款 hold none of them
    return len(f) <= 80 and (f.endswith(("。", ".")) or "," in f or "、" in f) and not P.DATE.search(f)
