"""Session 13's speed steps answer exactly what they replace.

The PDF reader's calls into PDFium take the text page as an argument object made once per page
(`_handle_argument`), and the calls that answer a C int have no result type of their own
(`_bare`): both only skip ctypes' per-call look-ups, so every answer must be the one pypdfium2's
declared functions give, on every character of every PDF fixture, errors (-1) included.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.conftest import FIXTURES, SHARED

PDFS = [
    FIXTURES / "pdf" / "seed-official.pdf",
    FIXTURES / "pdf" / "numbering-levels.pdf",
    FIXTURES / "pdf" / "rotated.pdf",
    FIXTURES / "pdf" / "partly-scanned.pdf",
    SHARED / "fixtures" / "putuo-office.pdf",
]


@contextmanager
def _text_pages(path: Any) -> Iterator[list[Any]]:
    """Every text page of a PDF, loaded through pypdfium2's declared functions, under PDFium's lock."""
    import pypdfium2
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import PDFIUM_LOCK

    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(path.read_bytes())
        pages = [raw.FPDF_LoadPage(document.raw, k) for k in range(len(document))]
        texts = [raw.FPDFText_LoadPage(page) for page in pages]
        try:
            yield texts
        finally:
            for text, page in zip(texts, pages, strict=True):
                raw.FPDFText_ClosePage(text)
                raw.FPDF_ClosePage(page)
            document.close()


@pytest.mark.parametrize("path", [p for p in PDFS if p.exists()], ids=lambda p: p.name)
def test_the_text_page_as_an_argument_made_once_answers_what_the_declared_calls_answer(path: Any) -> None:
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import _handle_argument, _Runs

    runs = _Runs()
    box = ctypes.c_float * 4
    with _text_pages(path) as texts:
        for text in texts:
            page = _handle_argument(text)
            n = raw.FPDFText_CountChars(text)
            assert runs.count(text) == runs.count_chars(page) == n
            for i in [*range(n), -1, n]:  # and two characters that are not there: PDFium's errors
                ours, theirs = box(), box()
                assert runs.loose_box(page, i, ctypes.byref(ours)) == raw.FPDFText_GetLooseCharBox(
                    text, i, ctypes.cast(ctypes.byref(theirs), ctypes.POINTER(raw.FS_RECTF))
                )
                assert list(ours) == list(theirs)
                obj = raw.FPDFText_GetTextObject(text, i)
                assert runs.text_object(page, i) == (ctypes.cast(obj, ctypes.c_void_p).value if obj else None)
                assert runs.is_generated(page, i) == raw.FPDFText_IsGenerated(text, i)
                assert runs.font_size(page, i) == raw.FPDFText_GetFontSize(text, i)
                assert runs.angle(page, i) == raw.FPDFText_GetCharAngle(text, i)


def test_a_call_answering_a_c_int_answers_negative_numbers_and_zero_as_they_are() -> None:
    """The int-answering calls read PDFium's `int` as a signed C int: -1 (PDFium's "none") stays -1."""
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import _bare, _handle_argument

    is_generated = _bare(raw.FPDFText_IsGenerated, ctypes.c_int)
    assert is_generated.restype is None  # no result type of its own: ctypes' default, a C int
    with _text_pages(PDFS[0]) as texts:
        page = _handle_argument(texts[0])
        assert is_generated(page, -1) == raw.FPDFText_IsGenerated(texts[0], -1) == -1
        assert is_generated(page, 0) == raw.FPDFText_IsGenerated(texts[0], 0) == 0


def test_no_handle_is_no_argument() -> None:
    """A null handle (PDFium could not load the page) is refused before any call is made with it."""
    from govdoc.readers.pdf_chars import _handle_argument

    with pytest.raises(ValueError):
        _handle_argument(ctypes.c_void_p(0))
