"""What the body rules' speed-ups must not change: each cheap test they ask first finds every
line or paragraph the pattern behind it could match."""

from __future__ import annotations

import itertools

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.rules.enumerations import _FAMILIES
from tests.conftest import FIXTURES, SHARED

_NUMERALS = "一二三四五六七八九十"


def _numbers(most: int) -> list[str]:
    return ["".join(p) for n in range(1, most + 1) for p in itertools.product(_NUMERALS, repeat=n)]


def test_every_enumeration_member_holds_what_the_paragraph_is_searched_for_first() -> None:
    """ENUM_CANDIDATE is a necessary condition for ENUM_MARKER: every member of each of its
    families (一是 … 十十十要, 其一, 第三, 首先 … 另一方面) holds a match. A new family, or its groups
    in another order (the rule reads them by number), fails the first assertion."""
    assert P.ENUM_MARKER.groupindex == {"m": 1, **{f: k for k, f in enumerate(_FAMILIES, start=2)}}  # as read
    members = [n + word for n in _numbers(3) for word in "是要"]
    members += ["其" + n + "," for n in _numbers(2)] + ["第" + n + mark for n in _numbers(3) for mark in ",、:"]
    members += [word + "," for word in ("首先", "其次", "再次", "最后")] + ["一方面", "另一方面"]
    for member in members:
        m = P.ENUM_MARKER.search("。" + member + "加强")
        assert m is not None and m.group("m") == member.rstrip(",、:"), member  # the member is a member
        assert P.ENUM_CANDIDATE.search(member), member
    assert not P.ENUM_CANDIDATE.search(fold("我局高度重视，第一时间作出部署。"))


def test_every_enumeration_member_in_the_corpora_is_found_by_the_first_search() -> None:
    """Over every line of the fixtures and the shared corpora: where ENUM_MARKER finds a member,
    ENUM_CANDIDATE finds one in the member's own text."""
    paths = sorted(FIXTURES.glob("*.txt")) + sorted((SHARED / "corpus").glob("*/*.txt"))
    found = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            folded = fold(line)
            for m in P.ENUM_MARKER.finditer(folded):
                found += 1
                assert P.ENUM_CANDIDATE.search(folded, m.start("m"), m.end("m") + 1), (path.name, line)
    assert found > 20


def test_the_answer_turn_is_looked_for_only_where_its_words_stand() -> None:
    """turns_to_answer asks ANSWER_OPENS only of lines holding 如下, 现答复 or 现函复, and the answer
    turn rule asks TURN_BEFORE_HEADING only of lines holding 如下 and a colon: each form of the
    patterns holds them (read off the patterns here; a new form must hold them too)."""
    import regex

    from govdoc.rules.sections import turns_to_answer

    answer = regex.fullmatch(r"\(\?:(.*)\)\|现\(\?:([^()]*)\)", P.ANSWER_OPENS.pattern)
    assert answer is not None
    turns = regex.split(r"\|(?![^()]*\))", answer[1])
    assert turns and all("如下" in form for form in turns), turns
    assert {"现" + form for form in answer[2].split("|")} == {"现答复", "现函复"}
    before = regex.fullmatch(r"\(\?:(.*)\)\[ \]\{0,2\}:\[ \]\?", P.TURN_BEFORE_HEADING.pattern)
    assert before is not None and before[1] == answer[1]  # the same turns, then the colon
    for line in ("经研究,现答复如下:", "现函复您:", "现答复您。", "我们实现了目标。", "现将有关情况报告如下。"):
        assert turns_to_answer(line) == bool(P.ANSWER_OPENS.search(line)), line
