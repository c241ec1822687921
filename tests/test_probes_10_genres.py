"""Round-10 blind probes of the header and trailer fields across the genre and its neighbours, on
forms rounds 6–9 did not try: answers from 镇 and 街道 to their own congresses, proposal titles
quoted in “” or left unmarked, proposal numbers and categories in metadata rows (建议编号, 办理类别,
答复类型), 协办 opinions with a 传真 beside the phone, 复函 from a provincial department with its
公开属性 note and a 版记 dated in 〇 numerals, portal pages with spaced 索引号 labels and a footer,
joint 通告, 请示 with 签发人 on the 文号 line and a 邮编 inside the address. Every expected value was
written by hand from the contract and the domain guide and committed before the parser ran on the
batch; every document also keeps the span invariants, invents no character and raises no internal
error."""

from __future__ import annotations

from tests.probing import checked, expect_fields

expect = expect_fields


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_township_answer_to_its_congress_quoting_the_suggestion_title_in_double_quotes() -> None:
    doc = checked("""\
关于镇十八届人大三次会议第12号建议的答复
黄某某代表：
您在镇十八届人大三次会议上提出的“关于修缮红旗村机耕路的建议”收悉。现答复如下：
经实地踏勘，红旗村机耕路破损路段共1.2公里，镇政府已将其列入2024年农村道路提升计划，预计10月底前完工。
感谢您对全镇工作的支持！
青石镇人民政府
2024年6月12日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于镇十八届人大三次会议第12号建议的答复",
        recipients=("黄某某代表",),
        category=None,
        ref=("人大", "镇", 18, 3, "12", "建议", "关于修缮红旗村机耕路的建议", []),
        closing="感谢您对全镇工作的支持！",
        signature=(("青石镇人民政府",), "2024-06-12", "2024年6月12日"),
    )


def test_a_street_office_answer_under_suggestion_number_and_category_rows_with_an_unmarked_title() -> None:
    doc = checked("""\
建议编号：2024-156
办理类别：B类
南州市西湖区文新街道办事处
关于区十七届人大四次会议第156号建议的答复
李某某代表：
您提出的关于增设文新社区老年食堂的建议收悉，现答复如下：
街道已选定文新社区服务中心一楼作为老年食堂场地，目前正在装修，计划年底前投入运营。
文新街道办事处
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市西湖区文新街道办事处",
        title="南州市西湖区文新街道办事处关于区十七届人大四次会议第156号建议的答复",
        metadata={"建议编号": "2024-156", "办理类别": "B类"},
        category="B",
        recipients=("李某某代表",),
        ref=("人大", "区", 17, 4, "156", "建议", "关于增设文新社区老年食堂的建议", []),
        signature=(("文新街道办事处",), "2024-07-03", "2024年7月3日"),
    )


def test_a_lead_unit_answer_with_a_worded_category_row_between_number_and_title() -> None:
    doc = checked("""\
南州市文化广电旅游局
南文旅提〔2024〕9号
答复类型：所提问题已经解决或基本解决
南州市文化广电旅游局关于市政协十二届三次会议第0087号提案的答复
民革南州市委会：
贵会提出的关于加强历史文化街区保护利用的提案收悉。该提案由我局主办，市自然资源和规划局、市住房和城乡建设局协办。经认真研究，并商协办单位，现答复如下：
一、关于保护规划编制
我局会同市自然资源和规划局完成了5片历史文化街区保护规划编制，已报市政府批准实施。
二、关于活化利用
今年共引入非遗工坊、文创空间等业态46家，街区日均客流量同比增长23%。
衷心感谢贵会对文化旅游工作的关心和支持！
南州市文化广电旅游局
2024年7月20日
联系人：钱某　联系电话：0571-87063210
抄送：市政协提案委，市自然资源和规划局，市住房和城乡建设局。
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市文化广电旅游局",
        number=("南文旅提〔2024〕9号", "南文旅提", 2024, 9),
        title="南州市文化广电旅游局关于市政协十二届三次会议第0087号提案的答复",
        metadata={"答复类型": "所提问题已经解决或基本解决"},
        category="A",
        recipients=("民革南州市委会",),
        ref=("政协", "市", 12, 3, "0087", "提案", "关于加强历史文化街区保护利用的提案", []),
        closing="衷心感谢贵会对文化旅游工作的关心和支持！",
        signature=(("南州市文化广电旅游局",), "2024-07-20", "2024年7月20日"),
        contact={"name": "钱某", "phones": ("0571-87063210",)},
        imprint=(("市政协提案委", "市自然资源和规划局", "市住房和城乡建设局"), None, None),
    )


def test_a_co_handling_opinion_naming_joint_proposers_with_a_fax_beside_the_phone() -> None:
    doc = checked("""\
关于对市政协十二届三次会议第031号提案的协办意见
南州市教育局：
由你局主办、我委协办的市政协十二届三次会议第031号提案《关于加强中小学生心理健康教育的提案》（提案人：吴某某等3位委员）收悉。结合我委职责，现提出协办意见如下：
我委将组织市精神卫生中心专家每学期进校开展心理健康讲座不少于2次，并开通学生心理援助热线。
南州市卫生健康委员会
2024年5月16日
（联系人：甘某，电话：0571-87090123；传真：0571-87090124）
""")
    expect(
        doc,
        kind="reply",
        title="关于对市政协十二届三次会议第031号提案的协办意见",
        recipients=("南州市教育局",),
        ref=("政协", "市", 12, 3, "031", "提案", "关于加强中小学生心理健康教育的提案", ["吴某某"]),
        signature=(("南州市卫生健康委员会",), "2024-05-16", "2024年5月16日"),
        contact={"name": "甘某", "phones": ("0571-87090123",)},
    )


def test_a_provincial_reply_letter_with_an_on_request_note_and_an_imprint_in_ideograph_dates() -> None:
    doc = checked("""\
浙江省自然资源厅
浙自然资函〔2024〕118号
浙江省自然资源厅关于南州市2024年度第三批次城镇建设用地的复函
南州市人民政府：
你市《关于报批2024年度第三批次城镇建设用地的请示》（南政〔2024〕41号）收悉。经审查，现函复如下：
同意将南州市西湖区集体农用地12.35公顷转为建设用地并办理征收手续。
特此函复。
浙江省自然资源厅
二〇二四年九月十二日
（此件依申请公开）
抄送：自然资源部，省政府办公厅。
浙江省自然资源厅办公室　　　　二〇二四年九月十三日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="浙江省自然资源厅",
        number=("浙自然资函〔2024〕118号", "浙自然资函", 2024, 118),
        title="浙江省自然资源厅关于南州市2024年度第三批次城镇建设用地的复函",
        recipients=("南州市人民政府",),
        disclosure="依申请公开",
        ref=None,
        closing="特此函复。",
        signature=(("浙江省自然资源厅",), "2024-09-12", "二〇二四年九月十二日"),
        imprint=(("自然资源部", "省政府办公厅"), "浙江省自然资源厅办公室", "2024-09-13"),
    )


def test_a_portal_answer_under_a_spaced_index_label_with_a_footer_and_a_title_in_double_quotes() -> None:
    doc = checked("""\
当前位置：首页 > 信息公开 > 建议提案
索 引 号：11330100MB1234567X/2024-00321
发布机构：南州市医疗保障局
成文日期：2024-06-28
公开方式：主动公开
关于市政协十二届三次会议第1024号提案答复的函
朱某某委员：
您提出的“关于将更多康复项目纳入医保支付范围的提案”收悉。经研究，现答复如下：
今年7月1日起，我市将运动疗法、作业疗法等16项医疗康复项目纳入基本医疗保险支付范围。
感谢您对医疗保障工作的关心和支持。
南州市医疗保障局
2024年6月28日
（联系人：苏某；联系电话：0571-85066331）
网站地图 | 联系我们 | 版权所有：南州市医疗保障局 | 浙ICP备05012345号
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市医疗保障局",
        title="关于市政协十二届三次会议第1024号提案答复的函",
        metadata={
            "索引号": "11330100MB1234567X/2024-00321",
            "发布机构": "南州市医疗保障局",
            "成文日期": "2024-06-28",
            "公开方式": "主动公开",
        },
        disclosure="主动公开",
        recipients=("朱某某委员",),
        ref=("政协", "市", 12, 3, "1024", "提案", "关于将更多康复项目纳入医保支付范围的提案", []),
        closing="感谢您对医疗保障工作的关心和支持。",
        signature=(("南州市医疗保障局",), "2024-06-28", "2024年6月28日"),
        contact={"name": "苏某", "phones": ("0571-85066331",)},
        last="今年7月1日起，我市将运动疗法、作业疗法等16项医疗康复项目纳入基本医疗保险支付范围。",
    )


def test_a_joint_announcement_of_two_bureaus_named_on_one_line_over_its_title() -> None:
    doc = checked("""\
南州市公安局　南州市交通运输局
关于南州马拉松赛事期间实施临时交通管制的通告
为保障2024南州马拉松赛事顺利举行，决定于2024年11月3日5时至14时，对赛道沿线道路实施临时交通管制，请过往车辆绕行。
特此通告。
南州市公安局　　　南州市交通运输局
二〇二四年十月二十五日
""")
    expect(
        doc,
        kind="announcement",
        issuer="南州市公安局南州市交通运输局",
        title="南州市公安局南州市交通运输局关于南州马拉松赛事期间实施临时交通管制的通告",
        recipients=(),
        closing="特此通告。",
        signature=(("南州市公安局", "南州市交通运输局"), "2024-10-25", "二〇二四年十月二十五日"),
    )


def test_a_request_with_its_signer_on_the_number_line_and_a_postcode_inside_the_address() -> None:
    doc = checked("""\
南州市西湖区人民政府
西政〔2024〕27号　　　　　　　　签发人：陈某某
南州市西湖区人民政府关于申请城中村改造专项补助资金的请示
南州市人民政府：
我区蒋村片区城中村改造项目涉及居民1860户，总投资约42亿元。为减轻区级财政压力，恳请市政府给予专项补助资金3亿元。
妥否，请批示。
南州市西湖区人民政府
2024年4月9日
联系人：范某　　电话：0571-87901234　手机：13967112345
地址：南州市西湖区文三路18号（邮编：310012）
""")
    expect(
        doc,
        kind="request",
        issuer="南州市西湖区人民政府",
        number=("西政〔2024〕27号", "西政", 2024, 27),
        signer="陈某某",
        title="南州市西湖区人民政府关于申请城中村改造专项补助资金的请示",
        recipients=("南州市人民政府",),
        closing="妥否，请批示。",
        signature=(("南州市西湖区人民政府",), "2024-04-09", "2024年4月9日"),
        contact={
            "name": "范某",
            "phones": ("0571-87901234", "13967112345"),
            "address": "南州市西湖区文三路18号",
            "postcode": "310012",
        },
    )


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_to_a_suggestion_numbered_with_a_year_and_a_hyphen() -> None:
    doc = checked("""\
关于市十六届人大三次会议第2024-031号建议的答复
何某某代表：
您提出的《关于规范城区共享单车停放的建议》收悉。现答复如下：
今年我局在主城区施划共享单车停放点位2300个，并要求运营企业启用电子围栏，违规停放率下降至3%以下。
感谢您对城市管理工作的关心！
南州市城市管理局
2024年6月5日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十六届人大三次会议第2024-031号建议的答复",
        recipients=("何某某代表",),
        ref=("人大", "市", 16, 3, "2024-031", "建议", "关于规范城区共享单车停放的建议", []),
        closing="感谢您对城市管理工作的关心！",
        signature=(("南州市城市管理局",), "2024-06-05", "2024年6月5日"),
    )


def test_a_retained_for_reference_result_written_after_the_date() -> None:
    doc = checked("""\
关于区政协九届四次会议第58号提案的答复
九三学社西湖区支社：
贵支社提出的《关于在老旧小区加装充电桩的提案》收悉。经研究，现答复如下：
老旧小区普遍存在电力容量不足、停车位产权不清等问题，目前尚不具备大规模加装条件，我局将在小区改造时统筹考虑。
感谢贵支社对我区工作的关心和支持。
南州市西湖区发展和改革局
2024年8月2日
办理结果：留作参考
联系人：尹某　电话：0571-87551234
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协九届四次会议第58号提案的答复",
        recipients=("九三学社西湖区支社",),
        category="reference",
        ref=("政协", "区", 9, 4, "58", "提案", "关于在老旧小区加装充电桩的提案", []),
        closing="感谢贵支社对我区工作的关心和支持。",
        signature=(("南州市西湖区发展和改革局",), "2024-08-02", "2024年8月2日"),
        contact={"name": "尹某", "phones": ("0571-87551234",)},
    )


def test_a_notice_whose_copy_line_lists_organs_split_by_enumeration_commas() -> None:
    doc = checked("""\
南州市人民政府办公室
南政办发〔2024〕19号
南州市人民政府办公室关于印发南州市2024年为民办实事项目实施方案的通知
各县（市、区）人民政府，市政府各部门、各直属单位：
《南州市2024年为民办实事项目实施方案》已经市政府同意，现印发给你们，请认真组织实施。
南州市人民政府办公室
2024年2月26日
（此件公开发布）
抄送：市委办公室、市人大常委会办公室、市政协办公室，市纪委市监委。
南州市人民政府办公室　　　　　　2024年2月27日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市人民政府办公室",
        number=("南政办发〔2024〕19号", "南政办发", 2024, 19),
        title="南州市人民政府办公室关于印发南州市2024年为民办实事项目实施方案的通知",
        recipients=("各县（市、区）人民政府", "市政府各部门、各直属单位"),
        disclosure="主动公开",
        signature=(("南州市人民政府办公室",), "2024-02-26", "2024年2月26日"),
        imprint=(
            ("市委办公室", "市人大常委会办公室", "市政协办公室", "市纪委市监委"),
            "南州市人民政府办公室",
            "2024-02-27",
        ),
    )


def test_an_opinion_of_a_county_government_signed_in_ideographs_with_zero_written_ling() -> None:
    doc = checked("""\
青山县人民政府
青政发〔2024〕8号
青山县人民政府关于推进县域商业体系建设的实施意见
各乡镇人民政府，县政府各部门：
为贯彻落实上级关于县域商业体系建设的部署，结合我县实际，提出如下实施意见。
一、总体要求
到2025年，建成县级物流配送中心1个、乡镇商贸中心12个。
二、保障措施
县财政每年安排县域商业体系建设专项资金500万元。
青山县人民政府
二零二四年三月十五日
（此件主动公开）
""")
    expect(
        doc,
        kind="opinion",
        issuer="青山县人民政府",
        number=("青政发〔2024〕8号", "青政发", 2024, 8),
        title="青山县人民政府关于推进县域商业体系建设的实施意见",
        recipients=("各乡镇人民政府", "县政府各部门"),
        disclosure="主动公开",
        signature=(("青山县人民政府",), "2024-03-15", "二零二四年三月十五日"),
        last="县财政每年安排县域商业体系建设专项资金500万元。",
    )


def test_an_approval_signed_off_by_a_leader_label_above_the_letterhead_number() -> None:
    doc = checked("""\
南州市人民政府
南政复〔2024〕33号
签发：周某某
南州市人民政府关于南州市西湖区2024年度土地征收成片开发方案的批复
南州市西湖区人民政府：
你区《关于要求批准西湖区2024年度土地征收成片开发方案的请示》收悉。经研究，同意该方案，请抓紧组织实施。
此复。
南州市人民政府
2024年10月8日
""")
    expect(
        doc,
        kind="approval",
        issuer="南州市人民政府",
        number=("南政复〔2024〕33号", "南政复", 2024, 33),
        signer="周某某",
        title="南州市人民政府关于南州市西湖区2024年度土地征收成片开发方案的批复",
        recipients=("南州市西湖区人民政府",),
        closing="此复。",
        signature=(("南州市人民政府",), "2024-10-08", "2024年10月8日"),
    )


def test_a_plan_issued_by_a_working_group_office_with_its_attachments_listed() -> None:
    doc = checked("""\
南州市创建全国文明城市工作领导小组办公室
南创文办〔2024〕4号
关于印发《南州市2024年创建全国文明城市工作方案》的通知
各县（市、区）创建办，市级各责任单位：
现将《南州市2024年创建全国文明城市工作方案》印发给你们，请结合实际抓好落实。
附件：1.南州市2024年创建全国文明城市工作方案
2.重点任务责任分工表
南州市创建全国文明城市工作领导小组办公室
2024年3月1日
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市创建全国文明城市工作领导小组办公室",
        number=("南创文办〔2024〕4号", "南创文办", 2024, 4),
        title="关于印发《南州市2024年创建全国文明城市工作方案》的通知",
        recipients=("各县（市、区）创建办", "市级各责任单位"),
        attachments=("南州市2024年创建全国文明城市工作方案", "重点任务责任分工表"),
        signature=(("南州市创建全国文明城市工作领导小组办公室",), "2024-03-01", "2024年3月1日"),
    )


def test_a_letter_between_bureaus_with_two_contact_persons_on_their_own_lines() -> None:
    doc = checked("""\
南州市商务局
南商函〔2024〕61号
南州市商务局关于商请支持举办2024南州国际消费季活动的函
南州市公安局：
为激发消费活力，我局定于2024年9月20日至10月20日举办2024南州国际消费季活动，主会场设在湖滨步行街，恳请贵局在活动期间给予安保支持。
特此函达。
南州市商务局
2024年8月28日
联系人：骆某　　电话：0571-87012601
""")
    expect(
        doc,
        kind="letter",
        issuer="南州市商务局",
        number=("南商函〔2024〕61号", "南商函", 2024, 61),
        title="南州市商务局关于商请支持举办2024南州国际消费季活动的函",
        recipients=("南州市公安局",),
        closing="特此函达。",
        signature=(("南州市商务局",), "2024-08-28", "2024年8月28日"),
        contact={"name": "骆某", "phones": ("0571-87012601",)},
    )


def test_a_congress_standing_committee_transfers_a_township_suggestion_answer_with_a_c_category() -> None:
    doc = checked("""\
答复类别：C类
关于对镇十九届人大二次会议第7号建议的答复
陶某某等5名代表：
你们提出的《关于在集镇建设停车场的建议》收悉。因集镇规划调整尚未获批，项目用地暂无法落实，目前暂不具备建设条件。待规划批复后，镇政府将优先安排停车场建设。
特此答复。
红桥镇人民政府
2024年5月28日
""")
    expect(
        doc,
        kind="reply",
        title="关于对镇十九届人大二次会议第7号建议的答复",
        metadata={"答复类别": "C类"},
        category="C",
        recipients=("陶某某等5名代表",),
        ref=("人大", "镇", 19, 2, "7", "建议", "关于在集镇建设停车场的建议", []),
        closing="特此答复。",
        signature=(("红桥镇人民政府",), "2024-05-28", "2024年5月28日"),
    )


# --- causes the probes and round 9's strict xfails named, each with a new example ----------------


def test_a_name_no_organ_ending_ends_beside_its_date_under_the_closing_signs() -> None:
    doc = checked("""\
关于国庆假期延长开放时间的公告
10月1日至7日，南州湿地公园开放时间延长至21时，20时30分停止入园。
特此公告。
南州湿地公园　　　　　2024年9月26日
""")
    expect(
        doc,
        kind="announcement",
        closing="特此公告。",
        signature=(("南州湿地公园",), "2024-09-26", "2024年9月26日"),
        warnings=[],
    )


def test_a_label_beside_a_date_under_the_body_signs_nothing() -> None:
    doc = checked("""\
关于国庆假期延长开放时间的公告
10月1日至7日，南州湿地公园开放时间延长至21时，20时30分停止入园。
发布时间　2024年9月26日
""")
    expect(doc, kind="announcement", signature=None)


def test_a_name_over_a_guan_yu_title_that_the_signature_repeats_is_the_issuer() -> None:
    doc = checked("""\
南州植物园
关于郁金香花展期间调整门票价格的公告
3月15日至4月15日郁金香花展期间，我园门票价格调整为每人30元，60周岁以上老人、学生凭有效证件半价。
特此公告。
南州植物园
2024年3月10日
""")
    expect(
        doc,
        kind="announcement",
        issuer="南州植物园",
        title="南州植物园关于郁金香花展期间调整门票价格的公告",
        closing="特此公告。",
        signature=(("南州植物园",), "2024-03-10", "2024年3月10日"),
    )


def test_a_column_name_over_a_guan_yu_title_that_nobody_signs_stays_out_of_the_title() -> None:
    doc = checked("""\
政务动态
关于郁金香花展期间调整门票价格的公告
3月15日至4月15日郁金香花展期间，南州植物园门票价格调整为每人30元。
特此公告。
南州植物园
2024年3月10日
""")
    expect(
        doc,
        kind="announcement",
        issuer=None,
        title="关于郁金香花展期间调整门票价格的公告",
        signature=(("南州植物园",), "2024-03-10", "2024年3月10日"),
    )


# --- batch 3 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_titled_by_the_quoted_proposal_with_its_number_in_the_acknowledgement() -> None:
    doc = checked("""\
关于《关于加快发展银发经济的提案》的答复
孔某某委员：
您在市政协十三届三次会议上提出的第0234号提案收悉。经认真研究，现答复如下：
今年我委牵头出台《南州市加快发展银发经济行动方案》，培育老年用品骨干企业15家，建成智慧康养社区28个。
感谢您对发展改革工作的关心和支持！
南州市发展和改革委员会
2024年7月9日
""")
    expect(
        doc,
        kind="reply",
        title="关于《关于加快发展银发经济的提案》的答复",
        recipients=("孔某某委员",),
        ref=("政协", "市", 13, 3, "0234", "提案", "关于加快发展银发经济的提案", []),
        closing="感谢您对发展改革工作的关心和支持！",
        signature=(("南州市发展和改革委员会",), "2024-07-09", "2024年7月9日"),
    )


def test_a_suggestion_answer_naming_a_lead_deputy_and_a_count_of_co_signers() -> None:
    doc = checked("""\
关于对县十八届人大三次会议第45号建议的答复
陈某某等12名代表：
陈某某等12名代表提出的《关于改造提升县城农贸市场的建议》收悉。现答复如下：
县城3个农贸市场改造提升工程已列入今年县政府民生实事，其中城东农贸市场已于6月底完工投用。
感谢各位代表对商务工作的关心！
青山县商务局
2024年8月6日
""")
    expect(
        doc,
        kind="reply",
        title="关于对县十八届人大三次会议第45号建议的答复",
        recipients=("陈某某等12名代表",),
        ref=("人大", "县", 18, 3, "45", "建议", "关于改造提升县城农贸市场的建议", ["陈某某"]),
        closing="感谢各位代表对商务工作的关心！",
        signature=(("青山县商务局",), "2024-08-06", "2024年8月6日"),
    )


def test_a_proposal_answer_under_a_bracketed_year_number_row_and_a_proposer_row() -> None:
    doc = checked("""\
提案号：〔2024〕第12号
提案者：民建南州市委会
关于加强民营企业人才引进工作的提案的答复
民建南州市委会：
贵会提出的《关于加强民营企业人才引进工作的提案》收悉。现答复如下：
今年我局为民营企业发放人才引进补贴2860万元，引进高层次人才412名。
感谢贵会对人才工作的关心和支持！
南州市人力资源和社会保障局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        title="关于加强民营企业人才引进工作的提案的答复",
        metadata={"提案号": "〔2024〕第12号", "提案者": "民建南州市委会"},
        recipients=("民建南州市委会",),
        closing="感谢贵会对人才工作的关心和支持！",
        signature=(("南州市人力资源和社会保障局",), "2024-06-21", "2024年6月21日"),
    )


def test_a_notice_whose_disclosure_row_stands_in_the_imprint() -> None:
    doc = checked("""\
南州市应急管理局
南应急〔2024〕31号
南州市应急管理局关于开展2024年汛期安全生产大检查的通知
各县（市、区）应急管理局，市级有关部门：
为切实做好汛期安全生产工作，市安委会决定于6月10日至7月10日在全市开展汛期安全生产大检查。各地要对照检查清单逐项排查，于7月15日前报送检查情况。
南州市应急管理局
2024年6月3日
公开方式：主动公开
抄送：省应急管理厅，市政府办公室。
南州市应急管理局办公室　　　　2024年6月4日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市应急管理局",
        number=("南应急〔2024〕31号", "南应急", 2024, 31),
        title="南州市应急管理局关于开展2024年汛期安全生产大检查的通知",
        recipients=("各县（市、区）应急管理局", "市级有关部门"),
        disclosure="主动公开",
        signature=(("南州市应急管理局",), "2024-06-03", "2024年6月3日"),
        imprint=(("省应急管理厅", "市政府办公室"), "南州市应急管理局办公室", "2024-06-04"),
    )


def test_an_approval_noted_not_to_be_disclosed() -> None:
    doc = checked("""\
青山县人民政府
青政复〔2024〕14号
青山县人民政府关于同意青山县第二人民医院迁建项目选址的批复
县卫生健康局：
你局《关于青山县第二人民医院迁建项目选址的请示》收悉。经研究，同意该项目选址于城南新区滨江路以东地块。
此复。
青山县人民政府
2024年5月20日
（此件不予公开）
""")
    expect(
        doc,
        kind="approval",
        issuer="青山县人民政府",
        number=("青政复〔2024〕14号", "青政复", 2024, 14),
        title="青山县人民政府关于同意青山县第二人民医院迁建项目选址的批复",
        recipients=("县卫生健康局",),
        disclosure="不予公开",
        closing="此复。",
        signature=(("青山县人民政府",), "2024-05-20", "2024年5月20日"),
    )


def test_a_street_office_answer_signed_under_its_seal_note_on_a_dotted_date() -> None:
    doc = checked("""\
关于对区人大代表第27号建议的答复
施某某代表：
您提出的《关于解决梅园小区雨污混流问题的建议》收悉。现答复如下：
街道已委托专业单位完成梅园小区管网排查，确定改造方案，计划9月底前完成雨污分流改造。
梅园街道办事处（盖章）
2024.6.12
""")
    expect(
        doc,
        kind="reply",
        title="关于对区人大代表第27号建议的答复",
        recipients=("施某某代表",),
        ref=("人大", "区", None, None, "27", "建议", "关于解决梅园小区雨污混流问题的建议", []),
        signature=(("梅园街道办事处",), "2024-06-12", "2024.6.12"),
        last="街道已委托专业单位完成梅园小区管网排查，确定改造方案，计划9月底前完成雨污分流改造。",
    )


def test_a_county_work_plan_printed_without_a_cover_notice_and_signed_by_the_office() -> None:
    doc = checked("""\
青山县2024年农村人居环境整治提升工作方案
为持续改善农村人居环境，建设宜居宜业和美乡村，制定本方案。
一、工作目标
到2024年底，全县农村卫生厕所普及率达到98%，生活垃圾分类处理行政村覆盖率达到100%。
二、保障措施
各乡镇要落实属地责任，县财政安排专项资金3000万元。
青山县人民政府办公室
2024年3月2日
""")
    expect(
        doc,
        kind="plan",
        issuer=None,
        title="青山县2024年农村人居环境整治提升工作方案",
        recipients=(),
        signature=(("青山县人民政府办公室",), "2024-03-02", "2024年3月2日"),
        last="各乡镇要落实属地责任，县财政安排专项资金3000万元。",
    )


def test_a_joint_answer_of_two_departments_signed_on_two_lines_dated_in_ideographs_with_o_for_zero() -> None:
    doc = checked("""\
关于市十六届人大三次会议第0318号建议的答复
戴某某代表：
您提出的《关于加强校园周边食品安全监管的建议》收悉。该建议由市市场监督管理局主办、市教育局会办，现联合答复如下：
今年两部门联合开展校园周边食品安全专项整治，检查经营户3200余家次，立案查处违法案件46件。
感谢您对食品安全工作的关心和支持！
南州市市场监督管理局
南州市教育局
二〇二四年七月十八日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十六届人大三次会议第0318号建议的答复",
        recipients=("戴某某代表",),
        ref=("人大", "市", 16, 3, "0318", "建议", "关于加强校园周边食品安全监管的建议", []),
        closing="感谢您对食品安全工作的关心和支持！",
        signature=(("南州市市场监督管理局", "南州市教育局"), "2024-07-18", "二〇二四年七月十八日"),
    )


def test_a_letter_with_a_contact_line_of_two_persons_and_the_address_with_its_postcode_after_it() -> None:
    doc = checked("""\
南州市统计局
南统函〔2024〕22号
南州市统计局关于商请提供2023年度部门统计数据的函
南州市财政局：
为编纂《南州统计年鉴2024》，请贵局于6月30日前提供2023年度财政收支相关统计数据。
特此函商。
南州市统计局
2024年6月7日
联系人：骆某
联系电话：0571-87019876
通讯地址：南州市府前路1号，邮编：310003
""")
    expect(
        doc,
        kind="letter",
        issuer="南州市统计局",
        number=("南统函〔2024〕22号", "南统函", 2024, 22),
        title="南州市统计局关于商请提供2023年度部门统计数据的函",
        recipients=("南州市财政局",),
        closing="特此函商。",
        signature=(("南州市统计局",), "2024-06-07", "2024年6月7日"),
        contact={
            "name": "骆某",
            "phones": ("0571-87019876",),
            "address": "南州市府前路1号",
            "postcode": "310003",
        },
    )


# --- batch 4 (written before the parser ran on it) -----------------------------------------------


def test_a_reply_letter_whose_title_wraps_inside_the_proposal_number() -> None:
    doc = checked("""\
南州市林业局
关于市政协十二届三次会议第
0156号提案的答复函
王某某委员：
您提出的《关于加强古树名木保护的提案》收悉。现答复如下：
我局已完成全市古树名木普查，建立电子档案4120份，对62株濒危古树实施了抢救性保护。
感谢您对林业工作的关心和支持！
南州市林业局
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市林业局",
        title="南州市林业局关于市政协十二届三次会议第0156号提案的答复函",
        recipients=("王某某委员",),
        ref=("政协", "市", 12, 3, "0156", "提案", "关于加强古树名木保护的提案", []),
        closing="感谢您对林业工作的关心和支持！",
        signature=(("南州市林业局",), "2024-06-26", "2024年6月26日"),
    )


def test_a_provincial_answer_to_a_deputies_suggestion_written_after_the_word_for_deputy() -> None:
    doc = checked("""\
关于省十四届人大二次会议第1123号代表建议的答复
孟某某代表：
您提出的关于加大山区县交通基础设施投入的建议收悉。现答复如下：
今年省级安排山区县交通建设补助资金48亿元，支持实施普通国省道改造项目37个。
感谢您对全省交通运输工作的关心和支持！
浙江省交通运输厅
2024年6月28日
""")
    expect(
        doc,
        kind="reply",
        title="关于省十四届人大二次会议第1123号代表建议的答复",
        recipients=("孟某某代表",),
        ref=("人大", "省", 14, 2, "1123", "建议", "关于加大山区县交通基础设施投入的建议", []),
        closing="感谢您对全省交通运输工作的关心和支持！",
        signature=(("浙江省交通运输厅",), "2024-06-28", "2024年6月28日"),
    )


def test_a_report_on_handling_all_suggestions_answers_no_single_one() -> None:
    doc = checked("""\
南州市人民政府关于市十六届人大三次会议代表建议办理情况的报告
市人大常委会：
市十六届人大三次会议期间，代表们共提出建议412件，由市政府系统承办的398件已全部办结。现将办理情况报告如下：
一、基本情况
在已办结的建议中，所提问题已经解决或基本解决的186件，正在解决或列入计划解决的175件。
二、主要做法
市政府把建议办理纳入年度目标责任制考核，实行领导领办重点建议制度。
特此报告。
南州市人民政府
2024年12月10日
""")
    expect(
        doc,
        kind="report",
        issuer="南州市人民政府",
        title="南州市人民政府关于市十六届人大三次会议代表建议办理情况的报告",
        recipients=("市人大常委会",),
        category=None,
        ref=None,
        closing="特此报告。",
        signature=(("南州市人民政府",), "2024-12-10", "2024年12月10日"),
    )


def test_a_proposal_answer_whose_title_ends_on_its_category_in_brackets() -> None:
    doc = checked("""\
关于区政协五届三次会议第15号提案的答复（A类）
农工党西湖区工委：
贵工委提出的《关于加强社区卫生服务中心建设的提案》收悉。现答复如下：
今年我区新建社区卫生服务中心3家，改造提升5家，实现每个街道至少有一家标准化社区卫生服务中心。
感谢贵工委对卫生健康工作的支持！
南州市西湖区卫生健康局
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        # corrected (my error): a category mark after the title is no part of it (test_probes_4_header)
        title="关于区政协五届三次会议第15号提案的答复",
        recipients=("农工党西湖区工委",),
        category="A",
        ref=("政协", "区", 5, 3, "15", "提案", "关于加强社区卫生服务中心建设的提案", []),
        closing="感谢贵工委对卫生健康工作的支持！",
        signature=(("南州市西湖区卫生健康局",), "2024-07-01", "2024年7月1日"),
    )


def test_a_letter_from_a_party_committee_department_to_a_person_addressed_as_comrade() -> None:
    doc = checked("""\
中共南州市委组织部
关于对市政协十二届三次会议第0201号提案的答复
郑某某同志：
您提出的《关于加强年轻干部基层历练的提案》收悉。经研究，现答复如下：
近年来，市委组织部每年选派100名左右优秀年轻干部到乡镇、街道和信访等岗位挂职锻炼。
感谢您对组织工作的关心和支持！
中共南州市委组织部
2024年7月16日
""")
    expect(
        doc,
        kind="reply",
        issuer="中共南州市委组织部",
        title="中共南州市委组织部关于对市政协十二届三次会议第0201号提案的答复",
        recipients=("郑某某同志",),
        ref=("政协", "市", 12, 3, "0201", "提案", "关于加强年轻干部基层历练的提案", []),
        closing="感谢您对组织工作的关心和支持！",
        signature=(("中共南州市委组织部",), "2024-07-16", "2024年7月16日"),
    )


def test_an_urgent_confidential_notice_marked_on_one_line_over_the_letterhead() -> None:
    doc = checked("""\
机密★1年　　特急
南州市防汛防台抗旱指挥部
南汛〔2024〕9号
南州市防汛防台抗旱指挥部关于做好第5号台风防御工作的紧急通知
各县（市、区）防汛防台抗旱指挥部，市防指各成员单位：
今年第5号台风预计7月26日夜间在我市沿海登陆，各地要立即进入防台Ⅰ级应急响应状态。
南州市防汛防台抗旱指挥部
2024年7月25日
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市防汛防台抗旱指挥部",
        number=("南汛〔2024〕9号", "南汛", 2024, 9),
        security="机密★1年",
        urgency="特急",
        title="南州市防汛防台抗旱指挥部关于做好第5号台风防御工作的紧急通知",
        recipients=("各县（市、区）防汛防台抗旱指挥部", "市防指各成员单位"),
        signature=(("南州市防汛防台抗旱指挥部",), "2024-07-25", "2024年7月25日"),
    )


def test_a_portal_page_whose_information_table_is_written_in_pipes() -> None:
    doc = checked("""\
| 索引号 | 002489563/2024-00187 | 主题分类 | 水利 |
| 发布机构 | 南州市水利局 | 成文日期 | 2024-05-10 |
| 文号 | 南水函〔2024〕12号 | 公开方式 | 主动公开 |
关于市十六届人大三次会议第0077号建议的答复
殷某某代表：
您提出的《关于加快农村饮用水提标改造的建议》收悉。现答复如下：
今年全市完成农村饮用水提标改造工程42处，受益人口18.6万人。
南州市水利局
2024年5月10日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市水利局",
        title="关于市十六届人大三次会议第0077号建议的答复",
        metadata={
            "索引号": "002489563/2024-00187",
            "主题分类": "水利",
            "发布机构": "南州市水利局",
            "成文日期": "2024-05-10",
            "文号": "南水函〔2024〕12号",
            "公开方式": "主动公开",
        },
        disclosure="主动公开",
        recipients=("殷某某代表",),
        ref=("人大", "市", 16, 3, "0077", "建议", "关于加快农村饮用水提标改造的建议", []),
        signature=(("南州市水利局",), "2024-05-10", "2024年5月10日"),
    )


def test_a_notice_with_its_attachment_printed_after_the_signature_and_the_imprint_after_that() -> None:
    doc = checked("""\
南州市教育局
南教函〔2024〕40号
南州市教育局关于组织申报2024年市级示范性家长学校的通知
各县（市、区）教育局，市直属各学校：
现将2024年市级示范性家长学校申报工作通知如下：请各地各校对照评估标准认真组织申报，于9月30日前报送申报材料。
附件：南州市示范性家长学校评估标准
南州市教育局
2024年9月2日
附件
南州市示范性家长学校评估标准
一、组织管理（20分）
二、课程教学（40分）
三、工作成效（40分）
抄送：省教育厅。
南州市教育局办公室　　　　2024年9月3日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市教育局",
        number=("南教函〔2024〕40号", "南教函", 2024, 40),
        title="南州市教育局关于组织申报2024年市级示范性家长学校的通知",
        recipients=("各县（市、区）教育局", "市直属各学校"),
        attachments=("南州市示范性家长学校评估标准",),
        signature=(("南州市教育局",), "2024-09-02", "2024年9月2日"),
        imprint=(("省教育厅",), "南州市教育局办公室", "2024-09-03"),
    )


# --- batch 5 (written before the parser ran on it) -----------------------------------------------


def test_a_contact_under_an_agent_label_with_an_email_and_a_contact_unit() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0312号提案的答复
蒋某某委员：
您提出的《关于推进公共场所母婴室建设的提案》收悉。现答复如下：
截至目前，全市交通枢纽、商场、医院等公共场所已建成母婴室386个，今年将新建120个。
感谢您对妇女儿童工作的关心！
南州市卫生健康委员会
2024年6月14日
联系单位：市卫生健康委妇幼健康处
联系人：贝某　　联系电话：0571-87056123
电子邮箱：fyc@nzwjw.gov.cn
""")
    expect(
        doc,
        kind="reply",
        recipients=("蒋某某委员",),
        closing="感谢您对妇女儿童工作的关心！",
        signature=(("南州市卫生健康委员会",), "2024-06-14", "2024年6月14日"),
        contact={
            "name": "贝某",
            "phones": ("0571-87056123",),
            "email": "fyc@nzwjw.gov.cn",
            "unit": "市卫生健康委妇幼健康处",
        },
    )


def test_a_zero_padded_date_under_an_organ_signing_for_another_with_its_seal_note() -> None:
    doc = checked("""\
关于县十八届人大三次会议第0066号建议的答复
袁某某代表：
您提出的《关于加强农村留守儿童关爱保护的建议》收悉。现答复如下：
我县已在全部18个乡镇建成儿童之家，配备儿童主任286名，实现留守儿童关爱服务全覆盖。
特此答复。
青山县民政局（代章）
2024年06月05日
""")
    expect(
        doc,
        kind="reply",
        ref=("人大", "县", 18, 3, "0066", "建议", "关于加强农村留守儿童关爱保护的建议", []),
        closing="特此答复。",
        signature=(("青山县民政局",), "2024-06-05", "2024年06月05日"),
    )


def test_an_imprint_with_a_distribution_line_a_subject_words_line_and_a_copy_count() -> None:
    doc = checked("""\
南州市人民政府办公室
南政办函〔2024〕58号
南州市人民政府办公室关于调整南州市食品安全委员会组成人员的通知
各县（市、区）人民政府，市政府各部门：
因工作需要和人事变动，市政府决定对市食品安全委员会组成人员进行调整，调整后的组成人员名单另行印发。
南州市人民政府办公室
2024年4月18日
主题词：食品安全　委员会　通知
抄送：市委办公室，市人大常委会办公室，市政协办公室。
南州市人民政府办公室　　　　2024年4月19日印发
（共印80份）
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市人民政府办公室",
        number=("南政办函〔2024〕58号", "南政办函", 2024, 58),
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        signature=(("南州市人民政府办公室",), "2024-04-18", "2024年4月18日"),
        imprint=(("市委办公室", "市人大常委会办公室", "市政协办公室"), "南州市人民政府办公室", "2024-04-19"),
        last="因工作需要和人事变动，市政府决定对市食品安全委员会组成人员进行调整，调整后的组成人员名单另行印发。",
    )


def test_an_answer_closing_with_the_sign_off_request_to_read_and_the_unclosed_contact_note() -> None:
    doc = checked("""\
关于区政协九届四次会议第102号提案的答复
台盟西湖区支部：
贵支部提出的《关于加强对台青年交流合作的提案》收悉。现答复如下：
今年我区举办海峡两岸青年创业论坛等交流活动6场，吸引台湾青年参与380余人次。
以上答复，如有不同意见，请及时与我们联系。
南州市西湖区人民政府台湾事务办公室
2024年7月30日
（联系人：钟某，联系电话：0571-87770123
""")
    expect(
        doc,
        kind="reply",
        recipients=("台盟西湖区支部",),
        ref=("政协", "区", 9, 4, "102", "提案", "关于加强对台青年交流合作的提案", []),
        signature=(("南州市西湖区人民政府台湾事务办公室",), "2024-07-30", "2024年7月30日"),
        contact={"name": "钟某", "phones": ("0571-87770123",)},
    )


def test_a_reply_whose_signer_is_printed_in_brackets_under_the_date() -> None:
    doc = checked("""\
南州市财政局
关于市十六届人大三次会议第0145号建议的答复
罗某某代表：
您提出的《关于加大基层卫生院财政投入的建议》收悉。现答复如下：
今年市财政安排基层医疗卫生机构补助资金2.6亿元，较上年增长12%。
感谢您对财政工作的关心和支持！
南州市财政局
2024年6月20日
（签发人：雷某某）
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市财政局",
        title="南州市财政局关于市十六届人大三次会议第0145号建议的答复",
        signer="雷某某",
        recipients=("罗某某代表",),
        closing="感谢您对财政工作的关心和支持！",
        signature=(("南州市财政局",), "2024-06-20", "2024年6月20日"),
    )


def test_a_national_committee_proposal_answer_with_a_sector_number_in_brackets() -> None:
    doc = checked("""\
关于政协十四届全国委员会第二次会议第03215号（农业水利类286号）提案答复的函
全国政协委员某某某：
您提出的《关于加强高标准农田建设后期管护的提案》收悉。经商财政部，现答复如下：
近年来，我部会同有关部门印发高标准农田建设工程管护指导意见，推动各地落实管护主体和责任。
感谢您对农业农村工作的关心和支持！
农业农村部
2024年8月12日
""")
    expect(
        doc,
        kind="reply",
        title="关于政协十四届全国委员会第二次会议第03215号（农业水利类286号）提案答复的函",
        recipients=("全国政协委员某某某",),
        ref=("政协", "全国", 14, 2, "03215", "提案", "关于加强高标准农田建设后期管护的提案", []),
        closing="感谢您对农业农村工作的关心和支持！",
        signature=(("农业农村部",), "2024-08-12", "2024年8月12日"),
    )


def test_a_category_note_written_on_the_date_line_after_the_date() -> None:
    doc = checked("""\
关于镇十八届人大四次会议第9号建议的答复
邱某某代表：
您提出的《关于在集镇增设公共厕所的建议》收悉。现答复如下：
镇政府已在集镇新建公共厕所2座，于8月投入使用。
枫林镇人民政府
2024年9月10日　　（A类）
""")
    expect(
        doc,
        kind="reply",
        category="A",
        ref=("人大", "镇", 18, 4, "9", "建议", "关于在集镇增设公共厕所的建议", []),
        signature=(("枫林镇人民政府",), "2024-09-10", "2024年9月10日"),
        last="镇政府已在集镇新建公共厕所2座，于8月投入使用。",
    )


def test_a_reply_whose_signature_stands_in_one_line_of_organ_date_and_a_contact_after() -> None:
    doc = checked("""\
关于市十六届人大三次会议第0390号建议的答复
华某某代表：
您提出的《关于推动老旧电梯更新改造的建议》收悉。现答复如下：
今年我局推动全市更新改造老旧电梯620台，对使用15年以上电梯全部开展安全评估。
南州市市场监督管理局　　2024年8月9日
联系人：俞某，电话：13805710000
""")
    expect(
        doc,
        kind="reply",
        signature=(("南州市市场监督管理局",), "2024-08-09", "2024年8月9日"),
        contact={"name": "俞某", "phones": ("13805710000",)},
        last="今年我局推动全市更新改造老旧电梯620台，对使用15年以上电梯全部开展安全评估。",
    )


def test_a_signer_mark_printed_as_a_bracketed_note_under_the_date_names_the_signer() -> None:
    doc = checked("""\
青山县自然资源和规划局
关于县政协十一届三次会议第36号提案的答复
县工商联：
贵会提出的《关于盘活工业园区低效用地的提案》收悉。现答复如下：
今年我局共处置工业园区批而未供和闲置土地1260亩，盘活低效工业用地23宗。
特此答复。
青山县自然资源和规划局
2024年7月26日
【签发人：欧阳某某】
""")
    expect(
        doc,
        signer="欧阳某某",
        closing="特此答复。",
        signature=(("青山县自然资源和规划局",), "2024-07-26", "2024年7月26日"),
        warnings=[],
    )


# --- batch 6 (written before the parser ran on it) -----------------------------------------------


def test_a_standing_committee_announcement_with_its_number_in_brackets_under_the_title() -> None:
    doc = checked("""\
南州市人民代表大会常务委员会公告
（第12号）
《南州市文明行为促进条例》已由南州市第十六届人民代表大会常务委员会第二十次会议于2024年6月27日通过，现予公布，自2024年10月1日起施行。
南州市人民代表大会常务委员会
2024年6月28日
""")
    expect(
        doc,
        kind="announcement",
        issuer="南州市人民代表大会常务委员会",
        title="南州市人民代表大会常务委员会公告",
        recipients=(),
        ref=None,
        signature=(("南州市人民代表大会常务委员会",), "2024-06-28", "2024年6月28日"),
    )


def test_a_congress_resolution_with_its_adoption_line_and_no_signature() -> None:
    doc = checked("""\
青山县第十八届人民代表大会第三次会议关于县人民政府工作报告的决议
（2024年1月18日青山县第十八届人民代表大会第三次会议通过）
青山县第十八届人民代表大会第三次会议听取和审议了县长所作的政府工作报告，会议充分肯定县人民政府过去一年的工作，同意报告提出的2024年工作总体要求和主要目标任务，决定批准这个报告。
""")
    expect(
        doc,
        kind="resolution",
        title="青山县第十八届人民代表大会第三次会议关于县人民政府工作报告的决议",
        recipients=(),
        ref=None,
        signature=None,
    )


def test_a_letter_seeking_comments_on_a_draft_measure_named_in_its_title() -> None:
    doc = checked("""\
南州市司法局
南司函〔2024〕35号
南州市司法局关于征求《南州市行政规范性文件管理办法（征求意见稿）》意见的函
市政府各部门：
为提高行政规范性文件管理水平，我局起草了《南州市行政规范性文件管理办法（征求意见稿）》，现征求你们的意见，请于5月31日前将书面意见反馈我局。
附件：南州市行政规范性文件管理办法（征求意见稿）
南州市司法局
2024年5月17日
（联系人：龚某，电话：0571-87080123，传真：0571-87080124）
""")
    expect(
        doc,
        kind="letter",
        issuer="南州市司法局",
        number=("南司函〔2024〕35号", "南司函", 2024, 35),
        title="南州市司法局关于征求《南州市行政规范性文件管理办法（征求意见稿）》意见的函",
        recipients=("市政府各部门",),
        attachments=("南州市行政规范性文件管理办法（征求意见稿）",),
        signature=(("南州市司法局",), "2024-05-17", "2024年5月17日"),
        contact={"name": "龚某", "phones": ("0571-87080123",)},
    )


def test_a_bulletin_praising_units_with_a_cc_line_of_report_and_copy() -> None:
    doc = checked("""\
南州市安全生产委员会办公室
南安委办〔2024〕18号
关于表扬2023年度安全生产工作先进单位的通报
各县（市、区）安委办，市安委会各成员单位：
2023年，各地各部门认真落实安全生产责任，全市生产安全事故起数和死亡人数实现“双下降”。经研究，决定对市应急管理局等10家先进单位予以通报表扬。
希望受表扬的单位再接再厉，为全市安全生产形势持续稳定好转作出新的贡献。
南州市安全生产委员会办公室
2024年2月5日
抄报：省安委办，市政府。
抄送：市委办公室。
""")
    expect(
        doc,
        kind="bulletin",
        issuer="南州市安全生产委员会办公室",
        number=("南安委办〔2024〕18号", "南安委办", 2024, 18),
        title="关于表扬2023年度安全生产工作先进单位的通报",
        recipients=("各县（市、区）安委办", "市安委会各成员单位"),
        signature=(("南州市安全生产委员会办公室",), "2024-02-05", "2024年2月5日"),
        last="希望受表扬的单位再接再厉，为全市安全生产形势持续稳定好转作出新的贡献。",
    )


def test_a_measures_draft_with_its_edition_line_under_the_title() -> None:
    doc = checked("""\
南州市住宅小区物业服务管理办法
（征求意见稿）
第一条　为规范住宅小区物业服务活动，维护业主和物业服务人的合法权益，制定本办法。
第二条　本办法适用于本市行政区域内住宅小区的物业服务及其监督管理活动。
第三条　本办法自2025年1月1日起施行。
""")
    expect(
        doc,
        kind="measures",
        issuer=None,
        title="南州市住宅小区物业服务管理办法（征求意见稿）",
        recipients=(),
        signature=None,
    )


def test_a_proposal_answer_from_a_people_organisation_signing_with_its_short_name() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0277号提案的答复
妇女界别：
贵界别提出的《关于支持女性灵活就业的提案》收悉。现答复如下：
今年市妇联联合人社部门举办巾帼创业就业培训班42期，培训妇女3100余人次，帮助860名妇女实现灵活就业。
感谢贵界别对妇女工作的关心和支持！
南州市妇联
2024年7月12日
""")
    expect(
        doc,
        kind="reply",
        recipients=("妇女界别",),
        ref=("政协", "市", 12, 3, "0277", "提案", "关于支持女性灵活就业的提案", []),
        closing="感谢贵界别对妇女工作的关心和支持！",
        signature=(("南州市妇联",), "2024-07-12", "2024年7月12日"),
    )


def test_a_request_of_two_bureaus_with_two_signers_on_the_number_line() -> None:
    doc = checked("""\
南州市财政局
南州市发展和改革委员会
南财〔2024〕66号　　　　签发人：傅某某、程某某
南州市财政局　南州市发展和改革委员会关于调整市区城市公交票价补贴标准的请示
南州市人民政府：
受燃油、人工成本上涨影响，市区公交企业运营亏损逐年加大。为保障公交正常运营，建议将市区城市公交票价补贴标准由每人次0.8元调整为1.0元。
妥否，请批示。
南州市财政局　　　　南州市发展和改革委员会
2024年9月23日
""")
    expect(
        doc,
        kind="request",
        issuer="南州市财政局南州市发展和改革委员会",
        number=("南财〔2024〕66号", "南财", 2024, 66),
        signer="傅某某、程某某",
        title="南州市财政局南州市发展和改革委员会关于调整市区城市公交票价补贴标准的请示",
        recipients=("南州市人民政府",),
        closing="妥否，请批示。",
        signature=(("南州市财政局", "南州市发展和改革委员会"), "2024-09-23", "2024年9月23日"),
    )


def test_an_initiative_letter_from_a_federation_signed_with_its_full_name() -> None:
    doc = checked("""\
文明出行倡议书
广大市民朋友们：
文明出行是城市文明的重要标志。我们倡议：自觉遵守交通信号，不闯红灯；驾车礼让行人，不乱停乱放；骑行佩戴头盔，不逆行。
让我们携起手来，从我做起，共建文明城市！
南州市精神文明建设委员会办公室
2024年9月1日
""")
    expect(
        doc,
        kind="other",
        title="文明出行倡议书",
        recipients=("广大市民朋友们",),
        signature=(("南州市精神文明建设委员会办公室",), "2024-09-01", "2024年9月1日"),
        last="让我们携起手来，从我做起，共建文明城市！",
    )


# --- batch 7 (written before the parser ran on it) -----------------------------------------------


def test_a_portal_answer_whose_site_footer_names_a_sponsor_and_an_organiser() -> None:
    doc = checked("""\
当前位置：首页 > 政务公开 > 建议提案办理结果
关于市十六届人大三次会议第0412号建议的答复
发布日期：2024-07-22　来源：南州市住房保障和房产管理局
字号：[大][中][小]
邢某某代表：
您提出的《关于加快老旧小区加装电梯的建议》收悉。现答复如下：
今年全市已完成老旧小区加装电梯410台，惠及居民1.2万户。
感谢您对住房保障工作的关心！
南州市住房保障和房产管理局
2024年7月18日
上一篇：关于市十六届人大三次会议第0398号建议的答复
下一篇：关于市政协十二届三次会议第0166号提案的答复
主办单位：南州市人民政府办公室　承办单位：南州市大数据发展管理局
网站标识码：3301000001　浙ICP备10012345号
""")
    expect(
        doc,
        kind="reply",
        title="关于市十六届人大三次会议第0412号建议的答复",
        metadata={},
        recipients=("邢某某代表",),
        ref=("人大", "市", 16, 3, "0412", "建议", "关于加快老旧小区加装电梯的建议", []),
        closing="感谢您对住房保障工作的关心！",
        signature=(("南州市住房保障和房产管理局",), "2024-07-18", "2024年7月18日"),
        contact={},
        last="今年全市已完成老旧小区加装电梯410台，惠及居民1.2万户。",
    )


def test_a_portal_notice_with_a_validity_row_and_an_attachment_download_line() -> None:
    doc = checked("""\
索引号：11330100002489563X/2024-01122
发布机构：南州市人力资源和社会保障局
发文日期：2024-03-15
文号：南人社发〔2024〕7号
有效性：有效
南州市人力资源和社会保障局关于公布2024年度南州市职业技能等级认定机构名单的通知
各县（市、区）人力资源和社会保障局，各有关单位：
经评估，现将2024年度南州市职业技能等级认定机构名单予以公布。
附件：2024年度南州市职业技能等级认定机构名单
南州市人力资源和社会保障局
2024年3月15日
附件下载：2024年度南州市职业技能等级认定机构名单.xlsx
扫一扫在手机打开当前页
【打印本页】【关闭窗口】
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市人力资源和社会保障局",
        title="南州市人力资源和社会保障局关于公布2024年度南州市职业技能等级认定机构名单的通知",
        metadata={
            "索引号": "11330100002489563X/2024-01122",
            "发布机构": "南州市人力资源和社会保障局",
            "发文日期": "2024-03-15",
            "文号": "南人社发〔2024〕7号",
            "有效性": "有效",
        },
        recipients=("各县（市、区）人力资源和社会保障局", "各有关单位"),
        attachments=("2024年度南州市职业技能等级认定机构名单",),
        signature=(("南州市人力资源和社会保障局",), "2024-03-15", "2024年3月15日"),
    )


def test_a_portal_answer_whose_headline_repeats_the_title_and_a_reading_count_sits_between() -> None:
    doc = checked("""\
首页 > 信息公开 > 建议提案 > 政协提案
关于区政协九届四次会议第77号提案的答复
【发布时间：2024-08-05】【阅读次数：532】【字体：大 中 小】
关于区政协九届四次会议第77号提案的答复
马某某委员：
您提出的《关于加强社区嵌入式托育服务的提案》收悉。现答复如下：
今年我区新增社区嵌入式托育点12个，新增托位480个。
感谢您对托育服务工作的关心！
南州市西湖区卫生健康局
2024年8月1日
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协九届四次会议第77号提案的答复",
        metadata={},
        recipients=("马某某委员",),
        ref=("政协", "区", 9, 4, "77", "提案", "关于加强社区嵌入式托育服务的提案", []),
        closing="感谢您对托育服务工作的关心！",
        signature=(("南州市西湖区卫生健康局",), "2024-08-01", "2024年8月1日"),
        last="今年我区新增社区嵌入式托育点12个，新增托位480个。",
    )


def test_a_portal_page_with_its_handling_result_and_the_public_answer_under_labelled_cells() -> None:
    doc = checked("""\
建议提案办理结果公开
标　　题：关于县十八届人大三次会议第88号建议的答复
提 出 人：顾某某
办理单位：青山县农业农村局
办理结果：列入计划逐步解决
公开属性：主动公开
关于县十八届人大三次会议第88号建议的答复
顾某某代表：
您提出的《关于扶持茶叶产业发展的建议》收悉。现答复如下：
县财政今年安排茶产业发展资金800万元，用于茶园提升和品牌推广。
青山县农业农村局
2024年7月5日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十八届人大三次会议第88号建议的答复",
        metadata={
            "标题": "关于县十八届人大三次会议第88号建议的答复",
            "提出人": "顾某某",
            "办理单位": "青山县农业农村局",
            "办理结果": "列入计划逐步解决",
            "公开属性": "主动公开",
        },
        category="B",
        disclosure="主动公开",
        recipients=("顾某某代表",),
        ref=("人大", "县", 18, 3, "88", "建议", "关于扶持茶叶产业发展的建议", ["顾某某"]),
        signature=(("青山县农业农村局",), "2024-07-05", "2024年7月5日"),
    )


def test_a_page_whose_view_options_and_share_line_surround_an_opinion() -> None:
    doc = checked("""\
南州市人民政府门户网站
视力保护色：　　　【字号：大 中 小】
南州市人民政府关于加快发展夜间经济的实施意见
南政发〔2024〕12号
各县（市、区）人民政府，市政府各部门：
为激发消费潜力，打造“夜南州”品牌，现就加快发展夜间经济提出如下意见。
一、打造夜间经济集聚区
到2025年，全市建成市级夜间经济集聚区20个。
南州市人民政府
2024年4月28日
（此件公开发布）
分享到：
""")
    expect(
        doc,
        kind="opinion",
        issuer="南州市人民政府",
        number=("南政发〔2024〕12号", "南政发", 2024, 12),
        title="南州市人民政府关于加快发展夜间经济的实施意见",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        disclosure="主动公开",
        signature=(("南州市人民政府",), "2024-04-28", "2024年4月28日"),
        last="到2025年，全市建成市级夜间经济集聚区20个。",
    )


def test_a_township_notice_signed_by_its_party_committee_and_government_jointly() -> None:
    doc = checked("""\
中共枫林镇委员会
枫林镇人民政府
枫委〔2024〕21号
关于做好2024年秋冬季森林防火工作的通知
各村（社区），镇属各单位：
当前已进入秋冬季森林防火关键期，各村要落实护林员巡山制度，严禁野外用火。
中共枫林镇委员会　　　　枫林镇人民政府
2024年10月15日
""")
    expect(
        doc,
        kind="notice",
        issuer="中共枫林镇委员会枫林镇人民政府",
        number=("枫委〔2024〕21号", "枫委", 2024, 21),
        title="关于做好2024年秋冬季森林防火工作的通知",
        recipients=("各村（社区）", "镇属各单位"),
        signature=(("中共枫林镇委员会", "枫林镇人民政府"), "2024-10-15", "2024年10月15日"),
    )


def test_a_reply_with_its_signature_date_in_ideographs_with_a_capital_zero() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0095号提案的答复
致公党南州市委会：
贵会提出的《关于推动跨境电商高质量发展的提案》收悉。现答复如下：
今年1—6月，全市跨境电商进出口额达186亿元，同比增长21%。
南州市商务局
二Ｏ二四年七月二日
""")
    expect(
        doc,
        kind="reply",
        recipients=("致公党南州市委会",),
        signature=(("南州市商务局",), "2024-07-02", "二Ｏ二四年七月二日"),
    )


def test_a_reply_whose_page_ends_with_a_comment_box_after_the_contact() -> None:
    doc = checked("""\
关于区十七届人大四次会议第63号建议的答复
叶某某代表：
您提出的《关于增设学校周边交通护学岗的建议》收悉。现答复如下：
区交警大队已在全区45所中小学周边设置护学岗，上下学高峰时段安排警力和志愿者值守。
特此答复。
南州市公安局西湖区分局
2024年6月17日
联系人：潘某　电话：0571-87781234
我要评论
请输入评论内容
提交
""")
    expect(
        doc,
        kind="reply",
        recipients=("叶某某代表",),
        closing="特此答复。",
        signature=(("南州市公安局西湖区分局",), "2024-06-17", "2024年6月17日"),
        contact={"name": "潘某", "phones": ("0571-87781234",)},
        last="区交警大队已在全区45所中小学周边设置护学岗，上下学高峰时段安排警力和志愿者值守。",
    )


# --- batch 8 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_titled_by_the_proposal_quoted_in_double_quotes_after_dui() -> None:
    doc = checked("""\
关于对“关于加强农村寄递物流体系建设的提案”的答复
葛某某委员：
您在市政协十三届三次会议上提出的第0347号提案收悉。现答复如下：
全市已建成县级寄递物流共配中心6个、村级寄递物流综合服务站1180个，行政村快递服务通达率100%。
感谢您对邮政快递业发展的关心和支持！
南州市邮政管理局
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        title="关于对“关于加强农村寄递物流体系建设的提案”的答复",
        recipients=("葛某某委员",),
        ref=("政协", "市", 13, 3, "0347", "提案", "关于加强农村寄递物流体系建设的提案", []),
        closing="感谢您对邮政快递业发展的关心和支持！",
        signature=(("南州市邮政管理局",), "2024-07-03", "2024年7月3日"),
    )


def test_a_suggestion_number_with_letters_and_an_honoured_deputy_addressed_with_respect() -> None:
    doc = checked("""\
关于市十六届人大三次会议第JY029号建议的答复
尊敬的杨某某代表：
您提出的《关于推进中小学课后服务提质扩面的建议》收悉。现答复如下：
今年全市中小学课后服务参与率达到96%，开设特色课程2100余门。
感谢您对教育工作的关心和支持！
南州市教育局
2024年6月11日
""")
    expect(
        doc,
        kind="reply",
        recipients=("杨某某代表",),
        ref=("人大", "市", 16, 3, "JY029", "建议", "关于推进中小学课后服务提质扩面的建议", []),
        signature=(("南州市教育局",), "2024-06-11", "2024年6月11日"),
    )


def test_two_deputies_joined_by_an_enumeration_comma_stay_one_addressee() -> None:
    doc = checked("""\
关于区十七届人大四次会议第118号建议的答复
蔡某、邓某代表：
你们提出的《关于加强城区河道保洁的建议》收悉。现答复如下：
区治水办已将城区12条河道纳入市场化保洁范围，实行每日巡查、定时保洁。
南州市西湖区治水办公室
2024年7月4日
""")
    expect(
        doc,
        kind="reply",
        recipients=("蔡某、邓某代表",),
        ref=("人大", "区", 17, 4, "118", "建议", "关于加强城区河道保洁的建议", []),
        signature=(("南州市西湖区治水办公室",), "2024-07-04", "2024年7月4日"),
    )


def test_a_category_row_naming_both_the_wording_and_the_letter() -> None:
    doc = checked("""\
答复类别：解决采纳类（A类）
关于市政协十二届三次会议第0058号提案的答复
民盟南州市委会：
贵会提出的《关于加强中小学体育师资配备的提案》收悉。现答复如下：
今年全市招聘中小学体育教师310名，体育教师缺编问题基本解决。
南州市教育局
2024年6月25日
""")
    expect(
        doc,
        kind="reply",
        metadata={"答复类别": "解决采纳类（A类）"},
        category="A",
        recipients=("民盟南州市委会",),
        signature=(("南州市教育局",), "2024-06-25", "2024年6月25日"),
    )


def test_a_proposal_number_written_with_spaces_inside_its_marks() -> None:
    doc = checked("""\
关于市政协十二届三次会议第 0416 号提案的答复
黎某某委员：
您提出的《关于规范校外培训机构管理的提案》收悉。现答复如下：
今年我局联合相关部门开展校外培训治理专项行动，排查机构1260家，整改问题机构83家。
南州市教育局
2024年8月8日
""")
    expect(
        doc,
        kind="reply",
        ref=("政协", "市", 12, 3, "0416", "提案", "关于规范校外培训机构管理的提案", []),
        signature=(("南州市教育局",), "2024-08-08", "2024年8月8日"),
    )


def test_an_organ_opening_a_title_with_dui_instead_of_guan_yu() -> None:
    doc = checked("""\
南州市交通运输局对市政协十二届三次会议第0129号提案的答复
九三学社南州市委会：
贵会提出的《关于优化城乡公交线网的提案》收悉。现答复如下：
今年我局新开通城乡公交线路14条，优化调整线路22条，行政村公交通达率保持100%。
南州市交通运输局
2024年7月11日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市交通运输局",
        title="南州市交通运输局对市政协十二届三次会议第0129号提案的答复",
        recipients=("九三学社南州市委会",),
        ref=("政协", "市", 12, 3, "0129", "提案", "关于优化城乡公交线网的提案", []),
        signature=(("南州市交通运输局",), "2024-07-11", "2024年7月11日"),
    )


def test_an_answer_naming_its_proposer_in_a_parenthesis_after_the_quoted_title() -> None:
    doc = checked("""\
关于县政协十一届三次会议第52号提案的答复
沈某某委员：
您提出的《关于发展林下经济的提案》（第52号）收悉。现答复如下：
全县林下经济经营面积达到12万亩，带动农户增收1.6亿元。
青山县林业局
2024年6月3日
""")
    expect(
        doc,
        kind="reply",
        ref=("政协", "县", 11, 3, "52", "提案", "关于发展林下经济的提案", []),
        signature=(("青山县林业局",), "2024-06-03", "2024年6月3日"),
        last="全县林下经济经营面积达到12万亩，带动农户增收1.6亿元。",
    )


def test_a_co_handling_letter_to_the_lead_unit_with_its_own_number_and_handling_code() -> None:
    doc = checked("""\
南州市自然资源和规划局
南自然资规函〔2024〕88号
南州市自然资源和规划局关于市十六届人大三次会议第0233号建议协办意见的函
南州市住房和城乡建设局：
关于程某某代表提出的《关于加快城中村改造的建议》，我局作为协办单位，现将协办意见函告如下：
我局将在国土空间规划中统筹安排城中村改造用地，优先保障安置房建设用地指标。
南州市自然资源和规划局
2024年5月8日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市自然资源和规划局",
        number=("南自然资规函〔2024〕88号", "南自然资规函", 2024, 88),
        title="南州市自然资源和规划局关于市十六届人大三次会议第0233号建议协办意见的函",
        recipients=("南州市住房和城乡建设局",),
        ref=("人大", "市", 16, 3, "0233", "建议", "关于加快城中村改造的建议", ["程某某"]),
        signature=(("南州市自然资源和规划局",), "2024-05-08", "2024年5月8日"),
    )


# --- batch 9 (written before the parser ran on it) -----------------------------------------------


def test_a_contact_under_a_joint_label_for_the_person_and_the_phone() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0188号提案的答复
柏某某委员：
您提出的《关于加强城市书房建设的提案》收悉。现答复如下：
今年全市新建城市书房35家，累计达到160家，实现街道全覆盖。
南州市文化广电旅游局
2024年6月19日
联系人及电话：汪某　0571-87063388
""")
    expect(
        doc,
        kind="reply",
        signature=(("南州市文化广电旅游局",), "2024-06-19", "2024年6月19日"),
        contact={"name": "汪某", "phones": ("0571-87063388",)},
    )


def test_a_phone_with_its_area_code_in_brackets_and_another_with_an_extension() -> None:
    doc = checked("""\
关于县十八届人大三次会议第0102号建议的答复
车某某代表：
您提出的《关于改善乡村医生待遇的建议》收悉。现答复如下：
今年县财政将乡村医生基本公共卫生服务补助标准提高到每人每年2.4万元。
青山县卫生健康局
2024年7月2日
联系人：景某　电话：（0578）6012345、6012346转802
""")
    expect(
        doc,
        kind="reply",
        signature=(("青山县卫生健康局",), "2024-07-02", "2024年7月2日"),
        contact={"name": "景某", "phones": ("（0578）6012345", "6012346转802")},
    )


def test_an_imprint_with_only_a_printing_line() -> None:
    doc = checked("""\
南州市人民政府办公室
南政办发〔2024〕5号
南州市人民政府办公室关于2024年部分节假日安排的通知
各县（市、区）人民政府，市政府各部门：
根据国务院办公厅通知精神，现将2024年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
南州市人民政府办公室
2024年1月3日
南州市人民政府办公室　　　　　2024年1月3日印发
""")
    expect(
        doc,
        kind="notice",
        signature=(("南州市人民政府办公室",), "2024-01-03", "2024年1月3日"),
        imprint=((), "南州市人民政府办公室", "2024-01-03"),
    )


def test_a_copy_line_wrapped_onto_a_second_line() -> None:
    doc = checked("""\
南州市人民政府
南政发〔2024〕20号
南州市人民政府关于调整南州市城区基准地价的通知
各县（市、区）人民政府，市政府各部门：
经市政府研究，决定自2024年7月1日起调整南州市城区基准地价，调整后的基准地价由市自然资源和规划局另行公布。
南州市人民政府
2024年6月12日
抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，
市人民检察院，南州军分区。
南州市人民政府办公室　　　　　2024年6月13日印发
""")
    expect(
        doc,
        kind="notice",
        signature=(("南州市人民政府",), "2024-06-12", "2024年6月12日"),
        imprint=(
            ("市委各部门", "市人大常委会办公室", "市政协办公室", "市中级人民法院", "市人民检察院", "南州军分区"),
            "南州市人民政府办公室",
            "2024-06-13",
        ),
    )


def test_a_signature_page_marked_as_having_no_text() -> None:
    doc = checked("""\
南州市民政局
南民函〔2024〕71号
南州市民政局关于市十六届人大三次会议第0254号建议的答复
乔某某代表：
您提出的《关于完善特困人员供养服务的建议》收悉。现答复如下：
今年我市将特困人员基本生活标准提高到每人每月1560元，新建区域性特困供养服务中心5家。
感谢您对民政工作的关心和支持！
（此页无正文）
南州市民政局
2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        number=("南民函〔2024〕71号", "南民函", 2024, 71),
        closing="感谢您对民政工作的关心和支持！",
        signature=(("南州市民政局",), "2024-06-27", "2024年6月27日"),
    )


def test_a_reply_letter_closed_by_a_letter_formula_that_names_reply() -> None:
    doc = checked("""\
南州市生态环境局
南环函〔2024〕93号
南州市生态环境局关于南州化工园区规划环境影响跟踪评价工作的复函
南州化工园区管理委员会：
你委《关于开展南州化工园区规划环境影响跟踪评价工作的函》收悉。经研究，原则同意你委开展跟踪评价工作，请按照技术规范要求编制跟踪评价报告书。
专此函复。
南州市生态环境局
2024年9月9日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市生态环境局",
        title="南州市生态环境局关于南州化工园区规划环境影响跟踪评价工作的复函",
        recipients=("南州化工园区管理委员会",),
        ref=None,
        closing="专此函复。",
        signature=(("南州市生态环境局",), "2024-09-09", "2024年9月9日"),
    )


def test_a_three_organ_notice_split_at_enumeration_commas_and_signed_on_three_lines() -> None:
    doc = checked("""\
关于开展2024年全民健身月活动的通知
各县（市、区）文化和广电旅游体育局、教育局、总工会：
为推动全民健身广泛开展，定于8月在全市开展全民健身月活动。
南州市文化广电旅游局
南州市教育局
南州市总工会
2024年7月20日
""")
    expect(
        doc,
        kind="notice",
        recipients=("各县（市、区）文化和广电旅游体育局", "教育局", "总工会"),
        signature=(("南州市文化广电旅游局", "南州市教育局", "南州市总工会"), "2024-07-20", "2024年7月20日"),
    )


def test_a_disclosure_note_and_the_contact_in_one_bracket() -> None:
    doc = checked("""\
关于区政协九届四次会议第140号提案的答复
韩某某委员：
您提出的《关于加强社区矫正工作的提案》收悉。现答复如下：
今年我局在全区建成社区矫正中心分中心6个，配备专职社区矫正社工42名。
感谢您对司法行政工作的关心和支持！
南州市西湖区司法局
2024年7月8日
（此件依申请公开，联系人：柳某，电话：0571-87799012）
""")
    expect(
        doc,
        kind="reply",
        disclosure="依申请公开",
        closing="感谢您对司法行政工作的关心和支持！",
        signature=(("南州市西湖区司法局",), "2024-07-08", "2024年7月8日"),
        contact={"name": "柳某", "phones": ("0571-87799012",)},
    )


# --- batch 10 (written before the parser ran on it) ----------------------------------------------


def test_letter_spaced_labels_in_the_header_and_the_imprint() -> None:
    doc = checked("""\
南州市人民政府
南政函〔2024〕44号　　　　签　发　人：邹某某
南州市人民政府关于申报国家级旅游度假区的请示
浙江省人民政府：
南州湖旅游度假区已达到国家级旅游度假区评定标准，现申请认定为国家级旅游度假区。
妥否，请批示。
南州市人民政府
2024年5月6日
抄　　送：省文化和旅游厅。
南州市人民政府办公室　　　　2024年5月7日印发
""")
    expect(
        doc,
        kind="request",
        number=("南政函〔2024〕44号", "南政函", 2024, 44),
        signer="邹某某",
        recipients=("浙江省人民政府",),
        closing="妥否，请批示。",
        signature=(("南州市人民政府",), "2024-05-06", "2024年5月6日"),
        imprint=(("省文化和旅游厅",), "南州市人民政府办公室", "2024-05-07"),
    )


def test_a_contact_line_in_half_width_punctuation() -> None:
    doc = checked("""\
关于市十六届人大三次会议第0366号建议的答复
汤某某代表:
您提出的《关于增加城区公共充电设施的建议》收悉。现答复如下:
今年全市新建公共充电桩5200个,城区公共充电服务半径缩小到1公里以内。
南州市发展和改革委员会
2024年7月23日
联系人:柯某,电话:0571-87051199
""")
    expect(
        doc,
        kind="reply",
        recipients=("汤某某代表",),
        ref=("人大", "市", 16, 3, "0366", "建议", "关于增加城区公共充电设施的建议", []),
        signature=(("南州市发展和改革委员会",), "2024-07-23", "2024年7月23日"),
        contact={"name": "柯某", "phones": ("0571-87051199",)},
    )


def test_a_date_written_with_spaces_around_its_units() -> None:
    doc = checked("""\
关于县政协十一届三次会议第61号提案的答复
齐某某委员：
您提出的《关于加强县城停车管理的提案》收悉。现答复如下：
今年县城新增公共停车泊位1600个，智慧停车系统已覆盖主城区。
青山县综合行政执法局
2024 年 6 月 5 日
""")
    expect(
        doc,
        kind="reply",
        signature=(("青山县综合行政执法局",), "2024-06-05", "2024 年 6 月 5 日"),
    )


def test_a_markdown_copy_with_a_heading_title_and_bold_contact_labels() -> None:
    doc = checked("""\
# 关于区政协九届四次会议第36号提案的答复

包某某委员：

您提出的《关于推进垃圾分类精准投放的提案》收悉。现答复如下：

今年全区垃圾分类精准投放率达到92%，建成高标准垃圾分类示范小区60个。

南州市西湖区城市管理局

2024年6月13日

**联系人**：龙某　**电话**：0571-87751234
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协九届四次会议第36号提案的答复",
        recipients=("包某某委员",),
        ref=("政协", "区", 9, 4, "36", "提案", "关于推进垃圾分类精准投放的提案", []),
        signature=(("南州市西湖区城市管理局",), "2024-06-13", "2024年6月13日"),
        contact={"name": "龙某", "phones": ("0571-87751234",)},
    )


def test_a_handling_result_in_brackets_right_under_the_title() -> None:
    doc = checked("""\
关于市十六届人大三次会议第0222号建议的答复
（办理结果：B类）
毛某某代表：
您提出的《关于加快建设城市应急避难场所的建议》收悉。现答复如下：
我局已将城市应急避难场所建设纳入“十四五”应急体系规划，计划2025年底前新建应急避难场所30处。
南州市应急管理局
2024年6月24日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十六届人大三次会议第0222号建议的答复",
        category="B",
        recipients=("毛某某代表",),
        signature=(("南州市应急管理局",), "2024-06-24", "2024年6月24日"),
    )


def test_an_answer_whose_document_number_line_holds_its_category_too() -> None:
    doc = checked("""\
南州市水利局
南水提〔2024〕6号　　　　　　　　A类
南州市水利局关于市政协十二届三次会议第0072号提案的答复
民进南州市委会：
贵会提出的《关于加强小型水库除险加固的提案》收悉。现答复如下：
今年全市完成小型水库除险加固56座，全部按期完工并通过验收。
南州市水利局
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市水利局",
        number=("南水提〔2024〕6号", "南水提", 2024, 6),
        category="A",
        title="南州市水利局关于市政协十二届三次会议第0072号提案的答复",
        signature=(("南州市水利局",), "2024-06-18", "2024年6月18日"),
    )


def test_a_suggestion_answer_of_a_street_to_a_city_deputy_with_both_seals_named() -> None:
    doc = checked("""\
关于市十六届人大三次会议第0451号建议的答复
常某某代表：
您提出的《关于整治背街小巷环境卫生的建议》收悉。经街道党工委、办事处研究，现答复如下：
今年街道共整治背街小巷36条，新增保洁人员40名，实行“一巷一长”管理。
中共南州市上城区湖滨街道工作委员会　　南州市上城区人民政府湖滨街道办事处
2024年7月29日
""")
    expect(
        doc,
        kind="reply",
        ref=("人大", "市", 16, 3, "0451", "建议", "关于整治背街小巷环境卫生的建议", []),
        signature=(
            ("中共南州市上城区湖滨街道工作委员会", "南州市上城区人民政府湖滨街道办事处"),
            "2024-07-29",
            "2024年7月29日",
        ),
    )


def test_an_answer_whose_number_under_the_title_is_a_document_number_with_round_brackets() -> None:
    doc = checked("""\
南州市体育局关于市政协十二届三次会议第0262号提案的答复
南体提（2024）3号
庞某某委员：
您提出的《关于建设更多口袋体育公园的提案》收悉。现答复如下：
今年全市新建口袋体育公园45个，“15分钟健身圈”覆盖率达到95%。
南州市体育局
2024年8月2日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市体育局",
        number=("南体提（2024）3号", "南体提", 2024, 3),
        title="南州市体育局关于市政协十二届三次会议第0262号提案的答复",
        recipients=("庞某某委员",),
        signature=(("南州市体育局",), "2024-08-02", "2024年8月2日"),
    )


def test_a_disclosure_stated_first_in_a_bracketed_note_that_goes_on_with_the_contact() -> None:
    doc = checked("""\
关于县十八届人大三次会议第0131号建议的答复
奚某某代表：
您提出的《关于建设县城第二水厂的建议》收悉。现答复如下：
县城第二水厂已完成可行性研究报告编制，计划明年开工建设。
青山县水利局
2024年8月20日
（本件主动公开；联系人：祝某，联系电话：0578-6023456）
""")
    expect(
        doc,
        disclosure="主动公开",
        signature=(("青山县水利局",), "2024-08-20", "2024年8月20日"),
        contact={"name": "祝某", "phones": ("0578-6023456",)},
    )
