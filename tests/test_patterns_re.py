"""Patterns tried at one position run on the standard library's `re` where it means the same.

`govdoc.patterns` hands a hot pattern's `match` and `fullmatch` to a compilation by `re` (half
the per-call cost of `regex`) when the pattern can be spelled for `re` with the same meaning:
`\\p{Han}`, `\\p{Latin}` and `\\d` written out as the code point ranges `regex` gives them. These
tests check the spelling, the shipped ranges, the move, and that every such pattern answers as
`regex` does.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc import patterns as P
from govdoc.class_table import RANGES

ROOT = Path(__file__).resolve().parent.parent


def _pairs() -> dict[str, tuple[re.Pattern[str], regex.Pattern[str]]]:
    """Each pattern of the module that runs on `re`: its `re` and its `regex` compilation."""
    found = {}
    for name, lazy in vars(P).items():
        if isinstance(lazy, P._Lazy):
            ours = P._compile_re(lazy.pattern, lazy._flags)
            if ours is not None:
                found[name] = (ours, regex.compile(lazy.pattern, lazy._flags))
    return found


PAIRS = _pairs()


def _answer(m: re.Match[str] | regex.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups(), m.groupdict(), m.lastgroup)


def test_the_shipped_ranges_are_what_the_installed_regex_gives() -> None:
    script = ROOT / "scripts" / "build_classes.py"
    proc = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_han_and_digits_are_spelled_as_ranges_alone_and_inside_a_class() -> None:
    spelled = P.as_re(r"[\p{Han}·]{2}\d", 0)
    assert spelled == (f"[{RANGES['Han']}·]{{2}}[{RANGES['d']}]", 0)
    assert P.as_re(r"\D", 0) == (f"[^{RANGES['d']}]", 0)


def test_a_class_or_flag_re_reads_otherwise_keeps_the_pattern_with_regex() -> None:
    assert P.as_re(r"\w+", 0) is None  # `\w` follows each module's own Unicode data
    assert P.as_re(r"a\b", 0) is None
    assert P.as_re(r"[^\D]", 0) is None  # a negated class inside a class has no `re` spelling
    assert P.as_re(r"\p{Greek}", 0) is None
    assert P.as_re("abc", regex.I) is None  # case folding differs


def test_a_verbose_comment_is_copied_as_written() -> None:
    # The `[` in the comment opens no class, so the `\d` after the comment is still spelled out.
    assert P.as_re("a # [x\n\\d", regex.X) == (f"a # [x\n[{RANGES['d']}]", re.X)


def test_a_pattern_re_refuses_stays_with_regex_when_hot() -> None:
    lazy = P._Lazy(r"(?<=ab|c)(?P<x>\d)|(?P<x>x)", 0)  # variable lookbehind, a repeated name
    for _ in range(P.HOT_CALLS):
        lazy.match("x")
    assert isinstance(lazy.match("x"), regex.Match)


def test_a_hot_pattern_matches_with_re_and_searches_with_regex() -> None:
    lazy = P._Lazy(r"[\p{Han}]{2}\d", 0)
    assert isinstance(lazy.match("公文1"), regex.Match)  # not hot yet: no `re` compilation paid
    for _ in range(P.HOT_CALLS):
        lazy.fullmatch("公文1")
    assert isinstance(lazy.match("公文1"), re.Match)
    assert lazy.match("公文1") is not None and lazy.fullmatch("公文") is None
    assert isinstance(lazy.search("x公文1"), regex.Match)
    assert lazy.pattern == r"[\p{Han}]{2}\d"  # the pattern as written, for composing others


def _lines() -> list[str]:
    from govdoc.fold import fold

    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((ROOT / "fixtures").glob("*.md"))
    texts = [p.read_bytes().decode("gb18030" if "gb18030" in p.name else "utf-8") for p in paths]
    return [fold(line.strip()) for text in texts for line in text.splitlines() if line.strip()]


def test_every_pattern_matches_every_fixture_line_as_regex_does() -> None:
    lines = _lines()
    assert len(lines) > 150
    for name, (ours, theirs) in PAIRS.items():
        for line in lines:
            for start in (0, min(3, len(line))):
                assert _answer(ours.match(line, start)) == _answer(theirs.match(line, start)), (name, line)
                assert _answer(ours.fullmatch(line, start)) == _answer(theirs.fullmatch(line, start)), (name, line)
    assert len(PAIRS) > 100  # most patterns run on `re`


_ALPHABET = "一二三四五六七八九十〇年月日号第章节条款()、,.:;。〔〕[]【】-/ 0123456789０１ABCab甲类·公文局委员会提案建议答复关于市区县办公室联系人电话附件印发\t|"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_every_pattern_matches_made_up_text_as_regex_does(text: str) -> None:
    for name, (ours, theirs) in PAIRS.items():
        assert _answer(ours.match(text)) == _answer(theirs.match(text)), name
