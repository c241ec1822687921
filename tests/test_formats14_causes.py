"""Causes found by session 16's format work (rows that skip grid columns in Word) and by the fourteenth
round of format probes (tests/test_probes_14_formats.py), each tested on a new example of its cause, not
on the probe's text; each fails on the session's start (/work/s16start)."""

from __future__ import annotations

import html

import govdoc
from govdoc.readers.geometry import Glyph, Page, layout_pages
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants

# --- a Word row starting late (w:gridBefore) or ending early (w:gridAfter) --------------------------


def _tc(text: str) -> str:
    return f"<w:tc>{p(text) if text else '<w:p/>'}</w:tc>"


def _tr(cells: list[str], before: int = 0, after: int = 0) -> str:
    skips = (f'<w:gridBefore w:val="{before}"/>' if before else "") + (
        f'<w:gridAfter w:val="{after}"/>' if after else ""
    )
    return f"<w:tr><w:trPr>{skips}</w:trPr>{''.join(_tc(c) for c in cells)}</w:tr>"


def test_a_row_starting_late_or_ending_early_keeps_each_cell_under_its_column() -> None:
    rows = [
        _tr(["街道", "新增车位", "改造道路", "完成时间"]),
        _tr(["桂园街道", "120", "3.5公里", "6月"]),
        _tr(["80", "2.1公里", "9月"], before=1),  # the street's name merged into the row above by a shape
        _tr(["小计", "200"], after=2),
    ]
    grid = "<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * 4 + "</w:tblGrid>"
    table = f"<w:tbl><w:tblPr/>{grid}{''.join(rows)}</w:tbl>"
    body = p("关于区人大四届五次会议第061号建议的答复") + p("宋某代表：") + p("一、建设情况") + table
    body += p("二、下一步工作") + p("继续推进停车设施建设。") + p("某区住房和建设局") + p("2024年8月1日")
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    (read,) = doc.sections[0].tables
    assert read.rows == (
        ("街道", "新增车位", "改造道路", "完成时间"),
        ("桂园街道", "120", "3.5公里", "6月"),
        ("", "80", "2.1公里", "9月"),
        ("小计", "200", "", ""),
    )


def test_a_row_skipping_more_columns_than_its_grid_holds_pads_only_to_the_grid() -> None:
    rows = [_tr(["项目", "金额"]), _tr(["合计"], after=9), _tr(["奖补", "30万元"])]
    grid = "<w:tblGrid>" + '<w:gridCol w:w="3000"/>' * 2 + "</w:tblGrid>"
    table = f"<w:tbl><w:tblPr/>{grid}{''.join(rows)}</w:tbl>"
    body = p("某县财政局关于下达奖补资金的通知") + p("各乡镇：") + table + p("特此通知。") + p("某县财政局")
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert [t.rows for t in doc.tables] == [(("项目", "金额"), ("合计", ""), ("奖补", "30万元"))]


# --- a rule drawn in characters leaves the text whatever the reader, as the text reader leaves it --------

_RULED = [
    "某市水务局文件",
    "市水发〔2024〕12号",
    "━━━━━━━━━━★━━━━━━━━━━",
    "某市水务局关于开展汛前河道清障的通知",
    "各区水务局：",
    "请于5月底前完成辖区河道清障。",
    "特此通知。",
    "某市水务局",
    "2024年4月8日",
    "═════════════════════",
    "抄送：市防汛抗旱指挥部办公室。",
    "某市水务局办公室　　2024年4月8日印发",
    "─────────────────────",
]


def _rules_left_out(doc: govdoc.Document) -> None:
    check_invariants(doc)
    assert not any(ch in doc.text for ch in "━═─★")
    assert doc.header.title == "某市水务局关于开展汛前河道清障的通知"
    assert doc.imprint is not None and doc.imprint.cc == ("市防汛抗旱指挥部办公室",)
    assert doc.text == govdoc.parse_text("\n".join(_RULED)).text  # the same text as the plain copy's


def test_a_rule_drawn_in_characters_in_a_word_paragraph_is_no_text() -> None:
    _rules_left_out(govdoc.parse(make_docx("".join(p(line) for line in _RULED)), format="docx"))


def test_a_rule_drawn_in_characters_in_a_web_pages_paragraph_is_no_text() -> None:
    page = "<html><body><div class='article'>" + "".join(f"<p>{line}</p>" for line in _RULED) + "</div></body></html>"
    _rules_left_out(govdoc.parse(page.encode(), format="html"))


# --- an inline frame's document and a read-only text box are the page's text (readers.html.embedded) --


def test_an_iframe_srcdoc_holding_the_article_is_read_where_the_frame_stands() -> None:
    article = (
        "<p style='text-align:center'><b>关于区政协六届二次会议第0142号提案的答复</b></p><p>孙立新委员：</p>"
        "<p>您提出的《关于完善社区体育设施的提案》收悉。现答复如下：</p><p>一、建设情况</p>"
        "<p>今年新建社区健身点四十五个。</p><p>感谢您对体育工作的关心和支持。</p>"
        "<p align='right'>某区文化体育局</p><p align='right'>2024年6月6日</p>"
    )
    page = (
        "<html><body><div class='nav'>首页 &gt; 建议提案</div>"
        f'<iframe frameborder="0" srcdoc="{html.escape(article, quote=True)}"></iframe>'
        "<div class='foot'>主办单位：某区人民政府</div></body></html>"
    )
    doc = govdoc.parse(page.encode(), format="html")
    check_invariants(doc)
    assert doc.header.title == "关于区政协六届二次会议第0142号提案的答复"
    assert doc.header.recipients == ("孙立新委员",)
    assert doc.signature is not None and (doc.signature.issuers, doc.signature.date) == (
        ("某区文化体育局",),
        "2024-06-06",
    )
    assert "&lt;" not in doc.text and "<p" not in doc.text


def test_a_read_only_textarea_shows_its_lines_and_its_label_is_the_pages_caption() -> None:
    reply = (
        "关于市人大十五届三次会议第203号建议的答复\n\n林建华代表：\n"
        "　　您提出的《关于加强农贸市场管理的建议》收悉。现答复如下：\n"
        "　　今年已完成农贸市场提升改造十二个。\n　　感谢您对市场监管工作的关心和支持。\n\n"
        "　　　　　　　　　　　　　　　　某市市场监督管理局\n　　　　　　　　　　　　　　　　2024年8月30日\n"
    )
    page = (
        "<html><body><table><tr><td><label for='reply'>办理结果：</label></td>"
        f"<td><textarea id='reply' disabled rows='20'>{html.escape(reply)}</textarea></td></tr></table>"
        "<form><textarea name='comment'>请输入您的评价</textarea></form></body></html>"
    )
    doc = govdoc.parse(page.encode(), format="html")
    check_invariants(doc)
    assert doc.header.title == "关于市人大十五届三次会议第203号建议的答复"
    assert doc.header.recipients == ("林建华代表",)
    assert [p.text for p in doc.preamble] == [
        "您提出的《关于加强农贸市场管理的建议》收悉。现答复如下：",
        "今年已完成农贸市场提升改造十二个。",
    ]
    assert doc.signature is not None and doc.signature.date == "2024-08-30"
    assert "办理结果" not in doc.text and "请输入您的评价" not in doc.text  # a caption and an editable box: the page's


# --- a page's geometry from the pages before it (readers.geometry) -----------------------------------


def _line(page: Page, text: str, x: float, y: float, size: float = 14.0) -> None:
    _glyphs(page, text, x, y, size)


def _glyphs(page: Page, text: str, x: float, y: float, size: float) -> None:
    """One run of characters, each `size` wide (a Latin one half), its baseline at `y`."""
    edges: list[float] = []
    at = x
    for ch in text:
        w = size if ord(ch) > 0x2E7F else size / 2
        edges += [at, at + w]
        at += w
    page.glyphs.append(Glyph(text, x, at, y, size, "SimSun", edges=edges if len(text) > 1 else None))


def _wrap(text: str, per_line: int) -> list[tuple[int, str]]:
    """A paragraph's lines of `per_line` characters, the first indented two: (indent, line)."""
    lines, first = [], True
    while text:
        room = per_line - 2 if first else per_line
        lines.append((2 if first else 0, text[:room]))
        text, first = text[room:], False
    return lines


def test_a_last_page_holding_only_part_of_the_left_column_reads_at_the_columns_measure() -> None:
    paragraphs = [
        "各街道要按照生活垃圾分类工作要求，在每个住宅小区设置分类投放点，配备分类收集容器和督导人员，确保居民分类投放准确率逐月提高。",
        "区城管局要会同区商务局推进再生资源回收网点与生活垃圾分类网点融合，年内建成两网融合站点六十个，实现可回收物应收尽收。",
        "各物业服务企业要落实分类管理责任，每日做好分类驿站的清洁保洁工作，发现混投混放要及时劝导和二次分拣，并建立台账备查。",
        "区财政局要统筹安排分类工作经费，对考核优秀的街道给予奖励，对工作推进不力的街道予以通报，将分类成效纳入年度绩效考核指标。",
        "各街道要在十月底前完成辖区内全部住宅小区的分类设施改造，并组织开展分类知识进社区活动，做到居民宣传全覆盖。",
    ]
    lines = [line for text in paragraphs for line in _wrap(text, 15)]
    pages = [Page(1, 595.0, 842.0), Page(2, 595.0, 842.0)]
    top, pitch, per_column = 120.0, 26.0, 10
    for k, (indent, text) in enumerate(lines):
        page = pages[0] if k < 2 * per_column else pages[1]
        column = (k // per_column) % 2 if k < 2 * per_column else 0
        row = k % per_column if k < 2 * per_column else k - 2 * per_column
        _line(page, text, 80 + column * 230 + indent * 14, top + row * pitch)
    assert len(lines) > 2 * per_column + 1, "the last paragraph must go on onto the second page"
    _line(pages[1], "特此通知。", 80 + 28, top + (len(lines) - 2 * per_column) * pitch)
    blocks, warnings = layout_pages(pages)
    assert [b.text for b in blocks] == [*paragraphs, "特此通知。"]
    assert [code for code, _ in warnings] == ["layout-unusual"]


def test_a_last_page_of_indented_one_line_paragraphs_keeps_the_margin_of_the_page_before() -> None:
    first, second = Page(1, 595.0, 842.0), Page(2, 595.0, 842.0)
    lines = [
        (2, "二、保障措施"),
        *_wrap(
            "区应急管理局要加强对各街道防汛物资储备情况的检查，对储备不足的街道督促限期补齐，确保汛期物资调得出用得上。",
            26,
        ),
        (2, "各街道要落实值班值守制度，严格执行领导带班值班。"),  # 23 characters: one short of the measure
    ]
    for k, (indent, text) in enumerate(lines):
        _line(first, text, 80 + indent * 16, 140 + k * 29, 16)
    # the last page: every line of the text indented two characters, the 落款 set right
    _line(second, "三、工作要求", 112, 140, 16)
    _line(second, "各街道要于六月底前将防汛工作总结报送区应急局。", 112, 169, 16)
    _line(second, "特此通知。", 112, 198, 16)
    _line(second, "某区应急管理局", 368, 260, 16)
    _line(second, "2024年5月8日", 372, 289, 16)
    blocks, _ = layout_pages([first, second])
    assert [b.text for b in blocks][-6:] == [
        "各街道要落实值班值守制度，严格执行领导带班值班。",
        "三、工作要求",
        "各街道要于六月底前将防汛工作总结报送区应急局。",
        "特此通知。",
        "某区应急管理局",
        "2024年5月8日",
    ]


# --- a glyph no character is known for (readers.pdf) ---------------------------------------------------


def test_glyphs_mapped_to_no_character_become_replacement_characters_and_are_warned() -> None:
    from govdoc.readers.pdf import unmapped_glyphs  # new in session 16: imported here, so the rest runs without it

    page = Page(1, 595.0, 842.0)
    _glyphs(page, "王\x03华同志", 80, 120, 16)  # PDFium: an unmapped glyph's code as a control character
    page.glyphs.append(Glyph("(cid:58)", 80, 96, 150, 16, "FZ"))  # pdfminer: its cid as a label
    _glyphs(page, "村委会", 96, 150, 16)
    places = page.glyphs[0].edges
    clean = Page(2, 595.0, 842.0)
    _glyphs(clean, "特此通知。", 80, 120, 16)
    found = unmapped_glyphs([page, clean])
    assert found is not None and found[0] == "encoding-repaired" and "2, pages 1)" in found[1]
    assert [g.text for g in page.glyphs] == ["王\ufffd华同志", "\ufffd", "村委会"]
    assert page.glyphs[0].edges == places  # one character for one: each keeps its place
    assert unmapped_glyphs([clean]) is None
