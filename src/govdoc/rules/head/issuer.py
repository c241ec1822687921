"""`header.issuer`: the first source in `ISSUER_SOURCES` that names one.

The contract's order: the 发文机关标志 (a trailing 文件 dropped); the organ that opens the
title (after its wrapped lines are joined; before the verb of a 转发/印发 title); the 发文机关
of the page's information table. The signature's organs are never copied here.
"""

from __future__ import annotations

from collections.abc import Callable

from govdoc import patterns as P
from govdoc.model import Span
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.head.metadata import table_values
from govdoc.rules.head.title import title_lines
from govdoc.rules.head.update import set_header
from govdoc.rules.header_title import signs_at_end
from govdoc.state import Block, State, Zone

_BULLETS = frozenset("•·●○◆-*")


Located = tuple[str, Span | None]
_ISSUER, _TITLE, _DOC_NUMBER, _HEADER = (
    Zone.ISSUER,
    Zone.TITLE,
    Zone.DOC_NUMBER,
    Zone.HEADER,
)  # module names: a `Zone.X` look-up is dear (rules/head/zones.py)
_ISSUER_ONLY, _DOC_NUMBER_ONLY, _TITLE_ONLY = frozenset((_ISSUER,)), frozenset((_DOC_NUMBER,)), frozenset((_TITLE,))
_HEADER_ONLY = frozenset((_HEADER,))


def from_issuer_mark(state: State) -> Located | None:
    """The organ of the 发文机关标志, without the trailing 文件 the contract drops. A joint 标志
    stacks its organs one per line, its one 文件 under them, beside the last or (a table's merged
    cell read with its first row) beside the first: they are one name, their lines joined as a
    wrapped title's are (as a one-line joint 标志 reads once its layout spaces are gone); it has no
    span, standing in no one stretch of the text."""
    blocks = state.blocks
    for i in state.places(_ISSUER_ONLY):
        b = blocks[i]
        run = [b]
        for k in range(i + 1, len(blocks)):  # by place: a slice would copy every block after the mark
            nxt = blocks[k]
            if run[-1] is not b and L.issuer_mark(run[-1].folded):
                break  # the 文件 beside the last organ closes the stack
            if nxt.zone is not _ISSUER or not (L.is_organ_line(nxt) or L.issuer_mark(nxt.folded)):
                break
            run.append(nxt)
        if len(run) > 1:  # (a long name cut in two, 柏山县城市管理和 ⏎ 综合执法局, is run together the same way)
            return "".join(_organ_of_mark(r) for r in run), None
        m = L.issuer_mark(b.folded)
        if m:
            end = m.end("organ")
            return b.text[:end].strip(), S.at(state, b, 0, end)
        if b.gaps and (cell := L.letterhead_beside_marks(b)) is not None:
            return _cell(state, b, cell)  # 某局　　　　加急: the 版头's mark at the right of the 标志's line
        return b.text.strip(), S.at(state, b)
    return None


def _organ_of_mark(b: Block) -> str:
    """A 标志 line's organ: the line without the 文件 printed beside it (and the gap before it)."""
    m = L.issuer_mark(b.folded)
    return (b.text[: m.end("organ")] if m else b.text).strip()


def from_letterhead_cell(state: State) -> Located | None:
    """The organ's name printed in a cell of a 版头 line, a wide gap between: on the 文号's line
    (`某区教育局　　　　某教复〔2024〕2号`), or opening a head line above the title whose other cells are the
    版头's marks (`某县农业农村局　　　　签发人：某`, `L.letterhead_beside_marks`): the letterhead set beside them."""
    for b in state.in_zones(_DOC_NUMBER_ONLY):
        if (cell := L.letterhead_cell(b)) is not None:
            return _cell(state, b, cell)
    blocks = state.blocks
    title = state.places(_TITLE_ONLY)
    for k in state.places(_HEADER_ONLY):  # the head's lines by the zones' index, not a walk over every block
        if title and k > title[0]:
            return None
        b = blocks[k]
        if b.gaps and (cell := L.letterhead_beside_marks(b)) is not None:
            return _cell(state, b, cell)
    return None


def _cell(state: State, b: Block, cell: tuple[int, int]) -> Located:
    """The organ's name in the cell `cell` of `b`, with its span (the cell's edge spaces left out)."""
    lo, hi = cell
    organ = b.text[lo:hi].strip()
    start = lo + b.text[lo:hi].index(organ)
    return organ, S.at(state, b, start, start + len(organ))


def from_title(state: State) -> Located | None:
    """The organ a title opens with (before the verb of a 转发/印发 title), or one on its own line
    over the title's `关于…`/`对…` line.
    """
    blocks = state.title_blocks
    if not blocks:
        return None
    text, folded = title_lines(blocks)
    end = L.title_organ_end(folded)
    if end is None and not P.TITLE_VERB.search(folded):
        end = L.title_head_organ_end((P.TRAILING_PAREN.sub("", folded) if ")" in folded else folded).strip())
    if end is not None:
        organ = text[:end].strip()
        if len(organ) > len(blocks[0].text.strip()):
            # a joint title's organs stacked one a line: one name, in no one stretch of the text
            # (as a joint 标志's stacked organs, `from_issuer_mark`)
            return organ, None
        return organ, S.lines(state, blocks, organ)
    # An organ on its own line over a `对…` or `关于…` line is the title's first line and its issuer.
    if (
        len(blocks) > 1
        and L.opens_as_title(blocks[1])
        and (L.is_organ_line(blocks[0]) or _signs_at_end(state, blocks[0]))
    ):
        return blocks[0].text.strip(), S.at(state, blocks[0])
    return None


def _signs_at_end(state: State, b: Block) -> bool:
    """The title's first line is a name the 落款 repeats (`signs_at_end`): the document's organ."""
    at = next((k for k in state.places(_TITLE_ONLY) if state.blocks[k] is b), None)  # b: a title line
    return at is not None and signs_at_end(state.blocks, at)


def from_information_table(state: State) -> Located | None:
    """The organ of the page's information table, under its several labels."""
    return S.table_value(state, table_values(state, P.ISSUER_TABLE_KEYS))


def from_keyless_table(state: State) -> Located | None:
    """An information table whose labels the page lost: a run of bulleted bare values over the
    title that opens with an 索引号-shaped value. Its first value that is an organ's name stands
    where such tables put the 发布机构."""
    rows: list[Block] = []
    for b in state.blocks:
        if b.zone is _TITLE or (rows and not b.hints.markup.strip()):
            break
        if b.hints.markup.strip() in _BULLETS:
            rows.append(b)
    if not rows or not P.INDEX_NUMBER_VALUE.match(rows[0].folded.strip()):
        return None
    organ = next((b for b in rows[1:] if L.is_organ_line(b)), None)
    return (organ.text.strip(), S.at(state, organ)) if organ is not None else None


ISSUER_SOURCES: tuple[tuple[str, Callable[[State], Located | None]], ...] = (
    ("issuer_mark", from_issuer_mark),
    ("letterhead_cell", from_letterhead_cell),
    ("title", from_title),
    ("information_table", from_information_table),
    ("keyless_table", from_keyless_table),
)


def issuer(state: State) -> None:
    """The rule: the first source that names an organ, in the contract's order; never the signature."""
    for _, source in ISSUER_SOURCES:
        found = source(state)
        if found and found[0]:
            set_header(state, issuer=found[0], issuer_span=found[1])
            return
