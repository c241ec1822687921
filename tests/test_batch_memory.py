"""A batch's parent holds nothing per input: its memory stays flat however many inputs stream past.

Archives of 10,000 and more documents go through one parent process; anything it keeps per
input (an index, a path, a record) grows with the archive. Measured with tracemalloc in the
parent at the 100th and the last written record, counting only what was allocated with the
batch package's code on the stack: a line of code that keeps an object per input shows up as
hundreds of objects more between them, where folder listings freed and caches filled move
bytes but not counts of that order. The batch runs in a fresh interpreter, so that nothing an
earlier test left in this process (a frozen collector, a handler holding records) counts.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

INPUTS = 1_000
FIRST = 100
ROOT = Path(__file__).resolve().parents[1]


def kept_per_input(folder: str) -> list[str]:
    """Lines of code with more objects alive at the last record than at the FIRST-th, a quarter per input or more."""
    import govdoc.batch
    from govdoc.batch import run_batch

    batch_code = [tracemalloc.Filter(True, "*/govdoc/batch/*", all_frames=True)]
    written = [0]
    traced: dict[int, tracemalloc.Snapshot] = {}

    class Probe(govdoc.batch.Writer):  # type: ignore[misc,name-defined]
        def write(self, line: bytes) -> None:
            super().write(line)
            written[0] += 1
            if written[0] in (FIRST, INPUTS):
                gc.collect()
                traced[written[0]] = tracemalloc.take_snapshot().filter_traces(batch_code)

    govdoc.batch.Writer = Probe  # type: ignore[misc]
    tracemalloc.start(25)
    summary = run_batch([folder], Path(folder).parent / "out.jsonl", workers=2, quiet=True)
    tracemalloc.stop()
    assert sum(summary.status.values()) == INPUTS
    stats = traced[INPUTS].compare_to(traced[FIRST], "lineno")
    return [str(stat) for stat in stats if stat.count_diff >= (INPUTS - FIRST) // 4]


def test_the_parent_keeps_nothing_per_input(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(INPUTS):
        (folder / f"{k:05d}.txt").write_text(f"张某委员：\n第{k}号提案收悉。\n", encoding="utf-8")
    code = f"import json; from tests.test_batch_memory import kept_per_input; print(json.dumps(kept_per_input({str(folder)!r})))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    kept = json.loads(done.stdout.strip().splitlines()[-1])
    assert not kept, f"the parent kept objects per input over {INPUTS - FIRST} inputs: {'; '.join(kept)}"
