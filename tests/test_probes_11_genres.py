"""Round-11 blind probes of the header and trailer fields across the genre and its neighbours, on
forms rounds 6–10 did not try: answers written by a state-owned company, a 管委会 and a 街道; 会办
意见 with 经办人, 手机, 传真 and 邮箱 lines; 签发人 with 审核人 and 拟稿人; hotline and message-board
answers signed by an organ's 发言人; answers printed as a form (办理答复表) in tab-separated rows;
letters on a proposal's handling with a round-bracket 文号; closings that thank and then invite
comments; a 落款 whose date stands only in the 版记, or above the organ; 抄送 wrapped over lines;
traditional-character copies; joint proposals under a 提案人 list. Every expected value was written
by hand from the contract and the domain guide and committed before the parser ran on the batch;
every document also keeps the span invariants, invents no character and raises no internal error."""

from __future__ import annotations

from tests.probing import checked, expect_fields

expect = expect_fields


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_state_owned_company_answers_a_suggestion_under_lead_and_seconding_deputy_rows() -> None:
    doc = checked("""\
建议编号：0215
领衔代表：徐某某
附议代表：韩某某、冯某某
南州水务集团有限公司
关于市十六届人大四次会议第0215号建议的答复
徐某某代表：
您领衔提出的《关于加快老旧小区供水管网改造的建议》收悉。经认真研究，现答复如下：
今年集团计划完成老旧小区供水管网改造120公里，截至8月底已完成86公里，涉及小区43个。
感谢您对供水工作的关心和支持！
南州水务集团有限公司
2024年9月5日
（联系人：曹某，联系电话：0571-86012345）
""")
    expect(
        doc,
        kind="reply",
        issuer="南州水务集团有限公司",
        title="南州水务集团有限公司关于市十六届人大四次会议第0215号建议的答复",
        metadata={"建议编号": "0215", "领衔代表": "徐某某", "附议代表": "韩某某、冯某某"},
        category=None,
        recipients=("徐某某代表",),
        ref=("人大", "市", 16, 4, "0215", "建议", "关于加快老旧小区供水管网改造的建议", ["徐某某"]),
        closing="感谢您对供水工作的关心和支持！",
        signature=(("南州水务集团有限公司",), "2024-09-05", "2024年9月5日"),
        contact={"name": "曹某", "phones": ("0571-86012345",)},
    )


def test_a_development_zone_committee_gives_its_joint_handling_opinion_with_mobile_fax_and_mail_lines() -> None:
    doc = checked("""\
南州高新技术产业开发区管理委员会
关于市政协十二届三次会议第0136号提案的会办意见
南州市科学技术局：
你局主办的市政协十二届三次会议第0136号提案《关于支持科技型中小企业融资的提案》收悉。经研究，现提出会办意见如下：
一、高新区已设立规模5亿元的科技成果转化基金，今年以来为23家科技型中小企业提供股权投资1.8亿元。
二、建议市科技局牵头建立科技型企业融资需求清单，由高新区配合做好银企对接。
南州高新技术产业开发区管理委员会
2024年4月26日
经办人：聂某
手机：13857112345
传真：0571-86509877
邮箱：gxqkj@nz.gov.cn
""")
    expect(
        doc,
        kind="reply",
        issuer="南州高新技术产业开发区管理委员会",
        title="南州高新技术产业开发区管理委员会关于市政协十二届三次会议第0136号提案的会办意见",
        recipients=("南州市科学技术局",),
        ref=("政协", "市", 12, 3, "0136", "提案", "关于支持科技型中小企业融资的提案", []),
        closing=None,
        signature=(("南州高新技术产业开发区管理委员会",), "2024-04-26", "2024年4月26日"),
        contact={"name": "聂某", "phones": ("13857112345",), "email": "gxqkj@nz.gov.cn"},
    )


def test_a_key_proposal_answer_under_a_half_width_bracket_number_and_signer_checker_drafter_row() -> None:
    doc = checked("""\
南州市住房和城乡建设局
南建提[2024]7号
签发人：郑某某　　审核人：王某　　拟稿人：林某
关于市政协十二届三次会议第0008号重点提案的答复
九三学社南州市委会：
贵会提出的《关于推进城镇老旧小区加装电梯的提案》（第0008号）列为今年市政府领导领衔督办的重点提案。我局会同市财政局、市市场监管局认真办理，现答复如下：
（一）今年全市已完成老旧小区加装电梯356台，超额完成年度目标。
（二）市财政对每台加装电梯补助15万元，审批时限压缩至15个工作日。
以上答复，如有意见，请及时与我们联系。
南州市住房和城乡建设局
2024年7月30日
联系人：林某　　联系电话：0571-87051234
抄送：市政府督查室，市政协提案委。
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市住房和城乡建设局",
        number=("南建提[2024]7号", "南建提", 2024, 7),
        signer="郑某某",
        title="关于市政协十二届三次会议第0008号重点提案的答复",
        recipients=("九三学社南州市委会",),
        ref=("政协", "市", 12, 3, "0008", "提案", "关于推进城镇老旧小区加装电梯的提案", []),
        closing="以上答复，如有意见，请及时与我们联系。",
        signature=(("南州市住房和城乡建设局",), "2024-07-30", "2024年7月30日"),
        contact={"name": "林某", "phones": ("0571-87051234",)},
        imprint=(("市政府督查室", "市政协提案委"), None, None),
    )


def test_a_message_board_answer_signed_by_a_bureaus_spokesman_over_the_date() -> None:
    doc = checked("""\
关于网友反映文三路夜间施工扰民问题的回复
网友您好：
您在领导留言板反映的文三路夜间施工扰民问题收悉。经核查，该项目为地铁配套管线工程，已办理夜间施工许可。我局已要求施工单位在22时后停止高噪声作业，并在工地周边加装隔音围挡。
感谢您对城市管理工作的理解和支持！
南州市西湖区城市管理局新闻发言人
2024年5月20日
""")
    expect(
        doc,
        kind="reply",
        title="关于网友反映文三路夜间施工扰民问题的回复",
        ref=None,
        closing="感谢您对城市管理工作的理解和支持！",
        signature=(("南州市西湖区城市管理局",), "2024-05-20", "2024年5月20日"),
    )


def test_a_suggestion_answer_printed_as_a_form_in_tab_separated_rows() -> None:
    doc = checked("""\
南州市人大代表建议办理答复表
建议编号\t0342
建议标题\t关于在南湖公园增设公共厕所的建议
领衔代表\t邵某某
承办单位\t南州市园林文物局
办理结果\t已解决
答复内容\t南湖公园已于今年5月新建公共厕所2座，并对原有3座公厕进行了提升改造。
签发人\t沈某某
答复日期\t2024年6月18日
""")
    expect(
        doc,
        kind="other",
        title="南州市人大代表建议办理答复表",
        category="A",
        signer="沈某某",
        ref=("人大", "市", None, None, "0342", "建议", "关于在南湖公园增设公共厕所的建议", ["邵某某"]),
    )


def test_a_traditional_character_copy_of_a_proposal_answer_with_contact_and_copy_lines() -> None:
    doc = checked("""\
關於市政協十二屆三次會議第0254號提案的答覆
李某某委員：
您提出的《關於加強中小學體育設施開放的提案》收悉。現答覆如下：
目前全市已有186所中小學校向社會開放體育場地，開放率達到百分之七十二。
感謝您對教育工作的關心和支持！
南州市教育局
二〇二四年六月二十日
（聯繫人：黃某，聯繫電話：0571-87012345）
抄送：市政協提案委員會。
""")
    expect(
        doc,
        kind="reply",
        title="關於市政協十二屆三次會議第0254號提案的答覆",
        recipients=("李某某委員",),
        ref=("政协", "市", 12, 3, "0254", "提案", "關於加強中小學體育設施開放的提案", []),
        closing="感謝您對教育工作的關心和支持！",
        signature=(("南州市教育局",), "2024-06-20", "二〇二四年六月二十日"),
        contact={"name": "黃某", "phones": ("0571-87012345",)},
        imprint=(("市政協提案委員會",), None, None),
    )


def test_a_letter_on_a_proposals_handling_under_a_round_bracket_number_closing_with_thanks_and_an_invitation() -> None:
    doc = checked("""\
南州市交通运输局
南交函（2024）52号
南州市交通运输局关于市政协十二届三次会议第0311号提案办理情况的函
台盟南州市委会：
贵会提出的《关于优化城乡公交线网的提案》收悉。现将办理情况函告如下：
今年我局新开通城乡公交线路6条，调整优化线路11条，行政村公交通达率达到100%。
感谢贵会对交通运输工作的关心和支持！
欢迎继续对我们的工作提出宝贵意见。
南州市交通运输局
2024年6月25日
承办人：洪某　　联系电话：0571-85123456
""")
    expect(
        doc,
        kind="letter",
        issuer="南州市交通运输局",
        number=("南交函（2024）52号", "南交函", 2024, 52),
        title="南州市交通运输局关于市政协十二届三次会议第0311号提案办理情况的函",
        recipients=("台盟南州市委会",),
        ref=("政协", "市", 12, 3, "0311", "提案", "关于优化城乡公交线网的提案", []),
        closing="感谢贵会对交通运输工作的关心和支持！\n欢迎继续对我们的工作提出宝贵意见。",
        signature=(("南州市交通运输局",), "2024-06-25", "2024年6月25日"),
        contact={"name": "洪某", "phones": ("0571-85123456",)},
    )


def test_an_answer_whose_signature_has_no_date_and_whose_imprint_wraps_its_copy_list_and_counts_copies() -> None:
    doc = checked("""\
南州市民政局
南民函〔2024〕88号
南州市民政局关于市十六届人大四次会议第0420号建议的答复
孔某某代表：
您提出的关于提高困难残疾人生活补贴标准的建议收悉，现答复如下：
自2024年7月1日起，我市困难残疾人生活补贴标准由每人每月90元提高到110元。
特此答复。
南州市民政局
抄送：市人大常委会选举任免联络工作委员会，市政府办公室，
　　　市残疾人联合会。
南州市民政局办公室　　　　2024年7月12日印发
（共印10份）
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市民政局",
        number=("南民函〔2024〕88号", "南民函", 2024, 88),
        title="南州市民政局关于市十六届人大四次会议第0420号建议的答复",
        recipients=("孔某某代表",),
        ref=("人大", "市", 16, 4, "0420", "建议", "关于提高困难残疾人生活补贴标准的建议", []),
        closing="特此答复。",
        signature=(("南州市民政局",), None, None),
        imprint=(
            ("市人大常委会选举任免联络工作委员会", "市政府办公室", "市残疾人联合会"),
            "南州市民政局办公室",
            "2024-07-12",
        ),
    )


def test_a_street_office_answer_dated_in_ideographs_above_its_organ() -> None:
    doc = checked("""\
关于区人大十届三次会议第57号建议的答复
钟某某代表：
您提出的《关于整治临平老街占道经营的建议》收悉。经研究，现答复如下：
街道已在老街两端设置便民疏导点2处，引导流动摊贩入点经营，并安排城管队员每日巡查。
特此答复。
二〇二四年八月三十日
南州市东湖区临平街道办事处
""")
    expect(
        doc,
        kind="reply",
        title="关于区人大十届三次会议第57号建议的答复",
        recipients=("钟某某代表",),
        ref=("人大", "区", 10, 3, "57", "建议", "关于整治临平老街占道经营的建议", []),
        closing="特此答复。",
        signature=(("南州市东湖区临平街道办事处",), "2024-08-30", "二〇二四年八月三十日"),
    )


def test_a_joint_proposal_answer_to_three_members_dated_with_ling_for_zero() -> None:
    doc = checked("""\
关于政协南州市第十二届委员会第二次会议第0175号提案的答复
王某某、李某某、张某某委员：
你们提出的《关于加强农村饮用水安全保障的提案》（提案人：王某某、李某某、张某某）收悉。现答复如下：
今年全市完成农村饮用水提质工程32处，受益人口18.6万人，农村自来水普及率达到99.2%。
再次感谢各位委员对水利工作的关心！如有意见，请与我局农村水利处联系。
南州市水利局
二零二三年十一月八日
""")
    expect(
        doc,
        kind="reply",
        title="关于政协南州市第十二届委员会第二次会议第0175号提案的答复",
        recipients=("王某某、李某某、张某某委员",),
        ref=(
            "政协",
            "市",
            12,
            2,
            "0175",
            "提案",
            "关于加强农村饮用水安全保障的提案",
            ["王某某", "李某某", "张某某"],
        ),
        closing="再次感谢各位委员对水利工作的关心！如有意见，请与我局农村水利处联系。",
        signature=(("南州市水利局",), "2023-11-08", "二零二三年十一月八日"),
    )


# --- causes the probes and the w094 strict xfail named, each with a new example -------------------


def test_a_hotline_answer_signed_off_by_a_township_spokesman_without_a_date_is_signed_by_the_township() -> None:
    doc = checked("""\
来信收悉。经调查，您反映的青石村垃圾中转站异味问题属实，镇里已督促保洁公司每日冲洗消杀两次，并加装除臭设备。
谢谢您的关注和监督！
青石镇人民政府新闻发言人
""")
    expect(
        doc,
        kind="reply",
        closing="谢谢您的关注和监督！",
        signature=(("青石镇人民政府",), None, None),
        last="来信收悉。经调查，您反映的青石村垃圾中转站异味问题属实，镇里已督促保洁公司每日冲洗消杀两次，并加装除臭设备。",
    )
    assert doc.signature is not None and doc.text[doc.signature.issuers_spans[0].start :].startswith("青石镇人民政府")


def test_a_spokesman_line_over_the_date_signs_for_the_organ_it_names() -> None:
    doc = checked("""\
关于市民反映城南菜场周边违停问题的回复
您好！您反映的问题收悉。我大队已在城南菜场周边增设禁停标志8处，早晚高峰安排警力巡逻劝离。
感谢您对交通管理工作的支持！
临江县公安局交通警察大队发言人
2023年3月9日
""")
    expect(
        doc,
        closing="感谢您对交通管理工作的支持！",
        signature=(("临江县公安局交通警察大队",), "2023-03-09", "2023年3月9日"),
    )


def test_an_undated_signature_over_a_copy_list_wrapped_onto_a_second_line() -> None:
    doc = checked("""\
关于县政协十届四次会议第26号提案的答复
县工商联：
贵会提出的《关于优化民营企业融资环境的提案》收悉。现答复如下：
今年县财政安排风险补偿资金2000万元，撬动银行向小微企业新增贷款9.6亿元。
专此答复。
青山县财政局
抄送：县政协提案委员会，县人民政府办公室，
县地方金融监督管理局。
""")
    expect(
        doc,
        closing="专此答复。",
        signature=(("青山县财政局",), None, None),
        imprint=(("县政协提案委员会", "县人民政府办公室", "县地方金融监督管理局"), None, None),
    )


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_a_2008_county_answer_dated_with_white_circles_over_a_subject_words_line_and_imprint() -> None:
    doc = checked("""\
青山县交通局
青交复〔2008〕12号
关于县政协八届二次会议第45号提案的答复
吕某某委员：
你提出的《关于修建石门渡口便民桥的提案》收悉，现答复如下：
石门渡口便民桥已列入我县2009年农村公路建设计划，估算投资180万元，资金由省补和县配套解决。
专此答复。
青山县交通局
二○○八年七月十日
主题词：交通　提案　答复
抄送：县政协提案委，县政府办。
青山县交通局办公室　　　　二○○八年七月十一日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="青山县交通局",
        number=("青交复〔2008〕12号", "青交复", 2008, 12),
        title="关于县政协八届二次会议第45号提案的答复",
        recipients=("吕某某委员",),
        ref=("政协", "县", 8, 2, "45", "提案", "关于修建石门渡口便民桥的提案", []),
        closing="专此答复。",
        signature=(("青山县交通局",), "2008-07-10", "二○○八年七月十日"),
        imprint=(("县政协提案委", "县政府办"), "青山县交通局办公室", "2008-07-11"),
    )


def test_a_deputys_suggestion_named_with_daibiao_before_jianyi_whose_quoted_title_ends_in_yijian() -> None:
    doc = checked("""\
关于市十五届人大三次会议第0089号代表建议的答复
潘某某代表：
您提出的《关于规范校外培训机构收费的意见》收悉。经研究，现答复如下：
今年我局会同市市场监管局开展校外培训收费专项检查，查处违规收费机构17家，责令退费326万元。
感谢您对教育工作的关心！
临江市教育局
2019年6月28日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十五届人大三次会议第0089号代表建议的答复",
        recipients=("潘某某代表",),
        ref=("人大", "市", 15, 3, "0089", "建议", "关于规范校外培训机构收费的意见", []),
        closing="感谢您对教育工作的关心！",
        signature=(("临江市教育局",), "2019-06-28", "2019年6月28日"),
    )


def test_a_power_company_sends_its_co_handling_opinion_as_a_letter_and_signs_with_its_short_name() -> None:
    doc = checked("""\
国网南州供电公司
关于市政协十二届三次会议第0412号提案协办意见的函
南州市发展和改革委员会：
由贵委主办、我公司协办的《关于加快充电基础设施建设的提案》收悉。经研究，现将协办意见函告如下：
今年我公司配合建成公共充电桩1260个，完成居民小区充电设施配套电网改造86个。
南州供电公司
2024年5月11日
联系人：施某　手机：13967154321
""")
    expect(
        doc,
        kind="reply",
        issuer="国网南州供电公司",
        title="国网南州供电公司关于市政协十二届三次会议第0412号提案协办意见的函",
        recipients=("南州市发展和改革委员会",),
        ref=("政协", "市", 12, 3, "0412", "提案", "关于加快充电基础设施建设的提案", []),
        closing=None,
        signature=(("南州供电公司",), "2024-05-11", "2024年5月11日"),
        contact={"name": "施某", "phones": ("13967154321",)},
    )


def test_a_2005_county_office_reply_letter_to_a_group_of_deputies_dated_alone_under_ci_fu() -> None:
    doc = checked("""\
青山县人民政府办公室
青政办函〔2005〕31号　　　　签发人：毛某某
关于对县十四届人大四次会议第18号建议的复函
杭某某等5名代表：
你们提出的关于解决城西片区饮水困难的建议收悉。经县政府研究，现函复如下：
县水务局已完成城西片区供水管网延伸工程设计，工程计划于今年10月开工，明年春节前通水。
此复。
二○○五年六月二十日
""")
    expect(
        doc,
        kind="reply",
        issuer="青山县人民政府办公室",
        number=("青政办函〔2005〕31号", "青政办函", 2005, 31),
        signer="毛某某",
        title="关于对县十四届人大四次会议第18号建议的复函",
        recipients=("杭某某等5名代表",),
        ref=("人大", "县", 14, 4, "18", "建议", "关于解决城西片区饮水困难的建议", []),
        closing="此复。",
        signature=((), "2005-06-20", "二○○五年六月二十日"),
    )


def test_a_street_office_answer_asking_for_feedback_within_ten_days_with_a_landline_and_a_mobile() -> None:
    doc = checked("""\
南州市东湖区新华街道办事处
关于区政协六届三次会议第0078号提案的答复
区工商联：
贵会提出的《关于盘活新华路沿街闲置商铺的提案》收悉。现答复如下：
街道已联合区商务局对新华路闲置商铺进行摸底，共梳理闲置商铺41间，今年已招引业态入驻19间。
感谢贵会对街道工作的支持！如对答复有意见，请在收到答复后十日内反馈。
南州市东湖区新华街道办事处
2024年8月16日
（此件主动公开）
联系人：邓某　座机：0571-86801234　手机：13905712345
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市东湖区新华街道办事处",
        title="南州市东湖区新华街道办事处关于区政协六届三次会议第0078号提案的答复",
        recipients=("区工商联",),
        disclosure="主动公开",
        ref=("政协", "区", 6, 3, "0078", "提案", "关于盘活新华路沿街闲置商铺的提案", []),
        closing="感谢贵会对街道工作的支持！如对答复有意见，请在收到答复后十日内反馈。",
        signature=(("南州市东湖区新华街道办事处",), "2024-08-16", "2024年8月16日"),
        contact={"name": "邓某", "phones": ("0571-86801234", "13905712345")},
    )


def test_an_answer_under_a_lenticular_bracket_number_dated_in_full_width_digits() -> None:
    doc = checked("""\
临江市人力资源和社会保障局
临人社函【2024】17号
临江市人力资源和社会保障局关于市政协九届四次会议第0133号提案的答复
农工党临江市委会：
贵会提出的《关于完善灵活就业人员社会保障的提案》收悉，现答复如下：
今年我市将灵活就业人员参加职工养老保险的户籍限制全面放开，已新增参保2.3万人。
感谢贵会的关心和支持。
临江市人力资源和社会保障局
２０２４年６月１４日
""")
    expect(
        doc,
        kind="reply",
        issuer="临江市人力资源和社会保障局",
        number=("临人社函【2024】17号", "临人社函", 2024, 17),
        title="临江市人力资源和社会保障局关于市政协九届四次会议第0133号提案的答复",
        recipients=("农工党临江市委会",),
        ref=("政协", "市", 9, 4, "0133", "提案", "关于完善灵活就业人员社会保障的提案", []),
        closing="感谢贵会的关心和支持。",
        signature=(("临江市人力资源和社会保障局",), "2024-06-14", "２０２４年６月１４日"),
    )


def test_an_answer_whose_signer_line_stands_under_the_date_before_the_contact() -> None:
    doc = checked("""\
关于县十七届人大二次会议第62号建议的答复
葛某某代表：
您提出的《关于增加城乡公交班次的建议》收悉。现答复如下：
县公交公司已于今年4月将城乡公交班次由每日28班增至40班，发车间隔缩短至30分钟。
特此答复。
青溪县交通运输局
2023年5月22日
签发人：何某某
联系人：卞某　电话：0578-6612345
""")
    expect(
        doc,
        kind="reply",
        signer="何某某",
        recipients=("葛某某代表",),
        ref=("人大", "县", 17, 2, "62", "建议", "关于增加城乡公交班次的建议", []),
        closing="特此答复。",
        signature=(("青溪县交通运输局",), "2023-05-22", "2023年5月22日"),
        contact={"name": "卞某", "phones": ("0578-6612345",)},
    )


def test_a_joint_answer_signed_by_the_lead_and_the_joint_unit_each_with_its_role_in_brackets() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0307号建议的答复
尤某某代表：
您提出的《关于加强城市内涝治理的建议》收悉。经市住建局、市水利局共同研究，现答复如下：
今年全市改造易涝点24处，新建和改造雨水管网68公里。
感谢您对城市防汛工作的关心和支持！
南州市住房和城乡建设局（主办）
南州市水利局（会办）
2024年7月2日
""")
    expect(
        doc,
        kind="reply",
        recipients=("尤某某代表",),
        ref=("人大", "市", 16, 4, "0307", "建议", "关于加强城市内涝治理的建议", []),
        closing="感谢您对城市防汛工作的关心和支持！",
        signature=(("南州市住房和城乡建设局", "南州市水利局"), "2024-07-02", "2024年7月2日"),
    )


def test_a_hotline_work_order_answer_closing_with_thanks_and_where_to_ask_under_a_handler_line() -> None:
    doc = checked("""\
关于12345热线工单（编号：2024071500321）的办理回复
市民您好：
您反映的阳光花园小区内违章搭建问题收悉。经我街道综合执法队现场核查，该违建系3幢住户在露台搭建的彩钢棚，面积约20平方米。街道已于7月18日依法予以拆除。
感谢您对街道工作的监督！如有疑问，可拨打12345热线咨询。
南州市西湖区北山街道办事处
2024年7月19日
承办人：鲁某　联系电话：0571-87966123
""")
    expect(
        doc,
        kind="reply",
        title="关于12345热线工单（编号：2024071500321）的办理回复",
        ref=None,
        closing="感谢您对街道工作的监督！如有疑问，可拨打12345热线咨询。",
        signature=(("南州市西湖区北山街道办事处",), "2024-07-19", "2024年7月19日"),
        contact={"name": "鲁某", "phones": ("0571-87966123",)},
    )


def test_a_traditional_character_suggestion_answer_listing_an_attachment_after_its_closing() -> None:
    doc = checked("""\
關於縣十八屆人大三次會議第29號建議的答覆
詹某某代表：
您提出的《關於加快建設縣城停車場的建議》收悉。現答覆如下：
縣城新建公共停車場3處，新增停車泊位860個，已於今年5月投入使用。
特此答覆。
附件：縣城公共停車場分布表
青溪縣住房和城鄉建設局
2024年6月3日
""")
    expect(
        doc,
        kind="reply",
        title="關於縣十八屆人大三次會議第29號建議的答覆",
        recipients=("詹某某代表",),
        ref=("人大", "县", 18, 3, "29", "建议", "關於加快建設縣城停車場的建議", []),
        closing="特此答覆。",
        attachments=("縣城公共停車場分布表",),
        signature=(("青溪縣住房和城鄉建設局",), "2024-06-03", "2024年6月3日"),
    )


def test_thanks_then_where_to_ask_if_doubts_remain_close_the_answer() -> None:
    doc = checked("""\
关于县十九届人大二次会议第33号建议的答复
蔡某某代表：
您提出的《关于提高农村高龄老人津贴的建议》收悉。现答复如下：
自今年1月起，我县80周岁以上农村老人高龄津贴由每月50元提高到80元。
谢谢您对民政工作的关心！如您还有疑问，欢迎来电向县民政局社会救助股咨询。
青溪县民政局
2024年3月28日
""")
    expect(
        doc,
        closing="谢谢您对民政工作的关心！如您还有疑问，欢迎来电向县民政局社会救助股咨询。",
        signature=(("青溪县民政局",), "2024-03-28", "2024年3月28日"),
        last="自今年1月起，我县80周岁以上农村老人高龄津贴由每月50元提高到80元。",
    )


# --- batch 3 (written before the parser ran on it) -----------------------------------------------


def test_a_key_proposal_mark_standing_alone_over_a_letterhead_answer() -> None:
    doc = checked("""\
重点提案
南州市生态环境局
南环提〔2024〕3号
南州市生态环境局关于市政协十二届三次会议第0019号提案的答复
民进南州市委会：
贵会提出的《关于加强城市扬尘污染防治的提案》收悉。现答复如下：
今年我局对全市412个在建工地实行扬尘在线监测全覆盖，PM10平均浓度同比下降8.6%。
感谢贵会对生态环境保护工作的关心和支持！
南州市生态环境局
2024年6月7日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市生态环境局",
        number=("南环提〔2024〕3号", "南环提", 2024, 3),
        title="南州市生态环境局关于市政协十二届三次会议第0019号提案的答复",
        recipients=("民进南州市委会",),
        ref=("政协", "市", 12, 3, "0019", "提案", "关于加强城市扬尘污染防治的提案", []),
        closing="感谢贵会对生态环境保护工作的关心和支持！",
        signature=(("南州市生态环境局",), "2024-06-07", "2024年6月7日"),
    )


def test_a_county_answer_naming_the_congress_in_its_formal_name_and_the_category_with_its_letter() -> None:
    doc = checked("""\
办理结果：B类（正在解决或列入计划解决）
公开属性：依申请公开
关于青溪县第十七届人民代表大会第三次会议第0056号建议的答复
章某某代表：
您提出的《关于建设县城第二水厂的建议》收悉。现答复如下：
县城第二水厂已完成项目可行性研究，正在开展初步设计，计划2025年开工建设。
感谢您对水务工作的关心！
青溪县水利局
二〇二四年6月18日
""")
    expect(
        doc,
        kind="reply",
        title="关于青溪县第十七届人民代表大会第三次会议第0056号建议的答复",
        metadata={"办理结果": "B类（正在解决或列入计划解决）", "公开属性": "依申请公开"},
        category="B",
        disclosure="依申请公开",
        recipients=("章某某代表",),
        ref=("人大", "县", 17, 3, "0056", "建议", "关于建设县城第二水厂的建议", []),
        closing="感谢您对水务工作的关心！",
        signature=(("青溪县水利局",), "2024-06-18", "二〇二四年6月18日"),
    )


def test_an_answer_to_a_proposal_of_a_county_committee_named_in_its_formal_order() -> None:
    doc = checked("""\
关于政协青溪县第十一届委员会第二次会议第37号提案的答复
青溪县工商业联合会：
贵会提出的《关于支持县内民营企业技术改造的提案》收悉。现答复如下：
今年县财政安排技术改造专项资金1500万元，支持企业技改项目42个。
以上答复，请予指正。
青溪县经济和信息化局
2022年7月5日
""")
    expect(
        doc,
        kind="reply",
        title="关于政协青溪县第十一届委员会第二次会议第37号提案的答复",
        recipients=("青溪县工商业联合会",),
        ref=("政协", "县", 11, 2, "37", "提案", "关于支持县内民营企业技术改造的提案", []),
        closing="以上答复，请予指正。",
        signature=(("青溪县经济和信息化局",), "2022-07-05", "2022年7月5日"),
    )


def test_a_title_wrapped_over_three_lines_addressed_to_two_party_committees() -> None:
    doc = checked("""\
南州市自然资源和规划局
关于市政协十二届三次会议
第0205号、第0217号提案
的答复
民盟南州市委会、民建南州市委会：
贵会提出的《关于盘活城镇低效用地的提案》和《关于推进工业用地“标准地”出让的提案》收悉。因两件提案内容相近，现一并答复如下：
今年全市盘活低效用地1.2万亩，工业用地“标准地”出让比例达到95%以上。
感谢贵会对自然资源工作的关心和支持！
南州市自然资源和规划局
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市自然资源和规划局",
        title="南州市自然资源和规划局关于市政协十二届三次会议第0205号、第0217号提案的答复",
        recipients=("民盟南州市委会", "民建南州市委会"),
        closing="感谢贵会对自然资源工作的关心和支持！",
        signature=(("南州市自然资源和规划局",), "2024-06-26", "2024年6月26日"),
    )


def test_an_answer_addressed_to_each_deputy_by_name_joined_by_enumeration_commas() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0388号建议的答复
伍某某代表、易某某代表：
你们提出的《关于加强电动自行车充电安全管理的建议》收悉。现答复如下：
今年全市住宅小区新建电动自行车集中充电设施2100处，新增充电端口4.6万个。
感谢你们对消防安全工作的关心！
南州市消防救援支队
2024年7月10日
""")
    expect(
        doc,
        kind="reply",
        recipients=("伍某某代表、易某某代表",),
        ref=("人大", "市", 16, 4, "0388", "建议", "关于加强电动自行车充电安全管理的建议", []),
        closing="感谢你们对消防安全工作的关心！",
        signature=(("南州市消防救援支队",), "2024-07-10", "2024年7月10日"),
    )


def test_a_contact_under_a_contact_means_label_and_a_latin_email_label() -> None:
    doc = checked("""\
关于区政协五届四次会议第0061号提案的答复
宋某某委员：
您提出的《关于规范社区团购食品安全监管的提案》收悉。现答复如下：
今年我局对辖区28家社区团购平台开展专项检查，督促落实食品进货查验制度。
感谢您对食品安全工作的关心和支持！
南州市西湖区市场监督管理局
2024年5月29日
经办人：殷某
联系方式：0571-87213456
E-mail：xhscjg@nz.gov.cn
""")
    expect(
        doc,
        kind="reply",
        recipients=("宋某某委员",),
        ref=("政协", "区", 5, 4, "0061", "提案", "关于规范社区团购食品安全监管的提案", []),
        closing="感谢您对食品安全工作的关心和支持！",
        signature=(("南州市西湖区市场监督管理局",), "2024-05-29", "2024年5月29日"),
        contact={"name": "殷某", "phones": ("0571-87213456",), "email": "xhscjg@nz.gov.cn"},
    )


def test_an_imprint_with_a_report_line_and_a_copy_line_over_a_printing_line_in_brackets() -> None:
    doc = checked("""\
青溪县农业农村局
青农复〔2021〕15号
关于县政协十届五次会议第52号提案的答复
县政协农业和农村委员会：
贵委提出的《关于发展县域特色农产品品牌的提案》收悉，现答复如下：
今年我局新培育“青溪高山茶”等区域公用品牌2个，新认证绿色食品12个。
专此答复。
青溪县农业农村局
2021年8月3日
抄报：县人民政府。
抄送：县政协提案委员会。
青溪县农业农村局办公室（2021年8月4日印发）
""")
    expect(
        doc,
        kind="reply",
        issuer="青溪县农业农村局",
        number=("青农复〔2021〕15号", "青农复", 2021, 15),
        title="关于县政协十届五次会议第52号提案的答复",
        recipients=("县政协农业和农村委员会",),
        ref=("政协", "县", 10, 5, "52", "提案", "关于发展县域特色农产品品牌的提案", []),
        closing="专此答复。",
        signature=(("青溪县农业农村局",), "2021-08-03", "2021年8月3日"),
        imprint=(("县人民政府", "县政协提案委员会"), "青溪县农业农村局办公室", "2021-08-04"),
    )


def test_a_proposal_answer_whose_opening_names_the_proposer_and_the_number_in_brackets_after_the_title() -> None:
    doc = checked("""\
对市政协十一届五次会议第0147号提案的答复
屠某某委员：
屠某某委员提出的《关于推进中小学课后服务提质扩面的提案》（第0147号）收悉。经认真研究，现答复如下：
全市中小学课后服务实现全覆盖，学生参与率达到93%，今年新增科技、艺术类课程1100余门。
再次感谢您对教育事业的关心和支持！
临江市教育局
2021年6月30日
""")
    expect(
        doc,
        kind="reply",
        title="对市政协十一届五次会议第0147号提案的答复",
        recipients=("屠某某委员",),
        ref=("政协", "市", 11, 5, "0147", "提案", "关于推进中小学课后服务提质扩面的提案", ["屠某某"]),
        closing="再次感谢您对教育事业的关心和支持！",
        signature=(("临江市教育局",), "2021-06-30", "2021年6月30日"),
    )


def test_an_answer_to_all_deputies_of_a_delegation_addressed_as_a_group() -> None:
    doc = checked("""\
关于县十九届人大二次会议第8号议案办理情况的答复
石门镇代表团全体代表：
你们提出的《关于加快推进石门镇污水处理厂建设的议案》收悉。经县人民政府研究，现将办理情况答复如下：
石门镇污水处理厂已于今年3月开工建设，设计日处理能力5000吨，预计年底建成投运。
感谢各位代表对生态环境工作的关心！
青溪县住房和城乡建设局
2024年8月20日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十九届人大二次会议第8号议案办理情况的答复",
        recipients=("石门镇代表团全体代表",),
        ref=("人大", "县", 19, 2, "8", "议案", "关于加快推进石门镇污水处理厂建设的议案", []),
        closing="感谢各位代表对生态环境工作的关心！",
        signature=(("青溪县住房和城乡建设局",), "2024-08-20", "2024年8月20日"),
    )


def test_a_reply_signed_on_one_line_of_organ_and_ideograph_date_after_a_wide_gap() -> None:
    doc = checked("""\
关于区人大十届四次会议第0123号建议的答复
戚某某代表：
您提出的《关于增设背街小巷路灯的建议》收悉。现答复如下：
今年我局在背街小巷新装路灯1260盏，维修更换路灯3400余盏。
特此答复。
南州市东湖区城市管理局　　　　二〇二四年五月三十一日
""")
    expect(
        doc,
        kind="reply",
        recipients=("戚某某代表",),
        ref=("人大", "区", 10, 4, "0123", "建议", "关于增设背街小巷路灯的建议", []),
        closing="特此答复。",
        signature=(("南州市东湖区城市管理局",), "2024-05-31", "二〇二四年五月三十一日"),
    )


# --- batch 4 (written before the parser ran on it) -----------------------------------------------


def test_a_proposal_answer_form_with_labelled_rows_the_answer_under_its_label_and_a_labelled_signature() -> None:
    doc = checked("""\
南州市政协提案办理答复表
提案号：0266
提案人：龚某某
案由：关于加强农村留守儿童关爱服务的提案
办理类别：A类
答复内容：
龚某某委员：
您提出的关于加强农村留守儿童关爱服务的提案收悉。现答复如下：
全市已建成儿童之家386个，为留守儿童配备儿童主任1420名。
感谢您对未成年人保护工作的关心！
答复单位：南州市民政局
答复时间：2024年6月12日
""")
    expect(
        doc,
        kind="other",
        title="南州市政协提案办理答复表",
        category="A",
        recipients=("龚某某委员",),
        ref=("政协", "市", None, None, "0266", "提案", "关于加强农村留守儿童关爱服务的提案", ["龚某某"]),
        closing="感谢您对未成年人保护工作的关心！",
        signature=(("南州市民政局",), "2024-06-12", "2024年6月12日"),
    )


def test_a_health_commission_answer_whose_number_opens_with_the_level_word() -> None:
    doc = checked("""\
南州市卫生健康委员会
市卫健委发〔2024〕12号
关于市十六届人大四次会议第0156号建议的答复
程某某代表：
您提出的《关于加强基层医疗卫生人才队伍建设的建议》收悉。现答复如下：
今年我委为乡镇卫生院定向培养医学生210名，招聘基层医务人员386名。
感谢您对卫生健康工作的关心和支持！
南州市卫生健康委员会
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市卫生健康委员会",
        number=("市卫健委发〔2024〕12号", "市卫健委发", 2024, 12),
        title="关于市十六届人大四次会议第0156号建议的答复",
        recipients=("程某某代表",),
        ref=("人大", "市", 16, 4, "0156", "建议", "关于加强基层医疗卫生人才队伍建设的建议", []),
        closing="感谢您对卫生健康工作的关心和支持！",
        signature=(("南州市卫生健康委员会",), "2024-06-19", "2024年6月19日"),
    )


def test_an_announcement_numbered_by_year_and_serial_on_the_line_under_its_title() -> None:
    doc = checked("""\
南州市自然资源和规划局公告
2024年第6号
根据《中华人民共和国土地管理法》等规定，经南州市人民政府批准，南州市自然资源和规划局决定以挂牌方式出让2宗国有建设用地使用权。
特此公告。
南州市自然资源和规划局
2024年4月1日
""")
    expect(
        doc,
        kind="announcement",
        title="南州市自然资源和规划局公告",
        recipients=(),
        ref=None,
        closing="特此公告。",
        signature=(("南州市自然资源和规划局",), "2024-04-01", "2024年4月1日"),
    )


def test_a_party_committee_office_answers_a_proposal() -> None:
    doc = checked("""\
中共青溪县委办公室
关于县政协十一届三次会议第21号提案的答复
县政协文化文史和学习委员会：
贵委提出的《关于加强红色文化资源保护利用的提案》收悉。现答复如下：
县委办公室会同县委宣传部、县文广旅体局制定了红色资源保护利用三年行动计划，今年完成革命旧址修缮5处。
感谢贵委对红色文化工作的关心和支持！
中共青溪县委办公室
2023年7月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="中共青溪县委办公室",
        title="中共青溪县委办公室关于县政协十一届三次会议第21号提案的答复",
        recipients=("县政协文化文史和学习委员会",),
        ref=("政协", "县", 11, 3, "21", "提案", "关于加强红色文化资源保护利用的提案", []),
        closing="感谢贵委对红色文化工作的关心和支持！",
        signature=(("中共青溪县委办公室",), "2023-07-18", "2023年7月18日"),
    )


def test_an_answer_with_no_signature_whose_only_date_is_the_printing_date() -> None:
    doc = checked("""\
南州市林业局
南林复〔2023〕9号
关于市政协十二届二次会议第0294号提案的答复
周某某委员：
您提出的《关于加强松材线虫病防治的提案》收悉。现答复如下：
今年全市完成松材线虫病疫木除治21.6万株，疫情发生面积同比下降18%。
特此答复。
抄送：市政协提案委员会，市政府办公室。
南州市林业局办公室　　　　2023年6月9日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市林业局",
        number=("南林复〔2023〕9号", "南林复", 2023, 9),
        title="关于市政协十二届二次会议第0294号提案的答复",
        recipients=("周某某委员",),
        ref=("政协", "市", 12, 2, "0294", "提案", "关于加强松材线虫病防治的提案", []),
        closing="特此答复。",
        signature=None,
        imprint=(("市政协提案委员会", "市政府办公室"), "南州市林业局办公室", "2023-06-09"),
    )


def test_a_traditional_character_joint_handling_opinion_from_a_development_zone_committee() -> None:
    doc = checked("""\
關於市政協十二屆三次會議第0098號提案的會辦意見
南州市商務局：
你局主辦的《關於培育跨境電商產業集群的提案》收悉。經研究，現提出會辦意見如下：
綜合保稅區已引進跨境電商企業36家，今年1至5月跨境電商進出口額同比增長41%。
南州綜合保稅區管理委員會
二〇二四年六月五日
（聯繫人：魏某，電話：0571-86123321）
""")
    expect(
        doc,
        kind="reply",
        title="關於市政協十二屆三次會議第0098號提案的會辦意見",
        recipients=("南州市商務局",),
        ref=("政协", "市", 12, 3, "0098", "提案", "關於培育跨境電商產業集群的提案", []),
        closing=None,
        signature=(("南州綜合保稅區管理委員會",), "2024-06-05", "二〇二四年六月五日"),
        contact={"name": "魏某", "phones": ("0571-86123321",)},
    )


def test_a_hotline_answer_in_three_points_under_a_replier_and_reply_time_label() -> None:
    doc = checked("""\
关于反映滨江花园小区物业收费问题的回复
您好！您反映的滨江花园小区物业公司擅自提高停车费问题收悉。经调查核实，现回复如下：
一是该物业公司上调停车费未履行业主大会表决程序，我局已责令其恢复原收费标准。二是对已多收取的费用，物业公司承诺在下月物业费中予以抵扣。三是我局将把该小区纳入物业服务质量重点监管名单。
感谢您对物业管理工作的监督！
回复单位：南州市西湖区住房和城乡建设局
回复时间：2024年9月3日
""")
    expect(
        doc,
        kind="reply",
        title="关于反映滨江花园小区物业收费问题的回复",
        ref=None,
        closing="感谢您对物业管理工作的监督！",
        signature=(("南州市西湖区住房和城乡建设局",), "2024-09-03", "2024年9月3日"),
    )


def test_a_reply_letter_to_a_suggestion_that_ten_deputies_made_jointly() -> None:
    doc = checked("""\
关于对县十八届人大四次会议第3号建议的复函
倪某某等10名代表：
由倪某某等10名代表联名提出的《关于加快城北工业园区道路建设的建议》收悉，经研究，现函复如下：
城北工业园区经三路、纬二路已完成施工招标，计划今年9月开工，明年6月建成通车。
此复。
青溪县经济开发区管理委员会
2022年6月14日
""")
    expect(
        doc,
        kind="reply",
        title="关于对县十八届人大四次会议第3号建议的复函",
        recipients=("倪某某等10名代表",),
        ref=("人大", "县", 18, 4, "3", "建议", "关于加快城北工业园区道路建设的建议", ["倪某某"]),
        closing="此复。",
        signature=(("青溪县经济开发区管理委员会",), "2022-06-14", "2022年6月14日"),
    )


def test_an_answer_whose_date_stands_above_the_organ_with_its_seal_note() -> None:
    doc = checked("""\
关于区政协五届三次会议第0044号提案的答复
谭某某委员：
您提出的《关于加强老旧小区消防通道管理的提案》收悉。现答复如下：
今年我局联合消防救援大队清理老旧小区消防通道堵塞问题560余处，施划消防车通道标线42公里。
特此答复。
2024年7月26日
南州市东湖区应急管理局（盖章）
""")
    expect(
        doc,
        kind="reply",
        recipients=("谭某某委员",),
        ref=("政协", "区", 5, 3, "0044", "提案", "关于加强老旧小区消防通道管理的提案", []),
        closing="特此答复。",
        signature=(("南州市东湖区应急管理局",), "2024-07-26", "2024年7月26日"),
    )


def test_a_form_titled_by_the_congress_register_gives_the_labelled_number_its_body_and_level() -> None:
    doc = checked("""\
临江市人大代表建议办理情况回复单
建议编号：208
建议人：柴某某
柴某某代表：
您提出的《关于增设学校周边交通信号灯的建议》收悉。现答复如下：
今年已在12所学校周边增设交通信号灯18处。
感谢您对交通安全工作的关心！
临江市公安局交通警察支队
2024年5月16日
""")
    expect(
        doc,
        title="临江市人大代表建议办理情况回复单",
        ref=("人大", "市", None, None, "208", "建议", "关于增设学校周边交通信号灯的建议", ["柴某某"]),
    )


def test_proposers_led_in_by_you_are_named_without_the_preposition() -> None:
    doc = checked("""\
关于区政协五届四次会议第0090号提案的答复
雷某、向某等3位委员：
由雷某、向某等3位委员联名提出的《关于完善社区嵌入式托育服务的提案》收悉。现答复如下：
今年全区新建社区嵌入式托育点9个，新增托位420个。
感谢各位委员的关心和支持！
南州市东湖区卫生健康局
2024年6月4日
""")
    expect(
        doc,
        ref=("政协", "区", 5, 4, "0090", "提案", "关于完善社区嵌入式托育服务的提案", ["雷某", "向某"]),
    )


# --- batch 5 (written before the parser ran on it) -----------------------------------------------


def test_a_hotline_answer_under_a_work_order_row_signed_by_the_hotline_itself() -> None:
    doc = checked("""\
工单号：NZ2024081200567
关于反映城西菜市场占道经营问题的答复
市民朋友：
您好！您反映的城西菜市场周边占道经营问题收悉。经转办西湖区城市管理局核查处理，现答复如下：
区城管局已对菜市场周边占道摊位进行清理，设置临时疏导点1处，并安排专人每日巡查。
感谢您对我市城市管理工作的关注！
南州市12345政务服务便民热线
2024年8月15日
""")
    expect(
        doc,
        kind="reply",
        title="关于反映城西菜市场占道经营问题的答复",
        metadata={"工单号": "NZ2024081200567"},
        recipients=("市民朋友",),
        ref=None,
        closing="感谢您对我市城市管理工作的关注！",
        signature=(("南州市12345政务服务便民热线",), "2024-08-15", "2024年8月15日"),
    )


def test_an_answer_opinion_listing_attachments_whose_names_open_with_a_year_not_to_be_disclosed() -> None:
    doc = checked("""\
南州市财政局
关于市十六届人大四次会议第0260号建议的答复意见
郝某某代表：
您提出的《关于加大乡村振兴资金投入的建议》收悉。现答复如下：
今年市级财政安排乡村振兴专项资金12.6亿元，同比增长9.2%，具体安排情况见附件。
感谢您对财政工作的关心和支持！
附件：1.2024年市级乡村振兴资金安排表
2.2024年乡村振兴重点项目清单
南州市财政局
2024年6月21日
（此件不予公开）
（联系人：尹某，联系电话：0571-87057654）
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市财政局",
        title="南州市财政局关于市十六届人大四次会议第0260号建议的答复意见",
        recipients=("郝某某代表",),
        disclosure="不予公开",
        ref=("人大", "市", 16, 4, "0260", "建议", "关于加大乡村振兴资金投入的建议", []),
        closing="感谢您对财政工作的关心和支持！",
        attachments=("2024年市级乡村振兴资金安排表", "2024年乡村振兴重点项目清单"),
        signature=(("南州市财政局",), "2024-06-21", "2024年6月21日"),
        contact={"name": "尹某", "phones": ("0571-87057654",)},
    )


def test_a_government_office_answer_under_a_wenjian_letterhead_closing_with_formula_then_thanks() -> None:
    doc = checked("""\
南州市人民政府办公室文件
南政办复〔2024〕5号
南州市人民政府办公室关于市政协十二届三次会议第0001号提案的答复
市政协经济委员会：
贵委提出的《关于进一步优化营商环境的提案》收悉。经市政府同意，现答复如下：
今年我市出台优化营商环境“30条”，企业开办时间压缩至1个工作日以内。
特此答复，感谢贵委对全市经济工作的关心和支持。
南州市人民政府办公室
2024年5月30日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市人民政府办公室",
        number=("南政办复〔2024〕5号", "南政办复", 2024, 5),
        title="南州市人民政府办公室关于市政协十二届三次会议第0001号提案的答复",
        recipients=("市政协经济委员会",),
        ref=("政协", "市", 12, 3, "0001", "提案", "关于进一步优化营商环境的提案", []),
        closing="特此答复，感谢贵委对全市经济工作的关心和支持。",
        signature=(("南州市人民政府办公室",), "2024-05-30", "2024年5月30日"),
    )


def test_a_short_signer_label_on_the_number_line_and_an_explanation_category_under_it() -> None:
    doc = checked("""\
南州市公安局
南公复〔2024〕21号　　签发：鲍某某
答复类别：解释说明
关于市政协十二届三次会议第0377号提案的答复
苗某某委员：
您提出的《关于在中心城区推行“潮汐车道”的提案》收悉。现答复如下：
经交通流量分析，中心城区主干道早晚高峰潮汐特征不明显，暂不具备设置潮汐车道的条件，我局将持续开展监测评估。
以上答复如有不妥，请批评指正。
南州市公安局
2024年6月28日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市公安局",
        number=("南公复〔2024〕21号", "南公复", 2024, 21),
        signer="鲍某某",
        title="关于市政协十二届三次会议第0377号提案的答复",
        category="reference",
        recipients=("苗某某委员",),
        ref=("政协", "市", 12, 3, "0377", "提案", "关于在中心城区推行“潮汐车道”的提案", []),
        closing="以上答复如有不妥，请批评指正。",
        signature=(("南州市公安局",), "2024-06-28", "2024年6月28日"),
    )


def test_a_contact_block_with_the_handling_unit_the_address_and_the_postcode() -> None:
    doc = checked("""\
关于县政协十一届四次会议第15号提案的答复
葛某某委员：
您提出的《关于加强古村落保护的提案》收悉。现答复如下：
今年我局完成3个中国传统村落的保护规划编制，争取上级保护资金900万元。
感谢您对文物保护工作的关心！
青溪县文化和广电旅游体育局
2024年7月8日
承办单位：县文广旅体局文物科
联系人：贺某　联系电话：0578-6023456
通讯地址：青溪县城关镇解放路18号　邮政编码：323800
""")
    expect(
        doc,
        kind="reply",
        recipients=("葛某某委员",),
        ref=("政协", "县", 11, 4, "15", "提案", "关于加强古村落保护的提案", []),
        closing="感谢您对文物保护工作的关心！",
        signature=(("青溪县文化和广电旅游体育局",), "2024-07-08", "2024年7月8日"),
        contact={
            "name": "贺某",
            "phones": ("0578-6023456",),
            "address": "青溪县城关镇解放路18号",
            "postcode": "323800",
            "unit": "县文广旅体局文物科",
        },
    )


def test_a_page_number_between_the_closing_and_the_signature() -> None:
    doc = checked("""\
关于区十届人大三次会议第0031号建议的答复
毛某某代表：
您提出的《关于缓解城东片区小学入学压力的建议》收悉。现答复如下：
城东第二小学新建工程已于今年3月开工，建成后可新增学位1620个。
今年秋季学期，我局通过挖潜扩班在城东片区增加学位270个。
感谢您对教育工作的关心和支持！
— 2 —
南州市东湖区教育局
2024年6月6日
""")
    expect(
        doc,
        kind="reply",
        recipients=("毛某某代表",),
        ref=("人大", "区", 10, 3, "0031", "建议", "关于缓解城东片区小学入学压力的建议", []),
        closing="感谢您对教育工作的关心和支持！",
        signature=(("南州市东湖区教育局",), "2024-06-06", "2024年6月6日"),
        last="今年秋季学期，我局通过挖潜扩班在城东片区增加学位270个。",
    )


def test_a_joint_handling_opinion_with_lead_and_joint_unit_rows_under_its_title() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0119号建议的会办意见
主办单位：南州市交通运输局
会办单位：南州市公安局
南州市交通运输局：
你局主办的《关于优化学校周边交通组织的建议》收悉。经研究，现提出会办意见如下：
我局将在中小学上下学时段安排警力在学校周边路口疏导交通，并在32所学校周边增设“护学岗”。
南州市公安局
2024年5月20日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十六届人大四次会议第0119号建议的会办意见",
        recipients=("南州市交通运输局",),
        ref=("人大", "市", 16, 4, "0119", "建议", "关于优化学校周边交通组织的建议", []),
        closing=None,
        signature=(("南州市公安局",), "2024-05-20", "2024年5月20日"),
    )


def test_a_traditional_character_answer_of_two_bureaus_with_a_copy_and_a_printing_line() -> None:
    doc = checked("""\
關於縣政協十屆三次會議第66號提案的答覆
縣政協社會和法制委員會：
貴委提出的《關於加強農村養老服務體系建設的提案》收悉。現答覆如下：
全縣已建成農村居家養老服務照料中心156個，實現行政村全覆蓋。
專此答覆。
青溪縣民政局　　青溪縣財政局
二〇二三年七月十二日
抄送：縣政協提案委員會。
青溪縣民政局辦公室　　二〇二三年七月十三日印發
""")
    expect(
        doc,
        kind="reply",
        title="關於縣政協十屆三次會議第66號提案的答覆",
        recipients=("縣政協社會和法制委員會",),
        ref=("政协", "县", 10, 3, "66", "提案", "關於加強農村養老服務體系建設的提案", []),
        closing="專此答覆。",
        signature=(("青溪縣民政局", "青溪縣財政局"), "2023-07-12", "二〇二三年七月十二日"),
        imprint=(("縣政協提案委員會",), "青溪縣民政局辦公室", "2023-07-13"),
    )


def test_a_handling_form_whose_rows_hold_the_answer_is_titled_by_its_name() -> None:
    doc = checked("""\
青溪县政协委员提案办理情况反馈表
提案编号：第41号
提案人：骆某某
答复内容：县城南门菜市场改造已于今年8月完工，新增摊位120个。
答复单位：青溪县商务局
""")
    expect(doc, kind="other", title="青溪县政协委员提案办理情况反馈表")


# --- batch 6 (written before the parser ran on it) -----------------------------------------------


def test_a_letter_to_two_offices_split_at_an_enumeration_comma() -> None:
    doc = checked("""\
南州市东湖区发展和改革局
关于区政协五届四次会议第0012号提案办理情况的报告
区政协提案委、区委区政府督查室：
区政协五届四次会议第0012号提案《关于加快城东新区产业导入的提案》由我局主办，现将办理情况报告如下：
今年城东新区新引进产业项目14个，总投资62亿元。
特此报告。
南州市东湖区发展和改革局
2024年7月15日
""")
    expect(
        doc,
        kind="report",
        issuer="南州市东湖区发展和改革局",
        title="南州市东湖区发展和改革局关于区政协五届四次会议第0012号提案办理情况的报告",
        recipients=("区政协提案委", "区委区政府督查室"),
        ref=("政协", "区", 5, 4, "0012", "提案", "关于加快城东新区产业导入的提案", []),
        closing="特此报告。",
        signature=(("南州市东湖区发展和改革局",), "2024-07-15", "2024年7月15日"),
    )


def test_a_suggestion_numbered_with_a_letter_answered_by_a_town_dated_in_circles_and_arabic() -> None:
    doc = checked("""\
关于县十八届人大三次会议第B0123号建议的答复
龙某某代表：
您提出的《关于改善镇区农贸市场环境的建议》收悉。现答复如下：
镇政府已投资80万元对镇区农贸市场进行改造，新建排水沟350米，划定临时摊位区1处。
特此答复。
青石镇人民政府
二○二四年6月5日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十八届人大三次会议第B0123号建议的答复",
        recipients=("龙某某代表",),
        ref=("人大", "县", 18, 3, "B0123", "建议", "关于改善镇区农贸市场环境的建议", []),
        closing="特此答复。",
        signature=(("青石镇人民政府",), "2024-06-05", "二○二四年6月5日"),
    )


def test_a_contact_line_standing_between_the_closing_and_the_signature() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0523号提案的答复
丁某某委员：
您提出的《关于加强公共数据开放共享的提案》收悉。现答复如下：
今年我局新开放公共数据集320个，累计开放数据量超过12亿条。
感谢您对数字政府建设的关心和支持！
联系人：郜某　联系电话：0571-87600123
南州市大数据发展管理局
2024年6月13日
""")
    expect(
        doc,
        kind="reply",
        recipients=("丁某某委员",),
        ref=("政协", "市", 12, 3, "0523", "提案", "关于加强公共数据开放共享的提案", []),
        closing="感谢您对数字政府建设的关心和支持！",
        signature=(("南州市大数据发展管理局",), "2024-06-13", "2024年6月13日"),
        contact={"name": "郜某", "phones": ("0571-87600123",)},
        last="今年我局新开放公共数据集320个，累计开放数据量超过12亿条。",
    )


def test_a_joint_notice_numbered_by_both_bureaus_on_one_line() -> None:
    doc = checked("""\
南州市财政局　南州市人力资源和社会保障局
南财社〔2024〕18号　南人社发〔2024〕22号
南州市财政局　南州市人力资源和社会保障局关于做好2024年就业补助资金管理工作的通知
各县（市、区）财政局、人力资源和社会保障局：
为规范就业补助资金管理，提高资金使用效益，现就有关事项通知如下：
一、严格资金支出范围。就业补助资金主要用于职业培训补贴、社会保险补贴和公益性岗位补贴等支出。
二、加强绩效管理。各地要于每年12月底前完成资金绩效自评。
南州市财政局　　　　南州市人力资源和社会保障局
2024年3月8日
""")
    expect(
        doc,
        kind="notice",
        number=("南财社〔2024〕18号", "南财社", 2024, 18),
        title="南州市财政局南州市人力资源和社会保障局关于做好2024年就业补助资金管理工作的通知",
        recipients=("各县（市、区）财政局", "人力资源和社会保障局"),
        signature=(("南州市财政局", "南州市人力资源和社会保障局"), "2024-03-08", "2024年3月8日"),
    )


def test_a_spokesman_and_the_date_written_on_one_line() -> None:
    doc = checked("""\
关于网友反映城北夜市噪音扰民问题的回复
网友您好！您反映的问题收悉。经核查，城北夜市经营时间已调整为18时至23时，超时经营的摊位将依法处理。
感谢您的监督！
南州市北湖区市场监督管理局新闻发言人　　2024年6月2日
""")
    expect(
        doc,
        kind="reply",
        title="关于网友反映城北夜市噪音扰民问题的回复",
        closing="感谢您的监督！",
        signature=(("南州市北湖区市场监督管理局",), "2024-06-02", "2024年6月2日"),
    )


def test_a_2010_answer_with_a_subject_words_line_a_letter_spaced_copy_label_and_printing_line() -> None:
    doc = checked("""\
青溪县教育局
青教复〔2010〕7号
关于县政协八届四次会议第31号提案的答复
县政协教育文化卫生体育委员会：
贵委提出的《关于改善农村中小学寄宿条件的提案》收悉。现答复如下：
今年全县投入资金1200万元，新建和改造农村学校学生宿舍8栋，新增床位1600张。
专此答复。
青溪县教育局
二〇一〇年八月十六日
主题词：教育　提案　答复
抄　送：县政协提案委员会，县人民政府办公室。
青溪县教育局办公室　　　　二〇一〇年八月十七日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="青溪县教育局",
        number=("青教复〔2010〕7号", "青教复", 2010, 7),
        title="关于县政协八届四次会议第31号提案的答复",
        recipients=("县政协教育文化卫生体育委员会",),
        ref=("政协", "县", 8, 4, "31", "提案", "关于改善农村中小学寄宿条件的提案", []),
        closing="专此答复。",
        signature=(("青溪县教育局",), "2010-08-16", "二〇一〇年八月十六日"),
        imprint=(("县政协提案委员会", "县人民政府办公室"), "青溪县教育局办公室", "2010-08-17"),
    )


def test_a_contact_note_holding_the_person_phone_postcode_and_address_in_one_bracket() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0444号建议的答复
邬某某代表：
您提出的《关于推进城市书房建设的建议》收悉。现答复如下：
今年全市新建城市书房25家，累计建成86家，年接待读者超过300万人次。
感谢您对公共文化服务的关心！
南州市文化广电旅游局
2024年7月4日
（联系人：米某，联系电话：0571-87051789，邮编：310006，地址：南州市上城区解放路138号）
""")
    expect(
        doc,
        kind="reply",
        recipients=("邬某某代表",),
        ref=("人大", "市", 16, 4, "0444", "建议", "关于推进城市书房建设的建议", []),
        closing="感谢您对公共文化服务的关心！",
        signature=(("南州市文化广电旅游局",), "2024-07-04", "2024年7月4日"),
        contact={
            "name": "米某",
            "phones": ("0571-87051789",),
            "postcode": "310006",
            "address": "南州市上城区解放路138号",
        },
    )


def test_a_closing_wrapped_by_hand_over_two_lines_above_an_organ_with_its_print_seal_note() -> None:
    doc = checked("""\
关于区人大十届四次会议第0067号建议的答复
柯某某代表：
您提出的《关于加强电梯安全监管的建议》收悉。现答复如下：
今年我局对辖区3860台老旧电梯开展安全评估，督促完成改造更新212台。
感谢您对特种设备安全工作的关心
和支持！
南州市西湖区市场监督管理局（印章）
2024年8月8日
""")
    expect(
        doc,
        kind="reply",
        recipients=("柯某某代表",),
        ref=("人大", "区", 10, 4, "0067", "建议", "关于加强电梯安全监管的建议", []),
        closing="感谢您对特种设备安全工作的关心\n和支持！",
        signature=(("南州市西湖区市场监督管理局",), "2024-08-08", "2024年8月8日"),
    )


def test_an_answer_to_a_committee_whose_signer_and_co_signer_stand_on_one_line() -> None:
    doc = checked("""\
南州市人民政府办公室
南政办复〔2023〕14号　　签发人：袁某某　会签人：包某某
南州市人民政府办公室关于市政协十二届二次会议第0003号提案的答复
市政协人口资源环境委员会：
贵委提出的《关于推进长江岸线生态修复的提案》收悉。经市政府同意，现答复如下：
全市已完成长江岸线生态修复28公里，复绿面积达到3600亩。
感谢贵委对生态文明建设的关心和支持！
南州市人民政府办公室
2023年6月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市人民政府办公室",
        number=("南政办复〔2023〕14号", "南政办复", 2023, 14),
        signer="袁某某",
        title="南州市人民政府办公室关于市政协十二届二次会议第0003号提案的答复",
        recipients=("市政协人口资源环境委员会",),
        ref=("政协", "市", 12, 2, "0003", "提案", "关于推进长江岸线生态修复的提案", []),
        closing="感谢贵委对生态文明建设的关心和支持！",
        signature=(("南州市人民政府办公室",), "2023-06-20", "2023年6月20日"),
    )


def test_a_spokesman_signing_beside_the_date_signs_for_the_organ() -> None:
    doc = checked("""\
市民您好！您反映的滨河公园健身器材损坏问题收悉。我中心已于5月10日完成维修，并将每周巡检一次。
谢谢您的来信！
临江市园林绿化管理中心发言人　2023年5月12日
""")
    expect(
        doc,
        closing="谢谢您的来信！",
        signature=(("临江市园林绿化管理中心",), "2023-05-12", "2023年5月12日"),
    )


# --- batch 7 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_to_a_deputys_criticism_and_opinion() -> None:
    doc = checked("""\
关于对市十六届人大四次会议第0501号批评和意见的答复
费某某代表：
您提出的《关于部分窗口单位服务态度差的批评和意见》收悉。我局高度重视，现答复如下：
我局已对全市128个政务服务窗口开展作风专项整治，建立“好差评”结果与窗口绩效挂钩制度。
感谢您对政务服务工作的监督！
南州市行政审批服务局
2024年6月17日
""")
    expect(
        doc,
        kind="reply",
        title="关于对市十六届人大四次会议第0501号批评和意见的答复",
        recipients=("费某某代表",),
        ref=("人大", "市", 16, 4, "0501", "意见", "关于部分窗口单位服务态度差的批评和意见", []),
        closing="感谢您对政务服务工作的监督！",
        signature=(("南州市行政审批服务局",), "2024-06-17", "2024年6月17日"),
    )


def test_a_title_naming_the_proposal_by_subject_with_the_number_only_in_the_opening() -> None:
    doc = checked("""\
关于加强社区医院建设提案的答复
汪某某委员：
您在市政协十二届三次会议期间提出的第0388号提案《关于加强社区医院建设的提案》收悉。现答复如下：
今年我市新增社区医院8家，累计达到35家，社区医院床位数达到2100张。
感谢您对卫生健康事业的关心和支持！
南州市卫生健康委员会
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        title="关于加强社区医院建设提案的答复",
        recipients=("汪某某委员",),
        ref=("政协", "市", 12, 3, "0388", "提案", "关于加强社区医院建设的提案", []),
        closing="感谢您对卫生健康事业的关心和支持！",
        signature=(("南州市卫生健康委员会",), "2024-07-01", "2024年7月1日"),
    )


def test_a_bureaus_answer_letter_titled_with_dui_and_signed_under_its_seal_note() -> None:
    doc = checked("""\
南州市民政局对市政协十二届三次会议第0179号提案的答复函
台盟南州市委会：
贵会提出的《关于加强困境儿童保障的提案》收悉。现答复如下：
今年我市将困境儿童基本生活保障标准提高到每人每月1260元，并为困境儿童购买意外伤害保险。
专此函复。
南州市民政局（公章）
2024年6月11日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市民政局",
        title="南州市民政局对市政协十二届三次会议第0179号提案的答复函",
        recipients=("台盟南州市委会",),
        ref=("政协", "市", 12, 3, "0179", "提案", "关于加强困境儿童保障的提案", []),
        closing="专此函复。",
        signature=(("南州市民政局",), "2024-06-11", "2024年6月11日"),
    )


def test_a_street_answer_signed_jointly_by_its_party_working_committee_and_its_office() -> None:
    doc = checked("""\
关于区政协六届三次会议第0105号提案的答复
区政协社会法制和民族宗教委员会：
贵委提出的《关于推进老旧小区物业管理全覆盖的提案》收悉。现答复如下：
街道已对辖区26个无物业老旧小区实施“红色物业”托管，物业管理覆盖率达到100%。
感谢贵委对基层治理工作的关心！
中共南州市东湖区城东街道工作委员会　　南州市东湖区城东街道办事处
2024年7月9日
""")
    expect(
        doc,
        kind="reply",
        recipients=("区政协社会法制和民族宗教委员会",),
        ref=("政协", "区", 6, 3, "0105", "提案", "关于推进老旧小区物业管理全覆盖的提案", []),
        closing="感谢贵委对基层治理工作的关心！",
        signature=(
            ("中共南州市东湖区城东街道工作委员会", "南州市东湖区城东街道办事处"),
            "2024-07-09",
            "2024年7月9日",
        ),
    )


def test_a_reply_letter_to_the_congress_office_on_a_transferred_suggestion() -> None:
    doc = checked("""\
青溪县农业农村局
青农函〔2024〕33号
青溪县农业农村局关于县十九届人大三次会议第27号建议办理情况的复函
县人大常委会人事代表工作委员会：
你委转来的县十九届人大三次会议第27号建议《关于扶持高山蔬菜产业发展的建议》收悉。现将办理情况函复如下：
今年我局安排高山蔬菜产业扶持资金300万元，新建高山蔬菜基地2000亩。
特此函复。
青溪县农业农村局
2024年8月5日
""")
    expect(
        doc,
        kind="reply",
        issuer="青溪县农业农村局",
        number=("青农函〔2024〕33号", "青农函", 2024, 33),
        title="青溪县农业农村局关于县十九届人大三次会议第27号建议办理情况的复函",
        recipients=("县人大常委会人事代表工作委员会",),
        ref=("人大", "县", 19, 3, "27", "建议", "关于扶持高山蔬菜产业发展的建议", []),
        closing="特此函复。",
        signature=(("青溪县农业农村局",), "2024-08-05", "2024年8月5日"),
    )


def test_a_city_investment_group_answer_with_a_copy_list_over_three_lines_and_copies_on_the_print_line() -> None:
    doc = checked("""\
南州城市建设投资集团有限公司
关于市政协十二届三次会议第0460号提案的答复
胡某某委员：
您提出的《关于加快城市地下综合管廊建设的提案》收悉。现答复如下：
集团今年计划建成地下综合管廊12公里，目前已完成8.5公里主体结构施工。
感谢您对城市基础设施建设的关心和支持！
南州城市建设投资集团有限公司
2024年8月28日
抄送：市政协提案委员会，
市国资委，
市住房和城乡建设局。
南州城市建设投资集团有限公司办公室　　2024年8月29日印发（共印15份）
""")
    expect(
        doc,
        kind="reply",
        issuer="南州城市建设投资集团有限公司",
        title="南州城市建设投资集团有限公司关于市政协十二届三次会议第0460号提案的答复",
        recipients=("胡某某委员",),
        ref=("政协", "市", 12, 3, "0460", "提案", "关于加快城市地下综合管廊建设的提案", []),
        closing="感谢您对城市基础设施建设的关心和支持！",
        signature=(("南州城市建设投资集团有限公司",), "2024-08-28", "2024年8月28日"),
        imprint=(
            ("市政协提案委员会", "市国资委", "市住房和城乡建设局"),
            "南州城市建设投资集团有限公司办公室",
            "2024-08-29",
        ),
    )


def test_a_township_congress_presidium_receives_an_answer_on_its_deputies_suggestion() -> None:
    doc = checked("""\
关于镇十九届人大四次会议第5号建议的答复
镇人大主席团：
由王某某等5名代表提出的《关于修建后山村灌溉水渠的建议》收悉。现答复如下：
后山村灌溉水渠修建工程已完成设计，计划今年冬修期间施工，明年春耕前投入使用。
特此答复。
青石镇人民政府
2023年6月2日
""")
    expect(
        doc,
        kind="reply",
        title="关于镇十九届人大四次会议第5号建议的答复",
        recipients=("镇人大主席团",),
        ref=("人大", "镇", 19, 4, "5", "建议", "关于修建后山村灌溉水渠的建议", ["王某某"]),
        closing="特此答复。",
        signature=(("青石镇人民政府",), "2023-06-02", "2023年6月2日"),
    )


def test_a_reply_with_the_number_in_brackets_under_the_title_and_a_mobile_under_its_own_label() -> None:
    doc = checked("""\
南州市文化广电旅游局关于市十六届人大四次会议第0233号建议的答复
（南文旅复〔2024〕19号）
温某某代表：
您提出的《关于加强非物质文化遗产传承保护的建议》收悉。现答复如下：
今年我局新认定市级非遗代表性传承人46名，建成非遗工坊18家。
感谢您对非遗保护工作的关心！
南州市文化广电旅游局
2024年7月12日
联系人：颜某
手机号码：13805713579
""")
    expect(
        doc,
        kind="reply",
        number=("南文旅复〔2024〕19号", "南文旅复", 2024, 19),
        title="南州市文化广电旅游局关于市十六届人大四次会议第0233号建议的答复",
        recipients=("温某某代表",),
        ref=("人大", "市", 16, 4, "0233", "建议", "关于加强非物质文化遗产传承保护的建议", []),
        closing="感谢您对非遗保护工作的关心！",
        signature=(("南州市文化广电旅游局",), "2024-07-12", "2024年7月12日"),
        contact={"name": "颜某", "phones": ("13805713579",)},
    )


def test_a_hotline_answer_addressed_to_a_named_citizen_with_a_polite_mister() -> None:
    doc = checked("""\
关于市民反映城南小区供水水压不足问题的答复
陈先生：
您好！您通过12345热线反映的城南小区高层住户水压不足问题收悉。经现场检测，该小区二次供水设备老化，我公司已于8月12日更换加压水泵2台，目前水压已恢复正常。
感谢您对供水工作的理解和支持！
南州水务集团有限公司客户服务中心
2024年8月14日
""")
    expect(
        doc,
        kind="reply",
        title="关于市民反映城南小区供水水压不足问题的答复",
        recipients=("陈先生",),
        ref=None,
        closing="感谢您对供水工作的理解和支持！",
        signature=(("南州水务集团有限公司客户服务中心",), "2024-08-14", "2024年8月14日"),
    )


def test_a_deputys_criticism_filed_by_number_is_the_opinion_answered() -> None:
    doc = checked("""\
关于县十八届人大五次会议第9号代表批评意见的答复
吉某某代表：
您提出的《关于城区停车收费不规范的批评意见》收悉。现答复如下：
我局已会同县市场监管局对城区32个停车场收费情况开展检查，责令5家停车场整改。
感谢您的监督！
青溪县发展和改革局
2024年6月24日
""")
    expect(doc, ref=("人大", "县", 18, 5, "9", "意见", "关于城区停车收费不规范的批评意见", []))


# --- batch 8 (written before the parser ran on it) -----------------------------------------------


def test_a_signer_and_a_checker_on_one_line_under_the_date() -> None:
    doc = checked("""\
关于区政协五届四次会议第0152号提案的答复
邹某某委员：
您提出的《关于加强校园周边食品安全监管的提案》收悉。现答复如下：
今年我局对全区中小学校周边食品经营户开展拉网式检查，检查经营户1260户次，立案查处9起。
感谢您对食品安全工作的关心和支持！
南州市北湖区市场监督管理局
2024年6月3日
签发人：严某某　　审核人：白某
""")
    expect(
        doc,
        kind="reply",
        signer="严某某",
        recipients=("邹某某委员",),
        ref=("政协", "区", 5, 4, "0152", "提案", "关于加强校园周边食品安全监管的提案", []),
        closing="感谢您对食品安全工作的关心和支持！",
        signature=(("南州市北湖区市场监督管理局",), "2024-06-03", "2024年6月3日"),
    )


def test_a_provincial_department_answer_with_its_disclosure_note_under_the_title() -> None:
    doc = checked("""\
江北省交通运输厅
江北交建函〔2024〕66号
江北省交通运输厅关于省十四届人大二次会议第1024号建议的答复
（此件公开发布）
史某某代表：
您提出的《关于加快推进山区县高速公路建设的建议》收悉。现答复如下：
今年全省计划新开工山区县高速公路项目4个，建成通车2个，新增里程168公里。
感谢您对全省交通运输工作的关心和支持！
江北省交通运输厅
2024年6月29日
""")
    expect(
        doc,
        kind="reply",
        issuer="江北省交通运输厅",
        number=("江北交建函〔2024〕66号", "江北交建函", 2024, 66),
        title="江北省交通运输厅关于省十四届人大二次会议第1024号建议的答复",
        disclosure="主动公开",
        recipients=("史某某代表",),
        ref=("人大", "省", 14, 2, "1024", "建议", "关于加快推进山区县高速公路建设的建议", []),
        closing="感谢您对全省交通运输工作的关心和支持！",
        signature=(("江北省交通运输厅",), "2024-06-29", "2024年6月29日"),
    )


def test_an_answer_titled_with_the_proposal_number_after_the_word_proposal() -> None:
    doc = checked("""\
关于市政协十二届三次会议提案第0299号的答复
毕某某委员：
您提出的《关于加强城市绿道建设的提案》收悉。现答复如下：
今年全市新建城市绿道86公里，累计建成绿道1020公里。
感谢您对城市园林绿化工作的关心！
南州市园林文物局
2024年6月15日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议提案第0299号的答复",
        recipients=("毕某某委员",),
        ref=("政协", "市", 12, 3, "0299", "提案", "关于加强城市绿道建设的提案", []),
        closing="感谢您对城市园林绿化工作的关心！",
        signature=(("南州市园林文物局",), "2024-06-15", "2024年6月15日"),
    )


def test_a_signature_dated_in_the_first_month_written_yuan_yue() -> None:
    doc = checked("""\
关于县政协九届五次会议第64号提案的答复
县政协农业农村委员会：
贵委提出的《关于加快发展农村电子商务的提案》收悉。现答复如下：
全县已建成村级电商服务站186个，去年农村网络零售额达到9.6亿元。
专此答复。
青溪县商务局
2014年元月8日
""")
    expect(
        doc,
        kind="reply",
        recipients=("县政协农业农村委员会",),
        ref=("政协", "县", 9, 5, "64", "提案", "关于加快发展农村电子商务的提案", []),
        closing="专此答复。",
        signature=(("青溪县商务局",), "2014-01-08", "2014年元月8日"),
    )


def test_a_reply_letter_to_a_member_closing_with_the_letter_salutation_on_two_lines() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0351号提案的复函
尊敬的成某某委员：
您提出的《关于保护利用工业遗产的提案》收悉。现函复如下：
我局已将南州机械厂旧址等6处工业遗产纳入历史建筑保护名录，正在编制保护利用规划。
此致
敬礼！
南州市自然资源和规划局
2024年7月17日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议第0351号提案的复函",
        recipients=("成某某委员",),
        ref=("政协", "市", 12, 3, "0351", "提案", "关于保护利用工业遗产的提案", []),
        closing="此致\n敬礼！",
        signature=(("南州市自然资源和规划局",), "2024-07-17", "2024年7月17日"),
        last="我局已将南州机械厂旧址等6处工业遗产纳入历史建筑保护名录，正在编制保护利用规划。",
    )


def test_a_county_answer_under_an_adopted_result_row_and_a_summary_disclosure_row() -> None:
    doc = checked("""\
办理结果：已采纳
公开属性：主动公开·摘要
青溪县林业局
青林复〔2024〕6号
关于县政协十一届四次会议第44号提案的答复
县政协人口资源环境委员会：
贵委提出的《关于加强森林防火基础设施建设的提案》收悉。现答复如下：
今年我局新建森林防火通道45公里，新设防火视频监控点32个，实现重点林区监控全覆盖。
感谢贵委对林业工作的关心和支持！
青溪县林业局
2024年5月24日
""")
    expect(
        doc,
        kind="reply",
        issuer="青溪县林业局",
        number=("青林复〔2024〕6号", "青林复", 2024, 6),
        title="关于县政协十一届四次会议第44号提案的答复",
        metadata={"办理结果": "已采纳", "公开属性": "主动公开·摘要"},
        category="A",
        disclosure="主动公开",
        recipients=("县政协人口资源环境委员会",),
        ref=("政协", "县", 11, 4, "44", "提案", "关于加强森林防火基础设施建设的提案", []),
        closing="感谢贵委对林业工作的关心和支持！",
        signature=(("青溪县林业局",), "2024-05-24", "2024年5月24日"),
    )


def test_a_hotline_reply_whose_body_thanks_and_asks_to_keep_supervising_in_one_line() -> None:
    doc = checked("""\
关于反映城东农贸市场缺斤少两问题的回复
市民朋友：
您好！您反映的问题收悉。经我局执法人员暗访核查，城东农贸市场2户经营者存在使用不合格电子秤问题，已依法没收并处以罚款。
感谢您的监督，欢迎继续关注和支持市场监管工作。
南州市东湖区市场监督管理局
2024年4月22日
""")
    expect(
        doc,
        kind="reply",
        title="关于反映城东农贸市场缺斤少两问题的回复",
        recipients=("市民朋友",),
        ref=None,
        closing="感谢您的监督，欢迎继续关注和支持市场监管工作。",
        signature=(("南州市东湖区市场监督管理局",), "2024-04-22", "2024年4月22日"),
    )


def test_a_district_answer_addressed_to_a_lead_deputy_and_his_co_signers_as_written() -> None:
    doc = checked("""\
关于区十届人大四次会议第0208号建议的答复
钱某某代表（领衔）：
您领衔提出的《关于在城西片区增设公交首末站的建议》收悉。现答复如下：
城西公交首末站已完成选址，计划今年10月建成，届时将新开通公交线路2条。
感谢您对公共交通工作的关心和支持！
南州市西湖区交通运输局
2024年7月23日
""")
    expect(
        doc,
        kind="reply",
        recipients=("钱某某代表（领衔）",),
        ref=("人大", "区", 10, 4, "0208", "建议", "关于在城西片区增设公交首末站的建议", []),
        closing="感谢您对公共交通工作的关心和支持！",
        signature=(("南州市西湖区交通运输局",), "2024-07-23", "2024年7月23日"),
    )


# --- batch 9 (written before the parser ran on it) -----------------------------------------------


def test_a_signature_organ_printed_letter_spaced() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0177号建议的答复
阮某某代表：
您提出的《关于推进义务教育优质均衡发展的建议》收悉。现答复如下：
今年我市新组建城乡教育共同体62个，结对学校覆盖所有乡村学校。
感谢您对教育工作的关心和支持！
南 州 市 教 育 局
2024年6月8日
""")
    expect(
        doc,
        kind="reply",
        recipients=("阮某某代表",),
        ref=("人大", "市", 16, 4, "0177", "建议", "关于推进义务教育优质均衡发展的建议", []),
        closing="感谢您对教育工作的关心和支持！",
        signature=(("南州市教育局",), "2024-06-08", "2024年6月8日"),
    )


def test_a_body_whose_last_sentence_lost_its_stop_over_the_signature() -> None:
    doc = checked("""\
关于区政协五届四次会议第0088号提案的答复
单某某委员：
您提出的《关于改造提升城北农贸市场的提案》收悉。现答复如下：
城北农贸市场改造提升工程已于今年4月开工，预计年底完工
南州市北湖区商务局
2024年5月17日
""")
    expect(
        doc,
        kind="reply",
        recipients=("单某某委员",),
        ref=("政协", "区", 5, 4, "0088", "提案", "关于改造提升城北农贸市场的提案", []),
        closing=None,
        signature=(("南州市北湖区商务局",), "2024-05-17", "2024年5月17日"),
        last="城北农贸市场改造提升工程已于今年4月开工，预计年底完工",
    )


def test_a_contact_written_on_at_the_end_of_the_closing_line() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0412号提案的答复
洪某某委员：
您提出的《关于推进垃圾分类处理设施建设的提案》收悉。现答复如下：
今年我市新建厨余垃圾处理设施2座，新增处理能力每日800吨。
感谢您对城市管理工作的关心和支持！联系人：龙某，联系电话：0571-87012567。
南州市城市管理局
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        recipients=("洪某某委员",),
        ref=("政协", "市", 12, 3, "0412", "提案", "关于推进垃圾分类处理设施建设的提案", []),
        signature=(("南州市城市管理局",), "2024-07-03", "2024年7月3日"),
        contact={"name": "龙某", "phones": ("0571-87012567",)},
        last="今年我市新建厨余垃圾处理设施2座，新增处理能力每日800吨。",
    )


def test_a_reply_letter_with_a_labelled_addressee_line() -> None:
    doc = checked("""\
南州市商务局
南商函〔2024〕41号
南州市商务局关于市政协十二届三次会议第0233号提案办理情况的复函
主送：南州市政协提案委员会
你委转来的《关于促进夜间经济发展的提案》已办理完毕，现将有关情况函复如下：
今年全市新培育夜间经济集聚区6个，夜间消费额同比增长16%。
特此函复。
南州市商务局
2024年6月30日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市商务局",
        number=("南商函〔2024〕41号", "南商函", 2024, 41),
        title="南州市商务局关于市政协十二届三次会议第0233号提案办理情况的复函",
        recipients=("南州市政协提案委员会",),
        ref=("政协", "市", 12, 3, "0233", "提案", "关于促进夜间经济发展的提案", []),
        closing="特此函复。",
        signature=(("南州市商务局",), "2024-06-30", "2024年6月30日"),
    )


def test_a_number_with_half_width_parentheses_and_spaces_around_the_year() -> None:
    doc = checked("""\
青溪县教育局
青教函 (2024) 27号
关于县政协十一届四次会议第58号提案的答复
县政协教育文化卫生体育委员会：
贵委提出的《关于加强乡村教师队伍建设的提案》收悉。现答复如下：
今年我县招聘乡村教师96名，乡村教师生活补助标准提高到每月800元至1500元。
特此答复。
青溪县教育局
2024年6月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="青溪县教育局",
        number=("青教函 (2024) 27号", "青教函", 2024, 27),
        title="关于县政协十一届四次会议第58号提案的答复",
        recipients=("县政协教育文化卫生体育委员会",),
        ref=("政协", "县", 11, 4, "58", "提案", "关于加强乡村教师队伍建设的提案", []),
        closing="特此答复。",
        signature=(("青溪县教育局",), "2024-06-12", "2024年6月12日"),
    )


def test_a_joint_proposal_of_two_party_committees_named_under_a_proposer_row() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0009号提案的答复
提案人：农工党南州市委会、致公党南州市委会
农工党南州市委会、致公党南州市委会：
贵会提出的《关于推进医疗卫生资源均衡布局的提案》收悉。现答复如下：
今年我市新建县域医共体分院12家，实现乡镇卫生院与县级医院检查结果互认。
感谢贵会对卫生健康工作的关心和支持！
南州市卫生健康委员会
2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议第0009号提案的答复",
        recipients=("农工党南州市委会", "致公党南州市委会"),
        ref=(
            "政协",
            "市",
            12,
            3,
            "0009",
            "提案",
            "关于推进医疗卫生资源均衡布局的提案",
            ["农工党南州市委会", "致公党南州市委会"],
        ),
        closing="感谢贵会对卫生健康工作的关心和支持！",
        signature=(("南州市卫生健康委员会",), "2024-06-27", "2024年6月27日"),
    )


def test_an_answer_addressed_to_the_members_as_a_group() -> None:
    doc = checked("""\
关于县政协十一届三次会议第12号提案的答复
各位委员：
你们联名提出的《关于加强县城历史街区保护的提案》收悉。现答复如下：
县城老街保护规划已编制完成，今年启动老街立面整治一期工程，涉及沿街建筑46幢。
再次感谢各位委员的关心！
青溪县住房和城乡建设局
2023年8月11日
""")
    expect(
        doc,
        kind="reply",
        recipients=("各位委员",),
        ref=("政协", "县", 11, 3, "12", "提案", "关于加强县城历史街区保护的提案", []),
        closing="再次感谢各位委员的关心！",
        signature=(("青溪县住房和城乡建设局",), "2023-08-11", "2023年8月11日"),
    )


def test_a_2016_answer_dated_in_ideographs_in_its_signature_and_its_printing_line() -> None:
    doc = checked("""\
临江市水利局
临水复〔2016〕11号
关于市政协九届五次会议第0087号提案的答复
九三学社临江市委会：
贵会提出的《关于加快小型水库除险加固的提案》收悉。现答复如下：
今年我局完成小型水库除险加固工程23座，消除病险隐患。
感谢贵会对水利工作的关心和支持！
临江市水利局
二〇一六年七月二十九日
抄送：市政协提案委员会。
临江市水利局办公室　　　　二〇一六年八月一日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="临江市水利局",
        number=("临水复〔2016〕11号", "临水复", 2016, 11),
        title="关于市政协九届五次会议第0087号提案的答复",
        recipients=("九三学社临江市委会",),
        ref=("政协", "市", 9, 5, "0087", "提案", "关于加快小型水库除险加固的提案", []),
        closing="感谢贵会对水利工作的关心和支持！",
        signature=(("临江市水利局",), "2016-07-29", "二〇一六年七月二十九日"),
        imprint=(("市政协提案委员会",), "临江市水利局办公室", "2016-08-01"),
    )


def test_a_contact_written_on_after_the_thanks_without_brackets_leaves_the_body() -> None:
    doc = checked("""\
关于县十九届人大三次会议第40号建议的答复
汤某某代表：
您提出的《关于加强农村公路养护的建议》收悉。现答复如下：
今年全县完成农村公路养护工程126公里，列养率达到100%。
谢谢您的关心！经办人：庞某　电话：0578-6034567
青溪县交通运输局
2024年5月9日
""")
    expect(
        doc,
        contact={"name": "庞某", "phones": ("0578-6034567",)},
        signature=(("青溪县交通运输局",), "2024-05-09", "2024年5月9日"),
        last="今年全县完成农村公路养护工程126公里，列养率达到100%。",
    )


def test_a_forms_rows_under_its_title_are_its_header_up_to_the_row_holding_the_answer() -> None:
    doc = checked("""\
临江市政协提案办理情况答复单
提案编号：0157
提案人：乔某某
提案标题：关于规范共享单车停放的提案
办理结果：正在解决
答复内容：今年我局在中心城区划设共享单车停放区1200处，并对乱停放车辆实行电子围栏管理。
签发人：鲁某某
答复日期：2024年7月2日
""")
    expect(
        doc,
        title="临江市政协提案办理情况答复单",
        category="B",
        signer="鲁某某",
        ref=("政协", "市", None, None, "0157", "提案", "关于规范共享单车停放的提案", ["乔某某"]),
        last="答复内容：今年我局在中心城区划设共享单车停放区1200处，并对乱停放车辆实行电子围栏管理。",
    )


def test_a_form_whose_labels_are_parted_from_their_values_by_tabs() -> None:
    doc = checked("""\
青溪县人大代表建议答复单
建议号\t第19号
代表姓名\t邱某某
办理结果\t因条件限制暂不能解决
答复内容\t城关二小扩建受用地限制，今年暂不具备实施条件，我局将在新一轮教育布局规划中统筹考虑。
签发人\t俞某某
""")
    expect(
        doc,
        title="青溪县人大代表建议答复单",
        category="C",
        signer="俞某某",
        ref=("人大", "县", None, None, "19", "建议", None, ["邱某某"]),
    )


# --- batch 10 (written before the parser ran on it) ----------------------------------------------


def test_a_traditional_character_message_board_answer_signed_by_a_street_spokesman() -> None:
    doc = checked("""\
網友您好：
您反映的南湖路人行道破損問題收悉。經查，該路段人行道磚因管線施工損壞，街道已協調施工單位於本週內修復。
感謝您對我們工作的支持！
南湖街道辦事處新聞發言人
""")
    expect(
        doc,
        kind="reply",
        closing="感謝您對我們工作的支持！",
        signature=(("南湖街道辦事處",), None, None),
    )


def test_a_notice_that_names_a_spokesman_in_its_body_is_signed_by_its_organ() -> None:
    doc = checked("""\
南州市人民政府新闻办公室关于举行2024年上半年经济运行情况新闻发布会的通知
各新闻单位：
定于2024年7月18日上午10时在市政府新闻发布厅举行新闻发布会，由市政府新闻发言人介绍上半年全市经济运行情况。请各单位派记者参加。
南州市人民政府新闻办公室
2024年7月15日
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市人民政府新闻办公室",
        recipients=("各新闻单位",),
        closing=None,
        signature=(("南州市人民政府新闻办公室",), "2024-07-15", "2024年7月15日"),
        last="定于2024年7月18日上午10时在市政府新闻发布厅举行新闻发布会，由市政府新闻发言人介绍上半年全市经济运行情况。请各单位派记者参加。",
    )


def test_a_co_handling_opinion_signed_by_two_co_handlers_with_one_date() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0272号提案的协办意见
南州市农业农村局：
你局主办的《关于加快发展设施农业的提案》收悉。现将我们的协办意见提出如下：
市财政局今年安排设施农业补助资金6000万元；市自然资源和规划局已将设施农业用地纳入备案管理，简化审批手续。
南州市财政局　　南州市自然资源和规划局
2024年5月8日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议第0272号提案的协办意见",
        recipients=("南州市农业农村局",),
        ref=("政协", "市", 12, 3, "0272", "提案", "关于加快发展设施农业的提案", []),
        closing=None,
        signature=(("南州市财政局", "南州市自然资源和规划局"), "2024-05-08", "2024年5月8日"),
    )


def test_an_answer_signed_by_a_government_with_its_office_sealing_for_it() -> None:
    doc = checked("""\
关于县十九届人大三次会议第1号议案办理情况的报告
县人大常委会：
县十九届人大三次会议主席团交付县人民政府办理的第1号议案《关于加快县城污水管网建设的议案》，经县政府研究，现将办理情况报告如下：
今年县城新建污水管网36公里，改造雨污混接点210处，县城污水集中收集率达到85%。
特此报告。
青溪县人民政府
（青溪县人民政府办公室代章）
2024年10月12日
""")
    expect(
        doc,
        kind="report",
        title="关于县十九届人大三次会议第1号议案办理情况的报告",
        recipients=("县人大常委会",),
        ref=("人大", "县", 19, 3, "1", "议案", "关于加快县城污水管网建设的议案", []),
        closing="特此报告。",
        signature=(("青溪县人民政府",), "2024-10-12", "2024年10月12日"),
    )


def test_a_closing_that_asks_for_understanding_after_the_formula() -> None:
    doc = checked("""\
关于区政协五届四次会议第0199号提案的答复
冉某某委员：
您提出的《关于在城西新建体育公园的提案》收悉。现答复如下：
城西片区现有可用地块均已规划为学校和医疗用地，近期暂无条件新建体育公园，我局将结合国土空间规划修编统筹考虑。
特此答复，敬请谅解。
南州市西湖区文化和广电旅游体育局
2024年7月11日
""")
    expect(
        doc,
        kind="reply",
        recipients=("冉某某委员",),
        ref=("政协", "区", 5, 4, "0199", "提案", "关于在城西新建体育公园的提案", []),
        closing="特此答复，敬请谅解。",
        signature=(("南州市西湖区文化和广电旅游体育局",), "2024-07-11", "2024年7月11日"),
    )


def test_a_town_answer_to_a_county_suggestion_with_a_handling_result_under_its_title() -> None:
    doc = checked("""\
关于县十九届人大三次会议第71号建议的答复
（办理结果：B类）
樊某某代表：
您提出的《关于修建石门村至后山村道路的建议》收悉。现答复如下：
该道路已列入我镇2025年农村道路建设计划，目前正在开展前期勘测设计。
感谢您对我镇工作的关心！
青石镇人民政府
2024年8月2日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十九届人大三次会议第71号建议的答复",
        category="B",
        recipients=("樊某某代表",),
        ref=("人大", "县", 19, 3, "71", "建议", "关于修建石门村至后山村道路的建议", []),
        closing="感谢您对我镇工作的关心！",
        signature=(("青石镇人民政府",), "2024-08-02", "2024年8月2日"),
    )


def test_an_answer_whose_imprint_copies_to_the_proposer_and_two_offices_split_by_enumeration_commas() -> None:
    doc = checked("""\
南州市体育局
南体复〔2024〕8号
关于市政协十二届三次会议第0316号提案的答复
民盟南州市委会：
贵会提出的《关于推进全民健身设施建设的提案》收悉。现答复如下：
今年全市新建社区多功能运动场46个、百姓健身房38个，人均体育场地面积达到2.9平方米。
感谢贵会对体育工作的关心和支持！
南州市体育局
2024年6月22日
抄送：市政协提案委员会、市政府办公室、市政府督查室。
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市体育局",
        number=("南体复〔2024〕8号", "南体复", 2024, 8),
        recipients=("民盟南州市委会",),
        ref=("政协", "市", 12, 3, "0316", "提案", "关于推进全民健身设施建设的提案", []),
        closing="感谢贵会对体育工作的关心和支持！",
        signature=(("南州市体育局",), "2024-06-22", "2024年6月22日"),
        imprint=(("市政协提案委员会", "市政府办公室", "市政府督查室"), None, None),
    )


def test_a_message_board_answer_with_a_reply_unit_line_over_the_text_and_a_spokesman_under_it() -> None:
    doc = checked("""\
回复单位：南州市北湖区人民政府
网友您好：
您反映的北湖区第三中学周边网吧接纳未成年人问题收悉。区文旅体局已会同公安部门开展联合检查，对违规接纳未成年人的2家网吧依法作出停业整顿处理。
感谢您对未成年人保护工作的关注！
北湖区人民政府新闻发言人
""")
    expect(
        doc,
        kind="reply",
        metadata={"回复单位": "南州市北湖区人民政府"},
        closing="感谢您对未成年人保护工作的关注！",
        signature=(("北湖区人民政府",), None, None),
    )


def test_a_spokesman_written_in_traditional_characters_signs_for_the_organ() -> None:
    doc = checked("""\
市民您好！您反映的幸福小區化糞池滿溢問題收悉。我局已督促物業公司於9月1日完成清掏，並每季度清掏一次。
謝謝您的來信！
臨江縣住房和城鄉建設局發言人
2023年9月2日
""")
    expect(
        doc,
        closing="謝謝您的來信！",
        signature=(("臨江縣住房和城鄉建設局",), "2023-09-02", "2023年9月2日"),
    )


# --- batch 11 (written before the parser ran on it) ----------------------------------------------


def test_a_co_handling_letter_numbered_by_its_bureau_with_a_copy_line() -> None:
    doc = checked("""\
南州市科学技术局
南科函〔2024〕29号
南州市科学技术局关于市政协十二届三次会议第0185号提案协办意见的函
南州市经济和信息化局：
你局主办的《关于推动制造业数字化转型的提案》收悉。经研究，现将协办意见函告如下：
今年我局支持企业建设省级企业研发中心31家，立项数字化转型关键技术攻关项目12项。
南州市科学技术局
2024年4月30日
抄送：市政协提案委员会。
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市科学技术局",
        number=("南科函〔2024〕29号", "南科函", 2024, 29),
        title="南州市科学技术局关于市政协十二届三次会议第0185号提案协办意见的函",
        recipients=("南州市经济和信息化局",),
        ref=("政协", "市", 12, 3, "0185", "提案", "关于推动制造业数字化转型的提案", []),
        closing=None,
        signature=(("南州市科学技术局",), "2024-04-30", "2024年4月30日"),
        imprint=(("市政协提案委员会",), None, None),
    )


def test_a_2009_answer_dated_with_latin_capital_o_for_zero() -> None:
    doc = checked("""\
关于县政协七届三次会议第22号提案的答复
县政协经济委员会：
贵委提出的《关于加快县城集中供热建设的提案》收悉。现答复如下：
县城集中供热一期工程已于去年底建成，今年供热面积扩大到48万平方米。
专此答复。
青山县建设局
二OO九年五月十二日
""")
    expect(
        doc,
        kind="reply",
        recipients=("县政协经济委员会",),
        ref=("政协", "县", 7, 3, "22", "提案", "关于加快县城集中供热建设的提案", []),
        closing="专此答复。",
        signature=(("青山县建设局",), "2009-05-12", "二OO九年五月十二日"),
    )


def test_an_imprint_whose_printing_organ_and_date_stand_under_labels() -> None:
    doc = checked("""\
南州市审计局
南审复〔2024〕4号
关于市十六届人大四次会议第0366号建议的答复
阎某某代表：
您提出的《关于加强政府投资项目审计监督的建议》收悉。现答复如下：
今年我局完成政府投资项目审计86个，核减工程结算价款3.2亿元。
感谢您对审计工作的关心和支持！
南州市审计局
2024年6月20日
抄送：市人大常委会预算工作委员会。
印发机关：南州市审计局办公室　　印发日期：2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市审计局",
        number=("南审复〔2024〕4号", "南审复", 2024, 4),
        recipients=("阎某某代表",),
        ref=("人大", "市", 16, 4, "0366", "建议", "关于加强政府投资项目审计监督的建议", []),
        closing="感谢您对审计工作的关心和支持！",
        signature=(("南州市审计局",), "2024-06-20", "2024年6月20日"),
        imprint=(("市人大常委会预算工作委员会",), "南州市审计局办公室", "2024-06-21"),
    )


def test_an_answer_listing_an_attachment_in_book_title_marks() -> None:
    doc = checked("""\
关于区政协五届四次会议第0233号提案的答复
蒲某某委员：
您提出的《关于规范城区道路停车管理的提案》收悉。现答复如下：
我局已会同区公安分局制定城区道路停车管理办法，自今年9月1日起施行，具体内容见附件。
感谢您对城市管理工作的关心！
附件：《南州市西湖区城市道路停车管理办法》
南州市西湖区城市管理局
2024年8月26日
""")
    expect(
        doc,
        kind="reply",
        recipients=("蒲某某委员",),
        ref=("政协", "区", 5, 4, "0233", "提案", "关于规范城区道路停车管理的提案", []),
        closing="感谢您对城市管理工作的关心！",
        attachments=("《南州市西湖区城市道路停车管理办法》",),
        signature=(("南州市西湖区城市管理局",), "2024-08-26", "2024年8月26日"),
    )


def test_a_bureau_answer_whose_opening_thanks_first_and_whose_closing_wishes_more_proposals() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0078号提案的答复
田某某委员：
首先感谢您对我市旅游发展的关心！您提出的《关于打造夜间文旅消费集聚区的提案》收悉。现答复如下：
今年我市新认定省级夜间文旅消费集聚区3个，夜间文旅消费额同比增长21%。
欢迎您继续对我们的工作提出宝贵意见和建议。
南州市文化广电旅游局
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        recipients=("田某某委员",),
        ref=("政协", "市", 12, 3, "0078", "提案", "关于打造夜间文旅消费集聚区的提案", []),
        closing="欢迎您继续对我们的工作提出宝贵意见和建议。",
        signature=(("南州市文化广电旅游局",), "2024-06-18", "2024年6月18日"),
        preamble=[
            "首先感谢您对我市旅游发展的关心！您提出的《关于打造夜间文旅消费集聚区的提案》收悉。现答复如下：",
            "今年我市新认定省级夜间文旅消费集聚区3个，夜间文旅消费额同比增长21%。",
        ],
    )


def test_a_county_answer_to_a_suggestion_with_its_category_as_a_jia_letter() -> None:
    doc = checked("""\
办理结果：甲类
关于县十九届人大三次会议第16号建议的答复
贾某某代表：
您提出的《关于整治县城背街小巷环境的建议》收悉。现答复如下：
今年县城整治背街小巷42条，改造雨污管网9.6公里。
感谢您对城市建设工作的关心！
青溪县住房和城乡建设局
2024年9月10日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十九届人大三次会议第16号建议的答复",
        metadata={"办理结果": "甲类"},
        category=None,
        recipients=("贾某某代表",),
        ref=("人大", "县", 19, 3, "16", "建议", "关于整治县城背街小巷环境的建议", []),
        closing="感谢您对城市建设工作的关心！",
        signature=(("青溪县住房和城乡建设局",), "2024-09-10", "2024年9月10日"),
    )
    assert "category-unmapped" in [w.code for w in doc.warnings]


def test_a_hotline_answer_whose_date_and_organ_share_a_line_under_a_wide_gap_after_the_thanks() -> None:
    doc = checked("""\
关于反映南湖小区电梯故障问题的回复
您好！您反映的南湖小区5幢电梯频繁故障问题收悉。经查，该电梯已超过15年使用年限，我局已责令维保单位制定更新改造方案，并督促业委会启用维修资金，预计10月底前完成更新。
感谢您的来信！          南州市东湖区市场监督管理局
2024年8月30日
""")
    expect(
        doc,
        kind="reply",
        title="关于反映南湖小区电梯故障问题的回复",
        closing="感谢您的来信！",
        signature=(("南州市东湖区市场监督管理局",), "2024-08-30", "2024年8月30日"),
    )


def test_a_street_answer_to_a_district_member_with_a_contact_of_a_mobile_and_a_fax() -> None:
    doc = checked("""\
关于区政协六届三次会议第0141号提案的答复
成某某委员：
您提出的《关于加强社区托育服务的提案》收悉。现答复如下：
街道已在辖区5个社区开设普惠托育点，提供托位180个。
感谢您的关心和支持！
南州市北湖区白沙街道办事处
2024年7月22日
联系人：查某　手机：13957112468　传真：0571-86712345
""")
    expect(
        doc,
        kind="reply",
        recipients=("成某某委员",),
        ref=("政协", "区", 6, 3, "0141", "提案", "关于加强社区托育服务的提案", []),
        closing="感谢您的关心和支持！",
        signature=(("南州市北湖区白沙街道办事处",), "2024-07-22", "2024年7月22日"),
        contact={"name": "查某", "phones": ("13957112468",)},
    )


# --- batch 12 (written before the parser ran on it) ----------------------------------------------


def test_a_provincial_answer_to_a_national_deputys_suggestion_transferred_to_it() -> None:
    doc = checked("""\
江北省农业农村厅
江北农函〔2024〕112号
江北省农业农村厅关于十四届全国人大二次会议第4512号建议的答复
姜某某代表：
您提出的《关于支持丘陵山区农机装备研发推广的建议》由农业农村部转我厅办理。现答复如下：
今年我省安排丘陵山区适用农机购置补贴资金1.5亿元，推广小型农机具2.6万台。
感谢您对全省农业农村工作的关心和支持！
江北省农业农村厅
2024年7月25日
""")
    expect(
        doc,
        kind="reply",
        issuer="江北省农业农村厅",
        number=("江北农函〔2024〕112号", "江北农函", 2024, 112),
        title="江北省农业农村厅关于十四届全国人大二次会议第4512号建议的答复",
        recipients=("姜某某代表",),
        ref=("人大", "全国", 14, 2, "4512", "建议", "关于支持丘陵山区农机装备研发推广的建议", []),
        closing="感谢您对全省农业农村工作的关心和支持！",
        signature=(("江北省农业农村厅",), "2024-07-25", "2024年7月25日"),
    )


def test_a_township_answer_signed_by_its_party_committee_and_government_on_two_lines() -> None:
    doc = checked("""\
关于镇十八届人大五次会议第9号建议的答复
陶某某等3名代表：
你们提出的《关于改善东岙村饮水条件的建议》收悉。现答复如下：
东岙村饮水提升工程已完成管网铺设4.2公里，新建蓄水池1座，全村386户已通上自来水。
特此答复。
中共青石镇委员会
青石镇人民政府
2023年12月1日
""")
    expect(
        doc,
        kind="reply",
        recipients=("陶某某等3名代表",),
        ref=("人大", "镇", 18, 5, "9", "建议", "关于改善东岙村饮水条件的建议", []),
        closing="特此答复。",
        signature=(("中共青石镇委员会", "青石镇人民政府"), "2023-12-01", "2023年12月1日"),
    )


def test_an_answer_with_the_disclosure_row_beside_the_category_row_on_one_line() -> None:
    doc = checked("""\
办理结果：留作参考　　公开属性：依申请公开
关于市政协十二届三次会议第0411号提案的答复
鞠某某委员：
您提出的《关于设立城市绿色出行日的提案》收悉。现答复如下：
设立城市绿色出行日涉及面广，我局将会同有关部门开展调研论证，将您的建议作为今后工作的参考。
感谢您对绿色交通工作的关心！
南州市交通运输局
2024年6月6日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议第0411号提案的答复",
        metadata={"办理结果": "留作参考", "公开属性": "依申请公开"},
        category="reference",
        disclosure="依申请公开",
        recipients=("鞠某某委员",),
        ref=("政协", "市", 12, 3, "0411", "提案", "关于设立城市绿色出行日的提案", []),
        closing="感谢您对绿色交通工作的关心！",
        signature=(("南州市交通运输局",), "2024-06-06", "2024年6月6日"),
    )


def test_a_hotline_answer_whose_organ_and_date_are_flattened_onto_the_thanks_line() -> None:
    doc = checked("""\
关于反映东湖路噪音扰民问题的回复
网友：
您好！您反映的东湖路夜间渣土车噪音扰民问题收悉。我局已对相关运输企业约谈，要求其夜间减速慢行、禁止鸣笛。
感谢您的监督！　　　　南州市东湖区城市管理局　　2024年9月12日
""")
    expect(
        doc,
        kind="reply",
        title="关于反映东湖路噪音扰民问题的回复",
        recipients=("网友",),
        signature=(("南州市东湖区城市管理局",), "2024-09-12", "2024年9月12日"),
    )


def test_an_answer_whose_co_handling_units_sign_under_the_lead_with_a_labelled_date() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0099号建议的答复
蔺某某代表：
您提出的《关于加快建设城市应急避难场所的建议》收悉。现答复如下：
今年全市新建应急避难场所28处，可容纳避难人数12万人。
感谢您对应急管理工作的关心和支持！
答复单位：南州市应急管理局
答复日期：2024年6月14日
""")
    expect(
        doc,
        kind="reply",
        recipients=("蔺某某代表",),
        ref=("人大", "市", 16, 4, "0099", "建议", "关于加快建设城市应急避难场所的建议", []),
        closing="感谢您对应急管理工作的关心和支持！",
        signature=(("南州市应急管理局",), "2024-06-14", "2024年6月14日"),
    )


def test_a_traditional_character_reply_letter_with_a_number_in_round_brackets() -> None:
    doc = checked("""\
南州市衛生健康委員會
南衛函（2024）58號
關於市政協十二屆三次會議第0207號提案的復函
民進南州市委會：
貴會提出的《關於加強社區心理健康服務的提案》收悉。現函復如下：
今年我委在全市建成社區心理服務站120個，配備專兼職心理服務人員360名。
特此函復。
南州市衛生健康委員會
2024年7月8日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市衛生健康委員會",
        number=("南衛函（2024）58號", "南衛函", 2024, 58),
        title="關於市政協十二屆三次會議第0207號提案的復函",
        recipients=("民進南州市委會",),
        ref=("政协", "市", 12, 3, "0207", "提案", "關於加強社區心理健康服務的提案", []),
        closing="特此函復。",
        signature=(("南州市衛生健康委員會",), "2024-07-08", "2024年7月8日"),
    )
