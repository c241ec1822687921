"""Source positions: every span of the Document says where its text stands in the file.

Readers record on each block where they found it (`Block.origin`: page and box, paragraph
index, element path, line); joining blocks unites their origins. Once the Document is built,
each `Span` in it (paragraphs, items, sections, the header's and trailer's fields, tables,
warnings) gets the origins of the blocks its characters come from: `source_ref` in the format's
own terms and `source_box`, one box per page. A span inside a block gets the whole block's
position: blocks, not characters, are what readers place.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from govdoc import model
from govdoc.blocks import Block, Box, Origin, unite
from govdoc.model import Document, SourceBox, Span


def locate(doc: Document, blocks: Sequence[Block]) -> Document:
    """`doc` with `source_ref` and `source_box` on every span, from the blocks of its text."""
    placed = sorted((b for b in blocks if b.start >= 0 and b.origin is not None), key=lambda b: b.start)
    if not placed:
        return doc
    starts = [b.start for b in placed]
    cache: dict[tuple[int, int], Span] = {}

    def where(span: Span) -> Span:
        key = (span.start, span.end)
        known = cache.get(key)
        if known is None:
            known = cache[key] = _positioned(span, placed, starts)
        return known if known.page == span.page else dataclasses.replace(known, page=span.page)

    result: Document = _place(doc, where)
    return result


def _positioned(span: Span, placed: list[Block], starts: list[int]) -> Span:
    end = max(span.end, span.start + 1)  # an empty span: the block at its place
    k = max(0, bisect.bisect_right(starts, span.start) - 1)
    origins: list[Origin] = []
    while k < len(placed) and placed[k].start < end:
        block = placed[k]
        if block.end > span.start and block.origin is not None:
            origins.append(block.origin)
        k += 1
    if not origins:
        return span
    if len(origins) == 1:  # the common case: a span inside one block
        ref, boxes = _converted(origins[0])
        return Span(span.start, span.end, span.page, ref, boxes)
    refs = tuple(dict.fromkeys(r for o in origins for r in o.refs))
    united = unite([b for o in origins for b in o.boxes])
    return Span(span.start, span.end, span.page, source_ref(refs), tuple(_box(b) for b in united))


def _converted(origin: Origin) -> tuple[str | None, tuple[SourceBox, ...]]:
    """A block's origin in the contract's terms (origins are immutable, so once is enough)."""
    ref = origin.refs[0] if len(origin.refs) == 1 else source_ref(origin.refs)
    return ref, tuple(_box(b) for b in origin.boxes)


def source_ref(refs: Sequence[str]) -> str | None:
    """The references as one: `line:3-5` for numbered pieces of one kind, else joined with ` | `."""
    if not refs:
        return None
    kinds = {r.partition(":")[0] for r in refs}
    numbers = [r.partition(":")[2] for r in refs]
    if len(kinds) == 1 and all(n.isdigit() for n in numbers):
        kind = kinds.pop()
        low, high = min(map(int, numbers)), max(map(int, numbers))
        return f"{kind}:{low}" if low == high else f"{kind}:{low}-{high}"
    return " | ".join(refs)


def _box(box: Box) -> SourceBox:
    """Rounded outwards to a hundredth of a point, so the box still holds what it held."""
    return SourceBox(
        box.page,
        math.floor(box.x0 * 100) / 100,
        math.floor(box.y0 * 100) / 100,
        math.ceil(box.x1 * 100) / 100,
        math.ceil(box.y1 * 100) / 100,
    )


_NAME = re.compile(r"[A-Z]\w*")


@functools.cache
def _span_fields(cls: type) -> tuple[str, ...]:
    """The fields of a model class that may hold a Span, directly or deeper (read from the annotations once)."""
    classes = {
        name: obj for name, obj in vars(model).items() if dataclasses.is_dataclass(obj) and isinstance(obj, type)
    }
    holds = {"Span"}
    changed = True
    while changed:  # a class holds spans when one of its fields names a class that does
        changed = False
        for name, other in classes.items():
            if name not in holds and any(
                holds.intersection(_NAME.findall(str(f.type))) for f in dataclasses.fields(other)
            ):
                holds.add(name)
                changed = True
    return tuple(f.name for f in dataclasses.fields(cls) if holds.intersection(_NAME.findall(str(f.type))))


def _place(value: Any, where: Callable[[Span], Span]) -> Any:
    """`value` rebuilt with `where` applied to every Span inside it (unchanged parts kept as they are)."""
    if isinstance(value, Span):
        return where(value)
    if isinstance(value, tuple):
        if not value:
            return value
        items = tuple(_place(v, where) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if value is None or not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes = {}
    for name in _span_fields(type(value)):
        current = getattr(value, name)
        if current is None:
            continue
        new = _place(current, where)
        if new is not current:
            changes[name] = new
    return dataclasses.replace(value, **changes) if changes else value
