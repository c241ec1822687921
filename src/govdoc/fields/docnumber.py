"""发文字号: 机关代字〔年份〕序号号, with the bracket variants real files use."""

from __future__ import annotations

from govdoc.fold import fold
from govdoc.model import DocNumber
from govdoc.patterns import DOC_NO


def parse_doc_number(text: str) -> DocNumber | None:
    """The first 发文字号 in `text`, split into agency code, year and serial."""
    m = DOC_NO.search(fold(text))
    if m is None:
        return None
    return DocNumber(
        text=text[m.start() : m.end()],
        agency_code=text[m.start("code") : m.end("code")],
        year=int(m.group("year")),
        serial=int(m.group("serial")),
    )
