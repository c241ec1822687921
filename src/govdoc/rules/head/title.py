"""`header.title`: the first source in `TITLE_SOURCES` that gives one.

The document's own title lines (wrapped lines joined) come first; the 标题 (or 信息名称, 名称)
of the page's information table only where the body has none. The HTML `<title>` element is
never a source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from govdoc.rules.head.metadata import table
from govdoc.state import State

_TABLE_KEYS = ("标题", "信息名称", "名称")


def from_title_lines(state: State) -> str | None:
    return "".join(b.text.strip() for b in state.title_blocks) or None


def from_information_table(state: State) -> str | None:
    pairs = table(state)
    for key in _TABLE_KEYS:
        if key in pairs:
            return pairs[key]
    return None


TITLE_SOURCES: tuple[tuple[str, Callable[[State], str | None]], ...] = (
    ("title_lines", from_title_lines),
    ("information_table", from_information_table),
)


def title(state: State) -> None:
    for _, source in TITLE_SOURCES:
        found = source(state)
        if found:
            state.header = replace(state.header, title=found)
            return
