"""Findings session 27 left open (findings29's brief), each closed at its general cause with a test from a new
example; the expected values are written by hand from the documents as written and the contract, never copied
from the parser's output. Made-up organs, people and places throughout.
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

# --- a phone a page end cut, whose number is a hotline outside the 123xx series, under a phone label ------------

_REPLY = (
    "柯某某委员：\n您提出的关于加强山区气象灾害预警的提案收悉，现答复如下：\n"
    "我局已在各乡镇增设自动气象站十二处，并将预警信息接入应急广播。\n"
    "临江县气象局\n2025年5月12日\n"
)


def test_a_hotline_under_a_phone_label_cut_by_a_page_number_is_joined_into_one_phone() -> None:
    """咨询电话：0745- ⏎ 第 2 页 ⏎ 12121: 12121 (the weather line) is no 123xx hotline, but under a phone label any
    five figures opening on 12 are a phone, so the two pieces the page end cut are that one phone."""
    doc = checked(_REPLY + "联系人：柯某　咨询电话：0745-\n第 2 页\n12121\n")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("柯某", ("0745-12121",))
    assert "page-break-joined" in codes(doc)


def test_five_figures_cut_after_a_person_label_alone_are_not_joined_into_a_phone() -> None:
    """The control: after a person's label (no phone label) five figures are a phone only in the 123xx series, so
    联系人：柯某 0745- ⏎ 12121 is no phone the join would make, and the line left over is said."""
    doc = checked(_REPLY + "联系人：柯某 0745-\n第 2 页\n12121\n")
    assert doc.contact is None or doc.contact.phones == ()
    assert "content-unplaced" in codes(doc)


def test_a_landline_cut_by_a_page_number_is_still_joined() -> None:
    doc = govdoc.parse_text(_REPLY + "联系人：柯某　联系电话：0745-6631\n第 2 页\n208\n")
    assert doc.contact is not None and doc.contact.phones == ("0745-6631208",)
