"""Batch inputs: files, folders (recursive), glob patterns and .zip archives, as a stream of tasks.

A zip member is read from the archive in memory, never extracted; its path is recorded as
`archive.zip!/path/in/zip`, and a name the archive holds more than once as
`archive.zip!/name#2`, `#3` … so that every member has a record of its own (members are
addressed by their index, never by name). Each process keeps one archive open at a time,
so 20,000 members cost one open, not 20,000. An archive whose directory is damaged becomes
one task that records `corrupt-file`; the run goes on.

Files whose suffix marks them as data rather than documents (`.json`, `.csv`, … : an
annotation sidecar, an export, a previous run's output) are left out when a folder, a pattern
or an archive turns them up, and handed to the caller's `skipped` list so that the run's
summary counts and names them; a data file named on its own, or by a pattern that names its
suffix, is an input like any other (and gets its `unsupported-format` record).

With `columns` (`--text-column`), a table named on its own or by a pattern that names its suffix
(`.csv`, `.tsv`, `.jsonl`, `.ndjson`) is no data file but many inputs: one task per row, carrying
the row's text (`govdoc.batch.tables`).

`**` in a pattern is expanded by walking the folders without following links to folders,
so a link loop cannot make the expansion endless. Paths that are not UTF-8 are recorded with
their undecodable bytes written `\\xNN` (`govdoc.paths`).
"""

from __future__ import annotations

import glob
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import IO

import regex

from govdoc.batch.tables import Columns, is_table, rows
from govdoc.limits import DEFAULT_LIMITS
from govdoc.paths import text_path

ZIP_SEPARATOR = "!/"
_CHUNK = 1 << 20
# Suffixes of data files, never documents; a folder, a pattern or an archive that holds them
# leaves them out. Longest first, so that `.tar.gz`-like compounds could be added.
DATA_SUFFIXES = (
    ".arrow", ".csv", ".db", ".feather", ".geojson", ".json", ".jsonl", ".log", ".ndjson", ".npy", ".npz",
    ".parquet", ".pickle", ".pkl", ".sqlite", ".sqlite3", ".toml", ".tsv", ".yaml", ".yml",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Task:
    """One input: its recorded path, and where its bytes are (a file, or a member of an archive)."""

    index: int
    path: str
    archive: str | None = None
    member: str | None = None
    member_index: int | None = None
    file: str | None = None  # the file system's own name, when `path` had to be escaped
    damaged: str | None = None  # why the archive holding this task cannot be read
    text: str | None = None  # a table row's text (`govdoc.batch.tables`), parsed as its UTF-8 bytes
    encoding: str | None = None  # the table's codec, the row's document's `source.encoding`
    failure: tuple[str, str] | None = None  # a bad row's error (code, message): no text to parse
    repaired: int = 0  # U+FFFD the table's decoding put into the row's text (an `encoding-repaired` warning)

    def read(self, limit: int = DEFAULT_LIMITS.input_bytes) -> bytes:
        """The input's bytes, never more than `limit` plus one (the caller refuses that as too large)."""
        if self.failure is not None:
            raise ValueError(self.failure[1])  # a bad row has no bytes (its record has no sha256)
        if self.text is not None:
            return self.text.encode("utf-8")[: limit + 1]
        if self.archive is not None and self.member_index is not None:
            with _archive(self.archive).open(_archive_members(self.archive)[self.member_index]) as fh:
                return _bounded(fh, limit)
        from govdoc.api import read_file

        return read_file(self.file or self.path, replace(DEFAULT_LIMITS, input_bytes=limit))


def _bounded(fh: IO[bytes], limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = fh.read(min(_CHUNK, left))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


_OPEN: dict[str, tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]] = {}


def _archive(path: str) -> zipfile.ZipFile:
    """The one archive this process keeps open (opening another closes it)."""
    if path not in _OPEN:
        for old, _ in _OPEN.values():
            old.close()
        _OPEN.clear()
        z = zipfile.ZipFile(path)
        _OPEN[path] = (z, z.infolist())
    return _OPEN[path][0]


def _archive_members(path: str) -> list[zipfile.ZipInfo]:
    _archive(path)
    return _OPEN[path][1]


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name: UTF-8 or GB18030 bytes read as such when the archive did not flag UTF-8."""
    name = info.filename
    if info.flag_bits & 0x800:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    for codec in ("utf-8", "gb18030"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return name


_MAGIC = frozenset("*?[")


def _pattern(pattern: str) -> regex.Pattern[str]:
    """A glob pattern with `**` as a regular expression over whole paths (names starting with `.` unmatched)."""
    out: list[str] = []
    i = 0
    start_of_part = True
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i) and start_of_part:
            out.append(r"(?:(?!\.)[^/]*/)*")
            i += 3
            continue
        if pattern.startswith("**", i) and start_of_part:
            out.append(r"(?:(?!\.)[^/]*/)*(?!\.)[^/]*")
            i += 2
            continue
        if ch == "*":
            out.append(r"(?!\.)[^/]*" if start_of_part else r"[^/]*")
        elif ch == "?":
            out.append(r"[^/]")
        elif ch == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            out.append("[" + ("^" + regex.escape(body[1:]) if body.startswith("!") else regex.escape(body)) + "]")
            i = end + 1
            start_of_part = False
            continue
        else:
            out.append(regex.escape(ch))
        start_of_part = ch == "/"
        i += 1
    return regex.compile("".join(out))


def _recursive_glob(pattern: str) -> Iterator[str]:
    """Files matching a pattern with `**`, found without following links to folders."""
    parts = pattern.split("/")
    fixed = 0
    while fixed < len(parts) - 1 and not _MAGIC.intersection(parts[fixed]):
        fixed += 1
    base = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else "")
    matcher = _pattern(pattern)
    found: list[str] = []
    for folder, dirs, names in os.walk(base or "."):  # followlinks=False: a link loop is not walked into
        dirs.sort()
        for name in names:
            full = os.path.join(folder, name) if base else os.path.relpath(os.path.join(folder, name))
            if matcher.fullmatch(full):
                found.append(full)
    yield from sorted(found)


def data_suffix(name: str) -> str | None:
    """The suffix that marks `name` as a data file, or None for a possible document."""
    lower = name.lower()
    return next((suffix for suffix in DATA_SUFFIXES if lower.endswith(suffix)), None)


def _found_data(name: str, inp: str) -> bool:
    """Whether `name`, turned up by the folder, pattern or archive `inp`, is data to leave out:
    a pattern that names the suffix itself (`*.json`) asks for such files."""
    suffix = data_suffix(name)
    return suffix is not None and not inp.lower().endswith(suffix)


def _files(inp: str) -> Iterator[tuple[str, bool]]:
    """The files an input stands for, each with whether it was found (by a folder or a pattern) or named."""
    if _MAGIC.intersection(inp) and not os.path.exists(inp):
        if "**" in inp:
            yield from ((p, True) for p in _recursive_glob(inp))
        else:
            yield from sorted((p, True) for p in glob.iglob(inp) if os.path.isfile(p))
    elif os.path.isdir(inp):
        for folder, dirs, names in os.walk(inp):
            dirs.sort()
            for name in sorted(names):
                yield os.path.join(folder, name), True
    else:
        yield inp, False


def table_files(inputs: list[str]) -> Iterator[tuple[str, str]]:
    """(file, recorded path) of each table input: a table named, or matched by a pattern naming its suffix."""
    for inp in inputs:
        for path, found in _files(inp):
            if is_table(path) and not (found and _found_data(path, inp)):
                yield path, text_path(path)


def expand(
    inputs: list[str],
    exclude: Iterable[str] = (),
    skipped: list[str] | None = None,
    columns: Columns | None = None,
) -> Iterator[Task]:
    """Tasks in input order; archives open one at a time and only to list their members.

    Files in `exclude` (the run's own output, tables and statistics) are never inputs. Data
    files that a folder, a pattern or an archive turns up are left out and their paths added
    to `skipped`, for the run to report. With `columns`, a table input gives one task per row.
    """
    skip = {os.path.realpath(p) for p in exclude}
    index = 0
    for inp in inputs:
        for path, found in _files(inp):
            if skip and os.path.realpath(path) in skip:
                continue
            shown = text_path(path)
            if found and _found_data(path, inp):
                if skipped is not None:
                    skipped.append(shown)
                continue
            file = path if shown != path else None
            if columns is not None and is_table(path):
                for row in rows(path, shown, columns):
                    failure = (row.problem.code, row.problem.message) if row.problem is not None else None
                    yield Task(
                        index, row.path, file=file, text=row.text, encoding=row.encoding, failure=failure,
                        repaired=row.repaired,
                    )  # fmt: skip
                    index += 1
                continue
            if path.lower().endswith(".zip") and os.path.isfile(path) and zipfile.is_zipfile(path):
                try:
                    members = _archive_members(path)
                except Exception as exc:  # a damaged central directory: one record, and the run goes on
                    _OPEN.clear()
                    yield Task(index, shown, file=file, damaged=f"the archive cannot be read: {exc}")
                    index += 1
                    continue
                seen: dict[str, int] = {}
                for k, info in enumerate(members):
                    if info.is_dir():
                        continue
                    name = _member_name(info)
                    if _found_data(name, ""):
                        if skipped is not None:
                            skipped.append(f"{shown}{ZIP_SEPARATOR}{name}")
                        continue
                    seen[name] = seen.get(name, 0) + 1
                    suffix = f"#{seen[name]}" if seen[name] > 1 else ""
                    yield Task(index, f"{shown}{ZIP_SEPARATOR}{name}{suffix}", path, name, k)
                    index += 1
            else:
                yield Task(index, shown, file=file)
                index += 1
