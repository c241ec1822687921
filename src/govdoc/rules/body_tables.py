"""Tables a text copy wrote as `|` rows without a Markdown delimiter row, read once the body is known.

The text reader reads a `|` table only over a GFM delimiter row (`| --- | --- |`): a web copy also
flattens its header's information table into `|` lines (`|索引号|000014349/2024-00123|`), and those
are the header rules' to read as labels and values, which a table row would hide from them. Which of
the two a `|` line is, the reader cannot tell: it runs before the zones are found. The body's lines
are no header's, so here, after zoning, two or more `|` lines in a row in the body with the same
number of cells (two or more) are one table's rows, as the reader's rows are. A row opens or closes
with a `|`, or none of its cells holds a sentence's mark: a sentence may hold a `|` or two (a menu
path 首页|政务公开|建议提案办理，…) and stays text, as do a lone `|` line and lines whose cell counts
differ. A delimiter row the reader did not pair with the row above (a page break between them, a
copy cut short) is Markdown's syntax, as the reader takes it: no row of the table, out of the text,
and the rows on either side of it are one table even with a blank line or page furniture between.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.charclass import GFM_DELIMITER_CELL
from govdoc.needs import Facts, Need
from govdoc.rules import lines as L
from govdoc.rules.cleanup.base import TEXT_FORMATS
from govdoc.rules.contents import is_contents_heading
from govdoc.state import Block, State, Zone

_BODY, _CHROME = Zone.BODY, Zone.CHROME  # module names: a `Zone.X` look-up is dear once per block
_MIN_ROWS = 2
_SENTENCE_MARKS = "，。；！？"


def pipe_cells(text: str) -> tuple[str, ...]:
    """The cells of a `|` row, the pipes at its edges taken off and each cell's spaces trimmed
    (an escaped `\\|` stays inside its cell)."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    cells: list[str] = []
    cell: list[str] = []
    for k, ch in enumerate(inner):
        if ch == "|" and (k == 0 or inner[k - 1] != "\\"):
            cells.append("".join(cell).strip(" \t\u3000"))
            cell = []
        else:
            cell.append(ch)
    cells.append("".join(cell).strip(" \t\u3000"))
    return tuple(cells)


def _row_cells(b: Block) -> tuple[str, ...] | None:
    """The block's cells where it is a `|` row of two cells or more (opening or closing with a `|`, or
    with no sentence's mark in a cell), else None."""
    if b.zone is not _BODY or b.table or b.cells is not None or not L.is_pipe_table(b):
        return None
    cells = pipe_cells(b.text)
    if len(cells) < 2 or not any(cells):
        return None
    edged = b.text.strip().startswith("|") or b.text.strip().endswith("|")
    return cells if edged or not any(m in c for c in cells for m in _SENTENCE_MARKS) else None


def _delimiter(cells: tuple[str, ...]) -> bool:
    """A GFM delimiter row's cells: dashes, three or more, with a colon at either end or none
    (`charclass.GFM_DELIMITER_CELL`, the cell of the reader's delimiter row)."""
    return all(GFM_DELIMITER_CELL.fullmatch(c) for c in cells)


# The rule's own first test (`state.holds`), asked of the lines joined.
PIPE_ROWS_NEED: Need = Need("a line holding `|` (`pipe_rows`' first test)", text=("|",))


def pipe_rows(state: State) -> None:
    """The rule: runs of `|` rows in the body, with no blank line inside and one count of cells,
    become table rows, numbered after the reader's tables; a delimiter row among them lets the run go
    on over a blank line or page furniture and, once the run is a table, leaves the text (a delimiter
    row of no table stays as written). One walk: it gathers the runs and the highest table number,
    then numbers the runs."""
    if not state.holds("|"):
        return  # no line is a `|` row (most documents): the walk would change nothing
    runs: list[tuple[list[tuple[Block, tuple[str, ...]]], list[Block]]] = []
    run: list[tuple[Block, tuple[str, ...]]] = []
    syntax: list[Block] = []  # the run's delimiter rows
    width = 0  # the run's count of cells, kept over a delimiter row that stands first
    vouched = False  # a delimiter row stood since the run's last row: a blank line does not end it
    number = 0
    heads: list[tuple[list[tuple[Block, tuple[str, ...]]], int]] = []  # rows heading a reader's table
    for b in state.blocks:
        if b.table > number:
            number = b.table
        if b.table and run and b.cells is not None and len(b.cells) == width and b.zone is _BODY:
            heads.append((run, b.table))  # the reader's table under a delimiter row the page break parted
            run, syntax, width, vouched = [], [], 0, False
            continue
        if b.zone is _CHROME:
            continue  # page furniture between two rows (a folio over a page break) is out of the text
        cells = _row_cells(b) if "|" in b.text else None
        if cells is not None and _delimiter(cells):
            if width and len(cells) != width:
                cells = None  # a delimiter row of other columns: no row of this run, and it stays text
            else:
                syntax.append(b)
                width, vouched = len(cells), True
                continue
        if cells is None or (run and len(cells) != width) or ((b.blank_before or b.rule_before) and not vouched):
            if len(run) >= _MIN_ROWS:
                runs.append((run, syntax))
            run, syntax, width, vouched = [], [], 0, False
            if cells is None:
                continue
        run.append((b, cells))
        width, vouched = len(cells), False
    if len(run) >= _MIN_ROWS:
        runs.append((run, syntax))
    for rows, table in heads:
        for b, cells in rows:
            b.set_text("\t".join(cells))
            b.cells, b.table = cells, table
    for rows, delimiters in runs:
        number += 1
        for b, cells in rows:
            b.set_text("\t".join(cells))
            b.cells, b.table = cells, number
        for b in delimiters:
            b.zone = _CHROME  # Markdown's syntax, as the reader takes it


_MIN_SPACED_ROWS = 3
_SPACED_FORMATS = TEXT_FORMATS | {"html"}  # where a table's columns may be aligned by spaces (`spaced_rows`)
_MAX_SPACED_CELL = 24
_CELL_STOPS = frozenset("，。；：！？,;:!?")


def _spaced_cells(b: Block) -> tuple[str, ...] | None:
    """The block's cells where it is a row of columns aligned by spaces (`县职业中专    3200    12`): two
    or more short cells parted by runs of two spaces or more (no tab: a tab-parted row is `_tab_cells`'s),
    or a wide gap the layout's spaces
    left (`Block.gaps`, where the cleanup took the spaces between two CJK cells), none holding a
    sentence's mark or a colon (a contact line's pairs, a sentence with a wide space stay text)."""
    if b.zone is not _BODY or b.table or b.cells is not None:
        return None
    text = b.text
    if "\t" in text or not (
        b.gaps or (" " in text and "  " in text) or ("\u3000" in text and "\u3000\u3000" in text) or "\xa0\xa0" in text
    ):
        return None  # (one character looked for first: a two-character search in CJK text is dear)
    if L.section_marker(b) is not None:
        return None  # (a contents line, `一、总体要求    1`, is a heading's entry, no row)
    cuts = sorted({*(m.span() for m in P.SPACED_CELL_GAP.finditer(text)), *((g, g) for g in b.gaps)})
    cells: list[str] = []
    at = 0
    for start, end in cuts:
        cells.append(text[at:start].strip(" \t\u3000\xa0"))
        at = end
    cells.append(text[at:].strip(" \t\u3000\xa0"))
    if len(cells) < 2 or not all(cells) or any(len(c) > _MAX_SPACED_CELL or _CELL_STOPS & set(c) for c in cells):
        return None
    if all(len(c) == 1 for c in cells):
        return None  # a heading's letter-spacing (目  录, 附  件): one word, no row of cells (diffread-A 6)
    return tuple(cells)


_MIN_TAB_CELLS = 3
_MIN_TAB_ROWS = 2
_TAB_EDGE = " \t\u3000"


def _tab_cells(b: Block, least: int = _MIN_TAB_CELLS) -> tuple[str, ...] | None:
    """The block's cells where it is a row an Excel, Word or ABBYY copy parted by TABs (`道路改造\t1200\t85%`,
    schema 1.11): three cells or more, each TAB one border (an empty cell between two is a cell), the
    TABs and spaces at the line's edges indentation and no cell, no cell holding a sentence's mark or a
    colon (a contact line's pairs, a sentence with a TAB inside stay text) nor over `_MAX_SPACED_CELL`.
    Two cells are no such row: a form's label and value (`联系电话\t…`, `信件标题\t…`) are the header's and
    trailer's rules to read. `least`: the cells a row holds at least (two for a row whose merged first
    cell `_merged_first` found, diffread-C C2). The TABs after a row's last word (`Hints.tabs_after`) are
    no cells here: `spaced_rows` counts them as blank last cells only as far as the rows around need
    (a form's `联系电话\t…\t` stays a label and its value)."""
    if b.zone is not _BODY or b.table or b.cells is not None:
        return None
    inner = b.text.strip(_TAB_EDGE)
    if inner.count("\t") < least - 1:
        return None
    if L.section_marker(b) is not None:
        return None  # (a contents line with TAB leaders, `一、总体要求\t\t1`, is a heading's entry, no row)
    cells = tuple(c.strip(_TAB_EDGE) for c in inner.split("\t"))
    if any(len(c) > _MAX_SPACED_CELL or _CELL_STOPS & set(c) for c in cells):
        return None
    return cells if sum(1 for c in cells if c) >= 2 else None


def _fits(cells: int, blank_after: int, lo: int, hi: int) -> bool:
    """Whether a row of `cells` cells, `blank_after` more of them blank at its end (`Hints.tabs_after`: the
    TABs a copy ends a row on), can be as wide as a run whose rows all can be `lo`…`hi` cells wide."""
    return max(lo, cells) <= min(hi, cells + blank_after)


def _merged_first(b: Block, run: list[tuple[Block, tuple[str, ...]]]) -> bool:
    """Whether TAB row `b`, one cell short of the rows above it, opens with an empty cell: an Excel copy of a
    table whose first column is merged down (`基本支出\t人员经费\t120` ⏎ `\t公用经费\t30`) writes the empty
    cell as a TAB opening the line, which the reader reads as an indent; the rows above open with none (in a
    text whose every paragraph is indented the indent says nothing). diffread-C C2."""
    return b.hints.indent and not b.blank_before and not any(r.hints.indent for r, cells in run if cells[0])


def _spaced_or_tabbed(facts: Facts) -> bool:
    """Some line holds two spaces folded or a TAB (`spaced_rows`' first test)."""
    return "  " in facts.folded or "\t" in facts.text


SPACED_ROWS_NEED: Need = Need(
    "a text copy's or web page's line holding two spaces folded or a TAB (`spaced_rows`' first test)",
    _SPACED_FORMATS,
    test=_spaced_or_tabbed,
)


def spaced_rows(state: State) -> None:
    """The rule: a table whose columns a copy aligned by spaces (超星's or a PDF viewer's copy of a
    printed table, no `|` and no rule of dashes): three or more body lines in a row, no blank line
    inside, each parted into the same number of short cells (`_spaced_cells`), every line under the
    first holding a figure alone in a cell (`3200`, `95%`), become one table's rows, the first its
    head. Lines of words alone parted by wide spaces (a joint 落款, a list of names) are no table.
    Text copies only, and a web page's text (its preformatted lines, `<pre>`, keep their spaces, and `&nbsp;` runs
    are the author's): a paged or Word format draws its tables, which its reader reads.

    A row parted by TABs (`_tab_cells`, schema 1.11) is read alike, from two lines on (a head and one
    row of figures): a TAB is a cell's border an Excel, Word or ABBYY copy writes, stronger evidence than
    a run of spaces; the text keeps the row as written (its TABs part the cells already)."""
    if state.format not in _SPACED_FORMATS or not (state.holds("  ", folded=True) or state.holds("\t")):
        return  # (a table's figure rows keep a run of spaces or a TAB beside their figures: most texts hold none)
    number = 0  # the highest table number so far: the runs are numbered after it
    run: list[tuple[Block, tuple[str, ...]]] = []
    runs: list[tuple[list[tuple[Block, tuple[str, ...]]], int]] = []
    tab_run = False  # the run's rows are parted by TABs
    # The widths every row of the run can have: a TAB row's blank last cells (the TABs a spreadsheet's copy
    # ends it on) count as far as the rows around need, so an Excel row's blank 备注 cell is a cell where the
    # head has that column, and a typist's stray TAB after a figure is none (review21 R1, diffread-C C5, C9).
    lo = hi = 0
    # the line above is a 目录 heading or an entry under it: a contents list (前言    1) is no table (diffread-A 6)
    contents = False
    for b in state.blocks:
        number = max(number, b.table)
        if b.zone is _CHROME:
            continue
        tab = "\t" in b.text
        cells = None if contents else (_tab_cells(b) if tab else _spaced_cells(b))
        blank_after = b.hints.tabs_after if tab else 0
        if tab and tab_run and run and _merged_first(b, run):
            # a TAB opening the row under unindented rows: its empty first cell (C2), read first, as the surer
            # evidence than a TAB after its last figure, which may be a typist's (diffread-C C10)
            short = _tab_cells(b, 2)
            cells = ("", *short) if short is not None and _fits(len(short) + 1, blank_after, lo, hi) else cells
        contents = is_contents_heading(b) or (contents and P.CONTENTS_PAGE.search(b.folded) is not None)
        if (
            cells is not None
            and run
            and tab == tab_run
            and not b.blank_before
            and _fits(len(cells), blank_after, lo, hi)
            and any(P.FIGURE_CELL.match(c) for c in cells)
        ):
            run.append((b, cells))
            lo, hi = max(lo, len(cells)), min(hi, len(cells) + blank_after)
            continue
        if len(run) >= (_MIN_TAB_ROWS if tab_run else _MIN_SPACED_ROWS):
            runs.append((run, lo))
        run = [(b, cells)] if cells is not None else []
        lo, hi = (len(cells), len(cells) + blank_after) if cells is not None else (0, 0)
        tab_run = tab
    if len(run) >= (_MIN_TAB_ROWS if tab_run else _MIN_SPACED_ROWS):
        runs.append((run, lo))
    for rows, width in runs:
        number += 1
        for b, cells in rows:
            cells += ("",) * (width - len(cells))  # (its blank last cells, as wide as the run's other rows)
            b.set_text("\t".join(cells))
            b.cells, b.table = cells, number
