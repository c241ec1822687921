"""WordprocessingML namespaces, shared by every part of the DOCX reader."""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def w(tag: str) -> str:
    """A tag in the main WordprocessingML namespace, spelt `{uri}tag` as lxml names elements."""
    return f"{{{W}}}{tag}"
