"""Regular expressions compiled the first time they are used, for modules that hold many.

A module's patterns compiled at import cost a one-file parse's start every time, while a
document uses only some of them (a conversion tool's marks, a rare shape). `compile` here
gives an object that compiles on its first use and then is as fast as the compiled pattern.
Format-neutral: the readers use it as the `patterns` package does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Any, cast

import regex


class _Lazy:
    """A pattern compiled the first time it is used, then as fast as the compiled one.

    Compiling all of a module's patterns costs tens of milliseconds, a large share of a
    one-file parse's start, while a document uses only some of them. The first attribute
    asked for compiles the pattern and copies the compiled pattern's methods onto this
    object, so later calls find them directly (no further indirection). A match's `re` is
    the compiled pattern, not this object: tell patterns apart by their `pattern` string.
    """

    def __init__(self, pattern: str, flags: int, engine: Any = regex) -> None:
        self.pattern = pattern
        self._flags = flags
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy, pickle and the like ask for these: no pattern has them
            raise AttributeError(name)
        compiled = self._engine.compile(self.pattern, self._flags)
        for attr in dir(compiled):
            if not attr.startswith("_"):
                setattr(self, attr, getattr(compiled, attr))
        # A class with `__getattr__` routes every attribute look-up through a slow hook, even
        # for attributes it has: once compiled, the object becomes a plain one.
        object.__setattr__(self, "__class__", _Compiled)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


class _Compiled:
    """A `_Lazy` pattern once compiled: the compiled pattern's methods are its own attributes."""

    pattern: str

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("regex.Pattern[str]", _Lazy(pattern, flags))


def compile_plain(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)`, done when first used: for a class or a list of words searched in a
    whole text, which the standard engine scans several times faster than `regex` (the cues)."""
    return cast("re.Pattern[str]", _Lazy(pattern, 0, re))


def at_most_two(matches: Iterator[object]) -> int:
    """How many matches there are, counted to two: the search stops at the second, where
    `len(findall(...)[:2])` built the list of all (diffread-A A7)."""
    return sum(1 for _ in islice(matches, 2))
