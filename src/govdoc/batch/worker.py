"""What a batch worker does with one input: read, hash, parse, render its record line."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from govdoc.batch.inputs import Task
from govdoc.batch.records import line_of

ItemRow = tuple[str, str, str, str, str, str, int, str, str]


@dataclass(slots=True)
class Result:
    index: int
    path: str
    line: bytes
    status: str  # "ok" or "error"
    format: str
    code: str | None = None
    items: list[ItemRow] = field(default_factory=list)


def warm_up(enrich: bool = False) -> None:
    """Import the readers (and load jieba, when enriching) once per worker, not once per file."""
    import govdoc.readers.docx
    import govdoc.readers.html
    import govdoc.readers.pdf
    import govdoc.readers.text  # noqa: F401

    if enrich:
        from govdoc.enrichment.tokenizer import general_idf, pos_tokenizer

        pos_tokenizer()
        general_idf()


def _format(task: Task) -> str:
    from govdoc.readers import format_of

    name = task.member if task.member is not None else task.path
    return format_of(name) or "unknown"


def process(task: Task, with_items: bool, enrich: bool = False) -> Result:
    import govdoc
    from govdoc.errors import GovDocError

    fmt = _format(task)
    try:
        data = task.read()
    except Exception as exc:  # unreadable path, or a damaged archive member
        error: GovDocError = (
            govdoc.UnreadableFileError(f"cannot read the file: {exc.strerror or exc}", path=task.path)
            if isinstance(exc, OSError)
            else govdoc.CorruptFileError(f"cannot read the archive member: {exc}", path=task.path)
        )
        return Result(task.index, task.path, line_of({"path": task.path, **_error(error)}), "error", fmt, error.code)
    sha = hashlib.sha256(data).hexdigest()
    try:
        if fmt == "unknown":
            raise govdoc.UnsupportedFormatError("not a document format govdoc reads", path=task.path)
        doc = govdoc.parse(data, format=fmt, enrich=enrich)
    except GovDocError as exc:
        record = {"path": task.path, "sha256": sha, **_error(exc)}
        return Result(task.index, task.path, line_of(record), "error", fmt, exc.code)
    import msgspec

    body = msgspec.json.encode(doc)
    line = b'{"path":' + msgspec.json.encode(task.path) + b"," + body[1:] + b"\n"
    source = doc.source
    if source.path is None:  # the record says where the input is; the document keeps its own source
        pass
    items = _items(task.path, doc) if with_items else []
    return Result(task.index, task.path, line, "ok", fmt, None, items)


def _error(exc: Exception) -> dict[str, object]:
    code = getattr(exc, "code", "internal-error")
    message = getattr(exc, "message", str(exc))
    return {"error": {"code": code, "message": message}}


def _items(path: str, doc: object) -> list[ItemRow]:
    from govdoc.model import Document

    assert isinstance(doc, Document)
    title = doc.header.title or ""
    number = doc.header.doc_number.text if doc.header.doc_number else ""
    rows: list[ItemRow] = []
    for para in doc.preamble:
        for item in para.items:
            rows.append((path, title, number, "", "", para.phase or "", item.ordinal, item.lead, item.text))
    for section in doc.iter_sections():
        for para in section.paragraphs:
            for item in para.items:
                rows.append(
                    (
                        path,
                        title,
                        number,
                        section.marker,
                        section.title or "",
                        para.phase or "",
                        item.ordinal,
                        item.lead,
                        item.text,
                    )
                )
    return rows
