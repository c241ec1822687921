"""Every form a simple pattern's match can take, read from its source, for tests that tie a guard
or a cue to the patterns it stands for.

A form is a list of literal characters, gaps (`GAP`: a class, an escape such as `\\d` or
`\\p{Han}`, or a repeat, some characters none of which is read) and `LETTER` (the class the
caller names, a cue on its own). Each optional part is taken present and absent, each group's
alternatives one by one; look-arounds match no characters and are left out. Syntax the reader
does not know fails an assertion rather than passing unread.
"""

from __future__ import annotations

import itertools

GAP = None
LETTER = "LETTER"
Form = tuple[str | None, ...]


def forms(pattern: str, letter_class: str = "") -> list[Form]:
    """Every form of `pattern` (its top-level alternatives each expanded)."""
    found: list[Form] = []
    i = -1
    while i < len(pattern):
        alternative, i = _sequence(pattern, i + 1, letter_class)
        found += alternative
        assert i == len(pattern) or pattern[i] == "|", f"unread pattern at {i}: {pattern!r}"
    return found


def every_form_holds(pattern: str, char: str) -> bool:
    """Whether every form of `pattern` holds the literal `char`, read off the pattern's structure
    rather than its forms listed one by one: a pattern of several tables of alternatives in a row
    has their product of forms (millions, gigabytes), but a sequence holds the character where one
    of its parts does, a group where each of its alternatives does, an optional part never. Same
    reading of the syntax as `forms`; a class or escape is a gap, a look-around matches nothing."""
    assert len(char) == 1, "a single literal character"
    holds, i = _alternatives_hold(pattern, 0, char)
    assert i == len(pattern), f"unread pattern at {i}: {pattern!r}"
    return holds


def _alternatives_hold(p: str, i: int, char: str) -> tuple[bool, int]:
    """Whether each alternative from `i` to the group's end (or the pattern's) holds `char`."""
    every = True
    while True:
        holds, i = _sequence_holds(p, i, char)
        every = every and holds
        if i == len(p) or p[i] == ")":
            return every, i
        i += 1  # past |


def _sequence_holds(p: str, i: int, char: str) -> tuple[bool, int]:
    holds = False
    while i < len(p) and p[i] not in "|)":
        c = p[i]
        if c == "(":
            j = i + 1
            around = p.startswith(("?=", "?!", "?<=", "?<!"), j)
            if p.startswith("?:", j):
                j += 2
            elif p.startswith("?P<", j):
                j = p.index(">", j) + 1
            elif around:
                j += 3 if p[j + 1] == "<" else 2
            else:
                assert p[j] != "?", f"flag in {p!r}"
            inner, j = _alternatives_hold(p, j, char)
            atom, i = inner and not around, j + 1
        else:
            forms_of_atom, i = _atom(p, i, "")
            atom = all(char in form for form in forms_of_atom)
        least, i = _quantifier(p, i)
        holds = holds or (atom and least > 0)
    return holds, i


def runs(form: Form) -> list[str]:
    """The literal runs of a form: what a match holds in one piece between its gaps."""
    return "".join(c if c is not None and c != LETTER else "\n" for c in form).split("\n")


def _sequence(p: str, i: int, letter_class: str) -> tuple[list[Form], int]:
    found: set[Form] = {()}
    while i < len(p) and p[i] not in "|)":
        options, i = _atom(p, i, letter_class)
        least, i = _quantifier(p, i)
        if least == 0:
            options = [(), *options]
        found = {_joined(f, o) for f, o in itertools.product(found, options)}
    return sorted(found, key=repr), i


def _joined(a: Form, b: Form) -> Form:
    """`a` then `b`, two gaps in a row read as one (what stands in them is not read either way)."""
    if a and b and a[-1] is GAP and b[0] is GAP:
        return a + b[1:]
    return a + b


def _atom(p: str, i: int, letter_class: str) -> tuple[list[Form], int]:
    c = p[i]
    if c in "^$":
        return [()], i + 1
    if c == "\\":
        if p[i + 1] == "p":  # \p{Han}
            return [(GAP,)], p.index("}", i) + 1
        if p[i + 1] in "dws":
            return [(GAP,)], i + 2
        assert not p[i + 1].isalnum(), f"unknown escape in {p!r}"
        return [(p[i + 1],)], i + 2
    if c == "[":
        end = i + 1
        while p[end] != "]" or end == i + 1:
            end += 2 if p[end] == "\\" else 1
        return [(LETTER,) if p[i : end + 1] == letter_class else (GAP,)], end + 1
    if c == "(":
        j = i + 1
        around = p.startswith(("?=", "?!", "?<=", "?<!"), j)
        if p.startswith("?:", j):
            j += 2
        elif p.startswith("?P<", j):
            j = p.index(">", j) + 1
        elif around:
            j += 3 if p[j + 1] == "<" else 2
        else:
            assert p[j] != "?", f"flag in {p!r}"
        options: list[Form] = []
        while True:
            alternative, j = _sequence(p, j, letter_class)
            options += alternative
            if p[j] == ")":
                return ([()] if around else options), j + 1
            j += 1  # past |
    assert c not in ".*+?{}", f"unknown syntax in {p!r}"
    return [(c,)], i + 1


def _quantifier(p: str, i: int) -> tuple[int, int]:
    """The least count the quantifier at `i` allows (1 without one), and where it ends."""
    least = 1
    if p[i : i + 1] == "?":
        least, i = 0, i + 1
    elif p[i : i + 1] == "{":
        end = p.index("}", i)
        least, i = int(p[i + 1 : end].split(",")[0] or 0), end + 1
    else:
        assert p[i : i + 1] not in ("*", "+"), f"unbounded repeat in {p!r}"
        return least, i
    if p[i : i + 1] == "?":  # lazy
        i += 1
    return least, i
