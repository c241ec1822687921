"""Causes found by the thirtieth format round (session 29's review left four open; the probes of
tests/test_probes_30_formats.py found the rest), each tested on a new example of its own (never a probe's
document), failing on the session's start and passing since (a test named a guard passes on both: it holds what
the fix must not change).

- Encoding: a UTF-8 text holding a piece of GBK or Big5 inside one of its lines (a paragraph or a name pasted into
  a page's template by a tool that kept its bytes) was `encoding-undetected`, the whole file lost, or its piece
  replaced by U+FFFD: the lines were judged whole, and such a line is neither encoding. A GBK or Big5 character
  never holds a byte below 0x40 but the digits, so the text splits there into pieces no character crosses; a piece
  that is not UTF-8 is read in the encoding that reads it as Chinese prose, warned `encoding-repaired`
  (readers.mixed_pieces `pieces_in_utf8`).
- Words placed out of sight by where they stand were left out unsaid: a PDF's or an OFD's text outside the
  physical page, a web article's elements set far off the screen (`position:absolute; right:-520px` inside a
  positioned box too: where a page laid out otherwise might show it, the reader cannot tell). Decided: they stay
  out of the text, as a viewer keeps them from the eye, and one `text-repaired` warning of kind `off-page` says
  so, quoting the first words (readers.off_page; readers.pdf_chars, readers.ofd `_within_shown`,
  readers.html.off_screen). A print's slug between the trimmed page and the sheet, cut off by design, and what
  `display:none` switches off stay unsaid, as before.

Found by the probes (tests/test_probes_30_formats.py):
- DOCX: a paragraph that names its own list level (`w:numPr/w:ilvl`, the list taken from its style) was numbered
  at the level its style is linked to (`w:lvl/w:pStyle`): sub-headings in the heading style read 二、 三、 where
  Word shows （一） （二）. Direct formatting wins: the style's link is asked only where the paragraph names no level
  (readers.docx.walk).
- HTML: a `<pre>` lost its spaces (the walker collapsed them as in flowing text), and the rule reading a table
  whose columns are aligned by spaces ran on text copies only: a table set in a `<pre>` under `如下表：` read as
  three lines, its head glued `乡镇学校数已改造` (readers.html.walk keeps a `<pre>`'s spaces; rules.body_tables
  `spaced_rows` reads a web page's lines too).
- HTML: a table typed with `&nbsp;` runs between its columns (an editor's paste of a text table) read as lines, its
  head glued: a no-break space was no column gap (patterns.structure `SPACED_CELL_GAP`, rules.body_tables).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.27, 841.89


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _notes(doc: govdoc.Document, code: str) -> list[str]:
    return [w.message for w in doc.warnings if w.code == code]


# --- a piece of GBK or Big5 inside UTF-8 lines --------------------------------------------------------

HEAD = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>答复</title></head><body><div class="article">'
TAIL = "</div></body></html>"


def _page(*parts: tuple[str, str]) -> bytes:
    """A page of `parts`, each (text, codec) encoded in its codec, on one line as a CMS writes them."""
    return (HEAD.encode() + b"".join(text.encode(codec) for text, codec in parts) + TAIL.encode()).replace(b"\n", b"")


def test_a_gbk_table_row_pasted_inside_a_utf8_pages_line_is_read_in_gbk() -> None:
    data = _page(
        ("<p>关于市政协九届二次会议第0047号提案的答复</p><p>周建华委员：</p>", "utf-8"),
        ("<p>您提出的《关于加强城市内涝治理的提案》收悉。现答复如下：</p><table><tr><td>片区</td><td>", "utf-8"),
        ("积水点", "gbk"),
        ("</td></tr><tr><td>城北</td><td>", "utf-8"),
        ("十四处，已整治九处", "gbk"),
        ("</td></tr></table><p>特此答复。</p><p>某市住房和城乡建设局</p><p>2024年7月2日</p>", "utf-8"),
    )
    doc = _checked(govdoc.parse(data, format="html"))
    assert doc.source.encoding == "utf-8"
    assert "城北\t十四处，已整治九处" in doc.text
    assert "\ufffd" not in doc.text
    notes = _notes(doc, "encoding-repaired")
    assert len(notes) == 1 and "GB18030" in notes[0] and notes[0].startswith("2 ")


def test_a_big5_sentence_inside_a_utf8_text_files_line_is_read_in_big5() -> None:
    data = (
        "关于征求《村庄规划编制导则》意见的函\n各乡镇人民政府：\n".encode()
        + "现将导则印发给你们。".encode()
        + "請於八月十日前反饋意見。".encode("big5")
        + "逾期视为无意见。\n某县自然资源局\n2024年7月22日\n".encode()
    )
    doc = _checked(govdoc.parse(data, format="txt"))
    assert "现将导则印发给你们。請於八月十日前反饋意見。逾期视为无意见。" in doc.text
    notes = _notes(doc, "encoding-repaired")
    assert len(notes) == 1 and "Big5" in notes[0]


def test_guard_a_utf8_line_with_one_damaged_byte_is_still_repaired_with_a_replacement_character() -> None:
    good = "为做好防汛工作，各单位要落实值班制度，确保信息畅通。" * 12
    data = (
        ("关于做好防汛值班工作的通知\n" + good + "\n").encode()
        + "各单位要".encode()
        + b"\xe5"
        + "严格执行。\n".encode()
    )
    doc = _checked(govdoc.parse(data, format="txt"))
    assert "各单位要\ufffd严格执行。" in doc.text
    assert not any("GB18030" in n or "Big5" in n for n in _notes(doc, "encoding-repaired"))


def test_guard_a_whole_gbk_line_among_utf8_lines_is_read_line_by_line_as_before() -> None:
    data = (
        "关于开展秋季爱国卫生运动的通知\n".encode()
        + "各村要组织群众清理房前屋后的垃圾杂物。\n".encode("gbk")
        + "特此通知。\n".encode()
    )
    doc = _checked(govdoc.parse(data, format="txt"))
    assert "各村要组织群众清理房前屋后的垃圾杂物。" in doc.text
    notes = _notes(doc, "encoding-repaired")
    assert len(notes) == 1 and "lines in GB18030" in notes[0]


# --- words out of sight by where they stand: left out and said ----------------------------------------

LETTER = [
    (250.0, "镇政函〔2024〕9号"),
    (150.0, "关于商请支持农村公路养护工作的函"),
    (80.0, "县交通运输局："),
    (112.0, "我镇农村公路里程长、养护资金不足，部分路段坑洼较多。"),
    (112.0, "现商请贵局给予养护资金和技术支持。"),
    (360.0, "某镇人民政府"),
    (372.0, "2024年8月6日"),
]


def _pdf(extra: Any, crop: tuple[float, float, float, float] | None = None) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=True)
    if crop is not None:
        c.setCropBox(crop)
    for k, (x, text) in enumerate(LETTER):
        _text(c, text, x, PAGE_H - 116 - 30 * k)
    extra(c)
    c.showPage()
    c.save()
    return out.getvalue()


def _text(c: Any, text: str, x: float, y: float, size: float = 16.0) -> None:
    t = c.beginText()
    t.setFont(FONT, size)
    t.setTextOrigin(x, y)
    t.textOut(text)
    c.drawText(t)


def test_a_pdf_mark_drawn_right_of_the_page_is_left_out_and_said() -> None:
    doc = _checked(govdoc.parse(_pdf(lambda c: _text(c, "下载单位：某某信息中心", PAGE_W + 30, 400, 9)), format="pdf"))
    assert "下载单位" not in doc.text
    notes = _notes(doc, "text-repaired")
    assert len(notes) == 1 and notes[0].startswith("off-page:") and "下载单位" in notes[0] and "第 1 页" in notes[0]
    assert doc.signature is not None and doc.signature.date == "2024-08-06"


def test_guard_a_print_slug_outside_the_crop_box_is_left_out_unsaid() -> None:
    crop = (20.0, 20.0, PAGE_W - 20, PAGE_H - 20)
    doc = _checked(govdoc.parse(_pdf(lambda c: _text(c, "印刷：某某印务 2024-08", 30, 6, 6), crop), format="pdf"))
    assert "印务" not in doc.text
    assert not any(n.startswith("off-page") for n in _notes(doc, "text-repaired"))


def test_guard_a_pdf_with_nothing_off_its_page_says_nothing_of_it() -> None:
    doc = _checked(govdoc.parse(_pdf(lambda c: None), format="pdf"))
    assert "text-repaired" not in codes(doc)


def _ofd_line(y: float, text: str, x: float = 30) -> str:
    step = " ".join(["7"] * (len(text) - 1))
    return (
        f'<ofd:TextObject ID="{int(y)}" Font="2" Size="7" Boundary="{x} {y} 150 10">'
        f'<ofd:TextCode X="0" Y="7" DeltaX="{step}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def test_an_ofd_mark_placed_below_the_page_is_left_out_and_said() -> None:
    from tests.test_ofd import _package

    lines = [
        _ofd_line(30, "关于做好秋季森林防火工作的通知"),
        _ofd_line(45, "各村要落实巡山护林责任。"),
        _ofd_line(60, "特此通知。"),
        _ofd_line(400, "打印人：钱某某"),  # the page is 297 mm high
    ]
    page = f'<ofd:Content><ofd:Layer ID="5">{"".join(lines)}</ofd:Layer></ofd:Content>'
    doc = _checked(govdoc.parse(_package(page), format="ofd"))
    assert "打印人" not in doc.text
    notes = _notes(doc, "text-repaired")
    assert len(notes) == 1 and notes[0].startswith("off-page:") and "打印人：钱某某" in notes[0]


NOTICE = (
    "<p>各村民委员会：</p>"
    "<p>为做好秋冬季农村人居环境整治，现将有关事项通知如下：</p>"
    "<p>一、清理村庄垃圾</p><p>各村要组织群众清理房前屋后的垃圾杂物。{note}</p>"
    "<p>二、整治河塘沟渠</p><p>各村要清理河塘漂浮物，疏通沟渠。</p>"
    "<p>特此通知。</p>"
    '<p style="text-align:right">某镇人民政府</p><p style="text-align:right">2024年10月8日</p>'
)


def _html(styles: str, note: str, chrome: str = "") -> govdoc.Document:
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{styles}</style></head><body>{chrome}'
        f'<div class="article"><h1>关于开展秋冬季村庄清洁行动的通知</h1>{NOTICE.format(note=note)}</div></body></html>'
    )
    return _checked(govdoc.parse(page.encode(), format="html"))


def test_words_an_article_sets_far_off_the_screen_are_left_out_and_said() -> None:
    for styles, note in (
        (".box{position:relative}.mk{position:absolute;right:-520px;top:0}", '<b class="mk">来源：某某网</b>'),
        ("", '<span style="position:absolute;left:-9999px">来源：某某网</span>'),
        (".ti{text-indent:-9999px;overflow:hidden}", '<em class="ti">来源：某某网</em>'),
    ):
        doc = _html(styles, note)
        assert "来源" not in doc.text, styles
        notes = _notes(doc, "text-repaired")
        assert len(notes) == 1 and notes[0].startswith("off-page:") and "来源：某某网" in notes[0], styles
        assert [s.title for s in doc.iter_sections()] == ["清理村庄垃圾", "整治河塘沟渠"]


def test_guard_what_display_none_hides_and_a_skip_link_off_screen_outside_the_article_stay_unsaid() -> None:
    skip = '<a href="#c" style="position:absolute;left:-9999px">跳转到主要内容</a>'
    doc = _html("", '<span style="display:none">来源：某某网</span>', chrome=skip)
    assert "来源" not in doc.text and "跳转" not in doc.text
    assert "text-repaired" not in codes(doc)


# --- DOCX: a paragraph's own list level over its style's link ------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body_xml: str, styles: str, numbering: str) -> bytes:
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    files = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{ct}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{ct}.styles+xml"/>'
            f'<Override PartName="/word/numbering.xml" ContentType="{ct}.numbering+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/numbering" Target="numbering.xml"/></Relationships>'
        ),
        "word/document.xml": f"<w:document {W}><w:body>{body_xml}</w:body></w:document>",
        "word/styles.xml": f"<w:styles {W}>{styles}</w:styles>",
        "word/numbering.xml": f"<w:numbering {W}>{numbering}</w:numbering>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, xml in files.items():
            z.writestr(name, xml)
    return out.getvalue()


def _p(text: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_paragraph_naming_its_own_list_level_is_numbered_at_it_not_at_its_styles_level() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Points"><w:name w:val="要点"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="Points"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
        '<w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num>'
    )
    style = '<w:pStyle w:val="Points"/>'
    level_two = style + '<w:numPr><w:ilvl w:val="1"/></w:numPr>'
    body_xml = "".join(
        [
            _p("关于做好2024年防汛抗旱工作的通知"),
            _p("各乡镇人民政府："),
            _p("总体要求", style),
            _p("压实防汛责任。", level_two),
            _p("加强隐患排查。", level_two),
            _p("工作措施", style),
            _p("特此通知。"),
        ]
    )
    doc = _checked(govdoc.parse(_docx(body_xml, styles, numbering), format="docx"))
    assert [(s.level, s.marker) for s in doc.iter_sections()] == [(1, "一、"), (2, "1."), (2, "2."), (1, "二、")]


# --- HTML: a table set in a <pre> ------------------------------------------------------------------------


def test_a_table_aligned_by_spaces_in_a_pre_is_read_as_a_table() -> None:
    rows = "项目        计划（万元）    完成（万元）\n道路硬化    1200            1150\n路灯安装    300             300"
    note = f"</p><p>各项目投资完成情况如下：</p><pre>{rows}</pre><p>"
    doc = _html("", note)
    first = doc.iter_sections()[0]
    assert [t.rows for t in first.tables] == [
        (("项目", "计划（万元）", "完成（万元）"), ("道路硬化", "1200", "1150"), ("路灯安装", "300", "300"))
    ]
    assert "道路硬化\t1200\t1150" in doc.text


def test_guard_prose_in_a_pre_stays_lines_of_text() -> None:
    note = "</p><pre>请各村于10月20日前  将整治情况报镇农业农村办。\n联系电话：0734-5212345</pre><p>"
    doc = _html("", note)
    assert not any(s.tables for s in doc.iter_sections())
    assert "请各村于10月20日前" in doc.text


def test_a_table_whose_columns_are_typed_with_nbsp_runs_is_read_as_a_table() -> None:
    rows = "".join(
        "<p>" + "&nbsp;&nbsp;&nbsp;&nbsp;".join(cells) + "</p>"
        for cells in (("村名", "户数", "已清理"), ("桃源村", "210", "205"), ("杏林村", "186", "186"))
    )
    doc = _html("", f"</p><p>各村清理进度如下：</p>{rows}<p>")
    first = doc.iter_sections()[0]
    assert [t.rows for t in first.tables] == [
        (("村名", "户数", "已清理"), ("桃源村", "210", "205"), ("杏林村", "186", "186"))
    ]
