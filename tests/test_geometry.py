"""The shared page geometry fed directly: characters or whole recognised lines, in any order."""

from __future__ import annotations

import random
from collections.abc import Callable

from govdoc.readers.geometry import Glyph, Page, layout_pages, page_lines, split_run
from tests.timing import growth

SIZE = 16.0  # 三号, the 公文 body size, in points
LEFT, RIGHT = 80.0, 80.0 + 28 * SIZE  # 28 characters to a line


def _line_run(text: str, x: float, y: float, size: float = SIZE) -> Glyph:
    """One recognised line as OCR gives it: the text and the box around all of it."""
    width = sum(size if ord(ch) > 0x2E7F else size / 2 for ch in text)
    return Glyph(text, x, x + width, y, size)


def test_a_run_is_cut_into_characters_by_their_width() -> None:
    glyphs = split_run(Glyph("第12号 and 计划", 0.0, 7.5 * 16.0, 100.0, 16.0))
    assert "".join(g.text for g in glyphs) == "第12号and计划"
    assert [g.x1 - g.x0 for g in glyphs[:3]] == [16.0, 8.0, 8.0]
    assert [g.text for g in glyphs if g.space_after] == ["号", "d"]


def test_line_boxes_make_the_same_paragraphs_as_characters() -> None:
    first = "各区人民政府，市政府各委、办、局：根据工作安排，现将有关事项通知如下。这一段"
    rows = [
        _line_run("关于做好有关工作的通知", LEFT + 8 * SIZE, 100),
        _line_run(first[:28], LEFT, 150),
        _line_run(first[28:], LEFT, 178),
        _line_run("一、提高认识，加强领导。", LEFT + 2 * SIZE, 206),
    ]
    random.Random(3).shuffle(rows)
    by_line = layout_pages([Page(1, 595, 842, 0, rows)])[0]
    by_char = layout_pages([Page(1, 595, 842, 0, [g for r in rows for g in split_run(r)])])[0]
    assert [b.text for b in by_line] == ["关于做好有关工作的通知", first, "一、提高认识，加强领导。"]
    assert [b.text for b in by_char] == [b.text for b in by_line]
    assert by_line[0].hints.centered and not by_line[1].hints.centered


def test_a_page_of_many_lines_is_laid_out_in_linear_time() -> None:
    def pages(count: int) -> Callable[[], object]:
        rows = [_line_run(f"第{k}行文字内容", LEFT + (k % 7) * 2.0, 40.0 + 20 * k) for k in range(count)]
        page = Page(1, 595, 40.0 + 20 * count + 40, 0, rows)

        def lay_out() -> None:
            assert len(page_lines(page)) == count
            layout_pages([page])

        return lay_out

    ratio = growth(pages(1000), pages(8000), bound=25)
    assert ratio <= 25, f"eight times the lines took {ratio:.1f}x the CPU time (linear is about 8x)"


def test_a_vowel_sign_is_never_spaced_from_its_letter() -> None:
    # Tamil போ: the letter and its vowel sign, placed apart as a layout without font widths may place them
    glyphs = [Glyph("ப", 100.0, 108.0, 200.0, 16.0), Glyph("ோ", 114.0, 122.0, 200.0, 16.0)]
    assert page_lines(Page(1, 595, 842, 0, glyphs))[0].text == "போ"


def test_running_heads_and_page_numbers_leave_the_text_by_rule_and_do_not_break_a_paragraph() -> None:
    from govdoc.pipeline import default_pipeline
    from govdoc.state import State

    paragraph = "为进一步做好有关工作现将有关事项通知如下请各单位认真贯彻落实确保各项任务按时完成" * 3
    cuts = [(0, 26, 2), (26, 54, 0), (54, 82, 0), (82, 110, 0), (110, len(paragraph), 0)]  # (from, to, indent)
    pages = []
    for n, rows_of_page in enumerate([cuts[:3], cuts[3:]], start=1):
        rows = [_line_run("某某市某某局文件汇编", LEFT + 9 * SIZE, 40)]
        for k, (start, end, indent) in enumerate(rows_of_page):
            rows.append(_line_run(paragraph[start:end], LEFT + indent * SIZE, 150 + 28 * k))
        rows.append(_line_run(f"— {n} —", LEFT + 12 * SIZE, 780))
        pages.append(Page(n, 595, 842, 0, rows))
    blocks = layout_pages(pages)[0]
    assert [b.text for b in blocks] == [
        "某某市某某局文件汇编",
        paragraph,
        "— 1 —",
        "某某市某某局文件汇编",
        "— 2 —",
    ]
    assert [b.hints.page_edge for b in blocks] == ["top", None, "bottom", "top", "bottom"]
    state = State(blocks=blocks)
    default_pipeline().run(state)
    assert [b.text for b in state.live()] == [paragraph]


def test_rules_drawn_with_dashes_are_dropped_and_a_line_of_ideographs_is_kept() -> None:
    # full-width hyphens fold to dashes; 一 (one) looks like a dash but is an ideograph
    rows = [
        _line_run("关于做好有关工作的通知", LEFT + 8 * SIZE, 100),
        _line_run("－－－－－－－－－－", LEFT, 130),
        _line_run("一一一一", LEFT + 2 * SIZE, 160),
        _line_run("———………", LEFT, 190),
    ]
    blocks = layout_pages([Page(1, 595, 842, 0, [g for r in rows for g in split_run(r)])])[0]
    assert "".join(b.text for b in blocks) == "关于做好有关工作的通知一一一一"


def test_short_paragraphs_opening_indented_keep_the_margin_where_their_wrapped_lines_go_on() -> None:
    # More lines start at the first-line indent than at the margin (one-line paragraphs), and one
    # of them fills the line: the next indented line still opens a paragraph of its own.
    full = "1.认真听取各方意见，结合实际情况适时调整办理的方案。"  # 2 + 24 characters: to the right edge
    rows = [
        _line_run("您好：您提出的关于改进社区服务的建议已经收到，现将有", LEFT + 2 * SIZE, 100),
        _line_run("关情况答复如下。", LEFT, 128),
        _line_run("我们会同有关部门对社区服务中心的布局进行了研究，认为", LEFT + 2 * SIZE, 156),
        _line_run("确有必要适当增加服务网点。", LEFT, 184),
        _line_run(full, LEFT + 2 * SIZE, 212),
        _line_run("2.加快社区服务网点建设进度。", LEFT + 2 * SIZE, 240),
        _line_run("3.定期公布社区服务网点名单。", LEFT + 2 * SIZE, 268),
        _line_run("4.听取居民对服务网点的评价。", LEFT + 2 * SIZE, 296),
    ]
    blocks = layout_pages([Page(1, 595, 842, 0, rows)])[0]
    assert [b.text for b in blocks][2:] == [
        full,
        "2.加快社区服务网点建设进度。",
        "3.定期公布社区服务网点名单。",
        "4.听取居民对服务网点的评价。",
    ]


def test_a_hanging_indent_keeps_its_items_apart_and_their_wrapped_lines_joined() -> None:
    # Items open at the margin and wrap two characters further in, so more lines start in than at
    # the margin; an item opens after the short last line of the one before, never after a full one.
    rows = [
        _line_run("1.社区服务中心要在每个工作日开放，周末安排人员轮流值班，", LEFT, 100),
        _line_run("遇到节假日要提前向社会公告开放的时间，方便居民上门办", LEFT + 2 * SIZE, 128),
        _line_run("理各类事项，并在服务大厅醒目位置张贴值班人员的姓名和", LEFT + 2 * SIZE, 156),
        _line_run("电话。", LEFT + 2 * SIZE, 184),
        _line_run("2.社区服务中心要公布服务事项和办理时限，并接受居民的监督", LEFT, 212),
        _line_run("和评议，对居民反映比较集中的问题都要限期整改到位，并", LEFT + 2 * SIZE, 240),
        _line_run("在每季度结束后的十个工作日内向居民代表会议报告整改的", LEFT + 2 * SIZE, 268),
        _line_run("结果。", LEFT + 2 * SIZE, 296),
    ]
    blocks = layout_pages([Page(1, 595, 842, 0, rows)])[0]
    assert [b.text for b in blocks] == [
        "1.社区服务中心要在每个工作日开放，周末安排人员轮流值班，遇到节假日要提前向社会公告开放的时间，方便居民上门办理各类事项，并在服务大厅醒目位置张贴值班人员的姓名和电话。",
        "2.社区服务中心要公布服务事项和办理时限，并接受居民的监督和评议，对居民反映比较集中的问题都要限期整改到位，并在每季度结束后的十个工作日内向居民代表会议报告整改的结果。",
    ]


def test_one_line_paragraphs_all_indented_take_the_margin_from_the_flush_line_above_them() -> None:
    # Every paragraph is one line opening two characters in, and an OCR layer measured each line's
    # width, so no two end together: the indent is the commonest start and no line wraps. The short
    # line flush left above an indented one shows where the margin is, and a long line then reads
    # as a paragraph's end, not as a line running on into the heading below it.
    rows = [
        _line_run("关于开展夏季安全生产检查的通知", LEFT + 6.5 * SIZE, 100),
        _line_run("各街道，区属各部门：", LEFT, 140),
        _line_run("为认真落实安全生产责任，经研究决定开展夏季检查工作。", LEFT + 2 * SIZE, 168),
        _line_run("一、检查范围", LEFT + 2 * SIZE, 196),
        _line_run("辖区内的工矿企业、商场市场和在建工地。", LEFT + 2 * SIZE, 224),
        _line_run("二、工作要求", LEFT + 2 * SIZE, 252),
        _line_run("各单位要在七月底前完成自查并报送检查结果。", LEFT + 2 * SIZE, 280),
    ]
    for k, row in enumerate(rows[2:], start=2):  # widths as measured: never quite the font's
        stretch = (0.95, 1.05, 0.97, 1.04, 0.98)[k - 2]
        row.x1 = row.x0 + (row.x1 - row.x0) * stretch
    blocks = layout_pages([Page(1, 595, 842, 0, rows)])[0]
    assert [b.text for b in blocks] == [
        "关于开展夏季安全生产检查的通知",
        "各街道，区属各部门：",
        "为认真落实安全生产责任，经研究决定开展夏季检查工作。",
        "一、检查范围",
        "辖区内的工矿企业、商场市场和在建工地。",
        "二、工作要求",
        "各单位要在七月底前完成自查并报送检查结果。",
    ]


def test_a_hanging_indent_measured_by_ocr_keeps_its_wrapped_lines_joined() -> None:
    # Items open at the margin and wrap two characters further in, and an OCR layer measured the
    # widths, so no two lines end together. An item's first line runs to the right edge: though it
    # stands two characters left of the lines after it, it is no short line above an indented
    # paragraph, and the wrapped lines stay joined to their items.
    rows = [
        _line_run("1.各单位要在每个工作日安排专人值守，周末安排人员轮流值班", LEFT, 100),
        _line_run("遇到节假日要提前公告开放的时间，方便群众前来办理事项", LEFT + 2 * SIZE, 128),
        _line_run("和咨询。", LEFT + 2 * SIZE, 156),
        _line_run("2.各单位要公布服务事项和办理时限，并接受群众的监督和评议", LEFT, 184),
        _line_run("对群众反映集中的问题要限期整改到位，并及时公布整改的", LEFT + 2 * SIZE, 212),
        _line_run("情况说明，做到件件有回音、事事有着落，接受群众的评价", LEFT + 2 * SIZE, 240),
        _line_run("结果。", LEFT + 2 * SIZE, 268),
    ]
    for row, stretch in zip(rows, (1.03, 0.96, 1.0, 0.98, 1.04, 0.97, 1.0), strict=True):
        row.x1 = row.x0 + (row.x1 - row.x0) * stretch
    blocks = layout_pages([Page(1, 595, 842, 0, rows)])[0]
    assert [b.text for b in blocks] == [
        "1.各单位要在每个工作日安排专人值守，周末安排人员轮流值班遇到节假日要提前公告开放的时间，方便群众前来办理事项和咨询。",
        "2.各单位要公布服务事项和办理时限，并接受群众的监督和评议对群众反映集中的问题要限期整改到位，并及时公布整改的情况说明，做到件件有回音、事事有着落，接受群众的评价结果。",
    ]
