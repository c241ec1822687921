"""Causes found by the nineteenth round of format probes (tests/test_probes_19_formats.py), each tested on a
new example of its cause, not on the probe's text; each cause's test fails on the session's start
(/work/s19start), and a guard beside each holds what must not change.

- A web archive (.mht: a page saved whole as one MIME message, quoted-printable or base64) was read as
  plain text: MIME headers, boundaries and `=E5=85=B3` escapes (readers.mht, for a file of its own as
  the .docx altChunk reader already did for a part).
- A PDF form filled in and not flattened: its fields' values (a 文号, a date, a contact typed into the
  boxes) are drawn by the widgets' appearance streams, which PDFium's text page leaves out: lost
  unwarned (readers.pdf_chars `_filled_form`/`_flattened`: such a page is read as printed, its widgets
  flattened by PDFium; a field whose appearance the filling tool left to the viewer, /NeedAppearances,
  is drawn first by PDFium's form environment).
- A PDF font with no Unicode map for its codes (an Identity-H CID font without ToUnicode, its codes a
  subset's glyph ids): PDFium gave each code as if it were a character (`ĂăĄą`), read silently as text
  (readers.pdf_chars `_unmapped_masked`: U+FFFD and `encoding-repaired`, as for Type3 codes).
- A Wingdings 2 box or tick inserted as a symbol (w:sym, a form's 公开属性 boxes) stayed a private-use
  character (readers.docx.symbols: the font's form slots).
- A form's information table whose first column captions groups of rows (提案信息, merged down by
  w:vMerge, empty under its first row) before the label/value pairs: its rows did not open with a label,
  so they were no metadata, and `content-unplaced` (rules.header_lines `grouped_row`; 办理单位 a label).
- A DOCX 红头 (the organ in red) right above a `关于…` title, the 文号 in the page header or a text box:
  the red ink was not kept as evidence, so the organ was read as the title's first line
  (readers.docx.walk `_red_ink`, rules.header_title: a red line is never a title's first line).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import govdoc
from govdoc.errors import UnsupportedFormatError
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants

# --- web archives (MHT) ----------------------------------------------------------------------------

PAGE = (
    "<html><head><title>站点</title></head><body><div>"
    "<p>区卫健函〔2024〕12号</p><p>关于区政协六届二次会议第0031号提案的答复</p><p>严立群委员：</p>"
    "<p>您提出的《关于增设社区健康驿站的提案》收悉。现答复如下：</p>"
    "<p>今年我局已在十个社区建成健康驿站，配备自助体检设备。</p>"
    "<p>感谢您对卫生健康工作的关心和支持。</p><p>某区卫生健康局</p><p>2024年6月18日</p>"
    "</div></body></html>"
)


def _archive(encoding: str, charset: str) -> bytes:
    """An archive as Internet Explorer saves one: a `From:` line first, the page base64 in `charset`."""
    import base64

    body = base64.encodebytes(PAGE.encode(charset)).decode("ascii").replace("\n", "\r\n")
    return (
        "From: <Saved by Windows Internet Explorer 8>\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----=_NextPart_000"\r\n\r\n'
        "------=_NextPart_000\r\n"
        f'Content-Type: text/html;\r\n\tcharset="{charset}"\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n'
        f"{body}\r\n------=_NextPart_000--\r\n"
    ).encode("ascii")


@pytest.mark.parametrize("name", ["saved.mht", "saved.mhtml", "download"])
def test_a_web_archive_is_read_as_the_page_it_holds(name: str, tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(_archive("base64", "gbk"))
    doc = govdoc.parse(tmp_path / name)
    check_invariants(doc)
    assert doc.source.format == "html"
    assert doc.header.title == "关于区政协六届二次会议第0031号提案的答复"
    assert doc.signature is not None and doc.signature.date == "2024-06-18"
    assert "NextPart" not in doc.text and "Content-Type" not in doc.text and "站点" not in doc.text


def test_a_web_archive_holding_no_page_is_an_unsupported_format(tmp_path: Path) -> None:
    data = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"
    )
    (tmp_path / "pictures.mht").write_bytes(data)
    with pytest.raises(UnsupportedFormatError):
        govdoc.parse(tmp_path / "pictures.mht")


def test_a_text_that_opens_with_labelled_lines_is_no_web_archive(tmp_path: Path) -> None:
    text = "Subject: 关于做好防汛工作的通知\nDate: 2024-06-01\n\n各乡镇：\n请做好防汛工作。\n"
    (tmp_path / "note").write_text(text, encoding="utf-8")
    doc = govdoc.parse(tmp_path / "note")
    assert doc.source.format == "txt"
    assert "Subject" in doc.text


# --- PDF: filled forms and fonts without a Unicode map --------------------------------------------

FONT = "STSong-Light"
PAGE_H = 841.89


def _pdf(lines: list[tuple[str, float, float]]) -> Any:
    """A one-page PDF of `lines` (text, x, top), read back into a pypdf writer for editing."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)
    for text, x, top in lines:
        c.setFont(FONT, 16)
        c.drawString(x, PAGE_H - top, text)
    c.showPage()
    c.save()
    return PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))


def _bytes(writer: Any) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _hex(text: str) -> str:
    return "<" + "".join(f"{ord(ch):04X}" for ch in text) + ">"


def _field(writer: Any, page: Any, value: str, rect: tuple[float, float, float, float], font: Any) -> Any:
    """A text field's widget showing `value` through its appearance stream."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject, TextStringObject

    x0, y0, x1, y1 = rect
    ap = StreamObject()
    ap._data = f"/Tx BMC BT /F1 16 Tf 2 4 Td {_hex(value)} Tj ET EMC".encode("ascii")
    ap.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(x1 - x0), FloatObject(y1 - y0)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
            ),
        }
    )
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(f"f{len(value)}"),
                NameObject("/V"): TextStringObject(value),
                NameObject("/F"): FloatObject(4),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(ap)}),
            }
        )
    )


def _form(extra_annotation: bool) -> bytes:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    writer = _pdf([("关于做好秋季学期开学工作的通知", 120, 120), ("各中小学校：", 80, 170), ("经办人：", 80, 220)])
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    font_ref = next(fonts.raw_get(k) for k, v in fonts.items() if "STSong" in str(v.get_object()["/BaseFont"]))
    annots = [_field(writer, page, "叶秋生", (150, PAGE_H - 226, 220, PAGE_H - 206), font_ref)]
    if extra_annotation:  # a reviewer's comment drawn as a free-text annotation
        note = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FreeText"),
                NameObject("/Contents"): TextStringObject("请核对日期"),
                NameObject("/DA"): TextStringObject("/Helv 12 Tf 0 g"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (400, 700, 500, 720)]),
            }
        )
        annots.append(writer._add_object(note))
    page[NameObject("/Annots")] = ArrayObject(annots)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject(annots[:1])})
    return _bytes(writer)


def test_a_filled_form_fields_value_is_read_where_its_widget_shows_it() -> None:
    doc = govdoc.parse(_form(extra_annotation=False), format="pdf")
    check_invariants(doc)
    assert "经办人：叶秋生" in doc.text


def test_a_form_field_whose_appearance_is_left_to_the_viewer_is_read_as_drawn() -> None:
    from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    writer = _pdf([("关于做好秋季学期开学工作的通知", 120, 120), ("各中小学校：", 80, 170), ("联系电话：", 80, 220)])
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    font_ref = next(fonts.raw_get(k) for k, v in fonts.items() if "STSong" in str(v.get_object()["/BaseFont"]))
    widget = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("phone"),
                NameObject("/V"): TextStringObject("0571-86541234"),
                NameObject("/DA"): TextStringObject("/F1 16 Tf 0 g"),
                NameObject("/F"): FloatObject(4),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (165, PAGE_H - 226, 330, PAGE_H - 206)]),
            }
        )
    )  # no /AP: the filling tool set /NeedAppearances and left the drawing to the viewer
    page[NameObject("/Annots")] = ArrayObject([widget])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject([widget]),
            NameObject("/NeedAppearances"): BooleanObject(True),
            NameObject("/DA"): TextStringObject("/F1 16 Tf 0 g"),
            NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}),
        }
    )
    doc = govdoc.parse(_bytes(writer), format="pdf")
    check_invariants(doc)
    assert "0571-86541234" in doc.text


def test_a_page_with_a_comment_annotation_is_not_flattened() -> None:
    doc = govdoc.parse(_form(extra_annotation=True), format="pdf")
    check_invariants(doc)
    assert "请核对日期" not in doc.text  # a reviewer's note is no text of the document's


def _identity_font(writer: Any, *, to_unicode: str | None) -> Any:
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    cid = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/CIDFontType2"),
            NameObject("/BaseFont"): NameObject("/XYZABC+SimHei"),
            NameObject("/CIDSystemInfo"): DictionaryObject(
                {
                    NameObject("/Registry"): TextStringObject("Adobe"),
                    NameObject("/Ordering"): TextStringObject("Identity"),
                    NameObject("/Supplement"): NumberObject(0),
                }
            ),
            NameObject("/DW"): NumberObject(1000),
            NameObject("/CIDToGIDMap"): NameObject("/Identity"),
        }
    )
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/BaseFont"): NameObject("/XYZABC+SimHei"),
            NameObject("/Encoding"): NameObject("/Identity-H"),
            NameObject("/DescendantFonts"): ArrayObject([writer._add_object(cid)]),
        }
    )
    if to_unicode is not None:
        cmap = DecodedStreamObject()
        cmap.set_data(to_unicode.encode("ascii"))
        font[NameObject("/ToUnicode")] = writer._add_object(cmap)
    return writer._add_object(font)


GLYPHS = {"工": 0x01A4, "作": 0x01B7, "要": 0x0233, "求": 0x0110}


def _glyph_line(to_unicode: bool) -> bytes:
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = _pdf([("关于做好秋季学期开学工作的通知", 120, 120)])
    page = writer.pages[0]
    cmap = None
    if to_unicode:
        pairs = " ".join(f"<{code:04X}> <{ord(ch):04X}>" for ch, code in GLYPHS.items())
        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def "
            f"1 begincodespacerange <0000> <FFFF> endcodespacerange {len(GLYPHS)} beginbfchar {pairs} endbfchar "
            "endcmap CMapName currentdict /CMap defineresource pop end end"
        )
    page["/Resources"]["/Font"][NameObject("/F7")] = _identity_font(writer, to_unicode=cmap)
    codes = "".join(f"{code:04X}" for code in GLYPHS.values())
    drawn = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(drawn.get_data() + f"\nBT /F7 16 Tf 1 0 0 1 80 600 Tm <{codes}> Tj ET\n".encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _bytes(writer)


def test_glyphs_of_a_font_with_no_unicode_map_are_replacement_characters_and_warned() -> None:
    doc = govdoc.parse(_glyph_line(to_unicode=False), format="pdf")
    check_invariants(doc)
    assert "\ufffd" * 4 in doc.text
    assert not any(chr(code) in doc.text for code in GLYPHS.values())
    assert "encoding-repaired" in [w.code for w in doc.warnings]


def test_the_same_font_with_a_unicode_map_reads_its_characters_unwarned() -> None:
    doc = govdoc.parse(_glyph_line(to_unicode=True), format="pdf")
    check_invariants(doc)
    assert "工作要求" in doc.text
    assert "encoding-repaired" not in [w.code for w in doc.warnings]


# --- DOCX: symbol fonts and red ink ------------------------------------------------------------


def _sym(font: str, code: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'


def test_wingdings_2_ticks_and_boxes_read_as_the_characters_they_draw() -> None:
    body = (
        p("关于报送2024年政务公开工作要点的通知", '<w:jc w:val="center"/>')
        + p("各乡镇：")
        + f"<w:p>{_sym('Wingdings 2', 'F050')}<w:r><w:t>已报送　</w:t></w:r>{_sym('Wingdings 2', 'F054')}"
        "<w:r><w:t>未报送　</w:t></w:r>"
        f"{_sym('Wingdings 2', 'F0A3')}<w:r><w:t>不适用</w:t></w:r></w:p>"
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert "✓已报送　☒未报送　☐不适用" in doc.text
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in doc.text)


RED = '<w:color w:val="E60012"/><w:sz w:val="72"/>'


def _headed(organ_rpr: str) -> govdoc.Document:
    body = (
        p("某县交通运输局", '<w:jc w:val="center"/>', organ_rpr)
        + p("关于开展农村公路安全隐患排查的通知", '<w:jc w:val="center"/>', '<w:sz w:val="44"/>')
        + p("各乡镇交管站：")
        + p("为保障农村公路通行安全，现就开展隐患排查通知如下。")
        + p("特此通知。")
        + p("某县交通运输局", '<w:jc w:val="right"/>')
        + p("2024年4月2日", '<w:jc w:val="right"/>')
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    return doc


def test_an_organ_in_red_over_a_title_is_the_letterhead_not_the_titles_first_line() -> None:
    doc = _headed(RED)
    assert doc.header.title == "关于开展农村公路安全隐患排查的通知"
    assert doc.header.issuer == "某县交通运输局"


def test_an_organ_in_black_over_a_title_stays_the_titles_first_line() -> None:
    doc = _headed('<w:sz w:val="44"/>')
    assert doc.header.title == "某县交通运输局关于开展农村公路安全隐患排查的通知"
    assert doc.header.issuer == "某县交通运输局"


# --- a form's table whose first column captions its groups of rows --------------------------------


def _cell(text: str, merge: str = "") -> str:
    props = (
        f'<w:tcPr><w:vMerge w:val="{merge}"/></w:tcPr>'
        if merge == "restart"
        else ("<w:tcPr><w:vMerge/></w:tcPr>" if merge else "")
    )
    return f"<w:tc>{props}{p(text) if text else '<w:p/>'}</w:tc>"


def _form_reply(rows: list[list[str]], merges: list[str]) -> govdoc.Document:
    table = (
        "<w:tbl><w:tblPr/>"
        + "".join(
            "<w:tr>" + _cell(row[0], merge) + "".join(_cell(c) for c in row[1:]) + "</w:tr>"
            for row, merge in zip(rows, merges, strict=True)
        )
        + "</w:tbl>"
    )
    body = (
        table
        + p("关于县政协九届四次会议第0088号提案的答复", '<w:jc w:val="center"/>')
        + p("王建军委员：")
        + p("您提出的《关于加强乡村学校少年宫建设的提案》收悉。现答复如下：")
        + p("全县已建成乡村学校少年宫十二所，明年再建五所。")
        + p("感谢您对教育工作的关心和支持。")
        + p("某县教育局", '<w:jc w:val="right"/>')
        + p("2024年5月30日", '<w:jc w:val="right"/>')
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    return doc


def test_a_forms_rows_after_a_group_caption_merged_down_are_its_metadata() -> None:
    doc = _form_reply(
        [
            ["提案信息", "提案编号", "0088", "提案人", "王建军"],
            ["", "办理单位", "某县教育局"],
            ["办理信息", "办理结果", "正在解决", "公开属性", "依申请公开"],
        ],
        ["restart", "continue", "restart"],
    )
    assert doc.header.metadata == {
        "提案编号": "0088",
        "提案人": "王建军",
        "办理单位": "某县教育局",
        "办理结果": "正在解决",
        "公开属性": "依申请公开",
    }
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_data_tables_head_row_is_no_forms_grouped_row() -> None:
    from govdoc.rules.header_lines import grouped_row

    assert not grouped_row(("序号", "名称", "地点"))  # a caption shows over two pairs at least
    assert not grouped_row(("序号", "名称", "数量", "单价", "金额"))  # 单价 is no label
    assert not grouped_row(("项目", "名称", "标题", "编号", "内容"))  # values that are labels: a head row
    assert grouped_row(("基本信息", "建议编号", "0152", "领衔代表", "孙立新"))


def test_a_body_table_with_an_empty_corner_cell_under_the_addressee_stays_the_bodys() -> None:
    table = (
        "<w:tbl><w:tblPr/>"
        + "<w:tr>"
        + _cell("")
        + _cell("内容")
        + _cell("要求")
        + "</w:tr>"
        + "<w:tr>"
        + _cell("一")
        + _cell("自查")
        + _cell("6月底前完成")
        + "</w:tr>"
        + "</w:tbl>"
    )
    body = (
        p("关于开展安全生产自查的通知", '<w:jc w:val="center"/>')
        + p("各村委会：")
        + table
        + p("请按上表要求开展自查。")
        + p("特此通知。")
        + p("某镇人民政府", '<w:jc w:val="right"/>')
        + p("2024年6月3日", '<w:jc w:val="right"/>')
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert doc.header.metadata == {}
    assert "内容" in doc.text and "content-unplaced" not in [w.code for w in doc.warnings]
