"""The lead's spot check of session 21: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first). A check of the
whole, not a round: a city government's 批复 to a county's 请示 under its 发文机关标志 and 文号, its
points numbered 一、 as whole sentences (no headings) and 此复。; a 街道办事处's answer to a 区人大
代表建议 with no organ in its title, its points numbered 1. with run-in headings, an 接下来 paragraph
under the last point and a 落款 set right with spaces, the contact on two lines under it; a district
bureau's answer to a 政协提案 with 类别 and 签发人 on the first line, its 发文机关标志 and 文号 over
the title, run-in 一、 headings, the contact in brackets and a 抄送 line; a county office's notice that
prints the 方案 it issues after its own 落款 (the 方案's sections are the body's, the 落款 the notice's).

First look (the file as committed, on main 0eec41e): 4/4 documents whole, all 79 checks right (17
compared fields in `look` for three, 16 for the notice, plus the asserts below each). No parser miss.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """临川市人民政府
临府复〔2024〕17号
临川市人民政府关于同意设立青石镇农产品加工园区的批复
青石县人民政府：
    你县《关于申请设立青石镇农产品加工园区的请示》（青政〔2024〕41号）收悉。经研究，现批复如下：
    一、同意设立青石镇农产品加工园区，规划面积2.6平方公里，四至范围以你县报送的规划图为准。
    二、园区建设要坚持集约节约用地，严格落实生态环境保护要求，不得占用永久基本农田。
    三、你县要加强组织领导，明确管理机构，完善配套设施，推动园区规范有序发展。
    此复。
临川市人民政府
2024年8月9日
（此件公开发布）
"""


def test_a_city_approval_of_a_county_request_with_points_as_whole_sentences() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "approval",
            "title": "临川市人民政府关于同意设立青石镇农产品加工园区的批复",
            "number": ("临府复〔2024〕17号", 2024, 17),
            "issuer": "临川市人民政府",
            "recipients": ["青石县人民政府"],
            # a 请示 is no proposal: nothing answered in the contract's sense
            "ref": None,
            "metadata": {},
            "preamble": [
                "你县《关于申请设立青石镇农产品加工园区的请示》（青政〔2024〕41号）收悉。经研究，现批复如下："
            ],
            # each point is one sentence longer than 30 characters ending in 。: no heading, title null
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    None,
                    ["同意设立青石镇农产品加工园区，规划面积2.6平方公里，四至范围以你县报送的规划图为准。"],
                ),
                (1, "二、", 2, None, ["园区建设要坚持集约节约用地，严格落实生态环境保护要求，不得占用永久基本农田。"]),
                (1, "三、", 3, None, ["你县要加强组织领导，明确管理机构，完善配套设施，推动园区规范有序发展。"]),
            ],
            "items": [],
            "closing": "此复。",
            "signature": (["临川市人民政府"], "2024-08-09", "2024年8月9日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert h.doc_number is not None and h.doc_number.agency_code == "临府复"
    assert h.disclosure == "主动公开"
    assert [s.style for s in doc.sections] == ["cn", "cn", "cn"]


B = """关于区十七届人大三次会议第58号代表建议的答复
王某某代表：
    您在区十七届人大三次会议期间提出的《关于增设老旧小区电动自行车充电设施的建议》收悉。现将办理情况答复如下：
    我街道辖区共有老旧小区23个，居民电动自行车保有量约1.2万辆，充电需求大，“飞线充电”现象时有发生。收到建议后，街道会同区消防救援大队、区市场监管局进行了实地调研。
    1.加快充电设施建设。今年以来已在12个小区新建集中充电棚27处，安装充电端口640个。
    2.加强安全隐患排查。联合社区、物业开展“飞线充电”专项整治，清理楼道停放车辆1300余辆。
    3.引导居民安全充电。通过社区宣传栏、居民微信群宣传电动自行车安全充电知识。
    接下来，街道将把其余11个小区的充电设施建设纳入明年民生实事项目。
    特此答复。

                                  沙河街道办事处
                                  2024年6月20日
联系人：刘某某
联系电话：028-86521234
"""


def test_a_street_office_answer_numbered_one_two_three_with_a_plan_under_the_last_point() -> None:
    doc = parsed(B)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区十七届人大三次会议第58号代表建议的答复",
            "number": None,
            # no 发文机关标志, no organ opening the title, no information table
            "issuer": None,
            "recipients": ["王某某代表"],
            "ref": "58",
            "metadata": {},
            "preamble": [
                "您在区十七届人大三次会议期间提出的《关于增设老旧小区电动自行车充电设施的建议》收悉。"
                "现将办理情况答复如下：",
                "我街道辖区共有老旧小区23个，居民电动自行车保有量约1.2万辆，充电需求大，“飞线充电”现象时有发生。"
                "收到建议后，街道会同区消防救援大队、区市场监管局进行了实地调研。",
            ],
            "sections": [
                (1, "1.", 1, "加快充电设施建设", ["今年以来已在12个小区新建集中充电棚27处，安装充电端口640个。"]),
                (
                    1,
                    "2.",
                    2,
                    "加强安全隐患排查",
                    ["联合社区、物业开展“飞线充电”专项整治，清理楼道停放车辆1300余辆。"],
                ),
                (
                    1,
                    "3.",
                    3,
                    "引导居民安全充电",
                    [
                        "通过社区宣传栏、居民微信群宣传电动自行车安全充电知识。",
                        "接下来，街道将把其余11个小区的充电设施建设纳入明年民生实事项目。",
                    ],
                ),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (["沙河街道办事处"], "2024-06-20", "2024年6月20日"),
            "contact": ("刘某某", ["028-86521234"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "区", 17, 3, "建议")
    assert r.title == "关于增设老旧小区电动自行车充电设施的建议"
    assert [s.style for s in doc.sections] == ["num", "num", "num"]
    assert [p.phase for p in doc.sections[2].paragraphs] == ["progress", "plan"]


C = """A类                                    签发人：陈某某
滨江区人力资源和社会保障局
滨人社提〔2024〕6号
关于区政协十一届三次会议第2024047号提案的答复
周某某委员：
    您提出的《关于促进高校毕业生在区内就业创业的提案》收悉。经会同区教育局、区科技局认真研究，现答复如下：
    一、加强就业岗位供给。我局联合辖区重点企业开展“春风行动”“百日千万”等专场招聘活动46场，提供岗位1.8万个。
    二、强化创业扶持政策。对首次创业的高校毕业生给予一次性创业补贴5000元，2023年共发放补贴312万元。
    三、优化就业服务。在区内3所高校设立就业服务站，为毕业生提供政策咨询、职业指导等“一站式”服务。
    您在提案中提出的建立青年人才驿站的建议很有针对性，我局已将其纳入2025年重点工作计划。
    感谢您对人力资源和社会保障工作的关心和支持！
滨江区人力资源和社会保障局
2024年5月16日
（联系人：杨某某，联系电话：0571-87701234）
抄送：区政协提案委员会，区政府办公室。
"""


def test_a_district_bureau_answer_with_category_and_signer_on_its_first_line() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区政协十一届三次会议第2024047号提案的答复",
            "number": ("滨人社提〔2024〕6号", 2024, 6),
            # the organ line over the 文号 is the 发文机关标志
            "issuer": "滨江区人力资源和社会保障局",
            "recipients": ["周某某委员"],
            "ref": "2024047",
            "metadata": {"签发人": "陈某某"},
            "preamble": [
                "您提出的《关于促进高校毕业生在区内就业创业的提案》收悉。经会同区教育局、区科技局认真研究，现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "加强就业岗位供给",
                    ["我局联合辖区重点企业开展“春风行动”“百日千万”等专场招聘活动46场，提供岗位1.8万个。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "强化创业扶持政策",
                    ["对首次创业的高校毕业生给予一次性创业补贴5000元，2023年共发放补贴312万元。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    "优化就业服务",
                    [
                        "在区内3所高校设立就业服务站，为毕业生提供政策咨询、职业指导等“一站式”服务。",
                        "您在提案中提出的建立青年人才驿站的建议很有针对性，我局已将其纳入2025年重点工作计划。",
                    ],
                ),
            ],
            "items": [],
            "closing": "感谢您对人力资源和社会保障工作的关心和支持！",
            "signature": (["滨江区人力资源和社会保障局"], "2024-05-16", "2024年5月16日"),
            "contact": ("杨某某", ["0571-87701234"]),
            "cc": ["区政协提案委员会", "区政府办公室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.signer) == ("A", "陈某某")
    assert h.doc_number is not None and h.doc_number.agency_code == "滨人社提"
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "区", 11, 3, "提案")
    assert r.title == "关于促进高校毕业生在区内就业创业的提案"


D = """石门县人民政府办公室
关于印发《石门县2024年农村人居环境整治提升工作方案》的通知
各乡镇人民政府，县直各单位：
    《石门县2024年农村人居环境整治提升工作方案》已经县人民政府同意，现印发给你们，请认真组织实施。
石门县人民政府办公室
2024年3月12日
石门县2024年农村人居环境整治提升工作方案
    为持续改善农村人居环境，建设宜居宜业和美乡村，结合我县实际，制定本方案。
    一、工作目标
    到2024年底，全县农村卫生厕所普及率达到92%以上，生活垃圾收运处置体系覆盖所有行政村。
    二、重点任务
    （一）推进农村厕所革命。新改建农村户厕1500户，同步建设粪污处理设施。
    （二）治理农村生活垃圾。完善“户分类、村收集、镇转运、县处理”体系。
    三、保障措施
    各乡镇要落实属地责任，县农业农村局负责统筹协调和督导考核。
"""


def test_a_notice_issuing_a_plan_printed_after_its_own_signature() -> None:
    doc = parsed(D)
    same(
        look(doc),
        {
            "kind": "notice",
            # an organ on its own line right above a 关于 title is the title's first line and the issuer
            "title": "石门县人民政府办公室关于印发《石门县2024年农村人居环境整治提升工作方案》的通知",
            "number": None,
            "issuer": "石门县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县直各单位"],
            "ref": None,
            "metadata": {},
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "工作目标",
                    ["到2024年底，全县农村卫生厕所普及率达到92%以上，生活垃圾收运处置体系覆盖所有行政村。"],
                ),
                (1, "二、", 2, "重点任务", []),
                (2, "（一）", 1, "推进农村厕所革命", ["新改建农村户厕1500户，同步建设粪污处理设施。"]),
                (2, "（二）", 2, "治理农村生活垃圾", ["完善“户分类、村收集、镇转运、县处理”体系。"]),
                (1, "三、", 3, "保障措施", ["各乡镇要落实属地责任，县农业农村局负责统筹协调和督导考核。"]),
            ],
            "items": [],
            "closing": None,
            # the plan printed after the notice does not move the notice's 落款
            "signature": (["石门县人民政府办公室"], "2024-03-12", "2024年3月12日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.preamble[0].text == (
        "《石门县2024年农村人居环境整治提升工作方案》已经县人民政府同意，现印发给你们，请认真组织实施。"
    )
