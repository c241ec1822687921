"""The section tree: headings found by their marker family, nested by rank, titled by the contract's rule.

Families nest by the rank GB/T 9704 and practice give them (编/章/节 above 一、 above （一）
above 1. above （1） above ①; see `patterns.SECTION_RANK`): a heading closes every open section
of its own rank or below and opens a child of the one left. Only families of equal rank (一、
and 第一条) are ordered by their first appearance. Markdown `#` counts decide nothing. A reply's
opening keeps the proposal's quoted points as paragraphs, and the looser marker forms (`一，`,
`3 `) open a section only on a line that can be nothing but a heading.
"""

from __future__ import annotations

import functools
import itertools
import sys
from typing import NamedTuple

import regex

from govdoc import patterns as P
from govdoc.fields.kind import kind_of
from govdoc.fields.proposal import opens_answer
from govdoc.model import Span, Table, Warning
from govdoc.numerals import cn_to_int
from govdoc.rules.contents import contents_entries
from govdoc.rules.lines import ends_open, marker_at, marker_ordinal, per_line, section_marker
from govdoc.rules.lines.base import SENTENCE_STOP, numeral_list_at
from govdoc.rules.lines.classify import SECTION_OPEN, SPACED_NUMERAL, line_class
from govdoc.rules.quoted_articles import POINT_STYLES, article_run, cites_articles, cites_clauses
from govdoc.state import Block, ParaDraft, SectionDraft, State, Zone

_STOP_INSIDE = regex.compile(rf"[。!?;]|{P.TEXT_COLON}|{P.HALF_STOP}")
_RUN_IN_END = regex.compile(rf"。|{P.TEXT_COLON}|{P.HALF_STOP}")
_SENTENCE_MARK = regex.compile(r"[。,;:!?、]|\.$")
_SENTENCE_END = frozenset("。!?;")
_POINT_END = frozenset("。;")  # a quoted point ends its sentence (folded: ；is ;)
_PREDICATE_STARTS = ("是", "也", "就", "都", "的")
TITLE_MAX = 30
_RUN_IN_GAP = frozenset(" \t")
_FIGURE = regex.compile(r"[\d.,%‰]+")
_CELL = regex.compile(r"[^ \t]+")
ARTICLE_TITLE_MAX = 20
# what no article's title holds (第三条　适用范围): compiled once, not looked up in the module's cache per heading
_ARTICLE_TITLE_BREAK = regex.compile(r"[。!?;:,、]")


def paragraph_of(b: Block, offset: int = 0, upto: int | None = None) -> ParaDraft:
    """The block from `offset` on (up to `upto`) as a paragraph, positions in Document.text."""
    if offset == 0 and upto is None and not b.bold:  # the whole line, most paragraphs: nothing to cut
        return ParaDraft(b.start, b.start + len(b.text), b.text, b.folded, [], b.hints.page)
    text = b.text[offset:upto].rstrip() if upto is not None else b.text[offset:]
    end = b.start + offset + len(text)
    bold = (
        [(b.start + s, min(b.start + e, end)) for s, e in b.bold if s >= offset and b.start + s < end] if b.bold else []
    )
    # start, end, text, folded, bold, page: in order, without keywords (a keyword call costs more than the rest)
    return ParaDraft(
        b.start + offset,
        end if upto is not None else b.end,
        text,
        b.folded[offset : offset + len(text)],
        bold,
        b.hints.page,
    )


def _title_and_rest(b: Block, rest_at: int, style: str) -> tuple[str | None, int | None]:
    """The heading's title and where its first paragraph starts in the block (None: no paragraph)."""
    rest = b.text[rest_at:]
    frest = b.folded[rest_at:]
    if not rest.strip():
        return None, None
    if style == "article":
        if len(rest) <= ARTICLE_TITLE_MAX and not _ARTICLE_TITLE_BREAK.search(frest):
            return rest, None
        return None, rest_at
    gap = _gap_run_in(b, rest_at)
    if gap is not None:
        return b.text[rest_at : gap[0]], gap[1]
    edge = _marked_title_end(b, rest_at) if frest[0] == "【" or b.bold else None
    if edge is not None:  # 【加强统筹】各街道要…, **强化政策宣传**通过…: the marks end the title
        after = edge
        while after < len(b.folded) and b.folded[after] in _MARKED_TITLE_GAP:
            after += 1
        return b.text[rest_at:edge].rstrip("。:："), after
    core = frest[:-1] if frest[-1] in "。:." else frest
    bare = without_asides(frest)
    if not _STOP_INSIDE.search(bare, 0, len(core)) and (frest[-1] not in "。." or len(core) <= TITLE_MAX):
        return rest[: len(core)], None
    stop = _RUN_IN_END.search(bare)
    if stop and 0 < stop.start() <= TITLE_MAX and frest[stop.end() :].strip():
        after = stop.end()
        while after < len(frest) and frest[after] in _RUN_IN_GAP:  # a tab too: Word's after a run-in title
            after += 1
        return rest[: stop.start()], rest_at + after
    return None, rest_at


_MARKED_TITLE_GAP = frozenset(" \t。:")  # (folded: ： is its ASCII form there)
# a comma, 、 or ； after the marks: the sentence goes on, the marked part is its first clause, no title
_CLAUSE_GOES_ON = frozenset(",、;")


def _marked_title_end(b: Block, rest_at: int) -> int | None:
    """Where a run-in title ends that its marks set off, not a stop (None: no such title): a title in
    lenticular brackets right after the marker (`（一）【加强统筹】各街道要…`: its closing bracket, kept with
    the title as round 4 keeps `一、【工作情况】`'s), or a bold run holding the marker and the title after it
    (`**（一）强化政策宣传**通过新闻媒体…`; a bold run opening after the marker may stress a sentence's first
    words, `1.**全年共接待家长**一千二百人次…`, and is left to the stop rule). The marked part is a title's
    length with no stop inside but a final 。 or ：, and a sentence goes on after it on the line: a line
    marked whole is read as before. Marks followed by a comma, 、 or ； stress a clause of the sentence
    (`**1.截至目前，已完成改造85个**，惠及…`): no title, as the stop rule reads it."""
    f = b.folded
    end: int | None = None
    if f[rest_at] == "【":
        close = f.find("】", rest_at + 2, rest_at + TITLE_MAX + 2)
        end = close + 1 if close > 0 else None
    else:
        end = next((e for s, e in b.bold if s < rest_at < e), None)
    if end is None or end - rest_at > TITLE_MAX + 2 or not f[end:].strip(" \t。:"):
        return None
    if f[end:].lstrip(" \t")[:1] in _CLAUSE_GOES_ON:  # **…85个**，惠及…: the stressed words are a clause
        return None
    inside = f[rest_at:end].strip("【】").rstrip("。:")
    if not inside or inside.isdigit() or _STOP_INSIDE.search(without_asides(inside)):
        return None
    return end


def has_run_in_text(b: Block) -> bool:
    """A heading line whose text goes on after its run-in title (`（一）加强组织领导。各部门要`): the
    rest is a paragraph, which a page end may cut like any other."""
    h = heading_of(b)
    return h is not None and _title_and_rest(b, h.end, h.style)[1] is not None


def _gap_run_in(b: Block, rest_at: int) -> tuple[int, int] | None:
    """(end of the title, start of the paragraph) where a wide layout gap or a tab, not a stop,
    parts a run-in heading from its text (`（一）加强组织领导　　各街道要…。`): the part before is
    heading-shaped, the part after is a sentence. Else None."""
    tab = b.text.find("\t", rest_at)
    cuts = [g for g in b.gaps if g > rest_at] + ([tab + 1] if tab >= 0 else [])
    if not cuts:
        return None
    cut = min(cuts)
    head = b.folded[rest_at:cut].rstrip(" \t")
    # a heading's closing lenticular bracket kept as its gap (furniture._bracketed_heading): the edge of the
    # title's cell, which ends the title whatever follows (【一、总体要求】坚持稳中求进工作总基调, no final stop)
    bracket = head[-1:] == "】"
    if bracket:
        head = head[:-1]
    tail = b.folded[cut:].strip()
    if not (0 < len(head) <= TITLE_MAX and tail and (bracket or tail[-1:] in _SENTENCE_END)) or _STOP_INSIDE.search(
        without_asides(head)
    ):
        return None
    return rest_at + len(head), cut


def without_asides(folded: str) -> str:
    """The line with each bracketed or quoted aside blanked out (same length), so that the stops
    inside `（牵头单位：区发改委）` are not taken for the heading's own."""
    if "(" not in folded and "《" not in folded and "“" not in folded and "【" not in folded:
        return folded
    return P.ASIDE.sub(lambda m: "_" * len(m.group()), folded)


class Heading(NamedTuple):
    """A body line that opens a section: its marker family and where the marker stands (a tuple:
    one is made for each heading a document's lines open, and a frozen dataclass costs three times
    as much to make)."""

    group: str  # the pattern's group name (cn_paren_glyph, …)
    style: str  # the contract's family name
    number: str
    start: int
    end: int  # where the text after the marker starts
    alone: bool = False  # a bracketed marker written with its closing bracket alone (`1）`, `一）`)
    indent: bool = False  # its line opened with an indent (a nested Markdown list's `    1. `: `_nested_lists`)


def heading_of(b: Block, next_cn: int | None = None) -> Heading | None:
    """The section heading a body line opens, or None (a looser marker form on a sentence is none).
    `next_cn`: the number the document's 一、 family expects next, if it has begun."""
    bits = b.cls
    if bits < 0:
        bits = line_class(b)
    if not bits & (SPACED_NUMERAL | SECTION_OPEN) or (not bits & SPACED_NUMERAL and section_marker(b) is None):
        return None  # `_heading_alone`'s answer for a line opening with no marker (most), without its store
    heading, numeral_list = _heading_alone(b)
    if heading is not None and numeral_list and cn_to_int(heading.number) != next_cn:
        return None  # 一、二期工程…; but 二、三级医院… right after the document's 一、 is its 二
    return heading


_PAREN_GROUPS = frozenset({"cn_paren", "num_paren"})
_OPENING_BRACKETS = frozenset("(" + P.PAREN_IDEOGRAPH_BRACKETS)  # a bracketed marker written whole


@per_line
def _heading_alone(b: Block) -> tuple[Heading | None, bool]:
    """The heading the line opens as far as the line alone tells, and whether its 一、 marker reads
    as a list of numbers (一、二期工程…), which only the document's 一、 family settles; kept per
    line, since the sections and the joins ask it of the same lines."""
    m = section_marker(b)
    family = _families().get(m.lastindex) if m is not None else None
    if m is None or family is None:
        return _spaced_numeral(b), False
    group, style, at, number = family
    start = m.start(at)
    alone = group in _PAREN_GROUPS and b.folded[start : start + 1] not in _OPENING_BRACKETS
    heading = Heading(group, style, m.group(number), start, m.end(), alone, b.hints.indent)
    if _loose(b, heading) and (
        not (_heading_like(b.folded[heading.end :], _spaced_off(b, heading)) or _comma_run_in(b, heading))
        or _row_of_cells(b, heading.end)
    ):
        return None, False
    if _laid_out_in_cells(b, heading.end) and _figure_cells(b, heading.end):
        return None, False  # 1.<tab>城东小学<tab>300: a table's row numbered in its 序号 column, whatever the marker
    if group in ("article", "part", "chapter", "section") and _counted_points(b, heading):
        return None, False
    if (
        group in _PAREN_GROUPS
        and b.folded[heading.end : heading.end + 1] in P.MARKER_SPAN_START
        and P.MARKER_SPAN.match(b.folded, heading.end)
    ):
        return None, False  # （一）至（三）项建议…: points counted by their numbers in a sentence
    if group in _PAREN_GROUPS and _cited_item(b, heading):
        return None, False
    if group == "num_paren" and _span_of_time(b, heading):
        return None, False  # 3)个月内未整改的…, （3）个工作日内…: a span of time counted, its figure bracketed
    if group == "part" and m.group(group).endswith("篇") and not _heading_like(b.folded[heading.end :]):
        return None, False  # 第一篇调研文章已刊发，…: 篇 counts texts in a sentence; a 纲要's book heads a line
    return heading, group == "cn" and _numeral_list(b.folded, heading)


def _span_of_time(b: Block, heading: Heading) -> bool:
    """The sentence after a num-paren marker opens with a span of time (`P.TIME_SPAN`): read alone, the
    bracket holds the span's figure (（3）个工作日内完成整改。), unless a sibling beside it says otherwise
    (`_span_siblings`)."""
    at = heading.end
    return (
        b.folded[at : at + 1] in P.TIME_SPAN_FIRST
        and P.TIME_SPAN.match(b.folded, at) is not None
        and not _heading_like(b.folded[at:], counted=False)
    )


def _span_figure(b: Block) -> Heading | None:
    """The num-paren heading a line opening with a bracket would open but for the span of time its
    sentence opens with (`_span_of_time`), or None."""
    m = section_marker(b)
    family = _families().get(m.lastindex) if m is not None else None
    if m is None or family is None or family[0] != "num_paren":
        return None
    group, style, at, number = family
    heading = Heading(group, style, m.group(number), m.start(at), m.end(), False, b.hints.indent)
    return heading if _span_of_time(b, heading) else None


@functools.cache
def _families() -> dict[int | None, tuple[str, str, int, int]]:
    """SECTION_MARKER's family groups by number (the last group a match closes is its family's):
    the group's name, the contract's style, and the numbers of the group and of its number's. A
    `regex` match looks a group's name up on every call; numbers it reads at once."""
    index = P.SECTION_MARKER.groupindex
    return {index[g]: (g, style, index[g], index[g + "_n"]) for g, style in P.SECTION_STYLES.items()}


def _spaced_numeral(b: Block) -> Heading | None:
    """`一　基本情况`: an ideograph set off from its title by a space (a variant of 一、), the space
    removed from the text as between two CJK characters. Like the other loose forms it opens a
    section only on a line that can be nothing but a heading, and never on letter-spaced text
    (`十 年 成 就`, a space after each character)."""
    if b.folded[:1] not in P.SPACED_NUMERAL_FIRST or not (b.spaces or b.gaps or "\t" in b.folded):
        return None
    m = P.SPACED_NUMERAL.match(b.folded)
    end = m.end() if m else 0
    tab = b.folded[end : end + 1] == "\t"  # 一<tab>基本情况: a tab stays in the text, the marker's gap
    at = end + 1 if tab else end
    if not (tab or end in b.spaces or end in b.gaps) or at + 1 in b.spaces or not _heading_like(b.folded[at:]):
        return None
    if (P.NUMERAL_LIST.match(b.folded) or b.folded[at : at + 1] in P.SPACED_COUNT_WORDS) and not (
        P.NOUN_ON_A_COUNT.match(b.folded, at)
    ):
        return None  # 一　年来…, 三　季度…: a number counting something, spaced
    if _row_of_cells(b, end):
        return None  # 一　城东街道　12　3.5: a table's row numbered with ideographs
    return Heading("cn", "cn", b.folded[:end], 0, at)


def _laid_out_in_cells(b: Block, at: int) -> bool:
    """The line goes on past its marker in cells a layout parts (a tab or a wide gap, not a space a
    web copy puts between Han and digits): only then may a strict marker (`1.`, `（一）`) number a
    table's row rather than a heading; asked of every heading, so the cheap tests come first."""
    return "\t" in b.folded[at:] or any(g > at for g in b.gaps)


def _row_of_cells(b: Block, at: int) -> bool:
    """`1　甲街道　120　36.5`: after a bare row number (ending at `at`), cells set off by spaces, a
    figure among them, or cells of words that a wide gap parts (closed between two Chinese words, it is
    kept in `gaps`) with no sentence ending the line: a row of a table laid out with spaces (its 序号
    column first), not a heading.
    A figure is a cell of its own when it ends the row or a wide gap (a tab, an ideographic space,
    two spaces) parts it from its neighbour; between single spaces (`推进 15 分钟…`, the space a web
    copy puts between Han and digits) it is a word of the heading."""
    rest = b.folded[at:]
    if any(g > at + 1 for g in b.gaps) and rest.rstrip()[-1:] not in _SENTENCE_END:
        return True  # 1  增设投放点  新增一百二十个: cells of words, a wide gap closed between two, no sentence
    return _figure_cells(b, at)


def _figure_cells(b: Block, at: int) -> bool:
    """The line after `at` holds a figure as a cell of its own (ending the row, or parted from its
    neighbours by more than one space): a table's row, whichever marker numbers it. Cells of words
    alone (`工作情况　　（2024年）`) may be a heading's title and its aside, so a strict marker asks only this."""
    rest = b.folded[at:]
    if " " not in rest.strip() and "\t" not in rest:
        return False
    cells = list(_CELL.finditer(b.folded, at))
    for k in range(1, len(cells)):
        if not _FIGURE.fullmatch(cells[k].group()):
            continue
        if k == len(cells) - 1:
            return True
        before = b.text[cells[k - 1].end() : cells[k].start()]
        after = b.text[cells[k].end() : cells[k + 1].start()]
        if before != " " or after != " ":
            return True
    return False


def _counted_points(b: Block, heading: Heading) -> bool:
    """`第一条建议已经解决。`: 第N条 counting the proposal's points in a sentence, not an article. A
    space after the marker (`第三条 建议的交办…`, maybe removed between CJK characters) sets an
    article off from its text, as a regulation does; a sentence never puts one there."""
    folded, end = b.folded, heading.end
    if folded[end - 1 : end] == " " or end in b.spaces or end in b.gaps:
        return False
    return P.COUNTED_POINTS.match(folded, end) is not None and not _heading_like(folded[end:])


def _cited_item(b: Block, heading: Heading) -> bool:
    """`（2）项建议涉及的资金问题，已…`: a parenthesised number that the next words show is cited (an
    item, clause or point and what it says) in a sentence; a short line that can only be a heading
    keeps its marker, as a 第N条 does."""
    folded, end = b.folded, heading.end
    if folded[end : end + 1] not in P.CITED_ITEM_START or P.CITED_ITEM.match(folded, end) is None:
        return False
    rest = folded[end:].strip()
    return len(rest) > TITLE_MAX or _SENTENCE_MARK.search(rest) is not None


def _numeral_list(folded: str, heading: Heading) -> bool:
    """`一、二期工程将于年底完工。`: the marker's number and the next one, joined by 、, count something
    in a sentence. A line that can only be a heading (`三、四季度工作安排`) keeps its marker."""
    m = numeral_list_at(folded, heading.end)  # asked first: it fails on nearly every heading (on its first character)
    if m is None or _heading_like(folded[heading.end :]):
        return False
    number = cn_to_int(heading.number)
    listed = cn_to_int(m.group("n"))
    if number is None or listed is None:
        return False
    # the next number, or for decades its tens with the 十 the two share (七、八十年代 is 七十、八十年代)
    return listed == number + 1 or (listed == (number + 1) * 10 and m.group().endswith("年代"))


def _loose(b: Block, heading: Heading) -> bool:
    """The looser marker forms: `一，` and `一：` (a comma or a colon where 、 belongs), and a bare number
    and a space or a colon (`1：`, where . belongs)."""
    marker = b.folded[heading.start : heading.end]
    if heading.group == "cn":
        return "," in marker or ":" in marker
    return heading.group == "num" and "." not in marker and "、" not in marker


def _spaced_off(b: Block, heading: Heading) -> bool:
    """The loose marker is a bare number set off by a space (`3 个街道…`), where a measure word after it
    counts something; after a comma or a colon (`一，日常监管`, `1：月度抽检`) the number is parted from the
    words, which are a title that may open on a measure word's character (日常, 年度, 人员, 项目)."""
    marker = b.folded[heading.start : heading.end]
    return "," not in marker and ":" not in marker


def _comma_run_in(b: Block, heading: Heading) -> bool:
    """`一，坚持规划引领。全市…`: an ideograph and a comma before a run-in title, a heading's words up to
    the first stop or colon (short, no sentence punctuation, no predicate's first word) with the
    section's text after them on the line, as `一、` runs in. A sentence that opens with 一 (`一，是我们
    的首要任务。…`) or a list of numbers (`一，二线城市…`) has no such title."""
    if heading.group != "cn":
        return False
    rest = b.folded[heading.end :]
    stop = _RUN_IN_END.search(without_asides(rest))
    return (
        stop is not None
        and bool(rest[stop.end() :].strip())
        and rest[:1] not in P.SPACED_NUMERAL_FIRST
        and _heading_like(rest[: stop.start()], counted=False)
    )


def _heading_like(rest: str, counted: bool = True) -> bool:
    """A line that can only be a heading: short, no sentence punctuation inside or at its end,
    not a quantity (`3 个街道…`; `counted`: a measure word opening the words counts the number before
    them, which only a bare number's space leaves it to do). `一，是我们的首要任务。` is a sentence
    that opens with 一."""
    rest = rest.strip()
    return (
        0 < len(rest) <= TITLE_MAX
        and not _SENTENCE_MARK.search(rest)
        and not (counted and P.COUNT_WORD.match(rest))
        and not rest.startswith(_PREDICATE_STARTS)
    )


def _opening_end(state: State, body: list[Block], headings: list[Heading | None]) -> int:
    """How many body blocks form a reply's opening, where numbered points quote the proposal.

    The opening ends with the sentence that turns to the answer (`现答复如下`), or where the top
    family starts again at 1 after that sentence (the proposal's points were numbered 一、 too), or,
    in a reply, where the first family's points listed line after line start again at 1 after a
    lead-in line ending on its colon (`_listed_top_run_end`), else at the first heading of the top
    ranks (`一、`, a chapter); a document that is not a reply, or has none of these, has no opening (0).
    """
    top = next(
        (i for i, h in enumerate(headings) if h is not None and P.SECTION_RANK[h.style] <= P.SECTION_RANK["cn"]),
        len(headings),
    )
    for i, b in enumerate(body[:top]):
        if turns_to_answer(b.folded):
            return i
    quoted = _quoted_top_run_end(body, headings, top)
    if quoted:
        return quoted
    first = top if top < len(headings) else next((i for i, h in enumerate(headings) if h is not None), top)
    if first == len(headings):
        return 0
    title = "".join(t.text for t in state.title_blocks) or None
    before = [b.folded for b in body[:first]]
    if kind_of(title, before, folded=True) != "reply":
        return 0
    # a reply numbered only below the top ranks (1. 2.) has no opening but a listed run's
    listed = _listed_top_run_end(body, headings, first)
    return listed or (top if top < len(headings) else 0)


def turns_to_answer(folded: str) -> bool:
    """The sentence with which a reply turns to its answer (`patterns.ANSWER_OPENS`: …如下, 现答复),
    looked for only in lines holding 如下, 现答复 or 现函复, one of which every form of it holds (a
    bare 现 stands in many a line: 实现, 发现, 现有)."""
    return ("如下" in folded or "现答复" in folded or "现函复" in folded) and opens_answer(folded)


def leads_a_quote(folded: str) -> bool:
    """A line introducing the proposer's words (`patterns.QUOTE_LEAD`), which ends on its colon:
    looked for only in lines that end so. The line that turns to the answer (`您提出的…建议收悉，
    现答复如下：`) names the proposal too, but what follows it is the answer, never a quote; it is
    told first, being most of the lines that end on a colon, and the pattern's dearest (its lead
    words stand early in it, each tried with every run and verb after it: ~9 µs on 40 characters)."""
    return (
        folded.rstrip(" \n").endswith(":")
        and not turns_to_answer(folded)  # asked first: most lines ending on a colon are this turn
        and P.QUOTE_LEAD.search(folded) is not None
    )


def _quoted_top_run_end(body: list[Block], headings: list[Heading | None], top: int) -> int:
    """Where the answer starts when the proposal's points were quoted with the top family itself.

    `您在提案中建议：一、… 二、… 现答复如下：一、…`: the family that opens the body starts again at 1
    after the sentence that turns to the answer, so its first run was the proposal's. Returns the
    index of that restart, or 0 when the family does not restart so.
    """
    if top >= len(headings) or (first := headings[top]) is None:
        return 0
    turned = False
    for i in range(top + 1, len(body)):
        h = headings[i]
        if h is not None and h.style == first.style:
            if marker_ordinal(h.group, h.number) == 1:
                return i if turned else 0
            continue
        turned = turned or turns_to_answer(body[i].folded)
    return 0


def _listed_top_run_end(body: list[Block], headings: list[Heading | None], top: int) -> int:
    """Where a reply's answer starts when its opening listed the proposal's points with the family
    the body opens with (一、, or 1. where no top rank is used), line after line (`提案主要内容：` ⏎
    `一、…；` ⏎ `二、…。`), and turned to the answer in words the turn's vocabulary does not hold
    (`有关情况如下：`, `现提出以下答复意见：`): the family starts again at 1 right after that line,
    which leads in to it on a colon. The first point may stand on the line above the run, after its
    colon (`提案主要内容：一、…；` ⏎ `二、…。`). Returns that index, or 0."""
    first = headings[top]
    if first is None:
        return 0
    # the first point may stand on the line above, after its colon (提案主要内容：一、…；)
    above = top > 0 and headings[top - 1] is None and _first_point_after_colon(body[top - 1].folded) == first.style
    start = 2 if above else 1
    at = top
    while at < len(body) and (h := headings[at]) is not None and h.style == first.style:
        if marker_ordinal(h.group, h.number) != at - top + start:
            return 0
        at += 1
    if at - top + start - 1 < 2:
        return 0
    while at < len(body) and headings[at] is None:
        at += 1
    h = headings[at] if at < len(body) else None
    if h is None or h.style != first.style or marker_ordinal(h.group, h.number) != 1:
        return 0
    return at if body[at - 1].folded.rstrip(" ").endswith(":") else 0


def _rank_key(style: str, first_seen: dict[str, int], ranks: dict[str, float]) -> tuple[float, int]:
    """Rank first; between families of equal rank, the one that appeared first stands above."""
    return ranks[style], first_seen.setdefault(style, len(first_seen))


def _document_ranks(headings: list[Heading | None], opening: int) -> dict[str, float]:
    """The standard ranks, except where the document shows its own order: a family that starts
    again at 1 after each of two or more markers of one family ranked below it (`1.` `（一）`
    `（二）` `2.` `（一）`), or whose run starting at 1 under one such marker is followed by that
    marker's next number (`1.` `（一）` `（二）` `2.`), stands under that family, just below its rank.
    The word divisions of a whole text (部分, 编, 章, 节) are never held so."""
    ranks: dict[str, float] = dict(P.SECTION_RANK)
    first: dict[str, int] = {}
    parents: dict[str, list[str]] = {}
    held: dict[str, str] = {}
    previous: Heading | None = None
    for index, h in enumerate(headings[opening:], start=opening):
        if h is None:
            continue
        first.setdefault(h.style, index)
        if previous is not None and previous.style != h.style and marker_ordinal(h.group, h.number) == 1:
            parents.setdefault(h.style, []).append(previous.style)
            if ranks[previous.style] > ranks[h.style] >= ranks["cn"] and _continued_after(
                headings, index, previous, h.style
            ):
                held.setdefault(h.style, previous.style)
        previous = h
    for style, above in parents.items():
        parent = above[0]
        if len(above) >= 2 and set(above) == {parent} and ranks[parent] > ranks[style] and first[parent] < first[style]:
            ranks[style] = P.SECTION_RANK[parent] + 0.5
    for style, parent in held.items():
        if ranks[style] < ranks[parent]:
            ranks[style] = P.SECTION_RANK[parent] + 0.5
    return ranks


def _continued_after(headings: list[Heading | None], start: int, parent: Heading, style: str) -> bool:
    """Whether the run of `style` starting at `start`, right under `parent` (a family the standard
    ranks below it), is followed by `parent`'s next number before any other family ranked above
    `parent` (which would close it): then `parent` stayed open around the run, which is its
    sub-sections. A run that goes on numbering after that (`1.` `（一）` `2.` `（二）`) is one
    sequence the other family's markers stand between, and the standard ranks decide."""
    rank = P.SECTION_RANK[parent.style]
    last = 1
    for at in range(start + 1, len(headings)):
        h = headings[at]
        if h is None:
            continue
        if h.style == style:
            last = marker_ordinal(h.group, h.number)
        elif h.style == parent.style:
            if marker_ordinal(h.group, h.number) != marker_ordinal(parent.group, parent.number) + 1:
                return False
            after = next((g for g in headings[at + 1 :] if g is not None and g.style == style), None)
            return after is None or marker_ordinal(after.group, after.number) != last + 1
        elif P.SECTION_RANK[h.style] < rank:
            return False
    return False


def _rank_keys(headings: list[Heading | None], opening: int, ranks: dict[str, float]) -> list[str | None]:
    """The key each heading nests by: its family's, except where the document writes one bracketed
    family in both forms at two depths (`（1）城区` ⏎ `1）城东` ⏎ `2）城西` ⏎ `（2）乡镇`; the domain guide's
    fifth rank writes `1)`): the bracket-alone form starting again at 1 right under a marker of the
    full form (one sequence never restarts at its own next line) stands below it (the key gets its own
    rank, just under the family's; `ranks` gains it). Copies that lost the opening bracket everywhere,
    or mix the forms within one sequence (`1）` `（2）` `3）`), show no such restart and keep one key."""
    keys: list[str | None] = [None] * len(headings)
    split: set[str] = set()
    marked = [(i, h) for i, h in enumerate(headings) if h is not None and i >= opening]
    for (_, h), (_, below) in itertools.pairwise(marked):
        if not (
            h.group in _PAREN_GROUPS
            and below.style == h.style
            and not h.alone
            and below.alone
            and marker_ordinal(below.group, below.number) == 1
        ):
            continue
        split.add(h.style)
    nested = _nested_lists(marked)
    if not split and not nested:
        return keys
    for i, h in marked:
        if h.style in split and h.alone:
            key = keys[i] = h.style + "）"
            ranks[key] = ranks[h.style] + 0.5
        elif h.style in nested and h.indent:
            key = keys[i] = h.style + _NESTED
            ranks[key] = ranks[h.style] + 0.5
    return keys


_NESTED = " nested"  # the key of a family's markers a nested list indents (see `_nested_lists`)


def _nested_lists(marked: list[tuple[int, Heading]]) -> set[str]:
    """The families a converter wrote as a nested list: a marker set in by an indent that starts
    again at 1 right under a marker of its own family that is not (mammoth and markitdown rewrite
    Word's list numbering as Markdown's `1. ` with its sub-list indented `    1. `). One sequence
    never restarts at 1 on its next line, so the indented run stands a level below."""
    nested: set[str] = set()
    for (_, h), (_, below) in itertools.pairwise(marked):
        if below.style == h.style and below.indent and not h.indent and marker_ordinal(below.group, below.number) == 1:
            nested.add(h.style)
    return nested


def _headings(body: list[Block]) -> list[Heading | None]:
    """Each body line's heading, in order. The entries of a contents list (目录) open no section."""
    opened: list[int] = []  # the lines opening with a bracket and no heading, noted by the marking walk
    found = _marked(body, frozenset(), opened)
    marks = [None if h is None else (h.group, marker_ordinal(h.group, h.number)) for h in found]
    entries = frozenset(i for r in contents_entries(body, marks) for i in r)
    if entries:
        opened.clear()
        found = _marked(body, entries, opened)
    if opened:
        _unclosed_siblings(body, found, opened)
        _span_siblings(body, found, opened)
    _glued_articles(body, found)
    return found


def _glued_articles(body: list[Block], found: list[Heading | None]) -> None:
    """第N条 markers that run on into their words with no gap nor removed space (`第一条例行巡查路线已覆盖…`,
    `第一条线路由火车站至…` ⏎ `第二条线路由…`) open sentences counting long things or points, no articles,
    where the text says it is no rules text: one such article alone (a rules text numbers two at least, and
    one quoted alone is set off from its text: `第三条　…`), or a run of them that opens neither a body nor
    its chapter but goes on from a sentence inside, or from the heading of, a section of another family
    (一、线路开通情况 ⏎ 今年新开通公交线路两条。⏎ 第一条线路…: diffread-A A9), where a rules text's first
    article stands right under its title or its chapter. Any article set off from its words keeps them all.
    Unmarked in `found` in place."""
    articles = [i for i, h in enumerate(found) if h is not None and h.style == "article"]
    if not articles or not all(_glued(body[i], found[i]) for i in articles):
        return
    if len(articles) == 1 or _run_on_from_a_sentence(body, found, articles[0]):
        for i in articles:
            found[i] = None


def _glued(b: Block, h: Heading | None) -> bool:
    """The 第N条 marker `h` runs on into an ideograph of its line with no gap nor removed space."""
    if h is None or b.table:
        return False
    f = b.folded
    if f[h.end - 1 : h.end] != "条" or h.end in b.spaces or h.end in b.gaps:
        return False
    return "\u4e00" <= f[h.end : h.end + 1] <= "\u9fff"


def _run_on_from_a_sentence(body: list[Block], found: list[Heading | None], first: int) -> bool:
    """The article at `first` goes on from a body line closing its sentence or stands right under a heading,
    and the nearest heading above it is of another family than a rules text's divisions (一、, （一）, 1.)."""
    above = next((k for k in range(first - 1, -1, -1) if body[k].folded.strip()), None)
    if above is None:
        return False
    if found[above] is None and body[above].folded.rstrip()[-1:] not in SENTENCE_STOP:
        return False  # under a title or a line left open: a rules text's (an attachment's) own articles
    h = next((g for g in reversed(found[: above + 1]) if g is not None), None)
    return h is not None and h.style not in _WHOLE_TEXT_DIVISIONS


def _span_siblings(body: list[Block], found: list[Heading | None], opened: list[int]) -> None:
    """Lines a num-paren marker opens before a span of time (`（1）年内完成12个老旧小区改造。`), read alone as a
    bracketed figure (`_span_of_time`), are headings where no wrap brought them (the line above is a
    heading or ends its sentence) and the nearest marker above or below is of their
    family and numbers right before or after them (`（2）年内新增…` under it, `（3）年底前…` next): a list of
    points whose texts open on 年内; alone (`（5）年以上的消防器材一律更换。`) the bracket holds a figure.
    Marked in `found` in place; `opened`: the lines opening with a bracket and no heading."""
    spans = {
        i: h
        for i in opened
        if found[i] is None
        and not body[i].table
        and not (i > 0 and found[i - 1] is None and ends_open(body[i - 1]))  # a wrap brought the figure here
        and (h := _span_figure(body[i]))
    }
    if not spans:
        return
    marks = [(i, h) for i, h in enumerate(found) if h is not None]
    marks = sorted([*marks, *spans.items()])
    taken: list[int] = []
    for k, (i, h) in enumerate(marks):
        if i not in spans:
            continue
        ordinal = marker_ordinal(h.group, h.number)
        for j, step in ((k - 1, -1), (k + 1, 1)):
            near = marks[j][1] if 0 <= j < len(marks) else None
            if near is not None and near.group == h.group and marker_ordinal(h.group, near.number) == ordinal + step:
                taken.append(i)
                break
    for i in taken:
        found[i] = spans[i]


_MIN_UNCLOSED = 2  # siblings that show a lost closing bracket: (一… and (二… at least


def _unclosed_siblings(body: list[Block], found: list[Heading | None], opened: list[int]) -> None:
    """Lines opening as a （一） that lost its closing bracket (`(一加强阵地建设`, `P.UNCLOSED_CN_PAREN`), each
    heading-like and holding no closing bracket, are headings where they number on from (一 in order,
    two or more: `(二丰富活动内容` after it is what tells `(一加强…` from an aside opening the same way,
    `(一般为每年6月至9月`, which has no such sibling; a numeral counting (`(一期工程`, `P.NUMERAL_LIST`) is
    none. Marked in `found` in place, as written: `(一`. `opened`: the lines opening with a bracket that
    the marking walk gave no heading (a few), asked here in order."""
    run: list[tuple[int, int, Heading]] = []
    for i in opened:
        b = body[i]
        f = b.folded
        if found[i] is not None or b.table or ")" in f:
            continue
        m = P.UNCLOSED_CN_PAREN.match(f)
        if m is None or not _heading_like(f[m.end() :]) or P.NUMERAL_LIST.match(f, m.start("n")):
            continue  # (一期工程 ⏎ (二期工程: numbers counting phases, no markers
        ordinal = cn_to_int(m.group("n")) or 0
        if ordinal == 1:
            _take_run(found, run)
            run = []
        elif not run or ordinal != run[-1][0] + 1:
            continue
        run.append((ordinal, i, Heading("cn_paren", "cn-paren", m.group("n"), 0, m.end())))
    _take_run(found, run)


def _take_run(found: list[Heading | None], run: list[tuple[int, int, Heading]]) -> None:
    """The run of unclosed markers (ordinal, line, heading) marked where it holds two or more."""
    if len(run) >= _MIN_UNCLOSED:
        for _, i, heading in run:
            found[i] = heading


def _marked(body: list[Block], entries: frozenset[int], opened: list[int] | None = None) -> list[Heading | None]:
    """The heading of each line but the `entries`: the markers of the 一、 family seen so far tell a
    list of numbers (一、二期工程…) from the next marker (二、三级医院… after 一、), which the line alone
    cannot. Right under the bare 一、 heading it would follow (a title and no text), such a line is
    that heading's first sentence (`二、关于投资` ⏎ `三、四季度投资增速回升。`): a heading is not left
    empty by its next. `opened`, if given, gathers the lines that open with a bracket and no heading
    (`_unclosed_siblings` asks them)."""
    found: list[Heading | None] = []
    last_cn: int | None = None
    quoted = _inside_quotes(_quote_depths(body, 0), 0)
    notes = _Notes()
    above: list[Block] = []  # the lines marked so far, the walk's own list (what the steps read back)
    for index, b in enumerate(body):
        heading = None
        if not (b.table or index in entries or index in quoted):
            heading = _marked_heading(above, found, b, last_cn, notes)
            if heading is not None and heading.group == "cn":
                last_cn = cn_to_int(heading.number)
            elif heading is None and opened is not None and b.folded[:1] == "(":
                opened.append(index)  # (一加强…: a （一） that lost its closing bracket, if siblings follow
        found.append(heading)
        above.append(b)
    return found


def _marked_heading(
    body: list[Block], found: list[Heading | None], b: Block, last_cn: int | None, notes: _Notes
) -> Heading | None:
    """The step of the marking walk (`_marked`, `CnSoFar.next_cn`) for a line that is no table's row
    and stands in no quotation: the heading `b` opens as its line tells (`heading_of`, the 一、 family
    having reached `last_cn`), unless the lines above say otherwise: `b` follows the lines `found`
    marks (`body`, as far as those), `notes` holds the note marks cited above."""
    heading = heading_of(b, None if last_cn is None else last_cn + 1)
    if heading is None:  # (most lines open none: the step's other questions are for headings)
        return None
    if heading.group == "cn" and _heading_alone(b)[1] and _bare_cn_above(body, found):
        return None
    if heading.group == "circled" and notes.cites(body, found, heading.number):
        return None
    return heading


_QUOTE_SPAN = 12  # lines a quotation opened on one line may run over before it closes


def _quote_depths(lines: list[Block], depth: int) -> list[int]:
    """How many quotations stand open after each line, `depth` before the first."""
    depth_after: list[int] = []
    for b in lines:
        f = b.folded
        # most lines hold no quote mark: six scans, without the pairs' loop. The marks of
        # `patterns.QUOTE_PAIRS` written out: one `re` class search for them cost sections 7 % more
        # instructions (sessions 15 and 17); tests/test_speed15_rules ties them to the pairs.
        if not ("“" in f or "”" in f or "「" in f or "」" in f or "『" in f or "』" in f):
            depth_after.append(depth)
            continue
        for opening, closing in P.QUOTE_PAIRS:
            if opening in f or closing in f:
                depth = max(0, depth + f.count(opening) - f.count(closing))
        depth_after.append(depth)
    return depth_after


def _inside_quotes(depth_after: list[int], before: int) -> set[int]:
    """The lines that open inside a quotation an earlier line opened (`“一、加大财政投入` ⏎
    `二、完善管护机制”`, or in corner brackets `「…` ⏎ `…」`): the quoted words, numbered or not, are
    no heading of the answer. Only a quotation that closes within a few lines counts, so a stray
    unclosed “ hides no heading. `depth_after`: `_quote_depths` of the lines; `before`: the depth
    before the first (0 at the body's start)."""
    quoted: set[int] = set()
    if before > 0 and any(d < before for d in depth_after[:_QUOTE_SPAN]):
        quoted.add(0)
    for i in range(1, len(depth_after)):
        above = depth_after[i - 1]
        if above > 0 and any(d < above for d in depth_after[i : i + _QUOTE_SPAN]):
            quoted.add(i)
    return quoted


class _Notes:
    """The note marks (`CITED_NOTE_MARK`: `…一百二十个①。`) the lines cite since the last heading of
    another family than ①'s, over the lines a walk has marked: a ① line under the text that cites ①
    is a footnote, not a section (`…一百二十个①。` ⏎ `①数据截至…`). The citing line stands above it in
    the same section, the notes before it between (`②…` under `①…`); a heading of another family
    above ends the search. The lines are read forward once, when a ① line first asks (a search
    back from each ① line read a long section again for each of its points)."""

    __slots__ = ("marks", "upto")

    def __init__(self, upto: int = 0, marks: frozenset[str] = frozenset()) -> None:
        self.upto = upto  # the lines read so far
        self.marks = set(marks)  # the marks they cite since the last heading of another family

    def copy(self) -> _Notes:
        return _Notes(self.upto, frozenset(self.marks))

    def cites(self, body: list[Block], found: list[Heading | None], mark: str) -> bool:
        """A line after the last heading of another family among the lines `found` marks cites `mark`."""
        cited = P.CITED_NOTE_MARK.finditer
        for k in range(self.upto, len(found)):
            above = found[k]
            if above is not None and above.group != "circled":
                self.marks.clear()  # (the heading's own line is not read: the search stopped at it)
            else:
                self.marks.update(m.group() for m in cited(body[k].folded))
        self.upto = len(found)
        return mark in self.marks


def _bare_cn_above(body: list[Block], found: list[Heading | None]) -> bool:
    """The line above is a 一、 heading of a title alone, its body still to come."""
    above = found[-1] if found else None
    if above is None or above.group != "cn":
        return False
    title, rest = _title_and_rest(body[len(found) - 1], above.end, above.style)
    return title is not None and rest is None


def _quoted_points(body: list[Block], headings: list[Heading | None]) -> set[int]:
    """The body lines whose markers quote the proposal's points inside the answer.

    `一、关于停车问题` / `您在提案中提出：` / `1.增设公共停车位；` / `2.推行错时共享停车。` / `经研究，…`:
    the numbered lines are the proposal's words and open no sub-section (else the answer would land
    in the last quoted point). A run is quoted when it follows a line introducing the proposer's
    words (`patterns.QUOTE_LEAD`), numbers on from 1 in one family line after line, each line a
    point that ends its sentence or names it as a short title, and the answer comes next (an
    unnumbered line, or the family starting again at 1). The first point may stand on the lead's own
    line after its colon (`您在提案中建议：1.增设…；` / `2.推行…。`): the run below then numbers on from 2."""
    quoted: set[int] = set()
    in_points = False  # a heading of the answer's own points (一、, （一）, 1., （1）) stands above
    for i, b in enumerate(body):
        h = headings[i]
        if h is not None:
            in_points = in_points or h.style in POINT_STYLES
            continue
        if ":" not in b.folded:
            continue  # a lead ends on its colon, a first point written on stands after one: most lines hold none
        if in_points and cites_articles(b.folded, headings[i + 1] if i + 1 < len(body) else None):
            quoted.update(article_run(headings, i + 1))
            continue
        citing = cites_clauses(b.folded, in_points)  # a rules text's clauses: each ends on ； or 。, none a title
        style, first_n = (None, 1) if citing or leads_a_quote(b.folded) else (_first_point_on_lead(b.folded), 2)
        if first_n == 2 and style is None:
            continue
        run: list[int] = []
        for j in range(i + 1, len(body)):
            h = headings[j]
            if h is None or h.style != (style or h.style) or marker_ordinal(h.group, h.number) != len(run) + first_n:
                break
            if body[j].folded.rstrip()[-1:] not in _POINT_END and (
                citing or not _heading_like(body[j].folded[h.end :])
            ):
                break  # a point ends its sentence, or is named as a title (1.增设公共停车场)
            style = h.style
            run.append(j)
        after = run[-1] + 1 if run else len(body)
        if len(run) + first_n - 1 >= 2 and after < len(body) and _answer_after(style, headings[after]):
            quoted.update(run)
    return quoted


def _first_point_on_lead(folded: str) -> str | None:
    """The family of a first point written on after a quote lead's colon (`代表建议：（1）加密班次；`),
    or None where the line is no such lead."""
    style = _first_point_after_colon(folded)
    return style if style is not None and leads_a_quote(folded[: folded.find(":") + 1]) else None


def _first_point_after_colon(folded: str) -> str | None:
    """The family of a first marker (ordinal 1) right after the line's first colon (`…提案主要内容：一、…；`),
    or None."""
    at = folded.find(":")
    if at < 0 or not folded[at + 1 :].strip():
        return None
    rest = len(folded) - len(folded[at + 1 :].lstrip(" "))
    m = marker_at(folded, rest)
    group = m.lastgroup if m else None
    if m is None or group is None or group not in P.SECTION_STYLES or marker_ordinal(group, m.group(group + "_n")) != 1:
        return None
    return P.SECTION_STYLES[group]


def _answer_after(style: str | None, h: Heading | None) -> bool:
    """What follows a quoted run is the answer: an unnumbered line, or the run's family starting
    again at 1 (the answer numbered as the proposal was)."""
    return h is None or (h.style == style and marker_ordinal(h.group, h.number) == 1)


class CnSoFar:
    """The number the document's 一、 family expects after the body so far, read as `_marked` reads
    the lines (None: the family has not begun), for a walk that asks it again and again as the body
    grows (the joins, at each `二、三级…` line: a list of numbers, or the next part?).

    Marking the whole body so far at each question made the walk grow with the square of the body.
    So the walk's state is kept over the lines marked for good: their headings, the family's last
    number and the quotations open after them; each question marks only the lines since. A line is
    marked for good once nothing after it can change its heading: its text is final (not the walk's
    last line, which a join may still grow) and so is whether it stands inside a quotation (none
    stood open above it, or `_QUOTE_SPAN` lines have come after it, all that a quotation's close is
    looked for in)."""

    def __init__(self) -> None:
        self._lines: list[Block] = []  # the body lines marked for good
        self._found: list[Heading | None] = []  # their headings
        self._last_cn: int | None = None  # the 一、 family's last number among them
        self._depth = 0  # the quotations open after them
        self._pending: list[Block] = []  # the body lines final since, whose marking may still change
        self._read = 0  # the lines of the walk read so far
        self._notes = _Notes()  # the note marks cited among the lines marked for good

    def next_cn(self, lines: list[Block]) -> int | None:
        """The number expected after the body lines (`Zone.BODY`) of `lines`: the walk's lines so far,
        a list that grows at its end, every line but its last final (as the joins keep them)."""
        for k in range(self._read, len(lines) - 1):
            if lines[k].zone is Zone.BODY:
                self._pending.append(lines[k])
        self._read = max(self._read, len(lines) - 1)
        last = lines[-1] if lines and lines[-1].zone is Zone.BODY else None
        tail = [*self._pending, last] if last is not None else self._pending
        depths = _quote_depths(tail, self._depth)
        quoted = _inside_quotes(depths, self._depth)
        body, found, start = self._lines, self._found, len(self._lines)
        body.extend(tail)  # (for the walk's look at the lines above; taken off again below)
        last_cns: list[int | None] = []
        last_cn = self._last_cn
        notes = self._notes.copy()  # (read on over the lines since, for this question only)
        try:
            for k, b in enumerate(tail):
                heading = None
                if not (b.table or k in quoted):
                    heading = _marked_heading(body, found, b, last_cn, notes)
                    if heading is not None and heading.group == "cn":
                        last_cn = cn_to_int(heading.number)
                found.append(heading)
                last_cns.append(last_cn)
            headings = found[start:]
        finally:
            del body[start:], found[start:]
        settled = 0
        for k in range(len(self._pending)):
            if (depths[k - 1] if k else self._depth) > 0 and k + _QUOTE_SPAN > len(self._pending):
                break  # a quotation stands open above it, and its close may come in lines not yet read
            settled = k + 1
        if settled:
            body.extend(self._pending[:settled])
            found.extend(headings[:settled])
            self._last_cn, self._depth = last_cns[settled - 1], depths[settled - 1]
            del self._pending[:settled]
            self._notes.cites(body, found, "")  # read on over the lines marked for good, once
        return None if last_cn is None else last_cn + 1


def build_sections(state: State) -> None:
    """The rule: the body into preamble and nested sections by heading rank, tables kept with
    the section they stand in; a heading quoted in the opening is a paragraph.
    """
    preamble: list[ParaDraft] = []
    roots: list[SectionDraft] = []
    stack: list[tuple[tuple[float, int], SectionDraft]] = []
    rows: list[Block] = []
    first_seen: dict[str, int] = {}
    body = state.body
    headings = _headings(body)
    opening = _opening_end(state, body, headings)
    quoted = _quoted_points(body, headings)
    answered = [None if i in quoted else h for i, h in enumerate(headings)]  # the points of the answer
    ranks = _document_ranks(answered, opening)
    keys = _rank_keys(answered, opening, ranks)
    run_on_block, run_on_at = state.closing_run_on or (None, 0)
    # a 落款 flattened onto the body's last line (…报县农业局。 二〇〇六年二月二十日): the signature's, not the text's
    flat_block = state.signature_date if state.signature_from else None
    signed_at = _signed_at(state)

    def close_table() -> None:
        """Ends the table being gathered, giving it to the open section (or the preamble)."""
        if rows:
            table = Table(
                tuple(r.cells or (r.text,) for r in rows), Span(rows[0].start, rows[-1].end, rows[0].hints.page)
            )
            owner = stack[-1][1] if stack else None
            (owner.tables if owner else state.preamble_tables).append(table)
            if owner:
                owner.end = max(owner.end, rows[-1].end)
            rows.clear()

    for index, (b, heading, rank_key) in enumerate(zip(body, headings, keys, strict=True)):
        if b.table:
            if rows and rows[-1].table != b.table:
                close_table()
            rows.append(b)
            continue
        if rows:
            close_table()
        if heading is not None and (index < opening or index in quoted):
            heading = None  # a point of the proposal quoted in the opening or a section, not a part of the answer
        upto = run_on_at if b is run_on_block else None  # a closing written on at the line's end is not body
        if b is flat_block:
            upto = state.signature_from if upto is None else min(upto, state.signature_from)
        if heading is None:
            (stack[-1][1].paragraphs if stack else preamble).append(paragraph_of(b, 0, upto))
            continue
        key = _rank_key(rank_key or heading.style, first_seen, ranks)
        if b.start > signed_at:  # the first heading under the 落款
            if heading.style in _WHOLE_TEXT_DIVISIONS:
                stack.clear()  # a regulation printed after the 落款 opens its own tree, under none of the notice's
            signed_at = _NOWHERE
        while stack and stack[-1][0] >= key:
            stack.pop()
        title, rest_at = _title_and_rest(b, heading.end, heading.style)
        section = SectionDraft(
            style=heading.style,
            ordinal=marker_ordinal(heading.group, heading.number),
            marker=_as_written(b.text[heading.start : heading.end].rstrip(), heading.style),
            title=title,
            level=len(stack) + 1,
            start=b.start,
            end=b.end if upto is None else b.start + len(b.text[:upto].rstrip()),
            page=b.hints.page,
        )
        if rest_at is not None and (upto is None or upto > rest_at):
            section.paragraphs.append(paragraph_of(b, rest_at, upto))
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((key, section))
    close_table()
    for section in roots:
        _close(section)
    state.preamble = preamble
    state.sections = roots
    _check_numbering(state, roots, {})


def _signed_at(state: State) -> int:
    """Where the 落款 ends, or past the text where there is none. A word division first under it (第一条,
    第一章, 第一部分: `_WHOLE_TEXT_DIVISIONS`) opens the text the notice prints, a regulation numbered from its own
    first article, which is the body's by the contract but none of the notice's sections: it is a root
    whatever the notice's last section was (the articles of a 规定 read as sub-sections of the notice's
    二、加强宣传引导 before). A list of （1） points under the 落款 may go on with the answer, and nests as before;
    the articles under a 一、 that names one of several printed rules (一、某会议制度 ⏎ 第一条…) are that one's."""
    lines = [b for b in (state.signature_date, *state.signature_organs) if b is not None]
    return max((b.end for b in lines), default=_NOWHERE)


_WHOLE_TEXT_DIVISIONS = frozenset(("part", "chapter", "section", "article"))


def _as_written(marker: str, style: str) -> str:
    """The marker as written (the contract's `一、`, `（一）`): a number's own mark, a colon among them (一：
    where 、 belongs, or doubling it: （一）：, 1.：), stays, as 一， and （一）、 do; after a word marker
    (第一部分：, 第一条：) the colon is the gap before the title, as a label's is, and is none of the marker."""
    return marker.rstrip(":：").rstrip() if style in _WHOLE_TEXT_DIVISIONS else marker


_NOWHERE = sys.maxsize  # past any offset: no 落款, or its printed document's first heading already met


def _close(section: SectionDraft) -> int:
    end = section.end
    for p in section.paragraphs:
        end = max(end, p.end)
    for table in section.tables:
        end = max(end, table.span.end)
    for child in section.children:
        end = max(end, _close(child))
    section.end = end
    return end


def _check_numbering(state: State, siblings: list[SectionDraft], last_by_style: dict[str, int]) -> None:
    previous: SectionDraft | None = None
    for section in siblings:
        if previous is not None and previous.style == section.style:
            expected = {previous.ordinal + 1}
        else:
            expected = {1, last_by_style.get(section.style, 0) + 1}
        if section.ordinal not in expected:
            want = " or ".join(str(n) for n in sorted(expected))
            message = f"编号不连续：{section.marker} 处应为第 {want} 项 (numbering gap: expected {want})"
            span = Span(section.start, section.start + len(section.marker), section.page)
            state.warnings.append(Warning("numbering-gap", message, span))
        last_by_style[section.style] = section.ordinal
        previous = section
        _check_numbering(state, section.children, last_by_style)
