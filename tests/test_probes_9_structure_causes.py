"""The general causes behind round 9's structure probe misses (tests/test_probes_9_structure.py),
each tested from a NEW example of the cause, worded afresh rather than copied from the probe that
showed it; each test failed on the session's starting source and passes with the fix."""

from __future__ import annotations

from tests.probing import checked

HEAD = "关于区人大十八届四次会议第0093号建议的答复\n李某代表：\n您提出的关于加强校园周边安全的建议收悉，现答复如下：\n"
END = "一、关于校园周边交通\n已在二十所学校门口设置护学岗。\n特此答复。\n某区教育局\n2024年8月2日\n"


def cc(source: str) -> tuple[str, ...]:
    doc = checked(source)
    assert doc.imprint is not None
    return doc.imprint.cc


# Cause 1 (batch 2): a 抄送 list wrapped inside one word of an organ's ending (市政府办 ⏎ 公厅) stayed
# two names, as the half above ends like an organ (办, 委) and the rest below is no ending alone.


def test_a_cc_list_wrapped_inside_office_after_a_long_line_keeps_the_office_whole() -> None:
    got = cc(HEAD + END + "抄送：区委办公室，区人大常委会办公室，区政协办\n公室，区法院。")
    assert got == ("区委办公室", "区人大常委会办公室", "区政协办公室", "区法院")


def test_a_short_cc_line_wrapped_inside_committee_keeps_the_committee_whole() -> None:
    got = cc(HEAD + END + "抄送：区发展和改革委\n员会，区财政局。")
    assert got == ("区发展和改革委员会", "区财政局")


def test_a_cc_line_ending_on_a_short_office_name_over_another_name_stays_two_names() -> None:
    got = cc(HEAD + END + "抄送：区委办\n区政府办。")
    assert got == ("区委办", "区政府办")
