"""PDF parse cost against two baselines timed in the same run: pypdfium2's bare text and
pdfplumber's own `extract_text()` on the same pages.

Each round times, one right after the other, pypdfium2's bare text extraction (`get_text_range`
of every page: the floor for anything built on PDFium), govdoc's whole parse with the PDFium
backend (the default) and, with `--plumber-backend`, with the pdfplumber backend, and
pdfplumber's `extract_text()`. It prints each ratio's median over the rounds with its min–max,
since the machine's load moves absolute times far more than it moves ratios. The x10 file (54
pages) shows how cost grows with length. Needs the pdfplumber extra.

    python benchmarks/bench_pdf.py --rounds 5
"""

from __future__ import annotations

import argparse
import io
import statistics
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


def timed(fn: Callable[[bytes], object], files: list[bytes]) -> float:
    start = time.perf_counter()
    for data in files:
        fn(data)
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--plumber-backend", action="store_true", help="also time govdoc with the pdfplumber backend")
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
        for data in files:  # warm: imports, PDFium's library, compiled patterns
            govdoc.parse(data, format="pdf")
            bare_text(data)
        over_bare: list[float] = []
        plumber_over: list[float] = []
        backend: list[float] = []
        parse_s: list[float] = []
        for _ in range(args.rounds):
            bare = timed(bare_text, files)
            parse = timed(lambda d: govdoc.parse(d, format="pdf"), files)
            plumber = timed(extract_text, files)
            over_bare.append(parse / bare)
            plumber_over.append(plumber / parse)
            parse_s.append(parse)
            if args.plumber_backend:
                other = timed(lambda d: govdoc.parse(d, format="pdf", pdf_backend="pdfplumber"), files)
                backend.append(other / plumber)
        print(f"{name}: {len(files)} file(s), {args.rounds} rounds, median (min–max)")
        print(f"  govdoc parse / pypdfium2 bare text:          {spread(over_bare)}x   (aim ≤ 3)")
        print(f"  pdfplumber extract_text() / govdoc parse:    {spread(plumber_over)}x   (aim ≥ 10)")
        if backend:
            print(f"  govdoc, pdfplumber backend / extract_text(): {spread(backend)}x")
        print(f"  govdoc parse, seconds (only indicative):     {spread(parse_s)} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
