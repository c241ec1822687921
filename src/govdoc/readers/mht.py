"""Web archives (MHT, MHTML): a page saved whole as one MIME message (multipart/related), the way
Internet Explorer, Word ("single file web page") and portals' "save as mht" write it.

The page is the archive's first `text/html` part, its transfer encoding (quoted-printable, base64)
undone by the standard library's MIME parser; a charset named only in the part's header is put in
front of the page as a meta, so that the HTML reader decodes it as the archive says (a UTF-16 part is
decoded here, as a meta in ASCII cannot precede it). Where that page frames others (a frameset, an
iframe: a portal's chrome around its article, each frame saved as a part of its own), the page read
is the one of them with the most text; an archive whose first page holds no text, its page with the
most; an archive of no HTML but a text/plain part, that text. Other pages with text are named in a
warning. Pictures and style sheets in the other parts are no text. The same unwrapping serves a
.docx's MHT altChunk.
"""

from __future__ import annotations

import re

from govdoc.errors import UnsupportedFormatError
from govdoc.limits import DEFAULT_LIMITS, Limits

# A MIME message's head: header lines before the first blank line, one of them saying the message is
# multipart/related (the web archive's type) or a page itself (text/html). Asked of the head's first
# bytes only, and only where the input opens with a header name.
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:")
_ARCHIVE_TYPE = re.compile(rb"^content-type:\s*(?:multipart/related|text/html)", re.IGNORECASE | re.MULTILINE)
_HEAD = 2048
_BOUNDARY = re.compile(rb"boundary=", re.IGNORECASE)  # a multipart part's declaration (`limits.mime_parts`)


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


def archive_page(data: bytes, *, path: str | None = None, limits: Limits = DEFAULT_LIMITS) -> tuple[bytes, list[str]]:
    """The HTML page of a web archive read as the document (see the module), its transfer encoding
    undone, and the locations of the archive's other pages with text, left unread; `unsupported-format`
    where the archive holds no page (an archive of pictures alone is no document)."""
    import email
    import email.policy

    limits.check("mime_parts", len(_BOUNDARY.findall(data)), path=path, what="MIME multipart parts")
    message = email.message_from_bytes(data.lstrip(b"\xef\xbb\xbf"), policy=email.policy.compat32)
    pages: list[tuple[str, bytes]] = []
    plain: list[bytes] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in ("text/html", "text/plain"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if kind == "text/plain":
            plain.append(_as_page(payload, part.get_content_charset()))
        else:
            pages.append((str(part.get("Content-Location", "")), _with_charset(payload, part.get_content_charset())))
    if not pages:
        pages = [("", page) for page in plain[:1]]
    sizes = [_text_size(page) for _, page in pages]
    if not pages or not any(sizes):
        if pages and pages[0][1].strip():
            return pages[0][1], []  # a page of no text: the HTML reader says it is empty
        raise UnsupportedFormatError("a web archive (MHT) holding no HTML page", path=path)
    framed = {src.decode("latin-1").rsplit("/", 1)[-1].lower() for src in _FRAME_SRC.findall(pages[0][1][:_FRAMES_IN])}
    candidates = [0, *(k for k, (where, _) in enumerate(pages) if k and framed and _named(where, framed))]
    if not sizes[0] and len(candidates) == 1:
        candidates = list(range(len(pages)))
    # the frame whose text is most its own (a navigation frame's text is its links'), then the most text
    chosen = max(candidates, key=lambda k: (_text_size(pages[k][1], links=False), sizes[k]))  # the first of equals
    left = [where or f"part {k + 1}" for k, (where, _) in enumerate(pages) if k != chosen and sizes[k] and k]
    if chosen != 0 and sizes[0]:
        left.insert(0, pages[0][0] or "part 1")
    return pages[chosen][1], left


# A frame's or an iframe's source, in the first bytes of the page that frames it.
_FRAME_SRC = re.compile(rb"<i?frame\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
_FRAMES_IN = 200_000
# a link and its words, up to its own end tag (an anchor left open, `<a name=top>`, takes no text after it)
_LINK = re.compile(rb"<a\b[^>]*>[^<]*(?:<(?!/?a\b)[^<]*)*</a\s*>", re.IGNORECASE)
_TAG = re.compile(rb"<(script|style)\b.*?</\1\s*>|<[^>]*>|&[a-z#0-9]+;|\s+", re.IGNORECASE | re.DOTALL)


def _named(location: str, framed: set[str]) -> bool:
    """Whether a part's Content-Location is a page a frame names (compared by the last path step:
    a saved frame's location is absolute, its src often relative)."""
    return location.split("?", 1)[0].rsplit("/", 1)[-1].lower() in framed


def _text_size(page: bytes, *, links: bool = True) -> int:
    """How much a page holds outside its markup (bytes, as saved); without `links`, outside its links
    too: what tells a frame's article from a navigation bar, whose words are all links, however many."""
    return len(_TAG.sub(b"", page if links else _LINK.sub(b"", page)))


def _with_charset(payload: bytes, charset: str | None) -> bytes:
    """The page with the charset its part's header names made readable to the HTML reader: a meta in
    front where the page names none; a page in UTF-16 or UTF-32 (no ASCII meta may precede it)
    decoded here and given as UTF-8."""
    if not charset or b"charset" in payload[:2048].lower():
        return payload
    if charset.lower().startswith(("utf-16", "utf-32", "ucs-2", "unicode")):
        try:
            return b'<meta charset="utf-8">' + payload.decode(charset).lstrip("\ufeff").encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            return payload
    return f'<meta charset="{charset}">'.encode() + payload


def _as_page(text: bytes, charset: str | None) -> bytes:
    """A text/plain part as a page of one paragraph per line, its characters escaped."""
    import html

    try:
        decoded = text.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        decoded = text.decode("gb18030", errors="replace")
    lines = "".join(f"<p>{html.escape(line)}</p>" for line in decoded.lstrip("\ufeff").splitlines() if line.strip())
    return b'<html><head><meta charset="utf-8"></head><body>' + lines.encode("utf-8") + b"</body></html>"
