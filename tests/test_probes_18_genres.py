"""Round-18 blind probes of the header and trailer variety across the genre.

(docstring completed with the first-look counts after each batch ran)
"""

from __future__ import annotations

from collections.abc import Callable

import govdoc
from tests.probing import PROBE_FIELDS, checked, codes


def _meta_has(doc: govdoc.Document, keys: dict[str, str]) -> dict[str, str | None]:
    return {k: doc.header.metadata.get(k) for k in keys}


# Fields this round reads beyond tests/probing.py's: schema 1.8's attendance, partial date and
# letter answered, whether a piece of text stands in a paragraph of the body, and the
# content-unplaced warning alone.
EXTRA: dict[str, Callable[[govdoc.Document], object]] = {
    "attendance": lambda d: [(a.role, a.names) for a in d.header.attendance],
    "partial": lambda d: None if d.signature is None else d.signature.date_partial,
    "letter": lambda d: (
        None if d.header.responds_to is None else (d.header.responds_to.kind, d.header.responds_to.title)
    ),
    "unplaced": lambda d: "content-unplaced" in codes(d),
    "serial": lambda d: None if d.header.serial is None else (d.header.serial.text, d.header.serial.number),
}


def _in_body(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


def expect(
    doc: govdoc.Document, *, meta_has: dict[str, str] | None = None, body_has: str | None = None, **want: object
) -> None:
    """Compare every named field at once (tests/probing.py's and this round's), so one run shows all
    of a probe's misses. `meta_has`: these pairs stand in the metadata (others may too); `body_has`:
    this text stands inside a paragraph of the body (preamble or sections)."""
    fields = {**PROBE_FIELDS, **EXTRA}
    wrong: dict[str, object] = {k: {"got": fields[k](doc), "want": v} for k, v in want.items() if fields[k](doc) != v}
    if meta_has is not None and _meta_has(doc, meta_has) != meta_has:
        wrong["meta_has"] = {"got": _meta_has(doc, meta_has), "want": meta_has}
    if body_has is not None and not any(body_has in t for t in _in_body(doc)):
        wrong["body_has"] = {"got": _in_body(doc), "want": body_has}
    assert not wrong, wrong


# --- batch 1 (written before the parser ran on it): 部委 answering 全国人大代表建议 ----------------


def test_a_ministry_answers_a_national_deputy_under_its_full_name_letterhead_and_jianyi_number() -> None:
    doc = checked("""\
中华人民共和国交通运输部
交建议〔2024〕186号
关于十四届全国人大二次会议第5678号建议的答复
任某某代表：
您提出的关于加快中西部地区支线机场建设的建议收悉。经认真研究，现答复如下：
近年来，我部会同国家民航局持续加大中西部地区支线机场建设支持力度，2023年安排车购税资金支持中西部民用机场项目12个。
下一步，我部将会同有关方面继续加大支持力度，推动支线机场加快建设。
感谢您对交通运输工作的关心和支持。
交通运输部
2024年7月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国交通运输部",
        number=("交建议〔2024〕186号", "交建议", 2024, 186),
        title="关于十四届全国人大二次会议第5678号建议的答复",
        recipients=("任某某代表",),
        ref=("人大", "全国", 14, 2, "5678", "建议", "关于加快中西部地区支线机场建设的建议", []),
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("交通运输部",), "2024-07-12", "2024年7月12日"),
    )


def test_a_ministrys_answer_under_its_summary_and_answer_type_rows_numbered_under_the_title() -> None:
    doc = checked("""\
摘要：关于支持县域商业体系建设的建议
答复类型：A类
商务部关于十四届全国人大二次会议第2468号建议的答复
商建函〔2024〕321号
范某某等5位代表：
你们提出的关于支持县域商业体系建设的建议收悉。现答复如下：
2023年，我部会同有关部门支持建设改造县级物流配送中心1200余个、乡镇商贸中心3900余个。
感谢你们对商务工作的关心和支持。
商务部
2024年6月28日
""")
    expect(
        doc,
        kind="reply",
        issuer="商务部",
        number=("商建函〔2024〕321号", "商建函", 2024, 321),
        title="商务部关于十四届全国人大二次会议第2468号建议的答复",
        metadata={"摘要": "关于支持县域商业体系建设的建议", "答复类型": "A类"},
        category="A",
        recipients=("范某某等5位代表",),
        ref=("人大", "全国", 14, 2, "2468", "建议", "关于支持县域商业体系建设的建议", []),
        closing="感谢你们对商务工作的关心和支持。",
        signature=(("商务部",), "2024-06-28", "2024年6月28日"),
    )


def test_a_ministrys_answer_in_headed_sections_with_its_contact_office_and_phone_in_a_note() -> None:
    doc = checked("""\
中华人民共和国生态环境部
环建议〔2024〕52号
对十四届全国人大二次会议第3579号建议的答复
陶某某代表：
您领衔提出的《关于加强长江流域磷污染治理的建议》收悉。经商国家发展改革委、工业和信息化部，现答复如下：
一、关于磷污染治理
我部持续开展长江“三磷”排查整治专项行动，累计完成整治问题1200余个。
二、关于资金支持
中央财政水污染防治资金对长江流域磷污染治理项目予以倾斜支持。
感谢您对生态环境工作的关心和支持。
生态环境部
2024年6月20日
（联系单位及电话：水生态环境司　010-65645678）
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国生态环境部",
        number=("环建议〔2024〕52号", "环建议", 2024, 52),
        title="对十四届全国人大二次会议第3579号建议的答复",
        recipients=("陶某某代表",),
        ref=("人大", "全国", 14, 2, "3579", "建议", "关于加强长江流域磷污染治理的建议", []),
        tree=[(1, "cn", "一、", "关于磷污染治理"), (1, "cn", "二、", "关于资金支持")],
        closing="感谢您对生态环境工作的关心和支持。",
        signature=(("生态环境部",), "2024-06-20", "2024年6月20日"),
        contact={"phones": ("010-65645678",), "unit": "水生态环境司"},
    )


def test_two_ministries_answer_jointly_under_one_letterhead_line_and_sign_side_by_side() -> None:
    doc = checked("""\
农业农村部　财政部
农建议〔2024〕211号
关于十四届全国人大二次会议第6123号建议的答复
邹某某代表：
您提出的关于提高产粮大县奖励标准的建议收悉。经认真研究，现答复如下：
2024年中央财政安排产粮大县奖励资金超过500亿元，奖励资金向粮食主产区倾斜。
感谢您对“三农”工作的关心和支持。
农业农村部　　　　财政部
2024年7月2日
""")
    expect(
        doc,
        kind="reply",
        issuer="农业农村部财政部",
        number=("农建议〔2024〕211号", "农建议", 2024, 211),
        title="关于十四届全国人大二次会议第6123号建议的答复",
        recipients=("邹某某代表",),
        ref=("人大", "全国", 14, 2, "6123", "建议", "关于提高产粮大县奖励标准的建议", []),
        closing="感谢您对“三农”工作的关心和支持。",
        signature=(("农业农村部", "财政部"), "2024-07-02", "2024年7月2日"),
    )


def test_a_ministry_answers_thirty_one_deputies_who_proposed_together() -> None:
    doc = checked("""\
水利部
水建议〔2024〕76号
关于十四届全国人大二次会议第7890号建议的答复
贺某某等31位代表：
贺某某等31位代表提出的关于加快西南地区骨干水源工程建设的建议收悉。现答复如下：
水利部高度重视西南地区水源工程建设，2024年安排中央预算内投资支持西南五省份骨干水源工程46处。
专此答复。
水利部
2024年6月25日
""")
    expect(
        doc,
        kind="reply",
        issuer="水利部",
        number=("水建议〔2024〕76号", "水建议", 2024, 76),
        title="关于十四届全国人大二次会议第7890号建议的答复",
        recipients=("贺某某等31位代表",),
        ref=("人大", "全国", 14, 2, "7890", "建议", "关于加快西南地区骨干水源工程建设的建议", ["贺某某"]),
        closing="专此答复。",
        signature=(("水利部",), "2024-06-25", "2024年6月25日"),
    )


def test_a_commissions_answer_under_a_portals_table_naming_its_issuing_organ() -> None:
    doc = checked("""\
索引号：000013610/2024-00456
发文机关：国家卫生健康委员会
成文日期：2024-07-10
主题分类：卫生健康
关于十四届全国人大二次会议第8642号建议的答复
吕某某代表：
您提出的关于加强基层儿科医疗服务能力的建议收悉。现答复如下：
我委持续推进儿科医疗服务能力提升，截至2023年底，全国每千名儿童儿科执业（助理）医师数达到0.78人。
感谢您对卫生健康工作的关心和支持。
国家卫生健康委
2024年7月10日
""")
    expect(
        doc,
        kind="reply",
        issuer="国家卫生健康委员会",
        title="关于十四届全国人大二次会议第8642号建议的答复",
        metadata={
            "索引号": "000013610/2024-00456",
            "发文机关": "国家卫生健康委员会",
            "成文日期": "2024-07-10",
            "主题分类": "卫生健康",
        },
        recipients=("吕某某代表",),
        ref=("人大", "全国", 14, 2, "8642", "建议", "关于加强基层儿科医疗服务能力的建议", []),
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("国家卫生健康委",), "2024-07-10", "2024年7月10日"),
    )


def test_a_ministrys_letter_of_answer_signed_with_organ_and_date_on_one_line() -> None:
    doc = checked("""\
工业和信息化部
工信建议〔2024〕142号
关于十四届全国人大二次会议第9753号建议的复函
苗某某代表：
您提出的《关于支持中小企业数字化转型的建议》收悉。经商财政部，现答复如下：
2023年以来，我部会同财政部分两批支持66个城市开展中小企业数字化转型城市试点。
感谢您对工业和信息化工作的关心和支持。
工业和信息化部　　　　2024年7月8日
""")
    expect(
        doc,
        kind="reply",
        issuer="工业和信息化部",
        number=("工信建议〔2024〕142号", "工信建议", 2024, 142),
        title="关于十四届全国人大二次会议第9753号建议的复函",
        recipients=("苗某某代表",),
        ref=("人大", "全国", 14, 2, "9753", "建议", "关于支持中小企业数字化转型的建议", []),
        closing="感谢您对工业和信息化工作的关心和支持。",
        signature=(("工业和信息化部",), "2024-07-08", "2024年7月8日"),
    )


def test_an_administrations_answer_noted_for_publication_under_its_seal_mark() -> None:
    doc = checked("""\
国家市场监督管理总局
市监建议〔2024〕38号
关于十四届全国人大二次会议第1357号建议的答复
邵某某代表：
您提出的关于加强预制菜食品安全监管的建议收悉。现答复如下：
市场监管总局已组织起草预制菜食品安全国家标准，并将预制菜生产企业纳入重点监管。
感谢您对市场监管工作的关心和支持。
市场监管总局（印章）
2024年6月14日
（此件公开发布）
""")
    expect(
        doc,
        kind="reply",
        issuer="国家市场监督管理总局",
        number=("市监建议〔2024〕38号", "市监建议", 2024, 38),
        title="关于十四届全国人大二次会议第1357号建议的答复",
        recipients=("邵某某代表",),
        disclosure="主动公开",
        ref=("人大", "全国", 14, 2, "1357", "建议", "关于加强预制菜食品安全监管的建议", []),
        closing="感谢您对市场监管工作的关心和支持。",
        signature=(("市场监管总局",), "2024-06-14", "2024年6月14日"),
    )


# --- batch 2 (written before the parser ran on it): 全国政协提案, 联名 and 会办 at the top -----------


def test_a_ministrys_letter_answering_a_national_proposal_numbered_with_its_class_count() -> None:
    doc = checked("""\
中华人民共和国民政部
民提字〔2024〕45号
关于政协第十四届全国委员会第二次会议第01234号（社会管理类102号）提案答复的函
罗某某委员：
您提出的《关于完善农村留守老年人关爱服务体系的提案》收悉。现答复如下：
民政部会同有关部门建立农村留守老年人定期探访制度，2023年探访留守老年人1400余万人次。
感谢您对民政工作的关心和支持。
民政部
2024年7月15日
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国民政部",
        number=("民提字〔2024〕45号", "民提字", 2024, 45),
        title="关于政协第十四届全国委员会第二次会议第01234号（社会管理类102号）提案答复的函",
        recipients=("罗某某委员",),
        ref=("政协", "全国", 14, 2, "01234", "提案", "关于完善农村留守老年人关爱服务体系的提案", []),
        closing="感谢您对民政工作的关心和支持。",
        signature=(("民政部",), "2024-07-15", "2024年7月15日"),
    )


def test_a_joint_proposals_answer_under_rows_naming_its_lead_and_seconding_members() -> None:
    doc = checked("""\
提案号：1567
领衔人：钟某某
附议人：韦某某、左某某
人力资源社会保障部关于全国政协十四届二次会议第1567号提案答复的函
人社提字〔2024〕67号
钟某某委员：
您领衔提出的《关于完善灵活就业人员社会保障制度的提案》收悉。现答复如下：
我部已在7个省份开展新就业形态就业人员职业伤害保障试点，参保人数超过700万人。
感谢您对人力资源社会保障工作的关心和支持。
人力资源社会保障部
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        issuer="人力资源社会保障部",
        number=("人社提字〔2024〕67号", "人社提字", 2024, 67),
        title="人力资源社会保障部关于全国政协十四届二次会议第1567号提案答复的函",
        metadata={"提案号": "1567", "领衔人": "钟某某", "附议人": "韦某某、左某某"},
        recipients=("钟某某委员",),
        ref=("政协", "全国", 14, 2, "1567", "提案", "关于完善灵活就业人员社会保障制度的提案", ["钟某某"]),
        closing="感谢您对人力资源社会保障工作的关心和支持。",
        signature=(("人力资源社会保障部",), "2024-07-03", "2024年7月3日"),
    )


def test_a_ministry_offices_co_handling_opinion_to_the_commission_that_leads_a_national_proposal() -> None:
    doc = checked("""\
关于全国政协十四届二次会议第02345号提案的会办意见
国家发展改革委：
你委主办的《关于加快推进城市更新行动的提案》（第02345号）收悉。经研究，现提出会办意见如下：
2023年我部会同有关部门推动新开工改造城镇老旧小区5.37万个，惠及居民897万户。
以上意见，请酌。
住房和城乡建设部办公厅
2024年5月20日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于全国政协十四届二次会议第02345号提案的会办意见",
        recipients=("国家发展改革委",),
        ref=("政协", "全国", 14, 2, "02345", "提案", "关于加快推进城市更新行动的提案", []),
        closing="以上意见，请酌。",
        signature=(("住房和城乡建设部办公厅",), "2024-05-20", "2024年5月20日"),
    )


def test_a_lead_ministrys_answer_signed_by_it_and_its_two_co_handling_bodies_one_a_line() -> None:
    doc = checked("""\
关于十四届全国人大二次会议第4455号建议的答复
祁某某代表：
您提出的关于加强革命文物保护利用的建议收悉。本建议由文化和旅游部主办，国家文物局、财政部会办。现答复如下：
2023年中央财政安排革命文物保护利用专项资金18亿元，支持革命文物保护展示项目300余个。
感谢您对文物工作的关心和支持。
文化和旅游部
国家文物局
财政部
2024年6月30日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于十四届全国人大二次会议第4455号建议的答复",
        recipients=("祁某某代表",),
        ref=("人大", "全国", 14, 2, "4455", "建议", "关于加强革命文物保护利用的建议", []),
        closing="感谢您对文物工作的关心和支持。",
        signature=(("文化和旅游部", "国家文物局", "财政部"), "2024-06-30", "2024年6月30日"),
    )


def test_a_ministrys_letter_numbered_han_answering_a_partys_central_committee() -> None:
    doc = checked("""\
科技部关于政协第十四届全国委员会第二次会议第03456号提案答复的函
国科函〔2024〕67号
九三学社中央：
九三学社中央提出的《关于加强基础研究人才队伍建设的提案》收悉。现答复如下：
科技部会同有关部门实施基础研究人才专项，2023年支持青年科学家项目1000余项。
感谢贵单位对科技工作的关心和支持。
科技部
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="科技部",
        number=("国科函〔2024〕67号", "国科函", 2024, 67),
        title="科技部关于政协第十四届全国委员会第二次会议第03456号提案答复的函",
        recipients=("九三学社中央",),
        ref=("政协", "全国", 14, 2, "03456", "提案", "关于加强基础研究人才队伍建设的提案", ["九三学社中央"]),
        closing="感谢贵单位对科技工作的关心和支持。",
        signature=(("科技部",), "2024-07-01", "2024年7月1日"),
    )


def test_a_co_handling_opinions_letter_to_the_lead_ministry_naming_the_deputy() -> None:
    doc = checked("""\
自然资源部
自然资函〔2024〕312号
关于十四届全国人大二次会议第5566号建议会办意见的函
交通运输部：
你部主办的尤某某代表提出的《关于加快沿海港口疏港铁路建设的建议》收悉。经研究，提出会办意见如下：
我部将对纳入国家规划的疏港铁路项目用地予以积极保障，依法依规加快用地审批。
以上意见，供参考。
自然资源部
2024年5月16日
""")
    expect(
        doc,
        kind="reply",
        issuer="自然资源部",
        number=("自然资函〔2024〕312号", "自然资函", 2024, 312),
        title="关于十四届全国人大二次会议第5566号建议会办意见的函",
        recipients=("交通运输部",),
        ref=("人大", "全国", 14, 2, "5566", "建议", "关于加快沿海港口疏港铁路建设的建议", ["尤某某"]),
        closing="以上意见，供参考。",
        signature=(("自然资源部",), "2024-05-16", "2024年5月16日"),
    )


def test_an_answer_under_rows_of_the_suggestions_number_its_lead_deputy_and_answer_type() -> None:
    doc = checked("""\
建议号：6677
领衔代表：庞某某
答复类型：B
关于十四届全国人大二次会议第6677号建议的答复
庞某某代表：
您领衔提出的关于加快高原铁路建设的建议收悉。现答复如下：
有关项目已纳入《中长期铁路网规划》，目前正在开展前期研究工作，条件成熟时推进实施。
感谢您对铁路工作的关心和支持。
国家铁路局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于十四届全国人大二次会议第6677号建议的答复",
        metadata={"建议号": "6677", "领衔代表": "庞某某", "答复类型": "B"},
        category="B",
        recipients=("庞某某代表",),
        ref=("人大", "全国", 14, 2, "6677", "建议", "关于加快高原铁路建设的建议", ["庞某某"]),
        closing="感谢您对铁路工作的关心和支持。",
        signature=(("国家铁路局",), "2024-06-21", "2024年6月21日"),
    )


def test_a_ministrys_answer_to_a_national_proposal_of_a_sector_group() -> None:
    doc = checked("""\
教育部
教提案〔2024〕88号
关于政协十四届全国委员会第二次会议第04567号提案答复的函
全国政协教育界：
全国政协教育界别提出的《关于推进县域普通高中振兴的提案》收悉。现答复如下：
教育部实施县域普通高中振兴计划，2023年支持中西部地区新建改扩建县中校舍面积300余万平方米。
感谢你们对教育工作的关心和支持。
教育部
2024年7月9日
""")
    expect(
        doc,
        kind="reply",
        issuer="教育部",
        number=("教提案〔2024〕88号", "教提案", 2024, 88),
        title="关于政协十四届全国委员会第二次会议第04567号提案答复的函",
        recipients=("全国政协教育界",),
        ref=("政协", "全国", 14, 2, "04567", "提案", "关于推进县域普通高中振兴的提案", ["全国政协教育界别"]),
        closing="感谢你们对教育工作的关心和支持。",
        signature=(("教育部",), "2024-07-09", "2024年7月9日"),
    )


# --- batch 3 (written before the parser ran on it): 省级厅局 with sign-off cells beside the 文号 -----


def test_a_provincial_department_answers_twelve_deputies_with_signer_and_reviewer_right_of_its_number() -> None:
    doc = checked("""\
南岭省交通运输厅
南交建议〔2024〕56号　　　　　　签发人：龙某某　审核人：向某
关于省十四届人大二次会议第1234号建议的答复
谭某某等12位代表：
你们提出的关于加快南岭西部高速公路建设的建议收悉。现答复如下：
南岭西部高速公路已列入省高速公路网规划，其中安西至石门段计划于2024年底开工建设。
感谢你们对交通运输工作的关心和支持。
南岭省交通运输厅
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省交通运输厅",
        number=("南交建议〔2024〕56号", "南交建议", 2024, 56),
        signer="龙某某",
        title="关于省十四届人大二次会议第1234号建议的答复",
        recipients=("谭某某等12位代表",),
        ref=("人大", "省", 14, 2, "1234", "建议", "关于加快南岭西部高速公路建设的建议", []),
        closing="感谢你们对交通运输工作的关心和支持。",
        signature=(("南岭省交通运输厅",), "2024-06-18", "2024年6月18日"),
    )


def test_a_finance_departments_letter_with_signer_and_checker_after_its_han_number() -> None:
    doc = checked("""\
南岭省财政厅
南财函〔2024〕78号　　　签发人：欧阳某某　　核稿人：刘某
关于省政协十三届二次会议第0456号提案的答复
民建南岭省委：
贵委提出的《关于加大中小微企业融资担保支持力度的提案》收悉。现答复如下：
省财政2024年安排融资担保降费奖补资金3亿元，引导政府性融资担保机构降低担保费率。
感谢贵委对财政工作的关心和支持。
南岭省财政厅
2024年7月4日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省财政厅",
        number=("南财函〔2024〕78号", "南财函", 2024, 78),
        signer="欧阳某某",
        title="关于省政协十三届二次会议第0456号提案的答复",
        recipients=("民建南岭省委",),
        ref=("政协", "省", 13, 2, "0456", "提案", "关于加大中小微企业融资担保支持力度的提案", []),
        closing="感谢贵委对财政工作的关心和支持。",
        signature=(("南岭省财政厅",), "2024-07-04", "2024年7月4日"),
    )


def test_a_departments_answer_to_five_members_who_proposed_jointly() -> None:
    doc = checked("""\
南岭省生态环境厅
南环提〔2024〕31号　　　　签发人：覃某某
关于省政协十三届二次会议第0567号提案的答复
韩某某等5位委员：
由韩某某等5位委员联名提出的《关于加强农村黑臭水体治理的提案》收悉。现答复如下：
2023年全省完成农村黑臭水体治理486条，治理率达到62%。
专此答复。
南岭省生态环境厅
2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省生态环境厅",
        number=("南环提〔2024〕31号", "南环提", 2024, 31),
        signer="覃某某",
        title="关于省政协十三届二次会议第0567号提案的答复",
        recipients=("韩某某等5位委员",),
        ref=("政协", "省", 13, 2, "0567", "提案", "关于加强农村黑臭水体治理的提案", ["韩某某"]),
        closing="专此答复。",
        signature=(("南岭省生态环境厅",), "2024-06-27", "2024年6月27日"),
    )


def test_a_health_commissions_answer_with_three_sign_off_cells_on_its_number_line() -> None:
    doc = checked("""\
南岭省卫生健康委员会
南卫建议〔2024〕第23号　　签发人：莫某某　　审核人：黎某　　核稿人：韦某某
关于省十四届人大二次会议第0789号建议的答复
谢某某、孔某某代表：
你们提出的关于加强县级医院急诊急救能力建设的建议收悉。现答复如下：
我委已推动全省102个县级医院建成胸痛中心、卒中中心，实现县域全覆盖。
感谢你们对卫生健康工作的关心和支持。
南岭省卫生健康委员会
2024年7月11日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省卫生健康委员会",
        number=("南卫建议〔2024〕第23号", "南卫建议", 2024, 23),
        signer="莫某某",
        title="关于省十四届人大二次会议第0789号建议的答复",
        recipients=("谢某某、孔某某代表",),
        ref=("人大", "省", 14, 2, "0789", "建议", "关于加强县级医院急诊急救能力建设的建议", []),
        closing="感谢你们对卫生健康工作的关心和支持。",
        signature=(("南岭省卫生健康委员会",), "2024-07-11", "2024年7月11日"),
    )


def test_a_departments_co_handling_opinion_with_a_signer_beside_its_number() -> None:
    doc = checked("""\
南岭省自然资源厅
南自然资函〔2024〕215号　　　签发人：蒙某某
关于省十四届人大二次会议第2345号建议的协办意见
南岭省农业农村厅：
你厅主办的石某某代表提出的《关于保障设施农业用地的建议》收悉。经研究，提出协办意见如下：
我厅已印发设施农业用地管理办法，将设施农业用地由审批改为备案管理。
以上意见，请在答复代表时统筹考虑。
南岭省自然资源厅
2024年5月22日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省自然资源厅",
        number=("南自然资函〔2024〕215号", "南自然资函", 2024, 215),
        signer="蒙某某",
        title="关于省十四届人大二次会议第2345号建议的协办意见",
        recipients=("南岭省农业农村厅",),
        ref=("人大", "省", 14, 2, "2345", "建议", "关于保障设施农业用地的建议", ["石某某"]),
        closing="以上意见，请在答复代表时统筹考虑。",
        signature=(("南岭省自然资源厅",), "2024-05-22", "2024年5月22日"),
    )


def test_a_bureaus_answer_to_a_delegation_with_a_tab_before_its_signer() -> None:
    doc = checked("""\
南岭省林业局
南林建〔2024〕14号\t\t签发人：钟某某
关于省十四届人大二次会议第0345号建议的答复
省人大代表安西代表团：
你团提出的关于支持国有林场改革发展的建议收悉。现答复如下：
省林业局会同省财政厅安排国有林场基础设施建设资金1.2亿元，支持36个国有林场改善生产生活条件。
特此答复。
南岭省林业局
2024年6月6日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省林业局",
        number=("南林建〔2024〕14号", "南林建", 2024, 14),
        signer="钟某某",
        title="关于省十四届人大二次会议第0345号建议的答复",
        recipients=("省人大代表安西代表团",),
        ref=("人大", "省", 14, 2, "0345", "建议", "关于支持国有林场改革发展的建议", []),
        closing="特此答复。",
        signature=(("南岭省林业局",), "2024-06-06", "2024年6月6日"),
    )


def test_a_departments_answer_whose_number_line_gives_signer_and_drafter_with_a_category_row_above() -> None:
    doc = checked("""\
办理结果：B
南岭省住房和城乡建设厅
南建函〔2024〕133号　　签发人：韦某某　　拟稿人：黄某
关于省十四届人大二次会议第1122号建议的答复
蓝某某代表：
您提出的关于支持县城老旧小区改造的建议收悉。现答复如下：
我厅已将县城老旧小区改造纳入2025年改造计划，争取中央补助资金予以支持。
感谢您对住房和城乡建设工作的关心和支持。
南岭省住房和城乡建设厅
2024年6月29日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省住房和城乡建设厅",
        number=("南建函〔2024〕133号", "南建函", 2024, 133),
        signer="韦某某",
        metadata={"办理结果": "B"},
        category="B",
        title="关于省十四届人大二次会议第1122号建议的答复",
        recipients=("蓝某某代表",),
        ref=("人大", "省", 14, 2, "1122", "建议", "关于支持县城老旧小区改造的建议", []),
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("南岭省住房和城乡建设厅",), "2024-06-29", "2024年6月29日"),
    )


def test_a_provincial_bureaus_answer_to_three_members_of_a_sector_with_its_signer_on_the_right() -> None:
    doc = checked("""\
南岭省体育局
南体函〔2024〕42号　　　　　　　　签发人：农某某
关于省政协十三届二次会议第0678号提案的答复
吴某某、陆某某、秦某某委员：
你们提出的关于建设全民健身步道的提案收悉。现答复如下：
全省已建成健身步道2600公里，2024年计划新建健身步道300公里。
感谢你们对体育工作的关心和支持。
南岭省体育局
2024年7月16日
""")
    expect(
        doc,
        kind="reply",
        issuer="南岭省体育局",
        number=("南体函〔2024〕42号", "南体函", 2024, 42),
        signer="农某某",
        title="关于省政协十三届二次会议第0678号提案的答复",
        recipients=("吴某某、陆某某、秦某某委员",),
        ref=("政协", "省", 13, 2, "0678", "提案", "关于建设全民健身步道的提案", []),
        closing="感谢你们对体育工作的关心和支持。",
        signature=(("南岭省体育局",), "2024-07-16", "2024年7月16日"),
    )


# --- batch 4 (written before the parser ran on it): mailbox and message-board answers ---------------


def test_a_mayors_mailbox_page_whose_form_gives_the_letter_and_the_reply_in_labelled_rows() -> None:
    doc = checked("""\
信件标题：关于城南小学门口交通拥堵的问题
来信人：陈某
来信时间：2024-05-06
来信内容：每天上下学时段城南小学门口车辆乱停，交通拥堵严重，希望增派交警疏导。
回复单位：湖阳市公安局交通警察支队
回复时间：2024-05-09
回复内容：陈某您好！您反映的问题已收悉。我支队已在上下学时段安排警力在城南小学门口疏导交通，并施划临时停车泊位20个。感谢您对公安交通管理工作的支持！
""")
    expect(
        doc,
        kind="reply",
        letter=("来信", "关于城南小学门口交通拥堵的问题"),
        meta_has={
            "信件标题": "关于城南小学门口交通拥堵的问题",
            "来信人": "陈某",
            "来信时间": "2024-05-06",
            "回复单位": "湖阳市公安局交通警察支队",
            "回复时间": "2024-05-09",
        },
        body_has="我支队已在上下学时段安排警力",
        unplaced=False,
    )


def test_a_leaders_message_board_answer_whose_labels_stand_over_their_values() -> None:
    doc = checked("""\
留言标题：村里自来水水压不足
留言时间：2024-03-15 09:21
留言内容：
我是云岭县石门乡石门村村民，村里自来水水压一直不足，地势高的住户经常停水，希望尽快解决。
回复单位：云岭县水利局
回复时间：2024-03-22 16:40
回复内容：
网友您好：
您反映的问题收悉。经核实，石门村供水管网末端压力不足，我局已安排资金新建加压泵站1座，预计4月底前投入使用。
感谢您对水利工作的关心！
""")
    expect(
        doc,
        kind="reply",
        letter=("留言", "村里自来水水压不足"),
        meta_has={"留言标题": "村里自来水水压不足", "回复单位": "云岭县水利局"},
        body_has="我局已安排资金新建加压泵站1座",
        unplaced=False,
    )


def test_a_hotline_work_orders_answer_naming_its_handling_unit_under_the_title() -> None:
    doc = checked("""\
12345政务服务便民热线工单答复
工单编号：2024050612345
来电时间：2024年5月6日
诉求内容：反映湖滨区东湖路与西湖路交叉口信号灯故障，高峰期交通混乱。
承办单位：湖阳市公安局交通警察支队
答复时间：2024年5月8日
答复内容：经核查，该路口信号灯因线路老化发生故障，我支队已于5月7日完成维修，信号灯恢复正常运行。感谢您对交通管理工作的支持。
""")
    expect(
        doc,
        kind="reply",
        title="12345政务服务便民热线工单答复",
        ref=None,
        contact={"unit": "湖阳市公安局交通警察支队"},
        body_has="我支队已于5月7日完成维修",
    )


def test_a_message_boards_answer_signed_by_a_replying_department_and_a_slashed_date() -> None:
    doc = checked("""\
关于县城南门菜市场周边占道经营问题的回复
网友：
您好！您在县长信箱反映的县城南门菜市场周边占道经营问题收悉。经调查，现回复如下：
县城市管理局已组织执法人员对南门菜市场周边开展集中整治，清理占道摊点42处，并设置临时便民疏导点1处。
感谢您对城市管理工作的关心和支持！
回复部门：云岭县城市管理局
回复日期：2024/4/2
""")
    expect(
        doc,
        kind="reply",
        title="关于县城南门菜市场周边占道经营问题的回复",
        recipients=("网友",),
        ref=None,
        closing="感谢您对城市管理工作的关心和支持！",
        signature=(("云岭县城市管理局",), "2024-04-02", "2024/4/2"),
    )


def test_an_empty_message_forms_bare_labels_above_the_answer_are_no_content() -> None:
    doc = checked("""\
我要留言
留言标题
留言人
留言时间
留言内容
回复单位
回复时间
各位网友：
近日有网友留言咨询城区第二水厂何时供水。现答复如下：第二水厂已完成调试，将于2024年6月1日正式向城区供水。
特此回复。
湖阳市水务局
2024年5月20日
""")
    expect(
        doc,
        kind="reply",
        letter=None,
        recipients=("各位网友",),
        closing="特此回复。",
        signature=(("湖阳市水务局",), "2024-05-20", "2024年5月20日"),
        unplaced=False,
    )


def test_a_mailbox_answer_with_its_own_title_and_signature_under_the_letters_rows() -> None:
    doc = checked("""\
来信标题：老旧小区加装电梯补贴何时发放
来信时间：2024年4月10日
关于老旧小区加装电梯补贴发放问题的回复
市民朋友：
您好！您反映的问题收悉。现回复如下：
2023年度加装电梯补贴已完成审核，将于2024年5月底前拨付到各小区业主委员会账户。
感谢您对住房和城乡建设工作的理解和支持！
湖阳市住房和城乡建设局
2024年4月16日
""")
    expect(
        doc,
        kind="reply",
        title="关于老旧小区加装电梯补贴发放问题的回复",
        metadata={"来信标题": "老旧小区加装电梯补贴何时发放", "来信时间": "2024年4月10日"},
        letter=("来信", "老旧小区加装电梯补贴何时发放"),
        recipients=("市民朋友",),
        closing="感谢您对住房和城乡建设工作的理解和支持！",
        signature=(("湖阳市住房和城乡建设局",), "2024-04-16", "2024年4月16日"),
    )


def test_a_mailbox_answer_under_a_letter_subject_and_a_quoted_letter_signed_by_an_office_for_its_government() -> None:
    doc = checked("""\
信件主题：咨询新生儿医保参保办理
来信人：周某
来信内容：请问新生儿出生后多长时间内办理医保参保，需要带哪些材料？
周某您好：
您的来信收悉。新生儿自出生之日起3个月内参保缴费的，自出生之日起享受医保待遇。办理时携带新生儿户口簿或出生医学证明即可。
特此回复。
云岭县人民政府办公室（代章）
2024年3月8日
""")
    expect(
        doc,
        kind="reply",
        letter=("来信", "咨询新生儿医保参保办理"),
        meta_has={"信件主题": "咨询新生儿医保参保办理", "来信人": "周某"},
        closing="特此回复。",
        signature=(("云岭县人民政府办公室",), "2024-03-08", "2024年3月8日"),
    )


def test_a_message_boards_answer_under_a_subject_and_nickname_dated_in_a_short_form() -> None:
    doc = checked("""\
留言主题：希望增开城区至高铁站公交线路
网友昵称：湖阳小李
留言日期：2024-02-20
关于增开城区至高铁站公交线路的回复
网友您好：
您的留言收悉。我局已会同市公交集团开通城区至高铁站快线K8路，自2024年3月1日起运营。
感谢您对公共交通工作的关注！
湖阳市交通运输局
2024.3.5
""")
    expect(
        doc,
        kind="reply",
        title="关于增开城区至高铁站公交线路的回复",
        metadata={"留言主题": "希望增开城区至高铁站公交线路", "网友昵称": "湖阳小李", "留言日期": "2024-02-20"},
        letter=("留言", "希望增开城区至高铁站公交线路"),
        closing="感谢您对公共交通工作的关注！",
        signature=(("湖阳市交通运输局",), "2024-03-05", "2024.3.5"),
    )
