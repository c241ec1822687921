"""A simple font named for a Chinese face whose one-byte codes name no character.

Some converters subset a Chinese TrueType font as a simple font (one byte a code, the codes numbering the
glyphs in the order the text first uses them: 0x21, 0x22 …) and write neither an /Encoding nor a
/ToUnicode map. Its codes are no characters: PDFium reads them through the standard encoding as Latin
punctuation and letters (`!"#$%&'()*+,-./0123`) and reports no error, so they would be read as text. Such a
font is told by its dictionary alone; the reader asks for it only where a page shows the sign of one: a run
in a Chinese face whose text is Latin punctuation and letters (`suspect_fonts`), a cheap look at the runs.
The font's runs are then put as U+FFFD, warned `encoding-repaired` as other glyphs without a character are.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from govdoc.readers.geometry import Glyph
from govdoc.readers.glyphs import font_base

_FONT = attrgetter("font")

# The Chinese faces' names as PDFs spell them (their Latin names; a subset prefix already dropped).
_CHINESE_FACE = re.compile(
    r"sim(?:sun|hei|kai|fang|li|you)|fangsong|kaiti|heiti|songti|^st(?:song|fangsong|kaiti|heiti|zhongsong|xihei)"
    r"|yahei|mingliu|dfkai|^fz|_gb2312|gbk",
    re.I,
)
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u2013\u2014")
# Latin text as a standard encoding gives it: Latin-1, and the quotes and dashes of the general punctuation
_LATIN = re.compile(r"[\x00-\u20ff]+")
_MIN_SUSPECT = 4  # characters of a run: a short one (`1.`, `(`) says nothing
# A subset (`ABCDEF+SimSun`) of a simple font, symbolic or with no flags: a full font, or a nonsymbolic one, without
# an /Encoding reads its codes through the standard encoding, as characters.
_SIMPLE = ("/TrueType", "/Type1", "/MMType1")


def suspect_fonts(glyphs: Sequence[Glyph]) -> set[str]:
    """The Chinese faces (by name) some run of the page sets in Latin punctuation and letters only, half
    or more of it punctuation (`!"#$%&'`): the look of a one-byte code read through the standard encoding;
    a Latin word, a date or a web address set in 宋体 has far less punctuation. Empty on most pages."""
    found: set[str] = set()
    fonts = set(map(_FONT, glyphs))  # a handful a page: the faces are asked once each
    chinese = {font for font in fonts if _CHINESE_FACE.search(font)}
    if not chinese:
        return found
    for g in glyphs:
        text = g.text
        # most runs are Chinese text: their first character rules them out before any other test
        if len(text) < _MIN_SUSPECT or text[0] > "\u20ff" or g.font not in chinese or g.font in found:
            continue
        if len(set(text)) < 3:  # a blank `________` or a rule `----`: a code read as itself
            continue
        if _LATIN.fullmatch(text) and 2 * sum(ch in _PUNCTUATION for ch in text) >= len(text):
            found.add(g.font)
    return found


def page_fonts(data: bytes, index: int, opened: dict[str, Any]) -> list[Any]:
    """The font dictionaries of page `index`, read with pypdf: the file is opened (an empty password tried)
    once a document, kept in `opened` for its other pages that ask. Raises what pypdf raises on a dictionary
    it cannot read (`read_errors`): the caller leaves the page's text as PDFium read it."""
    from pypdf import PdfReader

    reader = opened.get("reader")
    if reader is None:
        reader = opened["reader"] = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
    resources = reader.pages[index].get("/Resources")
    fonts: Any = resources.get_object().get("/Font") if resources is not None else None
    return [] if fonts is None else [ref.get_object() for ref in fonts.get_object().values()]


def read_errors() -> tuple[type[Exception], ...]:
    """What pypdf raises on a font dictionary it cannot read (imported only where a page asks)."""
    from pypdf.errors import PyPdfError

    return (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError)


def garbled_fonts(data: bytes, index: int, names: set[str], opened: dict[str, Any]) -> set[str]:
    """Of `names`, the fonts page `index` holds as simple fonts with neither /Encoding nor /ToUnicode (read
    from the page's font dictionaries, `page_fonts`): their codes are no characters."""
    try:
        found: set[str] = set()
        for font in page_fonts(data, index, opened):
            base = str(font.get("/BaseFont", ""))[1:]
            name = font_base(base)
            if name == base:
                continue  # no subset: its codes are the standard encoding's characters, as the spec says
            if name not in names or str(font.get("/Subtype")) not in _SIMPLE:
                continue
            descriptor = font.get("/FontDescriptor")
            flags = descriptor.get_object().get("/Flags") if descriptor is not None else None
            if flags is not None and not int(flags) & 4:
                continue  # nonsymbolic: its codes are Latin characters
            if "/ToUnicode" not in font and "/Encoding" not in font:
                found.add(name)
        return found
    except read_errors():
        return set()  # a dictionary pypdf cannot read: the text stays as PDFium read it


def masked(glyphs: list[Glyph], fonts: set[str]) -> None:
    """The runs set in `fonts` with Latin codes only, each character put as U+FFFD (spaces kept)."""
    for g in glyphs:
        if g.font in fonts and _LATIN.fullmatch(g.text):
            g.text = "".join(ch if ch.isspace() else "\ufffd" for ch in g.text)
