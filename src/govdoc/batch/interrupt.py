"""Ctrl-C that a batch run cannot lose.

Python turns SIGINT into `KeyboardInterrupt` wherever the main thread happens to be. When that
is a finaliser (`__del__`, a weakref callback, a generator closed by the garbage collector),
the interpreter reports the exception as "ignored" and carries on, so a run that should stop
with status 130 would quietly finish instead. While a batch runs, a handler also notes the
signal, and the run's loops ask `CtrlC.check()` between files, which raises again.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType
from typing import Any


class CtrlC:
    """Notes SIGINT for the length of a `with` block, in the main thread only (elsewhere a no-op)."""

    def __init__(self) -> None:
        self.seen = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> CtrlC:
        if threading.current_thread() is threading.main_thread() and (
            signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise `KeyboardInterrupt` if SIGINT came, even if its first raise was swallowed."""
        if self.seen:
            raise KeyboardInterrupt

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False
