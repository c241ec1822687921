"""A document pasted into a spreadsheet and copied back out as text (Excel, WPS 表格, LibreOffice Calc).

Two shapes no document writes itself:
- a column copied out (a paragraph a cell): the sheet ends each row with CRLF and quotes a cell only
  where it holds a line break (Alt+Enter, written LF alone), so the 落款's cell comes out
  `"某市…局⏎2024年7月5日"`. The text shows the tool where a quoted run opens right after a CRLF (or the
  file's start), holds a bare LF inside and no CR, and closes right before a CRLF: the quotes at both
  edges and the two kinds of line end are two independent marks (a sentence a writer put in ASCII quotes
  over two lines holds the file's one kind of line end). The reader then takes a line-opening quote
  that a later line closes as the cell's quote, as it takes a labelled row's (`label<TAB>"…`).
- a row copied out (the paragraphs pasted across one row's cells): one line, the paragraphs parted by
  TABs. A table's row holds no sentence in a cell (rules.body_tables); a line whose TAB-parted cells
  are paragraphs (several end on a sentence's stop or a label's colon) is the paragraphs, each TAB a
  paragraph's end.
"""

from __future__ import annotations

import re

# A quoted cell of a column copy: opened right after a CRLF (or at the file's start), a bare LF inside
# and no CR, closed right before a CRLF; a quote inside is doubled (`""`), as the sheet writes it.
_COLUMN_CELL = re.compile(r'(?:\A|\r\n)"(?:[^"\r\n]|"")*\n(?:[^"\r]|"")*"\r\n')
# A row copy's line: four TABs at least (five cells), most of a line's length in long cells.
_MIN_ROW_TABS = 4
_MIN_ENDED_CELLS = 3
_MIN_TABLE_TABS = 2  # a line of three cells or more beside the row: the table's head or another row
_TABLE_CELL = 24  # the longest cell a table's row holds (rules.body_tables._MAX_SPACED_CELL)
_MIN_SENTENCE_CELLS = 2
# What ends a paragraph's cell (a sentence's stop, a 主送's or lead-in's colon), either width; and what
# ends a sentence (a form's row `姓名：<TAB>张三<TAB>性别：<TAB>男…` ends its label cells on colons only).
_CELL_END_STOPS = frozenset("。！？：:!?")
_SENTENCE_STOPS = frozenset("。！？!?")
_TAB_RUN = re.compile(r"\t+")


def shows_column_cells(text: str) -> bool:
    """Whether `text` is a spreadsheet column's copy holding a quoted cell with a line break in it."""
    return '"' in text and "\r\n" in text and _COLUMN_CELL.search(text) is not None


def shows_row_paragraphs(text: str) -> bool:
    """Whether a line of `text` is a row's copy of paragraphs (`row_paragraphs` would part it); asked
    once of a text holding TABs, before its lines are read. Two marks: the line parts as paragraphs do,
    and it is the text's one line of four TABs or more, a cell of it longer than a table's cell, with no
    line of two TABs or more right above or below it: a table (a 整改台账's rows, whose 整改措施 cells end
    on 。) has rows of its width above and below (review22), a table of one row a head row beside it,
    which may hold a TAB fewer (a merged or missing head cell, diffread-B B5)."""
    if text.count("\t") < _MIN_ROW_TABS:
        return False
    lines = [line for line in text.splitlines() if line.strip(" \u3000")]
    rows = [at for at, line in enumerate(lines) if line.count("\t") >= _MIN_ROW_TABS]
    if len(rows) != 1 or (cells := row_paragraphs(lines[rows[0]])) is None:
        return False
    # a TAB line beside it (a head row missing a merged cell, a 合计 row) makes it a table's one row (diffread-B B5)
    beside = lines[max(rows[0] - 1, 0) : rows[0]] + lines[rows[0] + 1 : rows[0] + 2]
    if any(line.count("\t") >= _MIN_TABLE_TABS for line in beside):
        return False
    return any(len(cell.strip(" \u3000")) > _TABLE_CELL for _, cell in cells)


def row_paragraphs(line: str) -> list[tuple[int, str]] | None:
    """The paragraphs a row copy's `line` holds, each with its offset in the line (None: the line is no
    such row): four TABs or more, three of its cells or more ending on a sentence's stop or a colon, two
    of them on a sentence's stop. A register's row (its number, title, proposer, organ, result, date, at
    most its answer's one cell) ends fewer so, a table's row none (its cells hold no stop:
    rules.body_tables), a form's row its labels on colons only."""
    if line.count("\t") < _MIN_ROW_TABS:
        return None
    cells: list[tuple[int, str]] = []
    pos = 0
    for m in _TAB_RUN.finditer(line):
        cells.append((pos, line[pos : m.start()]))
        pos = m.end()
    cells.append((pos, line[pos:]))
    kept = [(at, cell) for at, cell in cells if cell.strip(" \u3000")]
    last = [cell.rstrip(" \u3000")[-1:] for _, cell in kept]
    ended = sum(1 for c in last if c in _CELL_END_STOPS)
    stopped = sum(1 for c in last if c in _SENTENCE_STOPS)
    return kept if ended >= _MIN_ENDED_CELLS and stopped >= _MIN_SENTENCE_CELLS else None


# One cell copied alone (Ctrl+C on a cell of several lines, pasted as text): the whole text between a pair of quotes,
# each quote inside doubled, a line break inside. A third shape no document writes itself: a writer's quotation over
# two lines never doubles its inner quotes, and a text never opens and closes on one pair of ASCII quotes round all
# of its lines (conv32: `"关于…⏎您提出的""关于…的建议""收悉…⏎…"`).
def whole_cell(text: str) -> tuple[int, int] | None:
    """Where the text inside the quotes of a text that is one copied cell stands (its doubled quotes still doubled:
    the caller reads each as one); None where the text is no such cell. Asked with scans, not a pattern: a pattern
    failing at the last quote would try each line end again."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if end - start < 3 or text[start] != '"' or text[end - 1] != '"':
        return None
    inner = text[start + 1 : end - 1]
    if "\n" not in inner or '"' in inner.replace('""', ""):
        return None
    return start + 1, end - 1
