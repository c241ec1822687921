"""A class of deputies or members in the brackets after a proposal's number names no proposer (diffread-A A7).

`…第18号建议（基层代表）的答复` says which class of deputy proposed it, not who: no name. A name in the same
brackets (`（周某某代表）`) is still the proposer. New examples written for these tests.
"""

from __future__ import annotations

import pytest

import govdoc

_REPLY = """关于县十九届人大二次会议第18号建议{bracket}的答复
县人大代表：
    您提出的建议收悉，现答复如下：
    我局已将乡村道路养护纳入今年计划。
    特此答复。
某县交通运输局
2024年5月8日
"""


@pytest.mark.parametrize(
    "bracket", ["（基层代表）", "（特邀委员）", "（教育界委员）", "（闭会期间代表）", "（农业界别委员）"]
)
def test_a_class_of_deputies_in_the_brackets_names_no_proposer(bracket: str) -> None:
    ref = govdoc.parse_text(_REPLY.format(bracket=bracket)).header.responds_to
    assert ref is not None and ref.number == "18"
    assert list(ref.proposers) == []


def test_guard_a_name_in_the_brackets_is_still_the_proposer() -> None:
    ref = govdoc.parse_text(_REPLY.format(bracket="（周某某代表）")).header.responds_to
    assert ref is not None and list(ref.proposers) == ["周某某"]
