"""Whether a line goes on in the line under it (`continues`): the pair questions `join_breaks` asks of two lines,
the ends of a sentence, a cut word, a closing formula, a hyphen's wrap. Split out of rules/joins.py (session
30), a pure move.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from govdoc import patterns as P
from govdoc.blocks import SPLIT_PART
from govdoc.rules import lines as L
from govdoc.rules.contents import is_contents_heading
from govdoc.rules.join_lines import (
    _CLAUSE_END,
    _CLAUSE_MARKS,
    _CONTINUING_END,
    _INNER_CLOSERS,
    _NEAR_FULL_LINE,
    _SENTENCE_MARKS,
    _SENTENCE_STOPS,
    _WIDTH_SLACK,
    _aligned_row,
    _document_title,
    _formula_alone,
    _ideograph,
    _may_continue,
    _opened_as_value,
    _spaced_apart,
)
from govdoc.rules.join_lists import _inline_list_cut, _inline_list_line, _list_cut, _list_goes_on
from govdoc.rules.join_measure import _fills_measure
from govdoc.rules.join_titles import _bare_heading, _bracket_tail, _closed_frame, _framed_heading, _heading_cut
from govdoc.rules.lines.classify import (
    CONTINUING,
    ENDS_CLOSED,
    ENDS_MARKER,
    ENUM_OPEN,
    MEETING_OPEN,
    SECTION_OPEN,
    SPACED_NUMERAL,
    line_class,
)
from govdoc.rules.sections import has_run_in_text, heading_of, without_asides
from govdoc.state import Block

if TYPE_CHECKING:
    from govdoc.rules.joins import _Grown


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


def _omission_after_stop(end: str, b: Block) -> bool:
    """`b` opens with an ellipsis (……（略）, …… alone) under a line that ends its sentence (`end`, the
    upper line's folded text): a copy's mark of what it left out, a line of its own, not the leader
    dots or the trailing words of the sentence above (which ends on no stop)."""
    return end[-1:] in L.SENTENCE_STOP and b.folded.lstrip()[:1] == "…"  # (folded: ！ ？ are ! ?)


def _marker_cut(end: str, b: Block) -> bool:
    """The break falls inside an enumeration marker: `…其` / `一，…`, `…第` / `二，…` (`end`: the upper
    line's folded text, its end's spaces aside)."""
    tail = end[-1:]
    if tail not in ("其", "第"):
        return False
    m = P.ENUM_MARKER.match(tail + b.folded[:6])
    return m is not None and m.start("m") == 0


def _schedule_row(b: Block) -> bool:
    """`b` opens with an agenda's time cell (`patterns.CLOCK_ROW`: 8:30, 9:00—9:20) before its text."""
    head = b.folded[:1]
    return (head.isdigit() or head == " ") and P.CLOCK_ROW.match(b.folded) is not None


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
