"""Guards that let a field parser skip a text: each is tied to every form of the patterns it
stands before (tests/pattern_forms.py reads them off the patterns' sources)."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields import proposal
from govdoc.fields.proposal import find_proposal
from tests import pattern_forms as F


def _every_form_holds(pattern: str, word: str) -> bool:
    """Read off the pattern's structure (F.every_form_holds): listing the forms of the reference
    patterns, tables of alternatives in a row, took gigabytes and minutes."""
    return F.every_form_holds(pattern, word)


def test_a_numbered_reference_is_searched_only_in_a_text_holding_what_every_match_holds() -> None:
    """`_numbered` skips a pattern where the text lacks a character its table says every match holds
    (the 《, the 号, or 第 before a number that lost its 号): the table must name the five patterns in
    their order, and each need must hold of every form of its pattern (a new form without it fails here)."""
    table = proposal._NUMBERED
    assert [p.pattern for p, _ in table] == [
        P.PROP_NO_AFTER_TITLE.pattern,
        P.PROP_NO.pattern,
        P.PROP_NO_AFTER.pattern,
        P.PROP_NO_BEFORE_TITLE.pattern,
        P.PROP_NO_LOST.pattern,
    ]
    for pattern, needs in table:
        assert needs, pattern.pattern
        for c in needs:
            assert _every_form_holds(pattern.pattern, c), (pattern.pattern, c)


def test_the_form_reader_sees_a_form_without_the_number_sign() -> None:
    assert not _every_form_holds(r"(?:第\d{1,4}号)?建议", "号")
    assert _every_form_holds(r"(?<!\d)第?\d{1,4}[ ]{0,2}号(?:建议|提案)", "号")


def test_references_are_found_with_and_without_a_number_sign() -> None:
    found = find_proposal("关于对市政协十三届二次会议第0123号提案的答复", [], [], [])
    assert found is not None and found.number == "0123" and found.kind == "提案"
    found = find_proposal(None, [], ["您提出的《关于加强社区养老服务的建议》（158号）收悉，现答复如下："], [])
    assert found is not None and found.number == "158" and found.title == "关于加强社区养老服务的建议"
    found = find_proposal(None, [], ["您提出的《关于加强社区养老服务的建议》（0641）收悉。"], [])
    assert found is not None and found.number == "0641"
    assert find_proposal(None, [], ["感谢您对我市交通工作的关心和支持。"], []) is None
