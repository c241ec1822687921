"""Twenty-sixth round of structure probes: short whole documents (title, 主送, body, closing, 落款 and
date, so the structure sits in a real frame) written as an outside tester would, on the structure rules
alone (levels, markers, titles, parents, members, phases, closing, 落款 and date, nothing of the body lost).

Shapes earlier rounds covered (read before writing, so this round varies them): rounds 3-25 (see
tests/test_probes_25_structure.py's docstring and those it cites: four and five ranks and back, ranks spelt
two ways, dressed and lenticular headings, question headings, glued and wrapped headings, members of every
contract family inside points, runs across paragraphs, nested runs, report headings without openers,
今后/接下来/下阶段/今后一个时期 plans, closings and 落款 in forty shapes, attachments after the 落款,
方案/办法/报告/批复/函/协办意见/工作总结).

What this round adds, on one theme (a city 应急管理局 answering a 政协提案 on grass-roots emergency rescue, and
the notices, 意见, 报告 and 纪要 around it, so the vocabulary is new to the probes):
- levels: five ranks with a return from ① straight to （二） and a second branch skipping （一）; headings that read
  as sentences (figures, a verb, a final 。 within 30 characters); sentences that read as headings (1至3月,
  3.5级, （一）至（三）项 at a line's start); run-in titles at four ranks with a colon at the fourth; a hard-wrapped
  copy where a wrap puts 2.5万 or （二）项 at a line's start;
- genres: a 通知 with its 方案 under an 附件 label after the 落款, an 实施意见, a 报告 with 下步 under a 下步打算
  heading, a 纪要 with no 主送;
- members: 第一是/第二是 (a contract question), 一要 leads running on over a comma, 其一、/其二、 and 第一、/第二、 with
  a pause mark, 首先…最后 beside 最后一公里, 一是一、二是二 as a phrase, a marker cut by a hard wrap (一 ⏎ 是), a
  run in a 纪要's agreed points, 一方面/另一方面 in a 意见's point;
- phases: 近年来 then 下一阶段, 目前 then 近期 (no plan word: no phase), 今后一段时间, 下步工作中, 今后五年, a preamble
  plan before the first heading;
- ends: 附件 lists of two between the closing and the 落款, a contact note between them, dates as 二〇/二○/二零,
  廿, 2026.5.20, 2026-05-20, 2026/5/20, organ and date on one line, P.S. lines after the date.

Every expected value was written from the contract, the README and the settled readings of earlier rounds
before the parser was run on any of these texts (the file was committed first); every document also keeps the
span invariants and invents no character. Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch, as committed blind (batches 1-4 be4b5f3b, 5-8 8afb27f9, 9
23962d6d, 10 bc3310a5, 11 47a9ae7e, 12 fc2a722d), and the causes named (tests/test_struct26_causes.py):
- batch 1 (five ranks and back, sentence-like headings, look-alike openers, run-in titles at four ranks, a notice
  with its 方案 under 附件, an 实施意见, a 报告, a wrapped copy, a 纪要): 10/10, 40/40
- batch 2 (第一是, 一要 over commas, 其一、, 第一、 in a 纪要, 首先…最后 beside 最后一公里, 一是一、二是二, a wrapped 一 ⏎ 是,
  一方面 in a 意见, a side run inside 二是, 一来/二来): 9/10, 23/24 (第一是/第二是 made no members: first marked a
  contract question, then found to be cause 5 after batch 12 and fixed with it)
- batch 3 (近年来/下一阶段, 目前/近期, 今后一段时间, 下步工作中, 今后五年, a preamble plan, 接下来 after members, a plan at
  the third rank, a 报告's plan heading): 7/7, 14/14
- batch 4 (附件 lists between closing and 落款, a contact note, dates as 二〇/二○/二零/廿/2026.5.20/2026-05-20/2026/5/20/
  20号, 又及 and P.S. after the date): 11/12, 47/50 (cause 1: `二〇二六年五月廿日`, the day's tens written 廿, no date:
  the 落款 and the closing stayed in the last section)
- batch 5 (a return from ① to 二、, one rank spelt three ways, parts, a wrapped long heading, 1、2号 and 三、四季度,
  ① straight under 一、, untitled long points, a sentence heading ending in 。, a paren gap): 9/9, 23/23
- batch 6 (members after 支队/指挥部/我们/中心, 第一， across paragraphs, two families in turn, 一要 in a 纪要, member lines
  under a colon title, 其一 in the preamble, 我们一方面, a lone 最后, ten members): 9/9, 15/15
- batch 7 (会议要求，下一步 in a 纪要, a 报告 without sections, a publication note under the 附件 list, the list above the
  formula, 抄送 under the date, 另附, （盖章） over a numeral date, plans in a notice, a contact under the date): 9/9, 33/33
- batch 8 (a notice printing its plan after the 落款, a 通报, a 请示, a 商请函, a joint 意见, a 纪要's attendance, a 工作要点,
  a 批复, a joint reply): 8/9, 37/38 (my misreading: the 纪要's 出席/列席/记录 rows are held by the header's
  `attendance`, not left in the text; outside the checks, the same 纪要 came out issued by 某市应急管理局局: cause 4)
- batch 9 (hard-wrapped copies bringing an inline （二）, 2., ②, 第二，, 一、二级, a date and the signing organ to a
  line's start): 6/9, 18/24 (cause 2 three times: two headings of one length set the copy's width, so none was
  found and the inline list's next member opened a section or a paragraph)
- batch 10 (written after causes 1-3: their edges, 卅, attendance above the points, six ranks, a run-in 下一阶段工作
  title, a notice's attached plan with runs, 函告/函达, a long sentence heading): 10/10, 27/27
- batch 11 (wraps bringing 附件, 第二条, 联系人, 抄送, 今后, 感谢 and a whole date to a line's start; a notice's formula
  run on at a point's end): 7/8, 22/24 (contract question, strict xfail: a one-sentence last paragraph that reports
  the handling and then thanks is read as the closing; the wrap is not the cause)
- batch 12 (首先是/一方面是/其一是, 二、三年来 opening a line, 同时，下一步, members after a time phrase, a 纪要 with its
  chair on top, thanks under the formula): 4/8, 10/16 (cause 5 three times: a member word followed by 是 gave a
  lead opening on 是, or no member at all; 二、三年来 opened a second 二、: not worth a rule, strict xfail)
- batch 13 (written after the first landing, committed 841d6e03: the causes' neighbours, 其次是 among 首先/最后, 廿一/卅,
  局务会/厅长办公会/局长信箱 issuers, 其一是 over preamble lines, 三分之二是, same-length headings in a wrapped copy, 第一是
  after 我局将): 6/8, 11/13 (cause 4 once more: 局长信箱, the post's mailbox, no meeting after it; cause 6: 第一是 right
  after its subject, 我局将第一是…, made no members)
Totals: 118 documents, 105 whole at first look; 341 checks, 320. Batches 1-8 alone (written first): 75 documents,
72 whole; 237 checks, 232. Six causes fixed (tests/test_struct26_causes.py; cause 3, a label-like word a wrap
brought to a line's start, was found writing cause 2's test); one misreading of mine; two strict xfails (a contract
question and one not worth a rule).
"""

from __future__ import annotations

import pytest

import govdoc
from tests.probing import (
    checked,
    closing,
    every_items,
    every_phase,
    gap,
    held,
    item_texts,
    paras,
    parents,
    pre,
    same,
    signed,
    titles,
    tree,
    unplaced,
)
from tests.test_probes_11_noise import wrapped

ORG = "某市应急管理局"
DATE = "2026年5月20日"
SIGNED = ((ORG,), "2026-05-20")
TITLE = "关于市政协十三届三次会议第0218号提案的答复"
OPENING = "您提出的《关于加强基层应急救援能力建设的提案》收悉，现答复如下："
FRONT = TITLE + "\n李某委员：\n" + OPENING + "\n"
THANKS = "感谢您对全市应急管理工作的关心和支持。"
FOOT = ORG + "\n" + DATE
NOTICE = "某市应急管理局关于开展汛期安全隐患排查整治的通知\n各区应急管理局，市有关单位：\n为切实做好今年汛期安全防范工作，现就有关事项通知如下：\n"


def answer(text: str, end: str | None = "特此答复。", sign: str | None = FOOT) -> govdoc.Document:
    """The whole answer: title, 主送, opening, `text`, then `end` and the 落款 `sign` where given."""
    return checked("\n".join([FRONT + text] + [p for p in (end, sign) if p is not None]))


def depth(doc: govdoc.Document) -> list[int]:
    return [s.level for s in doc.iter_sections()]


TWO = "一、关于救援队伍\n全市组建综合救援队伍十二支。\n二、关于物资储备\n建成市级储备库一座。"
TWO_TREE = [(1, "cn", "一、", "关于救援队伍"), (1, "cn", "二、", "关于物资储备")]
TWO_LAST = ["建成市级储备库一座。"]


# Batch 1 (written before any run): levels, titles and genres' frames


def test_five_ranks_then_straight_from_a_circled_point_to_the_second_paren_point_and_a_branch_skipping_it() -> None:
    doc = answer(
        "一、关于救援队伍建设\n（一）专业队伍\n1.森林消防队\n（1）队伍规模\n①市级队伍\n组建市级森林消防队一支。\n②区级队伍\n"
        "各区组建森林消防队伍十二支。\n（二）社会力量\n登记社会应急力量三十六支。\n二、关于物资储备\n1.储备库建设\n（1）市级储备库\n"
        "建成市级储备库一座。\n（2）区级储备库\n建成区级储备库九座。\n2.储备品种\n储备物资一百二十类。\n三、关于培训演练\n"
        "全年开展演练四百余场。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc), "signed": signed(doc), "closing": closing(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于救援队伍建设"),
                (2, "cn-paren", "（一）", "专业队伍"),
                (3, "num", "1.", "森林消防队"),
                (4, "num-paren", "（1）", "队伍规模"),
                (5, "circled", "①", "市级队伍"),
                (5, "circled", "②", "区级队伍"),
                (2, "cn-paren", "（二）", "社会力量"),
                (1, "cn", "二、", "关于物资储备"),
                (2, "num", "1.", "储备库建设"),
                (3, "num-paren", "（1）", "市级储备库"),
                (3, "num-paren", "（2）", "区级储备库"),
                (2, "num", "2.", "储备品种"),
                (1, "cn", "三、", "关于培训演练"),
            ],
            "paras": [
                [],
                [],
                [],
                [],
                ["组建市级森林消防队一支。"],
                ["各区组建森林消防队伍十二支。"],
                ["登记社会应急力量三十六支。"],
                [],
                [],
                ["建成市级储备库一座。"],
                ["建成区级储备库九座。"],
                ["储备物资一百二十类。"],
                ["全年开展演练四百余场。"],
            ],
            "gap": False,
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


def test_headings_that_read_as_sentences_are_titles() -> None:
    doc = answer(
        "一、全市已建成应急避难场所一百二十处\n其中室内避难场所四十五处。\n二、各区均已组建综合应急救援队伍\n"
        "队伍总人数达到二千一百人。\n三、基层应急能力仍有短板。\n部分乡镇应急装备不足。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "titles": ["全市已建成应急避难场所一百二十处", "各区均已组建综合应急救援队伍", "基层应急能力仍有短板"],
            "paras": [["其中室内避难场所四十五处。"], ["队伍总人数达到二千一百人。"], ["部分乡镇应急装备不足。"]],
            "signed": SIGNED,
        },
    )


def test_lines_opening_with_a_month_range_a_magnitude_and_a_cited_item_range_are_no_headings() -> None:
    doc = answer(
        "一、关于风险监测\n1至3月，全市共发生森林火情二起。\n3.5级以上地震应急预案已完成修订。\n"
        "（一）至（三）项所列情形由区级应急指挥机构负责处置。\n二、关于应急值守\n实行二十四小时值班制度。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于风险监测"), (1, "cn", "二、", "关于应急值守")],
            "paras": [
                [
                    "1至3月，全市共发生森林火情二起。",
                    "3.5级以上地震应急预案已完成修订。",
                    "（一）至（三）项所列情形由区级应急指挥机构负责处置。",
                ],
                ["实行二十四小时值班制度。"],
            ],
            "gap": False,
        },
    )


def test_run_in_titles_at_four_ranks_the_deepest_closed_by_a_colon_then_back_to_the_top() -> None:
    doc = answer(
        "一、健全指挥体系。市县两级均成立应急委员会。\n（一）完善预案。修订专项预案二十六件。\n1.森林火灾预案。明确四级响应标准。\n"
        "（1）响应启动：由市森林防灭火指挥部决定。\n（2）响应终止：由市森林防灭火指挥部宣布。\n二、强化物资保障。新增储备资金三千万元。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "健全指挥体系"),
                (2, "cn-paren", "（一）", "完善预案"),
                (3, "num", "1.", "森林火灾预案"),
                (4, "num-paren", "（1）", "响应启动"),
                (4, "num-paren", "（2）", "响应终止"),
                (1, "cn", "二、", "强化物资保障"),
            ],
            "paras": [
                ["市县两级均成立应急委员会。"],
                ["修订专项预案二十六件。"],
                ["明确四级响应标准。"],
                ["由市森林防灭火指挥部决定。"],
                ["由市森林防灭火指挥部宣布。"],
                ["新增储备资金三千万元。"],
            ],
        },
    )


def test_a_notice_with_its_plan_under_an_attachment_label_after_the_signature() -> None:
    doc = checked(
        NOTICE
        + "一、排查范围\n重点排查地质灾害隐患点和城市易涝点。\n二、工作要求\n（一）压实责任。各区要明确隐患排查责任人。\n"
        "（二）及时报送。排查结果于6月10日前报送我局。\n特此通知。\n附件：某市汛期安全隐患排查整治工作方案\n"
        + FOOT
        + "\n附件\n"
        "某市汛期安全隐患排查整治工作方案\n一、工作目标\n全面排查整治汛期安全隐患。\n二、时间安排\n（一）自查阶段\n（二）整改阶段"
    )
    same(
        {
            "kind": doc.kind,
            "tree": tree(doc),
            "last": paras(doc)[-1],
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
        },
        {
            "kind": "notice",
            "tree": [
                (1, "cn", "一、", "排查范围"),
                (1, "cn", "二、", "工作要求"),
                (2, "cn-paren", "（一）", "压实责任"),
                (2, "cn-paren", "（二）", "及时报送"),
            ],
            "last": ["排查结果于6月10日前报送我局。"],
            "closing": "特此通知。",
            "attachments": ("某市汛期安全隐患排查整治工作方案",),
            "signed": SIGNED,
        },
    )


def test_an_implementing_opinion_with_own_line_and_run_in_paren_points() -> None:
    doc = checked(
        "关于进一步加强基层应急管理能力建设的实施意见\n各区人民政府，市政府各部门：\n"
        "为全面提升基层应急管理能力，结合我市实际，提出如下意见。\n一、总体要求\n（一）指导思想\n坚持人民至上、生命至上。\n"
        "（二）主要目标\n到2028年，基层应急管理体系基本健全。\n二、重点任务\n（一）健全基层组织体系。乡镇（街道）要明确应急管理机构。\n"
        "（二）提升基层救援能力。每个乡镇（街道）建立一支综合救援队伍。\n三、保障措施\n各级财政要加大投入。\n某市人民政府\n2026年3月1日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "opinion",
            "tree": [
                (1, "cn", "一、", "总体要求"),
                (2, "cn-paren", "（一）", "指导思想"),
                (2, "cn-paren", "（二）", "主要目标"),
                (1, "cn", "二、", "重点任务"),
                (2, "cn-paren", "（一）", "健全基层组织体系"),
                (2, "cn-paren", "（二）", "提升基层救援能力"),
                (1, "cn", "三、", "保障措施"),
            ],
            "paras": [
                [],
                ["坚持人民至上、生命至上。"],
                ["到2028年，基层应急管理体系基本健全。"],
                [],
                ["乡镇（街道）要明确应急管理机构。"],
                ["每个乡镇（街道）建立一支综合救援队伍。"],
                ["各级财政要加大投入。"],
            ],
            "closing": None,
            "signed": (("某市人民政府",), "2026-03-01"),
        },
    )


def test_a_report_whose_next_step_heading_holds_a_next_step_opener() -> None:
    doc = checked(
        "某市应急管理局关于2025年度安全生产工作情况的报告\n市人民政府：\n现将我局2025年度安全生产工作情况报告如下：\n"
        "一、主要工作\n（一）开展专项整治\n全年排查整治隐患一万二千处。\n（二）强化执法检查\n立案查处违法行为三百起。\n"
        "二、存在问题\n部分企业主体责任落实不到位。\n三、下步打算\n下步，我局将深化安全生产治本攻坚行动。\n特此报告。\n"
        "某市应急管理局\n2026年1月15日"
    )
    same(
        {
            "kind": doc.kind,
            "titles": titles(doc),
            "phases": every_phase(doc),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "report",
            "titles": ["主要工作", "开展专项整治", "强化执法检查", "存在问题", "下步打算"],
            "phases": [[None], [], [None], [None], [None], ["plan"]],
            "closing": "特此报告。",
            "signed": ((ORG,), "2026-01-15"),
        },
    )


# A hard-wrapped copy (lines of twenty characters): the wrap puts 2.5万 and （二）项 at a line's start
_WRAP_ONE = (
    "近年来，我局持续推进应急物资储备体系的建设，全市今年已在各乡镇（街道）建成应急物资储备点"
    "2.5万平方米，可满足十万人紧急转移安置需要，储备帐篷、折叠床等物资一百二十类。"
)
_WRAP_TWO = (
    "近年来，我局不断完善分级响应机制和指挥体系，凡是符合《某市突发事件总体应急预案》第十条第"
    "（二）项规定情形的，由区级指挥机构先期处置，并及时向市级指挥机构报告。"
)


def test_a_hard_wrapped_copy_bringing_a_decimal_and_a_cited_item_to_a_lines_start() -> None:
    lines = [
        TITLE,
        "李某委员：",
        OPENING,
        "一、关于储备体系建设",
        _WRAP_ONE,
        "二、关于分级响应机制",
        _WRAP_TWO,
        "特此答复。",
        ORG,
        DATE,
    ]
    doc = checked("\n".join(wrapped(lines, 22)) + "\n")
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc), "closing": closing(doc)},
        {
            "tree": [(1, "cn", "一、", "关于储备体系建设"), (1, "cn", "二、", "关于分级响应机制")],
            "paras": [[_WRAP_ONE], [_WRAP_TWO]],
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


def test_minutes_without_a_recipient_numbering_the_agreed_points() -> None:
    doc = checked(
        "某市防汛抗旱指挥部2026年第一次全体会议纪要\n2026年4月10日，副市长王某主持召开市防汛抗旱指挥部全体会议。会议议定如下：\n"
        "一、关于汛前检查\n各成员单位于5月底前完成汛前检查。\n二、关于物资储备\n市应急管理局牵头补充防汛物资。\n"
        "三、关于值班值守\n汛期实行领导带班制度。\n某市防汛抗旱指挥部办公室\n2026年4月12日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "kind": "minutes",
            "tree": [
                (1, "cn", "一、", "关于汛前检查"),
                (1, "cn", "二、", "关于物资储备"),
                (1, "cn", "三、", "关于值班值守"),
            ],
            "last": ["汛期实行领导带班制度。"],
            "signed": (("某市防汛抗旱指挥部办公室",), "2026-04-12"),
        },
    )


def test_a_heading_closed_by_a_colon_over_paren_points_after_a_deep_branch() -> None:
    doc = answer(
        "一、关于取得的成效\n（一）队伍建设\n1.队伍数量\n（1）专职队伍\n专职队员八百人。\n（2）兼职队伍\n兼职队员三千人。\n"
        "二、目前仍存在三个方面的不足：\n（一）装备水平不高\n（二）训练频次不足\n（三）保障经费偏少\n三、关于下步措施\n逐年加大投入。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc)[5:9], "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于取得的成效"),
                (2, "cn-paren", "（一）", "队伍建设"),
                (3, "num", "1.", "队伍数量"),
                (4, "num-paren", "（1）", "专职队伍"),
                (4, "num-paren", "（2）", "兼职队伍"),
                (1, "cn", "二、", "目前仍存在三个方面的不足"),
                (2, "cn-paren", "（一）", "装备水平不高"),
                (2, "cn-paren", "（二）", "训练频次不足"),
                (2, "cn-paren", "（三）", "保障经费偏少"),
                (1, "cn", "三、", "关于下步措施"),
            ],
            "parents": [("二、", None), ("（一）", "二、"), ("（二）", "二、"), ("（三）", "二、")],
            "gap": False,
        },
    )


# Batch 2 (written before any run): members


def test_first_is_second_is_members_over_two_paragraphs() -> None:
    doc = answer(
        "一、关于队伍建设\n第一是扩充专职队伍，新增专职队员二百名。\n第二是规范兼职队伍，建立队员档案。\n二、关于装备配备\n"
        "配发救援装备三千台套。"
    )
    same(
        {"items": every_items(doc)[1], "paras": paras(doc)},
        {
            "items": [
                [(1, "第一是", "扩充专职队伍，新增专职队员二百名")],
                [(2, "第二是", "规范兼职队伍，建立队员档案")],
            ],
            "paras": [
                ["第一是扩充专职队伍，新增专职队员二百名。", "第二是规范兼职队伍，建立队员档案。"],
                ["配发救援装备三千台套。"],
            ],
        },
    )


def test_must_members_after_a_district_subject_with_leads_running_over_a_comma() -> None:
    doc = checked(
        NOTICE + "一、工作要求\n各区一要压实责任，严格落实包保责任制；二要强化巡查，对隐患点位实行每日巡查；"
        "三要及时处置，发现险情立即转移群众。\n二、报送要求\n请于每周五报送工作进展。\n特此通知。\n" + FOOT
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "items": [
                [
                    (1, "一要", "压实责任，严格落实包保责任制"),
                    (2, "二要", "强化巡查，对隐患点位实行每日巡查"),
                    (3, "三要", "及时处置，发现险情立即转移群众"),
                ]
            ],
            "texts": [
                "一要压实责任，严格落实包保责任制；",
                "二要强化巡查，对隐患点位实行每日巡查；",
                "三要及时处置，发现险情立即转移群众。",
            ],
            "closing": "特此通知。",
            "signed": SIGNED,
        },
    )


def test_members_of_the_other_family_with_a_pause_mark_after_the_numeral() -> None:
    doc = answer(
        "一、关于经费保障\n其一、市财政每年安排专项经费五千万元。其二、各区按常住人口规模落实配套经费。\n二、关于激励机制\n"
        "对表现突出的救援队员给予表彰。"
    )
    same(
        {"items": every_items(doc)[1:], "tree": tree(doc)},
        {
            "items": [
                [[(1, "其一", "市财政每年安排专项经费五千万元"), (2, "其二", "各区按常住人口规模落实配套经费")]],
                [[]],
            ],
            "tree": [(1, "cn", "一、", "关于经费保障"), (1, "cn", "二、", "关于激励机制")],
        },
    )


def test_first_second_with_a_pause_mark_in_the_agreed_points_of_minutes() -> None:
    doc = checked(
        "某市森林防灭火指挥部专题会议纪要\n2026年3月5日，市森林防灭火指挥部召开专题会议。会议要求：\n"
        "第一、各区要在清明节前完成林区隐患排查。\n第二、各森林消防队伍要实行二十四小时备勤。\n第三、市应急管理局要加强督导检查。\n"
        "某市森林防灭火指挥部办公室\n2026年3月6日"
    )
    same(
        {"kind": doc.kind, "items": every_items(doc)[0], "sections": tree(doc), "signed": signed(doc)},
        {
            "kind": "minutes",
            "items": [
                [],
                [(1, "第一", "各区要在清明节前完成林区隐患排查")],
                [(2, "第二", "各森林消防队伍要实行二十四小时备勤")],
                [(3, "第三", "市应急管理局要加强督导检查")],
            ],
            "sections": [],
            "signed": (("某市森林防灭火指挥部办公室",), "2026-03-06"),
        },
    )


def test_first_next_last_beside_the_last_kilometre_inside_a_lead() -> None:
    doc = answer(
        "一、关于指挥调度\n首先，完善指挥调度平台，打通应急救援最后一公里；其次，加强救援队伍联训联演；最后，健全跨区域支援机制。\n"
        "二、关于信息报送\n推行灾情信息直报。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "首先", "完善指挥调度平台，打通应急救援最后一公里"),
                    (2, "其次", "加强救援队伍联训联演"),
                    (3, "最后", "健全跨区域支援机制"),
                ]
            ]
        },
    )


def test_one_is_one_two_is_two_is_a_phrase_not_a_run() -> None:
    doc = answer(
        "一、关于灾情统计\n我局坚持一是一、二是二的原则，如实核报灾情数据。\n二、关于信息公开\n及时发布灾情信息。"
    )
    same(
        {"items": every_items(doc), "paras": paras(doc)[0]},
        {"items": [[[]], [[]], [[]]], "paras": ["我局坚持一是一、二是二的原则，如实核报灾情数据。"]},
    )


_RUN = (
    "为提升基层应急救援能力，近年来我局重点抓了三个方面的工作，并取得了较为明显的工作成效：一是加强队伍建设，"
    "全市新增专职救援队员二百名；二是强化装备配备，配发救援装备三千台套；三是完善训练机制，全年组织联合演练四十场。"
)


def test_a_first_member_marker_cut_by_a_hard_wrap() -> None:
    lines = [TITLE, "李某委员：", OPENING, "一、关于基层救援能力", _RUN, "二、关于物资储备", "建成市级储备库一座。"]
    doc = checked("\n".join([*wrapped(lines, 22), "特此答复。", ORG, DATE]) + "\n")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1], "signed": signed(doc)},
        {
            "paras": [[_RUN], ["建成市级储备库一座。"]],
            "items": [
                [
                    (1, "一是", "加强队伍建设，全市新增专职救援队员二百名"),
                    (2, "二是", "强化装备配备，配发救援装备三千台套"),
                    (3, "三是", "完善训练机制，全年组织联合演练四十场"),
                ]
            ],
            "signed": SIGNED,
        },
    )


def test_one_side_other_side_in_a_run_in_point_of_an_opinion() -> None:
    doc = checked(
        "关于加强应急救援队伍建设的意见\n各区人民政府：\n为加强应急救援队伍建设，提出如下意见。\n一、拓宽经费渠道\n"
        "（一）加大财政投入。一方面，市财政设立专项资金；另一方面，各区将队伍经费列入年度预算。\n"
        "（二）引导社会参与。鼓励企业捐赠救援装备。\n某市应急管理局\n2026年5月20日"
    )
    same(
        {"kind": doc.kind, "titles": titles(doc), "items": every_items(doc)[2:]},
        {
            "kind": "opinion",
            "titles": ["拓宽经费渠道", "加大财政投入", "引导社会参与"],
            "items": [
                [[(1, "一方面", "市财政设立专项资金"), (2, "另一方面", "各区将队伍经费列入年度预算")]],
                [[]],
            ],
        },
    )


def test_a_side_run_inside_the_second_member_leaves_the_outer_run_going_on() -> None:
    doc = answer(
        "一、关于队伍保障\n我局一是加强培训，全年培训队员五千人次；二是完善保障机制，具体包括：一方面设立专项资金；"
        "另一方面购买救援人员意外伤害保险。三是强化表彰激励。\n二、关于装备保障\n配发救援装备三千台套。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [
                [
                    (1, "一是", "加强培训，全年培训队员五千人次"),
                    (2, "二是", "完善保障机制，具体包括：一方面设立专项资金"),
                    (3, "三是", "强化表彰激励"),
                ]
            ],
            "texts": [
                "一是加强培训，全年培训队员五千人次；",
                "二是完善保障机制，具体包括：一方面设立专项资金；另一方面购买救援人员意外伤害保险。",
                "三是强化表彰激励。",
            ],
        },
    )


def test_one_come_two_come_is_no_family_of_the_contract() -> None:
    doc = answer(
        "一、关于避险转移\n一来转移群众需要时间，二来部分群众不愿转移，因此我局提前发布预警。\n二、关于安置保障\n落实安置点一百处。"
    )
    same({"items": every_items(doc)[1]}, {"items": [[]]})


# Batch 3 (written before any run): phases worded otherwise


def test_in_recent_years_then_the_next_stage() -> None:
    doc = answer(
        "一、关于队伍职业化\n近年来，全市综合救援队伍不断壮大。\n下一阶段，我局将推进队伍职业化建设。\n二、关于物资储备\n"
        "建成市级储备库一座。"
    )
    same(
        {"phases": every_phase(doc)},
        {"phases": [[None], ["progress", "plan"], [None]]},
    )


def test_at_present_then_in_the_near_term_carries_no_phase() -> None:
    doc = answer(
        "一、关于避难场所\n目前，全市已建成避难场所一百二十处。\n近期，我局将开展避难场所专项检查。\n二、关于物资储备\n"
        "建成市级储备库一座。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], [None, None], [None]]})


def test_plans_opening_with_a_period_from_now_the_next_steps_work_and_the_next_five_years() -> None:
    doc = answer(
        "一、关于队伍建设\n全市组建救援队伍十二支。\n今后一段时间，我局将重点加强乡镇救援队伍建设。\n二、关于装备配备\n"
        "配发救援装备三千台套。\n下步工作中，我局将逐步提高装备标准。\n三、关于培训演练\n全年开展演练四百余场。\n"
        "今后五年，全市将实现乡镇演练全覆盖。"
    )
    same(
        {"phases": every_phase(doc)},
        {"phases": [[None], ["progress", "plan"], ["progress", "plan"], ["progress", "plan"]]},
    )


def test_a_plan_in_the_preamble_stops_at_the_first_heading() -> None:
    doc = answer(
        "近年来，我局持续加强基层应急救援能力建设。\n下阶段，我局将重点做好以下工作：\n一、扩充队伍规模\n"
        "新增专职救援队员二百名。\n二、提升装备水平\n配发救援装备三千台套。"
    )
    same(
        {"pre": pre(doc), "phases": every_phase(doc), "titles": titles(doc)},
        {
            "pre": [OPENING, "近年来，我局持续加强基层应急救援能力建设。", "下阶段，我局将重点做好以下工作："],
            "phases": [["progress", "progress", "plan"], [None], [None]],
            "titles": ["扩充队伍规模", "提升装备水平"],
        },
    )


def test_a_plan_opener_after_a_member_paragraph_runs_to_the_end_of_the_section() -> None:
    doc = answer(
        "一、关于科普宣传\n我局一是开展防灾减灾宣传周活动；二是建设应急科普基地三个。\n接下来，我局将推动应急科普进社区。\n"
        "同时，编印应急避险知识手册。\n二、关于隐患排查\n全年排查隐患一万处。"
    )
    same(
        {"phases": every_phase(doc), "items": every_items(doc)[1]},
        {
            "phases": [[None], ["progress", "plan", "plan"], [None]],
            "items": [[(1, "一是", "开展防灾减灾宣传周活动"), (2, "二是", "建设应急科普基地三个")], [], []],
        },
    )


def test_a_plan_at_the_third_rank_stops_at_the_next_arabic_point_and_next_year_plans_nothing() -> None:
    doc = answer(
        "一、关于预警发布\n（一）发布渠道\n1.短信发布\n全年发布预警短信二千万条。\n下一步，我局将推动预警信息精准靶向发布。\n"
        "2.广播发布\n建成应急广播终端五千个。\n明年，我局将新建终端一千个。\n（二）发布时效\n预警信息十分钟内发布到户。"
    )
    same(
        {"phases": every_phase(doc), "depth": depth(doc)},
        {
            "phases": [[None], [], [], ["progress", "plan"], [None, None], [None]],
            "depth": [1, 2, 3, 3, 2],
        },
    )


def test_a_report_with_a_plan_paragraph_after_the_last_heading_paragraphs_under_a_plan_heading() -> None:
    doc = checked(
        "某市应急管理局关于基层应急救援能力建设情况的报告\n市人民政府：\n根据工作安排，现将有关情况报告如下：\n一、工作进展\n"
        "全市组建救援队伍十二支。\n二、下一步工作打算\n（一）扩充队伍\n今后，我局将每年新增专职队员二百名。\n（二）提升装备\n"
        "逐年提高装备配备标准。\n以上报告，请审阅。\n某市应急管理局\n2026年5月20日"
    )
    same(
        {"kind": doc.kind, "phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "report",
            "phases": [[None], [None], [], ["plan"], [None]],
            "closing": "以上报告，请审阅。",
            "signed": SIGNED,
        },
    )


# Batch 4 (written before any run): closings, attachments, dates and P.S. lines


def test_an_attachment_list_of_two_between_the_closing_and_the_signature() -> None:
    doc = answer(
        TWO,
        end="特此答复。\n附件：1.某市基层应急救援队伍建设标准\n2.某市应急物资储备目录",
    )
    same(
        {
            "tree": tree(doc),
            "last": paras(doc)[-1],
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
        },
        {
            "tree": TWO_TREE,
            "last": TWO_LAST,
            "closing": "特此答复。",
            "attachments": ("某市基层应急救援队伍建设标准", "某市应急物资储备目录"),
            "signed": SIGNED,
        },
    )


def test_a_contact_note_then_an_attachment_between_the_thanks_and_the_signature() -> None:
    doc = answer(
        TWO,
        end=THANKS + "\n特此答复。\n（联系人：张某，联系电话：0571-87654321）\n附件：某市应急物资储备目录",
    )
    same(
        {
            "last": paras(doc)[-1],
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "unplaced": unplaced(doc),
        },
        {
            "last": TWO_LAST,
            "closing": THANKS + "\n特此答复。",
            "attachments": ("某市应急物资储备目录",),
            "signed": SIGNED,
            "unplaced": False,
        },
    )


DATES = [
    "二〇二六年五月二十日",
    "二○二六年五月二十日",
    "二零二六年五月二十日",
    "二〇二六年五月廿日",
    "2026.5.20",
    "2026-05-20",
    "2026/5/20",
    "2026年5月20号",
]


def _dated(date_text: str) -> tuple[govdoc.Document, dict[str, object]]:
    doc = answer(TWO, sign=ORG + "\n" + date_text)
    s = doc.signature
    got = {
        "signature": None if s is None else (s.issuers, s.date, s.date_text),
        "last": paras(doc)[-1],
        "closing": closing(doc),
        "unplaced": unplaced(doc),
    }
    return doc, got


def _want_dated(date_text: str) -> dict[str, object]:
    return {
        "signature": ((ORG,), "2026-05-20", date_text),
        "last": TWO_LAST,
        "closing": "特此答复。",
        "unplaced": False,
    }


def test_signature_dated_in_ideographs_with_a_ring_zero() -> None:
    same(_dated(DATES[0])[1], _want_dated(DATES[0]))


def test_signature_dated_in_ideographs_with_a_white_circle() -> None:
    same(_dated(DATES[1])[1], _want_dated(DATES[1]))


def test_signature_dated_in_ideographs_with_the_zero_character() -> None:
    same(_dated(DATES[2])[1], _want_dated(DATES[2]))


def test_signature_dated_with_the_twenty_ideograph() -> None:
    same(_dated(DATES[3])[1], _want_dated(DATES[3]))


def test_signature_dated_with_dots() -> None:
    same(_dated(DATES[4])[1], _want_dated(DATES[4]))


def test_signature_dated_with_hyphens() -> None:
    same(_dated(DATES[5])[1], _want_dated(DATES[5]))


def test_signature_dated_with_slashes() -> None:
    same(_dated(DATES[6])[1], _want_dated(DATES[6]))


def test_signature_dated_with_the_colloquial_day_word() -> None:
    same(_dated(DATES[7])[1], _want_dated(DATES[7]))


def test_a_postscript_after_the_date_written_as_you_ji() -> None:
    doc = answer(TWO, sign=FOOT + "\n又及：随函附送《应急避险知识手册》十册，请查收。")
    same(
        {"signed": signed(doc), "last": paras(doc)[-1], "closing": closing(doc), "held": held(doc, "随函附送")},
        {"signed": SIGNED, "last": TWO_LAST, "closing": "特此答复。", "held": True},
    )


def test_a_postscript_after_the_date_written_as_ps() -> None:
    doc = answer(TWO, sign=FOOT + "\nP.S.：我局应急科普基地常年免费开放，欢迎委员莅临指导。")
    same(
        {"signed": signed(doc), "last": paras(doc)[-1], "closing": closing(doc), "held": held(doc, "免费开放")},
        {"signed": SIGNED, "last": TWO_LAST, "closing": "特此答复。", "held": True},
    )


# Batch 5 (written after batches 1-4's first look, before its own run): deep trees, spellings, wraps, look-alikes


def test_a_return_from_the_fifth_rank_straight_to_the_top() -> None:
    doc = answer(
        "一、关于预警体系\n（一）监测网络\n1.气象监测\n（1）自动站\n①新建站点\n新建自动气象站三十个。\n②改造站点\n改造自动气象站二十个。\n"
        "二、关于响应体系\n（一）响应分级\n实行四级响应。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc)[-2:], "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于预警体系"),
                (2, "cn-paren", "（一）", "监测网络"),
                (3, "num", "1.", "气象监测"),
                (4, "num-paren", "（1）", "自动站"),
                (5, "circled", "①", "新建站点"),
                (5, "circled", "②", "改造站点"),
                (1, "cn", "二、", "关于响应体系"),
                (2, "cn-paren", "（一）", "响应分级"),
            ],
            "parents": [("二、", None), ("（一）", "二、")],
            "gap": False,
        },
    )


def test_one_rank_spelt_three_ways_across_returns() -> None:
    doc = answer(
        "一、关于队伍管理\n（一）人员管理\n1.招录\n统一招录专职队员。\n2、培训\n新队员岗前培训三个月。\n（二）经费管理\n1．预算\n"
        "经费列入年度预算。\n2.审计\n每年开展专项审计。\n二、关于装备管理\n建立装备台账。"
    )
    same(
        {"tree": tree(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于队伍管理"),
                (2, "cn-paren", "（一）", "人员管理"),
                (3, "num", "1.", "招录"),
                (3, "num", "2、", "培训"),
                (2, "cn-paren", "（二）", "经费管理"),
                (3, "num", "1．", "预算"),
                (3, "num", "2.", "审计"),
                (1, "cn", "二、", "关于装备管理"),
            ],
            "gap": False,
        },
    )


def test_a_part_over_three_ranks_and_a_second_part_opening_at_the_paren_rank() -> None:
    doc = checked(
        "某市基层应急救援能力提升三年行动方案\n为提升基层应急救援能力，制定本方案。\n第一部分　总体要求\n一、指导思想\n"
        "坚持人民至上。\n（一）工作原则\n坚持预防为主。\n二、工作目标\n到2028年基本建成基层应急救援体系。\n第二部分　重点任务\n"
        "（一）建强救援队伍\n每个乡镇建立一支综合救援队伍。\n（二）配齐救援装备\n按标准配备救援装备。\n某市应急管理局\n2026年5月20日"
    )
    same(
        {
            "kind": doc.kind,
            "levels": [(s.level, s.style, s.marker) for s in doc.iter_sections()],
            "signed": signed(doc),
        },
        {
            "kind": "plan",
            "levels": [
                (1, "part", "第一部分"),
                (2, "cn", "一、"),
                (3, "cn-paren", "（一）"),
                (2, "cn", "二、"),
                (1, "part", "第二部分"),
                (2, "cn-paren", "（一）"),
                (2, "cn-paren", "（二）"),
            ],
            "signed": SIGNED,
        },
    )


_LONG_HEAD = "（一）关于建立健全乡镇（街道）应急救援队伍经费保障长效机制的问题"
_LONG_PARA = (
    "近年来，我局会同市财政局连续三年提高乡镇（街道）救援队伍经费补助标准，今年补助标准达到每人每年一万二千元，"
    "并将队伍经费列入年度预算。"
)


def test_a_hard_wrapped_copy_whose_long_paren_heading_wraps_onto_a_second_line() -> None:
    lines = [
        TITLE,
        "李某委员：",
        OPENING,
        "一、关于经费保障",
        _LONG_HEAD,
        _LONG_PARA,
        "二、关于物资储备",
        "建成市级储备库一座。",
    ]
    doc = checked("\n".join([*wrapped(lines, 22), "特此答复。", ORG, DATE]) + "\n")
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于经费保障"),
                (2, "cn-paren", "（一）", _LONG_HEAD[3:]),
                (1, "cn", "二、", "关于物资储备"),
            ],
            "paras": [[], [_LONG_PARA], ["建成市级储备库一座。"]],
            "signed": SIGNED,
        },
    )


def test_lines_opening_with_two_numbered_stations_and_the_third_fourth_quarters_are_sentences() -> None:
    doc = answer(
        "一、关于救援站点\n1、2号救援站已于今年3月投入使用。\n三、四季度，我局将再建救援站两个。\n二、关于物资储备\n"
        "建成市级储备库一座。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于救援站点"), (1, "cn", "二、", "关于物资储备")],
            "paras": [
                ["1、2号救援站已于今年3月投入使用。", "三、四季度，我局将再建救援站两个。"],
                ["建成市级储备库一座。"],
            ],
            "gap": False,
        },
    )


def test_a_circled_rank_straight_under_the_top_then_arabic_points_under_the_next_top_heading() -> None:
    doc = answer(
        "一、关于避难场所\n①室内场所\n利用学校体育馆建设室内避难场所。\n②室外场所\n利用公园绿地建设室外避难场所。\n二、关于物资储备\n"
        "1.储备库\n建成市级储备库一座。\n2.储备点\n建成乡镇储备点九十个。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于避难场所"),
                (2, "circled", "①", "室内场所"),
                (2, "circled", "②", "室外场所"),
                (1, "cn", "二、", "关于物资储备"),
                (2, "num", "1.", "储备库"),
                (2, "num", "2.", "储备点"),
            ],
            "paras": [
                [],
                ["利用学校体育馆建设室内避难场所。"],
                ["利用公园绿地建设室外避难场所。"],
                [],
                ["建成市级储备库一座。"],
                ["建成乡镇储备点九十个。"],
            ],
        },
    )


def test_untitled_long_paren_points_between_titled_ones() -> None:
    long2 = (
        "（二）全市共有各类应急避难场所一百二十处，其中室内场所四十五处，可容纳避险群众三十万人，基本满足全市避险需要。"
    )
    doc = answer(
        "一、关于避难场所\n（一）场所建设\n新建避难场所十处。\n" + long2 + "\n（三）场所管理\n落实场所管理责任人。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)},
        {
            "titles": ["关于避难场所", "场所建设", None, "场所管理"],
            "paras": [[], ["新建避难场所十处。"], [long2[3:]], ["落实场所管理责任人。"]],
        },
    )


def test_a_sentence_like_heading_ending_in_a_stop_then_a_question_like_heading() -> None:
    doc = answer(
        "一、我市已建立市、区、乡镇三级救援队伍体系。\n目前共有队员二千一百人。\n二、关于队伍经费如何保障的问题\n"
        "市财政每年安排专项经费。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)},
        {
            "titles": ["我市已建立市、区、乡镇三级救援队伍体系", "关于队伍经费如何保障的问题"],
            "paras": [["目前共有队员二千一百人。"], ["市财政每年安排专项经费。"]],
        },
    )


def test_a_paren_gap_on_return_and_an_arabic_restart_under_each_paren_point() -> None:
    doc = answer(
        "一、关于队伍建设\n（一）专职队伍\n1.招录\n统一招录。\n2.培训\n统一培训。\n（三）志愿队伍\n1.登记\n统一登记。\n2.保险\n"
        "统一购买保险。\n二、关于装备建设\n配发装备三千台套。"
    )
    same(
        {"ordinals": [s.ordinal for s in doc.iter_sections()], "gap": gap(doc), "depth": depth(doc)},
        {"ordinals": [1, 1, 1, 2, 3, 1, 2, 2], "gap": True, "depth": [1, 2, 3, 3, 2, 3, 3, 1]},
    )


# Batch 6 (written after batches 1-4's first look, before its own run): members after other subjects and in other frames


def test_members_after_a_detachment_a_headquarters_we_and_a_centre() -> None:
    doc = answer(
        "一、关于消防救援\n市消防救援支队一是加强实战化训练；二是推进装备升级。\n二、关于森林防火\n"
        "市森林防灭火指挥部一是落实网格化巡护；二是加强火源管控。\n三、关于协同联动\n为此，我们一是建立联席会议制度；二是开展联合演练。\n"
        "四、关于指挥调度\n市应急指挥中心一是完善值班制度；二是升级调度平台。"
    )
    same(
        {"items": [every_items(doc)[i] for i in (1, 2, 3, 4)]},
        {
            "items": [
                [[(1, "一是", "加强实战化训练"), (2, "二是", "推进装备升级")]],
                [[(1, "一是", "落实网格化巡护"), (2, "二是", "加强火源管控")]],
                [[(1, "一是", "建立联席会议制度"), (2, "二是", "开展联合演练")]],
                [[(1, "一是", "完善值班制度"), (2, "二是", "升级调度平台")]],
            ]
        },
    )


def test_first_second_third_over_two_paragraphs_the_second_member_after_a_stop() -> None:
    doc = answer(
        "一、关于基层能力\n第一，健全乡镇应急机构。全市乡镇均已明确应急管理机构。第二，配强应急力量。每个乡镇配备专职人员三名。\n"
        "第三，完善基础设施。建设乡镇应急指挥室。\n二、关于物资储备\n建成市级储备库一座。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [
                [(1, "第一", "健全乡镇应急机构"), (2, "第二", "配强应急力量")],
                [(3, "第三", "完善基础设施")],
            ],
            "texts": [
                "第一，健全乡镇应急机构。全市乡镇均已明确应急管理机构。",
                "第二，配强应急力量。每个乡镇配备专职人员三名。",
                "第三，完善基础设施。建设乡镇应急指挥室。",
            ],
        },
    )


def test_two_runs_of_two_families_in_consecutive_paragraphs() -> None:
    doc = answer(
        "一、关于宣传教育\n我局一是开展应急科普进校园；二是开展应急科普进社区。\n首先，编印科普读物；其次，拍摄科普短片。\n二、关于物资储备\n"
        "建成市级储备库一座。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "一是", "开展应急科普进校园"), (2, "二是", "开展应急科普进社区")],
                [(1, "首先", "编印科普读物"), (2, "其次", "拍摄科普短片")],
            ]
        },
    )


def test_must_members_after_the_meeting_requires_in_minutes() -> None:
    doc = checked(
        "某市安全生产委员会2026年第二次全体会议纪要\n2026年5月8日，市安委会召开全体会议。\n一、会议精神\n"
        "会议要求，各成员单位一要提高政治站位；二要压实安全责任；三要强化隐患整治。\n二、议定事项\n"
        "会议同意开展安全生产大检查。\n某市安全生产委员会办公室\n2026年5月9日"
    )
    same(
        {"kind": doc.kind, "items": every_items(doc)[1], "signed": signed(doc)},
        {
            "kind": "minutes",
            "items": [[(1, "一要", "提高政治站位"), (2, "二要", "压实安全责任"), (3, "三要", "强化隐患整治")]],
            "signed": (("某市安全生产委员会办公室",), "2026-05-09"),
        },
    )


def test_members_as_own_lines_under_a_run_in_title_closed_by_a_colon() -> None:
    doc = answer(
        "一、关于救援能力提升\n（一）主要措施：\n一是建强队伍。\n二是配齐装备。\n三是强化训练。\n（二）取得成效\n全年成功处置险情一百余起。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)[1], "items": every_items(doc)[2]},
        {
            "titles": ["关于救援能力提升", "主要措施", "取得成效"],
            "paras": ["一是建强队伍。", "二是配齐装备。", "三是强化训练。"],
            "items": [[(1, "一是", "建强队伍")], [(2, "二是", "配齐装备")], [(3, "三是", "强化训练")]],
        },
    )


def test_a_run_of_the_other_family_with_commas_going_on_over_paragraphs_in_the_preamble() -> None:
    doc = answer(
        "您的提案主要反映了两个问题。其一，基层救援队伍力量薄弱；\n其二，救援装备配备不足。\n对此，我局高度重视，逐项研究办理。\n"
        "一、关于队伍力量\n新增专职队员二百名。\n二、关于救援装备\n配发救援装备三千台套。"
    )
    same(
        {"items": every_items(doc)[0], "pre": pre(doc)},
        {
            "items": [
                [],
                [(1, "其一", "基层救援队伍力量薄弱")],
                [(2, "其二", "救援装备配备不足")],
                [],
            ],
            "pre": [
                OPENING,
                "您的提案主要反映了两个问题。其一，基层救援队伍力量薄弱；",
                "其二，救援装备配备不足。",
                "对此，我局高度重视，逐项研究办理。",
            ],
        },
    )


def test_one_side_after_we_and_the_other_side_in_the_next_paragraph() -> None:
    doc = answer(
        "一、关于经费保障\n我们一方面积极争取上级补助资金，今年争取资金三千万元。\n另一方面，引导社会资本参与应急产业发展。\n"
        "二、关于物资储备\n建成市级储备库一座。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "一方面", "积极争取上级补助资金，今年争取资金三千万元")],
                [(2, "另一方面", "引导社会资本参与应急产业发展")],
            ]
        },
    )


def test_a_lone_last_word_in_the_thanks_after_a_first_next_run_is_no_member() -> None:
    doc = answer(
        "一、关于救援培训\n首先，我局组织编写了培训教材；其次，建设了实训基地。\n二、关于救援演练\n全年开展演练四百余场。\n"
        "最后，我局将持续加大演练频次。"
    )
    same(
        {"items": [every_items(doc)[1], every_items(doc)[2]]},
        {
            "items": [
                [[(1, "首先", "我局组织编写了培训教材"), (2, "其次", "建设了实训基地")]],
                [[], []],
            ]
        },
    )


def test_ten_members_to_ten_is_with_commas_in_every_lead() -> None:
    names = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    leads = [f"完成第{n}项任务，按期验收" for n in names]
    body = "；".join(f"{n}是{lead}" for n, lead in zip(names, leads, strict=True)) + "。"
    doc = answer("一、关于重点任务\n我局" + body + "\n二、关于保障措施\n落实专项经费。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(i + 1, f"{n}是", lead) for i, (n, lead) in enumerate(zip(names, leads, strict=True))]]},
    )


# Batch 7 (written after batches 1-4's first look, before its own run): phases and ends interleaved


def test_the_meeting_requires_next_step_opens_no_plan_in_minutes() -> None:
    doc = checked(
        "某市防汛抗旱指挥部专题会议纪要\n2026年6月2日，市防汛抗旱指挥部召开专题会议。\n一、当前形势\n今年我市降雨偏多。\n"
        "会议要求，下一步各成员单位要加强值班值守。\n二、议定事项\n下一步，市应急管理局牵头开展汛期督查。\n"
        "某市防汛抗旱指挥部办公室\n2026年6月3日"
    )
    same(
        {"phases": every_phase(doc), "signed": signed(doc)},
        {
            "phases": [[None], [None, None], ["plan"]],
            "signed": (("某市防汛抗旱指挥部办公室",), "2026-06-03"),
        },
    )


def test_a_report_without_sections_planning_from_now_on_with_an_attachment_list() -> None:
    doc = checked(
        "某市应急管理局关于基层应急救援站建设情况的报告\n市人民政府：\n近年来，我局共建成基层应急救援站九十个。\n"
        "今后，我局将每年新建救援站十个。\n特此报告。\n附件：1.基层应急救援站名录\n2.基层应急救援站建设标准\n" + FOOT
    )
    same(
        {
            "pre": pre(doc),
            "phases": every_phase(doc),
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
        },
        {
            "pre": ["近年来，我局共建成基层应急救援站九十个。", "今后，我局将每年新建救援站十个。"],
            "phases": [["progress", "plan"]],
            "closing": "特此报告。",
            "attachments": ("基层应急救援站名录", "基层应急救援站建设标准"),
            "signed": SIGNED,
        },
    )


def test_a_publication_note_between_the_attachment_list_and_the_signature() -> None:
    doc = answer(TWO, end="特此答复。\n附件：某市应急物资储备目录\n（此件公开发布）")
    same(
        {
            "last": paras(doc)[-1],
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "disclosure": doc.header.disclosure,
        },
        {
            "last": TWO_LAST,
            "closing": "特此答复。",
            "attachments": ("某市应急物资储备目录",),
            "signed": SIGNED,
            "disclosure": "主动公开",
        },
    )


def test_the_attachment_list_before_the_formula() -> None:
    doc = checked(
        NOTICE
        + "一、排查范围\n重点排查城市易涝点。\n二、报送要求\n请于6月10日前报送排查结果。\n附件：隐患排查情况统计表\n特此通知。\n"
        + FOOT
    )
    same(
        {"last": paras(doc)[-1], "closing": closing(doc), "attachments": doc.attachments, "signed": signed(doc)},
        {
            "last": ["请于6月10日前报送排查结果。"],
            "closing": "特此通知。",
            "attachments": ("隐患排查情况统计表",),
            "signed": SIGNED,
        },
    )


def test_a_letter_reply_with_a_copy_to_line_under_the_date() -> None:
    doc = answer(TWO, end="特此函复。", sign=FOOT + "\n抄送：市政协提案委员会，市政府督查室。")
    same(
        {
            "last": paras(doc)[-1],
            "closing": closing(doc),
            "signed": signed(doc),
            "cc": None if doc.imprint is None else doc.imprint.cc,
        },
        {
            "last": TWO_LAST,
            "closing": "特此函复。",
            "signed": SIGNED,
            "cc": ("市政协提案委员会", "市政府督查室"),
        },
    )


def test_a_two_line_postscript_with_another_attached_note_after_the_date() -> None:
    doc = answer(TWO, sign=FOOT + "\n另附：\n某市应急避难场所分布图一份。")
    same(
        {"signed": signed(doc), "last": paras(doc)[-1], "closing": closing(doc), "held": held(doc, "分布图一份")},
        {"signed": SIGNED, "last": TWO_LAST, "closing": "特此答复。", "held": True},
    )


def test_the_organ_with_its_seal_note_over_an_ideograph_date_under_a_plan_heading_section() -> None:
    doc = answer(
        "一、办理情况\n全市组建救援队伍十二支。\n二、下一步打算\n下一步，我局将推进队伍职业化建设。",
        end=THANKS + "\n特此答复。",
        sign=ORG + "（盖章）\n二〇二六年五月二十日",
    )
    same(
        {"phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {"phases": [[None], [None], ["plan"]], "closing": THANKS + "\n特此答复。", "signed": SIGNED},
    )


def test_plans_in_the_preamble_of_a_notice_and_under_its_headings() -> None:
    doc = checked(
        NOTICE + "一、总体要求\n下一阶段，各区要把隐患排查作为防汛工作的首要任务。\n二、工作安排\n（一）自查阶段\n"
        "各单位全面开展自查。\n（二）整改阶段\n今后一个月内，各单位要完成隐患整改。\n特此通知。\n" + FOOT
    )
    same(
        {"phases": every_phase(doc), "closing": closing(doc)},
        {"phases": [[None], ["plan"], [], [None], ["plan"]], "closing": "特此通知。"},
    )


def test_a_contact_line_under_the_date_ending_the_text() -> None:
    doc = answer(TWO, sign=FOOT + "\n（联系人：王某　联系电话：0571-87654321）")
    same(
        {
            "signed": signed(doc),
            "last": paras(doc)[-1],
            "closing": closing(doc),
            "phones": None if doc.contact is None else doc.contact.phones,
        },
        {"signed": SIGNED, "last": TWO_LAST, "closing": "特此答复。", "phones": ("0571-87654321",)},
    )


# Batch 8 (written after batches 1-4's first look, before its own run): other genres whole


def test_a_notice_issuing_its_plan_printed_after_the_signature_without_an_attachment_label() -> None:
    doc = checked(
        "某市应急管理局关于印发《某市基层应急救援队伍建设实施方案》的通知\n各区应急管理局：\n"
        "现将《某市基层应急救援队伍建设实施方案》印发给你们，请认真贯彻执行。\n" + FOOT + "\n"
        "某市基层应急救援队伍建设实施方案\n一、建设目标\n到2027年，每个乡镇建成一支综合救援队伍。\n二、建设任务\n"
        "（一）队伍组建\n各乡镇一是明确队伍编制；二是落实队伍经费。\n（二）装备配备\n按标准配齐救援装备。\n三、保障措施\n"
        "本方案自印发之日起施行。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "items": every_items(doc)[3], "signed": signed(doc)},
        {
            "kind": "notice",
            "tree": [
                (1, "cn", "一、", "建设目标"),
                (1, "cn", "二、", "建设任务"),
                (2, "cn-paren", "（一）", "队伍组建"),
                (2, "cn-paren", "（二）", "装备配备"),
                (1, "cn", "三、", "保障措施"),
            ],
            "items": [[(1, "一是", "明确队伍编制"), (2, "二是", "落实队伍经费")]],
            "signed": SIGNED,
        },
    )


def test_a_bulletin_closing_with_its_formula() -> None:
    doc = checked(
        "某市应急管理局关于2026年第一季度安全生产执法检查情况的通报\n各区应急管理局：\n"
        "现将第一季度安全生产执法检查情况通报如下：\n一、基本情况\n全市共检查企业一千二百家。\n二、存在问题\n"
        "（一）主体责任落实不到位\n（二）隐患整改不及时\n三、工作要求\n各区要督促企业限期整改。\n特此通报。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "bulletin",
            "tree": [
                (1, "cn", "一、", "基本情况"),
                (1, "cn", "二、", "存在问题"),
                (2, "cn-paren", "（一）", "主体责任落实不到位"),
                (2, "cn-paren", "（二）", "隐患整改不及时"),
                (1, "cn", "三、", "工作要求"),
            ],
            "closing": "特此通报。",
            "signed": SIGNED,
        },
    )


def test_a_request_closing_with_the_approval_formula() -> None:
    doc = checked(
        "某市应急管理局关于申请基层应急救援队伍建设专项资金的请示\n市人民政府：\n为加强基层应急救援队伍建设，现请示如下：\n"
        "一、资金需求\n共需资金三千万元。\n二、资金用途\n主要用于装备购置和队员培训。\n妥否，请批示。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "kind": "request",
            "tree": [(1, "cn", "一、", "资金需求"), (1, "cn", "二、", "资金用途")],
            "closing": "妥否，请批示。",
            "last": ["主要用于装备购置和队员培训。"],
            "signed": SIGNED,
        },
    )


def test_a_letter_asking_for_support_with_numbered_points() -> None:
    doc = checked(
        "某市应急管理局关于商请支持基层应急救援站建设的函\n市自然资源和规划局：\n"
        "为加快基层应急救援站建设，现就有关事项商请如下：\n1.请将救援站建设用地纳入国土空间规划。\n"
        "2.请在用地审批中给予优先保障。\n请予支持为盼。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "letter",
            # (a short one-sentence point on its own line is titled by the contract: round 23's reading)
            "tree": [
                (1, "num", "1.", "请将救援站建设用地纳入国土空间规划"),
                (1, "num", "2.", "请在用地审批中给予优先保障"),
            ],
            "paras": [[], []],
            "closing": "请予支持为盼。",
            "signed": SIGNED,
        },
    )


def test_an_opinion_of_two_organs_signed_side_by_side() -> None:
    doc = checked(
        "关于加强应急救援队伍经费保障的意见\n各区应急管理局、财政局：\n为加强应急救援队伍经费保障，提出如下意见。\n"
        "一、明确保障范围\n（一）人员经费\n（二）装备经费\n二、规范资金管理\n实行专款专用。\n某市应急管理局　　某市财政局\n2026年5月20日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "kind": "opinion",
            "tree": [
                (1, "cn", "一、", "明确保障范围"),
                (2, "cn-paren", "（一）", "人员经费"),
                (2, "cn-paren", "（二）", "装备经费"),
                (1, "cn", "二、", "规范资金管理"),
            ],
            "last": ["实行专款专用。"],
            "signed": ((ORG, "某市财政局"), "2026-05-20"),
        },
    )


def test_minutes_with_attendance_lines_after_the_agreed_points() -> None:
    doc = checked(
        "某市应急管理局局长办公会议纪要\n2026年5月12日，局长张某主持召开局长办公会议。会议议定如下：\n"
        "一、关于救援站建设\n同意新建基层应急救援站十个。\n二、关于装备采购\n同意采购救援装备一批。\n"
        "出席：张某、李某、王某\n列席：赵某\n记录：钱某"
    )
    same(
        {
            "kind": doc.kind,
            "tree": tree(doc),
            # (first look asked `held` of the three lines: schema 1.x's `attendance` holds a 纪要's 出席/列席/记录 rows,
            # role and names, so they are placed by that field; my misreading)
            "attendance": [(a.role, a.names) for a in doc.header.attendance],
        },
        {
            "kind": "minutes",
            "tree": [(1, "cn", "一、", "关于救援站建设"), (1, "cn", "二、", "关于装备采购")],
            "attendance": [("出席", ("张某", "李某", "王某")), ("列席", ("赵某",)), ("记录", ("钱某",))],
        },
    )


def test_a_work_plan_numbering_tasks_on_across_headings_with_lead_units() -> None:
    doc = checked(
        "某市应急管理局2026年工作要点\n一、健全应急指挥体系\n1.完善应急预案体系。（牵头单位：预案管理处）\n"
        "2.推进应急指挥平台建设。（牵头单位：指挥中心）\n二、提升救援能力\n3.建强基层救援队伍。（牵头单位：救援协调处）\n"
        "4.加强物资储备。（牵头单位：物资保障处）\n某市应急管理局\n2026年2月10日"
    )
    same(
        {
            "kind": doc.kind,
            "ordinals": [s.ordinal for s in doc.iter_sections()],
            "depth": depth(doc),
            "gap": gap(doc),
            "signed": signed(doc),
        },
        {
            "kind": "other",
            "ordinals": [1, 1, 2, 2, 3, 4],
            "depth": [1, 2, 2, 1, 2, 2],
            "gap": False,
            "signed": ((ORG,), "2026-02-10"),
        },
    )


def test_an_approval_reply_with_its_formula_and_two_points() -> None:
    doc = checked(
        "某市人民政府关于某区应急救援中心建设方案的批复\n某区人民政府：\n你区《关于报请审批某区应急救援中心建设方案的请示》收悉。现批复如下：\n"
        "一、原则同意《某区应急救援中心建设方案》。\n二、项目建设资金由你区自筹解决。\n此复。\n某市人民政府\n2026年5月20日"
    )
    same(
        {"kind": doc.kind, "titles": titles(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "approval",
            "titles": ["原则同意《某区应急救援中心建设方案》", "项目建设资金由你区自筹解决"],
            "closing": "此复。",
            "signed": (("某市人民政府",), "2026-05-20"),
        },
    )


def test_a_joint_reply_of_a_host_and_a_co_handler_with_a_second_opinion_paragraph() -> None:
    doc = answer(
        "一、关于队伍建设\n全市组建综合救援队伍十二支。\n二、关于经费保障\n市财政局会办意见：市财政每年安排专项经费五千万元。",
        end="特此答复。",
        sign="某市应急管理局　　某市财政局\n2026年5月20日",
    )
    same(
        {"tree": tree(doc), "last": paras(doc)[-1], "signed": signed(doc), "closing": closing(doc)},
        {
            "tree": [(1, "cn", "一、", "关于队伍建设"), (1, "cn", "二、", "关于经费保障")],
            "last": ["市财政局会办意见：市财政每年安排专项经费五千万元。"],
            "signed": ((ORG, "某市财政局"), "2026-05-20"),
            "closing": "特此答复。",
        },
    )


# Batch 9 (written after batches 5-8's first look, before its own run): hard-wrapped copies (lines of twenty-two
# characters) whose wraps bring an inline marker, a look-alike, a date or an organ to a line's start

_INLINE_PAREN = (
    "近年来，我局按市委市政府部署，重点做了两项工作：（一）建强救援队伍，新增专职队员二百名；"
    "（二）配齐救援装备，全市配发各类救援装备三千台套。"
)
_INLINE_ARABIC = (
    "为落实提案建议，我局会同市财政局重点推进三项工作，具体包括：1.建立队伍经费保障长效机制；"
    "2.完善救援装备配备标准；3.开展队员技能培训。"
)
_LEVELS = (
    "根据国家有关规定，基层应急救援队伍分为两大类，第一类为专职队伍，由各乡镇（街道）负责组建，"
    "一、二级响应时统一由市级调度；二类为兼职队伍，由村（社区）组建。"
)


def wrapped_answer(*body: str, end: str = "特此答复。") -> govdoc.Document:
    """The answer as a PDF's text layer holds it: every line cut at twenty-two characters."""
    lines = [TITLE, "李某委员：", OPENING, *body, *end.split("\n"), ORG, DATE]
    return checked("\n".join(wrapped(lines, 22)) + "\n")


def test_an_inline_paren_point_brought_to_a_lines_start_by_the_wrap_stays_in_its_paragraph() -> None:
    doc = wrapped_answer("一、关于基层救援能力", _INLINE_PAREN, "二、关于物资储备", "建成市级储备库一座。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于基层救援能力"), (1, "cn", "二、", "关于物资储备")],
            "paras": [[_INLINE_PAREN], ["建成市级储备库一座。"]],
            "signed": SIGNED,
        },
    )


def test_an_inline_arabic_point_brought_to_a_lines_start_by_the_wrap_stays_in_its_paragraph() -> None:
    doc = wrapped_answer("一、关于经费保障", _INLINE_ARABIC, "二、关于物资储备", "建成市级储备库一座。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于经费保障"), (1, "cn", "二、", "关于物资储备")],
            "paras": [[_INLINE_ARABIC], ["建成市级储备库一座。"]],
            "signed": SIGNED,
        },
    )


def test_a_first_second_level_phrase_brought_to_a_lines_start_by_the_wrap() -> None:
    doc = wrapped_answer("一、关于队伍分类", _LEVELS, "二、关于队伍调度", "实行市级统一调度。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于队伍分类"), (1, "cn", "二、", "关于队伍调度")],
            "paras": [[_LEVELS], ["实行市级统一调度。"]],
            "gap": False,
        },
    )


_RUN_IN = (
    "（一）建强救援队伍。近年来，全市新增专职救援队员二百名，兼职队员三千名，"
    "乡镇（街道）综合救援队伍实现全覆盖，队伍的实战能力明显提升。"
)


def test_a_run_in_paren_title_whose_paragraph_wraps_over_three_lines() -> None:
    doc = wrapped_answer("一、关于基层救援能力", _RUN_IN, "（二）配齐救援装备", "全市配发救援装备三千台套。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于基层救援能力"),
                (2, "cn-paren", "（一）", "建强救援队伍"),
                (2, "cn-paren", "（二）", "配齐救援装备"),
            ],
            "paras": [[], [_RUN_IN[10:]], ["全市配发救援装备三千台套。"]],
        },
    )


_DATE_START = (
    "为规范基层应急救援队伍管理，我局研究制定了《某市基层应急救援队伍管理办法》，该办法已经于"
    "2026年3月1日起正式施行，对队伍组建、训练、调度和保障作出了明确规定。"
)


def test_a_date_brought_to_a_lines_start_inside_the_last_paragraph_is_no_signature() -> None:
    doc = wrapped_answer("一、关于队伍建设", "全市组建综合救援队伍十二支。", "二、关于队伍管理", _DATE_START)
    same(
        {"paras": paras(doc), "signed": signed(doc), "closing": closing(doc)},
        {
            "paras": [["全市组建综合救援队伍十二支。"], [_DATE_START]],
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


_ORGAN_START = (
    "关于您提出的建立全市统一的应急物资调度平台的建议，经我局认真研究，该平台的前期建设工作由"
    "某市应急管理局牵头负责，市大数据管理局配合，计划于明年年底前建成投入使用。"
)


def test_the_signing_organ_brought_to_a_lines_start_inside_the_last_paragraph_is_no_signature() -> None:
    doc = wrapped_answer("一、关于队伍建设", "全市组建综合救援队伍十二支。", "二、关于调度平台", _ORGAN_START)
    same(
        {"paras": paras(doc), "signed": signed(doc), "closing": closing(doc)},
        {
            "paras": [["全市组建综合救援队伍十二支。"], [_ORGAN_START]],
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


_CIRCLED = (
    "按照《某市应急物资储备管理办法》规定，全市物资分为三类，具体为：①生活类物资，如帐篷等；"
    "②救援类物资，主要包括破拆工具等；③医疗类物资。"
)


def test_an_inline_circled_point_brought_to_a_lines_start_by_the_wrap() -> None:
    doc = wrapped_answer("一、关于物资分类", _CIRCLED, "二、关于物资调度", "实行市级统一调度。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于物资分类"), (1, "cn", "二、", "关于物资调度")],
            "paras": [[_CIRCLED], ["实行市级统一调度。"]],
        },
    )


_SECOND = (
    "对于您提出的问题，我局认真进行研究。第一，加快救援队伍建设，全市新增专职救援队员二百名；"
    "第二，加大救援装备投入，今年共配发各类救援装备三千台套。"
)


def test_members_of_a_first_second_run_across_wrapped_lines() -> None:
    doc = wrapped_answer("一、关于救援能力", _SECOND, "二、关于物资储备", "建成市级储备库一座。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [[_SECOND], ["建成市级储备库一座。"]],
            "items": [
                [
                    (1, "第一", "加快救援队伍建设，全市新增专职救援队员二百名"),
                    (2, "第二", "加大救援装备投入，今年共配发各类救援装备三千台套"),
                ]
            ],
        },
    )


def test_a_thanks_line_and_the_formula_after_a_wrapped_last_paragraph() -> None:
    doc = wrapped_answer(
        "一、关于队伍建设",
        "全市组建综合救援队伍十二支。",
        "二、关于调度平台",
        _ORGAN_START,
        end=THANKS + "\n特此答复。",
    )
    same(
        {"last": paras(doc)[-1], "signed": signed(doc), "closing": closing(doc)},
        {"last": [_ORGAN_START], "signed": SIGNED, "closing": THANKS + "\n特此答复。"},
    )


# Batch 10 (written after causes 1-3 were fixed, before its own run): the causes' edges and shapes left over

_TASKS = "今年以来，按照部署，我局组织开展了基层应急能力提升行动，主要内容有：1.建强乡镇救援队伍；2.配齐救援装备；3.开展技能培训。"
_RULE = (
    "对于提案中提到的乡镇救援队伍经费不足问题，经认真研究，市财政已安排专项资金，具体分配办法由市应急管理局会同市财政局"
    "另行制定，分配时的要求：向偏远乡镇倾斜。"
)


def test_a_wrapped_copy_with_two_headings_of_one_length_an_arabic_point_and_a_label_like_word_at_line_starts() -> None:
    doc = wrapped_answer("一、关于能力提升", _TASKS, "二、关于经费保障", _RULE)
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于能力提升"), (1, "cn", "二、", "关于经费保障")],
            "paras": [[_TASKS], [_RULE]],
            "signed": SIGNED,
        },
    )


def test_a_wrapped_copy_with_three_headings_of_one_length_and_an_inline_paren_point() -> None:
    doc = wrapped_answer(
        "一、队伍建设", _INLINE_PAREN, "二、装备配备", "配发救援装备三千台套。", "三、经费保障", "落实专项经费。"
    )
    same(
        {"markers": [s.marker for s in doc.iter_sections()], "paras": paras(doc)},
        {
            "markers": ["一、", "二、", "三、"],
            "paras": [[_INLINE_PAREN], ["配发救援装备三千台套。"], ["落实专项经费。"]],
        },
    )


def test_a_report_dated_on_the_thirty_first_with_the_thirty_ideograph() -> None:
    doc = checked(
        "某市应急管理局关于2026年度应急管理工作的报告\n市人民政府：\n现将有关情况报告如下：\n一、主要工作\n全年处置突发事件一百二十起。\n"
        "二、下一步打算\n下一步，我局将继续加强基层应急能力建设。\n特此报告。\n某市应急管理局\n二〇二六年十二月卅一日"
    )
    s = doc.signature
    same(
        {"signature": None if s is None else (s.issuers, s.date), "closing": closing(doc), "last": paras(doc)[-1]},
        {
            "signature": ((ORG,), "2026-12-31"),
            "closing": "特此报告。",
            "last": ["下一步，我局将继续加强基层应急能力建设。"],
        },
    )


def test_minutes_with_the_attendance_above_the_agreed_points() -> None:
    doc = checked(
        "某市应急管理局党委会议纪要\n2026年5月15日，局党委书记张某主持召开局党委会议。\n出席：张某、李某、王某\n列席：赵某\n"
        "会议议定如下：\n一、关于基层队伍建设\n同意新增专职救援队员二百名。\n二、关于装备采购\n同意采购救援装备一批。\n"
        "某市应急管理局办公室\n2026年5月16日"
    )
    same(
        {
            "tree": tree(doc),
            "attendance": [(a.role, a.names) for a in doc.header.attendance],
            "signed": signed(doc),
        },
        {
            "tree": [(1, "cn", "一、", "关于基层队伍建设"), (1, "cn", "二、", "关于装备采购")],
            "attendance": [("出席", ("张某", "李某", "王某")), ("列席", ("赵某",))],
            "signed": (("某市应急管理局办公室",), "2026-05-16"),
        },
    )


def test_six_ranks_from_a_part_to_a_circled_point_then_the_second_part() -> None:
    doc = checked(
        "某市应急救援能力建设规划\n第一部分　现状\n一、队伍现状\n（一）专业队伍\n1.森林消防\n（1）市级\n①人员\n现有队员三百人。\n"
        "②装备\n现有装备五百台套。\n第二部分　任务\n一、建强队伍\n新增队员二百名。\n某市应急管理局\n2026年5月20日"
    )
    same(
        {
            "levels": [(s.level, s.style) for s in doc.iter_sections()],
            "parents": parents(doc)[-2:],
            "signed": signed(doc),
        },
        {
            "levels": [
                (1, "part"),
                (2, "cn"),
                (3, "cn-paren"),
                (4, "num"),
                (5, "num-paren"),
                (6, "circled"),
                (6, "circled"),
                (1, "part"),
                (2, "cn"),
            ],
            "parents": [("第二部分", None), ("一、", "第二部分")],
            "signed": SIGNED,
        },
    )


def test_side_members_in_one_paren_arabic_point_and_is_members_in_the_next() -> None:
    doc = answer(
        "一、关于经费保障\n（1）资金来源\n一方面，市财政设立专项资金；另一方面，积极争取省级补助。\n（2）资金使用\n"
        "我局一是实行专账核算；二是开展绩效评价。"
    )
    same(
        {"items": every_items(doc)[2:]},
        {
            "items": [
                [[(1, "一方面", "市财政设立专项资金"), (2, "另一方面", "积极争取省级补助")]],
                [[(1, "一是", "实行专账核算"), (2, "二是", "开展绩效评价")]],
            ]
        },
    )


def test_a_next_stage_run_in_title_over_a_plain_paragraph_and_a_next_stage_opener() -> None:
    doc = answer(
        "一、关于队伍建设\n全市组建救援队伍十二支。\n下一阶段，我局将推进队伍职业化建设。\n二、下一阶段工作。我局将重点抓好装备配备。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc), "phases": every_phase(doc)},
        {
            "titles": ["关于队伍建设", "下一阶段工作"],
            "paras": [
                ["全市组建救援队伍十二支。", "下一阶段，我局将推进队伍职业化建设。"],
                ["我局将重点抓好装备配备。"],
            ],
            "phases": [[None], ["progress", "plan"], [None]],
        },
    )


def test_a_notices_attached_plan_with_member_runs_stays_out_of_the_sections() -> None:
    doc = checked(
        NOTICE
        + "一、工作任务\n各区一是全面排查隐患；二是建立整改台账。\n二、工作要求\n请于6月10日前报送排查结果。\n特此通知。\n"
        "附件：汛期隐患排查整治方案\n"
        + FOOT
        + "\n附件\n汛期隐患排查整治方案\n一、排查重点\n一是地质灾害隐患点；二是城市易涝点。\n"
        "二、整治要求\n下一步，各区要建立隐患整治长效机制。"
    )
    same(
        {"tree": tree(doc), "items": every_items(doc)[1], "attachments": doc.attachments, "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "工作任务"), (1, "cn", "二、", "工作要求")],
            "items": [[(1, "一是", "全面排查隐患"), (2, "二是", "建立整改台账")]],
            "attachments": ("汛期隐患排查整治方案",),
            "signed": SIGNED,
        },
    )


def test_letters_closing_with_the_informing_formulas() -> None:
    first = checked(
        "某市应急管理局关于基层应急救援站建设有关事项的函\n市财政局：\n一、建设规模\n今年新建救援站十个。\n二、资金需求\n"
        "共需资金三千万元。\n特此函告。\n" + FOOT
    )
    second = checked(
        "某市应急管理局关于调整应急值守安排的函\n市消防救援支队：\n一、值守时间\n汛期实行二十四小时值守。\n二、联络方式\n"
        "值班电话保持畅通。\n特此函达。\n" + FOOT
    )
    same(
        {
            "kinds": [first.kind, second.kind],
            "closings": [closing(first), closing(second)],
            "signed": [signed(first), signed(second)],
        },
        {"kinds": ["letter", "letter"], "closings": ["特此函告。", "特此函达。"], "signed": [SIGNED, SIGNED]},
    )


def test_a_long_heading_that_is_a_sentence_ending_in_a_stop_is_an_untitled_point() -> None:
    second = "全市共建成各类应急避难场所一百二十处，可容纳避险群众三十万人以上，基本满足需要。"
    doc = answer(
        "一、关于避难场所建设\n今年新建避难场所十处。\n二、" + second + "\n三、关于避难场所管理\n落实管理责任人。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)},
        {
            "titles": ["关于避难场所建设", None, "关于避难场所管理"],
            "paras": [["今年新建避难场所十处。"], [second], ["落实管理责任人。"]],
        },
    )


# Batch 11 (written after batch 10's run, before its own): hard-wrapped copies whose wraps bring a trailer's or a
# rule's word to a line's start inside a sentence (附件, 第二条, 联系人, 抄送, 今后, 感谢, a whole date)

_SEE_ATTACHED = (
    "为切实做好全市应急物资保障，我局全面梳理了全市应急物资储备情况，具体的储备品种和数量详见附件所列的储备清单。"
)
_ARTICLE = (
    "关于您提出的救援队伍的职责分工问题，经我局认真研究，根据《某市基层应急救援队伍管理办法》第二条的规定，"
    "救援队伍由乡镇负责日常管理。"
)
_CONTACT = "为此，我局已经要求各乡镇（街道）明确一名应急联系人，并于每年汛前更新联系方式。"
_COPY_TO = "我局已将您的提案转送市财政局研究办理，并同时抄送市政协提案委员会，后续办理情况将及时向您反馈。"
_FROM_NOW = "今年以来，我局新建了应急救援站十个，计划用两年左右的时间实现乡镇全覆盖，并将这项工作作为今后工作的重点。"
_THANKS_MID = "办理中，我局多次与您沟通，听取意见建议，再次感谢您对全市应急管理工作的关心和支持，我们将认真吸收采纳。"
_DEADLINE = "应急物资调度平台已完成需求调研和设计，计划于2026年12月31日前建成投入使用。"
_FIRST = ("一、关于队伍建设", "全市组建综合救援队伍十二支。")


def test_a_see_the_attachment_brought_to_a_lines_start_is_no_attachment_list() -> None:
    doc = wrapped_answer(*_FIRST, "二、关于物资储备", _SEE_ATTACHED)
    same(
        {"last": paras(doc)[-1], "attachments": doc.attachments, "closing": closing(doc), "signed": signed(doc)},
        {"last": [_SEE_ATTACHED], "attachments": (), "closing": "特此答复。", "signed": SIGNED},
    )


def test_a_cited_article_brought_to_a_lines_start_opens_no_article() -> None:
    doc = wrapped_answer(*_FIRST, "二、关于职责分工", _ARTICLE)
    same(
        {"markers": [s.marker for s in doc.iter_sections()], "last": paras(doc)[-1]},
        {"markers": ["一、", "二、"], "last": [_ARTICLE]},
    )


def test_a_contact_word_brought_to_a_lines_start_is_no_contact() -> None:
    doc = wrapped_answer(*_FIRST, "二、关于信息报送", _CONTACT)
    same(
        {"last": paras(doc)[-1], "contact": doc.contact, "signed": signed(doc)},
        {"last": [_CONTACT], "contact": None, "signed": SIGNED},
    )


def test_a_copy_to_word_brought_to_a_lines_start_is_no_imprint() -> None:
    doc = wrapped_answer(*_FIRST, "二、关于经费保障", _COPY_TO)
    same(
        {"last": paras(doc)[-1], "imprint": doc.imprint, "signed": signed(doc), "closing": closing(doc)},
        {"last": [_COPY_TO], "imprint": None, "signed": SIGNED, "closing": "特此答复。"},
    )


def test_a_from_now_on_brought_to_a_lines_start_opens_no_plan() -> None:
    doc = wrapped_answer(*_FIRST, "二、关于救援站建设", _FROM_NOW)
    same(
        {"last": paras(doc)[-1], "phases": every_phase(doc)},
        {"last": [_FROM_NOW], "phases": [[None], [None], [None]]},
    )


@pytest.mark.xfail(
    strict=True,
    reason="contract question: a last paragraph of one sentence that reports the handling (我局多次与您沟通，听取意见建议) "
    "and then thanks is read as courtesy from end to end, the closing (rules/lines/closing._thanks_or_formula: clauses "
    "before the thanks make no answer where no formula follows); the wrap is not the cause, the unwrapped text reads "
    "alike. Whether an answer's clause before the thanks keeps the sentence the body's is for the lead (struct26's report)",
)
def test_a_thanks_brought_to_a_lines_start_inside_the_last_paragraph_is_no_closing() -> None:
    doc = wrapped_answer(*_FIRST, "二、关于提案办理", _THANKS_MID)
    same(
        {"last": paras(doc)[-1], "closing": closing(doc), "signed": signed(doc)},
        {"last": [_THANKS_MID], "closing": "特此答复。", "signed": SIGNED},
    )


def test_a_whole_date_brought_to_a_lines_start_inside_the_last_paragraph_is_no_signature_date() -> None:
    doc = wrapped_answer(*_FIRST, "二、关于调度平台", _DEADLINE)
    same(
        {"last": paras(doc)[-1], "closing": closing(doc), "signed": signed(doc)},
        {"last": [_DEADLINE], "closing": "特此答复。", "signed": SIGNED},
    )


def test_a_notices_formula_run_on_at_a_paren_points_end() -> None:
    doc = checked(
        NOTICE + "一、排查范围\n重点排查城市易涝点。\n二、工作要求\n（一）压实责任。各区要明确责任人。\n"
        "（二）及时报送。请于6月10日前报送排查结果。特此通知。\n" + FOOT
    )
    same(
        {"last": paras(doc)[-1], "closing": closing(doc), "signed": signed(doc)},
        {"last": ["请于6月10日前报送排查结果。"], "closing": "特此通知。", "signed": SIGNED},
    )


# Batch 12 (written after batch 11's run, before its own): member words followed by 是, a pause-mark phrase opening a
# line, plan words after another opener, members after time words


def test_first_next_last_each_followed_by_is() -> None:
    doc = answer(
        "一、关于能力提升\n首先是加强队伍建设，新增专职队员二百名；其次是加强装备配备，配发装备三千台套；最后是加强训练演练，"
        "全年开展演练四百场。\n二、关于物资储备\n建成市级储备库一座。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "首先是", "加强队伍建设，新增专职队员二百名"),
                    (2, "其次是", "加强装备配备，配发装备三千台套"),
                    (3, "最后是", "加强训练演练，全年开展演练四百场"),
                ]
            ]
        },
    )


def test_one_side_is_and_the_other_side_is() -> None:
    doc = answer(
        "一、关于经费保障\n经费不足的原因，一方面是市级财政压力较大；另一方面是社会资金参与不足。\n二、关于物资储备\n建成市级储备库一座。"
    )
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一方面是", "市级财政压力较大"), (2, "另一方面是", "社会资金参与不足")]]},
    )


@pytest.mark.xfail(
    strict=True,
    reason="not worth a rule: 二、三年来 (two or three years) opens a second 二、; a numeral list's measure words "
    "(patterns.NUMERAL_LIST) leave 年 out, for 一、三年行动计划 is a heading, and telling the phrase from a heading "
    "would need the heading's place in its run; formal text writes 两三年 (struct26's report)",
)
def test_two_or_three_years_opening_a_line_is_no_heading() -> None:
    doc = answer(
        "一、关于队伍建设\n全市组建综合救援队伍十二支。\n二、关于培训演练\n二、三年来，全市累计培训救援队员一万人次。\n"
        "三、关于物资储备\n建成市级储备库一座。"
    )
    same(
        # (二、三年来 is 两三年来, two or three years: a sentence in 二、, not a second 二、)
        {"markers": [s.marker for s in doc.iter_sections()], "paras": paras(doc)[1], "gap": gap(doc)},
        {"markers": ["一、", "二、", "三、"], "paras": ["二、三年来，全市累计培训救援队员一万人次。"], "gap": False},
    )


def test_a_plan_word_after_another_opener_starts_no_plan() -> None:
    doc = answer(
        "一、关于队伍建设\n全市组建综合救援队伍十二支。\n同时，下一步我局将推进队伍职业化建设。\n二、关于物资储备\n"
        "建成市级储备库一座。\n下一步，我局将新建区级储备库三座。"
    )
    same(
        {"phases": every_phase(doc)},
        {"phases": [[None], [None, None], ["progress", "plan"]]},
    )


def test_members_right_after_a_time_phrase_with_no_comma() -> None:
    doc = answer(
        "一、关于队伍建设\n近年来一是新建专职救援队伍十二支；二是组建志愿救援队伍三十支。\n二、关于物资储备\n"
        "目前我局一是建成市级储备库一座；二是建成区级储备库九座。"
    )
    same(
        {"items": [every_items(doc)[1], every_items(doc)[2]]},
        {
            "items": [
                [[(1, "一是", "新建专职救援队伍十二支"), (2, "二是", "组建志愿救援队伍三十支")]],
                [[(1, "一是", "建成市级储备库一座"), (2, "二是", "建成区级储备库九座")]],
            ]
        },
    )


def test_minutes_with_chair_and_attendance_on_top_and_must_members_after_stresses() -> None:
    doc = checked(
        "某市应急管理局防汛工作专题会议纪要\n主持：张某\n出席：李某、王某\n2026年6月1日，局长张某主持召开防汛工作专题会议。\n"
        "一、会议强调\n会议强调：一要压实防汛责任；二要做好物资准备；三要加强值班值守。\n二、议定事项\n同意启动防汛四级应急响应。\n"
        "某市应急管理局办公室\n2026年6月2日"
    )
    same(
        {
            "issuer": doc.header.issuer,
            "tree": tree(doc),
            "items": every_items(doc)[1],
            "signed": signed(doc),
        },
        {
            "issuer": ORG,
            "tree": [(1, "cn", "一、", "会议强调"), (1, "cn", "二、", "议定事项")],
            "items": [[(1, "一要", "压实防汛责任"), (2, "二要", "做好物资准备"), (3, "三要", "加强值班值守")]],
            "signed": (("某市应急管理局办公室",), "2026-06-02"),
        },
    )


def test_the_other_family_followed_by_is() -> None:
    doc = answer(
        "一、关于存在问题\n主要问题有两个：其一是基层救援力量薄弱；其二是救援装备配备不足。\n二、关于物资储备\n建成市级储备库一座。"
    )
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "其一是", "基层救援力量薄弱"), (2, "其二是", "救援装备配备不足")]]},
    )


def test_the_thanks_under_the_formula_and_an_attachment_list_under_the_thanks() -> None:
    doc = answer(TWO, end="特此答复。\n" + THANKS + "\n附件：某市应急物资储备目录")
    same(
        {"closing": closing(doc), "attachments": doc.attachments, "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "closing": "特此答复。\n" + THANKS,
            "attachments": ("某市应急物资储备目录",),
            "last": TWO_LAST,
            "signed": SIGNED,
        },
    )


# Batch 13 (written after the first landing, before its own run): the causes' neighbours


def test_first_then_next_is_then_last_in_one_run() -> None:
    doc = answer(
        "一、关于队伍训练\n首先，制定年度训练计划；其次是开展岗位练兵；最后，组织比武竞赛。\n二、关于物资储备\n建成市级储备库一座。"
    )
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "首先", "制定年度训练计划"), (2, "其次是", "开展岗位练兵"), (3, "最后", "组织比武竞赛")]]},
    )


def test_signatures_dated_on_the_twenty_first_and_the_thirtieth_in_the_traditional_style() -> None:
    first = answer(TWO, sign=ORG + "\n二〇二六年五月廿一日")
    second = answer(TWO, sign=ORG + "\n二〇二六年四月卅日")
    same(
        {"signed": [signed(first), signed(second)], "closings": [closing(first), closing(second)]},
        {"signed": [((ORG,), "2026-05-21"), ((ORG,), "2026-04-30")], "closings": ["特此答复。", "特此答复。"]},
    )


def test_issuers_of_a_bureaus_board_and_a_departments_heads_meeting() -> None:
    board = checked("某县财政局局务会议纪要\n2026年5月6日，县财政局召开局务会议。\n一、关于预算执行\n同意调整预算。")
    heads = checked(
        "某省交通运输厅厅长办公会议纪要\n2026年5月7日，厅长主持召开办公会议。\n一、关于公路养护\n同意实施。"
    )
    same(
        {"issuers": [board.header.issuer, heads.header.issuer], "kinds": [board.kind, heads.kind]},
        {"issuers": ["某县财政局", "某省交通运输厅"], "kinds": ["minutes", "minutes"]},
    )


def test_the_issuer_of_a_reply_from_the_heads_mailbox() -> None:
    doc = checked(
        "某市应急管理局局长信箱来信答复\n王某：\n您的来信收悉，现答复如下：\n一、关于救援站建设\n今年新建救援站十个。\n"
        "特此答复。\n" + FOOT
    )
    same({"issuer": doc.header.issuer, "signed": signed(doc)}, {"issuer": ORG, "signed": SIGNED})


def test_the_other_family_is_over_two_paragraphs_in_the_preamble() -> None:
    doc = answer(
        "您在提案中反映的问题，其一是乡镇救援队伍人员不足；\n其二是救援装备老化。\n对此，我局高度重视。\n一、关于队伍建设\n"
        "新增专职队员二百名。"
    )
    same(
        {"items": every_items(doc)[0]},
        {"items": [[], [(1, "其一是", "乡镇救援队伍人员不足")], [(2, "其二是", "救援装备老化")], []]},
    )


def test_a_word_is_that_only_counts_makes_no_member() -> None:
    doc = answer(
        "一、关于队伍现状\n我市救援队伍中，三分之二是兼职队员，其次是专职队员。\n二、关于物资储备\n建成市级储备库一座。"
    )
    same({"items": every_items(doc)[1]}, {"items": [[]]})


def test_a_wrapped_copy_with_headings_all_of_one_length_and_member_lines_under_a_colon() -> None:
    doc = wrapped_answer(
        "一、队伍建设", _SECOND, "二、装备配备", "配发救援装备三千台套。", "三、经费保障", _INLINE_ARABIC
    )
    same(
        {"markers": [s.marker for s in doc.iter_sections()], "paras": paras(doc)},
        {"markers": ["一、", "二、", "三、"], "paras": [[_SECOND], ["配发救援装备三千台套。"], [_INLINE_ARABIC]]},
    )


def test_first_is_members_in_a_speech_like_report_over_paragraphs_with_a_plan() -> None:
    doc = checked(
        "某市应急管理局关于基层应急能力建设的工作报告\n市人民政府：\n现将有关情况报告如下：\n一、主要做法\n"
        "第一是建强队伍，新增专职队员二百名。\n第二是配齐装备，配发装备三千台套。\n下一步，我局将第一是扩大队伍规模；"
        "第二是提高装备标准。\n特此报告。\n" + FOOT
    )
    same(
        {"items": every_items(doc)[1], "phases": every_phase(doc)[1]},
        {
            "items": [
                [(1, "第一是", "建强队伍，新增专职队员二百名")],
                [(2, "第二是", "配齐装备，配发装备三千台套")],
                [(1, "第一是", "扩大队伍规模"), (2, "第二是", "提高装备标准")],
            ],
            "phases": ["progress", "progress", "plan"],
        },
    )
