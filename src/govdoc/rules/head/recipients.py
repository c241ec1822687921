"""`header.recipients`: the 主送 line split by the contract's rule, through its colon."""

from __future__ import annotations

from dataclasses import replace

from govdoc import patterns as P
from govdoc.fields.organs import split_organs
from govdoc.state import Block, State


def _addressees(b: Block) -> list[str]:
    m = P.RECIPIENT_LINE.match(b.folded)
    if m is None:
        return split_organs(b.text)
    return split_organs(b.text[: b.folded.index(":", m.end("body")) + 1])  # through the colon, not the greeting


def recipients(state: State) -> None:
    found = _addressees(state.recipients_block) if state.recipients_block else []
    state.header = replace(state.header, recipients=tuple(found))
