"""Every annotated document, one test case each, compared by the project's own comparison.

The project's fixtures (`fixtures/`, `fixtures/docx/`, `fixtures/office/`, the bundled seed copy among them) are
checked in any checkout. The real documents of `../shared` (the seed, the dev corpus, the
office fixtures) are checked where ../shared stands beside the project; without it the run
fails unless `GOVDOC_WITHOUT_SHARED=1` says it is absent on purpose. Where the shared scorer
is present, our comparison must agree with it, check for check. Expected values were written
by hand from reading each document.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.compare import compare
from tests.conftest import FIXTURES, SEED, SHARED, load_scorer, need_shared

SCORER = load_scorer()
SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
PROJECT_FOLDERS = (FIXTURES, FIXTURES / "docx", FIXTURES / "office")
SHARED_FOLDERS = (SHARED / "seed", SHARED / "corpus" / "dev", SHARED / "fixtures")


def _cases(folders: tuple[Path, ...]) -> list[tuple[Path, Path]]:
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


DEV2_CASES = [case for case in _cases((SHARED / "corpus" / "dev-2",)) if case[0].suffix in (".txt", ".html")]
# Documents whose remaining misses have a named general cause not fixed yet: each is expected
# to fail (strictly, so a fix shows up) until its cause is fixed. Never a silent skip.
KNOWN_MISSES: dict[str, str] = {}
PROJECT_CASES = _cases(PROJECT_FOLDERS)
SHARED_CASES = _cases(SHARED_FOLDERS) + DEV2_CASES
CASES = PROJECT_CASES + SHARED_CASES


def case_id(case: tuple[Path, Path]) -> str:
    return f"{case[0].parent.name}/{case[0].name}"


@functools.cache
def parsed(source: Path) -> govdoc.Document:
    """Each annotated document is parsed once per test run, whichever test asks first."""
    return govdoc.parse(source)


def expected_of(path: Path) -> dict[str, Any]:
    value = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


def test_the_project_fixtures_are_checked_in_any_checkout() -> None:
    sources = {source for source, _ in PROJECT_CASES}
    assert SEED in sources, "the bundled seed copy must be among the project's annotated documents"
    assert len(PROJECT_CASES) >= 15


def test_the_shared_corpus_is_present() -> None:
    """Its absence fails unless GOVDOC_WITHOUT_SHARED says so: its cases must not vanish silently."""
    need_shared(SHARED / "corpus" / "dev")
    assert len(SHARED_CASES) >= 30


def _with_known_misses(cases: list[tuple[Path, Path]]) -> list[Any]:
    return [
        pytest.param(*c, id=case_id(c), marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case_id(c)]))
        if case_id(c) in KNOWN_MISSES
        else pytest.param(*c, id=case_id(c))
        for c in cases
    ]


@pytest.mark.parametrize(("source", "expected"), _with_known_misses(CASES))
def test_document_matches_its_expected_values(source: Path, expected: Path) -> None:
    result = compare(expected_of(expected), parsed(source).to_dict(), source.name + ":")
    assert result.misses == [], "\n".join(result.misses)
    assert result.total > 0


def _spoiled(value: Any, counter: list[int]) -> Any:
    """A copy of a parse with every third leaf changed, every fifth list cut short and every
    seventh object emptied: input on which both comparisons must find the same misses."""
    counter[0] += 1
    tick = counter[0]
    if isinstance(value, dict):
        if tick % 7 == 0:
            return None
        return {key: _spoiled(v, counter) for key, v in value.items()}
    if isinstance(value, list):
        items = [_spoiled(v, counter) for v in value]
        return items[:-1] if tick % 5 == 0 else items
    if tick % 3:
        return value
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + "甲"
    return "乙"


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[case_id(c) for c in CASES])
def test_our_comparison_agrees_with_the_shared_scorer(source: Path, expected: Path) -> None:
    need_shared(SHARED / "tools" / "check_corpus.py")
    assert SCORER is not None
    want = expected_of(expected)
    got = parsed(source).to_dict()
    for actual in (got, _spoiled(got, [0]), {}, {"sections": [{}], "header": None}):
        ours = compare(want, actual, source.name + ":")
        theirs = SCORER.Score()
        SCORER.compare(source.name + ":", want, actual, theirs)
        assert (ours.total, ours.matched, ours.misses) == (theirs.total, theirs.matched, theirs.misses)
