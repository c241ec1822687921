"""Batch records: one JSON line per input, written whole, and read back for --resume.

A record is the document as the contract gives it with `path` added (and `source.path` set
to the same), or the error record `{"path", "sha256", "error": {"code", "message"}}`
(`GovDocError.to_record`); both carry the input's `sha256` (a document inside `source`, an
error at the top level; null where the bytes could not be read) so that a resumed run
recognises inputs already done.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govdoc.limits import UNREADABLE_JSON


@dataclass(slots=True)
class Prior:
    """What an output file already records for one path."""

    sha256: str | None
    error: bool


def line_of(record: Mapping[str, object]) -> bytes:
    """A record as one compact UTF-8 JSON line, the unit `Writer` appends whole."""
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
        except UNREADABLE_JSON:
            continue
        if not isinstance(record, dict) or not isinstance(record.get("path"), str):
            continue
        source = record.get("source")
        sha = record.get("sha256") if "error" in record else (source or {}).get("sha256")
        prior[record["path"]] = Prior(sha if isinstance(sha, str) else None, "error" in record)
    return prior


def drop_records(out: Path, paths: set[str]) -> None:
    """Rewrite `out` without the records of `paths` (replaced by new ones), atomically.

    Lines that are no record (garbage left by a crash mid-file, a torn line) go too, so
    that the output stays valid JSON Lines; an output without any is left untouched.
    """
    if not out.exists():
        return
    with open(out, "rb") as src:
        if not paths and all(_record_path(raw) is not None for raw in src):
            return
    tmp = out.with_name(out.name + ".rewrite")
    with open(out, "rb") as src, open(tmp, "wb") as dst:
        for raw in src:
            path = _record_path(raw)
            if path is not None and path not in paths:
                dst.write(raw)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, out)


def _record_path(raw: bytes) -> str | None:
    """The `path` of a record line, None for a line that is no record."""
    try:
        record = json.loads(raw)
    except UNREADABLE_JSON:
        return None
    path = record.get("path") if isinstance(record, dict) else None
    return path if isinstance(path, str) and raw.endswith(b"\n") else None


STDOUT = "-"


class Writer:
    """Appends whole lines with single unbuffered writes: a kill leaves at most one torn last line.

    `-` writes to standard output (a pipe), through a duplicate of its descriptor.
    """

    def __init__(self, out: Path | str) -> None:
        if str(out) == STDOUT:
            self.fd = os.dup(1)
        else:
            self.fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, line: bytes) -> None:
        """Append `line` in as few `os.write` calls as the kernel takes, with no buffer to lose on a kill."""
        view = memoryview(line)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]

    def close(self) -> None:
        """Close this writer's own descriptor (for `-`, the duplicate; standard output stays open)."""
        os.close(self.fd)


class Derived:
    """The tables derived from the records: the items CSV and the document table, either or both.

    They are rebuilt from the whole output after a run (so a resumed, retried or killed run
    leaves them complete), or fed in step when the records go to a pipe.
    """

    def __init__(self, items: str | os.PathLike[str] | None, table: str | os.PathLike[str] | None) -> None:
        from govdoc.table import items_writer, table_writer

        self.items = items_writer(items) if items is not None else None
        self.table = table_writer(table) if table is not None else None

    def add(self, record: dict[str, Any]) -> None:
        """Add one record's rows to the tables asked for; an error record has a table row but no items."""
        from govdoc.table import NAMES, item_rows, row_of

        if self.items is not None:
            for item in item_rows(record):
                self.items.add(item)
        if self.table is not None:
            row = row_of(record)
            self.table.add(tuple(row[name] for name in NAMES))

    def add_lines(self, lines: Iterable[bytes]) -> None:
        """Add the records among raw output lines; a torn line is passed over, as resume drops it."""
        for raw in lines:
            try:
                record = json.loads(raw)
            except UNREADABLE_JSON:
                continue  # a torn last line: the next resume drops it
            if isinstance(record, dict):
                self.add(record)

    def close(self) -> None:
        """Finish both tables, which puts each complete file in place."""
        for writer in (self.items, self.table):
            if writer is not None:
                writer.close()
