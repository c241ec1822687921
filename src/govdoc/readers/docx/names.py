"""WordprocessingML namespaces, shared by every part of the DOCX reader."""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def w(tag: str) -> str:
    """A tag in the main WordprocessingML namespace, spelt `{uri}tag` as lxml names elements."""
    return f"{{{W}}}{tag}"


# Word's "Strict Open XML Document" (ISO/IEC 29500 strict) names the same elements in ISO's
# namespaces; read as the transitional ones, the rest of the reader serves both.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/picture", b"http://schemas.openxmlformats.org/drawingml/2006/picture"),
)
STRICT_MARK = b"http://purl.oclc.org/ooxml/"


def transitional(raw: bytes) -> bytes:
    """A Strict part's XML with its namespaces spelt as in transitional documents."""
    for strict, usual in _STRICT:
        raw = raw.replace(strict, usual)
    return raw
