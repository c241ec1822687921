"""Twenty-first round of structure probes: short documents written as an outside tester would, on
the structure rules alone (levels, nesting, titles, members, phases, closing, 落款, the contact over
it); genre21 probes header and trailer fields at the same time, so this round reads a trailer only
where it bounds the body or sits between the closing and the 落款.

Shapes earlier rounds covered (read before writing, so this round varies them): rounds 3-20 (see
tests/test_probes_20_structure.py's docstring: first ranks of （一） and 1、, county orders, ⑴ ⒈ ㈠ ①,
parts and chapters over 一、, run-in and colon titles, look-alike openers, twenty-one headings, 附件
restarting after the 落款, members holding inline points, phases as headings, closings and 落款 in
twenty shapes, venues under place labels) and genre19's structure batches (five ranks down to ①, a
办法 after a notice's 落款, stacked co-signers).

What this round adds, on one theme (a district 水务局 answering a proposal on small rivers and flood
control, so the vocabulary is new to the probes):
- longer documents: a 方案 six ranks deep (第一章/第一节/一、/（一）/1./（1）), a 办法 of chapters whose
  articles hold 一、 and （一） lists, a 规定 whose （二） holds 1. points, a reply of eleven and of twelve
  headings with four ranks in one branch and a rank skipped in another branch only, a 规划 whose second
  chapter has no 节, numbering restarting in two attachments (附件1, 附件2) after the 落款, question
  titles (`一、关于…的问题？`), headings dressed with 【】, ★, ■ or ● before the marker, the proposal's
  points quoted as 一、…；二、… inside the opening paragraph and on lines before the turn;
- nested runs: 一是/二是 inside （一） inside 一、 with an ordinary paragraph between, 首先/其次/再次/最后
  over lines, 第一，/第二， run on in one paragraph, (1)(2) inline in one sentence (no items, no
  sections), members each holding a 1. 2. list, runs in the 下一步 paragraph only, a run going on after
  a page-number line;
- closings and 落款: 特此函复/此复/专此答复/以上答复如有不妥/感谢/欢迎继续提出 in several orders on one or
  two lines, a closing then a contact paragraph then the 落款, an organ split over two lines, two organs
  with two dates, a Chinese-numeral date over the organ, a 落款 pushed right by spaces or a TAB, a 落款
  under an 附件 list under the closing;
- session 20's leftovers: two joint signers each with （盖章） and a date, a contact line over the 落款
  (联系人：… 电话：…, with and without an address line), four or more venues under 会议地点：/考点地址：.

Every expected value was written from the contract and the README before the parser was run on the
batch (the batches were committed first); every document also keeps the span invariants and invents no
character. Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch (causes: tests/test_struct21_causes.py):
- batch 1 (a 方案 six ranks deep, a 办法's articles holding 一、, a 规定's （二） holding 1., eleven headings
  with a rank skipped in one branch, a 规划 whose second chapter has no 节, two attachments restarting, question
  titles, chapters over articles over （一）): 7/8, 22/24 (my misreading: `一、关于…的问题？` is an untitled point by
  the reading of rounds 7, 12 and 18; I first took it for a cause and reverted it when their probes failed)
- batch 2 (★ ■ ◆ before markers, a heading wrapped in 【】, the proposal's points quoted on lines and inline):
  7/8, 14/16 (cause 1: `【一、关于河道清淤】` opened no section)
- batch 3 (runs in （一） under 一、 across an ordinary paragraph, 首先…最后, 第一，, inline (1)(2), members
  holding 1. 2. lists, a run in the 下一步 paragraph, a run past a page number, four ranks deep): 8/8, 14/14
- batch 4 (此复, 专此答复 before the thanks, apology and thanks on one line, three closing lines, a contact
  between the closing and the 落款, with its address line): 8/8, 25/25
- batch 5 (an organ wrapped over two lines, two organs with two dates, a numeral date over the organ, 落款
  pushed right by spaces or tabs, an indented 附件 list, organ TAB date, two organs over a numeral date):
  7/8, 18/20 (cause 2: the second signer's own block was `content-unplaced`)
- batch 6 (session 20's leftovers: sealed joint signers with dates beside them, one line or stacked, three of
  them; contact lines over the 落款; four and five venues under 考点地址：/会议地点：; a 联系单位 line): 3/8, 11/21
  (cause 2 three times; cause 3 twice: venues past the 落款's four-line look-up, of two kinds or after their
  own labels, co-signed; the five rooms' paragraph count is the joins rule's, strict xfail until session 22, struct22 cause 3)
- batch 7 (a notice, an 实施意见 with members in run-in points, a reply without sections planning, a plan
  stopping at the next heading, a 下一步 heading with its opener, 今后, a 方案 in parts, a 条例 of chapters):
  8/8, 22/22
- batch 8 (whole replies: twelve headings with an apology and contact, quoted points with runs and a numeral
  date, a deputy's suggestion with 首先/其次/最后, a 协办意见, half-width ?, 第一， past a page number, a notice
  issuing a 办法 as its attachment, a joint reply with a contact over sealed signers): 6/8, 29/32 (both my
  misreading: a line ending on `?` is an untitled point, as above; 以上意见供参考。 is a 协办意见's closing)
- batch 9 (a run cut mid-sentence by a page number, 其一/其二 under ★（一）, runs in the preamble and a section,
  a rank skipped in the first or the second branch only, 一方面 inline, ● headings, question titles at the
  paren rank): 6/8, 11/14 (question lines once more, my misreading; cause 4: `该提案一是…；二是…`, the proposal
  as the members' subject, no ending the member rule knew)
- batch 10 (an 附件 line and a contact between closing and 落款, half-width spaces, organ and date spread on
  one line under 此复, four co-signers stacked and two a line, a seal line between organs and date, two
  phones, a publication note): 8/8, 21/21
- batch 11 (written after the causes were fixed, before its run: their edges; run while the reverted question
  rule was in, so its three question probes were then whole and are now corrected to the reading of rounds 7-18):
  7/8, 14/16 (cause 1 once more: `【一、总体要求】到2027年…`, the bracket closing a title run on with its text)
- batch 12 (written after the causes were fixed, before its run: articles restarting in an 附件, 第 2 页 共 5 页 inside a
  run, a run-in heading's run going on, numeral date under spaced organ, four sealed signers, ten headings):
  7/8, 18/19 (my misreading: 如有疑问，请与…联系 is a closing formula by the project's reading since round 11)
- batch 13 (written after the landing, before its run: the causes against neighbouring genres, a 纪要's units
  under its venue, one venue over five co-signers, 【】 headings in a notice, a bracketed tag, members after
  第…号提案 and 会议, signer blocks over an imprint, a forwarded notice's own 落款): 8/8, 15/15 (on s21start 3/8, 9/15)
Totals: 104 documents, 90 whole at first look; 259 checks, 234 at first look; batches 1-12 alone: 96 documents,
82 whole; 244 checks, 219 (batches 1-10, written first:
80 documents, 68 whole; 209 checks, 187). Four causes fixed (tests/test_struct21_causes.py); six documents'
misses were my reading (corrected in place with a note); one strict xfail (the joins rule, not structure).
"""

from __future__ import annotations

import govdoc
from tests.probing import (
    checked,
    closing,
    every_items,
    every_phase,
    gap,
    items,
    levels,
    paragraphs,
    paras,
    parents,
    pre,
    same,
    signed,
    titles,
    tree,
    unplaced,
)

HEAD = "关于区政协九届四次会议第0523号提案的答复\n陈某委员：\n您提出的关于加强中小河道治理的提案收悉，现答复如下：\n"
TAIL = "\n某区水务局\n2025年9月12日"
SIGNED = (("某区水务局",), "2025-09-12")


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def ended(text: str) -> govdoc.Document:
    """A reply whose end (closing, contact, 落款, what follows) the probe writes itself."""
    return checked(HEAD + text)


def last(doc: govdoc.Document) -> list[str]:
    """The paragraphs of the last section in document order: where the body ends."""
    return paragraphs(doc.iter_sections()[-1])


def contact(doc: govdoc.Document) -> tuple[str | None, tuple[str, ...], str | None] | None:
    """The contact's name, phones and address, or None."""
    c = doc.contact
    return None if c is None else (c.name, tuple(c.phones), c.address)


# Batch 1 (written before any run): longer documents: chapters, 节, articles over 一、 and paren ranks


def test_a_plan_six_ranks_deep_from_chapter_to_paren_arabic() -> None:
    doc = checked(
        "某区河湖长制工作方案\n第一章　总体要求\n第一节　指导思想\n一、基本原则\n（一）坚持系统治理\n1.统筹上下游\n"
        "（1）建立联席会议\n每季度召开一次联席会议，通报治理进展。\n（2）共享监测数据\n水质监测数据按月在部门之间共享。\n"
        "2.统筹左右岸\n两岸同步开展截污和绿化整治。\n第二节　工作目标\n到2027年基本消除劣五类水体。\n"
        "第二章　重点任务\n第一节　控源截污\n完成雨污分流改造五十公里。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc)},
        {
            "kind": "plan",
            "tree": [
                (1, "chapter", "第一章", "总体要求"),
                (2, "section", "第一节", "指导思想"),
                (3, "cn", "一、", "基本原则"),
                (4, "cn-paren", "（一）", "坚持系统治理"),
                (5, "num", "1.", "统筹上下游"),
                (6, "num-paren", "（1）", "建立联席会议"),
                (6, "num-paren", "（2）", "共享监测数据"),
                (5, "num", "2.", "统筹左右岸"),
                (2, "section", "第二节", "工作目标"),
                (1, "chapter", "第二章", "重点任务"),
                (2, "section", "第一节", "控源截污"),
            ],
            "gap": False,
        },
    )


def test_a_measures_text_whose_article_holds_an_ideograph_list() -> None:
    doc = checked(
        "某区河道管理办法\n第一章　总则\n第一条　为加强河道管理，保障防洪安全，制定本办法。\n"
        "第二条　本办法适用于本区行政区域内的河道、湖泊和人工水道。\n第二章　河道整治\n"
        "第三条　河道整治应当遵守下列规定：\n一、符合防洪规划和河道整治规划；\n二、不得缩窄河道行洪断面；\n"
        "三、保护水生态环境和水工程设施。\n第四条　本办法自2025年10月1日起施行。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "parents": parents(doc)[4:8], "gap": gap(doc)},
        {
            "kind": "measures",
            "levels": [
                (1, "chapter", 1),
                (2, "article", 1),
                (2, "article", 2),
                (1, "chapter", 2),
                (2, "article", 3),
                (3, "cn", 1),
                (3, "cn", 2),
                (3, "cn", 3),
                (2, "article", 4),
            ],
            "parents": [("第三条", "第二章"), ("一、", "第三条"), ("二、", "第三条"), ("三、", "第三条")],
            "gap": False,
        },
    )


def test_a_rules_text_whose_paren_point_holds_arabic_points() -> None:
    doc = checked(
        "某区取水许可管理规定\n第一条　为规范取水许可管理，制定本规定。\n第二条　申请取水许可应当提交下列材料：\n"
        "（一）取水许可申请书；\n（二）建设项目水资源论证报告，报告应当包括：\n1.取水水源及取水地点；\n2.退水地点及退水量；\n"
        "（三）与第三者利害关系的相关说明。\n第三条　本规定自发布之日起施行。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "gap": gap(doc)},
        {
            "kind": "measures",
            "levels": [
                (1, "article", 1),
                (1, "article", 2),
                (2, "cn-paren", 1),
                (2, "cn-paren", 2),
                (3, "num", 1),
                (3, "num", 2),
                (2, "cn-paren", 3),
                (1, "article", 3),
            ],
            "gap": False,
        },
    )


def test_a_reply_of_eleven_headings_with_four_ranks_in_one_branch_and_a_skipped_rank_in_another() -> None:
    doc = body(
        "一、关于河道清淤\n今年完成清淤二十公里。\n二、关于护岸加固\n加固护岸六公里。\n三、关于水质监测\n"
        "（一）监测站点\n1.自动站\n（1）新建站点\n新建自动监测站五座。\n（2）改造站点\n改造老旧站点三座。\n2.人工断面\n"
        "设置人工监测断面十二个。\n（二）数据公开\n按月公布水质数据。\n四、关于排口整治\n整治入河排口八十个。\n"
        "五、关于截污纳管\n新建截污管网九公里。\n六、关于生态补水\n年补水量一千万立方米。\n七、关于河长巡查\n"
        "1.巡查频次\n区级河长每月巡查一次。\n2.问题交办\n巡查问题当日交办。\n八、关于公众参与\n聘请民间河长四十名。\n"
        "九、关于执法监管\n查处涉河违法案件十五起。\n十、关于资金保障\n安排治理资金一点二亿元。\n十一、关于考核问责\n"
        "将河道治理纳入街道年度考核。"
    )
    same(
        {"levels": levels(doc)[2:9], "tail": levels(doc)[9:14], "count": len(doc.sections), "gap": gap(doc)},
        {
            "levels": [
                (1, "cn", 3),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (4, "num-paren", 2),
                (3, "num", 2),
                (2, "cn-paren", 2),
            ],
            "tail": [(1, "cn", 4), (1, "cn", 5), (1, "cn", 6), (1, "cn", 7), (2, "num", 1)],
            "count": 11,
            "gap": False,
        },
    )


def test_a_planning_text_whose_second_chapter_has_no_section_division() -> None:
    doc = checked(
        "某区水系连通规划\n第一章　规划基础\n第一节　现状\n全区河道总长二百公里。\n第二节　问题\n"
        "部分河道断头淤塞。\n第二章　规划任务\n一、水系连通\n打通断头河十二条。\n二、生态修复\n建设生态护岸三十公里。"
    )
    same(
        {"kind": doc.kind, "parents": parents(doc), "levels": levels(doc)},
        {
            "kind": "plan",
            "parents": [
                ("第一章", None),
                ("第一节", "第一章"),
                ("第二节", "第一章"),
                ("第二章", None),
                ("一、", "第二章"),
                ("二、", "第二章"),
            ],
            "levels": [
                (1, "chapter", 1),
                (2, "section", 1),
                (2, "section", 2),
                (1, "chapter", 2),
                (2, "cn", 1),
                (2, "cn", 2),
            ],
        },
    )


def test_numbering_restarting_in_two_attachments_after_the_signature() -> None:
    doc = ended(
        "一、关于河道保洁\n实行市场化保洁。\n二、关于考核办法\n每月考核一次。\n特此答复。\n"
        "附件：1.河道保洁标准\n2.保洁考核细则\n某区水务局\n2025年9月12日\n附件1\n河道保洁标准\n一、保洁范围\n"
        "河面及两岸十米。\n二、保洁频次\n每日两次。\n附件2\n保洁考核细则\n（一）考核方式\n月度考核。\n（二）结果运用\n与经费挂钩。"
    )
    same(
        {"markers": [s.marker for s in doc.iter_sections()], "attachments": doc.attachments, "signed": signed(doc)},
        {"markers": ["一、", "二、"], "attachments": ("河道保洁标准", "保洁考核细则"), "signed": SIGNED},
    )


def test_a_heading_written_as_a_question_is_an_untitled_point() -> None:
    doc = body(
        "一、关于河道保洁经费从哪里来的问题？\n保洁经费由区级财政全额保障。\n二、关于汛期如何预警的问题？\n"
        "通过短信和广播及时发布预警。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        # (first look wanted the question as the title: the project reads a heading line ending on ？ as a
        # point with no title since round 7 (tests/test_probes_7_structure.py, _12_, _18_); my misreading)
        {
            "tree": [(1, "cn", "一、", None), (1, "cn", "二、", None)],
            "paras": [
                ["关于河道保洁经费从哪里来的问题？", "保洁经费由区级财政全额保障。"],
                ["关于汛期如何预警的问题？", "通过短信和广播及时发布预警。"],
            ],
        },
    )


def test_a_plan_whose_chapter_holds_articles_over_paren_points() -> None:
    doc = checked(
        "某区防汛应急预案实施办法\n第一章　总则\n第一条　为做好防汛应急工作，制定本办法。\n第二章　应急响应\n"
        "第二条　应急响应分为以下等级：\n（一）Ⅳ级响应，由区防办启动；\n（二）Ⅲ级响应，由区防指副总指挥启动；\n"
        "（三）Ⅱ级响应，由区防指总指挥启动。\n第三条　响应启动后，各成员单位按职责开展工作。"
    )
    same(
        {"parents": parents(doc), "levels": levels(doc)},
        {
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
            "levels": [
                (1, "chapter", 1),
                (2, "article", 1),
                (1, "chapter", 2),
                (2, "article", 2),
                (3, "cn-paren", 1),
                (3, "cn-paren", 2),
                (3, "cn-paren", 3),
                (2, "article", 3),
            ],
        },
    )


# Batch 2 (written before any run): headings dressed before their marker, the proposal's points quoted


def test_star_dressed_ideograph_headings_keep_their_marker_and_title() -> None:
    doc = body("★一、关于河道清淤\n今年完成清淤二十公里。\n★二、关于护岸加固\n加固护岸六公里。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于河道清淤"), (1, "cn", "二、", "关于护岸加固")],
            "paras": [["今年完成清淤二十公里。"], ["加固护岸六公里。"]],
        },
    )


def test_square_dressed_paren_headings_under_a_plain_ideograph_heading() -> None:
    doc = body(
        "一、关于工程建设\n■（一）清淤工程\n完成清淤二十公里。\n■（二）护岸工程\n加固护岸六公里。\n二、关于日常管护\n"
        "实行专业化管护。"
    )
    same(
        {"tree": tree(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于工程建设"),
                (2, "cn-paren", "（一）", "清淤工程"),
                (2, "cn-paren", "（二）", "护岸工程"),
                (1, "cn", "二、", "关于日常管护"),
            ]
        },
    )


def test_a_heading_wrapped_whole_in_lenticular_brackets() -> None:
    doc = body("【一、关于河道清淤】\n今年完成清淤二十公里。\n【二、关于护岸加固】\n加固护岸六公里。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于河道清淤"), (1, "cn", "二、", "关于护岸加固")],
            "paras": [["今年完成清淤二十公里。"], ["加固护岸六公里。"]],
        },
    )


def test_diamond_dressed_arabic_points_under_an_ideograph_heading() -> None:
    doc = body(
        "一、关于监测能力\n◆1.新建自动站\n新建水质自动监测站五座。\n◆2.改造老旧站\n改造老旧站点三座。\n二、关于数据公开\n"
        "按月公布水质数据。"
    )
    same(
        {"levels": levels(doc), "titles": titles(doc)},
        {
            "levels": [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (1, "cn", 2)],
            "titles": ["关于监测能力", "新建自动站", "改造老旧站", "关于数据公开"],
        },
    )


def test_the_proposals_points_quoted_on_lines_before_a_turn_without_acknowledgement_first() -> None:
    doc = checked(
        "关于区政协九届四次会议第0523号提案的答复\n陈某委员：\n您在提案中提出：\n一、加快中小河道清淤；\n"
        "二、加强水质监测；\n三、完善长效管护机制。\n经认真研究，现答复如下：\n一、关于河道清淤\n今年完成清淤二十公里。\n"
        "二、关于水质监测\n新建自动监测站五座。" + TAIL
    )
    same(
        {"tree": tree(doc), "pre": pre(doc)},
        {
            "tree": [(1, "cn", "一、", "关于河道清淤"), (1, "cn", "二、", "关于水质监测")],
            "pre": [
                "您在提案中提出：",
                "一、加快中小河道清淤；",
                "二、加强水质监测；",
                "三、完善长效管护机制。",
                "经认真研究，现答复如下：",
            ],
        },
    )


def test_the_proposals_paren_points_quoted_before_an_answer_in_ideograph_headings() -> None:
    doc = checked(
        "关于区政协九届四次会议第0523号提案的答复\n陈某委员：\n您提出的关于加强中小河道治理的提案收悉。提案建议：\n"
        "（一）建立河道治理专项资金；\n（二）推行民间河长制度。\n现将办理情况答复如下：\n一、关于专项资金\n"
        "区财政已设立河道治理专项资金。\n二、关于民间河长\n已聘请民间河长四十名。" + TAIL
    )
    same(
        {"tree": tree(doc), "pre": len(pre(doc))},
        {"tree": [(1, "cn", "一、", "关于专项资金"), (1, "cn", "二、", "关于民间河长")], "pre": 4},
    )


def test_the_proposals_points_quoted_inside_the_opening_paragraph_stay_in_it() -> None:
    doc = checked(
        "关于区政协九届四次会议第0523号提案的答复\n陈某委员：\n您提出的关于加强中小河道治理的提案收悉。提案提出：一、加快河道清淤；"
        "二、加强水质监测；三、完善长效管护。这些建议对我区治水工作很有参考价值，现答复如下：\n一、关于河道清淤\n"
        "今年完成清淤二十公里。\n二、关于水质监测\n新建自动监测站五座。\n三、关于长效管护\n落实保洁经费。" + TAIL
    )
    same(
        {"markers": [s.marker for s in doc.iter_sections()], "pre": pre(doc), "gap": gap(doc)},
        {
            "markers": ["一、", "二、", "三、"],
            "pre": [
                "您提出的关于加强中小河道治理的提案收悉。提案提出：一、加快河道清淤；二、加强水质监测；三、完善长效管护。"
                "这些建议对我区治水工作很有参考价值，现答复如下："
            ],
            "gap": False,
        },
    )


def test_dressed_and_plain_headings_mixed_at_two_ranks() -> None:
    doc = body(
        "一、关于防汛准备\n★（一）物资储备\n储备编织袋五万条。\n★（二）队伍建设\n组建抢险队伍十二支。\n二、关于汛期值守\n"
        "实行二十四小时值班。"
    )
    same(
        {"parents": parents(doc), "titles": titles(doc)},
        {
            "parents": [("一、", None), ("（一）", "一、"), ("（二）", "一、"), ("二、", None)],
            "titles": ["关于防汛准备", "物资储备", "队伍建设", "关于汛期值守"],
        },
    )


# Batch 3 (written before any run): nested runs: in （一） under 一、, 首先…最后, 第一，, inline (1)(2), lists inside members


def test_a_member_run_inside_a_paren_heading_inside_an_ideograph_heading_across_an_ordinary_paragraph() -> None:
    doc = body(
        "一、关于河道治理\n我局高度重视中小河道治理工作。\n（一）清淤工作\n今年清淤分步推进。一是开展底泥检测，摸清淤积情况；"
        "二是分段组织施工，减少对排水的影响。\n施工期间我局安排专人现场值守。\n三是严格组织验收，确保清淤质量。"
    )
    same(
        {"items": every_items(doc)},
        {
            "items": [
                [[]],
                [[]],
                [
                    [(1, "一是", "开展底泥检测，摸清淤积情况"), (2, "二是", "分段组织施工，减少对排水的影响")],
                    [],
                    [(3, "三是", "严格组织验收，确保清淤质量")],
                ],
            ]
        },
    )


def test_first_then_next_then_again_then_last_over_four_lines() -> None:
    doc = body(
        "一、关于施工组织\n首先，开展现场踏勘，明确施工范围。\n其次，制定施工方案，报请专家评审。\n"
        "再次，组织分段施工，落实安全措施。\n最后，开展竣工验收，及时移交管养。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "首先", "开展现场踏勘，明确施工范围")],
                [(2, "其次", "制定施工方案，报请专家评审")],
                [(3, "再次", "组织分段施工，落实安全措施")],
                [(4, "最后", "开展竣工验收，及时移交管养")],
            ]
        },
    )


def test_ordinal_words_with_commas_run_on_in_one_paragraph() -> None:
    doc = body(
        "一、关于工作措施\n我局将重点抓好三项工作：第一，加快清淤进度，年内完成二十公里；第二，加强水质监测，新建自动站五座；"
        "第三，完善长效管护，落实保洁经费。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [
                    (1, "第一", "加快清淤进度，年内完成二十公里"),
                    (2, "第二", "加强水质监测，新建自动站五座"),
                    (3, "第三", "完善长效管护，落实保洁经费"),
                ]
            ]
        },
    )


def test_half_width_paren_numbers_inline_in_one_sentence_are_neither_sections_nor_members() -> None:
    doc = body(
        "一、关于水质监测\n我局重点做了两项工作：(1)新建自动监测站五座，(2)改造老旧站点三座，监测能力明显提升。\n"
        "二、关于数据公开\n按月公布水质数据。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "items": every_items(doc)},
        {
            "tree": [(1, "cn", "一、", "关于水质监测"), (1, "cn", "二、", "关于数据公开")],
            "paras": [
                ["我局重点做了两项工作：(1)新建自动监测站五座，(2)改造老旧站点三座，监测能力明显提升。"],
                ["按月公布水质数据。"],
            ],
            "items": [[[]], [[]], [[]]],
        },
    )


def test_members_each_holding_an_arabic_list_on_their_own_lines() -> None:
    doc = body(
        "一、关于设施建设\n一是完善排涝设施，具体包括：1.新建泵站两座；2.改造闸门六座。\n"
        "二是强化运行管理，具体包括：1.建立巡查制度；2.落实运维经费。"
    )
    same(
        {"tree": tree(doc), "items": every_items(doc)[1]},
        {
            "tree": [(1, "cn", "一、", "关于设施建设")],
            "items": [
                [(1, "一是", "完善排涝设施，具体包括：1.新建泵站两座")],
                [(2, "二是", "强化运行管理，具体包括：1.建立巡查制度")],
            ],
        },
    )


def test_a_member_run_only_in_the_next_step_paragraph() -> None:
    doc = body(
        "一、关于河道清淤\n今年完成清淤二十公里，河道面貌明显改善。\n下一步，我局将重点做好以下工作：一是扩大清淤范围，"
        "覆盖全部镇级河道；二是建立轮疏机制，每三年轮疏一次。"
    )
    same(
        {"items": every_items(doc)[1], "phases": every_phase(doc)},
        {
            "items": [
                [],
                [(1, "一是", "扩大清淤范围，覆盖全部镇级河道"), (2, "二是", "建立轮疏机制，每三年轮疏一次")],
            ],
            "phases": [[None], ["progress", "plan"]],
        },
    )


def test_a_member_run_going_on_after_a_page_number_line() -> None:
    doc = body(
        "一、关于工作措施\n一是加快清淤进度，年内完成二十公里。\n- 2 -\n二是加强水质监测，新建自动站五座。\n"
        "三是完善长效管护，落实保洁经费。"
    )
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [
                [
                    "一是加快清淤进度，年内完成二十公里。",
                    "二是加强水质监测，新建自动站五座。",
                    "三是完善长效管护，落实保洁经费。",
                ]
            ],
            "items": [
                [(1, "一是", "加快清淤进度，年内完成二十公里")],
                [(2, "二是", "加强水质监测，新建自动站五座")],
                [(3, "三是", "完善长效管护，落实保洁经费")],
            ],
        },
    )


def test_a_member_run_four_ranks_deep_under_an_arabic_point() -> None:
    doc = body(
        "一、关于防汛能力\n（一）工程措施\n1.排涝泵站\n今年改造泵站六座。一是更换老旧机组；二是加装远程控制系统。\n"
        "2.排水管网\n新建排水管网九公里。"
    )
    same(
        {"levels": levels(doc), "items": [[items(p) for p in s.paragraphs] for s in doc.iter_sections()]},
        {
            "levels": [(1, "cn", 1), (2, "cn-paren", 1), (3, "num", 1), (3, "num", 2)],
            "items": [[], [], [[(1, "一是", "更换老旧机组"), (2, "二是", "加装远程控制系统")]], [[]]],
        },
    )


# Batch 4 (written before any run): closings in several orders, on one or two lines, a contact before the 落款

ONE = "一、关于河道清淤\n今年完成清淤二十公里。\n二、关于水质监测\n新建自动监测站五座。\n"


def test_a_bare_ci_fu_closes_the_reply() -> None:
    doc = ended(ONE + "此复。\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "last": last(doc), "signed": signed(doc)},
        {"closing": "此复。", "last": ["新建自动监测站五座。"], "signed": SIGNED},
    )


def test_the_formula_before_the_thanks_on_two_lines() -> None:
    doc = ended(ONE + "专此答复。\n感谢您对水务工作的关心和支持！\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "last": last(doc), "signed": signed(doc)},
        {
            "closing": "专此答复。\n感谢您对水务工作的关心和支持！",
            "last": ["新建自动监测站五座。"],
            "signed": SIGNED,
        },
    )


def test_the_apology_formula_and_the_thanks_on_one_line() -> None:
    doc = ended(ONE + "以上答复如有不妥，请批评指正。感谢您对水务工作的关心和支持！\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "last": last(doc), "signed": signed(doc)},
        {
            "closing": "以上答复如有不妥，请批评指正。感谢您对水务工作的关心和支持！",
            "last": ["新建自动监测站五座。"],
            "signed": SIGNED,
        },
    )


def test_thanks_and_an_invitation_then_the_letter_formula() -> None:
    doc = ended(ONE + "感谢您对水务工作的关心和支持，欢迎继续提出宝贵意见。\n特此函复。\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "signed": signed(doc)},
        {"closing": "感谢您对水务工作的关心和支持，欢迎继续提出宝贵意见。\n特此函复。", "signed": SIGNED},
    )


def test_three_closing_lines_invitation_apology_and_ci_fu() -> None:
    doc = ended(ONE + "欢迎继续提出宝贵意见和建议。\n以上答复如有不妥，请批评指正。\n此复。\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "last": last(doc), "signed": signed(doc)},
        {
            "closing": "欢迎继续提出宝贵意见和建议。\n以上答复如有不妥，请批评指正。\n此复。",
            "last": ["新建自动监测站五座。"],
            "signed": SIGNED,
        },
    )


def test_a_closing_then_a_contact_line_then_the_signature() -> None:
    doc = ended(ONE + "特此答复。\n联系人：周某　联系电话：021-12345678\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "contact": contact(doc), "last": last(doc), "signed": signed(doc)},
        {
            "closing": "特此答复。",
            "contact": ("周某", ("021-12345678",), None),
            "last": ["新建自动监测站五座。"],
            "signed": SIGNED,
        },
    )


def test_a_closing_then_a_contact_with_its_address_line_then_the_signature() -> None:
    doc = ended(ONE + "特此答复。\n联系人：周某，电话：12345678\n通讯地址：某区人民路88号\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "contact": contact(doc), "last": last(doc), "signed": signed(doc)},
        {
            "closing": "特此答复。",
            "contact": ("周某", ("12345678",), "某区人民路88号"),
            "last": ["新建自动监测站五座。"],
            "signed": SIGNED,
        },
    )


def test_the_formula_and_the_thanks_joined_by_a_comma_on_one_line() -> None:
    doc = ended(ONE + "专此答复，感谢您对水务工作的关心和支持！\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "last": last(doc), "signed": signed(doc)},
        {"closing": "专此答复，感谢您对水务工作的关心和支持！", "last": ["新建自动监测站五座。"], "signed": SIGNED},
    )


# Batch 5 (written before any run): 落款 shapes: a name over two lines, two dates, numerals, right-aligned


def test_a_long_organ_name_wrapped_over_two_lines_in_the_signature() -> None:
    doc = ended(ONE + "特此答复。\n某区河长制工作领导小组\n办公室\n2025年9月12日")
    same(
        {"signed": signed(doc), "last": last(doc), "unplaced": unplaced(doc)},
        {
            "signed": (("某区河长制工作领导小组办公室",), "2025-09-12"),
            "last": ["新建自动监测站五座。"],
            "unplaced": False,
        },
    )


def test_two_organs_each_over_its_own_date() -> None:
    doc = ended(ONE + "特此答复。\n某区水务局\n2025年9月12日\n某区财政局\n2025年9月15日")
    same(
        {"issuers": None if doc.signature is None else doc.signature.issuers, "unplaced": unplaced(doc)},
        {"issuers": ("某区水务局", "某区财政局"), "unplaced": False},
    )


def test_a_chinese_numeral_date_above_the_organ() -> None:
    doc = ended(ONE + "特此答复。\n二〇二五年九月十二日\n某区水务局")
    same(
        {"signed": signed(doc), "text": None if doc.signature is None else doc.signature.date_text},
        {"signed": SIGNED, "text": "二〇二五年九月十二日"},
    )


def test_a_signature_pushed_right_by_ideographic_spaces() -> None:
    doc = ended(ONE + "特此答复。\n" + "　" * 14 + "某区水务局\n" + "　" * 13 + "2025年9月12日")
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": last(doc)},
        {"signed": SIGNED, "closing": "特此答复。", "last": ["新建自动监测站五座。"]},
    )


def test_a_signature_pushed_right_by_tabs() -> None:
    doc = ended(ONE + "特此答复。\n\t\t\t\t某区水务局\n\t\t\t\t2025年9月12日")
    same({"signed": signed(doc), "closing": closing(doc)}, {"signed": SIGNED, "closing": "特此答复。"})


def test_an_indented_attachment_list_under_the_closing_over_the_signature() -> None:
    doc = ended(ONE + "特此答复。\n附件：1.河道清淤计划表\n　　　2.水质监测站点分布图\n某区水务局\n2025年9月12日")
    same(
        {"attachments": doc.attachments, "closing": closing(doc), "signed": signed(doc), "last": last(doc)},
        {
            "attachments": ("河道清淤计划表", "水质监测站点分布图"),
            "closing": "特此答复。",
            "signed": SIGNED,
            "last": ["新建自动监测站五座。"],
        },
    )


def test_organ_and_date_parted_by_a_tab_on_one_line() -> None:
    doc = ended(ONE + "特此答复。\n某区水务局\t2025年9月12日")
    same({"signed": signed(doc), "last": last(doc)}, {"signed": SIGNED, "last": ["新建自动监测站五座。"]})


def test_two_stacked_organs_over_one_numeral_date() -> None:
    doc = ended(ONE + "特此答复。\n某区水务局\n某区财政局\n二〇二五年九月十二日")
    same(
        {"signed": signed(doc), "last": last(doc)},
        {"signed": (("某区水务局", "某区财政局"), "2025-09-12"), "last": ["新建自动监测站五座。"]},
    )


# Batch 6 (written before any run): session 20's leftovers: seals beside joint dates, a contact over the
# 落款, four and more venues under a place label


def test_two_joint_signers_each_with_a_seal_note_and_the_date_beside_it() -> None:
    doc = ended(ONE + "特此答复。\n某区水务局（盖章）　2025年9月12日\n某区财政局（盖章）　　2025年9月12日")
    same(
        {"signed": signed(doc), "unplaced": unplaced(doc), "last": last(doc)},
        {"signed": (("某区水务局", "某区财政局"), "2025-09-12"), "unplaced": False, "last": ["新建自动监测站五座。"]},
    )


def test_two_joint_signers_stacked_each_with_a_seal_note_over_a_date() -> None:
    doc = ended(ONE + "特此答复。\n某区水务局（盖章）\n2025年9月12日\n某区财政局（盖章）\n2025年9月12日")
    same(
        {"signed": signed(doc), "unplaced": unplaced(doc)},
        {"signed": (("某区水务局", "某区财政局"), "2025-09-12"), "unplaced": False},
    )


def test_three_joint_signers_each_with_a_seal_note_and_the_date_beside_it() -> None:
    doc = ended(
        ONE + "特此答复。\n某区水务局（盖章）　　2025年9月12日\n某区财政局（盖章）　　2025年9月12日\n"
        "某区生态环境局（盖章）　2025年9月12日"
    )
    same(
        {"signed": signed(doc), "unplaced": unplaced(doc)},
        {"signed": (("某区水务局", "某区财政局", "某区生态环境局"), "2025-09-12"), "unplaced": False},
    )


def test_a_contact_sentence_over_the_signature_with_no_closing() -> None:
    doc = ended(ONE + "联系人：周某，联系电话：12345678。\n某区水务局\n2025年9月12日")
    same(
        {"contact": contact(doc), "last": last(doc), "signed": signed(doc)},
        {"contact": ("周某", ("12345678",), None), "last": ["新建自动监测站五座。"], "signed": SIGNED},
    )


def test_a_contact_line_and_its_address_line_over_the_signature_with_no_closing() -> None:
    doc = ended(ONE + "联系人：周某　联系电话：12345678\n联系地址：某区人民路88号\n某区水务局\n2025年9月12日")
    same(
        {"contact": contact(doc), "last": last(doc), "signed": signed(doc)},
        {
            "contact": ("周某", ("12345678",), "某区人民路88号"),
            "last": ["新建自动监测站五座。"],
            "signed": SIGNED,
        },
    )


def test_four_exam_venues_under_an_address_heading_over_the_signature() -> None:
    doc = checked(
        "关于举办2025年河道保洁员技能考核的通知\n各街道办事处：\n一、考核时间\n2025年10月18日。\n二、考点地址：\n"
        "某区第一中学\n某区第二中学\n某区实验中学\n某区职业技术学校\n某区水务局\n2025年9月12日"
    )
    same(
        {"signed": signed(doc), "last": last(doc)},
        {"signed": SIGNED, "last": ["某区第一中学", "某区第二中学", "某区实验中学", "某区职业技术学校"]},
    )


def test_five_meeting_rooms_under_a_venue_label_over_the_signature() -> None:
    # a strict xfail until session 22: the joins rule joined a venue after its own label and the name lines
    # under it as one wrapped paragraph (struct22's cause 3: a label's named value ends at its line)
    doc = checked(
        "关于召开2025年防汛工作视频会议的通知\n各街道办事处：\n一、会议时间\n2025年9月20日上午9时。\n二、会议地点：\n"
        "主会场：区水务局一楼会议室\n分会场：区应急管理局指挥中心\n区城管局二楼会议室\n区住建委三楼会议室\n"
        "区交通委会议室\n某区水务局\n2025年9月12日"
    )
    same({"signed": signed(doc), "count": len(last(doc))}, {"signed": SIGNED, "count": 5})


def test_a_unit_and_contact_line_over_the_signature() -> None:
    doc = ended(
        ONE + "特此答复。\n联系单位：区水务局河道管理科　联系人：周某　电话：12345678\n某区水务局\n2025年9月12日"
    )
    same(
        {
            "contact": contact(doc),
            "unit": None if doc.contact is None else doc.contact.unit,
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "contact": ("周某", ("12345678",), None),
            "unit": "区水务局河道管理科",
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


# Batch 7 (written before any run): notices, 意见, 方案 and phases in places the rounds before left out


def test_a_notice_with_a_paren_rank_in_its_second_heading_only() -> None:
    doc = checked(
        "关于做好2025年汛期河道安全管理工作的通知\n各街道办事处，区有关部门：\n为做好今年汛期河道安全管理工作，现将有关事项通知如下：\n"
        "一、提高思想认识\n各单位要充分认识汛期河道安全管理的重要性。\n二、落实工作责任\n（一）压实属地责任\n"
        "各街道对辖区河道安全负总责。\n（二）落实部门责任\n各部门按职责做好监管。\n三、加强值班值守\n"
        "汛期实行二十四小时值班。\n特此通知。\n某区水务局\n2025年6月1日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "notice",
            "tree": [
                (1, "cn", "一、", "提高思想认识"),
                (1, "cn", "二、", "落实工作责任"),
                (2, "cn-paren", "（一）", "压实属地责任"),
                (2, "cn-paren", "（二）", "落实部门责任"),
                (1, "cn", "三、", "加强值班值守"),
            ],
            "closing": "特此通知。",
            "signed": (("某区水务局",), "2025-06-01"),
        },
    )


def test_an_opinion_whose_run_in_points_hold_member_runs() -> None:
    doc = checked(
        "关于全面加强中小河道治理的实施意见\n一、总体要求\n到2027年基本消除黑臭水体。\n二、主要任务\n"
        "（一）强化规划引领。一是编制河道治理专项规划；二是划定河道管理范围。\n"
        "（二）推进系统治理。一是实施清淤疏浚；二是开展生态修复；三是加强排口整治。\n三、保障措施\n加强资金保障。"
    )
    same(
        {
            "kind": doc.kind,
            "titles": titles(doc),
            "items": [[items(p) for p in s.paragraphs] for s in doc.iter_sections()],
        },
        {
            "kind": "opinion",
            "titles": ["总体要求", "主要任务", "强化规划引领", "推进系统治理", "保障措施"],
            "items": [
                [[]],
                [],
                [[(1, "一是", "编制河道治理专项规划"), (2, "二是", "划定河道管理范围")]],
                [[(1, "一是", "实施清淤疏浚"), (2, "二是", "开展生态修复"), (3, "三是", "加强排口整治")]],
                [[]],
            ],
        },
    )


def test_a_reply_without_sections_whose_last_paragraph_plans() -> None:
    doc = ended(
        "今年我局完成中小河道清淤二十公里，新建自动监测站五座。\n下一步，我局将扩大清淤范围，覆盖全部镇级河道。\n"
        "特此答复。\n某区水务局\n2025年9月12日"
    )
    same(
        {"sections": len(doc.sections), "phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {"sections": 0, "phases": [["progress", "progress", "plan"]], "closing": "特此答复。", "signed": SIGNED},
    )


def test_a_plan_under_a_paren_heading_stops_at_the_next_ideograph_heading() -> None:
    doc = body(
        "一、关于河道清淤\n（一）完成情况\n今年完成清淤二十公里。\n（二）存在问题\n部分河道淤积较快。\n下一步，我局将建立轮疏机制。\n"
        "二、关于水质监测\n新建自动监测站五座。"
    )
    same(
        {"phases": every_phase(doc)},
        {"phases": [[None], [], [None], ["progress", "plan"], [None]]},
    )


def test_a_next_step_heading_with_its_own_plan_opener() -> None:
    doc = body(
        "一、办理情况\n今年完成清淤二十公里。\n二、下一步工作打算\n下一步，我局将重点做好以下工作：一是扩大清淤范围；"
        "二是建立轮疏机制。"
    )
    same(
        {"titles": titles(doc), "phases": every_phase(doc), "items": every_items(doc)[2]},
        {
            "titles": ["办理情况", "下一步工作打算"],
            "phases": [[None], [None], ["plan"]],
            "items": [[(1, "一是", "扩大清淤范围"), (2, "二是", "建立轮疏机制")]],
        },
    )


def test_a_jin_hou_plan_in_the_middle_section_only() -> None:
    doc = body(
        "一、关于河道清淤\n今年完成清淤二十公里。\n二、关于水质监测\n新建自动监测站五座。\n今后，我局将每月公布监测数据。\n"
        "三、关于长效管护\n落实保洁经费八百万元。"
    )
    same({"phases": every_phase(doc)}, {"phases": [[None], [None], ["progress", "plan"], [None]]})


def test_a_work_plan_in_parts_over_ideograph_headings_with_member_runs() -> None:
    doc = checked(
        "某区2025年河湖管护工作方案\n第一部分　工作目标\n全区河道水质稳定达标。\n第二部分　重点任务\n一、清淤疏浚\n"
        "一是完成二十公里清淤；二是建立轮疏台账。\n二、水质提升\n整治入河排口八十个。\n第三部分　保障措施\n加强督查考核。"
    )
    same(
        {"kind": doc.kind, "parents": parents(doc), "items": every_items(doc)[3]},
        {
            "kind": "plan",
            "parents": [
                ("第一部分", None),
                ("第二部分", None),
                ("一、", "第二部分"),
                ("二、", "第二部分"),
                ("第三部分", None),
            ],
            "items": [[(1, "一是", "完成二十公里清淤"), (2, "二是", "建立轮疏台账")]],
        },
    )


def test_a_regulation_with_chapters_and_an_article_listing_paren_points_then_a_plain_article() -> None:
    doc = checked(
        "某市河道管理条例\n第一章　总则\n第一条　为了加强河道管理，根据有关法律，结合本市实际，制定本条例。\n第二章　河道保护\n"
        "第二条　在河道管理范围内，禁止下列行为：\n（一）倾倒垃圾、渣土；\n（二）设置阻碍行洪的障碍物；\n（三）非法采砂。\n"
        "第三条　违反本条例规定的，由水行政主管部门责令改正。\n第三章　附则\n第四条　本条例自2026年1月1日起施行。"
    )
    same(
        {"kind": doc.kind, "levels": levels(doc), "signed": signed(doc)},
        {
            "kind": "measures",
            "levels": [
                (1, "chapter", 1),
                (2, "article", 1),
                (1, "chapter", 2),
                (2, "article", 2),
                (3, "cn-paren", 1),
                (3, "cn-paren", 2),
                (3, "cn-paren", 3),
                (2, "article", 3),
                (1, "chapter", 3),
                (2, "article", 4),
            ],
            "signed": None,
        },
    )


# Batch 8 (written before any run): whole replies mixing the shapes


def test_a_reply_of_twelve_headings_closing_with_an_apology_and_a_contact() -> None:
    heads = "".join(
        f"{n}、关于{w}\n{w}工作有序推进。\n"
        for n, w in zip(
            "一二三四五六七八九", ("清淤", "护岸", "监测", "排口", "截污", "补水", "巡查", "宣传", "执法"), strict=True
        )
    )
    doc = ended(
        heads
        + "十、关于资金\n（一）区级资金\n安排一点二亿元。\n（二）社会资金\n引入三千万元。\n十一、关于考核\n纳入年度考核。\n"
        "十二、关于长效机制\n1.建立轮疏制度\n每三年轮疏一次。\n2.建立保洁制度\n实行市场化保洁。\n"
        "以上答复如有不妥，请批评指正。\n联系人：周某　联系电话：12345678\n某区水务局\n2025年9月12日"
    )
    same(
        {
            "count": len(doc.sections),
            "tail": levels(doc)[9:],
            "closing": closing(doc),
            "contact": contact(doc),
            "signed": signed(doc),
            "gap": gap(doc),
        },
        {
            "count": 12,
            "tail": [
                (1, "cn", 10),
                (2, "cn-paren", 1),
                (2, "cn-paren", 2),
                (1, "cn", 11),
                (1, "cn", 12),
                (2, "num", 1),
                (2, "num", 2),
            ],
            "closing": "以上答复如有不妥，请批评指正。",
            "contact": ("周某", ("12345678",), None),
            "signed": SIGNED,
            "gap": False,
        },
    )


def test_a_reply_with_quoted_points_runs_a_plan_and_a_numeral_date_over_the_organ() -> None:
    doc = checked(
        "关于区政协九届四次会议第0523号提案的答复\n陈某委员：\n您提出的关于加强中小河道治理的提案收悉。提案提出：一、加快河道清淤；"
        "二、加强水质监测。现答复如下：\n一、关于河道清淤\n今年我局一是完成清淤二十公里；二是建立清淤台账。\n"
        "下一步，我局将扩大清淤范围。\n二、关于水质监测\n新建自动监测站五座。\n此复。\n二〇二五年九月十二日\n某区水务局"
    )
    same(
        {
            "markers": [s.marker for s in doc.iter_sections()],
            "items": every_items(doc)[1],
            "phases": every_phase(doc),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "markers": ["一、", "二、"],
            "items": [[(1, "一是", "完成清淤二十公里"), (2, "二是", "建立清淤台账")], []],
            "phases": [[None], ["progress", "plan"], [None]],
            "closing": "此复。",
            "signed": SIGNED,
        },
    )


def test_a_deputys_suggestion_answered_with_a_first_next_last_plan_and_a_tabbed_signature() -> None:
    doc = checked(
        "关于区九届人大四次会议第056号代表建议的答复\n王某代表：\n您提出的关于加快河道整治的建议收悉，现答复如下：\n"
        "一、整治情况\n今年整治河道十二条。\n二、下一步打算\n下一步，我局将：首先，完成剩余河道整治；其次，开展生态修复；"
        "最后，建立长效管护机制。\n专此答复。\n\t\t\t某区水务局\n\t\t\t2025年9月12日"
    )
    same(
        {"items": every_items(doc)[2], "phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "items": [[(1, "首先", "完成剩余河道整治"), (2, "其次", "开展生态修复"), (3, "最后", "建立长效管护机制")]],
            "phases": [[None], [None], ["plan"]],
            "closing": "专此答复。",
            "signed": SIGNED,
        },
    )


def test_an_assisting_opinion_with_inline_paren_numbers_and_a_sealed_organ() -> None:
    doc = checked(
        "关于区政协九届四次会议第0523号提案的协办意见\n区生态环境局：\n关于陈某委员提出的加强中小河道治理的提案，"
        "我局提出以下协办意见：(1)加快雨污分流改造；(2)加强河道保洁。\n以上意见供参考。\n某区水务局（盖章）\n2025年9月12日"
    )
    same(
        {"kind": doc.kind, "sections": len(doc.sections), "items": every_items(doc)[0], "signed": signed(doc)},
        # (first look wanted two preamble paragraphs: 以上意见供参考。 is the 协办意见's closing formula, my misreading)
        {"kind": "reply", "sections": 0, "items": [[]], "signed": SIGNED},
    )


def test_half_width_question_marks_closing_own_lines_leave_untitled_points() -> None:
    doc = body("一、关于清淤经费从哪里来?\n由区级财政全额保障。\n二、关于汛期如何预警?\n通过短信和广播发布预警。")
    same(
        {"titles": titles(doc), "paras": paras(doc)},
        # (first look wanted the question as the title: the project reads a heading line ending on ？ as a
        # point with no title since round 7 (tests/test_probes_7_structure.py, _12_, _18_); my misreading)
        {
            "titles": [None, None],
            "paras": [
                ["关于清淤经费从哪里来?", "由区级财政全额保障。"],
                ["关于汛期如何预警?", "通过短信和广播发布预警。"],
            ],
        },
    )


def test_ordinal_words_over_lines_across_a_page_number_then_a_closing() -> None:
    doc = ended(
        "一、关于工作措施\n第一，加快清淤进度，年内完成二十公里。\n第二，加强水质监测，新建自动站五座。\n— 2 —\n"
        "第三，完善长效管护，落实保洁经费。\n特此答复。\n某区水务局\n2025年9月12日"
    )
    same(
        {"items": every_items(doc)[1], "closing": closing(doc), "signed": signed(doc)},
        {
            "items": [
                [(1, "第一", "加快清淤进度，年内完成二十公里")],
                [(2, "第二", "加强水质监测，新建自动站五座")],
                [(3, "第三", "完善长效管护，落实保洁经费")],
            ],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_notice_issuing_a_measures_text_as_its_attachment() -> None:
    doc = checked(
        "关于印发《某区河道保洁管理办法》的通知\n各街道办事处：\n现将《某区河道保洁管理办法》印发给你们，请遵照执行。\n"
        "附件：某区河道保洁管理办法\n某区水务局\n2025年9月12日\n附件\n某区河道保洁管理办法\n第一条　为规范河道保洁，制定本办法。\n"
        "第二条　本办法自印发之日起施行。"
    )
    same(
        {"kind": doc.kind, "sections": len(doc.sections), "attachments": doc.attachments, "signed": signed(doc)},
        {"kind": "notice", "sections": 0, "attachments": ("某区河道保洁管理办法",), "signed": SIGNED},
    )


def test_a_joint_reply_with_a_contact_over_two_sealed_signers_on_one_date() -> None:
    doc = ended(
        ONE
        + "感谢您对水务工作的关心和支持。\n联系人：周某　联系电话：12345678\n某区水务局（盖章）　　某区财政局（盖章）\n"
        "2025年9月12日"
    )
    same(
        {"closing": closing(doc), "contact": contact(doc), "signed": signed(doc), "last": last(doc)},
        {
            "closing": "感谢您对水务工作的关心和支持。",
            "contact": ("周某", ("12345678",), None),
            "signed": (("某区水务局", "某区财政局"), "2025-09-12"),
            "last": ["新建自动监测站五座。"],
        },
    )


# Batch 9 (written before any run): runs and ranks once more: a run cut by a page, skipped ranks per branch


def test_a_member_run_cut_mid_sentence_by_a_page_number_is_joined() -> None:
    doc = body("一、关于工作措施\n一是加快清淤进度，年内完成\n— 3 —\n二十公里；二是加强水质监测，新建自动站五座。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [["一是加快清淤进度，年内完成二十公里；二是加强水质监测，新建自动站五座。"]],
            "items": [[(1, "一是", "加快清淤进度，年内完成二十公里"), (2, "二是", "加强水质监测，新建自动站五座")]],
        },
    )


def test_qi_yi_and_qi_er_under_a_dressed_paren_heading() -> None:
    doc = body(
        "一、关于存在问题\n★（一）主要困难\n其一，部分河道产权不清，管护主体难以落实；其二，保洁经费不足，标准偏低。\n"
        "二、关于解决措施\n明确管护主体。"
    )
    same(
        {"tree": tree(doc)[1], "items": every_items(doc)[2]},
        {
            "tree": (2, "cn-paren", "（一）", "主要困难"),
            "items": [[(1, "其一", "部分河道产权不清，管护主体难以落实"), (2, "其二", "保洁经费不足，标准偏低")]],
        },
    )


def test_a_run_in_the_preamble_and_another_in_the_first_section() -> None:
    doc = checked(
        "关于区政协九届四次会议第0523号提案的答复\n陈某委员：\n您提出的关于加强中小河道治理的提案收悉。该提案一是分析了河道淤积的原因；"
        "二是提出了治理建议。现答复如下：\n一、关于治理措施\n首先，开展河道普查；其次，编制治理规划。" + TAIL
    )
    same(
        {"items": every_items(doc)},
        {
            "items": [
                [[(1, "一是", "分析了河道淤积的原因"), (2, "二是", "提出了治理建议")]],
                [[(1, "首先", "开展河道普查"), (2, "其次", "编制治理规划")]],
            ]
        },
    )


def test_the_paren_ideograph_rank_skipped_in_the_first_branch_only() -> None:
    doc = body(
        "一、关于清淤\n（1）城区河道\n完成清淤八公里。\n（2）镇级河道\n完成清淤十二公里。\n二、关于监测\n（一）自动监测\n"
        "（1）新建站点\n新建五座。\n（2）改造站点\n改造三座。\n（二）人工监测\n设置断面十二个。"
    )
    same(
        {"levels": levels(doc), "gap": gap(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (2, "num-paren", 1),
                (2, "num-paren", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num-paren", 1),
                (3, "num-paren", 2),
                (2, "cn-paren", 2),
            ],
            "gap": False,
        },
    )


def test_the_arabic_rank_skipped_in_the_second_branch_only() -> None:
    doc = body(
        "一、关于清淤\n（一）城区河道\n1.主干河道\n（1）东河\n完成清淤三公里。\n（2）西河\n完成清淤五公里。\n"
        "二、关于监测\n（一）自动监测\n（1）新建站点\n新建五座。\n（2）改造站点\n改造三座。"
    )
    same(
        {"levels": levels(doc), "parents": parents(doc)[-3:]},
        {
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (4, "num-paren", 1),
                (4, "num-paren", 2),
                (1, "cn", 2),
                (2, "cn-paren", 1),
                (3, "num-paren", 1),
                (3, "num-paren", 2),
            ],
            "parents": [("（一）", "二、"), ("（1）", "（一）"), ("（2）", "（一）")],
        },
    )


def test_one_side_and_the_other_inside_one_sentence_of_an_arabic_point() -> None:
    doc = body(
        "一、关于资金保障\n1.资金来源\n我局一方面积极争取市级补助资金，另一方面引导社会资本参与河道治理。\n2.资金监管\n"
        "实行专款专用。"
    )
    same(
        {"items": every_items(doc)[2]},
        {"items": [[(1, "一方面", "积极争取市级补助资金"), (2, "另一方面", "引导社会资本参与河道治理")]]},
    )


def test_dot_dressed_paren_headings_and_a_plain_one_in_one_run() -> None:
    doc = body(
        "一、关于工程措施\n●（一）清淤疏浚\n完成清淤二十公里。\n●（二）护岸加固\n加固护岸六公里。\n（三）生态修复\n"
        "种植水生植物二万平方米。"
    )
    same(
        {"tree": tree(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于工程措施"),
                (2, "cn-paren", "（一）", "清淤疏浚"),
                (2, "cn-paren", "（二）", "护岸加固"),
                (2, "cn-paren", "（三）", "生态修复"),
            ],
            "gap": False,
        },
    )


def test_a_question_at_the_paren_rank_over_an_answer_paragraph() -> None:
    doc = body(
        "一、关于委员关心的几个问题\n（一）清淤后为何仍有异味？\n主要原因是部分雨污混接点尚未整改到位。\n"
        "（二）保洁频次能否提高？\n今年起主干河道实行每日两次保洁。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)[1:]},
        # (first look wanted the question as the title: the project reads a heading line ending on ？ as a
        # point with no title since round 7 (tests/test_probes_7_structure.py, _12_, _18_); my misreading)
        {
            "titles": ["关于委员关心的几个问题", None, None],
            "paras": [
                ["清淤后为何仍有异味？", "主要原因是部分雨污混接点尚未整改到位。"],
                ["保洁频次能否提高？", "今年起主干河道实行每日两次保洁。"],
            ],
        },
    )


# Batch 10 (written before any run): what stands between the closing and the 落款, joint 落款 kept whole


def test_an_attachment_line_and_a_contact_line_between_the_closing_and_the_signature() -> None:
    doc = ended(ONE + "特此答复。\n附件：河道清淤计划表\n联系人：周某　电话：12345678\n某区水务局\n2025年9月12日")
    same(
        {"attachments": doc.attachments, "contact": contact(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "attachments": ("河道清淤计划表",),
            "contact": ("周某", ("12345678",), None),
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_a_signature_pushed_right_by_half_width_spaces() -> None:
    doc = ended(ONE + "特此答复。\n" + " " * 30 + "某区水务局\n" + " " * 29 + "2025年9月12日")
    same({"signed": signed(doc), "last": last(doc)}, {"signed": SIGNED, "last": ["新建自动监测站五座。"]})


def test_organ_and_date_on_one_line_spread_by_spaces_under_ci_fu() -> None:
    doc = ended(ONE + "此复。\n某区水务局" + " " * 20 + "2025年9月12日")
    same({"signed": signed(doc), "closing": closing(doc)}, {"signed": SIGNED, "closing": "此复。"})


def test_four_stacked_co_signers_over_one_date_stay_the_signature() -> None:
    doc = checked(
        "关于加强中小河道联合执法的通知\n各街道办事处：\n一、执法范围\n全区中小河道。\n二、执法方式\n实行联合执法。\n特此通知。\n"
        "某区水务局\n某区生态环境局\n某区城市管理行政执法局\n某区公安分局\n2025年9月12日"
    )
    same(
        {"signed": signed(doc), "closing": closing(doc), "last": last(doc)},
        {
            "signed": (("某区水务局", "某区生态环境局", "某区城市管理行政执法局", "某区公安分局"), "2025-09-12"),
            "closing": "特此通知。",
            "last": ["实行联合执法。"],
        },
    )


def test_four_co_signers_two_a_line_over_one_date() -> None:
    doc = checked(
        "关于加强中小河道联合执法的通知\n各街道办事处：\n一、执法范围\n全区中小河道。\n二、执法方式\n实行联合执法。\n特此通知。\n"
        "某区水务局　　　　某区生态环境局\n某区城管执法局　　某区公安分局\n2025年9月12日"
    )
    same(
        {"signed": signed(doc), "last": last(doc)},
        {
            "signed": (("某区水务局", "某区生态环境局", "某区城管执法局", "某区公安分局"), "2025-09-12"),
            "last": ["实行联合执法。"],
        },
    )


def test_a_seal_note_line_between_two_stacked_signers_and_their_date() -> None:
    doc = ended(ONE + "特此答复。\n某区水务局\n某区财政局\n（盖章）\n2025年9月12日")
    same(
        {"signed": signed(doc), "unplaced": unplaced(doc)},
        {"signed": (("某区水务局", "某区财政局"), "2025-09-12"), "unplaced": False},
    )


def test_a_contact_line_with_a_mobile_and_an_office_phone_over_the_signature() -> None:
    doc = ended(ONE + "联系人：周某　办公电话：12345678　手机：13912345678\n某区水务局\n2025年9月12日")
    same(
        {"contact": contact(doc), "last": last(doc), "signed": signed(doc)},
        {
            "contact": ("周某", ("12345678", "13912345678"), None),
            "last": ["新建自动监测站五座。"],
            "signed": SIGNED,
        },
    )


def test_a_bracketed_publication_note_under_the_closing_over_the_signature() -> None:
    doc = ended(ONE + "特此答复。\n（此件主动公开）\n某区水务局\n2025年9月12日")
    same(
        {"closing": closing(doc), "signed": signed(doc), "last": last(doc)},
        {"closing": "特此答复。", "signed": SIGNED, "last": ["新建自动监测站五座。"]},
    )


# Batch 11 (written after causes 1-5 were fixed, before its run): the fixes' edges


def test_a_long_question_at_the_arabic_rank_is_an_untitled_point() -> None:
    doc = body(
        "一、关于委员关心的问题\n1.为什么部分镇级河道清淤以后不到两年又出现明显淤积的情况？\n主要是上游水土流失。"
    )
    same(
        {"titles": titles(doc), "paras": paras(doc)},
        # (written after my cause 1, reverted: it wanted the question as the title: the project reads a heading line ending on ？ as a
        # point with no title since round 7 (tests/test_probes_7_structure.py, _12_, _18_); my misreading)
        {
            "titles": ["关于委员关心的问题", None],
            "paras": [[], ["为什么部分镇级河道清淤以后不到两年又出现明显淤积的情况？", "主要是上游水土流失。"]],
        },
    )


def test_a_bracketed_heading_run_in_with_its_text() -> None:
    doc = body("【一、总体要求】到2027年基本消除黑臭水体。\n【二、主要任务】完成清淤二十公里。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "总体要求"), (1, "cn", "二、", "主要任务")],
            "paras": [["到2027年基本消除黑臭水体。"], ["完成清淤二十公里。"]],
        },
    )


def test_three_signers_each_in_a_block_over_one_date() -> None:
    doc = ended(ONE + "特此答复。\n某区水务局\n2025年9月12日\n某区财政局\n2025年9月12日\n某区生态环境局\n2025年9月12日")
    same(
        {"signed": signed(doc), "unplaced": unplaced(doc), "last": last(doc)},
        {
            "signed": (("某区水务局", "某区财政局", "某区生态环境局"), "2025-09-12"),
            "unplaced": False,
            "last": ["新建自动监测站五座。"],
        },
    )


def test_sealed_signers_with_dates_beside_them_over_a_contact_line() -> None:
    doc = ended(
        ONE + "特此答复。\n某区水务局（盖章）　2025年9月12日\n某区财政局（盖章）　2025年9月12日\n"
        "（联系人：周某，联系电话：12345678）"
    )
    same(
        {"signed": signed(doc), "contact": contact(doc), "unplaced": unplaced(doc)},
        {
            "signed": (("某区水务局", "某区财政局"), "2025-09-12"),
            "contact": ("周某", ("12345678",), None),
            "unplaced": False,
        },
    )


def test_members_after_the_plan_as_subject() -> None:
    doc = checked(
        "某区河道长效管护工作方案\n一、工作要求\n本方案一要明确管护主体；二要落实管护经费；三要严格考核奖惩。\n二、实施时间\n"
        "2025年10月起实施。"
    )
    same(
        {"items": [items(p) for p in doc.sections[0].paragraphs]},
        {"items": [[(1, "一要", "明确管护主体"), (2, "二要", "落实管护经费"), (3, "三要", "严格考核奖惩")]]},
    )


def test_a_star_before_a_chapter_marker() -> None:
    doc = checked(
        "某区河湖管理办法\n★第一章　总则\n第一条　为加强河湖管理，制定本办法。\n★第二章　附则\n第二条　本办法自发布之日起施行。"
    )
    same(
        {"levels": levels(doc), "titles": [s.title for s in doc.sections]},
        {
            "levels": [(1, "chapter", 1), (2, "article", 1), (1, "chapter", 2), (2, "article", 2)],
            "titles": ["总则", "附则"],
        },
    )


def test_a_venue_list_of_two_kinds_under_a_colon_line_over_two_co_signers() -> None:
    doc = checked(
        "关于开展2025年河道保洁员培训的通知\n各街道办事处：\n一、培训时间\n2025年10月15日。\n二、培训地点\n请学员到以下地点参加培训：\n"
        "某区水务局培训中心\n某区河道管理所会议室\n某区防汛物资仓库\n某区水务局\n某区人力资源和社会保障局\n2025年9月12日"
    )
    same(
        {"signed": signed(doc), "last": last(doc)[-1]},
        {"signed": (("某区水务局", "某区人力资源和社会保障局"), "2025-09-12"), "last": "某区防汛物资仓库"},
    )


def test_short_questions_at_the_paren_rank_are_untitled_points() -> None:
    doc = body(
        "一、关于河道保洁\n（一）经费够不够？\n区财政每年安排八百万元。\n（二）标准高不高？\n主干河道每日保洁两次。"
    )
    same(
        {"titles": titles(doc)},
        # (written after my cause 1, reverted: it wanted the question as the title: the project reads a heading line ending on ？ as a
        # point with no title since round 7 (tests/test_probes_7_structure.py, _12_, _18_); my misreading)
        {"titles": ["关于河道保洁", None, None]},
    )


# Batch 12 (written after causes 1-5 were fixed, before its run): the brief's shapes once more


def test_articles_restarting_in_an_attachment_after_the_signature_stay_out() -> None:
    doc = checked(
        "关于印发河道保洁考核办法的通知\n各街道办事处：\n一、考核对象\n各街道河道保洁单位。\n二、考核方式\n月度考核与年度考核相结合。\n"
        "特此通知。\n附件：某区河道保洁考核办法\n某区水务局\n2025年9月12日\n附件\n某区河道保洁考核办法\n第一条　为规范考核，制定本办法。\n"
        "第二条　本办法自印发之日起施行。"
    )
    same(
        {"markers": [s.marker for s in doc.iter_sections()], "signed": signed(doc), "last": last(doc)},
        {"markers": ["一、", "二、"], "signed": SIGNED, "last": ["月度考核与年度考核相结合。"]},
    )


def test_a_member_run_going_on_after_a_page_of_pages_line() -> None:
    doc = body("一、关于工作措施\n一是加快清淤进度。\n第 2 页 共 5 页\n二是加强水质监测。\n三是完善长效管护。")
    same(
        {"paras": paras(doc), "items": [len(items(p)) for p in doc.sections[0].paragraphs]},
        {"paras": [["一是加快清淤进度。", "二是加强水质监测。", "三是完善长效管护。"]], "items": [1, 1, 1]},
    )


def test_a_run_in_paren_heading_whose_member_run_goes_on_into_the_next_paragraph() -> None:
    doc = body(
        "一、关于河道治理\n（一）强化源头管控。一是排查入河排口；二是整治雨污混接。\n三是加强执法巡查，严查偷排漏排。\n"
        "（二）推进生态修复。种植水生植物二万平方米。"
    )
    same(
        {"titles": titles(doc), "items": [[items(p) for p in s.paragraphs] for s in doc.iter_sections()]},
        {
            "titles": ["关于河道治理", "强化源头管控", "推进生态修复"],
            "items": [
                [],
                [
                    [(1, "一是", "排查入河排口"), (2, "二是", "整治雨污混接")],
                    [(3, "三是", "加强执法巡查，严查偷排漏排")],
                ],
                [[]],
            ],
        },
    )


def test_thanks_then_ci_fu_over_a_spaced_organ_and_a_numeral_date() -> None:
    doc = ended(
        ONE
        + "感谢您对水务工作的关心和支持！\n此复。\n"
        + "　" * 12
        + "某区水务局\n"
        + "　" * 10
        + "二〇二五年九月十二日"
    )
    same(
        {"closing": closing(doc), "signed": signed(doc), "last": last(doc)},
        {"closing": "感谢您对水务工作的关心和支持！\n此复。", "signed": SIGNED, "last": ["新建自动监测站五座。"]},
    )


def test_a_contact_sentence_before_the_closing() -> None:
    doc = ended(
        ONE + "如有疑问，请与我局河道科联系，联系人：周某，联系电话：12345678。\n特此答复。\n某区水务局\n2025年9月12日"
    )
    same(
        {"closing": closing(doc), "signed": signed(doc), "phones": None if doc.contact is None else doc.contact.phones},
        # (first look wanted 特此答复。 alone: 如有疑问，请与…联系 is a closing formula by the project's reading since
        # round 11 (CLOSING_WEAK; tests/test_probes_12_genres.py), the contact still reading its number; my misreading)
        {
            "closing": "如有疑问，请与我局河道科联系，联系人：周某，联系电话：12345678。\n特此答复。",
            "signed": SIGNED,
            "phones": ("12345678",),
        },
    )


def test_four_sealed_signers_each_with_the_date_beside_it() -> None:
    doc = checked(
        "关于加强中小河道联合执法的通知\n各街道办事处：\n一、执法范围\n全区中小河道。\n特此通知。\n"
        "某区水务局（盖章）　　　　2025年9月12日\n某区生态环境局（盖章）　　2025年9月12日\n"
        "某区城管执法局（盖章）　　2025年9月12日\n某区公安分局（盖章）　　　2025年9月12日"
    )
    same(
        {"signed": signed(doc), "unplaced": unplaced(doc)},
        {
            "signed": (("某区水务局", "某区生态环境局", "某区城管执法局", "某区公安分局"), "2025-09-12"),
            "unplaced": False,
        },
    )


def test_a_reply_of_ten_headings_whose_seventh_skips_to_arabic_points_with_members() -> None:
    words = ("清淤", "护岸", "监测", "排口", "截污", "补水")
    heads = "".join(f"{n}、关于{w}\n{w}工作有序推进。\n" for n, w in zip("一二三四五六", words, strict=True))
    doc = body(
        heads + "七、关于巡查\n1.巡查制度\n一是区级河长每月巡查；二是镇级河长每周巡查。\n2.问题交办\n当日交办。\n"
        "八、关于宣传\n开展宣传活动。\n九、关于执法\n查处案件十五起。\n十、关于考核\n纳入年度考核。"
    )
    same(
        {"levels": levels(doc)[6:9], "count": len(doc.sections), "items": every_items(doc)[8]},
        {
            "levels": [(1, "cn", 7), (2, "num", 1), (2, "num", 2)],
            "count": 10,
            "items": [[(1, "一是", "区级河长每月巡查"), (2, "二是", "镇级河长每周巡查")]],
        },
    )


def test_a_bracketed_question_is_an_untitled_point() -> None:
    doc = body("【一、河道保洁经费从哪里来？】\n由区级财政全额保障。\n【二、汛期如何预警？】\n通过短信发布预警。")
    same(
        {"tree": tree(doc)},
        # (written after my cause 1, reverted: it wanted the question as the title: the project reads a heading line ending on ？ as a
        # point with no title since round 7 (tests/test_probes_7_structure.py, _12_, _18_); my misreading)
        {"tree": [(1, "cn", "一、", None), (1, "cn", "二、", None)]},
    )


# Batch 13 (written after the landing, before its run: the landed causes against neighbouring genres)


def test_a_minutes_listing_attending_units_under_its_venue_signs_nothing() -> None:
    doc = checked(
        "区防汛工作会议纪要\n2025年6月3日，区防汛指挥部召开防汛工作会议。\n一、会议地点\n区水务局三楼会议室\n二、参会单位\n"
        "某区应急管理局\n某区住房和城乡建设委员会\n某区城市管理局\n某区交通委员会\n某区公安分局\n三、议定事项\n全面落实汛期值班制度。"
    )
    same(
        {"signed": signed(doc), "last": last(doc), "count": len(doc.sections)},
        {"signed": None, "last": ["全面落实汛期值班制度。"], "count": 3},
    )


def test_a_single_venue_then_five_co_signers_all_sign() -> None:
    doc = checked(
        "关于召开防汛联席会议的通知\n各成员单位：\n一、会议时间\n2025年6月10日上午9时。\n二、会议地点\n区政府三楼会议室\n"
        "某区水务局\n某区财政局\n某区应急管理局\n某区城市管理局\n某区公安分局\n2025年6月5日"
    )
    same(
        {"signed": signed(doc), "last": last(doc)},
        {
            "signed": (
                ("某区水务局", "某区财政局", "某区应急管理局", "某区城市管理局", "某区公安分局"),
                "2025-06-05",
            ),
            "last": ["区政府三楼会议室"],
        },
    )


def test_bracketed_headings_in_a_notice_with_a_shape_bullet_inside() -> None:
    doc = checked(
        "关于做好汛前检查工作的通知\n各街道办事处：\n【一、检查范围】\n全区河道堤防。\n【二、检查内容】\n堤防安全和闸站运行。\n"
        "特此通知。\n某区水务局\n2025年4月1日"
    )
    same(
        {"tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "检查范围"), (1, "cn", "二、", "检查内容")],
            "closing": "特此通知。",
            "signed": (("某区水务局",), "2025-04-01"),
        },
    )


def test_a_bracketed_tag_over_a_reply_stays_text() -> None:
    doc = ended(
        "【办理结果】一、二期工程已全部完工。\n一、关于清淤\n完成清淤二十公里。\n特此答复。\n某区水务局\n2025年9月12日"
    )
    same(
        {"markers": [s.marker for s in doc.iter_sections()], "pre": pre(doc)[-1]},
        {"markers": ["一、"], "pre": "【办理结果】一、二期工程已全部完工。"},
    )


def test_members_after_the_proposal_named_with_its_number() -> None:
    doc = checked(
        "关于区政协九届四次会议第0523号提案的答复\n陈某委员：\n您提出的第0523号提案一是建议加快清淤；二是建议加强监测。现答复如下：\n"
        "一、关于清淤\n完成清淤二十公里。" + TAIL
    )
    same(
        {"items": every_items(doc)[0]},
        {"items": [[(1, "一是", "建议加快清淤"), (2, "二是", "建议加强监测")]]},
    )


def test_a_meeting_whose_member_words_follow_hui_yi() -> None:
    doc = body("一、关于联席会议\n本次会议一是通报了汛情；二是部署了防汛任务。")
    same(
        {"items": every_items(doc)[1]},
        {"items": [[(1, "一是", "通报了汛情"), (2, "二是", "部署了防汛任务")]]},
    )


def test_two_signer_blocks_then_an_imprint_on_two_lines() -> None:
    doc = ended(
        ONE + "特此答复。\n某区水务局\n2025年9月12日\n某区财政局\n2025年9月12日\n抄送：区政协提案委。\n"
        "某区水务局办公室　　2025年9月12日印发"
    )
    same(
        {"signed": signed(doc), "imprint": None if doc.imprint is None else doc.imprint.printed_by},
        {"signed": (("某区水务局", "某区财政局"), "2025-09-12"), "imprint": "某区水务局办公室"},
    )


def test_a_signature_block_then_a_forwarded_notices_own_signature_stays_one_signer() -> None:
    doc = checked(
        "关于转发《某市水务局关于做好防汛工作的通知》的通知\n各街道办事处：\n现将《某市水务局关于做好防汛工作的通知》转发给你们，请认真贯彻落实。\n"
        "某区水务局\n2025年5月6日\n某市水务局关于做好防汛工作的通知\n各区水务局：\n请做好防汛准备。\n某市水务局\n2025年5月1日"
    )
    same({"signed": signed(doc)}, {"signed": (("某区水务局",), "2025-05-06")})
