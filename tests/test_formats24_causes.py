"""Causes found by round 24's format probes (tests/test_probes_24_formats.py), each tested on a new example of
the cause (not the probe's document); each cause's test fails on the session's start (/work/s24start), and a
guard beside some holds what must not change.

- DOCX: a character Word 2016 writes from a symbol face as run-level alternate content (a `w16se:symEx`
  choice, the character in the fallback) was dropped: the run's alternate content was asked for text boxes
  only (readers.docx.walk `_alternate_text`).
- DOCX: Office Math (m:oMathPara, m:oMath) was dropped silently (readers.docx.walk `math_text`).
- DOCX: tracked revisions read as accepted were said by no warning; now one `text-repaired` of the kind
  `tracked-changes` (readers.docx.walk `Revisions`; README, model.RepairKind).
- DOCX: a paragraph whose mark is hidden (w:specVanish, Word's style separator after a run-in heading, or
  w:vanish) was read as a paragraph of its own, where Word shows it running on into the next
  (readers.docx.walk `_mark_hidden`).
- DOCX: header and footer parts no page shows (an even-page header without w:evenAndOddHeaders in the
  settings, a first-page one without w:titlePg) were read: a template's stale 文号 became the document's
  (readers.docx.headers `unshown_parts`).
- HTML: an article kept in a `<noscript>` beside an empty mount point was not read (readers.html.embedded
  `show_template`, which weighs a `<noscript>` as a `<template>`).
- HTML: a frameset page's `<noframes>` was read as raw markup (readers.html.embedded `frameless`).
- HTML: a read-only `<input>`'s value (a portal's information table shown in boxes) was no text (batch 2;
  readers.html.embedded `show_embedded`).
- HTML: numbers a stylesheet draws before headings with CSS counters (`h3::before`) were not read
  (readers.html.lists `heading_counters`).
- PDF: a text field's value without an appearance stream (/NeedAppearances) came out of PDFium's own
  appearance without its Chinese characters (readers.pdf_fields).
- PDF: a CropBox inherited from the Pages node was not asked (FPDFPage_GetCropBox reads the page's own):
  what stands outside it was read (readers.pdf_chars `_crop_box`).
- PDF: the objects of an optional-content layer the default configuration turns off were read
  (readers.pdf_layers).
- OFD: a CompositeObject drawing a CompositeGraphicUnit of the resources was not read
  (readers.ofd.content `_objects`, `_placed`).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes, squashed

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
if str(OFFICE) not in sys.path:
    sys.path.insert(0, str(OFFICE))

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _docx(body: str, parts: dict[str, tuple[str, str]] | None = None, sect: str = "") -> govdoc.Document:
    return _checked(govdoc.parse(_docx_bytes(body, parts, sect), format="docx"))


def _docx_bytes(body: str, parts: dict[str, tuple[str, str]] | None = None, sect: str = "") -> bytes:
    """A .docx of `body`; `parts`: file name → (relationship kind, XML), numbered rId1… in order."""
    files: dict[str, str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}{sect}</w:body></w:document>',
    }
    rels = ""
    for k, (name, (kind, xml)) in enumerate((parts or {}).items(), 1):
        files[f"word/{name}"] = xml
        rels += f'<Relationship Id="rId{k}" Type="{REL}{kind}" Target="{name}"/>'
    files["word/_rels/document.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in files.items():
            z.writestr(name, xml)
    return buf.getvalue()


def _p(*runs: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


# --- DOCX: run-level alternate content ----------------------------------------------------------


def test_a_symbol_word_writes_as_run_level_alternate_content_is_read_from_its_choice() -> None:
    star = (
        '<w:r><mc:AlternateContent xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex">'
        '<mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Symbol" w16se:char="2605"/></mc:Choice>'
        "<mc:Fallback><w:t>★</w:t></mc:Fallback></mc:AlternateContent></w:r>"
    )
    doc = _docx(
        _p(_r("机密"), star, _r("1年"), ppr='<w:jc w:val="left"/>')
        + _p(_r("关于加强涉密载体管理的通知"), ppr='<w:jc w:val="center"/>')
        + _p(_r("各科室："))
        + _p(_r("为加强涉密载体管理，现将有关事项通知如下：一律登记，专人保管。"))
        + _p(_r("特此通知。"))
        + _p(_r("某县保密局"), ppr='<w:jc w:val="right"/>')
        + _p(_r("2024年3月1日"), ppr='<w:jc w:val="right"/>')
    )
    assert "机密★1年" in doc.text
    assert doc.header.security == "机密★1年"


def test_run_level_alternate_content_whose_fallback_alone_holds_text_is_read_from_it() -> None:
    box = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="w99"><w:t>不应读取</w:t></mc:Choice>'
        "<mc:Fallback><w:t>②</w:t></mc:Fallback></mc:AlternateContent></w:r>"
    )
    doc = _docx(_p(_r("关于调整公交线路的通知")) + _p(box, _r("增设站点三处。")))
    assert "②增设站点三处。" in doc.text


# --- DOCX: Office Math --------------------------------------------------------------------------

M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def _mr(text: str) -> str:
    return f"<m:r><m:t>{text}</m:t></m:r>"


def test_a_display_equation_holding_a_fraction_is_a_line_of_the_text() -> None:
    fraction = f"<m:f><m:num>{_mr('补助总额')}</m:num><m:den>{_mr('受益人数')}</m:den></m:f>"
    doc = _docx(
        _p(_r("某县残疾人康复补助实施细则"))
        + _p(_r("第一条　人均补助按下式计算："))
        + f"<w:p><m:oMathPara {M}><m:oMath>{_mr('人均补助=')}{fraction}</m:oMath></m:oMathPara></w:p>"
        + _p(_r("第二条　本细则自发布之日起施行。"))
    )
    assert "\n人均补助=补助总额/受益人数\n" in doc.text


def test_an_inline_equation_with_brackets_stands_inside_its_sentence() -> None:
    bracketed = f"<m:d><m:e>{_mr('1+5%')}</m:e></m:d>"
    doc = _docx(
        _p(_r("关于调整物业服务收费标准的通知"))
        + _p(_r("调整后收费标准为原标准乘以"), f"<m:oMath {M}>{bracketed}</m:oMath>", _r("，自明年起执行。"))
    )
    assert "调整后收费标准为原标准乘以(1+5%)，自明年起执行。" in doc.text


# --- DOCX: tracked changes ------------------------------------------------------------------------

REV = 'w:author="张三" w:date="2024-05-06T09:00:00Z"'


def test_a_paragraph_moved_by_tracked_changes_is_read_at_its_new_place_and_warned() -> None:
    doc = _docx(
        _p(_r("关于做好防汛值班工作的通知"))
        + f'<w:p><w:moveFrom w:id="1" {REV}>{_r("汛期实行领导带班制度。")}</w:moveFrom></w:p>'
        + _p(_r("各单位要落实二十四小时值班。"))
        + f'<w:p><w:moveTo w:id="2" {REV}>{_r("汛期实行领导带班制度。")}</w:moveTo></w:p>'
    )
    assert squashed(doc.text).count("汛期实行领导带班制度") == 1
    repaired = [w for w in doc.warnings if w.code == "text-repaired"]
    assert len(repaired) == 1 and repaired[0].message.startswith("tracked-changes")
    assert "1 insertions, 1 deletions" in repaired[0].message


def test_a_deleted_table_row_is_a_tracked_change_too() -> None:
    row = "<w:tr>{}<w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr>"
    table = (
        "<w:tbl>"
        + row.format("", _r("乡镇"), _r("户数"))
        + row.format(f'<w:trPr><w:del w:id="3" {REV}/></w:trPr>', _r("城关镇"), _r("120"))
        + row.format("", _r("石门镇"), _r("85"))
        + "</w:tbl>"
    )
    doc = _docx(_p(_r("关于下达危房改造任务的通知")) + table)
    assert "城关镇" not in doc.text
    assert [w.code for w in doc.warnings if w.message.startswith("tracked-changes")] == ["text-repaired"]


def test_formatting_changes_alone_change_no_text_and_are_not_warned() -> None:
    rpr_change = f'<w:rPr><w:b/><w:rPrChange w:id="4" {REV}><w:rPr/></w:rPrChange></w:rPr>'
    doc = _docx(_p(_r("关于做好防汛值班工作的通知")) + _p(f"<w:r>{rpr_change}<w:t>各单位要落实值班。</w:t></w:r>"))
    assert not [w for w in doc.warnings if w.message.startswith("tracked-changes")]


# --- DOCX: a hidden paragraph mark ----------------------------------------------------------------


def test_a_run_in_heading_whose_paragraph_mark_is_hidden_runs_on_into_the_next_paragraph() -> None:
    doc = _docx(
        _p(_r("关于开展消防安全宣传月活动的通知"), ppr='<w:jc w:val="center"/>')
        + _p(_r("各乡镇："))
        + _p(_r("1.加强宣传。"), ppr="<w:rPr><w:vanish/></w:rPr>")
        + _p(_r("通过广播、横幅等形式普及消防知识。"))
        + _p(_r("2.开展演练。"), ppr="<w:rPr><w:vanish/></w:rPr>")
        + _p(_r("每个行政村组织一次疏散演练。"))
    )
    assert "1.加强宣传。通过广播、横幅等形式普及消防知识。" in doc.text
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("1.", "加强宣传"), ("2.", "开展演练")]


def test_a_paragraph_hidden_whole_stays_out_and_joins_nothing() -> None:
    doc = _docx(
        _p(_r("关于开展消防安全宣传月活动的通知"))
        + _p("<w:r><w:rPr><w:vanish/></w:rPr><w:t>编辑说明：此段不印发。</w:t></w:r>", ppr="<w:rPr><w:vanish/></w:rPr>")
        + _p(_r("各乡镇要通过广播普及消防知识。"))
    )
    assert "编辑说明" not in doc.text
    assert "\n各乡镇要通过广播普及消防知识。" in doc.text


# --- DOCX: header parts no page shows -------------------------------------------------------------


def _hdr(text: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {NS}>{_p(_r(text))}</w:hdr>'


BODY = (
    _p(_r("某县统计局"), ppr='<w:jc w:val="center"/>')
    + _p(_r("县统发〔2024〕8号"), ppr='<w:jc w:val="center"/>')
    + _p(_r("关于开展2024年统计执法检查的通知"), ppr='<w:jc w:val="center"/>')
    + _p(_r("各乡镇人民政府："))
    + _p(_r("为提高统计数据质量，决定开展统计执法检查。"))
    + _p(_r("特此通知。"))
)


def test_a_first_page_header_of_a_section_without_title_page_is_never_shown() -> None:
    sect = '<w:sectPr><w:headerReference w:type="first" r:id="rId1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    doc = _docx(BODY, {"header1.xml": ("header", _hdr("县统发〔2023〕3号"))}, sect)
    assert "〔2023〕3号" not in doc.text
    assert doc.header.doc_number is not None and doc.header.doc_number.year == 2024


def test_an_even_page_header_is_read_where_the_settings_turn_even_headers_on() -> None:
    from govdoc.readers.docx import docx_blocks

    sect = '<w:sectPr><w:headerReference w:type="even" r:id="rId1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    settings = f'<?xml version="1.0" encoding="UTF-8"?><w:settings {NS}><w:evenAndOddHeaders/></w:settings>'
    header = ("header", _hdr("某县统计局统计执法检查专刊"))
    shown = docx_blocks(
        _docx_bytes(BODY, {"header1.xml": header, "settings.xml": ("settings", settings)}, sect), path=None
    )
    assert any(b.text == "某县统计局统计执法检查专刊" and b.hints.part == "page-header" for b in shown)
    unshown = docx_blocks(_docx_bytes(BODY, {"header1.xml": header}, sect), path=None)
    assert not any("专刊" in b.text for b in unshown)


# --- HTML ---------------------------------------------------------------------------------------


def _html(page: str) -> govdoc.Document:
    return _checked(govdoc.parse(page.encode("utf-8"), format="html"))


NOTICE = (
    "<h2>关于开展2024年义务植树活动的通知</h2><p>各乡镇人民政府：</p>"
    "<p>为推进国土绿化，决定于三月组织全县义务植树活动。现将有关事项通知如下：</p>"
    "<p>一、活动时间</p><p>2024年3月12日至3月20日。</p><p>特此通知。</p>"
    '<p style="text-align:right">某县林业局</p><p style="text-align:right">2024年3月5日</p>'
)


def test_an_article_a_page_keeps_in_a_noscript_beside_an_empty_mount_point_is_read() -> None:
    doc = _html(
        f'<html><body><div class="nav">首页 政务公开</div><div id="root"></div><noscript>{NOTICE}</noscript></body></html>'
    )
    assert doc.header.title == "关于开展2024年义务植树活动的通知"
    assert doc.signature is not None and doc.signature.date == "2024-03-05"


def test_a_noscript_plea_beside_an_article_the_page_shows_stays_unread() -> None:
    doc = _html(
        "<html><body><noscript>您的浏览器未启用脚本，部分功能无法使用，请开启后刷新本页面。谢谢合作。</noscript>"
        f"<div class='article'>{NOTICE}</div></body></html>"
    )
    assert "浏览器" not in doc.text
    assert doc.header.title == "关于开展2024年义务植树活动的通知"


def test_a_frameset_pages_noframes_markup_is_read_as_its_page() -> None:
    doc = _html(
        '<html><frameset cols="180,*"><frame src="left.htm"><frame src="main.htm">'
        f"<noframes><body>{NOTICE}</body></noframes></frameset></html>"
    )
    assert "<p" not in doc.text
    assert doc.header.title == "关于开展2024年义务植树活动的通知"
    assert doc.signature is not None and doc.signature.issuers == ("某县林业局",)


def test_read_only_boxes_above_the_title_give_their_values_as_the_pages_words() -> None:
    doc = _html(
        "<html><body><div class='zw'><p>办理结果：<input type='text' readonly value='已解决或采纳'></p>"
        "<p>公开属性：<input type='text' disabled value='主动公开'></p>"
        "<h2>关于县政协十二届四次会议第117号提案的答复</h2><p>吴海涛委员：</p>"
        "<p>您提出的《关于加强农村养老服务的提案》收悉。现答复如下：全县已建成村级互助养老站六十个。</p>"
        "<p>感谢您对民政工作的关心和支持。</p><p style='text-align:right'>某县民政局</p>"
        "<p style='text-align:right'>2024年7月2日</p></div></body></html>"
    )
    assert doc.header.metadata.get("公开属性") == "主动公开"
    assert doc.header.disclosure == "主动公开" and doc.header.handling_result == "A"


def test_an_editable_box_and_a_button_give_no_text() -> None:
    doc = _html(
        "<html><body><div><input type='text' value='请输入关键字'><input type='submit' readonly value='搜索'>"
        + NOTICE
        + "</div></body></html>"
    )
    assert "关键字" not in doc.text and "搜索" not in doc.text


def test_decimal_numbers_a_stylesheet_draws_before_headings_open_sections() -> None:
    doc = _html(
        "<html><head><style>body{counter-reset:sec} h4{counter-increment:sec} "
        'h4::before{content:counter(sec) "."}</style></head><body><div class="main">'
        "<h2>关于开展2024年义务植树活动的通知</h2><p>各乡镇人民政府：</p>"
        "<p>为推进国土绿化，决定于三月组织全县义务植树活动。现将有关事项通知如下：</p>"
        "<h4>活动时间</h4><p>2024年3月12日至3月20日。</p><h4>活动地点</h4><p>县城北部荒山造林地块。</p>"
        '<p>特此通知。</p><p style="text-align:right">某县林业局</p><p style="text-align:right">2024年3月5日</p>'
        "</div></body></html>"
    )
    assert [(s.style, s.marker, s.title) for s in doc.iter_sections()] == [
        ("num", "1.", "活动时间"),
        ("num", "2.", "活动地点"),
    ]


def test_a_heading_counter_the_page_never_advances_draws_nothing() -> None:
    doc = _html(
        '<html><head><style>h4::before{content:counter(sec) "."}</style></head><body><div>'
        "<h2>关于开展2024年义务植树活动的通知</h2><p>为推进国土绿化，决定于三月组织全县义务植树活动。</p>"
        "<h4>活动时间</h4><p>2024年3月12日至3月20日。</p></div></body></html>"
    )
    assert "0.活动时间" not in doc.text and "活动时间" in doc.text


# --- PDF ----------------------------------------------------------------------------------------


def _pdf(data: bytes) -> govdoc.Document:
    return _checked(govdoc.parse(data, format="pdf", pdf_backend="pypdfium2"))


def _page_pdf(lines: list[tuple[str, float, float]], size: tuple[float, float] = (595.27, 841.89)) -> bytes:
    """A page of lines (text, x, baseline from the bottom) at 16 pt in the fixtures' CID font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=True)
    for text, x, y in lines:
        c.setFont("STSong-Light", 16)
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


NOTICE_LINES = [
    ("关于做好2024年统计年报工作的通知", 150.0, 720.0),
    ("各乡镇人民政府：", 80.0, 680.0),
    ("为做好年报工作，现将有关事项通知如下：各单位要按时报送。", 112.0, 650.0),
    ("特此通知。", 112.0, 620.0),
]


def _writer(data: bytes) -> Any:
    from pypdf import PdfReader, PdfWriter

    return PdfWriter(clone_from=PdfReader(io.BytesIO(data)))


def _written(writer: Any) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_text_field_holding_the_signing_organ_without_an_appearance_is_read_from_its_value() -> None:
    from pdf_out import font_key
    from pypdf.generic import ArrayObject, BooleanObject, NameObject, NumberObject, TextStringObject

    data = _page_pdf([*NOTICE_LINES, ("2024年12月2日", 400.0, 540.0)])
    writer = _writer(data)
    page = writer.pages[0]
    font = page["/Resources"]["/Font"].raw_get(font_key(page))
    from make_formats24 import pdf_dict, rect

    widget = pdf_dict(
        Type=NameObject("/Annot"),
        Subtype=NameObject("/Widget"),
        FT=NameObject("/Tx"),
        T=TextStringObject("落款单位"),
        V=TextStringObject("某县统计局"),
        DA=TextStringObject("/F1 16 Tf 0 g"),
        F=NumberObject(4),
        Rect=rect(410, 565, 500, 585),
        P=page.indirect_reference,
    )
    ref = writer._add_object(widget)
    page[NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = pdf_dict(
        Fields=ArrayObject([ref]), NeedAppearances=BooleanObject(True), DR=pdf_dict(Font=pdf_dict(F1=font))
    )
    doc = _pdf(_written(writer))
    assert doc.signature is not None and doc.signature.issuers == ("某县统计局",)


def test_text_outside_a_crop_box_inherited_from_the_pages_node_is_not_read() -> None:
    from make_formats24 import rect
    from pypdf.generic import NameObject

    data = _page_pdf(
        [*NOTICE_LINES, ("某县统计局", 420.0, 560.0), ("2024年12月2日", 400.0, 530.0), ("文印室存档 第2份", 80.0, 10.0)]
    )
    writer = _writer(data)
    writer._root_object["/Pages"][NameObject("/CropBox")] = rect(0, 40, 595.27, 841.89)
    page = writer.pages[0]
    if "/CropBox" in page:
        del page["/CropBox"]
    doc = _pdf(_written(writer))
    assert "文印室" not in doc.text
    assert "某县统计局" in doc.text


def _layered(base_state: str, listed: str) -> bytes:
    from make_formats17 import ucs2
    from make_formats24 import pdf_dict
    from pdf_out import font_key
    from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject, TextStringObject

    writer = _writer(_page_pdf([*NOTICE_LINES, ("某县统计局", 420.0, 560.0), ("2024年12月2日", 400.0, 530.0)]))
    page = writer.pages[0]
    ocg = writer._add_object(pdf_dict(Type=NameObject("/OCG"), Name=TextStringObject("草稿水印")))
    stream = DecodedStreamObject()
    stream.set_data(
        f"/OC /d1 BDC BT {font_key(page)} 30 Tf 200 400 Td {ucs2('征求意见稿')} Tj ET EMC\n".encode("ascii")
    )
    page[NameObject("/Contents")] = ArrayObject([page.raw_get("/Contents"), writer._add_object(stream)])
    page["/Resources"][NameObject("/Properties")] = pdf_dict(d1=ocg)
    config = pdf_dict(BaseState=NameObject(base_state), Order=ArrayObject([ocg]))
    if listed:
        config[NameObject(listed)] = ArrayObject([ocg])
    writer._root_object[NameObject("/OCProperties")] = pdf_dict(OCGs=ArrayObject([ocg]), D=config)
    return _written(writer)


def test_a_layer_off_by_the_default_base_state_is_not_read() -> None:
    doc = _pdf(_layered("/OFF", ""))
    assert "征求意见稿" not in doc.text
    assert "为做好年报工作" in doc.text


def test_a_layer_the_configuration_lists_on_is_read() -> None:
    doc = _pdf(_layered("/OFF", "/ON"))
    assert "征求意见稿" in squashed(doc.text)


# --- OFD ----------------------------------------------------------------------------------------


def test_a_signature_drawn_by_a_composite_object_scaled_into_its_boundary_is_read() -> None:
    from make_formats14 import OFD_NS, OfdPages, ofd_package, rezip
    from make_formats24 import unzip

    sign = OfdPages()  # the unit's own space at twice the page's scale: 80 × 40 mm drawn into 40 × 20 mm
    sign.ident, sign.y, sign.size, sign.pitch = 700, 0.0, 2 * OfdPages.size, 2 * OfdPages.pitch
    sign.line("某县统计局", 0.0)
    sign.line("2024年12月2日", 0.0)
    o = OfdPages()
    o.centred("关于做好2024年统计年报工作的通知", 7.7611, font=1)
    o.line("各乡镇人民政府：", o.left)
    o.wrapped("为做好年报工作，现将有关事项通知如下：各单位要按时报送。")
    o.wrapped("特此通知。")
    o.y += o.pitch
    composite = f'<ofd:CompositeObject ID="96" Boundary="120 {o.y:.1f} 40 20" ResourceID="81"/>'
    files = unzip(ofd_package([[*o.pages[0], composite]], {}))
    files["Doc_0/Document.xml"] = files["Doc_0/Document.xml"].replace(
        "</ofd:PublicRes>", "</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
    )
    files["Doc_0/DocumentRes.xml"] = (
        f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:CompositeGraphicUnits>'
        f'<ofd:CompositeGraphicUnit ID="81" Width="80" Height="40"><ofd:Content>{"".join(sign.pages[0])}'
        "</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits></ofd:Res>"
    )
    doc = _checked(govdoc.parse(rezip(files), format="ofd"))  # type: ignore[arg-type]
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县统计局",) and doc.signature.date == "2024-12-02"
