"""`header.disclosure`: a labelled 公开属性 (before the title or after the signature), else a
short note such as `（此件公开发布）`."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.category import disclosure_answered, disclosure_of
from govdoc.model import Span
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.cues import DISCLOSURE, cued
from govdoc.rules.head.metadata import labelled
from govdoc.rules.head.update import set_header
from govdoc.state import Block, State, Zone

_NOTE_LENGTH = 24
# The 公开属性 labels, then the rows that answer whether (是否同意公开：是, 公开范围：公开: schema 1.12).
_KEYS = (*P.DISCLOSURE_KEYS, *P.DISCLOSURE_ANSWER_KEYS)
_LABELLED_ZONES = frozenset({Zone.TRAILER, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT})
_NOTE_ZONES = frozenset({Zone.NOTE, Zone.HEADER, Zone.TRAILER})
_HEADER, _DOC_NUMBER, _NOTE = Zone.HEADER, Zone.DOC_NUMBER, Zone.NOTE
_MARKED_ZONES = frozenset({_DOC_NUMBER, Zone.NOTE, Zone.CONTACT, Zone.HEADER, Zone.TRAILER})  # where a mark may stand


@cued(DISCLOSURE)
def disclosure(state: State) -> None:
    """The rule: a labelled 公开属性 before the title or after the signature; a value no category
    names is warned about; else a short note (`（此件公开发布）`, `附注：此件不予公开。`) in the 附注 or 版头.
    """
    pairs = labelled(state, _LABELLED_ZONES, _KEYS)
    found = span = None
    for key in _KEYS:
        if key in pairs:
            found = disclosure_of(pairs[key])
            answered = None if found else disclosure_answered(pairs[key])  # 是否公开：是 (schema 1.12)
            if found is None and answered is None and key in P.DISCLOSURE_ANSWER_KEYS:
                continue  # 公开范围：全社会 says where, not whether: no value of the field, and no warning
            labelled_blocks = [*S.metadata_blocks(state), *state.in_zones(_LABELLED_ZONES)]
            if answered is not None:  # the yes/no value read, where it stands after its label
                found, span = answered, _value_span(state, labelled_blocks, key, pairs[key])
            elif found is not None:  # a value no category names (公开属性：待定) has no span either
                span = S.inside(state, labelled_blocks, found) or S.inside(state, labelled_blocks, pairs[key])
            else:
                _unmapped(state, labelled_blocks, pairs[key])
            break
    if found is None:
        # the lines each test below reads: the 文号's, the notes' and the 落款's date (a walk over
        # those zones' lines only, the zones being settled)
        dated = state.signature_date
        zones = _MARKED_ZONES if dated is None else _MARKED_ZONES | {dated.zone}
        blocks = state.blocks
        for b in (blocks[i] for i in state.places(zones)):
            if b.zone is _DOC_NUMBER:  # 某财函〔2024〕5号　　　主动公开: a mark in a cell of its own
                cell = next((c for c in L.gap_cells(b) if P.DISCLOSURE_MARK.match(b.folded[c[0] : c[1]].strip())), None)
                if cell is not None:
                    found, span = disclosure_of(b.text[cell[0] : cell[1]]), S.at(state, b, *cell)
                    break
            if b is state.signature_date and b.folded.endswith(")"):  # 2024年5月6日（此件公开发布）
                end = L.date_end(b)
                found = disclosure_of(b.text[end:]) if P.NOTE_LINE.match(b.folded[end:].strip()) else None
                if found:
                    span = S.inside(state, [b], found, end) or S.at(state, b, end, len(b.text))
                    break
            if b.zone in _CONTACT_NOTE_ZONES and b.folded[:1] == "(" and (at := _contact_after_note(b)):
                found = disclosure_of(b.text[1:at])  # （此件依申请公开，联系人：王某，电话：…）
                if found:
                    span = S.inside(state, [b], found) or S.at(state, b, 1, at)
                    break
            # a note is short: a longer line is not read (nor folded again) at all
            if b.zone not in _NOTE_ZONES or len(b.folded) > _NOTE_LENGTH:
                continue
            # （此件公开发布）, or the same under the 附注's label (附注：此件不予公开。)
            # a numbered point of a labelled 附注 (附注： ⏎ 1.此件主动公开。) too
            f = b.folded
            if (
                b.zone is _HEADER
                or P.NOTE_LINE.match(f)
                or P.NOTE_LABEL_LINE.match(f)
                or P.DISCLOSURE_SENTENCE.match(f)
                or _note_item(b)
            ):
                found = disclosure_of(b.text)
                if found:
                    span = S.inside(state, [b], found) or S.at(state, b)  # the note it was read from
                    break
    set_header(state, disclosure=found, disclosure_span=span)


_CONTACT_NOTE_ZONES = frozenset({Zone.NOTE, Zone.CONTACT})


def _contact_after_note(b: Block) -> int:
    """Where the contact starts in a bracketed 附注 that states the disclosure first and the contact
    after it in the same brackets ((此件依申请公开，联系人：王某，电话：…)), else 0: the note, too long
    for a short note's reading, still says the disclosure before the contact."""
    m = P.NOTE_CONTACT.search(b.folded)
    return m.start("label") if m is not None and P.DISCLOSURE_SENTENCE.match(b.folded[1 : m.start("label")]) else 0


def _note_item(b: Block) -> bool:
    return b.zone is _NOTE and bool(P.NOTE_ITEM.match(b.folded))


def _value_span(state: State, blocks: list[Block], key: str, value: str) -> Span | None:
    """Where `value` stands after `key` and its colon on one of `blocks` (是否公开：是 → the 是), or None: the
    label's own characters (the 是 of 是否) are no place of the value."""
    value = value.strip()
    for b in blocks:
        at = b.folded.find(key)
        colon = b.folded.find(":", at + len(key)) if at >= 0 else -1
        v = b.text.find(value, colon + 1) if colon >= 0 and value else -1
        if v >= 0:
            return S.at(state, b, v, v + len(value))
    return None


def _unmapped(state: State, blocks: list[Block], value: str) -> None:
    """A labelled value that names none of the three categories (待定, 部分公开) is resolved to
    nothing: say so, pointing at the value (it stays in `header.metadata` as written)."""
    value = value.strip()
    if not value:
        return
    where = next((b for b in blocks if value in b.text), None)
    message = f"公开属性“{value}”不是主动公开、依申请公开或不予公开 (disclosure value not mapped)"
    if where is None:
        state.warn("disclosure-unmapped", message)
    else:
        state.warn("disclosure-unmapped", message, where, where.text.index(value), len(value))
