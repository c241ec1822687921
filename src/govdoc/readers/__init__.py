"""Readers: one per input format, each turning its input into `Block`s and nothing more.

Readers know one format each and nothing about 公文. The heavy ones (DOCX, PDF, HTML) are
imported only when a file of their format arrives, so parsing text never pays for them.
"""

from __future__ import annotations

import hashlib
import operator
import unicodedata
from dataclasses import dataclass, field

from govdoc.blocks import DOUBTFUL_LINE, NOTE_SEPARATOR, Block
from govdoc.errors import EmptyDocumentError, UnsupportedFormatError
from govdoc.limits import DEFAULT_LIMITS, Limits

TEXT_FORMATS = ("txt", "md", "text")
KNOWN_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    # plain-text markup (schema 1.10): the text reader reads their marks where the text shows them (a
    # reStructuredText underline, an AsciiDoc `==`, an org `#+TITLE:`), as it does in a .txt
    ".rst": "txt",
    ".adoc": "txt",
    ".asciidoc": "txt",
    ".org": "txt",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "doc",
    ".pdf": "pdf",
    ".ofd": "ofd",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".mht": "html",  # a web archive: its page is read (readers.mht)
    ".mhtml": "html",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".tif": "tiff",
    ".tiff": "tiff",
}
IMAGE_FORMATS = ("png", "jpeg", "tiff")  # page images: read by OCR
FORMATS = tuple(sorted(set(KNOWN_SUFFIXES.values())))  # the names `--from` and the service's `format` accept


@dataclass(slots=True)
class Reading:
    """What a reader hands on: blocks plus what `Source` records."""

    blocks: list[Block]
    format: str
    encoding: str | None
    pages: int | None
    sha256: str
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message) about the whole input
    doubtful: list[tuple[str, str]] = field(default_factory=list)  # lines OCR was unsure of: (kept, as read)
    comments: list[str] = field(default_factory=list)  # pieces of a page's comment elements left out (schema 1.9)

    def __post_init__(self) -> None:
        """Whatever the reader, its blocks leave here in NFC (the contract: every string is NFC),
        before any offset into the document's text exists; the readers' notes about doubtful
        OCR lines leave the warnings for `doubtful`."""
        if self.warnings and any(code == DOUBTFUL_LINE for code, _ in self.warnings):
            notes = [message for code, message in self.warnings if code == DOUBTFUL_LINE]
            self.warnings = [(code, message) for code, message in self.warnings if code != DOUBTFUL_LINE]
            self.doubtful += [(kept, read) for kept, _, read in (n.partition(NOTE_SEPARATOR) for n in notes)]
        # most blocks are NFC already (one C call says so), and the import is made only for the others
        moved = [b for b in self.blocks if b.cells is not None or not unicodedata.is_normalized("NFC", b.text)]
        if moved:
            from govdoc.readers.builder import nfc_block

            for block in moved:
                nfc_block(block)


_TEXT = operator.attrgetter("text")

LEGACY_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: .doc, .wps or an encrypted .docx


def _encrypted_ooxml(data: bytes) -> bool:
    return "EncryptedPackage".encode("utf-16-le") in data


def format_of(path: str) -> str | None:
    """The format a file name's suffix says, or None."""
    dot = path.rfind(".")
    if dot < 0:
        return None
    return KNOWN_SUFFIXES.get(path[dot:].lower())


DEFAULT_MAX_UNZIPPED = DEFAULT_LIMITS.unzipped_bytes


def read_bytes(
    data: bytes,
    fmt: str,
    *,
    path: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    pdf_backend: str = "pypdfium2",
    ocr: str = "auto",
) -> Reading:
    """Read `data` of format `fmt` into blocks, within `limits` (`too-large` names the one crossed)."""
    limits.check("input_bytes", len(data), path=path, what="input of bytes")
    if fmt not in TEXT_FORMATS and _blank(data):
        raise EmptyDocumentError("the file holds no bytes, or only blanks and byte-order marks", path=path)
    reading = _read(data, fmt, path, limits, pdf_backend, ocr)
    if fmt not in TEXT_FORMATS:  # the text reader leaves drawn rules out as it reads the lines
        from govdoc.readers.text import drop_drawn_rules

        reading.blocks = drop_drawn_rules(reading.blocks)
        _repair_surrogates(reading)
    check_reading(reading, limits, path)
    return reading


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_BLANKS = b" \t\r\n\x0b\x0c"
_BLANK_START = frozenset(_BLANKS + b"\xef\xff\xfe")


def _blank(data: bytes) -> bool:
    """No bytes, or only ASCII blanks and byte-order marks: a download that failed or a file never written.

    Such a file is named by its suffix (`.docx`, `.pdf`, `.ofd`) but holds nothing, so it is `empty-document`
    as the error table says of a file of no bytes, not `corrupt-file` from the reader its suffix picks: there
    is nothing damaged to repair, only nothing to read. The text formats decode first and say so themselves.
    """
    if data and data[0] not in _BLANK_START:  # a real package opens with its magic: asked at once
        return False
    rest = data.translate(None, _BLANKS)  # one pass each, linear in the file
    for bom in _BOMS:
        rest = rest.replace(bom, b"")
    return not rest


def _repair_surrogates(reading: Reading) -> None:
    """A lone UTF-16 surrogate a reader handed on (a PDF's UCS-2 string holding one, from a broken ToUnicode
    map or a damaged stream, decoded by pypdf) is no character and no JSON or UTF-8 writer takes it: each
    becomes U+FFFD, said (`encoding-repaired`), as a text's are (`read_str`; review26 R7). The text readers
    decode their bytes strictly and are not asked; one search over all the blocks' text finds none at once."""
    from govdoc.readers.decoding import lone_surrogates, repair_surrogates

    count = lone_surrogates("".join(map(_TEXT, reading.blocks)))
    if not count:
        return
    for block in reading.blocks:
        if lone_surrogates(block.text):
            block.set_text(repair_surrogates(block.text)[0])
        if block.cells is not None:
            block.cells = tuple(repair_surrogates(cell)[0] for cell in block.cells)
    message = f"{count} 个孤立代理项已替换为 U+FFFD ({count} lone surrogates replaced)"
    reading.warnings = [*reading.warnings, ("encoding-repaired", message)]


def check_reading(reading: Reading, limits: Limits, path: str | None) -> None:
    """The bounds every reader's output keeps, whatever the format: blocks and characters; and
    some visible text, so that a package or page whose markup holds none (a .docx of empty
    paragraphs, an HTML page of bare tags) is `empty-document` in every format, as a blank
    text file is, rather than a Document of nothing. A reader that says why it has no text (a
    blank page image OCR found nothing on, an imported part it could not read: a warning such
    as `pages-without-text`) hands on its Document of nothing with that warning."""
    limits.check("blocks", len(reading.blocks), path=path, what="blocks of text")
    limits.check("document_chars", sum(map(len, map(_TEXT, reading.blocks))), path=path, what="characters")
    from govdoc.readers.decoding import has_visible_text

    if not reading.warnings and not any(has_visible_text(b.text) for b in reading.blocks):
        raise EmptyDocumentError("the document has no visible text", path=path)


def _read(data: bytes, fmt: str, path: str | None, limits: Limits, pdf_backend: str, ocr: str) -> Reading:
    """Read `data` of format `fmt` into blocks (`ocr`: auto, always or never, for scans and images)."""
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from govdoc.readers.pdf import pdf_blocks

        blocks, pages, warnings = pdf_blocks(data, backend=pdf_backend, path=path, limits=limits, ocr=ocr)
        return Reading(blocks, fmt, None, pages, digest, warnings)
    if fmt in IMAGE_FORMATS:
        from govdoc.readers.image import image_blocks

        blocks, pages, warnings = image_blocks(data, mode=ocr, path=path, limits=limits)
        return Reading(blocks, fmt, None, pages, digest, warnings)
    if fmt == "ofd":
        from govdoc.readers.ofd import ofd_blocks

        ofd = ofd_blocks(
            data,
            path=path,
            max_unzipped=limits.unzipped_bytes,
            max_members=limits.package_members,
            max_drawn=limits.composite_draws,
            ocr=ocr,
        )
        return Reading(ofd.blocks, fmt, None, ofd.pages, digest, ofd.warnings)
    if fmt in ("doc", "rtf") or (fmt == "docx" and data.startswith(LEGACY_MAGIC) and not _encrypted_ooxml(data)):
        from govdoc.readers.docx import read_docx
        from govdoc.readers.legacy import convert_to_docx

        blocks, warnings = read_docx(convert_to_docx(data, path=path), path=path, limits=limits)
        return Reading(blocks, "docx", None, None, digest, warnings)
    if fmt in ("txt", "md"):
        from govdoc.readers.decoding import decode_joined
        from govdoc.readers.text import text_reading

        text, encoding, repaired, joins = decode_joined(data, path=path, limits=limits)
        blocks, said = text_reading(text, limits=limits, joins=joins)
        return Reading(blocks, fmt, encoding, None, digest, [*repaired, *said])
    if fmt == "docx":
        from govdoc.readers.docx import read_docx

        blocks, warnings = read_docx(data, path=path, limits=limits)
        return Reading(blocks, fmt, None, None, digest, warnings)
    if fmt == "html":
        from govdoc.readers.html import decode_html, html_blocks
        from govdoc.readers.html.frames import holds_paragraph, holds_words
        from govdoc.readers.mht import archive_page, is_web_archive
        from govdoc.readers.off_page import off_page_warning

        left: list[str] = []
        if is_web_archive(data):
            data, left = archive_page(data, path=path, limits=limits)
        text, encoding, repaired = decode_html(data, path=path, limits=limits)
        if left:  # the archive's other pages with text (frames beside the one read)
            repaired.append(
                (
                    "pages-without-text",
                    f"网页存档中未读取的页面 (the web archive's other pages, not read): {', '.join(left)}",
                )
            )
        comments: list[str] = []  # the page's comment elements left out (schema 1.9: comments-dropped)
        off_screen: list[str] = []  # the article's words set far off the screen, left out and said
        frames: list[str] = []  # the frames the page shows, their pages other files
        blocks = html_blocks(text, limits=limits, path=path, comments=comments, off_screen=off_screen, frames=frames)
        # the article stood in a frame not saved, beside the page's own words (a page of no words of its own, a
        # frameset's, stays an empty document)
        if frames and holds_words([b.text for b in blocks]) and not holds_paragraph([b.text for b in blocks]):
            repaired.append(
                (
                    "pages-without-text",
                    "正文所在框架或嵌入文件未随网页保存，未读取 (the page's article stands in a frame or embedded file "
                    f"it does not hold, not read): {', '.join(frames)}",
                )
            )
        off_page = off_page_warning([(None, words) for words in off_screen])
        if off_page is not None:
            repaired.append(off_page)
        return Reading(blocks, fmt, encoding, None, digest, repaired, comments=comments)
    from govdoc.readers.sniff import describe

    raise UnsupportedFormatError(
        f"not a document format govdoc reads: {describe(fmt)}",
        path=path,
    )


def read_str(text: str, *, limits: Limits = DEFAULT_LIMITS) -> Reading:
    """Read a string passed in by the caller (format `text`).

    Lone surrogates (text decoded with `surrogateescape`, or cut from UTF-16) cannot be
    written as UTF-8: each becomes U+FFFD with an `encoding-repaired` warning.
    """
    from govdoc.readers.decoding import check_text, repair_surrogates
    from govdoc.readers.text import text_reading

    limits.check("document_chars", len(text), what="characters")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    text, warnings = repair_surrogates(text)
    check_text(text, path=None)
    blocks, said = text_reading(text, limits=limits)
    reading = Reading(blocks, "text", None, None, digest, [*warnings, *said])
    check_reading(reading, limits, None)
    return reading
