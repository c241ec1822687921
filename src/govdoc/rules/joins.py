"""Re-join body paragraphs split by a page break, and markers cut from their text.

A block that ends mid-sentence, followed by one that starts with neither a marker nor a
heading, is one paragraph cut by a page end: the two are joined with no separator and the
join is reported as a `page-break-joined` warning, since it is a guess from text alone.
A block that is only a marker (`三是`, `（一）`) is joined to the text that follows it.
Without other evidence only a line long enough to have been cut by the page width is taken as
cut; a page number dropped between the two lines, or a form feed, is that evidence for a line of
any length.

The rule (`join_breaks`) and the paragraph it gathers (`_Grown`) stand here; the questions it asks of two lines
stand in their own modules (session 30): `join_continues` (whether a line goes on in the next), `join_titles` and
`join_lists` (a heading's and an inline list's cuts), `join_measure` (the width a copy was wrapped at, its indent
convention), `join_lines` (what they share); the value cuts joined before the header and trailer are looked for
are the rules of `join_values`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from govdoc.blocks import Origin, merge_origins
from govdoc.rules import lines as L
from govdoc.rules.cleanup import page_furniture
from govdoc.rules.join_continues import _carries_on, _ends_for_good, _lone_marker, _width_cut, continues
from govdoc.rules.join_lines import (
    _BODY,
    _CHROME,
    _CLOSING,
    _LEAD_ENDS,
    _OPENING,
    _WIDTH_SLACK,
    JOINED_MESSAGE,
    _aligned_row,
    _opening,
)
from govdoc.rules.join_measure import _fills_measure, _IndentsOpen, _reaches, indent_convention, line_width, wrap_width
from govdoc.rules.join_titles import _bare_heading, _next_part, _run_in_title_cut, _title_lines, _whole_title_at_width
from govdoc.rules.sections import CnSoFar
from govdoc.state import Block, State, Zone

_JOINED_ZONES = frozenset((_BODY, _CLOSING))
_TRAILER_ZONES = frozenset((Zone.SIGNATURE, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT, Zone.ATTACHMENTS, Zone.TRAILER))


def join_breaks(state: State) -> None:
    """The rule: joins paragraphs cut by a page end and markers cut from their text, warning
    `page-break-joined` for each join, since it is a guess.

    Two walks: the width a hard-wrapped text was cut at is read off all the body's lines before
    the first join is judged (the first walk, which also warns of the joins a reader made).
    """
    body: list[Block] = []
    joinable: list[Block] = []  # the body's and the closing's lines, whose indents may mark paragraphs
    for b in state.blocks:
        zone = b.zone
        if b.joins and zone is not _CHROME:  # joins a reader made from layout (a PDF paragraph over a page end)
            for at in b.joins:
                state.warn("page-break-joined", JOINED_MESSAGE, b, max(0, at - 1), 2)
        if zone is _BODY:
            body.append(b)
            joinable.append(b)
        elif zone is _CLOSING:
            joinable.append(b)
    width = wrap_width(body)
    indents = indent_convention(joinable)
    indents_open = _IndentsOpen(joinable, indents)  # asked under a rare gate, answered once
    reach = line_width(joinable) if indents else 0.0  # how far the text's lines reach across the page
    plain = width <= 0 and not indents  # a pair's classes may then answer `continues` (`_ends_for_good`)
    out: list[Block] | None = None  # the blocks left once joined, chrome included: made from the first join on
    kept: list[Block] = []  # the live blocks so far, joins made (a list rebuilt, not popped from: linear)
    page_end = False  # a page number was dropped since the last live block
    last_line: Block | None = None  # the last line joined into the last live block
    # The last live block's opening once it is longer than `_OPENING` (None: the block itself), asked
    # what kind of line the paragraph opened as (`_opening`); and the origins of the lines joined into
    # it, merged once it is whole (merged at each join, the growing references were copied each time).
    opening: Block | None = None
    origins: list[Origin | None] = []
    # The last live block once joined past `_LONG` characters: its lines gathered and joined once it
    # is whole, `kept[-1]` standing for it meanwhile as its two ends (`_Grown`). None: `kept[-1]`.
    grown: _Grown | None = None
    cn = CnSoFar()  # the number the 一、 family expects after the body so far, asked by `_next_part`
    for i, b in enumerate(state.blocks):
        if b.zone is _CHROME:
            page_end = page_end or page_furniture(b)
            if out is not None:
                out.append(b)
            continue
        a = kept[-1] if kept else None
        page_end = page_end or b.page_before
        if (
            plain
            and not page_end
            and a is not None
            and (a.zone is not b.zone or a.zone not in _JOINED_ZONES or _ends_for_good(a, b))
        ):
            # not joined, as the walk below would find (the zones part them, or the pair's classes say
            # `b` opens a paragraph), and nothing else to ask: no width, no indents, no page end
            last_line = b
            if grown is not None:
                kept[-1] = grown.whole()
                grown = None
            if origins:
                kept[-1].origin = merge_origins(kept[-1].origin, origins)
                origins = []
            opening = None
            kept.append(b)
            if out is not None:
                out.append(b)
            continue
        if opening is None and a is not None and len(a.folded) > _OPENING:
            opening = _opening(a)  # made once: the block's start does not change as it grows
        joined = (
            a is not None
            and a.zone is b.zone
            and a.zone in _JOINED_ZONES
            and continues(
                a,
                b,
                width,
                page_end,
                -1 if last_line is None else len(last_line.folded.strip()),
                len(kept) > 1 and kept[-2].zone in _TRAILER_ZONES,
                opening,
                grown,
                indents_open,
            )
        )
        # `二、三级…` after the document's 一、 is its next part, unless the width or a page end cut the
        # line above inside a word (asked only of a line that carries one on: most lines do not)
        joined = joined and not (
            _next_part(kept, b, cn)
            and not (_width_cut(a, width, last_line, page_end, opening) and not _bare_heading(b, width))
        )
        if indents and a is not None and a.zone is b.zone and a.zone in _JOINED_ZONES:
            if b.hints.indent:  # an indented line opens a paragraph: only a marker alone above takes it
                joined = (joined and _lone_marker(a, len(a.folded.rstrip()))) or (
                    last_line is a and _title_lines(a, b, len(kept) > 1 and kept[-2].zone in _TRAILER_ZONES)
                )
            else:
                line = last_line or a
                # a line ending on a stop the wrap hung there: one the wrap filled (a wrapped line of the paragraph, one
                # as long as the width a hard-wrapped text was cut at, or one over a line the wrap filled and cut too),
                # not a paragraph set on one line
                hung = (
                    _fills_measure(line, reach)
                    and (
                        line is not a
                        or (width > 0 and len(line.folded.strip()) >= width - _WIDTH_SLACK)
                        or (_fills_measure(b, reach) and L.ends_open(b))
                        # a member's end or a lead's colon: no paragraph the text indents ends on either (struct29)
                        or a.folded.rstrip()[-1:] in _LEAD_ENDS
                    )
                )
                joined = joined or (_reaches(line, reach) and _carries_on(a, b, opening, reach, page_end, hung))
        if not joined and page_end and a is not None and a.zone is _BODY and b.zone is _BODY:
            joined = _run_in_title_cut(a, b, kept, state.blocks, i)
        if joined and width > 0 and last_line is a and a is not None and a.zone is _BODY:
            joined = not _whole_title_at_width(a, b, kept, state.blocks, i)
        if joined and (b.table or (a is not None and a.table)):
            joined = False  # a table's row never joins nor is joined, whatever the indents say (review20)
        if joined and last_line is a and a is not None and len(kept) > 1 and _aligned_row(a) and _aligned_row(kept[-2]):
            joined = False  # the last row of a run aligned by spaces (an agenda's) ends at its line too (conv23)
        page_end = False
        last_line = b
        if joined:
            assert a is not None
            soft = a.hints.soft_break  # the format says the paragraph goes on: no guess to report
            if grown is None and len(a.folded) + len(b.folded) > _LONG:
                grown = _Grown(a)
            if grown is None:
                offset = a.absorb(b, origin=False)
            else:
                offset = grown.absorb(b)
                kept[-1] = grown.ends()
            _move_run_ons(state, b, a if grown is None else grown.block, offset)
            origins.append(b.origin)
            if out is None:  # its text now lives in `a`: `b` leaves the list, which is copied so far
                out = state.blocks[:i]
            if not soft:
                state.warn("page-break-joined", JOINED_MESSAGE, a if grown is None else grown.block, offset - 1, 2)
            continue
        if grown is not None:
            kept[-1] = grown.whole()
            grown = None
        if origins:
            kept[-1].origin = merge_origins(kept[-1].origin, origins)
            origins = []
        opening = None
        kept.append(b)
        if out is not None:
            out.append(b)
    if grown is not None:
        kept[-1] = grown.whole()
    if origins:
        kept[-1].origin = merge_origins(kept[-1].origin, origins)
    if out is not None:
        state.blocks = out


def _move_run_ons(state: State, line: Block, into: Block, offset: int) -> None:
    """What was found written on at the end of `line`, now joined into `into` at `offset`, moves along with
    it: a formula (…投入使用。此复。, struct27) and a 落款 flattened onto the body's last line (…作出更大贡献。
    二○○五年二月七日, w052: a page break above that line joined it to the paragraph, and the date, read as the
    signature's, stayed in the paragraph's text as well)."""
    if state.closing_run_on is not None and state.closing_run_on[0] is line:
        state.closing_run_on = (into, offset + state.closing_run_on[1])
    if state.signature_date is line and state.signature_from:
        state.signature_date, state.signature_from = into, offset + state.signature_from


# A paragraph joined past this many characters is asked about through its first and last `_ENDS`
# (`_Grown.ends`): no question the joins ask reads further into it than that (what it opened as:
# a marker, a label, a heading's title and whether text runs on after it; how it ends), and asking
# the whole paragraph, made anew at each join, read it again at each of its lines.
_LONG = 1024
_ENDS = _LONG // 2


class _Grown:
    """A paragraph `join_breaks` has joined past `_LONG` characters: the lines joined to it are
    gathered (their text, folded copy, marks and hints, as `Block.absorb` leaves them) and joined
    into the block once (`whole`), and the questions about the paragraph meanwhile are asked of a
    block of its first and last `_ENDS` characters (`ends`). Joining a line per join copied the
    paragraph so far at each of its lines."""

    __slots__ = (
        "block",
        "closes",
        "foldeds",
        "head",
        "hints",
        "length",
        "marks",
        "near",
        "opens",
        "starts",
        "stop",
        "tail",
        "texts",
    )

    def __init__(self, block: Block) -> None:
        self.block = block  # the paragraph's own block, its text as it stood before the first line gathered
        self.texts = [block.text]
        self.foldeds = [block.folded]
        self.starts = [0]  # where each gathered piece starts in the paragraph
        self.length = len(block.text)
        # what two questions read of the whole paragraph: its brackets, and where its last 。 stands
        self.opens, self.closes = block.folded.count("("), block.folded.count(")")
        self.stop = block.folded.rfind("。")
        # (text, folded) of the paragraph's first and last `_ENDS` characters
        self.head = (block.text[:_ENDS], block.folded[:_ENDS])
        self.tail = (block.text[-_ENDS:], block.folded[-_ENDS:])
        # bold runs, gaps and removed spaces as `absorb` leaves them (None: still the block's own), and
        # the gaps and removed spaces in the head and in the tail, which `ends` moves along
        self.marks: list[list[Any] | None] = [None, None, None]
        self.near = [self._near(block.gaps, 0), self._near(block.spaces, 0)]
        self.hints = block.hints

    def _near(self, marks: Sequence[Any], since: int) -> tuple[list[int], list[int]]:
        """Of `marks` (places from `since` on), those in the head and those in the tail."""
        head, cut = len(self.head[0]), self.length - len(self.tail[0])
        return [g for g in marks if g < head and g >= since], [g for g in marks if g >= cut]

    def absorb(self, other: Block) -> int:
        """Gathers `other` as `Block.absorb(other, origin=False)` joins it; returns where it starts."""
        offset = self.length
        owns: tuple[Sequence[Any], ...] = (self.block.bold, self.block.gaps, self.block.spaces)
        added: list[list[Any]] = [[], [], []]
        if other.bold or other.gaps or other.spaces:  # most lines: none
            added = [
                [(s + offset, e + offset) for s, e in other.bold],
                [g + offset for g in other.gaps],
                [g + offset for g in other.spaces],
            ]
            for k, new in enumerate(added):
                if new:
                    marks = self.marks[k]
                    if marks is None:
                        marks = self.marks[k] = list(owns[k])
                    marks += new
        self.texts.append(other.text)
        self.foldeds.append(other.folded)
        self.starts.append(offset)
        self.length += len(other.text)
        self.opens += other.folded.count("(")
        self.closes += other.folded.count(")")
        stop = other.folded.rfind("。")
        if stop >= 0:
            self.stop = offset + stop
        text, folded = self.head
        short = len(text) < _ENDS  # the head fills up (at the first line gathered: the block is long then)
        if short:
            self.head = ((text + other.text)[:_ENDS], (folded + other.folded)[:_ENDS])
        text, folded = self.tail
        self.tail = ((text + other.text)[-_ENDS:], (folded + other.folded)[-_ENDS:])
        for k in (1, 2):  # the head's marks, while it fills; the tail's: those still in it, and the line's
            heads, tails = self.near[k - 1]
            if short:
                heads = self._near(self.marks[k] or owns[k], 0)[0]
            if short or tails or added[k]:
                self.near[k - 1] = (heads, self._near(tails, 0)[1] + self._near(added[k], offset)[1])
        hints = self.hints
        if other.hints.paragraph_end != hints.paragraph_end or other.hints.soft_break != hints.soft_break:
            self.hints = replace(hints, paragraph_end=other.hints.paragraph_end, soft_break=other.hints.soft_break)
        return offset

    def since(self, at: int) -> str:
        """The paragraph's folded text from `at` on, joined from the pieces that hold it."""
        k = bisect_right(self.starts, at) - 1
        return "".join(self.foldeds[k:])[at - self.starts[k] :]

    def ends(self) -> Block:
        """The paragraph as its first and last `_ENDS` characters, the gaps and removed spaces there
        moved along (no question of the joins reads a paragraph's bold runs), its hints, zone and what
        stood before it as the joined block has them: what the joins ask of the paragraph so far."""
        head, tail = self.head, self.tail
        shift = len(head[0]) - (self.length - len(tail[0]))  # a place in the tail to its place here
        gaps, spaces = (heads + [g + shift for g in tails] for heads, tails in self.near)
        b = self.block
        return Block(
            head[0] + tail[0],
            gaps=gaps,
            spaces=spaces,
            blank_before=b.blank_before,
            rule_before=b.rule_before,
            page_before=b.page_before,
            hints=self.hints,
            zone=b.zone,
            folded=head[1] + tail[1],
            cells=b.cells,
            table=b.table,
            origin=b.origin,
        )

    def whole(self) -> Block:
        """The paragraph's own block with every line gathered joined to it, once, as line by line
        `Block.absorb` would have joined them (origins aside: `join_breaks` merges those)."""
        b = self.block
        bold, gaps, spaces = self.marks
        b.bold = b.bold if bold is None else bold
        b.gaps = b.gaps if gaps is None else gaps
        b.spaces = b.spaces if spaces is None else spaces
        b.set_text("".join(self.texts), "".join(self.foldeds))
        b.hints = self.hints
        return b


def assemble(state: State) -> None:
    """Document.text: the live blocks, one `\\n` between blocks; each block learns its offset. The
    zones are settled from here (`State.settle`), the same walk filing each block under its zone."""
    parts: list[str] = []
    pos = 0
    zone_at: dict[Zone, list[int]] = {}
    zone: Zone | None = None
    places: list[int] = []
    for i, b in enumerate(state.blocks):
        if b.zone is not zone:  # lines come in runs of a zone: the run's list is looked up once
            zone = b.zone
            places = zone_at.setdefault(zone, [])
        places.append(i)
        if zone is _CHROME:
            continue
        if parts:
            pos += 1
        b.start = pos
        parts.append(b.text)
        pos += len(b.text)
    state.text = "\n".join(parts)
    state.settle(zone_at)
