"""The lead's spot check of session 22: four documents of ordinary shapes, expected values written by
hand from the contract before the parser ran on them (this file was committed first). A check of the
whole, not a round: a provincial department's answer to a 民主党派's 政协提案 copied from its portal
(a breadcrumb, an information table, the 文号 under the title, 一是/二是/三是 inside a 下一步 paragraph,
the contact in brackets); a county bureau's answer to a 人大代表建议 under its 发文机关标志 with the
category and 公开属性 above it, the 文号 and 签发人 on one line and the organ repeated over the 关于
title, points numbered （一） alone, a 抄送 line; a city office's notice with two ranks, an 附件 list
whose first title opens with a year (`1.2024年…`), 附注 and a 版记 with its printing line; a joint
answer of two bureaus signing on one line, run-in 一、 headings and the contact on one line.

First look (the file as committed, on main 8d19bc09): 3/4 documents whole; the one miss was the writer's
own: the county answer's 签发人：周某某 shares a line with the 文号 before the title, so it is one of the
键：值 pairs `metadata` holds (as in holdout21's b8b), which the first version left out; corrected. Every
other check (four `look`s of 17 fields and the asserts under them) right. No parser miss.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """首页 > 政务公开 > 建议提案办理
索引号：002482365/2024-00123
发布机构：浙江省交通运输厅
成文日期：2024-07-15
公开方式：主动公开
关于省政协十三届二次会议第356号提案的答复
浙交函〔2024〕56号
民进浙江省委会：
    贵会提出的《关于加快推进农村客货邮融合发展的提案》收悉。经商省邮政管理局、省商务厅，现答复如下：
    一、工作进展
    2023年以来，我厅联合省邮政管理局出台农村客货邮融合发展实施方案，全省已建成县级客货邮综合服务中心62个、乡镇综合服务站580个，开通客货邮融合线路410条。
    二、下一步工作
    下一步，我厅将重点做好三方面工作：一是完善站点网络。推动乡镇综合服务站全覆盖；二是拓展融合线路。鼓励客运企业与快递企业合作开行融合线路；三是强化政策支持。争取省级财政对融合线路给予运营补助。
    感谢贵会对交通运输工作的关心和支持。
浙江省交通运输厅
2024年7月15日
（联系人：李某，联系电话：0571-83127654）
"""


def test_a_provincial_answer_to_a_party_proposal_copied_from_its_portal() -> None:
    doc = parsed(A)
    same(
        look(doc, "首页 > 政务公开 > 建议提案办理"),
        {
            "kind": "reply",
            "title": "关于省政协十三届二次会议第356号提案的答复",
            "number": ("浙交函〔2024〕56号", 2024, 56),
            # no 发文机关标志, no organ opening the title: the information table's 发布机构
            "issuer": "浙江省交通运输厅",
            "recipients": ["民进浙江省委会"],
            "ref": "356",
            "metadata": {
                "索引号": "002482365/2024-00123",
                "发布机构": "浙江省交通运输厅",
                "成文日期": "2024-07-15",
                "公开方式": "主动公开",
            },
            "preamble": [
                "贵会提出的《关于加快推进农村客货邮融合发展的提案》收悉。经商省邮政管理局、省商务厅，现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "工作进展",
                    [
                        "2023年以来，我厅联合省邮政管理局出台农村客货邮融合发展实施方案，全省已建成县级客货邮综合服务中心"
                        "62个、乡镇综合服务站580个，开通客货邮融合线路410条。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    "下一步工作",
                    [
                        "下一步，我厅将重点做好三方面工作：一是完善站点网络。推动乡镇综合服务站全覆盖；二是拓展融合线路。"
                        "鼓励客运企业与快递企业合作开行融合线路；三是强化政策支持。争取省级财政对融合线路给予运营补助。"
                    ],
                ),
            ],
            "items": [[("一是", "完善站点网络"), ("二是", "拓展融合线路"), ("三是", "强化政策支持")]],
            "closing": "感谢贵会对交通运输工作的关心和支持。",
            "signature": (["浙江省交通运输厅"], "2024-07-15", "2024年7月15日"),
            "contact": ("李某", ["0571-83127654"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "省", 13, 2, "提案")
    assert r.title == "关于加快推进农村客货邮融合发展的提案"
    # 贵会 is the recipient; the contract never infers proposers from the recipients
    assert list(r.proposers) == []
    assert doc.header.disclosure == "主动公开"
    assert [p.phase for p in doc.sections[1].paragraphs] == ["plan"]


B = """公开属性：主动公开
办理结果：B
宁远县农业农村局文件
宁农函〔2024〕21号          签发人：周某某
宁远县农业农村局
关于县十八届人大三次会议第15号建议的答复
赵某某代表：
    您提出的关于加强高标准农田建后管护的建议收悉，现答复如下：
    （一）高标准农田建设现状
    截至2023年底，全县累计建成高标准农田32.6万亩，建成区内灌排设施、田间道路基本配套。
    （二）存在的主要问题
    一是管护资金不足。二是管护主体责任不明确，部分设施建成后无人管护。
    （三）下一步工作打算
    我局将积极争取上级资金，探索建立“县负总责、乡镇落实、村为主体”的管护机制。
    此复。
宁远县农业农村局
2024年5月28日
抄送：县人大常委会人事代表工作委员会，县政府办公室。
"""


def test_a_county_bureau_answer_under_its_red_head_with_the_organ_over_the_title() -> None:
    doc = parsed(B)
    same(
        look(doc),
        {
            "kind": "reply",
            # the organ on its own line directly over the 关于 title, no 文号 between: the title's first line
            "title": "宁远县农业农村局关于县十八届人大三次会议第15号建议的答复",
            "number": ("宁农函〔2024〕21号", 2024, 21),
            "issuer": "宁远县农业农村局",
            "recipients": ["赵某某代表"],
            "ref": "15",
            # 签发人：周某某 is a 键：值 pair before the title too (settled in holdout21 b8b); first written without it
            "metadata": {"公开属性": "主动公开", "办理结果": "B", "签发人": "周某某"},
            "preamble": ["您提出的关于加强高标准农田建后管护的建议收悉，现答复如下："],
            # only （一） is used: level-1 sections of style cn-paren
            "sections": [
                (
                    1,
                    "（一）",
                    1,
                    "高标准农田建设现状",
                    ["截至2023年底，全县累计建成高标准农田32.6万亩，建成区内灌排设施、田间道路基本配套。"],
                ),
                (
                    1,
                    "（二）",
                    2,
                    "存在的主要问题",
                    ["一是管护资金不足。二是管护主体责任不明确，部分设施建成后无人管护。"],
                ),
                (
                    1,
                    "（三）",
                    3,
                    "下一步工作打算",
                    ["我局将积极争取上级资金，探索建立“县负总责、乡镇落实、村为主体”的管护机制。"],
                ),
            ],
            "items": [[("一是", "管护资金不足"), ("二是", "管护主体责任不明确，部分设施建成后无人管护")]],
            "closing": "此复。",
            "signature": (["宁远县农业农村局"], "2024-05-28", "2024年5月28日"),
            "contact": None,
            "cc": ["县人大常委会人事代表工作委员会", "县政府办公室"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert h.signer == "周某某"
    assert h.handling_result == "B"
    assert h.disclosure == "主动公开"
    assert h.doc_number is not None and h.doc_number.agency_code == "宁农函"
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "县", 18, 3, "建议")
    assert [s.style for s in doc.sections] == ["cn-paren"] * 3


C = """临江市人民政府办公室关于做好2024年防汛工作的通知
临政办发〔2024〕8号
各县（市、区）人民政府，市政府各部门：
    为切实做好今年防汛工作，经市政府同意，现就有关事项通知如下：
    一、压实防汛责任
    各地各部门要严格落实以行政首长负责制为核心的防汛责任制。
    二、加强隐患排查
    （一）水库山塘。汛前对全市312座水库山塘开展一次全面排查。
    （二）地质灾害点。对已查明的地质灾害隐患点逐一落实监测人员。
    三、做好应急准备
    各地要在5月31日前完成防汛物资储备，并组织开展一次应急演练。

    附件：1.2024年防汛重点工作任务分工表
          2.防汛值班联系表

临江市人民政府办公室
2024年4月10日
（此件公开发布）
抄送：市委办公室，市人大常委会办公室，市政协办公室。
临江市人民政府办公室                2024年4月10日印发
"""


def test_a_city_notice_with_an_attachment_list_opening_with_a_year_and_its_imprint() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "临江市人民政府办公室关于做好2024年防汛工作的通知",
            "number": ("临政办发〔2024〕8号", 2024, 8),
            "issuer": "临江市人民政府办公室",
            "recipients": ["各县（市、区）人民政府", "市政府各部门"],
            "ref": None,
            "metadata": {},
            "preamble": ["为切实做好今年防汛工作，经市政府同意，现就有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "压实防汛责任", ["各地各部门要严格落实以行政首长负责制为核心的防汛责任制。"]),
                (1, "二、", 2, "加强隐患排查", []),
                (2, "（一）", 1, "水库山塘", ["汛前对全市312座水库山塘开展一次全面排查。"]),
                (2, "（二）", 2, "地质灾害点", ["对已查明的地质灾害隐患点逐一落实监测人员。"]),
                (1, "三、", 3, "做好应急准备", ["各地要在5月31日前完成防汛物资储备，并组织开展一次应急演练。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["临江市人民政府办公室"], "2024-04-10", "2024年4月10日"),
            "contact": None,
            "cc": ["市委办公室", "市人大常委会办公室", "市政协办公室"],
            # `1.` is the list's number and 2024年 the title's first word, not a decimal 1.2024
            "attachments": ["2024年防汛重点工作任务分工表", "防汛值班联系表"],
            "warnings": [],
            "leaked": [],
        },
    )
    imprint = doc.imprint
    assert imprint is not None
    assert imprint.printed_by == "临江市人民政府办公室"
    assert imprint.printed_on == "2024-04-10"
    assert doc.header.disclosure == "主动公开"


D = """关于市政协十五届一次会议第20240087号提案的答复
九三学社市委会：
    你们提出的《关于推进中小学课后服务提质增效的提案》收悉。经市教育局会同市财政局认真研究，现答复如下：
    一、关于课后服务经费保障。我市已建立财政补助、服务性收费相结合的经费保障机制，2024年市级财政安排课后服务补助资金3200万元。
    二、关于课后服务内容供给。鼓励学校引进少年宫、科技馆等校外资源，目前已有146所学校开设特色课程。
    以上答复如有不妥，请批评指正。
市教育局        市财政局
2024年6月30日
联系人：吴某某  联系电话：0531-86012345
"""


def test_a_joint_answer_of_two_bureaus_signing_on_one_line() -> None:
    doc = parsed(D)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十五届一次会议第20240087号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["九三学社市委会"],
            "ref": "20240087",
            "metadata": {},
            "preamble": [
                "你们提出的《关于推进中小学课后服务提质增效的提案》收悉。经市教育局会同市财政局认真研究，现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于课后服务经费保障",
                    [
                        "我市已建立财政补助、服务性收费相结合的经费保障机制，2024年市级财政安排课后服务补助资金3200万元。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于课后服务内容供给",
                    ["鼓励学校引进少年宫、科技馆等校外资源，目前已有146所学校开设特色课程。"],
                ),
            ],
            "items": [],
            "closing": "以上答复如有不妥，请批评指正。",
            "signature": (["市教育局", "市财政局"], "2024-06-30", "2024年6月30日"),
            "contact": ("吴某某", ["0531-86012345"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 15, 1, "提案")
    assert r.title == "关于推进中小学课后服务提质增效的提案"
