"""One run per output: an exclusive lock held for the whole run.

Two runs writing one output used to lose records: the second unlinked the file the first
was still appending to. Now a run takes an exclusive `flock` on `OUT.lock` (a file beside
the output, left in place; the kernel drops the lock when the process ends, however it
ends) before it reads or truncates anything, and a second run stops at once with a clear
error. The lock is on a file of its own so that the output itself can be replaced
atomically by a resume.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


class OutputBusyError(OSError):
    """Another run holds the output."""


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold `out` for this run; raises `OutputBusyError` when another run holds it."""
    try:
        import fcntl
    except ImportError:  # no flock here (Windows): runs are not guarded against each other
        yield
        return
    lock = lock_path(out)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusyError(f"another govdoc batch is writing {out} (it holds {lock})") from None
        yield
    finally:
        os.close(fd)


def lock_path(out: Path) -> Path:
    """The lock file beside `out`: locking a file of its own lets a resume replace the output atomically."""
    return out.with_name(out.name + ".lock")
