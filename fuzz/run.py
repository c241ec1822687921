"""Run every fuzz harness for a fixed time, seeded from the fixtures; keep what crashes.

    python fuzz/run.py --seconds 60            # each harness 60 s, two at a time
    python fuzz/run.py --seconds 600 pdf docx  # chosen harnesses

Crashing inputs land in fuzz/crashers/<target>/; tests/test_fuzz_regressions.py replays
every one of them in the test suite, so a crash found once stays fixed. Needs atheris
(`pip install atheris`).
"""

from __future__ import annotations

import argparse
import glob
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = {
    "text": ["fixtures/*.txt", "fixtures/*.md"],
    "html": ["fixtures/*.html"],
    "docx": ["fixtures/docx/*.docx"],
    "pdf": ["fixtures/pdf/numbering-levels.pdf", "fixtures/pdf/rotated.pdf", "fixtures/pdf/partly-scanned.pdf"],
    "ofd": ["../shared/fixtures/ofd/*.ofd"],
    "ofd-page": ["../shared/fixtures/ofd/*.ofd"],  # their pages' Content.xml, see _seed
}


def _seed(target: str, seed: Path, corpus: Path) -> None:
    """Copy a seed into the corpus; for `ofd-page`, the Content.xml parts of the OFD seed."""
    if target != "ofd-page":
        shutil.copy(seed, corpus / seed.name)
        return
    import zipfile

    with zipfile.ZipFile(seed) as package:
        for k, name in enumerate(n for n in package.namelist() if n.endswith("Content.xml")):
            (corpus / f"{seed.stem}-{k}.xml").write_bytes(package.read(name))


def _hostile_seeds(target: str, corpus: Path) -> None:
    """Small members of each hostile class (tests/hostile.py), so the fuzzer starts at the limits."""
    sys.path.insert(0, str(ROOT))
    from tests import hostile

    seeds: dict[str, list[bytes]] = {
        "text": [hostile.text_short_lines(6_000), hostile.utf8_with_bad_byte(20_000), b"\xef\xbb\xbf" * 4],
        "html": [
            hostile.html_nested("div", 100),
            hostile.html_nested("span", 80, "字"),
            hostile.html_nested_tables(70),
            hostile.html_many_paragraphs(2_000),
            b'<meta charset="undefined"><p>' + "张某委员：".encode() + b"</p>",
        ],
        "docx": [
            hostile.docx_style_chain(12),
            hostile.docx_numbering_start("32760", "upperLetter", 10),
            hostile.docx_attribute('<w:outlineLvl w:val="\u00b2"/>'),
        ],
        "pdf": [  # just under harness.LIMITS' PDF bounds, and one over each
            hostile.pdf_document(hostile.pdf_text()),
            hostile.pdf_form_bomb(4, 3),
            hostile.pdf_form_bomb(3, 5),
            hostile.pdf_form_bomb(3, 6),
            hostile.pdf_form_bomb(5, 1),
            hostile.pdf_form_cycle(),
            hostile.pdf_padded(900_000),
            hostile.pdf_padded(1_100_000),
        ],
    }
    for k, data in enumerate(seeds.get(target, [])):
        (corpus / f"hostile-{k}").write_bytes(data)


def run(target: str, seconds: int) -> int:
    crashers = HERE / "crashers" / target
    crashers.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"govdoc-fuzz-{target}-") as corpus:
        for pattern in SEEDS[target]:
            for seed in sorted(Path(p) for p in glob.glob(str(ROOT / pattern))):
                _seed(target, seed, Path(corpus))
        _hostile_seeds(target, Path(corpus))
        command = [
            sys.executable,
            str(HERE / "harness.py"),
            target,
            f"-max_total_time={seconds}",
            f"-artifact_prefix={crashers}/",
            "-max_len=262144",
            "-rss_limit_mb=4096",
            corpus,
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        lines = [ln for ln in result.stderr.splitlines() if "DONE" in ln or "crash" in ln.lower() or "Done" in ln]
        print(f"{target}: exit {result.returncode}; " + (lines[-1] if lines else result.stderr[-300:]))
        return result.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("targets", nargs="*", default=list(SEEDS))
    args = ap.parse_args()
    with ThreadPoolExecutor(args.jobs) as pool:
        codes = list(pool.map(lambda t: run(t, args.seconds), args.targets))
    return max(codes) if codes else 0


if __name__ == "__main__":
    sys.exit(main())
