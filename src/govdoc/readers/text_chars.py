"""Characters and a counting helper the text reader's modules share."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from govdoc.charclass import EDGE_SPACE

LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits at
LINE_EDGES = EDGE_SPACE + LINE_ENDS

Repairs = list[tuple[str, str]]  # (kind, message) of each warning a reading makes


def at_most_two(matches: Iterator[object]) -> int:
    """How many matches there are, counted to two: the search stops at the second, where
    `len(findall(...)[:2])` built the list of all (diffread-A A7)."""
    return sum(1 for _ in islice(matches, 2))
