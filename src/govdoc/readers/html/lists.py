"""The numbers a browser draws before the items of an `<ol>`: not in the page's text, shown on it.

A rich-text editor writes a list of points as `<ol><li>…</li></ol>` and the browser numbers them
(`1.` `2.`, or `一、` for `list-style-type: cjk-ideographic`), as Word numbers its lists; the
reader puts the number the page shows in front of the item, so the item reads as printed.
"""

from __future__ import annotations

import regex

from govdoc.numerals import int_to_cn, int_to_roman
from govdoc.readers.html.dom import attr

_STYLE = regex.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", regex.I)
_TYPES = {
    "1": "decimal",
    "a": "lower-alpha",
    "A": "upper-alpha",
    "i": "lower-roman",
    "I": "upper-roman",
}
_LIMIT = 999  # beyond this a list is no document's list of points


def list_style(ol: object) -> str:
    """The counter style of an `<ol>`: its CSS list-style-type, else its `type` attribute, else decimal."""
    found = _STYLE.search(attr(ol, "style"))
    if found:
        return found.group(1).lower()
    return _TYPES.get(attr(ol, "type").strip(), "decimal")


def first_number(ol: object) -> int:
    """Where an `<ol>` starts counting (`start`), 1 when not stated or not a plain number."""
    start = attr(ol, "start").strip()
    return int(start) if start.isascii() and start.isdigit() and len(start) <= 3 else 1


def item_marker(style: str, n: int) -> str:
    """The marker a browser draws for item `n` in a counter style; empty for none or one unknown here."""
    if not 0 < n <= _LIMIT:
        return ""
    if style in ("decimal", "decimal-leading-zero"):
        return f"{n:02d}." if style == "decimal-leading-zero" else f"{n}."
    if style in ("cjk-ideographic", "simp-chinese-informal", "cjk-decimal"):
        return f"{int_to_cn(n)}、"
    if style in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin") and n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"{letter.upper() if style.startswith('upper') else letter}."
    if style in ("lower-roman", "upper-roman") and n < 40:
        roman = int_to_roman(n).lower()
        return f"{roman.upper() if style == 'upper-roman' else roman}."
    return ""
