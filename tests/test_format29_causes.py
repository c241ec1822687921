"""Causes found by the twenty-ninth format probes (tests/test_probes_29_formats.py), each tested on a new example
of its own (never the probe's document), failing on the session's start and passing since (a test named a guard
passes on both: it holds what the fix must not change). Session 27's three open questions are decided here too:

- PDF: invisible text (render mode 3) over blank paper in the gaps between a page's printed lines, smaller than
  them (an OA system's tracking mark, 暗水印: the downloader, time and address), was read into the lines and broke
  the 落款. Invisible text is the reading of what the page paints under it (a picture's OCR layer, an outlined
  line's searchable layer) and is read there; between printed lines over nothing painted it reads nothing the
  page shows and is left out; elsewhere (below the printed text, a page of invisible text only) it is read as
  before (readers.pdf_chars `between_lines`, readers.pdf_covers `painted`, which now counts form objects and
  shadings as painted for it).
- HTML: a stylesheet rule hiding by an attribute selector (`.article [data-role="bianji"]{display:none}`) was
  not read, so the editor's note it hides was read into the article; and `aria-hidden` (session 27's question)
  hides from screen readers only: its words are shown and read. A script's cloak (`[v-cloak]`) hides a template
  until the script draws it, and is not read as hiding (readers.html.hidden `hidden_classes`, `attribute_rules`).
- HTML: words for screen readers only (`.sr-only`: clipped to nothing, out of the flow) were read, the
  attachment's name taking `（PDF文件，在新窗口打开）` (readers.html.hidden `hides`).
- HTML: a `<style media="print">` was read as the screen's (the attachment list it hides on paper was lost), and
  rules inside `@media screen` were never read (readers.html.hidden `screen_rules`).
- HTML: a scraper guard's junk characters in white ink between a sentence's words (`<span style="color:#fff">`,
  `<font color="#ffffff">`) were read into it, the proposal's title among them (readers.html.hidden `white_junk`).
- DOCX: a run in white ink on white paper (an OA template's code after the title) was read, `content-unplaced`;
  white on a shaded cell, paragraph or run, in a text box or on a page colour is shown and read
  (readers.docx.walk `white_on_white`).
- HTML: junk characters a span's own style draws in no ink (`opacity:0`, `color:transparent`, `rgba(…,0)`) were
  read; the element's own style is asked (a stylesheet's fade stays read) (readers.html.hidden `_UNSEEN_INK`).
- Words placed out of sight by position were read: HTML placed far past the screen's edge (`position:absolute;
  left:-9999px`, `text-indent:-9999px`: readers.html.hidden `hides`), a PDF's drawn off a page whose MediaBox is
  what it shows (readers.pdf_chars `_on_page`), an OFD's outside the physical page of a page with no
  ApplicationBox (readers.ofd `_within_shown`); a page drawn off its box by error (half its characters or more)
  is read whole.
- REVIEW29 R6 (58f4deda) and R7 (3147fab3), on two of the fixes above: white words on their own ground (a badge
  painted by its own style or a class of the stylesheet) were dropped as a scraper's junk, and white words in a
  table shaded by its `w:tblPr/w:shd` (or by a table, paragraph or character style) as white on white paper
  (readers.html.hidden `white_junk` asks the element and the stylesheet's painted classes; readers.docx.walk
  `white_on_white` asks the table's properties and the styles).
- OFD: text neither filled nor stroked (`Fill="false"`: GB/T 33190's invisible text) was read wherever it stood,
  a tracking mark between the lines too; it is read only over a picture, as transparent text is
  (readers.ofd.content `_transparent`).
- OFD: a drawing parameter's fill colour (session 27's question) was never read, only the object's own
  `FillColor`: a red 版头 coloured by a DrawParam of the resources (its own, one it inherits by `Relative`, or its
  layer's) lost its red ink (readers.ofd.content `fill_of`; the 版头 was still found by its size in both probes).
- OFD: one page's content member cut off mid-element made the whole file `corrupt-file`, where a missing member
  is a page without text and the rest is read (readers.ofd `ofd_blocks`; every page damaged stays corrupt-file).
- OFD: text set upright, large and light grey under the lines (内部资料 in a background layer) was read into the
  preamble, where a PDF's is a watermark set apart: the PDF's test is now shared (readers.page_lines `underlay`,
  asked by readers.ofd.content `_underlaid`).
"""

from __future__ import annotations

import io
from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes, squashed

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.27, 841.89


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


# --- PDF: invisible text over blank paper -----------------------------------------------------------


def _canvas() -> tuple[io.BytesIO, Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    return out, Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=True)


def _put(c: Any, text: str, x: float, top: float, size: float = 16.0, mode: int = 0) -> None:
    """`text` at `x`, its baseline `top` + `size` down from the page's top, in render mode `mode`."""
    t = c.beginText()
    t.setTextRenderMode(mode)
    t.setFont(FONT, size)
    t.setTextOrigin(x, PAGE_H - top - size)
    t.textOut(text)
    c.drawText(t)


LETTER = [
    (250.0, "区农函〔2024〕6号"),
    (150.0, "关于商请协助开展农机安全检查的函"),
    (80.0, "区应急管理局："),
    (112.0, "为防范农机安全事故，我局拟于六月开展农机安全检查。"),
    (112.0, "现商请贵局派员参加，共同做好检查工作。"),
    (112.0, "请予支持为盼。"),
    (360.0, "某区农业农村局"),
    (372.0, "2024年5月14日"),
]


def _letter(extra: Any, room: int = 0) -> bytes:
    """A printed 函, one line each 30 points (a line's room left empty after the fifth where `room`), with
    `extra(c)` drawn on the page after its lines."""
    out, c = _canvas()
    for k, (x, text) in enumerate(LETTER):
        _put(c, text, x, 100 + 30 * (k + (room if k >= 5 else 0)))
    extra(c)
    c.showPage()
    c.save()
    return out.getvalue()


def test_invisible_text_between_printed_lines_over_blank_paper_is_not_read() -> None:
    def marks(c: Any) -> None:  # an OA system's mark in the gaps under the 文号, a body line and the organ
        for k in (0, 4, 6):
            _put(c, "内部传阅 孙某 2024-05-15 10:02", 120, 100 + 30 * k + 19, 8, mode=3)

    doc = _checked(govdoc.parse(_letter(marks), format="pdf"))
    assert "内部传阅" not in doc.text and "10:02" not in doc.text
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区农业农村局",), "2024-05-14")
    assert doc.closing is not None and doc.closing.text == "请予支持为盼。"


def _picture(c: Any, x: float, top: float, width: float, height: float) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    grey = Image.new("L", (40, 10), 200)
    c.drawImage(ImageReader(grey), x, PAGE_H - top - height, width, height)


def test_guard_invisible_text_between_printed_lines_over_a_pasted_picture_is_read() -> None:
    # a picture of a short note pasted between two body lines, an OCR engine's reading of it drawn invisible on it
    def pasted(c: Any) -> None:
        _picture(c, 110, 255, 300, 14)
        _put(c, "附：检查点位共十二处", 112, 257, 9, mode=3)

    doc = _checked(govdoc.parse(_letter(pasted, room=1), format="pdf"))
    assert "附：检查点位共十二处" in squashed(doc.text)


def test_guard_invisible_text_between_printed_lines_over_a_picture_placed_as_a_form_is_read() -> None:
    # the pasted picture wrapped in a form object (as stamping tools place it): its box counts as painted
    def form(c: Any) -> None:
        c.beginForm("note")
        _picture(c, 110, 255, 300, 14)
        c.endForm()
        c.doForm("note")
        _put(c, "附：检查点位共十二处", 112, 257, 9, mode=3)

    doc = _checked(govdoc.parse(_letter(form, room=1), format="pdf"))
    assert "附：检查点位共十二处" in squashed(doc.text)


def test_guard_a_page_of_outlined_lines_under_an_invisible_layer_is_read_whole() -> None:
    # every line turned into filled shapes by an outlining tool, its searchable layer invisible over them
    out, c = _canvas()
    for k, (x, text) in enumerate(LETTER):
        top = 100 + 30 * k
        c.rect(x, PAGE_H - top - 14, 16 * len(text) * 0.9, 10, stroke=0, fill=1)
        _put(c, text, x, top, mode=3)
    c.showPage()
    c.save()
    doc = _checked(govdoc.parse(out.getvalue(), format="pdf"))
    assert doc.header.title == "关于商请协助开展农机安全检查的函"
    assert doc.signature is not None and doc.signature.date == "2024-05-14"


# --- HTML: attribute selectors and words for screen readers only -------------------------------------


def _html(head: str, article: str) -> govdoc.Document:
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title><style>{head}</style></head><body>'
        '<div class="nav"><a href="/">首页</a> &gt; 通知公告</div>'
        f'<div class="content">{article}</div><div class="foot">某县人民政府办公室主办</div></body></html>'
    )
    return _checked(govdoc.parse(page.encode("utf-8"), format="html"))


NOTICE = (
    '<p style="text-align:center">县体发〔2024〕8号</p>'
    "<p>各乡镇人民政府，县直有关单位：</p>"
    "<p>为丰富群众文化生活，县文化体育局决定举办2024年全县农民运动会。现将有关事项通知如下：</p>"
    "<p>{one}一、比赛项目</p>"
    "<p>设拔河、趣味接力和象棋三个项目，各乡镇组队参赛。</p>{note}"
    "<p>{two}二、报名时间</p>"
    "<p>各乡镇于9月20日前将报名表报送县文化体育局。</p>"
    "<p>特此通知。</p>"
    '<p style="text-align:right">某县文化体育局</p><p style="text-align:right">2024年9月2日</p>'
)


def test_what_an_attribute_selector_of_the_pages_stylesheet_hides_is_not_read() -> None:
    for rule, note in (
        ('p[data-type="memo"]{display:none}', '<p data-type="memo">备注：本条待体育总会确认。</p>'),
        (".content [data-print] { visibility: hidden }", "<p data-print>备注：本条待体育总会确认。</p>"),
        ("[aria-hidden=true]{display:none}", '<div aria-hidden="true">备注：本条待体育总会确认。</div>'),
        ("[class~=memo]{display:none}", '<p class="x memo">备注：本条待体育总会确认。</p>'),
    ):
        doc = _html(rule, NOTICE.format(one="", two="", note=note))
        assert "备注" not in doc.text, rule
        assert [s.title for s in doc.iter_sections()] == ["比赛项目", "报名时间"], rule


def test_guard_an_attribute_rule_for_another_part_of_the_page_or_a_scripts_cloak_hides_nothing_here() -> None:
    for rule, note in (
        (".sidebar [data-type=memo]{display:none}", '<p data-type="memo">备注：本条待体育总会确认。</p>'),
        ('[data-type="other"]{display:none}', '<p data-type="memo">备注：本条待体育总会确认。</p>'),
    ):
        doc = _html(rule, NOTICE.format(one="", two="", note=note))
        assert "备注：本条待体育总会确认。" in doc.text, rule
    # Vue hides its template until it is drawn; the browser shows it then: the article is read
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>[v-cloak]{display:none}</style></head><body>'
        f'<div id="app" v-cloak><div class="content">{NOTICE.format(one="", two="", note="")}</div></div></body></html>'
    )
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert doc.signature is not None and doc.signature.date == "2024-09-02"


def test_guard_aria_hidden_alone_hides_from_screen_readers_only_and_its_words_are_read() -> None:
    doc = _html(
        "", NOTICE.format(one="", two="", note="").replace("<p>一、", '<p><span aria-hidden="true">一、</span>')
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]


def test_words_for_screen_readers_only_clipped_to_nothing_are_not_read() -> None:
    for rule in (
        ".visually-hidden{position:absolute!important;clip:rect(1px 1px 1px 1px);overflow:hidden;height:1px;width:1px}",
        ".visually-hidden{position:absolute;width:1px;height:1px;clip-path:inset(50%);white-space:nowrap}",
    ):
        note = '<p>附件：<a href="/a.xls">报名表<span class="visually-hidden">（Excel文件，新窗口打开）</span></a></p>'
        doc = _html(
            rule, NOTICE.format(one="", two="", note="").replace("<p>特此通知。</p>", f"<p>特此通知。</p>{note}")
        )
        assert "新窗口打开" not in doc.text, rule
        assert doc.attachments == ("报名表",), rule


def test_guard_a_clip_without_taking_the_element_out_of_the_flow_hides_nothing() -> None:
    # `clip` applies to an absolutely positioned box only: a rule clipping a box in the flow shows it whole
    rule = ".memo{clip:rect(0,0,0,0)}"
    doc = _html(rule, NOTICE.format(one="", two="", note='<p class="memo">备注：本条待体育总会确认。</p>'))
    assert "备注：本条待体育总会确认。" in doc.text


# --- OFD: the colour of a drawing parameter ----------------------------------------------------------


def _ofd_reds(layer_attrs: str, *objects: str) -> list[tuple[str, bool]]:
    from govdoc.readers.ofd import ofd_blocks
    from tests.test_ofd import _package

    res = (
        '<ofd:DrawParams><ofd:DrawParam ID="3"><ofd:FillColor Value="200 16 24"/></ofd:DrawParam>'
        '<ofd:DrawParam ID="4" Relative="3" LineWidth="0.5"/>'
        '<ofd:DrawParam ID="6"><ofd:FillColor Value="0 0 0"/></ofd:DrawParam></ofd:DrawParams>'
    )
    page = f'<ofd:Content><ofd:Layer ID="5" {layer_attrs}>{"".join(objects)}</ofd:Layer></ofd:Content>'
    blocks = ofd_blocks(_package(page, res=res), path=None, max_unzipped=1 << 20).blocks
    return [(b.text, bool(b.hints.red)) for b in blocks]


def _line(y: float, text: str, attrs: str = "", fill: str = "") -> str:
    step = " ".join(["7"] * (len(text) - 1))
    return (
        f'<ofd:TextObject ID="{int(y)}" Font="2" Size="7" Boundary="30 {y} 150 10" {attrs}>{fill}'
        f'<ofd:TextCode X="0" Y="7" DeltaX="{step}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def test_a_text_objects_drawing_parameter_gives_its_fill_colour_through_the_parameter_it_inherits() -> None:
    # the 版头 names parameter 4, which names no colour and inherits parameter 3's red (`Relative`)
    reds = _ofd_reds("", _line(30, "某市体育局文件", 'DrawParam="4"'), _line(60, "市体发〔2024〕3号"))
    assert reds == [("某市体育局文件", True), ("市体发〔2024〕3号", False)]


def test_a_layers_drawing_parameter_colours_the_objects_that_name_no_colour_of_their_own() -> None:
    black = '<ofd:FillColor Value="0 0 0"/>'
    reds = _ofd_reds(
        'DrawParam="3"',
        _line(30, "某市体育局文件"),
        _line(60, "市体发〔2024〕3号", fill=black),
        _line(90, "关于举办全市职工运动会的通知", 'DrawParam="6"'),
    )
    assert reds == [("某市体育局文件", True), ("市体发〔2024〕3号", False), ("关于举办全市职工运动会的通知", False)]


def test_drawing_parameters_that_name_each_other_end_their_chain_without_a_colour() -> None:
    from lxml import etree

    from govdoc.readers.ofd.content import Resources, fill_of

    res = Resources(draw_params={"7": (None, "8"), "8": (None, "7")})
    obj = etree.fromstring('<TextObject DrawParam="7"/>')
    assert fill_of(obj, res, "") is None


# --- OFD: a page whose content member is damaged -----------------------------------------------------


def _three_pages(damage: tuple[int, ...]) -> bytes:
    import sys
    from pathlib import Path

    office = str(Path(__file__).resolve().parent.parent / "fixtures" / "office")
    if office not in sys.path:
        sys.path.insert(0, office)
    from make_formats14 import ofd_package, rezip
    from make_formats25 import notice_pages
    from make_formats26 import members

    o = notice_pages(
        [
            ("organ", "某镇人民政府"),
            ("centred", "镇政发〔2024〕7号"),
            ("title", "关于做好汛期地质灾害防范工作的通知"),
            ("left", "各村（社区）："),
            ("para", "入汛以来降雨偏多，地质灾害风险加大。现将有关事项通知如下："),
        ]
    )
    o.new_page()
    o.wrapped("各村要对辖区内隐患点逐一巡查，落实群测群防责任人。")
    o.new_page()
    o.wrapped("特此通知。")
    o.right("某镇人民政府", 4 * o.size)
    o.right("2024年6月3日", 3 * o.size)
    files = members(ofd_package(o.pages, {}))
    for k in damage:
        name = f"Doc_0/Pages/Page_{k}/Content.xml"
        files[name] = files[name].replace(b"</ofd:Layer>", b"</ofd:Layr>")
    return rezip(files)


def test_an_ofd_page_of_damaged_content_is_named_without_text_and_the_others_are_read() -> None:
    doc = _checked(govdoc.parse(_three_pages((1,)), format="ofd"))
    assert doc.source.pages == 3
    assert doc.header.title == "关于做好汛期地质灾害防范工作的通知"
    assert doc.signature is not None and doc.signature.date == "2024-06-03"
    assert "pages-without-text" in codes(doc)
    assert "隐患点" not in doc.text


def test_guard_an_ofd_whose_every_page_is_damaged_is_a_corrupt_file() -> None:
    import pytest

    with pytest.raises(govdoc.CorruptFileError):
        govdoc.parse(_three_pages((0, 1, 2)), format="ofd")


# --- OFD: a watermark set upright in light grey -----------------------------------------------------


def _ofd_texts(*objects: str) -> list[str]:
    """The lines of the parsed page's text (a watermark the reader sets apart is left out by the rules)."""
    from tests.test_ofd import _package

    page = f'<ofd:Content><ofd:Layer ID="5">{"".join(objects)}</ofd:Layer></ofd:Content>'
    return _checked(govdoc.parse(_package(page), format="ofd")).text.split("\n")


def test_an_ofd_text_set_large_and_light_grey_upright_under_the_lines_is_a_watermark_not_read() -> None:
    grey = '<ofd:FillColor Value="#c8 #c8 #c8"/>'
    mark = (
        f'<ofd:TextObject ID="40" Font="2" Size="12" Boundary="50 100 120 20">{grey}'
        '<ofd:TextCode X="0" Y="12" DeltaX="g 3 30">仅供参考</ofd:TextCode></ofd:TextObject>'
    )
    texts = _ofd_texts(_line(30, "关于做好防暑降温工作的通知"), mark, _line(110, "各单位要合理安排户外作业时间。"))
    assert texts == ["关于做好防暑降温工作的通知", "各单位要合理安排户外作业时间。"]


def test_guard_grey_text_of_a_lines_size_and_a_large_red_letterhead_are_read() -> None:
    grey = '<ofd:FillColor Value="150 150 150"/>'
    red = '<ofd:FillColor Value="230 0 18"/>'
    note = _line(110, "（此件公开发布）", fill=grey)
    head = (
        f'<ofd:TextObject ID="41" Font="2" Size="12" Boundary="40 20 140 20">{red}'
        '<ofd:TextCode X="0" Y="12" DeltaX="g 5 12">某市体育局文件</ofd:TextCode></ofd:TextObject>'
    )
    texts = _ofd_texts(head, _line(60, "关于做好防暑降温工作的通知"), note)
    assert texts == ["某市体育局文件", "关于做好防暑降温工作的通知", "（此件公开发布）"]


# --- HTML: a stylesheet for another medium ------------------------------------------------------------


def _styled(styles: str, extra: str) -> govdoc.Document:
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title>{styles}</head><body>'
        f'<div class="content">{NOTICE.format(one="", two="", note=extra)}</div></body></html>'
    )
    return _checked(govdoc.parse(page.encode("utf-8"), format="html"))


def test_a_style_element_for_print_hides_nothing_on_screen() -> None:
    note = '<p class="bz">报名表可在县文化体育局网站下载。</p>'
    for styles in (
        '<style media="print">.bz{display:none}</style>',
        '<style media="print, handheld">.bz{display:none}</style>',
    ):
        doc = _styled(styles, note)
        assert "报名表可在县文化体育局网站下载。" in doc.text, styles


def test_a_rule_for_the_screen_in_a_media_block_or_a_screen_style_element_hides_what_it_names() -> None:
    note = '<p class="dy">打印时间：2024年9月3日 10:15 打印人：某某</p>'
    for styles in (
        "<style>@media screen { .dy { display: none } }</style>",
        '<style media="screen">.dy{display:none}</style>',
        '<style media="all">.dy{visibility:hidden}</style>',
    ):
        doc = _styled(styles, note)
        assert "打印人" not in doc.text, styles


def test_guard_a_rule_for_one_size_of_screen_is_not_read() -> None:
    note = '<p class="pc">报名表可在县文化体育局网站下载。</p>'
    doc = _styled("<style>@media screen and (max-width: 768px) { .pc { display: none } }</style>", note)
    assert "报名表可在县文化体育局网站下载。" in doc.text


# --- HTML: a scraper guard's junk in white ink ------------------------------------------------------


def test_junk_characters_in_white_ink_inside_a_sentence_are_not_read() -> None:
    sentence = (
        '<p>设拔河、趣味<font color="#ffffff">a1</font>接力和象棋三个项目，'
        '各乡镇<span style="color: #FFF !important">qq</span>组队参赛。</p>'
    )
    doc = _html(
        "",
        NOTICE.format(one="", two="", note="").replace(
            "<p>设拔河、趣味接力和象棋三个项目，各乡镇组队参赛。</p>", sentence
        ),
    )
    assert "设拔河、趣味接力和象棋三个项目，各乡镇组队参赛。" in doc.text
    assert "a1" not in doc.text and "qq" not in doc.text


def test_guard_white_words_on_a_band_their_ancestor_paints_are_read() -> None:
    band = '<div style="background:#c00000;text-align:center"><span style="color:#fff">某县文化体育局文件</span></div>'
    cell = '<table><tr><td bgcolor="#cc0000">比赛<span style="color:white">地点</span>：县体育馆</td></tr></table>'
    doc = _html("", band + NOTICE.format(one="", two="", note=cell))
    assert "某县文化体育局文件" in doc.text
    assert "比赛地点：县体育馆" in squashed(doc.text)


# --- DOCX: white ink on white paper -------------------------------------------------------------------

WHITE = '<w:color w:val="FFFFFF"/>'
REPLY = [
    "关于县政协十届三次会议第0098号提案的答复",
    "刘建华委员：",
    "您提出的《关于加快乡村公路建设的提案》收悉。现答复如下：",
    "今年全县新改建农村公路八十公里。",
    "感谢您对交通运输工作的关心和支持。",
    "某县交通运输局",
    "2024年7月2日",
]


def _reply_docx(extra_after_title: str, *, background: str = "") -> govdoc.Document:
    from tests.docx_builder import make_docx, p

    body = "".join(p(t) + (extra_after_title if k == 0 else "") for k, t in enumerate(REPLY))
    data = make_docx(body)
    if background:
        data = _with_background(data, background)
    return _checked(govdoc.parse(data, format="docx"))


def _with_background(data: bytes, colour: str) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "word/document.xml":
                part = part.replace(b"<w:body>", f'<w:background w:color="{colour}"/><w:body>'.encode())
            dst.writestr(item, part)
    return out.getvalue()


def test_white_ink_on_white_paper_is_not_read() -> None:
    from tests.docx_builder import p

    doc = _reply_docx(p("防伪码：7Q2K-99X1", rpr=WHITE))
    assert "防伪码" not in doc.text
    assert doc.header.recipients == ("刘建华委员",)


def test_guard_white_ink_on_a_shaded_paragraph_in_a_text_box_or_on_a_page_colour_is_read() -> None:
    from tests.docx_builder import p

    shaded = p("防伪码：7Q2K-99X1", ppr='<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>', rpr=WHITE)
    assert "防伪码" in _reply_docx(shaded).text
    run_shaded = p("防伪码：7Q2K-99X1", rpr=WHITE + '<w:shd w:val="solid" w:color="C00000" w:fill="auto"/>')
    assert "防伪码" in _reply_docx(run_shaded).text
    assert "防伪码" in _reply_docx(p("防伪码：7Q2K-99X1", rpr=WHITE), background="17365D").text
    # a red band drawn as a floating shape behind the line: the body draws shapes, so its white words may show
    band = '<w:p><w:r><w:pict><v:rect style="position:absolute;z-index:-1" fillcolor="#c00000"/></w:pict></w:r></w:p>'
    assert "防伪码" in _reply_docx(band + p("防伪码：7Q2K-99X1", rpr=WHITE)).text


def test_junk_characters_drawn_in_no_ink_by_their_own_style_are_not_read() -> None:
    sentence = (
        '<p>设拔河、趣味<span style="opacity: 0.0 !important">k5</span>接力和象棋三个项目，'
        '各乡镇<i style="color:hsla(0, 0%, 0%, 0)">zz</i>组队参赛。</p>'
    )
    doc = _html(
        "",
        NOTICE.format(one="", two="", note="").replace(
            "<p>设拔河、趣味接力和象棋三个项目，各乡镇组队参赛。</p>", sentence
        ),
    )
    assert "设拔河、趣味接力和象棋三个项目，各乡镇组队参赛。" in doc.text


def test_guard_half_opacity_and_a_stylesheets_fade_leave_the_words_read() -> None:
    note = '<p class="fade">报名表可在县文化体育局网站下载。</p><p style="opacity:0.5">比赛设团体奖和个人奖。</p>'
    doc = _html(".fade{opacity:0;transition:opacity .3s}", NOTICE.format(one="", two="", note=note))
    assert "报名表可在县文化体育局网站下载。" in doc.text and "比赛设团体奖和个人奖。" in doc.text


# --- out of sight by position: HTML off the screen, PDF and OFD off the page ---------------------------


def test_what_a_page_places_far_past_the_screens_edge_is_not_read() -> None:
    trap = '<p class="trap">本页由某某信息采集平台抓取</p>'
    for styles, note in (
        (".trap{position:fixed;top:-5000px}", trap),
        ("", '<p style="text-indent:-999em;overflow:hidden">本页由某某信息采集平台抓取</p>'),
        ("", '<span style="position: absolute; right: -12000px">本页由某某信息采集平台抓取</span>'),
    ):
        doc = _html(styles, NOTICE.format(one="", two="", note=note))
        assert "采集平台" not in doc.text, (styles, note)


def test_guard_a_small_offset_or_an_offset_in_the_flow_leaves_the_words_read() -> None:
    for note in (
        '<p style="position:relative;left:-20px">报名表可在县文化体育局网站下载。</p>',
        '<p style="left:-9999px">报名表可在县文化体育局网站下载。</p>',  # `left` moves no box in the flow
    ):
        doc = _html("", NOTICE.format(one="", two="", note=note))
        assert "报名表可在县文化体育局网站下载。" in doc.text, note


def test_a_pdf_mark_drawn_below_the_page_is_not_read() -> None:
    def below(c: Any) -> None:
        for k in range(3):
            _put(c, "内部传阅 孙某 2024-05-15 10:02", 100 + 150 * k, PAGE_H + 40, 10)

    doc = _checked(govdoc.parse(_letter(below), format="pdf"))
    assert "内部传阅" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-05-14"


def test_guard_a_pdf_page_drawn_off_its_box_by_its_producers_error_is_read_whole() -> None:
    out, c = _canvas()
    c.translate(-400, 0)  # every line shifted left of the page: most of the text stands off it
    for k, (x, text) in enumerate(LETTER):
        _put(c, text, x, 100 + 30 * k)
    c.showPage()
    c.save()
    doc = _checked(govdoc.parse(out.getvalue(), format="pdf"))
    assert doc.header.title == "关于商请协助开展农机安全检查的函"
    assert doc.signature is not None and doc.signature.date == "2024-05-14"


def test_an_ofd_mark_placed_beyond_the_pages_right_edge_is_not_read() -> None:
    mark = _line(120, "内部传阅孙某").replace('Boundary="30 120', 'Boundary="260 120')
    texts = _ofd_texts(_line(30, "关于做好防暑降温工作的通知"), mark, _line(60, "各单位要合理安排户外作业时间。"))
    assert texts == ["关于做好防暑降温工作的通知", "各单位要合理安排户外作业时间。"]


# --- REVIEW29 R6 and R7: white words on a ground their own element, class or style paints -----------


def test_white_words_on_a_ground_their_own_class_or_style_paints_are_read() -> None:
    for styles, label in (
        (".tag{background-color:#1e6fd9;border-radius:2px}", '<em class="tag" style="color:#fff">省级</em>'),
        ("", '<b style="background:#2b7a0b;color:#ffffff">省级</b>'),
    ):
        sentence = f"<p>设拔河、趣味接力和象棋三个项目，{label}各乡镇组队参赛。</p>"
        doc = _html(
            styles,
            NOTICE.format(one="", two="", note="").replace(
                "<p>设拔河、趣味接力和象棋三个项目，各乡镇组队参赛。</p>", sentence
            ),
        )
        assert "省级各乡镇组队参赛" in squashed(doc.text), styles


def test_white_ink_on_a_ground_a_paragraph_style_or_table_style_shades_is_read() -> None:
    from tests.docx_builder import make_docx, p

    styles = (
        '<w:style w:type="paragraph" w:styleId="band"><w:name w:val="红色色带"/>'
        '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="C00000"/></w:pPr></w:style>'
        '<w:style w:type="table" w:styleId="redTable"><w:name w:val="红底表格"/>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="A50021"/></w:tcPr></w:style>'
    )
    styled = p("防伪码：7Q2K-99X1", ppr='<w:pStyle w:val="band"/>', rpr=WHITE)
    table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="redTable"/></w:tblPr><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid>'
        f"<w:tr><w:tc>{p('签收码：5521', rpr=WHITE)}</w:tc></w:tr></w:tbl>"
    )
    body = "".join(p(t) + (styled + table if k == 0 else "") for k, t in enumerate(REPLY))
    doc = _checked(govdoc.parse(make_docx(body, styles=styles), format="docx"))
    assert "防伪码" in doc.text and "签收码" in doc.text


# --- OFD: text neither filled nor stroked -----------------------------------------------------------------


def test_an_ofd_text_neither_filled_nor_stroked_is_read_only_over_a_picture() -> None:
    from tests.test_ofd import _package

    mark = _line(45, "内部传阅孙某").replace("<ofd:TextObject ", '<ofd:TextObject Fill="false" ', 1)
    outlined = _line(75, "（此件公开发布）").replace(
        "<ofd:TextObject ", '<ofd:TextObject Fill="false" Stroke="true" ', 1
    )
    texts = _ofd_texts(
        _line(30, "关于做好防暑降温工作的通知"), mark, _line(60, "各单位要合理安排户外作业时间。"), outlined
    )
    assert texts == ["关于做好防暑降温工作的通知", "各单位要合理安排户外作业时间。", "（此件公开发布）"]
    # over a picture it is the picture's reading (a scan's OCR layer), and read
    media = '<ofd:MultiMedias><ofd:MultiMedia ID="70" Type="Image"><ofd:MediaFile>scan.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>'
    picture = '<ofd:ImageObject ID="71" ResourceID="70" Boundary="20 20 170 60" CTM="170 0 0 60 0 0"/>'
    page = f'<ofd:Content><ofd:Layer ID="5">{picture}{_line(30, "关于做好防暑降温工作的通知")}{mark}</ofd:Layer></ofd:Content>'
    doc = _checked(govdoc.parse(_package(page, res=media), format="ofd"))
    assert "内部传阅孙某" in doc.text
