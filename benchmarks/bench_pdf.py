"""PDF parse cost against pdfplumber's own `extract_text()` on the same pages, in the same run.

For each file set it prints the bare `extract_text()` time, govdoc's whole parse with the
PDFium backend (the default) and with the pdfplumber backend, and their ratios. The x10 file
(54 pages) shows how cost grows with length. Needs the pdfplumber extra.

    python benchmarks/bench_pdf.py --rounds 3
"""

from __future__ import annotations

import argparse
import io
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


def best(rounds: int, fn: Callable[[bytes], object], files: list[bytes]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for data in files:
            fn(data)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
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
        "x10 (54 pages)": sorted((SHARED / "fixtures" / "bench").glob("*.pdf")),
    }
    for name, paths in sets.items():
        if not paths:
            continue
        files = [p.read_bytes() for p in paths]
        base = best(args.rounds, extract_text, files)
        pdfium = best(args.rounds, lambda d: govdoc.parse(d, format="pdf"), files)
        plumber = best(args.rounds, lambda d: govdoc.parse(d, format="pdf", pdf_backend="pdfplumber"), files)
        print(f"{name}: {len(files)} file(s)")
        print(f"  pdfplumber extract_text():          {base * 1000:8.1f} ms")
        faster = base / pdfium
        cost = plumber / base
        print(
            f"  govdoc.parse, pypdfium2 (default):  {pdfium * 1000:8.1f} ms   {faster:5.1f}x faster than extract_text"
        )
        print(f"  govdoc.parse, pdfplumber backend:   {plumber * 1000:8.1f} ms   {cost:5.2f}x extract_text's cost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
