"""`header.recipients`: the 主送 line split by the contract's rule, through its colon."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.organs import split_organs
from govdoc.rules import field_spans as S
from govdoc.rules.head.update import set_header
from govdoc.state import Block, State


def _addressees(b: Block) -> list[str]:
    labelled = P.LABELLED_RECIPIENTS.match(b.folded)
    if labelled is not None:
        return split_organs(b.text[labelled.start("names") :])
    m = P.RECIPIENT_LINE.match(b.folded)
    if m is None:
        return split_organs(b.text)
    return split_organs(b.text[: b.folded.index(":", m.end("body")) + 1])  # through the colon, not the greeting


def recipients(state: State) -> None:
    """The rule: the 主送 organs with one span each, or no spans when any cannot be placed."""
    block = state.recipients_block
    found = _addressees(block) if block else []
    spans = S.each_inside(state, [block], found) if block else ()
    set_header(state, recipients=tuple(found), recipients_spans=spans)
