"""What session 12's speed-ups of the text parse must not change: each shortcut gives the answer of the
longer way it replaces, on new examples of what it guards, on every line of the corpora and on
generated lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.rules.sections import leads_a_quote, turns_to_answer
from tests.test_speed9 import _corpus_lines

# --- the quote lead: asked only of a line that does not turn to the answer -----------------------------


def _leads_a_quote_whole(folded: str) -> bool:
    """`leads_a_quote` as it was: QUOTE_LEAD asked before the turn to the answer."""
    return (
        folded.rstrip(" \n").endswith(":") and P.QUOTE_LEAD.search(folded) is not None and not turns_to_answer(folded)
    )


def test_a_quote_lead_is_told_as_before() -> None:
    """New lead lines (and lines that only look like one), each asked both ways."""
    lines = [
        "经过多方调研和实地走访，贵委员会在本次会议期间提交的提案中主要反映以下问题：",
        "代表们的意见：",
        "委员在提案中呼吁：  ",
        "来信人在信中提到了小区停车难、充电桩少、消防通道被占用等问题，具体包括：",
        "区住建局在收到交办件后高度重视，组织专题会议进行研究，现将办理情况答复如下：",
        "我们认为：",  # no lead word
        "您提出的关于加强老旧小区改造的建议收悉。",  # no colon
        "建议：加快推进。",  # the colon is not the last
        "你们希望的" + "某" * 40 + "：",  # the verb too far from the colon
        "您提出的关于加快推进老旧小区加装电梯的建议收悉，现答复如下：",  # both a lead and the turn
    ]
    for line in lines:
        f = fold(line)
        assert leads_a_quote(f) == _leads_a_quote_whole(f), line
    assert leads_a_quote(fold(lines[0])) and leads_a_quote(fold(lines[1])) and not leads_a_quote(fold(lines[4]))


def test_a_quote_lead_is_told_as_before_on_every_corpus_line() -> None:
    found = 0
    for line in _corpus_lines():
        f = fold(line)
        expected = _leads_a_quote_whole(f)
        assert leads_a_quote(f) == expected, line
        found += expected
    assert found > 0


_LEAD_PIECES = st.sampled_from(
    [
        "您",
        "你们",
        "委员",
        "提案",
        "来函",
        "提出",
        "归纳为",
        "关注",
        "的",
        "意见",
        "诉求",
        "们",
        "某",
        "现答复",
        "如下",
        "。",
        ":",
        " ",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LEAD_PIECES, max_size=40))
def test_a_quote_lead_is_told_as_before_on_generated_lines(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert leads_a_quote(line) == _leads_a_quote_whole(line)
