"""`header.metadata`: the 键：值 pairs of the lines zoned as metadata, first value of a key kept.

Consecutive metadata lines are read together, so a label standing alone takes the next line
as its value (`索引号：` / `0012-2024-3`).
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.metadata import folded_keys, pair_lines, pairs_of
from govdoc.fold import fold
from govdoc.rules import lines as L
from govdoc.rules.head.update import set_header
from govdoc.state import State, Zone


def metadata(state: State) -> None:
    """The rule: the metadata lines' 键：值 pairs, first value of a key kept; a page counter is chrome."""
    found: dict[str, str] = {}
    for key, value in pair_lines(b.text for b in state.blocks if b.zone is Zone.METADATA):
        if not P.CHROME_LINE.search(fold(key)):  # a counter cell in the table's row (浏览量 | 8) is chrome
            found.setdefault(key, value)
    for key, value in _beside_number(state):
        found.setdefault(key, value)
    set_header(state, metadata=found)


def _beside_number(state: State) -> list[tuple[str, str]]:
    """The pairs an upward document prints on its 文号 line (`某发〔2024〕3号　签发人：张某`): they
    are 键：值 pairs before the title like any other."""
    pairs: list[tuple[str, str]] = []
    for b in state.blocks:
        if b.zone is not Zone.DOC_NUMBER or ":" not in b.folded:
            continue
        cell = L.number_cell(b)
        if cell is not None:  # 签发人：张某　　某发〔2024〕3号: each cell the removed gap divided
            for lo, hi in L.gap_cells(b):
                if (lo, hi) != cell:
                    pairs.extend(pairs_of(b.text[lo:hi]))
            continue
        m = P.DOC_NO.search(b.folded)
        if m is not None:
            pairs.extend(pairs_of(b.text[m.end() :]))
    return pairs


def table(state: State) -> dict[str, str]:
    """The header's metadata keyed by the simplified label, for look-ups (發文機關 → 发文机关)."""
    return folded_keys(state.header.metadata)


def table_values(state: State, keys: tuple[str, ...]) -> list[str]:
    """The information table's values under `keys`, in the order of `keys` (the first is the
    label a field prefers)."""
    pairs = table(state)
    return [pairs[key] for key in keys if key in pairs]


def labelled(state: State, *zones: Zone) -> dict[str, str]:
    """The header's metadata and the 键：值 pairs of lines in `zones` (labels after the signature),
    keyed by the simplified label."""
    found = table(state)
    for b in state.blocks:
        if b.zone in zones:
            for key, value in folded_keys(dict(pairs_of(b.text))).items():
                found.setdefault(key, value)
    return found
