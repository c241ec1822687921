"""Thirteenth round of structure probes: short documents written as an outside tester would.

Shapes earlier rounds covered (read before writing, so this round varies them): round 3 levels
that skip or restart, one style at two depths, marker-like text, runs across paragraphs, plan
openers, page breaks; round 4 parts, repeated markers, spaced markers, circled points, member
families with colons, hard wraps, pipe tables, attachments restarting; round 5 levels skipped to
the third family, mixed widths, members on their own lines, quoted points in the opening; round 6
one-use families, a lower family under the title, quoted markers at a line start, runs nested in
runs, closings after a point; round 7 ranks used out of order, numbers cited in sentences,
signatures after tables; round 8 restarts two ranks up, articles cited at a line start, reports
named 工作开展情况/存在的问题/下步打算, seal notes; round 9 a reply opening at （一）, amounts,
years, rates at a line start, runs after a colon, three co-signing organs; round 10 dots and
commas after ideographs, 其一/一方面 in sub-sections, 此复, 〇 as O; round 11 five ranks deep and
back two, titles wrapped over lines, run-ins cut at a stop before a colon, runs past a table,
closings before an attachment list; round 12 marker punctuation, bodies opening at （一）, one
three two, 22 headings, pipe tables, two organs, flattened 落款, contact right under the date.

This round weights what they tried least: six ranks down and returns of several ranks at once
(letters a. under ①), a skipped rank used later, one family at two depths in one document,
numbering restarting and running on in one document, marker look-alikes in prose (1.5亿元, 2.3%,
一、二、三级, quoted （一）, 第一 as an ordinal, 第十条 cited), heading lines closed by ：, 。 or
nothing, heading and text on one line parted by ：, 。, a wide gap, a space or nothing, member runs
split over lines, 其一/一方面/第一，/(1)(2) runs, a run broken by a table or a quote and resumed,
phase words as headings and as openers at several ranks, signatures of two or three organs, organ
and date on one line, date before organ, seal notes, a signature inside the last section, 附件
after it, contact lines right under it, none at all, attachments with their own headings, and
bodies of 25+ sections or a single paragraph.

Every expected value was written from the contract, the domain guide and the README before the
parser was run on the batch (each batch was committed first); every document also keeps the span
invariants and invents no character. Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch (causes: tests/test_struct13_causes.py):
- batch 1 (six ranks, returns of several ranks, a skipped rank used later, one family at two depths): 8/8, 24/24
- batch 2 (marker look-alikes: 1.5亿元, 2.3%, 一、二、三级, quoted （二）, 第一, 第十条, 第二节课): 7/8, 21/23
  (cause 1: 第三章第十条… at a line start read as a chapter)
- batch 3 (heading lines closed by ：, 。 or nothing; run-in separators): 7/8, 18/19 (the miss my reading: a
  space between two CJK characters leaves Document.text by the contract)
- batch 4 (member runs split, nested, broken, of other families): 8/8, 11/11
- batch 5 (phase words as headings and openers at several ranks): 8/8, 15/15
- batch 6 (signatures: three organs, date first, seal notes, deep last section, 附件 and contact under it,
  none at all): 8/8, 24/24
- batch 7 (attachments with their own headings, 26 and 28 sections, one-paragraph bodies): 8/8, 33/33
- batch 8 (seven ranks, regulations four deep, lists restarting and running on, inverted ranks): 8/8, 23/23
- batch 9 (signatures set otherwise: on one line, pushed right, spaced dates, seal line, no 落款): 8/8, 24/24
- batch 10 (hard-wrapped and one-line bodies, indented markers, tab rows): 5/8, 18/22 (causes 2 and 3; a
  narrow wrap with four cut lines in the body, a strict xfail here, passes since noise13's short-copy wrap
  width landed on main)
- batch 11 (ranks out of order, one family's two written forms at two depths, Ⅰ. and A.): 7/8, 19/21 (cause 4)
- batch 12 (titles of 30 and 31 characters, half-width colons, asides, questions): 8/8, 17/17
- batch 13 (phases opened and placed otherwise): 8/8, 13/13
- batch 14 (whole documents: a reply, a 批复, an opinion, a plan, a 通报, Markdown, a 函, a report): 8/8, 40/40
- batch 15 (attachment labels and lists, closings around them): 7/8, 25/26 (cause 5)
- batch 16 (member runs of other shapes): 7/8, 10/11 (the miss my reading: I left out a 二要 after 下一步，)
- batch 17 (written while the full gate ran): 6/8, 14/17 (a member's line ending on a comma not re-joined, an
  open question, a strict xfail; cause 6: a date-first 落款 parted by one ideographic space)
- batch 18 (written after the landing: a dash between title and text, three organs and a date on one line,
  ① run into a sentence, top numbering starting again, year spans, 首先…最后 over four paragraphs): 8/8, 14/14
Totals of batches 1-16: 128 documents, 120 whole at first look; 346 checks, 335 at first look. Five causes fixed
here, two misses my reading, one (batch 10's narrow wrap) fixed by another engineer's cause.
"""

from __future__ import annotations

from typing import Any

import pytest

import govdoc
from tests.probing import checked, closing, codes, items, ordinals, paragraphs, phases, signed, tree

HEAD = "关于县政协十届二次会议第0315号提案的答复\n李某委员：\n您提出的关于推进义务教育优质均衡发展的提案收悉，现答复如下：\n"
TAIL = "\n某县教育局\n2025年6月20日"
SIGNED = (("某县教育局",), "2025-06-20")


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def same(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Every check of a probe compared at once, so one run shows all of its misses."""
    wrong = {k: {"got": got[k], "want": v} for k, v in want.items() if got[k] != v}
    assert not wrong, wrong


def levels(doc: govdoc.Document) -> list[tuple[int, str, int]]:
    """Each section as (level, style, ordinal): the tree's shape without the written forms."""
    return [(s.level, s.style, s.ordinal) for s in doc.iter_sections()]


def gap(doc: govdoc.Document) -> bool:
    return "numbering-gap" in codes(doc)


# Batch 1 (written before any run): six ranks down and returns of several ranks at once


def test_six_ranks_down_with_a_letter_point_and_a_return_of_four_ranks_to_the_top() -> None:
    doc = body(
        "一、关于校舍建设\n（一）新建工程\n1.小学部分\n（1）城区小学\n①第一小学\n新建教学楼一栋。\n"
        "a.地下车库同步建设。\n②第二小学\n扩建操场一处。\n二、关于师资队伍\n招聘教师一百名。"
    )
    circled = doc.sections[0].sections[0].sections[0].sections[0].sections
    same(
        {
            "tree": tree(doc),
            "circled": [paragraphs(s) for s in circled],
            "two": paragraphs(doc.sections[1]),
            "gap": gap(doc),
            "signed": signed(doc),
        },
        {
            "tree": [
                (1, "cn", "一、", "关于校舍建设"),
                (2, "cn-paren", "（一）", "新建工程"),
                (3, "num", "1.", "小学部分"),
                (4, "num-paren", "（1）", "城区小学"),
                (5, "circled", "①", "第一小学"),
                (5, "circled", "②", "第二小学"),
                (1, "cn", "二、", "关于师资队伍"),
            ],
            "circled": [["新建教学楼一栋。", "a.地下车库同步建设。"], ["扩建操场一处。"]],
            "two": ["招聘教师一百名。"],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_a_return_from_circled_points_straight_to_the_second_paren_ideograph() -> None:
    doc = body(
        "一、关于课后服务\n（一）服务内容\n1.作业辅导\n（1）低年级\n①阅读指导\n②书写练习\n"
        "（二）服务保障\n1.经费保障\n按每生每年三百元标准补助。\n2.人员保障\n组织教师轮岗。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[0].sections[1].sections[1]), "gap": gap(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (5, "circled", 1),
                (5, "circled", 2),
                (2, "cn-paren", 2),
                (3, "num", 1),
                (3, "num", 2),
            ],
            "last": ["组织教师轮岗。"],
            "gap": False,
        },
    )


def test_a_return_of_two_ranks_from_paren_numbers_to_an_arabic_point_then_of_three_to_the_top() -> None:
    doc = body(
        "一、关于学生资助\n（一）资助对象\n1.建档立卡学生\n（1）学前教育\n减免保育费。\n（2）义务教育\n发放生活补助。\n"
        "2.低保家庭学生\n参照建档立卡学生执行。\n二、关于营养改善\n每生每天补助五元。"
    )
    one = doc.sections[0].sections[0]
    same(
        {
            "levels": levels(doc),
            "points": [(s.marker, s.title, paragraphs(s)) for s in one.sections],
            "two": paragraphs(doc.sections[1]),
        },
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (4, "num-paren", 2),
                (3, "num", 2),
                (1, "cn", 2),
            ],
            "points": [("1.", "建档立卡学生", []), ("2.", "低保家庭学生", ["参照建档立卡学生执行。"])],
            "two": ["每生每天补助五元。"],
        },
    )


def test_a_skipped_rank_used_later_arabic_points_then_a_paren_ideograph_under_one_top_heading() -> None:
    doc = body(
        "一、关于招生入学\n1.招生计划\n今年计划招生五千人。\n2.招生范围\n覆盖全县十八个乡镇。\n"
        "（一）特殊群体入学\n随迁子女同等入学。\n二、关于学籍管理\n全面推行电子学籍。"
    )
    same(
        {"tree": tree(doc), "sub": paragraphs(doc.sections[0].sections[2]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于招生入学"),
                (2, "num", "1.", "招生计划"),
                (2, "num", "2.", "招生范围"),
                (2, "cn-paren", "（一）", "特殊群体入学"),
                (1, "cn", "二、", "关于学籍管理"),
            ],
            "sub": ["随迁子女同等入学。"],
            "gap": False,
        },
    )


def test_arabic_points_at_two_depths_in_one_document_under_a_top_heading_and_under_a_paren_heading() -> None:
    doc = body(
        "一、关于教师培训\n1.国家级培训\n选派教师二十名。\n2.省级培训\n选派教师八十名。\n"
        "二、关于教师交流\n（一）城乡交流\n1.城区到乡村\n交流教师五十名。\n2.乡村到城区\n跟岗教师三十名。\n"
        "（二）校际交流\n1.集团内交流\n交流教师四十名。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "num", 1),
                (2, "num", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
                (2, "cn-paren", 2),
                (3, "num", 1),
            ],
            "gap": False,
        },
    )


def test_paren_numbers_restarting_under_one_arabic_point_and_running_on_under_the_next() -> None:
    doc = body(
        "一、关于校园安全\n1.安全设施\n（1）监控系统\n（2）一键报警\n2.安全教育\n（1）防溺水教育\n（2）交通安全教育\n"
        "3.安全管理\n（3）门卫管理\n（4）食堂管理"
    )
    same(
        {"ordinals": ordinals(doc), "lv": [s.level for s in doc.iter_sections()], "gap": gap(doc)},
        {"ordinals": [1, 1, 1, 2, 2, 1, 2, 3, 3, 4], "lv": [1, 2, 3, 3, 2, 3, 3, 2, 3, 3], "gap": False},
    )


def test_circled_points_straight_under_a_top_heading_then_paren_ideographs_in_the_next() -> None:
    doc = body(
        "一、关于信息化建设\n①智慧教室\n建成智慧教室二百间。\n②校园网络\n千兆网络进校园。\n"
        "二、关于教育质量\n（一）质量监测\n每年开展一次。\n（二）教研指导\n组建学科教研组。"
    )
    same(
        {"tree": tree(doc), "first": [paragraphs(s) for s in doc.sections[0].sections], "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于信息化建设"),
                (2, "circled", "①", "智慧教室"),
                (2, "circled", "②", "校园网络"),
                (1, "cn", "二、", "关于教育质量"),
                (2, "cn-paren", "（一）", "质量监测"),
                (2, "cn-paren", "（二）", "教研指导"),
            ],
            "first": [["建成智慧教室二百间。"], ["千兆网络进校园。"]],
            "gap": False,
        },
    )


def test_a_paren_number_right_under_a_paren_ideograph_then_an_arabic_point_after_it() -> None:
    doc = body(
        "一、关于体育美育\n（一）体育场地\n（1）塑胶跑道\n建成塑胶跑道十条。\n（2）室内场馆\n建成风雨操场三个。\n"
        "1.场地开放\n节假日向社会开放。\n（二）美育师资\n配齐音乐美术教师。"
    )
    same(
        {"levels": levels(doc), "open": paragraphs(doc.sections[0].sections[0].sections[2])},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num-paren", 1),
                (3, "num-paren", 2),
                (3, "num", 1),
                (2, "cn-paren", 2),
            ],
            "open": ["节假日向社会开放。"],
        },
    )


# Batch 2 (written before any run): markers that are no headings


def test_an_amount_and_a_rate_at_line_starts_between_two_arabic_points_open_nothing() -> None:
    doc = body(
        "一、关于经费投入\n1.资金规模\n1.5亿元教育费附加已全部到位。\n2.3%的增幅高于全省平均水平。\n"
        "2.资金使用\n全部用于校舍改造。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections[0].sections], "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于经费投入"), (2, "num", "1.", "资金规模"), (2, "num", "2.", "资金使用")],
            "paras": [["1.5亿元教育费附加已全部到位。", "2.3%的增幅高于全省平均水平。"], ["全部用于校舍改造。"]],
            "gap": False,
        },
    )


def test_ranks_one_two_three_named_at_a_line_start_open_no_heading() -> None:
    doc = body(
        "一、关于职称评审\n全县教师职称评审按岗位设置推进。\n一、二、三级岗位比例按省定标准执行。\n"
        "二、关于岗位聘用\n实行竞聘上岗。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于职称评审"), (1, "cn", "二、", "关于岗位聘用")],
            "one": ["全县教师职称评审按岗位设置推进。", "一、二、三级岗位比例按省定标准执行。"],
            "gap": False,
        },
    )


def test_paren_ideographs_quoted_over_lines_go_on_with_no_sibling_headings() -> None:
    doc = body(
        "一、关于教师待遇\n（一）绩效工资\n省文件明确：\n“（二）乡村教师生活补助按月发放；\n（三）班主任津贴单列。”\n"
        "我县已全面落实。\n（二）职称倾斜\n乡村教师职称评聘单列。"
    )
    same(
        {"tree": tree(doc), "first": paragraphs(doc.sections[0].sections[0]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于教师待遇"),
                (2, "cn-paren", "（一）", "绩效工资"),
                (2, "cn-paren", "（二）", "职称倾斜"),
            ],
            "first": [
                "省文件明确：",
                "“（二）乡村教师生活补助按月发放；",
                "（三）班主任津贴单列。”",
                "我县已全面落实。",
            ],
            "gap": False,
        },
    )


def test_first_as_a_rank_in_prose_a_lone_first_comma_and_an_article_cited_at_a_line_start() -> None:
    doc = body(
        "一、关于课程改革\n我县课改成效在全市排名第一，获评省级示范区。\n第十条规定，学校应当开齐开足国家课程。\n"
        "二、关于教材管理\n第一，严格教材选用审核。\n我县未发现违规教材。"
    )
    same(
        {
            "tree": tree(doc),
            "paras": [paragraphs(s) for s in doc.sections],
            "items": [[items(p) for p in s.paragraphs] for s in doc.sections],
        },
        {
            "tree": [(1, "cn", "一、", "关于课程改革"), (1, "cn", "二、", "关于教材管理")],
            "paras": [
                ["我县课改成效在全市排名第一，获评省级示范区。", "第十条规定，学校应当开齐开足国家课程。"],
                ["第一，严格教材选用审核。", "我县未发现违规教材。"],
            ],
            "items": [[[], []], [[], []]],
        },
    )


def test_a_chapter_and_article_cited_together_and_a_class_period_at_line_starts_open_nothing() -> None:
    doc = body(
        "一、关于规划布局\n第三章第十条对学校布局作了明确规定。\n我县据此调整了布局。\n"
        "二、关于课后服务\n第二节课后，学生可自愿参加社团活动。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "kind": doc.kind},
        {
            "tree": [(1, "cn", "一、", "关于规划布局"), (1, "cn", "二、", "关于课后服务")],
            "paras": [
                ["第三章第十条对学校布局作了明确规定。", "我县据此调整了布局。"],
                ["第二节课后，学生可自愿参加社团活动。"],
            ],
            "kind": "reply",
        },
    )


def test_a_date_a_month_pair_and_a_spaced_count_at_line_starts_under_arabic_points() -> None:
    doc = body(
        "一、关于校舍维修\n1.维修计划\n9.1开学前完成全部维修。\n10、11月份开展专项督查。\n2.维修验收\n12 个乡镇已完成验收。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections[0].sections], "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于校舍维修"), (2, "num", "1.", "维修计划"), (2, "num", "2.", "维修验收")],
            "paras": [["9.1开学前完成全部维修。", "10、11月份开展专项督查。"], ["12 个乡镇已完成验收。"]],
            "gap": False,
        },
    )


def test_a_sub_heading_whose_title_quotes_ranked_words() -> None:
    doc = body(
        "一、关于学校分类\n（一）关于“一、二类学校”的划分\n按办学条件划分。\n（二）关于“（一）类指标”的调整\n指标每年调整一次。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于学校分类"),
                (2, "cn-paren", "（一）", "关于“一、二类学校”的划分"),
                (2, "cn-paren", "（二）", "关于“（一）类指标”的调整"),
            ],
            "paras": [["按办学条件划分。"], ["指标每年调整一次。"]],
        },
    )


def test_numbered_points_written_inside_one_sentence_open_no_sections_and_no_members() -> None:
    doc = body(
        "一、关于集团化办学\n主要做法有1.名校带弱校；2.城乡结对；3.委托管理。\n"
        "具体包括：(1)共享课程资源；(2)统一教学管理。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "paras": paragraphs(one), "items": [items(p) for p in one.paragraphs]},
        {
            "tree": [(1, "cn", "一、", "关于集团化办学")],
            "paras": [
                "主要做法有1.名校带弱校；2.城乡结对；3.委托管理。",
                "具体包括：(1)共享课程资源；(2)统一教学管理。",
            ],
            "items": [[], []],
        },
    )


# Batch 3 (written before any run): heading lines closed by ：, 。 or nothing; run-in separators


def test_heading_lines_closed_by_a_colon_a_stop_and_nothing_at_three_ranks() -> None:
    doc = body(
        "一、关于学前教育：\n新建幼儿园十所。\n（一）普惠园建设。\n普惠园覆盖率达到百分之九十。\n1.公办园\n新增学位三千个。"
    )
    one = doc.sections[0]
    same(
        {
            "tree": tree(doc),
            "paras": [paragraphs(one), paragraphs(one.sections[0]), paragraphs(one.sections[0].sections[0])],
        },
        {
            "tree": [
                (1, "cn", "一、", "关于学前教育"),
                (2, "cn-paren", "（一）", "普惠园建设"),
                (3, "num", "1.", "公办园"),
            ],
            "paras": [["新建幼儿园十所。"], ["普惠园覆盖率达到百分之九十。"], ["新增学位三千个。"]],
        },
    )


def test_run_in_paren_headings_parted_from_their_text_by_a_colon() -> None:
    doc = body("一、关于控辍保学\n（一）组织保障：成立控辍保学领导小组。\n（二）动态监测：每月比对学籍数据。")
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs]},
        {"titles": ["组织保障", "动态监测"], "paras": [["成立控辍保学领导小组。"], ["每月比对学籍数据。"]]},
    )


def test_run_in_arabic_points_parted_from_their_text_by_a_stop() -> None:
    doc = body("一、关于师德师风\n1.强化师德教育。开展师德专题教育十场。\n2.严肃查处违规。查处违规补课行为三起。")
    subs = doc.sections[0].sections
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in subs]},
        {
            "tree": [
                (1, "cn", "一、", "关于师德师风"),
                (2, "num", "1.", "强化师德教育"),
                (2, "num", "2.", "严肃查处违规"),
            ],
            "paras": [["开展师德专题教育十场。"], ["查处违规补课行为三起。"]],
        },
    )


def test_heading_and_text_parted_by_a_wide_gap_by_one_space_and_by_nothing() -> None:
    doc = body(
        "一、关于编制管理\n（一）加强统筹　　全县统一调配教师编制。\n"
        "（二）规范编制 全县中小学教职工编制按省定标准核定，并实行总量控制和动态调整。\n"
        "（三）强化督导全县各校每学期接受一次专项督导，督导结果纳入学校年度考核并向社会公开。"
    )
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs]},
        {
            "titles": ["加强统筹", None, None],
            "paras": [
                ["全县统一调配教师编制。"],
                # My error at first look: the contract leaves a layout space between two CJK characters out
                # of Document.text, so the one space after 规范编制 is gone from the paragraph's text too.
                ["规范编制全县中小学教职工编制按省定标准核定，并实行总量控制和动态调整。"],
                ["强化督导全县各校每学期接受一次专项督导，督导结果纳入学校年度考核并向社会公开。"],
            ],
        },
    )


def test_a_point_whose_words_before_its_colon_run_past_thirty_characters_has_no_title() -> None:
    doc = body(
        "1.关于您提出的进一步加大农村薄弱学校改造力度和扩大优质教育资源覆盖面的建议：我局高度重视。\n"
        "2.关于教师补充：今年招聘教师一百名。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "num", "1.", None), (1, "num", "2.", "关于教师补充")],
            "paras": [
                ["关于您提出的进一步加大农村薄弱学校改造力度和扩大优质教育资源覆盖面的建议：我局高度重视。"],
                ["今年招聘教师一百名。"],
            ],
        },
    )


def test_a_heading_closed_by_a_colon_over_members_each_on_its_own_line() -> None:
    doc = body("一、关于作业管理\n二、主要措施：\n一是控制作业总量；\n二是提高作业质量；\n三是加强作业公示。")
    two = doc.sections[1]
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "items": [items(p) for p in two.paragraphs]},
        {
            "tree": [(1, "cn", "一、", "关于作业管理"), (1, "cn", "二、", "主要措施")],
            "one": [],
            "items": [[(1, "一是", "控制作业总量")], [(2, "二是", "提高作业质量")], [(3, "三是", "加强作业公示")]],
        },
    )


def test_paren_number_headings_closed_by_a_colon_with_nothing_under_them() -> None:
    doc = body("一、关于乡村学校\n1.短板弱项\n（1）师资：\n（2）设施：\n2.补短措施\n实施薄弱学校改造工程。")
    point = doc.sections[0].sections[0]
    same(
        {
            "tree": tree(doc),
            "empty": [paragraphs(s) for s in point.sections],
            "two": paragraphs(doc.sections[0].sections[1]),
        },
        {
            "tree": [
                (1, "cn", "一、", "关于乡村学校"),
                (2, "num", "1.", "短板弱项"),
                (3, "num-paren", "（1）", "师资"),
                (3, "num-paren", "（2）", "设施"),
                (2, "num", "2.", "补短措施"),
            ],
            "empty": [[], []],
            "two": ["实施薄弱学校改造工程。"],
        },
    )


def test_circled_run_in_points_parted_by_colons_under_a_top_run_in_heading_cut_at_a_stop() -> None:
    doc = body("一、关于学校建设。今年开工学校四所。\n①新建学校：城东小学已开工。\n②改扩建学校：改扩建学校八所。")
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "one": paragraphs(one), "circled": [paragraphs(s) for s in one.sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于学校建设"),
                (2, "circled", "①", "新建学校"),
                (2, "circled", "②", "改扩建学校"),
            ],
            "one": ["今年开工学校四所。"],
            "circled": [["城东小学已开工。"], ["改扩建学校八所。"]],
        },
    )


# Batch 4 (written before any run): member runs split, nested, broken and of other families


def test_a_one_is_run_opened_after_a_colon_and_going_on_with_two_members_in_the_next_line() -> None:
    doc = body("一、关于优质均衡\n我局采取了以下措施：一是优化学校布局；\n二是加大经费投入；三是强化督导考核。")
    one = doc.sections[0]
    same(
        {"items": [items(p) for p in one.paragraphs], "paras": len(one.paragraphs)},
        {
            "items": [[(1, "一是", "优化学校布局")], [(2, "二是", "加大经费投入"), (3, "三是", "强化督导考核")]],
            "paras": 2,
        },
    )


def test_its_one_its_two_over_two_lines_with_a_third_on_the_next() -> None:
    doc = body("一、关于乡村学校困难\n其一，生源逐年减少；其二，骨干教师流失。\n其三，公用经费不足。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "其一", "生源逐年减少"), (2, "其二", "骨干教师流失")], [(3, "其三", "公用经费不足")]]},
    )


def test_on_the_one_hand_and_on_the_other_opening_two_paragraphs() -> None:
    doc = body("一、关于经费保障\n一方面，加大财政投入，确保经费足额到位。\n另一方面，引导社会力量参与办学。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "一方面", "加大财政投入，确保经费足额到位")], [(2, "另一方面", "引导社会力量参与办学")]]},
    )


def test_first_second_third_with_commas_in_one_paragraph() -> None:
    doc = body("一、关于督导机制\n第一，完善督导制度；第二，健全问责机制；第三，强化结果运用。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "第一", "完善督导制度"), (2, "第二", "健全问责机制"), (3, "第三", "强化结果运用")]]},
    )


def test_a_pair_of_sides_inside_the_first_member_makes_no_items_of_its_own() -> None:
    doc = body("一、关于办学条件\n一是加强队伍建设。一方面补充教师，另一方面培训教师。\n二是改善办学条件。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "一是", "加强队伍建设")], [(2, "二是", "改善办学条件")]]},
    )


def test_a_run_broken_by_a_quoted_paragraph_resumes_after_it() -> None:
    doc = body("一、关于课后服务\n一是全面落实课后服务。\n正如文件所说：“课后服务是民生工程。”\n二是规范服务收费。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "一是", "全面落实课后服务")], [], [(2, "二是", "规范服务收费")]]},
    )


def test_one_member_in_each_of_two_sub_sections_makes_no_run() -> None:
    doc = body("一、关于教育公平\n（一）城乡统筹\n一是统一建设标准。\n（二）区域协调\n二是统一经费标准。")
    subs = doc.sections[0].sections
    same(
        {"items": [[items(p) for p in s.paragraphs] for s in subs]},
        {"items": [[[]], [[]]]},
    )


def test_first_second_under_a_plan_opener_each_on_its_own_line() -> None:
    doc = body(
        "一、工作进展\n全县义务教育巩固率达百分之九十九。\n"
        "二、下一步工作\n下一步，我们将做好以下工作：\n第一，扩大优质资源；\n第二，深化教育改革。"
    )
    two = doc.sections[1]
    same(
        {"phases": phases(two), "items": [items(p) for p in two.paragraphs], "one": phases(doc.sections[0])},
        {
            "phases": ["plan", "plan", "plan"],
            "items": [[], [(1, "第一", "扩大优质资源")], [(2, "第二", "深化教育改革")]],
            "one": [None],
        },
    )


# Batch 5 (written before any run): phase words as headings at several ranks and as openers


def test_a_report_shaped_reply_whose_headings_name_its_phases_takes_them_from_its_paragraphs() -> None:
    doc = body(
        "一、现状\n全县现有中小学一百二十所。\n二、存在问题\n城区学校大班额问题突出。\n三、原因分析\n城镇化加快，学位供给不足。\n"
        "四、下一步工作\n我局将重点做好三方面工作。\n今后，将新建改扩建学校十所。"
    )
    same(
        {
            "titles": [s.title for s in doc.sections],
            "phases": [phases(s) for s in doc.sections],
        },
        {
            "titles": ["现状", "存在问题", "原因分析", "下一步工作"],
            "phases": [[None], [None], [None], ["progress", "plan"]],
        },
    )


def test_phase_words_opening_the_paragraphs_of_one_section() -> None:
    doc = body(
        "一、关于大班额化解\n现状：城区小学平均班额五十二人。\n存在问题：学位缺口约两千个。\n"
        "下一步工作：新建城东小学等三所学校。"
    )
    same({"phases": phases(doc.sections[0])}, {"phases": ["progress", "progress", "plan"]})


def test_a_line_reading_plans_from_now_on_opens_the_plan_with_the_paragraph_under_it() -> None:
    doc = body("一、关于教师周转房\n已建成教师周转房三百套。\n今后打算\n每年新建周转房一百套。")
    one = doc.sections[0]
    same(
        {"paras": paragraphs(one), "phases": phases(one)},
        {
            "paras": ["已建成教师周转房三百套。", "今后打算", "每年新建周转房一百套。"],
            "phases": ["progress", "plan", "plan"],
        },
    )


def test_a_work_plans_opener_is_no_plan_opener() -> None:
    doc = body("一、关于校车服务\n目前全县运营校车八十辆。\n工作打算：明年新增校车二十辆。")
    same({"phases": phases(doc.sections[0])}, {"phases": [None, None]})


def test_a_next_stage_sub_heading_whose_paragraph_opens_with_next_stage_under_a_parent_without_a_plan() -> None:
    doc = body(
        "一、关于劳动教育\n目前已建成劳动教育基地五个。\n（一）工作成效\n学生参与率达百分之百。\n"
        "（二）下一阶段工作\n下阶段，将再建基地三个。"
    )
    one = doc.sections[0]
    same(
        {"parent": phases(one), "subs": [phases(s) for s in one.sections]},
        {"parent": [None], "subs": [[None], ["plan"]]},
    )


def test_a_plan_in_a_top_sections_own_paragraphs_ends_at_its_first_sub_heading() -> None:
    doc = body(
        "一、关于心理健康教育\n目前专职心理教师共三十名。\n下一步，我局将配齐心理教师。\n"
        "（一）心理测评\n已完成全县学生心理测评。\n（二）家校协同\n开展家长课堂二十场。"
    )
    one = doc.sections[0]
    same(
        {"parent": phases(one), "subs": [phases(s) for s in one.sections]},
        {"parent": ["progress", "plan"], "subs": [[None], [None]]},
    )


def test_a_problems_sub_heading_whose_paragraph_opens_with_from_now_on_for_a_period() -> None:
    doc = body(
        "一、关于职业教育\n（一）存在问题\n专业设置与产业需求不够匹配。\n今后一个时期，将动态调整专业设置。\n"
        "（二）原因分析\n校企合作不够深入。\n3.今后打算\n深化产教融合。"
    )
    subs = doc.sections[0].sections
    same(
        {"phases": [phases(s) for s in subs], "tree": tree(doc)},
        {
            "phases": [["progress", "plan"], [None]],
            "tree": [
                (1, "cn", "一、", "关于职业教育"),
                (2, "cn-paren", "（一）", "存在问题"),
                (2, "cn-paren", "（二）", "原因分析"),
                (3, "num", "3.", "今后打算"),
            ],
        },
    )


def test_a_reply_without_headings_whose_plan_opens_in_the_next_step_of_work() -> None:
    doc = checked(
        HEAD
        + "近年来，我县持续加大教育投入。\n存在问题：优质资源总量不足。\n在下一步工作中，我局将扩大优质资源覆盖面。\n"
        "感谢您对教育工作的关心和支持！" + TAIL
    )
    same(
        {"sections": len(doc.sections), "phases": [p.phase for p in doc.preamble], "closing": closing(doc)},
        {
            "sections": 0,
            "phases": ["progress", "progress", "progress", "plan"],
            "closing": "感谢您对教育工作的关心和支持！",
        },
    )


# Batch 6 (written before any run): signatures

ONE = HEAD + "一、关于学校布局\n新建学校三所。\n"


def test_three_organs_stacked_over_one_date_without_a_formula() -> None:
    doc = checked(ONE + "某县教育局\n某县财政局\n某县人力资源和社会保障局\n2025年6月20日")
    same(
        {"signed": signed(doc), "one": paragraphs(doc.sections[0]), "closing": closing(doc)},
        {
            "signed": (("某县教育局", "某县财政局", "某县人力资源和社会保障局"), "2025-06-20"),
            "one": ["新建学校三所。"],
            "closing": None,
        },
    )


def test_an_organ_and_a_date_in_ideographs_on_one_line_after_the_formula() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局　二〇二五年六月二十日")
    s = doc.signature
    same(
        {"signed": signed(doc), "text": None if s is None else s.date_text, "closing": closing(doc)},
        {"signed": SIGNED, "text": "二〇二五年六月二十日", "closing": "特此答复。"},
    )


def test_a_date_line_above_the_organ_line() -> None:
    doc = checked(ONE + "特此答复。\n2025年6月20日\n某县教育局")
    same(
        {"signed": signed(doc), "one": paragraphs(doc.sections[0]), "closing": closing(doc)},
        {"signed": SIGNED, "one": ["新建学校三所。"], "closing": "特此答复。"},
    )


def test_two_organs_with_their_seal_notes_side_by_side_over_one_date() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局（盖章）　　某县财政局（盖章）\n2025年6月20日")
    same(
        {"signed": signed(doc), "closing": closing(doc)},
        {"signed": (("某县教育局", "某县财政局"), "2025-06-20"), "closing": "特此答复。"},
    )


def test_a_signature_right_after_a_circled_point_three_ranks_down() -> None:
    doc = checked(
        HEAD
        + "一、关于学校布局\n（一）城区学校\n①城东小学\n年内开工。\n②城西中学\n明年竣工。\n某县教育局\n2025年6月20日"
    )
    last = doc.sections[0].sections[0].sections[1]
    same(
        {"signed": signed(doc), "last": paragraphs(last), "sections": len(doc.iter_sections())},
        {"signed": SIGNED, "last": ["明年竣工。"], "sections": 4},
    )


def test_an_attachment_label_right_under_the_signature() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局\n2025年6月20日\n附件：某县中小学布局规划表")
    same(
        {"signed": signed(doc), "attachments": doc.attachments, "one": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "attachments": ("某县中小学布局规划表",), "one": ["新建学校三所。"]},
    )


def test_a_contact_label_naming_person_and_phone_right_under_the_date() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局\n2025年6月20日\n联系人及电话：张某，0931-7654321")
    c = doc.contact
    same(
        {
            "signed": signed(doc),
            "contact": None if c is None else (c.name, c.phones),
            "one": paragraphs(doc.sections[0]),
        },
        {"signed": SIGNED, "contact": ("张某", ("0931-7654321",)), "one": ["新建学校三所。"]},
    )


def test_a_reply_with_no_closing_and_no_signature_warns_and_keeps_its_last_paragraph() -> None:
    doc = checked(ONE + "二、关于学校撤并\n撤并须经充分论证并听取群众意见。")
    same(
        {
            "signed": signed(doc),
            "last": paragraphs(doc.sections[1]),
            "missing": "field-missing" in codes(doc),
            "closing": closing(doc),
        },
        {"signed": None, "last": ["撤并须经充分论证并听取群众意见。"], "missing": True, "closing": None},
    )


# Batch 7 (written before any run): attachments with their own headings, long and one-paragraph bodies


def test_two_attachments_printed_after_the_signature_in_other_families_than_the_body() -> None:
    doc = checked(
        ONE + "特此答复。\n附件：1.某县学校建设项目表\n2.某县教师招聘办法\n某县教育局\n2025年6月20日\n"
        "附件1\n某县学校建设项目表\n（一）城区项目\n城东小学。\n（二）农村项目\n中心校三所。\n"
        "附件2\n某县教师招聘办法\n第一条　为规范教师招聘，制定本办法。\n第二条　本办法自发布之日起施行。"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc), "closing": closing(doc)},
        {
            "tree": [(1, "cn", "一、", "关于学校布局")],
            "attachments": ("某县学校建设项目表", "某县教师招聘办法"),
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


def test_attachment_labels_with_their_titles_on_one_line_after_the_contact_and_no_list() -> None:
    doc = checked(
        ONE + "特此答复。\n某县教育局\n2025年6月20日\n联系人：赵某\n联系电话：0931-7654321\n"
        "附件1：某县学位供给测算表\n一、城区学位\n缺口一千个。\n附件2：某县校舍安全排查表\n1.排查范围\n全县校舍。"
    )
    c = doc.contact
    same(
        {
            "tree": tree(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "contact": None if c is None else (c.name, c.phones),
        },
        {
            "tree": [(1, "cn", "一、", "关于学校布局")],
            "attachments": ("某县学位供给测算表", "某县校舍安全排查表"),
            "signed": SIGNED,
            "contact": ("赵某", ("0931-7654321",)),
        },
    )


NUMERALS = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八",
]  # fmt: skip
SCHOOLS = [
    "城关一小", "城关二小", "城东小学", "城西小学", "城南小学", "城北小学", "实验小学", "育才小学",
    "红星小学", "希望小学", "城关中学", "城东中学", "城西中学", "实验中学", "育英中学", "第一中学",
    "第二中学", "职业中学", "特教学校", "幼儿园甲", "幼儿园乙", "幼儿园丙", "中心校甲", "中心校乙",
    "中心校丙", "中心校丁", "教学点甲", "教学点乙",
]  # fmt: skip


def test_twenty_six_top_headings_each_over_two_paren_sub_headings_restarting() -> None:
    text = "".join(
        f"{n}、关于{s}\n（一）校舍\n{s}校舍已改造。\n（二）设备\n{s}设备已更新。\n"
        for n, s in zip(NUMERALS[:26], SCHOOLS[:26], strict=True)
    )
    doc = body(text.rstrip())
    same(
        {
            "top": [(s.marker, s.title) for s in doc.sections],
            "ordinals": ordinals(doc),
            "last": [paragraphs(s) for s in doc.sections[-1].sections],
            "gap": gap(doc),
            "signed": signed(doc),
        },
        {
            "top": [(f"{n}、", f"关于{s}") for n, s in zip(NUMERALS[:26], SCHOOLS[:26], strict=True)],
            "ordinals": [k for n in range(1, 27) for k in (n, 1, 2)],
            "last": [["中心校丁校舍已改造。"], ["中心校丁设备已更新。"]],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_twenty_eight_arabic_points_each_a_long_sentence_without_a_title() -> None:
    lines = [
        f"{k}.{s}的校舍改造工作已经按照年初确定的目标任务全面完成，师生满意度较去年明显提升。"
        for k, s in enumerate(SCHOOLS, 1)
    ]
    doc = body("\n".join(lines))
    same(
        {
            "tree": tree(doc),
            "first": paragraphs(doc.sections[0]),
            "last": paragraphs(doc.sections[-1]),
            "signed": signed(doc),
        },
        {
            "tree": [(1, "num", f"{k}.", None) for k in range(1, 29)],
            "first": ["城关一小的校舍改造工作已经按照年初确定的目标任务全面完成，师生满意度较去年明显提升。"],
            "last": ["教学点乙的校舍改造工作已经按照年初确定的目标任务全面完成，师生满意度较去年明显提升。"],
            "signed": SIGNED,
        },
    )


def test_a_reply_whose_whole_answer_and_formula_stand_in_one_paragraph() -> None:
    doc = checked(
        "关于县政协十届二次会议第0316号提案的答复\n周某委员：\n"
        "您提出的关于增设城区幼儿园的提案收悉。经研究，我局将于明年新建幼儿园两所。特此答复。\n" + TAIL.lstrip("\n")
    )
    same(
        {
            "preamble": [p.text for p in doc.preamble],
            "sections": len(doc.sections),
            "closing": closing(doc),
            "signed": signed(doc),
            "kind": doc.kind,
        },
        {
            "preamble": ["您提出的关于增设城区幼儿园的提案收悉。经研究，我局将于明年新建幼儿园两所。"],
            "sections": 0,
            "closing": "特此答复。",
            "signed": SIGNED,
            "kind": "reply",
        },
    )


def test_a_notice_of_one_paragraph() -> None:
    doc = checked(
        "某县教育局关于做好2025年秋季开学工作的通知\n各中小学：\n"
        "请各校于8月25日前完成开学准备工作，确保秋季学期顺利开学。\n某县教育局\n2025年8月1日"
    )
    same(
        {
            "kind": doc.kind,
            "preamble": [p.text for p in doc.preamble],
            "phases": [p.phase for p in doc.preamble],
            "sections": len(doc.sections),
            "signed": signed(doc),
        },
        {
            "kind": "notice",
            "preamble": ["请各校于8月25日前完成开学准备工作，确保秋季学期顺利开学。"],
            "phases": [None],
            "sections": 0,
            "signed": (("某县教育局",), "2025-08-01"),
        },
    )


def test_a_plan_printed_after_a_notices_signature_without_an_attachment_label_is_the_body() -> None:
    doc = checked(
        "某县教育局关于印发《某县课后服务实施方案》的通知\n各中小学：\n"
        "现将《某县课后服务实施方案》印发给你们，请认真贯彻执行。\n某县教育局\n2025年8月1日\n"
        "某县课后服务实施方案\n一、服务时间\n每周五天。\n二、服务内容\n作业辅导和兴趣活动。"
    )
    same(
        {"tree": tree(doc), "signed": signed(doc), "attachments": doc.attachments},
        {
            "tree": [(1, "cn", "一、", "服务时间"), (1, "cn", "二、", "服务内容")],
            "signed": (("某县教育局",), "2025-08-01"),
            "attachments": (),
        },
    )


def test_a_one_heading_reply_whose_only_section_is_a_run_in_point() -> None:
    doc = body("一、关于校园欺凌防治。我局已建立防治工作机制，每学期开展专项排查。")
    same(
        {"tree": tree(doc), "paras": paragraphs(doc.sections[0]), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于校园欺凌防治")],
            "paras": ["我局已建立防治工作机制，每学期开展专项排查。"],
            "signed": SIGNED,
        },
    )


# Batch 8 (written before any run): seven ranks, regulations four deep, lists restarting in one parent


def test_parts_over_six_ranks_and_a_return_of_five_ranks_to_the_second_part() -> None:
    doc = body(
        "第一部分　工作进展\n一、关于义务教育\n（一）学校建设\n1.城区\n（1）小学\n①城东小学\n已竣工。\n"
        "第二部分　存在问题\n一、学位不足\n城区学位缺口较大。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[1].sections[0]), "gap": gap(doc)},
        {
            "levels": [
                (1, "part", 1),
                (2, "cn", 1),
                (3, "cn-paren", 1),
                (4, "num", 1),
                (5, "num-paren", 1),
                (6, "circled", 1),
                (1, "part", 2),
                (2, "cn", 1),
            ],
            "last": ["城区学位缺口较大。"],
            "gap": False,
        },
    )


def test_a_measures_text_of_chapters_sections_articles_items_and_points_with_returns() -> None:
    doc = checked(
        "某县中小学安全管理办法\n第一章　总则\n第一节　一般规定\n第一条　学校应当做好以下工作：\n（一）安全教育；\n"
        "1.防溺水；\n2.防火灾；\n（二）健康教育。\n第二节　管理职责\n第二条　校长是安全第一责任人。\n"
        "第二章　附则\n第三条　本办法自发布之日起施行。"
    )
    article = doc.sections[0].sections[0].sections[0]
    same(
        {
            "tree": tree(doc),
            "kind": doc.kind,
            "article": paragraphs(article),
            "items": [paragraphs(s) for s in article.sections],
        },
        {
            "tree": [
                (1, "chapter", "第一章", "总则"),
                (2, "section", "第一节", "一般规定"),
                (3, "article", "第一条", None),
                (4, "cn-paren", "（一）", None),
                (5, "num", "1.", None),
                (5, "num", "2.", None),
                (4, "cn-paren", "（二）", "健康教育"),
                (2, "section", "第二节", "管理职责"),
                (3, "article", "第二条", None),
                (1, "chapter", "第二章", "附则"),
                (2, "article", "第三条", None),
            ],
            "kind": "measures",
            "article": ["学校应当做好以下工作："],
            "items": [["安全教育；"], []],
        },
    )


def test_two_arabic_lists_each_from_one_in_one_top_section_parted_by_a_paragraph() -> None:
    doc = body(
        "一、关于教师发展\n1.新教师培训\n培训新教师九十名。\n2.骨干教师培养\n认定骨干教师六十名。\n"
        "此外，还开展了以下工作：\n1.名师工作室\n建成工作室十个。\n2.教学比武\n举办比武两次。"
    )
    subs = doc.sections[0].sections
    same(
        {"ordinals": ordinals(doc), "second": paragraphs(subs[1]), "levels": [s.level for s in doc.iter_sections()]},
        {
            "ordinals": [1, 1, 2, 1, 2],
            "second": ["认定骨干教师六十名。", "此外，还开展了以下工作："],
            "levels": [1, 2, 2, 2, 2],
        },
    )


def test_paren_ideographs_running_on_under_the_second_top_heading_and_restarting_under_the_third() -> None:
    doc = body(
        "一、关于学前教育\n（一）公办园\n新增公办园五所。\n（二）普惠园\n认定普惠园十所。\n"
        "二、关于义务教育\n（三）城区学校\n新建学校两所。\n（四）乡村学校\n改造学校八所。\n"
        "三、关于高中教育\n（一）普通高中\n扩招五百人。\n（二）职业高中\n新设专业三个。"
    )
    same(
        {"ordinals": ordinals(doc), "gap": gap(doc)},
        {"ordinals": [1, 1, 2, 2, 3, 4, 3, 1, 2], "gap": False},
    )


def test_arabic_points_running_on_across_two_top_headings() -> None:
    doc = body("一、关于食堂管理\n1.明厨亮灶\n2.陪餐制度\n二、关于饮水安全\n3.直饮水设备\n4.水质检测")
    same(
        {"ordinals": ordinals(doc), "levels": [s.level for s in doc.iter_sections()], "gap": gap(doc)},
        {"ordinals": [1, 1, 2, 2, 3, 4], "levels": [1, 2, 2, 1, 2, 2], "gap": False},
    )


def test_a_plan_inside_a_paren_number_then_a_return_to_the_next_paren_ideograph() -> None:
    doc = body(
        "一、关于教育信息化\n（一）基础设施\n1.网络\n（1）校园网\n已覆盖全部学校。\n下一步，将实现千兆到班。\n"
        "（二）数字资源\n建成资源库一个。"
    )
    paren_one = doc.sections[0].sections[0].sections[0].sections[0]
    same(
        {"deep": phases(paren_one), "next": phases(doc.sections[0].sections[1]), "tree_len": len(doc.iter_sections())},
        {"deep": ["progress", "plan"], "next": [None], "tree_len": 5},
    )


def test_a_run_in_top_heading_whose_text_is_a_member_run() -> None:
    doc = body("一、关于资金保障：一是争取上级资金；二是加大县级投入。\n二、关于队伍保障\n配齐专职人员。")
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "paras": paragraphs(one), "items": [items(p) for p in one.paragraphs]},
        {
            "tree": [(1, "cn", "一、", "关于资金保障"), (1, "cn", "二、", "关于队伍保障")],
            "paras": ["一是争取上级资金；二是加大县级投入。"],
            "items": [[(1, "一是", "争取上级资金"), (2, "二是", "加大县级投入")]],
        },
    )


def test_paren_numbers_written_under_a_circled_point_and_the_next_circled_point_after_them() -> None:
    # The document itself shows the nesting: ② comes back after (1)(2), so they stand under ①.
    doc = body("一、关于校园文化\n①书香校园\n（1）图书角\n（2）阅读节\n②艺术校园\n组建艺术社团。")
    same(
        {"levels": levels(doc), "art": paragraphs(doc.sections[0].sections[1])},
        {
            "levels": [(1, "cn", 1), (2, "circled", 1), (3, "num-paren", 1), (3, "num-paren", 2), (2, "circled", 2)],
            "art": ["组建艺术社团。"],
        },
    )


# Batch 9 (written before any run): signatures set otherwise


def test_two_organs_and_the_date_all_on_one_line() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局　　某县财政局　　2025年6月20日")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {"signed": (("某县教育局", "某县财政局"), "2025-06-20"), "closing": "特此答复。", "one": ["新建学校三所。"]},
    )


def test_a_signature_pushed_right_by_runs_of_spaces() -> None:
    doc = checked(ONE + "特此答复。\n                              某县教育局\n                          2025年6月20日")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "closing": "特此答复。", "one": ["新建学校三所。"]},
    )


def test_a_date_spaced_between_its_figures_and_units() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局\n2025 年 6 月 20 日")
    s = doc.signature
    same(
        {"signed": signed(doc), "text": None if s is None else s.date_text},
        {"signed": SIGNED, "text": "2025 年 6 月 20 日"},
    )


def test_a_party_organ_and_a_government_organ_over_one_date() -> None:
    doc = checked(ONE + "特此答复。\n中共某县县委教育工作领导小组办公室\n某县教育局\n2025年6月20日")
    same(
        {"signed": signed(doc), "closing": closing(doc)},
        {"signed": (("中共某县县委教育工作领导小组办公室", "某县教育局"), "2025-06-20"), "closing": "特此答复。"},
    )


def test_a_seal_note_on_its_own_line_between_organ_and_date() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局\n（盖章）\n2025年6月20日")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "closing": "特此答复。", "one": ["新建学校三所。"]},
    )


def test_a_signature_after_a_thanks_closing_after_a_deep_plan_paragraph() -> None:
    doc = checked(
        HEAD + "一、关于学校建设\n（一）在建项目\n1.城东小学\n下一步，将加快主体施工。\n"
        "感谢您对教育工作的关心和支持！\n某县教育局\n2025年6月20日"
    )
    point = doc.sections[0].sections[0].sections[0]
    same(
        {"closing": closing(doc), "signed": signed(doc), "point": paragraphs(point), "phases": phases(point)},
        {
            "closing": "感谢您对教育工作的关心和支持！",
            "signed": SIGNED,
            "point": ["下一步，将加快主体施工。"],
            "phases": ["plan"],
        },
    )


def test_a_formula_alone_with_no_signature_warns_that_the_signature_is_missing() -> None:
    doc = checked(ONE + "特此答复。")
    same(
        {"signed": signed(doc), "closing": closing(doc), "missing": "field-missing" in codes(doc)},
        {"signed": None, "closing": "特此答复。", "missing": True},
    )


def test_a_signature_then_a_disclosure_note_then_a_contact_then_a_copy_line() -> None:
    doc = checked(
        ONE + "特此答复。\n某县教育局\n2025年6月20日\n（此件公开发布）\n联系人：钱某　联系电话：0931-7654321\n"
        "抄送：县政协提案委员会。"
    )
    c, i = doc.contact, doc.imprint
    same(
        {
            "signed": signed(doc),
            "contact": None if c is None else (c.name, c.phones),
            "cc": None if i is None else i.cc,
            "one": paragraphs(doc.sections[0]),
        },
        {
            "signed": SIGNED,
            "contact": ("钱某", ("0931-7654321",)),
            "cc": ("县政协提案委员会",),
            "one": ["新建学校三所。"],
        },
    )


# Batch 10 (written before any run): one-line bodies, hard-wrapped bodies, indented markers, tab rows

REPLY_LINES = [
    "关于县政协十届二次会议第0315号提案的答复",
    "李某委员：",
    "您提出的关于推进义务教育优质均衡发展的提案收悉，经认真研究，现将办理情况答复如下：",
    "一、关于学校布局",
    "近年来我县坚持规划引领，统筹城乡学校布局，先后新建改扩建城区学校十二所，新增学位一万余个。",
    "二、关于师资配备",
    "我局每年公开招聘教师一百名以上，并通过县管校聘改革推动优秀教师向乡村学校流动，效果明显。",
    "下一步，我局将继续加大投入，力争三年内全面消除城区大班额，实现义务教育优质均衡发展。",
    "特此答复。",
    "某县教育局",
    "2025年6月20日",
]


def wrapped(lines: list[str], width: int) -> str:
    """Each line cut every `width` characters, as a PDF's text layer saved as text is."""
    return "\n".join(line[k : k + width] for line in lines for k in range(0, len(line), width))


def test_a_reply_hard_wrapped_at_one_width_keeps_its_headings_paragraphs_plan_and_signature() -> None:
    doc = checked(wrapped(REPLY_LINES, 22))
    same(
        {
            "tree": tree(doc),
            "paras": [paragraphs(s) for s in doc.sections],
            "phases": [phases(s) for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "tree": [(1, "cn", "一、", "关于学校布局"), (1, "cn", "二、", "关于师资配备")],
            "paras": [[REPLY_LINES[4]], [REPLY_LINES[6], REPLY_LINES[7]]],
            "phases": [[None], ["progress", "plan"]],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_reply_whose_body_lost_its_breaks_but_kept_its_full_width_indents() -> None:
    doc = checked(
        REPLY_LINES[0]
        + "\n"
        + REPLY_LINES[1]
        + "\n"
        + "".join("\u3000\u3000" + line for line in REPLY_LINES[2:9])
        + "\n"
        + TAIL.lstrip("\n")
    )
    same(
        {"tree": tree(doc), "two": [p.text.strip("\u3000") for p in doc.sections[1].paragraphs], "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于学校布局"), (1, "cn", "二、", "关于师资配备")],
            "two": [REPLY_LINES[6], REPLY_LINES[7]],
            "signed": SIGNED,
        },
    )


def test_markers_indented_by_full_width_spaces_at_three_ranks() -> None:
    doc = body(
        "\u3000\u3000一、关于教育督导\n\u3000\u3000（一）督学队伍\n\u3000\u30001.专职督学\n\u3000\u3000配备专职督学十名。"
    )
    same(
        {"tree": tree(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于教育督导"),
                (2, "cn-paren", "（一）", "督学队伍"),
                (3, "num", "1.", "专职督学"),
            ],
            "signed": SIGNED,
        },
    )


def test_numbered_rows_of_a_tab_separated_table_inside_a_section_open_no_sections() -> None:
    doc = body(
        "一、关于学位供给\n各校新增学位如下：\n序号\t学校\t学位\n1.\t城东小学\t300\n2.\t城西小学\t200\n"
        "二、关于学位分配\n实行学区划片。"
    )
    same(
        {"tree": tree(doc), "two": paragraphs(doc.sections[1])},
        {"tree": [(1, "cn", "一、", "关于学位供给"), (1, "cn", "二、", "关于学位分配")], "two": ["实行学区划片。"]},
    )


def test_a_member_run_broken_by_tab_separated_rows_resumes_after_them() -> None:
    doc = body("一、关于校舍改造\n一是完成校舍加固。\n项目\t数量\n加固\t12所\n二是完成厕所改造。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs if p.items]},
        {"items": [[(1, "一是", "完成校舍加固")], [(2, "二是", "完成厕所改造")]]},
    )


def test_a_one_line_notice_with_its_title_body_and_signature_on_one_line_each() -> None:
    doc = checked(
        "关于暂停校外培训机构审批的通知\n各乡镇中心学校：即日起暂停审批新的校外培训机构。\n某县教育局\n2025年8月1日"
    )
    same(
        {
            "kind": doc.kind,
            "recipients": doc.header.recipients,
            "preamble": [p.text for p in doc.preamble],
            "signed": signed(doc),
        },
        {
            "kind": "notice",
            "recipients": ("各乡镇中心学校",),
            "preamble": ["即日起暂停审批新的校外培训机构。"],
            "signed": (("某县教育局",), "2025-08-01"),
        },
    )


def test_a_top_heading_and_its_first_sub_heading_on_one_line() -> None:
    doc = body("一、关于教师培训（一）培训规模\n全年培训教师三千人次。\n（二）培训方式\n线上线下相结合。")
    same(
        {"titles": [s.title for s in doc.iter_sections()], "levels": [s.level for s in doc.iter_sections()]},
        {"titles": ["关于教师培训（一）培训规模", "培训方式"], "levels": [1, 2]},
    )


def test_a_reply_wrapped_at_a_narrow_width_with_sub_headings_keeps_them() -> None:
    lines = [
        *REPLY_LINES[:3],
        "一、关于学校布局",
        "（一）城区学校",
        "近年来我县坚持规划引领，统筹城乡学校布局，先后新建改扩建城区学校十二所。",
        "（二）乡村学校",
        "保留并办好必要的乡村小规模学校和乡镇寄宿制学校，改善办学条件。",
        *REPLY_LINES[8:],
    ]
    doc = checked(wrapped(lines, 18))
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in one.sections], "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于学校布局"),
                (2, "cn-paren", "（一）", "城区学校"),
                (2, "cn-paren", "（二）", "乡村学校"),
            ],
            "paras": [[lines[5]], [lines[7]]],
            "signed": SIGNED,
        },
    )


# Batch 11 (written before any run): ranks used out of their order, written forms at two depths, no-family markers


def test_a_return_from_paren_numbers_straight_to_a_top_heading_whose_first_child_is_circled() -> None:
    doc = body(
        "一、关于学校食堂\n（一）食材采购\n1.统一配送\n（1）大宗食材\n统一招标采购。\n"
        "二、关于营养餐\n①营养配餐\n聘请营养师。\n②陪餐制度\n校领导每日陪餐。"
    )
    same(
        {"levels": levels(doc), "two": [paragraphs(s) for s in doc.sections[1].sections]},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (1, "cn", 2),
                (2, "circled", 1),
                (2, "circled", 2),
            ],
            "two": [["聘请营养师。"], ["校领导每日陪餐。"]],
        },
    )


def test_numbers_closed_by_a_bracket_alone_written_under_full_paren_numbers() -> None:
    # The document itself shows the nesting: (2) comes back after 1) 2), so they stand under (1).
    doc = body("一、关于学区划分\n（1）城区学区\n1)城东学区\n2)城西学区\n（2）乡镇学区\n按乡镇划分。")
    same(
        {
            "lv": [s.level for s in doc.iter_sections()],
            "ordinals": ordinals(doc),
            "last": paragraphs(doc.sections[0].sections[1]),
        },
        {"lv": [1, 2, 3, 3, 2], "ordinals": [1, 1, 1, 2, 2], "last": ["按乡镇划分。"]},
    )


def test_roman_numerals_and_capital_letters_open_no_sections() -> None:
    doc = body(
        "一、关于课程体系\nⅠ.基础课程\nⅡ.拓展课程\n（1）校本课程\nA.科技类\nB.艺术类\n二、关于课程评价\n实行综合评价。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "one": paragraphs(one), "sub": paragraphs(one.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于课程体系"),
                (2, "num-paren", "（1）", "校本课程"),
                (1, "cn", "二、", "关于课程评价"),
            ],
            "one": ["Ⅰ.基础课程", "Ⅱ.拓展课程"],
            "sub": ["A.科技类", "B.艺术类"],
        },
    )


def test_paren_ideographs_written_under_a_first_arabic_point_of_a_body_that_opens_with_arabic_points() -> None:
    # 2. comes back after （一）（二）, so they stand under 1.
    doc = body(
        "1.关于校车线路\n（一）城区线路\n开通线路五条。\n（二）农村线路\n开通线路十二条。\n2.关于校车安全\n配备照管员。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[-1])},
        {
            "levels": [(1, "num", 1), (2, "cn-paren", 1), (2, "cn-paren", 2), (1, "num", 2)],
            "last": ["配备照管员。"],
        },
    )


def test_a_rank_skipped_in_one_branch_and_kept_in_the_next() -> None:
    doc = body(
        "一、关于特殊教育\n1.送教上门\n（1）送教对象\n重度残疾儿童。\n2.随班就读\n配备资源教室。\n"
        "二、关于民族教育\n（一）双语教学\n1.师资培训\n培训双语教师五十名。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "num", 1),
                (3, "num-paren", 1),
                (2, "num", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num", 1),
            ],
            "gap": False,
        },
    )


def test_circled_points_past_ten_under_a_paren_number_then_a_return_to_the_next_arabic_point() -> None:
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
    lines = "".join(f"{c}第{k}批项目\n" for k, c in enumerate(circled, 1))
    doc = body("一、关于项目清单\n1.校舍项目\n（1）新建项目\n" + lines + "2.设备项目\n采购设备一批。")
    same(
        {
            "ordinals": ordinals(doc),
            "lv": [s.level for s in doc.iter_sections()][-2:],
            "last": paragraphs(doc.sections[0].sections[1]),
            "gap": gap(doc),
        },
        {"ordinals": [1, 1, 1, *range(1, 13), 2], "lv": [4, 2], "last": ["采购设备一批。"], "gap": False},
    )


def test_a_point_numbered_with_a_circled_pause_mark_and_a_paren_ideograph_with_a_pause_mark_at_two_depths() -> None:
    doc = body(
        "一、关于校园绿化\n（一）、绿化面积\n①、新增绿地\n新增绿地两万平方米。\n②、改造绿地\n改造绿地五千平方米。\n（二）、绿化养护\n委托专业公司养护。"
    )
    same(
        {"tree": tree(doc), "last": paragraphs(doc.sections[0].sections[1])},
        {
            "tree": [
                (1, "cn", "一、", "关于校园绿化"),
                (2, "cn-paren", "（一）、", "绿化面积"),
                (3, "circled", "①、", "新增绿地"),
                (3, "circled", "②、", "改造绿地"),
                (2, "cn-paren", "（二）、", "绿化养护"),
            ],
            "last": ["委托专业公司养护。"],
        },
    )


def test_a_top_heading_holding_only_sub_sections_and_one_holding_only_a_paragraph_and_a_plan() -> None:
    doc = body(
        "一、关于学校安全\n（一）安全设施\n安装监控一千个。\n（二）安全演练\n每学期两次。\n"
        "二、关于校园周边\n下一步，将联合公安开展周边整治。"
    )
    same(
        {
            "one": paragraphs(doc.sections[0]),
            "subs": [phases(s) for s in doc.sections[0].sections],
            "two": phases(doc.sections[1]),
        },
        {"one": [], "subs": [[None], [None]], "two": ["plan"]},
    )


# Batch 12 (written before any run): titles at the length limit, half-width colons, asides, questions

T30 = "持续推进县域内城乡义务教育学校标准化建设和办学条件的均衡配置"  # 30 characters
T31 = "持续推进县域内城乡义务教育学校的标准化建设和办学条件的均衡配置"  # 31 characters
R30 = "全面落实城乡统一的义务教育学校建设标准和教师编制标准各项要求"  # 30 characters
R31 = "全面落实城乡统一的义务教育学校建设标准和教师编制标准的各项要求"  # 31 characters


def test_a_heading_line_of_thirty_characters_ending_on_a_stop_is_a_title_and_one_of_thirty_one_is_not() -> None:
    doc = body(f"一、关于标准化建设\n（一）{T30}。\n已完成八十所。\n（二）{T31}。\n已完成二十所。")
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs]},
        {"titles": [T30, None], "paras": [["已完成八十所。"], [T31 + "。", "已完成二十所。"]]},
    )


def test_a_run_in_title_of_thirty_characters_is_cut_and_one_of_thirty_one_is_not() -> None:
    doc = body(f"一、关于建设标准\n1.{R30}。今年已全部落实。\n2.{R31}。明年全部落实。")
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs]},
        {"titles": [R30, None], "paras": [["今年已全部落实。"], [R31 + "。明年全部落实。"]]},
    )


def test_half_width_colons_close_a_heading_line_and_cut_a_run_in_title() -> None:
    doc = body("一、关于保障措施\n（一）组织保障:\n成立工作专班。\n（二）经费保障:年初足额预算。")
    subs = doc.sections[0].sections
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in subs]},
        {
            "tree": [
                (1, "cn", "一、", "关于保障措施"),
                (2, "cn-paren", "（一）", "组织保障"),
                (2, "cn-paren", "（二）", "经费保障"),
            ],
            "paras": [["成立工作专班。"], ["年初足额预算。"]],
        },
    )


def test_a_heading_line_past_thirty_characters_closed_by_a_colon_is_a_title_whole() -> None:
    long = "关于您在提案中提出的进一步加大农村薄弱学校改造力度和扩大优质资源覆盖面的问题"
    doc = body(f"一、{long}：\n我局高度重视。")
    same(
        {"title": doc.sections[0].title, "paras": paragraphs(doc.sections[0])},
        {"title": long, "paras": ["我局高度重视。"]},
    )


def test_asides_with_colons_inside_a_heading_title_and_inside_a_run_in_title() -> None:
    doc = body(
        "一、关于重点任务\n（一）加强师资建设（牵头单位：县教育局）\n补充教师一百名。\n"
        "（二）改善办学条件（牵头单位：县发改局）。新建学校两所。"
    )
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs]},
        {
            "titles": ["加强师资建设（牵头单位：县教育局）", "改善办学条件（牵头单位：县发改局）"],
            "paras": [["补充教师一百名。"], ["新建学校两所。"]],
        },
    )


def test_a_point_asking_a_question_then_answering_it_on_its_line_has_no_title() -> None:
    doc = body("一、关于学校撤并\n（一）为什么暂缓撤并？因为群众意见较大。\n（二）下步如何推进\n充分听取群众意见。")
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs]},
        {"titles": [None, "下步如何推进"], "paras": [["为什么暂缓撤并？因为群众意见较大。"], ["充分听取群众意见。"]]},
    )


def test_a_heading_line_with_a_trailing_space_and_one_with_a_trailing_ideographic_space() -> None:
    doc = body("一、关于经费保障 \n年初足额预算。\n二、关于督导考核\u3000\n纳入年度考核。")
    same(
        {"titles": [s.title for s in doc.sections], "paras": [paragraphs(s) for s in doc.sections]},
        {"titles": ["关于经费保障", "关于督导考核"], "paras": [["年初足额预算。"], ["纳入年度考核。"]]},
    )


def test_a_run_in_title_cut_at_a_colon_whose_text_opens_with_a_quotation() -> None:
    doc = body("一、关于“双减”工作\n（一）总体要求：“减负不减质”。\n（二）主要做法：“五项管理”全面落实。")
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs], "top": doc.sections[0].title},
        {
            "titles": ["总体要求", "主要做法"],
            "paras": [["“减负不减质”。"], ["“五项管理”全面落实。"]],
            "top": "关于“双减”工作",
        },
    )


# Batch 13 (written before any run): phases opened otherwise and placed otherwise


def test_a_short_next_step_opener_inside_the_second_circled_point_only() -> None:
    doc = body("一、关于研学实践\n①研学基地\n建成基地六个。\n②研学线路\n推出线路十条。\n下步，将再推出线路五条。")
    circled = doc.sections[0].sections
    same({"phases": [phases(s) for s in circled]}, {"phases": [[None], ["progress", "plan"]]})


def test_a_plan_in_the_preamble_after_the_acknowledgement_and_before_the_first_heading() -> None:
    doc = body("接下来，我局将逐条落实您的建议。\n一、关于学校建设\n新建学校三所。")
    same(
        {"preamble": [p.phase for p in doc.preamble], "one": phases(doc.sections[0])},
        {"preamble": ["progress", "plan"], "one": [None]},
    )


def test_in_the_work_from_now_on_opens_a_plan_and_a_paragraph_after_it_stays_in_the_plan() -> None:
    doc = body(
        "一、关于教育投入\n近三年累计投入十亿元。\n在今后的工作中，我局将继续加大投入。\n目前已编制明年预算。\n二、关于教育督导\n加强督导。"
    )
    same(
        {"one": phases(doc.sections[0]), "two": phases(doc.sections[1])},
        {"one": ["progress", "plan", "plan"], "two": [None]},
    )


def test_a_run_in_sub_heading_named_for_the_plan_whose_text_opens_with_no_plan_word() -> None:
    doc = body("一、关于校园足球\n（一）工作成效\n组建校队八十支。\n（二）下步打算：继续扩大校园足球覆盖面。")
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "phases": [phases(s) for s in subs]},
        {"titles": ["工作成效", "下步打算"], "phases": [[None], [None]]},
    )


def test_a_next_step_written_after_a_member_marker_opens_no_plan() -> None:
    doc = body("一、关于控辍保学\n一是建立台账；二是下一步将实行动态清零。")
    one = doc.sections[0]
    same(
        {"phases": phases(one), "items": [items(p) for p in one.paragraphs]},
        {"phases": [None], "items": [[(1, "一是", "建立台账"), (2, "二是", "下一步将实行动态清零")]]},
    )


def test_an_unmarked_next_step_line_between_two_sub_sections_belongs_to_the_first() -> None:
    doc = body(
        "一、关于教师队伍\n（一）教师招聘\n今年招聘教师一百名。\n下一步工作打算\n明年计划招聘一百二十名。\n（二）教师培训\n培训三千人次。"
    )
    subs = doc.sections[0].sections
    same(
        {"paras": [paragraphs(s) for s in subs], "phases": [phases(s) for s in subs]},
        {
            "paras": [["今年招聘教师一百名。", "下一步工作打算", "明年计划招聘一百二十名。"], ["培训三千人次。"]],
            "phases": [["progress", "plan", "plan"], [None]],
        },
    )


def test_a_paragraph_opening_with_a_quoted_from_now_on_opens_no_plan() -> None:
    doc = body("一、关于发展目标\n“今后三年，基本实现优质均衡”是我县的发展目标。\n目前各项工作正在推进。")
    same({"phases": phases(doc.sections[0])}, {"phases": [None, None]})


def test_next_stage_and_next_step_openers_in_each_of_three_sections_of_a_plan_doc() -> None:
    doc = body(
        "一、关于学前教育\n普惠率达百分之九十。\n下阶段，将新建公办园两所。\n"
        "二、关于义务教育\n下一步工作中，我局将推进集团化办学。\n"
        "三、关于高中教育\n已完成普通高中扩容。"
    )
    same(
        {"phases": [phases(s) for s in doc.sections]},
        {"phases": [["progress", "plan"], ["plan"], [None]]},
    )


# Batch 14 (written before any run): whole documents of several kinds


def test_a_whole_reply_with_quoted_points_three_parts_runs_a_plan_two_organs_contact_and_copy() -> None:
    doc = checked(
        "关于县政协十届二次会议第0321号提案的答复\n吴某委员：\n"
        "您提出的关于加强乡村教师队伍建设的提案收悉。您在提案中建议：\n1.提高乡村教师待遇；\n2.拓宽乡村教师补充渠道。\n"
        "经认真研究，现答复如下：\n"
        "一、关于乡村教师待遇\n（一）生活补助\n按每人每月五百元发放。\n（二）周转宿舍\n建成周转宿舍二百套。\n"
        "二、关于教师补充\n我局采取了以下措施：一是实施特岗计划；二是开展定向培养。\n"
        "三、下一步工作\n下一步，我局将会同县财政局提高补助标准。\n"
        "感谢您对教育工作的关心和支持！\n某县教育局\n某县财政局\n2025年6月20日\n"
        "联系人：孙某\n联系电话：0931-7654321\n抄送：县政协提案委员会。"
    )
    c, i = doc.contact, doc.imprint
    same(
        {
            "preamble": [p.text for p in doc.preamble],
            "tree": tree(doc),
            "items": [items(p) for p in doc.sections[1].paragraphs],
            "phases": [phases(s) for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
            "contact": None if c is None else (c.name, c.phones),
            "cc": None if i is None else i.cc,
        },
        {
            "preamble": [
                "您提出的关于加强乡村教师队伍建设的提案收悉。您在提案中建议：",
                "1.提高乡村教师待遇；",
                "2.拓宽乡村教师补充渠道。",
                "经认真研究，现答复如下：",
            ],
            "tree": [
                (1, "cn", "一、", "关于乡村教师待遇"),
                (2, "cn-paren", "（一）", "生活补助"),
                (2, "cn-paren", "（二）", "周转宿舍"),
                (1, "cn", "二、", "关于教师补充"),
                (1, "cn", "三、", "下一步工作"),
            ],
            "items": [[(1, "一是", "实施特岗计划"), (2, "二是", "开展定向培养")]],
            "phases": [[], [None], ["plan"]],
            "closing": "感谢您对教育工作的关心和支持！",
            "signed": (("某县教育局", "某县财政局"), "2025-06-20"),
            "contact": ("孙某", ("0931-7654321",)),
            "cc": ("县政协提案委员会",),
        },
    )


def test_a_whole_approval_with_two_points_and_its_formula() -> None:
    doc = checked(
        "某县人民政府关于同意某县第二中学迁建的批复\n县教育局：\n"
        "你局《关于某县第二中学迁建的请示》（某教发〔2025〕12号）收悉。经研究，现批复如下：\n"
        "一、同意某县第二中学整体迁建至城东新区。\n二、项目建设资金由县财政统筹解决。\n此复。\n某县人民政府\n2025年5月6日"
    )
    same(
        {
            "kind": doc.kind,
            "recipients": doc.header.recipients,
            "tree": tree(doc),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "approval",
            "recipients": ("县教育局",),
            "tree": [
                (1, "cn", "一、", "同意某县第二中学整体迁建至城东新区"),
                (1, "cn", "二、", "项目建设资金由县财政统筹解决"),
            ],
            "closing": "此复。",
            "signed": (("某县人民政府",), "2025-05-06"),
        },
    )


def test_a_whole_opinion_three_parts_four_ranks_deep() -> None:
    doc = checked(
        "某县教育局关于加强中小学作业管理的实施意见\n各中小学：\n为切实减轻学生过重作业负担，现提出如下意见。\n"
        "一、总体要求\n（一）指导思想\n坚持立德树人。\n（二）工作目标\n作业总量明显减少。\n"
        "二、主要措施\n（一）控制作业总量\n1.小学一二年级\n不布置书面家庭作业。\n2.小学其他年级\n（1）书面作业\n平均完成时间不超过60分钟。\n"
        "（二）提高作业质量\n鼓励布置分层作业。\n三、保障措施\n将作业管理纳入督导评估。\n某县教育局\n2025年3月1日"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "preamble": [p.text for p in doc.preamble], "signed": signed(doc)},
        {
            "kind": "opinion",
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (2, "cn-paren", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
                (4, "num-paren", 1),
                (2, "cn-paren", 2),
                (1, "cn", 3),
            ],
            "preamble": ["为切实减轻学生过重作业负担，现提出如下意见。"],
            "signed": (("某县教育局",), "2025-03-01"),
        },
    )


def test_a_whole_plan_with_parts_and_an_attachment_list_before_the_signature() -> None:
    doc = checked(
        "某县教育局关于印发某县2025年教育重点工作方案的通知\n各中小学：\n现将方案印发给你们，请认真抓好落实。\n"
        "附件：1.重点工作任务分解表\n2.重点工作推进时间表\n某县教育局\n2025年2月10日\n"
        "某县2025年教育重点工作方案\n第一部分　主要目标\n一、学前教育\n普惠率达到百分之九十二。\n"
        "第二部分　重点任务\n一、推进优质均衡\n（一）新建学校\n新建学校三所。"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc), "kind": doc.kind},
        {
            "tree": [
                (1, "part", "第一部分", "主要目标"),
                (2, "cn", "一、", "学前教育"),
                (1, "part", "第二部分", "重点任务"),
                (2, "cn", "一、", "推进优质均衡"),
                (3, "cn-paren", "（一）", "新建学校"),
            ],
            "attachments": ("重点工作任务分解表", "重点工作推进时间表"),
            "signed": (("某县教育局",), "2025-02-10"),
            "kind": "notice",
        },
    )


def test_a_whole_bulletin_with_members_over_lines_and_no_headings() -> None:
    doc = checked(
        "某县教育局关于2025年春季开学检查情况的通报\n各中小学：\n"
        "近日，我局组织开展了春季开学检查。从检查情况看，主要有以下问题：\n"
        "一是部分学校安全台账不健全；\n二是个别学校食堂管理不规范；\n三是少数学校课后服务未全覆盖。\n"
        "请各校对照问题抓好整改。\n特此通报。\n某县教育局\n2025年3月5日"
    )
    same(
        {
            "kind": doc.kind,
            "sections": len(doc.sections),
            "items": [items(p) for p in doc.preamble],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "bulletin",
            "sections": 0,
            "items": [
                [],
                [(1, "一是", "部分学校安全台账不健全")],
                [(2, "二是", "个别学校食堂管理不规范")],
                [(3, "三是", "少数学校课后服务未全覆盖")],
                [],
            ],
            "closing": "特此通报。",
            "signed": (("某县教育局",), "2025-03-05"),
        },
    )


def test_a_whole_markdown_reply_with_heading_marks_bold_run_in_titles_and_a_plan() -> None:
    doc = checked(
        "# 关于县政协十届二次会议第0322号提案的答复\n\n郑某委员：\n\n您提出的关于加强校园安全的提案收悉，现答复如下：\n\n"
        "## 一、关于安全设施\n\n**（一）监控系统。**全县学校监控全覆盖。\n\n**（二）一键报警。**已接入公安平台。\n\n"
        "## 二、关于下步工作\n\n下一步，我局将开展安全隐患大排查。\n\n特此答复。\n\n某县教育局\n\n2025年6月20日"
    )
    one = doc.sections[0]
    same(
        {
            "tree": tree(doc),
            "paras": [paragraphs(s) for s in one.sections],
            "phases": phases(doc.sections[1]),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "tree": [
                (1, "cn", "一、", "关于安全设施"),
                (2, "cn-paren", "（一）", "监控系统"),
                (2, "cn-paren", "（二）", "一键报警"),
                (1, "cn", "二、", "关于下步工作"),
            ],
            "paras": [["全县学校监控全覆盖。"], ["已接入公安平台。"]],
            "phases": ["plan"],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_whole_letter_numbered_only_in_paren_ideographs() -> None:
    doc = checked(
        "某县教育局关于商请支持学校周边交通整治的函\n县公安局：\n为保障学生上下学安全，现就有关事项函告如下：\n"
        "（一）在城区学校周边增设交通标志。\n（二）上下学高峰期加派警力。\n请予支持为盼。\n某县教育局\n2025年4月2日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "last": paragraphs(doc.sections[1]), "signed": signed(doc)},
        {
            "kind": "letter",
            "tree": [
                (1, "cn-paren", "（一）", "在城区学校周边增设交通标志"),
                (1, "cn-paren", "（二）", "上下学高峰期加派警力"),
            ],
            "last": [],
            "signed": (("某县教育局",), "2025-04-02"),
        },
    )


def test_a_whole_report_with_two_parts_numbering_on_across_them_and_a_plan_part() -> None:
    doc = checked(
        "某县教育局关于2024年教育工作情况的报告\n县人民政府：\n现将我局2024年工作情况报告如下：\n"
        "一、工作开展情况\n（一）学前教育\n新建幼儿园五所。\n（二）义务教育\n新建学校三所。\n"
        "二、存在的问题\n（三）学位不足\n城区学位缺口较大。\n"
        "三、下步打算\n今后，我局将加大学位供给。\n特此报告。\n某县教育局\n2025年1月10日"
    )
    same(
        {
            "kind": doc.kind,
            "ordinals": ordinals(doc),
            "gap": gap(doc),
            "phases": [phases(s) for s in doc.sections],
            "closing": closing(doc),
        },
        {
            "kind": "report",
            "ordinals": [1, 1, 2, 2, 3, 3],
            "gap": False,
            "phases": [[], [], ["plan"]],
            "closing": "特此报告。",
        },
    )


# Batch 15 (written before any run): attachment labels and lists set otherwise, closings around them


def test_an_attachment_title_holding_a_bracketed_count() -> None:
    doc = checked(ONE + "特此答复。\n附件：某县拟撤并学校名单（共3所）\n某县教育局\n2025年6月20日")
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "closing": closing(doc)},
        {"attachments": ("某县拟撤并学校名单（共3所）",), "signed": SIGNED, "closing": "特此答复。"},
    )


def test_two_numbered_attachment_titles_parted_by_a_semicolon_on_the_label_line() -> None:
    doc = checked(ONE + "特此答复。\n附件：1.某县学校布局规划表；2.某县学位需求测算表\n某县教育局\n2025年6月20日")
    same(
        {"attachments": doc.attachments, "signed": signed(doc)},
        {"attachments": ("某县学校布局规划表", "某县学位需求测算表"), "signed": SIGNED},
    )


def test_three_attachment_titles_numbered_in_paren_numbers_under_a_bare_label() -> None:
    doc = checked(
        ONE
        + "特此答复。\n附件：\n（1）某县学校布局规划表\n（2）某县学位需求测算表\n（3）某县教师需求测算表\n某县教育局\n2025年6月20日"
    )
    same(
        {"attachments": doc.attachments, "tree": tree(doc), "signed": signed(doc)},
        {
            "attachments": ("某县学校布局规划表", "某县学位需求测算表", "某县教师需求测算表"),
            "tree": [(1, "cn", "一、", "关于学校布局")],
            "signed": SIGNED,
        },
    )


def test_two_attachment_labels_numbered_in_ideographs_each_with_its_title_before_the_signature() -> None:
    doc = checked(ONE + "特此答复。\n附件一：某县学校布局规划表\n附件二：某县学位需求测算表\n某县教育局\n2025年6月20日")
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "closing": closing(doc)},
        {"attachments": ("某县学校布局规划表", "某县学位需求测算表"), "signed": SIGNED, "closing": "特此答复。"},
    )


def test_an_attachment_printed_after_the_signature_with_its_own_organ_and_date_keeps_the_first_signature() -> None:
    doc = checked(
        ONE + "特此答复。\n附件：某县学校安全检查表\n某县教育局\n2025年6月20日\n"
        "附件\n某县学校安全检查表\n一、检查项目\n消防设施。\n某县教育局办公室\n2025年6月19日"
    )
    s = doc.signature
    same(
        {
            "signed": signed(doc),
            "text": None if s is None else s.date_text,
            "attachments": doc.attachments,
            "tree": tree(doc),
        },
        {
            "signed": SIGNED,
            "text": "2025年6月20日",
            "attachments": ("某县学校安全检查表",),
            "tree": [(1, "cn", "一、", "关于学校布局")],
        },
    )


def test_a_short_formula_then_an_attachment_label_then_the_signature() -> None:
    doc = checked(ONE + "此复。\n附件：某县学校布局规划表\n某县教育局\n2025年6月20日")
    same(
        {
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "one": paragraphs(doc.sections[0]),
        },
        {
            "closing": "此复。",
            "attachments": ("某县学校布局规划表",),
            "signed": SIGNED,
            "one": ["新建学校三所。"],
        },
    )


def test_an_attachment_label_under_the_last_section_with_no_formula_then_the_signature() -> None:
    doc = checked(
        HEAD + "一、关于学校布局\n（一）城区\n新建学校两所。\n（二）农村\n保留小规模学校。\n"
        "附件：1.某县城区学校布局图\n2.某县农村学校布局图\n某县教育局\n2025年6月20日"
    )
    same(
        {
            "attachments": doc.attachments,
            "last": paragraphs(doc.sections[0].sections[1]),
            "signed": signed(doc),
            "closing": closing(doc),
        },
        {
            "attachments": ("某县城区学校布局图", "某县农村学校布局图"),
            "last": ["保留小规模学校。"],
            "signed": SIGNED,
            "closing": None,
        },
    )


def test_an_attachment_label_right_under_the_title_of_a_printed_plan_is_no_list_of_the_notice() -> None:
    doc = checked(
        "某县教育局关于印发《某县教师交流轮岗办法》的通知\n各中小学：\n现将办法印发给你们，请遵照执行。\n"
        "附件：某县教师交流轮岗办法\n某县教育局\n2025年8月1日\n"
        "附件\n某县教师交流轮岗办法\n第一条　为促进教师合理流动，制定本办法。\n第二条　本办法自印发之日起施行。"
    )
    same(
        {"attachments": doc.attachments, "tree": tree(doc), "signed": signed(doc)},
        {"attachments": ("某县教师交流轮岗办法",), "tree": [], "signed": (("某县教育局",), "2025-08-01")},
    )


# Batch 16 (written before any run): member runs of other shapes


def test_its_one_and_its_two_set_off_by_pause_marks() -> None:
    doc = body("一、关于困难原因\n其一、乡村学校生源少；其二、交通不便。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "其一", "乡村学校生源少"), (2, "其二", "交通不便")]]},
    )


def test_a_first_comma_followed_by_a_second_batch_is_no_run() -> None:
    doc = body("一、关于学校建设\n第一，新建学校三所；第二批项目明年开工。")
    same({"items": [items(p) for p in doc.sections[0].paragraphs]}, {"items": [[]]})


def test_first_and_second_opening_paragraphs_with_a_last_thanks_line_that_is_the_closing() -> None:
    doc = body(
        "一、关于您的建议\n首先，您提出的建议很有针对性。\n其次，我局已将建议纳入年度计划。\n最后，再次感谢您对教育工作的关心和支持！"
    )
    one = doc.sections[0]
    same(
        {"items": [items(p) for p in one.paragraphs], "closing": closing(doc), "signed": signed(doc)},
        {
            "items": [[(1, "首先", "您提出的建议很有针对性")], [(2, "其次", "我局已将建议纳入年度计划")]],
            "closing": "最后，再次感谢您对教育工作的关心和支持！",
            "signed": SIGNED,
        },
    )


def test_bold_leads_after_one_is_markers_in_markdown() -> None:
    doc = body("一、关于组织保障\n一是**加强组织领导**，成立工作专班；二是**强化经费保障**，足额安排预算。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "一是", "加强组织领导"), (2, "二是", "强化经费保障")]]},
    )


def test_half_width_semicolons_and_a_half_width_stop_end_the_leads() -> None:
    doc = body("一、关于校园安全\n一是加强门卫管理;二是强化安全教育.")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "一是", "加强门卫管理"), (2, "二是", "强化安全教育")]]},
    )


def test_a_lead_holding_a_quoted_term_with_its_stop_outside() -> None:
    doc = body("一、关于减负\n一是落实“双减”要求。二是推行“五项管理”。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "一是", "落实“双减”要求"), (2, "二是", "推行“五项管理”")]]},
    )


def test_must_members_over_three_paragraphs_of_a_sub_section_with_a_plan_in_the_second() -> None:
    doc = body("一、关于教研\n（一）教研机制\n一要健全教研网络。\n下一步，二要完善教研制度。\n三要强化教研考核。")
    sub = doc.sections[0].sections[0]
    same(
        {"items": [items(p) for p in sub.paragraphs], "phases": phases(sub)},
        {
            # My error at first look: I left 二要 out, though it follows 下一步， as a member follows any
            # comma, and kept 三要 as the third; the run is whole across the three paragraphs.
            "items": [[(1, "一要", "健全教研网络")], [(2, "二要", "完善教研制度")], [(3, "三要", "强化教研考核")]],
            "phases": ["progress", "plan", "plan"],
        },
    )


def test_one_is_members_numbered_past_ten_in_one_paragraph() -> None:
    words = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    doc = body("一、关于重点任务\n" + "".join(f"{w}是任务{k}；" for k, w in enumerate(words, 1)).rstrip("；") + "。")
    got = [items(p) for p in doc.sections[0].paragraphs]
    same(
        {"items": got},
        {"items": [[(k, f"{w}是", f"任务{k}") for k, w in enumerate(words, 1)]]},
    )


# Batch 17 (written before any run, after the gate's run began; no fix follows it in this session)


def test_numbered_sections_after_a_notices_signature_without_a_title_or_label_are_the_body() -> None:
    doc = checked(
        "某县教育局关于做好暑期安全工作的通知\n各中小学：\n现就暑期安全工作通知如下。\n某县教育局\n2025年7月1日\n"
        "一、防溺水\n开展防溺水教育。\n二、防诈骗\n开展反诈宣传。"
    )
    same(
        {"tree": tree(doc), "signed": signed(doc), "attachments": doc.attachments},
        {
            "tree": [(1, "cn", "一、", "防溺水"), (1, "cn", "二、", "防诈骗")],
            "signed": (("某县教育局",), "2025-07-01"),
            "attachments": (),
        },
    )


@pytest.mark.xfail(
    strict=True,
    reason="open question, not fixed: the contract re-joins page-break splits and the README hard-wrapped "
    "text of one width; a short plain-text line (ten characters) that ends on a comma in a text with no "
    "width is kept a line of its own by joins._paragraph_like (twelve characters or more with a clause mark), "
    "so the member's text and the run part over two paragraphs. Whether a writer's break after a comma is a "
    "paragraph end is the lead's to decide",
)
def test_a_member_whose_line_ends_on_a_comma_goes_on_in_the_next_line_with_the_second_member() -> None:
    doc = body("一、关于办学模式\n一是推进集团化办学，\n组建教育集团八个；二是推进学区制管理。")
    one = doc.sections[0]
    same(
        {"paras": paragraphs(one), "items": [items(p) for p in one.paragraphs]},
        {
            "paras": ["一是推进集团化办学，组建教育集团八个；二是推进学区制管理。"],
            "items": [[(1, "一是", "推进集团化办学，组建教育集团八个"), (2, "二是", "推进学区制管理")]],
        },
    )


def test_circled_points_running_on_across_two_paren_headings_are_no_gap() -> None:
    doc = body("一、关于教育装备\n（一）教学设备\n①交互屏\n②实验仪器\n（二）生活设施\n③直饮水机\n④空调")
    same(
        {"ordinals": ordinals(doc), "gap": gap(doc)},
        {"ordinals": [1, 1, 1, 2, 2, 3, 4], "gap": False},
    )


def test_a_date_then_an_organ_with_its_seal_note_on_one_line() -> None:
    doc = checked(ONE + "特此答复。\n2025年6月20日　某县教育局（印章）")
    same({"signed": signed(doc), "closing": closing(doc)}, {"signed": SIGNED, "closing": "特此答复。"})


def test_two_organs_over_a_date_with_the_letter_formula_under_them() -> None:
    doc = checked(ONE + "某县教育局\n某县财政局\n2025年6月20日\n特此函复。")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {
            "signed": (("某县教育局", "某县财政局"), "2025-06-20"),
            "closing": "特此函复。",
            "one": ["新建学校三所。"],
        },
    )


def test_its_one_and_its_two_in_two_sub_sections_make_no_run() -> None:
    doc = body("一、关于困难\n（一）生源\n其一，生源逐年减少。\n（二）师资\n其二，骨干教师流失。")
    same(
        {"items": [[items(p) for p in s.paragraphs] for s in doc.sections[0].sections]},
        {"items": [[[]], [[]]]},
    )


def test_a_heading_whose_title_names_a_year_and_a_rate() -> None:
    doc = body("一、2024年工作情况\n（一）2.5%的增长\n教育经费增长百分之二点五。\n1.2025年计划\n新建学校两所。")
    same(
        {"tree": tree(doc)},
        {
            "tree": [
                (1, "cn", "一、", "2024年工作情况"),
                (2, "cn-paren", "（一）", "2.5%的增长"),
                (3, "num", "1.", "2025年计划"),
            ]
        },
    )


def test_a_reply_whose_opening_quotes_the_proposal_in_ideograph_points_then_answers_in_them_again() -> None:
    doc = body(
        "您在提案中提出了两点建议：\n一、增加学位供给；\n二、加强师资配备。\n针对以上建议，我局逐条答复如下：\n"
        "一、关于学位供给\n新增学位五千个。\n二、关于师资配备\n招聘教师一百名。"
    )
    same(
        {
            "tree": tree(doc),
            "preamble": [p.text for p in doc.preamble][1:],
            "gap": gap(doc),
        },
        {
            "tree": [(1, "cn", "一、", "关于学位供给"), (1, "cn", "二、", "关于师资配备")],
            "preamble": [
                "您在提案中提出了两点建议：",
                "一、增加学位供给；",
                "二、加强师资配备。",
                "针对以上建议，我局逐条答复如下：",
            ],
            "gap": False,
        },
    )


# Batch 18 (written before any run, after the landing of batches 1-17 and their causes)


def test_a_heading_and_its_text_parted_by_a_long_dash() -> None:
    doc = body("一、关于教育强县\n（一）目标——到2027年建成教育强县。\n（二）路径——实施五大工程。")
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "paras": [paragraphs(s) for s in subs]},
        {"titles": ["目标——到2027年建成教育强县", "路径——实施五大工程"], "paras": [[], []]},
    )


def test_three_organs_and_the_date_all_on_one_line() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局　　某县财政局　　某县人力资源和社会保障局　　2025年6月20日")
    same(
        {"signed": signed(doc), "closing": closing(doc)},
        {
            "signed": (("某县教育局", "某县财政局", "某县人力资源和社会保障局"), "2025-06-20"),
            "closing": "特此答复。",
        },
    )


def test_circled_points_run_into_one_sentence_open_no_sections() -> None:
    doc = body("一、关于课后服务\n主要措施：①延长服务时间；②丰富服务内容；③规范服务收费。")
    same(
        {"tree": tree(doc), "paras": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "关于课后服务")],
            "paras": ["主要措施：①延长服务时间；②丰富服务内容；③规范服务收费。"],
        },
    )


def test_top_headings_starting_again_at_one_keep_their_ordinals_and_places() -> None:
    doc = body("一、关于小学\n新建小学两所。\n二、关于初中\n新建初中一所。\n一、关于高中\n扩建高中一所。")
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[2])},
        {"levels": [(1, "cn", 1), (1, "cn", 2), (1, "cn", 1)], "last": ["扩建高中一所。"]},
    )


def test_a_sub_heading_naming_a_span_of_years() -> None:
    doc = body("一、关于发展目标\n（一）2023—2025年目标\n基本均衡。\n（二）2026—2030年目标\n优质均衡。")
    same(
        {"titles": [s.title for s in doc.sections[0].sections]},
        {"titles": ["2023—2025年目标", "2026—2030年目标"]},
    )


def test_two_organs_parted_by_a_pause_mark_over_one_date() -> None:
    doc = checked(ONE + "特此答复。\n某县教育局、某县财政局\n2025年6月20日")
    same(
        {"signed": signed(doc), "one": paragraphs(doc.sections[0])},
        {"signed": (("某县教育局", "某县财政局"), "2025-06-20"), "one": ["新建学校三所。"]},
    )


def test_a_plan_paragraph_opening_with_the_next_step_in_brackets_of_a_heading_title() -> None:
    doc = body("一、关于学校食堂（下一步工作）\n目前已全部实行明厨亮灶。\n下一步，将推行智慧食堂。")
    same(
        {"title": doc.sections[0].title, "phases": phases(doc.sections[0])},
        {"title": "关于学校食堂（下一步工作）", "phases": ["progress", "plan"]},
    )


def test_a_member_run_of_first_to_last_over_four_paragraphs_with_again_in_the_third() -> None:
    doc = body("一、关于督导\n首先，完善制度。\n其次，配强队伍。\n再次，创新方式。\n最后，强化问责。")
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {
            "items": [
                [(1, "首先", "完善制度")],
                [(2, "其次", "配强队伍")],
                [(3, "再次", "创新方式")],
                [(4, "最后", "强化问责")],
            ]
        },
    )
