"""The lead's second spot check of session 22: three documents of ordinary shapes, expected values written
by hand from the contract before the parser ran on them (this file was committed first): a district
bureau's answer to a 人大代表建议 as a PDF's text layer gives it (a bare category letter on the first
line, the 版头 organ and 文号, the title over two lines, every line cut at about twenty characters, a
`- 1 -` page number inside the body); a city bureau's answer to a 政协提案 with two ranks, a 一是/二是 run
whose third member opens the next paragraph, a 落款 set right and a four-line contact block with 地址 and
邮编; a provincial office's 批复 under its organ line and 文号 with points as whole sentences, 此复,
附注 and a 抄送 of three organs parted by 、.

First look (the file as committed, on main d16a743b): 3/3 documents whole, every check right (the three
`look`s and the asserts under them). No parser miss.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

E = """A类
苏州市吴中区住房和城乡建设局
吴住建〔2024〕45号

关于区十八届人大三次会议第
0112号代表建议的答复

顾某某代表：
    您提出的关于加快老旧小区加装电梯进度
的建议收悉。现答复如下：
    一、工作开展情况
    2023年我区共完成既有多层住宅加装电梯
82台，累计发放财政补贴1640万元。
                - 1 -
    二、下一步打算
    下一步，我局将简化审批流程，推行“一
站式”联合审批，力争2024年完成加装电梯
100台。
    感谢您对我区住房和城乡建设工作的关心和
支持。
苏州市吴中区住房和城乡建设局
2024年6月18日
（联系人：钱某，电话：0512-66512345）
"""


def test_a_district_answer_from_a_pdf_text_layer_cut_at_twenty_characters() -> None:
    doc = parsed(E)
    got = look(doc, "- 1 -")
    # warnings left out: whether joining the cut lines is worth a warning is not what this checks
    del got["warnings"]
    same(
        got,
        {
            "kind": "reply",
            "title": "关于区十八届人大三次会议第0112号代表建议的答复",
            "number": ("吴住建〔2024〕45号", 2024, 45),
            # the organ line over the 文号 is the 版头's 发文机关标志
            "issuer": "苏州市吴中区住房和城乡建设局",
            "recipients": ["顾某某代表"],
            "ref": "0112",
            "metadata": {},
            "preamble": ["您提出的关于加快老旧小区加装电梯进度的建议收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "工作开展情况",
                    ["2023年我区共完成既有多层住宅加装电梯82台，累计发放财政补贴1640万元。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "下一步打算",
                    ["下一步，我局将简化审批流程，推行“一站式”联合审批，力争2024年完成加装电梯100台。"],
                ),
            ],
            "items": [],
            "closing": "感谢您对我区住房和城乡建设工作的关心和支持。",
            "signature": (["苏州市吴中区住房和城乡建设局"], "2024-06-18", "2024年6月18日"),
            "contact": ("钱某", ["0512-66512345"]),
            "cc": None,
            "attachments": [],
            "leaked": [],
        },
    )
    h = doc.header
    # a bare letter is taken as written
    assert h.handling_result == "A"
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "区", 18, 3, "建议")


G = """关于市政协十四届三次会议第143号提案的答复
刘某某委员：
    您提出的《关于加强社区居家养老服务的提案》收悉，现答复如下：
    一、我市社区居家养老服务现状
    （一）服务设施。全市已建成街道综合养老服务中心48个、社区养老服务站326个。
    （二）服务队伍。全市现有养老护理员2100余人，其中持证上岗率达到85%。
    二、下一步工作措施
    （一）完善服务网络。一是推进街道综合养老服务中心全覆盖；二是支持社区养老服务站嵌入式发展。
    三是探索“物业服务+养老服务”模式，在10个小区开展试点。
    （二）加强人才培养。每年组织养老护理员培训不少于1000人次。
    此复。
                               市民政局
                            2024年7月2日
    联系人：孙某某
    联系电话：0539-8123456
    通讯地址：临沂市兰山区北京路10号
    邮政编码：276000
"""


def test_a_city_answer_whose_enumeration_runs_on_into_the_next_paragraph() -> None:
    doc = parsed(G)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十四届三次会议第143号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["刘某某委员"],
            "ref": "143",
            "metadata": {},
            "preamble": ["您提出的《关于加强社区居家养老服务的提案》收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "我市社区居家养老服务现状", []),
                (2, "（一）", 1, "服务设施", ["全市已建成街道综合养老服务中心48个、社区养老服务站326个。"]),
                (2, "（二）", 2, "服务队伍", ["全市现有养老护理员2100余人，其中持证上岗率达到85%。"]),
                (1, "二、", 2, "下一步工作措施", []),
                (
                    2,
                    "（一）",
                    1,
                    "完善服务网络",
                    [
                        "一是推进街道综合养老服务中心全覆盖；二是支持社区养老服务站嵌入式发展。",
                        "三是探索“物业服务+养老服务”模式，在10个小区开展试点。",
                    ],
                ),
                (2, "（二）", 2, "加强人才培养", ["每年组织养老护理员培训不少于1000人次。"]),
            ],
            # the run goes on across paragraphs of one section; each item belongs where it starts
            "items": [
                [("一是", "推进街道综合养老服务中心全覆盖"), ("二是", "支持社区养老服务站嵌入式发展")],
                [("三是", "探索“物业服务+养老服务”模式，在10个小区开展试点")],
            ],
            "closing": "此复。",
            "signature": (["市民政局"], "2024-07-02", "2024年7月2日"),
            "contact": ("孙某某", ["0539-8123456"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    c = doc.contact
    assert c is not None
    assert c.address == "临沂市兰山区北京路10号"
    assert c.postcode == "276000"
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 14, 3, "提案")


H = """河北省人民政府办公厅
冀政办函〔2024〕33号
河北省人民政府办公厅关于同意设立青河经济开发区的批复
沧州市人民政府：
    你市《关于设立青河经济开发区的请示》（沧政字〔2024〕12号）收悉。经省政府同意，现批复如下：
    一、同意设立青河经济开发区，实行现行省级开发区政策，开发区管理机构为市政府派出机构。
    二、开发区核准面积为8.5平方公里，四至范围以省自然资源厅审核的界址为准，主导产业为装备制造和生物医药。
    三、你市要切实加强对开发区的领导，严格执行国土空间规划，节约集约利用土地，不得擅自扩大开发区范围。
    此复。
                              河北省人民政府办公厅
                                2024年3月12日
（此件主动公开）
抄送：省发展改革委、省自然资源厅、省商务厅。
"""


def test_a_provincial_office_approval_with_a_three_organ_copy_line() -> None:
    doc = parsed(H)
    same(
        look(doc),
        {
            "kind": "approval",
            "title": "河北省人民政府办公厅关于同意设立青河经济开发区的批复",
            "number": ("冀政办函〔2024〕33号", 2024, 33),
            "issuer": "河北省人民政府办公厅",
            "recipients": ["沧州市人民政府"],
            "ref": None,
            "metadata": {},
            "preamble": ["你市《关于设立青河经济开发区的请示》（沧政字〔2024〕12号）收悉。经省政府同意，现批复如下："],
            # each point is one sentence of more than 30 characters ending in 。: a point, title null
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    None,
                    ["同意设立青河经济开发区，实行现行省级开发区政策，开发区管理机构为市政府派出机构。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    None,
                    [
                        "开发区核准面积为8.5平方公里，四至范围以省自然资源厅审核的界址为准，"
                        "主导产业为装备制造和生物医药。"
                    ],
                ),
                (
                    1,
                    "三、",
                    3,
                    None,
                    ["你市要切实加强对开发区的领导，严格执行国土空间规划，节约集约利用土地，不得擅自扩大开发区范围。"],
                ),
            ],
            "items": [],
            "closing": "此复。",
            "signature": (["河北省人民政府办公厅"], "2024-03-12", "2024年3月12日"),
            "contact": None,
            # 、 parts organs of three characters or more ending in 委 and 厅
            "cc": ["省发展改革委", "省自然资源厅", "省商务厅"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.header.disclosure == "主动公开"
