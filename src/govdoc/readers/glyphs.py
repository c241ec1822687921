"""Characters placed on a page, one at a time or in runs: what every fixed-layout reader hands
the shared geometry (`geometry`, `columns`).

A `Glyph` is one character, or a run of characters sharing one style and one baseline. A run
comes in two kinds. One knows only its box (a line recognised by OCR, an OFD text object read as
a whole): `split_run` apportions the box to its characters by width class. The other knows where
each of its characters stands (`Glyph.edges`, a PDF's text object read character by character):
the geometry keeps it whole wherever its characters stand close together, and takes it apart
(`chars_of`) only where a decision needs single characters, so a page costs per run, not per
character, and reads exactly as it would character by character.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

# The control characters a backend gives for a font's bare codes read as characters (PDFium: a Type3 or
# symbol font's code with no ToUnicode, 0x1B for 关): no text holds them. A character class's body, for the
# patterns that ask after them (readers.pdf `_UNMAPPED`, readers.pdf_chars `_CODES`).
BARE_CODES = r"\x00-\x08\x0b\x0c\x0e-\x1f"


@dataclass(slots=True)
class Glyph:
    """A character, or a run of characters of one style on one baseline, placed on a page."""

    text: str
    x0: float
    x1: float
    y: float  # baseline, measured down from the top of the page
    size: float
    font: str = ""
    red: bool = False
    space_after: bool = False  # the format holds a real space right after this character
    bold: bool | None = None  # None: judged from the font's name (SimHei, …-Bold)
    # A run whose characters' places are known: their x0, x1 in turn. Its characters stand in
    # order, each left of the next, none closer to the one before than a reader would space.
    edges: list[float] | None = None
    gap: float = 0.0  # the widest gap between two characters of such a run (negative: they overlap)
    ys: list[float] | None = None  # each character's baseline, where they are not all at `y`
    # the format holds spaces filling the gap from this character to the next on its line (a typist's
    # full-width spaces across the measure: 某区办公室　　　　2024年9月10日): one line, whatever lies in the gap
    gap_typed: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line drawn on a page (a table's border, a rule under a 红头): across the page
    (`across`) at `at` down from the top, from `lo` to `hi` across; or down it at `at` from the
    left, from `lo` to `hi` down. In the page's points, as the glyphs."""

    across: bool
    at: float
    lo: float
    hi: float


@dataclass(slots=True)
class Page:
    """One page's glyphs, in any order; the page's size is in the glyphs' unit."""

    number: int  # 1-based
    width: float
    height: float
    rotation: int = 0
    glyphs: list[Glyph] = field(default_factory=list)
    # What the format draws from a layout pages share (an OFD template page): a form's labels,
    # a running head, a page number (geometry.template_apart tells them apart).
    template: list[Glyph] = field(default_factory=list)
    # What such a layout draws turned across the page (a watermark): set apart, never read into a line.
    stamps: list[Glyph] = field(default_factory=list)
    # Ruling lines the format draws (a PDF's thin path objects): where they make a grid, the glyphs
    # inside it are read as a table (`readers.ruled_tables`), not as lines of the flow.
    rules: list[Rule] = field(default_factory=list)
    # Strings the reader read otherwise than drawn, (drawn, read): a PDF string partly inside an
    # /ActualText span read with the span's text (`pdf_dropped.recovered_glyphs`), warned `text-repaired`.
    repaired: list[tuple[str, str]] = field(default_factory=list)
    # The words left out because they stand outside the page (`readers.off_page`): warned, never read.
    off_page: list[str] = field(default_factory=list)


# Latin ligatures (Unicode's alphabetic presentation forms) as the letters they join: how PDFium's text
# page reads them, and so how a character read past it must be read too.
LIGATURES: dict[str, str] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}


def font_base(raw: str) -> str:
    """A font's name without its subset prefix (`ABCDEF+SimHei` → `SimHei`): six capitals and a plus,
    which PDF writers put before a subset's name (PDF 32000 §9.6.4). One place for both PDF readers: the
    glyph reader names fonts by it, the simple-font check tells a subset by it (the name comes back shorter)."""
    if len(raw) > 7 and raw[6] == "+" and raw[:6].isupper():
        return raw[7:]
    return raw


def width_class(ch: str) -> float:
    """How many ems a character takes in a CJK font: wide and ambiguous forms one, others a half."""
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 0.5


def split_run(run: Glyph) -> list[Glyph]:
    """A run's box cut into one glyph per character, each as wide as its width class.

    A space in the run becomes `space_after` on the character before it (and takes its width), so
    an OCR line `政策 and 行动` keeps its Latin spacing.
    """
    if len(run.text) <= 1:
        return [run]
    weights = [width_class(ch) for ch in run.text]
    unit = (run.x1 - run.x0) / sum(weights)
    glyphs: list[Glyph] = []
    x = run.x0
    for ch, weight in zip(run.text, weights, strict=True):
        x1 = x + weight * unit
        if ch.isspace():
            if glyphs:
                glyphs[-1].space_after = True
        else:
            glyphs.append(Glyph(ch, x, x1, run.y, run.size, run.font, run.red, False, run.bold))
        x = x1
    if glyphs:
        glyphs[-1].space_after = run.space_after
    return glyphs


def chars_of(g: Glyph) -> list[Glyph]:
    """A glyph's characters as glyphs of their own: a run with known places (`Glyph.edges`) at
    those places, one without them apportioned by width class (`split_run`)."""
    if len(g.text) <= 1:
        return [g]
    edges = g.edges
    if edges is None:
        return split_run(g)
    ys = g.ys or [g.y] * len(g.text)
    chars = [
        Glyph(ch, edges[2 * k], edges[2 * k + 1], ys[k], g.size, g.font, g.red, False, g.bold)
        for k, ch in enumerate(g.text)
    ]
    chars[-1].space_after = g.space_after
    chars[-1].gap_typed = g.gap_typed
    return chars


def char_boxes(glyphs: Sequence[Glyph]) -> Iterator[tuple[str, float, float]]:
    """Each character of the glyphs in turn, with its left and right edge."""
    for g in glyphs:
        edges = g.edges
        if edges is None or len(g.text) <= 1:
            yield g.text, g.x0, g.x1
        else:
            for k, ch in enumerate(g.text):
                yield ch, edges[2 * k], edges[2 * k + 1]


def widest_gap(glyphs: Sequence[Glyph]) -> float:
    """The widest gap between two neighbouring characters of the glyphs, a run's own included."""
    widest = -math.inf  # no two characters: no gap
    previous: Glyph | None = None
    for g in glyphs:
        if g.edges is not None and g.gap > widest:
            widest = g.gap
        if previous is not None and g.x0 - previous.x1 > widest:
            widest = g.x0 - previous.x1
        previous = g
    return widest
