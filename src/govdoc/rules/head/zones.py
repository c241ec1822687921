"""Views of the zoned blocks that several header rules read."""

from __future__ import annotations

from govdoc.state import Block, State, Zone

HEADER_ZONES = (Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER, Zone.TITLE, Zone.RECIPIENTS)


def header_blocks(state: State) -> list[Block]:
    """The blocks zoned as part of the 版头 or header, where marks and numbers may stand."""
    return [b for b in state.blocks if b.zone in HEADER_ZONES]
