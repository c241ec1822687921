"""The text of one block, collected piece by piece, with its bold runs kept in step, and put in
NFC once for every reader."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from govdoc.blocks import Block


@dataclass(slots=True)
class LineBuilder:
    """A block's text collected piece by piece, with bold runs as offsets kept in step with it."""

    parts: list[str] = field(default_factory=list)
    bold: list[tuple[int, int]] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, bold: bool = False) -> None:
        """Append text; a bold piece touching the previous bold run extends it."""
        if not text:
            return
        if bold:
            self._bold(self.length, self.length + len(text))
        self.parts.append(text)
        self.length += len(text)

    def extend(self, text: str, bold: list[tuple[int, int]]) -> None:
        """Append text that comes with bold runs of its own (offsets within `text`)."""
        for start, end in bold:
            self._bold(self.length + start, self.length + end)
        self.parts.append(text)
        self.length += len(text)

    def _bold(self, start: int, end: int) -> None:
        if self.bold and self.bold[-1][1] == start:
            self.bold[-1] = (self.bold[-1][0], end)
        else:
            self.bold.append((start, end))

    def stripped(self) -> tuple[str, list[tuple[int, int]]]:
        """The text without edge spaces, and the bold runs moved with it."""
        text = "".join(self.parts)
        lead = len(text) - len(text.lstrip(" "))
        kept = text.strip(" ")
        bold = [(max(0, s - lead), min(len(kept), e - lead)) for s, e in self.bold]
        return kept, [(s, e) for s, e in bold if e > s]


# Characters of combining class 0 that canonical composition still joins to the character before
# them (Indic two-part vowels, Hangul vowel and final jamo): never a place to cut the text.
_COMPOSES_BACKWARD = frozenset(
    "\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf\u0ddf\u102e\u1b35"
    "\U00011127\U0001133e\U00011357\U000114b0\U000114ba\U000114bd\U000115af\U00011930"
)


def _cut_here(ch: str) -> bool:
    return not (
        unicodedata.combining(ch)
        or ch in _COMPOSES_BACKWARD
        or "\u1161" <= ch <= "\u1175"
        or "\u11a8" <= ch <= "\u11c2"
    )


@dataclass(frozen=True, slots=True)
class Normalised:
    """A text in NFC with the way back: where each old offset lands in the new text."""

    text: str
    starts: list[int]  # old offset → new offset of the piece it starts or falls in
    ends: list[int]  # old offset → new offset of the end of the piece it falls in

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where the old span `start`–`end` lies in the NFC text."""
        return self.starts[start], self.ends[end]


def nfc(text: str) -> Normalised | None:
    """`text` in NFC, or None when it already is (the common case, checked without copying).

    The text is cut where normalisation cannot reach across (before each character of
    combining class 0 that composes with nothing before it); each piece is normalised on
    its own, so an offset inside a piece that changed moves to the piece's start (as a
    start) or end (as an end), and every other offset moves exactly.
    """
    if unicodedata.is_normalized("NFC", text):
        return None
    starts = [0] * (len(text) + 1)
    ends = [0] * (len(text) + 1)
    parts: list[str] = []
    length = 0
    piece = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and not _cut_here(text[i]):
            continue
        normal = unicodedata.normalize("NFC", text[piece:i])
        for k in range(piece, i):
            starts[k] = length
            ends[k + 1] = length + len(normal)
        ends[piece] = length
        parts.append(normal)
        length += len(normal)
        piece = i
    starts[len(text)] = length
    joined = "".join(parts)
    whole = unicodedata.normalize("NFC", text)
    if joined != whole:  # a composition across a cut the table above does not know: one piece
        return Normalised(whole, [0] * len(text) + [len(whole)], [0] + [len(whole)] * len(text))
    return Normalised(joined, starts, ends)


def nfc_block(block: Block) -> None:
    """Put a block's text (and its table cells) in NFC, moving bold runs, gaps and joins with it.

    Every reader's blocks pass through here (see `govdoc.readers.Reading`) before any offset
    into the document's text exists, so "every string is NFC" holds whatever the format.
    """
    if block.cells is not None:
        block.cells = tuple(unicodedata.normalize("NFC", cell) for cell in block.cells)
    moved = nfc(block.text)
    if moved is None:
        return
    block.bold = [(s, e) for s, e in (moved.span(s, e) for s, e in block.bold) if e > s]
    block.gaps = [moved.starts[g] for g in block.gaps]
    block.joins = [moved.starts[j] for j in block.joins]
    block.set_text(moved.text)
