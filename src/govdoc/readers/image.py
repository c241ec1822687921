"""Page images (PNG, JPEG, TIFF; a multi-page TIFF is one page per frame) read by OCR.

An image has no text layer, so it is read only by OCR (the `ocr` extra) and goes through the
same path as a scanned PDF page. Its resolution comes from the file where it says one, else the
page is taken to be A4 wide; images finer than the OCR resolution are scaled down to it first,
which costs nothing in accuracy and saves most of the time.
"""

from __future__ import annotations

import io
import numbers
from typing import TYPE_CHECKING

from govdoc.blocks import Block
from govdoc.errors import CorruptFileError, NoTextLayerError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.geometry import Page
from govdoc.readers.ocr_engine import EXTRA_HINT, available

if TYPE_CHECKING:
    from PIL import Image

IMAGE_FORMATS = ("png", "jpeg", "tiff")
A4_WIDTH_INCHES = 8.27


def _dpi(image: Image.Image) -> float:
    """The resolution the file declares when plausible, else the one that makes the page A4 wide.

    A TIFF declares it as a fraction (Pillow's `IFDRational`, a `numbers.Real` but no `float`),
    which a check for int or float never saw. A sheet that lies sideways is as wide as A4 is
    tall: its shorter side is the page's width.
    """
    declared = image.info.get("dpi")
    if (
        isinstance(declared, tuple)
        and declared
        and isinstance(declared[0], numbers.Real)
        and 72 <= float(declared[0]) <= 1200
    ):
        return float(declared[0])
    return max(min(image.width, image.height) / A4_WIDTH_INCHES, 1.0)


def image_pages(
    data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[Image.Image], list[float]]:
    """Each page (frame) of the image, RGB, at no more than the OCR resolution, and its resolution; more frames
    than `limits.image_frames` or a frame of more pixels than `limits.image_pixels` is `too-large`, naming it."""
    from PIL import Image as PILImage
    from PIL import ImageSequence, UnidentifiedImageError

    from govdoc.readers.ocr import RENDER_DPI

    pages: list[Image.Image] = []
    dpis: list[float] = []
    try:
        with PILImage.open(io.BytesIO(data)) as image:
            for frame in ImageSequence.Iterator(image):
                if len(pages) >= limits.image_frames:
                    raise limits.exceeded("image_frames", path=path, what="pages in one image")
                limits.check("image_pixels", frame.width * frame.height, path=path, what="pixels of a page image")
                dpi = _dpi(frame)
                page = frame.convert("RGB")
                if dpi > RENDER_DPI * 1.2:
                    factor = RENDER_DPI / dpi
                    page = page.resize((max(1, round(page.width * factor)), max(1, round(page.height * factor))))
                    dpi = RENDER_DPI
                pages.append(page)
                dpis.append(dpi)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as exc:
        # Pillow's messages name its buffer's address: the error's class is what stays the same.
        raise CorruptFileError(f"the image cannot be read ({type(exc).__name__})", path=path) from exc
    return pages, dpis


def image_blocks(
    data: bytes, *, mode: str, path: str | None, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[Block], int, list[tuple[str, str]]]:
    """Blocks of the text OCR finds on the image's pages, the page count and the warnings.

    An image with no text at all (a photograph, a blank page) is an empty document, not an error:
    it says so in `pages-without-text`, and strict parsing calls it no government document.
    """
    from govdoc.readers.geometry import layout_pages

    pages, found = image_chars(data, mode=mode, path=path, limits=limits)
    if not any(page.glyphs for page in pages):
        empty = ("pages-without-text", "图像中未识别出文字 (no text was recognised in the image)")
        return [], len(pages), [*found, empty]
    blocks, warnings = layout_pages(pages, path=path)
    return blocks, len(pages), found + warnings


def image_chars(
    data: bytes, *, mode: str, path: str | None, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[Page], list[tuple[str, str]]]:
    """The characters OCR finds on each page of the image, and its warnings."""
    if mode == "never":
        raise NoTextLayerError("an image has no text layer and OCR is off (ocr='never')", path=path)
    if not available():
        raise NoTextLayerError(f"an image is read by OCR: {EXTRA_HINT}", path=path)
    from govdoc.readers.ocr_pages import recognise_images

    pages, dpis = image_pages(data, path=path, limits=limits)
    return recognise_images(pages, dpis)
