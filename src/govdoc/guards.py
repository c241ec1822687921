"""A pattern asked only of a text that can hold a match, by a test read off the pattern's own source.

A field rule asks many patterns of lines most of which cannot match them (a seal's line of every organ
line, a closing's formula of every sentence of the body's end): each such call costs 1-2 µs in place,
most of it the pattern's memory fetched again. What every match opens with, ends with or holds
(`govdoc.first_chars`) says at the cost of a slice and a set look-up that a line cannot match. The
characters are read off the pattern's source the first time the guard is asked, so a change to the
pattern changes its guard with it (a hand-written set went stale when the pattern learnt a new form);
where the source does not say (a flag, a class escape), the guard asks the pattern of every text.

A module of its own beside `first_chars`, under the rules and the field parsers both (`govdoc.fields` asks its
patterns through them too: HONORIFIC, NAMED_PROPOSER, REVIEWER_CELL); `rules.lines.guards` names the same classes.
"""

from __future__ import annotations

import re

import regex

from govdoc.first_chars import first_chars, last_chars, readable_source, required_chars

_ALL: frozenset[str] = frozenset()  # (a guard that cannot tell: the pattern is asked of every text)
# A pattern compiled with a flag that changes what its source's characters match (case, `^`/`$` at every line, `.`,
# spaces): `readable_source` gives None, and the pattern is asked of every text.

# A pattern is handed over compiled or lazy (`govdoc.lazyregex`, typed as compiled): its source is known before
# it is compiled, so a guard made at a module's import compiles nothing.


class Opening:
    """`pattern.match(text)` asked only where `text` opens with a character a match can open with (a `^`
    before it adds nothing at a string's start)."""

    __slots__ = ("_chars", "_pattern")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self._pattern = pattern
        self._chars: frozenset[str] | None = None

    def chars(self) -> frozenset[str]:
        """What a match opens with (empty: not known, every text asked)."""
        if self._chars is None:
            source = readable_source(self._pattern)
            self._chars = (first_chars(source.removeprefix("^")) if source is not None else None) or _ALL
        return self._chars

    def match(self, text: str, pos: int = 0) -> regex.Match[str] | None:
        """`pattern.match(text, pos)`: asked where the character at `pos` may open a match."""
        chars = self._chars if self._chars is not None else self.chars()
        if chars and text[pos : pos + 1] not in chars:
            return None
        return self._pattern.match(text, pos)


class Ending:
    """`pattern.search(text)` or `.match(text)` of a pattern anchored at the text's end (`…$`), asked only
    where `text` ends (a final line break aside, which `$` allows) with a character a match can end with."""

    __slots__ = ("_chars", "_pattern")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self._pattern = pattern
        self._chars: frozenset[str] | None = None

    def chars(self) -> frozenset[str]:
        """What a match ends with (empty: not known, or the pattern is not anchored at the end)."""
        if self._chars is None:
            source = readable_source(self._pattern)
            anchored = source is not None and source.endswith("$") and not source.endswith("\\$")
            self._chars = (last_chars(source) if source is not None and anchored else None) or _ALL
        return self._chars

    def _may(self, text: str) -> bool:
        chars = self._chars if self._chars is not None else self.chars()
        if not chars:
            return True
        last = text[-1:]
        return (text[-2:-1] if last == "\n" else last) in chars

    def search(self, text: str) -> regex.Match[str] | None:
        return self._pattern.search(text) if self._may(text) else None

    def match(self, text: str) -> regex.Match[str] | None:
        return self._pattern.match(text) if self._may(text) else None


class Holding:
    """`pattern.match(text)` or `.search(text)` asked only where `text` holds one of the characters every
    match holds (one `in` for a single one, a class search in C for several). A search from `pos` to `endpos`
    asks the text from `pos` to `endpos`, or from its start where the pattern looks behind (`(?<=…)` reads the
    text before `pos`, and its characters may be all the guard knows)."""

    __slots__ = ("_behind", "_class", "_one", "_pattern", "_read")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self._pattern = pattern
        self._read = False
        self._one = ""
        self._class: re.Pattern[str] | None = None
        self._behind = "(?<" in pattern.pattern

    def chars(self) -> frozenset[str]:
        """What every match holds one of (empty: not known, every text asked)."""
        source = readable_source(self._pattern)
        return (required_chars(source) if source is not None else None) or _ALL

    def _may(self, text: str, pos: int, endpos: int) -> bool:
        if not self._read:
            chars = self.chars()
            if len(chars) == 1:
                (self._one,) = chars
            elif chars:
                self._class = re.compile("[" + re.escape("".join(sorted(chars))) + "]")
            self._read = True
        start = 0 if self._behind else pos
        if self._one:
            whole = not start and endpos >= len(text)
            return (self._one in text) if whole else text.find(self._one, start, endpos) >= 0
        return self._class is None or self._class.search(text, start, endpos) is not None

    def match(self, text: str) -> regex.Match[str] | None:
        return self._pattern.match(text) if self._may(text, 0, len(text)) else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self._pattern.search(text, pos, end) if self._may(text, pos, end) else None
