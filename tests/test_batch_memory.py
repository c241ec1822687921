"""A batch's parent holds nothing per input: its memory stays flat however many inputs stream past.

Archives of 10,000 and more documents go through one parent process; anything it keeps per
input (an index, a path, a record) grows with the archive. Measured with tracemalloc in the
parent at the 100th and the last written record: an allocation kept per input shows up as
tens of bytes times the inputs between them.
"""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest

import govdoc.batch
from govdoc.batch import run_batch

INPUTS = 1_000
FIRST = 100


def test_the_parent_keeps_nothing_per_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(INPUTS):
        (folder / f"{k:05d}.txt").write_text(f"张某委员：\n第{k}号提案收悉。\n", encoding="utf-8")
    real = govdoc.batch.Writer
    written = [0]
    traced: dict[int, int] = {}  # records written -> bytes traced then

    class Probe(real):  # type: ignore[misc,valid-type]
        def write(self, line: bytes) -> None:
            super().write(line)
            written[0] += 1
            if written[0] in (FIRST, INPUTS):
                gc.collect()
                traced[written[0]] = tracemalloc.get_traced_memory()[0]

    monkeypatch.setattr(govdoc.batch, "Writer", Probe)
    tracemalloc.start()
    try:
        summary = run_batch([str(folder)], tmp_path / "out.jsonl", workers=2, quiet=True)
    finally:
        tracemalloc.stop()
    assert sum(summary.status.values()) == INPUTS
    growth = traced[INPUTS] - traced[FIRST]
    assert growth < 8 * (INPUTS - FIRST), f"the parent grew {growth} bytes over {INPUTS - FIRST} inputs"
