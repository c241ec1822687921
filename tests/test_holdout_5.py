"""Held-out check of round 5's accuracy fixes: each test shows one cause that a round-5 probe
found, written anew from the cause list alone (other words, another organ or level, another
layout), to see whether the fix reached the cause or only the probe's own words. Expected values
are written by hand from the contract."""

from __future__ import annotations

import govdoc
from tests.probing import checked


def doc(*lines: str) -> govdoc.Document:
    return checked("\n".join(lines))


def ref(d: govdoc.Document) -> govdoc.ProposalRef:
    r = d.header.responds_to
    assert r is not None
    return r


def titles(d: govdoc.Document) -> list[tuple[int, str, int, str | None]]:
    return [(s.level, s.style, s.ordinal, s.title) for s in d.iter_sections()]


# ---------------------------------------------------------------- header


def test_held_out_a_proposal_number_with_a_register_letter_in_the_title() -> None:
    d = doc(
        "关于县政协九届四次会议第2023-Z-015号提案的答复",
        "张某某委员：",
        "您提出的关于加强乡村道路养护的提案收悉。现答复如下：",
        "我局已将乡村道路养护纳入年度计划。",
        "特此答复。",
        "某县交通运输局",
        "2023年6月20日",
    )
    r = ref(d)
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == (
        "政协",
        "县",
        9,
        4,
        "2023-Z-015",
        "提案",
    )


def test_held_out_several_deputies_named_before_a_count_in_the_acknowledgement() -> None:
    d = doc(
        "关于市十六届人大二次会议第208号建议的答复",
        "",
        "钱某、孙某某、周某等4位代表：",
        "    你们提出的《关于规范校外培训机构的建议》收悉，现答复如下：",
        "    市教育局已会同有关部门开展专项治理。",
        "    感谢你们对教育工作的关心。",
        "",
        "某市教育局",
        "2024年5月30日",
    )
    # Corrected after the first run: the names stand in the addressee, and the contract never
    # infers proposers from the recipients; the acknowledgement names none.
    assert list(ref(d).proposers) == []


def test_held_out_several_deputies_named_with_a_count_as_the_acknowledgements_proposers() -> None:
    d = doc(
        "关于市十六届人大二次会议第209号建议的答复",
        "各位代表：",
        "    钱某、孙某某、周某等4位代表提出的《关于规范校外培训机构的建议》收悉，现答复如下：",
        "    市教育局已会同有关部门开展专项治理。",
        "    感谢你们对教育工作的关心。",
        "",
        "某市教育局",
        "2024年5月30日",
    )
    assert list(ref(d).proposers) == ["钱某", "孙某某", "周某"]


def test_held_out_the_handling_unit_under_its_table_label_is_the_issuer() -> None:
    d = doc(
        "索引号：11010200-2024-00123",
        "办复单位：某区民政局",
        "成文日期：2024-06-11",
        "关于区政协十四届三次会议第0321号提案的答复",
        "李某委员：",
        "您提出的关于发展社区食堂的提案收悉。现答复如下：",
        "我局已在全区建成社区食堂十二家。",
        "特此答复。",
    )
    assert d.header.issuer == "某区民政局"


def test_held_out_a_party_note_in_brackets_after_the_proposer_is_no_part_of_the_name() -> None:
    d = doc(
        "关于市政协十三届二次会议第1130号提案的答复",
        "提案人：吴某某（民进会员）",
        "吴某某委员：",
        "您提出的关于加强非遗保护的提案收悉。现答复如下：",
        "我局已建立非遗项目名录。",
        "特此答复。",
        "某市文化和旅游局",
        "2024年7月2日",
    )
    assert list(ref(d).proposers) == ["吴某某"]


def test_held_out_the_number_before_a_quoted_title_in_the_acknowledgement() -> None:
    d = doc(
        "某市交通运输局",
        "对市政协提案的答复",
        "陈某委员：",
        "　　你提出的第2117号《关于优化中心城区公交线网的提案》收悉。经研究，现答复如下：",
        "　　我局已优化调整公交线路九条。",
        "　　特此答复。",
        "某市交通运输局",
        "2024年6月5日",
    )
    r = ref(d)
    assert r.number == "2117"
    assert r.title == "关于优化中心城区公交线网的提案"


def test_held_out_a_dotted_name_with_a_deputy_role_is_the_proposer() -> None:
    d = doc(
        "关于自治区人大十四届二次会议第57号建议的答复",
        "热依拉·买买提代表：",
        "热依拉·买买提代表提出的《关于加强牧区饮水安全的建议》收悉。现答复如下：",
        "我厅已安排专项资金用于牧区饮水工程。",
        "特此答复。",
        "某自治区水利厅",
        "2024年6月18日",
    )
    assert list(ref(d).proposers) == ["热依拉·买买提"]


def test_held_out_a_member_named_after_guanyu_dui_with_no_meeting() -> None:
    d = doc(
        "关于对孙某某委员提出的第3120号提案的答复",
        "孙某某委员：",
        "您提出的提案收悉。现答复如下：",
        "我委已将相关内容纳入规划。",
        "特此答复。",
        "某市发展和改革委员会",
        "2024年5月8日",
    )
    r = ref(d)
    assert r.number == "3120"
    assert list(r.proposers) == ["孙某某"]
    assert r.title is None


def test_held_out_a_co_handling_opinion_letter_without_de_is_a_reply() -> None:
    d = doc(
        "关于市人大十五届三次会议第066号建议的协办意见函",
        "市住房和城乡建设局：",
        "你局转来的第066号建议收悉。经研究，我局提出如下协办意见：",
        "我局将配合做好老旧小区消防设施改造。",
        "以上意见，供参考。",
        "某市消防救援支队",
        "2024年4月9日",
    )
    assert d.kind == "reply"


def test_held_out_a_state_label_whose_value_is_a_category_wording() -> None:
    d = doc(
        "解决情况：正在解决",
        "公开属性：主动公开",
        "关于县政协十一届二次会议第27号提案的答复",
        "赵某委员：",
        "您提出的关于改善城区停车条件的提案收悉。现答复如下：",
        "县城新增停车泊位正在建设中。",
        "特此答复。",
        "某县住房和城乡建设局",
        "2024年6月1日",
    )
    assert d.header.handling_result == "B"


def test_held_out_a_title_wrapped_right_before_the_book_title_it_quotes() -> None:
    d = doc(
        "关于对市人大十五届三次会议第76号",
        "《关于改善老城区停车难的建议》的答复",
        "",
        "郑某代表：",
        "您提出的建议收悉。现答复如下：",
        "我局已在老城区增设停车泊位三百个。",
        "特此答复。",
        "某市城市管理局",
        "2024年7月10日",
    )
    assert d.header.title == "关于对市人大十五届三次会议第76号《关于改善老城区停车难的建议》的答复"


# ---------------------------------------------------------------- trailer

_REPLY_HEAD = (
    "关于县政协十届三次会议第45号提案的答复",
    "王某委员：",
    "您提出的关于加强农村供水的提案收悉。现答复如下：",
    "我局已完成十个村的管网改造。",
)


def test_held_out_a_time_in_hours_and_minutes_after_the_date() -> None:
    d = doc(*_REPLY_HEAD, "特此答复。", "某县水利局", "2024年6月3日上午10点30分")
    assert d.signature is not None
    assert list(d.signature.issuers) == ["某县水利局"]
    assert d.signature.date == "2024-06-03"


def test_held_out_an_afternoon_time_with_a_half_hour_after_a_spaced_date() -> None:
    d = doc(*_REPLY_HEAD, "特此答复。", "某县水利局", "2024年6月3日　下午3点半")
    assert d.signature is not None
    assert d.signature.date == "2024-06-03"
    assert d.signature.date_text == "2024年6月3日"


def test_held_out_a_cc_list_wrapped_inside_an_organ_name_before_its_ending() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "抄送：县委办公室，县自然资源和规划",
        "局，县财政局。",
    )
    assert d.imprint is not None
    assert list(d.imprint.cc) == ["县委办公室", "县自然资源和规划局", "县财政局"]


def test_held_out_thanks_before_a_han_fu_formula_run_on_after_the_last_sentence() -> None:
    d = doc(
        *_REPLY_HEAD[:3],
        "我局已完成十个村的管网改造，明年将继续推进。再次感谢您对水利工作的关心！特此函复。",
        "某县水利局",
        "2024年6月3日",
    )
    assert d.closing is not None
    assert d.closing.text == "再次感谢您对水利工作的关心！特此函复。"


def test_held_out_a_date_repeated_under_each_of_two_joint_organs() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县教育局　　　　　　某县财政局",
        "2024年8月1日　　　　　2024年8月1日",
    )
    assert d.signature is not None
    assert list(d.signature.issuers) == ["某县教育局", "某县财政局"]
    assert d.signature.date == "2024-08-01"


def test_held_out_a_contact_note_in_brackets_glued_to_the_date() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年9月2日（联系人：孙某；联系电话：0731-55551234）",
    )
    assert d.signature is not None
    assert d.signature.date == "2024-09-02"
    assert d.contact is not None
    assert d.contact.name == "孙某"
    assert list(d.contact.phones) == ["0731-55551234"]


def test_held_out_a_signer_cell_after_other_cells_on_a_trailer_line() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "承办人：李某　　核稿人：张某　　签发人：王某某",
    )
    assert d.header.signer == "王某某"


def test_held_out_a_lead_note_after_the_first_of_two_joint_organs() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局（牵头）",
        "某县农业农村局（配合）",
        "2024年6月3日",
    )
    assert d.signature is not None
    assert list(d.signature.issuers) == ["某县水利局", "某县农业农村局"]


def test_held_out_a_note_in_tortoise_shell_brackets_gives_the_disclosure() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "〔此件不予公开〕",
    )
    assert d.header.disclosure == "不予公开"


def test_held_out_a_co_handling_formula_with_your_unit_is_the_closing() -> None:
    d = doc(
        "关于市政协十三届二次会议第0588号提案的会办意见",
        "市教育局：",
        "你局转来的提案收悉。经研究，现提出会办意见如下：",
        "我局将配合做好校园周边交通秩序整治。",
        "以上会办意见，供你局参考。",
        "某市公安局交通警察支队",
        "2024年4月12日",
    )
    assert d.closing is not None
    assert d.closing.text == "以上会办意见，供你局参考。"


def test_held_out_a_print_line_with_its_date_and_yinfa_in_brackets() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "抄送：县政协提案委。",
        "某县水利局办公室　　（2024年6月4日印发）",
    )
    assert d.imprint is not None
    assert d.imprint.printed_by == "某县水利局办公室"
    assert d.imprint.printed_on == "2024-06-04"


# ---------------------------------------------------------------- structure

_BODY_HEAD = (
    "关于市政协十三届二次会议第0420号提案的答复",
    "刘某委员：",
    "您提出的关于加强社区养老服务的提案收悉。现答复如下：",
)


def test_held_out_ideographs_set_off_from_their_titles_by_an_ideographic_space() -> None:
    d = doc(
        *_BODY_HEAD,
        "一　工作进展",
        "全市已建成社区养老服务站八十个。",
        "二　存在问题",
        "部分站点运营资金不足。",
        "三　下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert [(lv, st, o, t) for lv, st, o, t in titles(d)] == [
        (1, "cn", 1, "工作进展"),
        (1, "cn", 2, "存在问题"),
        (1, "cn", 3, "下一步打算"),
    ]


def test_held_out_a_pair_of_quarters_opening_a_line_is_no_heading() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、工作进展",
        "今年上半年新建站点二十个。",
        "三、四季度将再建站点三十个，重点覆盖老旧小区。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "工作进展"), (1, "cn", 2, "下一步打算")]


def test_held_out_a_first_member_after_a_squadron_name() -> None:
    d = doc(
        *_BODY_HEAD,
        "各中队一是加强夜间巡查；二是及时处置占道经营。",
        "特此答复。",
    )
    items = [it for p in d.preamble for it in p.items]
    assert [(i.marker, i.lead) for i in items] == [("一是", "加强夜间巡查"), ("二是", "及时处置占道经营")]


def test_held_out_a_turn_in_shuoming_ruxia_with_the_first_heading_on_the_line() -> None:
    d = doc(
        "关于市政协十三届二次会议第0420号提案的答复",
        "刘某委员：",
        "您提出的关于加强社区养老服务的提案收悉。经认真研究，现将办理情况说明如下：一、基本情况",
        "全市已建成社区养老服务站八十个。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "基本情况"), (1, "cn", 2, "下一步打算")]


def test_held_out_an_article_cited_at_a_line_start_is_no_article_section() -> None:
    d = doc(
        *_BODY_HEAD,
        "根据《某市养老服务条例》，",
        "第二十条明确，街道应当设置综合养老服务中心。我局已督促各街道落实。",
        "特此答复。",
    )
    assert titles(d) == []


def test_held_out_a_heading_wrapped_inside_an_open_title_mark() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、关于《某市居家养老服务",
        "条例》的宣传",
        "我局通过社区讲座宣传条例。",
        "二、关于资金保障",
        "市财政每年安排专项资金。",
        "特此答复。",
    )
    assert titles(d) == [
        (1, "cn", 1, "关于《某市居家养老服务条例》的宣传"),
        (1, "cn", 2, "关于资金保障"),
    ]


def test_held_out_a_long_guanyu_heading_wrapped_before_its_de_frame() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、关于推进老旧小区改造与完善社区公共服务设施配套建设",
        "的情况",
        "今年已完成改造小区十五个。",
        "二、关于资金保障",
        "市财政每年安排专项资金。",
        "特此答复。",
    )
    assert titles(d) == [
        (1, "cn", 1, "关于推进老旧小区改造与完善社区公共服务设施配套建设的情况"),
        (1, "cn", 2, "关于资金保障"),
    ]


def test_held_out_an_attachment_label_with_its_title_over_its_first_heading() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、工作进展",
        "全市已建成社区养老服务站八十个。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
        "某市民政局",
        "2024年6月12日",
        "附件2：社区养老服务站建设标准",
        "一、选址要求",
        "站点应设在交通便利处。",
        "二、面积要求",
        "建筑面积不少于二百平方米。",
    )
    assert titles(d) == [(1, "cn", 1, "工作进展"), (1, "cn", 2, "下一步打算")]


# ---------------------------------------------------------------- batch 2 (written before running)


def test_held_out_2_a_party_committee_under_the_proposing_unit_label() -> None:
    d = doc(
        "关于区政协十四届二次会议第1042号提案的答复",
        "提出单位：农工党某区委",
        "农工党某区委：",
        "贵委提出的关于加强基层医疗人才队伍建设的提案收悉。现答复如下：",
        "我委已实施基层医疗人才培养计划。",
        "特此答复。",
        "某区卫生健康委员会",
        "2024年6月20日",
    )
    assert list(ref(d).proposers) == ["农工党某区委"]


def test_held_out_2_a_case_number_label_numbers_the_proposal_of_the_title() -> None:
    d = doc(
        "案号：2024078",
        "案由：关于加强河道保洁的提案",
        "对县政协十届三次会议提案的答复",
        "冯某委员：",
        "您提出的关于加强河道保洁的提案收悉。现答复如下：",
        "我局已落实河道保洁责任制。",
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
    )
    assert ref(d).number == "2024078"


def test_held_out_2_corner_brackets_quote_a_suggestions_title() -> None:
    d = doc(
        "关于县十八届人大二次会议第45号建议的答复",
        "罗某代表：",
        "你提出的「关于完善农村饮水工程管护机制的建议」收悉。现答复如下：",
        "我局已建立农村饮水工程管护制度。",
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
    )
    assert ref(d).title == "关于完善农村饮水工程管护机制的建议"


def test_held_out_2_a_deputys_opinion_numbered_in_the_title_is_a_reference_of_kind_yijian() -> None:
    d = doc(
        "关于县十七届人大一次会议第9号代表意见的答复",
        "马某代表：",
        "您提出的意见收悉。现答复如下：",
        "我局已对县城照明设施进行检修。",
        "特此答复。",
        "某县城市管理局",
        "2024年4月3日",
    )
    r = ref(d)
    assert (r.body, r.level, r.number, r.kind) == ("人大", "县", "9", "意见")


def test_held_out_2_a_members_name_under_its_own_label() -> None:
    d = doc(
        "提案编号：第0215号",
        "委员姓名：黄某",
        "提案题目：关于加快老旧小区加装电梯的提案",
        "对市政协十三届二次会议第0215号提案的答复",
        "黄某委员：",
        "您的提案收悉。现答复如下：",
        "我局已出台加装电梯补贴办法。",
        "特此答复。",
        "某市住房和城乡建设局",
        "2024年6月3日",
    )
    r = ref(d)
    assert list(r.proposers) == ["黄某"]
    assert r.title == "关于加快老旧小区加装电梯的提案"


def test_held_out_2_the_meeting_under_its_own_label_completes_the_reference() -> None:
    d = doc(
        "对市人大代表建议的答复",
        "届次：市十六届人大四次会议",
        "建议编号：第88号",
        "林某代表：",
        "您提出的关于加快农贸市场改造的建议收悉。现答复如下：",
        "我局已完成农贸市场改造十二个。",
        "特此答复。",
        "某市商务局",
        "2024年6月3日",
    )
    r = ref(d)
    assert (r.body, r.level, r.term, r.session, r.number) == ("人大", "市", 16, 4, "88")


def test_held_out_2_a_comrade_named_in_the_acknowledgement() -> None:
    d = doc(
        "关于市政协十三届二次会议第0610号提案的答复",
        "何某同志：",
        "何某同志提出的《关于加强城市绿道建设的提案》收悉。现答复如下：",
        "我局已建成城市绿道三十公里。",
        "特此答复。",
        "某市园林绿化局",
        "2024年6月3日",
    )
    assert list(ref(d).proposers) == ["何某"]


def test_held_out_2_a_count_of_co_signers_after_the_lead_under_the_proposer_label() -> None:
    d = doc(
        "关于县政协十届三次会议第31号提案的答复",
        "提案人：杜某等6人",
        "杜某委员：",
        "您提出的关于加强校园食品安全的提案收悉。现答复如下：",
        "我局已开展校园食品安全专项检查。",
        "特此答复。",
        "某县市场监督管理局",
        "2024年6月3日",
    )
    assert list(ref(d).proposers) == ["杜某"]


def test_held_out_2_a_category_word_alone_in_tortoise_shell_brackets() -> None:
    d = doc(
        "关于县政协十届三次会议第32号提案的答复",
        "〔留作参考〕",
        "杜某委员：",
        "您提出的关于建设县城体育公园的提案收悉。现答复如下：",
        "受用地条件限制，该项目暂无法实施，我局将在规划修编时统筹考虑。",
        "特此答复。",
        "某县自然资源局",
        "2024年6月3日",
    )
    assert d.header.handling_result == "reference"


def test_held_out_2_a_democratic_party_committee_named_in_the_acknowledgement() -> None:
    d = doc(
        "关于市政协十三届二次会议第0722号提案的答复",
        "九三学社某市委：",
        "九三学社某市委提出的《关于推进科技成果转化的提案》收悉。现答复如下：",
        "我局已设立科技成果转化基金。",
        "特此答复。",
        "某市科学技术局",
        "2024年6月3日",
    )
    assert list(ref(d).proposers) == ["九三学社某市委"]


def test_held_out_2_a_print_line_without_a_date_after_the_cc() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "抄送：县政协提案委，县政府办公室。",
        "县卫生健康局办公室印发",
    )
    assert d.imprint is not None
    assert d.imprint.printed_by == "县卫生健康局办公室"
    assert d.imprint.printed_on is None


def test_held_out_2_an_unlabelled_satisfaction_form_after_the_signature_gives_no_contact() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "联系人：钱某，联系电话：0571-86001234",
        "某县水利局",
        "2024年6月3日",
        "县政协委员提案办理情况满意度测评表",
        "提案人：王某",
        "联系电话：13900001111",
        "满意程度：满意□ 基本满意□ 不满意□",
    )
    assert d.contact is not None
    assert list(d.contact.phones) == ["0571-86001234"]


def test_held_out_2_a_page_number_in_dashes_after_a_gap_on_the_date_line() -> None:
    d = doc(*_REPLY_HEAD, "特此答复。", "某县水利局", "2024年7月15日          — 2 —")
    assert d.signature is not None
    assert d.signature.date == "2024-07-15"
    assert "— 2 —" not in d.text


def test_held_out_2_a_commission_name_wrapped_before_its_ending() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县发展和改革",
        "委员会",
        "2024年6月3日",
    )
    assert d.signature is not None
    assert list(d.signature.issuers) == ["某县发展和改革委员会"]


def test_held_out_2_a_zhuan_fenji_extension_stays_on_the_phone() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "（联系人：冯某；电话：0851-85823456转分机2201）",
    )
    assert d.contact is not None
    assert list(d.contact.phones) == ["0851-85823456转分机2201"]


def test_held_out_2_lead_and_joint_handling_units_labelled_on_one_line() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "主办单位：某县水利局　　　会办单位：某县财政局",
        "2024年6月3日",
    )
    assert d.signature is not None
    assert list(d.signature.issuers) == ["某县水利局", "某县财政局"]


def test_held_out_2_a_pair_of_months_across_ten_opening_a_line_is_no_heading() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、工作进展",
        "今年已新建站点二十个。",
        "十一、十二月份将集中开展冬季安全检查。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "工作进展"), (1, "cn", 2, "下一步打算")]


def test_held_out_2_numbered_table_rows_with_figures_under_a_section() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、站点建设情况",
        "各街道建设情况如下：",
        "1　东城街道　12",
        "2　西城街道　9",
        "3　南湖街道　15",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "站点建设情况"), (1, "cn", 2, "下一步打算")]


def test_held_out_2_a_wide_gap_before_the_first_heading_on_the_turn_line() -> None:
    d = doc(
        "关于市政协十三届二次会议第0420号提案的答复",
        "刘某委员：",
        "您提出的关于加强社区养老服务的提案收悉。现答复如下：　　　　一、基本情况",
        "全市已建成社区养老服务站八十个。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "基本情况"), (1, "cn", 2, "下一步打算")]


def test_held_out_2_a_lesson_count_at_a_line_start_is_no_section() -> None:
    d = doc(
        *_BODY_HEAD,
        "关于课后服务，",
        "第三节课后，学校统一组织托管服务，目前已覆盖全市中小学。",
        "特此答复。",
    )
    assert titles(d) == []


def test_held_out_2_a_numbered_heading_ending_in_a_colon_alone_on_its_line() -> None:
    d = doc(
        *_BODY_HEAD,
        "1、加强宣传引导：",
        "通过社区讲座宣传养老政策。",
        "2、加大资金投入：",
        "市财政每年安排专项资金。",
        "特此答复。",
    )
    assert titles(d) == [(1, "num", 1, "加强宣传引导"), (1, "num", 2, "加大资金投入")]


def test_held_out_2_a_heading_listing_with_pause_marks_past_thirty_characters() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、加强道路、桥梁、隧道、涵洞、边坡、排水设施、交通标志标线等基础设施的巡查养护",
        "我局已建立巡查台账。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [
        (1, "cn", 1, "加强道路、桥梁、隧道、涵洞、边坡、排水设施、交通标志标线等基础设施的巡查养护"),
        (1, "cn", 2, "下一步打算"),
    ]


# ---------------------------------------------------------------- batch 3 (written before running)
# Farther from the probes' words: the other common spelling, layout or neighbour of each cause.


def test_held_out_3_a_register_number_with_two_letters_in_the_acknowledgement() -> None:
    d = doc(
        "对市人大代表建议的答复",
        "谢某代表：",
        "您在市十六届人大三次会议上提出的第2024-TA-0031号建议收悉。现答复如下：",
        "我局已完成相关道路改造。",
        "特此答复。",
        "某市交通运输局",
        "2024年6月3日",
    )
    assert ref(d).number == "2024-TA-0031"


def test_held_out_3_a_dotted_name_with_a_bullet_dot_as_web_copies_write_it() -> None:
    d = doc(
        "关于自治区政协十二届二次会议第0133号提案的答复",
        "阿依古丽•吐尔逊委员：",
        "阿依古丽•吐尔逊委员提出的《关于发展庭院经济的提案》收悉。现答复如下：",
        "我厅已出台庭院经济扶持政策。",
        "特此答复。",
        "某自治区农业农村厅",
        "2024年6月3日",
    )
    assert list(ref(d).proposers) == ["阿依古丽•吐尔逊"]


def test_held_out_3_several_members_counted_with_ming() -> None:
    d = doc(
        "关于区政协十四届三次会议第0311号提案的答复",
        "各位委员：",
        "周某某、吴某等5名委员提出的《关于加强老年助餐服务的提案》收悉。现答复如下：",
        "我局已新建老年助餐点二十个。",
        "特此答复。",
        "某区民政局",
        "2024年6月3日",
    )
    assert list(ref(d).proposers) == ["周某某", "吴某"]


def test_held_out_3_a_handling_unit_in_a_pipe_table_is_the_issuer() -> None:
    d = doc(
        "| 索引号 | 11010200-2024-00456 |",
        "| 答复单位 | 某区城市管理委员会 |",
        "| 成文日期 | 2024-06-11 |",
        "关于区人大十六届四次会议第112号建议的答复",
        "许某代表：",
        "您提出的关于整治占道经营的建议收悉。现答复如下：",
        "我委已开展专项整治。",
        "特此答复。",
    )
    assert d.header.issuer == "某区城市管理委员会"


def test_held_out_3_a_deputy_named_after_guanyu_dui_with_suo_ti() -> None:
    d = doc(
        "关于对刘某某代表所提第0312号建议的答复",
        "刘某某代表：",
        "您的建议收悉。现答复如下：",
        "我局已增设公交站点。",
        "特此答复。",
        "某市交通运输局",
        "2024年6月3日",
    )
    r = ref(d)
    assert (r.number, list(r.proposers), r.title) == ("0312", ["刘某某"], None)


def test_held_out_3_a_handling_state_that_names_category_a() -> None:
    d = doc(
        "办理状态：已解决",
        "关于县政协十届三次会议第33号提案的答复",
        "杜某委员：",
        "您提出的关于修复村道的提案收悉。现答复如下：",
        "该村道已修复完成。",
        "特此答复。",
        "某县交通运输局",
        "2024年6月3日",
    )
    assert d.header.handling_result == "A"


def test_held_out_3_a_cc_to_superiors_under_chaobao_danwei() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "抄报单位：市水利局，县人民政府。",
    )
    assert d.imprint is not None
    assert list(d.imprint.cc) == ["市水利局", "县人民政府"]


def test_held_out_3_a_mobile_under_shouji_haoma() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "联系人：冯某",
        "办公电话：0851-85823456",
        "手机号码：13912345678",
    )
    assert d.contact is not None
    assert list(d.contact.phones) == ["0851-85823456", "13912345678"]


def test_held_out_3_role_notes_with_danwei_after_three_joint_organs() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局（主办单位）",
        "某县财政局（协办单位）",
        "某县农业农村局（协办单位）",
        "2024年6月3日",
    )
    assert d.signature is not None
    assert list(d.signature.issuers) == ["某县水利局", "某县财政局", "某县农业农村局"]


def test_held_out_3_a_handing_over_formula_with_zhuochu_after_the_answers_opinion() -> None:
    d = doc(
        "关于市政协十三届二次会议第0588号提案的协办意见",
        "市教育局：",
        "你局转来的提案收悉。经研究，现提出协办意见如下：",
        "我局将配合做好校园周边交通秩序整治。",
        "以上答复意见，请酌处。",
        "某市公安局",
        "2024年4月12日",
    )
    assert d.closing is not None
    assert d.closing.text == "以上答复意见，请酌处。"


def test_held_out_3_a_note_in_square_brackets_gives_disclosure_on_application() -> None:
    d = doc(*_REPLY_HEAD, "特此答复。", "某县水利局", "2024年6月3日", "【此件依申请公开】")
    assert d.header.disclosure == "依申请公开"


def test_held_out_3_a_cc_wrapped_inside_a_commission_name() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年6月3日",
        "抄送：市发展和改革",
        "委员会，市财政局。",
    )
    assert d.imprint is not None
    assert list(d.imprint.cc) == ["市发展和改革委员会", "市财政局"]


def test_held_out_3_ideographs_set_off_by_two_half_width_spaces() -> None:
    d = doc(
        *_BODY_HEAD,
        "一  工作进展",
        "全市已建成社区养老服务站八十个。",
        "二  下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "工作进展"), (1, "cn", 2, "下一步打算")]


def test_held_out_3_a_pair_of_metro_lines_opening_a_line_is_no_heading() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、工作进展",
        "今年已新建站点二十个。",
        "五、六号线沿线站点将于年内开放。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "工作进展"), (1, "cn", 2, "下一步打算")]


def test_held_out_3_a_first_member_after_the_townships_of_a_county() -> None:
    d = doc(*_BODY_HEAD, "全县各乡镇一要摸清底数；二要建立台账。", "特此答复。")
    items = [it for p in d.preamble for it in p.items]
    assert [(i.marker, i.lead) for i in items] == [("一要", "摸清底数"), ("二要", "建立台账")]


def test_held_out_3_a_turn_in_huibao_ruxia_with_the_first_heading_on_the_line() -> None:
    d = doc(
        "关于市政协十三届二次会议第0420号提案的答复",
        "刘某委员：",
        "您提出的关于加强社区养老服务的提案收悉。现将有关工作汇报如下：一、基本情况",
        "全市已建成社区养老服务站八十个。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "基本情况"), (1, "cn", 2, "下一步打算")]


def test_held_out_3_an_article_and_paragraph_cited_at_a_line_start() -> None:
    d = doc(
        *_BODY_HEAD,
        "依照《某市养老服务条例》",
        "第十五条第二款规定，新建小区应配套建设养老服务用房。我局已督促落实。",
        "特此答复。",
    )
    assert titles(d) == []


def test_held_out_3_a_heading_wrapped_inside_an_open_double_quote() -> None:
    d = doc(
        *_BODY_HEAD,
        "一、关于“十五分钟养老服务",
        "圈”建设",
        "我局已建成服务圈二十个。",
        "二、关于资金保障",
        "市财政每年安排专项资金。",
        "特此答复。",
    )
    assert titles(d) == [
        (1, "cn", 1, "关于“十五分钟养老服务圈”建设"),
        (1, "cn", 2, "关于资金保障"),
    ]


def test_an_article_and_item_cited_with_mingque_is_no_article_section() -> None:
    d = doc(
        *_BODY_HEAD,
        "对照《某市养老服务条例》，",
        "第八条第三项明确，区政府应当统筹建设养老服务设施。我局已报请区政府落实。",
        "特此答复。",
    )
    assert titles(d) == []


def test_a_regulations_own_articles_still_open_article_sections() -> None:
    d = doc(
        "某市社区养老服务站管理办法",
        "第一条　为规范社区养老服务站管理，制定本办法。",
        "第二条　本办法第三条第二款所称服务站，是指社区设立的养老服务场所。",
        "第三条　服务站应当配备专职人员。",
    )
    assert [(s.style, s.ordinal) for s in d.iter_sections()] == [
        ("article", 1),
        ("article", 2),
        ("article", 3),
    ]


# ---------------------------------------------------------------- batch 4 (written before running)


def test_held_out_4_a_dated_row_between_two_rows_of_the_information_table() -> None:
    d = doc(
        "索引号：11010200-2024-00789",
        "主题分类：民政、扶贫、救灾",
        "发布日期：2024-05-10",
        "有效性：有效",
        "关于区政协十四届三次会议第0455号提案的答复",
        "李某委员：",
        "您提出的关于发展社区食堂的提案收悉。现答复如下：",
        "我局已在全区建成社区食堂十二家。",
        "特此答复。",
    )
    assert d.header.metadata.get("发布日期") == "2024-05-10"
    assert "发布日期：2024-05-10" in d.text


def test_held_out_4_the_same_date_under_three_joint_organs() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局　　某县财政局　　某县农业农村局",
        "2024年8月1日　　2024年8月1日　　2024年8月1日",
    )
    assert d.signature is not None
    assert list(d.signature.issuers) == ["某县水利局", "某县财政局", "某县农业农村局"]
    assert d.signature.date == "2024-08-01"


def test_held_out_4_a_clock_with_a_full_width_colon_after_the_date() -> None:
    d = doc(*_REPLY_HEAD, "特此答复。", "某县水利局", "2024年6月3日 10：30")
    assert d.signature is not None
    assert d.signature.date == "2024-06-03"


def test_held_out_4_a_contact_note_with_lianxi_fangshi_written_on_after_the_date() -> None:
    d = doc(
        *_REPLY_HEAD,
        "特此答复。",
        "某县水利局",
        "2024年9月2日　（联系人：孙某，联系方式：0731-55551234）",
    )
    assert d.signature is not None
    assert d.signature.date == "2024-09-02"
    assert d.contact is not None
    assert d.contact.name == "孙某"
    assert list(d.contact.phones) == ["0731-55551234"]


def test_held_out_4_heartfelt_thanks_before_a_zhuanci_formula_run_on() -> None:
    d = doc(
        *_REPLY_HEAD[:3],
        "我局将继续推进管网改造。衷心感谢您的关注和支持！专此答复。",
        "某县水利局",
        "2024年6月3日",
    )
    assert d.closing is not None
    assert d.closing.text == "衷心感谢您的关注和支持！专此答复。"


def test_held_out_4_a_handling_opinion_handed_over_for_reference() -> None:
    d = doc(
        "关于市人大十五届三次会议第066号建议的协办意见",
        "市住房和城乡建设局：",
        "你局转来的建议收悉。经研究，提出如下意见：",
        "我局将配合做好老旧小区消防设施改造。",
        "以上办理意见，供参考。",
        "某市消防救援支队",
        "2024年4月9日",
    )
    assert d.closing is not None
    assert d.closing.text == "以上办理意见，供参考。"


def test_held_out_4_a_turn_in_zuo_ruxia_dafu_with_the_first_heading_on_the_line() -> None:
    d = doc(
        "关于市政协十三届二次会议第0420号提案的答复",
        "刘某委员：",
        "您提出的关于加强社区养老服务的提案收悉。经认真研究，现作如下答复：一、基本情况",
        "全市已建成社区养老服务站八十个。",
        "二、下一步打算",
        "我局将加大财政支持力度。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn", 1, "基本情况"), (1, "cn", 2, "下一步打算")]


def test_held_out_4_a_long_guanyu_heading_wrapped_before_its_de_wenti() -> None:
    d = doc(
        *_BODY_HEAD,
        "（一）关于社区养老服务站运营补贴标准偏低与专业护理人员",
        "短缺的问题",
        "我局已提高运营补贴标准。",
        "（二）关于资金保障",
        "市财政每年安排专项资金。",
        "特此答复。",
    )
    assert titles(d) == [
        (1, "cn-paren", 1, "关于社区养老服务站运营补贴标准偏低与专业护理人员短缺的问题"),
        (1, "cn-paren", 2, "关于资金保障"),
    ]


def test_a_turn_in_zuochu_ruxia_shuoming_with_a_paren_heading_on_the_line() -> None:
    d = doc(
        "关于县人大十八届二次会议第17号建议的答复",
        "邓某代表：",
        "您提出的关于改善农村客运的建议收悉。我局高度重视，特做出如下说明：（一）线路开通情况",
        "全县已开通农村客运线路四十条。",
        "（二）下一步工作",
        "我局将优化班次安排。",
        "特此答复。",
    )
    assert titles(d) == [(1, "cn-paren", 1, "线路开通情况"), (1, "cn-paren", 2, "下一步工作")]
