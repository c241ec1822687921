"""`header.metadata`: the 键：值 pairs of the lines zoned as metadata, first value of a key kept.

Consecutive metadata lines are read together, so a label standing alone takes the next line
as its value (`索引号：` / `0012-2024-3`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import regex

from govdoc import patterns as P
from govdoc.fields.metadata import NOTE_BRACKETS, folded_keys, key_of, note_pairs, pair_lines, pairs_of
from govdoc.fold import fold
from govdoc.needs import Need
from govdoc.rules import lines as L
from govdoc.rules.cleanup import chrome_text
from govdoc.rules.head.update import set_header
from govdoc.rules.header_lines import grouped_row
from govdoc.state import Block, State, Zone

_METADATA, _DOC_NUMBER, _TITLE = Zone.METADATA, Zone.DOC_NUMBER, Zone.TITLE  # a `Zone.X` look-up is dear
_TABLE_LINE_ZONES = frozenset((_METADATA, _DOC_NUMBER, _TITLE))  # the table's lines, and a value under its label
_DOC_NUMBER_ONLY = frozenset((_DOC_NUMBER,))
_HEADER_ONLY, _TITLE_ONLY = frozenset((Zone.HEADER,)), frozenset((_TITLE,))
_BARE_LABEL_REACH = 12  # a bare 文号 or 标题 label's line, bullets and spaces included
_COUNTER_LABEL = 6  # the longest page counter a value can be (浏览量, 浏览次数, 访问次数)


# Every pair read stands on a line zoned metadata (or under one), on the 文号's line, or on a 版头 line of
# marks (zoned header: `_mark_line_cells`). A change of the zones this rule reads changes this need. Typed
# (as IMPRINT_NEED and ATTACHMENTS_NEED): mypyc's check, which reaches pipeline.py first, cannot infer it there.
METADATA_NEED: Need = Need(
    "a line zoned metadata, 文号 or 版头 (`metadata` reads their pairs only)",
    zones=frozenset((_METADATA, _DOC_NUMBER, Zone.HEADER)),
)


def metadata(state: State) -> None:
    """The rule: the metadata lines' 键：值 pairs, first value of a key kept; a page counter is chrome,
    as the key of its cell (浏览量 | 8) or as the value a key with an empty cell took (文号 | 浏览量)."""
    found: dict[str, str] = {}
    for key, value in pair_lines(_table_lines(state)):
        if not chrome_text(fold(key)) and not (len(value) <= _COUNTER_LABEL and chrome_text(fold(value))):
            found.setdefault(key, value)
    for key, value in (*_beside_number(state), *_mark_line_cells(state)):
        found.setdefault(key, value)
    set_header(state, metadata=found)


def _table_lines(state: State) -> Iterator[str]:
    """The metadata lines' cells, and the 文号 or title standing under its bare label (`发文字号：` /
    `某政发〔2024〕7号`, `标题：` / `关于…的答复`): the header zoned that line as the document's number
    or title, but in the table it is also the label's value; a title wrapped over several lines
    is the value whole, its lines joined as the title's are."""
    blocks = state.blocks
    for i in state.places(_TABLE_LINE_ZONES):  # those lines and what stands right above each
        b = blocks[i]
        above = blocks[i - 1] if i else None
        if b.zone is _METADATA:
            if b.cells is not None and grouped_row(b.cells):  # the group's caption is no pair's
                yield "\t".join(b.cells[1:])
                continue
            yield from _cells(b)
        elif (
            above is not None
            and above.zone is _METADATA
            and _only_label(above, P.DOC_NUMBER_KEYS if b.zone is _DOC_NUMBER else P.TITLE_TABLE_KEYS)
        ):
            yield b.text if b.zone is _DOC_NUMBER else "".join(t.text.strip() for t in _title_run(blocks, i))


def _title_run(blocks: list[Block], i: int) -> Iterator[Block]:
    """The title's lines from `blocks[i]` on: the blocks of the title zone that follow each other."""
    for b in itertools.islice(blocks, i, None):
        if b.zone is not _TITLE:
            return
        yield b


def _only_label(b: Block, keys: tuple[str, ...]) -> bool:
    """The line is only one of the labels `keys` (`发文字号：`, `文  号`, `标  题：`, `[ 文号 ]`)."""
    f = b.folded
    return len(f) <= _BARE_LABEL_REACH and key_of(f).endswith(keys)


def _cells(b: Block) -> list[str]:
    """The line's text, cut where a removed wide gap stands before another 键：值 cell
    (`密级：秘密★1年紧急程度：特急` glued once the gap between 年 and 紧 went), and where a contact cell starts glued
    onto the value before it: each cell a row of its own."""
    contact = glued_contact_cells(b.folded, 0, len(b.folded))
    if not (b.gaps or contact):
        return [b.text]
    # a gap after a single character is a letter-spaced label's own (`索  引  号：…`, `发  布  机  构：…`),
    # no cell's end: the label's first characters would be cut off as cells of their own
    cuts = [
        g
        for g, before in zip(b.gaps, (0, *b.gaps), strict=False)
        if 0 < g < len(b.text) and len(b.folded[before:g].strip()) != 1 and P.KEY_VALUE.match(b.folded[g:].lstrip())
    ]
    bounds = [0, *sorted({*cuts, *contact}), len(b.text)]
    return [b.text[lo:hi] for lo, hi in itertools.pairwise(bounds) if b.text[lo:hi].strip()]


def glued_contact_cells(folded: str, lo: int, hi: int) -> list[int]:
    """Where a contact label and its colon start after the value of the 键：值 cell `folded[lo:hi]`
    (`签发人：欧阳某某联系人：林某`, no gap left between them): the contact labels are not the label
    table's (the trailer reads them), so the table alone does not end the value there; the same
    labels end the signer's name (SIGNER)."""
    if folded.count(":", lo, hi) < 2:
        return []
    cell = folded[lo:hi]
    head = len(cell) - len(cell.lstrip(" "))
    if P.KEY_VALUE.match(cell.strip(" ")) is None:
        return []
    start = folded.index(":", lo + head) + 1
    return [m.start() for m in P.NEXT_CONTACT_CELL.finditer(folded, start, hi) if m.start() > start]


def _beside_number(state: State) -> list[tuple[str, str]]:
    """The pairs an upward document prints on its 文号 line (`某发〔2024〕3号　签发人：张某`): they
    are 键：值 pairs before the title like any other."""
    pairs: list[tuple[str, str]] = []
    for b in state.in_zones(_DOC_NUMBER_ONLY):
        if ":" not in b.folded:
            continue
        cell = L.number_cell(b)
        if cell is not None:  # 签发人：张某　　某发〔2024〕3号: each cell the removed gap divided
            for lo, hi in L.gap_cells(b):
                if (lo, hi) != cell:
                    pairs.extend(_glued_pairs(b, lo, hi))
            continue
        m = P.DOC_NO.search(b.folded)
        if m is not None:
            pairs.extend(_glued_pairs(b, m.end(), len(b.text)))
    return pairs


def _mark_line_cells(state: State) -> list[tuple[str, str]]:
    """The 键：值 cells of a 版头 line of marks above the title, its cells set apart by a wide gap or a run of
    TABs (`A类<TAB><TAB>签发人：郑某`, `秘密★1年　　签发人：张某`): the header zones the line as marks, whose
    rules read the category or the 密级 from their cells, but its pairs are 键：值 pairs before the title like
    any other (holdout21 b8b: a Word or WPS text export aligns the 版头's cells with TABs)."""
    pairs: list[tuple[str, str]] = []
    blocks = state.blocks
    titles = state.places(_TITLE_ONLY)
    first = titles[0] if titles else len(blocks)
    for i in state.places(_HEADER_ONLY):
        b = blocks[i]
        if i > first:
            break
        if ":" in b.folded and L.has_cells(b) and L.is_header_cells_line(b):
            for lo, hi in L.gap_cells(b):
                if ":" in b.folded[lo:hi]:
                    pairs.extend(_glued_pairs(b, lo, hi))
    return pairs


def _glued_pairs(b: Block, lo: int, hi: int) -> list[tuple[str, str]]:
    """The pairs of the cell `b.text[lo:hi]`, cut where a contact cell starts glued onto a value
    (签发人：张某某联系人：李某), as the metadata lines are."""
    bounds = [lo, *glued_contact_cells(b.folded, lo, hi), hi]
    return [pair for a, z in itertools.pairwise(bounds) for pair in pairs_of(b.text[a:z])]


def table(state: State) -> dict[str, str]:
    """The header's metadata keyed by the simplified label, for look-ups (發文機關 → 发文机关)."""
    return folded_keys(state.header.metadata)


def table_values(state: State, keys: tuple[str, ...]) -> list[str]:
    """The information table's values under `keys`, in the order of `keys` (the first is the
    label a field prefers)."""
    pairs = table(state)
    return [pairs[key] for key in keys if key in pairs]


def labelled(state: State, zones: frozenset[Zone], keys: tuple[str, ...]) -> dict[str, str]:
    """The values under `keys` of the header's metadata and of the 键：值 lines in `zones` (labels
    after the signature), keyed by the simplified label, the metadata's first.

    Parsing a line's labels is dear (the label table's pattern tries every place of the line),
    so only lines that can hold one of `keys` are parsed: a label is the line's text between
    two places with its spaces taken out, so each key must stand in the line's spaceless copy.
    A 附注 in brackets is read inside them (`（答复类别：A类；是否公开：是）`, `note_labels`).
    """
    found = {key: value for key, value in table(state).items() if key in keys}
    for b in state.in_zones(zones):
        if _may_name(b, keys):
            for key, value in note_labels(b).items():
                if key in keys:
                    found.setdefault(key, value)
    return found


def _may_name(b: Block, keys: tuple[str, ...]) -> bool:
    """The line may hold a label among `keys`: it has a place a label can end (or is a `|` row,
    as `label_cells` asks first) and each key's characters in a row once spaces are dropped."""
    spaceless = _label_text(b)
    return spaceless is not None and _key_finder(keys).search(spaceless) is not None


@L.per_line
def _label_text(b: Block) -> str | None:
    """The line's folded text without its spaces, where a label can end on it; else None. Kept per
    line: the 办理结果 and 公开属性 rules ask it of the same header and trailer lines."""
    f = b.folded
    if P.LABEL_END_CHARS.isdisjoint(f) and f.count("|") < 2:
        return None
    return "".join(f.split())


@functools.cache
def _key_finder(keys: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of `keys` as written, one search for them all (made once per tuple of keys)."""
    return regex.compile("|".join(map(regex.escape, keys)))


@L.per_line
def note_labels(b: Block) -> dict[str, str]:
    """The 键：值 pairs of one line as `line_labels`, a 附注's brackets aside (`fields.metadata.note_pairs`):
    a labelled part of a bracketed note after the 落款 is the field's as a labelled line is (diffread-A A8:
    `（答复类别：A类；是否公开：是）` gave no 公开属性, and a note wrapped over two lines gave `是）`)."""
    f = b.folded.strip()
    if f[:1] not in NOTE_BRACKETS and f[-1:] not in NOTE_BRACKETS:
        return line_labels(b)
    return folded_keys(dict(note_pairs(b.text, b.folded)))


@L.per_line
def line_labels(b: Block) -> dict[str, str]:
    """The 键：值 pairs of one line keyed by the simplified label, the first value of a key kept.

    Several field rules (公开属性, 办理结果) read the labels of the same header and trailer lines;
    the pairs are found once per line, from the block's own folded copy. Callers only read the
    dictionary, never change it.
    """
    return folded_keys(dict(pairs_of(b.text, b.folded)))
