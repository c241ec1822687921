"""fixA23b: diffread-A's A4 (Schema 1.12 `responds_to.numbers` for the other common spelling of a merged answer,
each number under its own 第 and 号, and a sub-numbered proposal) and A9 (a glued 第N条 in a reply counting a noun is
no article, however many there are). Expected values written by hand from reading each document."""

from __future__ import annotations

import govdoc
from tests.probing import checked


def _reply(title_ref: str) -> str:
    return (
        f"关于县政协十届二次会议{title_ref}的答复\n"
        "陈委员、周委员：\n"
        "您们提出的提案收悉，因内容相近，现合并答复如下：\n"
        "我局已在全县推广垃圾分类，新建分类亭四十座。\n"
        "感谢您们对城管工作的关心和支持。\n"
        "溪口县城市管理局\n"
        "2024年7月3日\n"
    )


def _numbers(doc: govdoc.Document) -> tuple[str | None, tuple[str, ...]] | None:
    r = doc.header.responds_to
    return None if r is None else (r.number, r.numbers)


# --- A4: several numbers, each under its own 第 and 号


def test_each_number_under_its_own_di_and_hao_keeps_every_number() -> None:
    doc = checked(_reply("第0207号、第0219号、第0230号提案"))
    assert _numbers(doc) == ("0230", ("0207", "0219", "0230"))


def test_each_number_under_its_own_di_parted_by_he() -> None:
    doc = checked(_reply("第56号和第61号提案"))
    assert _numbers(doc) == ("61", ("56", "61"))


def test_a_sub_numbered_proposal_in_the_list_keeps_its_sub_number() -> None:
    doc = checked(_reply("第7-2、19号提案"))
    assert _numbers(doc) == ("19", ("7-2", "19"))


def test_guard_one_number_under_its_di_leaves_numbers_empty() -> None:
    doc = checked(_reply("第0219号提案"))
    assert _numbers(doc) == ("0219", ())


def test_guard_a_counted_group_before_the_number_is_no_number() -> None:
    # 第3组、第0219号: a group's ordinal with its noun is no proposal's number
    doc = checked(_reply("第3组、第0219号提案"))
    assert _numbers(doc) == ("0219", ())
