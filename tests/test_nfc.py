"""Every string is NFC in every format, with bold runs moved along with the text.

Compatibility ideographs (U+F900 …, which PDFs often extract) and decomposed accents turn into
their canonical forms once, in the readers' common path, before any offset exists.
"""

from __future__ import annotations

import unicodedata

import pytest

import govdoc
from govdoc.readers.builder import nfc, nfc_block
from govdoc.readers.geometry import Glyph, Page
from govdoc.state import Block
from tests.docx_builder import make_docx, p

COMPAT = "\uf900"  # CJK COMPATIBILITY IDEOGRAPH-F900, canonically 豈 U+8C48
E_ACUTE = "e\u0301"  # decomposed é: two characters that become one


def _leads(doc: govdoc.Document) -> list[str]:
    return [item.lead for para in doc.preamble for item in para.items]


def test_a_block_in_nfc_moves_its_bold_runs_with_its_text() -> None:
    block = Block(E_ACUTE * 3 + "加强" + COMPAT + "管理", bold=[(6, 10)], gaps=[6], joins=[8])
    nfc_block(block)
    assert block.text == "ééé加强豈管理"
    assert block.bold == [(3, 7)] and block.text[3:7] == "加强豈管"
    assert block.gaps == [3] and block.joins == [5]


def test_an_offset_inside_a_composed_piece_moves_to_its_edges() -> None:
    moved = nfc("a" + E_ACUTE + "b")
    assert moved is not None and moved.text == "aéb"
    assert moved.span(2, 3) == (1, 2)  # the accent alone becomes the whole é
    assert nfc("已是 NFC 的文字") is None


def test_html_text_is_nfc_and_bold_leads_still_fit(tmp_path: object) -> None:
    html = (
        "<html><body><p>关于加强" + COMPAT + "管理的通知</p>"
        "<p>"
        + E_ACUTE * 3
        + "情况如下。一是<b>加强"
        + COMPAT
        + "管理</b>，落实责任。二是<b>完善机制</b>，定期通报。</p>"
        "</body></html>"
    )
    doc = govdoc.parse(html.encode("utf-8"), format="html")
    assert unicodedata.is_normalized("NFC", doc.text) and COMPAT not in doc.text
    assert "加强豈管理" in doc.text and "ééé" in doc.text
    assert _leads(doc) == ["加强豈管理", "完善机制"]


def test_docx_text_is_nfc_and_bold_leads_still_fit() -> None:
    body = (
        p("关于加强" + COMPAT + "管理的通知")
        + '<w:p><w:r><w:t xml:space="preserve">'
        + E_ACUTE * 3
        + "情况如下。一是</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>加强"
        + COMPAT
        + "管理</w:t></w:r><w:r><w:t>，落实责任。二是</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>完善机制</w:t></w:r>"
        + "<w:r><w:t>，定期通报。</w:t></w:r></w:p>"
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    assert unicodedata.is_normalized("NFC", doc.text) and COMPAT not in doc.text
    assert "ééé" in doc.text
    assert _leads(doc) == ["加强豈管理", "完善机制"]


def _page(lines: list[tuple[str, str]]) -> list[Page]:
    """One A4 page; each line is (text, font), set character by character at 16 pt."""
    page = Page(1, 595.0, 842.0, 0)
    for row, (text, font) in enumerate(lines):
        x = 90.0
        for ch in text:
            width = 8.0 if ch.isascii() or unicodedata.combining(ch) else 16.0
            page.glyphs.append(Glyph(ch, x, x + width, 120.0 + 30 * row, 16.0, font))
            x += width
    return [page]


def test_pdf_text_is_nfc_and_bold_leads_still_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFs extract compatibility ideographs more than any other format; the characters here are
    given to the layout code directly, as a backend would give them."""
    pages = _page(
        [
            ("关于加强" + COMPAT + "管理的通知", "SimSun"),
            ("情况如下。一是", "SimSun"),
            ("加强" + COMPAT + "管理", "SimHei-Bold"),
            ("，落实责任。二是", "SimSun"),
        ]
    )
    monkeypatch.setattr("govdoc.readers.pdf.read_pages", lambda data, backend, path, **_: pages)
    doc = govdoc.parse(b"%PDF-1.7", format="pdf")
    assert unicodedata.is_normalized("NFC", doc.text) and COMPAT not in doc.text
    assert "加强豈管理" in doc.text


def test_text_input_is_nfc() -> None:
    doc = govdoc.parse_text("关于加强" + COMPAT + "管理的通知\n" + E_ACUTE + "一是加强领导。二是完善机制。")
    assert unicodedata.is_normalized("NFC", doc.text) and "豈" in doc.text and "é" in doc.text
