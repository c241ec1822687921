"""The general causes behind round-20 damaged and scraped text probe misses
(tests/test_probes_20_noise.py), each shown by a NEW example written for it, not the probe's text:
what the cause is, where it is fixed (a pattern row, a table or a rule), and that the example failed on
the session's start (/work/s20start). The guards beside them hold ordinary text that looks like the
damage: a rule that drops or re-reads a line or a character must not take the text's own (a numbered
link list, a 简报's column heading, a figure with a decimal point, a 文号 cited in a sentence)."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, squashed


def _reply(body: str, tail: str = "", head: str = "", closing: str = "特此答复。\n") -> str:
    """A short reply with `head` lines above it and `tail` lines under its 落款."""
    return (
        f"{head}"
        "关于区政协十五届三次会议第0420号提案的答复\n"
        "巫某委员：\n"
        "您提出的关于改善社区卫生服务的提案收悉，现答复如下：\n"
        f"{body}"
        f"{closing}"
        "某区卫生健康局\n"
        "2024年10月8日\n"
        f"{tail}"
    )


def _in_text(doc: govdoc.Document, line: str) -> bool:
    return squashed(line) in squashed(doc.text)


def _tree(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(x.marker, x.title, [p.text for p in x.paragraphs]) for x in doc.iter_sections()]


# --- a link box between two sections takes no heading (rules.cleanup.furniture._link_lists) ---------


def test_a_link_box_between_two_numbered_sections_leaves_the_next_sections_heading() -> None:
    """`延伸阅读` and two links where the page's column fell between 1. and 2.: the links are chrome,
    `2.服务提升` goes on from the body's `1.` and is its next section, not a third link (s20start
    took it with the box, unwarned)."""
    doc = checked(
        _reply(
            "1.设施建设\n今年新建社区卫生服务站三个。\n延伸阅读\n全区基层医疗机构名录\n家庭医生签约服务指南\n"
            "2.服务提升\n全区推行家庭医生签约服务。\n"
        )
    )
    assert _tree(doc) == [
        ("1.", "设施建设", ["今年新建社区卫生服务站三个。"]),
        ("2.", "服务提升", ["全区推行家庭医生签约服务。"]),
    ]
    assert not _in_text(doc, "家庭医生签约服务指南")


def test_guard_a_numbered_link_list_under_a_numbered_body_is_all_chrome() -> None:
    """Guard: a numbered link list (`1.` `2.` titles) under `相关文章` after a body numbered 1. 2.: the
    links do not go on from the body's last number, so they are the box's links and leave."""
    doc = checked(
        _reply(
            "1.设施建设\n今年新建社区卫生服务站三个。\n2.服务提升\n全区推行家庭医生签约服务。\n",
            tail="相关文章\n1.区卫健局召开基层卫生工作会议\n2.全区启动家庭医生签约服务月活动\n",
        )
    )
    assert [x.marker for x in doc.iter_sections()] == ["1.", "2."]
    assert not _in_text(doc, "家庭医生签约服务月活动")


# --- a latest-news label cutting a sentence is a sidebar's, inside the text too ----------------------


def test_a_hot_articles_box_cutting_a_sentence_leaves_and_the_sentence_joins() -> None:
    """`热门文章` and its links between `…服务站三个，` and the sentence's rest: a 简报's column heading
    never cuts a sentence, so the box is the sidebar's (s20start kept label and links inside the joined
    paragraph)."""
    doc = checked(
        _reply(
            "今年全区新建社区卫生服务站三个，\n热门文章\n全区秋季爱国卫生运动启动\n区医院新院区开诊\n改造村卫生室十个。\n"
        )
    )
    assert doc.preamble[-1].text == "今年全区新建社区卫生服务站三个，改造村卫生室十个。"
    assert not _in_text(doc, "热门文章") and not _in_text(doc, "新院区开诊")


def test_guard_a_hot_spot_column_heading_after_a_whole_sentence_stays() -> None:
    """Guard: a 简报 whose column heading `热点新闻` stands under a whole sentence and over its item: the
    heading stays the text's (diffread-A A4 holds)."""
    doc = checked(
        "工作简报\n第8期\n某区卫生健康局办公室编　　2024年10月8日\n"
        "本期导读：全区卫生健康工作情况。\n热点新闻\n全区启动秋季爱国卫生运动。\n"
    )
    assert _in_text(doc, "热点新闻")


# --- a half-width copy's running text begins at its first `.` after a Han character ---------------


def test_a_related_reading_box_in_a_copy_with_every_stop_half_width_leaves() -> None:
    """A copy whose every 。 turned `.`: the running text begins at its first sentence all the same,
    so `相关阅读` and its links between two paragraphs are the page's (s20start found no sentence, no
    beginning, and kept them)."""
    doc = checked(
        _reply(
            "今年全区新建社区卫生服务站三个.\n相关阅读\n区卫健局开展义诊进社区活动\n下一步,我局将推进医联体建设.\n",
            closing="特此答复.\n",
        )
    )
    assert not _in_text(doc, "义诊进社区")
    assert [p.text for p in doc.preamble][-2:] == ["今年全区新建社区卫生服务站三个.", "下一步,我局将推进医联体建设."]


def test_guard_a_figure_with_a_decimal_point_is_no_sentence_end() -> None:
    """Guard: a title line above the text ending on a figure with a decimal point (…增长3.5) and a
    `相关阅读` label over it: no sentence has begun, the line is no link and stays."""
    doc = checked(
        "相关阅读\n关于全区卫生总费用增长3.5\n"
        "关于区政协十五届三次会议第0420号提案的答复\n巫某委员：\n"
        "您提出的关于改善社区卫生服务的提案收悉，现答复如下：\n今年全区新建社区卫生服务站三个。\n"
        "特此答复。\n某区卫生健康局\n2024年10月8日\n"
    )
    assert "internal-error" not in codes(doc)
    assert doc.header.title == "关于区政协十五届三次会议第0420号提案的答复"
