"""Twenty-fifth round of probes through the readers (session 25): DOCX, HTML, PDF and OFD files laid out in ways
rounds 4, 5 and 8 to 24 did not try (fixtures/office/formats25-*, written by fixtures/office/make_formats25.py).
Every expected value below, and what must NOT reach the text, was written by hand from the document the
generator writes; the batch was committed before the parser ran on it. Every parse also keeps the span
invariants and raises no internal error.

The shapes, and how they differ from rounds 18–24: DOCX — a package whose main part is `word/document2.xml`,
named only by the root relationship (every earlier package named it `word/document.xml`); a document.xml in
UTF-16 with its byte-order mark (earlier parts were UTF-8; round 10 changed the prefix, round 14 the
namespace, never the encoding); an old template's legacy form fields, FORMTEXT values and FORMCHECKBOX boxes
for the 答复类别 and 公开属性 (round 19's boxes were Wingdings symbols, round 24's controls w15/w14 content
controls; a legacy check box holds no text at all); a 版记 as a floating table (w:tblpPr) placed at the page's
foot but stored before the 落款 (earlier 版记 tables stood where they show; floating text boxes, not tables,
were placed by position); a landscape section after the 落款 holding the 附件 table, each section with its
own header and footer (round 19's landscape section held a table of the body, section 二's); a Word template (.dotx) as the file held; a WordprocessingML 2003 file (Word's one-file XML, as Java OA
systems write it from templates) under a `.doc` name (earlier .doc probes were HTML or OLE files); 第N章 and 第N条 as Word's numbers, articles numbered on across chapters (w:lvlRestart 0).
HTML — a Big5 page from a portal's 繁體 gateway (no earlier page was Big5); an article folded under 展开全文 by
max-height and overflow; an article paginated on the client, pages two and three `display:none` (earlier
hidden blocks were copies or notes, never the article's own continuation); a 版头 in a declarative shadow
root; a WeChat article whose `#js_content` is still `visibility:hidden; opacity:0` (make_formats.py's WeChat page had
no such style). PDF — a browser's print of a portal page (the date and `<title>` band over, the address and
`N/2` band under every page); a print shop's file whose TrimBox is the page, its slug and crop marks between
TrimBox and CropBox (round 24's slug stood outside an inherited CropBox); a 版头 set white on a red band; a
附件 table on a landscape page of its own (round 17's landscape page was turned by /Rotate); a reply signed
digitally in an incremental update, the seal a signature field's widget drawn in paths (rounds 19, 22 and 24
had text fields and annotations, never a signature field). OFD — the OFD
namespace as the default namespace (no `ofd:` prefix); 公文 custom tags and an attached spreadsheet
(Attachments.xml); an 附件 table on a landscape page (the page's own PhysicalBox).

First look (the batch as committed, 0ec35b78 on the branch, before any fix): 11 of 21 documents whole, 271 of 305
checks right (312 checks in all: a failed comparison stops its test, so 7 checks behind seven failed ones did not
run). Three of the misses were mine: an annex's table after the 落款 is not a table of the body (`tables` holds
the body's, README's schema 1.1; round 12 settled such rows as lines of the text), so those three checks now
compare the rows' lines; with them, 13 of 21 whole, 274 of 305. A fourth was in the document: the saved WeChat
page showed its `已无更多数据` toast, which WeChat keeps `display:none`; the generator now writes it hidden, as
the page is saved. The parser's misses, each cause fixed and tested on a new example in
tests/test_formats25_causes.py unless said:
- a legacy check box field (FORMCHECKBOX) holds no text: the 答复类别's ticked box was lost (1 field;
  readers.docx.walk `form_box`);
- a 版记 floated to the page's foot (w:tblpPr) was read where it is stored, before the 落款 (1 check;
  readers.docx.walk `floated_to_foot`);
- an annex section's header repeating the body's 文号 with 附件 beside it was kept as a 文号 the body lacks (1 check;
  rules.cleanup.furniture `page_headers`);
- a client-side pager's hidden pages were dropped unwarned and its links read as the last line (4 fields;
  readers.html.embedded `show_scripted`, readers.html.dom `CHROME_NAME`);
- a WeChat article of `<section>`s under a headline and byline: the block holding them taken for the article, its
  hidden `#js_content` dropped (6 fields; readers.html.content `find_content`, readers.html.embedded
  `show_scripted`);
- text between the TrimBox and the CropBox (a print shop's slug) was read (1 field; readers.pdf_chars `_trim_box`).
- WordprocessingML 2003 under `.doc` was `unsupported-format` (14 fields; readers.docx.wordml reads its body as
  a .docx's, readers.sniff tells it from other XML).
Left as a strict xfail, named in the report: the 版头 block a declarative shadow root draws beside the article in
`<body>` (4 fields; its shadow root is now read, readers.html.embedded `show_shadow_roots`, but a 版头 block beside
the article is not looked for).
Settled (after the fixes, the writer's errors corrected): 20 of 21 documents whole, 307 of 311 checks right.

A legacy check box shows a box Word draws; a ticked one stands for its option, as round 19's ticked symbol
does (category.py reads `☑`/`☒` before an option), so the 答复类别 and 公开属性 are expected read from them.
A page's hidden continuation (the client-side pager, the folded article, WeChat's hidden content) is the
article the reader reaches by a click or that the page's script shows at once: its words are expected read.
"""

from __future__ import annotations

import pytest

from tests.probing import absent, expect_fields, in_order, office_probe, paragraphs


def annex_rows(text: str, count: int) -> list[str]:
    """The last `count` lines of the text: an annex table's rows, cells parted by tabs."""
    return text.split("\n")[-count:]


# --- DOCX ----------------------------------------------------------------------------------------


def test_a_reply_whose_main_part_is_document2_named_only_by_the_package_relationship() -> None:
    doc = office_probe("formats25-docx-document2.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("市卫健提〔2024〕19号", "市卫健提", 2024, 19),
        title="关于市政协十四届三次会议第0341号提案的答复",
        recipients=("陈立群委员",),
        ref=("政协", "市", 14, 3, "0341", "提案", "关于加强社区心理健康服务的提案", []),
        preamble=["您提出的《关于加强社区心理健康服务的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "工作开展情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("某市卫生健康委员会",), "2024-07-12", "2024年7月12日"),
        contact={"name": "孙敏", "phones": ("0755-83301234",)},
        imprint=None,
        attachments=(),
        last="我委将推动心理健康服务纳入家庭医生签约内容，每年开展一次社区心理健康筛查。",
        warnings=[],
    )


def test_a_notice_whose_document_part_is_utf16_with_its_byte_order_mark() -> None:
    doc = office_probe("formats25-docx-utf16-part.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县应急管理局",
        number=("县应急发〔2024〕22号", "县应急发", 2024, 22),
        title="关于开展2024年汛前安全隐患排查的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        preamble=["为做好今年防汛工作，决定在全县开展汛前安全隐患排查。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "排查范围"), (1, "cn", "二、", "工作要求")],
        closing="特此通知。",
        signature=(("某县应急管理局",), "2024-04-22", "2024年4月22日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各单位要于5月10日前将排查情况报县应急管理局。",
        warnings=[],
    )


def test_a_reply_typed_into_legacy_form_fields_with_check_boxes_for_its_category_and_disclosure() -> None:
    doc = office_probe("formats25-docx-legacy-form.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区住建建〔2024〕8号", "区住建建", 2024, 8),
        title="关于区人大三届四次会议第056号建议的答复",
        recipients=("王建平代表",),
        ref=("人大", "区", 3, 4, "056", "建议", "关于加快老旧小区加装电梯的建议", []),
        category="A",
        disclosure="主动公开",
        preamble=["您提出的《关于加快老旧小区加装电梯的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "加装电梯推进情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某区住房和城乡建设局",), "2024-06-26", "2024年6月26日"),
        contact={"name": "刘洋", "phones": ("021-64301234",)},
        imprint=None,
        attachments=(),
        last="我局将简化审批流程，推行加装电梯“一站式”联合审查。",
        warnings=[],
    )
    absent(doc, "FORMTEXT", "FORMCHECKBOX", "Check1", "Text1")


def test_a_notice_whose_imprint_is_a_floating_table_placed_at_the_foot_but_stored_before_the_signature() -> None:
    doc = office_probe("formats25-docx-floating-imprint.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市商务局",
        number=("市商发〔2024〕41号", "市商发", 2024, 41),
        title="关于做好2024年“双节”期间市场供应保障工作的通知",
        recipients=("各区商务主管部门", "各有关企业"),
        preamble=["中秋、国庆节日临近，为保障节日期间生活必需品市场供应，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "加强市场监测"), (1, "cn", "二、", "组织货源投放")],
        closing="特此通知。",
        signature=(("某市商务局",), "2024-09-11", "2024年9月11日"),
        contact={},
        imprint=(("市发展和改革委员会", "市市场监督管理局"), "某市商务局办公室", "2024-09-12"),
        attachments=(),
        last="各大型商超要提前组织货源，增加节日商品储备，确保供应充足、价格稳定。",
        warnings=[],
    )
    in_order(doc.text, "2024年9月11日", "抄送：")


def test_a_notice_whose_attachment_table_stands_in_a_landscape_section_with_headers_of_its_own() -> None:
    doc = office_probe("formats25-docx-landscape-annex.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县财政局",
        number=("县财发〔2024〕35号", "县财发", 2024, 35),
        title="关于下达2024年第二批衔接推进乡村振兴补助资金的通知",
        recipients=("各乡镇人民政府", "县农业农村局"),
        preamble=[
            "现将2024年第二批衔接推进乡村振兴补助资金下达给你们，具体项目见附件。请按照有关规定，加快资金支出进度，确保资金安全有效使用。"
        ],
        tree=[],
        closing=None,
        signature=(("某县财政局",), "2024-08-05", "2024年8月5日"),
        contact={},
        imprint=None,
        attachments=("2024年第二批衔接推进乡村振兴补助资金项目安排表",),
        warnings=[],
    )
    # writer's error: `tables` are the body's (README, schema 1.1); an annex's table after the 落款 is read as its
    # rows' lines of the text, as round 12 settled (tests/test_probes_12_formats.py)
    assert annex_rows(doc.text, 5) == [
        "序号\t乡镇\t项目名称\t补助金额（万元）",
        "1\t城关镇\t高标准农田配套设施建设\t120",
        "2\t桥头镇\t茶叶加工厂房改造\t85",
        "3\t白沙乡\t村级道路硬化\t60",
        "合计\t\t\t265",
    ]
    absent(doc, "35号附件", "— 1 —")  # the sections' running heads and folios


def test_a_letter_sent_as_the_word_template_itself() -> None:
    doc = office_probe("formats25-docx-template.dotx")
    expect_fields(
        doc,
        kind="letter",
        issuer="某市文化广电和旅游局",
        number=("市文旅函〔2024〕76号", "市文旅函", 2024, 76),
        title="关于商请支持2024年全市非遗展演活动的函",
        recipients=("市总工会",),
        preamble=[
            "为展示我市非物质文化遗产保护成果，我局定于2024年10月在市民广场举办全市非遗展演活动。为扩大活动影响，现商请贵单位组织职工参与观展，并在职工之家设置非遗体验点。"
        ],
        tree=[],
        closing="请予支持为盼。",
        signature=(("某市文化广电和旅游局",), "2024-09-03", "2024年9月3日"),
        contact={"name": "何静", "phones": ("0591-87561234",)},
        imprint=None,
        attachments=(),
        last="为展示我市非物质文化遗产保护成果，我局定于2024年10月在市民广场举办全市非遗展演活动。为扩大活动影响，现商请贵单位组织职工参与观展，并在职工之家设置非遗体验点。",
        warnings=[],
    )


def test_a_notice_an_oa_system_wrote_as_wordprocessingml_2003_under_a_doc_name() -> None:
    doc = office_probe("formats25-docx-wordml2003.doc")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人力资源和社会保障局",
        number=("县人社发〔2024〕31号", "县人社发", 2024, 31),
        title="关于做好2024年度职称评审工作的通知",
        recipients=("各乡镇人民政府", "县直各单位"),
        preamble=["根据省、市有关文件精神，现就做好我县2024年度职称评审工作通知如下："],
        tree=[(1, "cn", "一、", "申报范围"), (1, "cn", "二、", "申报时间")],
        closing="特此通知。",
        signature=(("某县人力资源和社会保障局",), "2024-08-16", "2024年8月16日"),
        contact={},
        imprint=None,
        attachments=(),
        last="个人申报时间为2024年9月1日至9月20日，逾期不予受理。",
        warnings=[],
    )
    absent(doc, "wordDocument", "mso-application", "Times New Roman", "DocumentProperties")


def test_measures_whose_chapters_and_articles_are_words_numbers_running_on_across_chapters() -> None:
    doc = office_probe("formats25-docx-numbered-articles.docx")
    expect_fields(
        doc,
        kind="measures",
        issuer=None,
        number=None,
        title="某市公共租赁住房管理办法",
        recipients=(),
        preamble=[],
        tree=[
            (1, "chapter", "第一章", "总则"),
            (2, "article", "第一条", None),
            (2, "article", "第二条", None),
            (1, "chapter", "第二章", "申请与审核"),
            (2, "article", "第三条", None),
            (2, "article", "第四条", None),
            (1, "chapter", "第三章", "附则"),
            (2, "article", "第五条", None),
            (2, "article", "第六条", None),
        ],
        closing=None,
        signature=None,
        contact={},
        imprint=None,
        attachments=(),
        last="本办法自2024年7月1日起施行。",
        warnings=["field-missing"],  # a 办法 published alone signs nowhere: README's field-missing (the signature)
    )
    assert paragraphs(doc.sections[0].sections[0]) == [
        "为规范公共租赁住房管理，保障住房困难家庭基本居住需求，结合本市实际，制定本办法。"
    ]


# --- HTML ----------------------------------------------------------------------------------------


def test_a_big5_page_from_a_portals_traditional_gateway_declared_only_by_http_equiv() -> None:
    doc = office_probe("formats25-html-big5.html")
    expect_fields(
        doc,
        kind="notice",
        issuer=None,
        number=("市教發〔2024〕29號", "市教發", 2024, 29),
        title="關於做好2024年秋季學期學生資助工作的通知",
        recipients=("各區教育局", "市直屬各學校"),
        preamble=["為做好2024年秋季學期學生資助工作，確保家庭經濟困難學生順利入學，現將有關事項通知如下："],
        tree=[(1, "cn", "一、", "做好資助政策宣傳"), (1, "cn", "二、", "精準認定資助對象")],
        closing="特此通知。",
        signature=(("某市教育局",), "2024-09-02", "2024年9月2日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各校要按照家庭經濟困難學生認定辦法，於10月15日前完成認定工作。",
        warnings=[],
    )
    absent(doc, "網站標識碼", "簡體版", "當前位置")


def test_a_mobile_page_whose_article_is_folded_under_a_show_all_button() -> None:
    doc = office_probe("formats25-html-folded.html")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区交建〔2024〕15号", "区交建", 2024, 15),
        title="关于区人大四届二次会议第032号建议的答复",
        recipients=("李秀英代表",),
        ref=("人大", "区", 4, 2, "032", "建议", "关于优化学校周边交通组织的建议", []),
        preamble=["您提出的《关于优化学校周边交通组织的建议》收悉。现答复如下："],
        tree=[
            (1, "cn", "一、", "学校周边交通现状"),
            (1, "cn", "二、", "已采取的措施"),
            (1, "cn", "三、", "下一步工作"),
        ],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("某区交通运输局",), "2024-07-02", "2024年7月2日"),
        contact={"name": "马超", "phones": ("0411-86601234",)},
        imprint=None,
        attachments=(),
        last="我局将在新建学校规划中同步设计接送车辆停靠区，逐步解决接送停车难问题。",
        warnings=[],
    )
    absent(doc, "展开全文", "分享到")


def test_a_page_paginated_on_the_client_whose_later_pages_are_hidden_until_the_pager_shows_them() -> None:
    doc = office_probe("formats25-html-paged.html")
    expect_fields(
        doc,
        kind="plan",
        issuer=None,
        number=None,
        title="某区城市更新行动方案",
        recipients=(),
        preamble=["为深入推进城市更新，改善人居环境，结合我区实际，制定本方案。"],
        tree=[
            (1, "cn", "一、", "总体目标"),
            (1, "cn", "二、", "主要任务"),
            (2, "cn-paren", "（一）", "完善基础设施"),
            (2, "cn-paren", "（二）", "提升公共服务"),
            (1, "cn", "三、", "保障措施"),
        ],
        closing=None,
        signature=(("某区住房和城乡建设局",), "2024-04-16", "2024年4月16日"),
        contact={},
        imprint=None,
        attachments=(),
        last="区财政每年安排城市更新专项资金，优先保障民生类项目。",
        warnings=[],
    )
    absent(doc, "下一页", "网站标识码", "showPage")


@pytest.mark.xfail(
    strict=True,
    reason="the shadow root is now read where it stands (readers.html.embedded show_shadow_roots), but the 版头 block "
    "it draws (organ, 文号, slotted headline) stands beside the article right in <body>: the article block alone is "
    "taken (readers.html.content find_content) and a 版头 block beside it is looked for only as a headline",
)
def test_a_page_whose_letterhead_and_number_stand_in_a_declarative_shadow_root() -> None:
    doc = office_probe("formats25-html-shadow-root.html")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市人力资源和社会保障局",
        number=("市人社发〔2024〕18号", "市人社发", 2024, 18),
        title="关于做好2024年高校毕业生就业创业工作的通知",
        recipients=("各区人力资源和社会保障局",),
        preamble=["为做好今年高校毕业生就业创业工作，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "拓宽就业渠道"), (1, "cn", "二、", "加强就业帮扶")],
        closing="特此通知。",
        signature=(("某市人力资源和社会保障局",), "2024-05-27", "2024年5月27日"),
        contact={},
        imprint=None,
        attachments=(),
        last="对离校未就业毕业生实施实名制帮扶，提供职业指导和技能培训。",
        warnings=[],
    )
    absent(doc, "letter-spacing", ":host")


def test_a_saved_wechat_article_whose_content_is_still_hidden_until_its_script_runs() -> None:
    doc = office_probe("formats25-html-wechat-hidden.html")
    expect_fields(
        doc,
        kind="announcement",
        issuer=None,
        number=None,
        title="关于2024年度城乡居民医保集中缴费的通告",
        recipients=(),
        preamble=["为做好2024年度城乡居民基本医疗保险集中缴费工作，现将有关事项通告如下："],
        tree=[(1, "cn", "一、", "缴费时间"), (1, "cn", "二、", "缴费标准"), (1, "cn", "三、", "缴费方式")],
        closing="特此通告。",
        signature=(("某县医疗保障局",), "2024-08-28", "2024年8月28日"),
        contact={},
        imprint=None,
        attachments=(),
        last="参保人可通过微信、支付宝或到村（社区）代收点缴费。",
        warnings=[],
    )
    absent(doc, "已无更多数据", "1724837400")


# --- PDF -----------------------------------------------------------------------------------------


def test_a_portal_page_printed_by_a_browser_with_its_print_bands_over_and_under_each_page() -> None:
    doc = office_probe("formats25-pdf-browser-print.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市民政局",
        number=("市民发〔2024〕27号", "市民发", 2024, 27),
        title="某市民政局关于开展2024年度社会组织年度报告工作的通知",
        recipients=("各区民政局", "市本级各社会组织"),
        preamble=[
            "根据《社会组织登记管理条例》有关规定，市民政局决定开展2024年度社会组织年度报告工作。现将有关事项通知如下："
        ],
        tree=[
            (1, "cn", "一、", "报告对象"),
            (1, "cn", "二、", "报告内容"),
            (1, "cn", "三、", "时间安排"),
            (1, "cn", "四、", "工作要求"),
        ],
        closing="特此通知。",
        signature=(("某市民政局",), "2024-07-05", "2024年7月5日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各区民政局要加强对辖区社会组织的督促指导，及时解答填报中遇到的问题，对年度报告中发现的问题要督促整改。各社会组织要指定专人负责，确保报告内容真实、准确、完整。",
        warnings=[],
    )
    absent(doc, "2024/7/9", "t20240705", "1/2", "2/2", "_通知公告_")


def test_a_print_shops_file_whose_slug_and_crop_marks_stand_between_trim_box_and_crop_box() -> None:
    doc = office_probe("formats25-pdf-trim-slug.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县卫生健康局",
        number=("县卫健发〔2024〕16号", "县卫健发", 2024, 16),
        title="某县卫生健康局关于开展2024年职业病防治宣传周活动的通知",
        recipients=("各乡镇卫生院", "县直各医疗卫生单位"),
        preamble=["4月25日至5月1日是第22个《职业病防治法》宣传周。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "活动主题"), (1, "cn", "二、", "活动要求")],
        closing="特此通知。",
        signature=(("某县卫生健康局",), "2024-04-18", "2024年4月18日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各单位要结合实际开展咨询义诊和宣传进企业活动，活动结束后报送工作总结。",
        warnings=[],
    )
    absent(doc, "某某印务有限公司", "CMYK", "县卫健发16号.pdf")


def test_a_bulletin_whose_letterhead_is_set_white_on_a_red_band() -> None:
    doc = office_probe("formats25-pdf-reversed-band.pdf")
    expect_fields(
        doc,
        kind="bulletin",
        issuer="某县安全生产委员会办公室",
        number=("县安委办〔2024〕9号", "县安委办", 2024, 9),
        title="关于2024年上半年全县安全生产工作情况的通报",
        recipients=("各乡镇人民政府", "县安委会各成员单位"),
        preamble=["今年上半年，全县安全生产形势总体平稳。现将有关情况通报如下："],
        tree=[(1, "cn", "一、", "基本情况"), (1, "cn", "二、", "存在问题")],
        closing="特此通报。",
        signature=(("某县安全生产委员会办公室",), "2024-07-10", "2024年7月10日"),
        contact={},
        imprint=None,
        attachments=(),
        last="部分企业安全生产主体责任落实不到位，隐患排查治理不彻底。",
        warnings=[],
    )


def test_a_notice_whose_attachment_table_stands_on_a_landscape_page_of_its_own() -> None:
    doc = office_probe("formats25-pdf-landscape-annex.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县交通运输局",
        number=("县交发〔2024〕19号", "县交发", 2024, 19),
        title="某县交通运输局关于下达2024年农村公路养护补助资金的通知",
        recipients=("各乡镇人民政府",),
        preamble=[
            "现将2024年农村公路养护补助资金下达给你们，分配情况见附件。请各乡镇按照养护计划及时拨付资金，确保养护工作落到实处。"
        ],
        tree=[],
        closing=None,
        signature=(("某县交通运输局",), "2024-03-28", "2024年3月28日"),
        contact={},
        imprint=None,
        attachments=("2024年农村公路养护补助资金分配表",),
        warnings=[],
    )
    # writer's error: an annex's table after the 落款 is its rows' lines of the text, not a body table (as above)
    assert annex_rows(doc.text, 5) == [
        "序号\t乡镇\t养护里程（公里）\t补助资金（万元）",
        "1\t城关镇\t48\t28.8",
        "2\t河口乡\t36\t21.6",
        "3\t青山镇\t52\t31.2",
        "合计\t\t136\t81.6",
    ]


def test_a_reply_signed_digitally_in_an_incremental_update_its_seal_a_signature_widget() -> None:
    doc = office_probe("formats25-pdf-signed.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,
        number=("区民提〔2024〕23号", "区民提", 2024, 23),
        title="关于区政协七届三次会议第0152号提案的答复",
        recipients=("民进区委会",),
        ref=("政协", "区", 7, 3, "0152", "提案", "关于完善社区嵌入式养老服务的提案", []),
        preamble=["贵单位提出的《关于完善社区嵌入式养老服务的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "工作现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢贵单位对民政工作的关心和支持。",
        signature=(("某区民政局",), "2024-06-07", "2024年6月7日"),
        contact={"name": "蒋红", "phones": ("0512-65201234",)},
        imprint=None,
        attachments=(),
        last="我局将推动养老服务中心向居家延伸，年内新增家庭养老床位三百张。",
        warnings=[],
    )


# --- OFD -----------------------------------------------------------------------------------------


def test_an_ofd_notice_whose_parts_write_the_ofd_namespace_as_the_default_namespace() -> None:
    doc = office_probe("formats25-ofd-default-namespace.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某区司法局",
        number=("区司发〔2024〕11号", "区司发", 2024, 11),
        title="关于开展2024年“法律明白人”培训的通知",
        recipients=("各街道司法所",),
        preamble=["为提升基层依法治理水平，区司法局决定开展2024年“法律明白人”培训。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "培训对象"), (1, "cn", "二、", "培训内容")],
        closing="特此通知。",
        signature=(("某区司法局",), "2024-05-14", "2024年5月14日"),
        contact={},
        imprint=None,
        attachments=(),
        last="民法典、人民调解法等与群众生产生活密切相关的法律法规。",
        warnings=[],
    )


def test_an_ofd_notice_whose_package_holds_custom_tags_and_an_attached_spreadsheet() -> None:
    doc = office_probe("formats25-ofd-tags-attachment.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县农业农村局",
        number=("县农发〔2024〕52号", "县农发", 2024, 52),
        title="关于做好2024年秋季农作物病虫害防控工作的通知",
        recipients=("各乡镇人民政府",),
        preamble=["当前正值秋季农作物病虫害高发期。为确保秋粮丰收，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "加强监测预警"), (1, "cn", "二、", "开展统防统治")],
        closing=None,
        signature=(("某县农业农村局",), "2024-08-19", "2024年8月19日"),
        contact={},
        imprint=None,
        attachments=("2024年秋季病虫害防控任务分解表",),
        last="各乡镇要组织植保服务队，对水稻“两迁”害虫开展统一防治。",
        warnings=[],
    )


def test_an_ofd_notice_whose_attachment_table_stands_on_a_landscape_page() -> None:
    doc = office_probe("formats25-ofd-landscape-annex.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市体育局",
        number=("市体发〔2024〕13号", "市体发", 2024, 13),
        title="关于公布2024年全民健身示范社区名单的通知",
        recipients=("各区体育局",),
        preamble=["经各区推荐、实地评估，确定三个社区为2024年全民健身示范社区，名单见附件。"],
        tree=[],
        closing=None,
        signature=(("某市体育局",), "2024-11-06", "2024年11月6日"),
        contact={},
        imprint=None,
        attachments=("2024年全民健身示范社区名单",),
        warnings=[],
    )
    # writer's error: an annex's table after the 落款 is its rows' lines of the text, not a body table (as above)
    assert annex_rows(doc.text, 4) == [
        "序号\t所在区\t社区名称",
        "1\t东城区\t东城区和平街道翠竹社区",
        "2\t西湖区\t西湖区北山街道金沙社区",
        "3\t江北区\t江北区长安街道滨江社区",
    ]
