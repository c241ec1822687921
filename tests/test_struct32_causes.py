"""Causes found by session 32's structure probes (tests/test_probes_32_structure.py), each tested on a NEW example
of the cause, not the probe document itself; every cause's test fails on /work/s32start (a guard of a cause's edge,
named so, passes on both)."""

from __future__ import annotations

from tests.probing import checked, levels, paras, tree

_FRONT = (
    "关于市人大九届二次会议第27号建议的答复\n闵某代表：\n您提出的《关于推进城乡供水一体化的建议》收悉，现答复如下：\n"
)
_FOOT = "\n特此答复。\n漶州市水利局\n2026年5月20日"


def _reply(body: str) -> str:
    return _FRONT + body + _FOOT


def test_arabic_figures_in_tortoise_shell_or_lenticular_brackets_open_bracketed_number_points() -> None:
    """Cause 1: a typist who writes （一） as 〔一〕 or 【一】 writes （1） as 〔1〕 or 【1】; only an ideograph numeral
    counted as a marker inside those brackets, so the points under a 〔一〕 heading ran into its paragraphs."""
    doc = checked(
        _reply(
            "一、关于水源保障\n【一】水源工程\n【1】新建苕川水库\n总库容一千二百万立方米。\n【2】扩建荭湾水厂\n日供水能力增加五万吨。\n"
            "【二】应急水源\n建设应急备用水源两处。\n二、关于管网延伸\n〔 1 〕城区管网延伸至荭湾镇。\n〔 2 〕镇区管网延伸至行政村。"
        )
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于水源保障"),
        (2, "cn-paren", "【一】", "水源工程"),
        (3, "num-paren", "【1】", "新建苕川水库"),
        (3, "num-paren", "【2】", "扩建荭湾水厂"),
        (2, "cn-paren", "【二】", "应急水源"),
        (1, "cn", "二、", "关于管网延伸"),
        (2, "num-paren", "〔 1 〕", "城区管网延伸至荭湾镇"),
        (2, "num-paren", "〔 2 〕", "镇区管网延伸至行政村"),
    ]
    assert paras(doc)[2:4] == [["总库容一千二百万立方米。"], ["日供水能力增加五万吨。"]]


def test_a_document_numbers_year_or_serial_in_tortoise_shell_brackets_opens_no_point_guard() -> None:
    """Cause 1's edge (a guard, passes before and after): a 文号's year brought to a line's start (〔2026〕12号) and a
    two-digit serial before 号 (〔26〕3号) stay words of the sentence."""
    doc = checked(
        _reply(
            "一、关于水源保障\n根据《漶州市人民政府关于推进城乡供水一体化的实施意见》（漶政发\n〔2026〕12号）要求，"
            "新建苕川水库。\n按照漶水字\n〔26〕3号文件，扩建荭湾水厂。"
        )
    )
    assert levels(doc) == [(1, "cn", 1)]


def test_sequence_words_opening_their_members_on_must_parted_by_commas() -> None:
    """Cause 2: 首先要…，其次要…，再次要… (the 要 of 一要 after a sequence word) parted by commas only: a sequence word
    without its comma was a member only before a semicolon's 其次, so the run was lost."""
    doc = checked(
        _reply(
            "一、关于供水管理\n推进城乡供水一体化，首先要统一规划建设，其次要统一运营管理，再次要统一水质标准，确保群众喝上放心水。"
        )
    )
    p = doc.sections[0].paragraphs[0]
    assert [(i.ordinal, i.marker, i.lead) for i in p.items] == [
        (1, "首先", "要统一规划建设"),
        (2, "其次", "要统一运营管理"),
        (3, "再次", "要统一水质标准，确保群众喝上放心水"),
    ]


def test_a_lone_first_must_or_a_requirement_is_no_run_guard() -> None:
    """Cause 2's edge (a guard, passes before and after): one 首先要 alone is no run, and 最后要求 (a requirement)
    opens no member."""
    doc = checked(
        _reply("一、关于供水管理\n首先要感谢您对供水工作的关心。\n二、关于水质监测\n最后要求各水厂每日检测出厂水质。")
    )
    assert [[len(p.items) for p in s.paragraphs] for s in doc.sections] == [[0], [0]]


def test_a_short_hard_wrapped_copy_whose_cut_lines_are_untitled_points_joins_them() -> None:
    """Cause 3: a short reply's text layer (a PDF's lines copied out, each cut at the page's width) whose only cut
    lines are the first lines of untitled points (（一）… with commas and no stop yet), beside a sentence that filled the
    width and hung its colon past it: a marker's line counted as a heading's, whose length says nothing of the width,
    so no width was read, and each point's first line stood as its title (half a sentence) over the sentence's tail."""
    lines = [
        "关于市人大九届二次会议第27号建议的答复",
        "闵某代表：",
        "您提出的《关于推进城乡供水一体化的建议》收悉，现答复如下：",
        "（一）今年新建苕川水库一座，扩建荭湾水厂一座，日供水能力",
        "增加五万吨，惠及群众十二万人。",
        "（二）今后两年，我局将把城区管网延伸至全部行政村，实现城",
        "乡供水同网同质。",
        "特此答复。",
        "漶州市水利局",
        "2026年5月20日",
    ]
    doc = checked("\n".join(lines))
    assert tree(doc) == [(1, "cn-paren", "（一）", None), (1, "cn-paren", "（二）", None)]
    assert paras(doc) == [
        ["今年新建苕川水库一座，扩建荭湾水厂一座，日供水能力增加五万吨，惠及群众十二万人。"],
        ["今后两年，我局将把城区管网延伸至全部行政村，实现城乡供水同网同质。"],
    ]


def test_headings_holding_a_comma_over_their_text_in_a_short_copy_stay_titled_guard() -> None:
    """Cause 3's edge (a guard, passes before and after): heading lines whose titles hold a comma, of different
    lengths, over whole one-line sentences are headings, not lines a width cut."""
    doc = checked(
        _reply(
            "一、关于统一规划，分步实施\n全市供水规划已经市政府批准。\n二、关于统一管理，确保水质\n"
            "全市水厂统一由市供水公司运营。"
        )
    )
    assert [s.title for s in doc.iter_sections()] == ["关于统一规划，分步实施", "关于统一管理，确保水质"]
    assert paras(doc) == [["全市供水规划已经市政府批准。"], ["全市水厂统一由市供水公司运营。"]]


def test_two_comma_headings_as_the_longest_lines_of_a_copy_of_short_sentences_stay_titled_guard() -> None:
    """Cause 3's edge (a guard, passes before and after): two headings whose titles hold a comma, at one length and
    the longest lines of a reply of short sentences, end open as cut points do; no sentence fills their length, so no
    width cut them and each keeps its title over its sentence."""
    doc = checked(
        _reply(
            "一、关于统一规划建设，分步推进实施\n全市供水规划已获批准。\n二、关于统一运营管理，确保供水水质\n水厂统一运营。"
        )
    )
    assert [s.title for s in doc.iter_sections()] == [
        "关于统一规划建设，分步推进实施",
        "关于统一运营管理，确保供水水质",
    ]
    assert paras(doc) == [["全市供水规划已获批准。"], ["水厂统一运营。"]]
