"""Characters a simple font names by its glyphs' names where it has no ToUnicode map.

A PostScript printer driver or a TeX tool that cannot embed a Chinese face as a font draws it as a Type3
font of its own: one byte a code, the glyphs named in the encoding's /Differences after the characters
they draw (`/uni5173`, `/u4E8E`), and no /ToUnicode map. PDFium gives such a code as if it were the
character (0x1B for 关) and says the font maps it to nothing; pdfminer reads the names. The names are the
font's own statement of its characters, so the reader takes them where PDFium has none: asked only of a
page where PDFium found unmapped characters, read from the page's font dictionaries with pypdf.

A driver names the glyphs of digits and Latin punctuation by the Adobe Glyph List (`/zero`, `/parenleft`,
`/hyphen`) beside the `uniXXXX` names of its Han glyphs; PDFium reads neither in a Type3 font. Such a name
is read by the list pypdf itself reads glyph names by (`pypdf._codecs.adobe_glyphs`, pypdf being a
dependency; fontTools, which has the list too, is none). pypdf adds to the list `/a0`…`/a255` → chr(N) (its
own reading of TeX's bitmap fonts) and `/.notdef`: those are left out, since a driver numbering its drawings
(`/a33`, `/a34` …) states by them no character, only a code. A name the list does not hold (`/g12`,
`/cid1234`, `/a33`, a font's own numbering) states no character: the code stays U+FFFD, warned
`encoding-repaired`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from govdoc.readers.pdf_simple_fonts import page_fonts, read_errors

# A glyph name that states its character (the Adobe Glyph List's rule for uniXXXX and uXXXX[XX]);
# a suffix after a dot (`uni5173.alt`) names a variant of the same character.
_UNI = re.compile(r"uni([0-9A-F]{4})(?:\..*)?")
_U = re.compile(r"u([0-9A-F]{4,6})(?:\..*)?")
_SIMPLE = ("/Type3", "/Type1", "/TrueType", "/MMType1")  # Type3 too: a driver's drawn glyphs
_PRIVATE_USE = range(0xE000, 0xF900)  # the list's small capitals and old-style figures: no character of a text
# Names pypdf adds to the list (`/a65` → "A", `/.notdef`): a glyph's code or no glyph, never its character.
_PYPDF_ADDED = re.compile(r"/(?:a\d{1,3}|\.notdef)")


@cache
def _glyph_list() -> dict[str, str]:
    """The Adobe Glyph List as pypdf holds it (`/zero` → `0`) without pypdf's own additions, or none where
    this pypdf keeps it elsewhere. Read once, on the first page that asks."""
    try:
        from pypdf._codecs import adobe_glyphs
    except ImportError:  # a private module of pypdf's: without it only uniXXXX/uXXXX names are read
        return {}
    return {name: char for name, char in adobe_glyphs.items() if not _PYPDF_ADDED.fullmatch(name)}


def glyph_names(data: bytes, index: int, opened: dict[str, Any]) -> dict[int, str]:
    """Code → character for the one-byte codes the simple fonts of page `index` without a ToUnicode map
    name by `uniXXXX`/`uXXXX` glyph names in their /Differences. Where two such fonts name one code
    differently, PDFium's text cannot tell which font drew a character, and nothing is taken (empty).
    The page's fonts are read as `pdf_simple_fonts.page_fonts` reads them."""
    try:
        found: dict[int, str] = {}
        for font in page_fonts(data, index, opened):
            if "/ToUnicode" in font or str(font.get("/Subtype")) not in _SIMPLE:
                continue
            ref_encoding = font.get("/Encoding")
            encoding: Any = ref_encoding.get_object() if ref_encoding is not None else None
            if not hasattr(encoding, "get"):
                continue  # none, or a named base encoding: PDFium reads its codes itself
            differences = encoding.get("/Differences")
            if differences is None:
                continue
            for code, char in _named(differences.get_object()).items():
                if found.setdefault(code, char) != char:
                    return {}
        return found
    except read_errors():
        return {}  # a dictionary pypdf cannot read: the characters stay unmapped, as PDFium said


def _named(differences: Any) -> dict[int, str]:
    """Code → character for the names of a /Differences array that state their character."""
    found: dict[int, str] = {}
    code = 0
    listed: dict[str, str] | None = None
    for item in differences:
        value = item.get_object() if hasattr(item, "get_object") else item
        if isinstance(value, int):
            code = int(value)
            continue
        name = str(value).lstrip("/")
        match = _UNI.fullmatch(name) or _U.fullmatch(name)
        if match and 0 <= code < 256:
            point = int(match.group(1), 16)
            if 0x20 < point <= 0x10FFFF and not 0xD800 <= point <= 0xDFFF:
                found[code] = chr(point)
        elif 0 <= code < 256:
            listed = _glyph_list() if listed is None else listed
            char = listed.get(f"/{name}", "")
            if len(char) == 1 and ord(char) > 0x20 and ord(char) not in _PRIVATE_USE:
                found[code] = char
        code += 1
    return found
