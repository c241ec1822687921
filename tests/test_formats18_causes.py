"""Causes found by the eighteenth round of format probes (tests/test_probes_18_formats.py), each tested on a
new example of its cause, not on the probe's text; each cause's test fails on the session's start
(/work/s18start), and a guard beside each holds what must not change.

- A table row deleted with tracked changes (w:trPr/w:del) was read as a row: deleted runs and paragraph
  marks are read accepted, a deleted row was not (readers.docx.walk `_row_deleted`).
- A one-row table holding a contact's lines in one cell and the 落款's organ over its date in the other
  was read as a row of data: line k of each cell ran together (`联系电话：…\t某局`) and no 落款 was found
  (readers.docx.walk `_blocks_side_by_side`).
- A web page's headline standing alone in a layout table's row over the article's row (`<tr><td><h2>`)
  was passed over, as a wrapper of a heading is not taken for a headline: the title was lost, not even
  kept in the text (readers.html.content `_heading_inside`).
- Digits of a PDF line set with added character spacing (a date spread by Tc) were parted by spaces
  where their boxes stood apart (`2 02 4年8月2 6日`), so the date was no date: a gap between digits no
  wider than the line's gap beside its CJK characters is letter-spacing (readers.page_lines `_tracking`).
- A marked-content span whose /ActualText stands for glyphs shown in the middle of one text object (王,
  then the span over two squeezed 吉, then 代表：) lost its ActualText, unwarned: pypdf reports the
  object's shows as one string, and a string only partly in a span kept the glyphs as drawn. Each show's
  characters are now told apart by its bytes over the font's code width (readers.pdf_dropped
  `_partly_said`).
"""

from __future__ import annotations

import io
from typing import Any

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants

# --- DOCX tables -----------------------------------------------------------------------------------

DEL = 'w:id="7" w:author="审核" w:date="2024-03-01T08:00:00Z"'


def _tc(*lines: str) -> str:
    return f"<w:tc>{''.join(p(line) for line in lines) or '<w:p/>'}</w:tc>"


def _tr(*cells: str, deleted: bool = False) -> str:
    props = f"<w:trPr><w:del {DEL}/></w:trPr>" if deleted else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def _docx(body: str) -> govdoc.Document:
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    return doc


def test_a_table_row_deleted_with_tracked_changes_is_no_row_and_no_text() -> None:
    table = (
        "<w:tbl><w:tblPr/>"
        + _tr(_tc("乡镇"), _tc("补助（万元）"))
        + _tr(_tc("龙门镇"), _tc("35"))
        + _tr(_tc("石桥乡"), _tc("28"), deleted=True)
        + _tr(_tc("柳河镇"), _tc("41"))
        + "</w:tbl>"
    )
    body = p("关于下达2024年村级组织运转经费的通知") + p("各乡镇人民政府：") + p("一、分配结果") + table
    body += p("二、工作要求") + p("请及时拨付到村。") + p("某县财政局") + p("2024年3月5日")
    doc = _docx(body)
    (read,) = doc.sections[0].tables
    assert read.rows == (("乡镇", "补助（万元）"), ("龙门镇", "35"), ("柳河镇", "41"))
    assert "石桥乡" not in doc.text


def _sign_off(table: str) -> govdoc.Document:
    body = p("关于区人大三届二次会议第045号建议的答复") + p("周某代表：")
    body += p("您提出的建议收悉。现答复如下：") + p("我局已完成城区公厕改造二十座。")
    body += p("感谢您对城市管理工作的关心和支持。") + table
    return _docx(body)


def test_a_contact_beside_the_signature_in_a_one_row_table_is_read_cell_by_cell() -> None:
    doc = _sign_off(
        "<w:tbl><w:tblPr/>"
        + _tr(_tc("某区城市管理局", "2024年5月16日"), _tc("联系人：钱进", "电话：0755-8123456"))
        + "</w:tbl>"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区城市管理局",), "2024-05-16")
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("钱进", ("0755-8123456",))
    assert doc.tables == () and "field-missing" not in [w.code for w in doc.warnings]


def test_a_one_row_table_of_values_and_a_table_of_stacked_cells_over_rows_stay_tables() -> None:
    one_row = "<w:tbl><w:tblPr/>" + _tr(_tc("城区"), _tc("二十座"), _tc("已完工")) + "</w:tbl>"
    doc = _sign_off(one_row + p("某区城市管理局") + p("2024年5月16日"))
    assert [t.rows for t in doc.tables] == [(("城区", "二十座", "已完工"),)]
    stacked = (
        "<w:tbl><w:tblPr/>"
        + _tr(_tc("路段"), _tc("工期"))
        + _tr(_tc("北环路", "东段"), _tc("3月", "至5月"))
        + "</w:tbl>"
    )
    doc = _sign_off(stacked + p("某区城市管理局") + p("2024年5月16日"))
    assert [t.rows for t in doc.tables] == [(("路段", "工期"), ("北环路\n东段", "3月\n至5月"))]


def test_a_joint_signature_of_parallel_cells_each_over_the_same_date_stays_one_row() -> None:
    doc = _sign_off(
        "<w:tbl><w:tblPr/>"
        + _tr(_tc("某区城市管理局", "2024年5月16日"), _tc("某区财政局", "2024年5月16日"))
        + "</w:tbl>"
    )
    assert "某区城市管理局\n2024年5月16日\t某区财政局\n2024年5月16日" in doc.text


# --- HTML: a headline alone in a layout row ------------------------------------------------------------


def _page(head_row: str) -> govdoc.Document:
    page = (
        "<html><body><table><tr><td><a href='/'>首页</a> &gt; 政策文件</td></tr></table>"
        f"<table width='100%'>{head_row}<tr><td><div class='article'>"
        "<p>各街道办事处：</p><p>为做好今年老旧小区改造工作，现将有关事项通知如下：</p>"
        "<p>一、改造范围</p><p>2000年前建成的住宅小区。</p><p>特此通知。</p>"
        "<p align='right'>某区住房和城乡建设局</p><p align='right'>2024年4月3日</p>"
        "</div></td></tr></table></body></html>"
    )
    doc = govdoc.parse(page.encode(), format="html")
    check_invariants(doc)
    return doc


def test_a_headline_alone_in_the_layout_row_over_the_article_is_its_title() -> None:
    doc = _page("<tr><td align='center'><h1>某区住房和城乡建设局关于做好2024年老旧小区改造工作的通知</h1></td></tr>")
    assert doc.header.title == "某区住房和城乡建设局关于做好2024年老旧小区改造工作的通知"


def test_a_row_holding_a_heading_and_more_text_is_no_headline() -> None:
    doc = _page("<tr><td><h3>政策解读</h3><p>本栏目发布本区住房政策的解读材料，供群众查阅参考使用。</p></td></tr>")
    assert doc.header.title != "政策解读"
    assert "本栏目发布本区住房政策" not in doc.text


# --- PDF: letter-spaced digits, an ActualText span inside a text object --------------------------------

FONT = "STSong-Light"
PAGE_H = 841.89


def _canvas() -> tuple[io.BytesIO, Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)


def _text(c: Any, text: str, x: float, top: float, spacing: float = 0.0) -> None:
    t = c.beginText()
    t.setFont(FONT, 16)
    t.setCharSpace(spacing)
    t.setTextOrigin(x, PAGE_H - top)
    t.textOut(text)
    c.drawText(t)


def _parsed(out: io.BytesIO) -> govdoc.Document:
    doc = govdoc.parse(out.getvalue(), format="pdf")
    check_invariants(doc)
    return doc


def test_digits_of_a_letter_spaced_line_are_not_parted_by_spaces() -> None:
    out, c = _canvas()
    _text(c, "某市档案馆关于开展档案安全检查的通知", 140, 120)
    _text(c, "各区档案馆：", 80, 170)
    _text(c, "请于本月底前完成自查，检查情况报市档案馆。", 112, 200)
    _text(c, "某市档案馆", 380, 260, spacing=5)
    _text(c, "2023年10月18日", 360, 290, spacing=5)
    _text(c, "联系电话：0571 87654321", 112, 330)  # a space between figure groups the line's spacing does not explain
    _text(c, "0571", 112, 360)  # figure groups apart on a line of no CJK character: no measure, the gap stands
    _text(c, "87654321", 160, 360)
    c.showPage()
    c.save()
    doc = _parsed(out)
    assert doc.signature is not None and doc.signature.date == "2023-10-18"
    lines = doc.text.split("\n")
    assert "2023年10月18日" in lines
    assert any(line.replace("联系电话：", "") == "0571 87654321" for line in lines)
    assert "0571 87654321" in lines


def test_an_actual_text_span_shown_inside_one_text_object_stands_for_its_glyphs() -> None:
    out, c = _canvas()
    _text(c, "关于市十四届人大二次会议第0177号建议的答复", 120, 120)
    _text(c, "您提出的建议收悉。现答复如下：", 112, 200)
    _text(c, "感谢您对统计工作的关心和支持。", 112, 230)
    _text(c, "某市统计局", 380, 280)
    _text(c, "2024年6月20日", 370, 310)
    c.showPage()
    c.save()
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(out.getvalue())).pages[0])
    page = writer.pages[0]
    font = next(k for k, v in page["/Resources"]["/Font"].items() if "STSong" in str(v.get_object()["/BaseFont"]))
    contents = page.get_contents()
    assert contents is not None

    def hexed(text: str) -> str:
        return "<" + "".join(f"{ord(ch):04X}" for ch in text) + ">"

    # 李, then 犇 (a character the font lacks) drawn as three squeezed 牛 in a span, then 代表： — one text
    # object, one origin
    line = (
        f"\nBT {font} 16 Tf 1 0 0 1 80 {PAGE_H - 160:.2f} Tm {hexed('李')} Tj /Span <</ActualText <FEFF7287>>> BDC "
        f"33.3 Tz {hexed('牛')} Tj {hexed('牛')} Tj {hexed('牛')} Tj EMC 100 Tz {hexed('代表：')} Tj ET\n"
    )
    stream = DecodedStreamObject()
    stream.set_data(contents.get_data() + line.encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    final = io.BytesIO()
    writer.write(final)
    doc = _parsed(final)
    assert doc.header.recipients == ("李犇代表",)
    assert "牛" not in doc.text
