"""The document table: one flat row per input, for analysts (pandas, DuckDB, Excel, Parquet).

A row is built from a record as plain dicts (a `Document`'s `to_dict()`, a line of the batch
output, or an error record), so the same function serves `govdoc.to_records`, the batch's
`--table` and a table rebuilt from a JSONL file. Lists of names are joined with `；`, which no
organ name or warning code contains. Columns, their types and meanings are in `COLUMNS`
(and the README's table).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from govdoc.model import Document

JOIN = "；"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the document table: its name, type (`str` or `int`) and meaning."""

    name: str
    type: str
    description: str


COLUMNS: tuple[Column, ...] = (
    Column("path", "str", "the input's path (a zip member as archive.zip!/member)"),
    Column("sha256", "str", "SHA-256 of the input bytes"),
    Column(
        "format",
        "str",
        "the format read: txt, md, html, docx, pdf, ofd, png, jpeg, tiff; text for a string (null for an error)",
    ),
    Column("encoding", "str", "the text encoding detected (txt, md, html)"),
    Column("pages", "int", "pages of a paged source (PDF, OFD, page images)"),
    Column("kind", "str", "document type: reply, notice, opinion, …"),
    Column("title", "str", "the document's title"),
    Column("issuer", "str", "the issuing organ (发文机关标志)"),
    Column("doc_number", "str", "the 发文字号 as written"),
    Column("doc_number_agency", "str", "its agency code (机关代字)"),
    Column("doc_number_year", "int", "its year"),
    Column("doc_number_serial", "int", "its serial number"),
    Column("serial", "str", "the 序号 of a 公告, 通告 or 令 (or a 纪要's issue) as written, e.g. 第12号"),
    Column("recipients", "str", "the 主送 addressees, joined with ；"),
    Column("signers", "str", "the 签发人, each as written (a joint document's several), joined with ；"),
    Column("responds_to", "str", "the proposal answered, as written"),
    Column("responds_to_body", "str", "政协 or 人大"),
    Column("responds_to_level", "str", "全国, 省, 市, 区, 县 …"),
    Column("responds_to_term", "int", "the body's term (届)"),
    Column("responds_to_session", "int", "the session (次会议)"),
    Column("responds_to_number", "str", "the proposal's number (a string: leading zeros occur)"),
    Column("responds_to_numbers", "str", "each number of a reference naming several (第12、35、108号), joined with ；"),
    Column("responds_to_kind", "str", "提案, 建议, 议案, 意见, or 来信/留言 (a mailbox's letter or message)"),
    Column("responds_to_title", "str", "the proposal's own title"),
    Column("handling_result", "str", "answer category: A, B, C or reference"),
    Column("disclosure", "str", "主动公开, 依申请公开 or 不予公开"),
    Column("distribution", "str", "the 附注's distribution scope as written, e.g. 发至县级"),
    Column("restriction", "str", "a circulation mark that is no 密级, as written: 内部资料, 内部刊物"),
    Column("subject_terms", "str", "the 主题词 (or a portal's 关键词), joined with ；"),
    Column("signature_date", "str", "the signature's ISO date"),
    Column("signature_date_partial", "str", "a signature date written to the month only: 2024-05"),
    Column("signature_issuers", "str", "the signing organs, joined with ；"),
    Column("signature_persons", "str", "persons signing by post and name (市长 张某某), joined with ；"),
    Column(
        "contact_name",
        "str",
        "联系人 (persons a 、 joins under one 联系人 label are its value as written, `甲、乙`: since session 32)",
    ),
    Column("contact_phones", "str", "telephone numbers, joined with ；"),
    Column("contact_faxes", "str", "fax numbers (传真), joined with ；"),
    Column("contact_address", "str", "地址"),
    Column("sections", "int", "top-level numbered sections"),
    Column("sections_all", "int", "numbered sections at every level"),
    Column("items", "int", "一是/二是 enumeration items in the whole body"),
    Column("attachments", "int", "attachments listed under 附件"),
    Column("warnings", "str", "warning codes, each once, in order of first appearance, joined with ；"),
    Column("error_code", "str", "for an input that could not be read: its error code, else null"),
    Column("error_message", "str", "the error's message"),
)
NAMES = tuple(c.name for c in COLUMNS)

ITEMS_HEADER = (
    "path",
    "title",
    "doc_number",
    "section_marker",
    "section_title",
    "phase",
    "item_ordinal",
    "lead",
    "text",
)


def _get(d: Mapping[str, Any] | None, *keys: str) -> Any:
    for key in keys:
        if not isinstance(d, Mapping):
            return None
        d = d.get(key)
    return d


def _joined(values: Any) -> str | None:
    return JOIN.join(values) if values else None


def _walk(sections: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for section in sections:
        yield section
        yield from _walk(section.get("sections") or [])


def _paragraphs(doc: Mapping[str, Any]) -> Iterator[tuple[dict[str, Any] | None, dict[str, Any]]]:
    """(section or None for the preamble, paragraph) in document order."""
    for para in doc.get("preamble") or []:
        yield None, para
    for section in _walk(doc.get("sections") or []):
        for para in section.get("paragraphs") or []:
            yield section, para


def _as_dict(doc: Document | Mapping[str, Any]) -> Mapping[str, Any]:
    return doc.to_dict() if isinstance(doc, Document) else doc


def row_of(record: Document | Mapping[str, Any]) -> dict[str, Any]:
    """The table row of a document, a batch record or an error record."""
    d = _as_dict(record)
    source = d.get("source") or {}
    path = d.get("path") or source.get("path")
    if "error" in d:
        row = dict.fromkeys(NAMES)
        row.update(path=path, sha256=d.get("sha256"))
        row.update(error_code=_get(d, "error", "code"), error_message=_get(d, "error", "message"))
        return row
    header = d.get("header") or {}
    number = header.get("doc_number") or {}
    ref = header.get("responds_to") or {}
    contact = d.get("contact") or {}
    codes = list(dict.fromkeys(w.get("code") for w in d.get("warnings") or []))
    return {
        "path": path,
        "sha256": source.get("sha256"),
        "format": source.get("format"),
        "encoding": source.get("encoding"),
        "pages": source.get("pages"),
        "kind": d.get("kind"),
        "title": header.get("title"),
        "issuer": header.get("issuer"),
        "doc_number": number.get("text"),
        "doc_number_agency": number.get("agency_code"),
        "doc_number_year": number.get("year"),
        "doc_number_serial": number.get("serial"),
        "serial": _get(d, "header", "serial", "text"),
        "recipients": _joined(header.get("recipients")),
        "signers": _joined(header.get("signers")),
        "responds_to": ref.get("text"),
        "responds_to_body": ref.get("body"),
        "responds_to_level": ref.get("level"),
        "responds_to_term": ref.get("term"),
        "responds_to_session": ref.get("session"),
        "responds_to_number": ref.get("number"),
        "responds_to_numbers": _joined(ref.get("numbers")),
        "responds_to_kind": ref.get("kind"),
        "responds_to_title": ref.get("title"),
        "handling_result": header.get("handling_result"),
        "disclosure": header.get("disclosure"),
        "distribution": header.get("distribution"),
        "restriction": header.get("restriction"),
        "subject_terms": _joined(header.get("subject_terms")),
        "signature_date": _get(d, "signature", "date"),
        "signature_date_partial": _get(d, "signature", "date_partial"),
        "signature_issuers": _joined(_get(d, "signature", "issuers")),
        "signature_persons": _joined(_persons(_get(d, "signature", "persons"))),
        "contact_name": contact.get("name"),
        "contact_phones": _joined(contact.get("phones")),
        "contact_faxes": _joined(contact.get("faxes")),
        "contact_address": contact.get("address"),
        "sections": len(d.get("sections") or []),
        "sections_all": sum(1 for _ in _walk(d.get("sections") or [])),
        "items": sum(len(p.get("items") or []) for _, p in _paragraphs(d)),
        "attachments": len(d.get("attachments") or []),
        "warnings": _joined(codes),
        "error_code": None,
        "error_message": None,
    }


def _persons(persons: Any) -> list[str] | None:
    """Each signing person as `post name` (the name alone where no post is written)."""
    if not persons:
        return None
    return [" ".join(part for part in (p.get("post"), p.get("name")) if part) for p in persons]


def item_rows(record: Document | Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """The items CSV rows of one record (none for an error record), in `ITEMS_HEADER` order."""
    d = _as_dict(record)
    if "error" in d:
        return []
    header = d.get("header") or {}
    path = d.get("path") or _get(d, "source", "path") or ""
    title = header.get("title") or ""
    number = _get(header, "doc_number", "text") or ""
    rows: list[tuple[Any, ...]] = []
    for section, para in _paragraphs(d):
        marker = section.get("marker", "") if section else ""
        heading = (section.get("title") or "") if section else ""
        for item in para.get("items") or []:
            rows.append(
                (
                    path,
                    title,
                    number,
                    marker,
                    heading,
                    para.get("phase") or "",
                    item["ordinal"],
                    item["lead"],
                    item["text"],
                )
            )
    return rows


def to_records(docs: Iterable[Document | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One flat dict per document (or batch/error record), with the columns of `COLUMNS`."""
    return [row_of(doc) for doc in docs]


def to_dataframe(docs: Iterable[Document | Mapping[str, Any]]) -> Any:
    """A pandas DataFrame of `to_records(docs)`; int columns are nullable `Int64`.

    Needs pandas (the `pandas` extra); without it raises `missing-dependency`.
    """
    from govdoc.deps import require

    pd = require("pandas")
    frame = pd.DataFrame.from_records(to_records(docs), columns=list(NAMES))
    return frame.astype({c.name: "Int64" if c.type == "int" else "string" for c in COLUMNS})


class TableWriter:
    """Writes rows to `path` as CSV (UTF-8 with BOM, for Excel) or Parquet, by its suffix.

    Rows go to a temporary file beside `path`, which replaces it on `close()`, so a run
    stopped midway never leaves a half table under the real name.
    """

    BATCH = 2048

    def __init__(self, path: str | os.PathLike[str], header: tuple[str, ...], types: tuple[str, ...]) -> None:
        self.path = os.fspath(path)
        self.tmp = self.path + ".part"
        self.header, self.types = header, types
        self.parquet = self.path.lower().endswith(".parquet")
        self.pending: list[tuple[Any, ...]] = []
        self._writer: Any = None
        if self.parquet:
            from govdoc.deps import require

            pa = require("pyarrow")
            require("pyarrow.parquet")
            self.schema = pa.schema(
                [(name, pa.int64() if t == "int" else pa.string()) for name, t in zip(header, types, strict=True)]
            )
        elif not self.path.lower().endswith(".csv"):
            raise ValueError(f"{self.path}: a table is written as .csv or .parquet")
        else:
            self._file = open(self.tmp, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed in close())
            self._csv = csv.writer(self._file)
            self._csv.writerow(header)

    def add(self, row: tuple[Any, ...]) -> None:
        """Write one row: CSV at once (None as an empty cell), Parquet held and written `BATCH` rows at a time."""
        if not self.parquet:
            self._csv.writerow(["" if v is None else v for v in row])
            return
        self.pending.append(row)
        if len(self.pending) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self.tmp, self.schema)
        columns = list(zip(*self.pending, strict=True)) if self.pending else [()] * len(self.header)
        self._writer.write_table(pa.table(columns, schema=self.schema))
        self.pending = []

    def close(self) -> None:
        """Write what is pending and move the finished file over `path`; an empty Parquet table keeps its schema."""
        if self.parquet:
            if self.pending or self._writer is None:
                self._flush()
            self._writer.close()
        else:
            self._file.close()
        os.replace(self.tmp, self.path)


def table_writer(path: str | os.PathLike[str]) -> TableWriter:
    """A writer of the document table (`COLUMNS`) to a .csv or .parquet file."""
    return TableWriter(path, NAMES, tuple(c.type for c in COLUMNS))


def items_writer(path: str | os.PathLike[str]) -> TableWriter:
    """A writer of the items table (`ITEMS_HEADER`) to a .csv or .parquet file."""
    types = tuple("int" if name == "item_ordinal" else "str" for name in ITEMS_HEADER)
    return TableWriter(path, ITEMS_HEADER, types)
