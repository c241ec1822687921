"""The lead's spot check of session 31: six documents written by hand, with their expected values, before
the parser ran on them (this file was committed before its first run). A city 住建局's letter-form answer
to a 人大代表 with a bare category letter at the top and a 签发人 line; a province 农业农村厅's 答复的函 to a
民主党派's collective 提案 with an 一是/二是/三是 run and a 联系单位 line; a county government's 批复
answering a 请示 quoted with its own 文号; a district 分局's answer copied from a portal whose information
table sets two pairs on a line; a 街道办事处's answer whose 落款 carries a seal note; a 2008 answer with
`[2008]` in its 文号, ○ numerals in its date and a 主题词 line above the 版记. Made-up organs, people and
places (衡沚市, 岚川省, 荇溪县, 蘼阳区, 泠塘街道, 菰城县).

First look (the file as committed, 76fe3272 on main c654fd9c, 11:31 UTC): 5/6 documents whole, and the
one miss was MINE: a 首先/其次/最后 run over three paragraphs keeps each item in the paragraph where it starts
(the contract's Item rule), where I had written the three in the first paragraph. Corrected below; the
parser was right on 6/6: the bare category letter on top (B), the 签发人, a run inside a heading section
with leads to the ；, a 联系单位 line (unit, no person), a 批复 quoting its 请示's 文号 (no proposal), two
information pairs on a line, a seal note on the organ line, and a 2008 page's [2008] and ○ date.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

HOUSING = """B
衡沚市住房和城乡建设局
衡住建建〔2025〕27号
签发人：祁某某

关于市十六届人大四次会议第118号建议的答复

尊敬的柏某某代表：
　　您好！您提出的《关于加快老旧小区加装电梯的建议》收悉。感谢您对我市城市更新工作的关心。现将办理情况答复如下：
　　一、工作进展
　　截至今年5月底，全市已完成老旧小区加装电梯312部，惠及居民4600余户。
　　二、下一步打算
　　下一步，我局将简化审批流程，推行“一站式”联合审批。
　　再次感谢您对住房和城乡建设工作的关心和支持！

衡沚市住房和城乡建设局
2025年6月18日

（联系人：晏某某，联系电话：0734-8826153）
抄送：市人大常委会代表工作委员会，市政府办公室。
"""


def test_a_letter_form_answer_to_a_deputy_with_a_bare_category_letter_on_top() -> None:
    doc = parsed(HOUSING)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市十六届人大四次会议第118号建议的答复",
            "number": ("衡住建建〔2025〕27号", 2025, 27),
            "issuer": "衡沚市住房和城乡建设局",
            "recipients": ["柏某某代表"],
            "ref": "118",
            "preamble": [
                "您好！您提出的《关于加快老旧小区加装电梯的建议》收悉。感谢您对我市城市更新工作的关心。现将办理情况答复如下："
            ],
            "sections": [
                (1, "一、", 1, "工作进展", ["截至今年5月底，全市已完成老旧小区加装电梯312部，惠及居民4600余户。"]),
                (1, "二、", 2, "下一步打算", ["下一步，我局将简化审批流程，推行“一站式”联合审批。"]),
            ],
            "closing": "再次感谢您对住房和城乡建设工作的关心和支持！",
            "signature": (["衡沚市住房和城乡建设局"], "2025-06-18", "2025年6月18日"),
            "contact": ("晏某某", ["0734-8826153"]),
            "cc": ["市人大常委会代表工作委员会", "市政府办公室"],
        },
    )
    assert doc.header.handling_result == "B"
    assert doc.header.signer == "祁某某"
    assert doc.header.responds_to is not None
    assert doc.header.responds_to.kind == "建议"
    assert doc.header.responds_to.body == "人大"


FARMLAND = """岚川省农业农村厅

岚农函〔2025〕88号

关于省政协十三届三次会议第20250215号提案答复的函

农工党岚川省委会：
　　贵会提出的《关于推进高标准农田建设管护的提案》收悉。经认真研究，并商省财政厅、省水利厅，现答复如下：
　　一、关于建管并重
　　近年来，我厅坚持建管并重，一是建立管护责任清单，明确县乡村三级管护主体；二是设立管护资金，按每亩每年不低于20元标准安排；三是推行“田长制”，全省已设立田长1.2万名。
　　二、关于下一步工作
　　我厅将会同有关部门，推动出台高标准农田建后管护办法。
　　专此函复。

岚川省农业农村厅
2025年7月2日

（此件主动公开）
（联系单位及电话：省农业农村厅农田建设管理处，0871-65512380）
"""


def test_a_province_answer_letter_to_a_party_committee_with_a_run_inside_a_heading_section() -> None:
    doc = parsed(FARMLAND)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于省政协十三届三次会议第20250215号提案答复的函",
            "number": ("岚农函〔2025〕88号", 2025, 88),
            "issuer": "岚川省农业农村厅",
            "recipients": ["农工党岚川省委会"],
            "ref": "20250215",
            "preamble": [
                "贵会提出的《关于推进高标准农田建设管护的提案》收悉。经认真研究，并商省财政厅、省水利厅，现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于建管并重",
                    [
                        "近年来，我厅坚持建管并重，一是建立管护责任清单，明确县乡村三级管护主体；二是设立管护资金，"
                        "按每亩每年不低于20元标准安排；三是推行“田长制”，全省已设立田长1.2万名。"
                    ],
                ),
                (1, "二、", 2, "关于下一步工作", ["我厅将会同有关部门，推动出台高标准农田建后管护办法。"]),
            ],
            "items": [
                [
                    ("一是", "建立管护责任清单，明确县乡村三级管护主体"),
                    ("二是", "设立管护资金，按每亩每年不低于20元标准安排"),
                    ("三是", "推行“田长制”，全省已设立田长1.2万名"),
                ]
            ],
            "closing": "专此函复。",
            "signature": (["岚川省农业农村厅"], "2025-07-02", "2025年7月2日"),
            "contact": (None, ["0871-65512380"]),
        },
    )
    assert doc.header.disclosure == "主动公开"
    assert doc.contact is not None and doc.contact.unit == "省农业农村厅农田建设管理处"
    assert doc.header.responds_to is not None and doc.header.responds_to.title == "关于推进高标准农田建设管护的提案"


APPROVAL = """荇溪县人民政府

荇政复〔2024〕12号

荇溪县人民政府关于同意设立荇溪县城东农贸市场的批复

县市场监督管理局：
　　你局《关于设立荇溪县城东农贸市场的请示》（荇市监〔2024〕7号）收悉。经研究，现批复如下：
　　一、同意在城东街道临江路北侧设立荇溪县城东农贸市场，占地面积约12亩。
　　二、请你局会同县自然资源局、县住房和城乡建设局抓紧办理相关手续，确保年内建成投用。
　　此复。

荇溪县人民政府
2024年3月15日

（此件公开发布）
"""


def test_a_county_approval_quoting_the_request_it_answers_with_its_number() -> None:
    doc = parsed(APPROVAL)
    same(
        look(doc),
        {
            "kind": "approval",
            "title": "荇溪县人民政府关于同意设立荇溪县城东农贸市场的批复",
            "number": ("荇政复〔2024〕12号", 2024, 12),
            "issuer": "荇溪县人民政府",
            "recipients": ["县市场监督管理局"],
            "preamble": ["你局《关于设立荇溪县城东农贸市场的请示》（荇市监〔2024〕7号）收悉。经研究，现批复如下："],
            "sections": [
                (1, "一、", 1, None, ["同意在城东街道临江路北侧设立荇溪县城东农贸市场，占地面积约12亩。"]),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["请你局会同县自然资源局、县住房和城乡建设局抓紧办理相关手续，确保年内建成投用。"],
                ),
            ],
            "closing": "此复。",
            "signature": (["荇溪县人民政府"], "2024-03-15", "2024年3月15日"),
        },
    )
    assert doc.header.disclosure == "主动公开"


PORTAL = """首页 > 政务公开 > 建议提案办理 > 政协提案

索 引 号：11350425M0012345XY/2024-00087　　主题分类：城乡建设、环境保护
发布机构：蘼阳区生态环境分局　　成文日期：2024-07-15
标　　题：关于区政协九届三次会议第107号提案的答复
文　　号：蘼环提〔2024〕6号　　发布日期：2024-07-22

关于区政协九届三次会议第107号提案的答复

【字体：大 中 小】　【打印】　【关闭】

蔺某某等委员：
　　你们提出的《关于加强城区餐饮油烟治理的提案》收悉。现答复如下：
　　首先，我分局联合区城管局开展餐饮油烟专项整治，今年以来检查餐饮单位436家，督促安装油烟净化设施127套。
　　其次，我分局推行油烟在线监控，已在32家大中型餐饮单位安装监控设备。
　　最后，我分局将把餐饮油烟治理纳入年度大气污染防治考核。
　　感谢你们对生态环境保护工作的关注和支持。

蘼阳区生态环境分局
2024年7月15日

【相关链接】
主办：蘼阳区人民政府办公室　网站标识码：3504250001　闽ICP备05012345号
"""


def test_a_portal_copy_whose_information_table_sets_two_pairs_on_a_line() -> None:
    doc = parsed(PORTAL)
    got = look(doc, "字体", "打印", "相关链接", "网站标识码", "ICP备")
    same(
        got,
        {
            "kind": "reply",
            "title": "关于区政协九届三次会议第107号提案的答复",
            "number": ("蘼环提〔2024〕6号", 2024, 6),
            "issuer": "蘼阳区生态环境分局",
            "recipients": ["蔺某某等委员"],
            "ref": "107",
            "metadata": {
                "索引号": "11350425M0012345XY/2024-00087",
                "主题分类": "城乡建设、环境保护",
                "发布机构": "蘼阳区生态环境分局",
                "成文日期": "2024-07-15",
                "标题": "关于区政协九届三次会议第107号提案的答复",
                "文号": "蘼环提〔2024〕6号",
                "发布日期": "2024-07-22",
            },
            "preamble": [
                "你们提出的《关于加强城区餐饮油烟治理的提案》收悉。现答复如下：",
                "首先，我分局联合区城管局开展餐饮油烟专项整治，今年以来检查餐饮单位436家，督促安装油烟净化设施127套。",
                "其次，我分局推行油烟在线监控，已在32家大中型餐饮单位安装监控设备。",
                "最后，我分局将把餐饮油烟治理纳入年度大气污染防治考核。",
            ],
            "closing": "感谢你们对生态环境保护工作的关注和支持。",
            "signature": (["蘼阳区生态环境分局"], "2024-07-15", "2024年7月15日"),
            "leaked": [],
        },
    )
    runs = [[(i.marker, i.lead) for i in p.items] for p in doc.preamble if p.items]
    assert runs == [
        [("首先", "我分局联合区城管局开展餐饮油烟专项整治，今年以来检查餐饮单位436家，督促安装油烟净化设施127套")],
        [("其次", "我分局推行油烟在线监控，已在32家大中型餐饮单位安装监控设备")],
        [("最后", "我分局将把餐饮油烟治理纳入年度大气污染防治考核")],
    ], "a run across paragraphs: each item belongs to the paragraph where it starts"


STREET = """关于区十八届人大三次会议第0045号代表建议的答复

葛某某代表：
　　您提出的关于在泠塘街道增设社区食堂的建议收悉，现答复如下：
　　目前，街道已在泠塘社区、蔺溪社区建成社区食堂2家，日均就餐老人约260人次。
　　下一步，街道将结合老旧小区改造，在苇港社区再建设1家社区食堂，力争年底前投入运营。
　　感谢您对街道工作的关心和支持。

泠塘街道办事处（盖章）
2024年11月5日
"""


def test_a_street_office_answer_whose_organ_line_carries_a_seal_note() -> None:
    doc = parsed(STREET)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区十八届人大三次会议第0045号代表建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["葛某某代表"],
            "ref": "0045",
            "preamble": [
                "您提出的关于在泠塘街道增设社区食堂的建议收悉，现答复如下：",
                "目前，街道已在泠塘社区、蔺溪社区建成社区食堂2家，日均就餐老人约260人次。",
                "下一步，街道将结合老旧小区改造，在苇港社区再建设1家社区食堂，力争年底前投入运营。",
            ],
            "sections": [],
            "closing": "感谢您对街道工作的关心和支持。",
            "signature": (["泠塘街道办事处"], "2024-11-05", "2024年11月5日"),
        },
    )
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]


OLD = """菰城县农业局文件

菰农字[2008]15号

关于县政协七届二次会议第36号提案的答复

于某某委员：
　　你提出的《关于扶持我县食用菌产业发展的提案》收悉，现答复如下：
　　一、基本情况
　　全县现有食用菌种植户1800余户，年产鲜菇2.6万吨，产值1.9亿元。
　　二、下步打算
　　我局将争取上级项目资金，建设食用菌菌种场1个，推广标准化菇棚500个。

二○○八年六月十日

主题词：农业　提案　答复
抄送：县政协提案委员会，县政府办公室。
菰城县农业局办公室　　　　　　2008年6月10日印发
"""


def test_an_old_answer_with_square_brackets_circle_numerals_and_a_subject_word_line() -> None:
    doc = parsed(OLD)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县政协七届二次会议第36号提案的答复",
            "number": ("菰农字[2008]15号", 2008, 15),
            "issuer": "菰城县农业局",
            "recipients": ["于某某委员"],
            "ref": "36",
            "sections": [
                (1, "一、", 1, "基本情况", ["全县现有食用菌种植户1800余户，年产鲜菇2.6万吨，产值1.9亿元。"]),
                (1, "二、", 2, "下步打算", ["我局将争取上级项目资金，建设食用菌菌种场1个，推广标准化菇棚500个。"]),
            ],
            "signature": ([], "2008-06-10", "二○○八年六月十日"),
            "cc": ["县政协提案委员会", "县政府办公室"],
        },
    )
    assert doc.imprint is not None and doc.imprint.printed_by == "菰城县农业局办公室"
    assert doc.imprint.printed_on == "2008-06-10"
    assert "主题词" in doc.text, "a 主题词 line has no field; it stays in the text, never dropped"
