"""The reply's own fields, one rule each: the answer category and the proposal answered.

Each field has an ordered table of sources; the first that gives a value wins. A source is a
small function over the state, so adding a place where pages write the field is one function
and one row, and a caller can reorder or replace the table through the rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from govdoc import patterns as P
from govdoc.fields.category import category_of
from govdoc.fields.proposal import find_proposal, split_proposers
from govdoc.rules.head.metadata import labelled
from govdoc.rules.head.zones import HEADER_ZONES
from govdoc.state import Block, State, Zone

_OPENING_PARAGRAPHS = 3
_MAX_CATEGORY_LINE = 16
_TRAILER_ZONES = (Zone.SIGNATURE, Zone.TRAILER, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT)

Category = tuple[str | None, str | None]  # (normalised category, unmapped letter)


def _in(state: State, *zones: Zone) -> Iterator[Block]:
    return (b for b in state.blocks if b.zone in zones)


# --- the answer category ------------------------------------------------------------------


def _labelled(state: State) -> Category | None:
    """办理结果：解决采纳, 答复类别：B, 类别标记：A … in the information table, the header or the trailer.

    A label whose value names no category (类别：提案, a page type) is passed over.
    """
    pairs = labelled(state, *HEADER_ZONES, *_TRAILER_ZONES)
    for key in P.CATEGORY_KEYS:
        if key in pairs:
            found = category_of(pairs[key])
            if found != (None, None):
                return found
    return None


def _beside_doc_number(state: State) -> Category | None:
    """平交复函〔2017〕19号B类, 某复〔2023〕5号（A类）: the category written after the 文号."""
    for b in _in(state, *HEADER_ZONES):
        m = P.DOC_NO.search(b.folded)
        if m is None:
            continue
        mark = P.CATEGORY_MARK.match(b.folded, m.end())
        if mark:
            return category_of(mark.group("l"))
    return None


def _mark_line(state: State) -> Category | None:
    """A short line of its own before the body or after it: `A类`, `（B类）`, `〔A〕`, `B`, `解决采纳`."""
    for b in _in(state, *HEADER_ZONES, *_TRAILER_ZONES):
        f = b.folded.strip()
        if len(f) > _MAX_CATEGORY_LINE:
            continue
        if P.CATEGORY_LETTER_LINE.match(f) or P.CATEGORY_WORD_LINE.match(f):
            found = category_of(f)
            if found != (None, None):
                return found
    return None


CATEGORY_SOURCES: list[Callable[[State], Category | None]] = [_labelled, _beside_doc_number, _mark_line]


def handling_result(state: State) -> None:
    """`header.handling_result` from the first source that states one; an unknown letter is a warning."""
    for source in CATEGORY_SOURCES:
        found = source(state)
        if found is None:
            continue
        handling, unmapped = found
        if unmapped:
            state.warn("category-unmapped", f"办理结果类别“{unmapped}”无法对应 A/B/C (category letter not mapped)")
        state.header = dataclasses.replace(state.header, handling_result=handling)
        return


# --- the proposal answered ----------------------------------------------------------------


def _proposers(state: State) -> list[str]:
    names: list[str] = []
    for b in _in(state, *HEADER_ZONES):
        m = P.PROPOSER.match(b.folded)
        if m:
            names.extend(split_proposers(b.text[m.start("v") :]))
    return names


def responds_to(state: State) -> None:
    """The proposal a reply answers: from its title and opening, else from its header lines."""
    title = state.header.title
    if not (state.kind == "reply" or (title and P.PROPOSAL_KIND.search(title))):
        return
    proposers = _proposers(state)
    opening = [p.text for p in state.preamble[:_OPENING_PARAGRAPHS]]
    found = find_proposal(title, [], opening, proposers)
    if found is None:
        header = [b.text for b in _in(state, Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER)]
        found = find_proposal(None, header, [], proposers) if header else None
    state.header = dataclasses.replace(state.header, responds_to=found)
