"""Values a narrow column or the page width cut in two, joined before the header and trailer are looked for: a
落款's date after its month or year, a 文号 after its year's bracket or inside its agency code, a form's label
(`join_cut_dates`, `CUT_VALUES`), and the trailer's lines (`join_cut_trailer_lines`, `TRAILER_CUTS`).
Split out of rules/joins.py (session 30), a pure move.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix
from govdoc.rules import lines as L
from govdoc.rules.join_lines import _CHROME, JOINED_MESSAGE
from govdoc.rules.lines.classify import (
    ENDS_MONTH,
    line_class,
)
from govdoc.state import Block, State, Zone

_ZONE = attrgetter("zone")


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
    heads: Callable[[list[Block]], list[int]] | None = None,
) -> None:
    """Each line `b` that `cut(a, b)` says the width parted from the live line `a` above it joins
    `a` with no separator, warned `page-break-joined` (a guess); one pass, the list rebuilt only
    when something joined. `upper`, if given, says of a line alone whether `cut` can take any line
    under it (False: `cut` is not asked), as it stands when the line under it comes. `past_chrome`:
    `a` is the last line above that is not chrome (a page number and a running head may stand
    between the two pieces).

    `heads`, if given, says where the lines stand that can be `a` at all (a necessary condition of
    `upper` and `cut`, read off the lines by a look-up each, no call): only the pairs they open are asked
    first, and the walk of every line is made only where one of them joins (session 32:
    `join_cut_trailer_lines` joins nothing in most documents, and its walk of every pair was most of its
    cost). A date's or a 文号's head is told by its last character or its length (`_may_head_cut_value`):
    a comprehension asking that of every line cost more than the walk it saved (measured), so
    `join_cut_dates` walks."""
    if heads is not None and not _some_pair_joins(state.blocks, heads(state.blocks), cut, upper, past_chrome):
        return  # no pair the heads open joins, and no other pair can: the walk below would change nothing
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


def _some_pair_joins(
    blocks: list[Block],
    at: list[int],
    cut: Callable[[Block, Block], bool],
    upper: Callable[[Block], bool] | None,
    past_chrome: bool,
) -> bool:
    """Whether a pair `_join_pairs`'s walk meets before its first join, opened by a line at one of `at`,
    joins: the pairs as that walk makes them while nothing has joined (`a` the line above `b`, or with
    `past_chrome` the last line above that is not chrome, so a line is `a` to every chrome line under it
    and to the next line that is none). `cut` and `upper` read the two lines only: asked twice where one
    joins (here, then in the walk), they say the same."""
    n = len(blocks)
    for i in at:
        a = blocks[i]
        if past_chrome and a.zone is _CHROME:
            continue  # a chrome line is never the walk's `a` past the chrome
        if upper is not None and not upper(a):
            continue
        j = i + 1
        while j < n:
            b = blocks[j]
            if cut(a, b):
                return True
            if not past_chrome or b.zone is not _CHROME:
                break
            j += 1
    return False


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
    _join_pairs(state, _trailer_cut, past_chrome=True, heads=_note_heads)


def _note_heads(blocks: list[Block]) -> list[int]:
    """Where the contact and 附注 lines stand: every cut of `TRAILER_CUTS` opens on one (`_open_note_closed`,
    `_phone_cut`), so `_join_pairs` asks only the pairs they open (a look-up per line, no call)."""
    return [i for i, zone in enumerate(map(_ZONE, blocks)) if zone in _CUT_NOTE_ZONES]


def _trailer_cut(a: Block, b: Block) -> bool:
    """`b`, a trailer line outside tables, is the rest of `a` by one of `TRAILER_CUTS`."""
    return b.zone in _CUT_REST_ZONES and not (a.table or b.table) and any(cut(a, b) for cut in TRAILER_CUTS)
