"""Every input the fuzzers ever crashed on (fuzz/crashers/<format>/) gives a typed error or a Document."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import govdoc
from tests.conftest import ROOT

CRASHERS = sorted((ROOT / "fuzz" / "crashers").glob("*/*"))
FORMATS = {"text": "txt", "html": "html", "docx": "docx", "pdf": "pdf", "ofd": "ofd", "ofd-page": "ofd"}


def _input(path: Path) -> bytes:
    """A kept crasher as the reader saw it (an `ofd-page` one is a page inside a valid package)."""
    data = path.read_bytes()
    if path.parent.name == "ofd-page":
        spec = importlib.util.spec_from_file_location("ofd_package", ROOT / "fuzz" / "ofd_package.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        data = module.page_package(data)
    return data


@pytest.mark.parametrize("path", CRASHERS, ids=[f"{p.parent.name}/{p.name[:18]}" for p in CRASHERS])
def test_a_former_crash_is_now_a_typed_error_or_a_document(path: Path) -> None:
    try:
        doc = govdoc.parse(_input(path), format=FORMATS[path.parent.name])
    except govdoc.InternalError as exc:  # the safety net must not be what saves us
        pytest.fail(f"internal error: {exc}")
    except govdoc.TooLargeError as exc:  # a limit that fires says which one
        assert "limits." in exc.message or "(memory)" in exc.message, exc.message
        return
    except govdoc.GovDocError:
        return
    assert isinstance(doc.text, str)


def test_there_is_at_least_one_kept_crasher() -> None:
    assert CRASHERS, "fuzz/crashers/ holds the inputs the fuzzers found; keep them"
