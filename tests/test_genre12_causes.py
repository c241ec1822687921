"""Causes the round-12 genre probes (tests/test_probes_12_genres.py) named, each tried on a new
example written for it, not on the probe's own text. Expected values by hand from the contract."""

from __future__ import annotations

from tests.probing import checked, expect_fields

expect = expect_fields

REPLY_HEAD = """\
关于县十九届人大二次会议第31号建议的答复
潘某某代表：
您提出的《关于改善乡村学校供暖条件的建议》收悉。现答复如下：
今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。
"""


# --- batch 1 -----------------------------------------------------------------------------------


def test_a_label_joining_the_unit_the_person_and_the_means_reads_each_part_in_its_order() -> None:
    doc = checked(
        REPLY_HEAD
        + "特此答复。\n平原县教育局\n2022年5月9日\n承办单位、经办人及联系方式：县教育局计财股，蒙某，0412-3356789\n"
    )
    expect(doc, contact={"unit": "县教育局计财股", "name": "蒙某", "phones": ("0412-3356789",)})


def test_a_label_joining_the_unit_and_the_person_without_a_phone_names_both() -> None:
    doc = checked(REPLY_HEAD + "特此答复。\n平原县教育局\n2022年5月9日\n联系单位及联系人：县教育局基础教育股　严某\n")
    expect(doc, contact={"unit": "县教育局基础教育股", "name": "严某"})


def test_a_person_label_naming_the_office_first_takes_the_person_after_the_comma() -> None:
    doc = checked(
        REPLY_HEAD + "特此答复。\n平原县教育局\n2022年5月9日\n联系人：县教育局办公室，葛某　电话：0412-3356001\n"
    )
    expect(doc, contact={"unit": "县教育局办公室", "name": "葛某", "phones": ("0412-3356001",)})


def test_a_portal_page_publishing_a_proposals_answer_is_titled_by_what_it_publishes() -> None:
    doc = checked("""\
西陵市政协提案答复公开
提案编号：第136号
提案人：祁某某
承办单位：西陵市商务局
祁某某委员：
您提出的关于扶持老字号企业发展的提案收悉。现答复如下：
今年市商务局认定市级老字号企业15家，每家给予一次性奖励10万元。
西陵市商务局
2025年7月3日
""")
    expect(
        doc,
        kind="other",
        title="西陵市政协提案答复公开",
        recipients=("祁某某委员",),
        ref=("政协", "市", None, None, "136", "提案", "关于扶持老字号企业发展的提案", ["祁某某"]),
        signature=(("西陵市商务局",), "2025-07-03", "2025年7月3日"),
    )


def test_a_request_for_word_where_the_reader_disagrees_closes_the_answer_alone() -> None:
    doc = checked(REPLY_HEAD + "您如仍有不同看法，欢迎来函交流。\n平原县教育局\n2022年5月9日\n")
    expect(
        doc,
        closing="您如仍有不同看法，欢迎来函交流。",
        last="今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。",
        signature=(("平原县教育局",), "2022-05-09", "2022年5月9日"),
    )


# --- batch 3 -----------------------------------------------------------------------------------


def test_a_co_handling_opinion_asking_the_lead_unit_to_take_it_in_closes_the_letter() -> None:
    doc = checked("""\
关于县政协十届二次会议第27号提案的协办意见
县民政局：
县政协十届二次会议第27号提案《关于发展农村互助养老的提案》收悉。我局现提出协办意见如下：
县财政今年安排农村互助养老服务点运营补助资金150万元。
以上协办意见，请贵局在办理时予以吸纳。
平原县财政局
2019年4月3日
""")
    expect(
        doc,
        closing="以上协办意见，请贵局在办理时予以吸纳。",
        last="县财政今年安排农村互助养老服务点运营补助资金150万元。",
        signature=(("平原县财政局",), "2019-04-03", "2019年4月3日"),
    )


# --- batch 4 -----------------------------------------------------------------------------------


def test_a_title_naming_the_member_whose_proposal_it_answers_gives_the_proposer() -> None:
    doc = checked("""\
关于邝某某委员提案的答复
邝某某委员：
您在县政协十一届二次会议上提交的第42号提案《关于整治县城噪声污染的提案》收悉。现答复如下：
今年县生态环境局对县城建筑工地夜间施工开展专项检查，查处违规施工12起。
特此答复。
平原县生态环境局
2023年5月16日
""")
    expect(doc, ref=("政协", "县", 11, 2, "42", "提案", "关于整治县城噪声污染的提案", ["邝某某"]))


def test_a_title_naming_the_citys_deputies_as_a_group_gives_no_proposer() -> None:
    doc = checked("""\
关于市人大代表所提建议的答复
各位代表：
你们在市十六届人大二次会议上提出的第61号建议《关于完善城区公厕布局的建议》收悉。现答复如下：
今年市城管局新建改建城区公厕40座。
特此答复。
西陵市城市管理局
2022年6月1日
""")
    expect(doc, ref=("人大", "市", 16, 2, "61", "建议", "关于完善城区公厕布局的建议", []))


# --- batch 5 -----------------------------------------------------------------------------------


def test_a_request_for_word_where_the_reader_objects_to_the_handling_result_closes_the_answer_alone() -> None:
    doc = checked(
        REPLY_HEAD + "您如对本次办理结果有异议，可向县人大常委会代表工作委员会反映。\n平原县教育局\n2022年5月9日\n"
    )
    expect(
        doc,
        closing="您如对本次办理结果有异议，可向县人大常委会代表工作委员会反映。",
        last="今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。",
    )


# --- batch 8 -----------------------------------------------------------------------------------


def test_thanks_expressed_with_biaoshi_after_what_it_thanks_for_close_the_answer() -> None:
    for thanks in ("我们对您关注全县教育发展表示诚挚的谢意。", "再次表示感谢！"):
        doc = checked(REPLY_HEAD + thanks + "\n平原县教育局\n2022年5月9日\n")
        expect(
            doc,
            closing=thanks,
            last="今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。",
        )


def test_an_answer_handed_over_with_a_pleading_request_to_review_it_closes() -> None:
    doc = checked(REPLY_HEAD + "以上复函，恳请审阅。\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="以上复函，恳请审阅。")


def test_a_wish_for_the_readers_health_without_naming_the_reader_closes_the_answer() -> None:
    doc = checked(REPLY_HEAD + "祝身体健康、万事如意！\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="祝身体健康、万事如意！")


def test_a_signer_row_giving_the_deputy_directors_post_before_the_name_names_the_person() -> None:
    doc = checked(
        "平原县发展和改革委员会\n平发改函〔2023〕6号　　签发人：副主任　范某某\n"
        + REPLY_HEAD
        + "特此答复。\n平原县发展和改革委员会\n2023年5月9日\n"
    )
    expect(doc, signer="范某某", number=("平发改函〔2023〕6号", "平发改函", 2023, 6))


# --- batch 9 -----------------------------------------------------------------------------------


def test_thanks_offered_to_the_deputies_with_zhi_yi_close_the_answer() -> None:
    doc = checked(REPLY_HEAD + "谨向各位代表致以诚挚的谢意！\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="谨向各位代表致以诚挚的谢意！")


def test_a_request_for_comments_on_the_bureaus_answer_closes_it_alone() -> None:
    doc = checked(REPLY_HEAD + "如对我局的答复有意见，请来电告知。\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="如对我局的答复有意见，请来电告知。")


def test_a_request_to_fill_in_the_receipt_and_send_it_back_closes_with_the_thanks() -> None:
    doc = checked(
        REPLY_HEAD + "感谢您的关心！\n请于收到本答复之日起一个月内填写回执寄回我局。\n平原县教育局\n2022年5月9日\n"
    )
    expect(doc, closing="感谢您的关心！\n请于收到本答复之日起一个月内填写回执寄回我局。")


def test_a_reply_handed_over_as_the_reply_asking_to_call_where_unclear_closes_it() -> None:
    doc = checked(REPLY_HEAD + "以上回复，如有不明之处请来电咨询。\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="以上回复，如有不明之处请来电咨询。")


def test_a_sentence_asking_to_call_an_offices_staff_member_names_the_contact_person() -> None:
    doc = checked(
        REPLY_HEAD
        + "特此答复。\n平原县教育局\n2022年5月9日\n"
        + "如需进一步了解，请与县教育局基础教育股吕某联系，联系电话：0412-3356111。\n"
    )
    expect(doc, contact={"name": "吕某", "phones": ("0412-3356111",)})


def test_a_sentence_asking_to_call_an_office_names_no_person() -> None:
    doc = checked(
        REPLY_HEAD
        + "特此答复。\n平原县教育局\n2022年5月9日\n如有疑问，请与县教育局基础教育股联系，电话：0412-3356111。\n"
    )
    expect(doc, contact={"phones": ("0412-3356111",)})


# --- batch 11 ----------------------------------------------------------------------------------


def test_a_hope_worded_as_longing_for_continued_support_closes_the_answer() -> None:
    doc = checked(REPLY_HEAD + "盼望您继续关注和支持全县教育事业。\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="盼望您继续关注和支持全县教育事业。")


def test_a_letters_four_character_thanks_te_zhi_xie_yi_closes_it() -> None:
    doc = checked(REPLY_HEAD + "特致谢意！\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="特致谢意！")


def test_a_contact_division_labelled_lian_xi_chu_shi_is_the_unit() -> None:
    doc = checked(
        REPLY_HEAD + "特此答复。\n平原县教育局\n2022年5月9日\n联系处室：政策法规处\n联系人：韩某　电话：0412-3356222\n"
    )
    expect(doc, contact={"unit": "政策法规处", "name": "韩某", "phones": ("0412-3356222",)})


# --- batch 12 ----------------------------------------------------------------------------------


def test_a_note_naming_the_lead_deputy_and_the_joint_deputies_names_them_all() -> None:
    doc = checked("""\
关于县十九届人大二次会议第31号建议的答复
潘某某代表：
你们提出的《关于改善乡村学校供暖条件的建议》（领衔代表：潘某某；联名代表：汤某、滕某某）收悉。现答复如下：
今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。
特此答复。
平原县教育局
2022年5月9日
""")
    expect(doc, ref=("人大", "县", 19, 2, "31", "建议", "关于改善乡村学校供暖条件的建议", ["潘某某", "汤某", "滕某某"]))


def test_a_note_naming_seconding_deputies_after_the_lead_names_the_lead_alone() -> None:
    doc = checked("""\
关于县十九届人大二次会议第31号建议的答复
潘某某代表：
您提出的《关于改善乡村学校供暖条件的建议》（领衔代表：潘某某；附议代表：汤某、滕某某）收悉。现答复如下：
今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。
特此答复。
平原县教育局
2022年5月9日
""")
    expect(doc, ref=("人大", "县", 19, 2, "31", "建议", "关于改善乡村学校供暖条件的建议", ["潘某某"]))


# --- batch 13 ----------------------------------------------------------------------------------


def test_a_formula_handing_over_what_was_said_as_a_whole_closes_with_its_hand_over_clause() -> None:
    doc = checked(REPLY_HEAD + "以上内容，专此函复。\n平原县教育局\n2022年5月9日\n")
    expect(doc, closing="以上内容，专此函复。", last="今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。")


def test_the_hand_over_and_formula_written_on_at_the_end_of_the_last_body_line_start_the_closing() -> None:
    doc = checked(
        REPLY_HEAD.replace("正常运行。\n", "正常运行。以上情况，特此复函。\n") + "平原县教育局\n2022年5月9日\n"
    )
    expect(doc, closing="以上情况，特此复函。", last="今年县教育局为12所乡村学校更换供暖锅炉，供暖期已全部正常运行。")
