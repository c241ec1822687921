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


def check_markup(text: str, limits: Limits, path: str | None) -> None:
    """Raise `too-large` for a page over `limits.html_elements` or `limits.html_depth`."""
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
