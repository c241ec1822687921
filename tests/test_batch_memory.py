"""A batch's parent holds nothing per input: its memory stays flat however many inputs stream past.

Archives of 10,000 and more documents go through one parent process; anything it keeps per
input (an index, a path, a record) grows with the archive. Measured with tracemalloc in the
parent at the 100th and the last written record, counting only what was allocated with the
batch package's code on the stack (so other threads of the test process do not count): a
line of code that keeps an object per input shows up as hundreds of objects more between them,
where folder listings freed and caches filled move bytes but not counts of that order.
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
BATCH = [tracemalloc.Filter(True, "*/govdoc/batch/*", all_frames=True)]


def test_the_parent_keeps_nothing_per_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(INPUTS):
        (folder / f"{k:05d}.txt").write_text(f"张某委员：\n第{k}号提案收悉。\n", encoding="utf-8")
    real = govdoc.batch.Writer
    written = [0]
    traced: dict[int, tracemalloc.Snapshot] = {}  # records written -> what was allocated then

    class Probe(real):  # type: ignore[misc,valid-type]
        def write(self, line: bytes) -> None:
            super().write(line)
            written[0] += 1
            if written[0] in (FIRST, INPUTS):
                gc.collect()
                traced[written[0]] = tracemalloc.take_snapshot().filter_traces(BATCH)

    monkeypatch.setattr(govdoc.batch, "Writer", Probe)
    tracemalloc.start(25)
    try:
        summary = run_batch([str(folder)], tmp_path / "out.jsonl", workers=2, quiet=True)
    finally:
        tracemalloc.stop()
    assert sum(summary.status.values()) == INPUTS
    stats = traced[INPUTS].compare_to(traced[FIRST], "lineno")
    kept = [str(stat) for stat in stats if stat.count_diff >= (INPUTS - FIRST) // 4]
    assert not kept, f"the parent kept objects per input over {INPUTS - FIRST} inputs: {'; '.join(kept)}"
