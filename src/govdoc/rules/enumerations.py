"""Enumerations inside paragraphs (一是/二是, 一要, 其一, 第一，, 首先/其次, 一方面/另一方面) and phases.

Markers count only in runs of at least two members numbered 1, 2, 3 … in order; a stray
`二是` before `一是` or a lone `首先，感谢…` is no enumeration. A run may go on across the
paragraphs of one section; each item belongs to the paragraph where it starts. A run that
starts inside another's item (一要…二要 after 二是 in its paragraph: an item runs to the next
item or its paragraph's end) is nested: it stays inside the outer item's text and makes no
items. A run in a paragraph of its own between an outer run's members (一是…二是 under 首先,
before 其次) is inside no item's text, so it keeps its items. A run that starts again at 1 in the
family of the item it would start inside (…一是…二是…。针对此类问题，一是…二是…) is no nested run, since a
family does not nest in itself: it is the next run, and the item before it ends where it starts. Within the
sentence of its family's member, though (二是完善政策，具体包括：一是…，二是…。三是…: no stop between 二是 and
the second 一是), such a run is that member's content: it makes no items and stays in the member's text, and
the outer run goes on at its next number after a stop or in a later paragraph (README: an enumeration that
starts inside another's item stays inside that item).
A later 是-member whose stop a copy lost (…上山二是加强…, `patterns.GLUED_MEMBER`) is a member only where
it carries on its run in the same paragraph; it never opens one.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from govdoc import patterns as P
from govdoc.model import Item, Span
from govdoc.numerals import cn_to_int
from govdoc.state import ParaDraft, SectionDraft, State

_LEAD_SKIP = " ,、:"
_SENTENCE_STOPS = frozenset("。;!?")  # (folded: ；！？ are their ASCII forms there)
_CLAUSE_OPENERS = frozenset(",、:(")  # what stands before a clause's first character
_GLUED_AFTER = 8  # the least text a member runs on before a glued member: a clause
_FAMILIES = ("shi_n", "yao_n", "qi_n", "di_n", "seq", "side")  # ENUM_MARKER's groups after the member's, in order
_NESTING = frozenset(("shi_n", "yao_n", "qi_n", "di_n"))  # numbered families: 首先 or 一方面 never restart inside


@dataclass(slots=True)
class _Mark:
    para: int
    start: int  # in the paragraph's text
    end: int
    family: str
    ordinal: int
    marker: str
    glued: bool = False  # found by GLUED_MEMBER: may only carry on a run


def _marks(paragraphs: list[ParaDraft]) -> list[_Mark]:
    found: list[_Mark] = []
    for index, para in enumerate(paragraphs):
        if P.ENUM_CANDIDATE.search(para.folded) is None:
            continue  # no member's characters (most paragraphs): the marker's scan is dearer
        here = len(found)
        for m in P.ENUM_MARKER.finditer(para.folded):
            # The groups by number, all in one call: a `regex` match looks a group's name up on every call.
            groups = m.groups()  # the member, then one group per family, of which one matched
            k = next(k for k in range(1, len(groups)) if groups[k])
            family, word = _FAMILIES[k - 1], groups[k]
            ordinal = P.SEQUENCE_ORDINALS[word] if family in ("seq", "side") else (cn_to_int(word) or 0)
            start, end = m.span(1)
            found.append(_Mark(index, start, end, family, ordinal, para.text[start:end]))
        if any(mark.family == "shi_n" for mark in found[here:]):
            _glued(para, index, found, here)  # asked only where a 是-run stands in the paragraph
    return found


def _glued(para: ParaDraft, index: int, found: list[_Mark], here: int) -> None:
    """Add the paragraph's glued 是-members (`patterns.GLUED_MEMBER`) among its marks, in text order."""
    starts = {mark.start for mark in found[here:]}
    extra = [
        _Mark(index, m.start(), m.end(), "shi_n", cn_to_int(m.group()[:-1]) or 0, para.text[m.start() : m.end()], True)
        for m in P.GLUED_MEMBER.finditer(para.folded)
        if m.start() not in starts
    ]
    if extra:
        found[here:] = sorted([*found[here:], *extra], key=lambda mark: mark.start)


def _real_later(marks: list[_Mark], k: int) -> bool:
    """Whether a member of mark k's ordinal stands at a sentence's start after it, before its run starts
    again at 1: that one is the member (…路线二是最优方案。二是增设站点…), the glued one is prose; a nested
    run's member of the outer run's next number is the inner run's (`_nested_member`)."""
    glued = marks[k]
    for mark in marks[k + 1 :]:
        if mark.family != glued.family or mark.glued:
            continue
        if mark.ordinal == glued.ordinal:
            return True
        if mark.ordinal == 1:
            return False
    return False


def _lost_stop(paragraphs: list[ParaDraft], before: _Mark, glued: _Mark) -> bool:
    """Whether the text shows the stop a glued member lost (review22 on diffread-A A1's fix): the member
    before it ran on for a sentence's length with no stop, and the numeral does not close a one-character
    word that opens its clause (`，高三是冲刺阶段`, `，大二是…`, `，老三是…`: a grade, a year, a sibling)."""
    f = paragraphs[glued.para].folded
    between = f[before.end : glued.start]
    opens_clause = glued.start < 2 or f[glued.start - 2] in _CLAUSE_OPENERS
    return len(between) >= _GLUED_AFTER and _SENTENCE_STOPS.isdisjoint(between) and not opens_clause


class _Sentences:
    """Whether two marks stand in one sentence of their paragraph, asked by the stops' places, found once a
    paragraph (a bisection each question: a paragraph of thousands of members with no stop, `一是加强领导，`
    over and over, asks it of each against the first, and a slice of the text between would be quadratic)."""

    def __init__(self, paragraphs: list[ParaDraft]) -> None:
        self.paragraphs = paragraphs
        self.stops: dict[int, list[int]] = {}

    def same(self, before: _Mark, mark: _Mark) -> bool:
        """Mark `before` and `mark` stand in one paragraph with no sentence's stop between them."""
        if before.para != mark.para:
            return False
        stops = self.stops.get(mark.para)
        if stops is None:
            folded = self.paragraphs[mark.para].folded
            stops = self.stops[mark.para] = [i for i, c in enumerate(folded) if c in _SENTENCE_STOPS]
        return bisect_left(stops, before.end) == bisect_left(stops, mark.start)


def _nested_member(sentences: _Sentences, inner: list[_Mark], run: list[_Mark], marks: list[_Mark], k: int) -> bool:
    """Whether `marks[k]` carries on the run `inner` nested in the item of `run`'s last member: it is the
    inner run's next number in the same paragraph, unless that is the outer run's next number too and a
    sentence's stop parts it from the inner run (…二是扩大补贴范围。三是加强监管…: the outer run goes on).
    A second member of that number further on is the outer run's (…：一是…；二是…；三是落实用地。三是强化
    监管…, diffread-A A1: an inner run parted by ； keeps its 三是, the later one goes on the outer run)."""
    mark = marks[k]
    if mark.para != inner[-1].para or mark.ordinal != inner[-1].ordinal + 1:
        return False
    return mark.ordinal != run[-1].ordinal + 1 or sentences.same(inner[-1], mark) or _real_later(marks, k)


def _runs(marks: list[_Mark], paragraphs: list[ParaDraft]) -> list[list[_Mark]]:
    open_runs: dict[str, list[_Mark]] = {}
    nested: dict[str, list[_Mark]] = {}  # family → a run of it inside the open run's last item (no items)
    runs: list[list[_Mark]] = []
    sentences = _Sentences(paragraphs)
    for k, mark in enumerate(marks):
        run = open_runs.get(mark.family)
        inner = nested.pop(mark.family, None)
        if inner is not None and run and not mark.glued and _nested_member(sentences, inner, run, marks, k):
            inner.append(mark)
            nested[mark.family] = inner
            continue
        if run and not mark.glued and mark.ordinal == 1 and mark.family in _NESTING and sentences.same(run[-1], mark):
            # 二是完善政策，具体包括：一是…，二是…。三是…: a run starting again inside the sentence of its own
            # family's member is that member's content, not the next run (which starts after a stop)
            nested[mark.family] = [mark]
            continue
        if mark.glued:
            if (
                run
                and mark.ordinal == run[-1].ordinal + 1
                and run[-1].para == mark.para
                and not _real_later(marks, k)
                and _lost_stop(paragraphs, run[-1], mark)
            ):
                run.append(mark)  # a member whose stop was lost carries its run on, never opens one
        elif run and (mark.ordinal == run[-1].ordinal + 1 or (mark.family == "seq" and mark.ordinal == 0)):
            mark.ordinal = run[-1].ordinal + 1
            run.append(mark)
        elif mark.ordinal == 1:
            run = [mark]
            open_runs[mark.family] = run
            runs.append(run)
    kept: list[list[_Mark]] = []
    first_item: dict[int, int] = {}  # paragraph → where its first kept item starts
    last_item: dict[int, _Mark] = {}  # paragraph → its kept member that starts last
    for run in sorted((r for r in runs if len(r) >= 2), key=lambda r: (r[0].para, r[0].start)):
        head = run[0]
        before = first_item.get(head.para)
        inside = last_item.get(head.para)
        if before is not None and before < head.start and not (inside is not None and inside.family == head.family):
            continue  # starts inside an item's text, which runs on to its paragraph's end
        kept.append(run)
        for mark in run:
            first_item[mark.para] = min(first_item.get(mark.para, mark.start), mark.start)
            if mark.para not in last_item or last_item[mark.para].start < mark.start:
                last_item[mark.para] = mark
    return kept


def _lead(para: ParaDraft, mark: _Mark, item_end: int) -> str:
    at = mark.end
    while at < item_end and para.folded[at] in _LEAD_SKIP:
        at += 1
    absolute = para.start + at
    for start, end in para.bold:
        if end <= absolute:
            continue
        if start <= absolute + 1 and start >= para.start + mark.end:
            text = para.text[start - para.start : end - para.start]
            return text.rstrip("。;； ").strip()
        if start == para.start + mark.start and end <= para.start + item_end:
            # the bold opens with the marker itself (**一是丰富消费场景**，…): the lead is its part after the
            # marker (a bold over the whole run, **一是…；二是…。**, marks no member's lead: the stops do)
            return para.text[at : end - para.start].rstrip("。;； ").strip()
    stop = P.LEAD_END.search(para.folded, at, item_end)
    end = stop.start() if stop else item_end
    return para.text[at:end].rstrip(" ,，、").strip()


def find_items(paragraphs: list[ParaDraft]) -> None:
    """Fill `items` of each paragraph from the enumerations that start in it."""
    found = _marks(paragraphs)
    if len(found) < 2:
        return  # a run has two members at least
    marks = [m for run in _runs(found, paragraphs) for m in run]
    marks.sort(key=lambda m: (m.para, m.start))
    for k, mark in enumerate(marks):
        para = paragraphs[mark.para]
        nxt = marks[k + 1] if k + 1 < len(marks) else None
        end = nxt.start if nxt is not None and nxt.para == mark.para else len(para.text)
        while end > mark.start and para.text[end - 1] in " \n":
            end -= 1
        para.items.append(
            Item(
                ordinal=mark.ordinal,
                marker=mark.marker,
                lead=_lead(para, mark, end),
                text=para.text[mark.start : end],
                span=Span(para.start + mark.start, para.start + end, para.page),
            )
        )


def set_phases(paragraphs: list[ParaDraft]) -> None:
    """`plan` from the first paragraph opening with 下一步/今后 … on, `progress` before it, else null."""
    first_plan = next((i for i, p in enumerate(paragraphs) if _opens_plan(p.folded)), None)
    if first_plan is None:
        return
    for i, para in enumerate(paragraphs):
        para.phase = "plan" if i >= first_plan else "progress"


def _opens_plan(folded: str) -> bool:
    """PLAN_OPENER, asked only of a paragraph whose first character after up to two spaces is one
    its words open with (在, 下, 今, 接; tests/test_body_speed.py reads them off the pattern)."""
    return folded[:3].lstrip(" ")[:1] in _PLAN_OPENS and P.PLAN_OPENER.match(folded) is not None


_PLAN_OPENS = frozenset("在下今接")


def _walk(sections: list[SectionDraft]) -> list[list[ParaDraft]]:
    containers: list[list[ParaDraft]] = []
    stack = list(sections)
    while stack:
        section = stack.pop()
        containers.append(section.paragraphs)
        stack.extend(section.children)
    return containers


def enumerations_and_phases(state: State) -> None:
    """The rule: items and phases in the preamble and in each section, one container at a time,
    since an enumeration never runs across sections. Items are looked for only where the body
    holds a member's characters at all (ENUM_CANDIDATE, one search of all its paragraphs: most
    documents hold none).
    """
    containers = [c for c in (state.preamble, *_walk(state.sections)) if c]  # not a section of sub-sections only
    listed = P.ENUM_CANDIDATE.search("\n".join([p.folded for c in containers for p in c])) is not None
    for container in containers:
        if listed:
            find_items(container)
        set_phases(container)
