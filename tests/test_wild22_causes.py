"""Causes behind the misses of session 22's deeper hand reading of the wild corpus (tests/data/wild-hand).

Each cause is tested on new examples written here (not the wild text), each failing before its fix
(/work/s22start), with guards on ordinary text that looks like it:
- a second 一是/二是 run after the first in one paragraph (…一是…二是…。针对上述问题，一是…二是…) was taken
  as nested inside the first run's last item and dropped: a family does not nest in itself
  (rules.enumerations `_runs`; wild w064);
- a later 是-member whose stop the copy lost (…落实责任人二是加固…) broke its run, so the whole run made
  no items: it carries on a run of its own family in the same paragraph (patterns.GLUED_MEMBER,
  rules.enumerations `_glued`; wild w222);
- the reply's turn whose colon the copy lost (…经研究，现答复如下 ⏎ 近年来…) was joined to the answer's
  first paragraph as a page-break cut (patterns.TURN_WITHOUT_STOP, rules.joins `continues`; wild w257).
"""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

HEAD = (
    "关于县政协十一届三次会议第27号提案的答复\n王某委员：\n您提出的《关于加强农贸市场管理的提案》收悉，现答复如下：\n"
)
TAIL = "感谢您对我局工作的关心和支持。\n某县市场监督管理局\n2024年6月3日\n"


def _items(text: str) -> list[tuple[str, str]]:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return [(item.marker, item.lead) for para in doc.preamble for item in para.items]


def test_a_run_starting_again_in_its_own_family_is_the_next_run_not_a_nested_one() -> None:
    body = (
        "经实地查看，市场秩序问题主要有两方面原因，一是摊位设置不合理，占道经营较多。二是管理人员不足，巡查频次偏低。"
        "针对上述问题，一是重新规划摊位布局，设置临时疏导区。二是增加管理人员，实行分时段巡查。\n"
    )
    assert _items(HEAD + body + TAIL) == [
        ("一是", "摊位设置不合理，占道经营较多"),
        ("二是", "管理人员不足，巡查频次偏低"),
        ("一是", "重新规划摊位布局，设置临时疏导区"),
        ("二是", "增加管理人员，实行分时段巡查"),
    ]


def test_the_item_before_a_restarted_run_ends_where_the_run_starts() -> None:
    body = "一是摊位设置不合理。二是管理人员不足。针对上述问题，一是重新规划摊位。二是增加管理人员。\n"
    doc = govdoc.parse_text(HEAD + body + TAIL)
    texts = [item.text for para in doc.preamble for item in para.items]
    assert texts[1] == "二是管理人员不足。针对上述问题，"
    assert texts[2] == "一是重新规划摊位。"


def test_a_run_of_another_family_inside_an_item_stays_nested() -> None:
    # guard: 一要/二要 inside 一是's item are the item's own points, as before
    body = "一是加强市场管理，一要清理占道摊位，二要规范停车秩序。二是充实管理力量，增加巡查人员。\n"
    assert [m for m, _ in _items(HEAD + body + TAIL)] == ["一是", "二是"]


def test_a_member_whose_stop_was_lost_carries_its_run_on() -> None:
    body = (
        "近年来我局做了以下工作：一是完善防汛预案，落实责任人二是加固堤防三处，清理河道淤积。"
        "三是开展应急演练两次，储备物资一批四是建立雨情通报群。\n"
    )
    assert _items(HEAD + body + TAIL) == [
        ("一是", "完善防汛预案，落实责任人"),
        ("二是", "加固堤防三处，清理河道淤积"),
        ("三是", "开展应急演练两次，储备物资一批"),
        ("四是", "建立雨情通报群"),
    ]


def test_a_glued_numeral_and_shi_without_a_run_before_it_is_no_member() -> None:
    # guards: 之二是 with no 一是 run, 统一是/唯一是, and 项目三是 in the paragraph after a run
    assert _items(HEAD + "我们的目标之一是安全，之二是高效，唯一是底线，统一是前提。\n" + TAIL) == []
    body = "一是清理占道摊位。二是规范停车秩序。\n目前全县在建重点项目三是省级项目，进展顺利。\n"
    assert [m for m, _ in _items(HEAD + body + TAIL)] == ["一是", "二是"]


def test_a_glued_member_out_of_order_does_not_join_the_run() -> None:
    body = "一是清理占道摊位，规范经营四是加强宣传。二是规范停车秩序。\n"
    assert [m for m, _ in _items(HEAD + body + TAIL)] == ["一是", "二是"]


TURN_HEAD = "关于市政协八届二次会议第56号提案的答复\n\n李某委员：\n\n您提出的《关于增设社区充电桩的提案》收悉，经研究，现答复如下\n\n"
TURN_BODY = "今年以来，我局在全市新建充电桩120个，覆盖社区45个。\n\n下一步，我局将继续推进充电设施建设。\n\n"
TURN_TAIL = "感谢您对住房和城乡建设工作的关心和支持。\n\n某市住房和城乡建设局\n\n2024年7月1日\n"


def test_the_answers_turn_without_its_colon_ends_its_paragraph() -> None:
    doc = govdoc.parse_text(TURN_HEAD + TURN_BODY + TURN_TAIL)
    check_invariants(doc)
    texts = [para.text for para in doc.preamble]
    assert texts[0].endswith("现答复如下")
    assert texts[1].startswith("今年以来")
    assert [para.phase for para in doc.preamble] == ["progress", "progress", "plan"]
    assert not [
        w
        for w in doc.warnings
        if w.code == "page-break-joined" and "答复如下" in doc.text[w.span.start - 6 : w.span.end]
        if w.span
    ]


def test_other_turns_without_their_colon_end_too() -> None:
    for turn in ("现将办理情况函告如下", "现将有关情况报告如下", "现回复如下"):
        doc = govdoc.parse_text(TURN_HEAD.replace("经研究，现答复如下", turn) + TURN_BODY + TURN_TAIL)
        assert doc.preamble[0].text.endswith(turn), turn


def test_a_sentence_cut_by_a_page_number_still_joins() -> None:
    # guard: a line ending mid-sentence over a page number is still one paragraph cut by the page
    cut = "今年以来，我局高度重视充电设施建设，会同供电部门对全市老旧小区逐一开展摸排，形成了\n- 2 -\n建设清单，新建充电桩120个。\n"
    doc = govdoc.parse_text(TURN_HEAD.replace("现答复如下", "现答复如下：") + cut + TURN_TAIL)
    assert any(para.text.endswith("形成了建设清单，新建充电桩120个。") for para in doc.preamble)
