"""Causes found by round 22's format probes (tests/test_probes_22_formats.py), each tested on a new example of
the cause (not the probe's document); each cause's test fails on the session's start (/work/s22start), and a
guard beside each holds what must not change.

- PDF: a filled form a reviewer had read over (a sticky note, a stamp annotation beside its fields) was not
  flattened, as any annotation but a widget kept the page as it was: the fields' values (a 文号, a date) were
  lost unwarned (readers.pdf_chars `_filled_form`: the other annotations are hidden before flattening, as
  signature fields are).
- PDF: a page whose 文号 and date were typed on with a PDF editor's typewriter tool (free-text annotations of
  intent /FreeTextTypeWriter) lost them unwarned (readers.pdf_chars `_typed_on`: such words are flattened
  as a form's values are; a reviewer's callout or note stays out).
- PDF: a sheet printed two-up but stored portrait and turned by /Rotate 90 was read as one page, its halves'
  lines interleaved (readers.two_up: a turned sheet's glyphs already stand as shown).
- PDF: a booklet printed two-up in imposition order (4 | 1, then 2 | 3) was read sheet by sheet, its last page
  (the 版记) first (readers.two_up `_by_folio`: the halves in their folios' order).
- HTML: an old portal's article standing right in `<body>` (a `<div id="zoom">` of `<br>` lines) took no
  headline, so a page whose body lacks its title had none (readers.html.content `_named_headline_before`: a
  block the page names a title, not followed by navigation).
- PDF: a scan's OCR layer written along the sheet's slight turn (1–2°): each line's characters stepped across
  baselines and the line was cut in pieces (readers.pdf_chars `_Runs.skew`, `_straightened`).
- PDF: a Type3 font without a ToUnicode map naming its glyphs `/uniXXXX`: PDFium reads the bare codes, its
  whole text then drops or merges control codes out of step with the boxes (readers.pdf_chars `_char_text`;
  readers.pdf_glyph_names: the names read as the characters they state).
- PDF: a page of one-line paragraphs that fill their line exactly, the 主送 flush left: the measure's lines
  ran on into the next indented paragraph (readers.geometry `_margin_left_of_indents`).
"""

from __future__ import annotations

import io
import math
from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes
from tests.test_formats19_causes import PAGE_H, _bytes, _field, _pdf

FONT = "STSong-Light"
PAGE_W = 595.27


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _parse(data: bytes) -> govdoc.Document:
    return _checked(govdoc.parse(data, format="pdf", pdf_backend="pypdfium2"))


def _canvas(size: tuple[float, float] = (PAGE_W, PAGE_H)) -> tuple[io.BytesIO, Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=size, invariant=True)


# --- PDF: a filled form a reviewer annotated ------------------------------------------------------


def _annotation(writer: Any, subtype: str, contents: str, rect: tuple[float, ...], ap: Any = None) -> Any:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    entries = {
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject(subtype),
        NameObject("/Contents"): TextStringObject(contents),
        NameObject("/F"): NumberObject(4),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
    }
    if ap is not None:
        entries[NameObject("/AP")] = DictionaryObject({NameObject("/N"): ap})
    return writer._add_object(DictionaryObject(entries))


def _stamp_appearance(writer: Any, font: Any, words: str) -> Any:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject

    ap = StreamObject()
    hexed = "<" + "".join(f"{ord(ch):04X}" for ch in words) + ">"
    ap._data = f"BT 1 0 0 rg /F1 14 Tf 2 4 Td {hexed} Tj ET".encode("ascii")
    ap.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(60), FloatObject(22)]),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
            ),
        }
    )
    return writer._add_object(ap)


def _reviewed_form(with_field: bool) -> bytes:
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    writer = _pdf([("关于申请修缮村级文化活动室的报告", 120, 120), ("镇人民政府：", 80, 170), ("经办人：", 80, 220)])
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    font_ref = next(fonts.raw_get(k) for k, v in fonts.items() if "STSong" in str(v.get_object()["/BaseFont"]))
    annots = []
    if with_field:
        annots.append(_field(writer, page, "梁秀英", (150, PAGE_H - 226, 220, PAGE_H - 206), font_ref))
    annots.append(_annotation(writer, "/Text", "请补充附件清单", (500, 700, 520, 720)))
    stamp = _stamp_appearance(writer, font_ref, "同意上报")
    annots.append(_annotation(writer, "/Stamp", "同意上报", (300, PAGE_H - 300, 360, PAGE_H - 278), stamp))
    page[NameObject("/Annots")] = ArrayObject(annots)
    if with_field:
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
            {NameObject("/Fields"): ArrayObject(annots[:1])}
        )
    return _bytes(writer)


def test_a_filled_forms_values_are_read_where_a_reviewer_left_a_note_and_a_stamp_beside_them() -> None:
    doc = _parse(_reviewed_form(with_field=True))
    assert "经办人：梁秀英" in doc.text
    assert "请补充附件清单" not in doc.text and "同意上报" not in doc.text  # the reviewer's, not the document's


def test_a_page_with_a_note_and_a_stamp_and_no_form_keeps_them_out_of_its_text() -> None:
    doc = _parse(_reviewed_form(with_field=False))
    assert "经办人：" in doc.text
    assert "请补充附件清单" not in doc.text and "同意上报" not in doc.text


def _typed_on(intent: str | None) -> bytes:
    """A page with `联系人：` printed and a name put beside it by a free-text annotation of `intent`
    (its appearance drawing the name), with a reviewer's sticky note."""
    from pypdf.generic import ArrayObject, NameObject

    writer = _pdf([("关于申请修缮村级文化活动室的报告", 120, 120), ("镇人民政府：", 80, 170), ("联系人：", 80, 220)])
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    font_ref = next(fonts.raw_get(k) for k, v in fonts.items() if "STSong" in str(v.get_object()["/BaseFont"]))
    words = _annotation(
        writer,
        "/FreeText",
        "邵建华",
        (150, PAGE_H - 226, 220, PAGE_H - 206),
        _stamp_appearance(writer, font_ref, "邵建华"),
    )
    if intent is not None:
        words.get_object()[NameObject("/IT")] = NameObject(intent)
    note = _annotation(writer, "/Text", "电话另附", (500, 700, 520, 720))
    page[NameObject("/Annots")] = ArrayObject([words, note])
    return _bytes(writer)


def test_words_typed_on_with_a_pdf_editors_typewriter_tool_are_read_where_they_stand() -> None:
    doc = _parse(_typed_on("/FreeTextTypeWriter"))
    assert "联系人：邵建华" in doc.text
    assert "电话另附" not in doc.text


def test_a_reviewers_free_text_callout_is_no_text_of_the_page() -> None:
    for intent in (None, "/FreeTextCallout"):
        doc = _parse(_typed_on(intent))
        assert "邵建华" not in doc.text and "电话另附" not in doc.text


# --- PDF: sheets printed two-up -------------------------------------------------------------------

SHEET_W, SHEET_H = 841.89, 595.27


def _half(c: Any, x0: float, lines: list[tuple[str, float]], folio: str) -> None:
    """A page's lines (text, indent) at 12 pt on the half of a landscape sheet starting at `x0`, its folio under it."""
    y = 530.0
    for text, indent in lines:
        c.setFont(FONT, 12)
        c.drawString(x0 + 50 + indent, y, text)
        y -= 22
    if folio:
        c.setFont(FONT, 10.5)
        c.drawCentredString(x0 + SHEET_W / 4, 30, folio)


PAGES = {
    1: [
        ("某县林业局关于做好", 70.0),
        ("森林防火工作的通知", 70.0),
        ("各乡镇林业站：", 0.0),
        ("一、加强巡山护林", 24.0),
    ],
    2: [("各林业站要落实巡山人员，重点时段", 24.0), ("加密巡查频次。", 0.0), ("二、严管野外用火", 24.0)],
    3: [("清明期间严禁在林区祭祀烧纸，违者依法", 24.0), ("处理。", 0.0), ("特此通知。", 24.0), ("某县林业局", 200.0)],
    4: [("抄送：县应急管理局。", 0.0), ("某县林业局办公室", 0.0), ("2024年3月18日印发", 0.0)],
}


def _sheets(order: list[tuple[int, int]], folios: bool = True) -> bytes:
    out, c = _canvas((SHEET_W, SHEET_H))
    for left, right in order:
        for k, number in enumerate((left, right)):
            _half(c, k * SHEET_W / 2, PAGES[number], f"— {number} —" if folios else "")
        c.showPage()
    c.save()
    return out.getvalue()


def test_a_booklet_printed_two_up_in_imposition_order_is_read_in_its_folios_order() -> None:
    doc = _parse(_sheets([(4, 1), (2, 3)]))
    text = doc.text
    places = [
        text.index(s)
        for s in ("森林防火工作的通知", "一、加强巡山护林", "二、严管野外用火", "特此通知。", "抄送：县应急管理局。")
    ]
    assert places == sorted(places), text
    assert "layout-unusual" in codes(doc)


def test_two_up_sheets_already_in_page_order_or_without_folios_are_read_as_they_stand() -> None:
    in_order = _parse(_sheets([(1, 2), (3, 4)])).text
    assert in_order.index("一、加强巡山护林") < in_order.index("二、严管野外用火") < in_order.index("抄送")
    unnumbered = _parse(_sheets([(4, 1), (2, 3)], folios=False)).text
    assert unnumbered.index("抄送") < unnumbered.index(
        "一、加强巡山护林"
    )  # no folio: the sheets' order is all there is


def _turned_sheet(draw: Any) -> bytes:
    """A portrait page whose content `draw` lays out on a landscape sheet, turned upright by /Rotate 90."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject

    out, c = _canvas((PAGE_W, PAGE_H))
    c.transform(0, 1, -1, 0, PAGE_W, 0)  # the sheet's (X, Y) drawn at (W - Y, X): shown so by /Rotate 90
    draw(c)
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    writer.pages[0][NameObject("/Rotate")] = NumberObject(90)
    return _bytes(writer)


def test_a_two_up_sheet_stored_portrait_and_turned_by_rotate_is_read_as_its_two_pages() -> None:
    def draw(c: Any) -> None:
        _half(c, 0, PAGES[1], "— 1 —")
        _half(c, SHEET_W / 2, PAGES[2], "— 2 —")

    text = _parse(_turned_sheet(draw)).text
    assert text.index("各乡镇林业站：") < text.index("一、加强巡山护林") < text.index("各林业站要落实巡山人员")
    assert "某县林业局关于做好" in text and "森林防火工作的通知" in text


def test_a_turned_landscape_page_whose_lines_cross_its_middle_stays_one_page() -> None:
    def draw(c: Any) -> None:
        y = 520.0
        for text in (
            "某县林业局2024年森林防火责任人名单及联系方式一览表（按乡镇排列，共十二个乡镇）",
            "城关镇  王建国  13800000001  负责全镇林区巡查",
        ):
            c.setFont(FONT, 14)
            c.drawString(60, y, text)
            y -= 26

    doc = _parse(_turned_sheet(draw))
    assert "城关镇" in doc.text and "一览表" in doc.text
    assert "两页并排" not in " ".join(w.message for w in doc.warnings)


# --- HTML: a headline beside an article standing in <body> ----------------------------------------

BODY_ARTICLE = """<html><head><meta charset="utf-8"><title>某街道办事处</title></head><body>
{head}
<div class="art_title">关于开展老旧小区消防设施检查的通知</div>
<div class="date">发布时间：2024-04-02</div>
<div id="content">
街办发〔2024〕6号<br>
各社区居委会：<br>
&#12288;&#12288;为消除老旧小区火灾隐患，街道决定开展消防设施检查。现将有关事项通知如下：<br>
&#12288;&#12288;一、检查范围<br>
&#12288;&#12288;辖区内建成二十年以上的住宅小区。<br>
&#12288;&#12288;特此通知。<br>
某街道办事处<br>
2024年4月1日<br>
</div></body></html>"""


def test_a_headline_the_page_names_a_title_beside_an_article_in_the_body_is_the_title() -> None:
    page = BODY_ARTICLE.format(head='<div class="top"><a href="/">首页</a> <a href="/gk/">信息公开</a></div>')
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert doc.header.title == "关于开展老旧小区消防设施检查的通知"


def test_a_named_headline_followed_by_the_sites_navigation_in_the_body_is_no_title() -> None:
    # the site's name over its menu: the article below it has no headline
    page = BODY_ARTICLE.replace(
        '<div class="art_title">关于开展老旧小区消防设施检查的通知</div>',
        '<div class="site-title">某街道办事处政务信息公开平台</div><div class="nav"><a href="/">首页</a> <a href="/gk/">信息公开</a></div>',
    ).format(head="")
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert doc.header.title != "某街道办事处政务信息公开平台"
    assert "政务信息公开平台" not in doc.text


# --- PDF: a slanted OCR layer ---------------------------------------------------------------------

SLANTED = [
    ("各村民委员会：", 80.0),
    ("为做好春季动物疫病防控工作，镇政府决定开展集中免疫。", 112.0),
    ("一、免疫对象为全镇存栏的猪、牛、羊和家禽。", 112.0),
    ("二、各村要在四月底前完成免疫并建立档案。", 112.0),
]


def _slanted_page(degrees: float, watermark: float | None = None) -> bytes:
    out, c = _canvas()
    turn = math.radians(degrees)
    top = 200.0
    for text, x in SLANTED:
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(FONT, 15)
        # each line set along the turned sheet: its baseline falls (or rises) across the page
        t.setTextTransform(
            math.cos(turn), -math.sin(turn), math.sin(turn), math.cos(turn), x, PAGE_H - top - (x - 80) * math.tan(turn)
        )
        t.textOut(text)
        c.drawText(t)
        top += 30
    if watermark is not None:
        c.saveState()
        c.translate(300, 300)
        c.rotate(watermark)
        c.setFont(FONT, 12)
        c.drawString(0, 0, "内部资料")
        c.restoreState()
    c.showPage()
    c.save()
    return out.getvalue()


def test_an_ocr_layer_written_along_a_slightly_turned_sheet_is_read_line_by_line() -> None:
    lines = _parse(_slanted_page(1.2)).text.split("\n")
    assert lines == [text for text, _ in SLANTED]


def test_upright_lines_beside_a_few_turned_characters_are_not_straightened() -> None:
    lines = _parse(_slanted_page(0.0, watermark=4.0)).text.split("\n")
    assert [text for text, _ in SLANTED] == [line for line in lines if "内部资料" not in line]


# --- PDF: a Type3 font naming its glyphs -----------------------------------------------------------


def _type3_pdf(lines: list[str], names: str, first: int = 1, named: dict[str, str] | None = None) -> bytes:
    """One page of `lines` (16 pt, one under the other) in a Type3 font of square glyphs with one-byte
    codes from `first` and no ToUnicode, each glyph named `uniXXXX` (`names="uni"`) or `gN` (`names="g"`),
    but where `named` gives a character its own name (`/zero`, as the Adobe Glyph List names it)."""
    chars = sorted({ch for line in lines for ch in line})
    code = {ch: k for k, ch in enumerate(chars, first)}
    objects: list[bytes] = []

    def add(data: str | bytes) -> int:
        objects.append(data.encode("latin-1") if isinstance(data, str) else data)
        return len(objects)

    def glyph_name(ch: str) -> str:
        if named and ch in named:
            return named[ch]
        return f"uni{ord(ch):04X}" if names == "uni" else f"g{code[ch]}"

    procs = {}
    for ch in chars:
        body = b"1000 0 40 -60 960 820 d1 40 -60 920 880 re f"
        procs[ch] = add(f"<< /Length {len(body)} >>\nstream\n".encode() + body + b"\nendstream")
    char_procs = " ".join(f"/{glyph_name(ch)} {procs[ch]} 0 R" for ch in chars)
    differences = f"{first} " + " ".join(f"/{glyph_name(ch)}" for ch in chars)
    font = add(
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 -60 1000 880] /FontMatrix [0.001 0 0 0.001 0 0] "
        f"/CharProcs << {char_procs} >> /Encoding << /Type /Encoding /Differences [{differences}] >> "
        f"/FirstChar {first} /LastChar {first + len(chars) - 1} /Widths [{' '.join('1000' for _ in chars)}] /Resources << >> >>"
    )
    stream = "".join(
        f"BT /T3 16 Tf 80 {700 - 30 * k} Td (" + "".join(f"\\{code[ch]:03o}" for ch in line) + ") Tj ET\n"
        for k, line in enumerate(lines)
    ).encode("latin-1")
    contents = add(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    page = add(
        f"<< /Type /Page /Parent {len(objects) + 2} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
        f"/Resources << /Font << /T3 {font} 0 R >> >> /Contents {contents} 0 R >>"
    )
    pages = add(f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    root = add(f"<< /Type /Catalog /Pages {pages} 0 R >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for k, data in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{k} 0 obj\n".encode() + data + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{at:010d} 00000 n \n" for at in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


TYPE3_LINES = ["某镇人民政府办公室", "镇办发〔2024〕3号", "各村：请于5月10日前上报统计表。"]


def test_a_type3_font_naming_its_glyphs_by_their_characters_is_read_by_those_names() -> None:
    doc = _parse(_type3_pdf(TYPE3_LINES, "uni"))
    assert doc.text.split("\n") == TYPE3_LINES
    assert "encoding-repaired" not in codes(doc)


def test_a_type3_font_whose_named_codes_read_as_latin_letters_is_read_by_its_glyph_names() -> None:
    # codes from 0x21: PDFium reads them as `!"#$…`, no control character among them
    doc = _parse(_type3_pdf(TYPE3_LINES, "uni", first=0x21))
    assert doc.text.split("\n") == TYPE3_LINES
    assert "encoding-repaired" not in codes(doc)


def test_a_type3_font_whose_glyph_names_state_no_character_is_read_as_replacement_characters() -> None:
    doc = _parse(_type3_pdf(TYPE3_LINES, "g"))
    assert "encoding-repaired" in codes(doc)
    assert doc.text.replace("\n", "").strip("\ufffd ") == ""  # every glyph U+FFFD, none read as a control code


# --- PDF: one-line paragraphs filling the measure --------------------------------------------------


def test_one_line_paragraphs_that_fill_the_measure_under_a_flush_left_addressee_stay_apart() -> None:
    """A notice whose paragraphs each fill one line exactly (27 characters after a two-character indent),
    one paragraph wrapping onto the margin, the 主送 flush left: each indented line opens a paragraph."""
    out, c = _canvas()
    left, size = 90.0, 16.0
    rows = [
        ("关于做好暑期学生安全工作的通知", 7),
        ("各区教育局，局属各学校：", 0),
        ("为做好今年暑期学生安全教育工作，现将有关事项通知如下：", 2),
        ("一、开展安全主题教育", 2),
        ("各学校要在放假前通过家长会和致家长的一封信告知家长监护", 2),
        ("责任。", 0),  # the one paragraph that wraps: its second line at the margin
        ("二、组织专题教育", 2),
        ("各学校要在学期末组织一次防溺水和交通安全专题教育课程。", 2),
        ("特此通知。", 2),
        ("某市教育局", 21),
    ]
    y = 720.0
    for text, indent in rows:
        c.setFont(FONT, size)
        c.drawString(left + indent * size, y, text)
        y -= 28
    c.showPage()
    c.save()
    lines = _parse(out.getvalue()).text.split("\n")
    assert lines == [
        "关于做好暑期学生安全工作的通知",
        "各区教育局，局属各学校：",
        "为做好今年暑期学生安全教育工作，现将有关事项通知如下：",
        "一、开展安全主题教育",
        "各学校要在放假前通过家长会和致家长的一封信告知家长监护责任。",
        "二、组织专题教育",
        "各学校要在学期末组织一次防溺水和交通安全专题教育课程。",
        "特此通知。",
        "某市教育局",
    ]
