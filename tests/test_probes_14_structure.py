"""Fourteenth round of structure probes: short documents written as an outside tester would.

Shapes earlier rounds covered (read before writing, so this round varies them): round 3 levels
that skip or restart, one style at two depths, runs across paragraphs, plan openers; round 4
parts, repeated markers, spaced markers (一 、, （ 一 ）), circled points, hard wraps, pipe tables;
round 5 levels skipped to the third family, mixed widths; round 6 one-use families, closings after
a point, joint signatures; round 7 ranks out of order, numbers cited in sentences; round 8 restarts
two ranks up, reports named 工作开展情况/存在的问题/下步打算; round 9 a reply opening at （一）, runs
after a colon, three co-signing organs; round 10 dots and commas after ideographs (一. 一，), ⑴、,
其一/一方面 in sub-sections, a repeated top number; round 11 five ranks deep, titles wrapped, runs
past a table, full-width （１）; round 12 marker punctuation, １．, ⒈, pipe tables, two organs,
flattened 落款; round 13 six ranks, look-alikes (1.5亿元, 一、二、三级), headings closed by ：/。, run-in
separators, member runs split and broken, phases at several ranks, signatures of three organs, 26
and 28 sections, one-paragraph bodies.

This round weights what they tried least: marker spellings (全角 １、 and （１）, half-width (1), 1)
and 1．, 一. and 一， as top markers, ⑴ ⒈ under one another, （一） written (一), 〔一〕 or 【一】, spaces
inside 1 、 and ( 1 ), one family written two ways), 第一部分/第一章/第一节 over 一、, run-in headings
(（一）加强组织领导。全市…, Markdown bold, colon, a lead past 30 characters), sections whose first
paragraph is a table or a list, 一是，/一是：/一是要/1是 runs, 一要, 第一，…第二， across paragraphs and
inside a run-in heading's text, 首先/其次/再次/最后 mixed with 一是, members whose lead ends with ：,
其一/其二 in a quote, phases as headings with and without 工作 words and as bold openers (下步工作打算,
今后工作方向, 存在的困难和问题, 下一步工作考虑), numbering faults (a gap, a repeat, a number out of order,
a marker of the wrong family in a run), signatures placed oddly (after an 附件 line, before 特此函复,
contact above the organ, an organ wrapped, a 〇 date wrapped after 年, pushed right, a table), closing
variants at a paragraph's end and on their own, three-line replies, and 30+ points.

Every expected value was written from the contract, the domain guide and the README before the
parser was run on the batch (each batch was committed first); every document also keeps the span
invariants and invents no character. Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch (causes: tests/test_struct14_causes.py):
- batch 1 (full-width and half-width Arabic forms, 一. and 一， at the top, ⑴ under ⒈): 8/8, 21/21
- batch 2 ((一), 〔一〕, 【一】, spaces inside markers, one family written two ways): 5/8, 13/20 (cause 1:
  〔一〕 and 【一】 were no markers)
- batch 3 (第一部分/第一章/第一节 over 一、, measures of chapters and articles): 8/8, 22/22
- batch 4 (run-in headings after a stop, a colon, in bold; a lead past 30 characters): 8/8, 17/17
- batch 5 (sections opening with a table, a list, members, sequence words): 8/8, 21/21
- batch 6 (一是，/一是：/一是要/1是/一要, a lead line ending on ：): 7/8, 10/11 (the miss my reading: a lead
  keeps its colon by the contract and rounds 11, 12)
- batch 7 (第一， across paragraphs and after a run-in title, 首先…最后, 其一 in a quote): 7/8, 12/13 (the miss
  my reading: the project reads points quoted from another text as no members)
- batch 8 (phases as headings, bold openers, 今后工作方向, 下一步工作考虑): 8/8, 18/18
- batch 9 (a gap, a repeat, a number out of order, a marker of the wrong family): 8/8, 20/20
- batch 10 (signatures after an 附件 line, before the formula, under a contact, wrapped, pushed right, in a
  table): 6/8, 19/25 (cause 2: a 〇 date wrapped after 年; the pipe table 落款: cause 5, one date under each
  organ in a table's row; the probe's copy without a delimiter row stays a strict xfail)
- batch 11 (closing variants on their own and at a paragraph's end): 7/8, 17/19 (cause 3: 以上答复如有不妥…
  at the end of the last paragraph stayed body)
- batch 12 (three-line replies; 32, 31, 33 and 35 points): 8/8, 36/36
- batch 13 (marker spellings mixed over several ranks): 6/8, 14/18 (cause 1 again; cause 4: 一， headings run
  in with their text were refused)
- batch 14 (member runs broken, nested, out of order): 8/8, 10/10
- batch 15 (a 批复, a notice, an opinion, a plan, a 答复函, a 通报, two replies): 8/8, 29/29
- batch 16 (bold leads, run-in ①, 1) at the top, year titles, plan headings over members): 8/8, 15/15
- batch 17 (written after the landing: chapters four deep, 〔一〕 under a part, members after a 一， run-in
  title, thanks and an invitation in one paragraph, a sealed organ over a cut 〇 date, a repeated 一、): 8/8, 18/18
Totals of batches 1-16: 128 documents, 118 whole at first look; 315 checks, 294 at first look. Five causes fixed, two misses
my reading, one strict xfail (a 落款 in `|` rows without a delimiter row). Cause 2 also covers what its fix
showed: a digit year alone over its month and day (`2025年` ⏎ `7月15日`) was dropped as a site's date chrome.
"""

from __future__ import annotations

from typing import Any

import pytest

import govdoc
from tests.probing import checked, closing, codes, items, ordinals, paragraphs, phases, signed, tree

HEAD = (
    "关于市十七届人大三次会议第128号建议的答复\n王某代表：\n您提出的关于加强农村生活污水治理的建议收悉，现答复如下：\n"
)
TAIL = "\n某市生态环境局\n2025年7月15日"
SIGNED = (("某市生态环境局",), "2025-07-15")


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


def unspaced(doc: govdoc.Document) -> list[tuple[int, str, str, str | None]]:
    """The tree with spaces taken out of the markers: a layout space inside a marker may leave the text."""
    return [(lv, st, m.replace(" ", "").replace("\u3000", ""), t) for lv, st, m, t in tree(doc)]


def all_items(section: govdoc.Section) -> list[list[tuple[int, str, str]]]:
    return [items(p) for p in section.paragraphs]


# Batch 1 (written before any run): marker spellings, full-width and half-width Arabic forms


def test_full_width_digits_with_a_pause_mark_under_a_top_heading() -> None:
    doc = body(
        "一、关于治理设施\n１、集中式设施\n建成三十座。\n２、分散式设施\n建成一千二百套。\n二、关于运维管理\n委托第三方运维。"
    )
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections], "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于治理设施"),
                (2, "num", "１、", "集中式设施"),
                (2, "num", "２、", "分散式设施"),
                (1, "cn", "二、", "关于运维管理"),
            ],
            "subs": [["建成三十座。"], ["建成一千二百套。"]],
            "gap": False,
        },
    )


def test_half_width_paren_numbers_under_arabic_points() -> None:
    doc = body(
        "一、关于资金保障\n1.市级资金\n(1)建设补助\n每村补助五十万元。\n(2)运维补助\n每村每年两万元。\n"
        "2.县级资金\n配套资金落实到位。"
    )
    same(
        {"tree": tree(doc), "last": paragraphs(doc.sections[0].sections[1]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于资金保障"),
                (2, "num", "1.", "市级资金"),
                (3, "num-paren", "(1)", "建设补助"),
                (3, "num-paren", "(2)", "运维补助"),
                (2, "num", "2.", "县级资金"),
            ],
            "last": ["配套资金落实到位。"],
            "gap": False,
        },
    )


def test_numbers_with_a_closing_bracket_alone_under_a_top_heading() -> None:
    doc = body(
        "一、关于水质监测\n1)监测频次\n每季度监测一次。\n2)监测指标\n化学需氧量、氨氮、总磷。\n"
        "二、关于信息公开\n监测结果按季度公开。"
    )
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于水质监测"),
                (2, "num-paren", "1)", "监测频次"),
                (2, "num-paren", "2)", "监测指标"),
                (1, "cn", "二、", "关于信息公开"),
            ],
            "subs": [["每季度监测一次。"], ["化学需氧量、氨氮、总磷。"]],
        },
    )


def test_half_width_digits_with_a_full_width_dot_as_the_top_family() -> None:
    doc = body(
        "1．关于设施建设\n建成设施三十座。\n2．关于运行维护\n运行率达百分之九十五。\n3．关于资金投入\n累计投入一点二亿元。"
    )
    same(
        {"tree": tree(doc), "last": paragraphs(doc.sections[2]), "signed": signed(doc)},
        {
            "tree": [
                (1, "num", "1．", "关于设施建设"),
                (1, "num", "2．", "关于运行维护"),
                (1, "num", "3．", "关于资金投入"),
            ],
            "last": ["累计投入一点二亿元。"],
            "signed": SIGNED,
        },
    )


def test_ideographs_with_a_half_width_dot_as_top_markers_over_phase_titles() -> None:
    doc = body(
        "一.工作进展\n已完成治理村庄一百二十个。\n二.存在问题\n部分设施运行不稳定。\n三.下步打算\n下步，我局将开展设施提升行动。"
    )
    same(
        {"tree": tree(doc), "phases": [phases(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一.", "工作进展"), (1, "cn", "二.", "存在问题"), (1, "cn", "三.", "下步打算")],
            "phases": [[None], [None], ["plan"]],
        },
    )


def test_ideographs_with_a_full_width_comma_as_top_markers() -> None:
    doc = body("一，关于设施建设\n全市新建设施三十座。\n二，关于运行管护\n建立县级运维平台。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一，", "关于设施建设"), (1, "cn", "二，", "关于运行管护")],
            "paras": [["全市新建设施三十座。"], ["建立县级运维平台。"]],
        },
    )


def test_paren_number_glyphs_under_full_stop_number_glyphs() -> None:
    doc = body(
        "一、关于治理模式\n⒈纳管模式\n⑴城郊村\n接入城镇管网。\n⑵中心村\n就近建设站点。\n⒉资源化利用模式\n适用于山区村。"
    )
    same(
        {
            "levels": levels(doc),
            "markers": [s.marker for s in doc.iter_sections()],
            "last": paragraphs(doc.sections[0].sections[1]),
        },
        {
            "levels": [(1, "cn", 1), (2, "num", 1), (3, "num-paren", 1), (3, "num-paren", 2), (2, "num", 2)],
            "markers": ["一、", "⒈", "⑴", "⑵", "⒉"],
            "last": ["适用于山区村。"],
        },
    )


def test_full_width_paren_digits_under_a_paren_ideograph() -> None:
    doc = body(
        "一、关于设施运维\n（一）运维主体\n（１）县级平台\n统一调度。\n（２）乡镇站所\n日常巡查。\n（二）运维经费\n纳入财政预算。"
    )
    same(
        {"tree": tree(doc), "two": paragraphs(doc.sections[0].sections[1]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于设施运维"),
                (2, "cn-paren", "（一）", "运维主体"),
                (3, "num-paren", "（１）", "县级平台"),
                (3, "num-paren", "（２）", "乡镇站所"),
                (2, "cn-paren", "（二）", "运维经费"),
            ],
            "two": ["纳入财政预算。"],
            "gap": False,
        },
    )


# Batch 2 (written before any run): （一） written otherwise, spaces inside markers


def test_paren_ideographs_in_half_width_brackets() -> None:
    doc = body("一、关于排放标准\n(一)标准执行\n执行省地方标准。\n(二)标准修订\n明年启动修订。")
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于排放标准"),
                (2, "cn-paren", "(一)", "标准执行"),
                (2, "cn-paren", "(二)", "标准修订"),
            ],
            "subs": [["执行省地方标准。"], ["明年启动修订。"]],
        },
    )


def test_ideographs_in_tortoise_shell_brackets_as_sub_headings() -> None:
    doc = body(
        "一、关于治理进展\n〔一〕设施建设\n建成设施三十座。\n〔二〕管网配套\n铺设管网八十公里。\n"
        "二、关于下步工作\n下一步，将加快扫尾。"
    )
    same(
        {
            "tree": tree(doc),
            "subs": [paragraphs(s) for s in doc.sections[0].sections],
            "phases": phases(doc.sections[1]),
        },
        {
            "tree": [
                (1, "cn", "一、", "关于治理进展"),
                (2, "cn-paren", "〔一〕", "设施建设"),
                (2, "cn-paren", "〔二〕", "管网配套"),
                (1, "cn", "二、", "关于下步工作"),
            ],
            "subs": [["建成设施三十座。"], ["铺设管网八十公里。"]],
            "phases": ["plan"],
        },
    )


def test_ideographs_in_black_lenticular_brackets_as_sub_headings() -> None:
    doc = body("一、关于资金保障\n【一】中央资金\n争取中央资金八千万元。\n【二】地方资金\n市县两级配套一亿元。")
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections], "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于资金保障"),
                (2, "cn-paren", "【一】", "中央资金"),
                (2, "cn-paren", "【二】", "地方资金"),
            ],
            "subs": [["争取中央资金八千万元。"], ["市县两级配套一亿元。"]],
            "gap": False,
        },
    )


def test_spaces_inside_top_and_paren_markers_at_two_ranks() -> None:
    doc = body(
        "一 、关于规划编制\n（ 一 ）编制范围\n覆盖全市行政村。\n（ 二 ）编制进度\n年底前完成。\n二 、关于项目实施\n分三年实施。"
    )
    same(
        {"tree": unspaced(doc), "last": paragraphs(doc.sections[1])},
        {
            "tree": [
                (1, "cn", "一、", "关于规划编制"),
                (2, "cn-paren", "（一）", "编制范围"),
                (2, "cn-paren", "（二）", "编制进度"),
                (1, "cn", "二、", "关于项目实施"),
            ],
            "last": ["分三年实施。"],
        },
    )


def test_spaces_inside_half_width_paren_numbers() -> None:
    doc = body("一、关于监管执法\n( 1 )执法检查\n检查设施一百座。\n( 2 )问题整改\n整改问题二十个。")
    same(
        {
            "levels": levels(doc),
            "titles": [s.title for s in doc.iter_sections()],
            "subs": [paragraphs(s) for s in doc.sections[0].sections],
        },
        {
            "levels": [(1, "cn", 1), (2, "num-paren", 1), (2, "num-paren", 2)],
            "titles": ["关于监管执法", "执法检查", "问题整改"],
            "subs": [["检查设施一百座。"], ["整改问题二十个。"]],
        },
    )


def test_a_space_before_the_pause_mark_of_an_arabic_point() -> None:
    doc = body("一、关于宣传引导\n1 、入户宣传\n发放资料一万份。\n2 、媒体宣传\n刊发稿件三十篇。")
    same(
        {"levels": levels(doc), "titles": [s.title for s in doc.iter_sections()]},
        {"levels": [(1, "cn", 1), (2, "num", 1), (2, "num", 2)], "titles": ["关于宣传引导", "入户宣传", "媒体宣传"]},
    )


def test_one_paren_family_written_in_tortoise_shell_then_round_brackets() -> None:
    doc = body("一、关于农户参与\n〔一〕参与方式\n投工投劳。\n（二）参与成效\n农户满意度达百分之九十。")
    same(
        {"levels": levels(doc), "titles": [s.title for s in doc.iter_sections()], "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2)],
            "titles": ["关于农户参与", "参与方式", "参与成效"],
            "gap": False,
        },
    )


def test_bracketed_labels_holding_a_numeral_word_open_no_heading() -> None:
    doc = body(
        "一、关于典型经验\n【经验一】某村采用人工湿地模式。\n【经验二】某镇推行按户收费。\n二、关于推广计划\n明年推广至全市。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "关于典型经验"), (1, "cn", "二、", "关于推广计划")],
            "one": ["【经验一】某村采用人工湿地模式。", "【经验二】某镇推行按户收费。"],
        },
    )


# Batch 3 (written before any run): parts, chapters and sections above 一、


def test_parts_over_ideograph_headings_restarting_in_each_part() -> None:
    doc = body(
        "第一部分 工作进展\n一、设施建设\n建成设施三十座。\n二、运行管理\n运行率百分之九十五。\n"
        "第二部分 下步打算\n一、提升设施效能\n下一步，开展提标改造。"
    )
    same(
        {"tree": tree(doc), "gap": gap(doc), "plan": phases(doc.sections[1].sections[0])},
        {
            "tree": [
                (1, "part", "第一部分", "工作进展"),
                (2, "cn", "一、", "设施建设"),
                (2, "cn", "二、", "运行管理"),
                (1, "part", "第二部分", "下步打算"),
                (2, "cn", "一、", "提升设施效能"),
            ],
            "gap": False,
            "plan": ["plan"],
        },
    )


def test_chapters_over_ideograph_headings_in_a_reply() -> None:
    doc = body(
        "第一章 总体情况\n一、治理成效\n治理率达百分之六十。\n二、主要问题\n运维资金不足。\n"
        "第二章 工作措施\n一、加大投入\n市财政每年安排一亿元。"
    )
    same(
        {"tree": tree(doc), "gap": gap(doc), "last": paragraphs(doc.sections[1].sections[0])},
        {
            "tree": [
                (1, "chapter", "第一章", "总体情况"),
                (2, "cn", "一、", "治理成效"),
                (2, "cn", "二、", "主要问题"),
                (1, "chapter", "第二章", "工作措施"),
                (2, "cn", "一、", "加大投入"),
            ],
            "gap": False,
            "last": ["市财政每年安排一亿元。"],
        },
    )


def test_sections_of_a_text_over_ideograph_headings_without_chapters() -> None:
    doc = body(
        "第一节 设施建设\n一、集中式设施\n建成三十座。\n二、分散式设施\n建成一千套。\n"
        "第二节 运行维护\n一、运维机制\n实行专业化运维。"
    )
    same(
        {"levels": levels(doc), "titles": [s.title for s in doc.iter_sections()], "gap": gap(doc)},
        {
            "levels": [(1, "section", 1), (2, "cn", 1), (2, "cn", 2), (1, "section", 2), (2, "cn", 1)],
            "titles": ["设施建设", "集中式设施", "分散式设施", "运行维护", "运维机制"],
            "gap": False,
        },
    )


def test_parts_set_off_by_colons_the_first_without_sub_headings() -> None:
    doc = body(
        "第一部分：基本情况\n全市共有行政村一千二百个。\n第二部分：办理情况\n一、关于资金\n已安排资金两亿元。\n"
        "二、关于技术\n推广生态处理技术。"
    )
    same(
        {
            "levels": levels(doc),
            "titles": [s.title for s in doc.iter_sections()],
            "first": paragraphs(doc.sections[0]),
        },
        {
            "levels": [(1, "part", 1), (1, "part", 2), (2, "cn", 1), (2, "cn", 2)],
            "titles": ["基本情况", "办理情况", "关于资金", "关于技术"],
            "first": ["全市共有行政村一千二百个。"],
        },
    )


def test_chapters_sections_and_ideograph_headings_three_deep_with_a_return_to_a_chapter() -> None:
    doc = body(
        "第一章 农村污水治理\n第一节 设施建设\n一、建设标准\n执行省标。\n二、建设进度\n年底完成。\n"
        "第二节 运行维护\n一、运维模式\n第三方运维。\n第二章 农村垃圾治理\n全面推行分类。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[1]), "gap": gap(doc)},
        {
            "levels": [
                (1, "chapter", 1),
                (2, "section", 1),
                (3, "cn", 1),
                (3, "cn", 2),
                (2, "section", 2),
                (3, "cn", 1),
                (1, "chapter", 2),
            ],
            "last": ["全面推行分类。"],
            "gap": False,
        },
    )


def test_a_part_whose_first_paragraph_is_a_run_of_members() -> None:
    doc = body(
        "第一部分 主要做法\n一是强化规划引领；二是加大资金投入；三是创新运维机制。\n第二部分 存在问题\n部分设施闲置。"
    )
    same(
        {"tree": tree(doc), "items": all_items(doc.sections[0])},
        {
            "tree": [(1, "part", "第一部分", "主要做法"), (1, "part", "第二部分", "存在问题")],
            "items": [[(1, "一是", "强化规划引领"), (2, "二是", "加大资金投入"), (3, "三是", "创新运维机制")]],
        },
    )


def test_parts_straight_over_paren_ideographs_and_a_plan_part() -> None:
    doc = body(
        "第一部分 工作开展情况\n（一）摸底排查\n排查村庄一千二百个。\n（二）分类治理\n确定治理模式三种。\n"
        "第二部分 下一步工作考虑\n下一步工作考虑是全面提升运维水平。"
    )
    same(
        {"tree": tree(doc), "plan": phases(doc.sections[1])},
        {
            "tree": [
                (1, "part", "第一部分", "工作开展情况"),
                (2, "cn-paren", "（一）", "摸底排查"),
                (2, "cn-paren", "（二）", "分类治理"),
                (1, "part", "第二部分", "下一步工作考虑"),
            ],
            "plan": ["plan"],
        },
    )


def test_measures_of_chapters_and_articles_with_paren_items() -> None:
    doc = checked(
        "某市农村生活污水治理设施运行管理办法\n第一章 总则\n第一条 为规范设施运行管理，制定本办法。\n"
        "第二条 本办法适用于本市行政区域。\n第二章 运行管理\n第三条 运维单位应当履行下列职责：\n（一）日常巡查；\n（二）设施维护。"
    )
    same(
        {"tree": tree(doc), "kind": doc.kind, "first": paragraphs(doc.sections[0].sections[0])},
        {
            "tree": [
                (1, "chapter", "第一章", "总则"),
                (2, "article", "第一条", None),
                (2, "article", "第二条", None),
                (1, "chapter", "第二章", "运行管理"),
                (2, "article", "第三条", None),
                (3, "cn-paren", "（一）", None),
                (3, "cn-paren", "（二）", "设施维护"),
            ],
            "kind": "measures",
            "first": ["为规范设施运行管理，制定本办法。"],
        },
    )


# Batch 4 (written before any run): run-in headings, a bold lead sentence and the text in one paragraph


def test_paren_headings_run_in_with_their_text_after_a_stop() -> None:
    doc = body(
        "一、关于工作措施\n（一）加强组织领导。全市成立农村污水治理工作专班，统筹推进治理工作。\n"
        "（二）强化资金保障。市财政安排专项资金两亿元。"
    )
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于工作措施"),
                (2, "cn-paren", "（一）", "加强组织领导"),
                (2, "cn-paren", "（二）", "强化资金保障"),
            ],
            "subs": [["全市成立农村污水治理工作专班，统筹推进治理工作。"], ["市财政安排专项资金两亿元。"]],
        },
    )


def test_paren_headings_run_in_in_markdown_bold() -> None:
    doc = body(
        "一、关于工作措施\n**（一）加强组织领导。**全市成立工作专班。\n**（二）强化资金保障。**市财政安排专项资金。"
    )
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于工作措施"),
                (2, "cn-paren", "（一）", "加强组织领导"),
                (2, "cn-paren", "（二）", "强化资金保障"),
            ],
            "subs": [["全市成立工作专班。"], ["市财政安排专项资金。"]],
        },
    )


def test_a_run_in_heading_set_off_by_a_colon_then_a_heading_alone() -> None:
    doc = body("一、关于资金\n（一）关于资金问题：市财政已安排资金一亿元。\n（二）关于技术问题\n已组建专家团队。")
    same(
        {"titles": [s.title for s in doc.iter_sections()], "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "titles": ["关于资金", "关于资金问题", "关于技术问题"],
            "subs": [["市财政已安排资金一亿元。"], ["已组建专家团队。"]],
        },
    )


def test_a_lead_sentence_past_thirty_characters_leaves_the_point_without_a_title() -> None:
    line = "进一步健全完善农村生活污水治理设施长效运行维护管理工作机制和考核办法。全市已出台考核细则。"
    doc = body("一、关于长效机制\n（一）" + line + "\n（二）强化监督。纳入河长制考核。")
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于长效机制"),
                (2, "cn-paren", "（一）", None),
                (2, "cn-paren", "（二）", "强化监督"),
            ],
            "subs": [[line], ["纳入河长制考核。"]],
        },
    )


def test_arabic_points_one_run_in_and_one_alone() -> None:
    doc = body("一、关于运维管理\n1.加强日常巡查。运维单位每周巡查一次。\n2.完善考核办法\n按季度考核运维单位。")
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于运维管理"),
                (2, "num", "1.", "加强日常巡查"),
                (2, "num", "2.", "完善考核办法"),
            ],
            "subs": [["运维单位每周巡查一次。"], ["按季度考核运维单位。"]],
        },
    )


def test_a_run_in_headings_text_holding_a_run_of_members() -> None:
    doc = body(
        "一、关于资金\n（一）拓宽资金渠道。一是争取上级资金；二是整合涉农资金；三是引导社会资本。\n（二）规范资金使用。严格资金监管。"
    )
    one = doc.sections[0].sections[0]
    same(
        {"title": one.title, "paras": paragraphs(one), "items": all_items(one)},
        {
            "title": "拓宽资金渠道",
            "paras": ["一是争取上级资金；二是整合涉农资金；三是引导社会资本。"],
            "items": [[(1, "一是", "争取上级资金"), (2, "二是", "整合涉农资金"), (3, "三是", "引导社会资本")]],
        },
    )


def test_top_headings_run_in_with_their_text() -> None:
    doc = body("一、坚持规划先行。全市编制完成县域治理专项规划。\n二、坚持因地制宜。根据村庄分布选择治理模式。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一、", "坚持规划先行"), (1, "cn", "二、", "坚持因地制宜")],
            "paras": [["全市编制完成县域治理专项规划。"], ["根据村庄分布选择治理模式。"]],
        },
    )


def test_a_run_in_heading_before_a_colon_whose_text_holds_semicolons() -> None:
    doc = body(
        "一、关于治理目标\n（一）目标任务：到2025年，治理率达到百分之六十；到2027年达到百分之七十。\n（二）实施步骤\n分三年实施。"
    )
    same(
        {"titles": [s.title for s in doc.iter_sections()], "first": paragraphs(doc.sections[0].sections[0])},
        {
            "titles": ["关于治理目标", "目标任务", "实施步骤"],
            "first": ["到2025年，治理率达到百分之六十；到2027年达到百分之七十。"],
        },
    )


# Batch 5 (written before any run): sections whose first paragraph is a table or a list


def test_a_section_opening_with_a_pipe_table_then_a_sentence() -> None:
    doc = body(
        "一、关于治理进度\n| 县区 | 治理村数 |\n|---|---|\n| 甲县 | 120 |\n| 乙县 | 95 |\n上述村庄均已完成验收。\n"
        "二、关于资金\n安排资金两亿元。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "rows": [list(t.rows) for t in one.tables], "paras": paragraphs(one)},
        {
            "tree": [(1, "cn", "一、", "关于治理进度"), (1, "cn", "二、", "关于资金")],
            "rows": [[("县区", "治理村数"), ("甲县", "120"), ("乙县", "95")]],
            "paras": ["上述村庄均已完成验收。"],
        },
    )


def test_a_sub_heading_over_a_list_of_circled_points_each_closed_by_a_semicolon() -> None:
    doc = body(
        "一、关于治理模式\n（一）主要模式\n①纳入城镇管网；\n②建设集中式设施；\n③建设分散式设施。\n（二）模式选择\n按村庄规模确定。"
    )
    same(
        {"tree": tree(doc), "points": [paragraphs(s) for s in doc.sections[0].sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于治理模式"),
                (2, "cn-paren", "（一）", "主要模式"),
                (3, "circled", "①", None),
                (3, "circled", "②", None),
                (3, "circled", "③", "建设分散式设施"),
                (2, "cn-paren", "（二）", "模式选择"),
            ],
            "points": [["纳入城镇管网；"], ["建设集中式设施；"], []],
        },
    )


def test_a_section_opening_with_members_one_per_line() -> None:
    doc = body(
        "一、关于运维机制\n一是建立县级运维平台；\n二是落实运维经费；\n三是加强运维考核。\n二、关于监督管理\n纳入河长制考核。"
    )
    same(
        {"items": all_items(doc.sections[0]), "two": paragraphs(doc.sections[1])},
        {
            "items": [[(1, "一是", "建立县级运维平台")], [(2, "二是", "落实运维经费")], [(3, "三是", "加强运维考核")]],
            "two": ["纳入河长制考核。"],
        },
    )


def test_a_table_right_under_a_heading_before_its_sub_headings() -> None:
    doc = body(
        "一、关于设施运行\n| 类型 | 数量 | 运行率 |\n|---|---|---|\n| 集中式 | 300 | 95% |\n"
        "（一）集中式设施\n运行总体平稳。\n（二）分散式设施\n部分设施需维修。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "rows": [len(t.rows) for t in one.tables], "paras": paragraphs(one)},
        {
            "tree": [
                (1, "cn", "一、", "关于设施运行"),
                (2, "cn-paren", "（一）", "集中式设施"),
                (2, "cn-paren", "（二）", "分散式设施"),
            ],
            "rows": [2],
            "paras": [],
        },
    )


def test_a_numbered_list_run_into_one_line_under_a_problems_heading() -> None:
    doc = body(
        "一、关于存在的困难和问题\n1.运维资金不足；2.专业人员缺乏；3.部分农户参与度不高。\n二、关于下步工作\n下一步，我局将逐项解决。"
    )
    same(
        {"tree": tree(doc), "point": paragraphs(doc.sections[0].sections[0]), "plan": phases(doc.sections[1])},
        {
            "tree": [
                (1, "cn", "一、", "关于存在的困难和问题"),
                (2, "num", "1.", None),
                (1, "cn", "二、", "关于下步工作"),
            ],
            "point": ["运维资金不足；2.专业人员缺乏；3.部分农户参与度不高。"],
            "plan": ["plan"],
        },
    )


def test_a_last_section_that_is_only_a_table_before_the_formula() -> None:
    doc = body(
        "一、关于资金安排\n| 项目 | 金额（万元） |\n|---|---|\n| 设施建设 | 12000 |\n| 运维补助 | 3000 |\n特此答复。"
    )
    one = doc.sections[0]
    same(
        {
            "rows": [list(t.rows) for t in one.tables],
            "paras": paragraphs(one),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "rows": [[("项目", "金额（万元）"), ("设施建设", "12000"), ("运维补助", "3000")]],
            "paras": [],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_section_opening_with_sequence_words_one_per_line() -> None:
    doc = body("一、关于技术路线\n首先，开展村庄分类；\n其次，确定治理模式；\n最后，组织设施建设。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "首先", "开展村庄分类")], [(2, "其次", "确定治理模式")], [(3, "最后", "组织设施建设")]]},
    )


def test_a_table_whose_rows_open_with_ideograph_markers_opens_no_section() -> None:
    doc = body(
        "一、关于任务清单\n| 序号 | 任务 | 进度 |\n|---|---|---|\n| 一、 | 设施建设 | 完成 |\n| 二、 | 管网配套 | 推进中 |\n"
        "二、关于考核\n纳入年度考核。"
    )
    same(
        {"tree": tree(doc), "rows": [len(t.rows) for t in doc.sections[0].tables], "gap": gap(doc)},
        {"tree": [(1, "cn", "一、", "关于任务清单"), (1, "cn", "二、", "关于考核")], "rows": [3], "gap": False},
    )


# Batch 6 (written before any run): 一是 runs written 一是，/一是：/一是要, 1是, 一要


def test_members_with_a_comma_after_the_marker() -> None:
    doc = body("一、关于工作措施\n一是，加强规划引领；二是，加大资金投入；三是，强化运维管理。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "加强规划引领"), (2, "二是", "加大资金投入"), (3, "三是", "强化运维管理")]]},
    )


def test_members_with_a_colon_after_the_marker() -> None:
    doc = body("一、关于工作措施\n一是：加强规划引领。二是：加大资金投入。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "加强规划引领"), (2, "二是", "加大资金投入")]]},
    )


def test_members_written_with_a_modal_after_the_marker_under_a_plan_opener() -> None:
    doc = body("一、关于下步工作\n下一步，一是要加快设施建设；二是要完善运维机制；三是要加强督查考核。")
    one = doc.sections[0]
    same(
        {"items": all_items(one), "phases": phases(one)},
        {
            "items": [[(1, "一是", "要加快设施建设"), (2, "二是", "要完善运维机制"), (3, "三是", "要加强督查考核")]],
            "phases": ["plan"],
        },
    )


def test_arabic_digits_before_shi_are_no_members() -> None:
    doc = body("一、关于工作措施\n1是加强规划引领；2是加大资金投入。")
    same(
        {"items": all_items(doc.sections[0]), "tree": tree(doc)},
        {"items": [[]], "tree": [(1, "cn", "一、", "关于工作措施")]},
    )


def test_yao_members_one_per_line() -> None:
    doc = body("一、关于督查考核\n一要明确考核标准；\n二要强化结果运用；\n三要加强问责。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一要", "明确考核标准")], [(2, "二要", "强化结果运用")], [(3, "三要", "加强问责")]]},
    )


def test_a_first_and_a_third_member_without_a_second_make_no_run() -> None:
    doc = body("一、关于运维\n一是落实运维经费；三是加强运维考核。")
    same({"items": all_items(doc.sections[0])}, {"items": [[]]})


def test_members_whose_lead_line_ends_on_a_colon_over_their_text() -> None:
    # My reading at first look dropped the colon; the contract's lead is the text up to the first 。 or ；
    # (the colon is inside it), and rounds 11 and 12 hold leads ending on ： (…各区建成情况如下：). Now as they.
    doc = body("一、关于资金投入\n一是加大财政投入：\n市财政安排资金一亿元。\n二是拓宽融资渠道：\n争取专项债券五亿元。")
    one = doc.sections[0]
    same(
        {"paras": paragraphs(one), "items": all_items(one)},
        {
            "paras": ["一是加大财政投入：", "市财政安排资金一亿元。", "二是拓宽融资渠道：", "争取专项债券五亿元。"],
            "items": [[(1, "一是", "加大财政投入：")], [], [(2, "二是", "拓宽融资渠道：")], []],
        },
    )


def test_members_inside_a_first_sequence_member_stay_in_its_text() -> None:
    doc = body("一、关于建设\n首先，一是加快建设进度，二是提高建设质量；其次，加强验收管理。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "首先", "一是加快建设进度，二是提高建设质量"), (2, "其次", "加强验收管理")]]},
    )


# Batch 7 (written before any run): 第一，… across paragraphs and inside a heading's text, sequence words, 其一


def test_first_second_third_with_commas_each_opening_a_paragraph() -> None:
    doc = body(
        "一、关于设施运维\n第一，建立运维台账。全市设施全部建档。\n第二，落实运维经费。经费纳入预算。\n"
        "第三，强化运维考核。考核结果与补助挂钩。"
    )
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "第一", "建立运维台账")], [(2, "第二", "落实运维经费")], [(3, "第三", "强化运维考核")]]},
    )


def test_first_second_inside_a_run_in_headings_text_after_its_colon() -> None:
    doc = body(
        "一、关于工作举措\n（一）完善工作机制：第一，建立联席会议制度；第二，建立定期通报制度。\n（二）强化督查考核。纳入年度考核。"
    )
    one = doc.sections[0].sections[0]
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "paras": paragraphs(one), "items": all_items(one)},
        {
            "titles": ["完善工作机制", "强化督查考核"],
            "paras": ["第一，建立联席会议制度；第二，建立定期通报制度。"],
            "items": [[(1, "第一", "建立联席会议制度"), (2, "第二", "建立定期通报制度")]],
        },
    )


def test_four_sequence_words_in_one_paragraph() -> None:
    doc = body("一、关于推进步骤\n首先，开展摸底调查；其次，编制治理方案；再次，组织项目实施；最后，开展竣工验收。")
    same(
        {"items": all_items(doc.sections[0])},
        {
            "items": [
                [
                    (1, "首先", "开展摸底调查"),
                    (2, "其次", "编制治理方案"),
                    (3, "再次", "组织项目实施"),
                    (4, "最后", "开展竣工验收"),
                ]
            ]
        },
    )


def test_members_inside_a_first_sequence_member_then_a_last_one() -> None:
    doc = body("一、关于资金保障\n首先，市财政加大投入。一是安排专项资金；二是设立奖补资金。最后，引导社会资本参与。")
    p = doc.sections[0].paragraphs[0]
    same(
        {"items": items(p), "first": [i.text for i in p.items][:1]},
        {
            "items": [(1, "首先", "市财政加大投入"), (2, "最后", "引导社会资本参与")],
            "first": ["首先，市财政加大投入。一是安排专项资金；二是设立奖补资金。"],
        },
    )


def test_one_two_with_qi_inside_a_quotation() -> None:
    # My reading at first look took the quoted points for the paragraph's members; the contract is silent, and
    # the project chose that points quoted from another text are none (round 12: the proposal's own 一是…二是
    # quoted; round 6: “一是一、二是二”). Now as that choice.
    doc = body("一、关于政策依据\n省文件明确：“其一，严格设施准入；其二，强化运行监管。”\n我局已全面落实。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[], []]},
    )


def test_one_two_with_qi_each_opening_a_paragraph() -> None:
    doc = body("一、关于存在问题\n其一，运维资金不足。\n其二，专业人才缺乏。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "其一", "运维资金不足")], [(2, "其二", "专业人才缺乏")]]},
    )


def test_first_second_with_commas_in_a_preamble_before_a_thanks_closing() -> None:
    doc = checked(
        HEAD + "第一，关于设施建设，全市已建成设施三十座。\n第二，关于运维管理，已建立运维平台。\n"
        "感谢您对生态环境工作的关心和支持！" + TAIL
    )
    same(
        {"sections": len(doc.sections), "items": [items(p) for p in doc.preamble], "closing": closing(doc)},
        {
            "sections": 0,
            "items": [
                [],
                [(1, "第一", "关于设施建设，全市已建成设施三十座")],
                [(2, "第二", "关于运维管理，已建立运维平台")],
            ],
            "closing": "感谢您对生态环境工作的关心和支持！",
        },
    )


def test_a_first_batch_and_a_lone_second_make_no_run() -> None:
    doc = body("一、关于试点\n第一批试点村已于去年完成。\n第二，今年将启动第二批试点。")
    same({"items": all_items(doc.sections[0])}, {"items": [[], []]})


# Batch 8 (written before any run): phases as headings, openers and their variants


def test_bare_phase_words_as_top_headings_give_their_paragraphs_no_phase() -> None:
    doc = body("一、现状\n全市治理率百分之五十。\n二、问题\n运维资金不足。\n三、下一步\n加快推进设施建设。")
    same(
        {"titles": [s.title for s in doc.sections], "phases": [phases(s) for s in doc.sections]},
        {"titles": ["现状", "问题", "下一步"], "phases": [[None], [None], [None]]},
    )


def test_phase_words_as_bold_openers_of_the_paragraphs_of_one_section() -> None:
    doc = body(
        "一、关于污水治理\n**工作现状：**全市治理率百分之五十。\n**存在问题：**运维资金不足。\n**下一步打算：**加快推进设施建设。"
    )
    one = doc.sections[0]
    same(
        {"paras": paragraphs(one), "phases": phases(one)},
        {
            "paras": ["工作现状：全市治理率百分之五十。", "存在问题：运维资金不足。", "下一步打算：加快推进设施建设。"],
            "phases": ["progress", "progress", "plan"],
        },
    )


def test_a_report_of_work_problems_and_next_step_plans() -> None:
    doc = body(
        "一、工作开展情况\n建成设施三十座。\n二、存在的困难和问题\n运维资金缺口较大。\n三、下步工作打算\n下步，我局将争取更多资金。"
    )
    same(
        {"titles": [s.title for s in doc.sections], "phases": [phases(s) for s in doc.sections]},
        {"titles": ["工作开展情况", "存在的困难和问题", "下步工作打算"], "phases": [[None], [None], ["plan"]]},
    )


def test_a_line_naming_the_future_direction_of_work_opens_the_plan() -> None:
    doc = body("一、关于运维管理\n已建立运维平台。\n今后工作方向\n推行按效付费。")
    one = doc.sections[0]
    same(
        {"paras": paragraphs(one), "phases": phases(one), "tree": tree(doc)},
        {
            "paras": ["已建立运维平台。", "今后工作方向", "推行按效付费。"],
            "phases": ["progress", "plan", "plan"],
            "tree": [(1, "cn", "一、", "关于运维管理")],
        },
    )


def test_next_step_considerations_run_in_with_a_colon() -> None:
    doc = body("一、关于资金\n已安排资金两亿元。\n下一步工作考虑：积极争取中央资金支持。")
    same({"phases": phases(doc.sections[0])}, {"phases": ["progress", "plan"]})


def test_phase_sub_headings_with_members_and_a_plan_opener() -> None:
    doc = body(
        "一、关于设施运维\n（一）工作成效\n运行率达百分之九十。\n（二）存在的困难和问题\n一是资金不足；二是人员缺乏。\n"
        "（三）下步工作打算\n下一步，将建立长效机制。"
    )
    subs = doc.sections[0].sections
    same(
        {"phases": [phases(s) for s in subs], "items": all_items(subs[1]), "titles": [s.title for s in subs]},
        {
            "phases": [[None], [None], ["plan"]],
            "items": [[(1, "一是", "资金不足"), (2, "二是", "人员缺乏")]],
            "titles": ["工作成效", "存在的困难和问题", "下步工作打算"],
        },
    )


def test_arabic_phase_headings_at_the_top_with_work_words() -> None:
    doc = body("1.工作现状\n全市治理率百分之五十。\n2.存在问题\n运维资金不足。\n3.下一步工作\n接下来，将开展提标改造。")
    same(
        {"tree": tree(doc), "phases": [phases(s) for s in doc.sections]},
        {
            "tree": [(1, "num", "1.", "工作现状"), (1, "num", "2.", "存在问题"), (1, "num", "3.", "下一步工作")],
            "phases": [[None], [None], ["plan"]],
        },
    )


def test_a_plan_in_the_preamble_before_the_first_heading() -> None:
    doc = checked(HEAD + "近年来，全市持续推进治理。\n今后，我局将加大力度。\n一、关于资金\n安排资金两亿元。" + TAIL)
    same(
        {"pre": [p.phase for p in doc.preamble], "one": phases(doc.sections[0]), "n": len(doc.preamble)},
        {"pre": ["progress", "progress", "plan"], "one": [None], "n": 3},
    )


# Batch 9 (written before any run): numbering faults and the warning the contract asks for


def test_a_top_number_skipped_warns() -> None:
    doc = body("一、关于设施建设\n建成三十座。\n三、关于运维管理\n运行平稳。")
    same(
        {"ordinals": ordinals(doc), "gap": gap(doc), "last": paragraphs(doc.sections[1])},
        {"ordinals": [1, 3], "gap": True, "last": ["运行平稳。"]},
    )


def test_a_top_number_repeated_warns_and_keeps_both_sections() -> None:
    doc = body(
        "一、关于设施建设\n建成三十座。\n二、关于管网配套\n铺设管网八十公里。\n二、关于运维管理\n运行平稳。\n"
        "三、关于资金保障\n安排资金两亿元。"
    )
    same(
        {"ordinals": ordinals(doc), "gap": gap(doc), "titles": [s.title for s in doc.sections]},
        {
            "ordinals": [1, 2, 2, 3],
            "gap": True,
            "titles": ["关于设施建设", "关于管网配套", "关于运维管理", "关于资金保障"],
        },
    )


def test_a_third_heading_before_the_second_warns_and_keeps_the_order_written() -> None:
    doc = body("一、关于设施建设\n建成三十座。\n三、关于资金保障\n安排资金两亿元。\n二、关于运维管理\n运行平稳。")
    same(
        {"ordinals": ordinals(doc), "levels": [s.level for s in doc.iter_sections()], "gap": gap(doc)},
        {"ordinals": [1, 3, 2], "levels": [1, 1, 1], "gap": True},
    )


def test_an_arabic_third_point_among_ideograph_headings_nests_and_warns() -> None:
    doc = body("一、关于设施建设\n建成三十座。\n二、关于运维管理\n运行平稳。\n3、关于资金保障\n安排资金两亿元。")
    same(
        {"tree": tree(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于设施建设"),
                (1, "cn", "二、", "关于运维管理"),
                (2, "num", "3、", "关于资金保障"),
            ],
            "gap": True,
        },
    )


def test_paren_numbers_skipping_one_warn() -> None:
    doc = body("一、关于监测\n（1）水质监测\n每季度一次。\n（3）设施监测\n每月一次。")
    same({"ordinals": ordinals(doc), "gap": gap(doc)}, {"ordinals": [1, 1, 3], "gap": True})


def test_a_circled_number_repeated_warns() -> None:
    doc = body("一、关于站点\n①甲村站点\n已建成。\n②乙村站点\n已建成。\n②丙村站点\n在建。")
    same(
        {"ordinals": ordinals(doc), "gap": gap(doc), "last": paragraphs(doc.sections[0].sections[2])},
        {"ordinals": [1, 1, 2, 2], "gap": True, "last": ["在建。"]},
    )


def test_paren_ideographs_restarting_under_each_top_heading_are_no_gap() -> None:
    doc = body(
        "一、关于建设\n（一）集中式\n建成三十座。\n（二）分散式\n建成一千套。\n二、关于运维\n（一）运维主体\n第三方运维。"
    )
    same({"ordinals": ordinals(doc), "gap": gap(doc)}, {"ordinals": [1, 1, 2, 2, 1], "gap": False})


def test_a_paren_third_among_ideograph_headings_nests_and_warns() -> None:
    doc = body("一、关于设施建设\n建成三十座。\n二、关于运维管理\n运行平稳。\n（三）关于资金保障\n安排资金两亿元。")
    same(
        {"tree": tree(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于设施建设"),
                (1, "cn", "二、", "关于运维管理"),
                (2, "cn-paren", "（三）", "关于资金保障"),
            ],
            "gap": True,
        },
    )


# Batch 10 (written before any run): signatures placed oddly

ONE = HEAD + "一、关于设施建设\n全市建成设施三十座。\n"


def test_a_signature_under_a_one_line_attachment_label() -> None:
    doc = checked(ONE + "特此答复。\n附件：某市农村生活污水治理设施清单\n某市生态环境局\n2025年7月15日")
    same(
        {
            "signed": signed(doc),
            "attachments": doc.attachments,
            "closing": closing(doc),
            "one": paragraphs(doc.sections[0]),
        },
        {
            "signed": SIGNED,
            "attachments": ("某市农村生活污水治理设施清单",),
            "closing": "特此答复。",
            "one": ["全市建成设施三十座。"],
        },
    )


def test_a_signature_before_the_formula() -> None:
    doc = checked(ONE + "某市生态环境局\n2025年7月15日\n特此函复。")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "closing": "特此函复。", "one": ["全市建成设施三十座。"]},
    )


def test_a_contact_line_above_the_organ() -> None:
    doc = checked(ONE + "特此答复。\n联系人：张某　联系电话：0571-88886666\n某市生态环境局\n2025年7月15日")
    c = doc.contact
    same(
        {
            "signed": signed(doc),
            "contact": None if c is None else (c.name, c.phones),
            "closing": closing(doc),
            "one": paragraphs(doc.sections[0]),
        },
        {
            "signed": SIGNED,
            "contact": ("张某", ("0571-88886666",)),
            "closing": "特此答复。",
            "one": ["全市建成设施三十座。"],
        },
    )


def test_an_organ_name_wrapped_over_two_lines() -> None:
    doc = checked(ONE + "特此答复。\n某市农村生活污水治理工作领导小组\n办公室\n2025年7月15日")
    same(
        {"signed": signed(doc), "one": paragraphs(doc.sections[0])},
        {"signed": (("某市农村生活污水治理工作领导小组办公室",), "2025-07-15"), "one": ["全市建成设施三十座。"]},
    )


def test_an_ideograph_date_wrapped_after_its_year() -> None:
    doc = checked(ONE + "特此答复。\n某市生态环境局\n二〇二五年\n七月十五日")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "closing": "特此答复。", "one": ["全市建成设施三十座。"]},
    )


def test_a_signature_pushed_right_by_many_spaces() -> None:
    doc = checked(ONE + "特此答复。\n" + " " * 24 + "某市生态环境局\n" + "\u3000" * 12 + "2025年7月15日")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "closing": "特此答复。", "one": ["全市建成设施三十座。"]},
    )


@pytest.mark.xfail(
    strict=True,
    reason="a 落款 copied as `|` rows without a Markdown delimiter row: the text reader reads no table there "
    "(a web copy's information table looks alike) and pipe_rows reads body rows only after the trailer was "
    "looked for, so the trailer sees `|…|` lines, which no organ or date line test reads; the same table over "
    "a delimiter row, or in a .docx, is the 落款 since cause 5 (tests/test_struct14_causes.py)",
)
def test_two_organs_and_their_dates_in_a_pipe_table() -> None:
    doc = checked(ONE + "特此答复。\n|某市生态环境局|某市农业农村局|\n|2025年7月15日|2025年7月15日|")
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {
            "signed": (("某市生态环境局", "某市农业农村局"), "2025-07-15"),
            "closing": "特此答复。",
            "one": ["全市建成设施三十座。"],
        },
    )


def test_a_signature_between_an_attachment_list_and_a_bracketed_contact() -> None:
    doc = checked(
        ONE
        + "特此答复。\n附件：1.设施清单\n      2.资金明细\n某市生态环境局\n2025年7月15日\n（联系人：李某；联系电话：0571-87654321）"
    )
    c = doc.contact
    same(
        {
            "signed": signed(doc),
            "attachments": doc.attachments,
            "contact": None if c is None else (c.name, c.phones),
        },
        {"signed": SIGNED, "attachments": ("设施清单", "资金明细"), "contact": ("李某", ("0571-87654321",))},
    )


# Batch 11 (written before any run): closing variants at the end of the last section and on their own


def test_a_correction_invited_closing_on_its_own_line() -> None:
    doc = body("一、关于设施建设\n建成三十座。\n二、关于运维管理\n运行平稳。\n以上答复如有不妥，请批评指正。")
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[1]), "signed": signed(doc)},
        {"closing": "以上答复如有不妥，请批评指正。", "last": ["运行平稳。"], "signed": SIGNED},
    )


def test_a_thanks_closing_after_a_last_section_of_sub_headings() -> None:
    doc = body(
        "一、关于建设\n（一）集中式\n建成三十座。\n（二）分散式\n建成一千套。\n感谢您对生态环境工作的关心和支持！"
    )
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[0].sections[1])},
        {"closing": "感谢您对生态环境工作的关心和支持！", "last": ["建成一千套。"]},
    )


def test_thanks_again_and_an_invitation_on_two_lines() -> None:
    doc = body("一、关于资金\n安排资金两亿元。\n再次感谢您对我市生态环境工作的关心！\n欢迎继续提出宝贵意见。")
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[0])},
        {"closing": "再次感谢您对我市生态环境工作的关心！\n欢迎继续提出宝贵意见。", "last": ["安排资金两亿元。"]},
    )


def test_a_correction_invited_formula_at_the_end_of_the_last_paragraph() -> None:
    doc = body("一、关于资金\n安排资金两亿元，已全部拨付。以上答复如有不妥，请批评指正。")
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[0]), "signed": signed(doc)},
        {"closing": "以上答复如有不妥，请批评指正。", "last": ["安排资金两亿元，已全部拨付。"], "signed": SIGNED},
    )


def test_thanks_at_the_end_of_the_last_paragraph_and_the_formula_on_its_own_line() -> None:
    doc = body("一、关于资金\n安排资金两亿元。感谢您对我们工作的支持！\n特此答复。")
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[0])},
        {"closing": "特此答复。", "last": ["安排资金两亿元。感谢您对我们工作的支持！"]},
    )


def test_an_invitation_alone_after_the_last_section() -> None:
    doc = body("一、关于资金\n安排资金两亿元。\n欢迎继续提出宝贵意见。")
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[0])},
        {"closing": "欢迎继续提出宝贵意见。", "last": ["安排资金两亿元。"]},
    )


def test_a_closing_of_three_lines_thanks_correction_and_formula() -> None:
    doc = body(
        "一、关于资金\n安排资金两亿元。\n感谢您对生态环境工作的关心和支持！\n以上答复如有不妥，请批评指正。\n特此答复。"
    )
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[0])},
        {
            "closing": "感谢您对生态环境工作的关心和支持！\n以上答复如有不妥，请批评指正。\n特此答复。",
            "last": ["安排资金两亿元。"],
        },
    )


def test_thanks_again_after_members_one_per_line() -> None:
    doc = body("一、关于下步工作\n一是加快设施建设；\n二是完善运维机制。\n再次感谢您的关心和支持！")
    same(
        {"closing": closing(doc), "paras": paragraphs(doc.sections[0]), "items": all_items(doc.sections[0])},
        {
            "closing": "再次感谢您的关心和支持！",
            "paras": ["一是加快设施建设；", "二是完善运维机制。"],
            "items": [[(1, "一是", "加快设施建设")], [(2, "二是", "完善运维机制")]],
        },
    )


# Batch 12 (written before any run): replies of three lines and of thirty points and more

VILLAGES = [
    "东关村", "西关村", "南关村", "北关村", "城东村", "城西村", "城南村", "城北村", "河东村", "河西村",
    "山前村", "山后村", "柳树村", "杨树村", "槐树村", "桃园村", "李园村", "杏园村", "梨园村", "枣园村",
    "新庄村", "旧庄村", "前庄村", "后庄村", "王庄村", "张庄村", "刘庄村", "陈庄村", "赵庄村", "孙庄村",
    "周庄村", "吴庄村", "郑庄村", "冯庄村", "褚庄村",
]  # fmt: skip
CN = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十",
    "三十一", "三十二", "三十三", "三十四", "三十五",
]  # fmt: skip


def test_a_reply_of_an_addressee_one_sentence_and_an_organ_with_its_date() -> None:
    doc = checked(
        "王某代表：\n您的建议收悉，我局已在城东村建成污水处理站一座。特此答复。\n某市生态环境局　2025年7月15日"
    )
    same(
        {
            "kind": doc.kind,
            "recipients": list(doc.header.recipients),
            "preamble": [p.text for p in doc.preamble],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "reply",
            "recipients": ["王某代表"],
            "preamble": ["您的建议收悉，我局已在城东村建成污水处理站一座。"],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_reply_of_a_title_one_sentence_and_an_organ_with_its_date() -> None:
    doc = checked("关于第128号建议的答复\n您的建议已采纳，相关设施将于年内建成。\n某市生态环境局　2025年7月15日")
    same(
        {
            "kind": doc.kind,
            "title": doc.header.title,
            "preamble": [p.text for p in doc.preamble],
            "signed": signed(doc),
            "sections": len(doc.sections),
        },
        {
            "kind": "reply",
            "title": "关于第128号建议的答复",
            "preamble": ["您的建议已采纳，相关设施将于年内建成。"],
            "signed": SIGNED,
            "sections": 0,
        },
    )


def test_a_reply_of_an_addressee_one_sentence_and_a_two_line_signature() -> None:
    doc = checked(
        "王某代表：\n您关于增设污水管网的建议，我局已会同相关部门落实，年内完工。\n某市生态环境局\n2025年7月15日"
    )
    same(
        {"preamble": [p.text for p in doc.preamble], "signed": signed(doc), "sections": len(doc.sections)},
        {"preamble": ["您关于增设污水管网的建议，我局已会同相关部门落实，年内完工。"], "signed": SIGNED, "sections": 0},
    )


def test_thirty_two_arabic_points_at_the_top() -> None:
    text = "".join(f"{i + 1}.{v}\n新建污水处理站一座。\n" for i, v in enumerate(VILLAGES[:32]))
    doc = body(text.rstrip("\n"))
    same(
        {
            "ordinals": ordinals(doc),
            "levels": {s.level for s in doc.iter_sections()},
            "titles": [s.title for s in doc.sections],
            "last": paragraphs(doc.sections[-1]),
            "gap": gap(doc),
            "signed": signed(doc),
        },
        {
            "ordinals": list(range(1, 33)),
            "levels": {1},
            "titles": VILLAGES[:32],
            "last": ["新建污水处理站一座。"],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_thirty_one_run_in_paren_points_under_one_heading() -> None:
    text = "".join(f"（{i + 1}）{v}：新建污水处理站一座。\n" for i, v in enumerate(VILLAGES[:31]))
    doc = body("一、关于站点建设\n" + text.rstrip("\n"))
    subs = doc.sections[0].sections
    same(
        {
            "n": len(subs),
            "ordinals": [s.ordinal for s in subs],
            "titles": [s.title for s in subs],
            "paras": {tuple(paragraphs(s)) for s in subs},
            "gap": gap(doc),
        },
        {
            "n": 31,
            "ordinals": list(range(1, 32)),
            "titles": VILLAGES[:31],
            "paras": {("新建污水处理站一座。",)},
            "gap": False,
        },
    )


def test_thirty_three_ideograph_headings() -> None:
    text = "".join(f"{CN[i]}、关于{v}\n已完成治理。\n" for i, v in enumerate(VILLAGES[:33]))
    doc = body(text.rstrip("\n"))
    same(
        {
            "ordinals": ordinals(doc),
            "markers": [s.marker for s in doc.sections][-3:],
            "titles": [s.title for s in doc.sections][-1:],
            "gap": gap(doc),
            "signed": signed(doc),
        },
        {
            "ordinals": list(range(1, 34)),
            "markers": ["三十一、", "三十二、", "三十三、"],
            "titles": ["关于郑庄村"],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_thirty_five_paren_ideographs_over_two_top_headings() -> None:
    first = "".join(f"（{CN[i]}）{v}\n已完成治理。\n" for i, v in enumerate(VILLAGES[:20]))
    second = "".join(f"（{CN[i]}）{v}\n正在治理。\n" for i, v in enumerate(VILLAGES[20:35], start=20))
    doc = body("一、已完成村庄\n" + first + "二、在建村庄\n" + second.rstrip("\n"))
    same(
        {
            "n": [len(s.sections) for s in doc.sections],
            "ordinals": [s.ordinal for s in doc.sections[1].sections][-2:],
            "last": paragraphs(doc.sections[1].sections[-1]),
            "gap": gap(doc),
        },
        {"n": [20, 15], "ordinals": [34, 35], "last": ["正在治理。"], "gap": False},
    )


def test_a_reply_of_an_addressee_a_paragraph_of_members_and_an_organ_with_its_date() -> None:
    doc = checked("王某代表：\n您的建议收悉。一是已建成站点三座；二是已铺设管网十公里。\n某市生态环境局　2025年7月15日")
    same(
        {
            "recipients": list(doc.header.recipients),
            "items": [items(p) for p in doc.preamble],
            "signed": signed(doc),
        },
        {
            "recipients": ["王某代表"],
            "items": [[(1, "一是", "已建成站点三座"), (2, "二是", "已铺设管网十公里")]],
            "signed": SIGNED,
        },
    )


# Batch 13 (written before any run): marker spellings mixed over several ranks


def test_dotted_ideographs_over_half_width_paren_ideographs_over_arabic_points() -> None:
    doc = body(
        "一.关于设施\n(一)建设情况\n1.集中式\n建成三十座。\n2.分散式\n建成一千套。\n(二)运维情况\n运行平稳。\n"
        "二.关于资金\n安排两亿元。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[1])},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
                (2, "cn-paren", 2),
                (1, "cn", 2),
            ],
            "last": ["安排两亿元。"],
        },
    )


def test_circled_points_under_paren_number_glyphs_under_paren_ideographs() -> None:
    doc = body(
        "一、关于运维\n（一）巡查制度\n⑴日常巡查\n①每周一次\n②每月汇总\n⑵专项巡查\n汛期加密。\n（二）维修制度\n小修当日完成。"
    )
    same(
        {
            "levels": levels(doc),
            "markers": [s.marker for s in doc.iter_sections()],
            "last": paragraphs(doc.sections[0].sections[0].sections[1]),
        },
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num-paren", 1),
                (4, "circled", 1),
                (4, "circled", 2),
                (3, "num-paren", 2),
                (2, "cn-paren", 2),
            ],
            "markers": ["一、", "（一）", "⑴", "①", "②", "⑵", "（二）"],
            "last": ["汛期加密。"],
        },
    )


def test_full_width_digits_with_a_full_width_closing_bracket_alone() -> None:
    doc = body("一、关于宣传\n１）入户宣传\n发放资料一万份。\n２）媒体宣传\n刊发稿件三十篇。")
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [
                (1, "cn", "一、", "关于宣传"),
                (2, "num-paren", "１）", "入户宣传"),
                (2, "num-paren", "２）", "媒体宣传"),
            ],
            "subs": [["发放资料一万份。"], ["刊发稿件三十篇。"]],
        },
    )


def test_tortoise_shell_ideographs_over_paren_number_glyphs() -> None:
    doc = body(
        "一、关于技术\n〔一〕处理工艺\n⑴人工湿地\n适用于平原村。\n⑵一体化设备\n适用于山区村。\n〔二〕技术标准\n执行省标。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[0].sections[1])},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (3, "num-paren", 1), (3, "num-paren", 2), (2, "cn-paren", 2)],
            "last": ["执行省标。"],
        },
    )


def test_twelve_circled_points_each_a_heading_alone() -> None:
    text = "".join(f"{chr(0x2460 + i)}{v}\n" for i, v in enumerate(VILLAGES[:12]))
    doc = body("一、关于站点分布\n" + text.rstrip("\n"))
    subs = doc.sections[0].sections
    same(
        {"titles": [s.title for s in subs], "ordinals": [s.ordinal for s in subs], "gap": gap(doc)},
        {"titles": VILLAGES[:12], "ordinals": list(range(1, 13)), "gap": False},
    )


def test_a_part_over_dotted_ideographs_over_full_width_paren_ideographs() -> None:
    doc = body(
        "第一部分 工作情况\n一.设施建设\n（一）集中式\n建成三十座。\n（二）分散式\n建成一千套。\n二.运维管理\n运行平稳。\n"
        "第二部分 存在问题\n运维资金不足。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[1])},
        {
            "levels": [
                (1, "part", 1),
                (2, "cn", 1),
                (3, "cn-paren", 1),
                (3, "cn-paren", 2),
                (2, "cn", 2),
                (1, "part", 2),
            ],
            "last": ["运维资金不足。"],
        },
    )


def test_four_ranks_with_pause_marks_and_closing_brackets_alone() -> None:
    doc = body(
        "一、关于资金\n（一）市级资金\n1、建设补助\n1）集中式\n每座补助二十万元。\n2）分散式\n每套补助一万元。\n2、运维补助\n每村每年两万元。"
    )
    same(
        {"levels": levels(doc), "markers": [s.marker for s in doc.iter_sections()]},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (4, "num-paren", 2),
                (3, "num", 2),
            ],
            "markers": ["一、", "（一）", "1、", "1）", "2）", "2、"],
        },
    )


def test_ideographs_with_a_comma_run_in_with_their_text() -> None:
    doc = body("一，坚持规划引领。全市编制完成专项规划。\n二，坚持分类施策。按村庄类型选择模式。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一，", "坚持规划引领"), (1, "cn", "二，", "坚持分类施策")],
            "paras": [["全市编制完成专项规划。"], ["按村庄类型选择模式。"]],
        },
    )


# Batch 14 (written before any run): member runs broken, nested, out of order, of other families


def test_a_run_broken_by_a_pipe_table_resumes_after_it() -> None:
    doc = body("一、关于运维\n一是建立运维平台。\n| 县区 | 平台 |\n|---|---|\n| 甲县 | 已建 |\n二是落实运维经费。")
    same(
        {"items": all_items(doc.sections[0]), "rows": [len(t.rows) for t in doc.sections[0].tables]},
        {"items": [[(1, "一是", "建立运维平台")], [(2, "二是", "落实运维经费")]], "rows": [2]},
    )


def test_yao_members_inside_a_shi_member_stay_in_its_text() -> None:
    doc = body("一、关于措施\n一是加强领导。一要成立专班，二要明确责任。\n二是加大投入。")
    p = doc.sections[0].paragraphs
    same(
        {"items": all_items(doc.sections[0]), "text": [i.text for i in p[0].items]},
        {
            "items": [[(1, "一是", "加强领导")], [(2, "二是", "加大投入")]],
            "text": ["一是加强领导。一要成立专班，二要明确责任。"],
        },
    )


def test_a_run_going_on_to_a_third_paragraph_and_a_lone_last() -> None:
    doc = body("一、关于措施\n一是完善规划；二是加大投入。\n三是强化考核。\n最后，加强宣传引导。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "完善规划"), (2, "二是", "加大投入")], [(3, "三是", "强化考核")], []]},
    )


def test_one_side_and_the_other_with_commas() -> None:
    doc = body("一、关于资金\n一方面，积极争取上级资金；另一方面，统筹本级财力。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一方面", "积极争取上级资金"), (2, "另一方面", "统筹本级财力")]]},
    )


def test_each_sub_section_its_own_run() -> None:
    doc = body("一、关于建设与运维\n（一）建设\n一是加快进度；二是保证质量。\n（二）运维\n一是落实经费；二是加强考核。")
    subs = doc.sections[0].sections
    same(
        {"items": [all_items(s) for s in subs]},
        {
            "items": [
                [[(1, "一是", "加快进度"), (2, "二是", "保证质量")]],
                [[(1, "一是", "落实经费"), (2, "二是", "加强考核")]],
            ]
        },
    )


def test_a_second_before_a_first_makes_no_run() -> None:
    doc = body("一、关于宣传\n二是加强宣传；一是开展培训。")
    same({"items": all_items(doc.sections[0])}, {"items": [[]]})


def test_first_second_with_pause_marks() -> None:
    doc = body("一、关于工作\n第一、加强领导；第二、加大投入。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "第一", "加强领导"), (2, "第二", "加大投入")]]},
    )


def test_a_second_and_a_last_without_a_first_make_no_run() -> None:
    doc = body("一、关于工作\n其次，完善制度；最后，加强考核。")
    same({"items": all_items(doc.sections[0])}, {"items": [[]]})


# Batch 15 (written before any run): whole documents of other kinds


def test_an_approval_whose_points_are_sentences() -> None:
    doc = checked(
        "某市人民政府关于某县农村生活污水治理专项规划的批复\n某县人民政府：\n"
        "你县《关于审批农村生活污水治理专项规划的请示》收悉。经研究，现批复如下：\n"
        "一、原则同意《某县农村生活污水治理专项规划》。\n二、请你县认真组织实施。\n特此批复。\n某市人民政府\n2025年7月15日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "approval",
            "tree": [
                (1, "cn", "一、", "原则同意《某县农村生活污水治理专项规划》"),
                (1, "cn", "二、", "请你县认真组织实施"),
            ],
            "closing": "特此批复。",
            "signed": (("某市人民政府",), "2025-07-15"),
        },
    )


def test_a_notice_whose_sub_points_end_with_a_stop() -> None:
    doc = checked(
        "某市生态环境局关于开展农村生活污水治理设施排查的通知\n各县（市、区）生态环境分局：\n"
        "为摸清设施运行底数，现就有关事项通知如下：\n一、排查范围\n全市已建成设施。\n二、排查内容\n"
        "（一）设施运行状况。\n（二）运维管理情况。\n三、时间安排\n7月底前完成。\n特此通知。\n某市生态环境局\n2025年7月15日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "notice",
            "tree": [
                (1, "cn", "一、", "排查范围"),
                (1, "cn", "二、", "排查内容"),
                (2, "cn-paren", "（一）", "设施运行状况"),
                (2, "cn-paren", "（二）", "运维管理情况"),
                (1, "cn", "三、", "时间安排"),
            ],
            "closing": "特此通知。",
            "signed": SIGNED,
        },
    )


def test_an_opinion_of_run_in_paren_headings_in_bold() -> None:
    doc = checked(
        "某市关于加强农村生活污水治理设施运维管理的意见\n各县（市、区）人民政府：\n为加强设施运维管理，提出如下意见。\n"
        "一、总体要求\n到2027年，设施正常运行率达到百分之九十。\n二、主要任务\n**（一）健全运维体系。**各县建立运维平台。\n"
        "**（二）落实运维经费。**经费纳入财政预算。\n某市人民政府\n2025年7月15日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections[1].sections]},
        {
            "kind": "opinion",
            "tree": [
                (1, "cn", "一、", "总体要求"),
                (1, "cn", "二、", "主要任务"),
                (2, "cn-paren", "（一）", "健全运维体系"),
                (2, "cn-paren", "（二）", "落实运维经费"),
            ],
            "paras": [["各县建立运维平台。"], ["经费纳入财政预算。"]],
        },
    )


def test_a_plan_of_chapters_over_ideograph_headings() -> None:
    doc = checked(
        "某县农村生活污水治理三年行动方案\n第一章 总体要求\n一、指导思想\n坚持生态优先。\n二、工作目标\n"
        "到2027年治理率达到百分之七十。\n第二章 重点任务\n一、加快设施建设\n新建设施一百座。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "last": paragraphs(doc.sections[1].sections[0])},
        {
            "kind": "plan",
            "levels": [(1, "chapter", 1), (2, "cn", 1), (2, "cn", 2), (1, "chapter", 2), (2, "cn", 1)],
            "last": ["新建设施一百座。"],
        },
    )


def test_a_reply_letter_of_phase_headings_with_a_correction_invited_closing() -> None:
    doc = checked(
        "某市生态环境局关于市政协十二届三次会议第0356号提案的答复函\n李某委员：\n您提出的关于农村污水治理的提案收悉。现答复如下：\n"
        "一、基本情况\n全市治理率百分之五十。\n二、存在的困难和问题\n运维资金不足。\n三、下一步工作考虑\n下一步，争取中央资金支持。\n"
        "以上答复如有不妥，请批评指正。\n某市生态环境局\n2025年7月15日"
    )
    same(
        {
            "kind": doc.kind,
            "titles": [s.title for s in doc.sections],
            "phases": [phases(s) for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "reply",
            "titles": ["基本情况", "存在的困难和问题", "下一步工作考虑"],
            "phases": [[None], [None], ["plan"]],
            "closing": "以上答复如有不妥，请批评指正。",
            "signed": SIGNED,
        },
    )


def test_a_bulletin_with_half_width_paren_ideographs() -> None:
    doc = checked(
        "某市生态环境局关于农村生活污水治理设施运行情况的通报\n各县（市、区）生态环境分局：\n现将上半年设施运行情况通报如下：\n"
        "一、总体情况\n设施正常运行率百分之八十五。\n二、存在问题\n(一)部分设施停运\n停运设施二十座。\n(二)台账不全\n三个县未建台账。\n"
        "三、工作要求\n各地要限期整改。\n特此通报。\n某市生态环境局\n2025年7月15日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc)},
        {
            "kind": "bulletin",
            "tree": [
                (1, "cn", "一、", "总体情况"),
                (1, "cn", "二、", "存在问题"),
                (2, "cn-paren", "(一)", "部分设施停运"),
                (2, "cn-paren", "(二)", "台账不全"),
                (1, "cn", "三、", "工作要求"),
            ],
            "closing": "特此通报。",
        },
    )


def test_a_reply_with_a_future_direction_heading_whose_paragraph_opens_from_now_on() -> None:
    doc = body(
        "一、基本情况\n全市治理率百分之五十。\n二、今后工作方向\n今后，我局将持续推进治理。\n感谢您对生态环境工作的关心和支持！"
    )
    same(
        {"phases": [phases(s) for s in doc.sections], "closing": closing(doc), "signed": signed(doc)},
        {"phases": [[None], ["plan"]], "closing": "感谢您对生态环境工作的关心和支持！", "signed": SIGNED},
    )


def test_a_reply_with_a_contact_above_the_organ_and_thanks_again() -> None:
    doc = checked(
        HEAD + "一、关于设施建设\n建成三十座。\n二、关于运维管理\n运行平稳。\n再次感谢您对我们工作的关心和支持！\n"
        "联系人：王某；联系电话：0571-86001234\n某市生态环境局\n2025年7月15日"
    )
    c = doc.contact
    same(
        {
            "closing": closing(doc),
            "contact": None if c is None else (c.name, c.phones),
            "signed": signed(doc),
            "last": paragraphs(doc.sections[1]),
        },
        {
            "closing": "再次感谢您对我们工作的关心和支持！",
            "contact": ("王某", ("0571-86001234",)),
            "signed": SIGNED,
            "last": ["运行平稳。"],
        },
    )


# Batch 16 (written before any run): bold leads, run-in circled points, dates in titles, plans by heading only


def test_members_with_bold_leads_in_markdown() -> None:
    doc = body("一、关于措施\n一是**加强组织领导**，成立工作专班；二是**强化资金保障**，安排专项资金。")
    same(
        {"items": all_items(doc.sections[0]), "paras": paragraphs(doc.sections[0])},
        {
            "items": [[(1, "一是", "加强组织领导"), (2, "二是", "强化资金保障")]],
            "paras": ["一是加强组织领导，成立工作专班；二是强化资金保障，安排专项资金。"],
        },
    )


def test_circled_points_run_in_with_their_text_after_a_colon() -> None:
    doc = body("一、关于站点\n①城东站：已建成投运。\n②城西站：正在调试。")
    same(
        {"tree": tree(doc), "subs": [paragraphs(s) for s in doc.sections[0].sections]},
        {
            "tree": [(1, "cn", "一、", "关于站点"), (2, "circled", "①", "城东站"), (2, "circled", "②", "城西站")],
            "subs": [["已建成投运。"], ["正在调试。"]],
        },
    )


def test_numbers_with_a_closing_bracket_alone_as_the_top_family() -> None:
    doc = body("1)关于设施建设\n建成三十座。\n2)关于运维管理\n运行平稳。")
    same(
        {"tree": tree(doc), "signed": signed(doc)},
        {"tree": [(1, "num-paren", "1)", "关于设施建设"), (1, "num-paren", "2)", "关于运维管理")], "signed": SIGNED},
    )


def test_top_headings_opening_with_a_year() -> None:
    doc = body("一、2024年工作情况\n建成三十座。\n二、2025年工作计划\n今后，新建二十座。")
    same(
        {"tree": tree(doc), "phases": [phases(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一、", "2024年工作情况"), (1, "cn", "二、", "2025年工作计划")],
            "phases": [[None], ["plan"]],
        },
    )


def test_a_heading_closed_by_a_colon_over_points_one_with_a_semicolon() -> None:
    doc = body("一、关于运维\n（一）运维要求：\n1.每周巡查一次；\n2.每月维护一次。\n（二）考核办法\n按季度考核。")
    same(
        {"tree": tree(doc), "first": paragraphs(doc.sections[0].sections[0].sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于运维"),
                (2, "cn-paren", "（一）", "运维要求"),
                (3, "num", "1.", None),
                (3, "num", "2.", "每月维护一次"),
                (2, "cn-paren", "（二）", "考核办法"),
            ],
            "first": ["每周巡查一次；"],
        },
    )


def test_a_next_step_heading_over_members_gives_them_no_phase() -> None:
    doc = body("一、工作进展\n建成三十座。\n二、下一步工作考虑\n一是加快建设；二是完善机制。")
    two = doc.sections[1]
    same(
        {"phases": phases(two), "items": all_items(two)},
        {"phases": [None], "items": [[(1, "一是", "加快建设"), (2, "二是", "完善机制")]]},
    )


def test_first_second_between_a_first_and_a_second_sequence_word() -> None:
    doc = body("一、关于治理\n首先，明确治理目标。\n第一，全面摸底；\n第二，分类施策。\n其次，落实治理责任。")
    same(
        {"items": all_items(doc.sections[0])},
        {
            "items": [
                [(1, "首先", "明确治理目标")],
                [(1, "第一", "全面摸底")],
                [(2, "第二", "分类施策")],
                [(2, "其次", "落实治理责任")],
            ]
        },
    )


def test_twelve_members_each_opening_a_paragraph() -> None:
    words = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    doc = body("一、关于措施\n" + "\n".join(f"{w}是推进{v}治理。" for w, v in zip(words, VILLAGES, strict=False)))
    got = all_items(doc.sections[0])
    same(
        {"n": len(got), "items": [x[0] for x in got if x]},
        {
            "n": 12,
            "items": [(k + 1, f"{w}是", f"推进{v}治理") for k, (w, v) in enumerate(zip(words, VILLAGES, strict=False))],
        },
    )


# Batch 17 (written after the landing, before any run on it): the causes' neighbours and leftovers


def test_chapters_sections_ideographs_and_paren_ideographs_four_deep_with_a_return_of_three() -> None:
    doc = body(
        "第一章 设施建设\n第一节 集中式设施\n一、建设标准\n（一）出水标准\n执行一级A标准。\n（二）规模标准\n按常住人口确定。\n"
        "第二章 运行维护\n全面推行第三方运维。"
    )
    same(
        {"levels": levels(doc), "last": paragraphs(doc.sections[1])},
        {
            "levels": [
                (1, "chapter", 1),
                (2, "section", 1),
                (3, "cn", 1),
                (4, "cn-paren", 1),
                (4, "cn-paren", 2),
                (1, "chapter", 2),
            ],
            "last": ["全面推行第三方运维。"],
        },
    )


def test_tortoise_shell_ideographs_straight_under_a_part() -> None:
    doc = body(
        "第一部分 主要成效\n〔一〕设施覆盖\n覆盖率百分之六十。\n〔二〕水质改善\n水质达标率提升。\n第二部分 下步打算\n下一步，全面提标。"
    )
    same(
        {"tree": tree(doc), "plan": phases(doc.sections[1])},
        {
            "tree": [
                (1, "part", "第一部分", "主要成效"),
                (2, "cn-paren", "〔一〕", "设施覆盖"),
                (2, "cn-paren", "〔二〕", "水质改善"),
                (1, "part", "第二部分", "下步打算"),
            ],
            "plan": ["plan"],
        },
    )


def test_members_inside_the_text_of_a_comma_marked_run_in_heading() -> None:
    doc = body("一，强化资金保障。一是争取上级资金；二是加大本级投入。\n二，强化技术支撑。组建专家团队。")
    one = doc.sections[0]
    same(
        {"titles": [s.title for s in doc.sections], "items": all_items(one)},
        {
            "titles": ["强化资金保障", "强化技术支撑"],
            "items": [[(1, "一是", "争取上级资金"), (2, "二是", "加大本级投入")]],
        },
    )


def test_thanks_again_and_an_invitation_in_one_paragraph_after_the_last_section() -> None:
    doc = body("一、关于资金\n安排资金两亿元。\n再次感谢您对我们工作的关心和支持！欢迎继续提出宝贵意见。")
    same(
        {"closing": closing(doc), "last": paragraphs(doc.sections[0])},
        {"closing": "再次感谢您对我们工作的关心和支持！欢迎继续提出宝贵意见。", "last": ["安排资金两亿元。"]},
    )


def test_an_organ_with_a_seal_note_over_an_ideograph_date_cut_after_its_year() -> None:
    doc = checked(
        HEAD + "一、关于设施建设\n全市建成设施三十座。\n此复。\n某市生态环境局（盖章）\n二〇二五年\n七月十五日"
    )
    same(
        {"signed": signed(doc), "closing": closing(doc), "one": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "closing": "此复。", "one": ["全市建成设施三十座。"]},
    )


def test_sequence_words_over_three_paragraphs_with_members_in_the_second() -> None:
    doc = body(
        "一、关于推进措施\n首先，摸清底数。\n其次，分类施策。一是城郊村纳管；二是中心村集中处理。\n最后，强化运维。"
    )
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "首先", "摸清底数")], [(2, "其次", "分类施策")], [(3, "最后", "强化运维")]]},
    )


def test_half_width_paren_numbers_as_the_top_family_over_circled_points() -> None:
    doc = body("(1)关于设施建设\n①集中式\n建成三十座。\n②分散式\n建成一千套。\n(2)关于运维管理\n运行平稳。\n特此答复。")
    same(
        {"levels": levels(doc), "closing": closing(doc), "last": paragraphs(doc.sections[1])},
        {
            "levels": [(1, "num-paren", 1), (2, "circled", 1), (2, "circled", 2), (1, "num-paren", 2)],
            "closing": "特此答复。",
            "last": ["运行平稳。"],
        },
    )


def test_the_first_top_number_repeated_warns() -> None:
    doc = body("一、关于设施建设\n建成三十座。\n一、关于运维管理\n运行平稳。")
    same(
        {"ordinals": ordinals(doc), "gap": gap(doc), "titles": [s.title for s in doc.sections]},
        {"ordinals": [1, 1], "gap": True, "titles": ["关于设施建设", "关于运维管理"]},
    )
