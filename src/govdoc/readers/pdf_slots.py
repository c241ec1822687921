"""A line set glyph by glyph, some glyphs PDFium read and some it dropped: each dropped glyph given its character.

PDFium leaves out of its text page a one-glyph text object in a font it cannot measure (an unembedded CID font such
as STSong-Light: `pdf_dropped`), while it reads one in a face it can (the Latin figures a print driver sets in the
same font). A line printed a glyph a `Tj` (WPS's print, moved by `Td` from glyph to glyph) then reaches the text
page as its figures alone. pypdf reports the line's shows run together, at the line's start: one string for the
whole line, which `pdf_dropped` places from its first dropped glyph by each character's width class and cuts where
it meets a character PDFium read (past it, the places it guessed no longer hold). The rest of the line was lost.

Yet every glyph of the line is known by its place: PDFium's characters by their boxes, the dropped ones by their
objects' boxes. Set in order along the baseline, those places are the string's characters one a place, where the
characters PDFium read stand at their own places in the string: then each dropped object takes the character of
its place, standing where it was drawn. Where they do not agree (a kern, a string of some other line), nothing is
placed this way and `pdf_dropped`'s reading stands.
"""

from __future__ import annotations

import math
from collections import defaultdict

from govdoc.readers.glyphs import Glyph, width_class

# a dropped object's box (left, bottom, right, top), red ink and its font's base name, as `pdf_dropped` gives it
Dropped = tuple[float, float, float, float, bool, str]

_NEAR = 1.0  # points: how far two boxes of one baseline or one place may stand apart


class ReadLines:
    """PDFium's characters of a page by baseline (rounded to the point), each as its (left, right, character)."""

    def __init__(self, read: list[Glyph]) -> None:
        self.lines: dict[int, list[tuple[float, float, str, float]]] = defaultdict(list)
        for g in read:
            for left, right, ch in _characters(g):
                self.lines[round(g.y)].append((left, right, ch, g.y))

    def between(self, high: float, low: float) -> bool:
        """Whether some character PDFium read stands on a baseline from `high` down to `low` (a dropped object's
        box, measured down from the page's top)."""
        return any(
            high - _NEAR <= y <= low + _NEAR
            for key in range(round(high - _NEAR), round(low + _NEAR) + 1)
            for _, _, _, y in self.lines.get(key, ())
        )

    def on(self, baseline: float, size: float) -> list[tuple[float, float, str]]:
        near = 0.3 * max(size, 1.0)
        found: list[tuple[float, float, str]] = []
        for key in range(round(baseline - near), round(baseline + near) + 1):
            found.extend((a, b, ch) for a, b, ch, y in self.lines.get(key, ()) if abs(y - baseline) <= near)
        return found


def _characters(g: Glyph) -> list[tuple[float, float, str]]:
    """A run's characters with their places (its edges where known; a lone character its box), spaces left out;
    a run of several characters of no known places gives none: their places are not known."""
    if g.edges is not None and len(g.edges) == 2 * len(g.text):
        return [(g.edges[2 * k], g.edges[2 * k + 1], ch) for k, ch in enumerate(g.text) if not ch.isspace()]
    if len(g.text.strip()) == 1:
        return [(g.x0, g.x1, g.text.strip())]
    return []


def slotted(
    text: str,
    x: float,
    baseline: float,
    size: float,
    font: str,
    line: list[Dropped],
    read: list[tuple[float, float, str]],
) -> tuple[list[Glyph], list[Dropped]] | None:
    """The glyphs of the dropped objects of one line (`line`: those on the string's baseline, from its first on,
    left to right) given the characters of the string `text` shown at `x`, and the objects placed; None where
    the line holds no character PDFium read within the string, the places and the string do not agree, or the
    string's places are PDFium's characters alone (a run of figures reported apart from the glyphs after it).

    `read`: PDFium's characters on that baseline, as (left, right, character); `baseline` is measured down from
    the page's top, as glyphs are."""
    chars = [ch for ch in text if not ch.isspace()]
    reach = x + size * sum(width_class(ch) for ch in chars) + size
    inside = [r for r in read if x - _NEAR <= r[0] <= reach]
    if not inside or not line:
        return None
    places: list[tuple[float, float, str | None, Dropped | None]] = [(a, b, ch, None) for a, b, ch in inside]
    places += [(d[0], d[2], None, d) for d in line]
    places.sort(key=lambda place: place[0])
    if len(places) < len(chars):
        return None
    places = places[: len(chars)]
    if any(ch is not None and ch != want for (_, _, ch, _), want in zip(places, chars, strict=True)):
        return None
    glyphs: list[Glyph] = []
    placed: list[Dropped] = []
    for (left, _, ch, drop), want in zip(places, chars, strict=True):
        if ch is None and drop is not None:
            glyphs.append(Glyph(want, left, left + size * width_class(want), baseline, size, font, drop[4]))
            placed.append(drop)
    return (glyphs, placed) if placed else None  # (a string of PDFium's characters alone places nothing)


def by_line_of(dropped: list[Dropped]) -> dict[int, list[Dropped]]:
    """The dropped objects by their boxes' bottom (rounded to the point), each line's left to right."""
    lines: dict[int, list[Dropped]] = {}
    for d in dropped:
        lines.setdefault(round(d[1]), []).append(d)
    for line in lines.values():
        line.sort(key=lambda d: d[0])
    return lines


def line_from(by_line: dict[int, list[Dropped]], bottom: float, x: float) -> list[Dropped]:
    """The dropped objects whose boxes' bottom is `bottom`, from `x` rightwards, left to right."""
    key = round(bottom)
    found = [
        d
        for j in (key - 1, key, key + 1)
        for d in by_line.get(j, ())
        if abs(d[1] - bottom) <= _NEAR and d[0] >= x - _NEAR
    ]
    return sorted(found, key=lambda d: d[0])


def string_before(
    shown: list[tuple[str, float, float, float, str, bool]],
    by_baseline: dict[int, list[int]],
    used: set[int],
    room: list[float | None],
    item: Dropped,
) -> int | None:
    """The string not yet placed nearest left of a dropped object on its baseline (reaching it by its
    characters' widths), of no room of its own: the line's string where PDFium read its first characters."""
    left, bottom, _, top, _, _ = item
    best: int | None = None
    near = [
        k for key in range(math.floor(bottom - _NEAR), math.ceil(top + _NEAR) + 1) for k in by_baseline.get(key, ())
    ]
    for k in near:
        text, x, y, size, _, aslant = shown[k]
        if k in used or aslant or room[k] is not None or not bottom - _NEAR <= y <= top + _NEAR or x > left + _NEAR:
            continue
        if x + size * sum(width_class(ch) for ch in text) + size < left:
            continue
        if best is None or x > shown[best][1]:
            best = k
    return best
