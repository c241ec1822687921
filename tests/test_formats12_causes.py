"""Causes found by the twelfth round of format probes (tests/test_probes_12_formats.py) and the ruled-table
reading of fixed-layout pages, each tested on a new example of its cause, not on the probe's text."""

from __future__ import annotations

import govdoc
from govdoc.readers.geometry import Glyph, Page, layout_pages
from govdoc.readers.glyphs import Rule
from govdoc.readers.ruled_tables import find_tables
from tests.invariants import check_invariants
from tests.probing import codes

# --- a type's word right after 关于 ends no title -------------------------------------------------


def test_a_title_line_ending_in_a_type_word_right_after_guanyu_runs_on_into_the_next_line() -> None:
    """`某市人民政府关于通报` / `表彰…的决定`: 通报 right after 关于 opens what the title is about (to
    commend by circular); the line is cut mid-title, not a title of its own over another one."""
    doc = govdoc.parse_text(
        "某市人民政府关于通报\n表彰2024年度安全生产先进单位的决定\n各区人民政府，市政府各部门：\n"
        "为表彰先进，市政府决定对下列单位予以通报表彰。\n某市人民政府\n2024年12月9日\n"
    )
    check_invariants(doc)
    assert doc.header.title == "某市人民政府关于通报表彰2024年度安全生产先进单位的决定"
    assert doc.header.issuer == "某市人民政府"
    assert doc.kind == "decision"
    assert codes(doc) == []


def test_a_title_ending_in_its_type_after_a_subject_still_ends_there() -> None:
    doc = govdoc.parse_text(
        "关于2024年第三季度安全生产检查情况的通报\n各乡镇人民政府：\n现将检查情况通报如下。\n"
        "某县应急管理局\n2024年10月8日\n"
    )
    assert doc.header.title == "关于2024年第三季度安全生产检查情况的通报"
    assert doc.kind == "bulletin"


# --- a web page's headline marked without a heading tag ------------------------------------------

_CLASS_TITLE_PAGE = """<html><head><meta charset="utf-8"><title>某区教育局</title></head><body>
<div class="top"><a href="/">首页</a></div>
<div class="news">
<div class="art_tit">某区教育局关于做好2024年秋季学期开学工作的通知</div>
<div class="nr">
<p>各中小学校：</p>
<p>　　新学期即将开始，为确保开学工作平稳有序，现将有关事项通知如下：</p>
<p>　　一、做好校园安全检查。各校要在开学前完成校舍、食堂和消防设施检查。</p>
<p>　　特此通知。</p>
<p style="text-align:right">某区教育局</p>
<p style="text-align:right">2024年8月26日</p>
</div></div></body></html>"""


def test_a_headline_the_page_names_a_title_by_class_stands_over_the_article() -> None:
    doc = govdoc.parse(_CLASS_TITLE_PAGE.encode(), format="html")
    check_invariants(doc)
    assert doc.header.title == "某区教育局关于做好2024年秋季学期开学工作的通知"
    assert doc.header.issuer == "某区教育局"
    assert "field-missing" not in codes(doc)


_STRONG_ROW_PAGE = """<html><head><meta charset="utf-8"></head><body>
<table width="960"><tr><td width="180"><a href="/">首页</a><br><a href="/x">政务公开</a></td><td>
<table width="100%">
<tr><td align="center"><strong>某镇人民政府关于开展冬季森林防火巡查的通知</strong></td></tr>
<tr><td>
<p>各村民委员会：</p>
<p>　　入冬以来气候干燥，森林火险等级升高。现就冬季森林防火巡查通知如下：</p>
<p>　　一、各村要落实护林员每日巡山制度。</p>
<p>　　特此通知。</p>
<p align="right">某镇人民政府</p>
<p align="right">2024年11月20日</p>
</td></tr></table></td></tr></table></body></html>"""


def test_a_bold_row_over_an_old_portals_article_row_is_its_headline() -> None:
    doc = govdoc.parse(_STRONG_ROW_PAGE.encode(), format="html")
    check_invariants(doc)
    assert doc.header.title == "某镇人民政府关于开展冬季森林防火巡查的通知"
    assert "首页" not in doc.text


_LABEL_ROW_PAGE = """<html><head><meta charset="utf-8"></head><body>
<h1>某市人民政府门户网站</h1>
<table border="1">
<tr><td><b>信件标题</b></td><td><b>关于小区停车难的问题</b></td></tr>
<tr><td colspan="2">
<p>市民您好：</p>
<p>　　您反映的小区停车难问题收悉。经核实，我局已协调增设临时停车位八十个。</p>
<p>　　感谢您对城市管理工作的关心和支持。</p>
<p>某区城市管理局</p>
<p>2024年3月6日</p>
</td></tr></table></body></html>"""


def test_a_bold_row_of_two_cells_is_a_forms_labels_not_a_headline() -> None:
    """A row of a label and its value, both bold, is a form's row: it stays outside the article, and
    the article keeps no headline of it (the information table reads it as a label and a value)."""
    doc = govdoc.parse(_LABEL_ROW_PAGE.encode(), format="html")
    check_invariants(doc)
    assert doc.header.title != "信件标题关于小区停车难的问题"


# --- ruled tables of a fixed-layout page (format-blind: any reader that fills Page.rules) -----------


def _page(number: int = 1) -> Page:
    return Page(number, 595.0, 842.0)


def _text(page: Page, text: str, x: float, y: float, size: float = 12.0) -> None:
    """One run of CJK characters, each `size` wide, its baseline at `y`."""
    edges = [v for k in range(len(text)) for v in (x + k * size, x + (k + 1) * size)]
    page.glyphs.append(Glyph(text, x, x + len(text) * size, y, size, "SimSun", edges=edges if len(text) > 1 else None))


def _grid(page: Page, xs: list[float], ys: list[float], *, sides: bool = True) -> None:
    """Full rules across at every y and down at every x (the outer ones left out where `sides` is False)."""
    page.rules += [Rule(True, y, xs[0], xs[-1]) for y in ys]
    downs = xs if sides else xs[1:-1]
    page.rules += [Rule(False, x, ys[0], ys[-1]) for x in downs]


def test_a_ruled_grid_reads_as_rows_of_cells_each_cells_lines_joined_by_newlines() -> None:
    page = _page()
    _grid(page, [100, 200, 400], [300, 330, 390])
    _text(page, "单位", 104, 320)
    _text(page, "任务", 204, 320)
    _text(page, "某区水务局", 104, 350)
    _text(page, "河道清淤", 204, 350)
    _text(page, "堤防加固", 204, 368)
    _text(page, "正文第一段。", 100, 450)
    (table,) = find_tables(page)
    assert table.rows == [("单位", "任务"), ("某区水务局", "河道清淤\n堤防加固")]
    assert [g.text for g in page.glyphs] == ["正文第一段。"]  # the cells' glyphs left the flow


def test_a_line_reaching_its_cells_right_edge_runs_on_into_the_next() -> None:
    page = _page()
    _grid(page, [100, 160, 232], [300, 330, 390])
    _text(page, "项目", 104, 320)
    _text(page, "说明", 164, 320)
    _text(page, "清淤", 104, 350)
    _text(page, "汛前完成主", 164, 350)  # ends 8 points short of its cell's edge: no room for another
    _text(page, "河道清淤", 164, 368)
    (table,) = find_tables(page)
    assert table.rows[1] == ("清淤", "汛前完成主河道清淤")


def test_a_box_around_a_paragraph_or_rules_across_only_make_no_table() -> None:
    framed = _page()
    _grid(framed, [90, 500], [300, 340])
    _text(framed, "值班电话：12345678", 100, 325)
    assert find_tables(framed) == [] and len(framed.glyphs) == 1
    across_only = _page()
    across_only.rules += [Rule(True, y, 100, 400) for y in (300, 330, 360)]
    _text(across_only, "年份", 104, 320)
    _text(across_only, "产值", 254, 320)
    assert find_tables(across_only) == []


def test_a_table_open_at_its_sides_takes_its_edges_from_the_rules_across() -> None:
    page = _page()
    _grid(page, [100, 220, 400], [300, 330, 360], sides=False)
    _text(page, "指标", 104, 320)
    _text(page, "数值", 224, 320)
    _text(page, "产值", 104, 350)
    _text(page, "12亿元", 224, 350)
    (table,) = find_tables(page)
    assert table.rows == [("指标", "数值"), ("产值", "12亿元")]


def test_a_table_broken_by_a_page_with_its_head_repeated_is_one_table_with_one_head() -> None:
    first, second = _page(1), _page(2)
    _text(first, "现将有关情况报告如下：", 100, 200, 16)
    _grid(first, [100, 200, 400], [700, 730, 760])
    _text(first, "乡镇", 104, 720)
    _text(first, "户数", 204, 720)
    _text(first, "城关镇", 104, 750)
    _text(first, "120", 204, 750)
    _grid(second, [100, 200, 400], [100, 130, 160])
    _text(second, "乡镇", 104, 120)
    _text(second, "户数", 204, 120)
    _text(second, "新桥镇", 104, 150)
    _text(second, "86", 204, 150)
    _text(second, "以上情况，特此报告。", 132, 220, 16)
    blocks, _ = layout_pages([first, second])
    rows = [(b.table, b.cells) for b in blocks if b.table]
    assert rows == [(1, ("乡镇", "户数")), (1, ("城关镇", "120")), (1, ("新桥镇", "86"))]
    assert [b.text for b in blocks if not b.table] == ["现将有关情况报告如下：", "以上情况，特此报告。"]


def test_two_tables_with_text_between_them_are_two_tables() -> None:
    page = _page()
    _grid(page, [100, 200, 400], [200, 230, 260])
    _text(page, "甲", 104, 220)
    _text(page, "乙", 204, 220)
    _text(page, "丙", 104, 250)
    _text(page, "丁", 204, 250)
    _text(page, "两表之间的说明文字。", 100, 300, 16)
    _grid(page, [100, 200, 400], [340, 370, 400])
    _text(page, "戊", 104, 360)
    _text(page, "己", 204, 360)
    _text(page, "庚", 104, 390)
    _text(page, "辛", 204, 390)
    blocks, _ = layout_pages([page])
    assert [(b.table, b.text) for b in blocks] == [
        (1, "甲\t乙"),
        (1, "丙\t丁"),
        (0, "两表之间的说明文字。"),
        (2, "戊\t己"),
        (2, "庚\t辛"),
    ]


# --- an OFD's paths are its page's ruling lines, read by the same geometry ---------------------------


def _ofd_with_paths(page: Page, paths: list[str]) -> bytes:
    """The page written by the tests' OFD writer, with `paths` (PathObject elements) added to its layer."""
    import io
    import zipfile

    from tests.ofd_writer import write_ofd

    source = zipfile.ZipFile(io.BytesIO(write_ofd([page])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name).decode("utf-8")
            if name.endswith("Content.xml"):
                data = data.replace("</ofd:Layer>", "".join(paths) + "</ofd:Layer>")
            target.writestr(name, data)
    return out.getvalue()


def _mm(points: float) -> str:
    return f"{points * 25.4 / 72:.3f}"


def _path(data: list[tuple[str, float, float]], *, fill: bool = False, ident: int = 9000) -> str:
    """A PathObject over the whole page: its commands with their points (in points, written in millimetres)."""
    commands = " ".join(f"{c} {_mm(x)} {_mm(y)}" if c != "C" else "C" for c, x, y in data)
    paint = ' Stroke="false" Fill="true"' if fill else ""
    return (
        f'<ofd:PathObject ID="{ident}" Boundary="0 0 210 297" LineWidth="0.25"{paint}>'
        f"<ofd:AbbreviatedData>{commands}</ofd:AbbreviatedData></ofd:PathObject>"
    )


def test_an_ofd_table_drawn_with_path_objects_is_read_as_a_table() -> None:
    page = _page()
    _text(page, "关于做好防汛工作的通知", 150, 120, 22)
    _text(page, "各乡镇人民政府：", 80, 170, 16)
    _text(page, "现将防汛责任分工通知如下：", 112, 200, 16)
    _text(page, "乡镇", 104, 250)
    _text(page, "责任人", 204, 250)
    _text(page, "城关镇", 104, 280)
    _text(page, "张某", 204, 280)
    _text(page, "某县防汛抗旱指挥部", 330, 360, 16)
    _text(page, "2024年6月3日", 350, 390, 16)
    paths = [
        # the outer border as one stroked rectangle, closed by C
        _path([("M", 100, 230), ("L", 400, 230), ("L", 400, 290), ("L", 100, 290), ("C", 0, 0)], ident=9001),
        # the rule between the rows as a thin filled bar, the one between the columns as a stroke
        _path(
            [("M", 100, 259.8), ("L", 400, 259.8), ("L", 400, 260.3), ("L", 100, 260.3), ("C", 0, 0)],
            fill=True,
            ident=9002,
        ),
        _path([("M", 200, 230), ("L", 200, 290)], ident=9003),
        # a curve (a seal's ring) is no rule
        '<ofd:PathObject ID="9004" Boundary="0 0 210 297"><ofd:AbbreviatedData>M 120 120 B 125 115 135 115 140 120'
        "</ofd:AbbreviatedData></ofd:PathObject>",
    ]
    doc = govdoc.parse(_ofd_with_paths(page, paths), format="ofd")
    check_invariants(doc)
    assert [t.rows for t in doc.tables] == [(("乡镇", "责任人"), ("城关镇", "张某"))]
    assert doc.signature is not None and doc.signature.issuers == ("某县防汛抗旱指挥部",)
