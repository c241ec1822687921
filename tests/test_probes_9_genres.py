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
