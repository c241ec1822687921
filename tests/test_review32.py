"""Session 32's second review: strict-xfail pins of misbehaviours found in commits landed this session.
Each pin names the finding (REVIEW32 Rn in /work/coord/alerts.md) and its commit; the author's fix lifts it.
Documents are made up for the purpose (organs, people, places); expected values written by hand."""

from __future__ import annotations

import pytest

from tests.probing import checked

_FRONT = "关于县政协九届四次会议第45号提案的答复\n卜某委员：\n您提出的关于发展林下经济的提案收悉，现答复如下：\n"
_FOOT = "特此答复。\n沭溪县林业局\n2025年6月12日\n"


@pytest.mark.xfail(
    strict=True,
    reason="REVIEW32 R1 (709d9835): 【1】 and 〔1〕 open bracketed-number points anywhere, so a list of works cited "
    "under a line of the answer opens sections titled by their authors",
)
def test_a_list_of_works_cited_in_lenticular_brackets_stays_the_points_text() -> None:
    doc = checked(
        _FRONT + "一、发展现状\n全县林下种植面积达三万亩，相关研究可参阅以下文献：\n"
        "【1】韦某某.林下中药材种植模式研究[J].林业科技,2022(4).\n"
        "【2】覃某.山区林下经济发展路径[M].南宁:某某出版社,2023.\n"
        "二、下一步工作\n我局将编制林下经济发展规划。\n" + _FOOT
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    first = " ".join(p.text for p in doc.sections[0].paragraphs)
    assert "韦某某.林下中药材种植模式研究" in first and "覃某.山区林下经济发展路径" in first


@pytest.mark.xfail(
    strict=True,
    reason="REVIEW32 R1 (709d9835): a pager's row of bracketed page numbers (【1】【2】【下一页】) opens a point "
    "whose title is the rest of the pager",
)
def test_a_pagers_row_of_bracketed_page_numbers_opens_no_point() -> None:
    doc = checked(
        _FRONT
        + "一、发展现状\n全县林下种植面积达三万亩。\n【1】【2】【3】【下一页】\n二、下一步工作\n我局将编制规划。\n"
        + _FOOT
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
