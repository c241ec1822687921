"""Shared test helpers: where the fixtures and the shared corpus live, and what to do without it.

`../shared` (the real documents and the shared scorer) stands beside the project in CI and in
every working copy. A test that needs it fails when it is missing, so its cases cannot vanish
silently; set `GOVDOC_WITHOUT_SHARED=1` to run a bare clone on purpose, which skips only those
cases: the project's own fixtures (the bundled seed copy included) are checked either way.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = FIXTURES / "putuo-reply-2023.txt"  # the bundled copy of ../shared/seed/putuo-reply-2023.txt
OPT_OUT = "GOVDOC_WITHOUT_SHARED"


def without_shared() -> bool:
    """Whether the caller said that ../shared is absent on purpose."""
    return os.environ.get(OPT_OUT, "") not in ("", "0")


def need_shared(path: Path) -> Path:
    """`path` under ../shared; skips when the opt-out is set, otherwise a missing path fails."""
    if path.exists():
        return path
    if without_shared():
        pytest.skip(f"{OPT_OUT} is set and {path} is absent")
    pytest.fail(f"{path} is missing: put ../shared beside the project, or set {OPT_OUT}=1 to run without it")


def load_scorer() -> ModuleType | None:
    """`../shared/tools/check_corpus.py`, imported to check that our comparison agrees with it."""
    path = SHARED / "tools" / "check_corpus.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("check_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
