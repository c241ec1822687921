"""Real documents from the unannotated wild corpus, checked against values written by hand.

`../shared/corpus/wild/` comes without expected values. Each `tests/data/wild-hand/wNNN.json`
holds what a person read off `wNNN.txt` (a partial document, compared as `tests/compare.py`
compares the annotated corpora) and, in `why`, the reading behind any value a reader could
doubt. The documents stay under `../shared`; only the hand-written values live here.

A file may also say `"known_miss": "<general cause>"`: the document is then expected to fail,
strictly, so that fixing the cause shows up as an unexpected pass and the entry is removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.compare import compare
from tests.conftest import SHARED, need_shared

HAND = Path(__file__).parent / "data" / "wild-hand"
WILD = SHARED / "corpus" / "wild"


def _entries() -> list[Any]:
    params = []
    for path in sorted(HAND.glob("w*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        marks = []
        if entry.get("known_miss"):
            marks.append(pytest.mark.xfail(strict=True, reason=entry["known_miss"]))
        params.append(pytest.param(path.stem, entry["expected"], id=path.stem, marks=marks))
    return params


def test_each_hand_entry_names_a_wild_document_and_its_values() -> None:
    for path in sorted(HAND.glob("w*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        assert set(entry) <= {"expected", "why", "known_miss"}, path.name
        assert isinstance(entry["expected"], dict) and entry["expected"], path.name


@pytest.mark.parametrize(("stem", "expected"), _entries())
def test_wild_document_matches_what_a_reader_wrote_down(stem: str, expected: dict[str, Any]) -> None:
    source = need_shared(WILD / f"{stem}.txt")
    result = compare(expected, govdoc.parse(source).to_dict(), f"{stem}:")
    assert result.misses == [], "\n".join(result.misses)
    assert result.total > 0
