"""Fifth round of structure probes: short documents written as an outside tester would, each
varying a form rounds one to four did not try (levels skipped straight to the third family,
markers of mixed widths and glyph forms in one run, a family reused at a deeper level, member
families counted in words, members on their own lines, plan parts under headings that name the
plan, answer turns worded otherwise, quoted points in the opening, plain-text tables of numbers,
attachment bodies with their own numbering, four-level bodies). Every expected value was written
from the contract and the domain guide before the parser was run; every document also keeps the
span invariants and invents no character."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, items, paragraphs, tree

HEAD = "关于区政协三届二次会议第45号提案的答复\n周某委员：\n您提出的关于社区治理的提案收悉，现答复如下：\n"
TAIL = "\n某区民政局\n2024年7月8日"


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def section_text(doc: govdoc.Document, section: govdoc.Section) -> str:
    return doc.text[section.span.start : section.span.end]


# --- batch 1 (written before the parser ran on it) -------------------------------------------------


def test_ideographs_straight_to_arabic_points_then_to_parenthesised_ideographs() -> None:
    doc = body(
        "一、已开展的工作\n1.摸排底数\n全区共排查楼栋三百余幢。\n2.建立台账\n逐栋登记问题。\n"
        "二、下一步打算\n（一）完善机制\n建立月度调度制度。\n（二）加强督导\n定期通报进度。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "已开展的工作"),
        (2, "num", "1.", "摸排底数"),
        (2, "num", "2.", "建立台账"),
        (1, "cn", "二、", "下一步打算"),
        (2, "cn-paren", "（一）", "完善机制"),
        (2, "cn-paren", "（二）", "加强督导"),
    ]
    assert paragraphs(doc.sections[0].sections[1]) == ["逐栋登记问题。"]
    assert "numbering-gap" not in codes(doc)


def test_arabic_points_of_three_stop_widths_in_one_run() -> None:
    doc = body("一、主要措施\n1．优化站点布局\n内容。\n2、延长服务时间\n内容。\n3.增加志愿者队伍\n内容。")
    assert [(s.level, s.style, s.ordinal, s.marker, s.title) for s in doc.sections[0].sections] == [
        (2, "num", 1, "1．", "优化站点布局"),
        (2, "num", 2, "2、", "延长服务时间"),
        (2, "num", 3, "3.", "增加志愿者队伍"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_parenthesised_number_glyphs_under_a_parenthesised_ideograph() -> None:
    doc = body(
        "一、工作进展\n（一）硬件建设\n⑴新建日间照料中心两处\n内容。\n⑵改造助浴点一处\n内容。\n"
        "（二）队伍建设\n培训护理员八十人次。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "工作进展"),
        (2, "cn-paren", "（一）", "硬件建设"),
        (3, "num-paren", "⑴", "新建日间照料中心两处"),
        (3, "num-paren", "⑵", "改造助浴点一处"),
        (2, "cn-paren", "（二）", "队伍建设"),
    ]
    assert [s.ordinal for s in doc.sections[0].sections[0].sections] == [1, 2]


def test_number_glyphs_with_their_own_full_stop_as_the_only_level() -> None:
    doc = body("⒈关于场地问题\n已协调街道腾出用房。\n⒉关于经费问题\n已列入年度预算。")
    assert [(s.level, s.style, s.ordinal, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "num", 1, "⒈", "关于场地问题", ["已协调街道腾出用房。"]),
        (1, "num", 2, "⒉", "关于经费问题", ["已列入年度预算。"]),
    ]


def test_parenthesised_numbers_of_both_widths_and_a_glyph_in_one_run() -> None:
    doc = body("一、具体做法\n（1）设立议事厅\n内容。\n(2)推行楼组长制\n内容。\n⑶开展邻里节\n内容。")
    assert [(s.level, s.style, s.ordinal, s.marker, s.title) for s in doc.sections[0].sections] == [
        (2, "num-paren", 1, "（1）", "设立议事厅"),
        (2, "num-paren", 2, "(2)", "推行楼组长制"),
        (2, "num-paren", 3, "⑶", "开展邻里节"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_parenthesised_ideographs_restarting_under_each_arabic_point_of_an_ideograph() -> None:
    doc = body(
        "一、工作情况\n1.物业管理\n（一）成立业委会\n内容。\n（二）选聘物业\n内容。\n"
        "2.环境整治\n（一）拆除违建\n内容。\n二、下步打算\n继续推进。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "num", "1.", "物业管理"),
        (3, "cn-paren", "（一）", "成立业委会"),
        (3, "cn-paren", "（二）", "选聘物业"),
        (2, "num", "2.", "环境整治"),
        (3, "cn-paren", "（一）", "拆除违建"),
        (1, "cn", "二、", "下步打算"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_ideograph_headings_set_off_by_a_full_width_space() -> None:
    doc = body("一　基本情况\n我区现有社区五十个。\n二　存在问题\n部分社区用房不足。")
    assert [(s.level, s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "cn", 1, "基本情况", ["我区现有社区五十个。"]),
        (1, "cn", 2, "存在问题", ["部分社区用房不足。"]),
    ]


def test_ordinal_word_members_inline_beside_first_time_and_second_batch() -> None:
    doc = body(
        "一、应急处置\n我局第一时间组织排查，第二批物资已到位。主要做法是：第一，建立值守制度；"
        "第二，完善预案体系；第三，加强应急演练。"
    )
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "第一", "建立值守制度"), (2, "第二", "完善预案体系"), (3, "第三", "加强应急演练")]
    assert p.items[2].text == "第三，加强应急演练。"


def test_the_one_and_the_other_reasons_inside_one_sentence() -> None:
    doc = body("一、关于延长开放时间\n暂不能延长，原因有二：其一，人员编制有限；其二，夜间安保力量不足。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "其一", "人员编制有限"), (2, "其二", "夜间安保力量不足")]
    assert p.items[0].text == "其一，人员编制有限；"


def test_must_members_one_per_line_under_a_lead_in() -> None:
    doc = body("一、工作要求\n各街道要做到以下几点：\n一要压实责任。明确专人负责。\n二要加强协调。\n三要按时报送。")
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == [
        "各街道要做到以下几点：",
        "一要压实责任。明确专人负责。",
        "二要加强协调。",
        "三要按时报送。",
    ]
    assert [items(p) for p in ps] == [
        [],
        [(1, "一要", "压实责任")],
        [(2, "二要", "加强协调")],
        [(3, "三要", "按时报送")],
    ]
    assert ps[1].items[0].text == "一要压实责任。明确专人负责。"


def test_first_then_again_and_last_one_per_line_count_to_four() -> None:
    doc = body("二、工作打算\n首先，完善规划。\n其次，加大投入。\n再次，强化监管。\n最后，做好宣传。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "首先", "完善规划")],
        [(2, "其次", "加大投入")],
        [(3, "再次", "强化监管")],
        [(4, "最后", "做好宣传")],
    ]


def test_one_side_and_the_other_in_two_paragraphs() -> None:
    doc = body("一、关于资金来源\n一方面，争取上级专项补助资金。\n另一方面，引导社会资本参与建设。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "一方面", "争取上级专项补助资金")],
        [(2, "另一方面", "引导社会资本参与建设")],
    ]


def test_run_in_title_ended_by_a_colon_holding_members() -> None:
    doc = body("一、主要工作\n（一）强化组织保障：一是成立领导小组；二是建立联席会议制度。\n（二）完善服务网络\n内容。")
    sub = doc.sections[0].sections[0]
    assert (sub.marker, sub.title, paragraphs(sub)) == (
        "（一）",
        "强化组织保障",
        ["一是成立领导小组；二是建立联席会议制度。"],
    )
    assert items(sub.paragraphs[0]) == [(1, "一是", "成立领导小组"), (2, "二是", "建立联席会议制度")]


def test_heading_lines_ending_with_a_full_stop_a_colon_or_nothing() -> None:
    doc = body("一、加强统筹协调。\n内容。\n二、完善配套设施：\n内容。\n三、强化宣传引导\n内容。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("加强统筹协调", ["内容。"]),
        ("完善配套设施", ["内容。"]),
        ("强化宣传引导", ["内容。"]),
    ]


def test_phase_headings_of_a_work_report_give_no_plan_without_a_plan_opener() -> None:
    doc = body(
        "一、工作开展情况\n目前已建成站点十个。\n二、存在的困难和问题\n资金缺口较大。\n"
        "三、下一步工作计划\n我们将继续争取资金。\n四、几点说明\n以上数据截至六月底。"
    )
    assert [s.title for s in doc.sections] == ["工作开展情况", "存在的困难和问题", "下一步工作计划", "几点说明"]
    assert [[p.phase for p in s.paragraphs] for s in doc.sections] == [[None], [None], [None], [None]]


def test_a_future_plans_heading_whose_paragraph_opens_with_from_now_on() -> None:
    doc = body("一、工作情况\n已完成改造。\n二、今后打算\n今后，我们将扩大覆盖面。\n同时加强考核。")
    assert [s.title for s in doc.sections] == ["工作情况", "今后打算"]
    assert [[p.phase for p in s.paragraphs] for s in doc.sections] == [[None], ["plan", "plan"]]


def test_the_turn_to_the_answer_worded_as_the_handling_with_the_first_sub_heading_on_its_line() -> None:
    doc = checked(
        "关于区政协三届二次会议第46号提案的答复\n周某委员：\n您提出的提案收悉。经认真研究，"
        "现将办理情况答复如下：（一）关于场地保障\n已协调两处用房。\n（二）关于人员配备\n已招聘社工六名。" + TAIL
    )
    assert [(s.level, s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "cn-paren", "（一）", "关于场地保障", ["已协调两处用房。"]),
        (1, "cn-paren", "（二）", "关于人员配备", ["已招聘社工六名。"]),
    ]
    assert doc.preamble[-1].text.endswith("现将办理情况答复如下：")


def test_parenthesised_number_points_quoted_in_the_opening_before_the_turn() -> None:
    doc = checked(
        "关于区政协三届二次会议第47号提案的答复\n周某委员：\n您在提案中提出：\n（1）增设社区食堂；\n"
        "（2）开展上门助浴服务。\n经研究，现答复如下：\n一、关于社区食堂\n已新建三处。\n二、关于上门助浴\n已试点两个街道。"
        + TAIL
    )
    assert tree(doc) == [(1, "cn", "一、", "关于社区食堂"), (1, "cn", "二、", "关于上门助浴")]
    assert [p.text for p in doc.preamble] == [
        "您在提案中提出：",
        "（1）增设社区食堂；",
        "（2）开展上门助浴服务。",
        "经研究，现答复如下：",
    ]


def test_a_plain_text_table_of_numbered_rows_inside_a_section() -> None:
    doc = body(
        "一、补贴发放情况\n今年各街道发放情况如下：\n序号　街道　户数　金额（万元）\n1　甲街道　120　36.5\n"
        "2　乙街道　85　25.2\n3　丙街道　64　19.0\n二、下步打算\n继续做好发放工作。"
    )
    assert tree(doc) == [(1, "cn", "一、", "补贴发放情况"), (1, "cn", "二、", "下步打算")]
    kept = section_text(doc, doc.sections[0])
    assert "甲街道" in kept and "丙街道" in kept and "19.0" in kept


def test_an_attachment_labelled_with_an_ideograph_holds_its_own_numbering() -> None:
    doc = checked(
        "关于做好养老补贴发放工作的通知\n各街道：\n请按附件标准做好发放工作。\n附件：补贴标准\n某区民政局\n2024年7月8日\n"
        "附件一\n补贴标准\n一、发放对象\n内容。\n二、补贴金额\n内容。"
    )
    assert doc.sections == ()
    assert doc.attachments == ("补贴标准",)
    assert doc.signature is not None and doc.signature.issuers == ("某区民政局",)


def test_a_reply_without_any_marker_with_progress_and_plan() -> None:
    doc = body(
        "近年来，我局持续推进社区服务站建设。\n目前全区已建成站点四十个。\n下一步，我局将加快补齐短板。\n感谢您对民政工作的关心和支持。"
    )
    assert doc.sections == ()
    texts = [(p.text, p.phase) for p in doc.preamble]
    assert texts[-3:] == [
        ("近年来，我局持续推进社区服务站建设。", "progress"),
        ("目前全区已建成站点四十个。", "progress"),
        ("下一步，我局将加快补齐短板。", "plan"),
    ]
    assert doc.closing is not None and doc.closing.text == "感谢您对民政工作的关心和支持。"


def test_a_long_body_of_four_levels_restarting_at_each_level() -> None:
    lines: list[str] = []
    expected: list[tuple[int, str, str, str | None]] = []
    cn = "一二三"
    for a in range(3):
        lines.append(f"{cn[a]}、第{a + 1}方面工作")
        expected.append((1, "cn", f"{cn[a]}、", f"第{a + 1}方面工作"))
        for b in range(2):
            lines.append(f"（{cn[b]}）第{a + 1}方面第{b + 1}项")
            expected.append((2, "cn-paren", f"（{cn[b]}）", f"第{a + 1}方面第{b + 1}项"))
            for c in range(2):
                lines.append(f"{c + 1}.具体任务{a + 1}{b + 1}{c + 1}")
                expected.append((3, "num", f"{c + 1}.", f"具体任务{a + 1}{b + 1}{c + 1}"))
                for d in range(2):
                    lines.append(f"（{d + 1}）细项{a + 1}{b + 1}{c + 1}{d + 1}")
                    expected.append((4, "num-paren", f"（{d + 1}）", f"细项{a + 1}{b + 1}{c + 1}{d + 1}"))
                    lines.append("本项工作已按计划推进，群众反映良好，下一阶段将继续巩固提升成果。")
    doc = body("\n".join(lines))
    assert tree(doc) == expected
    assert "numbering-gap" not in codes(doc)
    deepest = doc.sections[2].sections[1].sections[1].sections[1]
    assert paragraphs(deepest) == ["本项工作已按计划推进，群众反映良好，下一阶段将继续巩固提升成果。"]


def test_a_heading_wrapped_inside_a_phrase_over_two_lines() -> None:
    doc = body(
        "一、关于老旧小区加装电梯资金补贴和后续维护管理\n机制的问题\n已出台补贴办法。\n二、关于停车问题\n已新增车位。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于老旧小区加装电梯资金补贴和后续维护管理机制的问题", ["已出台补贴办法。"]),
        ("关于停车问题", ["已新增车位。"]),
    ]


# --- batch 1's causes, each from a new example (written after the fix, expected by hand) ----------


def test_parenthesis_free_ideographs_parted_from_short_titles_by_a_space() -> None:
    doc = body("一 办理情况\n已召开协调会两次。\n二 下步安排\n下一步，将加快推进。\n三 有关说明\n以上供参考。")
    assert [(s.style, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        ("cn", 1, "一", "办理情况"),
        ("cn", 2, "二", "下步安排"),
        ("cn", 3, "三", "有关说明"),
    ]
    assert [p.phase for p in doc.sections[1].paragraphs] == ["plan"]


def test_a_spaced_numeral_counting_years_or_a_letter_spaced_line_opens_no_section() -> None:
    doc = body("一、工作回顾\n十 年来我区累计投入资金两亿元\n五 年 规 划\n内容。")
    assert tree(doc) == [(1, "cn", "一、", "工作回顾")]


def test_rows_of_a_space_laid_table_numbered_in_their_first_cell_stay_in_the_section() -> None:
    doc = body(
        "一、项目推进情况\n序号  项目  投资（亿元）  进度\n1  东区泵站  2.4  80%\n2  西区管网  1.1  65%\n"
        "二、存在问题\n部分项目进度滞后。"
    )
    assert tree(doc) == [(1, "cn", "一、", "项目推进情况"), (1, "cn", "二、", "存在问题")]
    assert "西区管网" in section_text(doc, doc.sections[0])


def test_a_number_set_off_by_a_space_before_a_short_heading_stays_a_section() -> None:
    doc = body("1 推进5G网络建设\n已建成基站两百个。\n2 完善配套\n内容。")
    assert [(s.style, s.ordinal, s.title) for s in doc.sections] == [
        ("num", 1, "推进5G网络建设"),
        ("num", 2, "完善配套"),
    ]


def test_a_long_about_heading_whose_frame_closes_on_the_next_line() -> None:
    doc = body(
        "一、工作措施\n（一）关于进一步规范城区共享单车停放秩序和加强日常\n监管的建议\n已划定停放区一千处。\n"
        "（二）关于夜间照明\n已增设路灯。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("关于进一步规范城区共享单车停放秩序和加强日常监管的建议", ["已划定停放区一千处。"]),
        ("关于夜间照明", ["已增设路灯。"]),
    ]


def test_a_short_about_heading_keeps_the_next_short_line_as_its_paragraph() -> None:
    doc = body("一、关于停车收费\n按现行标准的情况\n内容。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("关于停车收费", ["按现行标准的情况", "内容。"])]


# --- batch 2 (written before the parser ran on it) -------------------------------------------------


def test_top_level_points_quoted_in_the_opening_before_an_answer_in_opinion_words() -> None:
    doc = checked(
        "关于区政协三届二次会议第48号提案的答复\n周某委员：\n您在提案中建议：\n一、加大社区用房保障。\n"
        "二、完善社工薪酬体系。\n经研究，答复意见如下：\n一、关于社区用房\n已腾退用房三处。\n二、关于社工薪酬\n已出台指导标准。"
        + TAIL
    )
    assert tree(doc) == [(1, "cn", "一、", "关于社区用房"), (1, "cn", "二、", "关于社工薪酬")]
    assert [p.text for p in doc.preamble] == [
        "您在提案中建议：",
        "一、加大社区用房保障。",
        "二、完善社工薪酬体系。",
        "经研究，答复意见如下：",
    ]


def test_first_in_the_opening_and_last_in_the_closing_are_no_enumeration() -> None:
    doc = checked(
        "关于区政协三届二次会议第49号提案的答复\n周某委员：\n首先，感谢您对民政工作的关心。现答复如下：\n"
        "一、关于助餐服务\n已新建助餐点五个。\n最后，再次感谢您对民政工作的关心和支持。" + TAIL
    )
    assert [items(p) for p in doc.preamble] == [[]]
    assert [items(p) for p in doc.sections[0].paragraphs] == [[]]
    assert doc.closing is not None and doc.closing.items == ()


def test_ordinal_word_lines_with_short_leads_are_members_not_sections() -> None:
    doc = body("一、具体措施\n第一，关于资金保障\n今年安排资金五百万元。\n第二，关于人员配备\n已招聘社工六名。")
    assert tree(doc) == [(1, "cn", "一、", "具体措施")]
    ps = doc.sections[0].paragraphs
    assert [p.text for p in ps] == [
        "第一，关于资金保障",
        "今年安排资金五百万元。",
        "第二，关于人员配备",
        "已招聘社工六名。",
    ]
    assert [items(p) for p in ps] == [[(1, "第一", "关于资金保障")], [], [(2, "第二", "关于人员配备")], []]


def test_is_members_on_heading_like_lines_of_their_own() -> None:
    doc = body("一、主要做法\n一是加强组织领导\n成立工作专班。\n二是完善工作机制\n建立周例会制度。")
    assert tree(doc) == [(1, "cn", "一、", "主要做法")]
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [[(1, "一是", "加强组织领导")], [], [(2, "二是", "完善工作机制")], []]


def test_members_in_two_sub_sections_are_two_lone_members() -> None:
    doc = body("一、工作情况\n（一）巡查\n一是加强日常巡查。\n（二）整改\n二是加快问题整改。")
    assert [[items(p) for p in s.paragraphs] for s in doc.sections[0].sections] == [[[]], [[]]]


def test_twelve_is_members_in_one_paragraph() -> None:
    numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    text = "".join(f"{n}是任务{i + 1}；" for i, n in enumerate(numerals)).rstrip("；") + "。"
    doc = body("一、重点任务\n" + text)
    assert items(doc.sections[0].paragraphs[0]) == [(i + 1, f"{n}是", f"任务{i + 1}") for i, n in enumerate(numerals)]


def test_january_and_february_written_as_two_ideographs_open_no_section() -> None:
    doc = body("一、投诉办理\n一、二月份全区共受理投诉三百件，同比下降一成。\n二、下步打算\n继续做好办理工作。")
    assert tree(doc) == [(1, "cn", "一、", "投诉办理"), (1, "cn", "二、", "下步打算")]
    assert paragraphs(doc.sections[0]) == ["一、二月份全区共受理投诉三百件，同比下降一成。"]


def test_first_and_second_grade_pupils_open_no_section() -> None:
    doc = body("一、课后服务\n一、二年级学生参与率达到九成以上，家长满意度较高。\n二、存在问题\n师资不足。")
    assert tree(doc) == [(1, "cn", "一、", "课后服务"), (1, "cn", "二、", "存在问题")]
    assert paragraphs(doc.sections[0]) == ["一、二年级学生参与率达到九成以上，家长满意度较高。"]


def test_a_plan_in_a_parent_before_its_sub_sections_ends_at_the_first_sub_heading() -> None:
    doc = body(
        "一、关于养老服务\n目前已建成站点十个。\n下一步，将继续扩大覆盖。\n（一）助餐服务\n已开通助餐点五个。\n"
        "（二）助浴服务\n已开展试点。"
    )
    s = doc.sections[0]
    assert [p.phase for p in s.paragraphs] == ["progress", "plan"]
    assert [[p.phase for p in sub.paragraphs] for sub in s.sections] == [[None], [None]]


def test_a_plan_word_after_the_subject_opens_no_plan() -> None:
    doc = body("一、关于资金保障\n今年已安排资金三百万元。\n我局下一步将积极争取上级资金。")
    assert [p.phase for p in doc.sections[0].paragraphs] == [None, None]


def test_tab_separated_rows_numbered_in_their_first_cell() -> None:
    doc = body("一、资金使用情况\n序号\t项目\t金额\n1\t助餐补贴\t120\n2\t助浴补贴\t45\n二、下步打算\n继续做好监管。")
    assert tree(doc) == [(1, "cn", "一、", "资金使用情况"), (1, "cn", "二、", "下步打算")]
    assert "助浴补贴" in section_text(doc, doc.sections[0])


def test_a_letter_spaced_attachment_label_over_a_numbered_attachment_body() -> None:
    doc = checked(
        "关于做好社区用房调剂工作的通知\n各街道：\n请按附件要求做好调剂工作。\n附件：1.调剂原则\n2.调剂流程\n"
        "某区民政局\n2024年7月8日\n附 件 2\n调剂流程\n一、申报\n内容。\n二、审核\n内容。"
    )
    assert doc.sections == ()
    assert doc.attachments == ("调剂原则", "调剂流程")


def test_circled_points_straight_under_an_ideograph_and_parenthesised_ideographs_under_the_next() -> None:
    doc = body("一、已完成事项\n①修缮屋面\n内容。\n②更换管线\n内容。\n二、待办事项\n（一）加装电梯\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "已完成事项"),
        (2, "circled", "①", "修缮屋面"),
        (2, "circled", "②", "更换管线"),
        (1, "cn", "二、", "待办事项"),
        (2, "cn-paren", "（一）", "加装电梯"),
    ]


def test_a_heading_with_a_dash_and_a_subtitle() -> None:
    doc = body("一、坚持问题导向——着力破解停车难题\n已新增泊位两千个。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("坚持问题导向——着力破解停车难题", ["已新增泊位两千个。"])
    ]


def test_arabic_points_mixing_a_short_heading_and_a_long_point_with_members() -> None:
    point = "目前我区共有托育机构二十家，一是新建普惠托位三百个；二是开展托育人员培训四期。"
    doc = body(f"1.关于托位供给\n内容。\n2.{point}")
    assert [(s.style, s.title) for s in doc.sections] == [("num", "关于托位供给"), ("num", None)]
    p = doc.sections[1].paragraphs[0]
    assert p.text == point
    assert items(p) == [(1, "一是", "新建普惠托位三百个"), (2, "二是", "开展托育人员培训四期")]


def test_must_members_after_a_street_offices_name() -> None:
    doc = body("一、工作要求\n各街道一要摸清底数；二要建立台账；三要定期报送。")
    assert items(doc.sections[0].paragraphs[0]) == [
        (1, "一要", "摸清底数"),
        (2, "二要", "建立台账"),
        (3, "三要", "定期报送"),
    ]


def test_a_heading_right_after_the_salutation_leaves_no_opening() -> None:
    doc = checked(
        "关于区政协三届二次会议第50号提案的答复\n周某委员：\n一、关于场地\n已落实。\n二、关于经费\n已列支。" + TAIL
    )
    assert doc.preamble == ()
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "关于场地", ["已落实。"]),
        ("二、", "关于经费", ["已列支。"]),
    ]


def test_one_reason_and_the_other_in_two_paragraphs() -> None:
    doc = body("一、关于延长开放时间\n其一，现有人员难以支撑夜间开放。\n其二，夜间安保力量不足。\n我们将继续研究。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [[(1, "其一", "现有人员难以支撑夜间开放")], [(2, "其二", "夜间安保力量不足")], []]


# --- batch 2's causes, each from a new example (written after the fix, expected by hand) ----------


def test_ideograph_pairs_counting_floors_and_months_inside_a_section_stay_sentences() -> None:
    doc = body(
        "一、加装电梯\n三、四号楼已完成加装，居民出行更加便利。\n五、六月份将启动七号楼施工，预计年底完工。\n"
        "二、资金保障\n已拨付补贴。"
    )
    assert tree(doc) == [(1, "cn", "一、", "加装电梯"), (1, "cn", "二、", "资金保障")]
    assert len(paragraphs(doc.sections[0])) == 2


def test_a_heading_about_two_months_after_the_first_heading_keeps_its_marker() -> None:
    doc = body("一、工作回顾\n内容。\n二、三月份工作安排\n内容。")
    assert [(s.ordinal, s.title) for s in doc.sections] == [(1, "工作回顾"), (2, "三月份工作安排")]


def test_members_after_an_association_or_a_brigade_speaking_of_itself() -> None:
    doc = body("一、工作措施\n我会一是组织专家论证；二是开展会员培训。\n区执法大队一方面加强巡查，另一方面从严查处。")
    ps = doc.sections[0].paragraphs
    assert items(ps[0]) == [(1, "一是", "组织专家论证"), (2, "二是", "开展会员培训")]
    assert [(i.ordinal, i.marker) for i in ps[1].items] == [(1, "一方面"), (2, "另一方面")]


def test_a_word_ending_in_a_subject_character_before_one_is_still_no_member() -> None:
    doc = body("一、工作措施\n统一是基本要求；二是其他。")
    assert items(doc.sections[0].paragraphs[0]) == []


# --- batch 3 (written before the parser ran on it) -------------------------------------------------


def test_the_turn_line_ending_on_the_first_marker_alone() -> None:
    doc = checked(
        "关于区政协三届二次会议第51号提案的答复\n周某委员：\n您的提案收悉，现答复如下：一、\n关于场地保障\n"
        "已协调两处用房。\n二、关于人员配备\n已招聘社工六名。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "关于场地保障", ["已协调两处用房。"]),
        ("二、", "关于人员配备", ["已招聘社工六名。"]),
    ]
    assert doc.preamble[-1].text == "您的提案收悉，现答复如下："


def test_the_turn_line_with_a_wide_gap_before_the_first_heading() -> None:
    doc = checked(
        "关于区政协三届二次会议第52号提案的答复\n周某委员：\n您的提案收悉，现答复如下：　　一、关于场地保障\n"
        "已协调两处用房。\n二、关于人员配备\n已招聘社工六名。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "关于场地保障", ["已协调两处用房。"]),
        ("二、", "关于人员配备", ["已招聘社工六名。"]),
    ]


def test_points_quoted_inside_an_open_quotation_mark_in_the_opening() -> None:
    doc = checked(
        "关于区政协三届二次会议第53号提案的答复\n周某委员：\n您在提案中提出：“\n1.增设社区食堂；\n2.开展上门助浴服务。”\n"
        "现答复如下：\n一、关于社区食堂\n已新建三处。\n二、关于上门助浴\n已试点两个街道。" + TAIL
    )
    assert tree(doc) == [(1, "cn", "一、", "关于社区食堂"), (1, "cn", "二、", "关于上门助浴")]
    assert "1.增设社区食堂；" in "\n".join(p.text for p in doc.preamble)


def test_members_quoted_in_the_opening_are_its_items() -> None:
    doc = checked(
        "关于区政协三届二次会议第54号提案的答复\n周某委员：\n您在提案中建议：一是增设社区食堂；二是开展上门助浴。\n"
        "现答复如下：\n一、关于社区食堂\n已新建三处。" + TAIL
    )
    assert items(doc.preamble[0]) == [(1, "一是", "增设社区食堂"), (2, "二是", "开展上门助浴")]
    assert tree(doc) == [(1, "cn", "一、", "关于社区食堂")]


def test_a_sentence_citing_an_article_of_a_regulation_is_no_article() -> None:
    doc = body("一、关于维修资金使用\n第三十五条规定，维修资金应当专项用于共用部位的维修。\n据此，我局将加强监管。")
    assert tree(doc) == [(1, "cn", "一、", "关于维修资金使用")]
    assert paragraphs(doc.sections[0]) == [
        "第三十五条规定，维修资金应当专项用于共用部位的维修。",
        "据此，我局将加强监管。",
    ]


def test_a_heading_wrapped_inside_an_open_quotation() -> None:
    doc = body("一、关于推进“十五分钟社区\n生活圈”建设\n已完成规划编制。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于推进“十五分钟社区生活圈”建设", ["已完成规划编制。"])
    ]


def test_a_heading_wrapped_inside_an_open_title_mark() -> None:
    doc = body("一、工作情况\n（二）关于贯彻落实《某市养老服务\n条例》情况\n已开展执法检查。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == ("关于贯彻落实《某市养老服务条例》情况", ["已开展执法检查。"])


def test_a_heading_line_of_more_than_thirty_characters_listing_with_pause_marks() -> None:
    title = "关于加强老旧小区加装电梯、停车设施、充电桩和养老服务设施配套建设的问题"
    doc = body(f"一、{title}\n已列入年度计划。\n二、关于资金\n已落实。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        (title, ["已列入年度计划。"]),
        ("关于资金", ["已落实。"]),
    ]
    assert "page-break-joined" not in codes(doc)


def test_a_run_in_title_holding_a_decimal_figure() -> None:
    doc = body("一、项目建设\n（一）完成投资1.2亿元。其中市级资金占六成。\n（二）开工项目五个\n内容。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == ("完成投资1.2亿元", ["其中市级资金占六成。"])


def test_members_run_on_across_a_table_between_their_paragraphs() -> None:
    doc = body("一、主要做法\n一是摸清底数。\n| 街道 | 户数 |\n|---|---|\n| 甲 | 12 |\n二是建立台账。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [[(1, "一是", "摸清底数")], [(2, "二是", "建立台账")]]


def test_an_attachment_label_with_its_title_after_a_colon() -> None:
    doc = checked(
        "关于做好社区用房调剂工作的通知\n各街道：\n请按附件要求做好调剂工作。\n附件：调剂原则\n某区民政局\n2024年7月8日\n"
        "附件1：调剂原则\n一、统筹使用\n内容。\n二、就近调剂\n内容。"
    )
    assert doc.sections == ()
    assert doc.attachments == ("调剂原则",)


def test_a_plan_word_inside_a_paragraph_opens_no_plan() -> None:
    doc = body("一、关于助餐\n目前已建成助餐点五个，下一步将向农村延伸。\n服务对象满意度较高。")
    assert [p.phase for p in doc.sections[0].paragraphs] == [None, None]


def test_arabic_points_whose_titles_open_with_a_figure_after_a_space() -> None:
    doc = body("1. 5G基站建设\n已建成两百个。\n2. 千兆光网覆盖\n已覆盖九成小区。")
    assert [(s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections] == [
        ("num", 1, "5G基站建设", ["已建成两百个。"]),
        ("num", 2, "千兆光网覆盖", ["已覆盖九成小区。"]),
    ]


def test_the_first_secretary_and_the_second_round_are_no_members() -> None:
    doc = body("一、驻村工作\n第一书记驻村以来，走访农户两百户，第二轮帮扶已经启动。")
    assert items(doc.sections[0].paragraphs[0]) == []


def test_a_sentence_about_the_first_lesson_is_no_section() -> None:
    doc = body("一、课后服务\n第一节课后服务从下午三点半开始，由学校统筹安排教师。\n二、存在问题\n师资不足。")
    assert tree(doc) == [(1, "cn", "一、", "课后服务"), (1, "cn", "二、", "存在问题")]


# --- batch 3's causes, each from a new example (written after the fix, expected by hand) ----------


def test_a_handling_turn_ending_on_a_lone_parenthesised_first_marker() -> None:
    doc = checked(
        "关于区政协三届二次会议第55号提案的答复\n周某委员：\n经研究，现将办理情况答复如下：（一）\n加快道路改造\n"
        "已完成两条道路。\n（二）完善公交线网\n已新开线路一条。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("（一）", "加快道路改造", ["已完成两条道路。"]),
        ("（二）", "完善公交线网", ["已新开线路一条。"]),
    ]


def test_a_turn_with_a_tab_before_the_first_arabic_point() -> None:
    doc = checked(
        "关于区政协三届二次会议第56号提案的答复\n周某委员：\n您的提案收悉，现函复如下：\t1.关于路灯\n已增设路灯。\n2.关于绿化\n已补种。"
        + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("1.", "关于路灯", ["已增设路灯。"]),
        ("2.", "关于绿化", ["已补种。"]),
    ]


def test_a_flattened_page_with_gaps_before_its_turn_is_no_turn_cut() -> None:
    doc = checked(
        "关于某事项的答复　　王某代表：　　您的建议收悉，现答复如下：　　一、已经办理。　　某区某局　　2024年1月2日"
    )
    assert doc.sections == () or doc.sections[0].marker == "一、"
    assert "internal-error" not in codes(doc)


def test_sentences_citing_what_an_article_makes_clear_and_a_regulations_own_article() -> None:
    doc = body("一、关于公共收益\n第八条明确，公共收益归全体业主所有。\n第九条之规定已在小区公示。")
    assert tree(doc) == [(1, "cn", "一、", "关于公共收益")]
    assert len(paragraphs(doc.sections[0])) == 2
    regulation = body("第一条 为规范公共收益管理，制定本办法。\n第二条 本办法适用于本区住宅小区。")
    assert [(s.style, s.ordinal) for s in regulation.sections] == [("article", 1), ("article", 2)]


def test_a_sentence_counting_the_third_lesson_and_a_regulations_section() -> None:
    doc = body("一、课程安排\n第三节课安排体育活动，确保学生每天锻炼一小时。")
    assert tree(doc) == [(1, "cn", "一、", "课程安排")]
    regulation = body("第一节 一般规定\n内容。\n第二节 管理职责\n内容。")
    assert [(s.style, s.title) for s in regulation.sections] == [("section", "一般规定"), ("section", "管理职责")]


def test_headings_wrapped_inside_an_open_bracket_and_an_open_quote() -> None:
    doc = body(
        "一、工作情况\n（一）关于“放管服”改革和“一网\n通办”建设\n内容。\n（二）关于社区服务（含养老\n助餐）\n内容。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("关于“放管服”改革和“一网通办”建设", ["内容。"]),
        ("关于社区服务（含养老助餐）", ["内容。"]),
    ]


def test_a_heading_with_an_open_quote_keeps_a_next_line_that_does_not_close_it() -> None:
    doc = body("一、关于“一网\n已完成系统升级。")
    assert paragraphs(doc.sections[0]) == ["已完成系统升级。"]


def test_a_long_heading_listing_four_items_with_pause_marks_stays_apart_from_its_text() -> None:
    title = "关于进一步完善社区卫生服务中心、养老院、托育园和文化活动中心布局规划的建议"
    doc = body(f"一、{title}\n已纳入规划。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [(title, ["已纳入规划。"])]


def test_a_point_of_more_than_thirty_characters_with_a_comma_left_open_still_joins() -> None:
    doc = body("1.目前我区已为全部公交车辆安装卫星定位和视频监控设备，乘客可通过手机\n查询车辆到站时间。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        (None, ["目前我区已为全部公交车辆安装卫星定位和视频监控设备，乘客可通过手机查询车辆到站时间。"])
    ]


def test_an_attachment_numbered_in_words_with_its_title_over_its_own_points() -> None:
    doc = checked(
        "关于做好防汛工作的通知\n各街道：\n请按附件要求做好防汛工作。\n附件：防汛工作要点\n某区应急管理局\n2024年6月1日\n"
        "附件一：防汛工作要点\n1.加强巡查\n内容。\n2.落实值守\n内容。"
    )
    assert doc.sections == ()
    assert doc.attachments == ("防汛工作要点",)


def test_a_numbered_attachment_list_before_the_signature_stays_the_list() -> None:
    doc = checked(
        "关于做好防汛工作的通知\n各街道：\n请按附件要求做好防汛工作。\n附件1：防汛工作要点\n2.值班安排表\n某区应急管理局\n2024年6月1日"
    )
    assert doc.attachments == ("防汛工作要点", "值班安排表")
    assert doc.signature is not None and doc.signature.issuers == ("某区应急管理局",)


# --- batch 4 (written before the parser ran on it) -------------------------------------------------


def test_next_and_last_without_a_first_are_no_enumeration() -> None:
    doc = body("一、工作措施\n其次，要加强宣传。最后，要加强考核。")
    assert items(doc.sections[0].paragraphs[0]) == []


def test_ordinal_word_members_followed_by_a_last_that_is_not_theirs() -> None:
    doc = body("一、工作措施\n第一，摸清底数；第二，制定方案。最后，请各街道按时报送。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "第一", "摸清底数"), (2, "第二", "制定方案")]
    assert p.items[1].text == "第二，制定方案。最后，请各街道按时报送。"


def test_another_side_alone_is_no_member() -> None:
    doc = body("一、关于资金\n另一方面，我们也看到资金缺口依然存在。")
    assert items(doc.sections[0].paragraphs[0]) == []


def test_a_point_without_a_title_that_opens_with_next_step_is_the_plan() -> None:
    first = "目前全区已建成充电桩三千个，基本覆盖主要居住小区，群众反映良好。"
    plan = "下一步，我们将结合老旧小区改造继续增设充电设施，逐步解决充电难问题。"
    doc = body(f"1.{first}\n2.{plan}")
    assert [(s.title, [(p.text, p.phase) for p in s.paragraphs]) for s in doc.sections] == [
        (None, [(first, None)]),
        (None, [(plan, "plan")]),
    ]


def test_a_run_in_plan_title_over_a_sentence_that_opens_with_we_gives_no_plan() -> None:
    doc = body("一、关于助餐\n（一）工作情况。已建成助餐点五个。\n（二）下一步工作。我们将继续扩大覆盖。")
    subs = doc.sections[0].sections
    assert [(s.title, [(p.text, p.phase) for p in s.paragraphs]) for s in subs] == [
        ("工作情况", [("已建成助餐点五个。", None)]),
        ("下一步工作", [("我们将继续扩大覆盖。", None)]),
    ]


def test_a_heading_line_with_an_inner_comma_and_a_final_full_stop() -> None:
    doc = body("一、工作措施\n（一）强化统筹，形成合力。\n成立工作专班。\n（二）完善机制，压实责任\n建立周例会制度。")
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("强化统筹，形成合力", ["成立工作专班。"]),
        ("完善机制，压实责任", ["建立周例会制度。"]),
    ]


def test_a_run_in_title_holding_an_inner_comma() -> None:
    doc = body("一、工作措施\n（一）强化统筹，形成合力。各部门要加强协作，定期会商。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == ("强化统筹，形成合力", ["各部门要加强协作，定期会商。"])


def test_the_last_members_lead_runs_to_the_paragraph_end_without_a_stop() -> None:
    doc = body("一、工作措施\n一是加强巡查；二是加快整改")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_a_progress_run_and_a_plan_run_in_one_section() -> None:
    doc = body("一、关于停车\n一是新增泊位两千个；二是开放机关停车场。\n下一步，一是建设立体车库；二是推广错时停车。")
    ps = doc.sections[0].paragraphs
    assert [(p.phase, items(p)) for p in ps] == [
        ("progress", [(1, "一是", "新增泊位两千个"), (2, "二是", "开放机关停车场")]),
        ("plan", [(1, "一是", "建设立体车库"), (2, "二是", "推广错时停车")]),
    ]


def test_organ_names_as_unmarked_sub_headings_before_the_signature() -> None:
    doc = checked(
        "关于做好加装电梯工作的通知\n各街道：\n现将有关分工通知如下：\n一、责任分工\n区住建委\n负责加装电梯审批。\n"
        "区财政局\n负责补贴资金拨付。\n二、工作要求\n请各单位按时报送进度。\n某区人民政府\n2024年7月8日"
    )
    assert tree(doc) == [(1, "cn", "一、", "责任分工"), (1, "cn", "二、", "工作要求")]
    assert paragraphs(doc.sections[0]) == ["区住建委", "负责加装电梯审批。", "区财政局", "负责补贴资金拨付。"]
    assert doc.signature is not None and doc.signature.issuers == ("某区人民政府",)


def test_a_hard_wrapped_text_whose_long_heading_fills_the_width() -> None:
    lines = [
        "您的提案收悉，现答复如下：",
        "一、关于进一步加快推进城区老旧",
        "小区加装电梯工作",
        "今年以来，我区共完成加装电梯一",
        "百二十台，惠及居民三千余户，居",
        "民满意度明显提升。",
        "二、关于资金保障",
        "区财政已安排专项补贴资金两千万",
        "元，并简化了资金拨付流程，确保",
        "补贴及时到位。",
    ]
    doc = checked("关于区政协三届二次会议第57号提案的答复\n周某委员：\n" + "\n".join(lines) + TAIL)
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        (
            "关于进一步加快推进城区老旧小区加装电梯工作",
            ["今年以来，我区共完成加装电梯一百二十台，惠及居民三千余户，居民满意度明显提升。"],
        ),
        ("关于资金保障", ["区财政已安排专项补贴资金两千万元，并简化了资金拨付流程，确保补贴及时到位。"]),
    ]


def test_members_in_a_paragraph_three_levels_down() -> None:
    doc = body("一、工作情况\n（一）基础设施\n1.道路改造\n一是拓宽主干道；二是改造人行道。")
    point = doc.sections[0].sections[0].sections[0]
    assert (point.marker, point.title) == ("1.", "道路改造")
    assert items(point.paragraphs[0]) == [(1, "一是", "拓宽主干道"), (2, "二是", "改造人行道")]


def test_one_side_and_the_other_inside_the_first_member_stay_in_its_text() -> None:
    doc = body("一、工作措施\n一是加强巡查，一方面增加巡查频次，另一方面扩大巡查范围；二是加快整改。")
    p = doc.sections[0].paragraphs[0]
    assert [(i.ordinal, i.marker) for i in p.items] == [(1, "一是"), (2, "二是")]
    assert p.items[0].text == "一是加强巡查，一方面增加巡查频次，另一方面扩大巡查范围；"


def test_parenthesised_numbers_inline_inside_a_member() -> None:
    doc = body("一、工作措施\n一是加强巡查：（1）每日巡查；（2）每周通报。二是加快整改。")
    assert tree(doc) == [(1, "cn", "一、", "工作措施")]
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查：（1）每日巡查"), (2, "二是", "加快整改")]


# --- batch 4's cause, from a new example (written after the fix, expected by hand) -------------------


def test_a_hard_wrapped_sub_heading_over_two_lines_stays_apart_from_its_paragraph() -> None:
    heading = "（一）关于加快建设社区嵌入式养老服务设施"
    first = "目前全区已建成嵌入式养老服务设施二十处，今年还将新建五处，服务能力不断增强。"
    second = "今年已举办培训班六期，累计培训护理人员四百余人次，持证上岗率达到九成。"
    width = 16
    lines = ["您的提案收悉，现答复如下：", "一、工作情况"]
    for text in (heading, first, "（二）关于护理人员培训", second):
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    doc = checked("关于区政协三届二次会议第58号提案的答复\n周某委员：\n" + "\n".join(lines) + TAIL)
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("关于加快建设社区嵌入式养老服务设施", [first]),
        ("关于护理人员培训", [second]),
    ]


# --- batch 5 (written before the parser ran on it) -------------------------------------------------


def test_points_quoted_with_ideographs_before_an_answer_numbered_with_parenthesised_ideographs() -> None:
    doc = checked(
        "关于区政协三届二次会议第59号提案的答复\n周某委员：\n您在提案中建议：\n一、增设社区食堂。\n二、开展上门助浴。\n"
        "现答复如下：\n（一）关于社区食堂\n已新建三处。\n（二）关于上门助浴\n已试点两个街道。" + TAIL
    )
    assert tree(doc) == [(1, "cn-paren", "（一）", "关于社区食堂"), (1, "cn-paren", "（二）", "关于上门助浴")]
    assert [p.text for p in doc.preamble] == [
        "您在提案中建议：",
        "一、增设社区食堂。",
        "二、开展上门助浴。",
        "现答复如下：",
    ]


def test_each_top_section_skipping_a_different_level() -> None:
    doc = body(
        "一、工作情况\n1.道路\n（1）主干道\n内容。\n（2）支路\n内容。\n2.绿化\n内容。\n"
        "二、下步打算\n（一）近期\n1.完成验收\n内容。\n（二）远期\n内容。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "num", "1.", "道路"),
        (3, "num-paren", "（1）", "主干道"),
        (3, "num-paren", "（2）", "支路"),
        (2, "num", "2.", "绿化"),
        (1, "cn", "二、", "下步打算"),
        (2, "cn-paren", "（一）", "近期"),
        (3, "num", "1.", "完成验收"),
        (2, "cn-paren", "（二）", "远期"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_first_and_next_in_the_last_section_before_a_closing_that_opens_with_last() -> None:
    doc = body("一、工作措施\n首先，摸清底数。其次，制定方案。\n最后，再次感谢您对民政工作的关心和支持。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "首先", "摸清底数"), (2, "其次", "制定方案")]


def test_a_hard_wrapped_line_that_opens_with_an_ideograph_pair_of_grades() -> None:
    text = (
        "今年我区继续推进课后服务全覆盖，其中一、二年级学生参与率达到九成以上，"
        "三年级以上学生参与率达到八成，家长满意度逐年提升，课后服务质量明显改善，"
        "各校还结合自身特色开设了科技、体育、艺术等多类兴趣课程，受到学生普遍欢迎。"
    )
    width = 18
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    assert lines[1].startswith("一、二年级")
    doc = body("一、课后服务\n" + "\n".join(lines) + "\n二、师资保障\n已招聘教师三十名。")
    assert tree(doc) == [(1, "cn", "一、", "课后服务"), (1, "cn", "二、", "师资保障")]
    assert paragraphs(doc.sections[0]) == [text]


def test_a_hard_wrapped_line_that_opens_with_a_deadline_date() -> None:
    text = (
        "今年计划改造老旧小区十二个，涉及居民四千余户，目前已完成施工招标，各项目将于"
        "2024年10月底前全部开工，年底前完成主体工程，改造内容包括屋面防水、外墙保温、"
        "雨污分流和道路修缮，并同步增设充电设施和适老化设施，切实改善居民居住条件。"
    )
    width = 19
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    assert lines[2].startswith("2024年")
    doc = body("一、旧区改造\n" + "\n".join(lines) + "\n二、资金保障\n已落实。")
    assert paragraphs(doc.sections[0]) == [text]


def test_a_hard_wrapped_line_that_opens_with_an_attachment_reference() -> None:
    text = (
        "各街道要按照统一标准做好补贴发放工作，发放对象和补贴标准详见"
        "附件1，发放情况请于每月五日前报送区民政局，逾期未报的予以通报，"
        "对发放中发现的问题要及时核查整改，确保补贴资金足额准确发放到位。"
    )
    width = 15
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    assert lines[2].startswith("附件1")
    doc = checked(
        "关于做好养老补贴发放工作的通知\n各街道：\n"
        + "\n".join(lines)
        + "\n附件：1.补贴标准\n2.发放对象名单\n某区民政局\n2024年7月8日"
    )
    assert [p.text for p in doc.preamble] == [text]
    assert doc.attachments == ("补贴标准", "发放对象名单")


def test_a_member_run_continued_after_an_inserted_note_paragraph() -> None:
    doc = body("一、主要做法\n一是建立台账。\n（注：台账每月更新一次）\n二是定期巡查。\n三是限期整改。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "一是", "建立台账")],
        [],
        [(2, "二是", "定期巡查")],
        [(3, "三是", "限期整改")],
    ]


def test_a_section_holding_only_a_markdown_table_before_the_next_heading() -> None:
    doc = body("一、资金安排\n| 项目 | 金额 |\n|---|---|\n| 助餐 | 120 |\n二、下步打算\n继续推进。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("资金安排", []), ("下步打算", ["继续推进。"])]
    assert [t.rows for t in doc.sections[0].tables] == [(("项目", "金额"), ("助餐", "120"))]


def test_ideograph_headings_of_both_stop_widths_and_a_comma_in_one_run() -> None:
    doc = body("一．工作情况\n内容。\n二.存在问题\n内容。\n三，下步打算\n内容。")
    assert [(s.style, s.ordinal, s.title) for s in doc.sections] == [
        ("cn", 1, "工作情况"),
        ("cn", 2, "存在问题"),
        ("cn", 3, "下步打算"),
    ]


def test_ordinal_words_with_a_pause_mark_one_per_line_under_a_colon_lead() -> None:
    doc = body("一、工作要求\n具体要求如下：\n第一、提高认识；\n第二、明确责任；\n第三、按时报送。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [],
        [(1, "第一", "提高认识")],
        [(2, "第二", "明确责任")],
        [(3, "第三", "按时报送")],
    ]


def test_a_long_reply_of_ten_sections_each_with_a_plan() -> None:
    cn = "一二三四五六七八九十"
    parts = []
    for i in range(10):
        parts.append(f"{cn[i]}、关于第{i + 1}项建议\n目前已完成前期调研。\n下一步，将制定实施方案。")
    doc = body("\n".join(parts))
    assert [(s.ordinal, s.title) for s in doc.sections] == [(i + 1, f"关于第{i + 1}项建议") for i in range(10)]
    assert all([p.phase for p in s.paragraphs] == ["progress", "plan"] for s in doc.sections)


# --- batch 6 (written before the parser ran on it) -------------------------------------------------


def test_an_ordinal_word_and_a_next_of_two_families_are_no_run() -> None:
    doc = body("一、工作措施\n第一，摸清底数。其次，制定方案。")
    assert items(doc.sections[0].paragraphs[0]) == []


def test_hash_headings_of_arabic_points_and_parenthesised_numbers() -> None:
    doc = body("## 1. 总体情况\n内容。\n### （1）建设进度\n内容。\n### （2）资金使用\n内容。\n## 2. 存在问题\n内容。")
    assert tree(doc) == [
        (1, "num", "1.", "总体情况"),
        (2, "num-paren", "（1）", "建设进度"),
        (2, "num-paren", "（2）", "资金使用"),
        (1, "num", "2.", "存在问题"),
    ]


def test_a_turn_that_introduces_the_situation_with_the_first_heading_on_its_line() -> None:
    doc = checked(
        "关于区政协三届二次会议第60号提案的答复\n周某委员：\n您的提案收悉。现将有关情况介绍如下：一、关于规划布局\n"
        "已完成专项规划。\n二、关于建设进度\n已开工三处。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "关于规划布局", ["已完成专项规划。"]),
        ("二、", "关于建设进度", ["已开工三处。"]),
    ]


def test_a_turn_in_opinion_words_with_the_first_sub_heading_on_its_line() -> None:
    doc = checked(
        "关于区政协三届二次会议第61号提案的答复\n周某委员：\n您的提案收悉，经研究，答复意见如下：（一）关于场地\n已落实。\n"
        "（二）关于经费\n已列支。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("（一）", "关于场地", ["已落实。"]),
        ("（二）", "关于经费", ["已列支。"]),
    ]


def test_a_turn_line_ending_on_a_lone_arabic_first_marker() -> None:
    doc = checked(
        "关于区政协三届二次会议第62号提案的答复\n周某委员：\n您的提案收悉，现答复如下：1.\n关于场地\n已落实。\n2.关于经费\n已列支。"
        + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("1.", "关于场地", ["已落实。"]),
        ("2.", "关于经费", ["已列支。"]),
    ]


def test_a_plan_sub_heading_line_over_arabic_points() -> None:
    doc = body(
        "一、关于助餐\n目前已建成助餐点五个。\n下一步打算：\n1.扩大覆盖\n向农村延伸。\n2.提升质量\n加强食品安全监管。"
    )
    s = doc.sections[0]
    assert [(p.text, p.phase) for p in s.paragraphs] == [
        ("目前已建成助餐点五个。", "progress"),
        ("下一步打算：", "plan"),
    ]
    assert [(sub.title, [p.phase for p in sub.paragraphs]) for sub in s.sections] == [
        ("扩大覆盖", [None]),
        ("提升质量", [None]),
    ]


# --- batch 6's cause, from a new example (written after the fix, expected by hand) -----------------


def test_turns_in_handling_opinion_and_briefing_words_end_the_opening() -> None:
    doc = checked(
        "关于区政协三届二次会议第63号提案的答复\n周某委员：\n您的提案收悉，现提出办理意见如下：1.关于停车\n已新增泊位。\n"
        "2.关于充电\n已建充电桩。" + TAIL
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("1.", "关于停车"), ("2.", "关于充电")]
    quoted = checked(
        "关于区政协三届二次会议第64号提案的答复\n周某委员：\n您在提案中建议：\n一、增设食堂。\n二、增设浴室。\n"
        "现将有关情况通报如下：\n一、关于食堂\n已建成。\n二、关于浴室\n在建。" + TAIL
    )
    assert tree(quoted) == [(1, "cn", "一、", "关于食堂"), (1, "cn", "二、", "关于浴室")]


# --- batch 7 (written before the parser ran on it) -------------------------------------------------


def test_a_run_inline_for_two_members_then_one_per_line() -> None:
    doc = body("一、主要做法\n一是摸清底数；二是建立台账。\n三是定期巡查。\n四是限期整改。")
    ps = doc.sections[0].paragraphs
    assert [items(p) for p in ps] == [
        [(1, "一是", "摸清底数"), (2, "二是", "建立台账")],
        [(3, "三是", "定期巡查")],
        [(4, "四是", "限期整改")],
    ]


def test_must_members_in_a_plan_part() -> None:
    doc = body("一、关于停车\n已新增泊位两千个。\n下一步，我们一要加快立体车库建设；二要推广错时共享停车。")
    ps = doc.sections[0].paragraphs
    assert [(p.phase, items(p)) for p in ps] == [
        ("progress", []),
        ("plan", [(1, "一要", "加快立体车库建设"), (2, "二要", "推广错时共享停车")]),
    ]


def test_arabic_headings_ending_with_a_full_stop_a_colon_or_nothing() -> None:
    doc = body("一、工作措施\n1.加强巡查。\n内容。\n2.加快整改：\n内容。\n3.强化考核\n内容。")
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("加强巡查", ["内容。"]),
        ("加快整改", ["内容。"]),
        ("强化考核", ["内容。"]),
    ]


def test_a_turn_line_with_a_circled_first_point_on_it() -> None:
    doc = checked(
        "关于区政协三届二次会议第65号提案的答复\n周某委员：\n您的提案收悉，现答复如下：①关于路灯\n已增设。\n②关于绿化\n已补种。"
        + TAIL
    )
    assert [(s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("circled", "①", "关于路灯", ["已增设。"]),
        ("circled", "②", "关于绿化", ["已补种。"]),
    ]


def test_a_part_marker_with_a_colon_alone_on_its_line() -> None:
    doc = body("第一部分：\n工作回顾\n内容。\n第二部分：\n下步打算\n内容。")
    assert [(s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections] == [
        ("part", 1, "工作回顾", ["内容。"]),
        ("part", 2, "下步打算", ["内容。"]),
    ]


# --- batch 8 (written before the parser ran on it) -------------------------------------------------


def test_ideograph_headings_set_off_by_a_tab() -> None:
    doc = body("一\t基本情况\n我区现有社区五十个。\n二\t存在问题\n部分社区用房不足。")
    assert [(s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections] == [
        ("cn", 1, "基本情况", ["我区现有社区五十个。"]),
        ("cn", 2, "存在问题", ["部分社区用房不足。"]),
    ]


def test_spaced_ideograph_headings_running_past_ten() -> None:
    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    doc = body("\n".join(f"{n}　第{i + 1}项工作\n内容。" for i, n in enumerate(cn)))
    assert [(s.ordinal, s.title) for s in doc.sections] == [(i + 1, f"第{i + 1}项工作") for i in range(11)]
    assert "numbering-gap" not in codes(doc)


def test_bold_spaced_ideograph_headings() -> None:
    doc = body("**一　基本情况**\n内容。\n**二　存在问题**\n内容。")
    assert [(s.style, s.ordinal, s.title) for s in doc.sections] == [("cn", 1, "基本情况"), ("cn", 2, "存在问题")]


def test_a_spaced_ideograph_before_a_sentence_is_no_heading() -> None:
    doc = body("一、工作情况\n三　年来，我区累计新建养老床位一千张。")
    assert tree(doc) == [(1, "cn", "一、", "工作情况")]


# --- batch 8's cause, from a new example (written after the fix, expected by hand) -----------------


def test_ideograph_sub_points_parted_from_their_titles_by_tabs_and_a_tabbed_count_that_is_none() -> None:
    doc = body("一、工作安排\n（一）近期\n内容。\n二\t保障措施\n内容。\n三\t年来累计投入两亿元")
    assert [(s.level, s.marker, s.title) for s in doc.sections] == [(1, "一、", "工作安排"), (1, "二", "保障措施")]
    assert paragraphs(doc.sections[1]) == ["内容。", "三\t年来累计投入两亿元"]
