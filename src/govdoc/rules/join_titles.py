"""The join questions of headings and titles: a heading line the width cut (`_heading_cut`), a run-in title and a
whole title at the width, the next part of the 一、 family (`_next_part`), a 关于… frame. Split out of
rules/joins.py (session 30), a pure move.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from govdoc import patterns as P
from govdoc.numerals import MARKER_NUMERALS, cn_to_int
from govdoc.rules import lines as L
from govdoc.rules.join_lines import (
    _BODY,
    _CLAUSE_END,
    _MAX_FORMULA_LINE,
    _SENTENCE_MARKS,
    _TITLE_BREAKS,
    _WIDTH_SLACK,
    _document_title,
    _formula_alone,
    _ideograph,
    _spaced_apart,
)
from govdoc.rules.sections import TITLE_MAX, CnSoFar, Heading, has_run_in_text, heading_of, without_asides
from govdoc.state import Block

_BRACKET_TAIL = 12  # a title's bracketed tail on a line of its own: （2023年）, （试行）
_ASIDE_PAIRS = (("“", "”"), ("《", "》"), ("(", ")"))  # folded: （ is (
_FRAME_LINE = 20  # a heading line long enough to have been wrapped by the page width
_FRAME_REST = 12
_FRAMED_HEADING_MAX = 40  # a 关于… heading naming a proposal's point with its qualifiers; a longer line is a sentence


def _framed_heading(b: Block) -> bool:
    """A numbered line whose text is a `关于…` frame with no sentence mark, no longer than a long title
    (`一、关于统计低产槟榔园总面积,并根据园主意愿统计改造方式及相应面积`) or of any length where it closes
    its frame (`…风险补偿机制的建议`): the heading naming a point of the proposal, commas and all.
    Past 30 characters with a comma it looks like a paragraph's cut line; where no page end and no
    wrap width cut it, it ends at its line (a plain-text page keeps no indent to tell the paragraph
    under it from a continued one)."""
    rest = _framed_rest(b)
    if rest is None or (len(rest) > _FRAMED_HEADING_MAX and not P.FRAME_CLOSE.search(rest)):
        return False
    bare = without_asides(rest)
    return not any(c in bare for c in _SENTENCE_MARKS)


def _framed_rest(b: Block) -> str | None:
    """What follows the section marker of a numbered line whose text opens a `关于…` frame (`一、关于…`), folded and
    stripped, else None: the one reading `_framed_heading` and `_closed_frame` ask of such a heading."""
    marker = L.section_marker(b)
    if marker is None:
        return None
    rest = b.folded[marker.end() :].strip()
    return rest if rest.startswith("关于") else None


def _bracket_tail(end: str, b: Block, printed: bool) -> bool:
    """A printed plan's title (no 关于) whose bracketed tail went onto the next line, its opening
    bracket lost (`…实施方案` / `2023年）`): the tail is the title's, as a cut line's end would be."""
    f = b.folded.rstrip()
    return (
        len(f) <= _BRACKET_TAIL
        and f.endswith(")")
        and "(" not in f
        and _document_title(end, printed)
        and "关于" not in end
    )


def _heading_cut(a: Block, end: str, b: Block, page_end: bool = False) -> bool:
    """A heading line that ends on a joining word (`…建设和` / `运营管理的情况`) was wrapped: a title
    cannot end on 和, 与, 及, 或 or 的, so a heading-shaped next line finishes it. So was a long
    `关于…` heading with no 的 yet whose next short line closes the frame (`…维护管理` / `机制的问题`),
    or whose next line runs in to its stop (`…改造资金多元` / `筹措机制。今年…`, the title whole no longer
    than a run-in title); after a page end the heading line need not be long, as a page ends anywhere
    in a line (a run-in rest is joined after a page end only on a joining word: a short first sentence
    under a heading at a page's foot looks the same).
    `end`: a's folded text, its end's spaces aside."""
    if page_end and _heading_rest(a, end, b):
        return True
    heading = heading_of(a)  # first: most lines open no heading, and the tests below read the whole line
    if heading is None:
        return False
    cut_word = end[-1:] in P.HEADING_CUT_END and not end.endswith(P.TITLE_END_WORDS)
    aside = _open_aside(end)
    # a 关于 title is owed its frame only while the line has not gone on past it: a run-in heading
    # (`1.关于队伍建设。全市将…。`) closed its title at its stop, whatever stands under it
    # (or, however short the line, where the next line is the frame's closing word alone, `的建议`: a line
    # opening with 的 stands alone nowhere, so no page width need have cut the heading; struct25)
    framed = (page_end or len(end) >= _FRAME_LINE or _frame_word_alone(b)) and "关于" in end and not has_run_in_text(a)
    if cut_word and end[-1:] in _GUARDED_CUT_END and not _may_finish_title(end[heading.end :], b):
        cut_word = False
    if not (cut_word or aside or framed):
        return False
    rest = b.folded.strip().removesuffix("。")
    if not (0 < len(rest) <= TITLE_MAX and _TITLE_BREAKS.isdisjoint(rest) and heading_of(b) is None):
        title = end[heading.end :].strip()
        wrapped = cut_word or (
            framed
            and len(end) >= _FRAME_LINE
            and title.startswith("关于")
            and "的" not in title
            and not P.STATEMENT_OPENER.match(rest)
        )
        return wrapped and heading_of(b) is None and _run_in_ends(title, rest)
    if cut_word or (aside and aside in rest):
        return True
    title = end[heading.end :].lstrip()
    return (
        framed
        and title.startswith("关于")
        and "的" not in title
        and len(rest) <= _FRAME_REST
        and bool(P.FRAME_CLOSE.search(rest))
    )


def _frame_word_alone(b: Block) -> bool:
    """`b` is a 关于 frame's closing words alone (`的建议`, `的问题。`): 的 opens it and FRAME_CLOSE ends it."""
    f = b.folded.strip().removesuffix("。")
    return f[:1] == "的" and len(f) <= _FRAME_REST and P.FRAME_CLOSE.fullmatch(f) is not None


# The cut words whose rest is guarded: the comma and the verb-phrase joiners (session 24). A line under a heading
# cut on 和/与/及/或/的/、 keeps the older reading (`…分类与` ⏎ `资源回收利用：目前…` is a run-in title's rest).
_GUARDED_CUT_END = frozenset((",", *P.VERB_PHRASE_JOINERS))


def _may_finish_title(title: str, b: Block) -> bool:
    """`b` may be the rest of a heading `title` cut on a joining word or a comma: it passes the
    paragraph join's refusals (diffread-B B9, B4): no member opening a run (一是…, 首先…), no labelled
    line (项目名称：…), date, contact or attachment line, no closing formula (特此答复。), no table row
    laid out with spaces, no site path (a title's words are ideographs). The title part above holds no
    sentence mark (a heading line's title has none). After a verb-phrase joiner (并, 而, 且) the line
    owes a verb phrase: a sentence alone under the heading (`划并工作已于5月完成。`) or one that opens by
    restating the heading's last word is the section's own text (B2)."""
    f = b.folded.strip()
    if not _SENTENCE_MARKS.isdisjoint(title.strip()) or not any(_ideograph(c) for c in f):
        return False
    if L.enum_marker(b) or L.is_key_value(b) or L.is_date_line(b) or L.is_contact_line(b) or L.is_attachment_list(b):
        return False
    if L.closing_strong(f) or (len(f) <= _MAX_FORMULA_LINE and _formula_alone(f)):
        return False
    if _spaced_apart(b) or L.spaced_cells(b) > 1:
        return False
    tail = title.rstrip()
    if tail[-1:] not in P.VERB_PHRASE_JOINERS:
        return True
    sentence_alone = f.endswith("。") and f.find("。") == len(f) - 1
    return not (sentence_alone or (len(tail) >= 2 and f.startswith(tail[-2:])))


_MAX_HEADING_REST = 8
_ANY_MARK = frozenset(",、;。:!?()《》“”‘’-")


def _heading_rest(a: Block, end: str, b: Block) -> bool:
    """A heading standing alone at a page's foot (`（二）推进…家庭养老床位建` ⏎ —3— ⏎ `设`), a page number
    after it, and under it a few characters with no mark at all: the word the page end cut. No
    sentence opening a paragraph under a heading is that short without its stop, nor any
    line of the trailer (an organ, a date, a closing that lost its stop: 特此答复) follows a heading;
    the title whole fits a heading. Spaces are no marks but a cut word holds none, nor opens on a
    figure: `序号 项目 金额` under the page number is a table's head row, `1 路面` its first row."""
    heading = heading_of(a)
    if heading is None or has_run_in_text(a) or end[-1:] in L.CLOSING_PUNCT:
        return False
    rest = b.folded.strip()
    if not 0 < len(rest) <= _MAX_HEADING_REST or any(c in _ANY_MARK for c in rest) or heading_of(b) is not None:
        return False
    if rest[0].isdigit() or any(c.isspace() for c in rest) or _spaced_apart(b):
        return False  # a word a page end cut holds no gap and opens on no figure: a table's head row
    if len(end[heading.end :].strip()) + len(rest) > TITLE_MAX:
        return False
    if L.is_organ_line(b) or L.is_date_line(b) or L.is_key_value(b) or L.is_contact_line(b):
        return False
    return not L.closing_strong(b.folded)


def _run_in_ends(title: str, rest: str) -> bool:
    """`一、关于…改造和` / `完整社区建设。今年已改造…`: the line under a heading cut on a joining word
    ends the title at its first stop or colon and goes on with the section's text, a run-in heading
    wrapped; the title whole is no longer than a run-in title may be."""
    stops = [at for at in (rest.find("。"), rest.find(":")) if at > 0]
    cut = min(stops, default=0)
    head = rest[:cut]
    fits = _TITLE_BREAKS.isdisjoint(head) and len(title) + cut <= TITLE_MAX
    return cut > 0 and fits and bool(rest[cut + 1 :].strip())


def _open_aside(line: str) -> str:
    """The closing mark a heading line leaves owed (`关于推进“十五分钟社区` owes ”, `落实《某市条例` owes
    》), or "": a quote, title mark or bracket still open where the line ends was wrapped inside."""
    for opening, closing in _ASIDE_PAIRS:
        if opening in line and line.count(opening) > line.count(closing):
            return closing
    return ""


def _title_lines(a: Block, b: Block, printed: bool) -> bool:
    """`a` and `b`, both indented, are one title centred on two lines (a plain text sets a centred
    line's lead as an indent): together they read as a document's title (`关于加快推进农村公路养护` /
    `管理工作的意见`; a plan's name, `某县…整治提升` / `行动实施方案`, where it stands under the notice's
    落款 that prints it, `printed`), which neither line is alone, and `a` is no heading."""
    if not (a.hints.indent and b.hints.indent) or a.table or b.table or heading_of(a) is not None:
        return False
    upper, lower = a.folded.strip(), b.folded.strip()
    if not upper or upper[-1] in L.CLOSING_PUNCT or _document_title(upper, printed):
        return False
    return _document_title(upper + lower, printed)


def _closed_frame(a: Block) -> bool:
    """`a` is a numbered `关于…` heading that closes its frame (`一、关于…整治的情况`, FRAME_CLOSE): a whole title
    however it fills the measure, so the flush paragraph under it is its text, not its continuation (diffread-A A4
    on holdout24 b7e's rule, which carries on a numbered point the wrap cut at the measure)."""
    rest = _framed_rest(a)
    return rest is not None and P.FRAME_CLOSE.search(rest) is not None


def _bare_heading(b: Block, width: int) -> bool:
    """`b` reads as a heading and as nothing else: after its marker a title with no punctuation at all
    (二、关于就业服务, （二）加强监管), shorter than a line the width fills. A paragraph that lost its stop
    before such a line ends there, whatever cut the line above; a sentence the cut carries on holds
    its clause marks or stop (二、三季度再新增助餐点五十个。)."""
    m = L.section_marker(b)
    if m is None:
        return False
    rest = b.folded[m.end() :].strip()
    short = width <= 0 or len(b.folded.strip()) < width - _WIDTH_SLACK
    return 0 < len(rest) <= TITLE_MAX and short and _TITLE_BREAKS.isdisjoint(rest) and "。" not in rest


def _run_in_title_cut(a: Block, b: Block, kept: list[Block], blocks: list[Block], at: int) -> bool:
    """A page end cut a run-in title with no joining word to show it (`（一）加强组织` ⏎ —2— ⏎
    `领导。各街道要…`): the lines alone read as a whole heading over a short first sentence
    (`（一）建立台账` ⏎ `已完成。…`), but where the heading's siblings of its family run their text
    on after the title, as this one would joined, the page end cut its title. `kept`: the body so
    far; `blocks[at]` is `b`."""
    h = heading_of(a)
    if h is None or has_run_in_text(a) or heading_of(b) is not None:
        return False
    title = a.folded[h.end :].strip()
    if not title or title[-1] in L.CLOSING_PUNCT:
        return False
    rest = b.folded.strip()
    if _run_in_ends(title, rest):
        shaped: Callable[[Block], bool] = has_run_in_text
    elif _sentence_rest(b, rest):
        shaped = _point_sentence  # review24 R2: 一、同意设立新区文化产 ⏎ —2— ⏎ 业园区，…12平方公里。 ⏎ 二、…支持。
    else:
        return False
    # by place, each way: copying the lines before and after (`kept[:-1]`, `blocks[at + 1 :]`) cost a
    # walk over the document at each page end, of which the sibling's search reads a few lines
    before = (kept[k] for k in range(len(kept) - 2, -1, -1))
    siblings = [_sibling(before, h), _sibling((blocks[k] for k in range(at + 1, len(blocks))), h)]
    found = [s for s in siblings if s is not None]
    return bool(found) and all(shaped(s) for s in found)


def _whole_title_at_width(a: Block, b: Block, kept: list[Block], blocks: list[Block], at: int) -> bool:
    """A heading line the width of a hard-wrapped text filled that is a whole title, not a point's first line
    the width cut (`（一）从严落实建设项目的噪声环境影响评价` ⏎ `各区在审批建设项目时要同步审查…`): its words hold
    no mark at all, joined they would open no run-in title (the line under it reaches its first 。 or ： only
    past a title's length, so the join would make an untitled point of a heading-shaped line), and the siblings
    of its family, before and after it, are titles alone on their lines, as this one is. A run-in title the
    width cut before its stop (`…影响评价制` ⏎ `度。各区…`) has its stop within a title's length and is joined
    as before; without a sibling to tell, the line is joined, which keeps every word (struct27's strict xfail,
    lifted by struct29). `kept`: the body so far; `blocks[at]` is `b`."""
    h = heading_of(a)
    if h is None or has_run_in_text(a) or heading_of(b) is not None:
        return False
    title = a.folded[h.end :].strip()
    if not title or not _TITLE_BREAKS.isdisjoint(title) or "。" in title:
        return False
    rest = b.folded.strip()
    stops = [k for k in (rest.find("。"), rest.find(":")) if k >= 0]
    if len(title) + (min(stops) if stops else len(rest)) <= TITLE_MAX:
        return False  # the tail of a run-in title the width cut (…制 ⏎ 度。各区…) may stand there
    before = (kept[k] for k in range(len(kept) - 2, -1, -1))
    siblings = [_sibling(before, h), _sibling((blocks[k] for k in range(at + 1, len(blocks))), h)]
    found = [s for s in siblings if s is not None]
    return bool(found) and all(_bare_heading(s, 0) for s in found)


_POINT_STOPS = frozenset("。!?;")  # folded: ！ is !, ？ is ?, ； is ;


_TITLE_WITH_STOP = 20  # a title that ends on a stop (二、完善配套设施。) is short; a point's sentence runs longer


def _point_sentence(b: Block) -> bool:
    """A heading line of a point that says a whole sentence on its line: its text runs on after a run-in title
    (`（一）加强组织领导。各部门要…`), or the line ends on the sentence's stop and reads as a sentence, not as a
    title printed with a stop (二、完善配套设施。): a clause mark inside, or longer than such a title runs
    (`二、市级有关部门要按照职责分工，积极给予支持。`: a numbered point of the answer)."""
    if has_run_in_text(b):
        return True
    f = b.folded.strip()
    if f[-1:] not in _POINT_STOPS:
        return False
    h = heading_of(b)
    text = f[h.end :] if h is not None else f
    return len(text) > _TITLE_WITH_STOP or any(c in _CLAUSE_END for c in text)


def _sentence_rest(b: Block, rest: str) -> bool:
    """`b` (its folded text stripped: `rest`) under a heading line cut at a page end is the rest of one sentence
    the heading's point says (`业园区，规划面积约12平方公里。`): it ends on a stop, holds no other one, opens as
    no sentence of its own does (已, 目前, 我局, 下一步，…) and is no closing formula. A paragraph of several
    sentences under a bare heading is the heading's text, not its cut half: left as it stands."""
    if rest[-1:] not in _POINT_STOPS or any(c in _POINT_STOPS for c in rest[:-1]):
        return False
    if P.STATEMENT_OPENER.match(rest) or P.PARAGRAPH_OPENER.match(rest) or L.enum_marker(b):
        return False
    return not L.closing_strong(b.folded)


_SIBLING_REACH = 40  # lines a heading's sibling is looked for in, either way


def _sibling(lines: Iterable[Block], h: Heading) -> Block | None:
    """The nearest line of the body in `lines` opening a heading of `h`'s family (its sibling, or
    a cousin under another parent), or None where a heading of a family above it comes first."""
    for k, b in enumerate(lines):
        if k >= _SIBLING_REACH:
            return None
        if b.zone is not _BODY:
            continue
        other = heading_of(b)
        if other is None:
            continue
        if other.group == h.group:
            return b
        if P.SECTION_RANK[P.SECTION_STYLES[other.group]] < P.SECTION_RANK[P.SECTION_STYLES[h.group]]:
            return None
    return None


def _next_part(kept: list[Block], b: Block, cn: CnSoFar) -> bool:
    """`二、三级医院…` after the document's 一、: its next part, which `continues` (judging the line
    alone) takes for a list of numbers (一、二期工程…) carrying a sentence on. Asked only of a line
    opening with such a marker; `cn` reads the body so far (`kept`) once over the walk's questions.
    Never where the line above ends on the number before it and its pause mark (`…城区小学一、` ⏎
    `二、三年级…`): the list's first member, which no part ends on, the wrap cut the list after (struct27)."""
    m = L.section_marker(b)
    if m is None or m.lastgroup != "cn" or heading_of(b) is not None:
        return False
    expected = cn.next_cn(kept)
    if expected is None or heading_of(b, expected) is None:
        return False
    return not (kept and _numeral_before(kept[-1], b.folded[m.start() : m.end()]))


def _numeral_before(a: Block, marker: str) -> bool:
    """`a` ends on the ideograph numeral one below `marker`'s (`二、`) and a pause mark, with words before it."""
    end = a.folded.rstrip()
    if end[-1:] != "、":
        return False
    head = end[:-1]
    start = len(head)
    while start > 0 and len(head) - start < 3 and head[start - 1] in MARKER_NUMERALS:
        start -= 1
    if start == 0 or start == len(head):
        return False  # a lone marker (一、) or no numeral before the mark
    number = "".join(c for c in marker if c in MARKER_NUMERALS)
    above, below = cn_to_int(head[start:]), cn_to_int(number)
    return above is not None and below is not None and above + 1 == below
