"""A running head a paged document shows on one later page only: a line of the page header, no line of the text.

A running head repeated in the top band of two pages or more is furniture by its count (`Hints.repeats`). A
document of two pages shows its second page's head once (Word's header from the second page on: the organ's name
set small at the top right), and it was read as a line of the body between two sections (format32). The reader
sets such a line apart at the page's top edge (`page_edge`: short, alone above the text, in the page's top band);
on a page after the first, set in type smaller than the body's, it is the page header's, not the document's
first line on that page (a heading, a paragraph's lines and a table's rows are set at the body's size, or stand
lower, in the text's own area). The first page's top line is the 版头's or a 份号's and is not asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from govdoc.state import Block

_SMALLER = 0.85  # at most this share of the body's size: 五号 (10.5 pt) and 小四 (12 pt) heads under 三号 (16 pt) text


def lone_running_heads(blocks: Sequence[Block]) -> set[int]:
    """The places of the lines set apart at the top edge of a page after the first, in type smaller than the body's
    (the size most of the text's characters are set in)."""
    heads = [
        i
        for i, b in enumerate(blocks)
        if b.hints.page_edge == "top" and (b.hints.page or 0) > 1 and b.hints.size and b.hints.repeats < 2
    ]
    if not heads:
        return set()
    sizes: Counter[float] = Counter()
    for b in blocks:
        if b.hints.size and b.hints.page_edge is None:
            sizes[round(b.hints.size, 1)] += len(b.text)
    if not sizes:
        return set()
    body = sizes.most_common(1)[0][0]
    return {i for i in heads if (blocks[i].hints.size or 0.0) <= _SMALLER * body}
