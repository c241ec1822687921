"""Archive throughput through the real batch path: documents per second per format, with 1 and
2 workers, peak memory per worker, and how both hold from 1,000 to 10,000 inputs.

    python benchmarks/bench_throughput.py formats --rounds 3
    python benchmarks/make_corpus.py /tmp/govdoc-scale --texts 10000 --office 0
    python benchmarks/bench_throughput.py scaling /tmp/govdoc-scale/text --sizes 1000 2000 5000 10000

Every figure is a ratio to a baseline measured in the same round, next to it, because absolute
times on this shared machine swing several-fold from one minute to the next:

* `formats`: `run_batch` over N copies of each format's fixtures against a **bare extraction
  of the same files by the underlying library, in one process**: for text, read + decode + one
  regex pass (as in `bench_parse.py`); HTML, `lxml.html` text_content(); DOCX, zipfile + lxml
  over `word/document.xml`'s `w:t`; PDF, pypdfium2's bare text of every page; OFD, zipfile +
  lxml over every page's `TextCode`; OCR, RapidOCR alone (same settings) on each page rendered
  at govdoc's 150 dpi. Memory: the largest worker's peak RSS against the bare process's.
* `scaling`: `run_batch` (2 workers, `--table` and `--items-csv` on) over the first n inputs
  against a **plain in-process `govdoc.parse` loop over the first 200 of them**, measured just
  before; docs/s per n, and the parent's and the largest worker's peak RSS.

Each measurement runs in a fresh interpreter; rounds alternate the formats, so each ratio's
min–max over rounds is the noise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
WORK = Path(tempfile.gettempdir()) / "govdoc-throughput"
SRC = [str(ROOT / "src")]  # the govdoc measured (`--src`: another checkout's, for before/after)
MARKER = re.compile(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]")

# format -> (source files, copies in the set); sizes keep one run of a format under a minute here
SOURCES: dict[str, tuple[list[Path], int]] = {
    "txt": ([p for p in sorted(FIXTURES.glob("*.txt")) if "gb18030" not in p.name], 600),
    "html": (sorted(FIXTURES.glob("*.html")) + sorted((SHARED / "corpus" / "dev").glob("*.html")), 200),
    "docx": ([*sorted((FIXTURES / "docx").glob("*.docx")), SHARED / "fixtures" / "putuo-office.docx"], 100),
    "pdf": (
        [FIXTURES / "pdf" / n for n in ("seed-official.pdf", "numbering-levels.pdf", "rotated.pdf")]
        + [SHARED / "fixtures" / "putuo-office.pdf"],
        60,
    ),
    "ofd": (sorted((SHARED / "fixtures" / "ofd").glob("*.ofd")), 100),
    "ocr": ([FIXTURES / "pdf" / "scanned.pdf"], 5),  # one scanned page each: pages per second
}


# --- bare extraction by the underlying library (the baselines) -----------------------------


def bare_txt(data: bytes) -> int:
    return len(MARKER.findall(data.decode("utf-8")))


def bare_html(data: bytes) -> int:
    import lxml.html

    return len(lxml.html.fromstring(data).text_content())


def _zip_text(data: bytes, names: Callable[[str], bool], tag: str) -> int:
    import io
    import zipfile

    from lxml import etree

    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if names(name):
                root = etree.fromstring(archive.read(name))
                total += sum(len(e.text or "") for e in root.iter(tag))
    return total


def bare_docx(data: bytes) -> int:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    return _zip_text(data, lambda n: n == "word/document.xml", w)


def bare_ofd(data: bytes) -> int:
    return _zip_text(data, lambda n: n.endswith("Content.xml"), "{http://www.ofdspec.org/2016}TextCode")


def bare_pdf(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    total = 0
    for page in document:
        total += len(page.get_textpage().get_text_range())
    document.close()
    return total


_RAPID: list[Any] = []


def bare_ocr(data: bytes) -> int:
    import numpy as np
    import pypdfium2 as pdfium

    from govdoc.readers.ocr import RENDER_DPI
    from govdoc.readers.ocr_engine import threads

    if not _RAPID:
        import cv2
        from rapidocr_onnxruntime import RapidOCR

        cv2.setNumThreads(threads())
        _RAPID.append(
            RapidOCR(
                intra_op_num_threads=threads(),
                inter_op_num_threads=1,
                det_limit_type="max",
                det_limit_side_len=1600,
                max_side_len=4000,
            )
        )
    document = pdfium.PdfDocument(data)
    total = 0
    for page in document:
        image = np.asarray(page.render(scale=RENDER_DPI / 72).to_pil().convert("RGB"))
        result, _ = _RAPID[0](image)
        total += sum(len(text) for _, text, _ in result or [])
    document.close()
    return total


BARE: dict[str, Callable[[bytes], int]] = {
    "txt": bare_txt,
    "html": bare_html,
    "docx": bare_docx,
    "pdf": bare_pdf,
    "ofd": bare_ofd,
    "ocr": bare_ocr,
}


# --- one measurement, in a fresh interpreter ----------------------------------------------------


def _peaks() -> dict[str, float]:
    """Peak RSS of this process and of its largest child so far; CPU seconds of each side."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "parent_mb": own.ru_maxrss / 1024,
        "worker_mb": children.ru_maxrss / 1024,
        "parent_cpu": own.ru_utime + own.ru_stime,
        "workers_cpu": children.ru_utime + children.ru_stime,
    }


def measure_bare(fmt: str, folder: str) -> dict[str, float]:
    files = sorted(Path(folder).iterdir())
    BARE[fmt](files[0].read_bytes())  # imports and (for OCR) the model load are not per document
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        BARE[fmt](path.read_bytes())
    return {"docs": len(files), "seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, **_peaks()}


def measure_batch(inputs: list[str], workers: int, derived: bool = False) -> dict[str, float]:
    """One `run_batch`: its whole time, and the steady part from the first record written to the last.

    The steady part leaves out the workers' start-up (interpreter, imports, warm-up), which an
    archive pays once; `first_s` is that start-up plus the first document.
    """
    import govdoc.batch
    from govdoc.batch import run_batch

    stamps: list[float] = []  # two floats: the first and the latest write

    class Stamped(govdoc.batch.Writer):  # type: ignore[misc,name-defined]
        def write(self, line: bytes) -> None:
            super().write(line)
            now = time.perf_counter()
            if stamps:
                stamps[1:] = [now]
            else:
                stamps.append(now)

    govdoc.batch.Writer = Stamped  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as out:
        extra: dict[str, Any] = {}
        if derived:
            extra = {"table": Path(out) / "docs.csv", "items_csv": Path(out) / "items.csv"}
        start = time.perf_counter()
        summary = run_batch(inputs, Path(out) / "out.jsonl", workers=workers, quiet=True, **extra)
        seconds = time.perf_counter() - start
    docs = sum(summary.status.values())
    if summary.errors:
        raise SystemExit(f"the batch gave errors: {summary.as_dict()}")
    return {
        "docs": docs,
        "seconds": seconds,
        "first_s": stamps[0] - start,
        "steady_s": stamps[-1] - stamps[0],
        **_peaks(),
    }


def measure_parse_loop(inputs: list[str]) -> dict[str, float]:
    import govdoc

    govdoc.parse(inputs[0])
    start = time.perf_counter()
    for path in inputs:
        govdoc.parse(path)
    return {"docs": len(inputs), "seconds": time.perf_counter() - start, **_peaks()}


def fresh(call: str) -> dict[str, float]:
    """`call` (an expression over this module, `b`) in a new interpreter; its JSON result."""
    code = f"import json,sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench_throughput as b; "
    code += f"print(json.dumps(b.{call}))"
    env = {**os.environ, "PYTHONPATH": SRC[0]}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the two tables ---------------------------------------------------------------------------


def load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def spread(values: list[float], digits: int = 1) -> str:
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def make_sets(formats: list[str]) -> dict[str, Path]:
    folders = {}
    for fmt in formats:
        sources, copies = SOURCES[fmt]
        folder = WORK / fmt
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for k in range(copies):
            source = sources[k % len(sources)]
            shutil.copy(source, folder / f"{k:05d}{source.suffix}")
        folders[fmt] = folder
    return folders


def formats_table(formats: list[str], rounds: int) -> None:
    folders = make_sets(formats)
    rows: dict[str, dict[str, list[float]]] = {f: {} for f in formats}
    print(f"start: {load()}", flush=True)
    for r in range(rounds):
        for fmt in formats:
            folder = str(folders[fmt])
            bare = fresh(f"measure_bare({fmt!r}, {folder!r})")
            one = fresh(f"measure_batch([{folder!r}], 1)")
            two = fresh(f"measure_batch([{folder!r}], 2)")
            units = one["docs"] - 1  # after the first record; a scanned file is one page (OCR: pages/s)
            one_s, two_s = one["steady_s"], two["steady_s"]
            bare_s = bare["seconds"] * units / bare["docs"]
            bare_cpu = bare["cpu"] / bare["docs"]  # CPU seconds per document: what load does not change
            got = rows[fmt]
            for key, value in (
                ("bare_dps", bare["docs"] / bare["seconds"]),
                ("one_dps", units / one_s),
                ("two_dps", units / two_s),
                ("start", one["first_s"]),
                ("cost", one_s / bare_s),
                ("cpu_ms", 1000 * (one["parent_cpu"] + one["workers_cpu"]) / one["docs"]),
                ("cpu_cost", (one["parent_cpu"] + one["workers_cpu"]) / one["docs"] / bare_cpu),
                ("parent_share", one["parent_cpu"] / (one["parent_cpu"] + one["workers_cpu"])),
                ("speedup", one_s / two_s),
                ("worker1_mb", one["worker_mb"]),
                ("worker2_mb", two["worker_mb"]),
                ("bare_mb", bare["parent_mb"]),
                ("mem_ratio", max(one["worker_mb"], two["worker_mb"]) / bare["parent_mb"]),
                ("parent_mb", max(one["parent_mb"], two["parent_mb"])),
            ):
                got.setdefault(key, []).append(value)
            print(f"round {r + 1} {fmt}: {json.dumps({k: round(v[-1], 2) for k, v in got.items()})}", flush=True)
    print(f"end: {load()}\n")
    print("| format (docs) | bare library, docs/s | batch 1 worker, docs/s | batch ÷ bare, time per doc "
          "| 2 workers, docs/s | 2 workers ÷ 1 worker | start-up + first doc, s |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for fmt in formats:
        g = rows[fmt]
        unit = " pages" if fmt == "ocr" else ""
        print(
            f"| {fmt} ({SOURCES[fmt][1]}{unit}) | {spread(g['bare_dps'])} | {spread(g['one_dps'], 2)} "
            f"| {spread(g['cost'])} | {spread(g['two_dps'], 2)} | {spread(g['speedup'], 2)} | {spread(g['start'])} |"
        )
    print()
    print("| format | CPU ms per doc, batch (1 worker, with start-up) | ÷ bare library CPU per doc "
          "| parent's share of the CPU | peak RSS per worker, MB (1 / 2 workers) | worker ÷ bare process RSS "
          "| parent peak RSS, MB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for fmt in formats:
        g = rows[fmt]
        print(
            f"| {fmt} | {spread(g['cpu_ms'])} | {spread(g['cpu_cost'])} | {spread(g['parent_share'], 2)} "
            f"| {statistics.median(g['worker1_mb']):.0f} / {statistics.median(g['worker2_mb']):.0f} "
            f"| {spread(g['mem_ratio'])} | {statistics.median(g['parent_mb']):.0f} |"
        )


def scaling_table(corpus: Path, sizes: list[int], workers: int) -> None:
    files = sorted(str(p) for p in corpus.iterdir())
    if len(files) < max(sizes):
        raise SystemExit(f"{corpus} has {len(files)} files; make more with make_corpus.py")
    print("| inputs | load (1 min) | batch docs/s (2 workers, steady) | plain parse loop docs/s (first 200) "
          "| batch ÷ loop | CPU ms per doc (parent + workers) | parent CPU µs per doc "
          "| parent peak RSS, MB | worker peak RSS, MB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        folder = WORK / f"scale-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in files[:n]:
            os.symlink(path, folder / Path(path).name)  # the same files, without copying them
        inputs = [str(p) for p in sorted(folder.iterdir())]
        loop = fresh(f"measure_parse_loop({inputs[:200]!r})")
        batch = fresh(f"measure_batch([{str(folder)!r}], {workers}, derived=True)")
        loop_dps = loop["docs"] / loop["seconds"]
        batch_dps = (batch["docs"] - 1) / batch["steady_s"]  # the workers' start-up left out
        cpu = 1000 * (batch["parent_cpu"] + batch["workers_cpu"]) / batch["docs"]
        print(
            f"| {n:,} | {os.getloadavg()[0]:.1f} | {batch_dps:.0f} | {loop_dps:.0f} | {batch_dps / loop_dps:.2f} "
            f"| {cpu:.2f} | {1e6 * batch['parent_cpu'] / batch['docs']:.0f} "
            f"| {batch['parent_mb']:.0f} | {batch['worker_mb']:.0f} |",
            flush=True,
        )
        shutil.rmtree(folder)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    f = sub.add_parser("formats", help="docs/s per format, 1 and 2 workers, against bare extraction")
    f.add_argument("--rounds", type=int, default=3)
    f.add_argument("--only", nargs="+", choices=list(SOURCES), default=list(SOURCES))
    s = sub.add_parser("scaling", help="docs/s and memory from 1,000 to 10,000 inputs")
    s.add_argument("corpus", type=Path, help="a folder of inputs (make_corpus.py's text/)")
    s.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    s.add_argument("--workers", type=int, default=2)
    ap.add_argument("--src", default=SRC[0], help="the govdoc source folder to measure (default: this checkout's)")
    args = ap.parse_args()
    SRC[0] = args.src
    if args.command == "formats":
        formats_table(args.only, args.rounds)
    else:
        scaling_table(args.corpus, args.sizes, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
