"""The command line, a thin layer over the public API: `govdoc parse`, `govdoc batch`, `govdoc schema`.

Messages go through the standard `logging` module (logger `govdoc`) to standard error:
`-v` shows more, `-q` only errors; data goes to standard output or `-o`.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from govdoc import __version__
from govdoc.api import parse, schema
from govdoc.errors import GovDocError
from govdoc.isolation import DEFAULT_MEMORY, Worker, WorkerStartError, call_here, can_call_here, seconds
from govdoc.limits import DEFAULT_LIMITS
from govdoc.model import Document
from govdoc.paths import text_path
from govdoc.service.command import add_parser as add_serve_parser

log = logging.getLogger("govdoc")
STDIN = "-"
IN_PROCESS_BYTES = 256 * 1024
"""A text input up to this size is parsed in the CLI's own process, within the same time and
memory bounds as in the worker (`isolation.call_here`): starting the worker would cost more than
the parse. Other formats, with native readers, and larger inputs always go to the worker."""

OCR_HELP = "recognise scanned pages and page images: auto (default: pages without text), always, never"


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govdoc", description="Chinese government documents as typed data.")
    ap.add_argument("--version", action="version", version=f"govdoc {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse documents and print them as JSON or an outline")
    p.add_argument("files", nargs="+", metavar="FILE", help="files to parse; - reads standard input")
    _from_option(p)
    p.add_argument("--format", choices=("json", "jsonl", "text", "markdown"), default="json")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    p.add_argument("--strict", action="store_true", help="fail on text that is no government document")
    p.add_argument("--enrich", action="store_true", help="add keywords, organisations and figures (jieba)")
    p.add_argument("--timeout", type=seconds, default=300.0, help="seconds one file may take (default 300)")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default=None, help=OCR_HELP)
    _verbosity(p)
    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.add_argument(
        "--record",
        choices=("document", "batch-record", "error-record"),
        default="document",
        help="which record's schema (default: a parsed document)",
    )
    s.add_argument(
        "--write", metavar="DIR", help="write all three schemas into DIR (the repository keeps them in schema/)"
    )
    b = sub.add_parser("batch", help="parse files, folders, globs and .zip archives into JSON Lines")
    b.add_argument("inputs", nargs="+", metavar="INPUT")
    b.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="JSON Lines file; - for standard output")
    b.add_argument("--workers", type=int, default=None, help="worker processes (default: the number of cores)")
    b.add_argument("--timeout", type=seconds, default=300.0, help="seconds one file may take (default 300)")
    b.add_argument("--ordered", action="store_true", help="write records in input order")
    b.add_argument("--resume", action="store_true", help="skip inputs already recorded in OUT with the same content")
    b.add_argument("--retry-errors", action="store_true", help="parse again the inputs recorded as errors")
    b.add_argument("--items-csv", metavar="FILE", help="one row per enumeration item (UTF-8 with BOM)")
    b.add_argument("--table", metavar="FILE", help="one row per input, as FILE.csv (UTF-8 with BOM) or FILE.parquet")
    b.add_argument("--allow-errors", action="store_true", help="exit 0 even when some inputs are error records")
    b.add_argument("--stats", metavar="FILE", help="write the run's summary as JSON")
    b.add_argument("--dask-scheduler", metavar="ADDRESS", help="run on a Dask cluster, e.g. tcp://host:8786")
    b.add_argument("--enrich", action="store_true", help="add keywords, organisations and figures (jieba)")
    _from_option(b)
    b.add_argument(
        "--text-column",
        metavar="NAME",
        help="read each .csv/.tsv/.jsonl input as a table: one document per row, its text in column NAME",
    )
    b.add_argument("--id-column", metavar="NAME", help="with --text-column: the column of each row's id (its path)")
    b.add_argument("--ocr", choices=("auto", "always", "never"), default=None, help=OCR_HELP)
    _verbosity(b, quiet_help="no progress bar and no summary, only errors")
    add_serve_parser(sub)
    return ap


def _from_option(p: argparse.ArgumentParser) -> None:
    from govdoc.readers import FORMATS

    p.add_argument(
        "--from",
        dest="from_format",
        metavar="FORMAT",
        choices=FORMATS,
        help=f"read every input as FORMAT ({', '.join(FORMATS)}) instead of by its content and name",
    )


def _verbosity(p: argparse.ArgumentParser, quiet_help: str = "only errors on standard error") -> None:
    p.add_argument("-q", "--quiet", action="store_true", help=quiet_help)
    p.add_argument("-v", "--verbose", action="count", default=0, help="also say how each input's format was decided")


@contextmanager
def _logging_to_stderr(quiet: bool, verbose: int) -> Iterator[None]:
    """Route the library's `govdoc` logger to standard error for the run of one command."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("govdoc: %(message)s"))
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    saved = log.level, log.propagate
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(saved[0])
        log.propagate = saved[1]


def _start_method() -> str:
    """How the worker of `govdoc parse` starts: forked where that is safe, else spawned.

    A forked child inherits the interpreter and govdoc's modules already loaded, where a spawned
    one starts a second interpreter and imports everything again (most of a one-file parse's
    time). Forking is safe on Linux in a process that runs no other thread and whose address
    space is small: the child's memory cap (RLIMIT_AS) counts what it inherits, so a large
    caller (`main` called from a big program) spawns a fresh child instead.
    """
    import os
    import threading

    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return "spawn"
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return "spawn"
    return "fork" if size < DEFAULT_MEMORY // 4 else "spawn"


def _parse_one(path: str, args: argparse.Namespace, worker: Worker) -> Document:
    """One input parsed in the worker process: bounded by `--timeout` and the worker's memory cap."""
    source: str | bytes = sys.stdin.buffer.read(DEFAULT_LIMITS.input_bytes + 1) if path == STDIN else path
    options = {"format": args.from_format, "strict": args.strict, "enrich": args.enrich}
    doc: Document
    if _small_text(source, args.from_format) and can_call_here():
        doc = call_here(parse, source, timeout=args.timeout, **options)
    else:
        doc = worker.call(parse, source, timeout=args.timeout, **options)
    _say_format(path, doc, args.from_format)
    return doc


def _small_text(source: str | bytes, forced: str | None) -> bool:
    """Whether `source` is text (by `--from`, else by its content and name) of at most `IN_PROCESS_BYTES`."""
    import os
    import stat

    from govdoc.readers import format_of
    from govdoc.readers.sniff import sniff

    if isinstance(source, bytes):
        data, named = source, None
    else:
        try:
            st = os.stat(source)
            if not stat.S_ISREG(st.st_mode) or st.st_size > IN_PROCESS_BYTES:
                return False
            with open(source, "rb") as fh:
                data = fh.read(IN_PROCESS_BYTES + 1)
        except OSError:
            return False  # the worker reports it
        named = format_of(source)
    if len(data) > IN_PROCESS_BYTES:
        return False
    if forced is not None:
        return forced in ("txt", "md")
    return named in (None, "txt", "md") and sniff(data) == "txt"


def _say_format(path: str, doc: Document, forced: str | None) -> None:
    """With -v: how the format was decided (the worker's own log stays in the worker)."""
    from govdoc.readers import format_of

    named = None if path == STDIN else format_of(path)
    if forced:
        log.debug("%s: read as %s (--from)", text_path(path), forced)
    elif named != doc.source.format and not (named == "doc" and doc.source.format == "docx"):
        log.debug("%s: named as %s, read as %s by its content", text_path(path), named or "nothing", doc.source.format)


def _parse_files(files: Sequence[str], args: argparse.Namespace, out: TextIO) -> int:
    """Every input in turn, each parsed in one reused worker process (see `govdoc.isolation`)."""
    failed = 0
    many = len(files) > 1 and args.format == "json"
    if many:
        out.write("[\n")
    with Worker(context=_start_method()) as worker:
        for k, path in enumerate(files):
            failed += _parse_file(k, path, files, args, out, worker)
    if many:
        out.write("]\n")
    return 1 if failed else 0


def _parse_file(k: int, path: str, files: Sequence[str], args: argparse.Namespace, out: TextIO, worker: Worker) -> int:
    """Write one input's document or error record; 1 when it failed."""
    from govdoc.outline import outline

    fmt = args.format
    try:
        doc = _parse_one(path, args, worker)
    except GovDocError as exc:
        if exc.path is None:
            exc.path = text_path(path)
        log.error("%s", exc)
        if fmt in ("text", "markdown"):
            return 1
        rendered = json.dumps(exc.to_record(), ensure_ascii=False)
        failed = 1
    else:
        if fmt == "text":
            out.write(("\n" if k else "") + (f"== {text_path(path)}\n" if len(files) > 1 else "") + outline(doc))
            return 0
        if fmt == "markdown":
            out.write(("\n---\n\n" if k else "") + doc.to_markdown())  # a thematic break between documents
            return 0
        rendered = doc.to_json(indent=None if fmt == "jsonl" else 1)
        failed = 0
    if len(files) > 1 and fmt == "json":
        rendered = rendered + (",\n" if k + 1 < len(files) else "\n")
    else:
        rendered += "\n"
    out.write(rendered)
    return failed


def _batch(args: argparse.Namespace) -> int:
    import os

    from govdoc.batch import run_batch

    # Each worker's OCR engine gets its share of the cores, so that workers do not oversubscribe them.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    os.environ.setdefault("GOVDOC_OCR_THREADS", str(max(1, cores // max(1, args.workers or cores))))

    try:
        summary = run_batch(
            args.inputs,
            args.output,
            workers=args.workers,
            timeout=args.timeout,
            ordered=args.ordered,
            resume=args.resume,
            retry_errors=args.retry_errors,
            items_csv=args.items_csv,
            table=args.table,
            quiet=args.quiet,
            dask_scheduler=args.dask_scheduler,
            enrich=args.enrich,
            exclude=[args.stats] if args.stats else [],
            from_format=args.from_format,
            text_column=args.text_column,
            id_column=args.id_column,
        )
    except (OSError, ValueError) as exc:
        log.error("batch: %s", exc)
        return 2
    except GovDocError as exc:  # a missing extra (parquet, dask)
        log.error("batch: %s", exc)
        return 2
    log.info("%s", summary.text())
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as fh:
            json.dump(summary.as_dict(), fh, ensure_ascii=False, indent=1)
    if summary.errors and not args.allow_errors:
        log.error(
            "batch: %d input(s) are error records (see the summary); exit status 1 (--allow-errors for 0)",
            summary.errors,
        )
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The `govdoc` command and its exit status; Ctrl-C (130) and a worker that cannot start (2) are one
    line each, not a traceback from every process.
    """
    args = _parser().parse_args(argv)
    if getattr(args, "ocr", None):
        import os

        os.environ["GOVDOC_OCR"] = args.ocr  # the default of every parse in this run, batch workers included
    try:
        return _command(args)
    except KeyboardInterrupt:  # one line, not a traceback per process; workers ignore SIGINT
        print("govdoc: interrupted", file=sys.stderr)
        return 130
    except WorkerStartError as exc:
        print(f"govdoc: the parse worker could not start: {exc}", file=sys.stderr)
        return 2


def _command(args: argparse.Namespace) -> int:
    if args.command == "schema":
        if args.write:
            from govdoc.schemas import write_all

            for path in write_all(args.write):
                print(path)
            return 0
        try:
            print(json.dumps(schema(args.record), ensure_ascii=False, indent=1), flush=True)
        except OSError as exc:  # `govdoc schema | head`: one line, as `govdoc parse` says it
            print(f"govdoc: cannot write output: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command == "batch":
        with _logging_to_stderr(args.quiet, args.verbose):
            return _batch(args)
    if args.command == "serve":
        from govdoc.service.command import run

        return run(args)
    with _logging_to_stderr(args.quiet, args.verbose):
        try:
            if args.output and args.output != STDIN:
                with open(args.output, "w", encoding="utf-8") as fh:
                    return _parse_files(args.files, args, fh)
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            return _parse_files(args.files, args, sys.stdout)
        except OSError as exc:
            log.error("cannot write output: %s", exc)
            return 2
