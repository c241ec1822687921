"""Ninth round of probes through the readers (session 11): DOCX, HTML and PDF files laid out in ways
rounds 4, 5 and 8 did not try (fixtures/office/formats9-*, written by fixtures/office/make_formats9.py).
Every expected value below, and what must NOT reach the text, was written by hand from the document
the generator writes, and committed before the parser ran on the batch; every parse also keeps the
span invariants and raises no internal error."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants
from tests.probing import absent, codes, expect_fields, in_order, office_probe, squashed

# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_notice_numbered_by_its_heading_styles_with_tracked_changes_and_simple_fields() -> None:
    doc = office_probe("formats9-docx-style-numbering.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市生态环境局",
        number=("市环发〔2024〕63号", "市环发", 2024, 63),
        title="某市生态环境局关于开展2024年度入河排污口排查整治的通知",
        recipients=("各区生态环境分局", "市各有关单位"),
        disclosure="主动公开",
        preamble=[
            "为规范入河排污口设置和管理，改善水环境质量，市局决定开展2024年度入河排污口排查整治。现将有关事项通知如下："
        ],
        tree=[
            (1, "cn", "一、", "排查范围"),
            (1, "cn", "二、", "工作步骤"),
            (2, "cn-paren", "（一）", "全面排查"),
            (2, "cn-paren", "（二）", "分类整治"),
            (1, "cn", "三、", "工作要求"),
        ],
        closing="特此通知。",
        signature=(("某市生态环境局",), "2024-05-14", "2024年5月14日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各区要明确专人负责，每月5日前报送工作进展。",
        warnings=["text-repaired"],  # session 24: revisions read accepted are warned (tracked-changes)
    )
    assert "各区于6月30日前完成排查，建立排污口名录。" in doc.text
    absent(doc, "专项", "全部排查", "— 1 —", "DATE", "PAGE", "yyyy")


def test_a_report_with_a_footnote_a_spanning_head_cell_and_a_signature_in_a_nested_table() -> None:
    doc = office_probe("formats9-docx-footnote-report.docx")
    expect_fields(
        doc,
        kind="report",
        issuer="某县统计局",
        number=None,
        title="某县统计局关于2024年一季度全县经济运行情况的报告",
        recipients=("县人民政府",),
        preamble=["现将2024年一季度全县经济运行情况报告如下："],
        tree=[(1, "cn", "一、", "主要指标"), (1, "cn", "二、", "下一步工作")],
        closing="特此报告。",
        signature=(("某县统计局",), "2024-04-15", "2024年4月15日"),
        contact={"name": "吴敏", "phones": ("0598-5121234",)},
        imprint=None,
        attachments=(),
        last="我局将加强对重点企业的监测调度，及时反映经济运行中的新情况新问题。",
        # the footnote explains a term: the document's own text, read after the body, in no field
        warnings=["content-unplaced"],
    )
    text = doc.text
    assert "规模以上工业增加值增长较快" in text  # the note's reference mark is no character of the body
    lines = text.split("\n")
    assert "地区生产总值\t86.4\t5.9" in lines and "规上工业增加值\t31.2\t7.1" in lines
    in_order(text, "特此报告。", "规模以上工业指年主营业务收入2000万元及以上的工业法人单位。")
    assert text.count("规模以上工业指年主营业务收入") == 1


def test_a_letter_whose_letterhead_is_a_vml_text_box_and_whose_contact_is_a_drawing_box() -> None:
    doc = office_probe("formats9-docx-vml-letter.docx")
    expect_fields(
        doc,
        kind="letter",
        issuer="某区卫生健康委员会",
        number=("区卫健函〔2024〕17号", "区卫健函", 2024, 17),
        title="关于商请拨付2024年家庭医生签约服务经费的函",
        recipients=("区财政局",),
        preamble=[
            "根据区政府关于做实家庭医生签约服务的部署，今年我区家庭医生签约服务经费预算为三百二十万元，目前尚未拨付。",
            "为保障签约服务工作正常开展，商请贵局于7月底前拨付上述经费。",
        ],
        tree=[],
        closing="妥否，请函复。",
        signature=(("某区卫生健康委员会",), "2024-06-03", "2024年6月3日"),
        contact={"name": "郑红", "phones": ("0595-22561234",)},
        imprint=None,
        attachments=(),
        warnings=[],
    )
    assert doc.text.count("某区卫生健康委员会") == 2
    in_order(doc.text, "某区卫生健康委员会", "区卫健函〔2024〕17号", "关于商请")


def test_an_approval_written_by_python_docx_with_heading_styles_and_a_merged_title_row() -> None:
    doc = office_probe("formats9-docx-python-docx-approval.docx")
    expect_fields(
        doc,
        kind="approval",
        issuer="某县发展和改革局",
        number=("县发改审批〔2024〕35号", "县发改审批", 2024, 35),
        title="关于城南片区道路改造工程可行性研究报告的批复",
        recipients=("县城市建设投资有限公司",),
        preamble=["你公司《关于城南片区道路改造工程可行性研究报告的请示》收悉。经研究，现批复如下："],
        tree=[(1, "cn", "一、", "原则同意该项目可行性研究报告"), (1, "cn", "二、", "项目总投资及资金来源")],
        closing="此复。",
        signature=(("某县发展和改革局",), "2024-08-09", "2024年8月9日"),
        contact={},
        imprint=None,
        attachments=(),
        last="项目总投资七千万元，由县财政预算内资金和你公司自筹资金共同解决。",
        warnings=[],
    )
    # corrected after the first run: the sentence above the table names it too; the merged row once
    assert doc.text.count("主要建设内容及投资估算") == 2
    assert "道路工程\t6.2公里\t5200" in doc.text.split("\n")
    absent(doc, "起草人")


def test_a_gbk_portal_page_laid_out_in_tables_whose_article_is_br_lines_in_font() -> None:
    doc = office_probe("formats9-html-table-layout-gbk.html")
    assert doc.source.encoding == "gb18030"
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=("县政府办发〔2024〕12号", "县政府办发", 2024, 12),
        title="某县人民政府办公室关于做好2024年防汛抗旱工作的通知",
        recipients=("各乡镇人民政府", "县政府各部门"),
        preamble=["当前我县已进入主汛期，为切实做好今年防汛抗旱工作，确保人民群众生命财产安全，现就有关事项通知如下："],
        tree=[(1, "cn", "一、", "压实防汛责任"), (1, "cn", "二、", "加强隐患排查")],
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-05-07", "2024年5月7日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各有关部门要对病险水库、地质灾害点和在建工程开展拉网式排查——发现隐患立即整改，"
        "不能立即整改的要落实临时度汛措施。",
        warnings=[],
    )
    assert "落实水库、山塘“三个责任人”" in doc.text
    absent(
        doc,
        "门户网站",
        "当前位置",
        "政务公开",
        "人事信息",
        "发布时间",
        "浏览次数",
        "打印本页",
        "关闭窗口",
        "版权所有",
        "技术支持",
        "ICP",
        "&nbsp",
        "&ldquo",
        "&mdash",
    )


def test_a_portal_announcement_whose_information_panel_is_nested_divs_of_label_and_value_spans() -> None:
    doc = office_probe("formats9-html-div-panel.html")
    title = "某市住房和城乡建设局关于2024年第二批建筑业企业资质审查结果的公告"
    expect_fields(
        doc,
        kind="announcement",
        issuer="某市住房和城乡建设局",
        number=("市建公告〔2024〕21号", "市建公告", 2024, 21),
        title=title,
        recipients=(),
        metadata={
            "索引号": "11330100002489301X/2024-03317",
            "主题分类": "城乡建设、环境保护",
            "发布机构": "某市住房和城乡建设局",
            "成文日期": "2024-07-19",
            "文号": "市建公告〔2024〕21号",
            "公开方式": "主动公开",
            "标题": title,
        },
        disclosure="主动公开",
        preamble=[
            "根据《建筑业企业资质管理规定》等有关规定，我局对2024年第二批申请建筑业企业资质的企业进行了审查，"
            "现将审查结果公告如下："
        ],
        tree=[
            (1, "cn", "一、", "某某建设有限公司等十二家企业符合资质标准要求，予以核准"),
            (1, "cn", "二、", "某某市政工程有限公司等三家企业不符合资质标准要求，不予核准"),
        ],
        closing="特此公告。",
        signature=(("某市住房和城乡建设局",), "2024-07-19", "2024年7月19日"),
        contact={},
        imprint=None,
        attachments=(),
        last="对审查结果有异议的，请于公告之日起十个工作日内向我局书面反映。",
        warnings=[],
    )
    absent(doc, "您当前的位置", "发布日期", "访问量", "分享到", "相关信息", "第一批", "主办单位", "网站标识码", "ICP")


def test_a_pdf_bulletin_whose_body_runs_in_two_columns_under_a_full_width_title() -> None:
    doc = office_probe("formats9-pdf-two-columns.pdf")
    expect_fields(
        doc,
        kind="bulletin",
        issuer="某县农业农村局",
        number=None,
        title="某县农业农村局关于2024年夏粮收购进展情况的通报",
        recipients=("各乡镇人民政府", "县粮食收储有限公司"),
        preamble=["截至6月25日，全县累计收购小麦一万八千吨，完成计划的百分之七十二。现将有关情况通报如下："],
        tree=[(1, "cn", "一、", "收购进度"), (1, "cn", "二、", "存在问题"), (1, "cn", "三、", "下一步工作")],
        closing="特此通报。",
        signature=(("某县农业农村局",), "2024-06-28", "2024年6月28日"),
        contact={},
        imprint=None,
        attachments=(),
        last="县粮食收储有限公司要及时结算粮款，不得打白条。",
        warnings=["layout-unusual"],
    )
    assert "部分收购点烘干能力不足，雨后集中送粮时排队时间较长。" in doc.text
    absent(doc, "— 1 —")


def test_a_pdf_request_whose_landscape_attachment_page_is_a_portrait_page_turned_by_rotate() -> None:
    doc = office_probe("formats9-pdf-rotated-annex.pdf")
    expect_fields(
        doc,
        kind="request",
        issuer="某镇人民政府",
        number=None,
        title="某镇人民政府关于申请拨付2024年村级道路养护资金的请示",
        recipients=("县交通运输局",),
        preamble=[
            "我镇共有村级道路四十六条，总长八十三公里。今年汛期部分路段出现塌方和路面破损，急需养护修复。",
            "经测算，全镇村级道路养护共需资金一百二十六万元，恳请县交通运输局予以拨付。",
        ],
        closing="妥否，请批示。",
        signature=(("某镇人民政府",), "2024-09-02", "2024年9月2日"),
        contact={"name": "蒋丽", "phones": ("0596-6521234",)},
        imprint=None,
        attachments=("2024年村级道路养护资金测算表",),
        warnings=["layout-unusual"],  # the turned page, named
    )
    text = squashed(doc.text)
    assert "1桥头村至新塘村道路塌方清理及挡墙修复48" in text
    assert "3白沙村进村道路排水沟疏通及路面修补43" in text
    in_order(text, "蒋丽", "附件2024年村级道路养护资金测算表序号道路名称", "桥头村", "石门村", "白沙村")


def test_a_pdf_plan_with_larger_headings_a_table_cell_of_two_lines_and_a_page_n_of_m_folio() -> None:
    doc = office_probe("formats9-pdf-headings-table.pdf")
    expect_fields(
        doc,
        kind="plan",
        issuer=None,
        number=None,
        title="某区2024年城市内涝治理工作实施方案",
        recipients=(),
        preamble=["为提升城市排水防涝能力，保障汛期城市运行安全，结合我区实际，制定本方案。"],
        tree=[(1, "cn", "一、", "工作目标"), (1, "cn", "二、", "重点任务"), (1, "cn", "三、", "保障措施")],
        closing=None,
        signature=(("某区住房和城乡建设局",), "2024-03-12", "2024年3月12日"),
        contact={},
        imprint=None,
        attachments=(),
        last="区财政安排专项资金一点二亿元，各街道要落实属地责任，确保各项任务按期完成。",
        warnings=[],
    )
    lines = [squashed(line) for line in doc.text.split("\n")]
    first = next(line for line in lines if "积水点改造" in line)
    assert "新建雨水收集井" in first and "区住房城乡建设局" in first
    second = next(line for line in lines if "改造排水泵站" in line)
    assert "积水点改造" not in second and "管网清疏" not in second
    third = next(line for line in lines if "管网清疏" in line)
    assert "汛前全面清疏" in third and "区城管局" in third
    absent(doc, "第1页", "共2页", "第2页")


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_a_notice_with_tracked_moves_a_deleted_paragraph_mark_and_a_table_nested_in_a_cell() -> None:
    doc = office_probe("formats9-docx-moves-nested.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县安全生产委员会办公室",
        number=("县安委办〔2024〕15号", "县安委办", 2024, 15),
        title="关于加快推进城镇燃气安全专项整治的通知",
        recipients=("各乡镇人民政府", "县安委会各成员单位"),
        preamble=["为深入推进城镇燃气安全专项整治，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "明确整治任务"), (1, "cn", "二、", "强化督导检查")],
        closing="特此通知。",
        signature=(("某县安全生产委员会办公室",), "2024-06-05", "2024年6月5日"),
        contact={},
        imprint=None,
        attachments=(),
        last="对整治不力的单位，县安委办将予以通报批评。",
        warnings=["text-repaired"],  # session 24: revisions read accepted are warned (tracked-changes)
    )
    lines = doc.text.split("\n")
    assert "今年重点整治老旧管道和用户端安全隐患。" in lines  # the sentence moved away is gone from here
    assert "县安委办每月组织一次督导检查，各乡镇要建立隐患台账，实行销号管理。" in lines
    # session 13: a row stays one row of three cells; the quarters' table nested in a cell gives that
    # cell one line per nested cell (a tab would part the outer row, a space would close between words)
    assert doc.sections[0].tables[0].rows == (
        ("任务", "进度安排", "责任单位"),
        ("更换老旧燃气管道", "一季度\n二季度\n40%\n60%", "县住建局"),
        ("安装燃气报警器", "6月底前完成", "县市场监管局"),
    )
    assert "安装燃气报警器\t6月底前完成\t县市场监管局" in lines


def test_a_reply_whose_dates_are_chinese_date_smart_tags_and_words_are_split_by_bookmarks() -> None:
    doc = office_probe("formats9-docx-smart-tags.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县民政局",
        number=("县民提〔2024〕4号", "县民提", 2024, 4),
        title="对县政协十届三次会议第0127号提案的答复",
        recipients=("王丽娟委员",),
        ref=("政协", "县", 10, 3, "0127", "提案", "关于加强农村留守老人关爱服务的提案", []),
        category="A",
        preamble=["您提出的《关于加强农村留守老人关爱服务的提案》收悉。经认真研究，现答复如下："],
        tree=[(1, "cn", "一、", "工作开展情况"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某县民政局",), "2024-06-14", "2024年6月14日"),
        contact={"name": "宋佳", "phones": ("0736-7221234",)},
        imprint=None,
        attachments=(),
        last="我局将推动农村养老服务设施向中心村延伸，年内新增互助幸福院十所。",
        warnings=[],
    )
    assert "截至2024年5月底，全县建成农村互助幸福院四十二所" in doc.text
    absent(doc, "_Hlk", "chsdate", "IsLunarDate", "False")


def test_an_old_page_whose_text_stands_in_the_body_as_br_lines_under_a_red_font_letterhead() -> None:
    doc = office_probe("formats9-html-body-br.html")
    assert doc.source.encoding == "gb18030"
    expect_fields(
        doc,
        kind="notice",
        issuer="某乡人民政府",
        number=("乡政发〔2024〕9号", "乡政发", 2024, 9),
        title="某乡人民政府关于做好2024年秋季森林防火工作的通知",
        recipients=("各村民委员会", "乡直各单位"),
        preamble=[
            "进入秋季以来，我乡降水偏少，森林火险等级持续偏高。为切实做好秋季森林防火工作，现就有关事项通知如下："
        ],
        tree=[(1, "cn", "一、", "严格管控野外火源"), (1, "cn", "二、", "加强值班值守")],
        closing="特此通知。",
        signature=(("某乡人民政府",), "2024-09-23", "2024年9月23日"),
        contact={},
        imprint=(("县林业局", "县应急管理局"), "某乡人民政府党政办公室", "2024-09-23"),
        attachments=(),
        last="乡村两级实行二十四小时值班，发现火情立即报告。",
        warnings=[],
    )
    absent(doc, "&#12308;", "&nbsp")


def test_a_pdf_paragraph_running_over_a_page_end_past_a_small_note_at_the_pages_foot() -> None:
    doc = office_probe("formats9-pdf-page-note.pdf")
    paragraph = (
        "为切实保障师生安全，市局决定在全市中小学开展校园安全隐患排查。各区教育局要组织辖区学校对校舍、消防设施、"
        "食堂、实验室和校车等重点部位进行全面排查，对排查发现的隐患建立台账，明确整改责任人和整改时限，"
        "能立即整改的要立即整改，不能立即整改的要落实管控措施，确保不留死角。排查中要坚持问题导向，既查物的不安全状态，"
        "也查人的不安全行为和管理上的缺陷，对校园周边的交通秩序、流动摊点和网吧等场所，要会同公安、市场监管等部门一并排查，"
        "形成齐抓共管的工作格局。各校要将排查情况于10月15日前报送区教育局，"
        "各区教育局汇总后于10月20日前报送市局安全管理处。"
    )
    expect_fields(
        doc,
        kind="notice",
        issuer="某市教育局",
        number=None,
        title="某市教育局关于开展2024年中小学校园安全隐患排查的通知",
        recipients=("各区教育局", "市直属各学校"),
        tree=[(1, "cn", "一、", "排查范围"), (1, "cn", "二、", "排查时间"), (1, "cn", "三、", "排查要求")],
        closing="特此通知。",
        signature=(("某市教育局",), "2024-09-26", "2024年9月26日"),
        contact={},
        imprint=None,
        attachments=(),
        # corrected after the first run: the note is the document's text and follows the paragraph it
        # interrupts, the section's last paragraph (not text in no element, as first written)
        last="注：重点部位指校舍、消防设施、食堂、实验室和校车。",
        warnings=["page-break-joined"],  # the paragraph re-joined over the page end, said
    )
    assert paragraph in [p.text for p in doc.iter_sections()[-1].paragraphs]
    absent(doc, "— 1 —", "— 2 —")


# --- the causes the first look found, each tried on a new example ------------------------------------


def _turned_page(rotation: int, lines: list[tuple[str, float]]) -> bytes:
    """One landscape page kept as a portrait MediaBox turned by /Rotate `rotation` (90 or 270), its
    lines drawn turned back so that the page shows them upright, left to right, top to bottom."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    width, height = 595.27, 841.89
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(height, width), invariant=True)  # reportlab swaps a turned page's box back
    c.setPageRotation(rotation)
    c.saveState()
    if rotation == 90:
        c.translate(width, 0)
        c.rotate(90)
    else:
        c.translate(0, height)
        c.rotate(-90)
    y = width - 80  # the landscape page's top, in its own upright space
    for text, size in lines:
        c.setFont("STSong-Light", size)
        c.drawString(90, y, text)
        y -= size * 2
    c.restoreState()
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_page_turned_by_rotate_is_read_as_it_is_shown() -> None:
    """Turned a quarter either way, the page's lines read upright in their order: the reader places
    the characters as the page shows them, not as user space holds them."""
    lines = [
        ("关于调整2025年城市公交票价的公告", 22.0),
        ("经市人民政府同意，自2025年1月1日起调整城市公交票价。", 16.0),
        ("某市交通运输局", 16.0),
        ("2024年12月2日", 16.0),
    ]
    for rotation in (90, 270):
        doc = govdoc.parse(_turned_page(rotation, lines), format="pdf")
        check_invariants(doc)
        assert doc.text.split("\n") == [text for text, _ in lines], rotation
        assert "layout-unusual" in codes(doc)


LISTING_FOOTER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<table class="xxgk"><tr><td>索引号：</td><td>000014672/2024-00412</td><td>发布机构：</td><td>某县自然资源局</td></tr>
<tr><td>文号：</td><td>县自然资发〔2024〕6号</td><td>成文日期：</td><td>2024-03-05</td></tr></table>
<div class="content"><h2>某县自然资源局关于做好2024年耕地卫片执法检查工作的通知</h2>
<p>各乡镇人民政府：</p>
<p>为严格落实耕地保护制度，现就做好2024年耕地卫片执法检查工作通知如下，请各乡镇于4月底前完成图斑核查。</p>
<p>特此通知。</p><p>某县自然资源局</p><p>2024年3月5日</p></div>
<div class="foot"><span>主办单位：某县人民政府办公室</span><span>网站标识码：3308250001</span></div>
</body></html>"""


def test_a_sites_footer_naming_who_runs_it_is_no_row_of_the_information_table() -> None:
    """主办单位 is a label of the table (a reply's lead unit), but under a site's registration mark it
    names who runs the site: the footer's pairs stay out of the metadata."""
    doc = govdoc.parse(LISTING_FOOTER_PAGE.encode(), format="html")
    check_invariants(doc)
    assert doc.header.metadata == {
        "索引号": "000014672/2024-00412",
        "发布机构": "某县自然资源局",
        "文号": "县自然资发〔2024〕6号",
        "成文日期": "2024-03-05",
    }


def test_a_title_without_guanyu_set_over_two_lines_of_display_type_is_one_title() -> None:
    """某县2025年春季森林防火 / 工作方案, both lines 二号 方正小标宋 and centred: one title wrapped, though no
    关于 opens it; a line set otherwise (a smaller 办公室 line) would stay apart."""
    from tests.docx_builder import make_docx, p

    def display(text: str) -> str:
        return p(text, '<w:jc w:val="center"/>', '<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>')

    body = (
        display("某县2025年春季森林防火")
        + display("工作方案")
        + p("为切实做好春季森林防火工作，有效预防和控制森林火灾，制定本方案。")
        + p("一、工作目标")
        + p("确保不发生重大森林火灾，森林火灾受害率控制在千分之零点九以内。")
        + p("某县林业局")
        + p("2025年2月10日")
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    expect_fields(doc, title="某县2025年春季森林防火工作方案", kind="plan", warnings=[])


def test_a_paragraph_whose_mark_is_a_tracked_deletion_runs_on_into_the_next() -> None:
    """Word shows a deleted paragraph mark by joining the paragraph to the next once the change is
    accepted; deletions are read accepted, so the two are one paragraph (and a last one stands alone)."""
    from tests.docx_builder import make_docx, p

    gone = '<w:rPr><w:del w:id="5" w:author="审核" w:date="2025-01-01T00:00:00Z"/></w:rPr>'
    body = (
        p("关于做好2025年元旦春节期间安全生产工作的通知")
        + p("各镇人民政府：")
        + p("节日期间人员流动大，", gone)
        + p("各镇要加强重点场所的安全检查。")
        + p("特此通知。")
        + p("某县应急管理局")
        + p("2024年12月25日", gone)
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    lines = doc.text.split("\n")
    assert "节日期间人员流动大，各镇要加强重点场所的安全检查。" in lines
    assert lines[-1] == "2024年12月25日"


def _page_with_foot_note(note_size: float) -> bytes:
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, 841.89), invariant=True)
    c.setFont("STSong-Light", 16)
    c.drawString(200, 760, "关于规范农村集体资产管理的通知")
    c.drawString(80, 720, "各乡镇人民政府：")
    y = 690.0
    c.drawString(112, y, "各乡镇要全面清查农村集体资产，摸清资产底数，建立健全")  # 26 characters after the indent
    for _ in range(16):  # full lines of 27 characters, ending together: the right margin (x = 512)
        y -= 29
        c.drawString(80, y, "资产台账和管理制度，做到账实相符、账账相符，防止资产流")
    c.setFont("STSong-Light", note_size)
    c.drawString(80, 90, "注：集体资产包括资源性资产、经营性资产和非经营性资产。")
    c.showPage()
    c.setFont("STSong-Light", 16)
    c.drawString(80, 760, "失，确保集体资产保值增值。")
    c.drawString(112, 731, "特此通知。")
    c.drawString(400, 680, "某县农业农村局")
    c.drawString(400, 651, "2024年11月8日")
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_note_in_small_type_at_a_pages_foot_does_not_cut_the_paragraph_running_over_the_page_end() -> None:
    """The paragraph's last line on the first page reaches the margin and the second page goes on
    unindented: it is one paragraph, re-joined (and said), with the foot's note after it, not between."""
    doc = govdoc.parse(_page_with_foot_note(10.5), format="pdf")
    check_invariants(doc)
    paragraph = next(line for line in doc.text.split("\n") if line.startswith("各乡镇要全面清查"))
    assert paragraph.endswith("确保集体资产保值增值。")
    assert "page-break-joined" in codes(doc)
    assert doc.text.index("确保集体资产保值增值。") < doc.text.index("注：集体资产包括")
