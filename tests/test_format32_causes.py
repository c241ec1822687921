"""Causes found by the thirty-second format round (tests/test_probes_32_formats.py), each tested on a new example of
its own (never a probe's document), failing on the session's start and passing since (a test named a guard passes
on both: it holds what the fix must not change).

- HTML: a 政府信息公开 page whose article is the signed PDF shown by the browser's viewer (`<object data=….pdf>`,
  `<embed src=….pdf>`), saved without it, gave its information table and headline and said nothing of the missing
  body: a frame's file was named (`pages-without-text`), an embedded document's was not. An `<object>` or `<embed>`
  of a document (by its type or its file's extension) is named as a frame is; a picture's or a player's is not
  (readers.html.frames `shown_frames`).
- PDF: a 代表 named with a character of CJK Extension B (a ToUnicode map giving it as a surrogate pair) shifted the
  whole page after it by one character: PDFium counts the pair as two characters, each with the glyph's box, and
  the page's decoded text held one, so every later character stood against its neighbour's box (each line's
  first character read into the line above; no heading, no 落款). A page holding such a character is read a
  character at a time, the glyph's box cut between its surrogates and the pair joined back in its run
  (readers.pdf_astral).
- PDF: a tagged reply's second page showed its running head (the organ's name set small at the top right, marked
  by Word as an `/Artifact`) as a line of the body between two sections: a head repeated on one page only is no
  repetition the geometry knows. In a tagged document, text marked as an artifact and set above all of a later
  page's other text is that page's running head, set aside (readers.pdf_artifacts); the first page's head and an
  artifact at a page's foot are read as before.
- DOCX: a notice turned back into Word by a PDF-to-Word converter (every printed line a paragraph, the first line
  of each indented, the others flush left) read every wrapped line as a paragraph: a Word paragraph mark was
  always a paragraph's end. A body whose lines as long as its longest end mid-sentence over a line that does not
  indent, twice or more, is a converter's printed lines: its marks are line ends and its paragraphs are found as
  a hard-wrapped text's, the indents kept as hints (readers.docx.printed_lines).
"""

from __future__ import annotations

import io

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants
from tests.probing import codes


def _notes(doc: govdoc.Document, code: str) -> list[str]:
    return [w.message for w in doc.warnings if w.code == code]


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


# --- HTML: a document embedded by <object>/<embed>, not saved with the page --------------------------------

_EMBED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>信息公开</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>
<table class="info"><tr><td>索引号：</td><td>000123456/2024-01877</td><td>发布机构：</td><td>某县交通运输局</td></tr>
<tr><td>文号：</td><td>县交函〔2024〕41号</td><td>发布日期：</td><td>2024-09-03</td></tr></table>
<h2>关于商请协助做好国庆假期道路运输安全保障的函</h2>
<div class="wenzhang">{embedded}</div>
<div class="foot">主办单位：某县人民政府办公室</div></body></html>"""


def test_a_page_whose_article_is_an_embedded_pdf_not_saved_with_it_names_the_file() -> None:
    page = _EMBED_PAGE.format(
        embedded='<embed src="/attach/2024/09/P020240903388120764512.pdf" width="100%" height="780">'
    )
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert doc.header.title == "关于商请协助做好国庆假期道路运输安全保障的函"
    assert any("P020240903388120764512.pdf" in m for m in _notes(doc, "pages-without-text"))


def test_an_object_naming_its_document_by_type_alone_is_named_too() -> None:
    page = _EMBED_PAGE.format(embedded='<object data="/viewer/file?id=88231" type="application/pdf"></object>')
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert any("/viewer/file?id=88231" in m for m in _notes(doc, "pages-without-text"))


def test_guard_an_embedded_player_or_picture_is_no_article_and_is_not_named() -> None:
    page = _EMBED_PAGE.format(
        embedded='<embed src="/media/2024/guoqing.mp4" type="video/mp4"><object data="/images/map.svg"></object>'
    )
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert not [m for m in _notes(doc, "pages-without-text") if "guoqing" in m or "map.svg" in m]


# --- PDF: a character past the BMP, as its two surrogates --------------------------------------------------


def _astral_pdf(lines: list[tuple[str, float, float, float]]) -> bytes:
    """A one-page PDF of `lines` (text, x, baseline, size), its /F1 an Identity-H font whose ToUnicode map gives each
    code its character, a surrogate pair where the character lies past the BMP."""
    codes: dict[str, int] = {}
    for text, *_ in lines:
        for ch in text:
            codes.setdefault(ch, len(codes) + 1)
    cmap = "\n".join(
        [
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def",
            "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange",
            f"{len(codes)} beginbfchar",
            *(f"<{c:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for ch, c in codes.items()),
            "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
        ]
    ).encode("latin-1")
    content = "\n".join(
        f"BT /F1 {size:g} Tf {x:.2f} {y:.2f} Td <{''.join(f'{codes[ch]:04X}' for ch in text)}> Tj ET"
        for text, x, y, size in lines
    ).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
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


_PLACE = "\U00024b62"  # 𤭢, a village's name


def test_a_page_naming_a_place_with_an_extension_b_character_keeps_every_line_whole() -> None:
    body = f"经研究，决定对{_PLACE}山村至石门镇道路实施改造。现将有关事项通知如下："
    lines = [
        (f"关于{_PLACE}山村道路改造工程的通知", 130.0, 740.0, 22.0),
        ("各有关单位：", 80.0, 690.0, 16.0),
        (body[:26], 112.0, 660.0, 16.0),
        (body[26:], 80.0, 631.0, 16.0),
        ("一、改造范围", 112.0, 602.0, 16.0),
        (f"{_PLACE}山村村口至石门镇集镇路段。", 112.0, 573.0, 16.0),
        ("特此通知。", 112.0, 544.0, 16.0),
        ("某县交通运输局", 360.0, 490.0, 16.0),
        ("2024年9月2日", 368.0, 461.0, 16.0),
    ]
    doc = _checked(govdoc.parse(_astral_pdf(lines), format="pdf"))
    assert doc.header.title == f"关于{_PLACE}山村道路改造工程的通知"
    assert doc.header.recipients == ("各有关单位",)
    assert [p.text for p in doc.preamble] == [body]
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "改造范围")]
    assert [p.text for p in doc.iter_sections()[0].paragraphs] == [f"{_PLACE}山村村口至石门镇集镇路段。"]
    assert doc.signature is not None and doc.signature.date == "2024-09-02"
    assert "encoding-repaired" not in codes(doc)


# --- PDF: a tagged document's running head on a later page ---------------------------------------------------


def _ucs2(text: str) -> str:
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def _tagged_pdf(pages: list[list[tuple[str, float, float, float, bool]]]) -> bytes:
    """A tagged PDF (MarkInfo, a structure tree root) of these pages, each a list of lines (text, x, baseline, size,
    marked as a pagination artifact or not); the body's lines in `/P` marked content."""
    font = 3 + 2 * len(pages)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /StructTreeRoot %d 0 R >>" % (font + 3),
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(len(pages))), len(pages)),
    ]
    mcid = 0
    for k, lines in enumerate(pages):
        ops = []
        for text, x, y, size, artifact in lines:
            shown = f"BT /F1 {size:g} Tf {x:.2f} {y:.2f} Td {_ucs2(text)} Tj ET"
            if artifact:
                ops.append(f"/Artifact << /Type /Pagination >> BDC {shown} EMC")
            else:
                ops.append(f"/P << /MCID {mcid} >> BDC {shown} EMC")
                mcid += 1
        content = "\n".join(ops).encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (font, 4 + 2 * k)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects += [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [%d 0 R] >>"
        % (font + 1),
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (GB1) /Supplement 2 >> /FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % (font + 2),
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        b"<< /Type /StructTreeRoot >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _body(top: float, *lines: tuple[str, float]) -> list[tuple[str, float, float, float, bool]]:
    return [(text, x, top - 29 * k, 16.0, False) for k, (text, x) in enumerate(lines)]


_FIRST = [
    ("县财办〔2024〕63号", 80.0, 800.0, 10.5, True),  # the first page's head: the 文号 only there
    ("关于做好2024年度部门决算编报工作的通知", 110.0, 720.0, 22.0, False),
    *_body(
        680.0,
        ("县直各部门：", 80.0),
        ("为做好2024年度部门决算编报工作，现将有关事项通知如下：", 112.0),
        ("一、编报范围", 112.0),
        ("县直各预算部门及所属单位。", 112.0),
    ),
]


def test_a_tagged_notices_running_head_on_its_second_page_is_no_line_of_the_body() -> None:
    second = [
        ("部门决算编报通知", 400.0, 800.0, 10.5, True),
        *_body(740.0, ("二、时间要求", 112.0), ("各部门于2025年1月20日前报送决算报表。", 112.0), ("特此通知。", 112.0)),
        *_body(620.0, ("某县财政局", 380.0), ("2024年12月16日", 372.0)),
    ]
    doc = _checked(govdoc.parse(_tagged_pdf([_FIRST, second]), format="pdf"))
    assert "部门决算编报通知" not in doc.text.replace("关于做好2024年度部门决算编报工作的通知", "")
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "编报范围"), ("二、", "时间要求")]
    assert [p.text for p in doc.iter_sections()[0].paragraphs] == ["县直各预算部门及所属单位。"]
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "县财办〔2024〕63号"


def test_guard_an_artifact_at_a_later_pages_foot_is_read_as_before() -> None:
    second = [
        *_body(740.0, ("二、时间要求", 112.0), ("各部门于2025年1月20日前报送决算报表。", 112.0), ("特此通知。", 112.0)),
        *_body(620.0, ("某县财政局", 380.0), ("2024年12月16日", 372.0)),
        ("抄送：县审计局。", 80.0, 120.0, 14.0, True),  # the 版记 Word keeps in the last page's footer
    ]
    doc = _checked(govdoc.parse(_tagged_pdf([_FIRST, second]), format="pdf"))
    assert doc.imprint is not None and doc.imprint.cc == ("县审计局",)


# --- DOCX: a converter's printed lines, each a paragraph ---------------------------------------------------

_INDENT = '<w:ind w:firstLine="640"/><w:jc w:val="both"/>'
_FLUSH = '<w:ind w:firstLine="0"/><w:jc w:val="both"/>'


def _converted(*paragraphs: str, measure: int = 25) -> str:
    """Each paragraph as a converter writes it: its printed lines, the first indented two characters."""
    out = []
    for text in paragraphs:
        rest, room, first = text, measure - 2, True
        while rest:
            out.append(p(rest[:room], _INDENT if first else _FLUSH))
            rest, room, first = rest[room:], measure, False
    return "".join(out)


def test_a_reply_converted_from_pdf_line_by_line_is_read_in_its_paragraphs() -> None:
    first = "您提出的《关于加强城区停车设施建设的建议》收悉。经认真研究，现答复如下："
    second = "今年以来，我局新建公共停车场六处，新增停车泊位一千二百个，并在十个老旧小区推行错时共享停车。"
    third = "下一步，我局将把停车设施建设纳入城市更新项目统筹推进，力争明年新增泊位二千个。"
    body = (
        p("关于区人大三届二次会议第0052号建议的答复", '<w:jc w:val="center"/>')
        + p("韩学军代表：")
        + _converted(first, second, third)
        + p("某区住房和城乡建设局", '<w:jc w:val="right"/>')
        + p("2024年6月28日", '<w:jc w:val="right"/>')
    )
    doc = _checked(govdoc.parse(make_docx(body), format="docx"))
    assert [x.text for x in doc.preamble] == [first, second, third]
    assert doc.header.recipients == ("韩学军代表",)
    assert doc.signature is not None and doc.signature.issuers == ("某区住房和城乡建设局",)


def test_guard_word_paragraphs_with_short_unstopped_headings_keep_their_marks() -> None:
    body = (
        p("关于做好2024年防汛工作的通知", '<w:jc w:val="center"/>')
        + p("各乡镇人民政府：")
        + p("为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下：")
        + p("一、压实防汛责任")
        + p("各乡镇要落实防汛责任制，明确每座水库、每处山塘的责任人，并于5月10日前报县防汛办备案。")
        + p("二、加强隐患排查")
        + p("各乡镇要组织力量对辖区水库、河道和地质灾害隐患点开展全面排查，建立隐患台账，逐一落实整改措施")
        + p("特此通知。")
    )
    doc = _checked(govdoc.parse(make_docx(body), format="docx"))
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "压实防汛责任"), ("二、", "加强隐患排查")]
    assert "page-break-joined" not in codes(doc)
