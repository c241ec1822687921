"""The causes round 10's format probes found (tests/test_probes_10_formats.py) and the hostile-9 UTF-16
mark, each tried on a new example written for it: a proposal's number label opening a portal's table,
a reply form's 承办单位 above the title with the person to ask at the end, a Word list paragraph deleted
with its mark, PDF text set at a slant over the page, text outside a PDF's CropBox, a dropped glyph
whose place the strings before it in its text object set, and a UTF-16/32 mark before UTF-8 bytes."""

from __future__ import annotations

import io

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants
from tests.probing import codes, tree

FONT = "STSong-Light"


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


# --- HTML and text ---------------------------------------------------------------------------------


def test_a_proposal_number_label_opening_a_portal_table_is_kept_with_the_table() -> None:
    """提案编号 heads the table, above labels the table knows: it is one of its pairs, not chrome dropped
    for standing at the run's edge."""
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a></div>'
        "<table class='info'><tr><td>提案编号：</td><td>第0415号</td></tr>"
        "<tr><td>提案题目：</td><td>关于完善城市慢行系统的提案</td></tr>"
        "<tr><td>答复时间：</td><td>2024-07-02</td></tr></table>"
        "<div class='article'><p>关于市政协十二届三次会议第0415号提案的答复</p><p>吴芳委员：</p>"
        "<p>您提出的《关于完善城市慢行系统的提案》收悉。现答复如下：</p>"
        "<p>我局今年新建自行车道十八公里，改造人行道二十六公里，慢行系统逐步连通成网。</p>"
        "<p>感谢您对城市建设工作的关心和支持。</p><p>某市住房和城乡建设局</p><p>2024年7月2日</p></div>"
        "</body></html>"
    )
    doc = _checked(govdoc.parse(page.encode(), format="html"))
    assert doc.header.metadata.get("提案编号") == "第0415号"
    assert "提案编号：第0415号" in doc.text.split("\n")


def test_the_handling_unit_a_reply_form_names_above_its_title_is_the_contacts_unit() -> None:
    """承办单位 above the title, the person and phone under the 落款: one contact, its unit the form's."""
    doc = _checked(
        govdoc.parse_text(
            "建议编号：第12号\n"
            "承办单位：县自然资源局\n"
            "关于县十九届人大二次会议第12号建议的答复\n"
            "周强代表：\n"
            "您提出的《关于加快农村宅基地确权登记的建议》收悉。现答复如下：\n"
            "今年全县完成农村宅基地确权登记一万二千宗，发证率达到百分之八十五。\n"
            "特此答复。\n"
            "某县自然资源局\n"
            "2024年5月20日\n"
            "联系人：高峰，电话：0731-5821234\n"
        )
    )
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones, doc.contact.unit) == ("高峰", ("0731-5821234",), "县自然资源局")


def test_a_utf32_or_utf16be_mark_before_utf8_chinese_is_ignored_with_a_warning() -> None:
    text = "刘洋代表：\n您提出的关于增设社区食堂的建议收悉，现答复如下：\n今年新建社区食堂十二个。\n某区民政局\n2024年4月3日\n"
    for mark in (b"\xff\xfe\x00\x00", b"\xfe\xff"):
        doc = _checked(govdoc.parse(mark + text.encode(), format="txt"))
        assert doc.source.encoding == "utf-8"
        assert doc.header.recipients == ("刘洋代表",)
        assert "encoding-repaired" in codes(doc)


def test_a_utf16_file_with_its_mark_is_still_utf16() -> None:
    text = "刘洋代表：\n您提出的关于增设社区食堂的建议收悉，现答复如下：\n今年新建社区食堂十二个。\n"
    doc = _checked(govdoc.parse(text.encode("utf-16"), format="txt"))
    assert doc.source.encoding == "utf-16"
    assert doc.header.recipients == ("刘洋代表",)
    assert "encoding-repaired" not in codes(doc)


# --- DOCX ------------------------------------------------------------------------------------------

_CN_LIST = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>'
)
_NUMBERED = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'


def test_a_list_paragraph_deleted_with_its_mark_neither_shows_nor_counts_its_number() -> None:
    """The second of three numbered headings deleted by tracked changes, its mark too: accepted, the
    third is 二、, and no gap is reported."""
    deleted = (
        f'<w:p><w:pPr>{_NUMBERED}<w:rPr><w:del w:id="7" w:author="a" w:date="2024-03-01T00:00:00Z"/></w:rPr></w:pPr>'
        '<w:del w:id="8" w:author="a" w:date="2024-03-01T00:00:00Z"><w:r><w:delText>资金安排</w:delText></w:r></w:del></w:p>'
    )
    body = (
        p("某县文化和旅游局关于做好2024年文化惠民演出工作的通知")
        + p("各乡镇综合文化站：")
        + p("现就做好今年文化惠民演出工作通知如下：")
        + p("演出场次", ppr=_NUMBERED)
        + p("全年送戏下乡不少于一百二十场。")
        + deleted
        + p("组织保障", ppr=_NUMBERED)
        + p("各文化站要安排专人负责演出组织。")
        + p("特此通知。")
        + p("某县文化和旅游局")
        + p("2024年3月4日")
    )
    doc = _checked(govdoc.parse(make_docx(body, numbering=_CN_LIST), format="docx"))
    assert tree(doc) == [(1, "cn", "一、", "演出场次"), (1, "cn", "二、", "组织保障")]
    assert "numbering-gap" not in codes(doc)
    assert "资金安排" not in doc.text


# --- PDF -------------------------------------------------------------------------------------------


def _canvas(size: tuple[float, float] = (595.27, 841.89)) -> tuple[io.BytesIO, object]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=size, invariant=True)


LETTER = [
    "关于报送2024年上半年安全生产工作总结的通知",
    "各乡镇人民政府：",
    "请于7月5日前将上半年安全生产工作总结报送县应急管理局。",
    "特此通知。",
    "某县应急管理局",
    "2024年6月24日",
]
# where each line of LETTER starts: the title centred, the 主送 flush left, paragraphs indented two
# characters, the 落款 towards the right
LETTER_X = [120.0, 80.0, 112.0, 112.0, 380.0, 380.0]


def _letter(c: object) -> None:
    y = 760.0
    for line, x in zip(LETTER, LETTER_X, strict=True):
        c.setFont(FONT, 16)  # type: ignore[attr-defined]
        c.drawString(x, y, line)  # type: ignore[attr-defined]
        y -= 30


def test_text_set_at_a_slant_across_a_pdf_page_is_none_of_its_lines() -> None:
    """A stamp of the reader's name set at 30 degrees, drawn over the text: the lines read as set."""
    out, canvas = _canvas()
    c: object = canvas
    _letter(c)
    c.setFillColorRGB(0.8, 0.8, 0.8)  # type: ignore[attr-defined]
    c.setFont(FONT, 24)  # type: ignore[attr-defined]
    for cx, cy in ((200, 700), (380, 640)):
        c.saveState()  # type: ignore[attr-defined]
        c.translate(cx, cy)  # type: ignore[attr-defined]
        c.rotate(30)  # type: ignore[attr-defined]
        c.drawString(0, 0, "内部资料李华下载")  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    doc = _checked(govdoc.parse(out.getvalue(), format="pdf", pdf_backend="pypdfium2"))
    assert doc.text.split("\n") == LETTER


def test_text_outside_a_pdfs_crop_box_is_not_read_and_the_page_is_measured_as_cropped() -> None:
    """A fax header above the CropBox's top (the page as sent, cropped for filing): not on the page."""
    out, canvas = _canvas((595.27, 871.89))
    c: object = canvas
    c.setCropBox((0, 0, 595.27, 841.89))  # type: ignore[attr-defined]
    c.setFont(FONT, 9)  # type: ignore[attr-defined]
    c.drawString(40, 856, "传真发自：县应急管理局 2024-06-24 16:05 第1页")  # type: ignore[attr-defined]
    _letter(c)
    c.save()  # type: ignore[attr-defined]
    doc = _checked(govdoc.parse(out.getvalue(), format="pdf", pdf_backend="pypdfium2"))
    assert doc.text.split("\n") == LETTER


def test_a_dropped_glyph_after_other_strings_of_its_text_object_is_read_in_its_place() -> None:
    """One text object per line, the digits switched to Times-Roman and back (Tf between the Tj): the
    one-character strings of the CID font PDFium leaves out stand after the digits, not at the line's
    start where pypdf reports them."""
    out, canvas = _canvas()
    c: object = canvas
    lines = ["第3季度完成投资5亿元", "共计12个项目开工", "2024年9月30日"]
    y = 760.0
    for line in lines:
        runs: list[str] = []
        for k, ch in enumerate(line):
            if k and ch.isascii() == line[k - 1].isascii():
                runs[-1] += ch
            else:
                runs.append(ch)
        t = c.beginText(80, y)  # type: ignore[attr-defined]
        for run in runs:
            t.setFont("Times-Roman" if run.isascii() else FONT, 16)
            t.textOut(run)
        c.drawText(t)  # type: ignore[attr-defined]
        y -= 30
    c.save()  # type: ignore[attr-defined]
    doc = _checked(govdoc.parse(out.getvalue(), format="pdf", pdf_backend="pypdfium2"))
    assert doc.text.split("\n") == lines


def _two_up_sheet(halves: list[list[tuple[str, float]]], folios: list[str]) -> bytes:
    """An A4 landscape sheet holding two A5 pages side by side, each line (text, indent) at 12 pt, each
    half under its folio."""
    width, height = 841.89, 595.27
    out, canvas = _canvas((width, height))
    c: object = canvas
    for k, (lines, folio) in enumerate(zip(halves, folios, strict=True)):
        x0, y = k * width / 2 + 50, 530.0
        for text, indent in lines:
            c.setFont(FONT, 12)  # type: ignore[attr-defined]
            c.drawString(x0 + indent, y, text)  # type: ignore[attr-defined]
            y -= 22
        c.setFont(FONT, 10.5)  # type: ignore[attr-defined]
        c.drawCentredString(k * width / 2 + width / 4, 30, folio)  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    return out.getvalue()


def test_a_sheet_printed_two_up_is_read_as_its_two_pages_one_after_the_other() -> None:
    """A 通报 on the left half, its second page on the right: the left page is read whole, then the right."""
    left = [
        ("某县审计局关于2023年度", 60.0),
        ("部门预算执行审计情况的通报", 50.0),
        ("县直各单位：", 0.0),
        ("根据年度审计计划，我局对二十个部门2023年度预算执行", 24.0),
        ("情况进行了审计，现将有关情况通报如下：", 0.0),
        ("一、总体情况", 24.0),
    ]
    right = [
        ("各部门预算执行总体较好，但仍存在个别项目支出进度", 24.0),
        ("偏慢的问题。", 0.0),
        ("二、整改要求", 24.0),
        ("各部门要于9月底前完成整改。", 24.0),
    ]
    doc = _checked(govdoc.parse(_two_up_sheet([left, right], ["-3-", "-4-"]), format="pdf", pdf_backend="pypdfium2"))
    assert doc.text.split("\n") == [
        "某县审计局关于2023年度",
        "部门预算执行审计情况的通报",
        "县直各单位：",
        "根据年度审计计划，我局对二十个部门2023年度预算执行情况进行了审计，现将有关情况通报如下：",
        "一、总体情况",
        "各部门预算执行总体较好，但仍存在个别项目支出进度偏慢的问题。",
        "二、整改要求",
        "各部门要于9月底前完成整改。",
    ]
    assert "layout-unusual" in codes(doc)


def test_a_landscape_table_with_an_empty_middle_stays_one_page() -> None:
    """A two-column table on a landscape page whose cells leave the middle empty is read row by row."""
    width, height = 841.89, 595.27
    out, canvas = _canvas((width, height))
    c: object = canvas
    rows = [
        ("项目名称", "投资（万元）"),
        ("城东污水处理厂扩建", "12000"),
        ("城西供水管网改造", "6800"),
        ("河道综合治理", "4500"),
    ]
    y = 500.0
    for name, amount in rows:
        c.setFont(FONT, 14)  # type: ignore[attr-defined]
        c.drawString(80, y, name)  # type: ignore[attr-defined]
        c.drawString(600, y, amount)  # type: ignore[attr-defined]
        y -= 28
    c.save()  # type: ignore[attr-defined]
    doc = _checked(govdoc.parse(out.getvalue(), format="pdf", pdf_backend="pypdfium2"))
    assert "城东污水处理厂扩建" in doc.text.split("\n")[1]
    assert "12000" in doc.text.split("\n")[1]
    assert "layout-unusual" not in codes(doc)
