"""Which characters a pattern's match can start with, read from the pattern's source.

A long alternation tried at a line's start (website chrome: `^字号`, `^上一篇`, `^【?打印…`)
costs the `regex` engine a try of every alternative on every line, since it keeps no table of
the alternatives' first characters. `StartGuard` keeps that table: an alternative whose first
characters can be read from its source is tried only on a line opening with one of them; the
rest are tried on every line. The reading is conservative: anything it does not know for sure
(a class escape such as `\\d` or `\\p{Han}`, a range, a look-around, a flag, an alternative
that can match nothing) makes the alternative one that is always tried, so the guarded match
answers as the whole pattern does.
"""

from __future__ import annotations

import regex

_Firsts = frozenset[str] | None  # None: not known, any character may start a match


def alternatives(pattern: str) -> list[str]:
    """The pattern split at its top-level `|` (not inside a group or a class)."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def first_chars(pattern: str) -> _Firsts:
    """The characters a match of `pattern` (without flags) can start with, or None when not known."""
    if regex.search(r"\(\?(?!:|P<)", pattern):
        return None  # a look-around or an inline flag: not read
    firsts, empty = _of_alternation(pattern)
    return None if empty else firsts


def _of_alternation(pattern: str) -> tuple[_Firsts, bool]:
    found: set[str] = set()
    empty = False
    for part in alternatives(pattern):
        firsts, can_be_empty = _of_sequence(part)
        if firsts is None:
            return None, True
        found |= firsts
        empty = empty or can_be_empty
    return frozenset(found), empty


def _of_sequence(seq: str) -> tuple[_Firsts, bool]:
    """First characters of a concatenation, and whether it can match the empty string."""
    found: set[str] = set()
    i = 0
    while i < len(seq):
        firsts, empty, i = _atom(seq, i)
        if firsts is None:
            return None, True
        optional, i = _quantifier(seq, i)
        found |= firsts
        if not (empty or optional):
            return frozenset(found), False
    return frozenset(found), True


def _atom(seq: str, i: int) -> tuple[_Firsts, bool, int]:
    """The atom at `i`: its first characters, whether it can be empty, and where it ends."""
    c = seq[i]
    if c == "\\":
        escaped = seq[i + 1 : i + 2]
        if not escaped or escaped.isalnum():  # \d, \p{Han}, \b, \n …: not read
            return None, True, i + 2
        return frozenset(escaped), False, i + 2
    if c == "[":
        end = _class_end(seq, i)
        return _class_chars(seq[i + 1 : end - 1]), False, end
    if c == "(":
        end = _group_end(seq, i)
        inner = seq[i + 1 : end - 1]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1 :]
        firsts, empty = _of_alternation(inner)
        return firsts, empty, end
    if c in ".^$|){}*+?":
        return None, True, i + 1
    return frozenset(c), False, i + 1


def _quantifier(seq: str, i: int) -> tuple[bool, int]:
    """Whether the quantifier at `i` (if any) lets its atom be absent, and where it ends."""
    optional = False
    if seq[i : i + 1] in ("?", "*"):
        optional, i = True, i + 1
    elif seq[i : i + 1] == "+":
        i += 1
    elif seq[i : i + 1] == "{":
        m = regex.match(r"\{(\d*)(?:,\d*)?\}", seq[i:])
        if m is not None:
            optional, i = m.group(1) in ("", "0"), i + m.end()
    if seq[i : i + 1] in ("?", "+"):  # lazy or possessive
        i += 1
    return optional, i


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at `i` ends (after its `]`)."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(seq: str, i: int) -> int:
    depth = 0
    j = i
    while j < len(seq):
        c = seq[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(seq, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def _class_chars(body: str) -> _Firsts:
    """The characters of a class's body (between its brackets), or None for a negated class,
    a range, a class escape or a nested set."""
    if not body or body.startswith("^"):
        return None
    chars: set[str] = set()
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            escaped = body[i + 1 : i + 2]
            if not escaped or escaped.isalnum():
                return None
            chars.add(escaped)
            i += 2
            continue
        if c in "-[":
            return None
        chars.add(c)
        i += 1
    return frozenset(chars)


class StartGuard:
    """`pattern.match(text)` as a yes or no, each alternative tried only where it can start.

    For patterns compiled without flags and asked with `match` (at the text's start), as the
    chrome lines are; an alternative's `^` is harmless there.
    """

    __slots__ = ("_always", "_guarded", "firsts")

    def __init__(self, pattern: str) -> None:
        guarded: list[str] = []
        always: list[str] = []
        firsts: set[str] = set()
        for part in alternatives(pattern):
            found = first_chars(part.removeprefix("^"))
            if found is None:
                always.append(part)
            else:
                guarded.append(part)
                firsts |= found
        self.firsts = frozenset(firsts)
        self._guarded = regex.compile("|".join(guarded)) if guarded else None
        self._always = regex.compile("|".join(always)) if always else None

    def match(self, text: str) -> bool:
        """Whether the pattern matches at the start of `text`."""
        if self._guarded is not None and text[:1] in self.firsts and self._guarded.match(text):
            return True
        return self._always is not None and self._always.match(text) is not None
