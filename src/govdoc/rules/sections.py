"""The section tree: headings found by their marker family, nested by family, titled by the contract's rule.

A heading joins the open section of its own family as a sibling (closing everything deeper);
a family not yet open starts a child of the deepest open section. So depth follows the
document's own order of families, and Markdown `#` counts decide nothing.
"""

from __future__ import annotations

import regex

from govdoc import patterns as P
from govdoc.model import Span, Table, Warning
from govdoc.numerals import circled_to_int, cn_to_int
from govdoc.state import Block, ParaDraft, SectionDraft, State

_STOP_INSIDE = regex.compile(rf"[。!?;:]|{P.HALF_STOP}")
_RUN_IN_END = regex.compile(rf"[。:]|{P.HALF_STOP}")
TITLE_MAX = 30
ARTICLE_TITLE_MAX = 20


def paragraph_of(b: Block, offset: int = 0) -> ParaDraft:
    """The block from `offset` on as a paragraph, positions in Document.text."""
    return ParaDraft(
        start=b.start + offset,
        end=b.end,
        text=b.text[offset:],
        folded=b.folded[offset:],
        bold=[(b.start + s, b.start + e) for s, e in b.bold if s >= offset],
        page=b.hints.page,
    )


def _ordinal(style_group: str, number: str) -> int:
    if style_group in ("circled", "cn_paren_glyph"):
        return circled_to_int(number) or 0
    return cn_to_int(number) or 0


def _title_and_rest(b: Block, rest_at: int, style: str) -> tuple[str | None, int | None]:
    """The heading's title and where its first paragraph starts in the block (None: no paragraph)."""
    rest = b.text[rest_at:]
    frest = b.folded[rest_at:]
    if not rest.strip():
        return None, None
    if style == "article":
        if len(rest) <= ARTICLE_TITLE_MAX and not regex.search(r"[。!?;:,、]", frest):
            return rest, None
        return None, rest_at
    core = frest[:-1] if frest[-1] in "。:." else frest
    if not _STOP_INSIDE.search(core) and (frest[-1] not in "。." or len(core) <= TITLE_MAX):
        return rest[: len(core)], None
    stop = _RUN_IN_END.search(frest)
    if stop and 0 < stop.start() <= TITLE_MAX and frest[stop.end() :].strip():
        after = stop.end()
        while after < len(frest) and frest[after] == " ":
            after += 1
        return rest[: stop.start()], rest_at + after
    return None, rest_at


def build_sections(state: State) -> None:
    preamble: list[ParaDraft] = []
    roots: list[SectionDraft] = []
    stack: list[SectionDraft] = []
    rows: list[Block] = []

    def close_table() -> None:
        if rows:
            table = Table(
                tuple(r.cells or (r.text,) for r in rows), Span(rows[0].start, rows[-1].end, rows[0].hints.page)
            )
            (stack[-1].tables if stack else state.preamble_tables).append(table)
            if stack:
                stack[-1].end = max(stack[-1].end, rows[-1].end)
            rows.clear()

    for b in state.body:
        if b.table:
            if rows and rows[-1].table != b.table:
                close_table()
            rows.append(b)
            continue
        close_table()
        m = P.SECTION_MARKER.match(b.folded)
        group = m.lastgroup if m else None
        if m is None or group is None or group not in P.SECTION_STYLES:
            target = stack[-1].paragraphs if stack else preamble
            target.append(paragraph_of(b))
            continue
        style = P.SECTION_STYLES[group]
        depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].style == style), None)
        if depth is not None:
            del stack[depth:]
        marker = b.text[m.start(group) : m.end(group)].rstrip()
        title, rest_at = _title_and_rest(b, m.end(), style)
        section = SectionDraft(
            style=style,
            ordinal=_ordinal(group, m.group(group + "_n")),
            marker=marker,
            title=title,
            level=len(stack) + 1,
            start=b.start,
            end=b.end,
            page=b.hints.page,
        )
        if rest_at is not None:
            section.paragraphs.append(paragraph_of(b, rest_at))
        (stack[-1].children if stack else roots).append(section)
        stack.append(section)
    close_table()
    for section in roots:
        _close(section)
    state.preamble = preamble
    state.sections = roots
    _check_numbering(state, roots, {})


def _close(section: SectionDraft) -> int:
    end = section.end
    for p in section.paragraphs:
        end = max(end, p.end)
    for table in section.tables:
        end = max(end, table.span.end)
    for child in section.children:
        end = max(end, _close(child))
    section.end = end
    return end


def _check_numbering(state: State, siblings: list[SectionDraft], last_by_style: dict[str, int]) -> None:
    previous: SectionDraft | None = None
    for section in siblings:
        if previous is not None and previous.style == section.style:
            expected = {previous.ordinal + 1}
        else:
            expected = {1, last_by_style.get(section.style, 0) + 1}
        if section.ordinal not in expected:
            want = " or ".join(str(n) for n in sorted(expected))
            message = f"编号不连续：{section.marker} 处应为第 {want} 项 (numbering gap: expected {want})"
            span = Span(section.start, section.start + len(section.marker), section.page)
            state.warnings.append(Warning("numbering-gap", message, span))
        last_by_style[section.style] = section.ordinal
        previous = section
        _check_numbering(state, section.children, last_by_style)
