"""Eleventh round of probes through the readers (session 13): DOCX, HTML and PDF files laid out in ways
rounds 4, 5, 8, 9 and 10 did not try (fixtures/office/formats11-*, written by
fixtures/office/make_formats11.py), and two files of table fidelity. Every expected value below, and
what must NOT reach the text, was written by hand from the document the generator writes; the probe
batch was committed before the parser ran on it. Every parse also keeps the span invariants and raises
no internal error."""

from __future__ import annotations

from tests.probing import absent, expect_fields, items, office_probe, paragraphs

# --- table fidelity: a cell of several lines is one cell of one row ------------------------------


def test_a_docx_cell_of_several_paragraphs_is_one_cell_keeping_its_lines() -> None:
    doc = office_probe("formats11-docx-cell-paragraphs.docx")
    expect_fields(
        doc,
        kind="reply",
        number=("区卫建〔2024〕37号", "区卫建", 2024, 37),
        title="关于区十八届人大三次会议第062号建议的答复",
        recipients=("赵敏代表",),
        tree=[(1, "cn", "一、", "工作现状"), (1, "cn", "二、", "办理措施")],
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("某区卫生健康委员会",), "2024-08-12", "2024年8月12日"),
        warnings=[],
    )
    (measures,) = doc.sections[1].tables
    assert measures.rows == (
        ("序号", "建议事项", "承办单位", "办理措施"),
        ("1", "增设社区托育点", "区卫生健康委\n区教育局", "新建普惠托育点四个\n2024年底前完成"),
        ("2", "延长托育服务时间", "各街道办事处", "试点延时托育服务\n覆盖全部公办园"),
    )


def test_html_paragraphs_divisions_and_breaks_inside_a_cell_part_its_lines() -> None:
    doc = office_probe("formats11-html-cell-paragraphs.html")
    expect_fields(
        doc,
        kind="notice",
        title="某县农业农村局关于做好秋粮收储工作的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        tree=[(1, "cn", "一、", "明确工作分工"), (1, "cn", "二、", "加强组织保障")],
        closing="特此通知。",
        signature=(("某县农业农村局",), "2024-09-02", "2024年9月2日"),
        warnings=[],
    )
    (tasks,) = doc.sections[0].tables
    assert tasks.rows == (
        ("序号", "工作内容", "牵头单位", "时间安排"),
        ("1", "摸清秋粮产量\n建立收购台账", "县农业农村局", "9月底前"),
        ("2", "落实收储库点", "县发展改革局\n县粮食储备中心", "10月中旬前"),
        ("3", "开展市场巡查", "县市场监管局", "收购期间\n每周一次"),
    )


def test_a_cells_lines_break_in_the_markdown_table_by_br() -> None:
    markdown = office_probe("formats11-html-cell-paragraphs.html").to_markdown()
    assert "| 2 | 落实收储库点 | 县发展改革局<br>县粮食储备中心 | 10月中旬前 |" in markdown


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_reply_whose_progress_table_merges_cells_across_columns_and_down_rows() -> None:
    doc = office_probe("formats11-docx-merged-cells.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市住房和城乡建设局",
        number=("市住建提〔2024〕21号", "市住建提", 2024, 21),
        title="关于市政协十三届二次会议第0318号提案的答复",
        recipients=("孙立平委员",),
        ref=("政协", "市", 13, 2, "0318", "提案", "关于加快城镇老旧小区加装电梯的提案", []),
        preamble=["您提出的《关于加快城镇老旧小区加装电梯的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "加装电梯进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某市住房和城乡建设局",), "2024-07-16", "2024年7月16日"),
        contact={"name": "吴磊", "phones": ("0371-67181234",)},
        imprint=None,
        attachments=(),
        last="我局将简化加装电梯审批流程，推行一站式联合审查，力争年内再完工一百部。",
        warnings=[],
    )
    (progress,) = doc.sections[0].tables
    # a cell spanning two columns is one cell, as drawn; a cell continuing a vertical merge holds nothing
    assert progress.rows == (
        ("区域", "加装电梯（部）", "责任单位"),
        ("", "已完工", "在建", ""),
        ("东城区", "86", "24", "各区住建局"),
        ("西城区", "73", "31", ""),
    )
    assert doc.text.count("各区住建局") == 1


def test_a_reply_whose_headings_are_smart_tags_and_hyperlinks_in_column_sections_with_a_tabbed_contact() -> None:
    doc = office_probe("formats11-docx-links-tabs.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县文化和旅游局",
        number=("县文旅建〔2024〕9号", "县文旅建", 2024, 9),
        title="关于县十八届人大四次会议第045号建议的答复",
        recipients=("黄海涛代表",),
        ref=("人大", "县", 18, 4, "045", "建议", "关于保护利用传统村落的建议", []),
        preamble=["您提出的《关于保护利用传统村落的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "落实《某省传统村落保护条例》情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对文化和旅游工作的关心和支持。",
        signature=(("某县文化和旅游局",), "2024-05-28", "2024年5月28日"),
        contact={"name": "许晴", "phones": ("0553-2712345",)},
        imprint=None,
        attachments=(),
        last="下一步，我局将编制传统村落保护发展规划，推动三个村落申报国家级传统村落。",
        warnings=[],
    )
    first = doc.iter_sections()[0]
    assert paragraphs(first) == ["我县已有十二个村落列入省级传统村落名录，县财政每年安排保护资金八百万元。"]


def test_a_template_reply_whose_disclosure_is_check_boxes_and_whose_parts_stand_in_content_controls() -> None:
    doc = office_probe("formats11-docx-controls-body.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区民政局",
        number=("区民提〔2024〕14号", "区民提", 2024, 14),
        title="关于区政协七届三次会议第0087号提案的答复",
        recipients=("何晓燕委员",),
        metadata={"公开属性": "☒主动公开　☐依申请公开　☐不予公开"},
        disclosure="主动公开",
        ref=("政协", "区", 7, 3, "0087", "提案", "关于完善社区居家养老服务的提案", []),
        preamble=["您提出的《关于完善社区居家养老服务的提案》收悉。经认真研究，现答复如下："],
        tree=[(1, "cn", "一、", "服务网络建设"), (1, "cn", "二、", "助餐服务")],
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某区民政局",), "2024-06-11", "2024年6月11日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将新增老年助餐点二十个，为八十岁以上老人提供送餐上门服务。",
        warnings=[],
    )
    assert "公开属性：☒主动公开" in doc.text


def test_a_reply_printed_inside_a_one_column_frame_table_with_a_data_table_nested_in_it() -> None:
    doc = office_probe("formats11-docx-framed-reply.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县交提〔2024〕6号", "县交提", 2024, 6),
        title="关于县十七届人大三次会议第112号建议的答复",
        recipients=("陶建军代表",),
        ref=("人大", "县", 17, 3, "112", "建议", "关于加快农村公路提档升级的建议", []),
        preamble=["您提出的《关于加快农村公路提档升级的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "资金安排"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("某县交通运输局",), "2024-07-02", "2024年7月2日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将争取省级补助资金，年内完成乡村道路硬化四十公里。",
        warnings=[],
    )
    (budget,) = doc.sections[0].tables
    assert budget.rows == (("项目", "资金（万元）"), ("乡村道路硬化", "1260"), ("危桥改造", "480"))


def test_an_old_portal_whose_article_lives_in_a_layout_tables_right_cell() -> None:
    doc = office_probe("formats11-html-layout-cell.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于市政协十二届四次会议第0265号提案的答复",
        recipients=("王建华委员",),
        metadata={},
        ref=("政协", "市", 12, 4, "0265", "提案", "关于发展高标准农田建设的提案", []),
        preamble=["您提出的《关于发展高标准农田建设的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "建设进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对农业农村工作的关心和支持。",
        signature=(("某市农业农村局",), "2024-08-16", "2024年8月16日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将统筹整合涉农资金，今年再建设高标准农田十二万亩，并落实建后管护责任。",
        warnings=[],
    )
    absent(doc, "网站首页", "机构概况", "互动交流", "版权所有", "网站标识码", "浏览次数")


def test_a_reply_whose_sections_are_items_of_a_chinese_numbered_list_with_bold_leads() -> None:
    doc = office_probe("formats11-html-list-sections.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于区政协六届二次会议第0117号提案的答复",
        recipients=("李文静委员",),
        ref=("政协", "区", 6, 2, "0117", "提案", "关于提升课后服务质量的提案", []),
        preamble=["您提出的《关于提升课后服务质量的提案》收悉。经认真研究，现答复如下："],
        tree=[(1, "cn", "一、", "课后服务开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("某区教育局",), "2024-06-25", "2024年6月25日"),
        contact={},
        imprint=None,
        attachments=(),
        warnings=[],
    )
    second = doc.iter_sections()[1]
    assert [items(p) for p in second.paragraphs] == [[(1, "一是", "扩大服务覆盖面"), (2, "二是", "提升服务质量")]]
    assert paragraphs(doc.iter_sections()[0]) == [
        "全区四十六所义务教育学校全部开展课后服务，学生参与率达到百分之九十二。"
    ]


def test_a_print_friendly_reply_with_entities_comments_and_print_links() -> None:
    doc = office_probe("formats11-html-print-page.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区市监建〔2024〕5号", "区市监建", 2024, 5),
        title="关于区十九届人大二次会议第0093号建议的答复",
        recipients=("周立新代表",),
        ref=("人大", "区", 19, 2, "0093", "建议", "关于加强校园周边食品安全监管的建议", []),
        preamble=["您提出的《关于加强校园周边食品安全监管的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "监管工作情况"), (1, "cn", "二、", "下一步措施")],
        closing="感谢您对市场监管工作的关心和支持。",
        signature=(("某区市场监督管理局",), "2024-05-30", "2024年5月30日"),
        contact={"name": "马骏", "phones": ("0512-65231234",)},
        imprint=None,
        attachments=(),
        last="我局将开展校园周边食品安全专项整治，对发现的问题一律依法从严查处。",
        warnings=[],
    )
    absent(doc, "打印", "关闭", "JavaScript", "正文开始", "正文结束", "打印页面")


def test_a_gbk_page_whose_meta_declares_windows_1252() -> None:
    doc = office_probe("formats11-html-latin1-gbk.html")
    assert doc.source.encoding == "gb18030"
    expect_fields(
        doc,
        kind="notice",
        issuer="某镇人民政府",
        number=None,
        title="某镇人民政府关于开展冬季消防安全检查的通知",
        recipients=("各村（居）民委员会", "镇属各单位"),
        preamble=["为防范冬季火灾事故，镇政府决定在全镇开展冬季消防安全检查，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "检查范围"), (1, "cn", "二、", "工作要求")],
        closing="特此通知。",
        signature=(("某镇人民政府",), "2024-11-25", "2024年11月25日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各单位要在12月20日前完成自查，镇安监办将组织抽查，发现隐患限期整改。",
        warnings=[],
    )


def test_a_two_page_pdf_reply_with_page_n_of_m_footers_and_a_paragraph_across_the_break() -> None:
    doc = office_probe("formats11-pdf-page-footer.pdf")
    assert doc.source.pages == 2
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市水建〔2024〕16号", "市水建", 2024, 16),
        title="关于市人大十五届三次会议第208号建议的答复",
        recipients=("邵振华代表",),
        ref=("人大", "市", 15, 3, "208", "建议", "关于加强城市内涝治理的建议", []),
        preamble=["您提出的《关于加强城市内涝治理的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "内涝治理成效"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对水务工作的关心和支持。",
        signature=(("某市水务局",), "2024-07-09", "2024年7月9日"),
        contact={"name": "彭磊", "phones": ("0731-88661234",)},
        imprint=None,
        attachments=(),
        last="我局将加快推进海绵城市建设，年内再整治易涝点位十五处，并完善排水设施运行维护长效机制。",
        warnings=["page-break-joined"],
    )
    absent(doc, "第1页", "共2页", "第2页")
    first = doc.iter_sections()[0]
    assert len(first.paragraphs) == 2 and first.paragraphs[1].text.endswith("为科学调度抢险力量提供了有力支撑。")


def test_a_pdf_notice_with_larger_headings_and_hanging_attachment_lines() -> None:
    doc = office_probe("formats11-pdf-hanging-attachments.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=("县政办发〔2024〕12号", "县政办发", 2024, 12),
        title="某县人民政府办公室关于印发农村人居环境整治实施方案的通知",
        recipients=("各乡镇人民政府", "县直各单位"),
        preamble=["经县政府同意，现将有关方案和办法印发给你们，请认真贯彻执行。"],
        tree=[(1, "cn", "一、", "总体要求"), (1, "cn", "二、", "工作要求")],
        closing=None,
        signature=(("某县人民政府办公室",), "2024-04-08", "2024年4月8日"),
        contact={},
        imprint=None,
        attachments=(
            "某县农村人居环境整治实施方案（2024—2026年）及重点任务分工明细表",
            "某县农村生活垃圾分类收运处置工作考核办法（试行）及评分细则",
        ),
        last="各乡镇要于每季度末报送工作进展，县农业农村局负责汇总通报。",
        warnings=[],
    )


def test_a_pdf_reply_whose_ruled_table_holds_cells_of_several_lines() -> None:
    doc = office_probe("formats11-pdf-ruled-cells.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于区政协五届四次会议第0156号提案的答复",
        recipients=("冯志刚委员",),
        ref=("政协", "区", 5, 4, "0156", "提案", "关于推进垃圾分类工作的提案", []),
        preamble=["您提出的《关于推进垃圾分类工作的提案》收悉。现将办理情况答复如下："],
        tree=[(1, "cn", "一、", "办理情况"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对城市管理工作的关心和支持。",
        signature=(("某区城市管理局",), "2024-09-06", "2024年9月6日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将持续推进垃圾分类示范小区创建，年底前示范小区达到五十个。",
        warnings=[],
    )
    for piece in ("增设分类投放点", "优化投放时间", "早晚各延长一小时", "全区配备督导员三百名", "纳入街道考核"):
        assert piece in doc.text


def test_a_pdf_ruled_tables_cells_of_several_lines_are_one_row_each() -> None:
    doc = office_probe("formats11-pdf-ruled-cells.pdf")
    (done,) = doc.sections[0].tables
    assert done.rows == (
        ("序号", "办理事项", "完成情况"),
        ("1", "增设分类投放点\n优化投放时间", "新增投放点一百二十个\n早晚各延长一小时"),
        ("2", "配备专职督导员", "全区配备督导员三百名\n实现小区全覆盖\n纳入街道考核"),
    )


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_a_reply_whose_paragraph_and_table_stand_in_body_level_alternate_content() -> None:
    doc = office_probe("formats11-docx-body-altcontent.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区教育局",
        number=("区教建〔2024〕19号", "区教建", 2024, 19),
        title="关于区十七届人大四次会议第076号建议的答复",
        recipients=("郑海燕代表",),
        ref=("人大", "区", 17, 4, "076", "建议", "关于增加公办幼儿园学位的建议", []),
        preamble=["您提出的《关于增加公办幼儿园学位的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "学位供给情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("某区教育局",), "2024-06-14", "2024年6月14日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将继续盘活闲置校舍资源，2025年再新增公办学位一千五百个。",
        warnings=[],
    )
    first = doc.iter_sections()[0]
    assert paragraphs(first) == ["近两年全区新建、改扩建公办幼儿园十一所，新增学位情况如下："]
    assert first.tables[0].rows == (("年份", "新增公办学位（个）"), ("2023", "1800"), ("2024", "2400"))
    assert doc.text.count("近两年全区新建") == 1


def test_a_mail_merge_reply_whose_if_field_holds_a_mergefield_in_its_code() -> None:
    doc = office_probe("formats11-docx-nested-fields.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市商务局",
        number=("市商提〔2024〕42号", "市商提", 2024, 42),
        title="关于市政协十四届三次会议第0389号提案的答复",
        recipients=("钱国庆委员",),
        ref=("政协", "市", 14, 3, "0389", "提案", "关于促进夜间经济发展的提案", []),
        preamble=["您提出的《关于促进夜间经济发展的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "夜间消费街区建设"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对商务工作的关心和支持。",
        signature=(("某市商务局",), "2024-07-30", "2024年7月30日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将会同文旅、公安等部门优化夜间交通和安全保障，再培育夜间消费集聚区五个。",
        warnings=[],
    )
    absent(doc, "MERGEFIELD", "DOCVARIABLE", "钱国庆政协")


def test_a_utf16_page_with_only_a_byte_order_mark_and_the_site_name_in_h1() -> None:
    doc = office_probe("formats11-html-utf16-bom.html")
    assert doc.source.encoding == "utf-16"
    expect_fields(
        doc,
        kind="notice",
        issuer="某县应急管理局",
        number=None,
        title="某县应急管理局关于做好汛期安全防范工作的通知",
        recipients=("各乡镇人民政府", "县防指各成员单位"),
        preamble=["当前我县已进入主汛期，为切实做好汛期安全防范工作，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "严格落实值班值守"), (1, "cn", "二、", "加强隐患排查整治")],
        closing="特此通知。",
        signature=(("某县应急管理局",), "2024-06-20", "2024年6月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各乡镇要对山洪灾害危险区、地质灾害隐患点开展拉网式排查，发现问题立即整改。",
        warnings=[],
    )
    absent(doc, "技术支持", "主办：")


def test_a_pdf_notice_whose_numbered_points_hang_their_wrapped_lines() -> None:
    doc = office_probe("formats11-pdf-hanging-points.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市生态环境局",
        number=None,
        title="某市生态环境局关于开展夏季臭氧污染防治攻坚的通知",
        recipients=("各区生态环境分局",),
        preamble=["为有效应对夏季臭氧污染，现就开展攻坚行动有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "重点任务"),
            (2, "num", "1．", "加强源头管控"),
            (2, "num", "2．", "强化执法检查"),
            (1, "cn", "二、", "工作要求"),
        ],
        closing="特此通知。",
        signature=(("某市生态环境局",), "2024-05-15", "2024年5月15日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各分局要于每月五日前报送上月工作进展，市局将适时通报各区攻坚成效。",
        warnings=[],
    )
    first, second = doc.iter_sections()[1:3]
    assert paragraphs(first) == ["严格落实涉挥发性有机物企业原辅材料替代要求，对使用高含量原料的企业实行清单管理。"]
    assert paragraphs(second) == ["组织开展夏季专项执法行动，重点查处治理设施不正常运行和超标排放等违法行为。"]


def test_an_ofd_reply_whose_lines_are_split_into_runs_by_font() -> None:
    doc = office_probe("formats11-ofd-split-runs.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("县林提〔2024〕8号", "县林提", 2024, 8),
        title="关于县政协九届三次会议第056号提案的答复",
        recipients=("沈丽华委员",),
        ref=("政协", "县", 9, 3, "056", "提案", "关于加强古树名木保护的提案", []),
        preamble=["您提出的《关于加强古树名木保护的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "保护工作现状"), (1, "cn", "二、", "下一步措施")],
        closing="感谢您对林业工作的关心和支持。",
        signature=(("某县林业局",), "2024-08-05", "2024年8月5日"),
        contact={"name": "蒋涛", "phones": ("0596-6321234",)},
        imprint=None,
        attachments=(),
        last="我局将对长势衰弱的36株古树实施复壮，并建立古树名木巡护员制度。",
        warnings=[],
    )
    assert paragraphs(doc.iter_sections()[0]) == [
        "全县已普查登记古树名木1268株，全部建立电子档案并挂牌保护，2024年安排专项保护资金150万元。"
    ]
    absent(doc, "第1页", "共1页")


# --- batch 3 (written before the parser ran on it) -----------------------------------------------


def test_a_reply_with_restarted_word_sub_lists_a_numbered_attachment_list_and_a_boxed_date() -> None:
    doc = office_probe("formats11-docx-numbered-parts.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市自然资源和规划局",
        number=("市资规提〔2024〕33号", "市资规提", 2024, 33),
        title="关于市政协十三届三次会议第0472号提案的答复",
        recipients=("罗振宇委员",),
        ref=("政协", "市", 13, 3, "0472", "提案", "关于加强城市历史风貌保护的提案", []),
        preamble=["您提出的《关于加强城市历史风貌保护的提案》收悉。经研究，现答复如下："],
        tree=[
            (1, "cn", "一、", "已开展的工作"),
            (2, "cn-paren", "（一）", "完成风貌普查"),
            (2, "cn-paren", "（二）", "编制保护规划"),
            (1, "cn", "二、", "下一步工作"),
            (2, "cn-paren", "（一）", "完善保护名录"),
            (2, "cn-paren", "（二）", "推进活化利用"),
        ],
        closing="感谢您对自然资源和规划工作的关心和支持。",
        signature=(("某市自然资源和规划局",), "2024-08-22", "2024年8月22日"),
        contact={},
        imprint=None,
        attachments=("某市历史建筑名录（第一批）", "某市历史文化街区保护规划图则"),
        last="鼓励社会资本参与历史建筑的修缮和利用。",
        warnings=[],
    )


def test_a_bulletin_whose_table_writes_its_footer_row_before_its_body() -> None:
    doc = office_probe("formats11-html-tfoot-first.html")
    expect_fields(
        doc,
        kind="bulletin",
        issuer="某区财政局",
        number=None,
        title="某区财政局关于2024年上半年民生资金拨付情况的通报",
        recipients=("各街道办事处", "区直各部门"),
        preamble=["现将2024年上半年民生资金拨付情况通报如下："],
        tree=[(1, "cn", "一、", "拨付情况"), (1, "cn", "二、", "有关要求")],
        closing=None,
        signature=(("某区财政局",), "2024-07-10", "2024年7月10日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各部门要加快资金支出进度，确保民生资金及时足额到位。",
        warnings=[],
    )
    first = doc.iter_sections()[0]
    assert paragraphs(first) == ["民生资金拨付情况表"]  # the caption, a line above the table
    assert first.tables[0].rows == (
        ("项目", "拨付金额（万元）"),
        ("教育", "3200"),
        ("医疗卫生", "2400"),
        ("合计", "5600"),
    )


def test_a_two_page_joint_reply_whose_two_organs_sign_side_by_side() -> None:
    doc = office_probe("formats11-pdf-joint-signature.pdf")
    assert doc.source.pages == 2
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于区人大十八届五次会议第137号建议的答复",
        recipients=("叶文杰代表",),
        ref=("人大", "区", 18, 5, "137", "建议", "关于推进中小学校园周边交通治理的建议", []),
        preamble=["您提出的《关于推进中小学校园周边交通治理的建议》收悉。经区教育局与区公安分局共同研究，现答复如下："],
        tree=[
            (1, "cn", "一、", "校园周边交通现状"),
            (1, "cn", "二、", "已采取的措施"),
            (1, "cn", "三、", "下一步工作"),
        ],
        closing="感谢您对教育和公安工作的关心和支持。",
        signature=(("某区教育局", "某区公安分局"), "2024-06-18", "2024年6月18日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我们还将把校园周边交通治理纳入平安校园建设考核，定期通报各校整改进展，确保各项措施落到实处。",
        warnings=[],
    )
    second = doc.iter_sections()[1]
    assert len(second.paragraphs) == 2
    assert [(i.ordinal, i.marker) for i in second.paragraphs[0].items] == [(1, "一是"), (2, "二是"), (3, "三是")]
    absent(doc, "第1页", "共2页", "第2页")


# --- batch 4 (written before the parser ran on it) -----------------------------------------------


def test_a_web_reply_whose_table_spans_rows_and_columns() -> None:
    doc = office_probe("formats11-html-rowspan-table.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于市人大十六届二次会议第095号建议的答复",
        recipients=("曹卫东代表",),
        ref=("人大", "市", 16, 2, "095", "建议", "关于加快补齐养老服务设施短板的建议", []),
        preamble=["您提出的《关于加快补齐养老服务设施短板的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "设施建设进展"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某市民政局",), "2024-07-25", "2024年7月25日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将统筹新建住宅小区养老服务设施配建，年内新增社区养老服务站二十个。",
        warnings=[],
    )
    # as a Word table reads (tests above): a cell spanning columns is one cell, a row under a cell
    # spanning rows holds an empty cell in its column, so every value stays under its own head
    assert doc.sections[0].tables[0].rows == (
        ("类别", "建设数量（个）"),
        ("", "已建成", "在建"),
        ("社区养老", "86", "14"),
        ("", "42", "9"),
        ("农村互助养老", "120", "35"),
    )


def test_a_web_notice_whose_table_cells_hide_anti_copying_text() -> None:
    doc = office_probe("formats11-html-hidden-cell.html")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=None,
        title="某县人民政府办公室关于开展防汛应急演练的通知",
        recipients=("各乡镇人民政府", "县防指各成员单位"),
        preamble=["为检验防汛应急预案，提升抢险救援能力，县政府决定组织开展防汛应急演练，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "演练安排"), (1, "cn", "二、", "工作要求")],
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-05-28", "2024年5月28日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各参演单位要于6月5日前制定演练方案，确保演练安全有序。",
        warnings=[],
    )
    assert doc.sections[0].tables[0].rows == (
        ("演练科目", "牵头单位"),
        ("堤防险情处置", "县水利局"),
        ("人员转移安置", "县应急管理局"),
    )
    absent(doc, "www.example.gov.cn", "版权所有", "转载请注明")
