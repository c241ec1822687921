"""A reader's number that `str.isdigit` admits but `int` refuses (², ①, a figure 5,000 digits long) is no
number the reader knows: the reader ignores it (Word's page size) or reads the text as text (Tesseract's TSV),
never an internal error. diffread-B A5, A7: each reader's guard in front of an `int` takes ASCII figures only."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.readers.docx.values import plain_int
from govdoc.readers.ocr_engine import THREADS_VARIABLE, threads
from govdoc.readers.ocr_text import TESSERACT_TSV_HEAD, tesseract_lines
from tests.docx_builder import make_docx, p
from tests.probing import codes

NOT_ASCII_FIGURES = ["²", "①", "٣", "9" * 5000]
KINDS = ["superscript", "circled", "arabic-indic", "5000-figures"]


@pytest.mark.parametrize("height", NOT_ASCII_FIGURES, ids=KINDS)
def test_docx_page_height_not_in_ascii_figures_is_ignored_not_a_crash(height: str) -> None:
    body = (
        p("关于加强河道日常巡查的通知")
        + p("各镇人民政府：")
        + p("请按月上报巡查记录。")
        + f'<w:sectPr><w:pgSz w:w="11906" w:h="{height}"/></w:sectPr>'
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    assert "internal-error" not in codes(doc)
    assert "请按月上报巡查记录。" in doc.text


def _tsv(left: str, top: str, width: str) -> str:
    rows = [
        TESSERACT_TSV_HEAD,
        "5\t1\t1\t1\t1\t1\t120\t210\t64\t36\t91\t河道",
        f"5\t1\t1\t1\t1\t2\t{left}\t{top}\t{width}\t36\t90\t巡查",
    ]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("column", range(3), ids=["left", "top", "width"])
@pytest.mark.parametrize("value", NOT_ASCII_FIGURES, ids=KINDS)
def test_tesseract_tsv_with_a_figure_int_refuses_is_read_as_text(column: int, value: str) -> None:
    cells = ["190", "210", "64"]
    cells[column] = value
    source = _tsv(*cells)
    assert tesseract_lines(source) is None  # no engine wrote this row: the file is no TSV of Tesseract's
    doc = govdoc.parse_text(source)
    assert "internal-error" not in codes(doc)
    assert "巡查" in doc.text
    assert "internal-error" not in codes(govdoc.parse(source.encode()))


def test_tesseract_tsv_of_ascii_figures_still_reads_its_line() -> None:
    assert tesseract_lines(_tsv("190", "210", "64")) == [(2, "河道巡查")]


def test_plain_int_takes_ascii_figures_only() -> None:
    assert plain_int(" 16838 ") == 16838
    assert plain_int("-5") == -5
    assert [plain_int(v) for v in NOT_ASCII_FIGURES] == [None, None, None, None]


@pytest.mark.parametrize("value", ["²", "①", "9" * 5000], ids=["superscript", "circled", "5000-figures"])
def test_ocr_threads_variable_not_in_ascii_figures_falls_back(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(THREADS_VARIABLE, raising=False)
    fallback = threads()
    monkeypatch.setenv(THREADS_VARIABLE, value)
    assert threads() == fallback
