"""A .docx a converter made from a PDF: every printed line its own paragraph, its marks no paragraph's end.

A PDF-to-Word tool (format32) writes each line it finds on the page as a paragraph of its own: a paragraph's first
line indented two characters, its later lines flush left, each as long as the measure, and a line cut in the middle
of a sentence ends its Word paragraph there. Read as Word's paragraphs, every wrapped line was a paragraph, a
sentence cut in three. Such a body shows it: lines as long as its longest (the measure), ending in the middle of a
sentence, each followed by a line that does not indent. Where two lines or more are so cut, the body's paragraph
marks are taken for line ends (`paragraph_end` off), each line opening an indented paragraph keeping its indent as
a hint, and the paragraphs are found as a hard-wrapped text's are (rules.joins), each join a guess and said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from govdoc.blocks import Block
from govdoc.readers.docx.names import w
from govdoc.readers.docx.values import plain_int

_MIN_CUTS = 2  # lines cut mid-sentence under a measure: fewer is a paragraph typed without its stop
_SLACK = 3  # characters a cut line may fall short of the measure (a closing mark pulled back, half-width figures)
_MIN_MEASURE = 15  # a body whose longest line is shorter holds no measure to fill
_OPEN_ENDS = frozenset("，、（《“‘(")  # marks after which a sentence goes on


def indents_first_line(ppr: Any) -> bool:
    """The paragraph's own properties indent its first line (`w:ind` firstLine or firstLineChars above 0)."""
    ind = ppr.find(w("ind")) if ppr is not None else None
    if ind is None:
        return False
    return any((plain_int(ind.get(w(name))) or 0) > 0 for name in ("firstLine", "firstLineChars"))


def _plain(b: Block) -> bool:
    """A body line of running text as the walker gave it: a paragraph's last line, no table's, not centred."""
    return bool(b.text) and b.hints.paragraph_end and not b.table and b.cells is None and not b.hints.centered


def _open_end(text: str) -> bool:
    """`text` ends where a sentence goes on: on an ideograph, a figure, a letter or a mark that opens or parts."""
    last = text.rstrip()[-1:]
    return bool(last) and (last.isalnum() or last in _OPEN_ENDS)


def printed_lines(blocks: Sequence[Block], indented: set[int]) -> None:
    """Where the body's paragraphs are a converter's printed lines (see the module), their marks taken for line
    ends: `paragraph_end` off on every line of running text, `indent` on those whose paragraph indents (ids in
    `indented`), in place."""
    lines = [b for b in blocks if _plain(b)]
    if len(lines) <= _MIN_CUTS:
        return
    measure = max(len(b.text.strip()) for b in lines)
    if measure < _MIN_MEASURE:
        return
    cuts = 0
    for a, b in pairwise(blocks):
        if _plain(a) and _plain(b) and id(b) not in indented:
            cuts += len(a.text.strip()) >= measure - _SLACK and _open_end(a.text)
    if cuts < _MIN_CUTS:
        return
    for b in lines:
        b.hints = replace(b.hints, paragraph_end=False, indent=id(b) in indented)
