"""The OCR engines behind one small interface: a page image in, recognised text lines out.

Two engines run offline on the CPU. RapidOCR (PP-OCRv4 detection and recognition as ONNX
models that ship inside the `rapidocr-onnxruntime` wheel, run by onnxruntime) is the default
of the `ocr` extra; Tesseract (`tesseract-ocr` with `chi_sim` from the system's packages, through
pytesseract) is selectable with `GOVDOC_OCR_ENGINE=tesseract`. Neither fetches anything at run
time. An engine is built once per process and kept (`engine()`), because loading the models
costs more than reading a page; its threads are limited to this process's share of the cores
so that several batch workers do not oversubscribe the machine.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from govdoc.errors import MissingDependencyError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

ENGINES = ("rapidocr", "tesseract")
ENGINE_VARIABLE = "GOVDOC_OCR_ENGINE"
THREADS_VARIABLE = "GOVDOC_OCR_THREADS"  # set by the batch pool: this worker's share of the cores
EXTRA_HINT = "install the OCR extra: pip install 'govdoc[ocr]'"


@dataclass(frozen=True, slots=True)
class TextLine:
    """One recognised line: its text, its box in image pixels and the engine's confidence (0–1)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    score: float
    angle: float = 0.0  # degrees the line's baseline rises to the right (from the detected quadrilateral)


class Engine(Protocol):
    """What the readers need of an OCR engine, so that RapidOCR and Tesseract are interchangeable behind `engine()`."""

    name: str

    def recognise(self, image: npt.NDArray[np.uint8], *, upright: bool = False) -> list[TextLine]:
        """Lines of an RGB (H×W×3) or grey (H×W) page image, in no particular order.

        `upright=True` reads every line as it stands, without turning upside-down lines round, so
        that a page read the wrong way up comes out as garbage with low confidence.
        """
        ...

    def upside_down(self, image: npt.NDArray[np.uint8], lines: list[TextLine]) -> float:
        """Share of the lines' characters (lines `recognise` found on `image`) that lie upside down."""
        ...


def threads() -> int:
    """Threads this process may use: `GOVDOC_OCR_THREADS`, else every core it is allowed."""
    value = os.environ.get(THREADS_VARIABLE, "")
    if value.isascii() and value.isdigit() and len(value) <= 4 and int(value) > 0:  # no ², no 5,000 figures
        return int(value)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class RapidEngine:
    """PP-OCRv4 through RapidOCR: detection boxes (quadrilaterals), then line recognition."""

    name = "rapidocr"

    def __init__(self, n_threads: int) -> None:
        import cv2
        from rapidocr_onnxruntime import RapidOCR

        cv2.setNumThreads(n_threads)  # RapidOCR crops and resizes with OpenCV, which has a pool of its own

        # Detection at a fixed scale: the page is rendered for it (see `govdoc.readers.ocr`).
        self._ocr: Any = RapidOCR(
            intra_op_num_threads=n_threads,
            inter_op_num_threads=1,
            det_limit_type="max",
            det_limit_side_len=1600,
            max_side_len=4000,
        )

    def recognise(self, image: npt.NDArray[np.uint8], *, upright: bool = False) -> list[TextLine]:
        """Lines with boxes and the baseline angle of each detected quadrilateral's top edge; a grey image is
        stacked to the three channels RapidOCR takes, and `upright` turns off its direction classifier.
        """
        import math

        import numpy as np

        if image.ndim == 2:
            image = np.stack([image] * 3, axis=-1)
        result, _ = self._ocr(image, use_cls=not upright)
        lines = []
        for box, text, score in result or []:
            xs = [float(p[0]) for p in box]
            ys = [float(p[1]) for p in box]
            (ax, ay), (bx, by) = box[0], box[1]  # top-left and top-right corners
            angle = -math.degrees(math.atan2(float(by) - float(ay), float(bx) - float(ax)))
            lines.append(TextLine(str(text), min(xs), min(ys), max(xs), max(ys), float(score), angle))
        return lines

    def upside_down(self, image: npt.NDArray[np.uint8], lines: list[TextLine]) -> float:
        """Share of the lines' characters that RapidOCR's direction classifier reads turned round (180°).

        `recognise` turns each such line round before reading it, so a sheet fed upside down reads
        as good lines in the wrong places (the foot first, each line's box where the page has it
        upside down): only the classifier's verdict tells. Lines of one character and lines
        standing on end say nothing and are not asked.
        """
        import numpy as np

        crops: list[npt.NDArray[np.uint8]] = []
        weights: list[int] = []
        for line in lines:
            crop = image[int(line.y0) : int(line.y1) + 1, int(line.x0) : int(line.x1) + 1]
            count = len(line.text.strip())
            if count < 2 or crop.size == 0 or crop.shape[1] < crop.shape[0]:
                continue
            crops.append(crop if crop.ndim == 3 else np.stack([crop] * 3, axis=-1))
            weights.append(count)
        if not crops:
            return 0.0
        _, verdicts, _ = self._ocr.text_cls(crops)
        down = sum(w for w, (label, score) in zip(weights, verdicts, strict=True) if "180" in label and score >= 0.9)
        return down / sum(weights)


class TesseractEngine:
    """Tesseract 5 (LSTM, `chi_sim`) through pytesseract; words grouped back into its lines."""

    name = "tesseract"

    def __init__(self, n_threads: int) -> None:
        import shutil

        import pytesseract

        if shutil.which("tesseract") is None:
            raise MissingDependencyError(
                "the Tesseract engine needs the tesseract-ocr and tesseract-ocr-chi-sim system packages",
                extra="ocr-tesseract",
            )
        os.environ["OMP_THREAD_LIMIT"] = str(n_threads)  # read by the tesseract process it starts
        self._tesseract: Any = pytesseract

    def recognise(self, image: npt.NDArray[np.uint8], *, upright: bool = False) -> list[TextLine]:
        """Tesseract's words grouped back into its own lines, scored by their mean confidence; words without a
        confidence (-1) are layout, not text. `upright` changes nothing: `--psm 3` never turns a page round.
        """
        from PIL import Image

        data = self._tesseract.image_to_data(
            Image.fromarray(image), lang="chi_sim", config="--psm 3", output_type=self._tesseract.Output.DICT
        )
        grouped: dict[tuple[int, int, int], list[int]] = {}
        for k, word in enumerate(data["text"]):
            if word.strip() and float(data["conf"][k]) >= 0:
                grouped.setdefault((data["block_num"][k], data["par_num"][k], data["line_num"][k]), []).append(k)
        lines = []
        for words in grouped.values():
            x0 = min(data["left"][k] for k in words)
            y0 = min(data["top"][k] for k in words)
            x1 = max(data["left"][k] + data["width"][k] for k in words)
            y1 = max(data["top"][k] + data["height"][k] for k in words)
            score = sum(float(data["conf"][k]) for k in words) / len(words) / 100
            lines.append(TextLine("".join(data["text"][k] for k in words), x0, y0, x1, y1, score))
        return lines

    def upside_down(self, image: npt.NDArray[np.uint8], lines: list[TextLine]) -> float:
        """0: `--psm 3` has no direction classifier (its OSD needs the `osd` data, not installed with
        `chi_sim`); a sheet fed upside down reads as low-confidence garbage, which `ocr-used` quotes."""
        return 0.0


def available() -> bool:
    """Whether the default engine's package is installed (without importing it)."""
    import importlib.util

    name = os.environ.get(ENGINE_VARIABLE) or ENGINES[0]
    module = "pytesseract" if name == "tesseract" else "rapidocr_onnxruntime"
    return importlib.util.find_spec(module) is not None


@functools.cache
def engine(name: str | None = None) -> Engine:
    """The engine for this process, built on first use and kept (one model load per process)."""
    chosen = name or os.environ.get(ENGINE_VARIABLE) or ENGINES[0]
    if chosen not in ENGINES:
        raise ValueError(f"unknown OCR engine {chosen!r}; choose one of {', '.join(ENGINES)}")
    from govdoc.deps import require

    require("pytesseract" if chosen == "tesseract" else "rapidocr_onnxruntime")  # missing-dependency, naming the extra
    if chosen == "tesseract":
        return TesseractEngine(threads())
    return RapidEngine(threads())
