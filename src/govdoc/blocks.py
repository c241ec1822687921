"""Blocks: what every reader produces and every rule reads.

A reader turns its format into `Block`s and nothing else; after that no rule looks at the
format again. A block keeps what the format tells as `Hints` (centring, fonts, page, page
edge, a markup prefix, the part of the file it came from) — never a judgement about the
公文 it belongs to: deciding that a line is furniture, a 文号 or an organ is a rule's job.
It also keeps where it came from in the file (`Origin`: page and box, paragraph index, element
path or line), which the Document's spans carry on as `source_ref` and `source_box`.
This module sits below both readers and rules so neither has to import the other.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from govdoc.fold import fold

# What the rules' needs are asked of (`govdoc.needs.Facts`) still holds while no block was made and no text set: the
# last block made, or a stamp for the last text set, is kept here, and the facts keep what was here when they were
# made (`Facts.still`: one `is` in place of a walk of the lines). Each value is stored once only (a block by its own
# `__init__`, the facts holding it alive so no other object takes its place; a stamp drawn once), so any store after
# the facts were made (another thread's too) leaves another object: a change is never missed, and another thread's
# only makes the facts again.
_STAMPS = itertools.count(1)
_last_change: object = None


def last_stamp() -> object:
    """The last block made or a stamp of the last text set, in any document (`Block.__init__`, `Block.set_text`)."""
    return _last_change


class Zone(StrEnum):
    """Where a block belongs in the document's anatomy."""

    UNSET = "unset"
    CHROME = "chrome"  # website chrome or page furniture: left out of Document.text
    METADATA = "metadata"
    ISSUER = "issuer"
    DOC_NUMBER = "doc-number"
    HEADER = "header"
    TITLE = "title"
    RECIPIENTS = "recipients"
    BODY = "body"
    CLOSING = "closing"
    SIGNATURE = "signature"
    NOTE = "note"
    CONTACT = "contact"
    IMPRINT = "imprint"
    ATTACHMENTS = "attachments"
    ATTACHMENT_CONTENT = "attachment-content"
    TRAILER = "trailer"


DISPLAY_SIZE = 18  # points: 二号 and larger


# The markup hint the text reader gives a `--` line in a text that shows a mail (its headers, an
# attribution line, quoted lines): RFC 3676's signature delimiter, read by rules.trailer.after.
MAIL_DELIMITER = "-- "
# … and the one it gives a line that opens an SMS's next part (`[2/3]`, its count taken off): the phone
# cut the message at a length, not at a line, so an open line above it was cut there (rules.joins).
SPLIT_PART = "[n/N]"
# … and the one it gives a title it kept from a file's head (front matter's `title:`, a mail's Subject)
# where the text under the head does not show it: the file's record of the title, which gives way to a
# title of the text's own (rules.header.kept_title, schema 1.11).
KEPT_TITLE = "title:"


@dataclass(frozen=True, slots=True)
class Hints:
    """Layout evidence a format may supply; all optional."""

    centered: bool = False
    font: str | None = None
    size: float | None = None
    style: str | None = None
    outline_level: int | None = None
    page: int | None = None
    paragraph_end: bool = False  # the format marks where paragraphs end (Word, PDF geometry): no guessing
    soft_break: bool = False  # the line ends at a soft line break (Word's w:br): its paragraph goes on below
    # the line ended on a soft hyphen (U+00AD, shown only where a line breaks inside a word): a tool that
    # hyphenates broke a word there, so the paragraph goes on below (rules.joins; the reader drops the mark)
    hyphenated: bool = False
    # the line opened with an indent (全角 spaces, no-break spaces, two spaces or more, a tab), as a
    # plain text marks a paragraph's first line; layout evidence as `centered` is (rules.joins asks it)
    indent: bool = False
    # a piece a copy ran onto the row of another line after a wide gap, from a second column beside it
    # (a contact block set right of the 落款: 某市水利局    联系人：何某); rules.trailer reads it apart
    beside: bool = False
    red: bool = False  # red ink, as the 发文机关标志 of a 红头 document
    page_edge: str | None = None  # "top"/"bottom": a line a paged format set apart at that edge of a page
    repeats: int = 0  # how many pages show that line in the same band (digits aside): a running head or footer
    part: str | None = None  # the file's part outside the body the line came from: "page-header", "page-footer" (Word)
    markup: str = ""  # a lightweight-markup prefix the reader took off the line (Markdown's "- ", "# ", "> ")
    # the TABs a text line ended with after its last word: a spreadsheet's or Word table's copy writes an
    # empty last cell so (`人员经费\t120\t118\t`); the block's text is stripped of them (rules.body_tables)
    tabs_after: int = 0
    row: int = 0  # which row-like element of the page (tr, li, p …) a piece outside the article stands in (HTML)

    @property
    def display_type(self) -> bool:
        """Set in display type: a display face (小标宋) or 18 pt and larger (二号 up), as a title or a
        发文机关标志 is; the 落款 and running heads are in body type."""
        return "标宋" in (self.font or "") or (self.size is not None and self.size >= DISPLAY_SIZE)

    @property
    def title_like(self) -> bool:
        """Layout that marks a title: centred, or in display type."""
        return self.centered or self.display_type


NO_HINTS = Hints()

# (code, message) of each warning a reader makes about its input (`Reading.warnings`): a reader hands on its
# blocks and these
Repairs = list[tuple[str, str]]

QUOTED = 24  # characters of a text a repair note quotes (as drawn, as read, the first piece left out)


def quoted(text: str) -> str:
    """`text` as a `text-repaired` note quotes it: its first `QUOTED` characters, an ellipsis for the rest.
    One cut for every reader's note and `cleanup.warn_repaired`, so their quotes read alike."""
    return text if len(text) <= QUOTED else text[:QUOTED] + "…"


# A reader's note about the input that is no warning yet: a line OCR read with low confidence,
# passed on as (DOUBTFUL_LINE, f"{kept}{NOTE_SEPARATOR}{read}") among the reader's warnings and
# taken out of them by `govdoc.readers.Reading`; the rule `ocr_notes.doubtful_lines` decides
# which of those lines the `ocr-used` warning names (not page numbers).
DOUBTFUL_LINE = "ocr-doubtful-line"
NOTE_SEPARATOR = "\x00"
OCR_DOUBT = 0.8  # the confidence under which a recognised line is doubtful


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a page in points (1/72 inch), x to the right and y down from the page's top-left corner."""

    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        """The smallest box holding both; it keeps this box's page, as `unite` joins boxes of one page only."""
        return Box(
            self.page, min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1)
        )


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a block came from in the file, in the format's own terms.

    `refs` are the format's addresses of the pieces the block was read from, each `kind:index`
    or a path: `line:12` (text, 1-based), `paragraph:3` or `table:0/row:2` (Word, 0-based, as
    python-docx counts), an XPath such as `/html/body[1]/div[2]/p[3]` (HTML), `page:2` (paged
    formats). `boxes` are the block's boxes on the page, one per page (paged formats only).
    """

    refs: tuple[str, ...] = ()
    boxes: tuple[Box, ...] = ()

    def merged(self, other: Origin | None) -> Origin:
        """Both origins as one: references in order without repeats, boxes united page by page."""
        if other is None or other is self:
            return self
        refs = self.refs + tuple(r for r in other.refs if r not in self.refs)
        return Origin(refs, unite(self.boxes + other.boxes))


def merge_origins(first: Origin | None, others: list[Origin | None]) -> Origin | None:
    """The origin `Block.absorb` leaves after joining lines of `others` one by one to a block of
    origin `first`, made in one pass: references in order without repeats, boxes united page by page.
    (`Origin.merged` line by line copies and searches the references gathered so far at each line:
    a paragraph of many lines paid for them the square of its lines.)"""
    merged = first
    refs: list[str] | None = None  # made once a second origin is merged in
    seen: set[str] = set()
    boxes: list[Box] = []
    for other in others:
        if other is None:
            continue
        if merged is None:
            merged = other  # absorb takes the first origin as it is
            continue
        if refs is None:
            if other is merged:
                continue  # as `merged` does: the same origin again adds nothing
            refs, boxes = list(merged.refs), list(merged.boxes)
            seen = set(refs)
        new = [r for r in other.refs if r not in seen]  # as `merged`: repeats inside `other` stay
        seen.update(new)
        refs += new
        boxes += other.boxes
    return merged if merged is None or refs is None else Origin(tuple(refs), unite(boxes))


def unite(boxes: tuple[Box, ...] | list[Box]) -> tuple[Box, ...]:
    """One box per page: the union of the page's boxes, pages in their first order."""
    by_page: dict[int, Box] = {}
    for box in boxes:
        known = by_page.get(box.page)
        by_page[box.page] = box if known is None else known.union(box)
    return tuple(by_page.values())


@dataclass(slots=True, eq=False)
class Block:
    """One paragraph-like unit of text in reading order (compared by identity: two equal lines are two blocks).

    Most lines have no bold run, gap, removed space or page join: those default to one shared empty
    tuple, and a rule that changes them binds a new list (never appends in place), so a block costs
    no list it does not use; what the line predicates found (`known`) is made on the first answer.
    """

    text: str
    bold: Sequence[tuple[int, int]] = ()
    gaps: Sequence[int] = ()  # where a wide layout gap stood (columns)
    spaces: Sequence[int] = ()  # where a single space between CJK characters was removed
    blank_before: bool = False
    rule_before: bool = False  # a Markdown/visual rule (---) stood before this block
    page_before: bool = False  # a page ended right before this block (a form feed in plain text)
    hints: Hints = NO_HINTS
    zone: Zone = Zone.UNSET
    start: int = -1  # offset in Document.text once assembled
    folded: str = ""  # the text folded for matching: same length, same positions (computed if not given)
    cells: tuple[str, ...] | None = None  # a table row: its cells' text (the block's text joins them with tabs)
    table: int = 0  # which table of the document the row belongs to (0: not a table row)
    joins: Sequence[int] = ()  # offsets where a reader joined a paragraph across pages
    origin: Origin | None = None  # where the reader found it in the file (page and box, paragraph, path, line)
    # What the rules' line predicates found for the current text, by predicate (`rules.lines.per_line`),
    # None until the first; `set_text` forgets it. Not an argument, so a `dataclasses.replace` copy starts afresh.
    known: dict[Any, Any] | None = field(default=None, init=False, repr=False)
    # The line's class (`rules.lines.classify`): bits of what its first and last characters allow,
    # -1 until a rule first asks; `set_text` forgets it, and a `dataclasses.replace` copy starts afresh.
    cls: int = field(default=-1, init=False, repr=False)

    # Written out rather than generated: `dataclass` keeps a class's own `__init__`, and the generated
    # one called `__post_init__` for the folded copy (a second Python call per block; a parse makes
    # a block per line). Same parameters, order and defaults as the fields above (a test ties them).
    def __init__(
        self,
        text: str,
        bold: Sequence[tuple[int, int]] = (),
        gaps: Sequence[int] = (),
        spaces: Sequence[int] = (),
        blank_before: bool = False,
        rule_before: bool = False,
        page_before: bool = False,
        hints: Hints = NO_HINTS,
        zone: Zone = Zone.UNSET,
        start: int = -1,
        folded: str = "",
        cells: tuple[str, ...] | None = None,
        table: int = 0,
        joins: Sequence[int] = (),
        origin: Origin | None = None,
    ) -> None:
        self.text = text
        self.bold = bold
        self.gaps = gaps
        self.spaces = spaces
        self.blank_before = blank_before
        self.rule_before = rule_before
        self.page_before = page_before
        self.hints = hints
        self.zone = zone
        self.start = start
        self.folded = folded if len(folded) == len(text) else fold(text)  # computed if not given
        self.cells = cells
        self.table = table
        self.joins = joins
        self.origin = origin
        self.known = None
        self.cls = -1
        global _last_change
        _last_change = self  # a new line some list may take in: the facts of a need are made again

    def set_text(self, text: str, folded: str | None = None) -> None:
        """Replace the text; `folded` may be given when known (folding is per character, so slices fold alike).

        The only way a rule changes a block's text: it also forgets what the line predicates found
        and the line's class.
        """
        self.text = text
        self.folded = fold(text) if folded is None else folded
        self.known = None  # what the line predicates found held for the old text
        self.cls = -1  # and so did the line's class
        global _last_change
        _last_change = next(_STAMPS)  # … and the facts of the needs (`govdoc.needs.Facts.still`)

    def absorb(self, other: Block, *, origin: bool = True) -> int:
        """Append `other`'s text (a line that carries this one on); returns where it starts here.
        `origin=False`: the caller merges the origins itself, once for all the lines it joins
        (`merge_origins`), as a merge per line copies the references gathered so far."""
        offset = len(self.text)
        if other.bold:
            self.bold = [*self.bold, *((s + offset, e + offset) for s, e in other.bold)]
        if other.gaps:
            self.gaps = [*self.gaps, *(g + offset for g in other.gaps)]
        if other.spaces:
            self.spaces = [*self.spaces, *(g + offset for g in other.spaces)]
        self.set_text(self.text + other.text, self.folded + other.folded)
        if other.hints.paragraph_end != self.hints.paragraph_end or other.hints.soft_break != self.hints.soft_break:
            # the joined block ends where `other` ends: its paragraph ends there, or goes on, as other's does
            self.hints = replace(self.hints, paragraph_end=other.hints.paragraph_end, soft_break=other.hints.soft_break)
        if origin and other.origin is not None:
            self.origin = other.origin if self.origin is None else self.origin.merged(other.origin)
        return offset

    def piece(self, lo: int, hi: int, *, first: bool) -> Block:
        """The text from `lo` to `hi` as a block of its own, for a rule that cuts one line into
        several: bold runs clipped, and the gaps, removed spaces and page joins the reader noted
        inside it moved along (a cut must not lose a `page-break-joined` warning or a column gap);
        what stood before the line (a blank line, a rule, a page end) only before the `first` piece.
        Hints, zone and origin are the line's."""
        return Block(
            self.text[lo:hi],
            bold=[(max(s, lo) - lo, min(e, hi) - lo) for s, e in self.bold if s < hi and e > lo],
            gaps=[g - lo for g in self.gaps if lo < g < hi],
            spaces=[g - lo for g in self.spaces if lo < g < hi],
            joins=[j - lo for j in self.joins if lo < j < hi],
            blank_before=self.blank_before and first,
            rule_before=self.rule_before and first,
            page_before=self.page_before and first,
            hints=self.hints,
            zone=self.zone,
            folded=self.folded[lo:hi],
            origin=self.origin,
        )

    @property
    def end(self) -> int:
        """Where the block ends in `Document.text` (exclusive); meaningful once assembly has set `start`."""
        return self.start + len(self.text)
