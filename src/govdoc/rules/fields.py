"""Fill the handling result, proposal answered, signature, contact, imprint and attachments.

The other header fields have one rule each in `govdoc.rules.head`.
"""

from __future__ import annotations

from dataclasses import replace

from govdoc import patterns as P
from govdoc.fields.category import category_of
from govdoc.fields.contact import parse_contact
from govdoc.fields.dates import find_date
from govdoc.fields.organs import split_organs
from govdoc.fields.proposal import find_proposal, split_proposers
from govdoc.fold import fold
from govdoc.model import Imprint, Signature
from govdoc.rules import lines as L
from govdoc.rules.head.metadata import labelled
from govdoc.rules.head.zones import HEADER_ZONES
from govdoc.state import Block, State, Zone

_OPENING_PARAGRAPHS = 3


def _in(state: State, *zones: Zone) -> list[Block]:
    return [b for b in state.blocks if b.zone in zones]


def responds_to(state: State) -> None:
    """`header.responds_to`: the proposal a reply answers, from its title, opening or header lines."""
    title = state.header.title
    header_blocks = _in(state, *HEADER_ZONES)
    body_texts = [p.text for p in state.preamble[:_OPENING_PARAGRAPHS]]
    proposers = [p for b in header_blocks for p in _proposers(b)]
    found = None
    if state.kind == "reply" or (title and P.PROPOSAL_KIND.search(title)):
        header_texts = [b.text for b in header_blocks if b.zone not in (Zone.TITLE, Zone.RECIPIENTS, Zone.CHROME)]
        found = find_proposal(title, [], body_texts, proposers)
        if found is None and header_texts:
            found = find_proposal(None, header_texts, [], proposers)
    state.header = replace(state.header, responds_to=found)


def _proposers(b: Block) -> list[str]:
    m = P.PROPOSER.match(b.folded)
    return split_proposers(b.text[m.start("v") :]) if m else []


def handling_result(state: State) -> None:
    """`header.handling_result`: a labelled 办理结果 (before the title or after the signature), else a letter line."""
    handling = None
    unmapped: str | None = None
    labelled_pairs = labelled(state, Zone.TRAILER, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT)
    for key in P.CATEGORY_KEYS:
        if key in labelled_pairs:
            handling, unmapped = category_of(labelled_pairs[key])
            break
    if handling is None and unmapped is None:
        for b in state.blocks:
            if b.zone in (Zone.BODY, Zone.CHROME) or len(b.folded) > 16:
                continue
            m = P.CATEGORY_LETTER_LINE.match(b.folded)
            if m:
                handling, unmapped = category_of(b.text)
                break
    if unmapped:
        state.warn("category-unmapped", f"办理结果类别“{unmapped}”无法对应 A/B/C (category letter not mapped)")
    state.header = replace(state.header, handling_result=handling)


def trailer_fields(state: State) -> None:
    date_block = state.signature_date
    if date_block is not None:
        issuers: list[str] = []
        for b in state.signature_organs:
            issuers.extend(_organs_on_line(b))
        m = P.ORGAN_DATE_LINE.match(date_block.folded) if L.is_organ_date_line(date_block) else None
        if m:
            issuers.extend(_organs_on_line(date_block, m.end("organ")))
        found = find_date(date_block.text)
        if found is None or found[0] is None:
            state.warn(
                "date-unparsed",
                "成文日期残缺或无法识别 (signature date could not be read)",
                date_block,
                0,
                len(date_block.text),
            )
        date, date_text = (found[0], found[1]) if found else (None, date_block.text.strip())
        state.signature = Signature(tuple(issuers), date, date_text)
    contact_lines = [b.text for b in state.blocks if b.zone is Zone.CONTACT]
    state.contact = parse_contact(contact_lines)
    state.imprint = _imprint(state)
    state.attachments = _attachments(state)


def _organs_on_line(b: Block, end: int | None = None) -> list[str]:
    text = b.text[:end].strip() if end is not None else b.text
    cuts = [g for g in sorted(set(b.gaps)) if 0 < g < len(text)]
    parts: list[str] = []
    pos = 0
    for cut in [*cuts, len(text)]:
        part = text[pos:cut].strip()
        if part:
            parts.extend(p for p in part.split("  ") if p.strip())
        pos = cut
    return [P.SEAL_AFTER.sub("", _without_seal(p)).strip() for p in parts if p.strip()]


def _without_seal(part: str) -> str:
    """The name with a trailing seal note (（代章）) removed; the note's brackets may be either width."""
    m = P.SEAL_AFTER.search(fold(part))
    return part[: m.start()] if m else part


def _imprint(state: State) -> Imprint | None:
    cc: list[str] = []
    printed_by = printed_on = None
    blocks = _in(state, Zone.IMPRINT)
    in_cc = False
    for k, b in enumerate(blocks):
        m = P.CC_LINE.match(b.folded)
        if m:
            cc.extend(split_organs(b.text[m.start("v") :]))
            in_cc = True
            continue
        if in_cc and not P.PRINTED_LINE.match(b.folded) and not L.is_organ_line(b):
            cc.extend(split_organs(b.text))  # the 抄送 list wrapped onto this line
            continue
        in_cc = False
        m = P.PRINTED_LINE.match(b.folded)
        if m:
            found = find_date(b.text[m.start("date") :])
            printed_on = found[0] if found else None
            if m.group("by"):
                printed_by = b.text[m.start("by") : m.end("by")].strip()
            elif k > 0 and L.is_organ_line(blocks[k - 1]):
                printed_by = blocks[k - 1].text.strip()
    if not (cc or printed_by or printed_on):
        return None
    return Imprint(tuple(cc), printed_by, printed_on)


def _attachments(state: State) -> list[str]:
    names: list[str] = []
    for b in _in(state, Zone.ATTACHMENTS):
        m = P.ATTACHMENT_LINE.match(b.folded) if L.is_attachment_list(b) else P.ATTACHMENT_CONTINUATION.match(b.folded)
        if m:
            name = b.text[m.start("name") : m.end("name")].strip()
            if name:
                names.append(name)
    return names
