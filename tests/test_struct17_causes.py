"""Causes found by the seventeenth round of structure probes (tests/test_probes_17_structure.py),
each tested with new examples of the cause, not the probe's own text, and guards beside them."""

from __future__ import annotations

import govdoc
from tests.probing import checked, paragraphs, signed, tree

REPLY = "关于县人大十八届二次会议第056号建议的答复\n刘某代表：\n"
OPENING = "您提出的关于加强农村饮水安全保障的建议收悉，现答复如下："
END = "\n某县水利局\n2025年9月3日"
SIGNED = (("某县水利局",), "2025-09-03")


def reply(text: str) -> govdoc.Document:
    return checked(REPLY + OPENING + "\n" + text + END)


# Cause 1: a line ending on the marker that opens an inline list's member (`…整改分三步（一）`) was
# joined to the line under it only where it filled a hard wrap's width: a copy broken there by its
# writer or a web page (no width) kept `…（一）` as a paragraph of its own and the list's rest as
# another, though no paragraph ends on the marker of a member yet to be written.


def test_a_line_ending_on_a_paren_digits_members_marker_carries_on_below_without_a_wrap_width() -> None:
    doc = reply("一、关于水源保护\n水源地整治的重点是（1）\n设立界桩；（2）清理污染源；（3）定期监测。")
    assert paragraphs(doc.sections[0]) == ["水源地整治的重点是（1）设立界桩；（2）清理污染源；（3）定期监测。"]
    assert doc.sections[0].sections == ()


def test_a_line_ending_on_a_paren_ideograph_members_marker_carries_on_below() -> None:
    doc = reply(
        "一、关于管网改造\n整改分三步进行（一）\n全面排查，（二）集中整改，（三）组织验收。\n二、关于水质检测\n每月检测一次。"
    )
    assert tree(doc) == [(1, "cn", "一、", "关于管网改造"), (1, "cn", "二、", "关于水质检测")]
    assert paragraphs(doc.sections[0]) == ["整改分三步进行（一）全面排查，（二）集中整改，（三）组织验收。"]


def test_a_line_ending_on_a_circled_members_marker_carries_on_below() -> None:
    doc = reply("一、关于水源保护\n全年整治水源地十二处，采取的办法是①\n设立界桩；②清理污染源；③定期监测。")
    assert paragraphs(doc.sections[0]) == ["全年整治水源地十二处，采取的办法是①设立界桩；②清理污染源；③定期监测。"]


def test_a_note_mark_or_a_bracketed_number_ending_a_line_without_its_successor_below_stays_apart() -> None:
    doc = reply("一、关于水源保护\n全年整治水源地一百二十处①\n各乡镇均已完成②划界工作。")
    assert paragraphs(doc.sections[0]) == ["全年整治水源地一百二十处①", "各乡镇均已完成②划界工作。"]
    doc = reply("一、关于水质检测\n检测结果详见附表（1）\n我局将每季度公开一次。")
    assert paragraphs(doc.sections[0]) == ["检测结果详见附表（1）", "我局将每季度公开一次。"]


# Cause 2: a short hard-wrapped copy has too few cut lines to pile up at one width, and its evidence
# (open lines at the longest length, cut inside a clause) left out every line opening with a
# marker, as a heading's line; a line whose marker goes on with a sentence (an article's text, an
# untitled point, a run-in heading's paragraph) is a paragraph's line cut by the width like any other.
# A short regulation or a reply of numbered points, whose every cut line opens with its marker, was
# never re-joined.


def cut(lines: list[str], width: int) -> str:
    return "\n".join(line[k : k + width] for line in lines for k in range(0, len(line), width))


def test_a_short_reply_of_run_in_points_wrapped_at_a_width_stays_rejoined() -> None:
    first = "1.关于水源保护。全年整治水源地十二处，设立界桩三百个。"
    second = "2.关于水质检测。下一步，我局将增加检测频次，每月公开结果。"
    doc = checked(REPLY + cut([OPENING, first, second, "特此答复。"], 18) + END)
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [
        ("关于水源保护", [first[9:]]),
        ("关于水质检测", [second[9:]]),
    ]
    assert signed(doc) == SIGNED


def test_a_short_reply_of_untitled_points_parted_by_semicolons_wrapped_at_a_width_is_rejoined() -> None:
    first = "1.全县新建集中供水工程六处；改造老旧管网一百二十公里。"
    second = "2.全县农村自来水普及率达到百分之九十八；规模化供水覆盖率达到百分之八十。"
    doc = checked(
        "关于农村供水情况的复函\n县人大农业农村委：\n"
        + cut(["来函收悉。现函复如下：", first, second, "特此函复。"], 18)
        + END
    )
    assert [(s.title, paragraphs(s)) for s in doc.sections] == [(None, [first[2:]]), (None, [second[2:]])]
    assert signed(doc) == SIGNED


def test_a_short_regulation_of_articles_wrapped_at_a_width_is_rejoined() -> None:
    articles = [
        "某县农村供水工程管理办法",
        "第一条　为加强农村供水工程管理，保障群众饮水安全，制定本办法。",
        "第二条　县水利局负责全县农村供水工程的监督管理，乡镇人民政府负责日常管护。",
    ]
    doc = checked(cut(articles, 16))
    assert [paragraphs(s) for s in doc.sections] == [[articles[1][4:]], [articles[2][4:]]]


def test_short_lines_opening_with_markers_and_titles_only_give_no_width() -> None:
    doc = reply("一、关于水源保护\n（一）划定保护区\n全县划定水源保护区十二处。\n（二）整治污染源\n关停养殖场三家。")
    assert [s.title for s in doc.sections[0].sections] == ["划定保护区", "整治污染源"]
    assert [paragraphs(s) for s in doc.sections[0].sections] == [["全县划定水源保护区十二处。"], ["关停养殖场三家。"]]


# Cause 3: the digit-stop glyphs (⒈ ⒉ …) carry their own stop, and the marker took no mark after
# them, while the other glyph families take a typist's pause mark (㈠、, ⑴、, ①、): `⒈、市级补助` kept its
# 、 as the title's first character.


def test_digit_stop_glyphs_with_a_pause_mark_run_in_with_their_text() -> None:
    doc = reply("⒈、加强水源巡查。每月巡查两次。\n⒉、完善管护制度。出台管护办法。")
    assert [(s.style, s.ordinal, s.marker, s.title, paragraphs(s)) for s in doc.sections] == [
        ("num", 1, "⒈、", "加强水源巡查", ["每月巡查两次。"]),
        ("num", 2, "⒉、", "完善管护制度", ["出台管护办法。"]),
    ]


def test_a_digit_stop_glyph_before_its_title_alone_stays_as_it_was() -> None:
    doc = reply("一、关于水质\n⒈检测\n每月一次。\n⒉公开\n每季一次。")
    assert [(s.marker, s.title) for s in doc.sections[0].sections] == [("⒈", "检测"), ("⒉", "公开")]


# Cause 4: the circled numbers past ⑳ (㉑–㉟, ㊱–㊿) stand in two other Unicode blocks, which neither the
# marker pattern nor the glyph numbers knew: a list of more than twenty circled points ended at its
# twentieth, the rest its paragraphs.

VILLAGES = [f"{n}村" for n in "东西南北中上下前后左右大小新老高低红绿青白金银铜铁"]


def test_twenty_five_circled_points_keep_their_numbers_past_twenty() -> None:
    circled = "".join(chr(0x2460 + k) for k in range(20)) + "㉑㉒㉓㉔㉕"
    doc = reply(
        "一、关于供水到户\n" + "\n".join(f"{c}{v}\n已通自来水。" for c, v in zip(circled, VILLAGES, strict=True))
    )
    points = doc.sections[0].sections
    assert [s.ordinal for s in points] == list(range(1, 26))
    assert [(s.style, s.marker, s.title, paragraphs(s)) for s in points[20:22]] == [
        ("circled", "㉑", "白村", ["已通自来水。"]),
        ("circled", "㉒", "金村", ["已通自来水。"]),
    ]
    assert "numbering-gap" not in [w.code for w in doc.warnings]


def test_circled_thirty_six_follows_thirty_five_across_the_blocks_without_a_gap() -> None:
    circled = "".join(chr(0x2460 + k) for k in range(20)) + "".join(chr(0x3251 + k) for k in range(15)) + "㊱㊲"
    doc = reply("一、关于供水到户\n" + "\n".join(f"{c}第{k + 1}组\n已通水。" for k, c in enumerate(circled)))
    points = doc.sections[0].sections
    assert [s.ordinal for s in points] == list(range(1, 38))
    assert "numbering-gap" not in [w.code for w in doc.warnings]


def test_an_inline_list_ending_a_line_on_its_twentieth_circled_number_runs_on_to_the_twenty_first() -> None:
    items = "；".join(f"{chr(0x2460 + k)}第{k + 1}组" for k in range(19))
    doc = reply("一、关于供水到户\n已通水的有：" + items + "；⑳\n第20组；㉑第21组。")
    assert paragraphs(doc.sections[0]) == ["已通水的有：" + items + "；⑳第20组；㉑第21组。"]


# Cause 5 (found after the landing, batch 18): the inline list's marker a line may end on was a bracketed
# number or a circled one only; the glyph families of the same lists (⑴, ㈠, ⒈) ending a line left the
# list's rest a paragraph of its own, as cause 1 did for every marker before it.


def test_a_line_ending_on_a_paren_digit_glyph_members_marker_carries_on_below() -> None:
    doc = reply("一、关于水源保护\n整治分两步：⑴\n排查污染源，⑵限期整改到位。")
    assert paragraphs(doc.sections[0]) == ["整治分两步：⑴排查污染源，⑵限期整改到位。"]


def test_a_line_ending_on_an_ideograph_glyph_or_a_digit_stop_glyph_members_marker_carries_on_below() -> None:
    doc = reply("一、关于水源保护\n重点做好㈠\n界桩设置；㈡巡查管护。")
    assert paragraphs(doc.sections[0]) == ["重点做好㈠界桩设置；㈡巡查管护。"]
    doc = reply("一、关于水源保护\n重点做好⒈\n界桩设置；⒉巡查管护。")
    assert paragraphs(doc.sections[0]) == ["重点做好⒈界桩设置；⒉巡查管护。"]


def test_a_glyph_ending_a_line_without_its_successor_below_stays_apart() -> None:
    doc = reply("一、关于水质检测\n检测结果详见附表⑵\n我局将每季度公开一次。")
    assert paragraphs(doc.sections[0]) == ["检测结果详见附表⑵", "我局将每季度公开一次。"]
