"""`govdoc batch`: archives of documents to JSON Lines, every input accounted for exactly once.

Inputs stream from files, folders, globs and zip archives into a pool of worker processes;
each result is written as one whole line as soon as it is ready (or in input order with
`ordered`). A run can stop at any moment and be resumed: inputs already recorded with the
same content are skipped, a torn last line is dropped, error records can be retried. The
same job runs on a Dask cluster (`dask_scheduler`), where the workers read the same paths.
With `text_column`, a CSV, TSV or JSON Lines table (a registry's export) gives one input per row
(`govdoc.batch.tables`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from govdoc.batch.inputs import Task, table_files
from govdoc.batch.inputs import expand as expand_inputs
from govdoc.batch.interrupt import CtrlC
from govdoc.batch.lock import lock_path, output_lock
from govdoc.batch.records import STDOUT, Derived, Prior, Writer, drop_records, read_prior
from govdoc.batch.summary import Progress, Summary
from govdoc.batch.tables import Columns, check_columns
from govdoc.batch.worker import Options, Result
from govdoc.readers import FORMATS

DEFAULT_TIMEOUT = 300.0


def _sha256_of(task: Task) -> str | None:
    try:
        return hashlib.sha256(task.read()).hexdigest()
    except Exception:
        return None


def _decide(tasks: Iterator[Task], prior: dict[str, Prior], retry_errors: bool) -> tuple[set[str], int]:
    """First pass of a resumed run: which recorded inputs to redo (changed, or errors retried), how many to skip."""
    replace: set[str] = set()
    skipped = 0
    for task in tasks:
        seen = prior.get(task.path)
        if seen is None:
            continue
        if (seen.error and retry_errors) or (seen.sha256 is not None and seen.sha256 != _sha256_of(task)):
            replace.add(task.path)
        else:
            skipped += 1
    return replace, skipped


def _reorder(results: Iterator[Result], submitted: deque[int]) -> Iterator[Result]:
    """Results in input order, holding back only those that arrive early (as many as are in flight)."""
    held: dict[int, Result] = {}
    for result in results:
        held[result.index] = result
        while submitted and submitted[0] in held:
            yield held.pop(submitted.popleft())
    while submitted:
        index = submitted.popleft()
        if index in held:
            yield held.pop(index)


def run_batch(
    inputs: list[str],
    out: str | os.PathLike[str],
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    ordered: bool = False,
    resume: bool = False,
    retry_errors: bool = False,
    items_csv: str | os.PathLike[str] | None = None,
    table: str | os.PathLike[str] | None = None,
    quiet: bool = False,
    dask_scheduler: str | None = None,
    enrich: bool = False,
    exclude: Iterable[str] = (),
    from_format: str | None = None,
    text_column: str | None = None,
    id_column: str | None = None,
) -> Summary:
    """Parse every input into `out` (JSON Lines, `-` for standard output); returns the run's summary.

    `from_format` reads every input as that format (`--from`: txt, md, html, docx, doc, pdf,
    ofd, png, jpeg, tiff) instead of by its content and name.

    `items_csv` (one row per enumeration item) and `table` (one row per input, `.csv` or
    `.parquet`) are derived from the whole of `out` once the run is over, so that they are
    complete after a resume too; with `out` standard output they are written in step.

    `text_column` reads each CSV, TSV or JSON Lines input (named, or matched by a pattern naming its
    suffix) as a table, one document per row from that column, the record's path from `id_column`
    where given (`govdoc.batch.tables`). A CSV or TSV table without those columns, an `id_column`
    without a `text_column`, or a `text_column` with no table among the inputs is a `ValueError`
    before anything is written.
    """
    to_stdout = os.fspath(out) == STDOUT
    if from_format is not None and from_format not in FORMATS:
        raise ValueError(f"--from {from_format!r} is not one of {', '.join(FORMATS)}")
    if to_stdout and (resume or retry_errors):
        raise ValueError("--resume and --retry-errors need an output file, not standard output")
    columns = _columns(inputs, text_column, id_column)
    out_path = Path(out)
    with contextlib.ExitStack() as held:
        if not to_stdout:
            held.enter_context(output_lock(out_path))
        return _run_batch(
            inputs, out_path, to_stdout, workers, timeout, ordered, resume, retry_errors, items_csv, table,
            quiet, dask_scheduler, Options(enrich, from_format), exclude, columns,
        )  # fmt: skip


def _columns(inputs: list[str], text_column: str | None, id_column: str | None) -> Columns | None:
    """The table columns asked for, checked against every table input's header before the run starts."""
    if text_column is None:
        if id_column is not None:
            raise ValueError("--id-column names the id of a table's rows: it needs --text-column")
        return None
    columns = Columns(text_column, id_column)
    tables = 0
    for file, shown in table_files(inputs):
        tables += 1
        if os.path.isfile(file):
            check_columns(file, shown, columns)
    if not tables:
        raise ValueError("--text-column reads table inputs (.csv, .tsv, .jsonl, .ndjson); none is given")
    return columns


def _run_batch(
    inputs: list[str],
    out_path: Path,
    to_stdout: bool,
    workers: int | None,
    timeout: float,
    ordered: bool,
    resume: bool,
    retry_errors: bool,
    items_csv: str | os.PathLike[str] | None,
    table: str | os.PathLike[str] | None,
    quiet: bool,
    dask_scheduler: str | None,
    options: Options,
    exclude: Iterable[str],
    columns: Columns | None = None,
) -> Summary:
    # the run's own files are never its inputs, nor is a resume's temporary rewrite
    own = [str(out_path), str(lock_path(out_path)), str(out_path) + ".rewrite", *exclude]
    own += [os.fspath(p) + end for p in (items_csv, table) if p is not None for end in ("", ".part")]

    def expand(inputs: list[str], skipped: list[str] | None = None) -> Iterator[Task]:
        """The run's inputs as tasks, never its own output, lock, rewrite or tables (walked more than once)."""
        return expand_inputs(inputs, own, skipped, columns)

    derived = Derived(items_csv, table) if (items_csv is not None or table is not None) else None  # fails early
    summary = Summary()
    prior: dict[str, Prior] = {}
    replace: set[str] = set()
    if resume or retry_errors:
        prior = read_prior(out_path)
        replace, summary.skipped = _decide(expand(inputs), prior, retry_errors)
        summary.prior_errors = sum(1 for path, seen in prior.items() if seen.error and path not in replace)
        drop_records(out_path, replace)
    elif out_path.exists() and not to_stdout:
        os.truncate(out_path, 0)  # never unlinked: a reader (or a run without the lock) keeps the same file
    submitted: deque[int] = deque()

    def todo() -> Iterator[Task]:
        """The tasks still to do: a resume skips paths already recorded unless they are being replaced."""
        for task in expand(inputs, summary.data_files):
            if task.path in prior and task.path not in replace:
                continue
            if ordered:  # only reordering needs the indices; kept always, they grew with every input
                submitted.append(task.index)
            yield task

    total = sum(1 for _ in expand(inputs)) - summary.skipped if (not quiet and sys.stderr.isatty()) else None
    progress = Progress(total, quiet)
    with contextlib.ExitStack() as stack:
        ctrl_c = stack.enter_context(CtrlC())
        stack.callback(progress.close)
        if dask_scheduler is not None:
            from govdoc.batch.scale import run_on_dask

            results = run_on_dask(todo(), dask_scheduler, options)
            pool = None
        else:
            from govdoc.batch.pool import Pool

            pool = Pool(workers or os.cpu_count() or 1, timeout, options)
            stack.callback(pool.close)  # also on Ctrl-C: the workers (which ignore SIGINT) are told to leave
            results = pool.run(todo(), ctrl_c.check)
        if ordered:
            results = _reorder(results, submitted)
        writer = Writer(STDOUT if to_stdout else out_path)
        for result in results:
            ctrl_c.check()
            writer.write(result.line)
            if derived is not None and to_stdout:
                derived.add_lines([result.line])
            summary.add(result)
            progress.update(result)
        writer.close()
    if derived is not None:
        if not to_stdout:
            with open(out_path, "rb") as fh:
                derived.add_lines(fh)
        derived.close()
    return summary
