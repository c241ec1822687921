"""Causes found by round 21's format probes (tests/test_probes_21_formats.py), each tested on a new example of
the cause (not the probe's document); each cause's test fails on the session's start (/work/s21start), and a
guard beside each holds what must not change.

- DOCX: a run in a character style that says nothing of hiding, inside a paragraph whose style hides it (an
  editor's note style with w:vanish), was shown: the run's style was asked alone, never the paragraph's
  (readers.docx.walk `_run`).
- DOCX: the star of a 密级 inserted from Wingdings (w:sym F0AB) stayed a private-use character, so
  `秘密★1年` was no 密级 (readers.docx.symbols).
- HTML: an element named for a footnote (Word's `MsoFootnoteReference`, a CMS's `footnote`) was skipped as a
  page footer (`foot` in the chrome vocabulary), so the note's reference mark and text were lost unwarned
  (readers.html.dom.CHROME_NAME); Word's notes list after the body's section (`mso-element:footnote-list`,
  `endnote-list`) stood outside the article and was dropped as chrome (readers.html.content.word_notes).
- PDF: a page whose MediaBox does not start at the origin and has no CropBox (centred on it, as some
  converters write it) was measured from user space's origin: its lines' widths against the page were off,
  and paragraphs broke at every line end (readers.pdf_chars `_crop_box`).
- PDF: a font whose ToUnicode map lacks one code it uses in the middle of a line: PDFium gives the code itself
  (a subset's glyph id, `K`) with no error on the font's first character, so it was read silently
  (readers.pdf_chars `_lone_unmapped`: a character alone between Han characters is asked; U+FFFD, warned).
- OFD: a seal a signing tool drew into the page (a ring of red letters each turned by its CTM, its topmost
  letter upright, a star) was read as vertical text columns and lines over the 落款, which then named no
  organ (readers.ofd.content: a letter turned alone at a slant goes aside; readers.page_edges.ring_apart:
  the red upright characters amid such a ring go with it, for PDF and OFD alike).
- PDF, pdfplumber backend: characters set at a slant (a seal's ring letters, a watermark's) were read into
  the lines they cross, where PDFium's reading sets them aside (format20's leftover; readers.pdf_chars
  `_plumber_char`).
- PDF: words painted over by a white box drawn after them (an editor's correction, an incremental update)
  were read with the new words written over them, character by character (`2025年78月1日`)
  (readers.pdf_covers, asked only of a page whose runs overprint each other).
- PDF: a 简报's 报头 line typed across a two-column page's gutter with full-width spaces
  (`办公室　　　　2024年6月9日`) was split into the two columns' first rows (readers.pdf_chars `_typed_gaps`:
  spaces whose boxes fill the gap from one character to the next make one line, `Glyph.gap_typed`;
  readers.columns `_crosses`).
- PDF: a simple font named for a Chinese face with neither /Encoding nor /ToUnicode, its one-byte codes
  glyph numbers: read silently as `!"#$%&'` (readers.pdf_simple_fonts: U+FFFD, `encoding-repaired`).
"""

from __future__ import annotations

import io
import math
import zipfile

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants
from tests.test_formats19_causes import PAGE_H, _bytes, _identity_font, _pdf

# --- DOCX: a character style inside a hidden paragraph style ------------------------------------------

HIDING_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Draft"><w:name w:val="拟稿意见"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Key"><w:name w:val="重点"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Shown"><w:name w:val="显示"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
)


def _draft_note(style: str) -> bytes:
    note = (
        '<w:p><w:pPr><w:pStyle w:val="Draft"/></w:pPr><w:r><w:t>拟稿意见：</w:t></w:r>'
        f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:t>暂缓公开，待分管领导审定</w:t></w:r></w:p>'
    )
    body = p("关于做好2025年春季森林防火工作的通知", '<w:jc w:val="center"/>') + p("各乡镇人民政府：") + note
    body += p("进入春季以来，全县森林火险等级持续升高，各地要严格落实野外用火管控措施。", '<w:ind w:firstLine="640"/>')
    return make_docx(body, styles=HIDING_STYLES)


def test_a_run_in_a_character_style_silent_on_hiding_stays_hidden_in_a_hidden_paragraph_style() -> None:
    doc = govdoc.parse(_draft_note("Key"), format="docx")
    check_invariants(doc)
    assert "暂缓公开" not in doc.text and "拟稿意见" not in doc.text
    assert "全县森林火险等级持续升高" in doc.text


def test_a_character_style_that_turns_hiding_off_shows_its_run_in_a_hidden_paragraph() -> None:
    doc = govdoc.parse(_draft_note("Shown"), format="docx")
    check_invariants(doc)
    assert "暂缓公开，待分管领导审定" in doc.text  # the run's own style says shown: Word shows it
    assert "拟稿意见：" not in doc.text


# --- DOCX: the Wingdings star of a 密级 ------------------------------------------------------------


def test_a_secrecy_mark_whose_star_is_a_wingdings_symbol_is_the_documents_secrecy() -> None:
    body = (
        '<w:p><w:r><w:t>机密</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0AB"/></w:r><w:r><w:t>5年</w:t></w:r></w:p>'
        + p("某市国家保密局文件", '<w:jc w:val="center"/>', '<w:color w:val="FF0000"/><w:sz w:val="72"/>')
        + p("市保发〔2025〕3号", '<w:jc w:val="center"/>')
        + p("关于开展保密自查自评工作的通知", '<w:jc w:val="center"/>')
        + p("各区保密局：")
        + p("请于6月底前完成本单位保密自查自评。", '<w:ind w:firstLine="640"/>')
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert doc.header.security == "机密★5年"
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in doc.text)


# --- HTML: footnotes are no page footer ---------------------------------------------------------------

CMS_NOTE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>答复</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="article">
<h1>关于区政协九届四次会议第0188号提案的答复</h1>
<p>罗晓红委员：</p>
<p>您提出的《关于完善社区托育服务的提案》收悉。现答复如下：</p>
<p>全区已建成普惠托育机构二十六家<sup class="footnote-ref"><a href="#fn1">[1]</a></sup>，提供托位一千八百个。</p>
<p>感谢您对卫生健康工作的关心和支持。</p>
<p style="text-align:right">某区卫生健康局</p>
<p style="text-align:right">2025年5月8日</p>
</div>
<div class="footer">版权所有：某区人民政府 网站标识码1100000011</div>
</body></html>"""


def test_a_footnote_reference_named_so_by_its_class_is_the_articles_text() -> None:
    doc = govdoc.parse(CMS_NOTE_PAGE.encode("utf-8"), format="html")
    check_invariants(doc)
    assert "全区已建成普惠托育机构二十六家[1]，提供托位一千八百个。" in doc.text


def test_a_page_footer_is_still_chrome_beside_a_footnote() -> None:
    doc = govdoc.parse(CMS_NOTE_PAGE.encode("utf-8"), format="html")
    assert "版权所有" not in doc.text and "网站标识码" not in doc.text


WORD_ENDNOTE_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<style>p.MsoNormal {margin:0cm;} p.MsoEndnoteText {font-size:9.0pt;}</style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center>关于县十八届人大四次会议第0064号建议的答复</p>
<p class=MsoNormal>邱建平代表：</p>
<p class=MsoNormal>您提出的《关于改造农村危旧桥梁的建议》收悉。现答复如下：</p>
<p class=MsoNormal>今年我局已完成危旧桥梁改造十一座<a style='mso-endnote-id:edn1' href="#_edn1" name="_ednref1"><span class=MsoEndnoteReference>[i]</span></a>，剩余九座列入明年计划。</p>
<p class=MsoNormal>感谢您对交通运输工作的关心和支持。</p>
<p class=MsoNormal align=right>某县交通运输局</p>
<p class=MsoNormal align=right>2025年6月3日</p>
</div>
<div style='mso-element:endnote-list'><![if !supportEndnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:endnote' id=edn1>
<p class=MsoEndnoteText><a style='mso-endnote-id:edn1' href="#_ednref1" name="_edn1"><span class=MsoEndnoteReference>[i]</span></a>其中三座为四类危桥。</p>
</div></div>
</body></html>"""


def test_the_notes_list_of_a_page_word_saved_is_read_after_its_body() -> None:
    doc = govdoc.parse(WORD_ENDNOTE_PAGE.encode("utf-8"), format="html")
    check_invariants(doc)
    text = doc.text
    assert "其中三座为四类危桥。" in text  # never dropped as the page's chrome
    assert text.index("2025年6月3日") < text.index("其中三座为四类危桥。")
    assert doc.signature is not None and doc.signature.issuers == ("某县交通运输局",)


def test_a_word_page_without_notes_reads_as_before() -> None:
    page = WORD_ENDNOTE_PAGE.split("<div style='mso-element:endnote-list'>")[0] + "</body></html>"
    doc = govdoc.parse(page.encode("utf-8"), format="html")
    check_invariants(doc)
    assert doc.text.endswith("2025年6月3日")


# --- PDF: a MediaBox off the origin ---------------------------------------------------------------------

WRAPPED = [
    ("关于县十九届人大四次会议第0102号建议的答复", 110, 120),
    ("吕国强代表：", 80, 170),
    ("您提出的《关于增加农村公交班次的建议》收悉。我局已", 112, 200),
    ("协调公交公司在早晚高峰增开班次，方便群众出行。", 80, 223),
    ("感谢您对交通运输工作的关心和支持。", 112, 246),
    ("某县交通运输局", 372, 300),
    ("2025年3月14日", 380, 323),
]


def _moved_page(dx: float, dy: float) -> bytes:
    """The lines drawn `dx`, `dy` off user space's origin, the MediaBox moved with them (no CropBox)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

    writer = _pdf(WRAPPED)
    page = writer.pages[0]
    drawn = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(f"q 1 0 0 1 {dx:g} {dy:g} cm\n".encode("ascii") + drawn.get_data() + b"\nQ\n")
    page[NameObject("/Contents")] = writer._add_object(stream)
    page[NameObject("/MediaBox")] = ArrayObject([FloatObject(v) for v in (dx, dy, 595.27 + dx, PAGE_H + dy)])
    return _bytes(writer)


def test_a_page_whose_media_box_lies_left_of_and_below_the_origin_reads_its_paragraphs_whole() -> None:
    doc = govdoc.parse(_moved_page(-320.0, -500.0), format="pdf")
    check_invariants(doc)
    assert (
        "您提出的《关于增加农村公交班次的建议》收悉。我局已协调公交公司在早晚高峰增开班次，方便群众出行。" in doc.text
    )
    assert doc.signature is not None and doc.signature.date == "2025-03-14"


def test_a_page_at_the_origin_reads_as_the_same_page_moved() -> None:
    moved = govdoc.parse(_moved_page(-320.0, -500.0), format="pdf")
    at_origin = govdoc.parse(_moved_page(0.0, 0.0), format="pdf")
    assert moved.text == at_origin.text


# --- PDF: a Unicode map lacking one code ------------------------------------------------------------------

LINE = "请各村组织清理沟渠"


def _mapped_line(missing: str) -> bytes:
    """LINE in an Identity-H font whose glyph ids are small (0x21 on) and whose ToUnicode map names every
    code but `missing`'s."""
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = _pdf([("关于做好汛前沟渠清淤工作的通知", 120, 120)])
    page = writer.pages[0]
    codes = {ch: 0x21 + k for k, ch in enumerate(dict.fromkeys(LINE))}
    pairs = " ".join(f"<{code:04X}> <{ord(ch):04X}>" for ch, code in codes.items() if ch != missing)
    count = len(codes) - (missing in codes)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def "
        f"1 begincodespacerange <0000> <FFFF> endcodespacerange {count} beginbfchar {pairs} endbfchar "
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    page["/Resources"]["/Font"][NameObject("/F7")] = _identity_font(writer, to_unicode=cmap)
    shown = "".join(f"{codes[ch]:04X}" for ch in LINE)
    drawn = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(drawn.get_data() + f"\nBT /F7 16 Tf 1 0 0 1 80 600 Tm <{shown}> Tj ET\n".encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _bytes(writer)


def test_a_code_missing_from_a_unicode_map_between_han_characters_is_a_replacement_character_and_warned() -> None:
    doc = govdoc.parse(_mapped_line("组"), format="pdf")
    check_invariants(doc)
    assert "请各村\ufffd织清理沟渠" in doc.text  # not `请各村'织…`: the code is no character
    assert "encoding-repaired" in [w.code for w in doc.warnings]


def test_a_unicode_map_naming_every_code_reads_its_line_unwarned() -> None:
    doc = govdoc.parse(_mapped_line(""), format="pdf")
    check_invariants(doc)
    assert LINE in doc.text
    assert "encoding-repaired" not in [w.code for w in doc.warnings]


def test_a_latin_letter_and_a_digit_between_han_characters_in_a_mapped_font_stay_as_written() -> None:
    writer = _pdf([("关于公布第3批A级旅游景区名单的通知", 120, 120), ("各区县文化和旅游局：", 80, 170)])
    doc = govdoc.parse(_bytes(writer), format="pdf")
    check_invariants(doc)
    assert "关于公布第3批A级旅游景区名单的通知" in doc.text
    assert "encoding-repaired" not in [w.code for w in doc.warnings]


# --- OFD: a seal drawn into the page over the 落款 -------------------------------------------------------

OFD = "http://www.ofdspec.org/2016"


def _text(ident: int, x: float, y: float, text: str, size: float = 5.6, extra: str = "") -> str:
    delta = f' DeltaX="g {len(text) - 1} {size}"' if len(text) > 1 else ""
    return (
        f'<ofd:TextObject ID="{ident}" Boundary="{x:.3f} {y:.3f} {len(text) * size + 1:.3f} {size * 1.4:.3f}" '
        f'Font="1" Size="{size}"{extra}><ofd:TextCode X="0" Y="{size}"{delta}>{text}</ofd:TextCode></ofd:TextObject>'
    )


def _ofd(objects: list[str]) -> bytes:
    files = {
        "OFD.xml": f'<ofd:OFD xmlns:ofd="{OFD}" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>a1</ofd:DocID>'
        "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<ofd:Document xmlns:ofd="{OFD}"><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>'
        "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        '</ofd:CommonData><ofd:Pages><ofd:Page ID="10" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'<ofd:Res xmlns:ofd="{OFD}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="1" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": f'<ofd:Page xmlns:ofd="{OFD}"><ofd:Content><ofd:Layer ID="30" Type="Body">'
        + "".join(objects)
        + "</ofd:Layer></ofd:Content></ofd:Page>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, xml in files.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>\n' + xml)
    return out.getvalue()


def _letter(seal: list[str]) -> bytes:
    body = [
        _text(101, 50, 40, "关于同意设立社区老年食堂的批复", 7.7),
        _text(102, 28, 60, "某街道办事处："),
        _text(103, 39.2, 72, "你单位《关于设立社区老年食堂的请示》收悉。经研究，同意设立。"),
        _text(104, 39.2, 84, "此复。"),
        _text(105, 140, 110, "某区民政局"),
        _text(106, 137, 122, "2025年4月22日"),
    ]
    return _ofd(body + seal)


def _ring(cx: float, cy: float, letters: str) -> list[str]:
    """A seal drawn as text: letters round the top of a ring, each turned to face out (the middle one
    upright), and a star at the centre, all red."""
    red = '<ofd:FillColor Value="255 0 0"/>'
    objects = []
    step = 140 / (len(letters) - 1)
    for k, ch in enumerate(letters):
        angle = 160 - k * step
        x, y = cx + 16 * math.cos(math.radians(angle)), cy - 16 * math.sin(math.radians(angle))
        turn = math.radians(90 - angle)
        ctm = f' CTM="{math.cos(turn):.4f} {math.sin(turn):.4f} {-math.sin(turn):.4f} {math.cos(turn):.4f} 0 0"'
        objects.append(
            _text(200 + k, x - 3, y - 3, ch, 6.0, ctm + ' Fill="true"').replace(
                "><ofd:TextCode", f">{red}<ofd:TextCode"
            )
        )
    star = _text(299, cx - 4, cy - 4, "★", 8.0, ' Fill="true"').replace("><ofd:TextCode", f">{red}<ofd:TextCode")
    return [*objects, star]


def test_a_seal_drawn_as_turned_red_letters_over_the_signature_is_no_text_of_the_page() -> None:
    doc = govdoc.parse(_letter(_ring(150, 116, "某区民政局印章")), format="ofd")
    check_invariants(doc)
    assert doc.signature is not None and doc.signature.issuers == ("某区民政局",)
    assert doc.signature.date == "2025-04-22"
    assert "★" not in doc.text and "印章" not in doc.text
    assert "layout-unusual" not in [w.code for w in doc.warnings]


def test_characters_set_one_by_one_down_a_column_are_still_read_as_a_column() -> None:
    column = [
        _text(300 + k, 190, 60 + 6 * k, ch, 5.6, ' CTM="0 1 -1 0 0 0"') for k, ch in enumerate("内部资料注意保存")
    ]
    doc = govdoc.parse(_letter(column), format="ofd")
    check_invariants(doc)
    assert "内部资料注意保存" in doc.text.replace("\n", "")
    assert doc.signature is not None and doc.signature.issuers == ("某区民政局",)


# --- PDF: words painted over with a white box ---------------------------------------------------------

EDITED = [
    ("关于调整城区停车收费标准的复函", 130, 120),
    ("市物价局：", 80, 170),
    ("你局来函收悉。我委同意自2025年7月1日起执行新的收费标准。", 112, 200),
    ("某市发展和改革委员会", 352, 260),
]


def _edited(box_first: bool, fill: str = "1 1 1") -> bytes:
    """The page with its 7月1日 painted over by a box of `fill` and 8月1日 written in its place: the box after
    the old words (an edit), or first, under them (a cell's background)."""
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = _pdf(EDITED)
    page = writer.pages[0]
    key = next(str(k) for k, v in page["/Resources"]["/Font"].items() if "STSong" in str(v.get_object()["/BaseFont"]))
    x = 112 + 192.0  # where 2025年7月1日 starts: twelve characters of 16 points after the line's start
    box = f"q {fill} rg {x - 1:.2f} {PAGE_H - 200 - 5:.2f} 95 22 re f Q\n"
    new = (
        f"BT {key} 16 Tf 0 0 0 rg 1 0 0 1 {x:.2f} {PAGE_H - 200:.2f} Tm <00320030003200355E7400386708003165E5> Tj ET\n"
    )
    drawn = page.get_contents()
    stream = DecodedStreamObject()
    body = drawn.get_data()
    stream.set_data((box.encode() + body if box_first else body + b"\n" + box.encode()) + new.encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _bytes(writer)


def test_words_painted_over_with_a_white_box_after_them_are_not_read() -> None:
    doc = govdoc.parse(_edited(box_first=False), format="pdf")
    check_invariants(doc)
    assert "我委同意自2025年8月1日起执行新的收费标准。" in doc.text
    assert "7月" not in doc.text


def test_words_written_on_a_white_box_drawn_first_are_read_as_they_stand() -> None:
    doc = govdoc.parse(_edited(box_first=True), format="pdf")
    check_invariants(doc)
    line = next(ln for ln in doc.text.split("\n") if ln.startswith("你局来函"))
    assert "7" in line and "8月" in line  # nothing hides either: both are on the page


def test_words_under_a_grey_box_are_not_taken_out() -> None:
    doc = govdoc.parse(_edited(box_first=False, fill="0.8 0.8 0.8"), format="pdf")
    check_invariants(doc)
    line = next(ln for ln in doc.text.split("\n") if ln.startswith("你局来函"))
    assert "7" in line and "8月" in line  # only white paints a correction over old words


# --- PDF (both backends): a seal drawn as text, its ring's letters turned -----------------------------


def _ring_seal_pdf(letters: str) -> bytes:
    """A 批复's 落款 under a seal drawn as text: its letters round the top of a ring, each turned to face out
    (the middle one upright), all red, and a red star at its centre."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)
    c.setFont("STSong-Light", 16)
    for text, x, top in [
        ("关于同意设立社区老年食堂的批复", 140, 120),
        ("某街道办事处：", 80, 170),
        ("你单位《关于设立社区老年食堂的请示》收悉。经研究，同意设立。", 112, 200),
        ("此复。", 112, 223),
        ("某区民政局", 380, 290),
        ("2025年4月22日", 372, 313),
    ]:
        c.drawString(x, PAGE_H - top, text)
    cx, cy = 420.0, PAGE_H - 300
    c.setFillColorRGB(0.9, 0, 0.05)
    c.setFont("STSong-Light", 14)
    step = 150 / (len(letters) - 1)
    for k, ch in enumerate(letters):
        angle = 165 - k * step
        c.saveState()
        c.translate(cx + 40 * math.cos(math.radians(angle)), cy + 40 * math.sin(math.radians(angle)))
        c.rotate(angle - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.setFont("STSong-Light", 22)
    c.drawCentredString(cx, cy - 6, "★")
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_seal_drawn_as_text_over_the_signature_is_no_text_with_the_pdfplumber_backend() -> None:
    doc = govdoc.parse(_ring_seal_pdf("某区民政局公章"), format="pdf", pdf_backend="pdfplumber")
    check_invariants(doc)
    assert doc.signature is not None and doc.signature.issuers == ("某区民政局",)
    assert "公章" not in doc.text and "★" not in doc.text


def test_a_seal_drawn_as_text_reads_alike_with_both_backends() -> None:
    data = _ring_seal_pdf("某区民政局公章")
    assert govdoc.parse(data, format="pdf").text == govdoc.parse(data, format="pdf", pdf_backend="pdfplumber").text


def test_red_letters_of_a_watermark_spread_across_the_page_take_no_red_line_with_them() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)
    c.setFillColorRGB(0.9, 0, 0.05)
    c.setFont("STSong-Light", 30)
    c.drawString(180, PAGE_H - 120, "某县人民政府文件")
    for k, ch in enumerate("内部资料"):  # one letter a place, turned 45°, from the foot's left to the top's right
        c.saveState()
        c.translate(120 + 110 * k, 200 + 130 * k)
        c.rotate(45)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.setFillColorRGB(0, 0, 0)
    c.setFont("STSong-Light", 16)
    c.drawString(140, PAGE_H - 200, "关于做好2025年防汛工作的通知")
    c.drawString(80, PAGE_H - 250, "各乡镇人民政府：")
    c.showPage()
    c.save()
    doc = govdoc.parse(out.getvalue(), format="pdf")
    check_invariants(doc)
    assert "某县人民政府文件" in doc.text


# --- PDF: a simple font named for a Chinese face, without /Encoding or /ToUnicode ----------------------

BODY = "请各社区于本周五前上报排查台账"


def _simple_font_page(encoding: str | None, base: str = "/ABCDEF+KaiTi_GB2312") -> bytes:
    """A notice whose title is in the fixtures' CID font and whose body line is in a simple TrueType font
    named ABCDEF+KaiTi_GB2312, its codes numbering the glyphs from 0x21 (`encoding`: its /Encoding, if any)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = _pdf([("关于开展汛前隐患排查的通知", 140, 120), ("各社区居委会：", 80, 170)])
    page = writer.pages[0]
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/TrueType"),
            NameObject("/BaseFont"): NameObject(base),
            NameObject("/FirstChar"): NumberObject(0x21),
            NameObject("/LastChar"): NumberObject(0x7E),
            NameObject("/Widths"): ArrayObject([NumberObject(1000)] * 94),
        }
    )
    if encoding:
        font[NameObject("/Encoding")] = NameObject(encoding)
    page["/Resources"]["/Font"][NameObject("/F9")] = writer._add_object(font)
    codes = "".join(f"{0x21 + k:02X}" for k in range(len(BODY)))  # every character new: 0x21, 0x22 …
    drawn = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(drawn.get_data() + f"\nBT /F9 16 Tf 1 0 0 1 112 600 Tm <{codes}> Tj ET\n".encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _bytes(writer)


def test_a_simple_chinese_face_without_encoding_or_unicode_map_reads_as_replacement_characters_and_warned() -> None:
    doc = govdoc.parse(_simple_font_page(None), format="pdf")
    check_invariants(doc)
    assert "!\"#$%&'()" not in doc.text
    assert "\ufffd" * len(BODY) in doc.text
    assert "encoding-repaired" in [w.code for w in doc.warnings]
    assert "关于开展汛前隐患排查的通知" in doc.text


def test_the_same_codes_under_a_standard_encoding_are_read_as_the_latin_text_they_name() -> None:
    doc = govdoc.parse(_simple_font_page("/WinAnsiEncoding"), format="pdf")
    check_invariants(doc)
    assert "!\"#$%&'()" in doc.text  # the font says what its codes are: nothing to repair
    assert "encoding-repaired" not in [w.code for w in doc.warnings]


# --- PDF: a 报头 line typed across the gutter of a two-column page ------------------------------------

LEFT = ["一、开展汛前检查", "　　全区对四十二座水库开展汛前", "安全检查，整改隐患十六处，全部", "销号管理。"]
RIGHT = ["二、储备防汛物资", "　　全区储备编织袋八万条、冲锋", "舟十二艘，抢险队伍全部到位，随", "时听候调遣。"]


def _brief(head: str) -> bytes:
    """A 简报 page: its title, then `head` (one string, across the measure), then two columns of 14-point
    lines, each right-column line drawn right after its left-column fellow; the right column's paragraphs
    indented by full-width spaces."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)
    c.setFont("STSong-Light", 26)
    c.drawCentredString(297.6, PAGE_H - 110, "防汛工作简报")
    c.setFont("STSong-Light", 14)
    c.drawString(80, PAGE_H - 160, head)
    for k, (left, right) in enumerate(zip(LEFT * 2, RIGHT * 2, strict=True)):
        c.drawString(80, PAGE_H - 200 - 22 * k, left)
        c.drawString(316, PAGE_H - 200 - 22 * k, right)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_head_line_typed_across_the_gutter_with_full_width_spaces_is_one_line_over_the_columns() -> None:
    doc = govdoc.parse(_brief("某区防汛抗旱指挥部办公室" + "\u3000" * 9 + "2025年6月9日"), format="pdf")
    check_invariants(doc)
    lines = doc.text.split("\n")
    assert any("某区防汛抗旱指挥部办公室" in ln and "2025年6月9日" in ln for ln in lines)
    text = "".join(doc.text.split())
    assert text.index("销号管理") < text.index("二、储备防汛物资")  # the columns read one after the other


def test_right_column_lines_indented_by_full_width_spaces_stay_in_their_column() -> None:
    doc = govdoc.parse(_brief("某区防汛抗旱指挥部办公室"), format="pdf")
    check_invariants(doc)
    text = "".join(doc.text.split())
    assert "全区对四十二座水库开展汛前安全检查" in text  # the left column's lines run on in their column
    assert text.index("销号管理") < text.index("二、储备防汛物资")


def test_a_whole_simple_chinese_face_without_encoding_reads_its_codes_through_the_standard_encoding() -> None:
    doc = govdoc.parse(_simple_font_page(None, base="/KaiTi_GB2312"), format="pdf")
    check_invariants(doc)
    assert '!"#$%&' in doc.text  # no subset: the spec's standard encoding says what the codes are
    assert "encoding-repaired" not in [w.code for w in doc.warnings]
