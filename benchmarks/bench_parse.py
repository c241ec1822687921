"""Parse speed against a bare baseline measured in the same run, and how cost grows with size.

Baseline: read the same files, decode them and make one regex pass over the text (every
heading-marker candidate). govdoc's ratio to it says what the parse itself costs on this
machine today. Rounds of the two alternate and the best round of each counts, so a busy
moment of the machine hits both alike. `--rules` adds each rule's share of the parse; the
scaling part parses the seed repeated 1×, 10× and 100× (linear growth gives 10 and 100).

    python benchmarks/bench_parse.py
    python benchmarks/bench_parse.py --rounds 50 --rules
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

import govdoc
from govdoc.pipeline import default_pipeline
from govdoc.readers import format_of, read_bytes
from govdoc.state import State

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MARKER_CANDIDATE = regex.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])", regex.M
)


def corpus() -> list[Path]:
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((ROOT / "fixtures").glob("*.md"))
    for folder in (SHARED / "seed", SHARED / "corpus" / "dev"):
        paths += sorted(folder.glob("*.txt"))
    return paths


def baseline(paths: list[Path]) -> int:
    found = 0
    for path in paths:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
        found += sum(1 for _ in MARKER_CANDIDATE.finditer(text))
    return found


def govdoc_parse(paths: list[Path]) -> int:
    return sum(len(govdoc.parse(path).sections) for path in paths)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def compare(paths: list[Path], rounds: int) -> tuple[float, float]:
    """Best seconds per pass over `paths` for the baseline and for govdoc, rounds interleaved."""
    base = ours = float("inf")
    for _ in range(rounds):
        base = min(base, timed(lambda: [baseline(paths) for _ in range(5)]) / 5)
        ours = min(ours, timed(lambda: govdoc_parse(paths)))
    return base, ours


def html_pages() -> list[Path]:
    return sorted((SHARED / "corpus" / "dev").glob("*.html")) + sorted((ROOT / "fixtures").glob("*.html"))


def html_baseline(pages: list[bytes]) -> int:
    """What a general parser gives: the page parsed and all its text taken (chrome included)."""
    from selectolax.lexbor import LexborHTMLParser

    return sum(len(LexborHTMLParser(raw.decode("utf-8", "replace")).body.text()) for raw in pages)


def compare_html(rounds: int) -> tuple[int, float, float]:
    pages = [p.read_bytes() for p in html_pages()]
    base = ours = float("inf")
    for _ in range(rounds):
        base = min(base, timed(lambda: html_baseline(pages)))
        ours = min(ours, timed(lambda: [govdoc.parse(raw, format="html") for raw in pages]))
    return len(pages), base, ours


def rule_costs(paths: list[Path], rounds: int) -> dict[str, float]:
    pipeline = default_pipeline()
    data = [(p.read_bytes(), format_of(str(p)) or "txt") for p in paths]
    timings: dict[str, float] = {}
    for _ in range(rounds):
        for raw, fmt in data:
            start = time.perf_counter()
            reading = read_bytes(raw, fmt)
            timings["read"] = timings.get("read", 0.0) + time.perf_counter() - start
            pipeline.run(State(blocks=reading.blocks), timings)
    return {name: seconds / (rounds * len(data)) for name, seconds in timings.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--rules", action="store_true", help="print each rule's cost per document")
    args = ap.parse_args()
    paths = corpus()
    govdoc_parse(paths)  # warm up: imports, compiled patterns
    base, ours = compare(paths, args.rounds)
    size = sum(p.stat().st_size for p in paths)
    print(f"documents: {len(paths)} ({size / 1024:.0f} KiB), best of {args.rounds} interleaved rounds")
    print(f"baseline (read + decode + one regex pass): {len(paths) / base:8.0f} docs/s")
    print(f"govdoc.parse:                              {len(paths) / ours:8.0f} docs/s")
    print(f"ratio govdoc / baseline: {ours / base:.1f}x")
    if args.rules:
        for name, seconds in sorted(rule_costs(paths, args.rounds).items(), key=lambda kv: -kv[1]):
            print(f"  {name:26} {seconds * 1e6:7.0f} us/doc")

    count, html_base, html_ours = compare_html(args.rounds)
    print(f"html pages: {count}")
    print(f"baseline (lexbor parse + all its text):    {count / html_base:8.0f} pages/s")
    print(f"govdoc.parse(format='html'):               {count / html_ours:8.0f} pages/s")
    print(f"ratio govdoc / baseline: {html_ours / html_base:.1f}x")

    seed = (SHARED / "seed" / "putuo-reply-2023.txt").read_text(encoding="utf-8")
    timings = {}
    for factor in (1, 10, 100):
        text = "\n".join([seed] * factor)
        timings[factor] = min(timed(lambda t=text: govdoc.parse_text(t)) for _ in range(max(2, 30 // factor)))
        print(f"seed x{factor:<3} ({len(text) / 1024:5.0f} KiB): {timings[factor] * 1000:8.1f} ms")
    print(f"scaling: 10x the input costs {timings[10] / timings[1]:.1f}x, 100x costs {timings[100] / timings[1]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
