"""Radicals standing for the ideographs a page prints: a font's mapping, not the document's text.

Many PDF producers map some glyphs of a CJK font to the Kangxi radicals (U+2F00–U+2FD5: ⼈ ⽇ ⽉ ⾏)
or to the CJK radicals supplement (⻓ ⻔ ⻅), whose shapes are the same as the ideographs 人 日 月 行
长 门 见 the page shows; read as they are, 某市⼈民政府 is no organ and 6⽉18⽇ no date. Each such
radical is read as its ideograph, one character for one, so every offset stays where it was.
"""

from __future__ import annotations

import unicodedata

import regex

from govdoc.fold import RADICAL_SUPPLEMENT

# (the supplement's whole-character forms: one table with the matching copy's, `govdoc.fold`)
_KANGXI = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
UNIFIED = str.maketrans({**_KANGXI, **RADICAL_SUPPLEMENT})
_RADICAL = regex.compile(r"[\u2e80-\u2fdf]")


def unify_radicals(text: str) -> str:
    """`text` with each radical that stands for an ideograph read as that ideograph."""
    return text.translate(UNIFIED) if _RADICAL.search(text) else text
