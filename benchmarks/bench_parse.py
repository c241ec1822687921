"""Parse speed against a bare baseline measured in the same run, and how cost grows with size.

Baseline: read the same files, decode them and make one regex pass over the text (every
heading-marker candidate). govdoc's ratio to it says what the parse itself costs on this
machine today. Rounds of the two alternate and the best round of each counts, so a busy
moment of the machine hits both alike. `--rules` adds each rule's share of the parse; the
scaling part parses the seed repeated 1×, 10× and 100× (linear growth gives 10 and 100).

`--src name=path` without `--cold` compares checkouts on the text corpus: each run starts a
child per checkout (alternating) that keeps the least CPU time of `--rounds` interleaved rounds
of the baseline and of govdoc, and the ratios are given as the best run and the median with
min–max over `--runs` runs, with each part's cost (read, rules, build of the Document and,
within it, source positions) per document from the best run. The child's first pass over the
corpus is timed too and shown apart: the least of later rounds leaves out what is paid once
(patterns compiled on first use, caches filled), which a short run pays in full.

`--cold` times the start of `govdoc parse x.txt` instead: a fresh interpreter parsing a small
notice, against a bare `python -c pass`, for one or several checkouts (`--src name=path`), runs
interleaved. Wall and CPU time (user + system of the child) are both given as medians with
their min–max over the runs; CPU time is what a loaded machine inflates least. Bytecode is
cached first (an installed package has it), whatever PYTHONDONTWRITEBYTECODE says.

    python benchmarks/bench_parse.py
    python benchmarks/bench_parse.py --rounds 50 --rules
    python benchmarks/bench_parse.py --cold 15 --src before=/tmp/before/src --src after=src
    python benchmarks/bench_parse.py --runs 6 --rounds 8 --src before=/tmp/before/src --src after=src
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

import govdoc
from govdoc.blocks import Block
from govdoc.model import Document
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


def cpu_timed(fn: Callable[[], object]) -> float:
    """CPU seconds of this process: time spent waiting for a busy machine's cores does not count."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def compare(
    paths: list[Path], rounds: int, clock: Callable[[Callable[[], object]], float] = timed
) -> tuple[float, float]:
    """Best seconds per pass over `paths` for the baseline and for govdoc, rounds interleaved."""
    base = ours = float("inf")
    for _ in range(rounds):
        base = min(base, clock(lambda: [baseline(paths) for _ in range(5)]) / 5)
        ours = min(ours, clock(lambda: govdoc_parse(paths)))
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
    """CPU seconds per document of the read and of each rule, the least of `rounds` rounds (a
    round's sum, so a moment when the machine was busy weighs on one round only)."""
    pipeline = default_pipeline()
    data = [(p.read_bytes(), format_of(str(p)) or "txt") for p in paths]
    best: dict[str, float] = {}
    for _ in range(rounds):
        timings: dict[str, float] = {}
        for raw, fmt in data:
            start = time.process_time()
            reading = read_bytes(raw, fmt)
            timings["read"] = timings.get("read", 0.0) + time.process_time() - start
            pipeline.run(State(blocks=reading.blocks, format=reading.format), timings, time.process_time)
        for name, seconds in timings.items():
            best[name] = min(best.get(name, float("inf")), seconds / len(data))
    return best


NOTICE = (
    "关于做好秋季防火工作的通知\n\n各街道办事处：\n\n现将有关事项通知如下。\n\n一、加强巡查\n\n"
    "各单位每日巡查一次。\n\n某区应急管理局\n2025年10月8日\n"
)


def _child_seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _spread(values: list[float], scale: float = 1.0, digits: int = 1) -> str:
    m, lo, hi = (v * scale for v in (statistics.median(values), min(values), max(values)))
    return f"{m:.{digits}f} ({lo:.{digits}f}–{hi:.{digits}f})"


def cold_start(runs: int, sources: dict[str, str]) -> None:
    """`govdoc parse notice.txt` from a fresh interpreter against `python -c pass`, per checkout."""
    sample = Path(tempfile.mkdtemp()) / "notice.txt"
    sample.write_text(NOTICE, encoding="utf-8")
    bare = [sys.executable, "-c", "pass"]
    envs = {}
    for name, src in sources.items():
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = str(Path(src).resolve())
        envs[name] = env
        _child_seconds([sys.executable, "-m", "govdoc", "parse", str(sample)], env)  # caches the bytecode
    walls: dict[str, list[float]] = {name: [] for name in sources}
    cpus: dict[str, list[float]] = {name: [] for name in sources}
    ratios: dict[str, list[float]] = {name: [] for name in sources}
    cpu_ratios: dict[str, list[float]] = {name: [] for name in sources}
    for _ in range(runs):
        for name, env in envs.items():  # a bare start right before each parse, checkouts alternating
            base_wall, base_cpu = _child_seconds(bare, env)
            wall, cpu = _child_seconds([sys.executable, "-m", "govdoc", "parse", str(sample)], env)
            walls[name].append(wall)
            cpus[name].append(cpu)
            ratios[name].append(wall / base_wall)
            cpu_ratios[name].append(cpu / max(base_cpu, 1e-3))
    load = os.getloadavg()[0]
    print(f"cold start, {runs} runs per checkout, load average {load:.1f} on {os.cpu_count()} cores")
    print("  medians (min–max): wall / bare wall, CPU / bare CPU, wall ms, CPU ms")
    for name in sources:
        print(
            f"  {name:10s} {_spread(ratios[name])}x  {_spread(cpu_ratios[name])}x  "
            f"{_spread(walls[name], 1000, 0)} ms  {_spread(cpus[name], 1000, 0)} ms"
        )


def parts(paths: list[Path], rounds: int) -> dict[str, float]:
    """Least CPU seconds per document of each part of a parse: read (format sniffed, bytes to
    blocks), the rules, the Document built from the state, and within that its source positions."""
    from govdoc.model import Source
    from govdoc.readers.sniff import choose_format
    from govdoc.rules import build

    pipeline = default_pipeline()
    data = [(p.read_bytes(), format_of(str(p))) for p in paths]
    source = Source(None, "txt", "utf-8", None, "")
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, float("inf")), seconds / len(paths))

    locate = build.locate
    for _ in range(rounds):
        start = time.process_time()
        readings = [read_bytes(raw, choose_format(raw, named)) for raw, named in data]
        keep("read", time.process_time() - start)
        states = [State(blocks=r.blocks, format=r.format) for r in readings]
        start = time.process_time()
        for state in states:
            pipeline.run(state)
        keep("rules", time.process_time() - start)
        start = time.process_time()
        for state in states:
            build.build_document(state, source)
        keep("build", time.process_time() - start)
        build.locate = _unplaced
        try:
            start = time.process_time()
            for state in states:
                build.build_document(state, source)
            keep("build without positions", time.process_time() - start)
        finally:
            build.locate = locate
    best["positions"] = best["build"] - best.pop("build without positions")
    return best


def _unplaced(doc: Document, blocks: Sequence[Block], spans: object = None) -> Document:
    """`locate` left out: the Document as built, without source positions (`spans`: the walk a
    checkout's build may hand over)."""
    return doc


def _child_text(rounds: int) -> None:
    """One child of `compare_checkouts`: its numbers as `name seconds` lines."""
    paths = corpus()
    first = cpu_timed(lambda: govdoc_parse(paths))  # patterns compiled, caches filled: what a short run pays
    base, ours = compare(paths, rounds, cpu_timed)
    print(f"baseline {base / len(paths)}\nparse {ours / len(paths)}\nfirst {first / len(paths)}")
    for name, seconds in parts(paths, rounds).items():
        print(f"{name} {seconds}")


def compare_checkouts(runs: int, rounds: int, sources: dict[str, str]) -> None:
    """The text corpus ratio (CPU time) of several checkouts, children alternating run by run."""
    results: dict[str, list[dict[str, float]]] = {name: [] for name in sources}
    for _ in range(runs):
        for name, src in sources.items():
            env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
            command = [sys.executable, __file__, "--child-text", str(rounds)]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
            results[name].append({k: float(v) for k, v in (line.rsplit(" ", 1) for line in out.splitlines())})
    load = os.getloadavg()[0]
    print(
        f"text corpus, {runs} runs of {rounds} rounds per checkout, load average {load:.1f} on {os.cpu_count()} cores"
    )
    print("  CPU ratio govdoc / baseline: best run, median (min–max); then µs per document in the best run")
    for name, rows in results.items():
        ratios = [r["parse"] / r["baseline"] for r in rows]
        top = min(rows, key=lambda r: r["parse"] / r["baseline"])
        cost = ", ".join(
            f"{k} {top[k] * 1e6:.0f}" for k in ("baseline", "parse", "read", "rules", "build", "positions")
        )
        print(f"  {name:10s} {min(ratios):.1f}x  {_spread(ratios)}x  ({cost})")
    print("  first pass (lazy imports, patterns compiled, caches filled), µs per document: median (min–max)")
    for name, rows in results.items():
        print(f"  {name:10s} {_spread([r['first'] for r in rows], 1e6, 0)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--rules", action="store_true", help="print each rule's cost per document")
    ap.add_argument("--text-only", action="store_true", help="only the text corpus ratio (no rules, HTML, scaling)")
    ap.add_argument("--cold", type=int, metavar="RUNS", help="time the cold start of `govdoc parse x.txt` instead")
    ap.add_argument("--src", action="append", default=[], help="name=path of a checkout's src (several compare them)")
    ap.add_argument("--runs", type=int, default=5, help="child runs per checkout when comparing checkouts")
    ap.add_argument("--child-text", type=int, metavar="ROUNDS", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_text:
        _child_text(args.child_text)
        return 0
    if args.src and not args.cold:
        compare_checkouts(args.runs, args.rounds, dict(item.split("=", 1) for item in args.src))
        return 0
    if args.cold:
        sources = dict(item.split("=", 1) for item in args.src) or {"this": str(ROOT / "src")}
        cold_start(args.cold, sources)
        return 0
    paths = corpus()
    govdoc_parse(paths)  # warm up: imports, compiled patterns
    base, ours = compare(paths, args.rounds)
    size = sum(p.stat().st_size for p in paths)
    print(f"documents: {len(paths)} ({size / 1024:.0f} KiB), best of {args.rounds} interleaved rounds")
    print(f"baseline (read + decode + one regex pass): {len(paths) / base:8.0f} docs/s")
    print(f"govdoc.parse:                              {len(paths) / ours:8.0f} docs/s")
    print(f"ratio govdoc / baseline: {ours / base:.1f}x")
    cpu_base, cpu_ours = compare(paths, args.rounds, cpu_timed)
    print(f"ratio in CPU time (what a loaded machine inflates least): {cpu_ours / cpu_base:.1f}x")
    if args.text_only:
        return 0
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
