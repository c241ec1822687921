"""Twelfth round of probes through the readers (session 14): ruled tables in PDFs, and DOCX, HTML and PDF
files laid out in ways rounds 4, 5, 8, 9, 10 and 11 did not try (fixtures/office/formats12-*, written by
fixtures/office/make_formats12.py). Every expected value below, and what must NOT reach the text, was
written by hand from the document the generator writes; the batch was committed before the parser ran
on it. Every parse also keeps the span invariants and raises no internal error.

First look (the batch as committed, 4163bf2, before any fix): 11 of 16 documents whole, 248 of 259 checks
right (the checks that ran; a failed field comparison stops its test). The 11 misses:
- a PDF title whose first line ends in a type's word right after 关于 (`…关于通报` / `第三季度…的通知`):
  that line was read as a title of its own and lost (issuer, title, content-unplaced): a type word
  right after a title verb opens what the title is about (patterns.TYPE_AFTER_VERB, lines.ends_with_kind);
- two web pages whose headline is marked without a heading tag (a `<div class="title">` beside the
  article's `<div>`, a bold `<font size=5>` row over the article's row of a layout table): no title
  (title, issuer or ref, field-missing): `html.content.headline_of` now takes a block the page names a
  title or sets wholly in bold or large type, and looks over the rows above the article's row;
- two expectations of mine were wrong by the contract, and are corrected with the reason beside them:
  `王喆代表、李堃代表` stays one addressee (split at 、 only between organs' names), and a 简报 without a
  落款 warns field-missing, its issue lines content-unplaced.
Causes are tested on new examples in tests/test_formats12_causes.py.
"""

from __future__ import annotations

from tests.probing import absent, expect_fields, in_order, office_probe, paragraphs

# --- ruled tables in PDFs ------------------------------------------------------------------------


def test_a_pdf_reply_with_a_two_column_and_a_six_column_ruled_table() -> None:
    doc = office_probe("formats12-pdf-table-widths.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区发改〔2024〕41号", "区发改", 2024, 41),
        title="关于区十七届人大四次会议第115号建议的答复",
        recipients=("何建国代表",),
        ref=("人大", "区", 17, 4, "115", "建议", "关于加快充电设施建设的建议", []),
        preamble=["您提出的《关于加快充电设施建设的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "基本情况"), (1, "cn", "二、", "建设进展")],
        closing="感谢您对发展改革工作的关心和支持。",
        signature=(("某区发展和改革委员会",), "2024-09-12", "2024年9月12日"),
        contact={},
        imprint=None,
        attachments=(),
        last="下一步，我委将督促进度滞后的街道加快建设，年底前完成年度计划。",
        warnings=[],
    )
    (plan,) = doc.sections[0].tables
    assert plan.rows == (("规划期限", "2024年至2026年"), ("建设目标", "新建公共充电桩三千个\n实现城区服务半径一公里"))
    (progress,) = doc.sections[1].tables
    # the 备注 of the third row is one sentence wrapped in its narrow cell: its lines run on
    assert progress.rows == (
        ("序号", "街道", "计划（个）", "完成（个）", "完成率", "备注"),
        ("1", "城东街道", "400", "310", "77.5%", ""),
        ("2", "城西街道", "350", "350", "100%", "已全部建成"),
        ("3", "江南街道", "300", "120", "40%", "受道路施工影响进度滞后"),
    )


def test_a_pdf_notice_whose_ruled_table_merges_head_cells_and_a_body_cell_down_two_rows() -> None:
    doc = office_probe("formats12-pdf-table-merged.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=None,
        title="某县人民政府办公室关于通报第三季度重点任务完成情况的通知",
        recipients=("各乡镇人民政府", "县直各单位"),
        preamble=["现将第三季度重点任务完成情况通报如下："],
        tree=[(1, "cn", "一、", "完成情况"), (1, "cn", "二、", "工作要求")],
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-10-09", "2024年10月9日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各责任单位要对照年度目标，倒排工期，确保第四季度全面完成任务。",
        warnings=[],
    )
    (tasks,) = doc.sections[0].tables
    # as the HTML and DOCX readers give merged cells: one cell across columns, an empty cell below one spanning rows
    assert tasks.rows == (
        ("序号", "任务", "完成情况", "责任单位"),
        ("", "", "数量", "比例", ""),
        ("1", "农村公路提档升级", "42公里", "84%", "县交通运输局"),
        ("2", "危桥改造", "6座", "100%", ""),
        ("3", "新建污水管网", "15公里", "60%", "县住建局"),
    )
    assert doc.text.count("县交通运输局") == 1


PROJECTS = [
    ("1", "东门街区", "雨污分流", "已完工"),
    ("2", "南关街区", "立面整治", "已完工"),
    ("3", "西河街区", "管线入地", "在建"),
    ("4", "北岗街区", "道路改造", "在建"),
    ("5", "钟楼街区", "绿化提升", "在建"),
    ("6", "文庙街区", "停车设施", "前期"),
    ("7", "马市街区", "消防设施", "前期"),
    ("8", "盐仓街区", "屋面维修", "前期"),
    ("9", "柳巷街区", "架空线整治", "前期"),
    ("10", "桥头街区", "公厕改造", "前期"),
    ("11", "米市街区", "路灯更换", "前期"),
    ("12", "铁匠街区", "排水改造", "前期"),
    ("13", "书院街区", "外墙修缮", "前期"),
    ("14", "渡口街区", "防洪设施", "前期"),
    ("15", "窑湾街区", "燃气改造", "前期"),
    ("16", "茶亭街区", "适老化改造", "前期"),
]


def test_a_pdf_table_running_over_a_page_break_with_its_head_repeated_is_one_table() -> None:
    doc = office_probe("formats12-pdf-table-pagebreak.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于市政协十四届二次会议第0233号提案的答复",
        recipients=("钱晓红委员",),
        ref=("政协", "市", 14, 2, "0233", "提案", "关于推进老旧街区更新改造的提案", []),
        preamble=["您提出的《关于推进老旧街区更新改造的提案》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "改造进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某市住房和城乡建设局",), "2024-08-30", "2024年8月30日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将加快在建项目进度，年底前完成西河、北岗、钟楼三个街区的改造。",
        warnings=[],
    )
    first = doc.sections[0]
    assert paragraphs(first) == [
        "近三年来，我局会同各区推进老旧街区更新改造，按照统一规划、分步实施的原则，累计完成改造项目二十余个，惠及居民三万余户。",
        "今年列入计划的改造项目如下：",
    ]
    (projects,) = first.tables
    assert projects.rows == (("序号", "街区", "改造内容", "进度"), *PROJECTS)
    assert doc.text.count("改造内容") == 1
    absent(doc, "— 1 —", "— 2 —")


def test_a_red_headed_pdf_notice_with_a_red_rule_a_framed_note_and_running_heads() -> None:
    doc = office_probe("formats12-pdf-redhead-frame.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县应急管理局",
        number=("县应急〔2024〕27号", "县应急", 2024, 27),
        title="某县应急管理局关于做好国庆期间安全生产工作的通知",
        recipients=("各乡镇人民政府", "县安委会各成员单位"),
        preamble=[
            "国庆假期临近，人员流动和生产经营活动增多，安全风险隐患交织叠加。为确保节日期间全县安全生产形势稳定，现就有关事项通知如下："
        ],
        tree=[(1, "cn", "一、", "开展隐患排查"), (1, "cn", "二、", "加强应急值守"), (1, "cn", "三、", "强化宣传引导")],
        closing="特此通知。",
        signature=(("某县应急管理局",), "2024-09-20", "2024年9月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="值班电话：0599-7821119，传真：0599-7821120。各单位值班表请于9月28日前报县应急管理局。",
        warnings=[],
    )
    third = doc.sections[2]
    assert third.tables == ()  # one box around a paragraph is no table
    assert paragraphs(third) == [
        "各乡镇要通过广播、微信群等渠道提醒群众注意出行安全和用火用电安全，营造人人讲安全的良好氛围。",
        "值班电话：0599-7821119，传真：0599-7821120。各单位值班表请于9月28日前报县应急管理局。",
    ]
    assert all(not s.tables for s in doc.iter_sections()) and not doc.tables
    absent(doc, "— 1 —", "— 2 —")


def test_a_pdf_request_whose_annex_page_turned_by_rotate_270_holds_a_ruled_table() -> None:
    doc = office_probe("formats12-pdf-rotated-table.pdf")
    expect_fields(
        doc,
        kind="request",
        issuer="某街道办事处",
        number=None,
        title="某街道办事处关于申请拨付老旧小区消防设施改造资金的请示",
        recipients=("区应急管理局",),
        preamble=[
            "辖区内三个老旧小区消防设施老化，部分消防栓无水，存在较大安全隐患。经测算，改造共需资金五十八万元，恳请予以拨付。"
        ],
        tree=[],
        closing="妥否，请批示。",
        signature=(("某街道办事处",), "2024-05-16", "2024年5月16日"),
        contact={"name": "韩冰", "phones": ("0734-8123456",)},
        imprint=None,
        attachments=("老旧小区消防设施改造资金测算表",),
        warnings=["layout-unusual"],  # the turned page, named
    )
    lines = doc.text.split("\n")
    assert "序号\t小区名称\t改造内容\t资金（万元）" in lines
    assert "1\t纺织厂宿舍\t更换消防栓及管网\t26" in lines
    assert "3\t红星新村\t疏通消防通道\t13" in lines


def test_a_two_column_brief_page_under_a_full_width_title_reads_column_by_column() -> None:
    doc = office_probe("formats12-pdf-two-column-brief.pdf")
    expect_fields(
        doc,
        kind="other",
        issuer=None,
        number=None,
        title="市场监管工作简报",
        recipients=(),
        tree=[],
        closing=None,
        # schema 1.9 (was None, field-missing and two content-unplaced runs in 1.8): a 简报's 报头 gives its 编发单位
        # and date under its title and issue, which are its signature as a 公报's are, and its issue 第9期 is
        # header.serial; its running head above the title (某区市场监督管理局) is a piece of that organ's name
        signature=(("某区市场监督管理局办公室",), "2024-09-05", "2024年9月5日"),
        warnings=["layout-unusual"],
    )
    assert doc.header.serial is not None and doc.header.serial.text == "第9期"
    in_order(doc.text, "开展中秋月饼专项检查", "推进电梯安全隐患整治", "优化个体工商户登记服务", "加强消费维权")
    lines = doc.text.split("\n")
    assert (
        "8月下旬，我局组织执法人员对辖区十二家月饼生产企业和四十余家销售门店开展专项检查，重点查看原料进货查验、生产过程控制和标签标识，责令整改问题九个。"
        in lines
    )
    assert "上半年共受理消费投诉一千二百余件，办结率百分之九十八，为消费者挽回经济损失六十余万元。" in lines


# --- DOCX ----------------------------------------------------------------------------------------


def test_a_reply_numbered_by_word_with_chinese_counting_thousand_and_circled_points() -> None:
    doc = office_probe("formats12-docx-numbered.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区民政局",
        number=("区民提〔2024〕12号", "区民提", 2024, 12),
        title="关于区政协九届三次会议第0089号提案的答复",
        recipients=("周慧敏委员",),
        ref=("政协", "区", 9, 3, "0089", "提案", "关于发展社区嵌入式养老服务的提案", []),
        preamble=["您提出的《关于发展社区嵌入式养老服务的提案》收悉。经研究，现答复如下："],
        tree=[
            (1, "cn", "一、", "工作现状"),
            (2, "cn-paren", "（一）", "设施建设"),
            (2, "cn-paren", "（二）", "服务供给"),
            (1, "cn", "二、", "下一步打算"),
            (2, "circled", "①", "扩大覆盖"),
            (2, "circled", "②", "提升质量"),
        ],
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某区民政局",), "2024-07-03", "2024年7月3日"),
        contact={},
        imprint=None,
        attachments=(),
        last="引入专业机构连锁运营。",
        warnings=[],
    )


def test_a_reply_whose_table_merges_a_cell_down_three_rows_and_a_total_over_two_columns() -> None:
    doc = office_probe("formats12-docx-merged-rows.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区财政局",
        number=("区财建〔2024〕7号", "区财建", 2024, 7),
        title="关于区十六届人大三次会议第058号建议的答复",
        recipients=("潘国强代表",),
        ref=("人大", "区", 16, 3, "058", "建议", "关于改善农村学校办学条件的建议", []),
        preamble=["您提出的《关于改善农村学校办学条件的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "资金安排"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对财政工作的关心和支持。",
        signature=(("某区财政局",), "2024-06-20", "2024年6月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将加强资金绩效管理，确保专款专用。",
        warnings=[],
    )
    (funds,) = doc.sections[0].tables
    assert funds.rows == (
        ("序号", "项目", "资金（万元）", "牵头单位"),
        ("1", "校舍维修", "320", "区教育局"),
        ("2", "操场改造", "180", ""),
        ("3", "食堂提升", "95", ""),
        ("合计", "595", ""),
    )
    assert paragraphs(doc.sections[0]) == ["今年区财政安排农村学校改善资金如下："]


def test_a_notice_whose_number_and_title_stand_in_a_text_box_with_a_running_head_and_page_field() -> None:
    doc = office_probe("formats12-docx-textbox-header.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某镇人民政府",
        number=("镇政发〔2024〕15号", "镇政发", 2024, 15),
        title="某镇人民政府关于开展人居环境集中整治月活动的通知",
        recipients=("各村（居）民委员会", "镇直各单位"),
        preamble=["为持续改善农村人居环境，镇政府决定于10月开展人居环境集中整治月活动。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "整治内容"), (1, "cn", "二、", "工作要求")],
        closing="特此通知。",
        signature=(("某镇人民政府",), "2024-09-26", "2024年9月26日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各村要于10月31日前完成整治任务，镇里将组织交叉检查。",
        warnings=[],
    )
    assert doc.text.count("某镇人民政府") == 2  # the title's and the 落款's; the running head is no text
    absent(doc, "— 1 —", "PAGE")


def test_tracked_insertions_are_read_and_deletions_and_a_deleted_paragraph_are_not() -> None:
    doc = office_probe("formats12-docx-tracked.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市卫生健康委员会",
        number=("市卫建〔2024〕22号", "市卫建", 2024, 22),
        title="关于市十五届人大二次会议第176号建议的答复",
        recipients=("林雪梅代表",),
        ref=("人大", "市", 15, 2, "176", "建议", "关于加强基层医疗人才队伍建设的建议", []),
        preamble=["您提出的《关于加强基层医疗人才队伍建设的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("某市卫生健康委员会",), "2024-05-08", "2024年5月8日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我委将继续实施基层卫生人才定向培养计划，落实基层岗位津贴。",
        warnings=["text-repaired"],  # session 24: revisions read accepted are warned (tracked-changes)
    )
    assert paragraphs(doc.sections[0]) == [
        "近年来，我委通过定向培养、招聘引进等方式充实基层医疗队伍，全市乡镇卫生院新增医务人员六百二十名。"
    ]
    absent(doc, "此段内容待核实后再补充", "大力", "五百")


def test_a_reply_whose_number_date_and_link_are_fields_reads_their_results_not_their_codes() -> None:
    doc = office_probe("formats12-docx-fields.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区司法局",
        number=("区司提〔2024〕5号", "区司提", 2024, 5),
        title="关于区政协八届四次会议第0031号提案的答复",
        recipients=("许文博委员",),
        ref=("政协", "区", 8, 4, "0031", "提案", "关于加强社区法律服务的提案", []),
        preamble=["您提出的《关于加强社区法律服务的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "办理情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对司法行政工作的关心和支持。",
        signature=(("某区司法局",), "2024-10-08", "2024年10月8日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将开展法律顾问履职评价，提升服务实效。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == [
        "全区一百零二个社区均已配备法律顾问，群众可通过区公共法律服务网在线预约咨询。"
    ]
    absent(doc, "HYPERLINK", "DOCPROPERTY", "example.gov.cn", "yyyy")


# --- HTML ----------------------------------------------------------------------------------------


def test_an_open_government_page_of_another_cms_with_an_index_table_above_the_article() -> None:
    doc = office_probe("formats12-html-other-cms.html")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区农业农村局",
        number=("区农函〔2024〕30号", "区农函", 2024, 30),
        title="关于区十八届人大二次会议第203号建议的答复",
        recipients=("吴振东代表",),
        ref=("人大", "区", 18, 2, "203", "建议", "关于发展特色农产品加工的建议", []),
        preamble=["您提出的《关于发展特色农产品加工的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "发展现状"), (1, "cn", "二、", "下一步措施")],
        closing="感谢您对农业农村工作的关心和支持。",
        signature=(("某区农业农村局",), "2024-06-18", "2024年6月18日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将培育龙头企业，建设农产品加工园区，推动特色农产品就地加工转化。",
        warnings=[],
    )
    absent(doc, "当前位置", "分享到", "打印本页", "相关链接", "第188号建议", "网站标识码")


def test_an_old_portal_laid_out_with_tables_whose_article_holds_a_data_table() -> None:
    doc = office_probe("formats12-html-layout-data.html")
    expect_fields(
        doc,
        kind="bulletin",
        issuer="某县水利局",
        number=None,
        title="某县水利局关于2024年小型水库安全度汛检查情况的通报",
        recipients=("各乡镇人民政府", "县水库管理中心"),
        preamble=["6月上旬，我局组织对全县小型水库进行了安全度汛检查。现将检查情况通报如下："],
        tree=[(1, "cn", "一、", "检查结果"), (1, "cn", "二、", "整改要求")],
        closing="特此通报。",
        signature=(("某县水利局",), "2024-06-21", "2024年6月21日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各乡镇要于7月10日前完成问题整改，并将整改情况报县水利局。",
        warnings=[],
    )
    (checked,) = doc.sections[0].tables
    assert checked.rows == (("水库类型", "检查座数", "发现问题"), ("小（一）型", "12", "5"), ("小（二）型", "37", "14"))
    absent(doc, "网站首页", "信息公开", "互动交流", "版权所有", "技术支持")


def test_a_reply_parted_by_br_only_with_an_iframe_and_scripts_in_the_article() -> None:
    doc = office_probe("formats12-html-br-iframe.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于县政协十一届三次会议第0052号提案的答复",
        recipients=("陈立新委员",),
        ref=("政协", "县", 11, 3, "0052", "提案", "关于加强乡村旅游公共服务设施建设的提案", []),
        preamble=["您提出的《关于加强乡村旅游公共服务设施建设的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "工作进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对文化和旅游工作的关心和支持。",
        signature=(("某县文化和旅游局",), "2024-07-22", "2024年7月22日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将完善乡村旅游标识系统，年内新增旅游交通标识牌一百块。",
        warnings=[],
    )
    assert paragraphs(doc.sections[0]) == ["全县已建成旅游厕所三十二座、游客服务中心五个，主要景区实现停车场全覆盖。"]
    absent(doc, "您的浏览器不支持视频播放", "阅读次数", "统计代码", "document.write")


def test_a_gbk_page_declared_gb2312_keeps_names_written_with_gbk_only_characters() -> None:
    doc = office_probe("formats12-html-gbk-meta.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=None,
        title="关于市人大十六届三次会议第301号建议的答复",
        recipients=("王喆代表、李堃代表",),  # the contract splits at 、 only between organs' names
        ref=("人大", "市", 16, 3, "301", "建议", "关于加快建设城市绿道的建议", []),
        preamble=["你们提出的《关于加快建设城市绿道的建议》收悉。经研究，现答复如下："],
        tree=[(1, "cn", "一、", "建设情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢你们对园林绿化工作的关心和支持。",
        signature=(("某市园林绿化局",), "2024-08-05", "2024年8月5日"),
        contact={"name": "赵珺", "phones": ("0591-87651234",)},
        imprint=None,
        attachments=(),
        last="我局将按照规划，年内再建成绿道四十公里。",
        warnings=[],
    )


def test_an_approval_whose_signature_stands_in_a_two_cell_layout_row() -> None:
    doc = office_probe("formats12-html-layout-signature.html")
    expect_fields(
        doc,
        kind="approval",
        issuer="某县人民政府",
        number=None,
        title="某县人民政府关于同意设立某镇农产品交易市场的批复",
        recipients=("某镇人民政府",),
        preamble=["你镇《关于设立农产品交易市场的请示》收悉。经研究，现批复如下："],
        tree=[
            (1, "cn", "一、", "同意设立某镇农产品交易市场，市场占地面积二十亩"),
            (1, "cn", "二、", "你镇要做好市场规划建设和运营管理，确保交易安全有序"),
        ],
        closing="此复。",
        signature=(("某县人民政府",), "2024-04-18", "2024年4月18日"),
        disclosure="主动公开",
        contact={},
        imprint=None,
        attachments=(),
        warnings=[],
    )
    assert not doc.tables and all(not s.tables for s in doc.iter_sections())
