"""Ruled tables of a fixed-layout page: the grid its ruling lines draw, and the glyphs in each cell.

A PDF (and an OFD, or a scan whose lines were found) gives no table, only characters and lines drawn
around them. Where a page's ruling lines (`Page.rules`) meet in a grid of at least two columns and
two rows, the glyphs inside it are read cell by cell: a cell's own lines joined by `\\n`, as the DOCX
and HTML readers give a cell of several paragraphs (schema 1.6), a line that runs on to the cell's
right edge joined to the next one without a break (a sentence wrapped inside the cell). Merged
cells read as the HTML reader reads `colspan` and `rowspan`: a cell spanning columns is one cell;
a cell spanning rows stands in its first row, an empty cell in its column in the rows below, so
each value stays under its own head.

A three-line table (三线表) draws no grid: a rule over its head, one under it and one under its last
row, all across the same width, and no rule down. Its columns are where its body's text leaves a
gap in every line (`_three_line_tables`); a line that fills only some columns, each of them after a
line that ran on to that column's edge, goes on with the row above (a value wrapped in its column).

What is no table stays text: a grid with fewer than two rows of two filled cells (a frame around a
paragraph, a box for a seal, a single rule under a 红头) is left alone, its glyphs read in the
flow as before. Format-blind, like the rest of the page geometry: a reader only fills `Page.rules`.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from govdoc.readers.glyphs import Glyph, Page, Rule, char_boxes, chars_of
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
    # A three-line table (no rules down): drawn without a bottom rule, reaching the page's foot
    # (`open_foot`: it goes on over the page), or read on from the table of the page before.
    three_line: bool = False
    open_foot: bool = False
    continued: bool = False  # its rows go on with the open table of the page before (`_carried_on`)


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
    return list(groups.values())


def find_tables(page: Page, carried: RuledTable | None = None) -> list[RuledTable]:
    """The ruled tables on the page, top to bottom; their glyphs are taken out of `page.glyphs`.

    `carried`: the three-line table the page before ended with, which this page's first rules may
    go on with (its rows above the page's first rule, or between its first two without a head)."""
    if not page.rules or len(page.rules) > MAX_RULES:
        return []
    tables: list[RuledTable] = []
    open_rules: list[Rule] = []  # rules across that meet no rule down: a three-line table's, if any
    for across, down in _grids(page.rules):
        if not down:
            open_rules.extend(across)
            continue
        if len(across) < 2:
            continue
        table = _table(page, across, down)
        if table is not None:
            tables.append(table)
    # a three-line table's rules run across most of the measure; shorter lone rules (a form's blanks,
    # a signature's line) are left out before the triples are tried
    open_rules = [r for r in open_rules if r.hi - r.lo >= _MIN_OPEN_WIDTH * page.width]
    if open_rules:
        tables.extend(_three_line_tables(page, open_rules, tables, carried))
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


_SAME_WIDTH = 3 * TOLERANCE  # points: rules whose ends stand this close are drawn across one table
_MIN_OPEN_WIDTH = 0.3  # of the page's width: a three-line table's rules are at least this long
_MAX_HEAD_LINES = 3  # a head of more lines is a passage between two rules (a 红头's rule over a body)
_COLUMN_GAP = 1.0  # ems: a gap this wide in every line of a table's body parts two columns
_ROW_PITCH = 3.0  # ems: lines of a table with no rule at one end stand closer than this, baseline to baseline


def _three_line_tables(
    page: Page, rules: list[Rule], found: list[RuledTable], carried: RuledTable | None
) -> list[RuledTable]:
    """The three-line tables the page's lone rules across draw: three rules of one width, one above
    another with a head of one to three lines between the first two, and two lines or more between
    the last two whose text leaves at least two columns. A triple that draws none is left to its
    text (the 版记's rules: its 抄送 line is one cell; a 红头's rule over the body: no head of a
    few lines), and a rule may begin the next triple.

    Over a page a three-line table is drawn open: the last two rules of a page (its top and its
    head's) with rows under them to the page's foot, and, after such a table, the page's first
    rule under rows from the top of the page or its first two rules around rows with no head."""
    rules = sorted(rules, key=lambda r: r.at)
    tables: list[RuledTable] = []
    if carried is not None:
        table = _carried_on(page, rules, carried, found)
        if table is not None:
            tables.append(table)
            rules = [r for r in rules if r.at > table.bottom + TOLERANCE]
    i = 0
    while i < len(rules):
        top = rules[i]
        # the next two rules of its width below it: all a triple needs (a lined page draws hundreds)
        same = list(itertools.islice((r for r in itertools.islice(rules, i + 1, None) if _same_width(top, r)), 2))
        taken = [(t.top, t.bottom) for t in [*found, *tables]]
        lowest = same[1].at if len(same) >= 2 else page.height
        table = None
        if same and not any(a < lowest and top.at < b for a, b in taken):
            bottom = same[1].at if len(same) >= 2 else None
            table = _open_table(page, top.lo, top.hi, top.at, same[0].at, bottom)
        if table is None:
            i += 1
            continue
        tables.append(table)
        i = rules.index(same[1]) + 1 if len(same) >= 2 else len(rules)
    return tables


def _same_width(a: Rule, b: Rule) -> bool:
    return abs(a.lo - b.lo) <= _SAME_WIDTH and abs(a.hi - b.hi) <= _SAME_WIDTH


def _carried_on(page: Page, rules: list[Rule], carried: RuledTable, found: list[RuledTable]) -> RuledTable | None:
    """The rows a three-line table of the page before goes on with at this page's top: above the
    page's first rule of the table's width, or between its first two with no head between."""
    same = [
        r for r in rules if abs(r.lo - carried.left) <= 2 * _SAME_WIDTH and abs(r.hi - carried.right) <= 2 * _SAME_WIDTH
    ]
    if not same or any(t.top < same[0].at for t in found):
        return None
    first = same[0]
    edges = [x + first.lo - carried.left for x in carried.xs]  # where its columns stand on this page
    table = _open_table(page, first.lo, first.hi, None, None, first.at, edges=edges)
    if table is None and len(same) >= 2:
        table = _open_table(page, first.lo, first.hi, first.at, None, same[1].at, edges=edges)
    if table is not None:
        table.continued = True
    return table


def _open_table(
    page: Page,
    left: float,
    right: float,
    top: float | None,
    head_at: float | None,
    bottom: float | None,
    *,
    edges: list[float] | None = None,
) -> RuledTable | None:
    """The table whose rules stand at `top`, under its head at `head_at` and at `bottom`, across
    from `left` to `right`; None where its text makes no table. Without a `head_at` the table goes
    on from the page before, whose column `edges` it keeps where its own gaps give another count
    (a column empty on this page, a value reaching over a gap) and no character stands across one
    of them; without a `top` its rows reach up to
    the page's top, without a `bottom` down to the page's foot: lines standing closer than
    `_ROW_PITCH` ems, the first one further off (a running head, a page number) no row of it."""
    upper = -1.0 if top is None else top
    lower = page.height + 1.0 if bottom is None else bottom
    source: dict[int, Glyph] = {}
    chars: list[Glyph] = []
    for g in page.glyphs:
        middle_y = g.y - 0.35 * (g.size or 10.0)
        if upper < middle_y < lower and left - TOLERANCE < (g.x0 + g.x1) / 2 < right + TOLERANCE:
            for c in chars_of(g):
                source[id(c)] = g
                chars.append(c)
    if not chars:
        return None
    lines = page_lines(Page(page.number, page.width, page.height, page.rotation, chars))
    if top is None:
        lines = _close_run(lines[::-1])[::-1]
    if bottom is None:
        lines = _close_run(lines)
    if head_at is None:
        head, body = [], lines
    else:
        head = [ln for ln in lines if ln.y - 0.35 * (ln.size or 10.0) < head_at]
        body = lines[len(head) :]
        if not 1 <= len(head) <= _MAX_HEAD_LINES:
            return None
    going_on = edges is not None
    if len(body) < (1 if going_on else 2):
        return None
    spans = _column_spans(body)
    # each column reaches from the middle of the gap before it to the middle of the gap after it
    xs = [left, *((a[1] + b[0]) / 2 for a, b in itertools.pairwise(spans)), right]
    if edges is not None and len(spans) != len(edges) - 1:
        xs = [left, *edges[1:-1], right]
        under = _spans_under(body, xs)
        if under is None:
            return None
        spans = under
    if len(spans) < 2:
        return None
    rows: list[tuple[str, ...]] = []
    bands: list[tuple[float, float]] = []
    if head:
        head_rows = _grouped_head(page, head, xs)
        if head_rows is None:
            rows.append(_head_cells(page, head, xs, spans))
            bands.append((upper, head_at if head_at is not None else upper))
        else:
            rows.extend(head_rows)
            bands.extend((ln.y - (ln.size or 10.0), ln.y + 0.3 * (ln.size or 10.0)) for ln in head)
    row_lines: list[list[Line]] = []
    for ln in body:
        cols = _by_column(ln, xs)
        if row_lines and _goes_on(row_lines[-1][-1], cols, xs, spans):
            row_lines[-1].append(ln)
        else:
            row_lines.append([ln])
    for group in row_lines:
        cells = [
            _column_text(page, [c for ln in group for c in _by_column(ln, xs)[j]], spans[j][1])
            for j in range(len(spans))
        ]
        rows.append(tuple(cells))
        size = group[-1].size or 10.0
        bands.append((group[0].y - size, group[-1].y + 0.3 * size))
    filled = sum(1 for r in rows[len(rows) - len(row_lines) :] if sum(1 for c in r if c) >= 2)
    if head and sum(1 for c in rows[0] if c) < 2:
        return None
    if filled < (1 if going_on else 2):
        return None
    kept = {id(c) for ln in lines for c in ln.chars}
    taken = list({id(g): g for c in chars if id(c) in kept for g in (source[id(c)],)}.values())
    table_top = bands[0][0] if top is None else top
    table_bottom = bands[-1][1] if bottom is None else bottom
    return RuledTable(page.number, rows, bands, xs, table_top, table_bottom, left, right, taken, True, bottom is None)


def _spans_under(lines: list[Line], xs: list[float]) -> list[tuple[float, float]] | None:
    """Where the lines' text stands in each column the edges `xs` part, or None where a word (characters
    standing closer than `_COLUMN_GAP` ems) reaches across an inner edge: the columns are not these."""
    inner = xs[1:-1]
    spans: list[tuple[float, float] | None] = [None] * (len(xs) - 1)
    for ln in lines:
        for x0, x1 in _words(ln):
            k = bisect.bisect(inner, (x0 + x1) / 2)
            if (k > 0 and x0 < inner[k - 1]) or (k < len(inner) and x1 > inner[k]):
                return None
            span = spans[k]
            spans[k] = (x0, x1) if span is None else (min(span[0], x0), max(span[1], x1))
    return [span or (xs[j], xs[j]) for j, span in enumerate(spans)]


def _words(line: Line) -> list[tuple[float, float]]:
    """Where the line's words stand across: its characters parted where a gap of `_COLUMN_GAP` ems opens."""
    return _spans(((x0, x1) for _, x0, x1 in char_boxes(line.chars)), _COLUMN_GAP * (line.size or 10.0))


def _spans(boxes: Iterable[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    """The boxes (left to right) merged into spans, a new one wherever a gap of `gap` or more opens."""
    spans: list[tuple[float, float]] = []
    for x0, x1 in boxes:
        if spans and x0 - spans[-1][1] < gap:
            spans[-1] = (spans[-1][0], max(spans[-1][1], x1))
        else:
            spans.append((x0, x1))
    return spans


def _close_run(lines: list[Line]) -> list[Line]:
    """The lines from the first on while each stands within `_ROW_PITCH` ems of the one before."""
    for k in range(1, len(lines)):
        if abs(lines[k].y - lines[k - 1].y) > _ROW_PITCH * (lines[k - 1].size or 10.0):
            return lines[:k]
    return lines


def _column_spans(lines: list[Line]) -> list[tuple[float, float]]:
    """Where the lines' text stands across, as spans parted by gaps of at least `_COLUMN_GAP` ems
    that no line's text crosses: a table body's columns."""
    boxes = sorted((x0, x1) for ln in lines for _, x0, x1 in char_boxes(ln.chars))
    return _spans(boxes, _COLUMN_GAP * statistics.median(ln.size or 10.0 for ln in lines))


def _by_column(line: Line, xs: list[float]) -> list[list[Glyph]]:
    """The line's characters under each column, by where each one's middle stands."""
    cols: list[list[Glyph]] = [[] for _ in range(len(xs) - 1)]
    for c in line.chars:
        j = min(max(bisect.bisect(xs, (c.x0 + c.x1) / 2) - 1, 0), len(cols) - 1)
        cols[j].append(c)
    return cols


def _goes_on(previous: Line, cols: list[list[Glyph]], xs: list[float], spans: list[tuple[float, float]]) -> bool:
    """Whether a body line carries on the row of the line above: it leaves the first column empty (a
    row's key, 序号 or name, opens every row), and each column it fills is one where the line above ran
    on to the column's edge (a value wrapped). Values of one width all reach their column's edge, so
    the first column is what tells a new row from a wrapped value."""
    if cols[0]:
        return False
    above = _by_column(previous, xs)
    return all(
        above[j] and spans[j][1] - max(c.x1 for c in above[j]) < 1.5 * (previous.size or 10.0)
        for j, col in enumerate(cols)
        if col
    )


def _head_cells(page: Page, head: list[Line], xs: list[float], spans: list[tuple[float, float]]) -> tuple[str, ...]:
    """The head row: each word of the head's lines (characters standing close) under the column its
    middle stands in, since a head may be wider than its column's values and reach over a gap."""
    cols: list[list[Glyph]] = [[] for _ in spans]
    for ln in head:
        words: list[list[Glyph]] = []
        for c in ln.chars:
            if words and c.x0 - words[-1][-1].x1 < _COLUMN_GAP * (ln.size or 10.0):
                words[-1].append(c)
            else:
                words.append([c])
        for word in words:
            middle = (word[0].x0 + word[-1].x1) / 2
            cols[min(max(bisect.bisect(xs, middle) - 1, 0), len(cols) - 1)].extend(word)
    edges = [max([spans[j][1], *(c.x1 for c in col)]) for j, col in enumerate(cols)]
    return tuple(_column_text(page, col, edge) for col, edge in zip(cols, edges, strict=True))


def _line_words(line: Line) -> list[list[Glyph]]:
    """The line's characters in words: parted where a gap of `_COLUMN_GAP` ems opens."""
    words: list[list[Glyph]] = []
    for c in line.chars:
        if words and c.x0 - words[-1][-1].x1 < _COLUMN_GAP * (line.size or 10.0):
            words[-1].append(c)
        else:
            words.append([c])
    return words


def _grouped_head(page: Page, head: list[Line], xs: list[float]) -> list[tuple[str, ...]] | None:
    """A head of two rows or more where a head word spans columns over the words of the line under
    it (资金（万元） over 市级 and 区级): each line a head row of its own, a spanning word one cell across
    its columns and a column no word stands in an empty cell, as the HTML reader reads `colspan` and
    `rowspan`. None for any other head, whose lines are one row (a head cell wrapped in its column)."""
    inner = xs[1:-1]

    def reach(word: list[Glyph]) -> tuple[int, int]:
        return bisect.bisect(inner, word[0].x0 + TOLERANCE), bisect.bisect(inner, word[-1].x1 - TOLERANCE)

    lines = [[(reach(w), w) for w in _line_words(ln)] for ln in head]
    grouped = any(
        a < b and len({c for (c, d), _ in below if a <= c and d <= b}) >= 2
        for above, below in itertools.pairwise(lines)
        for (a, b), _ in above
    )
    if not grouped:
        return None
    rows: list[tuple[str, ...]] = []
    for words in lines:
        cells: list[str] = []
        j = 0
        for (a, b), word in sorted(words, key=lambda item: item[0]):
            if a < j:
                return None  # two words in one column of a grouped head: not read as cells
            cells.extend([""] * (a - j))
            cells.append(_column_text(page, word, word[-1].x1))
            j = b + 1
        cells.extend([""] * (len(xs) - 1 - j))
        rows.append(tuple(cells))
    return rows


def _column_text(page: Page, chars: list[Glyph], edge: float) -> str:
    """A column's characters of one row as its cell's text, lines kept apart as `_cell_text` does."""
    return _cell_text(page, chars, edge + 0.5) if chars else ""
