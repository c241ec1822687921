"""styles.xml: the style cascade (`w:basedOn` chains), each style resolved once, on first use.

A property is looked up along the chain once per style and then remembered, and the chain
is held to `limits.style_chain`, so a 50,000-style chain costs one refusal, not a walk of
the whole chain for every run of every paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.docx.names import w
from govdoc.readers.docx.values import word_int

_OFF = {"0", "false", "off", "none"}


def on(el: Any, tag: str) -> bool | None:
    """A toggle property (w:b, w:vanish) on a properties element: True, False, or None if absent."""
    if el is None:
        return None
    prop = el.find(w(tag))
    if prop is None:
        return None
    return prop.get(w("val"), "true").lower() not in _OFF


@dataclass(slots=True)
class Style:
    """A style's own properties as styles.xml states them; None means not set here, so look along `basedOn`."""

    name: str = ""
    based_on: str | None = None
    bold: bool | None = None
    vanish: bool | None = None
    font: str | None = None
    size: float | None = None
    centered: bool | None = None
    outline: int | None = None
    num_id: str | None = None
    ilvl: int | None = None


class Styles:
    """styles.xml, each style resolved only when a paragraph or run uses it (templates define hundreds)."""

    def __init__(self, root: Any, limits: Limits = DEFAULT_LIMITS, path: str | None = None) -> None:
        self.elements: dict[str, Any] = {}
        self.resolved: dict[str, Style] = {}
        self.looked_up: dict[tuple[str | None, str], Any] = {}
        self.limits = limits
        self.path = path
        self.default_paragraph: str | None = None
        if root is None:
            return
        for el in root.iterchildren(w("style")):
            style_id = el.get(w("styleId"))
            if style_id:
                self.elements[style_id] = el
                if el.get(w("type")) == "paragraph" and el.get(w("default")) in ("1", "true"):
                    self.default_paragraph = style_id

    @property
    def by_id(self) -> StylesView:
        """The styles as a read-only mapping, for the numbering's style links; each is still resolved on use."""
        return StylesView(self)

    def style(self, style_id: str) -> Style | None:
        """One style's own properties, read from its element on first use and remembered."""
        if style_id in self.resolved:
            return self.resolved[style_id]
        el = self.elements.get(style_id)
        if el is None:
            return None
        style = read_style(el, self.limits, self.path)
        self.resolved[style_id] = style
        return style

    def chain(self, style_id: str | None) -> Iterator[Style]:
        """The style and those it is based on, nearest first; a cycle ends the walk, and a chain longer than
        `limits.style_chain` is `too-large`.
        """
        seen: set[str] = set()
        while style_id and style_id not in seen:
            if len(seen) >= self.limits.style_chain:
                raise self.limits.exceeded("style_chain", path=self.path, what=f"styles {style_id!r} is based on")
            seen.add(style_id)
            style = self.style(style_id)
            if style is None:
                return
            yield style
            style_id = style.based_on

    def get(self, style_id: str | None, attr: str) -> Any:
        """The nearest value of `attr` along the chain (of the default paragraph style when `style_id` is None),
        remembered per style and attribute.
        """
        key = (style_id or self.default_paragraph, attr)
        if key in self.looked_up:
            return self.looked_up[key]
        found = None
        for style in self.chain(key[0]):
            value = getattr(style, attr)
            if value is not None:
                found = value
                break
        self.looked_up[key] = found
        return found


class StylesView(Mapping[str, Style]):
    """Read-only access by style id, as the numbering's style links need it."""

    def __init__(self, styles: Styles) -> None:
        self._styles = styles

    def __getitem__(self, style_id: str) -> Style:
        style = self._styles.style(style_id)
        if style is None:
            raise KeyError(style_id)
        return style

    def __iter__(self) -> Iterator[str]:
        return iter(self._styles.elements)

    def __len__(self) -> int:
        return len(self._styles.elements)


def read_style(el: Any, limits: Limits = DEFAULT_LIMITS, path: str | None = None) -> Style:
    """A style element's own properties, not those it inherits; its numbers are held to the limits."""
    style = Style()
    name = el.find(w("name"))
    style.name = name.get(w("val"), "") if name is not None else ""
    based = el.find(w("basedOn"))
    style.based_on = based.get(w("val")) if based is not None else None
    rpr = el.find(w("rPr"))
    ppr = el.find(w("pPr"))
    style.bold = on(rpr, "b")
    style.vanish = on(rpr, "vanish")
    style.font, style.size = font_and_size(rpr, limits, path)
    if ppr is not None:
        jc = ppr.find(w("jc"))
        if jc is not None:
            style.centered = jc.get(w("val")) == "center"
        outline = ppr.find(w("outlineLvl"))
        if outline is not None:
            style.outline = word_int(outline.get(w("val")), limits, path=path, what="outline level")
        num = ppr.find(w("numPr"))
        if num is not None:
            num_id = num.find(w("numId"))
            ilvl = num.find(w("ilvl"))
            style.num_id = num_id.get(w("val")) if num_id is not None else None
            if ilvl is not None:
                style.ilvl = word_int(ilvl.get(w("val")), limits, path=path, what="list level")
    return style


def font_and_size(
    rpr: Any, limits: Limits = DEFAULT_LIMITS, path: str | None = None
) -> tuple[str | None, float | None]:
    """A run's East Asian font (else its ASCII one) and size in points: Chinese faces are set as
    `w:eastAsia`, and `w:sz` counts half-points.
    """
    if rpr is None:
        return None, None
    font = None
    fonts = rpr.find(w("rFonts"))
    if fonts is not None:
        font = fonts.get(w("eastAsia")) or fonts.get(w("ascii"))
    size = None
    sz = rpr.find(w("sz"))
    half_points = word_int(sz.get(w("val")), limits, path=path, what="font size") if sz is not None else None
    if half_points is not None and half_points >= 0:
        size = half_points / 2
    return font, size
