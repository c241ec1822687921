"""The line class kept on a block (`rules.lines.classify`, session 24): what a rule reads instead of asking a
pattern again must be what a fresh computation gives, for the text the block holds now.

- the class kept on a block equals the class computed afresh (the per-character memos emptied) on any line,
  on every line of the corpora, and after the block's text is set anew (`Block.set_text`, `absorb`, `piece`);
- after every rule of the default pipeline, on every corpus document, each block's kept class is its text's
  own: every place a rule rewrites a block goes through `set_text` or makes a new block;
- the bits read off a pattern's source (`OPENED_BY`: TITLE_OPENER, PLAN_OPENER) are set wherever the
  pattern matches the line or the line stripped, and the helpers the rules ask through them
  (`opens_as_title`, `opens_plan`, `enum_at_start`, `numeral_list_at`) answer as the patterns do.

Expected bits of the written lines are read off the lines by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc import patterns as P
from govdoc.blocks import Block
from govdoc.pipeline import DEFAULT_RULES
from govdoc.readers import format_of, read_bytes
from govdoc.rules import lines as L
from govdoc.rules.lines import base
from govdoc.rules.lines import classify as C
from govdoc.state import State
from tests.test_quiet_lines import documents
from tests.test_speed9 import _corpus_lines

# characters the patterns read here open with, and others: spaces, markers, stops, Han words
_ALPHABET = list("关于对《》下一步今后在接某局的（）()一二三十是要其第首先、，。：: \t\u3000年月日号0129①㈠")


def _fresh(text: str, folded: str | None = None) -> int:
    """The class of a line computed from nothing: a new block, the per-character memos emptied."""
    saved = dict(C._FIRST), dict(C._LAST)
    C._FIRST.clear()
    C._LAST.clear()
    try:
        return C.line_class(Block(text) if folded is None else Block(text, folded=folded))
    finally:
        C._FIRST.clear()
        C._LAST.clear()
        C._FIRST.update(saved[0])
        C._LAST.update(saved[1])


def _kept_is_fresh(text: str, then: str) -> None:
    b = Block(text)
    first = L.line_class(b)
    assert first == b.cls == L.line_class(b) == _fresh(text), text
    b.set_text(then)
    assert b.cls == C.UNKNOWN  # forgotten with the old text
    assert L.line_class(b) == _fresh(then), (text, then)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_ALPHABET), max_size=14), st.text(alphabet=st.sampled_from(_ALPHABET), max_size=14)
)
def test_a_kept_class_is_a_fresh_computation_on_generated_lines(text: str, then: str) -> None:
    _kept_is_fresh(text, then)


def test_a_kept_class_is_a_fresh_computation_on_every_corpus_line() -> None:
    lines = _corpus_lines()
    assert lines
    for line, then in zip(lines, [*lines[1:], ""], strict=True):
        _kept_is_fresh(line, then)


def test_a_joined_or_cut_block_has_the_class_of_its_new_text() -> None:
    a, b = Block("某市某局关于加强"), Block("管理的通知。")
    assert not L.line_class(a) & C.ENDS_CLOSED and not L.line_class(a) & C.OPENS_TITLE
    a.absorb(b)
    assert L.line_class(a) & C.ENDS_CLOSED and L.line_class(a) == _fresh(a.text)
    piece = a.piece(4, len(a.text), first=False)  # 关于加强管理的通知。
    assert L.line_class(piece) & C.OPENS_TITLE and L.line_class(piece) == _fresh(piece.text)


def _states() -> Iterator[tuple[str, str, State]]:
    """Each corpus document's state after each rule of the default pipeline (name of the document, of the rule)."""
    for path in documents():
        reading = read_bytes(path.read_bytes(), format_of(str(path)) or "txt")
        state = State(blocks=reading.blocks, format=reading.format)
        for name, fn in DEFAULT_RULES:
            fn(state)
            yield path.name, name, state


def test_every_rule_leaves_each_block_the_class_of_the_text_it_holds() -> None:
    kept = 0
    for doc, rule, state in _states():
        for b in state.blocks:
            if b.cls >= 0:
                kept += 1
                assert b.cls == _fresh(b.text, b.folded), (doc, rule, b.text)
    assert kept > 1000  # the rules did ask


# --- the bits read off the patterns' sources --------------------------------------------------------------

WRITTEN = [
    # (line, bits it must have, bits it must not have)
    ("关于加强老旧小区改造的答复", C.OPENS_TITLE, C.OPENS_PLAN),
    ("《某市物业管理条例》实施情况", C.OPENS_TITLE, C.OPENS_PLAN),
    ("对市政协十三届二次会议第12号提案的答复", C.OPENS_TITLE, 0),
    ("\u3000\u3000关于某某的通知", C.OPENS_TITLE, 0),  # its spaces aside, as the rules strip it
    ("某市住房和城乡建设局关于", 0, C.OPENS_TITLE | C.OPENS_PLAN),
    ("下一步，我局将继续推进。", C.OPENS_PLAN, C.OPENS_TITLE),
    ("  今后，我们将加强督查。", C.OPENS_PLAN, 0),
    ("接下来", C.OPENS_PLAN, C.OPENS_TITLE),
    ("我局高度重视。", 0, C.OPENS_TITLE | C.OPENS_PLAN),
]


def test_written_lines_have_the_opening_bits_read_off_them_by_hand() -> None:
    for line, has, has_not in WRITTEN:
        bits = C.classify(line)
        assert bits & has == has, (line, bin(bits))
        assert not bits & has_not, (line, bin(bits))


def _bits_hold(text: str) -> None:
    b = Block(text)
    bits = L.line_class(b)
    f = b.folded
    for bit, pattern in C.OPENED_BY:
        if not bits & bit:
            assert pattern.match(f) is None and pattern.match(f.strip()) is None, (text, pattern.pattern)
    assert L.opens_as_title(b) == (P.TITLE_OPENER.match(f) is not None), text
    for s in (f, f.strip()):
        assert L.opens_plan(s) == (P.PLAN_OPENER.match(s) is not None), s
        assert _span(base.enum_at_start(s)) == _span(P.ENUM_MARKER.match(s)), s
        for pos in range(len(s)):
            assert _span(base.numeral_list_at(s, pos)) == _span(P.NUMERAL_LIST.match(s, pos)), (s, pos)


def _span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=14))
def test_where_an_opening_bit_is_off_its_pattern_matches_nothing_on_generated_lines(text: str) -> None:
    _bits_hold(text)


def test_where_an_opening_bit_is_off_its_pattern_matches_nothing_on_every_corpus_line() -> None:
    lines = _corpus_lines()
    assert lines
    for line in lines:
        _bits_hold(line)


@pytest.mark.parametrize(("bit", "pattern"), C.OPENED_BY)
def test_each_opening_bit_is_read_off_its_pattern(bit: int, pattern: object) -> None:
    """The bit's characters are the pattern's (`first_chars`), known for both: a new form of the pattern
    opening otherwise changes the bit with it, and a pattern the reading cannot see through would set the
    bit on every line (no gain, said here)."""
    (chars,) = [c for b, c in C._openings() if b == bit]
    assert chars, pattern
    for c in chars:
        assert C.first_class(c) & bit
    assert not C.first_class("某") & bit
