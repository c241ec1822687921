"""A rule that cuts one line into several keeps what the reader noted inside each piece."""

from __future__ import annotations

from govdoc.blocks import Block, Box, Origin, merge_origins


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


def test_origins_merged_at_once_are_those_merged_line_by_line() -> None:
    """`merge_origins` (the joins' merge, once per paragraph) gives what `Block.absorb` gives line by
    line: references in order without repeats (a repeat inside one line's own kept), boxes united
    page by page in their pages' first order, a missing origin skipped, the first taken as it is."""
    p1a, p1b, p2 = Box(1, 10, 10, 50, 20), Box(1, 10, 22, 80, 32), Box(2, 12, 40, 60, 50)
    origins: list[Origin | None] = [
        None,
        Origin(("page:1",), (p1a,)),
        Origin(("page:1", "page:2", "page:2"), (p1b, p2)),
        None,
        Origin(("page:2",), (Box(2, 5, 30, 20, 36),)),
    ]
    for first in (None, Origin(("page:1",), (p1a, p1b))):
        line_by_line = Block("一", origin=first)
        for origin in origins:
            line_by_line.absorb(Block("二", origin=origin))
        assert merge_origins(first, origins) == line_by_line.origin
    same = Origin(("line:3",), ())
    assert merge_origins(same, [same]) is same
    assert merge_origins(None, [None]) is None
