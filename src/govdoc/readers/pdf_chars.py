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


def _void_result(function: Any, *argtypes: Any, restype: Any = "pointer") -> Any:
    """The same PDFium entry point answering a plain address (an int, 0 for none) instead of a
    ctypes pointer object: asked once per character, the object's construction costs more than the
    call itself."""
    import ctypes

    restype = ctypes.c_void_p if restype == "pointer" else restype
    copy = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    copy.argtypes = argtypes
    copy.restype = restype
    return copy


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
        text_object = _void_result(raw.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_int)
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            entry = Page(index + 1, width, height, page.get_rotation())
            textpage = page.get_textpage()
            count = raw.FPDFText_CountChars(textpage.raw)
            limits.check("page_chars", count, path=path, what=f"characters on page {index + 1}")
            text = textpage.get_text_range(0, count) if count > 0 else ""
            _page_glyphs(raw, textpage.raw, text_object, text[:count], height, entry.glyphs)
            textpage.close()
            page.close()
            pages.append(entry)
    except pdfium.PdfiumError as exc:  # PDFium's own report of damage; a bug of ours is no damaged file
        raise CorruptFileError(f"the PDF is damaged: {exc}", path=path) from exc
    finally:
        document.close()
    return pages


class _Styles:
    """Font, red ink, size, baseline depth and boldness of text objects, each worked out once.

    A text object names its font handle, fill colour and size in three cheap calls; everything
    derived from them (the font's name, whether it is bold, whether the colour is red, how far the
    loose box reaches below the baseline) is computed once for each distinct combination, which a
    whole document has only a few of, however many text objects it draws.
    """

    def __init__(self, raw: Any, handle: Any) -> None:
        import ctypes

        self.raw, self.handle = raw, handle
        self.font_of = _void_result(raw.FPDFTextObj_GetFont, ctypes.c_void_p)
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.p_rgba = [ctypes.byref(v) for v in self.rgba]
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.flags = ctypes.c_int()
        self.buffer = ctypes.create_string_buffer(256)
        self.known: dict[tuple[int, tuple[int, int, int] | None, float], tuple[str, bool, float, float, bool]] = {}

    def of(self, obj: int, i: int, bottom: float) -> tuple[str, bool, float, float, bool]:
        import ctypes

        raw, handle = self.raw, self.handle
        font_handle = self.font_of(obj) if obj > 0 else 0
        rgb = None
        if raw.FPDFText_GetFillColor(handle, i, *self.p_rgba):
            rgb = (self.rgba[0].value, self.rgba[1].value, self.rgba[2].value)
        size = raw.FPDFText_GetFontSize(handle, i)
        key = (font_handle or -i - 1, rgb, size)
        style = self.known.get(key)
        if style is None:
            raw.FPDFText_GetFontInfo(handle, i, self.buffer, 256, ctypes.byref(self.flags))
            raw.FPDFText_GetCharOrigin(handle, i, ctypes.byref(self.x), ctypes.byref(self.y))
            font = _font_name(self.buffer.value.decode("utf-8", "replace"))
            red = rgb is not None and is_red((rgb[0] / 255, rgb[1] / 255, rgb[2] / 255))
            # the loose box's bottom sits a fixed depth below the baseline for one font at one size
            style = self.known[key] = (font, red, size, self.y.value - bottom, bold_font(font))
        return style


def _page_glyphs(raw: Any, handle: Any, text_object: Any, text: str, height: float, glyphs: list[Glyph]) -> None:
    """One page's glyphs: one box per character (PDFium has no call for a run's boxes that keeps
    the loose advance boxes); font, colour and size once per text object (`_Styles`).

    This is the hot loop of a PDF parse, so it is written flat, with PDFium's calls and their
    arguments bound once.
    """
    import ctypes

    box = raw.FS_RECTF()  # the loose box: the glyph's advance, not its ink (a thin "1" is a whole digit wide)
    p_box = ctypes.addressof(box)
    loose_box = _void_result(
        raw.FPDFText_GetLooseCharBox, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, restype=ctypes.c_int
    )
    is_generated = raw.FPDFText_IsGenerated
    address = ctypes.cast(handle, ctypes.c_void_p).value
    styles = _Styles(raw, handle)
    last_object = 0
    style: tuple[str, bool, float, float, bool] = ("", False, 0.0, 0.0, False)
    for i, ch in enumerate(text):
        if ch.isspace():
            if ch == " " and glyphs and not is_generated(handle, i):
                glyphs[-1].space_after = True  # a space the PDF really holds
            continue
        loose_box(address, i, p_box)
        obj = text_object(address, i) or -i - 1
        if obj != last_object:
            last_object = obj
            style = styles.of(obj, i, box.bottom)
        font, red, size, depth, bold = style
        glyphs.append(Glyph(ch, box.left, box.right, height - (box.bottom + depth), size, font, red, False, bold))


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
