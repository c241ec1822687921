"""The lead's spot check of session 17: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first). A check of the
whole, not a round: a county bureau's answer to a 人大建议 under a B类 mark and a 公开属性 line, its
points written 一是/二是 inside one paragraph and its plan in the paragraph after; a city bureau's
answer to a 民主党派's 提案 signed jointly with the 协办 bureau, with a contact block of four labelled
lines and 抄送; a portal's copy of a 提案 reply under breadcrumbs and a publish/source/views line, with
（一）/（二） run-in headings under 一、; a county office's notice issuing a plan, with two attachments
and a 版记.

First look (95fb5b7, the file as committed, on main 9010573): 4/4 documents whole, all 82 checks right
(17 compared fields each in `look` plus the extra asserts). No parser miss and no misreading of mine.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """B类
公开属性：主动公开
青山县交通运输局文件
青交建〔2025〕9号
关于县十八届人大四次会议第42号建议的答复
刘某某代表：
您在县十八届人大四次会议期间提出的《关于改善城乡公交服务的建议》收悉，现答复如下：
近年来，我局围绕城乡公交一体化做了大量工作。一是优化线路，新开通城乡公交线路6条；二是更新车辆，投放新能源公交车40辆；三是完善站点，新建港湾式停靠站22个。
下一步，我局将继续加大投入，力争年内实现建制村公交全覆盖。
感谢您对交通运输工作的关心和支持！
青山县交通运输局
2025年5月12日
联系人：孙某　联系电话：0736-7212345
"""


def test_a_county_answer_under_a_category_mark_with_points_inside_one_paragraph() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县十八届人大四次会议第42号建议的答复",
            "number": ("青交建〔2025〕9号", 2025, 9),
            "issuer": "青山县交通运输局",
            "recipients": ["刘某某代表"],
            "ref": "42",
            "metadata": {"公开属性": "主动公开"},
            "preamble": [
                "您在县十八届人大四次会议期间提出的《关于改善城乡公交服务的建议》收悉，现答复如下：",
                "近年来，我局围绕城乡公交一体化做了大量工作。一是优化线路，新开通城乡公交线路6条；"
                "二是更新车辆，投放新能源公交车40辆；三是完善站点，新建港湾式停靠站22个。",
                "下一步，我局将继续加大投入，力争年内实现建制村公交全覆盖。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您对交通运输工作的关心和支持！",
            "signature": (["青山县交通运输局"], "2025-05-12", "2025年5月12日"),
            "contact": ("孙某", ["0736-7212345"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.header.handling_result == "B"
    assert doc.header.disclosure == "主动公开"
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "县", 18, 4, "建议")
    assert r.title == "关于改善城乡公交服务的建议"
    assert [(i.marker, i.lead) for i in doc.preamble[1].items] == [
        ("一是", "优化线路，新开通城乡公交线路6条"),
        ("二是", "更新车辆，投放新能源公交车40辆"),
        ("三是", "完善站点，新建港湾式停靠站22个"),
    ]
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]


B = """东江市教育局
东教提〔2024〕31号
关于市政协十三届三次会议第0212号提案的答复
市民盟：
贵会提出的《关于提高乡村教师生活补助标准的提案》收悉。经市教育局会同市财政局认真研究，现答复如下：
2023年全市落实乡村教师生活补助资金1.2亿元，惠及乡村教师1.1万人，人均月补助标准提高至600元。
下一步，我们将根据财力状况逐步提高补助标准，向边远艰苦地区倾斜。
以上答复，如有不妥，请批评指正。
东江市教育局　　　　东江市财政局
2024年6月28日
联系人：吴某某
联系电话：0791-86543210
通讯地址：东江市中山路88号
邮政编码：330006
抄送：市政协提案委员会，市政府督查室。
"""


def test_a_jointly_signed_answer_to_a_party_proposal_with_a_four_line_contact_block() -> None:
    doc = parsed(B)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0212号提案的答复",
            "number": ("东教提〔2024〕31号", 2024, 31),
            "issuer": "东江市教育局",
            "recipients": ["市民盟"],
            "ref": "0212",
            "metadata": {},
            "preamble": [
                "贵会提出的《关于提高乡村教师生活补助标准的提案》收悉。经市教育局会同市财政局认真研究，现答复如下：",
                "2023年全市落实乡村教师生活补助资金1.2亿元，惠及乡村教师1.1万人，人均月补助标准提高至600元。",
                "下一步，我们将根据财力状况逐步提高补助标准，向边远艰苦地区倾斜。",
            ],
            "sections": [],
            "items": [],
            "closing": "以上答复，如有不妥，请批评指正。",
            "signature": (["东江市教育局", "东江市财政局"], "2024-06-28", "2024年6月28日"),
            "contact": ("吴某某", ["0791-86543210"]),
            "cc": ["市政协提案委员会", "市政府督查室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    c = doc.contact
    assert c is not None
    assert (c.address, c.postcode) == ("东江市中山路88号", "330006")
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 13, 3, "提案")
    assert r.title == "关于提高乡村教师生活补助标准的提案"
    assert list(r.proposers) == []  # 市民盟 is the addressee; proposers are never inferred from it


C = """当前位置：首页 > 政府信息公开 > 建议提案办理
关于市政协十四届二次会议第156号提案的答复
发布时间：2024-08-15 10:20　来源：市农业农村局　浏览次数：312
【字体：大 中 小】
赵某某委员：
您提出的《关于发展壮大村级集体经济的提案》收悉，经会同市财政局研究，现答复如下：
一、工作开展情况
（一）强化政策扶持。2023年市级财政安排扶持资金3000万元，支持120个村发展集体经济项目。
（二）创新发展模式。指导各地探索物业经营、资源开发、服务创收等多种模式。
二、下一步工作打算
我局将进一步完善扶持政策，推动村级集体经济持续增收。
市农业农村局
2024年7月30日
（联系人：钱某，电话：0512-66881234）
【打印本页】【关闭窗口】
"""


def test_a_portal_copy_of_a_proposal_answer_with_run_in_headings_under_a_top_heading() -> None:
    doc = parsed(C)
    got = look(doc, "当前位置：首页", "浏览次数：312", "【字体：大中小】", "【打印本页】", "【关闭窗口】")
    same(
        got,
        {
            "kind": "reply",
            "title": "关于市政协十四届二次会议第156号提案的答复",
            "number": None,
            "issuer": None,  # 来源 is chrome by the contract, not a 发文机关
            "recipients": ["赵某某委员"],
            "ref": "156",
            "metadata": {},
            "preamble": ["您提出的《关于发展壮大村级集体经济的提案》收悉，经会同市财政局研究，现答复如下："],
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (2, "（一）", 1, "强化政策扶持", ["2023年市级财政安排扶持资金3000万元，支持120个村发展集体经济项目。"]),
                (2, "（二）", 2, "创新发展模式", ["指导各地探索物业经营、资源开发、服务创收等多种模式。"]),
                (1, "二、", 2, "下一步工作打算", ["我局将进一步完善扶持政策，推动村级集体经济持续增收。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["市农业农村局"], "2024-07-30", "2024年7月30日"),
            "contact": ("钱某", ["0512-66881234"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 14, 2, "提案")
    assert r.title == "关于发展壮大村级集体经济的提案"


D = """清河县人民政府办公室文件
清政办发〔2025〕6号
清河县人民政府办公室关于印发清河县农村人居环境整治提升行动方案的通知
各乡镇人民政府，县直各单位：
《清河县农村人居环境整治提升行动方案》已经县政府同意，现印发给你们，请认真组织实施。
附件：1.清河县农村人居环境整治提升行动方案
　　　2.清河县农村人居环境整治任务分工表
清河县人民政府办公室
2025年3月18日
（此件公开发布）
抄送：县委办公室，县人大常委会办公室，县政协办公室。
清河县人民政府办公室　　　　　　　　2025年3月18日印发
"""


def test_a_county_offices_notice_issuing_a_plan_with_two_attachments_and_an_imprint() -> None:
    doc = parsed(D)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "清河县人民政府办公室关于印发清河县农村人居环境整治提升行动方案的通知",
            "number": ("清政办发〔2025〕6号", 2025, 6),
            "issuer": "清河县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县直各单位"],
            "ref": None,
            "metadata": {},
            "preamble": ["《清河县农村人居环境整治提升行动方案》已经县政府同意，现印发给你们，请认真组织实施。"],
            "sections": [],
            "items": [],
            "closing": None,
            "signature": (["清河县人民政府办公室"], "2025-03-18", "2025年3月18日"),
            "contact": None,
            "cc": ["县委办公室", "县人大常委会办公室", "县政协办公室"],
            "attachments": ["清河县农村人居环境整治提升行动方案", "清河县农村人居环境整治任务分工表"],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.header.disclosure == "主动公开"
    assert doc.imprint is not None
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("清河县人民政府办公室", "2025-03-18")
