"""A pool of worker processes with a time limit per file, that never outlives its parent.

Built on `govdoc.isolation.Worker`: each worker gets one task at a time over its own pipe,
so the parent knows which file a worker is on and since when; a worker over the limit is
killed, its file recorded as `timeout`, and a fresh worker takes its place. Workers run
under an address-space cap (a file that needs more is `too-large`), ignore SIGINT (Ctrl-C
is the parent's to handle), die with the parent, and leave when their pipe closes. A worker
that fails while starting (a reader's dependency that cannot be imported) is not restarted
forever: after `START_FAILURES` such failures the run stops with the worker's own error.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import wait

from govdoc.batch.inputs import Task
from govdoc.batch.worker import DEFAULTS, Options, Result, process, warm_up
from govdoc.isolation import DEFAULT_MEMORY, Worker, WorkerStartError

START_FAILURES = 3


class Pool:
    """Worker processes that take one task each and are replaced when over the time limit or dead."""

    def __init__(self, workers: int, timeout: float, options: Options = DEFAULTS) -> None:
        self.size = max(1, workers)
        self.timeout = timeout
        self.options = options
        self.start_failures = 0
        self.workers: list[Worker] = [self._start() for _ in range(self.size)]
        self.tasks: dict[int, Task] = {}  # worker's position -> the task it is on

    def _start(self) -> Worker:
        worker = Worker(memory=DEFAULT_MEMORY, warm=functools.partial(warm_up, self.options.enrich))
        worker.start()
        return worker

    def _replace(self, k: int) -> None:
        self.workers[k].kill()
        self.tasks.pop(k, None)
        self.workers[k] = self._start()

    def _error(self, task: Task, code: str, message: str) -> Result:
        from govdoc.batch.records import line_of

        record = {"path": task.path, "sha256": None, "error": {"code": code, "message": message}}
        return Result(task.index, task.path, line_of(record), "error", "", code)

    def run(self, tasks: Iterator[Task], check: Callable[[], None] = lambda: None) -> Iterator[Result]:
        """Results as they complete; a file over the time limit gives a `timeout` result.

        `check` is called on every turn of the loop (at least once a second), so a Ctrl-C noted by
        `CtrlC` stops the run even when its `KeyboardInterrupt` was swallowed by a finaliser.
        """
        pending = iter(tasks)
        exhausted = False
        while True:
            check()
            for k, worker in enumerate(self.workers):
                if worker.ready and k not in self.tasks and not exhausted:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                    else:
                        self.tasks[k] = task
                        worker.submit(process, task, self.options)
            if exhausted and not self.tasks:
                return
            now = time.monotonic()
            for k, worker in enumerate(self.workers):
                since = worker.busy_since
                if k in self.tasks and since is not None and now - since > self.timeout:
                    task = self.tasks[k]
                    self._replace(k)
                    yield self._error(task, "timeout", f"no result in {self.timeout:g} s")
            starts = [w.busy_since for w in self.workers if w.busy_since is not None]
            deadline = min((s + self.timeout for s in starts), default=now + 1.0)
            ready = wait([w.connection for w in self.workers], timeout=max(0.01, min(1.0, deadline - time.monotonic())))
            for conn in ready:
                k = next(i for i, w in enumerate(self.workers) if w.connection is conn)
                try:
                    outcome = self.workers[k].receive()
                except WorkerStartError:
                    self.start_failures += 1
                    if self.start_failures >= START_FAILURES:
                        raise
                    self._replace(k)
                    continue
                if outcome is None:  # the worker is ready
                    continue
                task = self.tasks.pop(k)
                if outcome.error is not None:  # the worker died, or ran out of memory outside the parse
                    yield self._error(task, outcome.error.code, outcome.error.message)
                    continue
                assert isinstance(outcome.value, Result)
                yield outcome.value

    def close(self) -> None:
        """Tell every worker to leave and make sure it has, also on Ctrl-C (the workers ignore SIGINT)."""
        for worker in self.workers:
            worker.close()
