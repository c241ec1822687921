"""Session 11's fixes of older strict xfails: each test is a new example (new wording, another
layout) of the general cause an xfail named, written by hand from the contract before the parser
ran on it, so it shows the cause is fixed rather than the one document that showed it."""

from __future__ import annotations

from tests.probing import checked

# ------------------------------------------- an untitled body closing on its type's own formula


def test_an_untitled_body_closing_on_a_formula_of_its_type_takes_that_type() -> None:
    # the contract's body words are 特此 + the type's own word (特此通知, 特此批复, 特此通报);
    # an untitled 通告, 报告 or 请示 closes with the same formula and names its type as surely
    for formula, kind in (
        ("特此通告", "announcement"),
        ("特此报告", "report"),
        ("特此请示", "request"),
        ("特此公告", "announcement"),
    ):
        doc = checked(
            "因供水主管道抢修，城东片区将于2025年3月6日8时至20时停止供水，请居民提前储水。\n"
            f"{formula}。\n"
            "某市水务局\n"
            "2025年3月4日\n"
        )
        assert (doc.kind, doc.header.title) == (kind, None), formula
        assert doc.closing is not None and doc.closing.text == f"{formula}。"
