"""What a rule needs of a document to do anything, asked once for the rules that cannot apply.

Most rules ask every line the same question and find nothing in most documents. A rule may declare a
`Need`: what the document must hold for the rule to change anything (a zone some line stands in, a
format, or a character or word some line holds). The pipeline (`govdoc.ruler.Ruler`) asks the need of
the document's `Facts` and skips the whole rule where it is absent.

What is in use (`pipeline.NEEDS`): zone needs, a look-up in the zones the state has settled (`metadata`
needs a metadata, 文号 or 版头 line; `imprint` a 版记 or trailer line; `attachments` an 附件 line); and
character needs (`Need(text=("&",))`, asked of the lines' text joined once, in C) of eleven cheap rules
whose walk asks each line for a mark most documents lack (a `|`, an `&`, a 【, four spaces, 纪要 …).
Session 22 measured such needs costing what they saved, as the check that the facts still held made two
lists of the lines after each rule that ran; since session 30 it is a stamp (`Facts.still`), and they pay.

A need must be a NECESSARY condition of the rule's doing anything: where it is absent the rule, had it
run, would have changed nothing (tests/test_needs.py runs each gated rule on every corpus document
whose need is absent and finds the state unchanged; a document that has the need runs the rule as
before). A need is read off the rule's own per-line gates (`"&" in b.text` → `Need(text=("&",))`); a
rule whose gate changes must change its need with it.

A need reads the lines, not their order: a mark some line holds, a count, a pattern that never reads across a
line's end.

`Facts` are made when the first rule with a need asks, and are kept while the rules after it are
skipped: a skipped rule changes nothing, so the joined text stays the blocks' text. After a rule that
ran they are asked whether they still hold (`Facts.still`: no block made and no text set since, by the
stamp `Block` keeps; the same zones filed) and made again where they do not (session 30: the check was a
walk of every line, which cost what the cheap rules' needs saved, benchmarks/README.md session 22).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from operator import attrgetter

from govdoc import blocks as _blocks
from govdoc.blocks import Block, Zone

_SEPARATOR = "\n"  # between the lines joined: no mark a need asks for spans two lines (none holds a newline)
_TEXT, _FOLDED = attrgetter("text"), attrgetter("folded")


class Facts:
    """What the document's lines hold as one string each (their text and their folded copy), joined
    when first asked: one pass in C where each rule's own gate walked the lines in Python.

    Kept from one rule to the next while the lines are the same (`still`): most rules that run change
    zones, not text, and a join costs more than finding that every line's text is the same string."""

    __slots__ = ("_count", "_folded", "_stamp", "_text", "blocks", "format", "zones")

    def __init__(self, blocks: Sequence[Block], format: str, zones: Collection[Zone] | None = None) -> None:
        self.blocks = blocks
        self.format = format  # the input's format (`State.format`)
        # the zones some block stands in, where known without a walk (the zones settled: `State.zone_at`)
        self.zones = zones
        self._stamp = _blocks._last_change  # the lines as they stand now (`still`: `blocks.last_stamp`)
        self._count = len(blocks)
        self._text: str | None = None
        self._folded: str | None = None

    @property
    def text(self) -> str:
        """Every line's text, joined by newlines: a mark some line holds, this holds."""
        if self._text is None:
            self._text = _SEPARATOR.join(map(_TEXT, self.blocks))
        return self._text

    @property
    def folded(self) -> str:
        """Every line's folded copy (`Block.folded`), joined by newlines."""
        if self._folded is None:
            self._folded = _SEPARATOR.join(map(_FOLDED, self.blocks))
        return self._folded

    def still(self, blocks: Sequence[Block], format: str, zones: Collection[Zone] | None) -> bool:
        """These facts still hold of `blocks`: the same format and filed zones, the same list of as many lines,
        and no block made and no text set since they were (`blocks.last_stamp`): a few look-ups, where comparing
        every line's text made two lists after each rule that ran. (A line moved within the list keeps them:
        no need reads the lines' order.)"""
        return (
            _blocks._last_change is self._stamp  # (`blocks.last_stamp`, read without its call)
            and blocks is self.blocks
            and len(blocks) == self._count
            and format == self.format
            and zones is self.zones
        )


@dataclass(frozen=True, slots=True)
class Need:
    """What a document must hold for a rule to change anything; every part given must hold.

    `formats`: the input's format is one of these (a rule for text copies only). `zones`: some block
    stands in one of these zones (asked once the zones are settled, a look-up: before, taken as met).
    `text` / `folded`: some line's text / folded copy holds one of these marks (each a character or a
    word). `test`: a further question of the facts (a pattern searched in the joined text, a count),
    named for what it asks, of the lines and not their order (`Facts.still`). `why`: the rule's own gate this
    need is read off, for the pipeline's reader."""

    why: str
    formats: frozenset[str] | None = None
    text: tuple[str, ...] = ()
    folded: tuple[str, ...] = ()
    test: Callable[[Facts], bool] | None = None
    zones: frozenset[Zone] = frozenset()

    def met(self, facts: Facts) -> bool:
        """The document holds what the rule needs (the rule may change something: it runs)."""
        if self.formats is not None and facts.format not in self.formats:
            return False
        if self.zones and facts.zones is not None and self.zones.isdisjoint(facts.zones):
            return False
        if self.text:
            text = facts.text
            if not any(mark in text for mark in self.text):
                return False
        if self.folded:
            folded = facts.folded
            if not any(mark in folded for mark in self.folded):
                return False
        return self.test is None or self.test(facts)
