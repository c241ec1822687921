"""Session 11's fixes of older strict xfails: each test is a new example (new wording, another
layout) of the general cause an xfail named, written by hand from the contract before the parser
ran on it, so it shows the cause is fixed rather than the one document that showed it."""

from __future__ import annotations

import govdoc
from govdoc.blocks import Block
from govdoc.model import Source
from govdoc.pipeline import default_pipeline
from govdoc.rules.build import build_document
from govdoc.state import State
from tests.invariants import check_invariants
from tests.probing import checked, paragraphs, tree


def body(text: str) -> govdoc.Document:
    """`text` as the body of a reply, between its title, 主送 and opening and its 落款."""
    return checked(
        "关于区人大五届二次会议第9号建议的答复\n陈某代表：\n您提出的关于加强财政管理的建议收悉，现答复如下：\n"
        + text
        + "\n某区财政局\n2025年5月6日"
    )


# ------------------------------------------- an untitled body closing on its type's own formula


def test_an_untitled_body_closing_on_a_formula_of_its_type_takes_that_type() -> None:
    # the contract's body words are 特此 + the type's own word (特此通知, 特此批复, 特此通报);
    # an untitled 通告, 报告 or 请示 closes with the same formula and names its type as surely
    for formula, kind in (
        ("特此通告", "announcement"),
        ("特此报告", "report"),
        ("特此请示", "request"),
        ("特此公告", "announcement"),
    ):
        doc = checked(
            "因供水主管道抢修，城东片区将于2025年3月6日8时至20时停止供水，请居民提前储水。\n"
            f"{formula}。\n"
            "某市水务局\n"
            "2025年3月4日\n"
        )
        assert (doc.kind, doc.header.title) == (kind, None), formula
        assert doc.closing is not None and doc.closing.text == f"{formula}。"


# ------------------------------------- a form's title of an unlisted genre, known by its noun


def test_a_titled_form_of_an_unlisted_genre_over_its_addressee_keeps_its_title() -> None:
    # no 版头, 文号, year or organ names whose it is; the noun of the instrument (…单, …书) says it is
    # the document's own name, which a portal's column name over a reply (网民留言选登) is not
    for title in ("环境问题线索交办单", "校园安全隐患整改意见书"):
        doc = checked(
            f"{title}\n"
            "某街道办事处：\n"
            "现将群众反映的河道垃圾堆积问题交你单位办理，请于七日内核查处理并书面反馈。\n"
            "某区生态环境分局\n"
            "2025年4月8日\n"
        )
        assert doc.header.title == title
        assert list(doc.header.recipients) == ["某街道办事处"]


def test_a_column_name_over_a_titleless_reply_still_gives_no_title() -> None:
    doc = checked(
        "市民来信摘登\n"
        "市民朋友：\n您反映的夜间施工噪音问题收悉，现答复如下：\n我局已责令施工单位调整作业时间。\n"
        "某区住房和城乡建设局\n2025年4月8日\n"
    )
    assert (doc.header.title, doc.kind) == (None, "reply")


# ------------------------------------------- a notice's 主送 run onto the clause its body opens on


def test_a_notices_addressees_run_onto_its_opening_clause_are_its_recipients() -> None:
    # split at 、 where both sides end like organs (the contract's splitting rule)
    for addressees, recipients in (
        ("各街道办事处", ["各街道办事处"]),
        ("各镇卫生院、村卫生室", ["各镇卫生院", "村卫生室"]),
        ("各有关企业", ["各有关企业"]),
    ):
        doc = checked(
            "关于开展夏季食品安全专项检查的通知\n"
            f"{addressees}：根据市场监管总局统一部署，我局决定于7月开展夏季食品安全专项检查，请认真组织自查。\n"
            "特此通知。\n"
            "某区市场监督管理局\n"
            "2025年6月20日\n"
        )
        assert list(doc.header.recipients) == recipients, addressees
        assert doc.preamble[0].text.startswith("根据市场监管总局统一部署")


def test_a_labels_lead_under_the_title_stays_in_the_body() -> None:
    # a heading's or a label's lead (工作目标：, 各项任务：) before the same clause is no 主送
    for lead in ("工作目标", "各项任务"):
        doc = checked(
            "某县2025年农村人居环境整治工作方案\n"
            f"{lead}：为持续改善农村人居环境，全县年内完成改厕三千户。\n"
            "一、组织领导\n"
            "成立工作专班。\n"
        )
        assert list(doc.header.recipients) == [], lead


# ------------------------------------------- a footnote under the text that cites its mark


def test_footnotes_whose_marks_the_text_above_cites_open_no_sections() -> None:
    doc = body(
        "一、基本情况\n"
        "（一）财政收支\n"
        "全年一般公共预算收入完成8.6亿元①，同比增长5.2%②。\n"
        "①含上级补助收入。\n"
        "②按可比口径计算。\n"
        "（二）债务管理\n"
        "债务风险总体可控。"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "基本情况"),
        (2, "cn-paren", "（一）", "财政收支"),
        (2, "cn-paren", "（二）", "债务管理"),
    ]
    assert paragraphs(doc.sections[0].sections[0]) == [
        "全年一般公共预算收入完成8.6亿元①，同比增长5.2%②。",
        "①含上级补助收入。",
        "②按可比口径计算。",
    ]


def test_circled_points_after_a_lead_still_open_sections() -> None:
    # no mark cited in running text: a lead ending on its colon announces the points
    doc = body("一、整改措施\n主要采取以下两项措施：\n①加强日常巡查\n每日巡查一次。\n②及时维修设施\n当日处置。")
    assert [(s.marker, s.title) for s in doc.sections[0].sections] == [("①", "加强日常巡查"), ("②", "及时维修设施")]


# ------------------------------------------- a joint 发文机关标志 stacked on several lines


def test_the_organs_of_a_stacked_joint_letterhead_are_one_issuer_wherever_its_wenjian_stands() -> None:
    organs = ("某县农业农村局", "某县财政局", "某县乡村振兴局")
    for letterhead in (
        "某县农业农村局　　文件\n某县财政局\n某县乡村振兴局",  # 文件 beside the first organ
        "某县农业农村局\n某县财政局\n某县乡村振兴局　　文件",  # beside the last
        "某县农业农村局\t文件\n某县财政局\t\n某县乡村振兴局\t",  # a table's cells, 文件 in the first row
        "某县农业农村局\n某县财政局\n某县乡村振兴局",  # no 文件: the organs over the 文号
    ):
        doc = checked(
            f"{letterhead}\n"
            "县农发〔2025〕7号\n"
            "关于做好2025年高标准农田建设工作的通知\n"
            "各乡镇人民政府：\n"
            "现将2025年高标准农田建设任务下达给你们，请抓紧组织实施。\n"
            "某县农业农村局　　某县财政局　　某县乡村振兴局\n"
            "2025年2月28日\n"
        )
        assert doc.header.issuer == "".join(organs), letterhead
        assert doc.signature is not None and doc.signature.issuers == organs


# ------------------------------------------- a 落款 organ line OCR misread under the seal


def _recognised(*lines: str) -> govdoc.Document:
    """`lines` as a page OCR read (the reader's ocr-used warning standing), through the rules."""
    state = State(blocks=[Block(t) for t in lines], format="image")
    state.warn("ocr-used", "第 1 页经 OCR 识别 (pages read by OCR: 1; engine rapidocr, mean confidence 0.98)")
    default_pipeline().run(state)
    doc = build_document(state, Source(None, "image", None, 1, "0" * 64))
    check_invariants(doc)
    return doc


def test_a_signing_organ_ocr_misread_under_the_seal_leaves_the_body_and_the_closing_peels_off() -> None:
    doc = _recognised(
        "关于市政协十三届三次会议第57号提案的会办意见",
        "市城市管理局：",
        "《关于加强背街小巷环境整治的提案》收悉。现将会办意见函告如下：",
        "我局将背街小巷路灯维修纳入年度计划，年内完成改造一百二十处。",
        "特此函告。",
        "南溪市住房和，城乡建设局",  # a stroke of the seal read as a comma inside the name
        "2025年4月21日",
    )
    assert doc.closing is not None and doc.closing.text == "特此函告。"
    assert [p.text for p in doc.preamble][-1] == "我局将背街小巷路灯维修纳入年度计划，年内完成改造一百二十处。"
    assert doc.signature is not None and (doc.signature.issuers, doc.signature.date) == ((), "2025-04-21")
    messages = {w.code: w.message for w in doc.warnings}
    assert "南溪市住房和，城乡建设局" in messages["ocr-used"]
    assert "organ" in messages["field-missing"]


def test_a_sentence_over_a_lone_date_on_a_recognised_page_stays_the_body() -> None:
    # a line with a stop is no organ however misread: the date alone under it is the 落款's, the line the body's
    doc = _recognised(
        "关于市政协十三届三次会议第57号提案的会办意见",
        "市城市管理局：",
        "《关于加强背街小巷环境整治的提案》收悉。现将会办意见函告如下：",
        "请贵局按职责牵头办理，我局全力配合做好相关工作，并报市政府督查室。",
        "2025年4月21日",
    )
    assert doc.preamble[-1].text == "请贵局按职责牵头办理，我局全力配合做好相关工作，并报市政府督查室。"


# ------------------------------------------- an organ and a date under the title and no body


def test_a_notice_whose_text_is_its_attachment_is_signed_under_its_title() -> None:
    doc = checked(
        "关于公布2025年第一批县级重点项目名单的通知\n"
        "某县发展和改革局\n"
        "2025年3月3日\n"
        "附件：2025年第一批县级重点项目名单\n"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县发展和改革局",), "2025-03-03")
    assert (doc.sections, doc.preamble) == ((), ())
    assert doc.attachments == ("2025年第一批县级重点项目名单",)


def test_an_organ_and_date_under_the_title_with_a_body_after_them_are_no_signature() -> None:
    # a page's publishing line: the 落款 is the one closing the body
    doc = checked(
        "关于做好春季森林防火工作的通知\n"
        "某县林业局\n"
        "2025年3月1日\n"
        "各乡镇人民政府：\n"
        "请切实做好春季森林防火工作。\n"
        "某县林业局\n"
        "2025年3月3日\n"
    )
    assert doc.signature is not None and doc.signature.date == "2025-03-03"


# ------------------------------------------- a page end inside a run-in title


def test_a_page_end_inside_a_run_in_title_among_run_in_siblings_is_joined() -> None:
    doc = body(
        "一、下步工作\n"
        "（一）完善债务\n"
        "- 5 -\n"
        "监测。每月更新一次债务台账。\n"
        "（二）压减一般性支出。三公经费再压减百分之五。\n"
        "（三）加强绩效评价。评价结果与预算安排挂钩。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("完善债务监测", ["每月更新一次债务台账。"]),
        ("压减一般性支出", ["三公经费再压减百分之五。"]),
        ("加强绩效评价", ["评价结果与预算安排挂钩。"]),
    ]


def test_a_whole_heading_over_a_page_end_among_headings_alone_keeps_its_title() -> None:
    # its siblings stand alone on their lines: the short sentence after the page end is its text
    doc = body(
        "一、下步工作\n"
        "（一）清理存量债务\n"
        "- 5 -\n"
        "已完成。全区存量债务已全部纳入台账管理。\n"
        "（二）压减一般性支出\n"
        "三公经费再压减百分之五。"
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("清理存量债务", ["已完成。全区存量债务已全部纳入台账管理。"]),
        ("压减一般性支出", ["三公经费再压减百分之五。"]),
    ]
