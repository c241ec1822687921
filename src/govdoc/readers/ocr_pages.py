"""Which pages are read by OCR, and what the reader is told about it.

`ocr="auto"` (the default) reads the pages that have no usable text layer, when the `ocr`
extra is installed; `"always"` reads every page from its image, ignoring any text layer;
`"never"` reads none. Pages of a PDF are rendered with PDFium; page images come as they are.
The `ocr-used` warning names the pages read, the engine and its mean confidence; the lines it
was unsure of (kept in the text) are noted for the rule that names them in it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from govdoc.blocks import DOUBTFUL_LINE, NOTE_SEPARATOR
from govdoc.errors import MissingDependencyError
from govdoc.readers.ocr_engine import EXTRA_HINT, available, engine

if TYPE_CHECKING:  # a text parse asks `mode_of` and must not pay for the page geometry
    from PIL import Image

    from govdoc.readers.geometry import Page
    from govdoc.readers.ocr import OcrPage

MODES = ("auto", "always", "never")
MODE_VARIABLE = "GOVDOC_OCR"  # the default mode, as batch workers inherit it
USABLE_CHARS = 10  # fewer characters than this on a page is no text layer (a scanner's stray page number)


def mode_of(ocr: str | None) -> str:
    """The OCR mode asked for, or the process default (`GOVDOC_OCR`, else `auto`)."""
    chosen = ocr or os.environ.get(MODE_VARIABLE) or "auto"
    if chosen not in MODES:
        raise ValueError(f"unknown OCR mode {chosen!r}; choose one of {', '.join(MODES)}")
    return chosen


def no_text_message(mode: str, *, tried: bool = False) -> str:
    """Why a document without a text layer stays unread, and what would read it."""
    if tried:
        return "no page has a text layer and OCR found no text on them"
    if mode == "never":
        return "no page has a text layer (a scan?) and OCR is off (ocr='never')"
    return f"no page has a text layer (a scan?): {EXTRA_HINT}"


def usable(page: Page) -> bool:
    """Whether a page's text layer is its text: under `USABLE_CHARS` characters (a scanner's stray page
    number) it is no text layer, and `auto` reads the page by OCR. Counted only until there are enough: a page of
    text answers after its first runs (every page of every PDF is asked).
    """
    found = 0
    for g in page.glyphs:
        found += len(g.text.strip())
        if found >= USABLE_CHARS:
            return True
    return found >= USABLE_CHARS


def ocr_targets(pages: list[Page], mode: str) -> list[int]:
    """The pages (their places in `pages`) that `mode` asks to read by OCR."""
    return [k for k, p in enumerate(pages) if mode == "always" or (mode == "auto" and not usable(p))]


def recognise_pdf(data: bytes, pages: list[Page], mode: str) -> list[tuple[str, str]]:
    """Read by OCR the pages `mode` asks for, replacing their characters; warnings for the reader."""
    targets = ocr_targets(pages, mode)
    if not targets or not available():
        if targets and mode == "always":
            raise MissingDependencyError(f"ocr='always' needs an OCR engine: {EXTRA_HINT}", extra="ocr")
        return []
    import pypdfium2 as pdfium

    from govdoc.readers.ocr import RENDER_DPI, recognise_page
    from govdoc.readers.pdf_chars import PDFIUM_LOCK

    with PDFIUM_LOCK:  # PDFium is not thread-safe; OCR itself runs outside the lock
        document = pdfium.PdfDocument(data)
    read: list[OcrPage] = []
    try:
        for k in targets:
            with PDFIUM_LOCK:
                page = document[k]
                bitmap = page.render(scale=RENDER_DPI / 72)
                image = bitmap.to_pil().copy()  # its own pixels, so the bitmap is freed here, under the lock
                bitmap.close()
                page.close()
            result = recognise_page(image, pages[k].number, RENDER_DPI)
            pages[k] = result.page
            read.append(result)
    finally:
        with PDFIUM_LOCK:
            document.close()
    return ocr_warnings(read)


def recognise_images(images: list[Image.Image], dpis: list[float]) -> tuple[list[Page], list[tuple[str, str]]]:
    """Read page images (one per page) by OCR: their characters and the warnings."""
    from govdoc.readers.ocr import recognise_page

    ocr = engine()
    read = [recognise_page(image, k + 1, dpi, ocr) for k, (image, dpi) in enumerate(zip(images, dpis, strict=True))]
    return [r.page for r in read], ocr_warnings(read)


def ocr_warnings(read: list[OcrPage]) -> list[tuple[str, str]]:
    """`ocr-used` for the pages read (and `layout-unusual` for pages turned a quarter)."""
    done = [r for r in read if r.scores]
    warnings: list[tuple[str, str]] = []
    if done:
        numbers = ", ".join(str(r.page.number) for r in done)
        scores = [s for r in done for s in r.scores]
        message = (
            f"第 {numbers.replace(', ', '、')} 页经 OCR 识别 (pages read by OCR: {numbers}; "
            f"engine {engine().name}, mean confidence {sum(scores) / len(scores):.2f}"
        )
        lettering = [text for r in done for text in r.seal_text]
        if lettering:  # named, not dropped silently: the reader can check nothing else went with them
            message += f"; seal lettering left out: {'; '.join(repr(t) for t in lettering)}"
        warnings.append(("ocr-used", message + ")"))
        # The lines OCR was unsure of, for the rule that names them in the warning (page numbers aside).
        warnings.extend((DOUBTFUL_LINE, f"{kept}{NOTE_SEPARATOR}{read}") for r in done for kept, read in r.doubtful)
    turned = [str(r.page.number) for r in read if r.turned]
    if turned:
        warnings.append(("layout-unusual", f"页面转了 90° (pages turned a quarter, read upright: {', '.join(turned)})"))
    flipped = [str(r.page.number) for r in read if r.upside_down]
    if flipped:
        warnings.append(("layout-unusual", f"页面倒置 (pages upside down, read turned round: {', '.join(flipped)})"))
    return warnings
