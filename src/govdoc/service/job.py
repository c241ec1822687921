"""What a service worker does with one document: parse it and render the answer's body.

This runs inside a worker process. The body is rendered here, not in the server, so that the
server's event loop only moves bytes: JSON encoding of a large document is work like parsing.
"""

from __future__ import annotations

import hashlib
import io
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govdoc.model import Document


@dataclass(frozen=True, slots=True)
class Job:
    """One document and the options it is parsed with (all picklable: it crosses a pipe)."""

    data: bytes
    format: str | None  # None: the library decides from the name and the content
    name: str | None = None  # an upload's file name: a hint to the format, and the Document's source.path
    strict: bool = False
    enrich: bool = False
    ocr: str | None = None  # an OCR mode for govdoc.parse; None: the library's default
    markdown: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """A parsed document's body (JSON or Markdown, UTF-8), or an error's code and message."""

    body: bytes | None
    code: str | None = None
    message: str = ""
    seconds: float = 0.0
    format: str | None = None  # the format the document was read as
    sha256: str | None = None  # the input's, on an error: the error record carries it (a Document has it in source)

    @property
    def ok(self) -> bool:
        """Whether the document parsed: an outcome without an error code carries the answer's body."""
        return self.code is None


def warm_up() -> None:
    """Import the parser and its readers once per worker, so the first request pays no import."""
    import importlib

    from govdoc.pipeline import shared_default

    for reader in ("text", "html", "docx", "pdf"):
        importlib.import_module(f"govdoc.readers.{reader}")
    shared_default()


def run_job(job: Job) -> Outcome:
    """Parse `job` with the library's own API; every failure comes back as a code, never raised."""
    import govdoc
    from govdoc.errors import GovDocError

    start = time.perf_counter()
    try:
        source = io.BytesIO(job.data)
        if job.name:
            source.name = job.name
        doc = govdoc.parse(source, format=job.format, strict=job.strict, enrich=job.enrich, ocr=job.ocr)
        body = _markdown(doc) if job.markdown else _json(doc)
    except GovDocError as exc:
        return Outcome(None, exc.code, exc.message, time.perf_counter() - start, job.format, digest(job.data))
    except MemoryError:  # over the worker's address-space cap while rendering: the input is too large for it
        message = "the document needs more memory than a worker may take (--max-memory)"
        return Outcome(None, "too-large", message, time.perf_counter() - start, job.format, digest(job.data))
    except Exception as exc:  # a fault outside parse's own guard, e.g. while rendering
        message = f"{type(exc).__name__}: {exc}"
        return Outcome(None, "internal-error", message, time.perf_counter() - start, job.format, digest(job.data))
    return Outcome(body, None, "", time.perf_counter() - start, doc.source.format)


def digest(data: bytes) -> str:
    """The input's SHA-256, so that an error record names its input as a Document's `source.sha256` does."""
    return hashlib.sha256(data).hexdigest()


def _json(doc: Document) -> bytes:
    import msgspec

    return msgspec.json.encode(doc)


def _markdown(doc: Document) -> bytes:
    return doc.to_markdown().encode("utf-8")
