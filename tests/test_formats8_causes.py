"""The causes behind round 8's five format xfails (tests/test_probes_8_formats.py), each tried on a new
example written for it: a Word cell of several paragraphs, a table naming its column 附件名称 with no
附件 label, a PDF set glyph by glyph in a CID font it does not embed, a ruled PDF table, and a contact
row under a label merged down."""

from __future__ import annotations

import io

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants
from tests.probing import codes, expect_fields


def _tc(*paragraphs: str, merge: str = "") -> str:
    inner = "".join(p(text) for text in paragraphs) or "<w:p/>"
    props = f"<w:tcPr>{merge}</w:tcPr>" if merge else ""
    return f"<w:tc>{props}{inner}</w:tc>"


def _tr(*cells: str) -> str:
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def _parse_docx(body: str) -> govdoc.Document:
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def test_a_word_cells_paragraphs_are_lines_of_its_cell_not_one_run_of_text() -> None:
    """A cell holding two organs as two paragraphs shows them on two lines of that cell; the row stays
    one row of four cells (session 13: no longer a second row of empty cells, which miscounted rows)."""
    table = (
        "<w:tbl>"
        + _tr(_tc("序号"), _tc("检查内容"), _tc("牵头单位"), _tc("时限"))
        + _tr(_tc("1"), _tc("校园食堂食品安全检查"), _tc("县市场监管局", "县教育局"), _tc("5月底前"))
        + _tr(_tc("2"), _tc("农贸市场抽检"), _tc("县农业农村局"), _tc("6月底前", "长期坚持"))
        + "</w:tbl>"
    )
    doc = _parse_docx(
        p("关于开展春季食品安全联合检查的通知")
        + p("各乡镇人民政府：")
        + p("现将春季食品安全联合检查任务分工如下：")
        + table
        + p("特此通知。")
        + p("某县食品安全委员会办公室")
        + p("2024年4月2日")
    )
    (tasks,) = doc.tables
    assert tasks.rows == (
        ("序号", "检查内容", "牵头单位", "时限"),
        ("1", "校园食堂食品安全检查", "县市场监管局\n县教育局", "5月底前"),
        ("2", "农贸市场抽检", "县农业农村局", "6月底前\n长期坚持"),
    )


def test_a_table_naming_its_column_for_attachments_lists_them_without_a_label() -> None:
    """编号 | 附件名称 | 格式 under the 落款, no 附件 line above it: its rows are the attachment list."""
    table = (
        "<w:tbl>"
        + _tr(_tc("编号"), _tc("附件名称"), _tc("格式"))
        + _tr(_tc("1"), _tc("2024年度农机购置补贴申请表"), _tc("DOCX"))
        + _tr(_tc("2"), _tc("补贴机具分类分档目录"), _tc("PDF"))
        + "</w:tbl>"
    )
    doc = _parse_docx(
        p("关于做好2024年度农机购置补贴申报工作的通知")
        + p("各乡镇农业服务中心：")
        + p("请组织符合条件的农户于5月底前提交补贴申请。")
        + p("特此通知。")
        + p("某县农业农村局")
        + p("2024年3月18日")
        + table
    )
    expect_fields(doc, attachments=("2024年度农机购置补贴申请表", "补贴机具分类分档目录"), warnings=[])


def _canvas() -> tuple[io.BytesIO, object]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=(595.27, 841.89), invariant=True)


def test_pdf_glyphs_pdfium_leaves_out_of_its_text_are_read_from_the_content_stream() -> None:
    """Each character its own text object in STSong-Light, not embedded: PDFium draws them but its
    text page drops them; the reader takes their text from the content stream, in place, and only
    theirs (the lines set whole stay PDFium's, read once)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out, canvas = _canvas()
    c: object = canvas
    lines = [
        ("关于开展汛前水利工程安全检查的通知", 22, True),
        ("各乡镇人民政府：", 16, True),
        ("请于5月10日前完成辖区内水库和堤防的安全检查。", 16, False),
        ("特此通知。", 16, True),
        ("某县水利局", 16, True),
        ("2024年4月22日", 16, False),
    ]
    y = 760.0
    for text, size, one_by_one in lines:
        x = 80.0
        if one_by_one:
            for ch in text:
                t = c.beginText(x, y)  # type: ignore[attr-defined]
                t.setFont("STSong-Light", size)
                t.textOut(ch)
                c.drawText(t)  # type: ignore[attr-defined]
                x += stringWidth(ch, "STSong-Light", size)
        else:
            c.setFont("STSong-Light", size)  # type: ignore[attr-defined]
            c.drawString(x, y, text)  # type: ignore[attr-defined]
        y -= 30
    c.save()  # type: ignore[attr-defined]
    doc = govdoc.parse(out.getvalue(), format="pdf", pdf_backend="pypdfium2")
    check_invariants(doc)
    assert doc.text.split("\n") == [text for text, _, _ in lines]


def _ruled_table_page(rows: list[tuple[str, ...]], xs: list[float], prose: list[str]) -> bytes:
    out, canvas = _canvas()
    c: object = canvas
    y = 760.0
    c.setFont("STSong-Light", 16)  # type: ignore[attr-defined]
    for line in prose[:2]:
        c.drawString(80, y, line)  # type: ignore[attr-defined]
        y -= 28
    top = y + 8
    c.setFont("STSong-Light", 12)  # type: ignore[attr-defined]
    for k, cells in enumerate(rows):
        base = top - (k + 1) * 20 + 6
        for x, text in zip(xs, cells[:-1], strict=False):
            c.drawString(x + 4, base, text)  # type: ignore[attr-defined]
        c.drawRightString(xs[-1] - 4, base, cells[-1])  # type: ignore[attr-defined]  # figures set right
    for k in range(len(rows) + 1):
        c.line(xs[0], top - k * 20, xs[-1], top - k * 20)  # type: ignore[attr-defined]
    for x in xs:
        c.line(x, top, x, top - len(rows) * 20)  # type: ignore[attr-defined]
    y = top - len(rows) * 20 - 24
    c.setFont("STSong-Light", 16)  # type: ignore[attr-defined]
    for line in prose[2:]:
        c.drawString(80, y, line)  # type: ignore[attr-defined]
        y -= 28
    c.save()  # type: ignore[attr-defined]
    return out.getvalue()


def test_each_row_of_a_ruled_pdf_table_of_more_rows_than_prose_is_a_line() -> None:
    """A page more table than text, its last column set right: the rows share their start and end as a
    paragraph's full lines do, yet each reads as a line of its own."""
    rows = [
        ("乡镇", "受灾面积（亩）", "转移人数", "直接经济损失（万元）"),
        ("城关镇", "1200", "86", "312.5"),
        ("白沙镇", "860", "41", "127.0"),
        ("青石乡", "430", "17", "58.6"),
        ("龙门乡", "2150", "203", "640.2"),
        ("东岭乡", "95", "0", "4.3"),
    ]
    data = _ruled_table_page(
        rows,
        [80.0, 170.0, 290.0, 390.0, 515.0],
        ["关于近期强降雨受灾情况的报告", "县人民政府：", "各乡镇灾情统计如上。", "某县应急管理局"],
    )
    doc = govdoc.parse(data, format="pdf")
    check_invariants(doc)
    lines = doc.text.split("\n")
    for name, area in (("城关镇", "1200"), ("龙门乡", "2150"), ("东岭乡", "95")):
        line = next(line for line in lines if name in line)
        assert area in line and not any(other[0] in line for other in rows if other[0] != name)


def test_rows_of_a_ruled_pdf_table_reaching_the_right_margin_stay_apart() -> None:
    """The last column ends at the body's right margin, so each row looks like a full line that runs on;
    two rows each parted into cells by wide gaps are rows, never one wrapped paragraph."""
    prose = "为加强汛期值班值守工作，现将本周各单位带班领导和值班人员安排通报如下，请各单位严格落实。"
    rows = [("日期", "带班领导", "值班人员"), ("6月3日", "王建军", "李明、赵磊"), ("6月4日", "陈秀英", "孙浩、周洁")]
    out, canvas = _canvas()
    c: object = canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = 435.0
    y = 760.0
    c.setFont("STSong-Light", 16)  # type: ignore[attr-defined]
    rest = prose
    first = True
    while rest:  # justified to the width: lines of the body reach x = 80 + width
        room = width - (32 if first else 0)
        cut = 1
        while cut < len(rest) and stringWidth(rest[: cut + 1], "STSong-Light", 16) <= room:
            cut += 1
        c.drawString(80 + (32 if first else 0), y, rest[:cut])  # type: ignore[attr-defined]
        rest, first, y = rest[cut:], False, y - 28
    for cells in rows:
        c.drawString(80, y, cells[0])  # type: ignore[attr-defined]
        c.drawString(230, y, cells[1])  # type: ignore[attr-defined]
        c.drawRightString(80 + width, y, cells[2])  # type: ignore[attr-defined]
        y -= 28
    c.drawString(112, y, "特此通报。")  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    doc = govdoc.parse(out.getvalue(), format="pdf")
    lines = doc.text.split("\n")
    assert next(line for line in lines if "6月3日" in line).endswith("李明、赵磊")
    assert next(line for line in lines if "6月4日" in line).startswith("6月4日")


def test_the_rows_under_a_contact_label_merged_down_are_the_contacts() -> None:
    """联系方式 merged over three rows (w:vMerge): the rows under the first open with the empty cell the
    merge leaves, yet each is a contact line."""
    restart, goes_on = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    table = (
        "<w:tbl>"
        + _tr(_tc("联系方式", merge=restart), _tc("联系人：韩雪梅"))
        + _tr(_tc(merge=goes_on), _tc("联系电话：0851-86821234"))
        + _tr(_tc(merge=goes_on), _tc("电子邮箱：ajb@example.gov.cn"))
        + "</w:tbl>"
    )
    doc = _parse_docx(
        p("关于报送2024年第一季度安全生产情况的通知")
        + p("各乡镇人民政府：")
        + p("请于4月5日前报送第一季度安全生产情况。")
        + p("特此通知。")
        + p("某县安全生产委员会办公室")
        + p("2024年3月25日")
        + table
    )
    contact = {"name": "韩雪梅", "phones": ("0851-86821234",), "email": "ajb@example.gov.cn"}
    expect_fields(doc, contact=contact, warnings=[])
