"""Hostile input through the API, the CLI and batch: each class ends in its typed outcome, in
bounded time (a generous ratio to a benign parse measured in the same test) and bounded memory
(every parse here runs in a worker under a 1.5 GiB address-space cap, so a class that needed
more would come back as `too-large (memory)` instead of its own outcome)."""

from __future__ import annotations

import fcntl
import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import govdoc
import govdoc.cli
from govdoc.batch import run_batch
from govdoc.batch.lock import OutputBusyError
from govdoc.cli import main
from govdoc.isolation import Worker, WorkerStartError
from tests import hostile
from tests.conftest import SEED
from tests.timing import growth, timed_in_worker

ROOT = Path(__file__).resolve().parents[1]
SEED_BYTES = SEED.read_bytes()
RATIO = 100  # hostile input may cost this many benign parses, no more
MEMORY = 1536 * 1024 * 1024
TIMEOUT = 120  # seconds a file may take through the CLI and batch: a parse stuck longer ends in `timeout`


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    with Worker(memory=MEMORY) as w:
        w.call(govdoc.parse, SEED_BYTES, format="txt", timeout=120)  # started and warm
        yield w


def _timed(worker: Worker, data: bytes, fmt: str, **options: object) -> tuple[object, float]:
    """The outcome and the CPU seconds the worker spent on it (its own clock: load does not count)."""
    try:
        outcome, seconds = worker.call(timed_in_worker, govdoc.parse, data, format=fmt, timeout=120, **options)
    except govdoc.GovDocError as exc:  # the worker itself gave up (its memory cap): no CPU time came back
        return exc, 0.0
    return outcome, seconds


def _baseline(worker: Worker) -> float:
    return min(_timed(worker, SEED_BYTES, "txt")[1] for _ in range(3))


def _limit(name: str) -> Callable[[object], bool]:
    return lambda out: isinstance(out, govdoc.TooLargeError) and f"limits.{name}" in out.message


def _parses(out: object) -> bool:
    return isinstance(out, govdoc.Document) and out.header.recipients == ("张某委员",)


def _code(code: str) -> Callable[[object], bool]:
    return lambda out: isinstance(out, govdoc.GovDocError) and out.code == code


SMALL = govdoc.Limits(blocks=20_000, html_elements=20_000)

# (name, input, format, limits or None, what the outcome must be)
CASES: list[tuple[str, Callable[[], bytes], str, govdoc.Limits | None, Callable[[object], bool]]] = [
    ("200,000 nested divs", lambda: hostile.html_nested("div", 200_000), "html", None, _limit("html_depth")),
    (
        "20,000 nested spans with text",
        lambda: hostile.html_nested("span", 20_000, "字"),
        "html",
        None,
        _limit("html_depth"),
    ),
    ("5,000 nested one-column tables", lambda: hostile.html_nested_tables(5_000), "html", None, _limit("html_depth")),
    ("200,000 nested b", lambda: hostile.html_nested("b", 200_000), "html", None, _limit("html_depth")),
    (
        "paragraphs past the element limit",
        lambda: hostile.html_many_paragraphs(30_000),
        "html",
        SMALL,
        _limit("html_elements"),
    ),
    ("lines past the block limit", lambda: hostile.text_short_lines(30_000), "txt", SMALL, _limit("blocks")),
    ("a 50,000-style basedOn chain", lambda: hostile.docx_style_chain(50_000), "docx", None, _limit("style_chain")),
    (
        "a list starting at 10^12 (upperLetter)",
        lambda: hostile.docx_numbering_start("1000000000000"),
        "docx",
        None,
        _limit("number"),
    ),
    (
        "a list starting at 2*10^9 (upperRoman)",
        lambda: hostile.docx_numbering_start("2000000000", "upperRoman"),
        "docx",
        None,
        _limit("number"),
    ),
    (
        "a part inflating past unzipped_bytes",
        lambda: hostile.docx_inflating(3_000_000),
        "docx",
        govdoc.Limits(unzipped_bytes=1_000_000),
        _limit("unzipped_bytes"),
    ),
    (
        "a part declaring 1 KB and inflating to 3 MB",
        lambda: hostile.docx_declaring_small(3_000_000),
        "docx",
        None,
        _code("corrupt-file"),
    ),
    (
        '<meta charset="undefined">',
        lambda: b'<html><head><meta charset="undefined"></head><body>' + hostile.REPLY.encode() + b"</body></html>",
        "html",
        None,
        _parses,
    ),
    (
        'w:ilvl="²"',
        lambda: hostile.docx_attribute('<w:numPr><w:ilvl w:val="²"/><w:numId w:val="1"/></w:numPr>'),
        "docx",
        None,
        _parses,
    ),
    ('w:sz="²"', lambda: hostile.docx_attribute('<w:rPr><w:sz w:val="²"/></w:rPr>'), "docx", None, _parses),
    (
        "a 5,000-digit outlineLvl",
        lambda: hostile.docx_attribute(f'<w:outlineLvl w:val="{"9" * 5000}"/>'),
        "docx",
        None,
        _limit("number"),
    ),
    ("a reply in a hand-written PDF", lambda: hostile.pdf_document(hostile.pdf_text()), "pdf", None, _parses),
    (
        "PDF forms 7 deep, each drawing the next 10 times",
        lambda: hostile.pdf_form_bomb(7, 10),
        "pdf",
        None,
        _limit("xobject_draws"),
    ),
    ("PDF forms 13 deep", lambda: hostile.pdf_form_bomb(13, 1), "pdf", None, _limit("xobject_depth")),
    ("a PDF form drawing itself", hostile.pdf_form_cycle, "pdf", None, _limit("xobject_depth")),
    ("PDF text after 3 MB of padding", lambda: hostile.pdf_padded(3_000_000), "pdf", None, _parses),
    (
        "a PDF content stream inflating past content_bytes",
        lambda: hostile.pdf_padded(3_000_000),
        "pdf",
        govdoc.Limits(content_bytes=1_000_000),
        _limit("content_bytes"),
    ),
    ("BOMs only", lambda: b"\xef\xbb\xbf" + "\ufeff".encode() * 10, "txt", None, _code("empty-document")),
    (
        "zero-width characters only",
        lambda: "\u200b\u200c\u200d\u2060\ufeff \n".encode() * 100,
        "txt",
        None,
        _code("empty-document"),
    ),
]


@pytest.mark.parametrize(("name", "make", "fmt", "limits", "expect"), CASES, ids=[c[0] for c in CASES])
def test_hostile_input_ends_in_its_outcome_in_bounded_time_and_memory(
    worker: Worker,
    name: str,
    make: Callable[[], bytes],
    fmt: str,
    limits: govdoc.Limits | None,
    expect: Callable[[object], bool],
) -> None:
    data = make()
    baseline = _baseline(worker)
    outcome, seconds = _timed(worker, data, fmt, limits=limits)
    assert expect(outcome), f"{name}: {outcome!r}"
    assert not isinstance(outcome, govdoc.InternalError)
    assert seconds <= RATIO * baseline + 1.0, f"{name}: {seconds:.2f} s against {baseline:.3f} s for a benign parse"


def test_one_bad_byte_is_repaired_not_the_file_refused(worker: Worker) -> None:
    outcome, _ = _timed(worker, hostile.utf8_with_bad_byte(1_000_000), "txt")
    assert isinstance(outcome, govdoc.Document)
    assert [w.code for w in outcome.warnings if w.code == "encoding-repaired"] == ["encoding-repaired"]
    assert outcome.source.encoding == "utf-8" and "\ufffd" in outcome.text


def test_gbk_text_is_not_mistaken_for_damaged_utf8() -> None:
    doc = govdoc.parse("张某委员：\n您提出的关于加强社区养老服务的提案收悉，现答复如下。\n".encode("gbk"), format="txt")
    assert doc.header.recipients == ("张某委员",)
    assert not [w for w in doc.warnings if w.code == "encoding-repaired"]


def test_a_lone_surrogate_in_parse_text_is_replaced_and_the_json_writes() -> None:
    doc = govdoc.parse_text("张某委员：\n您的提案收悉\ud800，现答复如下：\n一、总体情况\n")
    assert "\ufffd" in doc.text and any(w.code == "encoding-repaired" for w in doc.warnings)
    json.loads(doc.to_json())


def test_a_path_with_nul_is_unreadable_not_a_raw_value_error() -> None:
    with pytest.raises(govdoc.UnreadableFileError):
        govdoc.parse("bad\x00name.txt")


def test_devices_and_fifos_are_not_read(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(govdoc.UnsupportedFormatError, match="regular file"):
        govdoc.parse(link)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(govdoc.UnsupportedFormatError, match="regular file"):
        govdoc.parse(fifo)  # a FIFO without a writer: opened without blocking, refused by its type
    assert time.monotonic() - start < 10


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    sparse = tmp_path / "sparse.txt"
    with open(sparse, "wb") as fh:
        fh.truncate(2 * 1024**3)  # 2 GB of holes: refused by its size, never read
    with pytest.raises(govdoc.TooLargeError, match=r"limits\.input_bytes"):
        govdoc.parse(sparse)


def test_a_non_utf8_file_name_is_escaped_visibly_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = os.fsdecode("测试".encode("gbk") + b".txt")
    (tmp_path / name).write_bytes(SEED_BYTES)
    doc = govdoc.parse(tmp_path / name)
    assert doc.source.path is not None and doc.source.path.endswith("\\xb2\\xe2\\xca\\xd4.txt")
    json.loads(doc.to_json())
    assert main(["parse", str(tmp_path / name), str(SEED), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(line) for line in lines)
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path)], out, workers=1, quiet=True)
    paths = [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(p.endswith("\\xb2\\xe2\\xca\\xd4.txt") for p in paths)


def test_a_timeout_in_the_api_and_the_cli_is_a_typed_outcome(capsys: pytest.CaptureFixture[str]) -> None:
    assert govdoc.parse(SEED_BYTES, format="txt", timeout=120) == govdoc.parse(SEED_BYTES, format="txt")
    with pytest.raises(govdoc.ParseTimeoutError):
        govdoc.parse(SEED_BYTES, format="txt", timeout=0.0001)
    assert main(["parse", str(SEED), "--timeout", "0.0001", "--format", "jsonl"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "timeout"


def test_the_cli_gives_hostile_html_its_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "deep.html"
    page.write_bytes(hostile.html_nested("div", 200_000))
    assert main(["parse", str(page), str(SEED), "--format", "jsonl"]) == 1
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["error"]["code"] == "too-large" and "limits.html_depth" in first["error"]["message"]
    assert second["header"]["title"]


SUFFIX = {"txt": ".txt", "html": ".html", "docx": ".docx", "pdf": ".pdf"}


def _cli_and_batch_outcomes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, tuple[dict[str, object], dict[str, object]]]:
    """Every class as a file, through `govdoc parse` and `govdoc batch` (default limits)."""
    folder = tmp_path / "in"
    folder.mkdir()
    files = {}
    for k, (name, make, fmt, _, _) in enumerate(CASES):
        files[name] = folder / f"case{k}{SUFFIX[fmt]}"
        files[name].write_bytes(make())
    assert main(["parse", *map(str, files.values()), "--format", "jsonl", "--timeout", str(TIMEOUT)]) in (0, 1)
    by_cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    out = tmp_path / "out.jsonl"
    run_batch([str(f) for f in files.values()], out, workers=2, timeout=TIMEOUT, quiet=True)
    by_path = {str(r.get("source", {}).get("path") or r.get("path")): r for r in _records(out)}  # type: ignore[union-attr]
    return {name: (by_cli[k], by_path.get(str(f)) or _find(by_path, f)) for k, (name, f) in enumerate(files.items())}


def _find(records: dict[str, dict[str, object]], file: Path) -> dict[str, object]:
    hits = [r for p, r in records.items() if p.endswith(file.name)]
    assert len(hits) == 1, f"no single batch record for {file.name}"
    return hits[0]


def _record_outcome(record: dict[str, object]) -> tuple[str, str]:
    error = record.get("error")
    if isinstance(error, dict):
        return str(error["code"]), str(error.get("message", ""))
    return "parsed", ""


def _cpu_with_children() -> float:
    """CPU seconds this process and its reaped children (the CLI's and batch's workers, each joined
    when its run ends) have spent so far: time spent waiting for a core does not count."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def test_every_class_through_the_cli_and_batch_ends_in_its_outcome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each hostile class ends in its own outcome through both routes, in bounded work.

    A hang cannot pass: every parse runs in a worker under a per-file timeout, which ends a stuck
    parse in a `timeout` error, and no class may end so. Runaway work is bounded by CPU seconds
    (this process and its workers, the children it reaps), not wall time: a ratio of wall times to
    one CLI run measured a moment apart failed whenever the shared machine's load changed between
    the two (load 15 on two cores stretched the run sevenfold, not its work)."""
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED_BYTES)
    # The baseline is one CLI run through a worker, as the hostile files take: a small text is
    # otherwise parsed in-process, a hundred times faster, and the bound would shrink with it.
    with monkeypatch.context() as patch:
        patch.setattr(govdoc.cli, "can_call_here", lambda *a, **k: False)
        start = _cpu_with_children()
        assert main(["parse", str(seed), "--format", "jsonl"]) == 0
        baseline = _cpu_with_children() - start  # worker start-up and one benign parse, in CPU seconds
    capsys.readouterr()
    start = _cpu_with_children()
    outcomes = _cli_and_batch_outcomes(tmp_path, capsys)
    seconds = _cpu_with_children() - start
    for name, _, _, limits, expect in CASES:
        for route, record in zip(("cli", "batch"), outcomes[name], strict=True):
            code, message = _record_outcome(record)
            assert code != "internal-error", f"{name} ({route}): {message}"
            assert code != "timeout", f"{name} ({route}) did not end within its timeout: {message}"
            assert "(memory)" not in message, f"{name} ({route}) ran out of its memory cap"
            if limits is not None:
                continue  # its limit is set smaller in the API case; at the defaults a parse is fine too
            want = expect(_as_outcome(record))
            assert want, f"{name} ({route}): {code} {message}"
    assert seconds <= RATIO * baseline * 2 + 10, f"{seconds:.1f} CPU s against {baseline:.2f} s for one benign CLI run"


def _as_outcome(record: dict[str, object]) -> object:
    """A record's outcome in the form the API cases' predicates take: a Document or a typed error."""
    error = record.get("error")
    if not isinstance(error, dict):
        return govdoc.Document.from_json(json.dumps(record))
    typed = next((c for c in _error_classes(govdoc.GovDocError) if c.code == error["code"]), govdoc.GovDocError)
    return typed(str(error["message"]))


def _error_classes(base: type[govdoc.GovDocError]) -> list[type[govdoc.GovDocError]]:
    return [base, *(c for sub in base.__subclasses__() for c in _error_classes(sub))]


# --- scaling: 10x the input costs at most 30x the time ------------------------------------------


DEEP = govdoc.Limits(html_depth=60_000)
SCALING = [
    ("nested spans with text", lambda n: hostile.html_nested("span", n, "字"), "html", DEEP, 1_000),
    ("nested one-column tables", lambda n: hostile.html_nested_tables(n), "html", DEEP, 300),
    ("paragraphs of a page", lambda n: hostile.html_many_paragraphs(n), "html", DEEP, 1_000),
    (
        "paragraphs of a .docx",
        lambda n: hostile.make_docx(hostile.p("张某委员：") + hostile.p("内容。") * n),
        "docx",
        DEEP,
        300,
    ),
    ("lines of text", lambda n: hostile.text_short_lines(n), "txt", DEEP, 2_000),
    (
        "lines of a PDF page",
        lambda n: hostile.pdf_document(hostile.pdf_text(tuple(f"一般性内容，第{k}行。" for k in range(n)))),
        "pdf",
        DEEP,
        300,
    ),
    ("lines of an OFD page", lambda n: hostile.ofd_page_of_lines(n), "ofd", DEEP, 300),
    ("pages of an OFD", lambda n: hostile.ofd_pages(n), "ofd", DEEP, 30),
]


@pytest.mark.parametrize(("name", "make", "fmt", "limits", "n"), SCALING, ids=[c[0] for c in SCALING])
def test_ten_times_the_hostile_input_costs_at_most_thirty_times_the_time(
    name: str, make: Callable[[int], bytes], fmt: str, limits: govdoc.Limits, n: int
) -> None:
    small, large = make(n), make(10 * n)
    ratio = growth(
        lambda: govdoc.parse(small, format=fmt, limits=limits),
        lambda: govdoc.parse(large, format=fmt, limits=limits),
        bound=30,
    )
    assert ratio <= 30, f"{name}: 10x the input took {ratio:.1f}x the CPU time"


def test_an_ofd_package_of_too_many_members_is_too_large_until_the_limit_is_raised() -> None:
    data = hostile.ofd_with_members(30)  # 34 members: the reply's four and thirty unused ones
    with pytest.raises(govdoc.TooLargeError) as caught:
        govdoc.parse(data, format="ofd", limits=govdoc.Limits(package_members=33))
    assert "limits.package_members" in caught.value.message
    doc = govdoc.parse(data, format="ofd", limits=govdoc.Limits(package_members=34))
    assert doc.header.recipients == ("张某委员",)


# --- batch ---------------------------------------------------------------------------------------


def _records(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_a_second_run_on_a_held_output_stops_with_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SEED_BYTES)
    out = tmp_path / "out.jsonl"
    fd = os.open(str(out) + ".lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(OutputBusyError, match="another govdoc batch"):
            run_batch([str(tmp_path / "in")], out, workers=1, quiet=True)
    finally:
        os.close(fd)
    out.write_bytes(b"old\n")
    inode = out.stat().st_ino
    run_batch([str(tmp_path / "in")], out, workers=1, quiet=True)
    assert out.stat().st_ino == inode  # truncated, never unlinked
    assert len(_records(out)) == 1


def test_a_glob_does_not_follow_a_link_loop(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "x.txt").write_bytes(SEED_BYTES)
    (tmp_path / "a" / "b" / "y.txt").write_bytes(SEED_BYTES.replace("普陀".encode(), "静安".encode()))
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    out = tmp_path / "out.jsonl"
    run_batch([f"{tmp_path}/a/**/*.txt"], out, workers=1, quiet=True)
    assert sorted(str(r["path"]) for r in _records(out)) == [f"{tmp_path}/a/b/y.txt", f"{tmp_path}/a/x.txt"]


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_archives_duplicates_damage_and_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    other = SEED_BYTES.replace("普陀".encode(), "静安".encode())
    (folder / "a.zip").write_bytes(hostile.zip_of([("r.txt", SEED_BYTES), ("r.txt", other), ("s.txt", other)]))
    (folder / "b.zip").write_bytes(hostile.zip_damaged([("r.txt", SEED_BYTES)]))
    (folder / "c.txt").write_bytes(SEED_BYTES)
    out = folder / "out.jsonl"  # the output inside the input folder
    for resume in (False, True, True):
        run_batch([str(folder)], out, workers=2, quiet=True, resume=resume, items_csv=folder / "items.csv")
        records = {str(r["path"]): r for r in _records(out)}
        assert sorted(records) == sorted(
            [
                f"{folder}/a.zip!/r.txt",
                f"{folder}/a.zip!/r.txt#2",
                f"{folder}/a.zip!/s.txt",
                f"{folder}/b.zip",
                f"{folder}/c.txt",
            ]
        )
    first, second = records[f"{folder}/a.zip!/r.txt"], records[f"{folder}/a.zip!/r.txt#2"]
    assert first["source"]["sha256"] != second["source"]["sha256"]  # type: ignore[index]
    assert records[f"{folder}/b.zip"]["error"]["code"] == "corrupt-file"  # type: ignore[index]


def test_resume_leaves_valid_json_lines(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for k in range(3):
        (tmp_path / "in" / f"{k}.txt").write_bytes(SEED_BYTES.replace("普陀".encode(), f"普陀{k}".encode()))
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path / "in")], out, workers=1, quiet=True)
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[0] + b'{"path": "half a rec\n' + b"\x00\x00garbage\n" + b"".join(lines[1:]))
    run_batch([str(tmp_path / "in")], out, workers=1, quiet=True, resume=True)
    assert len(_records(out)) == 3


def test_many_members_are_read_from_one_open_archive(tmp_path: Path) -> None:
    from govdoc.batch.inputs import expand

    def reader(n: int) -> Callable[[], object]:
        archive = tmp_path / f"m{n}.zip"
        archive.write_bytes(hostile.zip_of([(f"{k}.txt", b"x") for k in range(n)]))

        def read_all() -> None:
            assert sum(len(task.read()) for task in expand([str(archive)])) == n

        return read_all

    ratio = growth(reader(400), reader(4_000), bound=30)
    assert ratio <= 30, f"10x the members took {ratio:.1f}x the CPU time"


def broken_warm_up(enrich: bool = False) -> None:
    """A worker's start-up as it fails when a reader's dependency cannot be imported."""
    raise ImportError("a reader's dependency is broken on purpose")


def test_workers_that_cannot_start_stop_the_run_with_their_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import govdoc.batch.pool

    monkeypatch.setattr(govdoc.batch.pool, "warm_up", broken_warm_up)
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    start = time.monotonic()
    with pytest.raises(WorkerStartError, match="broken on purpose"):
        run_batch([str(tmp_path / "a.txt")], tmp_path / "out.jsonl", workers=2, quiet=True)
    assert time.monotonic() - start < 120


def test_ctrl_c_ends_a_run_with_one_line_and_status_130(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # Enough inputs that the run is still going when the signal comes, on an idle machine too.
    for k in range(4000):
        (folder / f"{k}.txt").write_bytes(SEED_BYTES.replace("普陀".encode(), f"普陀{k}".encode()))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "govdoc",
            "batch",
            str(folder),
            "-o",
            str(tmp_path / "out.jsonl"),
            "--workers",
            "2",
            "-q",
        ],
        stderr=subprocess.PIPE,
        env=env,
        # Ctrl-C as at a terminal: a shell that starts a job in the background (as a CI runner may)
        # leaves SIGINT ignored, and the child would inherit that and never see the signal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    out = tmp_path / "out.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and out.stat().st_size):
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode().strip().splitlines() == ["govdoc: interrupted"]


# --- full sizes (pytest -m slow) -------------------------------------------------------------------


@pytest.mark.slow
def test_full_size_classes(worker: Worker) -> None:
    big = [
        (hostile.html_many_paragraphs(1_000_000), "html", _limit("html_elements")),
        (hostile.text_short_lines(1_500_000), "txt", _limit("blocks")),
        (hostile.utf8_with_bad_byte(10_000_000), "txt", lambda out: isinstance(out, govdoc.Document)),
        (
            hostile.docx_big_text(10_500_000),
            "docx",
            lambda out: not _code("corrupt-file")(out) and not _code("internal-error")(out),
        ),
        (hostile.pdf_padded(1_500_000_000), "pdf", _limit("content_bytes")),
    ]
    for data, fmt, expect in big:
        outcome, _ = _timed(worker, data, fmt)
        assert expect(outcome), repr(outcome)


def allocate(size: int) -> int:
    """Stands in for a parse that needs `size` bytes at once."""
    return len(bytearray(size))


def test_a_worker_over_its_memory_cap_gives_too_large_and_the_next_call_runs() -> None:
    from govdoc.isolation import call_isolated

    with pytest.raises(govdoc.TooLargeError, match=r"\(memory\)"):
        call_isolated(allocate, 4 * 1024**3, memory=1024**3, timeout=120)
    with Worker(memory=1024**3) as w:
        with pytest.raises(govdoc.TooLargeError):
            w.call(allocate, 4 * 1024**3, timeout=120)
        assert w.call(allocate, 1024, timeout=120) == 1024  # the same worker goes on
