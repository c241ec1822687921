"""Fourth round of probes, genre side: short but whole documents of the genres that share the
reply's skeleton (通知, 意见, 批复, 方案/规划, 函, 复函, 请示, 报告, 决定, 通报, 纪要, 通告, 议案 …) and of
the reply's own variants (协办意见, a 答复 to a deputy's 建议, a report on the handling of proposals,
a 答复 with an attached form), laid out the way offices lay them out. Every expected value was
written from the contract and the domain guide before the parser was run on any of them; every
document also keeps the span invariants, invents no character and raises no internal error."""

from __future__ import annotations

from collections.abc import Callable

import govdoc
from tests.invariants import check_invariants
from tests.probing import checked, tree


def _number(doc: govdoc.Document) -> tuple[str, str, int, int] | None:
    n = doc.header.doc_number
    return None if n is None else (n.text, n.agency_code, n.year, n.serial)


def _signature(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None, str | None] | None:
    s = doc.signature
    return None if s is None else (s.issuers, s.date, s.date_text)


def _contact(doc: govdoc.Document) -> dict[str, object]:
    c = doc.contact
    if c is None:
        return {}
    fields = {"name": c.name, "phones": c.phones, "address": c.address, "postcode": c.postcode}
    fields |= {"email": c.email, "unit": c.unit}
    return {k: v for k, v in fields.items() if v not in (None, ())}


def _imprint(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None, str | None] | None:
    i = doc.imprint
    return None if i is None else (i.cc, i.printed_by, i.printed_on)


def _proposal(doc: govdoc.Document) -> tuple[object, ...] | None:
    r = doc.header.responds_to
    return None if r is None else (r.body, r.level, r.term, r.session, r.number, r.kind, r.title)


FIELDS: dict[str, Callable[[govdoc.Document], object]] = {
    "kind": lambda d: d.kind,
    "issuer": lambda d: d.header.issuer,
    "number": _number,
    "title": lambda d: d.header.title,
    "recipients": lambda d: d.header.recipients,
    "signer": lambda d: d.header.signer,
    "metadata": lambda d: d.header.metadata,
    "disclosure": lambda d: d.header.disclosure,
    "proposal": _proposal,
    "preamble": lambda d: [p.text for p in d.preamble],
    "tree": tree,
    "closing": lambda d: None if d.closing is None else d.closing.text,
    "signature": _signature,
    "contact": _contact,
    "imprint": _imprint,
    "attachments": lambda d: d.attachments,
}


def expect(doc: govdoc.Document, **want: object) -> None:
    """Compare every named field at once, so one run shows all of a probe's misses."""
    wrong = {k: {"got": FIELDS[k](doc), "want": v} for k, v in want.items() if FIELDS[k](doc) != v}
    assert not wrong, wrong


# --- 通知 ------------------------------------------------------------------------------------------


def test_a_notice_with_letterhead_sections_attachments_contact_and_imprint() -> None:
    doc = checked(
        "某市人民政府办公室文件\n"
        "某政办发〔2024〕15号\n"
        "某市人民政府办公室关于开展2024年安全生产大检查的通知\n"
        "各区人民政府，市政府各委、办、局，各有关单位：\n"
        "为深入贯彻落实安全生产工作部署，经市政府同意，决定在全市开展安全生产大检查。现将有关事项通知如下：\n"
        "一、检查范围\n"
        "全市各类生产经营单位，重点是危险化学品、建筑施工、道路交通等行业领域。\n"
        "二、检查内容\n"
        "（一）安全生产责任制落实情况。\n"
        "（二）隐患排查治理情况。\n"
        "三、时间安排\n"
        "（一）自查阶段。5月10日前，各单位组织开展自查。\n"
        "（二）督查阶段。5月11日至6月30日，市安委办组织督查。\n"
        "四、工作要求\n"
        "各区、各部门要高度重视，于7月5日前将工作总结报送市应急管理局。\n"
        "联系人：刘某，联系电话：0731-88123456。\n"
        "附件：1．安全生产大检查重点内容\n"
        "2．自查情况汇总表\n"
        "某市人民政府办公室\n"
        "2024年4月28日\n"
        "（此件公开发布）\n"
        "抄送：市委办公室，市人大常委会办公室，市政协办公室。\n"
        "某市人民政府办公室                2024年4月28日印发\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某市人民政府办公室",
        number=("某政办发〔2024〕15号", "某政办发", 2024, 15),
        title="某市人民政府办公室关于开展2024年安全生产大检查的通知",
        recipients=("各区人民政府", "市政府各委、办、局", "各有关单位"),
        disclosure="主动公开",
        preamble=["为深入贯彻落实安全生产工作部署，经市政府同意，决定在全市开展安全生产大检查。现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "检查范围"),
            (1, "cn", "二、", "检查内容"),
            (2, "cn-paren", "（一）", "安全生产责任制落实情况"),
            (2, "cn-paren", "（二）", "隐患排查治理情况"),
            (1, "cn", "三、", "时间安排"),
            (2, "cn-paren", "（一）", "自查阶段"),
            (2, "cn-paren", "（二）", "督查阶段"),
            (1, "cn", "四、", "工作要求"),
        ],
        closing=None,
        signature=(("某市人民政府办公室",), "2024-04-28", "2024年4月28日"),
        contact={"name": "刘某", "phones": ("0731-88123456",)},
        imprint=(("市委办公室", "市人大常委会办公室", "市政协办公室"), "某市人民政府办公室", "2024-04-28"),
        attachments=("安全生产大检查重点内容", "自查情况汇总表"),
    )


def test_a_notice_without_a_title_is_a_notice_by_its_closing_formula() -> None:
    doc = checked(
        "各乡镇人民政府，县直各单位：\n"
        "根据县委、县政府工作安排，定于2024年9月12日上午9时在县政府三楼会议室召开全县秋冬季森林防火工作会议。请各单位主要负责同志准时参会。\n"
        "特此通知。\n"
        "某县人民政府办公室\n"
        "2024年9月9日\n"
    )
    expect(
        doc,
        kind="notice",
        title=None,
        issuer=None,
        recipients=("各乡镇人民政府", "县直各单位"),
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-09-09", "2024年9月9日"),
    )


def test_untitled_bodies_take_their_kind_from_the_closing_formula() -> None:
    for closing, kind in (("特此批复。", "approval"), ("特此通报。", "bulletin"), ("特此函复。", "reply")):
        doc = checked(
            "某镇人民政府：\n"
            "你镇报来的关于2024年度村级组织运转经费使用情况的材料收悉。经研究，意见如下：同意按规定列支。\n"
            f"{closing}\n"
            "某县财政局\n"
            "2024年3月1日\n"
        )
        expect(doc, kind=kind, title=None, closing=closing, recipients=("某镇人民政府",))


def test_a_notice_printing_a_plan_after_its_signature() -> None:
    doc = checked(
        "某市人民政府办公厅关于印发某市“十四五”养老服务体系规划的通知\n"
        "某政办发〔2021〕40号\n"
        "各区人民政府，市政府各部门：\n"
        "《某市“十四五”养老服务体系规划》已经市政府同意，现印发给你们，请认真组织实施。\n"
        "某市人民政府办公厅\n"
        "2021年11月8日\n"
        "某市“十四五”养老服务体系规划\n"
        "一、发展基础\n"
        "“十三五”时期，全市新增养老床位1.2万张。\n"
        "二、主要目标\n"
        "到2025年，全市养老服务体系更加完善。\n"
        "三、重点任务\n"
        "（一）完善居家社区养老服务网络。\n"
        "（二）提升机构养老服务质量。\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某市人民政府办公厅",
        number=("某政办发〔2021〕40号", "某政办发", 2021, 40),
        title="某市人民政府办公厅关于印发某市“十四五”养老服务体系规划的通知",
        recipients=("各区人民政府", "市政府各部门"),
        signature=(("某市人民政府办公厅",), "2021-11-08", "2021年11月8日"),
        tree=[
            (1, "cn", "一、", "发展基础"),
            (1, "cn", "二、", "主要目标"),
            (1, "cn", "三、", "重点任务"),
            (2, "cn-paren", "（一）", "完善居家社区养老服务网络"),
            (2, "cn-paren", "（二）", "提升机构养老服务质量"),
        ],
    )
    assert doc.preamble[0].text == "《某市“十四五”养老服务体系规划》已经市政府同意，现印发给你们，请认真组织实施。"


def test_a_notice_with_attachment_pages_after_the_signature() -> None:
    doc = checked(
        "某区教育局关于做好2024年秋季学期开学工作的通知\n"
        "各中小学校、幼儿园：\n"
        "为确保秋季学期平稳有序开学，现就有关工作通知如下：\n"
        "一、做好校园安全排查\n"
        "各校要在开学前全面排查校舍、消防、食堂等安全隐患。\n"
        "二、做好开学情况报送\n"
        "请各校于9月2日17时前将开学情况统计表报送局办公室。\n"
        "附件：1.开学工作检查清单\n"
        "2.开学情况统计表\n"
        "某区教育局\n"
        "2024年8月20日\n"
        "附件1\n"
        "开学工作检查清单\n"
        "一、校舍安全\n"
        "二、食品安全\n"
        "附件2\n"
        "开学情况统计表\n"
        "学校名称\t应到人数\t实到人数\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某区教育局",
        recipients=("各中小学校、幼儿园",),  # 校 and 园 are no organ suffixes: one addressee
        tree=[(1, "cn", "一、", "做好校园安全排查"), (1, "cn", "二、", "做好开学情况报送")],
        signature=(("某区教育局",), "2024-08-20", "2024年8月20日"),
        attachments=("开学工作检查清单", "开学情况统计表"),
    )


def test_a_meeting_notice_with_a_contact_note_after_the_date_in_chinese_numerals() -> None:
    doc = checked(
        "某县农业农村局\n"
        "关于召开全县高标准农田建设推进会的通知\n"
        "各乡镇人民政府：\n"
        "经研究，定于2024年10月16日召开全县高标准农田建设推进会。现将有关事项通知如下：\n"
        "一、会议时间：10月16日上午9:00。\n"
        "二、会议地点：县农业农村局四楼会议室。\n"
        "三、参会人员：各乡镇分管负责同志。\n"
        "请于10月14日前将参会回执报送我局。\n"
        "附件：参会回执\n"
        "某县农业农村局\n"
        "二〇二四年十月十日\n"
        "（联系人：周某，联系电话：0835-2261234）\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某县农业农村局",
        title="某县农业农村局关于召开全县高标准农田建设推进会的通知",
        recipients=("各乡镇人民政府",),
        tree=[(1, "cn", "一、", "会议时间"), (1, "cn", "二、", "会议地点"), (1, "cn", "三、", "参会人员")],
        attachments=("参会回执",),
        signature=(("某县农业农村局",), "2024-10-10", "二〇二四年十月十日"),
        contact={"name": "周某", "phones": ("0835-2261234",)},
    )


# --- 意见 ------------------------------------------------------------------------------------------


def test_an_implementing_opinion_with_three_levels() -> None:
    doc = checked(
        "某政发〔2024〕8号\n"
        "某省人民政府关于加快发展银发经济的实施意见\n"
        "各市、县人民政府，省政府各部门：\n"
        "为积极应对人口老龄化，培育经济发展新动能，结合我省实际，提出如下实施意见。\n"
        "一、总体要求\n"
        "以满足老年人多样化需求为导向，到2027年，银发经济规模显著扩大。\n"
        "二、重点任务\n"
        "（一）扩大老年助餐服务。推进社区老年食堂建设，2025年底前实现城市社区全覆盖。\n"
        "（二）发展居家养老服务。鼓励物业企业开展居家养老服务。\n"
        "（三）培育银发产业集群。\n"
        "1．发展康复辅助器具产业。支持企业研发智能康复设备。\n"
        "2．发展老年用品产业。\n"
        "三、保障措施\n"
        "各地各部门要加强组织领导，细化工作措施，确保各项任务落到实处。\n"
        "某省人民政府\n"
        "2024年7月2日\n"
        "（此件公开发布）\n"
    )
    expect(
        doc,
        kind="opinion",
        issuer="某省人民政府",
        number=("某政发〔2024〕8号", "某政发", 2024, 8),
        title="某省人民政府关于加快发展银发经济的实施意见",
        recipients=("各市、县人民政府", "省政府各部门"),
        disclosure="主动公开",
        preamble=["为积极应对人口老龄化，培育经济发展新动能，结合我省实际，提出如下实施意见。"],
        tree=[
            (1, "cn", "一、", "总体要求"),
            (1, "cn", "二、", "重点任务"),
            (2, "cn-paren", "（一）", "扩大老年助餐服务"),
            (2, "cn-paren", "（二）", "发展居家养老服务"),
            (2, "cn-paren", "（三）", "培育银发产业集群"),
            (3, "num", "1．", "发展康复辅助器具产业"),
            (3, "num", "2．", "发展老年用品产业"),
            (1, "cn", "三、", "保障措施"),
        ],
        closing=None,
        signature=(("某省人民政府",), "2024-07-02", "2024年7月2日"),
    )


def test_a_guiding_opinion_of_a_department_with_colon_run_in_titles() -> None:
    doc = checked(
        "某市住房和城乡建设局关于进一步加强住宅小区物业管理的指导意见\n"
        "各区住房和城乡建设局，各物业服务企业：\n"
        "为提升住宅小区物业管理水平，现提出以下意见：\n"
        "一、明确管理责任：各区住建部门是辖区物业管理的监管主体，街道办事处负责指导业主委员会工作。\n"
        "二、规范服务行为：物业服务企业应当在小区显著位置公示服务内容和收费标准。\n"
        "三、强化监督考核：市住建局每年组织一次物业服务质量考评，考评结果向社会公布。\n"
        "某市住房和城乡建设局\n"
        "2024年3月12日\n"
    )
    expect(
        doc,
        kind="opinion",
        issuer="某市住房和城乡建设局",
        recipients=("各区住房和城乡建设局", "各物业服务企业"),
        tree=[(1, "cn", "一、", "明确管理责任"), (1, "cn", "二、", "规范服务行为"), (1, "cn", "三、", "强化监督考核")],
        signature=(("某市住房和城乡建设局",), "2024-03-12", "2024年3月12日"),
    )


# --- 批复 ------------------------------------------------------------------------------------------


def test_an_approval_whose_organ_line_stands_over_the_title_and_cites_the_request_number() -> None:
    doc = checked(
        "某市人民政府\n"
        "关于同意设立某某省级森林公园的批复\n"
        "某政复〔2024〕21号\n"
        "市林业局：\n"
        "你局《关于申请设立某某省级森林公园的请示》（某林呈〔2024〕3号）收悉。经研究，批复如下：\n"
        "一、同意设立某某省级森林公园。公园总面积1260公顷，范围以你局报送的规划图为准。\n"
        "二、你局要会同属地政府抓紧编制森林公园总体规划，严格保护森林资源和生物多样性，规范开展森林旅游活动。\n"
        "三、森林公园建设和管理所需经费由你局会同属地政府统筹解决，市财政给予适当补助。\n"
        "此复。\n"
        "某市人民政府\n"
        "2024年3月18日\n"
    )
    expect(
        doc,
        kind="approval",
        issuer="某市人民政府",
        number=("某政复〔2024〕21号", "某政复", 2024, 21),
        title="某市人民政府关于同意设立某某省级森林公园的批复",
        recipients=("市林业局",),
        preamble=["你局《关于申请设立某某省级森林公园的请示》（某林呈〔2024〕3号）收悉。经研究，批复如下："],
        tree=[(1, "cn", "一、", "同意设立某某省级森林公园"), (1, "cn", "二、", None), (1, "cn", "三、", None)],
        closing="此复。",
        signature=(("某市人民政府",), "2024-03-18", "2024年3月18日"),
        proposal=None,
    )


def test_an_approval_without_sections_closing_with_te_ci_pi_fu() -> None:
    doc = checked(
        "某区人民政府文件\n"
        "某府复〔2024〕7号\n"
        "某区人民政府关于某街道2024年度老旧小区改造实施方案的批复\n"
        "某街道办事处：\n"
        "你街道《关于报请审批2024年度老旧小区改造实施方案的请示》（某街办〔2024〕12号）收悉。经区政府研究，现批复如下：\n"
        "原则同意《某街道2024年度老旧小区改造实施方案》，请你街道认真组织实施，确保工程质量和安全。\n"
        "特此批复。\n"
        "某区人民政府\n"
        "2024年5月9日\n"
    )
    expect(
        doc,
        kind="approval",
        issuer="某区人民政府",
        number=("某府复〔2024〕7号", "某府复", 2024, 7),
        title="某区人民政府关于某街道2024年度老旧小区改造实施方案的批复",
        recipients=("某街道办事处",),
        preamble=[
            "你街道《关于报请审批2024年度老旧小区改造实施方案的请示》（某街办〔2024〕12号）收悉。经区政府研究，现批复如下：",
            "原则同意《某街道2024年度老旧小区改造实施方案》，请你街道认真组织实施，确保工程质量和安全。",
        ],
        tree=[],
        closing="特此批复。",
        signature=(("某区人民政府",), "2024-05-09", "2024年5月9日"),
    )


# --- 方案 / 规划 / 计划 --------------------------------------------------------------------------------


def test_a_standalone_work_plan_without_signature() -> None:
    doc = checked(
        "某县乡村振兴示范村创建工作方案\n"
        "为全面推进乡村振兴，打造一批示范村，制定本方案。\n"
        "一、总体要求\n"
        "（一）指导思想\n"
        "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实中央农村工作会议精神。\n"
        "（二）工作目标\n"
        "到2025年底，全县建成乡村振兴示范村20个。\n"
        "二、主要任务\n"
        "（一）推进产业发展。每个示范村培育1个以上主导产业。\n"
        "（二）改善人居环境。\n"
        "1. 实施农村厕所改造。\n"
        "2. 开展村庄清洁行动。\n"
        "三、实施步骤\n"
        "（一）启动阶段（2024年3月至4月）\n"
        "（二）实施阶段（2024年5月至2025年10月）\n"
        "（三）验收阶段（2025年11月至12月）\n"
        "四、保障措施\n"
        "县乡村振兴局负责统筹协调，各乡镇要落实属地责任。\n"
    )
    expect(
        doc,
        kind="plan",
        title="某县乡村振兴示范村创建工作方案",
        issuer=None,
        number=None,
        recipients=(),
        preamble=["为全面推进乡村振兴，打造一批示范村，制定本方案。"],
        tree=[
            (1, "cn", "一、", "总体要求"),
            (2, "cn-paren", "（一）", "指导思想"),
            (2, "cn-paren", "（二）", "工作目标"),
            (1, "cn", "二、", "主要任务"),
            (2, "cn-paren", "（一）", "推进产业发展"),
            (2, "cn-paren", "（二）", "改善人居环境"),
            (3, "num", "1.", "实施农村厕所改造"),
            (3, "num", "2.", "开展村庄清洁行动"),
            (1, "cn", "三、", "实施步骤"),
            (2, "cn-paren", "（一）", "启动阶段（2024年3月至4月）"),
            (2, "cn-paren", "（二）", "实施阶段（2024年5月至2025年10月）"),
            (2, "cn-paren", "（三）", "验收阶段（2025年11月至12月）"),
            (1, "cn", "四、", "保障措施"),
        ],
        closing=None,
        signature=None,
        imprint=None,
    )


def test_a_plan_signed_by_a_leading_group_office() -> None:
    doc = checked(
        "某区2024年创建全国文明城区工作计划\n"
        "为巩固提升创建成果，制定本计划。\n"
        "一、工作目标\n"
        "确保在年度测评中位列全省前三。\n"
        "二、重点工作\n"
        "（一）整治背街小巷环境。\n"
        "（二）规范农贸市场秩序。\n"
        "某区创建全国文明城区工作领导小组办公室\n"
        "2024年2月26日\n"
    )
    expect(
        doc,
        kind="plan",
        title="某区2024年创建全国文明城区工作计划",
        tree=[
            (1, "cn", "一、", "工作目标"),
            (1, "cn", "二、", "重点工作"),
            (2, "cn-paren", "（一）", "整治背街小巷环境"),
            (2, "cn-paren", "（二）", "规范农贸市场秩序"),
        ],
        signature=(("某区创建全国文明城区工作领导小组办公室",), "2024-02-26", "2024年2月26日"),
    )


# --- 函 / 复函 --------------------------------------------------------------------------------------


def test_a_letter_asking_for_material_ends_with_its_closing_formula() -> None:
    doc = checked(
        "某市财政局\n"
        "关于商请提供2023年度专项资金绩效评价材料的函\n"
        "某财函〔2024〕36号\n"
        "市教育局、市卫生健康委员会：\n"
        "根据市政府工作安排，我局正在开展2023年度市级专项资金绩效评价工作。为确保评价结果客观准确，请你单位于6月20日前提供以下材料：\n"
        "一、专项资金使用情况报告\n"
        "二、项目绩效自评表\n"
        "三、相关佐证材料\n"
        "请予支持为盼。\n"
        "联系人：赵某  联系电话：0571-87054321\n"
        "某市财政局\n"
        "2024年6月5日\n"
    )
    expect(
        doc,
        kind="letter",
        issuer="某市财政局",
        number=("某财函〔2024〕36号", "某财函", 2024, 36),
        title="某市财政局关于商请提供2023年度专项资金绩效评价材料的函",
        recipients=("市教育局", "市卫生健康委员会"),
        tree=[
            (1, "cn", "一、", "专项资金使用情况报告"),
            (1, "cn", "二、", "项目绩效自评表"),
            (1, "cn", "三、", "相关佐证材料"),
        ],
        closing="请予支持为盼。",
        contact={"name": "赵某", "phones": ("0571-87054321",)},
        signature=(("某市财政局",), "2024-06-05", "2024年6月5日"),
    )
    assert doc.iter_sections()[-1].paragraphs == ()


def test_a_letter_seeking_comments_is_a_letter_though_it_names_opinions() -> None:
    doc = checked(
        "某市司法局关于征求《某市养犬管理条例（草案征求意见稿）》意见的函\n"
        "市公安局，市城市管理局，各区人民政府：\n"
        "为做好立法工作，现将《某市养犬管理条例（草案征求意见稿）》送上，请研究提出修改意见，并于8月30日前书面反馈我局。逾期未反馈的，视为无意见。\n"
        "特此函告。\n"
        "某市司法局\n"
        "2024年8月16日\n"
    )
    expect(
        doc,
        kind="letter",
        issuer="某市司法局",
        recipients=("市公安局", "市城市管理局", "各区人民政府"),
        closing="特此函告。",
        signature=(("某市司法局",), "2024-08-16", "2024年8月16日"),
        proposal=None,
    )


def test_a_reply_letter_between_organs_is_a_reply_without_a_proposal() -> None:
    doc = checked(
        "某省自然资源厅\n"
        "关于某市国土空间总体规划有关问题的复函\n"
        "某自然资函〔2024〕118号\n"
        "某市人民政府：\n"
        "你市《关于某市国土空间总体规划有关问题的函》（某政函〔2024〕45号）收悉。经研究，现函复如下：\n"
        "一、关于城镇开发边界调整。你市提出的调整方案符合有关规定，原则同意。\n"
        "二、关于耕地保护目标。请你市严格落实耕地保护任务，不得擅自调减。\n"
        "特此函复。\n"
        "某省自然资源厅\n"
        "2024年8月12日\n"
    )
    expect(
        doc,
        kind="reply",
        issuer="某省自然资源厅",
        number=("某自然资函〔2024〕118号", "某自然资函", 2024, 118),
        title="某省自然资源厅关于某市国土空间总体规划有关问题的复函",
        recipients=("某市人民政府",),
        tree=[(1, "cn", "一、", "关于城镇开发边界调整"), (1, "cn", "二、", "关于耕地保护目标")],
        closing="特此函复。",
        signature=(("某省自然资源厅",), "2024-08-12", "2024年8月12日"),
        proposal=None,
    )


# --- 请示 / 报告 ------------------------------------------------------------------------------------


def test_a_request_with_signer_attachment_and_contact_note() -> None:
    doc = checked(
        "某区教育局文件\n"
        "某教发〔2024〕9号                签发人：王某某\n"
        "某区教育局关于申请追加学校校舍维修经费的请示\n"
        "区人民政府：\n"
        "今年汛期以来，我区部分中小学校舍出现不同程度的渗漏和墙体开裂，存在安全隐患。经排查，需维修校舍12处，预计所需经费380万元，年初预算已无法保障。为确保师生安全，特申请追加校舍维修经费380万元。\n"
        "妥否，请批示。\n"
        "附件：校舍维修项目及经费测算表\n"
        "某区教育局\n"
        "2024年7月15日\n"
        "（联系人：孙某；联系电话：13912345678）\n"
    )
    expect(
        doc,
        kind="request",
        issuer="某区教育局",
        number=("某教发〔2024〕9号", "某教发", 2024, 9),
        signer="王某某",
        title="某区教育局关于申请追加学校校舍维修经费的请示",
        recipients=("区人民政府",),
        tree=[],
        closing="妥否，请批示。",
        attachments=("校舍维修项目及经费测算表",),
        signature=(("某区教育局",), "2024-07-15", "2024年7月15日"),
        contact={"name": "孙某", "phones": ("13912345678",)},
    )


def test_requests_close_with_their_other_formulas() -> None:
    for words in ("当否，请批复。", "以上请示，请予审批。", "以上请示如无不妥，请予批准。"):
        doc = checked(
            "某镇人民政府关于调整镇区公交站点的请示\n"
            "县交通运输局：\n"
            "因镇区道路改造，原镇中心站需迁移至新建广场东侧，特此请示。\n"
            f"{words}\n"
            "某镇人民政府\n"
            "2024年4月3日\n"
        )
        expect(doc, kind="request", closing=words, signature=(("某镇人民政府",), "2024-04-03", "2024年4月3日"))


def test_a_report_with_a_plan_part_and_its_closing() -> None:
    doc = checked(
        "某县人民政府关于2023年度法治政府建设情况的报告\n"
        "某政报〔2024〕2号\n"
        "市人民政府：\n"
        "2023年，我县深入贯彻落实法治政府建设实施纲要，各项工作取得积极成效。现将有关情况报告如下：\n"
        "一、主要工作及成效\n"
        "（一）健全依法决策机制。全年审查县政府重大行政决策事项15件。\n"
        "（二）严格规范执法行为。\n"
        "二、存在的问题\n"
        "行政执法队伍专业化水平有待提高。\n"
        "三、2024年工作打算\n"
        "下一步，我县将持续深化法治政府建设，推动各项工作再上新台阶。\n"
        "特此报告。\n"
        "某县人民政府\n"
        "2024年1月26日\n"
    )
    expect(
        doc,
        kind="report",
        issuer="某县人民政府",
        number=("某政报〔2024〕2号", "某政报", 2024, 2),
        title="某县人民政府关于2023年度法治政府建设情况的报告",
        recipients=("市人民政府",),
        tree=[
            (1, "cn", "一、", "主要工作及成效"),
            (2, "cn-paren", "（一）", "健全依法决策机制"),
            (2, "cn-paren", "（二）", "严格规范执法行为"),
            (1, "cn", "二、", "存在的问题"),
            (1, "cn", "三、", "2024年工作打算"),
        ],
        closing="特此报告。",
        signature=(("某县人民政府",), "2024-01-26", "2024年1月26日"),
    )
    last = doc.iter_sections()[-1]
    assert [(p.text, p.phase) for p in last.paragraphs] == [
        ("下一步，我县将持续深化法治政府建设，推动各项工作再上新台阶。", "plan")
    ]


def test_a_report_read_to_a_standing_committee_has_no_signature_and_no_proposal() -> None:
    doc = checked(
        "关于某市2023年度国有资产管理情况的综合报告\n"
        "——2024年6月25日在某市第十六届人民代表大会常务委员会第十八次会议上\n"
        "某市财政局局长  王某某\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "我受市人民政府委托，向市人大常委会报告2023年度全市国有资产管理情况，请予审议。\n"
        "一、国有资产总体情况\n"
        "截至2023年底，全市国有企业资产总额1.8万亿元。\n"
        "二、下一步工作\n"
        "我们将进一步健全国有资产管理情况报告制度。\n"
    )
    expect(
        doc,
        kind="report",
        title="关于某市2023年度国有资产管理情况的综合报告",
        recipients=("主任、各位副主任、秘书长、各位委员",),
        tree=[(1, "cn", "一、", "国有资产总体情况"), (1, "cn", "二、", "下一步工作")],
        signature=None,
        proposal=None,
    )


# --- 决定 / 通报 / 纪要 / 通告 / 决议 / 议案 -----------------------------------------------------------------


def test_a_decision_to_commend_with_its_name_list_attached() -> None:
    doc = checked(
        "某市人民政府关于表彰2023年度全市安全生产先进集体和先进个人的决定\n"
        "某政发〔2024〕3号\n"
        "各区人民政府，市政府各部门：\n"
        "2023年，全市各级各部门认真落实安全生产责任，全市安全生产形势持续稳定。为表彰先进，市政府决定，授予市应急管理局等10个单位“安全生产先进集体”称号，授予张某某等20名同志“安全生产先进个人”称号。\n"
        "希望受表彰的集体和个人珍惜荣誉，再接再厉。\n"
        "附件：2023年度全市安全生产先进集体和先进个人名单\n"
        "某市人民政府\n"
        "2024年2月6日\n"
    )
    expect(
        doc,
        kind="decision",
        issuer="某市人民政府",
        number=("某政发〔2024〕3号", "某政发", 2024, 3),
        recipients=("各区人民政府", "市政府各部门"),
        tree=[],
        closing=None,
        attachments=("2023年度全市安全生产先进集体和先进个人名单",),
        signature=(("某市人民政府",), "2024-02-06", "2024年2月6日"),
    )
    assert [p.text for p in doc.preamble][-1] == "希望受表彰的集体和个人珍惜荣誉，再接再厉。"


def test_a_bulletin_of_an_inspection() -> None:
    doc = checked(
        "某省教育厅办公室\n"
        "关于2024年上半年全省教育系统网站抽查情况的通报\n"
        "某教办函〔2024〕52号\n"
        "各市（州）教育局，厅直属各单位：\n"
        "为加强政府网站管理，我厅于6月对全省教育系统网站进行了抽查。现将有关情况通报如下：\n"
        "一、总体情况\n"
        "本次共抽查网站86个，合格率为95.3%。\n"
        "二、存在问题\n"
        "部分网站信息更新不及时，个别网站存在错别字。\n"
        "三、整改要求\n"
        "各单位要对照问题清单，于7月31日前完成整改。\n"
        "特此通报。\n"
        "某省教育厅办公室\n"
        "2024年7月3日\n"
    )
    expect(
        doc,
        kind="bulletin",
        issuer="某省教育厅办公室",
        number=("某教办函〔2024〕52号", "某教办函", 2024, 52),
        title="某省教育厅办公室关于2024年上半年全省教育系统网站抽查情况的通报",
        recipients=("各市（州）教育局", "厅直属各单位"),
        tree=[(1, "cn", "一、", "总体情况"), (1, "cn", "二、", "存在问题"), (1, "cn", "三、", "整改要求")],
        closing="特此通报。",
        signature=(("某省教育厅办公室",), "2024-07-03", "2024年7月3日"),
    )


def test_meeting_minutes_with_attendance_and_imprint() -> None:
    doc = checked(
        "某区城市更新工作推进会会议纪要\n"
        "5月17日，副区长李某主持召开城市更新工作推进会，听取各街道城市更新工作进展情况汇报，研究部署下一阶段工作。纪要如下：\n"
        "一、会议听取了各街道工作进展情况汇报\n"
        "二、会议研究确定的事项\n"
        "（一）关于征收补偿方案。会议原则同意区住建局提出的征收补偿方案。\n"
        "（二）关于资金保障。由区财政局牵头落实。\n"
        "出席：李某、王某、张某\n"
        "列席：区住建局、区财政局、各街道办事处负责同志\n"
        "抄送：区委办公室，区人大常委会办公室。\n"
        "某区人民政府办公室                2024年5月20日印发\n"
    )
    expect(
        doc,
        kind="minutes",
        title="某区城市更新工作推进会会议纪要",
        tree=[
            (1, "cn", "一、", "会议听取了各街道工作进展情况汇报"),
            (1, "cn", "二、", "会议研究确定的事项"),
            (2, "cn-paren", "（一）", "关于征收补偿方案"),
            (2, "cn-paren", "（二）", "关于资金保障"),
        ],
        signature=None,
        imprint=(("区委办公室", "区人大常委会办公室"), "某区人民政府办公室", "2024-05-20"),
    )


def test_a_public_notice_of_traffic_control() -> None:
    doc = checked(
        "某市公安局交通警察支队\n"
        "关于2024年中考期间部分路段实施临时交通管制的通告\n"
        "为保障2024年中考顺利进行，根据《中华人民共和国道路交通安全法》有关规定，决定对部分路段实施临时交通管制。现将有关事项通告如下：\n"
        "一、管制时间：2024年6月15日至17日，每日7时至18时。\n"
        "二、管制路段：各考点周边200米范围内道路。\n"
        "三、管制期间，除执行任务的警车、消防车、救护车、工程救险车外，其他机动车禁止鸣喇叭。\n"
        "特此通告。\n"
        "某市公安局交通警察支队\n"
        "2024年6月10日\n"
    )
    expect(
        doc,
        kind="announcement",
        issuer="某市公安局交通警察支队",
        title="某市公安局交通警察支队关于2024年中考期间部分路段实施临时交通管制的通告",
        recipients=(),
        tree=[(1, "cn", "一、", "管制时间"), (1, "cn", "二、", "管制路段"), (1, "cn", "三、", None)],
        closing="特此通告。",
        signature=(("某市公安局交通警察支队",), "2024-06-10", "2024年6月10日"),
    )


def test_a_resolution_of_a_congress_names_no_proposal_and_has_no_signature() -> None:
    doc = checked(
        "某市第十六届人民代表大会第三次会议关于某市人民政府工作报告的决议\n"
        "（2024年1月20日某市第十六届人民代表大会第三次会议通过）\n"
        "某市第十六届人民代表大会第三次会议听取和审议了市长张某某所作的政府工作报告。会议充分肯定市人民政府过去一年的工作，同意报告提出的2024年工作目标和主要任务，决定批准这个报告。\n"
    )
    expect(
        doc,
        kind="resolution",
        title="某市第十六届人民代表大会第三次会议关于某市人民政府工作报告的决议",
        tree=[],
        signature=None,
        proposal=None,
    )


def test_a_government_motion_to_the_standing_committee() -> None:
    doc = checked(
        "某市人民政府\n"
        "关于提请审议《某市养犬管理条例（草案）》的议案\n"
        "某府议〔2024〕5号\n"
        "市人民代表大会常务委员会：\n"
        "为规范养犬行为，维护公共秩序，市政府起草了《某市养犬管理条例（草案）》，已经市政府第32次常务会议讨论通过，现提请审议。\n"
        "请审议。\n"
        "某市人民政府\n"
        "2024年8月1日\n"
    )
    expect(
        doc,
        kind="motion",
        issuer="某市人民政府",
        title="某市人民政府关于提请审议《某市养犬管理条例（草案）》的议案",
        recipients=("市人民代表大会常务委员会",),
        closing="请审议。",
        signature=(("某市人民政府",), "2024-08-01", "2024年8月1日"),
        proposal=None,
    )


def test_several_measures_and_work_points_are_other_kinds() -> None:
    for title, kind in (
        ("某市关于支持民营经济高质量发展的若干措施", "other"),
        ("某区2024年政务公开工作要点", "other"),
        ("某县农村宅基地管理实施细则", "measures"),
    ):
        doc = checked(f"{title}\n一、总体要求\n坚持稳中求进工作总基调。\n二、主要内容\n各部门按职责分工抓好落实。\n")
        expect(doc, kind=kind, title=title, tree=[(1, "cn", "一、", "总体要求"), (1, "cn", "二、", "主要内容")])


# --- reply variants --------------------------------------------------------------------------------


def test_a_co_handling_opinion_to_the_lead_unit() -> None:
    doc = checked(
        "关于区政协十五届三次会议第0235号提案的协办意见\n"
        "区教育局：\n"
        "由你局主办的区政协十五届三次会议第0235号《关于加强中小学生心理健康教育的提案》收悉。我委作为协办单位，经认真研究，提出如下协办意见：\n"
        "一、将学生心理健康服务纳入基本公共卫生服务项目，由各社区卫生服务中心提供心理咨询服务。\n"
        "二、支持区精神卫生中心与中小学校建立心理危机转介绿色通道，定期开展教师心理健康培训。\n"
        "以上意见，供你局参考。\n"
        "某区卫生健康委员会\n"
        "2024年4月2日\n"
        "（联系人：钱某，电话：021-62001234）\n"
    )
    expect(
        doc,
        kind="reply",
        title="关于区政协十五届三次会议第0235号提案的协办意见",
        recipients=("区教育局",),
        proposal=("政协", "区", 15, 3, "0235", "提案", "关于加强中小学生心理健康教育的提案"),
        tree=[(1, "cn", "一、", None), (1, "cn", "二、", None)],
        closing="以上意见，供你局参考。",
        signature=(("某区卫生健康委员会",), "2024-04-02", "2024年4月2日"),
        contact={"name": "钱某", "phones": ("021-62001234",)},
    )


def test_a_reply_to_a_deputy_named_with_his_delegation() -> None:
    doc = checked(
        "某市交通运输局\n"
        "关于市十七届人大三次会议第128号建议的答复\n"
        "某交建复〔2024〕12号\n"
        "城东代表团王某某代表：\n"
        "您在市十七届人大三次会议上提出的《关于优化城区公交线网的建议》收悉。现答复如下：\n"
        "一、线网优化进展\n"
        "今年已新开公交线路5条，优化调整线路12条。\n"
        "二、下一步工作\n"
        "我局将结合地铁3号线开通，同步优化接驳公交。\n"
        "感谢您对交通运输工作的关心和支持。\n"
        "某市交通运输局\n"
        "2024年6月18日\n"
    )
    expect(
        doc,
        kind="reply",
        issuer="某市交通运输局",
        number=("某交建复〔2024〕12号", "某交建复", 2024, 12),
        title="某市交通运输局关于市十七届人大三次会议第128号建议的答复",
        recipients=("城东代表团王某某代表",),
        proposal=("人大", "市", 17, 3, "128", "建议", "关于优化城区公交线网的建议"),
        tree=[(1, "cn", "一、", "线网优化进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("某市交通运输局",), "2024-06-18", "2024年6月18日"),
    )


def test_a_report_on_the_handling_of_proposals_is_a_report() -> None:
    doc = checked(
        "某区民政局关于区政协十五届三次会议提案办理情况的报告\n"
        "区政协提案委员会：\n"
        "2024年，我局共承办区政协十五届三次会议提案18件，其中主办12件、协办6件，已全部按时办结。现将办理情况报告如下：\n"
        "一、加强组织领导\n"
        "局党组专题研究部署提案办理工作。\n"
        "二、强化沟通协商\n"
        "在办理过程中，坚持面商率100%。\n"
        "特此报告。\n"
        "某区民政局\n"
        "2024年10月15日\n"
    )
    expect(
        doc,
        kind="report",
        issuer="某区民政局",
        title="某区民政局关于区政协十五届三次会议提案办理情况的报告",
        recipients=("区政协提案委员会",),
        tree=[(1, "cn", "一、", "加强组织领导"), (1, "cn", "二、", "强化沟通协商")],
        closing="特此报告。",
        signature=(("某区民政局",), "2024-10-15", "2024年10月15日"),
    )


def test_a_reply_with_an_attached_feedback_form_after_the_signature() -> None:
    doc = checked(
        "某市市场监督管理局\n"
        "关于市政协十三届二次会议第20240156号提案的答复\n"
        "某市监提复〔2024〕6号\n"
        "张某某委员：\n"
        "您提出的《关于加强校园周边食品安全监管的提案》收悉。经认真研究，现答复如下：\n"
        "一、开展专项整治\n"
        "今年以来，我局联合教育部门开展校园周边食品安全专项整治，检查食品经营户1320户次。\n"
        "二、下一步工作\n"
        "我局将建立校园周边食品安全长效监管机制。\n"
        "再次感谢您对市场监管工作的关心和支持。\n"
        "附件：提案办理情况征询意见表\n"
        "某市市场监督管理局\n"
        "2024年6月28日\n"
        "附件\n"
        "提案办理情况征询意见表\n"
        "一、办理态度：满意□  基本满意□  不满意□\n"
        "二、办理结果：满意□  基本满意□  不满意□\n"
        "抄送：市政协提案委员会，市政府督查室。\n"
    )
    expect(
        doc,
        kind="reply",
        issuer="某市市场监督管理局",
        number=("某市监提复〔2024〕6号", "某市监提复", 2024, 6),
        recipients=("张某某委员",),
        proposal=("政协", "市", 13, 2, "20240156", "提案", "关于加强校园周边食品安全监管的提案"),
        tree=[(1, "cn", "一、", "开展专项整治"), (1, "cn", "二、", "下一步工作")],
        closing="再次感谢您对市场监管工作的关心和支持。",
        attachments=("提案办理情况征询意见表",),
        signature=(("某市市场监督管理局",), "2024-06-28", "2024年6月28日"),
        imprint=(("市政协提案委员会", "市政府督查室"), None, None),
    )


def test_reply_titles_of_the_joint_and_opinion_forms_are_replies() -> None:
    for title in (
        "关于市人大十六届四次会议第0089号建议的会办意见的函",
        "关于区人大代表第2024009号建议的答复意见",
        "对区政协十届二次会议第57号提案的答复的函",
        "关于市人大代表李某某所提第45号建议的复函",
    ):
        doc = checked(
            f"{title}\n"
            "某某同志：\n"
            "您提出的建议收悉，现答复如下：我单位已将有关事项纳入年度工作计划。\n"
            "特此答复。\n"
            "某区城市管理局\n"
            "2024年5月30日\n"
        )
        expect(doc, kind="reply", title=title, closing="特此答复。")
        assert doc.header.responds_to is not None, title
        assert doc.header.responds_to.number in ("0089", "2024009", "57", "45"), title


# --- causes found by batch 1, each tried on a new example ------------------------------------------


def test_an_untitled_body_naming_its_type_in_a_formula_outranks_its_acknowledgement() -> None:
    """Cause: only a reply's words gave the kind of a body without a title; the contract's 特此通知,
    特此批复 and 特此通报 were not read, and a 收悉 made every such body a reply."""
    doc = checked(
        "各县（区）卫生健康局：\n"
        "你们报送的2024年第二季度医疗机构依法执业检查情况收悉。现将检查中发现的主要问题予以通报，请各地举一反三，认真整改。\n"
        "特此通报。\n"
        "某市卫生健康委员会\n"
        "2024年8月2日\n"
    )
    expect(doc, kind="bulletin", title=None, closing="特此通报。")
    doc = checked(
        "某街道办事处：\n来函收悉。经研究，同意你街道提出的调整意见。\n此复。\n特此函复。\n某区民政局\n2024年8月2日\n"
    )
    assert doc.kind == "reply"


def test_the_closing_formulas_of_letters_and_motions_close_the_body() -> None:
    """Cause: the closing vocabulary held a reply's and a 请示's formulas but not a 函's (请予协助为盼,
    盼复) nor a 议案's (现提请审议), so they stayed the last section's paragraph."""
    for words in ("请予协助为盼。", "盼复。", "请研究函复。", "现提请审议。"):
        doc = checked(
            "某县水利局关于商请协助开展水库移民后期扶持项目核查的函\n"
            "某县财政局：\n"
            "为做好水库移民后期扶持项目核查工作，现商请你局协助做好以下工作：\n"
            "一、提供项目资金拨付凭证\n"
            "二、派员参加联合核查\n"
            f"{words}\n"
            "某县水利局\n"
            "2024年9月3日\n"
        )
        expect(doc, closing=words, signature=(("某县水利局",), "2024-09-03", "2024年9月3日"))
        assert doc.iter_sections()[-1].paragraphs == (), words


def test_an_opinion_closes_with_its_request_to_forward_or_its_offer_for_reference() -> None:
    """Cause: `以上意见` counted as a closing only beside thanks or a formula; alone it is the closing
    of an opinion sent up (…如无不妥，请批转…执行) or to the lead unit (…供参考)."""
    for words in ("以上意见如无不妥，请批转各镇（街道）、各部门执行。", "以上意见仅供参考。"):
        doc = checked(
            "某县发展和改革局关于进一步规范政府投资项目管理的意见\n"
            "县人民政府：\n"
            "为规范政府投资项目管理，提出如下意见：\n"
            "一、严格项目审批\n"
            "未列入年度计划的项目原则上不予审批。\n"
            f"{words}\n"
            "某县发展和改革局\n"
            "2024年5月21日\n"
        )
        expect(doc, kind="opinion", closing=words)
        assert [p.text for p in doc.sections[0].paragraphs] == ["未列入年度计划的项目原则上不予审批。"], words


def test_titles_ending_in_genres_outside_the_type_list_are_titles_of_kind_other() -> None:
    """Cause: a title line with neither 关于 nor a listed type (…工作要点) was not read as a title."""
    for title in ("某县2023年度河长制工作总结", "某市政务服务事项办理指南", "某县2025年农业农村工作要点"):
        doc = checked(f"{title}\n一、基本情况\n全县共有河道一百二十条。\n二、主要做法\n落实县乡村三级河长责任。\n")
        expect(doc, kind="other", title=title)


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_a_forwarding_notice_whose_title_wraps_and_nests_two_notices() -> None:
    doc = checked(
        "某区人民政府办公室转发市政府办公厅关于做好\n"
        "2024年春季森林防灭火工作的通知的通知\n"
        "某府办发〔2024〕11号\n"
        "各街道办事处，区政府各部门：\n"
        "现将《某市人民政府办公厅关于做好2024年春季森林防灭火工作的通知》（某政办发〔2024〕6号）转发给你们，请结合实际，认真贯彻执行。\n"
        "某区人民政府办公室\n"
        "2024年2月27日\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某区人民政府办公室",
        number=("某府办发〔2024〕11号", "某府办发", 2024, 11),
        title="某区人民政府办公室转发市政府办公厅关于做好2024年春季森林防灭火工作的通知的通知",
        recipients=("各街道办事处", "区政府各部门"),
        tree=[],
        signature=(("某区人民政府办公室",), "2024-02-27", "2024年2月27日"),
    )


def test_a_notice_issuing_measures_printed_after_its_signature_in_chapters_and_articles() -> None:
    doc = checked(
        "某县人民政府关于印发某县政府投资项目管理办法的通知\n"
        "某政发〔2024〕9号\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县政府投资项目管理办法》印发给你们，请认真遵照执行。\n"
        "某县人民政府\n"
        "2024年6月1日\n"
        "某县政府投资项目管理办法\n"
        "第一章　总则\n"
        "第一条　为规范政府投资行为，提高投资效益，根据《政府投资条例》，制定本办法。\n"
        "第二条　本办法适用于本县行政区域内的政府投资项目。\n"
        "第二章　项目决策\n"
        "第三条　政府投资项目实行审批制。\n"
        "第三章　附则\n"
        "第四条　本办法自2024年7月1日起施行。\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某县人民政府",
        title="某县人民政府关于印发某县政府投资项目管理办法的通知",
        recipients=("各乡镇人民政府", "县直各单位"),
        signature=(("某县人民政府",), "2024-06-01", "2024年6月1日"),
        tree=[
            (1, "chapter", "第一章", "总则"),
            (2, "article", "第一条", None),
            (2, "article", "第二条", None),
            (1, "chapter", "第二章", "项目决策"),
            (2, "article", "第三条", None),
            (1, "chapter", "第三章", "附则"),
            (2, "article", "第四条", None),
        ],
    )


def test_a_territorial_plan_with_a_year_range_in_its_title_and_chapters_of_sections() -> None:
    doc = checked(
        "某市国土空间总体规划（2021—2035年）\n"
        "第一章　规划总则\n"
        "第一节　规划目的\n"
        "为优化国土空间开发保护格局，编制本规划。\n"
        "第二节　规划范围\n"
        "规划范围为市域全部国土空间。\n"
        "第二章　发展目标\n"
        "到2035年，基本实现国土空间治理体系现代化。\n"
    )
    expect(
        doc,
        kind="plan",
        title="某市国土空间总体规划（2021—2035年）",
        tree=[
            (1, "chapter", "第一章", "规划总则"),
            (2, "section", "第一节", "规划目的"),
            (2, "section", "第二节", "规划范围"),
            (1, "chapter", "第二章", "发展目标"),
        ],
        signature=None,
    )


def test_a_notice_on_handling_proposals_answers_no_proposal() -> None:
    doc = checked(
        "某市人民政府办公室关于做好2024年市人大代表建议和市政协提案办理工作的通知\n"
        "某政办函〔2024〕20号\n"
        "各区人民政府，市政府各部门：\n"
        "市十七届人大三次会议期间代表提出建议312件，市政协十三届三次会议委员提出提案286件，经市政府审核，交由各承办单位办理。现将有关事项通知如下：\n"
        "一、明确办理时限\n"
        "各承办单位应于6月30日前办结并答复代表、委员。\n"
        "二、提高办理质量\n"
        "对列入计划解决的，要明确解决时限。\n"
        "附件：2024年市人大代表建议和市政协提案办理任务分解表\n"
        "某市人民政府办公室\n"
        "2024年3月20日\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某市人民政府办公室",
        number=("某政办函〔2024〕20号", "某政办函", 2024, 20),
        proposal=None,
        tree=[(1, "cn", "一、", "明确办理时限"), (1, "cn", "二、", "提高办理质量")],
        attachments=("2024年市人大代表建议和市政协提案办理任务分解表",),
        signature=(("某市人民政府办公室",), "2024-03-20", "2024年3月20日"),
    )


def test_a_letter_listing_two_attachments_on_one_line() -> None:
    doc = checked(
        "某区生态环境局\n"
        "关于报送2024年第三季度环境信访工作情况的函\n"
        "某区人民政府办公室：\n"
        "根据工作要求，现将我局2024年第三季度环境信访工作情况报送如下：第三季度共受理环境信访件86件，已全部办结。\n"
        "特此函告。\n"
        "附件：1.环境信访件办理台账  2.典型案例汇编\n"
        "某区生态环境局\n"
        "2024年10月8日\n"
    )
    expect(
        doc,
        kind="letter",
        issuer="某区生态环境局",
        title="某区生态环境局关于报送2024年第三季度环境信访工作情况的函",
        recipients=("某区人民政府办公室",),
        closing="特此函告。",
        attachments=("环境信访件办理台账", "典型案例汇编"),
        signature=(("某区生态环境局",), "2024-10-08", "2024年10月8日"),
    )


def test_a_report_of_a_party_group_dated_in_chinese_numerals() -> None:
    doc = checked(
        "中共某县水利局党组\n"
        "关于2024年上半年党风廉政建设工作情况的报告\n"
        "县纪委监委：\n"
        "今年以来，局党组认真履行全面从严治党主体责任，现将有关情况报告如下：\n"
        "一、主要工作\n"
        "（一）压实主体责任。局党组召开专题会议4次。\n"
        "（二）加强警示教育。组织观看警示教育片2次。\n"
        "二、下步打算\n"
        "持续抓好党风廉政建设各项工作。\n"
        "特此报告。\n"
        "中共某县水利局党组\n"
        "二〇二四年七月八日\n"
    )
    expect(
        doc,
        kind="report",
        issuer="中共某县水利局党组",
        title="中共某县水利局党组关于2024年上半年党风廉政建设工作情况的报告",
        recipients=("县纪委监委",),
        tree=[
            (1, "cn", "一、", "主要工作"),
            (2, "cn-paren", "（一）", "压实主体责任"),
            (2, "cn-paren", "（二）", "加强警示教育"),
            (1, "cn", "二、", "下步打算"),
        ],
        closing="特此报告。",
        signature=(("中共某县水利局党组",), "2024-07-08", "二〇二四年七月八日"),
    )


def test_a_decision_of_a_party_committee_to_repeal_with_its_list_attached() -> None:
    doc = checked(
        "中共某县委员会\n"
        "关于废止部分县委文件的决定\n"
        "某发〔2024〕5号\n"
        "各乡镇党委，县直各单位党组（党委）：\n"
        "为维护党内法规和规范性文件体系的统一性，经县委常委会会议研究，决定废止14件县委文件。\n"
        "附件：县委决定废止的文件目录\n"
        "中共某县委员会\n"
        "2024年4月30日\n"
    )
    expect(
        doc,
        kind="decision",
        issuer="中共某县委员会",
        number=("某发〔2024〕5号", "某发", 2024, 5),
        title="中共某县委员会关于废止部分县委文件的决定",
        recipients=("各乡镇党委", "县直各单位党组（党委）"),
        attachments=("县委决定废止的文件目录",),
        signature=(("中共某县委员会",), "2024-04-30", "2024年4月30日"),
    )


def test_a_commending_bulletin_with_imprint_on_two_lines() -> None:
    doc = checked(
        "某市应急管理局关于表扬2024年防汛抢险先进集体的通报\n"
        "各区应急管理局，局机关各处室：\n"
        "在今年主汛期防汛抢险工作中，各级应急管理部门闻令而动，涌现出一批先进集体。为弘扬先进，局党委决定对某区应急管理局等8个集体予以通报表扬。\n"
        "希望受到表扬的集体再接再厉，再创佳绩。\n"
        "附件：2024年防汛抢险先进集体名单\n"
        "某市应急管理局\n"
        "2024年9月10日\n"
        "抄送：市防汛抗旱指挥部办公室。\n"
        "某市应急管理局办公室\n"
        "2024年9月10日印发\n"
    )
    expect(
        doc,
        kind="bulletin",
        issuer="某市应急管理局",
        recipients=("各区应急管理局", "局机关各处室"),
        closing=None,
        attachments=("2024年防汛抢险先进集体名单",),
        signature=(("某市应急管理局",), "2024-09-10", "2024年9月10日"),
        imprint=(("市防汛抗旱指挥部办公室",), "某市应急管理局办公室", "2024-09-10"),
    )


def test_an_opinion_numbered_only_with_arabic_points() -> None:
    doc = checked(
        "某区人力资源和社会保障局关于加强零工市场建设的意见\n"
        "各街道办事处：\n"
        "为促进灵活就业，现就加强零工市场建设提出如下意见：\n"
        "1．合理布局零工市场。每个街道至少建设1个零工驿站。\n"
        "2．完善信息服务。依托人社服务平台及时发布用工信息。\n"
        "3．强化资金保障。零工市场建设运营经费纳入就业补助资金支出范围。\n"
        "某区人力资源和社会保障局\n"
        "2024年5月15日\n"
    )
    expect(
        doc,
        kind="opinion",
        issuer="某区人力资源和社会保障局",
        recipients=("各街道办事处",),
        tree=[
            (1, "num", "1．", "合理布局零工市场"),
            (1, "num", "2．", "完善信息服务"),
            (1, "num", "3．", "强化资金保障"),
        ],
        signature=(("某区人力资源和社会保障局",), "2024-05-15", "2024年5月15日"),
    )


def test_an_approval_of_short_points_with_disclosure_note_and_cc() -> None:
    doc = checked(
        "某市人民政府\n"
        "关于同意某区调整部分行政区划的批复\n"
        "某政复〔2024〕33号\n"
        "某区人民政府：\n"
        "你区《关于调整部分行政区划的请示》（某区府〔2024〕18号）收悉。经研究，现批复如下：\n"
        "一、同意撤销某乡，设立某镇。\n"
        "二、调整后，某镇人民政府驻地不变。\n"
        "三、你区要认真做好区划调整的各项工作，确保社会稳定。\n"
        "此复。\n"
        "某市人民政府\n"
        "2024年11月2日\n"
        "（此件公开发布）\n"
        "抄送：市民政局，市公安局，市自然资源和规划局。\n"
    )
    # Short lines after the marker, no stop inside, at most 30 characters: headings by the contract.
    expect(
        doc,
        kind="approval",
        issuer="某市人民政府",
        number=("某政复〔2024〕33号", "某政复", 2024, 33),
        recipients=("某区人民政府",),
        tree=[
            (1, "cn", "一、", "同意撤销某乡，设立某镇"),
            (1, "cn", "二、", "调整后，某镇人民政府驻地不变"),
            (1, "cn", "三、", "你区要认真做好区划调整的各项工作，确保社会稳定"),
        ],
        closing="此复。",
        disclosure="主动公开",
        signature=(("某市人民政府",), "2024-11-02", "2024年11月2日"),
        imprint=(("市民政局", "市公安局", "市自然资源和规划局"), None, None),
    )


def test_a_joint_request_signed_side_by_side() -> None:
    doc = checked(
        "某县财政局\n"
        "某县农业农村局\n"
        "关于申请拨付2024年耕地地力保护补贴资金的请示\n"
        "某财农〔2024〕15号\n"
        "县人民政府：\n"
        "根据省财政厅下达的补贴资金指标，我县2024年耕地地力保护补贴资金共计2680万元，拟按每亩108元的标准发放。\n"
        "以上请示妥否，请批示。\n"
        "某县财政局        某县农业农村局\n"
        "2024年4月12日\n"
    )
    expect(
        doc,
        kind="request",
        number=("某财农〔2024〕15号", "某财农", 2024, 15),
        recipients=("县人民政府",),
        closing="以上请示妥否，请批示。",
        signature=(("某县财政局", "某县农业农村局"), "2024-04-12", "2024年4月12日"),
    )


def test_a_public_notice_of_short_article_like_points() -> None:
    doc = checked(
        "某县人民政府关于禁止露天焚烧秸秆的通告\n"
        "为保护大气环境，保障人民群众身体健康，根据有关法律法规，现就禁止露天焚烧秸秆有关事项通告如下：\n"
        "一、本县行政区域内禁止露天焚烧秸秆、落叶等产生烟尘污染的物质。\n"
        "二、违反本通告规定的，由县生态环境部门依法予以处罚。\n"
        "三、本通告自发布之日起施行。\n"
        "特此通告。\n"
        "某县人民政府\n"
        "2024年5月25日\n"
    )
    expect(
        doc,
        kind="announcement",
        issuer="某县人民政府",
        title="某县人民政府关于禁止露天焚烧秸秆的通告",
        tree=[
            (1, "cn", "一、", "本县行政区域内禁止露天焚烧秸秆、落叶等产生烟尘污染的物质"),
            (1, "cn", "二、", "违反本通告规定的，由县生态环境部门依法予以处罚"),
            (1, "cn", "三、", "本通告自发布之日起施行"),
        ],
        closing="特此通告。",
        signature=(("某县人民政府",), "2024-05-25", "2024年5月25日"),
    )


def test_a_reply_to_a_county_deputy_naming_the_suggestion_without_quotes() -> None:
    doc = checked(
        "关于县十八届人大三次会议第21号代表建议的答复\n"
        "县人大代表李某某：\n"
        "您提出的关于加快农村公路提档升级的建议收悉。现答复如下：\n"
        "一、建设进展\n"
        "今年已完成农村公路提档升级45公里。\n"
        "二、下一步计划\n"
        "明年计划再实施60公里。\n"
        "感谢您对交通工作的关心和支持。\n"
        "某县交通运输局\n"
        "2024年7月1日\n"
    )
    expect(
        doc,
        kind="reply",
        title="关于县十八届人大三次会议第21号代表建议的答复",
        recipients=("县人大代表李某某",),
        proposal=("人大", "县", 18, 3, "21", "建议", "关于加快农村公路提档升级的建议"),
        tree=[(1, "cn", "一、", "建设进展"), (1, "cn", "二、", "下一步计划")],
        closing="感谢您对交通工作的关心和支持。",
        signature=(("某县交通运输局",), "2024-07-01", "2024年7月1日"),
    )


def test_a_reply_to_a_party_group_with_lead_and_joint_units_labelled() -> None:
    doc = checked(
        "关于区政协三届二次会议第A012号提案的答复\n"
        "民建某区委员会：\n"
        "贵会提出的《关于优化营商环境的提案》收悉。经与区市场监管局会办，现答复如下：\n"
        "一、简化企业开办流程\n"
        "企业开办时间已压缩至1个工作日。\n"
        "二、加强涉企政策宣传\n"
        "今年共举办政策宣讲会12场。\n"
        "特此答复。\n"
        "主办单位：某区发展和改革委员会\n"
        "会办单位：某区市场监督管理局\n"
        "2024年6月5日\n"
    )
    expect(
        doc,
        kind="reply",
        recipients=("民建某区委员会",),
        proposal=("政协", "区", 3, 2, "A012", "提案", "关于优化营商环境的提案"),
        tree=[(1, "cn", "一、", "简化企业开办流程"), (1, "cn", "二、", "加强涉企政策宣传")],
        closing="特此答复。",
        signature=(("某区发展和改革委员会", "某区市场监督管理局"), "2024-06-05", "2024年6月5日"),
    )


def test_a_report_on_a_deputies_motion_names_the_motion() -> None:
    doc = checked(
        "关于市十七届人大三次会议第3号议案办理情况的报告\n"
        "市人大常委会：\n"
        "市十七届人大三次会议主席团交付市政府办理的第3号议案，由市住建局牵头办理。现将办理情况报告如下：\n"
        "一、办理过程\n"
        "市政府召开专题会议研究议案办理工作。\n"
        "二、办理结果\n"
        "议案提出的问题已基本解决。\n"
        "特此报告。\n"
        "某市人民政府\n"
        "2024年11月20日\n"
    )
    expect(
        doc,
        kind="report",
        recipients=("市人大常委会",),
        proposal=("人大", "市", 17, 3, "3", "议案", None),
        tree=[(1, "cn", "一、", "办理过程"), (1, "cn", "二、", "办理结果")],
        closing="特此报告。",
        signature=(("某市人民政府",), "2024-11-20", "2024年11月20日"),
    )


def test_a_notice_with_its_contact_email_inside_the_last_section() -> None:
    doc = checked(
        "某市科学技术局关于组织申报2025年度市级科技计划项目的通知\n"
        "各县（市、区）科技局，市直有关单位：\n"
        "为做好2025年度市级科技计划项目申报工作，现将有关事项通知如下：\n"
        "一、申报范围\n"
        "本市注册的企业、高校和科研院所。\n"
        "二、报送要求\n"
        "请各单位于11月15日前将申报材料报送市科技局。\n"
        "联系人：吴某；联系电话：0512-68123456；电子邮箱：kjj@example.gov.cn\n"
        "附件：1.申报书\n"
        "2.推荐汇总表\n"
        "某市科学技术局\n"
        "2024年10月18日\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某市科学技术局",
        recipients=("各县（市、区）科技局", "市直有关单位"),
        tree=[(1, "cn", "一、", "申报范围"), (1, "cn", "二、", "报送要求")],
        contact={"name": "吴某", "phones": ("0512-68123456",), "email": "kjj@example.gov.cn"},
        attachments=("申报书", "推荐汇总表"),
        signature=(("某市科学技术局",), "2024-10-18", "2024年10月18日"),
    )


def test_a_notice_whose_plan_is_its_attachment_has_no_sections_of_its_own() -> None:
    doc = checked(
        "某区人民政府办公室关于印发某区城乡环境综合整治实施方案的通知\n"
        "各街道办事处，区政府各部门：\n"
        "《某区城乡环境综合整治实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。\n"
        "附件：某区城乡环境综合整治实施方案\n"
        "某区人民政府办公室\n"
        "2024年3月8日\n"
        "附件\n"
        "某区城乡环境综合整治实施方案\n"
        "一、工作目标\n"
        "到年底，城乡环境明显改善。\n"
        "二、工作任务\n"
        "（一）整治占道经营。\n"
    )
    expect(
        doc,
        kind="notice",
        title="某区人民政府办公室关于印发某区城乡环境综合整治实施方案的通知",
        tree=[],
        attachments=("某区城乡环境综合整治实施方案",),
        signature=(("某区人民政府办公室",), "2024-03-08", "2024年3月8日"),
    )


def test_minutes_of_a_special_meeting_with_their_issue_line() -> None:
    doc = checked(
        "某县人民政府专题会议纪要\n"
        "某县人民政府办公室                    2024年8月6日\n"
        "8月5日，县长王某某主持召开专题会议，研究县城供水保障工作。现将会议议定事项纪要如下：\n"
        "一、关于水源工程建设\n"
        "会议要求县水利局加快推进水源工程建设。\n"
        "二、关于管网改造\n"
        "会议同意将老旧管网改造纳入2025年计划。\n"
        "参加：县水利局、县住建局、县财政局负责同志。\n"
    )
    expect(
        doc,
        kind="minutes",
        title="某县人民政府专题会议纪要",
        tree=[(1, "cn", "一、", "关于水源工程建设"), (1, "cn", "二、", "关于管网改造")],
        signature=None,
    )


def test_a_reply_letter_to_a_proposal_is_a_reply_with_its_reference() -> None:
    doc = checked(
        "某市文化广电旅游局\n"
        "关于对市政协十三届二次会议第0456号提案的复函\n"
        "王某某委员：\n"
        "您提出的《关于发展夜间文旅消费的提案》收悉。现函复如下：\n"
        "今年我局已培育夜间文旅消费集聚区3个。\n"
        "特此函复。\n"
        "某市文化广电旅游局\n"
        "2024年6月12日\n"
    )
    expect(
        doc,
        kind="reply",
        issuer="某市文化广电旅游局",
        title="某市文化广电旅游局关于对市政协十三届二次会议第0456号提案的复函",
        recipients=("王某某委员",),
        proposal=("政协", "市", 13, 2, "0456", "提案", "关于发展夜间文旅消费的提案"),
        closing="特此函复。",
        signature=(("某市文化广电旅游局",), "2024-06-12", "2024年6月12日"),
    )


def test_an_implementing_opinion_of_two_offices_signed_on_one_line() -> None:
    doc = checked(
        "中共某市委办公室　某市人民政府办公室关于加强基层治理体系建设的实施意见\n"
        "各区委、区人民政府，市委各部门，市政府各部门：\n"
        "为加强基层治理体系建设，结合我市实际，提出如下实施意见。\n"
        "一、健全基层治理组织体系\n"
        "二、完善基层治理运行机制\n"
        "中共某市委办公室　　　　某市人民政府办公室\n"
        "2024年1月16日\n"
    )
    expect(
        doc,
        kind="opinion",
        recipients=("各区委", "区人民政府", "市委各部门", "市政府各部门"),
        tree=[(1, "cn", "一、", "健全基层治理组织体系"), (1, "cn", "二、", "完善基层治理运行机制")],
        signature=(("中共某市委办公室", "某市人民政府办公室"), "2024-01-16", "2024年1月16日"),
    )


# --- causes found by batch 2, each tried on a new example ------------------------------------------


def test_a_title_ending_in_a_bracketed_period_or_edition_is_no_broken_doc_number() -> None:
    """Cause: `…规划（2021—2035年）` read as a 文号 that lost its closing bracket (code, bracket, year),
    so the title was lost and the body's first sentence taken for it."""
    for title in ("某县全域旅游发展规划（2024至2030年）", "某市养老服务设施布局专项规划（2021年版）"):
        doc = checked(f"{title}\n一、规划背景\n全县旅游业保持较快增长。\n二、规划目标\n建成全域旅游示范区。\n")
        expect(
            doc,
            kind="plan",
            title=title,
            number=None,
            tree=[(1, "cn", "一、", "规划背景"), (1, "cn", "二、", "规划目标")],
        )


def test_a_report_on_a_sessions_proposals_answers_none_of_them() -> None:
    """Cause: a report or notice on the handling of a whole session's proposals was given the
    session as the proposal it answers; outside a reply a reference must carry a number or title."""
    doc = checked(
        "关于县十八届人大三次会议代表建议办理情况的报告\n"
        "县人大常委会：\n"
        "县十八届人大三次会议期间，代表共提出建议96件，已全部办结。现将办理情况报告如下：\n"
        "一、办理情况\n"
        "96件建议中，已解决或基本解决的61件。\n"
        "特此报告。\n"
        "某县人民政府\n"
        "2024年12月2日\n"
    )
    expect(doc, kind="report", proposal=None, closing="特此报告。")


def test_a_merged_motion_named_by_its_quoted_name_is_the_one_reported_on() -> None:
    """Cause: a quoted name followed right by its kind word (“加强大气污染防治”议案) was not the
    proposal's title, since the name does not end in 议案 itself."""
    doc = checked(
        "关于“加强大气污染防治”议案办理情况的报告\n"
        "市人大常委会：\n"
        "市十五届人大一次会议主席团将代表提出的12件议案合并为“加强大气污染防治”议案，交市政府办理。现将办理情况报告如下：\n"
        "一、办理工作\n"
        "市政府制定了议案办理工作方案。\n"
        "某市人民政府\n"
        "2024年12月5日\n"
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.kind, r.title) == ("人大", "议案", "加强大气污染防治")


def test_numbered_attachments_written_on_after_a_gap_are_each_listed() -> None:
    """Cause: `附件：1.甲  2.乙` gave one attachment named `甲  2.乙`."""
    doc = checked(
        "某县教育局关于报送2024年教师培训计划的通知\n"
        "各中小学：\n"
        "请各校于3月10日前报送本校教师培训计划。\n"
        "附件：1.培训计划表  2.培训人员名单　3.经费预算表\n"
        "某县教育局\n"
        "2024年2月20日\n"
    )
    expect(doc, attachments=("培训计划表", "培训人员名单", "经费预算表"))
    doc = checked(
        "某县自然资源局关于城南片区土地出让的请示\n"
        "县人民政府：\n"
        "拟出让城南片区5号、6号地块，妥否，请批示。\n"
        "附件：1.城南片区  5、6号地块出让方案\n"
        "某县自然资源局\n"
        "2024年2月20日\n"
    )
    expect(doc, attachments=("城南片区  5、6号地块出让方案",))


def test_a_government_motion_is_a_proposal_itself_and_answers_none() -> None:
    """Cause (after the header round's unquoted titles quoting a law): a government's 议案 took its
    own title (…关于提请审议《…》的议案) as the proposal it answers."""
    doc = checked(
        "某市人民政府关于提请审议《某市公共文明促进条例（修订草案）》的议案\n"
        "市人大常委会：\n"
        "为巩固文明城市创建成果，市政府对《某市公共文明促进条例》进行了修订，现提请审议。\n"
        "请予审议。\n"
        "某市人民政府\n"
        "2024年9月20日\n"
    )
    expect(doc, kind="motion", proposal=None, closing="请予审议。")


# --- batch 3 (written before the parser ran on it) -----------------------------------------------


def test_a_public_announcement_numbered_by_its_own_series() -> None:
    doc = checked(
        "某市人民政府公告\n"
        "第5号\n"
        "为做好第七次全国人口普查工作，根据《全国人口普查条例》，现将有关事项公告如下：\n"
        "一、普查标准时点为2020年11月1日零时。\n"
        "二、普查对象为普查标准时点在本市境内的自然人。\n"
        "特此公告。\n"
        "某市人民政府\n"
        "2020年10月20日\n"
    )
    expect(
        doc,
        kind="announcement",
        title="某市人民政府公告",
        number=None,
        tree=[
            (1, "cn", "一、", "普查标准时点为2020年11月1日零时"),
            (1, "cn", "二、", "普查对象为普查标准时点在本市境内的自然人"),
        ],
        closing="特此公告。",
        signature=(("某市人民政府",), "2020-10-20", "2020年10月20日"),
    )


def test_a_provincial_order_page_is_the_measures_it_promulgates() -> None:
    doc = checked(
        "某省人民政府令\n"
        "第256号\n"
        "《某省电动自行车管理办法》已经2024年3月8日省人民政府第21次常务会议通过，现予公布，自2024年5月1日起施行。\n"
        "省长　某某某\n"
        "2024年3月15日\n"
        "某省电动自行车管理办法\n"
        "第一条　为加强电动自行车管理，保障道路交通安全，制定本办法。\n"
        "第二条　本省行政区域内电动自行车的生产、销售、登记和通行，适用本办法。\n"
        "第三条　本办法自2024年5月1日起施行。\n"
    )
    expect(
        doc,
        kind="measures",
        title="某省电动自行车管理办法",
        number=None,
        signer=None,
        signature=None,
        tree=[(1, "article", "第一条", None), (1, "article", "第二条", None), (1, "article", "第三条", None)],
    )


def test_a_statistical_communique() -> None:
    doc = checked(
        "某市2023年国民经济和社会发展统计公报\n"
        "一、综合\n"
        "全年全市地区生产总值5230亿元，比上年增长5.6%。\n"
        "二、农业\n"
        "全年粮食总产量186万吨，比上年增长1.2%。\n"
        "三、工业和建筑业\n"
        "全年规模以上工业增加值比上年增长7.1%。\n"
        "某市统计局\n"
        "2024年3月20日\n"
    )
    expect(
        doc,
        kind="communique",
        title="某市2023年国民经济和社会发展统计公报",
        tree=[(1, "cn", "一、", "综合"), (1, "cn", "二、", "农业"), (1, "cn", "三、", "工业和建筑业")],
        signature=(("某市统计局",), "2024-03-20", "2024年3月20日"),
    )


def test_minutes_whose_decisions_are_numbered_from_parenthesised_ideographs() -> None:
    doc = checked(
        "某县人民政府第15次常务会议纪要\n"
        "2024年6月12日，县长王某某主持召开县人民政府第15次常务会议。会议议定事项如下：\n"
        "（一）审议通过《某县城区停车设施建设实施方案》，由县住建局牵头抓好组织实施工作。\n"
        "（二）原则同意县财政局关于调整部分专项资金的意见。\n"
        "（三）会议研究了防汛工作，要求各乡镇落实巡查值守责任。\n"
        "出席：王某某、李某、张某\n"
    )
    expect(
        doc,
        kind="minutes",
        title="某县人民政府第15次常务会议纪要",
        tree=[
            (1, "cn-paren", "（一）", None),
            (1, "cn-paren", "（二）", "原则同意县财政局关于调整部分专项资金的意见"),
            (1, "cn-paren", "（三）", "会议研究了防汛工作，要求各乡镇落实巡查值守责任"),
        ],
        signature=None,
    )


def test_a_report_and_a_motion_close_by_asking_for_review() -> None:
    for title, words, kind in (
        ("某县审计局关于2023年度县级预算执行审计情况的报告", "以上报告，请审阅。", "report"),
        ("某县人民政府关于提请审议县城总体规划修改的议案", "以上议案，请予审议。", "motion"),
        ("某县人民政府关于2023年度国有资产管理情况的报告", "以上报告，请予审议。", "report"),
    ):
        doc = checked(
            f"{title}\n"
            "县人大常委会：\n"
            "根据县人大常委会年度工作安排，现将有关情况报告如下：\n"
            "一、基本情况\n"
            "全县各项工作总体平稳。\n"
            f"{words}\n"
            "某县人民政府\n"
            "2024年8月26日\n"
        )
        expect(doc, kind=kind, title=title, closing=words, tree=[(1, "cn", "一、", "基本情况")])


def test_title_suffix_variants_give_their_kinds() -> None:
    for title, kind in (
        ("某县人民政府办公室关于做好强降雨防范应对工作的紧急通知", "notice"),
        ("某市教育局关于2024年中考招生工作的补充通知", "notice"),
        ("某市城市道路占用挖掘管理办法（试行）", "measures"),
        ("某区村级小微权力运行暂行规定", "measures"),
        ("某市人民政府关于促进消费扩容提质的实施意见（征求意见稿）", "opinion"),
        ("某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "other"),
    ):
        doc = checked(f"{title}\n一、总体要求\n坚持稳中求进工作总基调。\n二、主要任务\n各部门按职责分工抓好落实。\n")
        expect(doc, kind=kind, title=title, tree=[(1, "cn", "一、", "总体要求"), (1, "cn", "二、", "主要任务")])


def test_an_opinion_whose_heading_lines_end_with_a_colon() -> None:
    doc = checked(
        "某市农业农村局关于推进农业社会化服务的指导意见\n"
        "各县（市、区）农业农村局：\n"
        "现就推进农业社会化服务提出如下意见。\n"
        "一、主要目标：\n"
        "到2025年，全市农业社会化服务覆盖面积达到300万亩次。\n"
        "二、重点任务：\n"
        "培育服务主体，拓展服务领域。\n"
        "某市农业农村局\n"
        "2024年4月9日\n"
    )
    expect(
        doc,
        kind="opinion",
        recipients=("各县（市、区）农业农村局",),
        tree=[(1, "cn", "一、", "主要目标"), (1, "cn", "二、", "重点任务")],
        signature=(("某市农业农村局",), "2024-04-09", "2024年4月9日"),
    )


def test_a_reply_letter_to_an_honoured_member() -> None:
    doc = checked(
        "关于市政协十三届三次会议第0789号提案的答复函\n"
        "尊敬的刘某某委员：\n"
        "您提出的《关于规范校外培训机构管理的提案》收悉。现答复如下：\n"
        "今年以来，我局会同有关部门开展校外培训专项治理，查处违规机构26家。\n"
        "特此函复。\n"
        "某市教育局\n"
        "2024年7月4日\n"
    )
    expect(
        doc,
        kind="reply",
        recipients=("刘某某委员",),
        proposal=("政协", "市", 13, 3, "0789", "提案", "关于规范校外培训机构管理的提案"),
        closing="特此函复。",
        signature=(("某市教育局",), "2024-07-04", "2024年7月4日"),
    )


def test_a_notice_whose_section_runs_an_enumeration() -> None:
    doc = checked(
        "某区人民政府办公室关于加强夏季安全生产工作的通知\n"
        "各街道办事处，区政府各部门：\n"
        "为切实做好夏季安全生产工作，现就有关事项通知如下：\n"
        "一、突出重点领域\n"
        "一是强化燃气安全。开展餐饮场所燃气安全检查。二是强化建筑施工安全。严防高温作业中暑。三是强化防汛安全。落实地下空间防倒灌措施。\n"
        "二、压实工作责任\n"
        "各单位主要负责同志要亲自部署、亲自督促。\n"
        "特此通知。\n"
        "某区人民政府办公室\n"
        "2024年6月20日\n"
    )
    expect(
        doc,
        kind="notice",
        tree=[(1, "cn", "一、", "突出重点领域"), (1, "cn", "二、", "压实工作责任")],
        closing="特此通知。",
        signature=(("某区人民政府办公室",), "2024-06-20", "2024年6月20日"),
    )
    items = doc.sections[0].paragraphs[0].items
    assert [(i.ordinal, i.marker, i.lead) for i in items] == [
        (1, "一是", "强化燃气安全"),
        (2, "二是", "强化建筑施工安全"),
        (3, "三是", "强化防汛安全"),
    ]


def test_a_report_with_an_indented_attachment_list_cc_and_imprint() -> None:
    doc = checked(
        "某县卫生健康局关于2024年上半年传染病防控工作情况的报告\n"
        "县人民政府：\n"
        "现将我县2024年上半年传染病防控工作情况报告如下：上半年全县报告法定传染病1260例，未发生突发公共卫生事件。\n"
        "特此报告。\n"
        "附件：1．2024年上半年法定传染病统计表\n"
        "      2．重点传染病防控措施落实情况\n"
        "某县卫生健康局\n"
        "2024年7月10日\n"
        "抄送：市卫生健康委员会，县疾病预防控制中心。\n"
        "某县卫生健康局办公室          2024年7月10日印发\n"
    )
    expect(
        doc,
        kind="report",
        closing="特此报告。",
        attachments=("2024年上半年法定传染病统计表", "重点传染病防控措施落实情况"),
        signature=(("某县卫生健康局",), "2024-07-10", "2024年7月10日"),
        imprint=(("市卫生健康委员会", "县疾病预防控制中心"), "某县卫生健康局办公室", "2024-07-10"),
    )


def test_a_letter_closing_with_ci_han() -> None:
    doc = checked(
        "某市住房公积金管理中心关于商请协助核查缴存信息的函\n"
        "某市社会保险事业管理中心：\n"
        "为核实部分缴存职工的在职状态，请贵中心协助提供附表所列人员的社保缴纳信息。\n"
        "此函。\n"
        "某市住房公积金管理中心\n"
        "2024年5月6日\n"
    )
    expect(
        doc,
        kind="letter",
        recipients=("某市社会保险事业管理中心",),
        closing="此函。",
        signature=(("某市住房公积金管理中心",), "2024-05-06", "2024年5月6日"),
    )


def test_a_plan_in_parts_that_hold_ideograph_sections() -> None:
    doc = checked(
        "某区数字政府建设三年行动计划（2024—2026年）\n"
        "第一部分　总体要求\n"
        "一、指导思想\n"
        "以数字化改革为引领，全面提升政府治理效能。\n"
        "二、主要目标\n"
        "到2026年，政务服务事项全程网办率达到90%。\n"
        "第二部分　重点任务\n"
        "一、建设一体化数据平台\n"
        "二、推进政务服务一网通办\n"
    )
    expect(
        doc,
        kind="plan",
        title="某区数字政府建设三年行动计划（2024—2026年）",
        tree=[
            (1, "part", "第一部分", "总体要求"),
            (2, "cn", "一、", "指导思想"),
            (2, "cn", "二、", "主要目标"),
            (1, "part", "第二部分", "重点任务"),
            (2, "cn", "一、", "建设一体化数据平台"),
            (2, "cn", "二、", "推进政务服务一网通办"),
        ],
        signature=None,
    )


# --- causes found by batch 3, each tried on a new example ------------------------------------------


def test_reports_close_by_asking_their_reader_to_review_or_decide() -> None:
    """Cause: a report's and a 议案's closing (以上报告，请审阅 / 以上议案，请予审议) was not in the
    closing vocabulary, which knew a 请示's (妥否，请批示) only."""
    for words in ("以上报告，请审定。", "请审阅。", "以上报告，请予审查。"):
        doc = checked(
            "中共某县卫生健康局党组关于巡察整改情况的报告\n"
            "县委巡察办：\n"
            "现将巡察反馈问题整改情况报告如下：\n"
            "一、整改总体情况\n"
            "反馈的12个问题已整改完成10个。\n"
            f"{words}\n"
            "中共某县卫生健康局党组\n"
            "2024年9月30日\n"
        )
        expect(doc, kind="report", closing=words)
        assert [p.text for p in doc.sections[0].paragraphs] == ["反馈的12个问题已整改完成10个。"], words


def test_a_letter_closing_ci_han_written_on_after_its_last_sentence() -> None:
    """Cause: 此函 (a 函's shortest formula, beside 此复) was no closing, alone or written on."""
    doc = checked(
        "某县交通运输局关于商请提供道路建设用地审批资料的函\n"
        "某县自然资源局：\n"
        "为做好项目竣工验收，请贵局提供某某公路建设用地审批资料。此函。\n"
        "某县交通运输局\n"
        "2024年10月9日\n"
    )
    expect(doc, kind="letter", closing="此函。")
    assert [p.text for p in doc.preamble] == ["为做好项目竣工验收，请贵局提供某某公路建设用地审批资料。"]


def test_an_outline_plan_is_a_title_of_kind_other() -> None:
    """Cause: a title ending in 纲要 (规划纲要, outside the contract's type list) was no title."""
    title = "某省乡村振兴战略规划纲要（2018—2022年）"
    doc = checked(
        f"{title}\n第一章　规划背景\n全省农业农村发展取得历史性成就。\n第二章　总体要求\n坚持农业农村优先发展。\n"
    )
    expect(
        doc,
        kind="other",
        title=title,
        tree=[(1, "chapter", "第一章", "规划背景"), (1, "chapter", "第二章", "总体要求")],
    )


# --- batch 4 (written before the parser ran on it) -----------------------------------------------


def test_notes_of_restricted_disclosure_under_the_date() -> None:
    for note, disclosure in (("（此件依申请公开）", "依申请公开"), ("（此件不予公开）", "不予公开")):
        doc = checked(
            "某县财政局关于下达2024年第二批衔接推进乡村振兴补助资金的通知\n"
            "各乡镇人民政府：\n"
            "现将2024年第二批衔接推进乡村振兴补助资金下达给你们，请按规定使用。\n"
            "某县财政局\n"
            "2024年6月14日\n"
            f"{note}\n"
        )
        expect(
            doc,
            kind="notice",
            disclosure=disclosure,
            signature=(("某县财政局",), "2024-06-14", "2024年6月14日"),
        )


def test_a_notice_whose_only_attachment_is_a_reply_slip_under_a_bare_label() -> None:
    doc = checked(
        "某市商务局关于召开外贸企业座谈会的通知\n"
        "各县（市、区）商务主管部门：\n"
        "定于3月28日下午召开外贸企业座谈会，请各地推荐2家企业参会，并于3月25日前报送回执。\n"
        "某市商务局\n"
        "2024年3月20日\n"
        "附件\n"
        "参会回执\n"
        "单位名称\t姓名\t职务\t联系电话\n"
    )
    expect(
        doc,
        kind="notice",
        attachments=("参会回执",),
        signature=(("某市商务局",), "2024-03-20", "2024年3月20日"),
        contact={},
    )


def test_a_bulletin_on_an_accident_with_four_headed_sections() -> None:
    doc = checked(
        "某市安全生产委员会办公室\n"
        "关于某某建材有限公司“5·12”一般生产安全事故的通报\n"
        "各区安委会，市安委会各成员单位：\n"
        "2024年5月12日，某某建材有限公司发生一起机械伤害事故，造成1人死亡。现将有关情况通报如下：\n"
        "一、事故基本情况\n"
        "事故发生在该公司制砖车间。\n"
        "二、事故主要原因\n"
        "作业人员违章进入设备运行区域。\n"
        "三、下一步工作要求\n"
        "各地要举一反三，开展机械设备安全专项检查。\n"
        "特此通报。\n"
        "某市安全生产委员会办公室\n"
        "2024年5月20日\n"
    )
    expect(
        doc,
        kind="bulletin",
        issuer="某市安全生产委员会办公室",
        title="某市安全生产委员会办公室关于某某建材有限公司“5·12”一般生产安全事故的通报",
        recipients=("各区安委会", "市安委会各成员单位"),
        tree=[
            (1, "cn", "一、", "事故基本情况"),
            (1, "cn", "二、", "事故主要原因"),
            (1, "cn", "三、", "下一步工作要求"),
        ],
        closing="特此通报。",
        signature=(("某市安全生产委员会办公室",), "2024-05-20", "2024年5月20日"),
    )


def test_a_reply_letter_granting_a_departments_request() -> None:
    doc = checked(
        "某市财政局关于同意某市第一中学处置报废资产的复函\n"
        "某财资函〔2024〕17号\n"
        "市教育局：\n"
        "你局《关于某市第一中学报废资产处置的请示》收悉。经审核，同意某市第一中学报废处置计算机等资产212台（件）。\n"
        "此复。\n"
        "某市财政局\n"
        "2024年4月25日\n"
    )
    expect(
        doc,
        kind="reply",
        issuer="某市财政局",
        number=("某财资函〔2024〕17号", "某财资函", 2024, 17),
        recipients=("市教育局",),
        closing="此复。",
        proposal=None,
        signature=(("某市财政局",), "2024-04-25", "2024年4月25日"),
    )


def test_a_reply_to_several_deputies_named_by_their_leader() -> None:
    doc = checked(
        "对市十七届人大三次会议第205号建议的答复\n"
        "王某某等5名代表：\n"
        "你们提出的《关于加强中小河流治理的建议》收悉。现答复如下：\n"
        "我局已将某某河治理工程列入2025年省级中小河流治理计划。\n"
        "感谢你们对水利工作的关心和支持。\n"
        "某市水利局\n"
        "2024年6月21日\n"
    )
    expect(
        doc,
        kind="reply",
        title="对市十七届人大三次会议第205号建议的答复",
        recipients=("王某某等5名代表",),
        proposal=("人大", "市", 17, 3, "205", "建议", "关于加强中小河流治理的建议"),
        closing="感谢你们对水利工作的关心和支持。",
        signature=(("某市水利局",), "2024-06-21", "2024年6月21日"),
    )


def test_a_public_notice_of_candidates_for_commendation() -> None:
    doc = checked(
        "关于2024年度某区优秀志愿者拟表彰对象的公示\n"
        "经各单位推荐、评审委员会评审，拟表彰优秀志愿者50名，现予以公示。\n"
        "公示期为2024年12月2日至12月8日。如有异议，请在公示期内向区文明办反映。\n"
        "联系电话：0571-87651234\n"
        "某区精神文明建设委员会办公室\n"
        "2024年12月2日\n"
    )
    expect(
        doc,
        kind="other",
        title="关于2024年度某区优秀志愿者拟表彰对象的公示",
        contact={"phones": ("0571-87651234",)},
        signature=(("某区精神文明建设委员会办公室",), "2024-12-02", "2024年12月2日"),
    )


def test_titles_of_an_appeal_and_a_speech_are_titles_of_kind_other() -> None:
    for title in ("致全市广大市民的文明祭扫倡议书", "在全县安全生产工作会议上的讲话"):
        doc = checked(f"{title}\n一、总体情况\n今年以来全县总体平稳。\n二、下步工作\n各部门要压实责任。\n")
        expect(doc, kind="other", title=title, tree=[(1, "cn", "一、", "总体情况"), (1, "cn", "二、", "下步工作")])


def test_an_implementation_plan_with_colon_run_in_sub_headings() -> None:
    doc = checked(
        "某区老旧小区改造提升工作实施方案\n"
        "一、目标任务\n"
        "（一）总体目标：到2025年底，完成2000年底前建成的老旧小区改造。\n"
        "（二）年度任务：2024年完成改造小区36个。\n"
        "二、保障措施\n"
        "（一）加强组织领导：成立区老旧小区改造工作领导小组。\n"
    )
    expect(
        doc,
        kind="plan",
        tree=[
            (1, "cn", "一、", "目标任务"),
            (2, "cn-paren", "（一）", "总体目标"),
            (2, "cn-paren", "（二）", "年度任务"),
            (1, "cn", "二、", "保障措施"),
            (2, "cn-paren", "（一）", "加强组织领导"),
        ],
    )
    assert [p.text for p in doc.sections[0].sections[0].paragraphs] == [
        "到2025年底，完成2000年底前建成的老旧小区改造。"
    ]


def test_a_signature_organ_with_its_seal_note_for_another() -> None:
    doc = checked(
        "某县人民政府办公室关于调整县政府领导工作分工的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "因人事变动，经县政府研究，现将县政府领导工作分工调整如下：县长王某某主持县政府全面工作。\n"
        "某县人民政府办公室（代章）\n"
        "2024年1月8日\n"
    )
    expect(doc, kind="notice", signature=(("某县人民政府办公室",), "2024-01-08", "2024年1月8日"))


def test_a_request_closing_with_te_ci_qing_shi_and_a_second_sentence() -> None:
    doc = checked(
        "某镇人民政府关于申请建设农村污水处理设施的请示\n"
        "县人民政府：\n"
        "我镇现有6个行政村生活污水未纳入集中处理，急需建设污水处理设施，预计投资860万元。\n"
        "特此请示，请予批准。\n"
        "某镇人民政府\n"
        "2024年3月5日\n"
    )
    expect(
        doc,
        kind="request",
        closing="特此请示，请予批准。",
        preamble=["我镇现有6个行政村生活污水未纳入集中处理，急需建设污水处理设施，预计投资860万元。"],
        signature=(("某镇人民政府",), "2024-03-05", "2024年3月5日"),
    )


def test_a_joint_notice_of_two_bureaus_whose_title_names_both() -> None:
    doc = checked(
        "某市教育局　某市财政局关于下达2024年学生资助资金的通知\n"
        "某教财〔2024〕9号\n"
        "各区教育局、财政局：\n"
        "现将2024年学生资助资金下达给你们，请及时拨付到校。\n"
        "某市教育局　　　　某市财政局\n"
        "2024年5月10日\n"
    )
    expect(
        doc,
        kind="notice",
        number=("某教财〔2024〕9号", "某教财", 2024, 9),
        recipients=("各区教育局", "财政局"),  # both ends organ names of three characters or more
        signature=(("某市教育局", "某市财政局"), "2024-05-10", "2024年5月10日"),
    )


# --- causes found by batch 4, each tried on a new example ------------------------------------------


def test_an_open_letter_and_an_appeal_are_titles_of_kind_other() -> None:
    """Cause: titles ending in 倡议书/倡议/公开信/讲话 (published by organs, outside the contract's
    type list) were no titles."""
    for title in ("某市人民政府致全市企业的一封公开信", "关于文明养犬的倡议", "在2024年全市经济工作会议上的讲话"):
        doc = checked(f"{title}\n一、形势\n今年以来全市经济稳中向好。\n二、任务\n抓好各项政策落实。\n")
        expect(doc, kind="other", title=title, tree=[(1, "cn", "一、", "形势"), (1, "cn", "二、", "任务")])


# --- batch 5 (written before the parser ran on it) -----------------------------------------------


def test_a_meeting_notice_whose_sections_hold_a_date_line_and_an_organ_line() -> None:
    doc = checked(
        "某县人民政府办公室关于召开全县秋季农业生产工作会议的通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "经县政府同意，定于近期召开全县秋季农业生产工作会议。现将有关事项通知如下：\n"
        "一、会议时间\n"
        "2024年9月25日上午9:00\n"
        "二、会议地点\n"
        "县政府三楼第一会议室\n"
        "三、会务联系单位\n"
        "某县农业农村局\n"
        "四、参会人员\n"
        "各乡镇分管负责同志，县直有关单位主要负责同志。\n"
        "某县人民政府办公室\n"
        "2024年9月20日\n"
    )
    expect(
        doc,
        kind="notice",
        tree=[
            (1, "cn", "一、", "会议时间"),
            (1, "cn", "二、", "会议地点"),
            (1, "cn", "三、", "会务联系单位"),
            (1, "cn", "四、", "参会人员"),
        ],
        signature=(("某县人民政府办公室",), "2024-09-20", "2024年9月20日"),
    )
    assert [s.paragraphs[0].text for s in doc.sections] == [
        "2024年9月25日上午9:00",
        "县政府三楼第一会议室",
        "某县农业农村局",
        "各乡镇分管负责同志，县直有关单位主要负责同志。",
    ]


def test_a_notice_title_wrapped_over_three_lines_inside_its_book_title() -> None:
    doc = checked(
        "某市人民政府办公厅关于印发《某市\n"
        "促进人工智能产业发展若干措施》\n"
        "的通知\n"
        "某政办规〔2024〕4号\n"
        "各区人民政府，市政府各委、办、局，各直属机构，\n"
        "各有关单位：\n"
        "《某市促进人工智能产业发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "某市人民政府办公厅\n"
        "2024年4月2日\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某市人民政府办公厅",
        title="某市人民政府办公厅关于印发《某市促进人工智能产业发展若干措施》的通知",
        number=("某政办规〔2024〕4号", "某政办规", 2024, 4),
        recipients=("各区人民政府", "市政府各委、办、局", "各直属机构", "各有关单位"),
        signature=(("某市人民政府办公厅",), "2024-04-02", "2024年4月2日"),
    )


def test_an_approval_citing_the_request_number_in_lenticular_brackets() -> None:
    doc = checked(
        "某县人民政府关于某某村村庄规划的批复\n"
        "某政复〔2024〕42号\n"
        "某某镇人民政府：\n"
        "你镇《关于审批某某村村庄规划的请示》（某镇政呈【2024】11号）收悉。经研究，同意《某某村村庄规划（2023—2035年）》。\n"
        "此复。\n"
        "某县人民政府\n"
        "2024年9月2日\n"
    )
    expect(
        doc,
        kind="approval",
        number=("某政复〔2024〕42号", "某政复", 2024, 42),
        recipients=("某某镇人民政府",),
        closing="此复。",
        signature=(("某县人民政府",), "2024-09-02", "2024年9月2日"),
    )


def test_a_letter_on_the_handling_of_a_proposal_is_a_letter_that_names_it() -> None:
    doc = checked(
        "关于市政协十三届二次会议第0123号提案办理情况的函\n"
        "市政协提案委员会：\n"
        "由我局主办的市政协十三届二次会议第0123号《关于加快充电桩建设的提案》已办理完毕，已于6月10日答复提案人。\n"
        "特此函告。\n"
        "某市发展和改革委员会\n"
        "2024年6月12日\n"
    )
    expect(
        doc,
        kind="letter",
        recipients=("市政协提案委员会",),
        proposal=("政协", "市", 13, 2, "0123", "提案", "关于加快充电桩建设的提案"),
        closing="特此函告。",
        signature=(("某市发展和改革委员会",), "2024-06-12", "2024年6月12日"),
    )


def test_a_plan_closed_by_a_date_alone() -> None:
    doc = checked(
        "某街道2024年垃圾分类工作方案\n"
        "一、工作目标\n"
        "全年生活垃圾回收利用率达到40%。\n"
        "二、实施步骤\n"
        "（一）动员部署阶段（2024年3月1日—3月15日）。召开动员大会，制定工作计划。\n"
        "（二）全面推进阶段（2024年3月16日—11月30日）。\n"
        "2024年2月28日\n"
    )
    expect(
        doc,
        kind="plan",
        title="某街道2024年垃圾分类工作方案",
        tree=[
            (1, "cn", "一、", "工作目标"),
            (1, "cn", "二、", "实施步骤"),
            (2, "cn-paren", "（一）", "动员部署阶段（2024年3月1日—3月15日）"),
            (2, "cn-paren", "（二）", "全面推进阶段（2024年3月16日—11月30日）"),
        ],
        signature=((), "2024-02-28", "2024年2月28日"),
    )


def test_a_notice_listing_book_titled_attachments() -> None:
    doc = checked(
        "某市科学技术局关于开展2024年度高新技术企业认定工作的通知\n"
        "各区科技局：\n"
        "现将2024年度高新技术企业认定工作有关事项通知如下：请各区组织企业按《高新技术企业认定管理办法》申报。\n"
        "附件：1.《高新技术企业认定申报指南》\n"
        "2.《申报材料清单》\n"
        "某市科学技术局\n"
        "2024年5月8日\n"
    )
    expect(
        doc,
        kind="notice",
        attachments=("《高新技术企业认定申报指南》", "《申报材料清单》"),
        signature=(("某市科学技术局",), "2024-05-08", "2024年5月8日"),
    )


def test_a_decision_whose_articles_end_with_its_entry_into_force() -> None:
    doc = checked(
        "某市人民政府关于修改和废止部分市政府规章的决定\n"
        "市人民政府决定，对下列规章予以修改或者废止：\n"
        "一、将《某市城市绿化管理办法》第十二条中的“园林管理局”修改为“园林绿化局”。\n"
        "二、废止《某市临时占道管理规定》。\n"
        "本决定自公布之日起施行。\n"
        "某市人民政府\n"
        "2024年12月30日\n"
    )
    expect(
        doc,
        kind="decision",
        tree=[(1, "cn", "一、", None), (1, "cn", "二、", "废止《某市临时占道管理规定》")],
        closing=None,
        signature=(("某市人民政府",), "2024-12-30", "2024年12月30日"),
    )
    assert [p.text for p in doc.sections[1].paragraphs][-1] == "本决定自公布之日起施行。"


# --- batch 6 (written before the parser ran on it) -----------------------------------------------


def test_a_portal_copy_of_a_notice_under_its_information_table() -> None:
    doc = checked(
        "索引号：11330100002487654X/2024-00123\n"
        "发布机构：某市人民政府办公厅\n"
        "成文日期：2024-03-15\n"
        "文号：某政办发〔2024〕8号\n"
        "主题分类：综合政务\n"
        "关于加强政务数据共享工作的通知\n"
        "各区、县（市）人民政府，市政府各部门、各直属单位：\n"
        "为推进政务数据有序共享，经市政府同意，现就有关事项通知如下：\n"
        "一、明确共享责任\n"
        "各部门是本部门政务数据共享的责任主体。\n"
        "二、规范共享流程\n"
        "政务数据共享申请统一通过市公共数据平台办理。\n"
        "某市人民政府办公厅\n"
        "2024年3月15日\n"
        "（此件公开发布）\n"
    )
    expect(
        doc,
        kind="notice",
        metadata={
            "索引号": "11330100002487654X/2024-00123",
            "发布机构": "某市人民政府办公厅",
            "成文日期": "2024-03-15",
            "文号": "某政办发〔2024〕8号",
            "主题分类": "综合政务",
        },
        issuer="某市人民政府办公厅",
        number=("某政办发〔2024〕8号", "某政办发", 2024, 8),
        title="关于加强政务数据共享工作的通知",
        recipients=("各区、县（市）人民政府", "市政府各部门、各直属单位"),
        tree=[(1, "cn", "一、", "明确共享责任"), (1, "cn", "二、", "规范共享流程")],
        disclosure="主动公开",
        signature=(("某市人民政府办公厅",), "2024-03-15", "2024年3月15日"),
    )


def test_an_old_notice_with_subject_words_cc_and_imprint() -> None:
    doc = checked(
        "某县人民政府文件\n"
        "某政发〔2009〕21号\n"
        "某县人民政府关于做好2009年度农村义务教育经费保障工作的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "为进一步落实农村义务教育经费保障机制，现就有关事项通知如下：\n"
        "一、落实经费分担责任\n"
        "县财政要按规定足额安排配套资金。\n"
        "二、加强经费监督管理\n"
        "各学校要严格执行财务制度。\n"
        "二○○九年三月十六日\n"
        "主题词：教育　经费　通知\n"
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。\n"
        "某县人民政府办公室                    2009年3月17日印发\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某县人民政府",
        number=("某政发〔2009〕21号", "某政发", 2009, 21),
        tree=[(1, "cn", "一、", "落实经费分担责任"), (1, "cn", "二、", "加强经费监督管理")],
        signature=((), "2009-03-16", "二○○九年三月十六日"),
        imprint=(("县委办公室", "县人大常委会办公室", "县政协办公室"), "某县人民政府办公室", "2009-03-17"),
    )
    assert [p.text for p in doc.sections[-1].paragraphs] == ["各学校要严格执行财务制度。"]


def test_attachments_listed_under_numbered_labels_each_on_its_line() -> None:
    doc = checked(
        "某区民政局关于开展2024年度社会组织年检工作的通知\n"
        "各社会组织：\n"
        "根据《社会团体登记管理条例》等规定，现开展2024年度社会组织年检工作，请于4月30日前提交年检材料。\n"
        "附件1：社会团体年检报告书\n"
        "附件2：民办非企业单位年检报告书\n"
        "某区民政局\n"
        "2024年3月1日\n"
    )
    expect(
        doc,
        kind="notice",
        recipients=("各社会组织",),
        attachments=("社会团体年检报告书", "民办非企业单位年检报告书"),
        signature=(("某区民政局",), "2024-03-01", "2024年3月1日"),
    )


def test_minutes_under_their_issue_number_and_issuing_line() -> None:
    doc = checked(
        "某县人民政府常务会议纪要\n"
        "第12期\n"
        "某县人民政府办公室                    2024年5月6日\n"
        "4月30日，县长王某某主持召开县政府第12次常务会议。纪要如下：\n"
        "一、会议审议通过了《某县城乡供水一体化实施方案》\n"
        "二、会议研究了县城老旧小区改造工作\n"
        "出席：王某某、李某某\n"
    )
    expect(
        doc,
        kind="minutes",
        title="某县人民政府常务会议纪要",
        number=None,
        tree=[
            (1, "cn", "一、", "会议审议通过了《某县城乡供水一体化实施方案》"),
            (1, "cn", "二、", "会议研究了县城老旧小区改造工作"),
        ],
        signature=None,
    )


def test_a_notice_paragraph_broken_by_a_page_number_is_joined() -> None:
    doc = checked(
        "某市生态环境局关于开展2024年夏季臭氧污染防治攻坚行动的通知\n"
        "各区生态环境分局：\n"
        "为有效应对夏季臭氧污染，现就开展攻坚行动通知如下：\n"
        "一、强化挥发性有机物治理\n"
        "各分局要组织辖区重点企业开展挥发性有机物泄漏检测与修复工作，对检测发现的泄漏点\n"
        "— 2 —\n"
        "要在规定时限内完成修复。\n"
        "二、加强执法检查\n"
        "对超标排放企业依法从严查处。\n"
        "某市生态环境局\n"
        "2024年5月28日\n"
    )
    expect(
        doc,
        kind="notice",
        tree=[(1, "cn", "一、", "强化挥发性有机物治理"), (1, "cn", "二、", "加强执法检查")],
        signature=(("某市生态环境局",), "2024-05-28", "2024年5月28日"),
    )
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "各分局要组织辖区重点企业开展挥发性有机物泄漏检测与修复工作，对检测发现的泄漏点要在规定时限内完成修复。"
    ]
    assert "— 2 —" not in doc.text


def test_a_request_whose_attachments_are_numbered_with_pause_marks() -> None:
    doc = checked(
        "某县文化和旅游局关于申报省级文物保护单位的请示\n"
        "县人民政府：\n"
        "经调查论证，某某古桥具有较高的历史和艺术价值，拟申报省级文物保护单位。妥否，请批示。\n"
        "附件：1、某某古桥文物保护单位申报表\n"
        "2、某某古桥照片资料\n"
        "某县文化和旅游局\n"
        "2024年8月8日\n"
    )
    expect(
        doc,
        kind="request",
        closing="妥否，请批示。",
        preamble=["经调查论证，某某古桥具有较高的历史和艺术价值，拟申报省级文物保护单位。"],
        attachments=("某某古桥文物保护单位申报表", "某某古桥照片资料"),
        signature=(("某县文化和旅游局",), "2024-08-08", "2024年8月8日"),
    )


# --- causes found by batch 6, each tried on a new example ------------------------------------------


def test_a_requests_formula_written_on_after_its_last_sentence_is_the_closing() -> None:
    """Cause: 妥否，请批示 closed a 请示 on a line of its own only; written on after the last
    sentence it stayed body (only 此复 and 特此… started a closing there)."""
    doc = checked(
        "某乡人民政府关于申请农村道路安全隐患整治资金的请示\n"
        "县人民政府：\n"
        "我乡有5处临水临崖路段急需安装防护栏，特申请专项资金50万元。当否，请批复。\n"
        "某乡人民政府\n"
        "2024年4月16日\n"
    )
    expect(
        doc,
        kind="request",
        closing="当否，请批复。",
        preamble=["我乡有5处临水临崖路段急需安装防护栏，特申请专项资金50万元。"],
    )


def test_the_issue_number_and_issuing_line_of_minutes_are_their_head() -> None:
    """Cause: a 纪要's 版头 (第N期 and the issuing organ beside its date) was body: the issue line
    was joined onto the first paragraph, or became the signature of minutes that have none."""
    for head in (
        "〔2024〕第5期\n某镇人民政府办公室　　　　2024年7月2日\n",
        "某镇人民政府办公室　　　　2024年7月2日\n",
        "2024年第5期\n",
    ):
        doc = checked(
            "某镇人民政府专题会议纪要\n"
            f"{head}"
            "6月28日，镇长李某某主持召开专题会议，研究集镇环境整治工作。会议议定：\n"
            "一、由镇城建办牵头制定集镇环境整治方案\n"
            "二、整治经费由镇财政统筹安排\n"
        )
        expect(
            doc,
            kind="minutes",
            title="某镇人民政府专题会议纪要",
            preamble=["6月28日，镇长李某某主持召开专题会议，研究集镇环境整治工作。会议议定："],
            tree=[
                (1, "cn", "一、", "由镇城建办牵头制定集镇环境整治方案"),
                (1, "cn", "二、", "整治经费由镇财政统筹安排"),
            ],
            signature=None,
        )


# --- batch 7 (written before the parser ran on it) -----------------------------------------------


def test_a_notice_of_a_revised_text_keeps_its_bracketed_edition_in_the_title() -> None:
    doc = checked(
        "某市人民政府办公室关于印发某市突发事件总体应急预案的通知（2024年修订）\n"
        "各区人民政府，市政府各部门：\n"
        "修订后的《某市突发事件总体应急预案》已经市政府同意，现印发给你们，请认真组织实施。\n"
        "某市人民政府办公室\n"
        "2024年10月12日\n"
    )
    expect(
        doc,
        kind="notice",
        title="某市人民政府办公室关于印发某市突发事件总体应急预案的通知（2024年修订）",
        number=None,
        recipients=("各区人民政府", "市政府各部门"),
        signature=(("某市人民政府办公室",), "2024-10-12", "2024年10月12日"),
    )


def test_reports_of_several_kinds_by_their_last_word() -> None:
    for title in ("某县水利局局长2023年度述职报告", "关于全县农村养老服务情况的调研报告", "关于申请追加预算的请示报告"):
        doc = checked(f"{title}\n一、基本情况\n全县共有农村幸福院126个。\n二、存在问题\n运营经费保障不足。\n")
        expect(doc, kind="report", title=title, tree=[(1, "cn", "一、", "基本情况"), (1, "cn", "二、", "存在问题")])


def test_a_bulletin_ending_in_a_numbered_list_of_organs_keeps_its_own_signature() -> None:
    doc = checked(
        "某市人民政府办公室关于2024年度政务公开工作考核结果的通报\n"
        "各区人民政府，市政府各部门：\n"
        "经考核，以下单位2024年度政务公开工作成绩突出，予以通报表扬：\n"
        "1．某区人民政府\n"
        "2．某市交通运输局\n"
        "3．某市医疗保障局\n"
        "某市人民政府办公室\n"
        "2025年1月20日\n"
    )
    expect(
        doc,
        kind="bulletin",
        tree=[
            (1, "num", "1．", "某区人民政府"),
            (1, "num", "2．", "某市交通运输局"),
            (1, "num", "3．", "某市医疗保障局"),
        ],
        signature=(("某市人民政府办公室",), "2025-01-20", "2025年1月20日"),
    )


def test_an_attachment_list_written_after_the_signature() -> None:
    doc = checked(
        "某县发展和改革局关于报送2025年重大项目谋划情况的报告\n"
        "县人民政府：\n"
        "现将我县2025年重大项目谋划情况报告如下：共谋划重大项目48个，总投资326亿元。\n"
        "特此报告。\n"
        "某县发展和改革局\n"
        "2024年11月15日\n"
        "附件：2025年重大项目谋划清单\n"
    )
    expect(
        doc,
        kind="report",
        closing="特此报告。",
        attachments=("2025年重大项目谋划清单",),
        signature=(("某县发展和改革局",), "2024-11-15", "2024年11月15日"),
    )


def test_a_wrapped_attachment_name_is_joined() -> None:
    doc = checked(
        "某市发展和改革委员会关于下达2024年度重点建设项目投资计划的通知\n"
        "各区发展和改革局：\n"
        "现将2024年度重点建设项目投资计划下达给你们，请抓好落实。\n"
        "附件：1.某市2024年度重点建设项目\n"
        "      投资计划表\n"
        "      2.项目责任分工表\n"
        "某市发展和改革委员会\n"
        "2024年2月22日\n"
    )
    expect(
        doc,
        kind="notice",
        attachments=("某市2024年度重点建设项目投资计划表", "项目责任分工表"),
        signature=(("某市发展和改革委员会",), "2024-02-22", "2024年2月22日"),
    )


def test_a_note_that_the_document_is_not_public() -> None:
    doc = checked(
        "某县人民政府关于某某工业园区扩区的请示\n"
        "市人民政府：\n"
        "为满足项目落地需求，我县拟将某某工业园区扩区3.2平方公里。妥否，请批示。\n"
        "某县人民政府\n"
        "2024年7月22日\n"
        "（此件不公开）\n"
    )
    expect(
        doc,
        kind="request",
        disclosure="不予公开",
        closing="妥否，请批示。",
        signature=(("某县人民政府",), "2024-07-22", "2024年7月22日"),
    )


# --- causes found by batch 7, each tried on a new example ------------------------------------------


def test_an_attachment_name_wrapped_between_two_numbered_lines_is_joined() -> None:
    """Cause: an attachment title cut after a noun (…重点建设项目 / 投资计划表) was joined only where
    the cut could not end a title (…的, 《…); between item 1 and item 2 of the list it is the
    title's rest wherever it was cut, and the list went on past it."""
    doc = checked(
        "某县农业农村局关于报送高标准农田建设项目资料的通知\n"
        "各乡镇人民政府：\n"
        "请于5月10日前报送以下资料。\n"
        "附件：1.2024年高标准农田建设项目\n"
        "   实施进度表\n"
        "   2.项目资金使用情况表\n"
        "某县农业农村局\n"
        "2024年4月28日\n"
    )
    expect(
        doc,
        attachments=("2024年高标准农田建设项目实施进度表", "项目资金使用情况表"),
        signature=(("某县农业农村局",), "2024-04-28", "2024年4月28日"),
    )


# --- batch 8 (written before the parser ran on it) -----------------------------------------------


def test_a_ministry_order_numbered_by_year_is_the_regulation_it_promulgates() -> None:
    doc = checked(
        "中华人民共和国某某部令\n"
        "2024年第5号\n"
        "《某某运输管理规定》已于2024年4月10日经第8次部务会议通过，现予公布，自2024年7月1日起施行。\n"
        "部长　某某某\n"
        "2024年4月20日\n"
        "某某运输管理规定\n"
        "第一章　总则\n"
        "第一条　为规范某某运输经营活动，制定本规定。\n"
        "第二章　附则\n"
        "第二条　本规定自2024年7月1日起施行。\n"
    )
    expect(
        doc,
        kind="measures",
        title="某某运输管理规定",
        number=None,
        signer=None,
        signature=None,
        tree=[
            (1, "chapter", "第一章", "总则"),
            (2, "article", "第一条", None),
            (1, "chapter", "第二章", "附则"),
            (2, "article", "第二条", None),
        ],
    )


def test_an_order_of_commendation_is_an_order() -> None:
    doc = checked(
        "某省人民政府关于给予某某同志记一等功的命令\n"
        "某政令〔2024〕2号\n"
        "某某同志在抗洪抢险中奋不顾身，成功救出被困群众12人。为表彰先进，省人民政府决定，给予某某同志记一等功。\n"
        "某省人民政府\n"
        "2024年8月1日\n"
    )
    expect(
        doc,
        kind="order",
        title="某省人民政府关于给予某某同志记一等功的命令",
        number=("某政令〔2024〕2号", "某政令", 2024, 2),
        signature=(("某省人民政府",), "2024-08-01", "2024年8月1日"),
    )


def test_minutes_with_their_meeting_particulars_under_the_title() -> None:
    doc = checked(
        "某县教育工作专题会议纪要\n"
        "时间：2024年5月6日\n"
        "地点：县政府三楼会议室\n"
        "主持：王某某\n"
        "参加：县教育局、县财政局、县住建局负责同志\n"
        "会议研究了城区学校扩容工作，议定如下：\n"
        "一、由县教育局牵头编制城区学校布局规划\n"
        "二、县财政局统筹安排建设资金\n"
    )
    expect(
        doc,
        kind="minutes",
        title="某县教育工作专题会议纪要",
        metadata={},
        tree=[(1, "cn", "一、", "由县教育局牵头编制城区学校布局规划"), (1, "cn", "二、", "县财政局统筹安排建设资金")],
        signature=None,
    )
    assert [p.text for p in doc.preamble][-1] == "会议研究了城区学校扩容工作，议定如下："


def test_a_meeting_communique() -> None:
    doc = checked(
        "中国共产党某市第十三届委员会第五次全体会议公报\n"
        "中国共产党某市第十三届委员会第五次全体会议于2024年7月26日在某市举行。\n"
        "全会听取和讨论了市委常委会受市委委托作的工作报告。\n"
    )
    expect(
        doc, kind="communique", title="中国共产党某市第十三届委员会第五次全体会议公报", signature=None, proposal=None
    )


# --- causes found by batch 8, each tried on a new example ------------------------------------------


def test_an_order_numbered_by_year_and_number_promulgates_its_regulation() -> None:
    """Cause: a 令's number line was read only as 第N号; a ministry's 2024年第5号 left the 令 page
    unrecognised, so the 令's name became the title and its date the signature."""
    doc = checked(
        "国家某某监督管理总局令\n"
        "2023年第12号\n"
        "《某某产品质量监督抽查管理办法》已经2023年11月2日总局局务会议通过，现予公布，自2024年1月1日起施行。\n"
        "局长　某某某\n"
        "2023年11月20日\n"
        "某某产品质量监督抽查管理办法\n"
        "第一条　为规范产品质量监督抽查工作，制定本办法。\n"
        "第二条　本办法自2024年1月1日起施行。\n"
    )
    expect(doc, kind="measures", title="某某产品质量监督抽查管理办法", signature=None, number=None)


def test_a_minutes_particular_line_is_not_carried_on_by_the_prose_under_it() -> None:
    """Cause: a 纪要's particulars line (列席：…负责同志) ends open and reads like a paragraph, so the
    first sentence under it was joined onto it."""
    doc = checked(
        "某区人民政府第8次常务会议纪要\n"
        "出席：区长张某，副区长李某、王某\n"
        "列席：区政府办公室、区财政局负责同志\n"
        "会议听取了区财政局关于上半年财政收支情况的汇报。\n"
        "一、会议要求各部门严格控制一般性支出\n"
    )
    # since schema 1.8 the particulars are `header.attendance`, each line whole, no longer preamble paragraphs
    assert [p.text for p in doc.preamble] == ["会议听取了区财政局关于上半年财政收支情况的汇报。"]
    assert [(a.role, a.names) for a in doc.header.attendance] == [
        ("出席", ("区长张某", "副区长李某", "王某")),
        ("列席", ("区政府办公室", "区财政局负责同志")),
    ]
    expect(doc, kind="minutes", signature=None)


# --- batch 9 (written before the parser ran on it) -----------------------------------------------


def test_an_opinion_paragraph_running_yi_yao_exhortations() -> None:
    doc = checked(
        "某县人民政府关于加强耕地保护工作的意见\n"
        "各乡镇人民政府，县直各单位：\n"
        "为落实最严格的耕地保护制度，现提出如下意见。\n"
        "一、提高思想认识\n"
        "一要提高政治站位。耕地保护是国之大者。二要压实属地责任。乡镇是耕地保护第一责任主体。三要强化考核问责。对违法占用耕地的严肃追责。\n"
        "某县人民政府\n"
        "2024年3月26日\n"
    )
    items = doc.sections[0].paragraphs[0].items
    assert [(i.ordinal, i.marker, i.lead) for i in items] == [
        (1, "一要", "提高政治站位"),
        (2, "二要", "压实属地责任"),
        (3, "三要", "强化考核问责"),
    ]
    expect(doc, kind="opinion", signature=(("某县人民政府",), "2024-03-26", "2024年3月26日"))


def test_a_report_paragraph_running_first_then_finally() -> None:
    doc = checked(
        "某县统计局关于2024年一季度统计执法检查情况的报告\n"
        "县人民政府：\n"
        "一季度，我局对全县56家企业开展统计执法检查。首先，制定检查方案，明确检查重点。其次，组织业务培训，提升执法能力。最后，及时通报结果，督促企业整改。\n"
        "特此报告。\n"
        "某县统计局\n"
        "2024年4月8日\n"
    )
    items = doc.preamble[0].items
    assert [(i.ordinal, i.marker, i.lead) for i in items] == [
        (1, "首先", "制定检查方案，明确检查重点"),
        (2, "其次", "组织业务培训，提升执法能力"),
        (3, "最后", "及时通报结果，督促企业整改"),
    ]
    expect(doc, kind="report", closing="特此报告。")


def test_a_distribution_scope_note_is_no_disclosure_and_no_contact() -> None:
    doc = checked(
        "某省人民政府办公厅关于2024年度全省政务服务工作考核情况的通报\n"
        "各市人民政府，省政府各部门：\n"
        "现将2024年度全省政务服务工作考核情况通报如下：某市等5个市考核结果为优秀。\n"
        "某省人民政府办公厅\n"
        "2025年2月10日\n"
        "（此件发至县级）\n"
    )
    expect(
        doc,
        kind="bulletin",
        disclosure=None,
        contact={},
        signature=(("某省人民政府办公厅",), "2025-02-10", "2025年2月10日"),
    )


def test_a_decision_listing_commended_organs_before_its_exhortation() -> None:
    doc = checked(
        "某市人民政府关于命名2024年度市级文明单位的决定\n"
        "各区人民政府，市政府各部门：\n"
        "经评审，市政府决定，命名下列单位为2024年度市级文明单位：\n"
        "某区人民法院\n"
        "某市公共资源交易中心\n"
        "希望被命名的单位珍惜荣誉，再创佳绩。\n"
        "某市人民政府\n"
        "2024年12月18日\n"
    )
    expect(
        doc,
        kind="decision",
        preamble=[
            "经评审，市政府决定，命名下列单位为2024年度市级文明单位：",
            "某区人民法院",
            "某市公共资源交易中心",
            "希望被命名的单位珍惜荣誉，再创佳绩。",
        ],
        signature=(("某市人民政府",), "2024-12-18", "2024年12月18日"),
    )


def test_a_notice_of_two_general_offices_signed_one_per_line() -> None:
    doc = checked(
        "关于做好2025年元旦春节期间有关工作的通知\n"
        "各乡镇党委和人民政府，县委各部门，县直各单位：\n"
        "2025年元旦、春节即将来临，为确保全县人民度过欢乐祥和的节日，现就有关工作通知如下：\n"
        "一、切实保障群众生活\n"
        "二、扎实做好安全生产\n"
        "中共某县县委办公室\n"
        "某县人民政府办公室\n"
        "2024年12月25日\n"
    )
    expect(
        doc,
        kind="notice",
        recipients=("各乡镇党委和人民政府", "县委各部门", "县直各单位"),
        tree=[(1, "cn", "一、", "切实保障群众生活"), (1, "cn", "二、", "扎实做好安全生产")],
        signature=(("中共某县县委办公室", "某县人民政府办公室"), "2024-12-25", "2024年12月25日"),
    )


def test_minutes_closed_by_their_recorder_line() -> None:
    doc = checked(
        "某街道党工委会议纪要\n"
        "会议研究了辖区防汛工作，议定如下：\n"
        "一、成立街道防汛工作专班\n"
        "二、各社区落实巡查值守\n"
        "主持人：李某某\n"
        "记录人：王某\n"
    )
    expect(
        doc,
        kind="minutes",
        tree=[(1, "cn", "一、", "成立街道防汛工作专班"), (1, "cn", "二、", "各社区落实巡查值守")],
        signature=None,
        contact={},
    )


# --- batch 10 (written before the parser ran on it) ----------------------------------------------


def _notice_ending(words: str) -> govdoc.Document:
    return checked(
        "某县应急管理局关于开展汛前安全隐患排查的通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "为做好今年防汛工作，现就开展汛前安全隐患排查通知如下：\n"
        "一、排查范围\n"
        "水库、山塘、河道堤防和地质灾害隐患点。\n"
        "二、工作要求\n"
        "各单位于4月30日前完成排查并报送排查情况。\n"
        f"{words}\n"
        "某县应急管理局\n"
        "2024年4月2日\n"
    )


def test_a_notices_closing_sentences_asking_for_execution() -> None:
    for words in ("以上通知，请认真贯彻执行。", "请遵照执行。", "请认真抓好落实。"):
        doc = _notice_ending(words)
        expect(doc, kind="notice", closing=words, signature=(("某县应急管理局",), "2024-04-02", "2024年4月2日"))
        assert [p.text for p in doc.sections[-1].paragraphs] == ["各单位于4月30日前完成排查并报送排查情况。"], words


def test_a_letters_closing_asking_respectfully_for_support() -> None:
    for words in ("敬请支持。", "请予以支持为盼。", "请予函复。"):
        doc = checked(
            "某市档案馆关于商请移交2014年度档案的函\n"
            "市发展和改革委员会：\n"
            "根据《中华人民共和国档案法》有关规定，请贵委于10月底前向我馆移交2014年度永久保管档案。\n"
            f"{words}\n"
            "某市档案馆\n"
            "2024年9月2日\n"
        )
        expect(doc, kind="letter", closing=words, signature=(("某市档案馆",), "2024-09-02", "2024年9月2日"))


def test_an_opinion_and_a_report_closing_with_their_own_requests() -> None:
    for title, words, kind in (
        ("某县人民政府关于加强农村集体资产管理的意见", "以上意见，请结合实际认真贯彻执行。", "opinion"),
        ("某县审计局关于2024年上半年审计工作情况的报告", "以上报告，如有不妥，请批评指正。", "report"),
    ):
        doc = checked(
            f"{title}\n"
            "各乡镇人民政府：\n"
            "现将有关事项说明如下：\n"
            "一、基本情况\n"
            "全县村级集体资产总额12.6亿元。\n"
            f"{words}\n"
            "某县人民政府\n"
            "2024年7月30日\n"
        )
        expect(doc, kind=kind, closing=words)
        assert [p.text for p in doc.sections[0].paragraphs] == ["全县村级集体资产总额12.6亿元。"], words


# --- causes found by batch 10, each tried on a new example -----------------------------------------


def test_a_request_to_carry_out_closes_a_notice_but_an_instruction_to_named_units_does_not() -> None:
    """Cause: a notice's own closing sentence (以上通知，请认真贯彻执行 / 请切实抓好落实) and a letter's
    敬请… were not in the closing vocabulary; an instruction naming who does what stays body."""
    base = (
        "某区市场监督管理局关于开展校园食品安全专项检查的通知\n"
        "各市场监管所：\n"
        "为保障秋季开学食品安全，现部署开展校园食品安全专项检查。\n"
        "一、检查内容\n"
        "学校食堂和校外供餐单位的食品安全管理制度落实情况。\n"
    )
    tail = "某区市场监督管理局\n2024年8月26日\n"
    for words in ("请切实抓好落实。", "以上意见，请认真贯彻落实。"):
        doc = checked(f"{base}{words}\n{tail}")
        expect(doc, closing=words)
    doc = checked(f"{base}请各市场监管所于9月10日前组织实施。\n{tail}")
    expect(doc, closing=None)
    assert doc.sections[0].paragraphs[-1].text == "请各市场监管所于9月10日前组织实施。"
    doc = checked(
        "某县图书馆关于商借展览场地的函\n县文化馆：\n我馆拟于10月举办书画展，商借贵馆展厅一周。\n敬请大力支持为盼。\n某县图书馆\n2024年9月5日\n"
    )
    expect(doc, kind="letter", closing="敬请大力支持为盼。")


def test_a_table_ending_the_body_before_a_closing_keeps_its_last_row() -> None:
    """Cause (exposed by batch 10's closings): the labelled contact lines moved from the body's last
    stretch to the contact took a table's last row (邮箱 | empty) out of its table."""
    page = (
        "<html><body><p>关于报送防汛值班人员名单的通知</p><p>各街道：</p><p>请按下表格式报送值班人员。</p><table>"
        "<tr><td>姓名</td><td>职务</td></tr>"
        "<tr><td>邮箱</td><td></td></tr>"
        "</table><p>特此通知。</p><p>某区应急管理局</p><p>2024年6月3日</p></body></html>"
    )
    doc = govdoc.parse(page.encode(), format="html")
    check_invariants(doc)
    assert [t.rows for t in doc.tables] == [(("姓名", "职务"), ("邮箱", ""))]
    expect(doc, closing="特此通知。", signature=(("某区应急管理局",), "2024-06-03", "2024年6月3日"))


# --- batch 11 (written before the parser ran on it) ----------------------------------------------


def test_a_public_notice_with_its_formula_written_on_after_its_last_article() -> None:
    doc = checked(
        "某县公安局关于收缴非法枪支弹药的通告\n"
        "为维护社会治安秩序，根据有关法律规定，现就收缴非法枪支弹药有关事项通告如下：\n"
        "一、凡非法持有枪支弹药的，应于2024年8月31日前主动上交当地公安机关。\n"
        "二、本通告自发布之日起施行。特此通告。\n"
        "某县公安局\n"
        "2024年6月1日\n"
    )
    expect(
        doc,
        kind="announcement",
        closing="特此通告。",
        signature=(("某县公安局",), "2024-06-01", "2024年6月1日"),
    )
    assert doc.sections[-1].title == "本通告自发布之日起施行"


def test_a_notice_closing_formula_with_its_request_on_one_line() -> None:
    doc = checked(
        "某区卫生健康委员会关于调整区医疗质量控制中心的通知\n"
        "各医疗机构：\n"
        "经研究，决定调整区医疗质量控制中心设置，调整后的名单见附件。\n"
        "特此通知，请遵照执行。\n"
        "附件：区医疗质量控制中心名单\n"
        "某区卫生健康委员会\n"
        "2024年11月11日\n"
    )
    expect(
        doc,
        kind="notice",
        closing="特此通知，请遵照执行。",
        attachments=("区医疗质量控制中心名单",),
        signature=(("某区卫生健康委员会",), "2024-11-11", "2024年11月11日"),
    )


def test_a_reply_titled_as_an_opinion_letter_of_reply() -> None:
    doc = checked(
        "关于县政协十届三次会议第36号提案的答复意见书\n"
        "赵某某委员：\n"
        "您提出的《关于加强乡村医生队伍建设的提案》收悉。现答复如下：\n"
        "我局已将乡村医生待遇保障纳入2025年民生实事项目。\n"
        "专此答复，谢谢！\n"
        "某县卫生健康局\n"
        "2024年5月17日\n"
    )
    expect(
        doc,
        kind="reply",
        proposal=("政协", "县", 10, 3, "36", "提案", "关于加强乡村医生队伍建设的提案"),
        closing="专此答复，谢谢！",
        signature=(("某县卫生健康局",), "2024-05-17", "2024年5月17日"),
    )


def test_implementing_rules_on_trial_in_chapters_and_articles() -> None:
    doc = checked(
        "某市住房公积金提取管理实施细则（试行）\n"
        "第一章　总则\n"
        "第一条　为规范住房公积金提取管理，制定本细则。\n"
        "第二章　提取条件\n"
        "第二条　职工有下列情形之一的，可以提取住房公积金：\n"
        "（一）购买自住住房的；\n"
        "（二）离休、退休的。\n"
        "第三章　附则\n"
        "第三条　本细则自2025年1月1日起施行。\n"
    )
    expect(
        doc,
        kind="measures",
        title="某市住房公积金提取管理实施细则（试行）",
        tree=[
            (1, "chapter", "第一章", "总则"),
            (2, "article", "第一条", None),
            (1, "chapter", "第二章", "提取条件"),
            (2, "article", "第二条", None),
            (3, "cn-paren", "（一）", None),  # a final ； is a stop inside the line: no heading by the contract
            (3, "cn-paren", "（二）", "离休、退休的"),
            (1, "chapter", "第三章", "附则"),
            (2, "article", "第三条", None),
        ],
        signature=None,
    )
