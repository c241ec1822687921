"""Batch records: one JSON line per input, written whole, and read back for --resume.

A record is the document as the contract gives it with `path` added, or the error record
`{"path", "error": {"code", "message"}}`; both carry the input's `sha256` (a document inside
`source`, an error at the top level) so that a resumed run recognises inputs already done.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class Prior:
    """What an output file already records for one path."""

    sha256: str | None
    error: bool


def line_of(record: Mapping[str, object]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def read_prior(out: Path) -> dict[str, Prior]:
    """Records already in `out`, after cutting off a torn last line (a run killed mid-write)."""
    if not out.exists():
        return {}
    data = out.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with open(out, "r+b") as fh:
            fh.truncate(cut)
        data = data[:cut]
    prior: dict[str, Prior] = {}
    for raw in data.splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(record, dict) or not isinstance(record.get("path"), str):
            continue
        source = record.get("source")
        sha = record.get("sha256") if "error" in record else (source or {}).get("sha256")
        prior[record["path"]] = Prior(sha if isinstance(sha, str) else None, "error" in record)
    return prior


def drop_records(out: Path, paths: set[str]) -> None:
    """Rewrite `out` without the records of `paths` (replaced by new ones), atomically."""
    if not paths or not out.exists():
        return
    tmp = out.with_name(out.name + ".rewrite")
    with open(out, "rb") as src, open(tmp, "wb") as dst:
        for raw in src:
            try:
                path = json.loads(raw).get("path")
            except ValueError:
                path = None
            if path not in paths:
                dst.write(raw)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, out)


class Writer:
    """Appends whole lines with single unbuffered writes: a kill leaves at most one torn last line."""

    def __init__(self, out: Path) -> None:
        self.fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, line: bytes) -> None:
        view = memoryview(line)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]

    def close(self) -> None:
        os.close(self.fd)
