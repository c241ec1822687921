"""The character stream of a PDF, one interface over two backends.

`pypdfium2` (PDFium, the default) and `pdfplumber` (pdfminer) both give, for every
character, its text, box, baseline, size, font name and fill colour, as the shared geometry's
`Glyph`s on `Page`s (PDF user space is already in points). The layout code never sees which
backend produced them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, TypeVar

from govdoc.errors import CorruptFileError, EncryptedError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.geometry import Glyph, Page, bold_font, is_red

BACKENDS = ("pypdfium2", "pdfplumber")


def _font_name(raw: str) -> str:
    """Drop a subset prefix (`ABCDEF+SimHei` → `SimHei`)."""
    if len(raw) > 7 and raw[6] == "+" and raw[:6].isupper():
        return raw[7:]
    return raw


def read_pages(data: bytes, *, backend: str, path: str | None, limits: Limits = DEFAULT_LIMITS) -> list[Page]:
    """Each page's characters; a page with more than `limits.page_chars` is `too-large`, and so
    is one whose forms or content streams cross their limits (checked before any backend
    expands them, by `pdf_scan`)."""
    from govdoc.readers.pdf_scan import check_pdf

    check_pdf(data, path=path, limits=limits)
    if backend == "pdfplumber":
        return _plumber(data, path, limits)
    if backend == "pypdfium2":
        return _pdfium(data, path, limits)
    raise ValueError(f"unknown PDF backend {backend!r}; choose one of {', '.join(BACKENDS)}")


def _pdfium(data: bytes, path: str | None, limits: Limits) -> list[Page]:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedError("the PDF needs a password to open", path=path) from exc
        raise CorruptFileError(f"the PDF cannot be opened: {exc}", path=path) from exc
    pages: list[Page] = []
    try:
        buffer = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        x, y = ctypes.c_double(), ctypes.c_double()
        box = raw.FS_RECTF()  # the loose box: the glyph's advance, not its ink (a thin "1" is a whole digit wide)
        r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
        p_box, p_x, p_y, p_flags = ctypes.byref(box), ctypes.byref(x), ctypes.byref(y), ctypes.byref(flags)
        p_rgba = ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            entry = Page(index + 1, width, height, page.get_rotation())
            textpage = page.get_textpage()
            handle = textpage.raw
            count = raw.FPDFText_CountChars(handle)
            limits.check("page_chars", count, path=path, what=f"characters on page {index + 1}")
            text = textpage.get_text_range(0, count) if count > 0 else ""
            # font, colour and size belong to a text object: read once for each object
            styles: dict[int, tuple[str, bool, float, float, bool]] = {}
            for i in range(min(count, len(text))):
                ch = text[i]
                if ch.isspace():
                    if ch == " " and not raw.FPDFText_IsGenerated(handle, i) and entry.glyphs:
                        entry.glyphs[-1].space_after = True  # a space the PDF really holds
                    continue
                raw.FPDFText_GetLooseCharBox(handle, i, p_box)
                obj = raw.FPDFText_GetTextObject(handle, i)
                key = ctypes.addressof(obj.contents) if obj else -i - 1
                style = styles.get(key)
                if style is None:
                    raw.FPDFText_GetFontInfo(handle, i, buffer, 256, p_flags)
                    red = False
                    if raw.FPDFText_GetFillColor(handle, i, *p_rgba):
                        red = is_red((r.value / 255, g.value / 255, b.value / 255))
                    raw.FPDFText_GetCharOrigin(handle, i, p_x, p_y)
                    size = raw.FPDFText_GetFontSize(handle, i)
                    # the loose box's bottom sits a fixed depth below the baseline for one object's font
                    font = _font_name(buffer.value.decode("utf-8", "replace"))
                    style = (font, red, size, y.value - box.bottom, bold_font(font))
                    styles[key] = style
                font, red, size, depth, bold = style
                entry.glyphs.append(
                    Glyph(ch, box.left, box.right, height - (box.bottom + depth), size, font, red, bold=bold)
                )
            textpage.close()
            page.close()
            pages.append(entry)
    except pdfium.PdfiumError as exc:  # PDFium's own report of damage; a bug of ours is no damaged file
        raise CorruptFileError(f"the PDF is damaged: {exc}", path=path) from exc
    finally:
        document.close()
    return pages


def _plumber_color(value: object) -> tuple[float, float, float] | None:
    if isinstance(value, (list, tuple)):
        numbers = [float(v) for v in value if isinstance(v, (int, float))]
        if len(numbers) == 3:
            return numbers[0], numbers[1], numbers[2]
        if len(numbers) == 4:  # CMYK
            c, m, yy, k = numbers
            return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - yy) * (1 - k)
    return None


def _plumber(data: bytes, path: str | None, limits: Limits) -> list[Page]:
    from govdoc.deps import require

    pdfplumber = require("pdfplumber", path=path)

    pages: list[Page] = []
    pdf = _plumbed(pdfplumber.open, path, io.BytesIO(data))
    try:
        for page in _plumbed(lambda: list(pdf.pages), path):
            number, width, height, rotation, chars = _plumbed(_plumber_page, path, page)
            limits.check("page_chars", len(chars), path=path, what=f"characters on page {number}")
            entry = Page(number, width, height, rotation)
            for c in chars:
                _plumber_char(c, entry)
            pages.append(entry)
    finally:
        pdf.close()
    return pages


def _plumber_page(page: Any) -> tuple[int, float, float, int, list[dict[str, Any]]]:
    """What pdfplumber knows of a page, every lazy parse of it done here."""
    chars = page.dedupe_chars().chars
    return page.page_number, float(page.width), float(page.height), int(page.rotation or 0), chars


T = TypeVar("T")


def _plumbed(call: Callable[..., T], path: str | None, *args: Any) -> T:
    """One call into pdfplumber/pdfminer, whose damage reports come as any exception type
    (syntax errors, KeyError, struct and zlib errors …): those become `corrupt-file` or
    `encrypted`. Only the backend's calls go through here, so a bug in govdoc's own
    handling of the characters stays a bug (`internal-error`), not a damaged file."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return call(*args)
    except Exception as exc:
        inner = exc.args[0] if exc.args else None  # pdfplumber wraps pdfminer's own exceptions
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(inner, PDFPasswordIncorrect):
            raise EncryptedError("the PDF needs a password to open", path=path) from exc
        if "password" in str(exc).lower():
            raise EncryptedError("the PDF needs a password to open", path=path) from exc
        raise CorruptFileError(f"the PDF is damaged: {exc}", path=path) from exc


def _plumber_char(c: dict[str, Any], entry: Page) -> None:
    """One pdfplumber character dictionary as a `Glyph` of the page (spaces mark the previous one)."""
    text = c.get("text", "")
    if not text or text.isspace():
        if text == " " and entry.glyphs:
            entry.glyphs[-1].space_after = True
        return
    matrix = c.get("matrix") or (0, 0, 0, 0, 0, entry.height - float(c["bottom"]))
    entry.glyphs.append(
        Glyph(
            text,
            float(c["x0"]),
            float(c["x1"]),
            entry.height - float(matrix[5]),
            float(c.get("size") or 0.0),
            _font_name(str(c.get("fontname", ""))),
            is_red(_plumber_color(c.get("non_stroking_color"))),
        )
    )
