"""The lead's third spot check of session 27: five documents, expected values by hand before the parser
ran on them (committed first). Titles as a PDF's text layer or a Word copy breaks them: a title set in
two centred lines of about twenty characters (the way 小标宋 at 二号 fills an A4 line) cut after
`建议` and again cut inside `的答复`; a Markdown conversion whose proposal facts stand in a `|` table
over the title; an answer numbered from `（一）` at the top with `1.` under it; a 一是/二是 run whose
members each open their own paragraph.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

TWO_LINES = """阜宁市教育局
阜教函〔2025〕33号
关于市十七届人大二次会议第0088号建议
办理情况的答复
丁某某代表：
　　您提出的《关于加强中小学心理健康教育的建议》收悉。现答复如下：
　　我局已在全市中小学配备专兼职心理健康教师412名，建成心理辅导室186间，实现中小学全覆盖。
　　感谢您对教育工作的关心和支持。
阜宁市教育局
2025年6月9日
"""


def test_a_title_set_in_two_centred_lines_cut_after_the_proposal_number() -> None:
    doc = parsed(TWO_LINES)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市十七届人大二次会议第0088号建议办理情况的答复",
            "number": ("阜教函〔2025〕33号", 2025, 33),
            # the letterhead's organ (a 文号 stands between it and the title, so it is no title line)
            "issuer": "阜宁市教育局",
            "recipients": ["丁某某代表"],
            "ref": "0088",
            "metadata": {},
            "preamble": [
                "您提出的《关于加强中小学心理健康教育的建议》收悉。现答复如下：",
                "我局已在全市中小学配备专兼职心理健康教师412名，建成心理辅导室186间，实现中小学全覆盖。",
            ],
            "sections": [],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["阜宁市教育局"], "2025-06-09", "2025年6月9日"),
            "warnings": [],
            "leaked": [],
        },
    )


CUT_IN_WORD = """关于县政协十届四次会议第215号提案的答
复
宋某某委员：
　　您提出的《关于规范农村自建房管理的提案》收悉。现答复如下：
　　今年我局会同各乡镇开展农村自建房安全隐患排查，共排查农村自建房4.6万栋，整治存在安全隐患的房屋312栋。
　　感谢您对住房和城乡建设工作的支持。
　　　　　　　　　　　　　　　　　　　　蒙山县住房和城乡建设局
　　　　　　　　　　　　　　　　　　　　2025年7月1日
"""


def test_a_title_whose_last_character_a_narrow_line_pushed_onto_a_line_of_its_own() -> None:
    doc = parsed(CUT_IN_WORD)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县政协十届四次会议第215号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["宋某某委员"],
            "ref": "215",
            "preamble": [
                "您提出的《关于规范农村自建房管理的提案》收悉。现答复如下：",
                "今年我局会同各乡镇开展农村自建房安全隐患排查，共排查农村自建房4.6万栋，整治存在安全隐患的房屋312栋。",
            ],
            "sections": [],
            "closing": "感谢您对住房和城乡建设工作的支持。",
            "signature": (["蒙山县住房和城乡建设局"], "2025-07-01", "2025年7月1日"),
            "leaked": [],
        },
    )


MARKDOWN = """| 提案号 | 第20250076号 |
| --- | --- |
| 提案人 | 九三学社东州市委会 |
| 承办单位 | 东州市科学技术局 |
| 答复类别 | A类 |

# 关于市政协十三届四次会议第20250076号提案的答复

九三学社东州市委会：

贵委提出的《关于支持企业建设研发机构的提案》收悉。经认真研究，现答复如下：

2024年，全市新认定市级企业研发机构85家，累计达到620家，市财政安排研发机构奖补资金3200万元。

感谢贵委对科技工作的关心和支持。

东州市科学技术局

2025年6月20日
"""


def test_a_markdown_conversion_with_the_proposal_facts_in_a_pipe_table_over_the_title() -> None:
    doc = parsed(MARKDOWN)
    same(
        look(doc, "| --- |", "# 关于"),
        {
            "kind": "reply",
            "title": "关于市政协十三届四次会议第20250076号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["九三学社东州市委会"],
            "ref": "20250076",
            "metadata": {
                "提案号": "第20250076号",
                "提案人": "九三学社东州市委会",
                "承办单位": "东州市科学技术局",
                "答复类别": "A类",
            },
            "preamble": [
                "贵委提出的《关于支持企业建设研发机构的提案》收悉。经认真研究，现答复如下：",
                "2024年，全市新认定市级企业研发机构85家，累计达到620家，市财政安排研发机构奖补资金3200万元。",
            ],
            "sections": [],
            "closing": "感谢贵委对科技工作的关心和支持。",
            "signature": (["东州市科学技术局"], "2025-06-20", "2025年6月20日"),
            "leaked": [],
        },
    )
    assert doc.header.handling_result == "A"


PAREN_TOP = """关于区人大十八届五次会议第31号建议的答复
郝某某代表：
　　您提出的《关于加强辖区河道保洁的建议》收悉。现答复如下：
　　（一）落实河长制
　　全区32条河道均设立区、镇（街道）、村（社区）三级河长，河长巡河率达到100%。
　　（二）加强日常保洁
　　1.实行专业化保洁。通过政府购买服务，委托专业公司负责主要河道日常保洁。
　　2.加强考核督查。每月对河道保洁情况进行考核，考核结果与保洁经费挂钩。
　　感谢您对水务工作的关心和支持。
　　　　　　　　　　　　　　　　　　　　临溪区水务局
　　　　　　　　　　　　　　　　　　　　2025年5月22日
"""


def test_an_answer_numbered_from_paren_numerals_at_its_top_with_arabic_points_under_them() -> None:
    doc = parsed(PAREN_TOP)
    same(
        look(doc),
        {
            "kind": "reply",
            "recipients": ["郝某某代表"],
            "ref": "31",
            "preamble": ["您提出的《关于加强辖区河道保洁的建议》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "（一）",
                    1,
                    "落实河长制",
                    ["全区32条河道均设立区、镇（街道）、村（社区）三级河长，河长巡河率达到100%。"],
                ),
                (1, "（二）", 2, "加强日常保洁", []),
                (2, "1.", 1, "实行专业化保洁", ["通过政府购买服务，委托专业公司负责主要河道日常保洁。"]),
                (2, "2.", 2, "加强考核督查", ["每月对河道保洁情况进行考核，考核结果与保洁经费挂钩。"]),
            ],
            "closing": "感谢您对水务工作的关心和支持。",
            "signature": (["临溪区水务局"], "2025-05-22", "2025年5月22日"),
            "warnings": [],
        },
    )
    assert [s.style for s in doc.sections] == ["cn-paren", "cn-paren"]


RUN_ACROSS = """关于市政协十二届三次会议第0159号提案的答复
韦某某委员：
　　您提出的《关于发展银发经济的提案》收悉。经认真研究，现答复如下：
　　近年来，我委积极推动银发经济发展。
　　一是完善养老服务体系。全市建成街道综合养老服务中心46个、社区养老服务站380个。
　　二是培育老年用品产业。支持企业研发适老化产品，已有12家企业入选省级老年用品推广目录。
　　三是丰富老年文化生活。全市老年大学在校学员达到5.6万人。
　　下一步，我委将会同有关部门研究制定促进银发经济发展的具体措施。
　　感谢您对民政工作的关心和支持。
　　　　　　　　　　　　　　　　　　　　桂江市民政局
　　　　　　　　　　　　　　　　　　　　2025年6月30日
"""


def test_a_run_whose_members_each_open_their_own_paragraph() -> None:
    doc = parsed(RUN_ACROSS)
    same(
        look(doc),
        {
            "kind": "reply",
            "recipients": ["韦某某委员"],
            "ref": "0159",
            "preamble": [
                "您提出的《关于发展银发经济的提案》收悉。经认真研究，现答复如下：",
                "近年来，我委积极推动银发经济发展。",
                "一是完善养老服务体系。全市建成街道综合养老服务中心46个、社区养老服务站380个。",
                "二是培育老年用品产业。支持企业研发适老化产品，已有12家企业入选省级老年用品推广目录。",
                "三是丰富老年文化生活。全市老年大学在校学员达到5.6万人。",
                "下一步，我委将会同有关部门研究制定促进银发经济发展的具体措施。",
            ],
            "sections": [],
            "closing": "感谢您对民政工作的关心和支持。",
            "signature": (["桂江市民政局"], "2025-06-30", "2025年6月30日"),
            "warnings": [],
        },
    )
    # each member belongs to the paragraph where it starts (contract, Item)
    runs = [[(i.ordinal, i.marker, i.lead) for i in p.items] for p in doc.preamble]
    assert runs == [
        [],
        [],
        [(1, "一是", "完善养老服务体系")],
        [(2, "二是", "培育老年用品产业")],
        [(3, "三是", "丰富老年文化生活")],
        [],
    ]
    assert [p.phase for p in doc.preamble] == ["progress"] * 5 + ["plan"]
