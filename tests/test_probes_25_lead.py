"""The lead's spot check of session 25: five documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first, skipped). A
check of the whole, not a round: a district veterans' bureau's answer to a 人大代表建议 as a PDF's text
layer (lines cut at 26 characters, a `— 1 —` page number between the pages, an 答复类别 row over the
title, run-in points); a city government's 批复 to a district's 请示 whose acknowledgement quotes the
请示's own 文号, three long points without headings, 此复, a 版记; a district market regulator's answer
to a 政协提案 as a converter's Markdown (`#` title, bold recipient, `##` headings over bold run-in
（一） points, a contact row with a full-width space and a 邮政编码 row); a county emergency bureau's
通报 whose organ stands directly over its 关于 title with the 文号 below, two ranks; a joint answer of
two city bodies with four ranks 一、/（一）/1．/（1）, the organs side by side in one 落款 line and the
date in 〇 numerals.

First look (the file as committed, aa2843b9 on main eb9b0488, 15:58 UTC): 5/5 documents whole, every
check right.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same, wrapped

_E_LINES = [
    "嘉禾区退役军人事务局",
    "嘉退役军人函〔2024〕9号",
    "答复类别：A类",
    "关于区十七届人大四次会议第032号代表建议的答复",
    "张某某代表：",
    "您提出的《关于加强退役军人就业创业扶持的建议》收悉，现答复如下：",
    "一、加强就业培训。今年以来，我局联合区人力资源和社会保障局举办退役军人专场招聘会4场，组织适应性培训380人次。",
    "二、落实创业扶持政策。对退役军人创办的小微企业，按规定落实税费减免和创业担保贷款贴息，今年已发放贷款620万元。",
    "三、下一步工作。我局将持续拓宽就业渠道，推动更多退役军人实现稳定就业。",
    "特此答复。",
    "嘉禾区退役军人事务局",
    "2024年6月28日",
    "联系人：赵某",
    "联系电话：0731-82501234",
]


def test_a_veterans_bureau_answer_as_a_pdf_text_layer_cut_at_26() -> None:
    lines = wrapped(_E_LINES, 26)
    # the page ends inside the second point
    cut = next(i for i, ln in enumerate(lines) if ln.startswith("二、")) + 2
    source = "\n".join([*lines[:cut], "— 1 —", *lines[cut:], "— 2 —"]) + "\n"
    doc = parsed(source)
    same(
        look(doc, "— 1 —", "— 2 —"),
        {
            "kind": "reply",
            "title": "关于区十七届人大四次会议第032号代表建议的答复",
            "number": ("嘉退役军人函〔2024〕9号", 2024, 9),
            # the 发文机关标志 over the 文号
            "issuer": "嘉禾区退役军人事务局",
            "recipients": ["张某某代表"],
            "ref": "032",
            "metadata": {"答复类别": "A类"},
            "preamble": ["您提出的《关于加强退役军人就业创业扶持的建议》收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "加强就业培训",
                    ["今年以来，我局联合区人力资源和社会保障局举办退役军人专场招聘会4场，组织适应性培训380人次。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "落实创业扶持政策",
                    ["对退役军人创办的小微企业，按规定落实税费减免和创业担保贷款贴息，今年已发放贷款620万元。"],
                ),
                (1, "三、", 3, "下一步工作", ["我局将持续拓宽就业渠道，推动更多退役军人实现稳定就业。"]),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (["嘉禾区退役军人事务局"], "2024-06-28", "2024年6月28日"),
            "contact": ("赵某", ["0731-82501234"]),
            "cc": None,
            "attachments": [],
            # lines re-joined across the measure and the page number: guesses, so warned
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )
    h = doc.header
    assert h.handling_result == "A"
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "区", 17, 4, "建议")
    assert (r.title, list(r.proposers)) == ("关于加强退役军人就业创业扶持的建议", [])
    assert h.doc_number is not None and h.doc_number.agency_code == "嘉退役军人函"


F = """江川市人民政府
江政复〔2025〕14号
江川市人民政府关于同意设立江川市临港物流园区的批复
临港区人民政府：
    你区《关于设立江川市临港物流园区的请示》（临政〔2025〕6号）收悉。经研究，现批复如下：
    一、同意设立江川市临港物流园区，规划面积3.2平方公里，四至范围以所附规划图为准。
    二、园区要坚持集约节约用地，严格落实生态环境保护要求，不得占用永久基本农田。
    三、你区要切实履行主体责任，加强组织领导，抓紧编制园区建设实施方案，确保各项工作落到实处。
    此复。
江川市人民政府
2025年3月4日
（此件公开发布）
抄送：市发展改革委，市自然资源局，市生态环境局。
江川市人民政府办公室                2025年3月5日印发
"""


def test_a_city_approval_quoting_the_request_s_number_in_its_opening() -> None:
    doc = parsed(F)
    same(
        look(doc),
        {
            "kind": "approval",
            "title": "江川市人民政府关于同意设立江川市临港物流园区的批复",
            # the 文号 under the 版头, not the 请示's number quoted in the opening
            "number": ("江政复〔2025〕14号", 2025, 14),
            "issuer": "江川市人民政府",
            "recipients": ["临港区人民政府"],
            # a 请示 is not a proposal (ProposalRef kinds: 提案, 建议, 议案, 意见)
            "ref": None,
            "metadata": {},
            "preamble": ["你区《关于设立江川市临港物流园区的请示》（临政〔2025〕6号）收悉。经研究，现批复如下："],
            # each point one sentence over 30 characters: no heading, the whole text is the paragraph
            "sections": [
                (1, "一、", 1, None, ["同意设立江川市临港物流园区，规划面积3.2平方公里，四至范围以所附规划图为准。"]),
                (1, "二、", 2, None, ["园区要坚持集约节约用地，严格落实生态环境保护要求，不得占用永久基本农田。"]),
                (
                    1,
                    "三、",
                    3,
                    None,
                    ["你区要切实履行主体责任，加强组织领导，抓紧编制园区建设实施方案，确保各项工作落到实处。"],
                ),
            ],
            "items": [],
            "closing": "此复。",
            "signature": (["江川市人民政府"], "2025-03-04", "2025年3月4日"),
            "contact": None,
            "cc": ["市发展改革委", "市自然资源局", "市生态环境局"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    i = doc.imprint
    assert i is not None
    assert (i.printed_by, i.printed_on) == ("江川市人民政府办公室", "2025-03-05")
    assert doc.header.disclosure == "主动公开"


G = """# 关于区政协九届四次会议第0217号提案的答复

**周某某委员：**

您提出的《关于加强校园周边食品安全监管的提案》收悉。现将办理情况答复如下：

## 一、主要工作

**（一）开展专项检查。**今年春季开学前后，我局对全区128所中小学校周边的食品经营户开展拉网式检查，检查经营户642户次。

**（二）推进“互联网+明厨亮灶”。**全区学校食堂“互联网+明厨亮灶”覆盖率达到100%。

## 二、下一步打算

下一步，我局将联合教育部门建立校园周边食品安全长效监管机制。

感谢您对市场监管工作的关心和支持。

西湾区市场监督管理局

2024年7月15日

联系人：钱某某　　联系电话：0760-88123456

邮政编码：528400
"""


def test_a_market_regulator_answer_as_a_converter_s_markdown() -> None:
    doc = parsed(G)
    same(
        look(doc, "#", "**"),
        {
            "kind": "reply",
            "title": "关于区政协九届四次会议第0217号提案的答复",
            "number": None,
            # no 版头, the title opens with 关于, no information table: the signature is never copied here
            "issuer": None,
            "recipients": ["周某某委员"],
            "ref": "0217",
            "metadata": {},
            "preamble": ["您提出的《关于加强校园周边食品安全监管的提案》收悉。现将办理情况答复如下："],
            "sections": [
                (1, "一、", 1, "主要工作", []),
                (
                    2,
                    "（一）",
                    1,
                    "开展专项检查",
                    ["今年春季开学前后，我局对全区128所中小学校周边的食品经营户开展拉网式检查，检查经营户642户次。"],
                ),
                (2, "（二）", 2, "推进“互联网+明厨亮灶”", ["全区学校食堂“互联网+明厨亮灶”覆盖率达到100%。"]),
                (1, "二、", 2, "下一步打算", ["下一步，我局将联合教育部门建立校园周边食品安全长效监管机制。"]),
            ],
            "items": [],
            "closing": "感谢您对市场监管工作的关心和支持。",
            "signature": (["西湾区市场监督管理局"], "2024-07-15", "2024年7月15日"),
            "contact": ("钱某某", ["0760-88123456"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.contact is not None and doc.contact.postcode == "528400"
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "区", 9, 4, "提案")
    assert r.title == "关于加强校园周边食品安全监管的提案"
    assert doc.sections[1].paragraphs[0].phase == "plan"


H = """丰源县应急管理局
关于2024年第一季度安全生产检查情况的通报
丰应急〔2024〕11号
各乡镇人民政府，县直有关单位：
    为切实做好安全生产工作，今年第一季度我局组织开展了安全生产综合检查。现将有关情况通报如下：
    一、检查基本情况
    本次检查共抽查企业86家，发现一般隐患214项，已整改196项，整改率91.6%。
    二、存在的主要问题
    （一）部分企业主体责任落实不到位。个别企业安全管理制度不健全，安全培训流于形式。
    （二）隐患整改不及时。部分企业对检查发现的问题整改拖延，存在侥幸心理。
    三、下一步工作要求
    各单位要举一反三，全面排查整治各类安全隐患，确保全县安全生产形势持续稳定。
    特此通报。
丰源县应急管理局
2024年4月12日
"""


def test_a_county_bulletin_whose_organ_stands_over_its_title() -> None:
    doc = parsed(H)
    same(
        look(doc),
        {
            "kind": "bulletin",
            # the organ directly over the 关于 title, no 文号 between: the title's first line and the issuer
            "title": "丰源县应急管理局关于2024年第一季度安全生产检查情况的通报",
            "number": ("丰应急〔2024〕11号", 2024, 11),
            "issuer": "丰源县应急管理局",
            "recipients": ["各乡镇人民政府", "县直有关单位"],
            "ref": None,
            "metadata": {},
            "preamble": ["为切实做好安全生产工作，今年第一季度我局组织开展了安全生产综合检查。现将有关情况通报如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "检查基本情况",
                    ["本次检查共抽查企业86家，发现一般隐患214项，已整改196项，整改率91.6%。"],
                ),
                (1, "二、", 2, "存在的主要问题", []),
                (2, "（一）", 1, "部分企业主体责任落实不到位", ["个别企业安全管理制度不健全，安全培训流于形式。"]),
                (2, "（二）", 2, "隐患整改不及时", ["部分企业对检查发现的问题整改拖延，存在侥幸心理。"]),
                (
                    1,
                    "三、",
                    3,
                    "下一步工作要求",
                    ["各单位要举一反三，全面排查整治各类安全隐患，确保全县安全生产形势持续稳定。"],
                ),
            ],
            "items": [],
            "closing": "特此通报。",
            "signature": (["丰源县应急管理局"], "2024-04-12", "2024年4月12日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


J = """关于市十五届人大二次会议第148号建议的答复
李某某代表：
    您提出的《关于推进城区停车设施建设的建议》收悉。经市住房和城乡建设局、市公安局交通警察支队共同研究，现答复如下：
    一、停车设施建设情况
    （一）公共停车场建设
    1．新建项目。2023年以来，全市新建公共停车场23处，新增泊位4600个。
    2．改造项目。利用闲置地块改造临时停车场9处，其中：
    （1）老城区改造临时停车场5处，新增泊位800个，主要服务周边商户和居民夜间停车；
    （2）高铁站周边改造临时停车场4处，新增泊位1100个，缓解了旅客接送车辆停放难题。
    （二）路内停车管理
    在主次干道施划路内停车泊位2300个，实行分时段收费。
    二、下一步工作
    下一步，两部门将加快编制停车设施专项规划，推动机关企事业单位停车场错时共享。
    特此答复。
临川市住房和城乡建设局        临川市公安局交通警察支队
二〇二四年五月三十日
"""


def test_a_joint_answer_of_four_ranks_signed_side_by_side() -> None:
    doc = parsed(J)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市十五届人大二次会议第148号建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["李某某代表"],
            "ref": "148",
            "metadata": {},
            "preamble": [
                "您提出的《关于推进城区停车设施建设的建议》收悉。经市住房和城乡建设局、市公安局交通警察支队共同研究，"
                "现答复如下："
            ],
            "sections": [
                (1, "一、", 1, "停车设施建设情况", []),
                (2, "（一）", 1, "公共停车场建设", []),
                (3, "1．", 1, "新建项目", ["2023年以来，全市新建公共停车场23处，新增泊位4600个。"]),
                (3, "2．", 2, "改造项目", ["利用闲置地块改造临时停车场9处，其中："]),
                # a final ； is not dropped, so a heading is out; over 30 characters either way
                (4, "（1）", 1, None, ["老城区改造临时停车场5处，新增泊位800个，主要服务周边商户和居民夜间停车；"]),
                (4, "（2）", 2, None, ["高铁站周边改造临时停车场4处，新增泊位1100个，缓解了旅客接送车辆停放难题。"]),
                (2, "（二）", 2, "路内停车管理", ["在主次干道施划路内停车泊位2300个，实行分时段收费。"]),
                (
                    1,
                    "二、",
                    2,
                    "下一步工作",
                    ["下一步，两部门将加快编制停车设施专项规划，推动机关企事业单位停车场错时共享。"],
                ),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (
                ["临川市住房和城乡建设局", "临川市公安局交通警察支队"],
                "2024-05-30",
                "二〇二四年五月三十日",
            ),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "市", 15, 2, "建议")
