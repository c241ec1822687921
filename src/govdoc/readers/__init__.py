"""Readers: one per input format, each turning its input into `Block`s and nothing more.

Readers know one format each and nothing about 公文. The heavy ones (DOCX, PDF, HTML) are
imported only when a file of their format arrives, so parsing text never pays for them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from govdoc.errors import UnsupportedFormatError
from govdoc.state import Block

TEXT_FORMATS = ("txt", "md", "text")
KNOWN_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "doc",
    ".pdf": "pdf",
    ".ofd": "ofd",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
}


@dataclass(slots=True)
class Reading:
    """What a reader hands on: blocks plus what `Source` records."""

    blocks: list[Block]
    format: str
    encoding: str | None
    pages: int | None
    sha256: str
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message) about the whole input

    def __post_init__(self) -> None:
        """Whatever the reader, its blocks leave here in NFC (the contract: every string is NFC),
        before any offset into the document's text exists."""
        from govdoc.readers.builder import nfc_block

        for block in self.blocks:
            nfc_block(block)


LEGACY_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: .doc, .wps or an encrypted .docx


def _encrypted_ooxml(data: bytes) -> bool:
    return "EncryptedPackage".encode("utf-16-le") in data


def format_of(path: str) -> str | None:
    """The format a file name's suffix says, or None."""
    dot = path.rfind(".")
    if dot < 0:
        return None
    return KNOWN_SUFFIXES.get(path[dot:].lower())


DEFAULT_MAX_UNZIPPED = 256 * 1024 * 1024


def read_bytes(
    data: bytes,
    fmt: str,
    *,
    path: str | None = None,
    max_unzipped: int = DEFAULT_MAX_UNZIPPED,
    pdf_backend: str = "pypdfium2",
) -> Reading:
    """Read `data` of format `fmt` into blocks."""
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from govdoc.readers.pdf import pdf_blocks

        blocks, pages, warnings = pdf_blocks(data, backend=pdf_backend, path=path)
        return Reading(blocks, fmt, None, pages, digest, warnings)
    if fmt == "ofd":
        from govdoc.readers.ofd import ofd_blocks

        ofd = ofd_blocks(data, path=path, max_unzipped=max_unzipped)
        return Reading(ofd.blocks, fmt, None, ofd.pages, digest, ofd.warnings)
    if fmt in ("doc", "rtf") or (fmt == "docx" and data.startswith(LEGACY_MAGIC) and not _encrypted_ooxml(data)):
        from govdoc.readers.docx import docx_blocks
        from govdoc.readers.legacy import convert_to_docx

        converted = convert_to_docx(data, path=path)
        return Reading(docx_blocks(converted, path=path, max_unzipped=max_unzipped), "docx", None, None, digest)
    if fmt in ("txt", "md"):
        from govdoc.readers.text import decode, text_blocks

        text, encoding = decode(data, path=path)
        return Reading(text_blocks(text), fmt, encoding, None, digest)
    if fmt == "docx":
        from govdoc.readers.docx import docx_blocks

        return Reading(docx_blocks(data, path=path, max_unzipped=max_unzipped), fmt, None, None, digest)
    if fmt == "html":
        from govdoc.readers.html import decode_html, html_blocks

        text, encoding = decode_html(data, path=path)
        return Reading(html_blocks(text), fmt, encoding, None, digest)
    from govdoc.readers.sniff import describe

    raise UnsupportedFormatError(
        f"not a document format govdoc reads: {describe(fmt)}",
        path=path,
    )


def read_str(text: str) -> Reading:
    """Read a string passed in by the caller (format `text`)."""
    from govdoc.readers.text import check_text, text_blocks

    check_text(text, path=None)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Reading(text_blocks(text), "text", None, None, digest)
