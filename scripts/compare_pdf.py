"""Parse every PDF fixture with two checkouts of govdoc and say where their Documents differ.

A change to the PDF reader that is meant to be a speed-up only must give the same Document, to
the last field, on every PDF the project and the shared material hold: text-layer PDFs with both
backends, scans through OCR, the encrypted and damaged ones (their error codes). Each checkout is
run in a child process of its own (`PYTHONPATH=<src>`), so the two never share an import.

    python scripts/compare_pdf.py --old /tmp/old/src --new src
"""

from __future__ import annotations

import sys

from checkouts import ROOT, SHARED, arguments, parse_in, report

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


def main() -> int:
    ap = arguments(__doc__)
    ap.add_argument("--no-ocr", action="store_true", help="leave out the OCR cases (they need the ocr extra)")
    args = ap.parse_args()
    todo = cases(not args.no_ocr)
    ignore = frozenset(args.ignore_warning)
    return report(parse_in(args.old, CHILD, todo), parse_in(args.new, CHILD, todo), "cases", ignore=ignore)


if __name__ == "__main__":
    sys.exit(main())
