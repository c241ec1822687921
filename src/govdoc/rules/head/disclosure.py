"""`header.disclosure`: a labelled 公开属性 or yes/no row (in the information table, a 版头 line or after the
落款, a bracketed 附注's part too), else a mark or a short note such as `（此件公开发布）`."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.category import disclosure_answered, disclosure_of
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.cues import DISCLOSURE, cued
from govdoc.rules.head.metadata import labelled
from govdoc.rules.head.update import set_header
from govdoc.state import Block, State, Zone

_NOTE_LENGTH = 24
# The 公开属性 labels, then the rows that answer whether (是否同意公开：是, 公开范围：公开: schema 1.12).
_KEYS = (*P.DISCLOSURE_KEYS, *P.DISCLOSURE_ANSWER_KEYS)
# after the 落款, and a 版头 line that is no metadata (`（答复类别：A类；是否公开：是）` over the title)
_LABELLED_ZONES = frozenset({Zone.TRAILER, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT, Zone.HEADER})
_NOTE_ZONES = frozenset({Zone.NOTE, Zone.HEADER, Zone.TRAILER})
_HEADER, _DOC_NUMBER, _NOTE = Zone.HEADER, Zone.DOC_NUMBER, Zone.NOTE
_IMPRINT = Zone.IMPRINT
# where a mark may stand (the 版记's lines for a 附注 closing one, round 30)
_MARKED_ZONES = frozenset({_DOC_NUMBER, Zone.NOTE, Zone.CONTACT, Zone.HEADER, Zone.TRAILER, _IMPRINT})


@cued(DISCLOSURE)
def disclosure(state: State) -> None:
    """The rule: (1) a labelled value; else, walking the 文号's, the notes' and the 落款 date's lines in the
    text's order, the first line that states one by (2)–(5):

    1. a label (`P.DISCLOSURE_KEYS`: 公开属性：主动公开, 信息公开选项：…) in the information table, on a 版头 line
       or after the 落款, a part of a bracketed 附注 included (`（答复类别：A类；是否公开：是）`, `labelled`);
       a form's yes/no row (是否公开：是, 是否同意公开：否, 公开范围：公开: schema 1.12) is read as 主动公开 or
       不予公开, its span the 是 or 否; a 公开属性 value naming no category (待定) is warned `disclosure-unmapped`
       and gives none; a 公开范围 naming where (全社会) says nothing of it and is passed over, unwarned;
    2. a mark in a cell of its own on the 文号's line (`某财函〔2024〕5号　　　主动公开`);
    3. a note in brackets after the 落款's date on its line (`2024年5月6日（此件公开发布）`), or closing a 版记
       line (`…印发　（此件主动公开）`, round 30);
    4. a bracketed 附注 stating the disclosure before a contact in the same brackets
       (`（此件依申请公开，联系人：王某，电话：…）`);
    5. a short note in the 附注 or 版头 (`（此件公开发布）`, `附注：此件不予公开。`, a numbered point of a
       labelled 附注, `此件主动公开。` as a sentence of its own).
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
                found, span = answered, S.after_label(state, labelled_blocks, key, pairs[key])
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
                marks = _marks_after_number(b)  # 某财函〔2024〕5号（A类　主动公开）: both marks in one bracket
                if marks is not None:
                    found = disclosure_of(b.text[marks:])
                    span = S.inside(state, [b], found, marks) if found else None
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
            if b.zone is _IMPRINT:  # 抄送：…。（此件主动公开）, …印发　（此件不公开）: a 附注 closing a 版记 line
                end = L.note_end(b.folded)
                found = disclosure_of(b.text[end:]) if end < len(b.folded) else None
                if found:
                    span = S.inside(state, [b], found, end) or S.at(state, b, end, len(b.text))
                    break
                continue
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
                if _unmapped_note(state, b):  # （此件删减后公开）: a note stating one the contract has no value for
                    break
    set_header(state, disclosure=found, disclosure_span=span)


_CONTACT_NOTE_ZONES = frozenset({Zone.NOTE, Zone.CONTACT})


def _marks_after_number(b: Block) -> int | None:
    """Where the bracket holding the category and the 公开属性 after the 文号 starts (`P.CATEGORY_DISCLOSURE_MARK`:
    `…10号（A类　主动公开）`), else None."""
    m = P.DOC_NO.search(b.folded) if "号" in b.folded and "公开" in b.folded else None
    mark = P.CATEGORY_DISCLOSURE_MARK.match(b.folded, m.end()) if m is not None else None
    return None if mark is None else mark.start()


def _contact_after_note(b: Block) -> int:
    """Where the contact starts in a bracketed 附注 that states the disclosure first and the contact
    after it in the same brackets ((此件依申请公开，联系人：王某，电话：…)), else 0: the note, too long
    for a short note's reading, still says the disclosure before the contact."""
    m = P.NOTE_CONTACT.search(b.folded)
    return m.start("label") if m is not None and P.DISCLOSURE_SENTENCE.match(b.folded[1 : m.start("label")]) else 0


def _note_item(b: Block) -> bool:
    return b.zone is _NOTE and bool(P.NOTE_ITEM.match(b.folded))


def _unmapped_note(state: State, b: Block) -> bool:
    """A 附注 that states how the document itself is published in words naming none of the three categories
    (`（此件删减后公开）`, `此件部分公开。`): warned `disclosure-unmapped` on its words, as a labelled value naming none
    is (the warning's span places the note, which was `content-unplaced`). True where it was one."""
    m = P.NOTE_OPENING.match(b.folded)
    at = m.end() if m is not None else 0
    said = P.DISCLOSURE_SENTENCE.match(b.folded[at:])  # (a slice: the pattern opens on ^)
    if said is None:
        return False
    _unmapped(state, [b], b.text[at:].rstrip(" )】〕。.）"))
    return True


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
