"""One record shape everywhere: source.path in parse and batch, one error record, typed missing extras."""

from __future__ import annotations

import json
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

import govdoc
from govdoc.batch import run_batch
from govdoc.cli import main
from tests.conftest import FIXTURES

REPLY = FIXTURES / "run-in-headings.txt"
PDF = FIXTURES / "pdf" / "numbering-levels.pdf"


def test_batch_records_carry_their_path_in_source_path_too(tmp_path: Path) -> None:
    archive = tmp_path / "in.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(REPLY, "a/reply.txt")
    plain = tmp_path / "reply.txt"
    shutil.copy(REPLY, plain)
    out = tmp_path / "out.jsonl"
    run_batch([str(plain), str(archive)], out, workers=1, quiet=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted((r["path"], r["source"]["path"]) for r in records) == sorted(
        [(str(plain), str(plain)), (f"{archive}!/a/reply.txt", f"{archive}!/a/reply.txt")]
    )


def test_parse_and_batch_write_the_same_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "table.bin"
    bad.write_bytes(b"\x00\x01\x02\x03" * 50)
    assert main(["parse", str(bad), "--format", "jsonl"]) == 1
    from_parse = json.loads(capsys.readouterr().out)
    out = tmp_path / "out.jsonl"
    run_batch([str(bad)], out, workers=1, quiet=True)
    from_batch = json.loads(out.read_text(encoding="utf-8"))
    assert from_parse == from_batch
    assert list(from_batch) == ["path", "sha256", "error"] and list(from_batch["error"]) == ["code", "message"]
    assert from_batch["sha256"] and from_batch["error"]["code"] == "unsupported-format"


def test_enrichment_without_jieba_is_a_typed_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jieba", None)
    with pytest.raises(govdoc.MissingDependencyError) as info:
        govdoc.parse(REPLY, enrich=True)
    assert info.value.code == "missing-dependency" and info.value.extra == "enrich"
    assert "pip install 'govdoc[enrich]'" in info.value.message


def test_the_pdfplumber_backend_without_pdfplumber_is_a_typed_missing_dependency(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(govdoc.MissingDependencyError) as info:
        govdoc.parse(PDF, pdf_backend="pdfplumber")
    assert "govdoc[pdfplumber]" in info.value.message and not isinstance(info.value, govdoc.InternalError)


def test_a_parquet_table_without_pyarrow_stops_the_batch_before_it_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(REPLY), "-o", str(out), "--table", str(tmp_path / "t.parquet"), "--workers", "1"]) == 2
    assert "govdoc[parquet]" in capsys.readouterr().err
