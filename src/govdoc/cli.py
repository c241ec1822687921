"""The command line, a thin layer over the public API: `govdoc parse` and `govdoc schema`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from govdoc import __version__
from govdoc.api import parse, schema
from govdoc.errors import GovDocError


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govdoc", description="Chinese government documents as typed data.")
    ap.add_argument("--version", action="version", version=f"govdoc {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse documents and print them as JSON or an outline")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    p.add_argument("--strict", action="store_true", help="fail on text that is no government document")
    p.add_argument("--enrich", action="store_true", help="add keywords, organisations and figures (jieba)")
    sub.add_parser("schema", help="print the JSON Schema of the output")
    b = sub.add_parser("batch", help="parse files, folders, globs and .zip archives into JSON Lines")
    b.add_argument("inputs", nargs="+", metavar="INPUT")
    b.add_argument("-o", "--output", required=True, metavar="OUT.jsonl")
    b.add_argument("--workers", type=int, default=None, help="worker processes (default: the number of cores)")
    b.add_argument("--timeout", type=float, default=300.0, help="seconds one file may take (default 300)")
    b.add_argument("--ordered", action="store_true", help="write records in input order")
    b.add_argument("--resume", action="store_true", help="skip inputs already recorded in OUT with the same content")
    b.add_argument("--retry-errors", action="store_true", help="parse again the inputs recorded as errors")
    b.add_argument("--items-csv", metavar="FILE", help="one row per enumeration item (UTF-8 with BOM)")
    b.add_argument("--stats", metavar="FILE", help="write the run's summary as JSON")
    b.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    b.add_argument("--dask-scheduler", metavar="ADDRESS", help="run on a Dask cluster, e.g. tcp://host:8786")
    b.add_argument("--enrich", action="store_true", help="add keywords, organisations and figures (jieba)")
    return ap


def _parse_files(files: Sequence[str], fmt: str, strict: bool, out: TextIO, enrich: bool = False) -> int:
    from govdoc.outline import outline

    failed = 0
    many = len(files) > 1 and fmt == "json"
    if many:
        out.write("[\n")
    for k, path in enumerate(files):
        try:
            doc = parse(path, strict=strict, enrich=enrich)
        except GovDocError as exc:
            failed += 1
            if exc.path is None:
                exc.path = path
            print(f"govdoc: {exc}", file=sys.stderr)
            record = exc.to_record()
            if fmt == "text":
                continue
            rendered = json.dumps(record, ensure_ascii=False)
        else:
            if fmt == "text":
                out.write(("\n" if k else "") + (f"== {path}\n" if len(files) > 1 else "") + outline(doc))
                continue
            rendered = doc.to_json(indent=None if fmt == "jsonl" else 1)
        if many:
            rendered = rendered + (",\n" if k + 1 < len(files) else "\n")
        else:
            rendered += "\n"
        out.write(rendered)
    if many:
        out.write("]\n")
    return 1 if failed else 0


def _batch(args: argparse.Namespace) -> int:
    from govdoc.batch import run_batch

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
            quiet=args.quiet,
            dask_scheduler=args.dask_scheduler,
            enrich=args.enrich,
        )
    except OSError as exc:
        print(f"govdoc: batch: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary.text(), file=sys.stderr)
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as fh:
            json.dump(summary.as_dict(), fh, ensure_ascii=False, indent=1)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":
        print(json.dumps(schema(), ensure_ascii=False, indent=1))
        return 0
    if args.command == "batch":
        return _batch(args)
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                return _parse_files(args.files, args.format, args.strict, fh, args.enrich)
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        return _parse_files(args.files, args.format, args.strict, sys.stdout, args.enrich)
    except OSError as exc:
        print(f"govdoc: cannot write output: {exc}", file=sys.stderr)
        return 2
