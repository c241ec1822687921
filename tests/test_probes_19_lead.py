"""The lead's spot check of session 19: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first). A check of the
whole, not a round: a county bureau's answer to a 政协提案 under its 文号 and two 键：值 lines, its
organ opening the title, dated in Chinese numerals, its contact in brackets and a 抄送 line; a city
bureau's answer to a 人大建议 saved from a portal (breadcrumb, a 发布时间/来源/浏览次数 line, print
links), its points numbered 1./2./3. with run-in headings and 一是/二是/三是 inside one of them, its
落款 pushed right by spaces; a city government office's notice issuing a plan printed after the 落款
under an 附件 label; a district commission's unnumbered answer to two members, its organ on the line
above a 对… title, with 首先/其次/最后 and a 下一步 paragraph.

First look (850543a, the file as committed, on main bb36342): 4/4 documents whole, all 81 checks right
(17 compared fields each in `look` plus the extra asserts). No parser miss and no misreading of mine.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """青住建函〔2024〕45号
答复类别：A类
公开属性：主动公开
青溪县住房和城乡建设局关于县政协十二届三次会议第128号提案的答复
王某某委员：
    您提出的《关于加快老旧小区改造的提案》收悉。现答复如下：
    一、工作进展
    今年以来，我局已启动12个老旧小区改造项目，涉及居民2860户，完成投资1.2亿元。
    二、下一步打算
    （一）完善改造机制。建立居民议事协商制度，做到改不改、改什么由居民说了算。
    （二）强化资金保障。积极争取中央和省级补助资金，引导社会资本参与改造。
    感谢您对住房和城乡建设工作的关心和支持！
青溪县住房和城乡建设局
二〇二四年六月十八日
（联系人：陈某某，联系电话：0571-88123456）
抄送：县政协提案委，县政府办公室。
"""


def test_a_county_answer_under_its_number_and_two_metadata_lines_dated_in_chinese_numerals() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "青溪县住房和城乡建设局关于县政协十二届三次会议第128号提案的答复",
            "number": ("青住建函〔2024〕45号", 2024, 45),
            "issuer": "青溪县住房和城乡建设局",
            "recipients": ["王某某委员"],
            "ref": "128",
            "metadata": {"答复类别": "A类", "公开属性": "主动公开"},
            "preamble": ["您提出的《关于加快老旧小区改造的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "工作进展",
                    ["今年以来，我局已启动12个老旧小区改造项目，涉及居民2860户，完成投资1.2亿元。"],
                ),
                (1, "二、", 2, "下一步打算", []),
                (2, "（一）", 1, "完善改造机制", ["建立居民议事协商制度，做到改不改、改什么由居民说了算。"]),
                (2, "（二）", 2, "强化资金保障", ["积极争取中央和省级补助资金，引导社会资本参与改造。"]),
            ],
            "items": [],
            "closing": "感谢您对住房和城乡建设工作的关心和支持！",
            "signature": (["青溪县住房和城乡建设局"], "2024-06-18", "二〇二四年六月十八日"),
            "contact": ("陈某某", ["0571-88123456"]),
            "cc": ["县政协提案委", "县政府办公室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure) == ("A", "主动公开")
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "县", 12, 3, "提案")
    assert r.title == "关于加快老旧小区改造的提案"
    assert doc.header.doc_number is not None and doc.header.doc_number.agency_code == "青住建函"


B = """首页 > 政务公开 > 建议提案办理 > 人大代表建议
关于市十六届人大三次会议第0215号建议的答复
发布时间：2024-08-02 10:15    来源：市教育局    浏览次数：326
李某某代表：
    您在市十六届人大三次会议上提出的关于加强中小学生心理健康教育的建议收悉。经认真研究，现答复如下：
    1.关于心理健康教师配备。目前全市中小学共配备专职心理健康教师312名，兼职教师860名，基本实现每校至少1名。
    2.关于心理健康课程开设。我局指导各校将心理健康教育纳入课程计划，一是每两周至少安排1节心理健康课；二是将心理健康教育融入班会和学科教学；三是每学期开展一次心理健康主题活动。
    3.关于家校协同。下一步，我局将依托家长学校开展家庭教育指导，每学年组织家长培训不少于2次。
    感谢您对教育工作的关心和支持。

                                    南湖市教育局
                                  2024年7月26日
（联系单位：市教育局基础教育处；联系人：赵某；联系电话：0573-82012345）
【打印本页】【关闭窗口】
"""


def test_a_portal_copy_of_an_answer_whose_points_carry_run_in_headings_and_items() -> None:
    doc = parsed(B)
    same(
        look(doc, "首页 > 政务公开 > 建议提案办理", "浏览次数：326", "【打印本页】", "【关闭窗口】"),
        {
            "kind": "reply",
            "title": "关于市十六届人大三次会议第0215号建议的答复",
            "number": None,
            # 来源 is a chrome line by the contract, not an information table: no issuer
            "issuer": None,
            "recipients": ["李某某代表"],
            "ref": "0215",
            "metadata": {},
            "preamble": [
                "您在市十六届人大三次会议上提出的关于加强中小学生心理健康教育的建议收悉。经认真研究，现答复如下："
            ],
            "sections": [
                (
                    1,
                    "1.",
                    1,
                    "关于心理健康教师配备",
                    ["目前全市中小学共配备专职心理健康教师312名，兼职教师860名，基本实现每校至少1名。"],
                ),
                (
                    1,
                    "2.",
                    2,
                    "关于心理健康课程开设",
                    [
                        "我局指导各校将心理健康教育纳入课程计划，一是每两周至少安排1节心理健康课；"
                        "二是将心理健康教育融入班会和学科教学；三是每学期开展一次心理健康主题活动。"
                    ],
                ),
                (
                    1,
                    "3.",
                    3,
                    "关于家校协同",
                    ["下一步，我局将依托家长学校开展家庭教育指导，每学年组织家长培训不少于2次。"],
                ),
            ],
            "items": [
                [
                    ("一是", "每两周至少安排1节心理健康课"),
                    ("二是", "将心理健康教育融入班会和学科教学"),
                    ("三是", "每学期开展一次心理健康主题活动"),
                ]
            ],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["南湖市教育局"], "2024-07-26", "2024年7月26日"),
            "contact": ("赵某", ["0573-82012345"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "市", 16, 3, "建议")
    assert r.title == "关于加强中小学生心理健康教育的建议"
    assert doc.contact is not None and doc.contact.unit == "市教育局基础教育处"


C = """南川市人民政府办公室
南府办发〔2024〕35号
南川市人民政府办公室关于印发南川市2024年城市更新行动方案的通知
各区人民政府，市政府各部门：
    《南川市2024年城市更新行动方案》已经市政府同意，现印发给你们，请认真组织实施。
    附件：南川市2024年城市更新行动方案
南川市人民政府办公室
2024年4月15日
（此件公开发布）
附件
南川市2024年城市更新行动方案
    为推动城市高质量发展，制定本方案。
    一、工作目标
    全年完成老旧小区改造80个，新建改造城市道路30公里。
    二、重点任务
    （一）实施老旧小区改造。
    （二）推进城市道路建设。
"""


def test_a_notice_issuing_a_plan_printed_under_an_attachment_label_after_its_signature() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "南川市人民政府办公室关于印发南川市2024年城市更新行动方案的通知",
            "number": ("南府办发〔2024〕35号", 2024, 35),
            "issuer": "南川市人民政府办公室",
            "recipients": ["各区人民政府", "市政府各部门"],
            "ref": None,
            "metadata": {},
            "preamble": ["《南川市2024年城市更新行动方案》已经市政府同意，现印发给你们，请认真组织实施。"],
            # the plan stands under an 附件 label: its content is not parsed into sections (contract)
            "sections": [],
            "items": [],
            "closing": None,
            "signature": (["南川市人民政府办公室"], "2024-04-15", "2024年4月15日"),
            "contact": None,
            "cc": None,
            "attachments": ["南川市2024年城市更新行动方案"],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.header.disclosure == "主动公开"


D = """北京市东岭区城市管理委员会
对区政协十六届三次会议第0178号提案的答复
张某某、刘某某委员：
    你们提出的关于加强背街小巷环境整治的提案收悉，现答复如下：
    近年来，我委围绕背街小巷环境精细化整治提升，首先，制定了三年行动方案，明确了整治标准；其次，建立了街巷长制，实现了全覆盖；最后，开展了专项检查，累计发现并整改问题1200余处。
    下一步，我委将继续加大工作力度，推动背街小巷环境持续改善。
    感谢你们对城市管理工作的关心和支持。
北京市东岭区城市管理委员会
2024年5月30日
"""


def test_an_answer_to_two_members_with_first_next_last_and_a_plan_paragraph() -> None:
    doc = parsed(D)
    same(
        look(doc),
        {
            "kind": "reply",
            # contract: an organ on its own line directly above a 对… title is its first line and the issuer
            "title": "北京市东岭区城市管理委员会对区政协十六届三次会议第0178号提案的答复",
            "number": None,
            "issuer": "北京市东岭区城市管理委员会",
            # the splitting rule keeps 王静波、孙旭光代表 as one addressee
            "recipients": ["张某某、刘某某委员"],
            "ref": "0178",
            "metadata": {},
            "preamble": [
                "你们提出的关于加强背街小巷环境整治的提案收悉，现答复如下：",
                "近年来，我委围绕背街小巷环境精细化整治提升，首先，制定了三年行动方案，明确了整治标准；"
                "其次，建立了街巷长制，实现了全覆盖；最后，开展了专项检查，累计发现并整改问题1200余处。",
                "下一步，我委将继续加大工作力度，推动背街小巷环境持续改善。",
            ],
            "sections": [],
            "items": [],  # `look` lists the items of sections only; the preamble's are asserted below
            "closing": "感谢你们对城市管理工作的关心和支持。",
            "signature": (["北京市东岭区城市管理委员会"], "2024-05-30", "2024年5月30日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    body = doc.preamble[1]
    assert [(i.marker, i.lead) for i in body.items] == [
        ("首先", "制定了三年行动方案，明确了整治标准"),
        ("其次", "建立了街巷长制，实现了全覆盖"),
        ("最后", "开展了专项检查，累计发现并整改问题1200余处"),
    ]
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "区", 16, 3, "提案")
    assert r.title == "关于加强背街小巷环境整治的提案"
    assert list(r.proposers) == []
