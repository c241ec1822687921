"""Causes found by session 15's format work (three-line tables, tables over a page, `|` rows without a
delimiter row) and by the thirteenth round of format probes (tests/test_probes_13_formats.py), each
tested on a new example of its cause, not on the probe's text."""

from __future__ import annotations

import govdoc
from govdoc.readers.geometry import Glyph, Page, layout_pages
from govdoc.readers.glyphs import Rule
from govdoc.readers.ruled_tables import find_tables
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants

# --- `|` rows without a delimiter row: a body's table, read after zoning (rules/body_tables.py) -----

_REPLY_HEAD = (
    "关于市政协十四届三次会议第0318号提案的答复\n李某委员：\n您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下：\n"
)
_REPLY_TAIL = "\n某市住房和城乡建设局\n2024年7月2日"


def test_pipe_rows_in_the_body_without_a_delimiter_row_are_one_table_of_their_section() -> None:
    doc = govdoc.parse_text(
        _REPLY_HEAD + "一、加装进度\n截至6月底，各区完成情况如下：\n|区| 已加装 | 在建 |\n|东城区| 46部 | 12部 |\n"
        "|西城区| 31部 | 9部 |\n下半年继续推进。\n二、资金保障\n市级财政每部补贴二十万元。" + _REPLY_TAIL
    )
    check_invariants(doc)
    one = doc.sections[0]
    assert [t.rows for t in one.tables] == [
        (("区", "已加装", "在建"), ("东城区", "46部", "12部"), ("西城区", "31部", "9部"))
    ]
    assert [p.text for p in one.paragraphs] == ["截至6月底，各区完成情况如下：", "下半年继续推进。"]
    assert [p.text for p in doc.sections[1].paragraphs] == ["市级财政每部补贴二十万元。"]


def test_a_lone_pipe_line_or_rows_of_other_counts_stay_text_in_the_body() -> None:
    doc = govdoc.parse_text(
        _REPLY_HEAD
        + "一、办理情况\n路径为 系统|业务|电梯 。\n|甲|乙|\n|丙|丁|戊|\n二、下一步\n继续推进。"
        + _REPLY_TAIL
    )
    check_invariants(doc)
    assert doc.tables == ()
    assert "路径为系统|业务|电梯。\n|甲|乙|\n|丙|丁|戊|" in doc.text


def test_a_pipe_information_table_above_the_title_is_still_the_headers() -> None:
    doc = govdoc.parse_text(
        "|索引号|11440300/2024-00213|\n|发布机构|某市住房和城乡建设局|\n|发布日期|2024-07-05|\n"
        + _REPLY_HEAD
        + "一、加装进度\n完成加装八十部。"
        + _REPLY_TAIL
    )
    check_invariants(doc)
    assert doc.tables == ()
    assert doc.header.title == "关于市政协十四届三次会议第0318号提案的答复"


# --- three-line tables (三线表): rules across only, columns from the gaps of the text ---------------


def _page(number: int = 1) -> Page:
    return Page(number, 595.0, 842.0)


def _text(page: Page, text: str, x: float, y: float, size: float = 12.0) -> None:
    """One run of characters, each `size` wide (a Latin one half), its baseline at `y`."""
    edges: list[float] = []
    at = x
    for ch in text:
        w = size if ord(ch) > 0x2E7F else size / 2
        edges += [at, at + w]
        at += w
    page.glyphs.append(Glyph(text, x, at, y, size, "SimSun", edges=edges if len(text) > 1 else None))


def _three_rules(page: Page, ys: tuple[float, float, float], lo: float = 90.0, hi: float = 505.0) -> None:
    page.rules += [Rule(True, y, lo, hi) for y in ys]


def test_a_three_line_table_reads_its_columns_from_the_gaps_its_body_leaves() -> None:
    page = _page()
    _text(page, "表1　各街道垃圾分类设施情况", 160, 280, 14)
    _three_rules(page, (290, 312, 380))
    _text(page, "街道", 96, 305)
    _text(page, "投放点", 240, 305)
    _text(page, "覆盖率", 420, 305)
    _text(page, "长寿路街道", 96, 330)
    _text(page, "128个", 240, 330)
    _text(page, "100%", 420, 330)
    _text(page, "曹杨新村街道", 96, 350)
    _text(page, "96个", 240, 350)
    _text(page, "98.5%", 420, 350)
    _text(page, "桃浦镇", 96, 370)
    _text(page, "210个", 240, 370)
    _text(page, "92%", 420, 370)
    _text(page, "以上设施均已接入区级平台。", 96, 420, 16)
    (table,) = find_tables(page)
    assert table.rows == [
        ("街道", "投放点", "覆盖率"),
        ("长寿路街道", "128个", "100%"),
        ("曹杨新村街道", "96个", "98.5%"),
        ("桃浦镇", "210个", "92%"),
    ]
    assert [g.text for g in page.glyphs] == ["表1　各街道垃圾分类设施情况", "以上设施均已接入区级平台。"]


def test_a_value_wrapped_in_its_column_of_a_three_line_table_goes_on_with_its_row() -> None:
    page = _page()
    _three_rules(page, (300, 322, 410), 90, 400)
    _text(page, "序号", 96, 315)
    _text(page, "工作任务", 150, 315)
    _text(page, "牵头单位", 320, 315)
    _text(page, "1", 100, 340)
    _text(page, "老旧管网改造", 150, 340)  # reaches its column's edge: the value goes on below
    _text(page, "区水务局", 320, 340)
    _text(page, "和雨污分流", 150, 358)
    _text(page, "2", 100, 380)
    _text(page, "河道保洁", 150, 380)
    _text(page, "区生态环境局", 320, 380)
    (table,) = find_tables(page)
    assert table.rows == [
        ("序号", "工作任务", "牵头单位"),
        ("1", "老旧管网改造和雨污分流", "区水务局"),
        ("2", "河道保洁", "区生态环境局"),
    ]


def test_the_imprints_rules_and_a_red_rule_over_the_body_make_no_three_line_table() -> None:
    page = _page()
    page.rules.append(Rule(True, 200, 90, 505))  # the 红头's rule
    _text(page, "关于做好夏季防汛工作的通知", 150, 240, 22)
    _text(page, "各镇人民政府，区各有关部门：", 90, 280, 16)
    _text(page, "现将有关事项通知如下。", 122, 310, 16)
    _three_rules(page, (660, 690, 720))  # the 版记's rules
    _text(page, "抄送：区委办公室，区人大常委会办公室。", 100, 682, 14)
    _text(page, "某区人民政府办公室", 100, 712, 14)
    _text(page, "2024年6月3日印发", 370, 712, 14)
    before = len(page.glyphs)
    assert find_tables(page) == [] and len(page.glyphs) == before


# --- a table over a page: joined where the columns match, noted where they do not ------------------


def _grid(page: Page, xs: list[float], ys: list[float]) -> None:
    page.rules += [Rule(True, y, xs[0], xs[-1]) for y in ys]
    page.rules += [Rule(False, x, ys[0], ys[-1]) for x in xs]


def test_a_grid_going_on_over_a_page_with_its_columns_set_a_little_apart_and_no_head_is_one_table() -> None:
    first, second = _page(1), _page(2)
    _text(first, "全区养老服务设施建设情况如下：", 90, 640, 16)
    _grid(first, [90, 200, 330, 505], [680, 710, 740, 770])
    for y, cells in (
        (700, ("镇街", "床位", "投用时间")),
        (730, ("江桥镇", "120张", "2023年")),
        (760, ("华亭镇", "80张", "2024年")),
    ):
        for x, cell in zip((96, 206, 336), cells, strict=True):
            _text(first, cell, x, y)
    _grid(second, [96, 214, 340, 510], [90, 120, 150])  # no head repeated; every edge set a few points on
    for y, cells in ((110, ("马陆镇", "150张", "2024年")), (140, ("南翔镇", "60张", "2025年"))):
        for x, cell in zip((102, 220, 346), cells, strict=True):
            _text(second, cell, x, y)
    _text(second, "以上设施均已纳入区级平台管理。", 122, 200, 16)
    blocks, warnings = layout_pages([first, second])
    assert [(b.table, b.cells) for b in blocks if b.table] == [
        (1, ("镇街", "床位", "投用时间")),
        (1, ("江桥镇", "120张", "2023年")),
        (1, ("华亭镇", "80张", "2024年")),
        (1, ("马陆镇", "150张", "2024年")),
        (1, ("南翔镇", "60张", "2025年")),
    ]
    assert warnings == []


def test_a_table_at_a_pages_top_with_other_columns_than_the_one_before_is_another_table_and_noted() -> None:
    first, second = _page(1), _page(2)
    _grid(first, [90, 300, 505], [700, 730, 760])
    for y, cells in ((720, ("项目", "金额")), (750, ("道路修缮", "300万元"))):
        for x, cell in zip((96, 306), cells, strict=True):
            _text(first, cell, x, y)
    _grid(second, [90, 160, 300, 505], [90, 120, 150])
    for y, cells in ((110, ("序号", "单位", "联系人")), (140, ("1", "区财政局", "王某"))):
        for x, cell in zip((96, 166, 306), cells, strict=True):
            _text(second, cell, x, y)
    blocks, warnings = layout_pages([first, second])
    assert [b.table for b in blocks if b.table] == [1, 1, 2, 2]
    assert [code for code, _ in warnings] == ["layout-unusual"]
    assert "pages 2" in warnings[0][1]


def test_a_three_line_table_open_at_a_pages_foot_goes_on_above_the_next_pages_first_rule() -> None:
    first, second = _page(1), _page(2)
    _text(first, "各镇完成情况见下表：", 122, 640, 16)
    _three_rules(first, (660, 682))  # its top and its head's rules; no rule under its last row on this page
    for x, cell in zip((96, 240, 420), ("镇", "完成户数", "完成率"), strict=True):
        _text(first, cell, x, 676)
    for y, cells in ((700, ("城关镇", "1200户", "95%")), (720, ("新桥镇", "860户", "91%"))):
        for x, cell in zip((96, 240, 420), cells, strict=True):
            _text(first, cell, x, y)
    _text(first, "— 1 —", 280, 800)
    for y, cells in ((100, ("石门镇", "540户", "88%")), (120, ("白沙镇", "410户", "86%"))):
        for x, cell in zip((96, 244, 424), cells, strict=True):
            _text(second, cell, x, y)
    _three_rules(second, (130, 130.5))  # the table's bottom rule, drawn twice over
    _text(second, "下一步，我们将继续推进。", 122, 170, 16)
    _text(second, "— 2 —", 280, 800)
    blocks, warnings = layout_pages([first, second])
    assert [b.cells for b in blocks if b.table == 1] == [
        ("镇", "完成户数", "完成率"),
        ("城关镇", "1200户", "95%"),
        ("新桥镇", "860户", "91%"),
        ("石门镇", "540户", "88%"),
        ("白沙镇", "410户", "86%"),
    ]
    assert {b.table for b in blocks if b.table} == {1}
    assert "下一步，我们将继续推进。" in [b.text for b in blocks]
    assert warnings == []


def test_a_three_line_table_going_on_between_the_next_pages_first_two_rules_without_its_head() -> None:
    first, second = _page(1), _page(2)
    _three_rules(first, (660, 682))
    for x, cell in zip((96, 300), ("事项", "责任单位"), strict=True):
        _text(first, cell, x, 676)
    for y, cells in ((700, ("道路养护", "区交通委")), (720, ("路灯维修", "区城管局"))):
        for x, cell in zip((96, 300), cells, strict=True):
            _text(first, cell, x, y)
    _three_rules(second, (80, 130))  # top and bottom, no head repeated
    for y, cells in ((100, ("绿化补植", "区绿化市容局")), (120, ("河道保洁", "区水务局"))):
        for x, cell in zip((96, 300), cells, strict=True):
            _text(second, cell, x, y)
    blocks, _ = layout_pages([first, second])
    assert [b.cells for b in blocks if b.table] == [
        ("事项", "责任单位"),
        ("道路养护", "区交通委"),
        ("路灯维修", "区城管局"),
        ("绿化补植", "区绿化市容局"),
        ("河道保洁", "区水务局"),
    ]
    assert {b.table for b in blocks if b.table} == {1}


# --- a legacy horizontal merge (w:hMerge) is one cell, as a w:gridSpan one is ------------------------


def _tc(text: str, merge: str = "") -> str:
    props = {"restart": '<w:hMerge w:val="restart"/>', "on": "<w:hMerge/>", "on-named": '<w:hMerge w:val="continue"/>'}
    return f"<w:tc><w:tcPr>{props.get(merge, '')}</w:tcPr>{p(text) if text else '<w:p/>'}</w:tc>"


def test_a_cell_going_on_a_legacy_horizontal_merge_is_part_of_the_cell_before() -> None:
    rows = [
        _tc("指标") + _tc("2023年", "restart") + _tc("", "on") + _tc("", "on-named"),
        _tc("") + _tc("上半年") + _tc("下半年") + _tc("全年"),
        _tc("新增就业") + _tc("3200人") + _tc("3500人") + _tc("6700人"),
    ]
    grid = "<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * 4 + "</w:tblGrid>"
    table = f"<w:tbl><w:tblPr/>{grid}{''.join(f'<w:tr>{r}</w:tr>' for r in rows)}</w:tbl>"
    body = p("关于区政协五届二次会议第0233号提案的答复") + p("何某委员：") + p("一、就业情况") + table
    body += p("二、下一步工作") + p("继续做好稳就业工作。") + p("某区人力资源和社会保障局") + p("2024年3月5日")
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    (table_read,) = doc.sections[0].tables
    assert table_read.rows == (
        ("指标", "2023年"),
        ("", "上半年", "下半年", "全年"),
        ("新增就业", "3200人", "3500人", "6700人"),
    )


def _open_first_page(first: Page, head: tuple[str, ...], rows: list[tuple[str, ...]], xs: tuple[float, ...]) -> None:
    """A three-line table opened at the foot of `first`: its top and head rules, its rows down to the foot."""
    _three_rules(first, (660, 682))
    for x, cell in zip(xs, head, strict=True):
        _text(first, cell, x, 676)
    for k, cells in enumerate(rows):
        for x, cell in zip(xs, cells, strict=True):
            if cell:
                _text(first, cell, x, 700 + 20 * k)


def test_rows_going_on_with_a_column_empty_on_the_new_page_keep_the_columns_of_the_page_before() -> None:
    first, second = _page(1), _page(2)
    xs = (96, 220, 330, 430)
    _open_first_page(
        first,
        ("项目", "责任单位", "完成时间", "备注"),
        [("道路修缮", "区建设局", "6月", "已开工"), ("管网改造", "区水务局", "7月", "")],
        xs,
    )
    for k, cells in enumerate((("桥梁加固", "区交通局", "8月"), ("路灯更换", "区城管局", "9月"))):
        for x, cell in zip(xs, cells, strict=False):
            _text(second, cell, x, 100 + 20 * k)
    _three_rules(second, (132,))  # the table's bottom rule; no 备注 on this page
    _text(second, "以上项目均纳入年度考核。", 122, 160, 16)
    blocks, warnings = layout_pages([first, second])
    assert [b.cells for b in blocks if b.table] == [
        ("项目", "责任单位", "完成时间", "备注"),
        ("道路修缮", "区建设局", "6月", "已开工"),
        ("管网改造", "区水务局", "7月", ""),
        ("桥梁加固", "区交通局", "8月", ""),
        ("路灯更换", "区城管局", "9月", ""),
    ]
    assert {b.table for b in blocks if b.table} == {1} and warnings == []


def test_rows_that_cannot_go_on_under_the_open_tables_columns_stay_text_and_the_page_is_noted() -> None:
    first, second = _page(1), _page(2)
    xs = (96, 220, 330)
    _open_first_page(
        first, ("项目", "责任单位", "完成时间"), [("道路修缮", "区建设局", "6月"), ("管网改造", "区水务局", "7月")], xs
    )
    _text(second, "桥梁加固由区交通局负责", 96, 100)  # runs across the columns above: no row of them
    _text(second, "路灯更换", 96, 120)
    _text(second, "9月", 330, 120)
    _three_rules(second, (132,))
    blocks, warnings = layout_pages([first, second])
    assert [b.cells for b in blocks if b.table] == [
        ("项目", "责任单位", "完成时间"),
        ("道路修缮", "区建设局", "6月"),
        ("管网改造", "区水务局", "7月"),
    ]
    texts = " ".join(b.text for b in blocks if not b.table)
    assert "桥梁加固由区交通局负责" in texts and "路灯更换" in texts  # nothing dropped
    assert [code for code, _ in warnings] == ["layout-unusual"] and "pages 2" in warnings[0][1]


def test_short_lone_rules_of_a_form_are_never_tried_as_a_three_line_table() -> None:
    page = _page()
    for k, label in enumerate(("姓名", "单位", "电话")):
        page.rules.append(Rule(True, 300 + 30 * k, 150, 290))  # the blanks, 140 points long
        _text(page, label, 100, 296 + 30 * k)
        _text(page, "填写", 160, 296 + 30 * k)
        _text(page, "备注", 320, 296 + 30 * k)
    assert find_tables(page) == [] and len(page.glyphs) == 9


def test_a_three_line_tables_head_grouping_two_columns_under_one_word_reads_as_two_head_rows() -> None:
    page = _page()
    _three_rules(page, (300, 344, 400), 90, 470)
    _text(page, "项目", 96, 320)
    _text(page, "资金（万元）", 236, 316)  # over 市级 and 区级
    _text(page, "备注", 400, 320)
    _text(page, "市级", 210, 338)
    _text(page, "区级", 310, 338)
    _text(page, "停车场建设", 96, 364)
    _text(page, "1200", 210, 364)
    _text(page, "800", 310, 364)
    _text(page, "两年完成", 400, 364)
    _text(page, "智慧停车平台", 96, 388)
    _text(page, "300", 210, 388)
    _text(page, "200", 310, 388)
    _text(page, "年内上线", 400, 388)
    (table,) = find_tables(page)
    # as the HTML reader reads colspan and rowspan: one cell across two columns, empty cells below
    assert table.rows == [
        ("项目", "资金（万元）", "备注"),
        ("", "市级", "区级", ""),
        ("停车场建设", "1200", "800", "两年完成"),
        ("智慧停车平台", "300", "200", "年内上线"),
    ]


def test_a_head_cell_wrapped_in_its_column_is_one_head_row() -> None:
    page = _page()
    _three_rules(page, (300, 344, 400), 90, 470)
    _text(page, "项目", 96, 320)
    _text(page, "完成", 300, 320)
    _text(page, "时间", 300, 338)  # the head 完成时间 wrapped in its narrow column: its first line fills it
    _text(page, "道路修缮", 96, 364)
    _text(page, "6月", 300, 364)
    _text(page, "管网改造", 96, 388)
    _text(page, "9月", 300, 388)
    (table,) = find_tables(page)
    assert table.rows == [("项目", "完成时间"), ("道路修缮", "6月"), ("管网改造", "9月")]


def test_a_head_of_two_rows_repeated_on_the_next_page_is_read_once() -> None:
    first, second = _page(1), _page(2)
    head = [("项目", "资金"), ("（名称）", "（万元）")]
    _grid(first, [90, 250, 505], [680, 710, 740, 770])
    for y, cells in zip((700, 730, 760), [*head, ("道路修缮", "300")], strict=True):
        for x, cell in zip((96, 256), cells, strict=True):
            _text(first, cell, x, y)
    _grid(second, [90, 250, 505], [90, 120, 150, 180])
    for y, cells in zip((110, 140, 170), [*head, ("管网改造", "450")], strict=True):
        for x, cell in zip((96, 256), cells, strict=True):
            _text(second, cell, x, y)
    blocks, warnings = layout_pages([first, second])
    assert [b.cells for b in blocks if b.table == 1] == [*head, ("道路修缮", "300"), ("管网改造", "450")]
    assert warnings == []


# --- review15 R1, R2: prose holding pipes stays text; a delimiter row is syntax, never a row -------------


def test_sentences_holding_pipes_in_a_row_stay_paragraphs_of_their_section() -> None:
    doc = govdoc.parse_text(
        _REPLY_HEAD + "一、加装进度\n申请入口为市政府网站|便民服务|加装电梯，填写后提交。\n"
        "审批流程为街道受理|区住建局审核|联合验收，全程约四十天。\n二、资金保障\n市级财政每部补贴二十万元。"
        + _REPLY_TAIL
    )
    check_invariants(doc)
    assert doc.tables == () and doc.sections[0].tables == ()
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "申请入口为市政府网站|便民服务|加装电梯，填写后提交。",
        "审批流程为街道受理|区住建局审核|联合验收，全程约四十天。",
    ]


def test_a_delimiter_row_parted_from_its_head_by_a_page_break_is_no_row_and_joins_the_two() -> None:
    doc = govdoc.parse_text(
        _REPLY_HEAD + "一、加装进度\n各区完成情况如下：\n| 区 | 已加装 | 在建 |\n\n- 2 -\n\n| :--- | ---: | --- |\n"
        "| 东城区 | 46部 | 12部 |\n| 西城区 | 31部 | 9部 |\n二、资金保障\n市级财政每部补贴二十万元。" + _REPLY_TAIL
    )
    check_invariants(doc)
    (table,) = doc.sections[0].tables
    assert table.rows == (("区", "已加装", "在建"), ("东城区", "46部", "12部"), ("西城区", "31部", "9部"))
    assert "---" not in doc.text and [p.text for p in doc.sections[0].paragraphs] == ["各区完成情况如下："]


def test_a_delimiter_row_of_no_table_stays_as_written() -> None:
    doc = govdoc.parse_text(
        _REPLY_HEAD + "一、加装进度\n完成加装八十部。\n| --- | --- |\n二、资金保障\n市级补贴。" + _REPLY_TAIL
    )
    check_invariants(doc)
    assert doc.tables == () and "| --- | --- |" in doc.text
