"""The project's own comparison of a parse with hand-written expected values.

It follows the semantics the shared scorer documents, so that the project's annotated
fixtures are checked in any checkout, with or without `../shared` beside it:

- an expected file is a partial document: keys it names are checked, others are not;
- expected `null` accepts null, `[]` or `{}`;
- strings are equal once all whitespace is removed; numbers and booleans are equal as values;
- a list checks its length (one check), then each expected element against the element at the
  same place; an element the parse lacks counts every check it stands for as missed;
- an expected section may say `items` (how many enumeration items its own paragraphs hold),
  `leads` (their leads, as a list of strings) and `item_phases` (the phase of each item's
  paragraph, compared as one check);
- beyond the shared scorer (the project's own keys, which the scorer's corpora never use):
  a section may also say `markers` (its own items' markers, as written, a list like `leads`)
  and `phases` (the phase of each of its own paragraphs, compared as one check), and the
  document may say `preamble_as_section`, whose value is read as an expected section against
  the preamble's paragraphs (`items`, `leads`, `markers`, `item_phases`, `phases`). They let a
  reader check a run of items or the plan part without committing to where a flattened text
  parts its paragraphs, which a hand reading of a scraped page often cannot tell.

Each expected value stands for the same number of checks whatever the parse returns, so
totals are comparable. `tests/test_corpus.py` checks that this agrees with the shared scorer
wherever the scorer is present.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Comparison:
    total: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)

    def record(self, where: str, ok: bool, expected: object, actual: object) -> None:
        self.total += 1
        if ok:
            self.matched += 1
        else:
            self.misses.append(f"{where}: expected {expected!r}, got {actual!r}")

    def missed(self, where: str, checks: int, why: str) -> None:
        self.total += checks
        self.misses.append(f"{where}: {why} ({checks} fields)")


PREAMBLE_AS_SECTION = "preamble_as_section"
# lists compared whole: one check each, not one per element
_WHOLE = frozenset({"item_phases", "phases"})


def checks_in(expected: object) -> int:
    """How many checks an expected value stands for."""
    if isinstance(expected, list):
        return 1 + sum(checks_in(e) for e in expected)
    if isinstance(expected, dict):
        return sum(1 if key in _WHOLE else checks_in(value) for key, value in expected.items())
    return 1


def _squashed(text: str) -> str:
    return "".join(text.split())


def compare(expected: object, actual: object, where: str = "", result: Comparison | None = None) -> Comparison:
    """Compare `actual` (a document as a dict) against `expected`; returns the tally."""
    result = Comparison() if result is None else result
    if expected is None:
        result.record(where, actual is None or actual == [] or actual == {}, expected, actual)
    elif isinstance(expected, (bool, int, float)):
        result.record(where, actual == expected, expected, actual)
    elif isinstance(expected, str):
        ok = isinstance(actual, str) and _squashed(actual) == _squashed(expected)
        result.record(where, ok, expected, actual)
    elif isinstance(expected, list):
        _compare_list(expected, actual, where, result)
    elif isinstance(expected, dict):
        if not isinstance(actual, dict):
            result.missed(where, checks_in(expected), f"expected an object, got {actual!r}")
        else:
            for key, value in expected.items():
                if key == PREAMBLE_AS_SECTION:
                    preamble = actual.get("preamble")
                    _compare_section(
                        value, {"paragraphs": preamble if isinstance(preamble, list) else []}, f"{where}.{key}", result
                    )
                else:
                    compare(value, actual.get(key), f"{where}.{key}", result)
    else:
        result.record(where, expected == actual, expected, actual)
    return result


def _compare_list(expected: list[Any], actual: object, where: str, result: Comparison) -> None:
    got = actual if isinstance(actual, list) else []
    result.record(f"{where}.count", len(got) == len(expected), len(expected), len(got))
    sections = where.endswith("sections")
    for index, value in enumerate(expected):
        at = f"{where}[{index}]"
        if index >= len(got):
            result.missed(at, checks_in(value), "missing")
        elif sections:
            _compare_section(value, got[index], at, result)
        else:
            compare(value, got[index], at, result)


def _own_items(section: dict[str, Any]) -> list[Any]:
    return [
        item
        for paragraph in section.get("paragraphs") or []
        if isinstance(paragraph, dict)
        for item in paragraph.get("items") or []
    ]


def _compare_section(expected: Any, actual: object, where: str, result: Comparison) -> None:
    if not isinstance(actual, dict):
        result.missed(where, checks_in(expected), f"expected a section, got {actual!r}")
        return
    for key, value in expected.items():
        at = f"{where}.{key}"
        if key == "items":
            count = len(_own_items(actual))
            result.record(at, count == value, value, count)
        elif key in ("leads", "markers"):
            member = "lead" if key == "leads" else "marker"
            got = [item.get(member) if isinstance(item, dict) else None for item in _own_items(actual)]
            compare(value, got, at, result)
        elif key == "phases":
            phases = [
                paragraph.get("phase") for paragraph in actual.get("paragraphs") or [] if isinstance(paragraph, dict)
            ]
            result.record(at, phases == value, value, phases)
        elif key == "item_phases":
            phases = [
                paragraph.get("phase")
                for paragraph in actual.get("paragraphs") or []
                if isinstance(paragraph, dict)
                for _ in paragraph.get("items") or []
            ]
            result.record(at, phases == value, value, phases)
        else:
            compare(value, actual.get(key), at, result)
