"""Optional packages, imported where a feature needs them and named by the extra that installs them.

Parsing needs none of these; asking for a feature whose package is absent raises the typed
`missing-dependency` error saying which extra to install, instead of an `ImportError` deep in
a reader that a batch would record as `internal-error`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from govdoc.errors import MissingDependencyError

# module → (extra, what it is for)
EXTRAS: dict[str, tuple[str, str]] = {
    "jieba": ("enrich", "enrichment (keywords, organisations, figures)"),
    "pdfplumber": ("pdfplumber", "the pdfplumber PDF backend"),
    "distributed": ("dask", "running a batch on a Dask cluster"),
    "dask": ("dask", "running a batch on a Dask cluster"),
    "pandas": ("pandas", "govdoc.to_dataframe"),
    "pyarrow": ("parquet", "Parquet tables"),
    "rapidocr_onnxruntime": ("ocr", "OCR of scans and page images"),
    "pytesseract": ("ocr-tesseract", "the Tesseract OCR engine"),
}


def require(module: str, *, path: str | None = None) -> ModuleType:
    """Import `module` (a key of EXTRAS), or raise `missing-dependency` naming its extra."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        extra, purpose = EXTRAS[top]
        raise MissingDependencyError(
            f"{purpose} needs the {top} package: pip install 'govdoc[{extra}]'", extra=extra, path=path
        ) from exc
