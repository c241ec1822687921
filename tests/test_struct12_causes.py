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
