"""Whether a Word table is the page's layout rather than a table of data: the whole document set in a table.

Offices lay a 请示 or a 函 out in one borderless table: a row for the 版头, a row of the 文号 beside the 签发人, the
body in one cell across the table, the 落款 in the last row's right cell. Two of its rows hold two cells, so it
looks like a table of data to a rule counting cells, and its body would be one cell of a table, no paragraphs. What
no table of data holds is running prose across it: a row of a single cell whose paragraphs are sentences (two or
more ending in a full stop) and which holds most of the table's words, its other rows few blocks side by side (at
most two rows of two cells with text: the 文号 beside the 签发人, the contact beside the 落款), none a row of data
(three cells with text or more: a table of figures under a long note merged across its foot stays a table,
REVIEW31 R4). Such a table's cells are read as ordinary text, as a table of one-cell rows is.
"""

from __future__ import annotations

_SENTENCE_ENDS = ("。", "！", "？", "；", "：")
_MIN_SENTENCES = 2
_MAX_SIDE_BY_SIDE = 2  # rows of two cells with text a layout holds at most


def holds_running_text(row_lines: list[list[list[str]]]) -> bool:
    """Whether one of the table's rows is a single cell of running prose holding more than half of the table's
    characters (`row_lines`: each row's cells, each cell's lines)."""
    filled = [sum(1 for lines in cells if lines) for cells in row_lines]
    if any(n > 2 for n in filled) or sum(1 for n in filled if n == 2) > _MAX_SIDE_BY_SIDE:
        return False  # rows of data beside the prose: a table of figures under a long note
    total = sum(len(line) for cells in row_lines for lines in cells for line in lines)
    for cells in row_lines:
        shown = [lines for lines in cells if lines]
        if len(shown) != 1 or len(cells) != 1:
            continue
        lines = shown[0]
        sentences = sum(1 for line in lines if line.rstrip().endswith(_SENTENCE_ENDS))
        if sentences >= _MIN_SENTENCES and 2 * sum(len(line) for line in lines) > total:
            return True
    return False
