"""Twentieth round of probes through the readers (session 20): DOCX, PDF, OFD and HTML files laid out in ways
rounds 4, 5 and 8 to 19 did not try (fixtures/office/formats20-*, written by fixtures/office/make_formats20.py).
Every expected value below, and what must NOT reach the text, was written by hand from the document the
generator writes; the batch was committed before the parser ran on it. Every parse also keeps the span
invariants and raises no internal error.

First look (the batch as committed, 0943361b, before any fix): 14 of 19 documents whole, 262 of 291 checks
right (the checks that ran: a failed comparison stops its test, so 7 checks behind four failed ones did not
run; they all hold now; the SPA page raised, so its 16 checks count as missed). The misses:
- a web archive's frameset whose navigation frame (24 links) holds more text than its short article frame:
  the menu was read as the document (7 fields; readers.mht: the frame whose text is most its own, links
  aside, as fixF19 left open);
- a PDF vector seal over the 落款 with the words 业务专用章 set horizontally under its star: they were read into
  the date's line character by character (20业24务年专用9章月2日): no 落款, no closing, field-missing (4 fields;
  readers.page_edges.seal_words_apart: red words set smaller than the text they are stamped across);
- an addressee drawn as 王, an /ActualText span over two squeezed 吉, then `[(代) -1000 (表：)] TJ` in one text
  object: 王吉代代表 (readers.pdf_dropped: pypdf's kern space no longer defeats the span's reading, and a
  recovered string stops where it reaches what PDFium read, session 19's 生：生： leftover);
- a single-page app's page whose article is only in `window.__INITIAL_STATE__ = {…}`: empty-document (16;
  readers.html.embedded.state_article: an empty page plus a state script holding HTML: that article);
- one expectation of mine, not the parser: a footnote read after the 落款 is `content-unplaced`, as rounds 9,
  13 and 14 settled (corrected below). With the kerned-addressee fix the span is read and warned
  `text-repaired`, as round 18 settled for the same reading (expectation brought in line).
Each cause is tested on a new example in tests/test_formats20_causes.py. Everything else read right on first
look: Word numbering `%1、`/`（%2）`/`%3.` with w:suff nothing; tracked changes in the 文号, a figure and the
date, moveFrom/moveTo ranges, a row inserted and one deleted; comments on the 文号 and title; a footnote
reference in a table cell; drop-down and combo-box controls; w:ruby phonetic guides; a .docm; Word's web
page under a .doc name; a .wps without LibreOffice (`unsupported-format`, one CLI line); a running head on
three pages; a scanned annex page (`pages-without-text`); justified lines wrapping inside a cited 文号 and
after a year range's hyphen; OFD layers written foreground/body/background; OFD text objects holding a
paragraph of TextCodes; an information table paired across rowspan/colspan; a reply beside a list of others.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import govdoc
from govdoc.errors import UnsupportedFormatError
from tests.probing import OFFICE, absent, expect_fields, in_order, office_probe, paragraphs, squashed

# --- DOCX ----------------------------------------------------------------------------------------


def test_a_reply_numbered_by_word_in_three_levels_with_no_tab_after_its_chinese_numbers() -> None:
    doc = office_probe("formats20-docx-numbering-levels.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市交提〔2024〕19号", "市交提", 2024, 19),
        title="关于市政协十三届三次会议第0215号提案的答复",
        recipients=("陈立群委员",),
        ref=("政协", "市", 13, 3, "0215", "提案", "关于优化城区公交线网的提案", []),
        preamble=["您提出的《关于优化城区公交线网的提案》收悉。经研究，现答复如下："],
        tree=[
            (1, "cn", "一、", "公交线网现状"),
            (1, "cn", "二、", "主要措施"),
            (2, "cn-paren", "（一）", "优化线路布局"),
            (2, "cn-paren", "（二）", "提升换乘效率"),
            (3, "num", "1.", "接驳站点"),
            (3, "num", "2.", "换乘优惠"),
            (1, "cn", "三、", "下一步打算"),
            (2, "cn-paren", "（一）", "开展线网评估"),
        ],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("某市交通运输局",), "2024-06-18", "2024年6月18日"),
        contact={"name": "赵文", "phones": ("0851-85891234",)},
        imprint=None,
        attachments=(),
        last="我局将每年开展一次公交线网评估，及时优化调整线路。",
        warnings=[],
    )
    # the numbers Word shows are the text's, with nothing between them and the heading (w:suff nothing)
    assert "一、公交线网现状" in doc.text
    assert "（二）提升换乘效率" in doc.text


def test_a_notice_whose_number_figure_and_date_were_corrected_with_tracked_changes_a_sentence_moved_and_a_row_inserted() -> (
    None
):
    doc = office_probe("formats20-docx-tracked-number.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县卫生健康局",
        number=("县卫健发〔2024〕12号", "县卫健发", 2024, 12),
        title="关于开展2024年家庭医生签约服务提质增效行动的通知",
        recipients=("各乡镇卫生院", "县直各医疗卫生单位"),
        preamble=["为提升家庭医生签约服务质量，县卫生健康局决定开展签约服务提质增效行动。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "工作目标"), (1, "cn", "二、", "重点任务")],
        closing="特此通知。",
        signature=(("某县卫生健康局",), "2024-03-08", "2024年3月8日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各项任务的完成时限见下表。团队成员包括全科医生、护士和公共卫生人员。",
        warnings=["text-repaired"],  # session 24: revisions read accepted are warned (tracked-changes)
    )
    assert paragraphs(doc.sections[0]) == ["到2024年底，全县常住人口签约覆盖率达到百分之四十以上。"]
    assert paragraphs(doc.sections[1]) == [
        "各卫生院要组建家庭医生团队。每个团队服务人口不超过二千人。",
        "各项任务的完成时限见下表。团队成员包括全科医生、护士和公共卫生人员。",
    ]
    (tasks,) = doc.sections[1].tables
    assert tasks.rows == (("任务", "完成时限"), ("组建团队", "3月底前"), ("签约随访", "全年"))
    absent(doc, "三十五", "季度考核", "〔2024〕11号", "2024年3月5日")
    assert doc.text.count("团队成员包括") == 1


def test_a_proposal_reply_with_review_comments_on_its_number_and_title_and_a_handling_table_holding_a_footnote() -> (
    None
):
    doc = office_probe("formats20-docx-comments-table.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区发改提〔2024〕7号", "区发改提", 2024, 7),
        title="关于区政协八届四次会议第0056号提案的答复",
        recipients=("周敏委员",),
        ref=("政协", "区", 8, 4, "0056", "提案", "关于加快建设城市充电基础设施的提案", []),
        preamble=["您提出的《关于加快建设城市充电基础设施的提案》收悉。经研究，现将办理情况答复如下："],
        tree=[(1, "cn", "一、", "办理情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对发展改革工作的关心和支持。",
        signature=(("某区发展和改革委员会",), "2024-07-02", "2024年7月2日"),
        contact={"name": "吴刚", "phones": ("0571-86051234",)},
        imprint=None,
        attachments=(),
        last="我委将把充电设施建设纳入城市更新项目统筹推进。",
        # a reviewer's comment is no text of the document (rounds 13, 17); the footnote read after the body is
        # in no field: `content-unplaced`, as rounds 9, 13 and 14 settled (expectation corrected after the first
        # look: written [] by mistake, against those rounds)
        warnings=["content-unplaced"],
    )
    (handled,) = doc.sections[0].tables
    assert handled.rows == (
        ("序号", "建议事项", "办理情况", "承办单位"),
        ("1", "增加公共充电桩", "今年新建公共充电桩六百个", "区发改委"),  # the reference mark is no character
        ("2", "老旧小区充电改造", "已完成十二个小区改造", "区住建局"),
    )
    # the footnote is the document's own text, read after the body (as rounds 9, 13, 14 and 18)
    in_order(doc.text, "感谢您对发展改革工作的关心和支持。", "含快充桩二百四十个。")
    absent(doc, "文号请办公室核对后再印发", "标题与提案名称是否一致")


def test_a_suggestion_reply_whose_category_and_disclosure_are_drop_down_controls_and_whose_number_a_combo_box() -> None:
    doc = office_probe("formats20-docx-list-controls.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县农农建〔2024〕9号", "县农农建", 2024, 9),
        title="关于县十八届人大三次会议第0127号建议的答复",
        recipients=("黄志强代表",),
        category="A",
        disclosure="主动公开",
        ref=("人大", "县", 18, 3, "0127", "建议", "关于扶持发展特色水果产业的建议", []),
        preamble=["您提出的《关于扶持发展特色水果产业的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "产业发展现状"), (1, "cn", "二、", "扶持措施")],
        closing="感谢您对农业农村工作的关心和支持。",
        signature=(("某县农业农村局",), "2024-06-25", "2024年6月25日"),
        contact={},
        imprint=None,
        attachments=(),
        last="县财政每年安排特色产业发展资金二千万元，对新建标准化果园给予补助。",
        warnings=[],
    )
    # a list's other choices are no text: only the value the control shows
    absent(doc, "B类", "C类", "依申请公开", "不予公开", "县农农建〔2023〕")


def test_a_proposal_reply_whose_addressees_name_and_a_place_name_carry_phonetic_guides() -> None:
    doc = office_probe("formats20-docx-ruby.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市住建提〔2024〕41号", "市住建提", 2024, 41),
        title="关于市政协十三届三次会议第0301号提案的答复",
        recipients=("王喆委员",),
        ref=("政协", "市", 13, 3, "0301", "提案", "关于保护传统村落的提案", []),
        preamble=["您提出的《关于保护传统村落的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "保护现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某市住房和城乡建设局",), "2024-07-09", "2024年7月9日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将编制传统村落保护发展规划，落实挂牌保护制度。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == ["全市已有四十二个村落列入中国传统村落名录，其中濉溪县九个。"]
    absent(doc, "zhé", "suī")


def test_a_macro_enabled_notice_is_read_as_a_word_document() -> None:
    doc = office_probe("formats20-docx-macro.docm")
    assert doc.source.format == "docx"
    expect_fields(
        doc,
        kind="notice",
        issuer="某镇人民政府",
        number=("镇政发〔2024〕6号", "镇政发", 2024, 6),
        title="某镇人民政府关于做好2024年防汛工作的通知",
        recipients=("各村民委员会", "镇直各单位"),
        preamble=["为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "压实防汛责任"), (1, "cn", "二、", "加强隐患排查")],
        closing="特此通知。",
        signature=(("某镇人民政府",), "2024-05-10", "2024年5月10日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各单位要对山塘水库、地质灾害点开展拉网式排查，发现隐患立即整改。",
        warnings=[],
    )


def test_words_web_page_of_a_reply_saved_under_a_doc_name_is_read_as_the_page() -> None:
    doc = office_probe("formats20-docx-web-page.doc")
    assert doc.source.format == "html"
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区城管建〔2024〕5号", "区城管建", 2024, 5),
        title="关于区十届人大四次会议第0033号建议的答复",
        recipients=("林晓红代表",),
        ref=("人大", "区", 10, 4, "0033", "建议", "关于增设城区公共厕所的建议", []),
        preamble=["您提出的《关于增设城区公共厕所的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "建设情况"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对城市管理工作的关心和支持。",
        signature=(("某区城市管理局",), "2024-05-28", "2024年5月28日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推动沿街单位厕所对外开放，年内新增开放厕所三十座。",
        warnings=[],
    )
    assert doc.text.count("关于区十届人大四次会议第0033号建议的答复") == 1


def test_a_wps_file_without_libreoffice_is_a_typed_error_and_one_line_in_the_cli(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("govdoc.readers.legacy.soffice", lambda: None)
    with pytest.raises(UnsupportedFormatError) as caught:
        govdoc.parse(OFFICE / "formats20-docx-legacy.wps")
    assert caught.value.code == "unsupported-format"
    assert "LibreOffice" in str(caught.value)
    done = subprocess.run(
        [sys.executable, "-m", "govdoc", "parse", str(OFFICE / "formats20-docx-legacy.wps")],
        capture_output=True,
        text=True,
        env={"PATH": "", "PYTHONPATH": ":".join(sys.path)},
        check=False,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --- PDF -----------------------------------------------------------------------------------------


def test_a_three_page_notice_under_the_offices_running_head_on_every_page() -> None:
    doc = office_probe("formats20-pdf-running-head.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市人民政府办公室",
        number=("市政办发〔2024〕21号", "市政办发", 2024, 21),
        title="某市人民政府办公室关于做好2024年政务公开工作的通知",
        recipients=("各区人民政府", "市政府各部门"),
        preamble=["为深入推进政务公开，提升政府工作透明度，经市政府同意，现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "围绕重点领域深化公开"),
            (1, "cn", "二、", "加强政策解读回应"),
            (1, "cn", "三、", "强化公开平台建设"),
        ],
        closing="特此通知。",
        signature=(("某市人民政府办公室",), "2024-04-12", "2024年4月12日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各地各部门要加强政府网站和政务新媒体管理，规范信息发布审核流程，确保发布内容准确权威。",
        warnings=[],
    )
    # the running head is the page's furniture: the name stands in the title and the 落款 only
    assert squashed(doc.text).count("某市人民政府办公室") == 2
    assert paragraphs(doc.sections[1]) == [
        "出台重要政策文件，起草部门要同步做好解读材料，通过图表、视频等形式解读政策。对社会关注的热点问题，要主动回应，及时澄清不实信息。"
    ]


def test_a_two_page_notice_followed_by_a_scanned_annex_page_without_text() -> None:
    doc = office_probe("formats20-pdf-scanned-annex.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县水利局",
        number=("县水发〔2024〕31号", "县水发", 2024, 31),
        title="某县水利局关于下达2024年农田水利项目计划的通知",
        recipients=("各乡镇人民政府",),
        preamble=["经县人民政府同意，现将2024年农田水利项目计划下达给你们，并就有关事项通知如下："],
        tree=[(1, "cn", "一、", "项目实施"), (1, "cn", "二、", "资金管理"), (1, "cn", "三、", "工作要求")],
        closing=None,
        signature=(("某县水利局",), "2024-03-18", "2024年3月18日"),
        contact={},
        imprint=None,
        attachments=("2024年农田水利项目清单",),
        last="各乡镇要于11月底前完成全部项目建设，并将完成情况报县水利局农水股。",
        # the annex page is a picture with no words to read: said, not silently passed over
        warnings=["pages-without-text"],
    )
    assert doc.source.pages == 3


def test_a_justified_reply_whose_lines_wrap_inside_a_cited_number_and_after_a_year_ranges_hyphen() -> None:
    doc = office_probe("formats20-pdf-number-wrap.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市民建〔2024〕52号", "市民建", 2024, 52),
        title="关于市十六届人大四次会议第0188号建议的答复",
        recipients=("孟庆华代表",),
        ref=("人大", "市", 16, 4, "0188", "建议", "关于加快养老服务体系建设的建议", []),
        preamble=[
            "您提出的《关于加快养老服务体系建设的建议》收悉。根据市政府办公室《关于印发养老规划的通知》（市政办发〔2024〕15号）的分工，现答复如下："
        ],
        tree=[(1, "cn", "一、", "规划实施情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某市民政局",), "2024-08-06", "2024年8月6日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将加快推进规划项目落地，年内新增护理型床位一千张。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == [
        "按照全市养老服务体系建设要求，我局编制了《某市养老服务设施和城乡社区公共空间适老化改造三年行动规划（2024-2026年）》，全市将新建街道综合养老服务中心二十个。"
    ]


def test_a_reply_whose_signature_lies_under_a_vector_seal_lettered_round_its_ring_and_across_its_centre() -> None:
    doc = office_probe("formats20-pdf-vector-seal.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县教提〔2024〕14号", "县教提", 2024, 14),
        title="关于县政协十一届三次会议第0067号提案的答复",
        recipients=("郭志明委员",),
        ref=("政协", "县", 11, 3, "0067", "提案", "关于加强中小学心理健康教育的提案", []),
        preamble=["您提出的《关于加强中小学心理健康教育的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作现状"), (1, "cn", "二、", "下一步措施")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("某县教育局",), "2024-09-02", "2024年9月2日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将开展学生心理健康全员筛查，建立一生一档，并加强家校协同。",
        warnings=[],
    )
    absent(doc, "业务专用章")
    assert squashed(doc.text).count("某县教育局") == 1


def test_a_reply_whose_addressee_is_drawn_through_an_actual_text_span_and_a_kerned_array_in_one_text_object() -> None:
    doc = office_probe("formats20-pdf-actual-text-kern.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区商务建〔2024〕22号", "区商务建", 2024, 22),
        title="关于区十届人大四次会议第0145号建议的答复",
        recipients=("王喆代表",),
        ref=("人大", "区", 10, 4, "0145", "建议", "关于培育夜间经济消费新场景的建议", []),
        preamble=["您提出的《关于培育夜间经济消费新场景的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "工作进展"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对商务工作的关心和支持。",
        signature=(("某区商务局",), "2024-07-30", "2024年7月30日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将延长重点商圈营业时间，举办夜市文化节，丰富夜间消费供给。",
        # the span read for part of a string's glyphs is the parser's judgement: `text-repaired`, as round 18
        # settled (expectation corrected after the first look: written [] by mistake, against round 18)
        warnings=["text-repaired"],
    )
    absent(doc, "吉", "表：表：", "代表：代表：")


# --- OFD -----------------------------------------------------------------------------------------


def test_an_ofd_notice_whose_layers_are_written_foreground_body_background() -> None:
    doc = office_probe("formats20-ofd-layers.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某区教育局",
        number=("区教发〔2024〕17号", "区教发", 2024, 17),
        title="关于开展2024年中小学校园安全隐患排查整治的通知",
        recipients=("各中小学", "各幼儿园"),
        preamble=["为切实消除校园安全隐患，区教育局决定在全区开展校园安全隐患排查整治。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "排查内容"), (1, "cn", "二、", "整改要求")],
        closing="特此通知。",
        signature=(("某区教育局",), "2024-09-10", "2024年9月10日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各校对排查出的隐患要立即整改，不能立即整改的要落实防范措施。",
        warnings=[],
    )


def test_an_ofd_reply_whose_text_objects_are_paragraphs_of_one_text_code_a_line() -> None:
    doc = office_probe("formats20-ofd-paragraph-objects.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区文旅提〔2024〕11号", "区文旅提", 2024, 11),
        title="关于区政协九届三次会议第0093号提案的答复",
        recipients=("邓雅丽委员",),
        ref=("政协", "区", 9, 3, "0093", "提案", "关于推动文旅融合发展打造特色旅游线路的提案", []),
        preamble=["您提出的《关于推动文旅融合发展打造特色旅游线路的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作进展"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对文化和旅游工作的关心和支持。",
        signature=(("某区文化和旅游局",), "2024-08-20", "2024年8月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将完善旅游线路沿线的交通标识和游客服务中心，培育一批民宿集聚区。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == [
        "我局已推出红色文化、古镇民俗和山水康养三条精品旅游线路，今年上半年接待游客二百八十万人次，同比增长百分之十八。"
    ]


# --- HTML ----------------------------------------------------------------------------------------


def test_a_disclosure_page_whose_information_table_pairs_labels_and_values_across_rowspan_and_colspan() -> None:
    doc = office_probe("formats20-html-rowspan-info.html")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市生态环境局",
        number=("市环建〔2024〕28号", "市环建", 2024, 28),
        title="关于市十五届人大三次会议第0278号建议的答复",
        recipients=("马建国代表",),
        metadata={
            "索引号": "11330100002491234X/2024-00123",
            "主题分类": "城乡建设、环境保护",
            "发布机构": "某市生态环境局",
            "名称": "关于市十五届人大三次会议第0278号建议的答复",
            "文号": "市环建〔2024〕28号",
            "发布日期": "2024-07-19",
        },
        ref=("人大", "市", 15, 3, "0278", "建议", "关于加强城市噪声污染防治的建议", []),
        preamble=["您提出的《关于加强城市噪声污染防治的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "工作开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对生态环境工作的关心和支持。",
        signature=(("某市生态环境局",), "2024-07-19", "2024年7月19日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将编制城市声环境功能区划，推动交通干线两侧建设隔声屏障。",
        warnings=[],
    )
    absent(doc, "网站标识码")


def test_a_single_page_apps_page_whose_article_is_only_in_its_initial_state_script_is_read() -> None:
    doc = office_probe("formats20-html-initial-state.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区民建〔2024〕13号", "区民建", 2024, 13),
        title="关于区十届人大四次会议第0061号建议的答复",
        recipients=("钱丽萍代表",),
        ref=("人大", "区", 10, 4, "0061", "建议", "关于完善社区居家养老服务的建议", []),
        preamble=["您提出的《关于完善社区居家养老服务的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "服务现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某区民政局",), "2024-08-01", "2024年8月1日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推进家庭养老床位建设，年内新增家庭养老床位五百张。",
        warnings=[],
    )
    absent(doc, "政民互动", "第0102号提案", "JavaScript", "u003c", "publishTime")


def test_a_page_showing_a_reply_beside_the_list_of_the_offices_other_replies() -> None:
    doc = office_probe("formats20-html-list-detail.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县市监建〔2024〕8号", "县市监建", 2024, 8),
        title="关于县十八届人大三次会议第0115号建议的答复",
        recipients=("韩东代表",),
        ref=("人大", "县", 18, 3, "0115", "建议", "关于加强校园周边食品安全监管的建议", []),
        preamble=["您提出的《关于加强校园周边食品安全监管的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "监管情况"), (1, "cn", "二、", "下一步措施")],
        closing="感谢您对市场监管工作的关心和支持。",
        signature=(("某县市场监督管理局",), "2024-08-19", "2024年8月19日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将联合教育部门开展校园周边食品安全专项整治，严查三无食品。",
        warnings=[],
    )
    absent(doc, "第0088号提案", "第0142号建议", "第0021号提案", "2024-07-15")


def test_a_web_archive_whose_navigation_frame_holds_more_text_than_its_article_frame_reads_the_article() -> None:
    doc = office_probe("formats20-html-frames.mht")
    expect_fields(
        doc,
        kind="reply",
        number=("县文广提〔2024〕3号", "县文广提", 2024, 3),
        title="关于县政协十一届三次会议第0049号提案的答复",
        recipients=("彭建军委员",),
        preamble=["您的提案收悉。现答复如下：", "我局将修缮乡村文化礼堂十座。"],
        tree=[],
        closing="感谢您的支持。",
        signature=(("某县文化广电旅游体育局",), "2024-06-06", "2024年6月6日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将修缮乡村文化礼堂十座。",
    )
    absent(doc, "政府信息公开年报", "局长信箱", "表格下载")
