"""The causes behind round 11's format misses (tests/test_probes_11_formats.py), each tried on a new
example written for it: a Western charset declared over GBK bytes, a PDF table set smaller and
tighter than the body giving the page its line pitch, and a table's rows of word cells numbered
1, 2 read as headings."""

from __future__ import annotations

import io

import govdoc
from tests.docx_builder import make_docx, p
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


# --- batch 2: Word's nested fields and body-level alternate content --------------------------------


def _parse_docx(body: str) -> govdoc.Document:
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _field(code: str, shown: str, nested: str = "") -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>{nested}'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{shown}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_a_field_nested_in_another_fields_code_shows_nothing() -> None:
    """`{ IF { MERGEFIELD 身份 } = "人大" "代表" "委员" }`: the MERGEFIELD's value (人大) is part of the IF's
    code; Word shows the IF's result only, so the addressee reads 张建平代表, not 张建平人大代表."""
    salutation = (
        '<w:p><w:r><w:t xml:space="preserve">张建平</w:t></w:r>'
        + _field(
            "IF",
            "代表",
            nested=_field("MERGEFIELD 身份", "人大")
            + '<w:r><w:instrText xml:space="preserve"> = "人大" "代表" "委员" </w:instrText></w:r>',
        )
        + '<w:r><w:t xml:space="preserve">：</w:t></w:r></w:p>'
    )
    doc = _parse_docx(
        p("关于县十九届人大三次会议第021号建议的答复")
        + salutation
        + p("您提出的《关于改善农村饮水条件的建议》收悉。现答复如下：")
        + p("今年我县将完成十二个村的供水管网改造。")
        + p("某县水利局")
        + p("2024年5月9日")
    )
    assert doc.header.recipients == ("张建平代表",)
    assert "张建平代表：" in doc.text.split("\n")


def test_body_level_alternate_content_is_read_once_from_its_choice() -> None:
    """mc:AlternateContent standing among the body's paragraphs (a w14 choice and its fallback, each
    holding the same paragraph): read once, from the choice; it used to be read from neither."""
    sentence = "全县已建成村级寄递物流综合服务站二百一十个，实现行政村全覆盖。"
    alternate = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="w14" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        f"{p(sentence)}</mc:Choice><mc:Fallback>{p(sentence)}</mc:Fallback></mc:AlternateContent>"
    )
    doc = _parse_docx(
        p("关于县政协八届二次会议第0044号提案的答复")
        + p("孔令辉委员：")
        + p("您提出的《关于完善农村寄递物流体系的提案》收悉。现答复如下：")
        + alternate
        + p("感谢您对邮政管理工作的关心和支持。")
        + p("某县邮政管理局")
        + p("2024年7月8日")
    )
    assert doc.text.count(sentence) == 1


# --- batch 2: a PDF item's wrapped lines hanging under its text ---------------------------------------


def _hanging_page(items: list[tuple[float, str, list[str]]]) -> bytes:
    """A page of 16 pt lines 28 pt apart at x = 80: a title, then each item's first line indented by its
    own amount and opening with its number, its further lines where the text after the number starts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, 841.89), invariant=True)
    y = 760.0
    c.setFont("STSong-Light", 22)
    c.drawString(160, y, "关于做好防汛物资储备工作的通知")
    y -= 40
    c.setFont("STSong-Light", 16)
    c.drawString(80, y, "各乡镇人民政府：")
    y -= 28
    for indent, number, lines in items:
        x = 80 + indent
        for k, text in enumerate(lines):
            c.drawString(
                x if k == 0 else x + stringWidth(number, "STSong-Light", 16), y, (number if k == 0 else "") + text
            )
            y -= 28
    c.drawString(370, y - 28, "某县应急管理局")
    c.drawString(370, y - 56, "2024年5月6日")
    c.save()
    return out.getvalue()


def test_a_pdf_items_wrapped_lines_hanging_under_its_text_run_on() -> None:
    """`（1）储备编织袋…` over its second line set under 储, not under （: the item's own wrapped line,
    not a new indented paragraph."""
    first = "储备编织袋、救生衣、冲锋舟等防汛物资，各乡镇储备量不得低于"
    pdf = _hanging_page(
        [
            (32, "（1）", [first, "上年标准。"]),
            (32, "（2）", ["建立物资台账，实行专人管理，汛期每周盘点一次并向县应急管理", "局报告。"]),
        ]
    )
    doc = govdoc.parse(pdf, format="pdf")
    check_invariants(doc)
    lines = doc.text.split("\n")
    assert "（1）" + first + "上年标准。" in lines
    assert "（2）建立物资台账，实行专人管理，汛期每周盘点一次并向县应急管理局报告。" in lines


def test_a_new_paragraph_indented_two_characters_under_a_full_line_stays_apart() -> None:
    """Under a full line at the margin that opens with 一、, a line indented by two characters (a
    first-line indent's width) begins a paragraph: a hang of two characters is no item's."""
    pdf = _hanging_page(
        [
            (0, "一、", ["全县各乡镇要在五月底前完成防汛物资清点，对照清单补齐"]),  # a full line: 27 characters
            (32, "", ["汛期各单位要落实二十四小时值班制度。"]),
        ]
    )
    doc = govdoc.parse(pdf, format="pdf")
    lines = doc.text.split("\n")
    assert "汛期各单位要落实二十四小时值班制度。" in lines


# --- batch 3: a web table's caption and its foot written before its body -----------------------------


_TFOOT_TABLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="text">
<p>关于2024年一季度全县招商引资情况的通报</p>
<p>各乡镇人民政府，县直有关单位：</p>
<p>　　现将一季度全县招商引资完成情况通报如下：</p>
<table border="1"><caption>一季度招商引资完成情况</caption>
<tfoot><tr><td>全县</td><td>48.6</td></tr></tfoot>
<thead><tr><th>片区</th><th>到位资金（亿元）</th></tr></thead>
<tbody><tr><td>经济开发区</td><td>31.2</td></tr><tr><td>高新园区</td><td>17.4</td></tr></tbody>
</table>
<p>　　各单位要对照年度目标，加快项目落地。</p>
<p>某县商务局</p><p>2024年4月12日</p>
</div></body></html>"""


def test_a_web_tables_foot_row_written_first_is_read_last_under_its_caption() -> None:
    """A browser draws <tfoot> (the 全县 total) under the body whatever the source's order, and the
    <caption> above the table; the caption was dropped unread and the total read first."""
    doc = govdoc.parse(_TFOOT_TABLE_PAGE.encode("utf-8"), format="html")
    check_invariants(doc)
    (table,) = doc.tables
    assert table.rows == (("片区", "到位资金（亿元）"), ("经济开发区", "31.2"), ("高新园区", "17.4"), ("全县", "48.6"))
    assert "一季度招商引资完成情况\n片区\t到位资金（亿元）" in doc.text


# --- batch 4: a web table's cells spanning rows, and hidden text inside its cells ---------------------


def _table_page(table: str) -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>.wm{display:none}</style></head><body>'
        '<div class="text"><p>关于2024年度全县水利工程项目安排的通知</p><p>各乡镇人民政府：</p>'
        "<p>　　现将2024年度水利工程项目安排印发给你们，请抓紧组织实施。</p>"
        f"{table}<p>　　特此通知。</p><p>某县水利局</p><p>2024年3月20日</p></div></body></html>"
    ).encode()


def test_a_web_cell_spanning_rows_leaves_an_empty_cell_in_the_rows_it_covers() -> None:
    """`<td rowspan="2">灌区改造</td>` over two rows of figures: the second row holds no cell of its own in
    that column; read as written, its figures moved one column left, under the wrong heads."""
    doc = govdoc.parse(
        _table_page(
            '<table border="1"><tr><th>类别</th><th>项目</th><th>投资（万元）</th></tr>'
            '<tr><td rowspan="2">灌区改造</td><td>东干渠</td><td>860</td></tr>'
            "<tr><td>西干渠</td><td>540</td></tr>"
            "<tr><td>塘坝整治</td><td>二十座</td><td>300</td></tr></table>"
        ),
        format="html",
    )
    check_invariants(doc)
    (table,) = doc.tables
    assert table.rows == (
        ("类别", "项目", "投资（万元）"),
        ("灌区改造", "东干渠", "860"),
        ("", "西干渠", "540"),
        ("塘坝整治", "二十座", "300"),
    )


def test_text_a_page_hides_inside_a_data_cell_stays_out_of_it() -> None:
    """Anti-copying text hidden inside a data cell (an inline display:none span, a class the page's
    stylesheet hides) is no more shown there than in a paragraph."""
    doc = govdoc.parse(
        _table_page(
            '<table border="1"><tr><th>项目</th><th>责任单位</th></tr>'
            '<tr><td>小型水库除险<span style="display:none">本站原创</span>加固</td><td>县水<span class="wm">某网</span>利局</td></tr>'
            "<tr><td>农村供水保障</td><td>县水务集团</td></tr></table>"
        ),
        format="html",
    )
    (table,) = doc.tables
    assert table.rows[1] == ("小型水库除险加固", "县水利局")
    assert "本站原创" not in doc.text and "某网" not in doc.text
