"""The lead's fixes of session 25, each pinned by a new example of its cause.

A text laid out as pdftotext -layout gives it: paragraphs open with four spaces and wrap flush at the
page's measure, a page's foot holds a blank line and its number. A numbered point whose first line
holds no stop reads, by the contract's letter, as a heading standing alone; where that line fills the
measure and the flush line under it carries it on, the wrap cut it, and it is one untitled point.
"""

from __future__ import annotations

import pytest

import govdoc
from tests.docx_builder import NS, W_NS, make_docx, p
from tests.probing import checked, codes

_MEASURE = 26  # full-width characters a line of these pages holds; an indent takes two of them


def _width(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def _laid_out(paragraphs: list[str]) -> list[str]:
    """Each paragraph indented four spaces (two characters of the measure) and wrapped flush where the
    next character would pass the measure, a half-width digit taking half a character's width (so the
    lines hold different counts of characters, as a justified page's lines do)."""
    lines: list[str] = []
    for text in paragraphs:
        line, room = "    ", _MEASURE - 2.0
        for ch in text:
            if _width(ch) > room:
                lines.append(line)
                line, room = "", float(_MEASURE)
            line += ch
            room -= _width(ch)
        lines.append(line)
    return lines


def _points(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]


_HEAD = [
    "关于县政协九届二次会议第18号提案的答复",
    "",
    "孙某委员：",
]
_OPENING = "您提出的关于改善乡村道路照明条件的提案收悉。经研究，现答复如下："
_POINT_1 = "一、2024年全县在120个行政村主干道路安装太阳能路灯1200盏，已全部通电运行。"
_POINT_2 = "二、2025年争取上级补助资金在剩余40个行政村道路补装太阳能路灯800盏并建立日常管护机制。"
_FOOT = [
    "    特此答复。",
    "",
    "                                        某县交通运输局",
    "                                        2024年9月2日",
]


def test_a_numbered_point_cut_at_the_measure_is_one_point_not_a_heading_over_its_rest() -> None:
    lines = [*_HEAD, *_laid_out([_OPENING, _POINT_1, _POINT_2]), *_FOOT]
    doc = checked("\n".join(lines) + "\n")
    # each point one sentence of more than 30 characters: untitled, its whole text the paragraph
    assert _points(doc) == [
        ("一、", None, [_POINT_1[2:]]),
        ("二、", None, [_POINT_2[2:]]),
    ]
    assert "page-break-joined" in codes(doc)


def test_a_numbered_point_cut_by_a_page_foot_with_a_blank_above_its_number_goes_on() -> None:
    body = _laid_out([_OPENING, _POINT_1, _POINT_2])
    cut = (
        next(i for i, line in enumerate(body) if line.startswith("    二、")) + 1
    )  # the page ends after the second point's first line
    lines = [*_HEAD, *body[:cut], "", "                              — 1 —", "\f" + body[cut], *body[cut + 1 :], *_FOOT]
    doc = checked("\n".join(lines) + "\n")
    assert _points(doc) == [
        ("一、", None, [_POINT_1[2:]]),
        ("二、", None, [_POINT_2[2:]]),
    ]
    assert "— 1 —" not in doc.text


def test_a_short_heading_at_a_page_foot_keeps_its_title_over_the_flush_paragraph_after_the_page() -> None:
    """The look-alike: a heading alone, far short of the measure, at a page's foot; the next page opens
    flush. Its line is its title; the paragraph under it is its own."""
    plan = "我局将继续争取上级补助资金，逐步实现全县行政村道路路灯全覆盖。"
    lines = [
        *_HEAD,
        *_laid_out([_OPENING]),
        "    一、已开展的工作",
        *_laid_out(["今年全县在一百二十个行政村主干道路安装太阳能路灯一千二百盏，已全部通电运行。"]),
        "    二、下一步工作",
        "",
        "                              — 1 —",
        "\f" + plan[:_MEASURE],
        plan[_MEASURE:],
        *_FOOT,
    ]
    doc = checked("\n".join(lines) + "\n")
    assert _points(doc) == [
        ("一、", "已开展的工作", ["今年全县在一百二十个行政村主干道路安装太阳能路灯一千二百盏，已全部通电运行。"]),
        ("二、", "下一步工作", [plan]),
    ]


def test_agenda_rows_opening_with_a_span_of_two_times_stay_one_row_each() -> None:
    """A training notice's schedule: each row opens with its time span (written with ～, - and 至) and
    ends at its line; no row is joined to the next and nothing is warned (review25 R1)."""
    rows = [
        "8:30～9:00 学员报到",
        "9:00-10:30 专题辅导：基层财务管理实务",
        "10:40至11:40 分组讨论",
        "14:30～16:00 现场教学",
    ]
    source = "\n".join(
        [
            "关于举办全县村级财务人员培训班的通知",
            "各乡镇人民政府：",
            "为提高村级财务人员业务水平，县财政局定于2024年4月18日举办培训班。现将有关事项通知如下：",
            "一、培训安排",
            *rows,
            "二、参训人员",
            "各村报账员一名。",
            "特此通知。",
            "某县财政局",
            "2024年4月10日",
        ]
    )
    doc = checked(source + "\n")
    assert _points(doc)[0] == ("一、", "培训安排", rows)
    assert "page-break-joined" not in codes(doc)


def _vml_boxes_body(count: int) -> str:
    return "".join(
        f"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{p(f'第{i}栏')}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r></w:p>"
        for i in range(count)
    )


def test_a_text_box_s_group_is_looked_for_within_its_own_drawing_not_the_whole_body() -> None:
    """A form built of many VML text boxes: where each box stands in a group is asked of the elements
    of its own drawing, ending at its w:pict, never of the body's every paragraph (review25 R4: the
    walk up to w:body made a box's look-up grow with the document, the form's read quadratic)."""
    from lxml import etree

    from govdoc.readers.docx.shapes import group_ancestors

    root = etree.fromstring(f"<w:document {NS}><w:body>{_vml_boxes_body(50)}</w:body></w:document>".encode())
    boxes = list(root.iter(f"{{{W_NS}}}txbxContent"))
    assert len(boxes) == 50
    for box in boxes:
        tags = [etree.QName(a).localname for a in group_ancestors(box)]
        assert tags == ["textbox", "shape", "pict"]


def test_a_form_of_vml_text_boxes_reads_every_box_in_order() -> None:
    doc = govdoc.parse(make_docx(_vml_boxes_body(30)))
    assert [line for line in doc.text.split("\n") if line.startswith("第")] == [f"第{i}栏" for i in range(30)]


@pytest.mark.parametrize(
    "lower",
    [
        "东岭县人民政府安全生产委员会办公室东岭县交通运输局东岭县公安局　2024年9月20日",
        "东岭县乡村振兴工作领导小组办公室东岭县农业农村局　2024年9月20日",
    ],
    ids=["three-organs", "a-group-office"],
)
def test_a_long_organ_and_date_line_under_a_dated_signer_parses_with_the_signer_kept(lower: str) -> None:
    """Under an organ-and-date line, a second such line too long for a row's cell (no cells to read)
    once crashed the signature rule (diffread-A A7); the first signer and the date are read, and the
    long line is kept in the text."""
    source = (
        "关于县人大十九届二次会议第0045号建议的答复\n"
        "许某代表：\n"
        "您提出的建议收悉，现答复如下：\n"
        "今年全县完成农村公路安全生命防护工程一百二十公里。\n"
        "特此答复。\n"
        "东岭县交通运输局　2024年9月20日\n" + lower + "\n"
    )
    doc = checked(source)
    s = doc.signature
    assert s is not None
    assert (s.issuers[0], s.date) == ("东岭县交通运输局", "2024-09-20")
    assert lower.split("　")[0] in doc.text


def test_an_agenda_opening_with_its_first_hour_and_holding_a_session_twice_keeps_every_line() -> None:
    """A schedule copied without its head opens with an hour, and holds one session twice (the same line under
    two hours): the later hour is hours after the first, no screenshot's clock minutes later, so nothing leaves
    (diffread-B A1: the hours and the second session were dropped, the hours unsaid)."""
    lines = [
        "14:00",
        "各组报到并领取培训资料",
        "14:30",
        "专题辅导（基层财务规范化管理）",
        "16:00",
        "专题辅导（基层财务规范化管理）",
        "17:00",
        "结业测试",
    ]
    doc = checked("\n".join(lines) + "\n")
    assert doc.text.split("\n") == lines
    assert "repeat-dropped" not in codes(doc)


def test_screenshots_clocks_that_leave_are_named_in_the_warning() -> None:
    shot = ["某区城市管理局关于区政协第0031号提案的答复", "刘某委员：", "您提出的关于规范共享单车停放的提案收悉。"]
    rest = ["今年以来我局在主次干道施划共享单车停放区一百二十处。", "特此答复。", "某区城市管理局", "2024年7月2日"]
    source = "\n".join(["9:41", *shot, "9:42", *shot[-1:], *rest]) + "\n"
    doc = checked(source)
    assert "9:41" not in doc.text and "9:42" not in doc.text
    said = [w.message for w in doc.warnings if w.code == "repeat-dropped"]
    assert len(said) == 1 and "「9:41」" in said[0] and "「9:42」" in said[0]


@pytest.mark.parametrize("offset", ["²", "①", "٣", "9" * 5000], ids=["superscript", "circled", "arabic-indic", "long"])
def test_a_floating_table_whose_offset_is_no_ascii_number_is_read_in_place_not_a_crash(offset: str) -> None:
    """A floating table placed from the page (w:tblpPr vertAnchor="page") whose w:tblpY holds figures `int` refuses:
    no known place, so it is read where it stands (diffread-B A6: an internal-error)."""
    cells = "".join(f"<w:tr><w:tc>{p(text)}</w:tc></w:tr>" for text in ("抄送：县财政局。", "县水利局办公室"))
    table = f'<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="page" w:tblpY="{offset}"/></w:tblPr>{cells}</w:tbl>'
    body = p("关于做好河道巡查工作的通知") + p("各镇人民政府：") + p("请按月上报巡查记录。") + table + p("某县水利局")
    doc = govdoc.parse(make_docx(body), format="docx")
    assert doc.text.index("请按月上报巡查记录。") < doc.text.index("抄送") < doc.text.index("某县水利局")
