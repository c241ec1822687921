"""fixB26: the second reader's findings (DIFFREAD-A lines in /work/coord/alerts.md), each at its general cause.

Each test holds a NEW example of the cause (not the finding's repro), its expected values written by hand
from the contract, and fails on main before the fix.
"""

from __future__ import annotations

from govdoc import parse_text

# N1/N5 (2195b3d3, struct26 cause 4): TITLE_HEAD_ORGAN refused 局/厅/署 wherever 长/务 and 会 followed, so an
# organ named once before its post's meeting (某县统计局长办公会议纪要: the 局 shared by the organ and the post)
# lost its issuer, while a doubled ending before another meeting word (局党组会, 厅务（扩大）会) still gave
# 某…局局. The cause is the doubling: the second of two same endings is the next word's first character.


def _minutes(title: str) -> str:
    return f"{title}\n\n2026年4月9日，主要负责同志主持召开会议。会议议定如下：\n一、同意年度工作安排。\n"


def test_an_organ_sharing_its_ending_with_the_posts_meeting_is_the_issuer() -> None:
    issuers = [parse_text(_minutes(t)).header.issuer for t in ("某县统计局长办公会议纪要", "某省民政厅长专题会议纪要")]
    assert issuers == ["某县统计局", "某省民政厅"]


def test_a_doubled_ending_before_any_meeting_word_is_the_organs_once() -> None:
    issuers = [
        parse_text(_minutes(t)).header.issuer
        for t in ("某市审计局局党组扩大会议纪要", "某省民政厅厅务（扩大）会议纪要", "某县统计局局长办公会议纪要")
    ]
    assert issuers == ["某市审计局", "某省民政厅", "某县统计局"]
