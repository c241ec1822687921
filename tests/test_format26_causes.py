"""Causes found by the twenty-sixth format probes (tests/test_probes_26_formats.py), each tested on a new example
of its own (never the probe's document), failing on the session's start (/work/s26start) and passing since:

- DOCX: Word 2007's one-file XML (Flat OPC: a `pkg:package` of the package's parts, Word's "Word XML
  Document", which OA systems fill and hand out as `.doc`) was `corrupt-file` ("the Word XML document has no
  body"): only WordprocessingML 2003 was read (readers.docx.flat_opc). Found by review after the first landing:
  the package's namespace alone was taken for Word's, so PowerPoint's Flat OPC went from `unsupported-format` to
  `corrupt-file`; a package without Word's processing instruction is Word's only where it names a /word/ part.
- DOCX: a package whose relationships name a part in another letter case than its zip item (`Numbering.xml`
  for `word/numbering.xml`; OPC part names compare case-insensitively, and Word opens it) lost that part
  silently: headings without their numbers, no sections (readers.docx.package `Package.item`).
- DOCX: a drop cap (w:framePr w:dropCap: Word sets a paragraph's first character large in a frame paragraph of
  its own) was read as a paragraph of one character, the sentence it opens cut (readers.docx.walk `_drop_cap`;
  the letter runs on into the paragraph, whose face stays its own).
- DOCX: an OLE object (w:object: an embedded Excel worksheet, an equation) was dropped without a word: its
  content shows only as its picture; now said in one `pages-without-text` warning naming the kinds
  (readers.docx.walk `embedded_kinds`, `objects_warning`).
- HTML: an editor's page keeping its article as escaped HTML in a hidden `<textarea>` its script sets into an
  empty `<div>`: no 文号, no body, no 落款 (readers.html.embedded `show_template` weighs such a text area as a
  `<template>`).
- PDF: a one-glyph text object in a font PDFium gives no glyph boxes (STSong-Light not embedded, as iText
  writes it) set with a text rise (Ts, a bracket lowered, a figure raised) was not recovered: pypdf reports the
  string at its text matrix's origin, PDFium boxes the object as drawn, the rise away (readers.pdf_dropped).
"""

from __future__ import annotations

import base64
import io

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


# --- DOCX: Flat OPC -----------------------------------------------------------------------------


def _p(text: str, jc: str = "") -> str:
    ppr = f'<w:pPr><w:jc w:val="{jc}"/></w:pPr>' if jc else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _flat(body: str, header: str = "", picture: bool = False) -> bytes:
    """A Flat OPC document of `body` (and a default page header holding `header`)."""
    doc_rels = ""
    parts = [
        f'<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">'
        f'<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>'
    ]
    sect = ""
    if header:
        doc_rels += f'<Relationship Id="rId7" Type="{REL}header" Target="header1.xml"/>'
        sect = f'<w:sectPr><w:headerReference w:type="default" r:id="rId7" xmlns:r="{REL[:-1]}"/></w:sectPr>'
        parts.append(
            '<pkg:part pkg:name="/word/header1.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml">'
            f'<pkg:xmlData><w:hdr xmlns:w="{W}">{_p(header)}</w:hdr></pkg:xmlData></pkg:part>'
        )
    if picture:
        parts.append(
            '<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store">'
            f"<pkg:binaryData>{base64.b64encode(bytes(64)).decode('ascii')}</pkg:binaryData></pkg:part>"
        )
    parts.append(
        '<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">'
        f'<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{doc_rels}</Relationships></pkg:xmlData></pkg:part>'
    )
    parts.append(
        '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">'
        f'<pkg:xmlData><w:document xmlns:w="{W}"><w:body>{body}{sect}</w:body></w:document></pkg:xmlData></pkg:part>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        f'<pkg:package xmlns:pkg="{PKG}">{"".join(parts)}</pkg:package>'
    ).encode()


LETTER = "".join(
    [
        _p("关于商请支持开展2025年消费帮扶活动的函", "center"),
        _p("某市农业农村局："),
        _p("为拓宽脱贫地区农产品销售渠道，我局拟于2025年3月举办消费帮扶展销活动，商请贵局给予支持。"),
        _p("某区商务局", "right"),
        _p("2025年2月10日", "right"),
    ]
)


def test_a_flat_opc_word_xml_document_is_read_as_the_package_it_holds() -> None:
    doc = _checked(govdoc.parse(_flat(LETTER, picture=True)))
    assert doc.source.format == "docx"
    assert doc.header.title == "关于商请支持开展2025年消费帮扶活动的函"
    assert doc.signature is not None and doc.signature.date == "2025-02-10"


def test_a_flat_opc_documents_parts_are_found_through_its_relationships() -> None:
    doc = _checked(govdoc.parse(_flat(LETTER, header="区商函〔2025〕4号"), format="docx"))
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "区商函〔2025〕4号"


def test_a_flat_opc_part_named_outside_the_package_is_not_written() -> None:
    import zipfile

    from lxml import etree

    from govdoc.readers.docx.flat_opc import flat_opc_package

    root = etree.fromstring(_flat(LETTER, picture=True).replace(b"/word/media/", b"/../media/"))
    names = zipfile.ZipFile(io.BytesIO(flat_opc_package(root))).namelist()
    assert "word/document.xml" in names
    assert not any(".." in name for name in names)


def test_a_word_flat_opc_without_its_processing_instruction_is_still_read() -> None:
    data = _flat(LETTER).replace(b'<?mso-application progid="Word.Document"?>\n', b"")
    doc = _checked(govdoc.parse(data))
    assert doc.header.title == "关于商请支持开展2025年消费帮扶活动的函"


def test_another_applications_flat_opc_package_stays_unsupported() -> None:
    import pytest

    slides = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="PowerPoint.Show"?>\n'
        f'<pkg:package xmlns:pkg="{PKG}"><pkg:part pkg:name="/ppt/presentation.xml" pkg:contentType="application/xml">'
        '<pkg:xmlData><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'
        "</pkg:xmlData></pkg:part></pkg:package>"
    ).encode()
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(slides)
    assert caught.value.code == "unsupported-format"


# --- DOCX: part names in another letter case ----------------------------------------------------------

NUMBERED = (
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def _cased_docx(body: str, parts: dict[str, tuple[str, str, str]]) -> bytes:
    """A .docx of `body`; `parts`: zip item → (relationship kind, target as the relationship writes it, XML)."""
    import zipfile

    rels = "".join(
        f'<Relationship Id="rId{k}" Type="{REL}{kind}" Target="{target}"/>'
        for k, (kind, target, _) in enumerate(parts.values(), 1)
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="/WORD/Document.XML"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
        ),
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{REL[:-1]}"><w:body>{body}</w:body></w:document>',
    }
    files |= {name: xml for name, (_, _, xml) in parts.items()}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, xml in files.items():
            z.writestr(name, xml)
    return buf.getvalue()


def _numbered(text: str) -> str:
    return (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r></w:p>"
    )


def test_a_numbering_part_the_relationship_names_in_capitals_still_numbers_the_headings() -> None:
    body = _p("关于2025年春季植树造林工作的通知", "center") + _p("各村民委员会：") + _numbered("造林任务")
    body += _p("全镇今春完成植树造林八百亩。") + _numbered("工作要求") + _p("各村要落实管护责任。")
    data = _cased_docx(body, {"word/numbering.xml": ("numbering", "NUMBERING.XML", NUMBERED)})
    doc = _checked(govdoc.parse(data, format="docx"))
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "造林任务"), ("二、", "工作要求")]


def test_a_header_part_named_in_another_case_gives_its_number() -> None:
    header = f'<w:hdr xmlns:w="{W}">{_p("镇政发〔2025〕6号", "center")}</w:hdr>'
    body = _p("关于2025年春季植树造林工作的通知", "center") + _p("各村民委员会：") + _p("全镇今春完成植树造林八百亩。")
    body += f'<w:sectPr><w:headerReference xmlns:r="{REL[:-1]}" w:type="default" r:id="rId1"/></w:sectPr>'
    data = _cased_docx(body, {"word/header1.xml": ("header", "Header1.xml", header)})
    doc = _checked(govdoc.parse(data, format="docx"))
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "镇政发〔2025〕6号"


# --- DOCX: a drop cap; OLE objects ---------------------------------------------------------------


def _plain_docx(body: str) -> bytes:
    return _cased_docx(body, {})


def _drop(letter: str, size: int = 84) -> str:
    return (
        '<w:p><w:pPr><w:framePr w:dropCap="margin" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="page"/></w:pPr>'
        f'<w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:t>{letter}</w:t></w:r></w:p>'
    )


def test_a_drop_caps_letter_opens_the_paragraph_after_its_frame() -> None:
    body = _p("关于表扬2024年度优秀志愿服务项目的决定", "center") + _p("各社区：")
    body += _drop("近") + _p("年来，全区志愿服务工作蓬勃发展，涌现出一批优秀志愿服务项目。") + _p("特此表扬。")
    doc = _checked(govdoc.parse(_plain_docx(body), format="docx"))
    assert "近年来，全区志愿服务工作蓬勃发展，涌现出一批优秀志愿服务项目。" in [p.text for p in doc.preamble]
    assert doc.header.title == "关于表扬2024年度优秀志愿服务项目的决定"  # the large letter is no title


def test_a_frame_that_is_no_drop_cap_stays_a_paragraph_of_its_own() -> None:
    framed = '<w:p><w:pPr><w:framePr w:dropCap="none" w:wrap="around"/></w:pPr><w:r><w:t>请各村于1月10日前报送。</w:t></w:r></w:p>'
    doc = _checked(govdoc.parse(_plain_docx(_p("各村民委员会：") + framed + _p("特此通知。")), format="docx"))
    assert "请各村于1月10日前报送。\n特此通知。" in doc.text


OLE = (
    '<w:p><w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="s1" style="width:300pt;height:40pt"/>'
    '<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="{kind}" ShapeID="s1" '
    'DrawAspect="Content"/></w:object></w:r></w:p>'
)


def test_an_embedded_drawing_and_two_equations_are_said_in_one_warning() -> None:
    body = _p("关于印发城区排水管网改造技术要点的通知", "center") + _p("各施工单位：")
    body += OLE.format(kind="Visio.Drawing.15") + _p("管径按下式计算：") + OLE.format(kind="Equation.DSMT4")
    body += OLE.format(kind="Equation.DSMT4") + _p("特此通知。")
    doc = _checked(govdoc.parse(_plain_docx(body), format="docx"))
    said = [w for w in doc.warnings if w.code == "pages-without-text"]
    assert len(said) == 1
    assert "Visio.Drawing.15" in said[0].message and "Equation.DSMT4×2" in said[0].message


def test_an_activex_control_is_no_embedded_content() -> None:
    control = '<w:p><w:r><w:object><w:control r:id="rId9" w:name="CheckBox1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:object></w:r></w:p>'
    doc = _checked(govdoc.parse(_plain_docx(_p("关于做好值班工作的通知", "center") + control), format="docx"))
    assert "pages-without-text" not in codes(doc)


# --- HTML: an article kept as escaped markup in a hidden text area ------------------------------------


def _html(page: str) -> govdoc.Document:
    return _checked(govdoc.parse(page.encode("utf-8"), format="html"))


STORED = (
    "&lt;p&gt;镇政发〔2025〕2号&lt;/p&gt;&lt;p&gt;各村（居）民委员会：&lt;/p&gt;"
    "&lt;p&gt;为做好2025年春节期间烟花爆竹安全管理工作，现将有关事项通知如下：各村要加强巡查，严禁在禁放区域燃放。&lt;/p&gt;"
    "&lt;p style=&quot;text-align:right&quot;&gt;某镇人民政府&lt;/p&gt;&lt;p style=&quot;text-align:right&quot;&gt;2025年1月20日&lt;/p&gt;"
)


def test_an_article_kept_as_escaped_markup_in_a_hidden_text_area_is_read_as_its_markup() -> None:
    page = (
        "<html><body><h2>关于做好2025年春节期间烟花爆竹安全管理工作的通知</h2><div id='show'></div>"
        f"<textarea id='src' hidden>{STORED}</textarea><script>show.innerHTML=src.value</script></body></html>"
    )
    doc = _html(page)
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "镇政发〔2025〕2号"
    assert doc.signature is not None and doc.signature.date == "2025-01-20"
    assert "&lt;" not in doc.text and "<p>" not in doc.text


def test_a_read_only_text_area_of_plain_lines_is_still_read_as_its_lines() -> None:
    page = (
        "<html><body><h2>关于2025年春节放假安排的通知</h2><p>各科室：</p>"
        "<label>通知内容：</label><textarea readonly>春节放假时间为1月28日至2月4日。\n请各科室做好值班安排。</textarea></body></html>"
    )
    doc = _html(page)
    assert "春节放假时间为1月28日至2月4日。\n请各科室做好值班安排。" in doc.text


# --- PDF: a text rise on a one-glyph object PDFium leaves out -------------------------------------


def _risen_pdf() -> bytes:
    """A 请示's lines in STSong-Light (not embedded); in the 文号, each font change its own text object, the
    brackets lowered 1.5 pt and the figures in Times-Roman raised 1 pt."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595.27, 841.89), invariant=True)
    for text, x, y in [
        ("关于申请2025年度农村危房改造补助资金的请示", 110.0, 720.0),
        ("县人民政府：", 80.0, 640.0),
        ("今年全镇拟改造农村危房四十二户，资金缺口较大，恳请县政府给予补助。", 112.0, 610.0),
    ]:
        c.setFont("STSong-Light", 16)
        c.drawString(x, y, text)
    x = 220.0
    for piece, font, rise in [
        ("镇政发", "STSong-Light", 0.0),
        ("〔", "STSong-Light", -1.5),
        ("2025", "Times-Roman", 1.0),
        ("〕", "STSong-Light", -1.5),
        ("3", "Times-Roman", 1.0),
        ("号", "STSong-Light", 0.0),
    ]:
        t = c.beginText()
        t.setTextOrigin(x, 680.0)
        t.setFont(font, 16)
        t.setRise(rise)
        t.textOut(piece)
        c.drawText(t)
        x += stringWidth(piece, font, 16)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_one_glyph_objects_set_with_a_text_rise_are_read_where_they_are_drawn() -> None:
    doc = _checked(govdoc.parse(_risen_pdf(), format="pdf", pdf_backend="pypdfium2"))
    assert "镇政发〔2025〕3号" in doc.text
    assert doc.header.doc_number is not None and doc.header.doc_number.serial == 3
