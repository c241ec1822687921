"""diffread-B's findings on noise20's code (/work/coord/reports/diffread-B.md), each shown by a NEW example
of its cause (not the repro text), failing on main before the fix, with a guard that the case the code was
written for still reads."""

from __future__ import annotations

import govdoc
from tests.probing import checked, squashed


def _in_text(doc: govdoc.Document, line: str) -> bool:
    return squashed(line) in squashed(doc.text)


# --- B1/B2: a number without 号 is the proposal's only where nothing better stands (fields.proposal._lost)


def test_a_lead_proposer_named_by_a_figure_is_no_proposals_number() -> None:
    """B1: `第2建议人` is the second deputy who signed, a person: the reference stays the meeting's."""
    doc = checked(
        "关于区人大五届二次会议《关于改善老旧小区停车条件的建议》的答复\n何某代表：\n"
        "您作为第2建议人提出的《关于改善老旧小区停车条件的建议》收悉。经研究，现答复如下：\n"
        "今年新增停车位三百个。\n特此答复。\n某区住房和城乡建设局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number is None and ref.kind == "建议"
    assert (ref.body, ref.term, ref.session) == ("人大", 5, 2)


def test_an_ordinal_of_the_points_a_proposal_makes_leaves_the_meeting_reference() -> None:
    """B2: `对第4建议` after `提出了5条建议` is one of the points, not the proposal: the opening's meeting
    reference stands (kind 提案, 政协, 届 and 次)."""
    doc = checked(
        "关于推进垃圾分类工作提案的答复\n韩某委员：\n"
        "您在县政协九届四次会议上提出的关于推进垃圾分类工作的提案收悉。提案共提出了5条建议，对第4建议，"
        "我局已列入明年计划。现答复如下：\n今年建成分类收集点四十个。\n特此答复。\n某县城市管理局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number is None and ref.kind == "提案"
    assert (ref.body, ref.term, ref.session) == ("政协", 9, 4)


def test_an_ordinal_after_a_count_of_points_is_no_number_even_without_a_meeting() -> None:
    """B2, where no meeting is named: `第3建议` after `三点建议` is still no proposal's number."""
    doc = checked(
        "关于加强校园周边交通管理的答复\n邹某代表：\n"
        "您提出的关于加强校园周边交通管理的建议收悉。您提出了三点建议，其中第3建议我局正在落实。现答复如下：\n"
        "今年增设护学岗二十个。\n特此答复。\n某区公安分局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is None or ref.number is None


def test_guard_a_number_without_hao_alone_still_names_the_proposal() -> None:
    """Guard (noise20's case): `您提出的第0315提案收悉`, no meeting, no count anywhere: its number."""
    doc = checked(
        "关于加快农贸市场改造的答复\n邓某委员：\n您提出的第0315提案收悉，现答复如下：\n"
        "今年改造农贸市场两个。\n特此答复。\n某县商务局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number == "0315" and ref.kind == "提案"


def test_guard_a_number_without_hao_beside_its_meeting_beats_the_titles_meeting() -> None:
    """Guard: the title names the meeting only; the opening's `会议上提出的第0088建议` names both."""
    doc = checked(
        "关于县人大十七届三次会议代表建议的答复\n龚某代表：\n您在县人大十七届三次会议上提出的第0088建议收悉，现答复如下：\n"
        "今年完成道路硬化十公里。\n特此答复。\n某县交通运输局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number == "0088" and (ref.body, ref.term, ref.session) == ("人大", 17, 3)
