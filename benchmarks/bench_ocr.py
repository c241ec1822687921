"""OCR engines compared on the same pages: character error rate and seconds per page.

Each engine reads, through govdoc's own page path (deskew, red ink apart, the red header read
on its own), the scanned seed `../shared/fixtures/scan/putuo-office-scan.pdf` and page images
rendered from the PDF fixtures; the reference is the text layer of the PDF each was made from
(for the scan: `../shared/fixtures/putuo-office.pdf`). The error rate is the edit distance over
the reference's length, whitespace and page numbers (`— 1 —`) removed from both. Engines run
back to back on the same pages, so their time ratio holds even on a shared machine.

    python benchmarks/bench_ocr.py                       # both engines, 1 thread each
    python benchmarks/bench_ocr.py --runs rapidocr:150 rapidocr:200
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCAN = SHARED / "fixtures" / "scan" / "putuo-office-scan.pdf"
OFFICE = SHARED / "fixtures" / "putuo-office.pdf"
RENDERED_PAGES = (0, 6)  # the 版头 page and the 落款 page of the office PDF
PAGE_NUMBER = re.compile(r"^[\s\-—–－]*\d+[\s\-—–－]*$", re.M)


def clean(text: str) -> str:
    return re.sub(r"\s+", "", PAGE_NUMBER.sub("", text))


def distance(a: str, b: str) -> int:
    """Levenshtein distance, two rows."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def reference_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [clean(document[k].get_textpage().get_text_range()) for k in range(len(document))]
    finally:
        document.close()


def page_images(path: Path, dpi: int, pages: tuple[int, ...] | None = None, degrade: bool = False) -> list[Any]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        images = [document[k].render(scale=dpi / 72).to_pil() for k in (pages or range(len(document)))]
    finally:
        document.close()
    return [_degraded(image) for image in images] if degrade else images


def _degraded(image: Any) -> Any:
    import io

    import numpy as np
    from PIL import Image

    turned = image.convert("RGB").rotate(1.5, resample=Image.Resampling.BILINEAR, fillcolor=(255, 255, 255))
    pixels = np.asarray(turned).astype(np.int16)
    rng = np.random.default_rng(7)
    specks = rng.random(pixels.shape[:2]) < 0.002
    pixels[specks] = 90
    pixels = np.clip(pixels + rng.normal(0, 12, pixels.shape[:2])[..., None], 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="JPEG", quality=50)
    return Image.open(io.BytesIO(out.getvalue()))


@dataclass
class Score:
    errors: int = 0
    chars: int = 0
    seconds: float = 0.0
    cpu: float = 0.0  # this process's and its children's (Tesseract runs as a child)
    pages: int = 0

    @property
    def cer(self) -> float:
        return self.errors / self.chars if self.chars else 0.0

    @property
    def per_page(self) -> float:
        return self.seconds / self.pages if self.pages else 0.0


Set = tuple[str, Path, tuple[int, ...] | None, bool]  # label, PDF, pages (None: all), degraded


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def run(engine_name: str, dpi: int, sets: list[Set]) -> dict[str, Score]:
    from govdoc.readers.ocr import recognise_page
    from govdoc.readers.ocr_engine import engine

    ocr = engine(engine_name)
    scores: dict[str, Score] = {}
    every = reference_pages(OFFICE)
    for label, images_from, pages, degrade in sets:
        score = scores.setdefault(label, Score())
        references = [every[k] for k in pages] if pages else every
        images = page_images(images_from, dpi, pages, degrade)
        for number, (image, reference) in enumerate(zip(images, references, strict=True), 1):
            start, before = time.perf_counter(), _cpu()
            page = recognise_page(image, number, dpi, ocr)
            score.seconds += time.perf_counter() - start
            score.cpu += _cpu() - before
            score.pages += 1
            text = clean("\n".join(g.text for g in page.page.glyphs))
            score.errors += distance(text, reference)
            score.chars += len(reference)
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--runs", nargs="+", default=["rapidocr:150", "tesseract:150", "tesseract:300"], help="ENGINE:DPI"
    )
    parser.add_argument("--threads", type=int, default=1, help="threads per engine (GOVDOC_OCR_THREADS)")
    parser.add_argument("--scan-only", action="store_true", help="only the scanned seed")
    args = parser.parse_args()
    os.environ["GOVDOC_OCR_THREADS"] = str(args.threads)
    sets: list[Set] = [("scan", SCAN, None, False)]
    if not args.scan_only:
        sets += [
            ("office pages clean", OFFICE, RENDERED_PAGES, False),
            ("office pages degraded", OFFICE, RENDERED_PAGES, True),
        ]
    print(f"| engine | dpi | pages | {' | '.join(label + ' CER' for label, *_ in sets)} | s/page | CPU s/page |")
    print("|---|---|---|" + "---|" * len(sets) + "---|---|")
    for name, dpi in ((run.split(":")[0], int(run.split(":")[1])) for run in args.runs):
        scores = run(name, dpi, sets)
        pages = sum(s.pages for s in scores.values())
        seconds = sum(s.seconds for s in scores.values())
        cpu = sum(s.cpu for s in scores.values())
        cers = " | ".join(f"{s.cer:.2%}" for s in scores.values())
        print(f"| {name} | {dpi} | {pages} | {cers} | {seconds / pages:.2f} | {cpu / pages:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
