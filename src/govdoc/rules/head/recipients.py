"""`header.recipients`: the 主送 line split by the contract's rule, through its colon."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.organs import split_organs
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.head.update import set_header
from govdoc.rules.lines.guards import Opening
from govdoc.state import Block, State, Zone

_LABELLED_RECIPIENTS, _LABELLED_APPLICANT = Opening(P.LABELLED_RECIPIENTS), Opening(P.LABELLED_APPLICANT)


def _addressees(b: Block) -> list[str]:
    # each label opens the line (主送：…, 申请人：…): most 主送 lines are asked neither (rules/lines/guards.py)
    labelled = _LABELLED_RECIPIENTS.match(b.folded) or _LABELLED_APPLICANT.match(b.folded)
    if labelled is not None:
        return split_organs(b.text[labelled.start("names") :])
    m = L.recipient_match(b.folded)
    if m is None:
        greeted = L.greeted_public(b.folded)  # 网友您好！ (schema 1.10)
        if greeted is not None:
            lead = len(b.folded) - len(b.folded.lstrip())
            return split_organs(b.text[lead + greeted.start("body") : lead + greeted.end("body")])
        return split_organs(b.text)
    if m.group("hello"):  # 网友您好：, 张先生，您好：: the greeting before the colon is no name (schema 1.10)
        return split_organs(b.text[: m.end("body")])
    return split_organs(b.text[: b.folded.index(":", m.end("body")) + 1])  # through the colon, not the greeting


def _moved_to_imprint(state: State) -> Block | None:
    """A labelled `主送：…` among the lines after the body: GB/T 9704 moves the 主送 into the 版记
    where its names would push the body off the first page."""
    for b in state.blocks:
        # the label's first character before the pattern (it opens the line: LABELLED_RECIPIENTS is anchored)
        if b.zone in _AFTER_BODY and _LABELLED_RECIPIENTS.match(b.folded):
            return b
    return None


_AFTER_BODY = frozenset({Zone.IMPRINT, Zone.TRAILER, Zone.NOTE, Zone.CONTACT})


def recipients(state: State) -> None:
    """The rule: the 主送 organs with one span each, or no spans when any cannot be placed; the
    主送 under the title, else one the 版记 carries."""
    block = state.recipients_block or _moved_to_imprint(state)
    found = _addressees(block) if block else []
    spans = S.each_inside(state, [block], found) if block else ()
    set_header(state, recipients=tuple(found), recipients_spans=spans)
