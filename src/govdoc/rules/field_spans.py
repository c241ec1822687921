"""Spans for the header and trailer fields: the rule that finds a value says where it found it.

Each field rule sets a value and its sibling span together (`header.title` with `title_span`,
`imprint.cc` with `cc_spans` …), from the block and the offsets it read the value from. These
helpers turn what a rule knows into spans: `at` for a value the rule cut out of a block by
offsets; `inside` and `each_inside` for values a field parser (a splitter of organs, the
contact labels, the information table's pairs) returned as text, looked for only inside the
blocks that rule read, in reading order. A value that does not stand in its source as written
(an ISO date, the category A from 采纳解决) gets the span of the text it was read from where
the rule knows it, else null; never a nearby guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from govdoc.model import Span
from govdoc.state import Block, ParaDraft, State, Zone

_CHROME, _METADATA = Zone.CHROME, Zone.METADATA  # module names: a `Zone.X` look-up is dear
_METADATA_ONLY = frozenset((_METADATA,))


def _live(blocks: Iterable[Block]) -> list[Block]:
    return [b for b in blocks if b.start >= 0 and b.zone is not _CHROME]


def at(state: State, block: Block, start: int = 0, end: int | None = None, *, strip: bool = True) -> Span | None:
    """The span of `block.text[start:end]`, its surrounding white space left out unless `strip` is
    False (None when that is empty, or the block is not part of the text)."""
    if block.start < 0 or block.zone is _CHROME:
        return None
    stop = len(block.text) if end is None else end
    piece = block.text[start:stop]
    lead, trail = (len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())) if strip else (0, 0)
    if start + lead >= stop - trail:
        return None
    return state.span(block, start + lead, stop - trail)


class Cursor:
    """Finds values in order inside the blocks a rule read, each search going on after the last find."""

    def __init__(self, state: State, blocks: Iterable[Block], start: int = 0) -> None:
        self.state = state
        self.blocks = _live(blocks)
        self.place = (0, start)  # (block index, offset) after the last find

    def find(self, value: str | None) -> Span | None:
        """The span of `value`'s next occurrence after the last find, so repeated values get distinct spans."""
        if not value:
            return None
        first_block, first_offset = self.place
        for k in range(first_block, len(self.blocks)):
            b = self.blocks[k]
            found = b.text.find(value, first_offset if k == first_block else 0)
            if found >= 0:
                self.place = (k, found + len(value))
                return self.state.span(b, found, found + len(value))
        return None


def inside(state: State, blocks: Iterable[Block], value: str | None, start: int = 0) -> Span | None:
    """Where `value` stands in `blocks` (the first from offset `start`), the blocks its rule read it from."""
    return Cursor(state, blocks, start).find(value)


def after_label(state: State, blocks: Iterable[Block], key: str, value: str) -> Span | None:
    """Where `value` stands after `key` and its colon on one of `blocks` (是否公开：是 → the 是, 复文分类:B → the B),
    or None: a short value read under its label is no other place it stands in the lines (the 是 of 是否, a
    B on a line above the label's), which `inside` would take."""
    value = value.strip()
    for b in blocks:
        k = b.folded.find(key)
        colon = b.folded.find(":", k + len(key)) if k >= 0 else -1
        v = b.text.find(value, colon + 1) if colon >= 0 and value else -1
        if v >= 0:
            return at(state, b, v, v + len(value))
    return None


def each_inside(state: State, blocks: Iterable[Block], values: Sequence[str], start: int = 0) -> tuple[Span, ...]:
    """One span per value, found in order; none at all when any is missing, so the lists stay aligned."""
    cursor = Cursor(state, blocks, start)
    spans = [cursor.find(v) for v in values]
    return tuple(s for s in spans if s is not None) if all(spans) else ()


def lines(state: State, blocks: Sequence[Block], value: str | None) -> Span | None:
    """Where `value` stands in lines that a rule joined, each stripped (a wrapped title, and what
    is cut out of it): from its first character on one line to its last on another."""
    live = _live(blocks)
    if not value or not live:
        return None
    pieces = [(b, len(b.text) - len(b.text.lstrip()), b.text.strip()) for b in live]
    found = "".join(text for _, _, text in pieces).find(value)
    if found < 0:
        return None
    first = last = None
    seen = 0
    for b, lead, text in pieces:
        if first is None and found < seen + len(text):
            first = state.span(b, lead + found - seen, lead + found - seen)
        if first is not None and found + len(value) <= seen + len(text):
            last = state.span(b, lead + found + len(value) - seen)
            break
        seen += len(text)
    if first is None or last is None:
        return None
    return Span(first.start, last.start, first.page)  # both new from state.span: nothing else to keep


def in_paragraphs(paragraphs: Iterable[ParaDraft], value: str | None) -> Span | None:
    """Where `value` stands in the first of `paragraphs` (already placed in the text) that holds it."""
    for p in paragraphs if value else ():
        found = p.text.find(value or "")
        if found >= 0:
            return Span(p.start + found, p.start + found + len(value or ""), p.page)
    return None


def metadata_blocks(state: State) -> list[Block]:
    """The lines of the information table, where every `header.metadata` value was read."""
    return state.in_zones(_METADATA_ONLY)


def table_value(state: State, values: Sequence[str]) -> tuple[str, Span | None] | None:
    """The first of the information table's `values` and where it stands in the table's lines."""
    if not values:
        return None
    return values[0], inside(state, metadata_blocks(state), values[0])


def in_last_paragraph(state: State, value: str | None) -> Span | None:
    """Where `value` stands at the end of the body: for a 落款 flattened onto the body's last
    line, whose block was joined into that paragraph."""
    drafts = list(state.preamble)
    stack = list(reversed(state.sections))
    while stack:
        section = stack.pop()
        drafts.extend(section.paragraphs)
        stack.extend(reversed(section.children))
    last = max(drafts, key=lambda p: p.start, default=None)
    found = last.text.rfind(value) if last is not None and value else -1
    if last is None or found < 0 or not value:
        return None
    return Span(last.start + found, last.start + found + len(value), last.page)
