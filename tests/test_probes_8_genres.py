"""Round-8 blind probes of the header and trailer fields across genres and templates the earlier
rounds did not try: answers from 乡镇/街道 and 省厅, 协办/会办 opinions, 办理答复表 printed as rows,
复函 between departments, 签发人/份号/密级/紧急程度 in varied positions, half-width and full-width
punctuation mixed, 落款 of two or three co-signing organs, dates in ideographs with 〇 or 零,
contact lines in brackets or merged with the date, 版记 with 抄报/抄送/分送/印发, and the other
genres (通告, 纪要, 批复, 请示, 决定, 倡议书, 12345 answers …) from other places and years. Every
expected value was written by hand from the contract and the domain guide and committed before the
parser ran on the batch; every document also keeps the span invariants, invents no character and
raises no internal error."""

from __future__ import annotations

from tests.probing import checked, expect_fields

expect = expect_fields


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_subdistrict_office_answer_to_a_district_deputy_dated_with_ling() -> None:
    doc = checked("""\
南湖区东城街道办事处
东城街函〔2024〕9号
关于区七届人大四次会议第0217号建议的答复
邹某某代表：
您提出的《关于改善老旧小区夜间照明的建议》收悉。经认真研究，现答复如下：
一、已开展的工作
今年以来，街道投入资金48万元，为辖区12个老旧小区新装和维修路灯216盏。
二、下一步计划
下一步，街道将把剩余5个小区的照明改造纳入年度民生实事，确保年内全部完成。
感谢您对街道工作的关心和支持！
南湖区东城街道办事处
二零二四年五月十七日
（联系人：许某；联系电话：0573-82061234）
""")
    expect(
        doc,
        kind="reply",
        issuer="南湖区东城街道办事处",
        number=("东城街函〔2024〕9号", "东城街函", 2024, 9),
        title="关于区七届人大四次会议第0217号建议的答复",
        recipients=("邹某某代表",),
        ref=("人大", "区", 7, 4, "0217", "建议", "关于改善老旧小区夜间照明的建议", []),
        tree=[(1, "cn", "一、", "已开展的工作"), (1, "cn", "二、", "下一步计划")],
        closing="感谢您对街道工作的关心和支持！",
        signature=(("南湖区东城街道办事处",), "2024-05-17", "二零二四年五月十七日"),
        contact={"name": "许某", "phones": ("0573-82061234",)},
        imprint=None,
    )


def test_a_provincial_departments_reply_letter_to_another_department_with_its_imprint() -> None:
    doc = checked("""\
江北省自然资源厅
江自然资函〔2023〕512号
江北省自然资源厅关于省交通运输厅商请支持
沿江高速公路项目用地预审的复函
省交通运输厅：
你厅《关于商请支持沿江高速公路项目用地预审的函》（江交函〔2023〕301号）收悉。经研究，现函复如下：
该项目已列入省重点建设项目清单，我厅原则同意开展用地预审工作。请你厅督促项目建设单位抓紧完善耕地占补平衡方案，按规定报送预审材料。
特此函复。
江北省自然资源厅
2023年10月30日
（此件依申请公开）
抄送：省发展改革委，南州市人民政府。
江北省自然资源厅办公室　　　　2023年11月2日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="江北省自然资源厅",
        number=("江自然资函〔2023〕512号", "江自然资函", 2023, 512),
        title="江北省自然资源厅关于省交通运输厅商请支持沿江高速公路项目用地预审的复函",
        recipients=("省交通运输厅",),
        disclosure="依申请公开",
        ref=None,
        closing="特此函复。",
        signature=(("江北省自然资源厅",), "2023-10-30", "2023年10月30日"),
        imprint=(("省发展改革委", "南州市人民政府"), "江北省自然资源厅办公室", "2023-11-02"),
    )


def test_a_county_suggestion_handling_answer_form_printed_as_labelled_rows() -> None:
    doc = checked("""\
青溪县第十九届人大三次会议代表建议办理答复表
建议编号：第38号
建议标题：关于修缮通村公路的建议
领衔代表：钟某某
主办单位：青溪县交通运输局
办理结果：B类
答复内容：
钟某某代表：
您提出的《关于修缮通村公路的建议》收悉。现答复如下：
我局已将石门村至岭下村通村公路修缮工程列入2025年农村公路建设计划，计划投资320万元。
感谢您对交通运输工作的关心和支持！
青溪县交通运输局
2024年7月3日
""")
    expect(
        doc,
        kind="other",
        title="青溪县第十九届人大三次会议代表建议办理答复表",
        recipients=("钟某某代表",),
        category="B",
        ref=("人大", "县", 19, 3, "38", "建议", "关于修缮通村公路的建议", ["钟某某"]),
        closing="感谢您对交通运输工作的关心和支持！",
        signature=(("青溪县交通运输局",), "2024-07-03", "2024年7月3日"),
    )


def test_a_county_request_under_its_copy_number_urgency_and_signer_on_their_own_lines() -> None:
    doc = checked("""\
000027
加急
西岭县人民政府
签发人：龚某某
西政〔2024〕21号
西岭县人民政府关于申请解决2024年
汛期水毁道路修复资金的请示
南州市人民政府：
今年6月以来，我县遭受三轮强降雨袭击，全县公路水毁路段达146处，直接经济损失约1.2亿元。目前，我县已筹措资金2600万元开展抢修，但资金缺口仍然较大。为尽快恢复交通，恳请市政府给予修复资金补助5000万元。
妥否，请批示。
附件：西岭县2024年汛期公路水毁情况统计表
西岭县人民政府
2024年7月22日
（联系人：县交通运输局 田某，联系电话：0797-6621234）
""")
    expect(
        doc,
        kind="request",
        issuer="西岭县人民政府",
        number=("西政〔2024〕21号", "西政", 2024, 21),
        signer="龚某某",
        urgency="加急",
        security=None,
        title="西岭县人民政府关于申请解决2024年汛期水毁道路修复资金的请示",
        recipients=("南州市人民政府",),
        closing="妥否，请批示。",
        attachments=("西岭县2024年汛期公路水毁情况统计表",),
        signature=(("西岭县人民政府",), "2024-07-22", "2024年7月22日"),
        contact={"name": "田某", "phones": ("0797-6621234",), "unit": "县交通运输局"},
    )


def test_a_joint_announcement_of_three_bureaus_signed_on_three_lines_dated_in_ideographs() -> None:
    doc = checked("""\
关于中心城区禁止燃放烟花爆竹的通告
为减少大气污染，保障公共安全，根据《中华人民共和国大气污染防治法》《烟花爆竹安全管理条例》等规定，现就中心城区禁止燃放烟花爆竹有关事项通告如下：
一、禁放区域
东起滨江大道，西至环城西路，南起南湖路，北至北环路围合区域。
二、禁放时间
自本通告发布之日起长期有效。
三、法律责任
违反本通告规定燃放烟花爆竹的，由公安机关依法予以处罚。
特此通告。
南州市公安局
南州市生态环境局
南州市应急管理局
二〇二三年十二月二十日
""")
    expect(
        doc,
        kind="announcement",
        issuer=None,
        number=None,
        title="关于中心城区禁止燃放烟花爆竹的通告",
        recipients=(),
        tree=[(1, "cn", "一、", "禁放区域"), (1, "cn", "二、", "禁放时间"), (1, "cn", "三、", "法律责任")],
        closing="特此通告。",
        signature=(
            ("南州市公安局", "南州市生态环境局", "南州市应急管理局"),
            "2023-12-20",
            "二〇二三年十二月二十日",
        ),
        imprint=None,
    )


def test_special_meeting_minutes_distributed_by_a_fen_song_line() -> None:
    doc = checked("""\
南州市人民政府专题会议纪要
〔2024〕第18期
南州市人民政府办公室　　　　2024年4月12日
4月9日，副市长方某某主持召开专题会议，研究城市更新项目推进有关问题。纪要如下：
一、关于项目用地
会议要求，市自然资源局要在5月底前完成项目用地调规工作。
二、关于资金保障
会议同意，由市财政局牵头统筹专项债券资金6亿元用于项目建设。
分送：市委办公室，市人大常委会办公室，市政协办公室，各有关单位。
南州市人民政府办公室　　　　2024年4月12日印发
""")
    expect(
        doc,
        kind="minutes",
        issuer="南州市人民政府",
        number=None,
        title="南州市人民政府专题会议纪要",
        tree=[(1, "cn", "一、", "关于项目用地"), (1, "cn", "二、", "关于资金保障")],
        signature=None,
        imprint=(
            ("市委办公室", "市人大常委会办公室", "市政协办公室", "各有关单位"),
            "南州市人民政府办公室",
            "2024-04-12",
        ),
        last="会议同意，由市财政局牵头统筹专项债券资金6亿元用于项目建设。",
    )


def test_a_provincial_proposal_answer_in_half_width_punctuation_signed_by_two_departments() -> None:
    doc = checked("""\
公开属性:主动公开
江北省教育厅
江教提函[2024]36号
关于省政协十三届二次会议第0312号提案的答复(B类)
戴某某委员:
您提出的《关于加强农村寄宿制学校建设的提案》收悉。经商省财政厅,现答复如下:
一、关于改善办学条件
2023年,省级统筹资金4.6亿元,支持218所农村寄宿制学校改善生活设施。
二、关于配齐生活教师
我们将会同省委编办研究农村寄宿制学校生活教师配备标准。
感谢您对全省教育工作的关心和支持!
江北省教育厅　江北省财政厅
2024年6月28日
(联系人:邓某,联系电话:0791-88561234)
""")
    expect(
        doc,
        kind="reply",
        metadata={"公开属性": "主动公开"},
        disclosure="主动公开",
        issuer="江北省教育厅",
        number=("江教提函[2024]36号", "江教提函", 2024, 36),
        title="关于省政协十三届二次会议第0312号提案的答复",
        category="B",
        recipients=("戴某某委员",),
        ref=("政协", "省", 13, 2, "0312", "提案", "关于加强农村寄宿制学校建设的提案", []),
        tree=[(1, "cn", "一、", "关于改善办学条件"), (1, "cn", "二、", "关于配齐生活教师")],
        closing="感谢您对全省教育工作的关心和支持!",
        signature=(("江北省教育厅", "江北省财政厅"), "2024-06-28", "2024年6月28日"),
        contact={"name": "邓某", "phones": ("0791-88561234",)},
    )


def test_a_city_approval_copied_up_by_chao_bao_and_across_by_chao_song() -> None:
    doc = checked("""\
南州市人民政府
南政复〔2024〕15号
南州市人民政府关于同意调整东湖区部分行政区划的批复
东湖区人民政府：
你区《关于调整部分行政区划的请示》（东政〔2024〕8号）收悉。经研究，现批复如下：
一、同意撤销东湖区石桥乡，设立石桥镇，以原石桥乡的行政区域为石桥镇的行政区域，镇人民政府驻地不变。
二、石桥镇设立后所需的人员编制和工作经费，由你区在现有编制和预算内自行调剂解决。
此复。
南州市人民政府
2024年3月18日
抄报：江北省人民政府办公厅，江北省民政厅。
抄送：市委办公室，市民政局，市公安局。
南州市人民政府办公室　　　　　　2024年3月19日印发
""")
    expect(
        doc,
        kind="approval",
        issuer="南州市人民政府",
        number=("南政复〔2024〕15号", "南政复", 2024, 15),
        title="南州市人民政府关于同意调整东湖区部分行政区划的批复",
        recipients=("东湖区人民政府",),
        closing="此复。",
        signature=(("南州市人民政府",), "2024-03-18", "2024年3月18日"),
        imprint=(
            ("江北省人民政府办公厅", "江北省民政厅", "市委办公室", "市民政局", "市公安局"),
            "南州市人民政府办公室",
            "2024-03-19",
        ),
    )


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_an_urgent_telegram_notice_whose_urgency_stands_after_the_number_on_its_line() -> None:
    doc = checked("""\
南州市人民政府办公室
南政办明电〔2024〕12号　　　　特急
南州市人民政府办公室关于切实做好第3号台风防御工作的紧急通知
各县（市、区）人民政府，市政府各部门：
据气象部门预报，今年第3号台风将于7月20日前后影响我市。为切实做好防御工作，现就有关事项通知如下：
一、迅速进入临战状态
各地各部门要立即启动防台风应急响应，主要负责同志要靠前指挥。
二、全力转移危险区域群众
要坚持应转尽转、应撤尽撤，确保不漏一户、不落一人。
南州市人民政府办公室
2024年7月18日
（此件公开发布）
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市人民政府办公室",
        number=("南政办明电〔2024〕12号", "南政办明电", 2024, 12),
        urgency="特急",
        title="南州市人民政府办公室关于切实做好第3号台风防御工作的紧急通知",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        disclosure="主动公开",
        tree=[(1, "cn", "一、", "迅速进入临战状态"), (1, "cn", "二、", "全力转移危险区域群众")],
        signature=(("南州市人民政府办公室",), "2024-07-18", "2024年7月18日"),
    )


def test_a_joint_request_of_two_bureaus_signed_off_by_two_leaders() -> None:
    doc = checked("""\
西岭县教育体育局
西岭县财政局
西教体〔2024〕45号　　签发人：蒋某某、罗某某
关于申请追加2024年义务教育薄弱环节改善资金的请示
西岭县人民政府：
今年我县有7所乡镇学校因学生增加出现大班额，急需新建教学用房和购置课桌椅。经测算，共需资金1380万元，年初预算已安排600万元，尚缺780万元。恳请县政府追加安排780万元。
以上请示妥否，请批示。
西岭县教育体育局　　　　西岭县财政局
2024年4月3日
""")
    expect(
        doc,
        kind="request",
        number=("西教体〔2024〕45号", "西教体", 2024, 45),
        signer="蒋某某、罗某某",
        title="关于申请追加2024年义务教育薄弱环节改善资金的请示",
        recipients=("西岭县人民政府",),
        closing="以上请示妥否，请批示。",
        signature=(("西岭县教育体育局", "西岭县财政局"), "2024-04-03", "2024年4月3日"),
    )


def test_a_hotline_answer_signed_by_labelled_unit_and_date_lines() -> None:
    doc = checked("""\
关于反映城南路夜间施工噪音扰民问题的答复
市民朋友：
您通过12345政务服务便民热线反映的城南路夜间施工噪音扰民问题收悉。经核查，该工地已办理夜间施工许可，但存在超时施工情况。我街道已会同城管部门责令施工单位严格按许可时段施工，并加装隔音围挡。
感谢您对我们工作的理解和支持！
答复单位：南州市东湖区城南街道办事处
答复日期：2024年8月2日
""")
    expect(
        doc,
        kind="reply",
        title="关于反映城南路夜间施工噪音扰民问题的答复",
        recipients=("市民朋友",),
        ref=None,
        closing="感谢您对我们工作的理解和支持！",
        signature=(("南州市东湖区城南街道办事处",), "2024-08-02", "2024年8月2日"),
    )


def test_an_answer_whose_contact_note_follows_the_date_on_its_line() -> None:
    doc = checked("""\
东湖区市场监督管理局
关于区政协六届三次会议第0089号提案的答复
潘某某委员：
您提出的《关于加强校园周边食品安全监管的提案》收悉。现答复如下：
今年以来，我局开展校园周边食品安全专项检查3轮，检查经营主体1260家次，责令整改问题86个。
感谢您对市场监管工作的关心和支持。
东湖区市场监督管理局
2024年6月11日（联系人：韦某，电话：0571-86012345）
""")
    expect(
        doc,
        kind="reply",
        issuer="东湖区市场监督管理局",
        title="东湖区市场监督管理局关于区政协六届三次会议第0089号提案的答复",
        recipients=("潘某某委员",),
        ref=("政协", "区", 6, 3, "0089", "提案", "关于加强校园周边食品安全监管的提案", []),
        closing="感谢您对市场监管工作的关心和支持。",
        signature=(("东湖区市场监督管理局",), "2024-06-11", "2024年6月11日"),
        contact={"name": "韦某", "phones": ("0571-86012345",)},
    )


def test_a_letter_whose_contact_line_uses_tel_and_e_mail_labels() -> None:
    doc = checked("""\
南州市文化广电旅游局
关于商请协助开展2024年文化旅游消费季宣传的函
市交通运输局：
为进一步激发文化旅游消费活力，我局定于9月至11月举办2024年文化旅游消费季活动。为扩大活动影响，商请贵局协助在全市公交车、出租车电子屏投放活动宣传内容。
专此函商，请予支持。
联系人：黎某　Tel：0571-87653210　E-mail：wlj_xcc@163.com
南州市文化广电旅游局
2024年8月20日
""")
    expect(
        doc,
        kind="letter",
        issuer="南州市文化广电旅游局",
        title="南州市文化广电旅游局关于商请协助开展2024年文化旅游消费季宣传的函",
        recipients=("市交通运输局",),
        closing="专此函商，请予支持。",
        signature=(("南州市文化广电旅游局",), "2024-08-20", "2024年8月20日"),
        contact={"name": "黎某", "phones": ("0571-87653210",), "email": "wlj_xcc@163.com"},
    )


def test_a_provincial_departments_announcement_numbered_by_year_under_its_name() -> None:
    doc = checked("""\
江北省生态环境厅公告
2024年第3号
根据《中华人民共和国环境影响评价法》等规定，我厅对江北石化年产30万吨乙烯项目环境影响报告书作出批复，现予公告。
一、项目名称
江北石化年产30万吨乙烯项目。
二、批复文号
江环审〔2024〕16号。
特此公告。
江北省生态环境厅
2024年3月8日
""")
    expect(
        doc,
        kind="announcement",
        issuer="江北省生态环境厅",
        number=None,
        title="江北省生态环境厅公告",
        recipients=(),
        tree=[(1, "cn", "一、", "项目名称"), (1, "cn", "二、", "批复文号")],
        closing="特此公告。",
        signature=(("江北省生态环境厅",), "2024-03-08", "2024年3月8日"),
    )


def test_a_proposal_to_the_public_signed_by_three_organisations_dated_in_ideographs() -> None:
    doc = checked("""\
节约粮食倡议书
全市广大干部职工和市民朋友们：
粮食是人类赖以生存的基础。为大力弘扬勤俭节约的传统美德，我们发出如下倡议：
一、争做节约粮食的宣传者
积极宣传节约粮食的重要意义，营造浪费可耻、节约光荣的良好氛围。
二、争做文明用餐的践行者
按需点餐，光盘行动，剩餐打包。
共青团南州市委员会
南州市妇女联合会
南州市精神文明建设指导委员会办公室
二〇二四年十月十六日
""")
    expect(
        doc,
        kind="other",
        issuer=None,
        title="节约粮食倡议书",
        recipients=("全市广大干部职工和市民朋友们",),
        tree=[(1, "cn", "一、", "争做节约粮食的宣传者"), (1, "cn", "二、", "争做文明用餐的践行者")],
        closing=None,
        signature=(
            ("共青团南州市委员会", "南州市妇女联合会", "南州市精神文明建设指导委员会办公室"),
            "2024-10-16",
            "二〇二四年十月十六日",
        ),
    )


def test_a_provincial_guiding_opinion_printed_on_a_date_in_ideographs() -> None:
    doc = checked("""\
江北省农业农村厅文件
江农发〔2022〕9号
江北省农业农村厅关于加快发展设施农业的指导意见
各设区市农业农村局：
为加快发展设施农业，提高农业综合生产能力，现提出如下意见。
一、总体要求
到2025年，全省设施农业面积达到350万亩。
二、重点任务
（一）提升设施蔬菜生产水平。加快老旧设施改造提升。
（二）发展设施畜牧业。推进畜禽养殖设施化、智能化。
江北省农业农村厅
二〇二二年五月六日
（此件主动公开）
抄送：农业农村部，省政府办公厅。
江北省农业农村厅办公室　　　　二〇二二年五月七日印发
""")
    expect(
        doc,
        kind="opinion",
        issuer="江北省农业农村厅",
        number=("江农发〔2022〕9号", "江农发", 2022, 9),
        title="江北省农业农村厅关于加快发展设施农业的指导意见",
        recipients=("各设区市农业农村局",),
        disclosure="主动公开",
        tree=[
            (1, "cn", "一、", "总体要求"),
            (1, "cn", "二、", "重点任务"),
            (2, "cn-paren", "（一）", "提升设施蔬菜生产水平"),
            (2, "cn-paren", "（二）", "发展设施畜牧业"),
        ],
        signature=(("江北省农业农村厅",), "2022-05-06", "二〇二二年五月六日"),
        imprint=(("农业农村部", "省政府办公厅"), "江北省农业农村厅办公室", "2022-05-07"),
    )


# --- batch 3 (written before the parser ran on it) -----------------------------------------------


def test_a_joint_commending_decision_of_the_county_party_committee_and_government() -> None:
    doc = checked("""\
中共青溪县委 青溪县人民政府
关于表彰2023年度乡村振兴工作先进集体和先进个人的决定
各乡镇党委、政府，县直各单位：
2023年，全县上下深入实施乡村振兴战略，涌现出一批先进集体和先进个人。为树立典型、激励先进，县委、县政府决定，授予石门镇等10个单位“乡村振兴工作先进集体”称号，授予王某某等30名同志“乡村振兴工作先进个人”称号。
希望受表彰的集体和个人珍惜荣誉，再接再厉。
中共青溪县委员会
青溪县人民政府
二〇二四年二月二十六日
""")
    expect(
        doc,
        kind="decision",
        title="中共青溪县委青溪县人民政府关于表彰2023年度乡村振兴工作先进集体和先进个人的决定",
        recipients=("各乡镇党委、政府", "县直各单位"),
        signature=(("中共青溪县委员会", "青溪县人民政府"), "2024-02-26", "二〇二四年二月二十六日"),
    )


def test_a_provincial_general_offices_reply_letter_copied_to_three_departments_by_pause_marks() -> None:
    doc = checked("""\
江北省人民政府办公厅
江政办函〔2024〕27号
江北省人民政府办公厅关于同意南州市开展城市更新试点的复函
南州市人民政府：
你市《关于申请开展城市更新试点的请示》（南政〔2024〕11号）收悉。经省政府同意，现函复如下：
同意南州市开展城市更新试点，试点期为2024年至2026年。请你市切实加强组织领导，确保试点工作取得实效。
此复。
江北省人民政府办公厅
2024年5月16日
抄送：省发展改革委、省财政厅、省住房城乡建设厅。
""")
    expect(
        doc,
        kind="reply",
        issuer="江北省人民政府办公厅",
        number=("江政办函〔2024〕27号", "江政办函", 2024, 27),
        title="江北省人民政府办公厅关于同意南州市开展城市更新试点的复函",
        recipients=("南州市人民政府",),
        ref=None,
        closing="此复。",
        signature=(("江北省人民政府办公厅",), "2024-05-16", "2024年5月16日"),
        imprint=(("省发展改革委", "省财政厅", "省住房城乡建设厅"), None, None),
    )


def test_a_townships_answer_to_a_county_proposal_signed_with_its_service_centre() -> None:
    doc = checked("""\
关于县政协十届三次会议第47号提案的答复
严某某委员：
您提出的《关于发展石门镇林下经济的提案》收悉。经镇党委、政府研究，现答复如下：
一、发展现状
全镇现有林下种植面积3200亩，主要品种为黄精、三叶青和食用菌。
二、下一步打算
下一步，我镇将引进龙头企业，推广“企业+合作社+农户”模式，力争三年内林下种植面积达到6000亩。
感谢您对石门镇发展的关心和支持！
石门镇人民政府
石门镇农业农村综合服务中心
2024年6月24日
（联系人：何某，手机：13857612345）
""")
    expect(
        doc,
        kind="reply",
        title="关于县政协十届三次会议第47号提案的答复",
        recipients=("严某某委员",),
        ref=("政协", "县", 10, 3, "47", "提案", "关于发展石门镇林下经济的提案", []),
        tree=[(1, "cn", "一、", "发展现状"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对石门镇发展的关心和支持！",
        signature=(("石门镇人民政府", "石门镇农业农村综合服务中心"), "2024-06-24", "2024年6月24日"),
        contact={"name": "何某", "phones": ("13857612345",)},
    )


def test_an_answer_to_a_party_committees_proposal_whose_signer_line_heads_the_page() -> None:
    doc = checked("""\
签发人：柯某某
南州市卫生健康委员会文件
南卫提〔2024〕6号
关于市政协十二届三次会议第0156号提案的答复
民革南州市委员会：
贵委《关于加强基层医疗卫生人才队伍建设的提案》（第0156号）收悉。现答复如下：
2023年，我委通过定向培养、县管乡用等方式为基层补充医务人员412名。下一步，我们将继续完善基层卫生人才激励机制。
感谢贵委对卫生健康工作的关心和支持！
南州市卫生健康委员会
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市卫生健康委员会",
        number=("南卫提〔2024〕6号", "南卫提", 2024, 6),
        signer="柯某某",
        title="关于市政协十二届三次会议第0156号提案的答复",
        recipients=("民革南州市委员会",),
        ref=("政协", "市", 12, 3, "0156", "提案", "关于加强基层医疗卫生人才队伍建设的提案", []),
        closing="感谢贵委对卫生健康工作的关心和支持！",
        signature=(("南州市卫生健康委员会",), "2024-07-01", "2024年7月1日"),
    )


def test_key_points_dated_in_brackets_under_the_title_have_no_signature() -> None:
    doc = checked("""\
南州市直机关工委2024年工作要点
（2024年3月5日）
2024年，市直机关党的建设工作的总体要求是：坚持以党的政治建设为统领，全面提升机关党建质量。
一、加强政治机关建设
深入开展理论学习，落实“第一议题”制度。
二、夯实基层组织基础
推进机关党支部标准化规范化建设，年内创建示范党支部20个。
""")
    expect(
        doc,
        kind="other",
        title="南州市直机关工委2024年工作要点",
        recipients=(),
        tree=[(1, "cn", "一、", "加强政治机关建设"), (1, "cn", "二、", "夯实基层组织基础")],
        closing=None,
        signature=None,
        imprint=None,
    )


def test_a_subdistricts_report_to_its_district_with_a_mobile_number_in_its_contact_note() -> None:
    doc = checked("""\
东湖区金桥街道办事处
关于2024年上半年安全生产工作情况的报告
东湖区人民政府：
今年上半年，街道共开展安全生产检查420次，排查整改隐患1136处，辖区未发生较大以上生产安全事故。下一步，街道将持续深化重点行业领域专项整治。
特此报告。
东湖区金桥街道办事处
2024年7月8日
（联系人：姜某，手机：13605712345）
""")
    expect(
        doc,
        kind="report",
        issuer="东湖区金桥街道办事处",
        title="东湖区金桥街道办事处关于2024年上半年安全生产工作情况的报告",
        recipients=("东湖区人民政府",),
        closing="特此报告。",
        signature=(("东湖区金桥街道办事处",), "2024-07-08", "2024年7月8日"),
        contact={"name": "姜某", "phones": ("13605712345",)},
    )


def test_a_hotline_work_order_answer_titled_over_its_rows() -> None:
    doc = checked("""\
南州市12345政务服务便民热线工单答复
工单编号：NZ20240915008
诉求人：张先生
诉求内容：反映东湖区金桥小区电梯经常故障停运。
承办单位：东湖区市场监督管理局
办理结果：已解决
答复意见：
张先生您好！您反映的问题收悉。经查，该小区3号楼电梯主板老化，维保单位已于9月17日更换主板，电梯恢复正常运行。我局将督促维保单位加强日常维护。
东湖区市场监督管理局
2024年9月18日
""")
    expect(
        doc,
        kind="reply",
        title="南州市12345政务服务便民热线工单答复",
        recipients=(),
        category="A",
        ref=None,
        signature=(("东湖区市场监督管理局",), "2024-09-18", "2024年9月18日"),
    )


def test_a_secret_urgent_notice_whose_marks_stand_under_its_number() -> None:
    doc = checked("""\
江北省公安厅
江公通〔2024〕88号
机密★6个月
特急
江北省公安厅关于做好重大活动期间安全保卫工作的通知
各设区市公安局：
为确保重大活动期间全省社会治安大局持续稳定，现就有关工作通知如下：
一、加强社会面巡逻防控。全面启动社会面一级巡防机制。
二、强化重点目标安保。对党政机关、交通枢纽等重点目标实行24小时武装守护。
江北省公安厅
2024年9月25日
""")
    expect(
        doc,
        kind="notice",
        issuer="江北省公安厅",
        number=("江公通〔2024〕88号", "江公通", 2024, 88),
        security="机密★6个月",
        urgency="特急",
        title="江北省公安厅关于做好重大活动期间安全保卫工作的通知",
        recipients=("各设区市公安局",),
        tree=[(1, "cn", "一、", "加强社会面巡逻防控"), (1, "cn", "二、", "强化重点目标安保")],
        signature=(("江北省公安厅",), "2024-09-25", "2024年9月25日"),
    )


# --- batch 4 (written before the parser ran on it) -----------------------------------------------


def test_a_provincial_answer_to_a_national_deputy_closing_with_answer_and_thanks_on_one_line() -> None:
    doc = checked("""\
江北省交通运输厅
江交建字〔2024〕102号
关于十四届全国人大二次会议第3456号建议的答复
王某某代表：
您提出的《关于加快推进沿江铁路建设的建议》由交通运输部转我厅办理。经认真研究，现答复如下：
沿江铁路已列入国家中长期铁路网规划，目前项目预可研报告已编制完成。我厅将积极配合国家有关部门加快推进项目前期工作。
特此答复，感谢您对全省交通运输工作的关心和支持！
江北省交通运输厅
2024年7月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="江北省交通运输厅",
        number=("江交建字〔2024〕102号", "江交建字", 2024, 102),
        title="关于十四届全国人大二次会议第3456号建议的答复",
        recipients=("王某某代表",),
        ref=("人大", "全国", 14, 2, "3456", "建议", "关于加快推进沿江铁路建设的建议", []),
        closing="特此答复，感谢您对全省交通运输工作的关心和支持！",
        signature=(("江北省交通运输厅",), "2024-07-12", "2024年7月12日"),
    )


def test_an_answer_whose_note_names_the_handling_unit_the_person_and_the_phone() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0208号提案的答复
贺某某委员：
您提出的《关于增加城区口袋公园的提案》收悉。现答复如下：
2023年我市新建口袋公园42个，2024年计划新建50个，目前已开工36个。
感谢您对城市园林绿化工作的关心和支持！
南州市园林局
2024年6月14日
（承办单位：市园林局绿化处；联系人：方某；联系电话：0571-85012345）
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议第0208号提案的答复",
        recipients=("贺某某委员",),
        ref=("政协", "市", 12, 3, "0208", "提案", "关于增加城区口袋公园的提案", []),
        signature=(("南州市园林局",), "2024-06-14", "2024年6月14日"),
        contact={"name": "方某", "phones": ("0571-85012345",), "unit": "市园林局绿化处"},
    )


def test_a_discipline_commissions_bulletin_copied_up_only_with_a_printing_line() -> None:
    doc = checked("""\
中共青溪县纪委 青溪县监委
关于3起违反中央八项规定精神典型问题的通报
各乡镇纪委，县直各单位纪检组织：
近期，县纪委监委查处了一批违反中央八项规定精神问题。现将其中3起典型问题通报如下：
一、石门镇农业综合服务中心原主任邱某某违规收受礼金问题。
二、县城市管理局原副局长蔡某某违规公款吃喝问题。
三、县水利局工程股原股长施某违规操办婚宴问题。
各级党组织要从中汲取教训，引以为戒。
中共青溪县纪委
青溪县监委
2024年9月2日
抄报：南州市纪委监委。
中共青溪县纪委办公室　　　　2024年9月2日印发
""")
    expect(
        doc,
        kind="bulletin",
        title="中共青溪县纪委青溪县监委关于3起违反中央八项规定精神典型问题的通报",
        recipients=("各乡镇纪委", "县直各单位纪检组织"),
        signature=(("中共青溪县纪委", "青溪县监委"), "2024-09-02", "2024年9月2日"),
        imprint=(("南州市纪委监委",), "中共青溪县纪委办公室", "2024-09-02"),
    )


def test_an_implementation_plan_under_its_adoption_note_has_no_signature() -> None:
    doc = checked("""\
青溪县城乡生活垃圾分类工作实施方案
（2024年5月10日县政府第12次常务会议审议通过）
为深入推进城乡生活垃圾分类工作，结合我县实际，制定本方案。
一、工作目标
到2025年底，县城生活垃圾回收利用率达到35%以上。
二、主要任务
（一）完善分类投放设施。
（二）健全分类收运体系。
三、保障措施
各乡镇、各部门要加强组织领导，落实工作责任。
""")
    expect(
        doc,
        kind="plan",
        issuer=None,
        title="青溪县城乡生活垃圾分类工作实施方案",
        recipients=(),
        tree=[
            (1, "cn", "一、", "工作目标"),
            (1, "cn", "二、", "主要任务"),
            (2, "cn-paren", "（一）", "完善分类投放设施"),
            (2, "cn-paren", "（二）", "健全分类收运体系"),
            (1, "cn", "三、", "保障措施"),
        ],
        signature=None,
        closing=None,
    )


def test_an_answer_signed_on_a_date_in_full_width_digits() -> None:
    doc = checked("""\
南州市人力资源和社会保障局
关于市十七届人大三次会议第0144号建议的答复
贾某某代表：
您提出的《关于加大高校毕业生就业帮扶力度的建议》收悉。现答复如下：
今年我局共组织高校毕业生专场招聘会36场，提供就业岗位2.1万个。
感谢您对人社工作的关心和支持。
南州市人力资源和社会保障局
２０２４年５月８日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市人力资源和社会保障局",
        title="南州市人力资源和社会保障局关于市十七届人大三次会议第0144号建议的答复",
        ref=("人大", "市", 17, 3, "0144", "建议", "关于加大高校毕业生就业帮扶力度的建议", []),
        signature=(("南州市人力资源和社会保障局",), "2024-05-08", "２０２４年５月８日"),
    )


def test_a_reply_letter_whose_own_number_stands_in_brackets_under_its_title() -> None:
    doc = checked("""\
南州市园林局关于钱某某委员来信反映问题的复函
（南园函〔2024〕22号）
尊敬的钱某某委员：
您来信反映的滨江公园部分健身器材损坏问题收悉。我局已组织对公园内健身器材进行全面检修，更换损坏器材14件。
特此函复。
南州市园林局
2024年8月9日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市园林局",
        number=("南园函〔2024〕22号", "南园函", 2024, 22),
        title="南州市园林局关于钱某某委员来信反映问题的复函",
        recipients=("钱某某委员",),
        ref=None,
        closing="特此函复。",
        signature=(("南州市园林局",), "2024-08-09", "2024年8月9日"),
    )


def test_a_joint_implementing_opinion_of_two_departments_named_over_the_title() -> None:
    doc = checked("""\
南州市发展和改革委员会 南州市财政局
关于进一步规范政府投资项目资金管理的实施意见
各县（市、区）发展改革局、财政局，市直各单位：
为进一步规范政府投资项目资金管理，提高资金使用效益，现提出如下实施意见。
一、严格项目资金预算管理
二、加快项目资金拨付进度
三、强化项目资金监督检查
南州市发展和改革委员会
南州市财政局
2024年10月11日
""")
    expect(
        doc,
        kind="opinion",
        title="南州市发展和改革委员会南州市财政局关于进一步规范政府投资项目资金管理的实施意见",
        # corrected, notes: the contract splits at 、 where both sides are organ names of three or more
        # characters ending in 局, whatever the sense (each county's two bureaus)
        recipients=("各县（市、区）发展改革局", "财政局", "市直各单位"),
        tree=[
            (1, "cn", "一、", "严格项目资金预算管理"),
            (1, "cn", "二、", "加快项目资金拨付进度"),
            (1, "cn", "三、", "强化项目资金监督检查"),
        ],
        signature=(("南州市发展和改革委员会", "南州市财政局"), "2024-10-11", "2024年10月11日"),
    )


def test_a_request_under_labelled_marks_whose_secrecy_cell_says_public() -> None:
    doc = checked("""\
密级：公开
紧急程度：平急
南州市民政局
南民〔2024〕33号　　　签发人：史某某
南州市民政局关于申请增设殡仪服务站点的请示
南州市人民政府：
随着城区人口增加，现有殡仪服务站点已不能满足群众需求。为方便群众就近办理殡仪服务，我局拟在城东、城北各增设殡仪服务站点1处，所需资金约860万元。
妥否，请批示。
南州市民政局
2024年3月27日
""")
    expect(
        doc,
        kind="request",
        issuer="南州市民政局",
        number=("南民〔2024〕33号", "南民", 2024, 33),
        signer="史某某",
        security=None,
        urgency="平急",
        title="南州市民政局关于申请增设殡仪服务站点的请示",
        recipients=("南州市人民政府",),
        closing="妥否，请批示。",
        signature=(("南州市民政局",), "2024-03-27", "2024年3月27日"),
    )


# --- batch 5 (written before the parser ran on it) -----------------------------------------------


def test_an_approval_signed_by_the_office_on_the_governments_behalf_with_a_dai_zhang_note() -> None:
    doc = checked("""\
南州市人民政府办公室关于同意南州经济开发区调整规划范围的批复
南州经济开发区管委会：
你委《关于调整开发区规划范围的请示》收悉。经市政府同意，现批复如下：
同意南州经济开发区将东至纬三路、南至经五路的区域调入规划范围，调整后规划面积为32.6平方公里。
此复。
南州市人民政府办公室（代章）
2024年4月22日
""")
    expect(
        doc,
        kind="approval",
        issuer="南州市人民政府办公室",
        title="南州市人民政府办公室关于同意南州经济开发区调整规划范围的批复",
        recipients=("南州经济开发区管委会",),
        closing="此复。",
        signature=(("南州市人民政府办公室",), "2024-04-22", "2024年4月22日"),
    )


def test_a_joint_notice_signed_by_three_bureaus_on_one_line() -> None:
    doc = checked("""\
关于做好2024年高校毕业生“三支一扶”计划招募工作的通知
各县（市、区）人力资源和社会保障局、教育局、财政局：
为做好2024年高校毕业生“三支一扶”计划招募工作，现将有关事项通知如下：
一、招募计划
全市计划招募“三支一扶”人员120名。
二、招募程序
招募工作按照公开报名、资格审查、考试考察、体检公示的程序进行。
南州市人力资源和社会保障局　南州市教育局　南州市财政局
2024年5月6日
""")
    expect(
        doc,
        kind="notice",
        title="关于做好2024年高校毕业生“三支一扶”计划招募工作的通知",
        recipients=("各县（市、区）人力资源和社会保障局", "教育局", "财政局"),
        tree=[(1, "cn", "一、", "招募计划"), (1, "cn", "二、", "招募程序")],
        signature=(("南州市人力资源和社会保障局", "南州市教育局", "南州市财政局"), "2024-05-06", "2024年5月6日"),
    )


def test_a_co_handling_letter_titled_xie_ban_yi_jian_de_han() -> None:
    doc = checked("""\
南州市财政局
南财函〔2024〕58号
南州市财政局关于市政协十二届三次会议第0231号提案协办意见的函
市教育局：
市政协十二届三次会议第0231号《关于提高乡村教师生活补助标准的提案》收悉。经研究，提出协办意见如下：
市财政将按照“以县为主、市级奖补”的原则，继续支持各县（市、区）落实乡村教师生活补助政策。
南州市财政局
2024年5月29日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市财政局",
        number=("南财函〔2024〕58号", "南财函", 2024, 58),
        title="南州市财政局关于市政协十二届三次会议第0231号提案协办意见的函",
        recipients=("市教育局",),
        ref=("政协", "市", 12, 3, "0231", "提案", "关于提高乡村教师生活补助标准的提案", []),
        signature=(("南州市财政局",), "2024-05-29", "2024年5月29日"),
    )


def test_a_townships_numbered_announcement_under_its_name() -> None:
    doc = checked("""\
石门镇人民政府通告
（第1号）
为保障春季森林防火安全，根据《森林防火条例》有关规定，现就有关事项通告如下：
一、自2024年3月1日起至5月31日止，全镇林区禁止一切野外用火。
二、进入林区的人员不得携带火种。
特此通告。
石门镇人民政府
2024年2月26日
""")
    expect(
        doc,
        kind="announcement",
        issuer="石门镇人民政府",
        number=None,
        title="石门镇人民政府通告",
        closing="特此通告。",
        signature=(("石门镇人民政府",), "2024-02-26", "2024年2月26日"),
    )


def test_a_district_answer_to_a_delegations_suggestion_numbered_with_a_letter() -> None:
    doc = checked("""\
关于市十七届人大三次会议第J045号建议的答复
东湖区代表团：
你团提出的《关于加快东湖区污水处理厂扩建的建议》收悉。现答复如下：
东湖区污水处理厂扩建工程已完成立项审批，计划于2024年10月开工建设，建成后日处理能力将由8万吨提高到15万吨。
感谢你团对生态环境保护工作的关心和支持！
南州市生态环境局
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十七届人大三次会议第J045号建议的答复",
        recipients=("东湖区代表团",),
        ref=("人大", "市", 17, 3, "J045", "建议", "关于加快东湖区污水处理厂扩建的建议", []),
        closing="感谢你团对生态环境保护工作的关心和支持！",
        signature=(("南州市生态环境局",), "2024-06-19", "2024年6月19日"),
    )


def test_an_answer_whose_disclosure_note_stands_under_its_title() -> None:
    doc = checked("""\
关于市十七届人大三次会议第0288号建议的答复
（此件公开发布）
滕某某代表：
您提出的《关于规范校外培训机构管理的建议》收悉。现答复如下：
今年以来，我局联合市场监管等部门开展校外培训专项治理，查处无证办学机构23家。
感谢您对教育工作的关心和支持。
南州市教育局
2024年6月6日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十七届人大三次会议第0288号建议的答复",
        disclosure="主动公开",
        recipients=("滕某某代表",),
        ref=("人大", "市", 17, 3, "0288", "建议", "关于规范校外培训机构管理的建议", []),
        signature=(("南州市教育局",), "2024-06-06", "2024年6月6日"),
    )


def test_a_subdistricts_proposal_in_half_width_punctuation_with_a_bracketed_phone_note() -> None:
    doc = checked("""\
文明养犬倡议书
广大居民朋友们:
为营造文明和谐的居住环境,金桥街道向全体居民发出如下倡议:
一、依法登记,按时免疫。
二、出门牵绳,及时清理犬只粪便。
让我们携起手来,共建文明家园!
东湖区金桥街道办事处
2024年9月10日
联系电话:0571-86731234(工作日)
""")
    expect(
        doc,
        kind="other",
        title="文明养犬倡议书",
        recipients=("广大居民朋友们",),
        # corrected, notes: the contract's closing is a courtesy or formula line (thanks, 特此…, 此复);
        # a 倡议书's last call to act (让我们…) is its body's conclusion, as rounds 6 and 7 read it
        closing=None,
        last="让我们携起手来,共建文明家园!",
        signature=(("东湖区金桥街道办事处",), "2024-09-10", "2024年9月10日"),
        contact={"phones": ("0571-86731234",)},
    )


def test_an_answer_page_under_its_breadcrumb_and_byline_with_the_headline_shown_again() -> None:
    doc = checked("""\
首页 > 信息公开 > 建议提案办理
关于市政协十二届三次会议第0311号提案的答复
发布时间：2024-07-05　来源：南州市教育局　浏览次数：126
关于市政协十二届三次会议第0311号提案的答复
鲁某某委员：
您提出的《关于加强中小学心理健康教育的提案》收悉。现答复如下：
我局已在全市中小学配备专兼职心理健康教师1260名，实现心理辅导室全覆盖。
感谢您对教育工作的关心和支持！
南州市教育局
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议第0311号提案的答复",
        recipients=("鲁某某委员",),
        ref=("政协", "市", 12, 3, "0311", "提案", "关于加强中小学心理健康教育的提案", []),
        closing="感谢您对教育工作的关心和支持！",
        signature=(("南州市教育局",), "2024-07-01", "2024年7月1日"),
    )


# --- batch 6 (written before the parser ran on it) -----------------------------------------------


def test_a_notice_printed_on_a_date_written_with_ling() -> None:
    doc = checked("""\
南州市应急管理局
南应急〔2023〕76号
南州市应急管理局关于开展冬春火灾防控工作的通知
各县（市、区）应急管理局：
为有效防范冬春季节火灾事故，现就有关工作通知如下：
一、全面排查火灾隐患
二、加强重点场所管控
南州市应急管理局
二零二三年十二月四日
抄送：市消防救援支队。
南州市应急管理局办公室　　　　二零二三年十二月五日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市应急管理局",
        number=("南应急〔2023〕76号", "南应急", 2023, 76),
        recipients=("各县（市、区）应急管理局",),
        signature=(("南州市应急管理局",), "2023-12-04", "二零二三年十二月四日"),
        imprint=(("市消防救援支队",), "南州市应急管理局办公室", "2023-12-05"),
    )


def test_minutes_whose_chair_and_attendance_lines_follow_the_organ_and_date_line() -> None:
    doc = checked("""\
青溪县人民政府常务会议纪要
第7期
青溪县人民政府办公室　　　　2024年5月21日
主持人：县长 方某某
参会人员：县政府领导班子成员，县直有关部门主要负责人
5月20日，县政府召开第7次常务会议，研究了以下事项：
一、关于城区供水管网改造项目
会议同意实施城区供水管网改造项目，总投资1.8亿元。
二、关于2024年农村公路建设计划
会议原则通过2024年农村公路建设计划。
""")
    expect(
        doc,
        kind="minutes",
        title="青溪县人民政府常务会议纪要",
        recipients=(),
        tree=[(1, "cn", "一、", "关于城区供水管网改造项目"), (1, "cn", "二、", "关于2024年农村公路建设计划")],
        signature=None,
    )


def test_a_districts_report_on_handling_all_deputies_suggestions_answers_none() -> None:
    doc = checked("""\
东湖区人民政府关于2023年区人大代表建议办理情况的报告
区人大常委会：
区七届人大三次会议期间，代表们共提出建议186件，交由区政府办理183件。截至目前，183件建议已全部办结，代表满意率为98.9%。
特此报告。
东湖区人民政府
2023年12月15日
""")
    expect(
        doc,
        kind="report",
        issuer="东湖区人民政府",
        title="东湖区人民政府关于2023年区人大代表建议办理情况的报告",
        recipients=("区人大常委会",),
        ref=None,
        closing="特此报告。",
        signature=(("东湖区人民政府",), "2023-12-15", "2023年12月15日"),
    )


def test_an_upward_letter_with_a_signer_and_a_contact_block_of_phone_and_fax_lines() -> None:
    doc = checked("""\
青溪县人民政府
青政函〔2024〕19号　　　　签发人：方某某
青溪县人民政府关于商请支持青溪至石门公路改造提升工程的函
江北省交通运输厅：
青溪至石门公路是我县通往石门旅游区的主要通道，现有路面狭窄、破损严重。为改善群众出行条件，恳请贵厅将该工程列入省级补助计划，给予资金支持。
盼予支持为感。
青溪县人民政府
2024年3月12日
联系人：县交通运输局 熊某
联系电话：0798-7221234
传真：0798-7221235
""")
    expect(
        doc,
        kind="letter",
        issuer="青溪县人民政府",
        number=("青政函〔2024〕19号", "青政函", 2024, 19),
        signer="方某某",
        title="青溪县人民政府关于商请支持青溪至石门公路改造提升工程的函",
        recipients=("江北省交通运输厅",),
        closing="盼予支持为感。",
        signature=(("青溪县人民政府",), "2024-03-12", "2024年3月12日"),
        # corrected, notes: a 传真 number is no phone in the project's reading (round 7 pins a fax cell out)
        contact={"name": "熊某", "phones": ("0798-7221234",), "unit": "县交通运输局"},
    )


def test_a_notice_whose_title_quotes_a_slogan_in_ascii_double_quotes() -> None:
    doc = checked("""\
南州市数据资源管理局
关于深化"一网通办"改革提升政务服务效能的通知
各县（市、区）数据资源管理局，市直各单位：
为深化"一网通办"改革，现就有关事项通知如下：
一、推进高频事项"掌上办"
二、推行"免证办"服务
南州市数据资源管理局
2024年4月8日
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市数据资源管理局",
        title='南州市数据资源管理局关于深化"一网通办"改革提升政务服务效能的通知',
        recipients=("各县（市、区）数据资源管理局", "市直各单位"),
        tree=[(1, "cn", "一、", '推进高频事项"掌上办"'), (1, "cn", "二、", '推行"免证办"服务')],
        signature=(("南州市数据资源管理局",), "2024-04-08", "2024年4月8日"),
    )


def test_a_township_congress_resolution_under_its_adoption_note() -> None:
    doc = checked("""\
石门镇第十八届人民代表大会第三次会议
关于镇人民政府工作报告的决议
（2024年1月12日石门镇第十八届人民代表大会第三次会议通过）
石门镇第十八届人民代表大会第三次会议听取和审议了镇长刘某某所作的镇人民政府工作报告。会议充分肯定镇人民政府过去一年的工作，同意报告提出的2024年工作安排，决定批准这个报告。
""")
    expect(
        doc,
        kind="resolution",
        title="石门镇第十八届人民代表大会第三次会议关于镇人民政府工作报告的决议",
        recipients=(),
        ref=None,
        signature=None,
    )


def test_a_joint_offices_printing_notice_named_over_its_title_on_one_line() -> None:
    doc = checked("""\
中共南州市委办公室　南州市人民政府办公室印发《关于加快建设人才强市的若干措施》的通知
各县（市、区）党委和人民政府，市直各单位：
《关于加快建设人才强市的若干措施》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。
中共南州市委办公室
南州市人民政府办公室
2024年2月28日
""")
    expect(
        doc,
        kind="notice",
        title="中共南州市委办公室南州市人民政府办公室印发《关于加快建设人才强市的若干措施》的通知",
        recipients=("各县（市、区）党委和人民政府", "市直各单位"),
        signature=(("中共南州市委办公室", "南州市人民政府办公室"), "2024-02-28", "2024年2月28日"),
    )


def test_an_answer_sent_to_the_proposals_committee_titled_ban_li_da_fu() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0402号提案的办理答复
市政协提案委员会：
万某某委员提出的《关于加强农村饮用水安全保障的提案》收悉。现将办理情况答复如下：
我局已完成全市农村饮用水水源地保护区划定，农村自来水普及率达到96.5%。
南州市水利局
2024年7月4日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届三次会议第0402号提案的办理答复",
        recipients=("市政协提案委员会",),
        ref=("政协", "市", 12, 3, "0402", "提案", "关于加强农村饮用水安全保障的提案", ["万某某"]),
        signature=(("南州市水利局",), "2024-07-04", "2024年7月4日"),
    )


# --- batch 7 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_numbered_in_lenticular_brackets_with_zi_free_di() -> None:
    doc = checked("""\
南州市城市管理局
南城管【2024】第8号
关于市十七届人大三次会议第0377号建议的答复
尊敬的龙某某、容某某代表：
您们提出的《关于整治城区占道经营的建议》收悉。现答复如下：
今年以来，我局在城区设置便民疏导点18处，清理占道经营3600余起。
感谢您们对城市管理工作的关心和支持！
南州市城市管理局
2024年6月17日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市城市管理局",
        number=("南城管【2024】第8号", "南城管", 2024, 8),
        title="关于市十七届人大三次会议第0377号建议的答复",
        recipients=("龙某某、容某某代表",),
        ref=("人大", "市", 17, 3, "0377", "建议", "关于整治城区占道经营的建议", []),
        signature=(("南州市城市管理局",), "2024-06-17", "2024年6月17日"),
    )


def test_a_hotline_answer_to_an_honoured_citizen_closing_with_thanks_for_the_call() -> None:
    doc = checked("""\
关于市民反映金桥路公交站台破损问题的答复
尊敬的市民朋友：
您好！您反映的金桥路公交站台顶棚破损问题收悉。经核实，我局已于8月20日完成站台顶棚更换，并对沿线其他站台进行了全面检查。
感谢您的来电！
南州市交通运输局
2024年8月22日
""")
    expect(
        doc,
        kind="reply",
        title="关于市民反映金桥路公交站台破损问题的答复",
        recipients=("市民朋友",),
        closing="感谢您的来电！",
        signature=(("南州市交通运输局",), "2024-08-22", "2024年8月22日"),
    )


def test_a_signer_written_with_a_half_width_colon_and_a_spaced_name() -> None:
    doc = checked("""\
青溪县卫生健康局
青卫〔2024〕27号　　　　签发人: 付  某
青溪县卫生健康局关于2024年上半年医疗卫生工作情况的报告
青溪县人民政府：
今年上半年，全县医疗机构门急诊量达126万人次，同比增长8.3%。县人民医院胸痛中心通过国家级认证。
特此报告。
青溪县卫生健康局
2024年7月5日
""")
    expect(
        doc,
        kind="report",
        issuer="青溪县卫生健康局",
        number=("青卫〔2024〕27号", "青卫", 2024, 27),
        signer="付某",
        title="青溪县卫生健康局关于2024年上半年医疗卫生工作情况的报告",
        recipients=("青溪县人民政府",),
        closing="特此报告。",
    )


def test_a_township_request_listing_attachments_on_numbered_label_lines() -> None:
    doc = checked("""\
石门镇人民政府关于申请建设石门镇污水处理站的请示
青溪县人民政府：
石门镇集镇区现有常住人口1.2万人，生活污水未经处理直排石门溪。为改善水环境，我镇拟建设日处理能力2000吨的污水处理站，总投资约1500万元。恳请县政府予以立项并给予资金支持。
妥否，请批示。
附件1：石门镇污水处理站建设方案
附件2：石门镇污水处理站投资估算表
石门镇人民政府
2024年4月18日
""")
    expect(
        doc,
        kind="request",
        issuer="石门镇人民政府",
        title="石门镇人民政府关于申请建设石门镇污水处理站的请示",
        recipients=("青溪县人民政府",),
        closing="妥否，请批示。",
        attachments=("石门镇污水处理站建设方案", "石门镇污水处理站投资估算表"),
        signature=(("石门镇人民政府",), "2024-04-18", "2024年4月18日"),
    )


def test_a_bulletin_whose_printing_line_names_no_date() -> None:
    doc = checked("""\
南州市教育局关于2024年全市中小学校园安全检查情况的通报
各县（市、区）教育局，市直属各学校：
2024年5月，市教育局组织对全市126所中小学校开展校园安全专项检查，共发现问题隐患312处，已整改298处。
请各地各校对照问题清单，于6月30日前全部完成整改。
南州市教育局
2024年6月3日
抄送：市公安局，市应急管理局。
南州市教育局办公室印发
""")
    expect(
        doc,
        kind="bulletin",
        issuer="南州市教育局",
        title="南州市教育局关于2024年全市中小学校园安全检查情况的通报",
        recipients=("各县（市、区）教育局", "市直属各学校"),
        signature=(("南州市教育局",), "2024-06-03", "2024年6月3日"),
        imprint=(("市公安局", "市应急管理局"), "南州市教育局办公室", None),
    )


def test_a_secret_notice_whose_copy_number_and_secrecy_stand_on_one_line() -> None:
    doc = checked("""\
000012　　秘密★1年
南州市人民政府办公室
南政办发〔2024〕31号
南州市人民政府办公室关于做好2024年度征兵工作的通知
各县（市、区）人民政府，市政府各部门：
根据上级部署，现就做好我市2024年度征兵工作通知如下：
一、征集对象
二、工作要求
南州市人民政府办公室
2024年3月6日
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市人民政府办公室",
        number=("南政办发〔2024〕31号", "南政办发", 2024, 31),
        security="秘密★1年",
        urgency=None,
        title="南州市人民政府办公室关于做好2024年度征兵工作的通知",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        signature=(("南州市人民政府办公室",), "2024-03-06", "2024年3月6日"),
    )


def test_an_answer_signed_with_a_yin_zhang_note_after_the_organ() -> None:
    doc = checked("""\
关于县十九届人大三次会议第66号建议的答复
鲍某某代表：
您提出的《关于加快石门镇集镇污水管网建设的建议》收悉。现答复如下：
石门镇集镇污水管网建设项目已完成初步设计，计划于今年四季度开工。
感谢您对生态环境工作的关心和支持。
青溪县住房和城乡建设局（印章）
2024年6月20日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十九届人大三次会议第66号建议的答复",
        recipients=("鲍某某代表",),
        ref=("人大", "县", 19, 3, "66", "建议", "关于加快石门镇集镇污水管网建设的建议", []),
        signature=(("青溪县住房和城乡建设局",), "2024-06-20", "2024年6月20日"),
    )


def test_an_opinion_closing_with_a_request_to_carry_it_out_and_a_copy_line() -> None:
    doc = checked("""\
南州市人民政府关于促进民营经济高质量发展的实施意见
南政发〔2024〕9号
各县（市、区）人民政府，市政府各部门：
为进一步促进民营经济高质量发展，现提出如下实施意见。
一、优化民营经济发展环境
二、加大对民营经济政策支持力度
以上意见，请结合实际认真贯彻落实。
南州市人民政府
2024年4月30日
抄送：市委各部门，市人大常委会办公室，市政协办公室。
""")
    expect(
        doc,
        kind="opinion",
        issuer="南州市人民政府",
        number=("南政发〔2024〕9号", "南政发", 2024, 9),
        title="南州市人民政府关于促进民营经济高质量发展的实施意见",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        closing="以上意见，请结合实际认真贯彻落实。",
        signature=(("南州市人民政府",), "2024-04-30", "2024年4月30日"),
        imprint=(("市委各部门", "市人大常委会办公室", "市政协办公室"), None, None),
    )


# --- batch 8 (written before the parser ran on it) -----------------------------------------------


def test_a_joint_answer_of_three_bureaus_signed_over_two_lines_dated_in_ideographs() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0129号提案的答复
石某某委员：
您提出的《关于加快城中村改造的提案》收悉。经市住房城乡建设局会同市自然资源和规划局、市财政局研究，现答复如下：
2024年全市计划启动城中村改造项目8个，涉及居民4200户。
感谢您对城市建设工作的关心和支持！
南州市住房和城乡建设局　南州市自然资源和规划局
南州市财政局
二〇二四年七月二日
""")
    expect(
        doc,
        kind="reply",
        recipients=("石某某委员",),
        ref=("政协", "市", 12, 3, "0129", "提案", "关于加快城中村改造的提案", []),
        signature=(
            ("南州市住房和城乡建设局", "南州市自然资源和规划局", "南州市财政局"),
            "2024-07-02",
            "二〇二四年七月二日",
        ),
    )


def test_a_contact_line_giving_a_landline_and_a_mobile_parted_by_a_pause_mark() -> None:
    doc = checked("""\
关于县十九届人大三次会议第81号建议的答复
邵某某代表：
您提出的《关于加强农村留守儿童关爱服务的建议》收悉。现答复如下：
全县已建成儿童之家186个，实现村（社区）全覆盖。
感谢您对民政工作的关心和支持。
青溪县民政局
2024年6月27日
联系人：伍某
联系电话：0798-7225678、13979812345
""")
    expect(
        doc,
        kind="reply",
        signature=(("青溪县民政局",), "2024-06-27", "2024年6月27日"),
        contact={"name": "伍某", "phones": ("0798-7225678", "13979812345")},
    )


def test_a_letter_copied_to_a_centre_and_an_institute_parted_by_a_pause_mark() -> None:
    doc = checked("""\
南州市卫生健康委员会关于协助做好登革热防控工作的函
南州市爱国卫生运动委员会办公室：
近期我市周边地区出现登革热本地病例。为有效防范疫情传入，商请贵办组织开展全市病媒生物防制工作。
请予支持为盼。
南州市卫生健康委员会
2024年8月15日
抄送：市疾病预防控制中心、市卫生健康监督所。
""")
    expect(
        doc,
        kind="letter",
        issuer="南州市卫生健康委员会",
        recipients=("南州市爱国卫生运动委员会办公室",),
        closing="请予支持为盼。",
        signature=(("南州市卫生健康委员会",), "2024-08-15", "2024年8月15日"),
        imprint=(("市疾病预防控制中心", "市卫生健康监督所"), None, None),
    )


def test_an_opinion_to_towns_with_subdistricts_in_brackets_and_county_units() -> None:
    doc = checked("""\
青溪县人民政府办公室关于加强耕地保护的实施意见
青政办发〔2024〕15号
各镇（街道），县直各单位：
为严格落实耕地保护制度，现提出如下意见。
一、严格耕地用途管制
二、加强耕地保护执法
青溪县人民政府办公室
2024年3月29日
""")
    expect(
        doc,
        kind="opinion",
        issuer="青溪县人民政府办公室",
        number=("青政办发〔2024〕15号", "青政办发", 2024, 15),
        recipients=("各镇（街道）", "县直各单位"),
        signature=(("青溪县人民政府办公室",), "2024-03-29", "2024年3月29日"),
    )


def test_a_county_police_announcement_numbered_by_year_signed_with_a_gong_zhang_note() -> None:
    doc = checked("""\
青溪县公安局通告
2024年第2号
为确保中考期间考生出行安全，决定于6月15日至17日对县第一中学周边道路实行交通管制。
特此通告。
青溪县公安局（公章）
2024年6月10日
""")
    expect(
        doc,
        kind="announcement",
        issuer="青溪县公安局",
        number=None,
        title="青溪县公安局通告",
        closing="特此通告。",
        signature=(("青溪县公安局",), "2024-06-10", "2024年6月10日"),
    )


def test_a_portal_reply_to_a_netizen_titled_hui_fu() -> None:
    doc = checked("""\
关于网友反映城北菜市场周边交通拥堵问题的回复
网友：
您好！您反映的问题收悉。我局已在城北菜市场周边增设临时停车泊位60个，并安排交警在早高峰时段现场疏导。
感谢您的关注与支持！
南州市公安局交通警察支队
2024年10月9日
""")
    expect(
        doc,
        kind="reply",
        title="关于网友反映城北菜市场周边交通拥堵问题的回复",
        recipients=("网友",),
        closing="感谢您的关注与支持！",
        signature=(("南州市公安局交通警察支队",), "2024-10-09", "2024年10月9日"),
    )


# --- batch 9 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_signed_by_two_bureaus_and_the_date_on_one_line() -> None:
    doc = checked("""\
关于市十七届人大三次会议第0412号建议的答复
贝某某代表：
您提出的《关于增加中小学体育课时的建议》收悉。现答复如下：
今年秋季学期起，全市义务教育阶段学校全面落实每天一节体育课。
感谢您对教育和体育工作的关心和支持。
南州市教育局　南州市体育局　　　　2024年6月30日
""")
    expect(
        doc,
        kind="reply",
        recipients=("贝某某代表",),
        closing="感谢您对教育和体育工作的关心和支持。",
        signature=(("南州市教育局", "南州市体育局"), "2024-06-30", "2024年6月30日"),
    )


def test_minutes_whose_imprint_ends_with_the_number_of_copies_printed() -> None:
    doc = checked("""\
青溪县人民政府专题会议纪要
第9期
青溪县人民政府办公室　　　　2024年8月6日
8月5日，副县长邵某某主持召开专题会议，研究县城防洪堤加固工程推进事宜。纪要如下：
一、会议要求县水利局于8月底前完成工程施工图设计。
二、会议明确工程所需资金由县财政统筹安排。
抄送：县委办公室，县人大常委会办公室，县政协办公室。
青溪县人民政府办公室　　　　2024年8月6日印发
（共印30份）
""")
    expect(
        doc,
        kind="minutes",
        title="青溪县人民政府专题会议纪要",
        signature=None,
        imprint=(("县委办公室", "县人大常委会办公室", "县政协办公室"), "青溪县人民政府办公室", "2024-08-06"),
    )


def test_a_decision_copied_to_the_court_and_the_procuratorate() -> None:
    doc = checked("""\
南州市人民政府
南政发〔2024〕12号
南州市人民政府关于废止部分市政府规范性文件的决定
各县（市、区）人民政府，市政府各部门：
经清理，市政府决定废止《南州市城市道路挖掘管理办法》等5件规范性文件。
南州市人民政府
2024年9月20日
抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级法院，市检察院。
南州市人民政府办公室　　　　2024年9月23日印发
""")
    expect(
        doc,
        kind="decision",
        issuer="南州市人民政府",
        number=("南政发〔2024〕12号", "南政发", 2024, 12),
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        signature=(("南州市人民政府",), "2024-09-20", "2024年9月20日"),
        imprint=(
            ("市委办公室", "市人大常委会办公室", "市政协办公室", "市中级法院", "市检察院"),
            "南州市人民政府办公室",
            "2024-09-23",
        ),
    )


def test_a_disclosure_label_under_the_printing_line() -> None:
    doc = checked("""\
南州市交通运输局关于做好2024年国庆假期道路运输保障工作的通知
各县（市、区）交通运输局：
为做好国庆假期道路运输保障工作，请各地加强运力调配和安全监管。
南州市交通运输局
2024年9月24日
抄送：市公安局交通警察支队。
南州市交通运输局办公室　　　　2024年9月24日印发
公开方式：依申请公开
""")
    expect(
        doc,
        kind="notice",
        disclosure="依申请公开",
        signature=(("南州市交通运输局",), "2024-09-24", "2024年9月24日"),
        imprint=(("市公安局交通警察支队",), "南州市交通运输局办公室", "2024-09-24"),
    )


def test_an_answer_to_the_committees_office_naming_the_deputy_in_its_opening() -> None:
    doc = checked("""\
关于市十七届人大三次会议第0455号建议办理情况的函
市人大常委会人事代表工作委员会：
周某某代表提出的《关于加强老年助餐服务的建议》收悉。现将办理情况函告如下：
全市已建成老年助餐点320个，今年新增60个。
南州市民政局
2024年7月9日
""")
    expect(
        doc,
        kind="letter",
        recipients=("市人大常委会人事代表工作委员会",),
        ref=("人大", "市", 17, 3, "0455", "建议", "关于加强老年助餐服务的建议", ["周某某"]),
        signature=(("南州市民政局",), "2024-07-09", "2024年7月9日"),
    )


def test_a_townships_half_year_review_signed_by_its_government() -> None:
    doc = checked("""\
石门镇2024年上半年工作总结
今年以来，石门镇围绕年度目标任务，统筹推进经济发展和民生改善各项工作。
一、主要工作成效
上半年全镇完成固定资产投资2.6亿元，同比增长12%。
二、下半年工作打算
下一步，全镇将聚焦项目建设，确保完成全年目标任务。
石门镇人民政府
2024年7月3日
""")
    expect(
        doc,
        kind="other",
        title="石门镇2024年上半年工作总结",
        tree=[(1, "cn", "一、", "主要工作成效"), (1, "cn", "二、", "下半年工作打算")],
        signature=(("石门镇人民政府",), "2024-07-03", "2024年7月3日"),
    )


# --- batch 10 (written before the parser ran on it) ----------------------------------------------


def test_an_answer_whose_note_gives_the_unit_and_phone_under_one_label() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0266号提案的答复
蒋某某委员：
您提出的《关于推进中小学课后服务提质的提案》收悉。现答复如下：
全市义务教育学校课后服务实现全覆盖，学生参与率达到93%。
感谢您对教育工作的关心和支持！
南州市教育局
2024年6月26日
（联系单位及电话：市教育局基础教育处，0571-87001111）
""")
    expect(
        doc,
        kind="reply",
        signature=(("南州市教育局",), "2024-06-26", "2024年6月26日"),
        contact={"phones": ("0571-87001111",), "unit": "市教育局基础教育处"},
    )


def test_a_distribution_scope_note_is_no_disclosure() -> None:
    doc = checked("""\
南州市人民政府关于调整市政府领导同志工作分工的通知
各县（市、区）人民政府，市政府各部门：
因工作需要，现将市政府领导同志工作分工调整如下：市长何某某主持市政府全面工作。
南州市人民政府
2024年10月8日
（此件发至县级）
""")
    expect(
        doc,
        kind="notice",
        disclosure=None,
        signature=(("南州市人民政府",), "2024-10-08", "2024年10月8日"),
    )


def test_a_printing_notice_whose_title_wraps_before_its_type_alone() -> None:
    doc = checked("""\
南州市人民政府办公室关于印发南州市2024年为民办实事项目
的通知
各县（市、区）人民政府，市政府各部门：
《南州市2024年为民办实事项目》已经市政府同意，现印发给你们，请认真组织实施。
南州市人民政府办公室
2024年2月20日
""")
    expect(
        doc,
        kind="notice",
        issuer="南州市人民政府办公室",
        title="南州市人民政府办公室关于印发南州市2024年为民办实事项目的通知",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
    )


def test_an_answer_addressed_to_two_offices_parted_by_a_pause_mark() -> None:
    doc = checked("""\
关于市政协十二届三次会议第0301号提案办理情况的报告
市政协提案委员会、市政府办公室：
市政协十二届三次会议第0301号《关于完善城市应急避难场所建设的提案》由我局主办。现将办理情况报告如下：
全市已建成各类应急避难场所156处，可容纳人数达85万人。
南州市应急管理局
2024年7月10日
""")
    expect(
        doc,
        kind="report",
        recipients=("市政协提案委员会", "市政府办公室"),
        ref=("政协", "市", 12, 3, "0301", "提案", "关于完善城市应急避难场所建设的提案", []),
        signature=(("南州市应急管理局",), "2024-07-10", "2024年7月10日"),
    )


def test_a_letter_numbered_with_di_and_a_zero_padded_serial() -> None:
    doc = checked("""\
南州市财政局
南财预函〔2024〕第015号
南州市财政局关于提前下达2025年部分转移支付资金预算的函
各县（市、区）财政局：
为加快预算执行，现提前下达2025年部分转移支付资金预算，请及时编入年初预算。
南州市财政局
2024年11月12日
""")
    expect(
        doc,
        kind="letter",
        issuer="南州市财政局",
        number=("南财预函〔2024〕第015号", "南财预函", 2024, 15),
        title="南州市财政局关于提前下达2025年部分转移支付资金预算的函",
        recipients=("各县（市、区）财政局",),
    )


def test_a_co_handling_opinion_signed_with_a_zhang_note() -> None:
    doc = checked("""\
关于区政协六届三次会议第0058号提案的会办意见
区教育局：
区政协六届三次会议第0058号《关于加强校园周边交通秩序管理的提案》收悉。经研究，现提出会办意见如下：
我大队将在全区中小学校门口上下学时段安排警力疏导交通。
南州市公安局东湖区分局交通警察大队（章）
2024年5月24日
""")
    expect(
        doc,
        kind="reply",
        recipients=("区教育局",),
        ref=("政协", "区", 6, 3, "0058", "提案", "关于加强校园周边交通秩序管理的提案", []),
        signature=(("南州市公安局东湖区分局交通警察大队",), "2024-05-24", "2024年5月24日"),
    )


# --- batch 11 (written before the parser ran on it) ----------------------------------------------


def test_a_joint_request_whose_signer_line_also_names_a_countersigner() -> None:
    doc = checked("""\
南州市水利局
南水〔2024〕41号　　　　签发人：韩某某　　会签人：甘某某
南州市水利局关于申请下达2024年小型水库除险加固资金的请示
南州市人民政府：
全市今年计划实施小型水库除险加固38座，需资金5700万元，恳请市政府下达市级补助资金1900万元。
妥否，请批示。
南州市水利局
2024年2月19日
""")
    expect(
        doc,
        kind="request",
        number=("南水〔2024〕41号", "南水", 2024, 41),
        signer="韩某某",
        title="南州市水利局关于申请下达2024年小型水库除险加固资金的请示",
        recipients=("南州市人民政府",),
    )


def test_a_hotline_answer_followed_by_its_return_visit_line() -> None:
    doc = checked("""\
关于反映石桥小区停水问题的答复
市民朋友：
您反映的石桥小区停水问题收悉。经查，系小区二次供水泵房设备故障所致，供水公司已于当日完成抢修，恢复正常供水。
感谢您对供水工作的理解和支持！
南州市水务集团有限公司
2024年11月5日
回访情况：满意
""")
    expect(
        doc,
        kind="reply",
        recipients=("市民朋友",),
        closing="感谢您对供水工作的理解和支持！",
        signature=(("南州市水务集团有限公司",), "2024-11-05", "2024年11月5日"),
    )


def test_a_reply_letter_whose_title_cites_the_request_and_its_number() -> None:
    doc = checked("""\
南州市人民政府关于对《东湖区人民政府关于设立东湖区文化产业园的请示》（东政〔2024〕15号）的复函
东湖区人民政府：
你区《关于设立东湖区文化产业园的请示》收悉。经研究，原则同意设立东湖区文化产业园。
此复。
南州市人民政府
2024年5月8日
""")
    expect(
        doc,
        kind="reply",
        issuer="南州市人民政府",
        number=None,
        title="南州市人民政府关于对《东湖区人民政府关于设立东湖区文化产业园的请示》（东政〔2024〕15号）的复函",
        recipients=("东湖区人民政府",),
        closing="此复。",
    )


def test_an_addressee_line_with_a_half_width_colon_and_trailing_space() -> None:
    doc = checked(
        "关于市十七届人大三次会议第0501号建议的答复\n"
        "姚某某代表: \n"  # the trailing space is the probe's point
        "您提出的《关于建设城市绿道的建议》收悉。现答复如下:\n"
        "今年我市新建城市绿道42公里。\n"
        "南州市园林局\n"
        "2024年6月21日\n"
    )
    expect(
        doc,
        kind="reply",
        recipients=("姚某某代表",),
        ref=("人大", "市", 17, 3, "0501", "建议", "关于建设城市绿道的建议", []),
    )


def test_a_telegram_notice_marked_te_ti() -> None:
    doc = checked("""\
特提
南州市防汛抗旱指挥部
南汛电〔2024〕9号
南州市防汛抗旱指挥部关于立即启动防汛Ⅱ级应急响应的紧急通知
各县（市、区）防汛抗旱指挥部，市防指各成员单位：
受强降雨影响，我市多条河流超警戒水位。市防指决定自即时起启动防汛Ⅱ级应急响应。
南州市防汛抗旱指挥部
2024年6月22日
""")
    expect(
        doc,
        kind="notice",
        urgency="特提",
        number=("南汛电〔2024〕9号", "南汛电", 2024, 9),
        issuer="南州市防汛抗旱指挥部",
        recipients=("各县（市、区）防汛抗旱指挥部", "市防指各成员单位"),
    )
