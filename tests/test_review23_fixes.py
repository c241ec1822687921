"""Findings of review23 fixed by the lead, each on a new example of its cause."""

from __future__ import annotations

import json

import govdoc


def test_a_json_records_escaped_backslashes_read_as_json_says() -> None:
    # R7: conv23's "\\ escapes one only in Markdown" left a crawler record's JSON escapes doubled
    body = "各科室：\n请将材料存放至 D:\\资料\\2024\\统计 目录。\n特此通知。\n某县统计局办公室\n2024年5月6日"
    record = json.dumps({"title": "关于报送统计材料的通知", "content": body}, ensure_ascii=False)
    assert "D:\\\\资料" in record  # the file holds JSON's escapes
    doc = govdoc.parse_text(record)
    assert "D:\\资料\\2024\\统计" in doc.text
    assert "\\\\" not in doc.text


def test_a_plain_texts_unc_path_keeps_both_backslashes() -> None:
    text = (
        "关于报送统计材料的通知\n各科室：\n    请将材料存放至共享盘 \\\\10.1.1.5\\统计 目录。\n    特此通知。\n"
        "某县统计局办公室\n2024年5月6日\n"
    )
    doc = govdoc.parse_text(text)
    assert "\\\\10.1.1.5\\统计" in doc.text
