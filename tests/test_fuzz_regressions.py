"""Every input the fuzzers ever crashed on (fuzz/crashers/<format>/) gives a typed error or a Document."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from tests.conftest import ROOT

CRASHERS = sorted((ROOT / "fuzz" / "crashers").glob("*/*"))
FORMATS = {"text": "txt", "html": "html", "docx": "docx", "pdf": "pdf"}


@pytest.mark.parametrize("path", CRASHERS, ids=[f"{p.parent.name}/{p.name[:18]}" for p in CRASHERS])
def test_a_former_crash_is_now_a_typed_error_or_a_document(path: Path) -> None:
    try:
        doc = govdoc.parse(path.read_bytes(), format=FORMATS[path.parent.name])
    except govdoc.InternalError as exc:  # the safety net must not be what saves us
        pytest.fail(f"internal error: {exc}")
    except govdoc.GovDocError:
        return
    assert isinstance(doc.text, str)


def test_there_is_at_least_one_kept_crasher() -> None:
    assert CRASHERS, "fuzz/crashers/ holds the inputs the fuzzers found; keep them"
