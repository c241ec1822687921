"""The per-line cache and the classes every zone asks: markers, prose, 键：值 rows, organ lines.

`per_line` keeps a predicate's answer on the block (`Block.known`) until `Block.set_text`
changes the text; the other modules of this package build their classes on it and on the
shared answers here (the marker a line opens with, whether it is running text or an organ's
name).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import TypeVar

import regex

from govdoc import patterns as P
from govdoc.first_chars import alternatives
from govdoc.numerals import circled_to_int, cn_to_int
from govdoc.rules.lines.classify import (
    EMPTY,
    ENDS_CLOSED,
    ENUM_OPEN,
    OPENS_PLAN,
    OPENS_TITLE,
    SECTION_OPEN,
    first_class,
    line_class,
)
from govdoc.rules.lines.guards import Opening
from govdoc.state import Block

T = TypeVar("T")
LineClass = Callable[[Block], T]  # what a line is, by one question of it


def per_line(fn: Callable[[Block], T]) -> Callable[[Block], T]:
    """A predicate of a line's text, answered once per block while its text stays the same.

    The zoning rules ask the same questions about the same lines (is it a date, an organ, a
    contact line?) from several places. The answer is kept on the block (`Block.known`), which
    `Block.set_text` empties, so an edited line is asked again, and nothing is kept beyond the
    document's own blocks.
    """

    def of_line(b: Block) -> T:
        """The predicate's answer kept on the block, asked anew once the block's text changes."""
        known = b.known
        if known is not None and of_line in known:
            value: T = known[of_line]
            return value
        value = fn(b)
        known = b.known  # the predicate may have asked others of the line, which made the store
        if known is None:
            b.known = {of_line: value}
        else:
            known[of_line] = value
        return value

    functools.update_wrapper(of_line, fn)
    return of_line


def per_line_where(
    may: Callable[[Block], bool], otherwise: T
) -> Callable[[Callable[[Block], T]], Callable[[Block], T]]:
    """`per_line` for a class most lines cannot have: a line `may` says no to is answered `otherwise`
    at once, without the store (which costs more than the test); an answer kept is read first, so a
    line asked again by several rules pays no test."""

    def decorate(fn: LineClass[T]) -> LineClass[T]:
        def of_line(b: Block) -> T:
            """The predicate's answer kept on the block, or `otherwise` where the line cannot have the class."""
            known = b.known
            if known is not None and of_line in known:
                value: T = known[of_line]
                return value
            if not may(b):
                return otherwise
            value = fn(b)
            known = b.known
            if known is None:
                b.known = {of_line: value}
            else:
                known[of_line] = value
            return value

        functools.update_wrapper(of_line, fn)
        return of_line

    return decorate


def section_marker(b: Block) -> regex.Match[str] | None:
    """The section marker the line opens with (`patterns.SECTION_MARKER` at its start), or None:
    the sections, the joins, the title and trailer tests all ask it of the same lines.

    A line whose first character opens no marker (most running text: its class says so) is
    answered without the pattern or the per-line store; the others once per line."""
    bits = b.cls
    if bits < 0:
        bits = line_class(b)
    return _section_marker(b) if bits & SECTION_OPEN else None


@per_line
def _section_marker(b: Block) -> regex.Match[str] | None:
    return P.SECTION_MARKER.match(b.folded)


def opens_as_title(b: Block) -> bool:
    """The line opens as a title does (`patterns.TITLE_OPENER`: 关于…, 对…, 《…): the header's climb over the
    title's lines, the issuer's and the 主送's tests ask it of the same lines, answered by the line's class
    (`OPENS_TITLE`, read off the pattern) where it opens otherwise."""
    bits = b.cls
    return bool((bits if bits >= 0 else line_class(b)) & OPENS_TITLE) and P.TITLE_OPENER.match(b.folded) is not None


def opens_plan(text: str) -> bool:
    """`patterns.PLAN_OPENER` matches at the start of `text` (下一步, 今后, 接下来 …, up to two spaces
    before): asked of a sentence or a line only where its first character may open it (the class of
    that character, `OPENS_PLAN`, read off the pattern)."""
    return bool(first_class(text[:1]) & OPENS_PLAN) and P.PLAN_OPENER.match(text) is not None


def enum_at_start(text: str) -> regex.Match[str] | None:
    """`patterns.ENUM_MARKER` matched at the start of a string (not a block's line, which `enum_marker`
    keeps): answered by the class of its first character past up to two spaces (`ENUM_OPEN`), as the
    line's own is, where it opens no member (an organ's name, mostly)."""
    return P.ENUM_MARKER.match(text) if first_class(text.lstrip(" ")[:1]) & ENUM_OPEN else None


_NUMERAL_LIST = Opening(P.NUMERAL_LIST)  # its numerals open it (rules/lines/guards.py)


def numeral_list_at(folded: str, pos: int) -> regex.Match[str] | None:
    """`patterns.NUMERAL_LIST` matched at `pos` (a marker's number and the next one counting something:
    一、二期工程): asked after most headings' markers, where a numeral rarely stands."""
    return _NUMERAL_LIST.match(folded, pos)


def marker_at(folded: str, pos: int = 0) -> regex.Match[str] | None:
    """`patterns.SECTION_MARKER` matched at `pos` of a string (not a block's whole line, which
    `section_marker` keeps): asked of many a line that opens with no marker (感谢…, 某区…, a trailer's
    organ), answered by its first character without the pattern (~0.6 µs a failing call)."""
    return P.SECTION_MARKER.match(folded, pos) if first_class(folded[pos : pos + 1]) & SECTION_OPEN else None


# The marker families whose number is one glyph (①, ⑴, ⒈, ㈠): read by its code point, not as a numeral.
GLYPH_GROUPS = frozenset({"circled", "cn_paren_glyph", "num_paren_glyph", "num_glyph"})


def marker_ordinal(group: str, number: str) -> int:
    """The ordinal of a section marker's number (`SECTION_MARKER`'s `<group>_n`: 二 → 2, ③ → 3, 12 → 12),
    0 when it reads as none: the sections, the joins, the answer's turn and the flattened-text clean-up
    all ask it of the same markers."""
    return (circled_to_int(number) if group in GLYPH_GROUPS else cn_to_int(number)) or 0


def closing_strong(folded: str) -> bool:
    """`patterns.CLOSING_STRONG` matches at the start of a folded string (感谢您的关心, 特此答复): asked
    mostly of organ lines and names (某区发展和改革委员会), which hold none of the characters its
    formulas open with, and answered for them by one class search instead of the pattern, whose
    optional lead (…代表，) and forty-odd formulas cost about 5 µs a failing line."""
    return _MAY_CLOSE_STRONG.search(folded) is not None and P.CLOSING_STRONG.match(folded) is not None


_MAY_CLOSE_STRONG = re.compile("[" + P.CLOSING_STRONG_CHARS + "]")


def enum_marker(b: Block) -> regex.Match[str] | None:
    """The enumeration marker (一是, 其一, 首先 …) the line opens with, or None; asked by several rules.
    As for `section_marker`, a line opening with none of its first characters is answered at once."""
    bits = b.cls
    if bits < 0:
        bits = line_class(b)  # its first character past any spaces (up to two may stand before the marker)
    return _enum_marker(b) if bits & ENUM_OPEN else None


@per_line
def _enum_marker(b: Block) -> regex.Match[str] | None:
    return P.ENUM_MARKER.match(b.folded)


@per_line
def is_prose(b: Block) -> bool:
    """A line of running text or a heading: what a body has and a trailer or information table has not."""
    f = b.folded
    # one `in` scan a mark: a set's isdisjoint would hash every character, a generator costs more than the scans
    return "。" in f or "," in f or ";" in f or "!" in f or "?" in f or bool(section_marker(b)) or bool(enum_marker(b))


def ends_open(b: Block) -> bool:
    """The block ends mid-sentence (no closing punctuation), as a page-break split does: read off
    the line's class (not empty, not ENDS_CLOSED)."""
    bits = b.cls
    if bits < 0:
        bits = line_class(b)
    return not bits & (ENDS_CLOSED | EMPTY)


INNER_STOP = regex.compile(r"[。!?;]")
SENTENCE_STOP = frozenset("。!?")
# The marks that part a sentence's clauses, in both widths (a block's text keeps the width it was written in, its
# folded copy the half one): a line holding one is a sentence's words, no name, page band or running head
# (rules.cleanup.furniture, rules.cleanup.print_bands, rules.running_heads share it; review29 R1)
CLAUSE_MARKS = frozenset("，,；;。：:！？!?、")
CELL_EDGE = " \t|"  # a table cell's edge a web copy left at a line's end (…2019年7月18日 |)


@per_line
def is_key_value(b: Block) -> bool:
    """A labelled 键：值 line (a known label, or any label with a value), or a label-table row."""
    if ":" not in b.folded:
        return is_label_row(b)
    m = P.KEY_VALUE.match(b.folded)
    if m is not None and m.group("key").endswith(P.LEAD_IN_KEY_ENDS):
        return is_label_row(b)  # a sentence's lead-in (现将有关情况答复如下：今年…), no label
    return (m is not None and (m.group("key") in P.LABELS or bool(m.group("value").strip()))) or is_label_row(b)


def is_glued_label_row(b: Block) -> bool:
    """Opens with a label of the table glued to its value (`发文机关行署办公室`): a row only among rows."""
    return bool(P.GLUED_LABEL.match(b.folded))


def is_label_row(b: Block) -> bool:
    """A row of a label table: it opens with a label of the table (spaced, bracketed, or before a cell's edge).
    A label ends at one of `patterns.LABEL_END_CHARS`: a line holding none (a title) is not asked."""
    f = b.folded
    return (":" in f or " " in f or "\t" in f or "]" in f or "】" in f) and bool(P.LABEL_AT.match(f))


def is_pipe_table(b: Block) -> bool:
    """A row of a table a web copy flattened into text with `|` between its cells."""
    return b.folded.count("|") >= 2


@per_line
def spaced_cells(b: Block) -> int:
    """How many cells a row of a table laid out with spaces has (`序号 任务 牵头单位`, `1 清淤 交通局`):
    the parts between the spaces or tabs the text keeps, the spaces removed between CJK characters
    and the layout's wide gaps. 0 for a line of running text (a sentence mark) or with a part too
    long for a cell. Rules ask it only of a few lines (one that opens with a marker)."""
    return len(row_cells(b))


def row_cells(b: Block, longest: int = 0) -> list[str]:
    """The cells of a row laid out with spaces, as `spaced_cells` counts them; [] for running text or a cell
    over `longest` characters (a table's cell, `_MAX_CELL`, unless the caller asks of cells that may be longer:
    an organ's name beside its date, `ORGAN_CELL`)."""
    f = b.folded
    if _SENTENCE_MARKS.search(f):
        return []
    cuts = sorted({0, *b.spaces, *b.gaps, len(f)})
    cells = [c for lo, hi in itertools.pairwise(cuts) for c in _CELL_SPLIT.split(f[lo:hi]) if c]
    most = longest or _MAX_CELL
    return cells if all(len(c) <= most for c in cells) else []


_SENTENCE_MARKS = regex.compile(r"[。,;:!?]")
_CELL_SPLIT = regex.compile(r"[ \t]+")
_MAX_CELL = 16
ORGAN_CELL = 40  # the longest organ's name a 落款 row's cell holds (中共某市委全面深化改革委员会办公室: 18, and longer)


# A stop, quote, tab or cell edge, or a breadcrumb's step (某省人民政府门户网站 > 省政府部门 > 省民政厅, a
# site's navigation ending on an organ's name: holdout23 b6d): none stands in an organ's name. Searched with
# stdlib `re`: a set's isdisjoint hashes every character of the line (about four times the search on a
# 20-character line).
_NOT_IN_ORGAN = re.compile("[。,;:!?《》“”\t|>»›]")


_PERSON_LINE = 24  # a post (国务院副总理, 领衔代表), a colon, a gap and a name
_POST_ENDS = frozenset("长任理席表")  # the last character of each post `patterns.SIGNING_PERSON` names


def signing_person(b: Block, over: Block | None = None) -> regex.Match[str] | None:
    """A 落款 line of a post and a person's name (市长　张某某, 领衔代表：李某某; schema 1.9's
    `signature.persons`), matched on the folded line stripped of its edges; None for any other line, an
    organ's name among them (市长热线办公室 is an office, no 市长 named 热线办公室), and a post's word after
    the post (市长信箱, 主任科员, 局长留言板: `_a_persons_name`). A 落款 sets the name off from the post (市长　张某某,
    a space, a gap or a colon: GB/T 9704 leaves two characters' room before the 签名章); written solid, the
    line is a person only where the name opens with a common surname (县长王建国, 局长张伟: `P.COMMON_SURNAMES`)
    or a compound one, and otherwise a column's or a box's name (市长有约, 区长连线, 县长面对面): no table of
    such words can be whole, and a rare surname's character opens many of them. A name parted by `·`
    (买买提·艾力) is a person's written solid too: no column's name holds one. And a line standing in the 落款
    under its organ's line (or another person's), `over`, is a person written solid whatever the surname
    (某某县人民政府 ⏎ 县长闵建华 ⏎ date): no column's name stands there, and refused, the line co-signed as an
    organ (diffread-A A2). Asked only of a short line holding a post's last character."""
    f = b.folded
    if len(f) > _PERSON_LINE or _POST_ENDS.isdisjoint(f):
        return None
    lead = len(f) - len(f.lstrip())
    m = P.SIGNING_PERSON.match(f.strip())
    if m is None or not _a_persons_name(m.group("name")) or is_organ_line(b):
        return None
    name = m.group("name")
    solid_name = name[:1] in P.COMMON_SURNAMES or name[:2] in P.COMPOUND_SURNAMES or "·" in name
    if solid_name or _set_off(b, lead + m.end("post"), lead + m.start("name")):
        return m
    return m if over is not None and (is_organ_line(over) or signing_person(over) is not None) else None


def _set_off(b: Block, post_end: int, name_start: int) -> bool:
    """Something parts the post from the name: a colon or a space the folded line still holds, or a space or
    gap the layout rule took out right there (`Block.spaces`, `Block.gaps`)."""
    return post_end < name_start or post_end in b.spaces or post_end in b.gaps


def _a_persons_name(name: str) -> bool:
    """`name` (after a post in the 落款, ending in no post's word: `P.SIGNING_PERSON`'s lookbehind) names a
    person: it opens with a surname (`P.SURNAMES`, or a compound one) or is parted by `·`, or, a name
    without a Han surname (买买提明), no post's word opens it either (`P.NOT_A_NAME_OPEN`: 科员, 批示,
    留言板, 直通车 are the post's duty or column, no one's name)."""
    return (
        name[:1] in P.SURNAMES
        or name[:2] in P.COMPOUND_SURNAMES
        or "·" in name
        or P.NOT_A_NAME_OPEN.match(name) is None
    )


@per_line
def is_organ_line(b: Block) -> bool:
    """A line that is only an organ's name (署名, 发文机关): short, no punctuation, organ suffix; or a
    table row whose cells with text are each an organ's name (a joint 落款 laid out in a table).
    Answered once per line: the header, the 落款, the lines after it and the 版记 all ask it."""
    if b.cells is not None:
        return _organ_cells(b) is not None
    f = b.folded
    if "&" in f:  # an entity's debris (&nbsp;) holds its & (ENTITY_DEBRIS): most lines have none to take off
        f = P.ENTITY_DEBRIS.sub("", f)
    f = f.strip(CELL_EDGE)
    if f.endswith(P.SEAL_CLOSERS):  # the seal's and the role's notes end in a bracket (SEAL_AFTER, ROLE_AFTER)
        f = P.SEAL_AFTER.sub("", f)
        if f.endswith(")"):
            f = P.ROLE_AFTER.sub("", f)  # 某局（牵头单位）: a joint 落款's note of the organ's role
    if not 2 <= len(f) <= 40 or _NOT_IN_ORGAN.search(f):
        return False
    # the name's ending first (is_organ_name reads the last character before any pattern), then
    # what else the line may be
    if not is_organ_name(f) or is_label_row(b):
        return False
    return not (closing_strong(f) or marker_at(f) or enum_at_start(f))


@per_line
def spokesman_organ_end(b: Block) -> int:
    """Where the organ's name ends on a line naming the organ's spokesman (南湖街道办发言人,
    某市某局新闻发言人), or 0: a hotline's or a message board's sign-off is its 落款, and the organ
    written before 发言人 is the one that signs."""
    return 0 if b.cells is not None else spokesman_end(b.folded)


def spokesman_end(folded: str) -> int:
    """Where the organ's name ends in a folded text that names the organ's spokesman and nothing else
    (edge spaces aside), or 0; the 落款's organs are read so on a line with the date beside them too."""
    f = folded.strip(CELL_EDGE)
    if not f.endswith("发言人"):
        return 0
    m = P.SPOKESMAN_LINE.match(f)
    if m is None or not is_organ_name(m.group("organ")):
        return 0
    return len(folded) - len(folded.lstrip(CELL_EDGE)) + m.end("organ")


_MAX_ORGAN_CELLS = 4


def _organ_cells(b: Block) -> list[str] | None:
    """The cells of a table row that are each an organ's name and nothing else, or None."""
    filled = [c.strip(" ") for c in b.folded.split("\t") if c.strip(" ")]
    if not 1 <= len(filled) <= _MAX_ORGAN_CELLS:
        return None
    for f in filled:
        if not 2 <= len(f) <= 40 or _NOT_IN_ORGAN.search(f) or not is_organ_name(f):
            return None
        if marker_at(f) or P.ENUM_MARKER.match(f):
            return None
    return filled


def organ_cells(b: Block) -> list[str]:
    """The organs a table row names side by side (某市财政局 | 某市教育局), as written; [] when it is no such row."""
    if b.cells is None or _organ_cells(b) is None:
        return []
    return [c.strip(" \t\u3000") for c in b.text.split("\t") if c.strip(" \t\u3000")]


def organ_cut(upper: str, lower: str) -> bool:
    """A narrow 落款 box cut one organ's name in two (the folded lines `upper` over `lower`): inside the pair its
    field is named by (`某县住房和城乡` ⏎ `建设局`, `某市人力资源和社会` ⏎ `保障局`), or after some field words of a
    merged bureau's long name, short of the last (`柏山县文化广电旅游` ⏎ `体育局`), the upper piece opening on its
    place and ending on no organ's ending, or after the place's name alone (`榕溪市榕东区` ⏎ `退役军人事务局`). The
    lower is the name's rest up to its organ word, with no place of its own: a whole co-signer (`某县财政局`) names
    one, and an ending alone (`办公室`) is another question (what it is an office of)."""
    if not P.ORGAN_PAIR_REST.match(lower):
        return False
    if P.ORGAN_PAIR_OPEN.search(upper):
        return True
    if P.ORGAN_ENDING_ONLY.match(lower) is not None:
        return False
    if P.PLACE_ONLY.match(upper):
        return True  # 榕溪市榕东区 ⏎ 退役军人事务局: a place alone signs nothing, it opens the name under it
    return (
        P.ORGAN_PLACE_OPEN.match(upper) is not None
        and not upper.startswith(P.NOT_A_NAME_HEAD)
        and (P.ORGAN_SUFFIX.search(upper) is None or upper.endswith(P.FIELD_WORDS_ON_ENDINGS))
    )


@functools.lru_cache(maxsize=1024)
def is_organ_name(folded: str) -> bool:
    """Ends like an organ (局, 委员会, 政府 …), maybe with its second name in brackets after it, and is
    no portal's own name (…网站, …平台). The 落款's and the header's tests ask it of the same names again
    (about half its ORGAN_SUFFIX searches repeat one): the answer depends on the string alone, so the
    last few hundred strings asked keep theirs."""
    f = folded.rstrip(" ")
    if f.endswith(")"):
        alias = P.ORGAN_ALIAS.search(f)
        if alias is not None and P.ORGAN_SUFFIX.search(alias.group("alias")):
            f = f[: alias.start()]  # 区市场监管局（区知识产权局）: the first name is the organ's
        elif status := P.ORGAN_STATUS.search(f):
            f = f[: status.start()]  # 某市城市更新中心（筹）: an organ being set up signs so
    # ORGAN_SUFFIX, anchored at the end, is searched from every character: its last character first
    last = f[-2:-1] if f.endswith("\n") else f[-1:]  # ($ matches before a newline ending the text too)
    return last in _ORGAN_ENDS and bool(P.ORGAN_SUFFIX.search(f)) and not (last in _SITE_ENDS and P.SITE_NAME.search(f))


def _last_characters(suffixes: str) -> frozenset[str]:
    """The characters an alternation of words anchored at the end (`(?:局|委员会|…)$`) can end on: each
    form's last character (tests/test_rule_speed.py checks each form ends on a plain character)."""
    return frozenset(form[-1] for form in alternatives(suffixes.removeprefix("(?:").removesuffix(")$")))


_ORGAN_ENDS = _last_characters(P.ORGAN_SUFFIX.pattern)
_SITE_ENDS = _last_characters(P.SITE_NAME.pattern)
