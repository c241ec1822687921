"""Causes found by the seventeenth round of format probes (tests/test_probes_17_formats.py), each tested on a
new example of its cause, not on the probe's text; each cause's test fails on the session's start
(/work/s17start), and one guard (large dark grey, small light grey) holds what must not change.

- Characters PDFium leaves out of its text page (a glyph set alone in a CJK font the file does not embed) are
  read from the content stream (readers.pdf_dropped), and that reading did not take the stream's word for
  what they are, as PDFium does for the characters it keeps: a marked-content span's /ActualText (a
  character the font lacks, drawn as squeezed parts) and a Latin ligature (ﬁ, ﬃ) for its letters.
- A page header's line holding the 文号 and a page number parted by a tab was judged whole: kept for its
  文号 with the page number in it, or (the page number first) not seen as a 文号 line at all
  (rules.cleanup.furniture).
- Text set large in a light grey, upright, under the body (仅供参考 across the page) was read into the
  body's lines: only slanted text was set apart as a watermark (readers.pdf_chars).
"""

from __future__ import annotations

import io
from typing import Any

import govdoc
from tests.invariants import check_invariants

FONT = "STSong-Light"
PAGE_H = 841.89


def _canvas() -> tuple[io.BytesIO, Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)


def _line(c: Any, text: str, x: float, top: float) -> None:
    c.setFont(FONT, 16)
    c.drawString(x, PAGE_H - top, text)


def _alone(c: Any, text: str, x: float, top: float, squeeze: float = 100.0) -> None:
    """One glyph a text object, as a print driver sets a page glyph by glyph."""
    t = c.beginText()
    t.setFont(FONT, 16)
    t.setHorizScale(squeeze)
    t.setTextOrigin(x, PAGE_H - top)
    t.textOut(text)
    c.drawText(t)


def _parsed(out: io.BytesIO) -> govdoc.Document:
    doc = govdoc.parse(out.getvalue(), format="pdf")
    check_invariants(doc)
    return doc


def _spanned(c: Any, said: str, parts: str, x: float, top: float, squeeze: float) -> float:
    """`parts` drawn one glyph each, squeezed, inside a span whose /ActualText is `said`; where it ends."""
    c._code.append("/Span <</ActualText <FEFF" + "".join(f"{ord(ch):04X}" for ch in said) + ">>> BDC")
    for ch in parts:
        _alone(c, ch, x, top, squeeze)
        x += 16 * squeeze / 100
    c._code.append("EMC")
    return x


def test_an_actual_text_span_over_glyphs_set_alone_is_read_as_the_text_it_says() -> None:
    out, c = _canvas()
    x = 80.0
    for ch in "刘":
        _alone(c, ch, x, 160)
        x += 16
    x = _spanned(c, "犇", "牛牛牛", x, 160, 100 / 3)  # a character the font lacks: three squeezed 牛
    _line(c, "同志：", x, 160)
    _line(c, "某市档案馆关于商请提供馆藏资料的函", 150, 120)
    _line(c, "为编纂地方志，我馆拟查阅贵单位保存的有关历史资料，请予支持。", 112, 190)
    _line(c, "特此函商。", 112, 220)
    _line(c, "某市档案馆", 400, 270)
    _line(c, "2024年9月3日", 395, 300)
    c.showPage()
    c.save()
    doc = _parsed(out)
    assert doc.header.recipients == ("刘犇同志",)
    assert "牛" not in doc.text


def test_a_latin_ligature_set_alone_is_read_as_the_letters_it_joins() -> None:
    out, c = _canvas()
    _line(c, "某市档案馆关于商请提供馆藏资料的函", 150, 120)
    _line(c, "市地方志办公室：", 80, 160)
    _line(c, "为编纂地方志，我馆拟查阅贵单位保存的有关历史资料，请予支持。", 112, 190)
    _line(c, "特此函商。", 112, 220)
    _line(c, "某市档案馆", 400, 270)
    _line(c, "2024年9月3日", 395, 300)
    label = "（联系人：周明，邮箱：tra"
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _line(c, label, 112, 340)
    x = 112 + stringWidth(label, FONT, 16)
    _alone(c, "\ufb03", x, 340)  # ﬃ, one glyph alone; the font's advance for it is a full em
    _line(c, "c@dag.gov.cn）", x + stringWidth("\ufb03", FONT, 16), 340)
    c.showPage()
    c.save()
    doc = _parsed(out)
    assert doc.contact is not None and doc.contact.email == "traffic@dag.gov.cn"
    assert "\ufb03" not in doc.text


# --- a page header's 文号 beside a page number (rules.cleanup.furniture) -----------------------------------


def test_a_page_number_tabbed_beside_the_number_in_a_page_header_is_furniture() -> None:
    from tests.docx_builder import make_docx, p

    header = (
        '<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="8800"/></w:tabs></w:pPr>'
        '<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r>'
        "<w:r><w:tab/></w:r><w:r><w:t>县人社函〔2024〕15号</w:t></w:r></w:p>"
    )
    body = (
        p("某县人力资源和社会保障局关于商请提供企业用工数据的函")
        + p("县统计局：")
        + p("为做好企业用工监测，请贵局提供2024年上半年规模以上企业用工数据。")
        + p("特此函商。")
        + p("某县人力资源和社会保障局")
        + p("2024年7月9日")
    )
    doc = govdoc.parse(make_docx(body, header=header), format="docx")
    check_invariants(doc)
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "县人社函〔2024〕15号"
    assert doc.text.split("\n")[0] == "县人社函〔2024〕15号"
    assert "— 1 —" not in doc.text and "—1—" not in doc.text


# --- text set large in light grey, upright, under the body (readers.pdf_chars) -------------------------------


def _grey_page(grey: float, size: float, mark: str, top: float) -> govdoc.Document:
    out, c = _canvas()
    c.setFillColorRGB(grey, grey, grey)
    c.setFont(FONT, size)
    c.drawString(150, PAGE_H - top, mark)
    c.setFillColorRGB(0, 0, 0)
    _line(c, "某县统计局关于报送统计年报的通知", 150, 120)
    _line(c, "各乡镇人民政府：", 80, 160)
    _line(c, "请于1月20日前报送2024年统计年报，逾期未报的将予通报。", 112, 190)
    _line(c, "各乡镇要指定专人负责年报填报，确保数据真实准确。", 112, 220)
    _line(c, "特此通知。", 112, 250)
    _line(c, "某县统计局", 400, 300)
    _line(c, "2024年12月30日", 390, 330)
    c.showPage()
    c.save()
    return _parsed(out)


def test_text_set_large_in_light_grey_under_the_body_is_a_watermark() -> None:
    doc = _grey_page(0.78, 40, "内部资料严禁外传", 215)  # across the body's two paragraphs
    assert "内部" not in doc.text and "外传" not in doc.text
    assert [p.text for p in doc.preamble] == [
        "请于1月20日前报送2024年统计年报，逾期未报的将予通报。",
        "各乡镇要指定专人负责年报填报，确保数据真实准确。",
    ]


def test_large_dark_grey_text_and_small_light_grey_text_stay_text() -> None:
    # each in a place of its own, under the date: a dark grey is ink whatever its size, and a light grey
    # in the text's size is a note
    assert doc_lines(_grey_page(0.35, 40, "重要提示", 420))[-1] == "重要提示"
    assert doc_lines(_grey_page(0.78, 14, "注意事项", 420))[-1] == "注意事项"


def doc_lines(doc: govdoc.Document) -> list[str]:
    return doc.text.split("\n")
