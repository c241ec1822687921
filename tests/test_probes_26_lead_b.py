"""The lead's second spot check of session 26, five more ordinary documents, expected values written by hand
from the contract before the parser ran on them (this file was committed first, skipped): a district
education bureau's answer to a 人大代表建议 with a 附件 list after its 落款 and a date in 〇 numerals; a county
government office's notice printed as Word text with 一、 headings and 1. points under them and a 版记; a city
ecology bureau's answer to a 政协提案 whose category and 公开 marking stand under the title in brackets, with
首先/其次/最后 in one paragraph; a WeChat copy of a township's answer (the headline, then the account's byline, 阅读 and 在看 under it); a department's report to a 人大常委会 with three ranks and a 下一步 section.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

M = """关于区十七届人大五次会议第0208号代表建议的答复
董某某代表：
    您提出的《关于扩大城区学位供给的建议》收悉。现答复如下：
    一、学位供给情况
    2024年秋季，我区新建成投用中小学3所，新增学位4860个。
    二、下一步工作
    我局将按照《中小学布局规划（2021—2035年）》，加快推进在建的5所学校建设。
    感谢您对教育工作的关心和支持。
    附件：1.2024年新建学校一览表
          2.在建学校建设进度表
檀山区教育局
二〇二四年八月五日
"""


def test_a_district_education_answer_with_an_attachment_list_over_its_signature_and_a_date_in_ideographs() -> None:
    doc = parsed(M)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区十七届人大五次会议第0208号代表建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["董某某代表"],
            "ref": "0208",
            "metadata": {},
            "preamble": ["您提出的《关于扩大城区学位供给的建议》收悉。现答复如下："],
            "sections": [
                (1, "一、", 1, "学位供给情况", ["2024年秋季，我区新建成投用中小学3所，新增学位4860个。"]),
                (
                    1,
                    "二、",
                    2,
                    "下一步工作",
                    ["我局将按照《中小学布局规划（2021—2035年）》，加快推进在建的5所学校建设。"],
                ),
            ],
            "items": [],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["檀山区教育局"], "2024-08-05", "二〇二四年八月五日"),
            "contact": None,
            "cc": None,
            "attachments": ["2024年新建学校一览表", "在建学校建设进度表"],
            "warnings": [],
            "leaked": [],
        },
    )


N = """宁川县人民政府办公室关于做好2025年春节期间安全生产工作的通知
各乡镇人民政府，县政府各部门：
    春节将至，为切实做好节日期间安全生产工作，经县人民政府同意，现就有关事项通知如下：
    一、压实安全责任
    1.各乡镇、各部门主要负责同志要亲自部署，层层落实安全生产责任。
    2.各生产经营单位要落实主体责任，严禁违规生产。
    二、强化重点领域监管
    1.交通运输部门要加强“两客一危”车辆动态监控。
    2.应急管理部门要加强烟花爆竹经营单位检查。
    三、严格值班值守
    各乡镇、各部门要严格执行24小时值班和领导带班制度，遇有重大情况及时报告。
    特此通知。
宁川县人民政府办公室
2025年1月20日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
宁川县人民政府办公室　　　　　　　2025年1月20日印发
"""


def test_a_county_office_notice_with_points_under_headings_and_an_imprint() -> None:
    doc = parsed(N)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "宁川县人民政府办公室关于做好2025年春节期间安全生产工作的通知",
            "number": None,
            # the organ that opens the title
            "issuer": "宁川县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "ref": None,
            "metadata": {},
            "preamble": ["春节将至，为切实做好节日期间安全生产工作，经县人民政府同意，现就有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "压实安全责任", []),
                # 30 characters with the final 。, no stop inside: a heading (contract, the title of a section)
                (2, "1.", 1, "各乡镇、各部门主要负责同志要亲自部署，层层落实安全生产责任", []),
                (2, "2.", 2, "各生产经营单位要落实主体责任，严禁违规生产", []),
                (1, "二、", 2, "强化重点领域监管", []),
                (2, "1.", 1, "交通运输部门要加强“两客一危”车辆动态监控", []),
                (2, "2.", 2, "应急管理部门要加强烟花爆竹经营单位检查", []),
                (
                    1,
                    "三、",
                    3,
                    "严格值班值守",
                    ["各乡镇、各部门要严格执行24小时值班和领导带班制度，遇有重大情况及时报告。"],
                ),
            ],
            "items": [],
            "closing": "特此通知。",
            "signature": (["宁川县人民政府办公室"], "2025-01-20", "2025年1月20日"),
            "contact": None,
            "cc": ["县委办公室", "县人大常委会办公室", "县政协办公室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


ECO = """关于市政协十二届四次会议第0347号提案的答复
（B类　主动公开）
姜某某委员：
    您提出的《关于加强城市河道水环境治理的提案》收悉。现答复如下：
    近年来，我局持续推进城市河道治理。首先，完成12条黑臭水体整治，水质稳定达到Ⅴ类以上；其次，新建截污管网46公里，城区污水收集率提升到92%；最后，建立河长巡河制度，每月开展巡查不少于2次。
    下一步，我局将会同市水利局推进河道生态补水工程，力争2025年底前完成。
    感谢您对生态环境保护工作的关心和支持。
临沂湾市生态环境局
2024年7月26日
联系人：卢某某，联系电话：0539-8123456
"""


def test_a_city_ecology_answer_with_category_and_disclosure_in_brackets_under_the_title() -> None:
    doc = parsed(ECO)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十二届四次会议第0347号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["姜某某委员"],
            "ref": "0347",
            "metadata": {},
            "preamble": [
                "您提出的《关于加强城市河道水环境治理的提案》收悉。现答复如下：",
                "近年来，我局持续推进城市河道治理。首先，完成12条黑臭水体整治，水质稳定达到Ⅴ类以上；"
                "其次，新建截污管网46公里，城区污水收集率提升到92%；最后，建立河长巡河制度，每月开展巡查不少于2次。",
                "下一步，我局将会同市水利局推进河道生态补水工程，力争2025年底前完成。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您对生态环境保护工作的关心和支持。",
            "signature": (["临沂湾市生态环境局"], "2024-07-26", "2024年7月26日"),
            "contact": ("卢某某", ["0539-8123456"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure) == ("B", "主动公开")
    run = doc.preamble[1].items
    assert [(i.marker, i.lead) for i in run] == [
        ("首先", "完成12条黑臭水体整治，水质稳定达到Ⅴ类以上"),
        ("其次", "新建截污管网46公里，城区污水收集率提升到92%"),
        ("最后", "建立河长巡河制度，每月开展巡查不少于2次"),
    ]


P = """关于对镇第十九届人大四次会议第3号建议的答复
云溪镇发布　2024年06月18日 17:32　四川
钟某某代表：
您提出的《关于修复三河村灌溉渠的建议》收悉。经研究，现答复如下：
经实地查看，三河村灌溉渠损毁约800米。镇政府已将该项目纳入2024年小型农田水利设施维修计划，投入资金26万元，预计7月底前完工。
感谢您对全镇农业农村工作的关心和支持！
云溪镇人民政府
2024年6月17日
阅读 1268
在看 9
"""


def test_a_township_answer_as_a_wechat_copy_under_the_account_s_name() -> None:
    doc = parsed(P)
    same(
        look(doc, "云溪镇发布", "17:32", "阅读 1268", "在看 9"),
        {
            "kind": "reply",
            "title": "关于对镇第十九届人大四次会议第3号建议的答复",
            "number": None,
            # no 版头, no organ opening the title, no information table; the 落款 is never copied here
            "issuer": None,
            "recipients": ["钟某某代表"],
            "ref": "3",
            "metadata": {},
            "preamble": [
                "您提出的《关于修复三河村灌溉渠的建议》收悉。经研究，现答复如下：",
                "经实地查看，三河村灌溉渠损毁约800米。镇政府已将该项目纳入2024年小型农田水利设施维修计划，"
                "投入资金26万元，预计7月底前完工。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您对全镇农业农村工作的关心和支持！",
            "signature": (["云溪镇人民政府"], "2024-06-17", "2024年6月17日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


Q = """关于全县农村饮水安全工作情况的报告
——2024年9月26日在县第十八届人民代表大会常务委员会第二十一次会议上
县水利局局长　罗某某
主任、各位副主任、各位委员：
    受县人民政府委托，现将全县农村饮水安全工作情况报告如下，请予审议。
    一、工作开展情况
    （一）水源工程建设
    1.新建集中供水工程。今年新建千吨万人供水工程2处，改造提升小型供水工程37处。
    2.加强水源保护。划定农村饮用水水源保护区58个，设立警示标志460块。
    （二）水质保障
    全县农村供水工程全部配备净化消毒设施，水质检测合格率达到95%。
    二、存在的问题
    部分山区供水工程规模小、抗旱能力弱，管护经费保障不足。
    三、下一步工作
    我们将积极争取上级资金，推进城乡供水一体化，力争2026年农村自来水普及率达到92%。
"""


def test_a_department_s_report_to_the_standing_committee_with_three_ranks() -> None:
    doc = parsed(Q)
    same(
        look(doc),
        {
            "kind": "report",
            # the 副标题 naming the meeting is not part of the title
            "title": "关于全县农村饮水安全工作情况的报告",
            "number": None,
            "issuer": None,
            "recipients": ["主任、各位副主任、各位委员"],
            "ref": None,
            "metadata": {},
            "preamble": ["受县人民政府委托，现将全县农村饮水安全工作情况报告如下，请予审议。"],
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (2, "（一）", 1, "水源工程建设", []),
                (
                    3,
                    "1.",
                    1,
                    "新建集中供水工程",
                    ["今年新建千吨万人供水工程2处，改造提升小型供水工程37处。"],
                ),
                (3, "2.", 2, "加强水源保护", ["划定农村饮用水水源保护区58个，设立警示标志460块。"]),
                (2, "（二）", 2, "水质保障", ["全县农村供水工程全部配备净化消毒设施，水质检测合格率达到95%。"]),
                (1, "二、", 2, "存在的问题", ["部分山区供水工程规模小、抗旱能力弱，管护经费保障不足。"]),
                (
                    1,
                    "三、",
                    3,
                    "下一步工作",
                    ["我们将积极争取上级资金，推进城乡供水一体化，力争2026年农村自来水普及率达到92%。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": None,
            "contact": None,
            "cc": None,
            "attachments": [],
            # the contract has no field for a report's 副标题 (the meeting it was read at) nor for its speaker's line,
            # and a report read at a meeting carries no 落款: all said, nothing dropped unsaid (my error at first:
            # I wrote no warnings)
            "warnings": ["content-unplaced", "field-missing"],
            "leaked": [],
        },
    )
