"""Causes found by the fourteenth round of structure probes (tests/test_probes_14_structure.py),
each tested with new examples of the cause, not the probe's own text, and guards beside them."""

from __future__ import annotations

from pathlib import Path

import govdoc
from tests.docx_builder import make_docx, p
from tests.probing import checked, closing, codes, paragraphs, signed, tree

REPLY = "关于区政协九届四次会议第0412号提案的答复\n陈某委员：\n您提出的关于繁荣社区文化生活的提案收悉，现答复如下：\n"
END = "\n某区文化和旅游局\n2024年12月3日"
SIGNED = (("某区文化和旅游局",), "2024-12-03")


# Cause 1: a numeral in tortoise-shell or lenticular brackets (〔一〕, 【二】), a typist's （一）, was no
# marker: the sub-sections were paragraphs of their parent, and a family written 〔一〕 then （二）
# warned a gap.


def test_tortoise_shell_numerals_open_paren_ideograph_sections() -> None:
    doc = checked(
        REPLY + "一、关于文化阵地\n〔一〕文化站\n全区建成文化站十二个。\n〔二〕农家书屋\n藏书二十万册。" + END
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于文化阵地"),
        (2, "cn-paren", "〔一〕", "文化站"),
        (2, "cn-paren", "〔二〕", "农家书屋"),
    ]
    assert [paragraphs(s) for s in doc.sections[0].sections] == [["全区建成文化站十二个。"], ["藏书二十万册。"]]


def test_lenticular_numerals_with_inner_spaces_open_sections_and_run_in() -> None:
    doc = checked(
        REPLY + "一、关于文艺活动\n【 一 】广场舞比赛。每年举办一次。\n【 二 】戏曲进社区。全年演出八十场。" + END
    )
    assert [(s.style, s.ordinal, s.title, paragraphs(s)) for s in doc.sections[0].sections] == [
        ("cn-paren", 1, "广场舞比赛", ["每年举办一次。"]),
        ("cn-paren", 2, "戏曲进社区", ["全年演出八十场。"]),
    ]


def test_one_family_written_in_lenticular_then_round_brackets_is_one_run_without_a_gap() -> None:
    doc = checked(
        REPLY
        + "一、关于经费\n【一】区级经费\n安排三百万元。\n（二）街道经费\n各街道配套。\n（三）社会资金\n引入企业赞助。"
        + END
    )
    assert [(s.level, s.ordinal) for s in doc.iter_sections()] == [(1, 1), (2, 1), (2, 2), (2, 3)]
    assert "numbering-gap" not in codes(doc)


def test_bracketed_labels_and_years_at_a_line_start_open_no_section() -> None:
    doc = checked(
        REPLY + "一、关于品牌活动\n【典型案例】某社区打造“邻里文化节”。\n【案例二】某街道开设夜校。\n"
        "〔2024〕年度计划已印发。\n二、关于队伍建设\n培训文化骨干二百人。" + END
    )
    assert tree(doc) == [(1, "cn", "一、", "关于品牌活动"), (1, "cn", "二、", "关于队伍建设")]
    assert len(doc.sections[0].paragraphs) == 3


def test_a_numeral_year_of_a_doc_number_wrapped_to_a_line_start_opens_no_section() -> None:
    # review16 R4: a 文号's bracketed year in numerals, cut to a line's start, is no 〔一〕 marker
    doc = checked(
        REPLY
        + "一、关于文化阵地\n按照市文化和旅游局关于加强基层文化阵地建设的文件\n〔一〕号文件精神，全区建成文化站十二个。\n"
        "【二〇二四】3号文件要求年内全部开放。\n二、关于队伍建设\n培训骨干二百人。" + END
    )
    assert tree(doc) == [(1, "cn", "一、", "关于文化阵地"), (1, "cn", "二、", "关于队伍建设")]
    assert "numbering-gap" not in codes(doc)


# Cause 2: a 落款 date the width cut after its year (二〇二四年 ⏎ 十二月三日) stayed two lines that no
# rule read as a date: the 落款 was lost, and the closing and the organ stayed in the last section; a
# digit year alone (2024年) was even dropped from the text as a site's date widget.


def test_an_ideograph_date_cut_after_its_year_is_the_signature_date() -> None:
    doc = checked(REPLY + "一、关于文化阵地\n建成文化站十二个。\n特此答复。\n某区文化和旅游局\n二〇二四年\n十二月三日")
    assert signed(doc) == SIGNED
    assert closing(doc) == "特此答复。"
    assert paragraphs(doc.sections[0]) == ["建成文化站十二个。"]
    assert doc.signature is not None and doc.signature.date_text == "二〇二四年十二月三日"
    assert "page-break-joined" in codes(doc)


def test_a_digit_year_cut_off_its_date_is_no_site_chrome_but_the_signature_dates_head() -> None:
    # a year alone is a site's date widget elsewhere (chrome, out of the text); over its month and day it
    # is the head of the 落款's date
    doc = checked(REPLY + "一、关于文化阵地\n建成文化站十二个。\n特此答复。\n某区文化和旅游局\n2024年\n12月3日")
    assert signed(doc) == SIGNED
    assert doc.signature is not None and doc.signature.date_text == "2024年12月3日"
    assert closing(doc) == "特此答复。"


def test_a_year_alone_over_a_line_that_is_no_month_and_day_stays_apart() -> None:
    doc = checked(
        REPLY + "一、关于文化阵地\n二〇二四年\n全区新建文化站三个。\n二、关于队伍建设\n培训骨干二百人。" + END
    )
    assert paragraphs(doc.sections[0]) == ["二〇二四年", "全区新建文化站三个。"]
    assert "page-break-joined" not in codes(doc)
    assert signed(doc) == SIGNED


# Cause 3: a reply's request to be corrected (以上答复如有不妥，请批评指正) written on at the end of the
# body's last line stayed body: only 特此… and 此复 were formulas there, while it too says nothing of
# the matter, only of the answer it closes.


def test_a_request_to_be_corrected_ending_the_last_line_is_the_closing() -> None:
    doc = checked(REPLY + "一、关于文化阵地\n全区建成文化站十二个，年内全部开放。如有不妥之处，敬请批评指正。" + END)
    assert closing(doc) == "如有不妥之处，敬请批评指正。"
    assert paragraphs(doc.sections[0]) == ["全区建成文化站十二个，年内全部开放。"]
    assert signed(doc) == SIGNED


def test_the_answer_named_before_its_request_to_be_corrected_and_a_formula_after() -> None:
    doc = checked(REPLY + "一、关于文化阵地\n全区建成文化站十二个。本答复如有不当，请批评指正。特此答复。" + END)
    assert closing(doc) == "本答复如有不当，请批评指正。特此答复。"
    assert paragraphs(doc.sections[0]) == ["全区建成文化站十二个。"]


def test_thanks_or_a_call_for_criticism_of_others_ending_the_last_line_stay_body() -> None:
    doc = checked(REPLY + "一、关于文化阵地\n全区建成文化站十二个。感谢您的关心！" + END)
    assert closing(doc) is None
    doc = checked(REPLY + "一、关于文化阵地\n方案已公示。欢迎社会各界批评指正。" + END)
    assert paragraphs(doc.sections[0]) == ["方案已公示。欢迎社会各界批评指正。"]


# Cause 4: a heading numbered with an ideograph and a comma (`一，`, the looser form) opened a section
# only where its whole line was a title: run in with its text (`一，完善服务体系。全区…`) it was none,
# and the document lost its sections.


def test_ideographs_with_commas_run_in_with_their_text_open_sections() -> None:
    doc = checked(
        REPLY + "一，完善服务体系。全区新建文化站三个。\n二，丰富活动内容：全年举办活动二百场。\n三，加强队伍建设" + END
    )
    assert tree(doc) == [
        (1, "cn", "一，", "完善服务体系"),
        (1, "cn", "二，", "丰富活动内容"),
        (1, "cn", "三，", "加强队伍建设"),
    ]
    assert [paragraphs(s) for s in doc.sections] == [["全区新建文化站三个。"], ["全年举办活动二百场。"], []]


def test_sentences_opening_with_one_and_a_comma_stay_text() -> None:
    doc = checked(
        REPLY + "一、关于文化消费\n一，是我们的首要任务。二是其他。\n一，二线城市文化消费较旺。三四线城市偏弱。\n"
        "一，全区文化站数量不足，群众反映强烈。我局已着手解决。" + END
    )
    assert tree(doc) == [(1, "cn", "一、", "关于文化消费")]
    assert len(doc.sections[0].paragraphs) == 3


# Cause 5: a joint 落款 laid out in a table that prints the date under each organ (the same date in
# every cell of its last row) was no 落款: a date in a row of several cells with text was a table's
# data, while a 落款 set with gaps may repeat its date so (REPEATED_DATE_LINE).


def test_a_signing_table_with_the_same_date_under_each_organ_is_the_signature() -> None:
    doc = checked(
        REPLY + "一、关于文化阵地\n建成文化站十二个。\n特此答复。\n"
        "| 某区文化和旅游局 | 某区财政局 |\n| --- | --- |\n| 2024年12月3日 | 2024年12月3日 |"
    )
    assert signed(doc) == (("某区文化和旅游局", "某区财政局"), "2024-12-03")
    assert closing(doc) == "特此答复。"
    assert paragraphs(doc.sections[0]) == ["建成文化站十二个。"]
    assert doc.sections[0].tables == ()


def test_a_docx_signing_table_with_the_date_under_each_organ_is_the_signature(tmp_path: Path) -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"

    body = (
        "".join(p(line) for line in REPLY.rstrip("\n").split("\n"))
        + p("一、关于文化阵地")
        + p("建成文化站十二个。")
        + p("特此答复。")
        + "<w:tbl>"
        + row("某区文化和旅游局", "某区体育局")
        + row("二〇二四年十二月三日", "二〇二四年十二月三日")
        + "</w:tbl>"
    )
    path = tmp_path / "joint.docx"
    path.write_bytes(make_docx(body))
    doc = govdoc.parse(path)
    assert signed(doc) == (("某区文化和旅游局", "某区体育局"), "2024-12-03")
    assert closing(doc) == "特此答复。"


def test_a_data_table_ending_on_one_date_in_each_cell_inside_the_body_is_no_signature() -> None:
    doc = checked(
        REPLY + "一、关于活动安排\n| 主办单位 | 协办单位 |\n| --- | --- |\n| 某区文化馆 | 某区图书馆 |\n"
        "| 2024年10月1日 | 2024年10月1日 |\n二、关于经费\n安排经费三十万元。" + END
    )
    assert signed(doc) == SIGNED
    assert len(doc.sections) == 2
    assert [len(t.rows) for t in doc.sections[0].tables] == [3]
