"""`kind`: the title's document type, else a reply's own words in its opening or closing."""

from __future__ import annotations

from collections.abc import Iterator

from govdoc.fields.kind import kind_of
from govdoc.state import State

_OPENING_PARAGRAPHS = 3


def kind(state: State) -> None:
    """The rule: the title's document type, else a reply's words in its first paragraphs or closing,
    for a title that names no document type; with no title at all, a form's row holding the answer
    (回复内容：…, 答复内容 ⏎ …: `State.answer_row`) says the page is an answer, a reply, whatever its words
    (a mailbox's answer need not say 收悉).
    """
    state.kind = kind_of(state.header.title, _opening_and_closing(state), folded=True)
    if state.kind == "other" and state.header.title is None and state.answer_row is not None:
        state.kind = "reply"  # a mailbox's or hotline's form labels its body the answer (回复内容, 答复内容)


def _opening_and_closing(state: State) -> Iterator[str]:
    """The first paragraphs' and the closing's folded text, made only if the title names no type."""
    yield from (p.folded for p in state.preamble[:_OPENING_PARAGRAPHS])
    yield from (b.folded for b in state.closing)
    if state.closing_run_on is not None:  # a closing written on at the body's last line (…谅解。此复。)
        block, at = state.closing_run_on
        yield block.folded[at:]
