"""Seventeenth round of structure probes: short documents written as an outside tester would.

DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

from typing import Any

import pytest

import govdoc
from tests.probing import checked, closing, codes, items, ordinals, paragraphs, phases, signed, tree

HEAD = "关于区政协十届三次会议第0317号提案的答复\n周某委员：\n您提出的关于完善社区养老服务的提案收悉，现答复如下：\n"
TAIL = "\n某区民政局\n2025年8月12日"
SIGNED = (("某区民政局",), "2025-08-12")


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def same(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Every check of a probe compared at once, so one run shows all of its misses."""
    wrong = {k: {"got": got[k], "want": v} for k, v in want.items() if got[k] != v}
    assert not wrong, wrong


def gap(doc: govdoc.Document) -> bool:
    return "numbering-gap" in codes(doc)


def subs(section: govdoc.Section) -> list[list[str]]:
    """The paragraph texts of each sub-section of `section`."""
    return [paragraphs(s) for s in section.sections]


def all_items(section: govdoc.Section) -> list[list[tuple[int, str, str]]]:
    return [items(p) for p in section.paragraphs]


def pre_items(doc: govdoc.Document) -> list[list[tuple[int, str, str]]]:
    return [items(p) for p in doc.preamble]


# Batch 1 (written before any run): ㈠㈡ (the parenthesised ideographs of U+3220), ⒈ and ⑴ at two levels


def test_parenthesised_ideograph_glyphs_under_a_top_heading() -> None:
    doc = body(
        "一、关于助餐服务\n㈠社区食堂\n全区建成社区食堂二十个。\n㈡老年助餐点\n建成助餐点六十个。\n"
        "二、关于上门服务\n开展上门服务一万人次。"
    )
    same(
        {"tree": tree(doc), "subs": subs(doc.sections[0]), "two": paragraphs(doc.sections[1]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于助餐服务"),
                (2, "cn-paren", "㈠", "社区食堂"),
                (2, "cn-paren", "㈡", "老年助餐点"),
                (1, "cn", "二、", "关于上门服务"),
            ],
            "subs": [["全区建成社区食堂二十个。"], ["建成助餐点六十个。"]],
            "two": ["开展上门服务一万人次。"],
            "gap": False,
        },
    )


def test_parenthesised_ideograph_glyphs_as_the_top_family_run_in() -> None:
    doc = body(
        "㈠建设养老驿站。全区建成驿站四十个。\n㈡培育服务队伍。培训护理员六百人。\n㈢完善补贴政策。补贴标准提高两成。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections], "signed": signed(doc)},
        {
            "tree": [
                (1, "cn-paren", "㈠", "建设养老驿站"),
                (1, "cn-paren", "㈡", "培育服务队伍"),
                (1, "cn-paren", "㈢", "完善补贴政策"),
            ],
            "paras": [["全区建成驿站四十个。"], ["培训护理员六百人。"], ["补贴标准提高两成。"]],
            "signed": SIGNED,
        },
    )


def test_digit_full_stop_glyphs_over_parenthesised_digit_glyphs_under_a_top_heading() -> None:
    doc = body(
        "一、关于资金保障\n⒈市级补助\n⑴建设补贴\n每张床位补贴一万元。\n⑵运营补贴\n每月每床二百元。\n⒉区级配套\n按一比一配套。"
    )
    one = doc.sections[0]
    same(
        {"tree": tree(doc), "deep": subs(one.sections[0]), "last": paragraphs(one.sections[1]), "gap": gap(doc)},
        {
            "tree": [
                (1, "cn", "一、", "关于资金保障"),
                (2, "num", "⒈", "市级补助"),
                (3, "num-paren", "⑴", "建设补贴"),
                (3, "num-paren", "⑵", "运营补贴"),
                (2, "num", "⒉", "区级配套"),
            ],
            "deep": [["每张床位补贴一万元。"], ["每月每床二百元。"]],
            "last": ["按一比一配套。"],
            "gap": False,
        },
    )


def test_digit_full_stop_glyphs_as_the_top_family_over_parenthesised_digit_glyphs() -> None:
    doc = body(
        "⒈工作进展\n⑴机构建设\n新建机构五家。\n⑵人才培养\n培训六百人。\n⒉下步打算\n下一步，我局将扩大服务覆盖面。"
    )
    same(
        {"tree": tree(doc), "phases": phases(doc.sections[1]), "signed": signed(doc)},
        {
            "tree": [
                (1, "num", "⒈", "工作进展"),
                (2, "num-paren", "⑴", "机构建设"),
                (2, "num-paren", "⑵", "人才培养"),
                (1, "num", "⒉", "下步打算"),
            ],
            "phases": ["plan"],
            "signed": SIGNED,
        },
    )


def test_one_paren_ideograph_family_written_as_glyph_then_in_brackets_is_one_run() -> None:
    doc = body(
        "一、关于医养结合\n㈠签约服务\n签约率百分之八十。\n（二）床位转换\n转换床位三百张。\n㈢远程医疗\n覆盖全部机构。"
    )
    same(
        {"styles": [(s.style, s.ordinal) for s in doc.sections[0].sections], "gap": gap(doc)},
        {"styles": [("cn-paren", 1), ("cn-paren", 2), ("cn-paren", 3)], "gap": False},
    )


def test_parenthesised_ideograph_glyphs_followed_by_a_pause_mark() -> None:
    doc = body("一、关于队伍建设\n㈠、专业护理员\n持证上岗率百分之九十。\n㈡、志愿者\n注册志愿者三千人。")
    same(
        {"tree": tree(doc), "subs": subs(doc.sections[0])},
        {
            "tree": [
                (1, "cn", "一、", "关于队伍建设"),
                (2, "cn-paren", "㈠、", "专业护理员"),
                (2, "cn-paren", "㈡、", "志愿者"),
            ],
            "subs": [["持证上岗率百分之九十。"], ["注册志愿者三千人。"]],
        },
    )


def test_digit_full_stop_glyphs_opening_long_points_have_no_title() -> None:
    doc = body(
        "⒈全区现有养老机构二十三家，床位四千张，入住率达到百分之六十五，较上年提高五个百分点。\n"
        "⒉全区社区养老服务中心实现街道全覆盖，每个中心配备专职社工不少于三名。"
    )
    same(
        {"tree": tree(doc), "paras": [paragraphs(s) for s in doc.sections]},
        {
            "tree": [(1, "num", "⒈", None), (1, "num", "⒉", None)],
            "paras": [
                ["全区现有养老机构二十三家，床位四千张，入住率达到百分之六十五，较上年提高五个百分点。"],
                ["全区社区养老服务中心实现街道全覆盖，每个中心配备专职社工不少于三名。"],
            ],
        },
    )


def test_ten_parenthesised_ideograph_glyphs_run_on_in_brackets_at_eleven_and_twelve() -> None:
    glyphs = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
    names = ["城东", "城西", "城南", "城北", "新港", "高桥", "花园", "湖滨", "南岭", "北湖", "东岸", "西岭"]
    lines = [f"{g}{n}街道\n建成驿站一个。" for g, n in zip(glyphs, names, strict=False)]
    lines += ["（十一）东岸街道\n建成驿站一个。", "（十二）西岭街道\n建成驿站一个。"]
    doc = body("一、关于驿站布局\n" + "\n".join(lines))
    subs_ = doc.sections[0].sections
    same(
        {
            "ordinals": [s.ordinal for s in subs_],
            "markers": [s.marker for s in subs_][-3:],
            "titles": [s.title for s in subs_][-2:],
            "gap": gap(doc),
        },
        {
            "ordinals": list(range(1, 13)),
            "markers": ["㈩", "（十一）", "（十二）"],
            "titles": ["东岸街道", "西岭街道"],
            "gap": False,
        },
    )
