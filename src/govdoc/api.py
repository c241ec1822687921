"""The public functions: parse a path, bytes, a binary file or a string into a `Document`."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import replace
from typing import IO, Any, NamedTuple

from govdoc.blocks import quoted
from govdoc.errors import (
    GovDocError,
    InternalError,
    NotAGovernmentDocumentError,
    TooLargeError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.model import Document, Source
from govdoc.paths import text_path
from govdoc.readers import Reading, format_of, read_bytes, read_str
from govdoc.readers.sniff import choose_format
from govdoc.ruler import Ruler
from govdoc.state import State

DEFAULT_MAX_BYTES = DEFAULT_LIMITS.input_bytes
_CHUNK = 1 << 20
PDF_BACKENDS = ("pypdfium2", "pdfplumber")

PathLike = str | os.PathLike[str]


def _run(reading: Reading, path: str | None, pipeline: Ruler[State] | None, strict: bool) -> Document:
    from govdoc.pipeline import shared_default
    from govdoc.rules.build import build_document

    state = State(blocks=reading.blocks, format=reading.format, doubtful=reading.doubtful, comments=reading.comments)
    for code, message in reading.warnings:
        state.warn(code, message)
    (pipeline or shared_default()).run(state)
    shown = text_path(path) if path is not None else None
    source = Source(shown, reading.format, reading.encoding, reading.pages, reading.sha256)
    doc = build_document(state, source)
    if strict and not _looks_official(doc):
        raise NotAGovernmentDocumentError("no title, 发文字号, 主送, numbered section or signature found", path=path)
    return doc


def _looks_official(doc: Document) -> bool:
    h = doc.header
    return bool(h.title or h.doc_number or h.recipients or doc.sections or doc.signature or h.responds_to)


def _guarded(path: str | None, work: Callable[[], Document]) -> Document:
    """Run a parse so that nothing but GovDocError escapes it (a bug becomes `internal-error`).

    Running out of memory is no bug but an input too large for the process: `too-large`.
    """
    try:
        return work()
    except GovDocError:
        raise
    except MemoryError as exc:
        raise TooLargeError("the input needs more memory than the process has (memory)", path=path) from exc
    except Exception as exc:  # KeyboardInterrupt and SystemExit are no Exception: they pass
        raise InternalError(f"{type(exc).__name__}: {exc}", path=path) from exc


def parse_text(
    text: str,
    *,
    pipeline: Ruler[State] | None = None,
    strict: bool = False,
    enrich: bool = False,
    limits: Limits | None = None,
    timeout: float | None = None,
) -> Document:
    """Parse a document given as a string (`source.format` is `text`).

    `enrich=True` adds keywords, organisations and figures (needs the `enrich` extra: jieba).
    `limits` and `timeout` work as in `parse`.
    """
    if not isinstance(text, str):
        raise TypeError("parse_text takes a str; use govdoc.parse for bytes and files")
    bounds = limits or DEFAULT_LIMITS
    if timeout is not None:
        from govdoc.isolation import call_isolated

        result: Document = call_isolated(
            parse_text, text, pipeline=pipeline, strict=strict, enrich=enrich, limits=bounds, timeout=timeout
        )
        return result
    return _guarded(None, lambda: _enriched(_run(read_str(text, limits=bounds), None, pipeline, strict), enrich))


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
    max_bytes: int | None = None,
    max_unzipped: int | None = None,
    pdf_backend: str = "pypdfium2",
    enrich: bool = False,
    limits: Limits | None = None,
    timeout: float | None = None,
    ocr: str | None = None,
) -> Document:
    """Parse a file path, bytes or a binary file object.

    `format` (txt, md, docx, doc, pdf, html) forces how the input is read; without it the
    format comes from the content (magic numbers, a zip's members, HTML markers, else text)
    weighed against the name's suffix, so portal downloads named `.jsp` or `download` read.
    `strict=True` raises `not-a-government-document` for text that shows none of a 公文's
    parts. `limits` bounds what one parse may meet (`govdoc.Limits`: input bytes, bytes
    unzipped, blocks, characters, HTML depth …; crossing one raises `too-large` naming it);
    `max_bytes` and `max_unzipped` are shorthands for its `input_bytes` and `unzipped_bytes`.
    Only regular files are read (a device, FIFO or socket is `unsupported-format`), and
    never past the limit plus one byte. `timeout` (seconds) runs the parse in a child
    process with a memory cap (`govdoc.isolation`): past it, `ParseTimeoutError`
    (`timeout`); over the cap, `too-large`.
    `pdf_backend` picks the PDF character reader: `pypdfium2` (default) or `pdfplumber`.
    `enrich=True` adds keywords, organisations and figures (needs the `enrich` extra: jieba).
    `ocr` says when scanned pages are recognised (needs the `ocr` extra): `auto` (PDF pages
    without a usable text layer, and page images), `always` (every page from its image) or
    `never`; None takes `GOVDOC_OCR` from the environment, else `auto`.
    """
    from govdoc.readers.ocr_pages import mode_of

    ocr_mode = mode_of(ocr)
    if pdf_backend not in PDF_BACKENDS:
        raise ValueError(f"unknown PDF backend {pdf_backend!r}; choose one of {', '.join(PDF_BACKENDS)}")
    bounds = _bounds(limits, max_bytes, max_unzipped)
    path: str | None = None
    data: bytes | None = None
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        fmt = format
        named = format_of(path)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        fmt = format
        named = None
    else:
        name: Any = getattr(source, "name", None)
        path = name if isinstance(name, str) else None
        fmt = format
        named = format_of(path) if path else None
        data = source.read(bounds.input_bytes + 1)
        if not isinstance(data, bytes):
            raise TypeError("parse reads binary files; open the file with 'rb' or use parse_text")
    options = _Options(fmt, named, pipeline, strict, pdf_backend, enrich, bounds, ocr_mode)
    if timeout is not None:
        from govdoc.isolation import call_isolated

        result: Document = call_isolated(_parse_local, path, data, options, timeout=timeout)
        return result
    return _parse_local(path, data, options)


class _Options(NamedTuple):
    """What one parse was asked for, in one piece that can cross to a worker process.

    A named tuple: made once a parse, which a frozen dataclass's `__init__` (one `object.__setattr__`
    by name per field) made cost about 13,000 instructions, a tuple about a tenth of that."""

    fmt: str | None
    named: str | None  # the format the name's suffix says
    pipeline: Ruler[State] | None
    strict: bool
    pdf_backend: str
    enrich: bool
    limits: Limits
    ocr: str = "auto"  # when scanned pages are recognised: auto, always, never


def _bounds(limits: Limits | None, max_bytes: int | None, max_unzipped: int | None) -> Limits:
    bounds = limits or DEFAULT_LIMITS
    if max_bytes is not None:
        bounds = replace(bounds, input_bytes=max_bytes)
    if max_unzipped is not None:
        bounds = replace(bounds, unzipped_bytes=max_unzipped)
    return bounds


def _parse_local(path: str | None, data: bytes | None, options: _Options) -> Document:
    """The parse itself, in this process: read the file if given a path, then the pipeline."""
    if data is None:
        assert path is not None
        data = read_file(path, options.limits)
    shown = text_path(path) if path is not None else None
    limits = options.limits
    limits.check("input_bytes", len(data), path=shown, what="input of bytes")
    read = data
    try:
        return _guarded(
            shown,
            lambda: _enriched(
                _run(
                    read_bytes(
                        read,
                        options.fmt or choose_format(read, options.named, path=shown),
                        path=shown,
                        limits=limits,
                        pdf_backend=options.pdf_backend,
                        ocr=options.ocr,
                    ),
                    path,
                    options.pipeline,
                    options.strict,
                ),
                options.enrich,
            ),
        )
    except GovDocError as exc:
        exc.sha256 = hashlib.sha256(data).hexdigest()  # so that its record names the input as a document's does
        raise


# A document's text handed to `parse` names no file: say what to call instead of echoing the text
# back as a path (the shown "path" is its first line, cut).
_TEXT_AS_PATH = (
    "no such file: this looks like a document's text, not a path; "
    "parse a text with govdoc.parse_text(text), or pipe it to 'govdoc parse -'"
)


def _text_not_path(path: str, exc: OSError) -> bool:
    """A missing "path" holding a line break is a text; so is one too long for the file system that names no
    folder and holds a sentence's stop or comma (a long file name, a reply's whole title with its proposal's
    inside, is a path: REVIEW31 R1)."""
    too_long = exc.errno == errno.ENAMETOOLONG
    if "\n" in path:
        return too_long or isinstance(exc, (FileNotFoundError, NotADirectoryError))
    return too_long and os.sep not in path and any(c in _SENTENCE_MARKS for c in path)


_SENTENCE_MARKS = frozenset("。，；！？")


def read_file(path: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A regular file's bytes, never more than `limits.input_bytes` plus one read.

    Devices, FIFOs and sockets are refused before a byte is read (`/dev/zero` would never
    end; a FIFO would wait for a writer): the file is opened without blocking and its type
    checked on the open descriptor, so a link swapped in between cannot fool the check.
    """
    shown = text_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except ValueError as exc:  # a NUL inside the path
        raise UnreadableFileError("the path contains a NUL character", path=shown) from exc
    except OSError as exc:
        if _text_not_path(path, exc):
            raise UnreadableFileError(_TEXT_AS_PATH, path=quoted(shown.split("\n", 1)[0])) from exc
        raise UnreadableFileError(f"cannot read the file: {exc.strerror}", path=shown) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnsupportedFormatError("a folder, not a file", path=shown)
        if not stat.S_ISREG(info.st_mode):
            raise UnsupportedFormatError("not a regular file (a device, FIFO or socket)", path=shown)
        limits.check("input_bytes", info.st_size, path=shown, what="input of bytes")
        chunks: list[bytes] = []
        left = limits.input_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(_CHUNK, left))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise limits.exceeded("input_bytes", path=shown, what="input of bytes")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read the file: {exc.strerror}", path=shown) from exc
    finally:
        os.close(fd)


def schema(record: str = "document") -> dict[str, Any]:
    """The JSON Schema generated from the dataclasses (msgspec): of a `document` (default), of a
    `batch-record` (one line of `govdoc batch`) or of an `error-record`."""
    from govdoc.schemas import BUILDERS

    if record not in BUILDERS:
        raise ValueError(f"unknown record {record!r}; choose one of {', '.join(BUILDERS)}")
    return BUILDERS[record]()
