"""`govdoc batch`: every input exactly once, resumable after a real SIGKILL, on one machine or Dask."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from govdoc.batch import run_batch
from govdoc.cli import main
from tests.conftest import FIXTURES

TEXTS = sorted(FIXTURES.glob("*.txt"))


def records(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    """A folder with texts in a sub-folder, a Word and a PDF file, a zip of two replies and an image."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for path in TEXTS[:3]:
        shutil.copy(path, root / "sub" / path.name)
    shutil.copy(FIXTURES / "docx" / "seed-official.docx", root)
    shutil.copy(FIXTURES / "pdf" / "numbering-levels.pdf", root)
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with zipfile.ZipFile(root / "replies.zip", "w") as z:
        z.write(FIXTURES / "run-in-headings.txt", "2023/run-in.txt")
        z.write(FIXTURES / "half-width-markers.txt", "2024/half.txt")
    return root


def test_every_kind_of_input_gives_exactly_one_record(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(archive)], out, workers=2, quiet=True)
    got = {r["path"]: r for r in records(out)}
    assert len(got) == 8 == sum(summary.status.values())
    assert got[f"{archive}/replies.zip!/2023/run-in.txt"]["header"]["recipients"] == ["区工商联"]  # type: ignore[index]
    # Page images are read (by OCR); this one is damaged.
    assert got[f"{archive}/photo.png"]["error"]["code"] == "corrupt-file"  # type: ignore[index]
    assert got[f"{archive}/numbering-levels.pdf"]["source"]["pages"] == 1  # type: ignore[index]
    assert summary.formats["txt"] == 5 and summary.codes == {"corrupt-file": 1}


def test_globs_and_ordered_output(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(archive / "sub" / "*.txt"), str(archive / "*.docx")], out, workers=2, ordered=True, quiet=True)
    paths = [r["path"] for r in records(out)]
    assert paths == [*sorted(str(p) for p in (archive / "sub").glob("*.txt")), str(archive / "seed-official.docx")]


def test_a_file_over_the_time_limit_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    seed = (FIXTURES / "putuo-reply-2023.txt").read_text(encoding="utf-8")
    slow = tmp_path / "slow.txt"
    # About 8 CPU seconds here (14 MB; 1,500 copies took 3.1 s in a warm process, too near the limit).
    slow.write_text("\n".join(seed.replace("普陀", f"普陀{k}") for k in range(4000)), encoding="utf-8")
    quick = tmp_path / "quick.txt"
    shutil.copy(FIXTURES / "run-in-headings.txt", quick)
    out = tmp_path / "out.jsonl"
    # The quick one (a worker's first parse, patterns compiled on first use) takes a fifth of a
    # second: 3 s parts them however loaded, and the slow one is still over it twice as fast.
    summary = run_batch([str(slow), str(quick)], out, workers=2, timeout=3.0, quiet=True)
    got = {Path(str(r["path"])).name: r for r in records(out)}
    assert got["slow.txt"]["error"]["code"] == "timeout"  # type: ignore[index]
    assert "schema_version" in got["quick.txt"]
    assert summary.codes == {"timeout": 1}


def test_resume_skips_what_is_done_and_redoes_what_changed(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(archive)], out, workers=2, quiet=True)
    before = out.read_bytes()
    again = run_batch([str(archive)], out, workers=2, resume=True, quiet=True)
    assert again.skipped == 8 and sum(again.status.values()) == 0 and out.read_bytes() == before
    changed = archive / "sub" / TEXTS[0].name
    changed.write_bytes(FIXTURES.joinpath("run-in-headings.txt").read_bytes())
    third = run_batch([str(archive)], out, workers=2, resume=True, quiet=True)
    assert sum(third.status.values()) == 1
    got = [r for r in records(out) if r["path"] == str(changed)]
    assert len(got) == 1 and got[0]["header"]["recipients"] == ["区工商联"]  # type: ignore[index]


def test_resume_drops_a_torn_last_line(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(archive)], out, workers=1, quiet=True)
    data = out.read_bytes()
    out.write_bytes(data[: len(data) - 40])  # the last record cut in the middle, as a kill leaves it
    run_batch([str(archive)], out, workers=1, resume=True, quiet=True)
    paths = [r["path"] for r in records(out)]
    assert len(paths) == len(set(paths)) == 8


def test_retry_errors_replaces_error_records(tmp_path: Path) -> None:
    empty = tmp_path / "later.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    run_batch([str(empty)], out, workers=1, quiet=True)
    assert records(out)[0]["error"]["code"] == "empty-document"  # type: ignore[index]
    shutil.copy(FIXTURES / "run-in-headings.txt", empty)
    run_batch([str(empty)], out, workers=1, retry_errors=True, quiet=True)
    (record,) = records(out)
    assert record["kind"] == "reply"


def test_items_csv_has_a_bom_and_one_row_per_item(tmp_path: Path) -> None:
    out, items = tmp_path / "out.jsonl", tmp_path / "items.csv"
    run_batch([str(FIXTURES / "putuo-reply-2023.txt")], out, workers=1, items_csv=items, quiet=True)
    raw = items.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [
        "path",
        "title",
        "doc_number",
        "section_marker",
        "section_title",
        "phase",
        "item_ordinal",
        "lead",
        "text",
    ]
    assert len(rows) == 1 + 20
    assert rows[1][3:8] == ["一、", "关于协调机制", "progress", "1", "组建重点产业工作专班"]


def test_cli_summary_and_stats(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    assert main(["batch", str(archive), "-o", str(out), "--workers", "2", "--stats", str(stats)]) == 1
    err = capsys.readouterr().err
    assert "8 files" in err and "corrupt-file 1" in err
    assert "1 input(s) are error records" in err and "--allow-errors" in err
    data = json.loads(stats.read_text(encoding="utf-8"))
    assert data["files"] == 8 and data["by_error_code"] == {"corrupt-file": 1}


def test_batch_exits_1_on_error_records_even_kept_by_a_resume_unless_allowed(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    good = tmp_path / "reply.txt"
    shutil.copy(FIXTURES / "run-in-headings.txt", good)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(bad), str(good), "-o", str(out), "--workers", "1", "-q"]) == 1
    assert main(["batch", str(bad), str(good), "-o", str(out), "--workers", "1", "-q", "--resume"]) == 1
    assert main(["batch", str(bad), str(good), "-o", str(out), "--workers", "1", "-q", "--allow-errors"]) == 0
    assert main(["batch", str(good), "-o", str(out), "--workers", "1", "-q"]) == 0


def _tagged_processes(tag: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if tag.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find orphaned workers")
def test_sigkill_then_resume_leaves_exactly_one_record_per_input_and_no_orphans(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    seed = (FIXTURES / "putuo-reply-2023.txt").read_text(encoding="utf-8")
    for k in range(240):
        (folder / f"{k:03d}.txt").write_text(seed.replace("普陀", f"普陀{k}"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    tag = f"GOVDOC_KILL_TEST={uuid.uuid4().hex}"
    env = {**os.environ, tag.split("=")[0]: tag.split("=")[1]}
    command = [sys.executable, "-m", "govdoc", "batch", str(folder), "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 20):
        time.sleep(0.02)
    assert _tagged_processes(tag), "the run should have workers while it runs"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for _ in range(100):
        if not _tagged_processes(tag):
            break
        time.sleep(0.05)
    assert _tagged_processes(tag) == [], "workers outlived their killed parent"
    done_before = out.read_bytes().count(b"\n")
    assert 0 < done_before < 240
    run_batch([str(folder)], out, workers=2, resume=True, quiet=True)
    paths = [r["path"] for r in records(out)]
    assert len(paths) == 240 and len(set(paths)) == 240


def test_dask_local_cluster_gives_the_same_records(archive: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local.jsonl"
    run_batch([str(archive)], local, workers=2, quiet=True)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster:
        on_dask = tmp_path / "dask.jsonl"
        run_batch([str(archive)], on_dask, quiet=True, dask_scheduler=cluster.scheduler_address)
        from govdoc.batch.scale import records_bag

        with distributed.Client(cluster.scheduler_address):
            bag_lines = records_bag([str(archive)]).compute()
    by_path = sorted(records(local), key=lambda r: str(r["path"]))
    assert sorted(records(on_dask), key=lambda r: str(r["path"])) == by_path
    assert sorted((json.loads(x) for x in bag_lines), key=lambda r: str(r["path"])) == by_path


def _portal_downloads(folder: Path) -> Path:
    """What a portal hands out: an HTML page named .jsp, a PDF with no suffix, a text named .jsp."""
    folder.mkdir()
    html = (FIXTURES / "gbk-table-info.html").read_bytes()
    (folder / "content.jsp").write_bytes(html)
    (folder / "download").write_bytes((FIXTURES / "pdf" / "numbering-levels.pdf").read_bytes())
    (folder / "notice.jsp").write_bytes((FIXTURES / "putuo-reply-2023.txt").read_bytes())
    return folder


def _formats(out: Path) -> dict[str, object]:
    found: dict[str, object] = {}
    for record in records(out):
        source = record.get("source")
        found[Path(str(record["path"])).name] = source["format"] if isinstance(source, dict) else record["error"]
    return found


def test_batch_reads_misnamed_portal_downloads_by_their_content(tmp_path: Path) -> None:
    folder = _portal_downloads(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert _formats(out) == {"content.jsp": "html", "download": "pdf", "notice.jsp": "txt"}


def test_batch_from_reads_every_input_as_the_format_given(tmp_path: Path) -> None:
    folder = _portal_downloads(tmp_path / "in")
    (folder / "download").unlink()
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "-q", "--from", "txt"]) == 0
    assert _formats(out) == {"content.jsp": "txt", "notice.jsp": "txt"}
    page = next(r for r in records(out) if str(r["path"]).endswith("content.jsp"))
    # read as text, not by the HTML reader: the information table's cells stand parted by the tabs the text
    # reader puts where a `<td>` ended a cell (the HTML reader writes `索引号：113101…`). (Up to session 20 the
    # page's own `</html>` stayed in the text; since session 21 a page's source read as text loses its `<head>`
    # and its tag-only lines, readers.page_source, and `</html>` breaks a line as a block tag.)
    assert "\t113101000021/2024-00318" in str(page["text"]), "read as text, the cells stand parted by tabs"


def test_batch_from_a_format_that_does_not_fit_gives_the_readers_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "reply").write_bytes((FIXTURES / "putuo-reply-2023.txt").read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "-q", "--from", "pdf"]) == 1
    [record] = records(out)
    error = record["error"]
    assert isinstance(error, dict) and error["code"] == "corrupt-file"


def test_batch_from_an_unknown_format_is_refused_before_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as stop:
        main(["batch", str(FIXTURES / "putuo-reply-2023.txt"), "-o", str(out), "--from", "xls"])
    assert stop.value.code == 2
    with pytest.raises(ValueError, match="--from 'xls' is not one of"):
        run_batch([str(FIXTURES / "putuo-reply-2023.txt")], out, from_format="xls", quiet=True)
    assert not out.exists()


def test_dask_runs_honour_from(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from govdoc.batch.scale import records_bag
    from govdoc.batch.worker import Options

    folder = _portal_downloads(tmp_path / "in")
    (folder / "download").unlink()
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        out = tmp_path / "dask.jsonl"
        run_batch([str(folder)], out, quiet=True, dask_scheduler=cluster.scheduler_address, from_format="txt")
        with distributed.Client(cluster.scheduler_address):
            bag = records_bag([str(folder)], options=Options(fmt="txt")).compute()
    assert _formats(out) == {"content.jsp": "txt", "notice.jsp": "txt"}
    assert sorted(json.loads(line)["source"]["format"] for line in bag) == ["txt", "txt"]


def _folder_with_data_files(root: Path) -> Path:
    """Documents beside what is not one: an annotation sidecar, an export, a log, a zip with metadata."""
    (root / "sub").mkdir(parents=True)
    shutil.copy(FIXTURES / "putuo-reply-2023.txt", root / "reply.txt")
    (root / "reply.expected.json").write_text('{"kind": "reply"}', encoding="utf-8")
    (root / "export.CSV").write_text("path,title\n", encoding="utf-8")
    (root / "sub" / "old-run.jsonl").write_text("{}\n", encoding="utf-8")
    with zipfile.ZipFile(root / "bundle.zip", "w") as z:
        z.write(FIXTURES / "half-width-markers.txt", "half.txt")
        z.writestr("manifest.json", "{}")
    return root


def test_a_folder_walk_leaves_data_files_out_and_the_summary_names_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder_with_data_files(tmp_path / "in")
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "--stats", str(stats)]) == 0
    assert sorted(str(r["path"]).removeprefix(f"{folder}/") for r in records(out)) == [
        "bundle.zip!/half.txt",
        "reply.txt",
    ]
    left_out = [str(folder / "bundle.zip") + "!/manifest.json", str(folder / "export.CSV")]
    left_out += [str(folder / "reply.expected.json"), str(folder / "sub" / "old-run.jsonl")]
    assert sorted(json.loads(stats.read_text(encoding="utf-8"))["data_files_skipped"]) == sorted(left_out)
    err = capsys.readouterr().err
    assert "left out as data, not documents: 4 file(s)" in err
    assert ".csv 1, .json 2, .jsonl 1" in err
    assert str(folder / "bundle.zip") + "!/manifest.json" in err, "the first ones are named"


def test_a_data_file_named_on_its_own_or_by_its_suffix_still_gets_its_record(tmp_path: Path) -> None:
    folder = _folder_with_data_files(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder / "reply.expected.json"), "-o", str(out), "--workers", "1", "-q"]) == 1
    [record] = records(out)
    assert record["error"] == {"code": "unsupported-format", "message": "not a document format govdoc reads: JSON data"}
    assert main(["batch", str(folder / "*.json"), "-o", str(out), "--workers", "1", "-q"]) == 1
    assert [Path(str(r["path"])).name for r in records(out)] == ["reply.expected.json"]
    assert main(["batch", str(folder / "*"), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert sorted(Path(str(r["path"])).name for r in records(out)) == ["half.txt", "reply.txt"]


def test_the_readme_options_table_lists_every_batch_option() -> None:
    from govdoc.cli import _parser

    batch = next(
        action.choices["batch"]
        for action in _parser()._actions
        if isinstance(action.choices, dict) and "batch" in action.choices
    )
    options = {s for action in batch._actions for s in action.option_strings if s not in ("-h", "--help")}
    root = FIXTURES.parent
    for readme, heading in ((root / "README.md", "## Batch processing"), (root / "README.zh-CN.md", "## 批量处理")):
        text = readme.read_text(encoding="utf-8")
        section = text[text.index(heading) :]
        rows = [line for line in section[: section.index("\n### ")].splitlines() if line.startswith("| `")]
        listed = {o for row in rows for o in re.findall(r"`(-{1,2}[a-z][a-z-]*)", row.split(" | ")[0])}
        assert options == listed, f"{readme.name}: {sorted(options ^ listed)}"


def test_records_bag_leaves_data_files_out_and_says_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("dask.bag")
    import logging

    from govdoc.batch.scale import records_bag

    folder = _folder_with_data_files(tmp_path / "in")
    with caplog.at_level(logging.INFO, logger="govdoc"):
        bag = records_bag([str(folder)])
    assert bag.count().compute(scheduler="synchronous") == 2  # reply.txt and the zip's half.txt
    assert "left out as data, not documents: 4 file(s)" in caplog.text
    assert "reply.expected.json" in caplog.text
