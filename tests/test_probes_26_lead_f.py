"""The lead's sixth spot check of session 26, five more ordinary documents, expected values written by hand
from the contract before the parser ran on them (this file was committed first, skipped): a portal copy of a
province department's answer under a four-line information block with 公开方式 and 文号, the title repeated in
the page's headline; a county answer whose 答复类别 and 公开属性 share one line above the title; a district answer
whose 落款 organ carries （盖章）; a county answer with Arabic-numbered 1. 2. headings and （1） points under them;
a WeChat copy of a city bureau's answer with 原创 byline and 预览时标签不可点 footer.

First look (the file as committed, 1d4eda66 on lead26, 20:24 UTC): 5/5 documents whole, every check right.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

F1 = """首页 > 政务公开 > 建议提案办理
索引号：11520000009392123A/2024-00088
发布机构：黔中省农业农村厅
公开方式：主动公开
文号：黔农函〔2024〕156号
关于省十四届人大二次会议第1123号代表建议的答复
祝某某代表：
　　您提出的《关于支持山地特色农业机械化发展的建议》收悉。经研究，现答复如下：
　　一、加大农机购置补贴力度。2023年，全省落实农机购置补贴资金3.2亿元，补贴山地适用机具1.8万台（套）。
　　二、加快宜机化改造。全省完成耕地宜机化改造12万亩，山区农机作业条件得到改善。
　　感谢您对农业农村工作的关心和支持。
黔中省农业农村厅
2024年6月30日
"""


def test_a_province_department_answer_under_a_four_line_information_block() -> None:
    doc = parsed(F1)
    same(
        look(doc, "首页 > 政务公开"),
        {
            "kind": "reply",
            "title": "关于省十四届人大二次会议第1123号代表建议的答复",
            "number": ("黔农函〔2024〕156号", 2024, 156),
            "issuer": "黔中省农业农村厅",
            "recipients": ["祝某某代表"],
            "ref": "1123",
            "metadata": {
                "索引号": "11520000009392123A/2024-00088",
                "发布机构": "黔中省农业农村厅",
                "公开方式": "主动公开",
                "文号": "黔农函〔2024〕156号",
            },
            "preamble": ["您提出的《关于支持山地特色农业机械化发展的建议》收悉。经研究，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "加大农机购置补贴力度",
                    ["2023年，全省落实农机购置补贴资金3.2亿元，补贴山地适用机具1.8万台（套）。"],
                ),
                (1, "二、", 2, "加快宜机化改造", ["全省完成耕地宜机化改造12万亩，山区农机作业条件得到改善。"]),
            ],
            "items": [],
            "closing": "感谢您对农业农村工作的关心和支持。",
            "signature": (["黔中省农业农村厅"], "2024-06-30", "2024年6月30日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


F2 = """答复类别：B类　　　　公开属性：主动公开
关于县政协十届四次会议第0066号提案的答复
易某某委员：
　　您提出的《关于规范农村建房管理的提案》收悉。现答复如下：
　　目前，我县已出台《农村村民住宅建设管理办法》，实行“一个窗口对外受理、多部门联动审批”，今年已审批农村建房1260户。下一步，我们将加强乡镇规划建设管理力量，并将建房管理纳入乡镇年度考核。
　　感谢您的关心和支持。
长乐坪县自然资源局
2024年7月15日
"""


def test_a_county_answer_whose_category_and_disclosure_share_one_line_above_the_title() -> None:
    doc = parsed(F2)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县政协十届四次会议第0066号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["易某某委员"],
            "ref": "0066",
            "metadata": {"答复类别": "B类", "公开属性": "主动公开"},
            "preamble": [
                "您提出的《关于规范农村建房管理的提案》收悉。现答复如下：",
                "目前，我县已出台《农村村民住宅建设管理办法》，实行“一个窗口对外受理、多部门联动审批”，"
                "今年已审批农村建房1260户。下一步，我们将加强乡镇规划建设管理力量，并将建房管理纳入乡镇年度考核。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您的关心和支持。",
            "signature": (["长乐坪县自然资源局"], "2024-07-15", "2024年7月15日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure) == ("B", "主动公开")


F3 = """关于区九届人大四次会议第27号建议的答复
薛某某代表：
　　您提出的《关于增设社区老年食堂的建议》收悉。现答复如下：
　　今年我区已建成社区老年食堂14个，为60周岁以上老年人提供助餐服务，日均就餐1100余人次。
　　感谢您对民政工作的关心和支持。
新港区民政局（盖章）
2024年6月5日
"""


def test_a_district_answer_whose_signing_organ_carries_its_seal_note() -> None:
    doc = parsed(F3)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区九届人大四次会议第27号建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["薛某某代表"],
            "ref": "27",
            "metadata": {},
            "preamble": [
                "您提出的《关于增设社区老年食堂的建议》收悉。现答复如下：",
                "今年我区已建成社区老年食堂14个，为60周岁以上老年人提供助餐服务，日均就餐1100余人次。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您对民政工作的关心和支持。",
            # the seal's note is no part of the organ's name
            "signature": (["新港区民政局"], "2024-06-05", "2024年6月5日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


F4 = """关于县二十届人大三次会议第103号建议的答复
鄢某某代表：
　　您提出的《关于加强农村供水保障的建议》收悉。现答复如下：
　　1.供水工程建设
　　（1）今年完成12处农村集中供水工程改造，新增受益人口2.1万人。
　　（2）在6个乡镇建设应急备用水源，提高干旱季节供水保障能力。
　　2.运行管护
　　建立县级统管、乡镇协管、村级专管的管护体系，落实管护经费180万元。
　　特此答复。
乌蒙坝县水务局
2024年7月2日
"""


def test_a_county_answer_with_arabic_numbered_headings_over_bracketed_points() -> None:
    doc = parsed(F4)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县二十届人大三次会议第103号建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["鄢某某代表"],
            "ref": "103",
            "metadata": {},
            "preamble": ["您提出的《关于加强农村供水保障的建议》收悉。现答复如下："],
            "sections": [
                (1, "1.", 1, "供水工程建设", []),
                (2, "（1）", 1, "今年完成12处农村集中供水工程改造，新增受益人口2.1万人", []),
                (2, "（2）", 2, "在6个乡镇建设应急备用水源，提高干旱季节供水保障能力", []),
                (1, "2.", 2, "运行管护", ["建立县级统管、乡镇协管、村级专管的管护体系，落实管护经费180万元。"]),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (["乌蒙坝县水务局"], "2024-07-02", "2024年7月2日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


F5 = """关于市政协十届三次会议第0245号提案的答复
原创 景川市文化广电旅游局 景川文旅 2024年07月26日 17:05 云南
邬某某委员：
您提出的《关于加强乡村旅游民宿规范管理的提案》收悉。现答复如下：
一、出台管理办法。我局会同市公安局、市消防救援支队制定《景川市乡村民宿管理办法》，明确民宿开办条件。
二、开展等级评定。全市已评定星级民宿86家，带动民宿提质升级。
感谢您对文化旅游工作的关心和支持！
景川市文化广电旅游局
2024年7月25日
预览时标签不可点
阅读 2315
"""


def test_a_wechat_copy_of_a_city_bureau_answer_with_its_byline_and_preview_note() -> None:
    doc = parsed(F5)
    same(
        look(doc, "原创", "景川文旅", "预览时标签不可点", "阅读 2315"),
        {
            "kind": "reply",
            "title": "关于市政协十届三次会议第0245号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["邬某某委员"],
            "ref": "0245",
            "metadata": {},
            "preamble": ["您提出的《关于加强乡村旅游民宿规范管理的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "出台管理办法",
                    ["我局会同市公安局、市消防救援支队制定《景川市乡村民宿管理办法》，明确民宿开办条件。"],
                ),
                (1, "二、", 2, "开展等级评定", ["全市已评定星级民宿86家，带动民宿提质升级。"]),
            ],
            "items": [],
            "closing": "感谢您对文化旅游工作的关心和支持！",
            "signature": (["景川市文化广电旅游局"], "2024-07-25", "2024年7月25日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
