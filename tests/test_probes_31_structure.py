"""Thirty-first round of structure probes: short whole documents (title, 主送, body, closing, 落款 and date, so the
structure sits in a real frame) written as an outside tester would, on the structure rules alone (levels, markers,
titles, parents, members, phases, closing, 落款 and date, nothing of the body lost).

Shapes earlier rounds covered (read before writing, so this round varies them): rounds 3-30 (see
tests/test_probes_30_structure.py's docstring and those it cites).

What this round adds, on one theme (a city 水务局 answering a 人大代表建议 on urban waterlogging, 城市内涝治理, so the
vocabulary is new to the probes), going away from what rounds 3-30 wrote:
- markers in the other types word processors insert: WPS's negative circled numbers (❶, and the sans-serif ➊), Word's
  circled ideographs (㊀, its ideographEnclosedCircle format) and its formal figures (壹、, chineseLegalSimplified); a
  full-width digit before a lone bracket (１）); letters in brackets (（A）, no contract family); 第一节 over 一、; a year
  range opening an Arabic heading's title (1.2025—2027年…); one Arabic style at two ranks in an indented Markdown list;
  an Arabic list going on after a Markdown table; a cut document opening at 二、; a number written twice; a marker
  alone over a run-in title;
- run-in headings: a long body after the title; a heading line over thirty characters with no stop; points that are
  whole paragraphs; a title closed by ： over a ； list; a rules text's bracketed items quoted under a citing lead;
  numbers inside one sentence under a run-in title;
- members: twelve in one paragraph; leads over a ： and a ； list; an inline bracketed list inside a member;
  一则/一来 as false friends;
- phases: report headings (基本情况, 存在问题) over a plan heading whose paragraph opens with 今后; a Markdown-bold plan
  opener; 明年/未来 (no plan words); a plan paragraph in the preamble;
- the 落款: the date above the organ; an annex letter with its own 落款 after the answer's; a page number and a page
  count under the date; a bold organ and date; two organs on one line; a seal word after the date.

Every expected value was written from the contract, the README and the settled readings of earlier rounds before the
parser was run on any of these texts (the file was committed first); every document also keeps the span invariants
and invents no character. Each test compares all its checks at once (`same`).

First look (documents whole) and the causes (tests/test_struct31_causes.py):
- batches 1-5 (ada55347, 35 documents): 28/35. One my misreading, corrected in place with a note: a Markdown table's
  rows stand in its section's `tables`, which `probing.held` does not read (29/35 with it corrected). Four causes:
  1 the enclosed numbers WPS and Word number lists with (❶, ➊, ➀, ⓵, ⓫, ㊀) were no markers: their points ran into the
  point above (two documents; fold maps them onto ①…); 2 a range of years opening an Arabic point's title
  (1.2025—2027年…, 3.2029至2030年…) read as a decimal; 3 a rules text's bracketed clauses quoted under a line of the
  answer citing it (…第二十条规定，排水户应当遵守下列要求：) opened untitled sections (narrowed after REVIEW31 R10 to a
  lead whose cited text obliges: 应当/须/遵守/具备 … 下列); 4 the formal figures (壹、贰、, Word's chineseLegalSimplified)
  were no numerals.
- batch 6 (written after causes 1-4 landed, 4 documents): 3/4, the miss my slip (a title copied from the shared
  constant), corrected in place.
Totals: 39 documents, 31 whole at first look (33 with my two errors corrected); four causes fixed, 39/39 after, no
strict xfail left. Still open: an Arabic list at two ranks with no indent (1. under 1.) was not written (ambiguous in
plain text); 壹、 lines in a hard-wrapped copy (the readers' line-start vocabulary does not know the formal figures).
"""

from __future__ import annotations

import govdoc
from tests.probing import (
    checked,
    closing,
    every_items,
    every_phase,
    gap,
    item_texts,
    levels,
    paras,
    parents,
    pre,
    same,
    signed,
    titles,
    trailer,
    tree,
)

ORG = "沣屿市水务局"
DATE = "2026年9月15日"
SIGNED = ((ORG,), "2026-09-15")
TITLE = "关于市十七届人大四次会议第152号建议的答复"
OPENING = "您提出的《关于加快城市内涝治理的建议》收悉，现答复如下："
FRONT = TITLE + "\n韩某代表：\n" + OPENING + "\n"
FOOT = ORG + "\n" + DATE


def answer(text: str, end: str | None = "特此答复。", sign: str | None = FOOT, front: str = FRONT) -> govdoc.Document:
    """The whole answer: title, 主送, opening, `text`, then `end` and the 落款 `sign` where given."""
    return checked("\n".join([front + text] + [p for p in (end, sign) if p is not None]))


TWO = "一、关于排水管网改造\n全市完成老旧管网改造八十公里。\n二、关于易涝点整治\n整治易涝点二十六处。"
TWO_LAST = ["整治易涝点二十六处。"]
TWO_TREE = [(1, "cn", "一、", "关于排水管网改造"), (1, "cn", "二、", "关于易涝点整治")]


# Batch 1 (written before any run): markers in other types, levels


def test_negative_circled_numbers_under_a_paren_point() -> None:
    doc = answer(
        "一、关于排水管网改造\n（一）老城区改造\n❶管网排查\n完成老城区管网排查一百二十公里。\n❷管网修复\n修复破损管段三十处。\n"
        "（二）新城区建设\n新建雨水管网八十公里。\n二、关于易涝点整治\n整治易涝点二十六处。"
    )
    same(
        {"tree": tree(doc), "levels": levels(doc), "parents": parents(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于排水管网改造"),
                (2, "cn-paren", "（一）", "老城区改造"),
                (3, "circled", "❶", "管网排查"),
                (3, "circled", "❷", "管网修复"),
                (2, "cn-paren", "（二）", "新城区建设"),
                (1, "cn", "二、", "关于易涝点整治"),
            ],
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "circled", 1),
                (3, "circled", 2),
                (2, "cn-paren", 2),
                (1, "cn", 2),
            ],
            "parents": [
                ("一、", None),
                ("（一）", "一、"),
                ("❶", "（一）"),
                ("❷", "（一）"),
                ("（二）", "一、"),
                ("二、", None),
            ],
            "paras": [
                [],
                [],
                ["完成老城区管网排查一百二十公里。"],
                ["修复破损管段三十处。"],
                ["新建雨水管网八十公里。"],
                TWO_LAST,
            ],
            "gap": False,
        },
    )


def test_circled_ideographs_under_a_top_heading() -> None:
    doc = answer(
        "一、关于泵站建设\n㊀新建泵站\n在苓洲镇新建排涝泵站两座。\n㊁泵站改造\n对茭塘区三座老旧泵站实施改造。\n㊂泵站运维\n"
        "泵站运维交由专业公司负责。\n二、关于河道清淤\n清淤河道十二公里。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "circled", 1), (2, "circled", 2), (2, "circled", 3), (1, "cn", 2)],
            "titles": ["关于泵站建设", "新建泵站", "泵站改造", "泵站运维", "关于河道清淤"],
            "paras": [
                [],
                ["在苓洲镇新建排涝泵站两座。"],
                ["对茭塘区三座老旧泵站实施改造。"],
                ["泵站运维交由专业公司负责。"],
                ["清淤河道十二公里。"],
            ],
            "gap": False,
        },
    )


def test_sans_serif_negative_circled_numbers_under_an_arabic_point() -> None:
    doc = answer(
        "一、关于应急抢险\n1.队伍建设\n➊专业队伍\n组建专业抢险队伍六支。\n➋社会力量\n动员社会救援力量参与抢险。\n2.物资储备\n"
        "储备沙袋五万条。\n二、关于预警发布\n完善气象预警信息发布机制。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于应急抢险"),
                (2, "num", "1.", "队伍建设"),
                (3, "circled", "➊", "专业队伍"),
                (3, "circled", "➋", "社会力量"),
                (2, "num", "2.", "物资储备"),
                (1, "cn", "二、", "关于预警发布"),
            ],
            "parents": [("一、", None), ("1.", "一、"), ("➊", "1."), ("➋", "1."), ("2.", "一、"), ("二、", None)],
            "paras": [
                [],
                [],
                ["组建专业抢险队伍六支。"],
                ["动员社会救援力量参与抢险。"],
                ["储备沙袋五万条。"],
                ["完善气象预警信息发布机制。"],
            ],
        },
    )


def test_formal_figures_as_top_headings_over_paren_points() -> None:
    doc = answer(
        "壹、关于排水设施建设\n（一）管网建设\n新建雨水管网八十公里。\n（二）泵站建设\n新建排涝泵站两座。\n贰、关于排水设施管理\n"
        "建立管网巡查制度。\n叁、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {"tree": tree(doc), "levels": levels(doc), "gap": gap(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "壹、", "关于排水设施建设"),
                (2, "cn-paren", "（一）", "管网建设"),
                (2, "cn-paren", "（二）", "泵站建设"),
                (1, "cn", "贰、", "关于排水设施管理"),
                (1, "cn", "叁、", "关于资金保障"),
            ],
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2), (1, "cn", 2), (1, "cn", 3)],
            "gap": False,
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_full_width_digits_before_a_lone_bracket_over_circled_points() -> None:
    doc = answer(
        "一、关于管网排查\n１）排查范围\n①主干管网\n排查主干管网六十公里。\n②支管网\n排查支管网九十公里。\n２）排查结果\n"
        "发现问题管段四十二处。\n二、关于整改落实\n已整改问题管段三十处。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于管网排查"),
                (2, "num-paren", "１）", "排查范围"),
                (3, "circled", "①", "主干管网"),
                (3, "circled", "②", "支管网"),
                (2, "num-paren", "２）", "排查结果"),
                (1, "cn", "二、", "关于整改落实"),
            ],
            "parents": [
                ("一、", None),
                ("１）", "一、"),
                ("①", "１）"),
                ("②", "１）"),
                ("２）", "一、"),
                ("二、", None),
            ],
            "gap": False,
        },
    )


def test_letters_in_brackets_under_an_arabic_point_stay_its_paragraphs() -> None:
    doc = answer(
        "一、关于排涝能力提升\n1.工程措施\n（A）泵站扩容：新增排涝泵站两座。\n（B）管网扩容：改造瓶颈管段十二处。\n"
        "2.非工程措施\n完善城市内涝风险图。\n二、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于排涝能力提升"),
                (2, "num", "1.", "工程措施"),
                (2, "num", "2.", "非工程措施"),
                (1, "cn", "二、", "关于资金保障"),
            ],
            "paras": [
                [],
                ["（A）泵站扩容：新增排涝泵站两座。", "（B）管网扩容：改造瓶颈管段十二处。"],
                ["完善城市内涝风险图。"],
                ["市财政安排专项资金一点五亿元。"],
            ],
        },
    )


def test_section_divisions_over_top_headings_restarting() -> None:
    doc = answer(
        "第一节　排水防涝设施建设\n一、管网改造\n完成老旧管网改造八十公里。\n二、泵站建设\n新建排涝泵站两座。\n"
        "第二节　供水安全保障\n一、水源建设\n枧溪水库扩容工程已开工。\n二、水厂改造\n完成沣屿第二水厂深度处理改造。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "gap": gap(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "section", "第一节", "排水防涝设施建设"),
                (2, "cn", "一、", "管网改造"),
                (2, "cn", "二、", "泵站建设"),
                (1, "section", "第二节", "供水安全保障"),
                (2, "cn", "一、", "水源建设"),
                (2, "cn", "二、", "水厂改造"),
            ],
            "parents": [
                ("第一节", None),
                ("一、", "第一节"),
                ("二、", "第一节"),
                ("第二节", None),
                ("一、", "第二节"),
                ("二、", "第二节"),
            ],
            "gap": False,
            "paras": [
                [],
                ["完成老旧管网改造八十公里。"],
                ["新建排涝泵站两座。"],
                [],
                ["枧溪水库扩容工程已开工。"],
                ["完成沣屿第二水厂深度处理改造。"],
            ],
        },
    )


def test_year_ranges_opening_arabic_headings_titles() -> None:
    doc = answer(
        "一、关于管网改造计划\n1.2025—2027年改造任务\n三年改造老旧管网三百公里。\n2.2028年以后的安排\n逐步实现雨污分流全覆盖。\n"
        "3.2029至2030年远期目标\n城市内涝防治能力达到五十年一遇。\n二、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于管网改造计划"),
                (2, "num", "1.", "2025—2027年改造任务"),
                (2, "num", "2.", "2028年以后的安排"),
                (2, "num", "3.", "2029至2030年远期目标"),
                (1, "cn", "二、", "关于资金保障"),
            ],
            "paras": [
                [],
                ["三年改造老旧管网三百公里。"],
                ["逐步实现雨污分流全覆盖。"],
                ["城市内涝防治能力达到五十年一遇。"],
                ["市财政安排专项资金一点五亿元。"],
            ],
            "gap": False,
        },
    )


def test_one_arabic_style_at_two_ranks_in_an_indented_markdown_list() -> None:
    doc = answer(
        "一、关于管网改造\n1. 老城区\n   1. 完成管网排查一百二十公里。\n   2. 修复破损管段三十处。\n2. 新城区\n"
        "   1. 新建雨水管网八十公里。\n   2. 新建调蓄池两座。\n二、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于管网改造"),
                (2, "num", "1.", "老城区"),
                (3, "num", "1.", "完成管网排查一百二十公里"),
                (3, "num", "2.", "修复破损管段三十处"),
                (2, "num", "2.", "新城区"),
                (3, "num", "1.", "新建雨水管网八十公里"),
                (3, "num", "2.", "新建调蓄池两座"),
                (1, "cn", "二、", "关于资金保障"),
            ],
            "parents": [
                ("一、", None),
                ("1.", "一、"),
                ("1.", "1."),
                ("2.", "1."),
                ("2.", "一、"),
                ("1.", "2."),
                ("2.", "2."),
                ("二、", None),
            ],
            "gap": False,
        },
    )


def test_an_arabic_list_going_on_after_a_markdown_table() -> None:
    doc = answer(
        "一、关于管网排查\n1.排查情况\n全市排查结果如下：\n| 区域 | 管网长度 |\n| --- | --- |\n| 茭塘区 | 120公里 |\n"
        "| 枧溪县 | 80公里 |\n2.整改情况\n整改问题管段三十处。\n二、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {
            "tree": tree(doc),
            "gap": gap(doc),
            # (my misreading at first look, corrected: I asked `probing.held`, which reads paragraphs, titles and the
            # closing; a table stands in its section's `tables`, its rows kept there)
            "table": [t.rows for t in doc.iter_sections()[1].tables],
            "signed": signed(doc),
        },
        {
            "tree": [
                (1, "cn", "一、", "关于管网排查"),
                (2, "num", "1.", "排查情况"),
                (2, "num", "2.", "整改情况"),
                (1, "cn", "二、", "关于资金保障"),
            ],
            "gap": False,
            "table": [(("区域", "管网长度"), ("茭塘区", "120公里"), ("枧溪县", "80公里"))],
            "signed": SIGNED,
        },
    )


def test_a_cut_document_opening_at_its_second_heading_is_warned() -> None:
    doc = answer("二、关于泵站建设\n新建排涝泵站两座。\n三、关于应急抢险\n组建专业抢险队伍六支。")
    same(
        {"levels": levels(doc), "gap": gap(doc), "pre": pre(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "levels": [(1, "cn", 2), (1, "cn", 3)],
            "gap": True,
            "pre": [OPENING],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_heading_number_written_twice_is_warned_and_both_kept() -> None:
    doc = answer(
        "一、关于管网改造\n完成老旧管网改造八十公里。\n二、关于泵站建设\n新建排涝泵站两座。\n二、关于河道清淤\n清淤河道十二公里。\n"
        "三、关于应急抢险\n组建专业抢险队伍六支。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc), "paras": paras(doc)},
        {
            "levels": [(1, "cn", 1), (1, "cn", 2), (1, "cn", 2), (1, "cn", 3)],
            "titles": ["关于管网改造", "关于泵站建设", "关于河道清淤", "关于应急抢险"],
            "gap": True,
            "paras": [
                ["完成老旧管网改造八十公里。"],
                ["新建排涝泵站两座。"],
                ["清淤河道十二公里。"],
                ["组建专业抢险队伍六支。"],
            ],
        },
    )


def test_a_marker_alone_over_a_run_in_title() -> None:
    doc = answer(
        "一、关于管网管理\n（一）\n加强管网巡查。每月巡查一次，发现问题及时处置。\n（二）\n完善应急预案。修订《沣屿市城市防汛应急预案》。\n"
        "二、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于管网管理"),
                (2, "cn-paren", "（一）", "加强管网巡查"),
                (2, "cn-paren", "（二）", "完善应急预案"),
                (1, "cn", "二、", "关于资金保障"),
            ],
            "paras": [
                [],
                ["每月巡查一次，发现问题及时处置。"],
                ["修订《沣屿市城市防汛应急预案》。"],
                ["市财政安排专项资金一点五亿元。"],
            ],
        },
    )


# Batch 2 (written before any run): run-in headings

_LONG_BODY = (
    "今年以来，我局会同市住房和城乡建设局、市城市管理局对全市排水户开展全面排查，共排查餐饮、洗车、建筑工地等排水户"
    "三千二百余户，发现未办理排水许可的一百二十户，已全部督促补办。同时，建立排水户分级分类管理台账，对重点排水户"
    "实行每季度一次的现场检查，对一般排水户实行每年一次的抽查。对检查中发现的违法排水行为，依法予以查处，全年共立案"
    "查处违法排水案件二十六起，罚没款四十二万元。"
)


def test_a_run_in_title_over_a_long_body() -> None:
    doc = answer("一、关于排水管理\n（一）强化源头管控。" + _LONG_BODY + "\n（二）加强执法监督。开展联合执法行动六次。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于排水管理"),
                (2, "cn-paren", "（一）", "强化源头管控"),
                (2, "cn-paren", "（二）", "加强执法监督"),
            ],
            "paras": [[], [_LONG_BODY], ["开展联合执法行动六次。"]],
        },
    )


_LONG_HEAD = "全面排查城区排水管网并建立问题清单逐一销号整改确保汛期前完成全部整改任务"


def test_a_heading_line_over_thirty_characters_with_no_stop_keeps_its_title() -> None:
    assert len(_LONG_HEAD) > 30
    doc = answer(
        "一、关于管网整治\n1."
        + _LONG_HEAD
        + "\n已排查管网四百公里，整改问题管段三十处。\n2.加快雨污分流改造\n完成雨污分流改造六十公里。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于管网整治"),
                (2, "num", "1.", _LONG_HEAD),
                (2, "num", "2.", "加快雨污分流改造"),
            ],
            "paras": [[], ["已排查管网四百公里，整改问题管段三十处。"], ["完成雨污分流改造六十公里。"]],
        },
    )


_POINT_1 = (
    "今年汛期，全市共出现强降雨过程九次，最大小时降雨量达八十六毫米，城区未发生严重内涝。"
    "我局提前组织开展汛前检查，整改隐患四十余处。"
)
_POINT_2 = (
    "针对您提出的下穿隧道积水问题，我局已在全市十二处下穿隧道安装积水监测设备和警示装置，"
    "实现积水深度实时监测和自动预警。"
)


def test_arabic_points_that_are_whole_paragraphs_have_no_title() -> None:
    doc = answer("1." + _POINT_1 + "\n2." + _POINT_2)
    same(
        {"tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [(1, "num", "1.", None), (1, "num", "2.", None)],
            "paras": [[_POINT_1], [_POINT_2]],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_run_in_title_closed_by_a_colon_over_a_semicolon_list() -> None:
    doc = answer(
        "一、关于工作开展情况\n（一）主要做法：新建泵站两座；改造管网十公里；清淤河道五公里。\n（二）主要成效：城区易涝点由三十六处减少到十处。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于工作开展情况"),
                (2, "cn-paren", "（一）", "主要做法"),
                (2, "cn-paren", "（二）", "主要成效"),
            ],
            "paras": [[], ["新建泵站两座；改造管网十公里；清淤河道五公里。"], ["城区易涝点由三十六处减少到十处。"]],
        },
    )


def test_a_rules_texts_bracketed_items_quoted_under_a_citing_lead_open_no_sections() -> None:
    doc = answer(
        "一、关于排水户管理\n《沣屿市排水管理条例》第二十条规定，排水户应当遵守下列要求：\n（一）不得向雨水管网排放污水；\n"
        "（二）不得在排水管网上方堆放重物；\n（三）不得擅自拆改排水设施。\n我局将依据上述规定加强执法检查。\n二、关于资金保障\n"
        "市财政安排专项资金一点五亿元。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于排水户管理"), (1, "cn", "二、", "关于资金保障")],
            "paras": [
                [
                    "《沣屿市排水管理条例》第二十条规定，排水户应当遵守下列要求：",
                    "（一）不得向雨水管网排放污水；",
                    "（二）不得在排水管网上方堆放重物；",
                    "（三）不得擅自拆改排水设施。",
                    "我局将依据上述规定加强执法检查。",
                ],
                ["市财政安排专项资金一点五亿元。"],
            ],
            "gap": False,
        },
    )


def test_numbers_inside_one_sentence_under_a_run_in_title_open_no_sections() -> None:
    doc = answer(
        "一、关于汛期巡查\n（一）加强重点部位巡查。重点对(1)地下通道、(2)下穿隧道、(3)低洼小区开展巡查。\n（二）加强值班值守。"
        "汛期实行二十四小时值班。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "items": every_items(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于汛期巡查"),
                (2, "cn-paren", "（一）", "加强重点部位巡查"),
                (2, "cn-paren", "（二）", "加强值班值守"),
            ],
            "paras": [[], ["重点对(1)地下通道、(2)下穿隧道、(3)低洼小区开展巡查。"], ["汛期实行二十四小时值班。"]],
            "items": [[[]], [], [[]], [[]]],
        },
    )


# Batch 3 (written before any run): members

_TWELVE = [
    "摸清底数",
    "编制规划",
    "改造管网",
    "建设泵站",
    "清淤河道",
    "整治易涝点",
    "建设调蓄池",
    "推广海绵城市",
    "完善预案",
    "储备物资",
    "加强演练",
    "强化宣传",
]
_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def test_twelve_members_in_one_paragraph() -> None:
    text = "我局主要做了十二项工作：" + "".join(f"{n}是{w}；" for n, w in zip(_NUMERALS, _TWELVE, strict=True))
    text = text[:-1] + "。"
    doc = answer("一、关于工作措施\n" + text)
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(i + 1, f"{n}是", w) for i, (n, w) in enumerate(zip(_NUMERALS, _TWELVE, strict=True))]]},
    )


def test_members_whose_leads_run_over_a_colon_to_a_semicolon() -> None:
    doc = answer(
        "一、关于排涝能力建设\n下一步，我局将从两方面推进：一是补齐设施短板：新建泵站两座；改造管网十公里。"
        "二是提升管理水平：建立智慧排水平台；实行网格化巡查。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [[(1, "一是", "补齐设施短板：新建泵站两座"), (2, "二是", "提升管理水平：建立智慧排水平台")]],
            "texts": [
                "一是补齐设施短板：新建泵站两座；改造管网十公里。",
                "二是提升管理水平：建立智慧排水平台；实行网格化巡查。",
            ],
        },
    )


def test_members_holding_an_inline_bracketed_list() -> None:
    doc = answer(
        "一、关于汛期巡查\n我局重点抓了两项工作：一是加强巡查，重点巡查(1)地下通道、(2)下穿隧道；二是完善预案，修订应急预案三部。"
    )
    same(
        {"tree": tree(doc), "items": every_items(doc)[1]},
        {
            "tree": [(1, "cn", "一、", "关于汛期巡查")],
            "items": [
                [(1, "一是", "加强巡查，重点巡查(1)地下通道、(2)下穿隧道"), (2, "二是", "完善预案，修订应急预案三部")]
            ],
        },
    )


def test_yize_and_yilai_pairs_are_no_members() -> None:
    doc = answer(
        "一、关于调蓄池建设\n调蓄池建设进度较慢，一则选址难度大，二则资金缺口大。\n"
        "我局将加快推进，一来争取上级资金，二来引入社会资本。"
    )
    same({"items": every_items(doc)[1]}, {"items": [[], []]})


# Batch 4 (written before any run): phases


def test_report_headings_then_a_plan_heading_whose_paragraph_opens_with_from_now_on() -> None:
    doc = answer(
        "一、基本情况\n近年来，全市累计投入内涝治理资金十二亿元。\n二、存在问题\n目前，部分老旧小区排水能力仍然不足。\n"
        "三、下一步工作\n今后，我局将持续推进老旧小区排水改造。"
    )
    same(
        {"titles": titles(doc), "phases": every_phase(doc)},
        {"titles": ["基本情况", "存在问题", "下一步工作"], "phases": [[None], [None], [None], ["plan"]]},
    )


def test_a_bold_markdown_plan_opener() -> None:
    doc = answer(
        "一、关于易涝点整治\n今年整治易涝点二十六处。\n**下一步，**我局将对剩余十处易涝点实施整治。\n二、关于资金保障\n"
        "市财政安排专项资金一点五亿元。"
    )
    same(
        {"paras": paras(doc)[0], "phases": every_phase(doc)},
        {
            "paras": ["今年整治易涝点二十六处。", "下一步，我局将对剩余十处易涝点实施整治。"],
            "phases": [[None], ["progress", "plan"], [None]],
        },
    )


def test_next_year_and_future_words_plan_nothing() -> None:
    doc = answer(
        "一、关于管网改造\n今年完成老旧管网改造八十公里。\n明年，我局将再改造一百公里。\n未来三年，全市将基本实现雨污分流。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], [None, None, None]]})


def test_a_plan_paragraph_in_the_preamble_before_the_first_heading() -> None:
    doc = answer(
        "我局高度重视您的建议，组织专人开展调研。\n下一步，我局将按照建议逐项抓好落实。\n一、关于管网改造\n完成老旧管网改造八十公里。"
    )
    same(
        {"pre": pre(doc), "phases": every_phase(doc)},
        {
            "pre": [OPENING, "我局高度重视您的建议，组织专人开展调研。", "下一步，我局将按照建议逐项抓好落实。"],
            "phases": [["progress", "progress", "plan"], [None]],
        },
    )


# Batch 5 (written before any run): the 落款 and around it


def test_the_date_above_the_organ() -> None:
    doc = answer(TWO, sign=DATE + "\n" + ORG)
    same(
        {"signed": signed(doc), "closing": closing(doc), "tree": tree(doc), "last": paras(doc)[-1]},
        {"signed": SIGNED, "closing": "特此答复。", "tree": TWO_TREE, "last": TWO_LAST},
    )


def test_an_annex_letter_with_its_own_signature_after_the_answers() -> None:
    doc = answer(
        TWO,
        sign=FOOT
        + "\n附件\n茭塘区排水设施情况说明\n茭塘区现有排水管网三百公里，泵站五座。\n茭塘区住房和城乡建设局\n2026年9月10日",
    )
    same(
        {"signed": signed(doc), "closing": closing(doc), "tree": tree(doc), "attachments": doc.attachments},
        {
            "signed": SIGNED,
            "closing": "特此答复。",
            "tree": TWO_TREE,
            "attachments": ("茭塘区排水设施情况说明",),
        },
    )


def test_a_page_number_in_dashes_under_the_date() -> None:
    doc = answer(TWO, sign=FOOT + "\n— 3 —")
    t = trailer(doc)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": t["last"], "sections": t["sections"]},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST[0], "sections": 2},
    )


def test_a_page_count_line_under_the_date() -> None:
    doc = answer(TWO, sign=FOOT + "\n第3页  共3页")
    t = trailer(doc)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": t["last"]},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST[0]},
    )


def test_a_bold_organ_and_date() -> None:
    doc = answer(TWO, sign="**" + ORG + "**\n**" + DATE + "**")
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST},
    )


def test_two_organs_on_one_line_over_the_date() -> None:
    doc = answer(TWO, sign=ORG + "　　沣屿市住房和城乡建设局\n" + DATE)
    same(
        {"signed": signed(doc), "closing": closing(doc)},
        {"signed": ((ORG, "沣屿市住房和城乡建设局"), "2026-09-15"), "closing": "特此答复。"},
    )


def test_a_seal_word_after_the_date() -> None:
    doc = answer(TWO, sign=ORG + "\n" + DATE + "（公章）")
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST},
    )


def test_an_organ_centred_by_ideographic_spaces_with_the_formula_centred_too() -> None:
    doc = answer(TWO, end="　　特此答复。", sign="　　　　　　　　　　" + ORG + "\n　　　　　　　　　　" + DATE)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST},
    )


# Batch 6 (written after causes 1-4 landed, blind: before any run of these)


def test_double_circled_numbers_inside_a_sentence_open_no_sections() -> None:
    doc = answer(
        "一、关于汛期巡查\n重点巡查三类部位：⓵地下通道；⓶下穿隧道；⓷低洼小区。\n二、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            # (my slip at first look, corrected: I took the first title from TWO_TREE, not this document's 一、)
            "tree": [(1, "cn", "一、", "关于汛期巡查"), (1, "cn", "二、", "关于资金保障")],
            "paras": [["重点巡查三类部位：⓵地下通道；⓶下穿隧道；⓷低洼小区。"], ["市财政安排专项资金一点五亿元。"]],
        },
    )


def test_negative_circled_numbers_as_the_only_rank() -> None:
    doc = answer("❶关于泵站建设\n新建排涝泵站两座。\n❷关于河道清淤\n清淤河道十二公里。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "tree": [(1, "circled", "❶", "关于泵站建设"), (1, "circled", "❷", "关于河道清淤")],
            "paras": [["新建排涝泵站两座。"], ["清淤河道十二公里。"]],
            "signed": SIGNED,
        },
    )


def test_a_year_range_after_an_ideograph_and_a_dot() -> None:
    doc = answer("一.2025-2027年工作回顾\n三年改造老旧管网三百公里。\n二.2028年工作计划\n再改造管网一百公里。")
    same(
        {"tree": tree(doc), "gap": gap(doc)},
        {"tree": [(1, "cn", "一.", "2025-2027年工作回顾"), (1, "cn", "二.", "2028年工作计划")], "gap": False},
    )


def test_members_under_formal_figure_headings() -> None:
    doc = answer(
        "壹、关于管网改造\n一是加快老城区改造；二是推进新城区建设。\n贰、关于资金保障\n市财政安排专项资金一点五亿元。"
    )
    same(
        {"levels": levels(doc), "items": every_items(doc)[1]},
        {
            "levels": [(1, "cn", 1), (1, "cn", 2)],
            "items": [[(1, "一是", "加快老城区改造"), (2, "二是", "推进新城区建设")]],
        },
    )
