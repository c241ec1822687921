"""What a floating shape says beyond its text box: WordArt's text, and where the shape stands.

WordArt in the VML of older templates (a 红头 set as WordArt, Word's watermarks) keeps its text
in `v:textpath/@string`, with its face and size in the path's style, not in any run. A floating
shape is anchored in a paragraph but placed on the page by an offset: one placed below its
anchor paragraph (a 落款 in a text box that Word anchored in the closing) reads after it, one
placed at the page's foot (a 版记 a template pins there) after the body, and the boxes of one
drawing group (a letterhead's organ box and number box) top to bottom, whatever their order in the file.
Words a shape sets along an arc or round a ring (a 公章 drawn in Word: the organ's name arched round a red circle over
the date) are the seal's picture, not a line of the document, as a PDF's or an SVG's ring lettering is not.
"""

from __future__ import annotations

from typing import Any

import regex

from govdoc.readers.docx.names import MC, W

V = "urn:schemas-microsoft-com:vml"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
A4_HEIGHT_EMU = 16838 * 635  # an A4 page's height: 16,838 twips of 635 EMU
_STYLE_ITEM = regex.compile(r"\s*([\w-]+)\s*:\s*([^;]*)")
_POINTS = regex.compile(r"(-?[0-9]{1,6}(?:\.[0-9]{1,4})?)\s*pt")
_FALLBACK = f"{{{MC}}}Fallback"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
# DrawingML's warps setting a text box's words along an arc or a ring (`a:prstTxWarp/@prst`), and the numbers of VML's
# WordArt shape types doing so (`o:spt`, named by a shape's `type="#_x0000_t144"`): textArchUp to textButtonPour
RING_WARPS = frozenset(
    (
        "textArchUp",
        "textArchDown",
        "textCircle",
        "textButton",
        "textArchUpPour",
        "textArchDownPour",
        "textCirclePour",
        "textButtonPour",
    )
)
RING_SHAPE_TYPES = frozenset(range(144, 152))
_SHAPE_TYPE = regex.compile(r"_x0000_t([0-9]{1,4})")


def _style(value: str | None) -> dict[str, str]:
    """A VML `style` attribute as its properties, the values without their quotes."""
    return {m.group(1).lower(): m.group(2).strip().strip("\"'") for m in _STYLE_ITEM.finditer(value or "")}


def set_round(box: Any) -> bool:
    """Whether a text box (`w:txbxContent`) or a WordArt path (`v:textpath`) is a seal's lettering: its words set
    along an arc or round a ring (its DrawingML shape's body warped so, `wps:bodyPr/a:prstTxWarp`, or its VML shape
    of an arched WordArt type) in a seal's red ink (its words', its fill's or its outline's). Never a line of text
    (see the module); an arched heading in black stays one (REVIEW31 R6)."""
    shape = box.getparent()
    if shape is not None and shape.tag == f"{{{WPS}}}txbx":
        wsp = shape.getparent()
        body = wsp.find(f"{{{WPS}}}bodyPr") if wsp is not None else None
        warp = body.find(f"{{{A}}}prstTxWarp") if body is not None else None
        return warp is not None and warp.get("prst") in RING_WARPS and _red_ink(wsp)
    if shape is not None and shape.tag == f"{{{V}}}textbox":
        shape = shape.getparent()
    found = _SHAPE_TYPE.search(shape.get("type") or "") if shape is not None else None
    if found is None or int(found.group(1)) not in RING_SHAPE_TYPES:
        return False
    return any(_red_value(shape.get(name)) for name in ("fillcolor", "strokecolor")) or _red_ink(shape)


_HEX_COLOUR = regex.compile(r"#?([0-9A-Fa-f]{6})")
_RED_NAMES = frozenset(("red", "darkred"))


def _red_value(value: str | None) -> bool:
    """A colour written as Word writes one (`FF0000`, `#C00000`, VML's `red`) is a seal's red."""
    from govdoc.readers.page_lines import is_red

    value = (value or "").strip().split(" ")[0]
    if value.lower() in _RED_NAMES:
        return True
    found = _HEX_COLOUR.fullmatch(value)
    if found is None:
        return False
    rgb = int(found.group(1), 16)
    return is_red(((rgb >> 16) / 255, ((rgb >> 8) & 255) / 255, (rgb & 255) / 255))


def _red_ink(shape: Any) -> bool:
    """Whether a shape's words, fill or outline are red: a run's colour (`w:color`), a DrawingML colour
    (`a:srgbClr`)."""
    for el in shape.iter(f"{{{W}}}color", f"{{{A}}}srgbClr"):
        if _red_value(el.get(f"{{{W}}}val") if el.tag == f"{{{W}}}color" else el.get("val")):
            return True
    return False


def wordart(el: Any) -> list[tuple[str, str | None, float | None]]:
    """Each VML WordArt text under `el` (not in an mc:Fallback copy, nor one set round a ring): its text, face and
    size in points."""
    found = []
    for path in el.iter(f"{{{V}}}textpath"):
        text = (path.get("string") or "").strip()
        if not text or any(a.tag == _FALLBACK for a in path.iterancestors()) or set_round(path):
            continue
        style = _style(path.get("style"))
        size = _POINTS.fullmatch(style.get("font-size", ""))
        found.append((text, style.get("font-family") or None, float(size.group(1)) if size else None))
    return found


def placed_below(el: Any) -> bool:
    """Whether a floating drawing stands below the paragraph it is anchored in: placed from that
    paragraph (or its line) by a positive vertical offset."""
    for anchor in el.iter(f"{{{WP}}}anchor"):
        position = anchor.find(f"{{{WP}}}positionV")
        if position is None or position.get("relativeFrom") not in ("paragraph", "line"):
            return False
        offset = position.find(f"{{{WP}}}posOffset")
        try:
            return offset is not None and int((offset.text or "").strip()) > 0
        except ValueError:
            return False
    return False


def _emu(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def at_page_foot(el: Any, page_height: int = A4_HEIGHT_EMU) -> bool:
    """Whether a floating drawing is placed at the page's foot rather than from its paragraph: from
    the bottom margin, aligned to the bottom of the page or margin, or set from the page's (or the
    margin's) top edge past three quarters of the page's height."""
    for anchor in el.iter(f"{{{WP}}}anchor"):
        position = anchor.find(f"{{{WP}}}positionV")
        if position is None:
            return False
        origin = position.get("relativeFrom")
        if origin == "bottomMargin":
            return True
        if origin not in ("page", "margin"):
            return False
        align = position.find(f"{{{WP}}}align")
        if align is not None:
            return (align.text or "").strip() == "bottom"
        offset = _emu(getattr(position.find(f"{{{WP}}}posOffset"), "text", None))
        return offset is not None and offset > page_height * 3 // 4
    return False


# Where a text box's drawing ends: its placement (a DrawingML anchor or inline), a VML picture or a
# drawing, at the latest the paragraph that holds its run. No group a box belongs to lies beyond.
_DRAWING_ENDS = frozenset(
    (f"{{{WP}}}anchor", f"{{{WP}}}inline", f"{{{W}}}pict", f"{{{W}}}drawing", f"{{{W}}}p", f"{{{W}}}body")
)


def group_ancestors(box: Any) -> list[Any]:
    """The ancestors of a text box up to its drawing's end (`_DRAWING_ENDS`, that element included):
    the only ones that may hold its group's shape properties. Walking past them to the body asked every
    paragraph of the document about every box (review25 R4: a form of a thousand boxes took seconds)."""
    out: list[Any] = []
    for parent in box.iterancestors():
        out.append(parent)
        if parent.tag in _DRAWING_ENDS:
            break
    return out


def top_in_group(box: Any) -> tuple[int, int]:
    """Where a text box's shape stands in its drawing group, top first then left (0, 0 outside a group):
    the key that reads a group's boxes as they are laid out."""
    for parent in group_ancestors(box):
        spr = next((c for c in parent if isinstance(c.tag, str) and c.tag.endswith("}spPr")), None)
        xfrm = spr.find(f"{{{A}}}xfrm") if spr is not None else None
        if xfrm is not None:
            off = xfrm.find(f"{{{A}}}off")
            if off is None:
                return 0, 0
            return _emu(off.get("y")) or 0, _emu(off.get("x")) or 0
    return 0, 0
