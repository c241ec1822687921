"""PDF parse cost against two baselines timed in the same run: pypdfium2's bare text and
pdfplumber's own `extract_text()` on the same pages.

Each round times, one right after the other, pypdfium2's bare text extraction (`get_text_range`
of every page: the floor for anything built on PDFium), govdoc's whole parse with the PDFium
backend (the default) and, with `--plumber-backend`, with the pdfplumber backend, and
pdfplumber's `extract_text()`. It prints each ratio's median over the rounds with its min–max,
since the machine's load moves absolute times far more than it moves ratios, and the ratio to
the bare text in CPU time too, which other processes on the cores move less. The x10 file (54
pages) shows how cost grows with length. Needs the pdfplumber extra.

    python benchmarks/bench_pdf.py --rounds 5

With `--src name=path` (repeated) it compares checkouts instead: each round runs every checkout
in a child process of its own (`PYTHONPATH=path`, rounds alternating), and each child times the
54-page file against both baselines `--repeat` times, interleaved, keeping the least of each, in
wall time and in CPU time (the latter moves less when other processes share the cores). With
`--fixtures` the children time the three short fixtures instead (one to four pages each, summed),
where a fixed or per-page cost shows that the 54-page file hides (session 14: a pypdf pass over one
page made them 6.1x their bare text while the 54-page file stood at 2.8x):

    git archive <commit> src | tar -x -C /tmp/before
    python benchmarks/bench_pdf.py --src before=/tmp/before/src --src after=src --rounds 5
    python benchmarks/bench_pdf.py --src before=/tmp/before/src --src after=src --fixtures
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import govdoc

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def extract_text(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def bare_text(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    total = 0
    for page in document:
        textpage = page.get_textpage()
        total += len(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return total


def timed(fn: Callable[[bytes], object], files: list[bytes]) -> tuple[float, float]:
    """Wall time and CPU time of `fn` over the files."""
    gc.collect()  # another run's garbage is not collected on this one's time
    start, start_cpu = time.perf_counter(), time.process_time()
    for data in files:
        fn(data)
    return time.perf_counter() - start, time.process_time() - start_cpu


def child(paths: list[Path], repeat: int) -> None:
    """One round for one checkout: the least of `repeat` interleaved timings of each (over all the
    files), as JSON."""
    files = [path.read_bytes() for path in paths]
    runs: dict[str, Callable[[bytes], object]] = {
        "bare": bare_text,
        "parse": lambda d: govdoc.parse(d, format="pdf"),
        "plumber": extract_text,
    }
    for fn in runs.values():  # warm: imports, PDFium's library, compiled patterns
        for data in files:
            fn(data)
    wall = dict.fromkeys(runs, float("inf"))
    cpu = dict.fromkeys(runs, float("inf"))
    for k in range(repeat):
        for name, fn in runs.items():
            if name == "plumber" and k >= 2:  # slow, and far from the noise
                continue
            gc.collect()  # pdfplumber's garbage is not collected on the parse's time
            start, start_cpu = time.perf_counter(), time.process_time()
            for data in files:
                fn(data)
            wall[name] = min(wall[name], time.perf_counter() - start)
            cpu[name] = min(cpu[name], time.process_time() - start_cpu)
    print(json.dumps({"wall": wall, "cpu": cpu}))


def versions(sources: list[str], rounds: int, repeat: int, paths: list[Path]) -> None:
    """Checkouts compared round by round, each against its own baselines in its own child."""
    named = dict(item.split("=", 1) for item in sources)
    ratios: dict[tuple[str, str, str], list[float]] = {}
    for _ in range(rounds):
        for name, src in named.items():
            env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
            command = [sys.executable, __file__, "--repeat", str(repeat), *(f"--child={p}" for p in paths)]
            out = json.loads(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout)
            for clock in ("wall", "cpu"):
                t = out[clock]
                ratios.setdefault((name, clock, "bare"), []).append(t["parse"] / t["bare"])
                ratios.setdefault((name, clock, "plumber"), []).append(t["plumber"] / t["parse"])
    names = ", ".join(p.name for p in paths)
    print(f"{names}: {rounds} rounds of {repeat} interleaved timings each; median (min–max) over rounds")
    for clock in ("wall", "cpu"):
        for name in named:
            print(
                f"  {name:10s} {clock:4s}  parse / pypdfium2 bare text {spread(ratios[(name, clock, 'bare')])}x"
                f"   extract_text() / parse {spread(ratios[(name, clock, 'plumber')])}x"
            )


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--plumber-backend", action="store_true", help="also time govdoc with the pdfplumber backend")
    ap.add_argument("--src", action="append", help="name=path of a checkout's src folder, to compare checkouts")
    ap.add_argument("--repeat", type=int, default=5, help="timings per round and checkout, with --src")
    ap.add_argument("--fixtures", action="store_true", help="with --src, time the short fixtures, not the 54-page file")
    ap.add_argument("--child", type=Path, action="append", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.repeat)
        return 0
    sets = {
        "fixtures": [
            p
            for p in [
                ROOT / "fixtures/pdf/seed-official.pdf",
                ROOT / "fixtures/pdf/numbering-levels.pdf",
                SHARED / "fixtures/putuo-office.pdf",
            ]
            if p.exists()
        ],
        "x10 (54 pages)": sorted((SHARED / "fixtures" / "bench").glob("*.pdf"))[:1],
    }
    if args.src:
        versions(args.src, args.rounds, args.repeat, sets["fixtures" if args.fixtures else "x10 (54 pages)"])
        return 0
    for name, paths in sets.items():
        if not paths:
            continue
        files = [p.read_bytes() for p in paths]
        for data in files:  # warm: imports, PDFium's library, compiled patterns
            govdoc.parse(data, format="pdf")
            bare_text(data)
        over_bare: list[float] = []
        over_bare_cpu: list[float] = []
        plumber_over: list[float] = []
        backend: list[float] = []
        parse_s: list[float] = []
        for _ in range(args.rounds):
            bare, bare_cpu = timed(bare_text, files)
            parse, parse_cpu = timed(lambda d: govdoc.parse(d, format="pdf"), files)
            plumber, _ = timed(extract_text, files)
            over_bare.append(parse / bare)
            over_bare_cpu.append(parse_cpu / bare_cpu)
            plumber_over.append(plumber / parse)
            parse_s.append(parse)
            if args.plumber_backend:
                other, _ = timed(lambda d: govdoc.parse(d, format="pdf", pdf_backend="pdfplumber"), files)
                backend.append(other / plumber)
        print(f"{name}: {len(files)} file(s), {args.rounds} rounds, median (min–max)")
        print(f"  govdoc parse / pypdfium2 bare text:          {spread(over_bare)}x   (aim ≤ 3)")
        print(f"  govdoc parse / pypdfium2 bare text, CPU time:{spread(over_bare_cpu)}x   (moves less under load)")
        print(f"  pdfplumber extract_text() / govdoc parse:    {spread(plumber_over)}x   (aim ≥ 10)")
        if backend:
            print(f"  govdoc, pdfplumber backend / extract_text(): {spread(backend)}x")
        print(f"  govdoc parse, seconds (only indicative):     {spread(parse_s)} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
