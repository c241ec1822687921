"""Batch inputs: files, folders (recursive), glob patterns and .zip archives, as a stream of tasks.

A zip member is read from the archive in memory, never extracted; its path is recorded as
`archive.zip!/path/in/zip`.
"""

from __future__ import annotations

import glob
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

ZIP_SEPARATOR = "!/"


@dataclass(frozen=True, slots=True)
class Task:
    """One input: its recorded path, and where its bytes are (a file, or a member of an archive)."""

    index: int
    path: str
    archive: str | None = None
    member: str | None = None

    def read(self) -> bytes:
        if self.archive is not None and self.member is not None:
            with zipfile.ZipFile(self.archive) as z:
                return z.read(self.member)
        with open(self.path, "rb") as fh:
            return fh.read()


def _files(inp: str) -> Iterator[str]:
    if any(ch in inp for ch in "*?[") and not os.path.exists(inp):
        yield from sorted(p for p in glob.iglob(inp, recursive=True) if os.path.isfile(p))
    elif os.path.isdir(inp):
        for folder, dirs, names in os.walk(inp):
            dirs.sort()
            for name in sorted(names):
                yield os.path.join(folder, name)
    else:
        yield inp


def expand(inputs: list[str]) -> Iterator[Task]:
    """Tasks in input order; archives open one at a time and only to list their members."""
    index = 0
    for inp in inputs:
        for path in _files(inp):
            if path.lower().endswith(".zip") and os.path.isfile(path) and zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as z:
                    members = [i.filename for i in z.infolist() if not i.is_dir()]
                for member in members:
                    yield Task(index, f"{path}{ZIP_SEPARATOR}{member}", path, member)
                    index += 1
            else:
                yield Task(index, path)
                index += 1
