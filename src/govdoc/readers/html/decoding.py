"""HTML bytes to text: BOM, then the page's own `<meta charset>` (unless a Western single-byte one
over Chinese bytes), then detection."""

from __future__ import annotations

import codecs

import regex

from govdoc.blocks import Repairs
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.decoding import check_text, decode_repaired

_META_CHARSET = regex.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", regex.I)
_GB_NAMES = frozenset(["gb2312", "gbk", "gb18030", "xgbk", "cp936"])
# Codecs Python knows that no page is written in: one always fails (`undefined`), others are
# transforms of text rather than encodings, or cost more than linear time on hostile bytes.
_NOT_PAGE_CODECS = frozenset(["undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "palmos"])


# How far into a page its head (and so its `<meta charset>`) is looked for: old CMS templates put kilobytes of
# inline style and script before the meta tag, past the 1 KB a browser's prescan reads.
_HEAD_REACH = 65536
_BODY_START = regex.compile(rb"<body[\s>]", regex.I)


def _declared_codec(data: bytes) -> str | None:
    """The codec a `<meta charset>` in the page's head names, if Python has it and it is a real text encoding."""
    body = _BODY_START.search(data, 0, _HEAD_REACH)
    m = _META_CHARSET.search(data, 0, body.start() if body else _HEAD_REACH)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    if name.replace("-", "").replace("_", "") in _GB_NAMES:
        name = "gb18030"
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if info.name in _NOT_PAGE_CODECS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_html(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, Repairs]:
    """Bytes to text, the codec's name and repair warnings; a wrong declaration falls back to detection."""
    if len(data) > 4 * limits.document_chars:  # surely too many characters, whatever the codec
        raise limits.exceeded("document_chars", path=path, what="characters")
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        codec = _declared_codec(data)
        if codec is not None:
            try:
                text = data.decode(codec)
            except (UnicodeError, ValueError):
                pass  # a wrong declaration: detect instead
            else:
                if codec not in _WESTERN_SINGLE_BYTE or not _multibyte_text(data):
                    check_text(text, path=path)
                    return text, codec, []
    return decode_repaired(data, path=path, limits=limits)


# Single-byte Western charsets a server or template declares by default (IIS's windows-1252, Apache's
# ISO-8859-1): every byte decodes, so a page saved as GBK or UTF-8 under one would read as accented
# Latin letters.
_WESTERN_SINGLE_BYTE = frozenset(["cp1252", "iso8859-1", "iso8859-15"])  # as codecs.lookup names them


def _multibyte_text(data: bytes) -> bool:
    """The bytes past ASCII are whole UTF-8 or GB18030 characters: the page's text is Chinese in one of
    them, whatever Western charset it declares (a Western page's é or ü, a lone high byte before a space
    or a tag, is valid in neither)."""
    if data.isascii():
        return False
    for codec in ("utf-8", "gb18030"):
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return True
    return False
