"""Readers: one per input format, each turning its input into `Block`s and nothing more.

Readers know one format each and nothing about 公文. The heavy ones (DOCX, PDF, HTML) are
imported only when a file of their format arrives, so parsing text never pays for them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from govdoc.errors import UnsupportedFormatError
from govdoc.state import Block

TEXT_FORMATS = ("txt", "md", "text")
KNOWN_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
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


def format_of(path: str) -> str | None:
    """The format a file name's suffix says, or None."""
    dot = path.rfind(".")
    if dot < 0:
        return None
    return KNOWN_SUFFIXES.get(path[dot:].lower())


def read_bytes(data: bytes, fmt: str, *, path: str | None = None) -> Reading:
    """Read `data` of format `fmt` into blocks."""
    digest = hashlib.sha256(data).hexdigest()
    if fmt in ("txt", "md"):
        from govdoc.readers.text import decode, text_blocks

        text, encoding = decode(data, path=path)
        return Reading(text_blocks(text), fmt, encoding, None, digest)
    if fmt == "html":
        from govdoc.readers.html import decode_html, html_blocks

        text, encoding = decode_html(data, path=path)
        return Reading(html_blocks(text), fmt, encoding, None, digest)
    raise UnsupportedFormatError(
        f"format {fmt!r} is not readable by this version of govdoc (text, Markdown and HTML are)", path=path
    )


def read_str(text: str) -> Reading:
    """Read a string passed in by the caller (format `text`)."""
    from govdoc.readers.text import check_text, text_blocks

    check_text(text, path=None)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Reading(text_blocks(text), "text", None, None, digest)
