"""Round-7 blind probes of genres and real-world variety beyond the dev corpus: answers to 人大代表建议
and 政协提案 of many places, years and wordings, and the other genres of 公文 (通知, 批复, 请示, 函,
通告, 纪要, 办法, 方案, 讲话, 倡议书, 信访 and 12345 answers …), each probing the header and trailer
forms as they vary in real documents (发文字号 brackets, titles over several lines, 签发人, 份号,
密级, 紧急程度, 公开属性 wordings, handling categories, proposal references, closings, joint
signatures, dates in ideographs, 附件 lists, contact blocks, 版记). Every expected value was written
by hand from the contract and the domain guide and committed before the parser ran on the batch;
every document also keeps the span invariants, invents no character and raises no internal error."""

from __future__ import annotations

from collections.abc import Callable

import govdoc
from tests.probing import checked, codes, head, trailer, tree

FIELDS: dict[str, Callable[[govdoc.Document], object]] = {
    "kind": lambda d: d.kind,
    "issuer": lambda d: head(d)["issuer"],
    "number": lambda d: head(d)["number"],
    "title": lambda d: head(d)["title"],
    "recipients": lambda d: tuple(head(d)["recipients"]),
    "signer": lambda d: head(d)["signer"],
    "urgency": lambda d: head(d)["urgency"],
    "security": lambda d: head(d)["security"],
    "metadata": lambda d: head(d)["metadata"],
    "category": lambda d: head(d)["category"],
    "disclosure": lambda d: head(d)["disclosure"],
    "ref": lambda d: head(d)["ref"],
    "preamble": lambda d: [p.text for p in d.preamble],
    "tree": tree,
    "closing": lambda d: trailer(d)["closing"],
    "signature": lambda d: trailer(d)["signature"],
    "contact": lambda d: trailer(d)["contact"],
    "imprint": lambda d: trailer(d)["imprint"],
    "attachments": lambda d: tuple(d.attachments),
    "last": lambda d: trailer(d)["last"],
    "warnings": codes,
}


def expect(doc: govdoc.Document, **want: object) -> None:
    """Compare every named field at once, so one run shows all of a probe's misses."""
    wrong = {k: {"got": FIELDS[k](doc), "want": v} for k, v in want.items() if FIELDS[k](doc) != v}
    assert not wrong, wrong


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_county_deputy_suggestion_answer_under_a_lone_category_line_and_square_brackets() -> None:
    doc = checked("""\
A类
公开方式：主动公开
东湖县农业农村局
东农函[2024]18号
关于对县十八届人大三次会议第56号建议的
答复
张建国代表：
您在县十八届人大三次会议上提出的《关于加快发展特色农业产业的建议》收悉。现答复如下：
一、基本情况
近年来，我局围绕茶叶、油茶、蔬菜三大特色产业，累计投入产业发展资金2860万元，建成标准化基地1.2万亩。
二、下一步工作
下一步，我局将继续加大项目争取力度，培育壮大龙头企业，推动特色产业提质增效。
感谢您对农业农村工作的关心和支持！
东湖县农业农村局
2024年6月20日
（联系人：王丽；联系电话：0731-85221234）
抄送：县人大常委会人代工委，县政府办公室。
""")
    expect(
        doc,
        kind="reply",
        issuer="东湖县农业农村局",
        number=("东农函[2024]18号", "东农函", 2024, 18),
        title="关于对县十八届人大三次会议第56号建议的答复",
        recipients=("张建国代表",),
        category="A",
        disclosure="主动公开",
        metadata={"公开方式": "主动公开"},
        ref=("人大", "县", 18, 3, "56", "建议", "关于加快发展特色农业产业的建议", []),
        tree=[(1, "cn", "一、", "基本情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对农业农村工作的关心和支持！",
        signature=(("东湖县农业农村局",), "2024-06-20", "2024年6月20日"),
        contact={"name": "王丽", "phones": ("0731-85221234",)},
        imprint=(("县人大常委会人代工委", "县政府办公室"), None, None),
    )


def test_a_2019_proposal_answer_with_signer_on_the_number_line_and_an_ideograph_date() -> None:
    doc = checked("""\
临江市住房和城乡建设局文件
临建（2019）112号　　　　　　　　签发人：陈志刚
答复类别：B
对市政协十三届四次会议第0235号提案的答复
民进临江市委员会：
贵委提出的《关于推进老旧小区加装电梯的提案》收悉。经认真研究，现将办理情况答复如下：
（一）工作进展
截至目前，全市已完成既有住宅加装电梯86台，另有43台正在施工。
（二）存在困难
部分小区低层住户意见不一，协调难度较大；管线迁改费用较高。
（三）下一步打算
下一步，我局将会同各区政府完善协商议事机制，简化审批流程。
再次感谢贵委对住房城乡建设工作的关心！
临江市住房和城乡建设局
二〇一九年七月十五日
联系单位：市住建局房产科
联系人：赵敏
联系电话：0576-88123456
""")
    expect(
        doc,
        kind="reply",
        issuer="临江市住房和城乡建设局",
        number=("临建（2019）112号", "临建", 2019, 112),
        signer="陈志刚",
        title="对市政协十三届四次会议第0235号提案的答复",
        recipients=("民进临江市委员会",),
        category="B",
        ref=("政协", "市", 13, 4, "0235", "提案", "关于推进老旧小区加装电梯的提案", []),
        tree=[
            (1, "cn-paren", "（一）", "工作进展"),
            (1, "cn-paren", "（二）", "存在困难"),
            (1, "cn-paren", "（三）", "下一步打算"),
        ],
        closing="再次感谢贵委对住房城乡建设工作的关心！",
        signature=(("临江市住房和城乡建设局",), "2019-07-15", "二〇一九年七月十五日"),
        contact={"name": "赵敏", "phones": ("0576-88123456",), "unit": "市住建局房产科"},
        imprint=None,
    )


def test_a_secret_urgent_provincial_notice_under_its_copy_number_with_two_attachments() -> None:
    doc = checked("""\
000086
秘密★1年
特急
江南省应急管理厅文件
江应急〔2024〕37号
江南省应急管理厅关于做好2024年
汛期安全生产工作的紧急通知
各设区市应急管理局，省安委会有关成员单位：
当前我省已全面进入主汛期，为切实做好汛期安全生产工作，现将有关事项通知如下：
一、提高思想认识
各地要充分认识汛期安全生产工作的极端重要性，克服麻痹思想和侥幸心理。
二、强化隐患排查
要聚焦尾矿库、危化品仓储、建筑施工等重点领域，全面开展隐患排查整治。
三、严格值班值守
严格落实24小时值班和领导带班制度，确保信息畅通。
附件：1.汛期安全生产检查表
2.汛期值班安排表
江南省应急管理厅
2024年5月28日
（此件不公开）
抄送：应急管理部，省委办公厅，省政府办公厅。
江南省应急管理厅办公室　　　　　　　　2024年5月28日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="江南省应急管理厅",
        number=("江应急〔2024〕37号", "江应急", 2024, 37),
        security="秘密★1年",
        urgency="特急",
        title="江南省应急管理厅关于做好2024年汛期安全生产工作的紧急通知",
        recipients=("各设区市应急管理局", "省安委会有关成员单位"),
        disclosure="不予公开",
        tree=[
            (1, "cn", "一、", "提高思想认识"),
            (1, "cn", "二、", "强化隐患排查"),
            (1, "cn", "三、", "严格值班值守"),
        ],
        attachments=("汛期安全生产检查表", "汛期值班安排表"),
        closing=None,
        signature=(("江南省应急管理厅",), "2024-05-28", "2024年5月28日"),
        imprint=(("应急管理部", "省委办公厅", "省政府办公厅"), "江南省应急管理厅办公室", "2024-05-28"),
    )


def test_a_county_approval_numbered_in_lenticular_brackets_dated_with_white_circle() -> None:
    doc = checked("""\
青原县人民政府
青政复【2023】9号
青原县人民政府关于同意设立青原县
城南小学的批复
县教育局：
你局《关于设立青原县城南小学的请示》（青教字〔2023〕15号）收悉。经研究，现批复如下：
一、同意设立青原县城南小学，学校性质为全日制公办小学，办学规模为36个教学班，招收城南片区适龄儿童入学。
二、学校所需编制由县委编办在全县中小学教职工编制总量内统筹调剂解决，所需经费列入县级财政预算。
此复。
青原县人民政府
二○二三年三月八日
（此件主动公开）
抄送：县发展改革局，县财政局，县自然资源局。
""")
    expect(
        doc,
        kind="approval",
        issuer="青原县人民政府",
        number=("青政复【2023】9号", "青政复", 2023, 9),
        title="青原县人民政府关于同意设立青原县城南小学的批复",
        recipients=("县教育局",),
        disclosure="主动公开",
        tree=[(1, "cn", "一、", None), (1, "cn", "二、", None)],
        closing="此复。",
        signature=(("青原县人民政府",), "2023-03-08", "二○二三年三月八日"),
        imprint=(("县发展改革局", "县财政局", "县自然资源局"), None, None),
    )


def test_a_portal_answer_letter_to_a_proposal_numbered_in_eight_digits_under_its_table() -> None:
    doc = checked("""\
索引号：11320500MB1234567X/2024-00321
发文机关：滨海市交通运输局
文号：滨交函〔2024〕88号
成文日期：2024-07-02
公开属性：主动公开
办理结果：已采纳
关于市政协十四届二次会议第20240156号提案答复的函
王芳委员：
您领衔提出的《关于优化城区公交线网的提案》收悉。现将办理情况答复如下：
1．加密骨干线路。今年以来，我局新开通公交线路6条，优化调整线路14条。
2．推进站点改造。完成港湾式站台改造32处，新增候车亭58座。
3．提升服务水平。全面推行移动支付，实现公交线路实时查询全覆盖。
感谢您对交通运输工作的关心和支持。
滨海市交通运输局
2024年7月2日
联系人：孙磊　　电话：0512-66881234
""")
    expect(
        doc,
        kind="reply",
        issuer="滨海市交通运输局",
        number=("滨交函〔2024〕88号", "滨交函", 2024, 88),
        title="关于市政协十四届二次会议第20240156号提案答复的函",
        recipients=("王芳委员",),
        metadata={
            "索引号": "11320500MB1234567X/2024-00321",
            "发文机关": "滨海市交通运输局",
            "文号": "滨交函〔2024〕88号",
            "成文日期": "2024-07-02",
            "公开属性": "主动公开",
            "办理结果": "已采纳",
        },
        category="A",
        disclosure="主动公开",
        ref=("政协", "市", 14, 2, "20240156", "提案", "关于优化城区公交线网的提案", []),
        tree=[
            (1, "num", "1．", "加密骨干线路"),
            (1, "num", "2．", "推进站点改造"),
            (1, "num", "3．", "提升服务水平"),
        ],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("滨海市交通运输局",), "2024-07-02", "2024年7月2日"),
        contact={"name": "孙磊", "phones": ("0512-66881234",)},
    )


def test_a_township_announcement_closing_te_ci_tong_gao_with_run_in_headings() -> None:
    doc = checked("""\
临湖镇人民政府关于禁止露天焚烧秸秆的通告
为保护大气环境，保障人民群众身体健康，根据《中华人民共和国大气污染防治法》等有关规定，结合本镇实际，现就禁止露天焚烧秸秆有关事项通告如下：
一、禁止范围。本镇行政区域内所有农田、道路两侧、河道沿岸及村庄周边禁止露天焚烧秸秆。
二、禁止时段。全年禁止，重点时段为每年5月20日至6月30日、10月1日至11月15日。
三、处罚措施。对违反本通告的，由相关部门依法予以处罚。
本通告自发布之日起施行。
特此通告。
临湖镇人民政府
2024年5月16日
""")
    expect(
        doc,
        kind="announcement",
        issuer="临湖镇人民政府",
        number=None,
        title="临湖镇人民政府关于禁止露天焚烧秸秆的通告",
        recipients=(),
        tree=[
            (1, "cn", "一、", "禁止范围"),
            (1, "cn", "二、", "禁止时段"),
            (1, "cn", "三、", "处罚措施"),
        ],
        closing="特此通告。",
        signature=(("临湖镇人民政府",), "2024-05-16", "2024年5月16日"),
    )


def test_a_standing_committee_office_letter_forwarding_deliberation_opinions() -> None:
    doc = checked("""\
临江市人民代表大会常务委员会办公室
临人大常办函〔2024〕12号
关于转交《市人大常委会关于全市养老服务工作情况报告的审议意见》的函
市人民政府：
市十七届人大常委会第十八次会议听取和审议了市人民政府关于全市养老服务工作情况的报告。现将常委会组成人员的审议意见转交你们，请认真研究处理，并于2024年10月31日前将研究处理情况书面报告市人大常委会。
特此函告。
附件：市人大常委会关于全市养老服务工作情况报告的审议意见
临江市人民代表大会常务委员会办公室
2024年8月26日
""")
    expect(
        doc,
        kind="letter",
        issuer="临江市人民代表大会常务委员会办公室",
        number=("临人大常办函〔2024〕12号", "临人大常办函", 2024, 12),
        title="关于转交《市人大常委会关于全市养老服务工作情况报告的审议意见》的函",
        recipients=("市人民政府",),
        ref=None,
        tree=[],
        closing="特此函告。",
        attachments=("市人大常委会关于全市养老服务工作情况报告的审议意见",),
        signature=(("临江市人民代表大会常务委员会办公室",), "2024-08-26", "2024年8月26日"),
    )


def test_a_request_whose_title_runs_over_three_lines_under_its_organ_line() -> None:
    doc = checked("""\
北川区教育局文件
北教〔2024〕23号　　　　　　　签发人：李华
北川区教育局
关于申请追加2024年度义务教育
学校校舍维修改造专项资金的
请示
区人民政府：
经排查，我区有12所义务教育学校的校舍存在屋面渗漏、墙体开裂等安全隐患，急需维修改造。经测算，共需资金680万元，年初预算已安排300万元，尚有缺口380万元。为保障师生安全，特申请区财政追加专项资金380万元。
妥否，请批示。
北川区教育局
2024年4月12日
（联系人：周强，联系电话：13812345678）
""")
    expect(
        doc,
        kind="request",
        issuer="北川区教育局",
        number=("北教〔2024〕23号", "北教", 2024, 23),
        signer="李华",
        title="北川区教育局关于申请追加2024年度义务教育学校校舍维修改造专项资金的请示",
        recipients=("区人民政府",),
        tree=[],
        closing="妥否，请批示。",
        signature=(("北川区教育局",), "2024-04-12", "2024年4月12日"),
        contact={"name": "周强", "phones": ("13812345678",)},
    )


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_a_ministry_answer_to_a_national_deputy_with_a_combined_unit_and_phone_note() -> None:
    doc = checked("""\
中华人民共和国生态环境部
环土壤函〔2024〕215号
关于十四届全国人大二次会议第3456号建议的答复
刘志明代表：
您提出的关于加强农村黑臭水体治理的建议收悉。经商财政部、住房城乡建设部，现答复如下：
一、关于加大资金支持力度
中央财政通过土壤污染防治专项资金支持各地开展农村黑臭水体治理，2023年安排资金40亿元。
二、关于完善长效管护机制
我部将指导各地建立健全治理成效评估和长效管护机制，防止水体返黑返臭。
感谢您对生态环境工作的关心和支持。
生态环境部
2024年7月12日
（此件公开发布）
（联系单位及电话：土壤生态环境司 010-65646789）
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国生态环境部",
        number=("环土壤函〔2024〕215号", "环土壤函", 2024, 215),
        title="关于十四届全国人大二次会议第3456号建议的答复",
        recipients=("刘志明代表",),
        disclosure="主动公开",
        ref=("人大", "全国", 14, 2, "3456", "建议", "关于加强农村黑臭水体治理的建议", []),
        tree=[(1, "cn", "一、", "关于加大资金支持力度"), (1, "cn", "二、", "关于完善长效管护机制")],
        closing="感谢您对生态环境工作的关心和支持。",
        signature=(("生态环境部",), "2024-07-12", "2024年7月12日"),
        contact={"phones": ("010-65646789",), "unit": "土壤生态环境司"},
    )


def test_a_provincial_proposal_answer_naming_its_proposers_with_a_bracketed_class_under_the_title() -> None:
    doc = checked("""\
江南省文化和旅游厅
江文旅函〔2024〕57号
关于对政协江南省第十三届委员会第二次会议第0398号提案的答复
（B类）
农工党江南省委会：
你们提出的《关于推动乡村旅游高质量发展的提案》（第0398号，提案人：张伟、李娜）收悉。现将办理情况答复如下：
一、关于完善乡村旅游规划
我厅已会同省自然资源厅编制全省乡村旅游发展规划，目前正在征求意见。
二、关于培育乡村旅游品牌
下一步，我厅将持续开展乡村旅游重点村镇创建，力争年内新增省级重点村20个。
衷心感谢你们对全省文化和旅游工作的关心和支持，欢迎继续提出宝贵意见。
江南省文化和旅游厅
二〇二四年六月二十八日
""")
    expect(
        doc,
        kind="reply",
        issuer="江南省文化和旅游厅",
        number=("江文旅函〔2024〕57号", "江文旅函", 2024, 57),
        title="关于对政协江南省第十三届委员会第二次会议第0398号提案的答复",
        recipients=("农工党江南省委会",),
        category="B",
        ref=("政协", "省", 13, 2, "0398", "提案", "关于推动乡村旅游高质量发展的提案", ["张伟", "李娜"]),
        tree=[(1, "cn", "一、", "关于完善乡村旅游规划"), (1, "cn", "二、", "关于培育乡村旅游品牌")],
        closing="衷心感谢你们对全省文化和旅游工作的关心和支持，欢迎继续提出宝贵意见。",
        signature=(("江南省文化和旅游厅",), "2024-06-28", "二〇二四年六月二十八日"),
    )


def test_a_university_printing_notice_to_its_schools_and_offices_with_a_printing_line_only() -> None:
    doc = checked("""\
江南理工大学文件
江理工校〔2024〕45号
关于印发《江南理工大学研究生学业奖学金评定办法（修订）》的通知
各学院、各部门：
《江南理工大学研究生学业奖学金评定办法（修订）》已经2024年第9次校长办公会审议通过，现印发给你们，请认真遵照执行。
江南理工大学
2024年9月3日
江南理工大学校长办公室　　　　　　2024年9月4日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="江南理工大学",
        number=("江理工校〔2024〕45号", "江理工校", 2024, 45),
        title="关于印发《江南理工大学研究生学业奖学金评定办法（修订）》的通知",
        recipients=("各学院、各部门",),
        signature=(("江南理工大学",), "2024-09-03", "2024年9月3日"),
        imprint=((), "江南理工大学校长办公室", "2024-09-04"),
    )


def test_a_state_enterprise_notice_to_its_departments_and_subsidiaries() -> None:
    doc = checked("""\
江南交通投资集团有限公司文件
江南交投发〔2024〕8号
关于开展2024年度安全生产大检查的通知
集团各部室、各子公司：
为深入贯彻落实安全生产工作部署，集团决定于2024年3月至4月开展安全生产大检查。现将有关事项通知如下：
一、检查范围
集团各部室、各子公司及其所属项目部。
二、检查内容
安全生产责任制落实、隐患排查治理、应急管理等情况。
三、工作要求
各单位要高度重视，于4月30日前将自查报告报集团安全环保部。
江南交通投资集团有限公司
2024年3月1日
抄送：集团领导班子成员。
江南交通投资集团有限公司综合办公室　　　2024年3月1日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="江南交通投资集团有限公司",
        number=("江南交投发〔2024〕8号", "江南交投发", 2024, 8),
        title="关于开展2024年度安全生产大检查的通知",
        recipients=("集团各部室、各子公司",),
        tree=[(1, "cn", "一、", "检查范围"), (1, "cn", "二、", "检查内容"), (1, "cn", "三、", "工作要求")],
        signature=(("江南交通投资集团有限公司",), "2024-03-01", "2024年3月1日"),
        imprint=(("集团领导班子成员",), "江南交通投资集团有限公司综合办公室", "2024-03-01"),
    )


def test_a_joint_bulletin_signed_side_by_side_with_a_zero_padded_date() -> None:
    doc = checked("""\
中共清河县委办公室　清河县人民政府办公室文件
清办发〔2024〕2号
关于2023年第四季度重点工作督查情况的通报
各乡镇党委和人民政府，县委各部门，县直各单位：
根据县委、县政府工作安排，县委督查室、县政府督查室于2023年12月对全县重点工作推进情况进行了督查，现将有关情况通报如下：
一、总体情况
全县42项重点工作中，已完成38项，完成率90.5%。
二、存在问题
个别项目前期工作推进缓慢，要素保障不够有力。
三、下步要求
各责任单位要对照问题清单，逐项制定整改措施，于1月31日前报送整改情况。
中共清河县委办公室　　　　清河县人民政府办公室
2024年01月05日
""")
    expect(
        doc,
        kind="bulletin",
        number=("清办发〔2024〕2号", "清办发", 2024, 2),
        title="关于2023年第四季度重点工作督查情况的通报",
        recipients=("各乡镇党委和人民政府", "县委各部门", "县直各单位"),
        tree=[(1, "cn", "一、", "总体情况"), (1, "cn", "二、", "存在问题"), (1, "cn", "三、", "下步要求")],
        signature=(("中共清河县委办公室", "清河县人民政府办公室"), "2024-01-05", "2024年01月05日"),
    )


def test_a_speech_with_its_speaker_and_bracketed_date_under_the_title() -> None:
    doc = checked("""\
在全县优化营商环境大会上的讲话
县委书记　王建军
（2024年2月26日）
同志们：
今天，我们召开全县优化营商环境大会，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。
一、提高站位，深刻认识优化营商环境的重大意义
营商环境就是生产力、竞争力。我们要把优化营商环境作为一号工程来抓。
二、突出重点，全力打造一流营商环境
要在政务服务、要素保障、法治保障上持续用力。
三、强化保障，确保各项任务落地见效
各级各部门要压实责任，以钉钉子精神抓好落实。
同志们，优化营商环境只有进行时，没有完成时。让我们以更加昂扬的斗志，为全县高质量发展作出新的更大贡献！
""")
    expect(
        doc,
        kind="other",
        title="在全县优化营商环境大会上的讲话",
        number=None,
        tree=[
            (1, "cn", "一、", "提高站位，深刻认识优化营商环境的重大意义"),
            (1, "cn", "二、", "突出重点，全力打造一流营商环境"),
            (1, "cn", "三、", "强化保障，确保各项任务落地见效"),
        ],
        signature=None,
    )


def test_a_proposal_letter_to_the_public_with_a_yi_shu_title_and_run_in_headings() -> None:
    doc = checked("""\
文明祭扫倡议书
广大市民朋友们：
清明节将至，为倡导文明、绿色、安全的祭扫新风尚，市文明办向全市广大市民发出如下倡议：
一、倡导文明祭扫。提倡以鲜花祭奠、植树缅怀、网上祭扫等方式寄托哀思。
二、倡导绿色祭扫。不在山林、墓区焚烧纸钱、燃放鞭炮。
三、倡导安全祭扫。遵守交通规则，错峰出行，注意人身和财产安全。
市民朋友们，让我们从自身做起，共同营造文明和谐的清明祭扫环境！
临江市精神文明建设委员会办公室
2024年3月28日
""")
    expect(
        doc,
        kind="other",
        title="文明祭扫倡议书",
        recipients=("广大市民朋友们",),
        tree=[
            (1, "cn", "一、", "倡导文明祭扫"),
            (1, "cn", "二、", "倡导绿色祭扫"),
            (1, "cn", "三、", "倡导安全祭扫"),
        ],
        signature=(("临江市精神文明建设委员会办公室",), "2024-03-28", "2024年3月28日"),
    )


def test_a_township_commendation_decision_signed_by_party_and_government_on_two_lines() -> None:
    doc = checked("""\
中共临湖镇委员会　临湖镇人民政府
关于表彰2023年度先进集体和先进个人的决定
临委发〔2024〕3号
各村（社区）党组织、村（居）委会，镇属各单位：
2023年，全镇上下团结一心、真抓实干，涌现出一批先进集体和先进个人。为表彰先进、树立典型，经镇党委、镇政府研究，决定授予临湖村等5个村（社区）“先进集体”称号，授予张明等20名同志“先进个人”称号。
希望受表彰的先进集体和个人珍惜荣誉，再接再厉，再创佳绩。
附件：2023年度先进集体和先进个人名单
中共临湖镇委员会
临湖镇人民政府
2024年2月2日
""")
    expect(
        doc,
        kind="decision",
        number=("临委发〔2024〕3号", "临委发", 2024, 3),
        recipients=("各村（社区）党组织、村（居）委会", "镇属各单位"),
        attachments=("2023年度先进集体和先进个人名单",),
        signature=(("中共临湖镇委员会", "临湖镇人民政府"), "2024-02-02", "2024年2月2日"),
    )


def test_a_railway_company_reply_letter_to_a_city_government_closing_te_ci_han_fu() -> None:
    doc = checked("""\
中国铁路江南局集团有限公司
江铁函〔2024〕66号
关于商请支持临江港区铁路专用线建设的复函
临江市人民政府：
你市《关于商请支持临江港区铁路专用线建设的函》（临政函〔2024〕31号）收悉。经研究，我公司原则同意临江港区铁路专用线在临江北站接轨，请你市抓紧开展项目前期工作，接轨方案另行审查。
特此函复。
中国铁路江南局集团有限公司
2024年5月9日
""")
    expect(
        doc,
        kind="reply",
        issuer="中国铁路江南局集团有限公司",
        number=("江铁函〔2024〕66号", "江铁函", 2024, 66),
        title="关于商请支持临江港区铁路专用线建设的复函",
        recipients=("临江市人民政府",),
        ref=None,
        closing="特此函复。",
        signature=(("中国铁路江南局集团有限公司",), "2024-05-09", "2024年5月9日"),
    )


# --- batch 3 (written before the parser ran on it) -----------------------------------------------


def test_a_petition_handling_opinion_under_its_organ_with_the_number_after_the_title() -> None:
    doc = checked("""\
临江市市场监督管理局
信访事项处理意见书
临市监信复〔2024〕15号
刘某某：
您于2024年4月2日通过市信访局网上信访平台反映的某超市销售过期食品的信访事项，我局已于4月3日依法受理。经调查核实，该超市确有销售超过保质期食品的行为，我局已依法对其立案查处。
如不服本处理意见，可自收到本意见书之日起30日内向临江市人民政府请求复查。
临江市市场监督管理局
2024年4月28日
""")
    expect(
        doc,
        kind="other",
        issuer="临江市市场监督管理局",
        number=("临市监信复〔2024〕15号", "临市监信复", 2024, 15),
        title="信访事项处理意见书",
        recipients=("刘某某",),
        ref=None,
        signature=(("临江市市场监督管理局",), "2024-04-28", "2024年4月28日"),
    )


def test_a_co_handling_opinion_to_the_lead_unit_disclosed_on_request() -> None:
    doc = checked("""\
临江市自然资源和规划局
临自然资规函〔2024〕41号
关于市人大十六届三次会议第0456号建议的协办意见
市住房和城乡建设局：
市人大十六届三次会议第0456号《关于加快老旧小区停车设施建设的建议》收悉。经研究，现将我局协办意见函告如下：
一、关于停车设施用地保障
我局将在国土空间详细规划编制中统筹安排公共停车设施用地。
二、关于简化审批手续
对利用边角地建设临时停车场的，按临时用地办理手续。
临江市自然资源和规划局
2024年5月20日
（此件依申请公开）
（联系人：冯某，电话：0576-88230011）
""")
    expect(
        doc,
        kind="reply",
        issuer="临江市自然资源和规划局",
        number=("临自然资规函〔2024〕41号", "临自然资规函", 2024, 41),
        title="关于市人大十六届三次会议第0456号建议的协办意见",
        recipients=("市住房和城乡建设局",),
        disclosure="依申请公开",
        ref=("人大", "市", 16, 3, "0456", "建议", "关于加快老旧小区停车设施建设的建议", []),
        tree=[(1, "cn", "一、", "关于停车设施用地保障"), (1, "cn", "二、", "关于简化审批手续")],
        closing=None,
        signature=(("临江市自然资源和规划局",), "2024-05-20", "2024年5月20日"),
        contact={"name": "冯某", "phones": ("0576-88230011",)},
    )


def test_a_standing_committee_resolution_under_its_adoption_note_without_a_signature() -> None:
    doc = checked("""\
临江市人民代表大会常务委员会关于批准2023年市级决算的决议
（2024年8月28日临江市第十七届人民代表大会常务委员会第二十次会议通过）
临江市第十七届人民代表大会常务委员会第二十次会议听取了市财政局局长受市人民政府委托所作的《关于临江市2023年市级决算的报告》和市审计局局长所作的审计工作报告，审查了2023年市级决算（草案）。会议结合审议审计工作报告，同意市人民代表大会财政经济委员会提出的审查结果报告，决定批准2023年市级决算。
""")
    expect(
        doc,
        kind="resolution",
        issuer="临江市人民代表大会常务委员会",
        title="临江市人民代表大会常务委员会关于批准2023年市级决算的决议",
        number=None,
        recipients=(),
        tree=[],
        signature=None,
    )


def test_an_audit_report_read_to_the_standing_committee_under_its_dash_subtitle() -> None:
    doc = checked("""\
关于2023年度市级预算执行和其他财政收支的审计工作报告
——2024年8月27日在市十七届人大常委会第二十次会议上
市审计局局长　王志华
主任、各位副主任、秘书长、各位委员：
我受市人民政府委托，报告2023年度市级预算执行和其他财政收支的审计情况，请予审议。
一、市级预算执行审计情况
审计结果表明，市级预算执行情况总体较好，财政收支基本平衡。
二、审计发现问题的整改情况
对审计发现的问题，市审计局将持续跟踪督促整改，年底前向市人大常委会报告全面整改情况。
""")
    expect(
        doc,
        kind="report",
        title="关于2023年度市级预算执行和其他财政收支的审计工作报告",
        number=None,
        tree=[(1, "cn", "一、", "市级预算执行审计情况"), (1, "cn", "二、", "审计发现问题的整改情况")],
        signature=None,
    )


def test_a_provincial_office_opinion_to_cities_counties_and_departments_with_a_long_cc() -> None:
    doc = checked("""\
江南省人民政府办公厅文件
江政办发〔2024〕19号
江南省人民政府办公厅关于加快发展银发经济
增进老年人福祉的实施意见
各市、县（市、区）人民政府，省政府各部门、各直属机构：
为贯彻落实国家关于发展银发经济的决策部署，经省政府同意，现提出如下实施意见。
一、总体要求
到2027年，全省银发经济规模显著扩大，老年用品和服务供给更加丰富。
二、重点任务
（一）扩大老年助餐服务。到2025年底，城市社区老年助餐服务覆盖率达到80%。
（二）发展社区便民服务。推进一刻钟便民生活圈建设。
三、保障措施
各地各部门要强化组织领导，加强政策协同，抓好贯彻落实。
江南省人民政府办公厅
2024年4月30日
（此件公开发布）
抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。
江南省人民政府办公厅　　　　　　　　2024年4月30日印发
""")
    expect(
        doc,
        kind="opinion",
        issuer="江南省人民政府办公厅",
        number=("江政办发〔2024〕19号", "江政办发", 2024, 19),
        title="江南省人民政府办公厅关于加快发展银发经济增进老年人福祉的实施意见",
        recipients=("各市、县（市、区）人民政府", "省政府各部门、各直属机构"),
        disclosure="主动公开",
        tree=[
            (1, "cn", "一、", "总体要求"),
            (1, "cn", "二、", "重点任务"),
            (2, "cn-paren", "（一）", "扩大老年助餐服务"),
            (2, "cn-paren", "（二）", "发展社区便民服务"),
            (1, "cn", "三、", "保障措施"),
        ],
        signature=(("江南省人民政府办公厅",), "2024-04-30", "2024年4月30日"),
        imprint=(
            ("省委各部门", "省人大常委会办公厅", "省政协办公厅", "省法院", "省检察院"),
            "江南省人民政府办公厅",
            "2024-04-30",
        ),
    )


def test_a_township_answer_to_a_town_congress_suggestion_with_two_closing_lines_and_a_seal_note() -> None:
    doc = checked("""\
关于临湖镇第十八届人民代表大会第三次会议第5号建议的答复
陈某某代表：
您提出的《关于修缮临湖村至河口村道路的建议》收悉。经镇党委、镇政府研究，现答复如下：
临湖村至河口村道路已列入镇2024年农村公路提档升级计划，预计9月底前完成路面修缮。
感谢您对全镇交通建设工作的关心和支持。
特此答复。
临湖镇人民政府（盖章）
二〇二四年五月十日
""")
    expect(
        doc,
        kind="reply",
        title="关于临湖镇第十八届人民代表大会第三次会议第5号建议的答复",
        recipients=("陈某某代表",),
        ref=("人大", "镇", 18, 3, "5", "建议", "关于修缮临湖村至河口村道路的建议", []),
        closing="感谢您对全镇交通建设工作的关心和支持。\n特此答复。",
        signature=(("临湖镇人民政府",), "2024-05-10", "二〇二四年五月十日"),
    )


def test_a_hotline_answer_page_under_its_breadcrumb_takes_the_headline_for_title() -> None:
    doc = checked("""\
首页 > 互动交流 > 网络问政
关于小区周边夜间施工噪音扰民的问题
留言时间：2024-06-03
留言内容：
您好，我是蓝湾小区居民，小区东侧工地连续多日夜间施工到凌晨，噪音很大，严重影响休息，希望有关部门尽快处理。
回复单位：临江市生态环境局
回复时间：2024-06-07
回复内容：
网友您好！您反映的问题收悉。经我局执法人员现场核查，该工地确有夜间违规施工行为，我局已责令其立即停止，并依法立案查处。感谢您对生态环境保护工作的监督和支持！
""")
    expect(
        doc,
        kind="other",
        title="关于小区周边夜间施工噪音扰民的问题",
        number=None,
        ref=None,
    )


def test_a_procuratorate_answer_to_a_proposal_of_a_special_committee_named_in_the_opening() -> None:
    doc = checked("""\
临江市人民检察院
临检函〔2024〕7号
对市政协十四届三次会议第145号提案的答复
市政协社会和法制委员会：
市政协社会和法制委员会提出的《关于加强未成年人司法保护的提案》收悉。现答复如下：
近年来，我院坚持最有利于未成年人原则，依法严厉打击侵害未成年人犯罪，2023年共批准逮捕侵害未成年人犯罪嫌疑人42人。
下一步，我院将深化未成年人检察业务统一集中办理，加强与公安、法院、教育等部门的协作配合。
感谢贵委对检察工作的关心和支持！
临江市人民检察院
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="临江市人民检察院",
        number=("临检函〔2024〕7号", "临检函", 2024, 7),
        title="对市政协十四届三次会议第145号提案的答复",
        recipients=("市政协社会和法制委员会",),
        ref=(
            "政协",
            "市",
            14,
            3,
            "145",
            "提案",
            "关于加强未成年人司法保护的提案",
            ["市政协社会和法制委员会"],
        ),
        closing="感谢贵委对检察工作的关心和支持！",
        signature=(("临江市人民检察院",), "2024-06-18", "2024年6月18日"),
    )
