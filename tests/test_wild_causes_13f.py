"""Causes found by hand in wild documents of list B (session 13, engineer wildf), each shown on a
new short example written for it, not on the wild text that showed it, and each with its other
side (what the rule must leave as it was):

- a gazette's contents list (entries with leader dots and page numbers, numbered again under each
  group) whose last entry lost its dots and page number (the page was cut inside it) was read as
  a section: the entry that goes on numbering the entries right after them is one more entry.
"""

from __future__ import annotations

import govdoc


def _gazette(last_entry: str) -> govdoc.Document:
    return govdoc.parse_text(
        "青河市人民政府公报\n"
        "2023年第四期\n"
        "目　录\n"
        "【市政府文件】\n"
        "1.青河市人民政府关于公布第三批市级文物保护单位的通知…………………………(2)\n"
        "2.青河市人民政府关于调整最低工资标准的通知………………………………………(5)\n"
        "【市政府办公室文件】\n"
        "1.青河市人民政府办公室关于印发全民健身实施计划的通知……………………(8)\n"
        "2.青河市人民政府办公室关于做好冬春季农田水利建设的通知………………(13)\n"
        f"{last_entry}\n"
    )


def test_a_contents_entry_cut_before_its_leader_dots_goes_on_numbering_the_entries() -> None:
    doc = _gazette("3.青河市人民政府办公室关于")
    assert doc.sections == ()
    assert not any(w.code == "numbering-gap" for w in doc.warnings)
    assert "3.青河市人民政府办公室关于" in [p.text for p in doc.preamble]  # kept as a line


def test_a_numbered_line_after_the_entries_that_starts_again_is_still_a_section() -> None:
    doc = _gazette("一、总体安排")
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "总体安排")]
