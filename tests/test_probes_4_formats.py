"""Fourth round of probes, through the readers: files laid out the ways offices and portals make
them (fixtures/office/formats-*, written by fixtures/office/make_formats.py). Their expected
values (formats-*.expected.json, checked by tests/test_corpus.py) and what must NOT reach the
text (below) were written by hand before the parser was run on any of them."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from tests.docx_builder import make_docx, p

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def text_of(name: str) -> str:
    return govdoc.parse(OFFICE / name).text


# What each file carries that is no part of the document: page furniture, a Word comment, deleted
# and hidden text, a field's code, portal chrome and related links, a WeChat editor's byline.
NOT_TEXT = [
    ("formats-docx-autonumber-reply.docx", ["提案答复件", "第1页", "共2页", "PAGE", "请核实"]),
    ("formats-docx-textbox-notice.docx", ["十一月底", "内部掌握", "核对后删除"]),
    ("formats-docx-tables-reply.docx", ["DATE", "yyyy"]),
    ("formats-html-table-rows.html", ["首页", "相关阅读", "第2024031号", "网站标识码"]),
    ("formats-html-gb2312-font.html", ["浏览次数", "分享到", "打印本页", "版权所有", "网站首页"]),
    ("formats-md-wechat.md", ["seal.png", "https://", "阅读1024", "](", "**"]),
    ("formats-docx-oa-template.docx", ["MERGEFIELD", "第1页"]),
    ("formats-html-attachments-outside.html", ["当前位置", "技术支持", "主办单位"]),
    ("formats-md-pandoc.md", ["<br>", "\\", "##", "---"]),
    ("formats-pdf-seal-reply.pdf", ["建议提案答复件", "—2—", "— 2 —"]),
    ("formats-pdf-gazette-notice.pdf", ["公报", "第1页", "共2页"]),
    ("formats-html-word-export.html", ["mso", "WordDocument", "supportLists", "Ignore"]),
    ("formats-md-frontmatter.md", ["tags:", "author:", "<!--", "[^1]", "date:2024"]),
    ("formats-pdf-spaced-shuffled.pdf", ["-1-"]),
    ("formats-docx-first-page-header.docx", ["单击", "办公室文件"]),
    ("formats-html-related-inside.html", ["相关解读", "政策解读", "打印", "关闭", "版权所有"]),
    ("formats-md-setext.md", ["===", "##", "---", "***", "**"]),
    ("formats-html-wechat-page.html", ["预览时标签不可点", "微信扫一扫", "阅读原文", "某区住建", "17:30"]),
    ("formats-md-html-blocks.md", ["<center>", "<p", "<font", "</", "<b>"]),
]


@pytest.mark.parametrize(("name", "absent"), NOT_TEXT, ids=[n for n, _ in NOT_TEXT])
def test_what_the_file_carries_besides_the_document_never_reaches_the_text(name: str, absent: list[str]) -> None:
    squashed = "".join(text_of(name).split())
    for piece in absent:
        assert "".join(piece.split()) not in squashed, piece


def test_a_letterhead_in_a_text_box_comes_before_the_doc_number_it_is_anchored_with() -> None:
    text = text_of("formats-docx-textbox-notice.docx")
    assert text.index("某县人民政府办公室") < text.index("东政办发〔2024〕31号") < text.index("关于做好")


# --- the causes the first look found, each tried on a new example ------------------------------------

REPLY_BODY = [
    "关于区政协三届一次会议第0042号提案的答复",
    "林某某委员：",
    "您提出的《关于增设社区充电桩的提案》收悉。现答复如下：",
    "一、建设进展",
    "全区已在六十个小区建成公共充电桩八百余个。",
    "二、下一步打算",
    "下一步，我局将把充电设施纳入老旧小区改造内容。",
    "特此答复。",
]


def html_page(article: str, *, before: str = "", after: str = "") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>某区网站</title></head><body>'
        f'<div class="menu"><a href="/">首页</a><a href="/x">政务公开</a></div>{before}{article}{after}'
        '<div class="footer">版权所有：某区人民政府</div></body></html>'
    ).encode()


def test_an_article_laid_out_as_a_table_of_one_cell_rows_is_found_whole() -> None:
    """Each row's cell holds one paragraph: the cells are the table's paragraphs, not articles of their own."""
    rows = "".join(f"<tr><td>{line}</td></tr>" for line in [*REPLY_BODY, "某区交通运输局", "2024年8月1日"])
    side = "<div class='side'><p>本站推荐：关于做好暑期交通安全工作的提示，请广大市民注意出行安全。</p></div>"
    doc = govdoc.parse(html_page(f"<table width='760'>{rows}</table>", after=side), format="html")
    assert doc.header.title == "关于区政协三届一次会议第0042号提案的答复"
    assert [s.title for s in doc.sections] == ["建设进展", "下一步打算"]
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)
    assert "本站推荐" not in doc.text


def test_preformatted_lines_stay_lines() -> None:
    """`white-space: pre-line` (like `<pre>`) shows the text's newlines as line breaks."""
    article = (
        "<div class='content' style='white-space: pre-line'>"
        + "\n".join(REPLY_BODY)
        + "\n某区交通运输局\n2024年8月1日</div>"
    )
    doc = govdoc.parse(html_page(article), format="html")
    assert doc.header.recipients == ("林某某委员",)
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert doc.closing is not None and doc.closing.text == "特此答复。"


def test_em_and_en_spaces_are_layout_spaces() -> None:
    """&emsp; / &ensp; indents and gaps are spaces a layout put there, as the ideographic space is."""
    text = "\n".join(["\u2003\u2003" + line for line in REPLY_BODY]) + "\n联系人：周某\u2002\u2002联系电话：12345678\n"
    doc = govdoc.parse_text(text)
    assert [s.title for s in doc.sections] == ["建设进展", "下一步打算"]
    assert "\u2003" not in doc.text
    assert doc.contact is not None and doc.contact.name == "周某" and doc.contact.phones == ("12345678",)


def test_a_table_whose_blank_cells_only_push_text_into_place_is_read_as_text() -> None:
    """No row has text in two cells: the table lays a 落款 out, it holds no data."""
    sign = (
        "<table><tr><td width='300'>&nbsp;</td><td>某区交通运输局</td></tr>"
        "<tr><td></td><td>2024年8月1日</td></tr></table>"
    )
    body = "".join(f"<p>{line}</p>" for line in REPLY_BODY)
    doc = govdoc.parse(html_page(f"<div class='article'>{body}{sign}</div>"), format="html")
    assert doc.tables == ()
    assert doc.signature is not None and doc.signature.date == "2024-08-01"
    cell = '<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{}</w:tc>'
    row = "<w:tr>" + cell.format("<w:p/>") + cell.format("<w:p/>") + cell.format(p("{}")) + "</w:tr>"
    table = "<w:tbl>" + row.format("某区交通运输局") + row.format("2024年8月1日") + "</w:tbl>"
    word = govdoc.parse(make_docx("".join(p(line) for line in REPLY_BODY) + table), format="docx")
    assert word.tables == ()
    assert word.signature is not None and word.signature.issuers == ("某区交通运输局",)


def test_markdown_links_keep_their_words_and_images_leave_no_text() -> None:
    md = "\n\n".join(
        [
            *REPLY_BODY[:4],
            "全区已在[六十个小区](https://example.invalid/list)建成公共充电桩八百余个。",
            *REPLY_BODY[5:],
            "某区交通运输局",
            "2024年8月1日",
            '![电子印章](img/seal.jpg "印章")',
            "附件：[2024年充电桩建设点位表](files/points.xlsx)",
        ]
    )
    doc = govdoc.parse(md.encode(), format="md")
    assert doc.sections[0].paragraphs[0].text == "全区已在六十个小区建成公共充电桩八百余个。"
    assert doc.attachments == ("2024年充电桩建设点位表",)
    assert "seal" not in doc.text and "印章" not in doc.text and "](" not in doc.text


def test_a_wechat_articles_byline_and_counters_are_chrome() -> None:
    text = "\n".join(
        [
            REPLY_BODY[0],
            "原创 某区交通运输局 2024-08-02",
            *REPLY_BODY[1:],
            "某区交通运输局",
            "2024年8月1日",
            "阅读 10万+ 在看 35",
        ]
    )
    doc = govdoc.parse_text(text)
    assert "原创" not in doc.text and "在看" not in doc.text
    assert doc.header.recipients == ("林某某委员",)


def test_an_attachment_list_given_as_a_table_is_the_list_not_the_attachments_content() -> None:
    """附件： over a table of 编号 | 名称 | 页数 rows: the 附件说明, so the 落款 after it is still the 落款."""

    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"

    table = (
        "<w:tbl>"
        + row("编号", "名称", "页数")
        + row("1", "充电桩点位表", "3")
        + row("2", "补助资金测算表", "2")
        + "</w:tbl>"
    )
    tail = p("附件：") + table + p("某区交通运输局") + p("2024年8月1日")
    doc = govdoc.parse(make_docx("".join(p(line) for line in REPLY_BODY) + tail), format="docx")
    assert doc.attachments == ("充电桩点位表", "补助资金测算表")
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)
    assert doc.signature.date == "2024-08-01"


def test_a_headline_standing_in_the_articles_wrapper_is_the_documents_title() -> None:
    """<div class="detail"><h2>title</h2><div class="TRS_Editor">body</div></div>: the body has no title
    of its own; the headline above it in the same wrapper is the one the page shows."""
    body = "".join(f"<p>{line}</p>" for line in [*REPLY_BODY[1:], "某区交通运输局", "2024年8月1日"])
    article = f"<div class='detail'><h2>{REPLY_BODY[0]}</h2><div class='TRS_Editor'>{body}</div></div>"
    doc = govdoc.parse(html_page(article), format="html")
    assert doc.header.title == REPLY_BODY[0]
    assert doc.header.responds_to is not None and doc.header.responds_to.number == "0042"


def test_a_seal_with_the_organs_name_round_its_ring_adds_no_line_to_the_text() -> None:
    """The organ's name stands in the text three times (over the title, in the 落款, in the 印发 line):
    the seal's red characters set round its ring are a picture of the name, not a fourth line."""
    assert text_of("formats-pdf-gazette-notice.pdf").count("某县人民政府办公室") == 3


# --- batch 2 causes, each on a new example -------------------------------------------------------------


def test_markdown_backslash_escapes_leave_the_character() -> None:
    """An exporter writes `1\\.` so that a number typed at a line's start opens no list: the text is `1.`."""
    md = "\n\n".join([*REPLY_BODY[:4], "1\\.全区已在六十个小区建成公共充电桩八百余个，覆盖所有街道。", *REPLY_BODY[5:]])
    doc = govdoc.parse(md.encode(), format="md")
    assert "\\" not in doc.text
    assert [s.marker for s in doc.sections[0].sections] == ["1."]


def test_an_inline_html_break_in_markdown_ends_the_line() -> None:
    md = "\n\n".join([*REPLY_BODY, "某区交通运输局<BR/>2024年8月1日<br>（此件公开发布）"])
    doc = govdoc.parse(md.encode(), format="md")
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)
    assert doc.signature.date == "2024-08-01"
    assert "<" not in doc.text


def test_a_markdown_table_is_a_table_and_its_delimiter_row_no_text() -> None:
    rows = ["| 年度 | 新建数量 | 覆盖小区 |", "| :--- | ---: | ---: |", "| 2023 | 300 | 25 |", "| 2024 | 500 | 35 |"]
    md = "\n".join([*REPLY_BODY[:5], *rows, *REPLY_BODY[5:]])
    doc = govdoc.parse(md.encode(), format="md")
    (table,) = doc.sections[0].tables
    assert table.rows == (("年度", "新建数量", "覆盖小区"), ("2023", "300", "25"), ("2024", "500", "35"))
    assert "---" not in doc.text and "|" not in doc.text


def test_an_attachment_list_in_ruled_cells_on_a_page_is_the_list() -> None:
    """A fixed-layout page reads a ruled 序号 | 名称 table as lines whose cells stand apart by wide gaps."""
    tail = "附件：\n序号      文件名称\n1      充电桩点位表\n2      补助资金测算表\n某区交通运输局\n2024年8月1日\n"
    doc = govdoc.parse_text("\n".join(REPLY_BODY) + "\n" + tail)
    assert doc.attachments == ("充电桩点位表", "补助资金测算表")
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)


def test_file_links_set_apart_after_a_portals_article_are_its_attachments() -> None:
    body = "".join(f"<p>{line}</p>" for line in [*REPLY_BODY, "某区交通运输局", "2024年8月1日"])
    downloads = (
        "<ul class='appendix'><li>附件：</li><li><a href='/u/p.xlsx'>1.充电桩点位表</a></li>"
        "<li><a href='/u/q.pdf?v=2'>2.补助资金测算表</a></li></ul>"
    )
    doc = govdoc.parse(html_page(f"<div class='article'>{body}</div>{downloads}"), format="html")
    assert doc.attachments == ("充电桩点位表", "补助资金测算表")
    plain = govdoc.parse(
        html_page(f"<div class='article'>{body}</div><div class='tools'><a href='/'>返回</a></div>"), format="html"
    )
    assert "返回" not in plain.text


def test_a_joint_signature_laid_out_in_table_cells_names_each_organ() -> None:
    """Organs side by side in a row's cells and the date in a row of one cell below them, as offices lay
    a joint 落款 out in a table."""
    sign = (
        "<table><tr><td>某区交通运输局</td><td>某区财政局</td><td>某区住房和城乡建设局</td></tr>"
        "<tr><td colspan='3'>2024年8月1日</td></tr></table>"
    )
    body = "".join(f"<p>{line}</p>" for line in REPLY_BODY)
    doc = govdoc.parse(html_page(f"<div class='article'>{body}{sign}</div>"), format="html")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区交通运输局", "某区财政局", "某区住房和城乡建设局")
    assert doc.signature.date == "2024-08-01"
    figures = "<table><tr><td>某区交通运输局</td><td>2024年8月1日</td></tr><tr><td>某区财政局</td><td>2024年8月2日</td></tr></table>"
    data = govdoc.parse(html_page(f"<div class='article'>{body}{figures}</div>"), format="html")
    assert data.signature is None or data.signature.date is None  # dates among a table's data are no 落款


# --- batch 3 causes, each on a new example -------------------------------------------------------------


def test_soft_line_breaks_inside_a_word_paragraph_do_not_end_it() -> None:
    """Text pasted into Word from a PDF keeps its printed lines by soft breaks (w:br): the paragraph
    goes on, so its lines are one paragraph, with no page-break guess reported; a 落款 laid out by a
    soft break stays two lines."""
    br = "</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>"
    paragraph = "全区已在六十个小区建成公共充电桩八百余个，覆盖" + br + "所有街道，充电服务半径缩短到一公里以内。"
    body = [*REPLY_BODY[:4], paragraph, *REPLY_BODY[5:]]
    doc = govdoc.parse(
        make_docx("".join(p(line) for line in body) + p("某区交通运输局" + br + "2024年8月1日")), format="docx"
    )
    assert (
        doc.sections[0].paragraphs[0].text
        == "全区已在六十个小区建成公共充电桩八百余个，覆盖所有街道，充电服务半径缩短到一公里以内。"
    )
    assert [w.code for w in doc.warnings] == []
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)
    assert doc.signature.date == "2024-08-01"


def test_front_matter_and_footnote_marks_are_markdown_not_text() -> None:
    md = (
        "---\nlayout: post\ncategories: 通知公告\n---\n\n"
        + "\n\n".join(REPLY_BODY[:4])
        + "\n\n全区已在六十个小区建成公共充电桩八百余个[^note]。\n\n"
        + "\n\n".join(REPLY_BODY[5:])
        + "\n\n[^note]: 数据截至2024年6月底。\n"
    )
    doc = govdoc.parse(md.encode(), format="md")
    assert doc.header.title == REPLY_BODY[0]
    assert "layout" not in doc.text and "[^" not in doc.text
    assert doc.sections[0].paragraphs[0].text == "全区已在六十个小区建成公共充电桩八百余个。"
    assert "数据截至2024年6月底。" in doc.text  # the note's own words stay


def test_a_document_opening_with_a_rule_keeps_what_follows_it() -> None:
    """A `---` rule at the top with no `key: value` under it is a rule, not front matter."""
    md = "---\n\n" + "\n\n".join(REPLY_BODY) + "\n\n---\n"
    doc = govdoc.parse(md.encode(), format="md")
    assert doc.header.title == REPLY_BODY[0]
    assert doc.header.recipients == ("林某某委员",)


# --- batch 4 causes, each on a new example -------------------------------------------------------------


def test_an_unfilled_content_controls_prompt_is_no_text() -> None:
    prompt = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>请在此处输入抄送单位。</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    filled = "<w:sdt><w:sdtPr/><w:sdtContent>" + p("某区交通运输局") + "</w:sdtContent></w:sdt>"
    body = "".join(p(line) for line in REPLY_BODY) + filled + p("2024年8月1日") + prompt
    doc = govdoc.parse(make_docx(body), format="docx")
    assert "请在此处输入" not in doc.text
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)


def test_a_setext_underline_is_markup() -> None:
    md = REPLY_BODY[0] + "\n=====\n\n" + "\n\n".join(REPLY_BODY[1:])
    doc = govdoc.parse(md.encode(), format="md")
    assert doc.header.title == REPLY_BODY[0]
    assert "=" not in doc.text


def _header(text: str, half_points: int) -> str:
    return f'<w:p><w:r><w:rPr><w:sz w:val="{half_points}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'


def test_a_letterhead_in_a_page_header_without_wenjian_names_the_issuer() -> None:
    """A template that sets the 红头 (the organ in 二号 type, no 文件) and the 文号 in the page header: the
    organ is the issuer, though the 落款 names it again; a running head in small type is furniture."""
    body = "".join(p(line) for line in [*REPLY_BODY, "某区交通运输局", "2024年8月1日"])
    red_head = _header("某区交通运输局", 44) + _header("某交提复〔2024〕3号", 32)
    doc = govdoc.parse(make_docx(body, header=red_head), format="docx")
    assert doc.header.issuer == "某区交通运输局"
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "某交提复〔2024〕3号"
    running = govdoc.parse(make_docx(body, header=_header("某区交通运输局", 18)), format="docx")
    assert running.header.issuer is None
    assert running.text.count("某区交通运输局") == 1  # the 落款's only


# --- batch 5 causes, each on a new example -------------------------------------------------------------


def test_a_headline_several_wrappers_above_the_article_is_its_title() -> None:
    """A WeChat-like page: the h1 stands in the page's main wrapper, the text sits in sections nested
    in the content element; only the headline comes in, not the account line or the tags beside it."""
    body = "".join(f"<p>{line}</p>" for line in [*REPLY_BODY[1:], "某区交通运输局", "2024年8月1日"])
    page = (
        f"<div class='primary'><h1>{REPLY_BODY[0]}</h1><div class='meta'><span>某区交通</span><em>2024-08-02</em></div>"
        f"<div id='js_content'><section><section>{body}</section></section></div>"
        "<div class='tags'>预览时标签不可点</div></div>"
    )
    doc = govdoc.parse(html_page(page), format="html")
    assert doc.header.title == REPLY_BODY[0]
    assert "预览时标签不可点" not in doc.text and "某区交通\n" not in doc.text


def test_raw_html_in_markdown_is_markup_its_blocks_lines() -> None:
    md = "\n\n".join(
        [
            f"<h2 align='center'>{REPLY_BODY[0]}</h2>",
            *REPLY_BODY[1:4],
            '全区已在<span style="color:red">六十个小区</span>建成公共充电桩八百余个。',
            *REPLY_BODY[5:],
            "<div align='right'>某区交通运输局</div><div align='right'>2024年8月1日</div>",
        ]
    )
    doc = govdoc.parse(md.encode(), format="md")
    assert doc.header.title == REPLY_BODY[0]
    assert doc.sections[0].paragraphs[0].text == "全区已在六十个小区建成公共充电桩八百余个。"
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)
    assert "<" not in doc.text


def test_a_line_cut_at_an_html_break_keeps_its_folded_text_aligned() -> None:
    """Spaces after a `<br>` are stripped from the piece and its place moves past them: the date
    after them is read as the date it is."""
    md = "\n\n".join([*REPLY_BODY, "某区交通运输局<br>    2024年8月1日"])
    doc = govdoc.parse(md.encode(), format="md")
    assert doc.signature is not None and doc.signature.date == "2024-08-01"


# --- batch 6 cause, on a new example ---------------------------------------------------------------------


def test_a_charset_declared_after_a_long_head_is_the_pages_codec() -> None:
    """A GB2312 page whose <meta charset> follows kilobytes of inline script is read in that codec,
    not guessed from its mostly-ASCII bytes."""
    script = "<script>" + "".join(f"var v{k} = {k};\n" for k in range(900)) + "</script>"
    body = "".join(f"<p>{line}</p>" for line in [*REPLY_BODY, "某区交通运输局", "2024年8月1日"])
    page = f'<html><head>{script}<meta charset="gb2312"></head><body><div class="content">{body}</div></body></html>'
    doc = govdoc.parse(page.encode("gb2312"), format="html")
    assert doc.source.encoding == "gb18030"
    assert doc.header.title == REPLY_BODY[0]
