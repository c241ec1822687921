"""A rule that cuts one line into several keeps what the reader noted inside each piece."""

from __future__ import annotations

from govdoc.blocks import Block


def test_a_piece_moves_gaps_spaces_joins_and_bold_into_its_own_offsets() -> None:
    # 特此答复。|某局  2024年6月18日 : a gap after 某局, a page join inside the date, bold over 特此答复
    b = Block("特此答复。某局2024年6月18日", bold=[(0, 4)], gaps=[7], spaces=[3], joins=[10], blank_before=True)
    head, tail = b.piece(0, 5, first=True), b.piece(5, len(b.text), first=False)
    assert (head.text, head.bold, head.spaces, head.gaps, head.joins) == ("特此答复。", [(0, 4)], [3], [], [])
    assert (tail.text, tail.bold, tail.gaps, tail.joins) == ("某局2024年6月18日", [], [2], [5])
    assert tail.folded == b.folded[5:]


def test_what_stood_before_the_line_stays_before_the_first_piece_only() -> None:
    b = Block("一二三四", blank_before=True, rule_before=True, page_before=True)
    first, second = b.piece(0, 2, first=True), b.piece(2, 4, first=False)
    assert (first.blank_before, first.rule_before, first.page_before) == (True, True, True)
    assert (second.blank_before, second.rule_before, second.page_before) == (False, False, False)
