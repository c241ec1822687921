"""The words an inline SVG draws, and the seal among them that is none of the text.

A page may draw a 版头 or a heading as an SVG `<text>` (a `<tspan>` within it a piece of its line): those words are
the document's. It may also draw a seal: its organ's name set along a ring (`<textPath>`) or character by character
turned (`rotate`, or a `transform` turning it or a group round it), with a star or 专用章 in the ring. A seal drawn as
text is not read, as one in a PDF is not; what else the SVG draws is.

The seal is the drawing a turned text belongs to: the top-level group (`<g>` right under the `<svg>`) holding it,
or the whole SVG where the turned text stands in no group, so the words in the ring's middle go with the ring. Only
a text turns a drawing into a seal: a turned arrow, star or frame (a `<path>`, a `<polygon>`) is a picture's, and
the SVG's words are read beside it (review29's note: one turned shape skipped every word).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from govdoc.readers.html.dom import attr, node_key

_ON_A_PATH = "textPath, textpath, [rotate]"  # a text set along a ring, or each character of it turned


def _turned(text: Any, svg: object) -> bool:
    """`text` is set along a path or turned: itself (its `rotate`, a `<tspan>`'s, its `textPath`), or by a
    `transform` turning it or an element round it inside the SVG (the SVG's own included)."""
    if attr(text, "rotate") or text.css_first(_ON_A_PATH) is not None:
        return True
    top = node_key(svg)
    node: object | None = text
    while node is not None:
        if "rotate" in attr(node, "transform"):
            return True
        if node_key(node) == top:
            return False
        node = getattr(node, "parent", None)
    return False


def _drawing(text: object, svg: object) -> int:
    """The identity of the drawing `text` belongs to: the group right under the SVG holding it, else the SVG."""
    top = node_key(svg)
    node: object | None = text
    drawing = top
    while node is not None and node_key(node) != top:
        if getattr(node, "tag", "") == "g":
            drawing = node_key(node)
        node = getattr(node, "parent", None)
    return drawing


def drawn_texts(svg: object, hidden: Callable[[object], bool]) -> list[Any]:
    """The SVG's `<text>` elements whose words are the page's, in document order: neither hidden (`hidden`) nor in
    a drawing a turned text makes a seal (`_drawing`). Its `<title>` and `<desc>`, a tooltip and a description,
    are never drawn and never asked."""
    css = getattr(svg, "css", None)
    if css is None:
        return []
    texts = list(css("text"))
    seals = {_drawing(t, svg) for t in texts if _turned(t, svg)}
    if node_key(svg) in seals:
        return []
    return [t for t in texts if _drawing(t, svg) not in seals and not hidden(t)]
