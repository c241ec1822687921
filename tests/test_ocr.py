"""Scans and page images read by OCR (the `ocr` extra): the shared scan, page images made from the
office PDF, mixed and blank pages, a page turned a quarter, and the switches that turn OCR off.

Recognition costs seconds a page, so each document is recognised once per session (fixtures)
and the engine is built once per process; page images are rendered at the OCR resolution.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.conftest import SHARED, load_scorer, need_shared

pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
pdfium = pytest.importorskip("pypdfium2")
Image = pytest.importorskip("PIL.Image")

SCORER = load_scorer()
SCAN = SHARED / "fixtures" / "scan" / "putuo-office-scan.pdf"
OFFICE = SHARED / "fixtures" / "putuo-office.pdf"
EXPECTED = SHARED / "fixtures" / "putuo-office.expected.json"
DPI = 150


def _needs_shared() -> None:
    need_shared(SCAN)
    need_shared(SHARED / "tools" / "check_corpus.py")


def _render(pdf: Path, page: int) -> Any:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return document[page].render(scale=DPI / 72).to_pil().convert("RGB")
    finally:
        document.close()


def _encoded(images: list[Any], fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "TIFF":
        images[0].save(out, format="TIFF", save_all=True, append_images=images[1:], dpi=(DPI, DPI))
    else:
        images[0].save(out, format=fmt, dpi=(DPI, DPI), **({"quality": 85} if fmt == "JPEG" else {}))
    return out.getvalue()


def _misses(doc: govdoc.Document, expected: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    assert SCORER is not None
    score = SCORER.Score()
    got = doc.to_dict()
    for key in keys:
        SCORER.compare(f".{key}", expected[key], got.get(key), score)
    return list(score.misses)


@pytest.fixture(scope="module")
def scan_doc() -> govdoc.Document:
    _needs_shared()
    return govdoc.parse(SCAN)


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    _needs_shared()
    return dict(json.loads(EXPECTED.read_text(encoding="utf-8")))


def test_the_scanned_seed_scores_at_least_95_percent_of_its_fields(scan_doc: govdoc.Document) -> None:
    assert SCORER is not None
    want = json.loads((SCAN.parent / "putuo-office-scan.expected.json").read_text(encoding="utf-8"))
    score = SCORER.Score()
    SCORER.compare("scan:", want, scan_doc.to_dict(), score)
    assert score.matched / score.total >= 0.95, "\n".join(score.misses)


def test_the_scan_keeps_its_outline_contact_and_seal_covered_signature(scan_doc: govdoc.Document) -> None:
    # Read from the page images, not from a text layer (there is none).
    assert scan_doc.source.pages == 7
    assert scan_doc.header.issuer == "上海市普陀区发展和改革委员会"  # red ink: read from the red ink alone
    assert scan_doc.header.doc_number is not None and scan_doc.header.doc_number.text == "普发改委〔2023〕10号"
    assert [s.marker for s in scan_doc.sections] == ["一、", "二、", "三、"]
    assert scan_doc.signature is not None  # under the red seal
    assert scan_doc.signature.issuers == ("上海市普陀区发展和改革委员会",)
    assert scan_doc.signature.date == "2023-04-27"
    assert scan_doc.contact is not None and scan_doc.contact.phones == ("52564588-2305",)


def test_the_scan_says_it_was_read_by_ocr_with_its_confidence(scan_doc: govdoc.Document) -> None:
    used = [w for w in scan_doc.warnings if w.code == "ocr-used"]
    assert len(used) == 1
    assert "pages read by OCR: 1, 2, 3, 4, 5, 6, 7" in used[0].message
    assert "mean confidence 0." in used[0].message
    assert not any(w.code in ("pages-without-text", "internal-error") for w in scan_doc.warnings)


def test_spans_of_a_scan_carry_their_page(scan_doc: govdoc.Document) -> None:
    assert [s.span.page for s in scan_doc.sections] == [2, 3, 5]
    assert scan_doc.closing is not None and scan_doc.closing.span.page == 7


@pytest.fixture(scope="module")
def office_pages() -> list[Any]:
    _needs_shared()
    return [_render(OFFICE, 0), _render(OFFICE, 6)]  # the 版头 page and the 落款 page


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_page_image_reads_like_its_pdf(fmt: str, office_pages: list[Any], expected: dict[str, Any]) -> None:
    doc = govdoc.parse(_encoded([office_pages[0]], fmt), format="png" if fmt == "PNG" else "jpeg")
    assert doc.source.format == ("png" if fmt == "PNG" else "jpeg") and doc.source.pages == 1
    assert SCORER is not None
    header = {k: v for k, v in expected["header"].items() if k != "responds_to"}  # its title is on page 2
    score = SCORER.Score()
    SCORER.compare(".header", header, doc.to_dict()["header"], score)
    assert score.misses == []


def test_a_multi_page_tiff_is_read_page_by_page(office_pages: list[Any], expected: dict[str, Any]) -> None:
    doc = govdoc.parse(_encoded(office_pages, "TIFF"), format="tiff")
    assert doc.source.pages == 2
    assert _misses(doc, expected, ("signature", "contact", "imprint")) == []
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "普发改委〔2023〕10号"
    assert doc.closing is not None and doc.closing.span.page == 2


def test_image_suffixes_are_read_from_a_path(tmp_path: Path, office_pages: list[Any]) -> None:
    path = tmp_path / "page.tif"
    path.write_bytes(_encoded([office_pages[1]], "TIFF"))
    doc = govdoc.parse(path)
    assert doc.source.format == "tiff"
    assert doc.signature is not None and doc.signature.issuers == ("上海市普陀区发展和改革委员会",)


def test_a_mixed_pdf_keeps_its_text_page_and_reads_its_scanned_page() -> None:
    _needs_shared()
    mixed = pdfium.PdfDocument.new()
    text, scan = pdfium.PdfDocument(str(OFFICE)), pdfium.PdfDocument(str(SCAN))
    mixed.import_pages(text, [0])
    mixed.import_pages(scan, [6])
    out = io.BytesIO()
    mixed.save(out)
    doc = govdoc.parse(out.getvalue(), format="pdf")
    used = [w for w in doc.warnings if w.code == "ocr-used"]
    assert len(used) == 1 and "pages read by OCR: 2;" in used[0].message  # page 1 has its text layer
    assert doc.header.title == "对区政协十五届二次会议第152038号提案的答复"
    assert doc.signature is not None and doc.signature.date == "2023-04-27"


def test_a_blank_page_image_is_an_empty_document_and_strict_refuses_it() -> None:
    blank = Image.new("RGB", (1240, 1754), "white")
    doc = govdoc.parse(_encoded([blank], "PNG"), format="png")
    assert doc.text == "" and doc.sections == ()
    assert any(w.code == "pages-without-text" for w in doc.warnings)
    with pytest.raises(govdoc.NotAGovernmentDocumentError):
        govdoc.parse(_encoded([blank], "PNG"), format="png", strict=True)


def test_a_picture_that_is_no_page_is_no_government_document() -> None:
    from PIL import ImageDraw

    picture = Image.new("RGB", (800, 600), (90, 140, 200))
    draw = ImageDraw.Draw(picture)
    for k in range(12):
        draw.ellipse((40 * k, 30 * k, 40 * k + 120, 30 * k + 90), fill=(240, 200 - 10 * k, 60))
    with pytest.raises(govdoc.NotAGovernmentDocumentError):
        govdoc.parse(_encoded([picture], "JPEG"), format="jpeg", strict=True)


def test_a_page_turned_a_quarter_is_read_upright_and_warned(office_pages: list[Any]) -> None:
    turned = office_pages[1].rotate(90, expand=True)
    doc = govdoc.parse(_encoded([turned], "PNG"), format="png")
    assert any(w.code == "layout-unusual" and "turned" in w.message for w in doc.warnings)
    assert doc.contact is not None and doc.contact.phones == ("52564588-2305",)


def test_a_damaged_image_is_corrupt_file() -> None:
    with pytest.raises(govdoc.CorruptFileError):
        govdoc.parse(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, format="png")


def test_an_ocr_title_box_holds_the_title_where_the_pdf_draws_it(office_pages: list[Any]) -> None:
    """The page image is the office PDF's first page at 150 dpi, so its points are the PDF's points:
    the middle of every character of the title, as PDFium places it in the PDF, is in the OCR box."""
    doc = govdoc.parse(_encoded([office_pages[0]], "PNG"), format="png")
    span = doc.header.title_span
    assert span is not None and doc.header.title is not None
    assert span.source_ref == "page:1" and len(span.source_box) == 1
    box = span.source_box[0]
    document = pdfium.PdfDocument(str(OFFICE))
    try:
        page = document[0]
        height = page.get_height()
        textpage = page.get_textpage()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count)
        title = "".join(doc.header.title.split())
        squashed = [(k, ch) for k, ch in enumerate(text[:count]) if not ch.isspace()]
        joined = "".join(ch for _, ch in squashed)
        at = joined.index(title)
        middles = []
        for k, _ in squashed[at : at + len(title)]:
            left, bottom, right, top = textpage.get_charbox(k)
            middles.append(((left + right) / 2, height - (top + bottom) / 2))
    finally:
        document.close()
    assert middles
    assert all(box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1 for x, y in middles), (box, middles)
