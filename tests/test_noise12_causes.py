"""The general causes behind round-12 noise probe misses (tests/test_probes_12_noise.py), each shown
by a NEW example written for it, not the probe's text: what the cause is, where it is fixed (a
pattern row or a rule), and that the example failed on the session's start."""

from __future__ import annotations

from tests.probing import absent, checked, codes, tree


def test_an_english_tools_page_marks_are_page_furniture() -> None:
    """A notice exported by an English-language PDF tool carries `Page 1 of 3`, `page 2/3`, `PAGE 3`
    under its pages (patterns.chrome.PAGE_FURNITURE): they leave the text like 第1页 共3页, and the
    sentence the first one cut is one paragraph again."""
    source = (
        "某县人民政府办公室关于做好2024年防汛工作的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项\n"
        "Page 1 of 3\n"
        "通知如下：\n"
        "一、压实防汛责任\n"
        "各乡镇要落实防汛行政首长负责制。\n"
        "page 2/3\n"
        "二、加强隐患排查\n"
        "各部门要对山塘水库开展拉网式排查。\n"
        "特此通知。\n"
        "某县人民政府办公室\n"
        "2024年5月10日\n"
        "PAGE 3\n"
    )
    doc = checked(source)
    absent(doc, "Page 1 of 3", "page 2/3", "PAGE 3")
    assert doc.preamble[0].text == "为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下："
    assert [s[3] for s in tree(doc)] == ["压实防汛责任", "加强隐患排查"]
    assert doc.signature is not None and doc.signature.date == "2024-05-10"


def test_a_browsers_print_band_at_the_head_and_foot_of_each_page_is_furniture() -> None:
    """A 批复 printed from its web page by a browser: each page opens with the print time (here a
    12-hour clock) and the page's <title>, and closes with its address and the page count
    (patterns.chrome.PRINTED_PAGE_BAND). Both leave the text, and the page end the foot marks
    lets the cut sentence join again."""
    source = (
        "2024/3/8 下午3:05  某市人民政府关于同意设立某某经济开发区的批复 - 某市人民政府门户网站\n"
        "某市人民政府关于同意设立某某经济开发区的批复\n"
        "某县人民政府：\n"
        "你县《关于申请设立某某经济开发区的请示》收悉。经研究，现批复如下：\n"
        "一、同意设立某某经济开发区，规划面积十二平方公里，主要发展装备制造和\n"
        "www.moushi.gov.cn/zwgk/pf/202403/t20240306_99812.html  1/2\n"
        "2024/3/8 下午3:05  某市人民政府关于同意设立某某经济开发区的批复 - 某市人民政府门户网站\n"
        "新材料产业。\n"
        "二、你县要切实加强开发区的规划管理。\n"
        "某市人民政府\n"
        "2024年3月6日\n"
        "www.moushi.gov.cn/zwgk/pf/202403/t20240306_99812.html  2/2\n"
    )
    doc = checked(source)
    absent(doc, "2024/3/8", "t20240306_99812", "门户网站")
    assert doc.header.title == "某市人民政府关于同意设立某某经济开发区的批复"
    first = doc.sections[0]
    assert first.title is None  # a point of the answer, not a heading: its whole text is the paragraph
    assert first.paragraphs[0].text == "同意设立某某经济开发区，规划面积十二平方公里，主要发展装备制造和新材料产业。"
    assert "page-break-joined" in codes(doc)


def test_a_word_a_page_end_cut_from_a_heading_standing_alone_is_the_headings() -> None:
    """A sub-heading at a page's foot whose last word the page end cut (`…人才队伍培` ⏎ 第2页 ⏎ `养`):
    the piece under the page number, a few characters with no mark, is the title's rest
    (joins._heading_rest), warned; a short sentence with its stop under a heading stays the
    section's text."""
    source = (
        "关于市政协十三届三次会议第0521号提案的答复\n"
        "严某委员：\n"
        "您提出的关于加强基层卫生人才建设的提案收悉，现答复如下：\n"
        "（一）扩大订单定向培养规模\n"
        "今年定向培养医学生一百二十名。\n"
        "（二）强化基层医疗卫生人才队伍培\n"
        "第2页\n"
        "养\n"
        "我委将实施基层卫生人才能力提升培训项目。\n"
        "（三）完善激励\n"
        "第3页\n"
        "已完成。\n"
        "特此答复。\n"
        "某市卫生健康委员会\n"
        "2024年6月26日\n"
    )
    doc = checked(source)
    assert [s[3] for s in tree(doc)] == ["扩大订单定向培养规模", "强化基层医疗卫生人才队伍培养", "完善激励"]
    assert doc.sections[2].paragraphs[0].text == "已完成。"
    assert "page-break-joined" in codes(doc)


def test_a_letter_l_read_for_the_one_of_a_numbered_marker_before_a_pause_mark_is_one() -> None:
    """OCR took the 1 of `1、` for a letter l (patterns.structure.OCR_DIGIT_ONE): the marker opens the
    run that `2、` `3、` go on (ordinal 1, kept as written) instead of standing in the preamble with a
    numbering gap after it. A capital I (Roman-numbered points) and an l inside a word stay text."""
    source = (
        "关于市十六届人大三次会议第0150号建议的答复\n"
        "潘某代表：\n"
        "您提出的关于规范校外培训机构管理的建议收悉，现答复如下：\n"
        "l、开展专项检查。今年检查校外培训机构三百家。\n"
        "2、建立黑白名单。向社会公布白名单机构一百二十家。\n"
        "3、加强资金监管。预收费全部纳入监管账户。\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年8月1日\n"
    )
    doc = checked(source)
    assert [(s[1], s[2], s[3]) for s in tree(doc)] == [
        ("num", "l、", "开展专项检查"),
        ("num", "2、", "建立黑白名单"),
        ("num", "3、", "加强资金监管"),
    ]
    assert [s.ordinal for s in doc.sections] == [1, 2, 3]
    assert "numbering-gap" not in codes(doc)
    roman = checked(source.replace("l、开展", "I、开展"))
    assert roman.sections[0].marker == "2、"


def test_contact_labels_one_space_from_their_values_without_colons_are_read() -> None:
    """A contact block whose colons OCR lost, each label one space from its value (`联系人 方某`,
    `手机 13912345678`; rules.lines.tail._contact_label_cell): the name and the phone are read, and
    nothing is left unplaced. A label needs a short value: a line of prose after one space stays prose."""
    source = (
        "关于县十九届人大二次会议第12号建议的答复\n"
        "殷某代表：\n"
        "您提出的关于加强农贸市场改造提升的建议收悉，现答复如下：\n"
        "今年我局已完成农贸市场改造提升十二家。\n"
        "特此答复。\n"
        "某县市场监督管理局\n"
        "2024年7月25日\n"
        "联系人 方某\n"
        "手机 13912345678\n"
    )
    doc = checked(source)
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("方某", ("13912345678",))
    assert codes(doc) == []


_NOTICE = (
    "某市财政局关于做好2024年度部门决算编报工作的通知\n"
    "各区财政局，市级各部门：\n"
    "为做好2024年度部门决算编报工作，现将有关事项通知如下。\n"
    "一、编报范围\n"
    "各部门所属全部行政事业单位均应编报部门决算。\n"
    "二、报送时间\n"
    "请于2025年2月28日前报送。\n"
    "特此通知。\n"
    "某市财政局\n"
    "2025年1月6日\n"
)


def test_a_share_row_of_nothing_but_platform_names_is_chrome() -> None:
    """A share row without its 分享 label, only the platforms (`微博 | 微信 | 钉钉 | 复制网址`): chrome
    (patterns.chrome, a row of two platform names or more); it stood as content in the header."""
    doc = checked("微博 | 微信 | 钉钉 | 复制网址\n" + _NOTICE)
    absent(doc, "钉钉", "复制网址")
    assert doc.header.title == "某市财政局关于做好2024年度部门决算编报工作的通知"
    assert "content-unplaced" not in codes(doc)


def test_a_bracketed_link_list_label_and_a_neighbour_label_alone_take_the_titles_under_them() -> None:
    """`【推荐阅读】` in brackets and `上一条` alone on its line (patterns.chrome.LINK_LIST_LABEL) head a
    list of other pages' titles: label and titles are chrome, as under 相关链接; they stood as
    unplaced content after the 落款."""
    source = (
        _NOTICE
        + "【推荐阅读】\n"
        + "某市财政局关于做好2023年度部门决算编报工作的通知\n"
        + "2024年度市级部门预算公开情况说明\n"
        + "上一条\n"
        + "某市财政局关于开展2025年会计人员继续教育的通知\n"
    )
    doc = checked(source)
    absent(doc, "推荐阅读", "2023年度部门决算", "预算公开情况说明", "上一条", "会计人员继续教育")
    assert doc.signature is not None and doc.signature.date == "2025-01-06"
    assert codes(doc) == []


def test_a_qr_boxs_caption_to_view_the_page_on_a_phone_is_chrome() -> None:
    """`扫码在手机上浏览`, a QR box's caption (patterns.chrome): chrome wherever the copy sets it, here
    between the 落款 and the 版记 it stood unplaced."""
    source = _NOTICE + "扫码在手机上浏览\n抄送：市审计局。\n"
    doc = checked(source)
    absent(doc, "扫码在手机上浏览")
    assert doc.imprint is not None and doc.imprint.cc == ("市审计局",)
    assert codes(doc) == []


def test_a_manual_line_break_saved_as_a_vertical_tab_inside_a_sentence_joins_without_a_warning() -> None:
    """Word's "Plain text" export saves a manual line break (Shift+Enter) as a vertical tab, U+2028 in
    a Unicode export: the text reader notes it (`hints.soft_break`, as a .docx's w:br), so the
    sentence it parted is one paragraph again with no `page-break-joined`: the format says so, it is
    no guess."""
    source = _NOTICE.replace("为做好2024年度部门决算编报工作，", "为做好2024年度部门决算编报工作，\x0b")
    doc = checked(source)
    assert doc.preamble[0].text == "为做好2024年度部门决算编报工作，现将有关事项通知如下。"
    assert codes(doc) == []


def test_a_numbered_notice_pasted_twice_keeps_its_sections_once() -> None:
    """A notice pasted twice into one file: after its 落款 its own title opens the lines again
    (trailer.after._own_title_again). That is no document it prints nor its body continued, though
    numbered sections follow: the second copy stays in the text, no element holds it
    (`content-unplaced`), and the sections are the first copy's alone."""
    doc = checked(_NOTICE + _NOTICE)
    assert [s[3] for s in tree(doc)] == ["编报范围", "报送时间"]
    assert doc.signature is not None and doc.signature.date == "2025-01-06"
    assert codes(doc) == ["content-unplaced"]


# --- The paragraph-indent hint (readers.text sets hints.indent; rules.joins.indent_convention) ----


def test_a_short_cut_line_under_an_indented_first_line_is_joined_where_the_text_indents_paragraphs() -> None:
    """A PDF copy cut at 20 characters, too short a text to find its wrap width, whose paragraphs open
    with two full-width spaces and whose wrapped lines do not: the unindented line under an open one
    carries its paragraph on (joined, warned), the indented lines open paragraphs."""
    source = (
        "关于区人大十七届三次会议第66号建议的答复\n"
        "于某代表：\n"
        "　　您提出的关于加快建设口袋公园的建\n"
        "议收悉，现答复如下：\n"
        "　　今年我局已建成口袋公园二十个。\n"
        "　　下一步，我局将结合城市更新再\n"
        "建口袋公园十五个。\n"
        "　　特此答复。\n"
        "某区绿化和市容管理局\n"
        "2024年9月2日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == [
        "您提出的关于加快建设口袋公园的建议收悉，现答复如下：",
        "今年我局已建成口袋公园二十个。",
        "下一步，我局将结合城市更新再建口袋公园十五个。",
    ]
    assert "page-break-joined" in codes(doc)


def test_an_indented_paragraph_under_a_long_heading_with_a_comma_opens_its_own_paragraph() -> None:
    """A numbered heading past 30 characters with a comma and no stop (read alone, a paragraph's cut
    line), right over its paragraph: where the text indents its paragraphs, the indented line under
    the heading opens a paragraph, so the heading keeps its title. (tests/test_probes_11_structure.py
    holds the same shape without indents, still a strict xfail: its text gives no evidence.)"""
    source = (
        "关于市政协十三届三次会议第0601号提案的答复\n"
        "龙某委员：\n"
        "　　您提出的关于盘活农村闲置资源的提案收悉，现答复如下：\n"
        "　　一、摸清全市农村闲置宅基地和闲置农房底数,并按村民意愿分类确定盘活利用方式\n"
        "　　今年我局已完成全市农村闲置宅基地和闲置农房调查。\n"
        "　　二、关于完善收益分配机制\n"
        "　　我局将出台闲置资源盘活收益分配指导意见。\n"
        "　　特此答复。\n"
        "某市农业农村局\n"
        "2024年9月5日\n"
    )
    doc = checked(source)
    assert [s[3] for s in tree(doc)] == [
        "摸清全市农村闲置宅基地和闲置农房底数,并按村民意愿分类确定盘活利用方式",
        "关于完善收益分配机制",
    ]
    assert [p.text for p in doc.sections[0].paragraphs] == ["今年我局已完成全市农村闲置宅基地和闲置农房调查。"]


def test_a_titles_last_character_alone_on_its_line_ends_the_title() -> None:
    """A narrow column left the last character of the title's type alone on a line (`…工作的通` /
    `知`; header_title.kind_tail): too short for a title's line by itself, it completes the type of
    the line above, so the title is whole; it was lost, with the document's kind."""
    source = _NOTICE.replace(
        "某市财政局关于做好2024年度部门决算编报工作的通知\n", "某市财政局关于做好2024年度部门决算编报工作的通\n知\n"
    )
    doc = checked(source)
    assert doc.header.title == "某市财政局关于做好2024年度部门决算编报工作的通知"
    assert doc.kind == "notice"


def test_a_portals_download_or_print_stamp_on_each_page_is_chrome() -> None:
    """The stamp a portal prints on each page of a file it serves (`下载于2024-07-01 10:22:31`,
    `本文档打印自某省政务服务平台`; patterns.chrome): chrome, where it stood as a paragraph."""
    lines = _NOTICE.split("\n")
    source = "\n".join(
        [*lines[:5], "下载于2024-07-01 10:22:31", *lines[5:9], "本文档打印自某省政务服务平台", *lines[9:]]
    )
    doc = checked(source)
    absent(doc, "下载于2024-07-01", "政务服务平台")
    assert [s[3] for s in tree(doc)] == ["编报范围", "报送时间"]
    assert codes(doc) == []


def test_a_gazettes_band_beside_a_page_number_is_furniture_a_brief_masthead_alone_stays() -> None:
    """The 政府公报's name or issue (某省人民政府公报, 2024年第7期（总第302期）) right beside a page number
    is the running head of a copied gazette page (patterns.chrome.PERIODICAL_BAND); the same issue
    line heading a 简报 with no page number beside it is the document's own, and stays."""
    source = (
        "某省人民政府公报\n"
        "某省人民政府办公厅关于进一步加强消防安全工作的通知\n"
        "各市人民政府，省政府各部门：\n"
        "为进一步加强消防安全工作，现就有关事项通知如下：\n"
        "一、压实消防安全责任\n"
        "- 5 -\n"
        "2024年第7期（总第302期）\n"
        "各地要落实消防安全责任制。\n"
        "某省人民政府办公厅\n"
        "2024年4月2日\n"
    )
    doc = checked(source)
    absent(doc, "2024年第7期", "总第302期")
    assert doc.sections[0].paragraphs[0].text == "各地要落实消防安全责任制。"
    brief = checked(
        "某区政协工作简报\n2024年第3期\n某区政协办公室编\n区政协召开提案办理协商会\n今年以来，区政协共收到提案一百二十件。\n"
    )
    assert "2024年第3期" in brief.text


def test_a_doc_number_cut_after_its_year_under_the_issuing_mark_is_one_doc_number() -> None:
    """A 文号 a narrow column cut after its year's bracket (`某财预〔2025〕` / `第3号`;
    joins._doc_number_cut, asked with the cut dates before the header): one 文号 again, warned; it
    was no 文号 at all."""
    source = "某市财政局文件\n某财预〔2025〕\n第3号\n" + _NOTICE
    doc = checked(source)
    n = doc.header.doc_number
    assert n is not None and (n.text, n.year, n.serial) == ("某财预〔2025〕第3号", 2025, 3)
    assert "page-break-joined" in codes(doc)


def test_a_doc_number_whose_year_ocr_read_with_a_letter_l_is_a_broken_number() -> None:
    """A 文号 whose year OCR read with a letter l for its 1 (`某财预〔202l〕12号`;
    patterns.header.DOC_NO_BROKEN): a broken 文号, not split (`docnumber-unparsed`), so the organ over
    it is the 发文机关标志 still; it stood as unplaced content and the issuer was lost."""
    source = "某市财政局\n某财预〔202l〕12号\n" + _NOTICE.replace("2024年度", "2021年度").replace("2025年", "2022年")
    doc = checked(source)
    assert doc.header.doc_number is None
    assert doc.header.issuer == "某市财政局"
    assert codes(doc) == ["docnumber-unparsed"]


def test_page_counts_between_dashes_are_page_numbers() -> None:
    """`- 2/5 -` and `-3/5-` (PAGE_FURNITURE): a page's number and the pages' count between dashes, as
    `- 2 -` is; they stood inside the paragraph they cut."""
    source = _NOTICE.replace("现将有关事项通知如下。", "现将有关\n- 2/5 -\n事项通知如下。")
    source = source.replace("请于2025年2月28日前报送。\n", "请于2025年2月28日前报送。\n-3/5-\n")
    doc = checked(source)
    absent(doc, "2/5", "3/5")
    assert doc.preamble[0].text == "为做好2024年度部门决算编报工作，现将有关事项通知如下。"


def test_a_bracketed_editors_line_under_the_text_is_chrome() -> None:
    """`（责编：孙某）` under the 落款 (patterns.chrome): the page's editor, chrome, where it stood
    unplaced."""
    doc = checked(_NOTICE + "（责编：孙某）\n")
    absent(doc, "责编")
    assert codes(doc) == []


def test_a_closing_that_lost_its_stop_after_a_heading_at_a_page_end_stays_the_closing() -> None:
    """The word a page end cut from a heading (joins._heading_rest) is no closing formula: a heading
    at a page's foot with nothing under it, then `特此答复` without its stop on the next page, keeps
    its title, and the closing is the closing."""
    source = (
        "关于市政协十三届三次会议第0533号提案的答复\n"
        "邱某委员：\n"
        "您提出的关于加强社区卫生服务的提案收悉，现答复如下：\n"
        "一、基本情况\n"
        "全市已建成社区卫生服务中心八十个。\n"
        "二、下一步工作\n"
        "第2页\n"
        "特此答复\n"
        "某市卫生健康委员会\n"
        "2024年6月26日\n"
    )
    doc = checked(source)
    assert [s[3] for s in tree(doc)] == ["基本情况", "下一步工作"]
    assert doc.closing is not None and doc.closing.text == "特此答复"


def test_a_contact_block_beside_the_signature_copied_row_by_row_leaves_both_whole() -> None:
    """A last page with the contact block set right of the 落款, copied row by row: the organ, a gap and
    `联系人：…`, the date, a gap and `手机：…` (cleanup.flattened._contact_beside splits each row at the
    gap and marks the contact's piece `hints.beside`; the 落款 reads past it, rules.trailer.organs).
    The text keeps the input's order; the signature and the contact are each whole. A row of two
    contact cells (联系单位：…    联系电话：…) is one contact block, not split."""
    source = (
        _NOTICE.rsplit("某市财政局\n", 1)[0]
        + "某市财政局　　　　　　　　　　联系人：祝某\n"
        + "2025年1月6日　　　　　　　　　手机：13857112345\n"
    )
    doc = checked(source)
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某市财政局",), "2025-01-06")
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("祝某", ("13857112345",))
    assert doc.closing is not None and doc.closing.text == "特此通知。"
    assert codes(doc) == []
