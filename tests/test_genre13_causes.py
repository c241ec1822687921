"""Causes the round-13 genre probes (tests/test_probes_13_genres.py) named, each tried on a new
example written for it, not on the probe's own text. Expected values by hand from the contract."""

from __future__ import annotations

from tests.probing import checked, expect_fields

expect = expect_fields


# --- batch 5: the class a register files a proposal under, between its number and its kind ------


def test_a_proposal_classed_as_a_groups_between_number_and_kind_keeps_its_number() -> None:
    doc = checked("""\
关于州政协九届三次会议第77号团体提案的答复
州妇联：
贵会提出的《关于加强农村留守儿童关爱服务的提案》收悉。现答复如下：
全州已建成儿童之家312个，配备儿童主任1460名。
州民政局
2023年6月9日
""")
    expect(doc, ref=("政协", "州", 9, 3, "77", "提案", "关于加强农村留守儿童关爱服务的提案", []))


def test_a_suggestion_classed_as_followed_by_leaders_keeps_its_number() -> None:
    doc = checked("""\
对区十八届人大二次会议第3号领导督办建议的答复
郝某某等10名代表：
你们提出的《关于改造城西农贸市场的建议》收悉。现答复如下：
城西农贸市场改造工程已于5月开工，年底前完工。
区商务局
2024年7月2日
""")
    expect(doc, ref=("人大", "区", 18, 2, "3", "建议", "关于改造城西农贸市场的建议", []))


def test_a_suggestion_made_between_sessions_classed_so_before_its_kind_keeps_its_number() -> None:
    doc = checked("""\
关于县人大常委会第0016号闭会期间代表建议的答复
邓某某代表：
您提出的《关于维修青龙桥的建议》收悉。现答复如下：
青龙桥维修工程已列入今年农村公路养护计划。
县交通运输局
2022年10月8日
""")
    expect(doc, ref=("人大", "县", None, None, "0016", "建议", "关于维修青龙桥的建议", []))


# --- batch 6: closings of the sister genres ------------------------------------------------------


REQUEST_HEAD = """\
关于增设城南消防站的请示
县人民政府：
城南片区现有人口8万人，距最近的消防站9公里，拟新建城南消防站一座，概算投资1600万元。
"""


def test_a_request_asking_only_for_the_reply_that_approves_it_closes_with_that_line() -> None:
    for line in ("请批复。", "恳请予以批复。", "请予审批。", "请批示。", "请予核准。"):
        doc = checked(REQUEST_HEAD + line + "\n县消防救援大队\n2021年4月2日\n")
        expect(
            doc,
            closing=line,
            last="城南片区现有人口8万人，距最近的消防站9公里，拟新建城南消防站一座，概算投资1600万元。",
        )


def test_a_formula_handing_itself_over_may_ask_whether_it_is_right_before_its_request() -> None:
    for line in ("以上意见妥否，请批示。", "以上报告是否妥当，请审定。", "以上意见当否，请予审批。"):
        doc = checked(REQUEST_HEAD + line + "\n县消防救援大队\n2021年4月2日\n")
        expect(doc, closing=line)


def test_a_request_of_substance_naming_the_approval_still_stays_the_bodys() -> None:
    doc = checked(REQUEST_HEAD + "恳请县政府从应急专项资金中安排800万元予以批复。\n县消防救援大队\n2021年4月2日\n")
    expect(doc, closing=None, last="恳请县政府从应急专项资金中安排800万元予以批复。")


def test_a_joint_titles_organs_stacked_one_a_line_over_its_guan_yu_line_open_the_title() -> None:
    doc = checked("""\
共青团东山县委员会
东山县教育局
东山县妇女联合会
关于开展2023年暑期青少年安全教育活动的通知
各乡镇团委、中小学校、妇联：
为切实保障青少年暑期安全，现就开展安全教育活动通知如下：
一、活动时间
7月10日至8月31日。
共青团东山县委员会　　东山县教育局　　东山县妇女联合会
2023年7月5日
""")
    expect(
        doc,
        kind="notice",
        title="共青团东山县委员会东山县教育局东山县妇女联合会关于开展2023年暑期青少年安全教育活动的通知",
        issuer="共青团东山县委员会东山县教育局东山县妇女联合会",
        signature=(("共青团东山县委员会", "东山县教育局", "东山县妇女联合会"), "2023-07-05", "2023年7月5日"),
    )


def test_a_joint_letterheads_organs_over_their_number_stay_out_of_the_title() -> None:
    doc = checked("""\
东山县教育局
东山县财政局
东教发〔2023〕4号
关于下达2023年学前教育发展资金的通知
各乡镇中心学校，县直各幼儿园：
现将2023年学前教育发展资金下达给你们，请按规定用途使用。
东山县教育局　　东山县财政局
2023年3月1日
""")
    expect(
        doc,
        title="关于下达2023年学前教育发展资金的通知",
        issuer="东山县教育局东山县财政局",
        number=("东教发〔2023〕4号", "东教发", 2023, 4),
    )


def test_an_organs_name_over_a_plan_title_its_signature_repeats_is_the_letterhead() -> None:
    doc = checked("""\
东山县农业农村局
东山县2024年高标准农田建设实施方案
为加快高标准农田建设，制定本方案。
一、建设任务
全年建设高标准农田2.5万亩。
东山县农业农村局
2024年2月26日
""")
    expect(
        doc,
        kind="plan",
        issuer="东山县农业农村局",
        title="东山县2024年高标准农田建设实施方案",
        signature=(("东山县农业农村局",), "2024-02-26", "2024年2月26日"),
    )


# --- batch 9: proposers named in the reference, the opening and a row --------------------------


def test_a_count_of_joint_deputies_in_ideographs_after_the_lead_leaves_the_lead_named() -> None:
    doc = checked("""\
关于区十六届人大四次会议彭某某等八名代表所提第41号建议的答复
彭某某等八名代表：
你们提出的《关于延长社区图书室开放时间的建议》收悉。现答复如下：
全区社区图书室已延长开放至晚上8点。
区文化旅游体育局
2023年6月2日
""")
    expect(doc, ref=("人大", "区", 16, 4, "41", "建议", "关于延长社区图书室开放时间的建议", ["彭某某"]))


def test_an_acknowledgement_counting_joint_members_in_ideographs_names_the_lead() -> None:
    doc = checked("""\
关于县政协十二届三次会议第9号提案的答复
县政协提案委员会：
蔡某某等二十位委员联名提出的《关于保护古树名木的提案》收悉。现答复如下：
全县已为古树名木挂牌1260株。
县林业局
2024年6月4日
""")
    expect(doc, ref=("政协", "县", 12, 3, "9", "提案", "关于保护古树名木的提案", ["蔡某某"]))


def test_bodies_proposing_together_are_each_a_proposer() -> None:
    doc = checked("""\
关于区政协七届二次会议第0033号提案的答复
区政协提案委员会：
民盟北湖区委员会、区工商联共同提出的《关于扶持社区小店发展的提案》收悉。现答复如下：
今年全区新设社区便民小店210家。
北湖区商务局
2022年6月10日
""")
    expect(
        doc,
        ref=("政协", "区", 7, 2, "0033", "提案", "关于扶持社区小店发展的提案", ["民盟北湖区委员会", "区工商联"]),
    )


def test_a_proposer_cell_beside_another_pair_on_its_row_ends_before_that_pair() -> None:
    doc = checked("""\
提案人：韦某某　　　界别：经济界
关于市政协十三届二次会议第0147号提案的答复
韦某某委员：
您提出的《关于发展夜间经济的提案》收悉。现答复如下：
今年全市打造夜间消费集聚区6个。
东江市商务局
2022年7月1日
""")
    expect(
        doc,
        metadata={"提案人": "韦某某", "界别": "经济界"},
        ref=("政协", "市", 13, 2, "0147", "提案", "关于发展夜间经济的提案", ["韦某某"]),
    )


# --- batch 10: a hand-over naming its reviewers, a 函's answer asked by a date ------------------

REPLY_HEAD = """\
关于区政协六届三次会议第0051号提案的答复
区政协提案委员会：
贵委提出的《关于加强校园周边交通安全管理的提案》收悉。现答复如下：
今年全区中小学校门口已全部设置护学岗和减速带。
"""


def test_a_hand_over_asking_its_named_readers_to_review_it_closes_the_answer() -> None:
    for line in ("以上答复，请您审阅。", "以上答复，恳请各位委员审阅。", "以上答复，请贵委审阅。"):
        doc = checked(REPLY_HEAD + line + "\n北湖区公安分局\n2022年6月30日\n")
        expect(doc, closing=line, last="今年全区中小学校门口已全部设置护学岗和减速带。")


LETTER_HEAD = """\
关于报送2024年度安全生产工作总结的函
各镇（街道）安委会：
请各单位认真总结本年度安全生产工作，形成书面材料。
"""


def test_a_letters_request_for_its_answer_by_a_date_closes_it() -> None:
    for line in ("请于12月15日前函复。", "请于2024年12月底前回复为盼。"):
        doc = checked(LETTER_HEAD + line + "\n县安全生产委员会办公室\n2024年12月2日\n")
        expect(doc, closing=line, last="请各单位认真总结本年度安全生产工作，形成书面材料。")


def test_a_request_to_send_material_by_a_date_stays_the_bodys() -> None:
    doc = checked(LETTER_HEAD + "请于12月15日前将总结报送县安委办。\n县安全生产委员会办公室\n2024年12月2日\n")
    expect(doc, closing=None, last="请于12月15日前将总结报送县安委办。")


# --- batch 11: a telegram's grade beside how it is sent; a copy line's space for its colon -------


def test_a_telegrams_grade_printed_with_how_it_is_sent_is_the_urgency() -> None:
    for mark in ("加急·明电", "特提　明电", "【平急·密电】"):
        doc = checked(
            mark
            + "\n东山县人民政府办公室\n关于做好寒潮防御工作的紧急通知\n各乡镇人民政府：\n"
            + "受强冷空气影响，我县将出现大风降温天气，请各地做好防御工作。\n东山县人民政府办公室\n2023年12月14日\n"
        )
        expect(doc, urgency=mark.strip("【】")[:2], title="东山县人民政府办公室关于做好寒潮防御工作的紧急通知")


APPROVAL = """\
关于同意调整城东小学学区的批复
县教育局：
你局《关于调整城东小学学区的请示》收悉。经研究，同意调整。
此复。
东山县人民政府
2022年4月1日
"""


def test_a_copy_line_with_a_space_for_its_colon_is_the_imprints() -> None:
    doc = checked(APPROVAL + "抄报　市教育局。\n")
    expect(doc, imprint=(("市教育局",), None, None), closing="此复。")


def test_a_copy_line_with_a_space_for_its_colon_parting_its_organs_by_spaces() -> None:
    doc = checked(APPROVAL + "抄送　县财政局　县自然资源局\n")
    expect(doc, imprint=(("县财政局", "县自然资源局"), None, None))


def test_a_line_opening_with_the_copy_verb_and_no_space_is_no_copy_line() -> None:
    doc = checked(APPROVAL.replace("同意调整。", "同意调整。\n抄送材料已收到。"))
    expect(doc, imprint=None)


# --- batch 12: the levels of a prefecture and an autonomous banner --------------------------------


def test_a_prefectures_reference_has_the_prefecture_level() -> None:
    doc = checked("""\
关于地区政协二届一次会议第5号提案的答复
陈某某委员：
您提出的《关于发展地区特色林果业的提案》收悉。现答复如下：
今年全地区新建特色林果基地3万亩。
阿山地区林业局
2021年6月1日
""")
    expect(doc, ref=("政协", "地区", 2, 1, "5", "提案", "关于发展地区特色林果业的提案", []))


def test_an_autonomous_banners_reference_has_its_own_level() -> None:
    doc = checked("""\
关于自治旗政协九届二次会议第7号提案的答复
吴某某委员：
您提出的《关于保护草原湿地的提案》收悉。现答复如下：
今年全旗完成退化湿地修复1.2万亩。
某自治旗林业和草原局
2022年6月1日
""")
    expect(doc, ref=("政协", "自治旗", 9, 2, "7", "提案", "关于保护草原湿地的提案", []))


def test_a_districts_reference_named_after_a_region_keeps_the_district_level() -> None:
    doc = checked("""\
关于区政协九届二次会议第8号提案的答复
吴某某委员：
您提出的《关于西部地区产业转移的提案》收悉。现答复如下：
今年全区承接产业转移项目12个。
某区发展和改革局
2022年6月1日
""")
    expect(doc, ref=("政协", "区", 9, 2, "8", "提案", "关于西部地区产业转移的提案", []))


def test_a_sites_name_over_an_organs_guan_yu_title_signs_nothing_and_stays_out_of_it() -> None:
    doc = checked("""\
东山县人民政府
东山县教育局
关于2023年秋季学期中小学开学工作的通知
各乡镇中心学校，县直各学校：
请各校做好秋季开学各项准备工作。
东山县教育局
2023年8月20日
""")
    expect(doc, title="东山县教育局关于2023年秋季学期中小学开学工作的通知", issuer="东山县教育局")


# --- batch 13: members named in a title as proposing jointly -------------------------------------


def test_members_named_in_a_title_as_proposing_jointly_are_its_proposers() -> None:
    doc = checked("""\
关于对钟某某等6位代表联名提出的第0017号建议的答复
钟某某等6位代表：
你们提出的《关于改造城北排水管网的建议》收悉。现答复如下：
城北排水管网改造工程已于今年4月开工。
东山县住房和城乡建设局
2024年7月1日
""")
    expect(doc, ref=(None, None, None, None, "0017", "建议", "关于改造城北排水管网的建议", ["钟某某"]))


def test_a_closing_whose_question_stands_on_the_line_above_left_open_is_read_whole() -> None:
    doc = checked(REQUEST_HEAD + "当否，\n请予批复。\n县消防救援大队\n2021年4月2日\n")
    assert doc.closing is not None
    expect(doc, last="城南片区现有人口8万人，距最近的消防站9公里，拟新建城南消防站一座，概算投资1600万元。")
    assert doc.closing.text.replace("\n", "") == "当否，请予批复。"
