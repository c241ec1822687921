"""What a batch worker does with one input: read, hash, parse, render its record line."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from govdoc.batch.inputs import Task
from govdoc.batch.records import line_of

if TYPE_CHECKING:
    from govdoc.model import Warning


@dataclass(frozen=True, slots=True)
class Options:
    """How every input of a run is parsed; picklable, it travels with each task to the workers.

    Attributes:
        enrich: add keywords, organisations and figures
        fmt: read every input as this format (`--from`), not by its content and name
    """

    enrich: bool = False
    fmt: str | None = None


DEFAULTS = Options()


@dataclass(slots=True)
class Result:
    """One input's record line plus what the parent needs to count and order it without parsing the line."""

    index: int
    path: str
    line: bytes
    status: str  # "ok" or "error"
    format: str
    code: str | None = None


def warm_up(enrich: bool = False) -> None:
    """Import the readers (and load jieba, when enriching) once per worker, not once per file."""
    import govdoc.readers.docx
    import govdoc.readers.html
    import govdoc.readers.ofd
    import govdoc.readers.pdf
    import govdoc.readers.text  # noqa: F401

    if enrich:
        from govdoc.enrichment.tokenizer import general_idf, pos_tokenizer

        pos_tokenizer()
        general_idf()


def _named(task: Task) -> str | None:
    """The format the input's name gives (none for a table's row: its text is sniffed)."""
    from govdoc.readers import format_of

    if task.text is not None or task.failure is not None:
        return None
    return format_of(task.member if task.member is not None else task.path)


def _read(task: Task) -> bytes:
    """The task's bytes, every failure typed: a damaged archive or member is `corrupt-file`,
    a file or member over the input limit (counted as read, never as declared) `too-large`."""
    import govdoc
    from govdoc.limits import DEFAULT_LIMITS

    if task.damaged is not None:
        raise govdoc.CorruptFileError(task.damaged, path=task.path)
    if task.failure is not None:  # a table's bad row: its error, as the table reader found it
        from govdoc.errors import ERROR_CLASSES

        code, message = task.failure
        raise next(c for c in ERROR_CLASSES if c.code == code)(message, path=task.path)
    try:
        data = task.read(DEFAULT_LIMITS.input_bytes)
    except govdoc.GovDocError:
        raise
    except MemoryError as exc:
        raise govdoc.TooLargeError("the input needs more memory than the worker has (memory)") from exc
    except OSError as exc:
        raise govdoc.UnreadableFileError(f"cannot read the file: {exc.strerror or exc}") from exc
    except Exception as exc:  # a damaged archive member: bad CRC, truncated, unknown compression
        raise govdoc.CorruptFileError(f"cannot read the archive member: {exc}") from exc
    DEFAULT_LIMITS.check("input_bytes", len(data), path=task.path, what="input of bytes")
    return data


def _repaired(task: Task) -> tuple[Warning, ...]:
    """The `encoding-repaired` warning of a table's row whose bytes the table's decoding replaced."""
    if not task.repaired:
        return ()
    from govdoc.model import Warning

    message = (
        f"{task.repaired} 处无法按 {task.encoding} 解码的字节已替换为 U+FFFD "
        f"({task.repaired} undecodable {task.encoding} sequences of the table replaced)"
    )
    return (Warning("encoding-repaired", message),)


def process(task: Task, options: Options = DEFAULTS) -> Result:
    """One input's record line; every failure is an error record (with `sha256` where the bytes were read)
    so that the run goes on and a resume recognises the input.
    """
    import dataclasses

    import govdoc
    from govdoc.errors import GovDocError, InternalError
    from govdoc.readers.sniff import choose_format

    named = _named(task)
    fmt = options.fmt or named or "unknown"
    try:
        data = _read(task)
    except GovDocError as error:
        error.path = task.path
        return Result(task.index, task.path, line_of(error.to_record()), "error", fmt, error.code)
    sha = hashlib.sha256(data).hexdigest()
    try:
        try:
            fmt = options.fmt or choose_format(data, named, path=task.path)
        except GovDocError:
            raise
        except Exception as exc:
            raise InternalError(f"{type(exc).__name__}: {exc}", path=task.path) from exc
        doc = govdoc.parse(data, format=fmt, enrich=options.enrich)
    except GovDocError as exc:
        exc.path, exc.sha256 = task.path, sha
        return Result(task.index, task.path, line_of(exc.to_record()), "error", fmt, exc.code)
    import msgspec

    # the record says where the input is, in `path` and in the document's own `source.path`
    # (a table's row: the table's codec, not that of the UTF-8 bytes the row's text was parsed from)
    source = dataclasses.replace(doc.source, path=task.path, encoding=task.encoding or doc.source.encoding)
    doc = dataclasses.replace(doc, source=source, warnings=doc.warnings + _repaired(task))
    body = msgspec.json.encode(doc)
    line = b'{"path":' + msgspec.json.encode(task.path) + b"," + body[1:] + b"\n"
    return Result(task.index, task.path, line, "ok", fmt, None)
