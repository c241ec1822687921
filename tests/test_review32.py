"""Session 32's second review: strict-xfail pins of misbehaviours found in commits landed this session.
Each pin names the finding (REVIEW32 Rn in /work/coord/alerts.md) and its commit; the author's fix lifts it.
Documents are made up for the purpose (organs, people, places); expected values written by hand."""

from __future__ import annotations

import pytest

import govdoc
from tests.probing import checked

_FRONT = "关于县政协九届四次会议第45号提案的答复\n卜某委员：\n您提出的关于发展林下经济的提案收悉，现答复如下：\n"
_FOOT = "特此答复。\n沭溪县林业局\n2025年6月12日\n"


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


def test_a_pagers_row_of_bracketed_page_numbers_opens_no_point() -> None:
    doc = checked(
        _FRONT
        + "一、发展现状\n全县林下种植面积达三万亩。\n【1】【2】【3】【下一页】\n二、下一步工作\n我局将编制规划。\n"
        + _FOOT
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]


_CONTACT_FRONT = (
    "关于县人大十七届二次会议第83号建议的答复\n滕某代表：\n您提出的关于改善农村饮水条件的建议收悉，现答复如下：\n"
    "今年全县新建集中供水工程六处。\n特此答复。\n涔阳县水利局\n2025年7月3日\n"
)


@pytest.mark.parametrize("line", ["联系人：卓某某、传真0736-7321456", "联系人：卓某某、邮箱zhuo@example.cn"])
def test_a_contact_label_after_the_persons_pause_mark_is_no_second_person(line: str) -> None:
    doc = checked(_CONTACT_FRONT + line + "\n")
    assert doc.contact is not None and doc.contact.name == "卓某某"


def test_an_embed_source_of_many_document_suffixes_before_a_newline_is_read_in_linear_time() -> None:
    """REVIEW32 R4 (6ce6d108), fixed: the embedded file's suffix is asked of a few characters at each place."""
    import time

    source = ".pdf?" * 10_000 + "\nx"  # 50 KB: linear, well under a second; quadratic, some ten seconds
    page = f"<html><body><h1>关于开展汛前安全检查的通知</h1><p>各乡镇：</p><embed src='{source}'></body></html>"
    start = time.process_time()
    try:
        govdoc.parse(page.encode("utf-8"), format="html")
    except govdoc.GovDocError as exc:
        assert exc.code != "internal-error", exc
    assert time.process_time() - start < 3.0


def _plain_pdf(pages: list[list[tuple[str, float, float, float]]]) -> bytes:
    """format32's tagged maker, untagged (its lines carry no artifact mark)."""
    from tests.test_format32_causes import _tagged_pdf

    return _tagged_pdf([[(*line, False) for line in page] for page in pages]).replace(
        b" /MarkInfo << /Marked true >> /StructTreeRoot", b" /Untagged"
    )


def test_a_points_heading_in_small_type_at_the_top_of_a_later_page_stays_in_the_text() -> None:
    """REVIEW32 R5 (7865c4d9, withdrawn by the lead with c3ddd37b): a line set apart at the top of a later page in
    type smaller than the body's left the text unsaid as a running head, a point's heading in 小四 with it."""
    from tests.test_format32_causes import _FIRST, _body

    _PLAIN_FIRST = [(t, x, y, s) for t, x, y, s, a in _FIRST if not a]

    heading = "（一）预算单位"
    second = [
        (heading, 112.0, 800.0, 12.0),
        *[
            (t, x, y, s)
            for t, x, y, s, _ in _body(740.0, ("县直各部门编报本部门决算。", 112.0), ("二、时间要求", 112.0))
        ],
        *[
            (t, x, y, s)
            for t, x, y, s, _ in _body(680.0, ("特此通知。", 112.0), ("某县财政局", 380.0), ("2024年12月16日", 372.0))
        ],
    ]
    doc = govdoc.parse(_plain_pdf([_PLAIN_FIRST, second]), format="pdf")
    assert heading in doc.text.replace("\n", "")


def test_the_closing_formula_under_a_line_ending_on_a_comma_stays_the_closing() -> None:
    doc = checked(
        "关于县政协十届三次会议第31号提案的答复\n冼某委员：\n您提出的关于改善渡口设施的提案收悉，现答复如下：\n"
        "一、办理情况\n新建渡口候船亭两座，\n特此答复。\n沅陵县交通运输局\n2025年6月30日\n"
    )
    assert doc.closing is not None and doc.closing.text == "特此答复。"
