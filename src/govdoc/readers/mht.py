"""Web archives (MHT, MHTML): a page saved whole as one MIME message (multipart/related), the way
Internet Explorer, Word ("single file web page") and portals' "save as mht" write it.

The page is the archive's first `text/html` part, its transfer encoding (quoted-printable, base64)
undone by the standard library's MIME parser; a charset named only in the part's header is put in
front of the page as a meta, so that the HTML reader decodes it as the archive says. Pictures and
style sheets in the other parts are no text. The same unwrapping serves a .docx's MHT altChunk.
"""

from __future__ import annotations

import re

from govdoc.errors import UnsupportedFormatError

# A MIME message's head: header lines before the first blank line, one of them saying the message is
# multipart/related (the web archive's type) or a page itself (text/html). Asked of the head's first
# bytes only, and only where the input opens with a header name.
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:")
_ARCHIVE_TYPE = re.compile(rb"^content-type:\s*(?:multipart/related|text/html)", re.IGNORECASE | re.MULTILINE)
_HEAD = 2048


def is_web_archive(data: bytes) -> bool:
    """The input opens as a MIME message whose headers name a web archive (multipart/related) or a
    page: `MIME-Version: 1.0` … `Content-Type: multipart/related; …`. Cheap for any other input: one
    match at its start."""
    head = data[:_HEAD].lstrip(b"\xef\xbb\xbf\r\n ")
    if not _HEADER_LINE.match(head):
        return False
    end = head.find(b"\r\n\r\n")
    if end < 0:
        end = head.find(b"\n\n")
    headers = head if end < 0 else head[:end]
    return _ARCHIVE_TYPE.search(headers) is not None


def archive_page(data: bytes, *, path: str | None = None) -> bytes:
    """The first HTML page of a web archive, its transfer encoding undone; `unsupported-format` where
    the archive holds none (an archive of pictures alone is no document)."""
    page = page_of_archive(data)
    if not page.strip():
        raise UnsupportedFormatError("a web archive (MHT) holding no HTML page", path=path)
    return page


def page_of_archive(data: bytes) -> bytes:
    """The first HTML part of an MHT (MIME) archive, its transfer encoding undone; empty if none."""
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
