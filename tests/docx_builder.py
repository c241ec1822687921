"""Minimal .docx packages written from XML strings, so tests control every element they need."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def make_docx(body: str, *, numbering: str = "", styles: str = "", header: str = "", footer: str = "") -> bytes:
    rels = []
    files = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}</w:body></w:document>',
    }
    if numbering:
        files["word/numbering.xml"] = f"<w:numbering {NS}>{numbering}</w:numbering>"
        rels.append(("rId2", "numbering", "numbering.xml"))
    if styles:
        files["word/styles.xml"] = f"<w:styles {NS}>{styles}</w:styles>"
        rels.append(("rId3", "styles", "styles.xml"))
    if header:
        files["word/header1.xml"] = f"<w:hdr {NS}>{header}</w:hdr>"
        rels.append(("rId4", "header", "header1.xml"))
    if footer:
        files["word/footer1.xml"] = f"<w:ftr {NS}>{footer}</w:ftr>"
        rels.append(("rId5", "footer", "footer1.xml"))
    rel_xml = "".join(
        f'<Relationship Id="{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{t}" Target="{target}"/>'
        for i, t, target in rels
    )
    files["word/_rels/document.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rel_xml}</Relationships>'
    )
    return zip_parts(files, deflate=True)


def zip_parts(files: dict[str, str | bytes], *, deflate: bool = False) -> bytes:
    """A zip holding exactly these parts: the raw material for broken or hostile packages."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as z:
        for name, content in files.items():
            z.writestr(name, content)
    return buf.getvalue()
