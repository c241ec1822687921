"""Causes found by round 23's format probes (tests/test_probes_23_formats.py), each tested on a new example of
the cause (not the probe's document); each cause's test fails on the session's start (/work/s23start), and a
guard beside each holds what must not change.

- PDF: a Type3 font naming its digits and Latin punctuation by the Adobe Glyph List (`/zero`, `/parenleft`)
  beside `uniXXXX` Han glyphs: PDFium reads neither, and the names the list holds were not read
  (readers.pdf_glyph_names: pypdf's copy of the list); a name it lacks (`/g12`) still states no character.
- HTML: a page whose stylesheet breaks the article's lines (`.line{display:block}` spans in one `<div>`,
  `.zw{white-space:pre-line}` on a `<div>` of the text's own newlines) read as one run-on line
  (readers.html.hidden `layout_classes`, readers.html.walk `_shown_as_block`).
- HTML: a headline `<h2>` loose in `<body>` over the article's `<div>` was passed over, so the page had no
  title (readers.html.content `named_headlines`: a heading is offered as a named block is, the genre's rule
  deciding whether its words read as the title).
- HTML: a page whose article is a `<template>` its script stamps into an empty mount point read only the
  page's 页面加载中…… (readers.html.embedded `show_template`).
- HTML: the headline and the 文号 printed around an `<iframe srcdoc>` holding the body were left outside the
  article: no 文号 (readers.html.content `_around_frame`).
- PDF: a band across a page's two columns (a 工作要点's opening sentence) set larger and more widely spaced
  than the columns was measured at the columns' pitch: each of its lines a paragraph (readers.geometry
  `_band_geometry`).
- PDF: a first-level heading (四、) flush at a column's margin under a line that fills the column and ends a
  sentence ran on into that paragraph (readers.geometry `_opens_part`; round 21's strict xfail).
- PDF: an OCR engine's invisible reading of a seal picture pasted over the 落款 was read into the organ's and
  the date's lines (readers.pdf_chars `_unseen_across`, `_unseen_recovered`).
- PDF, pdfplumber backend (session 22's leftover): a scan's OCR layer written along a sheet turned a degree or
  two was not straightened as the PDFium reader's is: its lines cut in pieces (readers.pdf_chars
  `_plumber_straightened`).
"""

from __future__ import annotations

import io
from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes, squashed
from tests.test_formats22_causes import _type3_pdf

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.27, 841.89


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _pdf(data: bytes) -> govdoc.Document:
    return _checked(govdoc.parse(data, format="pdf", pdf_backend="pypdfium2"))


def _html(page: str) -> govdoc.Document:
    return _checked(govdoc.parse(page.encode("utf-8"), format="html"))


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


# --- PDF: glyph names of the Adobe Glyph List -------------------------------------------------------

AGL = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}
AGL |= {"(": "parenleft", ")": "parenright", "-": "hyphen", ".": "period"}
LIST_LINES = ["某县农业农村局", "县农函(2024)6号", "请于6月15日前报送0536-3210456。"]


def test_type3_digits_and_punctuation_named_by_the_adobe_glyph_list_are_read_by_those_names() -> None:
    doc = _pdf(_type3_pdf(LIST_LINES, "uni", named=AGL))
    assert doc.text.split("\n") == LIST_LINES
    assert "encoding-repaired" not in codes(doc)


def test_a_type3_glyph_whose_name_no_list_holds_stays_a_replacement_character_and_is_warned() -> None:
    # codes from 0x21: none a control character (a code 0x0A PDFium reads as its own line end)
    doc = _pdf(_type3_pdf(LIST_LINES, "uni", first=0x21, named={**AGL, "6": "g17", "号": "cid1234"}))
    assert "encoding-repaired" in codes(doc)
    assert "县农函(2024)\ufffd" in doc.text  # the others read as the list names them
    assert "053\ufffd-321045\ufffd" in doc.text


# --- HTML: lines the stylesheet breaks ---------------------------------------------------------------

SPANS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某镇人民政府</title>
<style>{css}</style></head><body><div class="nav"><a href="/">首页</a></div>
<div class="article"><span class="row">镇政发〔2024〕21号</span><span class="row">各村民委员会：</span><span class="row">为做好秋季防火工作，现将有关事项通知如下：</span><span class="row">一、加强巡查</span><span class="row">各村要组织护林员每日巡山。</span><span class="row">特此通知。</span><span class="row">某镇人民政府</span><span class="row">2024年10月9日</span></div>
</body></html>"""


def test_spans_a_class_rule_displays_as_blocks_are_lines_of_their_own() -> None:
    doc = _html(SPANS_PAGE.format(css=".article .row { display: block; line-height: 2 }"))
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "镇政发〔2024〕21号"
    assert doc.header.recipients == ("各村民委员会",)
    assert doc.signature is not None and doc.signature.date == "2024-10-09"


def test_spans_displayed_inline_block_or_by_no_rule_stay_on_one_line() -> None:
    for css in (".row{display:inline-block}", ".other{display:block}"):
        doc = _html(SPANS_PAGE.format(css=css))
        assert "镇政发〔2024〕21号各村民委员会：" in doc.text, css


def test_a_span_whose_own_style_displays_it_as_a_block_is_a_line_of_its_own() -> None:
    page = SPANS_PAGE.format(css="").replace('<span class="row">', '<span style="display:block">')
    doc = _html(page)
    assert doc.signature is not None and doc.signature.issuers == ("某镇人民政府",)


PRE_WRAP_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县民政局</title>
<style>div.text{{white-space:{space};font-size:16pt}}</style></head><body>
<div class="text">县民发〔2024〕8号
各乡镇人民政府：
　　为做好冬季困难群众救助工作，现将有关事项通知如下：
　　一、摸清底数
　　各乡镇要在11月底前完成排查。
　　特此通知。
某县民政局
2024年11月4日</div></body></html>"""


def test_a_div_whose_class_keeps_its_newlines_breaks_at_each_of_them() -> None:
    doc = _html(PRE_WRAP_PAGE.format(space="pre-wrap"))
    assert doc.header.recipients == ("各乡镇人民政府",)
    assert doc.signature is not None and doc.signature.date == "2024-11-04"


def test_a_div_whose_class_sets_normal_white_space_runs_its_newlines_together() -> None:
    doc = _html(PRE_WRAP_PAGE.format(space="normal"))
    assert "县民发〔2024〕8号各乡镇人民政府：" in doc.text


# --- HTML: a heading loose in the body ----------------------------------------------------------------

LOOSE_HEADING_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区人民政府</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/xxgk/">信息公开</a></div>
<h1>{heading}</h1>
<div class="content"><p>区教发〔2024〕15号</p><p>各中小学校：</p><p>为做好秋季学期开学工作，现将有关事项通知如下：</p>
<p>一、做好校园安全检查</p><p>各校要在开学前完成校舍和食堂的安全检查。</p><p>特此通知。</p>
<p style="text-align:right">某区教育局</p><p style="text-align:right">2024年8月20日</p></div>
<div class="foot">主办：某区人民政府办公室</div></body></html>"""


def test_a_heading_loose_in_the_body_over_the_article_is_its_title() -> None:
    doc = _html(LOOSE_HEADING_PAGE.format(heading="关于做好2024年秋季学期开学工作的通知"))
    assert doc.header.title == "关于做好2024年秋季学期开学工作的通知"


def test_a_heading_loose_in_the_body_naming_the_site_is_no_title() -> None:
    doc = _html(LOOSE_HEADING_PAGE.format(heading="某区人民政府门户网站"))
    assert doc.header.title != "某区人民政府门户网站"
    assert "门户网站" not in doc.text


def test_a_column_banner_in_a_loose_heading_over_an_untitled_article_stays_out_of_the_text() -> None:
    # review23 R1: 通知公告 / 公示公告 end on a type's word, but name the portal's column, not a document
    untitled = LOOSE_HEADING_PAGE.replace("<p>区教发〔2024〕15号</p>", "")
    for tag in ("h1", "h2", "h3"):
        for banner in ("通知公告", "公示公告"):
            page = untitled.replace("<h1>{heading}</h1>", f"<{tag}>{banner}</{tag}>")
            doc = _html(page)
            assert banner not in doc.text, (tag, banner)
            assert "content-unplaced" not in codes(doc), (tag, banner)


def test_a_long_column_banner_in_a_loose_heading_naming_no_matter_is_no_title() -> None:
    # review23 R1b: ten characters and more, ending on a type's word, but about nothing (no 关于/对, no number)
    untitled = LOOSE_HEADING_PAGE.replace("<p>区教发〔2024〕15号</p>", "")
    for banner in ("政务公开信息公示公告", "人大代表建议和政协提案办理答复"):
        doc = _html(untitled.replace("<h1>{heading}</h1>", f"<h2>{banner}</h2>"))
        assert doc.header.title is None, banner
        assert doc.kind == "notice", banner
        assert banner not in doc.text, banner


# --- HTML: an article kept in a <template> --------------------------------------------------------

ARTICLE = """<h2>关于县政协九届四次会议第031号提案的答复</h2><p>县水提〔2024〕5号</p><p>李春生委员：</p>
<p>您提出的《关于加强农村河塘整治的提案》收悉。现答复如下：</p><p>一、整治进展</p><p>全县已整治农村河塘三百二十口。</p>
<p>感谢您对水利工作的关心和支持。</p><p>某县水利局</p><p>2024年7月3日</p>"""
TEMPLATE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县水利局</title></head><body>
<div class="menu"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div id="root">{shown}</div>
<template id="tpl">{kept}</template>
<script>document.getElementById('root').innerHTML = document.getElementById('tpl').innerHTML;</script>
<div class="footer">某县水利局主办</div></body></html>"""


def test_an_article_kept_in_a_template_of_a_page_showing_none_is_read_where_it_stands() -> None:
    doc = _html(TEMPLATE_PAGE.format(shown="<p>正在加载……</p>", kept=ARTICLE))
    assert doc.header.title == "关于县政协九届四次会议第031号提案的答复"
    assert doc.signature is not None and doc.signature.date == "2024-07-03"
    assert "正在加载" not in squashed(doc.text) or doc.preamble  # the mount point's words are the page's


def test_a_template_beside_an_article_the_page_shows_stays_unread() -> None:
    related = "<p>相关阅读：关于县政协九届四次会议第045号提案的答复，关于加强农村饮水安全的提案答复</p>"
    doc = _html(TEMPLATE_PAGE.format(shown=ARTICLE, kept=related))
    assert doc.header.title == "关于县政协九届四次会议第031号提案的答复"
    assert "相关阅读" not in doc.text


# --- HTML: the page's lines around a frame holding the body ---------------------------------------

FRAME_BODY = (
    "<p>王立华代表：</p><p>您提出的《关于增设公交线路的建议》收悉。现答复如下：</p><p>一、线路优化情况</p>"
    "<p>今年新开通公交线路六条，优化调整线路十四条，新增公交站点八十个，城区公交站点五百米覆盖率达到百分之百。</p>"
    "<p>二、下一步工作</p><p>我局将根据客流变化动态调整线路，在新建小区和产业园区增设社区公交和定制公交线路。</p>"
    "<p>感谢您对交通工作的关心和支持。</p><p>某市交通运输局</p><p>2024年5月8日</p>"
)
FRAMED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市交通运输局</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div class="detail"><h1>关于市人大十六届二次会议第0133号建议的答复</h1><div class="num">市交建〔2024〕22号</div>{more}
<iframe srcdoc="{body}" width="100%" height="800"></iframe></div>
<div class="footer">某市交通运输局主办</div></body></html>"""


def test_the_number_printed_over_a_frame_holding_the_body_is_read_with_it() -> None:
    doc = _html(FRAMED_PAGE.format(more="", body=FRAME_BODY.replace('"', "&quot;")))
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "市交建〔2024〕22号"
    assert doc.header.title == "关于市人大十六届二次会议第0133号建议的答复"


def test_a_frame_beside_more_of_the_pages_own_text_than_half_its_own_is_read_alone() -> None:
    links = "".join(
        f'<li><a href="/t{k}.html">关于市人大十六届二次会议第01{k}0号建议的答复</a></li>' for k in range(10)
    )
    doc = _html(FRAMED_PAGE.format(more=f'<ul class="more">{links}</ul>', body=FRAME_BODY.replace('"', "&quot;")))
    assert "第0110号建议" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-05-08"


# --- PDF: a band across two columns, a heading under a full column line -----------------------------

LEFT, GUTTER, COL_CHARS, SIZE = 129.6, 28.0, 11, 14.0
COL_W = COL_CHARS * SIZE  # each column eleven characters wide, the page's measure two columns and the gutter


def _column(c: Any, x: float, top: float, lines: list[tuple[int, str]]) -> None:
    """Lines of a column at `x` (indent in characters, text) on a 14-point type's 22-point pitch."""
    for k, (indent, text) in enumerate(lines):
        _put(c, text, x + indent * SIZE, top + 22 * k, SIZE)


LEFT_COLUMN = [
    (0, "一、完善服务体系"),
    (2, "建设县乡村三级就业"),
    (0, "服务平台，实现全覆盖。"),
    (2, "推行就业服务事项网"),
    (0, "上办理，压缩时限。"),
    (0, "二、加强技能培训"),
    (2, "全年开展补贴性职业"),
    (0, "技能培训六千人次。"),
]
RIGHT_COLUMN = [
    (0, "三、扶持创业带动就业"),
    (2, "发放创业担保贷款二"),
    (0, "亿元，扶持创业三百人。"),
    (2, "建设创业孵化基地两"),
    (0, "个，入驻企业八十家。"),
    (3, "某县就业服务中心"),
    (2, "二〇二四年三月五日"),
]
OPENING = "全县就业工作要坚持就业优先，突出重点群体，着力稳定和扩大就业，确保城镇新增就业和失业人员再就业目标全面完成。"


def _points_page(right: list[tuple[int, str]]) -> bytes:
    """A 工作要点: its title and its opening (16 points on a 30-point pitch) across the page's measure, then
    two columns of 14-point text on a 22-point pitch."""
    out, c = _canvas()
    _put(c, "某县就业服务中心工作要点", LEFT + 44, 80, 20)
    for k, (indent, text) in enumerate([(2, OPENING[:18]), (0, OPENING[18:38]), (0, OPENING[38:])]):  # 18, 20, 16
        _put(c, text, LEFT + indent * 16, 130 + 30 * k)
    top = 235.0
    _column(c, LEFT, top, LEFT_COLUMN)
    _column(c, LEFT + COL_W + GUTTER, top, right)
    c.showPage()
    c.save()
    return out.getvalue()


def test_an_opening_across_two_columns_set_larger_and_wider_spaced_is_one_paragraph() -> None:
    doc = _pdf(_points_page(RIGHT_COLUMN))
    assert [p.text for p in doc.preamble] == [OPENING]
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、"]


def test_a_first_level_heading_at_a_columns_margin_under_a_full_line_ending_a_sentence_opens_a_part() -> None:
    right = [*RIGHT_COLUMN[:3], (0, "四、营造良好就业环境"), (2, "开展招聘活动五十场。"), *RIGHT_COLUMN[5:]]
    doc = _pdf(_points_page(right))  # 亿元，扶持创业三百人。 fills the column
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、", "四、"]
    assert [p.text for p in doc.sections[2].paragraphs] == ["发放创业担保贷款二亿元，扶持创业三百人。"]


def test_a_full_line_ending_a_sentence_runs_on_into_a_numeral_run_or_after_a_comma() -> None:
    # 三、四月份 after a full stop is a sentence going on; after a comma, 四、 is no heading's start either
    right = [*RIGHT_COLUMN[:3], (0, "三、四月份开展招聘。"), *RIGHT_COLUMN[5:]]
    doc = _pdf(_points_page(right))
    assert [p.text for p in doc.sections[2].paragraphs] == [
        "发放创业担保贷款二亿元，扶持创业三百人。三、四月份开展招聘。"
    ]
    right = [*RIGHT_COLUMN[:2], (0, "亿元，扶持创业三百人，"), (0, "四、五月份开展招聘。"), *RIGHT_COLUMN[5:]]
    doc = _pdf(_points_page(right))
    assert [p.text for p in doc.sections[2].paragraphs] == [
        "发放创业担保贷款二亿元，扶持创业三百人，四、五月份开展招聘。"
    ]


# --- PDF: an invisible reading of a seal picture over the 落款 --------------------------------------

SEAL_LINES = [
    (110.0, "县环提〔2024〕4号"),
    (80.0, "赵明委员："),
    (112.0, "您提出的《关于加强农村污水治理的提案》收悉。"),
    (112.0, "一、治理进展"),
    (112.0, "全县已建成农村污水处理站四十座。"),
    (112.0, "感谢您对生态环境工作的关心和支持。"),
]


def _sealed_page(unseen: list[tuple[str, float, float]]) -> bytes:
    out, c = _canvas()
    for k, (x, text) in enumerate(SEAL_LINES):
        _put(c, text, x, 100 + 30 * k)
    _put(c, "某县生态环境局", 360, 320)
    _put(c, "2024年6月20日", 372, 350)
    for text, x, top in unseen:  # an OCR engine's reading, drawn invisible (render mode 3)
        _put(c, text, x, top, 10, mode=3)
    c.showPage()
    c.save()
    return out.getvalue()


def test_an_invisible_reading_of_a_seal_over_the_signature_stays_out_of_its_lines() -> None:
    ring = [("某县", 352, 318), ("生态", 375, 296), ("环境", 412, 294), ("局专", 440, 318), ("用", 418, 352)]
    doc = _pdf(_sealed_page(ring))
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县生态环境局",), "2024-06-20")
    assert doc.closing is not None and doc.closing.text == "感谢您对生态环境工作的关心和支持。"
    assert "局专" not in doc.text and "生态环境局专" not in squashed(doc.text)


def test_a_scanned_pages_ocr_layer_under_a_smaller_printed_stamp_is_read_whole() -> None:
    # a portal prints 此件公开发布 over the head of a scanned page whose invisible OCR layer reads the page:
    # the layer's head line lies under the stamp, its body lines a pitch apart below it
    out, c = _canvas()
    _put(c, "此件公开发布", 250, 64, 12)
    _put(c, "某县生态环境局文件", 200, 60, mode=3)
    for k, (x, text) in enumerate(SEAL_LINES):
        _put(c, text, x, 86 + 26 * k, mode=3)
    _put(c, "某县生态环境局", 360, 280, mode=3)
    _put(c, "2024年6月20日", 372, 306, mode=3)
    c.showPage()
    c.save()
    doc = _pdf(out.getvalue())
    for _, text in SEAL_LINES:
        assert text in doc.text, text
    head = doc.text.split("\n")[0]  # (the stamp's words read into the head's line, as at the session's start)
    assert [ch for ch in head if ch in "某县生态环境局文"] == list("某县生态环境局文")  # 件 is the stamp's too
    assert doc.signature is not None and doc.signature.date == "2024-06-20"


def test_invisible_text_over_blank_paper_on_a_printed_page_is_read() -> None:
    # the reading of a picture pasted below the 落款 (a scanned annex note), near no printed line
    doc = _pdf(_sealed_page([("附件：治理站点清单", 112, 450)]))
    assert "附件：治理站点清单" in squashed(doc.text)


# --- PDF (pdfplumber backend): an OCR layer along a slightly turned sheet -----------------------------


def test_the_pdfplumber_backend_reads_an_ocr_layer_along_a_slightly_turned_sheet_line_by_line() -> None:
    from tests.test_formats22_causes import SLANTED, _slanted_page

    for degrees in (1.8, -1.4):
        doc = _checked(govdoc.parse(_slanted_page(degrees), format="pdf", pdf_backend="pdfplumber"))
        assert doc.text.split("\n") == [text for text, _ in SLANTED], degrees


def test_the_pdfplumber_backend_leaves_upright_lines_beside_a_few_turned_characters_as_they_are() -> None:
    from tests.test_formats22_causes import SLANTED, _slanted_page

    doc = _checked(govdoc.parse(_slanted_page(0.0, watermark=4.0), format="pdf", pdf_backend="pdfplumber"))
    assert [line for line in doc.text.split("\n") if "内部资料" not in line] == [text for text, _ in SLANTED]
