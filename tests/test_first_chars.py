"""The first characters read from a pattern's source, and the guarded match built on them.

The guard is a speed-up only: on every line it must answer as the whole pattern does, so the
reading must never leave out a character a match can start with.
"""

from __future__ import annotations

import regex

from govdoc import patterns as P
from govdoc.first_chars import StartGuard, alternatives, first_chars, last_chars, required_chars
from govdoc.fold import fold

from .conftest import FIXTURES, SHARED, need_shared


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"^a(?:b|c)|[|]d|\|e") == ["^a(?:b|c)", "[|]d", r"\|e"]


def test_a_literal_start_is_its_first_character() -> None:
    assert first_chars("字号[ ]{0,2}:?") == {"字"}
    assert first_chars(r"\|+$") == {"|"}


def test_an_optional_start_adds_what_follows_it() -> None:
    assert first_chars("【?关闭】?$") == {"【", "关"}
    assert first_chars(r"[【\[]?打印") == {"【", "[", "打"}
    assert first_chars("(?:微信|QQ|支付宝)?扫码登录$") == {"微", "Q", "支", "扫"}
    assert first_chars("a{0,3}b") == {"a", "b"}
    assert first_chars("(?:a|)b") == {"a", "b"}


def test_a_required_start_hides_what_follows_it() -> None:
    assert first_chars("a{2}b") == {"a"}
    assert first_chars("(?P<x>甲|乙)+丙") == {"甲", "乙"}


def test_what_is_not_read_for_sure_is_unknown() -> None:
    assert first_chars(r"\p{Han}{0,4}时间") is None
    assert first_chars(r"\d+年") is None
    assert first_chars("[0-9]年") is None  # a range: its inner characters are not in the source
    assert first_chars("[^a]") is None
    assert first_chars(r"(?=\d)\p{Han}") is None  # a look-around matches nothing of its own: what follows tells
    assert first_chars("(?i)abc") is None
    assert first_chars(".年") is None
    assert first_chars("a?") is None  # can match nothing, so at any start


def test_a_match_held_at_the_end_ends_on_its_last_item() -> None:
    assert last_chars(r"^\p{Han}{0,4}满意度评价$") == {"价"}
    assert last_chars(r"^\d{1,9}(?:参与|评论)$") == {"与", "论"}
    assert last_chars(r"^[\w.-]{1,60}\.(?:jpe?g|png)$") == {"g"}
    assert last_chars(r"^(?!\p{Han}{0,12}?关于)\p{Han}{0,10}政府信息公开$") == {"开"}


def test_an_end_not_read_for_sure_is_unknown() -> None:
    assert last_chars("评价") is None  # not held at the end
    assert last_chars("评价?$") is None  # may end before it
    assert last_chars(r"\p{Han}$") is None
    assert last_chars("[0-9]$") is None
    assert last_chars("(?:a|b?)$") is None
    assert last_chars("a(?<=a)$") is None
    assert last_chars("(?i)a$") is None
    assert last_chars(r"\x41$") is None


def test_a_required_character_is_one_no_match_can_lack() -> None:
    assert required_chars(r"^(?:\p{Han}{0,4}时间:)?(?:19|20)\d{2}[^\n]{0,60}?(?:来源|作者)[ ]{0,2}:") == {":"}
    assert required_chars(r"^(?!\p{Han}{0,12}?关于)(?:\p{Han}{0,10}人民)?政府") == {"政"}
    assert required_chars(r"\d+(?:参与|评论)") == {"参", "评"}
    assert required_chars(r"a?b{0,2}") is None  # every item may be absent
    assert required_chars(r"\p{Han}+\d") is None
    assert required_chars(r"\x41b") is None  # an escape whose extent is not read: nothing after it is trusted
    assert required_chars("(?i)a") is None


def test_a_group_with_its_own_flags_is_unknown_but_what_stands_before_it_tells() -> None:
    # session 20: `(?i:…)` had made the whole pattern unknown, and the chrome guard tried its two
    # alternatives holding one (`[pic]`, `----media/image1.png----`) on every line of every text
    assert first_chars(r"\[(?i:pic|img)\]$") == {"["}
    assert first_chars(r"-{2,}media/[^\s]{1,200}?\.(?i:png|jpe?g)-{2,}$") == {"-"}
    assert first_chars(r"(?i:pic)x") is None  # its own first characters: p, P, and what case folding adds
    assert first_chars(r"a?(?i:b)") is None
    assert first_chars(r"a(?i)b") is None  # a flag for the rest of the pattern, not a group's own


def test_look_arounds_atomic_and_conditional_groups_are_read() -> None:
    """Session 24 (leftovers24, speed23f's six gates): a look-around matches no character of its own, so what
    stands after it opens the match, and a positive one's characters stand in the text (`required_chars`); an
    atomic group matches what its alternatives do, a conditional group what either branch does (a missing
    second branch matches nothing). Up to session 23 each made the pattern unread and its gate hand-written."""
    assert first_chars("(?=甲)甲乙") == {"甲"}
    assert first_chars("(?!甲)乙") == {"乙"}
    assert first_chars("(?<=。)联系人") == {"联"}
    assert first_chars(r"(?>ab|c)d") == {"a", "c"}
    assert first_chars(r"(?P<o>\()?甲(?(o)\)|)") == {"(", "甲"}
    assert first_chars(r"(?(1)a|b)") == {"a", "b"}
    assert first_chars(r"(?(1)a)b") == {"a", "b"}  # no second branch: the group may match nothing
    assert first_chars("(?=甲)") is None  # nothing but a look-around: an empty match, at any start
    assert required_chars("(?<=[。!?])[ ]{0,2}") == {"。", "!", "?"}
    assert required_chars("(?<![。])甲?") is None  # a negative one says what the text lacks, not what it holds
    assert last_chars(r"(?>ab|cd)$") == {"b", "d"}
    assert last_chars(r"甲(?(1)a|b)$") == {"a", "b"}
    assert last_chars(r"甲(?(1)a)$") is None  # may end before the group


def test_the_chrome_guard_tries_no_alternative_on_every_line() -> None:
    guard = StartGuard(P.CHROME_AT_START.pattern)
    assert guard._always is None  # every alternative is filed by a character a line must hold
    for line in ("[pic]", "[Picture]", "[IMG]", "[image]", "----media/image1.png----", "--media/a.JPEG--", "[图片]"):
        f = fold(line)
        assert guard.match(f) == bool(P.CHROME_AT_START.match(f)) is True, line
    for line in ("[pic] 见下图", "-media/a.png-", "----media/image1.png", "pic", "某某pic"):
        f = fold(line)
        assert guard.match(f) == bool(P.CHROME_AT_START.match(f)) is False, line


def test_the_guard_answers_as_the_pattern_for_each_way_of_filing_an_alternative() -> None:
    source = r"^甲乙|^\p{Han}{0,2}丙$|^\d+[ ]?:|^\w+\d$"  # first, last, required, always
    guard = StartGuard(source)
    pattern = regex.compile(source)
    for text in ("甲乙", "甲", "丙", "丁丙", "丁丙丁", "12:", "12", "x:", "ab1", "ab", "丙\n", "", ":"):
        assert guard.match(text) == bool(pattern.match(text)), text


def test_the_chrome_guard_answers_as_the_pattern_on_written_lines() -> None:
    guard = StartGuard(P.CHROME_AT_START.pattern)
    lines = [
        "字号：大 中 小",
        "【打印本页】",
        "打印",
        "关闭",
        "【关闭】",
        "扫码登录",
        "微信扫码登录",
        "上一篇：关于某事的通知",
        "2024-05-06 10:21 来源：某区政府办",
        "发布时间：2024年5月6日",
        "日期：2021-06-29",
        "2019年",
        "某县人民政府信息公开",
        "关于做好政府信息公开",
        "群众满意度评价",
        "12 评论",
        "xw01.jpg",
        "撰写时间:2020-09-16 10:20  来源:某办",
        "||",
        "简体 | 繁體",
        "各街道办事处：",
        "一、加强巡查",
        "某区应急管理局",
        "2024年5月6日",
        "",
    ]
    for line in lines:
        f = fold(line)
        assert guard.match(f) == bool(P.CHROME_AT_START.match(f)), line


def test_the_chrome_guard_answers_as_the_pattern_on_every_line_of_the_corpora() -> None:
    guard = StartGuard(P.CHROME_AT_START.pattern)
    paths = [*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.md")]
    for folder in ("seed", "corpus/dev", "corpus/dev-2", "corpus/wild"):
        paths += [p for p in need_shared(SHARED / folder).rglob("*") if p.suffix in (".txt", ".md", ".html")]
    checked = hits = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            f = fold(line.strip())
            expected = bool(P.CHROME_AT_START.match(f))
            assert guard.match(f) == expected, (path.name, line)
            checked += 1
            hits += expected
    assert checked > 10_000 and hits > 20


def test_the_chrome_pattern_has_no_flags_the_guard_does_not_read() -> None:
    assert not P.CHROME_AT_START.flags & (regex.IGNORECASE | regex.VERBOSE | regex.FULLCASE)


def test_one_walk_of_the_syntax_reads_a_bracket_or_a_bar_in_a_class_or_an_escape_as_none() -> None:
    """(diffread-C C-5: the splits at `|`, a group's end and the items are one walk of the syntax)"""
    pattern = r"[(|]a\(|b(?:c|\))d|e"
    assert alternatives(pattern) == [r"[(|]a\(", r"b(?:c|\))d", "e"]
    assert first_chars(pattern) == frozenset("(|be")
    assert required_chars(r"b(?:c|\))d") == frozenset("b")
    assert last_chars(r"x(?:c|\))$") == frozenset("c)")
