"""The general causes behind struct24's probe misses (tests/test_probes_24_structure.py), each tested on a
NEW example of its own (a district 教育局 answering a proposal on school sports, none of the probes' words),
with guards on ordinary text that looks like it. Each cause test fails on /work/s24start; the guards pass on
both.

1. A heading line cut by the page width right after a comma (`（一）加强体育教师队伍建设，` ⏎ `提高体育课教学质量`)
   kept its first half as the title and made the second a paragraph: a title never ends on a comma, as it never
   ends on 和/与/的 or a pause mark, so the comma joins `patterns.HEADING_CUT_END` (rules/joins `_heading_cut`).
2. A member whose bold run opens with the marker itself (`**一是配齐体育器材**，…`) had its lead read by the stop
   rule (up to the first 。 or ；), the bold ignored: the contract's lead is the bold run right after the marker,
   and here the bold goes on past the marker (rules/enumerations `_lead`). A bold over the whole run
   (`**一是…；二是…。**`) marks no member's lead and leaves the stops to it.
3. A heading line cut right after a conjunction joining two verb phrases (`（一）完善旅游基础设施并` ⏎ `提升公共服务
   水平`; 并, 而, 且, as 和/与/及/或 already were) kept its first half as the title: a title does not end on such a
   joining word, so they join `patterns.HEADING_CUT_END`, with the verbs of merging that end on 并 (学校合并,
   教学点撤并, 企业兼并; round 13's `二、关于学校撤并` found the need) among `TITLE_END_WORDS`.
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, items, paragraphs, tree

HEAD = "关于区政协六届二次会议第0088号提案的答复\n孙某委员：\n您提出的关于加强中小学体育工作的提案收悉，现答复如下：\n"
TAIL = "\n特此答复。\n某区教育局\n2025年6月9日"


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def members(doc: govdoc.Document) -> list[tuple[int, str, str]]:
    """Every member of the sections' paragraphs as (ordinal, marker, lead), in order."""
    return [m for s in doc.iter_sections() for p in s.paragraphs for m in items(p)]


# --- cause 1: a heading cut after a comma ------------------------------------------------------------------


def test_a_paren_heading_cut_after_a_comma_is_one_title() -> None:
    doc = body(
        "一、关于师资队伍\n（一）加强体育教师队伍建设，\n提高体育课教学质量\n今年招聘体育教师四十名。\n"
        "（二）开展教师培训\n全年培训体育教师三百人次。"
    )
    assert [s.title for s in doc.iter_sections()] == [
        "关于师资队伍",
        "加强体育教师队伍建设，提高体育课教学质量",
        "开展教师培训",
    ]
    assert paragraphs(doc.sections[0].sections[0]) == ["今年招聘体育教师四十名。"]


def test_a_top_heading_cut_after_a_half_width_comma_is_one_title() -> None:
    doc = body(
        "一、关于开放学校体育场馆,\n方便群众就近健身\n全区已有六十所学校向社会开放场馆。\n二、关于课后服务\n每天开展一小时体育活动。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于开放学校体育场馆,方便群众就近健身"),
        (1, "cn", "二、", "关于课后服务"),
    ]


def test_guard_a_heading_ending_on_a_comma_over_the_next_heading_is_not_joined_to_it() -> None:
    doc = body("一、关于体育课程，\n二、关于体育竞赛\n每年举办区中小学生运动会。")
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "关于体育课程，"), ("二、", "关于体育竞赛")]


def test_guard_a_paragraph_line_ending_on_a_comma_stays_its_own_words() -> None:
    doc = body("一、关于体育课程\n全区中小学开足开齐体育课，\n二、关于体育竞赛\n每年举办区中小学生运动会。")
    assert paragraphs(doc.sections[0]) == ["全区中小学开足开齐体育课，"]


# --- cause 2: a bold run that opens with the member's marker -----------------------------------------------


def test_bold_members_opening_with_their_marker_lead_with_the_bold() -> None:
    doc = body(
        "一、关于体育设施\n**一是配齐体育器材**，全区中小学体育器材达标率达到百分之百。\n"
        "**二是开放学校场馆**，双休日向周边居民开放。"
    )
    assert members(doc) == [(1, "一是", "配齐体育器材"), (2, "二是", "开放学校场馆")]


def test_a_bold_first_next_last_run_opening_with_its_words_leads_with_the_bold() -> None:
    doc = body(
        "一、关于场地建设\n**首先，摸清场地底数**，建立场地台账。\n"
        "**其次，补齐场地短板**，新建风雨操场六个。\n**最后，加强场地管理**，落实专人管护。"
    )
    assert members(doc) == [(1, "首先", "摸清场地底数"), (2, "其次", "补齐场地短板"), (3, "最后", "加强场地管理")]


def test_guard_a_bold_over_the_whole_run_leaves_the_leads_to_the_stops() -> None:
    doc = body("一、关于体育设施\n**一是新建笼式球场十个；二是新建游泳池两个。**")
    assert members(doc) == [(1, "一是", "新建笼式球场十个"), (2, "二是", "新建游泳池两个")]


def test_guard_a_bold_after_the_marker_still_gives_the_lead() -> None:
    doc = body("一、关于体育设施\n一是**配齐体育器材**，达标率达到百分之百；二是**开放学校场馆**，双休日开放。")
    assert members(doc) == [(1, "一是", "配齐体育器材"), (2, "二是", "开放学校场馆")]


# --- cause 3: a heading cut after a conjunction ------------------------------------------------------------


def test_a_paren_heading_cut_after_bing_is_one_title() -> None:
    doc = body(
        "一、关于课程建设\n（一）优化体育课程设置并\n增加体育课时\n小学每周四节体育课。\n（二）开设特色课程\n"
        "开设足球、游泳等特色课程。"
    )
    assert [s.title for s in doc.iter_sections()] == ["关于课程建设", "优化体育课程设置并增加体育课时", "开设特色课程"]
    assert paragraphs(doc.sections[0].sections[0]) == ["小学每周四节体育课。"]


def test_a_top_heading_cut_after_bingqie_is_one_title() -> None:
    doc = body("一、加强场馆开放管理并且\n保障学生安全\n实行预约入校制度。\n二、关于体育竞赛\n每年举办区运动会。")
    assert [s.title for s in doc.sections] == ["加强场馆开放管理并且保障学生安全", "关于体育竞赛"]


def test_guard_a_title_ending_on_a_verb_of_merging_in_bing_keeps_its_line() -> None:
    doc = body(
        "一、关于农村小规模学校合并\n完成三所。\n二、关于教学点撤并\n须听取群众意见。\n三、关于体育竞赛\n每年举办区运动会。"
    )
    assert [s.title for s in doc.sections] == ["关于农村小规模学校合并", "关于教学点撤并", "关于体育竞赛"]
    assert paragraphs(doc.sections[0]) == ["完成三所。"]
    assert paragraphs(doc.sections[1]) == ["须听取群众意见。"]
