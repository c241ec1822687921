"""Session 25's held-out blind check of the whole parser, for the session's closing note: forty
documents set aside before anyone looked at the parser's output on them, written as offices publish
them and as users hold them, every area mixed at once (no puzzles), and varied from holdout21,
holdout22, holdout23, holdout23b and holdout24 (other bodies and places, other fields, table shapes,
page labels and damage; none of their documents copied; every organ, person and place below the
province made up, no real document's text). Expected values were written by hand from the contract
(../shared/design/contract.md), README's "Schema 1.x adds" sections and the settled readings of the
earlier rounds:
- a numbered line of at most 30 characters with no 。！？；： inside is a heading even if it ends in 。;
  one with no stop at all is a heading at any length; a run-in heading is the text before the first 。
  or ： of at most 30 characters with more text after it on its line; a numbered point over 30
  characters with commas only is untitled, its whole text the section's first paragraph; an article
  (第X条) has a title only where its line is the number and a short heading alone;
- an unbracketed title after 提出的 is the proposal's title; proposers are never inferred from the
  recipients (贵会, 你们); the level is the level word of the reference's own place (政协岚川市第十二届
  委员会 → 市, 镇第十八届人大 → 镇);
- 签发人：… before the title, or beside the 文号, is a metadata pair as well as `signer`; the organ line
  over a 文号 is the 发文机关标志 (a company's, a school's too); an organ on its own line right above a 关于
  title, no 文号 between, is the title's first line and the issuer; 主办/协办/会办 rows are metadata, not a
  letterhead; a 来源 byline is chrome (an issuer it alone names is left out);
- 、 between two organ names of the contract's endings splits the 主送 (办事处 ends in 处);
- 以上意见供参考 closes a 协办/会办意见; a 纪要 signs nowhere, its head line under the serial is its
  imprint, its 出席/列席/记录 lines are `header.attendance`, and a 纪要's 〔2024〕7号 is its serial, not a
  DocNumber (no agency code);
- a line joined across a page number or a hard wrap is warned `page-break-joined`; a document without a
  落款 other than a 纪要 is warned `field-missing` (so every 方案/细则/意见 here carries its 落款);
- a bracketed 附注 after the 落款 giving 答复类别 and 是否公开 gives the category and the disclosure (session
  24), and, standing after the title, no metadata pair; （此件主动公开） gives the disclosure; a report to a
  人大常委会 on all of an organ's answers is `report` with no `responds_to` and no `field-missing`, the
  counts of its categories in the body no category of its own.

Batches (5 documents each):
1. answers to 人大代表建议: a county 烟草专卖局 (垂直管理, a C wording row, a 下一步 paragraph in a titled
   section), a province's 水利厅 (top-level （一） run-in points, 等10位代表, the category and disclosure
   in a bracketed note after the 落款), a 中学 opening its title (尊敬的, a 区第七届 reference, 1． run-in
   points), a 邮政 company (its 版头 over a 文号, 签发人 on a line of its own, 一是 members in a section,
   a contact with 通讯地址 and 邮政编码), a township answering its own 镇人大 (no sections, 已采纳);
2. answers to 政协提案: a city 气象局 (three plain headings), a county 文旅局 over its title answering a
   九三学社 committee (一是 members), a district 民政局 under 留作参考 and 依申请公开 rows (no sections),
   a province's 生态环境厅 (提案答复的函, two ranks, a contact bracket parted by ；), a gas company over
   its title answering a 专委会 in the 政协某市第N届委员会 form (a 下一步 paragraph under the last point,
   以上答复，请予审阅);
3. joint answers and the letters around them: 主办/会办 rows over two organs stacked, a finance bureau's
   协办意见 (untitled points), a 邮政管理局's 会办意见的函 (一方面/另一方面, 特此函告), a railway
   车务段's 协办意见 (1. points, 以上意见，请你委在答复时统筹考虑), two bureaus signing side by side
   under a bare 类别 row;
4. notices, 批复, 函, 通报, 请示: a city 教育局's notice (two numbered 附件, 抄送 and 印发), a county's
   批复 to a township (untitled points, 此复, （此件公开发布）), a district bureau's 商请 函 to two 街道
   (an untitled point, the contact above the 落款, 请予支持为盼), a county 卫健局's 通报 (一是 members,
   特此通报), a township's 请示 (签发人 beside the 文号, 妥否，请批示, a bracketed contact);
5. a county government's 常务会议纪要 (serial, head line, 出席/列席/记录), a 街道's 工作方案 (three ranks,
   （1） points), a city 医保局's 实施细则 in articles (one with a heading line), a county's 报告 to its
   人大常委会 on the year's answers (以上报告，请予审议), a city 民政局's 指导意见 (run-in 一、 headings);
6. portal copies: a `|` table two pairs a row with a › breadcrumb, a 信息索引号/发文机关/发文字号/公开形式
   table one pair a line with share and 上一篇/下一篇 rows, a tax bureau's answer under a byline with a
   字体 box and a 扫一扫 line, a `·`-bulleted table over a 批复, a township's answer under an 信息来源/
   阅读次数 byline and a footer with 主办单位/承办单位 and ICP/公网安备 lines;
7. a PDF's text layer hard-wrapped at 29, 32, 35, 37 and 31 characters with page labels inside paragraphs
   (`· 1 ·`, `～ 1 ～`, `第1页（共2页）`, `1/2`, `— 1 —`), two titles printed over two lines, a 签发人 beside
   the 文号, 一是 and 一要 members across a wrap;
8. a Word file saved as text (TABs after `1、` markers and in the contact row, full-width indents, blank
   lines, a right-set 落款), a WeChat copy of a district notice (原创 byline under the title,
   预览时标签不可点, 阅读原文, 微信扫一扫/关注该公众号), an OCR copy (half-width punctuation, `[2024]`
   brackets, a paragraph broken at the scan's line), a Markdown copy (`##` headings holding the 一、 markers, bold （一） run-in leads, a bold 主送), a Word notice with
   TAB indents and a distribution note (（此件发至乡镇）).

How it differs from holdout21–24: no 海关, 卫健委, 城管, 职业学院, 市场监管, 住建委, 公交, 消防, 供电,
供水 answers this time; new bodies (烟草, 邮政 company and 邮政管理局, 气象局 at city level, 燃气 company,
铁路车务段, 中学, 医保局, 民政局); new table shapes (`|` two pairs a row, `·` bullets, 信息索引号/公开形式
keys), new page labels (`· 1 ·`, `～ 1 ～`, `第1页（共2页）`, `1/2`), a 请示 and a 报告 to a 人大常委会, a
bracketed 附注 of category and disclosure, a township's own 镇人大.

Fields I doubted are left out of a check and named beside it (`same` compares only the keys given).
This file was committed (skipped) before its first run: nobody ran the parser on any of these texts.

First look (run by the lead at 16:09 UTC on main 893a8363, the file as committed): 40/40 documents whole,
every check right; unskipped.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import EMPTY, checked, codes, every_items, head, paras, phases, pre, same, squashed, trailer, tree
from tests.test_probes_24_holdout import pdf_copy


def whole(doc: govdoc.Document, *gone: str) -> dict[str, Any]:
    """Every field this check compares, in plain values: the header as `head` gives it, each section as
    (level, style, marker, title, its own paragraphs), the 一是 members as (ordinal, marker, lead) in
    document order, the trailer as `trailer` gives it; `leaked` lists the pieces of `gone` (chrome, page
    furniture) that reached the text."""
    t = trailer(doc)
    text = squashed(doc.text)
    return head(doc) | {
        "preamble": pre(doc),
        "sections": [(*s, p) for s, p in zip(tree(doc), paras(doc), strict=True)],
        "members": [m for block in every_items(doc) for found in block for m in found],
        "closing": t["closing"],
        "signature": t["signature"],
        "contact": t["contact"],
        "imprint": t["imprint"],
        "attachments": t["attachments"],
        "warnings": sorted(set(codes(doc))),
        "leaked": [g for g in gone if squashed(g) in text],
    }


# The body and trailer of a document that shows none, beside the header's (tests/probing.py EMPTY).
BLANK: dict[str, Any] = EMPTY | {
    "preamble": [],
    "sections": [],
    "members": [],
    "closing": None,
    "signature": None,
    "contact": {},
    "imprint": None,
    "attachments": (),
    "warnings": [],
    "leaked": [],
}


def check(source: str, want: dict[str, Any], *gone: str) -> govdoc.Document:
    """`source` parsed with the probes' invariants held and every field of `want` compared at once."""
    doc = checked(source)
    same(whole(doc, *gone), want)
    return doc


def expect(**fields: Any) -> dict[str, Any]:
    """What a document's check compares: every field of BLANK, those given replaced."""
    return BLANK | fields


def leave(want: dict[str, Any], *doubted: str) -> dict[str, Any]:
    """`want` without the fields I doubted (named beside each call)."""
    return {k: v for k, v in want.items() if k not in doubted}


# --- Batch 1: answers to 人大代表建议 -------------------------------------------------------------

B1A = """办理结果：因条件限制暂时不能解决
澄岭县烟草专卖局
澄烟函〔2024〕7号
关于县十八届人大四次会议第0063号建议的答复
欧阳某某代表：
    您提出的《关于在枫塘镇增设卷烟零售许可证投放点位的建议》收悉。我局高度重视，现答复如下：
    一、关于许可证投放的政策规定
    根据《烟草专卖许可证管理办法》和省局零售点布局规定，卷烟零售点实行合理布局，枫塘镇集镇区域零售点数量已达到布局规划上限。
    二、关于下一步工作
    下一步，我局将在年度布局规划评估中将枫塘镇新建安置小区纳入测算范围，待条件具备时依法依规增设投放点位。
    感谢您对烟草专卖管理工作的关心和支持！
澄岭县烟草专卖局
2024年6月21日
联系人：邝某　联系电话：0734-5526013
"""


def test_b1a_county_tobacco_bureau_answer_under_a_c_wording_row_with_a_plan_in_its_last_section() -> None:
    doc = check(
        B1A,
        expect(
            issuer="澄岭县烟草专卖局",
            number=("澄烟函〔2024〕7号", "澄烟函", 2024, 7),
            title="关于县十八届人大四次会议第0063号建议的答复",
            recipients=["欧阳某某代表"],
            metadata={"办理结果": "因条件限制暂时不能解决"},
            category="C",
            ref=("人大", "县", 18, 4, "0063", "建议", "关于在枫塘镇增设卷烟零售许可证投放点位的建议", []),
            preamble=["您提出的《关于在枫塘镇增设卷烟零售许可证投放点位的建议》收悉。我局高度重视，现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "关于许可证投放的政策规定",
                    [
                        "根据《烟草专卖许可证管理办法》和省局零售点布局规定，卷烟零售点实行合理布局，"
                        "枫塘镇集镇区域零售点数量已达到布局规划上限。"
                    ],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "关于下一步工作",
                    [
                        "下一步，我局将在年度布局规划评估中将枫塘镇新建安置小区纳入测算范围，"
                        "待条件具备时依法依规增设投放点位。"
                    ],
                ),
            ],
            closing="感谢您对烟草专卖管理工作的关心和支持！",
            signature=(("澄岭县烟草专卖局",), "2024-06-21", "2024年6月21日"),
            contact={"name": "邝某", "phones": ("0734-5526013",)},
        ),
    )
    assert phases(doc.sections[1]) == ["plan"]


B1B = """湖南省水利厅
湘水函〔2024〕58号
湖南省水利厅关于省十四届人大二次会议第1046号建议的答复
谭某某等10位代表：
    你们提出的《关于加快岚江支流中小河流治理的建议》收悉。经商省财政厅、省自然资源厅，现答复如下：
    （一）治理进展。2023年，全省完成中小河流治理河长1260公里，治理后河段防洪能力普遍达到10至20年一遇标准。
    （二）资金投入。省级财政安排中小河流治理补助资金9.6亿元，并积极争取中央水利发展资金。
    （三）项目安排。我厅已将你们建议的岚江支流治理项目列入2025年度实施计划，目前正在开展前期工作。
    感谢你们对水利工作的关心和支持。
湖南省水利厅
2024年7月8日
（答复类别：B类；是否公开：是）
"""


def test_b1b_provincial_water_department_answer_in_top_level_paren_points_with_a_note_after_the_date() -> None:
    check(
        B1B,
        expect(
            issuer="湖南省水利厅",
            number=("湘水函〔2024〕58号", "湘水函", 2024, 58),
            title="湖南省水利厅关于省十四届人大二次会议第1046号建议的答复",
            recipients=["谭某某等10位代表"],
            # the note stands after the 落款: its parts give the category and the disclosure (session 24), and
            # it is no pair before the title, so no metadata
            category="B",
            disclosure="主动公开",
            ref=("人大", "省", 14, 2, "1046", "建议", "关于加快岚江支流中小河流治理的建议", []),
            preamble=["你们提出的《关于加快岚江支流中小河流治理的建议》收悉。经商省财政厅、省自然资源厅，现答复如下："],
            # （一） as the top rank: level 1, style cn-paren; run-in titles before the first 。
            sections=[
                (
                    1,
                    "cn-paren",
                    "（一）",
                    "治理进展",
                    ["2023年，全省完成中小河流治理河长1260公里，治理后河段防洪能力普遍达到10至20年一遇标准。"],
                ),
                (
                    1,
                    "cn-paren",
                    "（二）",
                    "资金投入",
                    ["省级财政安排中小河流治理补助资金9.6亿元，并积极争取中央水利发展资金。"],
                ),
                (
                    1,
                    "cn-paren",
                    "（三）",
                    "项目安排",
                    ["我厅已将你们建议的岚江支流治理项目列入2025年度实施计划，目前正在开展前期工作。"],
                ),
            ],
            closing="感谢你们对水利工作的关心和支持。",
            signature=(("湖南省水利厅",), "2024-07-08", "2024年7月8日"),
        ),
    )


B1C = """岚川市第二中学关于鹭洲区第七届人大三次会议第22号建议的答复
尊敬的魏某某代表：
    您在区第七届人大三次会议上提出的《关于缓解学校周边上下学交通拥堵的建议》收悉，现将办理情况答复如下：
    1．错峰放学。自今年春季学期起，我校初一、初二、初三年级分别间隔15分钟放学。
    2．设置家长等候区。在校门东侧开辟临时停车等候区，可容纳车辆60台。
    3．组建护学岗。由学校教师和家长志愿者组成护学岗，每日上下学时段在校门口疏导交通。
    再次感谢您对我校工作的关心！
岚川市第二中学
2024年5月30日
"""


def test_b1c_middle_school_opening_its_title_answers_a_district_deputy_in_run_in_num_points() -> None:
    check(
        B1C,
        expect(
            # the organ that opens the title (a school answers as its own body, as holdout24 b1c's college)
            issuer="岚川市第二中学",
            title="岚川市第二中学关于鹭洲区第七届人大三次会议第22号建议的答复",
            # 尊敬的 dropped
            recipients=["魏某某代表"],
            # 鹭洲区第七届人大: the level word of the reference's own place, 区
            ref=("人大", "区", 7, 3, "22", "建议", "关于缓解学校周边上下学交通拥堵的建议", []),
            preamble=[
                "您在区第七届人大三次会议上提出的《关于缓解学校周边上下学交通拥堵的建议》收悉，现将办理情况答复如下："
            ],
            sections=[
                (1, "num", "1．", "错峰放学", ["自今年春季学期起，我校初一、初二、初三年级分别间隔15分钟放学。"]),
                (1, "num", "2．", "设置家长等候区", ["在校门东侧开辟临时停车等候区，可容纳车辆60台。"]),
                (
                    1,
                    "num",
                    "3．",
                    "组建护学岗",
                    ["由学校教师和家长志愿者组成护学岗，每日上下学时段在校门口疏导交通。"],
                ),
            ],
            closing="再次感谢您对我校工作的关心！",
            signature=(("岚川市第二中学",), "2024-05-30", "2024年5月30日"),
        ),
    )


B1D = """中国邮政集团有限公司岚川市分公司
岚邮函〔2024〕15号
签发人：聂某某
关于市十五届人大三次会议第0388号建议的答复
贺某某代表：
    您提出的《关于完善农村快递末端服务网络的建议》收悉。现答复如下：
    一、村级寄递服务站点建设情况
    截至2024年5月底，我公司在全市建成村级邮政快递综合服务站412个，建制村覆盖率达到86%。
    二、下一步工作措施
    我公司将一是推进“邮快合作”，与3家快递企业共享农村投递线路；二是优化邮路，将偏远村投递频次由每周3次提高到每周5次；三是发展农村电商寄递，助力特色农产品进城。
    感谢您对邮政工作的关心和支持！
中国邮政集团有限公司岚川市分公司
2024年6月26日
联系人：龙某
联系电话：0734-8215506
通讯地址：岚川市滨江路88号
邮政编码：421001
"""


def test_b1d_postal_company_answer_under_its_letterhead_with_a_signer_line_members_and_a_postal_contact() -> None:
    check(
        B1D,
        expect(
            # the company's line over its 文号 is its 版头 (settled: a company's too)
            issuer="中国邮政集团有限公司岚川市分公司",
            number=("岚邮函〔2024〕15号", "岚邮函", 2024, 15),
            title="关于市十五届人大三次会议第0388号建议的答复",
            recipients=["贺某某代表"],
            signer="聂某某",
            metadata={"签发人": "聂某某"},
            ref=("人大", "市", 15, 3, "0388", "建议", "关于完善农村快递末端服务网络的建议", []),
            preamble=["您提出的《关于完善农村快递末端服务网络的建议》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "村级寄递服务站点建设情况",
                    ["截至2024年5月底，我公司在全市建成村级邮政快递综合服务站412个，建制村覆盖率达到86%。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "下一步工作措施",
                    [
                        "我公司将一是推进“邮快合作”，与3家快递企业共享农村投递线路；二是优化邮路，"
                        "将偏远村投递频次由每周3次提高到每周5次；三是发展农村电商寄递，助力特色农产品进城。"
                    ],
                ),
            ],
            # each lead up to the first ；, the last up to its 。
            members=[
                (1, "一是", "推进“邮快合作”，与3家快递企业共享农村投递线路"),
                (2, "二是", "优化邮路，将偏远村投递频次由每周3次提高到每周5次"),
                (3, "三是", "发展农村电商寄递，助力特色农产品进城"),
            ],
            closing="感谢您对邮政工作的关心和支持！",
            signature=(("中国邮政集团有限公司岚川市分公司",), "2024-06-26", "2024年6月26日"),
            contact={
                "name": "龙某",
                "phones": ("0734-8215506",),
                "address": "岚川市滨江路88号",
                "postcode": "421001",
            },
        ),
    )


B1E = """办理结果：已采纳
枫塘镇人民政府关于镇第十八届人大三次会议第5号建议的答复
刘某某代表：
    您提出的关于修复枫塘村至石门村机耕道的建议收悉。现答复如下：
    经实地勘察，枫塘村至石门村机耕道全长3.2公里，其中1.1公里路面因今年汛期冲毁，影响群众生产出行。
    我镇已将该段机耕道修复纳入2024年农村基础设施建设项目，安排资金36万元，目前已完成修复并通过验收。
    特此答复。
枫塘镇人民政府
2024年8月12日
"""


def test_b1e_township_answers_a_deputy_of_its_own_town_congress_with_no_sections() -> None:
    check(
        B1E,
        expect(
            issuer="枫塘镇人民政府",
            title="枫塘镇人民政府关于镇第十八届人大三次会议第5号建议的答复",
            recipients=["刘某某代表"],
            metadata={"办理结果": "已采纳"},
            # 采纳: the A category's wording (已解决或采纳)
            category="A",
            # 镇第十八届人大: the level word 镇; the unbracketed title after 提出的 is the proposal's (settled)
            ref=("人大", "镇", 18, 3, "5", "建议", "关于修复枫塘村至石门村机耕道的建议", []),
            preamble=[
                "您提出的关于修复枫塘村至石门村机耕道的建议收悉。现答复如下：",
                "经实地勘察，枫塘村至石门村机耕道全长3.2公里，其中1.1公里路面因今年汛期冲毁，影响群众生产出行。",
                "我镇已将该段机耕道修复纳入2024年农村基础设施建设项目，安排资金36万元，目前已完成修复并通过验收。",
            ],
            closing="特此答复。",
            signature=(("枫塘镇人民政府",), "2024-08-12", "2024年8月12日"),
        ),
    )


# --- Batch 2: answers to 政协提案 -----------------------------------------------------------------

B2A = """岚川市气象局
岚气函〔2024〕6号
关于市政协十二届三次会议第0147号提案的答复
石某某委员：
    您提出的《关于加强农业气象灾害预警服务的提案》收悉。现答复如下：
    一、预警发布情况
    今年以来，我局累计发布暴雨、冰雹等农业气象灾害预警信号186期，通过“三农”服务平台覆盖种植大户2300余户。
    二、存在的不足
    基层气象信息员队伍不稳定，部分乡镇预警信息“最后一公里”仍有短板。
    三、今后工作打算
    我局将联合市农业农村局，在每个乡镇培训气象信息员不少于5名，力争年底前实现预警信息村级全覆盖。
    感谢您对气象工作的支持。
岚川市气象局
2024年6月18日
"""


def test_b2a_city_meteorological_bureau_answer_to_a_member_in_three_plain_headings() -> None:
    check(
        B2A,
        expect(
            issuer="岚川市气象局",
            number=("岚气函〔2024〕6号", "岚气函", 2024, 6),
            title="关于市政协十二届三次会议第0147号提案的答复",
            recipients=["石某某委员"],
            ref=("政协", "市", 12, 3, "0147", "提案", "关于加强农业气象灾害预警服务的提案", []),
            preamble=["您提出的《关于加强农业气象灾害预警服务的提案》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "预警发布情况",
                    [
                        "今年以来，我局累计发布暴雨、冰雹等农业气象灾害预警信号186期，"
                        "通过“三农”服务平台覆盖种植大户2300余户。"
                    ],
                ),
                (1, "cn", "二、", "存在的不足", ["基层气象信息员队伍不稳定，部分乡镇预警信息“最后一公里”仍有短板。"]),
                (
                    1,
                    "cn",
                    "三、",
                    "今后工作打算",
                    ["我局将联合市农业农村局，在每个乡镇培训气象信息员不少于5名，力争年底前实现预警信息村级全覆盖。"],
                ),
            ],
            closing="感谢您对气象工作的支持。",
            signature=(("岚川市气象局",), "2024-06-18", "2024年6月18日"),
        ),
    )


B2B = """澄岭县文化旅游广电体育局
关于县政协十一届四次会议第063号提案的答复
九三学社澄岭县基层委员会：
    贵委提出的《关于推动全域旅游高质量发展的提案》收悉。我局会同县发改局、县交通运输局认真研究，现答复如下：
    一、旅游资源开发
    一是编制全域旅游发展规划，明确“一核两带三区”空间布局；二是推进枫塘古村落保护利用，完成修缮民居42栋。
    二、旅游公共服务
    县城至主要景区开通旅游专线3条，新建旅游厕所18座。
    感谢贵委对我县文旅工作的关心和支持。
澄岭县文化旅游广电体育局
2024年6月3日
"""


def test_b2b_county_bureau_line_over_its_title_answers_a_party_committee_with_yi_shi_members() -> None:
    check(
        B2B,
        expect(
            # an organ on its own line right above the 关于 title, no 文号 between: the title's first line
            issuer="澄岭县文化旅游广电体育局",
            title="澄岭县文化旅游广电体育局关于县政协十一届四次会议第063号提案的答复",
            recipients=["九三学社澄岭县基层委员会"],
            # 贵委 names no proposer (never inferred from the recipients)
            ref=("政协", "县", 11, 4, "063", "提案", "关于推动全域旅游高质量发展的提案", []),
            preamble=[
                "贵委提出的《关于推动全域旅游高质量发展的提案》收悉。我局会同县发改局、县交通运输局认真研究，现答复如下："
            ],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "旅游资源开发",
                    [
                        "一是编制全域旅游发展规划，明确“一核两带三区”空间布局；"
                        "二是推进枫塘古村落保护利用，完成修缮民居42栋。"
                    ],
                ),
                (1, "cn", "二、", "旅游公共服务", ["县城至主要景区开通旅游专线3条，新建旅游厕所18座。"]),
            ],
            members=[
                (1, "一是", "编制全域旅游发展规划，明确“一核两带三区”空间布局"),
                (2, "二是", "推进枫塘古村落保护利用，完成修缮民居42栋"),
            ],
            closing="感谢贵委对我县文旅工作的关心和支持。",
            signature=(("澄岭县文化旅游广电体育局",), "2024-06-03", "2024年6月3日"),
        ),
    )


B2C = """办理结果：留作参考
公开属性：依申请公开
鹭洲区民政局
鹭民函〔2024〕19号
关于区政协九届三次会议第2024041号提案的答复
严某某委员：
    您提出的《关于在每个社区建设老年食堂的提案》收悉。现答复如下：
    您在提案中提出在全区每个社区建设老年食堂，对解决老年人就餐难问题具有积极意义。目前，全区已建成社区老年食堂14个，覆盖社区比例为37%。由于场地和运营资金限制，在每个社区建设老年食堂尚不具备条件，我局将把您的建议作为今后工作的参考。
    下一步，我局将探索“中心厨房+配送”模式，逐步扩大老年助餐服务覆盖面。
    感谢您对民政工作的关心和支持。
鹭洲区民政局
2024年6月11日
"""


def test_b2c_district_civil_affairs_answer_kept_for_reference_published_on_request_with_no_sections() -> None:
    doc = check(
        B2C,
        expect(
            issuer="鹭洲区民政局",
            number=("鹭民函〔2024〕19号", "鹭民函", 2024, 19),
            title="关于区政协九届三次会议第2024041号提案的答复",
            recipients=["严某某委员"],
            metadata={"办理结果": "留作参考", "公开属性": "依申请公开"},
            category="reference",
            disclosure="依申请公开",
            ref=("政协", "区", 9, 3, "2024041", "提案", "关于在每个社区建设老年食堂的提案", []),
            preamble=[
                "您提出的《关于在每个社区建设老年食堂的提案》收悉。现答复如下：",
                "您在提案中提出在全区每个社区建设老年食堂，对解决老年人就餐难问题具有积极意义。"
                "目前，全区已建成社区老年食堂14个，覆盖社区比例为37%。由于场地和运营资金限制，"
                "在每个社区建设老年食堂尚不具备条件，我局将把您的建议作为今后工作的参考。",
                "下一步，我局将探索“中心厨房+配送”模式，逐步扩大老年助餐服务覆盖面。",
            ],
            closing="感谢您对民政工作的关心和支持。",
            signature=(("鹭洲区民政局",), "2024-06-11", "2024年6月11日"),
        ),
    )
    # only the plan paragraph's phase (whether the opening itself is `progress` is doubted, as holdout23 b1c)
    assert doc.preamble[2].phase == "plan"


B2D = """安徽省生态环境厅
皖环函〔2024〕213号
关于省政协十三届二次会议第0725号提案答复的函
民进安徽省委员会：
    贵会提出的《关于加强岚湖流域农业面源污染防治的提案》收悉。经商省农业农村厅、省水利厅，现将办理情况函复如下：
    一、工作开展情况
    （一）推进化肥农药减量增效。2023年，流域内测土配方施肥技术覆盖率达到92%，化肥使用量较2020年下降6.8%。
    （二）加强畜禽养殖污染治理。流域内规模养殖场粪污处理设施装备配套率达到100%。
    二、下一步工作
    我厅将会同有关部门开展流域农业面源污染监测试点，建立监测评估体系。
    特此函复。
安徽省生态环境厅
2024年7月12日
（联系人：钱某某；联系电话：0551-62376541）
"""


def test_b2d_provincial_department_answer_letter_to_a_party_committee_with_two_ranks_and_a_bracketed_contact() -> None:
    check(
        B2D,
        expect(
            issuer="安徽省生态环境厅",
            number=("皖环函〔2024〕213号", "皖环函", 2024, 213),
            # 提案答复的函: the contract's reply row
            title="关于省政协十三届二次会议第0725号提案答复的函",
            recipients=["民进安徽省委员会"],
            ref=("政协", "省", 13, 2, "0725", "提案", "关于加强岚湖流域农业面源污染防治的提案", []),
            preamble=[
                "贵会提出的《关于加强岚湖流域农业面源污染防治的提案》收悉。经商省农业农村厅、省水利厅，"
                "现将办理情况函复如下："
            ],
            sections=[
                (1, "cn", "一、", "工作开展情况", []),
                (
                    2,
                    "cn-paren",
                    "（一）",
                    "推进化肥农药减量增效",
                    ["2023年，流域内测土配方施肥技术覆盖率达到92%，化肥使用量较2020年下降6.8%。"],
                ),
                (
                    2,
                    "cn-paren",
                    "（二）",
                    "加强畜禽养殖污染治理",
                    ["流域内规模养殖场粪污处理设施装备配套率达到100%。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "下一步工作",
                    ["我厅将会同有关部门开展流域农业面源污染监测试点，建立监测评估体系。"],
                ),
            ],
            closing="特此函复。",
            signature=(("安徽省生态环境厅",), "2024-07-12", "2024年7月12日"),
            contact={"name": "钱某某", "phones": ("0551-62376541",)},
        ),
    )


B2E = """岚川市燃气集团有限公司
关于政协岚川市第十二届委员会第三次会议第0219号提案的答复
市政协社会和法制委员会：
    贵委提出的《关于加快老旧小区燃气管道更新改造的提案》收悉。现答复如下：
    （一）改造进展。截至2024年6月，我公司已完成老旧小区燃气管道更新改造96个，涉及居民2.1万户。
    （二）安全保障。对改造小区全部加装燃气泄漏报警装置和自闭阀，实现安全隐患“动态清零”。
    （三）资金筹措。改造资金由中央补助、市级配套、企业自筹和居民合理分担共同承担。
    下一步，我公司将按照“先急后缓”原则，于2025年底前完成剩余老旧小区燃气管道改造任务。
    以上答复，请予审阅。
岚川市燃气集团有限公司
2024年7月2日
"""


def test_b2e_gas_company_over_its_title_answers_a_committee_in_the_full_cppcc_form() -> None:
    doc = check(
        B2E,
        expect(
            # the company's own line right above the 关于 title, no 文号 between (as an organ's)
            issuer="岚川市燃气集团有限公司",
            title="岚川市燃气集团有限公司关于政协岚川市第十二届委员会第三次会议第0219号提案的答复",
            recipients=["市政协社会和法制委员会"],
            # 政协岚川市第十二届委员会第三次会议: 政协, 市, term 12, session 3
            ref=("政协", "市", 12, 3, "0219", "提案", "关于加快老旧小区燃气管道更新改造的提案", []),
            preamble=["贵委提出的《关于加快老旧小区燃气管道更新改造的提案》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "cn-paren",
                    "（一）",
                    "改造进展",
                    ["截至2024年6月，我公司已完成老旧小区燃气管道更新改造96个，涉及居民2.1万户。"],
                ),
                (
                    1,
                    "cn-paren",
                    "（二）",
                    "安全保障",
                    ["对改造小区全部加装燃气泄漏报警装置和自闭阀，实现安全隐患“动态清零”。"],
                ),
                # the 下一步 paragraph under the last point is its body (no heading ends it)
                (
                    1,
                    "cn-paren",
                    "（三）",
                    "资金筹措",
                    [
                        "改造资金由中央补助、市级配套、企业自筹和居民合理分担共同承担。",
                        "下一步，我公司将按照“先急后缓”原则，于2025年底前完成剩余老旧小区燃气管道改造任务。",
                    ],
                ),
            ],
            closing="以上答复，请予审阅。",
            signature=(("岚川市燃气集团有限公司",), "2024-07-02", "2024年7月2日"),
        ),
    )
    assert phases(doc.sections[2]) == ["progress", "plan"]


# --- Batch 3: joint answers, 协办意见, 会办意见 -----------------------------------------------------

B3A = """主办单位：鹭洲区城市管理局
会办单位：鹭洲区交通运输局
关于区九届人大三次会议第0035号建议的答复
戴某某代表：
    您提出的《关于规范共享单车停放秩序的建议》收悉。经区城市管理局会同区交通运输局研究，现答复如下：
    一、划设停放区域
    今年以来，全区在地铁站口、商圈周边新划设共享单车停放区326处。
    二、强化企业管理
    约谈共享单车运营企业4次，督促企业运用电子围栏技术，对违规停放车辆及时清运。
    感谢您对城市管理工作的关心和支持！
鹭洲区城市管理局
鹭洲区交通运输局
2024年6月27日
联系人：包某　联系电话：0734-2236617
"""


def test_b3a_lead_and_co_unit_rows_over_an_answer_signed_by_two_bureaus_stacked() -> None:
    check(
        B3A,
        expect(
            # 主办/会办 rows are metadata, not a letterhead: no issuer
            title="关于区九届人大三次会议第0035号建议的答复",
            recipients=["戴某某代表"],
            metadata={"主办单位": "鹭洲区城市管理局", "会办单位": "鹭洲区交通运输局"},
            ref=("人大", "区", 9, 3, "0035", "建议", "关于规范共享单车停放秩序的建议", []),
            preamble=[
                "您提出的《关于规范共享单车停放秩序的建议》收悉。经区城市管理局会同区交通运输局研究，现答复如下："
            ],
            sections=[
                (1, "cn", "一、", "划设停放区域", ["今年以来，全区在地铁站口、商圈周边新划设共享单车停放区326处。"]),
                (
                    1,
                    "cn",
                    "二、",
                    "强化企业管理",
                    ["约谈共享单车运营企业4次，督促企业运用电子围栏技术，对违规停放车辆及时清运。"],
                ),
            ],
            closing="感谢您对城市管理工作的关心和支持！",
            signature=(("鹭洲区城市管理局", "鹭洲区交通运输局"), "2024-06-27", "2024年6月27日"),
            contact={"name": "包某", "phones": ("0734-2236617",)},
        ),
    )


B3B = """澄岭县财政局关于县政协十一届四次会议第081号提案的协办意见
澄岭县农业农村局：
    县政协十一届四次会议第081号提案《关于设立家庭农场发展专项资金的提案》由你局主办、我局协办。经研究，现提出如下协办意见：
    一、2024年县财政已安排农业产业发展资金1500万元，其中可统筹用于支持家庭农场发展的资金约300万元。
    二、建议你局会同我局研究制定家庭农场奖补办法，明确奖补对象、标准和程序。
    以上意见供参考。
澄岭县财政局
2024年5月16日
"""


def test_b3b_finance_bureaus_assisting_opinion_to_the_lead_unit_in_untitled_points() -> None:
    check(
        B3B,
        expect(
            # 协办意见: the contract's reply row
            issuer="澄岭县财政局",
            title="澄岭县财政局关于县政协十一届四次会议第081号提案的协办意见",
            recipients=["澄岭县农业农村局"],
            ref=("政协", "县", 11, 4, "081", "提案", "关于设立家庭农场发展专项资金的提案", []),
            preamble=[
                "县政协十一届四次会议第081号提案《关于设立家庭农场发展专项资金的提案》由你局主办、我局协办。"
                "经研究，现提出如下协办意见："
            ],
            # each point over 30 characters with commas only before its final 。: untitled
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    None,
                    ["2024年县财政已安排农业产业发展资金1500万元，其中可统筹用于支持家庭农场发展的资金约300万元。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    None,
                    ["建议你局会同我局研究制定家庭农场奖补办法，明确奖补对象、标准和程序。"],
                ),
            ],
            closing="以上意见供参考。",
            signature=(("澄岭县财政局",), "2024-05-16", "2024年5月16日"),
        ),
    )


B3C = """岚川市邮政管理局
岚邮管函〔2024〕4号
岚川市邮政管理局关于市十五届人大三次会议第0276号建议会办意见的函
岚川市交通运输局：
    你局转来的市十五届人大三次会议第0276号建议《关于推进交邮融合发展的建议》收悉。经研究，现将我局会办意见函告如下：
    我局支持在县乡客运站增设快递收投功能。一方面，指导快递企业与客运企业签订合作协议，利用客运班车代运快件；另一方面，将交邮融合站点纳入农村寄递物流体系建设统筹推进。
    特此函告。
岚川市邮政管理局
2024年4月25日
"""


def test_b3c_postal_regulators_consulting_opinion_letter_with_yi_fang_mian_members_closing_te_ci_han_gao() -> None:
    doc = check(
        B3C,
        leave(
            expect(
                issuer="岚川市邮政管理局",
                number=("岚邮管函〔2024〕4号", "岚邮管函", 2024, 4),
                # 会办意见的函: the contract's reply row
                title="岚川市邮政管理局关于市十五届人大三次会议第0276号建议会办意见的函",
                recipients=["岚川市交通运输局"],
                ref=("人大", "市", 15, 3, "0276", "建议", "关于推进交邮融合发展的建议", []),
                preamble=[
                    "你局转来的市十五届人大三次会议第0276号建议《关于推进交邮融合发展的建议》收悉。"
                    "经研究，现将我局会办意见函告如下：",
                    "我局支持在县乡客运站增设快递收投功能。一方面，指导快递企业与客运企业签订合作协议，"
                    "利用客运班车代运快件；另一方面，将交邮融合站点纳入农村寄递物流体系建设统筹推进。",
                ],
                closing="特此函告。",
                signature=(("岚川市邮政管理局",), "2024-04-25", "2024年4月25日"),
            ),
            # the members compared by marker only below (doubted, as holdout24 b1e: whether a lead after 一方面，
            # keeps the comma)
            "members",
        ),
    )
    assert [i.marker for i in doc.preamble[1].items] == ["一方面", "另一方面"]


B3D = """中国铁路南方局集团有限公司岚川车务段
关于市政协十二届三次会议第0093号提案的协办意见
岚川市发展和改革委员会：
    市政协十二届三次会议第0093号提案《关于增开岚川至省城城际列车的提案》收悉。我段作为协办单位，提出以下意见：
    1.岚川站现有到发线4条，每日图定办理旅客列车46对，具备增开城际列车的基本条件。
    2.增开列车需经集团公司统筹运输能力后报批，我段将积极向集团公司反映地方需求。
    以上意见，请你委在答复时统筹考虑。
中国铁路南方局集团有限公司岚川车务段
2024年5月9日
"""


def test_b3d_railway_depots_assisting_opinion_over_its_title_in_untitled_num_points() -> None:
    check(
        B3D,
        expect(
            # the depot's own line right above the 关于 title, no 文号 between: the title's first line and the issuer
            issuer="中国铁路南方局集团有限公司岚川车务段",
            title="中国铁路南方局集团有限公司岚川车务段关于市政协十二届三次会议第0093号提案的协办意见",
            recipients=["岚川市发展和改革委员会"],
            ref=("政协", "市", 12, 3, "0093", "提案", "关于增开岚川至省城城际列车的提案", []),
            preamble=[
                "市政协十二届三次会议第0093号提案《关于增开岚川至省城城际列车的提案》收悉。"
                "我段作为协办单位，提出以下意见："
            ],
            sections=[
                (
                    1,
                    "num",
                    "1.",
                    None,
                    ["岚川站现有到发线4条，每日图定办理旅客列车46对，具备增开城际列车的基本条件。"],
                ),
                (
                    1,
                    "num",
                    "2.",
                    None,
                    ["增开列车需经集团公司统筹运输能力后报批，我段将积极向集团公司反映地方需求。"],
                ),
            ],
            closing="以上意见，请你委在答复时统筹考虑。",
            signature=(("中国铁路南方局集团有限公司岚川车务段",), "2024-05-09", "2024年5月9日"),
        ),
    )


B3E = """类别：A
关于区政协九届三次会议第0112号提案的答复
王某某委员：
    您提出的《关于加强中小学生近视防控的提案》收悉。经区教育局、区卫生健康局共同研究，现答复如下：
    一、开展视力筛查
    全区中小学生每学期开展1次视力筛查，建立学生视力健康电子档案5.8万份。
    二、改善教学环境
    今年已完成78间教室照明改造，全部达到国家标准。
    感谢您对青少年健康工作的关注。
鹭洲区教育局　　　　鹭洲区卫生健康局
2024年6月24日
"""


def test_b3e_joint_answer_signed_by_two_bureaus_side_by_side_under_a_bare_category_row() -> None:
    check(
        B3E,
        expect(
            title="关于区政协九届三次会议第0112号提案的答复",
            recipients=["王某某委员"],
            metadata={"类别": "A"},
            # a bare letter A is taken as written
            category="A",
            ref=("政协", "区", 9, 3, "0112", "提案", "关于加强中小学生近视防控的提案", []),
            preamble=["您提出的《关于加强中小学生近视防控的提案》收悉。经区教育局、区卫生健康局共同研究，现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "开展视力筛查",
                    ["全区中小学生每学期开展1次视力筛查，建立学生视力健康电子档案5.8万份。"],
                ),
                (1, "cn", "二、", "改善教学环境", ["今年已完成78间教室照明改造，全部达到国家标准。"]),
            ],
            closing="感谢您对青少年健康工作的关注。",
            # two organs on one line parted by a gap: each a co-signer
            signature=(("鹭洲区教育局", "鹭洲区卫生健康局"), "2024-06-24", "2024年6月24日"),
        ),
    )


# --- Batch 4: notices, 批复, 函, 通报, 请示 ------------------------------------------------------------

B4A = """岚川市教育局
岚教发〔2024〕22号
岚川市教育局关于做好2024年中小学暑期安全工作的通知
各县（市、区）教育局，市直各学校：
    暑期将至，为切实保障广大中小学生暑期安全，现就有关事项通知如下：
    一、开展安全教育
    各学校要在放假前开展1次以上防溺水、交通、消防等专题安全教育，并向家长发放《致家长的一封信》。
    二、落实值班值守
    暑期实行24小时值班和领导带班制度，遇有突发事件及时报告。
    附件：1.岚川市中小学暑期安全工作检查表
    2.暑期安全工作联系人名单
岚川市教育局
2024年6月28日
抄送：市人民政府办公室，市公安局。
岚川市教育局办公室　　　　　　　2024年6月28日印发
"""


def test_b4a_city_education_bureau_notice_with_two_numbered_attachments_a_copy_line_and_a_printing_line() -> None:
    check(
        B4A,
        expect(
            kind="notice",
            issuer="岚川市教育局",
            number=("岚教发〔2024〕22号", "岚教发", 2024, 22),
            title="岚川市教育局关于做好2024年中小学暑期安全工作的通知",
            recipients=["各县（市、区）教育局", "市直各学校"],
            preamble=["暑期将至，为切实保障广大中小学生暑期安全，现就有关事项通知如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "开展安全教育",
                    ["各学校要在放假前开展1次以上防溺水、交通、消防等专题安全教育，并向家长发放《致家长的一封信》。"],
                ),
                (1, "cn", "二、", "落实值班值守", ["暑期实行24小时值班和领导带班制度，遇有突发事件及时报告。"]),
            ],
            signature=(("岚川市教育局",), "2024-06-28", "2024年6月28日"),
            imprint=(("市人民政府办公室", "市公安局"), "岚川市教育局办公室", "2024-06-28"),
            # titles without their list numbers
            attachments=("岚川市中小学暑期安全工作检查表", "暑期安全工作联系人名单"),
        ),
    )


B4B = """澄岭县人民政府
澄政函〔2024〕41号
澄岭县人民政府关于同意枫塘镇调整村级建制的批复
枫塘镇人民政府：
    你镇《关于调整部分村级建制的请示》（枫政〔2024〕12号）收悉。经研究，现批复如下：
    一、同意撤销石门村、塘湾村，合并设立石湾村，村民委员会驻原石门村村部。
    二、请你镇认真做好村级建制调整后的班子配备、资产清理和档案移交等工作，确保社会稳定。
    此复。
澄岭县人民政府
2024年3月18日
（此件公开发布）
"""


def test_b4b_county_approval_to_a_township_in_untitled_points_closing_ci_fu() -> None:
    check(
        B4B,
        expect(
            kind="approval",
            issuer="澄岭县人民政府",
            number=("澄政函〔2024〕41号", "澄政函", 2024, 41),
            title="澄岭县人民政府关于同意枫塘镇调整村级建制的批复",
            recipients=["枫塘镇人民政府"],
            # （此件公开发布）: published as it stands
            disclosure="主动公开",
            preamble=["你镇《关于调整部分村级建制的请示》（枫政〔2024〕12号）收悉。经研究，现批复如下："],
            # both points over 30 characters with commas only before the final 。: untitled
            sections=[
                (1, "cn", "一、", None, ["同意撤销石门村、塘湾村，合并设立石湾村，村民委员会驻原石门村村部。"]),
                (
                    1,
                    "cn",
                    "二、",
                    None,
                    ["请你镇认真做好村级建制调整后的班子配备、资产清理和档案移交等工作，确保社会稳定。"],
                ),
            ],
            closing="此复。",
            signature=(("澄岭县人民政府",), "2024-03-18", "2024年3月18日"),
        ),
    )


B4C = """鹭洲区住房和城乡建设局
关于商请协助开展既有住宅加装电梯政策宣传的函
雁汀街道办事处、鹭湖街道办事处：
    为加快推进既有住宅加装电梯工作，方便老年人出行，我局拟于2024年9月至10月在全区开展政策宣传月活动。现商请你们协助做好以下工作：
    一、在各社区公告栏张贴加装电梯政策宣传资料。
    二、组织社区工作人员入户摸排居民加装意愿，于10月15日前将摸排情况报送我局。
    请予支持为盼。
    联系人：易某某，电话：0734-2218546
鹭洲区住房和城乡建设局
2024年8月20日
"""


def test_b4c_district_bureaus_letter_asking_two_subdistricts_for_help_with_its_contact_above_the_signature() -> None:
    check(
        B4C,
        expect(
            kind="letter",
            issuer="鹭洲区住房和城乡建设局",
            title="鹭洲区住房和城乡建设局关于商请协助开展既有住宅加装电梯政策宣传的函",
            # 、 between two organ names ending in 处 (办事处): two addressees
            recipients=["雁汀街道办事处", "鹭湖街道办事处"],
            preamble=[
                "为加快推进既有住宅加装电梯工作，方便老年人出行，我局拟于2024年9月至10月在全区开展政策宣传月活动。"
                "现商请你们协助做好以下工作："
            ],
            sections=[
                # at most 30 characters, no stop inside, a final 。: a heading (settled reading)
                (1, "cn", "一、", "在各社区公告栏张贴加装电梯政策宣传资料", []),
                # over 30 characters, a comma only: untitled
                (
                    1,
                    "cn",
                    "二、",
                    None,
                    ["组织社区工作人员入户摸排居民加装意愿，于10月15日前将摸排情况报送我局。"],
                ),
            ],
            closing="请予支持为盼。",
            signature=(("鹭洲区住房和城乡建设局",), "2024-08-20", "2024年8月20日"),
            contact={"name": "易某某", "phones": ("0734-2218546",)},
        ),
    )


B4D = """澄岭县卫生健康局
澄卫通〔2024〕5号
澄岭县卫生健康局关于2024年第一季度医疗机构依法执业检查情况的通报
各乡镇卫生院，县直各医疗卫生单位：
    2024年第一季度，我局组织对全县86家医疗机构开展依法执业检查。现将检查情况通报如下：
    一、基本情况
    共检查医疗机构86家，发现问题机构21家，下达卫生监督意见书21份，立案查处4家。
    二、存在的主要问题
    一是部分村卫生室超范围执业；二是少数机构医疗废物管理不规范；三是个别机构使用未注册护士。
    三、工作要求
    各单位要对照检查发现的问题，于5月31日前完成整改，并将整改报告报送县卫生健康局医政股。
    特此通报。
澄岭县卫生健康局
2024年4月19日
"""


def test_b4d_county_health_bureaus_bulletin_of_an_inspection_with_yi_shi_members() -> None:
    check(
        B4D,
        expect(
            kind="bulletin",
            issuer="澄岭县卫生健康局",
            number=("澄卫通〔2024〕5号", "澄卫通", 2024, 5),
            title="澄岭县卫生健康局关于2024年第一季度医疗机构依法执业检查情况的通报",
            recipients=["各乡镇卫生院", "县直各医疗卫生单位"],
            preamble=["2024年第一季度，我局组织对全县86家医疗机构开展依法执业检查。现将检查情况通报如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "基本情况",
                    ["共检查医疗机构86家，发现问题机构21家，下达卫生监督意见书21份，立案查处4家。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "存在的主要问题",
                    ["一是部分村卫生室超范围执业；二是少数机构医疗废物管理不规范；三是个别机构使用未注册护士。"],
                ),
                (
                    1,
                    "cn",
                    "三、",
                    "工作要求",
                    ["各单位要对照检查发现的问题，于5月31日前完成整改，并将整改报告报送县卫生健康局医政股。"],
                ),
            ],
            members=[
                (1, "一是", "部分村卫生室超范围执业"),
                (2, "二是", "少数机构医疗废物管理不规范"),
                (3, "三是", "个别机构使用未注册护士"),
            ],
            closing="特此通报。",
            signature=(("澄岭县卫生健康局",), "2024-04-19", "2024年4月19日"),
        ),
    )


B4E = """枫塘镇人民政府
枫政〔2024〕12号　　　　签发人：汤某某
枫塘镇人民政府关于调整部分村级建制的请示
澄岭县人民政府：
    我镇石门村、塘湾村地域相连，两村人口均不足800人，村级组织运转成本较高。经镇党委会研究，并征求两村党员群众意见，拟撤销石门村、塘湾村，合并设立石湾村。
    妥否，请批示。
枫塘镇人民政府
2024年2月26日
（联系人：邹某；联系电话：0734-5661022）
"""


def test_b4e_township_request_with_its_signer_beside_the_number_closing_tuo_fou_qing_pi_shi() -> None:
    check(
        B4E,
        expect(
            kind="request",
            issuer="枫塘镇人民政府",
            number=("枫政〔2024〕12号", "枫政", 2024, 12),
            title="枫塘镇人民政府关于调整部分村级建制的请示",
            recipients=["澄岭县人民政府"],
            # 签发人 beside the 文号: a metadata pair as well as the signer (settled)
            signer="汤某某",
            metadata={"签发人": "汤某某"},
            preamble=[
                "我镇石门村、塘湾村地域相连，两村人口均不足800人，村级组织运转成本较高。"
                "经镇党委会研究，并征求两村党员群众意见，拟撤销石门村、塘湾村，合并设立石湾村。"
            ],
            closing="妥否，请批示。",
            signature=(("枫塘镇人民政府",), "2024-02-26", "2024年2月26日"),
            contact={"name": "邹某", "phones": ("0734-5661022",)},
        ),
    )


# --- Batch 5: a 纪要, a 方案, a 细则, a 报告, an 意见 -------------------------------------------------------

B5A = """澄岭县人民政府常务会议纪要
〔2024〕7号
澄岭县人民政府办公室　　　　　　2024年4月3日
    2024年4月1日，县长周某某主持召开县人民政府第七次常务会议。会议听取了有关工作汇报，研究了相关事项。现纪要如下：
    一、研究春季森林防火工作
    会议要求各乡镇严格落实野外用火管控，4月底前完成防火隔离带清理。
    二、审议县城区停车管理办法（草案）
    会议原则通过该办法，由县城管局根据会议意见修改完善后，以县政府名义印发实施。
    出席：周某某、谢某、马某某、韩某某
    列席：县政府办、县应急管理局、县林业局、县城管局负责人
    记录：彭某
"""


def test_b5a_county_executive_meeting_minutes_with_a_serial_a_head_line_and_three_attendance_lines() -> None:
    doc = check(
        B5A,
        leave(
            expect(
                kind="minutes",
                title="澄岭县人民政府常务会议纪要",
                preamble=[
                    "2024年4月1日，县长周某某主持召开县人民政府第七次常务会议。会议听取了有关工作汇报，"
                    "研究了相关事项。现纪要如下："
                ],
                # the 出席/列席/记录 lines that end the text leave the last section (schema 1.8)
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "研究春季森林防火工作",
                        ["会议要求各乡镇严格落实野外用火管控，4月底前完成防火隔离带清理。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "审议县城区停车管理办法（草案）",
                        ["会议原则通过该办法，由县城管局根据会议意见修改完善后，以县政府名义印发实施。"],
                    ),
                ],
                # a 纪要 signs nowhere (not warned); its head line under the serial is its imprint (schema 1.11)
                imprint=((), "澄岭县人民政府办公室", "2024-04-03"),
            ),
            # issuer left out (doubted, as holdout22 b5b, holdout23 b5b, holdout24 b5a: whether the organ opening a
            # 纪要's title is its issuer)
            "issuer",
        ),
    )
    # 〔2024〕7号 under a 纪要's title: its serial (schema 1.8), no DocNumber (no agency code)
    s = doc.header.serial
    assert s is not None and (s.number, s.year) == (7, 2024)
    assert [(a.role, list(a.names)) for a in doc.header.attendance] == [
        ("出席", ["周某某", "谢某", "马某某", "韩某某"]),
        ("列席", ["县政府办", "县应急管理局", "县林业局", "县城管局负责人"]),
        ("记录", ["彭某"]),
    ]


B5B = """雁汀街道2024年“平安小区”创建工作方案
    为提升辖区小区平安建设水平，根据区委政法委有关部署，结合街道实际，制定本方案。
    一、创建目标
    2024年底前，辖区28个住宅小区全部达到“平安小区”创建标准，小区可防性案件同比下降15%。
    二、创建内容
    （一）技防设施建设
    （1）小区出入口安装人脸识别门禁系统。
    （2）重点部位视频监控实现全覆盖。
    （二）群防群治
    每个小区组建不少于10人的平安志愿者巡逻队。
    三、进度安排
    5月底前完成摸底，9月底前完成建设，11月开展验收。
鹭洲区雁汀街道办事处
2024年4月22日
"""


def test_b5b_subdistricts_work_plan_in_three_ranks_with_num_paren_points_and_its_signature() -> None:
    doc = check(
        B5B,
        leave(
            expect(
                kind="plan",
                title="雁汀街道2024年“平安小区”创建工作方案",
                preamble=["为提升辖区小区平安建设水平，根据区委政法委有关部署，结合街道实际，制定本方案。"],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "创建目标",
                        ["2024年底前，辖区28个住宅小区全部达到“平安小区”创建标准，小区可防性案件同比下降15%。"],
                    ),
                    (1, "cn", "二、", "创建内容", []),
                    (2, "cn-paren", "（一）", "技防设施建设", []),
                    # at most 30 characters, no stop inside, a final 。: headings (settled reading)
                    (3, "num-paren", "（1）", "小区出入口安装人脸识别门禁系统", []),
                    (3, "num-paren", "（2）", "重点部位视频监控实现全覆盖", []),
                    (2, "cn-paren", "（二）", "群防群治", ["每个小区组建不少于10人的平安志愿者巡逻队。"]),
                    (1, "cn", "三、", "进度安排", ["5月底前完成摸底，9月底前完成建设，11月开展验收。"]),
                ],
                signature=(("鹭洲区雁汀街道办事处",), "2024-04-22", "2024年4月22日"),
            ),
            # issuer left out (doubted, as holdout23 b5c and holdout24 b5b): the title opens with a place (雁汀街道)
            "issuer",
        ),
    )
    assert doc.header.doc_number is None


B5C = """岚川市城乡居民医疗保险门诊慢特病管理实施细则
第一条　为规范城乡居民医疗保险门诊慢特病管理，保障参保人员权益，根据省有关规定，制定本细则。
第二条　本细则所称门诊慢特病，是指诊断明确、病情相对稳定、需长期在门诊治疗的疾病。
第三条　门诊慢特病认定
参保人员申请认定门诊慢特病的，由定点医疗机构按认定标准审核，结果报市医疗保障局备案。
第四条　本细则由市医疗保障局负责解释。
第五条　本细则自2024年7月1日起施行。
岚川市医疗保障局
2024年6月14日
"""


def test_b5c_city_medical_insurance_rules_in_articles_one_with_a_heading_of_its_own_line() -> None:
    check(
        B5C,
        leave(
            expect(
                kind="measures",
                title="岚川市城乡居民医疗保险门诊慢特病管理实施细则",
                # an article has no title unless its line is only the number and a short heading (第三条)
                sections=[
                    (
                        1,
                        "article",
                        "第一条",
                        None,
                        ["为规范城乡居民医疗保险门诊慢特病管理，保障参保人员权益，根据省有关规定，制定本细则。"],
                    ),
                    (
                        1,
                        "article",
                        "第二条",
                        None,
                        ["本细则所称门诊慢特病，是指诊断明确、病情相对稳定、需长期在门诊治疗的疾病。"],
                    ),
                    (
                        1,
                        "article",
                        "第三条",
                        "门诊慢特病认定",
                        ["参保人员申请认定门诊慢特病的，由定点医疗机构按认定标准审核，结果报市医疗保障局备案。"],
                    ),
                    (1, "article", "第四条", None, ["本细则由市医疗保障局负责解释。"]),
                    (1, "article", "第五条", None, ["本细则自2024年7月1日起施行。"]),
                ],
                signature=(("岚川市医疗保障局",), "2024-06-14", "2024年6月14日"),
            ),
            # issuer left out (doubted): the title opens with a place (岚川市), not an organ
            "issuer",
        ),
    )


B5D = """澄岭县人民政府
澄政报〔2024〕9号
澄岭县人民政府关于2024年度县人大代表建议办理情况的报告
县人大常委会：
    县十八届人大四次会议期间，代表们共提出建议136件，由县人民政府负责办理的128件，已全部按期办复。现将有关情况报告如下：
    一、办理结果
    在128件建议中，所提问题已经解决或基本解决的53件，正在解决或列入计划解决的61件，因条件限制暂时不能解决的14件。
    二、主要做法
    （一）压实办理责任。实行县政府领导领办重点建议制度，7件重点建议由副县长领衔督办。
    （二）加强沟通协商。承办单位与代表面对面沟通率达到100%。
    三、下一步工作
    县人民政府将持续跟踪列入计划解决事项的落实情况，确保承诺事项兑现。
    以上报告，请予审议。
澄岭县人民政府
2024年10月22日
"""


def test_b5d_county_governments_report_to_its_congress_standing_committee_on_the_years_answers() -> None:
    check(
        B5D,
        expect(
            kind="report",
            issuer="澄岭县人民政府",
            number=("澄政报〔2024〕9号", "澄政报", 2024, 9),
            title="澄岭县人民政府关于2024年度县人大代表建议办理情况的报告",
            recipients=["县人大常委会"],
            # a report on all of an organ's answers answers no one proposal (schema 1.11): no responds_to, no
            # field-missing; the counts of each category in its body are no category of its own
            preamble=[
                "县十八届人大四次会议期间，代表们共提出建议136件，由县人民政府负责办理的128件，已全部按期办复。"
                "现将有关情况报告如下："
            ],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "办理结果",
                    [
                        "在128件建议中，所提问题已经解决或基本解决的53件，正在解决或列入计划解决的61件，"
                        "因条件限制暂时不能解决的14件。"
                    ],
                ),
                (1, "cn", "二、", "主要做法", []),
                (
                    2,
                    "cn-paren",
                    "（一）",
                    "压实办理责任",
                    ["实行县政府领导领办重点建议制度，7件重点建议由副县长领衔督办。"],
                ),
                (2, "cn-paren", "（二）", "加强沟通协商", ["承办单位与代表面对面沟通率达到100%。"]),
                (
                    1,
                    "cn",
                    "三、",
                    "下一步工作",
                    ["县人民政府将持续跟踪列入计划解决事项的落实情况，确保承诺事项兑现。"],
                ),
            ],
            closing="以上报告，请予审议。",
            signature=(("澄岭县人民政府",), "2024-10-22", "2024年10月22日"),
        ),
    )


B5E = """岚川市民政局
岚民发〔2024〕8号
岚川市民政局关于加强村（居）民委员会规范化建设的指导意见
各县（市、区）民政局：
    为进一步加强村（居）民委员会规范化建设，提升基层治理水平，现提出如下意见。
    一、健全组织体系。村（居）民委员会下设人民调解、治安保卫、公共卫生等委员会，明确工作职责。
    二、规范议事程序。涉及群众切身利益的重大事项，应当提交村（居）民会议或者村（居）民代表会议讨论决定。
    三、加强工作保障。各地要将村（居）民委员会工作经费纳入财政预算，并建立正常增长机制。
岚川市民政局
2024年3月6日
"""


def test_b5e_city_civil_affairs_guiding_opinion_in_run_in_cn_headings() -> None:
    check(
        B5E,
        expect(
            kind="opinion",
            issuer="岚川市民政局",
            number=("岚民发〔2024〕8号", "岚民发", 2024, 8),
            title="岚川市民政局关于加强村（居）民委员会规范化建设的指导意见",
            recipients=["各县（市、区）民政局"],
            preamble=["为进一步加强村（居）民委员会规范化建设，提升基层治理水平，现提出如下意见。"],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "健全组织体系",
                    ["村（居）民委员会下设人民调解、治安保卫、公共卫生等委员会，明确工作职责。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "规范议事程序",
                    ["涉及群众切身利益的重大事项，应当提交村（居）民会议或者村（居）民代表会议讨论决定。"],
                ),
                (
                    1,
                    "cn",
                    "三、",
                    "加强工作保障",
                    ["各地要将村（居）民委员会工作经费纳入财政预算，并建立正常增长机制。"],
                ),
            ],
            signature=(("岚川市民政局",), "2024-03-06", "2024年3月6日"),
        ),
    )


# --- Batch 6: portal copies --------------------------------------------------------------------------

B6A = """首页 › 信息公开 › 建议提案办理
| 索引号 | 11430900MB1234567P/2024-00318 | 公开方式 | 主动公开 |
| 发布机构 | 岚川市自然资源和规划局 | 成文日期 | 2024-07-05 |
| 文号 | 岚自然资规函〔2024〕46号 | 有效性 | 有效 |
关于市十五届人大三次会议第0412号建议的答复
发布时间：2024-07-08 09:30　　浏览次数：327
邵某某代表：
    您提出的《关于加强城区山体公园建设的建议》收悉。现答复如下：
    一、规划保障
    我局在国土空间总体规划中将城区7座山体划入公园绿地，总面积约320公顷。
    二、建设进展
    今年已启动凤凰山、青龙山两座山体公园建设，计划2025年建成开放。
    感谢您对自然资源和规划工作的关心和支持。
岚川市自然资源和规划局
2024年7月5日
【打印本页】【关闭窗口】
版权所有：岚川市人民政府办公室　网站标识码：4309000001
"""


def test_b6a_city_portal_answer_under_a_pipe_table_two_pairs_a_row_and_an_angle_quote_breadcrumb() -> None:
    check(
        B6A,
        leave(
            expect(
                # the information table's 发布机构 and 文号
                issuer="岚川市自然资源和规划局",
                number=("岚自然资规函〔2024〕46号", "岚自然资规函", 2024, 46),
                title="关于市十五届人大三次会议第0412号建议的答复",
                recipients=["邵某某代表"],
                metadata={
                    "索引号": "11430900MB1234567P/2024-00318",
                    "公开方式": "主动公开",
                    "发布机构": "岚川市自然资源和规划局",
                    "成文日期": "2024-07-05",
                    "文号": "岚自然资规函〔2024〕46号",
                    "有效性": "有效",
                },
                ref=("人大", "市", 15, 3, "0412", "建议", "关于加强城区山体公园建设的建议", []),
                preamble=["您提出的《关于加强城区山体公园建设的建议》收悉。现答复如下："],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "规划保障",
                        ["我局在国土空间总体规划中将城区7座山体划入公园绿地，总面积约320公顷。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "建设进展",
                        ["今年已启动凤凰山、青龙山两座山体公园建设，计划2025年建成开放。"],
                    ),
                ],
                closing="感谢您对自然资源和规划工作的关心和支持。",
                signature=(("岚川市自然资源和规划局",), "2024-07-05", "2024年7月5日"),
            ),
            # disclosure left out (doubted, as holdout23 b6a and holdout24 b6a: whether a table's 公开方式 row is the
            # 公开属性)
            "disclosure",
        ),
        "首页",
        "浏览次数",
        "打印本页",
        "关闭窗口",
        "版权所有",
        "网站标识码",
    )


B6B = """当前位置：首页 >> 政务公开 >> 通知公告
信息索引号：431121000/2024-00209
发文机关：澄岭县人民政府办公室
发文字号：澄政办发〔2024〕15号
发布日期：2024年05月09日
公开形式：主动公开
澄岭县人民政府办公室关于开展2024年防汛应急演练的通知
各乡镇人民政府，县直有关单位：
    为检验全县防汛应急预案的可操作性，提高防汛抢险救援能力，经县人民政府同意，决定开展2024年防汛应急演练。现将有关事项通知如下：
    一、演练时间
    2024年5月20日上午9:00。
    二、演练地点
    枫塘镇枫塘河沿岸。
    三、参演单位
    县应急管理局、县水利局、县消防救援大队、枫塘镇人民政府。
澄岭县人民政府办公室
2024年5月9日
分享到：微信　微博
上一篇：关于做好2024年春季植树造林工作的通知
下一篇：澄岭县2024年第一季度政府信息公开工作情况
"""


def test_b6b_county_portal_notice_under_a_one_pair_a_line_table_with_share_and_neighbour_links() -> None:
    check(
        B6B,
        leave(
            expect(
                kind="notice",
                issuer="澄岭县人民政府办公室",
                number=("澄政办发〔2024〕15号", "澄政办发", 2024, 15),
                title="澄岭县人民政府办公室关于开展2024年防汛应急演练的通知",
                recipients=["各乡镇人民政府", "县直有关单位"],
                metadata={
                    "信息索引号": "431121000/2024-00209",
                    "发文机关": "澄岭县人民政府办公室",
                    "发文字号": "澄政办发〔2024〕15号",
                    "发布日期": "2024年05月09日",
                    "公开形式": "主动公开",
                },
                preamble=[
                    "为检验全县防汛应急预案的可操作性，提高防汛抢险救援能力，经县人民政府同意，"
                    "决定开展2024年防汛应急演练。现将有关事项通知如下："
                ],
                sections=[
                    (1, "cn", "一、", "演练时间", ["2024年5月20日上午9:00。"]),
                    (1, "cn", "二、", "演练地点", ["枫塘镇枫塘河沿岸。"]),
                    (1, "cn", "三、", "参演单位", ["县应急管理局、县水利局、县消防救援大队、枫塘镇人民政府。"]),
                ],
                signature=(("澄岭县人民政府办公室",), "2024-05-09", "2024年5月9日"),
            ),
            # disclosure left out (doubted: whether a table's 公开形式 row is the 公开属性)
            "disclosure",
        ),
        "当前位置",
        "分享到",
        "上一篇",
        "春季植树造林",
        "下一篇",
        "政府信息公开工作情况",
    )


B6C = """您所在的位置：首页 > 政务公开 > 建议提案
国家税务总局岚川市鹭洲区税务局关于区政协九届三次会议第0088号提案的答复
时间：2024-06-20　来源：鹭洲区税务局　【字体：大 中 小】
陶某某委员：
    您提出的《关于优化小微企业办税缴费服务的提案》收悉，现答复如下：
    一、推行“非接触式”办税。目前我局95%以上的涉税事项可网上办理，小微企业申报平均用时压缩至10分钟以内。
    二、开展“税惠直达”行动。通过电子税务局精准推送优惠政策提示2.3万户次，帮助小微企业享受减税降费1.6亿元。
    三、设立“小微企业服务专窗”，为企业提供政策咨询和业务办理“一站式”服务。
    感谢您对税务工作的关心和支持！
国家税务总局岚川市鹭洲区税务局
2024年6月19日
扫一扫在手机打开当前页
【打印】【关闭】
"""


def test_b6c_district_tax_bureau_answer_on_its_portal_under_a_byline_with_a_font_box() -> None:
    check(
        B6C,
        expect(
            # the organ opening the title (垂直管理: its state name first)
            issuer="国家税务总局岚川市鹭洲区税务局",
            title="国家税务总局岚川市鹭洲区税务局关于区政协九届三次会议第0088号提案的答复",
            recipients=["陶某某委员"],
            ref=("政协", "区", 9, 3, "0088", "提案", "关于优化小微企业办税缴费服务的提案", []),
            preamble=["您提出的《关于优化小微企业办税缴费服务的提案》收悉，现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "推行“非接触式”办税",
                    ["目前我局95%以上的涉税事项可网上办理，小微企业申报平均用时压缩至10分钟以内。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "开展“税惠直达”行动",
                    ["通过电子税务局精准推送优惠政策提示2.3万户次，帮助小微企业享受减税降费1.6亿元。"],
                ),
                # over 30 characters, commas only: untitled
                (
                    1,
                    "cn",
                    "三、",
                    None,
                    ["设立“小微企业服务专窗”，为企业提供政策咨询和业务办理“一站式”服务。"],
                ),
            ],
            closing="感谢您对税务工作的关心和支持！",
            signature=(("国家税务总局岚川市鹭洲区税务局",), "2024-06-19", "2024年6月19日"),
        ),
        "您所在的位置",
        "2024-06-20",
        "字体",
        "扫一扫在手机打开当前页",
        "【打印】",
    )


B6D = """首页 > 政府文件 > 区政府函
· 索引号：11430902MB0987654Q/2024-00057
· 发文单位：鹭洲区人民政府
· 文号：鹭政函〔2024〕27号
· 发文日期：2024-05-14
鹭洲区人民政府关于同意新建鹭湖小学的批复
区教育局：
    你局《关于新建鹭湖小学的请示》（鹭教〔2024〕9号）收悉。经研究，同意新建鹭湖小学，办学规模为36个班，项目建设资金纳入区级财政预算统筹安排。请你局会同区住建局抓紧开展项目前期工作，确保2025年秋季学期投入使用。
    此复。
鹭洲区人民政府
2024年5月14日
（此件主动公开）
打印　关闭
"""


def test_b6d_district_portal_approval_under_a_middle_dot_bulleted_table() -> None:
    check(
        B6D,
        expect(
            kind="approval",
            issuer="鹭洲区人民政府",
            number=("鹭政函〔2024〕27号", "鹭政函", 2024, 27),
            title="鹭洲区人民政府关于同意新建鹭湖小学的批复",
            recipients=["区教育局"],
            # keys without their bullets, values as written
            metadata={
                "索引号": "11430902MB0987654Q/2024-00057",
                "发文单位": "鹭洲区人民政府",
                "文号": "鹭政函〔2024〕27号",
                "发文日期": "2024-05-14",
            },
            disclosure="主动公开",
            preamble=[
                "你局《关于新建鹭湖小学的请示》（鹭教〔2024〕9号）收悉。经研究，同意新建鹭湖小学，办学规模为36个班，"
                "项目建设资金纳入区级财政预算统筹安排。请你局会同区住建局抓紧开展项目前期工作，确保2025年秋季学期投入使用。"
            ],
            closing="此复。",
            signature=(("鹭洲区人民政府",), "2024-05-14", "2024年5月14日"),
        ),
        "首页",
        "区政府函",
        "打印",
    )


B6E = """首页 > 乡镇动态 > 枫塘镇
关于县十八届人大四次会议第0131号建议的答复
信息来源：枫塘镇　发布时间：2024-07-16 16:05　阅读次数：211
侯某某代表：
    您提出的《关于解决枫塘集镇停车难问题的建议》收悉，现答复如下：
    我镇高度重视集镇停车问题，今年利用闲置地块新建公共停车场2处，新增停车泊位180个，并在集镇主街施划临时停车位65个。
    下一步，我镇将结合集镇改造，规划建设立体停车设施，进一步缓解停车难问题。
    感谢您对枫塘镇工作的关心和支持！
枫塘镇人民政府
2024年7月15日
分享：
主办单位：澄岭县人民政府办公室　承办单位：澄岭县政务服务中心
湘ICP备12345678号　湘公网安备43092102000123号
"""


def test_b6e_township_answer_on_a_county_portal_under_a_source_byline_over_a_site_footer() -> None:
    doc = check(
        B6E,
        leave(
            expect(
                title="关于县十八届人大四次会议第0131号建议的答复",
                recipients=["侯某某代表"],
                ref=("人大", "县", 18, 4, "0131", "建议", "关于解决枫塘集镇停车难问题的建议", []),
                preamble=[
                    "您提出的《关于解决枫塘集镇停车难问题的建议》收悉，现答复如下：",
                    "我镇高度重视集镇停车问题，今年利用闲置地块新建公共停车场2处，新增停车泊位180个，"
                    "并在集镇主街施划临时停车位65个。",
                    "下一步，我镇将结合集镇改造，规划建设立体停车设施，进一步缓解停车难问题。",
                ],
                closing="感谢您对枫塘镇工作的关心和支持！",
                signature=(("枫塘镇人民政府",), "2024-07-15", "2024年7月15日"),
                # the footer's 主办单位/承办单位 are the site's: no contact unit
                contact={},
            ),
            # issuer left out (doubted, as holdout24 b6c: only the 来源 byline names the organ, and a byline is chrome)
            "issuer",
        ),
        "乡镇动态",
        "信息来源",
        "阅读次数",
        "澄岭县政务服务中心",
        "ICP备",
        "公网安备",
    )
    assert doc.preamble[2].phase == "plan"


# --- Batch 7: a PDF's text layer copied out, hard-wrapped, page labels inside paragraphs -----------

B7A_LINES = [
    "澄岭县人力资源和社会保障局",
    "澄人社函〔2024〕11号",
    "关于县政协十一届四次会议第045号提案的答复",
    "柯某某委员：",
    "您提出的《关于加强返乡创业扶持的提案》收悉。现答复如下：",
    "一、返乡创业扶持情况",
    "今年以来，我局为返乡创业人员发放创业担保贷款2860万元，扶持创办经营实体215家，带动就业1340人。",
    "二、下一步工作打算",
    "下一步，我局将建设县级返乡创业孵化基地，为入驻项目免费提供场地和政策咨询服务。",
    "感谢您对人力资源和社会保障工作的关心和支持。",
    "澄岭县人力资源和社会保障局",
    "2024年6月7日",
]


def test_b7a_county_answer_wrapped_at_29_with_middle_dot_page_labels() -> None:
    # the first page's label set after the seventh wrapped line, inside section 一's paragraph
    doc = check(
        pdf_copy(B7A_LINES, 29, 7, "· 1 ·", "· 2 ·"),
        expect(
            issuer="澄岭县人力资源和社会保障局",
            number=("澄人社函〔2024〕11号", "澄人社函", 2024, 11),
            title=B7A_LINES[2],
            recipients=["柯某某委员"],
            ref=("政协", "县", 11, 4, "045", "提案", "关于加强返乡创业扶持的提案", []),
            preamble=[B7A_LINES[4]],
            sections=[
                (1, "cn", "一、", "返乡创业扶持情况", [B7A_LINES[6]]),
                (1, "cn", "二、", "下一步工作打算", [B7A_LINES[8]]),
            ],
            closing=B7A_LINES[9],
            signature=(("澄岭县人力资源和社会保障局",), "2024-06-07", "2024年6月7日"),
            warnings=["page-break-joined"],
        ),
        "· 1 ·",
        "· 2 ·",
    )
    assert phases(doc.sections[1]) == ["plan"]


B7B_LINES = [
    "岚川市商务局",
    "岚商发〔2024〕17号",
    "岚川市商务局关于开展2024年“岚川好物”消费季活动的通知",
    "各县（市、区）商务主管部门，市直有关单位：",
    "为进一步激发消费潜力，促进消费提质扩容，市商务局决定于2024年9月至11月开展“岚川好物”消费季活动。现将有关事项通知如下：",
    "一、活动内容",
    "活动期间，各地要组织商贸企业开展汽车、家电、家居等大宗消费促销活动，每个县（市、区）举办主题活动不少于3场。",
    "二、工作要求",
    "各地要于每月5日前将上月活动开展情况报送市商务局市场运行科。",
    "附件：“岚川好物”消费季活动安排表",
    "岚川市商务局",
    "2024年8月26日",
    "抄送：市人民政府办公室。",
]


def test_b7b_city_commerce_notice_wrapped_at_32_with_tilde_page_labels_an_attachment_and_a_copy_line() -> None:
    check(
        pdf_copy(B7B_LINES, 32, 8, "～ 1 ～", "～ 2 ～"),
        expect(
            kind="notice",
            issuer="岚川市商务局",
            number=("岚商发〔2024〕17号", "岚商发", 2024, 17),
            title=B7B_LINES[2],
            recipients=["各县（市、区）商务主管部门", "市直有关单位"],
            preamble=[B7B_LINES[4]],
            sections=[
                (1, "cn", "一、", "活动内容", [B7B_LINES[6]]),
                (1, "cn", "二、", "工作要求", [B7B_LINES[8]]),
            ],
            signature=(("岚川市商务局",), "2024-08-26", "2024年8月26日"),
            imprint=(("市人民政府办公室",), None, None),
            attachments=("“岚川好物”消费季活动安排表",),
            warnings=["page-break-joined"],
        ),
        "～ 1 ～",
        "～ 2 ～",
    )


B7C_LINES = [
    "闽农函〔2024〕162号　　签发人：邱某某",
    "福建省农业农村厅关于省十四届人大二次会议",
    "第1218号建议的答复",
    "林某某代表：",
    "您提出的《关于支持岚溪茶产业高质量发展的建议》收悉。经商省财政厅、省林业局，现答复如下：",
    "一、支持茶园提质增效",
    "2023年，省级安排茶产业发展资金1.2亿元，支持建设生态茶园示范基地45个，推广绿色防控技术面积80万亩。",
    "二、培育茶叶区域公用品牌",
    "我厅组织茶企参加国内外展会12场，支持“岚溪白茶”申报地理标志农产品保护工程。",
    "三、下一步工作",
    "下一步，我厅将会同有关部门研究出台茶产业全链条发展扶持政策。",
    "专此答复。",
    "福建省农业农村厅",
    "2024年7月19日",
    "（联系人：曾某，联系电话：0591-87635219）",
]


def test_b7c_provincial_answer_wrapped_at_35_with_a_two_line_title_and_its_signer_beside_the_number() -> None:
    check(
        pdf_copy(B7C_LINES, 35, 8, "第1页（共2页）", "第2页（共2页）"),
        expect(
            # the organ that opens the title
            issuer="福建省农业农村厅",
            number=("闽农函〔2024〕162号", "闽农函", 2024, 162),
            # the title's two printed lines joined
            title="福建省农业农村厅关于省十四届人大二次会议第1218号建议的答复",
            recipients=["林某某代表"],
            # 签发人 beside the 文号: a metadata pair as well as the signer (settled)
            signer="邱某某",
            metadata={"签发人": "邱某某"},
            ref=("人大", "省", 14, 2, "1218", "建议", "关于支持岚溪茶产业高质量发展的建议", []),
            preamble=[B7C_LINES[4]],
            sections=[
                (1, "cn", "一、", "支持茶园提质增效", [B7C_LINES[6]]),
                (1, "cn", "二、", "培育茶叶区域公用品牌", [B7C_LINES[8]]),
                (1, "cn", "三、", "下一步工作", [B7C_LINES[10]]),
            ],
            closing="专此答复。",
            signature=(("福建省农业农村厅",), "2024-07-19", "2024年7月19日"),
            contact={"name": "曾某", "phones": ("0591-87635219",)},
            warnings=["page-break-joined"],
        ),
        "第1页（共2页）",
        "第2页（共2页）",
    )


B7D_LINES = [
    "澄岭县供销合作社联合社",
    "澄供函〔2024〕3号",
    "关于县十八届人大四次会议第0097号建议的答复",
    "黄某某代表：",
    "您提出的《关于完善农村农资供应网络的建议》收悉。现答复如下：",
    "一、农资供应网点建设",
    "目前，全县供销系统共有农资配送中心3个、乡镇农资超市19个、村级农资服务点206个，实现了乡镇全覆盖。",
    "二、保障农资质量和价格稳定",
    "我社一是建立农资商品质量追溯制度；二是在春耕备耕期间储备化肥1.5万吨，平抑市场价格；三是开展农资打假专项行动。",
    "感谢您对供销合作事业的关心和支持！",
    "澄岭县供销合作社联合社",
    "2024年5月28日",
]


def test_b7d_supply_cooperative_answer_wrapped_at_37_with_page_count_labels_and_members_across_a_wrap() -> None:
    check(
        pdf_copy(B7D_LINES, 37, 7, "1/2", "2/2"),
        expect(
            issuer="澄岭县供销合作社联合社",
            number=("澄供函〔2024〕3号", "澄供函", 2024, 3),
            title=B7D_LINES[2],
            recipients=["黄某某代表"],
            ref=("人大", "县", 18, 4, "0097", "建议", "关于完善农村农资供应网络的建议", []),
            preamble=[B7D_LINES[4]],
            sections=[
                (1, "cn", "一、", "农资供应网点建设", [B7D_LINES[6]]),
                (1, "cn", "二、", "保障农资质量和价格稳定", [B7D_LINES[8]]),
            ],
            members=[
                (1, "一是", "建立农资商品质量追溯制度"),
                (2, "二是", "在春耕备耕期间储备化肥1.5万吨，平抑市场价格"),
                (3, "三是", "开展农资打假专项行动"),
            ],
            closing=B7D_LINES[9],
            signature=(("澄岭县供销合作社联合社",), "2024-05-28", "2024年5月28日"),
            warnings=["page-break-joined"],
        ),
        "1/2",
        "2/2",
    )


B7E_LINES = [
    "岚川市发展和改革委员会",
    "岚发改运行〔2024〕31号",
    "岚川市发展和改革委员会关于做好2024年",
    "迎峰度夏电力保供工作的通知",
    "各县（市、区）发展改革局，国网岚川供电公司：",
    "为确保今年迎峰度夏期间全市电力安全稳定供应，现就有关事项通知如下：",
    "一、加强电力供需监测",
    "各地要密切跟踪电力负荷变化：一要做好日前负荷预测；二要及时报告供需缺口；三要落实有序用电方案。",
    "二、做好应急处置准备",
    "国网岚川供电公司要组建应急抢修队伍，配足应急发电车等装备，确保故障发生后2小时内恢复供电。",
    "特此通知。",
    "岚川市发展和改革委员会",
    "2024年6月12日",
    "（此件主动公开）",
]


def test_b7e_city_development_commission_notice_wrapped_at_31_with_yi_yao_members_and_a_two_line_title() -> None:
    check(
        pdf_copy(B7E_LINES, 31, 12, "— 1 —", "— 2 —"),
        expect(
            kind="notice",
            issuer="岚川市发展和改革委员会",
            number=("岚发改运行〔2024〕31号", "岚发改运行", 2024, 31),
            title="岚川市发展和改革委员会关于做好2024年迎峰度夏电力保供工作的通知",
            recipients=["各县（市、区）发展改革局", "国网岚川供电公司"],
            disclosure="主动公开",
            preamble=[B7E_LINES[5]],
            sections=[
                (1, "cn", "一、", "加强电力供需监测", [B7E_LINES[7]]),
                (1, "cn", "二、", "做好应急处置准备", [B7E_LINES[9]]),
            ],
            members=[
                (1, "一要", "做好日前负荷预测"),
                (2, "二要", "及时报告供需缺口"),
                (3, "三要", "落实有序用电方案"),
            ],
            closing="特此通知。",
            signature=(("岚川市发展和改革委员会",), "2024-06-12", "2024年6月12日"),
            warnings=["page-break-joined"],
        ),
        "— 1 —",
        "— 2 —",
    )


# --- Batch 8: a Word file saved as text, a WeChat copy, OCR damage, a Markdown copy, a Word notice ----

B8A = (
    "　　　　　　　　　　　　澄岭县交通运输局\n"
    "\n"
    "澄交函〔2024〕14号\n"
    "\n"
    "关于县十八届人大四次会议第0152号建议的答复\n"
    "\n"
    "彭某某代表：\n"
    "\n"
    "　　您提出的《关于加快枫塘至石门公路提质改造的建议》收悉。现答复如下：\n"
    "\n"
    "　　1、\t项目前期工作。枫塘至石门公路提质改造工程已列入全县农村公路建设规划，工程可行性研究报告已编制完成。\n"
    "\n"
    "　　2、\t资金筹措。项目估算总投资4600万元，我局正积极向上争取省级补助资金。\n"
    "\n"
    "　　3、\t建设安排。项目计划于2025年上半年开工建设，工期18个月。\n"
    "\n"
    "　　感谢您对交通运输工作的关心和支持。\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　澄岭县交通运输局\n"
    "　　　　　　　　　　　　　　　　　　　　2024年6月25日\n"
    "\n"
    "联系人：柳某某\t联系电话：0734-5523370\n"
)


def test_b8a_word_text_with_tabs_after_num_markers_a_right_set_signature_and_a_tab_parted_contact() -> None:
    check(
        B8A,
        expect(
            issuer="澄岭县交通运输局",
            number=("澄交函〔2024〕14号", "澄交函", 2024, 14),
            title="关于县十八届人大四次会议第0152号建议的答复",
            recipients=["彭某某代表"],
            ref=("人大", "县", 18, 4, "0152", "建议", "关于加快枫塘至石门公路提质改造的建议", []),
            preamble=["您提出的《关于加快枫塘至石门公路提质改造的建议》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "num",
                    "1、",
                    "项目前期工作",
                    ["枫塘至石门公路提质改造工程已列入全县农村公路建设规划，工程可行性研究报告已编制完成。"],
                ),
                (1, "num", "2、", "资金筹措", ["项目估算总投资4600万元，我局正积极向上争取省级补助资金。"]),
                (1, "num", "3、", "建设安排", ["项目计划于2025年上半年开工建设，工期18个月。"]),
            ],
            closing="感谢您对交通运输工作的关心和支持。",
            signature=(("澄岭县交通运输局",), "2024-06-25", "2024年6月25日"),
            contact={"name": "柳某某", "phones": ("0734-5523370",)},
        ),
    )


B8B = """关于开展2024年鹭洲区“全民健身日”系列活动的通知
原创 鹭洲发布 鹭洲发布 2024-06-03 18:00 湖南
各街道办事处，区直各单位：
为丰富群众体育文化生活，营造全民健身浓厚氛围，区文化旅游体育局决定于8月8日前后开展“全民健身日”系列活动。现将有关事项通知如下：
一、活动内容
开展健步走、广场舞展演、全民健身运动会等活动。
二、有关要求
各单位要高度重视，积极组织干部职工参加，并于7月25日前将参加人员名单报送区文化旅游体育局群体科。
鹭洲区文化旅游体育局
2024年6月3日
预览时标签不可点
阅读原文
微信扫一扫
关注该公众号
"""


def test_b8b_wechat_copy_of_a_district_notice_with_an_original_byline_and_the_pages_tail() -> None:
    check(
        B8B,
        leave(
            expect(
                kind="notice",
                title="关于开展2024年鹭洲区“全民健身日”系列活动的通知",
                # split at the comma
                recipients=["各街道办事处", "区直各单位"],
                preamble=[
                    "为丰富群众体育文化生活，营造全民健身浓厚氛围，区文化旅游体育局决定于8月8日前后开展"
                    "“全民健身日”系列活动。现将有关事项通知如下："
                ],
                sections=[
                    (1, "cn", "一、", "活动内容", ["开展健步走、广场舞展演、全民健身运动会等活动。"]),
                    (
                        1,
                        "cn",
                        "二、",
                        "有关要求",
                        [
                            "各单位要高度重视，积极组织干部职工参加，并于7月25日前将参加人员名单报送"
                            "区文化旅游体育局群体科。"
                        ],
                    ),
                ],
                signature=(("鹭洲区文化旅游体育局",), "2024-06-03", "2024年6月3日"),
            ),
            # issuer left out (doubted: the byline names the account, and a byline is chrome)
            "issuer",
        ),
        "原创",
        "18:00",
        "预览时标签不可点",
        "阅读原文",
        "微信扫一扫",
        "关注该公众号",
    )


B8C = """办理类别:B类
栖梧县农业农村局
栖农函[2024]18号
关于县政协十届三次会议第0036号提案的答复
孔某某委员:
    您提出的《关于发展稻渔综合种养的提案》收悉,现答复如下:
    一、发展现状
    全县现有稻渔综合种养面积2.3万亩,主要模式为稻虾、稻鱼共作,亩均增收1200元以
上。
    二、扶持措施
    县财政对新发展稻渔综合种养连片100亩以上的经营主体,按每亩200元给予一次性补助。
    感谢您对农业农村工作的关心和支持!
栖梧县农业农村局
2024年6月14日
联系人:苏某  电话:0734-6612047
"""


def test_b8c_ocr_copy_with_half_width_punctuation_square_brackets_in_the_number_and_a_scan_line_break() -> None:
    doc = check(
        B8C,
        leave(
            expect(
                issuer="栖梧县农业农村局",
                # [2024]: a variant bracket, recorded as written
                number=("栖农函[2024]18号", "栖农函", 2024, 18),
                title="关于县政协十届三次会议第0036号提案的答复",
                recipients=["孔某某委员"],
                # a half-width colon counts as the full-width one; the value as written
                metadata={"办理类别": "B类"},
                category="B",
                ref=("政协", "县", 10, 3, "0036", "提案", "关于发展稻渔综合种养的提案", []),
                # punctuation as written
                preamble=["您提出的《关于发展稻渔综合种养的提案》收悉,现答复如下:"],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "发展现状",
                        ["全县现有稻渔综合种养面积2.3万亩,主要模式为稻虾、稻鱼共作,亩均增收1200元以上。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "扶持措施",
                        ["县财政对新发展稻渔综合种养连片100亩以上的经营主体,按每亩200元给予一次性补助。"],
                    ),
                ],
                closing="感谢您对农业农村工作的关心和支持!",
                signature=(("栖梧县农业农村局",), "2024-06-14", "2024年6月14日"),
                contact={"name": "苏某", "phones": ("0734-6612047",)},
            ),
            # warnings compared below (other OCR warnings doubted, as holdout24 b8c)
            "warnings",
        ),
    )
    # the line broken by the scan is joined, and the join is a guess: warned
    assert "page-break-joined" in codes(doc)


B8D = """# 关于区九届人大三次会议第0147号建议的答复

**符某某代表：**

您提出的《关于支持中小企业数字化转型的建议》收悉。现答复如下：

## 一、工作开展情况

**（一）开展诊断服务。**今年以来，我局组织服务机构为全区126家中小企业开展数字化转型免费诊断。

**（二）落实资金支持。**对完成数字化改造的企业，按改造投入的20%给予最高50万元补助。

## 二、下一步工作

下一步，我局将建设中小企业数字化转型公共服务平台，推广一批可复制的转型方案。

感谢您对科技工作的关心和支持。

鹭洲区科学技术局

2024年7月10日
"""


def test_b8d_markdown_copy_with_hash_headings_holding_the_cn_markers_and_bold_run_in_leads() -> None:
    doc = check(
        B8D,
        leave(
            expect(
                # no Markdown marks in the title, a heading's title or a paragraph (the contract)
                title="关于区九届人大三次会议第0147号建议的答复",
                recipients=["符某某代表"],
                ref=("人大", "区", 9, 3, "0147", "建议", "关于支持中小企业数字化转型的建议", []),
                preamble=["您提出的《关于支持中小企业数字化转型的建议》收悉。现答复如下："],
                sections=[
                    (1, "cn", "一、", "工作开展情况", []),
                    (
                        2,
                        "cn-paren",
                        "（一）",
                        "开展诊断服务",
                        ["今年以来，我局组织服务机构为全区126家中小企业开展数字化转型免费诊断。"],
                    ),
                    (
                        2,
                        "cn-paren",
                        "（二）",
                        "落实资金支持",
                        ["对完成数字化改造的企业，按改造投入的20%给予最高50万元补助。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "下一步工作",
                        ["下一步，我局将建设中小企业数字化转型公共服务平台，推广一批可复制的转型方案。"],
                    ),
                ],
                closing="感谢您对科技工作的关心和支持。",
                signature=(("鹭洲区科学技术局",), "2024-07-10", "2024年7月10日"),
            ),
            # warnings left out (doubted, as holdout24 b8e: whether reading a text's Markdown marks is a judgement
            # that warns)
            "warnings",
        ),
        "#",
        "**",
    )
    assert phases(doc.sections[1]) == ["plan"]


B8E = (
    "澄岭县农业农村局\n"
    "澄农发〔2024〕9号\n"
    "\n"
    "澄岭县农业农村局关于做好2024年秋冬种工作的通知\n"
    "\n"
    "各乡镇人民政府：\n"
    "\n"
    "\t为确保全年粮油生产任务完成，现就做好2024年秋冬种工作通知如下：\n"
    "\n"
    "\t一、\t稳定播种面积\n"
    "\t全县秋冬种油菜面积稳定在12万亩以上，冬季蔬菜面积稳定在3.5万亩以上。\n"
    "\t二、\t强化技术指导\n"
    "\t各乡镇要组织农技人员进村入户，推广油菜机械直播、测土配方施肥等技术。\n"
    "\n"
    "\t\t\t\t\t澄岭县农业农村局\n"
    "\t\t\t\t\t2024年9月20日\n"
    "\t（此件发至乡镇）\n"
)


def test_b8e_word_text_of_a_county_notice_with_tab_indents_and_a_distribution_note_under_the_date() -> None:
    doc = check(
        B8E,
        expect(
            kind="notice",
            issuer="澄岭县农业农村局",
            number=("澄农发〔2024〕9号", "澄农发", 2024, 9),
            title="澄岭县农业农村局关于做好2024年秋冬种工作的通知",
            recipients=["各乡镇人民政府"],
            preamble=["为确保全年粮油生产任务完成，现就做好2024年秋冬种工作通知如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "稳定播种面积",
                    ["全县秋冬种油菜面积稳定在12万亩以上，冬季蔬菜面积稳定在3.5万亩以上。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "强化技术指导",
                    ["各乡镇要组织农技人员进村入户，推广油菜机械直播、测土配方施肥等技术。"],
                ),
            ],
            signature=(("澄岭县农业农村局",), "2024-09-20", "2024年9月20日"),
        ),
    )
    # the 附注's distribution scope without its brackets and 此件 (schema 1.9); no 公开属性 in it
    assert doc.header.distribution == "发至乡镇"
