"""Pages of an OFD that hold images and no text: a scan wrapped in OFD, as OCR needs it.

A page is a scan when it draws images but no character; its largest image is the page as
scanned, and how wide it is drawn says its resolution. These pages are what an OCR step reads
(`ocr="auto"`); without one they stay unread, named in `pages-without-text`, or the whole file
is `no-text-layer`.
"""

from __future__ import annotations

from dataclasses import dataclass

from govdoc.readers.ofd.content import PageText


@dataclass(frozen=True, slots=True)
class Scan:
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
