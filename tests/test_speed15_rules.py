"""Session 15's early exits inside the rules (issue #19 item 2): each skips a line or a pair of lines
a rule's own tests would refuse anyway, so it must refuse nothing those tests take.

Each guard is held to the tests it stands before: on hand-written lines (expected answers written by
hand from reading them), and on every line of the fixtures and shared corpora, the guard saying no
must mean the guarded tests say no.
"""

from __future__ import annotations

from govdoc.rules import join_values as J
from govdoc.rules.sections import _first_point_on_lead, leads_a_quote
from govdoc.state import Block, Zone
from tests.test_speed9 import _corpus_lines

# --- join_cut_dates: a line that ends on neither 月 nor a year's bracket heads no cut value ----------

# lines that may head a cut value (the pair tests decide), written by hand
HEADS = ["2024年6月", "二〇二四年九月  ", "某农函〔2024〕", "某政办发[2023]", "落款：2025年11月", "某住建"]
# lines that cannot: no cut date or 文号 ends so, and too long to be a cut agency code alone
# (`_code_cut`: at most `_CODE_HEAD_MAX` characters)
NOT_HEADS = ["某某市交通运输管理局", "2024年6月18日", "以上答复，请予审阅。", "某农函〔2024〕36号", "", "  "]
# the lines under a head the width cut from it: a day, a serial
TAILS = ["18日", "二十六日", "36号", "3号"]


def _line(text: str) -> Block:
    b = Block(text)
    b.zone = Zone.UNSET
    return b


def test_a_cut_dates_head_is_told_by_its_last_characters() -> None:
    for text in HEADS:
        assert J._may_head_cut_value(_line(text)), text
    for text in NOT_HEADS:
        assert not J._may_head_cut_value(_line(text)), text


def test_the_guard_refuses_no_pair_the_cut_tests_take() -> None:
    for text in [*HEADS, *NOT_HEADS, *_corpus_lines()]:
        a = _line(text)
        if J._may_head_cut_value(a):
            continue
        for tail in TAILS:
            assert not J._value_cut(a, _line(tail)), (text, tail)


def test_the_cut_dates_still_join() -> None:
    """`2024年6月` / `18日` and `某农函〔2024〕` / `36号` are one line again (and a line under neither stays)."""
    from govdoc.state import State

    blocks = [_line(t) for t in ("某市交通运输局", "2024年6月", "18日", "某农函〔2024〕", "36号", "特此答复。")]
    state = State(blocks=blocks)
    J.join_cut_dates(state)
    assert [b.text for b in state.blocks] == ["某市交通运输局", "2024年6月18日", "某农函〔2024〕36号", "特此答复。"]


# --- sections: a line without a colon leads no quote and holds no first point after one --------------


def test_a_quote_lead_and_a_first_point_on_it_need_a_colon() -> None:
    assert leads_a_quote(_line("您在提案中提出了如下建议：").folded)
    assert _first_point_on_lead(_line("代表建议：（1）加密班次；").folded) == "num-paren"
    for text in ["您在提案中提出了如下建议", "一、加强组织领导", *_corpus_lines()]:
        f = _line(text).folded
        if ":" in f:
            continue
        assert not leads_a_quote(f), text
        assert _first_point_on_lead(f) is None, text


# --- sections: a line holding no quote mark leaves the quotation depth as it was ---------------------


def test_each_quote_pair_still_opens_a_quotation() -> None:
    """The marks `_quote_depths` scans for before its loop are `patterns.QUOTE_PAIRS`' own: a
    line opening any pair's quotation (and not closing it) puts the lines under it inside, up to the
    closing line."""
    from govdoc import patterns as P
    from govdoc.rules.sections import _inside_quotes, _quote_depths

    def inside(body: list[Block]) -> set[int]:
        return _inside_quotes(_quote_depths(body, 0), 0)

    for opening, closing in P.QUOTE_PAIRS:
        body = [
            _line(f"{opening}一、加大财政投入"),
            _line("二、完善管护机制"),
            _line(f"三、强化督查{closing}"),
            _line("四、其他"),
        ]
        assert inside(body) == {1, 2}, (opening, closing)
    body = [_line("一、加大财政投入"), _line("二、完善管护机制")]
    assert inside(body) == set()


# --- furniture: EDGE_CHROME's rows are told by their first characters alone --------------------------


def test_edge_chrome_is_refused_by_first_characters_alone() -> None:
    """Every alternative of EDGE_CHROME is filed by its first characters, so a line opening with none
    of them is refused without the guard's call (as the walk does); a line the guard takes opens so."""
    from govdoc.rules.cleanup.furniture import _edge_start

    guard = _edge_start()
    assert guard.only_firsts
    for text in _corpus_lines():
        f = _line(text).folded
        if guard.match(f):
            assert f[:1] in guard.firsts, text
