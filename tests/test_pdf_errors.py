"""The PDF reader reports damage the backend finds as `corrupt-file`, and its own bugs as bugs.

Only the calls into PDFium or pdfminer are wrapped: a fault in govdoc's handling of the
characters they return must surface as `internal-error`, never be blamed on the user's file.
"""

from __future__ import annotations

import pytest

import govdoc
from govdoc.readers import pdf_chars
from tests.conftest import FIXTURES

PDF = FIXTURES / "pdf" / "numbering-levels.pdf"
BACKENDS = ("pypdfium2", "pdfplumber")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_fault_in_our_character_handling_is_an_internal_error(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(raw: str) -> str:
        raise IndexError("a bug of govdoc's, not damage in the file")

    monkeypatch.setattr(pdf_chars, "font_base", broken)
    with pytest.raises(govdoc.InternalError) as info:
        govdoc.parse(PDF, pdf_backend=backend)
    assert isinstance(info.value.__cause__, IndexError)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_truncated_pdf_is_a_corrupt_file_for_either_backend(backend: str) -> None:
    data = (FIXTURES / "pdf" / "seed-official.pdf").read_bytes()[:9000]
    with pytest.raises(govdoc.GovDocError) as info:
        govdoc.parse(data, format="pdf", pdf_backend=backend)
    assert info.value.code == "corrupt-file"


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_encrypted_pdf_is_still_reported_as_encrypted(backend: str) -> None:
    data = (FIXTURES / "pdf" / "seed-encrypted.pdf").read_bytes()
    with pytest.raises(govdoc.GovDocError) as info:
        govdoc.parse(data, format="pdf", pdf_backend=backend)
    assert info.value.code == "encrypted"
