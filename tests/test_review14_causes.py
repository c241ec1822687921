"""Causes session 14's independent review found in the round-12 fixes, each with a new example.

The round-12 noise and structure fixes widened three rules past what their evidence supports:
a browser's print band (a date and a clock time opening a line) took any line of a schedule or a
record as chrome and dropped it silently; a number with its closing bracket alone (1）, 一）) took
the tail of a parenthesis a hard wrap had cut (…（详见附件 ⏎ 1），…) as a section marker; and in a
text that marks its paragraphs by indents, an indented heading standing alone carried on into the
flush paragraph under it, even across a blank line, so the section lost its title. Expected values
are written from reading each text; each test fails on main before this change.
"""

from __future__ import annotations

from tests.probing import checked, tree


def test_a_record_opening_with_a_date_and_a_time_stays_in_the_text() -> None:
    """Lines of a record that open with a slash date and a clock time (2024/6/3 9:00 走访…，…) are the
    reply's own text: a print band's tail is a page's title, never a clause."""
    source = (
        "关于区人大二届四次会议第088号建议的答复\n"
        "丁某代表：\n"
        "您提出的关于改善老旧小区停车难的建议收悉。我局组织了两次现场办公：\n"
        "2024/6/3 9:00 走访东城小区，听取居民诉求；\n"
        "2024/6/17 15:30 会同街道召开协调会，确定增设车位方案。\n"
        "下一步，我局将督促物业落实方案。\n"
        "某区住房和城乡建设局\n"
        "2024年7月1日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == [
        "您提出的关于改善老旧小区停车难的建议收悉。我局组织了两次现场办公：",
        "2024/6/3 9:00 走访东城小区，听取居民诉求；",
        "2024/6/17 15:30 会同街道召开协调会，确定增设车位方案。",
        "下一步，我局将督促物业落实方案。",
    ]


def test_a_print_band_with_a_page_title_beside_its_time_is_still_furniture() -> None:
    """The band itself still goes: the time with the page's title and the site's name beside it."""
    source = (
        "2025/2/11 16:08  关于同意某镇调整行政区划的批复_某市人民政府\n"
        "某市人民政府关于同意某镇调整行政区划的批复\n"
        "某县人民政府：\n"
        "你县《关于调整某镇行政区划的请示》收悉。经研究，同意将某村划归某镇管辖。\n"
        "某市人民政府\n"
        "2025年2月10日\n"
    )
    doc = checked(source)
    assert "16:08" not in doc.text
    assert doc.header.title == "某市人民政府关于同意某镇调整行政区划的批复"


def test_the_tail_of_a_parenthesis_a_wrap_cut_before_its_closing_bracket_is_no_section() -> None:
    """A hard wrap cut `（见附表` ⏎ `2），…` and `《某规划（2026-20` ⏎ `30）》…`: the figure and the
    bracket under the open parenthesis are its tail, not a marker 2） or 30）: one paragraph each,
    joined with a warning, and no section."""
    source = (
        "关于市政协十四届二次会议第215号提案的答复\n"
        "孙某委员：\n"
        "您提出的关于推进城乡供水一体化的提案收悉。现答复如下：\n"
        "今年我局完成了十二个乡镇的管网改造（见附表\n"
        "2），新增受益人口八万余人，农村自来水普及率达到百分之九十八。\n"
        "我局将按照《某市供水专项规划（2026-20\n"
        "30）》的安排，继续推进管网延伸。\n"
        "特此答复。\n"
        "某市水利局\n"
        "2025年6月20日\n"
    )
    doc = checked(source)
    assert doc.sections == ()
    assert [p.text for p in doc.preamble] == [
        "您提出的关于推进城乡供水一体化的提案收悉。现答复如下：",
        "今年我局完成了十二个乡镇的管网改造（见附表2），新增受益人口八万余人，农村自来水普及率达到百分之九十八。",
        "我局将按照《某市供水专项规划（2026-2030）》的安排，继续推进管网延伸。",
    ]


def test_a_number_with_its_closing_bracket_alone_at_a_paragraphs_start_is_still_a_marker() -> None:
    """Where no parenthesis is left open above, 1）… and 2）… open sections as before."""
    source = (
        "关于某某建议的答复\n"
        "王某代表：\n"
        "您的建议收悉。现答复如下：\n"
        "1）加快项目审批\n"
        "我局已精简审批环节。\n"
        "2）加强资金保障\n"
        "我局已安排专项资金。\n"
        "某市发展和改革委员会\n"
        "2025年3月3日\n"
    )
    doc = checked(source)
    assert [(s[2], s[3]) for s in tree(doc)] == [("1）", "加快项目审批"), ("2）", "加强资金保障")]


def test_an_indented_heading_alone_keeps_its_title_over_a_flush_paragraph() -> None:
    """A text that indents its paragraphs' first lines (全角 spaces) and its headings too, with a
    heading's paragraph set flush under it: the heading's line is its title (a heading standing alone
    does not carry on into the line under it), and a blank line ends a paragraph."""
    source = (
        "关于县政协十届三次会议第045号提案的答复\n"
        "吴某委员：\n"
        "　　您提出的关于发展林下经济的提案收悉。经研究，现答复如下：\n"
        "　　一、扶持林下种植\n"
        "\n"
        "今年全县新发展林下中药材种植三千亩，带动农户四百余户增收。\n"
        "　　二、培育经营主体\n"
        "我局培育林下经济专业合作社十二家，\n"
        "示范基地五个。\n"
        "　　三、下一步工作\n"
        "\n"
        "我局将继续完善扶持政策，推动林下经济规模化发展。\n"
        "　　特此答复。\n"
        "某县林业局\n"
        "2025年8月12日\n"
    )
    doc = checked(source)
    assert [(s[2], s[3]) for s in tree(doc)] == [
        ("一、", "扶持林下种植"),
        ("二、", "培育经营主体"),
        ("三、", "下一步工作"),
    ]
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "今年全县新发展林下中药材种植三千亩，带动农户四百余户增收。"
    ]
    assert [p.text for p in doc.sections[2].paragraphs] == ["我局将继续完善扶持政策，推动林下经济规模化发展。"]
