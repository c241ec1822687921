"""What a rule needs of a document to do anything, asked once for the rules that cannot apply.

Most rules ask every line the same question and find nothing in most documents: a web copy's anti-copy
junk, the doubled glyphs of a PDF's fake bold, HTML references, `|` cells, pinyin after characters,
a site's footer. Each such rule gated itself line by line (`"&" in b.text`), so every document paid a
walk of its lines in Python per rule. A rule may instead declare a `Need`: what the document must hold
for the rule to change anything (a character or word some line holds, a format). The pipeline
(`govdoc.ruler.Ruler`) asks the need of the document's `Facts` (its lines' text joined once, asked in
C) and skips the whole rule where it is absent.

A need must be a NECESSARY condition of the rule's doing anything: where it is absent the rule, had it
run, would have changed nothing (tests/test_needs.py runs each gated rule on every corpus document
whose need is absent and finds the state unchanged; a document that has the need runs the rule as
before). A need is read off the rule's own per-line gates (`"&" in b.text` → `Need(text=("&",))`); a
rule whose gate changes must change its need with it.

`Facts` are made when the first rule with a need asks, and are kept while the rules after it are
skipped: a skipped rule changes nothing, so the joined text stays the blocks' text. A rule that runs
may change any line, so the pipeline makes them again for the next need asked after it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from govdoc.blocks import Block, Zone

_SEPARATOR = "\n"  # between the lines joined: no mark a need asks for spans two lines (none holds a newline)


class Facts:
    """What the document's lines hold as one string each (their text and their folded copy), joined
    when first asked: one pass in C where each rule's own gate walked the lines in Python."""

    __slots__ = ("_blocks", "_folded", "_text", "format", "zones")

    def __init__(self, blocks: Sequence[Block], format: str, zones: Collection[Zone] | None = None) -> None:
        self._blocks = blocks
        self.format = format  # the input's format (`State.format`)
        # the zones some block stands in, where known without a walk (the zones settled: `State.zone_at`)
        self.zones = zones
        self._text: str | None = None
        self._folded: str | None = None

    @property
    def text(self) -> str:
        """Every line's text, joined by newlines: a mark some line holds, this holds."""
        if self._text is None:
            self._text = _SEPARATOR.join([b.text for b in self._blocks])
        return self._text

    @property
    def folded(self) -> str:
        """Every line's folded copy (`Block.folded`), joined by newlines."""
        if self._folded is None:
            self._folded = _SEPARATOR.join([b.folded for b in self._blocks])
        return self._folded


@dataclass(frozen=True, slots=True)
class Need:
    """What a document must hold for a rule to change anything; every part given must hold.

    `formats`: the input's format is one of these (a rule for text copies only). `zones`: some block
    stands in one of these zones (asked once the zones are settled, a look-up: before, taken as met).
    `text` / `folded`: some line's text / folded copy holds one of these marks (each a character or a
    word). `test`: a further question of the facts (a pattern searched in the joined text, a count),
    named for what it asks. `why`: the rule's own gate this need is read off, for the pipeline's reader."""

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
