"""Session 17's clean-up of repeated work: each test pins a piece of work now done once.

Expected values are written by hand from the inputs (the tables and lines below are the tests' own).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import govdoc.readers.text as text_reader
from govdoc.batch import run_batch
from govdoc.batch import tables as T


def test_a_tables_encoding_is_decoded_once_for_the_column_check_and_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run checks a table's columns before it starts and streams its rows later: both need the
    table's codec, which the first MiB's decoding gives; the file unchanged, it is decoded once."""
    table = tmp_path / "export.csv"
    with open(table, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([["编号", "正文"], ["1", "某县交通运输局关于优化公交线路的答复"]])
    calls: list[int] = []
    decode = text_reader.decode_repaired

    def counted(data: bytes, path: str | None = None) -> tuple[str, str, object]:
        calls.append(len(data))
        return decode(data, path=path)  # type: ignore[return-value]

    monkeypatch.setattr(text_reader, "decode_repaired", counted)
    T._encoding_of.cache_clear()
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文", id_column="编号")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"].rsplit("!/", 1)[1] for r in records] == ["id/1"]
    assert records[0]["source"]["encoding"] == "gb18030"
    assert len(calls) == 1
