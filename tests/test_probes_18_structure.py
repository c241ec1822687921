"""Eighteenth round of structure probes: short documents written as an outside tester would.

Shapes earlier rounds covered (read before writing, so this round varies them): round 3 levels that
skip or restart, plan openers; round 4 parts, spaced markers, circled points, hard wraps; rounds 5-9
skipped ranks, restarts, quoted points, reports named 工作开展情况/存在的问题/下步打算, runs after a colon,
a reply opening at （一）; round 10 一. and 一，, ⑴、, 其一/一方面; round 11 five ranks, wrapped titles; round
12 marker punctuation, chapters over articles, points ending on ？ or ；; round 13 six ranks, look-alikes,
headings closed by ：/。, member runs split and broken, phases at several ranks, signatures set oddly, 26
and 28 sections; round 14 full-width and half-width Arabic forms, 〔一〕 and 【一】, 第一部分/第一章/第一节 over
一、, run-in headings, 一是，/一要, phases as headings and bold openers, 30+ points; round 17 ㈠ and ⒈ glyphs,
甲、/A./A、, decimal outlines, a 办法 attached after a 通知's 落款, inline lists, 首先/其次 chains over
paragraphs, circled points past ⑳, hard-wrapped copies. A 专栏 box of numbered projects stood once, in
round 6's genres.

This round weights what they tried least: long documents' outlines (第一部分 over 一、 over （一） over 1.,
parts with an introduction of their own, ideograph headings numbered on across three parts, parts set
off by a colon or alone on their line, 第一篇 over 第一章 over 第一节, chapters of a plan over 一、, parts over
Arabic tasks); a 办法's 第一章/第一节/第一条 (articles straight under some chapters and under 第一节 in others,
an article listing （一） points with 1. sub-points, articles of two paragraphs, letter-spaced 总　　则,
eleven articles, digits in 第1章/第1条, markers alone on their line); 专栏 boxes inside a plan (unnumbered,
dashed, of 1., ①, （一） or （1） projects, named on one line and titled on the next) and 附表 lines; plans
and 工作要点 whose headings are short lines without markers (bold, ending on ：, between 一、 and its 1.
tasks, before the first heading); headings closed by 。 run into their paragraph or on their own line (a
run-in title of 30 characters and one of 31, a comma inside it); marker spellings (一，, 一 、, (一),
1、, 1 ）, ① and a space, １．/2．/3. in one run, （一）、, ( 1）, (2 ）, (一）, １）, 1 ．, five ranks ending in 1）,
half-width : ; ? after a title); numbering restarting under each parent or running on across parents
(and a paren run that does neither: a gap); 一是/二是 inside （一） (run-in by 。 or ：), 首先/其次/最后, 一方面/
另一方面, 第一，, 其一、, members after a colon mid-sentence, in bold, over several paragraphs; phases
(report headings with and without an opening plan word, 工作开展情况：/存在的问题：/下步工作打算： opening
paragraphs, 下阶段, 接下来, 下一步工作中, 今后一个时期, a plan in the preamble); replies numbered 1. 2. 3. only
(titled, untitled, with （1）, run-in questions); titles that are questions (关于…的问题, ？ and ! on their own
line or run in); replies answering two or three proposals (one section each, unmarked labels, numbers
in the titles); long one-paragraph replies with inline （一）（二）, 一、二、, ①②, 1.2., members, a closing at
the line's end; the 落款 right after the last numbered item (a circled point, members, a title-only
point, organ and date on one line, two organs, a date in numerals, a contact between); lists of （1）
in a table-less 附件 after the 落款, under its label or (then body, by the contract) without one.

Every expected value was written from the contract, the domain guide and the README before the
parser was run on the batch (each batch was committed first); every document also keeps the span
invariants and invents no character. Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch (causes: tests/test_struct18_causes.py):
- batch 1 (parts over 一、 over （一）, introductions, numbering on across parts, four ranks): 8/8, 28/28
- batch 2 (chapters, sections and articles of a 办法; eleven articles; a notice issuing two): 8/8, 22/22
- batch 3 (专栏 boxes and 附表 lines): 7/8, 20/21 (the miss my reading: the ideographic space in
  `专栏　完整社区建设标准` stands between two ideographs, a layout space the contract takes out)
- batch 4 (plans and 工作要点 of unmarked headings, report headings of a reply without markers): 8/8, 23/23
- batch 5 (headings closed by 。 run in or on their own line, 30 and 31 characters): 8/8, 16/16
- batch 6 (marker punctuation and spaces): 7/8, 16/18 (cause 1: `1 ）`, a space before a closing
  bracket alone, made no marker)
- batch 7 (numbering restarting and running on, a paren run that does neither): 8/8, 21/21
- batch 8 (一是 inside （一）, 首先/其次/最后, 一方面, 第一，): 8/8, 12/12
- batch 9 (phases as headings and openers): 8/8, 11/11
- batch 10 (replies numbered 1. only, question titles): 8/8, 21/21
- batch 11 (replies to several proposals, long one-paragraph replies with inline runs): 8/8, 22/22
- batch 12 (the 落款 right after the last point, （1） lists in an 附件): 8/8, 27/27
- batch 13 (members and points over several paragraphs): 8/8, 12/12
- batch 14 (whole documents mixing the shapes): 8/8, 37/37
- batch 15 (more marker spellings, half-width stops after titles): 8/8, 17/17
- batch 16 (第一篇, 第1章, a part's marker alone, chapters over 一、, bold headings): 8/8, 21/21
- batch 17 (written after cause 1's fix: numbering on across top headings, a list after the 落款 without
  a label, report phrases opening paragraphs, three proposals, a box titled on its next line): 8/8, 19/19
- batch 18 (written after cause 1's fix: full-width digits, an article's two ranks of points, members in
  run-in paragraphs, a signature on one line): 7/8, 13/14 (the miss my reading: `（一）项目申请书，包括：` and
  `2.资金筹措方案。` hold no stop but their last, which the contract drops: both are titles)
- batch 19 (written after cause 1's fix: one-line replies, markers alone in a 办法, members after a colon
  or in bold): 7/8, 14/16 (cause 2: an inline （一）…；（二）… list right after the answer's turn was cut off
  as a heading run onto it)
- batch 20 (written after cause 1's fix: twelve paren points, three parts restarting, unmarked colon
  headings, contact before the 落款): 7/8, 20/21 (cause 3: `重点任务：` under a 工作要点's title read as its 主送)
- batch 21 (written after the first landing: Arabic numbers spaced inside 第 1 章/第 1 条/第 1 部分/第 1 节,
  ( 一 ), 1 . , lists run on after the answer's turn): 5/8, 14/19 (cause 4: a word marker took no space
  around its Arabic number)
- batch 22 (written after the first landing: plans whose tasks carry 牵头单位/责任单位/完成时限 lines up to the
  end): 6/8, 19/22 (both misses my reading: the README's `field-missing` for a document without its 落款,
  and a unit's name alone under the last task, which the contract does not tell from a 落款 without date)
- batch 23 (written while the second gate ran: headings past 30 characters without a stop or closed by a
  colon, dated asides, phase words in run-in titles, a marker in a bold lead): 8/8, 17/17
- batch 24 (written after the second landing: the first line under a plan's, a rules text's or a 工作要点's
  title): 7/8, 21/23 (cause 3 once more: `组织领导：` ends like an addressee, 领导, and is read as the 主送; a
  strict xfail: the fix, written, was withdrawn for the rule's owner this session, see its reason)
- batch 25 (written after the second landing: title-only headings over the next, parts and chapters run
  into their first sentence, bracketed article captions, boxes restarting in two sections): 8/8, 18/18
Totals of batches 1-16: 128 documents, 126 whole at first look; 329 checks, 326 at first look. Four
causes fixed (cause 1 from batch 6, two from batches 19-20, one from batch 21; cause 3 also in its general
form: under a plan's, a rules text's or a 工作要点's title no line is a 主送 in the loose sense), four misses
my reading, one strict xfail (batch 24's 组织领导：).
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import checked, closing, codes, items, paragraphs, phases, signed, tree

HEAD = "关于市政协十四届四次会议第0528号提案的答复\n陈某委员：\n您提出的关于加快城市更新的提案收悉，现答复如下：\n"
TAIL = "\n某市住房和城乡建设局\n2025年9月18日"
SIGNED = (("某市住房和城乡建设局",), "2025-09-18")


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def same(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Every check of a probe compared at once, so one run shows all of its misses."""
    wrong = {k: {"got": got[k], "want": v} for k, v in want.items() if got[k] != v}
    assert not wrong, wrong


def gap(doc: govdoc.Document) -> bool:
    return "numbering-gap" in codes(doc)


def subs(section: govdoc.Section) -> list[list[str]]:
    """The paragraph texts of each sub-section of `section`."""
    return [paragraphs(s) for s in section.sections]


def all_items(section: govdoc.Section) -> list[list[tuple[int, str, str]]]:
    return [items(p) for p in section.paragraphs]


def pre(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble]


def pre_phases(doc: govdoc.Document) -> list[str | None]:
    return [p.phase for p in doc.preamble]


def pre_items(doc: govdoc.Document) -> list[list[tuple[int, str, str]]]:
    return [items(p) for p in doc.preamble]


def levels(doc: govdoc.Document) -> list[tuple[int, str, int]]:
    """Each section as (level, style, ordinal): the tree's shape without the written forms."""
    return [(s.level, s.style, s.ordinal) for s in doc.iter_sections()]


def titles(doc: govdoc.Document) -> list[str | None]:
    return [s.title for s in doc.iter_sections()]


def unspaced(doc: govdoc.Document) -> list[tuple[int, str, str, str | None]]:
    """The tree with spaces taken out of the markers: a layout space inside a marker may leave the text."""
    return [(lv, st, m.replace(" ", "").replace("\u3000", ""), t) for lv, st, m, t in tree(doc)]


def last(doc: govdoc.Document) -> list[str]:
    """The paragraphs of the last section in document order: where the body ends."""
    return paragraphs(doc.iter_sections()[-1])


# Batch 1 (written before any run): long documents' outlines, 第一部分 over 一、 over （一）


def test_two_parts_each_over_ideograph_headings_over_paren_headings() -> None:
    doc = checked(
        "某市城市更新专项规划\n第一部分　规划基础\n一、发展现状\n（一）更新成效\n累计改造老旧小区三百个。\n"
        "（二）存在短板\n公共设施欠账较多。\n二、面临形势\n城市发展进入存量时代。\n第二部分　重点任务\n"
        "一、推进老旧小区改造\n（一）完善基础设施\n改造管网五百公里。\n二、推进片区更新\n启动片区更新十个。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc), "last": last(doc)},
        {
            "kind": "plan",
            "tree": [
                (1, "part", "第一部分", "规划基础"),
                (2, "cn", "一、", "发展现状"),
                (3, "cn-paren", "（一）", "更新成效"),
                (3, "cn-paren", "（二）", "存在短板"),
                (2, "cn", "二、", "面临形势"),
                (1, "part", "第二部分", "重点任务"),
                (2, "cn", "一、", "推进老旧小区改造"),
                (3, "cn-paren", "（一）", "完善基础设施"),
                (2, "cn", "二、", "推进片区更新"),
            ],
            "gap": False,
            "last": ["启动片区更新十个。"],
        },
    )


def test_parts_with_an_introduction_of_their_own_before_their_first_heading() -> None:
    doc = checked(
        "某区2025年城市更新工作方案\n为加快推进城市更新，制定本方案。\n第一部分　总体要求\n坚持规划引领，统筹推进。\n"
        "一、指导思想\n以人民为中心。\n二、工作目标\n年内完成改造项目二十个。\n第二部分　主要任务\n围绕三个方面展开。\n"
        "一、改造老旧小区\n改造小区十个。"
    )
    same(
        {"pre": pre(doc), "parts": [paragraphs(s) for s in doc.sections], "levels": levels(doc)},
        {
            "pre": ["为加快推进城市更新，制定本方案。"],
            "parts": [["坚持规划引领，统筹推进。"], ["围绕三个方面展开。"]],
            "levels": [(1, "part", 1), (2, "cn", 1), (2, "cn", 2), (1, "part", 2), (2, "cn", 1)],
        },
    )


def test_parts_straight_over_paren_headings_skip_the_ideograph_rank() -> None:
    doc = checked(
        "某区住房和城乡建设局2024年工作总结\n第一部分　工作回顾\n（一）完成投资\n完成投资八十亿元。\n（二）推进项目\n"
        "推进项目四十个。\n第二部分　工作安排\n（一）加快项目建设\n年内开工项目二十个。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "part", 1), (2, "cn-paren", 1), (2, "cn-paren", 2), (1, "part", 2), (2, "cn-paren", 1)],
            "titles": ["工作回顾", "完成投资", "推进项目", "工作安排", "加快项目建设"],
            "gap": False,
        },
    )


def test_a_reply_in_two_parts_whose_second_is_the_next_step_plan() -> None:
    doc = body(
        "第一部分　办理情况\n一、关于资金保障\n市财政安排资金五亿元。\n二、关于政策支持\n出台支持政策三项。\n"
        "第二部分　下一步工作计划\n一、加大资金投入\n下一步，将争取中央资金。\n二、优化审批流程\n推行并联审批。"
    )
    two = doc.sections[1]
    same(
        {
            "parts": [(s.marker, s.title) for s in doc.sections],
            "phases": [phases(s) for s in doc.sections[0].sections] + [phases(s) for s in two.sections],
            "two": paragraphs(two),
            "signed": signed(doc),
        },
        {
            "parts": [("第一部分", "办理情况"), ("第二部分", "下一步工作计划")],
            "phases": [[None], [None], ["plan"], [None]],
            "two": [],
            "signed": SIGNED,
        },
    )


def test_ideograph_headings_numbered_on_across_three_parts() -> None:
    doc = checked(
        "某市城市更新行动计划\n第一部分　总体要求\n一、指导思想\n坚持人民城市理念。\n二、基本原则\n坚持规划引领。\n"
        "第二部分　重点任务\n三、实施老旧小区改造\n改造小区一百个。\n四、实施街区更新\n更新街区二十个。\n"
        "第三部分　保障措施\n五、加强组织领导\n成立领导小组。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "gap": gap(doc), "last": last(doc)},
        {
            "kind": "plan",
            "levels": [
                (1, "part", 1),
                (2, "cn", 1),
                (2, "cn", 2),
                (1, "part", 2),
                (2, "cn", 3),
                (2, "cn", 4),
                (1, "part", 3),
                (2, "cn", 5),
            ],
            "gap": False,
            "last": ["成立领导小组。"],
        },
    )


def test_four_ranks_under_a_part_down_to_arabic_points() -> None:
    doc = checked(
        "某县乡村振兴规划\n第一部分　发展基础\n一、主要成就\n（一）产业发展\n1.粮食生产\n粮食产量稳定在十万吨。\n"
        "2.特色产业\n茶叶面积达五万亩。\n（二）农村改革\n完成确权登记。\n二、发展环境\n机遇与挑战并存。"
    )
    first = doc.sections[0].sections[0].sections[0]
    same(
        {"tree": tree(doc), "points": subs(first), "last": last(doc)},
        {
            "tree": [
                (1, "part", "第一部分", "发展基础"),
                (2, "cn", "一、", "主要成就"),
                (3, "cn-paren", "（一）", "产业发展"),
                (4, "num", "1.", "粮食生产"),
                (4, "num", "2.", "特色产业"),
                (3, "cn-paren", "（二）", "农村改革"),
                (2, "cn", "二、", "发展环境"),
            ],
            "points": [["粮食产量稳定在十万吨。"], ["茶叶面积达五万亩。"]],
            "last": ["机遇与挑战并存。"],
        },
    )


def test_an_opinion_in_parts_of_run_in_headings_signed_right_after_its_last_point() -> None:
    doc = checked(
        "某市人民政府关于推进城市更新的实施意见\n各区人民政府，市政府各部门：\n为推进城市更新，提出如下意见。\n"
        "第一部分　总体要求\n一、指导思想。坚持以人民为中心的发展思想。\n二、工作目标。到2027年完成改造任务。\n"
        "第二部分　重点任务\n一、完善设施。新建停车位一万个。\n某市人民政府\n2025年6月30日"
    )
    same(
        {
            "kind": doc.kind,
            "titles": titles(doc),
            "last": last(doc),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "opinion",
            "titles": ["总体要求", "指导思想", "工作目标", "重点任务", "完善设施"],
            "last": ["新建停车位一万个。"],
            "closing": None,
            "signed": (("某市人民政府",), "2025-06-30"),
        },
    )


def test_parts_set_off_by_a_colon_keep_their_rank_and_titles() -> None:
    doc = checked(
        "某区老旧小区改造三年行动方案\n第一部分：总体要求\n一、工作目标\n三年改造小区九十个。\n第二部分：实施步骤\n"
        "一、调查摸底阶段\n2025年3月底前完成。\n二、组织实施阶段\n2025年4月至2027年10月。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [(1, "part", 1), (2, "cn", 1), (1, "part", 2), (2, "cn", 1), (2, "cn", 2)],
            "titles": ["总体要求", "工作目标", "实施步骤", "调查摸底阶段", "组织实施阶段"],
        },
    )


# Batch 2 (written before any run): 第一章/第一节/第一条 in the body of a 办法


def test_chapters_over_sections_over_articles_with_articles_straight_under_other_chapters() -> None:
    doc = checked(
        "某市既有住宅加装电梯管理办法\n第一章　总则\n第一条　为规范既有住宅加装电梯工作，制定本办法。\n"
        "第二条　本办法适用于本市城镇既有住宅。\n第二章　申请与审批\n第一节　申请\n第三条　加装电梯由业主提出申请。\n"
        "第二节　审批\n第四条　住房和城乡建设部门负责审批。\n第三章　附则\n第五条　本办法自2025年10月1日起施行。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc), "last": last(doc)},
        {
            "kind": "measures",
            "tree": [
                (1, "chapter", "第一章", "总则"),
                (2, "article", "第一条", None),
                (2, "article", "第二条", None),
                (1, "chapter", "第二章", "申请与审批"),
                (2, "section", "第一节", "申请"),
                (3, "article", "第三条", None),
                (2, "section", "第二节", "审批"),
                (3, "article", "第四条", None),
                (1, "chapter", "第三章", "附则"),
                (2, "article", "第五条", None),
            ],
            "gap": False,
            "last": ["本办法自2025年10月1日起施行。"],
        },
    )


def test_an_article_listing_conditions_as_paren_points() -> None:
    doc = checked(
        "某市既有住宅加装电梯管理办法\n第一章　申请条件\n第一条　申请加装电梯应当具备下列条件：\n"
        "（一）取得本单元三分之二以上业主同意；\n（二）编制设计方案；\n（三）落实资金来源。\n"
        "第二条　不符合前款条件的，不予受理。"
    )
    art = doc.sections[0].sections[0]
    same(
        {"tree": tree(doc), "art": paragraphs(art), "points": subs(art)},
        {
            "tree": [
                (1, "chapter", "第一章", "申请条件"),
                (2, "article", "第一条", None),
                (3, "cn-paren", "（一）", None),
                (3, "cn-paren", "（二）", None),
                (3, "cn-paren", "（三）", "落实资金来源"),
                (2, "article", "第二条", None),
            ],
            "art": ["申请加装电梯应当具备下列条件："],
            "points": [["取得本单元三分之二以上业主同意；"], ["编制设计方案；"], []],
        },
    )


def test_an_article_of_two_paragraphs_keeps_both() -> None:
    doc = checked(
        "某市既有住宅加装电梯管理办法\n第一章　资金\n第一条　加装电梯所需资金由业主共同承担。\n"
        "符合条件的，可以申请财政补贴。\n第二条　补贴资金按照先建后补的方式拨付。"
    )
    arts = doc.sections[0].sections
    same(
        {"arts": [paragraphs(a) for a in arts], "titles": [a.title for a in arts]},
        {
            "arts": [
                ["加装电梯所需资金由业主共同承担。", "符合条件的，可以申请财政补贴。"],
                ["补贴资金按照先建后补的方式拨付。"],
            ],
            "titles": [None, None],
        },
    )


def test_letter_spaced_chapter_titles() -> None:
    doc = checked(
        "某市物业服务管理办法\n第一章　总　　则\n第一条　为规范物业服务活动，制定本办法。\n第二章　附　　则\n"
        "第二条　本办法自发布之日起施行。"
    )
    same(
        {"tree": tree(doc)},
        {
            "tree": [
                (1, "chapter", "第一章", "总则"),
                (2, "article", "第一条", None),
                (1, "chapter", "第二章", "附则"),
                (2, "article", "第二条", None),
            ]
        },
    )


def test_sections_of_a_rules_text_without_chapters_hold_its_articles() -> None:
    doc = checked(
        "某区物业服务管理实施细则\n第一节　一般规定\n第一条　物业服务企业应当依法经营。\n"
        "第二条　业主应当按时缴纳物业费。\n第二节　服务标准\n第三条　小区公共区域每日清扫一次。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc)},
        {
            "kind": "measures",
            "tree": [
                (1, "section", "第一节", "一般规定"),
                (2, "article", "第一条", None),
                (2, "article", "第二条", None),
                (1, "section", "第二节", "服务标准"),
                (2, "article", "第三条", None),
            ],
        },
    )


def test_eleven_articles_in_one_chapter_count_past_ten() -> None:
    texts = "甲乙丙丁戊己庚辛壬癸子"
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    lines = "".join(f"第{n}条　本条规定{t}类事项。\n" for n, t in zip(nums, texts, strict=True))
    doc = checked("某市公共停车场管理办法\n第一章　总则\n" + lines.rstrip("\n"))
    arts = doc.sections[0].sections
    same(
        {
            "ordinals": [a.ordinal for a in arts],
            "markers": [a.marker for a in arts][-3:],
            "eleventh": paragraphs(arts[-1]),
            "gap": gap(doc),
        },
        {
            "ordinals": list(range(1, 12)),
            "markers": ["第九条", "第十条", "第十一条"],
            "eleventh": ["本条规定子类事项。"],
            "gap": False,
        },
    )


def test_articles_titled_by_a_short_heading_beside_articles_of_text() -> None:
    doc = checked(
        "某市公共停车场管理办法\n第一章　总则\n第一条　立法目的\n为加强公共停车场管理，制定本办法。\n"
        "第二条　本办法适用于本市行政区域内的公共停车场。"
    )
    arts = doc.sections[0].sections
    same(
        {"titles": [a.title for a in arts], "paras": [paragraphs(a) for a in arts]},
        {
            "titles": ["立法目的", None],
            "paras": [["为加强公共停车场管理，制定本办法。"], ["本办法适用于本市行政区域内的公共停车场。"]],
        },
    )


def test_a_notice_issuing_two_rules_texts_under_numbered_attachment_labels_keeps_its_own_headings() -> None:
    doc = checked(
        "某市住房和城乡建设局关于印发两项管理办法的通知\n各区住房和城乡建设局：\n现将有关办法印发给你们，并提出如下要求：\n"
        "一、认真组织学习\n各区要组织专题学习。\n二、抓好贯彻落实\n各区要制定实施细则。\n"
        "附件：1.某市既有住宅加装电梯管理办法\n2.某市公共停车场管理办法\n某市住房和城乡建设局\n2025年7月1日\n"
        "附件1\n某市既有住宅加装电梯管理办法\n第一章　总则\n第一条　为规范加装电梯工作，制定本办法。\n"
        "附件2\n某市公共停车场管理办法\n第一章　总则\n第一条　为加强停车场管理，制定本办法。"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc), "last": last(doc)},
        {
            "tree": [(1, "cn", "一、", "认真组织学习"), (1, "cn", "二、", "抓好贯彻落实")],
            "attachments": ("某市既有住宅加装电梯管理办法", "某市公共停车场管理办法"),
            "signed": (("某市住房和城乡建设局",), "2025-07-01"),
            "last": ["各区要制定实施细则。"],
        },
    )


# Batch 3 (written before any run): 专栏 boxes and 附表 lines inside a plan


def test_a_feature_box_of_unnumbered_lines_stays_in_its_sections_paragraphs() -> None:
    doc = checked(
        "某区“十五五”城市更新规划\n一、总体要求\n到2030年基本完成老旧小区改造。\n二、重点任务\n（一）推进老旧小区改造\n"
        "重点改造2000年前建成的小区。\n专栏1　老旧小区改造工程\n基础类改造：改造小区一百个。\n完善类改造：加装电梯五百部。\n"
        "（二）推进街区更新\n打造特色街区十个。"
    )
    same(
        {"tree": tree(doc), "box": paragraphs(doc.sections[1].sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "总体要求"),
                (1, "cn", "二、", "重点任务"),
                (2, "cn-paren", "（一）", "推进老旧小区改造"),
                (2, "cn-paren", "（二）", "推进街区更新"),
            ],
            "box": [
                "重点改造2000年前建成的小区。",
                "专栏1　老旧小区改造工程",
                "基础类改造：改造小区一百个。",
                "完善类改造：加装电梯五百部。",
            ],
        },
    )


def test_a_feature_box_of_numbered_projects_straight_under_a_top_heading() -> None:
    doc = checked(
        "某区“十五五”城市更新规划\n一、完善城市功能\n补齐设施短板。\n专栏2　城市功能完善工程\n"
        "1.停车设施：新建停车位一万个。\n2.体育设施：新建体育公园五个。\n二、提升城市品质\n推进城市设计。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "projects": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "完善城市功能"),
                (2, "num", "1.", "停车设施"),
                (2, "num", "2.", "体育设施"),
                (1, "cn", "二、", "提升城市品质"),
            ],
            "one": ["补齐设施短板。", "专栏2　城市功能完善工程"],
            "projects": [["新建停车位一万个。"], ["新建体育公园五个。"]],
        },
    )


def test_a_feature_box_of_circled_projects_under_a_paren_heading() -> None:
    doc = checked(
        "某县县城建设三年行动计划\n一、重点任务\n（一）完善市政设施\n改造老旧管网。\n专栏3　市政设施工程\n"
        "①供水管网改造：改造管网八十公里。\n②燃气管道更新：更新管道四十公里。\n（二）提升公共服务\n新建学校两所。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (3, "circled", 1), (3, "circled", 2), (2, "cn-paren", 2)],
            "titles": ["重点任务", "完善市政设施", "供水管网改造", "燃气管道更新", "提升公共服务"],
            "gap": False,
        },
    )


def test_a_schedule_line_closing_a_plans_last_section_is_its_paragraph() -> None:
    doc = checked(
        "某区城市更新三年行动计划\n一、工作目标\n三年完成改造项目六十个。\n二、保障措施\n加强资金保障。\n"
        "附表：某区城市更新重点项目表"
    )
    same(
        {"tree": tree(doc), "last": last(doc), "attachments": doc.attachments},
        {
            "tree": [(1, "cn", "一、", "工作目标"), (1, "cn", "二、", "保障措施")],
            "last": ["加强资金保障。", "附表：某区城市更新重点项目表"],
            "attachments": (),
        },
    )


def test_a_feature_box_of_dashed_lines_between_two_paren_headings() -> None:
    doc = checked(
        "某市完整社区建设方案\n一、建设内容\n（一）完善服务设施\n每个社区配建一个综合服务站。\n专栏　完整社区建设标准\n"
        "——社区综合服务站不小于三百平方米；\n——幼儿园按需配建。\n（二）打造宜居环境\n开展社区绿化。"
    )
    same(
        {"subs": subs(doc.sections[0]), "levels": levels(doc)},
        {
            "subs": [
                [
                    "每个社区配建一个综合服务站。",
                    "专栏完整社区建设标准",  # the contract takes a layout space between two ideographs out
                    "——社区综合服务站不小于三百平方米；",
                    "——幼儿园按需配建。",
                ],
                ["开展社区绿化。"],
            ],
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2)],
        },
    )


def test_a_feature_box_of_paren_points_under_a_top_heading() -> None:
    doc = checked(
        "某区城市更新规划\n一、优化空间布局\n构建一核两轴格局。\n专栏1　重点片区\n（一）老城片区：面积三平方公里。\n"
        "（二）滨江片区：面积五平方公里。\n二、完善基础设施\n加快道路建设。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "areas": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "优化空间布局"),
                (2, "cn-paren", "（一）", "老城片区"),
                (2, "cn-paren", "（二）", "滨江片区"),
                (1, "cn", "二、", "完善基础设施"),
            ],
            "one": ["构建一核两轴格局。", "专栏1　重点片区"],
            "areas": [["面积三平方公里。"], ["面积五平方公里。"]],
        },
    )


def test_a_feature_box_of_paren_digit_points_under_arabic_headings() -> None:
    doc = checked(
        "某区智慧城市建设计划\n1.推进智慧社区建设\n建设智慧社区五十个。\n专栏1　智慧社区工程\n"
        "（1）智慧安防：覆盖全部小区。\n（2）智慧养老：建设平台一个。\n2.推进数字政务建设\n推行一网通办。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [
                (1, "num", "1.", "推进智慧社区建设"),
                (2, "num-paren", "（1）", "智慧安防"),
                (2, "num-paren", "（2）", "智慧养老"),
                (1, "num", "2.", "推进数字政务建设"),
            ],
            "one": ["建设智慧社区五十个。", "专栏1　智慧社区工程"],
        },
    )


def test_a_schedule_named_in_a_line_of_its_own_between_two_headings() -> None:
    doc = checked(
        "某区城市更新三年行动计划\n一、重点项目\n三年实施重点项目三十个，具体项目见附表1。\n附表1　重点项目清单\n"
        "二、资金安排\n三年安排资金十五亿元。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "two": paragraphs(doc.sections[1])},
        {
            "tree": [(1, "cn", "一、", "重点项目"), (1, "cn", "二、", "资金安排")],
            "one": ["三年实施重点项目三十个，具体项目见附表1。", "附表1　重点项目清单"],
            "two": ["三年安排资金十五亿元。"],
        },
    )


# Batch 4 (written before any run): plans and 工作要点 whose headings are short lines without markers


def test_a_work_points_text_of_unmarked_headings_has_no_sections() -> None:
    doc = checked(
        "某区2025年城市管理工作要点\n2025年城市管理工作的总体要求是：巩固成效，补齐短板。\n加强市容环境整治\n"
        "开展背街小巷整治行动，全年整治一百条。\n提升精细化管理水平\n推广网格化管理，实现全覆盖。"
    )
    same(
        {"kind": doc.kind, "sections": len(doc.sections), "pre": pre(doc), "signed": signed(doc)},
        {
            "kind": "other",
            "sections": 0,
            "pre": [
                "2025年城市管理工作的总体要求是：巩固成效，补齐短板。",
                "加强市容环境整治",
                "开展背街小巷整治行动，全年整治一百条。",
                "提升精细化管理水平",
                "推广网格化管理，实现全覆盖。",
            ],
            "signed": None,
        },
    )


def test_unmarked_sub_headings_inside_a_top_section_are_its_paragraphs() -> None:
    doc = checked(
        "某区2025年城市管理工作计划\n一、主要任务\n背街小巷整治\n全年整治一百条。\n城市家具更新\n更新座椅五百个。\n"
        "二、保障措施\n加强考核。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "主要任务"), (1, "cn", "二、", "保障措施")],
            "one": ["背街小巷整治", "全年整治一百条。", "城市家具更新", "更新座椅五百个。"],
        },
    )


def test_bold_unmarked_headings_of_a_plan_are_preamble_paragraphs_without_their_marks() -> None:
    doc = checked(
        "某区2025年城市管理工作计划\n**加强市容环境整治**\n开展背街小巷整治行动。\n**提升精细化管理水平**\n推广网格化管理。"
    )
    same(
        {"kind": doc.kind, "sections": len(doc.sections), "pre": pre(doc)},
        {
            "kind": "plan",
            "sections": 0,
            "pre": ["加强市容环境整治", "开展背街小巷整治行动。", "提升精细化管理水平", "推广网格化管理。"],
        },
    )


def test_unmarked_report_headings_of_a_reply_set_its_preamble_phases() -> None:
    doc = body(
        "工作开展情况\n今年改造老旧小区五十个。\n存在的问题\n部分小区居民意见不一。\n下步工作打算\n我局将加强沟通协调。"
    )
    same(
        {"sections": len(doc.sections), "phases": pre_phases(doc), "signed": signed(doc)},
        {
            "sections": 0,
            "phases": ["progress", "progress", "progress", "progress", "progress", "plan", "plan"],
            "signed": SIGNED,
        },
    )


def test_a_next_step_work_plan_phrase_opening_a_paragraph_of_the_preamble() -> None:
    doc = body("今年以来，我局改造老旧小区五十个。\n下一步工作计划：继续推进加装电梯。")
    same(
        {"phases": pre_phases(doc), "sections": len(doc.sections)},
        {"phases": ["progress", "progress", "plan"], "sections": 0},
    )


def test_unmarked_group_lines_between_arabic_tasks_stay_in_the_task_above() -> None:
    doc = checked(
        "某区2025年城市更新工作要点\n一、总体目标\n完成改造项目三十个。\n二、重点工作\n老旧小区改造\n"
        "1.完成小区改造二十个。\n2.加装电梯一百部。\n街区更新\n3.完成街区更新五个。"
    )
    two = doc.sections[1]
    same(
        {"tree": tree(doc), "two": paragraphs(two), "tasks": subs(two), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "总体目标"),
                (1, "cn", "二、", "重点工作"),
                (2, "num", "1.", "完成小区改造二十个"),
                (2, "num", "2.", "加装电梯一百部"),
                (2, "num", "3.", "完成街区更新五个"),
            ],
            "two": ["老旧小区改造"],
            "tasks": [[], ["街区更新"], []],
            "gap": False,
        },
    )


def test_an_unmarked_line_before_the_first_heading_and_another_between_headings() -> None:
    doc = checked(
        "某区城市更新工作方案\n总体要求\n一、指导思想\n坚持以人民为中心。\n二、工作目标\n完成改造项目二十个。\n主要任务\n"
        "三、改造老旧小区\n改造小区十个。"
    )
    same(
        {"pre": pre(doc), "titles": titles(doc), "two": paragraphs(doc.sections[1])},
        {
            "pre": ["总体要求"],
            "titles": ["指导思想", "工作目标", "改造老旧小区"],
            "two": ["完成改造项目二十个。", "主要任务"],
        },
    )


def test_unmarked_progress_and_plan_lines_inside_a_section() -> None:
    doc = body(
        "一、关于老旧小区改造\n工作开展情况\n今年改造小区五十个。\n下一步工作计划\n明年再改造小区六十个。\n"
        "二、关于加装电梯\n已加装电梯一百部。"
    )
    same(
        {"phases": [phases(s) for s in doc.sections], "tree": tree(doc)},
        {
            "phases": [["progress", "progress", "plan", "plan"], [None]],
            "tree": [(1, "cn", "一、", "关于老旧小区改造"), (1, "cn", "二、", "关于加装电梯")],
        },
    )


# Batch 5 (written before any run): headings closed by a full stop, run into their paragraph or on their own line

T30 = "加快推进城镇老旧小区改造和完整社区建设全面提升居民的生活品质"  # thirty characters
T31 = "加快推进城镇老旧小区改造和完整社区建设全面提升辖区居民生活品质"


def test_run_in_top_headings_closed_by_a_full_stop() -> None:
    doc = body("一、加强组织领导。各区要成立城市更新工作专班。\n二、强化资金保障。市财政每年安排专项资金。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一、", "加强组织领导"), (1, "cn", "二、", "强化资金保障")],
            "paras": [["各区要成立城市更新工作专班。"], ["市财政每年安排专项资金。"]],
        },
    )


def test_top_headings_closed_by_a_full_stop_on_their_own_line() -> None:
    doc = body("一、加强组织领导。\n各区要成立工作专班。\n二、强化资金保障。\n市财政安排专项资金。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一、", "加强组织领导"), (1, "cn", "二、", "强化资金保障")],
            "paras": [["各区要成立工作专班。"], ["市财政安排专项资金。"]],
        },
    )


def test_a_run_in_and_an_own_line_paren_heading_in_one_section() -> None:
    doc = body("一、关于推进机制\n（一）完善规划体系。编制城市更新专项规划。\n（二）健全推进机制\n建立联席会议制度。")
    same(
        {"titles": titles(doc), "subs": subs(doc.sections[0])},
        {
            "titles": ["关于推进机制", "完善规划体系", "健全推进机制"],
            "subs": [["编制城市更新专项规划。"], ["建立联席会议制度。"]],
        },
    )


def test_a_run_in_title_of_thirty_characters_is_one_and_of_thirty_one_is_none() -> None:
    assert (len(T30), len(T31)) == (30, 31)
    doc = body(f"一、关于改造目标\n（一）{T30}。今年改造小区五十个。\n（二）{T31}。明年改造小区六十个。")
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {"titles": [T30, None], "subs": [["今年改造小区五十个。"], [f"{T31}。明年改造小区六十个。"]]},
    )


def test_a_run_in_heading_closed_by_a_colon_before_a_comma_sentence() -> None:
    doc = body("一、关于改造目标\n（一）工作目标：到2027年，基本完成改造任务。\n（二）实施步骤：分三年实施。")
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {"titles": ["工作目标", "实施步骤"], "subs": [["到2027年，基本完成改造任务。"], ["分三年实施。"]]},
    )


def test_an_own_line_point_past_thirty_characters_closed_by_a_full_stop_has_no_title() -> None:
    line = "全市已完成二〇〇〇年以前建成的城镇老旧小区改造任务的百分之八十"
    assert len(line) == 31
    doc = body(f"一、关于改造进度\n（一）{line}。\n（二）部分小区尚未启动。")
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {"titles": [None, "部分小区尚未启动"], "subs": [[f"{line}。"], []]},
    )


def test_a_run_in_title_holding_a_comma_before_its_full_stop() -> None:
    doc = body(
        "一、强化资金保障，加大投入力度。全年安排资金十亿元。\n二、优化审批服务，压缩审批时限。审批时限压缩一半。"
    )
    same(
        {"titles": titles(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "titles": ["强化资金保障，加大投入力度", "优化审批服务，压缩审批时限"],
            "paras": [["全年安排资金十亿元。"], ["审批时限压缩一半。"]],
        },
    )


def test_arabic_points_run_in_and_on_their_own_line_under_a_paren_heading() -> None:
    doc = body("一、关于便民服务\n（一）完善服务网络\n1.完善网络。新建站点十个。\n2.优化服务。\n推行延时服务。")
    deep = doc.sections[0].sections[0]
    same(
        {"titles": [s.title for s in deep.sections], "points": subs(deep)},
        {"titles": ["完善网络", "优化服务"], "points": [["新建站点十个。"], ["推行延时服务。"]]},
    )


# Batch 6 (written before any run): markers with odd punctuation, spaces and widths


def test_ideograph_markers_with_a_comma_opening_run_in_headings() -> None:
    doc = body("一，加强组织领导。各区要成立工作专班。\n二，强化资金保障。市财政安排专项资金。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一，", "加强组织领导"), (1, "cn", "二，", "强化资金保障")],
            "paras": [["各区要成立工作专班。"], ["市财政安排专项资金。"]],
        },
    )


def test_a_spaced_pause_mark_half_width_brackets_and_pause_marked_digits_in_one_tree() -> None:
    doc = body(
        "一 、关于资金\n(一)市级资金\n1、补助标准\n每户补助一万元。\n2、补助方式\n先建后补。\n(二)区级资金\n按比例配套。"
    )
    same(
        {"tree": unspaced(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于资金"),
                (2, "cn-paren", "(一)", "市级资金"),
                (3, "num", "1、", "补助标准"),
                (3, "num", "2、", "补助方式"),
                (2, "cn-paren", "(二)", "区级资金"),
            ],
            "gap": False,
        },
    )


def test_digits_with_a_spaced_closing_bracket_alone() -> None:
    doc = body(
        "一、关于水质监测\n1 ）监测频次\n每季度监测一次。\n2 ）监测指标\n氨氮、总磷。\n二、关于信息公开\n按季度公开。"
    )
    same(
        {"tree": unspaced(doc), "subs": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于水质监测"),
                (2, "num-paren", "1）", "监测频次"),
                (2, "num-paren", "2）", "监测指标"),
                (1, "cn", "二、", "关于信息公开"),
            ],
            "subs": [["每季度监测一次。"], ["氨氮、总磷。"]],
        },
    )


def test_circled_numbers_followed_by_a_space() -> None:
    doc = body("一、关于设施运维\n① 设施建设\n建成泵站十座。\n② 运维管理\n委托专业公司运维。")
    same(
        {"tree": unspaced(doc), "subs": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于设施运维"),
                (2, "circled", "①", "设施建设"),
                (2, "circled", "②", "运维管理"),
            ],
            "subs": [["建成泵站十座。"], ["委托专业公司运维。"]],
        },
    )


def test_one_run_of_arabic_points_in_mixed_widths_and_stops() -> None:
    doc = body(
        "1.关于停车设施\n新建停车位一千个。\n２．关于充电设施\n新建充电桩五百个。\n3．关于环卫设施\n新建公厕二十座。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "num", 1), (1, "num", 2), (1, "num", 3)],
            "titles": ["关于停车设施", "关于充电设施", "关于环卫设施"],
            "gap": False,
        },
    )


def test_paren_ideographs_followed_by_a_pause_mark() -> None:
    doc = body("一、关于改造内容\n（一）、基础类\n改造水电气路。\n（二）、完善类\n加装电梯。")
    same(
        {"tree": tree(doc), "subs": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于改造内容"),
                (2, "cn-paren", "（一）、", "基础类"),
                (2, "cn-paren", "（二）、", "完善类"),
            ],
            "subs": [["改造水电气路。"], ["加装电梯。"]],
        },
    )


def test_a_space_after_the_pause_mark_before_the_title() -> None:
    doc = body("一、 关于停车难问题\n新建停车位一千个。\n二、 关于充电难问题\n新建充电桩五百个。")
    same(
        {"tree": unspaced(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一、", "关于停车难问题"), (1, "cn", "二、", "关于充电难问题")],
            "paras": [["新建停车位一千个。"], ["新建充电桩五百个。"]],
        },
    )


def test_half_and_full_width_paren_digits_in_one_run_under_arabic_headings() -> None:
    doc = body("1.工作进展\n(1)已完工\n改造小区十个。\n（2）在建\n在建小区五个。\n2.工作计划\n明年改造小区二十个。")
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "num", 1), (2, "num-paren", 1), (2, "num-paren", 2), (1, "num", 2)],
            "titles": ["工作进展", "已完工", "在建", "工作计划"],
            "gap": False,
        },
    )


# Batch 7 (written before any run): numbering restarting in each section, or running on across them


def test_arabic_points_restarting_under_each_paren_heading() -> None:
    doc = body(
        "一、关于改造内容\n（一）基础类\n1.供水管网\n更换管网十公里。\n2.供电线路\n改造线路八公里。\n"
        "（二）完善类\n1.加装电梯\n加装五十部。\n2.停车设施\n新建车位三百个。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc), "last": last(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
                (2, "cn-paren", 2),
                (3, "num", 1),
                (3, "num", 2),
            ],
            "gap": False,
            "last": ["新建车位三百个。"],
        },
    )


def test_arabic_points_numbered_on_across_paren_headings() -> None:
    doc = body(
        "一、关于改造内容\n（一）基础类\n1.供水管网\n更换管网十公里。\n2.供电线路\n改造线路八公里。\n"
        "（二）完善类\n3.加装电梯\n加装五十部。\n4.停车设施\n新建车位三百个。"
    )
    two = doc.sections[0].sections[1]
    same(
        {"levels": levels(doc), "gap": gap(doc), "under_two": [(s.marker, s.title) for s in two.sections]},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
                (2, "cn-paren", 2),
                (3, "num", 3),
                (3, "num", 4),
            ],
            "gap": False,
            "under_two": [("3.", "加装电梯"), ("4.", "停车设施")],
        },
    )


def test_run_in_arabic_points_restarting_under_each_top_heading() -> None:
    doc = body(
        "一、关于停车设施\n1.新建车位。全年新建一千个。\n2.共享车位。开放机关车位三百个。\n"
        "二、关于充电设施\n1.新建充电桩。全年新建五百个。\n2.统一运营。引入运营企业两家。"
    )
    same(
        {"titles": titles(doc), "subs": [subs(s) for s in doc.sections], "gap": gap(doc)},
        {
            "titles": ["关于停车设施", "新建车位", "共享车位", "关于充电设施", "新建充电桩", "统一运营"],
            "subs": [
                [["全年新建一千个。"], ["开放机关车位三百个。"]],
                [["全年新建五百个。"], ["引入运营企业两家。"]],
            ],
            "gap": False,
        },
    )


def test_paren_headings_numbered_on_from_one_top_heading_to_the_next() -> None:
    doc = body(
        "一、关于城市设施\n（一）道路\n新建道路十公里。\n（二）桥梁\n维修桥梁五座。\n二、关于城市管理\n（三）市容\n"
        "整治街道二十条。\n（四）环卫\n新建公厕十座。"
    )
    same(
        {
            "under": [[(s.marker, s.ordinal) for s in top.sections] for top in doc.sections],
            "gap": gap(doc),
            "last": last(doc),
        },
        {
            "under": [[("（一）", 1), ("（二）", 2)], [("（三）", 3), ("（四）", 4)]],
            "gap": False,
            "last": ["新建公厕十座。"],
        },
    )


def test_paren_digit_points_restarting_under_each_arabic_heading() -> None:
    doc = body(
        "1.关于老旧小区\n（1）改造进度\n完成改造三十个。\n（2）居民满意度\n满意度百分之九十。\n"
        "2.关于加装电梯\n（1）加装数量\n加装电梯八十部。\n（2）补贴发放\n发放补贴二千万元。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "num", 1),
                (2, "num-paren", 1),
                (2, "num-paren", 2),
                (1, "num", 2),
                (2, "num-paren", 1),
                (2, "num-paren", 2),
            ],
            "gap": False,
        },
    )


def test_a_paren_run_that_neither_restarts_nor_runs_on_under_the_next_heading_is_a_gap() -> None:
    doc = body(
        "一、关于城市设施\n（一）道路\n新建道路十公里。\n（二）桥梁\n维修桥梁五座。\n二、关于城市管理\n（四）市容\n整治街道二十条。"
    )
    same(
        {"ordinals": [s.ordinal for s in doc.iter_sections()], "gap": gap(doc)},
        {"ordinals": [1, 1, 2, 2, 4], "gap": True},
    )


def test_circled_points_restarting_under_each_paren_heading() -> None:
    doc = body(
        "一、关于社区服务\n（一）养老服务\n①助餐\n建成食堂十个。\n②助浴\n配置助浴车两辆。\n（二）托育服务\n①托育点\n"
        "建成托育点五个。\n②托育补贴\n每人每月补贴三百元。"
    )
    same(
        {
            "markers": [s.marker for s in doc.iter_sections()],
            "levels": [s.level for s in doc.iter_sections()],
            "gap": gap(doc),
        },
        {
            "markers": ["一、", "（一）", "①", "②", "（二）", "①", "②"],
            "levels": [1, 2, 3, 3, 2, 3, 3],
            "gap": False,
        },
    )


def test_paren_headings_restarting_under_three_run_in_top_headings() -> None:
    doc = body(
        "一、关于规划。编制专项规划。\n（一）规划范围\n覆盖全市。\n（二）规划期限\n至2035年。\n"
        "二、关于实施。分步实施。\n（一）近期\n至2027年。\n三、关于保障。强化保障。\n（一）资金\n安排资金十亿元。"
    )
    same(
        {
            "tops": [(s.title, paragraphs(s), len(s.sections)) for s in doc.sections],
            "gap": gap(doc),
        },
        {
            "tops": [
                ("关于规划", ["编制专项规划。"], 2),
                ("关于实施", ["分步实施。"], 1),
                ("关于保障", ["强化保障。"], 1),
            ],
            "gap": False,
        },
    )


# Batch 8 (written before any run): 一是/二是 inside （一）, 首先/其次/最后 and 一方面/另一方面 leads


def test_members_in_the_paragraph_of_a_run_in_paren_heading() -> None:
    doc = body("一、关于推进机制\n（一）加强组织领导。一是成立专班；二是建立台账；三是定期调度。")
    sub = doc.sections[0].sections[0]
    same(
        {"title": sub.title, "paras": paragraphs(sub), "items": all_items(sub)},
        {
            "title": "加强组织领导",
            "paras": ["一是成立专班；二是建立台账；三是定期调度。"],
            "items": [[(1, "一是", "成立专班"), (2, "二是", "建立台账"), (3, "三是", "定期调度")]],
        },
    )


def test_members_over_two_paragraphs_under_an_own_line_paren_heading() -> None:
    doc = body("一、关于推进机制\n（一）加强组织领导\n一是成立工作专班，统筹推进改造工作。\n二是建立工作台账。")
    sub = doc.sections[0].sections[0]
    same(
        {"items": all_items(sub)},
        {"items": [[(1, "一是", "成立工作专班，统筹推进改造工作")], [(2, "二是", "建立工作台账")]]},
    )


def test_a_lone_thanks_first_in_the_preamble_and_a_sequence_chain_in_a_section() -> None:
    doc = body("首先，感谢您对城市更新工作的关心。\n一、关于改造步骤\n首先，摸清底数；其次，制定方案；最后，组织实施。")
    same(
        {"pre": pre_items(doc), "one": all_items(doc.sections[0])},
        {
            "pre": [[], []],
            "one": [[(1, "首先", "摸清底数"), (2, "其次", "制定方案"), (3, "最后", "组织实施")]],
        },
    )


def test_on_the_one_hand_members_under_a_paren_heading() -> None:
    doc = body("一、关于资金保障\n（一）拓宽资金渠道\n一方面，积极争取中央资金；另一方面，引导社会资本参与。")
    sub = doc.sections[0].sections[0]
    same(
        {"items": all_items(sub)},
        {"items": [[(1, "一方面", "积极争取中央资金"), (2, "另一方面", "引导社会资本参与")]]},
    )


def test_members_restarting_in_each_paren_section() -> None:
    doc = body(
        "一、关于推进机制\n（一）组织保障\n一是成立专班；二是明确责任。\n（二）资金保障\n一是争取中央资金；二是发行专项债券。"
    )
    same(
        {"items": [all_items(s) for s in doc.sections[0].sections]},
        {
            "items": [
                [[(1, "一是", "成立专班"), (2, "二是", "明确责任")]],
                [[(1, "一是", "争取中央资金"), (2, "二是", "发行专项债券")]],
            ]
        },
    )


def test_a_lone_on_the_one_hand_is_no_member() -> None:
    doc = body("一、关于资金保障\n一方面，市财政已安排资金五亿元，后续将视情况追加。")
    same({"items": all_items(doc.sections[0])}, {"items": [[]]})


def test_first_second_third_with_commas_inside_a_paren_section() -> None:
    doc = body("一、关于改造要求\n（一）质量要求\n第一，严格材料进场检验；第二，落实监理责任；第三，组织竣工验收。")
    sub = doc.sections[0].sections[0]
    same(
        {"items": all_items(sub)},
        {"items": [[(1, "第一", "严格材料进场检验"), (2, "第二", "落实监理责任"), (3, "第三", "组织竣工验收")]]},
    )


def test_members_three_ranks_down_under_an_arabic_point() -> None:
    doc = body("一、关于推进机制\n（一）组织保障\n1.专班运作\n一是每周调度一次；二是每月通报一次。")
    point = doc.sections[0].sections[0].sections[0]
    same(
        {"levels": levels(doc), "items": all_items(point)},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (3, "num", 1)],
            "items": [[(1, "一是", "每周调度一次"), (2, "二是", "每月通报一次")]],
        },
    )


# Batch 9 (written before any run): phases, as headings and as phrases opening a paragraph


def test_report_headings_of_a_reply_give_a_plan_only_where_a_paragraph_opens_it() -> None:
    doc = body(
        "一、工作开展情况\n今年改造老旧小区五十个。\n二、存在的问题\n部分小区居民意见不一。\n三、下一步工作计划\n继续推进改造。"
    )
    same(
        {"titles": titles(doc), "phases": [phases(s) for s in doc.sections]},
        {"titles": ["工作开展情况", "存在的问题", "下一步工作计划"], "phases": [[None], [None], [None]]},
    )


def test_a_run_in_next_step_heading_leaves_its_paragraph_without_a_plan_opener() -> None:
    doc = body("一、关于加装电梯\n（一）工作进展。已加装电梯一百部。\n（二）下一步工作打算。我局将简化审批流程。")
    same(
        {"titles": titles(doc), "phases": [phases(s) for s in doc.sections[0].sections]},
        {"titles": ["关于加装电梯", "工作进展", "下一步工作打算"], "phases": [[None], [None]]},
    )


def test_a_plan_opener_and_the_paragraph_after_it_in_one_section() -> None:
    doc = body(
        "一、关于老旧小区改造\n今年改造小区五十个。\n存在的问题是部分居民意见不一。\n下一步，我局将加强沟通。\n"
        "同时，将加大资金投入。\n二、关于加装电梯\n已加装电梯一百部。"
    )
    same(
        {"phases": [phases(s) for s in doc.sections]},
        {"phases": [["progress", "progress", "plan", "plan"], [None]]},
    )


def test_next_stage_and_from_here_on_open_plans_in_two_sections() -> None:
    doc = body(
        "一、关于停车设施\n已新建车位一千个。\n下阶段，将新建车位两千个。\n二、关于充电设施\n已建成充电桩五百个。\n"
        "接下来，将实现小区全覆盖。"
    )
    same(
        {"phases": [phases(s) for s in doc.sections]},
        {"phases": [["progress", "plan"], ["progress", "plan"]]},
    )


def test_plan_words_inside_a_sentence_set_nothing_but_from_now_on_opening_a_paragraph_does() -> None:
    doc = body("一、关于城市绿化\n我局下一步将新建口袋公园十个。\n今后，每年新建口袋公园十个。")
    same({"phases": phases(doc.sections[0])}, {"phases": ["progress", "plan"]})


def test_a_plan_opening_a_sections_first_paragraph() -> None:
    doc = body("一、关于城市绿化\n下一步，我局将新建口袋公园十个。\n二、关于城市照明\n已改造路灯五千盏。")
    same({"phases": [phases(s) for s in doc.sections]}, {"phases": [["plan"], [None]]})


def test_a_next_step_heading_whose_paragraph_opens_with_next_step() -> None:
    doc = body("一、工作开展情况\n已改造路灯五千盏。\n二、下步工作打算\n下步，我局将推进智慧照明。\n同时开展节能改造。")
    same({"phases": [phases(s) for s in doc.sections]}, {"phases": [[None], ["plan", "plan"]]})


def test_a_next_stage_plan_in_the_preamble_before_the_first_heading() -> None:
    doc = body(
        "目前，全市已改造老旧小区三百个。\n下一阶段，我局将重点推进以下工作：\n一、加快改造进度\n年内再改造五十个。"
    )
    same(
        {"pre": pre_phases(doc), "one": phases(doc.sections[0])},
        {"pre": ["progress", "progress", "plan"], "one": [None]},
    )


# Batch 10 (written before any run): replies numbered 1. 2. 3. with no 一、, and sections titled as questions


def test_a_reply_numbered_only_with_arabic_headings() -> None:
    doc = body(
        "1.关于停车难问题\n全年新建停车位一千个。\n2.关于充电难问题\n全年新建充电桩五百个。\n3.关于加装电梯问题\n"
        "全年加装电梯一百部。"
    )
    same(
        {"tree": tree(doc), "last": last(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "num", "1.", "关于停车难问题"),
                (1, "num", "2.", "关于充电难问题"),
                (1, "num", "3.", "关于加装电梯问题"),
            ],
            "last": ["全年加装电梯一百部。"],
            "signed": SIGNED,
        },
    )


def test_a_reply_of_long_arabic_points_has_untitled_sections() -> None:
    one = "今年以来，我局会同各区新建公共停车位一千个，其中路外停车位八百个，有效缓解了老城区停车难问题。"
    two = "我局已将您提出的错时共享停车建议纳入明年工作计划，将在机关企事业单位率先推行。"
    doc = body(f"1.{one}\n2.{two}")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {"tree": [(1, "num", "1.", None), (1, "num", "2.", None)], "paras": [[one], [two]]},
    )


def test_arabic_headings_with_paren_points_and_a_closing_after_the_last() -> None:
    doc = body(
        "1.关于老旧小区改造\n（1）改造进度\n完成改造三十个。\n（2）改造质量\n验收合格率百分之百。\n2.关于加装电梯\n"
        "加装电梯八十部。\n特此答复。"
    )
    same(
        {"levels": levels(doc), "last": last(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "levels": [(1, "num", 1), (2, "num-paren", 1), (2, "num-paren", 2), (1, "num", 2)],
            "last": ["加装电梯八十部。"],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_sections_titled_about_a_question_keep_the_whole_line() -> None:
    doc = body("一、关于改造资金从哪里来的问题\n市区两级财政共同承担。\n二、关于居民意见不一的问题\n实行一楼一策。")
    same(
        {"titles": titles(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "titles": ["关于改造资金从哪里来的问题", "关于居民意见不一的问题"],
            "paras": [["市区两级财政共同承担。"], ["实行一楼一策。"]],
        },
    )


def test_a_heading_asking_a_question_on_its_own_line_has_no_title() -> None:
    doc = body("一、老旧小区改造资金从哪里来？\n市区两级财政共同承担。\n二、关于下步安排\n继续推进改造。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", None), (1, "cn", "二、", "关于下步安排")],
            "one": ["老旧小区改造资金从哪里来？", "市区两级财政共同承担。"],
        },
    )


def test_a_paren_point_asking_and_answering_on_one_line_has_no_title() -> None:
    doc = body(
        "一、关于改造程序\n（一）为什么要先征求居民意见？因为改造涉及居民切身利益。\n（二）征求意见的方式\n入户走访。"
    )
    sub = doc.sections[0].sections
    same(
        {"titles": [s.title for s in sub], "paras": [paragraphs(s) for s in sub]},
        {
            "titles": [None, "征求意见的方式"],
            "paras": [["为什么要先征求居民意见？因为改造涉及居民切身利益。"], ["入户走访。"]],
        },
    )


def test_pause_marked_arabic_headings_signed_right_after_the_last_point() -> None:
    doc = body("1、关于停车设施\n新建停车位一千个。\n2、关于充电设施\n新建充电桩五百个。")
    same(
        {"tree": tree(doc), "closing": closing(doc), "signed": signed(doc), "last": last(doc)},
        {
            "tree": [(1, "num", "1、", "关于停车设施"), (1, "num", "2、", "关于充电设施")],
            "closing": None,
            "signed": SIGNED,
            "last": ["新建充电桩五百个。"],
        },
    )


def test_run_in_arabic_headings_about_a_question() -> None:
    doc = body("1.关于停车难的问题。今年新建停车位一千个。\n2.关于充电难的问题。今年新建充电桩五百个。")
    same(
        {"titles": titles(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "titles": ["关于停车难的问题", "关于充电难的问题"],
            "paras": [["今年新建停车位一千个。"], ["今年新建充电桩五百个。"]],
        },
    )


# Batch 11 (written before any run): one reply answering several proposals, and long single-paragraph replies

MULTI = (
    "关于市政协十四届四次会议第12号、第15号提案的答复\n张某委员、李某委员：\n您们提出的两件提案收悉，现一并答复如下：\n"
)


def test_a_reply_to_two_proposals_with_one_top_section_for_each() -> None:
    doc = checked(
        MULTI + "一、关于第12号提案\n我局已新建停车位一千个。\n二、关于第15号提案\n我局已新建充电桩五百个。\n"
        "感谢您们对城市建设工作的关心和支持！" + TAIL
    )
    same(
        {"titles": titles(doc), "last": last(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "titles": ["关于第12号提案", "关于第15号提案"],
            "last": ["我局已新建充电桩五百个。"],
            "closing": "感谢您们对城市建设工作的关心和支持！",
            "signed": SIGNED,
        },
    )


def test_a_reply_to_two_proposals_with_paren_points_restarting_under_each() -> None:
    doc = checked(
        MULTI + "一、关于第12号提案提出的停车问题\n（一）新建车位\n新建一千个。\n（二）共享车位\n开放三百个。\n"
        "二、关于第15号提案提出的充电问题\n（一）新建充电桩\n新建五百个。" + TAIL
    )
    same(
        {"levels": levels(doc), "gap": gap(doc), "signed": signed(doc)},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2), (1, "cn", 2), (2, "cn-paren", 1)],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_a_reply_to_two_proposals_parted_by_unmarked_label_lines() -> None:
    doc = checked(MULTI + "第12号提案：\n我局已新建停车位一千个。\n第15号提案：\n我局已新建充电桩五百个。" + TAIL)
    same(
        {"sections": len(doc.sections), "pre": pre(doc)[1:], "signed": signed(doc)},
        {
            "sections": 0,
            "pre": ["第12号提案：", "我局已新建停车位一千个。", "第15号提案：", "我局已新建充电桩五百个。"],
            "signed": SIGNED,
        },
    )


def test_a_long_single_paragraph_reply_with_an_inline_paren_run() -> None:
    text = (
        "针对您提出的问题，我局开展了以下工作：（一）摸清底数，完成全市老旧小区调查；（二）制定方案，明确年度改造任务；"
        "（三）组织实施，有序推进改造工作。下一步，我局将继续推进。"
    )
    doc = body(text)
    same(
        {"sections": len(doc.sections), "pre": pre(doc)[1:], "phases": pre_phases(doc)},
        {"sections": 0, "pre": [text], "phases": [None, None]},
    )


def test_a_single_paragraph_reply_with_inline_ideograph_points_after_a_colon() -> None:
    text = "今年我局主要做了三方面工作：一、新建停车位一千个；二、新建充电桩五百个；三、加装电梯一百部。"
    doc = body(text)
    same({"sections": len(doc.sections), "pre": pre(doc)[1:]}, {"sections": 0, "pre": [text]})


def test_a_reply_whose_only_line_opens_with_a_paren_ideograph_is_one_untitled_section() -> None:
    text = "（一）加强组织领导，成立工作专班；（二）强化资金保障，安排专项资金；（三）严格督查考核，定期通报进度。"
    doc = body(text)
    same(
        {"tree": tree(doc), "paras": paragraphs(doc.sections[0]) if doc.sections else None},
        {
            "tree": [(1, "cn-paren", "（一）", None)],
            "paras": [
                "加强组织领导，成立工作专班；（二）强化资金保障，安排专项资金；（三）严格督查考核，定期通报进度。"
            ],
        },
    )


def test_a_single_paragraph_reply_with_inline_members() -> None:
    text = "为解决停车难问题，一是新建停车位一千个；二是开放机关车位三百个；三是推行错时共享停车。"
    doc = body(text)
    same(
        {"sections": len(doc.sections), "items": pre_items(doc)[1:]},
        {
            "sections": 0,
            "items": [
                [(1, "一是", "新建停车位一千个"), (2, "二是", "开放机关车位三百个"), (3, "三是", "推行错时共享停车")]
            ],
        },
    )


def test_a_single_paragraph_reply_with_inline_circled_and_arabic_points() -> None:
    text = "改造内容包括：①供水管网；②燃气管道；③雨污分流。资金来源包括：1.中央补助；2.地方配套；3.居民自筹。"
    doc = body(text + "\n特此答复。")
    same(
        {"sections": len(doc.sections), "pre": pre(doc)[1:], "closing": closing(doc)},
        {"sections": 0, "pre": [text], "closing": "特此答复。"},
    )


# Batch 12 (written before any run): the 落款 right after the last numbered item, lists of （1） in an 附件


def test_a_signature_right_after_a_paren_point_under_the_last_top_heading() -> None:
    doc = body(
        "一、关于停车设施\n新建停车位一千个。\n二、关于充电设施\n（一）新建充电桩\n新建五百个。\n（二）统一运营\n引入运营企业两家。"
    )
    same(
        {"last": last(doc), "closing": closing(doc), "signed": signed(doc), "n": len(doc.iter_sections())},
        {"last": ["引入运营企业两家。"], "closing": None, "signed": SIGNED, "n": 4},
    )


def test_a_signature_right_after_a_circled_point() -> None:
    doc = body("一、关于改造内容\n①供水管网\n更换十公里。\n②燃气管道\n更换八公里。")
    same(
        {"last": last(doc), "signed": signed(doc), "markers": [s.marker for s in doc.iter_sections()]},
        {"last": ["更换八公里。"], "signed": SIGNED, "markers": ["一、", "①", "②"]},
    )


def test_a_notices_attachment_of_paren_digit_points_after_the_signature_is_no_section() -> None:
    doc = checked(
        "某区住房和城乡建设局关于开展老旧小区改造意见征集的通知\n各街道办事处：\n"
        "请各街道按附件要求组织征集居民意见，于10月31日前报送。\n附件：意见征集要求\n某区住房和城乡建设局\n2025年10月8日\n"
        "附件\n意见征集要求\n（1）每个小区入户率不低于百分之八十；\n（2）意见须经居民签字确认；\n（3）汇总表加盖街道公章。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc)},
        {
            "kind": "notice",
            "tree": [],
            "attachments": ("意见征集要求",),
            "signed": (("某区住房和城乡建设局",), "2025-10-08"),
        },
    )


def test_a_replys_attachment_of_paren_digit_points_after_its_signature_leaves_the_replys_sections() -> None:
    doc = checked(
        HEAD + "一、关于改造计划\n今年改造小区五十个。\n二、关于改造清单\n详见附件。\n附件：2025年改造小区清单\n"
        "某市住房和城乡建设局\n2025年9月18日\n附件\n2025年改造小区清单\n（1）东城小区\n（2）西城小区\n（3）南苑小区"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc), "last": last(doc)},
        {
            "tree": [(1, "cn", "一、", "关于改造计划"), (1, "cn", "二、", "关于改造清单")],
            "attachments": ("2025年改造小区清单",),
            "signed": SIGNED,
            "last": ["详见附件。"],
        },
    )


def test_a_signature_of_two_organs_right_after_the_last_paren_point() -> None:
    doc = checked(
        HEAD + "一、关于改造资金\n（一）市级资金\n安排五亿元。\n（二）区级资金\n安排三亿元。\n"
        "某市住房和城乡建设局　某市财政局\n2025年9月18日"
    )
    same(
        {"last": last(doc), "signed": signed(doc)},
        {"last": ["安排三亿元。"], "signed": (("某市住房和城乡建设局", "某市财政局"), "2025-09-18")},
    )


def test_a_signature_right_after_a_paragraph_of_members() -> None:
    doc = body("一、关于推进机制\n一是成立专班；二是建立台账；三是定期调度。")
    same(
        {"items": all_items(doc.sections[0]), "signed": signed(doc), "closing": closing(doc)},
        {
            "items": [[(1, "一是", "成立专班"), (2, "二是", "建立台账"), (3, "三是", "定期调度")]],
            "signed": SIGNED,
            "closing": None,
        },
    )


def test_a_signature_dated_in_ideograph_numerals_right_after_a_run_in_point() -> None:
    doc = checked(
        HEAD
        + "1.关于停车设施。新建停车位一千个。\n2.关于充电设施。新建充电桩五百个。\n某市住房和城乡建设局\n二〇二五年九月十八日"
    )
    same(
        {"titles": titles(doc), "last": last(doc), "signed": signed(doc)},
        {"titles": ["关于停车设施", "关于充电设施"], "last": ["新建充电桩五百个。"], "signed": SIGNED},
    )


def test_an_attachment_of_paren_points_under_a_label_with_its_title_on_one_line() -> None:
    doc = checked(
        HEAD + "一、关于改造计划\n今年改造小区五十个。\n某市住房和城乡建设局\n2025年9月18日\n"
        "附件：改造小区清单\n（1）东城小区\n（2）西城小区"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc), "last": last(doc)},
        {
            "tree": [(1, "cn", "一、", "关于改造计划")],
            "attachments": ("改造小区清单",),
            "signed": SIGNED,
            "last": ["今年改造小区五十个。"],
        },
    )


# Batch 13 (written before any run): members and points running over several paragraphs


def test_a_sequence_chain_whose_first_member_runs_over_two_paragraphs() -> None:
    doc = body("一、关于改造步骤\n首先，摸清底数。\n组织专业机构入户调查。\n其次，制定方案。\n最后，组织实施。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "首先", "摸清底数")], [], [(2, "其次", "制定方案")], [(3, "最后", "组织实施")]]},
    )


def test_a_members_text_ends_at_its_paragraphs_end() -> None:
    doc = body("一、关于推进机制\n一是成立专班，统筹推进。\n专班由分管副市长任组长。\n二是建立台账。")
    first = doc.sections[0].paragraphs[0]
    same(
        {"texts": [i.text for i in first.items], "items": all_items(doc.sections[0])},
        {
            "texts": ["一是成立专班，统筹推进。"],
            "items": [[(1, "一是", "成立专班，统筹推进")], [], [(2, "二是", "建立台账")]],
        },
    )


def test_a_run_of_members_split_one_then_two_over_paragraphs() -> None:
    doc = body("一、关于资金保障\n一是争取中央资金。\n二是发行专项债券；三是引入社会资本。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "争取中央资金")], [(2, "二是", "发行专项债券"), (3, "三是", "引入社会资本")]]},
    )


def test_on_the_one_hand_and_the_other_in_two_paragraphs() -> None:
    doc = body("一、关于资金保障\n一方面，积极争取中央资金。\n另一方面，引导社会资本参与。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一方面", "积极争取中央资金")], [(2, "另一方面", "引导社会资本参与")]]},
    )


def test_the_first_and_the_second_with_commas_over_paragraphs_with_a_middle_one() -> None:
    doc = body("一、关于质量管理\n其一，严格材料检验。\n检验结果向居民公开。\n其二，落实监理责任。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "其一", "严格材料检验")], [], [(2, "其二", "落实监理责任")]]},
    )


def test_paren_digit_points_of_two_paragraphs_each() -> None:
    doc = body(
        "一、关于改造内容\n（1）基础类改造\n改造水电气路。\n涉及小区五十个。\n（2）完善类改造\n加装电梯。\n新建停车位。"
    )
    same(
        {"subs": subs(doc.sections[0]), "titles": titles(doc)},
        {
            "subs": [["改造水电气路。", "涉及小区五十个。"], ["加装电梯。", "新建停车位。"]],
            "titles": ["关于改造内容", "基础类改造", "完善类改造"],
        },
    )


def test_an_arabic_point_with_a_paragraph_then_members_in_the_next() -> None:
    doc = body("一、关于推进机制\n1.专班运作\n专班每周召开例会。\n一是通报进度；二是协调问题。")
    point = doc.sections[0].sections[0]
    same(
        {"paras": paragraphs(point), "items": all_items(point)},
        {
            "paras": ["专班每周召开例会。", "一是通报进度；二是协调问题。"],
            "items": [[], [(1, "一是", "通报进度"), (2, "二是", "协调问题")]],
        },
    )


def test_members_running_on_from_a_run_in_heading_paragraph_to_the_next() -> None:
    doc = body(
        "一、关于推进机制\n（一）加强组织领导。一是成立专班。\n二是建立台账。\n（二）强化督查考核\n每月通报一次。"
    )
    sub = doc.sections[0].sections[0]
    same(
        {"paras": paragraphs(sub), "items": all_items(sub)},
        {
            "paras": ["一是成立专班。", "二是建立台账。"],
            "items": [[(1, "一是", "成立专班")], [(2, "二是", "建立台账")]],
        },
    )


# Batch 14 (written before any run): whole documents mixing the shapes


def test_a_whole_plan_of_parts_chapters_of_tasks_a_box_and_a_signature() -> None:
    doc = checked(
        "某县城乡建设三年行动方案\n为推动城乡建设高质量发展，制定本方案。\n第一部分　总体要求\n"
        "一、工作目标。到2027年，城乡面貌明显改善。\n第二部分　重点任务\n一、完善基础设施\n（一）道路建设\n"
        "新建道路五十公里。\n专栏1　道路建设工程\n1.县城道路：新建二十公里。\n2.乡村道路：新建三十公里。\n"
        "（二）供水保障\n实现城乡供水一体化。\n二、提升公共服务\n新建学校三所。\n某县人民政府\n2025年3月1日"
    )
    same(
        {
            "kind": doc.kind,
            "pre": pre(doc),
            "tree": tree(doc),
            "box": paragraphs(doc.sections[1].sections[0].sections[0]),
            "last": last(doc),
            "signed": signed(doc),
        },
        {
            "kind": "plan",
            "pre": ["为推动城乡建设高质量发展，制定本方案。"],
            "tree": [
                (1, "part", "第一部分", "总体要求"),
                (2, "cn", "一、", "工作目标"),
                (1, "part", "第二部分", "重点任务"),
                (2, "cn", "一、", "完善基础设施"),
                (3, "cn-paren", "（一）", "道路建设"),
                (4, "num", "1.", "县城道路"),
                (4, "num", "2.", "乡村道路"),
                (3, "cn-paren", "（二）", "供水保障"),
                (2, "cn", "二、", "提升公共服务"),
            ],
            "box": ["新建道路五十公里。", "专栏1　道路建设工程"],
            "last": ["新建学校三所。"],
            "signed": (("某县人民政府",), "2025-03-01"),
        },
    )


def test_a_whole_reply_of_arabic_points_members_phases_and_thanks() -> None:
    doc = body(
        "1.关于老旧小区改造\n今年改造小区五十个。一是完善基础设施；二是加装电梯。\n下一步，我局将扩大改造范围。\n"
        "2.关于停车设施\n新建停车位一千个。\n感谢您对城市建设工作的关心和支持！"
    )
    same(
        {
            "tree": tree(doc),
            "items": all_items(doc.sections[0]),
            "phases": [phases(s) for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "tree": [(1, "num", "1.", "关于老旧小区改造"), (1, "num", "2.", "关于停车设施")],
            "items": [[(1, "一是", "完善基础设施"), (2, "二是", "加装电梯")], []],
            "phases": [["progress", "plan"], [None]],
            "closing": "感谢您对城市建设工作的关心和支持！",
            "signed": SIGNED,
        },
    )


def test_a_whole_measures_text_of_chapters_sections_articles_and_points() -> None:
    doc = checked(
        "某市城市更新项目管理办法\n第一章　总　　则\n第一条　为规范城市更新项目管理，制定本办法。\n第二章　项目管理\n"
        "第一节　项目申报\n第二条　申报项目应当提交下列材料：\n（一）项目申请书；\n（二）实施方案。\n第二节　项目实施\n"
        "第三条　项目实施主体应当按照批准的方案组织实施。\n第三章　附　　则\n第四条　本办法自印发之日起施行。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "kind": "measures",
            "levels": [
                (1, "chapter", 1),
                (2, "article", 1),
                (1, "chapter", 2),
                (2, "section", 1),
                (3, "article", 2),
                (4, "cn-paren", 1),
                (4, "cn-paren", 2),
                (2, "section", 2),
                (3, "article", 3),
                (1, "chapter", 3),
                (2, "article", 4),
            ],
            "titles": ["总则", None, "项目管理", "项目申报", None, None, "实施方案", "项目实施", None, "附则", None],
            "gap": False,
        },
    )


def test_a_whole_work_points_text_of_ideograph_headings_unmarked_groups_and_arabic_tasks() -> None:
    doc = checked(
        "某区2025年城市管理工作要点\n2025年是城市管理提质增效年。\n一、总体要求\n以精细化管理为主线。\n二、重点任务\n"
        "市容整治\n1.整治背街小巷一百条。\n2.拆除违法建设十万平方米。\n环境卫生\n3.新建公厕二十座。\n三、保障措施\n"
        "加强考核。\n某区城市管理局\n2025年2月10日"
    )
    two = doc.sections[1]
    same(
        {
            "pre": pre(doc),
            "two": paragraphs(two),
            "tasks": [(s.marker, s.title, paragraphs(s)) for s in two.sections],
            "last": last(doc),
            "signed": signed(doc),
        },
        {
            "pre": ["2025年是城市管理提质增效年。"],
            "two": ["市容整治"],
            "tasks": [
                ("1.", "整治背街小巷一百条", []),
                ("2.", "拆除违法建设十万平方米", ["环境卫生"]),
                ("3.", "新建公厕二十座", []),
            ],
            "last": ["加强考核。"],
            "signed": (("某区城市管理局",), "2025-02-10"),
        },
    )


def test_a_whole_reply_to_two_proposals_with_question_titles_and_a_plan() -> None:
    doc = checked(
        MULTI
        + "一、关于停车难的问题\n（一）工作进展。今年新建停车位一千个。\n（二）下一步打算。下一步，将推行错时共享停车。\n"
        "二、关于充电桩为何建设缓慢？\n主要是电力增容审批周期长。\n下步，将会同供电企业简化流程。\n特此答复。" + TAIL
    )
    one = doc.sections[0]
    same(
        {
            "titles": titles(doc),
            "one": [phases(s) for s in one.sections],
            "two": (paragraphs(doc.sections[1]), phases(doc.sections[1])),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "titles": ["关于停车难的问题", "工作进展", "下一步打算", None],
            "one": [[None], ["plan"]],
            "two": (
                ["关于充电桩为何建设缓慢？", "主要是电力增容审批周期长。", "下步，将会同供电企业简化流程。"],
                ["progress", "progress", "plan"],
            ),
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_whole_plan_of_run_in_headings_with_members_and_restarting_points() -> None:
    doc = checked(
        "某区老旧小区改造实施方案\n一、改造内容。分为基础类和完善类。\n（一）基础类。1.供水管网更新；2.供电线路改造。\n"
        "（二）完善类。首先，加装电梯；其次，新建停车位。\n二、保障措施。一是加强组织领导；二是强化资金保障。"
    )
    one = doc.sections[0]
    same(
        {
            "tree": tree(doc),
            "paras": [paragraphs(s) for s in one.sections],
            "items": [all_items(s) for s in one.sections] + [all_items(doc.sections[1])],
        },
        {
            "tree": [
                (1, "cn", "一、", "改造内容"),
                (2, "cn-paren", "（一）", "基础类"),
                (2, "cn-paren", "（二）", "完善类"),
                (1, "cn", "二、", "保障措施"),
            ],
            "paras": [["1.供水管网更新；2.供电线路改造。"], ["首先，加装电梯；其次，新建停车位。"]],
            "items": [
                [[]],
                [[(1, "首先", "加装电梯"), (2, "其次", "新建停车位")]],
                [[(1, "一是", "加强组织领导"), (2, "二是", "强化资金保障")]],
            ],
        },
    )


def test_a_whole_long_reply_in_one_paragraph_then_thanks_and_a_signature() -> None:
    text = (
        "关于您提出的加快老旧小区改造的建议，我局高度重视，近年来从三个方面推进：（一）完善政策，出台改造实施意见；"
        "（二）加大投入，三年累计投入资金三十亿元；（三）强化监管，建立质量终身责任制。目前全市已改造小区三百个，"
        "惠及居民十万户。"
    )
    doc = body(text + "\n感谢您对城市更新工作的关心和支持！")
    same(
        {"sections": len(doc.sections), "pre": pre(doc)[1:], "closing": closing(doc), "signed": signed(doc)},
        {"sections": 0, "pre": [text], "closing": "感谢您对城市更新工作的关心和支持！", "signed": SIGNED},
    )


def test_a_whole_notice_of_odd_markers_and_its_attachment_list() -> None:
    doc = checked(
        "某区住房和城乡建设局关于做好2025年老旧小区改造工作的通知\n各街道办事处：\n现就有关事项通知如下：\n"
        "一．明确改造任务\n(一)改造范围\n2000年前建成的小区。\n(二)改造内容\n1)基础类\n2)完善类\n"
        "二．压实工作责任\n各街道是改造工作的责任主体。\n附件：1.改造小区清单\n2.改造标准\n某区住房和城乡建设局\n2025年4月1日"
    )
    same(
        {
            "levels": levels(doc),
            "markers": [s.marker for s in doc.iter_sections()],
            "attachments": doc.attachments,
            "signed": signed(doc),
            "last": last(doc),
        },
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (2, "cn-paren", 2),
                (3, "num-paren", 1),
                (3, "num-paren", 2),
                (1, "cn", 2),
            ],
            "markers": ["一．", "(一)", "(二)", "1)", "2)", "二．"],
            "attachments": ("改造小区清单", "改造标准"),
            "signed": (("某区住房和城乡建设局",), "2025-04-01"),
            "last": ["各街道是改造工作的责任主体。"],
        },
    )


# Batch 15 (written before any run): more marker spellings, spaces and half-width stops


def test_arabic_markers_with_a_space_before_a_full_width_stop() -> None:
    doc = body("1 ．关于停车设施\n新建停车位一千个。\n2 ．关于充电设施\n新建充电桩五百个。")
    same(
        {"tree": unspaced(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "num", "1．", "关于停车设施"), (1, "num", "2．", "关于充电设施")],
            "paras": [["新建停车位一千个。"], ["新建充电桩五百个。"]],
        },
    )


def test_paren_digits_with_spaces_on_either_side_and_mismatched_brackets() -> None:
    doc = body("一、关于改造内容\n（ 1）供水管网\n更换十公里。\n(2 ）燃气管道\n更换八公里。\n(一）补充说明\n另行通知。")
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [(1, "cn", 1), (2, "num-paren", 1), (2, "num-paren", 2), (2, "cn-paren", 1)],
            "titles": ["关于改造内容", "供水管网", "燃气管道", "补充说明"],
        },
    )


def test_full_width_digits_with_a_closing_bracket_alone() -> None:
    doc = body("一、关于改造内容\n１）供水管网\n更换十公里。\n２）燃气管道\n更换八公里。")
    same(
        {"levels": levels(doc), "titles": titles(doc), "subs": subs(doc.sections[0])},
        {
            "levels": [(1, "cn", 1), (2, "num-paren", 1), (2, "num-paren", 2)],
            "titles": ["关于改造内容", "供水管网", "燃气管道"],
            "subs": [["更换十公里。"], ["更换八公里。"]],
        },
    )


def test_five_ranks_with_digits_and_a_closing_bracket_alone_under_paren_digits() -> None:
    doc = body(
        "一、关于改造内容\n（一）基础类\n1.供水\n（1）管网\n1）主管网\n更换五公里。\n2）支管网\n更换五公里。\n（2）水箱\n清洗水箱百个。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (5, "num-paren", 1),
                (5, "num-paren", 2),
                (4, "num-paren", 2),
            ],
            "gap": False,
        },
    )


def test_a_space_after_a_full_width_arabic_stop_before_the_title() -> None:
    doc = body("1． 关于停车设施\n新建停车位一千个。\n2． 关于充电设施\n新建充电桩五百个。")
    same(
        {"titles": titles(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {"titles": ["关于停车设施", "关于充电设施"], "paras": [["新建停车位一千个。"], ["新建充电桩五百个。"]]},
    )


def test_a_paren_heading_closed_by_a_colon_on_its_own_line() -> None:
    doc = body("一、关于改造工作\n（一）主要做法：\n入户征求意见。\n（二）取得成效：\n居民满意度提高。")
    same(
        {"titles": titles(doc), "subs": subs(doc.sections[0])},
        {"titles": ["关于改造工作", "主要做法", "取得成效"], "subs": [["入户征求意见。"], ["居民满意度提高。"]]},
    )


def test_run_in_headings_set_off_by_a_half_width_colon() -> None:
    doc = body("一、关于改造目标\n（一）工作目标:到2027年基本完成改造。\n（二）实施步骤:分三年实施。")
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {"titles": ["工作目标", "实施步骤"], "subs": [["到2027年基本完成改造。"], ["分三年实施。"]]},
    )


def test_points_closed_by_a_half_width_semicolon_or_question_mark_have_no_title() -> None:
    doc = body("一、关于保障措施\n（一）加强组织领导;\n（二）资金从哪里来?\n（三）严格督查考核。")
    sub = doc.sections[0].sections
    same(
        {"titles": [s.title for s in sub], "paras": [paragraphs(s) for s in sub]},
        {
            "titles": [None, None, "严格督查考核"],
            "paras": [["加强组织领导;"], ["资金从哪里来?"], []],
        },
    )


# Batch 16 (written before any run): more outlines: 第一篇, 第1章, a part's marker alone, chapters over 一、


def test_a_part_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = checked(
        "某区城市更新工作方案\n第一部分\n总体要求\n一、工作目标\n完成改造项目二十个。\n第二部分\n主要任务\n一、改造老旧小区\n"
        "改造小区十个。"
    )
    same(
        {"tree": tree(doc), "parts": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [
                (1, "part", "第一部分", "总体要求"),
                (2, "cn", "一、", "工作目标"),
                (1, "part", "第二部分", "主要任务"),
                (2, "cn", "一、", "改造老旧小区"),
            ],
            "parts": [[], []],
        },
    )


def test_chapters_and_articles_numbered_in_digits() -> None:
    doc = checked(
        "某市公共停车场管理办法\n第1章　总则\n第1条　为加强公共停车场管理，制定本办法。\n第2条　本办法适用于本市。\n"
        "第2章　附则\n第3条　本办法自印发之日起施行。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "chapter", 1), (2, "article", 1), (2, "article", 2), (1, "chapter", 2), (2, "article", 3)],
            "titles": ["总则", None, None, "附则", None],
            "gap": False,
        },
    )


def test_books_over_chapters_over_sections_of_an_outline() -> None:
    doc = checked(
        "某市国民经济和社会发展第十五个五年规划纲要\n第一篇　开启新征程\n第一章　发展基础\n第一节　主要成就\n"
        "经济总量突破万亿元。\n第二节　发展环境\n机遇与挑战并存。\n第二章　总体要求\n坚持稳中求进。\n第二篇　建设现代化产业体系\n"
        "第三章　做强制造业\n制造业增加值占比保持稳定。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "part", 1),
                (2, "chapter", 1),
                (3, "section", 1),
                (3, "section", 2),
                (2, "chapter", 2),
                (1, "part", 2),
                (2, "chapter", 3),
            ],
            "titles": [
                "开启新征程",
                "发展基础",
                "主要成就",
                "发展环境",
                "总体要求",
                "建设现代化产业体系",
                "做强制造业",
            ],
            "gap": False,
        },
    )


def test_chapters_of_a_plan_over_ideograph_and_paren_headings() -> None:
    doc = checked(
        "某县城乡融合发展规划\n第一章　发展基础\n一、主要成效\n（一）城镇建设\n城镇化率达百分之六十。\n二、存在问题\n"
        "要素流动不畅。\n第二章　主要任务\n一、推进城乡规划一体化\n统筹编制规划。"
    )
    same(
        {"tree": tree(doc), "last": last(doc)},
        {
            "tree": [
                (1, "chapter", "第一章", "发展基础"),
                (2, "cn", "一、", "主要成效"),
                (3, "cn-paren", "（一）", "城镇建设"),
                (2, "cn", "二、", "存在问题"),
                (1, "chapter", "第二章", "主要任务"),
                (2, "cn", "一、", "推进城乡规划一体化"),
            ],
            "last": ["统筹编制规划。"],
        },
    )


def test_a_section_of_a_report_straight_over_paren_headings() -> None:
    doc = checked(
        "某区城市更新工作情况报告\n第一节　基本情况\n（一）改造进展\n已改造小区五十个。\n（二）资金使用\n已使用资金三亿元。\n"
        "第二节　下步打算\n下步，将加快改造进度。"
    )
    same(
        {"levels": levels(doc), "phases": phases(doc.sections[1]), "titles": titles(doc)},
        {
            "levels": [(1, "section", 1), (2, "cn-paren", 1), (2, "cn-paren", 2), (1, "section", 2)],
            "phases": ["plan"],
            "titles": ["基本情况", "改造进展", "资金使用", "下步打算"],
        },
    )


def test_bold_ideograph_headings_and_a_bold_run_in_paren_heading() -> None:
    doc = checked(
        "某区城市更新工作方案\n**一、总体要求**\n坚持规划引领。\n**二、重点任务**\n**（一）改造老旧小区。**今年改造小区十个。"
    )
    same(
        {"tree": tree(doc), "sub": subs(doc.sections[1])},
        {
            "tree": [
                (1, "cn", "一、", "总体要求"),
                (1, "cn", "二、", "重点任务"),
                (2, "cn-paren", "（一）", "改造老旧小区"),
            ],
            "sub": [["今年改造小区十个。"]],
        },
    )


def test_members_over_paragraphs_and_a_plan_in_one_paren_section_under_a_preamble() -> None:
    doc = body(
        "一、关于改造推进\n（一）推进措施\n一是成立专班。\n专班每周调度。\n二是建立台账。\n下一步，将实行挂图作战。\n"
        "（二）资金保障\n安排资金五亿元。"
    )
    sub = doc.sections[0].sections[0]
    same(
        {"items": all_items(sub), "phases": phases(sub), "two": phases(doc.sections[0].sections[1])},
        {
            "items": [[(1, "一是", "成立专班")], [], [(2, "二是", "建立台账")], []],
            "phases": ["progress", "progress", "progress", "plan"],
            "two": [None],
        },
    )


def test_a_plan_whose_parts_hold_arabic_tasks_directly() -> None:
    doc = checked(
        "某区2025年城市管理工作计划\n第一部分　市容管理\n1.整治背街小巷一百条。\n2.规范户外广告。\n第二部分　环境卫生\n"
        "1.新建公厕二十座。\n2.推进垃圾分类。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "part", 1), (2, "num", 1), (2, "num", 2), (1, "part", 2), (2, "num", 1), (2, "num", 2)],
            "titles": ["市容管理", "整治背街小巷一百条", "规范户外广告", "环境卫生", "新建公厕二十座", "推进垃圾分类"],
            "gap": False,
        },
    )


# Batch 17 (written after cause 1's fix, before running it): numbering on across top headings, colon run-ins
# holding members, a list after the 落款 without a label, report phrases opening paragraphs


def test_arabic_points_numbered_on_across_top_headings() -> None:
    doc = body(
        "一、关于停车设施\n1.新建车位\n新建一千个。\n2.共享车位\n开放三百个。\n二、关于充电设施\n3.新建充电桩\n新建五百个。"
    )
    same(
        {
            "under": [[(s.marker, s.ordinal) for s in top.sections] for top in doc.sections],
            "gap": gap(doc),
            "last": last(doc),
        },
        {"under": [[("1.", 1), ("2.", 2)], [("3.", 3)]], "gap": False, "last": ["新建五百个。"]},
    )


def test_a_run_in_paren_heading_closed_by_a_colon_over_members() -> None:
    doc = body("一、关于推进机制\n（一）加强组织领导：一是成立专班；二是明确责任。")
    sub = doc.sections[0].sections[0]
    same(
        {"title": sub.title, "paras": paragraphs(sub), "items": all_items(sub)},
        {
            "title": "加强组织领导",
            "paras": ["一是成立专班；二是明确责任。"],
            "items": [[(1, "一是", "成立专班"), (2, "二是", "明确责任")]],
        },
    )


def test_paren_digit_points_after_the_signature_without_an_attachment_label_stay_in_the_body() -> None:
    doc = checked(
        HEAD
        + "一、关于改造计划\n今年改造小区五十个。\n某市住房和城乡建设局\n2025年9月18日\n改造小区清单\n（1）东城小区\n（2）西城小区"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "signed": signed(doc), "attachments": doc.attachments},
        {
            "tree": [
                (1, "cn", "一、", "关于改造计划"),
                (2, "num-paren", "（1）", "东城小区"),
                (2, "num-paren", "（2）", "西城小区"),
            ],
            "one": ["今年改造小区五十个。", "改造小区清单"],
            "signed": SIGNED,
            "attachments": (),
        },
    )


def test_report_phrases_opening_paragraphs_under_one_heading() -> None:
    doc = body(
        "一、关于加装电梯\n工作开展情况：已加装电梯一百部。\n存在的问题：部分居民意见不一。\n下步工作打算：推行一楼一策。"
    )
    same({"phases": phases(doc.sections[0])}, {"phases": ["progress", "progress", "plan"]})


def test_report_phrases_opening_paragraphs_without_a_plan_give_no_phase() -> None:
    doc = body("一、关于加装电梯\n工作开展情况：已加装电梯一百部。\n存在的问题：部分居民意见不一。")
    same({"phases": phases(doc.sections[0])}, {"phases": [None, None]})


def test_run_in_arabic_headings_about_a_question_closed_by_a_colon() -> None:
    doc = body("1.关于停车难的问题：今年新建停车位一千个。\n2.关于充电难的问题：今年新建充电桩五百个。")
    same(
        {"titles": titles(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "titles": ["关于停车难的问题", "关于充电难的问题"],
            "paras": [["今年新建停车位一千个。"], ["今年新建充电桩五百个。"]],
        },
    )


def test_a_reply_to_three_proposals_titled_with_their_numbers_and_bracketed_subjects() -> None:
    doc = checked(
        "关于市政协十四届四次会议第12号、第15号、第23号提案的答复\n张某委员、李某委员、王某委员：\n"
        "您们提出的三件提案收悉，现一并答复如下：\n一、第12号提案（关于停车设施）\n新建停车位一千个。\n"
        "二、第15号提案（关于充电设施）\n新建充电桩五百个。\n三、第23号提案（关于加装电梯）\n加装电梯一百部。" + TAIL
    )
    same(
        {"titles": titles(doc), "signed": signed(doc), "last": last(doc)},
        {
            "titles": ["第12号提案（关于停车设施）", "第15号提案（关于充电设施）", "第23号提案（关于加装电梯）"],
            "signed": SIGNED,
            "last": ["加装电梯一百部。"],
        },
    )


def test_a_feature_box_named_on_one_line_and_titled_on_the_next() -> None:
    doc = checked(
        "某区城市更新规划\n一、完善城市功能\n补齐设施短板。\n专栏1\n城市功能完善工程\n新建停车位一万个。\n二、提升城市品质\n"
        "推进城市设计。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "完善城市功能"), (1, "cn", "二、", "提升城市品质")],
            "one": ["补齐设施短板。", "专栏1", "城市功能完善工程", "新建停车位一万个。"],
        },
    )


# Batch 18 (written after cause 1's fix, before running it): full-width and spaced digits, 第一条 with points
# and sub-points, members of other families inside run-in headings, signatures on one line


def test_full_width_digits_in_paren_and_pause_forms_at_two_ranks() -> None:
    doc = body(
        "１、关于停车设施\n（１）新建车位\n新建一千个。\n（２）共享车位\n开放三百个。\n２、关于充电设施\n新建充电桩五百个。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [(1, "num", 1), (2, "num-paren", 1), (2, "num-paren", 2), (1, "num", 2)],
            "titles": ["关于停车设施", "新建车位", "共享车位", "关于充电设施"],
        },
    )


def test_an_article_with_paren_points_and_arabic_sub_points() -> None:
    doc = checked(
        "某市城市更新项目管理办法\n第一章　项目申报\n第一条　申报项目应当提交下列材料：\n（一）项目申请书，包括：\n"
        "1.项目基本情况；\n2.资金筹措方案。\n（二）实施方案。\n第二条　材料不全的，不予受理。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [
                (1, "chapter", 1),
                (2, "article", 1),
                (3, "cn-paren", 1),
                (4, "num", 1),
                (4, "num", 2),
                (3, "cn-paren", 2),
                (2, "article", 2),
            ],
            # my reading at first look had None for （一） and 2.: the contract drops a final ： or 。 of a line
            # without other stops, so both lines are titles (round 17's `（三）计划生育特殊家庭老人。` alike)
            "titles": ["项目申报", None, "项目申请书，包括", None, "资金筹措方案", "实施方案", None],
        },
    )


def test_on_the_one_hand_members_in_a_run_in_heading_paragraph() -> None:
    doc = body("一、关于资金保障\n（一）拓宽资金渠道。一方面，争取中央资金；另一方面，发行专项债券。")
    sub = doc.sections[0].sections[0]
    same(
        {"title": sub.title, "items": all_items(sub)},
        {"title": "拓宽资金渠道", "items": [[(1, "一方面", "争取中央资金"), (2, "另一方面", "发行专项债券")]]},
    )


def test_a_sequence_chain_in_a_run_in_top_heading_paragraph() -> None:
    doc = body("一、关于改造步骤。首先，摸清底数；其次，制定方案；再次，组织实施；最后，开展验收。")
    same(
        {"title": doc.sections[0].title, "items": all_items(doc.sections[0])},
        {
            "title": "关于改造步骤",
            "items": [
                [(1, "首先", "摸清底数"), (2, "其次", "制定方案"), (3, "再次", "组织实施"), (4, "最后", "开展验收")]
            ],
        },
    )


def test_a_signature_of_organ_and_date_on_one_line_right_after_the_last_point() -> None:
    doc = checked(
        HEAD
        + "1.关于停车设施\n新建停车位一千个。\n2.关于充电设施\n新建充电桩五百个。\n某市住房和城乡建设局　2025年9月18日"
    )
    same({"last": last(doc), "signed": signed(doc)}, {"last": ["新建充电桩五百个。"], "signed": SIGNED})


def test_members_of_one_run_parted_by_a_sub_heading_restart_under_it() -> None:
    doc = body("一、关于推进机制\n（一）组织保障\n一是成立专班。\n（二）资金保障\n一是争取中央资金；二是发行债券。")
    same(
        {"items": [all_items(s) for s in doc.sections[0].sections]},
        {"items": [[[]], [[(1, "一是", "争取中央资金"), (2, "二是", "发行债券")]]]},
    )


def test_a_top_heading_closed_by_an_exclamation_mark_has_no_title() -> None:
    doc = body("一、城市更新必须以人民为中心！\n改造前充分征求居民意见。\n二、关于资金保障\n安排资金五亿元。")
    same(
        {"titles": titles(doc), "one": paragraphs(doc.sections[0])},
        {"titles": [None, "关于资金保障"], "one": ["城市更新必须以人民为中心！", "改造前充分征求居民意见。"]},
    )


def test_a_plan_opener_in_a_run_in_paren_heading_paragraph() -> None:
    doc = body("一、关于加装电梯\n（一）进展情况。已加装电梯一百部。\n（二）下步打算。下步，将推行一楼一策。")
    same({"phases": [phases(s) for s in doc.sections[0].sections]}, {"phases": [[None], ["plan"]]})


# Batch 19 (written after cause 1's fix, before running it): one-line replies, title-only last points,
# markers alone on their line in a 办法, members after a colon or in bold


def test_a_reply_in_one_line_closed_by_the_formula_at_its_end() -> None:
    text = "经研究，现答复如下：（一）新建停车位一千个；（二）新建充电桩五百个。下一步，我局将继续推进。"
    doc = body(text + "特此答复。")
    same(
        {"sections": len(doc.sections), "pre": pre(doc)[1:], "closing": closing(doc), "signed": signed(doc)},
        {"sections": 0, "pre": [text], "closing": "特此答复。", "signed": SIGNED},
    )


def test_a_signature_right_after_a_title_only_last_point() -> None:
    doc = body("1.关于停车设施\n新建停车位一千个。\n2.加强宣传引导")
    same(
        {"tree": tree(doc), "last": last(doc), "signed": signed(doc)},
        {"tree": [(1, "num", "1.", "关于停车设施"), (1, "num", "2.", "加强宣传引导")], "last": [], "signed": SIGNED},
    )


def test_a_chapter_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = checked(
        "某市公共停车场管理办法\n第一章\n总则\n第一条　为加强停车场管理，制定本办法。\n第二章\n附则\n第二条　本办法自印发之日起施行。"
    )
    same(
        {"tree": tree(doc)},
        {
            "tree": [
                (1, "chapter", "第一章", "总则"),
                (2, "article", "第一条", None),
                (1, "chapter", "第二章", "附则"),
                (2, "article", "第二条", None),
            ]
        },
    )


def test_an_article_marker_alone_on_its_line_over_its_sentence_has_no_title() -> None:
    doc = checked("某市公共停车场管理办法\n第一条\n为规范停车场管理，制定本办法。\n第二条\n本办法适用于本市。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "article", "第一条", None), (1, "article", "第二条", None)],
            "paras": [["为规范停车场管理，制定本办法。"], ["本办法适用于本市。"]],
        },
    )


def test_members_after_a_colon_in_the_middle_of_a_paragraph() -> None:
    doc = body("一、关于推进机制\n为推进改造工作，我局采取了以下措施：一是成立专班；二是建立台账。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "成立专班"), (2, "二是", "建立台账")]]},
    )


def test_members_whose_leads_are_in_bold() -> None:
    doc = body("一、关于推进机制\n一是**成立专班**，统筹推进改造；二是**建立台账**，实行销号管理。")
    same(
        {"items": all_items(doc.sections[0]), "paras": paragraphs(doc.sections[0])},
        {
            "items": [[(1, "一是", "成立专班"), (2, "二是", "建立台账")]],
            "paras": ["一是成立专班，统筹推进改造；二是建立台账，实行销号管理。"],
        },
    )


def test_next_step_in_the_work_and_for_a_period_from_now_open_plans() -> None:
    doc = body(
        "一、关于停车设施\n已新建车位一千个。\n下一步工作中，将新建车位两千个。\n二、关于充电设施\n已建成充电桩五百个。\n"
        "今后一个时期，将实现小区全覆盖。"
    )
    same({"phases": [phases(s) for s in doc.sections]}, {"phases": [["progress", "plan"], ["progress", "plan"]]})


def test_members_in_preamble_paragraphs_of_a_reply_without_headings() -> None:
    doc = body("一是新建停车位一千个。\n二是开放机关车位三百个。\n三是推行错时共享停车。")
    same(
        {"sections": len(doc.sections), "items": pre_items(doc)},
        {
            "sections": 0,
            "items": [
                [],
                [(1, "一是", "新建停车位一千个")],
                [(2, "二是", "开放机关车位三百个")],
                [(3, "三是", "推行错时共享停车")],
            ],
        },
    )


# Batch 20 (written after cause 1's fix, before running it): longer outlines and lists of many points


def test_twelve_paren_points_under_one_heading_count_past_ten() -> None:
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    lines = "".join(f"（{n}）第{n}项任务\n完成。\n" for n in nums)
    doc = body("一、关于重点任务\n" + lines.rstrip("\n"))
    subs_ = doc.sections[0].sections
    same(
        {"ordinals": [s.ordinal for s in subs_], "last": (subs_[-1].marker, subs_[-1].title), "gap": gap(doc)},
        {"ordinals": list(range(1, 13)), "last": ("（十二）", "第十二项任务"), "gap": False},
    )


def test_a_plan_of_three_parts_each_restarting_ideograph_headings_with_paren_headings() -> None:
    parts = []
    for p, name in (("一", "总体要求"), ("二", "重点任务"), ("三", "保障措施")):
        parts.append(
            f"第{p}部分　{name}\n一、{name}之一\n（一）要点甲\n内容甲。\n（二）要点乙\n内容乙。\n二、{name}之二\n内容丙。"
        )
    doc = checked("某市城市更新三年行动计划\n" + "\n".join(parts))
    same(
        {"levels": [s.level for s in doc.iter_sections()], "n": len(doc.iter_sections()), "gap": gap(doc)},
        {"levels": [1, 2, 3, 3, 2] * 3, "n": 15, "gap": False},
    )


def test_a_work_points_text_with_unmarked_headings_closed_by_a_colon_and_dashed_lines() -> None:
    doc = checked(
        "某区2025年城市管理工作要点\n重点任务：\n——整治背街小巷一百条；\n——新建公厕二十座。\n保障措施：\n——加强考核督查。"
    )
    same(
        {"sections": len(doc.sections), "pre": pre(doc)},
        {
            "sections": 0,
            "pre": ["重点任务：", "——整治背街小巷一百条；", "——新建公厕二十座。", "保障措施：", "——加强考核督查。"],
        },
    )


def test_paren_digit_points_inline_after_an_arabic_heading_closed_by_a_colon() -> None:
    doc = body("1.主要措施：\n（1）成立专班；（2）建立台账。\n2.取得成效\n改造小区五十个。")
    same(
        {"tree": tree(doc), "sub": subs(doc.sections[0])},
        {
            "tree": [
                (1, "num", "1.", "主要措施"),
                (2, "num-paren", "（1）", None),
                (1, "num", "2.", "取得成效"),
            ],
            "sub": [["成立专班；（2）建立台账。"]],
        },
    )


def test_members_with_pause_marks_after_qi_yi() -> None:
    doc = body("一、关于质量管理\n其一、严格材料检验；其二、落实监理责任。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "其一", "严格材料检验"), (2, "其二", "落实监理责任")]]},
    )


def test_a_reply_of_arabic_points_with_a_contact_line_before_the_signature() -> None:
    doc = checked(
        HEAD
        + "1.关于停车设施\n新建停车位一千个。\n2.关于充电设施\n新建充电桩五百个。\n联系人：刘某，联系电话：0571-12345678\n"
        "某市住房和城乡建设局\n2025年9月18日"
    )
    same(
        {"last": last(doc), "signed": signed(doc), "contact": None if doc.contact is None else doc.contact.name},
        {"last": ["新建充电桩五百个。"], "signed": SIGNED, "contact": "刘某"},
    )


def test_a_section_of_sections_in_a_report_restarting_arabic_points() -> None:
    doc = checked(
        "某区城市更新工作情况报告\n第一节　工作进展\n1.改造小区五十个。\n2.加装电梯一百部。\n第二节　存在问题\n"
        "1.资金缺口较大。\n2.居民意见不一。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "section", 1),
                (2, "num", 1),
                (2, "num", 2),
                (1, "section", 2),
                (2, "num", 1),
                (2, "num", 2),
            ],
            "gap": False,
        },
    )


def test_a_whole_reply_to_two_proposals_numbered_only_in_arabic_with_members_and_a_plan() -> None:
    doc = checked(
        MULTI + "1.关于第12号提案\n一是新建停车位一千个；二是开放机关车位三百个。\n下一步，将推行错时共享停车。\n"
        "2.关于第15号提案\n新建充电桩五百个。\n感谢您们的关心和支持！" + TAIL
    )
    same(
        {
            "titles": titles(doc),
            "items": all_items(doc.sections[0]),
            "phases": [phases(s) for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "titles": ["关于第12号提案", "关于第15号提案"],
            "items": [[(1, "一是", "新建停车位一千个"), (2, "二是", "开放机关车位三百个")], []],
            "phases": [["progress", "plan"], [None]],
            "closing": "感谢您们的关心和支持！",
            "signed": SIGNED,
        },
    )


# Batch 21 (written after the first landing, before running it): Arabic numbers spaced inside word
# markers (第 1 章), spaced stops, lists run on after the answer's turn


def test_chapters_and_articles_with_spaced_arabic_numbers() -> None:
    doc = checked(
        "某市公共停车场管理办法\n第 1 章　总则\n第 1 条　为加强停车场管理，制定本办法。\n第 2 条　本办法适用于本市。\n"
        "第 2 章　附则\n第 3 条　本办法自印发之日起施行。"
    )
    same(
        {"tree": unspaced(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "chapter", "第1章", "总则"),
                (2, "article", "第1条", None),
                (2, "article", "第2条", None),
                (1, "chapter", "第2章", "附则"),
                (2, "article", "第3条", None),
            ],
            "gap": False,
        },
    )


def test_parts_with_spaced_arabic_numbers_over_ideograph_headings() -> None:
    doc = checked(
        "某区城市更新工作方案\n第 1 部分　总体要求\n一、工作目标\n完成改造项目二十个。\n第 2 部分　主要任务\n一、改造老旧小区\n"
        "改造小区十个。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [(1, "part", 1), (2, "cn", 1), (1, "part", 2), (2, "cn", 1)],
            "titles": ["总体要求", "工作目标", "主要任务", "改造老旧小区"],
        },
    )


def test_sections_of_a_report_with_spaced_arabic_numbers() -> None:
    doc = checked("某区城市更新工作情况报告\n第 1 节　工作进展\n已改造小区五十个。\n第 2 节　存在问题\n资金缺口较大。")
    same(
        {"levels": levels(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {"levels": [(1, "section", 1), (1, "section", 2)], "paras": [["已改造小区五十个。"], ["资金缺口较大。"]]},
    )


def test_half_width_paren_ideographs_with_spaces_inside() -> None:
    doc = body("一、关于改造内容\n( 一 )基础类\n改造水电气路。\n( 二 )完善类\n加装电梯。")
    same(
        {"levels": levels(doc), "titles": titles(doc), "subs": subs(doc.sections[0])},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2)],
            "titles": ["关于改造内容", "基础类", "完善类"],
            "subs": [["改造水电气路。"], ["加装电梯。"]],
        },
    )


def test_arabic_markers_with_spaces_on_both_sides_of_a_half_width_stop() -> None:
    doc = body("1 . 关于停车设施\n新建停车位一千个。\n2 . 关于充电设施\n新建充电桩五百个。")
    same(
        {"levels": levels(doc), "titles": titles(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "levels": [(1, "num", 1), (1, "num", 2)],
            "titles": ["关于停车设施", "关于充电设施"],
            "paras": [["新建停车位一千个。"], ["新建充电桩五百个。"]],
        },
    )


def test_ordinal_members_run_on_after_the_answers_turn_stay_on_its_line() -> None:
    line = "您提出的提案收悉，现答复如下：第一，新建停车位一千个；第二，开放机关车位三百个。"
    doc = checked(HEAD.replace("您提出的关于加快城市更新的提案收悉，现答复如下：\n", "") + line + TAIL)
    same(
        {"sections": len(doc.sections), "pre": pre(doc), "items": pre_items(doc)},
        {
            "sections": 0,
            "pre": [line],
            "items": [[(1, "第一", "新建停车位一千个"), (2, "第二", "开放机关车位三百个")]],
        },
    )


def test_an_inline_circled_list_after_the_answers_turn_stays_on_its_line() -> None:
    line = "您提出的提案收悉，现答复如下：①新建停车位一千个；②开放机关车位三百个；③推行错时共享停车。"
    doc = checked(HEAD.replace("您提出的关于加快城市更新的提案收悉，现答复如下：\n", "") + line + TAIL)
    same({"sections": len(doc.sections), "pre": pre(doc)}, {"sections": 0, "pre": [line]})


def test_an_arabic_first_heading_run_onto_the_answers_turn_opens_the_answer() -> None:
    doc = checked(
        HEAD.replace("现答复如下：\n", "现答复如下：")
        + "1.关于停车设施\n新建停车位一千个。\n2.关于充电设施\n新建充电桩五百个。"
        + TAIL
    )
    same(
        {"pre": pre(doc), "tree": tree(doc)},
        {
            "pre": ["您提出的关于加快城市更新的提案收悉，现答复如下："],
            "tree": [(1, "num", "1.", "关于停车设施"), (1, "num", "2.", "关于充电设施")],
        },
    )


# Batch 22 (written after the first landing, before running it): plans whose tasks carry 牵头单位, 责任单位
# and 完成时限 lines, up to the document's end


def test_tasks_each_followed_by_a_lead_unit_line() -> None:
    doc = checked(
        "某区2025年城市更新工作计划\n1.完成老旧小区改造二十个。\n牵头单位：区住房和城乡建设局\n2.新建停车位一千个。\n"
        "牵头单位：区城市管理局"
    )
    same(
        {"paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc), "contact": doc.contact},
        {
            "paras": [["牵头单位：区住房和城乡建设局"], ["牵头单位：区城市管理局"]],
            "signed": None,
            "contact": None,
        },
    )


def test_a_plan_ending_on_a_deadline_line_has_no_signature() -> None:
    doc = checked("某区2025年城市更新工作计划\n一、完成老旧小区改造\n年内改造小区二十个。\n完成时限：2025年12月31日")
    same(
        {"last": last(doc), "signed": signed(doc), "warnings": codes(doc)},
        # my reading at first look had no warning: the README's `field-missing` names a document without its
        # 落款, whatever its kind
        {"last": ["年内改造小区二十个。", "完成时限：2025年12月31日"], "signed": None, "warnings": ["field-missing"]},
    )


def test_tasks_with_lead_and_responsible_units_on_one_line() -> None:
    doc = checked(
        "某区2025年城市更新工作方案\n（一）推进老旧小区改造。年内改造小区二十个。\n"
        "牵头单位：区住房和城乡建设局；责任单位：各街道办事处\n（二）推进停车设施建设。年内新建车位一千个。\n"
        "牵头单位：区城市管理局；责任单位：区交通运输局"
    )
    same(
        {"titles": titles(doc), "paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "titles": ["推进老旧小区改造", "推进停车设施建设"],
            "paras": [
                ["年内改造小区二十个。", "牵头单位：区住房和城乡建设局；责任单位：各街道办事处"],
                ["年内新建车位一千个。", "牵头单位：区城市管理局；责任单位：区交通运输局"],
            ],
            "signed": None,
        },
    )


def test_a_task_with_a_deadline_line_then_the_plans_signature() -> None:
    doc = checked(
        "某区2025年城市更新工作计划\n1.完成老旧小区改造二十个。\n完成时限：2025年12月底前\n2.新建停车位一千个。\n"
        "完成时限：2025年10月底前\n某区城市更新工作领导小组办公室\n2025年3月1日"
    )
    same(
        {"paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "paras": [["完成时限：2025年12月底前"], ["完成时限：2025年10月底前"]],
            "signed": (("某区城市更新工作领导小组办公室",), "2025-03-01"),
        },
    )


def test_a_responsible_unit_line_closing_a_reply_section_before_the_signature() -> None:
    doc = body("一、关于停车设施\n年内新建停车位一千个。\n责任单位：市城市管理局")
    same(
        {"last": last(doc), "signed": signed(doc), "contact": doc.contact},
        {"last": ["年内新建停车位一千个。", "责任单位：市城市管理局"], "signed": SIGNED, "contact": None},
    )


def test_a_work_points_text_whose_tasks_end_with_bracketed_lead_units() -> None:
    doc = checked(
        "某区2025年城市管理工作要点\n一、整治背街小巷一百条。（区城市管理局牵头）\n二、新建公厕二十座。（区城市管理局、各街道负责）"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "整治背街小巷一百条"), (1, "cn", "二、", "新建公厕二十座")],
            "paras": [["（区城市管理局牵头）"], ["（区城市管理局、各街道负责）"]],
            "signed": None,
        },
    )


def test_a_plan_whose_last_task_names_its_unit_on_a_line_of_its_own() -> None:
    doc = checked("某区2025年城市更新工作计划\n1.完成老旧小区改造二十个。\n2.新建停车位一千个。\n区城市管理局")
    same(
        {"paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        # my reading at first look made the line a 落款 without its date; a unit's name under a task is as
        # likely the task's (the test's own name says so) and the contract does not tell them apart: the
        # parser keeps it in the body, which drops nothing and invents no signature
        {"paras": [[], ["区城市管理局"]], "signed": None},
    )


def test_a_schedule_of_phases_with_dates_under_a_plans_last_heading() -> None:
    doc = checked(
        "某区老旧小区改造实施方案\n一、改造内容\n改造水电气路。\n二、实施步骤\n（一）动员部署阶段（2025年3月）\n"
        "制定方案。\n（二）组织实施阶段（2025年4月至11月）\n全面施工。\n（三）验收总结阶段（2025年12月）\n组织验收。"
    )
    same(
        {"titles": titles(doc), "last": last(doc), "signed": signed(doc)},
        {
            "titles": [
                "改造内容",
                "实施步骤",
                "动员部署阶段（2025年3月）",
                "组织实施阶段（2025年4月至11月）",
                "验收总结阶段（2025年12月）",
            ],
            "last": ["组织验收。"],
            "signed": None,
        },
    )


# Batch 23 (written while the second gate ran, before running it): headings past 30 characters on their
# own line, colon-ended headings, asides after titles, phase words in run-in titles

LONG_A = "全面推进城镇老旧小区改造和完整社区建设工作切实提升居民生活品质和幸福感"  # 35, no stop
LONG_B = "加快构建布局合理设施完善管理规范服务优质的城市停车和充电基础设施体系"  # 34, no stop
LONG_C = "关于进一步加强城镇老旧小区改造项目全过程质量安全监管和竣工验收工作的主要做法"  # 38


def test_paren_headings_past_thirty_characters_without_a_stop_keep_the_whole_line_as_title() -> None:
    assert (len(LONG_A), len(LONG_B)) == (35, 34)
    doc = body(f"一、关于城市更新\n（一）{LONG_A}\n今年改造小区五十个。\n（二）{LONG_B}\n今年新建车位一千个。")
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {"titles": [LONG_A, LONG_B], "subs": [["今年改造小区五十个。"], ["今年新建车位一千个。"]]},
    )


def test_a_heading_past_thirty_characters_closed_by_a_colon_keeps_its_title() -> None:
    assert len(LONG_C) == 38
    doc = body(f"一、{LONG_C}：\n一是建立质量终身责任制；二是推行第三方验收。")
    same(
        {"titles": titles(doc), "items": all_items(doc.sections[0])},
        {"titles": [LONG_C], "items": [[(1, "一是", "建立质量终身责任制"), (2, "二是", "推行第三方验收")]]},
    )


def test_paren_headings_with_a_dated_aside_after_the_title() -> None:
    doc = body(
        "一、关于改造计划\n（一）已完成项目（2024年）\n改造小区三十个。\n（二）计划实施项目（2025年）\n改造小区五十个。"
    )
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {
            "titles": ["已完成项目（2024年）", "计划实施项目（2025年）"],
            "subs": [["改造小区三十个。"], ["改造小区五十个。"]],
        },
    )


def test_a_run_in_next_step_title_closed_by_a_colon_leaves_its_text_without_a_phase() -> None:
    doc = body("一、关于加装电梯\n（一）工作进展：已加装电梯一百部。\n（二）下一步打算：继续推行一楼一策。")
    same(
        {"titles": titles(doc), "phases": [phases(s) for s in doc.sections[0].sections]},
        {"titles": ["关于加装电梯", "工作进展", "下一步打算"], "phases": [[None], [None]]},
    )


def test_a_long_question_on_its_own_line_has_no_title() -> None:
    question = "为什么部分老旧小区改造后仍然存在停车难和充电难的问题呢"
    doc = body(f"一、{question}？\n主要是小区空间有限。\n二、关于下步打算\n推行错时共享停车。")
    same(
        {"titles": titles(doc), "one": paragraphs(doc.sections[0])},
        {"titles": [None, "关于下步打算"], "one": [f"{question}？", "主要是小区空间有限。"]},
    )


def test_an_arabic_heading_closed_by_a_colon_over_members_on_the_next_line() -> None:
    doc = body("1.主要措施：\n一是成立专班；二是建立台账。\n2.取得成效：\n改造小区五十个。")
    same(
        {"titles": titles(doc), "items": all_items(doc.sections[0]), "two": paragraphs(doc.sections[1])},
        {
            "titles": ["主要措施", "取得成效"],
            "items": [[(1, "一是", "成立专班"), (2, "二是", "建立台账")]],
            "two": ["改造小区五十个。"],
        },
    )


def test_a_run_in_title_followed_by_a_next_step_paragraph_on_the_same_line() -> None:
    doc = body("一、关于停车设施\n（一）加快建设。下一步，将新建停车位两千个。\n（二）强化管理。已开展专项整治。")
    same(
        {"titles": titles(doc), "phases": [phases(s) for s in doc.sections[0].sections]},
        {"titles": ["关于停车设施", "加快建设", "强化管理"], "phases": [["plan"], [None]]},
    )


def test_members_whose_marker_and_lead_stand_in_one_bold_run() -> None:
    doc = body("一、关于推进机制\n**一是成立专班。**专班由分管副区长任组长。**二是建立台账。**实行销号管理。")
    same(
        {"items": all_items(doc.sections[0]), "paras": paragraphs(doc.sections[0])},
        {
            "items": [[(1, "一是", "成立专班"), (2, "二是", "建立台账")]],
            "paras": ["一是成立专班。专班由分管副区长任组长。二是建立台账。实行销号管理。"],
        },
    )


# Batch 24 (written after the second landing, before running it): plans and 工作要点 whose first line under
# the title is an unmarked heading, a year span, a draft note or a purpose sentence


def test_an_unmarked_heading_without_a_colon_under_a_work_points_title() -> None:
    doc = checked("某区2025年城市管理工作要点\n总体要求\n巩固创建成果，提升管理水平。\n重点任务\n整治背街小巷一百条。")
    same(
        {"title": doc.header.title, "recipients": doc.header.recipients, "pre": pre(doc)},
        {
            "title": "某区2025年城市管理工作要点",
            "recipients": (),
            "pre": ["总体要求", "巩固创建成果，提升管理水平。", "重点任务", "整治背街小巷一百条。"],
        },
    )


def test_a_year_span_under_a_plans_title_is_part_of_it() -> None:
    doc = checked("某区城市更新三年行动计划\n（2025—2027年）\n一、工作目标\n三年改造小区九十个。")
    same(
        {"title": doc.header.title, "pre": pre(doc), "titles": titles(doc)},
        {"title": "某区城市更新三年行动计划（2025—2027年）", "pre": [], "titles": ["工作目标"]},
    )


def test_a_guiding_thought_heading_with_a_colon_under_a_plans_title_opens_the_body() -> None:
    doc = checked("某区城市更新实施方案\n指导思想：\n坚持以人民为中心的发展思想。\n一、工作目标\n年内改造小区二十个。")
    same(
        {"recipients": doc.header.recipients, "pre": pre(doc), "titles": titles(doc)},
        {"recipients": (), "pre": ["指导思想：", "坚持以人民为中心的发展思想。"], "titles": ["工作目标"]},
    )


def test_a_purpose_sentence_under_a_plans_title_opens_its_preamble() -> None:
    doc = checked(
        "某区城市更新实施方案\n为加快推进城市更新，结合我区实际，制定本方案。\n一、工作目标\n年内改造小区二十个。"
    )
    same(
        {"title": doc.header.title, "pre": pre(doc), "tree": tree(doc)},
        {
            "title": "某区城市更新实施方案",
            "pre": ["为加快推进城市更新，结合我区实际，制定本方案。"],
            "tree": [(1, "cn", "一、", "工作目标")],
        },
    )


def test_an_organization_heading_with_a_colon_under_a_plans_title_opens_the_body() -> None:
    doc = checked("某区城市更新实施方案\n组织领导：\n成立城市更新工作领导小组。\n一、工作目标\n年内改造小区二十个。")
    same(
        {"recipients": doc.header.recipients, "pre": pre(doc)},
        {"recipients": (), "pre": ["组织领导：", "成立城市更新工作领导小组。"]},
    )


def test_a_rules_text_opening_on_an_unmarked_general_provisions_line() -> None:
    doc = checked("某区物业服务管理细则\n总则\n第一条　为规范物业服务，制定本细则。\n第二条　本细则适用于本区。")
    same(
        {"title": doc.header.title, "pre": pre(doc), "tree": tree(doc)},
        {
            "title": "某区物业服务管理细则",
            "pre": ["总则"],
            "tree": [(1, "article", "第一条", None), (1, "article", "第二条", None)],
        },
    )


def test_a_notice_issuing_work_points_keeps_its_addressee() -> None:
    doc = checked(
        "某区人民政府办公室关于印发某区2025年城市管理工作要点的通知\n各街道办事处，区政府各部门：\n"
        "现将《某区2025年城市管理工作要点》印发给你们，请认真贯彻落实。\n某区人民政府办公室\n2025年2月10日"
    )
    same(
        {"kind": doc.kind, "recipients": doc.header.recipients, "signed": signed(doc)},
        {
            "kind": "notice",
            "recipients": ("各街道办事处", "区政府各部门"),
            "signed": (("某区人民政府办公室",), "2025-02-10"),
        },
    )


def test_a_plans_first_task_heading_in_bold_under_its_title() -> None:
    doc = checked("某区2025年城市更新工作计划\n**重点任务：**\n1.改造小区二十个。\n2.新建车位一千个。")
    same(
        {"recipients": doc.header.recipients, "pre": pre(doc), "titles": titles(doc)},
        {"recipients": (), "pre": ["重点任务："], "titles": ["改造小区二十个", "新建车位一千个"]},
    )


# Batch 25 (written after the second landing, before running it): title-only headings, run-in parts,
# bracketed article captions, boxes restarting their numbers


def test_title_only_top_headings_one_straight_over_the_next() -> None:
    doc = checked(
        "某区城市更新实施方案\n一、总体要求\n二、重点任务\n（一）改造老旧小区\n改造小区二十个。\n三、保障措施\n加强组织领导。"
    )
    same(
        {"tree": tree(doc), "one": (paragraphs(doc.sections[0]), len(doc.sections[0].sections))},
        {
            "tree": [
                (1, "cn", "一、", "总体要求"),
                (1, "cn", "二、", "重点任务"),
                (2, "cn-paren", "（一）", "改造老旧小区"),
                (1, "cn", "三、", "保障措施"),
            ],
            "one": ([], 0),
        },
    )


def test_a_part_heading_run_into_its_first_sentence() -> None:
    doc = checked(
        "某区城市更新实施方案\n第一部分　总体要求。坚持规划引领，统筹推进。\n一、工作目标\n年内改造小区二十个。"
    )
    same(
        {"tree": tree(doc), "part": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "part", "第一部分", "总体要求"), (2, "cn", "一、", "工作目标")],
            "part": ["坚持规划引领，统筹推进。"],
        },
    )


def test_articles_with_a_bracketed_caption_before_their_text_have_no_title() -> None:
    doc = checked(
        "某市公共停车场管理办法\n第一条　【立法目的】为加强公共停车场管理，制定本办法。\n第二条　【适用范围】本办法适用于本市。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "article", "第一条", None), (1, "article", "第二条", None)],
            "paras": [["【立法目的】为加强公共停车场管理，制定本办法。"], ["【适用范围】本办法适用于本市。"]],
        },
    )


def test_a_paren_point_run_in_by_a_colon_before_a_long_sentence() -> None:
    doc = body("一、关于资金保障\n（一）关于资金：市财政安排资金五亿元，区财政安排资金三亿元，社会资本投入两亿元。")
    sub = doc.sections[0].sections[0]
    same(
        {"title": sub.title, "paras": paragraphs(sub)},
        {"title": "关于资金", "paras": ["市财政安排资金五亿元，区财政安排资金三亿元，社会资本投入两亿元。"]},
    )


def test_boxes_in_two_sections_each_numbering_their_projects_from_one() -> None:
    doc = checked(
        "某区城市更新规划\n一、完善城市功能\n专栏1　功能完善工程\n1.停车设施：新建车位一万个。\n2.体育设施：新建公园五个。\n"
        "二、提升城市品质\n专栏2　品质提升工程\n1.街区更新：更新街区十个。\n2.绿化提升：新建绿道二十公里。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc), "two": paragraphs(doc.sections[1])},
        {
            "levels": [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (1, "cn", 2), (2, "num", 1), (2, "num", 2)],
            "gap": False,
            "two": ["专栏2　品质提升工程"],
        },
    )


def test_a_signature_right_after_a_title_only_paren_heading_under_the_last_top_heading() -> None:
    doc = body("一、关于停车设施\n新建停车位一千个。\n二、关于充电设施\n（一）新建充电桩五百个")
    same(
        {"tree": tree(doc), "signed": signed(doc), "last": last(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于停车设施"),
                (1, "cn", "二、", "关于充电设施"),
                (2, "cn-paren", "（一）", "新建充电桩五百个"),
            ],
            "signed": SIGNED,
            "last": [],
        },
    )


def test_members_in_the_preamble_then_numbered_sections() -> None:
    doc = body(
        "我局高度重视，一是召开专题会议研究；二是赴现场调研。具体办理情况如下：\n一、关于停车设施\n新建停车位一千个。"
    )
    same(
        {"pre": pre_items(doc), "tree": tree(doc)},
        {
            "pre": [[], [(1, "一是", "召开专题会议研究"), (2, "二是", "赴现场调研")]],
            "tree": [(1, "cn", "一、", "关于停车设施")],
        },
    )


def test_a_chapter_run_into_its_first_sentence_over_articles() -> None:
    doc = checked(
        "某市公共停车场管理办法\n第一章　总则。本章规定停车场管理的基本原则。\n第一条　为加强停车场管理，制定本办法。"
    )
    same(
        {"tree": tree(doc), "chapter": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "chapter", "第一章", "总则"), (2, "article", "第一条", None)],
            "chapter": ["本章规定停车场管理的基本原则。"],
        },
    )
