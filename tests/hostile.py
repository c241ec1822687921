"""Generators of hostile, malformed and pathological inputs, one per class of issue #13.

Each takes a size, so the suite runs them small and the `slow` tests (and fuzz/) at full
size. Nothing here is a real document: every input is made from its description.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from govdoc.readers.geometry import Glyph, Page
from tests.docx_builder import make_docx, p
from tests.ofd_writer import write_ofd

REPLY = "<p>张某委员：</p><p>您提出的《关于加强社区养老服务的提案》收悉，现答复如下：</p>"


def html_nested(tag: str, depth: int, text: str = "") -> bytes:
    """`depth` nested elements (`<div>`, `<b>` …), each holding `text`, around a short reply."""
    inner = f"<{tag}>{text}" * depth + REPLY + f"</{tag}>" * depth
    return f"<html><body>{inner}</body></html>".encode()


def html_nested_tables(depth: int) -> bytes:
    """One-column tables nested `depth` deep, the reply in the innermost cell."""
    return (
        "<html><body>" + "<table><tr><td>" * depth + REPLY + "</td></tr></table>" * depth + "</body></html>"
    ).encode()


def html_many_paragraphs(count: int) -> bytes:
    return ("<html><body>" + REPLY + "<p>一般性内容。</p>" * count + "</body></html>").encode()


def text_short_lines(count: int) -> bytes:
    """`count` lines of `一、` alone: the most blocks per byte a text file can make."""
    return "一、\n".join([""] * (count + 1)).encode()


def docx_style_chain(length: int) -> bytes:
    """A paragraph whose style is based on a chain of `length` styles."""
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{k}"><w:name w:val="s{k}"/>'
        + (f'<w:basedOn w:val="s{k + 1}"/>' if k + 1 < length else "")
        + "</w:style>"
        for k in range(length)
    )
    body = '<w:p><w:pPr><w:pStyle w:val="s0"/></w:pPr><w:r><w:t>张某委员：</w:t></w:r></w:p>'
    return make_docx(body, styles=styles)


def docx_numbering_start(start: str, fmt: str = "upperLetter", paragraphs: int = 3) -> bytes:
    numbering = (
        f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    )
    para = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>事项</w:t></w:r></w:p>'
    )
    return make_docx(p("张某委员：") + para * paragraphs, numbering=numbering)


def docx_attribute(element: str) -> bytes:
    """A reply with one paragraph property set to a hostile value, e.g. `<w:outlineLvl w:val="²"/>`."""
    body = f"<w:p><w:pPr>{element}</w:pPr><w:r><w:t>张某委员：</w:t></w:r></w:p>" + p("您的提案收悉，现答复如下：")
    return make_docx(body)


def docx_big_text(chars: int) -> bytes:
    """A genuine document whose one `w:t` holds `chars` characters (libxml2's default stops at 10 MB)."""
    return make_docx(p("张某委员：") + p("答" * chars))


def docx_inflating(padding: int) -> bytes:
    """A .docx whose document.xml inflates to `padding` bytes more than it looks (all whitespace)."""
    body = p("张某委员：") + " " * padding + p("您的提案收悉。")
    return make_docx(body)


def docx_declaring_small(padding: int) -> bytes:
    """`docx_inflating`, its zip headers lying that every part is 1 KB."""
    data = bytearray(docx_inflating(padding))
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(sig)
        while at >= 0:
            struct.pack_into("<I", data, at + offset, 1024)
            at = data.find(sig, at + 4)
    return bytes(data)


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


def zip_damaged(members: list[tuple[str, bytes]]) -> bytes:
    """An archive whose end record is intact but whose central directory is broken."""
    data = bytearray(zip_of(members))
    at = data.find(b"PK\x01\x02")
    data[at : at + 4] = b"XX\x01\x02"
    return bytes(data)


def utf8_with_bad_byte(size: int) -> bytes:
    """About `size` bytes of a UTF-8 reply with one byte damaged near the end."""
    line = "您提出的关于加强社区养老服务的提案收悉，现答复如下。\n".encode()
    data = bytearray("张某委员：\n".encode() + line * (size // len(line)))
    data[-10] = 0xFF
    return bytes(data)


# --- PDF: small hand-written objects, FlateDecode streams ------------------------------------------

PDF_REPLY = ("张某委员：", "您提出的关于加强社区养老服务的提案收悉，现答复如下：")
_CJK_FONT = (
    b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts"
    b" [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
    b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> >>] >>"
)


def pdf_text(lines: tuple[str, ...] = PDF_REPLY, top: int = 780) -> bytes:
    """Content-stream operators showing `lines` in the CJK font `/F1`, one line each from `top` down."""
    ops = [b"BT /F1 12 Tf"]
    for k, line in enumerate(lines):
        ops.append(b"1 0 0 1 72 %d Tm <%s> Tj" % (top - 20 * k, line.encode("utf-16-be").hex().encode()))
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def _stream(body: bytes, extra: bytes = b"", *, packed: bytes = b"") -> bytes:
    packed = packed or zlib.compress(body, 9)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n%s\nendstream" % (len(packed), extra, packed)


def pdf_document(content: bytes, xobjects: list[bytes] | None = None, *, packed: bytes = b"") -> bytes:
    """One A4 page drawing `content` with the CJK font as `/F1`; `xobjects[k]` is object `5 + k`,
    named `/X{k}` in the page's resources and in every form's (the forms share them)."""
    xobjects = xobjects or []
    names = b" ".join(b"/X%d %d 0 R" % (k, 5 + k) for k in range(len(xobjects)))
    resources = b"<< /Font << /F1 4 0 R >> /XObject << %s >> >>" % names
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
        % (resources, 5 + len(xobjects)),
        _CJK_FONT,
        *(x.replace(b"/RESOURCES", resources) for x in xobjects),
        _stream(content, packed=packed),
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_form_bomb(depth: int, fanout: int) -> bytes:
    """Form XObjects nested `depth` deep, each drawing the next `fanout` times; the innermost
    shows the reply. The page draws `/X0` `fanout` times, so the reply is drawn `fanout**(depth+1)`
    times from a file of a few KB (7 deep by 10: 10⁸ times)."""
    forms = []
    for level in range(depth):
        body = pdf_text() if level == depth - 1 else b"/X%d Do\n" % (level + 1) * fanout
        forms.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources /RESOURCES "))
    return pdf_document(b"/X0 Do\n" * fanout, forms)


def pdf_padded(padding: int) -> bytes:
    """One page whose content stream inflates to `padding` bytes of spaces before its text (built
    a megabyte at a time: 1.5 GB of padding packs into about 1.5 MB)."""
    packer = zlib.compressobj(9)
    chunk = b" " * min(padding, 1 << 20)
    parts = [packer.compress(chunk) for _ in range(padding // max(len(chunk), 1))]
    parts.append(packer.compress(b" " * (padding - len(chunk) * len(parts)) + pdf_text()))
    return pdf_document(b"", packed=b"".join(parts) + packer.flush())


def pdf_form_cycle() -> bytes:
    """A form that draws itself: PDFium would expand it until its own recursion cap."""
    form = _stream(
        b"/X0 Do\n" + pdf_text(), b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources /RESOURCES "
    )
    return pdf_document(b"/X0 Do\n", [form])


# --- OFD: packages written by the test writer (points in, millimetres out) -----------------------

OFD_REPLY = ("张某委员：", "您提出的《关于加强社区养老服务的提案》收悉，现答复如下：")


def _ofd_lines(texts: tuple[str, ...] | list[str], number: int, size: float = 16.0) -> Page:
    """A page holding `texts` as left-aligned lines of `size`-point characters, one under another."""
    step = size * 1.8
    glyphs = [
        Glyph(ch, 90 + size * k, 90 + size * (k + 1), 100 + step * row, size, "仿宋")
        for row, text in enumerate(texts)
        for k, ch in enumerate(text)
    ]
    return Page(number, 595.0, max(842.0, 200 + step * len(texts)), glyphs=glyphs)


def ofd_page_of_lines(count: int) -> bytes:
    """One (tall) page: the reply's opening and `count` lines of ordinary content."""
    return write_ofd([_ofd_lines([*OFD_REPLY, *(f"一般性内容，第{k}行。" for k in range(count))], 1)])


def ofd_pages(count: int) -> bytes:
    """The reply's opening, then `count` pages of two lines each."""
    pages = [_ofd_lines(OFD_REPLY, 1)]
    pages += [_ofd_lines((f"一般性内容，第{k}页。", "另起一行的内容。"), k + 2) for k in range(count)]
    return write_ofd(pages)


def ofd_with_members(extra: int) -> bytes:
    """A one-page reply whose package also holds `extra` small unused members (as a package
    stuffed with resources or junk would)."""
    buffer = io.BytesIO(ofd_page_of_lines(1))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as package:
        for k in range(extra):
            package.writestr(f"Doc_0/Res/extra_{k}.xml", "<x/>")
    return buffer.getvalue()
