"""A PDF page's ruling lines, from its path objects through PDFium, for the shared geometry's tables.

A table in a PDF is characters and, around them, lines: strokes (`m … l S`), rectangles stroked as
borders (`re S`) or thin filled rectangles (Word's and WPS's exports draw each border so). Each
becomes a `Rule` across or down the page, in the page's own points (y down from the top), turned
as the page is shown, as the glyphs are. `readers.ruled_tables` finds the grid; this module only
reads the lines.

Asked of a page only when it holds objects besides the text objects its characters name (one
count, made anyway for `pdf_dropped`): a page of text alone pays nothing.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from itertools import repeat
from typing import Any

from govdoc.readers.glyphs import Rule

_PATH = 2  # FPDF_PAGEOBJ_PATH
_LINETO, _MOVETO = 0, 2  # FPDF_SEGMENT_LINETO, FPDF_SEGMENT_MOVETO (a Bézier is no rule)
THIN = 3.0  # points: a filled or stroked shape no thicker than this is a line
_SLOPE = 0.5  # points: how far a line's ends may stand off its axis and still be a rule
MAX_SEGMENTS = 64  # a path of more segments is a drawing, a glyph outline or a chart: not read
MAX_PATHS = 5000  # a page of more path objects is a drawing: its lines are not read

Turn = Callable[[float, float], tuple[float, float]]


def ruling_lines(page: Any, calls: Any, named: int, height: float, turn: Turn | None) -> list[Rule]:
    """The page's ruling lines (`calls`: PDFium's entry points as `pdf_chars` binds them; `named`:
    how many text objects its characters name; `height`: the page's as shown)."""
    count = calls.count_objects(page)
    if count <= named:
        return []
    import pypdfium2.raw as raw

    objects = list(map(calls.get_object, repeat(page, count), range(count)))
    paths = [obj for obj, kind in zip(objects, map(calls.object_type, objects), strict=True) if kind == _PATH]
    if not paths or len(paths) > MAX_PATHS:
        return []
    rules: list[Rule] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()

    def add(x0: float, y0: float, x1: float, y1: float) -> None:
        """A segment in user space (y up) as a rule of the page as shown, if it runs along an axis."""
        if turn is not None:
            x0, y0 = turn(x0, y0)
            x1, y1 = turn(x1, y1)
        if abs(y1 - y0) <= _SLOPE and abs(x1 - x0) > _SLOPE:
            rules.append(Rule(True, height - (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x1 - x0) <= _SLOPE and abs(y1 - y0) > _SLOPE:
            rules.append(Rule(False, (x0 + x1) / 2, height - max(y0, y1), height - min(y0, y1)))

    for obj in paths:
        handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
        if not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        if y1 - y0 <= THIN and x1 - x0 > THIN:  # a line across, stroked or a thin filled bar
            add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2)
            continue
        if x1 - x0 <= THIN and y1 - y0 > THIN:
            add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1)
            continue
        # a larger shape: only its stroked straight edges are lines (a border drawn as a rectangle)
        if not raw.FPDFPath_GetDrawMode(handle, fill, stroke) or not stroke.value:
            continue
        n = raw.FPDFPath_CountSegments(handle)
        if not 0 < n <= MAX_SEGMENTS or not raw.FPDFPageObj_GetMatrix(handle, matrix):
            continue
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start = here = (0.0, 0.0)
        for k in range(n):
            segment = raw.FPDFPath_GetPathSegment(handle, k)
            if not segment or not raw.FPDFPathSegment_GetPoint(segment, x, y):
                break
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = raw.FPDFPathSegment_GetType(segment)
            if kind == _MOVETO:
                start = point
            elif kind == _LINETO:
                add(*here, *point)
            if raw.FPDFPathSegment_GetClose(segment) and point != start:
                add(*point, *start)
                point = start
            here = point
    return rules


def moved_rules(rules: list[Rule], crop: tuple[float, float, float, float], height: float) -> list[Rule]:
    """The rules placed on the cropped page (its top-left corner the origin), as `pdf_chars._cropped`
    places the glyphs (`crop`: left, bottom, right, top in user space)."""
    left, _, _, top = crop
    down = height - top
    return [
        Rule(
            r.across,
            r.at - (down if r.across else left),
            r.lo - (left if r.across else down),
            r.hi - (left if r.across else down),
        )
        for r in rules
    ]
