"""A reply's first heading written on the line that turns to the answer.

`您的提案收悉，现答复如下：一、关于协调机制`: a web copy lost the break after the turn, so the
answer's first heading stands at the end of the opening's last line, where no section can open.
The line is cut after the turn's colon when what follows is a first marker (一、 （一） 1. 第一部分)
that opens the answer: the opening stays in the preamble and the heading opens its section.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules.lines import marker_at, marker_ordinal
from govdoc.state import Block, State


def _first_marker(folded: str, alone: bool) -> bool:
    """`folded` opens with a first marker (ordinal 1); `alone`: the marker may end the line (its
    title wrapped onto the next line, where the joins bring it back). Not where the line goes on
    with that marker's successor after a member's end (`（一）新建车位；（二）新建充电桩。`): the writer
    listed the answer's points inline after the turn, as members (`一是…；二是…`) stay on it, and
    no break was lost there."""
    m = marker_at(folded)
    group = m.lastgroup if m else None
    if m is None or group is None or (m.end() >= len(folded.rstrip()) and not alone):
        return False
    number = m.group(group + "_n")
    return marker_ordinal(group, number) == 1 and not _runs_inline(folded, m.group().rstrip(), number, m.end())


_SECOND = {"一": "二", "1": "2"}  # the second number of a family whose first is written so
_MEMBER_ENDS = frozenset(";,")  # folded: what ends an inline list's member before its next marker


def _runs_inline(folded: str, marker: str, number: str, end: int) -> bool:
    """The first marker's successor, written alike (`(一)` → `(二)`, `1.` → `2.`, `①` → `②`), stands
    further on the line right after a member's end."""
    second = _SECOND.get(number) or (chr(ord(number) + 1) if len(number) == 1 and not number.isascii() else None)
    if second is None or second == number:
        return False
    following = marker.replace(number, second, 1)
    at = folded.find(following, end)
    while at > 0:
        after = folded[at + len(following) : at + len(following) + 1]
        if folded[at - 1] in _MEMBER_ENDS and not (after.isdigit() or after in P.SPACED_NUMERAL_FIRST):
            return True  # (…，二、三号线路年内开通: two numbers counting something, no marker)
        at = folded.find(following, at + 1)
    return False


def _gap_after(b: Block, turn_start: int, turn_end: int) -> int:
    """The width of a wide layout gap right after the turn's colon (`答复如下：　　一、…`), or 0. Only
    on a line with no such gap before the turn: a page a web copy ran together on one line puts
    one between every paragraph, and that is the flattened-page rule's to cut."""
    rest = b.folded[turn_end:]
    width = len(rest) - len(rest.lstrip(" \t"))
    if width == 0:
        return 0
    before = b.folded[:turn_start]
    return 0 if "  " in before or "\t" in before else width


def answer_turn_headings(state: State) -> None:
    """The rule: cut a line after its answer turn where the answer's first heading follows on it.
    The turn is looked for only in lines holding 如下 and a colon, which each of its forms holds;
    the list of blocks is made again only where a line was cut (most documents have none)."""
    cuts: dict[int, tuple[Block, Block]] = {}
    for i, b in enumerate(state.blocks):
        if "如下" not in b.folded or ":" not in b.folded or b.table:
            continue
        m = P.TURN_BEFORE_HEADING.search(b.folded)
        if m is None:
            continue
        gap = _gap_after(b, m.start(), m.end())
        if not _first_marker(b.folded[m.end() + gap :], alone=not gap):
            continue
        cut = m.end()
        cuts[i] = (b.piece(0, cut, first=True), b.piece(cut, len(b.text), first=False))
    if cuts:
        state.blocks[:] = [piece for i, b in enumerate(state.blocks) for piece in cuts.get(i, (b,))]
