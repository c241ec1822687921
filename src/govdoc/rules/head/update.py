"""How the header-field rules write `state.header`: only what changes, without `dataclasses.replace`.

Every header field rule ends by setting its field, most often to the empty value the header
already holds (no 密级, no 公开属性 found). `dataclasses.replace` looks the fields up anew
on each call and cost about as much as some whole rules, so the header is rebuilt here from
field names read once, and not at all when every value is empty and already so.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from govdoc.model import Header
from govdoc.state import State

_NAMES = tuple(f.name for f in fields(Header))
_EMPTY: tuple[object, ...] = (None, (), {})


def set_header(state: State, **changes: Any) -> None:
    """`state.header` with `changes` applied (the same fields `dataclasses.replace` would take)."""
    header = state.header
    if all(value in _EMPTY and getattr(header, name) == value for name, value in changes.items()):
        return
    unknown = changes.keys() - set(_NAMES)
    if unknown:
        raise TypeError(f"Header has no field {sorted(unknown)[0]!r}")
    state.header = Header(**{name: changes[name] if name in changes else getattr(header, name) for name in _NAMES})
