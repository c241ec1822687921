"""How the header-field rules write `state.header`: in place, field by field.

Every header field rule ends by setting its field, most often to the empty value the header
already holds (no 密级, no 公开属性 found). `dataclasses.replace` looks the fields up anew on
each call and builds a new frozen 18-field Header through its generated `__init__`; a copy
made slot by slot still cost about 2 µs, eight or so times a document.

The header a state holds is the state's own: `State` makes a new one for each document, a rule
that puts another there hands it over, and nobody else holds it before the build hands it to the
Document. So its slots are written in place through their own setters, as the source positions
are written into the Document's fresh spans (rules/positions.py). That holds only while `Header`
keeps nothing derived from its fields (no `__post_init__`; tests/test_rule_speed.py checks).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from govdoc.model import Header
from govdoc.state import State

# Each field's own slot setter, by name (a frozen dataclass refuses `setattr`).
_PUTS = {f.name: getattr(Header, f.name).__set__ for f in fields(Header)}


def set_header(state: State, **changes: Any) -> None:
    """Write `changes` into `state.header` (the same fields `dataclasses.replace` would take)."""
    header = state.header
    try:
        for name, value in changes.items():
            _PUTS[name](header, value)
    except KeyError as unknown:
        raise TypeError(f"Header has no field {unknown}") from None
