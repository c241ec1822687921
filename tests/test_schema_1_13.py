"""Schema 1.13 (README "Schema 1.13"): a phone's country calling code is kept with the number, as written.

The contract keeps phones "as written, area code and extension kept"; up to 1.12 a code before a mobile or a local
number was left off (round 4's reading) while one before an area code without its 0 was kept. Each example below is a
contact line written for this file (made-up people and numbers of the reserved kinds), its value read by hand.
"""

from __future__ import annotations

import pytest

import govdoc

_HEAD = "苇川县农业农村局关于县政协九届二次会议第12号提案的答复\n邬某委员：\n您提出的提案收悉。现答复如下：\n一、基本情况\n我局已部署。\n苇川县农业农村局\n2025年6月3日\n"


@pytest.mark.parametrize(
    ("line", "phones"),
    [
        ("联系人：邬某，手机：+86 13800138000", ("+86 13800138000",)),
        ("联系人：邬某，手机：+8613800138000", ("+8613800138000",)),
        ("联系人：邬某，手机：0086-138-0013-8000", ("0086-138-0013-8000",)),
        ("联系人：邬某　电话：+852 2345 6789", ("+852 2345 6789",)),
        ("联系人：邬某　电话：+853 2812 3456", ("+853 2812 3456",)),
        ("联系人：邬某　电话：+852 23456789", ("+852 23456789",)),
        ("联系人：邬某　电话：+86-21-64321234", ("+86-21-64321234",)),
        ("联系人：邬某　电话：+86 731 8456 3317", ("+86 731 8456 3317",)),
    ],
)
def test_a_country_code_stays_with_the_number(line: str, phones: tuple[str, ...]) -> None:
    doc = govdoc.parse_text(_HEAD + line + "\n")
    assert doc.contact is not None
    assert doc.contact.phones == phones
    start = doc.contact.phones_spans[0].start
    assert doc.text[start : start + len(phones[0])] == phones[0]


def test_a_number_without_a_code_is_read_as_before() -> None:
    doc = govdoc.parse_text(_HEAD + "联系人：邬某，电话：0731-84563317，手机：13800138000\n")
    assert doc.contact is not None
    assert doc.contact.phones == ("0731-84563317", "13800138000")


def test_a_phone_number_after_a_word_ending_in_figures_takes_no_code() -> None:
    """The code is read only as a code: figures of another token before a mobile are not (工号10086 13800138000)."""
    doc = govdoc.parse_text(_HEAD + "联系人：邬某（工号10086），手机：13800138000\n")
    assert doc.contact is not None
    assert doc.contact.phones == ("13800138000",)
