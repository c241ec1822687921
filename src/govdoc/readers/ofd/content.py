"""An OFD page's text objects as glyphs on the page, in points, whatever order they are stored in.

A `TextObject` places its `TextCode` runs in its own coordinate space: each run starts at `X`,
`Y` (the baseline; a run without them goes on from the previous run's value, as GB/T 33190
11.3 says), and its characters advance by `DeltaX`/`DeltaY`, where `g N d` stands for N steps
of d. The object's `CTM` maps that space into the `Boundary`'s, whose origin is on the page.
Each character's box is its em square from the baseline up, transformed so: the box's page
extent gives x0/x1, and its baseline is the transformed origin for horizontal text (the box's
foot for a rotated glyph). OFD carries no glyph widths outside its font files, so a character
reaches to the next one (its advance), and where no delta follows or the next character stands
more than twice its width off (a gap), as far as its width class: a CJK character one em, a
Latin one half, times `HScale`.

Paths give the page's ruling lines (`Page.rules`: a table's borders, read by the shared
`ruled_tables`); other graphics (composite graphics, multimedia) are passed over; images are
counted, so a page holding only images can be told from an empty one (a scan inside an OFD).
"""

from __future__ import annotations

import copy
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from govdoc.errors import TooLargeError
from govdoc.limits import DEFAULT_LIMITS
from govdoc.readers.geometry import PT_PER_MM, Glyph, is_red, width_class
from govdoc.readers.glyphs import Rule
from govdoc.readers.ofd.package import child, children, local
from govdoc.readers.page_lines import underlay
from govdoc.readers.ruled_tables import THIN, rule_of

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MAX_REPEAT = 100_000  # without a run to fit: a `g` count beyond this is damage, not a layout
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Font:
    """A font resource as text objects use it: its name, and its `Bold` flag (a text object's `Weight` is
    the other way OFD marks bold).
    """

    name: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Composite:
    """A composite graphic unit (GB/T 33190 13.2): objects drawn wherever a `CompositeObject` names it, in a
    space `width` × `height` mapped onto that object's `Boundary` (a producer's reused 版头, a stamp)."""

    content: Any
    width: list[float]
    height: list[float]


@dataclass(slots=True)
class Resources:
    """What text objects refer to by ID: fonts and colour spaces (their type: RGB, GRAY, CMYK)."""

    fonts: dict[str, Font] = field(default_factory=dict)
    color_spaces: dict[str, str] = field(default_factory=dict)
    images: dict[str, str] = field(default_factory=dict)  # multimedia ID → package member
    composites: dict[str, Composite] = field(default_factory=dict)  # composite graphic units by ID
    # drawing parameters by ID: the fill colour each gives (None where it names none) and the parameter it
    # inherits from (`Relative`), for the objects and layers that name it (`DrawParam`)
    draw_params: dict[str, tuple[Any, str]] = field(default_factory=dict)

    def copied(self) -> Resources:
        """A copy whose tables a page's own resources may add to, every kind of them (the copy once listed the
        kinds by hand and lost the composite units a page with its own resources draws, unwarned)."""
        return Resources(**{f.name: dict(getattr(self, f.name)) for f in fields(self)})


@dataclass(slots=True)
class PageText:
    """What a page holds: its glyphs, the images it draws and whether text runs up or down it."""

    glyphs: list[Glyph] = field(default_factory=list)
    images: list[tuple[str, float, float]] = field(default_factory=list)  # member, drawn width and height (mm)
    vertical: list[tuple[Glyph, float]] = field(default_factory=list)  # glyph, +1 running down / -1 up
    turned: int = 0  # objects whose text runs other than across the page, read as one run each
    # those runs set at a slant across the page, and letters turned alone at a slant (a seal's ring)
    slanted: list[Glyph] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)  # ruling lines its paths draw (a table's borders)
    # the boxes its images are drawn in (left, top, right, bottom, in points): text drawn fully transparent is
    # read only over them (a picture's reading); elsewhere it shows nothing (an OA system's tracking mark)
    image_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    transparent: list[Glyph] = field(default_factory=list)


def numbers(value: str | None) -> list[float]:
    """The numbers in an attribute, finite ones only (`"0 0 210 297"`)."""
    if not value:
        return []
    return list(_numbers(value) if len(value) <= 64 else _parse_numbers(value))


def _parse_numbers(value: str) -> tuple[float, ...]:
    return tuple(v for v in (float(m) for m in _NUMBER.findall(value)) if math.isfinite(v))


# Short attributes (Size, Weight, CTM, a colour) repeat on every text object of a page.
_numbers = functools.lru_cache(maxsize=4096)(_parse_numbers)


def deltas(value: str | None, limit: int = _MAX_REPEAT) -> list[float]:
    """A `DeltaX`/`DeltaY` list with its `g N d` repeats spelled out, never longer than `limit`
    (a run needs one step per character; more is damage, and `g` could otherwise inflate it)."""
    if not value:
        return []
    tokens = value.split()
    out: list[float] = []
    k = 0
    while k < len(tokens) and len(out) < limit:
        token = tokens[k]
        if token == "g" and k + 2 < len(tokens):
            count, step = numbers(tokens[k + 1]), numbers(tokens[k + 2])
            if count and step:
                out.extend([step[0]] * max(0, min(int(count[0]), limit - len(out))))
            k += 3
            continue
        found = numbers(token)
        if found:
            out.append(found[0])
        k += 1
    return out


def _matrix(value: str | None) -> Matrix:
    m = numbers(value)
    return (m[0], m[1], m[2], m[3], m[4], m[5]) if len(m) == 6 else IDENTITY


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return _bounded(a * x + c * y + e), _bounded(b * x + d * y + f)


_FAR = 1e9  # mm: a million kilometres, far off any page, yet its squares and sums stay finite


def _bounded(v: float) -> float:
    """`v` held within ±`_FAR`: a `CTM` of finite but huge factors (1e200) maps a point past what later
    sums and products of coordinates can hold (they overflow to inf, then an integer of it fails), while
    the text it places is still read; a NaN (inf − inf) becomes the origin (review26 R2)."""
    if -_FAR <= v <= _FAR:
        return v
    return _FAR if v > 0 else -_FAR if v < 0 else 0.0


def _rgb(element: Any, res: Resources) -> tuple[float, float, float] | None:
    """A colour element's value as RGB in 0..1 (`#ee #20 #25`, `238 32 37`, gray or CMYK)."""
    if element is None:
        return None
    kind = res.color_spaces.get(element.get("ColorSpace") or "", "RGB").upper()
    return _colour(element.get("Value") or "", kind)


@functools.lru_cache(maxsize=1024)
def _colour(value: str, kind: str) -> tuple[float, float, float] | None:
    values: list[float] = []
    for token in value.split():
        try:
            values.append(float(int(token[1:], 16)) if token.startswith("#") else float(token))
        except ValueError:
            return None
    scaled = [min(max(v / 255, 0.0), 1.0) for v in values]
    if kind == "CMYK" and len(scaled) == 4:
        c, m, y, k = scaled
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    if len(scaled) >= 3:
        return scaled[0], scaled[1], scaled[2]
    if len(scaled) == 1:
        return scaled[0], scaled[0], scaled[0]
    return None


def page_text(
    layers: list[Any], res: Resources, *, max_drawn: int = DEFAULT_LIMITS.composite_draws, path: str | None = None
) -> PageText:
    """All glyphs of a page's layers (template layers included by the caller).

    Text running across the page gives its glyphs as placed. An object whose text runs another
    way (turned by its `CTM`, or stepping by `DeltaY` more than by `DeltaX`) is read in its own
    order as one run; single characters turned one by one (a producer's way of setting a vertical
    line) are gathered into columns first.
    """
    out = PageText()
    drawing = _Drawing(max_drawn, max_drawn, path)
    for layer in layers:
        layer_param = layer.get("DrawParam") or ""
        for obj in _objects(layer, 0, res, drawing):
            name = local(obj)
            if name == "TextObject":
                fill = fill_of(obj, res, layer_param)
                glyphs, down, slanted = _text_object(obj, res, fill)
                if _transparent(obj, fill):  # drawn in a colour of no opacity: read only as a picture's reading
                    out.transparent.extend(glyphs)
                    continue
                if glyphs and _underlaid(fill if fill is not None else child(obj, "FillColor"), glyphs[0].size, res):
                    out.slanted.extend(glyphs)  # a watermark drawn upright under the lines: none of them
                    continue
                if not down:
                    out.glyphs.extend(glyphs)
                elif len(glyphs) == 1 and slanted:  # a letter turned alone at a slant: a seal's ring, no line
                    out.slanted.append(glyphs[0])
                elif len(glyphs) == 1:
                    out.vertical.append((glyphs[0], down))
                elif glyphs:
                    out.glyphs.append(_run(glyphs))
                    out.turned += 1
                    if slanted:
                        out.slanted.append(out.glyphs[-1])
            elif name == "PathObject":
                out.rules += _path_rules(obj)
            elif name == "ImageObject":
                member = res.images.get(obj.get("ResourceID") or "")
                box = numbers(obj.get("Boundary"))
                if member is not None and len(box) == 4:
                    out.images.append((member, abs(box[2]), abs(box[3])))
                if len(box) == 4:
                    x, y, w, h = (v * PT_PER_MM for v in box)
                    out.image_boxes.append((min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h)))
    out.glyphs.extend(columns(out.vertical))
    return out


def _transparent(obj: Any, fill: Any) -> bool:
    """Whether a text object is drawn in no ink: fully transparent (its own `Alpha` or its fill colour's is 0 of
    255), or neither filled nor stroked (`Fill="false"`, `Stroke` not true: GB/T 33190's invisible text, as an
    OCR layer over a scan is written, and a tracking mark between the lines)."""
    if (obj.get("Fill") or "").strip().lower() == "false" and (obj.get("Stroke") or "").strip().lower() != "true":
        return True
    return any((numbers(holder.get("Alpha")) or [255.0])[0] <= 0 for holder in (obj, fill) if holder is not None)


def _underlaid(fill: Any, size: float, res: Resources) -> bool:
    """Whether text of this fill colour and size (points) is a watermark set upright under the page's lines
    (`page_lines.underlay`: large, light neutral grey), as a PDF's is."""
    rgb = _rgb(fill, res) if fill is not None else None
    if rgb is None:
        return False
    red, green, blue = (round(255 * v) for v in rgb)
    return underlay(red, green, blue, size)


_PARAM_CHAIN = 16  # drawing parameters followed through `Relative` at most (a chain naming itself ends)


def fill_of(obj: Any, res: Resources, layer_param: str) -> Any:
    """The fill colour element a graphic object is drawn in (GB/T 33190 8.2): its own `FillColor`; else the one
    its drawing parameter gives (`DrawParam`, a resource, following the parameters it inherits from by
    `Relative`); else its layer's drawing parameter's. A producer colouring the red 版头 by a shared parameter
    writes no colour on the object itself."""
    own = child(obj, "FillColor")
    if own is not None:
        return own
    for ident in (obj.get("DrawParam") or "", layer_param):
        for _ in range(_PARAM_CHAIN):
            if not ident or ident not in res.draw_params:
                break
            fill, ident = res.draw_params[ident]
            if fill is not None:
                return fill
    return None


def over_images(text: PageText) -> list[Glyph]:
    """The page's fully transparent characters that lie over one of its images (an OCR engine's reading of a
    picture, drawn transparent over it): the others, over blank paper, show nothing and are no text."""
    if not text.transparent or not text.image_boxes:
        return []
    return [
        g
        for g in text.transparent
        if any(b[0] <= (g.x0 + g.x1) / 2 <= b[2] and b[1] <= g.y - g.size / 2 <= b[3] for b in text.image_boxes)
    ]


def columns(vertical: list[tuple[Glyph, float]]) -> list[Glyph]:
    """Characters set one by one down (or up) the page, read column by column: each column of
    characters that follow each other closely becomes one run, placed where the column starts,
    so the page geometry reads it as a line among the others."""
    runs: list[Glyph] = []
    for down in (1.0, -1.0):
        column: list[Glyph] = []
        for glyph in sorted((g for g, d in vertical if d == down), key=lambda g: g.x0):
            if column and glyph.x0 - column[0].x0 > 0.5 * max(column[0].size, 1.0):
                runs.extend(_column_runs(column, down))
                column = []
            column.append(glyph)
        runs.extend(_column_runs(column, down))
    return runs


def _column_runs(column: list[Glyph], down: float) -> list[Glyph]:
    """One column's characters in reading order, cut where a gap of more than a line stands."""
    runs: list[Glyph] = []
    piece: list[Glyph] = []
    for glyph in sorted(column, key=lambda g: g.y * down):
        if piece and abs(glyph.y - piece[-1].y) > 1.8 * max(glyph.size, 1.0):
            runs.append(_run(piece))
            piece = []
        piece.append(glyph)
    if piece:
        runs.append(_run(piece))
    return runs


def _run(glyphs: list[Glyph]) -> Glyph:
    """Characters in their reading order as one run from where they start, as wide as the
    characters would stand in a row (narrower, repeated characters would look overprinted)."""
    first = glyphs[0]
    x0 = min(g.x0 for g in glyphs)
    x1 = x0 + sum(width_class(g.text) * g.size for g in glyphs)
    text = "".join(g.text for g in glyphs)
    return Glyph(text, x0, x1, min(g.y for g in glyphs), first.size, first.font, first.red, False, first.bold)


@dataclass(slots=True)
class _Drawing:
    """What bounds the objects one page draws from composite graphic units: the units on the current path
    (a unit is never drawn inside itself, however it names itself) and how many more objects units may
    place (`limits.composite_draws`, counted along every path, since fan-outs multiply)."""

    left: int
    limit: int
    path: str | None
    units: set[str] = field(default_factory=set)

    def place(self) -> None:
        """Count one object (or unit) drawn; `too-large` past the limit."""
        self.left -= 1
        if self.left < 0:
            raise TooLargeError(
                f"objects drawn from composite units on one page are over the limit of {self.limit}"
                " (limits.composite_draws)",
                path=self.path,
            )


# A graphic unit's `Visible` (an xs:boolean, true when absent; its whitespace collapsed) set off
_SWITCHED_OFF = frozenset(["false", "0"])


def _objects(element: Any, depth: int, res: Resources, drawing: _Drawing) -> Iterator[Any]:
    """The graphic objects of a layer, those inside `PageBlock`s too, and those a `CompositeObject` draws
    from a composite graphic unit of the resources, placed where it stands (`_placed`). A unit already on
    the path is not drawn again (it would draw itself without end). An object its producer switched off
    (`Visible="false"`, GB/T 33190 8.5: a draft mark, a field left empty) is not drawn, so not read."""
    for obj in element:
        if (obj.get("Visible") or "").strip() in _SWITCHED_OFF:
            continue
        name = local(obj)
        if name == "PageBlock" and depth < 32:
            yield from _objects(obj, depth + 1, res, drawing)
        elif name == "CompositeObject" and depth < 32:
            key = obj.get("ResourceID") or ""
            unit = res.composites.get(key)
            box = numbers(obj.get("Boundary"))
            if unit is not None and len(box) == 4 and key not in drawing.units:
                drawing.place()  # the unit itself counts, so units that draw nothing but units are bounded
                drawing.units.add(key)
                try:
                    for drawn in _objects(unit.content, depth + 1, res, drawing):
                        drawing.place()
                        yield _placed(drawn, box, unit)
                finally:
                    drawing.units.discard(key)
        else:
            yield obj


def _placed(obj: Any, box: list[float], unit: Composite) -> Any:
    """A copy of a composite unit's object moved into the `Boundary` of the object that draws the unit: the
    unit's space (its `Width` × `Height`, the boundary's own size where not given) scaled onto the boundary,
    the copy's `Boundary` and `CTM` rewritten so it reads as an object of the page."""
    sx = box[2] / unit.width[0] if unit.width and unit.width[0] > 0 else 1.0
    sy = box[3] / unit.height[0] if unit.height and unit.height[0] > 0 else 1.0
    placed = copy.deepcopy(obj)
    own = numbers(obj.get("Boundary"))
    if len(own) == 4:
        bx, by, bw, bh = own
        placed.set("Boundary", f"{box[0] + sx * bx:g} {box[1] + sy * by:g} {sx * bw:g} {sy * bh:g}")
    if sx != 1.0 or sy != 1.0:
        a, b, c, d, e, f = _matrix(obj.get("CTM"))
        placed.set("CTM", f"{sx * a:g} {sy * b:g} {sx * c:g} {sy * d:g} {sx * e:g} {sy * f:g}")
    return placed


def _text_object(obj: Any, res: Resources, fill: Any = None) -> tuple[list[Glyph], float, bool]:
    """The object's characters, which way its text runs (0 across the page, else +1 down, -1 up) and
    whether it runs at a slant (neither along the rows nor the columns: a watermark's way)."""
    box = numbers(obj.get("Boundary"))
    ox, oy = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    ctm = _matrix(obj.get("CTM"))
    a, b, c, d, _, _ = ctm
    scale = math.sqrt(abs(a * d - b * c)) or 1.0
    size = (numbers(obj.get("Size")) or [3.5])[0]
    hscale = (numbers(obj.get("HScale")) or [1.0])[0]
    font = res.fonts.get(obj.get("Font") or "", Font(""))
    weight = (numbers(obj.get("Weight")) or [400.0])[0]
    bold = True if weight >= 700 or font.bold else None
    red = is_red(_rgb(fill if fill is not None else child(obj, "FillColor"), res))
    glyphs: list[Glyph] = []
    across = along = 0.0  # how far the object's text steps across and down its own space
    x = y = 0.0
    for code in children(obj, "TextCode"):
        text = code.text or ""
        x = (numbers(code.get("X")) or [x])[0]
        y = (numbers(code.get("Y")) or [y])[0]
        dx, dy = deltas(code.get("DeltaX"), len(text)), deltas(code.get("DeltaY"), len(text))
        across += sum(abs(v) for v in dx[: len(text)])
        along += sum(abs(v) for v in dy[: len(text)])
        pen_x, pen_y = x, y
        for k, ch in enumerate(text):
            width = width_class(ch) * size * hscale
            step = dx[k] if k < len(dx) else width
            if not ch.isspace():
                # the box reaches to the next character, unless that stands far off (a gap, not an advance)
                reach = step if 0 < step <= 2 * width else width
                glyph = _place(ch, pen_x, pen_y, reach, size, ctm, ox, oy)
                glyph.size, glyph.font, glyph.red, glyph.bold = _bounded(size * scale) * PT_PER_MM, font.name, red, bold
                glyphs.append(glyph)
            elif glyphs:
                glyphs[-1].space_after = True
            if k < len(dx):
                pen_x += dx[k]
            elif not dy:  # no deltas at all: characters follow each other at their own width
                pen_x += width
            if k < len(dy):
                pen_y += dy[k]
    # the direction of the object's writing on the page: its x axis, or its y axis for DeltaY text
    wx, wy = (c, d) if along > across else (a, b)
    if abs(wy) <= 0.18 * abs(wx):  # within about ten degrees of the page's rows
        return glyphs, 0.0, False
    # more than ten degrees off both the rows and the columns: set across the page at a slant
    return glyphs, 1.0 if wy > 0 else -1.0, abs(wx) > 0.18 * abs(wy)


# How many numbers each command of a path's `AbbreviatedData` takes (GB/T 33190 9.3.2): move, line,
# quadratic and cubic Bézier, arc, close (`S` starts a subpath as `M` does, in some producers).
_PATH_ARGS = {"M": 2, "S": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
_MAX_PATH_DATA = 20_000  # characters: a longer path is a drawing, not a table's border


def _path_rules(obj: Any) -> list[Rule]:
    """The straight lines along the page's axes a `PathObject` draws, in points: its stroked segments,
    or a thin filled shape (a border drawn as a filled bar); curves and arcs are no rules. The path's
    points are in its own space, mapped by its `CTM` into the `Boundary`, as a text object's are."""
    stroked = (obj.get("Stroke") or "true") != "false"
    if not stroked and (obj.get("Fill") or "false") != "true":
        return []  # drawn neither way: invisible
    element = child(obj, "AbbreviatedData")
    data = (element.text or "") if element is not None else ""
    if not data or len(data) > _MAX_PATH_DATA:
        return []
    box = numbers(obj.get("Boundary"))
    ox, oy = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    ctm = _matrix(obj.get("CTM"))
    tokens = data.split()
    segments: list[tuple[float, float, float, float]] = []
    start = here = (0.0, 0.0)
    k = 0
    while k < len(tokens):
        command = tokens[k]
        count = _PATH_ARGS.get(command)
        if count is None or k + count >= len(tokens):
            return []  # damage or a command of no known kind: the path is not read
        try:
            values = [float(v) for v in tokens[k + 1 : k + 1 + count]]
        except ValueError:
            return []
        k += 1 + count
        if command == "C":
            if here != start:
                segments.append((*here, *start))
            here = start
            continue
        point = _apply(ctm, values[-2], values[-1])
        point = ((ox + point[0]) * PT_PER_MM, (oy + point[1]) * PT_PER_MM)
        if command in ("M", "S"):
            start = point
        elif command == "L":
            segments.append((*here, *point))
        here = point
    if not stroked:  # only a thin filled shape is a line
        xs = [v for seg in segments for v in (seg[0], seg[2])]
        ys = [v for seg in segments for v in (seg[1], seg[3])]
        if not xs or min(max(xs) - min(xs), max(ys) - min(ys)) > THIN:
            return []
    return [r for r in (rule_of(*seg) for seg in segments) if r is not None]


def _place(ch: str, x: float, y: float, advance: float, size: float, ctm: Matrix, ox: float, oy: float) -> Glyph:
    """One character's em box (baseline up), transformed onto the page, in points; for a turned
    glyph the baseline is the foot of its box."""
    corners = [_apply(ctm, px, py) for px, py in ((x, y), (x + advance, y), (x, y - size), (x + advance, y - size))]
    xs = [p[0] for p in corners]
    ys = [p[1] for p in corners]
    (bx, by), (ax, ay) = corners[0], corners[1]
    baseline = by if abs(ay - by) <= 0.18 * abs(ax - bx) else max(ys)
    return Glyph(ch, (ox + min(xs)) * PT_PER_MM, (ox + max(xs)) * PT_PER_MM, (oy + baseline) * PT_PER_MM, 0.0)
