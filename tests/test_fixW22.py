"""A paragraph set on one long line whose last stop the copy lost, under a blank line (fixW22).

Cause (wild w066, w070; dev-2/354): a copy that sets each paragraph on one line, blank lines between,
no width wrapping it and no page number left, shows a paragraph that lost its final stop
(…扩大了非遗社会影响 ⏎⏎ 提案中提出…) as it shows a page's cut (…发展遇到 ⏎⏎ 的问题瓶颈…, the seed): the
two were joined as one paragraph cut by a page (warned page-break-joined). What tells them apart is the
line below: a page cut lands anywhere in a sentence, and its second half opens flush and mid-phrase
(的…, 报首批次…, the member's text after a `三是` left above); a paragraph opens with an indent where the
text indents its paragraphs, or with a sentence's opening no cut phrase carries on: the plan set off by
its comma (下一步，, 今后，), an enumeration's marker (一是, 首先，), the proposal named as the place a
point was raised (提案中提出, 建议中提到: mid-sentence it stands after 在, 对 or 的), a request (请你镇按照…),
where the line above ends on no word that leaves its phrase open (的, 和, 在, 对, 是 …; 申 before 请).
Expected values written by hand from the texts below, before the fix was run on them.
First look (84f47f7b, committed before the fix): the 5 cause tests failed on main, the 8 guards passed. The
guard for 意见中 (a verb's object) was written after the first landing (09ad78d0) and failed on it: 意见 left the row.
"""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

HEAD = "关于县政协九届三次会议第12号提案的答复\n\n王某委员：\n\n您提出的《关于推进农村饮水安全的提案》收悉，现答复如下：\n\n"
TAIL = "\n\n感谢您对我局工作的关心和支持。\n\n某县水利局\n\n2024年7月2日\n"

# one paragraph set on one line, its last stop lost: more than one sentence, far longer than a page's line
LOST_STOP = (
    "近年来，我局把农村饮水安全作为民生实事来抓。全县累计投入资金一点二亿元，新建和改造供水工程四十六处，"
    "完成了三十个行政村的管网延伸，受益群众两万余人，农村自来水普及率提高到百分之九十五"
)


def _paragraphs(text: str) -> list[str]:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return [p.text for p in doc.preamble]


def _codes(text: str) -> list[str]:
    return [w.code for w in govdoc.parse_text(text).warnings]


def test_the_proposal_named_where_a_point_was_raised_opens_a_paragraph() -> None:
    below = "提案中提到的水质检测问题，我局已会同县疾控中心制定了季度抽检计划，检测结果在县政府网站公开。"
    text = HEAD + LOST_STOP + "\n\n" + below + TAIL
    assert _paragraphs(text)[1:] == [LOST_STOP, below]
    assert "page-break-joined" not in _codes(text)


def test_a_plan_set_off_by_its_comma_opens_a_paragraph() -> None:
    below = "下一步，我局将加快推进城乡供水一体化，力争两年内实现农村规模化供水全覆盖。"
    text = HEAD + LOST_STOP + "\n\n" + below + TAIL
    assert _paragraphs(text)[1:] == [LOST_STOP, below]


def test_an_enumeration_marker_opens_a_paragraph() -> None:
    below = "一是加强水源地保护，划定县级以上饮用水水源保护区六个；二是完善水质监测网络。"
    text = HEAD + LOST_STOP + "\n\n" + below + TAIL
    assert _paragraphs(text)[1:] == [LOST_STOP, below]


def test_a_request_under_a_reply_paragraph_that_lost_its_stop_opens_a_paragraph() -> None:
    body = (
        "你镇《关于设立镇便民服务中心的请示》收悉。经县政府研究，批复如下：同意设立某镇便民服务中心，"
        "为镇人民政府所属公益一类事业单位，核定事业编制五名，中心地址设在某镇人民路18号"
    )
    request = "请你镇按照有关规定，做好人员配备和场地建设工作，确保中心按期投入使用。"
    text = (
        "某县人民政府关于同意设立某镇便民服务中心的批复\n\n某镇人民政府：\n\n"
        + body
        + "\n\n"
        + request
        + "\n\n此复。\n\n2024年3月8日\n"
    )
    assert _paragraphs(text) == [body, request]
    assert "page-break-joined" not in _codes(text)


def test_an_indented_line_under_a_one_line_paragraph_opens_a_paragraph() -> None:
    # the text indents its paragraphs (two spaces); the line under the one that lost its stop is indented
    head = "关于县政协九届三次会议第12号提案的答复\n\n王某委员：\n\n  您提出的《关于推进农村饮水安全的提案》收悉，现答复如下：\n\n"
    below = "  全县现有农村供水工程二百一十处，其中千吨万人工程九处，覆盖农村人口的八成以上。"
    text = head + "  " + LOST_STOP + "\n\n" + below + TAIL.replace("\n\n感谢", "\n\n  感谢")
    assert _paragraphs(text)[1:] == [LOST_STOP, below.strip()]


# --- guards: a page's cut in a text of one-line paragraphs is still joined -----------------------


def test_a_cut_whose_second_half_opens_with_he_still_joins() -> None:
    # the seed's shape in new words: the second half opens mid-phrase (和…)
    cut = LOST_STOP + "，今后还将加强与周边县市在水源调配方面的沟通"
    text = HEAD + cut + "\n\n和协作，共同保障枯水期的供水安全。" + TAIL
    assert len(_paragraphs(text)) == 2
    assert "page-break-joined" in _codes(text)


def test_a_cut_whose_second_half_opens_with_deng_still_joins() -> None:
    cut = LOST_STOP + "。同时，我局在各乡镇建成了水质检测室、维修服务站"
    text = HEAD + cut + "\n\n等基层服务设施，群众报修后两小时内到场。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_a_cut_inside_a_word_still_joins() -> None:
    # …组织专家评 ⏎⏎ 审…: the page cut a word; no opening stands below
    cut = LOST_STOP + "。为保证工程质量，我局组织专家评"
    text = HEAD + cut + "\n\n审了全部四十六处工程的设计方案，提出修改意见九十余条。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_a_cut_after_a_members_marker_still_joins() -> None:
    # …三是 ⏎⏎ 完善…: a member's marker ends no paragraph, even over a line that reads as one opening
    cut = LOST_STOP + "。一是建设水源工程，二是改造供水管网，三是"
    text = HEAD + cut + "\n\n下一步，将完善运行管护机制，落实管护经费。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_a_cut_before_an_opening_after_a_word_that_leaves_its_phrase_open_still_joins() -> None:
    # …集中研究了在 ⏎⏎ 提案中提出… : 在 leaves its phrase open, the place the proposal raised it goes on
    cut = LOST_STOP + "。我局召开专题会议，集中研究了在"
    text = HEAD + cut + "\n\n提案中提出的五个方面问题，逐项明确了责任单位。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_a_cut_inside_a_request_word_still_joins() -> None:
    # …镇政府已向县政府申 ⏎⏎ 请…: 申请 cut in two, no request opens the line below
    cut = LOST_STOP + "。为解决山区群众用水难，镇政府已向县政府申"
    text = HEAD + cut + "\n\n请专项资金八百万元，用于建设高位水池。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_a_plan_word_that_is_a_verbs_object_still_joins() -> None:
    # …研究部署 ⏎⏎ 下一步工作…: 下一步 with no comma after it is a noun the verb above takes
    cut = LOST_STOP + "。今年五月，县委县政府召开专题会议，研究部署"
    text = HEAD + cut + "\n\n下一步工作，明确了各乡镇的目标任务。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_a_page_number_between_still_joins_before_an_opening() -> None:
    # a page number says a page ended there: the join stays whatever opens the line below
    cut = LOST_STOP + "。我局召开专题会议，逐条研究了"
    text = HEAD + cut + "\n\n— 2 —\n\n提案中提出的意见，明确了责任单位和完成时限。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_an_indented_line_under_a_line_ending_on_de_still_joins() -> None:
    # an indent says nothing where the line above leaves its phrase open (…建成了覆盖全县的 ⏎⏎ 　　供水网络…)
    cut = LOST_STOP + "。到2025年底，将建成覆盖全县的"
    text = HEAD + cut + "\n\n　　城乡一体化供水网络，实现同源、同网、同质、同价。" + TAIL
    assert len(_paragraphs(text)) == 2


def test_opinions_named_as_a_verbs_object_still_join() -> None:
    # …汇总了各方 ⏎⏎ 意见中提出的…: 意见 is as often a verb's object as the proposal named (no opening)
    cut = LOST_STOP + "。我局召开座谈会，汇总了各方"
    text = HEAD + cut + "\n\n意见中提出的二十条建议，逐条研究吸收。" + TAIL
    assert len(_paragraphs(text)) == 2
