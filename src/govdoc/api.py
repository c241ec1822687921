"""The public functions: parse a path, bytes, a binary file or a string into a `Document`."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from typing import IO, Any

from govdoc.errors import (
    GovDocError,
    InternalError,
    NotAGovernmentDocumentError,
    TooLargeError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from govdoc.model import Document, Source
from govdoc.readers import DEFAULT_MAX_UNZIPPED, Reading, format_of, read_bytes, read_str
from govdoc.readers.sniff import choose_format
from govdoc.ruler import Ruler
from govdoc.state import State

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
PDF_BACKENDS = ("pypdfium2", "pdfplumber")

PathLike = str | os.PathLike[str]


def _run(reading: Reading, path: str | None, pipeline: Ruler[State] | None, strict: bool) -> Document:
    from govdoc.pipeline import shared_default
    from govdoc.rules.build import build_document

    state = State(blocks=reading.blocks, format=reading.format)
    for code, message in reading.warnings:
        state.warn(code, message)
    (pipeline or shared_default()).run(state)
    source = Source(path, reading.format, reading.encoding, reading.pages, reading.sha256)
    doc = build_document(state, source)
    if strict and not _looks_official(doc):
        raise NotAGovernmentDocumentError("no title, 发文字号, 主送, numbered section or signature found", path=path)
    return doc


def _looks_official(doc: Document) -> bool:
    h = doc.header
    return bool(h.title or h.doc_number or h.recipients or doc.sections or doc.signature or h.responds_to)


def _guarded(path: str | None, work: Callable[[], Document]) -> Document:
    """Run a parse so that nothing but GovDocError escapes it (a bug becomes `internal-error`)."""
    try:
        return work()
    except GovDocError:
        raise
    except Exception as exc:  # KeyboardInterrupt and SystemExit are no Exception: they pass
        raise InternalError(f"{type(exc).__name__}: {exc}", path=path) from exc


def parse_text(
    text: str, *, pipeline: Ruler[State] | None = None, strict: bool = False, enrich: bool = False
) -> Document:
    """Parse a document given as a string (`source.format` is `text`).

    `enrich=True` adds keywords, organisations and figures (needs the `enrich` extra: jieba).
    """
    if not isinstance(text, str):
        raise TypeError("parse_text takes a str; use govdoc.parse for bytes and files")
    return _guarded(None, lambda: _enriched(_run(read_str(text), None, pipeline, strict), enrich))


def _enriched(doc: Document, enrich: bool) -> Document:
    if not enrich:
        return doc
    from govdoc.enrichment import enrich as add_enrichment

    return add_enrichment(doc)


def parse(
    source: PathLike | bytes | bytearray | memoryview | IO[bytes],
    *,
    format: str | None = None,
    pipeline: Ruler[State] | None = None,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_unzipped: int = DEFAULT_MAX_UNZIPPED,
    pdf_backend: str = "pypdfium2",
    enrich: bool = False,
) -> Document:
    """Parse a file path, bytes or a binary file object.

    `format` (txt, md, docx, doc, pdf, html) forces how the input is read; without it the
    format comes from the content (magic numbers, a zip's members, HTML markers, else text)
    weighed against the name's suffix, so portal downloads named `.jsp` or `download` read.
    `strict=True` raises `not-a-government-document` for text that shows none of a 公文's
    parts. `max_bytes` limits the input's size and `max_unzipped` the declared unpacked size
    of a .docx (checked before anything is inflated).
    `pdf_backend` picks the PDF character reader: `pypdfium2` (default) or `pdfplumber`.
    `enrich=True` adds keywords, organisations and figures (needs the `enrich` extra: jieba).
    """
    if pdf_backend not in PDF_BACKENDS:
        raise ValueError(f"unknown PDF backend {pdf_backend!r}; choose one of {', '.join(PDF_BACKENDS)}")
    path: str | None = None
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        fmt = format
        named = format_of(path)
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise TooLargeError(f"{size} bytes is over the limit of {max_bytes}", path=path)
            with open(path, "rb") as fh:
                data = fh.read()
        except GovDocError:
            raise
        except IsADirectoryError as exc:
            raise UnsupportedFormatError("a folder, not a file", path=path) from exc
        except OSError as exc:
            raise UnreadableFileError(f"cannot read the file: {exc.strerror}", path=path) from exc
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        fmt = format
        named = None
    else:
        name: Any = getattr(source, "name", None)
        path = name if isinstance(name, str) else None
        fmt = format
        named = format_of(path) if path else None
        data = source.read(max_bytes + 1)
        if not isinstance(data, bytes):
            raise TypeError("parse reads binary files; open the file with 'rb' or use parse_text")
    if len(data) > max_bytes:
        raise TooLargeError(f"input is over the limit of {max_bytes} bytes", path=path)
    try:
        return _guarded(
            path,
            lambda: _enriched(
                _run(
                    read_bytes(
                        data,
                        fmt or choose_format(data, named, path=path),
                        path=path,
                        max_unzipped=max_unzipped,
                        pdf_backend=pdf_backend,
                    ),
                    path,
                    pipeline,
                    strict,
                ),
                enrich,
            ),
        )
    except GovDocError as exc:
        exc.sha256 = hashlib.sha256(data).hexdigest()  # so that its record names the input as a document's does
        raise


def schema(record: str = "document") -> dict[str, Any]:
    """The JSON Schema generated from the dataclasses (msgspec): of a `document` (default), of a
    `batch-record` (one line of `govdoc batch`) or of an `error-record`."""
    from govdoc.schemas import BUILDERS

    if record not in BUILDERS:
        raise ValueError(f"unknown record {record!r}; choose one of {', '.join(BUILDERS)}")
    return BUILDERS[record]()
