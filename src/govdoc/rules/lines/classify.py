"""The class of a line, computed once per text and read by every rule: what its ends allow.

Most questions the rules ask of a line are first answered by its first or its last character:
only a line opening with 第, a bracket, a numeral, a digit or a number glyph can hold a section
marker; only one ending on 月 can be a year and month cut from their day; only one opening with
a comma or a closing bracket carries a cut sentence on. Each rule kept its own set of such
characters and sliced the line for it at every question (`f[:1] in _X`, `f.strip()[-1:]`), some
rules once per pair of lines. `line_class(b)` answers them all at once, as bits of one int, the
first time any rule asks of a block, and keeps the answer on the block (`Block.cls`) until
`Block.set_text` changes its text; a rule reads a bit (`line_class(b) & SECTION_OPEN`) instead of
slicing and looking up.

What is dear to know (the marker's match, the date class, an organ line) stays a question asked
when needed and kept per line (`per_line`): the bits here say which lines the question may be
asked of at all. Each bit is defined by the same character set the rule used, read from the
vocabulary of `govdoc.patterns` where the set is tied to a pattern, so the answer is the same
(tests/test_line_class.py holds each bit to the test it replaced, on written lines and on every
line of the corpora).
"""

from __future__ import annotations

import functools

import regex

from govdoc import patterns as P
from govdoc.first_chars import first_chars, readable_source
from govdoc.numerals import FORMAL_DIGITS, MARKER_NUMERALS
from govdoc.patterns.base import CN
from govdoc.state import Block

# Bits of the first character (the folded line's; for ENUM_OPEN the first past leading spaces).
SECTION_OPEN = 1  # may open patterns.SECTION_MARKER: 第, a bracket (〈 too), a numeral, a digit, ①–⒛, ㈠–㈩
ENUM_OPEN = 2  # may open patterns.ENUM_MARKER (一是, 其一, 首先 …), spaces before it aside
SPACED_NUMERAL = 4  # a numeral that may stand spaced before its title (一　基本情况: SPACED_NUMERAL_FIRST)
CONTINUING = 8  # no paragraph opens with it: a comma, a stop, a closing bracket or quote, leader dots
CONTENTS_OPEN = 16  # may open patterns.CONTENTS_HEADING (目录): 目 or a space
MEETING_OPEN = 32  # may open patterns.MEETING_PARTICULAR (时间：, 参加人员：, 会议地点：), a 纪要's particular
# Bits of the last character (the line's, its end's spaces aside).
ENDS_MONTH = 1 << 8  # ends on 月: may be a year and month alone (patterns.YEAR_MONTH_LINE)
SHORT_DAY = 1 << 9  # at most 8 characters ending on 日 or 号: may be a day alone (DATE_FRAGMENT_LINE)
ENDS_CLOSED = 1 << 10  # ends on closing punctuation (CLOSING_PUNCT): the sentence ends at the line
EMPTY = 1 << 11  # nothing but spaces (or nothing)
ENDS_MARKER = 1 << 12  # ends on `)` or a number glyph: may end on an inline list's marker (patterns.TRAILING_MARKER)

# Bits read off a pattern's own source (session 24): a line may open as a match of the pattern only if its
# first character is one the pattern's source says a match opens with, read by `govdoc.first_chars` the first
# time a character's class is asked (so a pattern's new form changes its bit with it: no hand-copied list).
# A line opening with spaces has the bits of its first character past them too, so a rule may ask the
# pattern of the line stripped as of the line itself. Where the source does not say (a look-around, a flag,
# a pattern that may match nothing), every line has the bit: the rule asks the pattern, as before.
# `OPENED_BY` names each bit's pattern.
OPENS_TITLE = 1 << 16  # may open patterns.TITLE_OPENER (关于…, 对…, 《…)
OPENS_PLAN = 1 << 17  # may open patterns.PLAN_OPENER (下一步, 今后, 接下来 …)

UNKNOWN = -1  # `Block.cls` before the first question and after `set_text`

# The characters a section marker opens with (tests/test_rule_speed.py reads them off SECTION_MARKER):
# 第 (第一章, 第一条 …), a bracket, a Chinese numeral, a digit (isdecimal, as `\d`), the circled and
# bracketed number glyphs ①–⑳, ⑴–⒇, ⒈–⒛ (one block) and ㈠–㈩.
# (and OCR's dash for 一, －、, and its l for 1, l.; 〔, 【 and 〈 of 〔一〕, 【一】 and OCR's 〈一〉)
# ㉑–㉟ and ㊱–㊿, the circled numbers past twenty, stand in blocks of their own.
SECTION_OPENS = frozenset(
    "第("
    + P.PAREN_IDEOGRAPH_BRACKETS
    + CN.strip("[]")
    + P.OCR_ONE
    + P.OCR_DIGIT_ONE
    + P.CIRCLED_PAST_TWENTY
    + FORMAL_DIGITS
    + "拾"  # 壹、, 拾、: the formal figures (patterns.FORMAL_NUM)
)
GLYPHS_LOW, GLYPHS_HIGH = "\u2460", "\u249b"
CN_PAREN_LOW, CN_PAREN_HIGH = "\u3220", "\u3229"
ENUM_OPENS = MARKER_NUMERALS | frozenset("其第首再最另" + P.OCR_ONE)  # ENUM_MARKER's members' first characters
CONTINUING_START = frozenset(",，、。;；:：)）」』…”’》】")  # … : the leader dots of a contents entry
CONTENTS_OPENS = frozenset("目 ")  # CONTENTS_HEADING's first characters (tests/test_rule_speed.py)
MEETING_OPENS = frozenset("会时地主参出列请缺记")  # MEETING_PARTICULAR's first characters (tests/test_line_class.py)
CLOSING_PUNCT = frozenset("。!?;:”’)」』…")
_DAY_ENDS = frozenset("日号")
_PAST_TWENTY = frozenset(P.CIRCLED_PAST_TWENTY)
_MAX_DAY_LINE = 8


OPENED_BY: tuple[tuple[int, regex.Pattern[str]], ...] = ((OPENS_TITLE, P.TITLE_OPENER), (OPENS_PLAN, P.PLAN_OPENER))
OPENING_BITS = sum(bit for bit, _ in OPENED_BY)  # (each bit its own: the sum is their union)


@functools.cache
def _openings() -> tuple[tuple[int, frozenset[str] | None], ...]:
    """Each opening bit with the characters its pattern's matches open with (None: not known, every line)."""
    rows: list[tuple[int, frozenset[str] | None]] = []
    for bit, pattern in OPENED_BY:
        source = readable_source(pattern)
        rows.append((bit, first_chars(source.removeprefix("^")) if source is not None else None))
    return tuple(rows)


def _first_bits(c: str) -> int:
    """The first-character bits of `c` (one character, or "" for an empty line)."""
    bits = 0
    for bit, chars in _openings():
        if chars is None or c in chars:
            bits |= bit
    if c in SECTION_OPENS or c.isdecimal() or GLYPHS_LOW <= c <= GLYPHS_HIGH or CN_PAREN_LOW <= c <= CN_PAREN_HIGH:
        bits |= SECTION_OPEN
    if c in ENUM_OPENS:
        bits |= ENUM_OPEN
    if c in P.SPACED_NUMERAL_FIRST:
        bits |= SPACED_NUMERAL
    if c in CONTINUING_START:
        bits |= CONTINUING
    if c in CONTENTS_OPENS:
        bits |= CONTENTS_OPEN
    if c in MEETING_OPENS:
        bits |= MEETING_OPEN
    return bits


# First characters met so far and their bits: a line's first character is one of a few hundred.
_FIRST: dict[str, int] = {}
_MAX_FIRST = 4096  # a hostile text opening its lines with every character does not grow it without end


def first_class(c: str) -> int:
    """The first-character bits of `c` (one character, or ""), remembered per character."""
    bits = _FIRST.get(c)
    if bits is None:
        bits = _first_bits(c)
        if len(_FIRST) < _MAX_FIRST:
            _FIRST[c] = bits
    return bits


def last_class(c: str) -> int:
    """The last-character bits of `c` (one character), remembered per character; SHORT_DAY is
    kept by `line_class` only for a short line."""
    bits = _LAST.get(c)
    if bits is None:
        bits = ENDS_CLOSED if c in CLOSING_PUNCT else ENDS_MONTH if c == "月" else SHORT_DAY if c in _DAY_ENDS else 0
        if c == ")" or GLYPHS_LOW <= c <= GLYPHS_HIGH or CN_PAREN_LOW <= c <= CN_PAREN_HIGH or c in _PAST_TWENTY:
            bits |= ENDS_MARKER  # TRAILING_MARKER's last character: a bracket's close, ①–⒛, ㈠–㈩, ㉑–㊿
        if len(_LAST) < _MAX_FIRST:
            _LAST[c] = bits
    return bits


_LAST: dict[str, int] = {}


def line_class(b: Block) -> int:
    """The block's class bits (see the module's docstring), computed at the first question and kept
    until its text changes: one look-up of its first and of its last character."""
    known = b.cls
    if known >= 0:
        return known
    folded = b.folded
    first = folded[:1]
    head = _FIRST.get(first)
    bits = first_class(first) if head is None else head
    if first == " ":  # an enumeration's marker may stand after the line's leading spaces
        bits |= first_class(folded.lstrip(" ")[:1]) & ENUM_OPEN
    if first.isspace():  # and a pattern asked of the line stripped opens past them
        bits |= first_class(folded.lstrip()[:1]) & OPENING_BITS
    last = folded.rstrip()[-1:]  # rstrip gives the same string where nothing trails (most lines): no copy
    if not last:
        bits |= EMPTY
    else:
        tail = _LAST.get(last)
        if tail is None:
            tail = last_class(last)
        if tail & SHORT_DAY and len(folded.strip()) > _MAX_DAY_LINE:
            tail = 0
        bits |= tail
    b.cls = bits
    return bits


def classify(text: str) -> int:
    """The class bits of a line of text (as a block of it has them): for tests and tools."""
    return line_class(Block(text))
