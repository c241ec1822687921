"""A page of many organ-and-date rows (a task table copied as text, a year's schedule) is parsed, not
overflowed: the 落款 search asked, for every such row, what stood below it one call deeper, so a text
of about a thousand rows raised `internal-error` (RecursionError) up to session 20."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

ORGANS = ("县交通运输局", "县财政局", "县教育局", "县民政局", "县卫生健康局", "县水利局")


def _schedule(rows: int) -> str:
    lines = [
        "关于印发全县年度重点工作安排的通知",
        "各乡镇人民政府：",
        "    现将年度重点工作安排印发给你们，请认真抓好落实。",
    ]
    for k in range(rows):
        lines.append(f"{ORGANS[k % len(ORGANS)]}　{2001 + k // 300}年{k % 12 + 1}月{k % 27 + 1}日")
    lines += ["某县人民政府办公室", "2024年3月8日"]
    return "\n".join(lines) + "\n"


def test_a_page_of_two_thousand_organ_and_date_rows_is_parsed_without_an_internal_error() -> None:
    doc = govdoc.parse_text(_schedule(2000))
    check_invariants(doc)
    assert doc.header.title == "关于印发全县年度重点工作安排的通知"
    assert doc.signature is not None and doc.signature.date == "2024-03-08"


def test_a_short_schedule_above_the_signature_still_leaves_the_signature_to_the_last_lines() -> None:
    doc = govdoc.parse_text(_schedule(3))
    assert doc.signature is not None
    assert (list(doc.signature.issuers), doc.signature.date) == (["某县人民政府办公室"], "2024-03-08")
