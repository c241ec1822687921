"""The state the rules share: blocks in reading order, the zones found so far, warnings.

`Block`, `Hints` and `Zone` live in `govdoc.blocks` (readers import them from there); they
are re-exported here for the rules' convenience.

Matching copies: every block carries `folded`, its text folded once by the reader and kept in
step by `Block.set_text`, and so does every `ParaDraft`; rules match on those and slice them
(`block.folded[a:b]`, same positions) instead of folding the text again. `fold()` remembers
short strings, so a field extractor handed the same line by several rules folds it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, contains

from govdoc.blocks import NO_HINTS, Block, Hints, Zone
from govdoc.model import Contact, Header, Imprint, Item, Signature, Span, Table, Warning

# The zones the views below ask for, as module names: on Python 3.11 a `Zone.X` look-up costs
# about ten times as much (the enum's metaclass hooks attribute access), once per block.
_TITLE, _BODY, _CLOSING, _CHROME = Zone.TITLE, Zone.BODY, Zone.CLOSING, Zone.CHROME
# The keys the views below are kept under once the zones are settled (`State.views`).
_TITLE_ONLY, _BODY_ONLY, _CLOSING_ONLY = frozenset((_TITLE,)), frozenset((_BODY,)), frozenset((_CLOSING,))
HEADER_REACH = 40  # the header never runs longer than this many lines: the title stands among them
_LIVE = frozenset(z for z in Zone if z is not _CHROME)
_TEXT, _FOLDED = attrgetter("text"), attrgetter("folded")

__all__ = ["NO_HINTS", "Block", "Hints", "ParaDraft", "PendingWarning", "SectionDraft", "State", "Zone"]


@dataclass(slots=True)
class ParaDraft:
    """A paragraph being built: its text is Document.text[start:end]."""

    start: int
    end: int
    text: str
    folded: str
    bold: list[tuple[int, int]]
    page: int | None
    phase: str | None = None
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class SectionDraft:
    """A section being built, with its child sections, until the document is frozen."""

    style: str
    ordinal: int
    marker: str
    title: str | None
    level: int
    start: int
    end: int
    page: int | None
    paragraphs: list[ParaDraft] = field(default_factory=list)
    children: list[SectionDraft] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass(slots=True)
class PendingWarning:
    """A warning whose span is known only relative to a block until the text is assembled."""

    code: str
    message: str
    block: Block | None = None
    offset: int = 0
    length: int = 0


@dataclass(slots=True)
class State:
    """What the rules read and write while parsing one document."""

    blocks: list[Block]
    format: str = ""  # the input's format (`Source.format`), for the few rules that hold for one kind of source
    doubtful: list[tuple[str, str]] = field(default_factory=list)  # lines OCR was unsure of: (kept, as read)
    text: str = ""
    pending: list[PendingWarning] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    # Set by the zoning rules (indices into `blocks`).
    recipients_block: Block | None = None
    signature_organs: list[Block] = field(default_factory=list)
    signature_date: Block | None = None
    signature_from: int = 0  # where the 落款 starts on its date's block: >0 when flattened onto the body's last line
    # A mailbox's or hotline's form rows naming who answered and when (回复单位：… ⏎ 回复时间：…) above the
    # row holding the answer (rules/header.py): the 署名 and date where that genre prints them, read
    # where no 落款 closes the answer. The organ rows and the date row.
    form_signature: tuple[list[Block], Block] | None = None
    # That form's row holding the answer (回复内容：…, 答复内容 ⏎ …), where the header found one: the page's own word
    # for what its body is, an answer, read by `kind` where the page has no title at all (rules/head/kind.py: a
    # titled page whose title names no type stays `other`).
    answer_row: Block | None = None
    # A 纪要's head line under its 纪要标志 and 期数 (某办公室印发　2024年5月6日), zoned IMPRINT (schema 1.11):
    # its 印发 organ and date where the 版记 prints none (rules/trailer_fields.imprint).
    head_imprint: Block | None = None
    closing_run_on: tuple[Block, int] | None = None  # a closing formula run onto a trailer line's end, and where
    preamble: list[ParaDraft] = field(default_factory=list)
    preamble_tables: list[Table] = field(default_factory=list)
    sections: list[SectionDraft] = field(default_factory=list)
    # The vocabulary families the header's and trailer's text holds (rules/cues.py); None: not looked for.
    cues: frozenset[str] | None = None
    # Set by the field rules.
    kind: str = "other"
    header: Header = field(default_factory=Header)
    signature: Signature | None = None
    contact: Contact | None = None
    imprint: Imprint | None = None
    attachments: list[str] = field(default_factory=list)
    # The zone views made so far, by the zones they hold; None until the zones are settled (`settle`).
    views: dict[frozenset[Zone], list[Block]] | None = None
    # Once settled: where each zone's blocks stand in `blocks`, so a view of several zones is put
    # together from theirs without a walk over every block.
    zone_at: dict[Zone, list[int]] | None = None
    # Schema 1.9: the text pieces a reader left out as a page's comment elements (readers.html.comments);
    # `cleanup.furniture` judges whether they hold readers' words and warns `comments-dropped`.
    comments: list[str] = field(default_factory=list)

    def settle(self, zone_at: dict[Zone, list[int]] | None = None) -> None:
        """From here on the blocks and their zones are fixed (Document.text is laid out from them):
        every block is filed under its zone (`zone_at`, where the caller's own walk filed them: see
        `joins.assemble`), and each zone view is made from those files and kept. The field rules
        ask the same few views (the title's lines, the header's, the information table's) again and
        again, and each asking was a walk over every block. A rule that changes a zone or the block
        list after this calls `refresh` (the default pipeline does after every rule of a caller's)."""
        if zone_at is None:
            zone_at = {}
            for i, b in enumerate(self.blocks):
                zone_at.setdefault(b.zone, []).append(i)
        self.views = {}
        self.zone_at = zone_at

    def refresh(self) -> None:
        """Files the blocks by zone again if the zones were settled: after a rule that may have changed
        a zone or the block list since (a caller's own rule: `Ruler`'s `refresh`), so the views read
        what it left. One walk; nothing before the text is assembled."""
        if self.views is not None:
            self.settle()

    def in_zones(self, zones: frozenset[Zone]) -> list[Block]:
        """The blocks zoned as one of `zones`, in reading order (a list of the caller's own)."""
        views = self.views
        if views is None:
            return [b for b in self.blocks if b.zone in zones]
        found = views.get(zones)
        if found is None:
            blocks = self.blocks
            found = views[zones] = [blocks[i] for i in self.places(zones)]
        return found.copy()

    def places(self, zones: frozenset[Zone]) -> list[int]:
        """Where the blocks zoned as one of `zones` stand in `blocks`, in order: for a rule that reads
        their neighbours too (a walk over every block until the zones are settled)."""
        if self.views is None:
            return [i for i, b in enumerate(self.blocks) if b.zone in zones]
        at = self.zone_at or {}
        if len(zones) == 1:  # most questions: one zone's own file, copied in one C call
            (zone,) = zones
            return list(at.get(zone, ()))
        found = [i for zone in zones for i in at.get(zone, ())]
        found.sort()
        return found

    def title_run(self) -> range:
        """Where the title's lines stand: the first run of lines zoned TITLE within `HEADER_REACH` of the
        top (empty: none there), for a rule that reads the title before the header's fields are read."""
        zoned = self.places(_TITLE_ONLY) if self.views is not None else self._title_places()
        start = end = -1
        for i in zoned:
            if i >= HEADER_REACH or (end >= 0 and i != end):
                break
            start = i if start < 0 else start
            end = i + 1
        return range(start, end) if start >= 0 else range(0)

    def _title_places(self) -> list[int]:
        """The TITLE lines among the first `HEADER_REACH` (no zone views yet: a look at the top, not a walk)."""
        blocks = self.blocks
        return [i for i in range(min(len(blocks), HEADER_REACH)) if blocks[i].zone is _TITLE]

    def holds(self, part: str, folded: bool = False) -> bool:
        """Some block's text (`folded`: its folded copy) holds `part`. A rule that can fire only on
        a line holding a character most documents lack (a `|`, a bracket) asks this first: one pass
        in C over the blocks, where its own walk asked each block in Python and changed nothing."""
        return any(map(contains, map(_FOLDED if folded else _TEXT, self.blocks), repeat(part)))

    def warn(self, code: str, message: str, block: Block | None = None, offset: int = 0, length: int = 0) -> None:
        """A warning placed against a block, its span fixed once Document.text is assembled."""
        self.pending.append(PendingWarning(code, message, block, offset, length))

    # Views of the zones, computed when asked so no rule has to keep them in step with the blocks
    # (and kept, once the zones are settled: `settle`). Each a list of the caller's own.
    @property
    def title_blocks(self) -> list[Block]:
        """The title's lines, in reading order."""
        if self.views is None:
            return [b for b in self.blocks if b.zone is _TITLE]
        return self.in_zones(_TITLE_ONLY)

    @property
    def body(self) -> list[Block]:
        """The body's blocks (the closing and everything zoned otherwise left out)."""
        if self.views is None:
            return [b for b in self.blocks if b.zone is _BODY]
        return self.in_zones(_BODY_ONLY)

    @property
    def closing(self) -> list[Block]:
        """The closing courtesy (特此答复。/ 感谢您…) between the body and the 落款."""
        if self.views is None:
            return [b for b in self.blocks if b.zone is _CLOSING]
        return self.in_zones(_CLOSING_ONLY)

    def live(self) -> list[Block]:
        """Blocks that are part of Document.text (chrome left out)."""
        if self.views is None:
            return [b for b in self.blocks if b.zone is not _CHROME]
        return self.in_zones(_LIVE)

    def span(self, block: Block, start: int = 0, end: int | None = None) -> Span:
        """The span of part of a block in Document.text, valid only once the text is assembled."""
        stop = len(block.text) if end is None else end
        return Span(block.start + start, block.start + stop, block.hints.page)
