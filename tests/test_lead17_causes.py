"""Causes the lead fixed at session 17's end, each on a new example (second read of the change, B-4).

- a 令 numbered in Chinese numerals (第二十五号) was not seen as the promulgating 令's number line,
  so the page stayed a 令 titled by its head, where the contract makes it the regulation it
  promulgates (the same page numbered 第25号 was read so): the number line's pattern took digits
  only, while schema 1.8's serial already took both;
- a 落款 dated by a year in figures and 元月 (2025年元月, the first month) was no date line, so the
  落款 was not found (B-9): the year-and-month form of a garbled or partial date took the month in
  figures only, where every other date pattern takes 元 too.
"""

from __future__ import annotations

import govdoc

_ORDER = """某县人民政府令
{number}
《某县农村住房建设管理规定》已经2023年9月5日县人民政府第12次常务会议通过，现予公布，自2023年11月1日起施行。
县长　李某
2023年9月18日
某县农村住房建设管理规定
第一条　为了规范农村住房建设，保障农民居住安全，制定本规定。
第二条　本县行政区域内农村村民新建、改建、扩建住房，适用本规定。
"""


def test_an_order_numbered_in_chinese_numerals_is_the_regulation_it_promulgates() -> None:
    doc = govdoc.parse_text(_ORDER.format(number="第二十五号"))
    assert (doc.kind, doc.header.title) == ("measures", "某县农村住房建设管理规定")
    assert doc.header.serial is not None and (doc.header.serial.text, doc.header.serial.number) == ("第二十五号", 25)
    assert doc.signature is None  # the 令's 县长 line and date are not the regulation's signature
    assert [s.marker for s in doc.sections] == ["第一条", "第二条"]


def test_an_order_numbered_in_figures_reads_the_same() -> None:
    doc = govdoc.parse_text(_ORDER.format(number="第25号"))
    assert (doc.kind, doc.header.title) == ("measures", "某县农村住房建设管理规定")
    assert doc.header.serial is not None and doc.header.serial.number == 25
    assert doc.signature is None


def test_a_signature_dated_to_the_first_month_called_yuan_yue_is_a_partial_date() -> None:
    # 元月 is the first month; a 落款 written 2025年元月 (figures for the year) names no day
    doc = govdoc.parse_text(
        "关于做好寒假安全工作的通知\n各中小学校：\n请各校做好寒假期间学生安全教育。\n特此通知。\n某县教育局\n2025年元月\n"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date, doc.signature.date_partial) == (("某县教育局",), None, "2025-01")
    assert "date-partial" in [w.code for w in doc.warnings]


def test_a_year_and_a_month_in_figures_under_the_organ_stays_a_partial_date() -> None:
    doc = govdoc.parse_text(
        "关于做好寒假安全工作的通知\n各中小学校：\n请各校做好寒假期间学生安全教育。\n特此通知。\n某县教育局\n2025年1月\n"
    )
    assert doc.signature is not None and doc.signature.date_partial == "2025-01"
