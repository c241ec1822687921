"""Session 26's fixes by fixA26, each a general cause with a new example of it (none is a held-out document).

1. A portal's information table (a `<dl>`, a `<table>`) whose 承办单位 row stands after its last known label lost
   the row: the table's run is cut at its known labels, and 承办单位, the contract's contact.unit label, was none
   of the one label table's (`patterns.INFO_TABLE_LABELS`). Now it is (metadata = the 键：值 pairs before the
   title), and a pair in the same row element (`<dl>`, `<tr>`) as the table's known labels is the table's too.
2. The same rows one cell a line (`承办单位：` ⏎ `某局` ⏎ `关于…的答复`): the organ under the bare label was taken
   for the title's first line (an organ over its 关于 line); the value under a label waiting for it is no title
   line (`rules.header_title`), and a contact label alone over its value in the head is read as one labelled
   line for contact.unit, as it is after the 落款.
"""

from __future__ import annotations

from collections.abc import Callable

import govdoc
from tests import hostile
from tests.docx_builder import make_docx, p
from tests.probing import checked

_REPLY = (
    "关于市政协十二届三次会议第0158号提案的答复\n"
    "钱某某委员：\n"
    "您提出的《关于完善社区养老服务设施的提案》收悉。经研究，现答复如下：\n"
    "一、加快设施建设。今年新建社区养老服务站12个，覆盖全部街道。\n"
    "感谢您对民政工作的关心和支持。\n"
    "临川市民政局\n"
    "2025年6月20日\n"
)


def _html(rows: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>提案办理_临川市政协</title></head>'
        '<body><div class="nav"><a href="/">首页</a><a href="/ta/">提案工作</a></div>'
        f'<div class="detail">{rows}'
        '<h1 class="title">关于市政协十二届三次会议第0158号提案的答复</h1><div class="text">'
        "<p>钱某某委员：</p>"
        "<p>您提出的《关于完善社区养老服务设施的提案》收悉。经研究，现答复如下：</p>"
        "<p>一、加快设施建设。今年新建社区养老服务站12个，覆盖全部街道，日间照料床位增加三百余张。</p>"
        "<p>二、补齐服务短板。引入专业机构运营站点9个，为高龄老人提供助餐、助浴服务。</p>"
        "<p>感谢您对民政工作的关心和支持。</p>"
        '<p style="text-align:right">临川市民政局</p><p style="text-align:right">2025年6月20日</p>'
        "</div></div><footer><p>临川市政协办公室主办</p></footer></body></html>"
    ).encode()


def test_a_dl_information_table_keeps_its_last_row_under_the_contact_unit_label() -> None:
    doc = govdoc.parse(
        _html(
            '<dl class="info"><dt>提案编号：</dt><dd>第0158号</dd><dt>提案人：</dt><dd>钱某某</dd>'
            "<dt>承办单位：</dt><dd>临川市民政局</dd></dl>"
        ),
        format="html",
    )
    assert doc.header.metadata.get("承办单位") == "临川市民政局"
    assert doc.header.metadata.get("提案编号") == "第0158号"
    assert doc.contact is not None and doc.contact.unit == "临川市民政局"
    assert "承办单位：临川市民政局" in doc.text
    assert doc.header.title == "关于市政协十二届三次会议第0158号提案的答复"


def test_a_table_row_of_the_contact_unit_label_after_the_known_rows_is_the_tables() -> None:
    doc = govdoc.parse(
        _html(
            "<table><tr><td>提案编号</td><td>第0158号</td></tr><tr><td>提案人</td><td>钱某某</td></tr>"
            "<tr><td>承办单位</td><td>临川市民政局</td></tr></table>"
        ),
        format="html",
    )
    assert doc.header.metadata.get("承办单位") == "临川市民政局"
    assert doc.contact is not None and doc.contact.unit == "临川市民政局"


def test_an_unknown_label_in_the_same_dl_as_the_known_ones_is_the_tables() -> None:
    doc = govdoc.parse(
        _html(
            '<dl class="info"><dt>提案编号：</dt><dd>第0158号</dd><dt>提案人：</dt><dd>钱某某</dd>'
            "<dt>办理时限：</dt><dd>三个月</dd></dl>"
        ),
        format="html",
    )
    assert doc.header.metadata.get("办理时限") == "三个月"
    assert doc.header.metadata.get("提案人") == "钱某某"


def test_the_contact_unit_one_cell_a_line_above_the_title_is_metadata_and_the_contacts_unit() -> None:
    doc = checked("提案编号：\n第0158号\n提案人：\n钱某某\n承办单位：\n临川市民政局\n" + _REPLY)
    assert doc.header.title == "关于市政协十二届三次会议第0158号提案的答复"
    assert dict(doc.header.metadata) == {"提案编号": "第0158号", "提案人": "钱某某", "承办单位": "临川市民政局"}
    assert doc.contact is not None and doc.contact.unit == "临川市民政局"


def test_the_contact_unit_on_one_line_reads_the_same() -> None:
    doc = checked("提案编号：第0158号\n提案人：钱某某\n承办单位：临川市民政局\n" + _REPLY)
    assert doc.header.title == "关于市政协十二届三次会议第0158号提案的答复"
    assert dict(doc.header.metadata) == {"提案编号": "第0158号", "提案人": "钱某某", "承办单位": "临川市民政局"}
    assert doc.contact is not None and doc.contact.unit == "临川市民政局"


def test_an_organ_under_a_bare_label_is_no_first_line_of_the_title_below_it() -> None:
    doc = checked(
        "索引号：\n11360100MB1234567X/2025-00412\n发布机构：\n临川市民政局\n"
        "关于做好2025年度高龄津贴发放工作的通知\n各县（区）民政局：\n"
        "为做好高龄津贴发放工作，现将有关事项通知如下。\n一、按时足额发放。各地于每月10日前发放到位。\n"
        "临川市民政局\n2025年3月2日\n"
    )
    assert doc.header.title == "关于做好2025年度高龄津贴发放工作的通知"
    assert doc.header.metadata.get("发布机构") == "临川市民政局"


def test_a_registers_head_of_glued_column_names_gives_no_pairs() -> None:
    # 承办单位 now a label of the table: a register's head row whose cells' names glued together opens with it
    # (承办单位意见 | 办理时间 | 内容 in its own words), and its labels have no values, so it is no row of pairs
    doc = checked(
        "案由：关于加强农村饮水安全保障的建议\n提案者：致公党临川市委会\n承办单位意见 答复日期 答复内容\n"
        "临川市水利局\n2025-05-18\n" + _REPLY
    )
    assert dict(doc.header.metadata) == {"案由": "关于加强农村饮水安全保障的建议", "提案者": "致公党临川市委会"}


# --- review26 R4: a text box inside a text box -------------------------------------------------------------------

_WPS = (
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
)


def _vml_box(inner: str) -> str:
    return f"<w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>"


def _dml_box(inner: str) -> str:
    return (
        f"<w:drawing><wp:inline {_WPS}><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{inner}"
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>"
    )


def _nested_reply(box: Callable[[str], str], depth: int) -> bytes:
    inner = p("护学岗点位由各校报送")
    for k in range(depth):
        inner = f"<w:p><w:r><w:t>说明{k + 1}</w:t></w:r><w:r>{box(inner)}</w:r></w:p>"
    return make_docx(
        p("关于加强校园周边交通安全的答复")
        + p("吴某某委员：")
        + p("您提出的提案收悉。现答复如下：我局已在全市中小学周边增设护学岗六十个。")
        + inner
        + p("临川市公安局")
        + p("2025年5月12日")
    )


def test_a_text_box_inside_a_text_box_is_read_once() -> None:
    for box in (_vml_box, _dml_box):
        doc = govdoc.parse(_nested_reply(box, 2), format="docx")
        assert doc.text.count("护学岗点位由各校报送") == 1, box.__name__
        assert doc.text.count("说明1") == 1 and doc.text.count("说明2") == 1, box.__name__


def test_boxes_nested_ten_deep_read_each_box_once() -> None:
    doc = govdoc.parse(_nested_reply(_vml_box, 10), format="docx")
    assert doc.text.count("护学岗点位由各校报送") == 1  # 1,024 times before: each level read its inner boxes again
    lines = doc.text.split("\n")
    assert all(lines.count(f"说明{k}") == 1 for k in (1, 5, 10))


# --- review26 R7: a lone surrogate in a PDF's text ----------------------------------------------------------------


def test_a_lone_surrogate_a_pdf_string_shows_becomes_a_replacement_character_said() -> None:
    lines = ("关于规范农贸市场管理的答复", "郑某某代表：", "您提出的建议收悉，现答复如下。")
    data = hostile.pdf_document(hostile.pdf_text(lines) + b"BT /F1 12 Tf 1 0 0 1 90 560 Tm <d800> Tj ET\n")
    doc = govdoc.parse(data, format="pdf", ocr="never")
    assert not any("\ud800" <= c <= "\udfff" for c in doc.text)
    assert "\ufffd" in doc.text
    assert "encoding-repaired" in [w.code for w in doc.warnings]
    assert "郑某某代表" in doc.to_json()  # writable: it raised UnicodeEncodeError
