"""The 键：值 label grammar: a portal's information table and the 版头's labelled lines.

One line may hold one pair (`办理结果：A`), several (`索引号：… 发布机构：… 文号：…`), bracketed
labels (`[ 索引号 ] …`), table cells (`索引号⇥…⇥发布机构⇥…`) or `|` rows; a label may stand
alone with its value on the next line (`pair_lines`). Labels come from the one table in
`govdoc.patterns` (`LABELS`); a label the table does not know is kept where the line is
shaped as a label table (it stands after a known label's cell, a tab or a wide gap). Keys
lose their inner spaces and brackets; values stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from govdoc.charclass import HAN
from govdoc.fold import fold
from govdoc.patterns import (
    CELL_GAP,
    FORM_FIELD_LABEL,
    GLUED_LABEL,
    KEY_VALUE,
    LABEL_ANYWHERE,
    LABEL_AT,
    LABEL_END_CHARS,
    LABELS,
    LOST_MARK,
    MAILBOX_FORM_KEYS,
    OTHER_LABEL_AT,
    PIPE_KEY,
    SPACED_CELL_LABEL,
)

_VALUE_EDGE = " \t|;,，；、\u3000\xa0"
_KEY_EDGE = "[]【】:："
_LONGEST_BARE_LABEL = 16  # a label cell, spaced or bracketed (`[ 主题分类 ]`), never longer


def key_of(raw: str) -> str:
    """A label as a key: inner spaces and brackets removed."""
    return "".join(raw.split()).replace("\u3000", "").strip(_KEY_EDGE)


def is_label(raw: str) -> bool:
    """`raw` (any width, form or spacing) is a label of the table."""
    return fold(key_of(raw)) in LABELS


def is_bare_label(line: str) -> bool:
    """The whole line is a label of the table and nothing else (`索引号`, `文  号`): a table laid
    out one cell per line, its value on the next line."""
    return len(line) <= _LONGEST_BARE_LABEL and is_label(line)


def label_cells(line: str, folded: str | None = None) -> list[tuple[str, str]]:
    """Every (key, value) of a line, a value empty where the line ends on a bare label.

    `folded` is the line's folded copy where the caller has it (a block's `folded`), so the
    line is not folded again.
    """
    if is_bare_label(line):
        return [(key_of(line), "")]
    if folded is None:
        folded = fold(line)
    head = column_head(line, folded)
    if head:
        return [(key, "") for key in head]  # a column-shaped table's head: its values stand in the row below
    if folded.count("|") >= 2:
        return _pipe_cells(line, folded)
    if LABEL_END_CHARS.isdisjoint(folded):
        return []  # no label can end on this line (most lines of a title, 落款 or body)
    starts = [(m.start(), m.end(), key_of(line[m.start("label") : m.end("label")])) for m in LABEL_AT.finditer(folded)]
    if starts and not folded[: starts[0][0]].strip():
        # A line that opens with a label of the table is a label table's row: the labels after
        # the first (known ones anywhere, others after a cell's edge or wide gap) start cells.
        taken = [(s, e) for s, e, _ in starts]
        for cell in SPACED_CELL_LABEL.finditer(folded, starts[0][1]):
            if not any(s <= cell.start() < e for s, e in taken):
                starts.append((cell.start(), cell.end(), key_of(line[cell.start("label") : cell.end("label")])))
                taken.append((cell.start(), cell.end()))
        for other in OTHER_LABEL_AT.finditer(folded, starts[0][1]):
            if not any(s <= other.start("label") < e for s, e in taken):
                starts.append((other.start(), other.end(), key_of(line[other.start("label") : other.end("label")])))
        starts.sort()
    else:
        lone = KEY_VALUE.match(folded)
        if lone is None:
            return []
        starts = [(0, lone.start("value"), key_of(line[lone.start("key") : lone.end("key")]))]
    cells: list[tuple[str, str]] = []
    for k, (_, value_start, key) in enumerate(starts):
        value_end = starts[k + 1][0] if k + 1 < len(starts) else len(line)
        gap = CELL_GAP.search(folded, value_start, value_end) if len(starts) > 1 else None
        if gap is not None and folded[value_start : gap.start()].strip():
            value_end = gap.start()  # a row's value is one cell: an unlabelled cell after a wide gap is none of it
        value = line[value_start:value_end].strip(_VALUE_EDGE)
        cells.append((key, "" if LOST_MARK.match(fold(value)) else value))
    return [(key, value) for key, value in cells if key]


def row_cells(line: str, folded: str | None = None) -> list[str]:
    """The cells of a table row a text keeps as such, TABs (`索引号⇥发布机构`) or `|` bars between them
    (`| 索引号 | 发布机构 |`, the bars at its edges no cells); [] for any other line."""
    if "\t" in line:
        return [c.strip() for c in line.strip().split("\t")]
    if folded is None:
        folded = fold(line)
    if folded.count("|") < 2:
        return []
    cells = [c.strip() for c in (_cut_at_bars(line, folded) if len(line) == len(folded) else line.split("|"))]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def column_head(line: str, folded: str | None = None) -> list[str]:
    """The keys of a column-shaped label table's head: a row of two cells or more, each a label of the table
    and nothing else (`| 索引号 | 发布机构 | 公开方式 |`, as an HTML-to-Markdown converter gives a portal's
    horizontal information table). Its values stand in the row below, one under each label, so no label of
    the head is the value of the one before it. [] for any other line."""
    cells = row_cells(line, folded)
    if len(cells) < 2 or not all(len(c) <= _LONGEST_BARE_LABEL and is_label(c) for c in cells):
        return []
    return [key_of(c) for c in cells]


def column_values(head: list[str], line: str) -> list[str]:
    """The values of the row under a column-shaped table's head `head`: its cells, where they are as many as
    the head's and none is a label of the table (a second head, or a form's row); else []."""
    cells = row_cells(line)
    if len(cells) != len(head) or any(is_label(c) for c in cells if c):
        return []
    return cells


def glued_cells(line: str) -> list[tuple[str, str]]:
    """The cells of a label-table row whose separators are gone (`索引号0116/2016发布机构某局`):
    split at every label of the table. Only for a line known to stand among such rows. A line of labels
    ending on one with nothing after it, and whose other labels hold no value either, is a register's head
    of columns whose cells glued together (`承办单位答复 答复日期 答复内容`: 承办单位, 答复日期, 内容 in the
    heads' own words), no row of values: []."""
    folded = fold(line)
    if not GLUED_LABEL.match(folded):
        return []
    starts = [m for m in LABEL_ANYWHERE.finditer(folded)]
    cells: list[tuple[str, str]] = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(line)
        cells.append((key_of(line[m.start() : m.end()]), line[m.end() : end].strip(_VALUE_EDGE)))
    return [] if len(cells) > 1 and not cells[-1][1] and all(_head_word(v) for _, v in cells[:-1]) else cells


def _head_word(value: str) -> bool:
    """Whether what stands after a label in a glued row can be the rest of a column's name (`意见` of
    `承办单位意见`, `答复` of `承办单位答复`): nothing, or a word of one or two Han characters. A figure or
    anything longer (`某财〔2026〕5号`, `某市财政局`) is a value, and its row a row of values whose last
    label was left empty (`文号某财〔2026〕5号有效性`)."""
    return len(value) <= 2 and all(HAN.match(c) for c in value)


def _cut_at_bars(line: str, folded: str) -> list[str]:
    """`line` cut where its folded copy (same length, same positions) holds a `|`."""
    parts: list[str] = []
    at = 0
    for k, c in enumerate(folded):
        if c == "|":
            parts.append(line[at:k])
            at = k + 1
    parts.append(line[at:])
    return parts


def _pipe_cells(line: str, folded: str) -> list[tuple[str, str]]:
    """The pairs of a `|` row: a label's cell and its value's cell after it (`| 索引号 | 0011… |`), or
    a cell holding a known label with its colon and its value (`索引号：0011… | 发布机构：某局 | …`: a
    portal's grid flattened onto one line, its cells parted by bars)."""
    fcells = [c.strip() for c in folded.split("|")]
    # the raw line cut where the folded one is (fold keeps positions, turning a full-width bar ｜ into
    # `|`), so a row parted by ｜ gives its cells too (a split on `|` alone gave it one: diffread-B B11)
    cells = [c.strip() for c in (_cut_at_bars(line, folded) if len(line) == len(folded) else line.split("|"))]
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(cells):
        whole = KEY_VALUE.match(fcells[k]) if ":" in fcells[k] else None
        if whole is not None and whole.group("value").strip() and is_label(cells[k][: whole.end("key")]):
            out.append((key_of(cells[k][: whole.end("key")]), cells[k][whole.start("value") :].strip()))
            k += 1
            continue
        if k + 1 >= len(cells):
            break
        if fcells[k] and PIPE_KEY.match(fcells[k]):
            if fcells[k + 1].endswith(":") and PIPE_KEY.match(fcells[k + 1]):
                k += 1  # the row lost this label's empty cell: the next cell is a label of its own
                continue
            out.append((key_of(cells[k]), cells[k + 1]))
            k += 2
        else:
            k += 1
    return out


def pairs_of(line: str, folded: str | None = None) -> list[tuple[str, str]]:
    """The pairs of one line with a value (an empty pair is left out); `folded` as for `label_cells`."""
    return [(key, value) for key, value in label_cells(line, folded) if value]


_NOTE_OPEN, _NOTE_CLOSE = "(【〔[", ")】〕]"  # a 附注's brackets, folded (（ is `(`)
NOTE_BRACKETS = frozenset(_NOTE_OPEN + _NOTE_CLOSE)  # a line opening or closing with one may be a 附注's


def note_pairs(line: str, folded: str | None = None) -> list[tuple[str, str]]:
    """The pairs of a 附注 line, its own brackets aside: a note in brackets whose parts are labelled
    (`（答复类别：A类；是否公开：是）` → 答复类别 A类, 是否公开 是), or one line of such a note wrapped over two
    (`（答复类别：A类；` ⏎ `是否公开：是）`): the bracket that opens or closes the note is no character of a
    part's value (`是）` is no 是否公开 the rules can read). A bracket the note's text opens and closes
    itself stays (`联系单位：某局（办公室）`). `folded` as for `label_cells`."""
    if folded is None:
        folded = fold(line)
    lo = len(folded) - len(folded.lstrip())
    hi = len(folded.rstrip())
    if lo < hi and folded[lo] in _NOTE_OPEN:
        closes = _depth_closes_at(folded, lo, hi)
        if closes not in (hi - 1, -1):
            return pairs_of(line, folded)  # （一）联系人：…: a bracket of the line's own, closed inside it
        lo, hi = lo + 1, hi - (closes == hi - 1)
    elif lo < hi and folded[hi - 1] in _NOTE_CLOSE and _balance(folded[lo : hi - 1]) == 0:
        hi -= 1
    else:
        return pairs_of(line, folded)
    return pairs_of(line[lo:hi], folded[lo:hi])


def _depth_closes_at(folded: str, at: int, hi: int) -> int:
    """Where the bracket opened at `at` closes before `hi`, or -1 where it does not."""
    depth = 0
    for k in range(at, hi):
        c = folded[k]
        depth += (c in _NOTE_OPEN) - (c in _NOTE_CLOSE)
        if depth == 0:
            return k
    return -1


def _balance(text: str) -> int:
    """Opened minus closed brackets of `text`, or the first negative depth where a close has no
    opening before it: 0 where every bracket of `text` is closed inside it (or there is none)."""
    depth = 0
    for c in text:
        depth += (c in _NOTE_OPEN) - (c in _NOTE_CLOSE)
        if depth < 0:
            return depth
    return depth


def ends_on_bare_label(line: str) -> bool:
    """The line ends with a label of the table whose value is not on it (`索引号：` alone)."""
    cells = label_cells(line)
    return _waits_for_value(line, cells)


def _waits_for_value(line: str, cells: list[tuple[str, str]]) -> bool:
    """The line's last label has no value on it and takes the next line's: not where an encoding
    lost the value, nor in a `|` row, whose empty cell is the value (`| 废止日期: | |`)."""
    return (
        bool(cells)
        and not cells[-1][1]
        and is_label(cells[-1][0])
        and not _lost_value(line)
        and fold(line).count("|") < 2
    )


def _lost_value(line: str) -> bool:
    """The line's last value is an encoding's lost-character mark: empty, yet not waiting for
    the next line as its value."""
    return fold(line).rstrip().endswith(("?", "\ufffd"))


_FORM_KEYS = MAILBOX_FORM_KEYS  # under an empty form row, the form's next label is its next row


def pair_lines(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The pairs of consecutive metadata lines: a bare label takes the next line as its value
    when that line holds no label of its own, and a label of a mailbox's form (留言标题, 留言人) no field
    label of an empty form's (网友昵称, 来信人): that is the form's next row, not its value. A value written on
    the label's own line is the label's, whatever its words (留言标题：社保缴费时间, diffread-B 6)."""
    out: list[tuple[str, str]] = []
    pending: str | None = None
    rows = list(lines)
    under: list[str] = []  # the keys of a column-shaped table's head on the line above
    for i, line in enumerate(rows):
        if under:
            head, under = under, []
            values = column_values(head, line)
            if values and not _more_rows(head, rows[i + 1 : i + 2]):
                out.extend((key, value) for key, value in zip(head, values, strict=True) if value)
                continue
        under = column_head(line)
        if under:
            pending = None
            continue
        cells = label_cells(line) or glued_cells(line)
        if pending in _FORM_KEYS and FORM_FIELD_LABEL.match(fold(line.strip())):
            pending = None  # an empty form's next label under one of its labels (留言标题, 留言人)
        if pending is not None and line.strip() and (not cells or _label_word_as_value(line, rows[i + 1 : i + 2])):
            out.append((pending, line.strip()))
            pending = None
            continue
        pending = None
        out.extend((key, value) for key, value in cells if value)
        if _waits_for_value(line, cells):
            pending = cells[-1][0]
    return out


def _more_rows(head: list[str], after: list[str]) -> bool:
    """A second row of values under a column-shaped head: the head is a data table's (a list of documents
    under 标题 | 文号 | 发布日期), whose rows are no pairs of one document's information table."""
    return bool(after) and bool(column_values(head, after[0]))


def _label_word_as_value(line: str, after: list[str]) -> bool:
    """A label word standing as the value of the label above it (办理方式 / 主办 / 答复时间): it is
    alone on its line and the line after it is another label, or there is none, so it has no
    value of its own to wait for."""
    if not is_bare_label(line) or not LABEL_END_CHARS.isdisjoint(fold(line).strip()):
        return False  # a label with its colon (发布机构：) waits for a value of its own
    return not after or bool(label_cells(after[0])) or not after[0].strip()


def folded_keys(pairs: Mapping[str, str]) -> dict[str, str]:
    """The pairs keyed by the folded key, for look-ups by a simplified label (發文機關 → 发文机关)."""
    found: dict[str, str] = {}
    for key, value in pairs.items():
        found.setdefault(fold(key), value)
    return found
