"""What a floating shape says beyond its text box: WordArt's text, and where the shape stands.

WordArt in the VML of older templates (a 红头 set as WordArt, Word's watermarks) keeps its text
in `v:textpath/@string`, with its face and size in the path's style, not in any run. A floating
shape is anchored in a paragraph but placed on the page by an offset: one placed below its
anchor paragraph (a 落款 in a text box that Word anchored in the closing) reads after it.
"""

from __future__ import annotations

from typing import Any

import regex

from govdoc.readers.docx.names import MC

V = "urn:schemas-microsoft-com:vml"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_STYLE_ITEM = regex.compile(r"\s*([\w-]+)\s*:\s*([^;]*)")
_POINTS = regex.compile(r"(-?[0-9]{1,6}(?:\.[0-9]{1,4})?)\s*pt")
_FALLBACK = f"{{{MC}}}Fallback"


def _style(value: str | None) -> dict[str, str]:
    """A VML `style` attribute as its properties, the values without their quotes."""
    return {m.group(1).lower(): m.group(2).strip().strip("\"'") for m in _STYLE_ITEM.finditer(value or "")}


def wordart(el: Any) -> list[tuple[str, str | None, float | None]]:
    """Each VML WordArt text under `el` (not in an mc:Fallback copy): its text, face and size in points."""
    found = []
    for path in el.iter(f"{{{V}}}textpath"):
        text = (path.get("string") or "").strip()
        if not text or any(a.tag == _FALLBACK for a in path.iterancestors()):
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
