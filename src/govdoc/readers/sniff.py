"""What a file is, from its bytes: portal downloads come named `.jsp`, `download` or nothing.

`sniff` names the format the content shows (magic numbers, a zip's member names, HTML
markers, else text); `choose_format` weighs that against the name's suffix. A signature in
the bytes beats the suffix (a PDF saved as `.html` is a PDF), except that a suffix naming a
binary format is trusted over content that only looks like text or a bare zip, so that a
damaged `.docx` is reported as `corrupt-file` rather than read as something else.
"""

from __future__ import annotations

import functools
import io
import logging
import zipfile

from govdoc.errors import UnsupportedFormatError
from govdoc.limits import UNREADABLE_JSON

log = logging.getLogger("govdoc")

# charset-normalizer names the GB family by the subset it saw, and a mail client labels GBK `gb2312`;
# GB18030 decodes all of them (the text reader and the mail reader: diffread-C C1)
GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "hz"})
HEAD = 4096  # how much of the input the magic numbers and HTML markers are looked for in

# (magic at offset 0, format) for formats recognised by their first bytes alone
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"{\\rtf", "rtf"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
)
_MAGIC_STARTS = tuple(magic for magic, _ in _MAGIC)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: .doc, .wps, .xls, .ppt, or an encrypted .docx

# (a member name that marks the package, format), first match wins
_ZIP_MEMBERS: tuple[tuple[str, str], ...] = (
    ("word/document.xml", "docx"),
    ("OFD.xml", "ofd"),
    ("xl/workbook.xml", "xlsx"),
    ("ppt/presentation.xml", "pptx"),
    ("content.xml", "odf"),
)

# What to call a format in a message, for formats govdoc does not read (yet).
DESCRIPTIONS = {
    "png": "an image (PNG)",
    "jpeg": "an image (JPEG)",
    "tiff": "an image (TIFF)",
    "gif": "an image (GIF)",
    "bmp": "an image (BMP)",
    "webp": "an image (WebP)",
    "xlsx": "a spreadsheet (Excel .xlsx)",
    "xls": "a spreadsheet (Excel .xls)",
    "pptx": "a presentation (PowerPoint .pptx)",
    "ppt": "a presentation (PowerPoint .ppt)",
    "odf": "an OpenDocument file",
    "ofd": "an OFD document",
    "zip": "a zip archive",
    "rar": "a RAR archive",
    "7z": "a 7-Zip archive",
    "gzip": "a gzip archive",
    "rtf": "an RTF document",
    "json": "JSON data",
    "xml": "an XML file",
    "executable": "a program",
}

_HTML_OPENINGS = (b"<!doctype html", b"<html", b"<?xml")
_HTML_TAGS = (b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>", b"<table", b"<title", b"<!doctype html")
BINARY_FORMATS = frozenset({"pdf", "docx", "doc", "ofd"})  # a suffix naming one of these is trusted over text


def sniff(data: bytes) -> str | None:
    """The format the content shows, or None for binary data of no known kind.

    Give the whole input where it may be a zip (its member list is at the end); for anything
    else the first `HEAD` bytes are enough. Text formats come back as `txt` or `html`.
    """
    return _sniff(data, text=True)


def _sniff(data: bytes, *, text: bool) -> str | None:
    """`sniff`; without `text`, content of no other kind is `txt` unasked (see `choose_format`)."""
    head = data[:HEAD]
    if b"%PDF-" in head[:1024]:  # readers accept junk before the header, and so do we
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(_OLE):
        return _ole_kind(data)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(_MAGIC_STARTS):  # one C call for the thirteen: most inputs have none of them
        for magic, fmt in _MAGIC:
            if head.startswith(magic):
                return fmt
    low = _ascii_head(head)
    if _looks_html_low(low, strong=False):
        return "html"
    if head[:1].isalpha() and _web_archive(head):
        return "html"  # a web archive (MHT): the page inside is read
    if low.startswith(b"<?xml"):
        return "docx" if _wordml(low) else "xml"  # Word's one-file XML (2003) is read as its .docx body
    if low.startswith((b"{", b"[")) and _is_json(data):
        return "json"  # data, not a document; `[ 索引号 ]` pages are no JSON and stay text
    if not text or _looks_text(head):
        return "txt"
    return None


def _wordml(low: bytes) -> bool:
    from govdoc.readers.docx.wordml import is_wordml

    return is_wordml(low)


def _web_archive(head: bytes) -> bool:
    from govdoc.readers.mht import is_web_archive

    return is_web_archive(head)


def _is_json(data: bytes) -> bool:
    import json

    try:
        json.loads(data)
    except UNREADABLE_JSON:
        return False
    return True


def _zip_kind(data: bytes) -> str:
    """The package's kind from its member names. A damaged central directory (zipfile meets damage with
    many exception types: struct, version, compression …) does not hide the kind: the names stand in the
    members' own headers too, so a damaged DOCX or OFD still reaches its reader, which says what is wrong
    (`corrupt-file`) instead of the sniffer failing on it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except Exception:  # any failure to read the directory means: look at the raw headers
        return next((fmt for member, fmt in _ZIP_MEMBERS if member.encode() in data), "zip")
    for member, fmt in _ZIP_MEMBERS:
        if member in names:
            return fmt
    return "zip"


def _ole_kind(data: bytes) -> str:
    """A compound file's kind from the names of its streams (UTF-16 in its directory)."""
    for stream, fmt in (("EncryptedPackage", "docx"), ("WordDocument", "doc"), ("Workbook", "xls")):
        if stream.encode("utf-16-le") in data:
            return fmt
    if "PowerPoint Document".encode("utf-16-le") in data:
        return "ppt"
    return "doc"  # WPS and old Word files: LibreOffice decides


def _ascii_head(head: bytes) -> bytes:
    """The head as ASCII-compatible lower-case bytes, UTF-16 transcoded, BOM and leading space dropped.

    Only a head opening with `<` is lowered whole (the HTML tags are looked for all through it); of any
    other, what the openings asked of it can read (`_OPENING_REACH` bytes): lowering 4 KiB of a text
    to learn that it opens with no `<` cost as much as sniffing the rest."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    head = head.lstrip()
    return head.lower() if head.startswith(b"<") else head[:_OPENING_REACH].lower()


# The longest opening a head is asked for once lowered (`<!doctype html`; `<?xml`, `{`, `[`): a head
# not opening with `<` is lowered this far only (tests/test_speed9.py ties it to the openings).
_OPENING_REACH = 16


def _looks_html(head: bytes, *, strong: bool) -> bool:
    """HTML markers: `strong` asks for a document that opens as HTML, not a tag somewhere in text."""
    return _looks_html_low(_ascii_head(head), strong=strong)


def _looks_html_low(low: bytes, *, strong: bool) -> bool:
    """`_looks_html` of a head `_ascii_head` has made ready."""
    if low.startswith(_HTML_OPENINGS):
        return not low.startswith(b"<?xml") or b"<html" in low
    if strong:
        return False
    return low.startswith(b"<") and any(tag in low for tag in _HTML_TAGS)


def _looks_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return utf16_unmarked(head) is not None
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return True  # the head cut a character in two
    return charset_guess(head) is not None


_UTF16_SAMPLE = 1 << 17  # the bytes `utf16_unmarked` weighs: a text shows itself in its first 64 Ki characters


def utf16_unmarked(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` where `data` is UTF-16 text written without its byte-order mark (a .NET tool's
    `Encoding.Unicode` without its preamble, conv25), else None. Such text holds NUL bytes (each ASCII
    character's high byte), which elsewhere tell a binary file: here every line feed stands on one side of its
    two-byte unit, naming the order (a binary file has 0A bytes on both), the units decode, and what they give
    is Han and the ASCII of a text, no controls but line ends and tabs."""
    even = data[: min(len(data), _UTF16_SAMPLE) // 2 * 2]
    if len(even) < 8 or even.count(0) < 2:  # a text with some ASCII: its line ends at least
        return None
    # The byte order is where the line feeds stand: LE writes 0A 00, BE 00 0A, each unit at an even offset, and a
    # Han character with a 0A byte (上 is U+4E0A) puts it on its own order's side too. The NULs' sides tell nothing
    # of a Chinese text: U+3000 (the full-width space a 公文 indents with) and 一 (U+4E00) put theirs on the other.
    lows, highs = even[0::2].count(0x0A), even[1::2].count(0x0A)
    if lows and not highs:
        name, unit = "utf-16-le", b"\n\x00"
    elif highs and not lows:
        name, unit = "utf-16-be", b"\x00\n"
    else:
        return None
    if unit not in even:  # (every 0A on its side, so a unit found is at an even offset)
        return None  # a text's lines end in units of their own (LF and NUL): a few stray NULs are no such text
    squeezed = even.replace(b"\x00", b"")
    try:
        squeezed.decode("utf-8")
        return None  # UTF-8 with NULs put in (a damaged or hostile file): binary, as the contract says
    except UnicodeDecodeError as exc:
        if exc.start >= len(squeezed) - 3 and exc.reason == "unexpected end of data":
            return None  # (the sample cut its last character in two: UTF-8 all the same)
    text = even.decode(name, "replace")
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    controls = sum(1 for c in text if c < " " and c not in "\r\n\t\f")
    return name if han * 4 >= len(text) and not controls and "\ufffd" not in text else None


def charset_guess(data: bytes) -> str | None:
    """charset-normalizer's best encoding for `data` (its name, lower case), or None if no
    encoding fits.

    A short file that is not UTF-8 is asked about twice, once by `sniff` (its whole head) and
    once by the text reader (the whole file): the same bytes, so the answer is kept for the
    second time (for inputs up to `HEAD` bytes only, so no large input is kept alive).
    """
    if len(data) <= HEAD:
        return _small_charset_guess(data)
    return _charset_guess(data)


@functools.lru_cache(maxsize=4)
def _small_charset_guess(data: bytes) -> str | None:
    return _charset_guess(data)


def _charset_guess(data: bytes) -> str | None:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best.encoding).lower()


def describe(fmt: str | None) -> str:
    """How a message names a format: 'a spreadsheet (Excel .xlsx)', 'an image (PNG)'."""
    if fmt is None:
        return "binary data of no known document format"
    return DESCRIPTIONS.get(fmt, f"a {fmt} file")


def choose_format(data: bytes, named: str | None, *, path: str | None = None) -> str:
    """The format to read `data` as, given the format its name's suffix says (or None).

    Raises `unsupported-format` naming what was found when neither gives a document format.
    """
    # Where the name says a format, content that only may be text weighs as content of no known
    # kind does (`_weigh` gives the name's format for both), so the head is not decoded to tell them apart.
    found = _sniff(data, text=named is None)
    fmt = _weigh(found, named, data)
    if fmt is None:
        raise UnsupportedFormatError(f"not a document format govdoc reads: {describe(found)}", path=path)
    if named is not None and fmt != named:
        log.debug("%s: named as %s but the content is %s; read as %s", path or "input", named, fmt, fmt)
    return fmt


def _weigh(found: str | None, named: str | None, data: bytes) -> str | None:
    if named is None:
        return found
    if found is None or found == named:
        return named
    if found in ("txt", "html"):
        if named == "html" or found == "txt":
            return named  # an HTML fragment need not look like HTML; a damaged binary file stays what it says
        return "html" if _looks_html(data[:HEAD], strong=True) else named
    if found == "zip" and named in ("docx", "ofd"):
        return named  # the reader says which part is missing
    return found
