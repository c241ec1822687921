"""A reply's first heading written on the line that turns to the answer.

`您的提案收悉，现答复如下：一、关于协调机制`: a web copy lost the break after the turn, so the
answer's first heading stands at the end of the opening's last line, where no section can open.
The line is cut after the turn's colon when what follows is a first marker (一、 （一） 1. 第一部分)
that opens the answer: the opening stays in the preamble and the heading opens its section.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.numerals import circled_to_int, cn_to_int
from govdoc.state import Block, State

_GLYPHS = frozenset({"circled", "cn_paren_glyph", "num_paren_glyph", "num_glyph"})


def _first_marker(folded: str) -> bool:
    m = P.SECTION_MARKER.match(folded)
    group = m.lastgroup if m else None
    if m is None or group is None or m.end() >= len(folded.rstrip()):
        return False
    number = m.group(group + "_n")
    return (circled_to_int(number) if group in _GLYPHS else cn_to_int(number)) == 1


def answer_turn_headings(state: State) -> None:
    """The rule: cut a line after its answer turn where the answer's first heading follows on it."""
    out: list[Block] = []
    for b in state.blocks:
        m = P.TURN_BEFORE_HEADING.search(b.folded) if ":" in b.folded else None
        if m is None or b.table or not _first_marker(b.folded[m.end() :]):
            out.append(b)
            continue
        cut = m.end()
        out += [b.piece(0, cut, first=True), b.piece(cut, len(b.text), first=False)]
    state.blocks[:] = out
