"""A text parse loads only what a text parse uses: no reader of another format, no OCR engine,
no service, no table or word-segmentation library. Each of those costs start-up time in every
`govdoc parse x.txt` and every batch worker, so one that creeps in through an import at module
level is a regression even when the output stays right. Checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Top-level names of modules a text parse must not import (a prefix covers the package's modules).
NOT_FOR_TEXT = (
    "govdoc.readers.pdf",
    "govdoc.readers.pdf_chars",
    "govdoc.readers.docx",
    "govdoc.readers.html",
    "govdoc.readers.ofd",
    "govdoc.readers.ocr",
    "govdoc.readers.ocr_image",
    "govdoc.readers.image",
    "govdoc.readers.geometry",
    "govdoc.service",
    "govdoc.enrichment",
    "govdoc.table",
    "pypdfium2",
    "pdfplumber",
    "pdfminer",
    "lxml",
    "PIL",
    "numpy",
    "rapidocr_onnxruntime",
    "onnxruntime",
    "jieba",
    "pandas",
    "pyarrow",
)

_PROBE = """
import json, sys
import govdoc
doc = govdoc.parse(sys.argv[1])
assert doc.sections or doc.preamble, "the text parsed to nothing"
print(json.dumps(sorted(sys.modules)))
"""


def _loaded_by_text_parse(path: Path) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert proc.returncode == 0, proc.stderr
    loaded: list[str] = json.loads(proc.stdout)
    return loaded


def _heavy(loaded: list[str]) -> list[str]:
    return [m for m in loaded if any(m == name or m.startswith(name + ".") for name in NOT_FOR_TEXT)]


def test_a_text_parse_imports_no_other_reader_nor_heavy_library(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(
        "关于做好秋季防火工作的通知\n\n各街道办事处：\n\n现将有关事项通知如下。\n\n"
        "一、加强巡查\n\n各单位每日巡查一次。\n\n某区应急管理局\n2025年10月8日\n",
        encoding="utf-8",
    )
    loaded = _loaded_by_text_parse(path)
    assert "govdoc.readers.text" in loaded  # the probe really parsed text
    assert _heavy(loaded) == []


def test_the_check_itself_sees_a_heavy_module() -> None:
    """The filter is no rubber stamp: a PDF reader module in the list is reported."""
    assert _heavy(["govdoc", "govdoc.readers.pdf_chars", "pypdfium2.raw", "numpyish"]) == [
        "govdoc.readers.pdf_chars",
        "pypdfium2.raw",
    ]
