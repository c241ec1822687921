"""DOCX parse cost against python-docx's own reading of the same files, measured in the same run.

Baseline: `docx.Document(path)` plus a walk over its paragraphs' text (what a general tool
gives, without numbering, text boxes or structure). govdoc's ratio to it is printed per
file set; the x10 file shows how the cost grows with size. Needs the dev extra (python-docx).

    python benchmarks/bench_docx.py --rounds 10
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import govdoc

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def python_docx_walk(path: Path) -> int:
    import docx

    document = docx.Document(str(path))
    return sum(len(p.text) for p in document.paragraphs)


def best(rounds: int, fn: object, paths: list[Path]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for path in paths:
            fn(path)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    sets = {
        "fixtures": sorted((ROOT / "fixtures" / "docx").glob("*.docx")) + sorted((SHARED / "fixtures").glob("*.docx")),
        "x10": sorted((SHARED / "fixtures" / "bench").glob("*.docx")),
    }
    for name, paths in sets.items():
        if not paths:
            continue
        python_docx_walk(paths[0])
        govdoc.parse(paths[0])
        base = best(args.rounds, python_docx_walk, paths)
        ours = best(args.rounds, govdoc.parse, paths)
        print(
            f"{name}: {len(paths)} files; python-docx Document()+walk {base / len(paths) * 1000:7.1f} ms/file, "
            f"govdoc.parse {ours / len(paths) * 1000:7.1f} ms/file, ratio {ours / base:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
