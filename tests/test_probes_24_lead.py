"""The lead's spot check of session 24: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first, skipped). A
check of the whole, not a round: a city bureau's answer to a 人大代表建议 under its letterhead with a
签发人 row, two titled sections (一是/二是/三是 in the first, a 下一步 paragraph in the second), a
bracketed contact and a 抄送 line; a county bureau's answer to a 政协提案 copied from its portal page
(breadcrumb, a five-row information table, a byline, a 字体 row, print/close buttons and a footer), its
points numbered （一） only; a city government office's notice issuing a 工作方案 named as 附件, three
addressees, a 版记 with 抄送 and 印发; a county finance bureau's 会办意见 opening its title with its own
name, run-in 1． points and 以上意见供参考 as its closing.

First look (the file as committed, on main 8534eff2, 13:02 UTC): 4/4 documents whole, every check right.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """漳州市住房和城乡建设局
漳建函〔2024〕87号
签发人：林某某
漳州市住房和城乡建设局关于市十六届人大三次会议第1056号建议的答复
黄某某代表：
    您提出的《关于加快老旧小区加装电梯的建议》收悉。经研究，现答复如下：
    一、工作开展情况
    2023年以来，我局会同各县（区）推进既有住宅加装电梯，全市累计完成加装电梯312部。主要做法：一是简化审批流程，实行联合审查；二是落实财政补助，每部电梯补助15万元；三是引导金融支持，推出加梯专项贷款。
    二、下一步工作
    下一步，我局将进一步完善加装电梯政策，加大宣传力度，推动更多小区加装电梯。
    感谢您对住房和城乡建设工作的关心和支持！
漳州市住房和城乡建设局
2024年6月20日
（此件主动公开）
（联系人：陈某某，联系电话：0596-2345678）
抄送：市人大常委会代表工作委员会，市政府办公室。
"""


def test_a_city_bureau_answer_to_a_deputy_under_its_letterhead() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "漳州市住房和城乡建设局关于市十六届人大三次会议第1056号建议的答复",
            "number": ("漳建函〔2024〕87号", 2024, 87),
            "issuer": "漳州市住房和城乡建设局",
            "recipients": ["黄某某代表"],
            "ref": "1056",
            # 签发人 beside the 文号, before the title: a metadata pair as well as `signer`
            "metadata": {"签发人": "林某某"},
            "preamble": ["您提出的《关于加快老旧小区加装电梯的建议》收悉。经研究，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "工作开展情况",
                    [
                        "2023年以来，我局会同各县（区）推进既有住宅加装电梯，全市累计完成加装电梯312部。"
                        "主要做法：一是简化审批流程，实行联合审查；二是落实财政补助，每部电梯补助15万元；"
                        "三是引导金融支持，推出加梯专项贷款。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    "下一步工作",
                    ["下一步，我局将进一步完善加装电梯政策，加大宣传力度，推动更多小区加装电梯。"],
                ),
            ],
            "items": [
                [
                    ("一是", "简化审批流程，实行联合审查"),
                    ("二是", "落实财政补助，每部电梯补助15万元"),
                    ("三是", "引导金融支持，推出加梯专项贷款"),
                ]
            ],
            "closing": "感谢您对住房和城乡建设工作的关心和支持！",
            "signature": (["漳州市住房和城乡建设局"], "2024-06-20", "2024年6月20日"),
            "contact": ("陈某某", ["0596-2345678"]),
            "cc": ["市人大常委会代表工作委员会", "市政府办公室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.signer, h.disclosure) == ("林某某", "主动公开")
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "市", 16, 3, "建议")
    assert (r.title, list(r.proposers)) == ("关于加快老旧小区加装电梯的建议", [])
    assert doc.sections[1].paragraphs[0].phase == "plan"


B_CHROME = [
    "首页 > 政务公开 > 建议提案办理 > 政协提案",
    "浏览次数：126",
    "【字体：大 中 小】",
    "【打印本页】【关闭窗口】",
    "网站标识码：3506230001",
    "闽ICP备12345678号",
]

B = """首页 > 政务公开 > 建议提案办理 > 政协提案
索引号：11350600MB1234567X/2024-00321
发布机构：龙溪县农业农村局
文号：龙农函〔2024〕15号
成文日期：2024-07-08
公开方式：主动公开
关于县政协十届三次会议第45号提案的答复
发布时间：2024-07-10 09:30  来源：龙溪县农业农村局  浏览次数：126
【字体：大 中 小】
刘某某委员：
    您提出的关于发展林下经济助农增收的提案收悉，现答复如下：
    （一）发展现状。全县林下经济经营面积达12万亩，年产值3.6亿元，带动农户8600户。
    （二）存在问题。一是规模化程度不高；二是品牌影响力不强；三是产业链条较短。
    （三）下步打算。我局将加大扶持力度，培育龙头企业，打造区域公用品牌。
    感谢您对农业农村工作的关心和支持。
龙溪县农业农村局
2024年7月8日
【打印本页】【关闭窗口】
主办单位：龙溪县人民政府办公室  网站标识码：3506230001  闽ICP备12345678号
"""


def test_a_county_bureau_answer_copied_from_its_portal_page() -> None:
    doc = parsed(B)
    same(
        look(doc, *B_CHROME),
        {
            "kind": "reply",
            "title": "关于县政协十届三次会议第45号提案的答复",
            # the information table's 文号 row is the document's number
            "number": ("龙农函〔2024〕15号", 2024, 15),
            # no 发文机关标志 and no organ opening the title: the table's 发布机构
            "issuer": "龙溪县农业农村局",
            "recipients": ["刘某某委员"],
            "ref": "45",
            "metadata": {
                "索引号": "11350600MB1234567X/2024-00321",
                "发布机构": "龙溪县农业农村局",
                "文号": "龙农函〔2024〕15号",
                "成文日期": "2024-07-08",
                "公开方式": "主动公开",
            },
            "preamble": ["您提出的关于发展林下经济助农增收的提案收悉，现答复如下："],
            # run-in headings: the text before the first 。
            "sections": [
                (1, "（一）", 1, "发展现状", ["全县林下经济经营面积达12万亩，年产值3.6亿元，带动农户8600户。"]),
                (1, "（二）", 2, "存在问题", ["一是规模化程度不高；二是品牌影响力不强；三是产业链条较短。"]),
                (1, "（三）", 3, "下步打算", ["我局将加大扶持力度，培育龙头企业，打造区域公用品牌。"]),
            ],
            "items": [[("一是", "规模化程度不高"), ("二是", "品牌影响力不强"), ("三是", "产业链条较短")]],
            "closing": "感谢您对农业农村工作的关心和支持。",
            "signature": (["龙溪县农业农村局"], "2024-07-08", "2024年7月8日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "县", 10, 3, "提案")
    # an unbracketed title after 提出的 is the proposal's title
    assert r.title == "关于发展林下经济助农增收的提案"
    assert doc.header.disclosure == "主动公开"


C = """青州市人民政府办公室
关于印发青州市2025年农村人居环境整治提升工作方案的通知
青政办发〔2025〕3号
各镇人民政府、街道办事处，市直有关部门：
    《青州市2025年农村人居环境整治提升工作方案》已经市政府同意，现印发给你们，请认真抓好贯彻落实。
    附件：青州市2025年农村人居环境整治提升工作方案
青州市人民政府办公室
2025年1月16日
（此件公开发布）
抄送：市委办公室，市人大常委会办公室，市政协办公室。
青州市人民政府办公室                2025年1月16日印发
"""


def test_a_city_office_notice_issuing_a_plan_with_a_full_imprint() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "notice",
            # the organ on its own line over the 关于 title, no 文号 between: the title's first line and the issuer
            "title": "青州市人民政府办公室关于印发青州市2025年农村人居环境整治提升工作方案的通知",
            "number": ("青政办发〔2025〕3号", 2025, 3),
            "issuer": "青州市人民政府办公室",
            # split at ，; at 、 because both sides are organ names ending in 政府 and 处
            "recipients": ["各镇人民政府", "街道办事处", "市直有关部门"],
            "ref": None,
            "metadata": {},
            "preamble": [
                "《青州市2025年农村人居环境整治提升工作方案》已经市政府同意，现印发给你们，请认真抓好贯彻落实。"
            ],
            "sections": [],
            "items": [],
            "closing": None,
            "signature": (["青州市人民政府办公室"], "2025-01-16", "2025年1月16日"),
            "contact": None,
            "cc": ["市委办公室", "市人大常委会办公室", "市政协办公室"],
            "attachments": ["青州市2025年农村人居环境整治提升工作方案"],
            "warnings": [],
            "leaked": [],
        },
    )
    i = doc.imprint
    assert i is not None
    assert (i.printed_by, i.printed_on) == ("青州市人民政府办公室", "2025-01-16")
    assert doc.header.disclosure == "主动公开"


D = """县财政局关于县政协十一届二次会议第26号提案的会办意见
县教育局：
    由贵局主办、我局会办的县政协十一届二次会议第26号提案《关于提高乡村教师待遇的提案》收悉。经研究，现提出会办意见如下：
    1．落实乡村教师生活补助资金。2024年县财政安排乡村教师生活补助资金1860万元，已全部拨付到位。
    2．支持教师周转宿舍建设。统筹资金800万元，用于乡镇学校教师周转宿舍建设。
    以上意见供参考。
县财政局
2024年5月10日
"""


def test_a_county_finance_bureau_joint_opinion_with_run_in_points() -> None:
    doc = parsed(D)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "县财政局关于县政协十一届二次会议第26号提案的会办意见",
            "number": None,
            # the organ that opens the title
            "issuer": "县财政局",
            "recipients": ["县教育局"],
            "ref": "26",
            "metadata": {},
            "preamble": [
                "由贵局主办、我局会办的县政协十一届二次会议第26号提案《关于提高乡村教师待遇的提案》收悉。"
                "经研究，现提出会办意见如下："
            ],
            "sections": [
                (
                    1,
                    "1．",
                    1,
                    "落实乡村教师生活补助资金",
                    ["2024年县财政安排乡村教师生活补助资金1860万元，已全部拨付到位。"],
                ),
                (1, "2．", 2, "支持教师周转宿舍建设", ["统筹资金800万元，用于乡镇学校教师周转宿舍建设。"]),
            ],
            "items": [],
            "closing": "以上意见供参考。",
            "signature": (["县财政局"], "2024-05-10", "2024年5月10日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "县", 11, 2, "提案")
    assert r.title == "关于提高乡村教师待遇的提案"
