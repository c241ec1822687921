"""WordprocessingML 2003 (Word's one-file XML document, `w:wordDocument`) as a .docx package.

Java OA systems write their documents from templates in this format and hand them out under `.doc`; Word
opens them as its own. Its body speaks the vocabulary of the .docx body (`w:p`, `w:r`, `w:t`, `w:tbl` …) in
another namespace, with hyphenated attribute names (`w:first-line-chars`) and `wx:` wrappers (sections,
border groups); a list paragraph carries the number Word drew in `w:listPr/wx:t`. The body is rewritten into
a .docx's `word/document.xml` and packed with the parts a package needs, so the .docx walk reads it as any
other: its styles and list definitions are not carried over (a list's drawn number is; a style's bold is not).
Parsed with the package's parser (no entities, no DTD, no network), its size the input's.
Word 2007's one-file XML (Flat OPC, `pkg:package`) carries the same processing instruction: it is handed to
`flat_opc`, which writes the parts it already holds into a package.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from govdoc.errors import CorruptFileError
from govdoc.readers.docx.flat_opc import PKG, flat_opc_package, is_flat_opc
from govdoc.readers.docx.names import W as W_NS
from govdoc.readers.docx.package import xml_parser

WORDML_2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_AUX = "http://schemas.microsoft.com/office/word/2003/auxHint"
_MARKS = (b'progid="word.document"', b"<w:worddocument", WORDML_2003.encode("ascii"))
# a Flat OPC package without Word's processing instruction is Word's where it names a part under /word/; another
# application's (PowerPoint's `pkg:package`, progid PowerPoint.Show) stays XML no reader reads
_FLAT_OPC = PKG.lower().encode("ascii")
_WORD_PART = b'pkg:name="/word/'

# 2003 elements the .docx names otherwise
_RENAMED = {"hlink": "hyperlink"}
# 2003 attributes the .docx names otherwise (the rest lose their hyphens: first-line-chars → firstLineChars)
_ATTRIBUTES = {"fareast": "eastAsia", "h-ansi": "hAnsi"}
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def is_wordml(head: bytes) -> bool:
    """Whether a lower-cased XML head shows WordprocessingML 2003: its processing instruction, its root or
    its namespace."""
    return any(mark in head for mark in _MARKS) or (_FLAT_OPC in head and _WORD_PART in head)


def wordml_package(data: bytes, path: str | None) -> bytes:
    """The .docx package of a WordprocessingML 2003 document (see the module); `corrupt-file` where the XML
    is broken or holds no `w:wordDocument` body."""
    from lxml import etree

    try:
        root = etree.fromstring(data, xml_parser(huge=True))
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"the Word XML document is damaged: {exc}", path=path) from exc
    if is_flat_opc(root):
        return flat_opc_package(root, path)  # Word 2007's one-file XML: the package's parts themselves
    body = root.find(f"{{{WORDML_2003}}}body") if root.tag == f"{{{WORDML_2003}}}wordDocument" else None
    if body is None:
        raise CorruptFileError("the Word XML document has no body", path=path)
    _put_list_labels(body, etree)
    _unwrap_aux(body)
    _drop_entities(body, etree)
    for el in body.iter():
        if isinstance(el.tag, str):
            el.tag = _name(el.tag)
            _rename_attributes(el)
    document = etree.Element(f"{{{W_NS}}}document", nsmap={"w": W_NS})
    document.append(body)
    etree.cleanup_namespaces(document)
    parts = {
        "[Content_Types].xml": _TYPES.encode("utf-8"),
        "_rels/.rels": _ROOT_RELS.encode("utf-8"),
        "word/document.xml": etree.tostring(document, xml_declaration=True, encoding="UTF-8"),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, part in parts.items():
            z.writestr(name, part)
    return out.getvalue()


def _put_list_labels(body: Any, etree: Any) -> None:
    """Put before each list paragraph's text the number Word drew for it (`w:pPr/w:listPr/wx:t/@wx:val`)."""
    for p in body.iter(f"{{{WORDML_2003}}}p"):
        props = p.find(f"{{{WORDML_2003}}}pPr")
        listed = props.find(f"{{{WORDML_2003}}}listPr") if props is not None else None
        drawn = listed.find(f"{{{_AUX}}}t") if listed is not None else None
        label = drawn.get(f"{{{_AUX}}}val", "") if drawn is not None else ""
        if label:
            run = etree.Element(f"{{{WORDML_2003}}}r")
            etree.SubElement(run, f"{{{WORDML_2003}}}t").text = label
            p.insert(0 if props is None else p.index(props) + 1, run)


def _drop_entities(body: Any, etree: Any) -> None:
    """Entity references the parser left unresolved (a DOCTYPE's entities are never expanded): no text of
    the document's, and the package's part has no DOCTYPE to name them. Their tails stay."""
    for ref in [node for node in body.iter() if node.tag is etree.Entity]:
        parent = ref.getparent()
        if parent is None:
            continue
        before = ref.getprevious()
        if ref.tail:
            if before is not None:
                before.tail = (before.tail or "") + ref.tail
            else:
                parent.text = (parent.text or "") + ref.tail
        parent.remove(ref)


def _unwrap_aux(body: Any) -> None:
    """`wx:` elements out of the body: a wrapper (a section, a border group) gives way to what it holds, a
    hint holding nothing is dropped. Innermost first, so a wrapper's wrappers are gone when it is."""
    for el in reversed(list(body.iter(f"{{{_AUX}}}*"))):
        parent = el.getparent()
        if parent is None:
            continue
        at = parent.index(el)
        for k, child in enumerate(list(el)):
            parent.insert(at + k, child)
        parent.remove(el)


def _name(tag: Any) -> str:
    if isinstance(tag, str) and tag.startswith(f"{{{WORDML_2003}}}"):
        local = tag.split("}", 1)[1]
        return f"{{{W_NS}}}{_RENAMED.get(local, local)}"
    return str(tag)


def _rename_attributes(el: Any) -> None:
    for key in [k for k in el.attrib if k.startswith((f"{{{WORDML_2003}}}", f"{{{_AUX}}}"))]:
        value = el.attrib.pop(key)
        if key.startswith(f"{{{WORDML_2003}}}"):
            local = key.split("}", 1)[1]
            el.set(f"{{{W_NS}}}{_ATTRIBUTES.get(local) or _camel(local)}", value)


def _camel(name: str) -> str:
    head, *rest = name.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
