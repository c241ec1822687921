"""`header.doc_number`: the first source in `DOC_NUMBER_SOURCES` that gives one.

The 发文字号 line of the 版头 (a broken one is warned about, never guessed); a number a page
glued on before the title; the information table's 文号.
"""

from __future__ import annotations

from collections.abc import Callable

from govdoc import patterns as P
from govdoc.fields.docnumber import bracketed_number, parse_doc_number
from govdoc.model import DocNumber, Span
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.head.metadata import table_values
from govdoc.rules.head.update import set_header
from govdoc.rules.lines.guards import Holding
from govdoc.state import State, Zone

_TABLE_KEYS = P.DOC_NUMBER_KEYS
_DOC_NO = Holding(P.DOC_NO)
_NUMBER_ZONES = frozenset({Zone.DOC_NUMBER, Zone.HEADER, Zone.ISSUER})
# the span slot's own setter: DocNumber is frozen
_put_span: Callable[[DocNumber, Span | None], None] = vars(DocNumber)["span"].__set__


def _placed(found: DocNumber, span: Span | None) -> DocNumber:
    """`found` with its span. `found` is new, made by `parse_doc_number` for this one call and held by
    nobody else, so the span is written into it (as `set_header` writes the state's header) instead
    of copying it with `dataclasses.replace`, which costs about three times as much."""
    _put_span(found, span)
    return found


def from_header_lines(state: State) -> DocNumber | None:
    """The 发文字号 of the 版头; a line shaped like one that does not parse is warned about, not guessed."""
    for b in state.in_zones(_NUMBER_ZONES):
        cell = L.number_cell(b)
        found = parse_doc_number(b.text[cell[0] : cell[1]] if cell else b.text)
        if found:
            return _placed(found, S.inside(state, [b], found.text, cell[0] if cell else 0))
        if L.is_doc_number_line(b):
            state.warn(
                "docnumber-unparsed", "发文字号残缺，无法拆分 (document number could not be parsed)", b, 0, len(b.text)
            )
    return None


def from_title_line(state: State) -> DocNumber | None:
    """A 发文字号 a web page glued onto the start of the title line (`丽文广函〔2022〕69号丽水市…`)."""
    blocks = state.title_blocks
    if not blocks:
        return None
    first = blocks[0]
    glued = _DOC_NO.match(first.folded)  # (every 文号 ends in 号: rules/lines/guards.py)
    found = parse_doc_number(first.text[: glued.end()]) if glued else None
    return _placed(found, S.inside(state, [first], found.text)) if found else None


def from_title_row(state: State) -> DocNumber | None:
    """A 发文字号 set at the right of the title's row past a wide gap (`关于…的答复　　　　某交函〔2024〕77号`)."""
    for b in state.title_blocks:
        cell = L.title_number_cell(b) if b.gaps else None
        found = parse_doc_number(b.text[cell[0] : cell[1]].strip()) if cell else None
        if found is not None and cell is not None:
            return _placed(found, S.inside(state, [b], found.text, cell[0]))
    return None


def from_title_brackets(state: State) -> DocNumber | None:
    """A page that prints the 文号 in brackets after the headline (`…公告（某征〔2022〕4号）`),
    maybe under its label (`…的函（编号：B〔2017〕062号）`)."""
    blocks = state.title_blocks
    if not blocks:
        return None
    last = blocks[-1]
    m = P.TRAILING_PAREN.search(last.folded) if ")" in last.folded else None
    if m is None:
        return None
    found = bracketed_number(last.text[m.start() : m.end()].strip()[1:-1])
    if found is None:
        return None
    return _placed(found, S.inside(state, [last], found.text, m.start()))


def from_information_table(state: State) -> DocNumber | None:
    """The 文号 of the page's information table, under any of the labels portals use for it."""
    found = next(filter(None, map(parse_doc_number, table_values(state, _TABLE_KEYS))), None)
    return _placed(found, S.inside(state, S.metadata_blocks(state), found.text)) if found else None


def from_table_cell(state: State) -> DocNumber | None:
    """A 发文字号 standing unlabelled in a cell of its own at the end of an information table's row
    (`印发日期：2021-07-02      发布日期：2021-07-02      某公报〔2021〕2 号`)."""
    for b in S.metadata_blocks(state):
        cells = P.CELL_GAP.split(b.folded)
        if len(cells) < 2 or not cells[-1].strip() or ":" in cells[-1]:
            continue
        last = cells[-1].strip()
        found = parse_doc_number(b.text[len(b.folded) - len(cells[-1].lstrip()) :].strip())
        if found is not None and len(found.text) == len(last):
            return _placed(found, S.inside(state, [b], found.text))
    return None


DOC_NUMBER_SOURCES: tuple[tuple[str, Callable[[State], DocNumber | None]], ...] = (
    ("header_lines", from_header_lines),
    ("title_line", from_title_line),
    ("title_row", from_title_row),
    ("title_brackets", from_title_brackets),
    ("information_table", from_information_table),
    ("table_cell", from_table_cell),
)


def doc_number(state: State) -> None:
    """The rule: the first source that gives a number; none found sets the field empty."""
    for _, source in DOC_NUMBER_SOURCES:
        found = source(state)
        if found:
            set_header(state, doc_number=found)
            return
    set_header(state, doc_number=None)
