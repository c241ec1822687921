"""Sixth round of probes, genre side: short but whole documents of the genres beyond the reply
(通知 that forward or print, 意见, 批复, 决定 that amend, 通报 on a web page, 纪要 with 分送, 公告,
请示 with 签发人, 函, 办法 in chapters with 款 and 项) on angles round 4 left alone: joint
letterheads, forwarded documents printed with their own 落款, letter-spaced chapter names, quoted
article text inside an amending decision, numbering continued across parents. Every expected value
was written from the contract and the domain guide and committed before the parser ran on the
batch; every document also keeps the span invariants, invents no character and raises no internal
error."""

from __future__ import annotations

from collections.abc import Callable

import govdoc
from tests.probing import checked, codes, head, paragraphs, trailer, tree

FIELDS: dict[str, Callable[[govdoc.Document], object]] = {
    "kind": lambda d: d.kind,
    "issuer": lambda d: head(d)["issuer"],
    "number": lambda d: head(d)["number"],
    "title": lambda d: head(d)["title"],
    "recipients": lambda d: tuple(head(d)["recipients"]),
    "signer": lambda d: head(d)["signer"],
    "urgency": lambda d: head(d)["urgency"],
    "metadata": lambda d: head(d)["metadata"],
    "disclosure": lambda d: head(d)["disclosure"],
    "ref": lambda d: head(d)["ref"],
    "preamble": lambda d: [p.text for p in d.preamble],
    "tree": tree,
    "closing": lambda d: trailer(d)["closing"],
    "signature": lambda d: trailer(d)["signature"],
    "contact": lambda d: trailer(d)["contact"],
    "imprint": lambda d: trailer(d)["imprint"],
    "attachments": lambda d: tuple(d.attachments),
    "warnings": codes,
}


def expect(doc: govdoc.Document, **want: object) -> None:
    """Compare every named field at once, so one run shows all of a probe's misses."""
    wrong = {k: {"got": FIELDS[k](doc), "want": v} for k, v in want.items() if FIELDS[k](doc) != v}
    assert not wrong, wrong


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_joint_letterhead_notice_printing_a_task_list_dated_in_ideographs() -> None:
    doc = checked(
        "中共某县委办公室\n"
        "某县人民政府办公室\n"
        "文件\n"
        "某办发〔2024〕6号\n"
        "中共某县委办公室　某县人民政府办公室\n"
        "关于印发《某县2024年乡村振兴重点工作任务清单》的通知\n"
        "各乡（镇）党委、政府，县委各部门，县直各单位：\n"
        "《某县2024年乡村振兴重点工作任务清单》已经县委、县政府同意，现印发给你们，请结合实际认真抓好落实。\n"
        "附件：某县2024年乡村振兴重点工作任务清单\n"
        "中共某县委办公室　　　　某县人民政府办公室\n"
        "二〇二四年三月五日\n"
        "抄送：市委办公室，市政府办公室。\n"
        "中共某县委办公室　　　　　　　　　2024年3月6日印发\n"
    )
    expect(
        doc,
        kind="notice",
        # checked only after the first run (the contract question of a joint 标志's name, notes):
        # the stacked organs as one name, as the title opens with them
        issuer="中共某县委办公室某县人民政府办公室",
        number=("某办发〔2024〕6号", "某办发", 2024, 6),
        # the organ line over the 关于 line is the title's first line; the layout space between the
        # two organs' ideographs is not kept in Document.text
        title="中共某县委办公室某县人民政府办公室关于印发《某县2024年乡村振兴重点工作任务清单》的通知",
        # 政府 has two characters: 各乡（镇）党委、政府 stays one addressee
        recipients=("各乡（镇）党委、政府", "县委各部门", "县直各单位"),
        preamble=["《某县2024年乡村振兴重点工作任务清单》已经县委、县政府同意，现印发给你们，请结合实际认真抓好落实。"],
        tree=[],
        closing=None,
        attachments=("某县2024年乡村振兴重点工作任务清单",),
        signature=(("中共某县委办公室", "某县人民政府办公室"), "2024-03-05", "二〇二四年三月五日"),
        imprint=(("市委办公室", "市政府办公室"), "中共某县委办公室", "2024-03-06"),
    )


def test_a_forwarding_notice_followed_by_the_forwarded_notice_with_its_own_signature() -> None:
    doc = checked(
        "某县人民政府办公室关于转发《某市人民政府办公室关于进一步加强耕地保护工作的通知》的通知\n"
        "某政办发〔2024〕21号\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《某市人民政府办公室关于进一步加强耕地保护工作的通知》（某市政办发〔2024〕7号）转发给你们，请结合实际，认真贯彻落实。\n"
        "某县人民政府办公室\n"
        "2024年4月2日\n"
        "（此件公开发布）\n"
        "某市人民政府办公室关于进一步加强耕地保护工作的通知\n"
        "某市政办发〔2024〕7号\n"
        "各县（市、区）人民政府，市直各单位：\n"
        "为切实加强耕地保护，坚决遏制耕地“非农化”，现就有关事项通知如下：\n"
        "一、严格落实耕地保护责任\n"
        "各县（市、区）人民政府对本行政区域内耕地保有量负总责。\n"
        "二、严格管控耕地用途\n"
        "（一）严禁违规占用耕地绿化造林。\n"
        "（二）严禁违规占用耕地挖湖造景。\n"
        "某市人民政府办公室\n"
        "2024年3月20日\n"
    )
    expect(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=("某政办发〔2024〕21号", "某政办发", 2024, 21),
        title="某县人民政府办公室关于转发《某市人民政府办公室关于进一步加强耕地保护工作的通知》的通知",
        recipients=("各乡镇人民政府", "县政府各部门"),
        disclosure="主动公开",
        tree=[
            (1, "cn", "一、", "严格落实耕地保护责任"),
            (1, "cn", "二、", "严格管控耕地用途"),
            (2, "cn-paren", "（一）", "严禁违规占用耕地绿化造林"),
            (2, "cn-paren", "（二）", "严禁违规占用耕地挖湖造景"),
        ],
        # the forwarded notice printed after the 落款 does not move the signature
        signature=(("某县人民政府办公室",), "2024-04-02", "2024年4月2日"),
        ref=None,
    )
    assert doc.preamble[0].text.startswith("现将《某市人民政府办公室关于进一步加强耕地保护工作的通知》")


def test_measures_in_letter_spaced_chapters_with_clauses_items_and_cross_references() -> None:
    doc = checked(
        "某市城市道路挖掘管理办法\n"
        "第一章　总　　则\n"
        "第一条　为加强城市道路挖掘管理，保障道路完好和通行安全，根据《城市道路管理条例》，结合本市实际，制定本办法。\n"
        "第二条　本市城市建成区内城市道路的挖掘及其监督管理，适用本办法。\n"
        "第二章　挖掘许可\n"
        "第三条　因工程建设需要挖掘城市道路的，建设单位应当向市城市管理部门申请办理挖掘许可。\n"
        "申请挖掘许可应当提交下列材料：\n"
        "（一）挖掘申请书；\n"
        "（二）施工图纸和施工方案；\n"
        "（三）交通疏导方案。\n"
        "第四条　新建、改建、扩建的城市道路交付使用后五年内、大修的城市道路竣工后三年内不得挖掘。\n"
        "因特殊情况确需挖掘的，须经市人民政府批准。\n"
        "第三章　法律责任\n"
        "第五条　违反本办法第三条第一款规定，未经许可擅自挖掘城市道路的，由市城市管理部门责令限期改正，可以处2万元以下罚款。\n"
        "第六条　违反本办法第四条第二款规定的，依照《城市道路管理条例》的规定处罚。\n"
        "第四章　附　　则\n"
        "第七条　本办法自2024年10月1日起施行。\n"
    )
    expect(
        doc,
        kind="measures",
        title="某市城市道路挖掘管理办法",
        issuer=None,
        number=None,
        recipients=(),
        tree=[
            (1, "chapter", "第一章", "总则"),
            (2, "article", "第一条", None),
            (2, "article", "第二条", None),
            (1, "chapter", "第二章", "挖掘许可"),
            (2, "article", "第三条", None),
            # a final ； is a stop inside the line (round 4's reading of the contract): no title
            (3, "cn-paren", "（一）", None),
            (3, "cn-paren", "（二）", None),
            (3, "cn-paren", "（三）", "交通疏导方案"),
            (2, "article", "第四条", None),
            (1, "chapter", "第三章", "法律责任"),
            (2, "article", "第五条", None),
            (2, "article", "第六条", None),
            (1, "chapter", "第四章", "附则"),
            (2, "article", "第七条", None),
        ],
        signature=None,
        closing=None,
    )
    article_3, article_4 = doc.sections[1].sections
    assert len(article_3.paragraphs) == 2  # two 款 before the 项
    assert paragraphs(article_4)[-1] == "因特殊情况确需挖掘的，须经市人民政府批准。"


def test_an_approval_of_three_points_dated_with_white_circle_zero() -> None:
    doc = checked(
        "某县人民政府关于同意某镇调整部分村级建制的批复\n"
        "某政复〔2024〕15号\n"
        "某镇人民政府：\n"
        "你镇《关于调整部分村级建制的请示》（某镇政〔2024〕12号）收悉。经县政府研究，现批复如下：\n"
        "一、同意撤销张村、李村，合并设立张李村。\n"
        "二、合并后的张李村村民委员会驻原张村村部，管辖原张村、李村的全部行政区域和人口。\n"
        "三、你镇要认真做好村级建制调整后的人员安置、资产清理和档案移交等工作，确保社会稳定。\n"
        "此复。\n"
        "某县人民政府\n"
        "二○二四年五月十日\n"
        "抄送：县民政局，县自然资源局，县财政局。\n"
    )
    expect(
        doc,
        kind="approval",
        issuer="某县人民政府",
        number=("某政复〔2024〕15号", "某政复", 2024, 15),
        title="某县人民政府关于同意某镇调整部分村级建制的批复",
        recipients=("某镇人民政府",),
        ref=None,
        preamble=["你镇《关于调整部分村级建制的请示》（某镇政〔2024〕12号）收悉。经县政府研究，现批复如下："],
        tree=[
            (1, "cn", "一、", "同意撤销张村、李村，合并设立张李村"),
            (1, "cn", "二、", None),
            (1, "cn", "三、", None),
        ],
        closing="此复。",
        signature=(("某县人民政府",), "2024-05-10", "二○二四年五月十日"),
        imprint=(("县民政局", "县自然资源局", "县财政局"), None, None),
    )


def test_a_bulletin_on_a_web_page_between_its_chrome() -> None:
    doc = checked(
        "首页 > 政务公开 > 通知公告\n"
        "某县安全生产委员会办公室关于2024年第二季度安全生产督查情况的通报\n"
        "发布时间：2024-07-08　　来源：某县应急管理局　　浏览次数：326\n"
        "【字体：大 中 小】　打印本页\n"
        "某县安全生产委员会办公室关于2024年第二季度安全生产督查情况的通报\n"
        "某安办〔2024〕18号\n"
        "各乡镇安委会，县安委会各成员单位：\n"
        "为压实安全生产责任，县安委办于6月组织开展了第二季度安全生产督查。现将有关情况通报如下：\n"
        "一、基本情况\n"
        "本次督查共检查生产经营单位86家，发现问题隐患213项，已整改186项。\n"
        "二、存在问题\n"
        "（一）部分企业主体责任落实不到位。\n"
        "（二）个别乡镇监管存在“宽松软”现象。\n"
        "三、下步要求\n"
        "各乡镇、各部门要对照问题清单，于7月31日前完成整改。\n"
        "特此通报。\n"
        "某县安全生产委员会办公室\n"
        "2024年7月5日\n"
        "分享到：\n"
        "【关闭窗口】【打印本页】\n"
        "版权所有：某县人民政府　　ICP备案号：某ICP备12345678号\n"
    )
    expect(
        doc,
        kind="bulletin",
        issuer="某县安全生产委员会办公室",
        number=("某安办〔2024〕18号", "某安办", 2024, 18),
        title="某县安全生产委员会办公室关于2024年第二季度安全生产督查情况的通报",
        recipients=("各乡镇安委会", "县安委会各成员单位"),
        metadata={},
        tree=[
            (1, "cn", "一、", "基本情况"),
            (1, "cn", "二、", "存在问题"),
            (2, "cn-paren", "（一）", "部分企业主体责任落实不到位"),
            (2, "cn-paren", "（二）", "个别乡镇监管存在“宽松软”现象"),
            (1, "cn", "三、", "下步要求"),
        ],
        closing="特此通报。",
        signature=(("某县安全生产委员会办公室",), "2024-07-05", "2024年7月5日"),
        imprint=None,
        attachments=(),
    )
    for chrome in ("浏览次数", "打印本页", "版权所有", "分享到"):
        assert chrome not in doc.text


def test_minutes_distributed_by_a_fensong_line() -> None:
    doc = checked(
        "某区人民政府常务会议纪要\n"
        "〔2024〕第9期\n"
        "某区人民政府办公室　　　　　　　2024年7月3日\n"
        "2024年7月1日，区长王某某主持召开区政府第二十六次常务会议，研究老旧小区改造和防汛工作。现纪要如下：\n"
        "一、关于《某区2024年老旧小区改造实施方案》\n"
        "会议原则同意《某区2024年老旧小区改造实施方案》，由区住房城乡建设局按程序印发实施。\n"
        "二、关于防汛工作\n"
        "会议要求，各街道、各部门要严格落实防汛责任制，确保安全度汛。\n"
        "出席：王某某　李某某　张某某\n"
        "列席：区政府办公室、区住房城乡建设局、区水务局负责同志\n"
        "分送：区委常委，区人大常委会主任、副主任，区政协主席、副主席。\n"
        "某区人民政府办公室　　　　　　　2024年7月3日印发\n"
    )
    expect(
        doc,
        kind="minutes",
        title="某区人民政府常务会议纪要",
        number=None,
        tree=[
            (1, "cn", "一、", "关于《某区2024年老旧小区改造实施方案》"),
            (1, "cn", "二、", "关于防汛工作"),
        ],
        signature=None,
        # 分送 is the 纪要's distribution line where other documents write 抄送 (judged: cc)
        imprint=(
            ("区委常委", "区人大常委会主任、副主任", "区政协主席、副主席"),
            "某区人民政府办公室",
            "2024-07-03",
        ),
    )
    assert paragraphs(doc.sections[1])[0] == "会议要求，各街道、各部门要严格落实防汛责任制，确保安全度汛。"


def test_a_land_sale_announcement_with_its_contact_lines_in_the_last_section() -> None:
    doc = checked(
        "某市自然资源和规划局国有建设用地使用权挂牌出让公告\n"
        "某自然资告〔2024〕5号\n"
        "经某市人民政府批准，某市自然资源和规划局决定以挂牌方式出让1宗国有建设用地使用权。现将有关事项公告如下：\n"
        "一、挂牌出让地块基本情况\n"
        "地块编号为2024-05号，位于某市新城区纬三路南侧，出让面积12345平方米，用途为住宅用地。\n"
        "二、竞买申请\n"
        "申请人可于2024年8月1日至8月20日到某市公共资源交易中心提交书面申请。\n"
        "三、联系方式\n"
        "联系地址：某市新城区行政中心B座305室\n"
        "联系电话：0917-3216549\n"
        "联系人：赵先生\n"
        "某市自然资源和规划局\n"
        "2024年7月10日\n"
    )
    expect(
        doc,
        kind="announcement",
        issuer="某市自然资源和规划局",
        number=("某自然资告〔2024〕5号", "某自然资告", 2024, 5),
        title="某市自然资源和规划局国有建设用地使用权挂牌出让公告",
        recipients=(),
        tree=[
            (1, "cn", "一、", "挂牌出让地块基本情况"),
            (1, "cn", "二、", "竞买申请"),
            (1, "cn", "三、", "联系方式"),
        ],
        contact={"name": "赵先生", "phones": ("0917-3216549",), "address": "某市新城区行政中心B座305室"},
        closing=None,
        signature=(("某市自然资源和规划局",), "2024-07-10", "2024年7月10日"),
    )


def test_a_request_with_its_signer_on_the_number_line_and_yi_shang_qing_shi_tuo_fou() -> None:
    doc = checked(
        "某县教育局文件\n"
        "某教〔2024〕23号　　　　　　　　签发人：王某某\n"
        "某县教育局关于申请拨付2024年农村学校校舍维修资金的请示\n"
        "县人民政府：\n"
        "今年汛期，我县部分农村学校校舍受损严重，急需维修。经测算，共需维修资金386万元，我局已统筹安排126万元，尚有缺口260万元。\n"
        "为保障秋季学期正常开学，恳请县政府拨付校舍维修资金260万元。\n"
        "以上请示妥否，请批示。\n"
        "附件：2024年农村学校校舍维修资金测算表\n"
        "某县教育局\n"
        "2024年7月22日\n"
        "（联系人：张某某，联系电话：0913-6123456）\n"
    )
    expect(
        doc,
        kind="request",
        issuer="某县教育局",
        number=("某教〔2024〕23号", "某教", 2024, 23),
        signer="王某某",
        title="某县教育局关于申请拨付2024年农村学校校舍维修资金的请示",
        recipients=("县人民政府",),
        preamble=[
            "今年汛期，我县部分农村学校校舍受损严重，急需维修。经测算，共需维修资金386万元，我局已统筹安排126万元，尚有缺口260万元。",
            "为保障秋季学期正常开学，恳请县政府拨付校舍维修资金260万元。",
        ],
        closing="以上请示妥否，请批示。",
        attachments=("2024年农村学校校舍维修资金测算表",),
        signature=(("某县教育局",), "2024-07-22", "2024年7月22日"),
        contact={"name": "张某某", "phones": ("0913-6123456",)},
    )


def test_an_amending_decision_whose_quoted_new_article_opens_no_article() -> None:
    doc = checked(
        "某市人民政府关于修改《某市城市绿化管理办法》的决定\n"
        "某政发〔2024〕30号\n"
        "各区人民政府，市政府各部门：\n"
        "市人民政府决定对《某市城市绿化管理办法》作如下修改：\n"
        "一、将第五条修改为：“市园林绿化主管部门负责全市城市绿化管理工作。”\n"
        "二、删去第十二条第二款。\n"
        "三、将第二十条修改为：\n"
        "“第二十条　损坏城市绿化设施的，由园林绿化主管部门责令限期改正，赔偿损失。”\n"
        "本决定自公布之日起施行。\n"
        "某市人民政府\n"
        "2024年9月1日\n"
    )
    expect(
        doc,
        kind="decision",
        issuer="某市人民政府",
        number=("某政发〔2024〕30号", "某政发", 2024, 30),
        recipients=("各区人民政府", "市政府各部门"),
        preamble=["市人民政府决定对《某市城市绿化管理办法》作如下修改："],
        tree=[
            # the contract's run-in rule: the text before the first ： with more text after it
            (1, "cn", "一、", "将第五条修改为"),
            (1, "cn", "二、", "删去第十二条第二款"),
            (1, "cn", "三、", "将第二十条修改为"),
        ],
        signature=(("某市人民政府",), "2024-09-01", "2024年9月1日"),
    )
    last = paragraphs(doc.sections[2])
    assert len(last) == 2
    assert last[-1] == "本决定自公布之日起施行。"


def test_an_urgent_notice_with_its_disclosure_line_under_the_date() -> None:
    doc = checked(
        "特急\n"
        "某县人民政府办公室关于切实做好第5号台风防御工作的紧急通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "据气象部门预报，今年第5号台风将于7月28日夜间影响我县。为切实做好防御工作，现将有关事项紧急通知如下：\n"
        "一、立即进入临战状态\n"
        "各乡镇、各部门要立即启动防台风应急响应。\n"
        "二、全力转移危险区域群众\n"
        "三、严格落实值班值守制度\n"
        "特此通知。\n"
        "某县人民政府办公室\n"
        "2024年7月27日\n"
        "公开方式：主动公开\n"
    )
    expect(
        doc,
        kind="notice",
        urgency="特急",
        issuer="某县人民政府办公室",
        title="某县人民政府办公室关于切实做好第5号台风防御工作的紧急通知",
        recipients=("各乡镇人民政府", "县政府各部门"),
        metadata={},
        disclosure="主动公开",
        tree=[
            (1, "cn", "一、", "立即进入临战状态"),
            (1, "cn", "二、", "全力转移危险区域群众"),
            (1, "cn", "三、", "严格落实值班值守制度"),
        ],
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-07-27", "2024年7月27日"),
    )


def test_a_letter_asking_a_peer_for_data_closing_te_ci_han_gao() -> None:
    doc = checked(
        "某市财政局关于商请提供2023年度部门决算有关数据的函\n"
        "某财函〔2024〕31号\n"
        "市统计局：\n"
        "根据市政府工作安排，我局正在编制2023年度全市财政决算分析报告。为确保数据准确，请你局于5月20日前提供2023年度全市规模以上工业增加值等有关数据。\n"
        "联系人：李某　　联系电话：0371-65551234\n"
        "特此函告。\n"
        "某市财政局\n"
        "2024年5月8日\n"
    )
    expect(
        doc,
        kind="letter",
        issuer="某市财政局",
        number=("某财函〔2024〕31号", "某财函", 2024, 31),
        title="某市财政局关于商请提供2023年度部门决算有关数据的函",
        recipients=("市统计局",),
        closing="特此函告。",
        contact={"name": "李某", "phones": ("0371-65551234",)},
        signature=(("某市财政局",), "2024-05-08", "2024年5月8日"),
    )


def test_an_implementing_opinion_numbering_its_sub_sections_on_across_parents() -> None:
    doc = checked(
        "某市人民政府关于加快发展银发经济的实施意见\n"
        "某政发〔2024〕11号\n"
        "各县（市、区）人民政府，市政府各部门：\n"
        "为贯彻落实《国务院办公厅关于发展银发经济增进老年人福祉的意见》，结合我市实际，提出如下实施意见。\n"
        "一、总体要求\n"
        "（一）指导思想。坚持以人民为中心的发展思想，积极应对人口老龄化。\n"
        "（二）主要目标。到2027年，全市银发经济规模持续扩大。\n"
        "二、重点任务\n"
        "（三）扩大老年助餐服务。推进社区老年食堂建设，到2025年实现城市社区全覆盖。\n"
        "（四）发展居家养老服务。鼓励养老机构向周边社区延伸服务。\n"
        "三、保障措施\n"
        "（五）强化组织领导。各县（市、区）要建立工作推进机制。\n"
        "某市人民政府\n"
        "二〇二四年六月十八日\n"
        "（此件公开发布）\n"
    )
    expect(
        doc,
        kind="opinion",
        issuer="某市人民政府",
        number=("某政发〔2024〕11号", "某政发", 2024, 11),
        title="某市人民政府关于加快发展银发经济的实施意见",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        preamble=["为贯彻落实《国务院办公厅关于发展银发经济增进老年人福祉的意见》，结合我市实际，提出如下实施意见。"],
        tree=[
            (1, "cn", "一、", "总体要求"),
            (2, "cn-paren", "（一）", "指导思想"),
            (2, "cn-paren", "（二）", "主要目标"),
            (1, "cn", "二、", "重点任务"),
            (2, "cn-paren", "（三）", "扩大老年助餐服务"),
            (2, "cn-paren", "（四）", "发展居家养老服务"),
            (1, "cn", "三、", "保障措施"),
            (2, "cn-paren", "（五）", "强化组织领导"),
        ],
        closing=None,
        signature=(("某市人民政府",), "2024-06-18", "二〇二四年六月十八日"),
        disclosure="主动公开",
    )
    assert [s.ordinal for s in doc.sections[1].sections] == [3, 4]  # kept as written


# --- causes found by batch 1, each tried on a new example ------------------------------------------


def test_a_letterhead_of_three_organs_stacked_over_wenjian_names_them_all() -> None:
    doc = checked(
        "某市财政局\n"
        "某市教育局\n"
        "某市人力资源和社会保障局\n"
        "文件\n"
        "某财教〔2024〕12号\n"
        "关于调整城乡义务教育教师绩效工资水平的通知\n"
        "各县（市、区）财政局、教育局、人力资源和社会保障局：\n"
        "经市政府同意，自2024年1月起调整城乡义务教育教师绩效工资水平。\n"
        "某市财政局　　某市教育局　　某市人力资源和社会保障局\n"
        "2024年3月18日\n"
    )
    # one string for the joint letterhead, its lines joined as a wrapped title's are (judged:
    # the contract gives a joint issuer as one name, as a one-line joint 标志 reads once its layout
    # spaces are gone)
    expect(doc, kind="notice", issuer="某市财政局某市教育局某市人力资源和社会保障局")


def test_a_single_organ_over_a_wrapped_wenjian_is_still_the_only_issuer() -> None:
    doc = checked(
        "某区水务局\n"
        "文件\n"
        "某水发〔2024〕4号\n"
        "关于开展汛前河道清障的通知\n"
        "各街道办事处：\n"
        "为确保安全度汛，请于5月底前完成辖区河道清障。\n"
        "某区水务局\n"
        "2024年4月9日\n"
    )
    expect(doc, issuer="某区水务局", number=("某水发〔2024〕4号", "某水发", 2024, 4))


def test_a_fensong_distribution_line_is_the_imprints_cc() -> None:
    doc = checked(
        "某市人民政府专题会议纪要\n"
        "第15期\n"
        "8月1日，副市长李某主持召开专题会议，研究中心城区停车设施建设。纪要如下：\n"
        "一、会议同意将停车设施建设纳入年度重点项目。\n"
        "二、会议明确由市城管局牵头制定建设计划。\n"
        "分送：市发展改革委，市财政局，市自然资源和规划局。\n"
        "某市人民政府办公室　　2024年8月2日印发\n"
    )
    expect(
        doc,
        kind="minutes",
        imprint=(("市发展改革委", "市财政局", "市自然资源和规划局"), "某市人民政府办公室", "2024-08-02"),
    )
    assert paragraphs(doc.sections[1]) == []


def test_a_labelled_contact_line_is_not_carried_on_by_the_formula_under_it() -> None:
    doc = checked(
        "某县农业农村局关于报送秋粮收购进度的函\n"
        "县发展和改革局：\n"
        "请你局每周五将秋粮收购进度报送我局。\n"
        "联 系 人：周某　　手机：13912345678\n"
        "此函。\n"
        "某县农业农村局\n"
        "2024年9月23日\n"
    )
    expect(
        doc,
        kind="letter",
        preamble=["请你局每周五将秋粮收购进度报送我局。"],
        closing="此函。",
        contact={"name": "周某", "phones": ("13912345678",)},
        warnings=[],
    )
