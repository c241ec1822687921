"""Fifth round of probes through the readers: files saved the ways Word, WPS, portals and OFD
producers save them (fixtures/office/formats5-*, written by fixtures/office/make_formats5.py).
Their expected values (formats5-*.expected.json, checked by tests/test_corpus.py) and what must
NOT reach the text (below) were written by hand before the parser was run on any of them."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

import govdoc
from tests.docx_builder import make_docx, p, zip_parts
from tests.probing import checked

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def text_of(name: str) -> str:
    return govdoc.parse(OFFICE / name).text


# What each file carries that is no part of the document: a list's number template, a deleted or
# moved-away passage, a comment, a field's code, WPS's document variables, page furniture, portal
# chrome, an image's alt text, the HTTP header a crawler saved, an OFD template's running head.
NOT_TEXT = [
    ("formats5-docx-numbering-variants.docx", ["%1", "%2", "%3", "公文一级标题"]),
    (
        "formats5-docx-tracked-fields.docx",
        [
            "排查治理",
            "此处检查时段",
            "安委办",
            "HYPERLINK",
            "jcbs",
            "报送入口",
            "其他事项",
            "未尽事宜",
            "DATE",
            "yyyy",
            "—1—",
        ],
    ),
    ("formats5-docx-wps-request.docx", ["eyJoZGlk", "commondata", "_x0000", "mso-"]),
    ("formats5-docx-header-textbox-sections.docx", ["—1—"]),
    (
        "formats5-html-gk-portal.html",
        ["当前位置", "字体", "打印", "关闭", "分享到", "微博", "网站标识码", "ICP", "建议提案办理", "网站首页"],
    ),
    (
        "formats5-html-gbk-header-comment.html",
        ["home", "copyright", "nav0", "Content-Type", "HTTP/1.1", "Last-Modified"],
    ),
    (
        "formats5-html-bulletin-tables.html",
        ["电子印章", "上一篇", "下一篇", "第一季度", "版权所有", "首页", "政务公开"],
    ),
    ("formats5-pdf-word-reply.pdf", ["-1-", "-2-"]),
    ("formats5-ofd-template-reply.ofd", ["某市人社局建议提案答复", "-1-"]),
    # batch 2
    ("formats5-docx-strict-ooxml.docx", ["conformance", "purl"]),
    ("formats5-docx-altchunk.docx", ["<p", "afchunk", "text-indent", "utf-8"]),
    ("formats5-docx-wordart-redhead.docx", ["样稿", "电子印章", "PowerPlus", "图片7"]),
    ("formats5-docx-signature-box.docx", ["文本框"]),
    ("formats5-html-gb2312-gbk-names.html", ["\u200b", "\ufeff"]),
    ("formats5-html-utf16-word.htm", ["MsoNormal", "o:p", "WordSection", "Generator", "\ufeff"]),
    ("formats5-ofd-watermark-seal.ofd", ["某市政务公开", "-1-", "-2-", "某电子印章系统"]),
    # batch 3
    ("formats5-docx-regulation-autonumber.docx", ["%1", "%2", "法规条款"]),
    # batch 4
    ("formats5-docx-footnote-ruby.docx", ["zhān", "FootnoteText", "支持。1"]),
    ("formats5-html-lists-ruby.html", ["qí", "(qí)"]),
    # batch 5
    ("formats5-docx-override-fullwidth.docx", ["%1", "%2"]),
    ("formats5-html-hidden-spans.html", ["7b3f", "a9", "x1", "88", "测试文字", "本段"]),
    # batch 6: a Kangxi radical or radical supplement standing for an ideograph
    ("formats5-pdf-radicals.pdf", ["⼈", "⽇", "⽉", "⾏", "⻓", "⻔", "⻅", "-1-"]),
]


@pytest.mark.parametrize(("name", "absent"), NOT_TEXT, ids=[n for n, _ in NOT_TEXT])
def test_what_the_file_carries_besides_the_document_never_reaches_the_text(name: str, absent: list[str]) -> None:
    squashed = "".join(text_of(name).split())
    for piece in absent:
        assert "".join(piece.split()) not in squashed, piece


def test_a_sentence_moved_by_tracked_changes_is_read_once_at_its_new_place() -> None:
    text = text_of("formats5-docx-tracked-fields.docx")
    assert text.count("对人员密集场所要逐一检查消防设施") == 1
    assert text.index("道路交通等行业领域") < text.index("对人员密集场所") < text.index("高温时段")


def test_a_letterhead_in_the_page_headers_text_box_comes_before_the_doc_number() -> None:
    text = text_of("formats5-docx-header-textbox-sections.docx")
    assert text.index("某区人民政府办公室") < text.index("区府办〔2024〕19号") < text.index("关于公布")


def test_a_signature_in_a_text_box_anchored_in_the_closing_comes_after_the_closing() -> None:
    text = text_of("formats5-docx-signature-box.docx")
    assert text.index("感谢您对市场监管工作") < text.rindex("某区市场监督管理局") < text.index("2024年9月3日")
    assert text.index("2024年9月3日") < text.index("（联系人：葛勇")


def test_the_doc_number_and_signer_on_one_tabbed_line_stay_apart() -> None:
    text = text_of("formats5-docx-wps-request.docx")
    assert re.search(r"市文旅〔2024〕33号\s+签发人：李明", text)


# --- the causes the first look found, each tried on a new example ------------------------------------

NOTICE_BODY = [
    "关于做好冬季供暖保障工作的通知",
    "各街道办事处：",
    "为确保群众温暖过冬，现就有关事项通知如下：",
    "一、加强设施巡检",
    "各供热单位要在十一月十日前完成管网巡检。",
    "二、畅通投诉渠道",
    "供暖期内二十四小时受理群众投诉。",
    "特此通知。",
    "某区城市管理局",
    "2024年10月28日",
]


def _sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_a_symbol_word_inserted_from_a_font_shows_its_character() -> None:
    """`w:sym`: in a text font the code is the character; in Symbol or Wingdings it is the font's
    slot (often shifted to F0xx), looked up in the font's table; an unknown slot stays as Word
    copies it (a private-use character), never dropped."""
    line = (
        '<w:p><w:r><w:t xml:space="preserve">换热站占地约30</w:t></w:r>'
        + _sym("Symbol", "F0B4")
        + "<w:r><w:t>50米，室温波动不超过</w:t></w:r>"
        + _sym("Symbol", "B1")
        + "<w:r><w:t>1</w:t></w:r>"
        + _sym("宋体", "2103")
        + "<w:r><w:t>。已完成</w:t></w:r>"
        + _sym("Wingdings", "F0FE")
        + "<w:r><w:t>，待复核</w:t></w:r>"
        + _sym("Wingdings", "F021")
        + "<w:r><w:t>。</w:t></w:r></w:p>"
    )
    body = "".join(p(t) for t in NOTICE_BODY[:5]) + line + "".join(p(t) for t in NOTICE_BODY[5:])
    doc = govdoc.parse(make_docx(body), format="docx")
    assert "换热站占地约30×50米，室温波动不超过±1℃。已完成☑，待复核\uf021。" in doc.text
    assert [s.title for s in doc.sections] == ["加强设施巡检", "畅通投诉渠道"]


OFD_NS = "http://www.ofdspec.org/2016"


def _ofd_line(ident: int, x: float, y: float, text: str, size: float = 5.6, font: int = 1, red: bool = False) -> str:
    fill = '<ofd:FillColor Value="255 0 0"/>' if red else ""
    return (
        f'<ofd:TextObject ID="{ident}" Font="{font}" Size="{size}" Boundary="{x} {y} {len(text) * size} {size * 1.3}">'
        f'{fill}<ofd:TextCode X="0" Y="{size}" DeltaX="g {len(text) - 1} {size}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def _ofd_with_template(template: list[str], page: list[str]) -> bytes:
    layer = '<ofd:Content><ofd:Layer ID="2">{}</ofd:Layer></ofd:Content>'
    files = {
        "OFD.xml": f'<ofd:OFD xmlns:ofd="{OFD_NS}"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
        "</ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:PageArea>'
        "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        '<ofd:TemplatePage ID="3" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
        '<ofd:Pages><ofd:Page ID="4" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="仿宋"/>'
        '<ofd:Font ID="2" FontName="方正小标宋简体"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Tpls/Tpl_0/Content.xml": f'<ofd:Page xmlns:ofd="{OFD_NS}">{layer.format("".join(template))}</ofd:Page>',
        "Doc_0/Pages/Page_0/Content.xml": f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Template TemplateID="3"/>'
        f"{layer.format(''.join(page))}</ofd:Page>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, xml in files.items():
            package.writestr(name, xml)
    return buffer.getvalue()


def test_a_running_head_an_ofd_template_draws_is_no_text_even_on_a_one_page_document() -> None:
    """A template's line alone in the top or bottom band is the pages' common layout, read as a
    page header's line; a template's label on the line of the value the page sets beside it (a
    form) and a 红头 the template draws in display type stay text."""
    template = [
        _ofd_line(1, 28, 12, "某区城市管理局发文稿纸", size=3.7),
        _ofd_line(2, 28, 17, "签发人：", size=4.2),
        _ofd_line(3, 100, 272, "第1页", size=4.9),
    ]
    page = [_ofd_line(10, 60, 17, "王建军", size=4.2)]
    page += [_ofd_line(20 + k, 28, 40 + 10 * k, line) for k, line in enumerate(NOTICE_BODY)]
    doc = govdoc.parse(_ofd_with_template(template, page), format="ofd")
    assert "发文稿纸" not in doc.text and "第1页" not in doc.text
    assert doc.text.startswith("签发人：") and doc.header.signer == "王建军"
    assert doc.header.title == "关于做好冬季供暖保障工作的通知"
    assert doc.signature is not None and doc.signature.date == "2024-10-28"
    red_head = _ofd_line(4, 50, 15, "某区城市管理局", size=7.8, font=2, red=True)
    headed = govdoc.parse(_ofd_with_template([red_head], page[1:]), format="ofd")
    assert headed.header.issuer == "某区城市管理局"


def _with_parts(docx: bytes, extra: dict[str, str | bytes], rels: str = "") -> bytes:
    """A package built by make_docx with more parts and document relationships."""
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        files: dict[str, str | bytes] = {n: z.read(n) for n in z.namelist()}
    rel_part = "word/_rels/document.xml.rels"
    files[rel_part] = bytes(files[rel_part]).replace(b"</Relationships>", rels.encode() + b"</Relationships>")
    return zip_parts({**files, **extra}, deflate=True)


def test_a_strict_open_xml_document_is_read_as_a_transitional_one() -> None:
    """Word's "Strict Open XML Document" names every element in ISO's namespaces."""
    word = make_docx("".join(p(t) for t in NOTICE_BODY))
    strict = {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    }
    with zipfile.ZipFile(io.BytesIO(word)) as z:
        files: dict[str, str | bytes] = {n: z.read(n).decode() for n in z.namelist()}
    for name, xml in files.items():
        for usual, iso in strict.items():
            xml = str(xml).replace(usual, iso)
        files[name] = xml
    doc = govdoc.parse(zip_parts(files, deflate=True), format="docx")
    assert doc.header.title == "关于做好冬季供暖保障工作的通知"
    assert [s.title for s in doc.sections] == ["加强设施巡检", "畅通投诉渠道"]
    assert doc.signature is not None and doc.signature.date == "2024-10-28"


def test_an_imported_chunk_is_read_where_it_stands() -> None:
    """w:altChunk: the body is an MHT archive Word merges in (quoted-printable HTML in GB2312)."""
    page = "<html><body>" + "".join(f"<p>{t}</p>" for t in NOTICE_BODY[1:]) + "</body></html>"
    encoded = page.encode("gb2312")
    import quopri

    mht = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        b"------=_NextPart_01\r\nContent-Location: file:///C:/chunk.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        b'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        + quopri.encodestring(encoded)
        + b"\r\n------=_NextPart_01--\r\n"
    )
    body = p(NOTICE_BODY[0]) + '<w:altChunk r:id="rId7"/>' + p("抄送：区政府办公室。")
    rel = (
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
        'Target="chunk1.mht"/>'
    )
    doc = govdoc.parse(_with_parts(make_docx(body), {"word/chunk1.mht": mht}, rel), format="docx")
    assert doc.header.recipients == ("各街道办事处",)
    assert [s.title for s in doc.sections] == ["加强设施巡检", "畅通投诉渠道"]
    assert doc.signature is not None and doc.signature.issuers == ("某区城市管理局",)
    assert doc.text.index("2024年10月28日") < doc.text.index("抄送")


def test_wordart_text_is_read_and_a_wordart_watermark_is_page_furniture() -> None:
    """VML WordArt keeps its text in v:textpath/@string: a 红头 set so is the 发文机关标志."""
    art = (
        '<w:r><w:pict><v:shape type="#_x0000_t136" fillcolor="red"><v:textpath style="font-family:&quot;宋体&quot;;'
        'font-size:40pt" string="{}"/></v:shape></w:pict></w:r>'
    )
    head = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>' + art.format("某区城市管理局文件") + "</w:p>"
    mark = "<w:p>" + art.replace("40pt", "1pt").format("内部资料") + "</w:p>"
    doc = govdoc.parse(make_docx(head + "".join(p(t) for t in NOTICE_BODY), header=mark), format="docx")
    assert doc.header.issuer == "某区城市管理局"
    assert "内部资料" not in doc.text


def _floating(text: str, offset: int) -> str:
    box = (
        '<w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset}</wp:posOffset></wp:positionV>'
        f"<w:txbxContent>{p(text)}</w:txbxContent></wp:anchor></w:drawing></w:r>"
    )
    return box


def test_a_text_box_placed_below_its_anchor_paragraph_reads_after_it() -> None:
    """A floating box offset downward from the paragraph it is anchored in stands below it on the
    page; one offset upward (or placed from the page) still reads before it."""
    closing = f"<w:p><w:r><w:t>特此通知。</w:t></w:r>{_floating('某区城市管理局', 380000)}</w:p>"
    above = f"<w:p>{_floating('区城管发〔2024〕3号', -300000)}<w:r><w:t>{NOTICE_BODY[0]}</w:t></w:r></w:p>"
    body = above + "".join(p(t) for t in NOTICE_BODY[1:7]) + closing + p("2024年10月28日")
    doc = govdoc.parse(make_docx(body), format="docx")
    assert doc.text.index("区城管发〔2024〕3号") < doc.text.index("关于做好冬季")
    assert doc.text.index("特此通知") < doc.text.index("某区城市管理局") < doc.text.index("2024年10月28日")
    assert doc.closing is not None and doc.closing.text == "特此通知。"
    assert doc.signature is not None and doc.signature.issuers == ("某区城市管理局",)


def test_zero_width_characters_in_a_page_leave_no_trace() -> None:
    lines = [
        *NOTICE_BODY[:3],
        "一、&#8203;加强设施巡检",
        NOTICE_BODY[4],
        "二、&#x2060;畅通投诉渠道&#xFEFF;",
        *NOTICE_BODY[6:],
    ]
    page = "<html><body><div class='content'>" + "".join(f"<p>{t}</p>" for t in lines) + "</div></body></html>"
    doc = govdoc.parse(page.encode(), format="html")
    assert [s.title for s in doc.sections] == ["加强设施巡检", "畅通投诉渠道"]
    assert not any(ch in doc.text for ch in "\u200b\u2060\ufeff")


def test_a_turned_watermark_an_ofd_template_draws_never_enters_a_line() -> None:
    """Turned 45° across the page, the mark crosses a body line: it is set apart, not read into it."""
    mark = (
        '<ofd:TextObject ID="5" Boundary="30 50 120 40" Font="1" Size="12" CTM="0.7071 -0.7071 0.7071 0.7071 0 60">'
        '<ofd:FillColor Value="210 210 210" Alpha="60"/><ofd:TextCode X="0" Y="12" DeltaX="g 3 14">内部资料</ofd:TextCode>'
        "</ofd:TextObject>"
    )
    column = (  # a form's label the template sets upright in a column, as invoices do: text
        '<ofd:TextObject ID="6" Boundary="180 150 6 20" Font="1" Size="5"><ofd:TextCode X="0" Y="5" '
        'DeltaY="g 1 6">备注</ofd:TextCode></ofd:TextObject>'
    )
    page = [_ofd_line(20 + k, 28, 40 + 10 * k, line) for k, line in enumerate(NOTICE_BODY)]
    doc = govdoc.parse(_ofd_with_template([mark, column], page), format="ofd")
    assert "备注" in doc.text
    assert "内部" not in doc.text and "资料" not in doc.text
    assert [s.title for s in doc.sections] == ["加强设施巡检", "畅通投诉渠道"]
    assert doc.sections[0].paragraphs[0].text == "各供热单位要在十一月十日前完成管网巡检。"


def test_a_reply_to_a_request_names_no_proposal_and_misses_none() -> None:
    """A 复函 answers the 请示 or letter it names; only a reply to a proposal is missing one it does not name."""
    letter = "\n".join(
        [
            "关于同意调整公交线路的复函",
            "区交通运输局：",
            "你局《关于调整3路公交线路走向的请示》（区交〔2024〕7号）收悉。经研究，同意你局意见。",
            "此复。",
            "某区人民政府办公室",
            "2024年4月2日",
        ]
    )
    doc = checked(letter)
    assert doc.kind == "reply" and doc.header.responds_to is None
    assert not any(w.code == "field-missing" for w in doc.warnings)
    unnamed = checked(letter.replace("你局《关于调整3路公交线路走向的请示》（区交〔2024〕7号）", "您提出的意见"))
    assert any(w.code == "field-missing" and "提案" in w.message for w in unnamed.warnings)


def test_fake_bold_drawn_by_fill_and_stroke_is_bold() -> None:
    """A word processor's bold for a face with none (text render mode 2) marks an item's lead."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595.27, 841.89), invariant=True)
    rows: list[list[tuple[str, bool]]] = [
        [(line, False)] for line in ["关于做好冬季供暖保障工作的通知", "各街道办事处：", "现就有关事项通知如下："]
    ]
    rows += [
        [("一是", False), ("压实供热责任", True), ("，各单位落实专人负责。", False)],
        [("二是", False), ("加强应急抢修", True), ("，组建抢修队伍十支。", False)],
        [("特此通知。", False)],
        [("某区城市管理局", False)],
        [("2024年10月28日", False)],
    ]
    for k, runs in enumerate(rows):
        text = canvas.beginText()
        text.setFont("STSong-Light", 16)
        text.setTextOrigin(111.4, 730 - 30 * k)
        for words, bold in runs:
            text.setTextRenderMode(2 if bold else 0)
            text.textOut(words)
        canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    doc = govdoc.parse(out.getvalue(), format="pdf")
    leads = [item.lead for paragraph in doc.preamble for item in paragraph.items]
    assert leads == ["压实供热责任", "加强应急抢修"]


def test_a_phonetic_guide_keeps_its_base_text_and_drops_its_reading() -> None:
    """w:ruby (Word's 拼音指南) and <ruby>/<rt>: the character is the document's, the reading above it not."""
    name = (
        "<w:p><w:r><w:t>单</w:t></w:r><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>shàn</w:t></w:r></w:rt>"
        "<w:rubyBase><w:r><w:t>单</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>林委员：</w:t></w:r></w:p>"
    )
    body = p("关于区政协三届一次会议第0042号提案的答复") + name + "".join(p(t) for t in REPLY_TAIL)
    doc = govdoc.parse(make_docx(body), format="docx")
    assert doc.header.recipients == ("单单林委员",)
    assert "shàn" not in doc.text
    page = "<html><body><div class='content'><p>关于区政协三届一次会议第0042号提案的答复</p>"
    page += (
        "<p><ruby>芈<rt>mǐ</rt></ruby>红委员：</p>"
        + "".join(f"<p>{t}</p>" for t in REPLY_TAIL)
        + "</div></body></html>"
    )
    web = govdoc.parse(page.encode(), format="html")
    assert web.header.recipients == ("芈红委员",)
    assert "mǐ" not in web.text


REPLY_TAIL = [
    "您提出的《关于增设社区充电桩的提案》收悉。现答复如下：",
    "一、建设进展",
    "全区已在六十个小区建成公共充电桩八百余个。",
    "二、下一步打算",
    "下一步，我局将把充电设施纳入老旧小区改造内容。",
    "特此答复。",
    "某区交通运输局",
    "2024年8月1日",
]


def test_an_endnote_the_body_refers_to_is_read_after_the_body() -> None:
    """A 附注 kept as a Word endnote (or footnote) is the document's text: read once, after the body."""
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="2"/></w:r>'
    body = p("关于区政协三届一次会议第0042号提案的答复") + p("林某某委员：") + "".join(p(t) for t in REPLY_TAIL[:5])
    body += f"<w:p><w:r><w:t>{REPLY_TAIL[5]}</w:t></w:r>{ref}</w:p>" + "".join(p(t) for t in REPLY_TAIL[6:])
    notes = (
        '<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>联系人：柯敏，电话：0592-2801234</w:t></w:r>'
        "</w:p></w:endnote></w:endnotes>"
    )
    rel = (
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" '
        'Target="endnotes.xml"/>'
    )
    doc = govdoc.parse(_with_parts(make_docx(body), {"word/endnotes.xml": notes}, rel), format="docx")
    assert doc.contact is not None and doc.contact.name == "柯敏" and doc.contact.phones == ("0592-2801234",)
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert doc.signature is not None and doc.signature.date == "2024-08-01"


def test_the_numbers_a_browser_draws_before_ordered_list_items_are_read() -> None:
    """<ol> items carry no number in their text; the page shows 1. 2. (or 一、 二、 for cjk-ideographic)."""
    items = "".join(f"<li>{t}</li>" for t in ["建设进展", "下一步打算"])
    points = "<ol start='3'><li>在十个小区试点夜间错峰充电，充电价格按低谷电价执行，方便居民夜间充电。</li></ol>"
    page = (
        "<html><body><div class='content'><p>关于区政协三届一次会议第0042号提案的答复</p><p>林某某委员：</p>"
        f"<p>{REPLY_TAIL[0]}</p><ol style='list-style-type: cjk-ideographic'>{items}</ol>{points}"
        + "".join(f"<p>{t}</p>" for t in REPLY_TAIL[5:])
        + "</div></body></html>"
    )
    doc = govdoc.parse(page.encode(), format="html")
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "建设进展"), ("二、", "下一步打算")]
    assert [s.marker for s in doc.sections[1].sections] == ["3."]


def test_a_level_a_list_redefines_in_its_override_is_the_one_shown() -> None:
    """w:lvlOverride holding a whole w:lvl: that list's paragraphs show the redefined level."""
    numbering = (
        '<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="9"><w:abstractNumId w:val="4"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/>'
        "</w:lvl></w:lvlOverride></w:num>"
    )
    listed = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>'
    body = "".join(p(t) for t in NOTICE_BODY[:3])
    body += (
        p("加强设施巡检", listed)
        + p(NOTICE_BODY[4])
        + p("畅通投诉渠道", listed)
        + "".join(p(t) for t in NOTICE_BODY[6:])
    )
    doc = govdoc.parse(make_docx(body, numbering=numbering), format="docx")
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "加强设施巡检"), ("二、", "畅通投诉渠道")]


def test_text_a_page_hides_is_not_read() -> None:
    """Characters hidden between the words (inline display:none, a class the page's stylesheet hides,
    font-size:0, visibility:hidden) and a hidden paragraph are not shown, so not read; a class hidden
    only when printing is shown on screen and read."""
    lines = [
        NOTICE_BODY[0],
        NOTICE_BODY[1],
        "为确保群众<i class='cp'>3c</i>温暖过冬，现就有关事项通知如下：",
        "一、<span style='visibility: hidden'>k</span>加强设施巡检",
        "各供热单位要在<b style='font-size: 0pt'>55</b>十一月十日前完成管网巡检。",
        "<span style='display:none'>二、测试</span>",
        "二、畅通投诉渠道<em class='pr'>（打印版）</em>",
        *NOTICE_BODY[6:],
    ]
    css = "<style>.cp { color: red; display: none } @media print { .pr { display: none } }</style>"
    page = f"<html><head>{css}</head><body><div class='content'>" + "".join(f"<p>{t}</p>" for t in lines)
    doc = govdoc.parse((page + "</div></body></html>").encode(), format="html")
    assert doc.preamble[0].text == "为确保群众温暖过冬，现就有关事项通知如下："
    assert [s.title for s in doc.sections] == ["加强设施巡检", "畅通投诉渠道（打印版）"]
    assert doc.sections[0].paragraphs[0].text == "各供热单位要在十一月十日前完成管网巡检。"
    assert "测试" not in doc.text


def test_radicals_a_pdf_font_gives_for_ideographs_read_as_the_ideographs() -> None:
    """⽔ (Kangxi radical water), ⻓ (simplified radical long), ⽉/⽇: the page prints 水 长 月 日."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595.27, 841.89), invariant=True)
    lines = [
        "关于做好⻓江流域禁渔工作的通知",
        "各乡镇⼈民政府：",
        "为保护⻓江⽔⽣生物资源，现就有关事项通知如下：",
        "一、加强巡查",
        "各乡镇要组织渔政人员⽇夜巡查。",
        "特此通知。",
        "某县⽔利局",
        "2024年3⽉5⽇",
    ]
    for k, line in enumerate(lines):
        canvas.setFont("STSong-Light", 16)
        canvas.drawString(111.4, 730 - 30 * k, line)
    canvas.showPage()
    canvas.save()
    doc = govdoc.parse(out.getvalue(), format="pdf")
    assert doc.header.title == "关于做好长江流域禁渔工作的通知"
    assert doc.header.recipients == ("各乡镇人民政府",)
    assert doc.signature is not None and doc.signature.issuers == ("某县水利局",)
    assert doc.signature.date == "2024-03-05" and doc.signature.date_text == "2024年3月5日"
    assert not any("\u2e80" <= ch <= "\u2fdf" for ch in doc.text)


def test_zero_width_characters_pasted_into_a_word_document_leave_no_trace() -> None:
    """A web page's &#8203; pasted into Word stays in the run's text: it shows nothing there either."""
    lines = [*NOTICE_BODY[:3], "一、\u200b加强设施巡检", "各供热单位要\u2060在十一月十日前完成管网巡检。"]
    lines += ["\ufeff二、畅通投诉渠道", *NOTICE_BODY[6:]]
    doc = govdoc.parse(make_docx("".join(p(t) for t in lines)), format="docx")
    assert [s.title for s in doc.sections] == ["加强设施巡检", "畅通投诉渠道"]
    assert not any(ch in doc.text for ch in "\u200b\u2060\ufeff")
