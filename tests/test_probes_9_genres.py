"""Round-9 blind probes of the header and trailer fields across genres and templates the earlier
rounds did not try: 答复书 and 议案 answers, categories written as a bracketed letter, 主办/会办
lines over the title, traditional-character copies, portal pages whose chrome stands around the
document, four organs in the letterhead and the 落款, mixed ideograph and Arabic dates, 签发人 beside
a 核稿人, and more forms of 公开属性, contact lines and closings. Every expected value was written by
hand from the contract and the domain guide and committed before the parser ran on the batch; every
document also keeps the span invariants, invents no character and raises no internal error."""

from __future__ import annotations

from tests.probing import checked, expect_fields

expect = expect_fields


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_county_motion_answer_titled_da_fu_shu_under_a_bracketed_category_letter() -> None:
    doc = checked("""\
（A）
青山县住房和城乡建设局
青建函〔2024〕33号
关于县十七届人大五次会议第3号议案的答复书
县人大常委会城建环保工委：
县十七届人大五次会议第3号议案《关于加快推进县城污水管网建设的议案》（领衔代表：项某某）已交我局办理。现将办理情况答复如下：
今年我局已完成县城老城区污水管网改造18公里，新建污水提升泵站2座，城区污水收集率提高到91%。
专此答复。
青山县住房和城乡建设局
2024年8月15日
联系人：祁某　　手机：13905781234
""")
    expect(
        doc,
        kind="other",
        issuer="青山县住房和城乡建设局",
        number=("青建函〔2024〕33号", "青建函", 2024, 33),
        title="关于县十七届人大五次会议第3号议案的答复书",
        recipients=("县人大常委会城建环保工委",),
        category="A",
        ref=("人大", "县", 17, 5, "3", "议案", "关于加快推进县城污水管网建设的议案", ["项某某"]),
        closing="专此答复。",
        signature=(("青山县住房和城乡建设局",), "2024-08-15", "2024年8月15日"),
        contact={"name": "祁某", "phones": ("13905781234",)},
    )


def test_a_proposal_answer_copied_in_traditional_characters() -> None:
    doc = checked("""\
關於市政協十三屆二次會議第0128號提案的答復
王某某委員：
您提出的《關於加強社區養老服務的提案》收悉。現答復如下：
今年以來，我局新建社區居家養老服務中心12個，為2600名困難老人提供上門服務。
感謝您對民政工作的關心和支持！
南州市民政局
2024年6月18日
（聯繫人：李某；聯繫電話：0571-87051234）
""")
    expect(
        doc,
        kind="reply",
        title="關於市政協十三屆二次會議第0128號提案的答復",
        recipients=("王某某委員",),
        ref=("政协", "市", 13, 2, "0128", "提案", "關於加強社區養老服務的提案", []),
        closing="感謝您對民政工作的關心和支持！",
        signature=(("南州市民政局",), "2024-06-18", "2024年6月18日"),
        contact={"name": "李某", "phones": ("0571-87051234",)},
    )


def test_a_co_handling_opinion_under_lead_and_co_handling_unit_lines() -> None:
    doc = checked("""\
主办单位：南州市交通运输局
会办单位：南州市公安局
关于市十六届人大三次会议第0231号建议的会办意见
南州市交通运输局：
邵某某代表提出的《关于优化城区公交站点设置的建议》收悉。经研究，现提出会办意见如下：
我局将配合做好公交站点周边交通秩序维护，在早晚高峰时段加强站点周边巡查。
南州市公安局
2024年5月30日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于市十六届人大三次会议第0231号建议的会办意见",
        metadata={"主办单位": "南州市交通运输局", "会办单位": "南州市公安局"},
        recipients=("南州市交通运输局",),
        ref=("人大", "市", 16, 3, "0231", "建议", "关于优化城区公交站点设置的建议", ["邵某某"]),
        signature=(("南州市公安局",), "2024-05-30", "2024年5月30日"),
    )


def test_an_approval_under_its_letterhead_signed_on_a_mixed_ideograph_and_arabic_date() -> None:
    doc = checked("""\
南州市人民政府文件
南政复〔2024〕17号
南州市人民政府关于同意设立南州高新技术产业开发区管理委员会的批复
南州高新区筹备工作领导小组：
你组《关于设立南州高新技术产业开发区管理委员会的请示》（南高筹〔2024〕3号）收悉。经研究，批复如下：
同意设立南州高新技术产业开发区管理委员会，为市政府派出机构。管委会内设机构和人员编制，由市委编办另行核定。
此复。
南州市人民政府
二〇二四年3月8日
（此件公开发布）
抄送：市委组织部，市委编办，市财政局，市人力资源社会保障局。
南州市人民政府办公室　　　　　2024年3月11日印发
""")
    expect(
        doc,
        kind="approval",
        issuer="南州市人民政府",
        number=("南政复〔2024〕17号", "南政复", 2024, 17),
        title="南州市人民政府关于同意设立南州高新技术产业开发区管理委员会的批复",
        recipients=("南州高新区筹备工作领导小组",),
        disclosure="主动公开",
        closing="此复。",
        signature=(("南州市人民政府",), "2024-03-08", "二〇二四年3月8日"),
        imprint=(
            ("市委组织部", "市委编办", "市财政局", "市人力资源社会保障局"),
            "南州市人民政府办公室",
            "2024-03-11",
        ),
    )


def test_a_notice_of_four_bureaus_named_in_the_letterhead_and_signed_two_to_a_line() -> None:
    doc = checked("""\
南州市教育局
南州市财政局
南州市人力资源和社会保障局
南州市卫生健康委员会
南教发〔2024〕22号
关于做好2024年中小学校卫生保健人员配备工作的通知
各县（市、区）人民政府，市直各有关单位：
为加强学校卫生工作，保障学生身体健康，现就做好中小学校卫生保健人员配备工作通知如下：各地要按照每600名学生配备1名专职卫生专业技术人员的标准，于2024年底前配齐配强。
特此通知。
南州市教育局　　　　南州市财政局
南州市人力资源和社会保障局　　　　南州市卫生健康委员会
2024年4月2日
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市教育局南州市财政局南州市人力资源和社会保障局南州市卫生健康委员会",
        number=("南教发〔2024〕22号", "南教发", 2024, 22),
        title="关于做好2024年中小学校卫生保健人员配备工作的通知",
        recipients=("各县（市、区）人民政府", "市直各有关单位"),
        closing="特此通知。",
        signature=(
            ("南州市教育局", "南州市财政局", "南州市人力资源和社会保障局", "南州市卫生健康委员会"),
            "2024-04-02",
            "2024年4月2日",
        ),
    )


def test_an_answer_page_between_portal_chrome_with_its_category_and_disclosure_rows() -> None:
    doc = checked("""\
首页 > 政务公开 > 建议提案办理
关于市政协十二届三次会议第20240156号提案的答复
发布时间：2024-07-12 10:30　来源：南州市科学技术局　浏览次数：1386
【字体：大 中 小】【打印】【关闭】
办理结果：解决采纳
公开属性：主动公开
南科函〔2024〕46号
关于市政协十二届三次会议第20240156号提案的答复
致公党南州市委员会：
贵委提出的《关于支持科技型中小企业融资的提案》收悉。现答复如下：
今年我局联合市金融办推出“科技贷”产品，已为186家科技型中小企业发放贷款9.3亿元。
感谢贵委对科技工作的关心和支持！
南州市科学技术局
2024年7月5日
联系人：林某　联系电话：0571-85012345
分享到：微信 微博 QQ空间
【打印】【关闭】
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        number=("南科函〔2024〕46号", "南科函", 2024, 46),
        title="关于市政协十二届三次会议第20240156号提案的答复",
        metadata={"办理结果": "解决采纳", "公开属性": "主动公开"},
        category="A",
        disclosure="主动公开",
        recipients=("致公党南州市委员会",),
        ref=("政协", "市", 12, 3, "20240156", "提案", "关于支持科技型中小企业融资的提案", []),
        closing="感谢贵委对科技工作的关心和支持！",
        signature=(("南州市科学技术局",), "2024-07-05", "2024年7月5日"),
        contact={"name": "林某", "phones": ("0571-85012345",)},
        last="今年我局联合市金融办推出“科技贷”产品，已为186家科技型中小企业发放贷款9.3亿元。",
    )


def test_a_city_order_on_one_line_promulgating_regulations_in_chapters() -> None:
    doc = checked("""\
南州市人民政府令　第25号
《南州市居住区停车管理规定》已经2024年4月16日市人民政府第38次常务会议审议通过，现予公布，自2024年6月1日起施行。
市长：何某某
2024年4月22日
南州市居住区停车管理规定
第一章　总则
第一条　为了规范居住区停车管理，维护停车秩序，根据有关法律、法规，结合本市实际，制定本规定。
第二条　本市行政区域内居住区停车设施的建设、使用和管理，适用本规定。
第二章　附则
第三条　本规定自2024年6月1日起施行。
""")
    expect(
        doc,
        kind="measures",
        title="南州市居住区停车管理规定",
        number=None,
        signer=None,
        signature=None,
        tree=[
            (1, "chapter", "第一章", "总则"),
            (2, "article", "第一条", None),
            (2, "article", "第二条", None),
            (1, "chapter", "第二章", "附则"),
            (2, "article", "第三条", None),
        ],
    )


def test_an_upward_report_whose_checker_stands_under_the_signer() -> None:
    doc = checked("""\
南州市统计局
南统报〔2024〕8号　　　　　　　签发人：孟某某
　　　　　　　　　　　　　　　　核稿人：柯某
南州市统计局关于2024年上半年全市经济运行情况的报告
南州市人民政府：
上半年，全市实现地区生产总值2816亿元，同比增长5.6%，增速高于全省0.4个百分点。
特此报告。
南州市统计局
2024年7月16日
（联系人：汤某　电话：0571-87012233　传真：0571-87012234）
""")
    expect(
        doc,
        kind="report",
        issuer="南州市统计局",
        number=("南统报〔2024〕8号", "南统报", 2024, 8),
        signer="孟某某",
        title="南州市统计局关于2024年上半年全市经济运行情况的报告",
        recipients=("南州市人民政府",),
        closing="特此报告。",
        signature=(("南州市统计局",), "2024-07-16", "2024年7月16日"),
        contact={"name": "汤某", "phones": ("0571-87012233",)},
    )


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_under_lei_bie_and_a_request_only_disclosure_with_an_address_block() -> None:
    doc = checked("""\
类别：B
公开属性：依申请公开
南州市城市管理局
南城管函〔2024〕58号
南州市城市管理局关于市十六届人大三次会议第0316号建议的答复
柳某某代表：
您提出的《关于规范城区共享单车停放的建议》收悉。经认真研究，现答复如下：
我局已在主城区施划共享单车停放点位1200个，并将于年内完成电子围栏全覆盖，逐步解决乱停乱放问题。
感谢您对城市管理工作的关心和支持。
南州市城市管理局
2024年6月14日
联系人：常某
联系电话：0571-87096123
通讯地址：南州市解放路88号
邮政编码：310001
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市城市管理局",
        number=("南城管函〔2024〕58号", "南城管函", 2024, 58),
        title="南州市城市管理局关于市十六届人大三次会议第0316号建议的答复",
        metadata={"类别": "B", "公开属性": "依申请公开"},
        category="B",
        disclosure="依申请公开",
        recipients=("柳某某代表",),
        ref=("人大", "市", 16, 3, "0316", "建议", "关于规范城区共享单车停放的建议", []),
        closing="感谢您对城市管理工作的关心和支持。",
        signature=(("南州市城市管理局",), "2024-06-14", "2024年6月14日"),
        contact={
            "name": "常某",
            "phones": ("0571-87096123",),
            "address": "南州市解放路88号",
            "postcode": "310001",
        },
    )


def test_an_answer_whose_proposal_number_stands_only_in_a_ti_an_hao_row() -> None:
    doc = checked("""\
提案号：1035
办理结果：已解决
东湖区卫生健康局关于区政协十届三次会议《关于完善社区托育服务的提案》的答复
符某某委员：
您提出的《关于完善社区托育服务的提案》收悉。现答复如下：
今年我区新增普惠托位860个，每千人口托位数达到4.1个，已完成年度目标。
专此答复。
南州市东湖区卫生健康局
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="东湖区卫生健康局",
        title="东湖区卫生健康局关于区政协十届三次会议《关于完善社区托育服务的提案》的答复",
        metadata={"提案号": "1035", "办理结果": "已解决"},
        category="A",
        recipients=("符某某委员",),
        ref=("政协", "区", 10, 3, "1035", "提案", "关于完善社区托育服务的提案", []),
        closing="专此答复。",
        signature=(("南州市东湖区卫生健康局",), "2024-07-01", "2024年7月1日"),
    )


def test_a_discipline_bulletin_not_to_be_disclosed_with_its_imprint() -> None:
    doc = checked("""\
中共南州市纪律检查委员会办公室
南纪办〔2024〕14号
关于3起违反中央八项规定精神典型问题的通报
各县（市、区）纪委监委，市纪委监委各派驻（出）机构：
为进一步严明纪律要求，现将近期查处的3起违反中央八项规定精神典型问题通报如下：
一、南州市某局原副局长李某某违规收受礼金问题。2023年春节期间，李某某收受管理服务对象礼金2万元。李某某受到党内严重警告处分。
二、某县某镇党委书记王某某公款吃喝问题。王某某受到党内警告处分。
各级党组织要引以为戒，切实加强作风建设。
中共南州市纪律检查委员会办公室
二〇二四年九月十二日
（此件不予公开）
抄送：市委办公室。
中共南州市纪律检查委员会办公室　　　　2024年9月12日印发
""")
    expect(
        doc,
        kind="bulletin",
        issuer="中共南州市纪律检查委员会办公室",
        number=("南纪办〔2024〕14号", "南纪办", 2024, 14),
        title="关于3起违反中央八项规定精神典型问题的通报",
        recipients=("各县（市、区）纪委监委", "市纪委监委各派驻（出）机构"),
        disclosure="不予公开",
        signature=(("中共南州市纪律检查委员会办公室",), "2024-09-12", "二〇二四年九月十二日"),
        imprint=(("市委办公室",), "中共南州市纪律检查委员会办公室", "2024-09-12"),
    )


def test_pre_2012_minutes_with_attendance_and_subject_word_lines_over_the_imprint() -> None:
    doc = checked("""\
青溪县人民政府
县长办公会议纪要
〔2011〕5号
2011年4月18日，县长杜某某主持召开县长办公会议，研究县城供水管网改造等事项。现纪要如下：
一、关于县城供水管网改造
会议同意县城供水管网改造工程分两期实施，一期工程投资3200万元。
二、关于城区农贸市场搬迁
会议要求县商务局会同城关镇于6月底前拿出搬迁方案。
出席：杜某某　任某某　尚某某
列席：县发改局、县财政局、县住建局负责人
主题词：城乡建设　供水　会议纪要
抄送：县委办公室，县人大常委会办公室，县政协办公室。
青溪县人民政府办公室　　　　二〇一一年四月二十日印发
""")
    expect(
        doc,
        kind="minutes",
        signature=None,
        imprint=(("县委办公室", "县人大常委会办公室", "县政协办公室"), "青溪县人民政府办公室", "2011-04-20"),
    )


def test_a_standing_committees_resolution_under_its_adoption_note() -> None:
    doc = checked("""\
南州市人民代表大会常务委员会关于批准南州市2023年市级决算的决议
（2024年8月28日南州市第十七届人民代表大会常务委员会第二十一次会议通过）
南州市第十七届人民代表大会常务委员会第二十一次会议审议了市人民政府提出的《南州市2023年市级决算（草案）》，会议决定，批准南州市2023年市级决算。
""")
    expect(
        doc,
        kind="resolution",
        issuer="南州市人民代表大会常务委员会",
        title="南州市人民代表大会常务委员会关于批准南州市2023年市级决算的决议",
        recipients=(),
        signature=None,
    )


def test_a_provincial_reply_letter_closing_zhuan_ci_han_fu_copied_to_one_bureau() -> None:
    doc = checked("""\
江北省文化和旅游厅
江文旅函〔2024〕89号
江北省文化和旅游厅关于南州市申报省级旅游度假区有关事项的复函
南州市人民政府办公室：
你办《关于商请支持南州湖滨旅游度假区创建省级旅游度假区的函》（南政办函〔2024〕31号）收悉。经研究，我厅同意将南州湖滨旅游度假区纳入2024年省级旅游度假区创建名单，请按照创建标准抓紧推进相关工作。
专此函复。
江北省文化和旅游厅
2024年5月21日
（联系人及电话：鲁某，0791-86201234）
抄送：南州市文化广电旅游局。
""")
    expect(
        doc,
        kind="reply",
        issuer="江北省文化和旅游厅",
        number=("江文旅函〔2024〕89号", "江文旅函", 2024, 89),
        title="江北省文化和旅游厅关于南州市申报省级旅游度假区有关事项的复函",
        recipients=("南州市人民政府办公室",),
        closing="专此函复。",
        signature=(("江北省文化和旅游厅",), "2024-05-21", "2024年5月21日"),
        contact={"name": "鲁某", "phones": ("0791-86201234",)},
        imprint=(("南州市文化广电旅游局",), None, None),
    )


def test_a_half_width_answer_titled_with_the_suggestions_title_and_bracketed_number() -> None:
    doc = checked("""\
对市十六届人大三次会议《关于加快建设城市口袋公园的建议》(第238号)的答复
伍某某代表:
您提出的建议收悉。经认真研究,现答复如下:
今年我市已建成口袋公园46个,明年计划再建50个,优先布局在老城区和学校周边。
感谢您对园林绿化工作的关心!
南州市园林绿化局
2024年7月8日
(联系人:庞某,联系电话:0571-86543210)
""")
    expect(
        doc,
        kind="reply",
        title="对市十六届人大三次会议《关于加快建设城市口袋公园的建议》(第238号)的答复",
        recipients=("伍某某代表",),
        ref=("人大", "市", 16, 3, "238", "建议", "关于加快建设城市口袋公园的建议", []),
        closing="感谢您对园林绿化工作的关心!",
        signature=(("南州市园林绿化局",), "2024-07-08", "2024年7月8日"),
        contact={"name": "庞某", "phones": ("0571-86543210",)},
    )


def test_measures_under_their_centres_letterhead_signed_after_the_last_article() -> None:
    doc = checked("""\
南州市住房公积金管理中心
南房金规〔2024〕2号
南州市住房公积金提取管理办法
第一章　总则
第一条　为规范住房公积金提取管理，维护缴存职工合法权益，根据《住房公积金管理条例》，制定本办法。
第二条　本办法适用于本市行政区域内住房公积金的提取管理。
第二章　附则
第三条　本办法自2024年10月1日起施行。
南州市住房公积金管理中心
2024年9月2日
""")
    expect(
        doc,
        kind="measures",
        issuer="南州市住房公积金管理中心",
        number=("南房金规〔2024〕2号", "南房金规", 2024, 2),
        title="南州市住房公积金提取管理办法",
        signature=(("南州市住房公积金管理中心",), "2024-09-02", "2024年9月2日"),
        tree=[
            (1, "chapter", "第一章", "总则"),
            (2, "article", "第一条", None),
            (2, "article", "第二条", None),
            (1, "chapter", "第二章", "附则"),
            (2, "article", "第三条", None),
        ],
    )
