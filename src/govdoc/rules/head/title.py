"""`header.title`: the title lines joined; the information table's 标题 only where the body has none."""

from __future__ import annotations

from dataclasses import replace

from govdoc.rules.head.metadata import table
from govdoc.state import State


def title(state: State) -> None:
    joined = "".join(b.text.strip() for b in state.title_blocks) or None
    state.header = replace(state.header, title=joined or table(state).get("标题"))
