"""The lead's spot check of session 18: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first). A check of the
whole, not a round: a district bureau's answer to a 人大建议 under two 键：值 lines, its organ on the
line above an `对…` title and the proposal named without 《》; a county government's 批复 whose three
points are sentences too long to be headings, with a 附注; a city bureau's answer to a party's 提案
signed jointly on two lines, with 一是/二是 inside a run-in （一） under 一、 and a 抄送 line; a county
office's 实施意见 numbered to the third level (一、 / （一） / 1.), its organ opening the title.

First look (4f6f814, the file as committed, on main 93aab0a): 4/4 documents whole, all 78 checks right
(17 compared fields each in `look` plus the extra asserts). No parser miss and no misreading of mine.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """办理结果：A
签发人：何某某
广州市南岗区卫生健康局
对区十七届人大三次会议第38号建议的答复
黄某某代表：
您提出的关于加强社区卫生服务中心建设的建议收悉。我局高度重视，经认真研究，现答复如下：
一、基本情况
全区现有社区卫生服务中心14家、服务站36个，2023年门急诊量达到210万人次。
二、主要做法
（一）加强硬件建设。投入资金4500万元，完成8家社区卫生服务中心提质改造。
（二）充实人才队伍。招聘全科医生52名，组织骨干医师到三甲医院进修。
三、下一步工作
我局将继续推进基层医疗卫生服务能力提升，力争2025年底前所有社区卫生服务中心达到国家推荐标准。
再次感谢您对卫生健康工作的关心和支持。
南岗区卫生健康局
2024年7月5日
联系单位：区卫健委医政科　联系人：林某　电话：020-81234567
"""


def test_a_district_answer_whose_organ_line_opens_an_unbracketed_title() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "reply",
            # contract: an organ on its own line directly above a 对… title is its first line and the issuer
            "title": "广州市南岗区卫生健康局对区十七届人大三次会议第38号建议的答复",
            "number": None,
            "issuer": "广州市南岗区卫生健康局",
            "recipients": ["黄某某代表"],
            "ref": "38",
            "metadata": {"办理结果": "A", "签发人": "何某某"},
            "preamble": ["您提出的关于加强社区卫生服务中心建设的建议收悉。我局高度重视，经认真研究，现答复如下："],
            "sections": [
                (1, "一、", 1, "基本情况", ["全区现有社区卫生服务中心14家、服务站36个，2023年门急诊量达到210万人次。"]),
                (1, "二、", 2, "主要做法", []),
                (2, "（一）", 1, "加强硬件建设", ["投入资金4500万元，完成8家社区卫生服务中心提质改造。"]),
                (2, "（二）", 2, "充实人才队伍", ["招聘全科医生52名，组织骨干医师到三甲医院进修。"]),
                (
                    1,
                    "三、",
                    3,
                    "下一步工作",
                    ["我局将继续推进基层医疗卫生服务能力提升，力争2025年底前所有社区卫生服务中心达到国家推荐标准。"],
                ),
            ],
            "items": [],
            "closing": "再次感谢您对卫生健康工作的关心和支持。",
            "signature": (["南岗区卫生健康局"], "2024-07-05", "2024年7月5日"),
            "contact": ("林某", ["020-81234567"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.signer) == ("A", "何某某")
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "区", 17, 3, "建议")
    assert r.title == "关于加强社区卫生服务中心建设的建议"
    assert doc.contact is not None and doc.contact.unit == "区卫健委医政科"


B = """青石县人民政府
青政复〔2025〕14号
青石县人民政府关于同意设立青石镇便民服务中心的批复
县民政局：
你局《关于设立青石镇便民服务中心的请示》（青民〔2025〕3号）收悉。经研究，现批复如下：
一、同意设立青石镇便民服务中心，为青石镇人民政府所属公益一类事业单位，核定事业编制8名。
二、中心主要承担政务服务事项受理、代办和便民服务等职能，具体职责由青石镇人民政府确定。
三、请你局会同青石镇人民政府抓紧做好中心组建工作，确保2025年6月底前正式运行。
此复。
青石县人民政府
2025年4月2日
（此件公开发布）
"""


def test_an_approval_whose_numbered_points_are_sentences_not_headings() -> None:
    doc = parsed(B)
    same(
        look(doc),
        {
            "kind": "approval",
            "title": "青石县人民政府关于同意设立青石镇便民服务中心的批复",
            "number": ("青政复〔2025〕14号", 2025, 14),
            "issuer": "青石县人民政府",
            "recipients": ["县民政局"],
            "ref": None,  # it answers a 请示, not a proposal
            "metadata": {},
            "preamble": ["你局《关于设立青石镇便民服务中心的请示》（青民〔2025〕3号）收悉。经研究，现批复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    None,
                    ["同意设立青石镇便民服务中心，为青石镇人民政府所属公益一类事业单位，核定事业编制8名。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["中心主要承担政务服务事项受理、代办和便民服务等职能，具体职责由青石镇人民政府确定。"],
                ),
                (1, "三、", 3, None, ["请你局会同青石镇人民政府抓紧做好中心组建工作，确保2025年6月底前正式运行。"]),
            ],
            "items": [],
            "closing": "此复。",
            "signature": (["青石县人民政府"], "2025-04-02", "2025年4月2日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.header.disclosure == "主动公开"


C = """关于市政协十五届二次会议第0341号提案的答复
民建市委：
贵委提出的《关于加快发展银发经济的提案》收悉。现将办理情况答复如下：
一、我市发展银发经济的主要举措
（一）完善养老服务网络。一是建设区域养老服务中心，全市已建成42个；二是推进社区嵌入式养老，新增服务站点85个；三是发展助餐服务，老年助餐点覆盖率达到90%。
（二）培育老年用品市场。我们联合市商务局举办老年用品博览会两届，引进适老化产品企业30余家。
二、下一步工作
下一步，我们将会同相关部门制定促进银发经济发展的实施意见，推动养老服务和老年产品供给提质扩容。
感谢贵委对我市民政工作的关心和支持。
南州市民政局
南州市商务局
2024年8月20日
联系人：郑某　联系电话：0771-5566778
抄送：市政协提案委员会，市政府办公室。
"""


def test_a_jointly_signed_answer_with_points_inside_a_run_in_sub_heading() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十五届二次会议第0341号提案的答复",
            "number": None,
            "issuer": None,  # no 发文机关标志, no organ opening the title, no information table
            "recipients": ["民建市委"],
            "ref": "0341",
            "metadata": {},
            "preamble": ["贵委提出的《关于加快发展银发经济的提案》收悉。现将办理情况答复如下："],
            "sections": [
                (1, "一、", 1, "我市发展银发经济的主要举措", []),
                (
                    2,
                    "（一）",
                    1,
                    "完善养老服务网络",
                    [
                        "一是建设区域养老服务中心，全市已建成42个；二是推进社区嵌入式养老，新增服务站点85个；"
                        "三是发展助餐服务，老年助餐点覆盖率达到90%。"
                    ],
                ),
                (
                    2,
                    "（二）",
                    2,
                    "培育老年用品市场",
                    ["我们联合市商务局举办老年用品博览会两届，引进适老化产品企业30余家。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "下一步工作",
                    ["下一步，我们将会同相关部门制定促进银发经济发展的实施意见，推动养老服务和老年产品供给提质扩容。"],
                ),
            ],
            "items": [
                [
                    ("一是", "建设区域养老服务中心，全市已建成42个"),
                    ("二是", "推进社区嵌入式养老，新增服务站点85个"),
                    ("三是", "发展助餐服务，老年助餐点覆盖率达到90%"),
                ]
            ],
            "closing": "感谢贵委对我市民政工作的关心和支持。",
            "signature": (["南州市民政局", "南州市商务局"], "2024-08-20", "2024年8月20日"),
            "contact": ("郑某", ["0771-5566778"]),
            "cc": ["市政协提案委员会", "市政府办公室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 15, 2, "提案")
    assert r.title == "关于加快发展银发经济的提案"
    assert list(r.proposers) == []
    plan = doc.sections[1].paragraphs[0]
    assert plan.phase == "plan"


D = """北川县人民政府办公室关于加快推进县域商业体系建设的实施意见
北政办发〔2024〕21号
各乡镇人民政府，县政府各部门：
为贯彻落实省、市关于县域商业体系建设的部署，经县政府同意，提出如下意见。
一、总体要求
到2026年，基本建成以县城为中心、乡镇为重点、村为基础的县域商业体系。
二、重点任务
（一）完善县乡村三级物流配送体系。
1.建设县级物流配送中心。整合邮政、快递和商贸物流资源，建成县级共同配送中心1个。
2.改造乡镇商贸中心。每年改造提升乡镇商贸中心3个以上。
（二）提升农村消费环境。
开展农村市场专项整治，严厉打击假冒伪劣商品。
三、保障措施
各乡镇、各部门要加强协调配合，确保各项任务落到实处。
北川县人民政府办公室
2024年10月9日
"""


def test_an_opinion_numbered_to_the_third_level_with_its_organ_opening_the_title() -> None:
    doc = parsed(D)
    same(
        look(doc),
        {
            "kind": "opinion",
            "title": "北川县人民政府办公室关于加快推进县域商业体系建设的实施意见",
            "number": ("北政办发〔2024〕21号", 2024, 21),
            "issuer": "北川县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "ref": None,
            "metadata": {},
            "preamble": ["为贯彻落实省、市关于县域商业体系建设的部署，经县政府同意，提出如下意见。"],
            "sections": [
                (1, "一、", 1, "总体要求", ["到2026年，基本建成以县城为中心、乡镇为重点、村为基础的县域商业体系。"]),
                (1, "二、", 2, "重点任务", []),
                (2, "（一）", 1, "完善县乡村三级物流配送体系", []),
                (3, "1.", 1, "建设县级物流配送中心", ["整合邮政、快递和商贸物流资源，建成县级共同配送中心1个。"]),
                (3, "2.", 2, "改造乡镇商贸中心", ["每年改造提升乡镇商贸中心3个以上。"]),
                (2, "（二）", 2, "提升农村消费环境", ["开展农村市场专项整治，严厉打击假冒伪劣商品。"]),
                (1, "三、", 3, "保障措施", ["各乡镇、各部门要加强协调配合，确保各项任务落到实处。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["北川县人民政府办公室"], "2024-10-09", "2024年10月9日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
