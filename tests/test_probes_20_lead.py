"""The lead's spot check of session 20: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first). A check of the
whole, not a round: a county bureau's answer to a 人大建议 with its organ on the line above a 关于
title, two ranks of points, 一是/二是/三是 after a colon and a 下一步 paragraph under the last point;
a city commission's answer to a party committee's 提案 copied from a portal (breadcrumb, an
information table, its 文号 and 答复类别 above the title, points as 一是/二是/三是 paragraphs, a
下阶段 paragraph, a 抄送 line, share links); a county government office's notice under its 文件
letterhead with points numbered 1./2. under 二、, a two-line 附件 list, a publication note and a 版记;
an answer signed jointly by two organs, dated in Chinese numerals, with 一方面/另一方面 inside one
paragraph and a 今后 paragraph before 专此答复.

First look (81d648c, the file as committed, on main 570df1a): 4/4 documents whole, all 87 checks right
(17 compared fields each in `look` plus the extra asserts). No parser miss and no misreading of mine.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """南江县交通运输局
关于县十八届人大三次会议第36号建议的答复
张某某代表：
    您提出的《关于改善乡村公路通行条件的建议》收悉。经认真研究，现答复如下：
    一、基本情况
    截至2023年底，全县农村公路总里程达3260公里，通村硬化路实现行政村全覆盖，但部分路段路面较窄、会车困难。
    二、主要措施
    （一）加快路网提档升级。今年我局计划实施农村公路改建项目18个：一是拓宽主要通村路段路面；二是增设错车道120处；三是对急弯陡坡路段实施安全生命防护工程。
    （二）强化日常养护管理。全面落实“路长制”，县、乡、村三级路长共计486名。
    下一步，我局将继续争取上级资金支持，逐年改善农村公路通行条件。
    再次感谢您对交通运输工作的关心和支持！
南江县交通运输局
2024年5月30日
（联系人：何某某；联系电话：0827-8821234）
"""


def test_a_county_answer_with_two_ranks_items_after_a_colon_and_a_plan_under_the_last_point() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "reply",
            # contract: an organ on its own line directly above a 关于… title is its first line and the issuer
            "title": "南江县交通运输局关于县十八届人大三次会议第36号建议的答复",
            "number": None,
            "issuer": "南江县交通运输局",
            "recipients": ["张某某代表"],
            "ref": "36",
            "metadata": {},
            "preamble": ["您提出的《关于改善乡村公路通行条件的建议》收悉。经认真研究，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "基本情况",
                    [
                        "截至2023年底，全县农村公路总里程达3260公里，通村硬化路实现行政村全覆盖，"
                        "但部分路段路面较窄、会车困难。"
                    ],
                ),
                (1, "二、", 2, "主要措施", []),
                (
                    2,
                    "（一）",
                    1,
                    "加快路网提档升级",
                    [
                        "今年我局计划实施农村公路改建项目18个：一是拓宽主要通村路段路面；二是增设错车道120处；"
                        "三是对急弯陡坡路段实施安全生命防护工程。"
                    ],
                ),
                (
                    2,
                    "（二）",
                    2,
                    "强化日常养护管理",
                    [
                        "全面落实“路长制”，县、乡、村三级路长共计486名。",
                        "下一步，我局将继续争取上级资金支持，逐年改善农村公路通行条件。",
                    ],
                ),
            ],
            "items": [
                [
                    ("一是", "拓宽主要通村路段路面"),
                    ("二是", "增设错车道120处"),
                    ("三是", "对急弯陡坡路段实施安全生命防护工程"),
                ]
            ],
            "closing": "再次感谢您对交通运输工作的关心和支持！",
            "signature": (["南江县交通运输局"], "2024-05-30", "2024年5月30日"),
            "contact": ("何某某", ["0827-8821234"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "县", 18, 3, "建议")
    assert r.title == "关于改善乡村公路通行条件的建议"
    points = doc.sections[1].sections
    assert [p.phase for p in points[0].paragraphs] == [None]
    assert [p.phase for p in points[1].paragraphs] == ["progress", "plan"]


B = """当前位置：首页 > 政府信息公开 > 建议提案办理
索引号：002561234/2024-08123
发布机构：湖滨市卫生健康委员会
成文日期：2024-07-12
公开方式：主动公开
湖卫提〔2024〕9号
答复类别：B类
关于市政协十二届三次会议第112号提案的答复
民盟湖滨市委员会：
    贵委员会提出的《关于加强基层医疗卫生人才队伍建设的提案》收悉，现将有关情况答复如下：
    近年来，我委高度重视基层卫生人才队伍建设，采取多项措施加以推进。
    一是拓宽人才引进渠道。2023年通过公开招聘、定向培养等方式为基层补充医务人员236名。
    二是完善激励保障机制。落实基层医务人员岗位补贴，提高乡镇卫生院中高级职称岗位比例。
    三是加强在岗人员培训。依托市级医院开展基层医务人员轮训，全年培训1800余人次。
    下阶段，我委将会同市人力社保局等部门，研究出台基层卫生人才专项支持政策。
    感谢贵委员会对卫生健康事业的关心和支持。
湖滨市卫生健康委员会
2024年7月12日
抄送：市政协提案委，市政府督查室。
分享到：微信 微博
"""


def test_a_portal_copy_of_an_answer_to_a_party_committee_with_items_as_paragraphs() -> None:
    doc = parsed(B)
    same(
        look(doc, "当前位置：首页 > 政府信息公开 > 建议提案办理", "分享到：微信 微博"),
        {
            "kind": "reply",
            "title": "关于市政协十二届三次会议第112号提案的答复",
            "number": ("湖卫提〔2024〕9号", 2024, 9),
            # no 发文机关标志 and no organ opening the title: the information table's 发文机关
            "issuer": "湖滨市卫生健康委员会",
            "recipients": ["民盟湖滨市委员会"],
            "ref": "112",
            "metadata": {
                "索引号": "002561234/2024-08123",
                "发布机构": "湖滨市卫生健康委员会",
                "成文日期": "2024-07-12",
                "公开方式": "主动公开",
                "答复类别": "B类",
            },
            "preamble": [
                "贵委员会提出的《关于加强基层医疗卫生人才队伍建设的提案》收悉，现将有关情况答复如下：",
                "近年来，我委高度重视基层卫生人才队伍建设，采取多项措施加以推进。",
                "一是拓宽人才引进渠道。2023年通过公开招聘、定向培养等方式为基层补充医务人员236名。",
                "二是完善激励保障机制。落实基层医务人员岗位补贴，提高乡镇卫生院中高级职称岗位比例。",
                "三是加强在岗人员培训。依托市级医院开展基层医务人员轮训，全年培训1800余人次。",
                "下阶段，我委将会同市人力社保局等部门，研究出台基层卫生人才专项支持政策。",
            ],
            "sections": [],
            "items": [],  # `look` lists the items of sections only; the preamble's are asserted below
            "closing": "感谢贵委员会对卫生健康事业的关心和支持。",
            "signature": (["湖滨市卫生健康委员会"], "2024-07-12", "2024年7月12日"),
            "contact": None,
            "cc": ["市政协提案委", "市政府督查室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure) == ("B", "主动公开")
    assert h.doc_number is not None and h.doc_number.agency_code == "湖卫提"
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 12, 3, "提案")
    assert r.title == "关于加强基层医疗卫生人才队伍建设的提案"
    assert list(r.proposers) == []
    assert [[(i.marker, i.lead) for i in p.items] for p in doc.preamble] == [
        [],
        [],
        [("一是", "拓宽人才引进渠道")],
        [("二是", "完善激励保障机制")],
        [("三是", "加强在岗人员培训")],
        [],
    ]
    assert [p.phase for p in doc.preamble] == ["progress"] * 5 + ["plan"]


C = """吉安县人民政府办公室文件
吉县府办发〔2024〕15号
吉安县人民政府办公室关于做好2024年防汛救灾工作的通知
各乡镇人民政府，县政府各部门：
    为切实做好今年防汛救灾工作，保障人民群众生命财产安全，经县政府同意，现就有关事项通知如下：
    一、提高思想认识
    各地各部门要充分认识防汛工作的严峻性和复杂性，克服麻痹思想和侥幸心理。
    二、落实工作责任
    1.严格落实以行政首长负责制为核心的防汛责任制。
    2.各乡镇要明确每座水库、每处地质灾害隐患点的责任人。
    三、强化值班值守
    汛期实行24小时值班和领导带班制度，遇有重大险情要在30分钟内报告县防汛办。
    附件：1.吉安县2024年防汛重点部位责任人名单
          2.吉安县防汛应急物资储备表
吉安县人民政府办公室
2024年4月28日
（此件公开发布）
抄送：县委办公室，县人大常委会办公室，县政协办公室。
吉安县人民政府办公室                2024年4月28日印发
"""


def test_a_county_notice_under_its_letterhead_with_numbered_points_attachments_and_an_imprint() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "吉安县人民政府办公室关于做好2024年防汛救灾工作的通知",
            "number": ("吉县府办发〔2024〕15号", 2024, 15),
            "issuer": "吉安县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "ref": None,
            "metadata": {},
            "preamble": ["为切实做好今年防汛救灾工作，保障人民群众生命财产安全，经县政府同意，现就有关事项通知如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "提高思想认识",
                    ["各地各部门要充分认识防汛工作的严峻性和复杂性，克服麻痹思想和侥幸心理。"],
                ),
                (1, "二、", 2, "落实工作责任", []),
                # each point's line has no stop inside and is under 30 characters: a heading by the contract
                (2, "1.", 1, "严格落实以行政首长负责制为核心的防汛责任制", []),
                (2, "2.", 2, "各乡镇要明确每座水库、每处地质灾害隐患点的责任人", []),
                (
                    1,
                    "三、",
                    3,
                    "强化值班值守",
                    ["汛期实行24小时值班和领导带班制度，遇有重大险情要在30分钟内报告县防汛办。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": (["吉安县人民政府办公室"], "2024-04-28", "2024年4月28日"),
            "contact": None,
            "cc": ["县委办公室", "县人大常委会办公室", "县政协办公室"],
            "attachments": ["吉安县2024年防汛重点部位责任人名单", "吉安县防汛应急物资储备表"],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert h.doc_number is not None and h.doc_number.agency_code == "吉县府办发"
    assert h.responds_to is None
    assert h.disclosure == "主动公开"
    assert doc.imprint is not None
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("吉安县人民政府办公室", "2024-04-28")


D = """对市人大十五届五次会议第2024063号建议的答复
刘某某代表：
    您在市十五届人大五次会议期间提出的《关于加快城区停车设施建设的建议》收悉。现就办理情况答复如下：
    停车难是群众反映强烈的民生问题。一方面，我局会同自然资源部门编制了《城区停车设施专项规划（2024—2030年）》，明确新增公共停车泊位1.2万个；另一方面，我们充分挖掘存量资源，推动机关企事业单位内部停车场错时向社会开放，目前已开放泊位3600个。
    今后，我局将持续推进公共停车场建设，力争年内新增泊位3000个。
    专此答复。
宜兴市住房和城乡建设局
宜兴市公安局交通警察大队
二〇二四年七月五日
"""


def test_a_joint_answer_dated_in_chinese_numerals_with_one_hand_and_the_other() -> None:
    doc = parsed(D)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "对市人大十五届五次会议第2024063号建议的答复",
            "number": None,
            # no letterhead, no organ opening the title, no information table; the signers are never copied
            "issuer": None,
            "recipients": ["刘某某代表"],
            "ref": "2024063",
            "metadata": {},
            "preamble": [
                "您在市十五届人大五次会议期间提出的《关于加快城区停车设施建设的建议》收悉。现就办理情况答复如下：",
                "停车难是群众反映强烈的民生问题。一方面，我局会同自然资源部门编制了《城区停车设施专项规划"
                "（2024—2030年）》，明确新增公共停车泊位1.2万个；另一方面，我们充分挖掘存量资源，"
                "推动机关企事业单位内部停车场错时向社会开放，目前已开放泊位3600个。",
                "今后，我局将持续推进公共停车场建设，力争年内新增泊位3000个。",
            ],
            "sections": [],
            "items": [],
            "closing": "专此答复。",
            "signature": (
                ["宜兴市住房和城乡建设局", "宜兴市公安局交通警察大队"],
                "2024-07-05",
                "二〇二四年七月五日",
            ),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert [[(i.marker, i.lead) for i in p.items] for p in doc.preamble] == [
        [],
        [
            (
                "一方面",
                "我局会同自然资源部门编制了《城区停车设施专项规划（2024—2030年）》，明确新增公共停车泊位1.2万个",
            ),
            ("另一方面", "我们充分挖掘存量资源，推动机关企事业单位内部停车场错时向社会开放，目前已开放泊位3600个"),
        ],
        [],
    ]
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("人大", "市", 15, 5, "2024063", "建议")
    assert r.title == "关于加快城区停车设施建设的建议"
