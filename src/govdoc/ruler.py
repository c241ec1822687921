"""An ordered list of named rules over a shared state, in the manner of markdown-it-py's Ruler.

Each stage of the parse is a rule: a function that reads and updates the state. Rules can be
switched off, replaced or inserted by name, so a new variant of the genre is a new rule, not
an `if` in the middle of another one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

S = TypeVar("S")


@dataclass(slots=True)
class _Entry(Generic[S]):
    name: str
    fn: Callable[[S], None]
    enabled: bool = True


class Ruler(Generic[S]):
    """Named rules run in order over one state.

    `trusted`: the rules known to keep what the state keeps for them (the default rules); after any
    other rule (one a caller added or put in a rule's place) `refresh` is called on the state, so what
    the state keeps from the earlier rules' work is made again from what that rule left (govdoc's
    state keeps its zone views once the text is assembled: `State.refresh`)."""

    def __init__(
        self,
        rules: Iterable[tuple[str, Callable[[S], None]]] = (),
        *,
        trusted: Iterable[Callable[[S], None]] = (),
        refresh: Callable[[S], None] | None = None,
    ) -> None:
        self._rules: list[_Entry[S]] = [_Entry(name, fn) for name, fn in rules]
        self._trusted = frozenset(trusted)
        self._refresh = refresh
        self._running: tuple[Callable[[S], None], ...] | None = None  # the enabled rules' functions, once asked

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
        """Replace the rule called `name`."""
        self._rules[self._index(name)].fn = fn
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
        clone: Ruler[S] = Ruler(trusted=self._trusted, refresh=self._refresh)
        clone._rules = [_Entry(r.name, r.fn, r.enabled) for r in self._rules]
        return clone

    def _plan(self) -> tuple[Callable[[S], None], ...]:
        """The enabled rules' functions in order, each rule not trusted followed by `refresh`."""
        refresh = self._refresh
        steps: list[Callable[[S], None]] = []
        for rule in self._rules:
            if rule.enabled:
                steps.append(rule.fn)
                if refresh is not None and rule.fn not in self._trusted:
                    steps.append(refresh)
        return tuple(steps)

    def run(
        self, state: S, timings: dict[str, float] | None = None, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        """Run the enabled rules in order; with `timings`, add each rule's seconds to it, by `clock`
        (`time.process_time` counts CPU time only, which a busy machine inflates least)."""
        if timings is None:
            running = self._running
            if running is None:
                running = self._running = self._plan()
            for fn in running:
                fn(state)
            return
        refresh = self._refresh
        for rule in self._rules:
            if rule.enabled:
                start = clock()
                rule.fn(state)
                if refresh is not None and rule.fn not in self._trusted:
                    refresh(state)
                timings[rule.name] = timings.get(rule.name, 0.0) + clock() - start
