"""Word's EQ field: the characters it draws from its own code.

An EQ field has no result: Word draws it from its code, whose characters are the document's words. Word
writes its 带圈字符 (enclosed characters, 格式 → 中文版式) so: `eq \\o\\ac(○,1)`, the circle and the figure
overlaid; and its 合并字符 (combined characters) as `eq \\o(\\s\\up 9(某某),\\s\\do 3(某某))`, two short
strings stacked in one character's place. A reader that shows only fields' results loses them in silence.

`shown` reads the code's characters in order, switches (`\\o`, `\\ac`, `\\s`, `\\up 9`) and the argument
lists' parentheses and separators left out (a fraction `\\f(1,2)` read 1/2). An overlay of an enclosure (○, □,
△, ◇) and the character it encloses is that character: as the one Unicode character that shows it enclosed
where there is one (○ and 1 → ①, ○ and 正 → ㊣, as a text written with those characters shows them), else the
character alone.
"""

from __future__ import annotations

import unicodedata

import regex

_EQ = regex.compile(r"\s*eq(?![a-z])\s*", regex.IGNORECASE)
_SWITCH = regex.compile(r"\\([a-z]+)(?:\s*-?\d+(?:\.\d+)?)?", regex.IGNORECASE)
_ENCLOSURES = frozenset("○◯〇□△◇◎")
_CIRCLES = frozenset("○◯〇◎")
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
            names = [switch.group(1).lower()]
            pos = switch.end()
            while pos < n and (more := _SWITCH.match(code, pos)) is not None:
                names.append(more.group(1).lower())
                pos = more.end()
            while pos < n and code[pos] == " ":
                pos += 1
            if pos < n and code[pos] == "(" and depth < _MAX_DEPTH:
                args, pos = _arguments(code, pos + 1, depth + 1)
                if "o" in names:
                    out.append(_overlay(args))
                elif "f" in names and len(args) == 2:  # a fraction: numerator over denominator, read a/b
                    out.append(f"{args[0]}/{args[1]}")
                else:
                    out.append("".join(args))
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
