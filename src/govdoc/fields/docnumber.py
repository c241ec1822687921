"""发文字号: 机关代字〔年份〕序号号, with the bracket variants real files use."""

from __future__ import annotations

from govdoc.fields.metadata import is_label, label_cells
from govdoc.fold import fold
from govdoc.model import DocNumber
from govdoc.numerals import cn_digits_to_int
from govdoc.patterns import DOC_NO


def parse_doc_number(text: str) -> DocNumber | None:
    """The first 发文字号 in `text`, split into agency code, year and serial (every one ends in 号:
    a text without one is not searched)."""
    folded = fold(text)
    m = DOC_NO.search(folded) if "号" in folded else None
    year = cn_digits_to_int(m.group("year")) if m is not None else None  # 〔二〇二四〕: digit by digit
    if m is None or year is None:
        return None
    return DocNumber(
        text=text[m.start() : m.end()],
        agency_code=text[m.start("code") : m.end("code")],
        year=year,
        serial=int(m.group("serial")),
    )


def bracketed_number(inner: str) -> DocNumber | None:
    """The 发文字号 that fills a bracket after a title, alone (`岳办发〔2017〕2号`) or under a
    label of the table (`编号:B〔2017〕062号`, `文号：…`); None where the bracket holds anything else."""
    value = inner.strip()
    cells = label_cells(value)
    if len(cells) == 1 and cells[0][1] and is_label(cells[0][0]):
        value = cells[0][1]
    found = parse_doc_number(value)
    return found if found is not None and found.text == value else None
