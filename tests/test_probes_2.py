"""Second round of probes: short documents written to try one structure rule (levels, enumerations,
phases, closing, signature, imprint) or an interaction of two. Expected values come from the contract,
written before the parser was run."""

from __future__ import annotations

import govdoc
from tests.probing import codes, tree

HEAD = "关于区政协一届一次会议第3号提案的答复\n王某委员：\n您的提案收悉，现答复如下：\n"
TAIL = "\n某区某局\n2024年5月6日"


def body(text: str) -> govdoc.Document:
    return govdoc.parse_text(HEAD + text + TAIL)


# --- levels -------------------------------------------------------------------------------------


def test_a_skipped_level_nests_the_numbers_under_the_ideographs() -> None:
    doc = body("一、建设进度\n内容。\n1.一期工程\n已完工。\n2.二期工程\n在建。\n二、资金保障\n内容。")
    assert tree(doc) == [
        (1, "cn", "一、", "建设进度"),
        (2, "num", "1.", "一期工程"),
        (2, "num", "2.", "二期工程"),
        (1, "cn", "二、", "资金保障"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_second_level_markers_without_a_first_level_are_the_top_sections() -> None:
    doc = body("（一）建设进度\n内容。\n（二）资金保障\n内容。")
    assert tree(doc) == [(1, "cn-paren", "（一）", "建设进度"), (1, "cn-paren", "（二）", "资金保障")]


def test_sub_numbering_that_restarts_under_each_parent_is_no_gap() -> None:
    doc = body("一、甲\n（一）子一\n内容。\n（二）子二\n内容。\n二、乙\n（一）子三\n内容。")
    assert [(s.marker, [c.marker for c in s.sections]) for s in doc.sections] == [
        ("一、", ["（一）", "（二）"]),
        ("二、", ["（一）"]),
    ]
    assert "numbering-gap" not in codes(doc)


def test_arabic_markers_with_any_stop_are_one_family() -> None:
    doc = body("1.加强管理\n内容。\n2、完善制度\n内容。\n3．强化考核\n内容。")
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.sections] == [
        (1, "num", 1, "加强管理"),
        (1, "num", 2, "完善制度"),
        (1, "num", 3, "强化考核"),
    ]
    assert "numbering-gap" not in codes(doc)


def test_half_width_and_single_character_parenthesised_numbers_are_num_paren() -> None:
    doc = body(
        "一、工作措施\n(1)加强巡查\n内容。\n(2)加快整改\n内容。\n二、下步打算\n⑴完善台账\n内容。\n⑵建立机制\n内容。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "工作措施"),
        (2, "num-paren", "(1)", "加强巡查"),
        (2, "num-paren", "(2)", "加快整改"),
        (1, "cn", "二、", "下步打算"),
        (2, "num-paren", "⑴", "完善台账"),
        (2, "num-paren", "⑵", "建立机制"),
    ]


def test_numbers_with_a_full_stop_in_one_character_are_num() -> None:
    doc = body("⒈加强巡查\n内容。\n⒉加快整改\n内容。")
    assert [(s.level, s.style, s.ordinal, s.marker, s.title) for s in doc.sections] == [
        (1, "num", 1, "⒈", "加强巡查"),
        (1, "num", 2, "⒉", "加快整改"),
    ]


def test_first_level_ideographs_with_a_dot_or_comma_stop() -> None:
    doc = body("一．总体要求\n内容。\n二.主要任务\n内容。")
    assert [(s.style, s.ordinal, s.title) for s in doc.sections] == [("cn", 1, "总体要求"), ("cn", 2, "主要任务")]


def test_a_second_level_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("一、工作情况\n（一）\n加强组织领导\n成立了领导小组。\n（二）\n完善工作机制\n建立了联席会议制度。")
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (2, "cn-paren", "（一）", "加强组织领导"),
        (2, "cn-paren", "（二）", "完善工作机制"),
    ]
    assert doc.sections[0].sections[0].paragraphs[0].text == "成立了领导小组。"


def test_four_levels_nest_in_rank_order() -> None:
    doc = body("一、甲\n（一）乙\n1.丙\n（1）丁\n①第一点内容。\n②第二点内容。\n二、戊\n内容。")
    assert [(s.level, s.style) for s in doc.iter_sections()] == [
        (1, "cn"),
        (2, "cn-paren"),
        (3, "num"),
        (4, "num-paren"),
        (5, "circled"),
        (5, "circled"),
        (1, "cn"),
    ]


def test_articles_number_on_across_chapters_without_a_gap() -> None:
    doc = body(
        "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全区。\n第二章 管理\n第三条 各部门负责实施。"
    )
    assert [(s.style, s.ordinal, [(a.style, a.ordinal) for a in s.sections]) for s in doc.sections] == [
        ("chapter", 1, [("article", 1), ("article", 2)]),
        ("chapter", 2, [("article", 3)]),
    ]
    assert "numbering-gap" not in codes(doc)


def test_parts_hold_the_ideograph_sections() -> None:
    doc = body("第一部分 总体情况\n一、基本情况\n内容。\n第二部分 下步打算\n一、主要任务\n内容。")
    assert [(s.style, s.title, [c.marker for c in s.sections]) for s in doc.sections] == [
        ("part", "总体情况", ["一、"]),
        ("part", "下步打算", ["一、"]),
    ]


def test_numbered_points_in_a_quoted_proposal_with_ideograph_markers_stay_in_the_preamble() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第5号提案的答复\n王某委员：\n您在提案中建议：\n一、建立协调机制；\n二、加大资金投入。\n"
        "现答复如下：\n一、关于协调机制\n已建立联席会议。\n二、关于资金投入\n已安排专项资金。\n某区某局\n2024年5月6日"
    )
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "关于协调机制"), ("二、", "关于资金投入")]
    assert "一、建立协调机制；" in [p.text for p in doc.preamble]


# --- enumerations ---------------------------------------------------------------------------------


def items_of(doc: govdoc.Document) -> list[list[str]]:
    return [[i.marker for i in p.items] for s in doc.iter_sections() for p in s.paragraphs]


def test_an_enumeration_inside_a_second_level_section() -> None:
    doc = body("一、工作情况\n（一）加强管理\n一是建立台账。二是定期巡查。三是限期整改。\n（二）完善制度\n内容。")
    sub = doc.sections[0].sections[0]
    assert [(i.ordinal, i.marker, i.lead) for i in sub.paragraphs[0].items] == [
        (1, "一是", "建立台账"),
        (2, "二是", "定期巡查"),
        (3, "三是", "限期整改"),
    ]


def test_four_members_first_then_next_then_again_then_last() -> None:
    doc = body("一、工作措施\n首先，摸清底数；其次，制定方案；再次，组织实施；最后，总结评估。")
    assert [(i.ordinal, i.marker, i.lead) for i in doc.sections[0].paragraphs[0].items] == [
        (1, "首先", "摸清底数"),
        (2, "其次", "制定方案"),
        (3, "再次", "组织实施"),
        (4, "最后", "总结评估"),
    ]


def test_a_run_does_not_go_on_across_a_sub_heading() -> None:
    doc = body("一、工作措施\n（一）宣传\n一是开展宣传。\n（二）培训\n二是组织培训。")
    assert items_of(doc) == [[], []]


def test_a_run_of_must_clauses_across_paragraphs() -> None:
    doc = body("一、工作要求\n一要提高认识，统一思想。\n二要加强领导；三要狠抓落实。")
    paras = doc.sections[0].paragraphs
    assert [[(i.marker, i.text) for i in p.items] for p in paras] == [
        [("一要", "一要提高认识，统一思想。")],
        [("二要", "二要加强领导；"), ("三要", "三要狠抓落实。")],
    ]


def test_ordinal_members_with_a_comma_and_a_lead_to_the_first_stop() -> None:
    doc = body("一、主要做法\n其一，完善政策体系；其二，强化资金保障。其三，优化服务流程。")
    assert [(i.ordinal, i.lead) for i in doc.sections[0].paragraphs[0].items] == [
        (1, "完善政策体系"),
        (2, "强化资金保障"),
        (3, "优化服务流程"),
    ]


def test_an_enumeration_in_the_preamble_belongs_to_its_paragraph() -> None:
    doc = body("近年来，我局主要做了两方面工作：一是加强巡查，二是加快整改。\n一、下步打算\n内容。")
    assert [[i.marker for i in p.items] for p in doc.preamble] == [[], ["一是", "二是"]]


def test_ten_and_eleven_are_members_of_a_long_run() -> None:
    run = "".join(f"{n}是措施{k}。" for k, n in enumerate("一二三四五六七八九十", start=1)) + "十一是措施11。"
    doc = body("一、工作措施\n" + run)
    assert [i.ordinal for i in doc.sections[0].paragraphs[0].items] == list(range(1, 12))


# --- phases ---------------------------------------------------------------------------------------


def test_each_plan_opener_starts_the_plan_part() -> None:
    for opener in ("下一步，", "下步，", "下一阶段，", "下阶段，", "今后，", "接下来，", "下一步工作中，"):
        doc = body(f"一、工作情况\n目前已完成改造。\n{opener}我们将继续推进。\n二、其他\n内容。")
        assert [p.phase for p in doc.sections[0].paragraphs] == ["progress", "plan"], opener
        assert [p.phase for p in doc.sections[1].paragraphs] == [None], opener


def test_the_plan_ends_at_a_sub_heading() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n下一步，我们将继续推进。\n（一）资金\n已安排资金。")
    assert [p.phase for p in doc.sections[0].paragraphs] == ["progress", "plan"]
    assert [p.phase for p in doc.sections[0].sections[0].paragraphs] == [None]


def test_a_plan_in_the_preamble() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第6号提案的答复\n王某委员：\n您的提案收悉。\n目前我区已建成公园十座。\n"
        "今后，我们将继续增加绿地。\n感谢您对我区工作的关心和支持。\n某区某局\n2024年5月6日"
    )
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]


# --- closing --------------------------------------------------------------------------------------


def test_each_closing_formula_leaves_the_last_section() -> None:
    for closing in ("特此答复。", "此复。", "专此答复。", "特此函复。", "以上答复，如有不同意见，请及时与我们联系。"):
        doc = body(f"一、工作情况\n内容。\n{closing}")
        assert doc.closing is not None and doc.closing.text == closing, closing
        assert [p.text for p in doc.sections[0].paragraphs] == ["内容。"], closing


def test_thanks_then_formula_is_one_closing_of_two_lines() -> None:
    doc = body("一、工作情况\n内容。\n感谢您对我区工作的关心和支持！\n特此答复。")
    assert doc.closing is not None
    assert doc.closing.text == "感谢您对我区工作的关心和支持！\n特此答复。"


# --- signature and what follows -------------------------------------------------------------------


def sig(tail: str) -> govdoc.Document:
    return govdoc.parse_text(HEAD + "一、工作情况\n内容。\n特此答复。\n" + tail)


def test_two_organs_side_by_side_sign_jointly() -> None:
    doc = sig("某区教育局    某区财政局\n2024年5月6日")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区教育局", "某区财政局"), "2024-05-06")


def test_two_organs_stacked_sign_jointly() -> None:
    doc = sig("某区教育局\n某区财政局\n2024年5月6日")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区教育局", "某区财政局"), "2024-05-06")


def test_a_seal_note_after_the_organ_is_not_part_of_its_name() -> None:
    doc = sig("某区某局（印章）\n2024年5月6日")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区某局",)


def test_chinese_numeral_dates_with_each_zero_form() -> None:
    for text in ("二〇二四年五月六日", "二○二四年五月六日", "二零二四年五月六日", "二O二四年五月六日"):
        doc = sig(f"某区某局\n{text}")
        assert doc.signature is not None, text
        assert (doc.signature.date, doc.signature.date_text) == ("2024-05-06", text)


def test_a_date_with_spaces_between_its_parts() -> None:
    doc = sig("某区某局\n2024 年 5 月 6 日")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-05-06")


def test_attachments_listed_after_the_signature() -> None:
    doc = sig("某区某局\n2024年5月6日\n附件：1.项目清单\n2.资金明细表")
    assert doc.signature is not None and doc.signature.date == "2024-05-06"
    assert doc.attachments == ("项目清单", "资金明细表")
    assert [s.marker for s in doc.sections] == ["一、"]


def test_signature_contact_cc_and_print_line_each_in_place() -> None:
    doc = sig(
        "某区某局\n2024年5月6日\n（联系人：赵某，联系电话：12345678）\n"
        "抄送：区政协提案委员会，区政府办公室。\n某区某局办公室  2024年5月7日印发"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-05-06")
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("赵某", ("12345678",))
    assert doc.imprint is not None
    assert (doc.imprint.cc, doc.imprint.printed_by, doc.imprint.printed_on) == (
        ("区政协提案委员会", "区政府办公室"),
        "某区某局办公室",
        "2024-05-07",
    )


def test_a_publication_note_between_date_and_contact() -> None:
    doc = sig("某区某局\n2024年5月6日\n（此件公开发布）\n联系人：赵某  联系电话：12345678")
    assert doc.signature is not None and doc.signature.date == "2024-05-06"
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("赵某", ("12345678",))


# --- addressees -----------------------------------------------------------------------------------


def addressees(line: str) -> tuple[str, ...]:
    doc = govdoc.parse_text(f"关于做好防汛工作的通知\n{line}\n请认真落实。\n某区人民政府\n2024年6月1日")
    return doc.header.recipients


def test_addressee_variants_split_by_the_contract() -> None:
    assert addressees("尊敬的王某委员：") == ("王某委员",)
    assert addressees("区政协办公室、区委区政府督查局：") == ("区政协办公室", "区委区政府督查局")
    assert addressees("各街道办事处、各镇人民政府：") == ("各街道办事处", "各镇人民政府")
    assert addressees("王某、李某代表：") == ("王某、李某代表",)
    assert addressees("各街道，各有关部门:") == ("各街道", "各有关部门")


# --- round two: interactions ----------------------------------------------------------------------


def test_an_enumeration_after_a_run_in_title_belongs_to_the_rest_of_the_line() -> None:
    doc = body("一、工作情况\n（一）加强管理。一是建立台账；二是定期巡查。")
    sub = doc.sections[0].sections[0]
    assert sub.title == "加强管理"
    assert [(i.marker, i.text) for i in sub.paragraphs[0].items] == [
        ("一是", "一是建立台账；"),
        ("二是", "二是定期巡查。"),
    ]


def test_an_arabic_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    doc = body("1.\n加强管理\n建立了台账。\n2.\n完善制度\n出台了办法。")
    assert [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("1.", "加强管理", ["建立了台账。"]),
        ("2.", "完善制度", ["出台了办法。"]),
    ]


def test_one_side_and_the_other_across_two_paragraphs() -> None:
    doc = body("一、工作措施\n一方面，加大宣传力度。\n另一方面，完善配套设施。")
    assert [[(i.ordinal, i.lead) for i in p.items] for p in doc.sections[0].paragraphs] == [
        [(1, "加大宣传力度")],
        [(2, "完善配套设施")],
    ]


def test_a_numbered_point_that_opens_with_next_step_is_the_plan_of_its_own_section() -> None:
    doc = body(
        "一、工作情况\n1.目前已完成改造十处，覆盖居民一千余户，群众反映良好，各方面评价较高。\n"
        "2.下一步，我们将继续推进改造工作，力争年底前全部完成，切实改善居民居住条件。"
    )
    points = doc.sections[0].sections
    assert [(s.marker, s.title) for s in points] == [("1.", None), ("2.", None)]
    assert [[p.phase for p in s.paragraphs] for s in points] == [[None], ["plan"]]


def test_next_step_inside_a_sentence_does_not_open_a_plan() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n我们下一步将继续推进。")
    assert [p.phase for p in doc.sections[0].paragraphs] == [None, None]


def test_a_plan_opened_by_in_the_next_step_of_work() -> None:
    doc = body("一、工作情况\n目前已完成改造。\n在下一步工作中，我们将继续推进。")
    assert [p.phase for p in doc.sections[0].paragraphs] == ["progress", "plan"]


def test_ideograph_ordinals_past_ten_run_on_without_a_gap() -> None:
    text = "".join(
        f"{m}、事项\n内容。\n" for m in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    )
    doc = body(text.rstrip("\n"))
    assert [s.ordinal for s in doc.sections] == list(range(1, 13))
    assert "numbering-gap" not in codes(doc)


def test_a_missing_ordinal_is_a_numbering_gap() -> None:
    doc = body("一、甲\n内容。\n二、乙\n内容。\n四、丁\n内容。")
    assert [s.ordinal for s in doc.sections] == [1, 2, 4]
    assert "numbering-gap" in codes(doc)


def test_a_second_level_marker_followed_by_a_pause_mark() -> None:
    doc = body("（一）、加强管理\n内容。\n（二）、完善制度\n内容。")
    assert [(s.style, s.marker, s.title) for s in doc.sections] == [
        ("cn-paren", "（一）、", "加强管理"),
        ("cn-paren", "（二）、", "完善制度"),
    ]


def test_items_of_an_article_nest_under_it() -> None:
    doc = body(
        "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法所称项目包括：\n（一）新建项目；\n（二）改建项目。\n"
        "第二章 附则\n第三条 本办法自发布之日起施行。"
    )
    assert [(s.level, s.style, s.ordinal) for s in doc.iter_sections()] == [
        (1, "chapter", 1),
        (2, "article", 1),
        (2, "article", 2),
        (3, "cn-paren", 1),
        (3, "cn-paren", 2),
        (1, "chapter", 2),
        (2, "article", 3),
    ]


def test_sections_of_a_chapter_hold_its_articles() -> None:
    doc = body(
        "第一章 总则\n第一节 一般规定\n第一条 为了规范管理，制定本办法。\n第二节 适用范围\n第二条 本办法适用于全区。"
    )
    assert [(s.level, s.style, s.title) for s in doc.iter_sections()] == [
        (1, "chapter", "总则"),
        (2, "section", "一般规定"),
        (3, "article", None),
        (2, "section", "适用范围"),
        (3, "article", None),
    ]


def test_each_closing_formula_variant_is_the_closing() -> None:
    for closing in ("特此复函。", "专此函复。", "此复", "特此函复！"):
        doc = body(f"一、工作情况\n内容。\n{closing}")
        assert doc.closing is not None and doc.closing.text == closing, closing
        assert [p.text for p in doc.sections[0].paragraphs] == ["内容。"], closing


def test_attachments_listed_before_the_signature() -> None:
    doc = sig_before("附件：1.项目清单\n2.资金明细表\n某区某局\n2024年5月6日")
    assert doc.attachments == ("项目清单", "资金明细表")
    assert [s.marker for s in doc.sections] == ["一、"]
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-05-06")


def sig_before(tail: str) -> govdoc.Document:
    return govdoc.parse_text(HEAD + "一、工作情况\n内容。\n感谢您对我区工作的关心和支持。\n" + tail)


def test_a_seal_note_on_its_own_line_between_organ_and_date() -> None:
    doc = sig_before("某区某局\n（盖章）\n2024年5月6日")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-05-06")


def test_a_contact_line_before_the_signature() -> None:
    doc = sig_before("联系人：赵某；联系电话：12345678\n某区某局\n2024年5月6日")
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("赵某", ("12345678",))
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-05-06")
    assert doc.closing is not None and doc.closing.text == "感谢您对我区工作的关心和支持。"


def test_cc_without_a_print_line() -> None:
    doc = sig_before("某区某局\n2024年5月6日\n抄送：区政协提案委员会。")
    assert doc.imprint is not None
    assert (doc.imprint.cc, doc.imprint.printed_by, doc.imprint.printed_on) == (("区政协提案委员会",), None, None)
    assert doc.signature is not None and doc.signature.date == "2024-05-06"


def test_a_reply_without_a_title_is_a_reply_from_its_own_words() -> None:
    doc = govdoc.parse_text(
        "王某委员：\n您的提案收悉。经研究，现答复如下：\n已安排专项资金。\n特此答复。\n某区某局\n2024年5月6日"
    )
    assert doc.kind == "reply"
    assert doc.header.recipients == ("王某委员",)
    assert doc.closing is not None and doc.closing.text == "特此答复。"


# --- round three ----------------------------------------------------------------------------------


def test_a_last_paragraph_of_thanks_opened_by_lastly_is_the_closing_not_an_item() -> None:
    doc = body("一、工作措施\n首先，摸清底数；其次，制定方案。\n最后，再次感谢您对我们工作的关心和支持。")
    assert [[i.marker for i in p.items] for p in doc.sections[0].paragraphs] == [["首先", "其次"]]
    assert doc.closing is not None and doc.closing.text == "最后，再次感谢您对我们工作的关心和支持。"


def test_the_plan_goes_on_to_the_next_heading_whatever_its_paragraphs_say() -> None:
    doc = body("一、工作情况\n已完成改造。\n下一步，我们将继续推进。\n目前正在制定方案。\n二、其他\n内容。")
    assert [p.phase for p in doc.sections[0].paragraphs] == ["progress", "plan", "plan"]


def test_two_levels_skipped_the_parenthesised_numbers_nest_under_the_ideographs() -> None:
    doc = body("一、工作措施\n（1）加强巡查\n内容。\n（2）加快整改\n内容。\n二、下步打算\n内容。")
    assert [(s.level, s.style, s.marker) for s in doc.iter_sections()] == [
        (1, "cn", "一、"),
        (2, "num-paren", "（1）"),
        (2, "num-paren", "（2）"),
        (1, "cn", "二、"),
    ]


def test_a_run_restarts_after_a_sub_heading() -> None:
    doc = body("一、工作措施\n（一）宣传\n一是开展宣传。二是发放资料。\n（二）培训\n一是组织培训。二是开展考核。")
    assert [[i.ordinal for i in p.items] for p in items_paragraphs(doc)] == [[1, 2], [1, 2]]


def items_paragraphs(doc: govdoc.Document) -> list[govdoc.Paragraph]:
    return [p for s in doc.iter_sections() for p in s.paragraphs]


def test_a_formula_written_on_at_the_end_of_the_last_line_is_the_closing_not_also_body() -> None:
    doc = body("一、工作情况\n项目将于年内完工。此复。")
    assert doc.closing is not None and doc.closing.text == "此复。"
    assert [p.text for p in doc.sections[0].paragraphs] == ["项目将于年内完工。"]


def test_formula_then_thanks_is_one_closing() -> None:
    doc = body("一、工作情况\n内容。\n特此答复。\n感谢您对我区工作的关心和支持。")
    assert doc.closing is not None and doc.closing.text == "特此答复。\n感谢您对我区工作的关心和支持。"


def test_a_zero_padded_date() -> None:
    doc = sig("某区某局\n2024年05月06日")
    assert doc.signature is not None and doc.signature.date == "2024-05-06"


def test_members_numbered_first_second_on_their_own_lines() -> None:
    doc = body("一、主要做法\n第一，完善政策体系，出台了实施意见。\n第二，强化资金保障，安排资金五百万元。")
    assert [[(i.ordinal, i.lead) for i in p.items] for p in doc.sections[0].paragraphs] == [
        [(1, "完善政策体系，出台了实施意见")],
        [(2, "强化资金保障，安排资金五百万元")],
    ]


def test_an_article_inside_an_ideograph_section_nests_under_it() -> None:
    doc = body("一、总体要求\n第一条 坚持问题导向。\n第二条 坚持系统观念。\n二、主要任务\n内容。")
    assert [(s.level, s.style, s.ordinal) for s in doc.iter_sections()] == [
        (1, "cn", 1),
        (2, "article", 1),
        (2, "article", 2),
        (1, "cn", 2),
    ]


def test_a_numbered_attachment_label_after_the_signature() -> None:
    doc = sig("某区某局\n2024年5月6日\n附件1：项目清单\n附件2：资金明细表")
    assert doc.attachments == ("项目清单", "资金明细表")
    assert doc.signature is not None and doc.signature.date == "2024-05-06"


def test_the_organ_and_the_date_on_one_line_with_a_chinese_date() -> None:
    doc = sig("某区教育局  某区财政局\n二〇二四年五月六日")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区教育局", "某区财政局"), "2024-05-06")


def test_a_plan_in_a_section_without_a_progress_part() -> None:
    doc = body("一、下步打算\n下一步，我们将继续推进。\n力争年底前完成。")
    assert [p.phase for p in doc.sections[0].paragraphs] == ["plan", "plan"]


def test_a_heading_that_ends_with_a_colon_keeps_its_text_as_title() -> None:
    doc = body("一、主要措施：\n内容。\n二、下步打算：\n内容。")
    assert [s.title for s in doc.sections] == ["主要措施", "下步打算"]


def test_an_enumeration_run_into_the_heading_line() -> None:
    doc = body("一、主要措施：一是加强巡查；二是加快整改。")
    sec = doc.sections[0]
    assert sec.title == "主要措施"
    assert [(i.marker, i.lead) for i in sec.paragraphs[0].items] == [("一是", "加强巡查"), ("二是", "加快整改")]


def test_a_formula_run_onto_a_numbered_point_leaves_the_point_and_its_span() -> None:
    doc = govdoc.parse_text(HEAD + "一、我局已将该项目列入计划，汛期前完工。此复。\n某区某局\n2024年5月6日")
    assert doc.closing is not None and doc.closing.text == "此复。"
    section = doc.sections[0]
    assert doc.text[section.span.start : section.span.end] == "一、我局已将该项目列入计划，汛期前完工。"


def test_a_signature_written_date_first_takes_the_organ_under_the_date() -> None:
    doc = sig("2024年5月6日\n某区某局\n抄送：区政协提案委员会。")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区某局",), "2024-05-06")
    assert doc.imprint is not None and doc.imprint.cc == ("区政协提案委员会",)
    assert "field-missing" not in codes(doc)


def test_an_organ_under_a_lone_date_that_prints_the_document_is_not_the_signer() -> None:
    doc = sig("2024年5月6日\n某区某局办公室\n2024年5月7日印发")
    assert doc.imprint is not None
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("某区某局办公室", "2024-05-07")
    assert doc.signature is None or doc.signature.issuers == ()


def test_a_feedback_request_after_the_thanks_is_part_of_the_closing() -> None:
    doc = body("一、工作情况\n内容。\n感谢您对我区工作的关心和支持。\n如有意见，请填写意见反馈表。")
    assert doc.closing is not None
    assert doc.closing.text == "感谢您对我区工作的关心和支持。\n如有意见，请填写意见反馈表。"
    assert [p.text for p in doc.sections[0].paragraphs] == ["内容。"]


def test_a_feedback_request_alone_is_not_a_closing() -> None:
    doc = body("一、工作情况\n内容。\n如有疑问，请与区建管委联系。")
    assert doc.closing is None


def test_letter_salutation_and_thanks_then_formula_close_the_reply() -> None:
    for closing in ("此致\n敬礼！", "再次感谢您的关心！\n此复。", "谢谢！", "特此函告。"):
        doc = body(f"一、工作情况\n内容。\n{closing}")
        assert doc.closing is not None and doc.closing.text == closing, closing
        assert doc.signature is not None and doc.signature.issuers == ("某区某局",), closing
