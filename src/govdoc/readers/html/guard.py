"""Bounding the markup before it is parsed: element count and nesting depth.

lexbor builds a tree of any depth, but closing deep nesting costs it time quadratic in the
depth (200,000 nested `<div>`s run for minutes), and every later walk pays for each element.
So the tags are counted first in one linear scan of the text. The depth is measured the way
a browser's tree builder would roughly see it: void elements and those whose end tag may be
left out (`<p>`, `<li>`, `<td>` …) are not counted as open, and an end tag closes everything
opened after its start tag, so sloppy pages with unclosed `<font>`s inside closed cells are
not mistaken for deep ones.
"""

from __future__ import annotations

from collections import Counter

import regex

from govdoc.limits import Limits

_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})")
_NOT_NESTING = frozenset(
    # void elements, and those whose end tag is implied by the next sibling
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "colgroup",
        "caption",
        "rb",
        "rt",
        "rtc",
        "rp",
    ]
)


# One attribute of a start tag: a name, then perhaps `=` and a value (quoted or bare).
_ATTRIBUTE = regex.compile(r"""[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def check_attributes(text: str, limits: Limits, path: str | None) -> None:
    """Raise `too-large` for an element of more than `limits.html_attributes` attributes: lexbor
    checks each new attribute against all the element's earlier ones, so 100,000 of them cost
    it quadratic time (18 s). Only a start tag long enough to hold that many (two characters
    each at least) is counted, found in one scan that skips the text between tags."""
    least = 2 * limits.html_attributes
    for tag in regex.finditer(f"<[A-Za-z][^<>]{{{least},}}", text):
        count = sum(1 for _ in _ATTRIBUTE.finditer(tag.group(), 1)) - 1  # less the tag's own name
        limits.check("html_attributes", count, path=path, what="attributes on one HTML element")


def check_markup(text: str, limits: Limits, path: str | None) -> None:
    """Raise `too-large` for a page over `limits.html_elements`, `limits.html_depth` or
    `limits.html_attributes`."""
    check_attributes(text, limits, path)
    elements = 0
    open_tags: list[str] = []
    open_count: Counter[str] = Counter()  # so that an end tag of nothing open costs nothing
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if m.group(1):  # an end tag closes up to its start tag, if that is open
            if open_count[name]:
                while open_tags:
                    top = open_tags.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            continue
        elements += 1
        if elements > limits.html_elements:
            raise limits.exceeded("html_elements", path=path, what="HTML elements")
        if name not in _NOT_NESTING:
            open_tags.append(name)
            open_count[name] += 1
            if len(open_tags) > limits.html_depth:
                raise limits.exceeded("html_depth", path=path, what="HTML nesting depth")
