"""`w:altChunk`: a piece of another format that Word merges into the body when it opens the file.

OA systems and converters write a letterhead as Word paragraphs and the rest of the document as
an imported HTML page (or an MHT archive of one), which Word shows in the chunk's place: its
text is the body's, read by the HTML reader where the chunk stands.
"""

from __future__ import annotations

from govdoc.blocks import Block
from govdoc.errors import EmptyDocumentError, EncodingUndetectedError, UnsupportedFormatError
from govdoc.limits import Limits
from govdoc.readers.docx.package import Package

_HTML = ("htm", "html", "xhtml", "xht")
_MHT = ("mht", "mhtml")


def chunk_blocks(pkg: Package, rid: str | None, limits: Limits) -> list[Block]:
    """The blocks of the chunk a relationship names: an HTML page or an MHT archive's page; none for
    a chunk of another kind (RTF, a nested .docx) or one the package lacks."""
    rel = pkg.rels.get(rid or "")
    if rel is None or rel[1] not in pkg.names:
        return []
    name = rel[1]
    suffix = name.rsplit(".", 1)[-1].lower()
    if suffix in _HTML:
        data = pkg.read(name)
    elif suffix in _MHT:
        data = _page_of_archive(pkg.read(name))
    else:
        return []
    from govdoc.readers.html import decode_html, html_blocks

    try:
        text, _, _ = decode_html(data, path=pkg.path, limits=limits)
    except (EmptyDocumentError, UnsupportedFormatError, EncodingUndetectedError):
        return []  # an empty or undecodable chunk: the Word paragraphs around it are still the document
    return html_blocks(text, limits=limits, path=pkg.path)


def _page_of_archive(data: bytes) -> bytes:
    """The first HTML part of an MHT (MIME) archive, its transfer encoding undone."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset and b"charset" not in payload[:2048].lower():
                    payload = f'<meta charset="{charset}">'.encode() + payload
                return payload
    return b""
