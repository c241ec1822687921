"""Word's one-file XML of 2007 and later (Flat OPC: a `pkg:package` of `pkg:part`s) as a .docx package.

Word saves a document as "Word XML Document" (`.xml`) this way, and Java OA systems fill such files from
templates and hand them out under `.doc`, as they do WordprocessingML 2003 (`wordml`). Unlike the 2003 format,
the file already holds a .docx's parts, each under its package name: an XML part inline in `pkg:xmlData`, a
binary one (a picture, an embedded font) base64 in `pkg:binaryData`. They are written into a zip under their
names, the content types declared beside them, so the .docx reader reads the package as it reads any other:
relationships, numbering, styles, headers and footers included. A part's name stays inside the package (no
`..`, no backslash); a part that is neither XML nor base64 is left out, as a damaged zip member would be.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
from typing import Any
from xml.sax.saxutils import quoteattr

from govdoc.errors import CorruptFileError

PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def is_flat_opc(root: Any) -> bool:
    """Whether a parsed one-file XML document is a Flat OPC package."""
    return bool(root.tag == f"{{{PKG}}}package")


def flat_opc_package(root: Any, path: str | None = None) -> bytes:
    """The .docx (zip) package of a Flat OPC document's parts (see the module); `corrupt-file` where two parts
    share a name, as in a zip package (readers/docx/package.py)."""
    from lxml import etree

    parts: dict[str, bytes] = {}
    types: dict[str, str] = {}
    for part in root.iter(f"{{{PKG}}}part"):
        name = (part.get(f"{{{PKG}}}name") or "").lstrip("/")
        if not name or "\\" in name or ".." in name.split("/") or name == "[Content_Types].xml":
            continue
        if name in types:
            raise CorruptFileError(f"the package holds two parts named {name}", path=path)
        xml = part.find(f"{{{PKG}}}xmlData")
        binary = part.find(f"{{{PKG}}}binaryData")
        if xml is not None:
            inner = next((child for child in xml if isinstance(child.tag, str)), None)
            if inner is None:
                continue
            parts[name] = etree.tostring(inner, xml_declaration=True, encoding="UTF-8")
        elif binary is not None:
            try:
                parts[name] = base64.b64decode("".join((binary.text or "").split()), validate=True)
            except (binascii.Error, ValueError):
                continue
        else:
            continue
        types[name] = part.get(f"{{{PKG}}}contentType") or "application/octet-stream"
    overrides = "".join(
        f"<Override PartName={quoteattr('/' + n)} ContentType={quoteattr(t)}/>" for n, t in types.items()
    )
    parts["[Content_Types].xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_TYPES_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()
