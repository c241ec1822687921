"""What each rule of a pipeline reads of the block list, counted instead of timed.

Issue #19 asks that no rule scans all blocks more than once, and that a parse stays linear in its
input. Both are properties of what a rule walks, which a count says on any machine, loaded or not:
`rule_reads` runs a pipeline over a `CountingState`, whose `blocks` (however often a rule rebinds
it) and zone views (`title_blocks`, `body`, `closing`, `live()`) are lists that tally, per rule,

* `walked`: the blocks a rule went through: each one an iteration hands out (`for`, a
  comprehension, `any`, `reversed`), a slice copies or `index` / `in` / `count` passes over, in
  the block list or in the two views that span the document, `body` and `live()` (the title's and
  the closing's lines are a few: a walk over them is no walk over the document, but making them
  is one until the zones are settled).
  Divided by the number of blocks it is the number of passes the rule made over them.
* `looked`: the blocks fetched one by one (`blocks[i]`): a neighbour's look-up, or a walk by
  index, which a bound per block catches when it is repeated per line.

Lists a rule makes of its own from the blocks (a comprehension's result) are not counted when it
reads them again; the views the state hands out are.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, SupportsIndex, overload

from govdoc.pipeline import default_pipeline
from govdoc.readers import read_bytes
from govdoc.ruler import Ruler
from govdoc.state import Block, State


@dataclass(slots=True)
class Tally:
    """What the lists of one state handed out while one rule ran."""

    walked: int = 0
    looked: int = 0
    sites: dict[str, int] | None = None  # where the walks were asked, when looking for them (`where`)

    def where(self, count: int) -> None:
        """Notes `count` blocks walked for the line of the rules' code that asked."""
        if self.sites is None:
            return
        frame = sys._getframe(2)
        while frame.f_back is not None and frame.f_code.co_filename == __file__:
            frame = frame.f_back
        site = f"{frame.f_code.co_filename.rsplit('govdoc/', 1)[-1]}:{frame.f_lineno} {frame.f_code.co_name}"
        self.sites[site] = self.sites.get(site, 0) + count


class CountingBlocks(list[Block]):
    """A list of blocks that adds what is read of it to a `Tally`."""

    __slots__ = ("tally",)

    def __init__(self, items: Iterable[Block], tally: Tally) -> None:
        super().__init__(items)
        self.tally = tally

    def __iter__(self) -> Iterator[Block]:
        tally = self.tally
        for b in super().__iter__():
            tally.walked += 1
            tally.where(1)
            yield b

    def __reversed__(self) -> Iterator[Block]:
        tally = self.tally
        for b in super().__reversed__():
            tally.walked += 1
            tally.where(1)
            yield b

    @overload
    def __getitem__(self, i: SupportsIndex) -> Block: ...

    @overload
    def __getitem__(self, i: slice) -> list[Block]: ...

    def __getitem__(self, i: SupportsIndex | slice) -> Block | list[Block]:
        if isinstance(i, slice):
            part = super().__getitem__(i)
            self.tally.walked += len(part)
            self.tally.where(len(part))
            return part
        self.tally.looked += 1
        return super().__getitem__(i)

    def index(self, value: Block, start: SupportsIndex = 0, stop: SupportsIndex = sys.maxsize) -> int:
        at = super().index(value, start, stop)
        self.tally.walked += at + 1 - int(start)
        self.tally.where(at + 1 - int(start))
        return at

    def __contains__(self, value: object) -> bool:
        self.tally.walked += len(self)
        self.tally.where(len(self))
        return super().__contains__(value)

    def count(self, value: Block) -> int:
        self.tally.walked += len(self)
        self.tally.where(len(self))
        return super().count(value)


class CountingState(State):
    """A `State` whose block list and zone views count what is read of them (`tally`)."""

    __slots__ = ("_counted", "tally")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.tally = Tally()
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def blocks(self) -> list[Block]:
        return self._counted

    @blocks.setter
    def blocks(self, value: list[Block]) -> None:
        self._counted = value if isinstance(value, CountingBlocks) else CountingBlocks(value, self.tally)

    @property
    def body(self) -> list[Block]:
        return CountingBlocks(State.body.fget(self), self.tally)  # type: ignore[attr-defined]

    def live(self) -> list[Block]:
        return CountingBlocks(State.live(self), self.tally)


@dataclass(frozen=True, slots=True)
class Reads:
    """What one rule read of one document's blocks, per block it had (the more of before and after)."""

    passes: float
    looks: float
    blocks: int


def state_of(text: str) -> CountingState:
    """A counting state for `text`, read as the plain-text reader reads it."""
    reading = read_bytes(text.encode("utf-8"), "txt")
    return CountingState(blocks=reading.blocks, format=reading.format, doubtful=reading.doubtful)


def rule_reads(state: CountingState, pipeline: Ruler[State] | None = None) -> dict[str, Reads]:
    """Runs the pipeline's enabled rules over `state` in order; what each read of the blocks."""
    ruler = pipeline or default_pipeline()
    found: dict[str, Reads] = {}
    for entry in ruler._rules:  # one at a time, so each rule's reads are its own
        if not entry.enabled:
            continue
        before = len(state.blocks)
        state.tally.walked = state.tally.looked = 0
        entry.fn(state)
        n = max(before, len(state.blocks), 1)
        found[entry.name] = Reads(state.tally.walked / n, state.tally.looked / n, n)
    return found
