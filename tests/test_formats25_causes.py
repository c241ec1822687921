"""Causes found by round 25's format probes (tests/test_probes_25_formats.py), each tested on a new example of
the cause (not the probe's document); each cause's test fails on the session's start (/work/s25start), and a
guard beside some holds what must not change.

- DOCX: a legacy check box field (FORMCHECKBOX) holds no text and no result, so a row of them lost which
  option was ticked (答复类别：A类 B类 C类: no category); Word draws the box, so the reader writes ☒ or ☐ where
  it stands (readers.docx.walk `form_box`).
- PDF: a print shop's file shows its bleed, crop marks and slug line round the finished page its TrimBox
  gives; the slug was read (`content-unplaced` over the title). The TrimBox is the page where it hides part
  of what is shown and keeps most of the text (readers.pdf_chars `_trim_box`).
- HTML: an article a page hides by its own inline style until its script runs (a saved WeChat article's
  `#js_content`, `visibility:hidden; opacity:0`) or the later pages of a client-side pager (`display:none`
  until its links show them) were dropped unwarned: no body, no 落款 (readers.html.embedded `show_scripted`);
  the pager's links (`1 2 3 下一页`) were read as the article's last line (readers.html.dom `CHROME_NAME`).
- HTML: a headline counted as a paragraph of its block's own, so the block holding the headline, a byline
  and an article of `<section>`s (WeChat's editor) was taken for the article: the byline read into the
  preamble (readers.html.content `find_content`).
- HTML: a custom element's declarative shadow root (`<template shadowrootmode="open">`) was never read: the
  parser keeps a template's content apart, where the browser draws it in place of the element's children,
  those standing where its `<slot>` is (readers.html.embedded `show_shadow_roots`).
- DOCX: a floating table (w:tblpPr) placed at the page's foot (a 版记 a template pins there) was read where it
  is stored, at its anchor paragraph before the 落款 (readers.docx.walk `floated_to_foot`: read after the body,
  as a text box placed at the foot is).
- DOCX: WordprocessingML 2003 (Word's one-file XML, as Java OA systems write it from templates and hand it out
  under `.doc`) was `unsupported-format` ("an XML file"): its body is now read as a .docx's, its namespace and
  attribute names mapped, `wx:` wrappers unwrapped, the numbers Word drew for its lists kept
  (readers.docx.wordml, readers.sniff).
- DOCX: a page header holding the body's own 文号 with words beside it (`县财发〔2024〕35号附件`, an annex section's
  running head) was kept as a 文号 the body lacks, its whole line compared with the body's
  (rules.cleanup.furniture `page_headers` compares the 文号 it holds).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants
from tests.test_formats24_causes import _page_pdf, _pdf, _writer, _written


def parsed_docx(body: str, **parts: str) -> govdoc.Document:
    doc = govdoc.parse(make_docx(body, **parts), format="docx")
    check_invariants(doc)
    assert "internal-error" not in [w.code for w in doc.warnings]
    return doc


def _box(name: str, ticked: bool) -> str:
    state = '<w:default w:val="0"/><w:checked/>' if ticked else '<w:default w:val="0"/>'
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f"<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _row(label: str, *options: tuple[str, bool]) -> str:
    runs = "".join(
        f'{_box(f"{label}{k}", ticked)}<w:r><w:t xml:space="preserve">{text} </w:t></w:r>'
        for k, (text, ticked) in enumerate(options)
    )
    return f"<w:p><w:r><w:t>{label}：</w:t></w:r>{runs}</w:p>"


def test_a_legacy_check_box_is_drawn_ticked_or_not_so_a_row_of_them_gives_its_ticked_option() -> None:
    body = (
        p("关于市政协十二届二次会议第0219号提案的答复")
        + _row("公开属性", ("主动公开", False), ("依申请公开", True), ("不予公开", False))
        + _row("办理结果", ("A类", False), ("B类", True), ("C类", False))
        + p("周立新委员：")
        + p("您提出的《关于加强农村饮用水安全保障的提案》收悉。现答复如下：")
        + p("今年全市新建改造农村供水工程十二处。")
        + p("某市水利局")
        + p("2024年7月3日")
    )
    doc = parsed_docx(body)
    assert doc.header.disclosure == "依申请公开"
    assert doc.header.handling_result == "B"
    assert "公开属性：☐主动公开 ☒依申请公开 ☐不予公开" in doc.text


def _floating(spec: str, *rows: str) -> str:
    place = f'<w:tblpPr w:vertAnchor="page" w:horzAnchor="margin" {spec}/>'
    cells = "".join(f"<w:tr><w:tc>{p(text)}</w:tc></w:tr>" for text in rows)
    return f"<w:tbl><w:tblPr>{place}</w:tblPr>{cells}</w:tbl>"


def test_a_table_floated_to_the_pages_foot_is_read_after_the_body_not_where_it_is_anchored() -> None:
    imprint = _floating('w:tblpYSpec="bottom"', "抄送：县财政局，县审计局。", "某县水利局办公室　　2024年5月9日印发")
    body = (
        p("关于做好2024年小型水库安全度汛工作的通知")
        + p("各乡镇人民政府：")
        + p("为确保小型水库安全度汛，现将有关事项通知如下：各乡镇要落实水库巡查责任人。")
        + imprint
        + p("特此通知。")
        + p("某县水利局")
        + p("2024年5月8日")
    )
    doc = parsed_docx(body)
    assert doc.signature is not None and doc.signature.date == "2024-05-08"
    assert doc.imprint is not None and doc.imprint.cc == ("县财政局", "县审计局")
    assert doc.text.index("2024年5月8日") < doc.text.index("抄送")


def test_a_floating_table_placed_from_its_paragraph_stays_where_it_stands() -> None:
    table = _floating('w:tblpY="1200"', "项目", "资金")  # near the page's top: read in place
    doc = parsed_docx(p("一、项目安排") + table + p("二、资金拨付") + p("按进度拨付资金。"))
    assert doc.text.index("项目\n资金") < doc.text.index("二、资金拨付")


def test_a_page_header_repeating_the_bodys_own_number_with_words_beside_it_is_a_running_head() -> None:
    body = (
        p("某市教育局", rpr='<w:color w:val="FF0000"/><w:sz w:val="72"/>', ppr='<w:jc w:val="center"/>')
        + p("市教发〔2024〕12号", ppr='<w:jc w:val="center"/>')
        + p("关于公布2024年市级示范幼儿园名单的通知", ppr='<w:jc w:val="center"/>')
        + p("各区教育局：")
        + p("经评估认定，现将2024年市级示范幼儿园名单予以公布。")
        + p("附件：2024年市级示范幼儿园名单")
        + p("某市教育局")
        + p("2024年6月20日")
        + '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/></w:sectPr>'
    )
    doc = parsed_docx(body, header=p("市教发〔2024〕12号附件", ppr='<w:jc w:val="right"/>'))
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "市教发〔2024〕12号"
    assert "12号附件" not in doc.text


# --- PDF: the TrimBox ------------------------------------------------------------------------------

_BOXED = [
    ("关于做好2024年冬季供暖保障工作的通知", 160.0, 760.0),
    ("各供热企业：", 92.0, 720.0),
    ("为保障居民温暖过冬，现将有关事项通知如下：各企业要按时供热。", 124.0, 690.0),
    ("特此通知。", 124.0, 660.0),
    ("某市城市管理局", 420.0, 610.0),
    ("2024年10月28日", 412.0, 580.0),
]


def _trimmed(lines: list[tuple[str, float, float]], trim: tuple[float, float, float, float]) -> bytes:
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    writer = _writer(_page_pdf(lines, size=(643.27, 889.89)))
    writer.pages[0][NameObject("/TrimBox")] = ArrayObject([FloatObject(v) for v in trim])
    return _written(writer)


def test_a_print_shops_slug_outside_the_trim_box_is_not_read() -> None:
    slug = ("印刷：某某彩印厂　2024.10.28　K", 60.0, 8.0)  # under the trimmed page's foot, in the marks' band
    doc = _pdf(_trimmed([*_BOXED, slug], (24.0, 24.0, 619.27, 865.89)))
    assert "彩印厂" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-10-28"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_trim_box_that_would_cut_the_text_itself_is_a_producers_error_and_the_page_reads_whole() -> None:
    # a TrimBox over the top third only: most of the page's words stand outside it
    doc = _pdf(_trimmed(_BOXED, (24.0, 600.0, 619.27, 865.89)))
    assert "某市城市管理局" in doc.text and "2024年10月28日" in doc.text


# --- HTML: what the page's script shows -----------------------------------------------------------


def _html(page: str) -> govdoc.Document:
    doc = govdoc.parse(page.encode("utf-8"), format="html")
    check_invariants(doc)
    assert "internal-error" not in [w.code for w in doc.warnings]
    return doc


_REPLY_PARAS = (
    "<p>孙海燕委员：</p><p>您提出的《关于加强城市内涝治理的提案》收悉。现答复如下：</p>"
    "<p>今年我局新建改造雨水管网四十二公里，完成易涝点整治十五处，汛期未发生严重内涝。</p>"
    "<p>感谢您对城市建设工作的关心和支持。</p>"
)
_REPLY_SIGNED = '<p style="text-align:right">某市水务局</p><p style="text-align:right">2024年9月12日</p>'


def test_an_article_its_script_shows_after_laying_it_out_is_read() -> None:
    page = (
        "<html><head><title>答复</title></head><body><div class='top'>首页 政务公开</div><div class='wrap'>"
        "<p class='tit'>关于市政协十三届三次会议第0458号提案的答复</p>"
        "<p class='src'>来源：某市水务局　发布时间：2024-09-13　浏览次数：128</p>"
        f"<div id='art' style='opacity:0; visibility: hidden'>{_REPLY_PARAS}{_REPLY_SIGNED}</div></div>"
        "<script>document.getElementById('art').style.visibility='visible'</script></body></html>"
    )
    doc = _html(page)
    assert doc.header.recipients == ("孙海燕委员",)
    assert doc.signature is not None and doc.signature.date == "2024-09-12"


def test_the_later_pages_of_a_client_side_pager_are_read_and_its_links_are_not() -> None:
    page = (
        "<html><body><h1>关于市政协十三届三次会议第0458号提案的答复</h1><div class='detail'>"
        f"<div class='part'>{_REPLY_PARAS}</div>"
        f"<div class='part' style='display:none'><p>下一步，我局将推进海绵城市建设，新增透水铺装十万平方米。</p>{_REPLY_SIGNED}</div>"
        "<div class='pagination'><a href='#'>上一页</a> <a href='#'>1</a> <a href='#'>2</a> <a href='#'>下一页</a></div>"
        "</div></body></html>"
    )
    doc = _html(page)
    assert "新增透水铺装十万平方米" in doc.text
    assert doc.signature is not None and doc.signature.issuers == ("某市水务局",)
    assert "下一页" not in doc.text and "content-unplaced" not in [w.code for w in doc.warnings]


_JUNK = "四十二<span style='display:none'>9x</span>公里"  # anti-copying characters hidden between the words


def test_a_declarative_shadow_root_is_read_where_it_stands_its_slot_holding_the_elements_children() -> None:
    page = (
        "<html><body><div class='article'>"
        "<doc-no><template shadowrootmode='open'><style>:host{display:block;text-align:right}</style>"
        "<span class='no'>市水复〔2024〕31号</span></template></doc-no>"
        "<doc-title><template shadowrootmode='open'><h2><slot></slot></h2></template>"
        "关于市政协十三届三次会议第0458号提案的答复</doc-title>"
        f"{_REPLY_PARAS}{_REPLY_SIGNED}</div></body></html>"
    )
    doc = _html(page)
    assert doc.text.startswith("市水复〔2024〕31号\n")
    assert doc.header.title == "关于市政协十三届三次会议第0458号提案的答复"
    assert ":host" not in doc.text


def test_a_hidden_tab_beside_the_shown_article_is_no_pagers_page_and_stays_unread() -> None:
    # (review25 R2: tabs name their panes, 原文 | 解读; a pager is known by its numbered links)
    page = (
        "<html><body><ul class='tabs'><li><a href='#'>原文</a></li><li><a href='#'>解读</a></li></ul>"
        f"<div class='pane'>{_REPLY_PARAS}{_REPLY_SIGNED}</div>"
        "<div class='pane' style='display:none'><p>一、答复要点：新建改造雨水管网，整治易涝点。</p></div></body></html>"
    )
    doc = _html(page)
    assert "答复要点" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-09-12"


def test_a_hidden_copy_of_a_shown_block_and_hidden_characters_between_words_stay_hidden() -> None:
    page = (
        "<html><body><h1>关于市政协十三届三次会议第0458号提案的答复</h1>"
        f"<div class='part' style='display:none'>{_REPLY_PARAS}</div>"
        f"<div class='part'>{_REPLY_PARAS.replace('四十二公里', _JUNK)}{_REPLY_SIGNED}</div></body></html>"
    )
    doc = _html(page)
    assert doc.text.count("新建改造雨水管网") == 1
    assert "9x" not in doc.text


def test_a_headline_and_byline_beside_an_article_of_sections_are_not_taken_for_its_paragraphs() -> None:
    sections = "".join(
        f"<section style='text-indent:2em'><span>{text}</span></section>"
        for text in (
            "各村（社区）：",
            "为做好今年秋冬季森林防火工作，切实保护森林资源和人民群众生命财产安全，现将有关事项通知如下：",
            "一、严格野外火源管理",
            "各村要在进山路口设置防火检查站，严禁携带火种进山，严禁野外焚烧秸秆和祭祀用火。",
            "二、加强值班值守",
            "防火期内实行二十四小时值班和领导带班制度，发现火情立即报告并组织扑救。",
            "特此通知。",
        )
    )
    page = (
        "<html><body><div class='page-wrap'><h2 class='title'>某镇人民政府关于做好秋冬季森林防火工作的通知</h2>"
        "<p class='by'>某镇发布 2024年10月08日 08:00</p>"
        f"<div class='article'>{sections}<section style='text-align:right'><span>某镇人民政府</span></section>"
        "<section style='text-align:right'><span>2024年10月8日</span></section></div></div></body></html>"
    )
    doc = _html(page)
    assert [q.text for q in doc.preamble] == [
        "为做好今年秋冬季森林防火工作，切实保护森林资源和人民群众生命财产安全，现将有关事项通知如下："
    ]
    assert "某镇发布" not in doc.text


# --- DOCX: WordprocessingML 2003 --------------------------------------------------------------------

_W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_WX = "http://schemas.microsoft.com/office/word/2003/auxHint"


def _wordml(body: str, doctype: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'{doctype}<?mso-application progid="Word.Document"?>\n'
        f'<w:wordDocument xmlns:w="{_W2003}" xmlns:wx="{_WX}"><w:body><wx:sect>{body}</wx:sect></w:body></w:wordDocument>'
    ).encode()


def _p2003(text: str, label: str = "", jc: str = "") -> str:
    listed = f'<w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="{label}"/></w:listPr>' if label else ""
    align = f'<w:jc w:val="{jc}"/>' if jc else ""
    return f'<w:p><w:pPr>{listed}{align}<w:ind w:first-line-chars="200"/></w:pPr><w:r><w:rPr><w:rFonts w:fareast="仿宋_GB2312"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'


def test_a_word_2003_xml_document_named_doc_is_read_as_its_docx_body_with_its_drawn_list_numbers() -> None:
    body = (
        _p2003("关于区人大二届五次会议第112号建议的答复", jc="center")
        + _p2003("黄丽萍代表：")
        + _p2003("您提出的《关于增设社区老年食堂的建议》收悉。现答复如下：")
        + _p2003("老年食堂建设情况", label="一、")
        + "<wx:pBdrGroup>"
        + _p2003("全区已建成社区老年食堂二十六个，日均服务老人三千余人次。")
        + "</wx:pBdrGroup>"
        + _p2003("下一步工作", label="二、")
        + _p2003("年内再建成老年食堂十个。")
        + _p2003("某区民政局", jc="right")
        + _p2003("2024年7月25日", jc="right")
    )
    doc = _parsed_named(_wordml(body), "答复.doc")
    assert doc.source.format == "docx"
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "老年食堂建设情况"), ("二、", "下一步工作")]
    assert doc.header.recipients == ("黄丽萍代表",)
    assert doc.signature is not None and doc.signature.date == "2024-07-25"


def _parsed_named(data: bytes, name: str) -> govdoc.Document:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / name
        target.write_bytes(data)
        doc = govdoc.parse(target)
    check_invariants(doc)
    assert "internal-error" not in [w.code for w in doc.warnings]
    return doc


def test_a_word_2003_xml_document_resolves_no_entity_and_another_xml_file_is_still_no_document() -> None:
    doctype = '<!DOCTYPE w:wordDocument [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y "甲甲甲甲">]>\n'
    doc = _parsed_named(_wordml(_p2003("某县水利局") + _p2003("&x;&y;2024年1月5日"), doctype), "x.doc")
    assert "root:" not in doc.text
    with pytest.raises(govdoc.GovDocError) as raised:
        _parsed_named('<?xml version="1.0"?><catalog><item>某县</item></catalog>'.encode(), "data.xml")
    assert raised.value.code == "unsupported-format"
    with pytest.raises(govdoc.GovDocError) as broken:
        _parsed_named(_wordml("<w:p><w:r><w:t>未闭合").replace(b"</w:wordDocument>", b""), "broken.doc")
    assert broken.value.code == "corrupt-file"
