"""Rows of a page's furniture among the text: a bare page number between two lines (`_bare_page_numbers`), dated
rows inside an information table, a note's properties, a year alone over its day. Split out of
cleanup/furniture.py (session 30), a pure move.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.metadata import is_label
from govdoc.rules.cleanup.chrome_base import _CHROME, _SENTENCE_MARKS, _UNSET
from govdoc.rules.lines import (
    is_contact_line,
    is_date_line,
    is_organ_line,
    is_title_like,
    section_marker,
)
from govdoc.state import Block, Zone

_MAX_BARE_PAGE = 3


def _bare_page_numbers(blocks: list[Block], figures: list[int]) -> None:
    """A page number a text export left as a bare figure on a line of its own (`3`) after a line of
    running text and before more text, a heading or the 落款's organ, after a heading and before
    text (一是…； ⏎ 3 ⏎ 二是…。), or between the 落款's organ and its date: where it stands a page
    ended, as for `- 3 -`. A figure beside a line of no sentence or a label (区人大四次会议 ⏎ 30 ⏎
    建议人：) is data and stays. `figures`: the lines, in
    order, that are a bare figure of up to five characters."""
    last_page = 0  # the last page number taken
    seen = _LinesAbove(blocks)
    for i in figures:
        b = blocks[i]
        digits = b.folded.strip()
        if not (digits.isascii() and len(digits) <= _MAX_BARE_PAGE and digits[0] != "0") or b.table:
            continue
        if i == len(blocks) - 1 and i > 0 and last_page and int(digits) == last_page + 1:
            b.zone = _CHROME  # the last page's number closing the text, the next of those taken
            continue
        if not 0 < i < len(blocks) - 1:
            continue
        above, below = blocks[i - 1], blocks[i + 1]
        if any(n.zone is not Zone.UNSET or n.table for n in (above, below)):
            continue
        if _takes_a_figure(above.folded, below.folded):
            continue  # the text goes on with the figure (总数为： ⏎ 300, 总数为 ⏎ 300 ⏎ 个…): data
        # a page ended inside the text, before a heading or the 落款, or after a heading; a figure
        # between two headings (一、站点数量 ⏎ 12 ⏎ 二、…) is the first one's value; or a page ended
        # after its text and the next opens with its running head, a copy of a line above
        after_text = _running_text(above) and (
            _running_text(below)
            or section_marker(below) is not None
            or is_organ_line(below)
            or _repeats_a_line_above(blocks, i + 1, seen)
        )
        # or a page ended inside the 落款, between the signing organ and its date, or between a contact
        # label and its value (联系电话： ⏎ 3 ⏎ 0551-62345678: no phone is a lone figure of a page's length)
        in_signature = (is_organ_line(above) and is_date_line(below) and _closes_the_body(blocks, i)) or (
            _label_over_its_phone(above, below)
        )
        if not (after_text or in_signature or (section_marker(above) is not None and _running_text(below))):
            continue
        b.zone = _CHROME
        below.page_before = True
        last_page = int(digits)


_MAX_RUNNING_HEAD = 40


class _LinesAbove:
    """Each line's text (folded, stripped) at the first place it stands, filled down the document as
    far as asked: a question about the lines above place after place down the text walks it once
    in all (a search above each bare figure walked it once per figure)."""

    __slots__ = ("_blocks", "_first", "_upto")

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._first: dict[str, int] = {}
        self._upto = 0  # the lines above this place are filed

    def holds(self, f: str, at: int) -> bool:
        """A line above place `at` reads `f`."""
        first, blocks = self._first, self._blocks
        while self._upto < at:
            first.setdefault(blocks[self._upto].folded.strip(), self._upto)
            self._upto += 1
        return first.get(f, at) < at


def _repeats_a_line_above(blocks: list[Block], at: int, seen: _LinesAbove) -> bool:
    """The line at `at` is a page's running head: a short line of no sentence (the title, the organ
    and the kind of document) that stands word for word earlier in the text, at a page's top."""
    f = blocks[at].folded.strip()
    if not 4 <= len(f) <= _MAX_RUNNING_HEAD or any(c in f for c in "。,;:") or section_marker(blocks[at]):
        return False
    return seen.holds(f, at)


def _label_over_its_phone(above: Block, below: Block) -> bool:
    """`above` is a contact label left waiting for its value (`联系电话：`, `电话：`) and `below` is that value,
    a whole phone number on a line of its own (review24 R6): a bare figure between them is no value of the
    label's but the number of the page that ended there."""
    f = below.folded.strip()
    m = P.PHONE.match(f) if f[:1].isdigit() or f[:1] == "(" else None
    return m is not None and m.end() == len(f) and above.folded.rstrip().endswith(":") and is_contact_line(above)


def _takes_a_figure(above: str, below: str) -> bool:
    """The text goes on with a figure standing between `above` and `below`: the line above ends on
    a word a count follows (总数为, 共有, 增加), and then a colon or a unit under the figure (个，…).
    A page break falls anywhere, so a colon (…提出如下要求： ⏎ 3 ⏎ 一是…) or a unit opening a
    word (…切实保障 ⏎ 3 ⏎ 人民群众…) alone says nothing."""
    end = above.rstrip()
    colon = end.endswith(":")
    if not colon and below.lstrip()[:1] not in P.FIGURE_UNIT_FIRST:
        return False
    return end.rstrip(":")[-1:] in P.FIGURE_TAKER_LAST


_SIGNERS_REACH = 4  # the organ lines a joint 落款 stacks over its date


def _closes_the_body(blocks: list[Block], i: int) -> bool:
    """The figure at `i` stands between the document's 落款's organ and its date: the organ lines over it
    follow a sentence's end (…支持。, 此复。), not a lead-in (情况如下：) or a table's labels, and no other
    organ and date stand after that date. A table flattened one cell a line (承办单位 ⏎ 件数 ⏎ 答复日期 ⏎
    某局 ⏎ 3 ⏎ 2024年5月6日) has the same three lines, its figure a count (diffread-A A1)."""
    top = i - 1
    while top > 0 and i - top <= _SIGNERS_REACH and is_organ_line(blocks[top - 1]):
        top -= 1
    if top == 0 or blocks[top - 1].folded.rstrip()[-1:] not in _SENTENCE_END:
        return False
    return not any(is_date_line(blocks[k]) and is_organ_line(blocks[k - 1]) for k in range(i + 3, len(blocks)))


_SENTENCE_END = frozenset("。!?")


def _running_text(b: Block) -> bool:
    """A line of running text beside a page break: a sentence mark or comma in it, and no label before a
    colon (`_running_line`'s marks; its zone is not asked, the break's neighbours are not chrome yet)."""
    f = b.folded
    return not _SENTENCE_MARKS.isdisjoint(f) and not P.KEY_VALUE.match(f)


def _dated_rows_inside_a_table(blocks: list[Block], dated: list[int]) -> None:
    """A dated publishing line (`发布时间：2024-07-02`) between two rows of an information table, or
    closing one of two rows or more right above the title, or of one that opens the text
    (`- 公文种类：其他` / `- 发布日期：2021-12-22 17:45` / the title), is a row of that table (its
    metadata), not the page's byline, which stands under the headline (a reader may have dropped the
    headline itself): it goes back into the text.
    `dated`: the chrome lines, in order, opening as such a line does."""
    for i in dated:
        b = blocks[i]
        if (
            0 < i < len(blocks) - 1
            and b.zone is _CHROME
            and P.DATED_TABLE_ROW.match(b.folded.strip())
            and _table_row(blocks[i - 1])
            and (_table_row(blocks[i + 1]) or (_under_rows_or_top(blocks, i - 1) and _opens_title(blocks[i + 1])))
        ):
            b.zone = Zone.UNSET


def _note_properties(blocks: list[Block], dated: list[int]) -> None:
    """A chrome 更新时间 line inside a note app's properties block (`patterns.NOTE_PROPERTY_LINE` lines from
    the text's very top, one of them 创建时间 or 作者: NOTE_PROPERTY_OWN) goes back into the text: the note's
    property, read as a metadata pair beside the others (contract20 item 6), never left unsaid. A portal's
    更新时间 under its headline stands below a title, no property line, and stays the page's byline.
    `dated`: the chrome lines opening as a dated row does (更新时间 among them)."""
    for i in dated:
        if blocks[i].zone is not _CHROME or not blocks[i].folded.startswith("更新"):
            continue
        top = i
        while top > 0 and _property_line(blocks[top - 1]):
            top -= 1
        if any(b.folded.strip() for b in blocks[:top]):
            continue  # not at the text's very top: a title or other text stands above
        end = i + 1
        while end < len(blocks) and _property_line(blocks[end]):
            end += 1
        if any(P.NOTE_PROPERTY_OWN.match(b.folded) for b in blocks[top:end]):
            blocks[i].zone = Zone.UNSET


def _property_line(b: Block) -> bool:
    return P.NOTE_PROPERTY_LINE.match(b.folded.strip()) is not None


def _under_rows_or_top(blocks: list[Block], row: int) -> bool:
    """The table row at `row` stands under another row, or opens the text: a table of two rows
    (`发布机构：…` / `发布日期：…` / the title) with nothing above it, where a byline stands under the
    page's headline or its other chrome (来源：…, whose line over one row keeps the dated line a byline)."""
    return row == 0 or _table_row(blocks[row - 1])


def _years_over_their_day(blocks: list[Block], years: list[int]) -> None:
    """A year alone (`2025年`, a site's date widget as chrome) right over a month and day alone (`7月15日`)
    is the head of a date the width cut after its year (a right-aligned 落款's): it goes back into the
    text, for `joins.join_cut_dates` to join. `years`: the chrome lines, in order, opening as a year does."""
    for i in years:
        if (
            i + 1 < len(blocks)
            and blocks[i + 1].zone is _UNSET
            and P.YEAR_LINE.match(blocks[i].folded.strip())
            and P.MONTH_DAY_LINE.match(blocks[i + 1].folded.strip())
        ):
            blocks[i].zone = _UNSET


def _opens_title(b: Block) -> bool:
    """The line can open the document's title (short, no sentence stop, no label): a dated row
    right above it closes the table, where a byline stands under the headline instead."""
    return b.zone is not _CHROME and is_title_like(b)


def _table_row(b: Block) -> bool:
    """A 键：值 line under a label of the information table, not itself chrome."""
    f = b.folded
    return b.zone is not _CHROME and ":" in f and is_label(f.split(":", 1)[0])
