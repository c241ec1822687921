"""A pool of worker processes with a time limit per file, that never outlives its parent.

Each worker gets one task at a time over its own pipe, so the parent knows which file a
worker is on and since when; a worker over the limit is killed, its file recorded as
`timeout`, and a fresh worker takes its place. Workers ask the kernel to kill them when the
parent dies (PR_SET_PDEATHSIG on Linux) and also leave when their pipe closes, so a parent
killed with SIGKILL leaves no worker burning CPU.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from govdoc.batch.inputs import Task
from govdoc.batch.worker import Result
from govdoc.errors import InternalError, ParseTimeoutError


def _die_with_parent() -> None:
    if not hasattr(os, "getppid"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _serve(conn: Connection, with_items: bool, parent: int, enrich: bool) -> None:
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the request was in place
        os._exit(0)
    from govdoc.batch.worker import process, warm_up

    warm_up(enrich)
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(("done", process(task, with_items, enrich)))


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: Task | None = None
    since: float = 0.0
    ready: bool = False


class Pool:
    def __init__(self, workers: int, timeout: float, with_items: bool, enrich: bool = False) -> None:
        self.size = max(1, workers)
        self.timeout = timeout
        self.with_items = with_items
        self.enrich = enrich
        self.context = mp.get_context("spawn")
        self.workers: list[_Worker] = [self._start() for _ in range(self.size)]

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        proc = self.context.Process(target=_serve, args=(child, self.with_items, os.getpid(), self.enrich), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._start()

    def run(self, tasks: Iterator[Task]) -> Iterator[Result]:
        """Results as they complete; a file over the time limit gives a `timeout` result."""
        from govdoc.batch.records import line_of

        pending = iter(tasks)
        exhausted = False
        while True:
            for worker in self.workers:
                if worker.ready and worker.task is None and not exhausted:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                    else:
                        worker.task, worker.since = task, time.monotonic()
                        worker.conn.send(task)
            busy = [w for w in self.workers if w.task is not None or not w.ready]
            if exhausted and all(w.task is None for w in self.workers):
                return
            now = time.monotonic()
            for worker in [w for w in busy if w.task is not None and now - w.since > self.timeout]:
                task = worker.task
                assert task is not None
                self._replace(worker)
                record = ParseTimeoutError(f"no result in {self.timeout:g} s", path=task.path).to_record()
                yield Result(task.index, task.path, line_of(record), "error", "", "timeout")
            deadline = min((w.since + self.timeout for w in self.workers if w.task is not None), default=now + 1.0)
            ready = wait([w.conn for w in self.workers], timeout=max(0.01, min(1.0, deadline - time.monotonic())))
            for conn in ready:
                worker = next(w for w in self.workers if w.conn is conn)
                try:
                    kind, payload = worker.conn.recv()
                except (EOFError, OSError):  # the worker died (a crash in native code, memory)
                    task = worker.task
                    self._replace(worker)
                    if task is not None:
                        died = InternalError("the worker died", path=task.path).to_record()
                        yield Result(task.index, task.path, line_of(died), "error", "", "internal-error")
                    continue
                if kind == "ready":
                    worker.ready = True
                else:
                    worker.task = None
                    assert isinstance(payload, Result)
                    yield payload

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
            worker.conn.close()
