"""Enrichment cost per document beside the parse cost, and organisation accuracy per document.

    python benchmarks/bench_enrich.py --rounds 5

Loading jieba is paid once per process (reported apart); the per-document figures are after it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import govdoc
from govdoc.enrichment import enrich
from govdoc.enrichment.organizations import organizations
from govdoc.enrichment.tokenizer import general_idf, pos_tokenizer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    start = time.perf_counter()
    pos_tokenizer()
    general_idf()
    print(f"loading jieba, its dictionary and the IDF tables: {time.perf_counter() - start:.2f} s (once per process)")
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((SHARED / "corpus" / "dev").glob("*.txt"))
    docs = [govdoc.parse(p) for p in paths]
    enrich(docs[0])
    parse_best = enrich_best = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for p in paths:
            govdoc.parse(p)
        t1 = time.perf_counter()
        for d in docs:
            enrich(d)
        t2 = time.perf_counter()
        parse_best, enrich_best = min(parse_best, t1 - t0), min(enrich_best, t2 - t1)
    n = len(paths)
    print(
        f"{n} documents: parse {parse_best / n * 1000:.2f} ms/doc, enrich {enrich_best / n * 1000:.2f} ms/doc "
        f"({enrich_best / parse_best:.1f}x the parse)"
    )
    labels = json.loads((ROOT / "tests" / "data" / "organizations.json").read_text(encoding="utf-8"))
    hits = found = wanted = 0
    for name, want in labels.items():
        got = {o.name for o in organizations(govdoc.parse(ROOT / "fixtures" / name))}
        h = len(got & set(want))
        print(f"  {name}: precision {h}/{len(got)}, recall {h}/{len(want)}")
        hits, found, wanted = hits + h, found + len(got), wanted + len(want)
    print(f"organisations: precision {hits / found:.2f}, recall {hits / wanted:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
