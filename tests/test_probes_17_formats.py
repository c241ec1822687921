"""Seventeenth round of probes through the readers (session 17): PDF, DOCX, HTML and OFD files laid out in
ways rounds 4, 5 and 8 to 14 did not try (fixtures/office/formats17-*, written by
fixtures/office/make_formats17.py). Every expected value below, and what must NOT reach the text, was
written by hand from the document the generator writes; the batch was committed before the parser ran on
it. Every parse also keeps the span invariants and raises no internal error.

First look (the batch as committed, 3ea774a on the branch, 1122160 once rebased on main, before any fix): 14 of 17 documents whole, 266 of 270 checks
right (the checks that ran: a failed comparison stops its test, so the 6 checks after three failed
comparisons did not run; they all held once run). The 3 misses:
- a 建议 reply whose proposer's name holds 喆 drawn as two squeezed 吉 inside an /ActualText span, and whose
  e-mail is drawn with the ﬃ ligature, each glyph its own text object in a CJK font the file does not embed:
  `王吉代表` and `ce@xnyj.gov.cn` (2 fields). PDFium leaves such lone glyphs out of its text page, and the
  reader's own reading of them from the content stream (readers.pdf_dropped) took neither the span's
  /ActualText nor the ligature's letters, as PDFium's text page does for what it keeps: a general cause,
  fixed there and tested on new examples in tests/test_formats17_causes.py;
- a plan with a hand-typed contents list: its entries were kept as preamble lines, not sections. My
  expectation was wrong, not the parser: the project keeps a contents list's entries as paragraphs of the
  body by design, so no text is lost (rules/contents.py; tests/test_probes_3_structure.py checks a
  preamble ending in 目录 and its entries). The expectation now says so;
- an OFD with a seal in Signatures.xml: `electronic-seal` was warned, which README's warning table
  documents ("an OFD carries an electronic seal; govdoc does not verify seals"). My expectation of no
  warning was wrong; it now names the code.
Every other format in the batch read right on first look: an invisible OCR layer written piece by piece
over a 1-bit scan, a page stored landscape and turned by /Rotate 90, boxes starting at (100, 200), a
diagonal half-transparent watermark over the body, lines drawn bottom to top, a bare-digit folio in the
header, a 版记 between rules with its 抄送 wrapped; DOCX text boxes holding the 文号 and the 落款, a 文号
only in the page header and a PAGE field footer, comments and w:vanish text, a section in two columns,
numbering through a list style (w:numStyleLink) turned off by w:numId 0, a GBK altChunk; Word's
"save as web page" in GBK, a related reply in an <aside> with <noscript>/<template>; OFD `g` deltas, a
condensing CTM and a path-drawn table.

Batch 2 (8 files, 9ad4571 on the branch, c6206d3 once rebased, committed after batch 1's fixes and before any parse of them), first look: 4 of 8
documents whole, 120 of 125 checks right (two checks stopped behind failed comparisons). The 4 misses:
- a large light-grey 仅供参考 drawn upright under the body: its characters were read into the body's line
  (`…村级仅养老服务站供全覆盖。参考`). Only a slanted watermark was set apart; a general cause, fixed in
  readers.pdf_chars (`_underlay`: text of 26 points or more in a light neutral grey is set apart as a
  watermark is) and tested on a new example;
- a page header holding the 文号 and, after a positional tab, 第 PAGE 页: the header line was kept whole for
  its 文号, the page number with it (`第1页` in the text). A general cause, fixed in rules.cleanup.furniture
  (`page_headers`: a header line is cut at its tabs where a piece is a page number, that piece furniture,
  the others judged as any header line) and tested on a new example where the page number comes first
  (which also hid the 文号 before);
- a reply scanned upside down, /Rotate 180: I expected `layout-unusual`; none came, by design:
  readers.geometry warns of pages turned a quarter (whose reading order changes), not a half turn, which
  reads exactly as an upright page. My expectation was wrong; it now expects no warning;
- a 落款 text box anchored in the salutation's paragraph but placed by its offset from the page's top at
  two thirds of the page, below the closing: read where anchored, before the salutation, so no 落款 was
  found (`field-missing`, `content-unplaced`: warned, not silent). Left as a strict xfail: where the box
  stands among the paragraphs needs the page laid out; readers.docx.shapes places a page-relative box
  only when it is past three quarters of the page (`at_page_foot`).
"""

from __future__ import annotations

import pytest

from tests.probing import absent, expect_fields, in_order, office_probe, paragraphs

# --- PDF -----------------------------------------------------------------------------------------


def test_a_scanned_notice_read_from_its_invisible_ocr_layer_written_piece_by_piece() -> None:
    doc = office_probe("formats17-pdf-ocr-layer.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县农业农村局",
        number=("县农发〔2024〕33号", "县农发", 2024, 33),
        title="某县农业农村局关于做好2024年秋粮收购工作的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        preamble=["为做好今年秋粮收购工作，保护种粮农民利益，现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "做好收购准备"),
            (1, "cn", "二、", "落实收购政策"),
            (1, "cn", "三、", "加强组织领导"),
        ],
        closing="特此通知。",
        signature=(("某县农业农村局",), "2024-09-20", "2024年9月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各乡镇要明确一名分管负责同志具体抓秋粮收购工作，及时协调解决收购中出现的问题，重大情况及时报告县农业农村局。",
        # the invisible layer is the page's text: read, not dropped as hidden; the paragraph runs on to page 2
        warnings=["page-break-joined"],
    )
    assert paragraphs(doc.sections[1]) == [
        "各收储企业要严格执行国家最低收购价政策，敞开收购农民余粮，做到不压级压价、不拒收限收、不打白条。对符合标准的粮食，要及时结算售粮款，确保农民交售的粮食当天结算。",
        "县发展和改革局、县市场监督管理局要加强收购市场价格监测和执法检查，依法查处扰乱收购秩序的行为，维护正常的粮食流通秩序。",
    ]
    absent(doc, "— 1 —", "— 2 —")


def test_a_request_whose_second_page_is_stored_landscape_and_turned_upright_by_rotate_90() -> None:
    doc = office_probe("formats17-pdf-rotated-page.pdf")
    expect_fields(
        doc,
        kind="request",
        issuer="某镇人民政府",
        number=("镇政发〔2024〕29号", "镇政发", 2024, 29),
        title="某镇人民政府关于申请拨付2024年防汛应急资金的请示",
        recipients=("县人民政府",),
        preamble=[
            "今年入汛以来，我镇先后遭受三轮强降雨袭击，全镇累计降雨量达六百八十毫米，较常年同期偏多五成，部分河段堤防出现险情。"
        ],
        tree=[(1, "cn", "一、", "受灾情况"), (1, "cn", "二、", "资金需求")],
        closing="妥否，请批示。",
        signature=(("某镇人民政府",), "2024-07-15", "2024年7月15日"),
        contact={"name": "马晓军", "phones": ("0635-8812345",)},
        imprint=None,
        attachments=(),
        last="为此，恳请县人民政府拨付防汛应急资金四百六十万元，用于水毁设施修复和受灾群众安置，确保群众安全度汛。我镇将严格按照资金管理规定专款专用，主动接受审计监督。",
        # the turned page, named; the paragraph over the break
        warnings=["layout-unusual", "page-break-joined"],
    )
    assert len(paragraphs(doc.sections[1])) == 2
    absent(doc, "— 1 —", "— 2 —")


def test_a_reply_whose_media_and_crop_boxes_start_away_from_the_origin() -> None:
    doc = office_probe("formats17-pdf-offset-origin.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区教提〔2024〕41号", "区教提", 2024, 41),
        title="关于区政协九届三次会议第0158号提案的答复",
        recipients=("梁文博委员",),
        ref=("政协", "区", 9, 3, "0158", "提案", "关于加强中小学课后服务的提案", []),
        preamble=["您提出的《关于加强中小学课后服务的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "课后服务开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("某区教育局",), "2024-08-09", "2024年8月9日"),
        contact={"name": "孙颖", "phones": ("021-6225183",)},
        imprint=None,
        attachments=(),
        last="同时，我局将加强对课后服务的督导检查，严禁借课后服务之名集体补课或变相收费，切实减轻学生过重课业负担和家长经济负担，让课后服务成为学生喜欢、家长满意的民生工程。",
        warnings=["page-break-joined"],
    )
    assert len(paragraphs(doc.sections[0])) == 2
    absent(doc, "— 1 —", "— 2 —")


def test_a_reply_under_one_large_diagonal_light_grey_watermark_drawn_over_the_body() -> None:
    doc = office_probe("formats17-pdf-diagonal-watermark.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市住建建〔2024〕17号", "市住建建", 2024, 17),
        title="关于市十六届人大三次会议第208号建议的答复",
        recipients=("邓海涛代表",),
        ref=("人大", "市", 16, 3, "208", "建议", "关于加快老旧小区加装电梯的建议", []),
        preamble=["您提出的《关于加快老旧小区加装电梯的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某市住房和城乡建设局",), "2024-07-26", "2024年7月26日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推广成片连片加装模式，鼓励电梯企业提供租赁服务，降低居民一次性出资压力，并协调供水、供电等单位优化管线迁改服务。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == [
        "今年以来，全市老旧小区已完成加装电梯三百二十部，另有一百五十部正在施工。我局简化了审批流程，将规划、施工许可等手续压缩至十五个工作日内办结。"
    ]
    absent(doc, "内部资料", "仅供参考")


def test_a_reply_whose_name_is_an_actual_text_span_and_whose_email_is_drawn_with_a_ligature() -> None:
    doc = office_probe("formats17-pdf-actual-text.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县农函〔2024〕9号", "县农函", 2024, 9),
        title="关于县十八届人大四次会议第067号建议的答复",
        # 喆 is drawn as two squeezed 吉 inside a span whose /ActualText says 喆: the text is what it says
        recipients=("王喆代表",),
        ref=("人大", "县", 18, 4, "067", "建议", "关于扶持家庭农场发展的建议", []),
        preamble=["您提出的《关于扶持家庭农场发展的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "扶持情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对农业农村工作的关心和支持。",
        signature=(("某县农业农村局",), "2024-06-14", "2024年6月14日"),
        # the ﬃ ligature (U+FB03) is the three letters it joins
        contact={"name": "唐晓", "email": "office@xnyj.gov.cn"},
        imprint=None,
        attachments=(),
        last="我局将开展家庭农场主轮训，推动家庭农场与农民合作社联合发展。",
        warnings=[],
    )
    absent(doc, "吉吉", "\ufb03")


def test_a_notice_whose_lines_are_drawn_bottom_to_top_on_each_of_two_pages() -> None:
    doc = office_probe("formats17-pdf-reverse-order.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某区市场监督管理局",
        number=None,
        title="某区市场监督管理局关于开展2024年电动自行车质量安全专项检查的通知",
        recipients=("各市场监管所", "局机关各科室"),
        preamble=[
            "为消除电动自行车质量安全隐患，保障人民群众生命财产安全，局党组研究决定，于2024年6月至9月在全区开展电动自行车质量安全专项检查。现将有关事项通知如下："
        ],
        tree=[(1, "cn", "一、", "检查范围"), (1, "cn", "二、", "检查内容"), (1, "cn", "三、", "工作要求")],
        closing="特此通知。",
        signature=(("某区市场监督管理局",), "2024-05-30", "2024年5月30日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各所要制定检查计划，明确责任人员，确保检查全覆盖。检查结束后，各所要认真梳理检查情况，于9月30日前将专项检查工作总结报局质量发展科。",
        warnings=["page-break-joined"],
    )
    assert len(paragraphs(doc.sections[1])) == 2
    absent(doc, "— 1 —", "— 2 —")


def test_a_reply_whose_page_number_is_a_bare_digit_in_the_header_at_the_top_right() -> None:
    doc = office_probe("formats17-pdf-header-folio.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市交提〔2024〕26号", "市交提", 2024, 26),
        title="关于市政协十三届三次会议第0392号提案的答复",
        recipients=("农工党市委会",),
        ref=("政协", "市", 13, 3, "0392", "提案", "关于优化城市公交线网的提案", []),
        preamble=["贵单位提出的《关于优化城市公交线网的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "公交线网优化情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢贵单位对交通运输工作的关心和支持。",
        signature=(("某市交通运输局",), "2024-06-21", "2024年6月21日"),
        contact={"name": "钱伟", "phones": ("0731-8456123",)},
        imprint=None,
        attachments=(),
        last="我局将以轨道交通三号线开通为契机，推进公交与轨道交通两网融合，优化接驳线路，实现轨道站点周边三百米内公交接驳全覆盖。同时加快智能调度系统建设，提高公交准点率和运行效率。",
        warnings=["page-break-joined"],
    )
    lines = doc.text.split("\n")
    assert "1" not in lines and "2" not in lines
    assert not doc.text.startswith("1")


def test_a_notice_whose_imprint_stands_between_rules_with_its_cc_wrapped_under_the_first_name() -> None:
    doc = office_probe("formats17-pdf-imprint-wrapped.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=("县政办明电〔2024〕12号", "县政办明电", 2024, 12),
        title="某县人民政府办公室关于做好2024年国庆节期间安全生产工作的通知",
        recipients=("各乡镇人民政府", "县政府各部门"),
        preamble=["国庆节将至，为切实做好节日期间安全生产工作，经县人民政府同意，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "开展隐患排查"), (1, "cn", "二、", "严格值班值守")],
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-09-25", "2024年9月25日"),
        disclosure="主动公开",
        contact={},
        imprint=(
            ("县委各部门", "县人大常委会办公室", "县政协办公室", "县法院", "县检察院", "县人武部"),
            "某县人民政府办公室",
            "2024-09-25",
        ),
        attachments=(),
        last="节日期间实行领导带班和二十四小时值班制度，遇有重大情况及时报告。",
        warnings=[],
    )


# --- DOCX ----------------------------------------------------------------------------------------


def test_a_letter_whose_number_and_signature_are_text_boxes_anchored_in_other_paragraphs() -> None:
    doc = office_probe("formats17-docx-textbox-letter.docx")
    expect_fields(
        doc,
        kind="letter",
        issuer="某市卫生健康委员会",
        number=("市卫健函〔2024〕58号", "市卫健函", 2024, 58),
        title="某市卫生健康委员会关于商请协助做好秋冬季传染病防控宣传工作的函",
        recipients=("市教育局",),
        preamble=[
            "秋冬季是流感、诺如病毒感染等传染病的高发季节。为做好学校传染病防控工作，现商请贵局协助做好以下事项："
        ],
        tree=[(1, "cn", "一、", "开展防控知识宣传"), (1, "cn", "二、", "落实晨午检制度")],
        closing="特此函商。",
        signature=(("某市卫生健康委员会",), "2024-10-08", "2024年10月8日"),
        contact={"name": "黄蕾", "phones": ("0512-6523456",)},
        imprint=None,
        attachments=(),
        last="请督促各学校严格落实晨午检和因病缺勤追踪制度，发现聚集性疫情及时报告属地疾控机构。",
        warnings=[],
    )
    assert doc.text.split("\n").count("某市卫生健康委员会") == 2  # the 红头 and the 落款, each once


def test_a_reply_whose_number_stands_only_in_the_page_header_and_whose_footer_is_a_page_field() -> None:
    doc = office_probe("formats17-docx-header-number.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        # the 文号 the page header carries on every page is the document's own
        number=("区发改建〔2024〕19号", "区发改建", 2024, 19),
        title="关于区十七届人大四次会议第096号建议的答复",
        recipients=("许志明代表",),
        ref=("人大", "区", 17, 4, "096", "建议", "关于推进农贸市场升级改造的建议", []),
        preamble=["您提出的《关于推进农贸市场升级改造的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "改造进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对发展改革工作的关心和支持。",
        signature=(("某区发展和改革局",), "2024-06-27", "2024年6月27日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将会同区市场监管局制定农贸市场改造标准，明年完成剩余七家市场改造。",
        warnings=[],
    )
    absent(doc, "PAGE", "— 1 —")


def test_a_reply_with_a_comment_a_hidden_note_and_a_hidden_paragraph_of_drafting_marks() -> None:
    doc = office_probe("formats17-docx-hidden-comments.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县文旅提〔2024〕7号", "县文旅提", 2024, 7),
        title="关于县政协十届三次会议第0046号提案的答复",
        recipients=("冯雅琴委员",),
        ref=("政协", "县", 10, 3, "0046", "提案", "关于加强乡村旅游品牌建设的提案", []),
        preamble=["您提出的《关于加强乡村旅游品牌建设的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作成效"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对文化和旅游工作的关心和支持。",
        signature=(("某县文化和旅游局",), "2024-05-16", "2024年5月16日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将打造“山水田园”乡村旅游品牌，年内推出精品线路五条。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == ["今年上半年全县接待乡村游客二百三十万人次，同比增长百分之十八。"]
    absent(doc, "此处数字请与统计年报核对", "编者注", "数据待旅游统计系统更新后替换", "拟稿", "核稿")


def test_a_plan_with_a_hand_typed_contents_list_and_a_section_set_in_two_columns() -> None:
    doc = office_probe("formats17-docx-contents-columns.docx")
    expect_fields(
        doc,
        kind="plan",
        issuer=None,
        number=None,
        title="某县全民健身设施补短板工作方案",
        recipients=(),
        # the contents list's lines (一、工作目标 … 1) are no sections; they stay as lines of the body before
        # the first section, as the project keeps every contents list (rules/contents.py)
        preamble=[
            "目录",
            "一、工作目标\t1",
            "二、重点任务\t1",
            "三、保障措施\t2",
            "为补齐全民健身设施短板，满足群众就近健身需求，结合我县实际，制定本方案。",
        ],
        tree=[(1, "cn", "一、", "工作目标"), (1, "cn", "二、", "重点任务"), (1, "cn", "三、", "保障措施")],
        closing=None,
        signature=(("某县体育局",), "2024-03-12", "2024年3月12日"),
        contact={},
        imprint=None,
        attachments=(),
        last="县财政每年安排全民健身设施建设资金一千万元，县体育局负责统筹推进和督促检查。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == [
        "到2025年底，全县人均体育场地面积达到二点八平方米，城区实现“十五分钟健身圈”全覆盖。"
    ]
    assert paragraphs(doc.sections[1]) == [
        "新建改建体育公园三个、健身步道六十公里，每个行政村配建一处多功能运动场。",
        "推动学校体育场馆在节假日和课余时间向社会开放，年内开放学校不少于二十所。",
    ]


def test_a_notice_numbered_through_a_list_style_with_one_heading_styled_paragraph_unnumbered() -> None:
    doc = office_probe("formats17-docx-list-style.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市生态环境局",
        number=("市环发〔2024〕15号", "市环发", 2024, 15),
        title="某市生态环境局关于开展2024年夏季臭氧污染防治攻坚行动的通知",
        recipients=("各区生态环境分局", "局机关各处室"),
        preamble=["为有效应对夏季臭氧污染，改善全市环境空气质量，现将有关事项通知如下："],
        # num 8 → abstractNum 21 (numStyleLink) → style GovOutline → num 7 → abstractNum 20's levels
        tree=[
            (1, "cn", "一、", "攻坚重点"),
            (2, "cn-paren", "（一）", "工业源治理"),
            (2, "cn-paren", "（二）", "移动源管控"),
            (1, "cn", "二、", "工作要求"),
        ],
        closing="特此通知。",
        signature=(("某市生态环境局",), "2024-05-08", "2024年5月8日"),
        contact={},
        imprint=None,
        attachments=(),
        last="对攻坚不力的单位，局将予以通报。",
        warnings=[],
    )
    # w:numId 0 turns the style's number off: a paragraph of 二、, not a third section
    assert paragraphs(doc.sections[1]) == ["各分局要每周报送攻坚行动进展情况。", "对攻坚不力的单位，局将予以通报。"]
    assert paragraphs(doc.sections[0].sections[0]) == ["对石化、化工、涂装等重点行业开展挥发性有机物治理设施专项检查。"]


def test_a_reply_whose_answer_is_an_html_altchunk_in_gbk_named_only_by_its_meta() -> None:
    doc = office_probe("formats17-docx-altchunk-gbk.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区城市管理局",
        number=("区城管提〔2024〕13号", "区城管提", 2024, 13),
        title="关于区政协八届四次会议第0213号提案的答复",
        recipients=("滕国栋委员",),
        ref=("政协", "区", 8, 4, "0213", "提案", "关于推进垃圾分类进小区的提案", []),
        preamble=["您提出的《关于推进垃圾分类进小区的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "推进情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对城市管理工作的关心和支持。",
        signature=(("某区城市管理局",), "2024-07-02", "2024年7月2日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将在老旧小区增设分类投放点，并开展垃圾分类“进社区、进家庭”宣传活动。",
        warnings=[],
    )
    absent(doc, "答复正文")


# --- HTML ----------------------------------------------------------------------------------------


def test_a_word_save_as_web_page_in_gbk_with_list_markers_in_support_lists_blocks() -> None:
    doc = office_probe("formats17-html-word-filtered.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于市政协十二届五次会议第0271号提案的答复",
        recipients=("民建市委会",),
        ref=("政协", "市", 12, 5, "0271", "提案", "关于加强城市内涝治理的提案", []),
        preamble=["贵单位提出的《关于加强城市内涝治理的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "治理进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢贵单位对水利工作的关心和支持。",
        signature=(("某市水利局",), "2024-08-02", "2024年8月2日"),
        contact={"name": "汤小兵", "phones": ("0755-8832145",)},
        imprint=None,
        attachments=(),
        last="我局将编制城市排水防涝专项规划，推进海绵城市建设，明年再改造易涝点二十处。",
        warnings=[],
    )
    absent(doc, "DocumentProperties", "张文秘", "办公室", "Clean", "mso-", "MsoNormal", "@list", "supportLists")


def test_a_page_with_the_reply_in_an_article_and_a_related_reply_in_an_aside() -> None:
    doc = office_probe("formats17-html-two-articles.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区卫健建〔2024〕8号", "区卫健建", 2024, 8),
        title="关于区十九届人大二次会议第033号建议的答复",
        recipients=("丁兰芳代表",),
        ref=("人大", "区", 19, 2, "033", "建议", "关于优化社区卫生服务中心布局的建议", []),
        preamble=["您提出的《关于优化社区卫生服务中心布局的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "布局现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("某区卫生健康委员会",), "2024-06-11", "2024年6月11日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我委将在新建居住区同步规划社区卫生服务站，年内新增服务站三个。",
        warnings=[],
    )
    absent(
        doc,
        "第041号",
        "周凯",
        "家庭医生",
        "JavaScript",
        "2024年1月1日",
        "某区人民政府办公室",
        "网站标识码",
        "相关答复",
        "门户网站",
    )


# --- OFD -----------------------------------------------------------------------------------------


def test_an_ofd_reply_of_g_shorthand_deltas_a_condensed_title_a_path_table_and_a_signature_seal() -> None:
    doc = office_probe("formats17-ofd-delta-g.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区交提〔2024〕22号", "区交提", 2024, 22),
        title="关于区政协六届三次会议第0119号提案的答复",
        recipients=("九三学社区委会",),
        ref=("政协", "区", 6, 3, "0119", "提案", "关于改善城区慢行交通环境的提案", []),
        preamble=["贵单位提出的《关于改善城区慢行交通环境的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "慢行系统建设情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢贵单位对交通工作的关心和支持。",
        signature=(("某区交通运输局",), "2024-08-30", "2024年8月30日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将编制城区慢行交通系统规划，打通断头路十二处，并在公交站点周边增设非机动车停放区。",
        warnings=["electronic-seal"],  # noted, never verified (README's warning table)
    )
    first = doc.sections[0]
    assert paragraphs(first) == [
        "今年我局结合道路改造同步建设非机动车道，已完成的路段如下：",
        "改造后的路段均设置了机非隔离设施，非机动车道宽度不小于二点五米。",
    ]
    (roads,) = first.tables
    assert roads.rows == (
        ("路段", "长度（公里）", "完成时间"),
        ("新河路", "3.2", "2024年5月"),
        ("滨湖大道", "5.6", "2024年7月"),
        ("工业南路", "2.4", "2024年9月"),
    )
    absent(doc, "— 1 —", "— 2 —")


# --- batch 2 (written and committed after batch 1's first look, before any parse of these files) ---------


def test_a_scanned_notice_under_an_ocr_layer_in_an_identity_h_font_known_only_by_its_tounicode() -> None:
    doc = office_probe("formats17-pdf-identity-ocr.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某街道办事处",
        number=None,
        title="某街道办事处关于开展燃气安全入户检查的通知",
        recipients=("各社区居委会",),
        preamble=["为消除居民用户燃气安全隐患，街道决定开展燃气安全入户检查。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "检查内容"), (1, "cn", "二、", "时间安排")],
        closing="特此通知。",
        signature=(("某街道办事处",), "2024-09-27", "2024年9月27日"),
        contact={},
        imprint=None,
        attachments=(),
        last="检查自10月8日开始，11月30日前全部完成，各社区每周五报送检查进度。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == ["重点检查燃气软管是否老化、是否安装燃气泄漏报警器以及燃气具是否超期使用。"]


def test_a_reply_over_a_large_light_grey_horizontal_underlay_drawn_before_the_body() -> None:
    doc = office_probe("formats17-pdf-underlay-watermark.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县民政提〔2024〕12号", "县民政提", 2024, 12),
        title="关于县政协十一届三次会议第0087号提案的答复",
        recipients=("姚佳慧委员",),
        ref=("政协", "县", 11, 3, "0087", "提案", "关于加强农村留守老人关爱服务的提案", []),
        preamble=["您提出的《关于加强农村留守老人关爱服务的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "关爱服务开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某县民政局",), "2024-06-05", "2024年6月5日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将建立留守老人定期探访制度，每月至少探访一次，并推动村级养老服务站全覆盖。",
        warnings=[],
    )
    absent(doc, "仅供参考")


def test_a_reply_scanned_upside_down_and_put_right_by_rotate_180() -> None:
    doc = office_probe("formats17-pdf-upside-down.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市残联建〔2024〕5号", "市残联建", 2024, 5),
        title="关于市十五届人大四次会议第233号建议的答复",
        recipients=("严立新代表",),
        ref=("人大", "市", 15, 4, "233", "建议", "关于推进无障碍环境建设的建议", []),
        preamble=["您提出的《关于推进无障碍环境建设的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "建设情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对残疾人事业的关心和支持。",
        signature=(("某市残疾人联合会",), "2024-07-30", "2024年7月30日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我会将联合住建部门开展无障碍设施专项督查，重点整治盲道占用问题。",
        # no warning: a half turn leaves the reading order as it is (geometry warns of quarter turns only)
        warnings=[],
    )


def test_a_notice_whose_imprint_of_filled_bar_rules_stands_above_the_folio_of_its_second_page() -> None:
    doc = office_probe("formats17-pdf-imprint-bars.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市人民政府办公室",
        number=("市政办发〔2024〕21号", "市政办发", 2024, 21),
        title="某市人民政府办公室关于印发某市城市更新行动实施方案的通知",
        recipients=("各区人民政府", "市政府各部门"),
        preamble=["《某市城市更新行动实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。"],
        tree=[(1, "cn", "一、", "明确更新重点"), (1, "cn", "二、", "强化要素保障"), (1, "cn", "三、", "加强组织领导")],
        closing="特此通知。",
        signature=(("某市人民政府办公室",), "2024-04-03", "2024年4月3日"),
        disclosure="主动公开",
        contact={},
        imprint=(("市委各部门", "市人大常委会办公室", "市政协办公室"), "某市人民政府办公室", "2024-04-03"),
        attachments=(),
        last="市城市更新工作领导小组负责统筹协调全市城市更新工作，各区要成立相应的工作机构，明确责任分工，确保各项任务落到实处。",
        warnings=["page-break-joined"],
    )
    absent(doc, "— 1 —", "— 2 —")


def test_a_letter_whose_page_header_holds_its_number_and_a_page_field() -> None:
    doc = office_probe("formats17-docx-header-fields.docx")
    expect_fields(
        doc,
        kind="letter",
        issuer="某市民族宗教事务局",
        number=("市民宗函〔2024〕6号", "市民宗函", 2024, 6),
        title="某市民族宗教事务局关于商请做好少数民族传统节日服务保障工作的函",
        recipients=("市公安局", "市市场监督管理局"),
        preamble=["今年11月将迎来多个少数民族传统节日。为做好节日期间服务保障工作，现商请贵单位给予支持："],
        tree=[(1, "cn", "一、", "加强节日期间安全保障"), (1, "cn", "二、", "做好清真食品市场监管")],
        closing="特此函商。",
        signature=(("某市民族宗教事务局",), "2024-10-21", "2024年10月21日"),
        contact={},
        imprint=None,
        attachments=(),
        last="请市市场监督管理局加强清真食品生产经营单位监督检查。",
        warnings=[],
    )
    absent(doc, "第1页", "共1页", "PAGE", "NUMPAGES")


def test_a_reply_with_notes_hidden_by_their_character_style_and_levels_named_apart_from_the_list() -> None:
    doc = office_probe("formats17-docx-hidden-style.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区科技提〔2024〕4号", "区科技提", 2024, 4),
        title="关于区政协五届二次会议第0031号提案的答复",
        recipients=("致公党区委会",),
        ref=("政协", "区", 5, 2, "0031", "提案", "关于支持科技型中小企业发展的提案", []),
        preamble=["贵单位提出的《关于支持科技型中小企业发展的提案》收悉。经研究，现答复如下："],
        # the sub-headings' w:numPr names only w:ilvl 1: the list (num 4) is their style's
        tree=[
            (1, "cn", "一、", "支持情况"),
            (2, "cn-paren", "（一）", "落实研发费用补助"),
            (2, "cn-paren", "（二）", "搭建科技金融平台"),
            (1, "cn", "二、", "下一步工作"),
        ],
        closing="感谢贵单位对科技工作的关心和支持。",
        signature=(("某区科学技术局",), "2024-05-22", "2024年5月22日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将实施科技型中小企业梯度培育计划，年内新增高新技术企业三十家。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0].sections[0]) == ["今年向一百二十家企业发放研发费用补助三千万元。"]
    absent(doc, "核实", "财政局拨付", "待主要领导审定")


@pytest.mark.xfail(
    strict=True,
    reason="a box placed from the page's top above its last quarter is read where it is anchored: where it "
    "stands among the paragraphs needs the page laid out (readers.docx.shapes.at_page_foot)",
)
def test_a_reply_whose_signature_box_is_anchored_in_the_salutation_but_placed_at_the_foot() -> None:
    doc = office_probe("formats17-docx-anchored-signature.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县司提〔2024〕3号", "县司提", 2024, 3),
        title="关于县政协九届四次会议第0052号提案的答复",
        recipients=("范文涛委员",),
        ref=("政协", "县", 9, 4, "0052", "提案", "关于加强村（社区）法律顾问工作的提案", []),
        preamble=["您提出的《关于加强村（社区）法律顾问工作的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对司法行政工作的关心和支持。",
        signature=(("某县司法局",), "2024-08-16", "2024年8月16日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将建立法律顾问服务考评机制，把群众满意度作为考评的主要依据。",
        warnings=[],
    )
    in_order(doc.text, "感谢您对司法行政工作的关心和支持。", "某县司法局", "2024年8月16日")


def test_a_word_web_page_with_a_three_level_list_its_markers_in_support_lists_blocks() -> None:
    doc = office_probe("formats17-html-word-lists.html")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县应急管理局",
        number=None,
        title="某县应急管理局关于做好2024年汛期安全防范工作的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        preamble=["我县即将进入主汛期。为切实做好汛期安全防范工作，现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "强化隐患排查"),
            (2, "cn-paren", "（一）", "排查重点部位"),
            (3, "num", "1．", "建立排查台账"),
            (2, "cn-paren", "（二）", "落实转移预案"),
            (1, "cn", "二、", "严格值班值守"),
        ],
        closing="特此通知。",
        signature=(("某县应急管理局",), "2024-05-20", "2024年5月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="汛期实行二十四小时值班和领导带班制度，遇有险情及时报告。",
        warnings=[],
    )
    first = doc.sections[0].sections[0]
    assert paragraphs(first) == ["重点排查山洪灾害危险区、地质灾害隐患点和病险水库。"]
    assert paragraphs(first.sections[0]) == ["对排查发现的隐患逐一登记，明确整改责任人和整改时限。"]
    absent(doc, "县应急局印章", "Times New Roman", "image00", "县应急局")
