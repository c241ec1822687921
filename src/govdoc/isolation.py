"""Work in a child process bounded in time and memory: the one runner batch, CLI and service share.

Parsing hostile input in the caller's own process risks the caller: a document can be made
to run for hours or to take all memory. Here the work runs in a child process with an
address-space cap (RLIMIT_AS), and the caller stops waiting, and kills the child, when its
time is up. Use it like this::

    from govdoc.isolation import Worker, call_isolated

    doc = call_isolated(govdoc.parse, path, timeout=30)        # one call, one fresh child

    with Worker() as worker:                                     # many calls, one child reused
        for path in paths:
            doc = worker.call(govdoc.parse, path, timeout=30)

Outcomes, always typed: a call past `timeout` raises `ParseTimeoutError` (the child is
killed; the next call starts a fresh one); a child over its memory cap raises `TooLargeError`
naming the cap; a child that dies (a crash in native code) raises `InternalError`; a
`GovDocError` raised in the child is raised again in the caller as it was. The function and
its arguments must be picklable (a module-level function such as `govdoc.parse`).

For several children at once (a pool), `Worker.submit` sends a call without waiting,
`Worker.connection` is what to pass to `multiprocessing.connection.wait`, and
`Worker.receive` collects the outcome as an `Outcome`, never raising for the call's own
failure. Children ignore SIGINT (the parent decides what Ctrl-C means), ask the kernel to
kill them when the parent dies (PR_SET_PDEATHSIG, Linux) and leave when their pipe closes.
A child that fails while starting (say, a reader's dependency that cannot be imported)
raises `WorkerStartError` with the child's own error, rather than being restarted forever.

Small work that runs no native code for long (the CLI's parse of a small text file) may
instead run with `call_here`: the same time and memory bounds and the same typed outcomes,
in the caller's own process, without a child's start-up (its only loss: a crash in native
code would end the caller).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from govdoc.errors import GovDocError, InternalError, ParseTimeoutError, TooLargeError

if TYPE_CHECKING:  # multiprocessing is imported when a child is started: `call_here` needs none
    from multiprocessing.connection import Connection

DEFAULT_MEMORY = 2 * 1024**3
"""The address-space cap of a child process in bytes (RLIMIT_AS): 2 GiB."""

START_TIMEOUT = 60.0

MAX_TIMEOUT = 1_000_000.0
"""The longest time limit in seconds (about 11 days): the timers and waits that hold a limit
cannot represent much more (an interval timer overflows near 1e10 s), nor infinity."""


def seconds(text: str) -> float:
    """A time limit given on a command line, as argparse's `type`: a number of seconds above 0
    and at most `MAX_TIMEOUT`. `inf`, `nan` or `1e12` would otherwise reach the timer and end
    the command with a traceback instead of a usage error."""
    value = float(text)
    if not 0 < value <= MAX_TIMEOUT:  # also false for nan
        raise ValueError(f"{text}: not a number of seconds above 0 and at most {MAX_TIMEOUT:g}")
    return value


def _checked(timeout: float | None) -> None:
    """A `ValueError` before any work for a limit no timer or wait can hold (nan, inf, 1e10),
    which would otherwise end the call with an `OverflowError` from deep inside."""
    if timeout is not None and not timeout <= MAX_TIMEOUT:  # also true for nan
        raise ValueError(f"timeout={timeout!r}: a time limit is at most {MAX_TIMEOUT:g} seconds")


class WorkerStartError(RuntimeError):
    """A child process failed before it could take work; the message is the child's own error."""


@dataclass(slots=True)
class Outcome:
    """What one call gave: its value, or the typed error it ended with."""

    value: Any = None
    error: GovDocError | None = None

    def get(self) -> Any:
        """The call's value, or its typed error raised in the caller, as if the call had run there."""
        if self.error is not None:
            raise self.error
        return self.value


def _die_with_parent() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _limit_memory(memory: int | None) -> None:
    if memory is None:
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):
        pass  # no RLIMIT_AS here (not Linux/BSD): the time limit still holds


def _child(conn: Connection, parent: int, memory: int | None, warm: Callable[[], None] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the request was in place
        os._exit(0)
    try:
        _limit_memory(memory)
        if warm is not None:
            warm()
    except BaseException as exc:  # reported to the parent, which stops starting children
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        fn, args, kwargs = message
        conn.send(("done", _outcome(fn, args, kwargs, memory)))


def _outcome(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], memory: int | None) -> Outcome:
    try:
        return Outcome(fn(*args, **kwargs))
    except MemoryError:
        cap = f" of {memory} bytes" if memory else ""
        return Outcome(error=TooLargeError(f"over the worker's memory limit{cap} (memory)"))
    except GovDocError as exc:
        return Outcome(error=exc)
    except Exception as exc:
        return Outcome(error=InternalError(f"{type(exc).__name__}: {exc}"))


class Worker:
    """One child process taking calls one at a time; see the module's docstring."""

    def __init__(
        self,
        *,
        memory: int | None = DEFAULT_MEMORY,
        warm: Callable[[], None] | None = None,
        context: str = "spawn",
    ) -> None:
        self.memory = memory
        self.warm = warm
        self._context_name = context
        self._context: Any = None
        self._process: Any = None
        self._conn: Connection | None = None
        self.ready = False
        self.busy_since: float | None = None

    # --- life ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the child (without waiting for it to be ready: see `receive`)."""
        if self._context is None:
            import multiprocessing

            self._context = multiprocessing.get_context(self._context_name)
        parent, child = self._context.Pipe()
        self._process = self._context.Process(
            target=_child, args=(child, os.getpid(), self.memory, self.warm), daemon=True
        )
        self._process.start()
        child.close()
        self._conn = parent
        self.ready = False
        self.busy_since = None

    def kill(self) -> None:
        """End the child now; the next call starts a fresh one."""
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None
        self.ready = False
        self.busy_since = None

    def close(self) -> None:
        """Ask the child to leave, then make sure it has."""
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(None)
        if self._process is not None:
            self._process.join(2)
        self.kill()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the parts of a call -----------------------------------------------------------------
    @property
    def connection(self) -> Connection:
        """The pipe to wait on (`multiprocessing.connection.wait`); starts the child if needed."""
        if self._conn is None:
            self.start()
        assert self._conn is not None
        return self._conn

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Send one call to a ready child (see `receive` for readiness)."""
        self.connection.send((fn, args, kwargs))
        self.busy_since = time.monotonic()

    def receive(self) -> Outcome | None:
        """The next message: an `Outcome`, or None when it only said the child is ready.

        Raises `WorkerStartError` when the child failed to start; a child that died in a
        call gives an `internal-error` outcome (or `too-large` when it died over its memory cap).
        """
        try:
            kind, payload = self.connection.recv()
        except (EOFError, OSError):
            was_busy = self.busy_since is not None
            code = self._process.exitcode if self._process is not None else None
            self.kill()
            if not was_busy:
                raise WorkerStartError(f"the worker process died while starting (exit code {code})") from None
            return Outcome(error=InternalError(f"the worker process died (exit code {code})"))
        if kind == "failed":
            self.kill()
            raise WorkerStartError(str(payload))
        if kind == "ready":
            self.ready = True
            return None
        self.busy_since = None
        assert isinstance(payload, Outcome)
        return payload

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Block until the child can take a call."""
        from multiprocessing.connection import wait

        deadline = time.monotonic() + timeout
        while not self.ready:
            if not wait([self.connection], timeout=max(0.0, deadline - time.monotonic())):
                self.kill()
                raise WorkerStartError(f"the worker process did not start in {timeout:g} s")
            self.receive()

    # --- a whole call --------------------------------------------------------------------------
    def call(self, fn: Callable[..., Any], *args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        """`fn(*args, **kwargs)` in the child; raises as the module's docstring says."""
        from multiprocessing.connection import wait

        _checked(timeout)
        self.wait_ready()
        self.submit(fn, *args, **kwargs)
        if not wait([self.connection], timeout=timeout):
            self.kill()
            raise ParseTimeoutError(f"no result in {timeout:g} s")
        outcome = self.receive()
        assert outcome is not None
        return outcome.get()


def call_isolated(
    fn: Callable[..., Any],
    *args: Any,
    timeout: float | None = None,
    memory: int | None = DEFAULT_MEMORY,
    **kwargs: Any,
) -> Any:
    """`fn(*args, **kwargs)` in a fresh child process, bounded by `timeout` seconds and `memory` bytes."""
    with Worker(memory=memory) as worker:
        return worker.call(fn, *args, timeout=timeout, **kwargs)


# --- in this process -------------------------------------------------------------------------
class _Expired(BaseException):
    """The timer's interruption: no `except Exception` in the work can take it for the work's own error."""


def can_call_here(memory: int | None = DEFAULT_MEMORY) -> bool:
    """Whether `call_here` can hold its bounds in this process.

    It needs the interval timer and its signal, unused by the caller (Unix, called from the main thread), no other
    thread (the memory cap is the whole process's), and an address space well under the cap,
    so that lowering the cap for the call cannot take memory the caller already holds.
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    if threading.active_count() > 1:
        return False
    if signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0) or signal.getsignal(signal.SIGALRM) not in (
        signal.SIG_DFL,
        None,
    ):
        return False  # the caller's own timer or alarm handler: the call's timer would take their place
    if memory is None:
        return True
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return False
    return size < memory // 4


def call_here(
    fn: Callable[..., Any],
    *args: Any,
    timeout: float | None = None,
    memory: int | None = DEFAULT_MEMORY,
    **kwargs: Any,
) -> Any:
    """`fn(*args, **kwargs)` in this process, bounded and typed as a worker's call is.

    For small work that runs no native code for long (a text parse of a small file), where
    starting a child costs more than the work: past `timeout` an interval timer interrupts
    the call (`ParseTimeoutError`; the `regex` module and Python code both answer signals),
    and the address-space cap is lowered to `memory` for the call's length (`TooLargeError`
    when it is hit). What a child adds beyond that, surviving a crash in native code, it
    cannot give: callers keep formats with native readers in a `Worker`. Check
    `can_call_here()` first; without it the bounds may not hold.
    """
    _checked(timeout)
    armed = [timeout is not None]

    def expire(signum: int, frame: object) -> None:
        """The SIGALRM handler: it interrupts the call only while the call runs, so a timer that fires just
        after it returned is not raised into the caller.
        """
        if armed[0]:
            raise _Expired

    previous = signal.signal(signal.SIGALRM, expire) if timeout is not None else None
    saved = _cap_memory(memory)
    try:
        try:
            if timeout is not None:
                signal.setitimer(signal.ITIMER_REAL, max(timeout, 1e-6))  # 0 would mean no timer
            outcome = _outcome(fn, args, kwargs, memory)
            armed[0] = False
        except _Expired:
            raise ParseTimeoutError(f"no result in {timeout:g} s") from None
        finally:
            armed[0] = False
            if timeout is not None:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        _restore_memory(saved)
        if timeout is not None:
            signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)
    return outcome.get()


def _cap_memory(memory: int | None) -> tuple[int, int] | None:
    """Lower this process's soft address-space limit to `memory`; the limits to restore, if changed."""
    if memory is None:
        return None
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft != resource.RLIM_INFINITY and soft <= memory:
            return None
        if hard != resource.RLIM_INFINITY and hard < memory:
            return None
        resource.setrlimit(resource.RLIMIT_AS, (memory, hard))
    except (ImportError, ValueError, OSError):
        return None
    return soft, hard


def _restore_memory(saved: tuple[int, int] | None) -> None:
    if saved is None:
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, saved)
