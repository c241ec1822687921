"""A running head a paged document shows on one later page only: a line of the page header, no line of the text.

A running head repeated in the top band of two pages or more is furniture by its count (`Hints.repeats`). A
document of two pages shows its second page's head once (Word's header from the second page on: the organ's name
set small at the top right), and it was read as a line of the body between two sections (format32). The reader
sets such a line apart at the page's top edge (`page_edge`: short, alone above the text, in the page's top band);
on a page after the first, set in type smaller than the page's first line of text under it, it is the page
header's, not the document's (a heading, a paragraph's lines and a table's rows are set at the body's size, or
stand lower, in the text's own area). The first page's top line is the 版头's or a 份号's and is not asked.
Asked only of a line set apart at a page's top, it looks at the few lines under it, never walks the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from govdoc.state import Block

_SMALLER = 0.85  # at most this share of the text's size: 五号 (10.5 pt) and 小四 (12 pt) heads over 三号 (16 pt) text
_LOOK = 3  # lines looked at under the head for the page's first line of text


def lone_running_head(blocks: Sequence[Block], i: int) -> bool:
    """`blocks[i]`, set apart at the top edge of a page after the first and shown on no other page, is set smaller
    than the first line of text under it."""
    hints = blocks[i].hints
    if hints.page_edge != "top" or (hints.page or 0) < 2 or not hints.size or hints.repeats >= 2:
        return False
    for b in blocks[i + 1 : i + 1 + _LOOK]:
        if b.hints.page_edge is None and b.hints.size:
            return hints.size <= _SMALLER * b.hints.size
    return False
