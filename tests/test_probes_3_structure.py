"""Third round of structure probes: short documents written as an outside tester would, to try
what rounds one and two did not (levels that skip or restart, one style at two depths, families
that start late or jump, numbers past ten, marker-like text that is not a marker, lists inside a
paragraph, runs across paragraphs and inside points, plan openers, page breaks, Markdown residue,
sections that end at the signature). Every expected value was written from the contract and the
domain guide before the parser was run; every document also keeps the span invariants and
invents no character."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, items, paragraphs, tree

HEAD = "关于区政协二届三次会议第12号提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n"
TAIL = "\n某区某局\n2024年6月3日"

# Titles at the contract's 30-character limits (counted, not guessed).
T29 = "关于加快推进全区老旧小区综合整治和长效管理机制建设工作情况"
T30 = "关于加快推进全区老旧小区综合整治和长效管理机制建设的工作情况"
T31 = "关于加快推进全区老旧小区的综合整治和长效管理机制建设的工作情况"
assert (len(T29), len(T30), len(T31)) == (29, 30, 31)


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def cn(n: int) -> str:
    """The ideograph numeral of 1..99 as written in markers (十一, 二十, 三十九)."""
    digits = "一二三四五六七八九"
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return head + (digits[units - 1] if units else "")


# --- levels: skipped, restarting, one style at two depths ----------------------------------------


def test_a_level_skipped_under_one_parent_only() -> None:
    doc = body(
        "一、工作情况\n（一）建设\n内容。\n（二）管理\n内容。\n二、下步打算\n1.加快进度\n内容。\n2.强化保障\n内容。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "cn-paren", "（一）", "建设"),
        (2, "cn-paren", "（二）", "管理"),
        (1, "cn", "二、", "下步打算"),
        (2, "num", "1.", "加快进度"),
        (2, "num", "2.", "强化保障"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_the_same_style_at_two_depths_takes_its_level_from_its_parent() -> None:
    doc = body(
        "一、工作情况\n1.建设\n内容。\n2.管理\n内容。\n"
        "二、下步打算\n（一）近期\n1.加快进度\n内容。\n（二）远期\n1.完善规划\n内容。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "num", "1.", "建设"),
        (2, "num", "2.", "管理"),
        (1, "cn", "二、", "下步打算"),
        (2, "cn-paren", "（一）", "近期"),
        (3, "num", "1.", "加快进度"),
        (2, "cn-paren", "（二）", "远期"),
        (3, "num", "1.", "完善规划"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_third_level_numbers_restart_under_each_second_level_parent() -> None:
    doc = body("一、甲\n（一）乙\n1.丙\n内容。\n2.丁\n内容。\n（二）戊\n1.己\n内容。\n2.庚\n内容。\n3.辛\n内容。")
    subs = doc.sections[0].sections
    assert [(s.marker, [c.ordinal for c in s.sections]) for s in subs] == [("（一）", [1, 2]), ("（二）", [1, 2, 3])]
    assert "numbering-gap" not in codes(doc)


def test_a_higher_rank_after_a_skipped_level_closes_the_lower_one() -> None:
    doc = body("一、工作情况\n1.建设\n内容。\n（一）管理\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "num", "1.", "建设"),
        (2, "cn-paren", "（一）", "管理"),
    ]


def test_a_family_that_starts_at_two_keeps_its_ordinals_and_warns() -> None:
    doc = body("二、资金保障\n内容。\n三、人员保障\n内容。")
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.sections] == [
        (1, "cn", 2, "资金保障"),
        (1, "cn", 3, "人员保障"),
    ]
    assert "numbering-gap" in codes(doc)


def test_a_jump_among_sub_sections_keeps_its_ordinals_and_warns() -> None:
    doc = body("一、工作情况\n（一）建设\n内容。\n（三）管理\n内容。")
    assert [(s.ordinal, s.title) for s in doc.sections[0].sections] == [(1, "建设"), (3, "管理")]
    assert "numbering-gap" in codes(doc)


# --- titles: stops, run-in, the 30-character limits -------------------------------------------


def test_heading_lines_with_and_without_a_full_stop() -> None:
    doc = body("一、加强监管。\n各区要落实责任。\n二、完善制度\n各部门要建立台账。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("加强监管", ["各区要落实责任。"]),
        ("完善制度", ["各部门要建立台账。"]),
    ]


def test_a_run_in_heading_and_a_heading_line_alone_give_the_same_title() -> None:
    doc = body("一、加强监管。各区要落实责任。\n二、完善制度\n各部门要建立台账。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("加强监管", ["各区要落实责任。"]),
        ("完善制度", ["各部门要建立台账。"]),
    ]
    first = doc.sections[0].span
    assert doc.text[first.start : first.end] == "一、加强监管。各区要落实责任。"


def test_a_run_in_title_keeps_its_inner_comma() -> None:
    doc = body("一、加强监管，落实责任。各区要建立工作台账，定期开展巡查。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("加强监管，落实责任", ["各区要建立工作台账，定期开展巡查。"]),
    ]


def test_run_in_titles_ended_by_a_colon() -> None:
    doc = body("1.工作目标：到2025年底全面完成改造任务。\n2.工作措施：加强巡查，限期整改。")
    assert [(s.level, s.style, s.title, paragraphs(s)) for s in doc.sections] == [
        (1, "num", "工作目标", ["到2025年底全面完成改造任务。"]),
        (1, "num", "工作措施", ["加强巡查，限期整改。"]),
    ]


def test_a_run_in_title_of_thirty_characters_is_a_title_and_of_thirty_one_is_not() -> None:
    doc = body(f"一、{T30}。目前已完成。\n二、{T31}。目前已完成。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        (T30, ["目前已完成。"]),
        (None, [f"{T31}。目前已完成。"]),
    ]


def test_a_heading_line_that_ends_with_a_stop_past_thirty_characters_is_a_point() -> None:
    doc = body(f"一、{T29}。\n内容。\n二、{T30}说明。\n内容。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        (T29, ["内容。"]),
        (None, [f"{T30}说明。", "内容。"]),
    ]


def test_a_long_heading_line_without_a_stop_is_a_title() -> None:
    title = "关于进一步加强和改进全区老旧小区综合整治及长效管理工作有关情况的说明"
    assert len(title) > 30
    doc = body(f"一、{title}\n内容。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [(title, ["内容。"])]


# --- marker forms: indents, spaces, widths, look-alikes ----------------------------------------


def test_markers_after_an_indent_of_full_width_spaces_or_tabs() -> None:
    doc = body("　　一、加强监管\n　　各区要落实责任。\n  二、完善制度\n\t各部门要建立台账。")
    assert [(s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("cn", "一、", "加强监管", ["各区要落实责任。"]),
        ("cn", "二、", "完善制度", ["各部门要建立台账。"]),
    ]


def test_spaces_between_the_marker_and_the_title() -> None:
    doc = body("一、　加强监管\n内容。\n二、  完善制度\n内容。")
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "加强监管"), ("二、", "完善制度")]


def test_full_width_digits_are_num_markers_as_written() -> None:
    doc = body("１．加强管理\n内容。\n２．完善制度\n内容。")
    assert [(s.level, s.style, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        (1, "num", 1, "１．", "加强管理"),
        (1, "num", 2, "２．", "完善制度"),
    ]


def test_kangxi_radical_ideographs_from_a_pdf_are_cn_markers_as_written() -> None:
    doc = body("⼀、加强管理\n内容。\n⼆、完善制度\n内容。")
    assert [(s.style, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        ("cn", 1, "⼀、", "加强管理"),
        ("cn", 2, "⼆、", "完善制度"),
    ]


def test_half_width_parenthesised_ideographs_are_cn_paren() -> None:
    doc = body("一、工作情况\n(一)建设\n内容。\n(二)管理\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "cn-paren", "(一)", "建设"),
        (2, "cn-paren", "(二)", "管理"),
    ]


def test_ideographs_with_a_comma_stop_head_sections() -> None:
    doc = body("一，加强组织领导\n内容。\n二，完善工作机制\n内容。")
    assert [(s.style, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        ("cn", 1, "一，", "加强组织领导"),
        ("cn", 2, "二，", "完善工作机制"),
    ]


# --- parts, chapters, articles --------------------------------------------------------------------


def test_parts_hold_chapters_that_hold_articles() -> None:
    doc = body(
        "第一部分 总体要求\n第一章 目标\n第一条 到2025年，全面完成改造任务。\n"
        "第二部分 保障措施\n第二章 资金\n第二条 区财政安排专项资金。"
    )
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.iter_sections()] == [
        (1, "part", 1, "总体要求"),
        (2, "chapter", 1, "目标"),
        (3, "article", 1, None),
        (1, "part", 2, "保障措施"),
        (2, "chapter", 2, "资金"),
        (3, "article", 2, None),
    ]
    assert "numbering-gap" not in codes(doc)


def test_an_article_whose_line_is_a_short_heading_has_that_title() -> None:
    doc = body("第一条　适用范围\n本办法适用于全区各类项目。\n第二条 本办法自发布之日起施行。")
    assert [(s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("article", "第一条", "适用范围", ["本办法适用于全区各类项目。"]),
        ("article", "第二条", None, ["本办法自发布之日起施行。"]),
    ]


def test_letter_spaced_chapter_titles() -> None:
    doc = body("第一章　总　则\n第一条 为了规范管理，制定本办法。\n第二章　附　则\n第二条 本办法自发布之日起施行。")
    assert [(s.style, s.title) for s in doc.sections] == [("chapter", "总则"), ("chapter", "附则")]


def test_chapters_hold_ideograph_sections_that_restart() -> None:
    doc = body("第一章 总则\n一、目的\n内容。\n二、原则\n内容。\n第二章 职责\n一、分工\n内容。")
    assert [(s.style, s.title, [(c.level, c.marker) for c in s.sections]) for s in doc.sections] == [
        ("chapter", "总则", [(2, "一、"), (2, "二、")]),
        ("chapter", "职责", [(2, "一、")]),
    ]
    assert "numbering-gap" not in codes(doc)


# --- numbers of ten and more -------------------------------------------------------------------


def test_arabic_numbers_past_nine_run_on() -> None:
    doc = body("\n".join(f"{n}.事项{cn(n)}\n内容。" for n in range(1, 13)))
    assert [(s.ordinal, s.marker, s.title) for s in doc.sections][9:] == [
        (10, "10.", "事项十"),
        (11, "11.", "事项十一"),
        (12, "12.", "事项十二"),
    ]
    assert [s.ordinal for s in doc.sections] == list(range(1, 13))
    assert "numbering-gap" not in codes(doc)


def test_parenthesised_ideographs_past_ten_run_on() -> None:
    doc = body("一、工作措施\n" + "\n".join(f"（{cn(n)}）措施{n}\n内容。" for n in range(1, 13)))
    subs = doc.sections[0].sections
    assert [s.ordinal for s in subs] == list(range(1, 13))
    assert [s.marker for s in subs][9:] == ["（十）", "（十一）", "（十二）"]
    assert {(s.level, s.style) for s in subs} == {(2, "cn-paren")}
    assert "numbering-gap" not in codes(doc)


def test_circled_numbers_past_ten_run_on() -> None:
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
    doc = body("一、工作措施\n" + "\n".join(f"{c}第{n}项措施已落实。" for n, c in enumerate(circled, start=1)))
    subs = doc.sections[0].sections
    assert [(s.level, s.style, s.ordinal, s.marker) for s in subs][10:] == [
        (2, "circled", 11, "⑪"),
        (2, "circled", 12, "⑫"),
    ]
    assert [s.ordinal for s in subs] == list(range(1, 13))


def test_ideographs_of_twenty_and_more_run_on() -> None:
    doc = body("\n".join(f"{cn(n)}、事项\n内容。" for n in range(1, 23)))
    assert [s.ordinal for s in doc.sections] == list(range(1, 23))
    assert [s.marker for s in doc.sections][19:] == ["二十、", "二十一、", "二十二、"]
    assert "numbering-gap" not in codes(doc)


def test_articles_of_twenty_and_more_run_on() -> None:
    doc = body("\n".join(f"第{cn(n)}条 各部门应当履行第{n}项职责。" for n in range(1, 23)))
    assert [(s.style, s.ordinal) for s in doc.sections][19:] == [("article", 20), ("article", 21), ("article", 22)]
    assert "numbering-gap" not in codes(doc)


# --- marker-like text that is not a marker ------------------------------------------------------


def test_decimals_at_line_start_are_body_text() -> None:
    doc = body(
        "一、工作情况\n目前已完成改造。\n1.5倍的补贴标准已落实到位。\n3.5万元专项资金已拨付。\n二、下步打算\n继续推进。"
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert paragraphs(doc.sections[0]) == ["目前已完成改造。", "1.5倍的补贴标准已落实到位。", "3.5万元专项资金已拨付。"]


def test_a_year_and_month_with_a_dot_at_line_start_is_body_text() -> None:
    doc = body("一、工作情况\n2024.5起全面实施新标准。\n2024.6完成验收。")
    assert [s.marker for s in doc.iter_sections()] == ["一、"]
    assert paragraphs(doc.sections[0]) == ["2024.5起全面实施新标准。", "2024.6完成验收。"]


def test_arabic_numbers_joined_by_a_pause_mark_are_body_text() -> None:
    doc = body("一、工作情况\n1、2号线已开通运营。\n3、4号线正在建设。")
    assert [s.marker for s in doc.iter_sections()] == ["一、"]
    assert paragraphs(doc.sections[0]) == ["1、2号线已开通运营。", "3、4号线正在建设。"]


def test_ideographs_joined_by_a_pause_mark_are_body_text() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n二、下步打算\n一、二期工程将于年底前完工。\n三、其他\n内容。")
    assert [(s.marker, len(s.sections)) for s in doc.sections] == [("一、", 0), ("二、", 0), ("三、", 0)]
    assert paragraphs(doc.sections[1]) == ["一、二期工程将于年底前完工。"]
    assert "numbering-gap" not in codes(doc)


def test_ordinal_words_joined_by_a_pause_mark_are_neither_headings_nor_members() -> None:
    doc = body("一、工作情况\n第一、二项整改任务已全部完成。")
    assert [s.marker for s in doc.iter_sections()] == ["一、"]
    assert [(p.text, p.items) for p in doc.sections[0].paragraphs] == [("第一、二项整改任务已全部完成。", ())]


def test_a_numbered_list_inside_a_paragraph_stays_in_the_paragraph() -> None:
    doc = body("一、工作措施\n主要包括：1.建立台账；2.定期巡查；3.限期整改。")
    section = doc.sections[0]
    assert section.sections == ()
    assert [(p.text, p.items) for p in section.paragraphs] == [("主要包括：1.建立台账；2.定期巡查；3.限期整改。", ())]


def test_parenthesised_numbers_inside_a_paragraph_stay_in_the_paragraph() -> None:
    doc = body("一、工作措施\n具体做法：（1）建立台账；（2）定期巡查。")
    assert doc.sections[0].sections == ()
    assert paragraphs(doc.sections[0]) == ["具体做法：（1）建立台账；（2）定期巡查。"]


# --- enumerations ---------------------------------------------------------------------------------


def test_bold_leads_after_each_member() -> None:
    doc = body("一、主要做法\n一是**建立台账**，逐户登记。二是**定期巡查**，发现问题及时整改。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "一是", "建立台账"), (2, "二是", "定期巡查")]
    assert [i.text for i in p.items] == ["一是建立台账，逐户登记。", "二是定期巡查，发现问题及时整改。"]
    assert "**" not in doc.text


def test_bold_members_take_their_lead_to_the_first_stop() -> None:
    doc = body("一、主要做法\n**一是**建立台账；**二是**定期巡查。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "一是", "建立台账"), (2, "二是", "定期巡查")]
    assert [i.text for i in p.items] == ["一是建立台账；", "二是定期巡查。"]


def test_a_run_goes_on_over_a_paragraph_without_members() -> None:
    doc = body("一、主要做法\n一是建立台账。\n同时，我们还邀请了第三方机构参与。\n二是定期巡查。")
    assert [[(i.ordinal, i.text) for i in p.items] for p in doc.sections[0].paragraphs] == [
        [(1, "一是建立台账。")],
        [],
        [(2, "二是定期巡查。")],
    ]


def test_a_run_does_not_cross_a_top_level_section() -> None:
    doc = body("一、宣传\n一是开展宣传。\n二、培训\n二是组织培训。")
    assert [[p.items for p in s.paragraphs] for s in doc.sections] == [[()], [()]]


def test_runs_inside_each_numbered_point_restart() -> None:
    doc = body("一、主要做法\n1.加强管理。一是建立台账；二是定期巡查。\n2.完善制度。一是出台办法；二是加强考核。")
    points = doc.sections[0].sections
    assert [(s.title, items(s.paragraphs[0])) for s in points] == [
        ("加强管理", [(1, "一是", "建立台账"), (2, "二是", "定期巡查")]),
        ("完善制度", [(1, "一是", "出台办法"), (2, "二是", "加强考核")]),
    ]


def test_a_lone_member_is_not_an_enumeration() -> None:
    doc = body("一、主要做法\n一是建立台账，逐户登记造册。")
    assert doc.sections[0].paragraphs[0].items == ()


def test_a_skipped_member_leaves_no_run() -> None:
    doc = body("一、主要做法\n一是建立台账；三是定期巡查。")
    assert doc.sections[0].paragraphs[0].items == ()


def test_first_batch_and_first_meeting_are_not_members() -> None:
    doc = body("一、工作情况\n第一批试点已于3月启动，第二批正在申报。第一次会议已召开，第二次会议将于下月召开。")
    assert doc.sections[0].paragraphs[0].items == ()


def test_ordinal_words_with_a_pause_mark_are_members() -> None:
    doc = body("一、主要做法\n第一、完善政策体系；第二、强化资金保障。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "第一", "完善政策体系"), (2, "第二", "强化资金保障")]


def test_one_side_and_the_other_in_one_paragraph() -> None:
    doc = body("一、工作措施\n一方面，加大投入；另一方面，强化监管。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一方面", "加大投入"), (2, "另一方面", "强化监管")]


def test_first_next_last_across_paragraphs() -> None:
    doc = body("一、工作措施\n首先，摸清底数。\n其次，制定方案。\n最后，加强考核评估。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [
        [(1, "首先", "摸清底数")],
        [(2, "其次", "制定方案")],
        [(3, "最后", "加强考核评估")],
    ]


def test_a_word_ending_in_one_before_is_is_not_a_member() -> None:
    doc = body("一、工作情况\n标准统一是前提，一是建立台账；二是定期巡查。")
    p = doc.sections[0].paragraphs[0]
    assert [(i.ordinal, i.marker) for i in p.items] == [(1, "一是"), (2, "二是")]
    assert p.items[0].span.start == doc.text.index("一是建立台账")


# --- phases ---------------------------------------------------------------------------------------


def test_plan_openers_without_a_comma_with_a_colon_or_bold_or_indented() -> None:
    for opener in (
        "下一步我们将继续推进。",
        "下步工作打算：继续推进改造，力争年底完成。",
        "今后一个时期，我们将继续推进。",
        "**下一步**，我们将继续推进。",
        "　　下一步，我们将继续推进。",
    ):
        doc = body(f"一、工作情况\n目前已完成改造。\n{opener}\n二、其他\n内容。")
        assert [p.phase for p in doc.sections[0].paragraphs] == ["progress", "plan"], opener
        assert [p.phase for p in doc.sections[1].paragraphs] == [None], opener


def test_a_heading_named_next_step_does_not_by_itself_make_a_plan() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n二、下步工作打算\n继续推进改造。")
    assert [[p.phase for p in s.paragraphs] for s in doc.sections] == [[None], [None]]


def test_progress_and_plan_repeat_in_each_section() -> None:
    doc = body("一、道路\n已完成改造。\n下一步，继续推进。\n二、绿化\n已启动建设。\n下一步，加快进度。")
    assert [[p.phase for p in s.paragraphs] for s in doc.sections] == [["progress", "plan"], ["progress", "plan"]]


# --- the opening, documents without sections, very short and very long ------------------------


def test_quoted_second_level_points_before_the_answer_stay_in_the_opening() -> None:
    doc = checked(
        "关于区政协二届三次会议第13号提案的答复\n李某委员：\n您在提案中建议：\n（一）建立协调机制；\n（二）加大资金投入。\n"
        "现答复如下：\n一、关于协调机制\n已建立联席会议。\n二、关于资金投入\n已安排专项资金。" + TAIL
    )
    assert tree(doc) == [(1, "cn", "一、", "关于协调机制"), (1, "cn", "二、", "关于资金投入")]
    assert "（一）建立协调机制；" in [p.text for p in doc.preamble]


def test_a_reply_with_no_numbered_sections() -> None:
    doc = body(
        "经研究，我局已将该路段列入改造计划。一是拓宽车道；二是增设信号灯。\n"
        "下一步，我们将加快施工进度。\n感谢您对我区交通工作的关心和支持。"
    )
    assert doc.sections == ()
    assert [(p.text, p.phase, [i.lead for i in p.items]) for p in doc.preamble] == [
        ("您的提案收悉，现答复如下：", "progress", []),
        ("经研究，我局已将该路段列入改造计划。一是拓宽车道；二是增设信号灯。", "progress", ["拓宽车道", "增设信号灯"]),
        ("下一步，我们将加快施工进度。", "plan", []),
    ]
    assert doc.closing is not None and doc.closing.text == "感谢您对我区交通工作的关心和支持。"
    assert doc.signature is not None and doc.signature.issuers == ("某区某局",)


def test_a_document_of_two_heading_lines() -> None:
    doc = checked("一、加强监管\n二、完善制度")
    assert tree(doc) == [(1, "cn", "一、", "加强监管"), (1, "cn", "二、", "完善制度")]


def test_a_long_document_keeps_every_section_member_and_page_break() -> None:
    parts = []
    for n in range(1, 41):
        parts.append(f"{cn(n)}、事项{n}")
        for k in range(1, 4):
            parts.append(f"（{cn(k)}）措施{k}\n一是建立台账；二是定期巡查。")
        if n % 10 == 0:
            parts.append(f"— {n // 10} —")
    doc = body("\n".join(parts))
    assert len(doc.sections) == 40
    assert [len(s.sections) for s in doc.sections] == [3] * 40
    assert sum(len(p.items) for s in doc.iter_sections() for p in s.paragraphs) == 240
    assert "numbering-gap" not in codes(doc) and "page-break-joined" not in codes(doc)
    assert "— 2 —" not in doc.text
    assert govdoc.parse_text(HEAD + "\n".join(parts) + TAIL) == doc


def test_a_very_long_paragraph_stays_one_paragraph() -> None:
    text = "我局持续推进老旧小区改造，" * 2000 + "成效明显。"
    doc = body(f"一、工作情况\n{text}\n二、下步打算\n继续推进。")
    assert paragraphs(doc.sections[0]) == [text]
    assert paragraphs(doc.sections[1]) == ["继续推进。"]


# --- broken lines ---------------------------------------------------------------------------------


def test_a_page_number_between_two_halves_of_a_word() -> None:
    doc = body("一、工作情况\n目前已完成改\n— 3 —\n造十处。\n二、下步打算\n继续推进。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造十处。"]
    assert "page-break-joined" in codes(doc)
    assert "— 3 —" not in doc.text


def test_a_page_number_between_two_sections_joins_nothing() -> None:
    doc = body("一、工作情况\n内容。\n- 2 -\n二、下步打算\n内容。")
    assert [(s.marker, paragraphs(s)) for s in doc.sections] == [("一、", ["内容。"]), ("二、", ["内容。"])]
    assert "- 2 -" not in doc.text
    assert "page-break-joined" not in codes(doc)


def test_a_page_break_inside_a_members_lead() -> None:
    doc = body("一、主要做法\n一是加强\n— 2 —\n巡查。二是加快整改。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_a_page_footer_line_between_paragraphs() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n第2页 共5页\n群众反映良好。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造。", "群众反映良好。"]
    assert "共5页" not in doc.text


def test_a_heading_wrapped_after_a_conjunction_is_one_title() -> None:
    doc = body("一、关于加强社区养老服务设施建设和\n运营管理的情况\n目前已建成站点十个。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于加强社区养老服务设施建设和运营管理的情况", ["目前已建成站点十个。"]),
    ]


# --- Markdown residue -----------------------------------------------------------------------------


def test_bold_heading_lines() -> None:
    doc = body("**一、加强监管**\n各区要落实责任。\n**二、完善制度**\n各部门要建立台账。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "加强监管", ["各区要落实责任。"]),
        ("二、", "完善制度", ["各部门要建立台账。"]),
    ]
    assert "**" not in doc.text


def test_hash_headings_take_their_level_from_the_marker_not_the_hashes() -> None:
    doc = body("# 一、工作情况\n# （一）建设\n内容。\n## 二、下步打算\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "cn-paren", "（一）", "建设"),
        (1, "cn", "二、", "下步打算"),
    ]
    assert "#" not in doc.text


def test_a_bold_run_in_heading() -> None:
    doc = body("一、工作措施\n**（一）加强巡查。**各街道要每周开展巡查。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == ("加强巡查", ["各街道要每周开展巡查。"])


def test_a_markdown_rule_between_sections() -> None:
    doc = body("一、甲\n内容。\n---\n二、乙\n内容。")
    assert [(s.marker, paragraphs(s)) for s in doc.sections] == [("一、", ["内容。"]), ("二、", ["内容。"])]
    assert "---" not in doc.text


# --- where the last section ends -------------------------------------------------------------------


def test_a_signature_right_after_an_unpunctuated_last_line() -> None:
    doc = body("一、工作情况\n内容。\n二、下步打算\n继续推进相关工作")
    assert paragraphs(doc.sections[1]) == ["继续推进相关工作"]
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-06-03")


def test_a_signature_right_after_the_last_member() -> None:
    doc = body("一、主要做法\n一是建立台账；二是定期巡查。")
    assert [i.text for i in doc.sections[0].paragraphs[0].items] == ["一是建立台账；", "二是定期巡查。"]
    assert doc.signature is not None and doc.signature.issuers == ("某区某局",)


def test_a_last_heading_without_a_body_before_the_closing() -> None:
    doc = body("一、工作情况\n内容。\n二、其他事项\n特此答复。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", ["内容。"]), ("其他事项", [])]
    assert doc.closing is not None and doc.closing.text == "特此答复。"


def test_sections_printed_after_the_signature_belong_to_the_body() -> None:
    doc = checked(
        "关于印发某区养老服务方案的通知\n各街道：\n现将方案印发给你们，请认真贯彻执行。\n某区人民政府\n2024年6月3日\n"
        "某区养老服务方案\n一、总体要求\n内容。\n二、主要任务\n内容。"
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "总体要求"), ("二、", "主要任务")]
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区人民政府",), "2024-06-03")


def test_sections_under_an_attachment_label_are_not_parsed() -> None:
    doc = checked(
        "关于印发某区养老服务方案的通知\n各街道：\n现将方案印发给你们，请认真贯彻执行。\n某区人民政府\n2024年6月3日\n"
        "附件\n某区养老服务方案\n一、总体要求\n内容。\n二、主要任务\n内容。"
    )
    assert doc.sections == ()
    assert doc.attachments == ("某区养老服务方案",)


def test_a_heading_about_a_quarter_keeps_its_marker() -> None:
    doc = body("一、上半年工作\n内容。\n二、三季度工作\n内容。\n三、四季度工作安排\n内容。")
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "上半年工作"),
        ("二、", "三季度工作"),
        ("三、", "四季度工作安排"),
    ]


# --- round 3b: written after the first fixes, before the parser ran on them ------------------------


def test_a_clause_word_counting_the_proposals_points_is_not_an_article() -> None:
    doc = body("一、关于建设进度\n第一条建议所提的问题已经解决。\n第二条建议已列入明年计划。\n二、关于资金保障\n内容。")
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert paragraphs(doc.sections[0]) == ["第一条建议所提的问题已经解决。", "第二条建议已列入明年计划。"]


def test_a_space_after_the_number_stop_is_not_part_of_the_marker() -> None:
    doc = body("1. 加强管理\n内容。\n2. 完善制度\n内容。")
    assert [(s.style, s.marker, s.title) for s in doc.sections] == [
        ("num", "1.", "加强管理"),
        ("num", "2.", "完善制度"),
    ]


def test_headings_whose_titles_open_with_a_year() -> None:
    doc = body("一、2024年工作情况\n1.2024年上半年\n内容。\n2.2024年下半年\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "2024年工作情况"),
        (2, "num", "1.", "2024年上半年"),
        (2, "num", "2.", "2024年下半年"),
    ]


def test_trailing_spaces_after_a_title() -> None:
    doc = body("一、加强监管　　\n内容。\n二、完善制度  \n内容。")
    assert [s.title for s in doc.sections] == ["加强监管", "完善制度"]


def test_a_hard_wrapped_paragraph_is_one_paragraph_with_its_members() -> None:
    text = (
        "我局高度重视您提出的建议，组织相关部门开展专题调研，一是加强巡查，及时发现问题；二是加快整改，限期完成任务。"
        "同时，我们还邀请第三方机构参与评估，确保整改质量，今年以来共整改问题一百二十余个，整改完成率达到百分之九十五以上，"
        "群众满意度明显提升。"
    )
    wrapped = "\n".join(text[i : i + 22] for i in range(0, len(text), 22))
    doc = body(f"一、工作情况\n{wrapped}\n二、下步打算\n继续推进。")
    assert paragraphs(doc.sections[0]) == [text]
    assert [i.lead for i in doc.sections[0].paragraphs[0].items] == ["加强巡查，及时发现问题", "加快整改，限期完成任务"]


def test_sub_sections_numbered_on_across_parents_keep_their_ordinals_without_a_gap() -> None:
    doc = body("一、甲\n（一）乙\n内容。\n（二）丙\n内容。\n二、丁\n（三）戊\n内容。\n（四）己\n内容。")
    assert [(s.marker, [c.ordinal for c in s.sections]) for s in doc.sections] == [("一、", [1, 2]), ("二、", [3, 4])]
    assert "numbering-gap" not in codes(doc)


def test_a_page_number_after_a_heading_joins_nothing() -> None:
    doc = body("一、工作情况\n— 2 —\n目前已完成改造。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", ["目前已完成改造。"])]
    assert "page-break-joined" not in codes(doc)


def test_a_marker_alone_before_a_page_number_takes_the_title_after_it() -> None:
    doc = body("一、工作情况\n（一）\n— 2 —\n加强组织领导\n成立了领导小组。")
    assert tree(doc) == [(1, "cn", "一、", "工作情况"), (2, "cn-paren", "（一）", "加强组织领导")]
    assert paragraphs(doc.sections[0].sections[0]) == ["成立了领导小组。"]


def test_members_each_on_their_own_line_with_bold_leads() -> None:
    doc = body("一、主要做法\n一是**建立台账**。逐户登记造册。\n二是**定期巡查**。每周巡查一次。\n三是**限期整改**。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [
        [(1, "一是", "建立台账")],
        [(2, "二是", "定期巡查")],
        [(3, "三是", "限期整改")],
    ]


def test_full_width_digits_in_parentheses_are_num_paren() -> None:
    doc = body("一、工作措施\n（１）加强巡查\n内容。\n（２）加快整改\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "工作措施"),
        (2, "num-paren", "（１）", "加强巡查"),
        (2, "num-paren", "（２）", "加快整改"),
    ]


def test_a_hash_heading_in_bold() -> None:
    doc = body("## **一、工作情况**\n内容。\n## **二、下步打算**\n内容。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "工作情况", ["内容。"]),
        ("二、", "下步打算", ["内容。"]),
    ]


def test_a_part_word_counting_content_in_a_sentence_is_not_a_part() -> None:
    doc = body("一、工作情况\n第一部分建议已经采纳，第二部分建议正在研究。")
    assert [s.marker for s in doc.iter_sections()] == ["一、"]
    assert paragraphs(doc.sections[0]) == ["第一部分建议已经采纳，第二部分建议正在研究。"]


def test_a_plan_part_inside_a_point_ends_at_the_next_point() -> None:
    doc = body("一、工作情况\n1.道路改造\n已完成十处。\n下一步，继续推进。\n2.绿化建设\n已启动。")
    points = doc.sections[0].sections
    assert [[p.phase for p in s.paragraphs] for s in points] == [["progress", "plan"], [None]]


# --- round 3c ----------------------------------------------------------------------------------


def test_members_after_the_subject_of_the_sentence() -> None:
    for subject in ("我们", "我局", "区政府"):
        doc = body(f"一、工作情况\n近年来，{subject}一是加强巡查；二是加快整改。")
        assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")], subject


def test_a_heading_line_with_only_a_semicolon_stop_is_a_point_without_a_title() -> None:
    doc = body("一、工作情况\n（一）加强监管；各区要落实责任。\n（二）完善制度；各部门要建立台账。")
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        (None, ["加强监管；各区要落实责任。"]),
        (None, ["完善制度；各部门要建立台账。"]),
    ]


def test_a_document_of_one_enumeration_line() -> None:
    doc = checked("一是加强巡查；二是加快整改。")
    assert doc.sections == ()
    assert [items(p) for p in doc.preamble] == [[(1, "一是", "加强巡查"), (2, "二是", "加快整改")]]


def test_circled_numbers_alone_are_the_top_sections() -> None:
    doc = body("①加强巡查\n内容。\n②加快整改\n内容。")
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.sections] == [
        (1, "circled", 1, "加强巡查"),
        (1, "circled", 2, "加快整改"),
    ]


def test_quoted_points_and_answers_both_numbered_with_arabic_numbers() -> None:
    doc = checked(
        "关于区政协二届三次会议第14号提案的答复\n李某委员：\n您在提案中建议：\n1.建立协调机制；\n2.加大资金投入。\n"
        "现答复如下：\n1.关于协调机制\n已建立联席会议。\n2.关于资金投入\n已安排专项资金。" + TAIL
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("1.", "关于协调机制"), ("2.", "关于资金投入")]
    assert "1.建立协调机制；" in [p.text for p in doc.preamble]


def test_quoted_points_before_other_words_that_turn_to_the_answer() -> None:
    for turn in ("现将办理情况说明如下：", "现将有关情况函告如下：", "现将办理情况反馈如下："):
        doc = checked(
            "关于区政协二届三次会议第15号提案的答复\n李某委员：\n您在提案中建议：\n1.建立协调机制；\n2.加大资金投入。\n"
            f"{turn}\n1.关于协调机制\n已建立联席会议。\n2.关于资金投入\n已安排专项资金。" + TAIL
        )
        assert [(s.marker, s.title) for s in doc.sections] == [("1.", "关于协调机制"), ("2.", "关于资金投入")], turn
        assert "1.建立协调机制；" in [p.text for p in doc.preamble], turn


# --- round 3d ----------------------------------------------------------------------------------


def test_a_family_that_restarts_under_each_marker_of_a_lower_ranked_one_nests_under_it() -> None:
    doc = body("1.工作情况\n（一）建设\n内容。\n（二）管理\n内容。\n2.下步打算\n（一）近期\n内容。")
    assert tree(doc) == [
        (1, "num", "1.", "工作情况"),
        (2, "cn-paren", "（一）", "建设"),
        (2, "cn-paren", "（二）", "管理"),
        (1, "num", "2.", "下步打算"),
        (2, "cn-paren", "（一）", "近期"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_members_across_a_page_number_stay_in_their_paragraphs() -> None:
    doc = body("一、主要做法\n一是加强巡查。\n— 2 —\n二是加快整改。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [[(1, "一是", "加强巡查")], [(2, "二是", "加快整改")]]
    assert "page-break-joined" not in codes(doc)


def test_an_unmarked_plan_sub_heading_opens_the_plan() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n下步工作打算\n继续推进改造。")
    assert [p.phase for p in doc.sections[0].paragraphs] == ["progress", "plan", "plan"]


def test_letter_spaced_and_tab_separated_titles() -> None:
    doc = body("一、工 作 情 况\n内容。\n二、\t下步打算\n内容。")
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "工作情况"), ("二、", "下步打算")]


def test_a_plan_in_the_opening_before_the_first_section() -> None:
    doc = body("目前已完成改造十处。\n下一步，我们将继续推进。\n一、资金保障\n内容。")
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]
    assert [p.phase for p in doc.sections[0].paragraphs] == [None]


def test_items_of_an_article_hold_their_own_numbered_points() -> None:
    doc = body("第一条 本办法所称项目包括：\n（一）新建项目，包括：\n1.住宅；\n2.商业。\n（二）改建项目。")
    assert [(s.level, s.style, s.ordinal) for s in doc.iter_sections()] == [
        (1, "article", 1),
        (2, "cn-paren", 1),
        (3, "num", 1),
        (3, "num", 2),
        (2, "cn-paren", 2),
    ]


def test_a_heading_ending_on_a_word_that_ends_in_a_joining_character_is_not_wrapped() -> None:
    doc = body("一、目的\n总体目标\n提高群众满意度。\n二、公众参与\n主要方式\n开展问卷调查。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("目的", ["总体目标", "提高群众满意度。"]),
        ("公众参与", ["主要方式", "开展问卷调查。"]),
    ]


# --- a contents list (目录) before the text: its entries repeat the headings, they are no sections -----


def test_a_contents_list_with_leader_dots_and_page_numbers_stays_in_the_preamble() -> None:
    doc = checked(
        "某区养老服务三年行动方案\n目录\n一、总体要求……………………2\n二、主要任务……………………（3）\n"
        "三、保障措施……………………5\n一、总体要求\n到2026年基本建成养老服务体系。\n二、主要任务\n"
        "（一）扩大供给。新建养老机构两家。\n三、保障措施\n加强资金保障。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "总体要求"),
        (1, "cn", "二、", "主要任务"),
        (2, "cn-paren", "（一）", "扩大供给"),
        (1, "cn", "三、", "保障措施"),
    ]
    assert [p.text for p in doc.preamble][-4:] == [
        "目录",
        "一、总体要求……………………2",
        "二、主要任务……………………（3）",
        "三、保障措施……………………5",
    ]
    assert "numbering-gap" not in codes(doc)


def test_a_contents_list_without_page_numbers_after_the_signature() -> None:
    doc = checked(
        "关于印发某街道垃圾分类实施方案的通知\n各社区：\n现将方案印发给你们，请认真执行。\n某街道办事处\n2024年6月3日\n"
        "某街道垃圾分类实施方案\n目录\n1. 目标任务  \n2. 工作步骤\n3. 工作要求\n"
        "1. 目标任务\n年底前覆盖全部小区。\n2. 工作步骤\n分三步推进。\n3. 工作要求\n各社区要落实责任。"
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("1.", "目标任务", ["年底前覆盖全部小区。"]),
        ("2.", "工作步骤", ["分三步推进。"]),
        ("3.", "工作要求", ["各社区要落实责任。"]),
    ]
    assert [p.text for p in doc.preamble][-4:] == ["目录", "1. 目标任务", "2. 工作步骤", "3. 工作要求"]
    assert "numbering-gap" not in codes(doc)


def test_a_section_about_a_catalogue_and_an_unrepeated_list_stay_sections() -> None:
    doc = body("一、关于目录管理\n我局已修订服务事项目录。\n二、目录\n内容。\n三、下一步工作\n继续推进。")
    assert [s.title for s in doc.sections] == ["关于目录管理", "目录", "下一步工作"]
    doc = checked("某区工作要点\n目录\n一、总体要求\n二、主要任务\n三、保障措施")
    assert [s.title for s in doc.sections] == ["总体要求", "主要任务", "保障措施"]
