"""The line class (`rules.lines.classify`): the bits every rule reads instead of its own first- or
last-character test must answer what those tests answered, and must be forgotten when a block's text
changes.

The expected classes below are written by hand from reading each line; the tests that hold each bit
to the test it replaced copy that test as it stood in the rule before (session 14).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc import patterns as P
from govdoc.first_chars import first_chars
from govdoc.rules import lines as L
from govdoc.rules.contents import is_contents_heading
from govdoc.rules.header_lines import body_like
from govdoc.rules.lines import classify as C
from govdoc.rules.sections import heading_of
from govdoc.state import Block
from tests.test_speed9 import _corpus_lines

# --- hand-written lines, hand-written classes -----------------------------------------------------------

WRITTEN = [
    # (line, bits it must have, bits it must not have)
    ("一、总体要求", C.SECTION_OPEN | C.ENUM_OPEN | C.SPACED_NUMERAL, C.CONTINUING | C.ENDS_CLOSED),
    ("（三）强化督查考核", C.SECTION_OPEN, C.ENUM_OPEN | C.SPACED_NUMERAL),
    ("12.完善长效机制", C.SECTION_OPEN, C.ENUM_OPEN),
    ("⑤落实属地责任", C.SECTION_OPEN, C.ENUM_OPEN),
    ("㈡加强宣传", C.SECTION_OPEN, C.ENUM_OPEN),
    ("第三章　附则", C.SECTION_OPEN | C.ENUM_OPEN, C.SPACED_NUMERAL),
    ("其二，做好资金保障。", C.ENUM_OPEN | C.ENDS_CLOSED, C.SECTION_OPEN),
    ("  首先，感谢您对教育工作的关心。", C.ENUM_OPEN | C.ENDS_CLOSED, C.SECTION_OPEN),
    ("另一方面，", C.ENUM_OPEN, C.ENDS_CLOSED),
    ("感谢您对我局工作的支持！", C.ENDS_CLOSED, C.SECTION_OPEN | C.ENUM_OPEN),
    ("，切实减轻企业负担。", C.CONTINUING | C.ENDS_CLOSED, C.SECTION_OPEN),
    ("）等问题进行了专题研究", C.CONTINUING, C.ENDS_CLOSED),
    ("……………………12", C.CONTINUING, C.ENDS_CLOSED | C.SECTION_OPEN),
    ("目　录", C.CONTENTS_OPEN, C.SECTION_OPEN),
    ("参会人员：区委办、区府办负责同志", C.MEETING_OPEN, C.SECTION_OPEN),
    ("会议时间：2025年3月4日", C.MEETING_OPEN, C.ENDS_CLOSED),
    ("记录：王某", C.MEETING_OPEN, C.CONTENTS_OPEN),
    ("2025年11月", C.SECTION_OPEN | C.ENDS_MONTH, C.SHORT_DAY | C.ENDS_CLOSED),
    ("二〇二五年十一月  ", C.SECTION_OPEN | C.ENUM_OPEN | C.ENDS_MONTH, C.SHORT_DAY),
    ("十九日", C.SECTION_OPEN | C.SHORT_DAY, C.ENDS_MONTH),
    (" 3号 ", C.SHORT_DAY | C.CONTENTS_OPEN, C.ENDS_MONTH),
    ("会议定于本月二十六日", 0, C.SHORT_DAY | C.ENDS_MONTH),  # ten characters: no day alone
    ("某市交通运输局", 0, C.SECTION_OPEN | C.ENDS_CLOSED | C.EMPTY),
    ("  ", C.EMPTY | C.CONTENTS_OPEN, C.ENDS_CLOSED),
    ("", C.EMPTY, C.SECTION_OPEN | C.CONTENTS_OPEN | C.CONTINUING),
    # (session 18) may end on an inline list's marker: a bracket's close or a number glyph
    ("主要做法包括（1）", C.ENDS_MARKER | C.ENDS_CLOSED, C.ENDS_MONTH),
    ("全区共排查积水点一百二十个①", C.ENDS_MARKER, C.ENDS_CLOSED),
    ("重点做好以下工作㈢ ", C.ENDS_MARKER, C.EMPTY),
    ("另见第二十一项㉑", C.ENDS_MARKER, C.ENDS_CLOSED),
    ("加快整改；", C.ENDS_CLOSED, C.ENDS_MARKER),
    ("按照《条例》", 0, C.ENDS_MARKER | C.ENDS_CLOSED),  # a title mark closes no list marker (nor a sentence)
    ("年度任务完成率达到百分之九十", 0, C.ENDS_MARKER),
]


def test_written_lines_have_the_classes_read_off_them_by_hand() -> None:
    for line, has, has_not in WRITTEN:
        bits = C.classify(line)
        assert bits & has == has, (line, bin(bits))
        assert not bits & has_not, (line, bin(bits))


# --- each bit answers what the rule's own test answered --------------------------------------------------


def _old_section_guard(f: str) -> bool:
    """`lines.section_marker`'s first test before the class."""
    c = f[:1]
    return (
        c in C.SECTION_OPENS
        or c.isdecimal()
        or "\u2460" <= c <= "\u249b"  # ①–⒛
        or "\u3220" <= c <= "\u3229"  # ㈠–㈩
    )


def _old_enum_guard(f: str) -> bool:
    """`lines.enum_marker`'s first test before the class."""
    c = f[:1] if f[:1] != " " else f.lstrip(" ")[:1]
    return c in C.ENUM_OPENS


def _old_bits(f: str) -> dict[int, bool]:
    """Each bit as the rules tested it before: sections' spaced numeral, the joins' continuing line
    and cut date, the contents heading, `ends_open`, the day alone."""
    end = f.rstrip()
    stripped = f.strip()
    return {
        C.SECTION_OPEN: _old_section_guard(f),
        C.ENUM_OPEN: _old_enum_guard(f),
        C.SPACED_NUMERAL: f[:1] in P.SPACED_NUMERAL_FIRST,
        C.CONTINUING: f[:1] in frozenset(",，、。;；:：)）」』…”’》】"),
        C.CONTENTS_OPEN: f[:1] in ("目", " "),
        C.MEETING_OPEN: f[:1] in frozenset("会时地主参出列请缺记"),
        C.ENDS_CLOSED: bool(end) and end[-1] in C.CLOSING_PUNCT,
        C.EMPTY: not end,
        C.ENDS_MONTH: stripped.endswith("月"),
        C.SHORT_DAY: len(stripped) <= 8 and stripped[-1:] in ("日", "号"),
    }


def _same_as_before(text: str) -> None:
    b = Block(text)
    bits = L.line_class(b)
    for bit, before in _old_bits(b.folded).items():
        assert bool(bits & bit) == before, (text, bin(bit))
    # and the rules' answers read through the class are the patterns' own
    m = L.section_marker(b)
    expected = P.SECTION_MARKER.match(b.folded) if _old_section_guard(b.folded) else None
    assert (m and m.span()) == (expected and expected.span()), text
    e = L.enum_marker(b)
    expected = P.ENUM_MARKER.match(b.folded) if _old_enum_guard(b.folded) else None
    assert (e and e.span()) == (expected and expected.span()), text
    assert L.ends_open(b) == (bool(b.folded.rstrip()) and b.folded.rstrip()[-1] not in C.CLOSING_PUNCT)
    stripped = b.folded.strip()
    fragment = len(stripped) <= 8 and stripped[-1:] in "日号" and bool(P.DATE_FRAGMENT_LINE.match(stripped))
    assert L.is_date_fragment_line(b) == fragment, text
    assert is_contents_heading(b) == (b.folded[:1] in ("目", " ") and bool(P.CONTENTS_HEADING.match(b.folded)))
    f = b.folded
    assert body_like(b) == ((len(f) >= 40 and "。" in f) or (len(f) > 30 and bool(L.marker_at(f))))
    if not line_class_meeting(b):
        assert P.MEETING_PARTICULAR.match(f) is None, text
    if not L.line_class(b) & C.ENDS_MARKER:  # the joins ask TRAILING_MARKER of such lines only
        assert P.TRAILING_MARKER.search(f.rstrip()[-8:]) is None, text


def line_class_meeting(b: Block) -> bool:
    return bool(L.line_class(b) & C.MEETING_OPEN)


def test_the_class_answers_as_the_rules_tests_did_on_written_lines() -> None:
    for line, _, _ in WRITTEN:
        _same_as_before(line)
    for line in (
        "第一条建议已经解决。",
        "一直以来，",
        "(2)项建议",
        "①",
        "2024年",
        "  二是",
        "  ，",
        "\t目录",
        "31日",
        "包括(十二)",
        "⒛",
        "㊿",
    ):
        _same_as_before(line)


def test_the_class_answers_as_the_rules_tests_did_on_every_corpus_line() -> None:
    lines = _corpus_lines()
    assert lines
    for line in lines:
        _same_as_before(line)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("一二十第其首另（）()12０３①⒛㈠㈩目月日号年 \t\u3000。，,：:)”…某局会议")),
        max_size=12,
    )
)
def test_the_class_answers_as_the_rules_tests_did_on_generated_lines(text: str) -> None:
    _same_as_before(text)


def test_a_hostile_text_does_not_grow_the_remembered_characters_without_end() -> None:
    for code in range(0x4E00, 0x4E00 + 2 * C._MAX_FIRST):
        C.classify(chr(code) + "字" + chr(code))
    assert len(C._FIRST) <= C._MAX_FIRST and len(C._LAST) <= C._MAX_FIRST


def test_the_meeting_particular_opens_only_with_the_class_s_characters() -> None:
    """MEETING_PARTICULAR's first characters, read off the pattern, are the class's MEETING_OPENS:
    a new particular opening otherwise must be added there."""
    pattern = P.MEETING_PARTICULAR.pattern
    assert pattern.startswith("^")
    firsts = first_chars(pattern[1:])
    assert firsts is not None and firsts <= C.MEETING_OPENS, firsts
    for line in ("时间：3月4日上午", "出席：张某", "会议主持：李某"):
        b = Block(line)
        assert L.line_class(b) & C.MEETING_OPEN and P.MEETING_PARTICULAR.match(b.folded), line


# --- forgotten when the text changes -------------------------------------------------------------------


def test_the_class_is_forgotten_when_the_text_is_set() -> None:
    b = Block("一、总体要求")
    assert L.line_class(b) & C.SECTION_OPEN and L.section_marker(b) is not None
    assert heading_of(b) is not None
    b.set_text("感谢您对我们工作的支持。")
    assert b.cls == C.UNKNOWN
    assert not L.line_class(b) & C.SECTION_OPEN and L.line_class(b) & C.ENDS_CLOSED
    assert L.section_marker(b) is None and heading_of(b) is None and not L.ends_open(b)


def test_a_line_joined_to_the_one_below_is_classed_by_its_new_end() -> None:
    """A year and month cut from their day (2025年11月 / 19日) joined: the joined line ends on 日."""
    upper, lower = Block("2025年11月"), Block("19日")
    assert L.line_class(upper) & C.ENDS_MONTH and L.line_class(lower) & C.SHORT_DAY
    upper.absorb(lower)
    assert upper.text == "2025年11月19日"
    bits = L.line_class(upper)
    assert not bits & C.ENDS_MONTH and not bits & C.SHORT_DAY  # eleven characters: no day alone


def test_a_copy_made_by_replace_starts_unclassed() -> None:
    from dataclasses import replace

    b = Block("，继续推进")
    assert L.line_class(b) & C.CONTINUING
    copy = replace(b, text="一、继续推进", folded="一、继续推进")
    assert copy.cls == C.UNKNOWN and L.line_class(copy) & C.SECTION_OPEN
