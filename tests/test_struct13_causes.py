"""Causes found by the thirteenth round of structure probes (tests/test_probes_13_structure.py),
each tested with new examples of the cause, not the probe's own text."""

from __future__ import annotations

from tests.probing import checked, tree

REPLY = "关于市人大十六届三次会议第0088号建议的答复\n王某代表：\n您提出的关于加强社区养老服务的建议收悉，现答复如下：\n"
END = "\n某市民政局\n2025年7月1日"


# Cause 1: a provision cited by its place inside a larger one (第X章第Y条…, 第X编第Y章…) at a line
# start read as a chapter heading, which outranks 一、 and swallowed the headings after it.


def test_a_chapter_and_article_cited_at_a_line_start_is_a_sentence_of_its_section() -> None:
    doc = checked(
        REPLY + "一、关于养老机构\n第四章第二十条明确了养老机构的设立条件。\n二、关于居家养老\n推行家庭养老床位。" + END
    )
    assert tree(doc) == [(1, "cn", "一、", "关于养老机构"), (1, "cn", "二、", "关于居家养老")]
    assert [p.text for p in doc.sections[0].paragraphs] == ["第四章第二十条明确了养老机构的设立条件。"]


def test_a_part_and_chapter_or_chapter_and_section_cited_at_a_line_start_open_nothing() -> None:
    doc = checked(
        REPLY + "一、关于规划依据\n第二编第三章对此有专门规定。\n第五章第二节规定了补贴标准。\n"
        "二、关于补贴发放\n按月发放。" + END
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert len(doc.sections[0].paragraphs) == 2


def test_a_chapter_cited_for_what_it_lays_down_at_a_line_start_opens_nothing() -> None:
    doc = checked(
        REPLY + "一、关于政策依据\n第二章规定，街道应当设立养老服务中心。\n二、关于落实情况\n已全部设立。" + END
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]


def test_a_line_of_only_a_chapter_and_its_first_section_stays_a_heading() -> None:
    doc = checked(
        "某市社区养老服务办法\n第一章第一节\n为规范社区养老服务，制定本办法。\n第二章　服务内容\n提供助餐服务。"
    )
    assert [(s.style, s.marker) for s in doc.sections] == [("chapter", "第一章"), ("chapter", "第二章")]


# Cause 2: a table's row laid out in tab-parted cells and numbered in its 序号 column (1.<tab>甲<tab>300)
# opened a section, since only the looser markers (一，, a bare 3 and a space) were asked whether their
# line is a row of cells.


def test_rows_numbered_with_paren_ideographs_in_tab_parted_cells_are_no_sub_sections() -> None:
    doc = checked(
        REPLY + "一、关于助餐点建设\n各街道建成情况：\n街道\t助餐点\n（一）\t东城街道\t12\n（二）\t西城街道\t8\n"
        "二、关于助餐补贴\n按人每餐补贴三元。" + END
    )
    assert tree(doc) == [(1, "cn", "一、", "关于助餐点建设"), (1, "cn", "二、", "关于助餐补贴")]


def test_a_heading_set_off_from_its_title_by_a_tab_and_one_with_a_tab_before_an_aside_stay_headings() -> None:
    doc = checked(
        REPLY
        + "一、关于助餐点建设\n1.\t城区助餐点\n建成助餐点二十个。\n2.\t农村助餐点\t（牵头单位：市民政局）\n建成助餐点十个。"
        + END
    )
    assert [(s.marker, s.level) for s in doc.iter_sections()] == [("一、", 1), ("1.", 2), ("2.", 2)]


# Cause 3: a notice's 主送 that a web copy ran onto a body of one sentence opening on no purpose or ground
# clause (各社区居委会：自下月起…。) stayed in the body and left the recipients empty.


def test_addressees_run_onto_a_one_sentence_body_opening_on_a_time_word() -> None:
    doc = checked(
        "关于调整老年助餐时间的通知\n各社区居委会：自下月起老年助餐时间调整为十一时至十三时。\n某市民政局\n2025年7月1日"
    )
    assert doc.header.recipients == ("各社区居委会",)
    assert [p.text for p in doc.preamble] == ["自下月起老年助餐时间调整为十一时至十三时。"]


def test_a_line_under_the_title_with_a_label_and_a_value_is_no_run_on_addressee() -> None:
    doc = checked("关于调整老年助餐时间的通知\n各社区居委会：\n助餐时间：十一时至十三时。\n某市民政局\n2025年7月1日")
    assert doc.header.recipients == ("各社区居委会",)


# Cause 4: one bracketed family written in both forms at two depths (（1）… ⏎ 1）… ⏎ 2）… ⏎ （2）…, the domain
# guide's fifth rank writing 1)) nested by its family alone, so the inner run stood beside the outer.


def test_ideographs_closed_by_a_bracket_alone_under_full_paren_ideographs_are_their_sub_sections() -> None:
    doc = checked(
        REPLY + "一、关于养老服务\n（一）居家养老\n一）助餐\n建成助餐点十个。\n二）助浴\n上门助浴五百次。\n"
        "（二）机构养老\n新增床位三百张。" + END
    )
    assert [(s.level, s.marker) for s in doc.iter_sections()] == [
        (1, "一、"),
        (2, "（一）"),
        (3, "一）"),
        (3, "二）"),
        (2, "（二）"),
    ]
    assert [p.text for p in doc.sections[0].sections[1].paragraphs] == ["新增床位三百张。"]


def test_a_copy_that_lost_some_opening_brackets_in_one_sequence_keeps_it_one_level() -> None:
    doc = checked(REPLY + "一、关于养老服务\n1）助餐服务\n（2）助浴服务\n3）助医服务" + END)
    assert [(s.level, s.ordinal) for s in doc.iter_sections()] == [(1, 1), (2, 1), (2, 2), (2, 3)]


def test_bracket_alone_numbers_restarting_under_the_last_full_one_are_its_sub_sections() -> None:
    doc = checked(REPLY + "一、关于养老服务\n（1）助餐服务\n（2）助浴服务\n1）城区\n2）农村" + END)
    assert [s.level for s in doc.iter_sections()] == [1, 2, 2, 3, 3]
    assert "numbering-gap" not in [w.code for w in doc.warnings]


# Cause 5: numbered attachment titles on the label line parted by the list's own separator (附件：1.甲表；2.乙表)
# stayed one title: only a gap, or a bracketed number, parted two names on one line.


def test_numbered_attachment_titles_parted_by_commas_and_pause_marks_on_the_label_line() -> None:
    for line in (
        "附件：1.养老机构名单，2.助餐点名单",
        "附件：①养老机构名单、②助餐点名单",
        "附件：1)养老机构名单;2)助餐点名单",
    ):
        doc = checked(REPLY + "一、关于养老机构\n新增机构五家。\n特此答复。\n" + line + END)
        assert doc.attachments == ("养老机构名单", "助餐点名单"), line


def test_a_number_after_a_separator_that_is_not_the_next_one_cuts_no_title() -> None:
    doc = checked(REPLY + "一、关于养老机构\n新增机构五家。\n特此答复。\n附件：1.养老机构名单，3号楼除外" + END)
    assert doc.attachments == ("养老机构名单，3号楼除外",)


# Cause 6: a 落款 written date first on one line with one ideographic space before the organ (日期　某局) was
# split only after a wide gap, so the date stayed in the organ's name and the date was lost; the organ-first
# line needs no gap. The date ends at its 日: one space parts them as well, the organ ending like one.


def test_a_date_then_an_organ_parted_by_one_space_is_the_signature() -> None:
    for line in ("2025年7月1日 某市民政局", "二〇二五年七月一日　某市民政局（盖章）"):
        doc = checked(REPLY + "一、关于养老机构\n新增机构五家。\n特此答复。\n" + line)
        s = doc.signature
        assert s is not None and (s.issuers, s.date) == (("某市民政局",), "2025-07-01"), line


def test_a_date_then_a_sentence_on_one_line_stays_the_body() -> None:
    doc = checked(REPLY + "一、关于养老机构\n2025年7月1日 某市民政局召开了推进会。" + END)
    # the space between two CJK characters leaves the text, by the contract
    assert [p.text for p in doc.sections[0].paragraphs] == ["2025年7月1日某市民政局召开了推进会。"]
