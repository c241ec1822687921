"""`govdoc batch`: archives of documents to JSON Lines, every input accounted for exactly once.

Inputs stream from files, folders, globs and zip archives into a pool of worker processes;
each result is written as one whole line as soon as it is ready (or in input order with
`ordered`). A run can stop at any moment and be resumed: inputs already recorded with the
same content are skipped, a torn last line is dropped, error records can be retried. The
same job runs on a Dask cluster (`dask_scheduler`), where the workers read the same paths.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from govdoc.batch.inputs import Task, expand
from govdoc.batch.records import Prior, Writer, drop_records, read_prior
from govdoc.batch.summary import Progress, Summary
from govdoc.batch.worker import Result

DEFAULT_TIMEOUT = 300.0
ITEMS_HEADER = (
    "path",
    "title",
    "doc_number",
    "section_marker",
    "section_title",
    "phase",
    "item_ordinal",
    "lead",
    "text",
)


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
    quiet: bool = False,
    dask_scheduler: str | None = None,
    enrich: bool = False,
) -> Summary:
    """Parse every input into `out` (JSON Lines); returns the run's summary."""
    out_path = Path(out)
    summary = Summary()
    prior: dict[str, Prior] = {}
    replace: set[str] = set()
    if resume or retry_errors:
        prior = read_prior(out_path)
        replace, summary.skipped = _decide(expand(inputs), prior, retry_errors)
        drop_records(out_path, replace)
    elif out_path.exists():
        out_path.unlink()
    submitted: deque[int] = deque()

    def todo() -> Iterator[Task]:
        for task in expand(inputs):
            if task.path in prior and task.path not in replace:
                continue
            submitted.append(task.index)
            yield task

    total = sum(1 for _ in expand(inputs)) - summary.skipped if (not quiet and sys.stderr.isatty()) else None
    progress = Progress(total, quiet)
    csv_writer: Any = None
    with contextlib.ExitStack() as stack:
        if items_csv is not None:
            # UTF-8 with a BOM, so that Excel reads it as UTF-8
            csv_file = stack.enter_context(open(items_csv, "w", encoding="utf-8-sig", newline=""))
            csv_writer = csv.writer(csv_file)
            csv_writer.writerow(ITEMS_HEADER)
        stack.callback(progress.close)
        if dask_scheduler is not None:
            from govdoc.batch.scale import run_on_dask

            results = run_on_dask(todo(), dask_scheduler, with_items=items_csv is not None, enrich=enrich)
            pool = None
        else:
            from govdoc.batch.pool import Pool

            pool = Pool(workers or os.cpu_count() or 1, timeout, items_csv is not None, enrich)
            results = pool.run(todo())
        if ordered:
            results = _reorder(results, submitted)
        writer = Writer(out_path)
        for result in results:
            writer.write(result.line)
            if csv_writer is not None:
                csv_writer.writerows(result.items)
            summary.add(result)
            progress.update(result)
        if pool is not None:
            pool.close()
        writer.close()
    return summary
