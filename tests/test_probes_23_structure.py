"""Twenty-third round of structure probes: short documents written as an outside tester would, on the
structure rules alone (levels, markers, titles, parents, members, phases, closing, 落款 where it bounds the
body); genre23 probes header and trailer fields at the same time.

Shapes earlier rounds covered (read before writing, so this round varies them): rounds 3-22 (see
tests/test_probes_22_structure.py's docstring and those it cites: skipped and restarting ranks, parts,
chapters and articles holding 一、 and （一）, ㈠ ⒈ ⑴ glyphs, 一. 一， 一: markers, run-in titles of 30/31
characters, `一、【工作情况】` titles keeping their brackets (round 4), 一是 inside （一）, 首先/其次, phases at
several ranks, 专栏 boxes, 【一、…】 headings, venues under place labels, look-alikes at a line start).

What this round adds, on one theme (a district 人力资源和社会保障局 answering a proposal on skills training
for people in flexible employment, so the vocabulary is new to the probes):
- deep trees with a rank skipped and the skipped rank used later: 一、→1. then 二、→（一）→1.; 一、→（一）→（1）
  then （二）→1.→（1）; ① straight under 一、 and later under 1.; ① straight under （一） and under 1. in （二）;
  five ranks with run-in titles at three of them; untitled points at a skipped rank; a 方案 whose second
  heading skips （一） and whose third uses it with 1. under （二）;
- 第一章/第一条 documents: an 实施细则 whose article holds （一） points, one of them holding 1. 2. 3.; a 办法
  without chapters whose article holds run-in （一） points and whose article runs on over two paragraphs;
  articles alone with a short heading; `第一条【目的依据】…` (no title, by the contract's article rule); an
  article holding 一是/二是 members; chapters over 节 over articles over （一）; a notice's 细则 after its 落款;
  a paren point going on over a second paragraph (前项所称…);
- titles: 【】 after the marker at two ranks on heading lines and run in before the text (`（一）【加强统筹】
  各街道要…`), Markdown bold headings at two ranks, a bold run-in title with no stop after it, a heading whose
  bold the copy lost (no stop: an untitled point by the contract), quotes in a title;
- replies numbered 1. 2. 3. only with （1） under them, restarting under each, ① under one and （1） under
  another, members inside a point, phases as points, a gap, 特此答复 ending the last point;
- members: a run inside a list point (1. …一是…二是…), 首先/其次/再次/最后 as paragraphs, a member spanning
  several paragraphs, a run in the preamble and one in a section, 一方面/另一方面 in one sentence;
- session 22's leftovers: a 一是 run nested inside a 二是 member (the contract's reading: an item holds its
  text to the next item of its own run, so the inner run stays in 二是's text: README "An enumeration that
  starts inside another's last item … stays inside that item"), in one paragraph and over paragraphs, with
  and without the outer run going on; the restarted run after a stop (wild22's reading) as a guard;
- phases inside sections and as sections, in sub-sections, in the preamble, 在下一步工作中, plan words
  mid-sentence;
- body ends: 特此答复 inside the last section, 感谢…关心 closings of several sentences (one line, run on), a
  落款 after a table and after a list of points, a signing organ that is also a section's subject, an
  attachment list of 1. 2. over the 落款, a contact between closing and 落款;
- genres: a notice, an 意见, a 方案, a 工作要点 numbering its tasks on across headings, a 讲话稿 with 第一，
  paragraphs, a 批复, a 报告;
- guards: 1.5万元, 一、二类, 第一批, 2024.3.5, 3)个月, 三分之二是, 每周三是, 第一条例… at a line's start or inside a
  run.

Every expected value was written from the contract and the README before the parser was run on the batch
(the batches were committed first); every document also keeps the span invariants and invents no character.
Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch, as committed (cd04cc71), and the causes named
(tests/test_struct23_causes.py):
- batch 1 (deep trees, ranks skipped and used later, five ranks, restarts, untitled points, a 方案): 8/8, 24/24
- batch 2 (实施细则/办法 with chapters, 节, articles holding （一） and 1., 【】 article heads, members in an
  article, a notice's 细则 after its 落款): 4/8, 17/22 (three my misreadings: a short one-sentence （三） point is
  titled by the contract, twice, and the regulation's title line after the 落款 is preamble; cause 2: the first
  article `第一条　下列人员可以申请职业培训补贴：` under the title was taken for the 主送 and lost)
- batch 3 (【】 and bold titles): 6/8, 11/15 (cause 3 twice: `（一）【加强统筹】各街道要…。…` titled up to its first
  stop, `**（一）强化政策宣传**通过…` untitled)
- batch 4 (replies numbered 1. only): 7/8, 17/19 (my misreading: `2、…措施：` and a 22-character one-sentence 3、
  are titles by the contract)
- batch 5 (runs in list points, 首先…最后, members over paragraphs): 8/8, 11/11
- batch 6 (phases inside and as sections): 8/8, 12/12
- batch 7 (body ends): 7/9, 27/30 (two my misreadings: a 30-character one-sentence 1. is titled; thanks run on at
  a paragraph's end stay body, the project's choice since round 4)
- batch 8 (runs nested in their own family's member): 4/8, 5/11 (cause 1 four times: five flat items, or the
  outer run's members taken by the inner run)
- batch 9 (notice, 意见, 方案, 工作要点, 讲话稿, 批复, 报告, twelve articles): 8/8, 27/27
- batch 10 (look-alikes, the indented page cut): 7/9, 14/18 (cause 4: `第一条例行巡查路线…` opened an article;
  cause 5: the indented second half of a page's cut in a text indenting lines at random stayed a paragraph)
Totals: 82 documents, 67 whole at first look; 189 checks, 165. With my six misreadings corrected (in place,
each with a note): 73 whole, 173 checks. Five causes fixed (tests/test_struct23_causes.py), among them
session 22's two leftovers (the nested run, fixW22's indent); after the fixes 82/82, 189/189. The strict
xfails of tests/test_probes_2*_structure.py: none was left (round 22 took its last one off).
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
    item_texts,
    levels,
    paras,
    parents,
    pre,
    same,
    signed,
    titles,
    tree,
)

HEAD = "关于区政协五届三次会议第0358号提案的答复\n陈某委员：\n您提出的关于加强灵活就业人员技能培训的提案收悉，现答复如下：\n"
OPENING = "您提出的关于加强灵活就业人员技能培训的提案收悉，现答复如下："
TAIL = "\n某区人力资源和社会保障局\n2025年9月20日"
SIGNED = (("某区人力资源和社会保障局",), "2025-09-20")


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def ended(text: str) -> govdoc.Document:
    """A reply whose end (closing, 落款, what follows) the probe writes itself."""
    return checked(HEAD + text)


# Batch 1 (written before any run): deep trees with a rank skipped and the skipped rank used later


def test_an_arabic_rank_straight_under_a_heading_then_the_paren_rank_it_skipped_under_the_next() -> None:
    doc = body(
        "一、关于培训规模\n1.扩大培训班次\n今年新增培训班二十期。\n2.拓展培训工种\n新增直播电商等工种六个。\n"
        "二、关于培训补贴\n（一）补贴标准\n1.初级工\n每人补贴一千元。\n2.中级工\n每人补贴一千五百元。\n"
        "（二）申领方式\n通过线上平台申领。"
    )
    same(
        {"parents": parents(doc), "levels": levels(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "parents": [
                ("一、", None),
                ("1.", "一、"),
                ("2.", "一、"),
                ("二、", None),
                ("（一）", "二、"),
                ("1.", "（一）"),
                ("2.", "（一）"),
                ("（二）", "二、"),
            ],
            "levels": [
                (1, "cn", 1),
                (2, "num", 1),
                (2, "num", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
                (2, "cn-paren", 2),
            ],
            "titles": [
                "关于培训规模",
                "扩大培训班次",
                "拓展培训工种",
                "关于培训补贴",
                "补贴标准",
                "初级工",
                "中级工",
                "申领方式",
            ],
            "gap": False,
        },
    )


def test_a_bracketed_arabic_rank_under_the_first_paren_point_and_the_dotted_rank_over_it_in_the_second() -> None:
    doc = body(
        "一、关于技能评价\n（一）评价机构\n（1）新增备案机构\n今年新增社会培训评价组织八家。\n（2）加强机构监管\n"
        "开展评价质量督导检查两次。\n（二）评价工种\n1.新职业工种\n（1）网约配送员\n已开发评价规范。\n（2）健康照护师\n"
        "已完成首批评价。\n2.传统工种\n保持原有评价目录。"
    )
    same(
        {"parents": parents(doc), "levels": [lv for lv, _, _ in levels(doc)], "last": paras(doc)[-1]},
        {
            "parents": [
                ("一、", None),
                ("（一）", "一、"),
                ("（1）", "（一）"),
                ("（2）", "（一）"),
                ("（二）", "一、"),
                ("1.", "（二）"),
                ("（1）", "1."),
                ("（2）", "1."),
                ("2.", "（二）"),
            ],
            "levels": [1, 2, 3, 3, 2, 3, 4, 4, 3],
            "last": ["保持原有评价目录。"],
        },
    )


def test_circled_points_straight_under_a_heading_and_later_under_an_arabic_point() -> None:
    doc = body(
        "一、关于就业见习\n①见习基地\n新增见习基地十二家。\n②见习补贴\n按最低工资标准的百分之六十发放。\n"
        "二、关于创业扶持\n（一）创业担保贷款\n1.个人贷款\n①额度\n最高三十万元。\n②贴息\n财政全额贴息。\n"
        "2.小微企业贷款\n最高四百万元。"
    )
    same(
        {"parents": parents(doc), "levels": levels(doc), "paras": paras(doc)},
        {
            "parents": [
                ("一、", None),
                ("①", "一、"),
                ("②", "一、"),
                ("二、", None),
                ("（一）", "二、"),
                ("1.", "（一）"),
                ("①", "1."),
                ("②", "1."),
                ("2.", "（一）"),
            ],
            "levels": [
                (1, "cn", 1),
                (2, "circled", 1),
                (2, "circled", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "circled", 1),
                (4, "circled", 2),
                (3, "num", 2),
            ],
            "paras": [
                [],
                ["新增见习基地十二家。"],
                ["按最低工资标准的百分之六十发放。"],
                [],
                [],
                [],
                ["最高三十万元。"],
                ["财政全额贴息。"],
                ["最高四百万元。"],
            ],
        },
    )


def test_five_ranks_with_run_in_titles_at_three_of_them() -> None:
    doc = body(
        "一、强化培训供给\n（一）扩大覆盖面。将外卖骑手、网约车司机纳入培训范围。\n1.摸清需求\n"
        "（1）开展问卷调查。共回收问卷五千份。\n①线上问卷。通过小程序发放。\n②线下问卷。在零工市场发放。\n"
        "（2）建立需求清单\n形成培训需求清单三十项。\n2.优化课程\n开发短视频课程八十节。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "强化培训供给"),
                (2, "cn-paren", "（一）", "扩大覆盖面"),
                (3, "num", "1.", "摸清需求"),
                (4, "num-paren", "（1）", "开展问卷调查"),
                (5, "circled", "①", "线上问卷"),
                (5, "circled", "②", "线下问卷"),
                (4, "num-paren", "（2）", "建立需求清单"),
                (3, "num", "2.", "优化课程"),
            ],
            "paras": [
                [],
                ["将外卖骑手、网约车司机纳入培训范围。"],
                [],
                ["共回收问卷五千份。"],
                ["通过小程序发放。"],
                ["在零工市场发放。"],
                ["形成培训需求清单三十项。"],
                ["开发短视频课程八十节。"],
            ],
        },
    )


def test_arabic_points_restarting_under_each_of_two_headings_and_a_paren_rank_under_the_third() -> None:
    doc = body(
        "一、关于培训机构\n1.新增定点机构\n新增十五家。\n2.退出机制\n清退三家。\n"
        "二、关于培训质量\n1.过程监管\n实行视频巡课。\n2.结业考核\n统一组织考核。\n3.跟踪回访\n结业后三个月回访。\n"
        "三、关于培训资金\n（一）资金来源\n失业保险基金列支。\n（二）资金监管\n实行专账管理。"
    )
    same(
        {
            "ordinals": [s.ordinal for s in doc.iter_sections()],
            "levels": [lv for lv, _, _ in levels(doc)],
            "gap": gap(doc),
        },
        {"ordinals": [1, 1, 2, 2, 1, 2, 3, 3, 1, 2], "levels": [1, 2, 2, 1, 2, 2, 2, 1, 2, 2], "gap": False},
    )


def test_untitled_points_at_a_skipped_rank_beside_titled_paren_points_in_the_next_heading() -> None:
    doc = body(
        "一、加强培训。今年以来，我局多措并举加强培训。\n"
        "1.今年新增定点培训机构十五家，覆盖全部街道，并建立了机构动态调整机制。\n"
        "2.组织开展“技能进社区”活动四十场次，参训群众累计达到两千余人次，群众满意度较高。\n"
        "二、完善服务\n（一）建设零工市场\n建成零工市场三个。\n（二）开展送岗活动\n送岗位三千个。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)[:3]},
        {
            "tree": [
                (1, "cn", "一、", "加强培训"),
                (2, "num", "1.", None),
                (2, "num", "2.", None),
                (1, "cn", "二、", "完善服务"),
                (2, "cn-paren", "（一）", "建设零工市场"),
                (2, "cn-paren", "（二）", "开展送岗活动"),
            ],
            "paras": [
                ["今年以来，我局多措并举加强培训。"],
                ["今年新增定点培训机构十五家，覆盖全部街道，并建立了机构动态调整机制。"],
                ["组织开展“技能进社区”活动四十场次，参训群众累计达到两千余人次，群众满意度较高。"],
            ],
        },
    )


def test_circled_points_straight_under_a_paren_point_and_under_an_arabic_one_in_the_next() -> None:
    doc = body(
        "一、关于职业指导\n（一）指导队伍\n①专职指导师\n配备专职职业指导师二十名。\n②兼职指导师\n聘请企业人力资源经理担任。\n"
        "（二）指导活动\n1.进校园\n①高校\n走进辖区高校六所。\n②职业院校\n走进职业院校三所。\n2.进社区\n开展社区指导五十场。"
    )
    same(
        {"parents": parents(doc), "levels": [lv for lv, _, _ in levels(doc)]},
        {
            "parents": [
                ("一、", None),
                ("（一）", "一、"),
                ("①", "（一）"),
                ("②", "（一）"),
                ("（二）", "一、"),
                ("1.", "（二）"),
                ("①", "1."),
                ("②", "1."),
                ("2.", "（二）"),
            ],
            "levels": [1, 2, 3, 3, 2, 3, 4, 4, 3],
        },
    )


def test_a_plan_whose_second_heading_skips_the_paren_rank_and_whose_third_uses_it() -> None:
    doc = checked(
        "某区灵活就业人员技能提升行动方案\n为提升灵活就业人员职业技能，制定本方案。\n一、工作目标\n"
        "到2026年底，累计培训灵活就业人员一万人次。\n二、工作任务\n1.开展需求调查。\n2.建设培训基地。\n"
        "三、保障措施\n（一）加强组织领导\n成立工作专班。\n（二）强化资金保障\n1.足额安排资金\n2.规范资金使用"
    )
    same(
        {"kind": doc.kind, "parents": parents(doc), "titles": titles(doc), "pre": pre(doc), "signed": signed(doc)},
        {
            "kind": "plan",
            "parents": [
                ("一、", None),
                ("二、", None),
                ("1.", "二、"),
                ("2.", "二、"),
                ("三、", None),
                ("（一）", "三、"),
                ("（二）", "三、"),
                ("1.", "（二）"),
                ("2.", "（二）"),
            ],
            "titles": [
                "工作目标",
                "工作任务",
                "开展需求调查",
                "建设培训基地",
                "保障措施",
                "加强组织领导",
                "强化资金保障",
                "足额安排资金",
                "规范资金使用",
            ],
            "pre": ["为提升灵活就业人员职业技能，制定本方案。"],
            "signed": None,
        },
    )


# Batch 2 (written before any run): 第一章/第一条 documents whose articles hold points


def test_an_implementing_rule_whose_article_holds_paren_points_one_holding_arabic_points() -> None:
    doc = checked(
        "某区职业技能提升补贴实施细则\n第一章　总则\n第一条　为规范职业技能提升补贴发放，根据有关规定，制定本细则。\n"
        "第二条　本细则适用于在本区参加失业保险的职工。\n第二章　申领条件\n第三条　申领补贴应当同时符合下列条件：\n"
        "（一）累计缴纳失业保险费一年以上；\n（二）取得职业资格证书或者职业技能等级证书，证书包括：\n1.初级证书；\n"
        "2.中级证书；\n3.高级证书；\n（三）在证书核发之日起十二个月内提出申请。\n第四条　每人每年只能享受一次补贴。\n"
        "第三章　附则\n第五条　本细则自2025年10月1日起施行。"
    )
    same(
        {"kind": doc.kind, "parents": parents(doc), "titles": titles(doc), "gap": gap(doc)},
        {
            "kind": "measures",
            "parents": [
                ("第一章", None),
                ("第一条", "第一章"),
                ("第二条", "第一章"),
                ("第二章", None),
                ("第三条", "第二章"),
                ("（一）", "第三条"),
                ("（二）", "第三条"),
                ("1.", "（二）"),
                ("2.", "（二）"),
                ("3.", "（二）"),
                ("（三）", "第三条"),
                ("第四条", "第二章"),
                ("第三章", None),
                ("第五条", "第三章"),
            ],
            "titles": [
                "总则",
                None,
                None,
                "申领条件",
                None,
                None,
                "取得职业资格证书或者职业技能等级证书，证书包括",
                None,
                None,
                None,
                # my misreading at first (None): a short line of one sentence is a heading by the contract
                "在证书核发之日起十二个月内提出申请",
                None,
                "附则",
                None,
            ],
            "gap": False,
        },
    )


def test_a_measures_text_without_chapters_whose_article_holds_run_in_paren_points() -> None:
    doc = checked(
        "某区零工市场管理办法\n第一条　为规范零工市场运行，制定本办法。\n第二条　零工市场实行登记管理。\n"
        "入驻人员应当如实登记个人信息。\n第三条　用工信息发布按照以下程序办理：\n"
        "（一）信息提交。用工单位通过平台提交招工信息；\n（二）信息审核。市场管理人员在一个工作日内完成审核；\n"
        "（三）信息发布。审核通过的信息即时发布。\n第四条　本办法自发布之日起施行。"
    )
    same(
        {"parents": parents(doc), "titles": titles(doc), "paras": paras(doc)},
        {
            "parents": [
                ("第一条", None),
                ("第二条", None),
                ("第三条", None),
                ("（一）", "第三条"),
                ("（二）", "第三条"),
                ("（三）", "第三条"),
                ("第四条", None),
            ],
            "titles": [None, None, None, "信息提交", "信息审核", "信息发布", None],
            "paras": [
                ["为规范零工市场运行，制定本办法。"],
                ["零工市场实行登记管理。", "入驻人员应当如实登记个人信息。"],
                ["用工信息发布按照以下程序办理："],
                ["用工单位通过平台提交招工信息；"],
                ["市场管理人员在一个工作日内完成审核；"],
                ["审核通过的信息即时发布。"],
                ["本办法自发布之日起施行。"],
            ],
        },
    )


def test_articles_standing_alone_with_a_short_heading_over_their_text() -> None:
    doc = checked(
        "某区就业困难人员认定实施细则\n第一条　适用范围\n本细则适用于本区户籍的就业困难人员认定。\n"
        "第二条　认定条件\n具有劳动能力和就业意愿的，可以申请认定。\n第三条　认定程序\n（一）个人申请；\n（二）街道审核；\n"
        "（三）区就业服务中心认定。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)[:2]},
        {
            "tree": [
                (1, "article", "第一条", "适用范围"),
                (1, "article", "第二条", "认定条件"),
                (1, "article", "第三条", "认定程序"),
                (2, "cn-paren", "（一）", None),
                (2, "cn-paren", "（二）", None),
                (2, "cn-paren", "（三）", "区就业服务中心认定"),  # my misreading at first (None): a short sentence
            ],
            "paras": [["本细则适用于本区户籍的就业困难人员认定。"], ["具有劳动能力和就业意愿的，可以申请认定。"]],
        },
    )


def test_articles_whose_heading_stands_in_lenticular_brackets_before_their_text_have_no_title() -> None:
    doc = checked(
        "某区公益性岗位管理办法\n第一条【目的依据】为规范公益性岗位开发管理，制定本办法。\n"
        "第二条【适用范围】本办法适用于本区财政出资开发的公益性岗位。\n第三条【施行日期】本办法自印发之日起施行。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "titles": titles(doc)},
        {
            "kind": "measures",
            "levels": [(1, "article", 1), (1, "article", 2), (1, "article", 3)],
            "titles": [None, None, None],
        },
    )


def test_an_article_holding_a_run_of_members() -> None:
    doc = checked(
        "某区灵活就业人员服务办法\n第一条　为做好灵活就业人员服务，制定本办法。\n"
        "第二条　街道应当做好以下工作：一是建立台账，逐人登记；二是定期回访，了解就业状况；三是及时推送岗位信息。\n"
        "第三条　本办法自印发之日起施行。"
    )
    same(
        {"levels": levels(doc), "items": every_items(doc)[2]},
        {
            "levels": [(1, "article", 1), (1, "article", 2), (1, "article", 3)],
            "items": [
                [
                    (1, "一是", "建立台账，逐人登记"),
                    (2, "二是", "定期回访，了解就业状况"),
                    (3, "三是", "及时推送岗位信息"),
                ]
            ],
        },
    )


def test_chapters_over_sections_over_articles_over_paren_points() -> None:
    doc = checked(
        "某区创业补贴管理办法\n第一章　总则\n第一条　为规范创业补贴管理，制定本办法。\n第二章　补贴管理\n第一节　申请\n"
        "第二条　申请人通过线上平台提交申请。\n第二节　审核\n第三条　审核分为以下环节：\n（一）街道初审；\n（二）区级复审。\n"
        "第四条　审核结果在区政府网站公示五个工作日。"
    )
    same(
        {"parents": parents(doc), "levels": levels(doc)},
        {
            "parents": [
                ("第一章", None),
                ("第一条", "第一章"),
                ("第二章", None),
                ("第一节", "第二章"),
                ("第二条", "第一节"),
                ("第二节", "第二章"),
                ("第三条", "第二节"),
                ("（一）", "第三条"),
                ("（二）", "第三条"),
                ("第四条", "第二节"),
            ],
            "levels": [
                (1, "chapter", 1),
                (2, "article", 1),
                (1, "chapter", 2),
                (2, "section", 1),
                (3, "article", 2),
                (2, "section", 2),
                (3, "article", 3),
                (4, "cn-paren", 1),
                (4, "cn-paren", 2),
                (3, "article", 4),
            ],
        },
    )


def test_a_notice_issuing_an_implementing_rule_printed_after_its_signature() -> None:
    doc = checked(
        "某区人力资源和社会保障局关于印发《某区就业见习管理实施细则》的通知\n各街道、镇，区各有关单位：\n"
        "现将《某区就业见习管理实施细则》印发给你们，请认真贯彻执行。\n某区人力资源和社会保障局\n2025年9月20日\n"
        "某区就业见习管理实施细则\n第一章　总则\n第一条　为规范就业见习管理，制定本细则。\n第二章　见习管理\n"
        "第二条　见习单位应当履行下列职责：\n（一）制定见习计划；\n（二）指定带教人员；\n（三）按月发放见习生活补助。\n"
        "第三条　本细则自印发之日起施行。"
    )
    same(
        {"kind": doc.kind, "signed": signed(doc), "parents": parents(doc), "pre": pre(doc)},
        {
            "kind": "notice",
            "signed": SIGNED,
            "parents": [
                ("第一章", None),
                ("第一条", "第一章"),
                ("第二章", None),
                ("第二条", "第二章"),
                ("（一）", "第二条"),
                ("（二）", "第二条"),
                ("（三）", "第二条"),
                ("第三条", "第二章"),
            ],
            # my misreading at first: the regulation's own title line, after the 落款 and before its first
            # chapter, is body text before the first numbered section, which the preamble holds (nothing dropped)
            "pre": ["现将《某区就业见习管理实施细则》印发给你们，请认真贯彻执行。", "某区就业见习管理实施细则"],
        },
    )


def test_a_paren_point_of_an_article_going_on_over_a_second_paragraph() -> None:
    doc = checked(
        "某区职业培训补贴办法\n第一条　下列人员可以申请职业培训补贴：\n（一）登记失业人员；\n（二）灵活就业人员；\n"
        "前项所称灵活就业人员，是指以个体身份参加社会保险的人员。\n（三）农村转移就业劳动者。\n"
        "第二条　本办法自印发之日起施行。"
    )
    same(
        {"parents": parents(doc), "paras": paras(doc)},
        {
            "parents": [
                ("第一条", None),
                ("（一）", "第一条"),
                ("（二）", "第一条"),
                ("（三）", "第一条"),
                ("第二条", None),
            ],
            "paras": [
                ["下列人员可以申请职业培训补贴："],
                ["登记失业人员；"],
                ["灵活就业人员；", "前项所称灵活就业人员，是指以个体身份参加社会保险的人员。"],
                [],  # my misreading at first (the line as a paragraph): a short sentence is its title
                ["本办法自印发之日起施行。"],
            ],
        },
    )


# Batch 3 (written before any run): titles in 【】, in bold, and headings whose bold a copy lost


def test_titles_in_lenticular_brackets_after_the_marker_on_heading_lines_at_two_ranks() -> None:
    doc = body(
        "一、【组织领导】\n（一）【工作专班】\n成立工作专班。\n（二）【联席会议】\n每季度召开一次。\n二、【经费保障】\n区财政安排专项资金。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "【组织领导】"),
                (2, "cn-paren", "（一）", "【工作专班】"),
                (2, "cn-paren", "（二）", "【联席会议】"),
                (1, "cn", "二、", "【经费保障】"),
            ],
            "paras": [[], ["成立工作专班。"], ["每季度召开一次。"], ["区财政安排专项资金。"]],
        },
    )


def test_a_title_in_lenticular_brackets_run_in_before_the_text() -> None:
    doc = body(
        "一、关于工作机制\n（一）【加强统筹】各街道要建立灵活就业人员台账。台账每月更新一次。\n"
        "（二）【强化考核】将培训工作纳入街道年度考核。考核结果向社会公布。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)[1:]},
        {
            "tree": [
                (1, "cn", "一、", "关于工作机制"),
                (2, "cn-paren", "（一）", "【加强统筹】"),
                (2, "cn-paren", "（二）", "【强化考核】"),
            ],
            "paras": [
                ["各街道要建立灵活就业人员台账。台账每月更新一次。"],
                ["将培训工作纳入街道年度考核。考核结果向社会公布。"],
            ],
        },
    )


def test_markdown_bold_headings_at_two_ranks() -> None:
    doc = body(
        "**一、总体情况**\n**（一）培训人数**\n今年培训三千人次。\n**（二）就业情况**\n培训后就业率达到百分之六十。\n**二、存在问题**\n培训针对性有待提高。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "总体情况"),
                (2, "cn-paren", "（一）", "培训人数"),
                (2, "cn-paren", "（二）", "就业情况"),
                (1, "cn", "二、", "存在问题"),
            ],
            "paras": [[], ["今年培训三千人次。"], ["培训后就业率达到百分之六十。"], ["培训针对性有待提高。"]],
        },
    )


def test_a_bold_run_in_title_with_no_stop_after_it() -> None:
    doc = body(
        "一、关于政策宣传\n**（一）强化政策宣传**通过新闻媒体、政务新媒体等渠道广泛宣传就业政策，提高政策知晓率。\n"
        "**（二）开展上门服务**组织街道工作人员上门讲解政策，发放政策明白纸两万份。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)[1:]},
        {
            "tree": [
                (1, "cn", "一、", "关于政策宣传"),
                (2, "cn-paren", "（一）", "强化政策宣传"),
                (2, "cn-paren", "（二）", "开展上门服务"),
            ],
            "paras": [
                ["通过新闻媒体、政务新媒体等渠道广泛宣传就业政策，提高政策知晓率。"],
                ["组织街道工作人员上门讲解政策，发放政策明白纸两万份。"],
            ],
        },
    )


def test_a_run_in_heading_whose_bold_the_copy_lost_is_an_untitled_point() -> None:
    doc = body(
        "一、关于政策宣传\n（一）强化政策宣传通过新闻媒体、政务新媒体等渠道广泛宣传就业政策，提高政策知晓率。\n"
        "（二）开展上门服务组织街道工作人员上门讲解政策，发放政策明白纸两万份。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)[1:]},
        {
            "titles": ["关于政策宣传", None, None],
            "paras": [
                ["强化政策宣传通过新闻媒体、政务新媒体等渠道广泛宣传就业政策，提高政策知晓率。"],
                ["开展上门服务组织街道工作人员上门讲解政策，发放政策明白纸两万份。"],
            ],
        },
    )


def test_a_bold_arabic_point_whose_title_ends_on_a_colon_inside_the_bold() -> None:
    doc = body("一、关于台账管理\n1.**建立台账：**对辖区灵活就业人员逐一登记。\n2.**动态更新：**每月核对一次台账信息。")
    same(
        {"tree": tree(doc), "paras": paras(doc)[1:]},
        {
            "tree": [(1, "cn", "一、", "关于台账管理"), (2, "num", "1.", "建立台账"), (2, "num", "2.", "动态更新")],
            "paras": [["对辖区灵活就业人员逐一登记。"], ["每月核对一次台账信息。"]],
        },
    )


def test_a_bracketed_sub_heading_wrapped_whole_in_lenticular_brackets() -> None:
    doc = body(
        "一、关于补贴发放\n【（一）扩大补贴范围】\n将新就业形态劳动者纳入补贴范围。\n【（二）提高补贴标准】\n初级工补贴提高到一千二百元。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于补贴发放"),
                (2, "cn-paren", "（一）", "扩大补贴范围"),
                (2, "cn-paren", "（二）", "提高补贴标准"),
            ],
            "paras": [[], ["将新就业形态劳动者纳入补贴范围。"], ["初级工补贴提高到一千二百元。"]],
        },
    )


def test_a_title_holding_quotes_and_a_title_mark() -> None:
    doc = body(
        "一、关于“技能中国行动”的落实情况\n已完成年度任务。\n二、关于《职业技能提升行动方案》的执行\n已开展中期评估。"
    )
    same(
        {"tree": tree(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于“技能中国行动”的落实情况"),
                (1, "cn", "二、", "关于《职业技能提升行动方案》的执行"),
            ]
        },
    )


# Batch 4 (written before any run): replies numbered 1. 2. 3. only, with （1） under them


def test_a_reply_of_titled_arabic_points_with_bracketed_points_under_the_first_and_third() -> None:
    doc = body(
        "1.关于培训覆盖面\n（1）新业态人员\n培训外卖骑手八百人。\n（2）农村劳动力\n培训农村劳动力一千人。\n"
        "2.关于培训质量\n实行培训机构星级评价。\n3.关于培训补贴\n（1）标准\n按等级发放。\n（2）时限\n二十个工作日内发放。"
    )
    same(
        {"levels": levels(doc), "parents": [p for _, p in parents(doc)], "pre": pre(doc)},
        {
            "levels": [
                (1, "num", 1),
                (2, "num-paren", 1),
                (2, "num-paren", 2),
                (1, "num", 2),
                (1, "num", 3),
                (2, "num-paren", 1),
                (2, "num-paren", 2),
            ],
            "parents": [None, "1.", "1.", None, None, "3.", "3."],
            "pre": [OPENING],
        },
    )


def test_untitled_arabic_points_holding_bracketed_points() -> None:
    doc = body(
        "1、今年以来，我局共组织开展各类职业技能培训班一百二十期，培训灵活就业人员五千余人次。\n"
        "2、针对您提出的培训内容与岗位需求脱节的问题，我局采取了以下措施：\n（1）组织企业参与课程开发；\n（2）推行订单式培训。\n"
        "3、下一步，我局将继续扩大培训规模，提高培训质量。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "num", "1、", None),
                # my misreading at first (both None): a line with no stop inside that ends on ： is a heading
                # line, and so is a line of one sentence of at most 30 characters (the contract's title rule)
                (1, "num", "2、", "针对您提出的培训内容与岗位需求脱节的问题，我局采取了以下措施"),
                (2, "num-paren", "（1）", None),
                (2, "num-paren", "（2）", "推行订单式培训"),
                (1, "num", "3、", "下一步，我局将继续扩大培训规模，提高培训质量"),
            ],
            "paras": [
                ["今年以来，我局共组织开展各类职业技能培训班一百二十期，培训灵活就业人员五千余人次。"],
                [],
                ["组织企业参与课程开发；"],
                [],
                [],
            ],
        },
    )


def test_bracketed_points_restarting_under_each_arabic_point() -> None:
    doc = body(
        "1.线上培训\n（1）开发课程\n上线课程二百门。\n（2）推广平台\n平台注册用户三万人。\n"
        "2.线下培训\n（1）定点机构\n新增机构十家。\n（2）实训基地\n建成实训基地四个。\n（3）企业新型学徒制\n培养学徒三百人。"
    )
    same(
        {
            "ordinals": [s.ordinal for s in doc.iter_sections()],
            "parents": [p for _, p in parents(doc)],
            "gap": gap(doc),
        },
        {"ordinals": [1, 1, 2, 2, 1, 2, 3], "parents": [None, "1.", "1.", None, "2.", "2.", "2."], "gap": False},
    )


def test_circled_points_under_one_arabic_point_and_bracketed_points_under_the_next() -> None:
    doc = body(
        "1.关于培训方式\n①集中授课\n每期不少于四十课时。\n②送训上门\n深入社区开展培训。\n2.关于培训评价\n（1）学员评价\n"
        "每期结业时开展满意度测评。\n（2）第三方评估\n委托第三方机构评估。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [
                (1, "num", 1),
                (2, "circled", 1),
                (2, "circled", 2),
                (1, "num", 2),
                (2, "num-paren", 1),
                (2, "num-paren", 2),
            ],
            "titles": ["关于培训方式", "集中授课", "送训上门", "关于培训评价", "学员评价", "第三方评估"],
        },
    )


def test_a_run_of_members_inside_an_arabic_point_of_a_reply() -> None:
    doc = body(
        "1.关于培训机构\n新增定点培训机构十五家。\n"
        "2.关于培训内容\n我局从三个方面优化培训内容。一是增设新职业课程；二是引入企业导师；三是推行项目制教学。\n"
        "3.关于培训补贴\n补贴按季度发放。"
    )
    same(
        {"items": every_items(doc)},
        {
            "items": [
                [[]],
                [[]],
                [[(1, "一是", "增设新职业课程"), (2, "二是", "引入企业导师"), (3, "三是", "推行项目制教学")]],
                [[]],
            ]
        },
    )


def test_arabic_points_that_are_the_phases_give_no_phase() -> None:
    doc = body(
        "1.工作开展情况\n今年培训灵活就业人员三千人次。\n培训后就业率达到百分之六十。\n"
        "2.下一步工作打算\n我局将扩大培训规模。\n重点加强新业态培训。"
    )
    same(
        {"tree": tree(doc), "phases": every_phase(doc)},
        {
            "tree": [(1, "num", "1.", "工作开展情况"), (1, "num", "2.", "下一步工作打算")],
            "phases": [[None], [None, None], [None, None]],
        },
    )


def test_a_gap_in_a_reply_numbered_in_arabic_only() -> None:
    doc = body("1.关于培训规模\n新增培训班二十期。\n2.关于培训质量\n实行星级评价。\n4.关于培训补贴\n补贴按季度发放。")
    same(
        {"ordinals": [s.ordinal for s in doc.iter_sections()], "gap": gap(doc)},
        {"ordinals": [1, 2, 4], "gap": True},
    )


def test_the_formula_ending_the_last_arabic_point_is_the_closing() -> None:
    doc = body(
        "1.关于培训规模\n新增培训班二十期。\n2.关于培训补贴\n（1）标准\n按等级发放。\n（2）时限\n二十个工作日内发放。特此答复。"
    )
    same(
        {
            "closing": closing(doc),
            "last": paras(doc)[-1],
            "signed": signed(doc),
            "levels": [lv for lv, _, _ in levels(doc)],
        },
        {"closing": "特此答复。", "last": ["二十个工作日内发放。"], "signed": SIGNED, "levels": [1, 1, 2, 2]},
    )


# Batch 5 (written before any run): runs inside list points, 首先…最后, members over several paragraphs


def test_a_run_inside_an_arabic_point_under_a_heading() -> None:
    doc = body(
        "一、关于培训供给\n1.扩大培训规模。一是新增培训机构十五家；二是开设夜间培训班。\n2.提高培训质量。实行星级评价。"
    )
    same(
        {"tree": tree(doc), "items": every_items(doc)[2:]},
        {
            "tree": [
                (1, "cn", "一、", "关于培训供给"),
                (2, "num", "1.", "扩大培训规模"),
                (2, "num", "2.", "提高培训质量"),
            ],
            "items": [[[(1, "一是", "新增培训机构十五家"), (2, "二是", "开设夜间培训班")]], [[]]],
        },
    )


def test_first_then_next_then_again_then_last_each_opening_a_paragraph() -> None:
    doc = body(
        "一、关于培训内容\n首先，开展需求调查。全面了解灵活就业人员的培训需求。\n其次，优化课程设置。增设新职业课程。\n"
        "再次，创新培训方式。推行线上线下相结合。\n最后，强化结果运用。将培训结果与补贴挂钩。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "首先", "开展需求调查")],
                [(2, "其次", "优化课程设置")],
                [(3, "再次", "创新培训方式")],
                [(4, "最后", "强化结果运用")],
            ]
        },
    )


def test_a_member_spanning_two_paragraphs_belongs_to_the_paragraph_where_it_starts() -> None:
    doc = body(
        "一、关于培训成效\n一是培训规模持续扩大。今年共开展培训一百二十期。\n其中新业态培训三十期，占总数的四分之一。\n"
        "二是培训质量稳步提升。学员满意度达到百分之九十五。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [[(1, "一是", "培训规模持续扩大")], [], [(2, "二是", "培训质量稳步提升")]],
            "texts": [
                "一是培训规模持续扩大。今年共开展培训一百二十期。",
                "二是培训质量稳步提升。学员满意度达到百分之九十五。",
            ],
        },
    )


def test_runs_restarting_in_each_paren_point() -> None:
    doc = body(
        "一、主要做法\n（一）加强培训\n一是扩大规模；二是提高质量。\n（二）强化服务\n一是建设零工市场；二是开展直播带岗；三是推送岗位信息。"
    )
    same(
        {"items": every_items(doc)[2:]},
        {
            "items": [
                [[(1, "一是", "扩大规模"), (2, "二是", "提高质量")]],
                [[(1, "一是", "建设零工市场"), (2, "二是", "开展直播带岗"), (3, "三是", "推送岗位信息")]],
            ]
        },
    )


def test_a_lone_first_of_thanks_beside_a_run_of_members() -> None:
    doc = body(
        "首先，感谢您对我区就业工作的关心。\n一、关于培训\n今年重点做了两项工作：一是扩大培训规模；二是提高补贴标准。"
    )
    same(
        {"pre": pre(doc), "items": every_items(doc)},
        {
            "pre": [OPENING, "首先，感谢您对我区就业工作的关心。"],
            "items": [[[], []], [[(1, "一是", "扩大培训规模"), (2, "二是", "提高补贴标准")]]],
        },
    )


def test_first_second_third_paragraphs_whose_second_member_goes_on_over_a_paragraph() -> None:
    doc = body(
        "一、关于补贴政策\n第一，扩大补贴范围。将新就业形态劳动者纳入补贴范围。\n第二，提高补贴标准。初级工每人一千二百元。\n"
        "中级工和高级工的标准相应提高。\n第三，简化申领流程。实行免申即享。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "第一", "扩大补贴范围")],
                [(2, "第二", "提高补贴标准")],
                [],
                [(3, "第三", "简化申领流程")],
            ]
        },
    )


def test_on_one_hand_on_the_other_in_one_sentence() -> None:
    doc = body("一、关于培训资金\n我局一方面积极争取上级资金，另一方面统筹使用失业保险基金。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一方面", "积极争取上级资金"), (2, "另一方面", "统筹使用失业保险基金")]]},
    )


def test_a_run_in_the_preamble_and_another_in_a_section() -> None:
    doc = body(
        "近年来，我局在培训工作中坚持两个导向：一是注重需求导向；二是注重质量导向。\n一、关于下步工作\n一要加大投入；二要完善机制。"
    )
    same(
        {"items": every_items(doc)},
        {
            "items": [
                [[], [(1, "一是", "注重需求导向"), (2, "二是", "注重质量导向")]],
                [[(1, "一要", "加大投入"), (2, "二要", "完善机制")]],
            ]
        },
    )


# Batch 6 (written before any run): 现状/下一步 phases inside sections and as sections


def test_a_plan_paragraph_closing_a_section_after_two_progress_paragraphs() -> None:
    doc = body(
        "一、关于培训规模\n今年培训三千人次。\n其中新业态人员八百人次。\n下一步，我局将把培训规模扩大到五千人次。\n"
        "二、关于培训补贴\n补贴按季度发放。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], ["progress", "progress", "plan"], [None]]})


def test_a_plan_inside_a_paren_sub_section_only() -> None:
    doc = body(
        "一、关于培训\n（一）培训机构\n新增机构十家。\n今后，将建立机构退出机制。\n（二）培训课程\n上线课程二百门。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], [], ["progress", "plan"], [None]]})


def test_sections_that_are_the_phases_give_no_phase() -> None:
    doc = body(
        "一、工作开展情况\n今年培训三千人次。\n二、存在的问题\n培训针对性不强。\n三、下一步工作打算\n（一）扩大规模\n"
        "将培训规模扩大到五千人次。\n（二）提高质量\n推行星级评价。"
    )
    same(
        {"phases": every_phase(doc), "titles": titles(doc)},
        {
            "phases": [[None], [None], [None], [], [None], [None]],
            "titles": ["工作开展情况", "存在的问题", "下一步工作打算", "扩大规模", "提高质量"],
        },
    )


def test_a_plan_runs_to_the_next_heading_and_not_into_the_sub_section_after_it() -> None:
    doc = body(
        "一、关于培训质量\n实行星级评价。\n今后，我局将进一步加强监管。\n对违规机构严肃处理。\n（一）评价办法\n"
        "每年评价一次。\n（二）结果运用\n评价结果与补贴挂钩。"
    )
    same(
        {"phases": every_phase(doc)},
        {"phases": [[None], ["progress", "plan", "plan"], [None], [None]]},
    )


def test_a_plan_in_a_reply_without_sections() -> None:
    doc = body("今年以来，我局共培训灵活就业人员三千人次。\n下一步，我局将扩大培训规模。")
    same(
        {"phases": every_phase(doc), "sections": len(doc.sections)},
        {"phases": [["progress", "progress", "plan"]], "sections": 0},
    )


def test_a_plan_paragraph_before_a_closing_of_thanks_and_formula() -> None:
    doc = ended(
        "一、关于培训\n今年培训三千人次。\n接下来，我局将继续扩大培训规模。\n感谢您对人社工作的关心和支持！\n特此答复。"
        + TAIL
    )
    same(
        {"phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "phases": [[None], ["progress", "plan"]],
            "closing": "感谢您对人社工作的关心和支持！\n特此答复。",
            "signed": SIGNED,
        },
    )


def test_plans_opened_by_in_the_next_step_of_work_and_by_the_next_stage_in_two_sections() -> None:
    doc = body(
        "一、关于培训机构\n新增机构十家。\n在下一步工作中，我们将建立机构退出机制。\n二、关于培训补贴\n补贴按季度发放。\n"
        "下阶段将提高补贴标准。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], ["progress", "plan"], ["progress", "plan"]]})


def test_plan_words_inside_a_sentence_open_no_plan() -> None:
    doc = body("一、关于培训机构\n我局将在下一步建立机构退出机制。\n今年新增机构十家，今后将每年评估一次。")
    same({"phases": every_phase(doc)}, {"phases": [[None], [None, None]]})


# Batch 7 (written before any run): where the body ends

TWO = "一、关于培训规模\n今年培训三千人次。\n二、关于培训补贴\n补贴按季度发放。\n"


def test_the_formula_run_on_after_a_paragraph_of_members_in_the_last_section() -> None:
    doc = body("一、关于培训\n今年重点做了两项工作：一是扩大培训规模；二是提高补贴标准。特此答复。")
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "closing": "特此答复。",
            "last": ["今年重点做了两项工作：一是扩大培训规模；二是提高补贴标准。"],
            "items": [[(1, "一是", "扩大培训规模"), (2, "二是", "提高补贴标准")]],
            "texts": ["一是扩大培训规模；", "二是提高补贴标准。"],
        },
    )


def test_thanks_of_two_sentences_on_one_line_over_the_formula() -> None:
    doc = ended(TWO + "感谢您对我区人社工作的关心和支持！欢迎您继续对我们的工作提出宝贵意见和建议。\n特此答复。" + TAIL)
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "closing": "感谢您对我区人社工作的关心和支持！欢迎您继续对我们的工作提出宝贵意见和建议。\n特此答复。",
            "last": ["补贴按季度发放。"],
            "signed": SIGNED,
        },
    )


def test_a_signature_right_under_a_tab_table() -> None:
    doc = ended("一、关于培训情况\n各街道培训情况如下：\n街道\t期数\t人数\n东街道\t20\t600\n西街道\t15\t450" + TAIL)
    same(
        {"tree": tree(doc), "signed": signed(doc), "closing": closing(doc)},
        {"tree": [(1, "cn", "一、", "关于培训情况")], "signed": SIGNED, "closing": None},
    )


def test_a_signature_right_under_a_list_of_untitled_points() -> None:
    doc = body(
        "一、关于培训\n1.新增定点培训机构十五家，覆盖全部街道，并建立机构动态调整机制。\n"
        "2.开展“技能进社区”活动四十场次，参训群众累计达到两千余人次，满意度较高。"
    )
    same(
        {"tree": tree(doc), "last": paras(doc)[-1], "signed": signed(doc), "closing": closing(doc)},
        {
            # my misreading at first (1. untitled): its one sentence is 30 characters, a title by the contract
            "tree": [
                (1, "cn", "一、", "关于培训"),
                (2, "num", "1.", "新增定点培训机构十五家，覆盖全部街道，并建立机构动态调整机制"),
                (2, "num", "2.", None),
            ],
            "last": ["开展“技能进社区”活动四十场次，参训群众累计达到两千余人次，满意度较高。"],
            "signed": SIGNED,
            "closing": None,
        },
    )


def test_co_signers_that_are_also_the_subjects_of_the_sections() -> None:
    doc = ended(
        "一、区人力资源和社会保障局\n今年培训三千人次。\n二、区财政局\n安排培训资金二千万元。\n特此答复。\n"
        "某区人力资源和社会保障局　　某区财政局\n2025年9月20日"
    )
    same(
        {"tree": tree(doc), "signed": signed(doc), "closing": closing(doc)},
        {
            "tree": [(1, "cn", "一、", "区人力资源和社会保障局"), (1, "cn", "二、", "区财政局")],
            "signed": (("某区人力资源和社会保障局", "某区财政局"), "2025-09-20"),
            "closing": "特此答复。",
        },
    )


def test_organ_lines_naming_who_does_what_inside_the_last_section_stay_body() -> None:
    doc = ended(
        "一、关于培训\n今年培训三千人次。\n二、责任分工\n区人力资源和社会保障局\n负责培训组织实施。\n区财政局\n负责资金保障。\n"
        "特此答复。" + TAIL
    )
    same(
        {"last": paras(doc)[-1], "signed": signed(doc), "closing": closing(doc)},
        {
            "last": ["区人力资源和社会保障局", "负责培训组织实施。", "区财政局", "负责资金保障。"],
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


def test_an_attachment_list_of_arabic_points_over_the_signature() -> None:
    doc = ended(TWO + "特此答复。\n附件：1.某区职业技能培训机构名单\n2.某区职业技能提升补贴标准" + TAIL)
    same(
        {
            "attachments": doc.attachments,
            "signed": signed(doc),
            "sections": len(doc.iter_sections()),
            "last": paras(doc)[-1],
        },
        {
            "attachments": ("某区职业技能培训机构名单", "某区职业技能提升补贴标准"),
            "signed": SIGNED,
            "sections": 2,
            "last": ["补贴按季度发放。"],
        },
    )


def test_a_contact_line_between_the_formula_and_the_signature() -> None:
    doc = ended(TWO + "特此答复。\n联系人：王某　联系电话：12345678" + TAIL)
    c = doc.contact
    same(
        {"closing": closing(doc), "signed": signed(doc), "contact": None if c is None else (c.name, list(c.phones))},
        {"closing": "特此答复。", "signed": SIGNED, "contact": ("王某", ["12345678"])},
    )


def test_thanks_of_two_sentences_run_on_after_the_last_paragraph_stay_the_body() -> None:
    doc = body("一、关于培训补贴\n补贴按季度发放。感谢您对人社工作的关心和支持。欢迎继续提出宝贵意见。")
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        # my misreading at first (the thanks as the closing): the project chose in rounds 4, 12, 17 and 22 that
        # thanks alone run on at a paragraph's end stay the body's (rules/lines/closing.py: a formula must follow)
        {
            "closing": None,
            "last": ["补贴按季度发放。感谢您对人社工作的关心和支持。欢迎继续提出宝贵意见。"],
            "signed": SIGNED,
        },
    )


# Batch 8 (written before any run): runs nested in a member of their own family (session 22's leftover)


def test_a_run_nested_in_the_second_member_stays_in_its_text_and_the_third_member_follows() -> None:
    doc = body(
        "一、关于培训\n今年主要做了三项工作：一是扩大培训规模，新增培训班二十期。二是完善补贴政策，具体包括：一是提高补贴标准，"
        "二是扩大补贴范围。三是加强培训监管，实行视频巡课。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [
                [
                    (1, "一是", "扩大培训规模，新增培训班二十期"),
                    (2, "二是", "完善补贴政策，具体包括：一是提高补贴标准，二是扩大补贴范围"),
                    (3, "三是", "加强培训监管，实行视频巡课"),
                ]
            ],
            "texts": [
                "一是扩大培训规模，新增培训班二十期。",
                "二是完善补贴政策，具体包括：一是提高补贴标准，二是扩大补贴范围。",
                "三是加强培训监管，实行视频巡课。",
            ],
        },
    )


def test_a_run_nested_in_the_last_member_stays_in_its_text() -> None:
    doc = body("一、关于培训\n一是扩大培训规模；二是完善补贴政策，主要是：一是提高标准，二是扩大范围。")
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [[(1, "一是", "扩大培训规模"), (2, "二是", "完善补贴政策，主要是：一是提高标准，二是扩大范围")]],
            "texts": ["一是扩大培训规模；", "二是完善补贴政策，主要是：一是提高标准，二是扩大范围。"],
        },
    )


def test_a_run_of_another_family_nested_in_the_second_of_first_next_last() -> None:
    doc = body("一、关于培训\n首先，摸清培训需求。其次，优化培训供给，一是增设课程，二是引入导师。最后，强化结果运用。")
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "首先", "摸清培训需求"),
                    (2, "其次", "优化培训供给，一是增设课程，二是引入导师"),
                    (3, "最后", "强化结果运用"),
                ]
            ]
        },
    )


def test_a_run_started_again_after_a_stop_is_the_next_run() -> None:
    doc = body("一、关于培训\n一是培训规模扩大；二是培训质量提升。针对存在的问题，一是加强监管；二是完善考核。")
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "一是", "培训规模扩大"),
                    (2, "二是", "培训质量提升"),
                    (1, "一是", "加强监管"),
                    (2, "二是", "完善考核"),
                ]
            ]
        },
    )


def test_a_run_nested_in_a_member_whose_run_goes_on_in_the_next_paragraph() -> None:
    doc = body(
        "一、关于培训\n一是扩大培训规模。\n二是完善补贴政策，具体包括：一是提高标准；二是扩大范围。\n三是加强培训监管。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "一是", "扩大培训规模")],
                [(2, "二是", "完善补贴政策，具体包括：一是提高标准")],
                [(3, "三是", "加强培训监管")],
            ]
        },
    )


def test_a_run_of_must_nested_in_the_second_member_before_the_third() -> None:
    doc = body("一、关于培训\n一是扩大规模。二是完善政策，一要提高标准，二要扩大范围。三是加强监管。")
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "一是", "扩大规模"),
                    (2, "二是", "完善政策，一要提高标准，二要扩大范围"),
                    (3, "三是", "加强监管"),
                ]
            ]
        },
    )


def test_a_run_nested_in_the_first_member_before_the_second() -> None:
    doc = body("一、关于培训\n一是完善政策，包括：一是提高标准，二是扩大范围。二是加强监管。三是优化服务。")
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "一是", "完善政策，包括：一是提高标准，二是扩大范围"),
                    (2, "二是", "加强监管"),
                    (3, "三是", "优化服务"),
                ]
            ]
        },
    )


def test_inline_bracketed_points_inside_a_member_open_no_section() -> None:
    doc = body("一、关于培训\n一是扩大规模；二是完善政策，包括（1）提高标准，（2）扩大范围；三是加强监管。")
    same(
        {"tree": tree(doc), "items": [m for _, m, _ in every_items(doc)[1][0]]},
        {"tree": [(1, "cn", "一、", "关于培训")], "items": ["一是", "二是", "三是"]},
    )


# Batch 9 (written before any run): the neighbouring genres


def all_items(doc: govdoc.Document) -> list[tuple[int, str, str]]:
    """Every member of the document as (ordinal, marker, lead), in order."""
    return [m for c in every_items(doc) for p in c for m in p]


def test_a_notice_with_must_members_in_its_last_heading() -> None:
    doc = checked(
        "某区人力资源和社会保障局关于开展2025年职业技能竞赛的通知\n各街道、镇人力资源和社会保障所：\n"
        "为营造崇尚技能的社会氛围，决定开展2025年职业技能竞赛。现将有关事项通知如下：\n一、竞赛项目\n设电工、焊工、育婴员三个项目。\n"
        "二、参赛对象\n本区内从业人员均可报名。\n三、工作要求\n各单位一要高度重视，二要精心组织。\n特此通知。\n"
        "某区人力资源和社会保障局\n2025年9月20日"
    )
    same(
        {
            "kind": doc.kind,
            "tree": tree(doc),
            "items": all_items(doc),
            "closing": closing(doc),
            "signed": signed(doc),
            "pre": pre(doc),
        },
        {
            "kind": "notice",
            "tree": [(1, "cn", "一、", "竞赛项目"), (1, "cn", "二、", "参赛对象"), (1, "cn", "三、", "工作要求")],
            "items": [(1, "一要", "高度重视"), (2, "二要", "精心组织")],
            "closing": "特此通知。",
            "signed": SIGNED,
            "pre": ["为营造崇尚技能的社会氛围，决定开展2025年职业技能竞赛。现将有关事项通知如下："],
        },
    )


def test_an_opinion_of_three_ranks() -> None:
    doc = checked(
        "某区关于促进灵活就业的实施意见\n为支持多渠道灵活就业，提出如下意见。\n一、总体要求\n（一）指导思想\n坚持就业优先战略。\n"
        "（二）主要目标\n到2027年，灵活就业人员参保率达到百分之八十。\n二、主要任务\n（一）拓宽就业渠道\n1.发展零工市场\n"
        "每个街道建成一个零工驿站。\n2.支持平台就业\n引导平台企业吸纳就业。\n（二）加强权益保障\n推动灵活就业人员参加社会保险。"
    )
    same(
        {"kind": doc.kind, "levels": [lv for lv, _, _ in levels(doc)], "pre": pre(doc)},
        {"kind": "opinion", "levels": [1, 2, 2, 1, 2, 3, 3, 2], "pre": ["为支持多渠道灵活就业，提出如下意见。"]},
    )


def test_a_plan_whose_last_heading_holds_members_with_sentences_after_their_leads() -> None:
    doc = checked(
        "某区零工市场建设工作方案\n一、工作目标\n年底前建成区级零工市场一个。\n二、工作任务\n（一）选址建设\n（二）信息平台建设\n"
        "三、保障措施\n一是加强组织领导。成立工作专班。二是强化资金保障。安排专项资金五十万元。三是严格督查考核。每月通报进度。"
    )
    same(
        {"kind": doc.kind, "titles": titles(doc), "items": every_items(doc)[-1]},
        {
            "kind": "plan",
            "titles": ["工作目标", "工作任务", "选址建设", "信息平台建设", "保障措施"],
            "items": [[(1, "一是", "加强组织领导"), (2, "二是", "强化资金保障"), (3, "三是", "严格督查考核")]],
        },
    )


def test_work_points_numbering_their_tasks_on_across_headings() -> None:
    doc = checked(
        "某区人力资源和社会保障局2025年工作要点\n一、稳定扩大就业\n1.开展春风行动。\n2.实施技能提升行动。\n二、完善社会保障\n"
        "3.推进全民参保。\n4.落实待遇调整。\n三、构建和谐劳动关系\n5.开展欠薪治理。"
    )
    same(
        {"parents": parents(doc), "ordinals": [s.ordinal for s in doc.iter_sections()], "gap": gap(doc)},
        {
            "parents": [
                ("一、", None),
                ("1.", "一、"),
                ("2.", "一、"),
                ("二、", None),
                ("3.", "二、"),
                ("4.", "二、"),
                ("三、", None),
                ("5.", "三、"),
            ],
            "ordinals": [1, 1, 2, 2, 3, 4, 3, 5],
            "gap": False,
        },
    )


def test_a_speech_whose_points_are_first_second_third_paragraphs() -> None:
    doc = checked(
        "在全区就业工作会议上的讲话\n同志们：\n今天召开全区就业工作会议，主要任务是部署下半年工作。下面，我讲三点意见。\n"
        "第一，要提高思想认识。就业是最大的民生。\n第二，要突出工作重点。重点抓好高校毕业生和灵活就业人员就业。\n"
        "第三，要强化工作落实。各单位要细化任务分工。\n同志们，做好就业工作意义重大，让我们共同努力！"
    )
    same(
        {"sections": len(doc.sections), "items": all_items(doc)},
        {
            "sections": 0,
            "items": [(1, "第一", "要提高思想认识"), (2, "第二", "要突出工作重点"), (3, "第三", "要强化工作落实")],
        },
    )


def test_an_approval_whose_points_are_short_sentences() -> None:
    doc = checked(
        "某区人力资源和社会保障局关于同意设立某区东街道零工市场的批复\n某区东街道办事处：\n"
        "你街道《关于设立零工市场的请示》收悉。经研究，批复如下：\n一、同意设立某区东街道零工市场。\n"
        "二、零工市场所需经费由你街道统筹解决。\n三、请你街道加强零工市场日常管理。\n特此批复。\n"
        "某区人力资源和社会保障局\n2025年9月20日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "approval",
            "tree": [
                (1, "cn", "一、", "同意设立某区东街道零工市场"),
                (1, "cn", "二、", "零工市场所需经费由你街道统筹解决"),
                (1, "cn", "三、", "请你街道加强零工市场日常管理"),
            ],
            "closing": "特此批复。",
            "signed": SIGNED,
        },
    )


def test_a_report_whose_last_heading_opens_its_plan() -> None:
    doc = checked(
        "某区人力资源和社会保障局关于2025年上半年就业工作情况的报告\n区人民政府：\n现将我局2025年上半年就业工作情况报告如下：\n"
        "一、工作开展情况\n上半年城镇新增就业五千人。\n二、存在的问题\n灵活就业人员参保率偏低。\n三、下一步工作打算\n"
        "下一步，我局将重点推进灵活就业人员参保。\n某区人力资源和社会保障局\n2025年7月10日"
    )
    same(
        {"kind": doc.kind, "phases": every_phase(doc), "signed": signed(doc)},
        {
            "kind": "report",
            "phases": [[None], [None], [None], ["plan"]],
            "signed": (("某区人力资源和社会保障局",), "2025-07-10"),
        },
    )


def test_twelve_articles_in_a_row() -> None:
    numerals = "一二三四五六七八九"
    lines = [f"第{n}条　本办法第{i + 1}项规定的事项按程序办理。" for i, n in enumerate(numerals)]
    lines += [f"第{n}条　本办法第{i + 10}项规定的事项按程序办理。" for i, n in enumerate(("十", "十一", "十二"))]
    doc = checked("某区失业保险稳岗返还办法\n" + "\n".join(lines))
    same(
        {
            "ordinals": [s.ordinal for s in doc.iter_sections()],
            "styles": {s.style for s in doc.iter_sections()},
            "gap": gap(doc),
        },
        {"ordinals": list(range(1, 13)), "styles": {"article"}, "gap": False},
    )


# Batch 10 (written before any run): look-alikes of markers and members, and a page cut's indented line


def test_a_decimal_sum_at_a_line_start_is_body() -> None:
    doc = body("一、关于培训补贴\n1.5万元以上的补贴资金实行专户管理。\n今年已发放补贴三百万元。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于培训补贴")],
            "paras": [["1.5万元以上的补贴资金实行专户管理。", "今年已发放补贴三百万元。"]],
        },
    )


def test_first_and_second_class_at_a_line_start_under_the_first_heading_is_body() -> None:
    doc = body("一、关于技能评价\n一、二类证书的补贴标准不同。\n二、关于补贴发放\n补贴按季度发放。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于技能评价"), (1, "cn", "二、", "关于补贴发放")],
            "paras": [["一、二类证书的补贴标准不同。"], ["补贴按季度发放。"]],
            "gap": False,
        },
    )


def test_first_batch_and_second_batch_are_no_members() -> None:
    doc = body("一、关于培训\n第一批培训学员已结业，第二批正在报名。")
    same(
        {"items": every_items(doc), "paras": paras(doc)},
        {"items": [[[]], [[]]], "paras": [["第一批培训学员已结业，第二批正在报名。"]]},
    )


def test_a_dotted_date_at_a_line_start_is_body() -> None:
    doc = body("一、关于春风行动\n2024.3.5起，全区开展春风行动。\n共举办招聘会十场。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于春风行动")],
            "paras": [["2024.3.5起，全区开展春风行动。", "共举办招聘会十场。"]],
        },
    )


def test_a_bracketed_count_of_weeks_at_a_line_start_is_body() -> None:
    doc = body("一、关于实训安排\n2)周内完成报名的学员，可优先安排实训。\n实训基地共四个。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于实训安排")],
            "paras": [["2)周内完成报名的学员，可优先安排实训。", "实训基地共四个。"]],
        },
    )


def test_two_thirds_are_inside_a_members_sentence_is_no_member() -> None:
    doc = body("一、关于培训\n一是扩大培训规模，参训人员中三分之二是女性。二是提高培训质量。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "扩大培训规模，参训人员中三分之二是女性"), (2, "二是", "提高培训质量")]]},
    )


def test_every_wednesday_is_after_a_run_is_no_member() -> None:
    doc = body("一、关于咨询服务\n一是开设夜间班；二是开设周末班，同时安排专人值守，每周三是政策咨询日。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "开设夜间班"), (2, "二是", "开设周末班，同时安排专人值守，每周三是政策咨询日")]]},
    )


def test_a_first_routine_route_at_a_line_start_is_no_article() -> None:
    doc = body("一、关于零工市场巡查\n第一条例行巡查路线已覆盖全部零工市场，第二条路线正在规划。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于零工市场巡查")],
            "paras": [["第一条例行巡查路线已覆盖全部零工市场，第二条路线正在规划。"]],
        },
    )


def test_an_indented_line_under_a_page_cut_in_a_text_indenting_its_lines_at_random_goes_on_the_paragraph() -> None:
    long = (
        "　　今年以来，我局聚焦灵活就业人员技能提升，共组织开展各类培训班一百二十期。培训覆盖外卖骑手、网约车司机、"
        "家政服务员等新就业形态劳动者三千余人次，培训后实现稳定就业"
    )
    doc = checked(
        "关于区政协五届三次会议第0358号提案的答复\n\n陈某委员：\n\n您提出的关于加强灵活就业人员技能培训的提案收悉，现答复如下：\n\n"
        + long
        + "\n\n　　人员占比达到百分之六十，较去年提高十个百分点。\n\n下一步，我局将继续扩大培训规模。\n\n"
        "　　特此答复。\n\n某区人力资源和社会保障局\n\n2025年9月20日"
    )
    same(
        {"pre": pre(doc), "closing": closing(doc), "joined": "page-break-joined" in codes(doc)},
        {
            "pre": [
                OPENING,
                long.lstrip("　") + "人员占比达到百分之六十，较去年提高十个百分点。",
                "下一步，我局将继续扩大培训规模。",
            ],
            "closing": "特此答复。",
            "joined": True,
        },
    )
