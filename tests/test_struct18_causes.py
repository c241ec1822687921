"""Causes found by the eighteenth round of structure probes (tests/test_probes_18_structure.py),
each tested with new examples of the cause, not the probe's own text, and guards beside them."""

from __future__ import annotations

import govdoc
from tests.probing import checked, paragraphs, signed, tree

REPLY = "关于县人大十八届三次会议第071号建议的答复\n赵某代表：\n"
OPENING = "您提出的关于保障农村供水安全的建议收悉，现答复如下："
END = "\n某县水务局\n2025年10月9日"
SIGNED = (("某县水务局",), "2025-10-09")


def reply(text: str) -> govdoc.Document:
    return checked(REPLY + OPENING + "\n" + text + END)


# Cause 1: a bracketed number written with its closing bracket alone (`1）`, `一)`) took no space
# before that bracket, though the whole bracket takes spaces inside it (`( 1 )`, `（1 ）`). A space
# between two ideographs is a layout space the reader takes out (`一 ）` read as `一）`), but one beside
# a digit or a half-width bracket stays, so `1 ）水源地保护` or `一 )水源地保护` stood as a paragraph of
# the heading above while `（1 ）水源地保护` was a heading.


def test_digits_with_a_space_before_a_full_width_closing_bracket_alone_open_points() -> None:
    doc = reply("一、关于供水保障\n1 ）水源地保护\n划定保护区三处。\n2 ）管网改造\n改造管网二十公里。")
    assert tree(doc) == [
        (1, "cn", "一、", "关于供水保障"),
        (2, "num-paren", "1 ）", "水源地保护"),
        (2, "num-paren", "2 ）", "管网改造"),
    ]
    assert [paragraphs(s) for s in doc.sections[0].sections] == [["划定保护区三处。"], ["改造管网二十公里。"]]


def test_digits_with_two_spaces_before_a_half_width_closing_bracket_alone_open_points() -> None:
    doc = reply("一、关于水质检测\n1  )检测频次\n每月一次。\n2  )结果公开\n按季度公开。")
    assert [(s.style, s.ordinal, s.title) for s in doc.sections[0].sections] == [
        ("num-paren", 1, "检测频次"),
        ("num-paren", 2, "结果公开"),
    ]
    assert signed(doc) == SIGNED


def test_ideographs_with_a_space_before_a_half_width_closing_bracket_alone_open_headings() -> None:
    doc = reply("一 )关于水源地保护\n划定保护区三处。\n二 )关于管网改造\n改造管网二十公里。")
    assert [(s.level, s.style, s.ordinal, s.title) for s in doc.sections] == [
        (1, "cn-paren", 1, "关于水源地保护"),
        (1, "cn-paren", 2, "关于管网改造"),
    ]


def test_a_wrapped_brackets_spaced_tail_followed_by_punctuation_opens_no_point() -> None:
    doc = reply(
        "一、关于供水保障\n各乡镇改造任务（详见附件\n2 ），要按期完成。\n资金来源见《规划（2021-20\n25 ）》的要求。"
    )
    assert tree(doc) == [(1, "cn", "一、", "关于供水保障")]


def test_a_number_and_a_space_before_a_sentence_opens_no_bracket_point() -> None:
    doc = reply("一、关于供水保障\n全县改造管网\n12 公里，惠及群众两万人。")
    assert [s.style for s in doc.iter_sections()] == ["cn"]
