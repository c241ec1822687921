"""Causes found by the twelfth round of structure probes (tests/test_probes_12_structure.py), each
tested on a new example written for it, not on the probe's text. Expected values by hand."""

from __future__ import annotations

from typing import Any

from tests.probing import checked, closing, signed, tree


def same(got: dict[str, Any], want: dict[str, Any]) -> None:
    wrong = {k: {"got": got[k], "want": v} for k, v in want.items() if got[k] != v}
    assert not wrong, wrong


REPLY = "关于市人大十六届三次会议第118号建议的答复\n吴某代表：\n您提出的关于增设社区食堂的建议收悉，现答复如下：\n"
ANSWER = "一、关于食堂布点\n今年新建社区食堂十五家。\n二、关于运营补贴\n按服务人次给予补贴。\n"
SIGNATURE = "某市民政局\n2024年11月6日"
SIGNED = (("某市民政局",), "2024-11-06")


# Cause 1: an attachment list numbered with the number closed by its bracket alone (1）甲表, 1)甲表) was not
# read as a list: the first line's number stayed in its title and the next line was lost from it.


def test_attachment_titles_numbered_with_a_half_width_closing_bracket_after_the_formula() -> None:
    doc = checked(
        REPLY + ANSWER + "特此答复。\n附件：1)社区食堂布点图\n2)社区食堂补贴标准\n3)社区食堂名单\n" + SIGNATURE
    )
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "closing": closing(doc), "sections": len(doc.sections)},
        {
            "attachments": ("社区食堂布点图", "社区食堂补贴标准", "社区食堂名单"),
            "signed": SIGNED,
            "closing": "特此答复。",
            "sections": 2,
        },
    )


def test_two_titles_numbered_with_a_closing_bracket_on_the_label_line() -> None:
    doc = checked(REPLY + ANSWER + "附件：1）社区食堂布点图　2）社区食堂补贴标准\n" + SIGNATURE)
    same(
        {"attachments": doc.attachments, "signed": signed(doc)},
        {"attachments": ("社区食堂布点图", "社区食堂补贴标准"), "signed": SIGNED},
    )


# Cause 2: a bare 附件： label over titles numbered with ideographs (一、甲表 ⏎ 二、乙表) before the 落款 was
# read as an attachment's own content opening with its first heading: nothing was listed and the titles
# stood in no element (content-unplaced).


def test_a_bare_label_over_paren_ideograph_titles_before_the_signature_lists_them() -> None:
    doc = checked(
        REPLY + ANSWER + "附件：\n（一）社区食堂建设标准\n（二）社区食堂补贴办法\n（三）社区食堂考核细则\n" + SIGNATURE
    )
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "warnings": [w.code for w in doc.warnings]},
        {
            "attachments": ("社区食堂建设标准", "社区食堂补贴办法", "社区食堂考核细则"),
            "signed": SIGNED,
            "warnings": [],
        },
    )


def test_a_bare_label_over_ideograph_titles_after_the_signature_lists_them() -> None:
    doc = checked(REPLY + ANSWER + "特此答复。\n" + SIGNATURE + "\n附件：\n一、社区食堂布点图\n二、社区食堂名单")
    same(
        {"attachments": doc.attachments, "tree": tree(doc), "signed": signed(doc)},
        {
            "attachments": ("社区食堂布点图", "社区食堂名单"),
            "tree": [(1, "cn", "一、", "关于食堂布点"), (1, "cn", "二、", "关于运营补贴")],
            "signed": SIGNED,
        },
    )


def test_a_bare_label_over_headings_with_text_under_them_is_still_the_attachments_content() -> None:
    doc = checked(
        REPLY
        + ANSWER
        + "特此答复。\n"
        + SIGNATURE
        + "\n附件：\n一、建设标准\n食堂面积不少于一百平方米。\n二、补贴标准\n每餐补贴三元。"
    )
    same(
        {"attachments": doc.attachments, "tree": tree(doc), "signed": signed(doc)},
        {
            "attachments": (),
            "tree": [(1, "cn", "一、", "关于食堂布点"), (1, "cn", "二、", "关于运营补贴")],
            "signed": SIGNED,
        },
    )


# Cause 3: a marker written with its closing bracket alone (1) 甲, 一）甲, as web and OCR copies write （1）,
# （一）) opened no section: the sub-headings and their text ran into the paragraphs of the heading above.


def test_paren_numbers_closed_by_a_bracket_alone_are_sub_sections_of_their_family() -> None:
    doc = checked(
        REPLY + "一、关于食堂布点\n1.城区布点\n1）老城片区\n新建食堂五家。\n2）新城片区\n新建食堂六家。\n2.农村布点\n"
        "新建助餐点二十个。\n" + SIGNATURE
    )
    same(
        {
            "ranks": [(s.level, s.style, s.ordinal, s.title) for s in doc.iter_sections()],
            "paras": [[p.text for p in s.paragraphs] for s in doc.iter_sections()],
        },
        {
            "ranks": [
                (1, "cn", 1, "关于食堂布点"),
                (2, "num", 1, "城区布点"),
                (3, "num-paren", 1, "老城片区"),
                (3, "num-paren", 2, "新城片区"),
                (2, "num", 2, "农村布点"),
            ],
            "paras": [[], [], ["新建食堂五家。"], ["新建食堂六家。"], ["新建助餐点二十个。"]],
        },
    )


def test_ideographs_closed_by_a_half_width_bracket_alone_are_second_rank_headings() -> None:
    doc = checked(
        REPLY
        + "一、关于运营补贴\n一)补贴对象\n连锁运营企业。\n二)补贴标准\n每餐三元。\n二、关于监管\n每季度检查一次。\n"
        + SIGNATURE
    )
    same(
        {"tree": tree(doc), "codes": [w.code for w in doc.warnings]},
        {
            "tree": [
                (1, "cn", "一、", "关于运营补贴"),
                (2, "cn-paren", "一)", "补贴对象"),
                (2, "cn-paren", "二)", "补贴标准"),
                (1, "cn", "二、", "关于监管"),
            ],
            "codes": [],
        },
    )


# Cause 4: a closing written under the 落款 instead of above it (某局 ⏎ 日期 ⏎ 特此函复。) stood in no element
# (content-unplaced) and the document had no closing.


def test_a_thanks_closing_written_under_the_date_is_the_closing() -> None:
    doc = checked(REPLY + ANSWER + SIGNATURE + "\n衷心感谢您对民政工作的关心和支持！")
    same(
        {"closing": closing(doc), "signed": signed(doc), "codes": [w.code for w in doc.warnings]},
        {"closing": "衷心感谢您对民政工作的关心和支持！", "signed": SIGNED, "codes": []},
    )


def test_a_closing_above_the_signature_stays_the_only_closing_with_a_contact_under_the_date() -> None:
    doc = checked(REPLY + ANSWER + "感谢您的关心和支持。\n" + SIGNATURE + "\n联系人：郑某\n联系电话：0577-88001234")
    same(
        {"closing": closing(doc), "signed": signed(doc), "contact": None if doc.contact is None else doc.contact.name},
        {"closing": "感谢您的关心和支持。", "signed": SIGNED, "contact": "郑某"},
    )


# Cause 5: a 落款 written date first took only the organ line right under the date: a joint 落款's
# co-signers stacked under it (2024年11月6日 ⏎ 某市民政局 ⏎ 某市财政局) stood in no element.


def test_three_co_signing_organs_stacked_under_a_date_in_ideographs() -> None:
    doc = checked(REPLY + ANSWER + "特此答复。\n二〇二四年十一月六日\n某市民政局\n某市财政局\n某市卫生健康委员会")
    same(
        {"signed": signed(doc), "codes": [w.code for w in doc.warnings]},
        {"signed": (("某市民政局", "某市财政局", "某市卫生健康委员会"), "2024-11-06"), "codes": []},
    )


def test_two_organs_under_the_date_then_a_copy_to_line() -> None:
    doc = checked(
        REPLY + ANSWER + "特此答复。\n2024年11月6日\n某市民政局\n某市财政局\n抄送：市人大常委会代表工作委员会。"
    )
    same(
        {"signed": signed(doc), "cc": None if doc.imprint is None else doc.imprint.cc},
        {"signed": (("某市民政局", "某市财政局"), "2024-11-06"), "cc": ("市人大常委会代表工作委员会",)},
    )


# Cause 6: an attachment list numbered with circled numbers (附件：①甲表 ⏎ ②乙表) was not read as a list: the
# first title kept its number and the next was lost (the list's numbers are one vocabulary: 1. 1、 1） （1） ①).


def test_attachment_titles_numbered_with_circled_numbers_under_a_bare_label_before_the_signature() -> None:
    doc = checked(REPLY + ANSWER + "附件：\n①社区食堂布点图\n②社区食堂补贴标准\n③社区食堂名单\n" + SIGNATURE)
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "codes": [w.code for w in doc.warnings]},
        {"attachments": ("社区食堂布点图", "社区食堂补贴标准", "社区食堂名单"), "signed": SIGNED, "codes": []},
    )


def test_two_circled_titles_on_the_label_line() -> None:
    doc = checked(REPLY + ANSWER + "特此答复。\n附件：①社区食堂布点图　②社区食堂补贴标准\n" + SIGNATURE)
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "closing": closing(doc)},
        {"attachments": ("社区食堂布点图", "社区食堂补贴标准"), "signed": SIGNED, "closing": "特此答复。"},
    )


def test_attachment_titles_numbered_with_bracketed_number_glyphs_after_the_formula() -> None:
    doc = checked(REPLY + ANSWER + "特此答复。\n附件：⑴社区食堂布点图\n⑵社区食堂补贴标准\n" + SIGNATURE)
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "sections": len(doc.sections)},
        {"attachments": ("社区食堂布点图", "社区食堂补贴标准"), "signed": SIGNED, "sections": 2},
    )


# Cause 7: an 附件说明 numbered with ideographs and a dot (一.甲表 ⏎ 二.乙表) was not read as a list (only 一、
# and （一） were): nothing was listed and the titles stood in no element.


def test_attachment_titles_numbered_with_ideographs_and_dots_on_and_under_the_label() -> None:
    doc = checked(REPLY + ANSWER + "特此答复。\n附件：一.社区食堂布点图\n二.社区食堂名单\n" + SIGNATURE)
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "sections": len(doc.sections)},
        {"attachments": ("社区食堂布点图", "社区食堂名单"), "signed": SIGNED, "sections": 2},
    )


# Cause 8: titles numbered in brackets written on along the label's line ((1)甲表(2)乙表) stayed one title: the
# next number was looked for only after a gap, and the clean-up takes the space before a bracket out.


def test_three_bracket_numbered_titles_run_together_on_the_label_line() -> None:
    doc = checked(REPLY + ANSWER + "附件:(1)社区食堂布点图(2)社区食堂补贴标准(3)社区食堂名单\n" + SIGNATURE)
    same(
        {"attachments": doc.attachments, "signed": signed(doc)},
        {"attachments": ("社区食堂布点图", "社区食堂补贴标准", "社区食堂名单"), "signed": SIGNED},
    )


# Cause 9: an 附件 label that lost its colon over titles numbered 1 and 2 before the 落款 (附件 ⏎ 1、甲表 ⏎
# 2、乙表) was read as an attachment's own label: its content listed nothing.


def test_a_label_without_its_colon_over_pause_mark_numbered_titles_lists_them() -> None:
    doc = checked(REPLY + ANSWER + "附件\n1、社区食堂布点图\n2、社区食堂补贴标准\n" + SIGNATURE)
    same(
        {"attachments": doc.attachments, "signed": signed(doc), "codes": [w.code for w in doc.warnings]},
        {"attachments": ("社区食堂布点图", "社区食堂补贴标准"), "signed": SIGNED, "codes": []},
    )


def test_a_label_without_its_colon_over_numbered_headings_with_text_is_still_the_attachments_content() -> None:
    doc = checked(
        REPLY
        + ANSWER
        + "特此答复。\n"
        + SIGNATURE
        + "\n附件\n1.建设标准\n食堂面积不少于一百平方米。\n2.补贴标准\n每餐补贴三元。"
    )
    same(
        {"attachments": doc.attachments, "sections": len(doc.sections), "signed": signed(doc)},
        {"attachments": (), "sections": 2, "signed": SIGNED},
    )
