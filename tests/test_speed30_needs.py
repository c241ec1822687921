"""The character needs of session 30: each cheap rule is skipped where the document lacks its sign, and the same
document with the sign gets the rule's work.

`pipeline.NEEDS` names, beside the zone needs, a character need for eight cleanup and table rules whose own walk
asked each line for one mark (`jammer`, `html_entities`, `lone_cells`, `print_bands`, `pinyin`, `bracketed_labels`,
`pipe_rows`, `spaced_rows`) and three trailer rules (`attachment_content`, `closing_then_organ`, `minutes_head`).
Each need is read off the rule's first test of a line (tests/test_needs.py runs every gated rule ungated on every
corpus document whose need is absent and finds the state unchanged). Here, per need: a written document holding the
sign, whose parse shows the rule's work (and lacks it with the rule switched off), and the same document without
the sign, where the need is absent at the rule's place in the pipeline. The facts the needs are asked of are kept
while no block is made and no text set (`Facts.still`, by the stamp `Block` keeps): counted here, never timed.
"""

from __future__ import annotations

import pytest

import govdoc
from govdoc.blocks import Block, last_stamp
from govdoc.pipeline import DEFAULT_RULES, NEEDS, default_pipeline, facts
from govdoc.readers import read_bytes
from govdoc.state import State

_REPLY = [
    "关于加强城区停车管理的建议的答复",
    "钱某某代表：",
    "您提出的建议收悉，现答复如下。",
    "一、加强停车场建设",
    "今年新建公共停车位一千二百个。",
    "感谢您对我们工作的关心和支持。",
    "某市城市管理局",
    "2024年6月18日",
]


def _state_at(rule: str, text: str) -> State:
    """The state a text's read blocks stand in when `rule`'s need is asked: every default rule before it run."""
    reading = read_bytes(text.encode(), "txt")
    state = State(blocks=reading.blocks, format=reading.format)
    for name, fn in DEFAULT_RULES:
        if name == rule:
            return state
        fn(state)
    raise AssertionError(rule)


def _need_met(rule: str, text: str) -> bool:
    return NEEDS[rule].met(facts(_state_at(rule, text)))


def _parse(lines: list[str], without: str = "") -> govdoc.Document:
    """The lines parsed by the default rules (`without`: that rule switched off, to show the work is its own)."""
    pipeline = default_pipeline()
    if without:
        pipeline.disable(without)
    return govdoc.parse("\n".join(lines).encode(), format="txt", pipeline=pipeline)


def _rows(doc: govdoc.Document) -> list[tuple[str, ...]]:
    return [tuple(row) for s in doc.iter_sections() for t in s.tables for row in t.rows]


def _body_text(doc: govdoc.Document) -> list[str]:
    return [p.text for s in doc.iter_sections() for p in s.paragraphs]


_JUNK = " 5 o9 W! ^+ u7 T& r7 W' k"  # a site's anti-copying tokens between the words
_SPACED_TABLE = ["项目    数量    金额", "道路    3    120", "桥梁    2    80"]
_PIPE_TABLE = ["| 项目 | 金额 |", "| 道路修缮 | 120万元 |", "| 桥梁维护 | 80万元 |"]  # (no delimiter row: the reader's)
_CASES = {
    # rule: (the line with the sign, the same line without it, where the sign's line stands in _REPLY)
    "jammer": ("今年新建公共停车位一千二百个。" + _JUNK, "今年新建公共停车位一千二百个。", 4),
    "html_entities": ("今年新建公共停车位一千二百个&#12290;", "今年新建公共停车位一千二百个。", 4),
    "lone_cells": ("| 关于加强城区停车管理的建议的答复 | | | |", "关于加强城区停车管理的建议的答复", 0),
    "pinyin": ("今年新建公共停(tíng)车位一千二百个。", "今年新建公共停车位一千二百个。", 4),
    "bracketed_labels": ("【联系人】孙某　【联系电话】0571-86001234", "联系人孙某　联系电话0571-86001234", 8),
}


@pytest.mark.parametrize("rule", sorted(_CASES))
def test_a_line_rules_need_is_absent_without_its_sign_and_met_with_it(rule: str) -> None:
    with_sign, without, at = _CASES[rule]
    assert _need_met(rule, "\n".join([*_REPLY[:at], with_sign, *_REPLY[at + 1 :]]))
    assert not _need_met(rule, "\n".join([*_REPLY[:at], without, *_REPLY[at + 1 :]]))


def test_a_jammers_tokens_leave_a_line_that_holds_them() -> None:
    lines = [*_REPLY[:4], "今年新建公共停车位一千二百个。" + _JUNK, *_REPLY[5:]]
    doc = _parse(lines)
    assert "o9" not in doc.text and "今年新建公共停车位一千二百个。" in _body_text(doc)
    assert "o9" in _parse(lines, without="jammer").text


def test_a_character_reference_is_read_as_its_character() -> None:
    lines = [*_REPLY[:4], "今年新建公共停车位一千二百个&#12290;", "明年再建&#12288;八百个&#12290;", *_REPLY[5:]]
    doc = _parse(lines)
    assert "&#12290;" not in doc.text and "今年新建公共停车位一千二百个。" in _body_text(doc)
    assert "&#12290;" in _parse(lines, without="html_entities").text


def test_a_lone_cells_bars_leave_and_its_words_are_the_title() -> None:
    lines = ["| 关于加强城区停车管理的建议的答复 | | | |", *_REPLY[1:]]
    assert _parse(lines).header.title == "关于加强城区停车管理的建议的答复"
    assert _parse(lines, without="lone_cells").header.title != "关于加强城区停车管理的建议的答复"


def test_a_reading_aids_pinyin_leaves() -> None:
    lines = [*_REPLY[:4], "今年新建公共停(tíng)车位一千二百个。", *_REPLY[5:]]
    doc = _parse(lines)
    assert "(tíng)" not in doc.text and "今年新建公共停车位一千二百个。" in _body_text(doc)
    assert "(tíng)" in _parse(lines, without="pinyin").text


def test_bracketed_contact_labels_are_read_as_labels() -> None:
    lines = [*_REPLY, "【联系人】孙某　【联系电话】0571-86001234"]
    doc = _parse(lines)
    assert doc.contact is not None and doc.contact.name == "孙某"
    other = _parse(lines, without="bracketed_labels").contact
    assert other is None or other.name != "孙某"


def test_print_bands_need_a_slash_in_a_text_copy() -> None:
    url = "http://www.example.gov.cn/art/2024/6/18/art_1_2.html"
    head, foot = _REPLY[0] + "    " + url, "第 {n} 页，共 2 页    2024/6/19 8:30"
    cut = _REPLY[4]
    lines = [head, *_REPLY[:4], cut[:8], foot.format(n=1), head, cut[8:], *_REPLY[5:], foot.format(n=2)]
    assert _need_met("print_bands", "\n".join(lines))
    doc = _parse(lines)
    assert url not in doc.text and "8:30" not in doc.text and cut in _body_text(doc)
    assert "8:30" in _parse(lines, without="print_bands").text
    assert not _need_met("print_bands", "\n".join(_REPLY))  # (the date 2024年6月18日 holds no `/`)
    html = State(blocks=[Block("2024/6/19 8:30")], format="html")
    assert not NEEDS["print_bands"].met(facts(html))  # a text copy's rule only


def test_a_pipe_table_needs_a_bar_and_is_a_table() -> None:
    assert _need_met("pipe_rows", "\n".join([*_REPLY[:5], *_PIPE_TABLE, *_REPLY[5:]]))
    assert not _need_met("pipe_rows", "\n".join(_REPLY))
    lines = [*_REPLY[:5], *_PIPE_TABLE, *_REPLY[5:]]
    assert ("道路修缮", "120万元") in _rows(_parse(lines))
    assert _rows(_parse(lines, without="pipe_rows")) == []


def test_a_spaced_table_needs_two_spaces_or_a_tab_and_is_a_table() -> None:
    assert _need_met("spaced_rows", "\n".join([*_REPLY[:5], *_SPACED_TABLE, *_REPLY[5:]]))
    tabbed = [row.replace("    ", "\t") for row in _SPACED_TABLE]
    assert _need_met("spaced_rows", "\n".join([*_REPLY[:5], *tabbed, *_REPLY[5:]]))
    assert not _need_met("spaced_rows", "\n".join(_REPLY))
    lines = [*_REPLY[:5], *_SPACED_TABLE, *_REPLY[5:]]
    assert ("桥梁", "2", "80") in _rows(_parse(lines))
    assert _rows(_parse(lines, without="spaced_rows")) == []


def test_facts_are_kept_while_no_block_is_made_and_no_text_set() -> None:
    state = State(blocks=[Block("关于某事的答复"), Block("某某局"), Block("2024年6月18日")], format="txt")
    made = facts(state)
    assert made.text
    state.blocks[1].zone = state.blocks[1].zone  # a rule that reads or zones lines: no text set
    state.blocks[0], state.blocks[2] = state.blocks[2], state.blocks[0]  # a line moved: no need reads the order
    assert facts(state, made) is made
    before = last_stamp()
    state.blocks.append(Block("抄送：某某"))  # a block made: the facts are made again
    assert last_stamp() is not before
    again = facts(state, made)
    assert again is not made and "抄送" in again.text
    state.blocks[0].set_text("某某局&amp;")
    assert facts(state, again) is not again


def test_a_plain_reply_makes_the_needs_facts_few_times() -> None:
    """Counted: the facts are made when the first need is asked and again only after a rule made a block or set
    a text; the eight cleanup needs of a reply that needs none of them are asked of one set of facts."""
    made: list[int] = []
    original = facts

    def counted(state: State, known: object = None) -> object:
        result = original(state, known)  # type: ignore[arg-type]
        if result is not known:
            made.append(1)
        return result

    from govdoc.ruler import Ruler

    ruler: Ruler[State] = Ruler(DEFAULT_RULES[:14], needs=NEEDS, facts=counted)  # type: ignore[arg-type]
    reading = read_bytes("\n".join(_REPLY).encode(), "txt")
    ruler.run(State(blocks=reading.blocks, format=reading.format))
    assert len(made) == 1


def test_an_attachments_content_needs_a_line_holding_fu_and_leaves_the_sections() -> None:
    lines = [*_REPLY, "附件", "2024年停车位建设清单", "一、东城区新建停车位三百个。", "二、西城区新建停车位四百个。"]
    assert _need_met("attachment_content", "\n".join(lines))
    assert not _need_met("attachment_content", "\n".join(_REPLY))
    assert [s.title for s in _parse(lines).iter_sections()] == ["加强停车场建设"]
    assert len([*_parse(lines, without="attachment_content").iter_sections()]) == 3


def test_a_minutes_head_needs_jiyao_and_gives_the_imprint() -> None:
    lines = [
        "城区停车管理专题会议纪要",
        "某市人民政府办公室印发　2024年6月18日",
        "6月17日，副市长孙某主持召开专题会议，研究城区停车管理工作。纪要如下。",
        "一、加快停车场建设",
        "会议要求，今年新建公共停车位一千二百个。",
    ]
    assert _need_met("minutes_head", "\n".join(lines))
    assert not _need_met("minutes_head", "\n".join(_REPLY))
    imprint = _parse(lines).imprint
    assert imprint is not None and (imprint.printed_by, imprint.printed_on) == ("某市人民政府办公室", "2024-06-18")
    assert _parse(lines, without="minutes_head").imprint is None


def test_an_organ_after_the_closings_gap_needs_the_gap_and_signs() -> None:
    lines = [*_REPLY[:5], "特此答复。          某市城市管理局", "2024年6月18日"]
    assert _need_met("closing_then_organ", "\n".join(lines))
    assert not _need_met("closing_then_organ", "\n".join([*_REPLY[:5], "特此答复。", *_REPLY[6:]]))
    signed = _parse(lines).signature
    assert signed is not None and signed.issuers == ("某市城市管理局",)
    unsigned = _parse(lines, without="closing_then_organ").signature
    assert unsigned is not None and unsigned.issuers == ()
    gapped = State(blocks=[Block("特此答复。某市城市管理局", gaps=[5])], format="pdf")
    assert NEEDS["closing_then_organ"].met(facts(gapped))  # a reader's layout gap, no space written
