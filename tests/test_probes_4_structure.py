"""Fourth round of structure probes: short documents written as an outside tester would, each
varying one realistic form that rounds one to three did not try (parts over second-level
markers, a repeated marker, marker forms with inner spaces, outline numbers, circled points,
member families with colons, commas and subjects, plan parts holding members, page lines of
other shapes, running heads, form feeds, CRLF, hard wraps with indents, blank lines and cuts
inside numbers and dates, Markdown headings without markers, bullets and pipe tables inside a
section, attachments that restart their numbering). Every expected value was written from the
contract and the domain guide before the parser was run; every document also keeps the span
invariants and invents no character."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, items, paragraphs, tree

HEAD = "关于区政协二届三次会议第12号提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n"
TAIL = "\n某区某局\n2024年6月3日"


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def wrap(text: str, width: int) -> list[str]:
    """Cut a line every `width` characters, as a fixed-width plain-text export does."""
    return [text[i : i + width] for i in range(0, len(text), width)]


# --- levels --------------------------------------------------------------------------------------


def test_parts_hold_parenthesised_ideographs_when_the_ideograph_level_is_skipped() -> None:
    doc = body("第一部分 工作情况\n（一）建设\n内容。\n（二）管理\n内容。\n第二部分 下步打算\n（一）近期\n内容。")
    assert tree(doc) == [
        (1, "part", "第一部分", "工作情况"),
        (2, "cn-paren", "（一）", "建设"),
        (2, "cn-paren", "（二）", "管理"),
        (1, "part", "第二部分", "下步打算"),
        (2, "cn-paren", "（一）", "近期"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_a_part_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("第一部分\n总体情况\n内容。\n第二部分\n下步打算\n内容。")
    assert [(s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("part", "第一部分", "总体情况", ["内容。"]),
        ("part", "第二部分", "下步打算", ["内容。"]),
    ]


def test_sections_numbered_with_jie_alone_are_the_top_level() -> None:
    doc = body("第一节 工作情况\n内容。\n第二节 下步打算\n内容。")
    assert [(s.level, s.style, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        (1, "section", 1, "第一节", "工作情况"),
        (1, "section", 2, "第二节", "下步打算"),
    ]


def test_a_repeated_marker_keeps_both_sections_and_warns() -> None:
    doc = body("一、道路\n内容。\n二、绿化\n内容。\n二、照明\n内容。\n三、停车\n内容。")
    assert [(s.level, s.ordinal, s.title) for s in doc.sections] == [
        (1, 1, "道路"),
        (1, 2, "绿化"),
        (1, 2, "照明"),
        (1, 3, "停车"),
    ]
    assert "numbering-gap" in codes(doc)


def test_parenthesised_ideographs_of_both_widths_in_one_run() -> None:
    doc = body("一、工作措施\n（一）加强巡查\n内容。\n(二)加快整改\n内容。\n（三）强化考核\n内容。")
    assert [(s.style, s.ordinal, s.marker, s.title) for s in doc.sections[0].sections] == [
        ("cn-paren", 1, "（一）", "加强巡查"),
        ("cn-paren", 2, "(二)", "加快整改"),
        ("cn-paren", 3, "（三）", "强化考核"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_ideographs_that_restart_under_each_parenthesised_ideograph_nest_under_it() -> None:
    doc = body("（一）工作情况\n一、建设\n内容。\n二、管理\n内容。\n（二）下步打算\n一、近期\n内容。\n二、远期\n内容。")
    assert tree(doc) == [
        (1, "cn-paren", "（一）", "工作情况"),
        (2, "cn", "一、", "建设"),
        (2, "cn", "二、", "管理"),
        (1, "cn-paren", "（二）", "下步打算"),
        (2, "cn", "一、", "近期"),
        (2, "cn", "二、", "远期"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_spaces_inside_a_parenthesised_marker() -> None:
    doc = body("一、工作措施\n（ 一 ）加强巡查\n内容。\n（ 二 ）加快整改\n内容。")
    subs = doc.sections[0].sections
    assert [(s.level, s.style, s.ordinal, s.marker.replace(" ", ""), s.title) for s in subs] == [
        (2, "cn-paren", 1, "（一）", "加强巡查"),
        (2, "cn-paren", 2, "（二）", "加快整改"),
    ]


def test_a_space_before_the_pause_mark_of_an_ideograph_marker() -> None:
    doc = body("一 、工作情况\n内容。\n二 、下步打算\n内容。")
    assert [(s.style, s.ordinal, s.marker.replace(" ", ""), s.title, paragraphs(s)) for s in doc.sections] == [
        ("cn", 1, "一、", "工作情况", ["内容。"]),
        ("cn", 2, "二、", "下步打算", ["内容。"]),
    ]


def test_decimal_outline_numbers_are_body_text_of_their_point() -> None:
    doc = body("1.总体要求\n1.1 指导思想\n内容。\n1.2 基本原则\n内容。\n2.主要任务\n内容。")
    assert [(s.level, s.style, s.marker, s.title) for s in doc.iter_sections()] == [
        (1, "num", "1.", "总体要求"),
        (1, "num", "2.", "主要任务"),
    ]
    assert paragraphs(doc.sections[0]) == ["1.1 指导思想", "内容。", "1.2 基本原则", "内容。"]


def test_circled_numbers_inside_a_sentence_stay_in_the_paragraph() -> None:
    doc = body("一、工作措施\n主要包括：①加强巡查；②加快整改；③强化考核。")
    assert tree(doc) == [(1, "cn", "一、", "工作措施")]
    assert paragraphs(doc.sections[0]) == ["主要包括：①加强巡查；②加快整改；③强化考核。"]


def test_circled_points_of_long_sentences_have_no_title() -> None:
    first = "目前我区已建成社区养老服务站点十二个，覆盖全部街道，今年服务老年人三千余人次。"
    second = "已开通社区助餐点八个，每日供餐六百余份，并为高龄独居老人提供送餐上门服务。"
    doc = body(f"一、工作情况\n①{first}\n②{second}")
    assert [(s.level, s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        (2, "circled", 1, None, [first]),
        (2, "circled", 2, None, [second]),
    ]


# --- the proposal's points quoted inside a section -----------------------------------------------


def test_a_clause_count_followed_by_suo_ti_is_not_an_article() -> None:
    doc = body(
        "一、关于公交线路\n第一条所提问题已经解决。\n第二条关于延长末班车的建议正在研究。\n二、关于站点设置\n内容。"
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert paragraphs(doc.sections[0]) == ["第一条所提问题已经解决。", "第二条关于延长末班车的建议正在研究。"]


def test_a_clause_count_in_arabic_digits_is_not_an_article() -> None:
    doc = body("一、关于公交线路\n第1条建议已经采纳。\n第2条建议已列入明年计划。\n二、关于站点设置\n内容。")
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert paragraphs(doc.sections[0]) == ["第1条建议已经采纳。", "第2条建议已列入明年计划。"]


# --- titles ------------------------------------------------------------------------------------


def test_a_point_that_is_one_enumeration_has_no_title() -> None:
    doc = body("一、主要做法\n（一）一是加强巡查；二是加快整改。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == (None, ["一是加强巡查；二是加快整改。"])
    assert items(sub.paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_a_point_asking_a_question_before_its_only_stop_has_no_title() -> None:
    doc = body("一、工作情况\n（一）为什么要改造？因为管网老化严重，居民反映强烈。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == (None, ["为什么要改造？因为管网老化严重，居民反映强烈。"])


def test_a_run_in_title_ended_by_a_half_width_colon() -> None:
    doc = body("1.工作目标:到2025年底全面完成改造。\n2.工作措施:加强巡查，限期整改。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作目标", ["到2025年底全面完成改造。"]),
        ("工作措施", ["加强巡查，限期整改。"]),
    ]


def test_a_heading_line_with_a_bracketed_note_keeps_its_colon_inside_the_brackets() -> None:
    doc = body(
        "一、主要任务\n（一）加强组织领导（牵头单位：区发改委）\n成立工作专班。\n（二）强化资金保障（牵头单位：区财政局）\n安排专项资金。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("加强组织领导（牵头单位：区发改委）", ["成立工作专班。"]),
        ("强化资金保障（牵头单位：区财政局）", ["安排专项资金。"]),
    ]


# --- members and their leads ---------------------------------------------------------------------


def test_a_skipped_member_ends_the_run_at_the_last_in_sequence() -> None:
    doc = body("一、主要做法\n一是建立台账；二是定期巡查；四是限期整改。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "一是", "建立台账"), (2, "二是", "定期巡查")]
    assert [i.text for i in p.items] == ["一是建立台账；", "二是定期巡查；四是限期整改。"]


def test_first_next_and_last_with_a_besides_between() -> None:
    doc = body("一、工作措施\n首先，摸清底数。其次，制定方案。此外，加强宣传。最后，加强考核。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "首先", "摸清底数"), (2, "其次", "制定方案"), (3, "最后", "加强考核")]
    assert p.items[1].text == "其次，制定方案。此外，加强宣传。"


def test_a_members_lead_runs_past_a_colon_to_the_first_stop() -> None:
    doc = body("一、主要做法\n一是加强巡查：每周一次；二是加快整改：限期完成。")
    assert items(doc.sections[0].paragraphs[0]) == [
        (1, "一是", "加强巡查：每周一次"),
        (2, "二是", "加快整改：限期完成"),
    ]


def test_a_colon_right_after_the_member_is_not_part_of_its_lead() -> None:
    doc = body("一、主要做法\n一是：加强巡查；二是：加快整改。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_members_separated_only_by_commas_lead_without_the_comma() -> None:
    doc = body("一、主要做法\n近年来，我局一是加强巡查，二是加快整改，三是强化考核。")
    p = doc.sections[0].paragraphs[0]
    assert items(p) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改"), (3, "三是", "强化考核")]
    assert [i.text for i in p.items] == ["一是加强巡查，", "二是加快整改，", "三是强化考核。"]


def test_one_side_and_the_other_after_the_subject_of_the_sentence() -> None:
    doc = body("一、工作措施\n我局一方面加大财政投入；另一方面强化日常监管。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一方面", "加大财政投入"), (2, "另一方面", "强化日常监管")]


# --- phases ----------------------------------------------------------------------------------------


def test_we_will_alone_opens_no_plan() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n我们将继续推进。\n二、其他\n内容。")
    assert [[p.phase for p in s.paragraphs] for s in doc.sections] == [[None, None], [None]]


def test_a_plan_opener_followed_by_a_colon_and_members() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n下一步，我们将：一是加快进度；二是强化保障。")
    ps = doc.sections[0].paragraphs
    assert [p.phase for p in ps] == ["progress", "plan"]
    assert items(ps[1]) == [(1, "一是", "加快进度"), (2, "二是", "强化保障")]


def test_a_plan_whose_members_stand_on_their_own_lines() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n下一步，我们将重点做好以下工作：\n一是加快进度。\n二是强化保障。")
    ps = doc.sections[0].paragraphs
    assert [p.phase for p in ps] == ["progress", "plan", "plan", "plan"]
    assert [items(p) for p in ps] == [[], [], [(1, "一是", "加快进度")], [(2, "二是", "强化保障")]]


# --- page furniture and line ends ------------------------------------------------------------------


def test_a_page_number_with_full_width_digits_between_two_halves_of_a_word() -> None:
    doc = body("一、工作情况\n目前已完成改\n－２－\n造十处。\n二、下步打算\n继续推进。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造十处。"]
    assert "page-break-joined" in codes(doc)
    assert "２" not in doc.text


def test_a_page_line_naming_only_its_page_is_dropped() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n第 2 页\n群众反映良好。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造。", "群众反映良好。"]
    assert "页" not in doc.text


def test_a_running_head_repeating_the_title_after_a_page_number_is_left_out() -> None:
    title = "关于区政协二届三次会议第12号提案的答复"
    doc = body(f"一、工作情况\n目前已完成改造。\n— 2 —\n{title}\n群众反映良好。\n二、下步打算\n继续推进。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造。", "群众反映良好。"]
    assert doc.text.count(title) == 1
    assert doc.header.title == title


def test_a_form_feed_between_pages_inside_a_word() -> None:
    doc = body("一、工作情况\n目前已完成改\n\f造十处。\n二、下步打算\n继续推进。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造十处。"]
    assert "\f" not in doc.text
    assert "page-break-joined" in codes(doc)


def test_carriage_return_line_ends_give_the_same_tree() -> None:
    text = (
        "一、工作情况\n（一）建设\n目前已完成改造。一是建立台账；二是定期巡查。\n下一步，继续推进。\n二、其他\n内容。"
    )
    plain = body(text)
    crlf = checked((HEAD + text + TAIL).replace("\n", "\r\n"))
    assert "\r" not in crlf.text
    assert (
        tree(crlf)
        == tree(plain)
        == [
            (1, "cn", "一、", "工作情况"),
            (2, "cn-paren", "（一）", "建设"),
            (1, "cn", "二、", "其他"),
        ]
    )
    sub = crlf.sections[0].sections[0]
    assert [(p.text, p.phase, items(p)) for p in sub.paragraphs] == [
        (
            "目前已完成改造。一是建立台账；二是定期巡查。",
            "progress",
            [(1, "一是", "建立台账"), (2, "二是", "定期巡查")],
        ),
        ("下一步，继续推进。", "plan", []),
    ]


def test_no_break_spaces_as_indentation() -> None:
    doc = body("\xa0\xa0一、工作情况\n\xa0\xa0目前已完成改造。\n\xa0\xa0二、下步打算\n\xa0\xa0继续推进。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "工作情况", ["目前已完成改造。"]),
        ("二、", "下步打算", ["继续推进。"]),
    ]


# --- hard-wrapped plain text ---------------------------------------------------------------------

P1 = (
    "我局高度重视您提出的建议，组织相关部门开展专题调研，深入街道社区听取居民意见，"
    "对全区老旧小区的基础设施状况进行了全面摸排，建立了问题清单和整改台账。"
)
P2 = (
    "今年以来，我局会同各街道加快推进改造工作，共完成屋面防水、外墙保温和管网更新等项目"
    "三十余个，群众满意度明显提升，相关做法得到了市级部门的肯定。"
)
P3 = (
    "下一步，我们将继续加大投入力度，进一步完善长效管理机制，推动物业服务全覆盖，"
    "切实把好事办好、实事办实，不断提升居民群众的获得感和幸福感。"
)


def test_a_hard_wrapped_text_whose_paragraphs_open_with_an_indent() -> None:
    for indent in ("　　", "    "):
        lines = [indent + "一、工作情况", *wrap(indent + P1, 34), *wrap(indent + P2, 34)]
        lines += [indent + "二、下步打算", *wrap(indent + P3, 34)]
        doc = body("\n".join(lines))
        assert [(s.title, paragraphs(s)) for s in doc.sections] == [
            ("工作情况", [P1, P2]),
            ("下步打算", [P3]),
        ], repr(indent)
        assert [p.phase for p in doc.sections[1].paragraphs] == ["plan"]


def test_a_hard_wrapped_text_whose_paragraphs_are_separated_by_blank_lines() -> None:
    lines = ["一、工作情况", "", *wrap(P1, 30), "", *wrap(P2, 30), "", "二、下步打算", "", *wrap(P3, 30)]
    doc = body("\n".join(lines))
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作情况", [P1, P2]),
        ("下步打算", [P3]),
    ]


def test_a_hard_wrap_inside_a_number_with_a_thousands_comma_and_inside_a_date() -> None:
    text = (
        "今年以来，我区持续推进老旧小区改造工作，共惠及居民家庭约2,000户，首批十二个项目已完成立项审批并将于"
        "2024年6月3日全面开工，目前进展顺利，群众反映良好。"
    )
    lines = wrap(text, 30)
    assert lines[0].endswith("2,") and lines[1].startswith("000户") and lines[2].startswith("日")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 30), "二、下步打算", *wrap(P3, 30)]))
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作情况", [text, P1]),
        ("下步打算", [P3]),
    ]


def test_a_hard_wrapped_run_in_point_and_a_member_marker_at_a_line_end() -> None:
    text = (
        "（一）加强组织领导。各部门要切实履行职责，健全工作机制，一是成立工作专班，统筹推进改造工作；"
        "二是建立联席会议制度，定期研究解决重点难点问题。"
    )
    lines = wrap(text, 48)
    assert lines[0].endswith("二是")
    doc = body("\n".join(["一、主要做法", *lines, *wrap(P2, 48), *wrap(P1, 48)]))
    sub = doc.sections[0].sections[0]
    rest = text.removeprefix("（一）加强组织领导。")
    assert (sub.title, paragraphs(sub)) == ("加强组织领导", [rest, P2, P1])
    assert items(sub.paragraphs[0]) == [
        (1, "一是", "成立工作专班，统筹推进改造工作"),
        (2, "二是", "建立联席会议制度，定期研究解决重点难点问题"),
    ]


# --- Markdown residue inside a section -------------------------------------------------------------


def test_a_markdown_heading_without_a_marker_is_a_paragraph_of_its_section() -> None:
    doc = body("一、工作情况\n## 主要成效\n目前已完成改造。\n二、下步打算\n继续推进。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作情况", ["主要成效", "目前已完成改造。"]),
        ("下步打算", ["继续推进。"]),
    ]
    assert "#" not in doc.text


def test_markdown_bullets_inside_a_section_are_paragraphs_without_the_bullet() -> None:
    for bullet in ("- ", "* "):
        doc = body(
            f"一、主要做法\n{bullet}建立台账，逐户登记。\n{bullet}定期巡查，及时整改。\n二、下步打算\n继续推进。"
        )
        assert [(s.title, paragraphs(s)) for s in doc.sections] == [
            ("主要做法", ["建立台账，逐户登记。", "定期巡查，及时整改。"]),
            ("下步打算", ["继续推进。"]),
        ], bullet


def test_a_pipe_table_inside_a_section() -> None:
    doc = body(
        "一、工作情况\n今年完成情况如下：\n| 项目 | 进度 |\n|---|---|\n| 道路改造 | 已完成 |\n| 绿化建设 | 进行中 |\n"
        "二、下步打算\n继续推进。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作情况", ["今年完成情况如下："]),
        ("下步打算", ["继续推进。"]),
    ]
    assert [t.rows for t in doc.sections[0].tables] == [
        (("项目", "进度"), ("道路改造", "已完成"), ("绿化建设", "进行中"))
    ]
    assert "|" not in doc.text and "---" not in doc.text


# --- attachments that restart their numbering --------------------------------------------------------


def test_two_attachments_each_numbered_from_one_are_not_sections() -> None:
    doc = checked(
        "关于印发某区两个服务方案的通知\n各街道：\n现将两个方案印发给你们，请认真执行。\n"
        "附件：1.某区养老服务方案\n2.某区助餐服务方案\n某区人民政府\n2024年6月3日\n"
        "附件1\n某区养老服务方案\n一、总体要求\n内容。\n二、主要任务\n内容。\n"
        "附件2\n某区助餐服务方案\n一、总体要求\n内容。\n二、主要任务\n内容。"
    )
    assert doc.sections == ()
    assert doc.attachments == ("某区养老服务方案", "某区助餐服务方案")
    assert doc.signature is not None and doc.signature.issuers == ("某区人民政府",)


# --- batch 1's causes, each from a new example (written after the fix, expected by hand) ----------


def test_a_count_of_the_proposals_points_that_goes_on_to_what_the_point_raised_is_no_marker() -> None:
    doc = body(
        "一、关于交通秩序\n第三条中提到的停车难问题，我局已会同交警部门研究。\n第一部分所述情况属实。\n"
        "第二条关于增设路灯的意见已经采纳。\n二、关于环境卫生\n内容。"
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert paragraphs(doc.sections[0]) == [
        "第三条中提到的停车难问题，我局已会同交警部门研究。",
        "第一部分所述情况属实。",
        "第二条关于增设路灯的意见已经采纳。",
    ]


def test_a_regulations_articles_written_straight_on_stay_articles() -> None:
    doc = body("第一条为规范停车管理，制定本办法。\n第二条本办法适用于本区行政区域。")
    assert [(s.style, s.ordinal) for s in doc.sections] == [("article", 1), ("article", 2)]


def test_stops_inside_a_bracketed_or_quoted_aside_are_not_the_headings() -> None:
    doc = body(
        "一、主要任务\n1.推进老旧小区改造（责任单位：区住建局）。年内完成改造二十个。\n"
        "2.关于“接诉即办：一号响应”机制\n已在全区推行。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("推进老旧小区改造（责任单位：区住建局）", ["年内完成改造二十个。"]),
        ("关于“接诉即办：一号响应”机制", ["已在全区推行。"]),
    ]


def test_one_side_and_the_other_straight_after_a_pronoun() -> None:
    doc = body("一、资金保障\n我们一方面争取上级资金支持，另一方面积极引入社会资本。")
    assert items(doc.sections[0].paragraphs[0]) == [
        (1, "一方面", "争取上级资金支持"),
        (2, "另一方面", "积极引入社会资本"),
    ]


def test_a_form_feed_right_after_a_cut_lead_joins_it_and_one_after_a_full_stop_joins_nothing() -> None:
    doc = body("一、主要做法\n一是加强\f巡查。二是加快整改。\f二、下步打算\n继续推进。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]
    assert [(s.marker, paragraphs(s)) for s in doc.sections] == [
        ("一、", ["一是加强巡查。二是加快整改。"]),
        ("二、", ["继续推进。"]),
    ]
    assert "\f" not in doc.text


def test_an_organ_heading_each_page_of_a_text_export_is_a_running_head() -> None:
    doc = body(
        "一、工作情况\n目前已完成改造。\n- 2 -\n某区住房和城乡建设管理委员会\n群众反映良好。\n"
        "- 3 -\n某区住房和城乡建设管理委员会\n二、下步打算\n继续推进。"
    )
    assert [(s.marker, paragraphs(s)) for s in doc.sections] == [
        ("一、", ["目前已完成改造。", "群众反映良好。"]),
        ("二、", ["继续推进。"]),
    ]
    assert "委员会" not in doc.text


def test_a_line_repeated_once_beside_a_page_number_but_not_on_the_first_page_stays() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n- 2 -\n主要成效\n群众反映良好。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造。", "主要成效", "群众反映良好。"]


def test_the_signing_organ_after_a_page_number_is_no_running_head_of_its_letterhead() -> None:
    doc = checked(
        "某区某局\n关于区政协二届三次会议第16号提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n"
        "一、工作情况\n目前已完成改造。\n特此答复。\n— 2 —\n某区某局\n2024年6月3日"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某区某局",)
    assert doc.text.count("某区某局") == 2


def test_a_markdown_table_with_aligned_columns_before_the_first_section() -> None:
    doc = body(
        "今年办理情况如下：\n街道 | 件数 | 办结率\n:--- | ---: | :---:\n东街 | 12 | 100%\n西街 | 8 | 95%\n一、工作情况\n内容。"
    )
    assert [t.rows for t in doc.tables] == [(("街道", "件数", "办结率"), ("东街", "12", "100%"), ("西街", "8", "95%"))]
    assert [s.marker for s in doc.sections] == ["一、"]
    assert "|" not in doc.text and ":---" not in doc.text


def test_pipe_lines_without_a_delimiter_row_stay_text() -> None:
    doc = body("一、工作情况\n东街 | 12件\n西街 | 8件")
    assert paragraphs(doc.sections[0]) == ["东街 | 12件", "西街 | 8件"]
    assert doc.sections[0].tables == ()


# --- batch 2 (written before the parser ran on them) ---------------------------------------------


def test_a_heading_quoting_a_slogan_with_a_stop_inside_the_quotes_is_one_title() -> None:
    doc = body("一、工作情况\n（一）“有事好商量。”协商平台建设\n已建成议事点二十个。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == ("“有事好商量。”协商平台建设", ["已建成议事点二十个。"])


def test_a_bold_run_in_title_whose_colon_is_inside_the_bold() -> None:
    doc = body("1.**工作目标：**到2025年底全面完成改造。\n2.**工作措施：**加强巡查，限期整改。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作目标", ["到2025年底全面完成改造。"]),
        ("工作措施", ["加强巡查，限期整改。"]),
    ]
    assert "*" not in doc.text


def test_a_responsibility_note_on_its_own_line_under_a_heading_is_a_paragraph() -> None:
    doc = body(
        "一、主要任务\n（一）加强组织领导\n（牵头单位：区发改委）\n成立工作专班。\n（二）强化资金保障\n安排专项资金。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("加强组织领导", ["（牵头单位：区发改委）", "成立工作专班。"]),
        ("强化资金保障", ["安排专项资金。"]),
    ]


def test_first_and_last_without_a_next_are_two_members() -> None:
    doc = body("一、工作措施\n首先，摸清底数。最后，加强考核。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "首先", "摸清底数"), (2, "最后", "加强考核")]


def test_a_part_marker_followed_by_a_colon_and_its_title() -> None:
    doc = body("第一部分：总体要求\n内容。\n第二部分：主要任务\n内容。")
    assert [(s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("part", "第一部分", "总体要求", ["内容。"]),
        ("part", "第二部分", "主要任务", ["内容。"]),
    ]


def test_an_article_marker_followed_by_a_colon_opens_its_paragraph_after_the_colon() -> None:
    doc = body("第一条：为规范停车管理，制定本办法。\n第二条：本办法适用于本区行政区域。")
    assert [(s.style, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("article", "第一条", None, ["为规范停车管理，制定本办法。"]),
        ("article", "第二条", None, ["本办法适用于本区行政区域。"]),
    ]


def test_quoted_points_inside_a_section_stay_paragraphs_of_it() -> None:
    doc = body(
        "一、关于停车问题\n您在提案中提出：\n1.增设公共停车位；\n2.推行错时共享停车。\n"
        "经研究，我局已在老城区新增停车位三百个。\n二、关于公交问题\n内容。"
    )
    assert tree(doc) == [(1, "cn", "一、", "关于停车问题"), (1, "cn", "二、", "关于公交问题")]
    assert paragraphs(doc.sections[0]) == [
        "您在提案中提出：",
        "1.增设公共停车位；",
        "2.推行错时共享停车。",
        "经研究，我局已在老城区新增停车位三百个。",
    ]


# --- hard wraps that put a marker at a line's start ------------------------------------------------

INLINE_LIST = (
    "今年我局采取的主要措施有：（1）加强日常巡查，及时发现问题隐患；（2）加快整改进度，限期完成整改任务；"
    "（3）强化考核问责，确保各项措施落实到位。"
)
MEMBERS_WITH_COMMAS = (
    "今年以来我局围绕群众关心的热点难点问题，采取多项措施推进工作，一是加强日常巡查，及时发现和处置各类问题隐患，"
    "并建立问题整改台账，二是加快整改进度，限期完成整改任务。"
)


def test_an_inline_list_marker_at_the_start_of_a_hard_wrapped_line_opens_no_section() -> None:
    lines = wrap(INLINE_LIST, 32)
    assert lines[1].startswith("（2）")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 32), *wrap(P2, 32), "二、下步打算", *wrap(P3, 32)]))
    assert tree(doc) == [(1, "cn", "一、", "工作情况"), (1, "cn", "二、", "下步打算")]
    assert paragraphs(doc.sections[0]) == [INLINE_LIST, P1, P2]


def test_a_member_at_the_start_of_a_hard_wrapped_line_stays_in_its_paragraph() -> None:
    lines = wrap(MEMBERS_WITH_COMMAS, 32)
    assert lines[2].startswith("二是") and lines[1].endswith("，")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 32), *wrap(P2, 32)]))
    assert paragraphs(doc.sections[0]) == [MEMBERS_WITH_COMMAS, P1, P2]
    assert [i.marker for i in doc.sections[0].paragraphs[0].items] == ["一是", "二是"]


def test_a_hard_wrapped_paragraph_across_a_page_number_and_a_running_head() -> None:
    title = "关于区政协二届三次会议第12号提案的答复"
    lines = wrap(P1, 30)
    cut = [*lines[:2], "- 2 -", title, *lines[2:]]
    doc = body("\n".join(["一、工作情况", *cut, *wrap(P2, 30), "二、下步打算", *wrap(P3, 30)]))
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", [P1, P2]), ("下步打算", [P3])]
    assert doc.text.count(title) == 1


def test_a_hard_wrapped_text_with_carriage_return_line_ends() -> None:
    lines = ["一、工作情况", *wrap(P1, 30), *wrap(P2, 30), "二、下步打算", *wrap(P3, 30)]
    doc = checked((HEAD + "\r\n".join(lines) + TAIL).replace("\n", "\r\n"))
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", [P1, P2]), ("下步打算", [P3])]


def test_old_mac_line_ends_give_the_same_tree() -> None:
    text = "一、工作情况\n（一）建设\n目前已完成改造。\n二、其他\n内容。"
    doc = checked((HEAD + text + TAIL).replace("\n", "\r"))
    assert tree(doc) == [(1, "cn", "一、", "工作情况"), (2, "cn-paren", "（一）", "建设"), (1, "cn", "二、", "其他")]
    assert "\r" not in doc.text


def test_a_zero_width_space_or_stray_byte_order_mark_before_a_marker() -> None:
    for mark in ("\u200b", "\ufeff"):
        doc = body(f"{mark}一、工作情况\n内容。\n{mark}二、下步打算\n内容。")
        assert [(s.ordinal, s.title) for s in doc.sections] == [(1, "工作情况"), (2, "下步打算")], repr(mark)


# --- page furniture of other shapes --------------------------------------------------------------


def test_a_page_number_set_off_by_full_width_spaces() -> None:
    doc = body("一、工作情况\n目前已完成改\n—　2　—\n造十处。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造十处。"]
    assert "2" not in doc.text.split("某区某局")[0].split("第12号")[1]


def test_a_heading_at_a_page_end_before_a_running_head() -> None:
    title = "关于区政协二届三次会议第12号提案的答复"
    doc = body(f"一、工作情况\n内容。\n二、下步打算\n— 2 —\n{title}\n继续推进。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", ["内容。"]), ("下步打算", ["继续推进。"])]
    assert doc.text.count(title) == 1


def test_a_heading_wrapped_after_a_conjunction_across_a_form_feed() -> None:
    doc = body("一、关于加强社区养老服务设施建设和\f运营管理的情况\n目前已建成站点十个。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于加强社区养老服务设施建设和运营管理的情况", ["目前已建成站点十个。"]),
    ]


# --- Markdown inside a section ---------------------------------------------------------------------


def test_atx_headings_with_a_closing_sequence() -> None:
    doc = body("## 一、工作情况 ##\n内容。\n## 二、下步打算 ##\n内容。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "工作情况", ["内容。"]),
        ("二、", "下步打算", ["内容。"]),
    ]
    assert "#" not in doc.text


def test_a_backslash_hard_break_of_a_markdown_export_is_markup() -> None:
    doc = body("一、工作情况\n目前已完成改造十处，\\\n群众反映良好。")
    assert "\\" not in doc.text
    assert "".join(paragraphs(doc.sections[0])) == "目前已完成改造十处，群众反映良好。"


def test_a_bulleted_list_of_members() -> None:
    doc = body("一、主要做法\n- 一是建立台账；\n- 二是定期巡查。")
    assert paragraphs(doc.sections[0]) == ["一是建立台账；", "二是定期巡查。"]
    assert [items(p) for p in doc.sections[0].paragraphs] == [[(1, "一是", "建立台账")], [(2, "二是", "定期巡查")]]


def test_an_ordered_list_with_nested_bullets() -> None:
    doc = body("一、主要做法\n1. 建立台账\n   - 逐户登记\n   - 动态更新\n2. 定期巡查\n   - 每周一次")
    assert tree(doc) == [(1, "cn", "一、", "主要做法"), (2, "num", "1.", "建立台账"), (2, "num", "2.", "定期巡查")]
    assert [paragraphs(s) for s in doc.sections[0].sections] == [["逐户登记", "动态更新"], ["每周一次"]]


# --- batch 2's causes, each from a new example (written after the fix, expected by hand) ----------

CIRCLED_INLINE = (
    "今年以来我区重点抓好三个方面环节：①摸清底数，逐户建立台账；②分类施策，一户一策推进；③跟踪问效，定期开展回访。"
)
MUST_MEMBERS = (
    "我局召开专题会议进行部署，要求各科室一要提高思想认识，把民生实事办好办实，切实主动认领任务，"
    "及时研究解决工作中遇到困难，二要压实工作责任，确保各项任务按期完成。"
)


def test_chapter_markers_set_off_from_their_titles_by_a_colon() -> None:
    doc = body("第一章：总则\n第一条 为规范停车管理，制定本办法。\n第二章：附则\n第二条 本办法自发布之日起施行。")
    assert tree(doc) == [
        (1, "chapter", "第一章", "总则"),
        (2, "article", "第一条", None),
        (1, "chapter", "第二章", "附则"),
        (2, "article", "第二条", None),
    ]


def test_a_deputys_points_quoted_in_a_sub_section_before_the_answer_are_its_paragraphs() -> None:
    doc = body(
        "一、关于公共交通\n（一）关于公交线路\n代表建议：\n（1）延长末班车时间；\n（2）增设社区微循环线路。\n"
        "我局已会同公交集团研究，拟于下半年调整。\n（二）关于站点设置\n内容。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于公共交通"),
        (2, "cn-paren", "（一）", "关于公交线路"),
        (2, "cn-paren", "（二）", "关于站点设置"),
    ]
    assert paragraphs(doc.sections[0].sections[0]) == [
        "代表建议：",
        "（1）延长末班车时间；",
        "（2）增设社区微循环线路。",
        "我局已会同公交集团研究，拟于下半年调整。",
    ]


def test_points_under_a_lead_in_that_is_not_the_proposers_stay_sub_sections() -> None:
    doc = body("一、主要措施\n我局重点做了以下工作：\n1.加强巡查；\n2.加快整改。\n群众满意度明显提升。")
    assert [(s.marker, s.title) for s in doc.sections[0].sections] == [("1.", None), ("2.", "加快整改")]


def test_a_circled_marker_of_an_inline_list_at_a_hard_wrapped_lines_start_opens_no_section() -> None:
    lines = wrap(CIRCLED_INLINE, 30)
    assert lines[1].startswith("②")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 30), *wrap(P2, 30), *wrap(P3, 30)]))
    assert tree(doc) == [(1, "cn", "一、", "工作情况")]
    assert paragraphs(doc.sections[0]) == [CIRCLED_INLINE, P1, P2, P3]


def test_a_must_member_after_a_comma_at_a_hard_wrapped_lines_start_stays_in_its_paragraph() -> None:
    lines = wrap(MUST_MEMBERS, 30)
    assert lines[2].startswith("二要") and lines[1].endswith("，")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 30), *wrap(P2, 30)]))
    assert paragraphs(doc.sections[0]) == [MUST_MEMBERS, P1, P2]
    assert [i.marker for i in doc.sections[0].paragraphs[0].items] == ["一要", "二要"]


def test_a_word_joiner_before_a_sub_section_marker() -> None:
    doc = body("一、工作情况\n\u2060（一）建设\n内容。\n\u2060（二）管理\n内容。")
    assert [(s.marker, s.title) for s in doc.sections[0].sections] == [("（一）", "建设"), ("（二）", "管理")]


def test_a_closing_sequence_after_a_sub_heading() -> None:
    doc = body("## 一、工作情况\n### （一）建设 ###\n内容。")
    assert tree(doc) == [(1, "cn", "一、", "工作情况"), (2, "cn-paren", "（一）", "建设")]
    assert "#" not in doc.text


def test_a_backslash_hard_break_after_the_signing_organ() -> None:
    doc = checked(HEAD + "一、工作情况\n内容。\n某区某局\\\n2024年6月3日")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-06-03")
    assert "\\" not in doc.text


# --- batch 3 (written before the parser ran on them) ---------------------------------------------

RUN_ON = "各街道要切实履行属地管理职责，每周至少开展一次全面巡查，发现问题及时整改。"


def test_a_run_in_heading_set_off_from_its_text_by_a_wide_space_or_a_tab() -> None:
    for gap in ("　　", "\t", "   "):
        doc = body(f"一、工作措施\n（一）加强组织领导{gap}{RUN_ON}\n（二）强化资金保障\n安排专项资金。")
        assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
            ("加强组织领导", [RUN_ON]),
            ("强化资金保障", ["安排专项资金。"]),
        ], repr(gap)


def test_a_run_in_title_ended_by_a_half_width_full_stop() -> None:
    doc = body("1.工作目标.到2025年底全面完成改造。\n2.工作措施.加强巡查，限期整改。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作目标", ["到2025年底全面完成改造。"]),
        ("工作措施", ["加强巡查，限期整改。"]),
    ]


def test_setext_underlines_under_headings_are_markup() -> None:
    doc = body("一、工作情况\n======\n内容。\n二、下步打算\n------\n内容。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", ["内容。"]), ("下步打算", ["内容。"])]
    assert "=" not in doc.text and "-" not in doc.text


def test_a_plan_opener_in_a_bulleted_line() -> None:
    doc = body("一、工作情况\n- 目前已完成改造。\n- 下一步，继续推进。")
    assert [(p.text, p.phase) for p in doc.sections[0].paragraphs] == [
        ("目前已完成改造。", "progress"),
        ("下一步，继续推进。", "plan"),
    ]


def test_a_plan_opener_right_after_a_run_in_title() -> None:
    doc = body("1.工作情况。目前已完成改造。\n2.工作打算。下一步，我们将继续推进。")
    assert [(s.title, [(p.text, p.phase) for p in s.paragraphs]) for s in doc.sections] == [
        ("工作情况", [("目前已完成改造。", None)]),
        ("工作打算", [("下一步，我们将继续推进。", "plan")]),
    ]


def test_a_page_number_between_a_run_in_title_and_the_rest_of_its_paragraph() -> None:
    doc = body("一、工作措施\n（一）加强组织领导。各部门要\n— 2 —\n切实履行职责。")
    sub = doc.sections[0].sections[0]
    assert (sub.title, paragraphs(sub)) == ("加强组织领导", ["各部门要切实履行职责。"])
    assert "page-break-joined" in codes(doc)


def test_members_across_a_page_number_and_a_running_head() -> None:
    title = "关于区政协二届三次会议第12号提案的答复"
    doc = body(f"一、主要做法\n一是加强巡查，\n— 2 —\n{title}\n二是加快整改。")
    assert paragraphs(doc.sections[0]) == ["一是加强巡查，二是加快整改。"]
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_a_member_cut_from_its_numeral_by_a_page_number() -> None:
    doc = body("一、主要做法\n一是加强巡查；二\n— 2 —\n是加快整改。")
    assert paragraphs(doc.sections[0]) == ["一是加强巡查；二是加快整改。"]
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_headings_whose_titles_open_with_a_number_that_is_no_year() -> None:
    doc = body(
        "一、2021—2023年工作回顾\n内容。\n二、5G基站建设情况\n（一）5G网络覆盖\n内容。\n三、12345热线办理情况\n内容。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "2021—2023年工作回顾"),
        (1, "cn", "二、", "5G基站建设情况"),
        (2, "cn-paren", "（一）", "5G网络覆盖"),
        (1, "cn", "三、", "12345热线办理情况"),
    ]


def test_ordinal_members_with_a_colon_on_their_own_lines() -> None:
    doc = body("一、主要做法\n第一：加强巡查。\n第二：加快整改。")
    assert [items(p) for p in doc.sections[0].paragraphs] == [[(1, "第一", "加强巡查")], [(2, "第二", "加快整改")]]


def test_circled_points_quoted_in_the_opening_stay_in_the_preamble() -> None:
    doc = checked(
        "关于区政协二届三次会议第17号提案的答复\n李某委员：\n您在提案中建议：\n①建立协调机制；\n②加大资金投入。\n"
        "现答复如下：\n一、关于协调机制\n已建立联席会议。\n二、关于资金投入\n已安排专项资金。" + TAIL
    )
    assert tree(doc) == [(1, "cn", "一、", "关于协调机制"), (1, "cn", "二、", "关于资金投入")]
    assert "①建立协调机制；" in [p.text for p in doc.preamble]


def test_a_title_in_square_black_brackets() -> None:
    doc = body("一、【工作情况】\n内容。\n二、【下步打算】\n内容。")
    assert [s.title for s in doc.sections] == ["【工作情况】", "【下步打算】"]


def test_a_line_opening_with_a_closing_quote_or_title_mark_goes_on_the_paragraph_above() -> None:
    doc = body(
        "一、工作情况\n群众纷纷表示：“这件事办得好。\n”我们将继续努力。\n"
        "依据《某区停车管理办法（试行）\n》相关规定，我局已完成备案。"
    )
    assert paragraphs(doc.sections[0]) == [
        "群众纷纷表示：“这件事办得好。”我们将继续努力。",
        "依据《某区停车管理办法（试行）》相关规定，我局已完成备案。",
    ]


# --- batch 3's causes, each from a new example (written after the fix, expected by hand) ----------


def test_a_parenthesised_number_point_set_off_from_its_text_by_a_full_width_gap() -> None:
    doc = body("一、工作措施\n（1）完善制度　　各部门要建立健全工作台账，明确责任分工。\n（2）工作情况　　（2024年）")
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("完善制度", ["各部门要建立健全工作台账，明确责任分工。"]),
        ("工作情况（2024年）", []),
    ]


def test_a_decorative_line_of_equals_signs_between_paragraphs_is_markup() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n==========\n群众反映良好。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造。", "群众反映良好。"]


def test_a_page_number_inside_the_text_after_a_colon_run_in_title() -> None:
    doc = body("1.目标：年底前\n— 2 —\n全面完成改造。\n2.工作措施：加强巡查。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("目标", ["年底前全面完成改造。"]),
        ("工作措施", ["加强巡查。"]),
    ]


def test_ideograph_headings_about_an_age_and_a_hotline_number() -> None:
    doc = body("一、工作情况\n内容。\n二、3岁以下婴幼儿照护服务\n内容。\n三、110接处警工作\n内容。")
    assert [(s.ordinal, s.title) for s in doc.sections] == [
        (1, "工作情况"),
        (2, "3岁以下婴幼儿照护服务"),
        (3, "110接处警工作"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_a_line_opening_with_a_closing_black_bracket_goes_on_the_paragraph_above() -> None:
    doc = body("一、工作情况\n群众可登录【某区政务服务网\n】在线办理。")
    assert paragraphs(doc.sections[0]) == ["群众可登录【某区政务服务网】在线办理。"]


# --- batch 4 (written before the parser ran on them) ---------------------------------------------

THREE_MEMBERS = (
    "我局高度重视群众反映的问题，多措并举推动整改落实，一是加强日常巡查，及时发现新问题；二是加快整改进度，"
    "限期完成整改任务；三是强化考核问责，确保措施落实到位。"
)
MARKER_AT_END = (
    "我局高度重视群众反映的停车难问题，主要做法包括以下方面（1）加强日常巡查，及时发现问题隐患；（2）加快整改进度，"
    "限期完成任务。"
)


def test_the_answer_turn_and_the_first_heading_on_one_line() -> None:
    doc = checked(
        "关于区政协二届三次会议第18号提案的答复\n李某委员：\n您的提案收悉，现答复如下：一、关于协调机制\n"
        "已建立联席会议。\n二、关于资金投入\n已安排专项资金。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "关于协调机制", ["已建立联席会议。"]),
        ("二、", "关于资金投入", ["已安排专项资金。"]),
    ]
    assert doc.preamble[-1].text == "您的提案收悉，现答复如下："


def test_a_full_hard_wrapped_line_ending_with_a_semicolon_before_the_next_member() -> None:
    lines = wrap(THREE_MEMBERS, 30)
    assert lines[1].endswith("；") and lines[2].startswith("三是")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 30), *wrap(P2, 30), *wrap(P3, 30)]))
    assert paragraphs(doc.sections[0]) == [THREE_MEMBERS, P1, P2, P3]
    assert [i.marker for i in doc.sections[0].paragraphs[0].items] == ["一是", "二是", "三是"]


def test_a_full_hard_wrapped_line_ending_with_an_inline_marker() -> None:
    lines = wrap(MARKER_AT_END, 30)
    assert lines[0].endswith("（1）")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 30), *wrap(P2, 30), *wrap(P3, 30)]))
    assert tree(doc) == [(1, "cn", "一、", "工作情况")]
    assert paragraphs(doc.sections[0]) == [MARKER_AT_END, P1, P2, P3]


def test_a_bold_heading_whose_colon_is_inside_the_bold() -> None:
    doc = body("**一、工作情况：**\n内容。\n**二、下步打算：**\n内容。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "工作情况", ["内容。"]),
        ("二、", "下步打算", ["内容。"]),
    ]


def test_a_bold_marker_alone_before_its_title() -> None:
    doc = body("一、工作措施\n**（一）**加强组织领导\n内容。\n**（二）**强化资金保障\n内容。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("（一）", "加强组织领导", ["内容。"]),
        ("（二）", "强化资金保障", ["内容。"]),
    ]


def test_table_rows_opening_with_markers_stay_in_the_table() -> None:
    doc = body("一、工作情况\n| 一、道路 | 已完成 |\n|---|---|\n| 二、绿化 | 进行中 |\n二、下步打算\n继续推进。")
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "工作情况"), ("二、", "下步打算")]
    assert [t.rows for t in doc.sections[0].tables] == [(("一、道路", "已完成"), ("二、绿化", "进行中"))]


def test_a_document_of_two_lone_markers() -> None:
    doc = checked("一、\n二、")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [("一、", None, []), ("二、", None, [])]


def test_a_marker_whose_brackets_differ_in_width() -> None:
    doc = body("一、工作措施\n(一）加强巡查\n内容。\n（二)加快整改\n内容。")
    assert [(s.style, s.ordinal, s.marker, s.title) for s in doc.sections[0].sections] == [
        ("cn-paren", 1, "(一）", "加强巡查"),
        ("cn-paren", 2, "（二)", "加快整改"),
    ]


def test_a_hard_wrapped_text_with_a_left_margin_on_every_line() -> None:
    lines = ["  一、工作情况", *("  " + x for x in wrap("　　" + P1, 32)), *("  " + x for x in wrap("　　" + P2, 32))]
    lines += ["  二、下步打算", *("  " + x for x in wrap("　　" + P3, 32))]
    doc = body("\n".join(lines))
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", [P1, P2]), ("下步打算", [P3])]


def test_a_plan_opener_in_bold_on_a_bulleted_line() -> None:
    doc = body("一、工作情况\n- 目前已完成改造。\n- **下一步**，继续推进。")
    assert [(p.text, p.phase) for p in doc.sections[0].paragraphs] == [
        ("目前已完成改造。", "progress"),
        ("下一步，继续推进。", "plan"),
    ]


def test_a_member_on_a_line_after_one_ending_with_a_comma() -> None:
    doc = body("一、主要做法\n一是加强日常巡查，及时发现问题隐患，\n二是加快整改进度，限期完成整改任务。")
    assert paragraphs(doc.sections[0]) == ["一是加强日常巡查，及时发现问题隐患，二是加快整改进度，限期完成整改任务。"]
    assert [i.marker for i in doc.sections[0].paragraphs[0].items] == ["一是", "二是"]


# --- batch 4's causes, each from a new example (written after the fix, expected by hand) ----------

ORDINAL_MEMBERS = (
    "针对您反映的问题，我局主要从两个方面推进整改落实工作：第一，加强对辖区内重点路段的日常巡查，"
    "及时发现和处置各类突出问题；第二，加快整改进度，限期完成整改任务。"
)
CIRCLED_AT_END = (
    "为解决群众反映的停车难问题，我局采取的措施主要有以下三项：①建立停车资源台账；②推行错时共享停车；"
    "③新建公共停车场两处。"
)


def test_arabic_points_written_on_the_line_that_turns_to_the_answer() -> None:
    doc = checked(
        "关于区政协二届三次会议第19号提案的答复\n李某委员：\n经研究，现将有关情况答复如下：1.关于停车位\n"
        "已新增停车位三百个。\n2.关于公交线路\n已调整线路两条。" + TAIL
    )
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("1.", "关于停车位", ["已新增停车位三百个。"]),
        ("2.", "关于公交线路", ["已调整线路两条。"]),
    ]


def test_members_written_on_the_line_that_turns_to_the_answer_stay_on_it() -> None:
    doc = checked(
        "关于区政协二届三次会议第20号提案的答复\n李某委员：\n您的提案收悉，现答复如下：一是加强巡查；二是加快整改。"
        + TAIL
    )
    assert doc.sections == ()
    assert items(doc.preamble[-1]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_a_full_hard_wrapped_line_ending_after_an_ordinal_members_semicolon() -> None:
    lines = wrap(ORDINAL_MEMBERS, 30)
    assert lines[1].endswith("；") and lines[2].startswith("第二")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 30), *wrap(P2, 30), *wrap(P3, 30)]))
    assert paragraphs(doc.sections[0]) == [ORDINAL_MEMBERS, P1, P2, P3]
    assert [i.marker for i in doc.sections[0].paragraphs[0].items] == ["第一", "第二"]


def test_a_full_hard_wrapped_line_ending_on_a_circled_marker() -> None:
    lines = wrap(CIRCLED_AT_END, 30)
    assert lines[0].endswith("①")
    doc = body("\n".join(["一、工作情况", *lines, *wrap(P1, 30), *wrap(P2, 30), *wrap(P3, 30)]))
    assert tree(doc) == [(1, "cn", "一、", "工作情况")]
    assert paragraphs(doc.sections[0]) == [CIRCLED_AT_END, P1, P2, P3]


# --- batch 5 (written before the parser ran on them) ---------------------------------------------


def test_a_page_line_with_a_slash_between_page_and_count() -> None:
    doc = body("一、工作情况\n目前已完成改\n第2页/共5页\n造十处。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造十处。"]
    assert "共5页" not in doc.text


def test_a_letterhead_and_a_doc_number_repeated_at_the_top_of_the_next_page() -> None:
    doc = checked(
        "某区交通委员会文件\n某交委〔2024〕7号\n关于区政协二届三次会议第21号提案的答复\n李某委员：\n"
        "您的提案收悉，现答复如下：\n一、工作情况\n目前已完成改造。\n— 2 —\n某区交通委员会文件\n某交委〔2024〕7号\n"
        "群众反映良好。\n二、下步打算\n继续推进。" + TAIL
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作情况", ["目前已完成改造。", "群众反映良好。"]),
        ("下步打算", ["继续推进。"]),
    ]
    assert doc.text.count("某交委〔2024〕7号") == 1
    assert doc.header.doc_number is not None and doc.header.doc_number.serial == 7


def test_a_bold_lead_that_holds_its_full_stop() -> None:
    doc = body("一、主要做法\n一是**加强巡查。**每周开展一次。二是**加快整改。**限期完成。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_a_space_between_the_member_and_its_bold_lead() -> None:
    doc = body("一、主要做法\n一是 **加强巡查**，每周开展一次；二是 **加快整改**，限期完成。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_bold_members_followed_by_a_colon() -> None:
    doc = body("一、主要做法\n**一是**：加强巡查；**二是**：加快整改。")
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "加强巡查"), (2, "二是", "加快整改")]


def test_six_levels_from_part_to_circled() -> None:
    doc = body("第一部分 总体情况\n一、工作情况\n（一）道路\n1.主干道\n（1）东段\n①路面\n内容。")
    assert [(s.level, s.style) for s in doc.iter_sections()] == [
        (1, "part"),
        (2, "cn"),
        (3, "cn-paren"),
        (4, "num"),
        (5, "num-paren"),
        (6, "circled"),
    ]
    assert [s.title for s in doc.iter_sections()] == ["总体情况", "工作情况", "道路", "主干道", "东段", "路面"]


def test_a_hash_heading_of_a_lone_marker_takes_the_next_line_as_title() -> None:
    doc = body("# 一、\n工作情况\n内容。\n# 二、\n下步打算\n内容。")
    assert [(s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("一、", "工作情况", ["内容。"]),
        ("二、", "下步打算", ["内容。"]),
    ]


# --- batch 5's causes, each from a new example (written after the fix, expected by hand) ----------


def test_page_lines_with_a_slash_in_either_order() -> None:
    doc = body(
        "一、工作情况\n目前已完成改\n第 3 页 / 共 5 页\n造十处。\n群众反映良好。\n共5页／第4页\n二、下步打算\n继续推进。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("工作情况", ["目前已完成改造十处。", "群众反映良好。"]),
        ("下步打算", ["继续推进。"]),
    ]
    assert "页" not in doc.text


def test_a_title_of_two_lines_repeated_at_the_top_of_the_next_page() -> None:
    doc = checked(
        "关于区政协二届三次会议第22号\n提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n一、工作情况\n"
        "目前已完成改造。\n- 2 -\n关于区政协二届三次会议第22号\n提案的答复\n群众反映良好。" + TAIL
    )
    assert doc.header.title == "关于区政协二届三次会议第22号提案的答复"
    assert paragraphs(doc.sections[0]) == ["目前已完成改造。", "群众反映良好。"]
    assert doc.text.count("提案的答复") == 1


# --- batch 6 (written before the parser ran on them) ---------------------------------------------


def test_quoted_points_followed_by_answers_numbered_alike() -> None:
    doc = body(
        "一、关于停车问题\n您在提案中提出：\n1.增设公共停车位；\n2.推行错时共享停车。\n"
        "1.关于增设停车位\n已新增停车位三百个。\n2.关于错时共享\n已在三个小区试点。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于停车问题"),
        (2, "num", "1.", "关于增设停车位"),
        (2, "num", "2.", "关于错时共享"),
    ]
    assert paragraphs(doc.sections[0]) == ["您在提案中提出：", "1.增设公共停车位；", "2.推行错时共享停车。"]
    assert "numbering-gap" not in codes(doc)


def test_two_markdown_tables_in_one_section_with_a_ragged_row() -> None:
    doc = body(
        "一、工作情况\n| 项目 | 进度 |\n|---|---|\n| 道路 | 完成 |\n其中绿化情况如下：\n"
        "| 街道 | 面积 | 备注 |\n|---|---|---|\n| 东街 | 3万平方米 |\n二、下步打算\n继续推进。"
    )
    assert [t.rows for t in doc.sections[0].tables] == [
        (("项目", "进度"), ("道路", "完成")),
        (("街道", "面积", "备注"), ("东街", "3万平方米")),
    ]
    assert paragraphs(doc.sections[0]) == ["其中绿化情况如下："]
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_a_page_number_then_a_form_feed_inside_a_word() -> None:
    doc = body("一、工作情况\n目前已完成改\n\n- 2 -\n\f造十处。\n二、下步打算\n继续推进。")
    assert paragraphs(doc.sections[0]) == ["目前已完成改造十处。"]
    assert "\f" not in doc.text and "- 2 -" not in doc.text


# --- batch 6's cause, from a new example (written after the fix, expected by hand) -----------------


def test_a_deputys_points_quoted_then_answered_point_by_point_with_the_same_markers() -> None:
    doc = body(
        "二、关于学校周边交通\n代表们反映：\n（一）上下学高峰时段拥堵；\n（二）缺少临时停车点位。\n"
        "（一）关于高峰拥堵\n已增派警力疏导。\n（二）关于临时停车\n已施划临时停车泊位。"
    )
    assert [(s.level, s.marker, s.title) for s in doc.iter_sections()] == [
        (1, "二、", "关于学校周边交通"),
        (2, "（一）", "关于高峰拥堵"),
        (2, "（二）", "关于临时停车"),
    ]
    assert paragraphs(doc.sections[0]) == ["代表们反映：", "（一）上下学高峰时段拥堵；", "（二）缺少临时停车点位。"]


# --- batch 7 (written before the parser ran on them) ---------------------------------------------


def test_a_heading_wrapped_after_a_conjunction_across_a_page_number() -> None:
    doc = body("一、关于加强社区养老服务设施建设和\n— 2 —\n运营管理的情况\n目前已建成站点十个。")
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于加强社区养老服务设施建设和运营管理的情况", ["目前已建成站点十个。"]),
    ]


def test_a_hard_wrapped_text_with_crlf_and_form_feeds_between_pages() -> None:
    lines = ["一、工作情况", *wrap(P1, 30), *wrap(P2, 30), "二、下步打算", *wrap(P3, 30)]
    cut = 3  # inside P1, between its second and third line
    text = "\r\n".join(lines[:cut]) + "\r\n\f" + "\r\n".join(lines[cut:])
    doc = checked(HEAD + text + TAIL)
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [("工作情况", [P1, P2]), ("下步打算", [P3])]
    assert "\f" not in doc.text and "\r" not in doc.text


def test_a_plan_opener_after_quoted_points_in_a_section() -> None:
    doc = body(
        "一、关于停车问题\n您在提案中建议：\n1.增设公共停车位；\n2.推行错时共享停车。\n"
        "目前已新增停车位三百个。\n下一步，我们将继续推进错时共享。"
    )
    assert doc.sections[0].sections == ()
    assert [p.phase for p in doc.sections[0].paragraphs] == ["progress"] * 4 + ["plan"]
