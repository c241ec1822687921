"""PDF: structure from geometry, furniture removed, pages kept, both backends, the error paths."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.readers.geometry import Glyph, Page, line_of, page_lines, set_aside, two_columns
from tests.conftest import FIXTURES, SHARED, need_shared
from tests.test_docx import outline

PDF = FIXTURES / "pdf"


def test_seed_printed_to_pdf_parses_like_the_text() -> None:
    text = govdoc.parse(FIXTURES / "putuo-reply-2023.txt")
    pdf = govdoc.parse(PDF / "seed-official.pdf")
    assert outline(pdf) == outline(text)
    assert pdf.source.format == "pdf" and pdf.source.pages == 4


def test_numbered_word_document_printed_to_pdf_parses_like_the_word_file() -> None:
    word = govdoc.parse(FIXTURES / "docx" / "numbering-levels.docx")
    pdf = govdoc.parse(PDF / "numbering-levels.pdf")
    assert outline(pdf) == outline(word)


def test_page_numbers_are_furniture_and_spans_carry_pages() -> None:
    doc = govdoc.parse(PDF / "seed-official.pdf")
    assert "—" not in doc.text.replace("——", "")
    pages = {s.span.page for s in doc.sections}
    assert pages <= {1, 2, 3, 4} and len(pages) >= 2
    third = doc.sections[2]
    assert third.span.page is not None and third.span.page >= 3
    for para in doc.preamble:
        assert para.span.page == 1


def test_paragraphs_running_over_a_page_end_are_joined_and_reported() -> None:
    doc = govdoc.parse(PDF / "seed-official.pdf")
    joined = [w for w in doc.warnings if w.code == "page-break-joined"]
    assert joined and all(w.span is not None and w.span.page for w in joined)
    for w in joined:
        assert w.span is not None
        assert "\n" not in doc.text[w.span.start : w.span.end]


def test_cjk_is_not_spaced_and_latin_spaces_stay() -> None:
    doc = govdoc.parse(PDF / "seed-official.pdf")
    assert "第152038号提案的答复" in doc.text
    assert "研究制定专项扶持政策 and 行动方案" in doc.text


def test_backends_agree_on_the_shared_office_pdf() -> None:
    path = need_shared(SHARED / "fixtures" / "putuo-office.pdf")
    a = govdoc.parse(path)
    b = govdoc.parse(path, pdf_backend="pdfplumber")
    assert a.text == b.text and a.header == b.header and a.sections == b.sections and a.signature == b.signature


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError):
        govdoc.parse(PDF / "numbering-levels.pdf", pdf_backend="nope")


@pytest.mark.parametrize("backend", ["pypdfium2", "pdfplumber"])
def test_scan_without_text_layer(backend: str) -> None:
    with pytest.raises(govdoc.NoTextLayerError):
        govdoc.parse(PDF / "scanned.pdf", pdf_backend=backend, ocr="never")  # OCR'd scans: test_ocr.py


def test_partly_scanned_parses_and_names_the_pages() -> None:
    doc = govdoc.parse(PDF / "partly-scanned.pdf", ocr="never")
    warnings = [w for w in doc.warnings if w.code == "pages-without-text"]
    assert len(warnings) == 1 and "2" in warnings[0].message
    assert doc.source.pages == 2 and doc.header.recipients == ("周某委员",)


@pytest.mark.parametrize("backend", ["pypdfium2", "pdfplumber"])
def test_user_password_is_encrypted_owner_password_opens(backend: str) -> None:
    with pytest.raises(govdoc.EncryptedError):
        govdoc.parse(PDF / "seed-encrypted.pdf", pdf_backend=backend)
    assert govdoc.parse(PDF / "seed-owner-password.pdf").header.recipients == ("周某委员",)


@pytest.mark.parametrize("backend", ["pypdfium2", "pdfplumber"])
def test_damaged_files_are_corrupt(backend: str) -> None:
    data = (PDF / "seed-official.pdf").read_bytes()
    for broken in (data[: len(data) // 2], b"%PDF-1.7\n" + bytes(range(256)) * 20):
        with pytest.raises(govdoc.CorruptFileError):
            govdoc.parse(broken, format="pdf", pdf_backend=backend)


def test_rotated_page_parses_with_a_warning() -> None:
    doc = govdoc.parse(PDF / "rotated.pdf")
    assert any(w.code == "layout-unusual" and "1" in w.message for w in doc.warnings)


def _chars(
    text: str, x: float, y: float, size: float = 16.0, step: float | None = None, font: str = "FangSong"
) -> list[Glyph]:
    step = size if step is None else step
    return [Glyph(ch, x + k * step, x + k * step + step, y, size, font) for k, ch in enumerate(text)]


def test_overprinted_characters_are_read_once() -> None:
    fake_bold = _chars("一是加强领导", 100, 200) + _chars("一是加强领导", 100.3, 200.2)
    lines = page_lines(Page(1, 595, 842, 0, fake_bold))
    assert [ln.text for ln in lines] == ["一是加强领导"]


def test_spaces_only_between_latin_words() -> None:
    chars = _chars("第", 100, 200) + _chars("152038", 120, 200, step=8) + _chars("号", 172, 200)
    chars += _chars("and", 200, 200, step=8) + _chars("plan", 232, 200, step=8)
    assert line_of(sorted(chars, key=lambda c: c.x0), 1).text == "第152038号 and plan"
    block = _chars("1号楼", 100, 200) + _chars("B", 152, 200, step=8) + _chars("区", 164, 200)
    assert line_of(sorted(block, key=lambda c: c.x0), 1).text == "1号楼B区"


def test_running_heads_and_page_numbers_are_set_aside_from_the_flow() -> None:
    pages = []
    for n in range(1, 4):
        head = _chars("某某局信息公开", 200, 30)
        body = _chars("正文内容第一行", 100, 300 + n)
        foot = _chars(f"— {n} —", 280, 800, step=8)
        pages.append(page_lines(Page(n, 595, 842, 0, head + body + foot)))
    aside = set_aside(pages, [842.0] * 3)
    assert [[ln.text for ln in lines] for lines in pages] == [["正文内容第一行"]] * 3
    assert [[(ln.text, ln.edge, ln.repeats) for ln in lines] for lines in aside] == [
        [("某某局信息公开", "top", 3), (f"— {n} —", "bottom", 3)] for n in range(1, 4)
    ]


def test_two_columns_are_noticed() -> None:
    lines = []
    for row in range(10):
        lines.extend(_chars("左栏文字内容", 60, 100 + row * 20))
        lines.extend(_chars("右栏文字内容", 360, 100 + row * 20))
    assert two_columns(page_lines(Page(1, 595, 842, 0, lines)), 595)
    single = [c for row in range(10) for c in _chars("只有一栏的正文内容", 60, 100 + row * 20)]
    assert not two_columns(page_lines(Page(1, 595, 842, 0, single)), 595)
