"""The proposal a reply answers: 政协/人大, level, 届/次, number, kind, the proposal's own title.

The anchor is the numbered reference (第152038号提案, 建议第0043号); without one, a meeting
named with its 届 and a 提案/建议 word after it; without that, the proposal's quoted title.
Each subfield comes from the document's own words, never from the recipients or a guess.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

import regex

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.guards import Holding
from govdoc.model import Body, Level, ProposalKind, ProposalRef
from govdoc.numerals import cn_to_int

_CLAUSE_STOP = regex.compile(r"[。;!?\n]")
_PROPOSER_SPLIT = regex.compile(r"[、,;，；]")  # the value is split as written, in either width
_MIN_NAME = 2
# asked of a stretch holding 代 or 会 (代表团, 代表组, 会议), read off its source
_NAMED_PROPOSER = Holding(P.NAMED_PROPOSER)


@dataclass(slots=True)
class _Found:
    text: str
    body: str | None
    level: str | None
    term: int | None
    session: int | None
    number: str | None
    kind: str | None
    named: str | None = None  # the deputy or member the reference names before the number
    kind_quoted: bool = False  # the kind is the last word inside the quoted title (《关于…的建议》（第5号）)
    numbers: tuple[str, ...] = ()  # each number of a reference naming several under one 第 (schema 1.12)


def _clause_start(folded: str, end: int) -> int:
    """Where the clause that reaches `end` starts: after the last stop (。;!? or a line's end)
    before `end`, else 0. Each stop is looked for from the end, not every stop of the text."""
    last = max(
        folded.rfind("。", 0, end),
        folded.rfind(";", 0, end),
        folded.rfind("!", 0, end),
        folded.rfind("?", 0, end),
        folded.rfind("\n", 0, end),
    )
    return last + 1


def _meeting(folded: str, lo: int, hi: int) -> tuple[int, str | None, str | None, int | None, int | None]:
    """Start of the meeting words in folded[lo:hi] and their body, level, term and session."""
    term_m = None
    for m in P.TERM.finditer(folded, lo, hi):
        term_m = m
    if term_m is None:
        body_m = P.MEETING_BODY.search(folded, lo, hi)
        if body_m is None:
            return hi, None, None, None, None
        term_start = body_m.start()
    else:
        term_start = term_m.start()
    starts = [m.end() for m in P.MEETING_START.finditer(folded, lo, term_start)]
    start = starts[-1] if starts else lo
    # the meeting's words start after a closing quote or an opening bracket (…的答复（县十八届…）,
    # or after a column's tag a headline opens with (【区教育局】政协…)
    quote = max(
        folded.rfind("》", start, term_start),
        folded.rfind("”", start, term_start),
        folded.rfind("(", start, term_start),
        folded.rfind("】", start, term_start),
    )
    if quote >= 0:
        start = quote + 1
    while start < term_start and folded[start] in " ,:":
        start += 1
    if "年" in folded[start : start + 7] and (time_m := P.MEETING_TIME.match(folded, start, term_start)):
        start = time_m.end()
    words = folded[start:hi]
    cppcc = _names_cppcc(words)
    body = "政协" if cppcc else ("人大" if P.MEETING_BODY.search(words) or "代表建议" in words else None)
    term = cn_to_int(term_m.group("t")) if term_m else None
    session = None
    if term_m is not None:
        s = P.SESSION.search(folded, term_m.end(), min(hi, term_m.end() + 16))
        # a standing committee numbers its own meetings (市政协十三届常委会第五次会议): no session of the plenary
        standing = s is not None and P.STANDING_COMMITTEE.search(folded, term_m.end(), s.start()) is not None
        session = cn_to_int(s.group("s")) if s and not standing else None
    level = _level(folded[start:term_start], folded[term_m.end() : hi] if term_m else "")
    return start, body, level, term, session


def _names_cppcc(words: str) -> bool:
    """The words name the CPPCC by one of `patterns.CPPCC_NAMES`, written out: a generator over the
    names under `any` cost more than the two scans (tests/test_rule_speed.py ties them)."""
    return "政协" in words or "政治协商会议" in words


def _level(before: str, after: str) -> str | None:
    """The level word of the place named before the 届 (区政协 → 区), or right after it (全国委员会)."""
    levels = list(P.LEVEL_WORD.finditer(before))
    if levels:
        word = levels[-1].group(0)
        return None if word in P.NO_LEVEL_WORDS else word
    m = P.PROPOSAL_LEVEL_AFTER.match(after)
    return m.group("l") if m else None


# The numbered references in the order they are asked, each with the characters every match of it
# holds: a quoted title (《), the 号 after the number, or 第 before a number that lost its 号
# (tests/test_field_guards.py reads them off the patterns). A text without them is not searched: most
# opening paragraphs name no number.
_NUMBERED = (
    (P.PROP_NO_AFTER_TITLE, "《"),
    (P.PROP_NO, "号"),
    (P.PROP_NO_AFTER, "号"),
    (P.PROP_NO_BEFORE_TITLE, "《号"),
    (P.PROP_NO_LOST, "第"),  # 第0239提案, its 号 lost (noise20): asked last, by `_lost` alone
)
# A number that lost its 号 is the proposal's only where nothing better stands (diffread-B B1, B2): it is
# asked after every number with its 号 in every source, and wins over a reference naming only the meeting
# just where its own clause names the meeting too (…会议上提出的第125建议).
_SIGNED = _NUMBERED[:-1]
_LOST = _NUMBERED[-1:]


def _numbered(text: str, folded: str, table: tuple[tuple[regex.Pattern[str], str], ...] = _SIGNED) -> _Found | None:
    held = {c for c in "《号第" if c in folded}
    if not held:
        return None
    for pattern, needs in table:
        if not held.issuperset(needs):
            continue
        m = pattern.search(folded)
        if m is None:
            continue
        if table is _LOST and P.KIND_COUNTED.search(folded, 0, m.start()):
            continue  # 提出了三条建议，针对第2建议: the count's ordinal, no number (B2)
        lo = _clause_start(folded, m.start())
        start, body, level, term, session = _meeting(folded, lo, m.start())
        if body is None and term is None and folded.startswith("(", m.end()):
            body, level, term, session = _meeting_in_bracket(folded, m.end(), (body, level, term, session))
        elif body is None and term is None and m.groupdict().get("meet"):  # 《…》（县政协十届三次会议第0118号）
            _, body, level, term, session = _meeting(folded, m.start("meet"), m.end("meet"))
        if body is None and (m.group("rep") or "代表" in folded[start : m.end()]):
            body = "人大"
        with_meeting = start < m.start() and "《" not in folded[start : m.start()]
        ref_start = _after_proposed(folded, start, m.start()) if with_meeting else m.start()
        ref_text = text[ref_start : m.end()]
        if with_meeting:
            # NAMED_PROPOSER opens on 代表团, 代表组 or 会议: not searched between words holding neither 代 nor 会
            named = _NAMED_PROPOSER.search(folded, start, m.start())
            if named is None and ("代表" in folded[start : m.start()] or "委员" in folded[start : m.start()]):
                named = P.NAMED_BY_ROLE.search(folded, start, m.start())  # 区人大代表黄某所提第78号建议
        else:
            named = _named_at_start(folded, lo, m.start())
        if named is None and "(" in folded[m.start() : m.end() + 1]:
            named = _in_bracket(folded, m)  # 第0077号提案（台盟某市支部）, 第56号（农工党某区委会）提案
        group = None if named is None else ("n" if named.group("n") else "b")
        name = text[named.start(group) : named.end(group)] if named and group else None
        quoted_kind = m.group("kind") is not None and folded.startswith("》", m.end("kind"))
        numbers = (
            _several(folded, m.start("no"), m.group("no"))
            or _after(folded, m.end(), m.group("no"))
            or _merged(folded, m.end(), m.end("no"), m.group("no"))
        )
        return _Found(
            ref_text.strip(), body, level, term, session, m.group("no"), m.group("kind"), name, quoted_kind, numbers
        )
    return None


_Meeting = tuple[str | None, str | None, int | None, int | None]
_BRACKET_MEETING_REACH = 40  # a meeting's name in brackets: 政治协商会议某某自治县第十届委员会第三次会议 and its marks


def _meeting_in_bracket(folded: str, at: int, read: _Meeting) -> _Meeting:
    """The meeting a clerk set in brackets right after the number and kind, none named before them
    (关于对第0093号提案（县政协九届三次会议）的答复): its body, level, term and session, where the bracket
    names a body and a 届 (a proposer in brackets, 第56号提案（农工党某区委会）, names neither); else `read`."""
    close = folded.find(")", at, at + _BRACKET_MEETING_REACH)
    if close < 0:
        return read
    _, body, level, term, session = _meeting(folded, at + 1, close)
    return read if body is None or term is None else (body, level, term, session)


def _several(folded: str, start: int, last: str | None) -> tuple[str, ...]:
    """Every number of a reference naming several under one 第 (第12、35、108号) or each under its own
    (第0123号、第0145号: `patterns.NUMBERS_BEFORE` before the number read, `last`, starting at `start`), in order;
    () where it names one."""
    if last is None or start < 2:
        return ()
    at = _back_over_spaces(folded, start)
    if at > 0 and folded[at - 1] == "第":
        at = _back_over_spaces(folded, at - 1)  # the last number's own 第: a mark must stand before it
    if at < 1 or folded[at - 1] not in "、,和及":
        return ()
    m = P.NUMBERS_BEFORE.search(folded, max(0, start - _SEVERAL_REACH), start)
    return (*P.NUMBER_PART.findall(m.group("others")), last) if m else ()


def _after(folded: str, end: int, first: str | None) -> tuple[str, ...]:
    """The reference read (`first`, ending at `end`) and the numbers that follow it each under its own 第 and 号
    (`patterns.NUMBERS_AFTER`: 第0301号《…》和第0318号《…》), in order; () where none follows."""
    m = P.NUMBERS_AFTER.match(folded, end) if first is not None and "第" in folded[end : end + 8] else None
    if m is None or first is None:
        return ()
    return (first, *(n.group("no") for n in P.NUMBER_AFTER.finditer(folded, m.start(), m.end())))


def _merged(folded: str, end: int, no_end: int, first: str | None) -> tuple[str, ...]:
    """The reference read (`first`, its number ending at `no_end`, the reference at `end`) and the numbers its 并案
    note names, in brackets after its kind word or right after its 号 (`patterns.MERGED_NUMBERS`: 第0135号提案
    （并案第0142号）, 第0135号（并0142号）提案): the proposals this one answer answers together are numbers of the
    reference as 第0135号、第0142号提案 would be; () where no note follows."""
    if first is None or "并" not in folded[no_end : end + 6]:
        return ()
    at = folded.find("号", no_end, no_end + 3)
    if at >= 0 and P.MERGED_NUMBERS.match(folded, at + 1):
        end = at + 1
    m = P.MERGED_NUMBERS.match(folded, end)
    if m is None:
        return ()
    return (first, *(n.group(0) for n in P.NUMBER_PART.finditer(folded, m.start("nos"), m.end("nos"))))


def _back_over_spaces(folded: str, at: int) -> int:
    """Where the spaces (at most two, as the patterns allow) before `at` start."""
    for _ in range(2):
        if at > 0 and folded[at - 1] == " ":
            at -= 1
    return at


_SEVERAL_REACH = 200  # thirty numbers of up to six characters and their marks


def _in_bracket(folded: str, m: regex.Match[str]) -> regex.Match[str] | None:
    """The proposer in brackets right after the reference `m`'s kind word or its number
    (patterns.PROPOSER_IN_BRACKET)."""
    after = P.PROPOSER_IN_BRACKET.match(folded, m.end())
    if after is not None:
        return after
    no = m.end("no")
    at = folded.find("号", no, m.end())
    return P.PROPOSER_IN_BRACKET.match(folded, at + 1, m.end()) if at >= 0 else None


def _lost(text: str, folded: str) -> _Found | None:
    """The reference by a number that lost its 号 (第0239提案), unless it is a count's ordinal."""
    return _numbered(text, folded, _LOST) if "第" in folded else None


def _after_proposed(folded: str, lo: int, hi: int) -> int:
    """Where the reference starts when its meeting's words start at `lo` and its number at `hi`: after a
    verb of proposing between them (会议上提出的第8号建议 → 第8号建议; …提出的关于…建议(第10号) → 关于…),
    which is the sentence's, else at the meeting."""
    words = folded[lo:hi]
    if "提" not in words and "交" not in words and "转" not in words:
        return lo
    verbs = list(P.PROPOSED_BETWEEN.finditer(folded, lo, hi))
    if not verbs:
        return lo
    start = verbs[-1].end()
    while start < hi and folded[start] == " ":
        start += 1
    return start


def _named_at_start(folded: str, lo: int, end: int) -> regex.Match[str] | None:
    """The proposer a reference without a meeting names right after its 关于/对 (关于对王某代表提出的
    第5号建议): the words from the last such start to the number."""
    starts = [m.end() for m in P.REF_START.finditer(folded, lo, end)]
    return P.NAMED_AT_START.match(folded, starts[-1], end) if starts else None


def _unnumbered(text: str, folded: str) -> _Found | None:
    for term_m in P.TERM.finditer(folded) if "届" in folded else ():  # every TERM ends in 届
        clause_end = _CLAUSE_STOP.search(folded, term_m.end())
        hi = clause_end.start() if clause_end else len(folded)
        kind_m = P.PROPOSAL_KIND.search(folded, term_m.end(), hi)
        if kind_m is None:
            continue
        meeting_end = folded.find("会议", term_m.end(), kind_m.start())
        end = meeting_end + 2 if meeting_end >= 0 else term_m.end()
        start, body, level, term, session = _meeting(folded, _clause_start(folded, term_m.start()), end)
        if body is None:
            continue
        return _Found(text[start:end].strip(), body, level, term, session, None, kind_m.group(0))
    return _termless(text, folded) if "会" in folded else None


def _termless(text: str, folded: str) -> _Found | None:
    """A meeting named without its 届 before the proposal's kind word (您在县人大会议上提出的关于…的
    建议): its body and level, no term or session. Only a meeting before any 关于 or quote of the
    clause: one inside the proposal's own title (关于开好区政协全体会议期间…的提案) is its subject."""
    m = P.MEETING_WITHOUT_TERM.search(folded)
    if m is None:
        return None
    lo = _clause_start(folded, m.start())
    if any(folded.find(mark, lo, m.start()) >= 0 for mark in ("关于", "《", "“")):
        return None
    clause_end = _CLAUSE_STOP.search(folded, m.end())
    kind_m = P.PROPOSAL_KIND.search(folded, m.end(), clause_end.start() if clause_end else len(folded))
    if kind_m is None:
        return None
    start, body, level, _, _ = _meeting(folded, lo, m.end())
    session = None
    if "次" in m.group(0) and "常委" not in m.group(0):  # a standing committee numbers its own meetings
        s = P.SESSION.search(folded, m.start(), m.end())
        session = cn_to_int(s.group("s")) if s else None
    return _Found(text[start : m.end()].strip(), body, level, None, session, None, kind_m.group(0))


def _inside_about(folded: str, at: int) -> bool:
    """The quote opening at `at` stands inside a 关于… phrase after other words of it (关于推进“一网通办”
    提案): a part of that title, not the whole one a congress names (关于“加强…防治”议案)."""
    about = folded.rfind("关于", _clause_start(folded, at), at)
    return 0 <= about < at - 2


def proposal_title(texts: list[tuple[str, str]], quoted_only: bool = False) -> tuple[str | None, str | None]:
    """The proposal's own title (《关于…的建议》) and the kind word standing right after it (or
    right before it: 您的提案《…》), if any; with `quoted_only`, only a title in 《》 or one the
    proposer's verb introduces (您所提关于…的建议)."""
    subject: tuple[str, str | None] | None = None  # 关于“…”提案: the subject a title quotes, kept last
    framed: tuple[str, str | None] | None = None  # 关于对…的建议办理情况的答复: the frame's 关于对, kept last
    for text, folded in texts:
        quoted_subject = False
        judged: set[tuple[int, int]] = set()  # the words of quotes found no title: 印发了“关于…的意见”
        for m in P.QUOTED_TITLE.finditer(folded):
            group = next(g for g in P.QUOTED_TITLE_GROUPS if m.group(g))
            inner = folded[m.start(group) : m.end(group)]
            before = max(0, m.start() - 8)
            kind_before = P.KIND_BEFORE_TITLE.search(folded, before, m.start())  # 您的提案《…》
            # the proposal's whole title: its kind word ends it, or the proposer's verb or a receipt
            # names it; else, a kind word right after it makes it the subject a title quotes
            whole = (
                P.PROPOSAL_KIND.search(inner[-2:])
                or kind_before
                or P.PROPOSED_BY.search(folded, before, m.start())
                or (inner.endswith("意见") and P.RECEIVED_AFTER_TITLE.match(folded, m.end()))
            )
            if not whole and not (
                P.KIND_RIGHT_AFTER_TITLE.match(folded, m.end()) and not _inside_about(folded, m.start())
            ):
                judged.add((m.start(group), m.end(group)))
                continue
            after = P.KIND_AFTER_TITLE.match(folded, m.end()) or kind_before
            found = text[m.start(group) : m.end(group)], after.group("k") if after else None
            if whole:
                return found
            subject, quoted_subject = subject or found, True
        if quoted_subject or "关于" not in folded:
            continue  # both unquoted forms open with 关于
        # a closing mark ends an unquoted title whose opening mark the page lost; words the marks
        # enclose whole were judged above as the quote they are
        bare = next((b for b in P.UNQUOTED_TITLE.finditer(folded) if (b.start("t"), b.end("t")) not in judged), None)
        if quoted_only:  # after a bare acknowledgement: only a title the proposer's verb introduces
            if bare and P.PROPOSED_BEFORE_UNQUOTED.search(folded, max(0, bare.start() - 6), bare.start()):
                return text[bare.start("t") : bare.end("t")], None
            continue
        if bare and _framed(folded, bare.start("t")):
            framed = framed or (text[bare.start("t") : bare.end("t")], None)
            continue
        if bare:
            return text[bare.start("t") : bare.end("t")], None
        cut = P.UNQUOTED_TITLE_NUMBERED.search(folded) if "号" in folded else None
        if cut:
            return text[cut.start("t") : cut.end("t")] + text[cut.start("kind") : cut.end("kind")], None
    return subject or framed or (None, None)


def _framed(folded: str, at: int) -> bool:
    """The unquoted title at `at` opens with 关于对 (关于对推进…的建议办理情况的答复): a reply's title
    frames the proposal so, and the 对 is the frame's. The title the opening names (您提出的关于推进…的
    建议) is the proposal's own; the framed words are kept only where no source names another."""
    return folded.startswith("关于对", at)


_Para = tuple[str, str]  # a line's or a paragraph's text and its folded copy


def find_proposal(
    title: str | None,
    header: Sequence[str | _Para],
    opening: Sequence[str | _Para],
    proposers: list[str],
) -> ProposalRef | None:
    """The reference from the title, the header lines, then the opening paragraphs.

    A header line or an opening paragraph is its text, or its text with the folded copy its block or
    paragraph holds already (`Block.folded`, `ParaDraft.folded`): a rule hands the pair, so nothing here
    folds a text folded once already; where the opening turns to the answer is found once."""
    paragraphs = [_pair(p) for p in opening]
    sources = [(title, fold(title))] if title else []
    sources += [pair for pair in map(_pair, header) if pair[0]]
    sources += [pair for pair in paragraphs if pair[0]]
    turn = _turn(paragraphs)
    found = _first(_numbered, sources)
    if found is None:
        lost = _first(_lost, sources)
        meeting = _first(_unnumbered, sources)
        found = lost if lost is not None and (lost.body is not None or meeting is None) else meeting
    if found is not None and found.body is None and found.term is None and title:
        _meeting_from_title(found, title)
    if found is not None and (found.term is None or found.body is None):
        _meeting_from_opening(found, _before_answer(paragraphs, turn))
    if not proposers:
        proposers = _acknowledged_proposer(paragraphs, len(_before_answer(paragraphs, turn)))
    named_in, quoted_after = _titled_opening(paragraphs, turn)
    titled = {title, *named_in}
    quoted, kind_after = proposal_title([(t, ft) for t, ft in sources if t in titled])
    if quoted is None and quoted_after:
        quoted, kind_after = proposal_title(quoted_after, quoted_only=True)
    if found is None and quoted is None:
        return None
    if found is None:
        kind = kind_after or (P.PROPOSAL_KIND.findall(fold(quoted or ""))[-1:] or [None])[0]
        return ProposalRef(
            quoted or "", None, None, None, None, None, cast("ProposalKind | None", kind), quoted, tuple(proposers)
        )
    kind = found.kind
    if found.number is None and kind_after:
        kind = kind_after
    if not proposers and found.named:
        proposers = [found.named]
    if not proposers and title:
        proposers = _titled_proposer(title)
    return ProposalRef(
        found.text,
        cast("Body | None", found.body),  # the values of PROPOSAL patterns' groups are the Literal's members
        cast("Level | None", found.level),
        found.term,
        found.session,
        found.number,
        cast("ProposalKind | None", kind),
        quoted,
        tuple(proposers),
        numbers=found.numbers,
    )


def _titled_proposer(title: str) -> list[str]:
    """The deputy, member or body a title names before the kind word of what it answers, with no
    number there (关于陶某代表所提建议的答复, 关于对民盟某市委提出的提案的答复, or before its quoted title: 关于对朱某
    代表《…的建议》的答复): the reference's proposer,
    though its number stands in the opening. Not a group or the congress (关于市人大代表建议…)."""
    folded = fold(title)
    # before each kind word, and before the proposal's own title quoted with no verb (关于对朱某代表《关于…的建议》的
    # 答复: the deputy's suggestion)
    quoted = folded.find("《")
    ends = sorted({*(kind.start() for kind in P.PROPOSAL_KIND.finditer(folded)), *((quoted,) if quoted > 0 else ())})
    for end in ends:
        named = _named_at_start(folded, 0, end)
        group = None if named is None else ("n" if named.group("n") else "b")
        if named is not None and group is not None:
            return [title[named.start(group) : named.end(group)]]
    return []


def _first(find: Callable[[str, str], _Found | None], sources: list[tuple[str, str]]) -> _Found | None:
    """What `find` finds in the first of `sources` (text, folded) that holds it, else None."""
    for text, folded in sources:
        found = find(text, folded)
        if found is not None:
            return found
    return None


def _pair(p: str | _Para) -> _Para:
    """A text with its folded copy: the pair as handed, or the text folded here."""
    return (p, fold(p)) if isinstance(p, str) else p


def _turn(opening: list[_Para]) -> int | None:
    """Which opening paragraph turns to the answer (现答复如下, 经研究答复如下, …函告如下), or None: asked once
    a reply, for the title's sources, the proposer's and the meeting's paragraphs alike."""
    for i, (_, folded) in enumerate(opening):
        if ("如下" in folded or "现" in folded) and opens_answer(folded):  # every turn holds one
            return i
    return None


def _titled_opening(opening: list[_Para], turn: int | None) -> tuple[list[str], list[_Para]]:
    """The opening paragraphs that may name the proposal's title in any form, and those after them
    that may name it only in 《》. Up to the one that turns to the answer (现答复如下, 经研究答复如下):
    a 关于…的建议 after it is a point of the answer (关于在便道施划车位的建议，依据…), not the
    proposal's own title. A bare …收悉 is not the turn: an acknowledgement in two steps names the
    title in the next paragraph (您提出的建议已收悉。/ 您在建议中提出的《…》，现答复如下). Without a
    turn, up to the paragraph that acknowledges the proposal (…收悉): an answer that never turns
    goes on with its points (您的提案收悉。/ 关于增设班线的建议，我局已…), and only a quoted title
    after the acknowledgement is still the proposal's."""
    texts = [text for text, _ in opening]
    if turn is not None:
        return texts[: turn + 1], []
    for i, text in enumerate(texts):
        if "收悉" in text:
            return texts[: i + 1], opening[i + 1 :]
    return texts, []


def meeting_of(text: str) -> tuple[str | None, str | None, int | None, int | None] | None:
    """The body, level, term and session a meeting's name gives (`县十九届人大三次会议`), or None
    where it names neither a 政协/人大 nor a 届."""
    folded = fold(text)
    _, body, level, term, session = _meeting(folded, 0, len(folded))
    return None if body is None and term is None else (body, level, term, session)


def _acknowledged_proposer(opening: list[_Para], before_answer: int) -> list[str]:
    """The deputy or member an opening paragraph names as the one who wrote the proposal it
    acknowledges (孙某代表提出的《…》收悉), or the proposer label in the note after the proposal's
    title (《…》（第5号，提案人：王某、李某）收悉): a label inside the sentence, not on a line of its own;
    or after the meeting they proposed at (…会议期间，周某等15名代表提出了《…》); or at the head of
    an opening that brings the proposal in without 收悉 (关于王某代表提出的《…》，现将意见函告如下),
    asked only of the paragraphs before the answer: past them a 关于某代表提出的… opens a point of
    the answer or another proposal it cites. `before_answer`: how many paragraphs `_before_answer` gives."""
    for i, (text, folded) in enumerate(opening):
        note = P.PROPOSER_IN_NOTE.search(folded) if "(" in folded and ":" in folded else None
        if note:  # （第5号，提案人：王某）: the label names them whatever the sentence says
            names = split_proposers(text[note.start("v") : note.end("v")])
            for more in P.PROPOSER_IN_NOTE_MORE.finditer(folded, note.end("v"), note.end()):
                names += split_proposers(text[more.start("v") : more.end("v")])  # …；联名提案人：乙、丙
            return names
        m = P.ACKNOWLEDGED_PROPOSER.match(folded) if "收悉" in folded else None  # it ends on 收悉
        m = m or (P.MEETING_THEN_PROPOSER.match(folded) if "会议" in folded and "《" in folded else None)
        m = m or (P.REFERRED_PROPOSER.match(folded) if i < before_answer and "提" in folded else None)
        if m and m.group("n"):  # 李某、张某等5位代表: each named deputy
            return [name for name in text[m.start("n") : m.end("n")].split("、") if name]
        if m:  # a body, or bodies proposing together (台盟某市委、民进某市委联合提出的): each named one
            return [body for body in text[m.start("b") : m.end("b")].split("、") if body]
    return []


def _before_answer(opening: list[_Para], turn: int | None) -> list[_Para]:
    """The opening's paragraphs up to the one that turns to the answer (…现答复如下, …函告如下: `turn`); with
    no turn, the first alone: the paragraph after it may already be the answer's."""
    return opening[: turn + 1] if turn is not None else opening[:1]


def _meeting_from_title(found: _Found, title: str) -> None:
    """A number the body gives (建议（第10号）) joins the meeting the title names without one.

    Only where the title's reference is of the same kind (提案 with 提案): the two then name the
    same proposal, the title its meeting and the body its number. A kind read as the last word
    inside the quoted title (《关于…的建议》（第B15号）) is the title's wording, not the register's: a
    member's 提案 is often titled 关于…的建议, and the kind the title's reference names is taken.
    """
    meeting = _unnumbered(title, fold(title))
    if meeting is not None and (meeting.kind == found.kind or found.kind_quoted):
        found.body, found.level, found.term, found.session = meeting.body, meeting.level, meeting.term, meeting.session
        found.kind = meeting.kind


def _meeting_from_opening(found: _Found, before_answer: list[_Para]) -> None:
    """The meeting an opening says the proposal was made at (您在区政协五届二次会议期间提出的《…》收悉)
    joins a reference that numbers it alone (关于第0217号提案的答复): the document states the meeting,
    only not beside the number.

    Asked only of the sentence that acknowledges the proposal (…收悉) before the answer: a meeting
    another sentence tells of (此前，…会议期间也有委员提出类似提案) is another's; and only where the
    meeting's proposal is of the reference's kind, as for a meeting the title names. A reference whose
    words give its body but no meeting (关于第0123号代表建议办理情况的答复: 代表 says 人大) takes the meeting
    of that body (您在县十九届人大四次会议上提出的…建议收悉), never one of the other body; one whose words give
    its level too (关于区人大代表某某所提第0078号建议的答复) takes the meeting of that body at that level only. One
    whose meeting names its 届 and 次 but no body or place (关于第十五届三次会议第0123号提案的答复) takes the body and
    level of the same meeting the opening names in full (政协某县第十五届委员会第三次会议), never another's.
    """
    for text, folded in before_answer:
        end = text.find("收悉")
        if end < 0:
            continue
        sentence = text[_clause_start(folded, end) : end]
        meeting = _unnumbered(sentence, fold(sentence))
        if meeting is None:
            continue
        if (
            (meeting.kind == found.kind or found.kind_quoted)
            and found.body in (None, meeting.body)
            and found.level in (None, meeting.level)
            and found.term in (None, meeting.term)
            and found.session in (None, meeting.session)
        ):
            found.body, found.level, found.term, found.session = (
                meeting.body,
                meeting.level,
                meeting.term,
                meeting.session,
            )
        return


def split_proposers(value: str, spaces: Sequence[int] = ()) -> list[str]:
    """The names of a 提案人/领衔人 value, which lists joint proposers with 、, commas or semicolons,
    or with spaces (`spaces`: where a layout pass removed one between two names). A space is a
    separator only when every piece it leaves is a name of two characters or more: `王 静` is one
    two-character name spaced to the width of a three-character one. A role set off after the
    names (`张三 代表`) is no name, nor the count of co-signers after the lead (`何某等12名代表`),
    nor a role in brackets after a name (`孙某（市人大代表）`): they are left out of them."""
    bounds = [0, *sorted(at for at in spaces if 0 < at < len(value)), len(value)]
    pieces = [value[a:b].strip() for a, b in itertools.pairwise(bounds)]
    if len(pieces) > 1 and P.PROPOSER_ROLE.match(pieces[-1]):
        pieces.pop()
        value = value[: bounds[-2]]
    if any(len(piece) < _MIN_NAME for piece in pieces):
        pieces = [value]
    names = (P.PROPOSER_COUNT.sub("", p.strip()) for piece in pieces for p in _PROPOSER_SPLIT.split(piece))
    return [_without_note(name) for name in names if name]


def _without_note(name: str) -> str:
    """A person's name without the role or party in brackets after it (`孙某（市人大代表）` → `孙某`)."""
    m = P.PROPOSER_NOTE.match(fold(name)) if name.endswith((")", "）")) else None
    return name[: m.end("n")] if m else name


@functools.lru_cache(maxsize=1024)
def opens_answer(folded: str) -> bool:
    """Whether `patterns.ANSWER_OPENS` is found in a folded line (…建议收悉，现答复如下：). A reply's
    turn to its answer is asked about by the proposal's title (twice) and by the sections' opening and
    quote lead, about four times a reply at some 4 µs each; the answer depends on the string alone,
    so it is kept for the last few hundred lines asked (the strings hash once, when first asked)."""
    return P.ANSWER_OPENS.search(folded) is not None
