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
    title wrapped onto the next line, where the joins bring it back)."""
    m = marker_at(folded)
    group = m.lastgroup if m else None
    if m is None or group is None or (m.end() >= len(folded.rstrip()) and not alone):
        return False
    return marker_ordinal(group, m.group(group + "_n")) == 1


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
