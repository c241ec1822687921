"""Registry exports as batch inputs: one document per row of a CSV, TSV or JSON Lines table.

Portals and registries export their replies as a table, one reply a row and its body in one
column (`编号,标题,正文,…`). `govdoc batch export.csv --text-column 正文 --id-column 编号` reads
each row's text cell as one document, so a registry of 50,000 replies is one file, not 50,000.

- **Paths.** A row's record has the path `export.csv!/id/<id>` (the `--id-column` value) or,
  without an id column or where the cell is empty, `export.csv!/row/<n>` (the n-th data row,
  1-based, the header and blank lines not counted). A resume matches records by path and the
  text's SHA-256, so ids keep it right when a later export orders its rows otherwise; an id the
  table holds twice gets `#2`, `#3` … as an archive's repeated name does.
- **Streaming.** The table is read row by row, never whole: only the row in flight is in memory.
- **Encoding.** The table's encoding is the project's text decoding (`readers.text`) of its first
  MiB: UTF-8 (with or without a BOM), GB18030, UTF-16 with a BOM, Big5 …; the rest is read as
  that codec. Bytes later in the file that are not of it (a byte damaged in transfer) become
  U+FFFD, and the row whose text holds them gets the warning `encoding-repaired` counting them, as
  a file with such bytes does: one bad byte does not cost the rows after it, nor is it silent.
- **Bad rows** are error records, and the run goes on: a row without the text column's cell (fewer
  cells than the header; more, the extra ones not empty, as a delimiter left unquoted inside a
  cell leaves them, so no cell can be trusted; a JSON line that is no object or lacks the key) is
  `corrupt-file`; an
  empty cell `empty-document`, as an empty file is. A cell over `limits.document_chars` (the csv
  module's own field limit, 131,072 characters, is raised to it) is `too-large`, and since the
  csv reader cannot find the next row after it, the rest of the table is not read (the message
  says so). A table that cannot be decoded or is empty is one error record under its own path.
- **Columns.** A CSV or TSV table without the named text or id column stops the run before it
  starts (`ValueError`, status 2), naming the columns it has; JSON Lines has no header, so a line
  without the key is a bad row.

A row's text is parsed like a file's bytes (its format sniffed: text, Markdown or HTML, or
`--from`); its document's `source.encoding` is the table's codec and `source.sha256` that of the
cell's UTF-8 encoding.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

from govdoc.errors import GovDocError
from govdoc.limits import DEFAULT_LIMITS, UNREADABLE_JSON

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
HEAD_BYTES = 1 << 20  # what the encoding is detected from
# The largest cell read: the csv module's default (131,072 characters) is below a long reply.
FIELD_LIMIT = DEFAULT_LIMITS.document_chars
ROW = "row"
ID = "id"


@dataclass(frozen=True, slots=True)
class Columns:
    """Which columns of a table input hold each row's text and its id.

    Attributes:
        text: the column (CSV/TSV header) or key (JSON Lines) of the document's text
        id: the column of the row's id, for its record's path; None for the row's number
    """

    text: str
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table: its record's path, and its text or why it cannot be parsed."""

    path: str
    text: str | None
    encoding: str | None
    problem: GovDocError | None = None
    repaired: int = 0  # U+FFFD in the text where the table's decoding replaced bytes


_REPLACED = [0]  # bytes the tables' decoding has replaced, in this process


def _replace_counted(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: U+FFFD for the bad bytes, counted (so a row's U+FFFD can be told from a
    table's own: a table whose decoding replaced nothing has none of its own making)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _REPLACED[0] += 1
    return "\ufffd", exc.end


_ERRORS = "govdoc.table-replace"
codecs.register_error(_ERRORS, _replace_counted)


def is_table(name: str) -> bool:
    """Whether `name` is a table input (by its suffix, in any case)."""
    return name.lower().endswith(TABLE_SUFFIXES)


def _is_json_lines(name: str) -> bool:
    return name.lower().endswith((".jsonl", ".ndjson"))


# UTF-32's marks first: UTF-16 LE's is the start of UTF-32 LE's.
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def encoding_of(file: str, shown: str) -> tuple[str, str]:
    """The codec to stream `file` with (past a byte-order mark) and the encoding to report (as a
    file's `source.encoding` says it), detected from its first MiB by the project's text decoding.

    Raises the decoding's own `GovDocError` (`empty-document`, `encoding-undetected`). Kept for the
    file as it stands (its size and time of change): the run's column check and then its rows ask it
    of every table, which decoded the same first MiB twice."""
    stat = os.stat(file)
    return _encoding_of(file, shown, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _encoding_of(file: str, shown: str, size: int, changed: int) -> tuple[str, str]:
    """`encoding_of` for the file at that size and time of change (the two only key the store)."""
    from govdoc.readers.decoding import decode_repaired

    with open(file, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    bom = next((b for b in _WIDE_BOMS if head.startswith(b)), None)
    if len(head) == HEAD_BYTES and bom is None and b"\n" in head:
        head = head[: head.rindex(b"\n") + 1]  # not inside a character (a newline is never a GB or UTF-8 trail byte)
    elif len(head) == HEAD_BYTES and bom is not None:
        head = head[: len(head) - len(head) % 4]
    _, encoding, _ = decode_repaired(head, path=shown)
    # the codec is the decoding's, not the mark's: a mark the content belies (a UTF-8 mark before
    # GB18030 text) is skipped by `_open`, never read as the first column's name
    if encoding == "utf-8" and head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", encoding
    return encoding, encoding  # utf-16 and utf-32 read their own mark


_MARKS = (codecs.BOM_UTF8, *_WIDE_BOMS)
_READS_ITS_MARK = frozenset({"utf-8-sig", "utf-16", "utf-32"})


def _open(file: str, codec: str, errors: str) -> io.TextIOWrapper:
    """`file` as text in `codec`, past a byte-order mark the codec does not read itself."""
    raw = open(file, "rb")  # noqa: SIM115 (the wrapper owns and closes it)
    if codec not in _READS_ITS_MARK:
        head = raw.read(4)
        mark = next((m for m in _MARKS if head.startswith(m)), b"")
        raw.seek(len(mark))
    return io.TextIOWrapper(raw, encoding=codec, errors=errors, newline="")


def check_columns(file: str, shown: str, columns: Columns) -> None:
    """Refuse a CSV or TSV table whose header lacks the named columns (`ValueError`: the run does not
    start). A table that cannot be decoded or is empty is left to its error record."""
    if _is_json_lines(file):
        return
    try:
        codec, _ = encoding_of(file, shown)
    except GovDocError:
        return
    with _open(file, codec, "replace") as fh:
        header = next(_reader(fh, file), None)
    if header is None:
        return
    wanted = [c for c in (columns.text, columns.id) if c is not None]
    missing = [c for c in wanted if c not in header]
    if missing:
        names = ", ".join(repr(c) for c in missing)
        raise ValueError(f"{shown} has no column {names} (its columns: {', '.join(header)})")


def _reader(fh: object, file: str) -> Iterator[list[str]]:
    csv.field_size_limit(FIELD_LIMIT + 1)  # the module's own limit is process-wide; above any document
    return csv.reader(fh, delimiter="\t" if file.lower().endswith(".tsv") else ",")  # type: ignore[arg-type]


def rows(file: str, shown: str, columns: Columns) -> Iterator[Row]:
    """The rows of the table `file` (recorded as `shown`), streamed, each with its text or its problem."""
    from govdoc.errors import CorruptFileError, EmptyDocumentError

    try:
        codec, encoding = encoding_of(file, shown)
    except GovDocError as error:
        yield Row(shown, None, None, error)
        return
    seen: dict[str, int] = {}
    n = 0

    def path_of(ident: str | None) -> str:
        if not ident:
            return f"{shown}!/{ROW}/{n}"
        seen[ident] = seen.get(ident, 0) + 1
        return f"{shown}!/{ID}/{ident}" + (f"#{seen[ident]}" if seen[ident] > 1 else "")

    parse = _json_rows if _is_json_lines(file) else _csv_rows
    replaced_before = _REPLACED[0]
    with _open(file, codec, _ERRORS) as fh:
        found = parse(fh, file, columns)
        while True:
            try:
                got = next(found, None)
            except csv.Error as exc:
                n += 1
                yield Row(f"{shown}!/{ROW}/{n}", None, encoding, _csv_problem(exc, n))
                return
            if got is None:
                return
            n += 1
            ident, text, problem = got
            if text is not None and not text.strip():
                yield Row(
                    path_of(ident), None, encoding, EmptyDocumentError(f"the row's {columns.text!r} cell is empty")
                )
                continue
            repaired = text.count("\ufffd") if text and _REPLACED[0] > replaced_before else 0
            yield Row(path_of(ident), text, encoding, CorruptFileError(problem) if problem else None, repaired)


def _csv_problem(exc: csv.Error, n: int) -> GovDocError:
    from govdoc.errors import CorruptFileError

    if "field larger" in str(exc):
        return DEFAULT_LIMITS.exceeded(
            "document_chars",
            path=None,
            what=f"characters in a cell of data row {n} (the rest is not read)",
        )
    return CorruptFileError(f"data row {n} cannot be read as CSV ({exc}): the rest of the table is not read")


_Found = tuple[str | None, str | None, str | None]  # (id, text, problem)


def _csv_rows(fh: object, file: str, columns: Columns) -> Iterator[_Found]:
    reader = _reader(fh, file)
    header = next(reader, None)
    if header is None:
        return
    at = header.index(columns.text) if columns.text in header else None
    id_at = header.index(columns.id) if columns.id is not None and columns.id in header else None
    for cells in reader:
        if not cells:
            continue  # a blank line is no row
        ident = cells[id_at].strip() if id_at is not None and id_at < len(cells) else None
        if at is None or at >= len(cells):
            problem = f"the row has {len(cells)} cell(s), the header {len(header)}: no {columns.text!r} cell"
            yield ident, None, problem
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            # a delimiter left unquoted inside a cell: which cell holds what is lost, the text cut
            problem = f"the row has {len(cells)} cells, the header {len(header)}: a cell's delimiter unquoted?"
            yield ident, None, problem
            continue
        yield ident, cells[at], None


def _json_rows(fh: object, file: str, columns: Columns) -> Iterator[_Found]:
    from govdoc.readers.decoding import lone_surrogates, repair_surrogates

    for line in fh:  # type: ignore[attr-defined]
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except UNREADABLE_JSON as exc:
            yield None, None, f"the line is not JSON ({exc})"
            continue
        if not isinstance(record, dict):
            yield None, None, "the line is no JSON object"
            continue
        value = record.get(columns.id) if columns.id is not None else None
        ident = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else None
        text = record.get(columns.text)
        if columns.text not in record:
            yield ident, None, f"the object has no key {columns.text!r}"
        elif text is not None and not isinstance(text, str):
            yield ident, None, f"{columns.text!r} is no string but {type(text).__name__}"
        elif text and (halves := lone_surrogates(text)):
            # a `\ud800` escape with no partner (an export cut a UTF-16 pair) decodes to no character: replaced with
            # U+FFFD and counted as the table's own decoding's replacements are (review27 R7: the row was refused)
            _REPLACED[0] += halves
            yield ident, repair_surrogates(text)[0], None
        else:
            yield ident, text or "", None
