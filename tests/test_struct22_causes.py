"""Causes found by the round 22 structure probes (tests/test_probes_22_structure.py), each tested on a
new example of the cause rather than the probe's text, with guards: ordinary body lines that look like
the shapes the fixes now read (a quantity after a bare number, a bracketed heading whose title opens on
a unit's character, a labelled sentence cut by a typist or a page width, a bracketed tag).

1. A loose marker (`一，`, `一：`, `1：`: a comma or colon where 、 or . belongs) before a title opening on a
   measure word's character (日常监管, 年度目标, 人员配备, 月度抽检) opened no section: the quantity test
   (`3 个街道…`) was asked of any loose marker, though only a bare number's space leaves a measure word to
   count it (rules/sections `_spaced_off`); and after a space (`一　日常监管`, batch 14) a noun opening on such a
   character (日常, 年度, 人员, 项目, 家庭…) counts nothing either (patterns/structure `NOUN_ON_A_COUNT`).
2. A bracketed number before a span of time (`3)个月内未完成整改的…`, a wrap bringing `（3）个工作日内…` to a
   line's start) opened a section (patterns/structure `TIME_SPAN`).
3. A label and its value naming a thing (分会场：区教育局三楼会议室, 督查组组长：…副局长, 报送地址：…食品科) was
   joined with the line under it as a paragraph's cut (`page-break-joined`): rooms, posts and the next
   sentence glued (struct21's strict xfail, dev-2 403/407's 副组长 and 秘书长 lines). Such a value ends at its
   line where no width or page end cut it (rules/joins `_named_value`).
4. review21 R4: `【一、标题】正文` left `一、标题正文` in Document.text: the closing bracket now stays as the gap
   that parts title and text (rules/cleanup/furniture `_bracketed_heading`, rules/sections `_gap_run_in`).
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, paragraphs, tree

REPLY = "关于区政协八届三次会议第0088号提案的答复\n孙某委员：\n您提出的关于完善社区应急管理的提案收悉，现答复如下：\n"
END = "\n某区应急管理局\n2025年6月18日"


def body(text: str) -> govdoc.Document:
    return checked(REPLY + text + END)


def paras(doc: govdoc.Document) -> list[list[str]]:
    return [paragraphs(s) for s in doc.iter_sections()]


# Cause 1: loose markers before titles opening on a measure word's character


def test_comma_ideograph_headings_over_titles_opening_on_year_and_household() -> None:
    doc = body("一，年度计划\n全年开展演练十二次。\n二，户外广告整治\n拆除隐患广告牌三十块。")
    assert tree(doc) == [(1, "cn", "一，", "年度计划"), (1, "cn", "二，", "户外广告整治")]
    assert paras(doc) == [["全年开展演练十二次。"], ["拆除隐患广告牌三十块。"]]


def test_colon_ideograph_headings_over_titles_opening_on_day_words() -> None:
    doc = body("一：日程安排\n演练安排在每月第一周。\n二：天然气管网排查\n排查管网四十公里。")
    assert tree(doc) == [(1, "cn", "一：", "日程安排"), (1, "cn", "二：", "天然气管网排查")]


def test_colon_arabic_headings_over_titles_opening_on_person_and_item_words() -> None:
    doc = body("一、关于队伍建设\n1：人员招募\n招募志愿者二百名。\n2：项目管理\n实行项目清单管理。")
    assert tree(doc) == [
        (1, "cn", "一、", "关于队伍建设"),
        (2, "num", "1：", "人员招募"),
        (2, "num", "2：", "项目管理"),
    ]


def test_a_comma_ideograph_run_in_title_opening_on_a_unit_word() -> None:
    doc = body("一，人员到位。各社区配备专职应急员一名。\n二，物资到位。各社区建成应急物资储备点。")
    assert tree(doc) == [(1, "cn", "一，", "人员到位"), (1, "cn", "二，", "物资到位")]
    assert paras(doc) == [["各社区配备专职应急员一名。"], ["各社区建成应急物资储备点。"]]


def test_guard_bare_numbers_and_a_space_before_counted_things_stay_sentences() -> None:
    doc = body("一、关于站点建设\n站点建设进展如下：\n5 个社区已建成应急服务站\n2 名专职人员已经到岗")
    assert tree(doc) == [(1, "cn", "一、", "关于站点建设")]
    assert len(paras(doc)[0]) == 3


def test_guard_a_sentence_opening_with_one_and_a_comma_stays_a_sentence() -> None:
    doc = body("一、关于隐患排查\n排查工作有两条原则。\n一，是排查全覆盖，不留死角。")
    assert tree(doc) == [(1, "cn", "一、", "关于隐患排查")]


def test_ideographs_set_off_by_a_space_before_titles_opening_on_nouns_of_a_measure_words_character() -> None:
    doc = body("一　人员招募\n招募志愿者二百名。\n二　项目管理\n实行项目清单管理。\n三　家庭应急包配发\n配发五千个。")
    assert [(s.style, s.ordinal, s.title) for s in doc.sections] == [
        ("cn", 1, "人员招募"),
        ("cn", 2, "项目管理"),
        ("cn", 3, "家庭应急包配发"),
    ]


def test_guard_a_letter_spaced_first_quarter_and_three_people_stay_text() -> None:
    doc = body("一、关于演练开展\n一　季度共开展演练四场\n3 个人获评先进个人\n一　年来，各社区共开展演练二十场。")
    assert [s.title for s in doc.iter_sections()] == ["关于演练开展"]
    assert len(paras(doc)[0]) == 3


# Cause 2: a span of time after a bracketed number


def test_a_day_count_typed_with_a_closing_bracket_at_a_line_start_opens_nothing() -> None:
    doc = body("一、关于隐患整改\n发现隐患后，社区应立即上报。\n2)天内未完成整改的，由街道督办。")
    assert tree(doc) == [(1, "cn", "一、", "关于隐患整改")]
    assert paras(doc) == [["发现隐患后，社区应立即上报。", "2)天内未完成整改的，由街道督办。"]]


def test_a_year_count_in_brackets_at_a_line_start_opens_nothing() -> None:
    doc = body("一、关于设施更新\n各社区应急设施实行分类更新。\n（5）年以上的消防器材一律更换。")
    assert tree(doc) == [(1, "cn", "一、", "关于设施更新")]


def test_guard_bracketed_headings_whose_titles_open_on_a_units_character_stay_headings() -> None:
    doc = body(
        "一、关于日常管理\n（一）年度目标\n全年零事故。\n（二）日常巡查\n每日巡查一次。\n1）个人防护\n配发防护用品。\n"
        "2）月度调度\n每月调度一次。"
    )
    assert [s.title for s in doc.iter_sections()] == ["关于日常管理", "年度目标", "日常巡查", "个人防护", "月度调度"]


def test_guard_a_bracketed_heading_line_opening_on_a_time_span_stays_a_heading() -> None:
    doc = body(
        "一、关于设施更新\n（1）年内完成老旧器材更换\n更换灭火器两千具。\n（2）三年内实现智能监测全覆盖\n分步实施。"
    )
    assert [s.title for s in doc.iter_sections()] == [
        "关于设施更新",
        "年内完成老旧器材更换",
        "三年内实现智能监测全覆盖",
    ]


# Cause 3: a label's named value ends at its line


def test_a_liaison_label_over_the_offices_under_it_keeps_each_line() -> None:
    doc = body(
        "一、关于联络机制\n各部门确定联络员如下：\n联络员：区发展和改革委员会综合科\n区财政局预算科\n区民政局救灾科\n联络员名单每年更新一次。"
    )
    assert paras(doc) == [
        [
            "各部门确定联络员如下：",
            "联络员：区发展和改革委员会综合科",
            "区财政局预算科",
            "区民政局救灾科",
            "联络员名单每年更新一次。",
        ]
    ]
    assert "page-break-joined" not in codes(doc)


def test_a_sign_up_place_over_the_sentence_under_it_keeps_both() -> None:
    doc = body("一、关于培训报名\n报名地点：区文化馆一楼大厅\n请携带身份证原件报名。")
    assert paras(doc) == [["报名地点：区文化馆一楼大厅", "请携带身份证原件报名。"]]


def test_a_mailbox_answers_unit_label_over_the_answer_keeps_both() -> None:
    doc = checked(
        "关于小区路灯损坏的咨询\n来信人：赵某\n来信内容：我小区东门路灯损坏已有一个月，夜间出行不便。\n"
        "回复单位：某区城市管理局\n您好！经核实，该路灯已于3月12日修复。感谢您的监督！\n回复时间：2025-03-15"
    )
    assert [p.text for p in doc.preamble][-2:] == [
        "回复单位：某区城市管理局",
        "您好！经核实，该路灯已于3月12日修复。感谢您的监督！",
    ]


def test_guard_a_meeting_time_label_over_the_request_under_it_keeps_both() -> None:
    doc = checked(
        "关于召开应急演练部署会的通知\n各街道办事处：\n定于近期召开应急演练部署会。\n会议时间：2025年6月20日上午9时\n"
        "请各单位准时参会。\n某区应急管理局\n2025年6月18日"
    )
    assert [p.text for p in doc.preamble] == [
        "定于近期召开应急演练部署会。",
        "会议时间：2025年6月20日上午9时",
        "请各单位准时参会。",
    ]


def test_guard_a_labelled_sentence_broken_by_a_typist_mid_clause_is_still_joined() -> None:
    doc = body("一、关于工作内容\n主要内容：完善社区应急服务设施，推进\n应急志愿服务全覆盖。")
    assert paras(doc) == [["主要内容：完善社区应急服务设施，推进应急志愿服务全覆盖。"]]


def test_guard_a_labelled_line_filling_a_page_width_is_still_joined() -> None:
    # a page's width (A4 in 仿宋 三号 holds about 28 characters a line): a short copy too short for the width to
    # be read off its lines, whose labelled first line the width cut between two characters of a word
    p1 = "工作进展：我局会同区民政局和各街道办事处对全区社区应急服务站开展了全面摸排，形成问题清单三十项。"
    p2 = "目前，全区社区应急服务站已实现全覆盖，每个站点均配备了应急物资和专职人员，居民满意度明显提升。"
    lines = [p[i : i + 28] for p in (p1, p2) for i in range(0, len(p), 28)]
    doc = body("一、关于办理情况\n" + "\n".join(lines))
    assert paras(doc) == [[p1, p2]]


def test_guard_an_indented_labelled_line_over_an_unindented_one_is_still_joined() -> None:
    # a text that marks its paragraphs by indents, hard-wrapped narrow: the line under an indented labelled
    # line, with no indent, carries its sentence on (review22's alert of 07:04, a new example)
    doc = checked(
        "某街道2025年上半年\n应急工作情况通报\n    各社区居委会：\n    现将上半年全街道应急\n工作情况通报如下：\n"
        "    一、演练开展情况\n    全街道共组织应急演练\n二十场，参与居民三千人。\n    报送方式：演练总结均已在\n"
        "街道政务平台报送。\n    二、存在问题\n    部分社区演练流于形式\n，实效不强。\n    某街道办事处\n    2025年7月3日"
    )
    assert "报送方式：演练总结均已在街道政务平台报送。" in paragraphs(doc.sections[0])


def test_guard_a_label_whose_value_holds_a_clause_mark_may_run_on() -> None:
    doc = body("一、关于物资储备\n储备物资：帐篷、折叠床、发电机、应急照明灯\n和卫星电话等应急通信设备。")
    assert paras(doc) == [["储备物资：帐篷、折叠床、发电机、应急照明灯和卫星电话等应急通信设备。"]]


# Cause 4 (review21 R4): a bracketed run-in heading's closing bracket stays as its gap


def test_a_bracketed_run_in_headings_closing_bracket_parts_title_and_text_in_the_text() -> None:
    doc = body("【一、资金保障】区财政安排专项资金八百万元。\n【二、组织实施】各街道要明确分管领导。")
    assert tree(doc) == [(1, "cn", "一、", "资金保障"), (1, "cn", "二、", "组织实施")]
    assert paras(doc) == [["区财政安排专项资金八百万元。"], ["各街道要明确分管领导。"]]
    assert "一、资金保障】区财政" in doc.text and "资金保障区财政" not in doc.text


def test_guard_bracketed_headings_alone_or_before_a_colon_lose_both_brackets() -> None:
    doc = body("【一、资金保障】\n区财政安排专项资金。\n【二、组织实施】：各街道要明确分管领导。")
    assert tree(doc) == [(1, "cn", "一、", "资金保障"), (1, "cn", "二、", "组织实施")]
    assert "【" not in doc.text and "】" not in doc.text


def test_guard_a_bracketed_tag_before_a_sentence_keeps_its_brackets() -> None:
    doc = body("一、关于资金保障\n【政策解读】区财政安排专项资金。")
    assert paras(doc) == [["【政策解读】区财政安排专项资金。"]]


def test_guard_a_minutes_particulars_and_a_portal_copys_table_read_as_before() -> None:
    minutes = checked(
        "区应急管理局2025年第3次局务会议纪要\n会议时间：2025年6月10日上午\n会议地点：区应急管理局三楼会议室\n主持人：张某\n"
        "参会人员：局领导班子成员，各科室负责人\n会议听取了防汛准备工作情况汇报，议定如下：\n一、防汛物资\n由装备科负责，6月15日前补齐。"
    )
    assert [p.text for p in minutes.preamble][-1] == "会议听取了防汛准备工作情况汇报，议定如下："
    assert [s.title for s in minutes.sections] == ["防汛物资"]
    portal = checked(
        "索引号：11320100MB1234567X/2025-00123\n发布机构：某区应急管理局\n关于区政协八届三次会议第0088号提案的答复\n孙某委员：\n"
        "您提出的提案收悉，现答复如下：\n一、关于应急站点\n已建成社区应急服务站四十个。\n承办单位：区应急管理局应急救援科\n"
        "联系人：李某\n联系电话：12345678" + END
    )
    assert portal.header.metadata["发布机构"] == "某区应急管理局"
    assert paragraphs(portal.sections[0]) == ["已建成社区应急服务站四十个。"]
    assert portal.contact is not None and portal.contact.unit == "区应急管理局应急救援科"
