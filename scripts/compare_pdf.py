"""Parse every PDF fixture with two checkouts of govdoc and say where their Documents differ.

A change to the PDF reader that is meant to be a speed-up only must give the same Document, to
the last field, on every PDF the project and the shared material hold: text-layer PDFs with both
backends, scans through OCR, the encrypted and damaged ones (their error codes). Each checkout is
run in a child process of its own (`PYTHONPATH=<src>`), so the two never share an import.

    python scripts/compare_pdf.py --old /tmp/old/src --new src
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

CHILD = r"""
import json, sys
import govdoc

out = {}
for path, backend, ocr in json.loads(sys.argv[1]):
    key = f"{path} [{backend}, ocr={ocr}]"
    try:
        out[key] = govdoc.parse(path, pdf_backend=backend, ocr=ocr).to_dict()
    except govdoc.GovDocError as exc:
        out[key] = {"error": exc.code}
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def cases(ocr: bool) -> list[tuple[str, str, str]]:
    """Every PDF under `fixtures/` and `../shared/`, with both backends; OCR'd too where asked."""
    paths = sorted(ROOT.glob("fixtures/**/*.pdf")) + sorted(SHARED.glob("**/*.pdf"))
    found = []
    for path in paths:
        for backend in ("pypdfium2", "pdfplumber"):
            found.append((str(path), backend, "never"))
        if ocr:
            found.append((str(path), "pypdfium2", "auto"))
    return found


def run(src: str, todo: list[tuple[str, str, str]]) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(todo)], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--old", required=True, help="the src directory of the reference checkout")
    ap.add_argument("--new", default=str(ROOT / "src"), help="the src directory under test")
    ap.add_argument("--no-ocr", action="store_true", help="leave out the OCR cases (they need the ocr extra)")
    args = ap.parse_args()
    todo = cases(not args.no_ocr)
    old, new = run(args.old, todo), run(args.new, todo)
    differ = [key for key in old if old[key] != new.get(key)]
    for key in differ:
        print(f"DIFFERS: {key}")
        a, b = old[key], new.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            for field in sorted(set(a) | set(b)):
                if a.get(field) != b.get(field):
                    print(f"  field {field!r}:\n    old {json.dumps(a.get(field), ensure_ascii=False)[:300]}")
                    print(f"    new {json.dumps(b.get(field), ensure_ascii=False)[:300]}")
    print(f"{len(old) - len(differ)}/{len(old)} cases give the same Document")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
