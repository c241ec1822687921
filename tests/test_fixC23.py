"""fixC23: the reading of a pattern's source (`govdoc.first_chars`) gives up on syntax it does not know.

diffread-C (session 23) C-1..C-4: the hand-written reader took a POSIX class `[[:digit:]]` as a class plus a
literal `]`, did not see the `regex` module's fuzzy constraints `{e<=1}`, split a pattern whose alternatives
share a back-reference or a global inline flag, and took an escaped bracket made optional (`\\(?`) for a group
opener. A guard built on a wrong reading refuses a line the pattern takes (silently); one built on no reading
asks the pattern of every line (slower, never wrong). So where the reader meets what it does not know, it must
give up. Each cause is tested on new patterns of its shape (not diffread-C's repros), each beside a guard test
that the shape the reader was written for is still read; a hypothesis property holds every guard of every
govdoc pattern to the pattern itself.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdoc.patterns as patterns_package
from govdoc import patterns as P
from govdoc.first_chars import StartGuard, first_chars, last_chars, required_chars
from govdoc.rules.lines.guards import Ending, Holding, Opening


def _guards_take(source: str, text: str) -> None:
    """Every reading of `source` lets `text` through where the pattern matches it."""
    pattern = regex.compile(source)
    assert pattern.search(text), (source, text)  # the example is one the pattern takes
    firsts = first_chars(source.removeprefix("^"))
    if pattern.match(text) and firsts is not None:
        assert text[:1] in firsts, (source, sorted(firsts))
    needed = required_chars(source)
    assert needed is None or any(c in text for c in needed), (source, sorted(needed))
    if source.endswith("$") and pattern.match(text):
        lasts = last_chars(source)
        assert lasts is None or text[-1:] in lasts, (source, sorted(lasts))
    assert StartGuard(source).match(text) == bool(pattern.match(text)), source
    compiled = regex.compile(source)
    assert Opening(compiled).match(text) or not pattern.match(text)
    assert Holding(compiled).search(text)
    assert Ending(compiled).search(text)


# C-1: a POSIX class is one item of its class, not a class and a literal `]`


def test_a_posix_class_is_read_as_unknown_not_as_a_closing_bracket() -> None:
    _guards_take(r"[[:digit:]]{2}年", "12年")
    _guards_take(r"编号[[:alnum:]]$", "编号A")
    _guards_take(r"[[:upper:]]类|^乙", "B类")
    assert last_chars(r"编号[[:alnum:]]$") is None
    assert required_chars(r"[[:digit:]]+号") == frozenset("号")  # what stands beside it still tells


def test_a_class_holding_brackets_is_still_read() -> None:
    assert first_chars(r"[【\[]附件") == frozenset("【[")
    assert last_chars(r"附件[】\]]$") == frozenset("】]")
    assert required_chars(r"[]】]号") == frozenset("号")


# C-2: a fuzzy constraint `{e<=1}` is no counted quantifier: the reading gives up


def test_a_fuzzy_constraint_makes_the_reading_give_up() -> None:
    _guards_take(r"(?:通知){e<=1}", "通告")
    _guards_take(r"(?:通知){i<=1}", "关通知")
    _guards_take(r"附件(?:清单){s<=1}$", "附件请单")
    assert first_chars(r"(?:通知){e<=1}") is None
    assert required_chars(r"(?:通知){e<=1}") is None
    assert last_chars(r"附件(?:清单){s<=1}$") is None


def test_a_counted_quantifier_is_still_read() -> None:
    assert first_chars(r"(?:附件){0,2}通知") == frozenset("附通")
    assert first_chars(r"(?:附件){1,2}通知") == frozenset("附")
    assert last_chars(r"第\d{1,3}号$") == frozenset("号")
    assert required_chars(r"[ ]{0,2}:") == frozenset(":")


# C-3: a pattern is split into alternatives only where each alternative means alone what it meant together


def test_a_back_reference_to_another_alternative_keeps_the_pattern_whole() -> None:
    _guards_take(r"(一)二|(三)\2", "三三")
    _guards_take(r"甲|(?P<q>[“”])乙(?P=q)", "“乙“")
    _guards_take(r"(a)?b|c(?(1)d|e)", "ce")


def test_a_global_flag_at_the_head_keeps_the_pattern_whole() -> None:
    guard = StartGuard(r"(?i)^打印|ie浏览")
    assert guard.match("IE浏览")
    assert guard.match("打印")
    assert not guard.match("浏览")


def test_the_guard_reads_the_compiled_patterns_flags() -> None:
    guard = StartGuard(regex.compile(r"^打印|ie浏览", regex.IGNORECASE))
    assert guard.match("IE浏览")
    assert not guard.match("浏览")


def test_a_pattern_without_cross_references_or_flags_is_still_split() -> None:
    guard = StartGuard(r"(一)二|(三)四|\d+号")
    assert guard.firsts == frozenset("一三")
    assert guard.match("三四") and guard.match("12号") and not guard.match("三二")
    assert StartGuard(P.CHROME_AT_START)._always is None  # the compiled chrome pattern is split as its source was


# C-4: an escaped bracket `\(` opens no group; a look-around after it still makes the reading give up


def test_an_escaped_bracket_made_optional_is_read() -> None:
    assert first_chars(r"\(?附件") == frozenset("(附")
    assert required_chars(r"电话\(?0\d{2}") == frozenset("电")
    assert last_chars(r"\(?第\d+号$") == frozenset("号")
    _guards_take(r"\(?附件", "附件")
    _guards_take(r"\(?第\d+号$", "(第3号")


def test_a_flag_or_atomic_group_after_an_escaped_backslash_is_still_unread() -> None:
    assert first_chars(r"\\(?i)a") is None
    assert required_chars(r"甲\\(?i)a") is None
    assert last_chars(r"\\(?>a)b$") == frozenset("b")  # an atomic group is read since session 24 (leftovers24)
    assert required_chars(r"甲\\(?=乙)") == frozenset("甲")  # a look-around holds no character of the match


# The property: a guard that says no means the pattern finds nothing, for every pattern of govdoc.patterns.


@cache
def _govdoc_patterns() -> list[regex.Pattern[str]]:
    modules = [patterns_package] + [
        importlib.import_module(f"govdoc.patterns.{m.name}") for m in pkgutil.iter_modules(patterns_package.__path__)
    ]
    found: dict[str, regex.Pattern[str]] = {}
    for module in modules:
        for value in vars(module).values():
            source = getattr(value, "pattern", None)
            if isinstance(source, str) and not isinstance(value, type) and hasattr(value, "search"):
                found.setdefault(source, value)
    return [found[source] for source in sorted(found)]


_META = frozenset("\\()[]{}|?*+^$.")


def _texts(source: str) -> st.SearchStrategy[str]:
    """Texts of the pattern's own characters, and texts the standard library derives from the pattern."""
    literals = sorted({c for c in source if c not in _META}) or ["a"]
    plain = st.text(st.sampled_from([*literals, "一", "1", " ", "\n", "："]), max_size=24)
    try:
        derived = st.from_regex(re.compile(source.replace(r"\p{Han}", "\u4e00-\u9fff")), fullmatch=False)
    except (re.error, ValueError, OverflowError):
        return plain
    return st.one_of(plain, derived)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_no_guard_of_a_govdoc_pattern_refuses_a_text_the_pattern_takes(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(_govdoc_patterns()))
    text = data.draw(_texts(pattern.pattern))
    if pattern.search(text):
        assert Holding(pattern).search(text), pattern.pattern
        assert Ending(pattern).search(text), pattern.pattern
    if pattern.match(text):
        assert Opening(pattern).match(text), pattern.pattern
        assert Ending(pattern).match(text), pattern.pattern
    assert StartGuard(pattern).match(text) == bool(pattern.match(text)), pattern.pattern
