"""The server's parse workers: processes that take one document at a time over their own pipe.

Parsing never runs in the event loop. A request waits for an idle worker in a bounded queue
(full: `Busy`, answered 503), hands it the document and waits in a thread for the answer, so
the loop stays free. A worker over the time limit is killed (a stuck parse cannot be
interrupted from inside) and a fresh one started in its place; one that dies is replaced too.
Workers ignore Ctrl-C (the server stops them itself) and ask the kernel to kill them when the
thread that started them, the event loop's, is gone, so no parse outlives the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from govdoc.service.job import Job, Outcome, digest

log = logging.getLogger("govdoc.service")

START_TIMEOUT = 120.0  # seconds a new worker may take to import govdoc and say it is ready


class Busy(Exception):
    """Every worker is busy and the queue of waiting requests is full."""


@dataclass(eq=False)
class _Slot:
    number: int
    process: BaseProcess
    conn: Connection


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux only)
    except (OSError, AttributeError):
        pass


def _worker_main(conn: Connection, parent: int, initializer: Callable[[], None] | None) -> None:
    _die_with_parent()
    if os.getppid() != parent:  # the server died before the request above was in place
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from govdoc.service.job import run_job, warm_up

    warm_up()
    if initializer is not None:
        initializer()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(run_job(job))


class WorkerPool:
    """`size` worker processes, a `timeout` in seconds per document, at most `max_queue` waiting.

    `initializer` runs once in each worker after govdoc is imported (it must be picklable: a
    module-level function), e.g. to register a pipeline rule or configure logging.
    """

    def __init__(
        self, size: int, timeout: float, max_queue: int, initializer: Callable[[], None] | None = None
    ) -> None:
        self.size = max(1, size)
        self.timeout = timeout
        self.max_queue = max(0, max_queue)
        self.initializer = initializer
        self.waiting = 0
        self.busy = 0
        self.restarts = 0
        self._context = mp.get_context("spawn")
        self._threads = ThreadPoolExecutor(max_workers=self.size, thread_name_prefix="govdoc-parse")
        self._slots: dict[int, _Slot] = {}
        self._starting: set[BaseProcess] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self._idle: asyncio.Queue[_Slot] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def ready(self) -> int:
        """How many workers are up (idle or parsing)."""
        return len(self._slots)

    async def start(self) -> None:
        """Start the workers; they become ready in the background (see `ready`)."""
        self._loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        for number in range(self.size):
            self._schedule_start(number)

    def _schedule_start(self, number: int) -> None:
        task = asyncio.ensure_future(self._start_worker(number))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _start_worker(self, number: int) -> None:
        delay = 0.5
        while not self._closed:
            parent, child = self._context.Pipe()
            proc = self._context.Process(
                target=_worker_main,
                args=(child, os.getpid(), self.initializer),
                daemon=True,
                name=f"govdoc-serve-worker-{number}",
            )
            proc.start()  # from the loop's thread, which lives as long as the server (see module doc)
            child.close()
            self._starting.add(proc)
            try:
                up = await asyncio.to_thread(_await_ready, parent)
            finally:
                self._starting.discard(proc)
            if up and not self._closed:
                slot = _Slot(number, proc, parent)
                self._slots[number] = slot
                assert self._idle is not None
                self._idle.put_nowait(slot)
                return
            _stop(proc, parent)
            if self._closed:
                return
            log.error("govdoc worker %d did not start; trying again in %.1f s", number, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)

    async def run(self, job: Job, *, admit: bool = True) -> Outcome:
        """Parse `job` in a worker. Raises `Busy` when the queue is full (unless `admit` is False)."""
        assert self._idle is not None and self._loop is not None, "start() the pool first"
        if admit and self._idle.empty() and self.waiting >= self.max_queue:
            raise Busy
        self.waiting += 1
        try:
            slot = await self._idle.get()
        finally:
            self.waiting -= 1
        self.busy += 1
        try:
            return await self._loop.run_in_executor(self._threads, self._call, slot, job)
        finally:
            self.busy -= 1

    def _call(self, slot: _Slot, job: Job) -> Outcome:
        """In a thread: send, wait at most `timeout`, and give the slot back or replace its worker."""
        assert self._loop is not None and self._idle is not None
        start = time.perf_counter()
        try:
            slot.conn.send(job)
            if slot.conn.poll(self.timeout):
                outcome: Outcome = slot.conn.recv()
                self._soon(self._idle.put_nowait, slot)
                return outcome
            code, message = "timeout", f"no result in {self.timeout:g} s; the parse was stopped"
        except (EOFError, OSError):
            code, message = "internal-error", "the worker died while parsing (a crash or out of memory)"
        _stop(slot.process, slot.conn)
        self._soon(self._lost, slot)
        return Outcome(None, code, message, time.perf_counter() - start, job.format, digest(job.data))

    def _soon(self, callback: Callable[[_Slot], None], slot: _Slot) -> None:
        assert self._loop is not None
        with contextlib.suppress(RuntimeError):  # the loop closed while this thread waited: shutting down
            self._loop.call_soon_threadsafe(callback, slot)

    def _lost(self, slot: _Slot) -> None:
        if self._slots.get(slot.number) is slot:
            del self._slots[slot.number]
        self.restarts += 1
        if not self._closed:
            self._schedule_start(slot.number)

    async def close(self) -> None:
        """Stop every worker: idle ones are asked to leave, busy or starting ones are killed."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        slots = list(self._slots.values())
        self._slots.clear()
        for slot in slots:
            with contextlib.suppress(OSError):
                slot.conn.send(None)
        for slot in slots:
            await asyncio.to_thread(_stop, slot.process, slot.conn, 2.0)
        for proc in list(self._starting):
            proc.kill()
        self._threads.shutdown(wait=False, cancel_futures=True)


def _await_ready(conn: Connection) -> bool:
    try:
        if not conn.poll(START_TIMEOUT):
            return False
        kind, _pid = conn.recv()
    except (EOFError, OSError):  # the worker died starting, e.g. its initializer failed
        return False
    return bool(kind == "ready")


def _stop(proc: BaseProcess, conn: Connection, grace: float = 0.0) -> None:
    if grace:
        proc.join(grace)
    if proc.is_alive():
        proc.kill()
    proc.join(5)
    conn.close()
