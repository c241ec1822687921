"""`header.title`: the first source in `TITLE_SOURCES` that gives one.

The document's own title lines (wrapped lines joined) come first; the 标题 (or 信息名称, 名称)
of the page's information table only where the body has none. The HTML `<title>` element is
never a source.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from govdoc import patterns as P
from govdoc.fields.docnumber import bracketed_number
from govdoc.model import Span
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.head.metadata import table_values
from govdoc.rules.head.update import set_header
from govdoc.state import Block, State

_SHORTEST = 6  # what is left must still be a title


def title_lines(blocks: list[Block]) -> tuple[str, str]:
    """The title lines joined (text, folded), as `joined_title` reads them from the lines' text and folded copy.

    Two field rules read them (`title`, and `issuer`'s `from_title`) of the same title lines: the answer depends
    on the lines' strings only, so it is made once for those strings (session 31: the 文号 and bracket searches
    of a title were asked twice a document). One answer is kept, the last: the two rules ask in turn of one
    document, and no title is kept past the next document's."""
    ends = [_before_number(b) for b in blocks]
    return joined_title(
        tuple([b.text[:end] for b, end in zip(blocks, ends, strict=True)]),
        tuple([b.folded[:end] for b, end in zip(blocks, ends, strict=True)]),
    )


def _before_number(b: Block) -> int:
    """Where a title line's words end: before a 发文字号 set at the right of its row (`L.title_number_cell`, the
    doc number's own), else at the line's end."""
    cell = L.title_number_cell(b) if b.gaps else None
    return len(b.text) if cell is None else cell[0]


@functools.lru_cache(maxsize=1)
def joined_title(texts: tuple[str, ...], foldeds: tuple[str, ...]) -> tuple[str, str]:
    """The title lines `texts` (folded: `foldeds`) joined, without a 发文字号 a page glued on before the title
    (`丽文广函〔2022〕69号丽水市…的答复`) or put in brackets after it (`…的通知（岳办发〔2017〕2号）`,
    `…的函（编号：B〔2017〕062号）`),
    and without the publishing date a page appends in brackets (`…的答复 ( 2025年05月30日 )`), nor a
    replacement character at its edges (`patterns.LOST_EDGE`: bytes lost, not the title's), nor a lost
    character's `?` after its type (`lines.lost_tail`)."""
    text = "".join([t.strip() for t in texts])
    folded = "".join([f.strip() for f in foldeds])
    if P.LOST_EDGE in folded:  # bytes the decoding lost before or after the title's words (review27 R7)
        start = len(folded) - len(folded.lstrip(P.LOST_EDGE).lstrip())
        end = len(folded.rstrip(P.LOST_EDGE).rstrip())
        text, folded = text[start:end], folded[start:end]
    cut = L.lost_tail(folded) if folded.endswith("?") else None  # …的批复?: a lost character's mark (w052)
    if cut is not None:
        text, folded = text[:cut], folded[:cut]
    m = P.DOC_NO.match(folded) if "号" in folded else None  # every 文号 ends in 号
    if m and len(folded) - m.end() >= _SHORTEST:
        cut = len(folded) - len(folded[m.end() :].lstrip())
        text, folded = text[cut:], folded[cut:]
    bracketed = ")" in folded  # both bracket patterns end in one: most titles ask neither
    m = P.TRAILING_PAREN.search(folded) if bracketed else None
    if (
        m
        and m.start() >= _SHORTEST
        and (P.DOC_NO.search(folded, m.start()) or bracketed_number(folded[m.start() : m.end()].strip()[1:-1]))
    ):
        text, folded = text[: m.start()], folded[: m.start()]
    m = P.DATED_PAREN.search(folded) if bracketed else None
    if m and m.start() >= _SHORTEST:
        text, folded = text[: m.start()], folded[: m.start()]
    lead = L.title_category_lead(folded)  # 【A类】关于…的答复: the answer category, read by its own rule
    if lead is not None:
        text, folded = text[lead:], folded[lead:]
    mark = L.title_category_mark(folded)  # …的答复（B类）: likewise
    if mark is not None and mark >= _SHORTEST:
        text, folded = text[:mark].rstrip(), folded[:mark].rstrip()
    return text, folded


def from_title_lines(state: State) -> tuple[str, Span | None] | None:
    """The document's own title lines, joined, without a number or date a page glued on."""
    blocks = state.title_blocks
    text = title_lines(blocks)[0]
    return (text, S.lines(state, blocks, text)) if text else None


def from_information_table(state: State) -> tuple[str, Span | None] | None:
    """The 标题 of the page's information table, used only where the body has no title."""
    return S.table_value(state, table_values(state, P.TITLE_TABLE_KEYS))


TITLE_SOURCES: tuple[tuple[str, Callable[[State], tuple[str, Span | None] | None]], ...] = (
    ("title_lines", from_title_lines),
    ("information_table", from_information_table),
)


def title(state: State) -> None:
    """The rule: the first source that gives a title; the HTML `<title>` is never one."""
    for _, source in TITLE_SOURCES:
        found = source(state)
        if found and found[0]:
            set_header(state, title=found[0], title_span=found[1])
            return
