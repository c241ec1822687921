"""Fill the header, signature, contact, imprint and attachments from the zoned blocks."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.category import category_of, disclosure_of
from govdoc.fields.contact import parse_contact
from govdoc.fields.dates import find_date
from govdoc.fields.docnumber import parse_doc_number
from govdoc.fields.kind import kind_of
from govdoc.fields.metadata import pairs_of
from govdoc.fields.organs import split_organs
from govdoc.fields.proposal import find_proposal, split_proposers
from govdoc.fold import fold
from govdoc.model import Header, Imprint, Signature
from govdoc.rules import lines as L
from govdoc.state import Block, State, Zone

_OPENING_PARAGRAPHS = 3
_HEADER_ZONES = (Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER, Zone.TITLE, Zone.RECIPIENTS)


def _in(state: State, *zones: Zone) -> list[Block]:
    return [b for b in state.blocks if b.zone in zones]


def _title(state: State) -> str | None:
    if not state.title_blocks:
        return None
    return "".join(b.text.strip() for b in state.title_blocks)


def _issuer(state: State, metadata: dict[str, str]) -> str | None:
    for b in _in(state, Zone.ISSUER):
        m = P.ISSUER_MARK.match(b.folded)
        return b.text[: m.end("organ")].strip() if m else b.text.strip()
    if state.title_blocks:
        first = state.title_blocks[0]
        if len(state.title_blocks) > 1 and L.is_organ_line(first) and not P.TITLE_OPENER.match(first.folded):
            return first.text.strip()
        m = P.TITLE_ORGAN.match(first.folded)
        if m and P.ORGAN_SUFFIX.search(m.group("organ")):
            return first.text[: m.end("organ")]
    return metadata.get("发文机关") or metadata.get("发文单位") or metadata.get("发布机构")


def header_fields(state: State) -> None:
    header_blocks = _in(state, *_HEADER_ZONES)
    metadata: dict[str, str] = {}
    for b in _in(state, Zone.METADATA):
        for key, value in pairs_of(b.text):
            metadata.setdefault(key, value)
    title = _title(state) or metadata.get("标题")  # the information table's 标题 only where the body has none
    doc_number = None
    for b in _in(state, Zone.DOC_NUMBER, Zone.HEADER, Zone.ISSUER):
        doc_number = parse_doc_number(b.text)
        if doc_number:
            break
        if L.is_doc_number_line(b):
            state.warn(
                "docnumber-unparsed", "发文字号残缺，无法拆分 (document number could not be parsed)", b, 0, len(b.text)
            )
    if doc_number is None:
        for key in ("文号", "发文字号"):
            if key in metadata:
                doc_number = parse_doc_number(metadata[key])
                if doc_number:
                    break
    signer = security = urgency = None
    for b in header_blocks:
        m = P.SIGNER.search(b.folded)
        if m and signer is None:
            signer = b.text[m.start("name") : m.end("name")]
        m = P.SECURITY.match(b.folded) or P.URGENCY.match(b.folded)
        if m:
            value = b.text[m.start("v") : m.end("v")]
            if m.re is P.SECURITY:
                security = value
            else:
                urgency = value
    recipients = _recipients(state.recipients_block) if state.recipients_block else []
    handling, disclosure = _category_and_disclosure(state, metadata)
    body_texts = [p.text for p in state.preamble[:_OPENING_PARAGRAPHS]]
    opening_folded = [p.folded for p in state.preamble[:_OPENING_PARAGRAPHS]] + [b.folded for b in state.closing]
    state.kind = kind_of(title, opening_folded, folded=True)
    proposers = [p for b in header_blocks for p in _proposers(b)]
    responds_to = None
    if state.kind == "reply" or (title and P.PROPOSAL_KIND.search(title)):
        header_texts = [b.text for b in header_blocks if b.zone not in (Zone.TITLE, Zone.RECIPIENTS, Zone.CHROME)]
        responds_to = find_proposal(title, [], body_texts, proposers)
        if responds_to is None and header_texts:
            responds_to = find_proposal(None, header_texts, [], proposers)
    state.header = Header(
        issuer=_issuer(state, metadata),
        doc_number=doc_number,
        title=title,
        recipients=tuple(recipients),
        signer=signer,
        security=security,
        urgency=urgency,
        metadata=metadata,
        handling_result=handling,
        disclosure=disclosure,
        responds_to=responds_to,
    )


def _recipients(b: Block) -> list[str]:
    m = P.RECIPIENT_LINE.match(b.folded)
    if m is None:
        return split_organs(b.text)
    return split_organs(b.text[: b.folded.index(":", m.end("body")) + 1])  # through the colon, not the greeting


def _proposers(b: Block) -> list[str]:
    m = P.PROPOSER.match(b.folded)
    return split_proposers(b.text[m.start("v") :]) if m else []


def _category_and_disclosure(state: State, metadata: dict[str, str]) -> tuple[str | None, str | None]:
    handling = None
    unmapped: str | None = None
    # 办理结果 and 公开属性 stand before the title, or as labelled lines after the signature
    labelled = dict(metadata)
    for b in _in(state, Zone.TRAILER, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT):
        for key, value in pairs_of(b.text):
            labelled.setdefault(key, value)
    for key in P.CATEGORY_KEYS:
        if key in labelled:
            handling, unmapped = category_of(labelled[key])
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
    disclosure = None
    for key in P.DISCLOSURE_KEYS:
        if key in labelled:
            disclosure = disclosure_of(labelled[key])
            break
    if disclosure is None:
        for b in _in(state, Zone.NOTE, Zone.HEADER, Zone.TRAILER):
            if P.NOTE_LINE.match(b.folded) or b.zone is Zone.HEADER:
                disclosure = disclosure_of(b.text) if len(b.folded) <= 24 else None
                if disclosure:
                    break
    return handling, disclosure


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
