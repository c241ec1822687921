"""Generate a batch benchmark corpus from the fixtures, with variation.

    python benchmarks/make_corpus.py OUT_DIR --texts 5000 --office 100

Text replies: each fixture reply with its numbers, years and organ names varied and a
sentence of its body repeated or dropped, so that no two files are equal. Office files:
copies of the Word and PDF fixtures (their content is parsed afresh each time).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ORGANS = ["某区交通运输局", "某市生态环境局", "某县农业农村局", "某区民政局", "某区发展和改革委员会", "某区教育局"]


def vary(text: str, rng: random.Random, k: int) -> str:
    text = re.sub(r"第(\d{1,6})号", lambda m: f"第{rng.randint(1, 99999)}号", text)
    text = re.sub(r"(20\d\d)年", lambda m: f"{rng.randint(2005, 2025)}年", text)
    for organ in ORGANS:
        if organ in text:
            text = text.replace(organ, rng.choice(ORGANS))
    lines = text.splitlines()
    body = [i for i, line in enumerate(lines) if len(line) > 40]
    if body:
        i = rng.choice(body)
        lines[i] = lines[i] + f"本年度第{k}批次工作已按计划推进。"
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--texts", type=int, default=5000)
    ap.add_argument("--office", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sources = []
    for path in sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.md")):
        try:
            sources.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue  # the GB18030 fixture: the generated corpus is UTF-8
    (args.out / "text").mkdir(parents=True, exist_ok=True)
    for k in range(args.texts):
        (args.out / "text" / f"{k:05d}.txt").write_text(vary(sources[k % len(sources)], rng, k), encoding="utf-8")
    office = sorted((FIXTURES / "docx").glob("seed-*.docx")) + sorted((FIXTURES / "pdf").glob("seed-official.pdf"))
    office += [FIXTURES / "pdf" / "numbering-levels.pdf"]
    (args.out / "office").mkdir(parents=True, exist_ok=True)
    for k in range(args.office):
        source = office[k % len(office)]
        shutil.copy(source, args.out / "office" / f"{k:04d}{source.suffix}")


if __name__ == "__main__":
    main()
