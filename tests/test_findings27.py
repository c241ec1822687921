"""Findings session 26 left open (/work/coord/alerts26.md), each closed at its cause with a test from a new
example (expected values written by hand), failing on the session's start (/work/s27start) and passing since:

- REVIEW26 R6: a page image too small to hold a character (a 1×1 pixel, a 3×2 speck, an OFD page
  whose only image is a spacer) ended the parse in internal-error with OCR on: the seal finder's quarter-size
  copy of the page asked OpenCV for an image of no pixels (readers.ocr `recognise_page`, the one door every page
  image goes through to the engine, now reads such a page as a page without characters).
"""

from __future__ import annotations

import io

import pytest

import govdoc


def _image(size: tuple[int, int], fmt: str, frames: int = 1) -> bytes:
    """A white image of `size` in `fmt` (`frames` pages of it for a TIFF)."""
    from PIL import Image

    out = io.BytesIO()
    pages = [Image.new("RGB", size, (255, 255, 255)) for _ in range(frames)]
    pages[0].save(out, format=fmt, save_all=frames > 1, append_images=pages[1:])
    return out.getvalue()


@pytest.mark.parametrize(
    ("size", "fmt"),
    [((1, 1), "PNG"), ((3, 2), "JPEG"), ((300, 4), "PNG"), ((5, 420), "JPEG"), ((7, 7), "PNG")],
)
def test_an_image_too_small_to_hold_a_character_is_a_page_without_text(size: tuple[int, int], fmt: str) -> None:
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    doc = govdoc.parse(_image(size, fmt), ocr="auto")
    assert doc.text == ""
    assert "pages-without-text" in [w.code for w in doc.warnings]


def test_a_tiff_whose_pages_are_all_specks_counts_them_as_pages_without_text() -> None:
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    doc = govdoc.parse(_image((2, 3), "TIFF", frames=3), ocr="auto")
    assert doc.text == ""
    assert "pages-without-text" in [w.code for w in doc.warnings]


def test_an_ofd_page_drawing_only_a_spacer_image_is_read_like_a_blank_scan() -> None:
    """Its only image is 1×5 pixels: the OFD says its pages are images without text, as a blank scan does."""
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    from tests.test_ofd import _layer, _package

    image = '<ofd:ImageObject ID="4" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="5"/>'
    media = (
        '<ofd:MultiMedias><ofd:MultiMedia ID="5" Type="Image"><ofd:MediaFile>dot.png</ofd:MediaFile>'
        "</ofd:MultiMedia></ofd:MultiMedias>"
    )
    data = _package(_layer(image), res=media, extra={"Doc_0/Res/dot.png": _image((1, 5), "PNG")})
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(data, format="ofd", ocr="auto")
    assert caught.value.code == "no-text-layer"
