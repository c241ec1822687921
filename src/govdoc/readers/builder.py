"""The text of one block, collected piece by piece, with its bold runs kept in step."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class LineBuilder:
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
