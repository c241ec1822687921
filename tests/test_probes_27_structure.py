"""Twenty-seventh round of structure probes: short whole documents (title, 主送, body, closing, 落款 and
date, so the structure sits in a real frame) written as an outside tester would, on the structure rules
alone (levels, markers, titles, parents, members, phases, closing, 落款 and date, nothing of the body lost).

Shapes earlier rounds covered (read before writing, so this round varies them): rounds 3-26 (see
tests/test_probes_26_structure.py's docstring and those it cites: five ranks and back, ranks spelt two and three ways,
dressed and lenticular headings, question headings, glued and wrapped headings, sentence-like headings within 30
characters, look-alike openers (1至3月, 3.5级, 一、二级, 二、三年来), members of every contract family with 是 after the
word, runs across paragraphs and nested in the second member, 今后/接下来/下阶段/今后一个时期/近年来/目前/近期 phases,
closings and 落款 in forty shapes, dates with 廿/卅/二〇/dots/hyphens/slashes/号, P.S. lines, attachments after the
落款, 方案/办法/报告/批复/函/协办意见/纪要/通报/请示; round 26's hard-wrapped copies bringing a marker to a line's START).

What this round adds, on one theme (a city 生态环境局 answering a 政协提案 on urban noise, and the 通知, 意见, 报告, 纪要,
请示, 函, 批复, 通报, 方案 and 办法 around it, so the vocabulary is new to the probes):
- levels: five ranks returning at every rank with a second branch putting ① under 1.; a zigzag tree restarting its
  lower ranks under every parent; full- and half-width digits mixed in one Arabic run and one paren run; one top rank
  spelt 一、/二./三．/四，; eight headings with a deep branch; a 报告 in 第一部分 parts whose titles open with a year;
  a 纪要's decisions holding run-in paren points over Arabic ones; a notice with two numbered attachments after the 落款;
- hard-wrapped copies leaving a marker, or half of one, at a line's END (the round before brought markers to a line's
  start): 二 ⏎ 是 and 三 ⏎ 是, 另一 ⏎ 方面, 其 ⏎ 次, 第 ⏎ 二，, 三 ⏎ 要, an inline ② ending a line, 第（ ⏎ 二）项, a decimal
  1. ⏎ 5万, a run-in title cut before its stop, the lead's colon hung at a full line's end, and the same in copies
  that indent their paragraphs, double-spaced, with a formula run on in the last wrapped line and a numeral list cut
  after 一、;
- titles and look-alikes: titles holding 《》, quotes, 12.5%, opening with 1.5万 or a year (1.2025年…), a date span; lines
  opening with 一、二、三号线, 10、11月份, 第一、二批, 12369; a colon run-in title beside an own-line colon title; a top
  heading of two short sentences; an untitled paren point holding a run; a 纪要's sentence decisions (17, 26 and 40
  characters); a 函's points ending on ；；。 (untitled, untitled, titled);
- members: 其一，/其二，/其三， over two paragraphs, 一则/二则 (no family) before a real run, a side run inside the FIRST
  member, 统一要求/其一致性/万一要 beside real runs, member paragraphs under a colon lead then a plain one and a plan, 一要
  opening three paragraphs and a lone 四要 in the next section, 其一 leads closed by 。 with sentences after them, subjects
  分局 and 办事处, eleven members to 十一是;
- phases: six sections pairing 近年来/下一阶段, 目前/下步 (no comma), 近期 twice (none), 今后一个时期 alone, 在今后的工作中,
  下阶段工作中; an 意见's preamble planning; a plan stopping at the first Arabic sub-point; 下一步工作安排： over member
  paragraphs; plans run on after members and after a sentence; a 报告's 近期/下一阶段 headings; 下一步： with a colon and
  下一阶段 at the circled rank;
- ends and dates: 元月, full-width digits and dots, spaces with leading zeros, ideographs with 号, 2026-6-8; thanks,
  formula, a three-item 附件 list, the 落款, a publication note and a PS; an 附件 list after the date then a 备注; an 附件
  list numbered ①②; a contact note and an 附件 between formula and 落款 with 抄送 under it; 妥否，请批示 over a contact
  under the date; 请予支持为盼; 此复; 特此通报; 以上意见供参考; three organs stacked over one date; a 纪要's attendance
  at its end.

Every expected value was written from the contract, the README and the settled readings of earlier rounds before the
parser was run on any of these texts (each batch committed first); every document also keeps the span invariants and
invents no character. Each test compares all its checks at once (`same`).

First look (documents whole / checks), per batch, as committed blind, and the causes named
(tests/test_struct27_causes.py):
- batch 1 (65539cc8: deep trees with returns, spellings, attachments after a notice's 落款, an 意见, a 纪要, parts): 9/9,
  39/39
- batch 2 (28617c75: hard-wrapped copies with a marker or half of one at a line's end): 6/10, 22/30 (two my misreading:
  the wrap hung the lead's colon at a full line's end, and in a copy without indents a line ending on a stop ends its
  paragraph, the settled reading, so 首先 and an inline 1. open the next block; cause 1: `…开展了以下` ⏎ `几项工作：第一，…`,
  a counted phrase and its colon read as a label's line; cause 5: a short copy's width read one too long from the
  opening's line ending on a hung 》, so a run-in heading the wrap cut inside its title kept half of it)
- batch 3 (aeb42d36: headings that read as sentences, sentences that read as headings): 8/8, 30/30
- batch 4 (aa183405: 其一，, 一则, a side run in the first member, member words inside other words, …): 9/9, 20/20
- batch 5 (53117feb: phases worded otherwise): 8/9, 23/24 (my slip: a lead ends at the first 。, so a plan sentence run on
  after 二是's is no part of its lead)
- batch 6 (3f299808: dates in other spellings, 附件 lists, notes and P.S. lines around the 落款): 9/9, 41/41
- batch 7 (1625d283: a 请示, a 函, a 批复, a 通报, a 方案, a 办法, a 纪要, a joint 意见, a 协办意见): 9/9, 41/41
- batch 8 (a4d931ce, written after batches 1-7's first look: indented and double-spaced wrapped copies): 4/10, 12/25
  (cause 4: an indented copy's full line ending on the colon the wrap hung there, over the flush 首先 line, ended its
  paragraph; cause 1 again, `以下` ⏎ `三个方面：`; cause 3: 特此答复 run on in the last wrapped line of the last paragraph
  was lost once the line was joined; cause 2: `…地铁一、` ⏎ `二、三号线…` opened a second 二、; two strict xfails, not worth
  a rule: a flush 1.…；2.… line under an indented lead may be a point set flush, and a heading line without marks that
  fills a copy's width reads as a point the width cut)
- batch 9 (8d9a3676, written after causes 1-5 were fixed: their edges in a 通知, a 纪要, a 报告 and an 意见; guards): 10/10,
  34/34 (on s27start 5/10, 23/34)
- batch 10 (432496ff, written after the first landing: page numbers between the halves of a cut member word, a counted
  phrase, a numeral list, a run-in title and a run-on formula): 7/8, 18/20 (my misreading: a page end between a
  heading line and a short first sentence is read by the heading's siblings, settled since round 21; on s27start 4/8,
  11/20)
Totals: 91 documents, 79 whole at first look; 304 checks, 280. Batches 1-8 alone (written before any fix): 73 documents,
62 whole; 250 checks, 228; with my three misreadings corrected (in place, each with a note), 65 whole and 233 checks.
Five causes fixed (tests/test_struct27_causes.py); after the fixes 89/91 whole, the two left strict xfails (not worth a
rule, reasons at the tests); no contract question.
"""

from __future__ import annotations

import govdoc
from tests.probing import (
    checked,
    closing,
    every_items,
    every_phase,
    gap,
    held,
    item_texts,
    levels,
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

ORG = "某市生态环境局"
DATE = "2026年6月8日"
SIGNED = ((ORG,), "2026-06-08")
TITLE = "关于市政协十四届五次会议第0377号提案的答复"
OPENING = "您提出的《关于加强城市噪声污染防治的提案》收悉，现答复如下："
FRONT = TITLE + "\n王某委员：\n" + OPENING + "\n"
THANKS = "感谢您对全市生态环境保护工作的关心和支持。"
FOOT = ORG + "\n" + DATE


def answer(text: str, end: str | None = "特此答复。", sign: str | None = FOOT) -> govdoc.Document:
    """The whole answer: title, 主送, opening, `text`, then `end` and the 落款 `sign` where given."""
    return checked("\n".join([FRONT + text] + [p for p in (end, sign) if p is not None]))


def markers(doc: govdoc.Document) -> list[str]:
    return [s.marker for s in doc.iter_sections()]


TWO = "一、关于夜间施工噪声\n全年查处夜间违规施工案件四十起。\n二、关于社会生活噪声\n开展广场舞噪声专项整治。"
TWO_TREE = [(1, "cn", "一、", "关于夜间施工噪声"), (1, "cn", "二、", "关于社会生活噪声")]
TWO_LAST = ["开展广场舞噪声专项整治。"]


# Batch 1 (written before any run): deep trees with returns, one rank spelt several ways, parents


def test_five_ranks_returning_at_every_rank_and_a_branch_putting_circled_points_under_arabic_ones() -> None:
    doc = answer(
        "一、关于噪声源头管控\n（一）交通噪声\n1.道路噪声\n（1）城市快速路\n①声屏障建设\n建成声屏障十二公里。\n②低噪路面\n"
        "铺设低噪声路面三十万平方米。\n（2）主干道\n对主干道实施限速管理。\n2.轨道交通噪声\n督促地铁运营单位开展减振降噪。\n"
        "（二）工业噪声\n对二十家重点企业开展噪声执法检查。\n二、关于监测体系\n1.自动监测站点\n①功能区站点\n"
        "建成声环境功能区自动监测站三十个。\n②道路站点\n建成道路交通噪声监测点十五个。\n2.监测数据公开\n每季度公开噪声监测数据。\n"
        "三、关于宣传引导\n开展噪声污染防治宣传进社区活动。"
    )
    same(
        {"tree": tree(doc), "parents": parents(doc), "paras": paras(doc), "gap": gap(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于噪声源头管控"),
                (2, "cn-paren", "（一）", "交通噪声"),
                (3, "num", "1.", "道路噪声"),
                (4, "num-paren", "（1）", "城市快速路"),
                (5, "circled", "①", "声屏障建设"),
                (5, "circled", "②", "低噪路面"),
                (4, "num-paren", "（2）", "主干道"),
                (3, "num", "2.", "轨道交通噪声"),
                (2, "cn-paren", "（二）", "工业噪声"),
                (1, "cn", "二、", "关于监测体系"),
                (2, "num", "1.", "自动监测站点"),
                (3, "circled", "①", "功能区站点"),
                (3, "circled", "②", "道路站点"),
                (2, "num", "2.", "监测数据公开"),
                (1, "cn", "三、", "关于宣传引导"),
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
                ("1.", "二、"),
                ("①", "1."),
                ("②", "1."),
                ("2.", "二、"),
                ("三、", None),
            ],
            "paras": [
                [],
                [],
                [],
                [],
                ["建成声屏障十二公里。"],
                ["铺设低噪声路面三十万平方米。"],
                ["对主干道实施限速管理。"],
                ["督促地铁运营单位开展减振降噪。"],
                ["对二十家重点企业开展噪声执法检查。"],
                [],
                [],
                ["建成声环境功能区自动监测站三十个。"],
                ["建成道路交通噪声监测点十五个。"],
                ["每季度公开噪声监测数据。"],
                ["开展噪声污染防治宣传进社区活动。"],
            ],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_full_and_half_width_digits_mixed_in_one_arabic_run_and_in_one_paren_run() -> None:
    doc = answer(
        "一、关于执法监管\n（一）执法方式\n１、夜查行动\n每月开展夜间突击检查两次。\n2.联合执法\n与城管、公安部门开展联合执法。\n"
        "３．非现场执法\n（１）在线监控\n重点工地安装噪声在线监控设备。\n(2)视频取证\n运用视频监控固定违法证据。\n"
        "（二）执法成效\n全年罚款二百四十万元。\n二、关于信访投诉\n噪声投诉办结率达到百分之九十八。"
    )
    same(
        {"tree": tree(doc), "levels": levels(doc), "gap": gap(doc), "last": paras(doc)[-1]},
        {
            "tree": [
                (1, "cn", "一、", "关于执法监管"),
                (2, "cn-paren", "（一）", "执法方式"),
                (3, "num", "１、", "夜查行动"),
                (3, "num", "2.", "联合执法"),
                (3, "num", "３．", "非现场执法"),
                (4, "num-paren", "（１）", "在线监控"),
                (4, "num-paren", "(2)", "视频取证"),
                (2, "cn-paren", "（二）", "执法成效"),
                (1, "cn", "二、", "关于信访投诉"),
            ],
            "levels": [
                (1, "cn", 1),
                (2, "cn-paren", 1),
                (3, "num", 1),
                (3, "num", 2),
                (3, "num", 3),
                (4, "num-paren", 1),
                (4, "num-paren", 2),
                (2, "cn-paren", 2),
                (1, "cn", 2),
            ],
            "gap": False,
            "last": ["噪声投诉办结率达到百分之九十八。"],
        },
    )


def test_a_zigzag_tree_whose_lower_ranks_restart_under_every_parent() -> None:
    doc = answer(
        "一、关于建筑施工噪声\n（一）审批管理\n1.夜间施工证明\n（1）严格条件\n仅限抢修抢险等特殊情形。\n（2）公示要求\n"
        "施工单位须提前公告周边居民。\n2.施工时段\n（1）中高考期间\n考点周边全面禁止夜间施工。\n（二）在线监管\n"
        "1.设备安装\n重点工地全部安装噪声监测设备。\n二、关于商业噪声\n（一）门店促销\n禁止使用高音喇叭招揽顾客。"
    )
    same(
        {"parents": parents(doc), "ordinals": [o for (_, _, o) in levels(doc)], "gap": gap(doc)},
        {
            "parents": [
                ("一、", None),
                ("（一）", "一、"),
                ("1.", "（一）"),
                ("（1）", "1."),
                ("（2）", "1."),
                ("2.", "（一）"),
                ("（1）", "2."),
                ("（二）", "一、"),
                ("1.", "（二）"),
                ("二、", None),
                ("（一）", "二、"),
            ],
            "ordinals": [1, 1, 1, 1, 2, 2, 1, 2, 1, 2, 1],
            "gap": False,
        },
    )


def test_a_notice_with_two_numbered_attachments_each_holding_its_own_ranks_after_the_signature() -> None:
    doc = checked(
        "某市生态环境局关于开展中高考期间噪声污染防治工作的通知\n各区生态环境分局，市直有关单位：\n"
        "为营造安静的考试环境，现将有关事项通知如下：\n一、工作时段\n2026年6月1日至6月30日。\n二、工作要求\n"
        "（一）加强巡查。各分局要加强考点周边巡查。\n（二）畅通投诉。开通噪声投诉专线。\n特此通知。\n"
        "附件：1.中高考期间噪声污染防治工作方案\n2.考点周边噪声源排查表\n"
        + FOOT
        + "\n附件1\n中高考期间噪声污染防治工作方案\n一、目标任务\n确保考点周边噪声达标。\n二、职责分工\n（一）生态环境部门\n"
        "（二）公安部门\n附件2\n考点周边噪声源排查表\n一、排查范围\n考点周边五百米。"
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
                (1, "cn", "一、", "工作时段"),
                (1, "cn", "二、", "工作要求"),
                (2, "cn-paren", "（一）", "加强巡查"),
                (2, "cn-paren", "（二）", "畅通投诉"),
            ],
            "last": ["开通噪声投诉专线。"],
            "closing": "特此通知。",
            "attachments": ("中高考期间噪声污染防治工作方案", "考点周边噪声源排查表"),
            "signed": SIGNED,
        },
    )


def test_an_opinion_four_ranks_deep_with_members_in_a_run_in_point_and_no_closing() -> None:
    doc = checked(
        "关于进一步加强噪声污染防治工作的意见\n各区人民政府，市政府各部门：\n为持续改善声环境质量，提出如下意见。\n"
        "一、总体要求\n（一）指导思想\n以改善声环境质量为核心。\n（二）基本原则\n1.坚持源头防控\n从规划源头减少噪声影响。\n"
        "2.坚持依法治理\n严格落实噪声污染防治法。\n二、主要任务\n（一）强化交通噪声治理。一是优化道路设计；二是推广低噪声路面。\n"
        "（二）强化施工噪声治理。严格夜间施工审批。\n三、保障措施\n各区要将噪声污染防治纳入年度考核。\n某市人民政府办公室\n2026年5月12日"
    )
    same(
        {
            "kind": doc.kind,
            "tree": tree(doc),
            "items": every_items(doc)[7],
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "opinion",
            "tree": [
                (1, "cn", "一、", "总体要求"),
                (2, "cn-paren", "（一）", "指导思想"),
                (2, "cn-paren", "（二）", "基本原则"),
                (3, "num", "1.", "坚持源头防控"),
                (3, "num", "2.", "坚持依法治理"),
                (1, "cn", "二、", "主要任务"),
                (2, "cn-paren", "（一）", "强化交通噪声治理"),
                (2, "cn-paren", "（二）", "强化施工噪声治理"),
                (1, "cn", "三、", "保障措施"),
            ],
            "items": [[(1, "一是", "优化道路设计"), (2, "二是", "推广低噪声路面")]],
            "closing": None,
            "signed": (("某市人民政府办公室",), "2026-05-12"),
        },
    )


def test_eight_headings_of_which_two_hold_paren_points_and_one_paren_point_holds_arabic_and_circled_ones() -> None:
    body = (
        "一、关于噪声地图\n已完成中心城区噪声地图绘制。\n二、关于功能区划\n修订声环境功能区划方案。\n三、关于交通噪声\n"
        "（一）道路\n建设声屏障。\n（二）铁路\n督促铁路部门落实降噪措施。\n（三）机场\n划定机场噪声控制区。\n四、关于工业噪声\n"
        "开展工业企业噪声排查。\n五、关于施工噪声\n严格夜间施工审批。\n六、关于社会生活噪声\n（一）广场舞\n划定活动区域和时段。\n"
        "（二）商业经营\n1.门店音响\n①限定音量\n门店音响音量不得超过规定标准。\n②限定时段\n夜间不得使用音响招揽顾客。\n2.夜市\n"
        "夜市经营不得晚于二十二时。\n七、关于宁静小区\n创建宁静小区五十个。\n八、关于公众参与\n开通噪声污染举报平台。"
    )
    doc = answer(body)
    same(
        {"levels": levels(doc), "gap": gap(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "levels": [
                (1, "cn", 1),
                (1, "cn", 2),
                (1, "cn", 3),
                (2, "cn-paren", 1),
                (2, "cn-paren", 2),
                (2, "cn-paren", 3),
                (1, "cn", 4),
                (1, "cn", 5),
                (1, "cn", 6),
                (2, "cn-paren", 1),
                (2, "cn-paren", 2),
                (3, "num", 1),
                (4, "circled", 1),
                (4, "circled", 2),
                (3, "num", 2),
                (1, "cn", 7),
                (1, "cn", 8),
            ],
            "gap": False,
            "last": ["开通噪声污染举报平台。"],
            "signed": SIGNED,
        },
    )


def test_one_top_rank_spelt_with_a_pause_mark_a_dot_a_full_width_dot_and_a_comma() -> None:
    doc = answer(
        "一、关于声屏障建设\n建成声屏障十二公里。\n二.关于低噪路面\n铺设低噪声路面三十万平方米。\n三．关于禁鸣管理\n"
        "中心城区全域禁鸣。\n四，关于噪声地图\n完成噪声地图绘制。"
    )
    same(
        {"tree": tree(doc), "gap": gap(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于声屏障建设"),
                (1, "cn", "二.", "关于低噪路面"),
                (1, "cn", "三．", "关于禁鸣管理"),
                (1, "cn", "四，", "关于噪声地图"),
            ],
            "gap": False,
            "paras": [
                ["建成声屏障十二公里。"],
                ["铺设低噪声路面三十万平方米。"],
                ["中心城区全域禁鸣。"],
                ["完成噪声地图绘制。"],
            ],
        },
    )


def test_minutes_whose_decisions_hold_run_in_paren_points_and_arabic_points_under_one() -> None:
    doc = checked(
        "某市噪声污染防治工作联席会议纪要\n2026年5月20日，市生态环境局组织召开噪声污染防治工作联席会议。现将会议议定事项纪要如下：\n"
        "一、关于施工噪声\n（一）严格审批。夜间施工须经生态环境部门审核。\n（二）加强执法。由市城管局牵头开展联合执法，重点是：\n"
        "1.中心城区工地\n2.学校医院周边工地\n二、关于交通噪声\n由市交通运输局牵头推进低噪声路面建设。\n"
        "某市生态环境局办公室\n2026年5月22日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "parents": parents(doc), "signed": signed(doc)},
        {
            "kind": "minutes",
            "tree": [
                (1, "cn", "一、", "关于施工噪声"),
                (2, "cn-paren", "（一）", "严格审批"),
                (2, "cn-paren", "（二）", "加强执法"),
                (3, "num", "1.", "中心城区工地"),
                (3, "num", "2.", "学校医院周边工地"),
                (1, "cn", "二、", "关于交通噪声"),
            ],
            "parents": [
                ("一、", None),
                ("（一）", "一、"),
                ("（二）", "一、"),
                ("1.", "（二）"),
                ("2.", "（二）"),
                ("二、", None),
            ],
            "signed": (("某市生态环境局办公室",), "2026-05-22"),
        },
    )


def test_a_report_in_two_parts_whose_titles_open_with_a_year_each_restarting_the_top_rank() -> None:
    doc = checked(
        "某市生态环境局关于声环境质量改善工作情况的报告\n市人民政府：\n现将我市声环境质量改善工作情况报告如下：\n"
        "第一部分　2025年工作回顾\n一、监测能力提升\n建成自动监测站三十个。\n二、执法力度加大\n查处噪声违法案件三百起。\n"
        "第二部分　2026年工作安排\n一、完善法规标准\n出台噪声污染防治条例实施办法。\n二、深化专项整治\n开展夜间施工专项整治。\n"
        "特此报告。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "gap": gap(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "report",
            "tree": [
                (1, "part", "第一部分", "2025年工作回顾"),
                (2, "cn", "一、", "监测能力提升"),
                (2, "cn", "二、", "执法力度加大"),
                (1, "part", "第二部分", "2026年工作安排"),
                (2, "cn", "一、", "完善法规标准"),
                (2, "cn", "二、", "深化专项整治"),
            ],
            "gap": False,
            "closing": "特此报告。",
            "signed": SIGNED,
        },
    )


# Batch 2 (written before any run): hard-wrapped copies whose wraps leave a marker, or half of one, at a line's
# end (the member word cut from its 是 or 次, an inline ② or 2. ending a line, 第（ ⏎ 二）项, a run-in title cut
# before its stop)


def wrapped_answer(width: int, *body: str, end: str = "特此答复。") -> govdoc.Document:
    """The answer as a PDF's text layer holds it: every line cut at `width` characters."""
    lines = [TITLE, "王某委员：", OPENING, *body, *end.split("\n"), ORG, DATE]
    return checked("\n".join(wrapped(lines, width)) + "\n")


_RUN = (
    "近年来，我局围绕施工噪声治理重点开展了三个方面的工作：一是严格夜间施工审批，一律实行审核备案制度；二是强化监控，"
    "重点工地全部安装了噪声在线监测设备；三是加大处罚力度，全年立案查处违法案件四十起。"
)
_CIRCLED = (
    "为回应群众关切，我局对全市噪声投诉进行了梳理分析，发现主要集中在以下两个类别：①建筑施工噪声投诉，"
    "占全部投诉量的比例约四成；②社会生活噪声投诉，比例约三成，以广场舞和商铺音响为主。"
)
_SIDES = (
    "夜间施工噪声扰民问题较为突出，原因主要有两个：一方面，部分建设单位为赶工期擅自延长作业时间；另一方面，"
    "基层执法力量不足，夜间巡查难以做到全覆盖。"
)
_FIRST_NEXT = (
    "针对社会生活噪声问题，我局主要采取了以下措施：首先，会同市公安局制定广场舞噪声管理办法；其次，推动各街道设置"
    "噪声显示屏，实时公示噪声数值；最后，建立社区噪声纠纷调解机制。"
)
_FIRST_SECOND = (
    "为防治交通噪声，我局会同市交通运输局开展了以下几项工作：第一，在主干道建成声屏障十二公里；第二，推广低噪声沥青"
    "路面三十万平方米；第三，在医院学校周边设置禁鸣标志一百余块。"
)
_CITED = (
    "今年市人大常委会审议通过的噪声污染防治条例，对夜间施工作出了明确规定，其中第十二条第（二）项规定的抢修抢险"
    "作业不受时段限制。"
)
_MUST = (
    "各分局要切实抓好以下工作：一要压实属地责任，建立夜间施工噪声巡查台账，落实专人负责；二要强化联合执法，"
    "与城管部门建立案件移送机制；三要做好宣传引导，提高施工单位守法意识。"
)
_INLINE = (
    "按照年度计划，全市今年要完成以下三项降噪任务：1.新建声屏障八公里；2.铺设低噪声路面1.5万平方米；"
    "3.新增噪声自动监测站十个。"
)
_CUT_TITLE = "严格落实建设项目噪声环境影响评价制度"
_CUT_TEXT = "各区在审批建设项目时要同步审查噪声防治措施，未通过审查的项目一律不得开工建设。"


def test_a_run_whose_second_and_third_markers_are_cut_from_their_is_at_line_ends() -> None:
    doc = wrapped_answer(25, "一、关于施工噪声", _RUN, "二、关于交通噪声", "建成声屏障十二公里。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "items": every_items(doc)[1], "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于施工噪声"), (1, "cn", "二、", "关于交通噪声")],
            "paras": [[_RUN], ["建成声屏障十二公里。"]],
            "items": [
                [
                    (1, "一是", "严格夜间施工审批，一律实行审核备案制度"),
                    (2, "二是", "强化监控，重点工地全部安装了噪声在线监测设备"),
                    (3, "三是", "加大处罚力度，全年立案查处违法案件四十起"),
                ]
            ],
            "signed": SIGNED,
        },
    )


def test_an_inline_circled_point_ending_a_line_opens_no_section() -> None:
    doc = wrapped_answer(21, "一、关于噪声投诉", _CIRCLED, "二、关于投诉处理", "投诉办结率达到百分之九十八。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc), "closing": closing(doc)},
        {
            "tree": [(1, "cn", "一、", "关于噪声投诉"), (1, "cn", "二、", "关于投诉处理")],
            "paras": [[_CIRCLED], ["投诉办结率达到百分之九十八。"]],
            "signed": SIGNED,
            "closing": "特此答复。",
        },
    )


def test_one_side_and_the_other_side_each_cut_by_a_line_end() -> None:
    doc = wrapped_answer(24, "一、关于夜间施工", _SIDES, "二、关于执法力量", "各分局组建夜间执法队伍。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [[_SIDES], ["各分局组建夜间执法队伍。"]],
            "items": [
                [
                    (1, "一方面", "部分建设单位为赶工期擅自延长作业时间"),
                    (2, "另一方面", "基层执法力量不足，夜间巡查难以做到全覆盖"),
                ]
            ],
        },
    )


def test_next_cut_after_its_first_character_at_a_line_end() -> None:
    doc = wrapped_answer(22, "一、关于社会生活噪声", _FIRST_NEXT, "二、关于宁静小区", "创建宁静小区五十个。")
    lead, members = _FIRST_NEXT.split("：", 1)
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            # (my misreading at first, corrected: the wrap hung the lead's colon at the end of a full line, and in a copy
            # without indents a line ending on a stop ends its paragraph, the settled reading (joins.continues): the
            # members open the next paragraph; an indented copy says otherwise, batch 8 and struct27 cause 4)
            "paras": [[lead + "：", members], ["创建宁静小区五十个。"]],
            "items": [
                [],
                [
                    (1, "首先", "会同市公安局制定广场舞噪声管理办法"),
                    (2, "其次", "推动各街道设置噪声显示屏，实时公示噪声数值"),
                    (3, "最后", "建立社区噪声纠纷调解机制"),
                ],
            ],
        },
    )


def test_the_ordinal_prefix_left_at_a_line_end_with_its_numeral_on_the_next_line() -> None:
    doc = wrapped_answer(23, "一、关于交通噪声", _FIRST_SECOND, "二、关于工业噪声", "开展工业企业噪声排查。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [[_FIRST_SECOND], ["开展工业企业噪声排查。"]],
            "items": [
                [
                    (1, "第一", "在主干道建成声屏障十二公里"),
                    (2, "第二", "推广低噪声沥青路面三十万平方米"),
                    (3, "第三", "在医院学校周边设置禁鸣标志一百余块"),
                ]
            ],
        },
    )


def test_a_cited_item_cut_after_its_opening_bracket_leaves_a_half_bracketed_numeral_at_a_lines_start() -> None:
    doc = wrapped_answer(21, "一、关于法规依据", _CITED, "二、关于执法检查", "全年开展夜查一百次。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于法规依据"), (1, "cn", "二、", "关于执法检查")],
            "paras": [[_CITED], ["全年开展夜查一百次。"]],
            "gap": False,
        },
    )


def test_must_members_the_third_cut_from_its_verb_at_a_line_end() -> None:
    doc = checked(
        "\n".join(
            wrapped(
                [
                    "某市生态环境局关于加强夜间施工噪声监管的通知",
                    "各区生态环境分局：",
                    "为切实解决夜间施工噪声扰民问题，现将有关事项通知如下：",
                    "一、工作要求",
                    _MUST,
                    "二、报送要求",
                    "请于每月5日前报送上月工作情况。",
                    "特此通知。",
                    ORG,
                    DATE,
                ],
                22,
            )
        )
    )
    same(
        {"kind": doc.kind, "paras": paras(doc), "items": every_items(doc)[1], "closing": closing(doc)},
        {
            "kind": "notice",
            "paras": [[_MUST], ["请于每月5日前报送上月工作情况。"]],
            "items": [
                [
                    (1, "一要", "压实属地责任，建立夜间施工噪声巡查台账，落实专人负责"),
                    (2, "二要", "强化联合执法，与城管部门建立案件移送机制"),
                    (3, "三要", "做好宣传引导，提高施工单位守法意识"),
                ]
            ],
            "closing": "特此通知。",
        },
    )


def test_an_inline_arabic_list_wrapped_to_a_lines_start_with_a_decimal_cut_at_a_line_end() -> None:
    doc = wrapped_answer(22, "一、关于年度任务", _INLINE, "二、关于资金保障", "市财政安排降噪专项资金八千万元。")
    lead, points = _INLINE.split("：", 1)
    same(
        {"tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            # (my misreading at first, corrected: as above, the lead's colon hung at a full line's end ends its paragraph
            # in a copy without indents, and the list's line under it opens an untitled point 1., the contract's reading
            # of a numbered line whose first stop ends it; the decimal cut at the line's end, 1. ⏎ 5万, stays joined)
            "tree": [(1, "cn", "一、", "关于年度任务"), (2, "num", "1.", None), (1, "cn", "二、", "关于资金保障")],
            "paras": [[lead + "："], [points.removeprefix("1.")], ["市财政安排降噪专项资金八千万元。"]],
            "signed": SIGNED,
        },
    )


def test_a_run_in_title_cut_by_the_wrap_before_its_stop() -> None:
    doc = wrapped_answer(
        20,
        "一、关于源头防控",
        "（一）" + _CUT_TITLE + "。" + _CUT_TEXT,
        "（二）优化城市规划布局。",
        "二、关于监测能力",
        "建成监测站三十个。",
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于源头防控"),
                (2, "cn-paren", "（一）", _CUT_TITLE),
                (2, "cn-paren", "（二）", "优化城市规划布局"),
                (1, "cn", "二、", "关于监测能力"),
            ],
            "paras": [[], [_CUT_TEXT], [], ["建成监测站三十个。"]],
        },
    )


def test_the_thanks_wrapped_over_two_lines_above_the_formula() -> None:
    doc = wrapped_answer(
        18,
        "一、关于夜间施工噪声",
        "全年查处夜间违规施工案件四十起，责令整改工地一百二十个。",
        "二、关于社会生活噪声",
        "开展广场舞噪声专项整治，劝导违规活动三百余次。",
        end=THANKS + "\n特此答复。",
    )
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc), "unplaced": unplaced(doc)},
        {
            "closing": THANKS + "\n特此答复。",
            "last": ["开展广场舞噪声专项整治，劝导违规活动三百余次。"],
            "signed": SIGNED,
            "unplaced": False,
        },
    )


# Batch 3 (written before any run): headings that read as sentences, sentences that read as headings


def test_titles_holding_a_book_title_quotes_a_percentage_a_leading_decimal_and_a_date_span() -> None:
    doc = answer(
        "一、贯彻落实《中华人民共和国噪声污染防治法》\n组织全市执法人员开展专题培训。\n二、开展“宁静小区”创建\n"
        "创建宁静小区五十个。\n三、噪声投诉同比下降12.5%\n全年受理噪声投诉一万二千件。\n（一）1.5万户居民受益于隔声窗改造\n"
        "为临街住户安装隔声窗。\n（二）2026年6月至8月\n开展夏季夜间噪声专项整治。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "贯彻落实《中华人民共和国噪声污染防治法》"),
                (1, "cn", "二、", "开展“宁静小区”创建"),
                (1, "cn", "三、", "噪声投诉同比下降12.5%"),
                (2, "cn-paren", "（一）", "1.5万户居民受益于隔声窗改造"),
                (2, "cn-paren", "（二）", "2026年6月至8月"),
            ],
            "paras": [
                ["组织全市执法人员开展专题培训。"],
                ["创建宁静小区五十个。"],
                ["全年受理噪声投诉一万二千件。"],
                ["为临街住户安装隔声窗。"],
                ["开展夏季夜间噪声专项整治。"],
            ],
            "gap": False,
        },
    )


def test_lines_opening_with_three_line_numbers_two_months_two_batches_and_a_hotline_are_sentences() -> None:
    doc = answer(
        "一、关于轨道交通噪声\n地铁一、二、三号线沿线已设置噪声监测点。\n一、二、三号线高架段将于年内加装声屏障。\n"
        "10、11月份是施工高峰期，我局将加密夜查频次。\n二、关于宁静小区\n第一、二批宁静小区已全部通过验收。\n"
        "12369环保举报热线全天候受理噪声投诉。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "items": every_items(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于轨道交通噪声"), (1, "cn", "二、", "关于宁静小区")],
            "paras": [
                [
                    "地铁一、二、三号线沿线已设置噪声监测点。",
                    "一、二、三号线高架段将于年内加装声屏障。",
                    "10、11月份是施工高峰期，我局将加密夜查频次。",
                ],
                ["第一、二批宁静小区已全部通过验收。", "12369环保举报热线全天候受理噪声投诉。"],
            ],
            "items": [[[]], [[], [], []], [[], []]],
            "gap": False,
        },
    )


def test_a_reply_numbered_only_with_arabic_points_whose_titles_open_with_a_year_and_hold_figures() -> None:
    doc = answer(
        "1.2025年全市受理噪声投诉1.2万件\n其中施工噪声投诉占四成。\n2.投诉量同比下降8.6%\n主要得益于夜间巡查常态化。\n"
        "3.群众满意度达到百分之九十二\n第三方机构开展了满意度调查。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc), "signed": signed(doc)},
        {
            "tree": [
                (1, "num", "1.", "2025年全市受理噪声投诉1.2万件"),
                (1, "num", "2.", "投诉量同比下降8.6%"),
                (1, "num", "3.", "群众满意度达到百分之九十二"),
            ],
            "paras": [["其中施工噪声投诉占四成。"], ["主要得益于夜间巡查常态化。"], ["第三方机构开展了满意度调查。"]],
            "gap": False,
            "signed": SIGNED,
        },
    )


def test_a_colon_run_in_title_an_own_line_colon_title_and_a_top_heading_that_is_two_sentences() -> None:
    doc = answer(
        "一、关于施工噪声\n（一）关于夜间施工：严格执行夜间施工审批制度。\n（二）关于社会生活噪声：\n划定广场舞活动区域。\n"
        "推广使用噪声显示屏。\n二、我局高度重视。认真研究办理您的提案。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于施工噪声"),
                (2, "cn-paren", "（一）", "关于夜间施工"),
                (2, "cn-paren", "（二）", "关于社会生活噪声"),
                (1, "cn", "二、", "我局高度重视"),
            ],
            "paras": [
                [],
                ["严格执行夜间施工审批制度。"],
                ["划定广场舞活动区域。", "推广使用噪声显示屏。"],
                ["认真研究办理您的提案。"],
            ],
        },
    )


def test_an_untitled_paren_point_holding_a_member_run() -> None:
    doc = answer(
        "一、关于执法监管\n（一）为切实加强夜间施工噪声监管，我局一是严格夜间施工审批；二是强化夜间巡查。\n"
        "（二）加大处罚力度。全年罚款二百四十万元。\n二、关于宣传引导\n开展宣传活动五十场。"
    )
    same(
        {"tree": tree(doc), "paras": paras(doc), "items": every_items(doc)[2]},
        {
            "tree": [
                (1, "cn", "一、", "关于执法监管"),
                (2, "cn-paren", "（一）", None),
                (2, "cn-paren", "（二）", "加大处罚力度"),
                (1, "cn", "二、", "关于宣传引导"),
            ],
            "paras": [
                [],
                ["为切实加强夜间施工噪声监管，我局一是严格夜间施工审批；二是强化夜间巡查。"],
                ["全年罚款二百四十万元。"],
                ["开展宣传活动五十场。"],
            ],
            "items": [[(1, "一是", "严格夜间施工审批"), (2, "二是", "强化夜间巡查")]],
        },
    )


def test_an_opinion_whose_paren_points_are_imperative_sentences_run_in_and_alone() -> None:
    doc = checked(
        "关于加强建筑施工噪声污染防治的意见\n各区人民政府，市政府有关部门：\n为加强建筑施工噪声污染防治，提出如下意见。\n"
        "一、严格源头管控\n（一）严控夜间施工。夜间施工须经审批。\n（二）强化交通噪声治理。\n（三）推进宁静小区建设。各区每年创建宁静小区十个以上。\n"
        "二、强化组织保障\n各区要建立噪声污染防治工作协调机制。\n某市人民政府办公室\n2026年4月3日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "kind": "opinion",
            "tree": [
                (1, "cn", "一、", "严格源头管控"),
                (2, "cn-paren", "（一）", "严控夜间施工"),
                (2, "cn-paren", "（二）", "强化交通噪声治理"),
                (2, "cn-paren", "（三）", "推进宁静小区建设"),
                (1, "cn", "二、", "强化组织保障"),
            ],
            "paras": [
                [],
                ["夜间施工须经审批。"],
                [],
                ["各区每年创建宁静小区十个以上。"],
                ["各区要建立噪声污染防治工作协调机制。"],
            ],
            "signed": (("某市人民政府办公室",), "2026-04-03"),
        },
    )


def test_minutes_whose_numbered_decisions_are_short_sentences_and_one_long_one() -> None:
    doc = checked(
        "某市噪声污染防治工作专题会议纪要\n2026年5月28日，副市长张某主持召开专题会议，研究噪声污染防治工作。纪要如下：\n"
        "一、会议同意市生态环境局提出的整治方案。\n二、会议要求各区于6月底前完成排查整治，并将结果报市政府。\n"
        "三、会议明确由市财政局统筹安排噪声污染防治专项资金，市生态环境局负责资金使用的绩效评价工作。\n"
        "某市人民政府办公室\n2026年5月29日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc), "signed": signed(doc)},
        {
            "kind": "minutes",
            "tree": [
                (1, "cn", "一、", "会议同意市生态环境局提出的整治方案"),
                (1, "cn", "二、", "会议要求各区于6月底前完成排查整治，并将结果报市政府"),
                (1, "cn", "三、", None),
            ],
            "paras": [
                [],
                [],
                ["会议明确由市财政局统筹安排噪声污染防治专项资金，市生态环境局负责资金使用的绩效评价工作。"],
            ],
            "signed": (("某市人民政府办公室",), "2026-05-29"),
        },
    )


def test_a_report_whose_problem_heading_holds_members_and_whose_plan_heading_holds_a_plan_opener() -> None:
    doc = checked(
        "某市生态环境局关于2025年噪声污染防治工作情况的报告\n市人民政府：\n现将我局2025年噪声污染防治工作情况报告如下：\n"
        "一、工作成效\n全市声环境质量总体稳定。\n二、存在的问题\n一是执法力量不足；二是监测站点偏少。\n三、下一步打算\n"
        "下一步，我局将加快推进噪声自动监测站建设。\n同时，充实基层执法力量。\n特此报告。\n" + FOOT
    )
    same(
        {
            "kind": doc.kind,
            "titles": titles(doc),
            "items": every_items(doc)[2],
            "phases": every_phase(doc),
            "closing": closing(doc),
            "signed": signed(doc),
        },
        {
            "kind": "report",
            "titles": ["工作成效", "存在的问题", "下一步打算"],
            "items": [[(1, "一是", "执法力量不足"), (2, "二是", "监测站点偏少")]],
            "phases": [[None], [None], [None], ["plan", "plan"]],
            "closing": "特此报告。",
            "signed": SIGNED,
        },
    )


# Batch 4 (written before any run): enumerations of other kinds and in other company


def test_the_other_family_with_commas_over_two_paragraphs_of_a_reports_problem_section() -> None:
    doc = checked(
        "某市生态环境局关于噪声投诉处理情况的报告\n市人民政府：\n现将有关情况报告如下：\n一、基本情况\n全年受理噪声投诉一万二千件。\n"
        "二、存在的问题\n其一，夜间执法力量不足，难以做到全覆盖；其二，部分投诉反复发生。\n其三，跨部门协调机制尚不健全。\n"
        "三、工作建议\n建议增加夜间执法人员编制。\n特此报告。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "items": every_items(doc)[2], "paras": paras(doc)[1], "closing": closing(doc)},
        {
            "kind": "report",
            "items": [
                [(1, "其一", "夜间执法力量不足，难以做到全覆盖"), (2, "其二", "部分投诉反复发生")],
                [(3, "其三", "跨部门协调机制尚不健全")],
            ],
            "paras": [
                "其一，夜间执法力量不足，难以做到全覆盖；其二，部分投诉反复发生。",
                "其三，跨部门协调机制尚不健全。",
            ],
            "closing": "特此报告。",
        },
    )


def test_one_reason_two_reasons_is_no_family_and_the_is_run_after_it_is() -> None:
    doc = answer(
        "一、关于夜间施工\n夜间施工噪声难以杜绝，一则部分工程工期紧，二则夜间监管难度大。为此，我局一是严格夜间施工审批；"
        "二是推行噪声在线监控。\n二、关于交通噪声\n建成声屏障十二公里。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [[(1, "一是", "严格夜间施工审批"), (2, "二是", "推行噪声在线监控")]],
            "texts": ["一是严格夜间施工审批；", "二是推行噪声在线监控。"],
        },
    )


def test_a_side_run_inside_the_first_member_and_the_outer_run_going_on_after_a_stop() -> None:
    doc = answer(
        "一、关于噪声治理\n我局一是加强交通噪声治理，一方面建设声屏障十二公里；另一方面铺设低噪声路面。"
        "二是加强施工噪声治理，严格夜间施工审批。\n二、关于监测\n建成监测站三十个。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [
                [
                    (1, "一是", "加强交通噪声治理，一方面建设声屏障十二公里"),
                    (2, "二是", "加强施工噪声治理，严格夜间施工审批"),
                ]
            ],
            "texts": [
                "一是加强交通噪声治理，一方面建设声屏障十二公里；另一方面铺设低噪声路面。",
                "二是加强施工噪声治理，严格夜间施工审批。",
            ],
        },
    )


def test_member_words_inside_other_words_beside_real_runs() -> None:
    doc = answer(
        "一、关于施工管理\n市政府统一要求各施工单位公示夜间施工许可。各区一要加强巡查；二要及时处置。\n二、关于监测管理\n"
        "为保证监测数据的准确性及其一致性，我局一是统一监测设备；二是统一监测方法。\n万一要在夜间施工，须提前告知周边居民。"
    )
    same(
        {"items": every_items(doc)[1:], "texts": item_texts(doc)},
        {
            "items": [
                [[(1, "一要", "加强巡查"), (2, "二要", "及时处置")]],
                [[(1, "一是", "统一监测设备"), (2, "二是", "统一监测方法")], []],
            ],
            "texts": ["一要加强巡查；", "二要及时处置。", "一是统一监测设备；", "二是统一监测方法。"],
        },
    )


def test_members_as_paragraphs_under_a_colon_lead_then_a_plain_paragraph_and_a_plan() -> None:
    doc = answer(
        "一、关于社会生活噪声\n针对广场舞噪声扰民问题，我局主要做了以下工作：\n一是划定活动区域和时段。\n二是推广使用噪声显示屏。\n"
        "此外，各街道建立了噪声纠纷调解机制。\n下一步，我局将推动出台广场舞管理办法。\n二、关于商业噪声\n禁止使用高音喇叭招揽顾客。"
    )
    same(
        {"items": every_items(doc)[1], "phases": every_phase(doc)},
        {
            "items": [[], [(1, "一是", "划定活动区域和时段")], [(2, "二是", "推广使用噪声显示屏")], [], []],
            "phases": [[None], ["progress", "progress", "progress", "progress", "plan"], [None]],
        },
    )


def test_must_members_opening_three_paragraphs_and_a_lone_fourth_in_the_next_section() -> None:
    doc = checked(
        "某市生态环境局关于做好夏季噪声污染防治工作的通知\n各区生态环境分局：\n现就做好夏季噪声污染防治工作通知如下：\n"
        "一、加强监督检查\n一要加强夜间巡查，每周开展夜查不少于两次。\n二要加强在线监控，重点工地全部联网。\n"
        "三要加强执法联动，与公安、城管部门定期会商。\n二、做好信息报送\n四要按时报送工作信息，每月5日前报送上月情况。\n"
        "特此通知。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "items": every_items(doc)[1:], "closing": closing(doc)},
        {
            "kind": "notice",
            "items": [
                [
                    [(1, "一要", "加强夜间巡查，每周开展夜查不少于两次")],
                    [(2, "二要", "加强在线监控，重点工地全部联网")],
                    [(3, "三要", "加强执法联动，与公安、城管部门定期会商")],
                ],
                [[]],
            ],
            "closing": "特此通知。",
        },
    )


def test_the_other_family_whose_leads_close_on_stops_with_sentences_after_them() -> None:
    doc = answer(
        "一、关于投诉处理\n当前噪声投诉处理面临两个难点。其一，投诉量大。全年受理投诉一万二千件，同比增长一成。其二，取证难。"
        "社会生活噪声具有瞬时性，执法人员到场时噪声往往已经消失。\n二、关于应对措施\n推行噪声投诉快速响应机制。"
    )
    same(
        {"items": every_items(doc)[1], "texts": item_texts(doc)},
        {
            "items": [[(1, "其一", "投诉量大"), (2, "其二", "取证难")]],
            "texts": [
                "其一，投诉量大。全年受理投诉一万二千件，同比增长一成。",
                "其二，取证难。社会生活噪声具有瞬时性，执法人员到场时噪声往往已经消失。",
            ],
        },
    )


def test_members_after_a_branch_bureau_and_a_street_office_as_subjects() -> None:
    doc = answer(
        "一、关于属地责任\n各区生态环境分局一是建立噪声投诉台账；二是实行投诉处理销号管理。\n"
        "各街道办事处一要做好矛盾纠纷调解；二要配合开展联合执法。\n二、关于考核\n将噪声投诉办结率纳入年度考核。"
    )
    same(
        {"items": every_items(doc)[1]},
        {
            "items": [
                [(1, "一是", "建立噪声投诉台账"), (2, "二是", "实行投诉处理销号管理")],
                [(1, "一要", "做好矛盾纠纷调解"), (2, "二要", "配合开展联合执法")],
            ]
        },
    )


def test_eleven_members_over_three_paragraphs() -> None:
    doc = answer(
        "一、关于主要措施\n我局一是修订功能区划；二是绘制噪声地图；三是建设监测站点；四是推广低噪路面。\n"
        "五是建设声屏障；六是严格夜间施工审批；七是安装在线监控。\n八是开展夜查行动；九是畅通投诉渠道；十是创建宁静小区；"
        "十一是开展宣传教育。\n二、关于资金保障\n市财政安排专项资金八千万元。"
    )
    got = every_items(doc)[1]
    same(
        {"markers": [[m for (_, m, _) in p] for p in got], "ordinals": [[o for (o, _, _) in p] for p in got]},
        {
            "markers": [["一是", "二是", "三是", "四是"], ["五是", "六是", "七是"], ["八是", "九是", "十是", "十一是"]],
            "ordinals": [[1, 2, 3, 4], [5, 6, 7], [8, 9, 10, 11]],
        },
    )


# Batch 5 (written before any run): phases worded otherwise


def test_six_sections_each_pairing_its_own_time_words() -> None:
    doc = answer(
        "一、关于交通噪声\n近年来，全市建成声屏障十二公里。\n下一阶段，我局将推动主干道低噪声路面全覆盖。\n"
        "二、关于施工噪声\n目前，重点工地已全部安装在线监控。\n下步我局将把监控范围扩大到全部在建工地。\n"
        "三、关于工业噪声\n近期，我局开展了工业企业噪声专项检查。\n近期还将公布检查结果。\n"
        "四、关于社会生活噪声\n今后一个时期，我局将把广场舞噪声治理作为重点。\n"
        "五、关于监测能力\n全市建成自动监测站三十个。\n在今后的工作中，我局将逐步增加监测站点。\n"
        "六、关于宣传教育\n开展宣传进社区活动五十场。\n下阶段工作中，我局将编印噪声防治宣传手册。"
    )
    same(
        {"phases": every_phase(doc)},
        {
            "phases": [
                [None],
                ["progress", "plan"],
                ["progress", "plan"],
                [None, None],
                ["plan"],
                ["progress", "plan"],
                ["progress", "plan"],
            ]
        },
    )


def test_an_opinions_preamble_planning_for_a_period_then_headings_without_phases() -> None:
    doc = checked(
        "关于加强噪声污染防治的实施意见\n各区人民政府，市政府各部门：\n近年来，我市声环境质量总体稳定。\n"
        "今后一个时期，要把噪声污染防治摆在更加突出的位置。为此，提出如下意见。\n一、主要目标\n到2027年，声环境功能区夜间达标率达到85%。\n"
        "二、重点任务\n（一）加强交通噪声治理。\n（二）加强施工噪声治理。\n某市人民政府\n2026年3月20日"
    )
    same(
        {"kind": doc.kind, "pre": pre(doc), "phases": every_phase(doc), "signed": signed(doc)},
        {
            "kind": "opinion",
            "pre": [
                "近年来，我市声环境质量总体稳定。",
                "今后一个时期，要把噪声污染防治摆在更加突出的位置。为此，提出如下意见。",
            ],
            "phases": [["progress", "plan"], [None], [], [], []],
            "signed": (("某市人民政府",), "2026-03-20"),
        },
    )


def test_a_plan_in_a_paren_point_stops_at_its_first_arabic_sub_point() -> None:
    doc = answer(
        "一、关于监测体系\n（一）站点建设\n全市建成监测站三十个。\n下一阶段，我局将新建监测站十个。\n1.功能区站点\n"
        "覆盖全部声环境功能区。\n2.道路站点\n覆盖主要交通干线。\n（二）数据公开\n每季度公开监测数据。"
    )
    same(
        {"phases": every_phase(doc), "levels": [lv for (lv, _, _) in levels(doc)]},
        {
            "phases": [[None], [], ["progress", "plan"], [None], [None], [None]],
            "levels": [1, 2, 3, 3, 2],
        },
    )


def test_a_next_step_lead_paragraph_over_member_paragraphs_is_all_plan() -> None:
    doc = answer(
        "一、关于夜间施工\n全年查处夜间违规施工案件四十起。\n下一步工作安排：\n一是修订夜间施工审批办法；\n二是推广噪声在线监控；\n"
        "三是建立施工单位信用评价制度。\n二、关于交通噪声\n建成声屏障十二公里。"
    )
    same(
        {"phases": every_phase(doc), "items": every_items(doc)[1]},
        {
            "phases": [[None], ["progress", "plan", "plan", "plan", "plan"], [None]],
            "items": [
                [],
                [],
                [(1, "一是", "修订夜间施工审批办法")],
                [(2, "二是", "推广噪声在线监控")],
                [(3, "三是", "建立施工单位信用评价制度")],
            ],
        },
    )


def test_plan_words_run_on_after_members_and_after_a_sentence_set_no_phase() -> None:
    doc = answer(
        "一、关于社会生活噪声\n我局一是划定广场舞活动区域；二是推广噪声显示屏。下一步，将推动出台管理办法。\n"
        "二、关于商业噪声\n近年来，商业噪声投诉有所下降。今后，我局将继续加强门店音响管理。"
    )
    same(
        {"phases": every_phase(doc), "items": every_items(doc)[1]},
        {
            "phases": [[None], [None], [None]],
            # (my slip at first: a lead ends at the first 。, so the run-on plan sentence is no part of 二是's lead)
            "items": [[(1, "一是", "划定广场舞活动区域"), (2, "二是", "推广噪声显示屏")]],
        },
    )


def test_a_plan_paragraph_ending_the_last_section_over_the_thanks_and_the_formula() -> None:
    doc = answer(
        "一、关于交通噪声\n建成声屏障十二公里。\n二、关于宁静小区\n创建宁静小区五十个。\n下一步，我局将每年新创建宁静小区二十个。",
        end=THANKS + "\n特此答复。",
    )
    same(
        {"phases": every_phase(doc), "closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "phases": [[None], [None], ["progress", "plan"]],
            "closing": THANKS + "\n特此答复。",
            "last": ["创建宁静小区五十个。", "下一步，我局将每年新创建宁静小区二十个。"],
            "signed": SIGNED,
        },
    )


def test_a_report_whose_recent_and_next_stage_headings_hold_their_own_openers() -> None:
    doc = checked(
        "某市生态环境局关于噪声污染防治攻坚行动进展情况的报告\n市人民政府：\n现将攻坚行动进展情况报告如下：\n"
        "一、近期工作进展\n目前，攻坚行动各项任务均已启动。\n二、下一阶段工作安排\n（一）完善监测网络\n"
        "今后一个时期，我局将重点加密城区监测站点。\n同时推进监测数据联网。\n（二）强化执法监管\n开展夜查专项行动。\n"
        "特此报告。\n" + FOOT
    )
    same(
        {"titles": titles(doc), "phases": every_phase(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "titles": ["近期工作进展", "下一阶段工作安排", "完善监测网络", "强化执法监管"],
            "phases": [[None], [None], [], ["plan", "plan"], [None]],
            "closing": "特此报告。",
            "signed": SIGNED,
        },
    )


def test_a_reply_without_sections_planning_in_its_last_paragraph() -> None:
    doc = answer(
        "近年来，我局持续加强城市噪声污染防治，全市声环境质量总体稳定。\n接下来，我局将重点做好夜间施工噪声治理。",
        end=THANKS,
    )
    same(
        {"sections": tree(doc), "pre": pre(doc), "phases": every_phase(doc), "closing": closing(doc)},
        {
            "sections": [],
            "pre": [
                OPENING,
                "近年来，我局持续加强城市噪声污染防治，全市声环境质量总体稳定。",
                "接下来，我局将重点做好夜间施工噪声治理。",
            ],
            "phases": [["progress", "progress", "plan"]],
            "closing": THANKS,
        },
    )


def test_plan_openers_closed_by_a_colon_and_one_at_the_circled_rank() -> None:
    doc = answer(
        "一、关于噪声地图\n已完成中心城区噪声地图绘制。\n下一步：将噪声地图扩展到全市域。\n二、关于功能区划\n1.区划修订\n"
        "①城区部分\n已完成修订。\n下一阶段，将开展郊区部分修订。\n②郊区部分\n正在开展调查。"
    )
    same(
        {"phases": every_phase(doc)},
        {"phases": [[None], ["progress", "plan"], [], [], ["progress", "plan"], [None]]},
    )


# Batch 6 (written before any run): dates in other spellings, closings and 落款 interleaved with 附件 lists, notes
# and P.S. lines


def _dated(date_text: str) -> dict[str, object]:
    doc = answer(TWO, sign=ORG + "\n" + date_text)
    s = doc.signature
    return {
        "signature": None if s is None else (s.issuers, s.date, s.date_text),
        "last": paras(doc)[-1],
        "closing": closing(doc),
        "unplaced": unplaced(doc),
    }


def _want_dated(date_text: str, iso: str) -> dict[str, object]:
    return {"signature": ((ORG,), iso, date_text), "last": TWO_LAST, "closing": "特此答复。", "unplaced": False}


def test_signature_dated_in_ideographs_with_the_first_month_word() -> None:
    same(_dated("二〇二六年元月八日"), _want_dated("二〇二六年元月八日", "2026-01-08"))


def test_signature_dated_in_full_width_digits_and_dots() -> None:
    same(_dated("２０２６．６．８"), _want_dated("２０２６．６．８", "2026-06-08"))


def test_signature_dated_with_spaces_and_leading_zeros() -> None:
    same(_dated("2026 年 06 月 08 日"), _want_dated("2026 年 06 月 08 日", "2026-06-08"))


def test_signature_dated_in_ideographs_with_the_colloquial_day_word() -> None:
    same(_dated("二〇二六年六月八号"), _want_dated("二〇二六年六月八号", "2026-06-08"))


def test_signature_dated_with_hyphens_and_no_leading_zeros() -> None:
    same(_dated("2026-6-8"), _want_dated("2026-6-8", "2026-06-08"))


def test_thanks_formula_a_three_item_list_the_signature_a_publication_note_and_a_ps() -> None:
    doc = answer(
        TWO,
        end=THANKS + "\n特此答复。\n附件：1、某市声环境功能区划图\n2、某市噪声地图\n3、噪声投诉处理流程",
        sign=FOOT + "\n（此件主动公开）\nPS：我局噪声监测数据可在局门户网站查询。",
    )
    same(
        {
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "disclosure": doc.header.disclosure,
            "last": paras(doc)[-1],
            "held": held(doc, "局门户网站查询"),
        },
        {
            "closing": THANKS + "\n特此答复。",
            "attachments": ("某市声环境功能区划图", "某市噪声地图", "噪声投诉处理流程"),
            "signed": SIGNED,
            "disclosure": "主动公开",
            "last": TWO_LAST,
            "held": True,
        },
    )


def test_an_attachment_list_after_the_date_then_a_remark() -> None:
    doc = answer(
        TWO,
        sign=FOOT + "\n附件：1.某市声环境功能区划图\n2.某市噪声地图\n备注：附件可在局门户网站下载。",
    )
    same(
        {
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "last": paras(doc)[-1],
            "held": held(doc, "局门户网站下载"),
        },
        {
            "closing": "特此答复。",
            "attachments": ("某市声环境功能区划图", "某市噪声地图"),
            "signed": SIGNED,
            "last": TWO_LAST,
            "held": True,
        },
    )


def test_an_attachment_list_numbered_with_circled_digits_between_the_formula_and_the_signature() -> None:
    doc = answer(TWO, end="特此答复。\n附件：①某市声环境功能区划图\n②某市噪声地图")
    same(
        {"closing": closing(doc), "attachments": doc.attachments, "signed": signed(doc), "tree": tree(doc)},
        {
            "closing": "特此答复。",
            "attachments": ("某市声环境功能区划图", "某市噪声地图"),
            "signed": SIGNED,
            "tree": TWO_TREE,
        },
    )


def test_a_contact_note_and_an_attachment_between_the_formula_and_the_signature_and_a_copy_to_line_under_it() -> None:
    doc = answer(
        TWO,
        end="此复。\n（联系人：周某，联系电话：0571-88886666）\n附件：某市噪声地图（共1份）",
        sign=FOOT + "\n抄送：市政协提案委员会，市政府办公厅。",
    )
    c = doc.contact
    i = doc.imprint
    same(
        {
            "closing": closing(doc),
            "attachments": doc.attachments,
            "signed": signed(doc),
            "contact": None if c is None else (c.name, c.phones),
            "cc": None if i is None else i.cc,
            "last": paras(doc)[-1],
        },
        {
            "closing": "此复。",
            "attachments": ("某市噪声地图（共1份）",),
            "signed": SIGNED,
            "contact": ("周某", ("0571-88886666",)),
            "cc": ("市政协提案委员会", "市政府办公厅"),
            "last": TWO_LAST,
        },
    )


# Batch 7 (written before any run): other kinds whole: a 请示, a 函, a 批复, a 通报, a 方案, a 办法, a 纪要, a joint
# 意见, a 协办意见


def test_a_request_with_a_contact_note_under_its_date() -> None:
    doc = checked(
        "某市生态环境局关于申请噪声自动监测站建设资金的请示\n市人民政府：\n"
        "为完善全市噪声监测网络，我局拟新建噪声自动监测站十个，现将有关事项请示如下：\n一、建设必要性\n"
        "现有监测站点难以覆盖全部功能区。\n二、资金需求\n（一）建设资金\n需建设资金六百万元。\n（二）运维资金\n每年需运维资金八十万元。\n"
        "妥否，请批示。\n" + FOOT + "\n（联系人：周某，电话：0571-88886666）"
    )
    c = doc.contact
    same(
        {
            "kind": doc.kind,
            "tree": tree(doc),
            "closing": closing(doc),
            "signed": signed(doc),
            "contact": None if c is None else (c.name, c.phones),
            "last": paras(doc)[-1],
        },
        {
            "kind": "request",
            "tree": [
                (1, "cn", "一、", "建设必要性"),
                (1, "cn", "二、", "资金需求"),
                (2, "cn-paren", "（一）", "建设资金"),
                (2, "cn-paren", "（二）", "运维资金"),
            ],
            "closing": "妥否，请批示。",
            "signed": SIGNED,
            "contact": ("周某", ("0571-88886666",)),
            "last": ["每年需运维资金八十万元。"],
        },
    )


def test_a_letter_asking_for_help_whose_points_end_on_semicolons_and_a_stop() -> None:
    doc = checked(
        "某市生态环境局关于商请协助开展交通噪声监测的函\n市交通运输局：\n为做好交通噪声监测工作，现商请贵局协助以下事项：\n"
        "1.提供主要道路车流量数据；\n2.协助在交通干线设置监测点位；\n3.指派专人负责联络。\n请予支持为盼。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "letter",
            "tree": [(1, "num", "1.", None), (1, "num", "2.", None), (1, "num", "3.", "指派专人负责联络")],
            "paras": [["提供主要道路车流量数据；"], ["协助在交通干线设置监测点位；"], []],
            "closing": "请予支持为盼。",
            "signed": SIGNED,
        },
    )


def test_an_approval_whose_points_are_short_sentences() -> None:
    doc = checked(
        "某市人民政府关于某区声环境功能区划调整方案的批复\n某区人民政府：\n"
        "你区《关于调整声环境功能区划的请示》（某政〔2026〕12号）收悉。经研究，现批复如下：\n"
        "一、原则同意《某区声环境功能区划调整方案》。\n二、你区要严格按照调整后的功能区划加强噪声管理。\n"
        "三、调整方案由你区负责组织实施。\n此复。\n某市人民政府\n2026年6月8日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "approval",
            "tree": [
                (1, "cn", "一、", "原则同意《某区声环境功能区划调整方案》"),
                (1, "cn", "二、", "你区要严格按照调整后的功能区划加强噪声管理"),
                (1, "cn", "三、", "调整方案由你区负责组织实施"),
            ],
            "closing": "此复。",
            "signed": (("某市人民政府",), "2026-06-08"),
        },
    )


def test_a_bulletin_whose_problem_heading_holds_two_bare_paren_headings() -> None:
    doc = checked(
        "某市生态环境局关于2026年第一季度噪声投诉处理情况的通报\n各区生态环境分局：\n"
        "现将2026年第一季度噪声投诉处理情况通报如下：\n一、总体情况\n一季度共受理噪声投诉三千件，办结率百分之九十八。\n"
        "二、主要问题\n（一）部分投诉超期办理\n（二）部分回复内容不规范\n三、工作要求\n各分局要对照问题认真整改。\n特此通报。\n"
        + FOOT
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "bulletin",
            "tree": [
                (1, "cn", "一、", "总体情况"),
                (1, "cn", "二、", "主要问题"),
                (2, "cn-paren", "（一）", "部分投诉超期办理"),
                (2, "cn-paren", "（二）", "部分回复内容不规范"),
                (1, "cn", "三、", "工作要求"),
            ],
            "paras": [
                ["一季度共受理噪声投诉三千件，办结率百分之九十八。"],
                [],
                [],
                [],
                ["各分局要对照问题认真整改。"],
            ],
            "closing": "特此通报。",
            "signed": SIGNED,
        },
    )


def test_a_plan_standing_alone_with_members_in_a_run_in_arabic_point() -> None:
    doc = checked(
        "某市噪声污染防治攻坚行动方案\n为持续改善全市声环境质量，制定本方案。\n一、工作目标\n"
        "到2027年底，全市声环境功能区夜间达标率达到85%。\n二、重点任务\n（一）交通噪声治理\n"
        "1.建设声屏障。各区一要科学选址；二要加快建设。\n2.推广低噪声路面。\n（二）施工噪声治理\n严格夜间施工审批。\n"
        "三、保障措施\n（一）加强组织领导\n（二）强化资金保障"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "items": every_items(doc)[4], "signature": doc.signature},
        {
            "kind": "plan",
            "tree": [
                (1, "cn", "一、", "工作目标"),
                (1, "cn", "二、", "重点任务"),
                (2, "cn-paren", "（一）", "交通噪声治理"),
                (3, "num", "1.", "建设声屏障"),
                (3, "num", "2.", "推广低噪声路面"),
                (2, "cn-paren", "（二）", "施工噪声治理"),
                (1, "cn", "三、", "保障措施"),
                (2, "cn-paren", "（一）", "加强组织领导"),
                (2, "cn-paren", "（二）", "强化资金保障"),
            ],
            "items": [[(1, "一要", "科学选址"), (2, "二要", "加快建设")]],
            "signature": None,
        },
    )


def test_measures_in_chapters_whose_article_lists_paren_items_ending_on_semicolons_and_a_stop() -> None:
    doc = checked(
        "某市夜间施工噪声管理办法\n第一章　总则\n第一条　为加强夜间施工噪声管理，制定本办法。\n"
        "第二条　本办法适用于本市行政区域内的夜间施工活动。\n第二章　审批管理\n第三条　有下列情形之一的，可以进行夜间施工：\n"
        "（一）抢修、抢险作业；\n（二）因生产工艺要求必须连续作业的；\n（三）法律法规规定的其他情形。\n第四条　夜间施工审批实行网上办理。\n"
        "第三章　附则\n第五条　本办法自2026年7月1日起施行。"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc)},
        {
            "kind": "measures",
            "tree": [
                (1, "chapter", "第一章", "总则"),
                (2, "article", "第一条", None),
                (2, "article", "第二条", None),
                (1, "chapter", "第二章", "审批管理"),
                (2, "article", "第三条", None),
                (3, "cn-paren", "（一）", None),
                (3, "cn-paren", "（二）", None),
                (3, "cn-paren", "（三）", "法律法规规定的其他情形"),
                (2, "article", "第四条", None),
                (1, "chapter", "第三章", "附则"),
                (2, "article", "第五条", None),
            ],
            "paras": [
                [],
                ["为加强夜间施工噪声管理，制定本办法。"],
                ["本办法适用于本市行政区域内的夜间施工活动。"],
                [],
                ["有下列情形之一的，可以进行夜间施工："],
                ["抢修、抢险作业；"],
                ["因生产工艺要求必须连续作业的；"],
                [],
                ["夜间施工审批实行网上办理。"],
                [],
                ["本办法自2026年7月1日起施行。"],
            ],
        },
    )


def test_minutes_with_must_members_in_a_decision_and_the_attendance_at_the_end() -> None:
    doc = checked(
        "某市噪声污染防治工作领导小组会议纪要\n"
        "2026年6月5日，领导小组组长张某主持召开会议，听取噪声污染防治攻坚行动进展情况汇报。现纪要如下：\n"
        "一、会议听取了市生态环境局的工作汇报\n二、会议议定事项\n会议要求，一要压实各区属地责任；二要加快监测站点建设；"
        "三要加大执法力度。\n出席：张某、李某、王某\n列席：赵某、钱某"
    )
    same(
        {
            "kind": doc.kind,
            "tree": tree(doc),
            "items": every_items(doc)[2],
            "last": paras(doc)[-1],
            "attendance": [(a.role, a.names) for a in doc.header.attendance],
            "signature": doc.signature,
        },
        {
            "kind": "minutes",
            "tree": [(1, "cn", "一、", "会议听取了市生态环境局的工作汇报"), (1, "cn", "二、", "会议议定事项")],
            "items": [[(1, "一要", "压实各区属地责任"), (2, "二要", "加快监测站点建设"), (3, "三要", "加大执法力度")]],
            "last": ["会议要求，一要压实各区属地责任；二要加快监测站点建设；三要加大执法力度。"],
            "attendance": [("出席", ("张某", "李某", "王某")), ("列席", ("赵某", "钱某"))],
            "signature": None,
        },
    )


def test_a_guiding_opinion_signed_by_three_organs_stacked_over_one_date() -> None:
    doc = checked(
        "关于推进宁静小区创建工作的指导意见\n各区人民政府：\n为推进宁静小区创建工作，提出如下意见。\n一、创建标准\n"
        "小区昼夜噪声达到功能区标准。\n二、创建程序\n由街道申报、区级初审、市级验收。\n某市生态环境局\n某市住房和城乡建设局\n"
        "某市公安局\n2026年5月15日"
    )
    same(
        {"kind": doc.kind, "signed": signed(doc), "last": paras(doc)[-1], "closing": closing(doc)},
        {
            "kind": "opinion",
            "signed": (("某市生态环境局", "某市住房和城乡建设局", "某市公安局"), "2026-05-15"),
            "last": ["由街道申报、区级初审、市级验收。"],
            "closing": None,
        },
    )


def test_a_co_handling_opinion_closing_with_its_offer_for_reference() -> None:
    doc = checked(
        "关于市政协十四届五次会议第0377号提案的协办意见\n市生态环境局：\n"
        "王某委员提出的《关于加强城市噪声污染防治的提案》收悉，经研究，现提出协办意见如下：\n一、关于交通噪声治理\n"
        "我局将配合做好主干道低噪声路面建设。\n二、关于交通管理\n在医院学校周边设置禁鸣标志。\n以上意见供参考。\n"
        "某市交通运输局\n2026年5月30日"
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "reply",
            "tree": [(1, "cn", "一、", "关于交通噪声治理"), (1, "cn", "二、", "关于交通管理")],
            "closing": "以上意见供参考。",
            "signed": (("某市交通运输局",), "2026-05-30"),
        },
    )


# Batch 8 (written after batches 1-7's first look, before its own run): hard-wrapped copies again, indented (two
# ideographic spaces opening each paragraph, as a PDF's text layer keeps them) and not, double-spaced, with
# member words and a lead's colon at line ends, a heading filling the width, the formula run on at a wrap's end

_IND = "　　"


def indented_answer(width: int, *body: str, end: str = "特此答复。") -> govdoc.Document:
    """The answer as an indented PDF's text layer holds it: each paragraph opening on two ideographic spaces, every
    line cut at `width` characters."""
    lines = [TITLE, "王某委员：", *wrapped([_IND + p for p in (OPENING, *body, *end.split("\n"))], width), ORG, DATE]
    return checked("\n".join(lines) + "\n")


_MEASURES_LONG = "近年来，我局会同市规划部门在编制国土空间规划时统筹考虑声环境功能区划，严格控制噪声敏感建筑物的布局。"
_MONITOR_LONG = "建成监测站三十个，覆盖全部声环境功能区，监测数据实时向社会公开发布。"
_FOUR_WORDS = (
    "近年来，我局围绕城市噪声污染防治重点抓了以下三个方面：一是完善监测网络，新建自动监测站十个；二是加大执法力度，"
    "全年查处违法案件四十起；三是推进宁静小区创建，全年创建五十个。"
)
_SIDES_COLON = (
    "关于广场舞噪声问题，我局认为应当统筹兼顾：一方面，要保障群众正常的健身娱乐需求；另一方面，要维护周边居民的休息权利，"
    "做到两者兼顾。"
)
_FIRST_CUT = (
    "为回应群众关切，我局着力完善噪声投诉处理机制：首先，开通十二三六九热线噪声投诉专线；其次，建立投诉处理限时办结制度；"
    "最后，开展办结情况回访。"
)
_LINES_CITED = "按照轨道交通噪声防治规划，我局督促地铁运营单位对已开通运营的地铁一、二、三号线沿线敏感点开展噪声监测。"
_LAST_RUN_ON = "近年来，我局持续推进宁静小区创建工作，全市已累计创建宁静小区五十个。"


def test_an_indented_copy_whose_lead_ends_a_line_on_its_colon_over_the_first_member() -> None:
    doc = indented_answer(24, "一、关于社会生活噪声", _FIRST_NEXT, "二、关于宁静小区", "创建宁静小区五十个。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1], "signed": signed(doc)},
        {
            "paras": [[_FIRST_NEXT], ["创建宁静小区五十个。"]],
            "items": [
                [
                    (1, "首先", "会同市公安局制定广场舞噪声管理办法"),
                    (2, "其次", "推动各街道设置噪声显示屏，实时公示噪声数值"),
                    (3, "最后", "建立社区噪声纠纷调解机制"),
                ]
            ],
            "signed": SIGNED,
        },
    )


def test_an_indented_copy_whose_lead_ends_a_line_on_its_colon_over_an_inline_arabic_list() -> None:
    doc = indented_answer(24, "一、关于年度任务", _INLINE, "二、关于资金保障", "市财政安排降噪专项资金八千万元。")
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [(1, "cn", "一、", "关于年度任务"), (1, "cn", "二、", "关于资金保障")],
            "paras": [[_INLINE], ["市财政安排降噪专项资金八千万元。"]],
        },
    )


def test_an_indented_copy_cutting_a_run_in_title_before_its_stop() -> None:
    doc = indented_answer(
        22,
        "一、关于源头防控",
        _MEASURES_LONG,
        "（一）" + _CUT_TITLE + "。" + _CUT_TEXT,
        "（二）优化城市规划布局。",
        "二、关于监测能力",
        _MONITOR_LONG,
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于源头防控"),
                (2, "cn-paren", "（一）", _CUT_TITLE),
                (2, "cn-paren", "（二）", "优化城市规划布局"),
                (1, "cn", "二、", "关于监测能力"),
            ],
            "paras": [[_MEASURES_LONG], [_CUT_TEXT], [], [_MONITOR_LONG]],
        },
    )


def test_a_cut_leaving_a_four_character_phrase_and_its_colon_at_a_lines_start() -> None:
    doc = wrapped_answer(22, "一、关于主要工作", _FOUR_WORDS, "二、关于资金保障", "市财政安排降噪专项资金八千万元。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [[_FOUR_WORDS], ["市财政安排降噪专项资金八千万元。"]],
            "items": [
                [
                    (1, "一是", "完善监测网络，新建自动监测站十个"),
                    (2, "二是", "加大执法力度，全年查处违法案件四十起"),
                    (3, "三是", "推进宁静小区创建，全年创建五十个"),
                ]
            ],
        },
    )


def test_a_heading_filling_the_width_over_a_sentence_is_no_cut_title() -> None:
    heading = "（一）从严落实建设项目的噪声环境影响评价"
    doc = wrapped_answer(
        20,
        "一、关于源头防控",
        _MEASURES_LONG,
        heading,
        _CUT_TEXT,
        "（二）优化城市规划布局",
        "二、关于监测能力",
        _MONITOR_LONG,
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于源头防控"),
                (2, "cn-paren", "（一）", "从严落实建设项目的噪声环境影响评价"),
                (2, "cn-paren", "（二）", "优化城市规划布局"),
                (1, "cn", "二、", "关于监测能力"),
            ],
            "paras": [[_MEASURES_LONG], [_CUT_TEXT], [], [_MONITOR_LONG]],
        },
    )


def test_a_double_spaced_wrapped_copy_with_a_must_run_cut_at_line_ends() -> None:
    blocks = [
        [TITLE],
        ["王某委员："],
        wrapped([OPENING], 22),
        ["一、关于施工噪声"],
        wrapped([_MUST], 22),
        ["二、关于交通噪声"],
        ["建成声屏障十二公里。"],
        ["特此答复。"],
        [ORG, DATE],
    ]
    doc = checked("\n\n".join("\n".join(b) for b in blocks) + "\n")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1], "closing": closing(doc), "signed": signed(doc)},
        {
            "paras": [[_MUST], ["建成声屏障十二公里。"]],
            "items": [
                [
                    (1, "一要", "压实属地责任，建立夜间施工噪声巡查台账，落实专人负责"),
                    (2, "二要", "强化联合执法，与城管部门建立案件移送机制"),
                    (3, "三要", "做好宣传引导，提高施工单位守法意识"),
                ]
            ],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_the_formula_run_on_in_the_last_wrapped_line_of_the_last_paragraph() -> None:
    doc = wrapped_answer(22, "一、关于交通噪声", _MONITOR_LONG, "二、关于宁静小区", _LAST_RUN_ON + "特此答复。", end="")
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {"closing": "特此答复。", "last": [_LAST_RUN_ON], "signed": SIGNED},
    )


def test_one_side_cut_inside_its_word_at_a_line_end_after_the_colon() -> None:
    doc = wrapped_answer(23, "一、关于广场舞噪声", _SIDES_COLON, "二、关于商业噪声", "禁止使用高音喇叭招揽顾客。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [[_SIDES_COLON], ["禁止使用高音喇叭招揽顾客。"]],
            "items": [
                [
                    (1, "一方面", "要保障群众正常的健身娱乐需求"),
                    (2, "另一方面", "要维护周边居民的休息权利，做到两者兼顾"),
                ]
            ],
        },
    )


def test_first_cut_inside_its_word_at_a_line_end() -> None:
    doc = wrapped_answer(24, "一、关于投诉处理", _FIRST_CUT, "二、关于宣传教育", "开展宣传进社区活动五十场。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [[_FIRST_CUT], ["开展宣传进社区活动五十场。"]],
            "items": [
                [
                    (1, "首先", "开通十二三六九热线噪声投诉专线"),
                    (2, "其次", "建立投诉处理限时办结制度"),
                    (3, "最后", "开展办结情况回访"),
                ]
            ],
        },
    )


def test_a_wrap_bringing_two_and_three_line_numbers_to_a_lines_start() -> None:
    doc = wrapped_answer(17, "一、关于轨道交通噪声", _LINES_CITED, "二、关于道路交通噪声", "建成声屏障十二公里。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于轨道交通噪声"), (1, "cn", "二、", "关于道路交通噪声")],
            "paras": [[_LINES_CITED], ["建成声屏障十二公里。"]],
            "gap": False,
        },
    )


# Batch 9 (written after causes 1-5 were fixed, before its own run): the causes' edges in other genres, and guards


def _wrapped_doc(width: int, *lines: str, indent: bool = False) -> govdoc.Document:
    """A document as a PDF's text layer holds it: each of `lines` cut at `width` characters, each opening on two
    ideographic spaces where `indent` says so (the 落款's two lines are left as they are)."""
    *body, organ, date = lines
    cut = wrapped([(_IND if indent else "") + line for line in body], width)
    return checked("\n".join([*cut, organ, date]) + "\n")


_NOTICE_TURN = "为切实做好今年夏季噪声污染防治工作，营造安静和谐的生活环境，现就做好以下几项工作通知如下："
_MINUTES_POINTS = (
    "会议听取了各区噪声污染防治工作情况汇报，对下一阶段工作提出明确要求，并着重强调了以下两点：一要压实属地管理责任；"
    "二要加快推进监测站点建设。"
)
_ZONES = "按照声环境功能区划，城市建成区内的学校、医院周边区域分别执行一、二、三类声环境功能区的标准限值。"
_SELF_CHECK = "请各分局对照本通知要求，认真组织开展自查，并于6月30日前将自查情况报送我局。"
_YEAR = (
    "2025年，全市共受理各类噪声投诉一万二千件，较上年下降百分之八点六，群众满意度达到百分之九十二。"
    "其中施工噪声投诉占四成，社会生活噪声投诉占三成。"
)
_VIEWS = (
    "针对夜间施工噪声问题，市政协委员在视察中提出了以下几点意见：第一，要从严审批夜间施工；第二，要加大执法力度；"
    "第三，要畅通投诉渠道。"
)
_CLOSED_FULL = "全年受理噪声投诉一万二千件，办结率达到百分之九十八，群众满意度较上年有明显提升。"


def test_a_notices_turn_cut_before_its_counted_phrase_stays_one_paragraph() -> None:
    doc = _wrapped_doc(
        18,
        "某市生态环境局关于做好夏季噪声污染防治工作的通知",
        "各区生态环境分局：",
        _NOTICE_TURN,
        "一、加强夜间巡查",
        "每周开展夜查不少于两次。",
        "二、畅通投诉渠道",
        "开通噪声投诉专线。",
        "特此通知。",
        ORG,
        DATE,
    )
    same(
        {"kind": doc.kind, "pre": pre(doc), "titles": titles(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "kind": "notice",
            "pre": [_NOTICE_TURN],
            "titles": ["加强夜间巡查", "畅通投诉渠道"],
            "closing": "特此通知。",
            "signed": SIGNED,
        },
    )


def test_minutes_whose_stress_is_cut_before_two_points_and_its_colon() -> None:
    doc = _wrapped_doc(
        21,
        "某市噪声污染防治工作推进会议纪要",
        "2026年6月12日，市生态环境局召开噪声污染防治工作推进会议。现纪要如下：",
        "一、会议要求",
        _MINUTES_POINTS,
        "二、会议议定",
        "由市生态环境局牵头制定监测站点建设计划。",
        "某市生态环境局办公室",
        "2026年6月15日",
    )
    same(
        {"kind": doc.kind, "paras": paras(doc), "items": every_items(doc)[1], "signed": signed(doc)},
        {
            "kind": "minutes",
            "paras": [[_MINUTES_POINTS], ["由市生态环境局牵头制定监测站点建设计划。"]],
            "items": [[(1, "一要", "压实属地管理责任"), (2, "二要", "加快推进监测站点建设")]],
            "signed": (("某市生态环境局办公室",), "2026-06-15"),
        },
    )


def test_a_class_list_cut_after_its_first_number_and_a_real_second_part_after_a_stop() -> None:
    doc = wrapped_answer(16, "一、关于功能区划", _ZONES, "二、关于监测", "建成监测站三十个。")
    same(
        {"tree": tree(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "tree": [(1, "cn", "一、", "关于功能区划"), (1, "cn", "二、", "关于监测")],
            "paras": [[_ZONES], ["建成监测站三十个。"]],
            "gap": False,
        },
    )


def test_a_notices_formula_run_on_in_its_last_wrapped_line() -> None:
    doc = _wrapped_doc(
        22,
        "某市生态环境局关于开展噪声污染防治自查工作的通知",
        "各区生态环境分局：",
        "为全面掌握噪声污染防治工作情况，现就开展自查工作通知如下：",
        "一、自查内容",
        "重点检查夜间施工审批和噪声投诉处理情况。",
        "二、工作要求",
        _SELF_CHECK + "特此通知。",
        ORG,
        DATE,
    )
    same(
        {"kind": doc.kind, "closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {"kind": "notice", "closing": "特此通知。", "last": [_SELF_CHECK], "signed": SIGNED},
    )


def test_thanks_and_the_formula_run_on_in_the_last_wrapped_line() -> None:
    doc = wrapped_answer(
        24,
        "一、关于交通噪声",
        _MONITOR_LONG,
        "二、关于宁静小区",
        _LAST_RUN_ON + "感谢您的关心和支持！特此答复。",
        end="",
    )
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {"closing": "感谢您的关心和支持！特此答复。", "last": [_LAST_RUN_ON], "signed": SIGNED},
    )


def test_an_indented_reports_full_line_ending_on_a_stop_over_the_flush_rest_of_its_paragraph() -> None:
    doc = _wrapped_doc(
        17,
        "某市生态环境局关于2025年噪声投诉处理情况的报告",
        "市人民政府：",
        "现将2025年噪声投诉处理情况报告如下：",
        "一、总体情况",
        _YEAR,
        "二、下一步打算",
        "下一步，我局将推行噪声投诉快速响应机制。",
        "特此报告。",
        ORG,
        DATE,
        indent=True,
    )
    same(
        {"kind": doc.kind, "paras": paras(doc), "phases": every_phase(doc)[1:], "closing": closing(doc)},
        {
            "kind": "report",
            "paras": [[_YEAR], ["下一步，我局将推行噪声投诉快速响应机制。"]],
            "phases": [[None], ["plan"]],
            "closing": "特此报告。",
        },
    )


def test_an_indented_copys_full_stopped_line_over_a_flush_heading_ends_its_paragraph() -> None:
    lines = [TITLE, "王某委员：", *wrapped([_IND + OPENING, _IND + "一、关于投诉处理", _IND + _CLOSED_FULL], 21)]
    lines += ["二、关于宣传教育", *wrapped([_IND + "开展宣传进社区活动五十场。", _IND + "特此答复。"], 21), ORG, DATE]
    doc = checked("\n".join(lines) + "\n")
    same(
        {"tree": tree(doc), "paras": paras(doc), "closing": closing(doc), "signed": signed(doc)},
        {
            "tree": [(1, "cn", "一、", "关于投诉处理"), (1, "cn", "二、", "关于宣传教育")],
            "paras": [[_CLOSED_FULL], ["开展宣传进社区活动五十场。"]],
            "closing": "特此答复。",
            "signed": SIGNED,
        },
    )


def test_an_indented_unwrapped_copy_keeps_a_flush_paragraph_under_its_longest_line_apart() -> None:
    long = (
        "近年来，我局会同市规划、住建、交通、公安、城管等部门，建立了噪声污染防治联席会议制度，定期研究解决噪声污染防治中的"
        "重点难点问题，形成了部门协同、齐抓共管的工作格局。"
    )
    doc = answer(
        _IND
        + "一、关于工作机制\n"
        + _IND
        + long
        + "\n全年召开联席会议四次。\n"
        + _IND
        + "二、关于执法\n"
        + _IND
        + "全年开展夜查一百次。",
        end=_IND + "特此答复。",
    )
    same(
        {"paras": paras(doc), "closing": closing(doc)},
        {"paras": [[long, "全年召开联席会议四次。"], ["全年开展夜查一百次。"]], "closing": "特此答复。"},
    )


def test_an_opinions_run_in_title_cut_before_its_stop_in_a_short_wrapped_copy() -> None:
    doc = _wrapped_doc(
        20,
        "关于加强噪声污染防治工作的意见",
        "各区人民政府：",
        "为持续改善全市声环境质量，切实保障人民群众的休息权利，现就加强噪声污染防治工作提出如下意见。",
        "一、严格源头管控",
        "（一）严格落实建设项目噪声环境影响评价制度。各区在审批建设项目时要同步审查噪声防治措施。",
        "（二）优化城市规划布局。",
        "二、强化执法监管",
        "某市人民政府",
        "2026年4月3日",
    )
    same(
        {"kind": doc.kind, "tree": tree(doc), "paras": paras(doc)[1]},
        {
            "kind": "opinion",
            "tree": [
                (1, "cn", "一、", "严格源头管控"),
                (2, "cn-paren", "（一）", "严格落实建设项目噪声环境影响评价制度"),
                (2, "cn-paren", "（二）", "优化城市规划布局"),
                (1, "cn", "二、", "强化执法监管"),
            ],
            "paras": ["各区在审批建设项目时要同步审查噪声防治措施。"],
        },
    )


def test_a_views_lead_cut_before_several_points_and_its_colon_over_first_second_members() -> None:
    doc = wrapped_answer(25, "一、关于委员意见", _VIEWS, "二、关于落实情况", "上述意见均已落实。")
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [[_VIEWS], ["上述意见均已落实。"]],
            "items": [
                [
                    (1, "第一", "要从严审批夜间施工"),
                    (2, "第二", "要加大执法力度"),
                    (3, "第三", "要畅通投诉渠道"),
                ]
            ],
        },
    )


# Batch 10 (written after the first landing, before its own run): page numbers between the halves of a cut marker, a
# counted phrase, a numeral list and a run-on formula; a PDF copy's running head between pages


def _paged(*lines: str) -> govdoc.Document:
    """The answer's lines as written, a page number standing where the page ended."""
    return checked("\n".join([TITLE, "王某委员：", OPENING, *lines, ORG, DATE]) + "\n")


def test_a_member_word_cut_by_a_page_end_after_its_numeral() -> None:
    doc = _paged(
        "一、关于施工噪声",
        "近年来，我局围绕施工噪声治理重点开展了三个方面的工作：一是严格夜间施工审批；二",
        "- 2 -",
        "是强化在线监控；三是加大处罚力度。",
        "二、关于交通噪声",
        "建成声屏障十二公里。",
        "特此答复。",
    )
    same(
        {"paras": paras(doc), "items": every_items(doc)[1]},
        {
            "paras": [
                [
                    "近年来，我局围绕施工噪声治理重点开展了三个方面的工作：一是严格夜间施工审批；二是强化在线监控；三是加大处罚力度。"
                ],
                ["建成声屏障十二公里。"],
            ],
            "items": [[(1, "一是", "严格夜间施工审批"), (2, "二是", "强化在线监控"), (3, "三是", "加大处罚力度")]],
        },
    )


def test_the_other_side_cut_by_a_page_end_inside_its_word() -> None:
    doc = _paged(
        "一、关于广场舞噪声",
        "我局认为应当统筹兼顾：一方面，要保障群众正常的健身需求；另一",
        "— 3 —",
        "方面，要维护周边居民的休息权利。",
        "二、关于商业噪声",
        "禁止使用高音喇叭招揽顾客。",
        "特此答复。",
    )
    same(
        {"items": every_items(doc)[1], "tree": tree(doc)},
        {
            "items": [[(1, "一方面", "要保障群众正常的健身需求"), (2, "另一方面", "要维护周边居民的休息权利")]],
            "tree": [(1, "cn", "一、", "关于广场舞噪声"), (1, "cn", "二、", "关于商业噪声")],
        },
    )


def test_a_counted_phrase_and_its_colon_after_a_page_end() -> None:
    doc = _paged(
        "一、关于主要工作",
        "近年来，我局围绕城市噪声污染防治重点抓了以下",
        "- 2 -",
        "三个方面：一是完善监测网络；二是加大执法力度；三是推进宁静小区创建。",
        "二、关于资金保障",
        "市财政安排降噪专项资金八千万元。",
        "特此答复。",
    )
    same(
        {"paras": paras(doc)[0], "items": every_items(doc)[1]},
        {
            "paras": [
                "近年来，我局围绕城市噪声污染防治重点抓了以下三个方面：一是完善监测网络；二是加大执法力度；三是推进宁静小区创建。"
            ],
            "items": [[(1, "一是", "完善监测网络"), (2, "二是", "加大执法力度"), (3, "三是", "推进宁静小区创建")]],
        },
    )


def test_a_numeral_list_cut_by_a_page_end_after_its_first_number() -> None:
    doc = _paged(
        "一、关于轨道交通噪声",
        "我局督促地铁运营单位对已开通运营的地铁一、",
        "- 2 -",
        "二、三号线沿线敏感点开展噪声监测。",
        "二、关于道路交通噪声",
        "建成声屏障十二公里。",
        "特此答复。",
    )
    same(
        {"markers": markers(doc), "paras": paras(doc), "gap": gap(doc)},
        {
            "markers": ["一、", "二、"],
            "paras": [
                ["我局督促地铁运营单位对已开通运营的地铁一、二、三号线沿线敏感点开展噪声监测。"],
                ["建成声屏障十二公里。"],
            ],
            "gap": False,
        },
    )


def test_the_formula_run_on_after_a_page_end_inside_the_last_paragraph() -> None:
    doc = _paged(
        "一、关于交通噪声",
        "建成声屏障十二公里。",
        "二、关于宁静小区",
        "近年来，我局持续推进宁静小区创建工作，全市已",
        "第 2 页 共 2 页",
        "累计创建宁静小区五十个。感谢您对我局工作的支持！特此答复。",
    )
    same(
        {"closing": closing(doc), "last": paras(doc)[-1], "signed": signed(doc)},
        {
            "closing": "感谢您对我局工作的支持！特此答复。",
            "last": ["近年来，我局持续推进宁静小区创建工作，全市已累计创建宁静小区五十个。"],
            "signed": SIGNED,
        },
    )


def test_a_run_in_title_cut_by_a_page_end_before_its_stop() -> None:
    doc = _paged(
        "一、关于源头防控",
        "（一）严格落实建设项目噪声环境影响评价制",
        "- 2 -",
        "度。各区在审批建设项目时要同步审查噪声防治措施。",
        "（二）优化城市规划布局",
        "二、关于监测能力",
        "建成监测站三十个。",
        "特此答复。",
    )
    same(
        {"tree": tree(doc), "paras": paras(doc)},
        {
            # (my misreading at first, corrected: a page end between a heading line and a short first sentence is
            # read by the heading's siblings (joins._run_in_title_cut, settled since round 21): this one's sibling
            # （二） stands alone on its line, so the lines stay as they stand, a heading over its first sentence)
            "tree": [
                (1, "cn", "一、", "关于源头防控"),
                (2, "cn-paren", "（一）", "严格落实建设项目噪声环境影响评价制"),
                (2, "cn-paren", "（二）", "优化城市规划布局"),
                (1, "cn", "二、", "关于监测能力"),
            ],
            "paras": [[], ["度。各区在审批建设项目时要同步审查噪声防治措施。"], [], ["建成监测站三十个。"]],
        },
    )


def test_a_first_member_word_cut_by_a_page_end_after_its_first_character() -> None:
    doc = _paged(
        "一、关于投诉处理",
        "我局着力完善噪声投诉处理机制。首",
        "- 2 -",
        "先，开通噪声投诉专线；其次，建立限时办结制度；最后，开展办结回访。",
        "二、关于宣传教育",
        "开展宣传进社区活动五十场。",
        "特此答复。",
    )
    same(
        {"paras": paras(doc)[0], "items": every_items(doc)[1]},
        {
            "paras": [
                "我局着力完善噪声投诉处理机制。首先，开通噪声投诉专线；其次，建立限时办结制度；最后，开展办结回访。"
            ],
            "items": [[(1, "首先", "开通噪声投诉专线"), (2, "其次", "建立限时办结制度"), (3, "最后", "开展办结回访")]],
        },
    )


def test_a_must_member_cut_by_a_page_end_in_a_notice() -> None:
    doc = checked(
        "某市生态环境局关于加强夜间施工噪声监管的通知\n各区生态环境分局：\n现将有关事项通知如下：\n一、工作要求\n"
        "各分局一要压实属地责任；二要强化联合执法；三\n- 2 -\n要做好宣传引导。\n二、报送要求\n请于每月5日前报送工作情况。\n"
        "特此通知。\n" + FOOT
    )
    same(
        {"kind": doc.kind, "paras": paras(doc), "items": every_items(doc)[1], "closing": closing(doc)},
        {
            "kind": "notice",
            "paras": [
                ["各分局一要压实属地责任；二要强化联合执法；三要做好宣传引导。"],
                ["请于每月5日前报送工作情况。"],
            ],
            "items": [[(1, "一要", "压实属地责任"), (2, "二要", "强化联合执法"), (3, "三要", "做好宣传引导")]],
            "closing": "特此通知。",
        },
    )
