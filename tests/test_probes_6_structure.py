"""Sixth round of structure probes: short documents written as an outside tester would, each
trying a form rounds three to five did not (a heading family used once, a lower family straight
under the title, markers out of order, markers quoted at a line start or inside a title, runs nested
in runs and numbered on across points, plan openers inside points and unmarked plan lines,
signatures and closings right after a numbered point or an enumeration, attachment lists after the
signature, one-line and one-heading documents). Every expected value was written from the contract
and the domain guide before the parser was run; every document also keeps the span invariants and
invents no character."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, items, paragraphs, signed, tree

HEAD = "关于区人大四届三次会议第28号建议的答复\n吴某代表：\n您提出的关于优化公交线网的建议收悉，现答复如下：\n"
TAIL = "\n某区交通委员会\n2024年9月12日"


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


SIGNED = (("某区交通委员会",), "2024-09-12")


# --- batch 1 (written before the parser ran on it) -------------------------------------------------


def test_an_ideograph_heading_used_once_before_the_closing() -> None:
    doc = body("一、关于增设公交站点的问题\n经实地踏勘，拟在学府路增设站点一处。\n感谢您对交通工作的关心和支持。")
    assert tree(doc) == [(1, "cn", "一、", "关于增设公交站点的问题")]
    assert paragraphs(doc.sections[0]) == ["经实地踏勘，拟在学府路增设站点一处。"]
    assert doc.closing is not None and doc.closing.text == "感谢您对交通工作的关心和支持。"
    assert signed(doc) == SIGNED
    assert "numbering-gap" not in codes(doc)


def test_parenthesised_ideographs_straight_under_the_opening_hold_arabic_points() -> None:
    doc = body(
        "（一）工作进展\n已建成首末站八个。\n1.城区\n建成五个。\n2.郊区\n建成三个。\n（二）存在困难\n用地指标紧张。"
    )
    assert tree(doc) == [
        (1, "cn-paren", "（一）", "工作进展"),
        (2, "num", "1.", "城区"),
        (2, "num", "2.", "郊区"),
        (1, "cn-paren", "（二）", "存在困难"),
    ]
    assert paragraphs(doc.sections[0]) == ["已建成首末站八个。"]
    assert paragraphs(doc.sections[1]) == ["用地指标紧张。"]


def test_ideograph_markers_out_of_order_keep_their_ordinals_and_warn() -> None:
    doc = body("一、工作情况\n今年新辟线路四条。\n三、存在问题\n部分线路客流偏低。\n二、下步打算\n继续优化线网。")
    assert [(s.level, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        (1, 1, "一、", "工作情况"),
        (1, 3, "三、", "存在问题"),
        (1, 2, "二、", "下步打算"),
    ]
    assert "numbering-gap" in codes(doc)


def test_markers_quoted_at_the_start_of_a_line_are_text() -> None:
    doc = body(
        "一、推广经验做法\n“一、二、三”调度法已在全区推广。\n“（一）”类问题由街道先行处置。\n二、加强考核\n每季度通报一次。"
    )
    assert tree(doc) == [(1, "cn", "一、", "推广经验做法"), (1, "cn", "二、", "加强考核")]
    assert paragraphs(doc.sections[0]) == ["“一、二、三”调度法已在全区推广。", "“（一）”类问题由街道先行处置。"]


def test_titles_holding_quoted_markers_and_a_parenthesised_ideograph() -> None:
    doc = body("一、关于“1+3”接驳体系\n已试点运行。\n二、“十四五”期间（一）类站点安排\n共计十二处。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "关于“1+3”接驳体系", ["已试点运行。"]),
        ("二、", "“十四五”期间（一）类站点安排", ["共计十二处。"]),
    ]


def test_members_in_arabic_points_restart_and_a_run_numbered_on_across_points_is_none() -> None:
    doc = body(
        "一、主要措施\n1.道路建设\n一是拓宽主干道。\n二是打通断头路。\n2.公交优化\n三是新辟线路。\n四是加密班次。"
    )
    first, second = doc.sections[0].sections
    assert [items(p) for p in first.paragraphs] == [[(1, "一是", "拓宽主干道")], [(2, "二是", "打通断头路")]]
    assert [items(p) for p in second.paragraphs] == [[], []]
    assert paragraphs(second) == ["三是新辟线路。", "四是加密班次。"]


def test_a_signature_right_after_a_last_arabic_heading_with_no_body() -> None:
    doc = body("一、下步措施\n1.加快审批\n已压缩审批时限。\n2.加强宣传")
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("加快审批", ["已压缩审批时限。"]),
        ("加强宣传", []),
    ]
    assert signed(doc) == SIGNED


def test_a_closing_on_its_own_line_after_members_one_per_line() -> None:
    doc = body("一、工作措施\n一是加密高峰班次；\n二是优化换乘线路。\n特此答复。")
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == ["一是加密高峰班次；", "二是优化换乘线路。"]
    assert [items(p) for p in ps] == [[(1, "一是", "加密高峰班次")], [(2, "二是", "优化换乘线路")]]
    assert ps[1].items[0].text == "二是优化换乘线路。"
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert signed(doc) == SIGNED


def test_a_signature_right_after_an_unpunctuated_last_member_line() -> None:
    doc = body("一、主要做法\n一是建立站点台账；\n二是加强宣传引导")
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == ["一是建立站点台账；", "二是加强宣传引导"]
    assert [items(p) for p in ps] == [[(1, "一是", "建立站点台账")], [(2, "二是", "加强宣传引导")]]
    assert doc.closing is None
    assert signed(doc) == SIGNED


def test_a_signature_right_after_an_unpunctuated_circled_point() -> None:
    doc = body("一、整改情况\n①路灯\n已全部修复。\n②井盖\n已更换破损井盖十二个")
    assert tree(doc) == [
        (1, "cn", "一、", "整改情况"),
        (2, "circled", "①", "路灯"),
        (2, "circled", "②", "井盖"),
    ]
    assert paragraphs(doc.sections[0].sections[1]) == ["已更换破损井盖十二个"]
    assert signed(doc) == SIGNED


def test_a_numbered_attachment_list_after_the_signature_is_no_section() -> None:
    doc = checked(
        HEAD
        + "一、工作情况\n已完成线网评估。\n二、下步打算\n启动线网优化。"
        + TAIL
        + "\n附件：1.站点分布表\n2.线路调整方案"
    )
    assert [s.title for s in doc.sections] == ["工作情况", "下步打算"]
    assert paragraphs(doc.sections[1]) == ["启动线网优化。"]
    assert doc.attachments == ("站点分布表", "线路调整方案")
    assert signed(doc) == SIGNED


def test_plan_openers_next_stage_and_next_inside_sub_sections() -> None:
    doc = body(
        "一、工作情况\n（一）道路\n已完成主干道大修。\n下阶段，将启动二期工程。\n"
        "（二）公交\n已新辟线路两条。\n接下来，我们将加密班次。\n同时优化站点布局。"
    )
    a, b = doc.sections[0].sections
    assert [p.phase for p in a.paragraphs] == ["progress", "plan"]
    assert [p.phase for p in b.paragraphs] == ["progress", "plan", "plan"]


def test_an_unnumbered_from_now_on_measures_line_opens_the_plan() -> None:
    doc = body("一、关于站点建设\n今年已建成候车亭二十座。\n今后工作措施\n继续推进候车亭建设。\n加强日常维护。")
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == [
        "今年已建成候车亭二十座。",
        "今后工作措施",
        "继续推进候车亭建设。",
        "加强日常维护。",
    ]
    assert [p.phase for p in ps] == ["progress", "plan", "plan", "plan"]


def test_must_members_in_a_run_in_arabic_point() -> None:
    doc = body("一、工作要求\n1.加强组织领导。一要明确责任分工；二要强化督查考核。\n2.加强资金保障\n纳入年度预算。")
    first, second = doc.sections[0].sections
    assert (first.title, paragraphs(first)) == ("加强组织领导", ["一要明确责任分工；二要强化督查考核。"])
    assert items(first.paragraphs[0]) == [(1, "一要", "明确责任分工"), (2, "二要", "强化督查考核")]
    assert (second.title, paragraphs(second)) == ("加强资金保障", ["纳入年度预算。"])


def test_a_one_is_run_nested_inside_a_first_next_run_across_paragraphs() -> None:
    doc = body("一、工作措施\n首先，加强组织领导。\n一是成立工作专班；二是建立例会制度。\n其次，加大资金投入。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "首先", "加强组织领导")],
        [(1, "一是", "成立工作专班"), (2, "二是", "建立例会制度")],
        [(2, "其次", "加大资金投入")],
    ]


def test_a_parenthesised_ideograph_with_a_pause_mark_after_it() -> None:
    doc = body("一、主要做法\n（一）、加强组织领导\n成立专班。\n（二）、完善工作机制\n建立例会制度。")
    assert [(s.level, s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        (2, "cn-paren", 1, "加强组织领导", ["成立专班。"]),
        (2, "cn-paren", 2, "完善工作机制", ["建立例会制度。"]),
    ]


def test_a_one_line_letter_of_a_single_numbered_heading() -> None:
    doc = checked("关于线路调整事项的复函\n区公交公司：\n一、同意你公司意见。\n某区交通委员会\n2024年9月12日")
    assert tree(doc) == [(1, "cn", "一、", "同意你公司意见")]
    assert paragraphs(doc.sections[0]) == []
    assert signed(doc) == SIGNED


# --- tests written after batch 1's fixes, from new examples ----------------------------------------


def test_a_must_run_in_its_own_paragraph_between_two_ordinal_word_members_keeps_its_items() -> None:
    doc = body("二、保障措施\n第一，强化部门协同。\n一要加强会商；二要共享数据。\n第二，落实经费保障。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "第一", "强化部门协同")],
        [(1, "一要", "加强会商"), (2, "二要", "共享数据")],
        [(2, "第二", "落实经费保障")],
    ]


# --- batch 2 (written before the parser ran on it) -------------------------------------------------


def test_a_letter_of_a_title_and_a_signature_only() -> None:
    doc = checked("关于调整公交线路的函\n某区交通委员会\n2024年9月12日")
    assert doc.header.title == "关于调整公交线路的函"
    assert (doc.sections, doc.preamble) == ((), ())
    assert signed(doc) == SIGNED


def test_members_in_the_opening_of_a_reply_without_sections_then_the_signature() -> None:
    doc = body("一是已新辟公交线路两条；\n二是已加密高峰班次。")
    assert doc.sections == ()
    assert [(p.text, items(p)) for p in doc.preamble[-2:]] == [
        ("一是已新辟公交线路两条；", [(1, "一是", "已新辟公交线路两条")]),
        ("二是已加密高峰班次。", [(2, "二是", "已加密高峰班次")]),
    ]
    assert signed(doc) == SIGNED


def test_parenthesised_ideograph_markers_alone_on_their_lines() -> None:
    doc = body("一、主要做法\n（一）\n加强组织领导\n成立工作专班。\n（二）\n完善工作机制\n建立例会制度。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("（一）", "加强组织领导", ["成立工作专班。"]),
        ("（二）", "完善工作机制", ["建立例会制度。"]),
    ]


def test_run_in_circled_points() -> None:
    doc = body("一、整改措施\n①加强巡查。每日巡查一次。\n②及时维修。发现问题当日处置。")
    assert [(s.level, s.style, s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        (2, "circled", "加强巡查", ["每日巡查一次。"]),
        (2, "circled", "及时维修", ["发现问题当日处置。"]),
    ]


def test_a_closing_of_two_lines_after_member_lines() -> None:
    doc = body("一、下步打算\n一是加密班次；\n二是优化站点。\n感谢您对交通工作的关心和支持。\n欢迎继续提出宝贵意见。")
    assert paragraphs(doc.sections[0]) == ["一是加密班次；", "二是优化站点。"]
    assert doc.closing is not None
    assert doc.closing.text == "感谢您对交通工作的关心和支持。\n欢迎继续提出宝贵意见。"
    assert signed(doc) == SIGNED


def test_a_closing_right_after_a_fourth_level_point() -> None:
    doc = body("一、工作情况\n（一）道路\n1.主干道\n（1）东段\n已完工。\n（2）西段\n正在施工。\n此复。")
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "cn-paren", "（一）", "道路"),
        (3, "num", "1.", "主干道"),
        (4, "num-paren", "（1）", "东段"),
        (4, "num-paren", "（2）", "西段"),
    ]
    assert paragraphs(doc.sections[0].sections[0].sections[0].sections[1]) == ["正在施工。"]
    assert doc.closing is not None and doc.closing.text == "此复。"


def test_a_joint_signature_after_circled_points_and_a_closing() -> None:
    doc = checked(
        HEAD
        + "一、整改情况\n①路灯\n已修复。\n②井盖\n已更换。\n专此函复。\n某区交通委员会\n某区建设管理委员会\n2024年9月12日"
    )
    assert [s.title for s in doc.sections[0].sections] == ["路灯", "井盖"]
    assert paragraphs(doc.sections[0].sections[1]) == ["已更换。"]
    assert doc.closing is not None and doc.closing.text == "专此函复。"
    assert signed(doc) == (("某区交通委员会", "某区建设管理委员会"), "2024-09-12")


def test_an_organ_line_under_the_last_heading_is_its_paragraph_not_a_co_signer() -> None:
    doc = body("一、工作安排\n（一）实施时间\n2024年10月起。\n（二）牵头单位\n区交通委员会、区规划资源局")
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("实施时间", ["2024年10月起。"]),
        ("牵头单位", ["区交通委员会、区规划资源局"]),
    ]
    assert signed(doc) == SIGNED


def test_a_member_that_opens_with_next_step_after_its_marker_opens_no_plan() -> None:
    doc = body("二、下步打算\n一是下一步将新辟线路两条；\n二是加密高峰班次。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [[(1, "一是", "下一步将新辟线路两条")], [(2, "二是", "加密高峰班次")]]
    assert [p.phase for p in ps] == [None, None]


def test_plan_openers_for_a_period_from_now_on_and_in_next_step_work() -> None:
    doc = body(
        "一、关于站点\n目前已建成站点十个。\n今后一个时期，我们将重点推进郊区站点建设。\n"
        "二、关于线路\n已开通线路三条。\n下一步工作中，将加密班次。"
    )
    assert [[p.phase for p in s.paragraphs] for s in doc.sections] == [["progress", "plan"], ["progress", "plan"]]


def test_members_of_the_last_point_with_the_closing_sentence_on_their_line() -> None:
    doc = body("一、下步打算\n一是加密班次；二是优化站点；三是加强宣传。特此答复。")
    assert items(doc.sections[0].paragraphs[0]) == [
        (1, "一是", "加密班次"),
        (2, "二是", "优化站点"),
        (3, "三是", "加强宣传"),
    ]
    assert signed(doc) == SIGNED


def test_a_parenthesised_ideograph_used_once_under_each_parent() -> None:
    doc = body("一、道路\n（一）主干道\n已完工。\n二、公交\n（一）新辟线路\n共两条。")
    assert tree(doc) == [
        (1, "cn", "一、", "道路"),
        (2, "cn-paren", "（一）", "主干道"),
        (1, "cn", "二、", "公交"),
        (2, "cn-paren", "（一）", "新辟线路"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_sub_sections_out_of_order_under_a_parent_keep_their_ordinals_and_warn() -> None:
    doc = body("一、工作情况\n（二）公交\n新辟线路两条。\n（一）道路\n完成大修。")
    assert [(s.ordinal, s.marker, s.title) for s in doc.sections[0].sections] == [
        (2, "（二）", "公交"),
        (1, "（一）", "道路"),
    ]
    assert "numbering-gap" in codes(doc)


def test_a_page_number_between_the_last_member_and_the_signature() -> None:
    doc = body("一、主要做法\n一是建立台账；\n二是加强宣传。\n- 2 -")
    assert paragraphs(doc.sections[0]) == ["一是建立台账；", "二是加强宣传。"]
    assert "- 2 -" not in doc.text
    assert signed(doc) == SIGNED


# --- tests written after batch 2's fixes, from new examples ----------------------------------------


def test_a_single_organ_line_under_a_bare_heading_stays_its_body_above_the_signing_organ() -> None:
    doc = checked(
        "关于做好冬季供暖保障工作的通知\n各街道：\n一、保障时间\n自11月15日起。\n二、责任单位\n区城市管理委员会\n"
        "某区人民政府\n2024年11月1日"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("保障时间", ["自11月15日起。"]),
        ("责任单位", ["区城市管理委员会"]),
    ]
    assert signed(doc) == (("某区人民政府",), "2024-11-01")


def test_two_organ_lines_after_a_paragraph_under_a_heading_are_a_joint_signature() -> None:
    doc = checked(
        "关于做好冬季供暖保障工作的通知\n各街道：\n一、责任单位\n由区城市管理委员会牵头。\n"
        "某区人民政府\n某区城市管理委员会\n2024年11月1日"
    )
    assert paragraphs(doc.sections[0]) == ["由区城市管理委员会牵头。"]
    assert signed(doc) == (("某区人民政府", "某区城市管理委员会"), "2024-11-01")


# --- batch 3 (written before the parser ran on it) -------------------------------------------------


def test_lines_counting_the_first_and_second_bus_link_are_no_articles() -> None:
    doc = body("一、关于接驳线路\n第一条接驳线已于六月开通。\n第二条接驳线正在建设。")
    assert tree(doc) == [(1, "cn", "一、", "关于接驳线路")]
    assert paragraphs(doc.sections[0]) == ["第一条接驳线已于六月开通。", "第二条接驳线正在建设。"]


def test_stage_lines_are_neither_sections_nor_members() -> None:
    doc = body("二、实施步骤\n第一阶段（2024年）：完成规划编制。\n第二阶段（2025年）：全面推进实施。")
    assert tree(doc) == [(1, "cn", "二、", "实施步骤")]
    ps = doc.sections[0].paragraphs
    assert [(p.text, items(p)) for p in ps] == [
        ("第一阶段（2024年）：完成规划编制。", []),
        ("第二阶段（2025年）：全面推进实施。", []),
    ]


def test_a_lone_date_right_after_the_last_member_is_the_signature_date() -> None:
    doc = checked(HEAD + "一、主要做法\n一是建立台账；\n二是加强宣传。\n2024年9月12日")
    assert paragraphs(doc.sections[0]) == ["一是建立台账；", "二是加强宣传。"]
    assert signed(doc) == ((), "2024-09-12")


def test_a_plan_paragraph_after_the_last_untitled_point() -> None:
    first = "我局已会同交警部门对学府路沿线停车泊位进行了重新规划，新增泊位三十个。"
    second = "我局已在学府路口增设了电子警察，违停现象明显减少。"
    doc = body(f"1.{first}\n2.{second}\n下一步，我们将继续加强巡查。")
    # corrected after the first run: the second point (24 characters, one final 。, no inner stop) is a
    # heading line by the contract's title rule, so it is the title and the plan its only paragraph
    assert [(s.level, s.style, s.marker, s.title) for s in doc.sections] == [
        (1, "num", "1.", None),
        (1, "num", "2.", second.rstrip("。")),
    ]
    assert [(p.text, p.phase) for p in doc.sections[0].paragraphs] == [(first, None)]
    assert [(p.text, p.phase) for p in doc.sections[1].paragraphs] == [("下一步，我们将继续加强巡查。", "plan")]


def test_twelve_sub_sections_and_fifteen_points_run_on_without_a_gap() -> None:
    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    subs = "".join(f"（{n}）片区{i + 1}\n完成整治。\n" for i, n in enumerate(cn))
    points = "".join(f"{i}.任务{i}\n按期推进。\n" for i in range(1, 16))
    doc = body("一、工作情况\n" + subs + "二、重点任务\n" + points.rstrip("\n"))
    a, b = doc.sections
    assert [(s.level, s.style, s.ordinal, s.title) for s in a.sections] == [
        (2, "cn-paren", i + 1, f"片区{i + 1}") for i in range(12)
    ]
    assert [(s.level, s.style, s.ordinal, s.title) for s in b.sections] == [
        (2, "num", i, f"任务{i}") for i in range(1, 16)
    ]
    assert paragraphs(b.sections[-1]) == ["按期推进。"]
    assert "numbering-gap" not in codes(doc)
    assert signed(doc) == SIGNED


def test_circled_points_restart_under_each_arabic_point() -> None:
    doc = body("一、整改情况\n1.路灯\n①东区\n已修复。\n②西区\n已修复。\n2.井盖\n①东区\n已更换。")
    assert tree(doc) == [
        (1, "cn", "一、", "整改情况"),
        (2, "num", "1.", "路灯"),
        (3, "circled", "①", "东区"),
        (3, "circled", "②", "西区"),
        (2, "num", "2.", "井盖"),
        (3, "circled", "①", "东区"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_ideograph_markers_alone_on_their_lines() -> None:
    doc = body("一、\n工作情况\n今年新辟线路四条。\n二、\n下步打算\n继续优化线网。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "工作情况", ["今年新辟线路四条。"]),
        ("二、", "下步打算", ["继续优化线网。"]),
    ]


def test_parenthesised_ideographs_at_the_top_then_an_ideograph_heading() -> None:
    doc = body("（一）基本情况\n内容甲。\n（二）存在问题\n内容乙。\n三、下步打算\n内容丙。")
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.sections] == [
        (1, "cn-paren", 1, "基本情况"),
        (1, "cn-paren", 2, "存在问题"),
        (1, "cn", 3, "下步打算"),
    ]
    assert paragraphs(doc.sections[2]) == ["内容丙。"]
    assert "numbering-gap" in codes(doc)


def test_members_across_an_unmarked_plan_line_between_them() -> None:
    doc = body("一、主要措施\n一是建立站点台账。\n下步打算\n二是加密高峰班次。")
    ps = doc.sections[0].paragraphs
    assert [(p.text, items(p), p.phase) for p in ps] == [
        ("一是建立站点台账。", [(1, "一是", "建立站点台账")], "progress"),
        ("下步打算", [], "plan"),
        ("二是加密高峰班次。", [(2, "二是", "加密高峰班次")], "plan"),
    ]


def test_an_attachment_list_numbered_in_parentheses_after_the_signature() -> None:
    doc = checked(HEAD + "一、工作情况\n已完成线网评估。" + TAIL + "\n附件：（1）站点分布表\n（2）线路调整方案")
    assert [s.title for s in doc.sections] == ["工作情况"]
    assert doc.attachments == ("站点分布表", "线路调整方案")
    assert signed(doc) == SIGNED


def test_a_page_number_between_a_heading_and_its_members() -> None:
    doc = body("一、主要做法\n- 2 -\n一是建立台账；二是加强宣传。")
    assert paragraphs(doc.sections[0]) == ["一是建立台账；二是加强宣传。"]
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "建立台账"), (2, "二是", "加强宣传")]


# --- tests written after batch 3's fixes, from new examples ----------------------------------------


def test_points_after_a_turn_that_also_names_the_proposal_are_the_answer_not_a_quote() -> None:
    one = "我局已在全区二十个社区设立了老年助餐点，覆盖老年人口约三万人，基本实现街道全覆盖。"
    two = "我局已会同区财政局落实了助餐补贴资金，每餐补贴三元至五元不等，按季度拨付到位。"
    doc = checked(
        "关于区政协五届一次会议第9号提案的答复\n郑某委员：\n您的建议收悉，现答复如下：\n"
        f"（一）{one}\n（二）{two}\n今后，我们将继续扩大助餐服务覆盖面。\n某区民政局\n2024年5月20日"
    )
    assert [(p.text) for p in doc.preamble] == ["您的建议收悉，现答复如下："]
    assert [(s.style, s.ordinal, s.title) for s in doc.sections] == [("cn-paren", 1, None), ("cn-paren", 2, None)]
    assert [(p.text, p.phase) for p in doc.sections[1].paragraphs] == [
        (two, "progress"),
        ("今后，我们将继续扩大助餐服务覆盖面。", "plan"),
    ]


def test_the_second_bus_route_and_the_third_river_counted_at_a_line_start_are_no_articles() -> None:
    doc = body("二、关于线网规划\n第二条公交线路正在试运行。\n第三条河道绿道目前已完成选线。")
    assert tree(doc) == [(1, "cn", "二、", "关于线网规划")]
    assert paragraphs(doc.sections[0]) == ["第二条公交线路正在试运行。", "第三条河道绿道目前已完成选线。"]


def test_an_article_opening_with_a_road_stays_an_article() -> None:
    doc = checked(
        "某区道路管理办法\n第一条　为加强道路管理，制定本办法。\n第二条道路的规划、建设和养护，适用本办法。\n"
        "第三条本办法自发布之日起施行。"
    )
    assert [(s.style, s.ordinal, s.marker) for s in doc.sections] == [
        ("article", 1, "第一条"),
        ("article", 2, "第二条"),
        ("article", 3, "第三条"),
    ]


# --- batch 4 (written before the parser ran on it) -------------------------------------------------


def test_next_year_opens_no_plan_and_the_next_three_years_do() -> None:
    doc = body(
        "一、关于站点\n已建成站点十个。\n下一年度，我们将新建站点五个。\n"
        "二、关于线路\n已开通线路三条。\n今后三年，我们将逐步优化线网。"
    )
    assert [[p.phase for p in s.paragraphs] for s in doc.sections] == [[None, None], ["progress", "plan"]]


def test_an_ordinal_word_run_cut_by_a_sub_heading_keeps_its_first_two_members() -> None:
    doc = body("一、主要措施\n第一，加强组织领导。\n第二，完善工作机制。\n（一）专项行动\n第三，加强考核督查。")
    parent, sub = doc.sections[0], doc.sections[0].sections[0]
    assert [items(p) for p in parent.paragraphs] == [[(1, "第一", "加强组织领导")], [(2, "第二", "完善工作机制")]]
    assert (sub.title, [items(p) for p in sub.paragraphs]) == ("专项行动", [[]])


def test_members_on_lines_indented_with_full_width_spaces() -> None:
    doc = body("一、主要做法\n　　一是建立站点台账；\n　　二是加强宣传引导；\n　　三是定期开展巡查。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "一是", "建立站点台账")],
        [(2, "二是", "加强宣传引导")],
        [(3, "三是", "定期开展巡查")],
    ]


def test_sub_headings_whose_titles_open_with_first_and_next_hold_no_members() -> None:
    doc = body("一、存在的问题\n（一）首先是安全问题\n部分站台护栏缺失。\n（二）其次是资金问题\n维护经费不足。")
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("首先是安全问题", ["部分站台护栏缺失。"]),
        ("其次是资金问题", ["维护经费不足。"]),
    ]
    assert [items(p) for s in doc.sections[0].sections for p in s.paragraphs] == [[], []]


def test_arabic_headings_about_the_first_and_second_point_of_the_proposal() -> None:
    doc = body("1.关于第一条建议\n已采纳。\n2.关于第二条建议\n正在研究。")
    assert [(s.level, s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "num", "1.", "关于第一条建议", ["已采纳。"]),
        (1, "num", "2.", "关于第二条建议", ["正在研究。"]),
    ]


def test_a_signature_right_after_a_table_closing_the_last_section() -> None:
    doc = body("一、工作情况\n已完成。\n二、资金安排\n| 项目 | 金额 |\n|---|---|\n| 站点建设 | 120 |")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", ["已完成。"]), ("资金安排", [])]
    assert [t.rows for t in doc.sections[1].tables] == [(("项目", "金额"), ("站点建设", "120"))]
    assert signed(doc) == SIGNED


def test_parts_holding_members_and_a_plan_before_the_signature() -> None:
    doc = body("第一部分 工作情况\n一是新辟线路；二是加密班次。\n第二部分 下步打算\n下一步，我们将继续优化线网。")
    assert [(s.level, s.style, s.marker, s.title) for s in doc.sections] == [
        (1, "part", "第一部分", "工作情况"),
        (1, "part", "第二部分", "下步打算"),
    ]
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "新辟线路"), (2, "二是", "加密班次")]
    assert [(p.text, p.phase) for p in doc.sections[1].paragraphs] == [("下一步，我们将继续优化线网。", "plan")]
    assert signed(doc) == SIGNED


def test_a_deadline_date_alone_under_the_last_heading_is_no_signature_date() -> None:
    doc = body("一、工作安排\n新建候车亭二十座。\n二、完成时限\n2024年12月31日")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作安排", ["新建候车亭二十座。"]),
        ("完成时限", ["2024年12月31日"]),
    ]
    assert signed(doc) == SIGNED


def test_a_closing_without_a_stop_after_the_last_member() -> None:
    doc = body("一、主要做法\n一是建立台账；\n二是加强宣传。\n此复")
    assert paragraphs(doc.sections[0]) == ["一是建立台账；", "二是加强宣传。"]
    assert doc.closing is not None and doc.closing.text == "此复"
    assert signed(doc) == SIGNED


# --- tests written after batch 4's fix, from new examples ------------------------------------------


def test_a_reporting_deadline_alone_under_a_heading_leaves_the_organ_its_own_date() -> None:
    notice = (
        "关于报送助餐服务数据的通知\n各街道：\n一、报送内容\n上半年助餐服务数据。\n二、报送截止日期\n2024年7月15日\n"
    )
    for trailer in ("某区民政局\n2024年7月1日", "某区民政局　2024年7月1日"):
        doc = checked(notice + trailer)
        assert [(s.title, paragraphs(s)) for s in doc.sections] == [
            ("报送内容", ["上半年助餐服务数据。"]),
            ("报送截止日期", ["2024年7月15日"]),
        ]
        assert signed(doc) == (("某区民政局",), "2024-07-01")


# --- batch 5 (written before the parser ran on it) -------------------------------------------------


def test_an_organ_line_under_a_lead_in_ending_with_a_colon_is_the_body() -> None:
    doc = body("一、工作情况\n已完成线网评估。\n二、工作分工\n具体由以下单位牵头负责：\n区交通委员会")
    assert paragraphs(doc.sections[1]) == ["具体由以下单位牵头负责：", "区交通委员会"]
    assert signed(doc) == SIGNED


def test_a_date_range_alone_under_the_last_heading_stays_its_body() -> None:
    doc = body("一、实施内容\n新建候车亭二十座。\n二、实施时间\n2024年10月1日至2024年12月31日")
    assert paragraphs(doc.sections[1]) == ["2024年10月1日至2024年12月31日"]
    assert signed(doc) == SIGNED


def test_a_thanks_line_ending_a_middle_section_is_no_closing() -> None:
    doc = body(
        "一、关于站点\n已增设站点两处。\n感谢您对公交站点建设的关心。\n二、关于线路\n已新辟线路一条。\n"
        "再次感谢您对交通工作的关心和支持。"
    )
    assert paragraphs(doc.sections[0]) == ["已增设站点两处。", "感谢您对公交站点建设的关心。"]
    assert paragraphs(doc.sections[1]) == ["已新辟线路一条。"]
    assert doc.closing is not None and doc.closing.text == "再次感谢您对交通工作的关心和支持。"


def test_bold_member_markers_with_plain_leads() -> None:
    doc = body("一、主要做法\n**一是**加强组织领导。成立工作专班。\n**二是**完善工作机制。")
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == ["一是加强组织领导。成立工作专班。", "二是完善工作机制。"]
    assert [items(p) for p in ps] == [[(1, "一是", "加强组织领导")], [(2, "二是", "完善工作机制")]]


def test_an_inner_run_then_the_outer_runs_next_member_in_one_paragraph() -> None:
    doc = body("一、工作措施\n首先，加强组织领导。\n一是成立专班；二是建立例会。其次，加大资金投入。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "首先", "加强组织领导")],
        [(1, "一是", "成立专班"), (2, "二是", "建立例会"), (2, "其次", "加大资金投入")],
    ]
    assert [i.text for i in ps[1].items] == ["一是成立专班；", "二是建立例会。", "其次，加大资金投入。"]


def test_inner_runs_under_each_outer_member_restart() -> None:
    doc = body(
        "一、工作措施\n一是加强组织领导。\n首先，成立专班；其次，建立例会。\n二是加大资金投入。\n首先，纳入预算；其次，争取补助。"
    )
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "一是", "加强组织领导")],
        [(1, "首先", "成立专班"), (2, "其次", "建立例会")],
        [(2, "二是", "加大资金投入")],
        [(1, "首先", "纳入预算"), (2, "其次", "争取补助")],
    ]


def test_parenthesised_numbers_as_the_only_level() -> None:
    doc = body("（1）关于站点\n已增设两处。\n（2）关于线路\n已新辟一条。")
    assert [(s.level, s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "num-paren", 1, "关于站点", ["已增设两处。"]),
        (1, "num-paren", 2, "关于线路", ["已新辟一条。"]),
    ]


def test_two_organ_lines_under_a_lead_in_and_the_signing_organ() -> None:
    doc = body("一、工作分工\n由以下两个部门共同负责：\n区交通委员会\n区规划资源局")
    assert paragraphs(doc.sections[0]) == ["由以下两个部门共同负责：", "区交通委员会", "区规划资源局"]
    assert signed(doc) == SIGNED


# --- tests written after batch 5's fix, from new examples ------------------------------------------


def test_organ_lines_listed_under_a_sentence_ending_on_a_colon_stay_its_list() -> None:
    doc = checked(
        "关于召开防汛工作会议的通知\n各有关单位：\n一、会议时间\n3月5日上午九时。\n二、参会单位\n请下列单位派员参加：\n"
        "区财政局\n区民政局\n某区人民政府办公室\n2024年3月1日"
    )
    assert paragraphs(doc.sections[1]) == ["请下列单位派员参加：", "区财政局", "区民政局"]
    assert signed(doc) == (("某区人民政府办公室",), "2024-03-01")


# --- batch 6 (written before the parser ran on it) -------------------------------------------------


def test_headings_titled_with_organ_names_before_the_signature() -> None:
    doc = body("一、区交通委员会\n负责线网规划。\n二、区规划资源局\n负责用地保障。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("区交通委员会", ["负责线网规划。"]),
        ("区规划资源局", ["负责用地保障。"]),
    ]
    assert signed(doc) == SIGNED


def test_ordinal_word_members_with_a_comma_then_a_pause_mark() -> None:
    doc = body("一、工作措施\n第一，加强组织领导；第二、完善工作机制。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "第一", "加强组织领导"), (2, "第二", "完善工作机制")]


def test_the_one_and_the_other_with_colons() -> None:
    doc = body("一、关于延长运营时间\n暂不能延长，原因有二。其一：夜间客流不足；其二：驾驶员配备不足。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "其一", "夜间客流不足"), (2, "其二", "驾驶员配备不足")]


def test_first_and_next_with_colons_one_per_line() -> None:
    doc = body("二、下步打算\n首先：完善线网规划。\n其次：加大财政投入。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [
        [(1, "首先", "完善线网规划")],
        [(2, "其次", "加大财政投入")],
    ]


def test_ideograph_headings_with_a_half_width_comma() -> None:
    doc = body("一,工作情况\n已完成评估。\n二,存在问题\n资金不足。")
    assert [(s.style, s.ordinal, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("cn", 1, "一,", "工作情况", ["已完成评估。"]),
        ("cn", 2, "二,", "存在问题", ["资金不足。"]),
    ]


def test_an_attachment_list_numbered_with_ideographs_before_the_signature() -> None:
    doc = checked(HEAD + "一、工作情况\n已完成线网评估。\n附件：一、站点分布表\n二、线路调整方案" + TAIL)
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "工作情况")]
    assert paragraphs(doc.sections[0]) == ["已完成线网评估。"]
    assert doc.attachments == ("站点分布表", "线路调整方案")
    assert signed(doc) == SIGNED


def test_attachments_each_labelled_with_their_number_after_the_signature() -> None:
    doc = checked(HEAD + "一、工作情况\n已完成线网评估。" + TAIL + "\n附件1：站点分布表\n附件2：线路调整方案")
    assert [s.title for s in doc.sections] == ["工作情况"]
    assert doc.attachments == ("站点分布表", "线路调整方案")
    assert signed(doc) == SIGNED


def test_a_bare_page_number_line_between_two_members() -> None:
    doc = body("一、主要做法\n一是建立站点台账；\n3\n二是加强宣传引导。")
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert [items(p) for p in ps] == [[(1, "一是", "建立站点台账")], [(2, "二是", "加强宣传引导")]]


def test_a_run_that_starts_after_a_run_in_title_and_goes_on_on_the_next_line() -> None:
    doc = body("一、主要措施\n1.加强组织领导。一是成立工作专班；\n二是建立例会制度。\n2.加大资金投入\n纳入年度预算。")
    first = doc.sections[0].sections[0]
    assert first.title == "加强组织领导"
    assert [(p.text, items(p)) for p in first.paragraphs] == [
        ("一是成立工作专班；", [(1, "一是", "成立工作专班")]),
        ("二是建立例会制度。", [(2, "二是", "建立例会制度")]),
    ]


# --- tests written after batch 6's fixes, from new examples ----------------------------------------


def test_a_bare_page_number_cutting_a_sentence_in_two_is_left_out_and_the_halves_joined() -> None:
    doc = body("一、停车治理\n我局已会同交警部门，对学府路沿线停车\n12\n泊位进行了重新规划，新增泊位三十个。")
    assert paragraphs(doc.sections[0]) == ["我局已会同交警部门，对学府路沿线停车泊位进行了重新规划，新增泊位三十个。"]
    assert "page-break-joined" in codes(doc)


def test_a_bare_figure_between_lines_of_no_sentence_stays() -> None:
    doc = body("一、站点数量\n城区站点\n12\n郊区站点\n8")
    assert paragraphs(doc.sections[0]) == ["城区站点", "12", "郊区站点", "8"]


# --- batch 7 (written before the parser ran on it) -------------------------------------------------


def test_the_last_mile_after_a_first_next_run_is_no_member() -> None:
    doc = body("一、关于接驳\n首先，优化接驳线路。其次，加密接驳班次。\n最后一公里问题仍需进一步解决。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [[(1, "首先", "优化接驳线路"), (2, "其次", "加密接驳班次")], []]


def test_a_second_classroom_after_a_first_member_is_no_member() -> None:
    doc = body("一、关于研学\n第一，加强研学线路宣传。\n第二课堂活动已覆盖全区中小学。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [[], []]


def test_a_signature_dated_in_ideographs_after_a_circled_point() -> None:
    doc = checked(HEAD + "一、整改情况\n①路灯\n已修复。\n②井盖\n已更换。\n某区交通委员会\n二〇二四年九月十二日")
    assert paragraphs(doc.sections[0].sections[1]) == ["已更换。"]
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date, doc.signature.date_text) == (
        ("某区交通委员会",),
        "2024-09-12",
        "二〇二四年九月十二日",
    )


def test_a_long_body_of_three_sections_of_ten_sub_sections_of_five_points() -> None:
    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    parts = []
    for a in range(3):
        parts.append(f"{cn[a]}、板块{a + 1}")
        for b in range(10):
            parts.append(f"（{cn[b]}）专题{a + 1}-{b + 1}")
            for c in range(1, 6):
                parts.append(f"{c}.事项{a + 1}-{b + 1}-{c}\n按计划推进。")
    doc = body("\n".join(parts))
    sections = doc.iter_sections()
    assert len(sections) == 3 + 30 + 150
    assert [len(s.sections) for s in doc.sections] == [10, 10, 10]
    last = doc.sections[2].sections[9].sections[4]
    assert (last.level, last.style, last.ordinal, last.title, paragraphs(last)) == (
        3,
        "num",
        5,
        "事项3-10-5",
        ["按计划推进。"],
    )
    assert "numbering-gap" not in codes(doc)
    assert signed(doc) == SIGNED


def test_parenthesised_ideographs_counting_items_in_a_sentence_are_no_markers() -> None:
    doc = body("一、办理情况\n（一）至（三）项建议已落实。\n（四）（五）两项建议正在研究。")
    assert tree(doc) == [(1, "cn", "一、", "办理情况")]
    assert paragraphs(doc.sections[0]) == ["（一）至（三）项建议已落实。", "（四）（五）两项建议正在研究。"]


def test_a_signature_right_after_a_line_left_open_on_a_comma() -> None:
    doc = body("一、主要做法\n一是建立站点台账；\n二是加强宣传引导，")
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导，"]
    assert signed(doc) == SIGNED


def test_an_organ_line_under_a_bare_contact_heading_and_the_signing_organ() -> None:
    doc = body("一、办理情况\n已落实。\n二、联系单位\n区交通委员会综合办")
    assert paragraphs(doc.sections[1]) == ["区交通委员会综合办"]
    assert signed(doc) == SIGNED


# --- tests written after batch 7's fix, from new examples ------------------------------------------


def test_parenthesised_numbers_naming_a_range_or_a_pair_in_a_sentence_open_no_section() -> None:
    doc = body("二、整改情况\n（1）到（4）号问题已整改完毕。\n(5)、(6)两个问题正在整改。\n（7）关于站牌破损\n已更换。")
    assert [(s.style, s.marker, s.title) for s in doc.sections[0].sections] == [("num-paren", "（7）", "关于站牌破损")]
    assert paragraphs(doc.sections[0]) == ["（1）到（4）号问题已整改完毕。", "(5)、(6)两个问题正在整改。"]


# --- batch 8 (written before the parser ran on it) -------------------------------------------------


def test_a_no_text_on_this_page_note_above_the_signature() -> None:
    doc = body("一、工作情况\n已完成线网评估。\n（此页无正文）")
    assert paragraphs(doc.sections[0])[0] == "已完成线网评估。"
    assert signed(doc) == SIGNED


def test_a_cc_line_right_after_the_last_member_without_a_signature() -> None:
    doc = checked(HEAD + "一、主要做法\n一是建立站点台账；\n二是加强宣传引导。\n抄送：区政府办公室。")
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert doc.imprint is not None and doc.imprint.cc == ("区政府办公室",)
    assert doc.signature is None


def test_a_contact_line_between_the_last_member_and_the_signature() -> None:
    doc = body("一、主要做法\n一是建立站点台账；\n二是加强宣传引导。\n联系人：张某，联系电话：12345678")
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("张某", ("12345678",))
    assert signed(doc) == SIGNED


def test_members_of_two_families_in_turn_are_no_run() -> None:
    doc = body("一、工作措施\n一是加强组织领导；二要完善工作机制。")
    assert items(doc.sections[0].paragraphs[0]) == []


def test_a_quoted_saying_of_one_is_one_holds_no_members() -> None:
    doc = body("一、办理原则\n坚持“一是一、二是二”的原则，实事求是作出答复。")
    assert items(doc.sections[0].paragraphs[0]) == []


def test_a_bare_page_number_between_the_last_member_and_the_signing_organ() -> None:
    doc = body("一、主要做法\n一是建立站点台账；\n二是加强宣传引导。\n3")
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert signed(doc) == SIGNED


def test_a_bare_page_number_between_a_heading_and_its_first_member() -> None:
    doc = body("一、主要做法\n2\n一是建立站点台账；二是加强宣传引导。")
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；二是加强宣传引导。"]


# --- tests written after batch 8's fix, from new examples ------------------------------------------


def test_bare_page_numbers_before_a_heading_before_the_signing_organ_and_after_a_heading() -> None:
    doc = checked(
        HEAD
        + "一、关于候车亭\n已新建候车亭二十座，年内再建十座。\n5\n二、关于站牌\n6\n已更换电子站牌三十块，运行良好。\n7\n"
        "某区交通委员会\n2024年9月12日"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于候车亭", ["已新建候车亭二十座，年内再建十座。"]),
        ("关于站牌", ["已更换电子站牌三十块，运行良好。"]),
    ]
    assert signed(doc) == SIGNED


def test_a_bare_figure_between_two_headings_is_the_first_ones_value() -> None:
    doc = body("一、新建站点数\n12\n二、新辟线路数\n3")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("新建站点数", ["12"]), ("新辟线路数", ["3"])]


# --- batch 9 (written before the parser ran on it) -------------------------------------------------


def test_a_reply_answered_in_members_and_a_plan_without_headings_has_opening_phases() -> None:
    doc = body("一是已新辟公交线路两条；\n二是已加密高峰班次。\n下一步，我们将继续优化线网。")
    assert doc.sections == ()
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "progress", "plan"]


def test_an_inner_run_inside_the_first_member_then_the_outer_run_goes_on_in_the_next_paragraph() -> None:
    doc = body("一、工作措施\n一是加强组织领导，具体做到：首先，成立专班；其次，建立例会。\n二是完善工作机制。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "一是", "加强组织领导，具体做到：首先，成立专班")],
        [(2, "二是", "完善工作机制")],
    ]
    assert ps[0].items[0].text == "一是加强组织领导，具体做到：首先，成立专班；其次，建立例会。"


def test_arabic_points_written_with_a_leading_zero() -> None:
    doc = body("01.加强组织领导\n成立工作专班。\n02.完善工作机制\n建立例会制度。")
    assert [(s.level, s.style, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        (1, "num", 1, "01.", "加强组织领导"),
        (1, "num", 2, "02.", "完善工作机制"),
    ]


def test_roman_numerals_open_no_section() -> None:
    doc = body("Ⅰ、工作情况\n已完成线网评估。\nⅡ、下步打算\n继续优化线网。")
    assert doc.sections == ()
    assert [p.text for p in doc.preamble][-4:] == ["Ⅰ、工作情况", "已完成线网评估。", "Ⅱ、下步打算", "继续优化线网。"]


def test_two_headings_in_a_row_the_first_without_a_body() -> None:
    doc = body("一、工作情况\n二、下步打算\n继续优化线网。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", []), ("下步打算", ["继续优化线网。"])]


def test_an_organ_line_under_a_heading_ending_on_a_colon_and_the_signing_organ() -> None:
    doc = body("一、办理情况\n已落实。\n二、责任单位：\n区交通委员会")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("办理情况", ["已落实。"]),
        ("责任单位", ["区交通委员会"]),
    ]
    assert signed(doc) == SIGNED


# --- batch 10 (written before the parser ran on it) ------------------------------------------------


def test_a_heading_wrapped_after_a_pause_mark() -> None:
    doc = body("一、关于主干道、次干道、\n支路的养护问题\n已纳入年度养护计划。\n二、关于资金\n已落实。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于主干道、次干道、支路的养护问题", ["已纳入年度养护计划。"]),
        ("关于资金", ["已落实。"]),
    ]


def test_a_sub_heading_wrapped_after_a_possessive() -> None:
    doc = body("一、工作情况\n（一）关于加快推进全区老旧小区加装电梯工作的\n实施情况\n已加装电梯四十台。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == ("关于加快推进全区老旧小区加装电梯工作的实施情况", ["已加装电梯四十台。"])


def test_bold_runs_holding_the_marker_and_the_lead() -> None:
    doc = body("一、主要做法\n**一是加强组织领导。**成立工作专班。\n**二是完善工作机制。**建立例会制度。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [
        [(1, "一是", "加强组织领导")],
        [(2, "二是", "完善工作机制")],
    ]


def test_members_with_a_full_width_space_after_the_marker() -> None:
    doc = body("一、主要做法\n一是　加强组织领导；二是　完善工作机制。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强组织领导"), (2, "二是", "完善工作机制")]


def test_a_short_attachment_label_after_the_last_member() -> None:
    doc = body("一、主要做法\n一是建立站点台账；\n二是加强宣传引导。\n附：站点分布表")
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert doc.attachments == ("站点分布表",)
    assert signed(doc) == SIGNED


def test_a_signature_set_right_with_full_width_spaces_after_the_last_member() -> None:
    doc = checked(
        HEAD + "一、主要做法\n一是建立站点台账；\n二是加强宣传引导。\n"
        "　　　　　　　　　　某区交通委员会\n　　　　　　　　　　2024年9月12日"
    )
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert signed(doc) == SIGNED


# --- batch 11 (written before the parser ran on it) ------------------------------------------------


def test_three_runs_nested_across_and_inside_paragraphs() -> None:
    doc = body(
        "一、工作措施\n首先，加强组织领导。\n一是成立专班；二是建立例会，做到一要定期会商、二要及时通报。\n其次，加大资金投入。"
    )
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "首先", "加强组织领导")],
        [(1, "一是", "成立专班"), (2, "二是", "建立例会，做到一要定期会商、二要及时通报")],
        [(2, "其次", "加大资金投入")],
    ]


def test_first_inside_one_member_and_next_inside_the_other_are_no_run() -> None:
    doc = body("一、工作措施\n一是摸清底数，首先要逐户走访。二是建立台账，其次要定期更新。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "一是", "摸清底数，首先要逐户走访"), (2, "二是", "建立台账，其次要定期更新")]


def test_a_plan_sub_heading_then_members_under_a_lead_in() -> None:
    doc = body("二、下步打算\n（一）下一步工作安排\n下一步，重点做好以下工作：\n一是新辟线路；\n二是加密班次。")
    sub = doc.sections[0].sections[0]
    assert sub.title == "下一步工作安排"
    assert [(p.phase, items(p)) for p in sub.paragraphs] == [
        ("plan", []),
        ("plan", [(1, "一是", "新辟线路")]),
        ("plan", [(2, "二是", "加密班次")]),
    ]


def test_a_closing_and_then_the_signature_after_a_sub_point_run() -> None:
    doc = body(
        "一、工作措施\n（一）道路\n一是拓宽主干道；二是打通断头路。\n（二）公交\n一是新辟线路；二是加密班次。\n专此答复。"
    )
    subs = doc.sections[0].sections
    assert [items(p) for s in subs for p in s.paragraphs] == [
        [(1, "一是", "拓宽主干道"), (2, "二是", "打通断头路")],
        [(1, "一是", "新辟线路"), (2, "二是", "加密班次")],
    ]
    assert doc.closing is not None and doc.closing.text == "专此答复。"
    assert signed(doc) == SIGNED


def test_an_ideograph_heading_whose_title_ends_with_a_parenthesised_ideograph() -> None:
    doc = body("一、关于“一站式”服务（一）\n已开通。\n二、关于“一站式”服务（二）\n正在推进。")
    assert [(s.ordinal, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "关于“一站式”服务（一）", ["已开通。"]),
        (2, "关于“一站式”服务（二）", ["正在推进。"]),
    ]


# --- batch 12 (written before the parser ran on it) ------------------------------------------------


def test_a_turn_proposing_handling_opinions_with_the_first_heading_on_its_line() -> None:
    doc = checked(
        "关于区人大四届三次会议第28号建议的答复\n吴某代表：\n您的建议收悉。经研究，提出如下办理意见：一、关于站点\n已增设两处。\n"
        "二、关于线路\n已新辟一条。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "关于站点", ["已增设两处。"]),
        ("二、", "关于线路", ["已新辟一条。"]),
    ]


def test_a_bold_signature_after_markdown_headings_and_circled_points() -> None:
    doc = checked(
        HEAD + "## 一、整改情况\n### ①路灯\n已修复。\n### ②井盖\n已更换。\n\n**某区交通委员会**\n\n**2024年9月12日**"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "整改情况"),
        (2, "circled", "①", "路灯"),
        (2, "circled", "②", "井盖"),
    ]
    assert paragraphs(doc.sections[0].sections[1]) == ["已更换。"]
    assert signed(doc) == SIGNED


def test_a_markdown_ordered_list_of_points_under_an_ideograph_heading() -> None:
    doc = body("一、主要措施\n1. 加强组织领导\n成立专班。\n2. 完善工作机制\n建立例会。")
    assert [(s.level, s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        (2, "num", 1, "加强组织领导", ["成立专班。"]),
        (2, "num", 2, "完善工作机制", ["建立例会。"]),
    ]


def test_a_heading_whose_title_quotes_a_members_marker() -> None:
    doc = body("一、关于“一是一、二是二”的工作作风\n内容甲。\n二、关于“首先”“其次”的表述\n内容乙。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于“一是一、二是二”的工作作风", ["内容甲。"]),
        ("关于“首先”“其次”的表述", ["内容乙。"]),
    ]
    assert [items(p) for s in doc.sections for p in s.paragraphs] == [[], []]


# --- tests written after batch 12's fix, from new examples -----------------------------------------


def test_a_turn_putting_forward_answer_opinions_before_its_first_arabic_point() -> None:
    doc = checked(
        "关于区政协五届一次会议第9号提案的答复\n郑某委员：\n您的提案收悉，经会同区财政局研究，现提出如下答复意见：1.关于助餐补贴\n"
        "已纳入预算。\n2.关于助餐点布局\n年内新增五处。\n某区民政局\n2024年5月20日"
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("1.", "关于助餐补贴", ["已纳入预算。"]),
        ("2.", "关于助餐点布局", ["年内新增五处。"]),
    ]


def test_the_proposers_opinions_put_forward_stay_quoted_in_the_opening() -> None:
    doc = checked(
        "关于区政协五届一次会议第9号提案的答复\n郑某委员：\n您在提案中提出如下意见：\n1.增设助餐点；\n2.提高补贴标准。\n"
        "经研究，现答复如下：\n一、关于助餐点\n年内新增五处。\n某区民政局\n2024年5月20日"
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "关于助餐点")]
    assert "1.增设助餐点；" in [p.text for p in doc.preamble]


# --- batch 13 (written before the parser ran on it) ------------------------------------------------


def test_a_letter_closing_of_two_lines_after_the_last_member() -> None:
    doc = body("一、主要做法\n一是建立站点台账；\n二是加强宣传引导。\n此致\n敬礼！")
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert doc.closing is not None and doc.closing.text == "此致\n敬礼！"
    assert signed(doc) == SIGNED


def test_thank_you_alone_after_a_sub_section() -> None:
    doc = body("一、工作情况\n（一）道路\n已完成大修。\n谢谢！")
    assert paragraphs(doc.sections[0].sections[0]) == ["已完成大修。"]
    assert doc.closing is not None and doc.closing.text == "谢谢！"


def test_a_welcome_further_advice_line_after_a_circled_point() -> None:
    doc = body("一、整改情况\n①路灯\n已修复。\n②井盖\n已更换。\n欢迎您继续提出宝贵意见和建议。")
    assert paragraphs(doc.sections[0].sections[1]) == ["已更换。"]
    assert doc.closing is not None and doc.closing.text == "欢迎您继续提出宝贵意见和建议。"
    assert signed(doc) == SIGNED


def test_thanks_then_a_feedback_line_after_members() -> None:
    doc = body(
        "一、主要做法\n一是建立站点台账；\n二是加强宣传引导。\n再次感谢您对交通工作的关心和支持。\n如有不同意见，请及时与我们联系。"
    )
    assert paragraphs(doc.sections[0]) == ["一是建立站点台账；", "二是加强宣传引导。"]
    assert doc.closing is not None
    assert doc.closing.text == "再次感谢您对交通工作的关心和支持。\n如有不同意见，请及时与我们联系。"
    assert signed(doc) == SIGNED


# --- test written after the fix of batch 6's attachment cause, from a new example ------------------


def test_an_attachment_list_numbered_with_ideographs_after_the_signature_lists_three_titles() -> None:
    doc = checked(
        "关于做好防汛工作的通知\n各街道：\n一、落实值守\n严格执行领导带班制度。\n某区应急管理局\n2024年6月1日\n"
        "附件：一、防汛值班表\n二、应急物资清单\n三、联络员名单"
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "落实值守")]
    assert doc.attachments == ("防汛值班表", "应急物资清单", "联络员名单")


def test_a_section_two_after_an_arabic_numbered_attachment_list_is_no_item_of_it() -> None:
    doc = checked(
        "关于做好防汛工作的通知\n各街道：\n一、落实值守\n严格执行领导带班制度。\n附件：1.防汛值班表\n二、加强巡查\n"
        "每日巡查一次。\n某区应急管理局\n2024年6月1日"
    )
    assert doc.attachments == ("防汛值班表",)


# --- batch 14 (written before the parser ran on it) ------------------------------------------------


def test_a_form_feed_and_a_bare_page_number_before_the_next_heading() -> None:
    doc = body("一、关于站点\n已新建候车亭二十座，年内再建十座。\n\f4\n二、关于线路\n已新辟线路一条，运行平稳。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于站点", ["已新建候车亭二十座，年内再建十座。"]),
        ("关于线路", ["已新辟线路一条，运行平稳。"]),
    ]


def test_a_bare_page_number_then_a_form_feed_between_two_members() -> None:
    doc = body("一、主要做法\n一是建立站点台账，逐站登记；\n3\n\f二是加强宣传引导，营造氛围。")
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == ["一是建立站点台账，逐站登记；", "二是加强宣传引导，营造氛围。"]
    assert [items(p) for p in ps] == [[(1, "一是", "建立站点台账，逐站登记")], [(2, "二是", "加强宣传引导，营造氛围")]]


def test_a_bare_page_number_inside_a_hard_wrapped_paragraph() -> None:
    text = (
        "今年以来我局持续推进公交站点改造工作，对全区一百二十个候车亭进行了全面排查，"
        "对破损严重的三十个候车亭实施了整体更换，对其余候车亭进行了清洗和维修，并在"
        "主要站点增设了电子站牌和无障碍设施，群众候车环境得到明显改善，满意度逐步提升。"
    )
    width = 17
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    lines.insert(3, "2")
    doc = body("一、站点改造\n" + "\n".join(lines) + "\n二、下步打算\n继续推进。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("站点改造", [text]), ("下步打算", ["继续推进。"])]


# --- self-found after batch 8: the bare page number rule must not drop a figure the text goes on with


def test_a_figure_alone_on_a_line_that_a_sentence_goes_on_with_stays() -> None:
    for text in (
        "本年度新增泊位，总数为\n300\n个，其中学府路沿线一百二十个。",
        "本年度新增泊位，总数为：\n300\n其中，学府路沿线一百二十个。",
    ):
        doc = body("三、新增泊位\n" + text)
        assert "300" in doc.text
        assert any("300" in p for p in paragraphs(doc.sections[0]))


# --- batch 15 (written before the parser ran on it) ------------------------------------------------


def test_parenthesised_numbers_at_two_depths_under_different_parents() -> None:
    doc = body("一、工作情况\n（1）道路\n已完工。\n（2）桥梁\n已完工。\n二、下步打算\n1.近期\n（1）完成验收\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "num-paren", "（1）", "道路"),
        (2, "num-paren", "（2）", "桥梁"),
        (1, "cn", "二、", "下步打算"),
        (2, "num", "1.", "近期"),
        (3, "num-paren", "（1）", "完成验收"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_a_circled_footnote_under_the_paragraph_that_cites_it_opens_no_section() -> None:
    doc = body("一、工作情况\n全区现有公交站点一百二十个①。\n①数据截至2024年6月底。\n二、下步打算\n继续推进。")
    assert tree(doc) == [(1, "cn", "一、", "工作情况"), (1, "cn", "二、", "下步打算")]
    assert paragraphs(doc.sections[0]) == ["全区现有公交站点一百二十个①。", "①数据截至2024年6月底。"]


# --- batch 16 (written before the parser ran on it) ------------------------------------------------


def test_an_arabic_point_whose_first_clause_ends_on_a_semicolon_has_no_title() -> None:
    doc = body("一、工作要求\n1.加强组织领导；各街道要明确专人负责。\n2.加强督查考核\n每季度通报一次。")
    first, second = doc.sections[0].sections
    assert (first.title, paragraphs(first)) == (None, ["加强组织领导；各街道要明确专人负责。"])
    assert (second.title, paragraphs(second)) == ("加强督查考核", ["每季度通报一次。"])


def test_bold_members_with_a_colon_inside_the_bold() -> None:
    doc = body("一、主要做法\n**一是：**加强组织领导。成立工作专班。\n**二是：**完善工作机制。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [
        [(1, "一是", "加强组织领导")],
        [(2, "二是", "完善工作机制")],
    ]


def test_a_notice_whose_arabic_points_follow_its_turn_line() -> None:
    doc = checked(
        "关于做好公交站点巡查工作的通知\n各街道：\n现将有关事项通知如下：\n1.巡查范围\n辖区内全部候车亭。\n2.巡查频次\n每周一次。\n"
        "某区交通委员会\n2024年9月12日"
    )
    assert [(s.level, s.style, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "num", "巡查范围", ["辖区内全部候车亭。"]),
        (1, "num", "巡查频次", ["每周一次。"]),
    ]
    assert signed(doc) == SIGNED
