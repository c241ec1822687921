"""Thirtieth round of structure probes: short whole documents (title, 主送, body, closing, 落款 and date, so the
structure sits in a real frame) written as an outside tester would, on the structure rules alone (levels, markers,
titles, parents, members, phases, closing, 落款 and date, nothing of the body lost).

Shapes earlier rounds covered (read before writing, so this round varies them): rounds 3-29 (see
tests/test_probes_29_structure.py's docstring and those it cites).

What this round adds, on one theme (a city 文化广电和旅游局 answering a 政协提案 on rural guesthouses, 乡村民宿, and a
报告 around it, so the vocabulary is new to the probes):
- levels: five ranks on lines of their own down to ① headings; a rank skipped at one place only (（一） over （1）
  beside （二） over 1. over （1））; a document whose top rank is （一）, one whose top rank is 1.; a heading with no
  text over its siblings; regulation articles (第十二条　…) quoted inside a 一、 section; ① points inline in a
  sentence beside ① points on lines of their own; a heading wrapped over two lines at a pause mark; numbered points
  inside a quotation opened on the line before; a 报告's contents list whose entries end on a page number after a
  full-width space;
- members: runs restarting in each section with leads closed by ：，。; a run going on after a sentence closed inside
  quotation marks (。”二是); 第一，/第二 and 一抓/二抓 as false friends; 首先/其次/最后 opening three paragraphs after
  a plain one; 一要/二要/三要 after a quoted “三要”; 一方面/另一方面 over two preamble paragraphs; 一是 then 三是;
- phases: a 下一步 section holding a plan paragraph over its points; a 下步工作打算： line; 下步 without a comma and
  今后工作中; 存在的问题 with no plan at all; a 下一步 paragraph with thanks after the last section;
- the 落款 and around it: an organ wrapped before its 办公室; organ, date and contact over an 附件 list; a 落款 naming
  the title's organ with 办公室; a date alone; a 落款 in a Markdown table beside the contact; formula, 附件, two
  organs; 此页无正文 notes short and long; a 抄送 line over the 落款.

Every expected value was written from the contract, the README and the settled readings of earlier rounds before the
parser was run on any of these texts (each batch committed first); every document also keeps the span invariants and
invents no character. Each test compares all its checks at once (`same`).

Batches 5-8 (written after the first look, blind each): three ranks of headings in a row, ① straight under （一）, ①
lines under a run-in 1. point, a （一） heading wrapped at a pause mark, members in two sibling points, 一要 over
paragraphs after a quoted sentence, 第一，/第二， paragraphs, a plan with the formula run on, 今后 inside a sentence, an
organ with its second name in brackets, two organs over an ideograph date, organ and date on one line under an 附件
list, a 抄送 split at 、, a dotted two-rank contents list; a reply with no sections planning, a plan paragraph over
sub-points, members parted by commas, 一方面/另一方面 in one sentence, 第一、/第二、, a circled gap, thanks over the
formula, （盖章）, 联系人及电话, an 附件's own sections; a marker alone over its title, a member after a bracketed
note, a 版记 with printer and date, a wrapped 抄送, a contents list with tabbed page numbers, a run-in 下一步打算：
title over members, a date alone over an 附件; members after a dash, headings ending on ：, （一）、, 在下一步工作中,
a spaced date, （印章）, 为此，一是, a bracketed contact and a disclosure note.

First look (documents whole), per batch, and the causes (tests/test_struct30_causes.py):
- batches 1-4 (f6baa3c1: levels, members, phases, the 落款 area): 25/31. Three my misreadings, corrected in place with
  a note: a last point ending on its only stop is titled (two documents; settled since round 27), and the space after
  an article number between ideographs is a layout space the text drops (settled). Four causes: 1 a 此页无正文 note
  naming the page it seals (…，为…的签章页) was read as a body line and kept the formula in the body; 2 a rules text's
  articles quoted under a point of the answer (第十二条　…) opened article sections with a numbering gap; 3 a member
  after a sentence closed inside quotes (。”二是) was not found; 4 a 落款 in a table's right column beside the contact
  (Markdown or .docx) was not read.
- batch 5 (ade74729): 14/14; batch 6 (0d7797b4): 10/10.
- batch 7 (a843d2cf): 6/7 (cause 5: a member after a bracketed note set after a sentence's end, 。（…）四是).
- batch 8 (92125b06): 7/8 (cause 6: members after a dash leading in to them, ——一是).
Totals: 70 documents, 62 whole at first look (64 with my three misreadings corrected); six causes fixed, 70/70 after,
no strict xfail left.
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
    paras,
    parents,
    pre,
    same,
    signed,
    titles,
    trailer,
    tree,
    unplaced,
)

ORG = "岫山市文化广电和旅游局"
DATE = "2026年8月21日"
SIGNED = ((ORG,), "2026-08-21")
TITLE = "关于市政协十二届三次会议第87号提案的答复"
OPENING = "您提出的《关于促进乡村民宿规范发展的提案》收悉，现答复如下："
FRONT = TITLE + "\n周某委员：\n" + OPENING + "\n"
FOOT = ORG + "\n" + DATE


def answer(text: str, end: str | None = "特此答复。", sign: str | None = FOOT, front: str = FRONT) -> govdoc.Document:
    """The whole answer: title, 主送, opening, `text`, then `end` and the 落款 `sign` where given."""
    return checked("\n".join([front + text] + [p for p in (end, sign) if p is not None]))


TWO = "一、关于民宿消防安全\n全市民宿已全部配备灭火器。\n二、关于民宿宣传推广\n开展民宿推介活动十场。"
TWO_LAST = ["开展民宿推介活动十场。"]


# Batch 1 (written before any run): levels


def test_five_ranks_down_to_circled_headings_on_lines_of_their_own() -> None:
    doc = answer(
        "一、关于民宿准入\n（一）证照办理\n1.特种行业许可\n（1）申请条件\n①消防设施\n民宿须配备灭火器和烟感报警器。\n"
        "②卫生设施\n民宿须配备消毒设备。\n（2）办理时限\n自受理之日起十个工作日内办结。\n2.营业执照\n由市场监管部门办理。\n"
        "（二）等级评定\n全市已评定星级民宿四十二家。\n二、关于扶持资金\n市财政每年安排五百万元。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "paras": paras(doc), "gap": gap(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于民宿准入"),
                (2, "cn-paren", "（一）", "证照办理"),
                (3, "num", "1.", "特种行业许可"),
                (4, "num-paren", "（1）", "申请条件"),
                (5, "circled", "①", "消防设施"),
                (5, "circled", "②", "卫生设施"),
                (4, "num-paren", "（2）", "办理时限"),
                (3, "num", "2.", "营业执照"),
                (2, "cn-paren", "（二）", "等级评定"),
                (1, "cn", "二、", "关于扶持资金"),
            ],
            "parents": [
                ("一、", None),
                ("（一）", "一、"),
                ("1.", "（一）"),
                ("（1）", "1."),
                ("①", "（1）"),
                ("②", "（1）"),
                ("（2）", "1."),
                ("2.", "（一）"),
                ("（二）", "一、"),
                ("二、", None),
            ],
            "paras": [
                [],
                [],
                [],
                [],
                ["民宿须配备灭火器和烟感报警器。"],
                ["民宿须配备消毒设备。"],
                ["自受理之日起十个工作日内办结。"],
                ["由市场监管部门办理。"],
                ["全市已评定星级民宿四十二家。"],
                ["市财政每年安排五百万元。"],
            ],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_a_rank_skipped_under_one_paren_point_only() -> None:
    doc = answer(
        "一、关于规划引导\n（一）编制专项规划\n（1）县域规划\n汀兰县已完成县域民宿规划编制。\n（2）镇域规划\n蓼湾镇正在编制镇域规划。\n"
        "（二）划定集聚区\n1.首批集聚区\n全市划定首批民宿集聚区八个。\n（1）申报\n由各县区申报。\n（2）认定\n由市文化广电和旅游局认定。\n"
        "2.第二批集聚区\n计划明年划定。\n二、关于人才培训\n每年培训民宿管家三百人次。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "gap": gap(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于规划引导"),
                (2, "cn-paren", "（一）", "编制专项规划"),
                (3, "num-paren", "（1）", "县域规划"),
                (3, "num-paren", "（2）", "镇域规划"),
                (2, "cn-paren", "（二）", "划定集聚区"),
                (3, "num", "1.", "首批集聚区"),
                (4, "num-paren", "（1）", "申报"),
                (4, "num-paren", "（2）", "认定"),
                (3, "num", "2.", "第二批集聚区"),
                (1, "cn", "二、", "关于人才培训"),
            ],
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
                ("二、", None),
            ],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_a_reply_whose_top_rank_is_the_paren_numeral() -> None:
    doc = answer(
        "（一）关于民宿消防审批\n我局已会同市消防救援支队制定《乡村民宿消防安全基本要求》。\n（二）关于民宿用地\n"
        "1.存量农房利用\n鼓励利用闲置农房发展民宿。\n2.新增用地保障\n在年度用地计划中予以统筹。\n"
        "（三）关于品牌建设\n打造“岫山人家”民宿公共品牌。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "pre": pre(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn-paren", "（一）", "关于民宿消防审批"),
                (1, "cn-paren", "（二）", "关于民宿用地"),
                (2, "num", "1.", "存量农房利用"),
                (2, "num", "2.", "新增用地保障"),
                (1, "cn-paren", "（三）", "关于品牌建设"),
            ],
            "paras": [
                ["我局已会同市消防救援支队制定《乡村民宿消防安全基本要求》。"],
                [],
                ["鼓励利用闲置农房发展民宿。"],
                ["在年度用地计划中予以统筹。"],
                ["打造“岫山人家”民宿公共品牌。"],
            ],
            "pre": [OPENING],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_reply_whose_top_rank_is_the_arabic_number_with_untitled_circled_points() -> None:
    doc = answer(
        "1.关于民宿登记管理\n（1）推行线上登记\n游客可通过“岫山文旅”小程序登记入住。\n（2）加强数据共享\n"
        "①与公安部门共享入住数据；\n②与市场监管部门共享证照数据。\n2.关于民宿服务质量\n开展民宿服务质量提升行动。"
    )
    # My misreading at first look (corrected here): I wanted the last circled point untitled too. The settled reading
    # (the contract's own-line title rule; tests/test_probes_27_structure.py, a letter's points ending ；；。) titles a
    # point whose line ends on its only stop and is at most 30 characters, whatever its siblings end on.
    same(
        {"tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "num", "1.", "关于民宿登记管理"),
                (2, "num-paren", "（1）", "推行线上登记"),
                (2, "num-paren", "（2）", "加强数据共享"),
                (3, "circled", "①", None),
                (3, "circled", "②", "与市场监管部门共享证照数据"),
                (1, "num", "2.", "关于民宿服务质量"),
            ],
            "paras": [
                [],
                ["游客可通过“岫山文旅”小程序登记入住。"],
                [],
                ["与公安部门共享入住数据；"],
                [],
                ["开展民宿服务质量提升行动。"],
            ],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_paren_points_restarting_under_each_top_heading_one_with_no_text() -> None:
    doc = answer(
        "一、关于政策扶持\n（一）资金扶持\n对新评定的星级民宿给予一次性奖励。\n（二）金融扶持\n协调银行推出“民宿贷”产品。\n"
        "二、关于宣传推广\n（一）线上推广\n（二）线下推广\n参加省内外旅游交易会六场。\n（三）节庆活动\n举办乡村民宿文化节。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc), "unplaced": unplaced(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于政策扶持"),
                (2, "cn-paren", "（一）", "资金扶持"),
                (2, "cn-paren", "（二）", "金融扶持"),
                (1, "cn", "二、", "关于宣传推广"),
                (2, "cn-paren", "（一）", "线上推广"),
                (2, "cn-paren", "（二）", "线下推广"),
                (2, "cn-paren", "（三）", "节庆活动"),
            ],
            "paras": [
                [],
                ["对新评定的星级民宿给予一次性奖励。"],
                ["协调银行推出“民宿贷”产品。"],
                [],
                [],
                ["参加省内外旅游交易会六场。"],
                ["举办乡村民宿文化节。"],
            ],
            "gap": False,
            "unplaced": False,
        },
    )


_RULES = [
    "《岫山市乡村民宿管理办法》对民宿经营作了明确规定：",
    "第十二条　民宿经营者应当依法办理营业执照和特种行业许可证。",
    "第十三条　民宿经营者应当建立健全安全管理制度。",
    "我局将严格按照上述规定开展监管。",
]


def test_articles_of_a_regulation_quoted_inside_a_top_section_stay_its_paragraphs() -> None:
    doc = answer("一、关于政策依据\n" + "\n".join(_RULES) + "\n二、关于监督检查\n今年以来共检查民宿一百二十家次。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于政策依据"), (1, "cn", "二、", "关于监督检查")],
            # my slip at first look (corrected here): the space after an article number between two ideographs is a
            # layout space the text leaves out (the contract's normalised text, settled), so the paragraphs hold none
            "paras": [[r.replace("\u3000", "") for r in _RULES], ["今年以来共检查民宿一百二十家次。"]],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_circled_points_inside_a_sentence_beside_circled_points_on_lines_of_their_own() -> None:
    doc = answer(
        "一、关于准入标准\n新办民宿须同时满足以下条件：①消防设施齐全；②卫生条件达标；③证照齐全。\n"
        "二、关于退出机制\n对存在以下情形的民宿取消星级：\n①发生重大安全事故的；\n②被游客投诉查实三次以上的。"
    )
    # My misreading at first look (corrected here): I wanted the last circled point untitled too. The settled reading
    # (the contract's own-line title rule; tests/test_probes_27_structure.py, a letter's points ending ；；。) titles a
    # point whose line ends on its only stop and is at most 30 characters, whatever its siblings end on.
    same(
        {"tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于准入标准"),
                (1, "cn", "二、", "关于退出机制"),
                (2, "circled", "①", None),
                (2, "circled", "②", "被游客投诉查实三次以上的"),
            ],
            "paras": [
                ["新办民宿须同时满足以下条件：①消防设施齐全；②卫生条件达标；③证照齐全。"],
                ["对存在以下情形的民宿取消星级："],
                ["发生重大安全事故的；"],
                [],
            ],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_heading_wrapped_over_two_lines_at_a_pause_mark() -> None:
    doc = answer(
        "一、关于推动民宿与农业、\n文化深度融合的问题\n我局联合市农业农村局开展“民宿+农业”试点。\n"
        "二、关于民宿人才培养\n每年培训民宿管家三百人次。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于推动民宿与农业、文化深度融合的问题"),
                (1, "cn", "二、", "关于民宿人才培养"),
            ],
            "paras": [["我局联合市农业农村局开展“民宿+农业”试点。"], ["每年培训民宿管家三百人次。"]],
        },
    )


_QUOTED = [
    "我局印发的《乡村民宿服务规范》明确要求：",
    "“1.民宿经营者应当公示收费标准；",
    "2.民宿经营者应当提供二十四小时应急联系电话。”",
    "目前全市民宿均已落实上述要求。",
]


def test_numbered_points_inside_a_quotation_opened_on_the_line_before() -> None:
    doc = answer("一、关于服务标准\n" + "\n".join(_QUOTED) + "\n二、关于投诉处理\n开通民宿投诉热线。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于服务标准"), (1, "cn", "二、", "关于投诉处理")],
            "paras": [_QUOTED, ["开通民宿投诉热线。"]],
            "gap": False,
        },
    )


def test_a_reports_contents_list_with_page_numbers_after_a_full_width_space() -> None:
    doc = checked(
        "岫山市文化广电和旅游局关于全市乡村民宿发展情况的报告\n市人民政府：\n目录\n一、基本情况　1\n二、主要做法　2\n"
        "三、存在问题　4\n一、基本情况\n全市共有乡村民宿六百八十家。\n二、主要做法\n（一）强化规划引导\n编制全市民宿发展规划。\n"
        "（二）强化政策扶持\n出台民宿扶持办法。\n三、存在问题\n部分民宿服务水平不高。\n特此报告。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "pre": pre(doc), "tree": tree(doc), "gap": gap(doc), "closing": closing(doc)},
        {
            "kind": "report",
            "pre": ["目录", "一、基本情况　1", "二、主要做法　2", "三、存在问题　4"],
            "tree": [
                (1, "cn", "一、", "基本情况"),
                (1, "cn", "二、", "主要做法"),
                (2, "cn-paren", "（一）", "强化规划引导"),
                (2, "cn-paren", "（二）", "强化政策扶持"),
                (1, "cn", "三、", "存在问题"),
            ],
            "gap": False,
            "closing": "特此报告。",
        },
    )


# Batch 2 (written before any run): members


def test_runs_restarting_in_each_section_with_leads_closed_by_colon_comma_and_stop() -> None:
    doc = answer(
        "一、关于规划引导\n我局重点做了三方面工作：一是编制规划：出台《岫山市乡村民宿发展规划》；二是划定片区，全市划定集聚区八个；"
        "三是建立项目库。共入库项目四十个。\n二、关于扶持政策\n一是加大资金扶持。市财政每年安排五百万元。二是加大金融支持。推出“民宿贷”产品。"
    )
    items = every_items(doc)
    same(
        {"one": items[1], "two": items[2]},
        {
            "one": [
                [
                    (1, "一是", "编制规划：出台《岫山市乡村民宿发展规划》"),
                    (2, "二是", "划定片区，全市划定集聚区八个"),
                    (3, "三是", "建立项目库"),
                ]
            ],
            "two": [[(1, "一是", "加大资金扶持"), (2, "二是", "加大金融支持")]],
        },
    )


def test_a_run_going_on_after_a_sentence_closed_inside_quotation_marks() -> None:
    doc = answer(
        "一、关于宣传推广\n一是讲好民宿故事。正如游客所说：“住的是民宿，品的是乡愁。”二是拓展推广渠道。与主流平台开展合作。\n"
        "二、关于人才培养\n每年培训民宿管家三百人次。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [[(1, "一是", "讲好民宿故事"), (2, "二是", "拓展推广渠道")]],
            "texts": [
                "一是讲好民宿故事。正如游客所说：“住的是民宿，品的是乡愁。”",
                "二是拓展推广渠道。与主流平台开展合作。",
            ],
        },
    )


def test_first_and_second_inside_sentences_and_grasp_words_are_no_members() -> None:
    doc = answer(
        "一、关于品牌建设\n2025年，我市民宿游客满意度位居全省第一，第二季度入住率达到百分之七十。\n"
        "我局坚持一抓标准、二抓服务、三抓品牌，推动民宿提档升级。\n二、关于人才培养\n每年培训民宿管家三百人次。"
    )
    same({"items": every_items(doc)}, {"items": [[[]], [[], []], [[]]]})


def test_first_then_last_opening_three_paragraphs_after_a_plain_one() -> None:
    doc = answer(
        TWO.split("\n二、")[0]
        + "\n二、关于人才培养\n我局高度重视民宿人才队伍建设。\n首先，开展民宿管家培训，每年培训三百人次。\n"
        "其次，组织经营者外出考察学习。\n最后，评选“金牌民宿管家”二十名。"
    )
    same(
        {"items": every_items(doc)[2], "paras": len(paras(doc)[1]), "closing": closing(doc)},
        {
            "items": [
                [],
                [(1, "首先", "开展民宿管家培训，每年培训三百人次")],
                [(2, "其次", "组织经营者外出考察学习")],
                [(3, "最后", "评选“金牌民宿管家”二十名")],
            ],
            "paras": 4,
            "closing": "特此答复。",
        },
    )


def test_must_members_after_a_quoted_count_of_them() -> None:
    doc = answer("一、关于规范经营\n我局要求各民宿经营者做到“三要”：一要诚信经营，二要规范收费，三要热情服务。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一要", "诚信经营"), (2, "二要", "规范收费"), (3, "三要", "热情服务")]]},
    )


def test_on_the_one_hand_and_the_other_over_two_preamble_paragraphs() -> None:
    doc = answer(
        "近年来，我市乡村民宿发展迅速，但也面临一些问题。一方面，部分民宿存在消防隐患。\n另一方面，民宿服务水平参差不齐。\n"
        + TWO
    )
    same(
        {"pre": len(pre(doc)), "items": every_items(doc)[0], "tree": len(tree(doc))},
        {
            "pre": 3,
            "items": [[], [(1, "一方面", "部分民宿存在消防隐患")], [(2, "另一方面", "民宿服务水平参差不齐")]],
            "tree": 2,
        },
    )


def test_first_then_third_is_no_run() -> None:
    doc = answer(
        "一、关于监管执法\n今年以来，我局一是开展专项检查，检查民宿一百二十家次；三是建立黑名单制度。\n"
        "二、关于人才培养\n每年培训民宿管家三百人次。"
    )
    same(
        {"items": every_items(doc), "paras": paras(doc)[0]},
        {
            "items": [[[]], [[]], [[]]],
            "paras": ["今年以来，我局一是开展专项检查，检查民宿一百二十家次；三是建立黑名单制度。"],
        },
    )


# Batch 3 (written before any run): phases


def test_a_plan_section_with_a_plan_paragraph_over_its_points() -> None:
    doc = answer(
        "一、关于民宿发展现状\n全市共有乡村民宿六百八十家，带动就业四千余人。\n二、下一步工作打算\n下一步，我局将重点做好以下工作：\n"
        "（一）完善扶持政策\n出台《岫山市乡村民宿扶持办法》。\n（二）加强人才培养\n继续开展民宿管家培训。"
    )
    same(
        {"titles": titles(doc), "phases": every_phase(doc)},
        {
            "titles": ["关于民宿发展现状", "下一步工作打算", "完善扶持政策", "加强人才培养"],
            "phases": [[None], [None], ["plan"], [None], [None]],
        },
    )


def test_a_run_in_next_steps_line_after_a_problem_sentence() -> None:
    doc = answer(
        "一、关于民宿消防安全\n我局会同消防部门开展民宿消防安全专项检查，整改隐患八十余处。\n目前仍存在部分民宿消防设施老化的问题。\n"
        "下步工作打算：建立民宿消防安全常态化检查机制。\n二、关于民宿宣传推广\n开展民宿推介活动十场。"
    )
    same(
        {"phases": every_phase(doc), "paras": len(paras(doc)[0])},
        {"phases": [[None], ["progress", "progress", "plan"], [None]], "paras": 3},
    )


def test_handling_then_next_steps_without_a_comma_and_from_now_on() -> None:
    doc = answer(
        "一、办理情况\n我局收到提案后，及时召开专题会议研究。\n二、下步打算\n下步我局将联合市农业农村局开展试点。\n"
        "今后工作中，我局将加强与提案人的沟通。"
    )
    same(
        {"titles": titles(doc), "phases": every_phase(doc)},
        {"titles": ["办理情况", "下步打算"], "phases": [[None], [None], ["plan", "plan"]]},
    )


def test_problems_and_difficulties_with_no_plan_anywhere() -> None:
    doc = answer(
        "一、基本情况\n全市共有乡村民宿六百八十家。\n二、存在的问题和困难\n一是资金不足；二是人才缺乏。\n三、工作建议\n建议省级层面加大支持。"
    )
    same(
        {"titles": titles(doc), "phases": every_phase(doc), "items": every_items(doc)[2]},
        {
            "titles": ["基本情况", "存在的问题和困难", "工作建议"],
            "phases": [[None], [None], [None], [None]],
            "items": [[(1, "一是", "资金不足"), (2, "二是", "人才缺乏")]],
        },
    )


_PLAN_THANKS = "下一步，我局将认真吸纳您的意见建议，推动民宿高质量发展。感谢您对文化旅游工作的关心和支持！"


def test_a_plan_paragraph_with_thanks_after_the_last_section() -> None:
    doc = answer(TWO + "\n" + _PLAN_THANKS, end=None)
    same(
        {"phases": every_phase(doc), "last": paras(doc)[-1], "closing": closing(doc), "signed": signed(doc)},
        {
            "phases": [[None], [None], ["progress", "plan"]],
            "last": [*TWO_LAST, _PLAN_THANKS],
            "closing": None,
            "signed": SIGNED,
        },
    )


# Batch 4 (written before any run): the 落款 and around it


def test_an_organ_wrapped_before_its_office_word() -> None:
    doc = answer(TWO, sign="岫山市葭沚区人民政府\n办公室\n" + DATE)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {"signed": (("岫山市葭沚区人民政府办公室",), "2026-08-21"), "closing": "特此答复。", "last": TWO_LAST},
    )


def test_organ_date_and_contact_over_an_attachment_list_with_no_formula() -> None:
    doc = answer(
        TWO,
        end=None,
        sign=FOOT
        + "\n联系人：周某　　联系电话：0579-12345678\n附件：1.岫山市乡村民宿等级评定标准\n2.岫山市乡村民宿扶持资金管理办法",
    )
    t = trailer(doc)
    same(
        {k: t[k] for k in ("closing", "contact", "attachments", "last")} | {"signed": signed(doc)},
        {
            "closing": None,
            "contact": {"name": "周某", "phones": ("0579-12345678",)},
            "attachments": ("岫山市乡村民宿等级评定标准", "岫山市乡村民宿扶持资金管理办法"),
            "last": TWO_LAST[0],
            "signed": SIGNED,
        },
    )


def test_a_signature_naming_the_titles_organ_with_its_office() -> None:
    doc = answer(
        TWO,
        sign="汀兰县人民政府办公室\n" + DATE,
        front="汀兰县人民政府关于县政协十届二次会议第15号提案的答复\n吴某委员：\n" + OPENING + "\n",
    )
    same(
        {"issuer": doc.header.issuer, "signed": signed(doc), "closing": closing(doc)},
        {"issuer": "汀兰县人民政府", "signed": (("汀兰县人民政府办公室",), "2026-08-21"), "closing": "特此答复。"},
    )


def test_a_date_alone_under_the_formula() -> None:
    doc = answer(TWO, sign=DATE)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {"signed": ((), "2026-08-21"), "closing": "特此答复。", "last": TWO_LAST},
    )


def test_a_signature_in_a_markdown_table_beside_the_contact() -> None:
    doc = answer(
        TWO,
        sign="\n| 联系人：周某 | 岫山市文化广电和旅游局 |\n|---|---|\n| 联系电话：0579-12345678 | 2026年8月21日 |",
    )
    t = trailer(doc)
    same(
        {"signed": signed(doc), "closing": closing(doc), "contact": t["contact"], "last": t["last"]},
        {
            "signed": SIGNED,
            "closing": "特此答复。",
            "contact": {"name": "周某", "phones": ("0579-12345678",)},
            "last": TWO_LAST[0],
        },
    )


def test_formula_then_one_attachment_then_two_organs() -> None:
    doc = answer(
        TWO, end="特此答复。\n附件：岫山市乡村民宿扶持资金申报指南", sign=FOOT.replace("\n", "\n岫山市财政局\n")
    )
    same(
        {"signed": signed(doc), "closing": closing(doc), "attachments": doc.attachments, "last": paras(doc)[-1]},
        {
            "signed": ((ORG, "岫山市财政局"), "2026-08-21"),
            "closing": "特此答复。",
            "attachments": ("岫山市乡村民宿扶持资金申报指南",),
            "last": TWO_LAST,
        },
    )


def test_a_short_no_text_on_this_page_note_over_the_signature() -> None:
    doc = answer(TWO, end="特此答复。\n\n（此页无正文）", sign=FOOT)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST},
    )


def test_a_long_no_text_on_this_page_note_naming_the_document_over_the_signature() -> None:
    note = "（此页无正文，为岫山市文化广电和旅游局关于市政协十二届三次会议第87号提案的答复的签章页）"
    doc = answer(TWO, end="特此答复。\n" + note, sign=FOOT)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1], "sections": len(tree(doc))},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST, "sections": 2},
    )


def test_a_long_copy_to_line_over_the_signature() -> None:
    doc = answer(
        TWO,
        end="特此答复。\n抄送：市政协提案委员会，市政府督查室，汀兰县文化广电和旅游局，葭沚区文化旅游体育局，蓼湾镇人民政府。",
    )
    t = trailer(doc)
    same(
        {"signed": signed(doc), "closing": closing(doc), "cc": None if t["imprint"] is None else t["imprint"][0]},
        {
            "signed": SIGNED,
            "closing": "特此答复。",
            "cc": (
                "市政协提案委员会",
                "市政府督查室",
                "汀兰县文化广电和旅游局",
                "葭沚区文化旅游体育局",
                "蓼湾镇人民政府",
            ),
        },
    )


# Batch 5 (written after batches 1-4's first look and causes 1-4, before any run of these): further shapes


def test_three_headings_in_a_row_before_any_text() -> None:
    doc = answer(
        "一、关于民宿品牌建设\n（一）打造公共品牌\n1.品牌设计\n完成“岫山人家”品牌标识设计。\n2.品牌推广\n在主要客源地投放广告。\n"
        "（二）培育精品民宿\n评定精品民宿二十家。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "parents": parents(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于民宿品牌建设"),
                (2, "cn-paren", "（一）", "打造公共品牌"),
                (3, "num", "1.", "品牌设计"),
                (3, "num", "2.", "品牌推广"),
                (2, "cn-paren", "（二）", "培育精品民宿"),
            ],
            "paras": [[], [], ["完成“岫山人家”品牌标识设计。"], ["在主要客源地投放广告。"], ["评定精品民宿二十家。"]],
            "parents": [("一、", None), ("（一）", "一、"), ("1.", "（一）"), ("2.", "（一）"), ("（二）", "一、")],
        },
    )


def test_circled_points_straight_under_a_paren_point() -> None:
    doc = answer(
        "一、关于民宿安全\n（一）消防安全\n①配齐消防器材\n全市民宿配备灭火器三千具。\n②开展消防演练\n组织演练六十场。\n"
        "（二）食品安全\n开展食品安全培训。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于民宿安全"),
                (2, "cn-paren", "（一）", "消防安全"),
                (3, "circled", "①", "配齐消防器材"),
                (3, "circled", "②", "开展消防演练"),
                (2, "cn-paren", "（二）", "食品安全"),
            ],
            "parents": [("一、", None), ("（一）", "一、"), ("①", "（一）"), ("②", "（一）"), ("（二）", "一、")],
            "gap": False,
        },
    )


def test_circled_points_on_lines_under_a_run_in_arabic_point() -> None:
    doc = answer(
        "1.加强日常监管。主要措施如下：\n①每季度开展一次全面检查；\n②建立民宿信用档案。\n2.加强行业自律。指导成立市民宿协会。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "num", "1.", "加强日常监管"),
                (2, "circled", "①", None),
                (2, "circled", "②", "建立民宿信用档案"),
                (1, "num", "2.", "加强行业自律"),
            ],
            "paras": [["主要措施如下："], ["每季度开展一次全面检查；"], [], ["指导成立市民宿协会。"]],
        },
    )


def test_a_paren_heading_wrapped_after_a_pause_mark() -> None:
    doc = answer(
        "一、关于产业融合\n（一）推动民宿与文化、体育、\n康养等产业融合发展\n开发民宿研学线路十条。\n（二）推动民宿与农业融合发展\n"
        "建设采摘园十二个。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)},
        {
            "titles": ["关于产业融合", "推动民宿与文化、体育、康养等产业融合发展", "推动民宿与农业融合发展"],
            "paras": [[], ["开发民宿研学线路十条。"], ["建设采摘园十二个。"]],
        },
    )


def test_members_in_two_sibling_points_do_not_make_one_run() -> None:
    doc = answer("一、关于民宿监管\n（一）事前监管\n一是严格准入审查。\n（二）事中监管\n二是加强日常巡查。")
    same({"items": every_items(doc)}, {"items": [[[]], [], [[]], [[]]]})


def test_must_members_over_paragraphs_one_after_a_quoted_sentence() -> None:
    doc = answer(
        "一、关于服务提升\n一要提升服务意识。\n二要提升服务技能。正如一位游客留言：“这里的管家比家人还贴心。”三要提升服务标准。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "一要", "提升服务意识")],
                [(2, "二要", "提升服务技能"), (3, "三要", "提升服务标准")],
            ]
        },
    )


def test_first_second_over_paragraphs_under_an_arabic_point() -> None:
    doc = answer(
        "一、关于资金扶持\n1.市级资金\n第一，设立民宿发展专项资金，每年五百万元。\n第二，对星级民宿给予一次性奖励。\n2.县级资金\n各县区配套安排资金。"
    )
    same(
        {"items": every_items(doc)[2], "paras": paras(doc)[1]},
        {
            "items": [[(1, "第一", "设立民宿发展专项资金，每年五百万元")], [(2, "第二", "对星级民宿给予一次性奖励")]],
            "paras": ["第一，设立民宿发展专项资金，每年五百万元。", "第二，对星级民宿给予一次性奖励。"],
        },
    )


def test_a_plan_then_the_formula_on_one_line_after_the_last_section() -> None:
    plan = "下一步，我局将继续加强与您的沟通联系，推动民宿规范发展。"
    doc = answer(TWO + "\n" + plan + "特此答复。", end=None)
    same(
        {"last": paras(doc)[-1], "phases": every_phase(doc)[-1], "closing": closing(doc), "signed": signed(doc)},
        {"last": [*TWO_LAST, plan], "phases": ["progress", "plan"], "closing": "特此答复。", "signed": SIGNED},
    )


def test_a_future_word_inside_a_sentence_plans_nothing() -> None:
    doc = answer(
        "一、关于民宿用地\n我局今后将积极争取用地指标。\n二、关于民宿融资\n下一阶段，我局将推动设立民宿产业基金。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], [None], ["plan"]]})


def test_an_organ_with_its_second_name_in_brackets_signing() -> None:
    doc = answer(TWO, sign="岫山市文化广电和旅游局（岫山市文物局）\n" + DATE)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {
            "signed": (("岫山市文化广电和旅游局（岫山市文物局）",), "2026-08-21"),
            "closing": "特此答复。",
            "last": TWO_LAST,
        },
    )


def test_two_organs_stacked_over_a_date_in_ideographs() -> None:
    doc = answer(TWO, sign="中共岫山市委宣传部\n岫山市文化广电和旅游局\n二〇二六年八月二十一日")
    same(
        {"signed": signed(doc), "date_text": doc.signature and doc.signature.date_text, "closing": closing(doc)},
        {
            "signed": (("中共岫山市委宣传部", ORG), "2026-08-21"),
            "date_text": "二〇二六年八月二十一日",
            "closing": "特此答复。",
        },
    )


def test_organ_and_date_on_one_line_under_an_attachment_list() -> None:
    doc = answer(
        TWO,
        end="特此答复。\n附件：1.岫山市乡村民宿名录\n2.岫山市乡村民宿地图",
        sign=ORG + "　　" + DATE,
    )
    same(
        {"signed": signed(doc), "attachments": doc.attachments, "closing": closing(doc)},
        {"signed": SIGNED, "attachments": ("岫山市乡村民宿名录", "岫山市乡村民宿地图"), "closing": "特此答复。"},
    )


def test_a_copy_to_line_split_at_pause_marks_under_the_signature() -> None:
    doc = answer(TWO, sign=FOOT + "\n抄送：市政协提案委、市政府督查室。")
    t = trailer(doc)
    same(
        {"signed": signed(doc), "cc": None if t["imprint"] is None else t["imprint"][0], "closing": closing(doc)},
        {"signed": SIGNED, "cc": ("市政协提案委", "市政府督查室"), "closing": "特此答复。"},
    )


def test_a_reply_with_a_dotted_contents_list_of_two_ranks() -> None:
    doc = checked(
        "岫山市文化广电和旅游局关于乡村民宿发展情况的报告\n市人大常委会：\n目录\n一、发展现状……1\n（一）规模……1\n（二）效益……2\n"
        "二、主要问题……3\n一、发展现状\n（一）规模\n全市共有乡村民宿六百八十家。\n（二）效益\n年接待游客二百万人次。\n"
        "二、主要问题\n部分民宿同质化严重。\n特此报告。\n" + FOOT
    )
    same(
        {"pre": pre(doc), "tree": tree(doc), "gap": gap(doc), "signed": signed(doc)},
        {
            "pre": ["目录", "一、发展现状……1", "（一）规模……1", "（二）效益……2", "二、主要问题……3"],
            "tree": [
                (1, "cn", "一、", "发展现状"),
                (2, "cn-paren", "（一）", "规模"),
                (2, "cn-paren", "（二）", "效益"),
                (1, "cn", "二、", "主要问题"),
            ],
            "gap": False,
            "signed": SIGNED,
        },
    )


# Batch 6 (written after batch 5 passed whole, before any run of these)


def test_a_reply_without_numbered_sections_planning_in_its_last_paragraph() -> None:
    doc = answer(
        "近年来，我市出台了《岫山市乡村民宿管理办法》，全市民宿实现规范经营。\n下一步，我局将进一步完善民宿扶持政策。"
    )
    same(
        {"tree": tree(doc), "pre": pre(doc), "phases": every_phase(doc), "closing": closing(doc)},
        {
            "tree": [],
            "pre": [
                OPENING,
                "近年来，我市出台了《岫山市乡村民宿管理办法》，全市民宿实现规范经营。",
                "下一步，我局将进一步完善民宿扶持政策。",
            ],
            "phases": [["progress", "progress", "plan"]],
            "closing": "特此答复。",
        },
    )


def test_a_plan_paragraph_over_the_sections_first_sub_point() -> None:
    doc = answer(
        "一、关于民宿标准\n我市已出台民宿地方标准。\n下一步，我局将从两个方面完善标准体系。\n（一）修订等级评定标准\n"
        "提高评定门槛。\n（二）制定服务规范\n明确服务流程。"
    )
    same(
        {"phases": every_phase(doc), "titles": titles(doc)},
        {
            "phases": [[None], ["progress", "plan"], [None], [None]],
            "titles": ["关于民宿标准", "修订等级评定标准", "制定服务规范"],
        },
    )


def test_members_parted_by_commas_only() -> None:
    doc = answer("一、关于民宿监管\n今年以来，我局一是加强宣传，二是完善设施，三是强化监管，取得了明显成效。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "加强宣传"), (2, "二是", "完善设施"), (3, "三是", "强化监管，取得了明显成效")]]},
    )


def test_one_side_and_the_other_inside_one_sentence() -> None:
    doc = answer("一、关于民宿融资\n我局一方面加大财政投入，另一方面引导社会资本参与。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一方面", "加大财政投入"), (2, "另一方面", "引导社会资本参与")]]},
    )


def test_first_second_with_pause_marks_in_one_paragraph() -> None:
    doc = answer("一、关于组织保障\n第一、强化组织领导。成立工作专班。第二、强化资金保障。市财政安排专项资金。")
    same(
        {"items": every_items(doc)[1], "tree": len(tree(doc))},
        {"items": [[(1, "第一", "强化组织领导"), (2, "第二", "强化资金保障")]], "tree": 1},
    )


def test_a_circled_gap_is_warned() -> None:
    doc = answer(
        "一、关于民宿安全\n①配齐消防器材\n全市民宿配备灭火器三千具。\n②开展消防演练\n组织演练六十场。\n④开展安全培训\n培训一千人次。"
    )
    same(
        {"levels": [(s.level, s.style, s.ordinal) for s in doc.iter_sections()], "gap": gap(doc)},
        {"levels": [(1, "cn", 1), (2, "circled", 1), (2, "circled", 2), (2, "circled", 4)], "gap": True},
    )


def test_thanks_line_over_the_formula_after_the_last_section() -> None:
    doc = answer(TWO, end="感谢您对我市文化旅游工作的关心和支持！\n特此答复。")
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {"closing": "感谢您对我市文化旅游工作的关心和支持！\n特此答复。", "last": TWO_LAST, "signed": SIGNED},
    )


def test_a_sealed_organ_note_after_the_organ() -> None:
    doc = answer(TWO, sign="岫山市文化广电和旅游局（盖章）\n" + DATE)
    same({"signed": signed(doc), "closing": closing(doc)}, {"signed": SIGNED, "closing": "特此答复。"})


def test_a_contact_with_name_and_phone_under_one_label_after_the_signature() -> None:
    doc = answer(TWO, sign=FOOT + "\n联系人及电话：周某，0579-12345678")
    t = trailer(doc)
    same(
        {"signed": signed(doc), "contact": t["contact"], "last": t["last"]},
        {"signed": SIGNED, "contact": {"name": "周某", "phones": ("0579-12345678",)}, "last": TWO_LAST[0]},
    )


def test_an_attachments_own_sections_after_the_signature_stay_out_of_the_body() -> None:
    doc = answer(
        TWO,
        sign=FOOT
        + "\n附件\n岫山市乡村民宿扶持办法\n一、总则\n为促进乡村民宿发展，制定本办法。\n二、扶持对象\n全市登记在册的民宿。",
    )
    same(
        {"tree": tree(doc), "attachments": doc.attachments, "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于民宿消防安全"), (1, "cn", "二、", "关于民宿宣传推广")],
            "attachments": ("岫山市乡村民宿扶持办法",),
            "signed": SIGNED,
        },
    )


# Batch 7 (written after batch 6 passed whole, before any run of these)


def test_a_marker_alone_on_its_line_over_its_title() -> None:
    doc = answer("一、\n关于民宿用地问题\n我局已将民宿用地纳入年度计划。\n二、\n关于民宿融资问题\n推出“民宿贷”产品。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于民宿用地问题"), (1, "cn", "二、", "关于民宿融资问题")],
            "paras": [["我局已将民宿用地纳入年度计划。"], ["推出“民宿贷”产品。"]],
        },
    )


def test_a_member_after_a_bracketed_note_closing_a_sentence() -> None:
    doc = answer(
        "一、关于扶持政策\n一是完善扶持政策。出台民宿扶持办法（详见附件1）。二是加大资金投入。\n"
        "三是强化金融支持。（具体名单见附件2）四是优化审批服务。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "一是", "完善扶持政策"), (2, "二是", "加大资金投入")],
                [(3, "三是", "强化金融支持"), (4, "四是", "优化审批服务")],
            ]
        },
    )


def test_an_imprint_with_printer_and_date_under_the_signature() -> None:
    doc = answer(
        TWO,
        sign=FOOT + "\n抄送：市政协提案委员会，市政府督查室。\n岫山市文化广电和旅游局办公室　　2026年8月22日印发",
    )
    t = trailer(doc)
    same(
        {"signed": signed(doc), "imprint": t["imprint"], "closing": closing(doc)},
        {
            "signed": SIGNED,
            "imprint": (("市政协提案委员会", "市政府督查室"), "岫山市文化广电和旅游局办公室", "2026-08-22"),
            "closing": "特此答复。",
        },
    )


def test_a_copy_to_line_wrapped_over_two_lines() -> None:
    doc = answer(
        TWO,
        sign=FOOT
        + "\n抄送：市政协提案委员会，市政府督查室，汀兰县文化广电和旅游局，\n葭沚区文化旅游体育局，蓼湾镇人民政府。",
    )
    t = trailer(doc)
    same(
        {"cc": None if t["imprint"] is None else t["imprint"][0], "signed": signed(doc), "unplaced": unplaced(doc)},
        {
            "cc": (
                "市政协提案委员会",
                "市政府督查室",
                "汀兰县文化广电和旅游局",
                "葭沚区文化旅游体育局",
                "蓼湾镇人民政府",
            ),
            "signed": SIGNED,
            "unplaced": False,
        },
    )


def test_a_contents_list_whose_page_numbers_follow_a_tab() -> None:
    doc = checked(
        "岫山市乡村民宿发展三年行动方案\n目录\n一、总体要求\t1\n二、重点任务\t2\n三、保障措施\t5\n一、总体要求\n"
        "到2028年，全市星级民宿达到三百家。\n二、重点任务\n（一）优化布局\n划定民宿集聚区八个。\n三、保障措施\n加强组织领导。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc)},
        {
            "kind": "plan",
            "tree": [
                (1, "cn", "一、", "总体要求"),
                (1, "cn", "二、", "重点任务"),
                (2, "cn-paren", "（一）", "优化布局"),
                (1, "cn", "三、", "保障措施"),
            ],
            "gap": False,
        },
    )


def test_a_next_steps_run_in_title_over_members() -> None:
    doc = answer(
        "一、办理情况\n我局会同市自然资源局开展调研。\n二、下一步打算：一是出台民宿用地指导意见；二是开展用地试点。"
    )
    same(
        {"titles": titles(doc), "items": every_items(doc)[2], "paras": paras(doc)[1]},
        {
            "titles": ["办理情况", "下一步打算"],
            "items": [[(1, "一是", "出台民宿用地指导意见"), (2, "二是", "开展用地试点")]],
            "paras": ["一是出台民宿用地指导意见；二是开展用地试点。"],
        },
    )


def test_a_date_alone_with_an_attachment_under_it() -> None:
    doc = answer(TWO, sign=DATE + "\n附件：岫山市乡村民宿名录")
    same(
        {"signed": signed(doc), "attachments": doc.attachments, "closing": closing(doc)},
        {"signed": ((), "2026-08-21"), "attachments": ("岫山市乡村民宿名录",), "closing": "特此答复。"},
    )


# Batch 8 (written after cause 5 was fixed, before any run of these)


def test_members_after_a_dash_lead() -> None:
    doc = answer("一、关于民宿推广\n我局主要采取了三项举措——一是举办民宿节；二是开展网络直播；三是制作宣传片。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "举办民宿节"), (2, "二是", "开展网络直播"), (3, "三是", "制作宣传片")]]},
    )


def test_a_heading_ending_on_a_colon_over_its_text() -> None:
    doc = answer("一、关于民宿用地问题：\n我局已将民宿用地纳入年度计划。\n二、关于民宿融资问题：\n推出“民宿贷”产品。")
    same(
        {"titles": titles(doc), "paras": paras(doc)},
        {
            "titles": ["关于民宿用地问题", "关于民宿融资问题"],
            "paras": [["我局已将民宿用地纳入年度计划。"], ["推出“民宿贷”产品。"]],
        },
    )


def test_a_paren_marker_with_a_pause_mark_after_it() -> None:
    doc = answer("一、关于组织保障\n（一）、加强组织领导\n成立工作专班。\n（二）、加强督促检查\n每季度通报一次。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于组织保障"),
                (2, "cn-paren", "（一）、", "加强组织领导"),
                (2, "cn-paren", "（二）、", "加强督促检查"),
            ],
            "paras": [[], ["成立工作专班。"], ["每季度通报一次。"]],
        },
    )


def test_a_plan_opening_with_in_the_next_step_of_work() -> None:
    doc = answer(
        "一、关于民宿培训\n今年培训民宿管家三百人次。\n在下一步工作中，我局将扩大培训覆盖面。\n" + TWO.split("\n", 2)[2]
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], ["progress", "plan"], [None]]})


def test_a_signature_date_with_spaces_between_its_parts() -> None:
    doc = answer(TWO, sign=ORG + "\n2026年 8月 21日")
    same(
        {"signed": signed(doc), "date_text": doc.signature and doc.signature.date_text},
        {"signed": SIGNED, "date_text": "2026年 8月 21日"},
    )


def test_a_seal_note_line_between_organ_and_date() -> None:
    doc = answer(TWO, sign=ORG + "\n（印章）\n" + DATE)
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": paras(doc)[-1]},
        {"signed": SIGNED, "closing": "特此答复。", "last": TWO_LAST},
    )


def test_members_after_a_subject_then_for_this() -> None:
    doc = answer("一、关于民宿消防\n针对您提出的问题，我局高度重视。为此，一是开展专项检查；二是组织消防培训。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "开展专项检查"), (2, "二是", "组织消防培训")]]},
    )


def test_a_bracketed_contact_and_a_disclosure_note_under_the_date() -> None:
    doc = answer(TWO, sign=FOOT + "\n（联系人：周某；联系电话：0579-12345678）\n（此件公开发布）")
    t = trailer(doc)
    same(
        {"signed": signed(doc), "contact": t["contact"], "disclosure": t["disclosure"], "last": t["last"]},
        {
            "signed": SIGNED,
            "contact": {"name": "周某", "phones": ("0579-12345678",)},
            "disclosure": "主动公开",
            "last": TWO_LAST[0],
        },
    )
