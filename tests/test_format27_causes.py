"""Causes found by the twenty-seventh format probes (tests/test_probes_27_formats.py), each tested on a new example
of its own (never the probe's document), failing on the session's start (/work/s27start) and passing since
(a test named a guard passes on both: it holds what the fix must not change):

- DOCX: an EQ field has no result, Word draws it from its code, and Word writes its 带圈字符 (`eq \\o\\ac(○,1)`)
  and 合并字符 (`eq \\o(\\s\\up 9(…),\\s\\do 3(…))`) so: a reader showing fields' results only lost those
  characters in silence (readers.docx.eq, read in readers.docx.walk `_run`).
- DOCX: a content control bound to a custom XML part (`w:dataBinding`) shows the part's node, which Word puts
  into it on opening; an OA system filling only its data part left the 文号, title and date unread, the controls
  still showing their prompts (readers.docx.bindings `DataStore`).
- HTML: what the browser's own stylesheet hides was read: an element under the `hidden` attribute (a print
  copy, an editor's note) and a `<dialog>` that is not open (an error-report form) (readers.html.hidden
  `is_hidden`; an article hidden by the attribute until a script shows it is still read, as one hidden by style).
- OFD: an object its producer switched off (`Visible="false"`) was read (readers.ofd.content `_objects`).
- PDF: text filled white on white paper (an OA system's tracking mark, 暗水印) was read into the lines; white text
  shows only on what is painted under it, a band or a picture (readers.pdf_chars `WHITE`, readers.pdf_covers
  `painted`).
- HTML: the counter style a page's stylesheet gives its lists (`.content ol{list-style:cjk-ideographic}`) was not
  drawn: items numbered 1. where the page shows 一、 (readers.html.hidden `list_types`).
- OFD: text drawn fully transparent (`Alpha="0"`, a tracking mark) was read; it is read only over a picture, as a
  picture's OCR reading (readers.ofd.content `over_images`).
- HTML: the words an inline SVG draws (a 版头 as a `<text>` of a graphic) were never read: `<svg>` was skipped whole
  (readers.html.walk `_svg_text`; its `<title>` and `<desc>`, a tooltip and a description, stay unread).
- HTML: an element the page's stylesheet hides by its id (`#bjsm{display:none}`, an editor's note in the article)
  was read (readers.html.hidden `hidden_classes` reads id rules as class rules).
- OFD: what stands outside a page's ApplicationBox (the part of the physical page shown and printed: a bleed's
  crop marks, a print shop's slug) was read (readers.ofd `_within_shown`; a box cutting the text is ignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

import govdoc
from tests.docx_builder import make_docx, p, zip_parts
from tests.invariants import check_invariants
from tests.probing import codes, squashed

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
if str(OFFICE) not in sys.path:
    sys.path.insert(0, str(OFFICE))

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


# --- DOCX: EQ fields ----------------------------------------------------------------------------


def _code(*pieces: str) -> str:
    """A complex field of these code pieces (one run each) and no result, as Word writes an EQ field."""
    runs = "".join(f'<w:r><w:instrText xml:space="preserve">{c}</w:instrText></w:r>' for c in pieces)
    return f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def _runs(*parts: str) -> str:
    return "<w:p>" + "".join(x if x.startswith("<w:r>") else f"<w:r><w:t>{x}</w:t></w:r>" for x in parts) + "</w:p>"


def test_an_enclosed_figure_and_an_enclosed_character_made_with_eq_fields_are_read_as_shown() -> None:
    body = p("各镇人民政府：") + _runs(
        "请于",
        _code(" eq \\o\\ac(", "○", ",", "12", ")"),
        "月底前报送材料，标",
        _code("EQ \\o\\ac(◯,急)"),
        "件优先办理。",
    )
    doc = _checked(govdoc.parse(make_docx(body), format="docx"))
    assert "请于⑫月底前报送材料，标急件优先办理。" in doc.text
    assert "\\ac" not in doc.text


def test_combined_characters_made_with_an_eq_field_are_read_top_to_bottom() -> None:
    body = _runs("联合发文：", _code(" EQ \\o(\\s\\up 11(", "市财政局", "),\\s\\do 4(", "市税务局", "))"), "文件")
    doc = _checked(govdoc.parse(make_docx(body), format="docx"))
    assert "联合发文：市财政局市税务局文件" in doc.text


def test_a_field_with_a_result_still_shows_its_result_only() -> None:  # guard
    result = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> EQ \\o\\ac(○,3) </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>③</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = _runs("第", result, "项") + _runs("共", _code(" NUMPAGES "), "页")
    doc = _checked(govdoc.parse(make_docx(body), format="docx"))
    assert "第③项" in doc.text and "③③" not in doc.text
    assert "NUMPAGES" not in doc.text


# --- DOCX: content controls bound to the data store ---------------------------------------------------

_STORE = "{0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9}"
_NS = "urn:example:oa:fawen"


def _bound(inner_props: str, xpath: str, shown: str, *, block: bool = False) -> str:
    props = (
        f"<w:sdtPr>{inner_props}<w:dataBinding w:prefixMappings=\"xmlns:ns1='{_NS}'\" "
        f'w:xpath="{xpath}" w:storeItemID="{_STORE}"/></w:sdtPr>'
    )
    run = f"<w:r><w:t>{shown}</w:t></w:r>"
    content = f"<w:p>{run}</w:p>" if block else run
    return f"<w:sdt>{props}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def _bound_docx(body: str, store: str | None) -> bytes:
    """A package of `body` whose main part relates one custom XML part (`store`, with its properties part)."""
    data = make_docx(body)
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        files: dict[str, str | bytes] = {n: z.read(n) for n in z.namelist()}
    rels = f'<Relationship Id="rId7" Type="{REL}customXml" Target="../customXml/item2.xml"/></Relationships>'
    files["word/_rels/document.xml.rels"] = bytes(files["word/_rels/document.xml.rels"]).replace(
        b"</Relationships>", rels.encode()
    )
    if store is not None:
        files["customXml/item2.xml"] = store
        files["customXml/itemProps2.xml"] = (
            '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
            f'ds:itemID="{_STORE.lower()}"/>'
        )
        files["customXml/_rels/item2.xml.rels"] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}customXmlProps" Target="itemProps2.xml"/></Relationships>'
        )
    return zip_parts(files)


_DATA = (
    f'<f:fawen xmlns:f="{_NS}" zhusong="各街道办事处，区直各单位："><f:biaoti>关于做好2025年防汛备汛工作的通知</f:biaoti>'
    "<f:chengwen>2025-05-20T00:00:00Z</f:chengwen><f:gongkai>1</f:gongkai></f:fawen>"
)


def _bound_notice() -> str:
    date = (
        '<w:date w:fullDate="2025-01-01T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/></w:date>'
    )
    choices = (
        '<w:dropDownList><w:listItem w:displayText="主动公开" w:value="1"/>'
        '<w:listItem w:displayText="依申请公开" w:value="2"/></w:dropDownList>'
    )
    return (
        p("某区水务局文件", '<w:jc w:val="center"/>', '<w:color w:val="FF0000"/><w:sz w:val="72"/>')
        + p("区水发〔2025〕12号", '<w:jc w:val="center"/>')
        + '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        + _bound("<w:text/>", "/ns1:fawen[1]/ns1:biaoti[1]", "标题")
        + "</w:p>"
        + _bound("<w:text/>", "/ns1:fawen[1]/@zhusong", "主送机关", block=True)
        + p("为确保安全度汛，现将有关事项通知如下：各单位要在5月底前完成隐患排查。", '<w:ind w:firstLine="640"/>')
        + p("特此通知。", '<w:ind w:firstLine="640"/>')
        + p("某区水务局", '<w:jc w:val="right"/>')
        + '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
        + _bound(date, "/ns1:fawen[1]/ns1:chengwen[1]", "2025年1月1日")
        + "</w:p>"
        + "<w:p><w:r><w:t>（此件</w:t></w:r>"
        + _bound(choices, "/ns1:fawen[1]/ns1:gongkai[1]", "依申请公开")
        + "<w:r><w:t>）</w:t></w:r></w:p>"
    )


def test_controls_bound_to_the_data_store_show_the_stores_values_in_their_own_formats() -> None:
    doc = _checked(govdoc.parse(_bound_docx(_bound_notice(), _DATA), format="docx"))
    assert doc.header.title == "关于做好2025年防汛备汛工作的通知"
    assert doc.header.recipients == ("各街道办事处", "区直各单位")
    assert doc.signature is not None and doc.signature.date == "2025-05-20"
    assert "（此件主动公开）" in doc.text
    assert "依申请公开" not in doc.text and "2025年1月1日" not in doc.text


def test_a_bound_control_whose_data_part_is_missing_keeps_its_own_content() -> None:  # guard
    doc = _checked(govdoc.parse(_bound_docx(_bound_notice(), None), format="docx"))
    assert "2025年1月1日" in doc.text and "（此件依申请公开）" in doc.text


# --- HTML: what the browser's own stylesheet hides ----------------------------------------------------

_ARTICLE = """<div class="article"><h1>某县民政局关于开展2025年度社会组织年检工作的通知</h1>
<p>各社会组织：</p>
<p>根据《社会团体登记管理条例》，现将2025年度社会组织年检工作有关事项通知如下：请于6月30日前报送年检材料。</p>
<p>特此通知。</p>
<p style="text-align:right">某县民政局</p>
<p style="text-align:right">2025年3月12日</p>
</div>"""


def _page(body: str) -> bytes:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>{body}</body></html>'.encode()


def test_an_editors_note_under_the_hidden_attribute_and_a_closed_dialog_are_not_read() -> None:
    extra = (
        '<div class="audit" hidden="hidden">审核意见：同意发布。审核人：李某</div>'
        '<dialog class="share"><p>分享到微信朋友圈，请扫描二维码</p></dialog>'
    )
    doc = _checked(
        govdoc.parse(_page(_ARTICLE.replace("<p>特此通知。</p>", extra + "<p>特此通知。</p>")), format="html")
    )
    assert "请于6月30日前报送年检材料" in doc.text and doc.closing is not None
    assert "审核意见" not in doc.text and "扫描二维码" not in doc.text


def test_content_hidden_until_found_is_read_as_a_folded_article_is() -> None:  # guard
    extra = '<details><summary>附注</summary><p hidden="until-found">本通知由县民政局负责解释。</p></details>'
    doc = _checked(
        govdoc.parse(_page(_ARTICLE.replace("<p>特此通知。</p>", extra + "<p>特此通知。</p>")), format="html")
    )
    assert "本通知由县民政局负责解释" in doc.text


def test_an_article_hidden_by_the_attribute_until_its_script_shows_it_is_read() -> None:  # guard
    page = '<div id="app" hidden>' + _ARTICLE + "</div><script>document.getElementById('app').hidden=false</script>"
    doc = _checked(govdoc.parse(_page(page), format="html"))
    assert "请于6月30日前报送年检材料" in doc.text
    assert doc.signature is not None and doc.signature.date == "2025-03-12"


# --- OFD: objects switched off ---------------------------------------------------------------------


def test_an_ofd_object_switched_off_is_not_read() -> None:
    from make_formats14 import OfdPages, ofd_package

    o = OfdPages()
    o.centred("关于申请划拨2025年度救灾资金的请示", 7.7611, font=1)
    o.line("县人民政府：", o.left)
    o.wrapped("今年入汛以来，我镇遭受两次洪涝灾害，恳请县政府划拨救灾资金五十万元。")
    o.wrapped("妥否，请批示。")
    o.y += o.pitch
    o.right("某镇人民政府", 4 * o.size)
    stale = o.y
    o.right("2025年7月2日", 3 * o.size)
    o.pages[-1][-1] = o.pages[-1][-1].replace("<ofd:TextObject ", '<ofd:TextObject Visible=" false " ', 1)
    o.y = stale
    o.right("2025年7月9日", 3 * o.size)
    doc = _checked(govdoc.parse(ofd_package(o.pages, {}), format="ofd"))  # type: ignore[arg-type]
    assert doc.signature is not None and doc.signature.date == "2025-07-09"
    assert "7月2日" not in squashed(doc.text)


def _boxed_notice(box: str) -> bytes:
    """A one-page OFD notice with a job line printed at the sheet's foot, the document's pages given `box` as
    their ApplicationBox in Document.xml's PageArea."""
    from make_formats14 import OfdPages, ofd_package, rezip
    from make_formats24 import unzip

    o = OfdPages()
    o.centred("关于做好2025年秋季学期开学准备工作的通知", 7.7611, font=1)
    o.line("各中小学：", o.left)
    o.wrapped("秋季学期即将开学，各校要做好校舍安全检查和教材发放工作，确保按时开学。")
    o.wrapped("特此通知。")
    o.y += o.pitch
    o.right("某区教育局", 4 * o.size)
    o.right("2025年8月20日", 3 * o.size)
    o.piece("作业号 A-20250820-117　彩色　双面", 12.0, 290.5, 2.8)
    files = unzip(ofd_package(o.pages, {}))
    files["Doc_0/Document.xml"] = files["Doc_0/Document.xml"].replace(
        "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>",
        f"<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox><ofd:ApplicationBox>{box}</ofd:ApplicationBox></ofd:PageArea>",
    )
    for name in list(files):  # the page's own Area says only the physical box: the document's area is the page's
        if name.endswith("Content.xml"):
            files[name] = files[name].replace("<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>", "")
    return rezip({name: text.encode() for name, text in files.items()})


def test_what_stands_outside_the_ofd_pages_application_box_is_not_read() -> None:
    doc = _checked(govdoc.parse(_boxed_notice("10 10 190 277"), format="ofd"))  # type: ignore[arg-type]
    assert "作业号" not in doc.text and "双面" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2025-08-20"


def test_an_application_box_that_cuts_the_text_is_ignored() -> None:  # guard
    doc = _checked(govdoc.parse(_boxed_notice("0 0 210 60"), format="ofd"))  # type: ignore[arg-type]
    assert "各校要做好校舍安全检查" in doc.text and "作业号" in doc.text


# --- PDF: white text -----------------------------------------------------------------------------


def _pdf_with(extra: str) -> bytes:
    """A one-page 请示 in the fixtures' CID font, with `extra` drawn: `mark` a white line in the top margin,
    `band` a white organ's name on a red band above the title."""
    import io

    from make_formats import PAGE_H, PDF_FONT
    from make_formats17 import canvas_on

    buffer = io.BytesIO()
    c = canvas_on(buffer)
    lines = [
        (150, "关于申请2025年度防汛物资经费的请示"),
        (190, "县人民政府："),
        (220, "为做好今年防汛工作，我局需采购编织袋和救生衣等物资，恳请拨付经费二十万元。"),
        (250, "妥否，请批示。"),
        (300, "某县水利局"),
        (330, "2025年5月6日"),
    ]
    c.setFont(PDF_FONT, 14)
    for top, text in lines:
        c.drawString(80 if top < 300 else 380, PAGE_H - top, text)
    if extra == "mark":
        c.setFillColorRGB(1, 1, 1)
        c.setFont(PDF_FONT, 7)
        c.drawString(80, PAGE_H - 60, "打印人：钱某某　2025-05-08 16:02　终端 10.2.3.4")
    else:
        c.setFillColorRGB(0.85, 0.05, 0.1)
        c.rect(60, PAGE_H - 110, 470, 50, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(PDF_FONT, 30)
        c.drawString(200, PAGE_H - 95, "某县水利局")
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_white_text_on_white_paper_a_tracking_mark_is_not_read() -> None:
    doc = _checked(govdoc.parse(_pdf_with("mark"), format="pdf"))
    assert "打印人" not in doc.text and "10.2.3.4" not in doc.text
    assert "恳请拨付经费二十万元" in doc.text


def test_white_text_on_a_painted_band_is_read() -> None:  # guard
    doc = _checked(govdoc.parse(_pdf_with("band"), format="pdf"))
    assert "某县水利局" in doc.text.split("\n")[0]


# --- HTML: a list's counter style from the stylesheet ---------------------------------------------


def test_a_lists_counter_style_given_by_the_stylesheet_draws_its_items_numbers() -> None:
    page = (
        "<style>.content ol{list-style:cjk-ideographic inside}</style>"
        '<div class="content"><p>各村（社区）：</p><p>为做好冬季供暖保障工作，现将有关事项通知如下：</p>'
        "<ol><li>全面排查供暖设施</li></ol><p>各村要在11月10日前完成排查。</p>"
        '<ol start="2"><li>做好困难群众帮扶</li></ol><p>对低保户和特困人员发放取暖补贴。</p>'
        '<p>特此通知。</p><p style="text-align:right">某镇人民政府</p><p style="text-align:right">2025年11月3日</p></div>'
    )
    doc = _checked(govdoc.parse(_page(page), format="html"))
    lines = doc.text.split("\n")
    assert "一、全面排查供暖设施" in lines and "二、做好困难群众帮扶" in lines


def test_a_lists_own_style_beats_the_stylesheets_and_none_draws_no_number() -> None:  # guard
    page = (
        "<style>ol{list-style-type:cjk-ideographic}</style><div><p>各单位：</p>"
        '<ol style="list-style-type:decimal"><li>报送材料清单</li><li>报送截止时间</li></ol>'
        "<p>特此通知。</p></div>"
    )
    doc = _checked(govdoc.parse(_page(page), format="html"))
    assert "1.报送材料清单" in squashed(doc.text) and "一、" not in doc.text


# --- OFD: text drawn fully transparent -------------------------------------------------------------


def _transparent_notice(picture: bool) -> bytes:
    from make_formats14 import OfdPages, ofd_package

    o = OfdPages()
    o.centred("关于做好2025年春季植树造林工作的通知", 7.7611, font=1)
    o.line("各村民委员会：", o.left)
    o.wrapped("植树节将至，各村要组织群众开展义务植树活动，确保成活率达到九成以上。")
    o.wrapped("特此通知。")
    o.y += o.pitch
    o.right("某镇人民政府", 4 * o.size)
    o.right("2025年3月4日", 3 * o.size)
    o.piece("打印：冯某　2025-03-05 08:40", 60.0, 150.0, 3.5)
    o.pages[0][-1] = o.pages[0][-1].replace("<ofd:TextObject ", '<ofd:TextObject Alpha="0" ', 1)
    if picture:  # a scanned note pasted as a picture, its OCR reading drawn transparent over it
        o.pages[0].insert(0, '<ofd:ImageObject ID="90" Boundary="55 145 80 12" ResourceID="77"/>')
    return ofd_package(o.pages, {})


def test_fully_transparent_text_over_blank_paper_is_not_read() -> None:
    doc = _checked(govdoc.parse(_transparent_notice(False), format="ofd"))  # type: ignore[arg-type]
    assert "冯某" not in doc.text and "确保成活率达到九成以上" in doc.text


def test_fully_transparent_text_over_a_picture_is_read_as_its_reading() -> None:  # guard
    doc = _checked(govdoc.parse(_transparent_notice(True), format="ofd"))  # type: ignore[arg-type]
    assert "冯某" in doc.text


# --- HTML: inline SVG's words; an id rule hiding ----------------------------------------------------


def test_the_words_an_inline_svg_draws_are_read_where_it_stands_its_tooltips_not() -> None:
    banner = (
        '<svg viewBox="0 0 500 80"><title>县政府网站横幅</title>'
        '<text x="250" y="50" fill="red">某县<tspan font-weight="bold">人民政府办公室</tspan>文件</text></svg>'
    )
    article = _ARTICLE.replace('<div class="article">', '<div class="article">' + banner)
    doc = _checked(govdoc.parse(_page(article), format="html"))
    assert "某县人民政府办公室文件" in doc.text.split("\n")
    assert "横幅" not in doc.text


def test_an_svg_the_page_hides_draws_nothing() -> None:  # guard
    hidden = '<svg style="display:none"><text>某县人民政府办公室文件</text></svg>'
    doc = _checked(
        govdoc.parse(_page(_ARTICLE.replace('<div class="article">', '<div class="article">' + hidden)), format="html")
    )
    assert "人民政府办公室文件" not in doc.text


def test_an_element_the_stylesheet_hides_by_its_id_is_not_read() -> None:
    note = '<p id="shenhe">审核意见：请补充年检时间。</p>'
    page = "<style>#shenhe{display:none}</style>" + _ARTICLE.replace("<p>特此通知。</p>", note + "<p>特此通知。</p>")
    doc = _checked(govdoc.parse(_page(page), format="html"))
    assert "审核意见" not in doc.text and doc.closing is not None


def test_an_svg_seal_whose_ring_runs_along_a_path_draws_no_text() -> None:  # guard
    seal = (
        '<svg viewBox="0 0 120 120"><circle cx="60" cy="60" r="55" stroke="red" fill="none"/>'
        '<defs><path id="ring" d="M 15 60 A 45 45 0 1 1 105 60"/></defs>'
        '<text fill="red"><textPath href="#ring">某县民政局</textPath></text>'
        '<text x="60" y="70" fill="red">★</text></svg>'
    )
    article = _ARTICLE.replace(
        '<p style="text-align:right">某县民政局</p>', seal + '<p style="text-align:right">某县民政局</p>'
    )
    doc = _checked(govdoc.parse(_page(article), format="html"))
    assert "★" not in doc.text and doc.text.count("某县民政局") == 2
