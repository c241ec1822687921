"""Session 21's held-out blind check of the whole parser, for the session's closing note: forty
documents set aside before anyone looked at the parser's output on them, written as offices publish
them and as users hold them, every area mixed at once (no puzzles). Expected values were written by
hand from the contract (../shared/design/contract.md), README's "Schema 1.x adds" sections and the
readings the earlier probe rounds settled (a numbered line of at most 30 characters with no stop is a
heading; a numbered line ending ？ is an untitled point, its question the section's first paragraph;
an organ on its own line right above a 关于 title is the title's first line and the issuer; a lone
line joined across a hard wrap or a page number is warned `page-break-joined`; 〇/0 in a numeral
落款 date still reads), and this file was committed (skipped) before its first run.

Batches (5 documents each):
1. answers to 人大代表建议 at county, city, township and province level (办理结果/类别/公开属性 rows, a
   文号 with 签发人 on its line, 尊敬的, joint deputies, a question-numbered answer with an 附件 line);
2. answers to 政协提案 (a party committee's, a 集体提案, a 界别's, a province's, a 提案 answered with
   留作参考), 签发人 rows of three shapes;
3. joint answers and the letters around them (主办/协办 rows, a 协办意见 and a 会办意见 to the lead unit,
   two organs signing stacked and side by side, an answer co-signed under one 落款);
4. notices, 批复, 函 (a 复函 naming the 来函, a 商请 函, an 批复 with 抄送 and 印发, a meeting notice);
5. an 意见 issued by a notice, a 纪要, a 方案 issued by a notice, an 通告, a 报告 to a 人大常委会;
6. portal copies (breadcrumbs, information tables of 索引号/发布机构/成文日期, share bars, footers,
   【打印】【关闭】, 浏览次数);
7. a PDF's text layer hard-wrapped at 30–40 characters with page numbers `- 2 -` between pages;
8. Word files saved as text (tabs after list numbers, full-width indents) and OCR-like damage (〇/0 in
   dates, 一/- in a phone, lost line breaks).

Fields I doubted are left out of a check and named beside it (`same` compares only the keys given).

First look (the file as committed, 2fd9259e, landed as 5665d623 skipped; run at 05:35 on main 23e69767,
after the other engineers' landings): 36 of 40 documents whole, 530 of 536 checks right (every `same`
field and every assert below it counted; a harness recorded all of them, none stopped another). Per batch
(documents whole / checks): 1. 3/5, 77/79; 2. 5/5, 77/77; 3. 5/5, 58/58; 4. 5/5, 68/68; 5. 5/5, 57/57;
6. 5/5, 74/74; 7. 4/5, 62/64; 8. 4/5, 57/59.
The misses:
- b1a, b1c (1 check each): MY error, not the parser's: `ProposalRef.proposers` is a tuple in Python and
  my asserts compared it with a list; the values were right (none; 刘某某 from 领衔代表). Corrected.
- b7d (2 checks): MY error: the wrap at 38 put a line ending 。 at the full measure, which no text copy
  can tell from a paragraph's end; the parser ended the paragraph there (三是 opens the next). The
  undecidable split is left out of the check now (members compared over the preamble); everything else
  was right.
- b8b (2 checks): a PARSER miss, the document is right: `B类<TAB><TAB><TAB><TAB>签发人：吴某某` (Word/WPS Save
  as Text aligns the 版头's cells with TABs): no handling_result and no `签发人` metadata pair, silently (the
  signer itself is read). The same line with spaces reads both. General cause: a 版头 line's cells are
  parted only at runs of spaces (Block.gaps), narrower than the genre's text exports. Strict xfail; not
  fixed here (this check fixes nothing in src/). Session 22 (genre22): the category was read since gap_cells
  parts TAB runs, and the pair is now too (rules.head.metadata._mark_line_cells): the xfail is gone.
Net of my three errors (5 checks): the parser missed 1 of 40 documents, 2 of 536 checks.
Not checked, where I doubted the reading (named beside each): b3c's proposers (王某某代表提出的), b3e's
co-units row under the date, the fate of b5a's opinion title line, b5b's 期数 as a number, warnings of
b3e/b5a/b5b/b5e/b8c/b8e.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.test_probes_11_noise import look, parsed, same, wrapped


def run(source: str, want: dict[str, Any], *gone: str) -> govdoc.Document:
    """`source` parsed and every check of `want` compared at once; `gone` (chrome, page furniture)
    must not reach the text."""
    doc = parsed(source)
    extra = {"leaked": []} if gone else {}
    same(look(doc, *gone), want | extra)
    return doc


def ref_of(doc: govdoc.Document) -> tuple[Any, ...]:
    """The answered proposal's body, level, term, session, kind and title."""
    r = doc.header.responds_to
    assert r is not None
    return (r.body, r.level, r.term, r.session, r.kind, r.title)


# --- Batch 1: answers to 人大代表建议 -------------------------------------------------------------

B1A = """办理结果：B类
公开属性：主动公开
青禾县交通运输局
青交建〔2024〕23号
关于县十八届人大三次会议第31号建议的答复
张某某代表：
    您提出的《关于改善农村客运班线通达条件的建议》收悉。现将办理情况答复如下：
    一、基本情况
    全县现有农村客运班线46条，已实现建制村通客车全覆盖，但部分偏远村班次较少。
    二、主要措施
    （一）优化线路布局。今年新开通镇村公交线路5条，调整延伸线路8条。
    （二）加强车辆保障。更新新能源客车32辆，淘汰老旧车辆20辆。
    三、下一步打算
    下一步，我局将结合财政承受能力，逐步增加偏远村的班次，力争2025年底前实现每天往返不少于两个班次。
    感谢您对全县交通运输工作的关心和支持。
青禾县交通运输局
2024年6月28日
（联系人：吴某某，电话：0734-5223108）
"""


def test_b1a_county_bureau_answer_under_result_and_disclosure_rows() -> None:
    doc = run(
        B1A,
        {
            "kind": "reply",
            "title": "关于县十八届人大三次会议第31号建议的答复",
            "number": ("青交建〔2024〕23号", 2024, 23),
            "issuer": "青禾县交通运输局",
            "recipients": ["张某某代表"],
            "ref": "31",
            "metadata": {"办理结果": "B类", "公开属性": "主动公开"},
            "preamble": ["您提出的《关于改善农村客运班线通达条件的建议》收悉。现将办理情况答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "基本情况",
                    ["全县现有农村客运班线46条，已实现建制村通客车全覆盖，但部分偏远村班次较少。"],
                ),
                (1, "二、", 2, "主要措施", []),
                (2, "（一）", 1, "优化线路布局", ["今年新开通镇村公交线路5条，调整延伸线路8条。"]),
                (2, "（二）", 2, "加强车辆保障", ["更新新能源客车32辆，淘汰老旧车辆20辆。"]),
                (
                    1,
                    "三、",
                    3,
                    "下一步打算",
                    [
                        "下一步，我局将结合财政承受能力，逐步增加偏远村的班次，力争2025年底前实现每天往返不少于两个班次。"
                    ],
                ),
            ],
            "items": [],
            "closing": "感谢您对全县交通运输工作的关心和支持。",
            "signature": (["青禾县交通运输局"], "2024-06-28", "2024年6月28日"),
            "contact": ("吴某某", ["0734-5223108"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert (doc.header.handling_result, doc.header.disclosure) == ("B", "主动公开")
    assert ref_of(doc) == ("人大", "县", 18, 3, "建议", "关于改善农村客运班线通达条件的建议")
    # (first look: my assert compared the tuple the model holds with a list; corrected to list(...))
    assert doc.header.responds_to is not None and list(doc.header.responds_to.proposers) == []


B1B = """云江市城市管理局
云城管建〔2024〕5号                签发人：李某某
办理结果：采纳解决
关于市十五届人大四次会议第0206号建议的答复
黄某、郑某某代表：
    你们提出的关于规范城区共享单车停放秩序的建议收悉。经认真研究，现答复如下：
    你们提出的建议切合实际。我局会同市公安局交警支队制定了共享单车停放管理办法，在城区主干道划设停放区1200处，对违规停放车辆实行限时清理，目前已全部落实。
    一是建立企业考核机制。每季度对运营企业开展考核，考核结果与投放数量挂钩。二是推行电子围栏技术。在重点区域设置电子围栏，车辆须在停放区内才能还车。三是加强联合执法。全年清理乱停乱放车辆2.1万辆次。
    特此答复。
云江市城市管理局
二〇二四年七月十五日
"""


def test_b1b_city_answer_to_two_deputies_with_signer_beside_the_number_and_items_in_one_paragraph() -> None:
    doc = run(
        B1B,
        {
            "kind": "reply",
            "title": "关于市十五届人大四次会议第0206号建议的答复",
            "number": ("云城管建〔2024〕5号", 2024, 5),
            "issuer": "云江市城市管理局",
            # two persons before 代表: one addressee (the splitting rule's own example)
            "recipients": ["黄某、郑某某代表"],
            "ref": "0206",
            "metadata": {"签发人": "李某某", "办理结果": "采纳解决"},
            "preamble": [
                "你们提出的关于规范城区共享单车停放秩序的建议收悉。经认真研究，现答复如下：",
                "你们提出的建议切合实际。我局会同市公安局交警支队制定了共享单车停放管理办法，在城区主干道划设停放区1200处，"
                "对违规停放车辆实行限时清理，目前已全部落实。",
                "一是建立企业考核机制。每季度对运营企业开展考核，考核结果与投放数量挂钩。二是推行电子围栏技术。"
                "在重点区域设置电子围栏，车辆须在停放区内才能还车。三是加强联合执法。全年清理乱停乱放车辆2.1万辆次。",
            ],
            "sections": [],
            "closing": "特此答复。",
            "signature": (["云江市城市管理局"], "2024-07-15", "二〇二四年七月十五日"),
            "contact": None,
            "warnings": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.signer) == ("A", "李某某")
    assert ref_of(doc)[:5] == ("人大", "市", 15, 4, "建议")
    assert [(i.marker, i.lead) for i in doc.preamble[2].items] == [
        ("一是", "建立企业考核机制"),
        ("二是", "推行电子围栏技术"),
        ("三是", "加强联合执法"),
    ]


B1C = """白沙镇人民政府
关于镇十九届人大三次会议第8号代表建议的答复
刘某某等5位代表：
    你们联名提出的《关于修复白沙村至河口村道路的建议》（领衔代表：刘某某）收悉，现答复如下：
    经实地查看，白沙村至河口村道路全长3.2公里，建成已十余年，部分路段破损严重。镇政府已将该路段修复工程列入2024年度村道提升计划，计划投资86万元，于今年10月底前完工。
    因资金有限，道路拓宽暂不能实施，待上级资金到位后再统筹安排。
    此复。
白沙镇人民政府
2024年5月30日
"""


def test_b1c_township_answer_to_a_joint_suggestion_with_its_lead_deputy() -> None:
    doc = run(
        B1C,
        {
            "kind": "reply",
            # the organ line right above the 关于 title is the title's first line and the issuer
            "title": "白沙镇人民政府关于镇十九届人大三次会议第8号代表建议的答复",
            "number": None,
            "issuer": "白沙镇人民政府",
            "recipients": ["刘某某等5位代表"],
            "ref": "8",
            "metadata": {},
            "preamble": [
                "你们联名提出的《关于修复白沙村至河口村道路的建议》（领衔代表：刘某某）收悉，现答复如下：",
                "经实地查看，白沙村至河口村道路全长3.2公里，建成已十余年，部分路段破损严重。"
                "镇政府已将该路段修复工程列入2024年度村道提升计划，计划投资86万元，于今年10月底前完工。",
                "因资金有限，道路拓宽暂不能实施，待上级资金到位后再统筹安排。",
            ],
            "sections": [],
            "closing": "此复。",
            "signature": (["白沙镇人民政府"], "2024-05-30", "2024年5月30日"),
            "contact": None,
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("人大", "镇", 19, 3, "建议", "关于修复白沙村至河口村道路的建议")
    r = doc.header.responds_to
    assert r is not None and list(r.proposers) == ["刘某某"]  # (first look: tuple vs list, my error)


B1D = """类别：C类
公开属性：依申请公开
江南省财政厅
江财建〔2024〕118号
江南省财政厅关于省十四届人大二次会议第1037号代表建议的答复
尊敬的王某某代表：
    您提出的关于提高山区县乡村医生补助标准的建议收悉。现答复如下：
    一、关于提高乡村医生补助标准
    乡村医生补助由省、市、县三级财政按比例分担。受财力所限，近期省级财政难以进一步提高补助标准，我厅将结合财力状况研究逐步提高的办法。
    二、关于设立山区乡村医生专项资金
    省级现有基层卫生专项已覆盖山区县，另设专项资金的条件暂不具备。
    再次感谢您对财政工作的关心和支持。
江南省财政厅
2024年6月11日
抄送：省人大常委会选举联络工作委员会，省政府办公厅。
"""


def test_b1d_province_department_answer_category_c_on_request_disclosure_with_a_cc_line() -> None:
    doc = run(
        B1D,
        {
            "kind": "reply",
            "title": "江南省财政厅关于省十四届人大二次会议第1037号代表建议的答复",
            "number": ("江财建〔2024〕118号", 2024, 118),
            "issuer": "江南省财政厅",
            "recipients": ["王某某代表"],
            "ref": "1037",
            "metadata": {"类别": "C类", "公开属性": "依申请公开"},
            "preamble": ["您提出的关于提高山区县乡村医生补助标准的建议收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于提高乡村医生补助标准",
                    [
                        "乡村医生补助由省、市、县三级财政按比例分担。受财力所限，近期省级财政难以进一步提高补助标准，"
                        "我厅将结合财力状况研究逐步提高的办法。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于设立山区乡村医生专项资金",
                    ["省级现有基层卫生专项已覆盖山区县，另设专项资金的条件暂不具备。"],
                ),
            ],
            "closing": "再次感谢您对财政工作的关心和支持。",
            "signature": (["江南省财政厅"], "2024-06-11", "2024年6月11日"),
            "contact": None,
            "cc": ["省人大常委会选举联络工作委员会", "省政府办公厅"],
            "warnings": [],
        },
    )
    assert (doc.header.handling_result, doc.header.disclosure) == ("C", "依申请公开")
    assert ref_of(doc)[:5] == ("人大", "省", 14, 2, "建议")


B1E = """东湖区教育局
关于区十七届人大四次会议第127号建议办理情况的答复
陈某代表：
    您提出的《关于解决城东片区小学学位紧张问题的建议》收悉，现答复如下：
    1、城东片区学位缺口有多大？
    经测算，2024年秋季城东片区小学一年级新生约1450人，现有学位1280个，缺口约170个。
    2、如何解决学位缺口？
    我局已启动城东第二小学扩建工程，新增学位270个，预计2025年9月投入使用；过渡期内通过调剂相邻学校学位解决。
    附件：代表建议办理情况征询意见表
东湖区教育局
2024年6月18日
联系人：马某　联系电话：0551-62881234
"""


def test_b1e_district_answer_numbered_by_questions_with_an_attachment_line_over_the_signature() -> None:
    doc = run(
        B1E,
        {
            "kind": "reply",
            "title": "东湖区教育局关于区十七届人大四次会议第127号建议办理情况的答复",
            "issuer": "东湖区教育局",
            "recipients": ["陈某代表"],
            "ref": "127",
            "preamble": ["您提出的《关于解决城东片区小学学位紧张问题的建议》收悉，现答复如下："],
            # a numbered line ending ？ is an untitled point (rounds 7, 12, 18, 21)
            "sections": [
                (
                    1,
                    "1、",
                    1,
                    None,
                    [
                        "城东片区学位缺口有多大？",
                        "经测算，2024年秋季城东片区小学一年级新生约1450人，现有学位1280个，缺口约170个。",
                    ],
                ),
                (
                    1,
                    "2、",
                    2,
                    None,
                    [
                        "如何解决学位缺口？",
                        "我局已启动城东第二小学扩建工程，新增学位270个，预计2025年9月投入使用；过渡期内通过调剂相邻学校学位解决。",
                    ],
                ),
            ],
            "closing": None,
            "signature": (["东湖区教育局"], "2024-06-18", "2024年6月18日"),
            "contact": ("马某", ["0551-62881234"]),
            "attachments": ["代表建议办理情况征询意见表"],
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("人大", "区", 17, 4, "建议", "关于解决城东片区小学学位紧张问题的建议")


# --- Batch 2: answers to 政协提案 -----------------------------------------------------------------

B2A = """A类                                          签发人：赵某某
临江市自然资源和规划局
临自然资提〔2024〕17号
关于市政协十四届三次会议第2024089号提案的答复
民建临江市委员会：
    贵委员会提出的《关于盘活城区低效闲置用地的提案》收悉。现答复如下：
    一、摸清底数。我局组织开展了城区低效用地调查，共认定低效用地86宗、面积3100亩，建立了动态管理台账。
    二、分类处置。对企业自主开发的，支持其通过提高容积率、增加配套设施等方式再开发；对无力开发的，依法收回后重新供地。
    三、完善政策。今年5月，市政府出台了《临江市低效用地再开发实施办法》，提案中提出的建议已全部吸收采纳。
    感谢贵委员会对自然资源工作的关心和支持！
临江市自然资源和规划局
2024年7月2日
（联系人：钱某，联系电话：0523-86102233）
抄送：市政协提案委员会，市政府督查室。
"""


def test_b2a_city_bureau_answer_to_a_party_committee_class_and_signer_on_the_first_line() -> None:
    doc = run(
        B2A,
        {
            "kind": "reply",
            "title": "关于市政协十四届三次会议第2024089号提案的答复",
            "number": ("临自然资提〔2024〕17号", 2024, 17),
            "issuer": "临江市自然资源和规划局",
            "recipients": ["民建临江市委员会"],
            "ref": "2024089",
            "metadata": {"签发人": "赵某某"},
            "preamble": ["贵委员会提出的《关于盘活城区低效闲置用地的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "摸清底数",
                    ["我局组织开展了城区低效用地调查，共认定低效用地86宗、面积3100亩，建立了动态管理台账。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "分类处置",
                    [
                        "对企业自主开发的，支持其通过提高容积率、增加配套设施等方式再开发；对无力开发的，依法收回后重新供地。"
                    ],
                ),
                (
                    1,
                    "三、",
                    3,
                    "完善政策",
                    ["今年5月，市政府出台了《临江市低效用地再开发实施办法》，提案中提出的建议已全部吸收采纳。"],
                ),
            ],
            "items": [],
            "closing": "感谢贵委员会对自然资源工作的关心和支持！",
            "signature": (["临江市自然资源和规划局"], "2024-07-02", "2024年7月2日"),
            "contact": ("钱某", ["0523-86102233"]),
            "cc": ["市政协提案委员会", "市政府督查室"],
            "attachments": [],
            "warnings": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.signer) == ("A", "赵某某")
    assert ref_of(doc) == ("政协", "市", 14, 3, "提案", "关于盘活城区低效闲置用地的提案")


B2B = """南溪县农业农村局
关于县政协十二届四次会议第0053号集体提案的答复
县政协农业和农村委员会：
    贵委提出的《关于推进高标准农田建设的提案》收悉。我局高度重视，认真研究办理，现将有关情况答复如下：
    近年来，我县累计建成高标准农田18.6万亩，占永久基本农田面积的42%。
    （一）加强规划引领。编制了《南溪县高标准农田建设规划（2021—2030年）》，明确了建设布局和时序。
    （二）拓宽投入渠道。整合涉农资金1.2亿元，引导社会资本参与建设。
    （三）强化建后管护。落实管护主体和责任，每亩每年安排管护经费20元。
    下一步，我局将按照“建一片、成一片”的要求，力争到2025年底新建高标准农田3万亩。
    特此答复。
南溪县农业农村局
2024年8月6日
联系人：孙某某
联系电话：13907351234
"""


def test_b2b_county_answer_to_a_committee_collective_proposal_opening_at_paren_points() -> None:
    doc = run(
        B2B,
        {
            "kind": "reply",
            "title": "南溪县农业农村局关于县政协十二届四次会议第0053号集体提案的答复",
            "issuer": "南溪县农业农村局",
            "recipients": ["县政协农业和农村委员会"],
            "ref": "0053",
            "metadata": {},
            "preamble": [
                "贵委提出的《关于推进高标准农田建设的提案》收悉。我局高度重视，认真研究办理，现将有关情况答复如下：",
                "近年来，我县累计建成高标准农田18.6万亩，占永久基本农田面积的42%。",
            ],
            # a reply whose first rank is （一）: level 1 sections of style cn-paren
            "sections": [
                (
                    1,
                    "（一）",
                    1,
                    "加强规划引领",
                    ["编制了《南溪县高标准农田建设规划（2021—2030年）》，明确了建设布局和时序。"],
                ),
                (1, "（二）", 2, "拓宽投入渠道", ["整合涉农资金1.2亿元，引导社会资本参与建设。"]),
                (
                    1,
                    "（三）",
                    3,
                    "强化建后管护",
                    [
                        "落实管护主体和责任，每亩每年安排管护经费20元。",
                        "下一步，我局将按照“建一片、成一片”的要求，力争到2025年底新建高标准农田3万亩。",
                    ],
                ),
            ],
            "closing": "特此答复。",
            "signature": (["南溪县农业农村局"], "2024-08-06", "2024年8月6日"),
            "contact": ("孙某某", ["13907351234"]),
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("政协", "县", 12, 4, "提案", "关于推进高标准农田建设的提案")
    assert [p.phase for p in doc.sections[2].paragraphs] == ["progress", "plan"]


B2C = """签发人：周某
江南省文化和旅游厅
江文旅函〔2024〕76号
对省政协十三届二次会议第0412号提案的答复
何某某委员：
    您提出的《关于加强传统村落保护利用的提案》（第0412号）收悉。经商省住房城乡建设厅，现答复如下：
    一、关于完善保护名录
    全省已有国家级传统村落230个、省级传统村落612个，我厅会同省住房城乡建设厅建立了挂牌保护制度。
    二、关于推动活化利用
    我厅支持传统村落发展乡村旅游，一方面推出“古村寻韵”精品线路12条，另一方面培育乡村旅游重点村86个。
    我厅将认真吸纳您的意见和建议，进一步做好相关工作。
    再次感谢您对文化和旅游工作的关心和支持！
江南省文化和旅游厅
2024年5月21日
"""


def test_b2c_province_answer_to_a_member_under_a_signer_row_with_yifangmian_in_a_paragraph() -> None:
    doc = run(
        B2C,
        {
            "kind": "reply",
            "title": "对省政协十三届二次会议第0412号提案的答复",
            "number": ("江文旅函〔2024〕76号", 2024, 76),
            "issuer": "江南省文化和旅游厅",
            "recipients": ["何某某委员"],
            "ref": "0412",
            "metadata": {"签发人": "周某"},
            "preamble": [
                "您提出的《关于加强传统村落保护利用的提案》（第0412号）收悉。经商省住房城乡建设厅，现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于完善保护名录",
                    ["全省已有国家级传统村落230个、省级传统村落612个，我厅会同省住房城乡建设厅建立了挂牌保护制度。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于推动活化利用",
                    [
                        "我厅支持传统村落发展乡村旅游，一方面推出“古村寻韵”精品线路12条，另一方面培育乡村旅游重点村86个。",
                        "我厅将认真吸纳您的意见和建议，进一步做好相关工作。",
                    ],
                ),
            ],
            "closing": "再次感谢您对文化和旅游工作的关心和支持！",
            "signature": (["江南省文化和旅游厅"], "2024-05-21", "2024年5月21日"),
            "warnings": [],
        },
    )
    assert doc.header.signer == "周某"
    assert ref_of(doc) == ("政协", "省", 13, 2, "提案", "关于加强传统村落保护利用的提案")
    items = doc.sections[1].paragraphs[0].items
    assert [i.marker for i in items] == ["一方面", "另一方面"]


B2D = """办理结果：留作参考
公开属性：主动公开
关于县政协十一届五次会议第96号提案的答复
县政协经济界别：
    贵界别提出的《关于在县城建设大型综合体的提案》收悉。现答复如下：
    建设大型城市综合体对完善县城功能、促进消费有积极作用。但目前县城常住人口约12万人，商业消费规模有限，且已有两处商业中心，新建大型综合体存在较大市场风险。经综合研判，该项目暂不列入近期建设计划，贵界别的建议我们将在编制下一轮国土空间规划时作为参考。
    专此答复。
青山县商务局
2024年6月3日
联系人：蒋某，联系电话：0736-7221456
"""


def test_b2d_county_answer_to_a_sector_group_kept_for_reference() -> None:
    doc = run(
        B2D,
        {
            "kind": "reply",
            "title": "关于县政协十一届五次会议第96号提案的答复",
            "number": None,
            # no letterhead, no organ in the title, no information table: the signature is never copied
            "issuer": None,
            "recipients": ["县政协经济界别"],
            "ref": "96",
            "metadata": {"办理结果": "留作参考", "公开属性": "主动公开"},
            "preamble": [
                "贵界别提出的《关于在县城建设大型综合体的提案》收悉。现答复如下：",
                "建设大型城市综合体对完善县城功能、促进消费有积极作用。但目前县城常住人口约12万人，商业消费规模有限，"
                "且已有两处商业中心，新建大型综合体存在较大市场风险。经综合研判，该项目暂不列入近期建设计划，"
                "贵界别的建议我们将在编制下一轮国土空间规划时作为参考。",
            ],
            "sections": [],
            "closing": "专此答复。",
            "signature": (["青山县商务局"], "2024-06-03", "2024年6月3日"),
            "contact": ("蒋某", ["0736-7221456"]),
            "warnings": [],
        },
    )
    assert (doc.header.handling_result, doc.header.disclosure) == ("reference", "主动公开")
    assert ref_of(doc) == ("政协", "县", 11, 5, "提案", "关于在县城建设大型综合体的提案")


B2E = """关于区政协九届三次会议第0137号提案的答复
徐某某委员：
    您提出的《关于加强社区嵌入式托育服务的提案》收悉，现答复如下：
    一、工作开展情况
    1.完善政策体系。区政府出台了《关于促进3岁以下婴幼儿照护服务发展的实施意见》，明确了社区托育的用地、用房保障。
    2.扩大服务供给。全区已建成社区嵌入式托育点14个，提供托位560个。
    二、下步工作打算
    一是加大财政支持力度，对普惠托位给予每个每年3000元的运营补贴；二是加强托育从业人员培训，全年培训保育人员200人次。
    感谢您对我区卫生健康工作的支持。
区卫生健康局
2024年09月03日
（此件主动公开）
"""


def test_b2e_district_answer_with_num_points_under_cn_headings_and_a_zero_padded_date() -> None:
    doc = run(
        B2E,
        {
            "kind": "reply",
            "title": "关于区政协九届三次会议第0137号提案的答复",
            "issuer": None,
            "recipients": ["徐某某委员"],
            "ref": "0137",
            "metadata": {},
            "preamble": ["您提出的《关于加强社区嵌入式托育服务的提案》收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (
                    2,
                    "1.",
                    1,
                    "完善政策体系",
                    ["区政府出台了《关于促进3岁以下婴幼儿照护服务发展的实施意见》，明确了社区托育的用地、用房保障。"],
                ),
                (2, "2.", 2, "扩大服务供给", ["全区已建成社区嵌入式托育点14个，提供托位560个。"]),
                (
                    1,
                    "二、",
                    2,
                    "下步工作打算",
                    [
                        "一是加大财政支持力度，对普惠托位给予每个每年3000元的运营补贴；"
                        "二是加强托育从业人员培训，全年培训保育人员200人次。"
                    ],
                ),
            ],
            "items": [
                [
                    ("一是", "加大财政支持力度，对普惠托位给予每个每年3000元的运营补贴"),
                    ("二是", "加强托育从业人员培训，全年培训保育人员200人次"),
                ]
            ],
            "closing": "感谢您对我区卫生健康工作的支持。",
            "signature": (["区卫生健康局"], "2024-09-03", "2024年09月03日"),
            "contact": None,
            "warnings": [],
        },
    )
    assert doc.header.disclosure == "主动公开"
    assert ref_of(doc) == ("政协", "区", 9, 3, "提案", "关于加强社区嵌入式托育服务的提案")


# --- Batch 3: joint answers, 协办意见, 会办意见 -----------------------------------------------------

B3A = """主办单位：市住房和城乡建设局
会办单位：市自然资源和规划局
关于市人大十六届三次会议第0078号建议的答复
杨某某代表：
    您提出的关于加快老旧小区加装电梯的建议收悉。经与市自然资源和规划局共同研究，现答复如下：
    一、进展情况
    截至今年6月底，全市老旧小区已加装电梯412部，惠及居民1.1万户。
    二、存在问题
    部分小区居民意见难统一，低层住户对采光、噪音等有顾虑。
    三、下一步措施
    简化审批流程，将加装电梯规划审批时限压缩至10个工作日以内。
    特此答复。
市住房和城乡建设局    市自然资源和规划局
2024年7月8日
"""


def test_b3a_joint_answer_under_lead_and_co_unit_rows_signed_side_by_side() -> None:
    doc = run(
        B3A,
        {
            "kind": "reply",
            "title": "关于市人大十六届三次会议第0078号建议的答复",
            # 主办单位/会办单位 rows are metadata, not a letterhead (genre20's reading: no issuer)
            "issuer": None,
            "recipients": ["杨某某代表"],
            "ref": "0078",
            "metadata": {"主办单位": "市住房和城乡建设局", "会办单位": "市自然资源和规划局"},
            "preamble": ["您提出的关于加快老旧小区加装电梯的建议收悉。经与市自然资源和规划局共同研究，现答复如下："],
            "sections": [
                (1, "一、", 1, "进展情况", ["截至今年6月底，全市老旧小区已加装电梯412部，惠及居民1.1万户。"]),
                (1, "二、", 2, "存在问题", ["部分小区居民意见难统一，低层住户对采光、噪音等有顾虑。"]),
                (1, "三、", 3, "下一步措施", ["简化审批流程，将加装电梯规划审批时限压缩至10个工作日以内。"]),
            ],
            "closing": "特此答复。",
            "signature": (["市住房和城乡建设局", "市自然资源和规划局"], "2024-07-08", "2024年7月8日"),
            "warnings": [],
        },
    )
    assert ref_of(doc)[:5] == ("人大", "市", 16, 3, "建议")


B3B = """关于市政协十四届三次会议第2024112号提案的协办意见
市教育局：
    你局牵头办理的市政协十四届三次会议第2024112号《关于加强中小学生心理健康教育的提案》收悉。经研究，现提出协办意见如下：
    一、我委将指导各级医疗卫生机构设立心理门诊，为中小学生提供心理咨询和诊疗服务。
    二、支持市精神卫生中心与学校建立转诊绿色通道，今年已在全市20所中小学开展试点工作。
    以上意见供参考。
临江市卫生健康委员会
2024年4月25日
联系人：冯某　电话：0523-86881122
"""


def test_b3b_co_handling_opinion_to_the_lead_bureau_with_points_as_whole_sentences() -> None:
    doc = run(
        B3B,
        {
            "kind": "reply",
            "title": "关于市政协十四届三次会议第2024112号提案的协办意见",
            "issuer": None,
            "recipients": ["市教育局"],
            "ref": "2024112",
            "metadata": {},
            "preamble": [
                "你局牵头办理的市政协十四届三次会议第2024112号《关于加强中小学生心理健康教育的提案》收悉。"
                "经研究，现提出协办意见如下："
            ],
            "sections": [
                (1, "一、", 1, None, ["我委将指导各级医疗卫生机构设立心理门诊，为中小学生提供心理咨询和诊疗服务。"]),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["支持市精神卫生中心与学校建立转诊绿色通道，今年已在全市20所中小学开展试点工作。"],
                ),
            ],
            # 以上意见供参考。 is a 协办意见's closing (struct21's settled reading)
            "closing": "以上意见供参考。",
            "signature": (["临江市卫生健康委员会"], "2024-04-25", "2024年4月25日"),
            "contact": ("冯某", ["0523-86881122"]),
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("政协", "市", 14, 3, "提案", "关于加强中小学生心理健康教育的提案")


B3C = """关于县人大十八届三次会议第45号建议的会办意见
县交通运输局：
    贵局转来的王某某代表提出的《关于修建梅林村至县城快速通道的建议》收悉。我局作为会办单位，提出以下意见：
    该道路涉及占用林地约12亩，需依法办理使用林地审核手续。我局将开辟绿色通道，在收到申报材料后15个工作日内完成审核。
    特此函复。
青禾县林业局
2024年5月14日
抄送：王某某代表
"""


def test_b3c_joint_handling_letter_copied_to_the_deputy() -> None:
    doc = run(
        B3C,
        {
            "kind": "reply",
            "title": "关于县人大十八届三次会议第45号建议的会办意见",
            "issuer": None,
            "recipients": ["县交通运输局"],
            "ref": "45",
            "preamble": [
                "贵局转来的王某某代表提出的《关于修建梅林村至县城快速通道的建议》收悉。我局作为会办单位，提出以下意见：",
                "该道路涉及占用林地约12亩，需依法办理使用林地审核手续。我局将开辟绿色通道，在收到申报材料后15个工作日内完成审核。",
            ],
            "sections": [],
            "closing": "特此函复。",
            "signature": (["青禾县林业局"], "2024-05-14", "2024年5月14日"),
            "cc": ["王某某代表"],
            "warnings": [],
        },
    )
    # proposers left out: whether 王某某代表提出的 gives 王某某 or 王某某代表 is not settled that I know
    assert ref_of(doc) == ("人大", "县", 18, 3, "建议", "关于修建梅林村至县城快速通道的建议")


B3D = """关于县政协十二届三次会议第0021号提案的答复
农工党青禾县支部：
    贵支部提出的《关于规范农村集贸市场管理的提案》收悉。经县市场监督管理局、县商务局共同研究，现答复如下：
    一、开展集贸市场专项整治
    今年以来，两部门联合检查农村集贸市场37个，整改问题112处。
    二、推进集贸市场升级改造
    县商务局争取省级资金600万元，完成8个乡镇集贸市场标准化改造。
    感谢贵支部对我县市场监管和商务工作的关心！
青禾县市场监督管理局
青禾县商务局
2024年6月20日
联系人：邹某　0734-5226677
"""


def test_b3d_joint_answer_signed_by_two_stacked_organs_over_one_date() -> None:
    doc = run(
        B3D,
        {
            "kind": "reply",
            "title": "关于县政协十二届三次会议第0021号提案的答复",
            "issuer": None,
            "recipients": ["农工党青禾县支部"],
            "ref": "0021",
            "preamble": [
                "贵支部提出的《关于规范农村集贸市场管理的提案》收悉。经县市场监督管理局、县商务局共同研究，现答复如下："
            ],
            "sections": [
                (1, "一、", 1, "开展集贸市场专项整治", ["今年以来，两部门联合检查农村集贸市场37个，整改问题112处。"]),
                (
                    1,
                    "二、",
                    2,
                    "推进集贸市场升级改造",
                    ["县商务局争取省级资金600万元，完成8个乡镇集贸市场标准化改造。"],
                ),
            ],
            "closing": "感谢贵支部对我县市场监管和商务工作的关心！",
            "signature": (["青禾县市场监督管理局", "青禾县商务局"], "2024-06-20", "2024年6月20日"),
            "contact": ("邹某", ["0734-5226677"]),
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("政协", "县", 12, 3, "提案", "关于规范农村集贸市场管理的提案")


B3E = """关于对市十六届人大三次会议第1024号建议的答复
东湖区代表团：
    你团提出的《关于加快地铁5号线东延工程建设的建议》收悉。经会同市发展改革委、市轨道交通集团研究，现答复如下：
    地铁5号线东延工程已纳入《临江市城市轨道交通第三期建设规划》，目前正在开展工程可行性研究。我们将加快前期工作进度，力争2025年开工建设。
    感谢你团对我市轨道交通建设的关心和支持。
临江市交通运输局
2024年7月10日
会办单位：市发展改革委、市轨道交通集团
"""


def test_b3e_answer_to_a_delegation_with_a_co_units_row_under_the_date() -> None:
    doc = run(
        B3E,
        {
            "kind": "reply",
            "title": "关于对市十六届人大三次会议第1024号建议的答复",
            "recipients": ["东湖区代表团"],
            "ref": "1024",
            "preamble": [
                "你团提出的《关于加快地铁5号线东延工程建设的建议》收悉。经会同市发展改革委、市轨道交通集团研究，现答复如下：",
                "地铁5号线东延工程已纳入《临江市城市轨道交通第三期建设规划》，目前正在开展工程可行性研究。"
                "我们将加快前期工作进度，力争2025年开工建设。",
            ],
            "sections": [],
            "closing": "感谢你团对我市轨道交通建设的关心和支持。",
            # the co-units row under the date: where it goes (a note, content-unplaced) is left out; it must
            # not become a signer
            "signature": (["临江市交通运输局"], "2024-07-10", "2024年7月10日"),
        },
    )
    assert ref_of(doc) == ("人大", "市", 16, 3, "建议", "关于加快地铁5号线东延工程建设的建议")


# --- Batch 4: notices, 批复, 函 ---------------------------------------------------------------------

B4A = """临江市生态环境局
临环函〔2024〕41号
临江市生态环境局关于对《临江市化工园区总体规划（征求意见稿）》意见的复函
市发展改革委：
    你委《关于征求〈临江市化工园区总体规划（征求意见稿）〉意见的函》（临发改函〔2024〕77号）收悉。经研究，我局原则同意该规划，并提出以下意见：
    一、进一步明确园区环境准入条件，禁止新建高污染、高耗能项目。
    二、完善园区污水集中处理设施建设计划，确保与园区开发同步实施。
    特此函复。
临江市生态环境局
2024年3月19日
（联系人：韩某，联系电话：0523-86778899）
"""


def test_b4a_reply_letter_naming_the_letter_it_answers_with_short_points() -> None:
    doc = run(
        B4A,
        {
            # 复函 is in the contract's reply row
            "kind": "reply",
            "title": "临江市生态环境局关于对《临江市化工园区总体规划（征求意见稿）》意见的复函",
            "number": ("临环函〔2024〕41号", 2024, 41),
            "issuer": "临江市生态环境局",
            "recipients": ["市发展改革委"],
            # a 来函 is no proposal
            "ref": None,
            "metadata": {},
            "preamble": [
                "你委《关于征求〈临江市化工园区总体规划（征求意见稿）〉意见的函》（临发改函〔2024〕77号）收悉。"
                "经研究，我局原则同意该规划，并提出以下意见："
            ],
            # each point is at most 30 characters with only a comma inside and a final 。: a heading line
            "sections": [
                (1, "一、", 1, "进一步明确园区环境准入条件，禁止新建高污染、高耗能项目", []),
                (1, "二、", 2, "完善园区污水集中处理设施建设计划，确保与园区开发同步实施", []),
            ],
            "closing": "特此函复。",
            "signature": (["临江市生态环境局"], "2024-03-19", "2024年3月19日"),
            "contact": ("韩某", ["0523-86778899"]),
            "warnings": [],
        },
    )
    assert doc.header.doc_number is not None and doc.header.doc_number.agency_code == "临环函"


B4B = """青禾县人民政府
青政复〔2024〕9号
青禾县人民政府关于同意调整县城区部分道路名称的批复
县民政局：
    你局《关于调整县城区部分道路名称的请示》（青民〔2024〕15号）收悉。经研究，现批复如下：
    一、同意将“建设路”更名为“青禾大道”，“新华街”更名为“文昌街”。
    二、请你局做好更名后的标志设置和宣传工作，并会同有关部门做好户籍、地址变更等服务工作。
    此复。
青禾县人民政府
2024年4月2日
（此件公开发布）
抄送：县公安局，县自然资源局，县交通运输局。
青禾县人民政府办公室                    2024年4月2日印发
"""


def test_b4b_county_approval_with_publication_note_cc_and_printed_line() -> None:
    doc = run(
        B4B,
        {
            "kind": "approval",
            "title": "青禾县人民政府关于同意调整县城区部分道路名称的批复",
            "number": ("青政复〔2024〕9号", 2024, 9),
            "issuer": "青禾县人民政府",
            "recipients": ["县民政局"],
            "ref": None,
            "metadata": {},
            "preamble": ["你局《关于调整县城区部分道路名称的请示》（青民〔2024〕15号）收悉。经研究，现批复如下："],
            "sections": [
                (1, "一、", 1, None, ["同意将“建设路”更名为“青禾大道”，“新华街”更名为“文昌街”。"]),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["请你局做好更名后的标志设置和宣传工作，并会同有关部门做好户籍、地址变更等服务工作。"],
                ),
            ],
            "closing": "此复。",
            "signature": (["青禾县人民政府"], "2024-04-02", "2024年4月2日"),
            "contact": None,
            "cc": ["县公安局", "县自然资源局", "县交通运输局"],
            "warnings": [],
        },
    )
    assert doc.header.disclosure == "主动公开"
    assert doc.imprint is not None
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("青禾县人民政府办公室", "2024-04-02")


B4C = """临江市教育局
关于商请协助开展2024年中小学生体质健康监测工作的函
市体育局：
    为全面掌握我市中小学生体质健康状况，根据省教育厅工作部署，我局定于2024年10月至11月在全市开展中小学生体质健康监测。鉴于贵局在体质测试方面具有专业优势，特商请贵局选派10名专业测试人员参与监测工作，并提供体质测试器材借用支持。
    请予支持为盼。
临江市教育局
2024年9月5日
（联系人：邓某某，联系电话：0523-86550123）
"""


def test_b4c_letter_between_equals_asking_for_help() -> None:
    run(
        B4C,
        {
            "kind": "letter",
            "title": "临江市教育局关于商请协助开展2024年中小学生体质健康监测工作的函",
            "number": None,
            "issuer": "临江市教育局",
            "recipients": ["市体育局"],
            "ref": None,
            "preamble": [
                "为全面掌握我市中小学生体质健康状况，根据省教育厅工作部署，我局定于2024年10月至11月在全市开展"
                "中小学生体质健康监测。鉴于贵局在体质测试方面具有专业优势，特商请贵局选派10名专业测试人员参与监测工作，"
                "并提供体质测试器材借用支持。"
            ],
            "sections": [],
            # 请予支持为盼 closes a 函 (genre21's 函 batch)
            "closing": "请予支持为盼。",
            "signature": (["临江市教育局"], "2024-09-05", "2024年9月5日"),
            "contact": ("邓某某", ["0523-86550123"]),
            "warnings": [],
        },
    )


B4D = """临江市人民政府办公室
关于召开全市安全生产工作会议的通知
各县（市、区）人民政府，市政府各部门：
    经市政府同意，定于2024年1月18日召开全市安全生产工作会议。现将有关事项通知如下：
    一、会议时间
    2024年1月18日（星期四）上午9:00，会期半天。
    二、会议地点
    市行政中心三楼第一会议室。
    三、参会人员
    各县（市、区）政府分管负责同志，市安委会各成员单位主要负责同志。
    四、有关要求
    请各单位于1月16日下午5:00前将参会人员名单报市应急管理局。
    特此通知。
临江市人民政府办公室
2024年1月12日
（联系人：唐某，联系电话：0523-86002211）
"""


def test_b4d_meeting_notice_with_time_venue_and_attendees() -> None:
    run(
        B4D,
        {
            "kind": "notice",
            "title": "临江市人民政府办公室关于召开全市安全生产工作会议的通知",
            "issuer": "临江市人民政府办公室",
            "recipients": ["各县（市、区）人民政府", "市政府各部门"],
            "ref": None,
            "metadata": {},
            "preamble": ["经市政府同意，定于2024年1月18日召开全市安全生产工作会议。现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "会议时间", ["2024年1月18日（星期四）上午9:00，会期半天。"]),
                (1, "二、", 2, "会议地点", ["市行政中心三楼第一会议室。"]),
                (1, "三、", 3, "参会人员", ["各县（市、区）政府分管负责同志，市安委会各成员单位主要负责同志。"]),
                (1, "四、", 4, "有关要求", ["请各单位于1月16日下午5:00前将参会人员名单报市应急管理局。"]),
            ],
            "closing": "特此通知。",
            "signature": (["临江市人民政府办公室"], "2024-01-12", "2024年1月12日"),
            "contact": ("唐某", ["0523-86002211"]),
            "warnings": [],
        },
    )


B4E = """青禾县人民政府办公室文件
青政办发〔2024〕12号
青禾县人民政府办公室关于做好2024年春季森林防灭火工作的通知
各乡镇人民政府，县直有关单位：
    当前正值春季森林防火关键期，为切实做好森林防灭火工作，现就有关事项通知如下：
    一、压实防火责任。各乡镇要落实行政首长负责制，层层签订责任书。
    二、加强火源管控。严格野外用火审批，清明节期间在重点林区设置检查站。
    三、做好应急准备。各专业扑火队伍实行24小时值班备勤。
    附件：1．青禾县重点林区检查站设置表
          2．青禾县森林火灾应急处置流程图
青禾县人民政府办公室
2024年3月20日
（此件公开发布）
"""


def test_b4e_notice_under_its_wenjian_letterhead_with_two_attachments_over_the_signature() -> None:
    doc = run(
        B4E,
        {
            "kind": "notice",
            "title": "青禾县人民政府办公室关于做好2024年春季森林防灭火工作的通知",
            "number": ("青政办发〔2024〕12号", 2024, 12),
            "issuer": "青禾县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县直有关单位"],
            "metadata": {},
            "preamble": ["当前正值春季森林防火关键期，为切实做好森林防灭火工作，现就有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "压实防火责任", ["各乡镇要落实行政首长负责制，层层签订责任书。"]),
                (1, "二、", 2, "加强火源管控", ["严格野外用火审批，清明节期间在重点林区设置检查站。"]),
                (1, "三、", 3, "做好应急准备", ["各专业扑火队伍实行24小时值班备勤。"]),
            ],
            "closing": None,
            "signature": (["青禾县人民政府办公室"], "2024-03-20", "2024年3月20日"),
            "attachments": ["青禾县重点林区检查站设置表", "青禾县森林火灾应急处置流程图"],
            "warnings": [],
        },
    )
    assert doc.header.disclosure == "主动公开"


# --- Batch 5: an 意见 issued by a notice, a 纪要, an 通告, a 报告, a 方案 as an attachment ------------

B5A = """临江市人民政府
临政发〔2024〕8号
临江市人民政府关于印发《关于加快发展银发经济的实施意见》的通知
各县（市、区）人民政府，市政府各部门：
    现将《关于加快发展银发经济的实施意见》印发给你们，请结合实际认真贯彻落实。
临江市人民政府
2024年5月6日
（此件公开发布）
关于加快发展银发经济的实施意见
    为积极应对人口老龄化，培育经济发展新动能，结合我市实际，提出如下意见。
    一、总体要求
    到2027年，全市银发经济规模明显扩大，养老服务床位达到3.2万张。
    二、重点任务
    （一）扩大老年助餐服务。每个街道至少建设1个社区老年食堂。
    （二）发展智慧健康养老。支持企业研发适老化智能产品。
    三、保障措施
    各地各部门要加强协同配合，市民政局负责统筹推进。
"""


def test_b5a_notice_issuing_an_opinion_printed_after_the_notices_signature() -> None:
    doc = run(
        B5A,
        {
            "kind": "notice",
            "title": "临江市人民政府关于印发《关于加快发展银发经济的实施意见》的通知",
            "number": ("临政发〔2024〕8号", 2024, 8),
            "issuer": "临江市人民政府",
            "recipients": ["各县（市、区）人民政府", "市政府各部门"],
            "ref": None,
            "sections": [
                (1, "一、", 1, "总体要求", ["到2027年，全市银发经济规模明显扩大，养老服务床位达到3.2万张。"]),
                (1, "二、", 2, "重点任务", []),
                (2, "（一）", 1, "扩大老年助餐服务", ["每个街道至少建设1个社区老年食堂。"]),
                (2, "（二）", 2, "发展智慧健康养老", ["支持企业研发适老化智能产品。"]),
                (1, "三、", 3, "保障措施", ["各地各部门要加强协同配合，市民政局负责统筹推进。"]),
            ],
            "closing": None,
            # the opinion printed after the notice does not move the notice's 落款
            "signature": (["临江市人民政府"], "2024-05-06", "2024年5月6日"),
            "attachments": [],
        },
    )
    # where the opinion's own title and opening go is not settled beyond the lead's D: only the notice's line
    assert doc.preamble[0].text == "现将《关于加快发展银发经济的实施意见》印发给你们，请结合实际认真贯彻落实。"
    assert doc.header.disclosure == "主动公开"


B5B = """青禾县人民政府常务会议纪要
〔2024〕第7期
青禾县人民政府办公室                2024年4月18日
    2024年4月16日，县长陈某某主持召开县人民政府第7次常务会议，研究城乡供水一体化等事项。纪要如下：
    一、关于城乡供水一体化项目
    会议同意县水利局提出的城乡供水一体化项目实施方案，项目总投资2.3亿元，由县城投公司负责建设。
    二、关于2024年春季学校安全工作
    会议要求县教育局会同县公安局开展校园安全隐患排查，4月底前完成整改。
出席：陈某某  李某  王某某  张某
列席：县水利局、县教育局、县公安局主要负责同志
"""


def test_b5b_minutes_of_a_county_executive_meeting_with_attendance_at_the_end() -> None:
    doc = run(
        B5B,
        {
            "kind": "minutes",
            "title": "青禾县人民政府常务会议纪要",
            "recipients": [],
            "ref": None,
            "preamble": [
                "2024年4月16日，县长陈某某主持召开县人民政府第7次常务会议，研究城乡供水一体化等事项。纪要如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于城乡供水一体化项目",
                    ["会议同意县水利局提出的城乡供水一体化项目实施方案，项目总投资2.3亿元，由县城投公司负责建设。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于2024年春季学校安全工作",
                    ["会议要求县教育局会同县公安局开展校园安全隐患排查，4月底前完成整改。"],
                ),
            ],
            "closing": None,
            # a 纪要 signs nowhere (schema 1.11)
            "signature": None,
        },
    )
    assert doc.imprint is not None
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("青禾县人民政府办公室", "2024-04-18")
    att = [(a.role, list(a.names)) for a in doc.header.attendance]
    assert att == [
        ("出席", ["陈某某", "李某", "王某某", "张某"]),
        ("列席", ["县水利局", "县教育局", "县公安局主要负责同志"]),
    ]


B5C = """临江市公安局交通警察支队
关于临江大桥维修期间实施交通管制的通告
    因临江大桥维修施工需要，根据《中华人民共和国道路交通安全法》有关规定，决定对临江大桥实施交通管制。现将有关事项通告如下：
    一、管制时间：2024年8月1日0时至2024年10月31日24时。
    二、管制范围：临江大桥全桥及南北引桥。
    三、管制期间，禁止所有机动车通行，非机动车和行人经临时便道通行。
    四、过往车辆请绕行临江二桥或滨江隧道。
    特此通告。
临江市公安局交通警察支队
2024年7月20日
"""


def test_b5c_traffic_control_announcement_with_no_addressee() -> None:
    run(
        B5C,
        {
            "kind": "announcement",
            "title": "临江市公安局交通警察支队关于临江大桥维修期间实施交通管制的通告",
            "number": None,
            "issuer": "临江市公安局交通警察支队",
            "recipients": [],
            "ref": None,
            "metadata": {},
            "preamble": [
                "因临江大桥维修施工需要，根据《中华人民共和国道路交通安全法》有关规定，决定对临江大桥实施交通管制。"
                "现将有关事项通告如下："
            ],
            # run-in by ：; then two lines of at most 30 characters, commas only, a final 。: heading lines
            "sections": [
                (1, "一、", 1, "管制时间", ["2024年8月1日0时至2024年10月31日24时。"]),
                (1, "二、", 2, "管制范围", ["临江大桥全桥及南北引桥。"]),
                (1, "三、", 3, "管制期间，禁止所有机动车通行，非机动车和行人经临时便道通行", []),
                (1, "四、", 4, "过往车辆请绕行临江二桥或滨江隧道", []),
            ],
            "closing": "特此通告。",
            "signature": (["临江市公安局交通警察支队"], "2024-07-20", "2024年7月20日"),
            "contact": None,
            "warnings": [],
        },
    )


B5D = """青禾县人民政府
关于2023年度县人大代表建议办理情况的报告
县人大常委会：
    县十八届人大三次会议期间，代表们共提出建议126件，由县政府负责办理的118件已全部按期办结。现将办理情况报告如下：
    一、办理基本情况
    在118件建议中，已解决或采纳的65件，正在解决或列入计划解决的41件，因条件限制暂不能解决的12件。
    二、主要做法
    一是强化组织领导。县政府召开专题会议部署建议办理工作。二是严格办理程序。实行交办、承办、督办、回访全程闭环管理。
    三、下一步工作
    我们将持续跟踪督办正在解决的建议，确保承诺事项落到实处。
    以上报告，请审议。
青禾县人民政府
2024年1月10日
"""


def test_b5d_report_to_the_standing_committee_on_all_suggestions_answers_none() -> None:
    doc = run(
        B5D,
        {
            "kind": "report",
            "title": "青禾县人民政府关于2023年度县人大代表建议办理情况的报告",
            "issuer": "青禾县人民政府",
            "recipients": ["县人大常委会"],
            # a report on all the answers answers no one proposal (schema 1.11)
            "ref": None,
            "preamble": [
                "县十八届人大三次会议期间，代表们共提出建议126件，由县政府负责办理的118件已全部按期办结。"
                "现将办理情况报告如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "办理基本情况",
                    ["在118件建议中，已解决或采纳的65件，正在解决或列入计划解决的41件，因条件限制暂不能解决的12件。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "主要做法",
                    [
                        "一是强化组织领导。县政府召开专题会议部署建议办理工作。二是严格办理程序。"
                        "实行交办、承办、督办、回访全程闭环管理。"
                    ],
                ),
                (1, "三、", 3, "下一步工作", ["我们将持续跟踪督办正在解决的建议，确保承诺事项落到实处。"]),
            ],
            "items": [[("一是", "强化组织领导"), ("二是", "严格办理程序")]],
            "closing": "以上报告，请审议。",
            "signature": (["青禾县人民政府"], "2024-01-10", "2024年1月10日"),
            "warnings": [],
        },
    )
    # the report counts every category; it states none of its own
    assert doc.header.handling_result is None


B5E = """东湖区人民政府办公室
关于印发《东湖区2024年城市管理品质提升行动方案》的通知
各街道办事处，区政府各部门：
    《东湖区2024年城市管理品质提升行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。
    附件：东湖区2024年城市管理品质提升行动方案
东湖区人民政府办公室
2024年2月26日
附件
东湖区2024年城市管理品质提升行动方案
    一、工作目标
    全面提升市容环境、道路秩序和园林绿化水平。
    二、主要任务
    开展背街小巷整治行动，年内完成整治120条。
"""


def test_b5e_notice_whose_plan_stands_under_an_attachment_label() -> None:
    run(
        B5E,
        {
            "kind": "notice",
            "title": "东湖区人民政府办公室关于印发《东湖区2024年城市管理品质提升行动方案》的通知",
            "issuer": "东湖区人民政府办公室",
            "recipients": ["各街道办事处", "区政府各部门"],
            "preamble": ["《东湖区2024年城市管理品质提升行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。"],
            # an attachment's content is not parsed into sections (contract, "Where sections end")
            "sections": [],
            "closing": None,
            "signature": (["东湖区人民政府办公室"], "2024-02-26", "2024年2月26日"),
            "attachments": ["东湖区2024年城市管理品质提升行动方案"],
        },
    )


# --- Batch 6: portal copies (breadcrumbs, information tables, share bars, footers) -----------------

B6A = """首页 > 政务公开 > 建议提案办理 > 人大代表建议
索引号：11430700MB1234567X/2024-00056
发布机构：青禾县卫生健康局
成文日期：2024-06-25
公开方式：主动公开
文号：青卫建〔2024〕7号
关于县十八届人大三次会议第52号建议的答复
字号：[ 大 中 小 ]  浏览次数：326
宋某某代表：
    您提出的《关于加强乡镇卫生院急救能力建设的建议》收悉，现答复如下：
    一、配置急救设备。今年为全县12个乡镇卫生院配备了救护车和除颤仪。
    二、开展急救培训。组织乡镇卫生院医务人员参加急救技能培训320人次。
    三、建立协作机制。县人民医院与乡镇卫生院建立了急救转诊协作机制。
    特此答复。
青禾县卫生健康局
2024年6月25日
【打印本页】【关闭窗口】
分享到：
主办单位：青禾县人民政府办公室  备案号：湘ICP备12345678号
"""


def test_b6a_county_portal_answer_with_information_table_font_row_and_site_footer() -> None:
    doc = run(
        B6A,
        {
            "kind": "reply",
            "title": "关于县十八届人大三次会议第52号建议的答复",
            "number": ("青卫建〔2024〕7号", 2024, 7),
            # the information table's 发布机构
            "issuer": "青禾县卫生健康局",
            "recipients": ["宋某某代表"],
            "ref": "52",
            "metadata": {
                "索引号": "11430700MB1234567X/2024-00056",
                "发布机构": "青禾县卫生健康局",
                "成文日期": "2024-06-25",
                "公开方式": "主动公开",
                "文号": "青卫建〔2024〕7号",
            },
            "preamble": ["您提出的《关于加强乡镇卫生院急救能力建设的建议》收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "配置急救设备", ["今年为全县12个乡镇卫生院配备了救护车和除颤仪。"]),
                (1, "二、", 2, "开展急救培训", ["组织乡镇卫生院医务人员参加急救技能培训320人次。"]),
                (1, "三、", 3, "建立协作机制", ["县人民医院与乡镇卫生院建立了急救转诊协作机制。"]),
            ],
            "closing": "特此答复。",
            "signature": (["青禾县卫生健康局"], "2024-06-25", "2024年6月25日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
        "首页 > 政务公开 > 建议提案办理 > 人大代表建议",
        "字号：[ 大 中 小 ]  浏览次数：326",
        "【打印本页】【关闭窗口】",
        "分享到：",
        "备案号：湘ICP备12345678号",
    )
    assert doc.header.disclosure == "主动公开"
    assert ref_of(doc) == ("人大", "县", 18, 3, "建议", "关于加强乡镇卫生院急救能力建设的建议")


B6B = """您当前的位置：首页>>信息公开>>政协提案答复
[ 索引号 ] 000014349/2024-12345   [ 主题分类 ] 城乡建设、环境保护
[ 发布机构 ] 临江市生态环境局   [ 成文日期 ] 2024年07月18日
[ 标题 ] 关于市政协十四届三次会议第2024156号提案的答复
[ 发文字号 ] 临环提〔2024〕12号   [ 发布日期 ] 2024年07月22日
关于市政协十四届三次会议第2024156号提案的答复
发布时间：2024-07-22 09:30  来源：市生态环境局  浏览次数：88
九三学社临江市委员会：
    贵委员会提出的《关于加强城市黑臭水体治理的提案》收悉。现答复如下：
    近年来，我局会同市住房城乡建设局持续推进城市黑臭水体治理，全市38条黑臭水体已全部完成整治。
    下一步，我局将建立长效管护机制，每季度开展水质监测，防止返黑返臭。
    感谢贵委员会对生态环境保护工作的关心和支持。
临江市生态环境局
2024年7月18日
上一篇：关于市政协十四届三次会议第2024101号提案的答复
下一篇：关于市政协十四届三次会议第2024177号提案的答复
"""


def test_b6b_city_portal_answer_with_bracketed_two_column_information_table_and_neighbour_links() -> None:
    doc = run(
        B6B,
        {
            "kind": "reply",
            "title": "关于市政协十四届三次会议第2024156号提案的答复",
            "number": ("临环提〔2024〕12号", 2024, 12),
            "issuer": "临江市生态环境局",
            "recipients": ["九三学社临江市委员会"],
            "ref": "2024156",
            "metadata": {
                "索引号": "000014349/2024-12345",
                "主题分类": "城乡建设、环境保护",
                "发布机构": "临江市生态环境局",
                "成文日期": "2024年07月18日",
                "标题": "关于市政协十四届三次会议第2024156号提案的答复",
                "发文字号": "临环提〔2024〕12号",
                "发布日期": "2024年07月22日",
            },
            "preamble": [
                "贵委员会提出的《关于加强城市黑臭水体治理的提案》收悉。现答复如下：",
                "近年来，我局会同市住房城乡建设局持续推进城市黑臭水体治理，全市38条黑臭水体已全部完成整治。",
                "下一步，我局将建立长效管护机制，每季度开展水质监测，防止返黑返臭。",
            ],
            "sections": [],
            "closing": "感谢贵委员会对生态环境保护工作的关心和支持。",
            "signature": (["临江市生态环境局"], "2024-07-18", "2024年7月18日"),
            "warnings": [],
        },
        "您当前的位置：首页>>信息公开>>政协提案答复",
        "浏览次数：88",
        "上一篇：关于市政协十四届三次会议第2024101号提案的答复",
        "下一篇：关于市政协十四届三次会议第2024177号提案的答复",
    )
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]
    assert ref_of(doc) == ("政协", "市", 14, 3, "提案", "关于加强城市黑臭水体治理的提案")


B6C = """青禾县人民政府门户网站
当前位置：首页 › 政务公开 › 政策文件
青禾县人民政府关于同意设立青禾县东山工业园区的批复
来源：县政府办  发布时间：2024-03-05  【字体：大 中 小】
青政复〔2024〕4号
东山镇人民政府：
    你镇《关于设立东山工业园区的请示》收悉。经县人民政府研究，同意设立青禾县东山工业园区。园区规划面积1.8平方公里，由东山镇人民政府负责建设管理。
    此复。
青禾县人民政府
2024年3月1日
扫一扫在手机打开当前页
网站地图 | 联系我们 | 隐私声明
版权所有：青禾县人民政府  技术支持：某某信息技术有限公司
"""


def test_b6c_approval_copied_from_a_county_portal_with_its_site_name_over_the_breadcrumb() -> None:
    run(
        B6C,
        {
            "kind": "approval",
            # a site name is never a title
            "title": "青禾县人民政府关于同意设立青禾县东山工业园区的批复",
            "number": ("青政复〔2024〕4号", 2024, 4),
            "issuer": "青禾县人民政府",
            "recipients": ["东山镇人民政府"],
            "ref": None,
            "metadata": {},
            "preamble": [
                "你镇《关于设立东山工业园区的请示》收悉。经县人民政府研究，同意设立青禾县东山工业园区。"
                "园区规划面积1.8平方公里，由东山镇人民政府负责建设管理。"
            ],
            "sections": [],
            "closing": "此复。",
            "signature": (["青禾县人民政府"], "2024-03-01", "2024年3月1日"),
            "contact": None,
            "warnings": [],
        },
        "当前位置：首页 › 政务公开 › 政策文件",
        "【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "网站地图 | 联系我们 | 隐私声明",
        "技术支持：某某信息技术有限公司",
    )


B6D = """索引号\t004521/2024-00318
信息分类\t建议提案
发布机构\t东湖区民政局
生成日期\t2024-08-12
公开方式\t主动公开
东湖区民政局关于区政协九届三次会议第0091号提案的答复
郭某某委员：
    您提出的《关于完善社区居家养老服务体系的提案》收悉，现答复如下：
    一、关于加快社区养老服务设施建设
    今年新建社区养老服务站6个，累计建成28个，覆盖全区85%的社区。
    二、关于培育专业养老服务机构
    引进3家品牌连锁养老服务机构，运营社区养老服务站12个。
    下一步，我局将把其余社区养老服务站建设列入2025年区级民生实事项目。
                                        东湖区民政局
                                        2024年8月12日
【我要纠错】 【打印】 【关闭】
"""


def test_b6d_district_portal_answer_with_a_tab_parted_information_table() -> None:
    doc = run(
        B6D,
        {
            "kind": "reply",
            "title": "东湖区民政局关于区政协九届三次会议第0091号提案的答复",
            "issuer": "东湖区民政局",
            "recipients": ["郭某某委员"],
            "ref": "0091",
            # TAB-parted pairs: round 15's information tables
            "metadata": {
                "索引号": "004521/2024-00318",
                "信息分类": "建议提案",
                "发布机构": "东湖区民政局",
                "生成日期": "2024-08-12",
                "公开方式": "主动公开",
            },
            "preamble": ["您提出的《关于完善社区居家养老服务体系的提案》收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于加快社区养老服务设施建设",
                    ["今年新建社区养老服务站6个，累计建成28个，覆盖全区85%的社区。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于培育专业养老服务机构",
                    [
                        "引进3家品牌连锁养老服务机构，运营社区养老服务站12个。",
                        "下一步，我局将把其余社区养老服务站建设列入2025年区级民生实事项目。",
                    ],
                ),
            ],
            "closing": None,
            "signature": (["东湖区民政局"], "2024-08-12", "2024年8月12日"),
            "warnings": [],
        },
        "【我要纠错】 【打印】 【关闭】",
    )
    assert doc.header.disclosure == "主动公开"
    assert ref_of(doc) == ("政协", "区", 9, 3, "提案", "关于完善社区居家养老服务体系的提案")


B6E = """网站首页 > 信息公开 > 通知公告
| 索引号 | 11441900007/2024-00412 | 分类 | 通知 |
| 发布机构 | 临江市教育局 | 发文日期 | 2024-02-20 |
| 文号 | 临教发〔2024〕6号 | 公开方式 | 主动公开 |
关于做好2024年义务教育阶段学校招生入学工作的通知
各县（市、区）教育局，市直各学校：
    为做好2024年义务教育阶段学校招生入学工作，现就有关事项通知如下：
    一、坚持免试就近入学。公办学校实行划片招生，不得以任何形式举行或变相举行入学考试。
    二、规范民办学校招生。民办义务教育学校招生纳入审批地统一管理，与公办学校同步招生。
    三、做好特殊群体入学保障。进城务工人员随迁子女按照“两为主”原则就近入学。
    特此通知。
临江市教育局
2024年2月20日
打印本页 | 关闭窗口
"""


def test_b6e_city_portal_notice_with_a_piped_four_column_information_table() -> None:
    doc = run(
        B6E,
        {
            "kind": "notice",
            "title": "关于做好2024年义务教育阶段学校招生入学工作的通知",
            "number": ("临教发〔2024〕6号", 2024, 6),
            "issuer": "临江市教育局",
            "recipients": ["各县（市、区）教育局", "市直各学校"],
            "metadata": {
                "索引号": "11441900007/2024-00412",
                "分类": "通知",
                "发布机构": "临江市教育局",
                "发文日期": "2024-02-20",
                "文号": "临教发〔2024〕6号",
                "公开方式": "主动公开",
            },
            "preamble": ["为做好2024年义务教育阶段学校招生入学工作，现就有关事项通知如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "坚持免试就近入学",
                    ["公办学校实行划片招生，不得以任何形式举行或变相举行入学考试。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "规范民办学校招生",
                    ["民办义务教育学校招生纳入审批地统一管理，与公办学校同步招生。"],
                ),
                (1, "三、", 3, "做好特殊群体入学保障", ["进城务工人员随迁子女按照“两为主”原则就近入学。"]),
            ],
            "closing": "特此通知。",
            "signature": (["临江市教育局"], "2024-02-20", "2024年2月20日"),
            "warnings": [],
        },
        "网站首页 > 信息公开 > 通知公告",
        "打印本页 | 关闭窗口",
    )
    assert doc.header.disclosure == "主动公开"


# --- Batch 7: a PDF's text layer copied out, hard-wrapped at 30–40 characters, `- N -` page numbers ---


def pdf_copy(lines: list[str], width: int, page_end: int) -> str:
    """`lines` cut at `width` as a PDF's text layer holds them, `- 1 -` set after wrapped line
    `page_end` (the first page's foot) and `- 2 -` under the last line."""
    cut = wrapped(lines, width)
    return "\n".join([*cut[:page_end], "- 1 -", *cut[page_end:], "- 2 -"]) + "\n"


B7A_LINES = [
    "青禾县水利局",
    "青水建〔2024〕11号",
    "关于县十八届人大三次会议第64号建议的答复",
    "谭某某代表：",
    "您提出的《关于加强小型水库安全管理的建议》收悉。现将办理情况答复如下：",
    "一、基本情况",
    "全县共有小型水库87座，其中小（1）型19座、小（2）型68座。近年来，我局按照“除险加固一批、降等报废一批、规范管理一批”的思路，累计完成病险水库除险加固42座。",
    "二、主要措施",
    "（一）落实安全责任。全面落实小型水库行政、技术、巡查“三个责任人”，并在水库显著位置公示。",
    "（二）推进雨水情测报设施建设。今年为35座水库安装了雨量计和视频监控设施，实现水位实时监测。",
    "三、下一步工作",
    "下一步，我局将争取中央和省级资金，力争用三年时间完成剩余病险水库的除险加固任务。",
    "特此答复。",
    "青禾县水利局",
    "2024年7月5日",
    "联系人：易某某，联系电话：0734-5231188",
]


def test_b7a_county_answer_wrapped_at_34_with_a_page_break_inside_a_paragraph() -> None:
    source = pdf_copy(B7A_LINES, 34, 8)
    doc = run(
        source,
        {
            "kind": "reply",
            "title": "关于县十八届人大三次会议第64号建议的答复",
            "number": ("青水建〔2024〕11号", 2024, 11),
            "issuer": "青禾县水利局",
            "recipients": ["谭某某代表"],
            "ref": "64",
            "preamble": [B7A_LINES[4]],
            "sections": [
                (1, "一、", 1, "基本情况", [B7A_LINES[6]]),
                (1, "二、", 2, "主要措施", []),
                (2, "（一）", 1, "落实安全责任", [B7A_LINES[8][len("（一）落实安全责任。") :]]),
                (2, "（二）", 2, "推进雨水情测报设施建设", [B7A_LINES[9][len("（二）推进雨水情测报设施建设。") :]]),
                (1, "三、", 3, "下一步工作", [B7A_LINES[11]]),
            ],
            "closing": "特此答复。",
            "signature": (["青禾县水利局"], "2024-07-05", "2024年7月5日"),
            "contact": ("易某某", ["0734-5231188"]),
            "warnings": ["page-break-joined"],
        },
        "- 1 -",
        "- 2 -",
    )
    assert ref_of(doc) == ("人大", "县", 18, 3, "建议", "关于加强小型水库安全管理的建议")


B7B_LINES = [
    "临江市科学技术局",
    "关于市政协十四届三次会议",
    "第2024203号提案的答复",
    "致公党临江市委员会：",
    "贵委员会提出的《关于支持科技型中小企业研发创新的提案》收悉。经会同市财政局、市税务局研究，现答复如下：",
    "一、落实研发费用加计扣除政策。2023年全市共有1260家企业享受研发费用加计扣除，减免税额9.8亿元。",
    "二、实施科技创新券制度。对科技型中小企业购买检验检测、研发设计等服务给予最高20万元补助。",
    "三、加大科技金融支持。设立科技成果转化引导基金2亿元，联合银行推出“科技贷”产品。",
    "感谢贵委员会对我市科技工作的关心和支持。",
    "临江市科学技术局",
    "2024年6月27日",
]


def test_b7b_city_answer_wrapped_at_36_whose_title_is_set_on_two_lines() -> None:
    source = pdf_copy(B7B_LINES, 36, 8)
    doc = run(
        source,
        {
            "kind": "reply",
            # the organ line is the 发文机关 over a title set on two lines: the two lines joined
            "title": "临江市科学技术局关于市政协十四届三次会议第2024203号提案的答复",
            "issuer": "临江市科学技术局",
            "recipients": ["致公党临江市委员会"],
            "ref": "2024203",
            "preamble": [B7B_LINES[4]],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "落实研发费用加计扣除政策",
                    ["2023年全市共有1260家企业享受研发费用加计扣除，减免税额9.8亿元。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "实施科技创新券制度",
                    ["对科技型中小企业购买检验检测、研发设计等服务给予最高20万元补助。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    "加大科技金融支持",
                    ["设立科技成果转化引导基金2亿元，联合银行推出“科技贷”产品。"],
                ),
            ],
            "closing": "感谢贵委员会对我市科技工作的关心和支持。",
            "signature": (["临江市科学技术局"], "2024-06-27", "2024年6月27日"),
            "warnings": ["page-break-joined"],
        },
        "- 1 -",
        "- 2 -",
    )
    assert ref_of(doc) == ("政协", "市", 14, 3, "提案", "关于支持科技型中小企业研发创新的提案")


B7C_LINES = [
    "东湖区人民政府办公室",
    "关于开展2024年度城镇燃气安全隐患排查整治的通知",
    "各街道办事处，区政府各部门：",
    "为深刻吸取近期燃气安全事故教训，切实保障人民群众生命财产安全，经区政府同意，决定在全区开展城镇燃气安全隐患排查整治。现将有关事项通知如下：",
    "一、排查范围",
    "全区所有燃气经营企业、餐饮等公共场所用户和居民用户。",
    "二、时间安排",
    "2024年5月至9月，分动员部署、排查整治、总结验收三个阶段进行。",
    "三、工作要求",
    "各街道、各部门要建立隐患台账，实行销号管理，重大隐患要挂牌督办，确保按时整改到位。",
    "附件：燃气安全隐患排查整治工作台账",
    "东湖区人民政府办公室",
    "2024年4月28日",
]


def test_b7c_district_notice_wrapped_at_30_with_a_page_break_under_a_heading() -> None:
    source = pdf_copy(B7C_LINES, 30, 9)
    run(
        source,
        {
            "kind": "notice",
            # the title fits the width; the organ line above it opens it
            "title": "东湖区人民政府办公室关于开展2024年度城镇燃气安全隐患排查整治的通知",
            "issuer": "东湖区人民政府办公室",
            "recipients": ["各街道办事处", "区政府各部门"],
            "preamble": [B7C_LINES[3]],
            "sections": [
                (1, "一、", 1, "排查范围", [B7C_LINES[5]]),
                (1, "二、", 2, "时间安排", [B7C_LINES[7]]),
                (1, "三、", 3, "工作要求", [B7C_LINES[9]]),
            ],
            "closing": None,
            "signature": (["东湖区人民政府办公室"], "2024-04-28", "2024年4月28日"),
            "attachments": ["燃气安全隐患排查整治工作台账"],
            "warnings": ["page-break-joined"],
        },
        "- 1 -",
        "- 2 -",
    )


B7D_LINES = [
    "关于区十七届人大四次会议第0033号建议的答复",
    "林某某代表：",
    "您提出的《关于加强校园周边交通安全管理的建议》收悉。经会同区公安分局研究，现答复如下：",
    "您的建议对保障学生上下学安全具有重要意义。今年以来，我们重点做了以下工作：一是完善交通设施。在全区42所中小学周边施划斑马线、设置减速带和警示标志。二是加强上下学时段护学。组织交警、学校保安和家长志愿者在校门口开展“护学岗”执勤。三是整治违法停车。对校园周边违法停车行为开展专项整治，共查处违法行为2300余起。",
    "下一步，我们将推动在有条件的学校建设学生接送区，进一步缓解校门口交通拥堵。",
    "感谢您对教育工作的关心和支持。",
    "区教育局",
    "2024年6月14日",
]


def test_b7d_district_answer_wrapped_at_38_with_items_running_over_the_wraps() -> None:
    """(Corrected after the first look, my misreading.) The wrap at 38 sets a line ending 。 at the
    measure's full width (`…开展“护学岗”执勤。`, 38 + the hung stop): no text copy can tell that
    line's end from a paragraph's end, so where the second preamble paragraph splits is left out of the
    check; the three members are compared over the preamble's paragraphs (a run may go on across
    paragraphs of one section, contract "Item")."""
    source = pdf_copy(B7D_LINES, 38, 6)
    doc = run(
        source,
        {
            "kind": "reply",
            "title": "关于区十七届人大四次会议第0033号建议的答复",
            "issuer": None,
            "recipients": ["林某某代表"],
            "ref": "0033",
            "sections": [],
            "items": [],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["区教育局"], "2024-06-14", "2024年6月14日"),
            "warnings": ["page-break-joined"],
        },
        "- 1 -",
        "- 2 -",
    )
    texts = [p.text for p in doc.preamble]
    assert (texts[0], texts[-1], "".join(texts[1:-1])) == (B7D_LINES[2], B7D_LINES[4], B7D_LINES[3])
    assert [(i.marker, i.lead) for p in doc.preamble for i in p.items] == [
        ("一是", "完善交通设施"),
        ("二是", "加强上下学时段护学"),
        ("三是", "整治违法停车"),
    ]
    phases = [p.phase for p in doc.preamble]
    assert phases[-1] == "plan" and set(phases[:-1]) == {"progress"}


B7E_LINES = [
    "关于市人大十六届三次会议第0152号建议的协办意见",
    "市人力资源和社会保障局：",
    "贵局牵头办理的市人大十六届三次会议第0152号《关于加强新就业形态劳动者权益保障的建议》收悉。经认真研究，现将我会协办意见函告如下：",
    "一、推动建立新就业形态劳动者工会组织。今年以来，全市已组建快递、外卖等行业工会联合会12家，吸纳新就业形态劳动者入会1.6万人。",
    "二、建设劳动者港湾等服务阵地。全市已建成“户外劳动者服务站”320个，为快递员、外卖送餐员等提供休息、饮水、充电等服务。",
    "以上意见供参考。",
    "临江市总工会",
    "2024年5月9日",
    "联系人：施某某；联系电话：0523-86123456",
    "抄送：市人大常委会代表工作委员会",
]


def test_b7e_co_handling_opinion_of_a_trade_union_wrapped_at_40() -> None:
    source = pdf_copy(B7E_LINES, 40, 5)
    doc = run(
        source,
        {
            "kind": "reply",
            "title": "关于市人大十六届三次会议第0152号建议的协办意见",
            "recipients": ["市人力资源和社会保障局"],
            "ref": "0152",
            "preamble": [B7E_LINES[2]],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "推动建立新就业形态劳动者工会组织",
                    ["今年以来，全市已组建快递、外卖等行业工会联合会12家，吸纳新就业形态劳动者入会1.6万人。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "建设劳动者港湾等服务阵地",
                    ["全市已建成“户外劳动者服务站”320个，为快递员、外卖送餐员等提供休息、饮水、充电等服务。"],
                ),
            ],
            "closing": "以上意见供参考。",
            "signature": (["临江市总工会"], "2024-05-09", "2024年5月9日"),
            "contact": ("施某某", ["0523-86123456"]),
            "cc": ["市人大常委会代表工作委员会"],
            "warnings": ["page-break-joined"],
        },
        "- 1 -",
        "- 2 -",
    )
    assert ref_of(doc) == ("人大", "市", 16, 3, "建议", "关于加强新就业形态劳动者权益保障的建议")


# --- Batch 8: Word files saved as text, OCR-like damage ---------------------------------------------

B8A = (
    "　　　　　　　　临江市交通运输局\n"
    "　　关于市十六届人大三次会议第0098号建议的答复\n"
    "　　\n"
    "林某代表：\n"
    "　　您提出的《关于优化中心城区公交线网的建议》收悉。现答复如下：\n"
    "一、\t关于优化公交线网\n"
    "　　今年我局对中心城区公交线网进行了优化调整，新开线路6条，优化调整线路14条。\n"
    "二、\t关于提高公交准点率\n"
    "　　在主干道设置公交专用道28公里，高峰时段公交平均运行速度提高12%。\n"
    "　　特此答复。\n"
    "　　　　　　　　　　　　　　　　　　　临江市交通运输局\n"
    "　　　　　　　　　　　　　　　　　　　2024年6月21日\n"
)


def test_b8a_word_plain_text_with_full_width_indents_and_tabs_after_markers() -> None:
    run(
        B8A,
        {
            "kind": "reply",
            "title": "临江市交通运输局关于市十六届人大三次会议第0098号建议的答复",
            "issuer": "临江市交通运输局",
            "recipients": ["林某代表"],
            "ref": "0098",
            "metadata": {},
            "preamble": ["您提出的《关于优化中心城区公交线网的建议》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于优化公交线网",
                    ["今年我局对中心城区公交线网进行了优化调整，新开线路6条，优化调整线路14条。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于提高公交准点率",
                    ["在主干道设置公交专用道28公里，高峰时段公交平均运行速度提高12%。"],
                ),
            ],
            "closing": "特此答复。",
            "signature": (["临江市交通运输局"], "2024-06-21", "2024年6月21日"),
            "warnings": [],
        },
    )


B8B = (
    "B类\t\t\t\t签发人：吴某某\n"
    "公开属性：主动公开\n"
    "青禾县发展和改革局\n"
    "青发改提〔2024〕3号\n"
    "关于县政协十二届三次会议第0064号提案的答复\n"
    "欧阳某某委员：\n"
    "\t您提出的《关于加快县城停车设施建设的提案》收悉，现答复如下：\n"
    "\t一、县城停车设施现状\n"
    "\t县城现有公共停车泊位3200个，与机动车保有量相比缺口较大。\n"
    "\t二、下一步工作打算\n"
    "\t1．编制县城停车设施专项规划，年内完成规划编制。\n"
    "\t2．建设一批公共停车场，2025年前新增公共停车泊位1500个。\n"
    "\t3．推进机关单位停车场错时向社会开放。\n"
    "\t感谢您对县城建设的关心和支持！\n"
    "青禾县发展和改革局\n"
    "2024年7月30日\n"
)


def test_b8b_word_text_with_tab_indents_a_bare_class_and_signer_line_and_short_num_points() -> None:
    doc = run(
        B8B,
        {
            "kind": "reply",
            "title": "关于县政协十二届三次会议第0064号提案的答复",
            "number": ("青发改提〔2024〕3号", 2024, 3),
            "issuer": "青禾县发展和改革局",
            "recipients": ["欧阳某某委员"],
            "ref": "0064",
            "metadata": {"签发人": "吴某某", "公开属性": "主动公开"},
            "preamble": ["您提出的《关于加快县城停车设施建设的提案》收悉，现答复如下："],
            # each 1．line is at most 30 characters with a comma only and a final 。: heading lines
            "sections": [
                (1, "一、", 1, "县城停车设施现状", ["县城现有公共停车泊位3200个，与机动车保有量相比缺口较大。"]),
                (1, "二、", 2, "下一步工作打算", []),
                (2, "1．", 1, "编制县城停车设施专项规划，年内完成规划编制", []),
                (2, "2．", 2, "建设一批公共停车场，2025年前新增公共停车泊位1500个", []),
                (2, "3．", 3, "推进机关单位停车场错时向社会开放", []),
            ],
            "closing": "感谢您对县城建设的关心和支持！",
            "signature": (["青禾县发展和改革局"], "2024-07-30", "2024年7月30日"),
            "warnings": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.signer, h.disclosure) == ("B", "吴某某", "主动公开")
    assert ref_of(doc) == ("政协", "县", 12, 3, "提案", "关于加快县城停车设施建设的提案")


B8C = """临江市市场监督管理局
关于市政协十四届三次会议第2024118号提案的答复
曹某某委员：
您提出的《关于加强校园食品安全监管的提案》收悉。现答复如下：
－、工作开展情况
今年以来，我局会同市教育局对全市中小学食堂开展全覆盖检查，检查学校食堂612家次，发现并整改问题230个。
二、下一步工作
我局将推广“互联网＋明厨亮灶”，年底前实现全市中小学食堂全覆盖。
特此答复。
临江市市场监督管理局
二0二四年六月十日
联系人：龚某    联系电话：0523一86331234
"""


def test_b8c_ocr_copy_with_a_dash_for_the_first_marker_a_zero_in_the_date_and_a_phone_dash_read_as_one() -> None:
    doc = run(
        B8C,
        {
            "kind": "reply",
            "title": "临江市市场监督管理局关于市政协十四届三次会议第2024118号提案的答复",
            "issuer": "临江市市场监督管理局",
            "recipients": ["曹某某委员"],
            "ref": "2024118",
            "preamble": ["您提出的《关于加强校园食品安全监管的提案》收悉。现答复如下："],
            # a dash read for 一 in the first marker: the marker as written, ordinal 1 (rounds 11 and 17)
            "sections": [
                (
                    1,
                    "－、",
                    1,
                    "工作开展情况",
                    [
                        "今年以来，我局会同市教育局对全市中小学食堂开展全覆盖检查，检查学校食堂612家次，"
                        "发现并整改问题230个。"
                    ],
                ),
                (1, "二、", 2, "下一步工作", ["我局将推广“互联网＋明厨亮灶”，年底前实现全市中小学食堂全覆盖。"]),
            ],
            "closing": "特此答复。",
            # 0 for 〇 in a numeral date still reads (round 13)
            "signature": (["临江市市场监督管理局"], "2024-06-10", "二0二四年六月十日"),
            # the phone as written, 一 for its dash (round 20)
            "contact": ("龚某", ["0523一86331234"]),
        },
    )
    assert ref_of(doc) == ("政协", "市", 14, 3, "提案", "关于加强校园食品安全监管的提案")


B8D = """青禾县司法局
青司建〔2〇24〕5号
关于县人大十八届三次会议第12号建议的答复
邱某某代表：
    您提出的关于加强农村法律服务的建议收悉，现答复如下：
    一、推进村（居）法律顾问全覆盖。全县186个村（社区）均已配备法律顾问，每月至少到村服务1次。
    二、加强人民调解组织建设。全县建立村级调解委员会186个，今年调处矛盾纠纷1420件。
    特此答复。
青禾县司法局  2024年5月8日
"""


def test_b8d_ocr_copy_with_a_broken_number_year_and_the_signature_on_one_line() -> None:
    doc = run(
        B8D,
        {
            "kind": "reply",
            "title": "关于县人大十八届三次会议第12号建议的答复",
            # 〇 inside a figure year breaks the number: not split, warned (round 20)
            "number": None,
            "issuer": "青禾县司法局",
            "recipients": ["邱某某代表"],
            "ref": "12",
            "preamble": ["您提出的关于加强农村法律服务的建议收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "推进村（居）法律顾问全覆盖",
                    ["全县186个村（社区）均已配备法律顾问，每月至少到村服务1次。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "加强人民调解组织建设",
                    ["全县建立村级调解委员会186个，今年调处矛盾纠纷1420件。"],
                ),
            ],
            "closing": "特此答复。",
            # the organ and the date on one line (a lost line break): both read
            "signature": (["青禾县司法局"], "2024-05-08", "2024年5月8日"),
            "warnings": ["docnumber-unparsed"],
        },
    )
    assert ref_of(doc)[:5] == ("人大", "县", 18, 3, "建议")


B8E = """关 于 市 政 协 十 四 届 三 次 会 议 第2024071号 提 案 的 答 复
邵某某委员：
    您提出的《关于推进老年大学扩容提质的提案》收悉。现答复如下：
    目前，全市共有老年大学（学校）86所，在校学员4.3万人。今年市老年大学新校区投入使用，新增学位3000个；各县（市、区）老年大学均已开设网络课堂。
    下一步，我局将推动老年教育向乡镇（街道）和村（社区）延伸，力争2025年实现乡镇（街道）老年学校全覆盖。
    感谢您对老年教育工作的关心。
临江市教育局
二O二四年五月二十日
"""


def test_b8e_ocr_copy_with_spaces_between_the_titles_characters_and_a_letter_o_in_the_numeral_date() -> None:
    doc = run(
        B8E,
        {
            "kind": "reply",
            # spaces an OCR engine set between two CJK characters leave the text (contract, normalised text)
            "title": "关于市政协十四届三次会议第2024071号提案的答复",
            "issuer": None,
            "recipients": ["邵某某委员"],
            "ref": "2024071",
            "preamble": [
                "您提出的《关于推进老年大学扩容提质的提案》收悉。现答复如下：",
                "目前，全市共有老年大学（学校）86所，在校学员4.3万人。今年市老年大学新校区投入使用，新增学位3000个；"
                "各县（市、区）老年大学均已开设网络课堂。",
                "下一步，我局将推动老年教育向乡镇（街道）和村（社区）延伸，力争2025年实现乡镇（街道）老年学校全覆盖。",
            ],
            "sections": [],
            "closing": "感谢您对老年教育工作的关心。",
            # an O for 〇 in a numeral date still reads (round 20)
            "signature": (["临江市教育局"], "2024-05-20", "二O二四年五月二十日"),
        },
    )
    assert ref_of(doc) == ("政协", "市", 14, 3, "提案", "关于推进老年大学扩容提质的提案")
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]
