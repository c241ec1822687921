"""The probe generators that share the PDF write-out (fixtures/office/pdf_out.py) and the DOCX helpers
(make_formats5.right, make_formats19.docx) give back, byte for byte, the fixtures checked in: a generator
is deterministic, and moving its writers into the shared helpers changed no file. Each generator writes
into a temporary folder (its module's `HERE`), compared there."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


@pytest.mark.parametrize(
    "module",
    [
        "make_formats14",
        "make_formats17",
        "make_formats18",
        "make_formats19",
        "make_formats20",
        "make_formats21",
        "make_formats22",
        "make_formats23",
        "make_formats24",
    ],
)
def test_a_generator_sharing_the_pdf_write_out_writes_its_checked_in_files_again(
    module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdf")
    monkeypatch.syspath_prepend(str(OFFICE))
    generator = importlib.import_module(module)
    monkeypatch.setattr(generator, "HERE", tmp_path)
    generator.main()
    written = sorted(tmp_path.iterdir())
    prefix = module.replace("make_", "")
    assert written and all(path.name.startswith(f"{prefix}-") for path in written)
    changed = [path.name for path in written if path.read_bytes() != (OFFICE / path.name).read_bytes()]
    assert changed == []
    assert {path.name for path in written} == {
        path.name for path in OFFICE.glob(f"{prefix}-*") if "expected" not in path.name
    }
    sys.modules.pop(module, None)
