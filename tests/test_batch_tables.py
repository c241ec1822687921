"""`govdoc batch --text-column`: a registry's export (CSV, TSV, JSON Lines), one document per row.

Every table here is written by the tests; the expected records are written by hand from the rows.
"""

from __future__ import annotations

import codecs
import csv
import json
from pathlib import Path

import pytest

from govdoc.batch import run_batch
from govdoc.batch import tables as T
from govdoc.cli import main

_REPLY = """关于优化公交线路的提案的答复

{who}委员：

您提出的关于优化公交线路的提案收悉。现答复如下：

我局已调整公交线路{n}条。

某县交通运输局
2024年7月{day}日
"""


def _reply(who: str, n: str, day: int) -> str:
    return _REPLY.format(who=who, n=n, day=day)


def _records(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _by_path(out: Path) -> dict[str, dict[str, object]]:
    return {str(r["path"]).rsplit("!/", 1)[1]: r for r in _records(out)}


def _write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def _title(record: dict[str, object]) -> object:
    header = record["header"]
    assert isinstance(header, dict)
    return header["title"]


def _error(record: dict[str, object]) -> object:
    error = record["error"]
    assert isinstance(error, dict)
    return error["code"]


def test_each_row_of_a_csv_export_is_one_document_named_by_its_id(tmp_path: Path) -> None:
    table = _write_csv(
        tmp_path / "export.csv",
        [
            ["编号", "标题", "正文"],
            ["JT-0312", "公交", _reply("张某", "三", 1)],
            ["JT-0313", "公交", _reply("王某", "五", 2)],
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(table), "--text-column", "正文", "--id-column", "编号", "-o", str(out), "-q"]) == 0
    found = _by_path(out)
    assert sorted(found) == ["id/JT-0312", "id/JT-0313"]
    first = found["id/JT-0312"]
    assert first["path"] == f"{table}!/id/JT-0312"
    assert _title(first) == "关于优化公交线路的提案的答复"
    source = first["source"]
    assert isinstance(source, dict)
    assert (source["path"], source["format"], source["encoding"]) == (f"{table}!/id/JT-0312", "txt", "utf-8")
    header = first["header"]
    assert isinstance(header, dict) and header["recipients"] == ["张某委员"]
    signature = found["id/JT-0313"]["signature"]
    assert isinstance(signature, dict) and signature["date"] == "2024-07-02"


def test_without_an_id_column_a_row_is_named_by_its_number(tmp_path: Path) -> None:
    table = _write_csv(tmp_path / "export.csv", [["正文"], [_reply("张某", "三", 1)], [], [_reply("李某", "四", 3)]])
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文")
    assert sorted(_by_path(out)) == ["row/1", "row/2"]  # the blank line is no row


def test_a_tsv_in_gb18030_is_read_by_the_projects_decoding(tmp_path: Path) -> None:
    table = _write_csv(
        tmp_path / "export.tsv",
        [["id", "body"], ["7", _reply("赵某", "六", 9)]],
        encoding="gb18030",
        delimiter="\t",
    )
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="body", id_column="id")
    [record] = _records(out)
    source = record["source"]
    assert isinstance(source, dict) and source["encoding"] == "gb18030"
    assert _title(record) == "关于优化公交线路的提案的答复"


def test_bad_rows_are_error_records_and_the_run_goes_on(tmp_path: Path) -> None:
    table = _write_csv(
        tmp_path / "export.csv",
        [
            ["编号", "标题", "正文"],
            ["A-1", "空", ""],
            ["A-2"],  # cut short: no 正文 cell
            ["A-3", "好", _reply("钱某", "二", 5)],
            ["A-3", "又一行", _reply("孙某", "一", 6)],  # the same id again
            ["", "无编号", _reply("周某", "七", 8)],  # no id: its row number
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(table), "--text-column", "正文", "--id-column", "编号", "-o", str(out), "-q"]) == 1
    found = _by_path(out)
    assert sorted(found) == ["id/A-1", "id/A-2", "id/A-3", "id/A-3#2", "row/5"]
    assert _error(found["id/A-1"]) == "empty-document"
    assert _error(found["id/A-2"]) == "corrupt-file"
    assert found["id/A-2"]["sha256"] is None
    assert _title(found["id/A-3#2"]) == "关于优化公交线路的提案的答复"
    assert "error" not in found["row/5"]


def test_a_row_with_more_cells_than_the_header_is_an_error_record_not_a_cut_text(tmp_path: Path) -> None:
    """A body holding the delimiter, written unquoted (`…收悉,现答复如下`), spills into cells the header
    does not name: its text cell holds only the body's first part, so the row is `corrupt-file`, not a
    shortened document; trailing empty cells (a comma ending every row) are no such spill."""
    table = tmp_path / "export.csv"
    table.write_text(
        "编号,正文\n"
        "B-1,您提出的提案收悉,现答复如下：我局已调整公交线路三条。\n"
        'B-2,"' + _reply("吴某", "四", 9) + '",,\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(table), "--text-column", "正文", "--id-column", "编号", "-o", str(out), "-q"]) == 1
    found = _by_path(out)
    assert sorted(found) == ["id/B-1", "id/B-2"]
    assert _error(found["id/B-1"]) == "corrupt-file"
    assert _title(found["id/B-2"]) == "关于优化公交线路的提案的答复"


@pytest.mark.parametrize(
    ("mark", "encoding"),
    [(codecs.BOM_UTF8, "gb18030"), (codecs.BOM_UTF16_LE, "utf-8")],
    ids=["utf-8-mark-before-gb18030", "utf-16-mark-before-utf-8"],
)
def test_a_byte_order_mark_the_content_belies_is_skipped_and_the_content_read(
    tmp_path: Path, mark: bytes, encoding: str
) -> None:
    """A tool that wrote a mark of one encoding before text of another: the table is streamed in the
    encoding its content is in (what the decoding found), the mark's bytes skipped, so the header's first
    column is its own name and every row's text reads as written."""
    table = tmp_path / "export.csv"
    rows = [["编号", "正文"], ["C-1", _reply("郑某", "五", 10)]]
    with open(tmp_path / "plain.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    table.write_bytes(mark + (tmp_path / "plain.csv").read_text(encoding="utf-8").encode(encoding))
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文", id_column="编号")
    [record] = _records(out)
    assert str(record["path"]).endswith("!/id/C-1")
    assert _title(record) == "关于优化公交线路的提案的答复"
    source = record["source"]
    assert isinstance(source, dict) and source["encoding"] == encoding


def test_a_missing_column_stops_the_run_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = _write_csv(tmp_path / "export.csv", [["编号", "内容"], ["1", _reply("张某", "三", 1)]])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(table), "--text-column", "正文", "-o", str(out), "-q"]) == 2
    assert "has no column '正文' (its columns: 编号, 内容)" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(ValueError, match="has no column '档号'"):
        run_batch([str(table)], out, quiet=True, text_column="内容", id_column="档号")
    with pytest.raises(ValueError, match="needs --text-column"):
        run_batch([str(table)], out, quiet=True, id_column="编号")
    with pytest.raises(ValueError, match="none is given"):
        run_batch([str(tmp_path / "a.txt")], out, quiet=True, text_column="内容")


def test_a_cell_longer_than_the_csv_modules_own_limit_is_read(tmp_path: Path) -> None:
    long = _reply("张某", "三", 1) + "\n".join(
        ["我局将继续优化公交线路，方便群众出行。"] * 8000
    )  # about 160,000 characters
    assert len(long) > 131_072
    table = _write_csv(tmp_path / "export.csv", [["正文"], [long]])
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文")
    [record] = _records(out)
    assert _title(record) == "关于优化公交线路的提案的答复"


def test_a_cell_over_the_limit_is_too_large_and_ends_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    # the csv module's field limit is process-wide: the test's small one must not outlive it
    monkeypatch.setattr(T, "FIELD_LIMIT", 1000)
    previous = csv.field_size_limit()
    request.addfinalizer(lambda: csv.field_size_limit(previous))
    table = _write_csv(
        tmp_path / "export.csv", [["正文"], [_reply("张某", "三", 1)], ["长" * 5000], [_reply("李某", "四", 2)]]
    )
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文")
    found = _by_path(out)
    assert sorted(found) == ["row/1", "row/2"]  # the row after it cannot be found: not read, and said so
    error = found["row/2"]["error"]
    assert isinstance(error, dict) and error["code"] == "too-large"
    assert "the rest is not read" in str(error["message"])


def test_a_damaged_byte_is_replaced_and_warned_in_its_row_only(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    # (enough rows that the damage is a few bytes among many good ones: UTF-8 to the project's decoding)
    _write_csv(table, [["正文"], [_reply("张某", "三", 1)], *[[_reply("李某", "四", 2)]] * 30], encoding="utf-8")
    data = table.read_bytes()
    at = data.index("张某".encode())
    table.write_bytes(data[:at] + b"\xff" + data[at + 1 :])  # the first byte of 张 damaged
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文")
    found = _by_path(out)
    codes = {k: [w["code"] for w in r["warnings"]] for k, r in found.items()}  # type: ignore[union-attr]
    assert "encoding-repaired" in codes["row/1"]
    assert "encoding-repaired" not in codes["row/2"] and len(codes) == 31


def test_resume_skips_unchanged_rows_and_parses_changed_and_new_ones(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    _write_csv(table, [["编号", "正文"], ["1", _reply("张某", "三", 1)], ["2", _reply("李某", "四", 2)]])
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文", id_column="编号")
    # a later export: row 2 changed, a row 3 added, and the rows in another order
    _write_csv(
        table,
        [
            ["编号", "正文"],
            ["3", _reply("赵某", "五", 3)],
            ["2", _reply("李某", "九", 4)],
            ["1", _reply("张某", "三", 1)],
        ],
    )
    summary = run_batch([str(table)], out, workers=1, quiet=True, text_column="正文", id_column="编号", resume=True)
    assert summary.skipped == 1
    found = _by_path(out)
    assert sorted(found) == ["id/1", "id/2", "id/3"] and len(_records(out)) == 3
    signature = found["id/2"]["signature"]
    assert isinstance(signature, dict) and signature["date"] == "2024-07-04"


def test_json_lines_rows_by_key_with_their_bad_lines(tmp_path: Path) -> None:
    table = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"id": 101, "content": _reply("张某", "三", 1)}, ensure_ascii=False),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": 103, "content": 42}),
        json.dumps({"id": 104}),
        "",
        json.dumps(
            {"id": "105", "content": "<html><body><h1>关于优化公交线路的提案的答复</h1><p>张某委员：</p></body></html>"}
        ),
    ]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="content", id_column="id")
    found = _by_path(out)
    assert sorted(found) == ["id/101", "id/103", "id/104", "id/105", "row/2", "row/3"]
    assert _title(found["id/101"]) == "关于优化公交线路的提案的答复"
    assert [_error(found[k]) for k in ("row/2", "row/3", "id/103", "id/104")] == ["corrupt-file"] * 4
    source = found["id/105"]["source"]
    assert isinstance(source, dict) and source["format"] == "html"


def test_a_table_that_cannot_be_decoded_is_one_error_record(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    table.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文")
    [record] = _records(out)
    assert record["path"] == str(table) and _error(record) == "empty-document"


def test_a_folders_tables_stay_data_and_a_pattern_naming_the_suffix_reads_them(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_csv(folder / "export.csv", [["正文"], [_reply("张某", "三", 1)]])
    (folder / "reply.txt").write_text(_reply("李某", "四", 2), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(ValueError, match="none is given"):
        run_batch([str(folder)], out, quiet=True, text_column="正文")
    run_batch([str(folder), f"{folder}/*.csv"], out, workers=1, quiet=True, text_column="正文")
    assert sorted(str(r["path"]).rsplit("/", 2)[-1] for r in _records(out)) == ["1", "reply.txt"]


def test_a_gb18030_table_its_decoding_cannot_read_is_one_error_record(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    _write_csv(table, [["正文"], [_reply("张某", "三", 1)]], encoding="gb18030")
    data = table.read_bytes()
    at = data.index("张某".encode("gb18030"))
    table.write_bytes(data[:at] + b"\xff\xff" + data[at + 2 :])  # as a GB file with such bytes is: undetected
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文")
    [record] = _records(out)
    assert record["path"] == str(table) and _error(record) == "encoding-undetected"


def test_without_text_column_a_named_table_is_one_input_as_before(tmp_path: Path) -> None:
    table = _write_csv(tmp_path / "export.csv", [["正文"], [_reply("张某", "三", 1)], [_reply("李某", "四", 2)]])
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True)
    [record] = _records(out)
    assert record["path"] == str(table)


def test_dask_reads_a_tables_rows_as_the_command_does(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from govdoc.batch.scale import records_bag

    table = _write_csv(tmp_path / "export.csv", [["编号", "正文"], ["1", _reply("张某", "三", 1)], ["2", ""]])
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        out = tmp_path / "dask.jsonl"
        run_batch(
            [str(table)],
            out,
            quiet=True,
            dask_scheduler=cluster.scheduler_address,
            text_column="正文",
            id_column="编号",
        )
        with distributed.Client(cluster.scheduler_address):
            bag = records_bag([str(table)], columns=T.Columns("正文", "编号")).compute()
    assert sorted(_by_path(out)) == ["id/1", "id/2"]
    assert sorted(json.loads(line)["path"].rsplit("!/", 1)[1] for line in bag) == ["id/1", "id/2"]
