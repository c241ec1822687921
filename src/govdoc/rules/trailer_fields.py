"""The trailer's fields, one rule each: signature, contact, imprint, attachments.

The zoning rules (`rules/trailer/`) have already said which blocks are the 落款, 附注, contact
and 版记; these rules read the values out of them. Each is a named rule of the pipeline, so
it can be switched off or replaced on its own.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

import regex

from govdoc import patterns as P
from govdoc.fields.contact import parse_contact
from govdoc.fields.dates import find_date, partial_date
from govdoc.fields.organs import complete_organ, split_at_repeated_place, split_organs
from govdoc.fold import fold
from govdoc.guards import Holding
from govdoc.model import Contact, Imprint, Signature, SigningPerson, Span
from govdoc.needs import Need
from govdoc.numerals import cn_to_int, list_number
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.cues import SIGNER, cued
from govdoc.rules.head.marks import names_length, signer_names
from govdoc.rules.trailer.attachments import file_box_label
from govdoc.state import Block, State, Zone

# Zones by module-level names: on Python 3.11 a `Zone.X` look-up costs several times a global's
# (the enum's metaclass hooks attribute access), and the rules ask them once per block.
_ATTACHMENTS = Zone.ATTACHMENTS
_ATTACHMENT_CONTENT = Zone.ATTACHMENT_CONTENT
_CLOSING = Zone.CLOSING
_CONTACT = Zone.CONTACT
_HEADER = Zone.HEADER
_IMPRINT = Zone.IMPRINT
_METADATA = Zone.METADATA
_NOTE = Zone.NOTE
_SIGNATURE = Zone.SIGNATURE
_TRAILER = Zone.TRAILER

_JOINT_SEPARATORS = "、,和及与 "
_JOINT_SEPARATOR = re.compile(f"[{_JOINT_SEPARATORS}]")  # stdlib `re` finds one of a class in a line fastest
_MAX_JOINT = 4
_MIN_ORGAN = 3


def _in(state: State, *zones: Zone) -> list[Block]:
    """The blocks of these zones, in order. One zone is compared by identity and several looked up
    in a set: `in` a tuple compares a zone's string with each that is not the same object."""
    return state.in_zones(frozenset(zones))  # made once per parse, the zones being settled


# --- signature ----------------------------------------------------------------------------


def _known_organs(state: State) -> set[str]:
    """Organs the document names elsewhere as one of several (the title's 国务院、中央军委)."""
    known: set[str] = set()
    before_about = (state.header.title or "").partition("关于")[0]  # 国务院、中央军委关于…
    for names in (state.header.issuer, before_about):
        if not names or not _JOINT_SEPARATOR.search(names):
            continue  # one name: nothing to split (most issuers, and a title opening with 关于)
        parts = [names]
        for sep in _JOINT_SEPARATORS:
            parts = [q for p in parts for q in p.split(sep)]
        if len(parts) > 1:
            known.update(p.strip() for p in parts if len(p.strip()) >= 2)
    return known


def _split_joint(name: str, known: set[str]) -> list[str]:
    """Joint signers printed without a separator (国务院中央军委), split where the document names them apart, or
    else where the place the first opens with opens the next (`split_at_repeated_place`)."""
    if name in known:
        return [name]
    parts: list[str] = []
    rest = name
    while known and rest and len(parts) < _MAX_JOINT:
        head = next((k for k in sorted(known, key=len, reverse=True) if rest.startswith(k)), None)
        if head is None:
            break
        parts.append(head)
        rest = rest[len(head) :]
    return parts if not rest and len(parts) > 1 else split_at_repeated_place(name)


def _organs_on_line(b: Block, end: int | None = None) -> list[str]:
    """The organs of a 落款 line: cut at wide gaps, and at single spaces where every part is an organ;
    on a labelled line (会办单位：某局、某局), the label's value split by the contract's rule."""
    labelled = L.labelled_organs(b)
    if labelled is not None:
        return [_without_seal(name).strip() for name in split_organs(labelled)]
    cells = L.organ_cells(b)
    if cells:
        return cells  # a joint 落款 laid out in a table: an organ a cell
    text = b.text[:end].strip() if end is not None else b.text
    spoken = L.spokesman_end(fold(text)) if "言人" in text else 0  # 发言人 or 發言人: the fold reads both
    if spoken:
        text = text[:spoken]  # 某街道办发言人: the organ written before 发言人 signs
    debris = P.ENTITY_DEBRIS.search(fold(text)) if "&" in text else None  # an entity's debris holds its &
    if debris:
        text = text[: debris.start()]
    cuts = [g for g in sorted(set(b.gaps)) if 0 < g < len(text)]
    parts: list[str] = []
    pos = 0
    for cut in [*cuts, len(text)]:
        part = text[pos:cut].strip()
        if part:
            parts.extend(_at_spaces(part, [s - pos for s in b.spaces if pos < s < cut]))
        pos = cut
    names = (_without_seal_note(_without_seal(p.strip(L.CELL_EDGE))).strip() for p in parts)
    # 某区教育局、某区财政局: co-signers joined by 、, split by the contract's rule for organ lists
    return [part for n in names if n for part in (split_organs(n) if "、" in n else [n])]


def _at_spaces(part: str, spaces: list[int]) -> list[str]:
    """`part` cut at its removed single spaces when each piece is an organ's name (not letter-spacing)."""
    pieces = [p for p in part.split("  ") if p.strip()]
    if len(pieces) > 1 or not spaces:
        return pieces
    bounds = [0, *sorted(spaces), len(part)]
    names = [part[a:b].strip() for a, b in itertools.pairwise(bounds)]
    if all(_is_organ_name(fold(n)) for n in names):
        return names
    return [part]


def _is_organ_name(name: str) -> bool:
    return len(name) >= _MIN_ORGAN and bool(P.ORGAN_SUFFIX.search(name)) and not P.PLACE_ONLY.match(name)


def _without_seal_note(name: str) -> str:
    """The name with a seal's note in ASCII brackets after it taken off (SEAL_AFTER ends on its bracket)."""
    return P.SEAL_AFTER.sub("", name) if name.endswith(P.SEAL_CLOSERS) else name


def _without_seal(part: str) -> str:
    """The name with a trailing seal note (（代章）) or role note (（主办）) removed; the note's brackets may
    be either width."""
    f = fold(part)
    m = P.SEAL_AFTER.search(f) if f.endswith(P.SEAL_CLOSERS) else None
    m = m or (P.ROLE_AFTER.search(f) if f.endswith(")") else None)
    return part[: m.start()] if m else part


_OTHER_DATES_MESSAGE = "联合署名下日期不同，取最后一个 (joint signers printed different dates: the last is the date)"


def _organ_end_before_date(b: Block) -> int:
    """Where the organ of an organ-and-date line ends (某县卫生健康局　2024年6月3日), or 0 for another line."""
    if not L.is_organ_date_line(b):
        return 0
    m = L.organ_date_match(b)
    return m.end("organ") if m else 0


def signature(state: State) -> None:
    """Signing organ(s) and date from the 落款 block(s); an undated or organless one is a warning."""
    date_block = state.signature_date
    if date_block is None and not state.signature_organs and state.form_signature is not None:
        # no 落款 closes the answer: a mailbox form's 回复单位/回复时间 rows above it are its 署名 and date
        state.signature_organs, date_block = state.form_signature
        state.signature_date = date_block
    if date_block is None:
        if state.signature_organs:
            _undated_signature(state)
        return
    found_organs: list[str] = []
    for b in state.signature_organs:
        dated = _organ_end_before_date(b)  # a joint signer's line with the date beside its name, over the last's
        names = _organs_on_line(b, dated) if dated else _organs_on_line(b)
        if (
            found_organs
            and len(names) == 1
            and (P.ORGAN_ENDING_ONLY.match(fold(names[0])) or L.organ_cut(fold(found_organs[-1]), fold(names[0])))
        ):
            found_organs[-1] += names[0]  # an organ's ending wrapped onto its own line (…建设 ⏎ 管理委员会)
            state.warn("page-break-joined", _WRAPPED_ORGAN_MESSAGE, b, max(b.text.find(names[0]), 0), len(names[0]))
            continue
        found_organs.extend(names)
    end = L.date_end(date_block)
    start = state.signature_from
    flat = P.SIGNATURE_TAIL.match(date_block.folded, start, end) if start else None
    if flat and flat.group("organ"):  # flattened onto the body's (or contact's) last line: the line's tail
        found_organs.append(date_block.text[flat.start("organ") : flat.end("organ")])
    m = (
        P.ORGAN_DATE_LINE.match(date_block.folded, 0, end) or P.ORGAN_MONTH_DATE_LINE.match(date_block.folded, 0, end)
        if not start and L.is_organ_date_line(date_block)
        else None
    )
    by_year = None  # 县统计局　　2024年: the 落款 dated to its year on the organ's line (signature._dated_by_year)
    if m is None and not start and date_block.folded[end - 1 : end] == "年":
        m = by_year = P.ORGAN_YEAR_DATE_LINE.match(date_block.folded, 0, end)
    if not start and L.labelled_organs(date_block):
        found_organs.extend(_organs_on_line(date_block))  # 答复单位：某局  答复日期：2024年5月6日
    elif m:
        found_organs.extend(_organs_on_line(date_block, m.end("organ")))
    elif not start and (compiled := L.compiled_by_at(date_block)):  # a 简报's 编发 line: its organ, 编 left out
        found_organs.extend(_organs_on_line(date_block, compiled))
    elif not start and not L.date_class(date_block) and (named := L.name_date_at(date_block)):
        found_organs.extend(_organs_on_line(date_block, named))  # a name by its place beside the date
    known = _known_organs(state)
    # an organ named twice (a seal's ring text read as a line over the name) signs once
    issuers = list(dict.fromkeys(part for name in found_organs for part in _split_joint(name, known)))
    last = L.last_date_at(date_block) if not start else 0
    if last:  # joint organs' own dates side by side: the last signer's is the document's (GB/T 9704)
        state.warn("date-unparsed", _OTHER_DATES_MESSAGE, date_block, 0, len(date_block.text[:last].rstrip()))
    found = find_date(date_block.text[start + last : end])
    begin = flat.start("date") if flat else m.start("date") if m and found is None else last
    as_written = date_block.text[begin:end].strip(L.CELL_EDGE)
    partial = partial_date(as_written) if found is None else None
    if partial is not None and len(partial) == _YEAR_ONLY and not (by_year or _year_alone(date_block)):
        partial = None  # a year at a line's end after other values (…某局 2024年) may be a date cut short
    if partial is not None:
        state.warn("date-partial", _partial_message(partial), date_block, *_where(date_block, as_written))
    elif found is None or found[0] is None:
        state.warn(
            "date-unparsed",
            "成文日期残缺或无法识别 (signature date could not be read)",
            date_block,
            0,
            len(date_block.text),
        )
    persons = _signing_persons(state)
    if not issuers and not persons:  # a 命令 signed by its head (市长 张某某) names whom it needs (schema 1.9)
        state.warn("field-missing", "未找到落款的发文机关署名 (the signature names no organ)", date_block, 0, 0)
    date, date_text = (found[0], found[1]) if found else (None, as_written)
    organ_lines = [date_block] if start else [*state.signature_organs, date_block]
    state.signature = Signature(
        tuple(issuers),
        date,
        date_text,
        issuers_spans=S.each_inside(state, organ_lines, issuers),
        date_span=S.inside(state, [date_block], date_text, start + last)
        or (S.in_last_paragraph(state, date_text) if start and date_block.start < 0 else None),
        date_partial=partial,
        persons=persons,
    )


def _signing_persons(state: State) -> tuple[SigningPerson, ...]:
    """The 落款's lines of a post and a name (市长 张某某, 领衔代表：李某某): persons, never organs
    (schema 1.9), each with its line's span and its name's."""
    found: list[SigningPerson] = []
    over: Block | None = (
        None  # the 落款's line over this one: its organ's, under which a name written solid is a person's
    )
    for b in state.in_zones(_SIGNATURE_ONLY):
        m = L.signing_person(b, over) if b is not state.signature_date else None
        over = b
        if m is None:
            continue
        lead = len(b.folded) - len(b.folded.lstrip())
        name_at, name_end = lead + m.start("name"), lead + m.end("name")
        post = b.text[lead + m.start("post") : lead + m.end("post")]
        found.append(SigningPerson(b.text[name_at:name_end], post, S.at(state, b), S.at(state, b, name_at, name_end)))
    return tuple(found)


_SIGNATURE_ONLY = frozenset((_SIGNATURE,))


# Schema 1.8: a 落款 or 印发 date written to its month only is read to that precision (`date_partial`),
# and said so: the day the contract's ISO date needs is not in the document.
_PARTIAL_DATE_MESSAGE = "日期只写到年月，未作完整日期 (the date names its year and month only: {0}, no day)"
_YEAR_ONLY_MESSAGE = "日期只写到年份，未作完整日期 (the date names its year only: {0}, no month or day)"


def _partial_message(partial: str) -> str:
    """The `date-partial` warning's message for a date written to its month (2024-05) or, since schema
    1.10, to its year only (2024)."""
    return (_YEAR_ONLY_MESSAGE if len(partial) == _YEAR_ONLY else _PARTIAL_DATE_MESSAGE).format(partial)


_YEAR_ONLY = 4  # `2024`: ISO 8601's reduced precision to the year


def _year_alone(b: Block) -> bool:
    """The 落款's date line is a year alone (二〇二四年): a date written to its year (schema 1.10). A year at the
    end of a line of other values (联系人：… 某局 2024年, a page end's cut) stays `date-unparsed`."""
    return P.YEAR_DATE.fullmatch(b.folded.strip()) is not None


def _where(b: Block, written: str) -> tuple[int, int]:
    """Where `written` stands on `b` (offset, length); the whole line where it is not found as such."""
    at = b.text.rfind(written) if written else -1
    return (at, len(written)) if at >= 0 else (0, len(b.text))


def _undated_signature(state: State) -> None:
    """A 落款 of organ lines only: the organs, no date, and a warning that the date is missing."""
    known = _known_organs(state)
    names = [name for b in state.signature_organs for name in _organs_on_line(b)]
    issuers = [part for name in names for part in _split_joint(name, known)]
    last = state.signature_organs[-1]
    state.warn("field-missing", _NO_DATE_MESSAGE, last, len(last.text), len(last.text))
    state.signature = Signature(
        tuple(issuers), None, None, issuers_spans=S.each_inside(state, state.signature_organs, issuers)
    )


_WRAPPED_ORGAN_MESSAGE = "落款机关名称在换行处断开，已拼接 (an organ's name wrapped in the signature re-joined)"
_NO_DATE_MESSAGE = "落款没有成文日期 (the signature has no date: the page ends or never gave one)"


@cued(SIGNER)
def signer_after_date(state: State) -> None:
    """领导签发：… after the 落款 (on the date's line or below it) names the signer where the header does not."""
    if state.header.signer is not None:
        return
    dated = [state.signature_date] if state.signature_date else []
    for b in [*dated, *_in(state, _NOTE, _CONTACT, _TRAILER)]:
        m = P.SIGNER.search(b.folded, L.date_end(b)) if b is state.signature_date else None
        m = m or L.signer_match(b)
        # a later cell of a trailer line (经办人：王某  审核人：李某  签发人：张某)
        m = m or (P.SIGNER_CELL.search(b.folded) if b is not state.signature_date and "签" in b.folded else None)
        if m:
            end = m.start("name") + names_length(b.folded[m.start("name") : m.end("name")])
            name, span = b.text[m.start("name") : end], S.at(state, b, m.start("name"), end, strip=False)
            state.header = dataclasses.replace(state.header, signer=name, signers=signer_names(name), signer_span=span)
            return


# --- contact, imprint, attachments --------------------------------------------------------


def contact(state: State) -> None:
    """联系人, 电话 … from the contact lines, each value with where it stands in them; also from a
    contact cell that shares a line with another field of the trailer (签发人：张三  联系人：李四), and
    from a closing that names whom to ask (以上答复，如有问题请与…联系，联系电话：…) and from a 附注
    that gives the contact after its note ((此件依申请公开。联系人：…))."""
    blocks: list[Block] = []
    texts: list[str] = []
    folds: list[str] = []  # their folded copies, as the rules read them
    head: list[Block] = []  # the header's and metadata's lines, read only where the trailer gives no contact
    after: list[bool] = []  # each head line stands right under the head line before it
    last = None
    for b in state.blocks:  # one walk for both
        if b.zone in _HEAD_ZONES:
            after.append(bool(head) and last is head[-1])
            head.append(b)
            last = b
            continue
        last = b
        if b.zone not in _CONTACT_ZONES:
            continue
        if b.zone is _SIGNATURE:
            start = _contact_after_date(b) if b is state.signature_date else None
        elif b.zone is _CLOSING:
            start = _contact_in_closing(b)
        else:
            note = _contact_in_note(b) if b.zone is _NOTE else None
            start = 0 if b.zone is _CONTACT else note if note is not None else _next_contact_cell(b)
        if start is not None:
            blocks.append(b)
            texts.append(b.text[start:])
            folds.append(b.folded[start:])
    _pair_bare_labels(blocks, texts, folds)
    found = parse_contact(texts, folds)
    cells = [(b, 0 if L.is_contact_line(b) else _contact_beside_signer(b)) for b in head]
    for k in range(1, len(cells)):
        # the value under a contact label alone (承办单位： ⏎ 某局: a form's table flattened one cell a line)
        if (
            cells[k][1] is None
            and after[k]
            and cells[k - 1][1] == 0
            and L.is_bare_contact_label(head[k - 1].folded.strip())
        ):
            cells[k] = (head[k], 0)
    heads = [(b, at) for b, at in cells if at is not None]
    head_blocks = [b for b, _ in heads]
    head_texts, head_folds = [b.text[at:] for b, at in heads], [b.folded[at:] for b, at in heads]
    _pair_bare_labels(head_blocks, head_texts, head_folds, _HEAD_ZONES)
    if found is None:  # the contract's "wherever it stands": a reply form may give it above the title
        blocks = head_blocks
        found = parse_contact(head_texts, head_folds) if heads else None
    elif found.unit is None and heads:
        # a reply form names its 承办单位 above the title and whom to ask at the end: one contact
        above = parse_contact(head_texts, head_folds)
        if above is not None and above.unit is not None:
            found, blocks = dataclasses.replace(found, unit=above.unit), [*blocks, *(b for b, _ in heads)]
    state.contact = None if found is None else _with_spans(state, found, blocks)


_CONTACT_ZONES = frozenset((_CLOSING, _SIGNATURE, _NOTE, _CONTACT, _IMPRINT, _TRAILER))


def _pair_bare_labels(
    blocks: list[Block], texts: list[str], folds: list[str], zones: frozenset[Zone] = frozenset((_CONTACT,))
) -> None:
    """A contact label alone on its line and its value alone on the next (联系人 ⏎ 宋某: a table a
    converter flattened a cell a line) are read as one labelled line; the value's own line is then
    read as nothing more. Only the lines `parse_contact` reads change, never the blocks (the spans
    are found in the blocks' text). `zones`: where the label and its value stand (the contact's zone, or the
    head's for a form's 承办单位 above the title)."""
    for i in range(len(blocks) - 1):
        label = folds[i].strip()
        if blocks[i].zone not in zones:
            continue
        if L.is_contact_label_row(blocks[i]):
            _pair_label_row(i, blocks, texts, folds)
            continue
        bare_line = L.is_bare_contact_label(label)
        if not (bare_line or L.ends_on_bare_contact_label(label)):
            continue
        value = blocks[i + 1]
        if value.zone not in zones or L.is_contact_line(value) or ":" in folds[i + 1]:
            continue
        if not bare_line:  # 联系人：李某，联系电话： ⏎ 0551-62345678: the last label's value on the next line
            texts[i], folds[i] = texts[i].rstrip() + texts[i + 1].strip(), folds[i].rstrip() + folds[i + 1].strip()
            texts[i + 1] = folds[i + 1] = ""
            continue
        bare = texts[i].strip().rstrip(":：").rstrip()
        texts[i], folds[i] = bare + "：" + texts[i + 1].strip(), fold(bare) + ":" + folds[i + 1].strip()
        texts[i + 1] = folds[i + 1] = ""


def _pair_label_row(i: int, blocks: list[Block], texts: list[str], folds: list[str]) -> None:
    """A table's row of contact labels over its row of values (| 联系人 | 联系电话 | ⏎ | 宋某 | 0571-… |, the
    trailer's zoning gave the values' row the contact's zone only where it is the table's one row under the
    labels): each label with the value under it, read as one labelled line; the values' row as nothing more."""
    value = blocks[i + 1]
    width = len(blocks[i].cells or ())
    if value.zone is not _CONTACT or value.cells is None or len(value.cells) != width:
        return
    labels, values = texts[i].split("\t"), texts[i + 1].split("\t")
    if len(labels) != width or len(values) != width:
        return
    pairs = [
        f"{k.strip().rstrip(':：').rstrip()}：{v.strip()}" for k, v in zip(labels, values, strict=True) if v.strip()
    ]
    texts[i], folds[i] = "，".join(pairs), fold("，".join(pairs))
    texts[i + 1] = folds[i + 1] = ""


_HEAD_ZONES = frozenset((_METADATA, _HEADER))


def _contact_beside_signer(b: Block) -> int | None:
    """Where the contact cell of an upward document's signer row starts (签发人：张某　　联系人：李某
    电话：…, a 请示's 版头 giving whom to ask beside who signed it), or None: only after the signer's
    label and name, so a portal's table row (发布机构：…　联系电话：…) is not read as a contact."""
    f = b.folded
    signer = P.SIGNER.match(f) if "签" in f else None
    m = P.NEXT_CONTACT_CELL.search(f, signer.end()) if signer is not None else None
    return m.start() if m else None


def _contact_after_date(b: Block) -> int | None:
    """Where a contact note written on after the 成文日期 starts (…2024年5月6日（联系人：王某，电话：…）)."""
    f = b.folded
    at = L.contact_note_at(f) if f.endswith(")") and L.date_end(b) < len(f) else None
    return None if at is None else at + 1


def _contact_in_note(b: Block) -> int | None:
    """Where a contact starts in a 附注: after its label (附注：联系人：…) or its own note ((此件公开。联系人：…))."""
    m = P.NOTE_CONTACT.search(b.folded)
    return m.start("label") if m else None


# CONTACT_IN_SENTENCE asked only of a closing holding what each of its forms holds (电 or 手 of the number's word,
# 致 or 拨 of a calling verb), CONTACT_AFTER_STOP of one holding a stop (its look-behind's): read off their sources
_CONTACT_IN_SENTENCE, _CONTACT_AFTER_STOP = Holding(P.CONTACT_IN_SENTENCE), Holding(P.CONTACT_AFTER_STOP)


def _contact_in_closing(b: Block) -> int | None:
    """Where a closing starts to say whom to ask, with the number labelled (…请与我局联系，联系电话：…), or a
    sentence of it opens on a contact label (…关心和支持！联系人：王某，电话：…)."""
    f = b.folded
    m = _CONTACT_IN_SENTENCE.search(f)
    if m is not None and ":" not in f and not any(c.isdigit() for c in f):
        m = None  # the number is neither labelled nor written: the digit scan, dearer, only after a match
    if m is None and f.endswith(")"):
        bracket = P.CONTACT_BRACKET.search(f)  # 特此答复。（联系人：王某，电话：…）
        return bracket.start("label") if bracket else None
    if m is None:
        # 感谢…支持！经办人：王某　电话：…: the label after a stop (its look-behind), never in a line holding none
        label = _CONTACT_AFTER_STOP.search(f)
        return label.end() if label else None  # the label's start, past the spaces after the stop
    return m.start()


def _next_contact_cell(b: Block) -> int | None:
    """Where a contact cell starts after the first labelled field of a trailer line (签发人, 抄报,
    办理处室 …), if one does; never in a site's footer (主办单位：…  地址：…  邮编：…), which names no
    person to ask as a reply form's 主办单位 row does (主办单位：…  联系人：…)."""
    colon = b.folded.find(":", 0, _FIRST_LABEL_REACH)
    if colon <= 0 or (P.SITE_FOOTER_LABEL.match(b.folded) and not P.PERSON_CELL.search(b.folded, colon + 2)):
        return None
    m = P.NEXT_CONTACT_CELL.search(b.folded, colon + 2)
    return m.start() if m else None


_FIRST_LABEL_REACH = 8  # 签发人：, 抄    报： (spaces removed), 审核人：: the line's own label is short


def _with_spans(state: State, c: Contact, blocks: list[Block]) -> Contact:
    return dataclasses.replace(
        c,
        name_span=S.inside(state, blocks, c.name),
        phones_spans=S.each_inside(state, blocks, c.phones),
        address_span=S.inside(state, blocks, c.address),
        postcode_span=S.inside(state, blocks, c.postcode),
        email_span=S.inside(state, blocks, c.email),
        unit_span=S.inside(state, blocks, c.unit),
        faxes_spans=S.each_inside(state, blocks, c.faxes),
    )


# its lines are zoned 版记 or trailer (a 纪要's head line, `state.head_imprint`, is zoned 版记 too)
IMPRINT_NEED: Need = Need(
    "a line zoned 版记 or trailer (`imprint` reads no other)", zones=frozenset((_IMPRINT, _TRAILER))
)


def imprint(state: State) -> None:
    """版记: 抄送 (wrapped lists carried on) and the 印发 line with its organ."""
    cc: list[tuple[Block, int, list[str]]] = []  # each line's organs, and where on it they start
    printed_by = printed_on = partial = None
    by_span = on_span = None
    blocks = _in(state, _IMPRINT, _TRAILER)
    blocks = [b for b in blocks if b.zone is _IMPRINT or _cc_after_terms(b) is not None]
    in_cc = False
    for k, b in enumerate(blocks):
        note = L.note_end(b.folded)  # 抄送：…。（答复类别：B类）, …印发　（此件主动公开）: a 附注 closing the line
        m = L.cc_line(b) or _cc_after_terms(b)
        if m:
            cell = P.NEXT_CONTACT_CELL.search(b.folded, m.start("v"))  # 抄报：… 联系单位：… on one line
            printed = P.PRINTED_AFTER_CC.search(b.folded, m.start("v"))  # 抄送：…。  某办  …印发 on one line
            at, nxt = m.start("v"), _next_cc_cell(b, m.start("v"))  # 抄报：…　　抄送：… on one line
            while nxt is not None:
                cc.append((b, at, _cc_names(b, at, b.text[at : nxt.start()].rstrip(L.CELL_EDGE))))
                at, nxt = nxt.start("v"), _next_cc_cell(b, nxt.start("v"))
            ends = [x.start() for x in (cell, printed) if x is not None] + [note] * (note < len(b.folded))
            value = b.text[at : min(ends, default=len(b.text))]
            cc.append((b, at, _cc_names(b, at, value.rstrip(L.CELL_EDGE))))
            on_line = P.PRINTED_LINE.match(b.folded[printed.end() :]) if printed else None
            if printed is not None and on_line is not None:
                printed_by, by_span, printed_on, on_span, partial = _printed(state, b, on_line, printed.end())
            in_cc = True
            continue
        if (
            in_cc
            and not P.PRINTED_LINE.match(b.folded, 0, note)
            and _printed_row(b, P.PRINTED_BY_LINE) is None
            and _printed_row(b, P.PRINTED_ON_LINE) is None
            and _carries_cc_on(cc[-1][0], b, blocks[k + 1 : k + 2])
        ):
            names = _cc_names(b, 0, b.text.rstrip(L.CELL_EDGE))  # the 抄送 list wrapped onto this line
            _join_name_cut_by_wrap(state, cc[-1], b, names)
            cc.append((b, 0, names))
            continue
        in_cc = False
        m = P.PRINTED_LINE.match(b.folded, 0, note)  # …印发　（此件主动公开）: the note aside
        if m:
            printed_by, by_span, printed_on, on_span, partial = _printed(state, b, m, 0)
            if printed_by is None and k > 0 and L.is_organ_line(blocks[k - 1]):
                printed_by = blocks[k - 1].text.strip()
                by_span = S.at(state, blocks[k - 1])
        elif (by := _printed_row(b, P.PRINTED_BY_LINE)) is not None:  # 印发机关：某办 ⏎ 印发日期：…: the organ's row
            printed_by, by_span = b.text[by.start("by") : by.end("by")].strip(), S.at(state, b, *by.span("by"))
        elif (on := _printed_row(b, P.PRINTED_ON_LINE)) is not None:  # … and the date's, maybe the organ's after it
            by_on, by_on_span, printed_on, on_span, partial = _printed(state, b, on, 0)
            if by_on is not None:
                printed_by, by_span = by_on, by_on_span
    head = state.head_imprint
    if head is not None and printed_by is None and printed_on is None and partial is None:
        m = P.PRINTED_HEAD_LINE.match(head.folded)  # a 纪要's head line (schema 1.11), where the 版记 has none
        if m is not None:
            printed_by, by_span, printed_on, on_span, partial = _printed(state, head, m, 0)
    organs = tuple(name for _, _, names in cc for name in names)
    if not (organs or printed_by or printed_on or partial):
        state.imprint = None
        return
    _warn_cut_cc(state, cc)
    spans = tuple(s for b, start, names in cc for s in S.each_inside(state, [b], names, start))
    cc_spans = spans if len(spans) == len(organs) else ()  # one per organ, or none: the lists stay aligned
    state.imprint = Imprint(organs, printed_by, printed_on, cc_spans, by_span, on_span, printed_on_partial=partial)


def _printed_row(b: Block, pattern: regex.Pattern[str]) -> regex.Match[str] | None:
    """`pattern` (PRINTED_BY_LINE or PRINTED_ON_LINE: one row of a 印发 line set as two) on a line opening on 印发."""
    return pattern.match(b.folded) if b.folded.startswith(P.PRINTED_WORD) else None


def _next_cc_cell(b: Block, start: int) -> regex.Match[str] | None:
    """The next 抄送/抄报 cell on a 版记 line after `start` (抄报：市某局　　抄送：县某委, the 版记's two rows set on
    one line): a label and its colon that a wide gap, kept or taken out between two ideographs, or a list's mark
    sets off from the value before it, as a cell's edge; a 抄送 inside an organ's words is none."""
    f = b.folded
    found: regex.Match[str] | None = None
    for word in P.CC_WORDS:
        at = f.find(word, start)
        while at > start and (found is None or at < found.start()):
            m = P.CC_CELL.match(f, at)
            if m is not None and (f[at - 1] in _CC_CELL_EDGE or at in b.gaps):
                found = m
                break
            at = f.find(word, at + 1)
    return found


_CC_CELL_EDGE = frozenset(" \t,;。")


def _cc_after_terms(b: Block) -> regex.Match[str] | None:
    """A 抄送 on the 主题词's line (主题词：教育　收费　　抄送：县委办公室…: a copy that set the 版记's two rows
    on one line): the 抄送 cell, its value where a 抄送 line's stands (the terms are the header's)."""
    f = b.folded
    if f[:3] not in _SUBJECT_LABELS:
        return None
    end = P.SUBJECT_TERMS_END.search(f)
    return P.CC_CELL.match(f, end.start()) if end is not None else None


_SUBJECT_LABELS = frozenset(P.SUBJECT_TERM_KEYS)


def _carries_cc_on(above: Block, b: Block, below: list[Block]) -> bool:
    """Line `b` under a 抄送 line carries its list on: any line that is not an organ's name alone, and an
    organ line too unless a 印发 line without an organ of its own follows, whose organ it is then
    (某县农业农村局办公室 ⏎ 2024年3月1日印发). A print line naming its organ (…，县市场监管局， ⏎ 县教育局
    县卫生健康局 ⏎ 某县农业农村局办公室 2024年3月1日印发) leaves the organ line nothing but the list."""
    if not L.is_organ_line(b):
        return True
    printed = P.PRINTED_LINE.match(below[0].folded, 0, L.note_end(below[0].folded)) if below else None
    return printed is None or bool(printed.group("by"))


def _cc_names(b: Block, start: int, value: str) -> list[str]:
    """The organs of a 抄送 list's piece `value` (from offset `start` of line `b`): cut at the layout's wide
    gaps (县人民政府办公室    县财政局), each part split by the contract's rule, and a name further cut at
    the single spaces the layout rule took out where every piece is an organ's name (a wrapped line's
    县教育局 县卫生健康局)."""
    cuts = sorted({0, *(g - start for g in b.gaps if 0 < g - start < len(value)), len(value)})
    names: list[str] = []
    for lo, hi in itertools.pairwise(cuts):
        pos = lo
        for name in split_organs(value[lo:hi]):
            at = value.find(name, pos)
            spaces = [s - start - at for s in b.spaces if 0 < s - start - at < len(name)] if at >= 0 else []
            names.extend(_at_organ_spaces(name, spaces) if spaces else [name])
            pos = at + len(name) if at >= 0 else pos
    return names


def _at_organ_spaces(name: str, spaces: list[int]) -> list[str]:
    """`name` cut at its removed single spaces where every piece is a complete organ's name (县教育局 县卫生
    健康局), as the layout rule keeps such a space on a 抄送 line; else whole (某某县人民政府 办公室)."""
    bounds = [0, *sorted(spaces), len(name)]
    pieces = [name[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return pieces if all(complete_organ(fold(piece)) for piece in pieces) else [name]


def _join_name_cut_by_wrap(state: State, above: tuple[Block, int, list[str]], b: Block, names: list[str]) -> None:
    """A 抄送 list wrapped inside an organ's name (…，区人民政府 ⏎ 办公室，… / …，市市场监督管 ⏎ 理局，…):
    the line above broke with no separator, and either this one opens on an organ's ending alone, or
    on the rest of an ending word the line above broke off (办 ⏎ 公室), or the line above is as long
    as a wrapped one and the piece it ends on ends like no organ, so the
    two halves are one name (a line never opens on a separator, so a wrap between two names leaves
    it at the upper line's end; a short line that ends on a name lost its separator: 区政协 ⏎
    区政府办公室). Joining them is a guess from the text: a `page-break-joined` warning says so (the
    name has no span then)."""
    line, _, before = above
    end = line.folded.rstrip(L.CELL_EDGE)
    if not (names and before) or end.endswith(_CC_ENDS):
        return
    cut = len(end.strip()) >= _WRAPPED_CC_LINE and _cut_name(fold(before[-1]))
    if not (cut or P.ORGAN_ENDING_ONLY.match(fold(names[0])) or _ending_word_cut(fold(before[-1]), fold(names[0]))):
        return
    first = names.pop(0)
    before[-1] += first
    state.warn("page-break-joined", _CUT_NAME_MESSAGE, b, max(b.text.find(first), 0), len(first))


def _ending_word_cut(upper: str, lower: str) -> bool:
    """The wrap fell inside one word of an organ's ending (区政协办 ⏎ 公室, 市发展和改革委 ⏎ 员会): the
    name above ends on the word's head and the piece below opens on its rest (`P.ORGAN_ENDING_WORDS`)."""
    return any(
        upper.endswith(word[:at]) and lower.startswith(word[at:])
        for word in P.ORGAN_ENDING_WORDS
        for at in range(1, len(word))
    )


_CC_ENDS = ("、", ",", ";", "。", ".", ":")
_WRAPPED_CC_LINE = 20  # a 抄送 line the page width cut is long (a 版记 line holds about 28 to 35 characters)
_CUT_NAME_MESSAGE = "抄送名单在换行处断开了一个名称，已拼接 (a cc name cut by a line wrap re-joined)"


def _printed(
    state: State, b: Block, m: regex.Match[str], at: int
) -> tuple[str | None, Span | None, str | None, Span | None, str | None]:
    """The 印发 organ and date (with their spans) of a print line matched from offset `at` of `b`, and
    the date's reduced ISO form where it is written to its month only (schema 1.8), with a warning."""
    date_at = at + m.start("date")
    found = find_date(b.text[date_at:]) if m.group("date") else None  # 某办印发: no date written
    printed_on = found[0] if found else None
    on_span = S.inside(state, [b], found[1], date_at) if found and found[0] else None
    partial = partial_date(b.text[date_at : at + m.end("date")]) if m.group("date") and not found else None
    if partial is not None:
        state.warn("date-partial", _partial_message(partial), b, date_at, m.end("date") - m.start("date"))
        # schema 1.9: where the month-only date stands, as `signature.date_span` marks one
        on_span = S.at(state, b, date_at, at + m.end("date"))
    if not m.group("by"):
        return None, None, printed_on, on_span, partial
    by_start, by_end = at + m.start("by"), at + m.end("by")
    return b.text[by_start:by_end].strip(), S.at(state, b, by_start, by_end), printed_on, on_span, partial


def _warn_cut_cc(state: State, cc: list[tuple[Block, int, list[str]]]) -> None:
    """A 抄送 list that the text's end cuts off (抄送：市人大常委会，市政): its last name stays as written, with
    a `field-missing` warning. The list is cut when it is the last thing the text holds and ends on a
    separator, or without its stop on a name that ends like no organ or addressee."""
    lines = [(b, names) for b, _, names in cc if names]
    if not lines:
        return
    b, names = lines[-1]
    live = state.live()  # the list is the text's end where its line is the last line of the text
    if live[-1] is not b:
        return
    f = b.folded.rstrip(L.CELL_EDGE)
    if P.PRINTED_AFTER_CC.search(f):
        return  # the list ended before the 印发 line written on after it
    last = fold(names[-1])
    if f.endswith(("。", ".")) or not (f.endswith(_CC_SEPARATORS) or _cut_name(last)):
        return
    name = names[-1]
    where = b.text.rfind(name)
    state.warn("field-missing", _CUT_CC_MESSAGE, b, max(where, 0), len(name) if where >= 0 else 0)


def _cut_name(folded: str) -> bool:
    """No organ's or addressee's ending, once a closed bracket after it is set aside (各镇（街道）), or a
    single character (市, 县: a place word an organ's name opens with, never a name alone)."""
    core = P.TRAILING_PAREN.sub("", folded).strip()
    if len(core) == 1 and not folded.endswith(")"):
        return True
    return not (P.ORGAN_SUFFIX.search(core) or P.ADDRESSEE_SUFFIX.search(core) or folded.endswith(")"))


_CC_SEPARATORS = ("、", ",", ";")
_CUT_CC_MESSAGE = (
    "抄送名单在文末中断，最后一项可能不完整 (the cc list breaks off where the text ends: its last name may be cut)"
)


_LAST_TITLE_MESSAGE = (
    "末项附件名称折行，已与上一行连接 (the last attachment title's wrapped rest joined to the line above)"
)


ATTACHMENTS_NEED: Need = Need(
    "a line zoned 附件说明 or an attachment's content (`attachments` reads no other)",
    zones=frozenset((_ATTACHMENTS, _ATTACHMENT_CONTENT)),
)


def attachments(state: State) -> None:
    """The rule: the names of the attachments listed in the 附件说明, continuation lines included."""
    names: list[str] = []
    listed: list[Block] = []
    content: list[Block] = []  # read only where no 附件说明 lists the titles
    for b in state.blocks:  # one walk for both
        if b.zone is _ATTACHMENTS:
            listed.append(b)
        elif b.zone is _ATTACHMENT_CONTENT:
            content.append(b)
    box = False  # under a page's 相关附件 box label: its rows are files, named without extension (schema 1.10)
    for k, b in enumerate(listed):
        if b.folded[:1] == "相" and file_box_label(b):
            box = True
            continue
        if box and (file := P.FILE_TITLE.match(b.folded)) is not None:
            names.append(b.text[file.start("name") : file.end("name")].strip())
            continue
        box = False
        m = P.ATTACHMENT_LINE.match(b.folded) if L.is_attachment_list(b) else P.ATTACHMENT_CONTINUATION.match(b.folded)
        if m:
            names.extend(_names_on_line(b, m))
        elif (c := P.ATTACHMENT_CN_ITEM.match(b.folded)) is not None and (names or cn_to_int(c.group("cn")) == 1):
            # 二、乙表 of a list numbered 一、 (一、甲表 the first under a bare 附件： label)
            names.append(b.text[c.start("name") : c.end("name")].strip())
        elif (
            names
            and k > 0
            and L.continues_attachment_name(listed[k - 1], b, listed[k + 1] if k + 1 < len(listed) else None)
        ):
            names[-1] += b.text.strip()  # the title's rest, wrapped onto this line
            if k + 1 == len(listed) and not L.wraps_attachment_name(listed[k - 1], b):
                # told only by how it ends and the 落款 under it: a guess, said
                state.warn("page-break-joined", _LAST_TITLE_MESSAGE, b, 0, len(b.text))
    # a list's own punctuation after a title (1.甲表；) is no part of it; 附件：无 lists none
    titles = [name.rstrip(_LIST_PUNCTUATION) for name in names]
    titles = [t for t in titles if t and not P.NO_ATTACHMENT.match(fold(t))]
    state.attachments = titles or _titles_under_labels(content)


_LIST_PUNCTUATION = "；;。，,、 "


def _names_on_line(b: Block, m: regex.Match[str]) -> list[str]:
    """The list's names on one line: the one after its number, and each next-numbered one written
    on after a gap (附件：1.甲表  2.乙表 gives two names; another number, or none, cuts nothing)."""
    at, end = m.start("name"), m.end("name")
    pieces: list[tuple[int, int]] = []
    if m.group("n") is not None:
        expected = (list_number(m.group("n")) or 0) + 1
        for nxt in P.ATTACHMENT_NEXT_ON_LINE.finditer(b.folded, at, end):
            if list_number(nxt.group("n")) == expected:
                pieces.append((at, nxt.start()))
                at, expected = nxt.end(), expected + 1
    pieces.append((at, end))
    return [name for a, z in pieces if (name := b.text[a:z].strip())]


def _titles_under_labels(content: list[Block]) -> list[str]:
    """Where no 附件说明 lists them, each attachment's title: the line under its bare 附件 label, or
    the title its label carries (`附件1：调剂原则`, `附：建议全文` over the content's first heading)
    (the contract puts an attachment's title in `attachments` and leaves its content out). A
    sentence there (…，均已整改到位。) is the content itself, of an attachment with no title."""
    names: list[str] = []
    for k, label in enumerate(content):
        m = L.attachment_match(label)
        if m is None:
            continue
        name = label.text[m.start("name") : m.end("name")].strip()
        if name:  # the title on the label's line
            if m.group("colon") == ":" and not name.endswith("。"):
                names.append(name)
            continue
        title = content[k + 1] if k + 1 < len(content) else None
        if title is not None and not title.table and not L.is_attachment_label(title):
            name = title.text.strip()
            if name and _attachment_title(title):
                names.append(name)
    return names


def _attachment_title(b: Block) -> bool:
    f = b.folded.strip()
    return not L.marker_at(f) and L.is_title_like(b) and not f.endswith("。")
