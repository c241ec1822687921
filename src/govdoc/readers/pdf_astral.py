"""Characters outside the Basic Multilingual Plane on a PDF page (CJK Extension B and later: 𠮷, 𡈼 in people's names).

A font's ToUnicode map gives such a character as UTF-16, a surrogate pair, and PDFium keeps the pair as two
characters of its text page, each with the glyph's whole box. The page's text, decoded from UTF-16, holds the
pair as one character: one fewer than PDFium counts, so every later character stood against the box of the one
before it (a line's first character read into the line above, format32). The page is then read a character at
a time (`char_text`): each surrogate one character of the text, as PDFium counts them; the glyph's box is cut
between its two halves (`split_pair_boxes`) so that they follow one another in a run; and each run's pair is
joined back into its one character, its two boxes into one (`join_pairs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from govdoc.readers.glyphs import Glyph

ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_HIGH = range(0xD800, 0xDC00)
_LOW = range(0xDC00, 0xE000)


def char_text(units: Sequence[int]) -> str:
    """Each of PDFium's characters as one character of the text (`units`: their Unicode values, as
    `FPDFText_GetUnicode` gives them): a surrogate that pairs with its neighbour stays a surrogate, to be joined
    once the page's runs are made; a lone one, or a value no character has, is U+FFFD."""
    out = []
    last = len(units) - 1
    for k, u in enumerate(units):
        if u in _HIGH:
            out.append(chr(u) if k < last and units[k + 1] in _LOW else "\ufffd")
        elif u in _LOW:
            out.append(chr(u) if k > 0 and units[k - 1] in _HIGH else "\ufffd")
        else:
            out.append(chr(u) if 0 <= u <= 0x10FFFF else "\ufffd")
    return "".join(out)


def split_pair_boxes(text: str, boxes: Any) -> None:
    """Each surrogate pair's shared box cut in two at its middle (`boxes`: four floats a character, left, top, right,
    bottom), the high surrogate's half on the left: the two then follow one another as a run's characters do."""
    for m in _PAIR.finditer(text):
        k = m.start()
        left, right = boxes[4 * k], boxes[4 * k + 6]
        middle = (left + right) / 2
        boxes[4 * k + 2] = middle
        boxes[4 * k + 4] = middle


def join_pairs(runs: Iterable[Glyph]) -> None:
    """Each run's surrogate pairs joined into their character, the two halves' places into one."""
    for run in runs:
        if _PAIR.search(run.text) is None:
            continue
        starts = [m.start() for m in _PAIR.finditer(run.text)]
        if run.edges is not None:
            for k in reversed(starts):
                del run.edges[2 * k + 1 : 2 * k + 3]  # the high half's right edge, the low half's left
        if run.ys is not None:
            for k in reversed(starts):
                del run.ys[k + 1]
        run.text = _PAIR.sub(lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), run.text)
