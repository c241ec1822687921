"""`header.doc_number`: the 发文字号 line of the 版头, else the information table's 文号."""

from __future__ import annotations

from dataclasses import replace

from govdoc import patterns as P
from govdoc.fields.docnumber import parse_doc_number
from govdoc.model import DocNumber
from govdoc.rules import lines as L
from govdoc.rules.head.metadata import table
from govdoc.state import State, Zone

_TABLE_KEYS = ("文号", "发文字号")


def doc_number(state: State) -> None:
    found: DocNumber | None = None
    for b in state.blocks:
        if b.zone not in (Zone.DOC_NUMBER, Zone.HEADER, Zone.ISSUER):
            continue
        found = parse_doc_number(b.text)
        if found:
            break
        if L.is_doc_number_line(b):
            state.warn(
                "docnumber-unparsed", "发文字号残缺，无法拆分 (document number could not be parsed)", b, 0, len(b.text)
            )
    if found is None and state.title_blocks:
        first = state.title_blocks[0]
        glued = P.DOC_NO.match(first.folded)  # a 发文字号 a page glued on before the title
        if glued:
            found = parse_doc_number(first.text[: glued.end()])
    if found is None:
        pairs = table(state)
        for key in _TABLE_KEYS:
            if key in pairs:
                found = parse_doc_number(pairs[key])
                if found:
                    break
    state.header = replace(state.header, doc_number=found)
