"""Ruled tables of a fixed-layout page: the grid its ruling lines draw, and the glyphs in each cell.

A PDF (and an OFD, or a scan whose lines were found) gives no table, only characters and lines drawn
around them. Where a page's ruling lines (`Page.rules`) meet in a grid of at least two columns and
two rows, the glyphs inside it are read cell by cell: a cell's own lines joined by `\\n`, as the DOCX
and HTML readers give a cell of several paragraphs (schema 1.6), a line that runs on to the cell's
right edge joined to the next one without a break (a sentence wrapped inside the cell). Merged
cells read as the HTML reader reads `colspan` and `rowspan`: a cell spanning columns is one cell;
a cell spanning rows stands in its first row, an empty cell in its column in the rows below, so
each value stays under its own head.

What is no table stays text: a grid with fewer than two rows of two filled cells (a frame around a
paragraph, a box for a seal, a single rule under a 红头) is left alone, its glyphs read in the
flow as before. Format-blind, like the rest of the page geometry: a reader only fills `Page.rules`.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from govdoc.readers.glyphs import Glyph, Page, Rule, chars_of
from govdoc.readers.page_lines import Line, page_lines

TOLERANCE = 2.0  # points: rules this close are one rule, ends this close meet
THIN = 3.0  # points: a filled shape no thicker than this is a line (a border drawn as a bar)
_SLOPE = 0.5  # points: how far a line's ends may stand off its axis and still be a rule
MAX_RULES = 1000  # a page drawing more lines than this is a chart or a drawing, not read for tables
_MIN_LENGTH = 4.0  # points: a shorter stroke is a tick or a dash, no border


@dataclass(slots=True)
class RuledTable:
    """A table found on a page: its rows of cell texts, the column edges and the box it fills."""

    page: int
    rows: list[tuple[str, ...]]
    bands: list[tuple[float, float]]  # each row's top and bottom
    xs: list[float]  # the column edges, left to right
    top: float
    bottom: float
    left: float
    right: float
    glyphs: list[Glyph]  # the page's glyphs it took from the flow


def rule_of(x0: float, y0: float, x1: float, y1: float) -> Rule | None:
    """A straight segment on the page (y down) as a rule, if it runs along one of the page's axes."""
    if abs(y1 - y0) <= _SLOPE and abs(x1 - x0) > _SLOPE:
        return Rule(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1))
    if abs(x1 - x0) <= _SLOPE and abs(y1 - y0) > _SLOPE:
        return Rule(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1))
    return None


def _merged(rules: list[Rule]) -> list[Rule]:
    """Rules of one direction with the collinear ones joined where they touch or overlap (a border
    drawn cell by cell is one line), sorted by where they stand."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(r.at / TOLERANCE), r.lo)):
        last = out[-1] if out else None
        if last is not None and abs(last.at - r.at) <= TOLERANCE and r.lo <= last.hi + TOLERANCE:
            out[-1] = Rule(last.across, last.at, last.lo, max(last.hi, r.hi))
        else:
            out.append(r)
    return out


def _meet(h: Rule, v: Rule) -> bool:
    return v.lo - TOLERANCE <= h.at <= v.hi + TOLERANCE and h.lo - TOLERANCE <= v.at <= h.hi + TOLERANCE


def _clusters(values: list[float]) -> list[float]:
    """Positions within `TOLERANCE` of each other as one (their first), sorted."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOLERANCE:
            out.append(v)
    return out


def _by_edge(rules: list[Rule], edges: list[float]) -> list[list[Rule]]:
    """The rules standing at each of the grid's edges (`edges` as `_clusters` gives them), so that
    whether a rule parts two cells is asked of the few rules at that edge, not of all of them."""
    at: list[list[Rule]] = [[] for _ in edges]
    for r in rules:
        k = bisect.bisect(edges, r.at + TOLERANCE) - 1
        if k >= 0 and abs(edges[k] - r.at) <= TOLERANCE:
            at[k].append(r)
    return at


def _covers(rules: list[Rule], point: float) -> bool:
    """Whether one of the rules (all at one edge) reaches over `point`."""
    return any(r.lo - TOLERANCE <= point <= r.hi + TOLERANCE for r in rules)


def _grids(rules: list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """The page's rules in groups that meet one another (each a table's borders, or a lone rule)."""
    across = _merged([r for r in rules if r.across and r.hi - r.lo >= _MIN_LENGTH])
    down = _merged([r for r in rules if not r.across and r.hi - r.lo >= _MIN_LENGTH])
    parent = list(range(len(across) + len(down)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, h in enumerate(across):
        for j, v in enumerate(down):
            if _meet(h, v):
                parent[root(i)] = root(len(across) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for k, r in enumerate([*across, *down]):
        hs, vs = groups.setdefault(root(k), ([], []))
        (hs if r.across else vs).append(r)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 1]


def find_tables(page: Page) -> list[RuledTable]:
    """The ruled tables on the page, top to bottom; their glyphs are taken out of `page.glyphs`."""
    if not page.rules or len(page.rules) > MAX_RULES:
        return []
    tables: list[RuledTable] = []
    for across, down in _grids(page.rules):
        table = _table(page, across, down)
        if table is not None:
            tables.append(table)
    if tables:
        taken = {id(g) for t in tables for g in t.glyphs}
        page.glyphs = [g for g in page.glyphs if id(g) not in taken]
        tables.sort(key=lambda t: t.top)
    return tables


def _table(page: Page, across: list[Rule], down: list[Rule]) -> RuledTable | None:
    """The table the rules of one grid draw, or None where they draw no table of text."""
    ys = _clusters([r.at for r in across])
    # the sides may be left open (no outer verticals): the horizontal rules' ends are the edges then
    xs = _clusters([r.at for r in down] + [min(r.lo for r in across), max(r.hi for r in across)])
    if len(xs) < 3 or len(ys) < 3:
        return None
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    rows, cols = len(ys) - 1, len(xs) - 1
    # cells joined where no rule parts them: a merged cell is one region of the grid
    region = list(range(rows * cols))

    def root(k: int) -> int:
        while region[k] != k:
            region[k] = region[region[k]]
            k = region[k]
        return k

    down_at, across_at = _by_edge(down, xs), _by_edge(across, ys)
    for i in range(rows):
        middle = (ys[i] + ys[i + 1]) / 2
        for j in range(cols):
            if j + 1 < cols and not _covers(down_at[j + 1], middle):
                region[root(i * cols + j + 1)] = root(i * cols + j)
            if i + 1 < rows and not _covers(across_at[i + 1], (xs[j] + xs[j + 1]) / 2):
                region[root((i + 1) * cols + j)] = root(i * cols + j)
    cells: dict[int, list[Glyph]] = {}
    taken: list[Glyph] = []
    for g in page.glyphs:
        middle_y = g.y - 0.35 * (g.size or 10.0)
        if not (top < middle_y < bottom and left < (g.x0 + g.x1) / 2 < right):
            continue
        taken.append(g)
        crosses = g.edges is not None and bisect.bisect(xs, g.x0) != bisect.bisect(xs, g.x1)
        for c in chars_of(g) if crosses else (g,):
            i = min(max(bisect.bisect(ys, middle_y) - 1, 0), rows - 1)
            j = min(max(bisect.bisect(xs, (c.x0 + c.x1) / 2) - 1, 0), cols - 1)
            cells.setdefault(root(i * cols + j), []).append(c)
    edges: dict[int, float] = {}  # each region's right edge
    for k in range(rows * cols):
        r = root(k)
        edges[r] = max(edges.get(r, 0.0), xs[k % cols + 1])
    texts = {k: _cell_text(page, glyphs, edges[k]) for k, glyphs in cells.items()}
    out: list[tuple[str, ...]] = []
    bands: list[tuple[float, float]] = []
    for i in range(rows):
        row: list[str] = []
        for j in range(cols):
            k = root(i * cols + j)
            if j > 0 and root(i * cols + j - 1) == k:
                continue  # the cell spans this column too: one cell, as drawn
            first_row = i == 0 or root((i - 1) * cols + j) != k
            row.append(texts.get(k, "") if first_row else "")
        if any(row):
            out.append(tuple(row))
            bands.append((ys[i], ys[i + 1]))
    if sum(1 for r in out if sum(1 for c in r if c) >= 2) < 2:
        return None  # a frame or a box, not a table of text: its glyphs stay in the flow
    return RuledTable(page.number, out, bands, xs, top, bottom, left, right, taken)


def _cell_text(page: Page, glyphs: list[Glyph], edge: float) -> str:
    """A cell's lines, each kept apart by `\\n` unless it runs on to the cell's right edge and the
    next line goes on with it (a sentence wrapped in a narrow cell)."""
    lines = page_lines(Page(page.number, page.width, page.height, page.rotation, glyphs))
    if not lines:
        return ""
    parts = [lines[0].text.strip()]
    for prev, ln in itertools.pairwise(lines):
        parts.append(("" if _runs_on(prev, edge) else "\n") + ln.text.strip())
    return "".join(parts)


def _runs_on(line: Line, edge: float) -> bool:
    """The line reaches the cell's right edge: no room was left for another character."""
    return edge - line.x1 < 1.5 * (line.size or 10.0)
