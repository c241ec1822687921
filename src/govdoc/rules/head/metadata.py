"""`header.metadata`: the 键：值 pairs of the lines zoned as metadata, first value of a key kept."""

from __future__ import annotations

from dataclasses import replace

from govdoc.fields.metadata import pairs_of
from govdoc.state import State, Zone


def metadata(state: State) -> None:
    found: dict[str, str] = {}
    for b in state.blocks:
        if b.zone is Zone.METADATA:
            for key, value in pairs_of(b.text):
                found.setdefault(key, value)
    state.header = replace(state.header, metadata=found)


def labelled(state: State, *zones: Zone) -> dict[str, str]:
    """The header's metadata and the 键：值 pairs of lines in `zones` (labels after the signature)."""
    found = dict(state.header.metadata)
    for b in state.blocks:
        if b.zone in zones:
            for key, value in pairs_of(b.text):
                found.setdefault(key, value)
    return found
