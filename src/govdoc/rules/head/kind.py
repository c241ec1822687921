"""`kind`: the title's document type, else a reply's own words in its opening or closing."""

from __future__ import annotations

from govdoc.fields.kind import kind_of
from govdoc.state import State

_OPENING_PARAGRAPHS = 3


def kind(state: State) -> None:
    """The rule: the title's document type, else a reply's words in its first paragraphs or closing,
    for a title that names no document type.
    """
    opening = [p.folded for p in state.preamble[:_OPENING_PARAGRAPHS]] + [b.folded for b in state.closing]
    state.kind = kind_of(state.header.title, opening, folded=True)
