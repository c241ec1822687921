"""Counts for the end-of-run summary (stderr, `--stats FILE`) and a progress bar on terminals."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from govdoc.batch.worker import Result

SHOWN = 3  # data files named in the summary's line; --stats lists them all


@dataclass
class Summary:
    """What the run did, for the stderr lines and `--stats`: files by status, format and error code."""

    started: float = field(default_factory=time.monotonic)
    status: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    skipped: int = 0
    prior_errors: int = 0  # error records of an earlier run that a resume kept
    data_files: list[str] = field(default_factory=list)  # data files found in folders, left out

    @property
    def errors(self) -> int:
        """Error records in the output after this run: this run's and those a resume kept."""
        return self.status["error"] + self.prior_errors

    def add(self, result: Result) -> None:
        """Count one result under its status, its format and its error code."""
        self.status[result.status] += 1
        self.formats[result.format or "unknown"] += 1
        if result.code:
            self.codes[result.code] += 1

    def as_dict(self) -> dict[str, Any]:
        """The counts as `--stats` writes them, with elapsed seconds and documents per second."""
        seconds = time.monotonic() - self.started
        done = sum(self.status.values())
        return {
            "files": done,
            "skipped": self.skipped,
            "by_status": dict(self.status),
            "by_format": dict(self.formats),
            "by_error_code": dict(self.codes),
            "data_files_skipped": self.data_files,
            "seconds": round(seconds, 3),
            "docs_per_second": round(done / seconds, 2) if seconds > 0 else None,
        }

    def text(self) -> str:
        """The end-of-run lines on stderr; the data files left out are named, so nothing goes unsaid."""
        d = self.as_dict()
        parts = [f"batch: {d['files']} files in {d['seconds']} s ({d['docs_per_second']} docs/s)"]
        if self.skipped:
            parts.append(f"skipped (already recorded): {self.skipped}")
        parts.append("status: " + ", ".join(f"{k} {v}" for k, v in sorted(self.status.items())))
        parts.append("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(self.formats.items())))
        if self.codes:
            parts.append("errors: " + ", ".join(f"{k} {v}" for k, v in sorted(self.codes.items())))
        if self.data_files:
            parts.append(self._data_text())
        return "\n".join(parts)

    def _data_text(self) -> str:
        """The data files left out: how many of each suffix, and the first few by name."""
        from govdoc.batch.inputs import data_suffix

        suffixes = Counter(data_suffix(path) or "" for path in self.data_files)
        shown = ", ".join(self.data_files[:SHOWN])
        more = f", and {len(self.data_files) - SHOWN} more" if len(self.data_files) > SHOWN else ""
        return (
            f"left out as data, not documents: {len(self.data_files)} file(s) met in folders, patterns or archives ("
            + ", ".join(f"{k} {v}" for k, v in sorted(suffixes.items()))
            + f"): {shown}{more} (name a file to parse it; --stats lists them all)"
        )


class Progress:
    """tqdm on a terminal; nothing at all on a pipe or with --quiet."""

    def __init__(self, total: int | None, quiet: bool) -> None:
        self.bar: Any = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
        self.errors = 0

    def update(self, result: Result) -> None:
        """Advance the bar by one document, with the errors so far beside it."""
        if self.bar is None:
            return
        self.errors += result.status == "error"
        self.bar.set_postfix(errors=self.errors, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        """Close the bar; the run's exit stack calls it, so a Ctrl-C leaves the terminal tidy too."""
        if self.bar is not None:
            self.bar.close()
