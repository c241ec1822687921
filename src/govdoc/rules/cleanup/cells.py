"""A 落款 set in a table's right column beside the contact (struct30 cause 4).

An office template may lay the document's end out as a borderless table of two columns: the contact at the left,
the 落款's organ and date at the right (`| 联系人：周某 | 某市文化广电和旅游局 |` ⏎ `| 联系电话：… | 2026年8月21日 |`).
Read row by row, each line held a contact label and an organ (or the date), so no 落款 was found: its organ and
date never stood on lines of their own. Each such row is cut at its cells' tab into two lines, the contact's marked
`beside`, as a printed line setting the same two columns side by side is (`rules.cleanup.flattened`,
`signature_beside`), so the 落款 reads past the contact and the contact is read as before. Only rows after the
running text's last sentence are looked at (a body's table listing units beside their liaisons keeps its rows).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from govdoc.rules.cleanup.flattened import signature_beside
from govdoc.state import State

_CELL_GAP = regex.compile(r"[ ]{0,8}\t[ ]{0,8}")  # the tab parting a table row's two cells in its block's text
_TWO_CELLS = 2
_TAIL_REACH = 12  # the lines a document's end is looked for in, from its last line up


def _labelled_value(left: str) -> bool:
    """The left cell holds its label's value after the colon (`联系人：周某`): a bare label (`承办单位通讯地址`) is
    a row of a contact table whose right cell is its value, an address or a unit that may read as an organ's name
    (review R3: the seed's contact table lost its address)."""
    label, colon, value = left.partition(":")
    return bool(colon) and bool(label.strip()) and bool(value.strip())


def signature_cells(state: State) -> None:
    """Each two-cell table row after the running text whose left cell is a contact line and whose right cell is the
    落款's organ or date alone becomes two lines, the contact's marked `beside`."""
    blocks = state.blocks
    first = len(blocks)
    while first > 0 and len(blocks) - first < _TAIL_REACH and "。" not in blocks[first - 1].folded:
        first -= 1  # (a row of the end holds no sentence: the running text ends at the last line holding one)
    cut: list[tuple[int, tuple[int, int]]] = []
    for i in range(first, len(blocks)):
        b = blocks[i]
        if (
            b.cells is not None
            and len(b.cells) == _TWO_CELLS
            and _labelled_value(b.folded.split("\t", 1)[0])
            and (gap := signature_beside(b.folded, _CELL_GAP))
        ):
            cut.append((i, gap))
    for i, (lo, hi) in reversed(cut):
        b = blocks[i]
        left, right = b.piece(0, lo, first=True), b.piece(hi, len(b.text), first=False)
        left.hints = replace(left.hints, beside=True)
        blocks[i : i + 1] = [left, right]
