"""Re-join body paragraphs split by a page break, and markers cut from their text.

A block that ends mid-sentence, followed by one that starts with neither a marker nor a
heading, is one paragraph cut by a page end: the two are joined with no separator and the
join is reported as a `page-break-joined` warning, since it is a guess from text alone.
A block that is only a marker (`三是`, `（一）`) is joined to the text that follows it.
Without other evidence only a line long enough to have been cut by the page width is taken as
cut; a page number dropped between the two lines, or a form feed, is that evidence for a line of
any length.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from govdoc import patterns as P
from govdoc.blocks import SPLIT_PART, Origin, merge_origins
from govdoc.fields.kind import kind_suffix
from govdoc.numerals import MARKER_NUMERALS, cn_to_int, glyph_after, int_to_cn
from govdoc.rules import lines as L
from govdoc.rules.cleanup import page_furniture
from govdoc.rules.contents import is_contents_heading
from govdoc.rules.lines.classify import (
    CONTINUING,
    ENDS_CLOSED,
    ENDS_MARKER,
    ENDS_MONTH,
    ENUM_OPEN,
    MEETING_OPEN,
    SECTION_OPEN,
    SPACED_NUMERAL,
    line_class,
)
from govdoc.rules.sections import TITLE_MAX, CnSoFar, Heading, has_run_in_text, heading_of, without_asides
from govdoc.state import Block, State, Zone

# Zones by module-level names: on Python 3.11 a `Zone.X` look-up costs several times a global's
# (the enum's metaclass hooks attribute access), and the rules ask them once per block.
_BODY = Zone.BODY
_CHROME = Zone.CHROME
_CLOSING = Zone.CLOSING

_NEAR_FULL_LINE = 24
_WIDTH_SLACK = 2  # half-width digits and letters let a full line hold a character or two more or less
_MIN_WRAP_WIDTH = 15
_MIN_WRAPPED_LINES = 5
_MIN_SHORT_COPY_CUTS = 2
_MIN_LONGEST_CUTS = 3  # open lines at the longest length that show a short copy's width whatever else
_SENTENCE_MARKS = frozenset(";。!?:")
_CLAUSE_MARKS = frozenset(",、;。:《“(")
_MAX_TITLE_LINE = 40
_CONTINUING_END = frozenset("，,、《》“(（-—")


def _ideograph(ch: str) -> bool:
    """`ch` is an ideograph of the basic block, or 〇: the folded form of 零 and ○, which a figure in
    numerals ends on where a width cuts it (…积水点一百零 / 六处): a word goes on after it as after any
    other ideograph (U+3007 stands outside the block, among the CJK marks)."""
    return "\u4e00" <= ch <= "\u9fff" or ch == "〇"


_CLAUSE_END = frozenset("，,、")
_INNER_CLOSERS = frozenset("”’)」』")  # close a quote or bracket mid-sentence as often as a paragraph
_SENTENCE_STOPS = frozenset("。!?;…")  # … but right after one of these (。” / 。）) they close its sentence
_BRACKET_TAIL = 12  # a title's bracketed tail on a line of its own: （2023年）, （试行）
_ASIDE_PAIRS = (("“", "”"), ("《", "》"), ("(", ")"))  # folded: （ is (
_FRAME_LINE = 20  # a heading line long enough to have been wrapped by the page width
_FRAME_REST = 12
_FRAMED_HEADING_MAX = 40  # a 关于… heading naming a proposal's point with its qualifiers; a longer line is a sentence
_TITLE_BREAKS = frozenset("。,;:!?、")  # none inside the second line of a wrapped heading
_JOINED_ZONES = frozenset((_BODY, _CLOSING))
_TRAILER_ZONES = frozenset((Zone.SIGNATURE, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT, Zone.ATTACHMENTS, Zone.TRAILER))
JOINED_MESSAGE = "两段在分页处断开，已拼接 (paragraph split by a page break re-joined)"


def _lone_marker(b: Block, length: int) -> bool:
    """The line (`length` characters, its end's spaces aside) is only a section or enumeration marker."""
    m = L.section_marker(b)
    if m and m.end() >= length:
        return True
    m = L.enum_marker(b)
    return m is not None and m.end() >= length


def _paragraph_like(b: Block, printed: bool = False) -> bool:
    f = b.folded
    marker = L.section_marker(b)
    rest = f[marker.end() :] if marker else f
    bare = without_asides(rest) if marker else rest  # `（牵头单位：区发改委）` puts no stop in a heading
    # `in` scans, not a set's isdisjoint: that hashes every character of a long line
    if marker and not any(c in bare for c in _SENTENCE_MARKS) and (len(rest) <= 30 or "," not in bare):
        return False  # a heading: no 。！？；：, commas only within 30 characters; pause marks (a list) at any length
    if _document_title(rest, printed):
        return False  # 关于完善“府院联动”机制的意见: the title of a document printed after the notice
    # A4 pages in 仿宋 三号 hold about 28 characters a line; a line near that length was cut by the page width.
    return len(rest) >= _NEAR_FULL_LINE or (len(rest) >= 12 and _clause_marked(rest))


def _clause_marked(rest: str) -> bool:
    """The line holds a mark of a sentence's clauses, a clock time's colon aside (主持人  6月18日 10:00, 带班领导
    6月8日 08:30: a transcript's or a schedule's who/when line, no sentence; diffread-B B2)."""
    if _CLAUSE_MARKS.isdisjoint(rest):
        return False
    return ":" not in rest or not _CLAUSE_MARKS.isdisjoint(P.CLOCK_TIME.sub("", rest))


def _named_value(b: Block, under: Block) -> bool:
    """A label and its value that names a thing (分会场：区教育局三楼会议室, 督查组组长：区市场监管局副局长,
    报送地址：区市场监管局食品科): a 键：值 line whose value holds no clause mark, so no sentence runs on in it
    to the next line (`under`); the lines under it (more rooms, the posts of a team, a sentence) are their own.
    A labelled sentence (工作目标：到2026年，全区…) holds a clause mark and may go on as any paragraph's line;
    and where the text marks its paragraphs by indents, a line under an indented one with none carries it on
    whatever it holds (`    公开方式：全部答复均已在` ⏎ `县政府网站公开。`, review22's alert of 07:04)."""
    if b.hints.indent and not under.hints.indent:
        return False
    f = b.folded
    colon = f.find(":")
    value = f[colon + 1 :].strip()
    return (
        colon > 0
        and len(f) < _NEAR_FULL_LINE  # a line near a page's width may have been cut by it
        and _CLAUSE_MARKS.isdisjoint(value)
        and value[:1] not in P.VALUE_CLAUSE_OPEN  # 到2025年底全面完成… leads a clause in: no name
        and value[-1:] not in P.VALUE_JOINING_END  # …全部完工并 joins on to the line under it
        and not _aside_ending_it(under)
        and L.is_key_value(b)
    )


def _aside_ending_it(under: Block) -> bool:
    """`under` is a bracketed aside that ends a sentence (`（区行政中心东楼208室）。`), no numbered point's
    marker (（一）…): the tail of the line above, whose named place it qualifies."""
    f = under.folded.rstrip()
    return f[:1] == "(" and f[-2:] == ")。" and L.section_marker(under) is None


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


def _document_title(f: str, printed: bool) -> bool:
    """A short line naming a document (关于…的意见, …的通知) with no sentence or clause mark in it;
    a plan or rules printed after the notice that issues them often name it without 关于
    (某省…实施方案, 某县…管理办法), which only its place under the notice's 落款 (`printed`) tells
    from a body line cut after such a word (…制定抢险工作方案 / 并于5月底前…)."""
    if len(f) > _MAX_TITLE_LINE or not _SENTENCE_MARKS.isdisjoint(f) or "," in f:
        return False
    m = kind_suffix(f)
    return m is not None and ("关于" in f or (printed and m.group("s") in P.PRINTED_KINDS))


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


def _omission_after_stop(end: str, b: Block) -> bool:
    """`b` opens with an ellipsis (……（略）, …… alone) under a line that ends its sentence (`end`, the
    upper line's folded text): a copy's mark of what it left out, a line of its own, not the leader
    dots or the trailing words of the sentence above (which ends on no stop)."""
    return end[-1:] in L.SENTENCE_STOP and b.folded.lstrip()[:1] == "…"  # (folded: ！ ？ are ! ?)


def _may_continue(
    b: Block, clause_open: bool = False, word_cut: bool = False, width_cut: bool = False, end: str = ""
) -> bool:
    """`b` may carry on a cut paragraph; `clause_open`: the line before ends on a comma, so a
    member opening `b` (…，/ 二是…) goes on the same sentence; `word_cut`: the page width cut the
    line before between two words of a sentence (…为 / 下一步工作打下基础, …位居全省 / 第一，…), so
    a plan's or a member's opening word there is the sentence's, not a new paragraph's;
    `width_cut`: the line before filled the width of a hard-wrapped text and ends mid-sentence in a
    paragraph, so even a heading-shaped opening is the sentence's (…第十二条第 / （二）项关于…,
    …并计划在今年 / 二、三季度…, …按照《条例》中的 / 第三章规定的…): a paragraph ends on its stop;
    `end`: the line before's folded text, where a closing formula's head may stand (`_formula_cut`)."""
    f = b.folded
    if not f or (heading_of(b) is not None and not width_cut) or (not word_cut and L.opens_plan(f)):
        return False  # a sentence that opens with a number (`3 个街道…`) may carry a line on
    if L.enum_marker(b) and not (clause_open or word_cut):
        return False
    if not clause_open and len(f) <= _MAX_FORMULA_LINE and _formula_alone(f) and not _formula_cut(end, f):
        return False  # 特此答复。 / 此复。 alone: the closing formula is a sentence of its own, never a line's end
    # a word and a colon the width brought to the line's start (…我局采取了两项 / 措施：（1）…) read as a label's
    # line; under a line the width cut mid-phrase it is the sentence's (struct26 cause 3): a word of two or three
    # characters the cut left, no label the genre writes (领衔代表：, 案由：) and no line under a blank one, which a
    # listing's full title line leaves over its label lines (diffread-A N3)
    label = L.is_key_value(b) and not (width_cut and _cut_left_word(b))
    return not (label or L.is_date_line(b) or L.is_contact_line(b) or L.is_attachment_list(b))


_CUT_WORD = 3  # 措施：, 要求：: the longest word a cut leaves before a colon that is no label


def _cut_left_word(b: Block) -> bool:
    """`b` opens with a short word and a colon that are no label of the genre, right under the line above: a
    word of two or three characters, or a counted phrase of any length (`两项工作：`, `以下几个方面：`,
    `P.COUNTED_PHRASE`), which no label opens with (struct27)."""
    if b.blank_before:
        return False
    m = P.KEY_VALUE.match(b.folded)
    if m is None or m.group("key") in P.LABELS:
        return False
    key = m.group("key")
    return len(key) <= _CUT_WORD or P.COUNTED_PHRASE.match(key) is not None


_MAX_FORMULA_LINE = 16  # 以上答复如有不妥，敬请批评指正。 and shorter: the closing formulas alone on a line
_FORMULA_CHARS = ("此", "请", "望")  # one of them in every CLOSING_FORMULA (此复, 特此…, 妥否，请…, 望予以批评指正)


def _formula_alone(f: str) -> bool:
    """The short folded line `f` is a closing formula and nothing else (特此答复。, 此复。), asked of the
    pattern only where one of its characters stands."""
    return any(c in f for c in _FORMULA_CHARS) and P.CLOSING_FORMULA.match(f.strip().rstrip("。!")) is not None


def _formula_cut(end: str, f: str) -> bool:
    """The formula `f` (如有不妥之处，敬请批评指正。) is the rest of one whose head, the answer named
    (以上答复, 本复函, 我们的答复), ends the line before (`end`): the width cut the sentence there and it
    goes on (diffread-A A10). Asked only of a line that is a formula alone."""
    head = P.ANSWER_NAMED_END.search(end[-_MAX_ANSWER_HEAD:]) if end else None
    return head is not None and _formula_alone(head.group().strip() + f.strip())


_MAX_ANSWER_HEAD = 8  # 我局的复函, 以上答复: the answer named, the longest with a space after it


def _marker_cut(end: str, b: Block) -> bool:
    """The break falls inside an enumeration marker: `…其` / `一，…`, `…第` / `二，…` (`end`: the upper
    line's folded text, its end's spaces aside)."""
    tail = end[-1:]
    if tail not in ("其", "第"):
        return False
    m = P.ENUM_MARKER.match(tail + b.folded[:6])
    return m is not None and m.start("m") == 0


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


def _spaced_apart(b: Block) -> bool:
    """`b`'s text stood apart by a space inside it before layout_spaces took it out between two CJK
    characters (its places kept as `spaces`/`gaps`): `序号 项目 金额` reads 序号项目金额 by now."""
    inner = len(b.text)
    return any(0 < at < inner for at in b.spaces) or any(0 < at < inner for at in b.gaps)


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


def _aligned_row(b: Block) -> bool:
    """A line whose first cell is set off by a column's gap: a wide gap the layout rule took out between CJK
    characters (`Block.gaps`) or a run of two spaces or more left between other characters (`9:30  张某`),
    after a short first cell (a time, a name, a label: `_FIRST_CELL` characters at most) that ends no sentence.
    A justified line's stretch (…占比超  过) or two spaces after a sentence's stop (…60%。  2023年…) are no
    column's (review23 R3)."""
    f = b.folded
    wide = f.find("  ", 1, _FIRST_CELL + 2) if "  " in f else -1
    at = min((g for g in (*b.gaps[:1], wide) if g > 0), default=-1)
    return 0 < at <= _FIRST_CELL and f[at - 1] not in _SENTENCE_STOPS_AND_COMMAS


_FIRST_CELL = 8


def _schedule_row(b: Block) -> bool:
    """`b` opens with an agenda's time cell (`patterns.CLOCK_ROW`: 8:30, 9:00—9:20) before its text."""
    head = b.folded[:1]
    return (head.isdigit() or head == " ") and P.CLOCK_ROW.match(b.folded) is not None


_SENTENCE_STOPS_AND_COMMAS = frozenset("。.!?;,、")


def continues(
    a: Block,
    b: Block,
    width: int = 0,
    page_end: bool = False,
    tail: int = -1,
    printed: bool = False,
    opening: Block | None = None,
    grown: _Grown | None = None,
    indents_open: Callable[[], bool] | None = None,
) -> bool:
    """`b` carries on the paragraph `a` left open (a page break or a hard line wrap between them).

    `width` is the line width a hard-wrapped text was cut at (0: unknown); a line that fills
    it was cut by the width, even when it looks like a heading. `page_end`: a page number stood
    between them, so a page ended there and `a` need not look cut by its length. `tail`: the
    length of `a`'s last line where `a` was joined from several (-1: `a` is one line). `printed`:
    `a` stands right under the notice's trailer (its 落款, 附注 …), where a document it prints opens.
    `opening`: `a`'s first `_OPENING` characters as a line of their own where `a` is longer (None:
    `a` itself), which say what kind of line the paragraph opened as (`_opened_as_value`).
    `grown`: the paragraph `a` stands for by its two ends (`_Grown.ends`), for the two questions
    of the whole paragraph (its brackets left open, the inline list after its last stop).
    `indents_open`: asked, once a parse, whether the text opens its paragraphs indented (`indents_open_
    paragraphs`; None: taken as so), where an indent is the one evidence left to tell a cut from an opening.
    """
    if a.table or b.table or a.hints.paragraph_end or (b.hints.markup and P.LIST_ITEM_MARK.search(b.hints.markup)):
        return False  # (a Markdown list's item, `- ` or a task's `- [ ] `, opens its own block)
    end = a.folded.rstrip()  # the upper line's end, asked by most tests below: cut once
    if b.hints.markup == SPLIT_PART and end:
        return end[-1] not in L.CLOSING_PUNCT  # an SMS's next part: the phone cut the line above at a length
    if _lone_marker(a, len(end)):
        return bool(b.folded) and not L.section_marker(b)
    if a.hints.hyphenated and _hyphen_broken(a, end, b):
        return True  # a soft hyphen ended the line inside a word: a hyphenating tool broke it there (noise20)
    if _open_bracket_closed(a, b, grown):
        return True
    if _marker_cut(end, b) or _heading_cut(a, end, b, page_end):
        return True
    if line_class(b) & CONTINUING and not _omission_after_stop(end, b):
        return True  # no paragraph starts with a comma, a closing bracket or leader dots
    if "\t" in end and "\t" in b.folded.strip():
        return False  # two rows of a table saved as TAB-separated cells: each row ends at its line
    if width <= 0 and not page_end and _framed_heading(a):
        return False  # nothing cut it: a numbered 关于… title ends at its line
    if _inline_list_cut(a, b, width, grown) or _list_cut(a, end, b, width, tail) or _list_goes_on(a, end, b):
        return True
    if not end:
        return False
    line = tail if tail >= 0 else len(a.folded.strip())  # a joined block is as full as its last line
    full = width > 0 and line >= width - _WIDTH_SLACK and not _heading_short_of(a, line, width)
    if not full and _aligned_row(a) and _aligned_row(b):
        return False  # two rows aligned by runs of spaces (a typed schedule, an agenda: 9:30  张某  通报…; conv23)
    if not (full or page_end) and _schedule_row(a) and _schedule_row(b):
        return False  # 9:00—9:20 通报… ⏎ 9:20—10:00 交流发言: two rows of an agenda, each its time's (review25 R1)
    if end[-1] == "下" and not (full or page_end) and P.TURN_WITHOUT_STOP.search(end):
        return False  # …现答复如下 whose colon a copy lost: the answer's turn leads in to a new paragraph
    if end[-1] in L.CLOSING_PUNCT and not (full and end[-1] in _INNER_CLOSERS and end[-2:-1] not in _SENTENCE_STOPS):
        return False  # the upper line ends its sentence (`L.ends_open`)
    # (each test from here to the last says no alone, so they are asked in the order that costs least: what the
    # line is like, from its own text, before the kinds of line asked through the per-line store)
    if not (
        full
        or _paragraph_like(a, printed)
        or _hyphen_wrapped(a, b)
        or _bracket_tail(end, b, printed)
        or (page_end and (heading_of(a) is None or has_run_in_text(a)))
        or _point_cut_at_clause(a, end, b)
    ):
        return False
    meeting = line_class(a) & MEETING_OPEN  # a line opening as no 纪要's particular is not matched
    if not full and end[-1:] not in _CLAUSE_END and meeting and P.MEETING_PARTICULAR.match(a.folded):
        return False  # 参加：…负责同志 / 会议研究了…: a 纪要's particular ends at its line
    if not full and end[-1:] not in _CLAUSE_END and L.is_contact_line(opening or a):
        return False  # 联系人：周某  手机：139…: a contact line's value ends at its line
    if not full and ":" in end and end[-1:] not in _CLAUSE_END and _named_value(opening or a, b):
        return False  # 分会场：区教育局三楼会议室 / 报送地址：…食品科: a label's name or place ends at its line
    if not full and (L.is_date_line(opening or a) or is_contents_heading(a)):
        return False  # 2023年4月, 目录 over a page number: a cover's date and a contents heading end at their line
    last = end[-1]
    han = _ideograph(last)
    if not (last in _CONTINUING_END or last.isdigit() or han or full):
        return False  # a line the width filled was cut there whatever it ends on (50% / 2.6 / “…” / APP)
    one_line = han and width <= 0 and not page_end and b.blank_before and line >= _ONE_LINE_PARAGRAPH
    if one_line and _opens_paragraph(end, b, line, indents_open):
        return False  # …扩大了非遗社会影响 ⏎⏎ 提案中提出…: a one-line paragraph that lost its stop, not a page's cut
    width_cut = _cut_in_sentence(a, end, full or page_end, opening) and not _bare_heading(
        b, width
    )  # a page end cuts as the width
    return _may_continue(b, last in _CLAUSE_END, width_cut or (han and line >= _NEAR_FULL_LINE), width_cut, end)


_ONE_LINE_PARAGRAPH = 80  # a line this long under no width is a paragraph set on one line, not a wrapped one


def _opens_paragraph(end: str, b: Block, line: int, indents_open: Callable[[], bool] | None = None) -> bool:
    """`b`, under a blank line, opens a paragraph of its own below a paragraph set on one long line
    (more than a sentence in its last `line` characters, no width having wrapped the text, no page
    number between: asked by `continues`) that ends on no stop (`end`: the upper block's folded text).
    A copy that lost such a paragraph's last stop shows it as it shows a page's cut (…发展遇到 ⏎⏎
    的问题瓶颈…): the line below tells them apart. A page cuts anywhere inside a sentence, so its second
    half opens flush and mid-phrase; a paragraph opens indented where the text indents paragraphs, or
    with a sentence's opening a cut phrase does not carry on: an enumeration's marker (一是, 首先，) or a
    `P.PARAGRAPH_OPENER` (下一步，, 提案中提出, 请你镇按照…). Never where the line above ends on a word
    that leaves its phrase open (…集中研究了在 ⏎⏎ 提案中提出…, a member's …三是; `P.PHRASE_OPEN_END`)
    or on the head of a word a request's 请 ends (…向县政府申 ⏎⏎ 请专项资金…). An indent says so only in a
    text that opens its paragraphs indented (`indents_open`): where lines are indented at random, a page's
    cut may leave its second half indented too (…稳定就业 ⏎⏎ 　　人员占比…; session 22's leftover)."""
    if end[-1] in P.PHRASE_OPEN_END or "。" not in end[-line:]:
        return False
    if L.enum_marker(b) or (b.hints.indent and (indents_open is None or indents_open())):
        return True
    lead = b.folded.lstrip()
    return P.PARAGRAPH_OPENER.match(lead) is not None and not (lead[0] == "请" and end[-1] in P.REQUEST_WORD_HEADS)


def _open_bracket_closed(a: Block, b: Block, grown: _Grown | None = None) -> bool:
    """`b` opens with a figure and the closing bracket `a` left open (…（详见附件 ⏎ 1），明确…;
    …（联系电话：0839-420239 ⏎ 3）): a wrap cut the aside, and the bracket-alone marker `b` looks
    like (1）, 一）) is its tail. Asked of `a` only when `b` opens so, a line in hundreds."""
    f = b.folded
    close = f.find(")", 1, 4)
    if close < 0 or not f[:close].isalnum():
        return False
    if grown is not None:  # counted over the whole paragraph as it was gathered
        return grown.opens > grown.closes
    return a.folded.count("(") > a.folded.count(")")


def _heading_short_of(a: Block, line: int, width: int) -> bool:
    """`a` is a heading standing alone (marker, no run-in text) whose line ends short of the width a
    hard-wrapped text was cut at, counting a half-width character as half a full one: the slack
    that lets a line of mixed widths count as full is owed to its half-width characters only, so
    a heading of full-width characters two short of the width (`一、…主要做法` in a text cut at 24)
    ended there and is no line the width cut. (`line`: the length of `a`'s last line.)"""
    if line >= width or heading_of(a) is None or has_run_in_text(a) or _clause_open(a):
        return False
    last = a.folded.strip().rsplit("\n", 1)[-1]
    half = sum(1 for c in last if c.isascii())
    return len(last) - half / 2 < width - 0.5


def _cut_in_sentence(a: Block, end: str, cut: bool, opening: Block | None = None) -> bool:
    """`a` (its folded text's end `end`) is a paragraph whose last line was `cut` inside a sentence,
    by the width of a hard-wrapped text (the line fills it) or by a page end (a page number stood
    after it): it ends on a character of a word or a clause mark, not on a stop, and is no heading
    standing alone (whose line may fill the width and end there) nor a line whose value ends at its
    end (联系人：周某, a date)."""
    if not cut or end[-1:] in L.CLOSING_PUNCT:
        return False
    last = end[-1]
    if not (_ideograph(last) or last in _CONTINUING_END or last.isdigit()):
        return False
    if _opened_as_value(opening or a):
        return False
    return heading_of(a) is None or has_run_in_text(a) or last in _CLAUSE_END


def _point_cut_at_clause(a: Block, end: str, b: Block) -> bool:
    """`a`, a marker's line, ends on a clause mark (`_clause_open`) where no title's rest followed it
    (`_heading_cut` asked first): the point's sentence goes on in `b` (`一、今年以来，…服务站8个，` ⏎
    `新增床位240张…。`), where `b` is plain running text: not a closing formula alone, which is the
    document's (`二、感谢…支持，` ⏎ `特此答复。`), nor a run's first member or a table's row set apart by
    spaces, which open the section's own text under a heading that ends so (`（一）为改善群众出行条件，` ⏎
    `一是…`; diffread-B B4 and B9 of session 24)."""
    if end[-1:] not in _CLAUSE_END or L.section_marker(a) is None:
        return False
    return not (_formula_alone(b.folded) or L.enum_marker(b) or _spaced_apart(b))


def _clause_open(a: Block) -> bool:
    """`a` ends on a clause mark (，、): whatever marker opens it, no heading ends so (a title drops a final
    。 or ：, never a comma), so its sentence goes on in the next line (`一、今年以来，…服务站8个，` ⏎
    `新增床位240张…`): a wrap or a copy cut it, short of the measure or not (lead26)."""
    return a.folded.rstrip()[-1:] in _CLAUSE_END


_OPENING = 256  # characters that say what kind of line a paragraph opened as (`_opening`)


def _opened_as_value(opening: Block) -> bool:
    """The paragraph (its `opening`, `_opening`) is a line whose value ends at its end: a label's
    (键：值), a contact line (a sentence saying whom to call and the number, 如有疑问，请与…联系，电话：…)
    or a date."""
    return L.is_key_value(opening) or L.is_contact_line(opening) or L.is_date_line(opening)


def _opening(a: Block) -> Block:
    """`a`'s first `_OPENING` characters as a line of their own, asked what kind of line a paragraph
    longer than that opened as: the kinds' patterns are anchored at the line's start and bounded (a
    label of ten characters; a contact sentence's number within about 120; dates side by side within
    `lines.dates._MAX_DATES_LINE`, 216), and each of their tests of the whole line (a colon, a digit,
    a sentence mark anywhere) is met within them as soon as it matters. The joined paragraph stops
    growing there: asked of the block joined so far, each question, made new by each join, read the
    whole paragraph again at each of its lines."""
    return a.piece(0, _OPENING, first=True)


def _inline_list_cut(a: Block, b: Block, width: int, grown: _Grown | None = None) -> bool:
    """A hard-wrapped line that opens with the next marker of a list running inline in the
    paragraph above (`…包括：（1）加强巡查；` / `（2）加快整改；…`): the width cut the line before
    the marker, whose predecessor stands inside the paragraph, not at its start."""
    if width <= 0 or len(a.folded.strip()) < width - _WIDTH_SLACK:
        return False
    h = heading_of(b)
    if h is None:
        return False
    previous = _previous_marker(b.folded[h.start : h.end].rstrip(), h)
    if previous is None:
        return False
    # the list runs in the sentence `a` leaves open: its marker stands after the last full stop, and
    # is no piece of a number (21.5% holds `1.`, 2021.1 too). A gathered paragraph is read from its
    # last stop on (`base`), which is all the test reads of it
    if grown is None:
        f, base, stop = a.folded, 0, a.folded.rfind("。")
    else:
        stop = grown.stop
        base = max(stop, 0)
        f = grown.since(base)
    found = f.rfind(previous)
    at = base + found if found >= 0 else -1
    return (
        at > 0
        and at > stop
        and not f[found - 1].isdigit()
        and not f[found + len(previous) : found + len(previous) + 1].isdigit()
    )


_TRAILING_MARKER_SPAN = 8  # the longest inline marker `P.TRAILING_MARKER` ends a line on: `(十二三四)`


def _list_cut(a: Block, end: str, b: Block, width: int, tail: int) -> bool:
    """A line the width cut inside a list running through the paragraph: it fills the width and
    ends after a member's `；` (`…限期完成整改任务；` / `三是…`) or on an inline marker (`…以下方面（1）`
    / `加强日常巡查；…`), either of which closes a line only where a paragraph ends."""
    if width <= 0:
        return False  # no width the text was cut at
    line = tail if tail >= 0 else len(a.folded.strip())
    if not width - _WIDTH_SLACK <= line <= width + _WIDTH_SLACK:
        return False
    # the marker stands at the end: search only the end, not the whole paragraph joined so far
    marker_end = end[-_TRAILING_MARKER_SPAN:]
    return (
        end[-1:] == ";" or (bool(line_class(a) & ENDS_MARKER) and P.TRAILING_MARKER.search(marker_end) is not None)
    ) and _may_continue(b, clause_open=True)


def _list_goes_on(a: Block, end: str, b: Block) -> bool:
    """A line ending on the marker that opens an inline list's member (`…主要做法包括（1）`) over a
    line holding the list's next marker after a member's end (`建立台账；（2）定期走访…`): whatever the
    line's length (a web copy's break, no width's), no paragraph ends on the marker of a member yet
    to be written. A note's mark ending a line (`…一百二十个①`) has no next number after a stop under it.
    (`end`: `a`'s folded text without its trailing spaces, whose class says whether it may end on a marker.)"""
    if not line_class(a) & ENDS_MARKER:
        return False  # most lines: their last character is no marker's
    found = P.TRAILING_MARKER.search(end[-_TRAILING_MARKER_SPAN:])
    if found is None:
        return False
    following = _next_inline_marker(found.group())
    if following is None:
        return False
    f = b.folded
    at = f.find(following)
    while at > 0:
        if f[at - 1] in _MEMBER_ENDS:
            return _may_continue(b, clause_open=True)
        at = f.find(following, at + 1)
    return False


_LEAD_ENDS = frozenset(";:")  # folded ； and ：, which end a list's member and its lead, never a paragraph
_MEMBER_ENDS = frozenset(";,。")  # folded: what ends an inline list's member before the next marker


def _next_inline_marker(marker: str) -> str | None:
    """The marker after an inline one, written alike (`(1)` → `(2)`, `(一)` → `(二)`, `①` → `②`, `⑴` → `⑵`,
    `㈠` → `㈡`); None past a family's last glyph."""
    if len(marker) == 1:
        return glyph_after(marker)  # ⑳ → ㉑: the circled family runs on in other blocks
    inner = marker[1:-1]
    if inner.isdigit():
        return f"({int(inner) + 1})"
    n = cn_to_int(inner)
    return f"({int_to_cn(n + 1)})" if n is not None else None


def _previous_marker(marker: str, h: Heading) -> str | None:
    """The marker before `marker` in its family, written alike (`(2)` → `(1)`, `②` → `①`, `三、` → `二、`)."""
    n = L.marker_ordinal(h.group, h.number)
    if n <= 1:
        return None
    if h.group in L.GLYPH_GROUPS:  # ㉑ → ⑳: the circled family's glyphs stand in three blocks
        glyph = glyph_after(h.number, -1)
        return marker.replace(h.number, glyph, 1) if glyph is not None else None
    return marker.replace(h.number, str(n - 1) if h.number.isdigit() else int_to_cn(n - 1), 1)


def wrap_width(blocks: list[Block]) -> int:
    """The width a hard-wrapped text (a PDF's text layer pasted as text) was cut at, or 0.

    Lines cut by the width pile up at one length among the lines that end mid-sentence;
    headings and short lines that end open spread over many lengths.
    """
    # Every width found below needs two open lines near it at least, and it is no width under
    # `_MIN_WRAP_WIDTH`: a body with fewer open lines that long (most: its paragraphs end on their stops)
    # has none, told by the lines' classes and lengths without the walk's questions.
    near_full = _MIN_WRAP_WIDTH - _WIDTH_SLACK
    candidates = 0
    for b in blocks:
        if not b.table and L.ends_open(b) and len(b.folded) >= near_full and len(b.folded.strip()) >= near_full:
            candidates += 1
            if candidates >= _MIN_SHORT_COPY_CUTS:
                break
    else:
        return 0
    lengths: dict[int, int] = {}  # a plain dict: a Counter costs more to make than this loop
    # the same of the open lines of prose, whose lengths say the width: no heading standing alone, which ends
    # open at any length (two of one length, 一、关于经费保障 and 二、关于物资储备, outnumbered a short copy's two or
    # three cut lines: struct26 cause 2), and no label's line, whose value ends at its end at any length too
    prose: dict[int, int] = {}
    hung: dict[int, int] = {}  # of those, the lines that end on a mark a wrap may hang one past the width
    longest = 0  # the body's longest line: a short copy's width where its cut lines reach it
    # the open lines that are no headings, each with its length and the line under it (a short copy's
    # evidence); `last` the last line seen if it is one, waiting for the line under it
    plain: list[tuple[int, Block, Block | None]] = []
    last: tuple[int, Block] | None = None
    # each open line's length and the next line's where that one ends open too (-1: it closes): a
    # list's names, one a line, each over another as long
    opens: list[list[int]] = []
    for b in blocks:
        if b.table:
            continue
        if last is not None:
            plain.append((last[0], last[1], b))
            last = None
        length = len(b.folded.strip())
        longest = max(longest, length)
        # a row aligned by a column's gap (主持人  6月18日 10:00, 带班领导  6月8日 08:30: a transcript's or a
        # schedule's who/when lines, one length each) is no prose line a width cut (diffread-B B2)
        is_open = L.ends_open(b) and not _aligned_row(b)
        if opens and opens[-1][1] == -2:
            opens[-1][1] = length if is_open else -1
        if is_open:
            opens.append([length, -2])
            lengths[length] = lengths.get(length, 0) + 1
            if heading_of(b) is None or has_run_in_text(b):  # a marker's sentence is a paragraph's line
                last = (length, b)
                if not L.is_key_value(b):
                    prose[length] = prose.get(length, 0) + 1
                    if b.folded.rstrip()[-1:] in _HUNG_MARKS:
                        hung[length] = hung.get(length, 0) + 1
    if last is not None:
        plain.append((last[0], last[1], None))
    if not lengths:
        return 0
    # the first length seen of the most frequent, as most_common: of the open lines of prose first, then of
    # every open line where the prose's says no width (one prose line beside a 第8期 line: the headings' and the
    # labels' lines, the width's cut too, say it; review26 R10)
    first = max(prose.items(), key=_count)[0] if prose else 0
    if first and prose.get(first - 1, 0) == prose[first] and hung.get(first, 0) == prose[first]:
        # as many lines one shorter, and every line of this length ends on a mark a wrap hangs past the width (…的提案》
        # over lines the wrap cut inside a word): the width is the shorter (struct27)
        first -= 1
    found = _width_if_cut(first, lengths, longest, opens, plain) if first else 0
    if found:
        return found
    width = max(lengths.items(), key=_count)[0]
    return _width_if_cut(width, lengths, longest, opens, plain) if width != first else 0


def _width_if_cut(
    width: int,
    lengths: dict[int, int],
    longest: int,
    opens: list[list[int]],
    plain: list[tuple[int, Block, Block | None]],
) -> int:
    """`width` where the open lines (`lengths`: how many end open at each length; `opens`: each with the
    next line's length; `plain`: the prose ones with the line under them) show a width cut them there, else 0."""
    # a paragraph's first line lost its indent (two 全角 spaces) to the width: the cut lines of a
    # text whose paragraphs are indented pile up at two lengths, both counted
    cut = sum(lengths.get(w, 0) for w in range(width - _WIDTH_SLACK, width + _WIDTH_SLACK + 1))
    if width < _MIN_WRAP_WIDTH:
        return 0
    if (
        width == longest
        and sum(1 for n, under in opens if n == width and under != width) >= _MIN_LONGEST_CUTS
        and any(n == width and _cut_in_clause(b, under) for n, b, under in plain)
    ):
        # A short copy whose longest lines all end open at one length, three or more (numbered
        # ones too: a width cuts a `二、…` point as any line), each over a line that is not another
        # as long and open (a list's names, one a line, stand so), one of them inside a clause, no
        # line longer: nothing but a width cut them, however many short open lines (a caption, an
        # organ) stand beside them.
        return width
    if cut * 2 < sum(lengths.values()):
        return 0
    if cut >= _MIN_WRAPPED_LINES:
        return width
    # A short copy (a reply of a few paragraphs) has too few cut lines to pile up; but where two of
    # them, no headings (which end open at any length; a heading's line that goes on with its text, an
    # article's sentence or an untitled point's, is text and counts), end open at the body's longest length and no
    # line of it runs longer, nothing but a width cut them there: a text of whole paragraphs has its
    # sentences, which end closed, as its longest. And the width cut them inside a clause: a list's
    # long names end open at one length too, each a whole name (`…农业综合服务中心站`) over another.
    if longest > width + _WIDTH_SLACK or width < longest - _WIDTH_SLACK:
        return 0
    near = sum(1 for n, b, under in plain if abs(n - width) <= _WIDTH_SLACK and _cut_in_clause(b, under))
    return width if near >= _MIN_SHORT_COPY_CUTS else 0


def _cut_in_clause(b: Block, under: Block | None) -> bool:
    """The open line `b` stops inside a clause: a sentence under way on it (`…六个，配备负压救`), or
    the line under it, text and no heading, carrying the clause on to a mark (`…建议收` / `悉，现答复如下：`,
    `…完` / `成候车亭改造四十座。`). A name is none of these: no mark on it, and a list's next name under it."""
    if _has_mark(b.folded):
        return True
    return under is not None and _has_mark(under.folded) and heading_of(under) is None


def _has_mark(f: str) -> bool:
    return any(c in f for c in _CLAUSE_STOPS)


_CLAUSE_STOPS = ",;:。!?"  # folded (， ； ： ！ ？); not 、, which parts the names of a list as well as a clause's


_HUNG_MARKS = frozenset(
    "。,、;:)》”"
)  # folded: the marks a typesetter hangs past a full line's end rather than open a line


def _count(item: tuple[int, int]) -> int:
    return item[1]


# The bits of an upper line that leave `continues` something to ask where the line ends its sentence: a
# marker it may open with (a lone marker, a heading whose title a wrap cut), asked of the line's own marker
# and heading (kept per line) before the pair is parted.
_MAY_GO_ON = SECTION_OPEN | ENUM_OPEN | SPACED_NUMERAL


def _ends_for_good(a: Block, b: Block) -> bool:
    """`continues(a, b)` is False by the two lines' classes and `a`'s opening alone, where no width cut the
    text, no page end stands between them and no indent convention is read (the caller's to know): `a` ends
    its sentence and on no inline list's marker (`ENDS_MARKER`), `b` opens with nothing a paragraph cannot
    open with and is no bracketed tail of an aside (`_open_bracket_closed`'s first test: a figure or a word
    before a closing bracket, `1）`); where `a` may open with a marker (its class), it is no marker alone
    (`_lone_marker`) and no heading whose title runs on under it (`_heading_cut`: an aside left open, a
    long `关于` frame), the two tests `continues` makes of such an opening. Every other test `continues`
    makes before its closing-stop answer then says no (a closed line ends on no 其/第, no joining word, no
    soft hyphen; the list tests need a width or a marker at the end), so the walk skips it: most pairs of
    most texts (a sentence's line over the next paragraph, a numbered point's last line over the next)."""
    bits = line_class(a)
    if bits & (ENDS_CLOSED | ENDS_MARKER) != ENDS_CLOSED or line_class(b) & CONTINUING:
        return False
    f = b.folded
    close = f.find(")", 1, 4)
    if close >= 0 and f[:close].isalnum():
        return False
    if not bits & _MAY_GO_ON:
        return True
    end = a.folded.rstrip()
    return not _lone_marker(a, len(end)) and not _heading_cut(a, end, b)


def join_breaks(state: State) -> None:
    """The rule: joins paragraphs cut by a page end and markers cut from their text, warning
    `page-break-joined` for each join, since it is a guess.

    Two walks: the width a hard-wrapped text was cut at is read off all the body's lines before
    the first join is judged (the first walk, which also warns of the joins a reader made).
    """
    body: list[Block] = []
    joinable: list[Block] = []  # the body's and the closing's lines, whose indents may mark paragraphs
    for b in state.blocks:
        zone = b.zone
        if b.joins and zone is not _CHROME:  # joins a reader made from layout (a PDF paragraph over a page end)
            for at in b.joins:
                state.warn("page-break-joined", JOINED_MESSAGE, b, max(0, at - 1), 2)
        if zone is _BODY:
            body.append(b)
            joinable.append(b)
        elif zone is _CLOSING:
            joinable.append(b)
    width = wrap_width(body)
    indents = indent_convention(joinable)
    indents_open = _IndentsOpen(joinable, indents)  # asked under a rare gate, answered once
    reach = line_width(joinable) if indents else 0.0  # how far the text's lines reach across the page
    plain = width <= 0 and not indents  # a pair's classes may then answer `continues` (`_ends_for_good`)
    out: list[Block] | None = None  # the blocks left once joined, chrome included: made from the first join on
    kept: list[Block] = []  # the live blocks so far, joins made (a list rebuilt, not popped from: linear)
    page_end = False  # a page number was dropped since the last live block
    last_line: Block | None = None  # the last line joined into the last live block
    # The last live block's opening once it is longer than `_OPENING` (None: the block itself), asked
    # what kind of line the paragraph opened as (`_opening`); and the origins of the lines joined into
    # it, merged once it is whole (merged at each join, the growing references were copied each time).
    opening: Block | None = None
    origins: list[Origin | None] = []
    # The last live block once joined past `_LONG` characters: its lines gathered and joined once it
    # is whole, `kept[-1]` standing for it meanwhile as its two ends (`_Grown`). None: `kept[-1]`.
    grown: _Grown | None = None
    cn = CnSoFar()  # the number the 一、 family expects after the body so far, asked by `_next_part`
    for i, b in enumerate(state.blocks):
        if b.zone is _CHROME:
            page_end = page_end or page_furniture(b)
            if out is not None:
                out.append(b)
            continue
        a = kept[-1] if kept else None
        page_end = page_end or b.page_before
        if (
            plain
            and not page_end
            and a is not None
            and (a.zone is not b.zone or a.zone not in _JOINED_ZONES or _ends_for_good(a, b))
        ):
            # not joined, as the walk below would find (the zones part them, or the pair's classes say
            # `b` opens a paragraph), and nothing else to ask: no width, no indents, no page end
            last_line = b
            if grown is not None:
                kept[-1] = grown.whole()
                grown = None
            if origins:
                kept[-1].origin = merge_origins(kept[-1].origin, origins)
                origins = []
            opening = None
            kept.append(b)
            if out is not None:
                out.append(b)
            continue
        if opening is None and a is not None and len(a.folded) > _OPENING:
            opening = _opening(a)  # made once: the block's start does not change as it grows
        joined = (
            a is not None
            and a.zone is b.zone
            and a.zone in _JOINED_ZONES
            and continues(
                a,
                b,
                width,
                page_end,
                -1 if last_line is None else len(last_line.folded.strip()),
                len(kept) > 1 and kept[-2].zone in _TRAILER_ZONES,
                opening,
                grown,
                indents_open,
            )
        )
        # `二、三级…` after the document's 一、 is its next part, unless the width or a page end cut the
        # line above inside a word (asked only of a line that carries one on: most lines do not)
        joined = joined and not (
            _next_part(kept, b, cn)
            and not (_width_cut(a, width, last_line, page_end, opening) and not _bare_heading(b, width))
        )
        if indents and a is not None and a.zone is b.zone and a.zone in _JOINED_ZONES:
            if b.hints.indent:  # an indented line opens a paragraph: only a marker alone above takes it
                joined = (joined and _lone_marker(a, len(a.folded.rstrip()))) or (
                    last_line is a and _title_lines(a, b, len(kept) > 1 and kept[-2].zone in _TRAILER_ZONES)
                )
            else:
                line = last_line or a
                # a line ending on a stop the wrap hung there: one the wrap filled (a wrapped line of the paragraph, one
                # as long as the width a hard-wrapped text was cut at, or one over a line the wrap filled and cut too),
                # not a paragraph set on one line
                hung = (
                    _fills_measure(line, reach)
                    and (
                        line is not a
                        or (width > 0 and len(line.folded.strip()) >= width - _WIDTH_SLACK)
                        or (_fills_measure(b, reach) and L.ends_open(b))
                        # a member's end or a lead's colon: no paragraph the text indents ends on either (struct29)
                        or a.folded.rstrip()[-1:] in _LEAD_ENDS
                    )
                )
                joined = joined or (_reaches(line, reach) and _carries_on(a, b, opening, reach, page_end, hung))
        if not joined and page_end and a is not None and a.zone is _BODY and b.zone is _BODY:
            joined = _run_in_title_cut(a, b, kept, state.blocks, i)
        if joined and width > 0 and last_line is a and a is not None and a.zone is _BODY:
            joined = not _whole_title_at_width(a, b, kept, state.blocks, i)
        if joined and (b.table or (a is not None and a.table)):
            joined = False  # a table's row never joins nor is joined, whatever the indents say (review20)
        if joined and last_line is a and a is not None and len(kept) > 1 and _aligned_row(a) and _aligned_row(kept[-2]):
            joined = False  # the last row of a run aligned by spaces (an agenda's) ends at its line too (conv23)
        page_end = False
        last_line = b
        if joined:
            assert a is not None
            soft = a.hints.soft_break  # the format says the paragraph goes on: no guess to report
            if grown is None and len(a.folded) + len(b.folded) > _LONG:
                grown = _Grown(a)
            if grown is None:
                offset = a.absorb(b, origin=False)
            else:
                offset = grown.absorb(b)
                kept[-1] = grown.ends()
            if state.closing_run_on is not None and state.closing_run_on[0] is b:
                # a formula written on at the end of the line joined (…投入使用。此复。): its place moves along
                # into the paragraph that takes the line (struct27)
                state.closing_run_on = (a if grown is None else grown.block, offset + state.closing_run_on[1])
            origins.append(b.origin)
            if out is None:  # its text now lives in `a`: `b` leaves the list, which is copied so far
                out = state.blocks[:i]
            if not soft:
                state.warn("page-break-joined", JOINED_MESSAGE, a if grown is None else grown.block, offset - 1, 2)
            continue
        if grown is not None:
            kept[-1] = grown.whole()
            grown = None
        if origins:
            kept[-1].origin = merge_origins(kept[-1].origin, origins)
            origins = []
        opening = None
        kept.append(b)
        if out is not None:
            out.append(b)
    if grown is not None:
        kept[-1] = grown.whole()
    if origins:
        kept[-1].origin = merge_origins(kept[-1].origin, origins)
    if out is not None:
        state.blocks = out


_WRAP_HYPHENS = frozenset("-‐")  # a hyphen-minus, the Unicode hyphen


def _wrap_hyphen(above: str, below: str) -> bool:
    """`above` ends on a hyphen between two Han characters, as a tool that wraps lines as in English
    leaves one (…养老服务体- ⏎ 系建设…) and as a wrapper that breaks at hyphens leaves a pair's
    (中国- ⏎ 东盟博览会, 南宁- ⏎ 河内): either way the line goes on. The hyphen stays as written: which
    of the two it is, no reading tells (review18 R5)."""
    return len(above) >= 2 and _ideograph(above[-2]) and _ideograph(below[:1] or " ")


_MIN_HYPHEN_LINE = 12  # as a line with a clause mark: a shorter line ending on a hyphen is no wrap's


def _hyphen_broken(a: Block, end: str, b: Block) -> bool:
    """`a` ended on a soft hyphen (`Hints.hyphenated`) inside a word, so `b` goes on with it: `a` ends on
    no stop, and neither line opens with a section's marker (a stray optional hyphen after a heading's
    title, 一、总体要求\u00ad, joins it to no sentence; a marker never opens a word's second half)."""
    return (
        bool(b.folded.strip())
        and end[-1:] not in L.CLOSING_PUNCT
        and not L.section_marker(b)
        and not L.section_marker(a)
    )


def _hyphen_wrapped(a: Block, b: Block) -> bool:
    """`a` ends on a wrap's hyphen before `b` (`_wrap_hyphen`) and is no short line: the tool that
    wrapped it says it goes on, as a comma at its end would (its length short of a full line's)."""
    text = a.text.rstrip()
    return text[-1:] in _WRAP_HYPHENS and len(text) >= _MIN_HYPHEN_LINE and _wrap_hyphen(text, b.text.lstrip())


# A paragraph joined past this many characters is asked about through its first and last `_ENDS`
# (`_Grown.ends`): no question the joins ask reads further into it than that (what it opened as:
# a marker, a label, a heading's title and whether text runs on after it; how it ends), and asking
# the whole paragraph, made anew at each join, read it again at each of its lines.
_LONG = 1024
_ENDS = _LONG // 2


class _Grown:
    """A paragraph `join_breaks` has joined past `_LONG` characters: the lines joined to it are
    gathered (their text, folded copy, marks and hints, as `Block.absorb` leaves them) and joined
    into the block once (`whole`), and the questions about the paragraph meanwhile are asked of a
    block of its first and last `_ENDS` characters (`ends`). Joining a line per join copied the
    paragraph so far at each of its lines."""

    __slots__ = (
        "block",
        "closes",
        "foldeds",
        "head",
        "hints",
        "length",
        "marks",
        "near",
        "opens",
        "starts",
        "stop",
        "tail",
        "texts",
    )

    def __init__(self, block: Block) -> None:
        self.block = block  # the paragraph's own block, its text as it stood before the first line gathered
        self.texts = [block.text]
        self.foldeds = [block.folded]
        self.starts = [0]  # where each gathered piece starts in the paragraph
        self.length = len(block.text)
        # what two questions read of the whole paragraph: its brackets, and where its last 。 stands
        self.opens, self.closes = block.folded.count("("), block.folded.count(")")
        self.stop = block.folded.rfind("。")
        # (text, folded) of the paragraph's first and last `_ENDS` characters
        self.head = (block.text[:_ENDS], block.folded[:_ENDS])
        self.tail = (block.text[-_ENDS:], block.folded[-_ENDS:])
        # bold runs, gaps and removed spaces as `absorb` leaves them (None: still the block's own), and
        # the gaps and removed spaces in the head and in the tail, which `ends` moves along
        self.marks: list[list[Any] | None] = [None, None, None]
        self.near = [self._near(block.gaps, 0), self._near(block.spaces, 0)]
        self.hints = block.hints

    def _near(self, marks: Sequence[Any], since: int) -> tuple[list[int], list[int]]:
        """Of `marks` (places from `since` on), those in the head and those in the tail."""
        head, cut = len(self.head[0]), self.length - len(self.tail[0])
        return [g for g in marks if g < head and g >= since], [g for g in marks if g >= cut]

    def absorb(self, other: Block) -> int:
        """Gathers `other` as `Block.absorb(other, origin=False)` joins it; returns where it starts."""
        offset = self.length
        owns: tuple[Sequence[Any], ...] = (self.block.bold, self.block.gaps, self.block.spaces)
        added: list[list[Any]] = [[], [], []]
        if other.bold or other.gaps or other.spaces:  # most lines: none
            added = [
                [(s + offset, e + offset) for s, e in other.bold],
                [g + offset for g in other.gaps],
                [g + offset for g in other.spaces],
            ]
            for k, new in enumerate(added):
                if new:
                    marks = self.marks[k]
                    if marks is None:
                        marks = self.marks[k] = list(owns[k])
                    marks += new
        self.texts.append(other.text)
        self.foldeds.append(other.folded)
        self.starts.append(offset)
        self.length += len(other.text)
        self.opens += other.folded.count("(")
        self.closes += other.folded.count(")")
        stop = other.folded.rfind("。")
        if stop >= 0:
            self.stop = offset + stop
        text, folded = self.head
        short = len(text) < _ENDS  # the head fills up (at the first line gathered: the block is long then)
        if short:
            self.head = ((text + other.text)[:_ENDS], (folded + other.folded)[:_ENDS])
        text, folded = self.tail
        self.tail = ((text + other.text)[-_ENDS:], (folded + other.folded)[-_ENDS:])
        for k in (1, 2):  # the head's marks, while it fills; the tail's: those still in it, and the line's
            heads, tails = self.near[k - 1]
            if short:
                heads = self._near(self.marks[k] or owns[k], 0)[0]
            if short or tails or added[k]:
                self.near[k - 1] = (heads, self._near(tails, 0)[1] + self._near(added[k], offset)[1])
        hints = self.hints
        if other.hints.paragraph_end != hints.paragraph_end or other.hints.soft_break != hints.soft_break:
            self.hints = replace(hints, paragraph_end=other.hints.paragraph_end, soft_break=other.hints.soft_break)
        return offset

    def since(self, at: int) -> str:
        """The paragraph's folded text from `at` on, joined from the pieces that hold it."""
        k = bisect_right(self.starts, at) - 1
        return "".join(self.foldeds[k:])[at - self.starts[k] :]

    def ends(self) -> Block:
        """The paragraph as its first and last `_ENDS` characters, the gaps and removed spaces there
        moved along (no question of the joins reads a paragraph's bold runs), its hints, zone and what
        stood before it as the joined block has them: what the joins ask of the paragraph so far."""
        head, tail = self.head, self.tail
        shift = len(head[0]) - (self.length - len(tail[0]))  # a place in the tail to its place here
        gaps, spaces = (heads + [g + shift for g in tails] for heads, tails in self.near)
        b = self.block
        return Block(
            head[0] + tail[0],
            gaps=gaps,
            spaces=spaces,
            blank_before=b.blank_before,
            rule_before=b.rule_before,
            page_before=b.page_before,
            hints=self.hints,
            zone=b.zone,
            folded=head[1] + tail[1],
            cells=b.cells,
            table=b.table,
            origin=b.origin,
        )

    def whole(self) -> Block:
        """The paragraph's own block with every line gathered joined to it, once, as line by line
        `Block.absorb` would have joined them (origins aside: `join_breaks` merges those)."""
        b = self.block
        bold, gaps, spaces = self.marks
        b.bold = b.bold if bold is None else bold
        b.gaps = b.gaps if gaps is None else gaps
        b.spaces = b.spaces if spaces is None else spaces
        b.set_text("".join(self.texts), "".join(self.foldeds))
        b.hints = self.hints
        return b


_MIN_INDENT_EVIDENCE = 2  # lines after a closed one, indented, that show the convention
_INDENT_SHARE = 0.8


class _IndentsOpen:
    """`indents_open_paragraphs` of the text's lines, asked at the first call and kept (a plain object: a
    `functools.cache` wrapper made each parse cost more than the rare question it saves)."""

    __slots__ = ("_body", "_known")

    def __init__(self, body: list[Block], known: bool) -> None:
        self._body = body
        self._known: bool | None = True if known else None

    def __call__(self) -> bool:
        if self._known is None:
            self._known = indents_open_paragraphs(self._body)
        return self._known


def indents_open_paragraphs(body: list[Block]) -> bool:
    """The text opens its paragraphs indented: of the lines after a line that closes its sentence
    (headings aside, which a page may set flush), nearly all are indented. Weaker than
    `indent_convention`, which also asks that lines under an open line are not (a one-line-paragraph
    copy has next to none of those): enough to read an indent as a paragraph's opening, not a text
    indenting its lines at random."""
    opened = closed = 0
    for a, b in pairwise(body):
        if a.table or b.table:
            continue
        if a.folded.rstrip()[-1:] in L.CLOSING_PUNCT and (b.hints.indent or heading_of(b) is None):
            closed += 1
            opened += b.hints.indent
    return opened >= 1 and opened >= closed * _INDENT_SHARE


def indent_convention(body: list[Block]) -> bool:
    """The text marks its paragraphs by indenting their first lines alone (`hints.indent`: 全角 spaces,
    a tab …), as a typed page or a PDF's text layer copied with its indents does: then an indented
    line opens a paragraph and a line without one under an open line carries it on. Shown where the
    lines after a line that closes its sentence (what opens a paragraph) mostly are indented,
    headings aside (a page may set them flush), and the lines under an open line of running text
    (no marker: a heading's line may end open) mostly are not: a text indented line by line, its
    wrapped lines too, shows nothing, nor does one with no indent."""
    if not any(b.hints.indent for b in body):
        return False  # most texts: no indent to ask about
    opened = closed = carried = went_on = 0
    # closed lines over a flush line of text: a paragraph's end over one that lost its indent, or a line the wrap
    # filled and hung its stop at (…全部完工。 ⏎ 目前各校…), which says nothing of the convention (struct27)
    flush: list[Block] = []
    for a, b in pairwise(body):
        if a.table or b.table:
            continue
        end = a.folded.rstrip()[-1:]
        if end in L.CLOSING_PUNCT:
            if b.hints.indent:
                closed += 1
                opened += 1
            elif heading_of(b) is None:
                flush.append(a)
        elif end and L.section_marker(a) is None:
            went_on += 1
            carried += not b.hints.indent
    if flush:
        measure = line_width(body)
        closed += sum(1 for a in flush if not _fills_measure(a, measure))
    return opened >= _MIN_INDENT_EVIDENCE and opened >= closed * _INDENT_SHARE and carried >= went_on * _INDENT_SHARE


_INDENT_WIDTH = 2  # a paragraph's first line is indented two characters (GB/T 9704: 首行缩进2字)
# A line a wrap cut reaches at least this share of the text's line width: it fills the width as it was
# set, less what the cleanup has taken out of it since (a pinyin reading, layout spaces) or a word of
# figures pushed onto the next line; a list's lead or an unmarked heading reaches a third or less.
_NEAR_FULL_SHARE = 0.6


def _reach(b: Block) -> float:
    """How far across the page `b`'s line reaches, in full-width characters: a half-width one counts
    half, and an indented first line the two characters of its indent."""
    f = b.folded.strip()
    return len(f) - len(f.encode("ascii", "ignore")) / 2 + (_INDENT_WIDTH if b.hints.indent else 0)


def line_width(lines: list[Block]) -> float:
    """The width the lines of a text that marks its paragraphs by indents reach: the reach of the
    line a quarter down from the longest (table rows aside). A wrapped paragraph's lines but its last
    fill the width, so most of the longer lines reach it; a line or two not wrapped at all (a link, a
    paragraph pasted whole) stand above it and do not move it."""
    reaches = sorted((_reach(b) for b in lines if not b.table), reverse=True)
    return reaches[len(reaches) // 4] if reaches else 0.0


def _reaches(line: Block, width: float) -> bool:
    """`line` (a paragraph's last line so far) reaches near the text's line `width`, as a line a wrap
    cut does: a short line left open (a list's lead, 先进单位名单如下; an unmarked heading) ended where
    its writer broke it, and the short lines under it are lines of their own, not its continuation."""
    return _reach(line) >= width * _NEAR_FULL_SHARE


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


def _carries_on(
    a: Block, b: Block, opening: Block | None = None, reach: float = 0.0, page_end: bool = False, hung: bool = False
) -> bool:
    """Where the text marks paragraphs by their indents (`indent_convention`), `b` without an indent
    under a paragraph `a` opened by an indent and left open carries it on (a hard wrap or a page
    end: joined, warned), where `a`'s last line reaches near the text's width (`_reaches`, asked by
    the caller); unless `b` is a heading, a date, a label's line or a contact line, or stands after a
    blank line (one at a page's foot, above its number, is the page's layout: `page_end`), or `a` is a
    heading standing alone (一、开展调查研究: its line is its title) short of the full measure `reach`
    (a numbered point the wrap cut at the measure fills it: `    一、同意实施…由一级` ⏎ `B标准提高到一级A
    标准。`, holdout24 b7e), or opened as a line whose value ends at its end (a date, a label's line:
    `opening`, `_opening`). A line ending on a stop ends its paragraph, unless its last line is one the wrap
    filled (`hung`: a wrapped line of it, or one as long as the text's width), where the wrap hung the stop
    (`…全部完工。` ⏎ `目前各校…`, `…以下措施：` ⏎ `首先，…`): the flush line under it has no indent to open one
    (struct27)."""
    end = a.folded.rstrip()
    if not (a.hints.indent and end) or a.hints.paragraph_end:
        return False
    if end[-1] in L.CLOSING_PUNCT and not (hung and not L.is_key_value(b)):
        return False  # (a label's line, 出席：…, under a closed line is its own)
    if b.blank_before and not page_end:
        return False
    if (heading_of(b) is not None and not (hung and _inline_list_line(a, b))) or _opened_as_value(opening or a):
        return False
    if heading_of(a) is not None and not has_run_in_text(a) and (not _fills_measure(a, reach) or _closed_frame(a)):
        return False
    return _may_continue(b, clause_open=True, word_cut=True, width_cut=True)


def _inline_list_line(a: Block, b: Block) -> bool:
    """`b` opens with a marker of a list running inline in a sentence: the marker before it in its family,
    written alike, stands in the paragraph `a` after its last full stop (`…三件事：1.完成古树普查；2.建立养护基金；`
    ⏎ `3.开展巡护。…`), or `b` goes on, after a member's end (；，。), with its family's next marker
    (`1.新建声屏障八公里；2.铺设…`). Under a line the wrap filled and hung its stop on (`hung` in `_carries_on`),
    in a text that indents its paragraphs, such a flush line is the wrap's: a point or a heading a page sets
    flush stands one to a line, its next number on the next (struct27's strict xfail, lifted by struct29). A
    figure after the number (`2.5万`) or before it (`21.5%`) is no marker."""
    h = heading_of(b)
    if h is None:
        return False
    f = b.folded
    marker = f[h.start : h.end].rstrip()
    previous = _previous_marker(marker, h)
    if previous is not None:
        upper = a.folded
        found = upper.rfind(previous)
        if found > max(upper.rfind("。"), 0) and _marker_alone(upper, found, previous):
            return True
    following = _following_marker(marker, h)
    if following is None:
        return False
    at = f.find(following, h.end)
    while at > 0:
        if f[at - 1] in _MEMBER_ENDS and _marker_alone(f, at, following):
            return True
        at = f.find(following, at + 1)
    return False


def _marker_alone(f: str, at: int, marker: str) -> bool:
    """The inline `marker` found at `at` in `f` is no piece of a figure: no digit right before or after it."""
    after = f[at + len(marker) : at + len(marker) + 1]
    return not f[at - 1 : at].isdigit() and not after.isdigit()


def _following_marker(marker: str, h: Heading) -> str | None:
    """The marker after `marker` in its family, written alike (`1.` → `2.`, `(1)` → `(2)`, `①` → `②`), as
    `_previous_marker` goes back; None past a family's last glyph."""
    n = L.marker_ordinal(h.group, h.number)
    if h.group in L.GLYPH_GROUPS:
        glyph = glyph_after(h.number)
        return marker.replace(h.number, glyph, 1) if glyph is not None else None
    return marker.replace(h.number, str(n + 1) if h.number.isdigit() else int_to_cn(n + 1), 1)


def _closed_frame(a: Block) -> bool:
    """`a` is a numbered `关于…` heading that closes its frame (`一、关于…整治的情况`, FRAME_CLOSE): a whole title
    however it fills the measure, so the flush paragraph under it is its text, not its continuation (diffread-A A4
    on holdout24 b7e's rule, which carries on a numbered point the wrap cut at the measure)."""
    rest = _framed_rest(a)
    return rest is not None and P.FRAME_CLOSE.search(rest) is not None


_MEASURE_SLACK = 1.0  # a wrap may leave a line one character short of the measure (a stop hung out)


def _fills_measure(line: Block, reach: float) -> bool:
    """`line` reaches the text's full measure `reach`, as only a line the wrap cut does."""
    return reach > 0 and _reach(line) >= reach - _MEASURE_SLACK


def join_cut_dates(state: State) -> None:
    """The rule: a date a narrow column cut after its month (a right-aligned 落款's `2024年6月` /
    `18日`, `二〇二四年九月` / `二十六日`) or after its year (`二〇二五年` / `七月十五日`) is one line again,
    before the trailer is looked for: a year and month alone on a line, and a day alone on the next
    (or a year alone, and its month and day on the next). So is a 文号 cut after its year's bracket
    (`某农函〔2024〕` / `36号`), before the header is looked for. Warned `page-break-joined`: a guess."""
    _join_pairs(state, _value_cut, _may_head_cut_value)


def _may_head_cut_value(a: Block) -> bool:
    """`a` ends as the head of some cut value can: its last character, its end's spaces aside, is
    one a row of `CUT_VALUES` takes, or it is a line short enough to be a cut agency code's head
    (`_CODE_HEAD_MAX`). Asked once a line instead of the pair tests of every pair: few lines of most
    documents do."""
    end = a.folded.rstrip()
    return end[-1:] in _CUT_HEAD_ENDS or 0 < len(end.lstrip()) <= _CODE_HEAD_MAX


def _value_cut(a: Block, b: Block) -> bool:
    """`b` is the rest of a date or a 文号 the width cut at the end of `a` (`CUT_VALUES`): every such
    value stands in one zone, outside chrome and tables, which is asked here once for all the tests."""
    if b.zone is not a.zone or a.zone is _CHROME or a.table or b.table:
        return False
    end = a.folded.rstrip()
    last = end[-1:]
    if any(cut(a, b) for ends, cut in CUT_VALUES if last in ends):
        return True
    return 0 < len(end.lstrip()) <= _CODE_HEAD_MAX and (_code_cut(a, b) or _label_cut(a, b))


_CODE_HEAD_MAX = 8  # the most characters of a 文号's agency code a width leaves alone on a line


def _code_cut(a: Block, b: Block) -> bool:
    """`a` the first characters of a 文号's agency code alone on a short line, `b` the rest of the
    number with a code of one character or none (`某住建` / `函〔2024〕41号`, `某环函` / `〔2024〕57号`); `a`
    is no organ's name (an issuing organ over its 文号 stays its own line) and no title's last line
    (…实施方案的通知 over 国发〔2019〕4号)."""
    if not b.folded.rstrip().endswith("号"):
        return False
    upper, rest = a.folded.strip(), b.folded.strip()
    cut = P.DOC_NO_CODE_CUT_REST.match(rest)
    if cut is None or P.DOC_NO_CODE_CUT_HEAD.match(upper) is None or L.is_organ_name(upper):
        return False
    if cut.group("code") is not None:
        return kind_suffix(upper) is None
    # cut right before its year's bracket (`某环函` / `〔2024〕57号`): the code is whole, so it ends as an
    # agency's code does (发, 函, 复, 办, 字); a bare kind over its serial (公告, 通告 ⏎ 〔2024〕第3号) or an
    # order's name (某市人民政府令) is a title, and a lone kind word (复函, 批复) is one too (review17 R3)
    return P.DOC_NO_WHOLE_CODE.match(upper) is not None and upper not in _BARE_KIND_WORDS


_BARE_KIND_WORDS = frozenset({"函", "复函", "公函", "便函", "批复", "答复", "回复", "函复"})
_YEAR_BRACKET_CLOSE = frozenset("〕])〉】")


def _doc_number_cut(a: Block, b: Block) -> bool:
    """`a` a 文号's head alone (`某农函〔2024〕`), `b` its serial alone (`36号`); or the head cut inside
    its year (`某教提复〔202` / `4〕17号`). The head may stand after its label at a line's end (an information
    row set in one line and cut at the width: `… 发文字号：某政办〔2` / `024〕12号`): the label's value is the head."""
    upper, rest = a.folded.strip(), b.folded.strip()
    if ":" in upper:
        upper = upper.rsplit(":", 1)[1].strip()  # (folded: ： is :) the last label's value
        if not upper or " " in upper:
            return False
    if upper[-1:] in _YEAR_BRACKET_CLOSE:
        return bool(P.DOC_NO_HEAD_LINE.match(upper)) and bool(P.DOC_NO_SERIAL_LINE.match(rest))
    if P.DOC_NO_SERIAL_CUT_HEAD.match(upper):  # cut inside the serial: 某政办发〔2024〕1 / 8号
        return P.DOC_NO_SERIAL_LINE.match(rest) is not None and not rest.startswith("第")
    whole = P.DOC_NO_YEAR_CUT_HEAD.match(upper) and P.DOC_NO_YEAR_CUT_REST.match(rest)
    return bool(whole) and bool(P.DOC_NO_HEAD_LINE.match(upper + rest.split("号")[0].rstrip("0123456789 第")))


_YEAR_CUT_END = frozenset("〔[(〈【0123456789")


def _serial_cut(a: Block, b: Block) -> bool:
    """`a` ends on 第 and the first digits of a serial, `b` opens with its other digits and 号 (`…提出的第02` /
    `35号提案收悉`): the width cut the number, whose digits no page or paragraph parts."""
    return P.SERIAL_CUT_REST.match(b.folded) is not None and P.SERIAL_CUT_HEAD.search(a.folded.rstrip()) is not None


def _date_cut_inside(a: Block, b: Block) -> bool:
    """`a` ends on a date's head (its year, its year and 年, or the month's figure: `全县自2024`,
    `成文日期：2024年`, `2024年6`), `b` opens with the rest of it (`年5月起…`, `06月12日`, `月18日`): a date
    (or a year and month, `P.YEAR_MONTH`) reads across the cut that neither line holds whole at its
    edge. A number before a line opening with 年 that makes no date (`共12 / 年度…`) stays apart."""
    upper, lower = a.folded.rstrip(), b.folded.lstrip()
    if lower[:1] not in _DATE_REST_FIRST:
        return False
    tail, head = upper[-_DATE_SPAN:], lower[:_DATE_SPAN]
    if P.DATE_HEAD_END.search(tail) is None or "关于" in upper:
        return False  # (a title wrapped inside its date, 关于2020年 ⏎ 2月1日…: its lines join as a title's, unwarned)
    m = P.DATE.search(tail + head) or P.YEAR_MONTH.search(tail + head)
    return m is not None and m.start() < len(tail) < m.end() and P.DATE.search(head[: m.end() - len(tail)]) is None


_DATE_SPAN = 12  # the most characters a figure date spans (2024年12月31日 is 11)
_DATE_REST_FIRST = frozenset("年月日0123456789")


def _label_cut(a: Block, b: Block) -> bool:
    """A form's label that a narrow cell set in two lines (pdfminer's text boxes of a `办理结果 | A类` box:
    `办理` / `结果`): two short pieces alone on their lines that together are a known label
    (`patterns.LABELS`, whose words are what makes them Han) while the upper one alone is none. The one
    zone outside chrome and tables is asked by `_value_cut`, the only caller."""
    upper, rest = a.folded.strip(), b.folded.strip().removesuffix(":")
    return (
        0 < len(upper) <= _LABEL_PIECE
        and 0 < len(rest) <= _LABEL_PIECE
        and upper + rest in P.LABELS
        and upper not in P.LABELS
    )


_LABEL_PIECE = 4  # the most characters of a label a narrow cell sets on one line


def _date_cut(a: Block, b: Block) -> bool:
    """`a` a year and month alone, `b` a day alone."""
    return (
        bool(line_class(a) & ENDS_MONTH)  # YEAR_MONTH_LINE ends on 月: asked of such lines only
        and bool(P.YEAR_MONTH_LINE.match(a.folded.strip()))
        and L.is_date_fragment_line(b)
    )


def _year_cut(a: Block, b: Block) -> bool:
    """`a` a year alone, `b` a month and day alone (`二〇二五年` / `七月十五日`): a right-aligned 落款's date
    the width cut after its year."""
    return P.YEAR_LINE.match(a.folded.strip()) is not None and P.MONTH_DAY_LINE.match(b.folded.strip()) is not None


def _join_pairs(
    state: State,
    cut: Callable[[Block, Block], bool],
    upper: Callable[[Block], bool] | None = None,
    past_chrome: bool = False,
) -> None:
    """Each line `b` that `cut(a, b)` says the width parted from the live line `a` above it joins
    `a` with no separator, warned `page-break-joined` (a guess); one pass, the list rebuilt only
    when something joined. `upper`, if given, says of a line alone whether `cut` can take any line
    under it (False: `cut` is not asked), as it stands when the line under it comes. `past_chrome`:
    `a` is the last line above that is not chrome (a page number and a running head may stand
    between the two pieces)."""
    kept: list[Block] = []
    joined = False
    last: Block | None = None  # the last line kept that is not chrome
    for b in state.blocks:
        a = last if past_chrome else (kept[-1] if kept else None)
        if a is not None and (upper is None or upper(a)) and cut(a, b):
            offset = a.absorb(b)
            state.warn("page-break-joined", JOINED_MESSAGE, a, offset - 1, 2)
            joined = True
            continue
        kept.append(b)
        if b.zone is not _CHROME:
            last = b
    if joined:
        state.blocks = kept


# The values a narrow column cuts in two before the header and trailer are looked for, each a test
# of the upper line `a` and the next `b`: a 落款's date after its month, a 文号 after its year.
# Each row names the last characters its upper line can end on (spaces aside), so that the lines
# no row can take are passed over by that character alone (`_may_head_cut_value`), and a test is
# asked only of a line ending on one of its row's; `_value_cut` has checked that the two lines stand
# in one zone, outside chrome and tables.
CUT_VALUES: tuple[tuple[frozenset[str], Callable[[Block, Block], bool]], ...] = (
    (frozenset("月"), _date_cut),
    (frozenset("年"), _year_cut),
    (_YEAR_BRACKET_CLOSE | _YEAR_CUT_END, _doc_number_cut),
    (frozenset("0123456789"), _serial_cut),
    (frozenset("0123456789年"), _date_cut_inside),
)
# (and `_code_cut`, a 文号 cut inside its agency code, and `_label_cut`, a form's label cut in a narrow
# cell: their upper lines are told by their length, not by their last character, which may be any)
_CUT_HEAD_ENDS = frozenset().union(*(ends for ends, _ in CUT_VALUES))

_CUT_NOTE_ZONES = frozenset((Zone.CONTACT, Zone.NOTE))
_CUT_REST_ZONES = frozenset((Zone.CONTACT, Zone.NOTE, Zone.TRAILER))
_MAX_NOTE_REST = 40


def _open_note_closed(a: Block, b: Block) -> bool:
    """A bracketed contact or 附注 note the width cut (`（联系人：詹某，联系电话：0571-870` / `34567）`): its
    bracket left open where `a` ends, and `b`, short, closes it and opens none, with no label of its
    own (a note set over two lines on purpose, `（联系人：王某` / `联系电话：…）`, stays two lines)."""
    if a.zone not in _CUT_NOTE_ZONES:
        return False
    upper, rest = a.folded.rstrip(), b.folded.strip()
    return (
        upper.count("(") > upper.count(")")
        and upper[-1:] not in L.CLOSING_PUNCT
        and 0 < len(rest) <= _MAX_NOTE_REST
        and "(" not in rest
        and ":" not in rest
        and rest.rstrip("。").endswith(")")
    )


def _phone_cut(a: Block, b: Block) -> bool:
    """A contact line ending on a phone's first digits (`联系电话：0734-8821`), and `b` its other digits
    alone (`5566`): the two pieces one phone where neither is one alone, read by the shape the contact's reading
    asks of the line's last label (`L.phone_cut`, `fields.contact.phone_shape_at_end`: any five figures opening on
    12 under a phone label, 值班电话：0797- ⏎ 12110, not only the 123xx hotlines)."""
    return a.zone is Zone.CONTACT and L.phone_cut(a.folded, b.folded)


# The trailer's lines a width cuts in two, each a test of the upper line `a` and the next `b`.
TRAILER_CUTS = (_open_note_closed, _phone_cut)


def join_cut_trailer_lines(state: State) -> None:
    """The rule: a trailer line the page width cut is one line again (`TRAILER_CUTS`: a bracketed
    contact note left open, `（联系人：…0571-870` / `34567）`, whose phone cut in two is no phone).
    Joined with no separator, warned `page-break-joined`: a guess."""
    _join_pairs(state, _trailer_cut, past_chrome=True)


def _trailer_cut(a: Block, b: Block) -> bool:
    """`b`, a trailer line outside tables, is the rest of `a` by one of `TRAILER_CUTS`."""
    return b.zone in _CUT_REST_ZONES and not (a.table or b.table) and any(cut(a, b) for cut in TRAILER_CUTS)


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


def _width_cut(
    a: Block | None, width: int, last_line: Block | None, page_end: bool, opening: Block | None = None
) -> bool:
    """The live block `a` ends on a line (`last_line`, or `a` itself) the width of a hard-wrapped text
    filled, or a page end cut, inside a word of a sentence: what opens the next line is that
    sentence's, even the next part's marker (…并计划在今年 / 二、三季度…). A line ending on a comma
    before the next part's marker is a part that ended loosely punctuated (…并配备巡回医疗车， / - 2 - /
    二、三级医院对口帮扶方面，…): the next part there stays one."""
    if a is None or not (width > 0 or page_end):
        return False
    end = a.folded.rstrip()
    if not _ideograph(end[-1:]):
        return False
    line = len((last_line or a).folded.strip())
    return _cut_in_sentence(a, end, page_end or line >= width - _WIDTH_SLACK, opening)


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


def assemble(state: State) -> None:
    """Document.text: the live blocks, one `\\n` between blocks; each block learns its offset. The
    zones are settled from here (`State.settle`), the same walk filing each block under its zone."""
    parts: list[str] = []
    pos = 0
    zone_at: dict[Zone, list[int]] = {}
    zone: Zone | None = None
    places: list[int] = []
    for i, b in enumerate(state.blocks):
        if b.zone is not zone:  # lines come in runs of a zone: the run's list is looked up once
            zone = b.zone
            places = zone_at.setdefault(zone, [])
        places.append(i)
        if zone is _CHROME:
            continue
        if parts:
            pos += 1
        b.start = pos
        parts.append(b.text)
        pos += len(b.text)
    state.text = "\n".join(parts)
    state.settle(zone_at)
