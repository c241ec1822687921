"""Twenty-fourth round of probes through the readers (session 24): DOCX, HTML, PDF and OFD files laid out in ways
rounds 4, 5 and 8 to 23 did not try (fixtures/office/formats24-*, written by fixtures/office/make_formats24.py).
Every expected value below, and what must NOT reach the text, was written by hand from the document the
generator writes; the batch was committed before the parser ran on it. Every parse also keeps the span
invariants and raises no internal error.

The shapes, and how they differ from rounds 18–23: DOCX — points ① ② ③ that Word 2016 writes as run-level
alternate content (a w16se:symEx choice, the character in the fallback; rounds 11 and 14 put alternate content
around paragraphs and text boxes, never around a run's character); Office Math, a display equation and an
inline one inside a sentence (never probed); tracked insertions and deletions in the title, a figure, a whole
paragraph, a sentence and the date, now expected to be *warned* (the session's brief: accepted changes are the
parser's judgement over the file's text; see below); a title in a data-bound content control, the 附件 lines as
the items of a w15 repeating-section control, a date-picker 落款 (rounds 8, 11, 18 had plain, drop-down and date
controls, never a repeating section); run-in headings made with Word's style separator (a heading paragraph whose
mark w:specVanish hides, running on into the next paragraph); heading numbers inherited through a chain of
w:basedOn styles, the second level naming only its w:ilvl (round 9 put w:numPr on the heading style itself); a
stale 文号 left in an even-page header that the settings never show. HTML — an article only inside
`<noscript>` beside an empty mount point; a frameset page whose `<noframes>` holds the reply; headings
numbered by CSS counters on `h3::before`/`h4::before` (round 17 read counters on list items only); a title set
one character a `<span>` with a `<br>` in the `<h1>`, `<wbr>` in the 文号, `&nbsp;` indents and a 落款 pushed
right by `&nbsp;` runs; a frameset page holding no text of its own. PDF — AcroForm values without appearance
streams (/NeedAppearances; round 19's fields had them) and a hidden field; a born-digital page under an OCR
engine's invisible copy of every line; an optional-content group switched off holding a reviewer's note; a
typewriter annotation without an appearance stream (round 22's had one) beside a sticky note; a joint
落款 whose two organs are one TJ string parted only by kerning; a print slug outside a CropBox set on the
Pages node and inherited (round 10's CropBox was the page's own). OFD — a 版头 drawn by a CompositeObject from a
CompositeGraphicUnit of DocumentRes; a two-page notice whose members are named by absolute paths, the 版头 in a
foreground template.

First look (the batch as committed, 672e4e41 on the branch, before any fix): 8 of 20 documents whole, 249 of 285
checks right (294 checks in all: a failed comparison stops its test, so 9 checks behind seven failed ones did
not run; they all hold now). The misses, each cause fixed in a reader and tested on a new example in
tests/test_formats24_causes.py:
- the circled points written as run-level alternate content were dropped: no ① sections (2 fields;
  readers.docx.walk `_alternate_text`);
- Office Math dropped silently, the display equation and the inline one (1 check; readers.docx.walk `math_text`);
- tracked changes read accepted with no warning (1; readers.docx.walk `Revisions`, a new `text-repaired` kind);
- the style separator's run-in headings read as paragraphs of their own (1 check, 2 behind it;
  readers.docx.walk `_mark_hidden`);
- a stale 文号 in an even-page header no page shows became the document's (2 fields; readers.docx.headers
  `unshown_parts`);
- the article kept only in a `<noscript>` was not read: `other`, no title, no body (10 fields;
  readers.html.embedded `show_template` weighs a `<noscript>` as a `<template>`);
- the frameset's `<noframes>` read as raw markup (8 fields; readers.html.embedded `frameless`);
- headings numbered by CSS counters read without their numbers: no sections (2 fields; readers.html.lists
  `heading_counters`);
- AcroForm values without appearance streams: PDFium's own appearance dropped their Chinese characters
  (`2024 8 15`): no 文号, no 落款 (5 fields; readers.pdf_fields);
- a reviewer's note in an optional-content layer switched off was read (1 check; readers.pdf_layers);
- a print slug outside a CropBox inherited from the Pages node was read (1 check; readers.pdf_chars
  `_crop_box` asks PDFium's page bounding box, which inherits);
- an OFD 版头 drawn by a CompositeObject was not read: no issuer, no 文号 (2 fields; readers.ofd.content
  `_objects`, `_placed`).
No expectation of mine was corrected. Everything else read right on first look: a title bound to the core
properties, 附件 lines in a w15 repeating section, a date-picker 落款; heading numbers inherited through
w:basedOn styles; a title one `<span>` a character with `<br>`, `<wbr>` and `&nbsp;` runs; a frameset page with
no text (`empty-document`); a born-digital page under an invisible OCR copy of every line; a typewriter
annotation without an appearance (PDFium draws it whole) beside a sticky note; a joint 落款 parted by
kerning only; OFD members named by absolute paths with a foreground letterhead template.

Batch 2 (2 files, 25a60f81, committed after batch 1's fixes had landed and before any parse of it), first look: 1
of 2 documents whole, 31 of 32 checks right (one check behind the failed comparison did not run; it holds now).
The miss: a portal's information table whose values stand in read-only `<input>` boxes gave no metadata (1
field; readers.html.embedded `show_embedded`: a read-only or disabled text box's value is the page's words, as a
read-only `<textarea>`'s is; an editable box, a button, a hidden field still give none). Word's own watermark
in the header (a VML WordArt shape in a Watermarks-gallery content control) read right.

Tracked changes: rounds 5 to 23 read them accepted with no warning (round 23's docstring: no code named
them). This session's brief asks for at least a warning under the contract's rules; the README's
`text-repaired` ("a line the parser changed by its own judgement, so `text` no longer holds the file's
characters there") is the code whose meaning covers it, so this round expects one `text-repaired` for a
document whose revisions were read accepted (a new kind, said in the README when the fix lands).
"""

from __future__ import annotations

import pytest

import govdoc
from tests.probing import OFFICE, absent, expect_fields, office_probe, paragraphs, squashed

# --- DOCX ----------------------------------------------------------------------------------------


def test_a_notice_whose_circled_points_are_symbols_written_as_run_level_alternate_content() -> None:
    doc = office_probe("formats24-docx-symbol-points.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县农业农村局",
        number=("县农发〔2024〕47号", "县农发", 2024, 47),
        title="关于做好2024年秋冬种工作的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        preamble=["为确保秋冬种面积稳定、质量提升，现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "落实种植面积"),
            (1, "cn", "二、", "抓好关键措施"),
            (2, "circled", "①", "推广良种"),
            (2, "circled", "②", "科学施肥"),
            (2, "circled", "③", "防灾减灾"),
        ],
        closing="特此通知。",
        signature=(("某县农业农村局",), "2024-10-09", "2024年10月9日"),
        contact={},
        imprint=None,
        attachments=(),
        last="密切关注天气变化，及时发布灾害性天气预警。",
        warnings=[],
    )


def test_a_notice_whose_formula_is_office_math_in_a_paragraph_of_its_own_and_inside_a_sentence() -> None:
    doc = office_probe("formats24-docx-math-formula.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市住房和城乡建设局",
        number=("市建发〔2024〕58号", "市建发", 2024, 58),
        title="关于下达2024年老旧小区改造补助资金的通知",
        recipients=("各区住房和城乡建设局",),
        preamble=["现将2024年老旧小区改造补助资金下达给你们，并就有关事项通知如下："],
        tree=[(1, "cn", "一、", "补助资金计算方法"), (1, "cn", "二、", "资金使用要求")],
        closing="特此通知。",
        signature=(("某市住房和城乡建设局",), "2024-11-05", "2024年11月5日"),
        contact={},
        imprint=None,
        attachments=(),
        last="补助资金专项用于小区改造，不得挪作他用。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == [
        "补助资金按以下公式计算：",
        "补助金额=改造面积×补助标准×k",
        "其中，k为调节系数，取值范围为0.8≤k≤1.2，由各区根据改造内容确定。",
    ]


def test_a_reply_under_tracked_changes_is_read_accepted_and_says_so() -> None:
    doc = office_probe("formats24-docx-tracked-reply.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区教提〔2024〕31号", "区教提", 2024, 31),
        title="关于区政协九届三次会议第0126号提案的答复",
        recipients=("吴海燕委员",),
        ref=("政协", "区", 9, 3, "0126", "提案", "关于推进中小学课后服务提质增效的提案", []),
        preamble=["您提出的《关于推进中小学课后服务提质增效的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "课后服务开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("某区教育局",), "2024-07-18", "2024年7月18日"),
        contact={"name": "郑晓丽", "phones": ("021-52801234",)},
        imprint=None,
        attachments=(),
        last="我局将引进优质社会资源参与课后服务，丰富体育、艺术和科技类课程。",
        warnings=["text-repaired"],  # the revisions read accepted: the parser's judgement over the file's text
    )
    assert paragraphs(doc.sections[0]) == [
        "全区一百零二所中小学已全部开展课后服务，学生参与率达到百分之九十二。",
        "今年秋季学期起，课后服务时间延长至下午六点。",
    ]
    absent(doc, "0125", "八十九", "收费标准", "7月16日")


def test_a_notice_whose_title_is_a_bound_control_attachments_a_repeating_section_and_date_a_picker() -> None:
    doc = office_probe("formats24-docx-controls.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市生态环境局",
        number=("市环发〔2024〕36号", "市环发", 2024, 36),
        title="关于开展2024年度排污许可证执行情况检查的通知",
        recipients=("各区生态环境分局",),
        preamble=["为推进排污许可制度落实，决定开展2024年度排污许可证执行情况检查。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "检查对象"), (1, "cn", "二、", "检查内容")],
        closing="特此通知。",
        signature=(("某市生态环境局",), "2024-09-23", "2024年9月23日"),
        contact={},
        imprint=(("市人民政府办公室",), "某市生态环境局办公室", "2024-09-24"),
        attachments=("排污许可证执行情况检查表", "检查问题整改台账"),
        last="重点检查自行监测、执行报告和台账记录落实情况。",
        warnings=[],
    )


def test_a_plan_whose_run_in_headings_are_words_style_separator() -> None:
    doc = office_probe("formats24-docx-style-separator.docx")
    expect_fields(
        doc,
        kind="plan",
        issuer=None,
        number=None,
        title="某县2024年农村人居环境整治提升工作方案",
        recipients=(),
        preamble=["为持续改善农村人居环境，结合我县实际，制定本方案。"],
        tree=[
            (1, "cn", "一、", "工作目标"),
            (1, "cn", "二、", "重点任务"),
            (2, "cn-paren", "（一）", "推进厕所革命"),
            (2, "cn-paren", "（二）", "治理生活垃圾"),
            (1, "cn", "三、", "保障措施"),
            (2, "cn-paren", "（一）", "加强组织领导"),
            (2, "cn-paren", "（二）", "强化资金保障"),
        ],
        closing=None,
        signature=(("某县农业农村局",), "2024-03-15", "2024年3月15日"),
        contact={},
        imprint=None,
        attachments=(),
        last="县财政安排专项资金二千万元，优先支持重点村整治。",
        warnings=[],
    )
    # Word shows the heading and the paragraph after its hidden mark as one paragraph on the page
    assert "（一）推进厕所革命。新改建农村户用卫生厕所三千户" in doc.text
    assert "（二）强化资金保障。县财政安排专项资金" in doc.text
    assert paragraphs(doc.sections[1].sections[0]) == ["新改建农村户用卫生厕所三千户，同步建设粪污收集处理设施。"]


def test_a_reply_whose_heading_numbers_come_through_a_chain_of_based_on_styles() -> None:
    doc = office_probe("formats24-docx-based-numbering.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市文旅提〔2024〕22号", "市文旅提", 2024, 22),
        title="关于市政协十四届三次会议第0612号提案的答复",
        recipients=("潘立群委员",),
        ref=("政协", "市", 14, 3, "0612", "提案", "关于发展乡村旅游的提案", []),
        preamble=["您提出的《关于发展乡村旅游的提案》收悉。现答复如下："],
        tree=[
            (1, "cn", "一、", "乡村旅游发展现状"),
            (1, "cn", "二、", "下一步工作"),
            (2, "cn-paren", "（一）", "完善基础设施"),
            (2, "cn-paren", "（二）", "培育特色品牌"),
        ],
        closing="感谢您对文化旅游工作的关心和支持。",
        signature=(("某市文化广电和旅游局",), "2024-06-28", "2024年6月28日"),
        contact={"name": "黄静", "phones": ("0571-87051234",)},
        imprint=None,
        attachments=(),
        last="打造十条乡村旅游精品线路，办好乡村文化旅游节。",
        warnings=[],
    )


def test_a_notice_whose_template_left_a_stale_number_in_an_even_page_header_never_shown() -> None:
    doc = office_probe("formats24-docx-stale-even-header.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=("县政办发〔2024〕31号", "县政办发", 2024, 31),
        title="关于做好2024年防汛抗旱工作的通知",
        recipients=("各乡镇人民政府", "县政府各部门"),
        preamble=["当前我县已进入主汛期。为做好今年防汛抗旱工作，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "压实防汛责任"), (1, "cn", "二、", "加强值班值守")],
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-05-20", "2024年5月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="汛期实行二十四小时值班和领导带班制度，遇有险情及时报告。",
        warnings=[],
    )
    absent(doc, "〔2023〕15号", "办公室文件")


# --- HTML ----------------------------------------------------------------------------------------


def test_a_page_whose_article_stands_only_in_a_noscript_beside_an_empty_mount_point() -> None:
    doc = office_probe("formats24-html-noscript.html")
    expect_fields(
        doc,
        kind="notice",
        issuer=None,
        number=("县体发〔2024〕9号", "县体发", 2024, 9),
        title="关于开展2024年全民健身月活动的通知",
        recipients=("各乡镇人民政府", "县直各单位"),
        preamble=["为推动全民健身运动广泛开展，县体育局决定在八月组织全民健身月活动。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "活动时间"), (1, "cn", "二、", "活动内容")],
        closing="特此通知。",
        signature=(("某县体育局",), "2024-07-22", "2024年7月22日"),
        contact={},
        imprint=None,
        attachments=(),
        last="组织开展健步走、广场舞展演和篮球联赛等群众性体育活动。",
        warnings=[],
    )
    absent(doc, "JavaScript", "网站标识码", "办事服务")


def test_a_frameset_page_whose_noframes_holds_the_reply() -> None:
    doc = office_probe("formats24-html-noframes.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于县人大十七届四次会议第045号建议的答复",
        recipients=("王德明代表",),
        ref=("人大", "县", 17, 4, "045", "建议", "关于改善县城停车难问题的建议", []),
        preamble=["您提出的《关于改善县城停车难问题的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "停车设施建设情况"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某县住房和城乡建设局",), "2024-06-20", "2024年6月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将在医院、学校周边规划建设立体停车库，推行错时共享停车。",
        warnings=[],
    )
    absent(doc, "top.htm", "<p", "<body")


def test_a_page_whose_headings_are_numbered_by_css_counters_before_them() -> None:
    doc = office_probe("formats24-html-css-counters.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区市监建〔2024〕14号", "区市监建", 2024, 14),
        title="关于区人大三届四次会议第0157号建议的答复",
        recipients=("陶建平代表",),
        ref=("人大", "区", 3, 4, "0157", "建议", "关于加强校园周边食品安全监管的建议", []),
        preamble=["您提出的《关于加强校园周边食品安全监管的建议》收悉。现答复如下："],
        tree=[
            (1, "cn", "一、", "监管工作开展情况"),
            (1, "cn", "二、", "下一步工作"),
            (2, "cn-paren", "（一）", "加大抽检力度"),
            (2, "cn-paren", "（二）", "推动社会共治"),
        ],
        closing="感谢您对市场监管工作的关心和支持。",
        signature=(("某区市场监督管理局",), "2024-06-14", "2024年6月14日"),
        contact={},
        imprint=None,
        attachments=(),
        last="聘请家长代表担任食品安全社会监督员，畅通投诉举报渠道。",
        warnings=[],
    )
    absent(doc, "当前位置", "版权所有")


def test_a_page_whose_title_is_one_span_a_character_with_nbsp_indents_and_a_signature_pushed_by_spaces() -> None:
    doc = office_probe("formats24-html-char-spans.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县文旅提〔2024〕6号", "县文旅提", 2024, 6),
        title="关于县政协十一届三次会议第073号提案的答复",
        recipients=("聂小燕委员",),
        ref=("政协", "县", 11, 3, "073", "提案", "关于保护利用传统村落的提案", []),
        preamble=["您提出的《关于保护利用传统村落的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "保护工作进展"), (1, "cn", "二、", "下一步措施")],
        closing="感谢您对文化和旅游工作的关心和支持。",
        signature=(("某县文化和旅游局",), "2024-06-25", "2024年6月25日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将争取中央补助资金，推动传统村落与乡村旅游融合发展。",
        warnings=[],
    )


def test_a_frameset_page_holding_no_text_of_its_own_is_an_empty_document() -> None:
    with pytest.raises(govdoc.GovDocError) as raised:
        govdoc.parse(OFFICE / "formats24-html-frames-only.html")
    assert raised.value.code == "empty-document"


# --- PDF -----------------------------------------------------------------------------------------


def test_a_reply_form_whose_number_and_date_are_field_values_without_appearance_streams() -> None:
    doc = office_probe("formats24-pdf-form-values.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市邮提〔2024〕19号", "市邮提", 2024, 19),
        title="关于市人大十五届三次会议第0428号建议的答复",
        recipients=("韩振国代表",),
        ref=("人大", "市", 15, 3, "0428", "建议", "关于加快农村寄递物流体系建设的建议", []),
        preamble=["您提出的《关于加快农村寄递物流体系建设的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "寄递物流体系建设情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对邮政管理工作的关心和支持。",
        signature=(("某市邮政管理局",), "2024-08-15", "2024年8月15日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推动邮政、快递、供销和商贸物流企业共同配送，降低农村末端配送成本。",
        warnings=[],
    )
    absent(doc, "内部流转")


def test_a_born_digital_reply_under_an_invisible_ocr_copy_of_every_line() -> None:
    doc = office_probe("formats24-pdf-double-layer.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区司提〔2024〕9号", "区司提", 2024, 9),
        title="关于区政协五届三次会议第0183号提案的答复",
        recipients=("蒋雯委员",),
        ref=("政协", "区", 5, 3, "0183", "提案", "关于加强社区矫正对象帮扶的提案", []),
        preamble=["您提出的《关于加强社区矫正对象帮扶的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "帮扶工作情况"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对司法行政工作的关心和支持。",
        signature=(("某区司法局",), "2024-07-30", "2024年7月30日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将建设社区矫正教育帮扶基地，引导社会组织参与心理疏导和就业帮扶。",
        warnings=[],
    )
    assert squashed(doc.text).count("某区司法局") == 1
    assert squashed(doc.text).count("帮扶工作情况") == 1


def test_a_notice_with_an_optional_content_layer_switched_off_holding_a_reviewers_note() -> None:
    doc = office_probe("formats24-pdf-hidden-layer.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县卫生健康局",
        number=("县卫健发〔2024〕27号", "县卫健发", 2024, 27),
        title="某县卫生健康局关于开展2024年夏季爱国卫生运动的通知",
        recipients=("各乡镇卫生院", "县直各医疗卫生单位"),
        preamble=["为有效防控夏季传染病，决定在全县开展夏季爱国卫生运动。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "集中清理卫生死角"), (1, "cn", "二、", "加强病媒生物防制")],
        closing="特此通知。",
        signature=(("某县卫生健康局",), "2024-06-03", "2024年6月3日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各乡镇卫生院要指导村居开展灭蚊灭蝇活动，降低病媒生物密度。",
        warnings=[],
    )
    absent(doc, "审核意见", "核稿")


def test_a_reply_whose_number_was_typed_on_without_an_appearance_stream_beside_a_sticky_note() -> None:
    doc = office_probe("formats24-pdf-typed-no-appearance.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县水提〔2024〕15号", "县水提", 2024, 15),
        title="关于县人大十八届三次会议第021号建议的答复",
        recipients=("付国强代表",),
        ref=("人大", "县", 18, 3, "021", "建议", "关于加强农村饮水安全保障的建议", []),
        preamble=["您提出的《关于加强农村饮水安全保障的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "农村供水工程建设情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对水利工作的关心和支持。",
        signature=(("某县水利局",), "2024-08-02", "2024年8月2日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将实施小型供水工程标准化改造，建立水质定期检测和公示制度。",
        warnings=[],
    )
    absent(doc, "请核对", "王科长")


def test_a_joint_notice_whose_two_signing_organs_are_one_string_parted_by_kerning() -> None:
    doc = office_probe("formats24-pdf-kerned-joint.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer=None,
        number=("县教发〔2024〕40号", "县教发", 2024, 40),
        title="关于下达2024年学生资助资金的通知",
        recipients=("各中小学校",),
        preamble=["现将2024年秋季学期学生资助资金下达给你们，并就有关事项通知如下："],
        tree=[(1, "cn", "一、", "资金安排"), (1, "cn", "二、", "工作要求")],
        closing="特此通知。",
        signature=(("某县教育局", "某县财政局"), "2024-10-25", "2024年10月25日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各校要在十一月底前将资助资金足额发放到学生，不得截留挪用。",
        warnings=[],
    )


def test_a_reply_whose_print_slug_stands_outside_a_crop_box_the_page_inherits_from_its_pages_node() -> None:
    doc = office_probe("formats24-pdf-inherited-crop.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区农提〔2024〕27号", "区农提", 2024, 27),
        title="关于区政协五届三次会议第0247号提案的答复",
        recipients=("鲁卫东委员",),
        ref=("政协", "区", 5, 3, "0247", "提案", "关于发展都市休闲农业的提案", []),
        preamble=["您提出的《关于发展都市休闲农业的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "休闲农业发展情况"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对农业农村工作的关心和支持。",
        signature=(("某区农业农村局",), "2024-05-08", "2024年5月8日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推动休闲农业与乡村民宿、研学教育融合发展，培育一批精品园区。",
        warnings=[],
    )
    absent(doc, "打印时间", "收发室", "协同办公系统")


# --- OFD -----------------------------------------------------------------------------------------


def test_an_ofd_notice_whose_letterhead_is_a_composite_object_of_the_document_resources() -> None:
    doc = office_probe("formats24-ofd-composite-head.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县自然资源局",
        number=("县自然资发〔2024〕23号", "县自然资发", 2024, 23),
        title="关于开展2024年度耕地保护专项检查的通知",
        recipients=("各乡镇人民政府",),
        preamble=["为严格落实耕地保护制度，县局决定开展2024年度耕地保护专项检查。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "检查范围"), (1, "cn", "二、", "检查方式")],
        closing="特此通知。",
        signature=(("某县自然资源局",), "2024-09-05", "2024年9月5日"),
        contact={},
        imprint=None,
        attachments=(),
        last="采取乡镇自查和县局抽查相结合的方式进行。",
        warnings=[],
    )


def test_an_ofd_notice_whose_members_are_named_by_absolute_paths_with_a_foreground_letterhead_template() -> None:
    doc = office_probe("formats24-ofd-absolute-paths.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市交通运输局",
        number=("市交发〔2024〕52号", "市交发", 2024, 52),
        title="关于做好2024年国庆假期道路运输安全工作的通知",
        recipients=("各区交通运输局", "市直有关单位"),
        preamble=["国庆假期将至，道路客流明显增加。为确保假期道路运输安全，现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "加强客运安全管理"),
            (1, "cn", "二、", "排查治理安全隐患"),
            (1, "cn", "三、", "强化应急值守"),
        ],
        closing="特此通知。",
        signature=(("某市交通运输局",), "2024-09-24", "2024年9月24日"),
        contact={},
        imprint=None,
        attachments=(),
        last="假期实行二十四小时值班和领导带班制度，遇有突发事件及时处置并报告。",
        warnings=[],
    )
    absent(doc, "— 1 —", "— 2 —")
    assert squashed(doc.text).count("某市交通运输局") == 2


# --- batch 2 (committed before any parse of it) --------------------------------------------------


def test_a_notice_under_words_own_watermark_in_its_header() -> None:
    doc = office_probe("formats24-docx-watermark.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市人力资源和社会保障局",
        number=("市人社发〔2024〕44号", "市人社发", 2024, 44),
        title="关于做好2024年高校毕业生就业服务工作的通知",
        recipients=("各区人力资源和社会保障局",),
        preamble=["为促进高校毕业生高质量充分就业，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "摸清就业需求"), (1, "cn", "二、", "开展专项招聘")],
        closing="特此通知。",
        signature=(("某市人力资源和社会保障局",), "2024-06-21", "2024年6月21日"),
        contact={},
        imprint=None,
        attachments=(),
        last="七月至九月每周举办一场高校毕业生专场招聘会，全年提供岗位不少于两万个。",
        warnings=[],
    )
    absent(doc, "征求意见稿")


def test_a_portal_page_whose_information_table_shows_its_values_in_read_only_inputs() -> None:
    doc = office_probe("formats24-html-readonly-inputs.html")
    expect_fields(
        doc,
        kind="reply",
        number=None,
        title="关于市人大十六届三次会议第0338号建议的答复",
        recipients=("周海鹰代表",),
        metadata={
            "索引号": "11330100MB0123456X/2024-00215",
            "发布机构": "某市交通运输局",
            "成文日期": "2024-06-18",
            "公开方式": "主动公开",
        },
        ref=("人大", "市", 16, 3, "0338", "建议", "关于优化城乡公交线网的建议", []),
        preamble=["您提出的《关于优化城乡公交线网的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "线网优化情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("某市交通运输局",), "2024-06-18", "2024年6月18日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推进城乡公交一体化，力争年底前实现具备条件的行政村公交通达率百分之百。",
        warnings=[],
    )
    absent(doc, "网站标识码", "政府信息公开")
