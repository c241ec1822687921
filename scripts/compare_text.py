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

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
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


def run(src: str, todo: list[str]) -> dict[str, object]:
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
    ap.add_argument("--hide", help="a file of document stems whose differences are named, not shown")
    args = ap.parse_args()
    hidden = set(Path(args.hide).read_text(encoding="utf-8").split()) if args.hide else set()
    todo = cases()
    old, new = run(args.old, todo), run(args.new, todo)
    differ = [key for key in old if old[key] != new.get(key)]
    for key in differ:
        print(f"DIFFERS: {key}")
        a, b = old[key], new.get(key)
        if Path(key).stem in hidden:
            print("  (content not shown: the document is in --hide)")
        elif isinstance(a, dict) and isinstance(b, dict):
            for field in sorted(set(a) | set(b)):
                if a.get(field) != b.get(field):
                    print(f"  field {field!r}:\n    old {json.dumps(a.get(field), ensure_ascii=False)[:300]}")
                    print(f"    new {json.dumps(b.get(field), ensure_ascii=False)[:300]}")
    print(f"{len(old) - len(differ)}/{len(old)} documents give the same Document")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
