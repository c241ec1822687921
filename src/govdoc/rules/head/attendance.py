"""`header.attendance` (schema 1.8): a 会议纪要's 出席/列席/请假/记录 … lines.

A 纪要 says who attended (出席), sat in (列席), was absent (请假, 缺席), chaired (主持) and took the
minutes (记录), each on a labelled line under its title or at its end. Up to 1.7 those lines were
preamble paragraphs (or, at the end, `content-unplaced`); they say who, not what was decided, so
they are a field of the header, one entry per line: the label as written (`role`) and the names
it gives, as written, parted where the line parts them (`、` `，` `；` and spaces; where a `；` parts
them each part keeps its own `、`s: 县委常委、副县长王某, as a post does that a `、` parts from a
post written with a name on any line; a post a space parts from the name after it is that name's:
县长 张三). The lines leave the preamble and the sections' paragraphs, as a 发文字号
line is no paragraph, and a section they leave ends at what is left of it (diffread-B 5). Only in
minutes: elsewhere a line opening 参加：… is the text's own. And only where a 纪要 lists its
particulars: in the run of labelled lines under its title (时间：…, 地点：…, 出席：…), in the run
right under the opening paragraph (above the first section, or above the decisions written as
paragraphs where no section is numbered), or in the run that ends its text (after the last
decision, before the 落款 and 版记). A line between a section's paragraphs (会议决定召开…大会 ⏎
参加人员：各乡镇…负责同志。) names who shall attend another meeting, not this one (review17 R6);
so does a 参加/参会 line right under a sentence deciding on a meeting to come, wherever it
stands, the last decision's too (diffread-B 2).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.model import Attendance, Span
from govdoc.rules import field_spans as S
from govdoc.rules.head.subject_terms import split_terms
from govdoc.rules.head.update import set_header
from govdoc.state import Block, ParaDraft, SectionDraft, State, Zone

_FIRST = frozenset(role[0] for role in P.ATTENDANCE_ROLES)
_NOT_READ = frozenset((Zone.TITLE, Zone.CHROME))


def attendance(state: State) -> None:
    """The rule: every attendance line of a 纪要, in reading order, and its paragraph taken away."""
    if state.kind != "minutes":
        return
    found: list[Attendance] = []
    lines: set[tuple[int, int]] = set()
    live = [b for b in state.blocks if b.zone not in _NOT_READ and b.start >= 0]
    matches = [(k, P.ATTENDANCE_LINE.match(b.folded) if b.folded[:1] in _FIRST else None) for k, b in enumerate(live)]
    head = _head_run(live, matches)
    tail = _tail_run(live, matches)
    before = _run_before_first_section(state, live, matches) or _run_under_opening(state, live, matches, head)
    called = _called(live, matches)
    for k, m in matches:
        if m is None or not (k < head or k >= tail or k in before) or k in called:
            continue
        b = live[k]
        for role, start, value, end in _particulars(b, m):
            entry = _entry(state, b, role, start, value, end)
            if entry is not None:
                found.append(entry)
                lines.add((b.start, b.end))
    if not found:
        return
    set_header(state, attendance=tuple(found))
    state.preamble = _without(state.preamble, lines)
    heads = {b.start: b.end for b in state.blocks if b.start >= 0}
    for section in state.sections:
        _drop_from(section, lines, heads)


_PARTICULAR = 60  # a labelled particular of the head (时间：…, 地点：…) is shorter; a longer line is text


def _head_run(live: list[Block], matches: Sequence[tuple[int, object]]) -> int:
    """Where the run of particulars under the title ends (an index into `live`): the header's lines,
    then labelled lines (an attendance line, or a short 键：值 line such as 时间：… or 地点：…)."""
    for k, b in enumerate(live):
        if b.zone in _HEAD or matches[k][1] is not None:
            continue
        if len(b.folded) <= _PARTICULAR and P.KEY_VALUE.match(b.folded):
            continue
        return k
    return len(live)


def _tail_run(live: list[Block], matches: Sequence[tuple[int, object]]) -> int:
    """Where the run of attendance lines that ends the text begins: from the end, the trailer's lines
    (落款, 版记, contact, notes) and attendance lines, up to the first other line."""
    k = len(live)
    while k > 0 and (live[k - 1].zone in _AFTER_TEXT or matches[k - 1][1] is not None):
        k -= 1
    return k


def _called(live: list[Block], matches: Sequence[tuple[int, regex.Match[str] | None]]) -> set[int]:
    """The lines naming who shall take part in a meeting the line above them calls (会议决定于5月15日
    召开全县防汛工作会议。 ⏎ 参加人员：各乡镇主要负责同志。): the decision's own, wherever it stands."""
    out: set[int] = set()
    for k, m in matches:
        if m is None or not m.group("role").startswith(P.ATTENDANCE_TAKING_PART):
            continue
        above = k - 1
        while above in out:
            above -= 1
        if above >= 0 and matches[above][1] is None and P.MEETING_CALLED.search(live[above].folded):
            out.add(k)
    return out


def _run_before_first_section(state: State, live: list[Block], matches: Sequence[tuple[int, object]]) -> set[int]:
    """The run of attendance lines right above the first section's heading, under the opening
    paragraph (… 现将会议议定事项纪要如下： ⏎ 出席：… ⏎ 记录：… ⏎ 一、…): the commonest layout of a 纪要;
    or with one paragraph between it and the heading, the lead-in to the points (出席：… ⏎ 请假：… ⏎
    会议听取了…现纪要如下： ⏎ 一、…), where the run stands right under the opening paragraph."""
    if not state.sections:
        return set()
    first = state.sections[0].start
    at = next((k for k, b in enumerate(live) if b.start == first), None)
    k = (at if at is not None else 0) - 1
    run = _run_ending_at(matches, k)
    if run or k < 1 or matches[k][1] is not None:
        return run
    run = _run_ending_at(matches, k - 1)  # one paragraph between: the lead-in
    top = min(run, default=0)
    return run if top >= 1 and matches[top - 1][1] is None and live[top - 1].zone not in _HEAD else set()


def _run_ending_at(matches: Sequence[tuple[int, object]], k: int) -> set[int]:
    """The attendance lines that run up from index k (none where k is no attendance line)."""
    run: set[int] = set()
    while k >= 0 and matches[k][1] is not None:
        run.add(k)
        k -= 1
    return run


def _run_under_opening(state: State, live: list[Block], matches: Sequence[tuple[int, object]], head: int) -> set[int]:
    """In a 纪要 with no numbered sections, the run of attendance lines right under its opening
    paragraph (the first line after the head's particulars): the same layout as above a first
    section, the decisions following as paragraphs (diffread-B 7)."""
    if state.sections or head >= len(live) - 1:
        return set()
    run: set[int] = set()
    k = head + 1
    while k < len(live) and matches[k][1] is not None:
        run.add(k)
        k += 1
    return run


_HEAD = frozenset((Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER, Zone.RECIPIENTS))
_AFTER_TEXT = frozenset(
    (Zone.SIGNATURE, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT, Zone.TRAILER, Zone.ATTACHMENTS, Zone.ATTACHMENT_CONTENT)
)


def _particulars(b: Block, m: regex.Match[str]) -> list[tuple[str, int, int, int]]:
    """The particulars one attendance line holds, as (role, where its label starts, where its names start, where
    they end): the line's own, and one more for each label a paged reader ran into its names (…负责同志记录：邝某;
    `P.ATTENDANCE_JOINED`), each particular's names ending where the next label opens."""
    out: list[tuple[str, int, int]] = [(m.group("role"), 0, m.start("v"))]
    for joined in P.ATTENDANCE_JOINED.finditer(b.folded, m.start("v")):
        out.append((joined.group("role"), joined.start(), joined.end()))
    ends = [start for _, start, _ in out[1:]] + [len(b.text)]
    return [(role, start, value, end) for (role, start, value), end in zip(out, ends, strict=True)]


def _entry(state: State, b: Block, role: str, start: int, at: int, end: int) -> Attendance | None:
    value = b.folded[at:end]
    separators = P.ATTENDANCE_GROUP_SEPARATORS if ";" in value else P.ATTENDANCE_SEPARATORS
    names = _posts_kept(state, b, at, split_terms(state, b, at, end, separators))
    if not names:
        return None
    whole = start == 0 and end == len(b.text)
    return Attendance(
        b.text[start : start + len(role)] if b.folded.startswith(role, start) else role,
        tuple(name for name, _ in names),
        S.at(state, b) if whole else S.at(state, b, start, end),
        tuple(span for _, span in names),
    )


def _posts_kept(state: State, b: Block, at: int, terms: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The terms with a person's posts joined to the name they go with, as written: a post that only
    a space parts from the name after it (县长 张三), unless that is a post too (县长 副县长); and a
    post a `、` parts from a post written with a name (县委常委、副县长王某: one person's posts,
    diffread-B 1), where a 、 before a name alone (县长、王某) parts two attendees."""
    if len(terms) < 2 or not any(P.ATTENDANCE_POST.match(fold(name)) for name, _ in terms):
        return terms
    places: list[tuple[int, int]] = []
    pos = at
    for name, _ in terms:
        start = b.text.find(name, pos)
        if start < 0:
            return terms  # (never: the terms are the text's own slices, in order)
        places.append((start, start + len(name)))
        pos = start + len(name)
    groups: list[tuple[int, int]] = []  # first and last term of each attendee, read from the end
    k = len(terms) - 1
    while k >= 0:
        first = k
        while first > 0 and _post_of(b, terms, places, first - 1, first, k):
            first -= 1
        groups.append((first, k))
        k = first - 1
    out: list[tuple[str, Span]] = []
    for first, last in reversed(groups):
        joined = S.at(state, b, places[first][0], places[last][1]) if first < last else None
        if joined is None:
            out.extend(terms[first : last + 1])
        else:
            out.append((b.text[places[first][0] : places[last][1]], joined))
    return out


def _post_of(
    b: Block, terms: list[tuple[str, Span]], places: list[tuple[int, int]], k: int, nxt: int, last: int
) -> bool:
    """Term k is a post of the person the terms nxt…last name."""
    if not P.ATTENDANCE_POST.match(fold(terms[k][0])):
        return False
    between = b.text[places[k][1] : places[nxt][0]].strip()
    if not between:
        return nxt == last and not P.ATTENDANCE_POST.match(fold(terms[nxt][0]))
    return fold(between) == "、" and bool(P.ATTENDANCE_POST_AND_NAME.match(fold(terms[last][0])))


def _without(paragraphs: list[ParaDraft], lines: set[tuple[int, int]]) -> list[ParaDraft]:
    return [p for p in paragraphs if (p.start, p.end) not in lines]


def _drop_from(section: SectionDraft, lines: set[tuple[int, int]], heads: dict[int, int]) -> bool:
    """Take the lines out of the section and its children; where any went, the section ends at what
    is left of it (its heading's line, paragraphs, tables, children), so its span holds none of them
    (diffread-B 5). Whether any went."""
    kept = _without(section.paragraphs, lines)
    dropped = len(kept) != len(section.paragraphs)
    section.paragraphs = kept
    for child in section.children:
        dropped = _drop_from(child, lines, heads) or dropped
    if dropped:
        section.end = max(
            (
                heads.get(section.start, section.start),
                *(p.end for p in section.paragraphs),
                *(t.span.end for t in section.tables),
                *(c.end for c in section.children),
            )
        )
    return dropped
