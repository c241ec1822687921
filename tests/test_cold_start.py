"""A text parse loads only what a text parse uses: no reader of another format, no OCR engine,
no service, no table or word-segmentation library, no OpenCC for a text without traditional
characters, and `govdoc parse` of a small text file starts no worker process. Each of those
costs start-up time in every `govdoc parse x.txt` and every batch worker, so one that creeps in
through an import at module level is a regression even when the output stays right. Checked
in a fresh interpreter, as is the whole cold start's cost against a bare interpreter's."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

NOTICE = (
    "关于做好秋季防火工作的通知\n\n各街道办事处：\n\n现将有关事项通知如下。\n\n"
    "一、加强巡查\n\n各单位每日巡查一次。\n\n某区应急管理局\n2025年10月8日\n"
)

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
    "opencc",  # only a text with traditional characters asks OpenCC for its phrases
    "multiprocessing",  # the API parses in the caller's process
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
    path.write_text(NOTICE, encoding="utf-8")
    loaded = _loaded_by_text_parse(path)
    assert "govdoc.readers.text" in loaded  # the probe really parsed text
    assert _heavy(loaded) == []


def test_the_check_itself_sees_a_heavy_module() -> None:
    """The filter is no rubber stamp: a PDF reader module in the list is reported."""
    assert _heavy(["govdoc", "govdoc.readers.pdf_chars", "pypdfium2.raw", "numpyish"]) == [
        "govdoc.readers.pdf_chars",
        "pypdfium2.raw",
    ]


def test_importing_the_pipeline_compiles_no_pattern_and_a_parse_only_those_it_uses() -> None:
    probe = """
import json, govdoc, govdoc.pipeline
from govdoc import patterns
lazy = [v for v in vars(patterns).values() if type(v).__name__ == "_Lazy"]
at_import = sum("search" in vars(v) for v in lazy)
govdoc.parse_text(__import__("sys").argv[1])
print(json.dumps([len(lazy), at_import, sum("search" in vars(v) for v in lazy)]))
"""
    proc = subprocess.run([sys.executable, "-c", probe, NOTICE], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    total, at_import, after_parse = json.loads(proc.stdout)
    assert total > 80  # the probe sees the module's patterns
    assert at_import == 0
    assert 0 < after_parse < total


def _cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    """CPU time (user + system) of one child: waiting for a busy machine's cores does not count."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def test_a_cold_text_parse_costs_a_small_multiple_of_a_bare_interpreter(tmp_path: Path) -> None:
    """`govdoc parse x.txt` from a fresh interpreter, against `python -I -S -c pass`.

    CPU time, the least of three interleaved runs each, so a loaded machine moves both alike.
    The bare interpreter runs without `site`, whose cost depends on what else is installed
    (here a `.pth` file alone costs twice a bare start), so the ratio means the same in a
    fresh virtual environment. Bytecode is cached first, as an installed package has it.
    On this 2-core machine (a bare start 7 ms of CPU) the ratio was 29 before the cold-start
    work and 21 after it; 40 leaves room for another machine and fails on a heavy import
    (pandas alone adds about 40).
    """
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    parse = [sys.executable, "-m", "govdoc", "parse", str(path)]
    bare = [sys.executable, "-I", "-S", "-c", "pass"]
    _cpu_seconds(parse, env)  # writes the bytecode cache
    parses, bares = [], []
    for _ in range(3):
        bares.append(_cpu_seconds(bare, env))
        parses.append(_cpu_seconds(parse, env))
    assert min(parses) / max(min(bares), 1e-3) <= 40
