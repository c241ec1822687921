"""Ctrl-C stops a batch run even when Python swallows its KeyboardInterrupt in a finaliser."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

import govdoc.batch
from govdoc.batch import run_batch
from govdoc.batch.inputs import Task
from govdoc.batch.interrupt import CtrlC
from tests.conftest import SEED

# the swallowed interrupt is reported by the interpreter as unraisable: that is the case under test
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture(autouse=True)
def ctrl_c_as_at_a_terminal() -> Iterator[None]:
    """Python's own SIGINT handler, as in a program started at a terminal: a shell that starts
    a job in the background (a CI runner may) leaves SIGINT ignored, and the run must keep that."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


class _InterruptedWhileFinalised:
    """SIGINT delivered while a finaliser runs: the interpreter reports it "ignored" and goes on."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)


def _swallowed_ctrl_c() -> None:
    _InterruptedWhileFinalised()  # collected at once, its __del__ raising into nowhere


def test_a_ctrl_c_swallowed_by_a_finaliser_is_still_noted() -> None:
    with CtrlC() as ctrl_c:
        _swallowed_ctrl_c()
        assert ctrl_c.seen
        with pytest.raises(KeyboardInterrupt):
            ctrl_c.check()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_batch_run_stops_on_a_ctrl_c_that_a_finaliser_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for k in range(12):
        (tmp_path / f"{k:02d}.txt").write_bytes(SEED.read_bytes())
    real = govdoc.batch.expand_inputs

    def inputs_then_ctrl_c(*args: object, **kwargs: object) -> Iterator[Task]:
        for n, task in enumerate(real(*args, **kwargs)):  # type: ignore[arg-type]
            if n == 3:
                _swallowed_ctrl_c()
            yield task

    monkeypatch.setattr(govdoc.batch, "expand_inputs", inputs_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(tmp_path / "*.txt")], tmp_path / "out.jsonl", workers=1, quiet=True)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back after the run
    written = (tmp_path / "out.jsonl").read_bytes().count(b"\n")
    assert written < 12, "the run went on to the end after Ctrl-C"


def test_a_run_whose_ctrl_c_is_ignored_leaves_it_ignored() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with CtrlC() as ctrl_c:
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        ctrl_c.check()
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
