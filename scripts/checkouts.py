"""What `compare_text.py` and `compare_pdf.py` share: parse in a child per checkout, report differences.

Each checkout runs in a child process of its own (`PYTHONPATH=<src>`), so the two never share an
import; the child prints one JSON object, a Document (or an error code) per case.
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


def arguments(doc: str | None) -> argparse.ArgumentParser:
    """The --old/--new options every comparison takes, described by the script's first doc line."""
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("--old", required=True, help="the src directory of the reference checkout")
    ap.add_argument("--new", default=str(ROOT / "src"), help="the src directory under test")
    ap.add_argument(
        "--ignore-warning",
        action="append",
        default=[],
        metavar="CODE",
        help="leave warnings of this code out of both sides (e.g. content-unplaced, new in schema 1.5)",
    )
    return ap


def _comparable(value: object, ignore: frozenset[str]) -> object:
    """A Document as compared: its schema version left out (a release changes it on every
    Document, not the parse) and warnings of the `ignore` codes dropped."""
    if not isinstance(value, dict):
        return value
    kept = {k: v for k, v in value.items() if k != "schema_version"}
    if ignore and isinstance(kept.get("warnings"), list):
        kept["warnings"] = [w for w in kept["warnings"] if not (isinstance(w, dict) and w.get("code") in ignore)]
    return kept


def _without_added_empty(old: object, new: object) -> object:
    """`new` without the properties `old` does not have whose value is empty (null, [], {}): the
    optional fields a later schema version adds (1.7's `contact.faxes`, `header.subject_terms` …)
    are on every Document, and only where they hold something are they a difference."""
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: _without_added_empty(old.get(k), v) for k, v in new.items() if k in old or v not in (None, [], {})}
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [_without_added_empty(o, n) for o, n in zip(old, new, strict=True)]
    return new


def parse_in(src: str, child: str, todo: object) -> dict[str, object]:
    """Run `child` (Python source reading its cases as JSON from argv) with `src` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    done = subprocess.run(
        [sys.executable, "-c", child, json.dumps(todo)], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def report(
    old: dict[str, object],
    new: dict[str, object],
    noun: str,
    hidden: frozenset[str] = frozenset(),
    ignore: frozenset[str] = frozenset(),
) -> int:
    """Print each case whose Document differs, field by field (only its name for a hidden stem); 1 if any.

    `schema_version` is not compared; warnings whose code is in `ignore` are left out, and so are the
    empty fields the new side's schema added."""
    old = {key: _comparable(value, ignore) for key, value in old.items()}
    new = {key: _without_added_empty(old.get(key), _comparable(value, ignore)) for key, value in new.items()}
    differ = [key for key in old if old[key] != new.get(key)]
    for key in differ:
        print(f"DIFFERS: {key}")
        a, b = old[key], new.get(key)
        if Path(key.split(" [")[0]).stem in hidden:
            print("  (content not shown: the document is in --hide)")
        elif isinstance(a, dict) and isinstance(b, dict):
            for field in sorted(set(a) | set(b)):
                if a.get(field) != b.get(field):
                    print(f"  field {field!r}:\n    old {json.dumps(a.get(field), ensure_ascii=False)[:300]}")
                    print(f"    new {json.dumps(b.get(field), ensure_ascii=False)[:300]}")
    print(f"{len(old) - len(differ)}/{len(old)} {noun} give the same Document")
    return 1 if differ else 0
