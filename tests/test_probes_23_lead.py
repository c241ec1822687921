"""The lead's spot check of session 23: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first). A check of the
whole, not a round: a district bureau's answer to a 民主党派's 政协提案 titled with 对 instead of 关于,
its body without numbered headings (一是/二是/三是 after a colon lead, a 下一步 paragraph), closed by
特此答复 and followed by a 公开 note and a four-row contact block with an address and a postcode; a
township's 答复函 to a county deputy with the 文号 under the title, points numbered 1. 2. 3. and a
courtesy closing of two sentences; a county government's 批复 to a township with a 抄送 line; a
city bureau's notice copied from a PDF's text layer wrapped at 28 characters with `- 2 -` page
numbers and an 附件 list.

First look (the file as committed, on main 76acf2d0): 2/4 documents whole, both misses the writer's own:
the township's 答复函 has no 发文机关标志 and no organ in its title, so `issuer` is null (the contract's
sources never copy the 落款's organ; first written 西河镇人民政府); the notice's lines joined across the
hard wrap and the page number are warned `page-break-joined` (as holdout21 and holdout22 settle; first
written []). Every other check right: 4/4 under the contract's readings, no parser miss.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same, wrapped

A = """北京市海淀区科学技术和信息化局
京海科信函〔2024〕33号
北京市海淀区科学技术和信息化局对区政协十一届三次会议第0213号提案的答复
九三学社海淀区委：
    贵委提出的《关于支持高校科技成果就地转化的提案》收悉。经研究，现答复如下：
    近年来，我局围绕高校院所成果就地转化主要做了以下工作：一是搭建转化平台，建成概念验证中心8家；二是强化资金支持，设立成果转化引导基金5亿元；三是优化专业服务，组建技术经理人队伍120人。
    下一步，我局将会同区教委、区财政局，继续完善成果转化政策，推动更多成果在海淀落地。
    特此答复。
北京市海淀区科学技术和信息化局
2024年6月28日
（此件主动公开）
联系人：王某某
联系电话：010-88498765
通讯地址：北京市海淀区长春桥路17号
邮政编码：100089
"""


def test_a_district_answer_titled_with_dui_and_a_four_row_contact() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "北京市海淀区科学技术和信息化局对区政协十一届三次会议第0213号提案的答复",
            "number": ("京海科信函〔2024〕33号", 2024, 33),
            "issuer": "北京市海淀区科学技术和信息化局",
            "recipients": ["九三学社海淀区委"],
            "ref": "0213",
            "metadata": {},
            # no numbered heading: the whole body is the preamble
            "preamble": [
                "贵委提出的《关于支持高校科技成果就地转化的提案》收悉。经研究，现答复如下：",
                "近年来，我局围绕高校院所成果就地转化主要做了以下工作：一是搭建转化平台，建成概念验证中心8家；"
                "二是强化资金支持，设立成果转化引导基金5亿元；三是优化专业服务，组建技术经理人队伍120人。",
                "下一步，我局将会同区教委、区财政局，继续完善成果转化政策，推动更多成果在海淀落地。",
            ],
            "sections": [],
            "items": [],
            "closing": "特此答复。",
            "signature": (["北京市海淀区科学技术和信息化局"], "2024-06-28", "2024年6月28日"),
            "contact": ("王某某", ["010-88498765"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    items = doc.preamble[1].items
    assert [(i.marker, i.lead) for i in items] == [
        ("一是", "搭建转化平台，建成概念验证中心8家"),
        ("二是", "强化资金支持，设立成果转化引导基金5亿元"),
        ("三是", "优化专业服务，组建技术经理人队伍120人"),
    ]
    assert doc.preamble[2].phase == "plan"
    assert doc.preamble[1].phase == "progress"
    assert doc.header.disclosure == "主动公开"
    c = doc.contact
    assert c is not None
    assert (c.address, c.postcode) == ("北京市海淀区长春桥路17号", "100089")
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "区", 11, 3, "提案")
    assert r.title == "关于支持高校科技成果就地转化的提案"


B = """关于县十九届人大二次会议第28号建议的答复函
西镇函〔2024〕5号
张某某代表：
    您在县十九届人大二次会议期间提出的关于修缮镇区排水管网的建议收悉，我镇高度重视，现将办理情况答复如下：
    1.摸清底数。组织专人对镇区排水管网进行了全面排查，共排查管网12.4公里，发现破损点位37处。
    2.分步实施。已完成主街3.2公里管网改造，剩余管网列入2025年改造计划。
    3.建立长效机制。落实专人负责日常巡查，汛期前集中清淤一次。
    再次感谢您对我镇工作的关心。如有不同意见，请及时与我们联系。
西河镇人民政府
2024年7月2日
"""


def test_a_township_answer_letter_with_points_numbered_by_digits() -> None:
    doc = parsed(B)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县十九届人大二次会议第28号建议的答复函",
            "number": ("西镇函〔2024〕5号", 2024, 5),
            # no 发文机关标志 and no organ in the title: null (the contract never copies the 落款's organ
            # here; first written 西河镇人民政府, the writer's error)
            "issuer": None,
            "recipients": ["张某某代表"],
            "ref": "28",
            "metadata": {},
            "preamble": [
                "您在县十九届人大二次会议期间提出的关于修缮镇区排水管网的建议收悉，我镇高度重视，现将办理情况答复如下："
            ],
            # a numbered line running on into its first sentence: the title is the text up to the first 。
            "sections": [
                (
                    1,
                    "1.",
                    1,
                    "摸清底数",
                    ["组织专人对镇区排水管网进行了全面排查，共排查管网12.4公里，发现破损点位37处。"],
                ),
                (1, "2.", 2, "分步实施", ["已完成主街3.2公里管网改造，剩余管网列入2025年改造计划。"]),
                (1, "3.", 3, "建立长效机制", ["落实专人负责日常巡查，汛期前集中清淤一次。"]),
            ],
            "items": [],
            "closing": "再次感谢您对我镇工作的关心。如有不同意见，请及时与我们联系。",
            "signature": (["西河镇人民政府"], "2024-07-02", "2024年7月2日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "县", 19, 2, "建议")
    assert doc.header.doc_number is not None and doc.header.doc_number.agency_code == "西镇函"


C = """安宁县人民政府
关于同意红岩镇调整部分行政村建制的批复
安政复〔2024〕12号
红岩镇人民政府：
    你镇《关于调整部分行政村建制的请示》（红政〔2024〕9号）收悉。经县人民政府研究，现批复如下：
    一、同意撤销红岩镇上坝村、下坝村，合并设立坝子村，村民委员会驻原上坝村村部。
    二、你镇要认真做好群众工作，妥善处理好村级债权债务、集体资产和档案移交等工作，确保社会稳定。
    此复。
安宁县人民政府
2024年3月15日
抄送：县民政局，县自然资源局，县农业农村局。
"""


def test_a_county_approval_to_a_township_with_a_cc_line() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "approval",
            # the organ on its own line over the 关于 title, with no 文号 between: the title's first line
            "title": "安宁县人民政府关于同意红岩镇调整部分行政村建制的批复",
            "number": ("安政复〔2024〕12号", 2024, 12),
            "issuer": "安宁县人民政府",
            "recipients": ["红岩镇人民政府"],
            "ref": None,
            "metadata": {},
            "preamble": ["你镇《关于调整部分行政村建制的请示》（红政〔2024〕9号）收悉。经县人民政府研究，现批复如下："],
            # 一、 lines that are whole sentences of 批复 points: untitled points, the sentence their paragraph
            "sections": [
                (1, "一、", 1, None, ["同意撤销红岩镇上坝村、下坝村，合并设立坝子村，村民委员会驻原上坝村村部。"]),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["你镇要认真做好群众工作，妥善处理好村级债权债务、集体资产和档案移交等工作，确保社会稳定。"],
                ),
            ],
            "items": [],
            "closing": "此复。",
            "signature": (["安宁县人民政府"], "2024-03-15", "2024年3月15日"),
            "contact": None,
            "cc": ["县民政局", "县自然资源局", "县农业农村局"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


_D_LINES = [
    "德阳市教育局",
    "关于开展2024年中小学校园安全隐患排查整治工作的通知",
    "德市教函〔2024〕41号",
    "各区（市、县）教育局，市直属各学校：",
    "为切实消除校园安全隐患，保障师生生命财产安全，经研究，决定在全市中小学开展校园安全隐患排查整治工作。现将有关事项通知如下：",
    "一、排查范围",
    "全市各级各类中小学校、幼儿园及校外培训机构。",
    "二、工作安排",
    "（一）自查阶段（4月1日至4月20日）。各学校对照排查清单逐项开展自查，建立问题台账。",
    "（二）督查阶段（4月21日至5月20日）。市教育局组织督查组对各地排查整治情况进行抽查。",
    "三、工作要求",
    "各地要高度重视，明确责任人，于5月25日前将工作总结报市教育局安全科。",
    "附件：1.校园安全隐患排查清单",
    "2.校园安全隐患整治台账",
    "德阳市教育局",
    "2024年3月26日",
]


def _d_text() -> str:
    out: list[str] = []
    for n, line in enumerate(wrapped(_D_LINES, 28)):
        out.append(line)
        if n == 17:
            out += ["", "- 2 -", ""]
    return "\n".join(out) + "\n"


def test_a_city_notice_from_a_pdf_text_layer_wrapped_with_page_numbers() -> None:
    doc = parsed(_d_text())
    same(
        look(doc, "- 2 -"),
        {
            "kind": "notice",
            "title": "德阳市教育局关于开展2024年中小学校园安全隐患排查整治工作的通知",
            "number": ("德市教函〔2024〕41号", 2024, 41),
            "issuer": "德阳市教育局",
            "recipients": ["各区（市、县）教育局", "市直属各学校"],
            "ref": None,
            "metadata": {},
            "preamble": [
                "为切实消除校园安全隐患，保障师生生命财产安全，经研究，决定在全市中小学开展校园安全隐患排查整治工作。"
                "现将有关事项通知如下："
            ],
            "sections": [
                (1, "一、", 1, "排查范围", ["全市各级各类中小学校、幼儿园及校外培训机构。"]),
                (1, "二、", 2, "工作安排", []),
                (
                    2,
                    "（一）",
                    1,
                    "自查阶段（4月1日至4月20日）",
                    ["各学校对照排查清单逐项开展自查，建立问题台账。"],
                ),
                (
                    2,
                    "（二）",
                    2,
                    "督查阶段（4月21日至5月20日）",
                    ["市教育局组织督查组对各地排查整治情况进行抽查。"],
                ),
                (1, "三、", 3, "工作要求", ["各地要高度重视，明确责任人，于5月25日前将工作总结报市教育局安全科。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["德阳市教育局"], "2024-03-26", "2024年3月26日"),
            "contact": None,
            "cc": None,
            "attachments": ["校园安全隐患排查清单", "校园安全隐患整治台账"],
            # lines joined across the hard wrap and the page number: warned (as holdout21 and holdout22
            # settle); first written [], the writer's error
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )
