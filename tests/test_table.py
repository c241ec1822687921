"""The document table: one flat row per input (to_records, to_dataframe, --table csv/parquet),
derived from the whole batch output so that resume, retry and a kill never lose rows."""

from __future__ import annotations

import csv
import io
import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import govdoc
from govdoc.batch import run_batch
from govdoc.table import COLUMNS, NAMES
from tests.conftest import FIXTURES

REPLY = """办理结果：B

某市某区交通运输委员会文件

某交提〔2024〕21号

关于区政协三届二次会议第0815号提案的答复

张某委员，区政协提案委员会：

您提出的《关于优化社区巴士线路的提案》收悉，现答复如下：

一、工作现状

今年以来，一是调整了三条线路。二是新增了站点。

二、下一步打算

下一步，我委将继续优化线路。

感谢您对交通工作的关心。

某市某区交通运输委员会

2024年5月20日

联系人：王某

联系电话：12345678

地址：某路1号
"""


@pytest.fixture()
def reply(tmp_path: Path) -> Path:
    path = tmp_path / "reply.txt"
    path.write_text(REPLY, encoding="utf-8")
    return path


def test_a_document_becomes_one_flat_row_with_the_documented_columns(reply: Path) -> None:
    (row,) = govdoc.to_records([govdoc.parse(reply)])
    assert tuple(row) == NAMES
    expected = {
        "path": str(reply),
        "format": "txt",
        "encoding": "utf-8",
        "pages": None,
        "kind": "reply",
        "title": "关于区政协三届二次会议第0815号提案的答复",
        "issuer": "某市某区交通运输委员会",
        "doc_number": "某交提〔2024〕21号",
        "doc_number_agency": "某交提",
        "doc_number_year": 2024,
        "doc_number_serial": 21,
        "recipients": "张某委员；区政协提案委员会",
        "responds_to_body": "政协",
        "responds_to_level": "区",
        "responds_to_term": 3,
        "responds_to_session": 2,
        "responds_to_number": "0815",
        "responds_to_kind": "提案",
        "handling_result": "B",
        "signature_date": "2024-05-20",
        "signature_issuers": "某市某区交通运输委员会",
        "contact_name": "王某",
        "contact_phones": "12345678",
        "contact_address": "某路1号",
        "sections": 2,
        "sections_all": 2,
        "items": 2,
        "attachments": 0,
        "error_code": None,
    }
    assert {k: row[k] for k in expected} == expected
    assert len(row["sha256"]) == 64


def test_an_error_record_is_a_row_with_its_code_and_nothing_else() -> None:
    (row,) = govdoc.to_records(
        [{"path": "a.pdf", "sha256": "ab" * 32, "error": {"code": "no-text-layer", "message": "scanned"}}]
    )
    assert (row["path"], row["error_code"], row["error_message"]) == ("a.pdf", "no-text-layer", "scanned")
    assert all(row[c] is None for c in NAMES if c not in ("path", "sha256", "error_code", "error_message"))


def test_to_dataframe_has_typed_columns(reply: Path) -> None:
    pytest.importorskip("pandas")
    frame = govdoc.to_dataframe([govdoc.parse(reply), {"path": "x", "error": {"code": "timeout", "message": "m"}}])
    assert list(frame.columns) == list(NAMES) and len(frame) == 2
    assert str(frame["doc_number_year"].dtype) == "Int64" and frame["doc_number_year"].isna().tolist() == [False, True]
    assert frame["error_code"].tolist()[1] == "timeout"


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch, reply: Path) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(govdoc.MissingDependencyError) as info:
        govdoc.to_dataframe([govdoc.parse(reply)])
    assert info.value.code == "missing-dependency" and "govdoc[pandas]" in info.value.message


def _inputs(tmp_path: Path, reply: Path) -> list[str]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return [str(reply), str(FIXTURES / "putuo-reply-2023.txt"), str(empty)]


def test_batch_table_csv_has_a_bom_and_one_row_per_input_errors_included(tmp_path: Path, reply: Path) -> None:
    out, table = tmp_path / "out.jsonl", tmp_path / "docs.csv"
    run_batch(_inputs(tmp_path, reply), out, workers=1, table=table, quiet=True, ordered=True)
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["path"] for r in rows] == _inputs(tmp_path, reply)
    assert [r["error_code"] for r in rows] == ["", "", "empty-document"]
    assert rows[1]["doc_number"] == "普发改委〔2023〕10号" and rows[1]["handling_result"] == "A"


def test_batch_table_parquet_keeps_integer_columns(tmp_path: Path, reply: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out, table = tmp_path / "out.jsonl", tmp_path / "docs.parquet"
    run_batch(_inputs(tmp_path, reply), out, workers=1, table=table, quiet=True, ordered=True)
    got = pq.read_table(table)
    assert got.column_names == list(NAMES) and got.num_rows == 3
    assert str(got.schema.field("doc_number_year").type) == "int64"
    assert got.column("doc_number_year").to_pylist() == [2024, 2023, None]
    assert all(c.type in ("str", "int") for c in COLUMNS)


def test_the_readme_recipes_run_over_the_batch_output(
    tmp_path: Path, reply: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    out, table = tmp_path / "out.jsonl", tmp_path / "docs.parquet"
    run_batch(_inputs(tmp_path, reply), out, workers=1, table=table, quiet=True)
    monkeypatch.chdir(tmp_path)
    # pandas, as the README gives it
    docs = pd.read_parquet("docs.parquet")
    by_kind = docs.groupby("kind")["path"].count()
    assert by_kind.to_dict() == {"reply": 2}
    # DuckDB, as the README gives it: over the table, and over the JSON Lines directly
    counted = duckdb.sql("SELECT handling_result, count(*) AS n FROM 'docs.parquet' GROUP BY 1 ORDER BY 1").fetchall()
    assert counted == [("A", 1), ("B", 1), (None, 1)]
    titles = duckdb.sql(
        "SELECT header.title FROM read_json_auto('out.jsonl') WHERE schema_version IS NOT NULL ORDER BY 1"
    ).fetchall()
    assert titles == [("关于区政协三届二次会议第0815号提案的答复",), ("对区政协十五届二次会议第152038号提案的答复",)]


def test_a_killed_run_resumed_leaves_items_csv_and_table_complete(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    seed = (FIXTURES / "putuo-reply-2023.txt").read_text(encoding="utf-8")
    for k in range(120):
        (folder / f"{k:03d}.txt").write_text(seed.replace("普陀", f"普陀{k}"), encoding="utf-8")
    out, items, table = tmp_path / "out.jsonl", tmp_path / "items.csv", tmp_path / "docs.csv"
    options = ["-o", str(out), "--items-csv", str(items), "--table", str(table), "--workers", "2", "-q"]
    proc = subprocess.Popen([sys.executable, "-m", "govdoc", "batch", str(folder), *options])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 10):
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < out.read_bytes().count(b"\n") < 120
    from govdoc.cli import main

    assert main(["batch", str(folder), *options, "--resume"]) == 0
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert sorted(r["path"] for r in rows) == sorted(str(p) for p in folder.iterdir())
    item_rows = list(csv.reader(io.StringIO(items.read_text(encoding="utf-8-sig"))))
    per_doc = sum(len(p.items) for p in _all_paragraphs(govdoc.parse(folder / "000.txt")))
    assert per_doc > 0 and len(item_rows) - 1 == 120 * per_doc
    assert not list(tmp_path.glob("*.part"))


def _all_paragraphs(doc: govdoc.Document) -> list[govdoc.Paragraph]:
    return [*doc.preamble, *(p for s in doc.iter_sections() for p in s.paragraphs)]


def test_batch_to_standard_output_writes_json_lines_and_derives_tables_in_step(tmp_path: Path, reply: Path) -> None:
    table = tmp_path / "docs.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "govdoc", "batch", *_inputs(tmp_path, reply), "-o", "-", "--table", str(table)],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 1  # one input is an error record
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert sorted(str(r["path"]) for r in lines) == sorted(_inputs(tmp_path, reply))
    assert b"3 files" in proc.stderr and b"error records" in proc.stderr
    assert len(list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))) == 3
    assert not (tmp_path / "-").exists()


def test_the_readme_documents_every_column() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"| `{column.name}` | {column.type} | {column.description} |" in readme


def _readme_block(after: str) -> str:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    rest = readme[readme.index(after) :]
    start = rest.index("```python\n") + len("```python\n")
    return rest[start : rest.index("```", start)]


def test_the_readme_pandas_and_duckdb_recipes_run_as_written_over_a_folder_batch(
    tmp_path: Path, reply: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("duckdb")
    import contextlib

    from govdoc.cli import main

    folder = tmp_path / "corpus"
    folder.mkdir()
    reply.rename(folder / "reply.txt")
    (folder / "seed.txt").write_bytes((FIXTURES / "putuo-reply-2023.txt").read_bytes())
    (folder / "seed.expected.json").write_text("{}", encoding="utf-8")  # a sidecar: left out, not a row
    (folder / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "corpus", "-o", "out.jsonl", "--table", "docs.csv", "-q", "--allow-errors"]) == 0
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(_readme_block("With pandas, over the table:"), {})
        exec(_readme_block("With DuckDB, over the table"), {})
    text = printed.getvalue()
    # the two replies, one answered A (the seed) and one B; the empty file is an error row, left out
    assert re.search(r"^reply\s+A\s+1$", text, re.M) and re.search(r"^\s+B\s+1$", text, re.M), text
    assert re.search(r"│ reply\s+│\s+2 │\s+2 │", text), text  # kind, n, with_number
    assert re.search(r"│ 政协\s+│\s+2 │", text), text  # both answer a CPPCC proposal
    # and on a run without any error record, where the JSON Lines have no `error` column at all
    (folder / "empty.txt").unlink()
    assert main(["batch", "corpus", "-o", "out.jsonl", "--table", "docs.csv", "-q"]) == 0
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(_readme_block("With pandas, over the table:"), {})
        exec(_readme_block("With DuckDB, over the table"), {})
    assert re.search(r"│ 政协\s+│\s+2 │", printed.getvalue()), printed.getvalue()
