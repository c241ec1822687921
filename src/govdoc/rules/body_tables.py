"""Tables a text copy wrote as `|` rows without a Markdown delimiter row, read once the body is known.

The text reader reads a `|` table only over a GFM delimiter row (`| --- | --- |`): a web copy also
flattens its header's information table into `|` lines (`|索引号|000014349/2024-00123|`), and those
are the header rules' to read as labels and values, which a table row would hide from them. Which of
the two a `|` line is, the reader cannot tell: it runs before the zones are found. The body's lines
are no header's, so here, after zoning, two or more `|` lines in a row in the body with the same
number of cells (two or more) are one table's rows, as the reader's rows are. A lone `|` line, or
lines whose cell counts differ, stay text: a sentence may hold a `|` (a path, a formula).
"""

from __future__ import annotations

from govdoc.rules import lines as L
from govdoc.state import Block, State, Zone

_BODY = Zone.BODY  # a module name: a `Zone.X` look-up is dear once per block (rules/head/zones.py)
_MIN_ROWS = 2


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
    """The block's cells where it is a `|` row of two cells or more, else None."""
    if b.zone is not _BODY or b.table or b.cells is not None or not L.is_pipe_table(b):
        return None
    cells = pipe_cells(b.text)
    return cells if len(cells) >= 2 and any(cells) else None


def pipe_rows(state: State) -> None:
    """The rule: runs of `|` rows in the body, with no blank line inside and one count of cells,
    become table rows, numbered after the reader's tables. One walk: it gathers the runs and the
    highest table number, then numbers the runs."""
    runs: list[list[tuple[Block, tuple[str, ...]]]] = []
    run: list[tuple[Block, tuple[str, ...]]] = []
    number = 0
    for b in state.blocks:
        if b.table > number:
            number = b.table
        cells = _row_cells(b) if "|" in b.text else None
        if cells is None:
            if len(run) >= _MIN_ROWS:
                runs.append(run)
            run = []
            continue
        if run and (len(cells) != len(run[0][1]) or b.blank_before or b.rule_before):
            if len(run) >= _MIN_ROWS:
                runs.append(run)
            run = []
        run.append((b, cells))
    if len(run) >= _MIN_ROWS:
        runs.append(run)
    for rows in runs:
        number += 1
        for b, cells in rows:
            b.set_text("\t".join(cells))
            b.cells, b.table = cells, number
