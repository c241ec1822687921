"""Every annotated document, one test case each, scored exactly as ../shared/tools/check_corpus.py scores.

Covers the seed, the 23 real documents of the dev corpus (their text forms) and the fixtures
written for this project. Expected values were written by hand from reading each document.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import govdoc
from tests.conftest import FIXTURES, SHARED, load_scorer

SCORER = load_scorer()
SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


def _cases() -> list[tuple[Path, Path]]:
    folders = [FIXTURES, FIXTURES / "docx", SHARED / "seed", SHARED / "corpus" / "dev", SHARED / "fixtures"]
    cases: list[tuple[Path, Path]] = []
    for folder in folders:
        if not folder.exists():
            continue
        for expected in sorted(folder.glob("*.expected.json")):
            stem = expected.name[: -len(".expected.json")]
            for suffix in SUFFIXES:
                source = folder / (stem + suffix)
                if source.exists():
                    cases.append((source, expected))
    return cases


CASES = _cases()


def test_the_shared_corpus_is_present() -> None:
    """CI runs beside ../shared; there its absence fails, so the corpus cases cannot silently vanish."""
    if SCORER is None and not os.environ.get("CI"):
        pytest.skip("../shared is not beside this checkout")
    assert SCORER is not None, "../shared/tools/check_corpus.py not found"
    assert len([c for c in CASES if SHARED in c[0].parents]) >= 30


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[f"{c[0].parent.name}/{c[0].name}" for c in CASES])
def test_document_matches_its_expected_values(source: Path, expected: Path) -> None:
    if SCORER is None:
        pytest.skip("the scorer ../shared/tools/check_corpus.py is not beside this checkout")
    want = json.loads(expected.read_text(encoding="utf-8"))
    got = govdoc.parse(source).to_dict()
    score = SCORER.Score()
    SCORER.compare(source.name + ":", want, got, score)
    assert score.misses == [], "\n".join(score.misses)
    assert score.total > 0
