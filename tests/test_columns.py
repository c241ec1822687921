"""Pages set in two columns are read column by column; single-column pages stay as they were read."""

from __future__ import annotations

from typing import Any

import govdoc
from govdoc.readers.columns import split_columns
from govdoc.readers.geometry import Glyph, Page, layout_pages, page_lines
from tests.ofd_writer import write_ofd

SIZE = 16.0
PITCH = 28.0
WIDTH, HEIGHT = 595.0, 842.0
PER_LINE = 13  # characters to a column's line
LEFT_COLUMN, RIGHT_COLUMN = 70.0, 70.0 + PER_LINE * SIZE + 34.0  # a gutter of about two characters


def _chars(text: str, x: float, y: float, size: float = SIZE) -> list[Glyph]:
    return [Glyph(ch, x + k * size, x + (k + 1) * size, y, size) for k, ch in enumerate(text)]


def _column(paragraphs: list[str], x: float, y: float, per_line: int = PER_LINE) -> tuple[list[Glyph], float]:
    """Paragraphs set in a column of `per_line` characters, each first line indented two; the glyphs
    and the baseline below the last line."""
    glyphs: list[Glyph] = []
    for text in paragraphs:
        indent, rest = 2, text
        while rest:
            room = per_line - indent
            glyphs += _chars(rest[:room], x + indent * SIZE, y)
            rest, indent, y = rest[room:], 0, y + PITCH
    return glyphs, y


def _centred(text: str, y: float, size: float = SIZE) -> list[Glyph]:
    return _chars(text, (WIDTH - len(text) * size) / 2, y, size)


LEFT_TEXT = [
    "今年以来，我局会同各区加快推进道路整修工作，完成背街小巷改造四十二条。",
    "下一步，我们将继续做好道路的日常养护，及时修复破损路面，保障市民出行安全和",
]
RIGHT_TEXT = [  # the right column opens with the end of the left column's last paragraph
    "便利，并接受社会各界的监督。",
    "同时，我局将优化公交线路，在学校和医院周边增设站点，方便群众出行。",
]


def _two_column_page() -> Page:
    title = _centred("关于加强城市道路管理的答复", 100.0, 22.0)
    left, left_end = _column(LEFT_TEXT, LEFT_COLUMN, 160.0)
    # the run-on line at the top of the right column is not indented
    right = _chars(RIGHT_TEXT[0], RIGHT_COLUMN, 160.0)
    more, right_end = _column(RIGHT_TEXT[1:], RIGHT_COLUMN, 160.0 + PITCH)
    below = max(left_end, right_end) + PITCH
    footer = _chars("抄送：市人民政府办公厅，市政协提案委员会，各区交通运输部门。", LEFT_COLUMN, below)
    number = _centred("— 1 —", 800.0)
    return Page(1, WIDTH, HEIGHT, 0, title + left + right + more + footer + number)


def test_two_columns_are_read_left_then_right_between_the_title_and_the_footer() -> None:
    blocks, warnings = layout_pages([_two_column_page()])
    assert [b.text for b in blocks] == [
        "关于加强城市道路管理的答复",
        LEFT_TEXT[0],
        LEFT_TEXT[1] + RIGHT_TEXT[0],  # a paragraph runs on from the foot of one column to the next
        RIGHT_TEXT[1],
        "抄送：市人民政府办公厅，市政协提案委员会，各区交通运输部门。",
        "— 1 —",
    ]
    assert blocks[0].hints.centered and not blocks[1].hints.centered
    assert blocks[2].joins == []  # on to the next column is no page break
    assert blocks[-1].hints.page_edge == "bottom"
    assert [(code, "column by column" in message) for code, message in warnings] == [("layout-unusual", True)]


def test_the_gutter_splits_the_band_between_the_full_width_lines() -> None:
    page = _two_column_page()
    lines = page_lines(page)
    segments = split_columns(lines[:-1], WIDTH)  # the page number set aside, as the reader does
    assert segments is not None
    assert [(s.band, s.full_width) for s in segments] == [(0, True), (1, False), (1, False), (2, True)]
    left, right = segments[1], segments[2]
    assert left.hi <= RIGHT_COLUMN and right.lo >= LEFT_COLUMN + PER_LINE * SIZE
    assert "".join(c.text for row in right.rows for c in row).startswith("便利")


def test_a_single_column_page_with_a_table_and_a_signature_is_not_split() -> None:
    body = [
        "根据市政府工作安排，现将今年道路整修项目的责任分工通知如下，请各单位按照分工抓好落实，"
        "确保项目按期完成，切实改善群众的出行条件。",
        "各责任单位要明确专人负责，制定施工计划，合理安排工期，减少施工对交通的影响，并做好安全防护工作。",
    ]
    glyphs = _centred("关于道路整修项目分工的通知", 100.0, 22.0)
    column, y = _column(body, 80.0, 160.0, per_line=28)
    glyphs += column
    rows = [("序号", "项目", "责任单位"), ("1", "中山路整修", "区建设局"), ("2", "解放路拓宽", "区交通局")]
    rows += [("3", "滨江路绿化", "区园林局"), ("4", "人民路照明", "区城管局")]
    for number, item, owner in rows:  # cells with gaps wider than a gutter, down the page's middle
        glyphs += _chars(number, 100.0, y) + _chars(item, 200.0, y) + _chars(owner, 380.0, y)
        y += PITCH
    column, y = _column(["以上项目请于年底前完成，并按月报送进度。"], 80.0, y, per_line=28)
    glyphs += column
    glyphs += _chars("某某市交通运输局", 528.0 - 8 * SIZE, y + 2 * PITCH)  # a right-aligned 落款
    glyphs += _chars("2024年5月6日", 528.0 - 7 * SIZE, y + 3 * PITCH)
    page = Page(1, WIDTH, HEIGHT, 0, glyphs)
    assert split_columns(page_lines(page), WIDTH) is None
    blocks, warnings = layout_pages([page])
    texts = [b.text.replace(" ", "") for b in blocks]
    assert texts == [
        "关于道路整修项目分工的通知",
        *body,
        "序号项目责任单位",
        "1中山路整修区建设局",
        "2解放路拓宽区交通局",
        "3滨江路绿化区园林局",
        "4人民路照明区城管局",
        "以上项目请于年底前完成，并按月报送进度。",
        "某某市交通运输局",
        "2024年5月6日",
    ]
    assert not any("column by column" in message for _, message in warnings)


def test_a_two_column_reply_in_ofd_has_its_sections_in_reading_order() -> None:
    title = _centred("关于加快老旧小区改造的答复", 80.0, 22.0)
    head = _chars("王委员：", LEFT_COLUMN, 130.0)
    left, _ = _column(
        [
            "您提出的关于加快老旧小区改造的提案收悉，现答复如下：",
            "一、推进改造计划",
            "今年全市计划改造老旧小区一百个，目前已开工六十个。",
        ],
        LEFT_COLUMN,
        170.0,
    )
    right, right_end = _column(
        [
            "二、完善配套设施",
            "改造中同步加装电梯，增设停车位和充电桩。",
            "三、加强长效管理",
            "推动小区成立业主委员会，引入专业物业服务。",
        ],
        RIGHT_COLUMN,
        170.0,
    )
    closing = _chars("感谢您对我们工作的关心和支持。", LEFT_COLUMN + 2 * SIZE, right_end + PITCH)
    signature = _chars("某某市住房和城乡建设局", 525.0 - 11 * SIZE, right_end + 3 * PITCH)
    date = _chars("2024年6月10日", 525.0 - 8 * SIZE, right_end + 4 * PITCH)
    page = Page(1, WIDTH, HEIGHT, 0, title + head + left + right + closing + signature + date)
    doc = govdoc.parse(write_ofd([page], shuffle=7), format="ofd")
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "推进改造计划"),
        ("二、", "完善配套设施"),
        ("三、", "加强长效管理"),
    ]
    assert [p.text for p in doc.sections[1].paragraphs] == ["改造中同步加装电梯，增设停车位和充电桩。"]
    assert any(w.code == "layout-unusual" and "column by column" in w.message for w in doc.warnings)


def test_a_page_of_full_width_prose_is_known_single_column_without_a_gutter_search(monkeypatch: Any) -> None:
    from govdoc.readers import columns

    def no_search(*args: object) -> None:
        raise AssertionError("searched for a gutter")

    monkeypatch.setattr(columns, "gutter", no_search)
    text = "各责任单位要明确专人负责，制定施工计划，合理安排工期，减少施工对交通的影响。"
    glyphs = [g for k in range(8) for g in _chars(text[:28], 80.0, 160.0 + k * PITCH)]
    assert split_columns(page_lines(Page(1, WIDTH, HEIGHT, 0, glyphs)), WIDTH) is None


def test_a_line_covers_the_gutter_zone_only_without_a_gap_as_wide_as_a_gutter() -> None:
    from govdoc.readers.columns import GUTTER, ZONE, _covers

    start, stop, narrowest = int(ZONE[0] * WIDTH), int(ZONE[1] * WIDTH), GUTTER * SIZE

    def line(gap: float) -> Any:  # 14 characters, then a gap in the zone's middle, then 14 more
        glyphs = _chars("道路整修工作进展情况的报告内容", 60.0, 100.0)[:14]
        glyphs += _chars("道路整修工作进展情况的报告内容", glyphs[-1].x1 + gap, 100.0)[:14]
        return page_lines(Page(1, WIDTH, HEIGHT, 0, glyphs))[0]

    assert _covers(line(0.0), start, stop, narrowest)
    assert _covers(line(narrowest - 0.5), start, stop, narrowest)
    assert not _covers(line(narrowest + 0.5), start, stop, narrowest)  # a gutter fits in that gap
    short = page_lines(Page(1, WIDTH, HEIGHT, 0, _chars("道路整修工作", 60.0, 100.0)))[0]
    assert not _covers(short, start, stop, narrowest)  # ends before the zone does
