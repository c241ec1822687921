"""Sections, titles, enumerations, phases and joins on small hand-written documents."""

from __future__ import annotations

import govdoc
from govdoc.rules.joins import wrap_width
from govdoc.state import Block
from tests.conftest import FIXTURES

HEAD = "关于区政协一届一次会议第1号提案的答复\n张某委员：\n您的提案收悉，现答复如下：\n"
TAIL = "\n某区某局\n2024年1月2日\n"


def body(text: str) -> govdoc.Document:
    return govdoc.parse_text(HEAD + text + TAIL)


def test_markdown_heading_depth_decides_nothing() -> None:
    doc = body("## 一、甲\n内容。\n### 二、乙\n内容。\n# 三、丙\n内容。")
    assert [(s.marker, s.level, s.title) for s in doc.sections] == [
        ("一、", 1, "甲"),
        ("二、", 1, "乙"),
        ("三、", 1, "丙"),
    ]


def test_families_nest_by_rank_whatever_order_the_document_uses() -> None:
    """（一） ranks above 1. (GB/T 9704): a `1.` met first does not make it the outer family."""
    doc = body("1. 甲\n内容。\n（一）乙\n内容。\n2. 丙\n内容。\n（二）丁\n内容。")
    assert [(s.marker, s.style, s.level) for s in doc.sections] == [
        ("1.", "num", 1),
        ("（一）", "cn-paren", 1),
        ("（二）", "cn-paren", 1),
    ]
    assert [(s.marker, s.level) for s in doc.sections[1].sections] == [("2.", 2)]


def test_title_rules_own_line_run_in_and_none() -> None:
    doc = body(
        "一、关于协调机制\n内容。\n"
        "二、加强组织领导。各部门要落实责任。\n"
        "三、目前我区所有公交线路已经实现了卫星报站，乘客可以通过手机应用查询公交运行动态。\n"
        "四、短句结尾有句号。\n"
        "五、信息报送的原则：一是及时；二是准确。"
    )
    titles = [s.title for s in doc.sections]
    assert titles == ["关于协调机制", "加强组织领导", None, "短句结尾有句号", "信息报送的原则"]
    assert doc.sections[1].paragraphs[0].text == "各部门要落实责任。"
    assert doc.sections[2].paragraphs[0].text.startswith("目前我区所有公交线路")
    assert doc.sections[3].paragraphs == ()


def test_run_in_title_longer_than_thirty_characters_is_no_title() -> None:
    doc = body("一、这是一个非常长的前导句子它的长度已经明显超过了三十个汉字的限制范围。后面还有正文。")
    assert doc.sections[0].title is None


def test_articles_have_no_title_unless_the_line_is_a_short_heading() -> None:
    doc = body("第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 适用范围\n本办法适用于全市。")
    chapter = doc.sections[0]
    assert (chapter.style, chapter.title) == ("chapter", "总则")
    assert [(a.style, a.ordinal, a.title) for a in chapter.sections] == [
        ("article", 1, None),
        ("article", 2, "适用范围"),
    ]


def test_circled_and_parenthesised_ideograph_markers() -> None:
    doc = body("（一）总体\n①第一点内容。\n②第二点内容。\n㈡其次\n内容。")
    first = doc.sections[0]
    assert [(s.style, s.ordinal) for s in first.sections] == [("circled", 1), ("circled", 2)]
    assert (doc.sections[1].style, doc.sections[1].ordinal) == ("cn-paren", 2)


def test_numbers_that_are_not_markers() -> None:
    doc = body("2021年出台了方案。\n1.5亿元资金已经到位。\n10.2万人次受益。")
    assert doc.sections == ()
    assert len(doc.preamble) == 4


def test_numbering_gap_is_a_warning_not_a_failure() -> None:
    doc = body("一、甲\n内容。\n三、丙\n内容。")
    assert [s.ordinal for s in doc.sections] == [1, 3]
    gaps = [w for w in doc.warnings if w.code == "numbering-gap"]
    assert len(gaps) == 1 and gaps[0].span is not None
    assert doc.text[gaps[0].span.start : gaps[0].span.end] == "三、"


def test_sub_sections_numbered_on_across_parents_are_no_gap() -> None:
    doc = body("一、甲\n（一）子一\n内容。\n（二）子二\n内容。\n二、乙\n（三）子三\n内容。")
    assert [s.ordinal for s in doc.sections[1].sections] == [3]
    assert not [w for w in doc.warnings if w.code == "numbering-gap"]


def test_enumeration_needs_two_members_in_sequence() -> None:
    doc = body("一、甲\n首先，感谢您的关心。我们统一是非。第一次会议已召开，第一批项目已落地。")
    assert doc.sections[0].paragraphs[0].items == ()


def test_stray_marker_before_the_run_is_ignored() -> None:
    doc = body("一、甲\n二是先说明情况。一是加强领导。二是完善制度。")
    items = doc.sections[0].paragraphs[0].items
    assert [(i.ordinal, i.lead) for i in items] == [(1, "加强领导"), (2, "完善制度")]


def test_enumeration_runs_on_across_paragraphs_and_restarts() -> None:
    doc = body("一、甲\n一是建立机制。\n二是完善制度。\n下一步，一是加强督查；二是强化考核。")
    paras = doc.sections[0].paragraphs
    assert [[i.ordinal for i in p.items] for p in paras] == [[1], [2], [1, 2]]
    assert [p.phase for p in paras] == ["progress", "progress", "plan"]
    assert [i.lead for i in paras[2].items] == ["加强督查", "强化考核"]


def test_other_enumeration_families() -> None:
    doc = body(
        "一、甲\n首先，摸清底数。其次，制定方案。最后，抓好落实。\n"
        "一方面，加大投入；另一方面，强化监管。\n"
        "其一，完善规划；其二，加快建设。\n"
        "一要提高认识。二要加强领导。"
    )
    paras = doc.sections[0].paragraphs
    assert [[(i.marker, i.ordinal, i.lead) for i in p.items] for p in paras] == [
        [("首先", 1, "摸清底数"), ("其次", 2, "制定方案"), ("最后", 3, "抓好落实")],
        [("一方面", 1, "加大投入"), ("另一方面", 2, "强化监管")],
        [("其一", 1, "完善规划"), ("其二", 2, "加快建设")],
        [("一要", 1, "提高认识"), ("二要", 2, "加强领导")],
    ]


def test_nested_enumeration_keeps_the_outer_run() -> None:
    doc = body("一、甲\n一是明确重点。一要反映动态。二要反映热点。\n二是建立机制。")
    paras = doc.sections[0].paragraphs
    assert [[i.marker for i in p.items] for p in paras] == [["一是"], ["二是"]]


def test_phase_is_null_where_a_section_has_no_plan() -> None:
    doc = body("一、甲\n近年来做了很多工作。\n目前已经完成。")
    assert [p.phase for p in doc.sections[0].paragraphs] == [None, None]


def test_plan_lasts_to_the_next_heading() -> None:
    doc = body("一、甲\n已完成。\n今后，继续推进。\n再补充一句。\n（一）子\n子内容。")
    assert [p.phase for p in doc.sections[0].paragraphs] == ["progress", "plan", "plan"]
    assert [p.phase for p in doc.sections[0].sections[0].paragraphs] == [None]


def test_page_break_join_needs_an_open_end_and_no_marker() -> None:
    doc = body(
        "一、甲\n这是一个被分页打断的很长的段落，它在这里没有结束就断开了，下一页接着\n写完剩下的内容。\n二、乙\n完整的一句话。"
    )
    assert doc.sections[0].paragraphs[0].text.endswith("下一页接着写完剩下的内容。")
    assert len([w for w in doc.warnings if w.code == "page-break-joined"]) == 1
    assert doc.sections[1].title == "乙"


def test_heading_line_is_never_joined_to_its_body() -> None:
    doc = body("一、关于协调机制\n建立协调机制是前提。")
    assert doc.sections[0].title == "关于协调机制"
    assert not doc.warnings


def test_lone_section_marker_joins_its_heading() -> None:
    doc = body("（一）\n加强组织领导\n内容。")
    assert (doc.sections[0].marker, doc.sections[0].title) == ("（一）", "加强组织领导")


def test_closing_lines_leave_the_last_section() -> None:
    doc = body("一、甲\n内容。\n感谢您对我们工作的关心和支持。\n特此答复。")
    assert doc.closing is not None
    assert doc.closing.text == "感谢您对我们工作的关心和支持。\n特此答复。"
    assert [p.text for p in doc.sections[0].paragraphs] == ["内容。"]


def test_lone_first_thanks_is_preamble_not_closing() -> None:
    doc = body("首先感谢您的关心。\n一、甲\n内容。")
    assert doc.preamble[-1].text == "首先感谢您的关心。"
    assert doc.closing is None


def test_sections_after_the_signature_are_body_unless_under_an_attachment() -> None:
    text = (
        "某市人民政府关于印发某某办法的通知\n各区人民政府：\n现将《某某办法》印发给你们。\n某市人民政府\n2024年3月1日\n"
        "某某办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自发布之日起施行。\n"
        "附件\n一、不属于正文的表格行\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None and doc.signature.date == "2024-03-01"
    assert [s.marker for s in doc.sections] == ["第一条", "第二条"]
    assert "不属于正文的表格行" in doc.text


def test_a_page_break_inside_an_enumeration_marker_is_mended() -> None:
    doc = body("一、甲\n下一步，加强组织领导，完善工作机制。其\n\n一，加强领导；其二，完善制度。")
    para = doc.sections[0].paragraphs[0]
    assert [(i.marker, i.lead) for i in para.items] == [("其一", "加强领导"), ("其二", "完善制度")]
    assert [s.marker for s in doc.sections] == ["一、"]


def test_labels_after_the_signature_and_fields_run_together() -> None:
    doc = govdoc.parse_text(
        "关于市政协十三届三次会议第0521号提案的答复\n尊敬的陈某某委员：\n您的提案收悉，现答复如下：\n已经办理。\n特此答复。\n"
        "某市住房和城乡建设局　　　　2023年6月15日\n（联系人：张三　　联系电话：0571-87654321）\n公开属性：主动公开\n办理结果：列入计划拟解决"
    )
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("张三", ("0571-87654321",))
    assert (doc.header.handling_result, doc.header.disclosure) == ("B", "主动公开")
    assert doc.header.metadata == {}  # only pairs before the title are metadata


def test_organ_and_chinese_date_on_one_line() -> None:
    doc = govdoc.parse_text(
        "关于县人大十七届二次会议第15号建议的答复\n王某某代表：\n您的建议收悉。\n我局高度重视耕地保护工作。\n感谢您的关心。\n某县自然资源局　二〇二三年五月二十日"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县自然资源局",), "2023-05-20")
    assert doc.closing is not None and doc.closing.text == "感谢您的关心。"


def test_a_sentence_ending_in_a_date_is_no_signature() -> None:
    doc = body("一、甲\n会议定于2024年3月5日\n内容。")
    assert doc.signature is not None and doc.signature.date == "2024-01-02"


def test_cc_list_wrapped_onto_a_second_line_and_a_seal_note() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第1号提案的答复\n张某委员：\n您的提案收悉，现答复如下：\n已经办理。\n"
        "某区住房保障和房屋管理局（代章）\n2024年1月2日\n抄送：区政协提案委员会，区政府办公室，\n区住房保障和房屋管理局办公室。\n"
        "某区住房保障和房屋管理局办公室　　2024年1月3日印发"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某区住房保障和房屋管理局",)
    assert doc.imprint is not None
    assert doc.imprint.cc == ("区政协提案委员会", "区政府办公室", "区住房保障和房屋管理局办公室")
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("某区住房保障和房屋管理局办公室", "2024-01-03")


def test_hard_wrapped_closing_is_still_the_closing_and_one_paragraph() -> None:
    doc = body("已经办理。\n非常感谢您对我局工作的关心和支持，希望继续提出宝贵意见和\n建议。")
    assert doc.closing is not None
    assert doc.closing.text == "非常感谢您对我局工作的关心和支持，希望继续提出宝贵意见和建议。"
    assert doc.text[doc.closing.span.start : doc.closing.span.end] == doc.closing.text
    assert [p.text for p in doc.preamble][-1] == "已经办理。"


def test_recipient_list_wrapped_over_lines_is_one_list() -> None:
    doc = govdoc.parse_text(
        "关于区人大一届一次会议第8号代表建议的答复\n王某、李某、赵某、\n钱某、孙某等五位代表：\n"
        "你们提出的建议收悉，现答复如下：\n已经办理。\n某区交通委员会\n2024年1月2日\n"
    )
    assert doc.header.title == "关于区人大一届一次会议第8号代表建议的答复"
    assert doc.header.recipients == ("王某、李某、赵某、钱某、孙某等五位代表",)  # persons split at 、 never
    assert "王某、李某、赵某、钱某、孙某等五位代表：" in doc.text.split("\n")
    assert "page-break-joined" in [w.code for w in doc.warnings]


def test_organ_recipient_line_wrapped_after_a_comma() -> None:
    doc = govdoc.parse_text(
        "某区人民政府办公室关于做好防汛工作的通知\n各街道办事处，各镇人民政府，\n区政府各委、办、局：\n"
        "现就有关事项通知如下。\n某区人民政府办公室\n2024年6月1日\n"
    )
    assert doc.header.title == "某区人民政府办公室关于做好防汛工作的通知"
    assert doc.header.recipients == ("各街道办事处", "各镇人民政府", "区政府各委、办、局")


def test_line_wrapped_right_after_a_book_title_mark_is_rejoined() -> None:
    doc = govdoc.parse_text(
        "张某委员：\n您在区政协一届一次会议上提出的《关于加快建设社区养老服务设施的建议》\n"
        "的提案收悉，现答复如下：\n已经办理。\n某区民政局\n2024年1月2日\n"
    )
    assert (
        doc.preamble[0].text
        == "您在区政协一届一次会议上提出的《关于加快建设社区养老服务设施的建议》的提案收悉，现答复如下："
    )
    assert doc.header.responds_to is not None and doc.header.responds_to.kind == "提案"


def test_text_hard_wrapped_at_one_width_is_rejoined_even_where_a_line_looks_like_a_heading() -> None:
    # Every paragraph cut at 20 characters, as when a PDF's text layer is saved as text.
    doc = body(
        "一、基本情况\n"
        "（一）我局高度重视社区养老服务设施建设工\n"
        "作并纳入年度重点任务。\n"
        "今年以来全区新建社区食堂十二家，新增养老\n"
        "床位三百张，完成适老化改造一千二百户，老\n"
        "年助餐服务覆盖所有街道。\n"
        "（二）加大资金投入，区财政安排专项资金两\n"
        "千万元用于设施改造和运营补贴，并对新建食\n"
        "堂给予一次性建设补贴"
        "\n，确保服务可持续。"
    )
    (section,) = doc.sections
    first, second = section.sections
    # Cut at the width, the one-sentence lead would have lost its tail: `…设施建设工`.
    assert first.title == "我局高度重视社区养老服务设施建设工作并纳入年度重点任务"
    assert [p.text for p in first.paragraphs] == [
        "今年以来全区新建社区食堂十二家，新增养老床位三百张，完成适老化改造一千二百户，老年助餐服务覆盖所有街道。"
    ]
    assert second.title is None
    assert [p.text for p in second.paragraphs] == [
        "加大资金投入，区财政安排专项资金两千万元用于设施改造和运营补贴，并对新建食堂给予一次性建设补贴，确保服务可持续。"
    ]


def test_short_heading_over_a_paragraph_stays_a_heading_in_unwrapped_text() -> None:
    doc = body("一、基本情况\n（一）服务网络建设\n今年以来全区新建社区食堂十二家。")
    assert [(s.marker, s.title) for s in doc.sections[0].sections] == [("（一）", "服务网络建设")]


def test_wrap_width_is_found_only_in_text_cut_at_one_width() -> None:
    seed = (FIXTURES / "putuo-reply-2023.txt").read_text(encoding="utf-8")
    lines = [line for line in seed.splitlines() if line.strip()]
    assert wrap_width([Block(line) for line in lines]) == 0
    text = "".join(lines)
    cut = [text[i : i + 26] for i in range(0, len(text), 26)]
    assert wrap_width([Block(line) for line in cut]) == 26


def test_greeting_after_the_addressee_colon_is_not_an_addressee() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第1号提案的答复\n尊敬的王某委员：您好！\n您的提案收悉，现答复如下：\n已经办理。\n"
        "某区民政局\n2024年1月2日\n"
    )
    assert doc.header.recipients == ("王某委员",)
    assert "尊敬的王某委员：您好！" in doc.text.split("\n")
    assert [p.text for p in doc.preamble] == ["您的提案收悉，现答复如下：", "已经办理。"]
