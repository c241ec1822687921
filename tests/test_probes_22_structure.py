"""Twenty-second round of structure probes: short documents written as an outside tester would, on the
structure rules alone (levels, markers, titles, nesting, members, phases, closing, 落款 where it bounds the
body); genre22 probes header and trailer fields at the same time.

Shapes earlier rounds covered (read before writing, so this round varies them): rounds 3-21 (see
tests/test_probes_21_structure.py's docstring and those it cites: skipped and restarting ranks, parts,
chapters and articles, ㈠ ⒈ ⑴ glyphs, 一. and 一， at the top, (一) and 〔一〕, 1) and １．, run-in titles of
30/31 characters, 一是 inside （一）, 首先/其次, phases at several ranks, 专栏 boxes, 【】 headings, venues under
place labels, stacked co-signers).

What this round adds, on one theme (a district 市场监督管理局 answering a proposal on school-canteen food
safety, so the vocabulary is new to the probes):
- markers as typists leave them, in new company: 一. with a run-in title, 一， on its own line beside a run-in
  一，, 一: and 二： (half and full width) as heading lines, (一) beside （二)、 in one run, 1、 / 2. / 1． in
  one reply's two branches, ① under （一） own-line and run-in, ㈠ over 1. over ⑴, １． over （１）, markers
  alone on their line over their title at two ranks, 1) with a colon title under （一）, a paren rank and an
  Arabic rank each used once, （一） and (二) alternating, a paren gap, a heading repeated after a page line;
- look-alikes at a line start: 1.5万元, 一、二类, 第一批/第二批, 2024.3.5, 3个月内, 2、3月份, a lone 一方面, a
  lone 第一，, the proposal's 一是 quoted in marks or after 您在提案中建议：;
- members: leads closed by 。 with sentences after them, by ， then ；, 一要 in a notice, 一方面 after a
  subject, 第一，as paragraphs, a colon lead over members on their own lines, members closed by 。 ， ；
  mixed, members past a 第2页 line, members then run-on thanks, a lead line closed by ：, bold leads;
- phases: report headings with 近年来/目前 and 下一步 openers, 已做/在做/将做 paragraphs, no plan at all, a plan
  stopping at the next paren heading, 下阶段 before a closing, members in both phases, plan words mid-sentence;
- closing and 落款: 特此答复 ending the last sub-section's paragraph, closing → 附件 → 落款, organ and date on one
  line, the date above the organ, a 落款 under a pipe table, an 办公室 signing （代章）, a 印发 date under the
  落款, 此复 run on over a numeral date;
- struct21's leftover (a venue label over name lines joined by the joins rule) in new examples, and review21
  R4 (`【一、标题】正文` glued in Document.text); batch 13 after the landing: markers before an ideographic space, a
  heading repeated under a running head, a member's lead cut by a page line, the causes beside members and plans.

Every expected value was written from the contract and the README before the parser was run on the batch
(the batches were committed first); every document also keeps the span invariants and invents no character.
Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch (causes: tests/test_struct22_causes.py):
- batch 1 (一. 一， 一: 二： markers, (一) and （二)、, 1、/2./1．, ① under （一）, ㈠ over 1. over ⑴, １． over （１））: 7/8,
  17/19 (cause 1: `一:日常监管` opened no section, its title opening on 日, a measure word's character)
- batch 2 (markers alone over their titles, run-in titles with a comma or colon, ranks used once, （一）/(二) by
  turns, a paren gap, a heading repeated after a page line, 1) colon titles): 8/8, 19/19
- batch 3 (1.5万元, 一、二类, 第一批, 2024.3.5, 3个月内, 2、3月份, a lone 一方面 and 第一，, the proposal's 一是 quoted
  in marks or after its lead): 8/8, 16/16
- batch 4 (leads closed by 。 ， ；, 一要 in a notice, 一方面 after a subject, 第一，paragraphs, a colon lead over
  members on lines, mixed closers, members past a 第2页 line): 8/8, 15/15
- batch 5 (report headings with openers, 已做/在做/将做, no plan, a plan stopping at （二）, 下阶段 before the
  closing, members in both phases, plan words mid-sentence): 8/8, 17/17
- batch 6 (特此答复 ending a sub-section, closing → 附件 → 落款, organ and date on one line, the date first, under
  a pipe table, （代章）, a 印发 date, 此复 run on): 8/8, 23/23
- batch 7 (R4 twice, venue and place labels over name lines, runs with thanks and formulas, colon lead lines,
  bold leads): 5/8, 16/20 (cause 4 twice: `【一、关于…】今年…` glued title and text in Document.text; cause 3:
  `分会场：区教育局三楼会议室` joined with the rooms under it)
- batch 8 (whole replies: dotted ideographs with (一) and 1), headings alone over ①, ㈠ first, 1、 over ① with an
  untitled point, １、 over （１）, a one-heading reply, one rank spelt two ways): 8/8, 25/25
- batch 9 (an 实施意见, a 方案 with ； points, 实施细则, 工作要点 numbered on, a notice with ㈠ and 一要, a 批复, a 报告,
  a 协办意见): 8/8, 33/33
- batch 10 (a top gap, a paren repeat after a page line, 1. restarting, circled tops, 3.15, 12315, 1.2万名,
  一、二、三年级, 3)个月, 第一时间): 7/8, 14/16 (cause 2: `3)个月内未完成整改的…` opened a section)
- batch 11 (written after batches 1-10's first look, before its own run: the misses' edges): 5/8, 10/15 (cause 1
  twice: 人员/年度/项目 after 一，, 日常/月度 after 1：; cause 3: a 督查组组长 label over the posts under it)
- batch 12 (written with batch 11: neighbours): 1/4, 2/6 (cause 2: a wrap bringing `（3）个工作日内…` to a line's
  start; cause 1 in a 纪要's agreed points; cause 3: `报送地址：…食品科` joined with the sentence under it)
- batch 13 (written after the landing, before its own run: markers before an ideographic space, a heading repeated
  under a running head, a lead cut by a page line, （代章） on its own line, two attachments over a one-line 落款,
  time and place labels over a request, cause 1 with members, R4 with members and a plan): 8/8, 16/16 (on
  s22start 6/8, 13/16)
- batch 14 (written after the landing, before its own run: 一　 before a unit-word title, （代章）<TAB>date,
  （此页无正文）, the date over a sealed organ, an Arabic gap, a 下一步工作打算： lead over member lines, a paren rank
  under the second 1. only, 1： and 2. by turns): 7/8, 15/17 (cause 1 once more: `一　日常监管`, an ideograph set
  off by a space before a noun opening on a measure word's character)
Totals: 108 documents, 96 whole at first look; 257 checks, 238. Batches 1-10 alone (written first): 80 documents,
75 whole; 203 checks, 195. Four causes fixed (tests/test_struct22_causes.py; cause 1 widened after batch 14), one of them struct21's strict xfail
(now passing, its mark taken off); no misreading of mine this round, no strict xfail left.
"""

from __future__ import annotations

import govdoc
from tests.probing import (
    checked,
    closing,
    codes,
    every_items,
    every_phase,
    gap,
    items,
    levels,
    paras,
    parents,
    pre,
    same,
    signed,
    titles,
    tree,
)

HEAD = (
    "关于区政协十届二次会议第0217号提案的答复\n刘某委员：\n您提出的关于加强校园食品安全监管的提案收悉，现答复如下：\n"
)
TAIL = "\n某区市场监督管理局\n2025年10月15日"
SIGNED = (("某区市场监督管理局",), "2025-10-15")


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def ended(text: str) -> govdoc.Document:
    """A reply whose end (closing, 落款, what follows) the probe writes itself."""
    return checked(HEAD + text)


def markers(doc: govdoc.Document) -> list[str]:
    return [s.marker for s in doc.iter_sections()]


def joined(doc: govdoc.Document) -> bool:
    return "page-break-joined" in codes(doc)


# Batch 1 (written before any run): marker spellings typists leave, in new company


def test_half_width_dot_ideograph_markers_with_run_in_titles() -> None:
    doc = body(
        "一.加强组织领导。我局成立了校园食品安全工作专班，由分管副局长任组长。\n"
        "二.强化日常检查。今年共检查学校食堂一百二十家次。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一.", "加强组织领导"), (1, "cn", "二.", "强化日常检查")],
            "paras": [["我局成立了校园食品安全工作专班，由分管副局长任组长。"], ["今年共检查学校食堂一百二十家次。"]],
        },
    )


def test_comma_ideograph_markers_one_on_a_heading_line_one_before_a_run_in_title() -> None:
    doc = body(
        "一，建立联席会议制度\n区市场监管局会同区教育局每季度召开一次联席会议。\n"
        "二，开展开学专项检查。春秋两季开学前，对全区学校食堂开展全覆盖检查。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一，", "建立联席会议制度"), (1, "cn", "二，", "开展开学专项检查")],
            "paras": [
                ["区市场监管局会同区教育局每季度召开一次联席会议。"],
                ["春秋两季开学前，对全区学校食堂开展全覆盖检查。"],
            ],
        },
    )


def test_colon_ideograph_markers_of_both_widths_on_heading_lines() -> None:
    doc = body("一:日常监管\n对学校食堂实行量化分级管理。\n二：专项整治\n开展校园周边食品安全专项整治。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一:", "日常监管"), (1, "cn", "二：", "专项整治")],
            "paras": [["对学校食堂实行量化分级管理。"], ["开展校园周边食品安全专项整治。"]],
        },
    )


def test_paren_ideographs_in_half_width_and_mixed_brackets_one_with_a_pause_mark() -> None:
    doc = body(
        "一、关于日常监管\n(一)检查频次\n学校食堂每学期至少检查两次。\n（二)、检查方式\n采取“四不两直”方式开展检查。\n"
        "二、关于信息公开\n检查结果在区政府网站公示。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)[1:3], "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于日常监管"),
                (2, "cn-paren", "(一)", "检查频次"),
                (2, "cn-paren", "（二)、", "检查方式"),
                (1, "cn", "二、", "关于信息公开"),
            ],
            "paras": [["学校食堂每学期至少检查两次。"], ["采取“四不两直”方式开展检查。"]],
            "gap": False,
        },
    )


def test_arabic_points_with_a_pause_mark_a_dot_and_a_full_width_dot_in_two_branches() -> None:
    doc = body(
        "一、关于食堂管理\n1、索证索票\n食堂采购食材一律索取票证。\n2.留样制度\n每餐每样留样一百二十五克以上。\n"
        "二、关于人员管理\n1．晨检制度\n从业人员每日上岗前晨检。\n2．培训制度\n每年集中培训不少于四十学时。"
    )
    same(
        {"levels": levels(doc), "markers": markers(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (1, "cn", 2), (2, "num", 1), (2, "num", 2)],
            "markers": ["一、", "1、", "2.", "二、", "1．", "2．"],
            "titles": ["关于食堂管理", "索证索票", "留样制度", "关于人员管理", "晨检制度", "培训制度"],
            "gap": False,
        },
    )


def test_circled_points_under_a_paren_heading_one_on_its_line_one_run_in() -> None:
    doc = body(
        "一、关于食堂管理\n（一）采购环节\n①索证索票制度\n采购食材一律索取票证。\n②定点采购。大宗食材实行定点采购。\n"
        "（二）加工环节\n严格执行生熟分开。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)[2:]},
        {
            "tree": [
                (1, "cn", "一、", "关于食堂管理"),
                (2, "cn-paren", "（一）", "采购环节"),
                (3, "circled", "①", "索证索票制度"),
                (3, "circled", "②", "定点采购"),
                (2, "cn-paren", "（二）", "加工环节"),
            ],
            "paras": [["采购食材一律索取票证。"], ["大宗食材实行定点采购。"], ["严格执行生熟分开。"]],
        },
    )


def test_parenthesised_ideograph_glyphs_over_arabic_over_parenthesised_digit_glyphs() -> None:
    doc = body(
        "一、关于检查安排\n㈠日常检查\n1.检查频次\n⑴学校食堂\n每月检查一次。\n⑵校外供餐单位\n每季度检查一次。\n"
        "㈡专项检查\n开学前开展专项检查。"
    )
    same(
        {"levels": levels(doc), "parents": parents(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (4, "num-paren", 2),
                (2, "cn-paren", 2),
            ],
            "parents": [("一、", None), ("㈠", "一、"), ("1.", "㈠"), ("⑴", "1."), ("⑵", "1."), ("㈡", "一、")],
        },
    )


def test_full_width_digits_with_full_width_dots_over_full_width_paren_digits() -> None:
    doc = body(
        "一、关于从业人员\n１．健康证明\n（１）办理时限\n新招人员上岗前办理健康证明。\n（２）复查要求\n每年复查一次。\n"
        "２．培训考核\n每年培训不少于四十学时。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [(1, "cn", 1), (2, "num", 1), (3, "num-paren", 1), (3, "num-paren", 2), (2, "num", 2)],
            "titles": ["关于从业人员", "健康证明", "办理时限", "复查要求", "培训考核"],
        },
    )


# Batch 2 (written before any run): markers cut from their titles, run-in titles, ranks used once, jumps


def test_ideograph_markers_alone_on_their_lines_over_their_titles() -> None:
    doc = body("一、\n加强组织领导\n我局成立了工作专班。\n二、\n强化日常检查\n今年共检查学校食堂一百二十家次。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "加强组织领导"), (1, "cn", "二、", "强化日常检查")],
            "paras": [["我局成立了工作专班。"], ["今年共检查学校食堂一百二十家次。"]],
        },
    )


def test_paren_markers_alone_on_their_lines_under_a_heading() -> None:
    doc = body("一、关于检查工作\n（一）\n日常检查\n每月检查一次。\n（二）\n专项检查\n开学前开展专项检查。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于检查工作"),
                (2, "cn-paren", "（一）", "日常检查"),
                (2, "cn-paren", "（二）", "专项检查"),
            ],
            "paras": [[], ["每月检查一次。"], ["开学前开展专项检查。"]],
        },
    )


def test_a_run_in_title_holding_a_comma_and_arabic_run_in_titles_at_a_colon() -> None:
    doc = body(
        "一、加强领导，压实责任。我局将校园食品安全纳入年度重点工作。\n1.索证索票：学校食堂采购食材一律索取票证。\n"
        "2.留样备查：每餐每样留样四十八小时。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "加强领导，压实责任"),
                (2, "num", "1.", "索证索票"),
                (2, "num", "2.", "留样备查"),
            ],
            "paras": [
                ["我局将校园食品安全纳入年度重点工作。"],
                ["学校食堂采购食材一律索取票证。"],
                ["每餐每样留样四十八小时。"],
            ],
        },
    )


def test_a_paren_rank_and_an_arabic_rank_each_used_for_one_point_only() -> None:
    doc = body(
        "一、关于日常监管\n（一）检查制度\n学校食堂每月检查一次。\n二、关于专项整治\n1.春季开学专项检查\n"
        "共检查学校食堂八十家。\n三、关于信息公开\n检查结果按月公示。"
    )
    same(
        {"levels": levels(doc), "parents": parents(doc), "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (1, "cn", 2), (2, "num", 1), (1, "cn", 3)],
            "parents": [("一、", None), ("（一）", "一、"), ("二、", None), ("1.", "二、"), ("三、", None)],
            "gap": False,
        },
    )


def test_one_paren_rank_written_in_full_and_half_width_brackets_by_turns() -> None:
    doc = body(
        "一、关于工作措施\n（一）强化检查\n每月检查一次。\n(二)强化抽检\n每季度抽检一次。\n（三）强化培训\n每年培训一次。\n"
        "(四)强化公示\n按月公示结果。"
    )
    same(
        {"levels": levels(doc), "markers": markers(doc), "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2), (2, "cn-paren", 3), (2, "cn-paren", 4)],
            "markers": ["一、", "（一）", "(二)", "（三）", "(四)"],
            "gap": False,
        },
    )


def test_a_paren_numbering_that_skips_a_number_warns_a_gap() -> None:
    doc = body(
        "一、关于工作措施\n（一）强化检查\n每月检查一次。\n（三）强化培训\n每年培训一次。\n二、关于信息公开\n按月公示结果。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {"levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 3), (1, "cn", 2)], "gap": True},
    )


def test_a_heading_repeated_after_a_page_number_line_keeps_both_and_warns() -> None:
    doc = body(
        "一、关于日常检查\n每月检查一次。\n二、关于专项整治\n开展校园周边整治。\n- 2 -\n二、关于专项整治\n"
        "共查处违法案件十二起。\n三、关于信息公开\n按月公示检查结果。"
    )
    same(
        {"ordinals": [s.ordinal for s in doc.sections], "gap": gap(doc), "paras": paras(doc)[1:3]},
        {"ordinals": [1, 2, 2, 3], "gap": True, "paras": [["开展校园周边整治。"], ["共查处违法案件十二起。"]]},
    )


def test_half_width_closing_paren_digits_with_colon_titles_under_a_paren_heading() -> None:
    doc = body(
        "一、关于食堂管理\n（一）人员管理\n1)晨检制度：从业人员每日上岗前晨检。\n2)培训制度：每年集中培训一次。\n"
        "（二）设施管理\n定期清洗消毒。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)[2:4]},
        {
            "tree": [
                (1, "cn", "一、", "关于食堂管理"),
                (2, "cn-paren", "（一）", "人员管理"),
                (3, "num-paren", "1)", "晨检制度"),
                (3, "num-paren", "2)", "培训制度"),
                (2, "cn-paren", "（二）", "设施管理"),
            ],
            "paras": [["从业人员每日上岗前晨检。"], ["每年集中培训一次。"]],
        },
    )


# Batch 3 (written before any run): look-alikes at a line start, quoted and unquoted proposal members


def test_an_amount_with_a_decimal_point_at_a_line_start_is_a_sentence() -> None:
    doc = body(
        "一、关于资金保障\n今年安排专项资金。\n1.5万元用于购置快检设备，其余用于培训。\n二、关于设备配置\n为学校配备快检箱。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于资金保障"), (1, "cn", "二、", "关于设备配置")],
            "paras": [["今年安排专项资金。", "1.5万元用于购置快检设备，其余用于培训。"], ["为学校配备快检箱。"]],
        },
    )


def test_a_range_of_two_classes_at_a_line_start_is_a_sentence() -> None:
    doc = body(
        "一、关于分级管理\n全区学校食堂均已评定等级。\n一、二类食堂占比达到百分之九十五。\n二、关于结果运用\n等级结果向社会公示。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于分级管理"), (1, "cn", "二、", "关于结果运用")],
            "paras": [["全区学校食堂均已评定等级。", "一、二类食堂占比达到百分之九十五。"], ["等级结果向社会公示。"]],
            "gap": False,
        },
    )


def test_first_and_second_batches_at_line_starts_are_neither_members_nor_sections() -> None:
    doc = body("一、关于示范创建\n第一批示范食堂共十二家，已挂牌公示。\n第二批示范食堂正在评审。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "items": every_items(doc)[1]},
        {
            "tree": [(1, "cn", "一、", "关于示范创建")],
            "paras": [["第一批示范食堂共十二家，已挂牌公示。", "第二批示范食堂正在评审。"]],
            "items": [[], []],
        },
    )


def test_dotted_dates_at_line_starts_are_sentences() -> None:
    doc = body("一、关于联合检查\n2024.3.5区市场监管局会同区教育局开展联合检查。\n2024.9.2再次开展开学检查。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于联合检查")],
            "paras": [["2024.3.5区市场监管局会同区教育局开展联合检查。", "2024.9.2再次开展开学检查。"]],
        },
    )


def test_month_counts_and_a_month_range_at_line_starts_are_sentences() -> None:
    doc = body("一、关于整改落实\n检查发现问题四十六个。\n3个月内全部完成整改。\n2、3月份共复查食堂三十家。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于整改落实")],
            "paras": [["检查发现问题四十六个。", "3个月内全部完成整改。", "2、3月份共复查食堂三十家。"]],
        },
    )


def test_a_lone_one_side_and_a_lone_first_are_no_members() -> None:
    doc = body(
        "一、关于宣传教育\n一方面，学校通过家长会开展宣传。同时，我局在校园周边张贴宣传画。\n第一，要让学生知道什么是安全食品。"
    )
    same({"items": every_items(doc)[1]}, {"items": [[], []]})


def test_the_proposals_members_quoted_in_marks_inside_a_section_are_no_members() -> None:
    doc = body(
        "一、关于陪餐制度\n您提出的“一是建立校领导陪餐制度，二是邀请家长代表陪餐”的建议很有针对性。\n"
        "目前全区学校均已落实陪餐制度。"
    )
    same(
        {"items": every_items(doc)[1], "tree": tree(doc)},
        {"items": [[], []], "tree": [(1, "cn", "一、", "关于陪餐制度")]},
    )


def test_the_proposals_members_after_a_colon_lead_inside_a_section_are_members() -> None:
    doc = body(
        "一、关于陪餐制度\n您在提案中建议：一是建立校领导陪餐制度；二是邀请家长代表陪餐。\n目前全区学校均已落实陪餐制度。"
    )
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "建立校领导陪餐制度"), (2, "二是", "邀请家长代表陪餐")], []]},
    )


# Batch 4 (written before any run): members' leads closed by 。 ， ；, 一要, 一方面, 第一，, members on lines


def test_members_whose_leads_close_on_a_full_stop_with_sentences_after_them() -> None:
    doc = body(
        "一、关于工作措施\n一是开展专项检查。今年共检查学校食堂一百二十家次。二是推进明厨亮灶。全区学校食堂已全部完成改造。"
    )
    p = doc.sections[0].paragraphs[0]
    same(
        {"items": items(p), "texts": [i.text for i in p.items]},
        {
            "items": [(1, "一是", "开展专项检查"), (2, "二是", "推进明厨亮灶")],
            "texts": [
                "一是开展专项检查。今年共检查学校食堂一百二十家次。",
                "二是推进明厨亮灶。全区学校食堂已全部完成改造。",
            ],
        },
    )


def test_members_whose_leads_hold_a_comma_and_close_on_a_semicolon() -> None:
    doc = body("一、关于人员培训\n一是加强培训，组织食堂从业人员培训三千人次；二是强化考核，对食品安全管理员随机抽考。")
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "一是", "加强培训，组织食堂从业人员培训三千人次"),
                    (2, "二是", "强化考核，对食品安全管理员随机抽考"),
                ]
            ]
        },
    )


def test_yi_yao_members_in_a_notices_section() -> None:
    doc = checked(
        "关于做好2025年秋季学期校园食品安全工作的通知\n各街道办事处，各中小学校：\n一、工作要求\n"
        "一要提高认识。各单位要充分认识校园食品安全的重要性。二要压实责任。落实校长第一责任人制度。三要强化督查。"
        "区市场监管局将开展随机督查。\n二、时间安排\n2025年9月1日至9月30日。\n某区市场监督管理局\n2025年8月25日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "items": every_items(doc)[1], "signed": signed(doc)},
        {
            "kind": "notice",
            "tree": [(1, "cn", "一、", "工作要求"), (1, "cn", "二、", "时间安排")],
            "items": [[(1, "一要", "提高认识"), (2, "二要", "压实责任"), (3, "三要", "强化督查")]],
            "signed": (("某区市场监督管理局",), "2025-08-25"),
        },
    )


def test_one_side_and_the_other_after_a_subject_with_comma_leads() -> None:
    doc = body(
        "一、关于抽检工作\n我局一方面加大抽检力度，全年抽检校园食品六百批次；另一方面加强信息公开，抽检结果按月公布。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "一方面", "加大抽检力度，全年抽检校园食品六百批次"),
                    (2, "另一方面", "加强信息公开，抽检结果按月公布"),
                ]
            ]
        },
    )


def test_first_second_third_each_opening_its_own_paragraph() -> None:
    doc = body(
        "一、关于责任落实\n第一，建立包保制度。每所学校明确一名包保干部。\n第二，推行陪餐制度。校领导每日陪餐。\n"
        "第三，实行信息公开。食堂账目每月公开。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "第一", "建立包保制度")],
                [(2, "第二", "推行陪餐制度")],
                [(3, "第三", "实行信息公开")],
            ]
        },
    )


def test_a_colon_lead_over_members_each_on_its_own_line() -> None:
    doc = body(
        "一、关于工作开展情况\n今年以来，我局主要做了以下工作：\n一是开展专项检查；\n二是推进明厨亮灶；\n三是加强从业人员培训。"
    )
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [
                [
                    "今年以来，我局主要做了以下工作：",
                    "一是开展专项检查；",
                    "二是推进明厨亮灶；",
                    "三是加强从业人员培训。",
                ]
            ],
            "items": [
                [],
                [(1, "一是", "开展专项检查")],
                [(2, "二是", "推进明厨亮灶")],
                [(3, "三是", "加强从业人员培训")],
            ],
        },
    )


def test_members_closed_by_a_stop_a_comma_and_a_semicolon_in_one_run() -> None:
    doc = body(
        "一、关于工作开展情况\n主要做了以下工作：一是开展专项检查。二是推进明厨亮灶，三是加强培训；四是强化考核。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "一是", "开展专项检查"),
                    (2, "二是", "推进明厨亮灶"),
                    (3, "三是", "加强培训"),
                    (4, "四是", "强化考核"),
                ]
            ]
        },
    )


def test_members_on_their_own_lines_across_a_page_line_in_a_plan_section() -> None:
    doc = body(
        "一、关于下一步工作\n下一步，我局将重点做好以下工作：\n一是扩大快检覆盖面；\n第2页 共3页\n二是建立食堂等级动态调整机制。"
    )
    same(
        {"paras": paras(doc), "items": every_items(doc)[1], "phases": every_phase(doc)[1]},
        {
            "paras": [["下一步，我局将重点做好以下工作：", "一是扩大快检覆盖面；", "二是建立食堂等级动态调整机制。"]],
            "items": [[], [(1, "一是", "扩大快检覆盖面")], [(2, "二是", "建立食堂等级动态调整机制")]],
            "phases": ["plan", "plan", "plan"],
        },
    )


# Batch 5 (written before any run): phases as headings, as openers, three of them, none


def test_report_headings_with_present_openers_and_a_next_step_opener() -> None:
    doc = body(
        "一、办理情况\n近年来，我局持续加强校园食品安全监管。\n目前，全区学校食堂已全部实现明厨亮灶。\n"
        "二、下一步工作打算\n下一步，我局将推动快检全覆盖。\n同时，加强校外供餐单位监管。"
    )
    same(
        {"titles": titles(doc), "phases": every_phase(doc)},
        {"titles": ["办理情况", "下一步工作打算"], "phases": [[None], [None, None], ["plan", "plan"]]},
    )


def test_done_doing_and_to_do_paragraphs_in_one_section() -> None:
    doc = body(
        "一、关于明厨亮灶\n去年，全区已有八十所学校完成改造。\n目前，剩余二十所学校正在施工。\n"
        "今后，我局将推动改造向校外供餐单位延伸。"
    )
    same({"phases": every_phase(doc)[1]}, {"phases": ["progress", "progress", "plan"]})


def test_a_reply_with_no_plan_gives_no_phase_anywhere() -> None:
    doc = body("一、关于明厨亮灶\n全区学校食堂已全部完成改造。\n二、关于快检设备\n为每所学校配备快检箱。")
    same({"phases": every_phase(doc)}, {"phases": [[None], [None], [None]]})


def test_a_plan_in_a_paren_section_stops_at_the_next_paren_heading() -> None:
    doc = body(
        "一、关于监管工作\n（一）日常检查\n已检查学校食堂一百家次。\n下一步，将提高检查频次。\n（二）抽检工作\n"
        "已抽检校园食品三百批次。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], [], ["progress", "plan"], [None]]})


def test_a_next_stage_paragraph_right_before_the_closing() -> None:
    doc = body("一、关于快检工作\n今年快检食品两千批次。\n下阶段，我局将实现快检全覆盖。\n特此答复。")
    same(
        {"phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {"phases": [[None], ["progress", "plan"]], "closing": "特此答复。", "signed": SIGNED},
    )


def test_members_in_both_the_present_and_the_plan_paragraph() -> None:
    doc = body(
        "一、关于培训工作\n今年我局一是举办培训班十期；二是开展线上考核。\n下一步，我局将一是扩大培训范围；二是建立培训档案。"
    )
    same(
        {"items": every_items(doc)[1], "phases": every_phase(doc)[1]},
        {
            "items": [
                [(1, "一是", "举办培训班十期"), (2, "二是", "开展线上考核")],
                [(1, "一是", "扩大培训范围"), (2, "二是", "建立培训档案")],
            ],
            "phases": ["progress", "plan"],
        },
    )


def test_a_reply_without_sections_in_three_phases_with_members_in_the_first() -> None:
    doc = ended(
        "近年来，我局持续加强校园食品安全监管，一是建立联席会议制度，二是开展开学专项检查。\n"
        "目前，我局正在开展秋季学期食堂等级评定工作。\n今后，我局将继续加大监管力度，守护学生舌尖上的安全。\n"
        "特此答复。" + TAIL
    )
    same(
        {
            "sections": len(doc.sections),
            "pre": pre(doc)[1:],
            "phases": every_phase(doc)[0],
            "items": every_items(doc)[0][1:],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "sections": 0,
            "pre": [
                "近年来，我局持续加强校园食品安全监管，一是建立联席会议制度，二是开展开学专项检查。",
                "目前，我局正在开展秋季学期食堂等级评定工作。",
                "今后，我局将继续加大监管力度，守护学生舌尖上的安全。",
            ],
            "phases": ["progress", "progress", "progress", "plan"],
            "items": [[(1, "一是", "建立联席会议制度"), (2, "二是", "开展开学专项检查")], [], []],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_plan_words_inside_sentences_open_no_plan() -> None:
    doc = body(
        "一、关于问题整改\n检查发现的问题已全部整改，我局已制定下一步工作计划。\n我们将确保今后不再发生类似问题。"
    )
    same({"phases": every_phase(doc)[1]}, {"phases": [None, None]})


# Batch 6 (written before any run): the closing and the 落款 around the body's end

TWO = "一、关于快检设备\n已为全区学校配备快检箱。\n二、关于人员培训\n已培训快检员五十名。\n"


def test_the_formula_ending_the_last_sub_sections_paragraph_is_the_closing() -> None:
    doc = body("一、关于快检\n（一）设备配置\n已配备快检箱。\n（二）人员培训\n已培训快检员五十名。特此答复。")
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {"closing": "特此答复。", "last": ["已培训快检员五十名。"], "signed": SIGNED},
    )


def test_closing_then_an_attachment_line_then_the_signature() -> None:
    doc = ended(TWO + "特此答复。\n附件：全区学校食堂等级评定结果\n某区市场监督管理局\n2025年10月15日")
    same(
        {"closing": closing(doc), "attachments": doc.attachments, "signed": signed(doc), "last": paras(doc)[-1]},
        {
            "closing": "特此答复。",
            "attachments": ("全区学校食堂等级评定结果",),
            "signed": SIGNED,
            "last": ["已培训快检员五十名。"],
        },
    )


def test_organ_and_date_on_one_line_under_the_closing() -> None:
    doc = ended(TWO + "特此答复。\n某区市场监督管理局　2025年10月15日")
    same(
        {"closing": closing(doc), "signed": signed(doc), "last": paras(doc)[-1]},
        {"closing": "特此答复。", "signed": SIGNED, "last": ["已培训快检员五十名。"]},
    )


def test_the_date_above_the_organ() -> None:
    doc = ended(TWO + "此复。\n2025年10月15日\n某区市场监督管理局")
    same(
        {"closing": closing(doc), "signed": signed(doc), "last": paras(doc)[-1]},
        {"closing": "此复。", "signed": SIGNED, "last": ["已培训快检员五十名。"]},
    )


def test_a_signature_right_under_a_pipe_table() -> None:
    doc = ended(
        "一、关于检查情况\n今年检查情况如下：\n| 类别 | 家数 |\n| --- | --- |\n| 中学食堂 | 30 |\n| 小学食堂 | 60 |\n"
        "某区市场监督管理局\n2025年10月15日"
    )
    same(
        {"tree": tree(doc), "signed": signed(doc), "closing": closing(doc)},
        {"tree": [(1, "cn", "一、", "关于检查情况")], "signed": SIGNED, "closing": None},
    )


def test_an_office_signing_on_behalf_with_a_seal_note() -> None:
    doc = ended(TWO + "特此答复。\n某区食品安全委员会办公室（代章）\n2025年10月15日")
    same(
        {"closing": closing(doc), "signed": signed(doc)},
        {"closing": "特此答复。", "signed": (("某区食品安全委员会办公室",), "2025-10-15")},
    )


def test_a_printing_date_under_the_signing_date() -> None:
    doc = ended(TWO + "特此答复。\n某区市场监督管理局\n2025年10月15日\n某区市场监督管理局办公室　　2025年10月16日印发")
    i = doc.imprint
    same(
        {"signed": signed(doc), "imprint": None if i is None else (i.printed_by, i.printed_on)},
        {"signed": SIGNED, "imprint": ("某区市场监督管理局办公室", "2025-10-16")},
    )


def test_ci_fu_run_on_over_an_organ_and_numeral_date_on_one_line() -> None:
    doc = ended("一、关于快检设备\n已为全区学校配备快检箱。此复。\n某区市场监督管理局　二〇二五年十月十五日")
    same(
        {"closing": closing(doc), "signed": signed(doc), "last": paras(doc)[-1]},
        {"closing": "此复。", "signed": SIGNED, "last": ["已为全区学校配备快检箱。"]},
    )


# Batch 7 (written before any run): struct21's leftover and review21 R4 in new examples; runs at the end


def test_a_bracketed_run_in_heading_keeps_a_break_between_title_and_text() -> None:
    doc = body("【一、关于快检工作】今年快检食品两千批次。\n【二、关于抽检工作】今年抽检六百批次。")
    same(
        {
            "tree": tree(doc),
            "paras": paras(doc),
            "glued": "关于快检工作今年" in doc.text or "关于抽检工作今年" in doc.text,
        },
        {
            "tree": [(1, "cn", "一、", "关于快检工作"), (1, "cn", "二、", "关于抽检工作")],
            "paras": [["今年快检食品两千批次。"], ["今年抽检六百批次。"]],
            "glued": False,
        },
    )


def test_a_bracketed_paren_run_in_heading_keeps_a_break_between_title_and_text() -> None:
    doc = body("一、关于工作要求\n【（一）压实责任】各学校要落实校长负责制。\n【（二）加强检查】各街道要开展日常检查。")
    same(
        {"titles": titles(doc), "paras": paras(doc)[1:], "glued": "压实责任各学校" in doc.text},
        {
            "titles": ["关于工作要求", "压实责任", "加强检查"],
            "paras": [["各学校要落实校长负责制。"], ["各街道要开展日常检查。"]],
            "glued": False,
        },
    )


def test_a_branch_venue_label_over_room_lines_keeps_each_room_a_paragraph() -> None:
    doc = checked(
        "关于召开秋季学期校园食品安全工作会议的通知\n各中小学校：\n一、会议时间\n2025年9月5日上午9时。\n二、会议地点\n"
        "主会场：区市场监管局四楼会议室\n分会场：区教育局三楼会议室\n城东街道办事处二楼会议室\n城西街道办事处一楼会议室\n"
        "三、参会人员\n各学校分管校长。\n某区市场监督管理局\n2025年9月1日"
    )
    same(
        {"paras": paras(doc)[1], "joined": joined(doc), "signed": signed(doc)},
        {
            "paras": [
                "主会场：区市场监管局四楼会议室",
                "分会场：区教育局三楼会议室",
                "城东街道办事处二楼会议室",
                "城西街道办事处一楼会议室",
            ],
            "joined": False,
            "signed": (("某区市场监督管理局",), "2025-09-01"),
        },
    )


def test_an_inspection_place_label_over_school_canteen_lines_keeps_each_line() -> None:
    doc = checked(
        "关于开展校园食堂交叉检查的通知\n各中小学校：\n一、检查时间\n2025年9月15日至9月19日。\n二、检查地点\n"
        "第一组：城东小学食堂\n城南中学食堂\n实验幼儿园食堂\n三、工作要求\n请各学校做好迎检准备。\n某区市场监督管理局\n2025年9月10日"
    )
    same(
        {"paras": paras(doc)[1], "joined": joined(doc)},
        {"paras": ["第一组：城东小学食堂", "城南中学食堂", "实验幼儿园食堂"], "joined": False},
    )


def test_members_run_on_with_thanks_stay_in_the_body() -> None:
    doc = body(
        "一、关于下一步工作\n下一步，我局将一是加大抽检力度；二是加强部门协作。感谢您对校园食品安全工作的关心和支持！"
    )
    same(
        {"closing": closing(doc), "items": every_items(doc)[1], "signed": signed(doc)},
        {
            "closing": None,
            "items": [[(1, "一是", "加大抽检力度"), (2, "二是", "加强部门协作")]],
            "signed": SIGNED,
        },
    )


def test_members_in_the_last_paragraph_over_a_formula_on_its_line() -> None:
    doc = body(
        "一、关于下一步工作\n下一步，我局将继续做好以下工作：一是加大抽检力度，二是强化部门协作，三是畅通投诉渠道。\n特此答复。"
    )
    same(
        {"closing": closing(doc), "items": every_items(doc)[1], "phases": every_phase(doc)[1]},
        {
            "closing": "特此答复。",
            "items": [[(1, "一是", "加大抽检力度"), (2, "二是", "强化部门协作"), (3, "三是", "畅通投诉渠道")]],
            "phases": ["plan"],
        },
    )


def test_lead_lines_closed_by_a_colon_over_their_own_paragraphs() -> None:
    doc = body(
        "一、关于过程监管\n一是加强源头管控：\n对食材供应商实行准入管理。\n二是加强过程监管：\n推行“互联网+明厨亮灶”。"
    )
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [
                ["一是加强源头管控：", "对食材供应商实行准入管理。", "二是加强过程监管：", "推行“互联网+明厨亮灶”。"]
            ],
            "items": [[(1, "一是", "加强源头管控：")], [], [(2, "二是", "加强过程监管：")], []],
        },
    )


def test_bold_leads_closed_by_commas() -> None:
    doc = body(
        "一、关于责任落实\n一是**建立包保制度**，每所学校明确一名包保干部；二是**推行陪餐制度**，校领导每日陪餐。"
    )
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "建立包保制度"), (2, "二是", "推行陪餐制度")]]},
    )


# Batch 8 (written before any run): whole replies mixing the typists' marker shapes


def test_a_whole_reply_in_dotted_ideographs_half_width_parens_and_closing_paren_digits() -> None:
    doc = ended(
        "一.基本情况\n近年来，我局持续加强校园食品安全监管。\n二.主要工作\n(一)强化日常检查\n1)检查频次：学校食堂每月检查一次。\n"
        "2)检查方式：采取“四不两直”方式。\n(二)推进明厨亮灶\n全区学校食堂已全部完成改造。\n三.下一步工作\n"
        "下一步，我局将一是扩大快检覆盖面；二是建立等级动态调整机制。\n特此答复。\n某区市场监督管理局　2025年10月15日"
    )
    same(
        {
            "tree": tree(doc),
            "items": every_items(doc)[-1],
            "phases": every_phase(doc)[-1],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "tree": [
                (1, "cn", "一.", "基本情况"),
                (1, "cn", "二.", "主要工作"),
                (2, "cn-paren", "(一)", "强化日常检查"),
                (3, "num-paren", "1)", "检查频次"),
                (3, "num-paren", "2)", "检查方式"),
                (2, "cn-paren", "(二)", "推进明厨亮灶"),
                (1, "cn", "三.", "下一步工作"),
            ],
            "items": [[(1, "一是", "扩大快检覆盖面"), (2, "二是", "建立等级动态调整机制")]],
            "phases": ["plan"],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_whole_reply_whose_headings_stand_alone_over_circled_points_signed_date_first() -> None:
    doc = ended(
        "一、\n关于食堂管理\n①索证索票\n采购食材一律索取票证。\n②留样备查\n每餐每样留样。\n二、\n关于信息公开\n"
        "检查结果按月公示。\n此复。\n2025年10月15日\n某区市场监督管理局"
    )
    same(
        {"tree": tree(doc), "closing": closing(doc), "signed": signed(doc), "last": paras(doc)[-1]},
        {
            "tree": [
                (1, "cn", "一、", "关于食堂管理"),
                (2, "circled", "①", "索证索票"),
                (2, "circled", "②", "留样备查"),
                (1, "cn", "二、", "关于信息公开"),
            ],
            "closing": "此复。",
            "signed": SIGNED,
            "last": ["检查结果按月公示。"],
        },
    )


def test_a_reply_whose_first_rank_is_the_ideograph_glyph_over_digit_glyphs() -> None:
    doc = body(
        "㈠关于日常监管\n⑴检查制度\n学校食堂每月检查一次。\n⑵抽检制度\n每季度抽检一次。\n㈡关于下一步工作\n"
        "下一步，我局将推动快检全覆盖。"
    )
    same(
        {"levels": levels(doc), "phases": every_phase(doc)},
        {
            "levels": [(1, "cn-paren", 1), (2, "num-paren", 1), (2, "num-paren", 2), (1, "cn-paren", 2)],
            "phases": [[None], [], [None], [None], ["plan"]],
        },
    )


def test_a_reply_numbered_with_pause_marks_over_circled_points_and_an_untitled_point() -> None:
    doc = body(
        "1、关于食堂管理\n①索证索票\n采购食材一律索取票证。\n②留样备查\n每餐每样留样。\n"
        "2、目前全区学校食堂已全部实现明厨亮灶，家长可通过手机实时查看后厨操作情况，社会反响良好。"
    )
    same(
        {"tree": tree(doc), "last": paras(doc)[-1]},
        {
            "tree": [
                (1, "num", "1、", "关于食堂管理"),
                (2, "circled", "①", "索证索票"),
                (2, "circled", "②", "留样备查"),
                (1, "num", "2、", None),
            ],
            "last": ["目前全区学校食堂已全部实现明厨亮灶，家长可通过手机实时查看后厨操作情况，社会反响良好。"],
        },
    )


def test_a_reply_numbered_in_full_width_digits_with_members_in_its_second_point() -> None:
    doc = body(
        "１、关于快检\n（１）设备\n已配备快检箱。\n（２）人员\n已培训快检员。\n２、关于抽检\n一是扩大抽检范围；二是提高抽检频次。"
    )
    same(
        {"levels": levels(doc), "items": every_items(doc)[-1]},
        {
            "levels": [(1, "num", 1), (2, "num-paren", 1), (2, "num-paren", 2), (1, "num", 2)],
            "items": [[(1, "一是", "扩大抽检范围"), (2, "二是", "提高抽检频次")]],
        },
    )


def test_one_top_heading_over_two_paren_points_then_thanks_on_their_line() -> None:
    doc = body(
        "一、关于监管工作\n（一）日常检查\n每月检查一次。\n（二）专项检查\n开学前开展专项检查。\n感谢您对我局工作的关心和支持。"
    )
    same(
        {"levels": levels(doc), "closing": closing(doc), "last": paras(doc)[-1], "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (2, "cn-paren", 2)],
            "closing": "感谢您对我局工作的关心和支持。",
            "last": ["开学前开展专项检查。"],
            "gap": False,
        },
    )


def test_one_top_rank_written_with_a_pause_mark_and_a_dot_in_turn() -> None:
    doc = body("一、关于日常检查\n每月检查一次。\n二.关于专项检查\n开学前开展专项检查。\n三、关于信息公开\n按月公示。")
    same(
        {"levels": levels(doc), "markers": markers(doc), "gap": gap(doc)},
        {"levels": [(1, "cn", 1), (1, "cn", 2), (1, "cn", 3)], "markers": ["一、", "二.", "三、"], "gap": False},
    )


def test_one_arabic_rank_written_with_a_dot_and_a_pause_mark_in_turn() -> None:
    doc = body(
        "一、关于工作措施\n1.强化检查\n每月检查一次。\n2、强化抽检\n每季度抽检一次。\n3.强化培训\n每年培训一次。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "levels": [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (2, "num", 3)],
            "titles": ["关于工作措施", "强化检查", "强化抽检", "强化培训"],
            "gap": False,
        },
    )


# Batch 9 (written before any run): notices, 意见, 方案, 实施细则, 工作要点, 批复, 报告, 协办意见


def test_an_implementing_opinion_with_run_in_paren_titles_and_yi_yao_members() -> None:
    doc = checked(
        "关于加强校园食品安全工作的实施意见\n各街道办事处，区有关部门：\n为进一步加强校园食品安全工作，现提出如下实施意见。\n"
        "一、总体要求\n（一）指导思想。坚持预防为主、风险管理。\n（二）工作目标。到2026年，全区学校食堂全部达到良好等级。\n"
        "二、重点任务\n（一）落实主体责任。一要落实校长负责制；二要建立食品安全管理员制度。\n"
        "（二）强化监督检查。每学期开展两次全覆盖检查。\n三、保障措施\n各部门要加强协作，形成合力。\n"
        "某区人民政府办公室\n2025年8月1日"
    )
    same(
        {
            "kind": doc.kind,
            "pre": pre(doc),
            "titles": titles(doc),
            "items": [items(p) for p in doc.sections[1].sections[0].paragraphs],
            "signed": signed(doc),
        },
        {
            "kind": "opinion",
            "pre": ["为进一步加强校园食品安全工作，现提出如下实施意见。"],
            "titles": ["总体要求", "指导思想", "工作目标", "重点任务", "落实主体责任", "强化监督检查", "保障措施"],
            "items": [[(1, "一要", "落实校长负责制"), (2, "二要", "建立食品安全管理员制度")]],
            "signed": (("某区人民政府办公室",), "2025-08-01"),
        },
    )


def test_a_work_plan_whose_circled_points_close_on_semicolons_and_whose_phases_carry_dates() -> None:
    doc = checked(
        "某区2025年校园食品安全专项整治工作方案\n为切实保障师生饮食安全，制定本方案。\n一、整治范围\n"
        "全区中小学校、幼儿园食堂及校外供餐单位。\n二、整治内容\n1.食品原料管理\n①是否索证索票；\n②是否建立进货台账。\n"
        "2.加工制作管理\n是否做到生熟分开。\n三、时间安排\n（一）自查阶段（9月1日至9月15日）\n"
        "（二）检查阶段（9月16日至10月31日）\n某区市场监督管理局\n2025年8月20日"
    )
    same(
        {"kind": doc.kind, "pre": pre(doc), "tree": tree(doc), "signed": signed(doc)},
        {
            "kind": "plan",
            "pre": ["为切实保障师生饮食安全，制定本方案。"],
            "tree": [
                (1, "cn", "一、", "整治范围"),
                (1, "cn", "二、", "整治内容"),
                (2, "num", "1.", "食品原料管理"),
                (3, "circled", "①", None),
                (3, "circled", "②", "是否建立进货台账"),
                (2, "num", "2.", "加工制作管理"),
                (1, "cn", "三、", "时间安排"),
                (2, "cn-paren", "（一）", "自查阶段（9月1日至9月15日）"),
                (2, "cn-paren", "（二）", "检查阶段（9月16日至10月31日）"),
            ],
            "signed": (("某区市场监督管理局",), "2025-08-20"),
        },
    )


def test_implementing_rules_of_chapters_and_articles_with_paren_points() -> None:
    doc = checked(
        "某区学校食堂食品安全管理实施细则\n第一章　总则\n第一条　为加强学校食堂食品安全管理，制定本细则。\n"
        "第二条　本细则适用于本区中小学校、幼儿园食堂。\n第二章　管理要求\n第三条　学校食堂应当做到：\n"
        "（一）建立食品安全管理制度；\n（二）配备专职食品安全管理员；\n（三）实行食品留样。\n第四条　本细则自2025年9月1日起施行。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "gap": gap(doc)},
        {
            "kind": "measures",
            "levels": [
                (1, "chapter", 1),
                (2, "article", 1),
                (2, "article", 2),
                (1, "chapter", 2),
                (2, "article", 3),
                (3, "cn-paren", 1),
                (3, "cn-paren", 2),
                (3, "cn-paren", 3),
                (2, "article", 4),
            ],
            "gap": False,
        },
    )


def test_work_points_numbered_on_across_their_headings() -> None:
    doc = checked(
        "某区市场监督管理局2025年校园食品安全工作要点\n一、强化责任落实\n"
        "1.落实学校食品安全校长负责制，学校每月至少召开一次食品安全工作专题会议。\n2.落实陪餐制度。学校负责人每餐陪餐并做好记录。\n"
        "二、强化风险防控\n3.开展校园食品快检，全年快检不少于两千批次。\n4.开展校外供餐单位专项检查。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc)},
        {
            "kind": "other",
            "tree": [
                (1, "cn", "一、", "强化责任落实"),
                (2, "num", "1.", None),
                (2, "num", "2.", "落实陪餐制度"),
                (1, "cn", "二、", "强化风险防控"),
                (2, "num", "3.", "开展校园食品快检，全年快检不少于两千批次"),
                (2, "num", "4.", "开展校外供餐单位专项检查"),
            ],
            "gap": False,
        },
    )


def test_a_notice_with_glyph_points_members_and_a_contact_over_its_signature() -> None:
    doc = checked(
        "关于开展2025年校园食品安全宣传周活动的通知\n各中小学校：\n现将有关事项通知如下：\n一、活动时间\n"
        "2025年10月20日至10月26日。\n二、活动内容\n㈠开展主题班会\n㈡组织食堂开放日\n三、工作要求\n"
        "各学校一要高度重视；二要精心组织；三要及时报送活动总结。\n联系人：王某　电话：12345678\n某区市场监督管理局\n2025年10月10日"
    )
    same(
        {
            "kind": doc.kind,
            "pre": pre(doc),
            "tree": tree(doc),
            "items": every_items(doc)[-1],
            "name": None if doc.contact is None else doc.contact.name,
            "signed": signed(doc),
        },
        {
            "kind": "notice",
            "pre": ["现将有关事项通知如下："],
            "tree": [
                (1, "cn", "一、", "活动时间"),
                (1, "cn", "二、", "活动内容"),
                (2, "cn-paren", "㈠", "开展主题班会"),
                (2, "cn-paren", "㈡", "组织食堂开放日"),
                (1, "cn", "三、", "工作要求"),
            ],
            "items": [[(1, "一要", "高度重视"), (2, "二要", "精心组织"), (3, "三要", "及时报送活动总结")]],
            "name": "王某",
            "signed": (("某区市场监督管理局",), "2025-10-10"),
        },
    )


def test_an_approval_whose_points_are_short_sentences() -> None:
    doc = checked(
        "关于同意某小学食堂改造方案的批复\n某小学：\n你校《关于食堂改造方案的请示》收悉。经研究，批复如下：\n"
        "一、同意你校食堂改造方案。\n二、改造资金由你校自筹解决。\n此复。\n某区市场监督管理局\n2025年7月1日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "approval",
            "tree": [(1, "cn", "一、", "同意你校食堂改造方案"), (1, "cn", "二、", "改造资金由你校自筹解决")],
            "closing": "此复。",
            "signed": (("某区市场监督管理局",), "2025-07-01"),
        },
    )


def test_a_report_whose_last_heading_is_a_plan_with_its_opener() -> None:
    doc = checked(
        "关于2025年上半年校园食品安全工作情况的报告\n区政府：\n一、工作开展情况\n上半年共检查学校食堂二百家次。\n"
        "二、存在的问题\n部分校外供餐单位管理薄弱。\n三、下步工作打算\n下步，我局将开展校外供餐单位专项整治。\n特此报告。\n"
        "某区市场监督管理局\n2025年7月10日"
    )
    same(
        {"kind": doc.kind, "phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "report",
            "phases": [[], [None], [None], ["plan"]],
            "closing": "特此报告。",
            "signed": (("某区市场监督管理局",), "2025-07-10"),
        },
    )


def test_a_co_handling_opinion_of_members_closed_by_its_formula() -> None:
    doc = checked(
        "关于区政协十届二次会议第0217号提案的协办意见\n区教育局：\n你局主办的第0217号提案收悉。现提出协办意见如下：\n"
        "一是加强部门协作，建立信息共享机制；二是联合开展开学检查。\n以上意见供参考。\n某区市场监督管理局\n2025年9月20日"
    )
    same(
        {"kind": doc.kind, "items": every_items(doc)[0], "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "reply",
            "items": [[], [(1, "一是", "加强部门协作，建立信息共享机制"), (2, "二是", "联合开展开学检查")]],
            "closing": "以上意见供参考。",
            "signed": (("某区市场监督管理局",), "2025-09-20"),
        },
    )


# Batch 10 (written before any run): numbering faults at other ranks, circled tops, look-alikes of new shapes


def test_a_top_numbering_jumping_a_number_keeps_its_sub_points() -> None:
    doc = body(
        "一、关于日常检查\n（一）检查频次\n每月一次。\n二、关于专项检查\n开学前检查。\n四、关于信息公开\n（一）公开内容\n"
        "检查结果。\n（二）公开方式\n区政府网站。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (1, "cn", 2),
                (1, "cn", 4),
                (2, "cn-paren", 1),
                (2, "cn-paren", 2),
            ],
            "gap": True,
        },
    )


def test_a_paren_heading_repeated_after_a_page_line_keeps_both_and_warns() -> None:
    doc = body(
        "一、关于工作措施\n（一）强化检查\n每月检查一次。\n（二）强化抽检\n每季度抽检一次。\n— 3 —\n（二）强化抽检\n"
        "抽检结果按月公布。\n（三）强化培训\n每年培训一次。"
    )
    same(
        {"ordinals": [s.ordinal for s in doc.iter_sections()], "gap": gap(doc)},
        {"ordinals": [1, 1, 2, 2, 3], "gap": True},
    )


def test_arabic_points_restarting_under_each_paren_heading() -> None:
    doc = body(
        "一、关于工作措施\n（一）日常检查\n1.检查频次\n每月一次。\n2.检查方式\n随机抽查。\n（二）专项检查\n1.检查范围\n"
        "全部学校食堂。\n2.检查重点\n食材采购。"
    )
    same(
        {"parents": parents(doc), "gap": gap(doc)},
        {
            "parents": [
                ("一、", None),
                ("（一）", "一、"),
                ("1.", "（一）"),
                ("2.", "（一）"),
                ("（二）", "一、"),
                ("1.", "（二）"),
                ("2.", "（二）"),
            ],
            "gap": False,
        },
    )


def test_a_short_reply_whose_only_rank_is_circled() -> None:
    doc = body("①关于快检设备\n已为全区学校配备快检箱。\n②关于快检人员\n已培训快检员五十名。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "circled", "①", "关于快检设备"), (1, "circled", "②", "关于快检人员")],
            "paras": [["已为全区学校配备快检箱。"], ["已培训快检员五十名。"]],
        },
    )


def test_a_consumer_day_and_a_hotline_at_line_starts_are_sentences() -> None:
    doc = body(
        "一、关于宣传工作\n3.15期间，我局在全区学校开展食品安全宣传。\n12315热线全年受理校园食品投诉二十件。\n二、关于投诉处理\n投诉全部办结。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于宣传工作"), (1, "cn", "二、", "关于投诉处理")],
            "paras": [
                ["3.15期间，我局在全区学校开展食品安全宣传。", "12315热线全年受理校园食品投诉二十件。"],
                ["投诉全部办结。"],
            ],
        },
    )


def test_a_decimal_count_and_a_range_of_grades_at_line_starts_are_sentences() -> None:
    doc = body(
        "一、关于营养改善\n1.2万名学生参加了营养知识测试。\n一、二、三年级学生全部参加食育课程。\n二、关于膳食指导\n"
        "为学校提供带量食谱。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于营养改善"), (1, "cn", "二、", "关于膳食指导")],
            "paras": [
                ["1.2万名学生参加了营养知识测试。", "一、二、三年级学生全部参加食育课程。"],
                ["为学校提供带量食谱。"],
            ],
            "gap": False,
        },
    )


def test_a_month_count_typed_with_a_closing_paren_at_a_line_start_is_a_sentence() -> None:
    doc = body("一、关于整改落实\n检查发现问题四十六个，要求限期整改。\n3)个月内未完成整改的，依法立案查处。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于整改落实")],
            "paras": [["检查发现问题四十六个，要求限期整改。", "3)个月内未完成整改的，依法立案查处。"]],
        },
    )


def test_first_time_at_a_line_start_is_no_member() -> None:
    doc = body("一、关于应急处置\n第一时间启动应急预案，第二天即完成原因调查。\n处置结果已向社会公布。")
    same({"items": every_items(doc)[1]}, {"items": [[], []]})


# Batch 11 (written after batches 1-10's first look, before its own run): the edges of what they missed


def test_comma_ideograph_headings_whose_titles_open_on_measure_word_characters() -> None:
    doc = body(
        "一，人员配备\n每所学校配备一名食品安全管理员。\n二，年度目标\n全区学校食堂全部达到良好等级。\n三，项目建设\n"
        "新建中央厨房两座。"
    )
    same(
        {"tree": tree(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一，", "人员配备"), (1, "cn", "二，", "年度目标"), (1, "cn", "三，", "项目建设")],
            "gap": False,
        },
    )


def test_colon_arabic_headings_whose_titles_open_on_measure_word_characters() -> None:
    doc = body("一、关于检查工作\n1：日常检查\n每月一次。\n2：月度抽检\n每月抽检二十批次。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于检查工作"), (2, "num", "1：", "日常检查"), (2, "num", "2：", "月度抽检")],
            "paras": [[], ["每月一次。"], ["每月抽检二十批次。"]],
        },
    )


def test_comma_ideograph_points_that_are_sentences_stay_paragraphs() -> None:
    doc = body(
        "一、关于检查工作\n检查分两类进行。\n一，日常检查由街道市场监管所负责，每月一次。\n二，专项检查由区局统一组织，每学期一次。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于检查工作")],
            "paras": [
                [
                    "检查分两类进行。",
                    "一，日常检查由街道市场监管所负责，每月一次。",
                    "二，专项检查由区局统一组织，每学期一次。",
                ]
            ],
        },
    )


def test_bare_numbers_and_a_space_before_counted_streets_stay_sentences() -> None:
    doc = body("一、关于改造进度\n已完成改造的学校分布如下：\n3 个街道已经全部完成改造。\n2 个街道正在施工。")
    same(
        {"tree": tree(doc), "count": len(paras(doc)[0])},
        {"tree": [(1, "cn", "一、", "关于改造进度")], "count": 3},
    )


def test_a_bracketed_run_in_heading_closed_by_a_colon_keeps_a_break_in_the_text() -> None:
    doc = body("【一、工作目标】：到2026年，全区学校食堂全部达到良好等级。\n【二、保障措施】\n各部门要加强协作。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "glued": "工作目标到" in doc.text},
        {
            "tree": [(1, "cn", "一、", "工作目标"), (1, "cn", "二、", "保障措施")],
            "paras": [["到2026年，全区学校食堂全部达到良好等级。"], ["各部门要加强协作。"]],
            "glued": False,
        },
    )


def test_a_team_leader_label_over_the_posts_under_it_keeps_each_line() -> None:
    doc = checked(
        "关于开展校园食品安全联合督查的通知\n各中小学校：\n一、督查时间\n2025年11月3日至11月7日。\n二、督查组成员\n"
        "督查组组长：区市场监管局副局长\n区教育局副局长\n区卫健委副主任\n三、督查内容\n食堂管理制度落实情况。\n"
        "某区市场监督管理局\n2025年10月28日"
    )
    same(
        {"paras": paras(doc)[1], "joined": joined(doc)},
        {"paras": ["督查组组长：区市场监管局副局长", "区教育局副局长", "区卫健委副主任"], "joined": False},
    )


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_a_labelled_paragraph_hard_wrapped_at_a_width_is_still_joined() -> None:
    p1 = (
        "办理情况：我局高度重视您提出的提案，组织食品科和法规科开展专题调研，赴十二所学校食堂实地查看，"
        "听取学校和家长意见，形成了调研报告。"
    )
    p2 = "目前，全区学校食堂已全部实现明厨亮灶，家长可通过手机实时查看后厨操作，社会各界反响良好，投诉数量明显下降。"
    doc = body("一、关于办理情况\n" + "\n".join(_wrap(p1, 20) + _wrap(p2, 20)))
    same({"paras": paras(doc)}, {"paras": [[p1, p2]]})


def test_a_labelled_sentence_a_typist_broke_mid_clause_is_still_one_paragraph() -> None:
    doc = body("一、关于工作目标\n工作目标：到2026年，全区学校食堂全部达到\n良好等级，家长满意度明显提升。")
    same(
        {"paras": paras(doc)},
        {"paras": [["工作目标：到2026年，全区学校食堂全部达到良好等级，家长满意度明显提升。"]]},
    )


# Batch 12 (written after batches 1-10's first look, before its own run): neighbours of the causes


def test_closing_paren_points_whose_titles_open_on_measure_words_stay_headings() -> None:
    doc = body(
        "一、关于从业人员管理\n（一）人员要求\n1)健康证明\n上岗前办理。\n2)个人卫生\n穿戴工作衣帽。\n3)年度培训\n"
        "每年不少于四十学时。"
    )
    same(
        {"titles": titles(doc)},
        {"titles": ["关于从业人员管理", "人员要求", "健康证明", "个人卫生", "年度培训"]},
    )


def test_a_time_limit_after_a_paren_number_inside_a_sentence_opens_nothing() -> None:
    doc = body("一、关于整改时限\n对检查发现的问题，要求学校在\n（3）个工作日内完成整改。\n逾期未整改的，依法处理。")
    same({"tree": tree(doc)}, {"tree": [(1, "cn", "一、", "关于整改时限")]})


def test_a_minutes_whose_agreed_points_use_comma_ideographs_on_measure_word_titles() -> None:
    doc = checked(
        "校园食品安全联席会议纪要\n2025年9月10日，区市场监管局召开校园食品安全联席会议。会议议定如下：\n"
        "一，日常监管\n由各街道市场监管所负责。\n二，年度考核\n由区食安办统一组织。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc)},
        {"kind": "minutes", "tree": [(1, "cn", "一，", "日常监管"), (1, "cn", "二，", "年度考核")]},
    )


def test_an_address_label_over_a_sentence_under_it_keeps_both() -> None:
    doc = checked(
        "关于报送校园食品安全自查报告的通知\n各中小学校：\n请于2025年11月15日前报送自查报告。\n"
        "报送地址：区市场监管局食品科\n逾期未报送的，将予以通报。\n某区市场监督管理局\n2025年11月1日"
    )
    same(
        {"pre": pre(doc), "joined": joined(doc)},
        {
            "pre": ["请于2025年11月15日前报送自查报告。", "报送地址：区市场监管局食品科", "逾期未报送的，将予以通报。"],
            "joined": False,
        },
    )


# Batch 13 (written after the landing, before its own run): more typists' shapes and the causes' neighbours


def test_markers_followed_by_an_ideographic_space_at_three_ranks() -> None:
    doc = body("一、　加强领导\n（一）　建立专班\n1.　明确分工\n各科室分工负责。\n二、　强化检查\n每月检查一次。")
    same(
        {"tree": tree(doc)},
        {
            "tree": [
                (1, "cn", "一、", "加强领导"),
                (2, "cn-paren", "（一）", "建立专班"),
                (3, "num", "1.", "明确分工"),
                (1, "cn", "二、", "强化检查"),
            ]
        },
    )


def test_a_heading_repeated_under_a_running_head_after_a_page_number() -> None:
    doc = body(
        "一、关于日常检查\n每月检查一次。\n二、关于专项整治\n开展校园周边整治。\n— 2 —\n"
        "关于区政协十届二次会议第0217号提案的答复\n二、关于专项整治（续）\n共查处违法案件十二起。"
    )
    same(
        {"ordinals": [s.ordinal for s in doc.sections], "gap": gap(doc)},
        {"ordinals": [1, 2, 2], "gap": True},
    )


def test_a_lead_cut_by_a_page_number_line_mid_phrase() -> None:
    doc = body("一、关于工作措施\n一是开展专项检查；二是推进明厨\n- 2 -\n亮灶改造；三是加强从业人员培训。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [["一是开展专项检查；二是推进明厨亮灶改造；三是加强从业人员培训。"]],
            "items": [[(1, "一是", "开展专项检查"), (2, "二是", "推进明厨亮灶改造"), (3, "三是", "加强从业人员培训")]],
        },
    )


def test_an_office_signing_with_its_seal_note_on_a_line_of_its_own() -> None:
    doc = ended(
        "一、关于快检设备\n已为全区学校配备快检箱。\n特此答复。\n某区食品安全委员会办公室\n（代章）\n2025年10月15日"
    )
    same(
        {"closing": closing(doc), "signed": signed(doc)},
        {"closing": "特此答复。", "signed": (("某区食品安全委员会办公室",), "2025-10-15")},
    )


def test_a_closing_two_attachments_and_an_organ_with_its_date_on_one_line() -> None:
    doc = ended(
        "一、关于快检设备\n已为全区学校配备快检箱。\n特此答复。\n附件：1.快检设备配置清单\n2.快检人员名单\n"
        "某区市场监督管理局　　2025年10月15日"
    )
    same(
        {"closing": closing(doc), "attachments": doc.attachments, "signed": signed(doc)},
        {"closing": "特此答复。", "attachments": ("快检设备配置清单", "快检人员名单"), "signed": SIGNED},
    )


def test_a_notices_time_and_place_labels_over_their_own_lines_and_a_request() -> None:
    doc = checked(
        "关于召开校园食品安全培训会的通知\n各中小学校：\n一、培训安排\n培训时间：2025年11月20日下午\n"
        "培训地点：区市场监管局四楼报告厅\n请各学校食品安全管理员准时参加。\n二、其他事项\n培训不收取任何费用。\n"
        "某区市场监督管理局\n2025年11月10日"
    )
    same(
        {"paras": paras(doc)[0], "joined": joined(doc)},
        {
            "paras": [
                "培训时间：2025年11月20日下午",
                "培训地点：区市场监管局四楼报告厅",
                "请各学校食品安全管理员准时参加。",
            ],
            "joined": False,
        },
    )


def test_comma_ideograph_headings_on_unit_words_with_members_under_them() -> None:
    doc = body(
        "一，人员管理\n一是落实健康证明制度；二是开展岗前培训。\n二，日常管理\n一是落实晨检制度；二是落实留样制度。"
    )
    same(
        {"tree": tree(doc), "items": every_items(doc)[1:]},
        {
            "tree": [(1, "cn", "一，", "人员管理"), (1, "cn", "二，", "日常管理")],
            "items": [
                [[(1, "一是", "落实健康证明制度"), (2, "二是", "开展岗前培训")]],
                [[(1, "一是", "落实晨检制度"), (2, "二是", "落实留样制度")]],
            ],
        },
    )


def test_a_bracketed_run_in_heading_with_members_in_its_text() -> None:
    doc = body(
        "【一、关于人员培训】今年我局一是举办培训班十期；二是开展线上考核。\n【二、关于下一步】下一步，将扩大培训范围。"
    )
    same(
        {"tree": tree(doc), "items": every_items(doc)[1], "phases": every_phase(doc)[2]},
        {
            "tree": [(1, "cn", "一、", "关于人员培训"), (1, "cn", "二、", "关于下一步")],
            "items": [[(1, "一是", "举办培训班十期"), (2, "二是", "开展线上考核")]],
            "phases": ["plan"],
        },
    )


# Batch 14 (written after the landing, before its own run): more shapes around the body's end and the ranks


def test_an_ideograph_set_off_by_an_ideographic_space_before_a_unit_word_title() -> None:
    doc = body("一　日常监管\n对学校食堂实行量化分级管理。\n二　专项整治\n开展校园周边整治。")
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {"levels": [(1, "cn", 1), (1, "cn", 2)], "titles": ["日常监管", "专项整治"]},
    )


def test_an_office_on_behalf_with_its_date_after_a_tab() -> None:
    doc = ended(
        "一、关于快检设备\n已为全区学校配备快检箱。\n特此答复。\n某区食品安全委员会办公室（代章）\t2025年10月15日"
    )
    same(
        {"closing": closing(doc), "signed": signed(doc)},
        {"closing": "特此答复。", "signed": (("某区食品安全委员会办公室",), "2025-10-15")},
    )


def test_a_no_text_on_this_page_note_between_the_closing_and_the_signature() -> None:
    doc = ended(
        "一、关于快检设备\n已为全区学校配备快检箱。\n特此答复。\n（此页无正文）\n某区市场监督管理局\n2025年10月15日"
    )
    same(
        {"closing": closing(doc), "signed": signed(doc), "last": paras(doc)[-1]},
        {"closing": "特此答复。", "signed": SIGNED, "last": ["已为全区学校配备快检箱。"]},
    )


def test_the_date_above_an_organ_with_its_seal_note() -> None:
    doc = ended("一、关于快检设备\n已为全区学校配备快检箱。\n此复。\n2025年10月15日\n某区市场监督管理局（盖章）")
    same({"closing": closing(doc), "signed": signed(doc)}, {"closing": "此复。", "signed": SIGNED})


def test_an_arabic_numbering_jumping_a_number_under_a_heading() -> None:
    doc = body("一、关于工作措施\n1.强化检查\n每月检查一次。\n2.强化抽检\n每季度抽检一次。\n4.强化培训\n每年培训一次。")
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {"levels": [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (2, "num", 4)], "gap": True},
    )


def test_a_plan_lead_line_closed_by_a_colon_over_members_on_their_lines() -> None:
    doc = body("一、关于快检工作\n已为全区学校配备快检箱。\n下一步工作打算：\n一是扩大快检覆盖面；\n二是建立快检台账。")
    same(
        {"phases": every_phase(doc)[1], "items": every_items(doc)[1]},
        {
            "phases": ["progress", "plan", "plan", "plan"],
            "items": [[], [], [(1, "一是", "扩大快检覆盖面")], [(2, "二是", "建立快检台账")]],
        },
    )


def test_a_paren_arabic_rank_used_under_the_second_arabic_point_only() -> None:
    doc = body(
        "一、关于快检工作\n1.设备配置\n已配备快检箱。\n2.人员培训\n（1）培训对象\n各学校快检员。\n（2）培训方式\n集中授课。\n"
        "二、关于抽检工作\n全年抽检六百批次。"
    )
    same(
        {"parents": parents(doc), "gap": gap(doc)},
        {
            "parents": [
                ("一、", None),
                ("1.", "一、"),
                ("2.", "一、"),
                ("（1）", "2."),
                ("（2）", "2."),
                ("二、", None),
            ],
            "gap": False,
        },
    )


def test_one_arabic_rank_written_with_a_loose_colon_and_a_dot_in_turn() -> None:
    doc = body("一、关于检查工作\n1：日常检查\n每月一次。\n2.月度抽检\n每月抽检二十批次。\n3：年度评估\n每年一次。")
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (2, "num", 3)],
            "titles": ["关于检查工作", "日常检查", "月度抽检", "年度评估"],
        },
    )
