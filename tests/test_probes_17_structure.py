"""Seventeenth round of structure probes: short documents written as an outside tester would.

Shapes earlier rounds covered (read before writing, so this round varies them): round 3 levels
that skip or restart, plan openers; round 4 parts, spaced markers, circled points, hard wraps,
decimal outline numbers under 1.; rounds 5-9 skipped ranks, restarts, quoted points, reports named
工作开展情况/存在的问题/下步打算, runs after a colon; round 10 一. and 一，, ⑴、, 其一/一方面; round 11 five
ranks, wrapped titles; round 12 marker punctuation, bodies opening at （一）, chapters over articles,
pipe tables, flattened 落款; round 13 six ranks, look-alikes, Ⅰ. and A. under 一、, attachments with
their own headings, 26 and 28 sections, narrow wraps, tab rows; round 14 full-width and half-width
Arabic forms, 〔一〕 and 【一】, ⑴ under ⒈ once, 第一部分/第一章/第一节, run-in headings, 一是，/一要,
phases as headings, signatures placed oddly, 30+ points.

This round weights what they tried least: the parenthesised ideographs of U+3220 (㈠㈡, with a pause
mark, spaced, alone on a line, past ㈩ into （十一）, written as glyph and in brackets in one run),
⒈ and ⑴ at two levels and four ranks deep (⒈ with a pause mark, ⒈ then 2., ⑴ then （2）), 甲、乙、, A. B.,
A、 and （A） under headings, decimal outlines 1.1 / 1.1.1 / 2.3.4 under 一、 and alone, 第一条 articles under
第一章 in a 办法 attached to a 通知 after its 落款 (under an 附件 label, on one line with its title, without
a label, with the 版记 after it), articles numbered across chapters, a heading straight over its first
sub-heading, a rank skipped and used later, runs starting at （二） or 二、, running on across parents and
restarting, markers alone on a line or ending one (…包括（1） ⏎ 建立台账；（2）…), a wrap bringing a cited
（二）项 or 第三条规定 to a line's start, inline lists (（1）…；（2）… and ①…②…) inside one paragraph and at a
line's start, 一是 leads closed by 。 ， or ：, 一要 after a subject, 第一 with and without its comma, 其次/再次
chains with and without 首先, members over several paragraphs and parted by a sub-heading, phases split
across headings and plan words inside paragraphs, 30+ points with two-digit markers in five families
(10., 10、, （十一）, 二十一、, ⑪, （33）, 30）) and circled points past ⑳, title-only sections, a closing in the
last member's paragraph, the 落款 after a table or with its date first, two 落款 (a reply's and its
附件's), two-line 复函, hard-wrapped copies (a PDF's text layer cut every 20 characters).

Every expected value was written from the contract, the domain guide and the README before the
parser was run on the batch (each batch was committed first); every document also keeps the span
invariants and invents no character. Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch (causes: tests/test_struct17_causes.py):
- batch 1 (㈠㈡ under 一、 and at the top, ⒈ over ⑴, glyph and bracket forms in one run, ㈩ then （十一）): 8/8, 24/24
- batch 2 (甲、, A., A、 under headings; decimal outlines under 一、 and 1.): 8/8, 22/22
- batch 3 (a 办法 of chapters and articles attached to a 通知, printed after it, articles across chapters,
  an attachment's own 落款): 8/8, 25/25
- batch 4 (a heading straight over its sub-heading, skipped ranks, runs from （二） or running on, markers
  alone or ending a line, a cited （二）项 wrapped to a line start): 7/8, 18/19 (cause 1: a line ending on an
  inline list's marker `…包括（1）` was joined to the list's rest only where it filled a wrap width)
- batch 5 (inline lists in one paragraph, leads closed by 。，：, 一要, 第一 with and without its comma): 8/8, 13/13
- batch 6 (首先 chains, members over paragraphs, phases over headings and inside paragraphs): 8/8, 13/13
- batch 7 (31 and 33 points; 10., 10、, （十一）, 二十一、, ⑪, 30）; a gap after 二十、): 8/8, 28/28
- batch 8 (title-only sections, a closing in the last member, the 落款 after a table or under its date,
  two-line 复函): 8/8, 30/30
- batch 9 (hard-wrapped copies bringing inline markers, members, a cited article to a line's start): 7/8,
  17/18 (cause 2: a short wrapped 办法 whose every cut line opens with its article gave no wrap width)
- batch 10 (glyph families four ranks deep, one family as glyph and digits, spaced glyphs): 8/8, 14/14
- batch 11 (members after a run-in title, parted by a sub-heading, 其一、, 一方面, 统一是, 一要求): 8/8, 10/10
- batch 12 (closings and 落款 against the structure): 7/8, 24/25 (the miss my reading: tab-separated rows in
  a text copy are lines, not a table; only `|` rows make one)
- batch 13 (runs from 二、, running on and restarting, skipped ranks used later, chapters and parts over 一、):
  8/8, 16/16
- batch 14 (⒈、, circled points past ⑳, 一．, decimal-only and lettered bodies, 第一， lines, a notice's 版记
  after its attached chapters): 6/8, 16/19 (cause 3: ⒈ took no pause mark after it; cause 4: ㉑–㊿, the
  circled numbers past twenty, were no markers)
- batch 15 (whole documents: a 批复, a Markdown reply with ㈠, a 通报, an 意见, a 协办意见 of ⑴, a report, a
  reply with glyphs, members, a plan, thanks and a contact, a reply opening at （一）): 8/8, 36/36
- batch 16 (一、, ⒈, ㈠ and 十一、 alone on their line, ㈠ run on after the answer's turn, a colon heading,
  sequence words parted, a table under a title-only heading): 8/8, 17/17
- batch 17 (written after the landing: wraps bringing ㈡, ⑵ or a bracket's tail `一）` to a line start, wrapped ⒈
  points, inline ㈠ lists, 首先/其次 in the preamble): 7/8, 14/16 (the miss my reading: a point of 30 characters
  before its final 。 has them as its title, round 13's reading of the contract's bound)
- batch 18 (written after the landing: glyph list markers ending a line, ⑴ and ① alone on a line, a short
  copy wrapped inside ㈠ points, ⑳ ending a line over ㉑): 6/8, 14/16 (cause 5: a line ending on an inline
  list's glyph marker, ⑴ or ㈠, was not carried on as one ending on （1） or ① was)
- batch 19 (written after cause 5's fix: glyphs alone over run-in lines, wraps at ⒉ and ㈠, glyph-structured
  attachments, members and plans after glyph run-in titles): 8/8, 16/16
- batch 20 (written after the second landing: glyphs indented, in bold, under a Markdown heading, with 、 or .
  after them, past ⑳ with 、, a repeated ㈡, ⒑ ⒒ ⒓): 8/8, 14/14
Totals of batches 1-16: 128 documents, 123 whole at first look; 329 checks, 323 at first look. Four causes fixed
(a fifth after the landing), one miss my reading, no strict xfail. Batches 10 to 16 were first run with causes 1 and 2 already fixed, 15 and 16 with all four.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import checked, closing, codes, items, paragraphs, phases, signed, tree

HEAD = "关于区政协十届三次会议第0317号提案的答复\n周某委员：\n您提出的关于完善社区养老服务的提案收悉，现答复如下：\n"
TAIL = "\n某区民政局\n2025年8月12日"
SIGNED = (("某区民政局",), "2025-08-12")


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


def pre_items(doc: govdoc.Document) -> list[list[tuple[int, str, str]]]:
    return [items(p) for p in doc.preamble]


# Batch 1 (written before any run): ㈠㈡ (the parenthesised ideographs of U+3220), ⒈ and ⑴ at two levels


def test_parenthesised_ideograph_glyphs_under_a_top_heading() -> None:
    doc = body(
        "一、关于助餐服务\n㈠社区食堂\n全区建成社区食堂二十个。\n㈡老年助餐点\n建成助餐点六十个。\n"
        "二、关于上门服务\n开展上门服务一万人次。"
    )
    same(
        {"tree": tree(doc), "subs": subs(doc.sections[0]), "two": paragraphs(doc.sections[1]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于助餐服务"),
                (2, "cn-paren", "㈠", "社区食堂"),
                (2, "cn-paren", "㈡", "老年助餐点"),
                (1, "cn", "二、", "关于上门服务"),
            ],
            "subs": [["全区建成社区食堂二十个。"], ["建成助餐点六十个。"]],
            "two": ["开展上门服务一万人次。"],
            "gap": False,
        },
    )


def test_parenthesised_ideograph_glyphs_as_the_top_family_run_in() -> None:
    doc = body(
        "㈠建设养老驿站。全区建成驿站四十个。\n㈡培育服务队伍。培训护理员六百人。\n㈢完善补贴政策。补贴标准提高两成。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "tree": [
                (1, "cn-paren", "㈠", "建设养老驿站"),
                (1, "cn-paren", "㈡", "培育服务队伍"),
                (1, "cn-paren", "㈢", "完善补贴政策"),
            ],
            "paras": [["全区建成驿站四十个。"], ["培训护理员六百人。"], ["补贴标准提高两成。"]],
            "signed": SIGNED,
        },
    )


def test_digit_full_stop_glyphs_over_parenthesised_digit_glyphs_under_a_top_heading() -> None:
    doc = body(
        "一、关于资金保障\n⒈市级补助\n⑴建设补贴\n每张床位补贴一万元。\n⑵运营补贴\n每月每床二百元。\n⒉区级配套\n按一比一配套。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "deep": subs(one.sections[0]), "last": paragraphs(one.sections[1]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于资金保障"),
                (2, "num", "⒈", "市级补助"),
                (3, "num-paren", "⑴", "建设补贴"),
                (3, "num-paren", "⑵", "运营补贴"),
                (2, "num", "⒉", "区级配套"),
            ],
            "deep": [["每张床位补贴一万元。"], ["每月每床二百元。"]],
            "last": ["按一比一配套。"],
            "gap": False,
        },
    )


def test_digit_full_stop_glyphs_as_the_top_family_over_parenthesised_digit_glyphs() -> None:
    doc = body(
        "⒈工作进展\n⑴机构建设\n新建机构五家。\n⑵人才培养\n培训六百人。\n⒉下步打算\n下一步，我局将扩大服务覆盖面。"
    )
    same(
        {"tree": tree(doc), "phases": phases(doc.sections[1]), "signed": signed(doc)},
        {
            "tree": [
                (1, "num", "⒈", "工作进展"),
                (2, "num-paren", "⑴", "机构建设"),
                (2, "num-paren", "⑵", "人才培养"),
                (1, "num", "⒉", "下步打算"),
            ],
            "phases": ["plan"],
            "signed": SIGNED,
        },
    )


def test_one_paren_ideograph_family_written_as_glyph_then_in_brackets_is_one_run() -> None:
    doc = body(
        "一、关于医养结合\n㈠签约服务\n签约率百分之八十。\n（二）床位转换\n转换床位三百张。\n㈢远程医疗\n覆盖全部机构。"
    )
    same(
        {"styles": [(s.style, s.ordinal) for s in doc.sections[0].sections], "gap": gap(doc)},
        {"styles": [("cn-paren", 1), ("cn-paren", 2), ("cn-paren", 3)], "gap": False},
    )


def test_parenthesised_ideograph_glyphs_followed_by_a_pause_mark() -> None:
    doc = body("一、关于队伍建设\n㈠、专业护理员\n持证上岗率百分之九十。\n㈡、志愿者\n注册志愿者三千人。")
    same(
        {"tree": tree(doc), "subs": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于队伍建设"),
                (2, "cn-paren", "㈠、", "专业护理员"),
                (2, "cn-paren", "㈡、", "志愿者"),
            ],
            "subs": [["持证上岗率百分之九十。"], ["注册志愿者三千人。"]],
        },
    )


def test_digit_full_stop_glyphs_opening_long_points_have_no_title() -> None:
    doc = body(
        "⒈全区现有养老机构二十三家，床位四千张，入住率达到百分之六十五，较上年提高五个百分点。\n"
        "⒉全区社区养老服务中心实现街道全覆盖，每个中心配备专职社工不少于三名。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "num", "⒈", None), (1, "num", "⒉", None)],
            "paras": [
                ["全区现有养老机构二十三家，床位四千张，入住率达到百分之六十五，较上年提高五个百分点。"],
                ["全区社区养老服务中心实现街道全覆盖，每个中心配备专职社工不少于三名。"],
            ],
        },
    )


def test_ten_parenthesised_ideograph_glyphs_run_on_in_brackets_at_eleven_and_twelve() -> None:
    glyphs = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
    names = ["城东", "城西", "城南", "城北", "新港", "高桥", "花园", "湖滨", "南岭", "北湖", "东岸", "西岭"]
    lines = [f"{g}{n}街道\n建成驿站一个。" for g, n in zip(glyphs, names, strict=False)]
    lines += ["（十一）东岸街道\n建成驿站一个。", "（十二）西岭街道\n建成驿站一个。"]
    doc = body("一、关于驿站布局\n" + "\n".join(lines))
    subs_ = doc.sections[0].sections
    same(
        {
            "ordinals": [s.ordinal for s in subs_],
            "markers": [s.marker for s in subs_][-3:],
            "titles": [s.title for s in subs_][-2:],
            "gap": gap(doc),
        },
        {
            "ordinals": list(range(1, 13)),
            "markers": ["㈩", "（十一）", "（十二）"],
            "titles": ["东岸街道", "西岭街道"],
            "gap": False,
        },
    )


# Batch 2 (written before any run): 甲、乙、 and A. B. under numbered headings, decimal outlines under 一、


def test_heavenly_stem_points_under_a_top_heading_stay_its_paragraphs() -> None:
    doc = body(
        "一、关于服务对象\n甲、特困老人\n全额资助。\n乙、低保老人\n资助百分之八十。\n二、关于服务内容\n助餐助浴。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "two": paragraphs(doc.sections[1])},
        {
            "tree": [(1, "cn", "一、", "关于服务对象"), (1, "cn", "二、", "关于服务内容")],
            "one": ["甲、特困老人", "全额资助。", "乙、低保老人", "资助百分之八十。"],
            "two": ["助餐助浴。"],
        },
    )


def test_latin_capital_points_under_a_paren_heading_stay_its_paragraphs() -> None:
    doc = body(
        "一、关于助餐服务\n（一）服务方式\nA.集中就餐\n在社区食堂就餐。\nB.送餐上门\n由志愿者配送。\n（二）价格标准\n每餐十元。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "first": paragraphs(one.sections[0]), "second": paragraphs(one.sections[1])},
        {
            "tree": [
                (1, "cn", "一、", "关于助餐服务"),
                (2, "cn-paren", "（一）", "服务方式"),
                (2, "cn-paren", "（二）", "价格标准"),
            ],
            "first": ["A.集中就餐", "在社区食堂就餐。", "B.送餐上门", "由志愿者配送。"],
            "second": ["每餐十元。"],
        },
    )


def test_decimal_outline_numbers_under_ideograph_headings_stay_text() -> None:
    doc = body(
        "一、总体要求\n1.1 指导思想\n以老年人需求为导向。\n1.2 基本原则\n政府主导，社会参与。\n"
        "二、主要任务\n2.1 设施建设\n新建驿站十个。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "two": paragraphs(doc.sections[1])},
        {
            "tree": [(1, "cn", "一、", "总体要求"), (1, "cn", "二、", "主要任务")],
            "one": ["1.1 指导思想", "以老年人需求为导向。", "1.2 基本原则", "政府主导，社会参与。"],
            "two": ["2.1 设施建设", "新建驿站十个。"],
        },
    )


def test_three_part_decimal_numbers_under_a_paren_heading_stay_text() -> None:
    doc = body(
        "一、关于设施标准\n（一）建筑标准\n2.3.4 建筑面积不少于三百平方米。\n2.3.5 设置无障碍通道。\n（二）设备标准\n配备呼叫系统。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "first": paragraphs(one.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于设施标准"),
                (2, "cn-paren", "（一）", "建筑标准"),
                (2, "cn-paren", "（二）", "设备标准"),
            ],
            "first": ["2.3.4 建筑面积不少于三百平方米。", "2.3.5 设置无障碍通道。"],
        },
    )


def test_decimal_outline_numbers_unspaced_under_arabic_points_under_a_top_heading() -> None:
    doc = body(
        "一、规划内容\n1.空间布局\n1.1城区\n每个社区建一个站点。\n1.2农村\n每个行政村建一个互助点。\n2.设施标准\n按省定标准建设。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "first": paragraphs(one.sections[0]), "second": paragraphs(one.sections[1])},
        {
            "tree": [(1, "cn", "一、", "规划内容"), (2, "num", "1.", "空间布局"), (2, "num", "2.", "设施标准")],
            "first": ["1.1城区", "每个社区建一个站点。", "1.2农村", "每个行政村建一个互助点。"],
            "second": ["按省定标准建设。"],
        },
    )


def test_three_level_decimal_outline_with_a_full_width_dot_under_a_top_heading() -> None:
    doc = body(
        "一、实施步骤\n1.1.1　摸底调查\n三月底前完成。\n1.1.2　制定方案\n四月底前完成。\n二、保障措施\n加强督查。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "实施步骤"), (1, "cn", "二、", "保障措施")],
            "one": ["1.1.1　摸底调查", "三月底前完成。", "1.1.2　制定方案", "四月底前完成。"],
        },
    )


def test_heavenly_stem_points_in_a_body_without_headings_stay_the_preamble() -> None:
    doc = checked(
        "关于某区养老服务补贴的复函\n区老龄办：\n来函收悉。现将补贴对象函复如下：\n甲、失能老人，每月补贴三百元。\n"
        "乙、半失能老人，每月补贴二百元。\n特此函复。\n某区民政局\n2025年8月12日"
    )
    same(
        {"sections": tree(doc), "preamble": [p.text for p in doc.preamble], "closing": closing(doc)},
        {
            "sections": [],
            "preamble": [
                "来函收悉。现将补贴对象函复如下：",
                "甲、失能老人，每月补贴三百元。",
                "乙、半失能老人，每月补贴二百元。",
            ],
            "closing": "特此函复。",
        },
    )


def test_latin_capitals_with_a_pause_mark_under_arabic_points() -> None:
    doc = body("1.服务内容\nA、生活照料\nB、医疗护理\n2.服务方式\n上门和集中相结合。")
    same(
        {"tree": tree(doc), "first": paragraphs(doc.sections[0]), "gap": gap(doc)},
        {
            "tree": [(1, "num", "1.", "服务内容"), (1, "num", "2.", "服务方式")],
            "first": ["A、生活照料", "B、医疗护理"],
            "gap": False,
        },
    )


# Batch 3 (written before any run): a 办法 of chapters and articles, attached to a 通知 or printed after it

NOTICE = (
    "某区民政局关于印发《某区养老服务补贴管理办法》的通知\n各街道办事处：\n"
    "现将《某区养老服务补贴管理办法》印发给你们，请认真贯彻执行。\n"
)
MEASURES = (
    "某区养老服务补贴管理办法\n第一章　总则\n第一条　为规范养老服务补贴管理，制定本办法。\n"
    "第二条　本办法适用于本区户籍老年人。\n第二章　补贴标准\n第三条　失能老人每月补贴三百元。"
)


def test_a_measures_text_under_an_attachment_label_after_the_notices_signature_is_no_section() -> None:
    doc = checked(NOTICE + "附件：某区养老服务补贴管理办法\n某区民政局\n2025年8月12日\n附件\n" + MEASURES)
    same(
        {
            "kind": doc.kind,
            "tree": tree(doc),
            "preamble": [p.text for p in doc.preamble],
            "attachments": doc.attachments,
            "signed": signed(doc),
        },
        {
            "kind": "notice",
            "tree": [],
            "preamble": ["现将《某区养老服务补贴管理办法》印发给你们，请认真贯彻执行。"],
            "attachments": ("某区养老服务补贴管理办法",),
            "signed": SIGNED,
        },
    )


def test_a_measures_text_printed_after_the_notices_signature_without_a_label_is_the_body() -> None:
    doc = checked(NOTICE + "某区民政局\n2025年8月12日\n" + MEASURES)
    same(
        {"ranks": [(s.level, s.style, s.marker, s.title) for s in doc.iter_sections()], "signed": signed(doc)},
        {
            "ranks": [
                (1, "chapter", "第一章", "总则"),
                (2, "article", "第一条", None),
                (2, "article", "第二条", None),
                (1, "chapter", "第二章", "补贴标准"),
                (2, "article", "第三条", None),
            ],
            "signed": SIGNED,
        },
    )


def test_a_notice_with_its_own_headings_keeps_them_and_leaves_its_attached_chapters_out() -> None:
    doc = checked(
        NOTICE.replace("请认真贯彻执行。", "现就有关事项通知如下：")
        + "一、提高思想认识\n各街道要高度重视。\n二、加强组织实施\n各街道要明确专人负责。\n"
        "附件：某区养老服务补贴管理办法\n某区民政局\n2025年8月12日\n附件\n" + MEASURES
    )
    same(
        {
            "tree": tree(doc),
            "last": paragraphs(doc.sections[-1]),
            "attachments": doc.attachments,
            "signed": signed(doc),
        },
        {
            "tree": [(1, "cn", "一、", "提高思想认识"), (1, "cn", "二、", "加强组织实施")],
            "last": ["各街道要明确专人负责。"],
            "attachments": ("某区养老服务补贴管理办法",),
            "signed": SIGNED,
        },
    )


def test_articles_listing_paren_points_under_chapters_of_a_measures_text() -> None:
    doc = checked(
        "某区养老服务补贴管理办法\n第一章　总则\n第一条　为规范养老服务补贴管理，制定本办法。\n"
        "第二章　补贴对象\n第二条　补贴对象包括：\n（一）特困老人；\n（二）低保老人；\n（三）计划生育特殊家庭老人。\n"
        "第三条　补贴对象每年核定一次。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc)},
        {
            "kind": "measures",
            "tree": [
                (1, "chapter", "第一章", "总则"),
                (2, "article", "第一条", None),
                (1, "chapter", "第二章", "补贴对象"),
                (2, "article", "第二条", None),
                (3, "cn-paren", "（一）", None),
                (3, "cn-paren", "（二）", None),
                (3, "cn-paren", "（三）", "计划生育特殊家庭老人"),
                (2, "article", "第三条", None),
            ],
            "gap": False,
        },
    )


def test_articles_whose_line_is_only_their_number_and_a_short_heading_take_it_as_title() -> None:
    doc = checked(
        "某区养老服务补贴管理办法\n第一章　总则\n第一条　目的\n为规范养老服务补贴管理，制定本办法。\n"
        "第二条　适用范围\n本办法适用于本区户籍老年人。"
    )
    arts = doc.sections[0].sections
    same(
        {"titles": [s.title for s in arts], "paras": [paragraphs(s) for s in arts]},
        {
            "titles": ["目的", "适用范围"],
            "paras": [["为规范养老服务补贴管理，制定本办法。"], ["本办法适用于本区户籍老年人。"]],
        },
    )


def test_articles_numbered_on_across_chapters_warn_no_gap() -> None:
    doc = checked(
        "某区养老服务补贴管理办法\n第一章　总则\n第一条　为规范补贴管理，制定本办法。\n第二条　区民政局负责实施。\n"
        "第二章　补贴发放\n第三条　补贴按月发放。\n第四条　补贴发放到本人账户。\n"
        "第三章　附则\n第五条　本办法自印发之日起施行。"
    )
    same(
        {"ordinals": [(s.style, s.ordinal) for s in doc.iter_sections()], "gap": gap(doc)},
        {
            "ordinals": [
                ("chapter", 1),
                ("article", 1),
                ("article", 2),
                ("chapter", 2),
                ("article", 3),
                ("article", 4),
                ("chapter", 3),
                ("article", 5),
            ],
            "gap": False,
        },
    )


def test_an_attachment_label_and_title_on_one_line_after_the_signature_heads_a_measures_text() -> None:
    doc = checked(
        NOTICE + "某区民政局\n2025年8月12日\n附件：某区养老服务补贴管理办法\n第一章　总则\n"
        "第一条　为规范养老服务补贴管理，制定本办法。\n第二条　本办法适用于本区户籍老年人。"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc)},
        {"tree": [], "attachments": ("某区养老服务补贴管理办法",), "signed": SIGNED},
    )


def test_a_reply_and_its_attachments_own_signature_keeps_the_replys() -> None:
    doc = checked(
        HEAD
        + "一、关于驿站建设\n今年新建驿站十个。\n特此答复。\n附件：某区养老驿站建设计划\n某区民政局\n2025年8月12日\n"
        "附件\n某区养老驿站建设计划\n一、建设目标\n新建驿站十个。\n二、建设进度\n年底前全部建成。\n"
        "某区养老服务指导中心\n2025年7月1日"
    )
    same(
        {
            "tree": tree(doc),
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
        },
        {
            "tree": [(1, "cn", "一、", "关于驿站建设")],
            "closing": "特此答复。",
            "attachments": ("某区养老驿站建设计划",),
            "signed": SIGNED,
        },
    )


# Batch 4 (written before any run): a heading straight over its first sub-heading, a skipped rank, runs
# starting at （二） or running on, markers at a line's end or cut off a line


def test_a_top_heading_straight_over_its_first_paren_heading_holds_no_paragraph() -> None:
    doc = body(
        "一、关于服务设施\n（一）城区\n新建驿站十个。\n（二）农村\n新建互助点三十个。\n二、关于服务队伍\n培训六百人。"
    )
    one = doc.sections[0]
    same(
        {
            "own": paragraphs(one),
            "subs": subs(one),
            "ends": one.span.end == one.sections[-1].span.end,
            "starts": doc.text[one.span.start : one.span.start + 2],
        },
        {"own": [], "subs": [["新建驿站十个。"], ["新建互助点三十个。"]], "ends": True, "starts": "一、"},
    )


def test_arabic_points_straight_under_ideograph_headings_skip_a_rank_without_a_warning() -> None:
    doc = body(
        "一、关于设施建设\n1.新建驿站十个。\n2.改造养老院三所。\n二、关于队伍建设\n1.培训护理员六百人。\n2.招聘社工五十人。"
    )
    same(
        {"ranks": [(s.level, s.style, s.ordinal) for s in doc.iter_sections()], "gap": gap(doc)},
        {
            "ranks": [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (1, "cn", 2), (2, "num", 1), (2, "num", 2)],
            "gap": False,
        },
    )


def test_a_paren_run_starting_at_two_under_the_first_heading_warns_a_gap() -> None:
    doc = body("一、关于服务设施\n（二）农村互助点\n新建三十个。\n（三）城区驿站\n新建十个。")
    same(
        {"ordinals": [s.ordinal for s in doc.sections[0].sections], "gap": gap(doc)},
        {"ordinals": [2, 3], "gap": True},
    )


def test_paren_numbers_running_on_into_the_second_heading_keep_their_numbers_without_a_warning() -> None:
    doc = body(
        "一、关于设施\n（一）驿站\n新建十个。\n（二）养老院\n改造三所。\n二、关于队伍\n（三）护理员\n培训六百人。\n（四）社工\n招聘五十人。"
    )
    same(
        {
            "ordinals": [s.ordinal for s in doc.sections[1].sections],
            "titles": [s.title for s in doc.sections[1].sections],
            "gap": gap(doc),
        },
        {"ordinals": [3, 4], "titles": ["护理员", "社工"], "gap": False},
    )


def test_a_paren_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("一、关于服务体系\n（一）加强设施建设\n新建驿站十个。\n（二）\n加强队伍建设\n培训护理员六百人。")
    same(
        {"tree": tree(doc), "subs": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于服务体系"),
                (2, "cn-paren", "（一）", "加强设施建设"),
                (2, "cn-paren", "（二）", "加强队伍建设"),
            ],
            "subs": [["新建驿站十个。"], ["培训护理员六百人。"]],
        },
    )


def test_an_inline_list_marker_ending_a_line_carries_the_list_on_to_the_next_line() -> None:
    doc = body(
        "一、关于探访关爱\n主要做法包括（1）\n建立台账；（2）定期走访；（3）结对帮扶。\n二、关于助餐服务\n建成食堂二十个。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "关于探访关爱"), (1, "cn", "二、", "关于助餐服务")],
            "one": ["主要做法包括（1）建立台账；（2）定期走访；（3）结对帮扶。"],
        },
    )


def test_a_hard_wrap_bringing_a_cited_paren_number_to_a_line_start_stays_one_paragraph() -> None:
    doc = body(
        "一、关于护理补贴\n按照《某省养老服务条例》第十二条第\n（二）项规定，我区对失能老人给予护\n理补贴，补贴标准逐年提高。\n"
        "二、关于助餐服务\n建成食堂二十个。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "关于护理补贴"), (1, "cn", "二、", "关于助餐服务")],
            "one": ["按照《某省养老服务条例》第十二条第（二）项规定，我区对失能老人给予护理补贴，补贴标准逐年提高。"],
        },
    )


def test_a_paragraph_broken_off_on_a_joining_word_does_not_swallow_the_next_heading() -> None:
    doc = body(
        "一、关于服务体系\n（一）完善设施\n全区已建成一批嵌入式养老机构，形成了覆盖城乡的\n（二）加强队伍建设\n培训护理员六百人。"
    )
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {
            "titles": ["完善设施", "加强队伍建设"],
            "subs": [["全区已建成一批嵌入式养老机构，形成了覆盖城乡的"], ["培训护理员六百人。"]],
        },
    )


# Batch 5 (written before any run): inline lists inside one paragraph, member leads closed by 。 ， or ：,
# 一要 runs, 第一 with and without its comma


def test_paren_numbers_run_inside_one_paragraph_open_no_sections_and_no_members() -> None:
    doc = body(
        "一、关于探访关爱\n我局采取了三项措施：（1）建立台账；（2）定期走访；（3）结对帮扶。\n二、关于助餐服务\n建成食堂二十个。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "one": paragraphs(one), "items": all_items(one)},
        {
            "tree": [(1, "cn", "一、", "关于探访关爱"), (1, "cn", "二、", "关于助餐服务")],
            "one": ["我局采取了三项措施：（1）建立台账；（2）定期走访；（3）结对帮扶。"],
            "items": [[]],
        },
    )


def test_circled_numbers_run_inside_one_paragraph_open_no_sections_and_no_members() -> None:
    doc = body("一、关于适老化改造\n主要做法：①加装扶手；②改造卫生间；③配置呼叫设备。全年改造一千户。")
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "one": paragraphs(one), "items": all_items(one)},
        {
            "tree": [(1, "cn", "一、", "关于适老化改造")],
            "one": ["主要做法：①加装扶手；②改造卫生间；③配置呼叫设备。全年改造一千户。"],
            "items": [[]],
        },
    )


def test_a_line_opening_with_an_inline_list_is_one_untitled_point_holding_the_rest() -> None:
    doc = body("一、关于探访关爱\n（1）建立台账；（2）定期走访。\n二、关于助餐服务\n建成食堂二十个。")
    same(
        {"tree": tree(doc), "point": paragraphs(doc.sections[0].sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于探访关爱"),
                (2, "num-paren", "（1）", None),
                (1, "cn", "二、", "关于助餐服务"),
            ],
            "point": ["建立台账；（2）定期走访。"],
        },
    )


def test_member_leads_closed_by_a_full_stop() -> None:
    doc = body("一、关于安全管理\n一是加强巡查。每月巡查两次。二是完善制度。出台管理办法。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "加强巡查"), (2, "二是", "完善制度")]]},
    )


def test_member_leads_running_past_a_comma_to_the_semicolon() -> None:
    doc = body("一、关于安全管理\n一是加强巡查，每月巡查两次；二是完善制度，出台管理办法。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "加强巡查，每月巡查两次"), (2, "二是", "完善制度，出台管理办法")]]},
    )


def test_member_leads_keep_a_colon_inside_them() -> None:
    doc = body("一、关于安全管理\n一是加强巡查：每月巡查两次。二是完善制度：出台管理办法。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "加强巡查：每月巡查两次"), (2, "二是", "完善制度：出台管理办法")]]},
    )


def test_a_yao_run_after_a_subject_with_no_mark_between() -> None:
    doc = body("一、关于工作要求\n各街道一要提高认识；二要压实责任；三要强化督查。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一要", "提高认识"), (2, "二要", "压实责任"), (3, "三要", "强化督查")]]},
    )


def test_di_yi_without_its_comma_is_no_member_and_with_it_is() -> None:
    doc = body("一、关于工作措施\n第一加强巡查，第二完善制度。\n第一，加强巡查；第二，完善制度。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[], [(1, "第一", "加强巡查"), (2, "第二", "完善制度")]]},
    )


# Batch 6 (written before any run): 首先/其次/再次 chains, members over several paragraphs, phases as
# headings and inside paragraphs


def test_a_sequence_chain_of_four_in_one_paragraph() -> None:
    doc = body("一、关于助浴服务\n首先，配置助浴车辆；其次，培训助浴人员；再次，制定服务规范；最后，开展满意度评价。")
    same(
        {"items": all_items(doc.sections[0])},
        {
            "items": [
                [
                    (1, "首先", "配置助浴车辆"),
                    (2, "其次", "培训助浴人员"),
                    (3, "再次", "制定服务规范"),
                    (4, "最后", "开展满意度评价"),
                ]
            ]
        },
    )


def test_a_chain_opening_at_qi_ci_without_shou_xian_has_no_members() -> None:
    doc = body("一、关于助浴服务\n助浴车辆已配置到位。其次，培训助浴人员；再次，制定服务规范。")
    same({"items": all_items(doc.sections[0])}, {"items": [[]]})


def test_a_sequence_chain_over_three_paragraphs_puts_each_member_in_its_own() -> None:
    doc = body("一、关于助浴服务\n首先，配置助浴车辆。\n其次，培训助浴人员。\n再次，制定服务规范。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "首先", "配置助浴车辆")], [(2, "其次", "培训助浴人员")], [(3, "再次", "制定服务规范")]]},
    )


def test_a_member_going_on_over_a_paragraph_without_a_marker_keeps_its_paragraph() -> None:
    doc = body("一、关于安全管理\n一是加强巡查。每月巡查两次。\n巡查发现问题及时整改。\n二是完善制度。出台管理办法。")
    paras = doc.sections[0].paragraphs
    same(
        {"items": all_items(doc.sections[0]), "first": [i.text for i in paras[0].items]},
        {
            "items": [[(1, "一是", "加强巡查")], [], [(2, "二是", "完善制度")]],
            "first": ["一是加强巡查。每月巡查两次。"],
        },
    )


def test_phases_split_across_headings_need_a_plan_opener_in_a_paragraph() -> None:
    doc = body("一、基本情况\n全区建成驿站四十个。\n二、存在问题\n专业人员不足。\n三、下一步打算\n加大人才培养力度。")
    same(
        {"phases": [phases(s) for s in doc.sections], "titles": [s.title for s in doc.sections]},
        {"phases": [[None], [None], [None]], "titles": ["基本情况", "存在问题", "下一步打算"]},
    )


def test_plan_words_inside_a_paragraph_set_no_phase() -> None:
    doc = body("一、关于驿站建设\n今年新建驿站十个。下一步，我们将继续扩大覆盖。\n我们下一步将推进驿站连锁运营。")
    same({"phases": phases(doc.sections[0])}, {"phases": [None, None]})


def test_phases_of_a_reply_without_headings_are_read_in_its_preamble() -> None:
    doc = checked(HEAD + "目前全区建成驿站四十个。\n下一步，我局将推进驿站连锁运营。\n特此答复。" + TAIL)
    same(
        {"phases": [p.phase for p in doc.preamble], "closing": closing(doc), "signed": signed(doc)},
        {"phases": ["progress", "progress", "plan"], "closing": "特此答复。", "signed": SIGNED},
    )


def test_phases_inside_a_sub_section_under_two_plan_openers() -> None:
    doc = body("一、关于驿站建设\n（一）城区驿站\n目前已建成三十个。\n下步，将新建五个。\n今后，将每年评估一次。")
    same(
        {"own": phases(doc.sections[0]), "sub": phases(doc.sections[0].sections[0])},
        {"own": [], "sub": ["progress", "plan", "plan"]},
    )


# Batch 7 (written before any run): thirty and more points, two-digit markers (10. 11., （十一）, 二十一、, ⑪)

DIGITS = "一二三四五六七八九"


def cn(n: int) -> str:
    """1..39 in ideographs, written out here (not by the library) so the probe's markers are its own."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens - 1] + "十")
    return head + ("" if ones == 0 else DIGITS[ones - 1])


STREETS = [f"第{cn(k)}网格" for k in range(1, 40)]


def test_thirty_one_ideograph_headings_each_with_a_title_and_a_paragraph() -> None:
    lines = [f"{cn(k)}、关于{STREETS[k - 1]}\n建成驿站一个。" for k in range(1, 32)]
    doc = body("\n".join(lines))
    same(
        {
            "ordinals": [s.ordinal for s in doc.sections],
            "tail": [(s.marker, s.title) for s in doc.sections[-3:]],
            "last": paragraphs(doc.sections[-1]),
            "gap": gap(doc),
            "signed": signed(doc),
        },
        {
            "ordinals": list(range(1, 32)),
            "tail": [("二十九、", "关于第二十九网格"), ("三十、", "关于第三十网格"), ("三十一、", "关于第三十一网格")],
            "last": ["建成驿站一个。"],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_twelve_arabic_points_with_two_digit_markers_under_one_heading() -> None:
    lines = [f"{k}.{STREETS[k - 1]}\n配备社工两名。" for k in range(1, 13)]
    doc = body("一、关于网格服务\n" + "\n".join(lines) + "\n二、关于经费保障\n每个网格每年五万元。")
    one = doc.sections[0]
    same(
        {
            "ordinals": [s.ordinal for s in one.sections],
            "markers": [s.marker for s in one.sections[9:]],
            "titles": [s.title for s in one.sections[9:]],
            "two": paragraphs(doc.sections[1]),
            "gap": gap(doc),
        },
        {
            "ordinals": list(range(1, 13)),
            "markers": ["10.", "11.", "12."],
            "titles": ["第十网格", "第十一网格", "第十二网格"],
            "two": ["每个网格每年五万元。"],
            "gap": False,
        },
    )


def test_fifteen_paren_ideograph_headings_under_one_top_heading() -> None:
    lines = [f"（{cn(k)}）{STREETS[k - 1]}\n配备社工两名。" for k in range(1, 16)]
    doc = body("一、关于网格服务\n" + "\n".join(lines))
    one = doc.sections[0]
    same(
        {
            "ordinals": [s.ordinal for s in one.sections],
            "markers": [s.marker for s in one.sections[10:12]],
            "gap": gap(doc),
        },
        {"ordinals": list(range(1, 16)), "markers": ["（十一）", "（十二）"], "gap": False},
    )


def test_twelve_arabic_points_with_a_pause_mark_as_the_top_family() -> None:
    lines = [f"{k}、{STREETS[k - 1]}\n配备社工两名。" for k in range(1, 13)]
    doc = body("\n".join(lines))
    same(
        {"tree": tree(doc)[9:], "count": len(doc.sections), "gap": gap(doc)},
        {
            "tree": [
                (1, "num", "10、", "第十网格"),
                (1, "num", "11、", "第十一网格"),
                (1, "num", "12、", "第十二网格"),
            ],
            "count": 12,
            "gap": False,
        },
    )


def test_thirty_three_paren_digit_points_with_long_sentences_have_no_titles() -> None:
    lines = [
        f"（{k}）{STREETS[k - 1]}已配备专职社工两名，建立了老年人健康档案，并实现了每周上门探访一次。"
        for k in range(1, 34)
    ]
    doc = body("一、关于网格服务\n" + "\n".join(lines))
    points = doc.sections[0].sections
    same(
        {
            "count": len(points),
            "last": (points[-1].marker, points[-1].title, paragraphs(points[-1])),
            "gap": gap(doc),
        },
        {
            "count": 33,
            "last": (
                "（33）",
                None,
                ["第三十三网格已配备专职社工两名，建立了老年人健康档案，并实现了每周上门探访一次。"],
            ),
            "gap": False,
        },
    )


def test_a_top_number_skipped_after_twenty_warns_a_gap() -> None:
    lines = [f"{cn(k)}、关于{STREETS[k - 1]}\n建成驿站一个。" for k in [*range(1, 21), 22, 23]]
    doc = body("\n".join(lines))
    same(
        {"ordinals": [s.ordinal for s in doc.sections][-3:], "gap": gap(doc)},
        {"ordinals": [20, 22, 23], "gap": True},
    )


def test_twelve_circled_points_under_a_paren_heading() -> None:
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
    lines = [f"{c}{STREETS[k]}\n配备社工两名。" for k, c in enumerate(circled)]
    doc = body("一、关于网格服务\n（一）城区网格\n" + "\n".join(lines))
    points = doc.sections[0].sections[0].sections
    same(
        {
            "ordinals": [s.ordinal for s in points],
            "tail": [(s.level, s.style, s.marker, s.title) for s in points[-2:]],
            "gap": gap(doc),
        },
        {
            "ordinals": list(range(1, 13)),
            "tail": [(3, "circled", "⑪", "第十一网格"), (3, "circled", "⑫", "第十二网格")],
            "gap": False,
        },
    )


def test_thirty_points_with_a_closing_bracket_alone_then_a_closing_and_the_signature() -> None:
    lines = [f"{k}）{STREETS[k - 1]}\n配备社工两名。" for k in range(1, 31)]
    doc = body("一、关于网格服务\n" + "\n".join(lines) + "\n感谢您对养老服务工作的关心和支持！")
    points = doc.sections[0].sections
    same(
        {
            "count": len(points),
            "last": (points[-1].marker, points[-1].title, paragraphs(points[-1])),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "count": 30,
            "last": ("30）", "第三十网格", ["配备社工两名。"]),
            "closing": "感谢您对养老服务工作的关心和支持！",
            "signed": SIGNED,
        },
    )


# Batch 8 (written before any run): sections of a title only, a closing inside the last member, the 落款
# after a table or before its organ, two-line 复函


def test_top_headings_with_a_title_only_hold_no_paragraph_even_the_last_before_the_signature() -> None:
    doc = body("一、关于设施建设\n二、关于队伍建设\n培训护理员六百人。\n三、关于资金保障")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于设施建设"),
                (1, "cn", "二、", "关于队伍建设"),
                (1, "cn", "三、", "关于资金保障"),
            ],
            "paras": [[], ["培训护理员六百人。"], []],
            "signed": SIGNED,
        },
    )


def test_a_formula_ending_the_last_members_paragraph_is_the_closing() -> None:
    doc = body("一、关于下步工作\n一是扩大服务覆盖；二是提升服务质量。特此答复。")
    para = doc.sections[0].paragraphs
    same(
        {
            "closing": closing(doc),
            "paras": paragraphs(doc.sections[0]),
            "items": all_items(doc.sections[0]),
            "last": para[0].items[-1].text if para and para[0].items else None,
        },
        {
            "closing": "特此答复。",
            "paras": ["一是扩大服务覆盖；二是提升服务质量。"],
            "items": [[(1, "一是", "扩大服务覆盖"), (2, "二是", "提升服务质量")]],
            "last": "二是提升服务质量。",
        },
    )


def test_the_signature_right_after_a_pipe_table_ending_the_last_section() -> None:
    doc = body("一、关于驿站分布\n各街道驿站数量如下：\n| 街道 | 数量 |\n| --- | --- |\n| 城东 | 12 |\n| 城西 | 8 |")
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "paras": paragraphs(one), "tables": len(one.tables), "signed": signed(doc)},
        {"tree": [(1, "cn", "一、", "关于驿站分布")], "paras": ["各街道驿站数量如下："], "tables": 1, "signed": SIGNED},
    )


def test_an_ideograph_date_above_the_organ_is_the_signature() -> None:
    doc = checked(HEAD + "一、关于驿站建设\n今年新建驿站十个。\n特此答复。\n二〇二五年八月十二日\n某区民政局")
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paragraphs(doc.sections[0])},
        {"signed": SIGNED, "closing": "特此答复。", "last": ["今年新建驿站十个。"]},
    )


def test_a_two_line_reply_letter_of_a_title_and_one_sentence() -> None:
    doc = checked("关于同意设立养老驿站的复函\n你单位来函收悉，经研究，同意在城东街道设立养老驿站。特此函复。")
    same(
        {
            "kind": doc.kind,
            "title": doc.header.title,
            "preamble": [p.text for p in doc.preamble],
            "sections": tree(doc),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "reply",
            "title": "关于同意设立养老驿站的复函",
            "preamble": ["你单位来函收悉，经研究，同意在城东街道设立养老驿站。"],
            "sections": [],
            "closing": "特此函复。",
            "signed": None,
        },
    )


def test_a_two_line_answer_with_the_organ_and_date_on_its_second_line() -> None:
    doc = checked("来函收悉。同意你单位意见。此复。\n某区民政局　2025年8月12日")
    same(
        {"kind": doc.kind, "preamble": [p.text for p in doc.preamble], "closing": closing(doc), "signed": signed(doc)},
        {"kind": "reply", "preamble": ["来函收悉。同意你单位意见。"], "closing": "此复。", "signed": SIGNED},
    )


def test_thanks_ending_the_last_members_paragraph_stay_body() -> None:
    doc = body("一、关于下步工作\n一是扩大覆盖；二是提升质量；三是加强宣传。感谢您对养老工作的关心和支持！")
    same(
        {"closing": closing(doc), "items": [n for n, _, _ in items(doc.sections[0].paragraphs[0])]},
        {"closing": None, "items": [1, 2, 3]},
    )


def test_paren_headings_with_titles_only_under_a_top_heading_and_a_plan_after() -> None:
    doc = body("一、工作进展\n（一）设施建设\n（二）队伍建设\n二、下步打算\n下一步，我局将继续推进。")
    same(
        {
            "tree": tree(doc),
            "subs": subs(doc.sections[0]),
            "own": paragraphs(doc.sections[0]),
            "plan": phases(doc.sections[1]),
        },
        {
            "tree": [
                (1, "cn", "一、", "工作进展"),
                (2, "cn-paren", "（一）", "设施建设"),
                (2, "cn-paren", "（二）", "队伍建设"),
                (1, "cn", "二、", "下步打算"),
            ],
            "subs": [[], []],
            "own": [],
            "plan": ["plan"],
        },
    )


# Batch 9 (written before any run): hard-wrapped copies (a PDF's text layer cut every 20 characters) where
# a wrap brings a marker to a line's start or leaves one at a line's end

WIDTH = 20
INTRO = (
    "近年来，我区认真贯彻落实积极应对人口老龄化国家战略，持续完善社区居家养老服务体系，"
    "全区养老服务水平不断提升，老年人的获得感和幸福感明显增强。"
)


def wrapped_reply(*lines: str) -> govdoc.Document:
    """The reply from its opening on cut every WIDTH characters (title and addressee as printed)."""
    text = [HEAD.splitlines()[2], INTRO, *lines, "特此答复。", "某区民政局", "2025年8月12日"]
    cut = "\n".join(line[k : k + WIDTH] for line in text for k in range(0, len(line), WIDTH))
    return checked("\n".join(HEAD.splitlines()[:2]) + "\n" + cut)


def test_a_wrap_bringing_an_inline_paren_number_to_a_line_start_keeps_one_paragraph() -> None:
    point = "主要措施：（1）建立独居老人的信息台账；（2）定期上门走访；（3）开展结对帮扶。"
    doc = wrapped_reply("一、关于探访关爱", point, "二、关于助餐服务", "建成食堂二十个。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0]), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于探访关爱"), (1, "cn", "二、", "关于助餐服务")],
            "one": [point],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_wrap_bringing_an_inline_circled_number_to_a_line_start_keeps_one_paragraph() -> None:
    point = "主要做法有：①加装扶手和防滑地面等设施；②改造卫生间；③配置呼叫设备。"
    doc = wrapped_reply("一、关于适老化改造", point)
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于适老化改造")], "one": [point]},
    )


def test_a_wrap_bringing_the_second_member_to_a_line_start_keeps_the_run() -> None:
    point = "我局从两方面加强管理：一是加强安全巡查；二是完善管理制度，出台管理办法。"
    doc = wrapped_reply("一、关于安全管理", point)
    same(
        {"one": paragraphs(doc.sections[0]), "items": all_items(doc.sections[0])},
        {"one": [point], "items": [[(1, "一是", "加强安全巡查"), (2, "二是", "完善管理制度，出台管理办法")]]},
    )


def test_a_wrap_bringing_an_inline_arabic_number_to_a_line_start_opens_no_section() -> None:
    point = "今年重点推进以下工作：1.新建驿站十个；2.改造养老院三所；3.建设食堂二十个。"
    doc = wrapped_reply("一、关于设施建设", point, "二、关于队伍建设", "培训护理员六百人。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于设施建设"), (1, "cn", "二、", "关于队伍建设")], "one": [point]},
    )


def test_a_wrap_leaving_an_inline_marker_at_a_line_end_joins_the_list_below() -> None:
    point = "做好独居老人关爱工作，主要做法包括（1）建立台账；（2）定期探访；（3）帮扶。"
    doc = wrapped_reply("一、关于探访关爱", point, "二、关于助餐服务", "建成食堂二十个。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于探访关爱"), (1, "cn", "二、", "关于助餐服务")], "one": [point]},
    )


def test_a_paragraph_filling_its_line_to_a_full_stop_leaves_the_next_paren_heading_alone() -> None:
    full = "今年全区新建养老驿站十个和养老院共三所。"
    doc = wrapped_reply(
        "一、关于服务体系", "（一）加强设施建设", full, "（二）强化资金保障", "区财政每年安排专项资金五百万元。"
    )
    same(
        {"titles": [s.title for s in doc.sections[0].sections], "subs": subs(doc.sections[0])},
        {"titles": ["加强设施建设", "强化资金保障"], "subs": [[full], ["区财政每年安排专项资金五百万元。"]]},
    )


def test_a_wrapped_top_title_and_a_wrapped_run_in_paragraph() -> None:
    text = "各街道要成立工作专班，明确分管领导和具体责任人，确保各项任务落到实处。"
    doc = wrapped_reply(
        "一、关于进一步完善城乡社区居家养老服务网络的问题",
        "（一）加强组织领导。" + text,
        "（二）强化资金保障。区财政每年安排专项资金五百万元。",
    )
    one = doc.sections[0]
    same(
        {"title": one.title, "subs": [(s.title, paragraphs(s)) for s in one.sections]},
        {
            "title": "关于进一步完善城乡社区居家养老服务网络的问题",
            "subs": [("加强组织领导", [text]), ("强化资金保障", ["区财政每年安排专项资金五百万元。"])],
        },
    )


def test_a_wrap_bringing_a_cited_article_to_a_line_start_opens_no_article() -> None:
    second = "第二条　补贴对象资格认定程序，按照本办法第三条规定执行，由街道负责初审。"
    text = [
        "某区养老服务补贴管理办法",
        "第一条　为规范养老服务补贴管理，根据有关规定，结合本区实际，制定本办法。",
        second,
        "第三条　区民政局负责补贴对象的审核确认。",
    ]
    doc = checked("\n".join(line[k : k + WIDTH] for line in text for k in range(0, len(line), WIDTH)))
    same(
        {"tree": [(s.style, s.marker) for s in doc.iter_sections()], "second": paragraphs(doc.sections[1])},
        {
            "tree": [("article", "第一条"), ("article", "第二条"), ("article", "第三条")],
            "second": [second[4:]],
        },
    )


# Batch 10 (written before any run): glyph families four ranks deep, one family written as a glyph and as
# digits, glyphs spaced from their titles


def test_four_ranks_of_ideographs_paren_ideographs_digit_stops_and_paren_digit_glyphs_and_returns() -> None:
    doc = body(
        "一、关于设施建设\n（一）城区设施\n⒈养老驿站\n⑴新建驿站\n建成十个。\n⑵改造驿站\n改造五个。\n⒉日间照料中心\n建成三个。\n"
        "（二）农村设施\n建成互助点三十个。\n二、关于队伍建设\n培训六百人。"
    )
    same(
        {"ranks": [(s.level, s.style, s.ordinal) for s in doc.iter_sections()], "gap": gap(doc)},
        {
            "ranks": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (4, "num-paren", 2),
                (3, "num", 2),
                (2, "cn-paren", 2),
                (1, "cn", 2),
            ],
            "gap": False,
        },
    )


def test_four_ranks_of_ideographs_ideograph_glyphs_arabic_points_and_circled_points() -> None:
    doc = body(
        "一、关于资金保障\n㈠市级资金\n1.建设补助\n①新建床位\n每张一万元。\n②改建床位\n每张五千元。\n2.运营补助\n每月二百元。\n㈡区级资金\n按比例配套。"
    )
    same(
        {"tree": tree(doc), "deep": subs(doc.sections[0].sections[0].sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于资金保障"),
                (2, "cn-paren", "㈠", "市级资金"),
                (3, "num", "1.", "建设补助"),
                (4, "circled", "①", "新建床位"),
                (4, "circled", "②", "改建床位"),
                (3, "num", "2.", "运营补助"),
                (2, "cn-paren", "㈡", "区级资金"),
            ],
            "deep": [["每张一万元。"], ["每张五千元。"]],
        },
    )


def test_one_arabic_family_written_as_a_digit_stop_glyph_then_with_a_dot_is_one_run() -> None:
    doc = body(
        "一、关于服务内容\n⒈助餐服务\n建成食堂二十个。\n2.助浴服务\n配置助浴车两辆。\n⒊助医服务\n签约医生五十名。"
    )
    same(
        {"subs": [(s.level, s.style, s.ordinal, s.title) for s in doc.sections[0].sections], "gap": gap(doc)},
        {
            "subs": [(2, "num", 1, "助餐服务"), (2, "num", 2, "助浴服务"), (2, "num", 3, "助医服务")],
            "gap": False,
        },
    )


def test_one_paren_digit_family_written_as_a_glyph_then_in_brackets_is_one_run() -> None:
    doc = body("一、关于服务内容\n（一）居家服务\n⑴助餐\n建成食堂二十个。\n（2）助浴\n配置助浴车两辆。")
    same(
        {
            "subs": [(s.level, s.style, s.ordinal, s.title) for s in doc.sections[0].sections[0].sections],
            "gap": gap(doc),
        },
        {"subs": [(3, "num-paren", 1, "助餐"), (3, "num-paren", 2, "助浴")], "gap": False},
    )


def test_a_digit_stop_glyph_spaced_from_its_title() -> None:
    doc = body("一、关于资金保障\n⒈ 市级补助\n每床一万元。\n⒉ 区级配套\n按一比一配套。")
    same(
        {
            "subs": [(s.style, s.marker.strip(), s.title) for s in doc.sections[0].sections],
            "paras": subs(doc.sections[0]),
        },
        {"subs": [("num", "⒈", "市级补助"), ("num", "⒉", "区级配套")], "paras": [["每床一万元。"], ["按一比一配套。"]]},
    )


def test_an_ideograph_glyph_spaced_from_its_title_by_an_ideographic_space() -> None:
    doc = body("一、关于助餐服务\n㈠　社区食堂\n建成二十个。\n㈡　助餐点\n建成六十个。")
    same(
        {"subs": [(s.style, s.marker.strip("\u3000 "), s.title) for s in doc.sections[0].sections]},
        {"subs": [("cn-paren", "㈠", "社区食堂"), ("cn-paren", "㈡", "助餐点")]},
    )


def test_paren_digit_glyphs_opening_long_points_under_an_arabic_point() -> None:
    doc = body(
        "一、关于资金保障\n1.市级补助\n⑴对新建的社区养老服务设施，按照每张床位一万元的标准给予一次性建设补助。\n"
        "⑵对正常运营的社区养老服务设施，按照每月每张床位二百元的标准给予运营补助。"
    )
    points = doc.sections[0].sections[0].sections
    same(
        {"points": [(s.level, s.style, s.title) for s in points], "first": paragraphs(points[0])},
        {
            "points": [(3, "num-paren", None), (3, "num-paren", None)],
            "first": ["对新建的社区养老服务设施，按照每张床位一万元的标准给予一次性建设补助。"],
        },
    )


def test_circled_points_under_paren_digit_glyphs_under_a_top_heading() -> None:
    doc = body(
        "一、关于服务质量\n⑴服务标准\n①助餐标准\n每餐不低于十元。\n②助浴标准\n每次不少于半小时。\n⑵服务评价\n每年评价一次。"
    )
    same(
        {"ranks": [(s.level, s.style, s.marker) for s in doc.iter_sections()]},
        {
            "ranks": [
                (1, "cn", "一、"),
                (2, "num-paren", "⑴"),
                (3, "circled", "①"),
                (3, "circled", "②"),
                (2, "num-paren", "⑵"),
            ]
        },
    )


# Batch 11 (written before any run): member runs in a run-in heading's text, across sub-headings, of other
# families, and among look-alike words


def test_members_in_the_text_after_a_run_in_title() -> None:
    doc = body("一、关于安全管理\n（一）加强日常管理。一是加强巡查；二是完善制度。")
    sub = doc.sections[0].sections[0]
    same(
        {"title": sub.title, "paras": paragraphs(sub), "items": all_items(sub)},
        {
            "title": "加强日常管理",
            "paras": ["一是加强巡查；二是完善制度。"],
            "items": [[(1, "一是", "加强巡查"), (2, "二是", "完善制度")]],
        },
    )


def test_members_parted_by_a_sub_heading_make_no_run() -> None:
    doc = body("一、关于安全管理\n（一）巡查\n一是加强日常巡查。\n（二）制度\n二是完善管理制度。")
    same(
        {"items": [all_items(s) for s in doc.sections[0].sections]},
        {"items": [[[]], [[]]]},
    )


def test_qi_yi_members_with_a_pause_mark() -> None:
    doc = body("一、关于安全管理\n其一、加强日常巡查；其二、完善管理制度。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "其一", "加强日常巡查"), (2, "其二", "完善管理制度")]]},
    )


def test_one_side_and_the_other_side_in_one_sentence() -> None:
    doc = body("一、关于资金保障\n我局一方面加大财政投入，另一方面积极引入社会资本。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一方面", "加大财政投入"), (2, "另一方面", "积极引入社会资本")]]},
    )


def test_first_then_last_without_a_third_word() -> None:
    doc = body("一、关于助餐服务\n首先，扩大食堂覆盖面。其次，提高餐食质量。最后，完善补贴办法。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "首先", "扩大食堂覆盖面"), (2, "其次", "提高餐食质量"), (3, "最后", "完善补贴办法")]]},
    )


def test_tong_yi_shi_before_a_real_run_is_no_member() -> None:
    doc = body("一、关于工作机制\n标准统一是前提。一是统一服务标准；二是统一收费标准。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "统一服务标准"), (2, "二是", "统一收费标准")]]},
    )


def test_first_batch_and_second_batch_inside_members_stay_their_text() -> None:
    doc = body("一、关于驿站建设\n一是建成第一批驿站；二是启动第二批建设。")
    same(
        {"items": all_items(doc.sections[0])},
        {"items": [[(1, "一是", "建成第一批驿站"), (2, "二是", "启动第二批建设")]]},
    )


def test_yi_yao_qiu_is_no_member_of_a_yao_run() -> None:
    doc = body("一、关于工作要求\n区政府一要求各街道加强巡查，二要求各部门强化配合。")
    same({"items": all_items(doc.sections[0])}, {"items": [[]]})


# Batch 12 (written before any run): closings and signatures placed against the structure


def test_a_formula_on_its_own_line_after_a_title_only_last_section() -> None:
    doc = body("一、关于设施建设\n新建驿站十个。\n二、关于下步打算\n特此答复。")
    same(
        {
            "tree": tree(doc),
            "paras": [paragraphs(s) for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "tree": [(1, "cn", "一、", "关于设施建设"), (1, "cn", "二、", "关于下步打算")],
            "paras": [["新建驿站十个。"], []],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_thanks_and_a_formula_after_a_sub_section_close_the_reply_not_the_sub_section() -> None:
    doc = body(
        "一、关于设施建设\n（一）城区\n新建驿站十个。\n（二）农村\n新建互助点三十个。\n感谢您对民政工作的关心和支持。\n特此答复。"
    )
    same(
        {"last": paragraphs(doc.sections[0].sections[1]), "closing": closing(doc)},
        {"last": ["新建互助点三十个。"], "closing": "感谢您对民政工作的关心和支持。\n特此答复。"},
    )


def test_the_signature_after_a_tab_separated_table_ending_the_last_section() -> None:
    # my first look wanted the rows out of the paragraphs: in a text copy only `|` rows make a table (README,
    # `.txt`), tab rows stay lines (round 13 reads them so); the 落款 under them was the probe's point
    doc = body("一、关于驿站分布\n各街道驿站数量如下：\n街道\t数量\n城东\t12\n城西\t8")
    same(
        {"tree": tree(doc), "paras": paragraphs(doc.sections[0]), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于驿站分布")],
            "paras": ["各街道驿站数量如下：", "街道\t数量", "城东\t12", "城西\t8"],
            "signed": SIGNED,
        },
    )


def test_the_date_above_the_organ_after_a_closing_and_a_blank_line() -> None:
    doc = checked(HEAD + "一、关于驿站建设\n今年新建驿站十个。\n\n特此答复。\n\n2025年8月12日\n某区民政局")
    same({"signed": signed(doc), "closing": closing(doc)}, {"signed": SIGNED, "closing": "特此答复。"})


def test_a_reply_whose_attachment_prints_its_own_organ_and_date_under_a_table() -> None:
    doc = checked(
        HEAD + "一、关于驿站建设\n今年新建驿站十个。\n特此答复。\n附件：驿站建设情况表\n某区民政局\n2025年8月12日\n"
        "附件\n驿站建设情况表\n| 街道 | 数量 |\n| --- | --- |\n| 城东 | 6 |\n| 城西 | 4 |\n某区养老服务指导中心\n2025年8月1日"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc), "closing": closing(doc)},
        {
            "tree": [(1, "cn", "一、", "关于驿站建设")],
            "attachments": ("驿站建设情况表",),
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


def test_a_one_line_answer_with_a_formula_and_the_organ_and_date_below() -> None:
    doc = checked("关于调整助餐补贴标准的复函\n区老龄办：\n来函收悉，同意你办意见。此复。\n某区民政局\n2025年8月12日")
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
            "recipients": ["区老龄办"],
            "preamble": ["来函收悉，同意你办意见。"],
            "closing": "此复。",
            "signed": SIGNED,
        },
    )


def test_a_closing_in_the_last_sub_sections_last_member_paragraph() -> None:
    doc = body(
        "一、关于下步工作\n（一）扩大覆盖\n一是新建驿站；二是改造食堂。\n（二）提升质量\n一是培训人员；二是评估服务。特此答复。"
    )
    last = doc.sections[0].sections[1]
    same(
        {"closing": closing(doc), "paras": paragraphs(last), "items": all_items(last)},
        {
            "closing": "特此答复。",
            "paras": ["一是培训人员；二是评估服务。"],
            "items": [[(1, "一是", "培训人员"), (2, "二是", "评估服务")]],
        },
    )


def test_two_organs_on_two_lines_above_the_date() -> None:
    doc = checked(HEAD + "一、关于驿站建设\n今年新建驿站十个。\n特此答复。\n某区民政局\n某区财政局\n2025年8月12日")
    same(
        {"signed": signed(doc), "closing": closing(doc)},
        {"signed": (("某区民政局", "某区财政局"), "2025-08-12"), "closing": "特此答复。"},
    )


# Batch 13 (written before any run): runs that start late, run on or restart across parents, ranks skipped
# and used later, chapters over 一、


def test_a_top_run_starting_at_two_warns_a_gap() -> None:
    doc = body("二、关于设施建设\n新建驿站十个。\n三、关于队伍建设\n培训六百人。")
    same({"ordinals": [s.ordinal for s in doc.sections], "gap": gap(doc)}, {"ordinals": [2, 3], "gap": True})


def test_arabic_points_running_on_under_a_second_heading_and_restarting_under_a_third() -> None:
    doc = body(
        "一、关于设施\n1.新建驿站十个。\n2.改造养老院三所。\n二、关于队伍\n3.培训护理员六百人。\n4.招聘社工五十人。\n"
        "三、关于资金\n1.市级补助五百万元。\n2.区级配套五百万元。"
    )
    same(
        {"ordinals": [[p.ordinal for p in s.sections] for s in doc.sections], "gap": gap(doc)},
        {"ordinals": [[1, 2], [3, 4], [1, 2]], "gap": False},
    )


def test_ideograph_glyphs_restarting_under_each_top_heading() -> None:
    doc = body(
        "一、关于设施\n㈠驿站\n新建十个。\n㈡养老院\n改造三所。\n二、关于队伍\n㈠护理员\n培训六百人。\n㈡社工\n招聘五十人。"
    )
    same(
        {"ordinals": [[p.ordinal for p in s.sections] for s in doc.sections], "gap": gap(doc)},
        {"ordinals": [[1, 2], [1, 2]], "gap": False},
    )


def test_a_skipped_rank_used_under_a_later_heading() -> None:
    doc = body(
        "一、关于设施\n1.新建驿站十个。\n2.改造养老院三所。\n二、关于队伍\n（一）护理员\n1.培训六百人。\n2.持证率九成。"
    )
    same(
        {"ranks": [(s.level, s.style, s.ordinal) for s in doc.iter_sections()], "gap": gap(doc)},
        {
            "ranks": [
                (1, "cn", 1),
                (2, "num", 1),
                (2, "num", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
            ],
            "gap": False,
        },
    )


def test_three_ranks_skipping_the_paren_ideographs() -> None:
    doc = body(
        "一、关于资金\n1.市级补助\n（1）建设补助\n每床一万元。\n（2）运营补助\n每月二百元。\n2.区级配套\n按比例配套。"
    )
    same(
        {"ranks": [(s.level, s.style, s.marker) for s in doc.iter_sections()]},
        {
            "ranks": [
                (1, "cn", "一、"),
                (2, "num", "1."),
                (3, "num-paren", "（1）"),
                (3, "num-paren", "（2）"),
                (2, "num", "2."),
            ]
        },
    )


def test_chapters_over_ideograph_headings_restarting_in_each_chapter_of_a_plan() -> None:
    doc = checked(
        "某区养老服务体系建设实施方案\n第一章　总体要求\n一、指导思想\n以需求为导向。\n二、基本原则\n政府主导。\n"
        "第二章　主要任务\n一、设施建设\n新建驿站十个。\n二、队伍建设\n培训六百人。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc)},
        {
            "kind": "plan",
            "tree": [
                (1, "chapter", "第一章", "总体要求"),
                (2, "cn", "一、", "指导思想"),
                (2, "cn", "二、", "基本原则"),
                (1, "chapter", "第二章", "主要任务"),
                (2, "cn", "一、", "设施建设"),
                (2, "cn", "二、", "队伍建设"),
            ],
            "gap": False,
        },
    )


def test_parts_over_ideographs_over_decimal_lines_of_a_plan() -> None:
    doc = checked(
        "某区养老服务设施布局规划\n第一部分　现状分析\n一、设施现状\n1.1 机构养老\n床位四千张。\n1.2 社区养老\n驿站四十个。\n"
        "第二部分　规划布局\n一、布局原则\n就近便利。"
    )
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0].sections[0])},
        {
            "tree": [
                (1, "part", "第一部分", "现状分析"),
                (2, "cn", "一、", "设施现状"),
                (1, "part", "第二部分", "规划布局"),
                (2, "cn", "一、", "布局原则"),
            ],
            "one": ["1.1 机构养老", "床位四千张。", "1.2 社区养老", "驿站四十个。"],
        },
    )


def test_a_paren_run_restarting_inside_one_parent_after_a_paragraph_keeps_both_runs_as_siblings() -> None:
    doc = body(
        "一、关于驿站建设\n（一）城区驿站\n新建十个。\n（二）农村驿站\n新建二十个。\n另外，驿站运营方面：\n（一）连锁运营\n引进品牌机构三家。"
    )
    same(
        {
            "ranks": [(s.level, s.ordinal) for s in doc.iter_sections()],
            "second": paragraphs(doc.sections[0].sections[1]),
        },
        {
            "ranks": [(1, 1), (2, 1), (2, 2), (2, 1)],
            "second": ["新建二十个。", "另外，驿站运营方面："],
        },
    )


# Batch 14 (written before any run): glyph edge cases (⒈ with a pause mark, circled numbers past twenty,
# a full-width dot after an ideograph), bodies of decimal or lettered lines only, 第一， lines as members


def test_digit_stop_glyphs_followed_by_a_pause_mark() -> None:
    doc = body("一、关于资金保障\n⒈、市级补助\n每床一万元。\n⒉、区级配套\n按一比一配套。")
    same(
        {
            "subs": [(s.style, s.ordinal, s.marker, s.title) for s in doc.sections[0].sections],
            "paras": subs(doc.sections[0]),
        },
        {
            "subs": [("num", 1, "⒈、", "市级补助"), ("num", 2, "⒉、", "区级配套")],
            "paras": [["每床一万元。"], ["按一比一配套。"]],
        },
    )


def test_twenty_two_circled_points_run_past_twenty_into_the_second_circled_block() -> None:
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒"
    lines = [f"{c}第{k + 1}网格\n配备社工两名。" for k, c in enumerate(circled)]
    doc = body("一、关于网格服务\n（一）城区网格\n" + "\n".join(lines))
    points = doc.sections[0].sections[0].sections
    same(
        {
            "ordinals": [s.ordinal for s in points],
            "tail": [(s.style, s.marker, s.title) for s in points[-3:]],
            "gap": gap(doc),
        },
        {
            "ordinals": list(range(1, 23)),
            "tail": [("circled", "⑳", "第20网格"), ("circled", "㉑", "第21网格"), ("circled", "㉒", "第22网格")],
            "gap": False,
        },
    )


def test_ideographs_with_a_full_width_dot_as_top_markers() -> None:
    doc = body("一．关于设施建设\n新建驿站十个。\n二．关于队伍建设\n培训六百人。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一．", "关于设施建设"), (1, "cn", "二．", "关于队伍建设")],
            "paras": [["新建驿站十个。"], ["培训六百人。"]],
        },
    )


def test_a_body_of_decimal_outline_lines_only_is_the_preamble() -> None:
    doc = body("1.1 设施现状\n全区床位四千张。\n1.2 服务现状\n年服务十万人次。")
    same(
        {"tree": tree(doc), "preamble": [p.text for p in doc.preamble][1:], "signed": signed(doc)},
        {
            "tree": [],
            "preamble": ["1.1 设施现状", "全区床位四千张。", "1.2 服务现状", "年服务十万人次。"],
            "signed": SIGNED,
        },
    )


def test_bracketed_latin_letters_under_a_paren_heading_stay_text() -> None:
    doc = body("一、关于服务方式\n（一）居家服务\n（A）上门助餐\n（B）上门助浴\n（二）机构服务\n入住养老院。")
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "first": paragraphs(one.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于服务方式"),
                (2, "cn-paren", "（一）", "居家服务"),
                (2, "cn-paren", "（二）", "机构服务"),
            ],
            "first": ["（A）上门助餐", "（B）上门助浴"],
        },
    )


def test_di_yi_lines_shaped_like_headings_are_members_of_their_paragraphs() -> None:
    doc = body("一、关于下步工作\n第一，扩大服务覆盖\n每个社区建一个驿站。\n第二，提升服务质量\n每年评估一次。")
    same(
        {"tree": tree(doc), "items": all_items(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "关于下步工作")],
            "items": [[(1, "第一", "扩大服务覆盖")], [], [(2, "第二", "提升服务质量")], []],
        },
    )


def test_a_notice_with_attached_chapters_an_attachments_own_signature_and_the_imprint_last() -> None:
    doc = checked(
        "某区民政局关于印发《某区养老驿站管理办法》的通知\n各街道办事处：\n现将《某区养老驿站管理办法》印发给你们，请遵照执行。\n"
        "附件：某区养老驿站管理办法\n某区民政局\n2025年8月12日\n附件\n某区养老驿站管理办法\n第一章　总则\n"
        "第一条　为规范驿站管理，制定本办法。\n第二章　附则\n第二条　本办法自印发之日起施行。\n"
        "抄送：区委办公室，区政府办公室。\n某区民政局办公室　　2025年8月12日印发"
    )
    imprint = doc.imprint
    same(
        {
            "tree": tree(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "imprint": None if imprint is None else (imprint.cc, imprint.printed_by, imprint.printed_on),
        },
        {
            "tree": [],
            "attachments": ("某区养老驿站管理办法",),
            "signed": SIGNED,
            "imprint": (("区委办公室", "区政府办公室"), "某区民政局办公室", "2025-08-12"),
        },
    )


def test_a_paren_digit_glyph_family_with_pause_marks_over_circled_points() -> None:
    doc = body("一、关于服务标准\n⑴、助餐\n①每餐十元\n②送餐上门\n⑵、助浴\n每次半小时。")
    same(
        {"ranks": [(s.level, s.style, s.marker, s.title) for s in doc.iter_sections()]},
        {
            "ranks": [
                (1, "cn", "一、", "关于服务标准"),
                (2, "num-paren", "⑴、", "助餐"),
                (3, "circled", "①", "每餐十元"),
                (3, "circled", "②", "送餐上门"),
                (2, "num-paren", "⑵、", "助浴"),
            ]
        },
    )


# Batch 15 (written before any run): whole documents of several kinds over the shapes above


def test_an_approval_whose_points_are_short_sentences_ending_on_a_full_stop() -> None:
    doc = checked(
        "某区人民政府关于同意设立养老服务中心的批复\n区民政局：\n你局《关于设立养老服务中心的请示》收悉。经研究，批复如下：\n"
        "一、同意设立某区养老服务中心。\n二、所需经费由区财政统筹解决。\n此复。\n某区人民政府\n2025年8月12日"
    )
    same(
        {
            "kind": doc.kind,
            "preamble": [p.text for p in doc.preamble],
            "tree": tree(doc),
            "paras": [paragraphs(s) for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "approval",
            "preamble": ["你局《关于设立养老服务中心的请示》收悉。经研究，批复如下："],
            "tree": [(1, "cn", "一、", "同意设立某区养老服务中心"), (1, "cn", "二、", "所需经费由区财政统筹解决")],
            "paras": [[], []],
            "closing": "此复。",
            "signed": (("某区人民政府",), "2025-08-12"),
        },
    )


def test_a_markdown_reply_with_bold_ideograph_glyph_sub_headings() -> None:
    doc = checked(
        "# 关于区政协十届三次会议第0317号提案的答复\n\n周某委员：\n\n您提出的关于完善社区养老服务的提案收悉，现答复如下：\n\n"
        "## 一、关于助餐服务\n\n**㈠社区食堂**\n\n建成二十个。\n\n**㈡助餐点**\n\n建成六十个。\n\n特此答复。\n\n某区民政局\n\n2025年8月12日"
    )
    same(
        {"tree": tree(doc), "subs": subs(doc.sections[0]), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于助餐服务"),
                (2, "cn-paren", "㈠", "社区食堂"),
                (2, "cn-paren", "㈡", "助餐点"),
            ],
            "subs": [["建成二十个。"], ["建成六十个。"]],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_bulletin_whose_plan_heading_holds_a_plan_opener() -> None:
    doc = checked(
        "关于2025年上半年养老服务工作情况的通报\n各街道办事处：\n现将上半年工作情况通报如下：\n一、基本情况\n上半年新建驿站十个。\n"
        "二、存在问题\n部分驿站运营困难。\n三、下一步工作\n下一步，各街道要加强驿站运营指导。\n特此通报。\n某区民政局\n2025年8月12日"
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
            "kind": "bulletin",
            "titles": ["基本情况", "存在问题", "下一步工作"],
            "phases": [[None], [None], ["plan"]],
            "closing": "特此通报。",
            "signed": SIGNED,
        },
    )


def test_an_opinion_of_three_ranks_with_a_yao_run() -> None:
    doc = checked(
        "某区关于加快发展社区养老服务的实施意见\n为加快发展社区养老服务，提出如下意见。\n一、总体要求\n（一）指导思想\n以需求为导向。\n"
        "（二）工作目标\n1.设施目标\n驿站覆盖全部社区。\n2.服务目标\n服务覆盖全部老人。\n二、保障措施\n各街道一要加强领导；二要落实经费。\n"
        "某区人民政府\n2025年8月12日"
    )
    same(
        {
            "kind": doc.kind,
            "ranks": [(s.level, s.style, s.ordinal) for s in doc.iter_sections()],
            "items": all_items(doc.sections[1]),
            "signed": signed(doc),
        },
        {
            "kind": "opinion",
            "ranks": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2), (3, "num", 1), (3, "num", 2), (1, "cn", 2)],
            "items": [[(1, "一要", "加强领导"), (2, "二要", "落实经费")]],
            "signed": (("某区人民政府",), "2025-08-12"),
        },
    )


def test_a_co_handling_opinion_of_paren_digit_glyph_points_run_in() -> None:
    doc = checked(
        "关于区政协十届三次会议第0317号提案的协办意见\n区民政局：\n周某委员提出的关于完善社区养老服务的提案收悉。经研究，提出以下协办意见：\n"
        "⑴加强资金保障。区财政将继续安排专项资金。\n⑵支持人才培养。将护理员培训纳入补贴范围。\n某区财政局\n2025年8月1日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "kind": "reply",
            "tree": [(1, "num-paren", "⑴", "加强资金保障"), (1, "num-paren", "⑵", "支持人才培养")],
            "paras": [["区财政将继续安排专项资金。"], ["将护理员培训纳入补贴范围。"]],
            "signed": (("某区财政局",), "2025-08-01"),
        },
    )


def test_a_report_whose_plan_section_has_plan_openers_in_its_sub_sections() -> None:
    doc = checked(
        "关于某区养老服务工作情况的报告\n区人大常委会：\n现将我区养老服务工作情况报告如下：\n一、工作成效\n（一）设施建设\n"
        "目前建成驿站四十个。\n（二）队伍建设\n培训护理员六百人。\n二、下步打算\n（一）扩大覆盖\n下一步，新建驿站十个。\n"
        "（二）提升质量\n今后，每年评估一次。\n特此报告。\n某区民政局\n2025年8月12日"
    )
    same(
        {
            "kind": doc.kind,
            "phases": [[phases(c) for c in s.sections] for s in doc.sections],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "report",
            "phases": [[[None], [None]], [["plan"], ["plan"]]],
            "closing": "特此报告。",
            "signed": SIGNED,
        },
    )


def test_a_reply_with_glyph_sub_headings_members_a_plan_thanks_and_a_contact() -> None:
    doc = body(
        "一、关于助餐服务\n㈠现状\n目前建成食堂二十个。\n㈡打算\n下一步，一是新建食堂十个；二是提高补贴标准。\n"
        "二、关于助浴服务\n⒈配置车辆\n配置助浴车两辆。\n⒉培训人员\n培训助浴员三十名。\n感谢您对养老服务工作的关心和支持！"
    ).text
    doc2 = checked(doc + "\n联系人：李某\n联系电话：021-12345678")
    one = doc2.sections[0]
    contact = doc2.contact
    same(
        {
            "tree": tree(doc2),
            "phases": [phases(s) for s in one.sections],
            "items": all_items(one.sections[1]),
            "closing": closing(doc2),
            "signed": signed(doc2),
            "contact": None if contact is None else (contact.name, contact.phones),
        },
        {
            "tree": [
                (1, "cn", "一、", "关于助餐服务"),
                (2, "cn-paren", "㈠", "现状"),
                (2, "cn-paren", "㈡", "打算"),
                (1, "cn", "二、", "关于助浴服务"),
                (2, "num", "⒈", "配置车辆"),
                (2, "num", "⒉", "培训人员"),
            ],
            "phases": [[None], ["plan"]],
            "items": [[(1, "一是", "新建食堂十个"), (2, "二是", "提高补贴标准")]],
            "closing": "感谢您对养老服务工作的关心和支持！",
            "signed": SIGNED,
            "contact": ("李某", ("021-12345678",)),
        },
    )


def test_a_reply_opening_at_paren_ideographs_with_arabic_points_and_a_plan_after_them() -> None:
    doc = body(
        "（一）关于设施\n1.新建驿站十个。\n2.改造养老院三所。\n（二）关于服务\n目前服务十万人次。\n下一步，推进连锁运营。"
    )
    same(
        {
            "ranks": [(s.level, s.style, s.ordinal) for s in doc.iter_sections()],
            "phases": phases(doc.sections[1]),
            "signed": signed(doc),
        },
        {
            "ranks": [(1, "cn-paren", 1), (2, "num", 1), (2, "num", 2), (1, "cn-paren", 2)],
            "phases": ["progress", "plan"],
            "signed": SIGNED,
        },
    )


# Batch 16 (written before any run): markers alone on their line (一、, ⒈, ㈠), a first glyph heading run on
# after the answer's turn, a heading closed by a colon over its sub-headings, sequence words parted by a
# sub-heading, a table under a title-only heading


def test_an_ideograph_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("一、\n关于助餐服务\n建成食堂二十个。\n二、\n关于助浴服务\n配置助浴车两辆。")
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "cn", "一、", "关于助餐服务"), (1, "cn", "二、", "关于助浴服务")],
            "paras": [["建成食堂二十个。"], ["配置助浴车两辆。"]],
        },
    )


def test_a_digit_stop_glyph_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("一、关于资金保障\n⒈\n市级补助\n每床一万元。\n⒉\n区级配套\n按一比一配套。")
    same(
        {"subs": [(s.marker, s.title) for s in doc.sections[0].sections], "paras": subs(doc.sections[0])},
        {"subs": [("⒈", "市级补助"), ("⒉", "区级配套")], "paras": [["每床一万元。"], ["按一比一配套。"]]},
    )


def test_an_ideograph_glyph_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("一、关于助餐服务\n㈠\n社区食堂\n建成二十个。\n㈡\n老年助餐点\n建成六十个。")
    same(
        {"subs": [(s.marker, s.title) for s in doc.sections[0].sections], "paras": subs(doc.sections[0])},
        {"subs": [("㈠", "社区食堂"), ("㈡", "老年助餐点")], "paras": [["建成二十个。"], ["建成六十个。"]]},
    )


def test_a_first_glyph_heading_run_on_after_the_answers_turn() -> None:
    doc = checked(
        "关于区政协十届三次会议第0317号提案的答复\n周某委员：\n您提出的关于完善社区养老服务的提案收悉，现答复如下：㈠建设养老驿站。"
        "全区建成驿站四十个。\n㈡培育服务队伍。培训护理员六百人。" + TAIL
    )
    same(
        {
            "preamble": [p.text for p in doc.preamble],
            "tree": tree(doc),
            "paras": [paragraphs(s) for s in doc.sections],
        },
        {
            "preamble": ["您提出的关于完善社区养老服务的提案收悉，现答复如下："],
            "tree": [(1, "cn-paren", "㈠", "建设养老驿站"), (1, "cn-paren", "㈡", "培育服务队伍")],
            "paras": [["全区建成驿站四十个。"], ["培训护理员六百人。"]],
        },
    )


def test_a_top_heading_closed_by_a_colon_straight_over_its_sub_headings() -> None:
    doc = body("一、主要做法：\n（一）建设驿站\n建成四十个。\n（二）培育队伍\n培训六百人。")
    same(
        {"tree": tree(doc), "own": paragraphs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "主要做法"),
                (2, "cn-paren", "（一）", "建设驿站"),
                (2, "cn-paren", "（二）", "培育队伍"),
            ],
            "own": [],
        },
    )


def test_sequence_words_parted_by_a_sub_heading_make_no_run() -> None:
    doc = body("一、关于助浴服务\n（一）车辆\n首先，配置助浴车辆。\n（二）人员\n其次，培训助浴人员。")
    same({"items": [all_items(s) for s in doc.sections[0].sections]}, {"items": [[[]], [[]]]})


def test_a_title_only_heading_over_a_pipe_table_then_the_next_heading() -> None:
    doc = body("一、关于驿站分布\n| 街道 | 数量 |\n| --- | --- |\n| 城东 | 12 |\n二、关于驿站运营\n引进品牌机构三家。")
    same(
        {
            "tree": tree(doc),
            "tables": [len(s.tables) for s in doc.sections],
            "paras": [paragraphs(s) for s in doc.sections],
        },
        {
            "tree": [(1, "cn", "一、", "关于驿站分布"), (1, "cn", "二、", "关于驿站运营")],
            "tables": [1, 0],
            "paras": [[], ["引进品牌机构三家。"]],
        },
    )


def test_an_eleventh_ideograph_marker_alone_on_its_line() -> None:
    lines = [f"{cn(k)}、关于{STREETS[k - 1]}\n建成驿站一个。" for k in range(1, 11)]
    doc = body("\n".join(lines) + "\n十一、\n关于第十一网格\n建成驿站两个。")
    same(
        {
            "last": (doc.sections[-1].marker, doc.sections[-1].title, paragraphs(doc.sections[-1])),
            "count": len(doc.sections),
        },
        {"last": ("十一、", "关于第十一网格", ["建成驿站两个。"]), "count": 11},
    )


# Batch 17 (written after the landing, before any run): wraps bringing glyph markers or a marker's bracket
# tail to a line's start, glyph points wrapped, inline glyph lists, a 首先/其次 pair in the preamble


def test_a_wrap_bringing_an_inline_ideograph_glyph_to_a_line_start_keeps_one_paragraph() -> None:
    point = "主要做法是：㈠建立独居老人信息管理台账；㈡定期上门走访；㈢开展结对帮扶。"
    doc = wrapped_reply("一、关于探访关爱", point, "二、关于助餐服务", "建成食堂二十个。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于探访关爱"), (1, "cn", "二、", "关于助餐服务")], "one": [point]},
    )


def test_a_wrap_cutting_an_inline_markers_bracket_keeps_one_paragraph() -> None:
    point = "为做好独居老人关爱工作，主要措施包括：（一）建立台账；（二）定期走访；（三）结对帮扶。"
    doc = wrapped_reply("一、关于探访关爱", point, "二、关于助餐服务", "建成食堂二十个。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于探访关爱"), (1, "cn", "二、", "关于助餐服务")], "one": [point]},
    )


def test_a_wrap_bringing_an_inline_paren_digit_glyph_to_a_line_start_keeps_one_paragraph() -> None:
    point = "主要做法包括：⑴建立独居老人的信息台账；⑵定期上门走访；⑶开展结对帮扶工作。"
    doc = wrapped_reply("一、关于探访关爱", point)
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于探访关爱")], "one": [point]},
    )


def test_wrapped_digit_stop_glyph_points_each_rejoined() -> None:
    # my first look wanted no title for the first point: its words before the final 。 are 30 characters,
    # a title by the contract's rule as round 13 reads it (30 with the stop dropped; 31 are none)
    points = [
        "全区现有养老机构二十三家，床位四千张，入住率达到百分之六十五。",
        "全区社区养老服务中心实现街道全覆盖，每个中心配备专职社工不少于三名。",
        "全区建成老年助餐点六十个，日均服务老年人三千人次，满意度持续提升。",
    ]
    doc = wrapped_reply(*(chr(0x2488 + k) + p for k, p in enumerate(points)))
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "tree": [(1, "num", "⒈", points[0][:-1]), (1, "num", "⒉", None), (1, "num", "⒊", None)],
            "paras": [[], [points[1]], [points[2]]],
            "signed": SIGNED,
        },
    )


def test_an_inline_ideograph_glyph_list_inside_one_paragraph_opens_no_section() -> None:
    doc = body("一、关于探访关爱\n主要做法：㈠建立台账；㈡定期走访；㈢结对帮扶。\n二、关于助餐服务\n建成食堂二十个。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "关于探访关爱"), (1, "cn", "二、", "关于助餐服务")],
            "one": ["主要做法：㈠建立台账；㈡定期走访；㈢结对帮扶。"],
        },
    )


def test_circled_points_one_a_line_each_closed_by_a_semicolon_have_no_title() -> None:
    doc = body("一、关于探访关爱\n①建立独居老人台账；\n②定期上门走访；\n③开展结对帮扶。")
    points = doc.sections[0].sections
    same(
        {"points": [(s.style, s.title) for s in points], "paras": [paragraphs(s) for s in points]},
        {
            "points": [("circled", None), ("circled", None), ("circled", "开展结对帮扶")],
            "paras": [["建立独居老人台账；"], ["定期上门走访；"], []],
        },
    )


def test_a_first_and_second_pair_in_the_preamble_are_its_members() -> None:
    doc = checked(
        "关于区政协十届三次会议第0317号提案的答复\n周某委员：\n首先，感谢您对养老服务工作的关心和支持。其次，现将提案办理情况答复如下：\n"
        "一、关于驿站建设\n今年新建驿站十个。" + TAIL
    )
    same(
        {"items": pre_items(doc), "tree": tree(doc)},
        {
            "items": [[(1, "首先", "感谢您对养老服务工作的关心和支持"), (2, "其次", "现将提案办理情况答复如下：")]],
            "tree": [(1, "cn", "一、", "关于驿站建设")],
        },
    )


def test_a_lone_first_thanking_the_member_in_the_preamble_is_no_member() -> None:
    doc = checked(
        "关于区政协十届三次会议第0317号提案的答复\n周某委员：\n首先，感谢您对养老服务工作的关心和支持。现将提案办理情况答复如下：\n"
        "一、关于驿站建设\n今年新建驿站十个。" + TAIL
    )
    same({"items": pre_items(doc)}, {"items": [[]]})


# Batch 18 (written after the landing, before any run): glyph markers of inline lists ending a line, glyph
# markers alone on a line, a short copy wrapped inside glyph points


def test_a_line_ending_on_an_inline_paren_digit_glyph_carries_the_list_on() -> None:
    doc = body("一、关于探访关爱\n主要做法包括⑴\n建立台账；⑵定期走访；⑶结对帮扶。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于探访关爱")], "one": ["主要做法包括⑴建立台账；⑵定期走访；⑶结对帮扶。"]},
    )


def test_a_line_ending_on_an_inline_ideograph_glyph_carries_the_list_on() -> None:
    doc = body("一、关于探访关爱\n主要做法包括㈠\n建立台账；㈡定期走访；㈢结对帮扶。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于探访关爱")], "one": ["主要做法包括㈠建立台账；㈡定期走访；㈢结对帮扶。"]},
    )


def test_a_paren_digit_glyph_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("一、关于资金保障\n⑴\n建设补贴\n每床一万元。\n⑵\n运营补贴\n每月二百元。")
    same(
        {"subs": [(s.marker, s.title) for s in doc.sections[0].sections], "paras": subs(doc.sections[0])},
        {"subs": [("⑴", "建设补贴"), ("⑵", "运营补贴")], "paras": [["每床一万元。"], ["每月二百元。"]]},
    )


def test_a_circled_number_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("一、关于资金保障\n①\n建设补贴\n每床一万元。\n②\n运营补贴\n每月二百元。")
    same(
        {"subs": [(s.marker, s.title) for s in doc.sections[0].sections], "paras": subs(doc.sections[0])},
        {"subs": [("①", "建设补贴"), ("②", "运营补贴")], "paras": [["每床一万元。"], ["每月二百元。"]]},
    )


def test_a_short_copy_wrapped_inside_ideograph_glyph_points_with_semicolons() -> None:
    first = "㈠全区新建养老驿站十个；改造提升养老院三所，新增床位八百张。"
    second = "㈡全区培训养老护理员六百人；持证上岗率达到百分之九十以上。"
    text = ["来函收悉。现函复如下：", first, second, "特此函复。"]
    cut = "\n".join(line[k : k + 18] for line in text for k in range(0, len(line), 18))
    doc = checked("关于养老服务情况的复函\n区人大社会建设委：\n" + cut + TAIL)
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "closing": closing(doc)},
        {
            "tree": [(1, "cn-paren", "㈠", None), (1, "cn-paren", "㈡", None)],
            "paras": [[first[1:]], [second[1:]]],
            "closing": "特此函复。",
        },
    )


def test_a_line_ending_on_the_twentieth_circled_member_runs_on_past_twenty() -> None:
    members = "；".join(f"{chr(0x2460 + k)}{k + 1}号楼" for k in range(19))
    doc = body("一、关于加装电梯\n已加装电梯的有：" + members + "；⑳\n20号楼；㉑21号楼。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于加装电梯")], "one": ["已加装电梯的有：" + members + "；⑳20号楼；㉑21号楼。"]},
    )


def test_a_glyph_marker_ending_a_line_without_its_successor_below_stays_apart() -> None:
    doc = body("一、关于探访关爱\n详见附表⑴\n我局将每季度走访一次。")
    same({"one": paragraphs(doc.sections[0])}, {"one": ["详见附表⑴", "我局将每季度走访一次。"]})


def test_an_ideograph_glyph_list_one_a_line_each_closed_by_semicolons() -> None:
    doc = body("一、关于探访关爱\n㈠建立独居老人台账；\n㈡定期上门走访；\n㈢开展结对帮扶。")
    points = doc.sections[0].sections
    same(
        {"points": [(s.style, s.title) for s in points], "paras": [paragraphs(s) for s in points]},
        {
            "points": [("cn-paren", None), ("cn-paren", None), ("cn-paren", "开展结对帮扶")],
            "paras": [["建立独居老人台账；"], ["定期上门走访；"], []],
        },
    )


# Batch 19 (written after the second fix, before any run): glyph markers alone over run-in text, wraps at
# glyph markers, glyph-structured attachments after the 落款


def test_an_ideograph_glyph_alone_over_a_run_in_line() -> None:
    doc = body("一、关于服务体系\n㈠\n建设驿站。全区建成驿站四十个。\n㈡\n培育队伍。培训护理员六百人。")
    same(
        {"subs": [(s.marker, s.title, paragraphs(s)) for s in doc.sections[0].sections]},
        {"subs": [("㈠", "建设驿站", ["全区建成驿站四十个。"]), ("㈡", "培育队伍", ["培训护理员六百人。"])]},
    )


def test_a_wrap_bringing_an_inline_digit_stop_glyph_to_a_line_start_keeps_one_paragraph() -> None:
    point = "今年重点推进了以下工作：⒈新建驿站十个；⒉改造养老院三所；⒊新建食堂二十个。"
    doc = wrapped_reply("一、关于设施建设", point, "二、关于队伍建设", "培训护理员六百人。")
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于设施建设"), (1, "cn", "二、", "关于队伍建设")], "one": [point]},
    )


def test_a_wrap_leaving_an_inline_ideograph_glyph_at_a_line_end_joins_the_list_below() -> None:
    point = "为做好独居老人关爱工作，主要措施包括了㈠建立台账；㈡定期走访；㈢结对帮扶。"
    doc = wrapped_reply("一、关于探访关爱", point)
    same(
        {"tree": tree(doc), "one": paragraphs(doc.sections[0])},
        {"tree": [(1, "cn", "一、", "关于探访关爱")], "one": [point]},
    )


def test_a_paren_digit_glyph_heading_after_a_line_filled_to_its_stop_in_a_wrapped_copy() -> None:
    full = "今年全区新建养老驿站十个和养老院共三所。"
    doc = wrapped_reply("一、关于服务体系", "⑴加强设施建设", full, "⑵强化资金保障", "区财政每年安排专项资金五百万元。")
    same(
        {"subs": [(s.style, s.title) for s in doc.sections[0].sections], "paras": subs(doc.sections[0])},
        {
            "subs": [("num-paren", "加强设施建设"), ("num-paren", "强化资金保障")],
            "paras": [[full], ["区财政每年安排专项资金五百万元。"]],
        },
    )


def test_an_attachment_of_ideograph_glyph_headings_after_the_signature_opens_no_section() -> None:
    doc = checked(
        HEAD + "一、关于驿站建设\n今年新建驿站十个。\n特此答复。\n附件：养老驿站服务清单\n某区民政局\n2025年8月12日\n"
        "附件\n养老驿站服务清单\n㈠助餐服务\n提供午餐。\n㈡助浴服务\n每周一次。"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc)},
        {"tree": [(1, "cn", "一、", "关于驿站建设")], "attachments": ("养老驿站服务清单",), "signed": SIGNED},
    )


def test_two_numbered_attachments_listed_with_digit_stop_glyphs_before_the_signature() -> None:
    doc = checked(
        HEAD
        + "一、关于驿站建设\n今年新建驿站十个。\n附件：⒈养老驿站分布表\n⒉养老驿站服务清单\n某区民政局\n2025年8月12日"
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于驿站建设")],
            "attachments": ("养老驿站分布表", "养老驿站服务清单"),
            "signed": SIGNED,
        },
    )


def test_members_inside_an_ideograph_glyph_run_in_heading() -> None:
    doc = body(
        "一、关于安全管理\n㈠强化日常管理。一是加强巡查；二是完善制度。\n㈡强化应急处置。首先，制定预案；其次，开展演练。"
    )
    same(
        {"items": [all_items(s) for s in doc.sections[0].sections]},
        {
            "items": [
                [[(1, "一是", "加强巡查"), (2, "二是", "完善制度")]],
                [[(1, "首先", "制定预案"), (2, "其次", "开展演练")]],
            ]
        },
    )


def test_a_plan_opener_after_a_paren_digit_glyph_run_in_title() -> None:
    doc = body("一、关于驿站运营\n⑴现状。目前驿站运营良好。\n⑵打算。下一步，推进连锁运营。")
    same(
        {
            "phases": [phases(s) for s in doc.sections[0].sections],
            "titles": [s.title for s in doc.sections[0].sections],
        },
        {"phases": [[None], ["plan"]], "titles": ["现状", "打算"]},
    )


# Batch 20 (written after the second landing, before any run): glyph markers indented, in bold, under a
# Markdown heading, with pause marks past twenty


def test_ideograph_glyphs_indented_by_full_width_spaces() -> None:
    doc = body(
        "\u3000\u3000一、关于助餐服务\n\u3000\u3000㈠社区食堂\n\u3000\u3000建成二十个。\n\u3000\u3000㈡助餐点\n\u3000\u3000建成六十个。"
    )
    same(
        {"subs": [(s.level, s.style, s.marker, s.title) for s in doc.sections[0].sections]},
        {"subs": [(2, "cn-paren", "㈠", "社区食堂"), (2, "cn-paren", "㈡", "助餐点")]},
    )


def test_bold_run_in_titles_after_ideograph_glyphs() -> None:
    doc = body("一、关于服务体系\n**㈠建设养老驿站。**全区建成驿站四十个。\n**㈡培育服务队伍。**培训护理员六百人。")
    same(
        {"subs": [(s.marker, s.title, paragraphs(s)) for s in doc.sections[0].sections]},
        {"subs": [("㈠", "建设养老驿站", ["全区建成驿站四十个。"]), ("㈡", "培育服务队伍", ["培训护理员六百人。"])]},
    )


def test_digit_stop_glyph_points_under_a_markdown_heading() -> None:
    doc = body("## 一、关于资金保障\n\n⒈市级补助\n\n每床一万元。\n\n⒉区级配套\n\n按一比一配套。")
    same(
        {"tree": tree(doc), "paras": subs(doc.sections[0])},
        {
            "tree": [(1, "cn", "一、", "关于资金保障"), (2, "num", "⒈", "市级补助"), (2, "num", "⒉", "区级配套")],
            "paras": [["每床一万元。"], ["按一比一配套。"]],
        },
    )


def test_circled_points_past_twenty_with_pause_marks() -> None:
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒"
    doc = body("一、关于网格服务\n" + "\n".join(f"{c}、第{k + 1}网格\n配备社工两名。" for k, c in enumerate(circled)))
    points = doc.sections[0].sections
    same(
        {"count": len(points), "tail": [(s.marker, s.title) for s in points[-2:]], "gap": gap(doc)},
        {"count": 22, "tail": [("㉑、", "第21网格"), ("㉒、", "第22网格")], "gap": False},
    )


def test_paren_digit_glyphs_with_a_dot_after_them() -> None:
    doc = body("一、关于资金保障\n⑴.建设补贴\n每床一万元。\n⑵.运营补贴\n每月二百元。")
    same(
        {"subs": [(s.style, s.ordinal, s.marker, s.title) for s in doc.sections[0].sections]},
        {"subs": [("num-paren", 1, "⑴.", "建设补贴"), ("num-paren", 2, "⑵.", "运营补贴")]},
    )


def test_an_ideograph_glyph_run_repeating_a_number_warns_a_gap() -> None:
    doc = body("一、关于助餐服务\n㈠社区食堂\n建成二十个。\n㈡助餐点\n建成六十个。\n㈡送餐服务\n覆盖全区。")
    same(
        {"ordinals": [s.ordinal for s in doc.sections[0].sections], "gap": gap(doc)},
        {"ordinals": [1, 2, 2], "gap": True},
    )


def test_a_markdown_numbered_list_of_points_under_a_paren_glyph_heading() -> None:
    doc = body("一、关于服务内容\n㈠居家服务\n1. 助餐\n2. 助浴\n㈡机构服务\n入住养老院。")
    same(
        {"ranks": [(s.level, s.style, s.marker, s.title) for s in doc.iter_sections()]},
        {
            "ranks": [
                (1, "cn", "一、", "关于服务内容"),
                (2, "cn-paren", "㈠", "居家服务"),
                (3, "num", "1.", "助餐"),
                (3, "num", "2.", "助浴"),
                (2, "cn-paren", "㈡", "机构服务"),
            ]
        },
    )


def test_twelve_digit_stop_glyph_points_with_two_digit_glyphs() -> None:
    glyphs = "".join(chr(0x2488 + k) for k in range(12))
    doc = body("一、关于网格服务\n" + "\n".join(f"{g}第{k + 1}网格\n配备社工两名。" for k, g in enumerate(glyphs)))
    points = doc.sections[0].sections
    same(
        {"ordinals": [s.ordinal for s in points], "tail": [(s.marker, s.title) for s in points[-3:]], "gap": gap(doc)},
        {
            "ordinals": list(range(1, 13)),
            "tail": [("⒑", "第10网格"), ("⒒", "第11网格"), ("⒓", "第12网格")],
            "gap": False,
        },
    )
