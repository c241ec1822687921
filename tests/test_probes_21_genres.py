"""Round-21 blind probes of the header and trailer variety across the genre: the other 公文 types as offices
write them, the GB/T 9704 版头 and 版记 around them, answers from the lowest levels and from mailboxes, and
genre20's leftovers. Header and trailer only (struct21 probes the structure this round).

Shapes varied this round (rounds 6–20 did not try them, or tried another form of them: round 14 had a 批复
citing its 请示, 公告/通告/通报/纪要; round 17 决议/决定 of a 人大常委会, 请示/报告 with 签发人, 议案, 函 of every
errand; round 18 forwarding notices and mailbox rows; round 19 the 版头's elements, 批复 quoting its 请示, 通报,
决定, 纪要 numbering; round 20 部委 and 省厅 answers and forms after the 落款):
- (see the batch headers below for each batch's list)

Every expected value was written by hand from the contract, the domain guide and the README's "Schema 1.x
adds" sections (1.8–1.11), and committed before the parser ran on the batch; every document also keeps the
span invariants, invents no character and raises no internal error.

First look (documents whole / checks), counted before any fix: (filled in after the run)
"""

from __future__ import annotations

from collections.abc import Callable

import govdoc
from tests.probing import PROBE_FIELDS, checked, codes


def _meta_has(doc: govdoc.Document, keys: dict[str, str]) -> dict[str, str | None]:
    return {k: doc.header.metadata.get(k) for k in keys}


# Fields this round reads beyond tests/probing.py's.
EXTRA: dict[str, Callable[[govdoc.Document], object]] = {
    "unplaced": lambda d: "content-unplaced" in codes(d),
    "serial": lambda d: None if d.header.serial is None else (d.header.serial.text, d.header.serial.number),
    "distribution": lambda d: d.header.distribution,
    "persons": lambda d: () if d.signature is None else tuple((p.post, p.name) for p in d.signature.persons),
    "signers": lambda d: tuple(d.header.signers),
    "restriction": lambda d: d.header.restriction,
    "printed": lambda d: None if d.imprint is None else (d.imprint.printed_by, d.imprint.printed_on),
    "cc": lambda d: None if d.imprint is None else d.imprint.cc,
    "attendance": lambda d: [(a.role, a.names) for a in d.header.attendance],
    "letter": lambda d: (
        None if d.header.responds_to is None else (d.header.responds_to.kind, d.header.responds_to.text)
    ),
    "proposers": lambda d: None if d.header.responds_to is None else tuple(d.header.responds_to.proposers),
}


def _in_body(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


def expect(
    doc: govdoc.Document,
    *,
    meta_has: dict[str, str] | None = None,
    meta_lacks: tuple[str, ...] = (),
    body_has: str | None = None,
    text_has: str | None = None,
    **want: object,
) -> None:
    """Compare every named field at once (tests/probing.py's and this round's), so one run shows all of a
    probe's misses. `meta_has`: these pairs stand in the metadata (others may too); `meta_lacks`: none of
    these keys does; `body_has`: this text stands inside a paragraph of the body (preamble or sections);
    `text_has`: it stands in `Document.text`."""
    fields = {**PROBE_FIELDS, **EXTRA}
    wrong: dict[str, object] = {k: {"got": fields[k](doc), "want": v} for k, v in want.items() if fields[k](doc) != v}
    if meta_has is not None and _meta_has(doc, meta_has) != meta_has:
        wrong["meta_has"] = {"got": _meta_has(doc, meta_has), "want": meta_has}
    if any(k in doc.header.metadata for k in meta_lacks):
        wrong["meta_lacks"] = {"got": dict(doc.header.metadata), "want_absent": meta_lacks}
    if body_has is not None and not any(body_has in t for t in _in_body(doc)):
        wrong["body_has"] = {"got": _in_body(doc), "want": body_has}
    if text_has is not None and text_has not in doc.text:
        wrong["text_has"] = text_has
    assert not wrong, wrong


# --- batch 1 (written before the parser ran on it): 批复 answering a 请示 ----------------------------------
# a city's 批复 to a county with 抄送 and a 印发 line, an office's 受权批复 (经市人民政府同意), a 批复 to two
# bureaus that asked together (主送 parted by 、), a 国资委's 批复 to a company, a title wrapped after the
# township's name, a 批复 deferring (暂缓) dated in ideographs, a 省厅's 批复 naming the 请示 in its title, a
# 批复 with an 附件 line above its 落款.


def test_a_citys_approval_of_a_countys_request_with_its_copy_and_printing_lines() -> None:
    doc = checked("""\
禾丰市人民政府关于同意设立云溪县工业集中区的批复
禾政复〔2024〕12号
云溪县人民政府：
你县《关于设立云溪县工业集中区的请示》（云政〔2024〕8号）收悉。经研究，同意设立云溪县工业集中区，规划面积5.6平方公里。请你县严格落实用地、环保等要求，依法依规推进建设。
此复。
禾丰市人民政府
2024年3月12日
抄送：市发展改革委，市自然资源和规划局，市生态环境局。
禾丰市人民政府办公室　　2024年3月13日印发
""")
    expect(
        doc,
        kind="approval",
        issuer="禾丰市人民政府",
        number=("禾政复〔2024〕12号", "禾政复", 2024, 12),
        title="禾丰市人民政府关于同意设立云溪县工业集中区的批复",
        recipients=("云溪县人民政府",),
        ref=None,
        closing="此复。",
        signature=(("禾丰市人民政府",), "2024-03-12", "2024年3月12日"),
        imprint=(("市发展改革委", "市自然资源和规划局", "市生态环境局"), "禾丰市人民政府办公室", "2024-03-13"),
        unplaced=False,
    )


def test_an_offices_approval_given_on_the_governments_authority() -> None:
    doc = checked("""\
禾丰市人民政府办公室
禾政办复〔2024〕5号
禾丰市人民政府办公室关于同意《禾丰市城区排水防涝专项规划（2024—2035年）》的批复
市住房和城乡建设局：
你局《关于审批〈禾丰市城区排水防涝专项规划（2024—2035年）〉的请示》收悉。经市人民政府同意，现批复如下：
一、原则同意《禾丰市城区排水防涝专项规划（2024—2035年）》。
二、你局要会同有关部门抓好规划实施。
特此批复。
禾丰市人民政府办公室
2024年4月2日
""")
    expect(
        doc,
        kind="approval",
        issuer="禾丰市人民政府办公室",
        number=("禾政办复〔2024〕5号", "禾政办复", 2024, 5),
        title="禾丰市人民政府办公室关于同意《禾丰市城区排水防涝专项规划（2024—2035年）》的批复",
        recipients=("市住房和城乡建设局",),
        closing="特此批复。",
        signature=(("禾丰市人民政府办公室",), "2024-04-02", "2024年4月2日"),
    )


def test_an_approval_answering_two_bureaus_that_asked_together() -> None:
    doc = checked("""\
云溪县人民政府
云政复〔2024〕21号
关于同意调整城区义务教育学校招生范围的批复
县教育局、县财政局：
你们《关于调整城区义务教育学校招生范围的请示》收悉。经县人民政府研究，同意你们提出的调整方案，自2024年秋季学期起执行。
特此批复。
云溪县人民政府
2024年5月20日
""")
    expect(
        doc,
        kind="approval",
        issuer="云溪县人民政府",
        number=("云政复〔2024〕21号", "云政复", 2024, 21),
        title="关于同意调整城区义务教育学校招生范围的批复",
        recipients=("县教育局", "县财政局"),
        closing="特此批复。",
        signature=(("云溪县人民政府",), "2024-05-20", "2024年5月20日"),
    )


def test_a_state_assets_commissions_approval_to_a_company_under_its_title() -> None:
    doc = checked("""\
禾丰市人民政府国有资产监督管理委员会关于同意禾丰城市投资集团有限公司发行公司债券的批复
禾国资复〔2024〕7号
禾丰城市投资集团有限公司：
你公司《关于申请发行公司债券的请示》（禾城投〔2024〕15号）收悉。经研究，同意你公司发行不超过10亿元公司债券，期限不超过5年。
请按规定做好信息披露工作。
特此批复。
禾丰市人民政府国有资产监督管理委员会
2024年6月7日
抄送：市财政局，市金融工作局。
""")
    expect(
        doc,
        kind="approval",
        issuer="禾丰市人民政府国有资产监督管理委员会",
        number=("禾国资复〔2024〕7号", "禾国资复", 2024, 7),
        title="禾丰市人民政府国有资产监督管理委员会关于同意禾丰城市投资集团有限公司发行公司债券的批复",
        recipients=("禾丰城市投资集团有限公司",),
        closing="特此批复。",
        signature=(("禾丰市人民政府国有资产监督管理委员会",), "2024-06-07", "2024年6月7日"),
        imprint=(("市财政局", "市金融工作局"), None, None),
    )


def test_an_approval_whose_title_wraps_right_after_the_townships_name() -> None:
    doc = checked("""\
云溪县人民政府关于同意松湾镇
松湾村等3个村合并调整的批复
云政复〔2024〕30号
松湾镇人民政府：
你镇《关于松湾村等3个村合并调整的请示》收悉。经研究，同意撤销松湾村、上湾村、下湾村，合并设立新的松湾村，村民委员会驻原松湾村村部。
特此批复。
云溪县人民政府
2024年7月1日
（此件公开发布）
""")
    expect(
        doc,
        kind="approval",
        issuer="云溪县人民政府",
        number=("云政复〔2024〕30号", "云政复", 2024, 30),
        title="云溪县人民政府关于同意松湾镇松湾村等3个村合并调整的批复",
        recipients=("松湾镇人民政府",),
        disclosure="主动公开",
        closing="特此批复。",
        signature=(("云溪县人民政府",), "2024-07-01", "2024年7月1日"),
    )


def test_an_approval_deferring_a_request_dated_in_ideographs() -> None:
    doc = checked("""\
禾丰市交通运输局
禾交复〔2024〕3号
关于暂缓调整城区出租汽车运价的批复
禾丰市出租汽车行业协会：
你会《关于调整城区出租汽车运价的请示》（禾出协〔2024〕2号）收悉。经研究，鉴于城区出租汽车运价成本监审工作尚未完成，调价事项暂缓办理。待成本监审完成后，我局将依法组织听证。
此复。
禾丰市交通运输局
二〇二四年五月八日
""")
    expect(
        doc,
        kind="approval",
        issuer="禾丰市交通运输局",
        number=("禾交复〔2024〕3号", "禾交复", 2024, 3),
        title="关于暂缓调整城区出租汽车运价的批复",
        recipients=("禾丰市出租汽车行业协会",),
        closing="此复。",
        signature=(("禾丰市交通运输局",), "2024-05-08", "二〇二四年五月八日"),
    )


def test_a_provincial_departments_approval_naming_the_request_in_its_title() -> None:
    doc = checked("""\
岭东省文化和旅游厅
岭文旅复〔2024〕19号
岭东省文化和旅游厅关于禾丰市文化广电旅游局申报省级全域旅游示范区请示的批复
禾丰市文化广电旅游局：
你局《关于申报省级全域旅游示范区的请示》收悉。经组织专家评审，同意将禾丰市列入省级全域旅游示范区创建单位名单。
特此批复。
岭东省文化和旅游厅
2024年8月16日
抄送：禾丰市人民政府。
""")
    expect(
        doc,
        kind="approval",
        issuer="岭东省文化和旅游厅",
        number=("岭文旅复〔2024〕19号", "岭文旅复", 2024, 19),
        title="岭东省文化和旅游厅关于禾丰市文化广电旅游局申报省级全域旅游示范区请示的批复",
        recipients=("禾丰市文化广电旅游局",),
        closing="特此批复。",
        signature=(("岭东省文化和旅游厅",), "2024-08-16", "2024年8月16日"),
        imprint=(("禾丰市人民政府",), None, None),
    )


def test_an_approval_listing_an_attachment_above_its_signature() -> None:
    doc = checked("""\
禾丰市民政局
禾民复〔2024〕11号
关于同意禾丰市养老服务协会等社会组织登记的批复
各有关社会组织：
你们报送的成立登记申请材料收悉。经审查，同意禾丰市养老服务协会等4家社会组织成立登记，具体名单见附件。
特此批复。
附件：同意成立登记的社会组织名单
禾丰市民政局
2024年9月3日
""")
    expect(
        doc,
        kind="approval",
        issuer="禾丰市民政局",
        number=("禾民复〔2024〕11号", "禾民复", 2024, 11),
        title="关于同意禾丰市养老服务协会等社会组织登记的批复",
        recipients=("各有关社会组织",),
        closing="特此批复。",
        attachments=("同意成立登记的社会组织名单",),
        signature=(("禾丰市民政局",), "2024-09-03", "2024年9月3日"),
    )
