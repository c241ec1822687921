"""The user's own example, beyond the scorer's fields: normalisation, joins, spans, leads, items."""

from __future__ import annotations

import govdoc


def test_markdown_marks_are_gone_from_the_text(seed_text: str) -> None:
    doc = govdoc.parse_text(seed_text)
    for mark in ("#", "**", "---"):
        assert mark not in doc.text


def test_each_page_break_split_is_joined_and_reported(seed_text: str) -> None:
    doc = govdoc.parse_text(seed_text)
    joined = [w for w in doc.warnings if w.code == "page-break-joined"]
    assert len(joined) == 4
    assert "发展遇到的问题瓶颈" in doc.text
    assert "企业申报首批次专项政策" in doc.text
    assert "的基础上，2021年出台" in doc.text
    assert "三是数字赋能城市管理" in doc.text
    for warning in joined:
        assert warning.span is not None
        assert "\n" not in doc.text[warning.span.start : warning.span.end]


def test_cut_marker_item_takes_its_text_from_the_next_block(seed_text: str) -> None:
    doc = govdoc.parse_text(seed_text)
    third = doc.sections[2].paragraphs[0].items[2]
    assert third.marker == "三是"
    assert third.lead == "数字赋能城市管理"
    assert third.text.startswith("三是数字赋能城市管理。深化“一网统管”")
    assert third.text.endswith("开发46类应用场景。")


def test_bold_lead_wins_over_the_sentence(seed_text: str) -> None:
    doc = govdoc.parse_text(seed_text)
    plan = doc.sections[0].paragraphs[1]
    assert plan.phase == "plan"
    assert [i.lead for i in plan.items] == [
        "强化组织领导，完善组织架构",
        "加大推进力度，优化企业服务",
        "加强协同配合，形成工作合力",
    ]


def test_sections_and_items_slice_back_to_their_text(seed_text: str) -> None:
    doc = govdoc.parse_text(seed_text)
    assert len(doc.sections) == 3  # 一、关于协调机制 二、关于产业发展 三、关于应用场景: the loops below are never empty
    assert all(p.items for s in doc.sections for p in s.paragraphs if "一是" in p.text)
    for section in doc.iter_sections():
        assert doc.text[section.span.start : section.span.end].startswith(section.marker)
        for para in section.paragraphs:
            assert doc.text[para.span.start : para.span.end] == para.text
            for item in para.items:
                assert doc.text[item.span.start : item.span.end] == item.text


def test_web_metadata_and_contact_are_read(seed_text: str) -> None:
    doc = govdoc.parse_text(seed_text)
    assert doc.header.metadata == {"办理结果": "采纳解决", "公开属性": "主动公开·全文"}
    assert doc.contact == govdoc.Contact(
        name="陈蕾艳", phones=("52564588-2305",), address="大渡河路1668号1号楼B区315室", postcode="200333"
    )
    assert doc.source.format == "text" and doc.source.encoding is None
