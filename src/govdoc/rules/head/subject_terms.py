"""`header.subject_terms` (schema 1.7): the document's 主题词, wherever the genre prints them.

A GB/T 9704-1999 document prints its 主题词 in the 版记, on a line of its own above the 抄送
(`主题词：防汛  工作  通知`; the 2012 standard dropped the line); a portal lists them in its
information table as 主题词 or 关键词. Both say the same of the document, so they are one field of
the header, which holds what describes the document as a whole wherever it stands (as the 公开属性
of a 附注 is `header.disclosure`). The information table's pair also stays in `header.metadata`,
as every pair of that table does.

The terms are parted by spaces (the reader takes a space between two ideographs out of the text and
records where it stood: `Block.spaces` and `Block.gaps`), 、 ， and ；. A value written without any
(主题词：防汛工作通知) is one term as written: the parser does not cut words it was not given.
"""

from __future__ import annotations

import itertools

from govdoc import patterns as P
from govdoc.model import Span
from govdoc.rules import field_spans as S
from govdoc.rules.head.metadata import table_values
from govdoc.rules.head.update import set_header
from govdoc.rules.head.zones import TRAILER_ZONES  # where the 版记's 主题词 line may stand
from govdoc.state import Block, State

_TERM_END = "。.;,、"  # a list's own end mark (主题词：防汛 工作 通知。) is no part of the last term


def subject_terms(state: State) -> None:
    """The rule: the information table's 主题词/关键词, else the 版记's 主题词 line; each term with its span."""
    found = _from_table(state) or _from_trailer(state)
    if found:
        set_header(state, subject_terms=tuple(t for t, _ in found), subject_terms_spans=tuple(s for _, s in found))


def _from_table(state: State) -> list[tuple[str, Span]]:
    """The terms of the information table's pair, cut where its line says a space stood."""
    values = [v for v in table_values(state, P.SUBJECT_TERM_KEYS) if v.strip()]
    if not values:
        return []
    value = values[0].strip()
    for b in S.metadata_blocks(state):
        at = b.text.find(value)
        if at >= 0:
            return split_terms(state, b, at, at + len(value))
    return []  # read from lines the pair was joined from: no place to cut at, nor a span


def _from_trailer(state: State) -> list[tuple[str, Span]]:
    """The terms of a 主题词 line after the body (the 版记's, or a page's table printed below the text)."""
    for b in state.in_zones(TRAILER_ZONES):
        f = b.folded
        if f[:3] not in _LABELS:
            continue
        m = P.SUBJECT_TERMS_LINE.match(f)
        if m is None and (spaced := P.SUBJECT_TERMS_SPACED.match(f)) and _spaced_at(b, spaced.start("v")):
            m = spaced
        if m is not None:
            end = P.SUBJECT_TERMS_END.search(f, m.start("v"))  # 主题词：…　　抄送：…: the 抄送 is the imprint's
            return split_terms(state, b, m.start("v"), end.start() if end else len(b.text))
    return []


_LABELS = frozenset(P.SUBJECT_TERM_KEYS)


def _spaced_at(b: Block, at: int) -> bool:
    return at in b.spaces or at in b.gaps


def split_terms(
    state: State, b: Block, lo: int, hi: int, separators: frozenset[str] = P.SUBJECT_TERM_SEPARATORS
) -> list[tuple[str, Span]]:
    """The terms of `b.text[lo:hi]` with their spans: cut at the spaces the reader took out and at the
    separators the text shows (`separators`: the 主题词's, or those a caller names; schema 1.8's
    attendance lines part their names so)."""
    spaced = " " in separators
    cuts = {lo, hi, *(x for x in (*b.spaces, *b.gaps) if lo < x < hi and spaced)}
    cuts.update(k for k in range(lo, hi) if b.folded[k] in separators)
    cuts.update(k + 1 for k in range(lo, hi) if b.folded[k] in separators)
    out: list[tuple[str, Span]] = []
    for start, end in itertools.pairwise(sorted(cuts)):
        while end > start and (b.folded[end - 1] in separators or b.folded[end - 1] in _TERM_END):
            end -= 1
        while start < end and b.folded[start].isspace():
            start += 1
        if start >= end:
            continue
        span = S.at(state, b, start, end)
        if span is not None:
            out.append((b.text[start:end], span))
    return out
