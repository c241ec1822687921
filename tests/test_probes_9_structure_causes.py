"""The general causes behind round 9's structure probe misses (tests/test_probes_9_structure.py),
each tested from a NEW example of the cause, worded afresh rather than copied from the probe that
showed it; each test failed on the session's starting source and passes with the fix."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

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


# Cause 2 (batch 7): in a text hard-wrapped at one width, a line opening with a heading's shape under
# a line the width filled and cut mid-sentence ((三)部分…, 二、三级医院…, 第二节关于…) opened a section:
# the join test refused any heading-shaped line, and the next-part test took 二、 after 一、 for the
# next heading, though a paragraph ends on its stop, not inside a word at the width.

WRAPPED_HEAD = (
    "关于市政协十三届二次会议第0311号提案的答复\n周某委员：\n您提出的关于推进优质医疗资源下沉的提案收悉，现答复如下：\n"
)
WRAPPED_TAIL = "\n某市卫生健康委员会\n2024年10月9日"


def wrapped(lines: list[str]) -> govdoc.Document:
    return checked(WRAPPED_HEAD + "\n".join(lines) + WRAPPED_TAIL)


def test_heading_shaped_openings_under_lines_the_width_cut_mid_sentence_carry_the_sentence_on() -> None:
    doc = wrapped(
        [
            "一、关于分级诊疗",
            "为推动优质医疗资源下沉，我委按照《方案》的第",
            "（三）部分关于医联体建设的要求，组建医联体八",
            "个，覆盖全部乡镇卫生院。",
            "目前已有五家三级医院结对帮扶，下一步推动其余",
            "二、三级医院全部参与结对帮扶，实现全覆盖。",
            "二、关于医疗服务价格",
            "我委按照《价格管理办法》的有关规定，即其中的",
            "第二节关于调价程序的条款，完成了首轮医疗服务",
            "价格调整工作。",
            "今年以来，全市基层医疗机构诊疗人次同比增长了",
            "百分之十二，群众就医满意度达到百分之九十五以",
            "上。",
        ]
    )
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [
        ("一、", "关于分级诊疗"),
        ("二、", "关于医疗服务价格"),
    ]
    one, two = doc.sections
    assert [p.text for p in one.paragraphs] == [
        "为推动优质医疗资源下沉，我委按照《方案》的第（三）部分关于医联体建设的要求，组建医联体八个，覆盖全部乡镇卫生院。",
        "目前已有五家三级医院结对帮扶，下一步推动其余二、三级医院全部参与结对帮扶，实现全覆盖。",
    ]
    assert [p.text for p in two.paragraphs] == [
        "我委按照《价格管理办法》的有关规定，即其中的第二节关于调价程序的条款，完成了首轮医疗服务价格调整工作。",
        "今年以来，全市基层医疗机构诊疗人次同比增长了百分之十二，群众就医满意度达到百分之九十五以上。",
    ]
    assert "numbering-gap" not in codes(doc)


def test_a_heading_filling_the_width_and_a_paragraph_ending_on_its_stop_at_the_width_keep_the_headings_below() -> None:
    doc = wrapped(
        [
            "一、关于完善城乡居民基本医疗保险筹资机制问题",
            "（一）关于筹资标准",
            "全市参保率已稳定在百分之九十五以上，筹资标准",
            "逐年提高，财政补助持续加大，基金运行总体平稳",
            "有序。",
            "为推动优质医疗资源下沉，我委按照《方案》的第",
            "（三）部分关于医联体建设的要求，组建医联体八",
            "个，覆盖全部乡镇卫生院，群众就医更加方便了。",
            "（二）关于支付方式",
            "已在全市推行按病种分值付费。",
        ]
    )
    assert [(s.level, s.marker, s.title) for s in doc.iter_sections()] == [
        (1, "一、", "关于完善城乡居民基本医疗保险筹资机制问题"),
        (2, "（一）", "关于筹资标准"),
        (2, "（二）", "关于支付方式"),
    ]
    assert [p.text for p in doc.sections[0].sections[0].paragraphs] == [
        "全市参保率已稳定在百分之九十五以上，筹资标准逐年提高，财政补助持续加大，基金运行总体平稳有序。",
        "为推动优质医疗资源下沉，我委按照《方案》的第（三）部分关于医联体建设的要求，组建医联体八个，覆盖全部乡镇卫生院，群众就医更加方便了。",
    ]


# Cause 3 (batch 8): a 抄送 list wrapped over three lines or more lost its third line (content-unplaced):
# a line under the 落款 carried the list on only where the line right above it was the 抄送 line.


def test_a_cc_list_wrapped_at_every_comma_over_four_lines_keeps_every_organ() -> None:
    got = cc(HEAD + END + "抄送：区政协办公室，\n区纪委监委，区人民法院，\n区人民检察院，区公安分局，\n区司法局。")
    assert got == ("区政协办公室", "区纪委监委", "区人民法院", "区人民检察院", "区公安分局", "区司法局")


def test_a_long_cc_list_wrapped_inside_names_over_three_lines_keeps_every_organ() -> None:
    doc = checked(
        HEAD + END + "抄送：区委办公室，区人大常委会办公室，区政府办公室，区政协办\n"
        "公室，区人武部，区中级人民法院，区人民检察院，区总工会，区团\n"
        "委，区妇联。"
    )
    assert doc.imprint is not None
    assert doc.imprint.cc == (
        "区委办公室",
        "区人大常委会办公室",
        "区政府办公室",
        "区政协办公室",
        "区人武部",
        "区中级人民法院",
        "区人民检察院",
        "区总工会",
        "区团委",
        "区妇联",
    )
    assert "content-unplaced" not in codes(doc)


# Cause 4 (batch 10): the same at a page end: a page number standing after a line that ends inside a
# sentence (…第五条第 / — 4 — / （三）款…) ends the page, not the paragraph, so a heading-shaped line
# opening the next page carries the sentence on; only the width's cut was read so before.


def test_heading_shaped_openings_of_a_page_that_cut_a_sentence_carry_it_on() -> None:
    doc = checked(
        HEAD
        + "一、关于校园周边交通\n我局已按照《校园周边交通管理办法》第五条第\n— 4 —\n（三）款的要求，设置护学岗二十个。\n"
        "交警部门还将力争在明年\n- 5 -\n二、三月份完成全部学校的标线施划。\n"
        "二、关于校车管理\n已更新校车五十辆。\n特此答复。\n某区教育局\n2024年8月2日"
    )
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [
        ("一、", "关于校园周边交通"),
        ("二、", "关于校车管理"),
    ]
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "我局已按照《校园周边交通管理办法》第五条第（三）款的要求，设置护学岗二十个。",
        "交警部门还将力争在明年二、三月份完成全部学校的标线施划。",
    ]
    assert "numbering-gap" not in codes(doc)


def test_a_heading_alone_at_a_page_end_keeps_the_sub_heading_opening_the_next_page() -> None:
    doc = checked(
        HEAD
        + "一、关于校园周边交通\n— 2 —\n（一）护学岗设置\n已设置护学岗二十个。\n特此答复。\n某区教育局\n2024年8月2日"
    )
    assert [(s.level, s.marker, s.title) for s in doc.iter_sections()] == [
        (1, "一、", "关于校园周边交通"),
        (2, "（一）", "护学岗设置"),
    ]


# Cause 5 (batch 11): a page end cutting a sentence before a word that opens a plan or a member
# (…为 / — 2 — / 下一步…, …位居全省 / — 2 — / 第一，…) left the rest a paragraph of its own, a plan or
# a member: that such a word carries the sentence on was read only where the width cut the line.


def test_a_plan_word_and_an_ordinal_word_opening_a_page_that_cut_a_sentence_carry_it_on() -> None:
    doc = checked(
        HEAD + "一、关于校园周边交通\n三所试点学校的护学岗经验，为\n— 2 —\n下一步在全区推广积累了经验。\n"
        "该校的交通安全教育综合排名全区\n- 3 -\n第一，获评优秀等次。\n"
        "二、关于校车管理\n已更新校车五十辆。\n特此答复。\n某区教育局\n2024年8月2日"
    )
    one = doc.sections[0]
    assert [p.text for p in one.paragraphs] == [
        "三所试点学校的护学岗经验，为下一步在全区推广积累了经验。",
        "该校的交通安全教育综合排名全区第一，获评优秀等次。",
    ]
    assert [p.phase for p in one.paragraphs] == [None, None]
    assert [list(p.items) for p in one.paragraphs] == [[], []]


def test_a_paragraph_missing_its_stop_at_a_page_end_keeps_the_bare_heading_opening_the_next_page() -> None:
    """Guard of causes 2 and 4: a line after the marker with no punctuation at all reads as nothing but
    a heading, so the line above ended its paragraph without its stop rather than inside a sentence."""
    doc = checked(
        HEAD + "一、关于校园周边交通\n已在学校周边施划停车位、接送区、等候区等\n— 2 —\n二、关于校车管理\n"
        "已更新校车五十辆。\n特此答复。\n某区教育局\n2024年8月2日"
    )
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [
        ("一、", "关于校园周边交通"),
        ("二、", "关于校车管理"),
    ]
    assert [p.text for p in doc.sections[0].paragraphs] == ["已在学校周边施划停车位、接送区、等候区等"]


# Cause 6 (batch 14): a 关于 heading line long enough to have been wrapped (20 characters or more, no 的
# yet) whose next line runs in to its stop (…多元 / 筹措机制。今年…) kept the cut title, the rest of it
# opening the paragraph: a run-in rest was read as the title's end only after a joining word (和/与/的).


def test_a_long_about_heading_whose_next_line_runs_in_to_its_stop_gets_its_whole_title() -> None:
    doc = checked(
        HEAD + "一、关于校园周边交通\n（一）关于进一步完善全区中小学校周边交通安全\n"
        "综合治理机制。今年已在二十所学校门口设置护学岗，并施划了接送车辆临时停车泊位。\n"
        "特此答复。\n某区教育局\n2024年8月2日"
    )
    sub = doc.sections[0].sections[0]
    assert sub.title == "关于进一步完善全区中小学校周边交通安全综合治理机制"
    assert [p.text for p in sub.paragraphs] == ["今年已在二十所学校门口设置护学岗，并施划了接送车辆临时停车泊位。"]


def test_a_long_about_heading_over_a_long_first_sentence_keeps_its_title() -> None:
    """Guard: the next line's first sentence would make the title longer than a run-in title may be."""
    doc = checked(
        HEAD + "一、关于校园周边交通\n（一）关于进一步完善全区中小学校周边交通安全\n"
        "今年已在二十所学校门口设置护学岗并施划接送车辆临时停车泊位。明年将覆盖全区。\n"
        "特此答复。\n某区教育局\n2024年8月2日"
    )
    sub = doc.sections[0].sections[0]
    assert sub.title == "关于进一步完善全区中小学校周边交通安全"
    assert [p.text for p in sub.paragraphs] == [
        "今年已在二十所学校门口设置护学岗并施划接送车辆临时停车泊位。明年将覆盖全区。"
    ]
