"""Shared test helpers: where the fixtures and the shared corpus live, and the scorer's comparison."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "putuo-reply-2023.txt"


def load_scorer() -> ModuleType | None:
    """`../shared/tools/check_corpus.py`, imported so tests compare exactly as the scorer does."""
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
    if not SEED.exists():
        pytest.skip("../shared is not beside the project")
    return SEED.read_text(encoding="utf-8")
