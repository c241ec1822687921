"""The batch job on a Dask cluster: the same per-file work, scheduled by dask.distributed.

Workers must see the same paths (a shared file system). From Python, `records_bag(paths)`
gives a dask.bag of record lines to compose with other Dask work.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from govdoc.batch.inputs import Task, expand
from govdoc.batch.tables import Columns
from govdoc.batch.worker import DEFAULTS, Options, Result, process

BATCH = 64


def run_on_dask(tasks: Iterator[Task], scheduler: str, options: Options = DEFAULTS) -> Iterator[Result]:
    """Results as Dask workers finish them; at most `BATCH` tasks are in flight, so memory stays flat
    however many inputs there are.
    """
    from govdoc.deps import require

    require("distributed")
    from distributed import Client, as_completed

    with Client(scheduler) as client:  # type: ignore[no-untyped-call]
        running = as_completed()  # type: ignore[no-untyped-call]
        in_flight = 0
        for task in tasks:
            running.add(client.submit(process, task, options, pure=False))  # type: ignore[no-untyped-call]
            in_flight += 1
            if in_flight >= BATCH:  # a bounded number in flight: memory stays flat
                yield next(running).result()
                in_flight -= 1
        for future in running:
            yield future.result()


def records_bag(
    inputs: list[str], *, npartitions: int | None = None, options: Options = DEFAULTS, columns: Columns | None = None
) -> Any:
    """A dask.bag of JSON record lines (str), one per input, for use from Python; with `columns`
    (`govdoc.batch.tables.Columns`) one per row of each table input, as `--text-column` gives."""
    from govdoc.deps import require

    db = require("dask.bag")

    skipped: list[str] = []
    tasks = list(expand(inputs, skipped=skipped, columns=columns))
    if skipped:  # as the command's summary does: nothing left out without a word
        logging.getLogger("govdoc").info(
            "left out as data, not documents: %d file(s): %s", len(skipped), ", ".join(skipped)
        )
    bag = db.from_sequence(tasks, npartitions=npartitions or max(1, min(len(tasks), 64)))
    return bag.map(lambda task: process(task, options).line.decode("utf-8"))
