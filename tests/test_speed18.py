"""Session 18's speed steps (issue #19 items 1 and 2) answer exactly what they replace.

The PDF reader makes its ctypes classes once per process (`_prototype`), reads a handle's address
without `ctypes.cast` (which leaves the handle in a cycle of its own), and cuts a document's page
texts into one buffer grown as pages need (`_Runs.text_room`). None of them may change an answer:
the page text is pypdfium2's on every fixture page, and an entry point made from a shared prototype
answers as pypdfium2's declared one does. What they remove is work the cyclic collector did: a parse
leaves it no ctypes class and no handle to free.
"""

from __future__ import annotations

import ctypes
import gc
from collections import Counter
from pathlib import Path

import pytest

from tests.test_pdf_runs import PDFS

ROOT = Path(__file__).resolve().parent.parent


def test_entry_points_of_one_result_type_share_one_prototype_made_once() -> None:
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import _bare

    first = _bare(raw.FPDFText_CountChars, ctypes.c_int)
    again = _bare(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
    assert type(first) is type(again)
    assert type(_bare(raw.FPDFText_GetTextObject)) is type(_bare(raw.FPDFTextObj_GetFont, None, (ctypes.c_void_p,)))
    assert type(first) is not type(_bare(raw.FPDFText_GetFontSize, ctypes.c_double))
    assert _bare(raw.FPDFTextObj_GetFont, None, (ctypes.c_void_p,)).argtypes == [ctypes.c_void_p]
    assert not _bare(raw.FPDFText_GetTextObject).argtypes  # another entry point of the class declares none


def test_a_handles_address_is_read_without_leaving_the_handle_in_a_cycle() -> None:
    from govdoc.readers.pdf_chars import _address

    target = ctypes.c_int(7)
    handle = ctypes.pointer(target)
    assert _address(handle) == ctypes.addressof(target) == ctypes.cast(ctypes.pointer(target), ctypes.c_void_p).value
    assert handle._objects is None or handle not in handle._objects.values()  # type: ignore[attr-defined]
    assert _address(ctypes.POINTER(ctypes.c_int)()) == 0  # a NULL handle reads as no address


def test_the_documents_text_buffer_is_grown_only_when_a_page_needs_more() -> None:
    from govdoc.readers.pdf_chars import _Runs

    runs = _Runs()
    small = runs.text_room(10)
    assert len(small) >= 10 and runs.text_room(4) is small and runs.text_room(10) is small
    larger = runs.text_room(11)
    assert larger is not small and len(larger) >= 20  # doubled: a document of growing pages grows it a few times


@pytest.mark.parametrize("path", [p for p in PDFS if p.exists()], ids=lambda p: p.name)
def test_page_text_cut_into_the_documents_buffer_is_pypdfium2s_text(path: Path) -> None:
    import pypdfium2

    from govdoc.readers.pdf_chars import PDFIUM_LOCK, _page_text, _Runs

    runs = _Runs()
    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(path.read_bytes())
        try:
            for page in document:
                textpage = page.get_textpage()
                count = textpage.count_chars()
                expected = textpage.get_text_range(0, count) if count > 0 else ""
                got = _page_text(textpage.raw, count, runs.text_room) if count > 0 else ""
                assert got == expected
                textpage.close()
                page.close()
        finally:
            document.close()


def test_a_pdf_parse_leaves_the_cyclic_collector_no_ctypes_class_and_no_page_handle() -> None:
    import govdoc

    data = (ROOT / "fixtures" / "pdf" / "numbering-levels.pdf").read_bytes()
    govdoc.parse(data, format="pdf")  # imports, compiled patterns, the process's prototypes
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        govdoc.parse(data, format="pdf")
        gc.collect()
        kinds = Counter(type(o).__name__ for o in gc.garbage)
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    assert kinds["PyCFuncPtrType"] == 0
    assert not [k for k in kinds if k.startswith("LP_")]  # the page and text page handles: freed as they go
