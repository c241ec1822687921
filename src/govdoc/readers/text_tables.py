"""Tables written in a text: Markdown's pipe tables, a text browser's drawn tables, org's framed rows,
an HTML table's rows written raw, and the cells of pandoc's simple and AsciiDoc's tables.

Split out of readers.text (session 22).
"""

from __future__ import annotations

import regex

from govdoc import lazyregex
from govdoc.blocks import Block, Origin
from govdoc.charclass import EDGE_SPACE, GFM_DELIMITER_ROW

# A Markdown (GFM) table: a row of `|` cells, then a delimiter row (`|---|:---:|`, charclass.GFM_DELIMITER_ROW),
# then more rows.
_PIPE_CELL = lazyregex.compile(r"(?<!\\)\|")
# A text browser's table (w3m, links, html2text's ASCII mode, pandoc's grid table): rows framed by bars,
# and border lines drawn of box characters or of `+`, `-`, `=` and bars only, with a run of three strokes
_DRAWN_BORDER = lazyregex.compile(r"^(?=[^\n]{0,2000}?[─━═\-=]{3})[\u2500-\u257f+\-=|: ]+$")
_DRAWN_ROW = lazyregex.compile(r"^[│┃║|][^\n]*[│┃║|]$")
_DRAWN_BAR = lazyregex.compile(r"[│┃║]|(?<!\\)\|")
_DRAWN_CHARS = frozenset("│┃║|")
BOX = lazyregex.compile(r"[\u2500-\u257f]")  # the box-drawing block
# An HTML table a Markdown converter writes raw (docling, MinerU: `<table><tr><td>类别</td>…</tr></table>`):
# each `<tr>…</tr>` on a line is a row of the body's table, each `<td>`/`<th>` a cell; tags left in a
# cell (`<b>`, `<br>`) are markup.
HTML_ROW = lazyregex.compile(r"<tr(?:[ \t][^<>\n]{0,300})?>(?P<row>.*?)</tr[ ]{0,2}>", regex.I)
_HTML_CELL = lazyregex.compile(
    r"<t[dh](?:[ \t][^<>\n]{0,300})?>(?P<cell>.*?)(?:</t[dh][ ]{0,2}>|(?=<t[dh][ \t>])|$)", regex.I
)
HTML_TABLE_END = lazyregex.compile(r"</table[ ]{0,2}>", regex.I)
# pandoc's simple table (`-t plain`, `-t markdown`): under its head row a rule of dashes, one run per
# column parted by spaces (`---------- -------- --------`), the rows aligned under it by spaces; the
# cells of a row are parted by two spaces or more (pandoc pads each column to its widest cell).
SIMPLE_TABLE_RULE = lazyregex.compile(r"^-{3,}(?:[ ]{1,8}-{3,})+$|^={3,}(?:[ ]{1,8}={3,})+$")  # (reST's: `=` runs)
# An AsciiDoc table's delimiter (`|===`): the `|` rows between two of them are one table's, the first
# row its head (a blank line may part it from the rest)
ADOC_TABLE = "|==="
SPACED_CELL_GAP = lazyregex.compile(r"[ \t]{2,}")
_ANY_TAG = lazyregex.compile(r"</?[A-Za-z][^<>\n]{0,300}>")


def table_row(b: Block, cells: tuple[str, ...], table: int) -> Block:
    """`b` as a row of table `table` with `cells` (its text the cells parted by tabs)."""
    return new_row(cells, table, blank=b.blank_before, rule=b.rule_before, page=b.page_before, origin=b.origin)


def new_row(cells: tuple[str, ...], table: int, *, blank: bool, rule: bool, page: bool, origin: Origin | None) -> Block:
    """A row of table `table` with `cells` (its text the cells parted by tabs) and the breaks before it, made
    from its cells alone: a line holding a whole table's rows (`<tr>…</tr><tr>…</tr>` on one line, as
    MinerU and docling write them) is never folded once per row, which cost time quadratic in its rows."""
    return Block(
        "\t".join(cells),
        cells=cells,
        table=table,
        blank_before=blank,
        rule_before=rule,
        page_before=page,
        origin=origin,
    )


def html_rows(line: str) -> list[tuple[str, ...]]:
    """The HTML table rows on a line (`<tr><td>类别</td><td>数量</td></tr>…`), each its cells' text
    without tags; a row with no cell text is left out (a spacer row)."""
    rows: list[tuple[str, ...]] = []
    for m in HTML_ROW.finditer(line):
        cells = tuple(_ANY_TAG.sub("", c.group("cell")).strip(EDGE_SPACE) for c in _HTML_CELL.finditer(m.group("row")))
        if any(cells):
            rows.append(cells)
    return rows


def _cells(line: str, bars: regex.Pattern[str] = _PIPE_CELL) -> list[str]:
    """The cells of a `|` row (or one framed by `bars`), its edge bars taken off."""
    inner = line.strip()
    inner = inner[1:] if inner[:1] in _DRAWN_CHARS else inner
    inner = inner[:-1] if inner[-1:] in _DRAWN_CHARS and not inner.endswith("\\|") else inner
    return [c.strip(EDGE_SPACE) for c in bars.split(inner)]


def drawn_tables(blocks: list[Block]) -> list[Block]:
    """A table a text browser drew: a run of lines framed by bars (`│a│b│`, `| a | b |`) and border
    lines (`├──┼──┤`, `+----+`, `|----+----|`), with a border among them, is one table; each framed
    line is a row of its cells (as a Markdown table's), the borders go (drawing, not text). A row
    whose cells the browser wrapped onto the next line stays two rows."""
    out: list[Block] = []
    tables = 0
    run: list[tuple[Block, bool]] = []  # the run's lines, each with whether it is a border

    def flush() -> None:
        nonlocal tables
        if any(border for _, border in run) and not all(border for _, border in run):
            tables += 1
            first = True
            for b, border in run:
                if not border:
                    row = _row(b, tables, _DRAWN_BAR)
                    if first:
                        row.blank_before = run[0][0].blank_before or row.blank_before
                    out.append(row)
                    first = False
        else:
            out.extend(b for b, _ in run)
        run.clear()

    for b in blocks:
        t = b.text
        if t[0] in _DRAWN_CHARS or t[0] == "+" or "\u2500" <= t[0] <= "\u257f":
            # each line matched once: a border is a drawn row's line too where it is framed (|----+----|)
            border = _DRAWN_BORDER.match(t) is not None
            if border or _DRAWN_ROW.match(t):
                if run and b.blank_before:
                    flush()  # a blank line ends the run; the line opens the next
                run.append((b, border))
                continue
        if run:
            flush()
        out.append(b)
    if run:
        flush()
    return out


def pipe_tables(blocks: list[Block], *, framed: bool = False) -> list[Block]:
    """Markdown tables as table rows: the row above a delimiter row and the `|` rows under it
    (up to a blank line or a line without a pipe) become rows of one table, the delimiter row
    goes. A `|` line without a delimiter row under its first line stays text (a web copy's
    information table is read by the header's rules). In an org text (`framed`) a table needs no
    delimiter row: a run of lines framed by bars, two cells or more, is one, as org draws it."""
    out: list[Block] = []
    tables = max((b.table for b in blocks if b.table), default=0)  # after any a browser drew
    in_table = 0
    for b in blocks:
        if in_table and "|" in b.text and not b.blank_before and not b.rule_before:
            out.append(_row(b, in_table))
            continue
        in_table = 0
        if framed and b.cells is None and _org_row(b.text):
            tables += 1
            in_table = tables
            out.append(_row(b, in_table))
            continue
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.cells is None
            and "|" in previous.text
            and not b.blank_before
            and GFM_DELIMITER_ROW.match(b.text)
            and len(_cells(b.text)) == len(_cells(previous.text))
        ):
            tables += 1
            in_table = tables
            out[-1] = _row(previous, in_table)
            continue  # the delimiter row is Markdown syntax, not text
        out.append(b)
    return out


def _org_row(line: str) -> bool:
    """Whether `line` is an org table's row: framed by bars, two cells or more."""
    return len(line) > 2 and line[0] == "|" and line[-1] == "|" and len(_cells(line)) >= 2


def _row(b: Block, table: int, bars: regex.Pattern[str] = _PIPE_CELL) -> Block:
    """`b`, a `|` row, as a row of table `table`, its cells parted by `bars`."""
    return table_row(b, tuple(_cells(b.text, bars)), table)
