"""The server's parse workers: a fixed set of `govdoc.isolation.Worker`s, one document each at a time.

Parsing never runs in the event loop. A request waits for an idle worker in a bounded queue
(full: `Busy`, answered 503), hands it the document and waits in a thread for the answer, so
the loop stays free. Each worker is the runner batch and CLI share: a child process under an
address-space cap, ignoring Ctrl-C, killed with its parent. A worker over the time limit is
killed (a stuck parse cannot be interrupted from inside) and a fresh one started in its
place; one that dies is replaced too. Workers are started from the event loop's thread,
which lives as long as the server: the kernel ties a child's death signal to that thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import wait

from govdoc.isolation import DEFAULT_MEMORY, START_TIMEOUT, Worker, WorkerStartError
from govdoc.service.job import Job, Outcome, digest, run_job

log = logging.getLogger("govdoc.service")


class Busy(Exception):
    """Every worker is busy and the queue of waiting requests is full."""


@dataclass(eq=False)
class _Slot:
    number: int
    worker: Worker


def _warm(initializer: Callable[[], None] | None) -> None:
    """In each child, before it takes work: govdoc's imports, then the server's own initializer."""
    from govdoc.service.job import warm_up

    warm_up()
    if initializer is not None:
        initializer()


class WorkerPool:
    """`size` workers, a `timeout` in seconds per document, at most `max_queue` requests waiting.

    `memory` caps each worker's address space in bytes (None: no cap). `initializer` runs
    once in each worker after govdoc is imported (it must be picklable: a module-level
    function), e.g. to register a pipeline rule or configure logging.
    """

    def __init__(
        self,
        size: int,
        timeout: float,
        max_queue: int,
        initializer: Callable[[], None] | None = None,
        memory: int | None = DEFAULT_MEMORY,
    ) -> None:
        self.size = max(1, size)
        self.timeout = timeout
        self.max_queue = max(0, max_queue)
        self.memory = memory
        self.warm = functools.partial(_warm, initializer)
        self.waiting = 0
        self.busy = 0
        self.restarts = 0
        self._threads = ThreadPoolExecutor(max_workers=self.size, thread_name_prefix="govdoc-parse")
        self._slots: dict[int, _Slot] = {}
        self._starting: set[Worker] = set()
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
            worker = Worker(memory=self.memory, warm=self.warm)
            worker.start()  # from the loop's thread (see the module's docstring)
            self._starting.add(worker)
            try:
                await asyncio.to_thread(worker.wait_ready, START_TIMEOUT)
            except WorkerStartError as exc:
                log.error("govdoc worker %d did not start (%s); trying again in %.1f s", number, exc, delay)
            else:
                if not self._closed:
                    slot = _Slot(number, worker)
                    self._slots[number] = slot
                    assert self._idle is not None
                    self._idle.put_nowait(slot)
                    return
            finally:
                self._starting.discard(worker)
            worker.kill()
            if self._closed:
                return
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
        start = time.perf_counter()
        worker = slot.worker
        try:
            worker.submit(run_job, job)
            if wait([worker.connection], timeout=self.timeout):
                result = worker.receive()  # a worker that died is already killed by receive
                if result is not None and result.error is None:
                    self._soon(self._give_back, slot)
                    outcome: Outcome = result.value
                    return outcome
                error = result.error if result is not None else None
                code = error.code if error is not None else "internal-error"
                message = error.message if error is not None else "the worker answered out of turn"
            else:
                code, message = "timeout", f"no result in {self.timeout:g} s; the parse was stopped"
        except (EOFError, OSError):
            code, message = "internal-error", "the worker died while parsing (a crash or out of memory)"
        worker.kill()
        self._soon(self._lost, slot)
        return Outcome(None, code, message, time.perf_counter() - start, job.format, digest(job.data))

    def _soon(self, callback: Callable[[_Slot], None], slot: _Slot) -> None:
        assert self._loop is not None
        with contextlib.suppress(RuntimeError):  # the loop closed while this thread waited: shutting down
            self._loop.call_soon_threadsafe(callback, slot)

    def _give_back(self, slot: _Slot) -> None:
        assert self._idle is not None
        self._idle.put_nowait(slot)

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
        await asyncio.gather(*(asyncio.to_thread(slot.worker.close) for slot in slots))
        for worker in list(self._starting):
            worker.kill()
        self._threads.shutdown(wait=False, cancel_futures=True)
