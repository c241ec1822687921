"""Causes found by the eighteenth round of structure probes (tests/test_probes_18_structure.py),
each tested with new examples of the cause, not the probe's own text, and guards beside them."""

from __future__ import annotations

import govdoc
from tests.probing import checked, paragraphs, signed, tree

REPLY = "关于县人大十八届三次会议第071号建议的答复\n赵某代表：\n"
OPENING = "您提出的关于保障农村供水安全的建议收悉，现答复如下："
END = "\n某县水务局\n2025年10月9日"
SIGNED = (("某县水务局",), "2025-10-09")


def reply(text: str) -> govdoc.Document:
    return checked(REPLY + OPENING + "\n" + text + END)


# Cause 1: a bracketed number written with its closing bracket alone (`1）`, `一)`) took no space
# before that bracket, though the whole bracket takes spaces inside it (`( 1 )`, `（1 ）`). A space
# between two ideographs is a layout space the reader takes out (`一 ）` read as `一）`), but one beside
# a digit or a half-width bracket stays, so `1 ）水源地保护` or `一 )水源地保护` stood as a paragraph of
# the heading above while `（1 ）水源地保护` was a heading.


def test_digits_with_a_space_before_a_full_width_closing_bracket_alone_open_points() -> None:
    doc = reply("一、关于供水保障\n1 ）水源地保护\n划定保护区三处。\n2 ）管网改造\n改造管网二十公里。")
    assert tree(doc) == [
        (1, "cn", "一、", "关于供水保障"),
        (2, "num-paren", "1 ）", "水源地保护"),
        (2, "num-paren", "2 ）", "管网改造"),
    ]
    assert [paragraphs(s) for s in doc.sections[0].sections] == [["划定保护区三处。"], ["改造管网二十公里。"]]


def test_digits_with_two_spaces_before_a_half_width_closing_bracket_alone_open_points() -> None:
    doc = reply("一、关于水质检测\n1  )检测频次\n每月一次。\n2  )结果公开\n按季度公开。")
    assert [(s.style, s.ordinal, s.title) for s in doc.sections[0].sections] == [
        ("num-paren", 1, "检测频次"),
        ("num-paren", 2, "结果公开"),
    ]
    assert signed(doc) == SIGNED


def test_ideographs_with_a_space_before_a_half_width_closing_bracket_alone_open_headings() -> None:
    doc = reply("一 )关于水源地保护\n划定保护区三处。\n二 )关于管网改造\n改造管网二十公里。")
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.sections] == [
        (1, "cn-paren", 1, "关于水源地保护"),
        (1, "cn-paren", 2, "关于管网改造"),
    ]


def test_a_wrapped_brackets_spaced_tail_followed_by_punctuation_opens_no_point() -> None:
    doc = reply(
        "一、关于供水保障\n各乡镇改造任务（详见附件\n2 ），要按期完成。\n资金来源见《规划（2021-20\n25 ）》的要求。"
    )
    assert tree(doc) == [(1, "cn", "一、", "关于供水保障")]


def test_a_number_and_a_space_before_a_sentence_opens_no_bracket_point() -> None:
    doc = reply("一、关于供水保障\n全县改造管网\n12 公里，惠及群众两万人。")
    assert [s.style for s in doc.iter_sections()] == ["cn"]


# Cause 2: the line that turns to the answer (…现答复如下：) was cut after its colon wherever a first
# marker followed, as a heading a web copy ran onto the turn; but a writer who lists the answer's
# points inline there (`（一）…；（二）…。`) lost no break: the first point became a section titled
# up to the line's first stop, `；（二）` and all. The successor of that marker further on the line,
# right after a member's end, shows an inline list, which stays on its line as members do.


def test_an_inline_paren_list_after_the_answers_turn_stays_on_its_line() -> None:
    line = "经认真研究，现将办理情况答复如下：（一）开通农村供水专线两条；（二）新建加压泵站三座。"
    doc = checked(REPLY + "您提出的建议收悉。" + line + END)
    assert doc.sections == ()
    assert [p.text for p in doc.preamble] == ["您提出的建议收悉。" + line]
    assert signed(doc) == SIGNED


def test_an_inline_arabic_list_parted_by_commas_after_the_answers_turn_stays_on_its_line() -> None:
    line = "现答复如下：1、改造供水管网二十公里，2、新建水质检测站两座，3、培训管水员一百人。"
    doc = checked(REPLY + "您提出的建议收悉。" + line + END)
    assert doc.sections == ()
    assert [p.text for p in doc.preamble] == ["您提出的建议收悉。" + line]


def test_a_first_heading_run_onto_the_answers_turn_is_still_cut_off() -> None:
    doc = checked(
        REPLY
        + "您提出的建议收悉，现答复如下：（一）关于供水专线\n已开通专线两条。\n（二）关于加压泵站\n已新建三座。"
        + END
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("（一）", "关于供水专线", ["已开通专线两条。"]),
        ("（二）", "关于加压泵站", ["已新建三座。"]),
    ]


def test_two_numbers_counting_something_after_a_comma_are_no_inline_list() -> None:
    doc = checked(
        REPLY + "您提出的建议收悉，现答复如下：一、关于供水专线。已开通一号专线，二、三号专线年内开通。\n"
        "二、关于加压泵站\n已新建三座。" + END
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "关于供水专线"), ("二、", "关于加压泵站")]


# Cause 3: a plan's or 工作要点's first unmarked heading ending on a colon (`重点任务：`, `主要目标：`)
# stands right under the title, where a 主送 stands, and the loose reading of a 主送 line there (any
# short name) took it for the addressee: it left the body and became `recipients`. The words that
# show a colon-ended line is no addressee (原则, 要求, 措施 …) lacked the words such headings end on.


def test_a_work_points_text_opening_on_an_unmarked_target_heading_has_no_addressee() -> None:
    doc = checked("某县2025年农村供水工作要点\n工作目标：\n全县农村自来水普及率达到百分之九十八。")
    assert doc.header.recipients == ()
    assert [p.text for p in doc.preamble] == ["工作目标：", "全县农村自来水普及率达到百分之九十八。"]


def test_a_plan_opening_on_unmarked_task_and_step_headings_has_no_addressee() -> None:
    for heading in ("主要任务：", "实施步骤：", "工作思路："):
        doc = checked(f"某县农村供水保障实施方案\n{heading}\n改造供水管网二十公里。")
        assert doc.header.recipients == (), heading
        assert doc.preamble[0].text == heading


def test_addressees_without_a_known_ending_under_a_title_stay_addressees() -> None:
    doc = checked("某县农村供水保障实施方案\n各水厂：\n请做好汛期供水保障。")
    assert doc.header.recipients == ("各水厂",)
    doc = checked("某县水务局关于做好汛期供水保障工作的通知\n各乡镇人民政府：\n请做好汛期供水保障。")
    assert doc.header.recipients == ("各乡镇人民政府",)


# Cause 3, its general form: any short name with a colon right under a title is read as a 主送 in the
# loose sense, so the words above only cover the headings they name (指导思想：, 附则：, 申报条件： stayed
# addressees). A plan, a rules text or a 工作要点 printed alone addresses no one: under its title only a
# line ending like an addressee, a labelled 主送 or addressees named distributively (各水厂：) is one.


def test_the_first_unmarked_heading_under_a_plans_or_rules_title_stays_in_the_body() -> None:
    for title, heading in (
        ("某县农村供水保障实施方案", "指导思想："),
        ("某县农村饮水工程管理办法", "申报条件："),
        ("某县2025年水务工作要点", "背景："),
        ("某县农村供水三年行动计划", "附则："),
    ):
        doc = checked(f"{title}\n{heading}\n改造供水管网二十公里。")
        assert doc.header.recipients == (), title
        assert [p.text for p in doc.preamble] == [heading, "改造供水管网二十公里。"], title


def test_a_labelled_or_suffixed_addressee_under_a_plans_title_stays_its_addressee() -> None:
    doc = checked("某县农村供水保障实施方案\n主送：县水务集团\n改造供水管网二十公里。")
    assert doc.header.recipients == ("县水务集团",)
    doc = checked("某县农村供水保障实施方案\n各乡镇人民政府：\n改造供水管网二十公里。")
    assert doc.header.recipients == ("各乡镇人民政府",)


def test_a_short_name_under_a_letters_title_stays_its_addressee() -> None:
    doc = checked("某县水务局关于做好供水保障的函\n水务集团：\n请做好供水保障。")
    assert doc.header.recipients == ("水务集团",)
    assert [p.text for p in doc.preamble] == ["请做好供水保障。"]


# Cause 4: Chinese typesetting sets Latin digits off from ideographs with a space each side, and web
# copies of regulations keep it (第 1 章, 第 12 条, 第 2 部分). A space beside a digit is no layout space the
# reader takes out (around 第一 it is), and the word markers took no space: such a 办法 had no chapter
# and no article, and such a plan no part.


def test_a_rules_text_whose_chapters_and_articles_space_their_arabic_numbers() -> None:
    doc = checked(
        "某县农村供水工程管理办法\n第 1 章　总则\n第 1 条　为加强农村供水工程管理，制定本办法。\n"
        "第 2 章　管理与维护\n第 11 条　供水单位应当定期检修设施。\n第 12 条　乡镇人民政府负责监督。"
    )
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.iter_sections()] == [
        (1, "chapter", 1, "总则"),
        (2, "article", 1, None),
        (1, "chapter", 2, "管理与维护"),
        (2, "article", 11, None),
        (2, "article", 12, None),
    ]
    assert paragraphs(doc.iter_sections()[-1]) == ["乡镇人民政府负责监督。"]


def test_parts_and_sections_spacing_their_arabic_numbers() -> None:
    doc = checked(
        "某县农村供水保障规划\n第 1 部分　发展基础\n第 1 节　供水现状\n农村自来水普及率百分之九十五。\n"
        "第 2 部分　规划任务\n第 1 节　水源建设\n新建水源工程三处。"
    )
    assert [(s.level, s.style, s.ordinal) for s in doc.iter_sections()] == [
        (1, "part", 1),
        (2, "section", 1),
        (1, "part", 2),
        (2, "section", 1),
    ]


def test_spaced_article_numbers_cited_at_a_line_start_open_no_article() -> None:
    for cited in (
        "第 5 条规定，供水单位应当公开水质信息。",
        "第 2 章第 8 条对此作了明确规定。",
        "第 2 条引水渠已于六月通水。",
    ):
        doc = reply("一、关于供水管理\n根据有关规定\n" + cited)
        assert [s.style for s in doc.iter_sections()] == ["cn"], cited
        assert paragraphs(doc.sections[0])[-1].endswith(cited), cited
