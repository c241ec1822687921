"""Generators of the round-9 hostile inputs: broken packages, lying encodings, odd PDFs and OFDs.

Nothing here is a real document: every input is written from its description, around the same
short reply (`张某委员：` and one line of content), so that a probe that parses can be asked
whether the reply's addressee survived.
"""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
import zlib

from tests.docx_builder import CONTENT_TYPES, NS, ROOT_RELS, make_docx, p, zip_parts
from tests.hostile import OFD_REPLY, _ofd_lines, pdf_document, pdf_text
from tests.ofd_writer import write_ofd

RECIPIENT = "张某委员"
REPLY_LINES = (
    f"{RECIPIENT}：",
    "您提出的关于加强社区养老服务的提案收悉，现答复如下：",
    "一、总体情况",
    "我区高度重视。",
)
REPLY_TEXT = "\n".join(REPLY_LINES) + "\n"
REPLY_HTML = "".join(f"<p>{line}</p>" for line in REPLY_LINES)


# --- DOCX ------------------------------------------------------------------------------------------


def document_xml(body: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return f"{declaration}<w:document {NS}><w:body>{body}</w:body></w:document>"


def reply_body() -> str:
    return "".join(p(line) for line in REPLY_LINES)


def docx_parts(document: str | bytes | None, **extra: str | bytes) -> bytes:
    """A package with the root relationships pointing at word/document.xml, which holds
    `document` (None: the part is missing)."""
    files: dict[str, str | bytes] = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS}
    if document is not None:
        files["word/document.xml"] = document
    files.update({name.replace("__", "/").replace("_dot_", "."): value for name, value in extra.items()})
    return zip_parts(files, deflate=True)


def docx_duplicate_document() -> bytes:
    """Two members named word/document.xml, the second a different text (zip allows it)."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", CONTENT_TYPES)
            z.writestr("_rels/.rels", ROOT_RELS)
            z.writestr("word/document.xml", document_xml(reply_body()))
            z.writestr("word/document.xml", document_xml(p("李某代表：") + p("您的建议收悉。")))
    return buf.getvalue()


def docx_utf16(bom: bool = True, declared: bool = True) -> bytes:
    decl = '<?xml version="1.0" encoding="UTF-16"?>' if declared else ""
    xml = document_xml(reply_body(), decl)
    data = xml.encode("utf-16-le")
    return docx_parts((b"\xff\xfe" if bom else b"") + data)


def docx_gbk_declared() -> bytes:
    xml = document_xml(reply_body(), '<?xml version="1.0" encoding="GBK"?>')
    return docx_parts(xml.encode("gbk"))


def docx_quadratic_blowup(size: int = 50_000, uses: int = 5_000) -> bytes:
    """One entity of `size` characters used `uses` times (no nesting: the billion laughs'
    depth check does not see it; 250 MB of text from a 100 KB part)."""
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "{"哈" * size}">]>'
        f"<w:document {NS}><w:body>{p(RECIPIENT + '：')}<w:p><w:r><w:t>{'&a;' * uses}</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    return docx_parts(xml)


def docx_nested_tables(depth: int) -> bytes:
    """Tables nested `depth` deep (three elements a level), the reply in the innermost cell."""
    inner = reply_body()
    body = "<w:tbl><w:tr><w:tc>" * depth + inner + "</w:tc></w:tr></w:tbl>" * depth
    return make_docx(body)


def docx_nested_content_controls(depth: int) -> bytes:
    """`w:sdt/w:sdtContent` wrappers nested `depth` deep around the reply."""
    body = "<w:sdt><w:sdtContent>" * depth + reply_body() + "</w:sdtContent></w:sdt>" * depth
    return make_docx(body)


def docx_one_paragraph_of_runs(runs: int) -> bytes:
    """The reply, then one paragraph of `runs` runs of ten characters each."""
    big = "<w:p>" + "<w:r><w:t>一般性内容一般性内容</w:t></w:r>" * runs + "</w:p>"
    return make_docx(reply_body() + big)


def docx_truncated_xml() -> bytes:
    xml = document_xml(reply_body())
    return docx_parts(xml[: len(xml) // 2])


def docx_rels_outside(target: str = "../../../../etc/hostname") -> bytes:
    """Root relationships sending the main part outside the package; word/document.xml is there too."""
    rels = ROOT_RELS.replace('Target="word/document.xml"', f'Target="{target}"')
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": rels,
        "word/document.xml": document_xml(reply_body()),
    }
    return zip_parts(files, deflate=True)


def docx_broken_side_parts() -> bytes:
    """A sound document.xml whose numbering and styles parts are not XML at all."""
    data = make_docx(reply_body(), numbering="<w:num", styles="<w:style")
    return data


def docx_style_cycle() -> bytes:
    styles = (
        '<w:style w:type="paragraph" w:styleId="a"><w:basedOn w:val="b"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="b"><w:basedOn w:val="a"/></w:style>'
    )
    body = "".join(p(line, ppr='<w:pStyle w:val="a"/>') for line in REPLY_LINES)
    return make_docx(body, styles=styles)


def _patch_member(data: bytes, name: str, local_offset: int, central_offset: int, fmt: str, value: int) -> bytes:
    """Overwrite one field of `name`'s local and central headers (the zip's own bookkeeping)."""
    out = bytearray(data)
    encoded = name.encode()
    for sig, offset, name_at in ((b"PK\x03\x04", local_offset, 30), (b"PK\x01\x02", central_offset, 46)):
        at = out.find(sig)
        while at >= 0:
            if out[at + name_at : at + name_at + len(encoded)] == encoded:
                struct.pack_into(fmt, out, at + offset, value)
            at = out.find(sig, at + 4)
    return bytes(out)


def docx_unknown_compression() -> bytes:
    """document.xml stored with compression method 99 (WinZip AES), which no reader here inflates."""
    return _patch_member(make_docx(reply_body()), "word/document.xml", 8, 10, "<H", 99)


def docx_encrypted_member() -> bytes:
    """document.xml flagged as zip-encrypted (general purpose bit 0)."""
    return _patch_member(make_docx(reply_body()), "word/document.xml", 6, 8, "<H", 1)


def docx_bad_crc() -> bytes:
    return _patch_member(make_docx(reply_body()), "word/document.xml", 14, 16, "<I", 0x12345678)


def ole_junk() -> bytes:
    """An OLE compound-file signature (an old .doc or an encrypted .docx) followed by junk."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8


# --- HTML ------------------------------------------------------------------------------------------


def html(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def html_nested_lists(depth: int) -> bytes:
    return html("<ul><li>" * depth + REPLY_HTML + "</li></ul>" * depth).encode()


def html_nested_mixed(depth: int) -> bytes:
    tags = ("div", "span", "font", "b", "i", "em", "strong", "section")
    opened = "".join(f"<{tags[k % len(tags)]}>" for k in range(depth))
    closed = "".join(f"</{tags[k % len(tags)]}>" for k in reversed(range(depth)))
    return html(opened + REPLY_HTML + closed).encode()


def html_unclosed_comment() -> bytes:
    return html(REPLY_HTML + "<!-- 未闭合的注释 <p>此后的内容</p>").encode()


def html_with_nuls() -> bytes:
    return html(REPLY_HTML).encode().replace("委员".encode(), "委\x00员".encode()).replace(b"<p>", b"<p>\x00")


def html_meta_lies(declared: str, actual: str) -> bytes:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
    return html(REPLY_HTML * 3, head).encode(actual)


def html_numeric_references() -> bytes:
    refs = "&#0;&#xD800;&#xDFFF;&#99999999999;&#x110000;&#x1F600;&#65279;"
    return html(REPLY_HTML.replace("我区", refs + "我区")).encode()


def html_many_attributes(count: int) -> bytes:
    attrs = " ".join(f'data-a{k}="{k}"' for k in range(count))
    return html(f"<p {attrs}>{RECIPIENT}：</p>" + REPLY_HTML).encode()


def html_unclosed_script() -> bytes:
    return html(REPLY_HTML + "<script>var a = '<p>不是正文</p>';").encode()


def html_markup_only() -> bytes:
    return html("<div><span></span><br><img src=x><table><tr><td></td></tr></table></div>").encode()


def html_huge_paragraph(chars: int) -> bytes:
    return html(REPLY_HTML + "<p>" + "一般性内容。" * (chars // 6) + "</p>").encode()


# --- text bytes ------------------------------------------------------------------------------------


def utf8_then_gbk() -> bytes:
    """The first half of a reply in UTF-8, the rest in GBK: two files joined by a careless tool."""
    half = len(REPLY_LINES) // 2
    first = "\n".join(REPLY_LINES[:half]) + "\n"
    rest = "\n".join(REPLY_LINES[half:]) + "\n" + "此外，我们将继续加强社区养老服务设施建设。\n" * 5
    return first.encode() + rest.encode("gbk")


def bom_then_gbk() -> bytes:
    return b"\xef\xbb\xbf" + (REPLY_TEXT * 3).encode("gbk")


def gb18030_four_byte() -> bytes:
    """A reply in GB18030 whose content has characters only its four-byte sequences hold."""
    return (REPLY_TEXT + "附：𠀀𠀁字样，㐀㐁。\n").encode("gb18030")


def line_breaks_of_every_kind() -> str:
    """Characters Python's `str.splitlines` breaks at but a text editor does not (and one it does)."""
    return f"{RECIPIENT}：\n您提出的关于\x0b加强社区\x0c养老服务的\x1c提案\x1d收悉\x1e，现答复\x85如下\u2028：\u2029\n一、总体情况\n我区高度重视。\n"


def png(width: int = 8, height: int = 8) -> bytes:
    """A small grey PNG (no text in it)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(min(height, 64)))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


# --- PDF -------------------------------------------------------------------------------------------


def pdf_objects(objects: list[bytes], *, root: bytes = b"/Root 1 0 R", startxref: int | None = None) -> bytes:
    """Objects 1… written in order with a correct xref table (unless `startxref` lies)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref if startxref is None else startxref,
    )
    return bytes(out)


_FONT = (
    b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts"
    b" [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
    b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> >>] >>"
)


def _content(body: bytes) -> bytes:
    packed = zlib.compress(body)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)


def _text_page(parent: int, box: bytes = b"[0 0 595 842]", contents: int = 5) -> bytes:
    return b"<< /Type /Page /Parent %d 0 R /MediaBox %s /Resources << /Font << /F1 4 0 R >> >> /Contents %d 0 R >>" % (
        parent,
        box,
        contents,
    )


def pdf_reply(box: bytes = b"[0 0 595 842]") -> bytes:
    return pdf_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _text_page(2, box),
            _FONT,
            _content(pdf_text(REPLY_LINES)),
        ]
    )


def pdf_page_tree_loop() -> bytes:
    """The page tree lists itself among its kids, next to the one real page."""
    return pdf_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            _text_page(2),
            _FONT,
            _content(pdf_text(REPLY_LINES)),
        ]
    )


def pdf_zero_pages() -> bytes:
    return pdf_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def pdf_lying_count() -> bytes:
    """`/Count 1000000` over the one page there is."""
    return pdf_reply().replace(b"/Count 1 >>", b"/Count 1000000 >>")


def pdf_without_root() -> bytes:
    return pdf_reply().replace(b"/Root 1 0 R", b"/Info 1 0 R")


def pdf_missing_contents() -> bytes:
    """The page's /Contents names an object the file does not have."""
    return pdf_reply().replace(b"/Contents 5 0 R", b"/Contents 99 0 R")


def _image_xobject() -> bytes:
    pixels = zlib.compress(b"\x80" * 64 * 64)
    return (
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8"
        b" /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(pixels), pixels)
    )


def pdf_image_only() -> bytes:
    return pdf_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >>"
            b" /Contents 5 0 R >>",
            _image_xobject(),
            _content(b"q 500 0 0 700 40 60 cm /Im1 Do Q\n"),
        ]
    )


def pdf_text_then_image_page() -> bytes:
    """Page 1 the reply as text, page 2 only an image: the second page has no text layer."""
    return pdf_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
            _text_page(2),
            _FONT,
            _content(pdf_text(REPLY_LINES)),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 7 0 R >> >>"
            b" /Contents 8 0 R >>",
            _image_xobject(),
            _content(b"q 500 0 0 700 40 60 cm /Im1 Do Q\n"),
        ]
    )


def pdf_empty_password() -> bytes:
    """The reply encrypted (RC4, 128 bits) with an empty user password and an owner password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_reply())).pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_cut_points() -> list[tuple[str, bytes]]:
    """The reply's PDF cut short at every object's start, at its xref table and at startxref."""
    data = pdf_document(pdf_text(REPLY_LINES))
    cuts: list[tuple[str, int]] = []
    at = data.find(b" 0 obj")
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        cuts.append((f"object at {start}", start))
        at = data.find(b" 0 obj", at + 1)
    cuts.append(("xref", data.rfind(b"xref\n0 ")))
    cuts.append(("startxref", data.rfind(b"startxref")))
    cuts.append(("%%EOF", data.rfind(b"%%EOF")))
    return [(name, data[:cut]) for name, cut in cuts]


# --- OFD -------------------------------------------------------------------------------------------


def ofd_reply(pages: int = 1) -> bytes:
    return write_ofd([_ofd_lines(OFD_REPLY, 1)] + [_ofd_lines((f"第{k}页内容。",), k + 2) for k in range(pages - 1)])


def ofd_rewrite(data: bytes, *, drop: tuple[str, ...] = (), replace: dict[str, bytes] | None = None) -> bytes:
    """The package with members dropped or their bytes replaced (`replace` may add new names)."""
    replace = replace or {}
    source = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            if name in drop:
                continue
            out.writestr(name, replace.pop(name, source.read(name)))
        for name, value in replace.items():
            out.writestr(name, value)
    return buf.getvalue()


def _member(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


def ofd_missing_document() -> bytes:
    return ofd_rewrite(ofd_reply(), drop=("Doc_0/Document.xml",))


def ofd_doc_root(target: str) -> bytes:
    data = ofd_reply()
    entry = _member(data, "OFD.xml").replace(b"Doc_0/Document.xml", target.encode())
    return ofd_rewrite(data, replace={"OFD.xml": entry})


def ofd_second_page_outside() -> bytes:
    """Two pages, the second's BaseLoc climbing out of the package."""
    data = ofd_reply(2)
    document = _member(data, "Doc_0/Document.xml").replace(b"Pages/Page_1/Content.xml", b"../../../../etc/hostname")
    return ofd_rewrite(data, replace={"Doc_0/Document.xml": document})


def ofd_no_pages() -> bytes:
    data = ofd_reply()
    document = _member(data, "Doc_0/Document.xml")
    start, end = document.index(b"<ofd:Pages>"), document.index(b"</ofd:Pages>")
    document = document[:start] + b"<ofd:Pages/>" + document[end + len(b"</ofd:Pages>") :]
    return ofd_rewrite(data, replace={"Doc_0/Document.xml": document}, drop=("Doc_0/Pages/Page_0/Content.xml",))


def ofd_document_laughs() -> bytes:
    entities = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {c} "{("&" + chr(ord(c) - 1) + ";") * 10}">' for c in "bcdefghij"
    )
    data = ofd_reply()
    document = _member(data, "Doc_0/Document.xml").decode()
    document = document.replace('<?xml version="1.0" encoding="UTF-8"?>', f"<!DOCTYPE ofd:Document [{entities}]>")
    document = document.replace("<ofd:CommonData>", "<ofd:CommonData><ofd:MaxUnitID>&j;</ofd:MaxUnitID>", 1)
    return ofd_rewrite(data, replace={"Doc_0/Document.xml": document.encode()})


def ofd_with_traversal_member() -> bytes:
    """A sound package that also carries members named `../../x` and `/abs/x`."""
    return ofd_rewrite(ofd_reply(), replace={"../../../tmp/evil.xml": b"<x/>", "/abs/evil.xml": b"<x/>"})


def ofd_nested_blocks(depth: int) -> bytes:
    """The page's text objects wrapped in `depth` nested PageBlocks."""
    data = ofd_reply()
    page = _member(data, "Doc_0/Pages/Page_0/Content.xml").decode()
    start = page.index("<ofd:TextObject")
    end = page.rindex("</ofd:Layer>")
    page = page[:start] + "<ofd:PageBlock>" * depth + page[start:end] + "</ofd:PageBlock>" * depth + page[end:]
    return ofd_rewrite(data, replace={"Doc_0/Pages/Page_0/Content.xml": page.encode()})


def ofd_broken_document() -> bytes:
    data = ofd_reply()
    document = _member(data, "Doc_0/Document.xml")
    return ofd_rewrite(data, replace={"Doc_0/Document.xml": document[: len(document) // 2]})


# --- new examples of the causes the first look found (written after it) ---------------------------


def docx_nested_hyperlinks(depth: int) -> bytes:
    """A run inside `depth` nested hyperlinks (Word never writes it; a generator might)."""
    para = "<w:p>" + "<w:hyperlink>" * depth + "<w:r><w:t>链接</w:t></w:r>" + "</w:hyperlink>" * depth + "</w:p>"
    return make_docx(reply_body() + para)


def ofd_deep_doc_info(depth: int) -> bytes:
    """OFD.xml whose DocInfo holds custom data nested `depth` deep."""
    data = ofd_reply()
    entry = _member(data, "OFD.xml").decode()
    deep = "<ofd:CustomDatas>" * depth + "</ofd:CustomDatas>" * depth
    entry = entry.replace("</ofd:DocInfo>", deep + "</ofd:DocInfo>")
    return ofd_rewrite(data, replace={"OFD.xml": entry.encode()})


def ofd_encrypted_page() -> bytes:
    """The page's member flagged zip-encrypted (general purpose bit 0)."""
    return _patch_member(ofd_reply(), "Doc_0/Pages/Page_0/Content.xml", 6, 8, "<H", 1)


def docx_empty_table() -> bytes:
    cell = "<w:tc><w:p/></w:tc>"
    return make_docx(f"<w:tbl><w:tr>{cell * 3}</w:tr><w:tr>{cell * 3}</w:tr></w:tbl><w:p><w:r><w:t> </w:t></w:r></w:p>")


def ofd_without_pages_element() -> bytes:
    data = ofd_reply()
    document = _member(data, "Doc_0/Document.xml")
    start, end = document.index(b"<ofd:Pages>"), document.index(b"</ofd:Pages>")
    document = document[:start] + document[end + len(b"</ofd:Pages>") :]
    return ofd_rewrite(data, replace={"Doc_0/Document.xml": document})


def docx_numbered_with_broken_numbering() -> bytes:
    """Paragraphs numbered by numbering.xml, which is cut short: the numbers cannot be restored."""
    numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    body = (
        p(f"{RECIPIENT}：") + p("您的提案收悉，现答复如下：") + f"<w:p>{numbered}<w:r><w:t>总体情况</w:t></w:r></w:p>"
    )
    return make_docx(body, numbering='<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val=')
