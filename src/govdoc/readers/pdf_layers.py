"""Optional content a viewer does not show: the layers (optional content groups) a PDF's default
configuration switches off.

A PDF may draw part of its page in a layer (`/OC /oc1 BDC … EMC`, the group named in the page's
/Properties) that its catalog's /OCProperties turn off by default (`/D << /OFF [group] >>`, or a
/BaseState /OFF not listing it /ON): a reviewer's note, a draft's stamp, an alternative wording. A viewer
and a print show none of it; PDFium's text page holds it all the same. The reader takes such objects
off the page before its text is read, as hidden text of a .docx or an HTML page's `display:none` is no
text of the document.

PDFium's marks give the group's dictionary but not which object it is, so groups are told apart by the raw
bytes of their /Name; a name that one group switched off and another left on share is ambiguous and left
shown. A group named through a membership dictionary (OCMD) is left shown.
"""

from __future__ import annotations

import ctypes
import io
from typing import Any

_MARK_NAME = 64  # UTF-16 code units of a mark's name read at most ("OC")


def hidden_groups(data: bytes, opened: dict[str, Any]) -> frozenset[bytes]:
    """The raw /Name bytes of the optional content groups the document's default configuration turns off;
    empty where it has none (one `in` test for any PDF without optional content). Raises what pypdf raises
    on a catalog it cannot read (`pdf_simple_fonts.read_errors`): the caller then hides nothing."""
    if b"/OCProperties" not in data:
        return frozenset()
    from pypdf import PdfReader

    reader = opened.get("reader")
    if reader is None:
        reader = opened["reader"] = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
    catalog: Any = reader.trailer["/Root"].get_object()
    properties = catalog.get("/OCProperties")
    if properties is None:
        return frozenset()
    properties = properties.get_object()
    config = properties.get("/D")
    config = config.get_object() if config is not None else {}
    groups = [ref.get_object() for ref in properties.get("/OCGs", [])]
    listed_on = {id(ref.get_object()) for ref in config.get("/ON", [])}
    listed_off = {id(ref.get_object()) for ref in config.get("/OFF", [])}
    base_off = str(config.get("/BaseState", "/ON")) == "/OFF"
    off: set[bytes] = set()
    on: set[bytes] = set()
    for group in groups:
        name = _raw_name(group)
        hidden = id(group) in listed_off or (base_off and id(group) not in listed_on)
        (off if hidden else on).add(name)
    return frozenset(off - on)


def _raw_name(group: Any) -> bytes:
    name = group.get("/Name")
    if name is None:
        return b""
    raw = getattr(name, "original_bytes", None)
    return bytes(raw) if raw is not None else str(name).encode("latin-1", "replace")


def drop_hidden(page: Any, groups: frozenset[bytes]) -> int:
    """Take off `page` the objects marked as content of one of `groups` (a mark `OC` whose dictionary's
    /Name has those bytes); how many were taken off."""
    import pypdfium2.raw as raw

    dropped = 0
    for index in range(raw.FPDFPage_CountObjects(page) - 1, -1, -1):
        obj = raw.FPDFPage_GetObject(page, index)
        if obj and _in_groups(raw, obj, groups) and raw.FPDFPage_RemoveObject(page, obj):
            raw.FPDFPageObj_Destroy(obj)
            dropped += 1
    return dropped


def _in_groups(raw: Any, obj: Any, groups: frozenset[bytes]) -> bool:
    for k in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, k)
        if not mark:
            continue
        length = ctypes.c_ulong()
        name = (ctypes.c_ushort * _MARK_NAME)()
        if not raw.FPDFPageObjMark_GetName(mark, name, ctypes.sizeof(name), ctypes.byref(length)):
            continue
        if bytes(name)[: max(0, length.value - 2)].decode("utf-16-le", "replace") != "OC":
            continue
        size = ctypes.c_ulong()
        if not raw.FPDFPageObjMark_GetParamBlobValue(mark, b"Name", None, 0, ctypes.byref(size)) or not size.value:
            continue
        blob = (ctypes.c_ubyte * size.value)()
        read = raw.FPDFPageObjMark_GetParamBlobValue(mark, b"Name", blob, size.value, ctypes.byref(size))
        if read and bytes(blob)[: size.value] in groups:
            return True
    return False
