"""Twenty-first round of probes through the readers (session 21): DOCX, RTF, HTML, PDF and OFD files laid out in
ways rounds 4, 5 and 8 to 20 did not try (fixtures/office/formats21-*, written by fixtures/office/make_formats21.py).
Every expected value below, and what must NOT reach the text, was written by hand from the document the
generator writes; the batch was committed before the parser ran on it. Every parse also keeps the span
invariants and raises no internal error.

First look (the batch as committed, 6f8490e3 on the branch, 8346dea8 once rebased, before any fix): 11 of 20 documents whole, 262 of 286 checks
right (the checks that ran: a failed comparison stops its test, so 6 checks behind four failed ones did not
run). The misses, each cause fixed in a reader and tested on a new example in tests/test_formats21_causes.py
unless said:
- a run in a bold character style inside an editor's note whose paragraph style hides it was shown (the run's
  style was asked alone; readers.docx.walk);
- the 密级's star inserted from Wingdings (w:sym F0AB) stayed a private-use character: no 密级 (2 fields;
  readers.docx.symbols). Its 份号 line is `content-unplaced`, as round 8 settled: my expectation was wrong;
- Word's web page: the footnote reference (class MsoFootnoteReference) was skipped as a page *foot*er, and
  the notes list after the body's section (`mso-element:footnote-list`) dropped as chrome, both unwarned
  (readers.html.dom.CHROME_NAME, readers.html.content.word_notes);
- a MediaBox centred on the origin, no CropBox: lines measured from user space's origin, paragraphs broken
  at every line end (2 fields; readers.pdf_chars `_crop_box`);
- a ToUnicode map lacking one code mid-line: PDFium's `K` read silently (3 fields; readers.pdf_chars
  `_lone_unmapped`; format20's leftover);
- an OFD seal drawn into the page (red ring letters turned by CTMs, an upright top letter, a star) read as
  text columns over the 落款: no organ, no closing (5 checks; readers.ofd.content, readers.page_edges.ring_apart);
- a date corrected by an incremental update painting a white box over it and writing the new one in its
  place: both read, interleaved (`2024年6月174日`): no 落款 (4 fields; readers.pdf_covers, asked only of a page
  whose runs overprint each other);
- a body font that is a simple TrueType font named for SimSun with neither /Encoding nor /ToUnicode: its
  one-byte codes read silently as `!"#$%&'` (1 check, 2 behind it; readers.pdf_simple_fonts, asked only of a
  page where a Chinese face shows a run of Latin punctuation);
- a 简报's 报头 line typed across the gutter with full-width spaces was read as the columns' first row: no
  落款 (2 fields; readers.pdf_chars `_typed_gaps`, readers.columns: spaces whose boxes fill the gap make one
  line). Left as a strict xfail with its reason: a left-column line one character short of the column's
  edge runs on into the next section's heading (numbering-gap). Session 23 (format23) fixed it: a line at the
  margin opening on a first-level number (二、) under a full line ending a sentence opens a paragraph
  (readers.geometry `_opens_part`; tests/test_formats23_causes.py).
Everything else read right on first look: the 版头 as a text box in a w:titlePg header (read once), the
版记 as a table with its 抄送 label cell, a one-cell-row layout grid, tracked changes in the 落款, an RTF
without LibreOffice (`unsupported-format`), an inherited /Rotate 90, AES-256 with an empty user password,
glyphs drawn right to left one a text object, interleaved columns' rows, two DocBody, CTM-placed text
objects, two template pages.
"""

from __future__ import annotations

import pytest

import govdoc
from govdoc.errors import UnsupportedFormatError
from tests.probing import OFFICE, absent, codes, expect_fields, in_order, office_probe, paragraphs, squashed

# --- DOCX ----------------------------------------------------------------------------------------


def test_a_notice_whose_letterhead_and_number_are_a_text_box_in_the_first_page_header() -> None:
    doc = office_probe("formats21-docx-first-header-box.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市生态环境局",
        number=("市环发〔2024〕31号", "市环发", 2024, 31),
        title="关于开展2024年夏季大气污染防治攻坚行动的通知",
        recipients=("各区县生态环境分局", "局机关各处室"),
        preamble=[
            "为做好夏季臭氧污染防治工作，持续改善全市空气质量，市生态环境局决定开展夏季大气污染防治攻坚行动。现将有关事项通知如下："
        ],
        tree=[(1, "cn", "一、", "工作目标"), (1, "cn", "二、", "重点任务")],
        closing="特此通知。",
        signature=(("某市生态环境局",), "2024-06-11", "2024年6月11日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各区县要加强挥发性有机物排放企业执法检查，督促企业落实错峰生产措施。",
        warnings=[],
    )
    # the box's text once: the DrawingML choice, not its VML fallback as well
    assert doc.text.count("市环发〔2024〕31号") == 1
    assert doc.text.count("某市生态环境局文件") <= 1


def test_a_reply_whose_editors_notes_are_a_hidden_paragraph_style_holding_a_bold_run_and_whose_run_unhides_itself() -> (
    None
):
    doc = office_probe("formats21-docx-hidden-styles.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市科提〔2024〕12号", "市科提", 2024, 12),
        title="关于市政协十三届三次会议第0178号提案的答复",
        recipients=("孙晓梅委员",),
        ref=("政协", "市", 13, 3, "0178", "提案", "关于支持科技型中小企业发展的提案", []),
        preamble=["您提出的《关于支持科技型中小企业发展的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "扶持政策落实情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对科技工作的关心和支持。",
        signature=(("某市科学技术局",), "2024-06-24", "2024年6月24日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将设立科技成果转化引导基金，支持企业与高校院所共建研发平台。",
        warnings=[],
    )
    # a run's own w:vanish w:val="0" shows it whatever its character style says
    assert paragraphs(doc.sections[0]) == ["今年全市认定科技型中小企业八百六十家，兑现研发费用补助一点二亿元。"]
    # a bold character style says nothing of hiding: the paragraph style's w:vanish still hides its runs
    absent(doc, "编辑说明", "请于6月20日前报办公室审核", "数据待统计局核实后更新")


def test_a_notice_whose_imprint_is_a_table_with_the_cc_label_in_a_cell_of_its_own() -> None:
    doc = office_probe("formats21-docx-imprint-grid.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市人民政府办公室",
        number=("市政办发〔2024〕17号", "市政办发", 2024, 17),
        title="某市人民政府办公室关于做好2024年防汛抗旱工作的通知",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        preamble=["为切实做好今年防汛抗旱工作，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下："],
        tree=[(1, "cn", "一、", "压实防汛责任"), (1, "cn", "二、", "强化监测预警")],
        closing="特此通知。",
        signature=(("某市人民政府办公室",), "2024-05-20", "2024年5月20日"),
        contact={},
        imprint=(("市委办公室", "市人大常委会办公室", "市政协办公室"), "某市人民政府办公室", "2024-05-20"),
        attachments=(),
        last="气象、水文部门要加强雨情水情监测，及时发布预警信息。",
        warnings=[],
    )


def test_a_request_whose_secrecy_star_is_a_wingdings_symbol_under_its_copy_number_and_over_its_urgency() -> None:
    doc = office_probe("formats21-docx-secret-star.docx")
    expect_fields(
        doc,
        kind="request",
        issuer="某县应急管理局",
        number=("县应急〔2024〕23号", "县应急", 2024, 23),
        signer="何建军",
        security="秘密★1年",
        urgency="特急",
        title="关于申请安全生产专项检查经费的请示",
        recipients=("县人民政府",),
        preamble=[
            "根据全县安全生产大检查工作安排，我局拟于七月至九月对全县危险化学品企业开展专项检查，现将有关情况请示如下："
        ],
        tree=[(1, "cn", "一、", "检查范围"), (1, "cn", "二、", "经费需求")],
        closing="妥否，请批示。",
        signature=(("某县应急管理局",), "2024-06-28", "2024年6月28日"),
        contact={"name": "邓琳", "phones": ("0838-6223456",)},
        imprint=None,
        attachments=(),
        last="聘请行业专家和第三方检测机构共需经费三十六万元。",
        # corrected after the first look: the contract has no field for the 份号, so its line is text in no
        # element, as round 8 settled (written [] by mistake)
        warnings=["content-unplaced"],
    )
    assert "\uf0ab" not in doc.text  # Wingdings' slot is the star it draws, not a private-use character


def test_a_reply_typed_in_a_layout_table_of_one_cell_rows_its_signature_a_row_with_an_empty_left_cell() -> None:
    doc = office_probe("formats21-docx-row-grid.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区文旅提〔2024〕8号", "区文旅提", 2024, 8),
        title="关于区政协九届三次会议第0063号提案的答复",
        recipients=("民进区委会",),
        ref=("政协", "区", 9, 3, "0063", "提案", "关于活化利用历史街区的提案", []),
        preamble=["贵单位提出的《关于活化利用历史街区的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "历史街区保护情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢贵单位对文化和旅游工作的关心和支持。",
        signature=(("某区文化和旅游局",), "2024-07-15", "2024年7月15日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将引入文创企业和非遗工坊，推动历史街区活化利用。",
        warnings=[],
    )
    # a layout grid is no table of data
    assert not doc.tables and all(not s.tables for s in doc.iter_sections())


def test_a_reply_whose_signature_organ_and_date_were_corrected_with_tracked_changes() -> None:
    doc = office_probe("formats21-docx-tracked-signature.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县文广旅提〔2024〕14号", "县文广旅提", 2024, 14),
        title="关于县政协十届三次会议第0092号提案的答复",
        recipients=("林国栋委员",),
        ref=("政协", "县", 10, 3, "0092", "提案", "关于发展乡村旅游的提案", []),
        preamble=["您提出的《关于发展乡村旅游的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "乡村旅游发展现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对文化旅游工作的关心和支持。",
        signature=(("某县文化广电和旅游体育局",), "2024-08-02", "2024年8月2日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将打造三条乡村旅游精品线路，培育民宿集群。",
        warnings=["text-repaired"],  # session 24: revisions read accepted are warned (tracked-changes)
    )
    absent(doc, "某县文化和旅游局", "2024年7月30日")


# --- RTF -----------------------------------------------------------------------------------------


def test_an_rtf_reply_without_libreoffice_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("govdoc.readers.legacy.soffice", lambda: None)
    with pytest.raises(UnsupportedFormatError) as caught:
        govdoc.parse(OFFICE / "formats21-rtf-reply.rtf")
    assert caught.value.code == "unsupported-format"
    assert "LibreOffice" in str(caught.value)


# --- HTML ----------------------------------------------------------------------------------------


def test_words_web_page_declared_gb2312_with_a_date_field_a_footnote_and_empty_paragraphs() -> None:
    doc = office_probe("formats21-html-word-fields.htm")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区教提〔2024〕21号", "区教提", 2024, 21),
        title="关于区政协七届三次会议第0145号提案的答复",
        recipients=("唐小燕委员",),
        ref=("政协", "区", 7, 3, "0145", "提案", "关于加强中小学生心理健康教育的提案", []),
        preamble=["您提出的《关于加强中小学生心理健康教育的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("某区教育局",), "2024-07-18", "2024年7月18日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将建立学生心理健康监测预警机制，每学期开展一次心理健康筛查。",
        # the footnote, read after the 落款, is in no field (as rounds 9, 13, 14 and 20 settled)
        warnings=["content-unplaced"],
    )
    # the page shows the reference as [1] (its !supportFootnotes text): the text as shown
    assert paragraphs(doc.sections[0]) == ["全区中小学已全部配备专兼职心理健康教师[1]，心理辅导室建成率达到百分之百。"]
    in_order(doc.text, "2024年7月18日", "专职教师六十二人，兼职教师一百一十人。")
    absent(doc, "DATE", "yyyy", "mso-element", "Print", "区教育局办公室")


# --- PDF -----------------------------------------------------------------------------------------


def test_a_two_column_brief_drawn_row_by_row_across_both_columns_reads_column_by_column() -> None:
    doc = office_probe("formats21-pdf-columns-across.pdf")
    expect_fields(
        doc,
        kind="other",
        issuer=None,
        number=None,
        title="河湖长制工作简报",
        recipients=(),
        closing=None,
        signature=(("某区河长制办公室",), "2024-09-10", "2024年9月10日"),
        warnings=["layout-unusual"],
    )
    assert doc.header.serial is not None and doc.header.serial.text == "第5期"
    text = squashed(doc.text)
    in_order(text, "全面推行河长制", "开展清四乱专项行动", "推进幸福河湖建设", "强化水质监测")
    assert "今年以来，全区各级河长巡河四千二百余次，发现并整改问题三百一十个，河湖面貌明显改善。" in text
    assert "全区十二个国省考断面水质全部达到三类以上，同比提高八个百分点。" in text


def test_a_request_whose_landscape_annex_page_inherits_rotate_90_from_its_page_tree() -> None:
    doc = office_probe("formats21-pdf-rotate-inherited.pdf")
    expect_fields(
        doc,
        kind="request",
        issuer="某镇人民政府",
        number=("镇政〔2024〕11号", "镇政", 2024, 11),
        title="某镇人民政府关于申请农村公路养护资金的请示",
        recipients=("县人民政府",),
        preamble=[
            "我镇现有农村公路一百二十六公里，部分路段路面破损严重，群众出行不便。现申请养护资金八十万元，用于修复破损路段，具体见附件。"
        ],
        closing="妥否，请批示。",
        signature=(("某镇人民政府",), "2024-04-08", "2024年4月8日"),
        contact={},
        imprint=None,
        attachments=("农村公路养护项目表",),
        warnings=["layout-unusual"],  # the turned page, named
    )
    text = squashed(doc.text)
    assert "路段长度（公里）资金（万元）" in text
    assert "石桥至河口1230" in text
    assert "河口至新村1850" in text
    in_order(text, "2024年4月8日", "附件农村公路养护项目表路段")


def test_a_reply_whose_media_box_is_centred_on_the_origin() -> None:
    doc = office_probe("formats21-pdf-centred-origin.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县市监函〔2024〕36号", "县市监函", 2024, 36),
        title="关于县十九届人大三次会议第0081号建议的答复",
        recipients=("谢文斌代表",),
        ref=("人大", "县", 19, 3, "0081", "建议", "关于加强校园周边食品安全监管的建议", []),
        preamble=["您提出的《关于加强校园周边食品安全监管的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "监管情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对市场监管工作的关心和支持。",
        signature=(("某县市场监督管理局",), "2024-07-03", "2024年7月3日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推行学校周边食品经营户量化分级管理，每学期开展一次集中整治。",
        warnings=[],
    )


def test_a_reply_encrypted_with_aes_256_an_empty_user_password_and_copying_not_permitted() -> None:
    doc = office_probe("formats21-pdf-aes256.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市医保提〔2024〕15号", "市医保提", 2024, 15),
        title="关于市政协十三届三次会议第0264号提案的答复",
        recipients=("钟志远委员",),
        ref=("政协", "市", 13, 3, "0264", "提案", "关于扩大门诊慢特病保障范围的提案", []),
        preamble=["您提出的《关于扩大门诊慢特病保障范围的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "保障范围"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对医疗保障工作的关心和支持。",
        signature=(("某市医疗保障局",), "2024-07-12", "2024年7月12日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将把更多治疗周期长、费用负担重的疾病纳入门诊慢特病保障范围。",
        warnings=[],
    )


def test_a_reply_whose_date_an_incremental_update_covered_with_a_white_box_and_wrote_again() -> None:
    doc = office_probe("formats21-pdf-covered-date.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区城管提〔2024〕9号", "区城管提", 2024, 9),
        title="关于区政协八届三次会议第0107号提案的答复",
        recipients=("叶青委员",),
        ref=("政协", "区", 8, 3, "0107", "提案", "关于规范共享单车停放的提案", []),
        preamble=["您提出的《关于规范共享单车停放的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "管理情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对城市管理工作的关心和支持。",
        signature=(("某区城市管理局",), "2024-06-17", "2024年6月17日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推行电子围栏管理，对违规企业实行投放总量调减。",
        warnings=[],
    )
    absent(doc, "2024年6月14日")  # under the box: no reader of the page sees it


def test_a_notice_whose_body_font_is_a_simple_font_without_encoding_or_unicode_map() -> None:
    doc = office_probe("formats21-pdf-simple-font.pdf")
    # the title and 文号 are in a font that maps to characters; the body's one-byte codes name no character
    assert doc.kind == "notice"
    assert doc.header.title == "某街道办事处关于做好2024年防汛工作的通知"
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "街办发〔2024〕6号"
    assert "encoding-repaired" in codes(doc)  # never silent
    assert '!"#$' not in doc.text  # the codes are not read as Latin punctuation and letters
    assert "\ufffd" in doc.text


def test_a_reply_whose_fonts_unicode_map_lacks_one_code_in_the_middle_of_a_line() -> None:
    doc = office_probe("formats21-pdf-tounicode-gap.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县水利提〔2024〕13号", "县水利提", 2024, 13),
        title="关于县政协十一届三次会议第0072号提案的答复",
        recipients=("韩秀兰委员",),
        ref=("政协", "县", 11, 3, "0072", "提案", "关于加强农村\ufffd水安全保障的提案", []),
        preamble=["您提出的《关于加强农村\ufffd水安全保障的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对水利工作的关心和支持。",
        signature=(("某县水利局",), "2024-08-09", "2024年8月9日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将实施城乡供水一体化工程，推进老旧管网改造。",
        warnings=["encoding-repaired"],  # the one code the map lacks: U+FFFD where it stood, and said
    )


def test_a_reply_whose_lines_are_drawn_right_to_left_one_glyph_a_text_object() -> None:
    doc = office_probe("formats21-pdf-right-to-left.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("镇农提〔2024〕4号", "镇农提", 2024, 4),
        title="关于镇人大十九届三次会议第011号建议的答复",
        recipients=("冯德明代表",),
        ref=("人大", "镇", 19, 3, "011", "建议", "关于修缮村组灌溉渠道的建议", []),
        preamble=[
            "您提出的《关于修缮村组灌溉渠道的建议》收悉。现答复如下：",
            "今年镇政府已安排资金四十万元，修缮灌溉渠道六公里，九月底前全部完工。",
        ],
        tree=[],
        closing="感谢您对农业农村工作的关心和支持。",
        signature=(("某镇人民政府",), "2024-05-16", "2024年5月16日"),
        contact={},
        imprint=None,
        attachments=(),
        last="今年镇政府已安排资金四十万元，修缮灌溉渠道六公里，九月底前全部完工。",
        warnings=[],
    )


# --- OFD -----------------------------------------------------------------------------------------


def test_an_ofd_package_of_two_documents_reads_the_first_and_says_so() -> None:
    doc = office_probe("formats21-ofd-two-documents.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市人社提〔2024〕27号", "市人社提", 2024, 27),
        title="关于市政协十三届三次会议第0233号提案的答复",
        recipients=("高俊峰委员",),
        ref=("政协", "市", 13, 3, "0233", "提案", "关于加强高校毕业生就业服务的提案", []),
        preamble=["您提出的《关于加强高校毕业生就业服务的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "就业服务情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对人力资源社会保障工作的关心和支持。",
        signature=(("某市人力资源和社会保障局",), "2024-07-26", "2024年7月26日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将开展离校未就业毕业生帮扶行动，做到一人一档、一人一策。",
        warnings=["layout-unusual"],  # only the first of the package's documents is read, and that is said
    )
    absent(doc, "招聘活动统计表")


def test_a_signed_ofd_whose_seal_is_drawn_flattened_over_the_signature_with_turned_ring_letters() -> None:
    doc = office_probe("formats21-ofd-flattened-seal.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区民提〔2024〕16号", "区民提", 2024, 16),
        title="关于区政协九届三次会议第0211号提案的答复",
        recipients=("致公党区委会",),
        ref=("政协", "区", 9, 3, "0211", "提案", "关于发展社区嵌入式养老服务的提案", []),
        preamble=["贵单位提出的《关于发展社区嵌入式养老服务的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢贵单位对民政工作的关心和支持。",
        signature=(("某区民政局",), "2024-08-21", "2024年8月21日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推动养老服务中心与社区卫生服务中心毗邻建设，实现医养结合。",
        warnings=["electronic-seal"],  # noted, never verified (README's warning table)
    )
    assert "★" not in doc.text
    assert doc.text.count("某区民政局") == 1  # the 落款's, not the seal's ring as well


def test_an_ofd_reply_whose_text_objects_are_placed_by_their_ctm_alone() -> None:
    doc = office_probe("formats21-ofd-ctm-placed.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县交提〔2024〕31号", "县交提", 2024, 31),
        title="关于县政协十一届三次会议第0156号提案的答复",
        recipients=("农工党县总支",),
        ref=("政协", "县", 11, 3, "0156", "提案", "关于改善农村客运服务的提案", []),
        preamble=["贵单位提出的《关于改善农村客运服务的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "农村客运现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢贵单位对交通运输工作的关心和支持。",
        signature=(("某县交通运输局",), "2024-09-04", "2024年9月4日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将推行农村客运预约响应服务，发展客货邮融合。",
        warnings=[],
    )


def test_an_ofd_notice_with_a_first_page_template_holding_the_letterhead_and_a_second_holding_a_folio() -> None:
    doc = office_probe("formats21-ofd-two-templates.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县教育局",
        number=("县教发〔2024〕19号", "县教发", 2024, 19),
        title="关于做好2024年秋季学期开学工作的通知",
        recipients=("各中小学校、幼儿园",),
        preamble=["为确保秋季学期开学工作平稳有序，现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "开展安全检查"),
            (1, "cn", "二、", "做好入学报到"),
            (1, "cn", "三、", "落实资助政策"),
            (1, "cn", "四、", "加强师资调配"),
        ],
        closing="特此通知。",
        signature=(("某县教育局",), "2024-08-26", "2024年8月26日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各校要于9月10日前将开学工作情况报县教育局基础教育股。",
        warnings=["page-break-joined"],  # 三、's paragraph runs over the break
    )
    assert paragraphs(doc.sections[2]) == ["各校要做好家庭经济困难学生认定工作，确保各项资助资金及时足额发放到位。"]
    absent(doc, "— 1 —", "— 2 —")
    assert doc.text.count("县教发〔2024〕19号") == 1
