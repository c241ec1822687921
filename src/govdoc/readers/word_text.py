"""Word's own text of a document: what its object model's `Range.Text` gives (a macro's
`ActiveDocument.Content.Text`, pywin32, Office JS, a tool saving that string to a file).

Word ends each paragraph with a CR alone and each table cell, and each table row, with its end-of-cell
mark, CR then BEL (`\\r\\x07`): in the text every cell after the first opens its line with a BEL, and a
row's end is a line holding a BEL alone. A BEL is no character a document prints; right after a CR it is
Word's mark, so the reader takes it as a line's edge, as it takes the line's spaces (the line's offsets
stay the file's: the characters kept are where the file holds them).
"""

from __future__ import annotations

# Word's end-of-cell (and end-of-row) mark, as its object model writes it into a range's text.
CELL_MARK = "\r\x07"
# What a line of such a text has at its edges besides spaces and line ends: the mark's BEL.
CELL_MARK_EDGE = "\x07"


def shows_cell_marks(text: str) -> bool:
    """Whether `text` holds Word's end-of-cell marks: a BEL right after a CR (a BEL alone, which no
    document prints, is looked for first: one scan in the texts that hold none)."""
    return CELL_MARK_EDGE in text and CELL_MARK in text


def without_cell_marks(sample: str) -> str:
    """`sample` with each end-of-cell mark's BEL taken out, for a count of the control characters that
    tells a binary file from text: a Word table's marks are a text's, however many cells it has."""
    return sample.replace(CELL_MARK, "\r") if shows_cell_marks(sample) else sample
