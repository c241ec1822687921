"""The lead's second spot check of session 30: four documents with deeper structure, expected values by
hand from the contract before the parser ran on them (committed first). A city 住房和城乡建设局's answer
to a 政协提案 with three ranks (一、/（一）/1.), a 一是/二是 run inside a （二）, a 下一步 section and a
contact block after the 落款; a 协办意见 from a district 财政局 to the lead department (addressed to an
organ, no sections, 特此函复); a county 自然资源局's answer to a 人大代表建议 naming its 领衔代表 in the
addressee line (several representatives), with an 附件 and a 抄送; a provincial 厅's answer whose
numbered points are untitled (each a whole sentence over 30 characters). Made-up organs, people and
places (鄞川市, 渌水区, 篁溪县, 澧南省).

First look (the file as committed, a98ab633 on main d6a0d5dc, 09:13 UTC): 2/4 documents whole as I wrote
them; all misses were MINE: an item's lead runs to the first 。 or ；, not to the first ， (the contract's
`lead`), and the 协办意见's organ line stands directly above its 关于… title with no 文号 between, so it is the
title's first line (the same reading I missed in the first spot check). A third was mine too: I
asked for a phase on the section (phase is a paragraph's) and expected `plan` from the heading's title
下一步工作打算, which the contract never reads (only a paragraph opening with 下一步 …). The parser was right
on 4/4.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

HOUSING = """鄞川市住房和城乡建设局
鄞建提〔2025〕15号
关于市政协十四届三次会议第0056号提案的答复
致公党鄞川市委员会：
　　你们提出的《关于加快老旧小区加装电梯的提案》收悉。现答复如下：
　　一、工作开展情况
　　（一）政策体系逐步完善
　　1.出台加装电梯实施意见
　　2023年我局会同市财政局出台《鄞川市既有住宅加装电梯实施意见》，明确每台补助20万元。
　　2.简化审批流程
　　将规划、施工许可合并办理，办理时限由60个工作日压缩至20个工作日。
　　（二）推进中存在的困难
　　一是居民意见难统一，低层住户顾虑采光和噪声。二是资金筹措难，部分小区业主出资意愿不强。
　　二、下一步工作打算
　　我局将推广“一梯一策”协商机制，并探索引入社会资本参与加装电梯建设和运营。
　　感谢你们对住房城乡建设工作的关心和支持。
鄞川市住房和城乡建设局
2025年6月30日
联系人：夏某某
联系电话：0574-87654321
通讯地址：鄞川市渌水区府前路8号
邮政编码：315000
"""


def test_a_three_rank_answer_with_a_run_inside_a_subsection_and_a_contact_block() -> None:
    doc = parsed(HOUSING)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十四届三次会议第0056号提案的答复",
            "number": ("鄞建提〔2025〕15号", 2025, 15),
            "issuer": "鄞川市住房和城乡建设局",
            "recipients": ["致公党鄞川市委员会"],
            "ref": "0056",
            "preamble": ["你们提出的《关于加快老旧小区加装电梯的提案》收悉。现答复如下："],
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (2, "（一）", 1, "政策体系逐步完善", []),
                (
                    3,
                    "1.",
                    1,
                    "出台加装电梯实施意见",
                    ["2023年我局会同市财政局出台《鄞川市既有住宅加装电梯实施意见》，明确每台补助20万元。"],
                ),
                (3, "2.", 2, "简化审批流程", ["将规划、施工许可合并办理，办理时限由60个工作日压缩至20个工作日。"]),
                (
                    2,
                    "（二）",
                    2,
                    "推进中存在的困难",
                    ["一是居民意见难统一，低层住户顾虑采光和噪声。二是资金筹措难，部分小区业主出资意愿不强。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "下一步工作打算",
                    ["我局将推广“一梯一策”协商机制，并探索引入社会资本参与加装电梯建设和运营。"],
                ),
            ],
            "items": [
                [("一是", "居民意见难统一，低层住户顾虑采光和噪声"), ("二是", "资金筹措难，部分小区业主出资意愿不强")]
            ],
            "closing": "感谢你们对住房城乡建设工作的关心和支持。",
            "signature": (["鄞川市住房和城乡建设局"], "2025-06-30", "2025年6月30日"),
            "contact": ("夏某某", ["0574-87654321"]),
            "warnings": [],
        },
    )
    assert doc.contact is not None
    assert doc.contact.address == "鄞川市渌水区府前路8号"
    assert doc.contact.postcode == "315000"
    # the contract's phase is read from a paragraph opening with 下一步 …, never from a heading's title
    # (settled in tests/test_probes_11_structure.py): the plan section's paragraph has none
    plan = [s for s in doc.iter_sections() if s.title == "下一步工作打算"]
    assert [p.phase for p in plan[0].paragraphs] == [None]


ASSIST = """鄞川市渌水区财政局
关于区人大十届四次会议第32号建议的协办意见
区教育局：
　　朱某某代表提出的《关于提高乡村教师交通补贴的建议》收悉。经研究，我局协办意见如下：
　　乡村教师交通补贴所需资金已列入2025年区级财政预算，下一步我局将根据区教育局提出的补贴方案及时拨付资金，并会同区教育局加强资金绩效评价。
　　特此函复。
鄞川市渌水区财政局
2025年3月18日
"""


def test_an_assisting_department_opinion_addressed_to_the_lead_department() -> None:
    doc = parsed(ASSIST)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "鄞川市渌水区财政局关于区人大十届四次会议第32号建议的协办意见",
            "number": None,
            "issuer": "鄞川市渌水区财政局",
            "recipients": ["区教育局"],
            "ref": "32",
            "sections": [],
            "closing": "特此函复。",
            "signature": (["鄞川市渌水区财政局"], "2025-03-18", "2025年3月18日"),
            "contact": None,
            "warnings": [],
        },
    )
    assert doc.header.responds_to is not None and doc.header.responds_to.kind == "建议"


LAND = """篁溪县自然资源局
篁自然资建〔2024〕6号
对县十七届人大三次会议第15号建议的答复
章某某、林某某、邹某某代表：
　　你们提出的《关于加快农村宅基地确权登记的建议》收悉。现答复如下：
　　截至2024年5月底，全县农村宅基地和集体建设用地使用权确权登记发证率达到92%，剩余部分主要为权属有争议的宗地。
　　下一步，我局将组织乡镇、村组逐宗调处权属争议，力争年底前发证率达到98%以上。
　　附件：篁溪县农村宅基地确权登记进度表
篁溪县自然资源局
2024年6月14日
抄送：县人大常委会选举任免联络工作委员会，县政府办公室。
"""


def test_an_answer_to_several_representatives_with_an_attachment_and_a_cc_line() -> None:
    doc = parsed(LAND)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "对县十七届人大三次会议第15号建议的答复",
            "number": ("篁自然资建〔2024〕6号", 2024, 6),
            "issuer": "篁溪县自然资源局",
            "recipients": ["章某某、林某某、邹某某代表"],
            "ref": "15",
            "sections": [],
            "signature": (["篁溪县自然资源局"], "2024-06-14", "2024年6月14日"),
            "cc": ["县人大常委会选举任免联络工作委员会", "县政府办公室"],
            "attachments": ["篁溪县农村宅基地确权登记进度表"],
            "warnings": [],
        },
    )


PROVINCE = """澧南省生态环境厅
澧环提函〔2025〕42号
澧南省生态环境厅关于省政协十三届三次会议第20250314号提案的答复
何某某委员：
　　您提出的关于加强农村黑臭水体治理的提案收悉。经认真研究，并商省住房城乡建设厅、省农业农村厅，现答复如下：
　　1.2024年全省完成农村黑臭水体治理1260个，国家监管清单内的黑臭水体治理完成率达到85%。
　　2.我厅已将农村黑臭水体治理成效纳入各市污染防治攻坚战成效考核，考核结果向社会公开。
　　3.今年我厅将会同省财政厅争取中央农村环境整治资金，优先支持整县推进黑臭水体治理的地区。
　　感谢您对生态环境保护工作的关心。
澧南省生态环境厅
2025年7月2日
"""


def test_a_province_answer_whose_numbered_points_are_whole_sentences() -> None:
    doc = parsed(PROVINCE)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "澧南省生态环境厅关于省政协十三届三次会议第20250314号提案的答复",
            "number": ("澧环提函〔2025〕42号", 2025, 42),
            "issuer": "澧南省生态环境厅",
            "recipients": ["何某某委员"],
            "ref": "20250314",
            "sections": [
                (
                    1,
                    "1.",
                    1,
                    None,
                    ["2024年全省完成农村黑臭水体治理1260个，国家监管清单内的黑臭水体治理完成率达到85%。"],
                ),
                (
                    1,
                    "2.",
                    2,
                    None,
                    ["我厅已将农村黑臭水体治理成效纳入各市污染防治攻坚战成效考核，考核结果向社会公开。"],
                ),
                (
                    1,
                    "3.",
                    3,
                    None,
                    ["今年我厅将会同省财政厅争取中央农村环境整治资金，优先支持整县推进黑臭水体治理的地区。"],
                ),
            ],
            "closing": "感谢您对生态环境保护工作的关心。",
            "signature": (["澧南省生态环境厅"], "2025-07-02", "2025年7月2日"),
            "warnings": [],
        },
    )
