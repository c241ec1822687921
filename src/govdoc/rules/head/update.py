"""How the header-field rules write `state.header`: only what changes, without `dataclasses.replace`.

Every header field rule ends by setting its field, most often to the empty value the header
already holds (no 密级, no 公开属性 found). `dataclasses.replace` looks the fields up anew
on each call and cost about as much as some whole rules, so the header is rebuilt here from
field names read once, and not at all when every value is empty and already so.

A document's header is rebuilt four or five times by its field rules, and the generated
`__init__` of the frozen 18-field dataclass (each field set through `object.__setattr__`)
was most of that cost: the copy is made by the fields' slot descriptors instead. That holds
only while `Header` has no `__post_init__` to run (tests/test_rule_speed.py checks).
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Any

from govdoc.model import Header
from govdoc.state import State

_NAMES = tuple(f.name for f in fields(Header))
_INDEX = {name: i for i, name in enumerate(_NAMES)}
_VALUES = attrgetter(*_NAMES)  # every field's value in one call, in `_NAMES`' order
_PUTS = tuple(getattr(Header, name).__set__ for name in _NAMES)  # the slots' own setters
_EMPTY: tuple[object, ...] = (None, (), {})


def set_header(state: State, **changes: Any) -> None:
    """`state.header` with `changes` applied (the same fields `dataclasses.replace` would take)."""
    header = state.header
    for name, value in changes.items():
        if value not in _EMPTY or getattr(header, name) != value:
            break
    else:
        return  # every value empty and already so
    values = list(_VALUES(header))
    for name, value in changes.items():
        at = _INDEX.get(name)
        if at is None:
            raise TypeError(f"Header has no field {name!r}")
        values[at] = value
    state.header = _copy(values)


def _copy(values: list[Any]) -> Header:
    """A Header holding `values` (in `_NAMES`' order), set slot by slot."""
    header = object.__new__(Header)
    for put, value in zip(_PUTS, values, strict=True):
        put(header, value)
    return header
