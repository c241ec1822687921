"""fixB26: the second reader's findings (DIFFREAD-A lines in /work/coord/alerts.md), each at its general cause.

Each test holds a NEW example of the cause (not the finding's repro), its expected values written by hand
from the contract, and fails on main before the fix.
"""

from __future__ import annotations

import govdoc
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


# N4 (2195b3d3, struct26 cause 5): every member family took the 是 after its word, so a sentence opening with
# 最后是否/第三是不是 after a run of members became a member whose marker held the question's 是. The 是 of
# 是否 or 是不是 asks; it is no marker's.
def _markers(doc: govdoc.Document) -> list[str]:
    paras = list(doc.preamble) + [p for s in doc.iter_sections() for p in s.paragraphs]
    return [i.marker for p in paras for i in p.items]


def test_a_question_opening_after_a_run_of_members_is_no_member() -> None:
    doc = parse_text(
        "关于增设公交线路的答复\n\n李某某委员：\n您提出的提案收悉。现答复如下：\n"
        "增设线路需做好两项准备。首先，要完成客流调查；其次，要落实车辆和驾驶员。"
        "最后是不是开通夜班车，还要看试点情况。\n"
        "线路调整分步推进。第一，优化站点布局；第二，延长运营时间。第三是否延伸到开发区，将另行研究。\n"
        "感谢您对交通工作的关心。\n某县交通运输局\n2026年5月8日\n"
    )
    assert _markers(doc) == ["首先", "其次", "第一", "第二"]
