"""What a text parse of this design cannot go below, against bench_parse.py's baseline, in one run.

Issue #19 item 2 asks a text parse to cost at most 10x the bare baseline (read the file, decode
it, one regex pass over the text). Every figure here is CPU time per document over
`bench_parse.py`'s corpus, the least of `--rounds` rounds interleaved with the baseline's, so a
busy moment of the machine weighs on one round of each alike. The steps, each one whole pass over
the corpus document by document (as a parse runs):

* `bare read`: the least a reader of this design does: decode, NFC, the invisible characters
  taken out, the lines split and each non-blank one made a `Block` (its folded copy made). No
  format sniffing, no conversion tool's marks, no tables: what no text reader can skip.
* `read`: govdoc's reader as a parse calls it (`read_bytes` with the format chosen).
* `read + walk`: the read, then every block visited once and given one class (`line_class`: its
  first and last character looked up; the class every rule reads).
* `read + walk + pattern`: the same, and one pattern asked of each block (`SECTION_MARKER.match`
  on its folded copy, the question most rules begin with).
* `build`: the Document built from each document's state after the rules (`build_document`, source
  positions included): what any parse pays to hand over its result, whatever its rules.
* `parse`: the whole parse (`govdoc.parse` of the bytes, format named), for the share above the floor.

The baseline is timed as `bench_parse.py` times it: five passes in a row, a fifth of their time.

`--src name=path` compares checkouts, each in a child of its own, children alternating.

    python benchmarks/bench_floor.py --rounds 8 --runs 3 --src start=/work/s20start/src --src after=src
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = ("baseline", "bare read", "read", "read + walk", "read + walk + pattern", "build", "parse")
# Zero-width and other invisible characters a reader takes out of a text (a bare read's class:
# BOM, ZWSP, ZWNJ, ZWJ, WORD JOINER, soft hyphen, the bidi marks; `str.translate` with a dict
# costs 60 times more on Chinese text).
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f]")


def _child(rounds: int) -> None:
    """One checkout's figures as `step seconds` lines (least CPU seconds per document)."""
    sys.path.insert(0, str(HERE))
    import bench_parse

    import govdoc
    from govdoc import patterns as P
    from govdoc.blocks import Block
    from govdoc.model import Source
    from govdoc.pipeline import default_pipeline
    from govdoc.readers import format_of, read_bytes
    from govdoc.readers.sniff import choose_format
    from govdoc.rules.build import build_document
    from govdoc.rules.lines.classify import line_class
    from govdoc.state import State

    paths = bench_parse.corpus()
    data = [(p.read_bytes(), format_of(str(p))) for p in paths]
    named = [(raw, choose_format(raw, name)) for raw, name in data]
    marker = P.SECTION_MARKER

    def bare_read() -> int:
        n = 0
        for raw, _ in data:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("gb18030")
            text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
            blocks = [Block(line) for line in text.splitlines() if line.strip()]
            n += len(blocks)
        return n

    def read() -> int:
        return sum(len(read_bytes(raw, fmt).blocks) for raw, fmt in named)

    def read_walk() -> int:
        n = 0
        for raw, fmt in named:
            for b in read_bytes(raw, fmt).blocks:
                n += line_class(b) & 1
        return n

    def read_walk_pattern() -> int:
        n = 0
        for raw, fmt in named:
            for b in read_bytes(raw, fmt).blocks:
                n += line_class(b) & 1
                n += marker.match(b.folded) is not None
        return n

    def parse() -> int:
        return sum(len(govdoc.parse(raw, format=fmt).sections) for raw, fmt in named)

    def baseline() -> int:  # five passes in a row, as bench_parse.py times it (its figure is a fifth)
        return sum(bench_parse.baseline(paths) for _ in range(5))

    pipeline = default_pipeline()
    source = Source(None, "txt", "utf-8", None, "")
    states = []
    for raw, fmt in named:
        reading = read_bytes(raw, fmt)
        states.append(State(blocks=reading.blocks, format=reading.format))
        pipeline.run(states[-1])

    def build() -> int:
        return sum(len(build_document(state, source).sections) for state in states)

    steps: dict[str, Callable[[], object]] = {
        "baseline": baseline,
        "bare read": bare_read,
        "read": read,
        "read + walk": read_walk,
        "read + walk + pattern": read_walk_pattern,
        "build": build,
        "parse": parse,
    }
    for fn in steps.values():  # patterns compiled, caches filled
        fn()
    best = dict.fromkeys(steps, float("inf"))
    for _ in range(rounds):
        for name, fn in steps.items():
            start = time.process_time()
            fn()
            best[name] = min(best[name], (time.process_time() - start) / len(paths) / (5 if name == "baseline" else 1))
    for name, seconds in best.items():
        print(f"{name}\t{seconds}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3, help="child runs per checkout")
    ap.add_argument("--src", action="append", default=[], help="name=path of a checkout's src")
    ap.add_argument("--child", type=int, metavar="ROUNDS", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child)
        return 0
    sources = dict(s.split("=", 1) for s in args.src) or {"here": str(HERE.parent / "src")}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in sources}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for name, src in sources.items():
            env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(args.rounds)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            results[name].append({k: float(v) for k, v in (line.split("\t") for line in out.splitlines())})
            loads.append(os.getloadavg()[0])
    load = f"load {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores"
    print(f"{args.runs} runs of {args.rounds} rounds per checkout, {load}")
    print("µs a document, median (min–max) over the runs; ratio to the same run's baseline, median (min–max)")
    for name, rows in results.items():
        print(name)
        for step in STEPS:
            us = [r[step] * 1e6 for r in rows]
            ratio = [r[step] / r["baseline"] for r in rows]
            print(
                f"  {step:24s} {statistics.median(us):7.1f} ({min(us):.1f}–{max(us):.1f}) µs"
                f"  {statistics.median(ratio):5.2f}x ({min(ratio):.2f}–{max(ratio):.2f})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
