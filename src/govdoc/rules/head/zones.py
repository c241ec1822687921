"""Views of the zoned blocks that several header rules read.

The zone sets are module-level frozensets and the views one walk each: on Python 3.11 a
`Zone.X` look-up costs about ten times a module name's (the enum's metaclass hooks attribute
access), so a test like `b.zone in (Zone.A, Zone.B)` inside a loop over the blocks costs more
than the walk itself.
"""

from __future__ import annotations

from govdoc.state import Block, State, Zone

HEADER_ZONES = frozenset({Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER, Zone.TITLE, Zone.RECIPIENTS})
TRAILER_ZONES = frozenset({Zone.SIGNATURE, Zone.TRAILER, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT})


def in_zones(state: State, zones: frozenset[Zone]) -> list[Block]:
    """The blocks zoned as one of `zones`, in reading order (`State.in_zones`: made once per parse
    when the field rules ask, the zones being settled by then)."""
    return state.in_zones(zones)


def header_blocks(state: State) -> list[Block]:
    """The blocks zoned as part of the 版头 or header, where marks and numbers may stand."""
    return state.in_zones(HEADER_ZONES)
