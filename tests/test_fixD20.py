"""Fixes of diffread-A's findings on round 20's trailer code (genre20's and struct20's), each tested with
a new example of the cause (failing on main before its fix) and a guard that the case the code was
written for still reads."""

from __future__ import annotations

import govdoc
from tests.probing import checked, paragraphs, signed


def last_paragraphs(doc: govdoc.Document) -> list[str]:
    """The paragraphs of the body's last section: where the body ends."""
    return paragraphs(doc.iter_sections()[-1])


# A8: a place heading's venues (二、会议地点 ⏎ 区行政中心三楼会议室) are its text, not the 落款's co-signers;
# the fix skipped ONE line under it, so where the heading lists several venues (考点地址： ⏎ 三所学校) the
# second and later venues signed. The venues are the lines of one kind under it (ending alike), up to a
# line set apart by a blank line.

CLINIC = "关于组织开展2024年全县教职工健康体检的通知\n各学校：\n一、体检时间\n2024年9月2日至6日。\n"


def test_several_venues_under_a_place_sentence_closed_by_a_colon_do_not_co_sign() -> None:
    doc = checked(
        CLINIC + "二、体检安排\n本次体检分三个院区进行，体检地点：\n县人民医院\n县中医院\n县妇幼保健院\n"
        "县教育局\n2024年8月20日"
    )
    assert signed(doc) == (("县教育局",), "2024-08-20")
    assert last_paragraphs(doc)[-3:] == ["县人民医院", "县中医院", "县妇幼保健院"]


def test_several_venues_under_a_place_heading_over_a_blank_line_do_not_co_sign() -> None:
    doc = checked(
        "关于举办2024年全县农村实用人才培训班的通知\n各乡镇人民政府：\n一、培训时间\n2024年7月1日至5日。\n"
        "二、培训地点\n县委党校\n县职业技术学校\n\n县农业农村局\n县人力资源和社会保障局\n2024年6月18日"
    )
    assert signed(doc) == (("县农业农村局", "县人力资源和社会保障局"), "2024-06-18")
    assert last_paragraphs(doc) == ["县委党校", "县职业技术学校"]


def test_guard_one_venue_under_a_place_heading_over_two_co_signers() -> None:
    doc = checked(CLINIC + "二、体检地点\n县人民医院体检中心\n县教育局\n县卫生健康局\n2024年8月20日")
    assert signed(doc) == (("县教育局", "县卫生健康局"), "2024-08-20")
    assert last_paragraphs(doc) == ["县人民医院体检中心"]
