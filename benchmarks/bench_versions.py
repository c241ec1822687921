"""Before/after: several checkouts of govdoc measured in one run, each against its own baseline.

Every figure is a ratio to a baseline timed in the same child process right next to it, so the
machine's load (2 shared cores) hits both alike; rounds alternate between the checkouts, and the
report gives the median ratio with its min–max over the rounds.

* `pdf`: a whole parse of the 54-page PDF against pypdfium2's bare text extraction
  (`get_text_range` of every page); pdfplumber's `extract_text()` once per round with `--plumber`.
* `text`: parsing the text corpus of `bench_parse.py` against reading it and one regex pass.
* `cold`: `python -m govdoc parse x.txt` in a fresh interpreter against `python -c pass`.

    python benchmarks/bench_versions.py --src before=/tmp/before/src --src main=/work/main/src \\
        --src speed=src --rounds 5 --plumber
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PDF = SHARED / "fixtures" / "bench" / "putuo-office-x10.pdf"

_PDF_CHILD = """
import io, json, sys, time
import pypdfium2 as pdfium
import govdoc
data = open(sys.argv[1], "rb").read()

def bare():
    doc = pdfium.PdfDocument(data)
    for page in doc:
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    doc.close()

def plumber():
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()

def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start

govdoc.parse(data, format="pdf"); bare()  # warm: imports, PDFium's library
out = {"bare": min(timed(bare) for _ in range(2))}
out["parse"] = min(timed(lambda: govdoc.parse(data, format="pdf")) for _ in range(2))
if sys.argv[2] == "1":
    out["plumber"] = timed(plumber)
print(json.dumps(out))
"""

_TEXT_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import bench_parse
paths = bench_parse.corpus()
bench_parse.govdoc_parse(paths); bench_parse.baseline(paths)
def timed(fn):
    start = time.perf_counter(); fn(); return time.perf_counter() - start
out = {"bare": min(timed(lambda: bench_parse.baseline(paths)) for _ in range(3)),
       "parse": min(timed(lambda: bench_parse.govdoc_parse(paths)) for _ in range(3)), "files": len(paths)}
print(json.dumps(out))
"""


def _env(src: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(src).resolve())
    return env


def _child(src: str, code: str, *args: str) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=_env(src), capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def _cold(src: str, sample: Path) -> dict[str, float]:
    env = _env(src)
    bare = _wall([sys.executable, "-c", "pass"], env)
    parse = _wall([sys.executable, "-m", "govdoc", "parse", str(sample)], env)
    return {"bare": bare, "parse": parse}


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--src", action="append", required=True, help="name=path of a checkout's src folder")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--plumber", action="store_true", help="also time pdfplumber's extract_text() (slow)")
    ap.add_argument("--only", choices=("pdf", "text", "cold"), action="append")
    args = ap.parse_args()
    versions = dict(item.split("=", 1) for item in args.src)
    tasks = args.only or ["pdf", "text", "cold"]
    sample = Path(tempfile.mkdtemp()) / "notice.txt"
    sample.write_text(
        "关于做好秋季防火工作的通知\n\n各街道办事处：\n\n现将有关事项通知如下。\n\n一、加强巡查\n\n"
        "各单位每日巡查一次。\n\n某区应急管理局\n2025年10月8日\n",
        encoding="utf-8",
    )
    bench = str(ROOT / "benchmarks")
    ratios: dict[tuple[str, str], list[float]] = {}
    extra: dict[tuple[str, str], list[float]] = {}
    seconds: dict[tuple[str, str], list[float]] = {}
    for round_ in range(args.rounds):
        for name, src in versions.items():  # alternate checkouts inside each round
            for task in tasks:
                if task == "pdf":
                    out = _child(src, _PDF_CHILD, str(PDF), "1" if args.plumber and round_ < 2 else "0")
                    if "plumber" in out:
                        extra.setdefault((name, task), []).append(out["plumber"] / out["parse"])
                elif task == "text":
                    out = _child(src, _TEXT_CHILD, bench)
                else:
                    out = _cold(src, sample)
                ratios.setdefault((name, task), []).append(out["parse"] / out["bare"])
                seconds.setdefault((name, task), []).append(out["parse"])
    baselines = {
        "pdf": "pypdfium2 bare text of the same 54 pages",
        "text": "read + decode + one regex pass over the same files",
        "cold": "`python -c pass` (a bare interpreter)",
    }
    print(f"{args.rounds} rounds; median ratio (min–max over rounds); seconds are only indicative")
    for task in tasks:
        print(f"\n{task}: govdoc / {baselines[task]}")
        for name in versions:
            line = f"  {name:10s} {_spread(ratios[(name, task)])}x   parse {_spread(seconds[(name, task)])} s"
            if (name, task) in extra:
                line += f"   pdfplumber extract_text() / govdoc: {_spread(extra[(name, task)])}x"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
