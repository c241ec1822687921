"""Text a PDF page paints over with a white box: printed under it, never shown.

A PDF editor's "edit text" (and a hand at a stamping tool) corrects a line by painting a white rectangle
over the old words and writing the new ones in their place, often in an incremental update that appends
both to the page's content. The old words are still drawn, first, and PDFium's text page holds them: read
as they stand, they run into the new ones character by character (`2024年6月174日`). A reader of the page
sees only what is painted last.

Asked only of a page where two runs of text overprint each other on one baseline (`overprinted`: one sort
of the page's runs), the page's objects are read once for white filled shapes (`white_covers`), and a run
character inside such a shape, drawn by a text object before it, is taken out (`uncovered`). Text drawn
on a white box (a table cell's background, then its words) comes after the box and stays.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter
from typing import Any

from govdoc.readers.geometry import Glyph
from govdoc.readers.glyphs import chars_of

_PATH = 2  # FPDF_PAGEOBJ_PATH
_IMAGE = 3  # FPDF_PAGEOBJ_IMAGE
_SHADING = 4  # FPDF_PAGEOBJ_SHADING: a painted gradient
_FORM = 5  # FPDF_PAGEOBJ_FORM
Box = tuple[float, float, float, float]  # left, bottom, right, top in user space
_LINETO, _MOVETO = 0, 2  # FPDF_SEGMENT_LINETO, FPDF_SEGMENT_MOVETO
_WHITE = 250  # each channel at least this: white paper's colour
_MAX_OBJECTS = 50_000  # a page of more objects is a drawing: its boxes are not looked at


def overprinted(glyphs: Sequence[Glyph]) -> set[int]:
    """The runs (by `id`) that stand over another on one baseline, each overlapping the other by more than half
    the narrower's width, neither red (a seal's words over the 落款 are the seal's: `seal_words_apart`). A fake
    bold's offset copy overprints too, and finds no white box."""
    runs = sorted(glyphs, key=attrgetter("y", "x0"))
    found: set[int] = set()
    for a, b in pairwise(runs):
        if a.red or b.red or abs(b.y - a.y) > 0.2 * max(a.size, 1.0):
            continue
        if min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0):
            found.update((id(a), id(b)))
    return found


def white_covers(
    page: Any, calls: Any, tallest: float
) -> tuple[list[tuple[int, float, float, float, float]], dict[int, int]]:
    """The page's white filled rectangles no taller than `tallest` (a few lines: an editor's white-out) as
    (place in the page's drawing order, left, bottom, right, top in user space), and each object's place by
    its address."""
    import pypdfium2.raw as raw

    count = calls.count_objects(page)
    if not 0 < count <= _MAX_OBJECTS:
        return [], {}
    objects = [calls.get_object(page, k) for k in range(count)]
    order = {obj: k for k, obj in enumerate(objects)}
    covers: list[tuple[int, float, float, float, float]] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for k, obj in enumerate(objects):
        if calls.object_type(obj) != _PATH:
            continue
        handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
        if not raw.FPDFPath_GetDrawMode(handle, fill, stroke) or not fill.value:
            continue
        if not raw.FPDFPageObj_GetFillColor(handle, r, g, b, a):
            continue
        if min(r.value, g.value, b.value, a.value) < _WHITE:
            continue
        if not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top) or top.value - bottom.value > tallest:
            continue  # a white page mask or a seal's disk is no correction of a few words
        if _rectangle(handle, raw):
            covers.append((k, left.value, bottom.value, right.value, top.value))
    return covers, order


def _rectangle(handle: Any, raw: Any) -> bool:
    """Whether the path is one rectangle: a move and three or four straight lines (a `re`), no curve, each
    edge along an axis and drawn unturned; an even-odd frame, a disk, a rounded shape, a triangle or a
    diamond covers less than its box (diffread-B B13)."""
    n = raw.FPDFPath_CountSegments(handle)
    if not 1 <= n <= 5:
        return False
    segments = [raw.FPDFPath_GetPathSegment(handle, k) for k in range(n)]
    kinds = [raw.FPDFPathSegment_GetType(segment) for segment in segments]
    if kinds[0] != _MOVETO or any(kind != _LINETO for kind in kinds[1:]):
        return False
    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(handle, matrix) or abs(matrix.b) > _SLANT or abs(matrix.c) > _SLANT:
        return False
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    for segment in segments:
        if not raw.FPDFPathSegment_GetPoint(segment, x, y):
            return False
        points.append((x.value, y.value))
    return all(
        abs(x0 - x1) <= _SLANT or abs(y0 - y1) <= _SLANT for (x0, y0), (x1, y1) in pairwise([*points, points[0]])
    )


_SLANT = 0.01  # points (and matrix terms) closer than this are one: an edge along an axis


def uncovered(
    glyphs: list[Glyph],
    over: set[int],
    covers: list[tuple[int, float, float, float, float]],
    order: dict[int, int],
    text: str,
    lefts: Sequence[float],
    objects: Sequence[Any],
    height: float,
) -> list[Glyph]:
    """`glyphs` without the characters a white box drawn after them hides: the character's middle lies
    inside the box, and its text object comes before the box in the page's drawing order. A run only
    partly hidden is kept as its other characters. A run is matched to the page's characters (`text`,
    `lefts` and `objects` as `_Runs.read` read them) by its left edge and its text, so two runs drawn at
    one place are told apart by what they say."""
    starts: dict[float, list[int]] = {}
    for i, x in enumerate(lefts):
        starts.setdefault(x, []).append(i)
    out: list[Glyph] = []
    changed = False
    for run in glyphs:
        if id(run) not in over:  # only a run another overprints can lie under a correction
            out.append(run)
            continue
        middle_y = height - run.y + 0.3 * run.size  # user space, y up: inside the characters' ink
        hit = [c for c in covers if c[1] < run.x1 and run.x0 < c[3] and c[2] <= middle_y <= c[4]]
        first = next((i for i in starts.get(run.x0, ()) if text.startswith(run.text, i)), None) if hit else None
        if first is None:
            out.append(run)
            continue
        chars = chars_of(run)
        kept = []
        for k, ch in enumerate(chars):
            place = order.get(objects[first + k]) if objects[first + k] is not None else None
            middle = (ch.x0 + ch.x1) / 2
            if place is None or not any(c[1] <= middle <= c[3] and place < c[0] for c in hit):
                kept.append(ch)
        if len(kept) == len(chars):
            out.append(run)
        else:
            out.extend(kept)
            changed = True
    return out if changed else glyphs


def painted(page: Any, calls: Any) -> tuple[list[Box], list[Box]] | None:
    """The page's painted areas, as (left, bottom, right, top) in user space: filled shapes of a colour that is no
    white, and pictures; and apart, the boxes of its form objects (a picture or drawing placed as a form: a
    stamping tool's scan, an imported page), whose content is not looked into. White text shows only on the first
    (a 版头 set white on a red band or on a banner picture); elsewhere it is white on white paper, shown to no
    reader. None for a page of more objects than are looked at (a drawing): what it paints is not known."""
    import pypdfium2.raw as raw

    count = calls.count_objects(page)
    if count > _MAX_OBJECTS:
        return None
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    areas: list[Box] = []
    forms: list[Box] = []
    for k in range(max(count, 0)):
        obj = calls.get_object(page, k)
        kind = calls.object_type(obj)
        if kind not in (_PATH, _IMAGE, _SHADING, _FORM):
            continue
        handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
        if kind == _PATH:
            if not raw.FPDFPath_GetDrawMode(handle, fill, stroke) or not fill.value:
                continue
            if raw.FPDFPageObj_GetFillColor(handle, r, g, b, a) and min(r.value, g.value, b.value) >= _WHITE:
                continue
        if raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            (forms if kind == _FORM else areas).append((left.value, bottom.value, right.value, top.value))
    return areas, forms


def on_paint(run: Glyph, areas: Sequence[Box], height: float) -> bool:
    """Whether a run's middle lies on one of the painted `areas` (`painted`)."""
    x = (run.x0 + run.x1) / 2
    y = height - run.y + 0.3 * run.size  # user space, y up: inside the characters' ink
    return any(a[0] <= x <= a[2] and a[1] <= y <= a[3] for a in areas)
