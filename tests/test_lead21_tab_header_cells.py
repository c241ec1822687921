"""A 版头 line a Word or WPS text export aligned with TABs (`A类<TAB><TAB><TAB>某教复〔2024〕3号`) is parted
into its cells as one aligned with wide spaces is (holdout21 b8b's cause: `gap_cells` read only the
removed runs of spaces): its category mark and its 文号 are read."""

from __future__ import annotations

import govdoc

_REPLY = (
    "\n关于县人大十八届三次会议第44号建议的答复\n刘某代表：\n    您的建议收悉，现答复如下：已列入计划。\n"
    "    特此答复。\n某县教育局\n2024年6月12日\n"
)


def test_a_category_mark_parted_by_tabs_from_the_number_is_read() -> None:
    doc = govdoc.parse_text("A类\t\t\t\t某教复〔2024〕3号" + _REPLY)
    assert doc.header.handling_result == "A"
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "某教复〔2024〕3号"


def test_a_category_mark_parted_by_tabs_from_the_signer_is_read() -> None:
    doc = govdoc.parse_text("C类\t\t\t签发人：周某某\n某教复〔2024〕5号" + _REPLY)
    assert (doc.header.handling_result, doc.header.signer) == ("C", "周某某")
