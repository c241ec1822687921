"""How the header-field rules write `state.header`: only what changes, without `dataclasses.replace`.

Every header field rule ends by setting its field, most often to the empty value the header
already holds (no 密级, no 公开属性 found). `dataclasses.replace` looks the fields up anew
on each call and cost about as much as some whole rules, so the header is rebuilt here from
field names read once, and not at all when every value is empty and already so.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Any

from govdoc.model import Header
from govdoc.state import State

_NAMES = tuple(f.name for f in fields(Header))
_KNOWN = frozenset(_NAMES)
_VALUES = attrgetter(*_NAMES)  # every field's value in one call, in `_NAMES`' order
_EMPTY: tuple[object, ...] = (None, (), {})


def set_header(state: State, **changes: Any) -> None:
    """`state.header` with `changes` applied (the same fields `dataclasses.replace` would take)."""
    header = state.header
    for name, value in changes.items():
        if value not in _EMPTY or getattr(header, name) != value:
            break
    else:
        return  # every value empty and already so
    if not _KNOWN.issuperset(changes):
        raise TypeError(f"Header has no field {sorted(changes.keys() - _KNOWN)[0]!r}")
    values = dict(zip(_NAMES, _VALUES(header), strict=True))
    values.update(changes)
    state.header = Header(**values)
