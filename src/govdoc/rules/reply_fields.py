"""The reply's own fields, one rule each: the answer category and the proposal answered.

Each field has an ordered table of sources; the first that gives a value wins. A source is a
small function over the state, so adding a place where pages write the field is one function
and one row, and a caller can reorder or replace the table through the rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import cast

import regex

from govdoc import patterns as P
from govdoc.fields.category import category_of
from govdoc.fields.proposal import find_proposal, meeting_of, split_proposers
from govdoc.fold import fold
from govdoc.model import Body, HandlingResult, Level, ProposalKind, ProposalRef, Span, Warning
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.cues import CATEGORY, cued, form_rows
from govdoc.rules.head.metadata import labelled, line_labels, table
from govdoc.rules.head.update import set_header
from govdoc.rules.head.zones import HEADER_ZONES, TRAILER_ZONES, in_zones
from govdoc.rules.header_lines import text_begun
from govdoc.rules.lines.guards import Holding, Opening
from govdoc.state import Block, State, Zone

_OPENING_PARAGRAPHS = 3
_MAX_CATEGORY_LINE = 16
_LABELLED_ZONES = HEADER_ZONES | TRAILER_ZONES
_CUT_TITLE_ZONES = frozenset({Zone.HEADER})  # a header line no other field took
_HEADER_LINES = frozenset({Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER})  # the title and 主送 aside
_HEADER = Zone.HEADER  # a module name: a `Zone.X` look-up is dear (rules/head/zones.py)

Category = tuple[str | None, str | None]  # (normalised category, unmapped letter)
Found = tuple[Category, Span | None]  # and where the text it was read from stands


# --- the answer category ------------------------------------------------------------------


def _labelled(state: State) -> Found | None:
    """办理结果：解决采纳, 答复类别：B, 类别标记：A … in the information table, the header or the trailer.

    A label whose value names no category (类别：提案, a page type) is passed over; a label of
    the handling's state (办理情况) counts only where its whole value is a category.
    """
    pairs = labelled(state, _LABELLED_ZONES, _CATEGORY_AND_STATE_KEYS)  # one walk for both kinds of label
    for key in P.CATEGORY_KEYS:
        if key in pairs:
            found = category_of(pairs[key])
            if found != (None, None):
                blocks = in_zones(state, _LABELLED_ZONES)  # the value after its label, else where it stands
                return found, S.after_label(state, blocks, key, pairs[key]) or S.inside(state, blocks, pairs[key])
    for key in P.CATEGORY_STATE_KEYS:
        value = fold(pairs.get(key, "")).strip()
        if value and (P.CATEGORY_WORD_LINE.match(value) or P.CATEGORY_LETTER_LINE.match(value)):
            return category_of(value), S.inside(state, in_zones(state, _LABELLED_ZONES), pairs[key])
    return None


def _in_note(state: State) -> Found | None:
    """（此件主动公开，答复类别：A类）: a category label as one part of a 附注 that says other things
    too, which the label table does not read (a note in brackets is no 键：值 line); or such a part
    that is a mark without a label (（此件主动公开，A类答复））; the note on a line of its own or closing
    another line of the foot (抄送：…。（答复类别：B类）, `P.TRAILING_NOTE`)."""
    for b in in_zones(state, _LABELLED_ZONES):
        f, at = b.folded, 0
        if f[:1] != "(":
            note = L.trailing_note(f)
            if note is None:
                continue
            f, at = f[note:], note  # 抄送：…。（答复类别：B类）: the note closing another line
        m = P.CATEGORY_IN_NOTE.search(f) if ":" in f else None
        if m is None and "类" in f:
            m = P.CATEGORY_MARK_IN_NOTE.search(f)
        found = category_of(m.group("v")) if m else (None, None)
        if m and found != (None, None):
            return found, S.at(state, b, at + m.start("v"), at + m.end("v"))
    return None


# Each key's value is its first line's whatever other keys are asked with it, so both kinds are read at once.
_CATEGORY_AND_STATE_KEYS = (*P.CATEGORY_KEYS, *P.CATEGORY_STATE_KEYS)


def _beside_doc_number(state: State) -> Found | None:
    """平交复函〔2017〕19号B类, 某复〔2023〕5号（A类）, …5号（列入计划解决）: the category written
    after the 文号 (or before it, 【B类】某复〔2023〕5号), also
    where the page lost the number's serial (某复字〔2019〕来信号B类): the mark then ends the line."""
    for b in in_zones(state, HEADER_ZONES):
        m = P.DOC_NO.search(b.folded) if "号" in b.folded else None  # every 文号 ends in 号
        if m is not None:
            words = P.CATEGORY_WORD_LINE.match(b.folded[m.end() :].strip())
            if words is not None:  # …10号（列入计划解决）: the category in words
                return category_of(words.group(0)), S.inside(state, [b], b.text[m.end() :].strip())
            mark = (
                P.CATEGORY_MARK.match(b.folded, m.end())
                or P.CATEGORY_DISCLOSURE_MARK.match(b.folded, m.end())
                or L.category_before_number(b.folded, m.start())
            )
        elif L.is_doc_number_line(b):
            mark = P.CATEGORY_MARK.search(b.folded)
        else:
            continue
        if mark:
            return category_of(mark.group("l")), S.at(state, b, mark.start(), mark.end())
    return None


def _beside_date(state: State) -> Found | None:
    """2024年5月6日（B类）: the category written after the 成文日期 on its line."""
    b = state.signature_date
    mark = P.CATEGORY_MARK.match(b.folded, L.date_end(b)) if b is not None else None
    if b is None or mark is None:
        return None
    return category_of(mark.group("l")), S.at(state, b, mark.start(), mark.end())


def _in_title(state: State) -> Found | None:
    """…第39号建议办理情况（B）的函: a bracketed letter inside the page's title; or a mark before the
    title or after its type, which the title leaves out (【A类】关于…, …提案的答复（B类）)."""
    title = state.header.title
    m = P.CATEGORY_IN_TITLE.search(fold(title)) if title else None
    if title is not None and m is not None:
        return category_of(m.group("l")), S.lines(state, state.title_blocks, title[m.start() : m.end()])
    blocks = state.title_blocks
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    lead = L.title_category_lead("".join(b.folded.strip() for b in blocks))
    if lead is not None and lead <= len(first.folded.strip()):  # 【A类】关于…的答复
        start = len(first.folded) - len(first.folded.lstrip())
        return category_of(first.folded[start : start + lead]), S.at(state, first, start, start + lead)
    mark = L.title_category_mark(last.folded)
    if mark is None:
        return None
    return category_of(last.folded[mark:]), S.at(state, last, mark)


# A note's 类 in every form of CATEGORY_NOTE; a bracket or a result's word (已解决, 采纳, 列入…) opens
# CATEGORY_WORD_LINE: a cell holding or opening otherwise is not asked them (rules/lines/guards.py)
_CATEGORY_NOTE, _CATEGORY_WORD_LINE = Holding(P.CATEGORY_NOTE), Opening(P.CATEGORY_WORD_LINE)


def _mark_line(state: State) -> Found | None:
    """A short line of its own before the body or after it: `A类`, `（B类）`, `〔A〕`, `B`, `解决采纳`,
    a note `（此件为B类答复）`;
    or such a cell of a 版头 line that a wide gap sets apart from the 文号 or another mark
    (`B类　　　　某教复〔2024〕3号`, `A类　　　　主动公开`)."""
    for b in in_zones(state, _LABELLED_ZONES):
        cells = L.gap_cells(b) if L.has_cells(b) and b.zone in HEADER_ZONES else [(0, len(b.folded))]
        for lo, hi in cells:
            f = b.folded[lo:hi].strip()
            if len(f) > _MAX_CATEGORY_LINE:
                continue
            note = _CATEGORY_NOTE.match(f)  # （此件为B类答复）
            if note or P.CATEGORY_LETTER_LINE.match(f) or _CATEGORY_WORD_LINE.match(f):
                found = category_of(note.group("l") if note else f)
                if found != (None, None):
                    return found, S.at(state, b, lo, hi)
    return None


def _form_row(state: State) -> Found | None:
    """办理结果：已解决 as one of a form's labelled rows right under its title (`cues.form_rows`)."""
    for b in form_rows(state):
        m = P.KEY_VALUE.match(b.folded)
        if m is not None and m.group("key") in P.CATEGORY_KEYS:
            found = category_of(m.group("value"))
            if found != (None, None):
                return found, S.at(state, b, m.start("value"), m.end("value"))
    return None


CATEGORY_SOURCES: list[Callable[[State], Found | None]] = [
    _labelled,
    _beside_doc_number,
    _beside_date,
    _in_title,
    _mark_line,
    _in_note,  # after the mark line, which reads a note that is only its category as a whole: （复文分类:B）
    _form_row,
]


@cued(CATEGORY)
def handling_result(state: State) -> None:
    """`header.handling_result` from the first source that states one; an unknown letter is a warning."""
    for source in CATEGORY_SOURCES:
        found = source(state)
        if found is None:
            continue
        (handling, unmapped), span = found
        if unmapped:  # the span marks the mark read, as the other warnings mark what they are about
            message = f"办理结果类别“{unmapped}”无法对应 A/B/C (category letter not mapped)"
            state.warnings.append(Warning("category-unmapped", message, span))
        set_header(
            state,
            handling_result=cast("HandlingResult | None", handling),
            handling_result_span=span if handling else None,
        )
        return


# --- the proposal answered ----------------------------------------------------------------


# patterns.PROPOSER asked only of a line opening as it can: its bracket or a label's first character, read off its
# source (its conditional group is read since session 24)
_PROPOSER = Opening(P.PROPOSER)


def _proposers(state: State) -> list[str]:
    """The names under a proposer label: on the label's line (提案人：王某), else in the header's
    table, where the name may stand on the line under its label (代表提案者 / 熊某)."""
    names: list[str] = []
    for b in in_zones(state, HEADER_ZONES):
        f = b.folded  # every label ends in its colon, and opens the line (in a bracket or not)
        m = _PROPOSER.match(f) if ":" in f else None
        if m:
            v = m.start("v")
            end = _cell_end(b, v, m.end("v"))  # the label's own cell, not the row's next one after a wide gap
            names.extend(split_proposers(b.text[v:end], [at - v for at in (*b.spaces, *b.gaps)]))
    if not names:
        pairs = table(state)
        value = next((pairs[key] for key in P.PROPOSER_LABELS if key in pairs), None)
        names = split_proposers(value) if value else []
    return names


def _from_title_and_opening(state: State, proposers: list[str]) -> ProposalRef | None:
    opening = state.preamble[:_OPENING_PARAGRAPHS]
    found = find_proposal(state.header.title, [], [(p.text, p.folded) for p in opening], proposers)
    if found is None:
        return None
    if found.text in (state.header.title or ""):  # read from the title: its lines, else the table's 标题
        title_sources = [*state.title_blocks, *S.metadata_blocks(state)]
        return _placed(found, S.inside(state, title_sources, found.text))
    return _placed(found, S.in_paragraphs(opening, found.text))


def _from_header_lines(state: State, proposers: list[str]) -> ProposalRef | None:
    blocks = in_zones(state, _HEADER_LINES)
    found = find_proposal(None, [(b.text, b.folded) for b in blocks], [], proposers) if blocks else None
    return _placed(found, S.inside(state, blocks, found.text)) if found else None


# the span slot's own setter: ProposalRef is frozen
_put_span: Callable[[ProposalRef, Span | None], None] = vars(ProposalRef)["span"].__set__


def _placed(found: ProposalRef, span: Span | None) -> ProposalRef:
    """`found` with its span. `found` is new, made by `find_proposal` for this one call and held by
    nobody else, so the span is written into it (as `set_header` writes the state's header) instead
    of copying it with `dataclasses.replace`, which costs about three times as much."""
    _put_span(found, span)
    return found


def _from_number_label(state: State, proposers: list[str], kindless: bool = False) -> ProposalRef | None:
    """建议号：201号, 提案编号 28: a portal's table gives the number under a label of its own. A label
    that names no kind (案号：2024056) only numbers a reference found elsewhere (`kindless`): alone
    it could be any register's."""
    for b in in_zones(state, HEADER_ZONES):
        found = _number_label(b) if _may_number(b.folded) else None
        if found and (kindless or found[0].group("kind")):
            m, at = found
            text = b.text[at + m.start() : at + m.end()].strip()
            kind = cast("ProposalKind | None", m.group("kind"))  # the pattern's kinds are the Literal's
            span = S.at(state, b, at + m.start(), at + m.end())
            meeting = meeting_of(m.group("meeting")) if m.group("meeting") else None  # 提案号：区政协九届三次会议第31号
            body, level, term, session = meeting or (None, None, None, None)
            return ProposalRef(
                text,
                cast("Body | None", body),
                cast("Level | None", level),
                term,
                session,
                m.group("no"),
                kind,
                None,
                tuple(proposers),
                span,
            )
    return None


def _number_label(b: Block) -> tuple[regex.Match[str], int] | None:
    """The number's label and value (`patterns.PROPOSAL_NUMBER_LABEL`) as the line's whole, or as one 键：值 cell of
    a row of several (`提案号：0135　　　　提案人：邬某某`), with the offset of the text it matched in: the cells end
    where the next label opens after a wide gap, kept or removed, as the proposer's cell does (`_cell_end`)."""
    f = b.folded
    m = P.PROPOSAL_NUMBER_LABEL.match(f)
    if m is not None or ":" not in f:
        return None if m is None else (m, 0)
    start = 0
    while start < len(f):
        start += len(f[start:]) - len(f[start:].lstrip(" \u3000"))
        end = _cell_end(b, start, len(f))
        m = P.PROPOSAL_NUMBER_LABEL.match(f[start:end].rstrip(" \u3000"))
        if m is not None:
            return m, start
        start = end if end > start else len(f)
    return None


def _cell_end(b: Block, v: int, end: int) -> int:
    """Where the 键：值 cell holding `b.folded[v:end]` ends on its row: at the row's next label after a wide gap the
    layout removed (代表姓名：杨某　　所在代表团：…, read 杨某所在代表团：… once the gap went) or kept
    (提案人：黎某某　　　主办单位：…), as the metadata cuts its cells; `end` where none follows."""
    f = b.folded
    kept = (g.start() for g in P.SPACED_CELL_GAP.finditer(f, v, end) if P.KEY_VALUE.match(f[g.end() :]))
    removed = (g for g in b.gaps if v < g < end and P.KEY_VALUE.match(f[g:].lstrip()))
    return min((*removed, *kept), default=end)


RESPONDS_TO_SOURCES: list[Callable[[State, list[str]], ProposalRef | None]] = [
    _from_title_and_opening,
    _from_header_lines,
    _from_number_label,
]


def _answers_a_proposal(state: State) -> bool:
    title = state.header.title
    if state.kind == "reply" or (title and P.PROPOSAL_KIND.search(title)):
        return True
    return any(
        _may_number(b.folded) and (found := _number_label(b)) and found[0].group("kind")
        for b in in_zones(state, HEADER_ZONES)
    )


def _may_number(folded: str) -> bool:
    """The line holds 案 or 建议, as every label of PROPOSAL_NUMBER_LABEL does (提案编号, 建议号, 议案号,
    案号; tests/test_rule_speed.py ties them): a line without either is not asked the pattern."""
    return "案" in folded or "建议" in folded


def responds_to(state: State) -> None:
    """The proposal a reply answers, from the first source that names it; else, for a mailbox's
    reply, the letter its form names (schema 1.8): a proposal named anywhere comes first (review17
    R4: a reply quoting a form's row in its text still answers its proposal)."""
    if _answers_a_proposal(state):
        proposers = _proposers(state)
        for source in RESPONDS_TO_SOURCES:
            found = source(state, proposers)
            if found is not None:
                found = _titled_by_label(state, _met_by_label(state, _numbered_by_label(state, found, proposers)))
                if _names_one(state, found):
                    set_header(state, responds_to=found)
                    return
                break
    letter = _letter(state)
    if letter is None and state.kind == "reply":
        letter = _information_request(state)
    if letter is not None:
        set_header(state, responds_to=letter)


_REQUEST_REACH = 6  # the body's lines an answer's opening names the request in


def _information_request(state: State) -> ProposalRef | None:
    """The 政府信息公开 request an answer to it answers (schema 1.10): `responds_to` of kind 申请, its
    `text` the request as the opening names it (政府信息公开申请), its proposer the applicant a `申请人：`
    label addresses (never one inferred from a 主送 by name), the other subfields null. Only under a
    title that says so (政府信息公开申请答复书, 依申请公开答复): a 答复书 to a 议案 answers the 议案."""
    if not P.INFORMATION_REQUEST_TITLE.search(state.header.title or ""):
        return None
    for b in state.body[:_REQUEST_REACH]:
        if "申请" not in b.folded:
            continue
        m = P.INFORMATION_REQUEST.search(b.folded)
        if m is None:
            continue
        proposers: tuple[str, ...] = ()
        applicant = state.recipients_block
        labelled = P.LABELLED_APPLICANT.match(applicant.folded) if applicant is not None else None
        if applicant is not None and labelled is not None:
            proposers = (applicant.text[labelled.start("names") : labelled.end("names")],)
        text = b.text[m.start() : m.end()]
        span = S.at(state, b, m.start(), m.end())
        return ProposalRef(text, None, None, None, None, None, "申请", None, proposers, span)
    return None


_LETTER_REACH = 40  # the blocks a mailbox page's form stands in, before the reply's text
_LETTER_WORDS = ("标题", "主题")  # every label of P.LETTER_TITLE_LABELS ends in one


def _letter(state: State) -> ProposalRef | None:
    """The letter or message a mailbox's or message board's reply answers (schema 1.8): the value of
    its form's 信件标题/来信标题/留言标题 row, wherever the reader put the row (a 键：值 line or a
    `|` or tab row in any zone, a table's row, or the label alone on its line over its value's):
    `responds_to` with kind 来信 or 留言, the title as written as its `text` and `title`. Only where a
    mailbox page sets its form: above the reply's text, before its 主送, its first section and its
    first sentence (review17 R4: a notice on mailbox work listing the form's rows in its section
    names no letter it answers)."""
    looked = 0
    label: str | None = None  # a label alone on the line before: its value is this line
    for b in state.blocks:  # (a walk that stops where the reply's text begins: a few lines in most documents)
        if b.zone is _CHROME:
            continue
        looked += 1
        f = b.folded
        if label is not None:
            if (
                b.text.strip()
                and not P.FORM_FIELD_LABEL.match(f)
                and not P.NO_VALUE.match(f.strip())
                and not _row_of_its_own(b)
            ):
                return _letter_ref(state, b, b.text.strip(), P.LETTER_TITLE_LABELS[label])
            label = None
            continue
        if looked > _LETTER_REACH or b.zone is _RECIPIENTS or (b.zone not in _FORM_ZONES and text_begun(b)):
            return None  # the reply's text has begun: a row below it is the text's own
        if not any(word in f for word in _LETTER_WORDS):
            continue
        bare = f.strip().rstrip(":").rstrip()
        if bare in P.LETTER_TITLE_LABELS:
            label = bare
            continue
        for key, value in line_labels(b).items():
            if key in P.LETTER_TITLE_LABELS and value.strip() and not P.NO_VALUE.match(fold(value.strip())):
                # its own line's value, whatever its words, unless it says there is none (暂无)
                return _letter_ref(state, b, value.strip(), P.LETTER_TITLE_LABELS[key])
    return None


def _row_of_its_own(b: Block) -> bool:
    """The line under a bare letter-title label is the form's next row with its value (来信标题 ⏎
    来信人：郭某: the title's cell left empty), not the title: it opens with a label of the table."""
    return any(key in P.LABELS for key in line_labels(b))


_CHROME, _RECIPIENTS = Zone.CHROME, Zone.RECIPIENTS
# where a page's form and headline stand above the reply: lines that are no text of the reply's
_FORM_ZONES = frozenset((Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER, Zone.TITLE))


def _letter_ref(state: State, b: Block, value: str, kind: str) -> ProposalRef:
    at = b.text.find(value)
    span = S.at(state, b, at, at + len(value)) if at >= 0 else None
    return ProposalRef(value, None, None, None, None, None, cast(ProposalKind, kind), value, (), span)


# The document types that answer or handle one proposal by their nature: a reference without
# number or title there is still the one answered (您在市人大十七届三次会议上提出的建议收悉).
_ONE_BY_NATURE = frozenset({"reply", "other"})


def _names_one(state: State, found: ProposalRef) -> bool:
    """A notice or report on the handling of a session's proposals (…代表建议和…提案办理工作的通知,
    提出建议312件) names no single one: elsewhere than a reply (or a handling form), a reference
    must carry its number or its own title. A title that ends in the reference itself, with no
    meeting or number (a government's 关于提请审议《…》的议案), names the document, not what it answers.
    """
    if state.kind == "reply":
        return True
    if (state.header.title or "").endswith(found.text) and found.body is None and found.number is None:
        return False
    return state.kind in _ONE_BY_NATURE or found.number is not None or found.title is not None


def _numbered_by_label(state: State, found: ProposalRef, proposers: list[str]) -> ProposalRef:
    """A reference read without its number (the title names the proposal, `提案号：2024035` its
    number) takes the number from the label, where the two name the same kind."""
    if found.number is not None:
        return found
    label = _from_number_label(state, proposers, kindless=True)
    if label is None:
        return _numbered_by_note(state, found)
    if label.kind is not None and found.kind not in (None, label.kind):
        return found
    if found.body is None and found.term is None and (label.body is not None or label.term is not None):
        # the label's value names the meeting too (提案号：区政协九届三次会议第0031号), which the reference did not
        found = dataclasses.replace(found, body=label.body, level=label.level, term=label.term, session=label.session)
    return dataclasses.replace(found, number=label.number, kind=label.kind or found.kind)


def _met_by_label(state: State, found: ProposalRef) -> ProposalRef:
    """A reference read without its meeting (the title names the proposal, `建议编号` its number)
    takes body, level, term and session from the meeting under its own label in the table
    (`会议届次：县十九届人大三次会议`)."""
    if found.body is not None or found.term is not None:
        return found
    pairs = table(state)
    value = next((pairs[key] for key in P.MEETING_LABELS if key in pairs), None)
    meeting = meeting_of(value) if value else _cut_title_meeting(state) or _meeting_line(state) or _register(state)
    if meeting is None:
        return found
    body, level, term, session = meeting
    return dataclasses.replace(
        found, body=cast("Body | None", body), level=cast("Level | None", level), term=term, session=session
    )


def _cut_title_meeting(state: State) -> tuple[str | None, str | None, int | None, int | None] | None:
    """The meeting a title's first line names where the page lost the title's end (`对政协某省十二届
    二次会议` over the 主送, no `第N号提案的答复` after it): the line is no title (it has no type) and
    stays among the header's lines, but it still says which session's proposal is answered. Only a
    line that opens as a title does (对/关于) and names a 届, on a page where no title was found."""
    if state.header.title is not None:
        return None
    for b in in_zones(state, _CUT_TITLE_ZONES):
        meeting = meeting_of(b.text) if P.TITLE_OPENER.match(b.folded.lstrip()) else None
        if meeting is not None and meeting[2] is not None:
            return meeting
    return None


def _register(state: State) -> tuple[str | None, str | None, int | None, int | None] | None:
    """The body and level a form's title names with the register it answers from (南州市政协提案办理答复表,
    青溪县人大代表建议办理单): the number under its label is that body's, at that place's level; the
    title names no 届, so term and session stay unknown."""
    title = state.header.title
    if title is None or not P.REGISTER_IN_TITLE.search(fold(title)):
        return None
    meeting = meeting_of(title)
    return meeting if meeting is not None and meeting[0] is not None else None


def _meeting_line(state: State) -> tuple[str | None, str | None, int | None, int | None] | None:
    """The meeting a header line names alone, without its label (a portal's record of a 建议 puts
    `县人大十八届二次会议` on the row under the title, `会议届次` lost): the line is no other field
    and says which session's proposal is answered. It must name both a body and a 届."""
    for b in in_zones(state, _CUT_TITLE_ZONES):
        meeting = meeting_of(b.text) if P.MEETING_ALONE.match(b.folded) else None
        if meeting is not None and meeting[0] is not None and meeting[2] is not None:
            return meeting
    return None


def _titled_by_label(state: State, found: ProposalRef) -> ProposalRef:
    """A reference whose words name no title of the proposal takes the one its table gives under a
    label of its own (`建议标题：关于…的建议`)."""
    if found.title is not None:
        return found
    pairs = table(state)
    value = next((pairs[key].strip() for key in P.PROPOSAL_TITLE_LABELS if key in pairs), "")
    return dataclasses.replace(found, title=value) if P.PROPOSAL_TITLE_VALUE.match(value) else found


def _numbered_by_note(state: State, found: ProposalRef) -> ProposalRef:
    """A reference the title names by the proposal's own title takes the number printed in
    brackets on a line of its own right under the title (`关于…的建议的答复` / `（第0123号）`)."""
    if found.title is None:
        return found
    for b in in_zones(state, HEADER_ZONES):
        if b.zone is _HEADER and (m := P.PROPOSAL_NUMBER_NOTE.match(b.folded.strip())):
            return dataclasses.replace(found, number=m.group("no"))
    return found
