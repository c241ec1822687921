"""Spans for the header and trailer fields (schema 1.3): where each value stands in Document.text.

The field rules take their values from the blocks of their zones; this rule, run after them,
finds each value again in those same blocks, in reading order, so that a list's members get
one span each in the order they are listed. Only a value found as written gets a span: a
value that was derived rather than copied (an ISO date, the category A from 采纳解决) is given
the span of the text it was read from where that is known, else null, never a nearby guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from govdoc import patterns as P
from govdoc.model import DocNumber, ProposalRef, Span
from govdoc.rules.head.zones import HEADER_ZONES
from govdoc.state import Block, State, Zone

TRAILER_ZONES = (Zone.SIGNATURE, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT, Zone.TRAILER, Zone.CLOSING)


class _Finder:
    """Finds values in a run of blocks, each search going on from where the last one ended."""

    def __init__(self, state: State, blocks: Iterable[Block]) -> None:
        self.state = state
        self.blocks = [b for b in blocks if b.start >= 0 and b.zone is not Zone.CHROME]
        self.at = (0, 0)  # (block index, offset) after the last find

    def find(self, value: str | None) -> Span | None:
        if not value:
            return None
        first_block, first_offset = self.at
        for k in range(first_block, len(self.blocks)):
            b = self.blocks[k]
            at = b.text.find(value, first_offset if k == first_block else 0)
            if at >= 0:
                self.at = (k, at + len(value))
                return self.state.span(b, at, at + len(value))
        return None

    def find_all(self, values: Iterable[str]) -> tuple[Span, ...]:
        """One span per value, or none at all when any is not found (the lists stay aligned)."""
        spans = [self.find(v) for v in values]
        return tuple(s for s in spans if s is not None) if all(spans) else ()


def _zones(state: State, *zones: Zone) -> list[Block]:
    return [b for b in state.blocks if b.zone in zones]


def _first(state: State, value: str | None, *runs: list[Block]) -> Span | None:
    for blocks in runs:
        span = _Finder(state, blocks).find(value)
        if span is not None:
            return span
    return None


def _category_span(state: State) -> Span | None:
    """The value of a 办理结果/答复类别 label, where the category came from a label."""
    for b in _zones(state, *HEADER_ZONES, *TRAILER_ZONES):
        for key in P.CATEGORY_KEYS:
            at = b.folded.find(key)
            if at < 0:
                continue
            rest = at + len(key)
            while rest < len(b.text) and b.folded[rest] in ":： \t\u3000]】":
                rest += 1
            end = len(b.text.rstrip())
            return state.span(b, rest, end) if rest < end else None
    return None


def _title_span(state: State) -> Span | None:
    blocks = [b for b in state.title_blocks if b.start >= 0]
    if blocks and "".join(b.text.strip() for b in blocks) == state.header.title:
        first, last = blocks[0], blocks[-1]
        lead = len(first.text) - len(first.text.lstrip())
        trail = len(last.text) - len(last.text.rstrip())
        return Span(first.start + lead, last.end - trail, first.hints.page)
    return _first(state, state.header.title, blocks, _zones(state, Zone.METADATA))


def field_spans(state: State) -> None:
    header = state.header
    head = _zones(state, *HEADER_ZONES)
    everything = [b for b in state.blocks if b.zone is not Zone.CHROME]
    number: DocNumber | None = header.doc_number
    if number is not None:
        found = _first(state, number.text, _zones(state, Zone.DOC_NUMBER), head, everything)
        number = replace(number, span=found)
    ref: ProposalRef | None = header.responds_to
    if ref is not None:
        ref = replace(ref, span=_first(state, ref.text, state.title_blocks, head, everything))
    state.header = replace(
        header,
        doc_number=number,
        responds_to=ref,
        issuer_span=_first(state, header.issuer, _zones(state, Zone.ISSUER), state.title_blocks, head),
        title_span=_title_span(state),
        recipients_spans=_Finder(state, _zones(state, Zone.RECIPIENTS) or head).find_all(header.recipients),
        signer_span=_first(state, header.signer, head),
        handling_result_span=_category_span(state) if header.handling_result else None,
        disclosure_span=_first(state, header.disclosure, _zones(state, Zone.METADATA), head),
    )
    trailer = _zones(state, *TRAILER_ZONES)
    if state.signature is not None:
        sig = state.signature
        organs = state.signature_organs or _zones(state, Zone.SIGNATURE)
        if state.signature_from and state.signature_date is not None:
            organs = [state.signature_date]  # flattened onto the body's last line
        dated = [state.signature_date] if state.signature_date is not None else _zones(state, Zone.SIGNATURE)
        state.signature = replace(
            sig,
            issuers_spans=_Finder(state, organs).find_all(sig.issuers),
            date_span=_first(state, sig.date_text, dated),
        )
    if state.contact is not None:
        c = state.contact
        where = [*trailer, *head]
        state.contact = replace(
            c,
            name_span=_first(state, c.name, where),
            phones_spans=_Finder(state, where).find_all(c.phones),
            address_span=_first(state, c.address, where),
            postcode_span=_first(state, c.postcode, where),
            email_span=_first(state, c.email, where),
            unit_span=_first(state, c.unit, where),
        )
    if state.imprint is not None:
        im = state.imprint
        imprint = _zones(state, Zone.IMPRINT) or trailer
        state.imprint = replace(
            im,
            cc_spans=_Finder(state, imprint).find_all(im.cc),
            printed_by_span=_first(state, im.printed_by, imprint),
        )
