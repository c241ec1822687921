"""The lead's second spot check of session 21, written before the parser ran on it (committed first):
four more ordinary shapes. A 省厅's answer to a 省人大代表建议 under 办理类别 and 公开属性 lines and its
文号, the organ opening the title, headings 一、关于…; a 复函 to a body of the 政协 (市工商联) whose
points are （一） with run-in headings and a date written with a leading zero (07月05日); an answer to
five 代表 with 一、 headings over 1. points (no （一） rank between) and an 附件 line above the 落款; a
county office's notice whose 附件 list of two numbered titles (one opening with a year) stands under
特此通知 and above the 落款.

First look (the file as committed, on main 79f2e7f): 4/4 documents whole, all 76 checks right. No
parser miss.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

E = """办理类别：B类
公开属性：主动公开
湘教建〔2024〕35号
湖南省教育厅关于省十四届人大二次会议第0562号代表建议的答复
刘某某代表：
    您提出的关于加快职业教育产教融合的建议收悉，现答复如下：
    一、关于推动校企合作
    我厅联合省发展改革委、省工业和信息化厅认定省级产教融合型企业126家，支持职业院校与企业共建实训基地。
    二、关于完善专业设置
    我厅建立专业动态调整机制，2023年新增智能制造、新能源汽车等专业点89个，撤销就业率低的专业点41个。
    下一步，我厅将继续深化产教融合，推动职业教育高质量发展。
    衷心感谢您对全省教育工作的关心和支持。
湖南省教育厅
2024年7月5日
"""


def test_a_provincial_department_answer_under_category_and_disclosure_lines() -> None:
    doc = parsed(E)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "湖南省教育厅关于省十四届人大二次会议第0562号代表建议的答复",
            "number": ("湘教建〔2024〕35号", 2024, 35),
            "issuer": "湖南省教育厅",
            "recipients": ["刘某某代表"],
            "ref": "0562",
            "metadata": {"办理类别": "B类", "公开属性": "主动公开"},
            "preamble": ["您提出的关于加快职业教育产教融合的建议收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于推动校企合作",
                    [
                        "我厅联合省发展改革委、省工业和信息化厅认定省级产教融合型企业126家，支持职业院校与企业共建实训基地。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于完善专业设置",
                    [
                        "我厅建立专业动态调整机制，2023年新增智能制造、新能源汽车等专业点89个，撤销就业率低的专业点41个。",
                        "下一步，我厅将继续深化产教融合，推动职业教育高质量发展。",
                    ],
                ),
            ],
            "items": [],
            "closing": "衷心感谢您对全省教育工作的关心和支持。",
            "signature": (["湖南省教育厅"], "2024-07-05", "2024年7月5日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure) == ("B", "主动公开")
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "省", 14, 2, "建议")
    assert [p.phase for p in doc.sections[1].paragraphs] == ["progress", "plan"]


F = """关于市政协十四届二次会议第147号提案的复函
市工商联：
    贵单位提出的《关于优化民营企业融资环境的提案》收悉。经研究，现函复如下：
    （一）加大信贷投放力度。引导辖区银行机构单列民营企业信贷计划，2023年末全市民营企业贷款余额较年初增长14.6%。
    （二）拓宽直接融资渠道。建立拟上市企业后备库，入库企业68家，其中3家已在北交所上市。
    （三）完善融资担保体系。市融资担保公司注册资本增至20亿元，平均担保费率降至1%以下。
    专此函复。
某市地方金融管理局
2024年07月05日
"""


def test_a_letter_answering_a_body_of_the_cppcc_with_parenthesised_points() -> None:
    doc = parsed(F)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十四届二次会议第147号提案的复函",
            "number": None,
            "issuer": None,
            "recipients": ["市工商联"],
            "ref": "147",
            "metadata": {},
            "preamble": ["贵单位提出的《关于优化民营企业融资环境的提案》收悉。经研究，现函复如下："],
            "sections": [
                (
                    1,
                    "（一）",
                    1,
                    "加大信贷投放力度",
                    ["引导辖区银行机构单列民营企业信贷计划，2023年末全市民营企业贷款余额较年初增长14.6%。"],
                ),
                (1, "（二）", 2, "拓宽直接融资渠道", ["建立拟上市企业后备库，入库企业68家，其中3家已在北交所上市。"]),
                (1, "（三）", 3, "完善融资担保体系", ["市融资担保公司注册资本增至20亿元，平均担保费率降至1%以下。"]),
            ],
            "items": [],
            "closing": "专此函复。",
            "signature": (["某市地方金融管理局"], "2024-07-05", "2024年07月05日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 14, 2, "提案")
    assert r.title == "关于优化民营企业融资环境的提案"
    assert [s.style for s in doc.sections] == ["cn-paren"] * 3


G = """关于区十八届人大四次会议第33号建议的答复
赵某某等5位代表：
    你们提出的《关于改善城区学校周边交通秩序的建议》收悉，经会同区公安分局交警大队研究，现答复如下：
    一、已开展的工作
    1.增设交通设施。在城区12所中小学周边设置限速标志、减速带和学生接送临时停车位。
    2.加强高峰执勤。上下学高峰时段安排警力和志愿者在校门口疏导交通。
    二、下一步打算
    1.推行错峰放学。指导学校按年级分时段放学，缓解校门口拥堵。
    2.建设接送驿站。在具备条件的学校周边建设学生接送驿站3处。
    附件：城区学校周边交通设施设置情况表
    区教育局
    2024年6月28日
"""


def test_an_answer_to_five_deputies_with_numbered_points_under_headings_and_an_attachment_line() -> None:
    doc = parsed(G)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区十八届人大四次会议第33号建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["赵某某等5位代表"],
            "ref": "33",
            "metadata": {},
            "preamble": [
                "你们提出的《关于改善城区学校周边交通秩序的建议》收悉，经会同区公安分局交警大队研究，现答复如下："
            ],
            "sections": [
                (1, "一、", 1, "已开展的工作", []),
                (2, "1.", 1, "增设交通设施", ["在城区12所中小学周边设置限速标志、减速带和学生接送临时停车位。"]),
                (2, "2.", 2, "加强高峰执勤", ["上下学高峰时段安排警力和志愿者在校门口疏导交通。"]),
                (1, "二、", 2, "下一步打算", []),
                (2, "1.", 1, "推行错峰放学", ["指导学校按年级分时段放学，缓解校门口拥堵。"]),
                (2, "2.", 2, "建设接送驿站", ["在具备条件的学校周边建设学生接送驿站3处。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["区教育局"], "2024-06-28", "2024年6月28日"),
            "contact": None,
            "cc": None,
            "attachments": ["城区学校周边交通设施设置情况表"],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "区", 18, 4, "建议")
    assert r.title == "关于改善城区学校周边交通秩序的建议"


H = """关于开展2024年度安全生产月活动的通知
各镇（街道），县直有关单位：
    为深入贯彻落实安全生产工作部署，经研究，决定在全县开展2024年度安全生产月活动。现将有关事项通知如下：
    一、活动时间
    2024年6月1日至6月30日。
    二、活动内容
    （一）开展隐患排查整治。各单位要对本行业领域开展一次全覆盖隐患排查。
    （二）组织应急演练。各镇（街道）至少组织一次综合性应急演练。
    三、工作要求
    各单位要于7月5日前将活动总结报送县安委办。
    特此通知。
    附件：1.2024年度安全生产月活动安排表
          2.活动总结报送表
县安全生产委员会办公室
2024年5月20日
"""


def test_a_notice_with_a_two_title_attachment_list_between_its_closing_and_signature() -> None:
    doc = parsed(H)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "关于开展2024年度安全生产月活动的通知",
            "number": None,
            "issuer": None,
            "recipients": ["各镇（街道）", "县直有关单位"],
            "ref": None,
            "metadata": {},
            "preamble": [
                "为深入贯彻落实安全生产工作部署，经研究，决定在全县开展2024年度安全生产月活动。现将有关事项通知如下："
            ],
            "sections": [
                (1, "一、", 1, "活动时间", ["2024年6月1日至6月30日。"]),
                (1, "二、", 2, "活动内容", []),
                (2, "（一）", 1, "开展隐患排查整治", ["各单位要对本行业领域开展一次全覆盖隐患排查。"]),
                (2, "（二）", 2, "组织应急演练", ["各镇（街道）至少组织一次综合性应急演练。"]),
                (1, "三、", 3, "工作要求", ["各单位要于7月5日前将活动总结报送县安委办。"]),
            ],
            "items": [],
            "closing": "特此通知。",
            "signature": (["县安全生产委员会办公室"], "2024-05-20", "2024年5月20日"),
            "contact": None,
            "cc": None,
            "attachments": ["2024年度安全生产月活动安排表", "活动总结报送表"],
            "warnings": [],
            "leaked": [],
        },
    )
