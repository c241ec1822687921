"""Causes found by the thirty-first format round (tests/test_probes_31_formats.py), each tested on a new example of
its own (never a probe's document), failing on the session's start and passing since (a test named a guard passes
on both: it holds what the fix must not change).

- DOCX: a 公章 drawn in Word (a red ring, the organ's name arched round it as WordArt, a star) put the name into the
  text as a line of its own under the 落款's organ: a text box or a VML WordArt path whose words are set along an
  arc or round a ring (`a:prstTxWarp` textArchUp … textButtonPour, VML WordArt types 144-151) is the seal's
  picture, no line, as a PDF's or an SVG's ring lettering is not, where it is in a seal's red ink (words arched in
  black are a heading's: REVIEW31 R6) (readers.docx.shapes `set_round`).
- DOCX: a 请示 laid out as one borderless table (a 版头 row, a row of the 文号 beside the 签发人, the body in one cell
  across the table, the 落款 in the last row's right cell) was read as a table of data, every field lost: two of
  its four rows held two cells. A one-cell row of running prose (two sentences or more) holding most of the table's
  words is no data: the table is the page's layout, its cells read as text (readers.docx.layout_tables).
- PDF: a page whose lines are a one-point font scaled by the text matrix (`/F1 1 Tf 16 0 0 16 x y Tm`) read every
  size as 1 (PDFium names the `Tf` size): no title larger than the body, no wrapped line joined. Where a character's
  box is far from the size named, its matrix's vertical scale is applied (readers.pdf_chars `drawn_sizes`).
- PDF: a line printed a glyph a show (WPS's print: `Tj` then `Td` to the next glyph), in an unembedded CID font
  whose Chinese glyphs PDFium drops and whose figures it reads, lost everything after its first figures (`县科发〔2024`
  for the 文号, `2024 4 9` for the date): the line's string, placed from its first dropped glyph, was cut where it
  met a character PDFium read. Every glyph's place is known (PDFium's by their boxes, the dropped ones by their
  objects'): set in order along the baseline they are the string's characters one a place, where PDFium's
  characters agree, and each dropped object takes its place's character (readers.pdf_slots, readers.pdf_dropped).
- HTML: a 政府信息公开 page saved as HTML only, its article a frame of another file (`<iframe src=…>`), gave its
  information table and headline and no body, saying nothing of why. A page showing no paragraph of its own beside
  a frame whose page it does not hold says so, naming the frame (`pages-without-text`; readers.html.frames).
"""

from __future__ import annotations

import io

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants
from tests.probing import codes

WPS_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _notes(doc: govdoc.Document, code: str) -> list[str]:
    return [w.message for w in doc.warnings if w.code == code]


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _docx(body: str) -> bytes:
    return make_docx(body)


# --- DOCX: a seal's name set round its ring ----------------------------------------------------------------


def _ring_box(name: str, warp: str, colour: str = "E60012") -> str:
    """A floating DrawingML text box holding `name` in `colour`, its body warped by `warp`, behind the text."""
    return (
        f'<w:r><w:drawing {WPS_NS}><wp:anchor behindDoc="1" simplePos="0" relativeHeight="5" locked="0" layoutInCell="1" '
        'allowOverlap="1" distT="0" distB="0" distL="0" distR="0"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3000000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-800000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1400000" cy="1400000"/><wp:wrapNone/><wp:docPr id="7" name="seal"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        "<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r><w:rPr>"
        f'<w:color w:val="{colour}"/></w:rPr><w:t>{name}</w:t></w:r></w:p></w:txbxContent>'
        f'</wps:txbx><wps:bodyPr><a:prstTxWarp prst="{warp}"><a:avLst/></a:prstTxWarp></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def _vml_wordart(name: str, spt: int) -> str:
    """A VML WordArt shape of type `spt` (Word 2003's), its words in its text path's string."""
    return (
        f'<w:r><w:pict><v:shape type="#_x0000_t{spt}" style="position:absolute;width:100pt;height:100pt;z-index:-1" '
        f'fillcolor="red" stroked="f"><v:textpath on="t" style="font-family:&quot;宋体&quot;;font-size:12pt" '
        f'string="{name}"/></v:shape></w:pict></w:r>'
    )


def _approval(date_paragraph: str) -> str:
    return "".join(
        [
            p("某县人民政府", '<w:jc w:val="center"/>'),
            p("县政复〔2024〕31号", '<w:jc w:val="center"/>'),
            p("关于同意设立县城东农产品物流园区的批复", '<w:jc w:val="center"/>'),
            p("县商务局："),
            p("你局《关于设立县城东农产品物流园区的请示》收悉。经研究，同意设立县城东农产品物流园区。"),
            p("此复。"),
            p("某县人民政府", '<w:jc w:val="right"/>'),
            date_paragraph,
        ]
    )


def test_a_seals_name_circled_round_its_ring_in_a_warped_text_box_is_no_line() -> None:
    date = (
        '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>2024年5月8日</w:t></w:r>'
        + _ring_box("某县人民政府", "textCircle")
        + "</w:p>"
    )
    doc = _checked(govdoc.parse(_docx(_approval(date)), format="docx"))
    assert doc.text.count("某县人民政府") == 2  # the 版头 and the 落款
    assert doc.signature is not None and doc.signature.issuers == ("某县人民政府",)
    assert doc.signature.date == "2024-05-08"


def test_a_seals_name_as_word_2003_arched_wordart_is_no_line() -> None:
    date = (
        '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>2024年5月8日</w:t></w:r>'
        + _vml_wordart("某县人民政府", 144)
        + _vml_wordart("3307210000123", 145)
        + "</w:p>"
    )
    doc = _checked(govdoc.parse(_docx(_approval(date)), format="docx"))
    assert doc.text.count("某县人民政府") == 2
    assert "3307210000123" not in doc.text


def test_an_arched_heading_in_black_ink_stays_a_line() -> None:
    # guard (REVIEW31 R6): words arched in black are a decorative heading, no seal: they stay text
    date = p("2024年5月8日", '<w:jc w:val="right"/>')
    body = _approval(date).replace(
        p("此复。"), f"<w:p>{_ring_box('喜迎物流园区开园', 'textArchUp', '000000')}</w:p>" + p("此复。"), 1
    )
    doc = _checked(govdoc.parse(_docx(body), format="docx"))
    assert "喜迎物流园区开园" in doc.text


def test_a_plain_wordart_letterhead_stays_the_issuers_line() -> None:
    # guard: WordArt set straight (a 红头 of Word 2003, type 136 textPlainText) is the document's words
    head = _vml_wordart("某县人民政府文件", 136)
    body = _approval(p("2024年5月8日", '<w:jc w:val="right"/>')).replace(
        p("某县人民政府", '<w:jc w:val="center"/>'), f"<w:p>{head}</w:p>", 1
    )
    doc = _checked(govdoc.parse(_docx(body), format="docx"))
    assert doc.header.issuer == "某县人民政府"


# --- DOCX: a document laid out in one table ----------------------------------------------------------------


def _tc(inner: str, span: int = 1) -> str:
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f"<w:tc><w:tcPr>{grid}</w:tcPr>{inner}</w:tc>"


def _tbl(*rows: str) -> str:
    return (
        '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="none"/><w:insideH w:val="none"/></w:tblBorders></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4400"/><w:gridCol w:w="4400"/></w:tblGrid>'
        + "".join(f"<w:tr>{r}</w:tr>" for r in rows)
        + "</w:tbl>"
    )


def test_a_letter_whose_body_is_one_cell_across_a_layout_table_is_read_as_text() -> None:
    body = "".join(
        p(t)
        for t in (
            "关于商请协助开展汛前尾矿库安全检查的函",
            "县自然资源局：",
            "为做好汛期尾矿库安全防范工作，我局拟于5月中旬开展汛前安全检查。",
            "现商请贵局派员参加，请于5月10日前将人员名单报我局。",
            "请予支持为盼。",
        )
    )
    table = _tbl(
        _tc(p("某县应急管理局"), 2),
        _tc(p("县应急函〔2024〕15号")) + _tc(p("特急")),
        _tc(body, 2),
        _tc(p("（联系人：韦晓军，电话：0771-5563120）")) + _tc(p("某县应急管理局") + p("2024年5月6日")),
    )
    doc = _checked(govdoc.parse(make_docx(table), format="docx"))
    assert doc.kind == "letter"
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "县应急函〔2024〕15号"
    assert doc.header.urgency == "特急"
    assert doc.header.title == "关于商请协助开展汛前尾矿库安全检查的函"
    assert doc.header.recipients == ("县自然资源局",)
    assert [x.text for x in doc.preamble] == [
        "为做好汛期尾矿库安全防范工作，我局拟于5月中旬开展汛前安全检查。",
        "现商请贵局派员参加，请于5月10日前将人员名单报我局。",
    ]
    assert doc.signature is not None and doc.signature.date == "2024-05-06"
    assert doc.tables == ()


def test_a_data_table_with_a_short_note_row_across_it_stays_a_table() -> None:
    # guard: a table of figures whose last row, one cell across it, notes its source in two sentences
    rows = [
        _tc(p("乡镇")) + _tc(p("完成（亩）")),
        _tc(p("城关镇")) + _tc(p("3200")),
        _tc(p("龙泉乡")) + _tc(p("2600")),
        _tc(p("石门镇")) + _tc(p("4100")),
        _tc(p("注：数据截至6月底。") + p("来源：县林业局。"), 2),
    ]
    body = (
        p("关于2024年植树造林情况的报告")
        + p("县人民政府：")
        + p("现将今年植树造林完成情况报告如下：")
        + _tbl(*rows)
        + p("特此报告。")
        + p("某县林业局")
        + p("2024年7月1日")
    )
    doc = _checked(govdoc.parse(make_docx(body), format="docx"))
    assert [t.rows[1] for t in doc.tables] == [("城关镇", "3200")]


# --- PDF: sizes scaled by the text matrix or the CTM ----------------------------------------------------------


def _ucs2(text: str) -> str:
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def _pdf(content: bytes) -> bytes:
    """A one-page PDF of `content`, its /F1 an unembedded STSong-Light under UniGB-UCS2-H."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_page_whose_sizes_a_tenth_ctm_scales_down_reads_its_title_and_wrapped_paragraph() -> None:
    # as a PostScript converter writes a page: user space a tenth of a point (`.1 0 0 .1 0 0 cm`), sizes ten times
    lines = [
        (220, 1545, 7400, "关于调整城区公共停车场收费标准的通知"),
        (160, 794, 6880, "各街道办事处，区直有关单位："),
        (160, 1114, 6590, "为缓解城区停车难问题，经区政府同意，现将公共停车场收费标准调整"),
        (160, 794, 6300, "事项通知如下：自2024年10月1日起，一类区域首小时收费五元。"),
        (160, 794, 6010, "特此通知。"),
        (160, 3834, 5500, "某区发展和改革局"),
        (160, 3994, 5210, "2024年9月12日"),
    ]
    ops = ["0.1 0 0 0.1 0 0 cm"] + [f"BT /F1 {size} Tf {x} {y} Td {_ucs2(text)} Tj ET" for size, x, y, text in lines]
    doc = _checked(govdoc.parse(_pdf("\n".join(ops).encode("latin-1")), format="pdf"))
    assert doc.header.title == "关于调整城区公共停车场收费标准的通知"
    assert [x.text for x in doc.preamble] == [
        "为缓解城区停车难问题，经区政府同意，现将公共停车场收费标准调整事项通知如下：自2024年10月1日起，一类区域首小时收费五元。"
    ]
    assert doc.signature is not None and doc.signature.date == "2024-09-12"


def test_a_page_that_names_its_sizes_is_read_as_before() -> None:
    # guard: Tf names the size, the matrix is the identity
    ops = [
        f"BT /F1 {size} Tf {x} {y} Td {_ucs2(text)} Tj ET"
        for size, x, y, text in [
            (22, 120, 740, "关于做好全区秋季森林防火工作的通知"),
            (16, 79, 688, "各街道办事处："),
            (16, 111, 659, "请各街道做好秋季森林防火工作。"),
            (16, 79, 630, "特此通知。"),
            (16, 383, 580, "某区应急管理局"),
            (16, 399, 551, "2024年9月20日"),
        ]
    ]
    doc = _checked(govdoc.parse(_pdf("\n".join(ops).encode("latin-1")), format="pdf"))
    assert doc.header.title == "关于做好全区秋季森林防火工作的通知"
    assert doc.signature is not None and doc.signature.date == "2024-09-20"


# --- PDF: a line set a glyph a show, its figures read and its Chinese dropped --------------------------------


def _glyph_by_glyph(text: str, x: float, y: float, size: float = 16) -> str:
    """One BT for the line, each character its own show, the next moved to by its advance (figures half an em)."""
    steps = " ".join(f"{_ucs2(ch)} Tj {size * (0.5 if ch.isascii() else 1.0):g} 0 Td" for ch in text)
    return f"BT /F1 {size:g} Tf {x} {y} Td {steps} ET"


def test_a_line_set_glyph_by_glyph_keeps_its_chinese_after_and_before_its_figures() -> None:
    lines = [
        ("关于报送2024年三季度统计报表的通知", 140, 740, 22),
        ("各乡镇统计站：", 79, 690, 16),
        ("请于10月8日前报送三季度报表，逾期将予通报。", 111, 661, 16),
        ("特此通知。", 111, 632, 16),
        ("联系电话：0736-7223019，联系人：伍敏。", 111, 603, 16),
        ("某县统计局", 400, 560, 16),
        ("2024年9月27日", 384, 531, 16),
    ]
    content = "\n".join(_glyph_by_glyph(t, x, y, size) for t, x, y, size in lines).encode("latin-1")
    doc = _checked(govdoc.parse(_pdf(content), format="pdf"))
    assert doc.header.title == "关于报送2024年三季度统计报表的通知"
    assert "请于10月8日前报送三季度报表，逾期将予通报。" in doc.text
    assert "联系电话：0736-7223019，联系人：伍敏。" in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-09-27"


def test_a_line_set_glyph_by_glyph_of_chinese_only_reads_as_before() -> None:
    # guard: no figure on the line, nothing PDFium read: the string is placed from its first dropped glyph
    content = "\n".join(
        _glyph_by_glyph(t, x, y)
        for t, x, y in [
            ("关于做好冬季供暖工作的通知", 150, 740),
            ("各街道办事处：", 79, 690),
            ("请做好供暖保障。", 111, 661),
        ]
    ).encode("latin-1")
    doc = _checked(govdoc.parse(_pdf(content), format="pdf"))
    assert doc.text.splitlines() == ["关于做好冬季供暖工作的通知", "各街道办事处：", "请做好供暖保障。"]


# --- HTML: the article in a frame the save does not hold -----------------------------------------------------


def test_a_page_whose_answer_stands_in_an_unsaved_frame_names_the_frame() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>代表建议答复</title></head><body>'
        '<div class="menu"><a href="/">网站首页</a> <a href="/rdjy/">代表建议</a></div>'
        "<dl><dt>文号：</dt><dd>市水复〔2024〕40号</dd><dt>发布日期：</dt><dd>2024-08-02</dd></dl>"
        "<h2>关于市十五届人大三次会议第0231号建议的答复</h2>"
        '<iframe name="main" src="detail_0231.htm" width="900" height="1400"></iframe>'
        "</body></html>"
    )
    doc = _checked(govdoc.parse(page.encode(), format="html"))
    assert doc.header.title == "关于市十五届人大三次会议第0231号建议的答复"
    notes = _notes(doc, "pages-without-text")
    assert len(notes) == 1 and "detail_0231.htm" in notes[0]


def test_a_page_with_its_article_and_a_video_frame_says_nothing_of_the_frame() -> None:
    # guard: a frame beside an article the page holds (a video, a share box) leaves nothing unread
    page = (
        '<html><head><meta charset="utf-8"><title>通知</title></head><body><div class="article">'
        "<p>关于做好2024年秋季学期学生资助工作的通知</p><p>各中小学校：</p>"
        "<p>为切实做好秋季学期学生资助工作，确保资助资金及时足额发放到受助学生手中，现将有关事项通知如下：</p>"
        "<p>特此通知。</p><p>某县教育局</p><p>2024年8月30日</p></div>"
        '<iframe src="https://video.example.cn/player?id=9" width="600" height="400"></iframe></body></html>'
    )
    doc = _checked(govdoc.parse(page.encode(), format="html"))
    assert _notes(doc, "pages-without-text") == []
    assert doc.signature is not None and doc.signature.date == "2024-08-30"
