"""What session 12's speed-ups of the text parse must not change: each shortcut gives the answer of the
longer way it replaces, on new examples of what it guards, on every line of the corpora and on
generated lines."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc import patterns as P
from govdoc.fields import contact
from govdoc.fold import fold
from govdoc.patterns import CALL_WORDS, LATIN_PHONE_LABELS, PHONE_LABELS
from govdoc.rules.lines import marker_at
from govdoc.rules.sections import leads_a_quote, turns_to_answer
from tests.conftest import without_shared
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
    # the corpora's replies quote their proposals; our own fixtures alone quote none
    assert without_shared() or found > 0


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


# --- contact: a phone label told by one search of its words -------------------------------------------


def _is_phone_label_as_before(label: str) -> bool:
    return label.lower() in LATIN_PHONE_LABELS or any(word in label for word in (*PHONE_LABELS, *CALL_WORDS))


def test_a_phone_label_is_told_as_before() -> None:
    """New labels, joined and alone, with a phone word or a call verb or none."""
    labels = [
        "联系人及联系方式",
        "联系单位及电话",
        "值班座机",
        "请拨打",
        "或致电",
        "Mobile",
        "TEL",
        "邮政编码",
        "承办处室",
    ]
    labels += ["通讯地址", "经办人", "传真", "微信号", "E-mail", "手机号码", "电话/传真", "联络人"]
    for label in labels:
        assert contact._is_phone_label(label) == _is_phone_label_as_before(label), label
    assert contact._is_phone_label("值班座机") and not contact._is_phone_label("邮政编码")


def test_a_phone_label_is_told_as_before_on_every_corpus_label() -> None:
    found = set()
    for line in _corpus_lines():
        found.update(m.group("label") for m in P.CONTACT_LABEL.finditer(fold(line)))
    assert len(found) > (3 if without_shared() else 5)  # our own fixtures alone carry five labels
    for label in found:
        assert contact._is_phone_label(label) == _is_phone_label_as_before(label), label


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PHONE_LABELS, *CALL_WORDS, "联系", "人", "及", "电", "话", "TeL", "单位", "/"]), max_size=5
    )
)
def test_a_phone_label_is_told_as_before_on_generated_labels(words: list[str]) -> None:
    label = "".join(words)
    assert contact._is_phone_label(label) == _is_phone_label_as_before(label)


# --- a section marker asked of a string: its first character first ------------------------------------


def _same_match(a: regex.Match[str] | None, b: regex.Match[str] | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and a.span() == b.span() and a.groups() == b.groups()
    )


def test_a_marker_asked_of_a_string_is_the_patterns_match() -> None:
    """New lines opening with each family, with what only looks like one, and with none; at the start
    and further in (the flattened pages' cuts ask at a run of spaces' end)."""
    lines = [
        "第三章　附则",
        "(四)强化督查问责",
        "㈢加强宣传",
        "⑵完善制度",
        "⒊落实责任",
        "④其他事项",
        "十二、下一步工作打算",
        "7.资金保障",
        "3 加强培训",
        "１２、全角数字",  # fullwidth digits are decimal
        "感谢您对我区工作的关心和支持。",
        "某区住房和城乡建设局",
        "2024年5月6日",
        "一是加强领导",
        "",
        " 一、前有空格",
    ]
    for line in lines:
        f = fold(line)
        for pos in range(len(f) + 1):
            assert _same_match(marker_at(f, pos), P.SECTION_MARKER.match(f, pos)), (line, pos)
    assert marker_at(fold("十二、下一步工作打算")) is not None and marker_at(fold("感谢您的建议")) is None


def test_a_marker_asked_of_a_string_is_the_patterns_match_on_every_corpus_line() -> None:
    found = 0
    for line in _corpus_lines():
        f = fold(line)
        for pos in {0, f.find(" ") + 1, len(f) // 2}:
            expected = P.SECTION_MARKER.match(f, pos)
            assert _same_match(marker_at(f, pos), expected), (line, pos)
            found += expected is not None
    assert found > (20 if without_shared() else 100)  # our own fixtures alone hold about thirty markers


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("第一二十〇两章条(（)）、.,，1２٣ ⑴⒈①㈠感谢某\t"), max_size=12), st.integers(0, 3)
)
def test_a_marker_asked_of_a_string_is_the_patterns_match_on_generated_lines(text: str, pos: int) -> None:
    f = fold(text)
    assert _same_match(marker_at(f, pos), P.SECTION_MARKER.match(f, pos))
