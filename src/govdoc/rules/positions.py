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
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any

from govdoc import model
from govdoc.blocks import Block, Box, Origin, unite
from govdoc.model import Document, SourceBox, Span


def locate(doc: Document, blocks: Sequence[Block], spans: Sequence[Span] | None = None) -> Document:
    """`doc` with `source_ref` and `source_box` on every span, from the blocks of its text;
    `spans`: every span of `doc`, when the caller walked it already (`spans_of`).

    The Document and its spans were made for this parse and nobody holds them yet, so the
    positions are written into the spans where they stand: frozen dataclasses, filled in once
    before they are handed out. Rebuilding the Document around every span instead (a
    `dataclasses.replace` per enclosing object) cost more than half of this step's time.
    """
    places = _Places(blocks)
    if not places.blocks:
        return doc
    of, one = places.of, places._one
    starts, ends, converted = places.starts, places.ends, places._converted
    last = len(starts) - 1
    bisect_right = bisect.bisect_right
    for span in spans_of(doc)[0] if spans is None else spans:
        # `of`'s common case written out here (a span inside one block, after the first block's
        # start): two calls a span fewer; any other span asks `of`, which answers it the same way
        start, end = span.start, span.end
        k = bisect_right(starts, start) - 1
        if k >= 0 and ends[k] > start and (k == last or starts[k + 1] >= (end if end > start else start + 1)):
            position: _Position | None = converted[k] or one(k)
        else:
            position = of(start, end)
        if position is None:
            continue
        _put_ref(span, position[0])
        boxes = position[1]
        if boxes or span.source_box:  # a text's spans have no box, as they were made: nothing to write
            _put_box(span, boxes)
    return doc


_Position = tuple[str | None, tuple[SourceBox, ...]]
# How a frozen dataclass is written to while it is still being made: through its slots' own
# setters, which `object.__setattr__` would look up by name for every span.
_put_ref: Callable[[Span, str | None], None] = vars(Span)["source_ref"].__set__
_put_box: Callable[[Span, tuple[SourceBox, ...]], None] = vars(Span)["source_box"].__set__


_START = operator.attrgetter("start")


class _Places:
    """The blocks that know their origin, in text order, each one's position converted once when asked."""

    __slots__ = ("_converted", "_numbered", "_ordered", "blocks", "ends", "starts")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = sorted([b for b in blocks if b.start >= 0 and b.origin is not None], key=_START)
        self.starts = [b.start for b in self.blocks]
        self.ends = [b.start + len(b.text) for b in self.blocks]
        self._converted: list[_Position | None] = [None] * len(self.blocks)
        self._numbered: list[_Numbered | None] = [None] * len(self.blocks)
        self._ordered: _Ordered | None = None

    def of(self, start: int, end: int) -> _Position | None:
        """Where the blocks holding characters [start, end) came from, or None when no placed block holds them."""
        starts, ends = self.starts, self.ends
        if end <= start:
            end = start + 1  # an empty span: the block at its place
        k = bisect.bisect_right(starts, start) - 1
        if k < 0:
            k = 0
        if ends[k] > start and (k + 1 == len(starts) or starts[k + 1] >= end):
            position = self._converted[k]  # the common case: a span inside one block
            return self._one(k) if position is None else position
        # The blocks starting before `end` (starts are sorted) that end after `start`: every one
        # after block k starts after `start`, so only block k itself may end before it.
        first = k if ends[k] > start else k + 1
        last = bisect.bisect_left(starts, end, k)
        if last <= first:
            return None
        if last == first + 1:
            return self._one(first)
        numbered = self._many_numbered(first, last)
        if numbered is not None:
            return numbered
        origins = [self._origin(k) for k in range(first, last)]
        refs = tuple(dict.fromkeys(r for o in origins for r in o.refs))
        boxes = [b for o in origins for b in o.boxes]
        return source_ref(refs), tuple(_box(b) for b in unite(boxes)) if boxes else ()

    def _origin(self, k: int) -> Origin:
        origin = self.blocks[k].origin
        assert origin is not None  # only blocks with an origin are kept
        return origin

    def _many_numbered(self, first: int, last: int) -> _Position | None:
        """The position of blocks `first` to `last` (excluded) read from numbered pieces of one kind
        and without boxes (the lines of a text: `line:3-5`), from each block's range found once; None
        for any other mix, which `source_ref` joins from the references themselves. The same answer
        as joining the references: their numbers' least and greatest are the ranges' least and
        greatest. Where every block's range is of one kind and the ranges only go up in text order
        (a text read line by line), those are the first block's least and the last one's greatest."""
        ordered = self._ordered
        if ordered is None:
            ordered = self._ordered = self._in_order()
        if ordered is not _UNORDERED:
            kind, lows, highs = ordered
            low, high = lows[first], highs[last - 1]
            return (f"{kind}:{low}" if low == high else f"{kind}:{low}-{high}"), ()
        kind = ""
        low = high = 0
        for k in range(first, last):
            numbered = self._numbered_at(k)
            if numbered is _NOT_NUMBERED:
                return None
            if not kind:
                kind, low, high = numbered
            elif numbered[0] != kind:
                return None
            else:
                low, high = min(low, numbered[1]), max(high, numbered[2])
        return (f"{kind}:{low}" if low == high else f"{kind}:{low}-{high}"), ()

    def _numbered_at(self, k: int) -> _Numbered:
        numbered = self._numbered[k]
        if numbered is None:
            numbered = self._numbered[k] = _numbered(self._origin(k))
        return numbered

    def _in_order(self) -> _Ordered:
        """Every block's least and greatest number, when all are numbered pieces of one kind whose
        least and greatest numbers never go down in text order; else `_UNORDERED`."""
        lows: list[int] = []
        highs: list[int] = []
        kind = ""
        remembered = _REF_NUMBERS.get
        for b in self.blocks:
            origin = b.origin
            assert origin is not None  # only blocks with an origin are kept
            refs = origin.refs
            # a text's line (`line:3`, one reference, no box) as `_numbered` reads it, without its two calls
            numbered = (
                (remembered(refs[0]) or _ref_number(refs[0]))
                if len(refs) == 1 and not origin.boxes
                else _numbered(origin)
            )
            if numbered is _NOT_NUMBERED or (kind and numbered[0] != kind):
                return _UNORDERED
            if lows and (numbered[1] < lows[-1] or numbered[2] < highs[-1]):
                return _UNORDERED
            kind = numbered[0]
            lows.append(numbered[1])
            highs.append(numbered[2])
        return kind, lows, highs

    def _one(self, k: int) -> _Position:
        """Block `k`'s origin in the contract's terms."""
        position = self._converted[k]
        if position is None:
            origin = self._origin(k)
            refs, boxes = origin.refs, origin.boxes
            ref = refs[0] if len(refs) == 1 else source_ref(refs)
            position = self._converted[k] = (ref, tuple(map(_box, boxes)) if boxes else ())
        return position


_Numbered = tuple[str, int, int]  # a kind of numbered piece, and the least and greatest number
_NOT_NUMBERED: _Numbered = ("", 0, 0)
_Ordered = tuple[str, list[int], list[int]]  # one kind, and each block's least and greatest number in text order
_UNORDERED: _Ordered = ("", [], [])  # compared by identity


def _numbered(origin: Origin) -> _Numbered:
    """The kind and range of the origin's references when all are numbered pieces of one kind
    (`line:3`, `line:4`) and it has no boxes, as `source_ref` reads them; else `_NOT_NUMBERED`."""
    refs = origin.refs
    if not refs or origin.boxes:
        return _NOT_NUMBERED
    if len(refs) == 1:  # most blocks: one line
        return _ref_number(refs[0])
    kind = refs[0].partition(":")[0]
    prefix = kind + ":"
    numbers = [r[len(prefix) :] for r in refs if r.startswith(prefix)]
    if not kind or len(numbers) != len(refs) or not all(n.isdigit() for n in numbers):
        return _NOT_NUMBERED
    values = [int(n) for n in numbers]
    return kind, min(values), max(values)


def _ref_number(ref: str) -> _Numbered:
    """`line:3` as ("line", 3, 3), else `_NOT_NUMBERED`; remembered for the first few thousand
    references met, which the text reader's shared line origins make the same strings for every
    text (a look-up costs a fifth of reading the reference again)."""
    numbered = _REF_NUMBERS.get(ref)
    if numbered is None:
        kind, colon, number = ref.partition(":")
        if kind and colon and number.isdigit():
            value = int(number)
            numbered = (kind, value, value)
        else:
            numbered = _NOT_NUMBERED
        if len(_REF_NUMBERS) < _REMEMBERED_REFS:
            _REF_NUMBERS[ref] = numbered
    return numbered


_REF_NUMBERS: dict[str, _Numbered] = {}
_REMEMBERED_REFS = 4096


def source_ref(refs: Sequence[str]) -> str | None:
    """The references as one: `line:3-5` for numbered pieces of one kind, else joined with ` | `."""
    if not refs:
        return None
    kind = refs[0].partition(":")[0]
    prefix = kind + ":"
    numbers = [r[len(prefix) :] for r in refs if r.startswith(prefix)]
    if len(numbers) == len(refs) and all(n.isdigit() for n in numbers):
        values = [int(n) for n in numbers]
        low, high = min(values), max(values)
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
    if not dataclasses.is_dataclass(cls):
        return ()
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


def _inner(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """What may hold a span in an object of `cls`, all fetched in one call (`None` among them)."""
    getter = _INNER.get(cls)
    if getter is None:
        names = _span_fields(cls)
        if len(names) > 1:
            getter = operator.attrgetter(*names)
        elif names:
            only = operator.attrgetter(names[0])
            getter = lambda value: (only(value),)  # noqa: E731
        else:
            getter = _nothing
        _INNER[cls] = getter
    return getter


def _nothing(value: object) -> tuple[Any, ...]:
    return ()


_INNER: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def spans_of(doc: Document, whole: frozenset[type] = frozenset()) -> tuple[list[Span], list[Span]]:
    """Every Span inside `doc` (no order promised), and apart the outer ones: those standing in no
    object of a class in `whole`, and the own spans of the outermost such objects, each of which
    stands for everything inside it (a section's span for its paragraphs' and items'). One walk
    gives both the spans to place and the stretches the content-unplaced check reads."""
    found: list[Span] = []
    outer: list[Span] = []
    inside: list[Any] = []  # the outermost objects of `whole`, walked after for the spans they hold
    todo: list[Any] = [doc]
    while todo:
        value = todo.pop()
        if value is None:  # most of the header's and trailer's fields
            continue
        cls: type = type(value)
        if cls is Span:
            found.append(value)
            outer.append(value)
        elif cls is tuple:
            todo.extend(value)
        elif cls in whole:
            inside.append(value)
            if value.span is not None:  # a warning about the whole input has none
                outer.append(value.span)
        else:
            todo.extend((_INNER.get(cls) or _inner(cls))(value))
    todo = inside
    while todo:
        value = todo.pop()
        if value is None:
            continue
        cls = type(value)
        if cls is Span:
            found.append(value)
        elif cls is tuple:
            todo.extend(value)
        else:
            todo.extend((_INNER.get(cls) or _inner(cls))(value))
    return found, outer
