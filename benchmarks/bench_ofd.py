"""OFD parse time per page, next to the PDF figures for the same documents in the same run.

The PDF fixtures are rewritten as OFD by the tests' writer (one text object per line, and one
per character), so both formats carry the same pages: the difference is the reader, since the
layout after it is shared. The real OFD samples give their own per-page cost. Rounds of all
alternate and the best round of each counts, so a busy moment of the machine hits all alike.

    python benchmarks/bench_ofd.py --rounds 5
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tests.ofd_writer import write_ofd  # noqa: E402

import govdoc  # noqa: E402
from govdoc.readers.pdf_chars import read_pages  # noqa: E402


def best(rounds: int, fn: Callable[[], object]) -> float:
    fastest = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    pdfs = [
        ROOT / "fixtures/pdf/seed-official.pdf",
        ROOT / "fixtures/pdf/numbering-levels.pdf",
        SHARED / "fixtures/putuo-office.pdf",
        *sorted((SHARED / "fixtures" / "bench").glob("*.pdf")),
    ]
    print(f"best of {args.rounds} rounds; ms per page")
    print(f"{'document':34} {'pages':>5} {'PDF':>8} {'OFD lines':>10} {'OFD chars':>10}")
    for pdf in pdfs:
        if not pdf.exists():
            continue
        data = pdf.read_bytes()
        pages = read_pages(data, backend="pypdfium2", path=None)
        by_line, by_char = write_ofd(pages), write_ofd(pages, by_char=True)
        govdoc.parse(by_line, format="ofd")  # warm up: imports
        n = len(pages)
        t_pdf = best(args.rounds, lambda d=data: govdoc.parse(d, format="pdf"))
        t_line = best(args.rounds, lambda d=by_line: govdoc.parse(d, format="ofd"))
        t_char = best(args.rounds, lambda d=by_char: govdoc.parse(d, format="ofd"))
        print(f"{pdf.name:34} {n:5} {t_pdf / n * 1000:8.1f} {t_line / n * 1000:10.1f} {t_char / n * 1000:10.1f}")
    print()
    print(f"{'real OFD sample':34} {'pages':>5} {'OFD':>8}")
    for path in sorted((SHARED / "fixtures" / "ofd").glob("*.ofd")):
        raw = path.read_bytes()
        doc = govdoc.parse(raw, format="ofd")
        n = doc.source.pages or 1
        seconds = best(args.rounds, lambda d=raw: govdoc.parse(d, format="ofd"))
        print(f"{path.name:34} {n:5} {seconds / n * 1000:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
