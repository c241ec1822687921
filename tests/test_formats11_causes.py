"""The causes behind round 11's format misses (tests/test_probes_11_formats.py), each tried on a new
example written for it: a Western charset declared over GBK bytes, a PDF table set smaller and
tighter than the body giving the page its line pitch, and a table's rows of word cells numbered
1, 2 read as headings."""

from __future__ import annotations

import io

import govdoc
from tests.invariants import check_invariants
from tests.probing import checked, codes, tree

# --- a Western single-byte charset declared over Chinese bytes -------------------------------------

_GBK_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>x</title></head><body><div class="text">
<p align="center">某街道办事处关于做好老旧小区电动自行车充电管理的通知</p>
<p>各社区居民委员会：</p>
<p>　　为消除电动自行车入户充电隐患，请各社区于10月底前完成集中充电桩排查。</p>
<p>　　特此通知。</p>
<p align="right">某街道办事处</p><p align="right">2024年9月18日</p>
</div></body></html>"""


def test_gbk_bytes_under_a_declared_iso_8859_1_are_read_as_chinese() -> None:
    """An old server's default charset (ISO-8859-1) in a template whose pages are saved as GBK: every
    byte decodes as Latin-1, so the declaration would give accented letters; the Chinese is read."""
    doc = govdoc.parse(_GBK_PAGE.encode("gbk"), format="html")
    check_invariants(doc)
    assert doc.source.encoding == "gb18030"
    assert doc.header.title == "某街道办事处关于做好老旧小区电动自行车充电管理的通知"
    assert doc.signature is not None and doc.signature.date == "2024-09-18"


def test_a_latin_page_declared_windows_1252_keeps_its_declaration() -> None:
    """A Western page is what its declaration says: `Café` and `Zürich ` are no UTF-8 nor GB18030 text."""
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 Z\xfcrich \xa9 2024</p></body></html>'
    doc = govdoc.parse(page.encode("cp1252"), format="html")
    assert doc.source.encoding == "cp1252"


# --- a PDF table set smaller and tighter than the body --------------------------------------------


def _small_table_page() -> bytes:
    """A notice in 16 pt on a 28 pt pitch, its two paragraphs wrapped at the right margin, with a table
    of 10.5 pt rows 15 pt apart between them (no rules: the cells parted by space only)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, 841.89), invariant=True)
    y = [760.0]

    def line(text: str, x: float = 80.0, size: float = 16, step: float = 28) -> None:
        c.setFont("STSong-Light", size)
        c.drawString(x, y[0], text)
        y[0] -= step

    line("关于开展农村饮水安全巡查的通知", x=178, size=22)
    line("各乡镇人民政府：")
    first = "为保障农村群众饮水安全，县水利局决定于六月开展农村饮水工程安全巡查，重点检查水源保护、净化消毒和管网运行情况，巡查分工如下："
    second = "各乡镇要对照巡查发现的问题建立整改台账，明确整改责任人和完成时限，整改结果于七月十五日前报县水利局农村水利股汇总。"
    for text in (first, second):
        line(text[:24], x=112)
        rest = text[24:]
        while rest:
            line(rest[:26])
            rest = rest[26:]
        if text is first:
            for left, right in (
                ("巡查片区", "责任科室"),
                ("东部四乡镇", "农村水利股"),
                ("西部五乡镇", "水政监察大队"),
                ("南部三乡镇", "水土保持站"),
                ("北部六乡镇", "水利工程管理站"),
            ):
                line(left, x=84, size=10.5, step=15)
                y[0] += 15
                line(right, x=260, size=10.5, step=15)
            y[0] -= 13
    line("某县水利局", x=380)
    line("2024年5月27日", x=380)
    c.save()
    return out.getvalue()


def test_a_smaller_tighter_table_does_not_set_the_pages_line_pitch() -> None:
    """The table's rows stand 15 pt apart against the body's 28: measured on every line, the pitch was
    the table's, and each wrapped line of the body, 28 pt below the last, began a paragraph of its own."""
    doc = govdoc.parse(_small_table_page(), format="pdf")
    check_invariants(doc)
    lines = doc.text.split("\n")
    assert (
        "为保障农村群众饮水安全，县水利局决定于六月开展农村饮水工程安全巡查，重点检查水源保护、净化消毒和管网运行情况，巡查分工如下："
        in lines
    )
    assert (
        "各乡镇要对照巡查发现的问题建立整改台账，明确整改责任人和完成时限，整改结果于七月十五日前报县水利局农村水利股汇总。"
        in lines
    )
    assert "page-break-joined" not in codes(doc)


# --- a table's rows of word cells numbered 1, 2 -----------------------------------------------------


def test_rows_of_word_cells_after_a_bare_number_are_no_headings() -> None:
    """`1　　修缮村级文化室　　县文广旅局`: a row number and cells of words, wide gaps between them (closed
    between two Chinese words, kept as gaps): a table row laid out with spaces, not a heading `1`."""
    doc = checked(
        "关于县十八届人大二次会议第031号建议的答复\n"
        "吕志强代表：\n"
        "您提出的《关于丰富农村文化生活的建议》收悉。现答复如下：\n"
        "一、工作安排\n"
        "今年我局安排的重点工作如下：\n"
        "序号　　工作任务　　　　　　牵头单位\n"
        "1　　修缮村级文化室　　县文广旅局\n"
        "2　　建设农家书屋　　各乡镇人民政府\n"
        "二、下一步打算\n"
        "我局将组织文艺团队送戏下乡一百场。\n"
        "感谢您对文化工作的关心和支持。\n"
        "某县文化广电和旅游局\n"
        "2024年6月3日\n"
    )
    assert tree(doc) == [(1, "cn", "一、", "工作安排"), (1, "cn", "二、", "下一步打算")]
