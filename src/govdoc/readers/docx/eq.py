"""Word's EQ field: the characters it draws from its own code.

An EQ field has no result: Word draws it from its code, whose characters are the document's words. Word
writes its 带圈字符 (enclosed characters, 格式 → 中文版式) so: `eq \\o\\ac(○,1)`, the circle and the figure
overlaid; and its 合并字符 (combined characters) as `eq \\o(\\s\\up 9(某某),\\s\\do 3(某某))`, two short
strings stacked in one character's place. A reader that shows only fields' results loses them in silence.

`shown` reads the code's characters in order, switches (`\\o`, `\\ac`, `\\s`, `\\up 9`) and the argument
lists' parentheses and separators left out; a switch that draws marks of its own draws them (`_DRAWN`): a fraction
`\\f(1,2)` is read 1/2, a bracket `\\b\\bc\\[(某)` [某] (parentheses where no option names its characters), a
radical `\\r(3,x)` ∛x. An overlay of an enclosure (○, □,
△, ◇) and the character it encloses is that character: as the one Unicode character that shows it enclosed
where there is one (○ and 1 → ①, ○ and 正 → ㊣, as a text written with those characters shows them), else the
character alone.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

_EQ = regex.compile(r"\s*eq(?![a-z])\s*", regex.IGNORECASE)
_SWITCH = regex.compile(r"\\([a-z]+)(?:\s*-?\d+(?:\.\d+)?)?", regex.IGNORECASE)
_ENCLOSURES = frozenset("○◯〇□△◇◎")
_CIRCLES = frozenset("○◯〇◎")
# A bracket's options (`\\lc\\[`, `\\rc\\]`, `\\bc\\{`): the switch and the character after it, its backslash optional
_BRACKET_OPTION = regex.compile(r"\\(lc|rc|bc)\\?(.)", regex.IGNORECASE | regex.DOTALL)
_CLOSING_OF = {"(": ")", "[": "]", "{": "}", "<": ">"}  # `\\bc`'s character and the one it closes with
_ROOT_SIGNS = {"": "√", "2": "√", "3": "∛", "4": "∜"}  # a radical's index and its sign; another index is written
_MAX_DEPTH = 16  # nested argument lists read; deeper ones are read as plain characters


def _circled() -> dict[str, str]:
    """Each character (or figure of two digits) with its circled form: ① for 1, ⑳ for 20, ㊣ for 正, Ⓐ for A."""
    table: dict[str, str] = {}
    for start, end in ((0x2460, 0x24FF), (0x3251, 0x32BF)):
        for code in range(start, end + 1):
            parts = unicodedata.decomposition(chr(code)).split()
            if parts[:1] == ["<circle>"]:
                table.setdefault("".join(chr(int(p, 16)) for p in parts[1:]), chr(code))
    return table


_CIRCLED = _circled()


def shown(code: str) -> str:
    """The characters an EQ field's code draws, or "" for a code that is no EQ field."""
    start = _EQ.match(code)
    if start is None:
        return ""
    text, _ = _sequence(code, start.end(), 0)
    return "".join(text.split())


def _sequence(code: str, pos: int, depth: int) -> tuple[str, int]:
    """The characters from `pos` to the end of this argument (a `,`, `;` or `)` of the list it stands in, or
    the code's end), and where that argument ends."""
    out: list[str] = []
    n = len(code)
    while pos < n:
        ch = code[pos]
        if ch in ",;)" and depth:
            return "".join(out), pos
        if ch == "\\":
            switch = _SWITCH.match(code, pos)
            if switch is None:  # an escaped character (`\(`, `\,`, `\\`): shown as itself
                if pos + 1 < n:
                    out.append(code[pos + 1])
                pos += 2
                continue
            names: list[str] = []
            options: dict[str, str] = {}
            while pos < n and (more := _BRACKET_OPTION.match(code, pos) or _SWITCH.match(code, pos)) is not None:
                if more.re is _BRACKET_OPTION:
                    options[more.group(1).lower()] = more.group(2)
                else:
                    names.append(more.group(1).lower())
                pos = more.end()
                gap = pos
                while gap < n and code[gap] == " ":
                    gap += 1
                if code.startswith("\\", gap):
                    pos = gap  # spaces between two switches (`\\b \\bc\\{`)
            while pos < n and code[pos] == " ":
                pos += 1
            if pos < n and code[pos] == "(" and depth < _MAX_DEPTH:
                args, pos = _arguments(code, pos + 1, depth + 1)
                drawn = next((draw for name, draw in _DRAWN if name in names), None)
                out.append(drawn(args, options) if drawn is not None else "".join(args))
            continue
        if ch in "()" or ch in ",;":
            pos += 1
            continue
        out.append(ch)
        pos += 1
    return "".join(out), pos


def _arguments(code: str, pos: int, depth: int) -> tuple[list[str], int]:
    """An argument list's members, from just inside its `(` to just past its `)`."""
    args: list[str] = []
    n = len(code)
    while True:
        text, pos = _sequence(code, pos, depth)
        args.append(text)
        if pos >= n:
            return args, pos
        if code[pos] == ")":
            return args, pos + 1
        pos += 1  # past a separator


def _overlay(args: list[str]) -> str:
    """Characters drawn over one another (`\\o`): an enclosure and what it encloses are the enclosed character,
    stacked strings (合并字符) are read top to bottom."""
    parts = ["".join(a.split()) for a in args]
    parts = [p for p in parts if p]
    if len(parts) == 2 and (parts[0] in _ENCLOSURES) != (parts[1] in _ENCLOSURES):
        ring, inner = (parts[0], parts[1]) if parts[0] in _ENCLOSURES else (parts[1], parts[0])
        return _CIRCLED.get(inner, inner) if ring in _CIRCLES else inner
    return "".join(parts)


def _fraction(args: list[str], options: dict[str, str]) -> str:
    """`\\f(a,b)`: the numerator over the denominator, read a/b."""
    return f"{args[0]}/{args[1]}" if len(args) == 2 else "".join(args)


def _bracket(args: list[str], options: dict[str, str]) -> str:
    """`\\b(…)`: the argument between the brackets Word draws round it: parentheses where no option names them, else
    those named (`\\lc\\{` the left alone, as a piecewise function's brace; `\\rc\\]` the right alone; `\\bc\\[`
    both, the right the left's closing mate)."""
    inner = "".join(args)
    if not options:
        return f"({inner})"
    both = options.get("bc", "")
    return options.get("lc", both) + inner + options.get("rc", _CLOSING_OF.get(both, both))


def _radical(args: list[str], options: dict[str, str]) -> str:
    """`\\r(x)` or `\\r(n,x)`: the root sign over the radicand, its index shown by the sign (∛ for 3) or written
    before it."""
    if len(args) < 2:
        return "√" + "".join(args)
    index = "".join(args[0].split())
    return _ROOT_SIGNS.get(index, index + "√") + "".join(args[1:])


def _overlaid(args: list[str], options: dict[str, str]) -> str:
    """`\\o(…)`: `_overlay`."""
    return _overlay(args)


# The switches that draw marks of their own round their arguments, in the order they are asked where a field
# writes several (`\\o\\ac`): each the switch's name and how its arguments are shown. Any other switch's
# arguments are shown as they stand, one after another.
_DRAWN: tuple[tuple[str, Callable[[list[str], dict[str, str]], str]], ...] = (
    ("o", _overlaid),
    ("f", _fraction),
    ("b", _bracket),
    ("r", _radical),
)
