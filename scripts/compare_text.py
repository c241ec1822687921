"""Parse every text, Markdown and HTML document with two checkouts of govdoc and say where their
Documents differ.

A change to the text path that is meant to be a speed-up only must give the same Document, to
the last field and warning, on every such document the project and the shared material hold:
the fixtures, the seed, the annotated corpora (dev, dev-2) and the whole wild corpus. Each
checkout runs in a child process of its own (`PYTHONPATH=<src>`), so the two never share an
import. Documents named in `--hide` (one stem a line, e.g. a blind sample nobody may read yet)
are compared like the others, but a difference is reported by name only, never by content.

    python scripts/compare_text.py --old /tmp/old/src --new src
"""

from __future__ import annotations

import sys
from pathlib import Path

from checkouts import ROOT, SHARED, arguments, parse_in, report

SUFFIXES = (".txt", ".md", ".html")
# The rules and the Document's building are shared by every format: the Word and OFD fixtures
# are parsed too (PDFs have `scripts/compare_pdf.py`).
OTHER_FORMATS = ("*.docx", "*.ofd")

CHILD = r"""
import json, sys
import govdoc

out = {}
for path in json.loads(sys.argv[1]):
    try:
        out[path] = govdoc.parse(path).to_dict()
    except govdoc.GovDocError as exc:
        out[path] = {"error": exc.code}
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def cases() -> list[str]:
    """Every text, Markdown and HTML document of the fixtures, seed, dev, dev-2 and wild corpus, and
    every Word and OFD file of the fixtures and the shared material."""
    folders = [ROOT / "fixtures", SHARED / "seed"] + [SHARED / "corpus" / n for n in ("dev", "dev-2", "wild")]
    found = [str(p) for folder in folders for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES]
    for pattern in OTHER_FORMATS:
        found += [str(p) for p in sorted(ROOT.glob(f"fixtures/**/{pattern}")) + sorted(SHARED.glob(f"**/{pattern}"))]
    return found


def main() -> int:
    ap = arguments(__doc__)
    ap.add_argument("--hide", help="a file of document stems whose differences are named, not shown")
    args = ap.parse_args()
    hidden = frozenset(Path(args.hide).read_text(encoding="utf-8").split()) if args.hide else frozenset()
    todo = cases()
    ignore = frozenset(args.ignore_warning)
    return report(parse_in(args.old, CHILD, todo), parse_in(args.new, CHILD, todo), "documents", hidden, ignore)


if __name__ == "__main__":
    sys.exit(main())
