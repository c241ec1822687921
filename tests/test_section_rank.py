"""Section levels by rank, a reply's opening, and the looser marker forms (issue #12, item 1).

Each document is short and written for the rule it probes; expected values come from reading it.
"""

from __future__ import annotations

import govdoc

TITLE = "关于区政协一届一次会议第1号提案的答复\n张某委员：\n"
SIGNED = "\n感谢您对我们工作的关心。\n某区某局\n2024年1月2日\n"


def outline(doc: govdoc.Document) -> list[tuple[int, str, str | None]]:
    return [(s.level, s.marker, s.title) for s in doc.iter_sections()]


def preamble(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble]


def test_points_quoted_in_a_replys_opening_stay_paragraphs_of_the_preamble() -> None:
    doc = govdoc.parse_text(
        TITLE + "您在提案中提出：\n1.加快建设进度；\n2.加强资金保障。\n现答复如下：\n"
        "一、关于建设进度\n今年已开工两处。\n二、关于资金保障\n已列入预算。" + SIGNED
    )
    assert outline(doc) == [(1, "一、", "关于建设进度"), (1, "二、", "关于资金保障")]
    assert preamble(doc) == ["您在提案中提出：", "1.加快建设进度；", "2.加强资金保障。", "现答复如下："]


def test_a_replys_opening_ends_at_the_first_top_heading_when_it_does_not_say_so() -> None:
    doc = govdoc.parse_text(
        TITLE + "您的提案收悉。提案建议：\n（1）增设公交站点\n（2）延长运营时间\n"
        "一、站点设置\n已增设三处。\n二、运营时间\n已延长一小时。" + SIGNED
    )
    assert outline(doc) == [(1, "一、", "站点设置"), (1, "二、", "运营时间")]
    assert preamble(doc)[1:] == ["（1）增设公交站点", "（2）延长运营时间"]


def test_points_after_the_answer_opens_are_sections() -> None:
    doc = govdoc.parse_text(
        TITLE
        + "您的提案收悉，现答复如下：\n1.目前全区已建成充电桩两百个，覆盖所有街镇。\n2.明年将新建一百个。"
        + SIGNED
    )
    assert [(s.level, s.marker, s.style) for s in doc.sections] == [(1, "1.", "num"), (1, "2.", "num")]


def test_a_top_heading_after_lower_ones_is_not_nested_under_them() -> None:
    doc = govdoc.parse_text(
        "关于做好防汛工作的通知\n各街道：\n（一）落实责任\n内容。\n（二）加强巡查\n内容。\n"
        "一、工作要求\n内容。\n（一）提高认识\n内容。\n二、保障措施\n内容。"
    )
    assert outline(doc) == [
        (1, "（一）", "落实责任"),
        (1, "（二）", "加强巡查"),
        (1, "一、", "工作要求"),
        (2, "（一）", "提高认识"),
        (1, "二、", "保障措施"),
    ]


def test_every_rank_nests_under_the_one_above_it_even_when_levels_are_skipped() -> None:
    doc = govdoc.parse_text(
        TITLE
        + "您的提案收悉，现答复如下：\n一、总体情况\n①第一点内容\n1. 分项\n（1）细目\n内容。\n（一）其他\n内容。"
        + SIGNED
    )
    assert outline(doc) == [
        (1, "一、", "总体情况"),
        (2, "①", "第一点内容"),
        (2, "1.", "分项"),
        (3, "（1）", "细目"),
        (2, "（一）", "其他"),
    ]


def test_books_chapters_sections_and_articles_nest_by_rank() -> None:
    doc = govdoc.parse_text(
        "某市物业管理条例\n第一编 总则\n第一章 一般规定\n第一节 适用范围\n第一条 本条例适用于本市。\n"
        "第二条 本条例所称物业，包括：\n（一）房屋；\n（二）配套设施。\n第二章 业主\n第三条 业主享有权利。"
    )
    assert [(level, marker) for level, marker, _ in outline(doc)] == [
        (1, "第一编"),
        (2, "第一章"),
        (3, "第一节"),
        (4, "第一条"),
        (4, "第二条"),
        (5, "（一）"),
        (5, "（二）"),
        (2, "第二章"),
        (3, "第三条"),
    ]
    assert doc.sections[0].style == "part"


def test_families_of_equal_rank_nest_in_the_order_they_first_appear() -> None:
    """一、 and 第一条 share a rank: the one met first stands above."""
    doc = govdoc.parse_text(
        "关于印发管理办法的通知\n各部门：\n一、总则\n第一条 为规范管理，制定本办法。\n第二条 本办法自发布之日起施行。\n二、附则\n内容。"
    )
    assert [(level, marker) for level, marker, _ in outline(doc)] == [
        (1, "一、"),
        (2, "第一条"),
        (2, "第二条"),
        (1, "二、"),
    ]


def test_a_comma_after_a_numeral_opens_no_section_in_a_sentence() -> None:
    doc = govdoc.parse_text(
        TITLE
        + "您的提案收悉，现答复如下：\n一、关于安全生产\n安全生产涉及方方面面。\n一，是我们的首要任务。\n二、关于监管\n内容。"
        + SIGNED
    )
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert [p.text for p in doc.sections[0].paragraphs] == ["安全生产涉及方方面面。", "一，是我们的首要任务。"]


def test_a_number_and_a_space_opens_no_section_before_a_count() -> None:
    doc = govdoc.parse_text(
        TITLE
        + "您的提案收悉，现答复如下：\n一、改造进展\n3 个街道已经完成改造，覆盖居民1万余户。\n12 项工程正在推进"
        + SIGNED
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、"]
    assert len(doc.sections[0].paragraphs) == 2


def test_the_looser_forms_open_a_section_on_a_heading_line() -> None:
    doc = govdoc.parse_text(
        "某区数字化转型工作方案\n一，指导思想\n坚持需求导向。\n1 总体要求\n统筹推进。\n二，工作目标\n到2025年基本建成。"
    )
    assert outline(doc) == [(1, "一，", "指导思想"), (2, "1", "总体要求"), (1, "二，", "工作目标")]


def test_a_line_wrapped_before_a_number_and_a_count_is_joined_back() -> None:
    """`3 个街道…` opens no section, so nothing stops it from carrying on the line above."""
    doc = govdoc.parse_text(
        "关于老旧小区改造的情况通报\n各街道：\n一、总体进展\n经过两年的努力，全区已有\n3 个街道完成改造，覆盖居民1万余户。"
    )
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "经过两年的努力，全区已有3 个街道完成改造，覆盖居民1万余户。"
    ]
    assert "page-break-joined" in [w.code for w in doc.warnings]
