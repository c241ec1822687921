"""Which characters a pattern's match can start with, read from the pattern's source.

A long alternation tried at a line's start (website chrome: `^字号`, `^上一篇`, `^【?打印…`)
costs the `regex` engine a try of every alternative on every line, since it keeps no table of
the alternatives' first characters. `StartGuard` keeps that table: an alternative whose first
characters can be read from its source is tried only on a line opening with one of them; the
rest are tried on every line. The reading is conservative: anything it does not know for sure
(a class escape such as `\\d` or `\\p{Han}`, a range, a look-around, a flag, an alternative
that can match nothing) makes the alternative one that is always tried, so the guarded match
answers as the whole pattern does.

`last_chars` and `required_chars` read the end of a match and the characters every match holds
the same way (govdoc/guards.py builds its guards on all three). Syntax the reader was not
written for (a POSIX class `[[:digit:]]`, a fuzzy constraint `{e<=1}`, a flag set on the compiled
pattern) makes it give up: no reading asks the pattern of every text, a wrong one refuses a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

_Firsts = frozenset[str] | None  # None: not known, any character may start a match

# Flags under which a source's characters match what the reading takes them to (a string pattern's defaults;
# ASCII changes only the class escapes, which are not read). Any other (case, `^`/`$` at every line, `.`, spaces,
# nested sets, fuzzy or reversed matching …): the source is not read.
_READ_KEEPING = regex.UNICODE | regex.VERSION0 | regex.ASCII


class _Unread(Exception):
    """Syntax the reading does not know (a fuzzy constraint …): the whole reading gives up."""


def readable_source(pattern: regex.Pattern[str]) -> str | None:
    """The pattern's source where its characters mean what the reading takes them to, else None."""
    flags = getattr(pattern, "_flags", None)  # a lazy pattern's own flags (`govdoc.lazyregex`), known uncompiled
    if flags is None:
        flags = pattern.flags
    return None if flags & ~_READ_KEEPING else pattern.pattern


# what the walk stops at: an escape, a class, a group's brackets, a bar (the characters between are plain)
_SYNTAX_MARK = regex.compile(r"[\\\[()|]")


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, int, str, int]]:
    """The pattern's syntax from `start`: each group bracket and bar, with its place, where it ends, the
    character and the depth of the groups it stands in (a group's `)` at its `(`'s depth), then the walk's end
    (`""`: the pattern's end, or past it where an escape or a class runs over it). Plain characters are stepped
    over in one search, an escape (`\\(`) and a class (`[(|]`) whole, so a bracket or a bar inside one is no
    syntax: the one walk of the syntax every reading here builds on (the splits at `|`, a group's end, the
    groups it opens; the items of `_item_end` over them), so `first_chars`, `last_chars`, `required_chars` and
    the guards of govdoc/guards.py read a pattern alike."""
    depth = 0
    search = _SYNTAX_MARK.search
    walked = start
    found = search(pattern, start)
    while found is not None:
        i = found.start()
        c = pattern[i]
        if c == "\\":
            walked = i + 2
        elif c == "[":
            walked = _class_end(pattern, i)
        else:
            walked = i + 1
            if c == ")":
                depth -= 1
            yield i, walked, c, depth
            if c == "(":
                depth += 1
        found = search(pattern, walked)
    end = max(walked, len(pattern))
    yield end, end, "", depth


def alternatives(pattern: str) -> list[str]:
    """The pattern split at its top-level `|` (not inside a group or a class)."""
    parts: list[str] = []
    start = 0
    for i, _, c, depth in _syntax(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


# A group with flags of its own (`(?i:png|jpe?g)`): its characters, case-folded, are not all in its
# source, so it is read as unknown; what stands before it in its alternative still tells (`\[(?i:pic)\]`
# opens with `[`). A flag for the whole pattern (`(?i)`) is not read. A look-around matches no character of
# its own: it adds nothing to what a match opens or ends with (it only refuses some), and a positive one's
# characters stand in the text around the match (`required_chars`); an atomic group (`(?>…)`) matches what
# its alternatives do, and a conditional group (`(?(open)…|…)`) what either branch does.
_SCOPED_FLAGS = regex.compile(r"\(\?[A-Za-z0-9-]+:")
_UNREAD_GROUP = regex.compile(r"\(\?(?!:|P<|[A-Za-z0-9-]+:|[=!>(]|<[=!])")
_LOOKAROUND_INNER = ("?=", "?!", "?<=", "?<!")  # a group's source inside its brackets


def _opens_group(pattern: str, group: regex.Pattern[str]) -> bool:
    """Whether a group `group` matches at opens in `pattern`: an escaped bracket (`\\(?`, an optional
    opening bracket) or one inside a class opens none."""
    if "(?" not in pattern:
        return False
    return any(c == "(" and group.match(pattern, i) for i, _, c, _ in _syntax(pattern))


def first_chars(pattern: str) -> _Firsts:
    """The characters a match of `pattern` (without flags) can start with, or None when not known."""
    if _opens_group(pattern, _UNREAD_GROUP):
        return None  # a look-around or an inline flag: not read
    try:
        firsts, empty = _of_alternation(pattern)
    except _Unread:
        return None
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
    """First characters of a concatenation, and whether it can match the empty string: its items read in
    order up to the first that can be neither absent nor empty (what follows it is never read)."""
    found: set[str] = set()
    i = 0
    while i < len(seq):
        end = _item_end(seq, i)
        firsts, empty = _first_of(seq, i, end) if end is not None else (None, True)
        if firsts is None or end is None:
            return None, True
        optional, i = _quantifier(seq, end)
        found |= firsts
        if not (empty or optional):
            return frozenset(found), False
    return frozenset(found), True


def _first_of(seq: str, i: int, end: int) -> tuple[_Firsts, bool]:
    """The first characters of the item at `i` up to `end` (None: not known) and whether it can be empty."""
    c = seq[i]
    if c == "\\":
        escaped = seq[i + 1 : i + 2]
        if not escaped or escaped.isalnum():  # \d, \p{Han}, \b, \n …: not read
            return None, True
        return frozenset(escaped), False
    if c == "[":
        return _class_chars(seq[i + 1 : end - 1]), False
    if c == "(":
        if _SCOPED_FLAGS.match(seq, i):
            return None, True  # its own flags: not read (an alternative opening with it is tried always)
        inner = seq[i + 1 : end - 1]
        if inner.startswith(_LOOKAROUND_INNER):
            return frozenset(), True  # zero-width: what follows it opens the match
        if inner.startswith(("?:", "?>")):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1 :]
        elif inner.startswith("?("):
            branches = _branches(inner)
            firsts, empty = _of_alternation(branches)
            return firsts, empty or len(alternatives(branches)) < 2  # (no second branch: it may be empty)
        return _of_alternation(inner)
    if c in ".^$|){}*+?":
        return None, True
    return frozenset(c), False


def _branches(inner: str) -> str:
    """A conditional group's branches (`yes|no`) after its condition (`?(open)`, `?(1)`)."""
    return inner[inner.index(")") + 1 :]


def _quantifier(seq: str, i: int) -> tuple[bool, int]:
    """Whether the quantifier at `i` (if any) lets its atom be absent, and where it ends."""
    optional = False
    if seq[i : i + 1] in ("?", "*"):
        optional, i = True, i + 1
    elif seq[i : i + 1] == "+":
        i += 1
    elif seq[i : i + 1] == "{":
        m = regex.match(r"\{(\d*)(?:,\d*)?\}", seq[i:])
        if m is None:
            raise _Unread  # a fuzzy constraint (`{e<=1}`: any character may differ) or a literal brace
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
        posix = _POSIX_CLASS.match(pattern, j) if pattern[j] == "[" else None
        j = posix.end() if posix else j + (2 if pattern[j] == "\\" else 1)
    return j + 1


_POSIX_CLASS = regex.compile(r"\[:\^?\w+:\]")  # `[:digit:]` inside a class: one member (read as unknown)


def _group_end(seq: str, i: int) -> int:
    """Where the group opening at `i` ends (after its `)`; where the walk ran out where it is not closed)."""
    for _, after, c, depth in _syntax(seq, i):
        if (c == ")" and depth == 0) or not c:
            return after
    return i  # (never: the walk ends with its end)


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


# an inline flag for the rest of the pattern, a back reference …; a group with flags of its own is read as unknown
_FLAGS_OR_UNREAD_GROUP = regex.compile(r"\(\?(?![:=!>(]|<[=!]|P<|[A-Za-z0-9-]+:)")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_SHORT_ESCAPES = frozenset("dDwWsSbBAZntrfva")  # an escape of two characters: a class, an anchor, a control
_BRACED_ESCAPES = frozenset("pPN")  # \p{Han}, \N{name}: up to the closing brace


def _item_end(seq: str, i: int) -> int | None:
    """Where the item opening at `i` ends (an escape, a class, a group, a character), or None where its extent
    is not read for sure (\\x41, a back reference …; an extent past the pattern's end is the caller's to refuse)."""
    c = seq[i]
    if c == "\\":
        escaped = seq[i + 1 : i + 2]
        if escaped in _BRACED_ESCAPES and seq[i + 2 : i + 3] == "{":
            end = seq.find("}", i) + 1
        elif escaped and (not escaped.isalnum() or escaped in _SHORT_ESCAPES):
            end = i + 2
        else:
            return None
    elif c == "[":
        end = _class_end(seq, i)
    elif c == "(":
        end = _group_end(seq, i)
    else:
        end = i + 1
    return end


def _items(seq: str) -> list[tuple[str, bool]] | None:
    """A concatenation's items in order, each as (its source, whether its quantifier lets it be
    absent), or None where an item's extent is not read for sure."""
    items: list[tuple[str, bool]] = []
    i = 0
    while i < len(seq):
        end = _item_end(seq, i)
        if end is None or end <= i or end > len(seq):
            return None
        optional, after = _quantifier(seq, end)
        items.append((seq[i:end], optional))
        i = after
    return items


def last_chars(pattern: str) -> _Firsts:
    """The characters a match of `pattern` (without flags) ends on when it must end at the text's
    end (`…评价$`), or None when it need not or they are not known: the last item before the
    closing `$` is read as `first_chars` reads the first, a group through each alternative's end."""
    if _opens_group(pattern, _FLAGS_OR_UNREAD_GROUP):
        return None
    parts = alternatives(pattern)
    if len(parts) > 1:  # each alternative must end at the text's end, on what it ends on: the union
        return _union([last_chars(part) for part in parts])
    try:
        items = _items(pattern)
        if not items or len(items) < 2 or items[-1] != ("$", False):
            return None
        return _last_of(*items[-2])
    except _Unread:
        return None


def _union(found: list[_Firsts]) -> _Firsts:
    """The characters of every alternative together, or None where one alternative's are not known."""
    union: set[str] = set()
    for chars in found:
        if chars is None:
            return None
        union |= chars
    return frozenset(union)


def _last_of(source: str, optional: bool) -> _Firsts:
    if optional or source in ("^", "$", "."):
        return None
    if source.startswith("["):
        return _class_chars(source[1:-1])
    if source.startswith("\\"):
        return frozenset(source[1]) if len(source) == 2 and not source[1].isalnum() else None
    if not source.startswith("("):
        return frozenset(source)
    inner = source[1:-1]
    if inner.startswith(("?:", "?>")):
        inner = inner[2:]
    elif inner.startswith("?P<"):
        inner = inner[inner.index(">") + 1 :]
    elif inner.startswith("?("):
        inner = _branches(inner)
        if len(alternatives(inner)) < 2:
            return None  # no second branch: the match may end before the group
    elif inner.startswith("?"):
        return None  # a look-around
    found: set[str] = set()
    for part in alternatives(inner):
        items = _items(part)
        lasts = _last_of(*items[-1]) if items else None
        if lasts is None:
            return None
        found |= lasts
    return frozenset(found)


def required_chars(pattern: str) -> _Firsts:
    """Characters one of which every match of `pattern` (without flags) holds, or the text around it must,
    or None when none is known: the first characters of an item that cannot be absent or empty (`:` in
    `…[ ]{0,2}:`, either of 参 评 in `(?:参与|评论)$`), or what a positive look-around's pattern requires
    (`(?<=[。!?])…`: one of the stops before the match), the fewest of them where several items are. A
    look-behind's characters stand before the match: a guard asks them of the text from its start."""
    if _opens_group(pattern, _FLAGS_OR_UNREAD_GROUP):
        return None
    parts = alternatives(pattern)
    if len(parts) > 1:  # a match holds what its own alternative requires: the union, known only if each is
        return _union([required_chars(part) for part in parts])
    try:
        items = _items(pattern)
        if items is None:
            return None
        best: frozenset[str] | None = None
        for source, optional in items:
            if optional or source in ("^", "$") or source.startswith(("(?!", "(?<!")):
                continue
            if source.startswith(_LOOKAROUND):  # (?=…), (?<=…): the text holds what its pattern requires
                firsts, empty = required_chars(source[source.index("=") + 1 : -1]), False
            else:
                firsts, empty = _first_of(source, 0, len(source))
            if firsts is not None and not empty and (best is None or len(firsts) < len(best)):
                best = firsts
    except _Unread:
        return None
    return best


class StartGuard:
    """`pattern.match(text)` as a yes or no, each alternative tried only where it can match.

    For patterns compiled without flags and asked with `match` (at the text's start), as the
    chrome lines are; an alternative's `^` is harmless there. An alternative is filed by what its
    source tells for sure, most telling first:

    * its first characters (`first_chars`): tried only on a text opening with one, together with
      the other alternatives that open so (one pattern per first character, compiled when a text
      first opens with it: a body line opens with few of them);
    * else, when it ends at the text's end (`…满意度评价$`), its last characters (`last_chars`):
      tried only on a text ending with one;
    * else the characters one of which every match holds (`required_chars`: `:` in a dated
      byline): tried only on a text holding one;
    * else tried on every text.

    The `regex` engine pays for every alternative it tries, even one that fails at once (about
    0.1 µs each), and keeps no table of their first characters; this table is what the guard adds.
    """

    __slots__ = ("_always", "_by_first", "_by_last", "_lasts", "_need_gate", "_needing", "firsts", "only_firsts")

    def __init__(self, pattern: str | regex.Pattern[str]) -> None:
        by_first: dict[str, list[str]] = {}
        by_last: dict[str, list[str]] = {}
        needing: list[tuple[str, regex.Pattern[str]]] = []
        always: list[str] = []
        source = pattern if isinstance(pattern, str) else readable_source(pattern)
        whole: regex.Pattern[str] | None = None
        if source is None or _opens_group(source, _GLOBAL_FLAG) or _CROSS_REFERENCE.search(source):
            # a flag of the whole pattern, or a group named across alternatives: no alternative means alone
            # what it meant in the whole; the pattern is asked whole of every text
            whole = regex.compile(pattern) if isinstance(pattern, str) else pattern
        for part in alternatives(source) if source is not None and whole is None else []:
            found = first_chars(part.removeprefix("^"))
            lasts = None if found is not None else last_chars(part)
            needed = None if found is not None or lasts is not None else required_chars(part)
            if found is not None:
                for c in found:
                    by_first.setdefault(c, []).append(part)
            elif lasts is not None:
                for c in lasts:
                    by_last.setdefault(c, []).append(part)
            elif needed is not None:
                needing.append(("".join(sorted(needed)), regex.compile(part)))
            else:
                always.append(part)
        self.firsts = frozenset(by_first)
        # every alternative filed by its first characters: a text opening with none of `firsts` is
        # refused, which a caller may ask itself before the call (a line in hundreds opens with one)
        self.only_firsts = whole is None and not (by_last or needing or always)
        self._lasts = frozenset(by_last)
        self._by_first = _Compiled({c: "|".join(parts) for c, parts in by_first.items()})
        self._by_last = _Compiled({c: "|".join(parts) for c, parts in by_last.items()})
        # one character (most): one `in` scan; several: one scan of a class of them (`re`), where a generator
        # of `in` scans cost a frame and a call each time a line was asked
        self._needing = [(n, None if len(n) == 1 else re.compile(f"[{re.escape(n)}]"), part) for n, part in needing]
        # every character any of them needs, as one class (`re`): a text holding none (most lines asked of the
        # chrome's start hold none of F 发 m 封 space colon) is refused by one scan, not one `in` scan a row
        needed_chars = "".join(sorted({c for n, _ in needing for c in n}))
        # (a row needing no character, were there one, would be asked of every text: then no gate)
        gated = needing and all(n for n, _ in needing)
        self._need_gate = re.compile(f"[{re.escape(needed_chars)}]") if gated else None
        self._always = whole if whole is not None else regex.compile("|".join(always)) if always else None

    def match(self, text: str) -> bool:
        """Whether the pattern matches at the start of `text`."""
        first = text[:1]
        if first in self.firsts and self._by_first[first].match(text):
            return True
        if self._lasts:
            last = text[-1:]
            if last == "\n":
                last = text[-2:-1]  # `$` matches before a final newline too
            if last in self._lasts and self._by_last[last].match(text):
                return True
        gate = self._need_gate
        if gate is None or gate.search(text) is not None:  # (some row's character stands in the text)
            for needed, one_of, part in self._needing:
                if (needed in text if one_of is None else one_of.search(text) is not None) and part.match(text):
                    return True
        return self._always is not None and self._always.match(text) is not None


# A flag set for the whole pattern (`(?i)` at its head applies to every alternative), and a back-reference,
# a conditional or a recursion (`\2`, `(?P=q)`, `(?(1)…)`, `(?R)`), which may name a group of another
# alternative. Searched in the raw source for the latter: an escaped backslash before a digit only costs the split.
_GLOBAL_FLAG = regex.compile(r"\(\?[A-Za-z0-9-]+\)")
_CROSS_REFERENCE = regex.compile(r"\\(?:[1-9]|g<)|\(\?(?:P[=>]|[(&R0-9]|[+-]\d)")


class _Compiled(dict[str, "regex.Pattern[str]"]):
    """Patterns by character, each compiled from its source when first asked for: a line opens
    (or ends) with few of the characters a long alternation files its alternatives under."""

    def __init__(self, sources: dict[str, str]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, c: str) -> regex.Pattern[str]:
        pattern = self[c] = regex.compile(self.sources[c])  # threads compiling at once bind equal patterns
        return pattern
