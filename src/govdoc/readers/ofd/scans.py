"""Pages of an OFD that hold images and no text: a scan wrapped in OFD, as OCR needs it.

A page is a scan when it draws images but no character; its largest image is the page as
scanned. OCR reads these pages as it reads a page image (`ocr="auto"` or `"always"`, with the
`ocr` extra); without it they stay unread, named in `pages-without-text`, or the whole file is
`no-text-layer`.
"""

from __future__ import annotations

from dataclasses import dataclass

from govdoc.errors import MissingDependencyError
from govdoc.readers.geometry import Page
from govdoc.readers.ofd.content import PageText
from govdoc.readers.ofd.package import Package


@dataclass(frozen=True, slots=True)
class Scan:
    """A page that is only a scan: its number and the package member holding the image OCR reads in its place."""

    number: int  # the page, 1-based
    member: str  # the package member holding its largest image (PNG, JPEG, TIFF, …)
    width_mm: float  # how wide the image is drawn on the page
    height_mm: float


def scan_of(number: int, text: PageText) -> Scan | None:
    """The page's scan: its largest image, when it draws any and no character."""
    if text.glyphs or not text.images:
        return None
    member, width, height = max(text.images, key=lambda image: image[1] * image[2])
    return Scan(number, member, width, height)


def recognise_scans(
    pkg: Package, scans: list[Scan], pages: list[Page], *, mode: str
) -> tuple[list[tuple[str, str]], bool]:
    """Read the scanned pages by OCR in place (`auto` and `always`, where the `ocr` extra is
    installed), as a page image is read. The warnings say which pages and how sure the engine
    was; the flag, whether OCR was tried at all."""
    from govdoc.readers.ocr_engine import EXTRA_HINT, available

    if not scans or mode == "never":
        return [], False
    if not available():
        if mode == "always":
            raise MissingDependencyError(f"ocr='always' needs an OCR engine: {EXTRA_HINT}", extra="ocr")
        return [], False
    from govdoc.readers.image import image_pages
    from govdoc.readers.ocr import OcrPage, recognise_page
    from govdoc.readers.ocr_engine import engine
    from govdoc.readers.ocr_pages import ocr_warnings

    ocr = engine()
    read: list[OcrPage] = []
    for scan in scans:
        images, dpis = image_pages(pkg.read(scan.member), path=pkg.path)
        if images:
            result = recognise_page(images[0], scan.number, dpis[0], ocr)
            pages[scan.number - 1] = result.page
            read.append(result)
    return ocr_warnings(read), True
