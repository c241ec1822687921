"""Batch throughput for 1 and 2 workers, and peak memory for 1,000 vs 5,000 documents.

    python benchmarks/make_corpus.py /tmp/govdoc-corpus --texts 5000 --office 100
    python benchmarks/bench_batch.py /tmp/govdoc-corpus

Each measurement runs in a fresh process, which reports its own peak resident memory and
that of its largest worker.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(inputs: list[str], workers: int) -> dict[str, float]:
    from govdoc.batch import run_batch

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        summary = run_batch(inputs, Path(folder) / "out.jsonl", workers=workers, quiet=True)
        seconds = time.perf_counter() - start
    files = sum(summary.status.values())
    return {
        "files": files,
        "seconds": round(seconds, 2),
        "docs_per_second": round(files / seconds, 1),
        "parent_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "worker_peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def run(inputs: list[str], workers: int) -> dict[str, float]:
    here = str(Path(__file__).parent)
    code = (
        f"import json,sys; sys.path.insert(0, {here!r}); import bench_batch as b; "
        f"print(json.dumps(b.measure({inputs!r}, {workers})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus", type=Path)
    args = ap.parse_args()
    everything = [str(args.corpus / "text"), str(args.corpus / "office")]
    one = run(everything, 1)
    two = run(everything, 2)
    print(f"1 worker:  {one}")
    print(f"2 workers: {two}")
    print(f"speed-up with 2 workers: {two['docs_per_second'] / one['docs_per_second']:.2f}x")
    small = run([str(args.corpus / "text" / "0*.txt").replace("0*.txt", "00[0-9][0-9][0-9].txt")], 2)
    large = run([str(args.corpus / "text")], 2)
    print(
        f"1,000 docs: parent {small['parent_peak_mb']} MB, worker {small['worker_peak_mb']} MB ({small['files']} files)"
    )
    print(
        f"5,000 docs: parent {large['parent_peak_mb']} MB, worker {large['worker_peak_mb']} MB ({large['files']} files)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
