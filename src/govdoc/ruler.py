"""An ordered list of named rules over a shared state, in the manner of markdown-it-py's Ruler.

Each stage of the parse is a rule: a function that reads and updates the state. Rules can be
switched off, replaced or inserted by name, so a new variant of the genre is a new rule, not
an `if` in the middle of another one.

A rule may declare what a document must hold for it to change anything (`govdoc.needs.Need`): the
ruler asks it of the document's `Facts` before the rule and skips the rule where it is absent, so a
document pays for the rules that can apply to it, not for every rule's walk of its lines.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from govdoc.needs import Facts, Need

S = TypeVar("S")


@dataclass(slots=True)
class _Entry(Generic[S]):
    name: str
    fn: Callable[[S], None]
    enabled: bool = True
    need: Need | None = None  # what a document must hold for the rule to change anything (None: run always)


class Ruler(Generic[S]):
    """Named rules run in order over one state.

    `trusted`: the rules known to keep what the state keeps for them (the default rules); after any
    other rule (one a caller added or put in a rule's place) `refresh` is called on the state, so what
    the state keeps from the earlier rules' work is made again from what that rule left (govdoc's
    state keeps its zone views once the text is assembled: `State.refresh`).

    `needs`: by rule name, what a document must hold for that rule to change anything; `facts` makes
    what the needs are asked of from the state (given the facts made before, it hands them back where
    they still hold). A rule whose need is absent is skipped (`govdoc.needs`).
    A rule put in a rule's place (`at`) loses the need: the caller's function may need other things."""

    def __init__(
        self,
        rules: Iterable[tuple[str, Callable[[S], None]]] = (),
        *,
        trusted: Iterable[Callable[[S], None]] = (),
        refresh: Callable[[S], None] | None = None,
        needs: Mapping[str, Need] | None = None,
        facts: Callable[[S, Facts | None], Facts] | None = None,
    ) -> None:
        needs = needs or {}
        self._rules: list[_Entry[S]] = [_Entry(name, fn, True, needs.get(name)) for name, fn in rules]
        self._trusted = frozenset(trusted)
        self._refresh = refresh
        self._facts = facts
        # the enabled rules' functions, each with its need (None: always run), once asked
        self._running: tuple[tuple[Callable[[S], None], Need | None], ...] | None = None

    def _changed(self) -> None:
        self._running = None  # every change of the list goes through here: `run` reads it afresh

    def names(self) -> list[str]:
        """The rule names, in running order (disabled ones included)."""
        return [r.name for r in self._rules]

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self._rules):
            if rule.name == name:
                return i
        raise KeyError(f"no rule named {name!r}")

    def push(self, name: str, fn: Callable[[S], None]) -> None:
        """Add a rule at the end, after every rule the pipeline has."""
        self._rules.append(_Entry(name, fn))
        self._changed()

    def before(self, anchor: str, name: str, fn: Callable[[S], None]) -> None:
        """Insert a rule just before the rule called `anchor`, so it sees the state that rule would."""
        self._rules.insert(self._index(anchor), _Entry(name, fn))
        self._changed()

    def after(self, anchor: str, name: str, fn: Callable[[S], None]) -> None:
        """Insert a rule just after the rule called `anchor`, so it can read or amend what that rule left."""
        self._rules.insert(self._index(anchor) + 1, _Entry(name, fn))
        self._changed()

    def at(self, name: str, fn: Callable[[S], None]) -> None:
        """Replace the rule called `name` (and forget its need: the new function may need other things)."""
        entry = self._rules[self._index(name)]
        entry.fn = fn
        entry.need = None
        self._changed()

    def disable(self, *names: str) -> None:
        """Switch rules off by name; they keep their place, so `enable` restores the same order."""
        for name in names:
            self._rules[self._index(name)].enabled = False
        self._changed()

    def enable(self, *names: str) -> None:
        """Switch rules back on by name, in the place they always had."""
        for name in names:
            self._rules[self._index(name)].enabled = True
        self._changed()

    def copy(self) -> Ruler[S]:
        """An independent ruler with the same rules, so adjusting it leaves the shared default alone."""
        clone: Ruler[S] = Ruler(trusted=self._trusted, refresh=self._refresh, facts=self._facts)
        clone._rules = [_Entry(r.name, r.fn, r.enabled, r.need) for r in self._rules]
        return clone

    def need(self, name: str) -> Need | None:
        """What the rule called `name` needs of a document to run (None: it always runs)."""
        return self._rules[self._index(name)].need

    def _plan(self) -> tuple[tuple[Callable[[S], None], Need | None], ...]:
        """The enabled rules' functions in order with their needs (None without a way to ask them),
        each rule not trusted followed by `refresh`."""
        refresh = self._refresh
        asks = self._facts is not None
        steps: list[tuple[Callable[[S], None], Need | None]] = []
        for rule in self._rules:
            if rule.enabled:
                steps.append((rule.fn, rule.need if asks else None))
                if refresh is not None and rule.fn not in self._trusted:
                    steps.append((refresh, None))
        return tuple(steps)

    def run(
        self, state: S, timings: dict[str, float] | None = None, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        """Run the enabled rules in order, skipping those whose need the document lacks; with `timings`,
        add each rule's seconds to it (its need's question included), by `clock` (`time.process_time`
        counts CPU time only, which a busy machine inflates least).

        The facts the needs are asked of are made when a need is first asked and kept while the rules
        after it are skipped (a skipped rule changes nothing); after a rule that ran, the facts are asked
        whether they still hold (`facts`) before the next need is."""
        make = self._facts
        facts: Facts | None = None
        stale = False  # a rule ran since the facts were made or found to hold
        if timings is None:
            running = self._running
            if running is None:
                running = self._running = self._plan()
            for fn, need in running:
                if need is not None and make is not None:
                    if facts is None or stale:
                        facts, stale = make(state, facts), False
                    if not need.met(facts):
                        continue
                fn(state)
                stale = True
            return
        refresh = self._refresh
        for rule in self._rules:
            if rule.enabled:
                start = clock()
                need = rule.need
                if need is not None and make is not None:
                    if facts is None or stale:
                        facts, stale = make(state, facts), False
                    if not need.met(facts):
                        timings[rule.name] = timings.get(rule.name, 0.0) + clock() - start
                        continue
                rule.fn(state)
                stale = True
                if refresh is not None and rule.fn not in self._trusted:
                    refresh(state)
                timings[rule.name] = timings.get(rule.name, 0.0) + clock() - start
