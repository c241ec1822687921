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


# Word's non-breaking hyphen, as its object model writes it into a range's text (and a .doc's text stream)
NON_BREAKING_HYPHEN = "\x1e"
# … the character it stands for, written in its place where it stands inside a line: a record separator (a C0
# control) kept in the text reached the values (a phone `0571\x1e86012345`, diffread-B B3)
WORD_HYPHEN = "\u2011"
# what stands on neither side of a non-breaking hyphen inside a line: line ends (str.splitlines') and spaces
_NOT_AROUND_A_HYPHEN = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 \t\u3000")


def joined_at_hyphens(lines: list[str]) -> list[str]:
    """`lines` (str.splitlines' pieces, ends kept) joined again where a piece ends on U+001E standing between
    two characters of a line: str.splitlines cuts at it as at a record separator, but Word writes it for a
    non-breaking hyphen (`0571\\x1e86012345`, `2024\\x1e2025年`), a character of its line, read as the one it
    means (U+2011, `WORD_HYPHEN`: the text and the values hold no control character). A U+001E alone or at
    a line's edge (a JSON text sequence's record separator) still parts the pieces. Only a text holding one
    asks (conv23)."""
    out: list[str] = []
    for piece in lines:
        last = out[-1] if out else ""
        if (
            last[-1:] == NON_BREAKING_HYPHEN
            and len(last) > 1
            and last[-2] not in _NOT_AROUND_A_HYPHEN
            and piece[:1]
            and piece[0] not in _NOT_AROUND_A_HYPHEN
        ):
            out[-1] = last[:-1] + WORD_HYPHEN + piece  # the character Word means, one for one (spans hold)
        else:
            out.append(piece)
    return out
