"""fixA23b: diffread-A's A4 (Schema 1.12 `responds_to.numbers` for the other common spelling of a merged answer,
each number under its own 第 and 号, and a sub-numbered proposal) and A9 (a glued 第N条 in a reply counting a noun is
no article, however many there are). Expected values written by hand from reading each document."""

from __future__ import annotations

import govdoc
from tests.probing import checked, paragraphs, tree


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


# --- A9: glued 第N条 counting a noun in a reply's section is no article, however many there are

_LINES_REPLY = (
    "关于对县政协十届二次会议第0311号提案的答复\n"
    "赵委员：\n"
    "您提出的关于发展农产品加工的提案收悉。现答复如下：\n"
    "一、园区建设情况\n"
    "今年园区建成农产品加工生产线三条。\n"
    "第一条生产线以茶叶精加工为主，年产能500吨。\n"
    "第二条生产线以果蔬冷链为主，年产能800吨。\n"
    "第三条生产线以粮油初加工为主，年产能1200吨。\n"
    "二、下一步打算\n"
    "我局将继续扶持园区企业。\n"
    "感谢您对农业农村工作的关心和支持。\n"
    "某县农业农村局\n"
    "2024年6月20日\n"
)


def test_glued_article_numbers_counting_lines_inside_a_replys_section_are_no_articles() -> None:
    doc = checked(_LINES_REPLY)
    assert tree(doc) == [(1, "cn", "一、", "园区建设情况"), (1, "cn", "二、", "下一步打算")]
    assert paragraphs(doc.sections[0]) == [
        "今年园区建成农产品加工生产线三条。",
        "第一条生产线以茶叶精加工为主，年产能500吨。",
        "第二条生产线以果蔬冷链为主，年产能800吨。",
        "第三条生产线以粮油初加工为主，年产能1200吨。",
    ]


def test_guard_glued_articles_opening_a_rules_text_under_its_chapter_stay_articles() -> None:
    doc = checked(
        "某县农产品加工扶持办法\n第一章　总则\n第一条为扶持农产品加工业发展，制定本办法。\n"
        "第二条本办法适用于本县行政区域内的农产品加工企业。\n第二章　扶持措施\n"
        "第三条县财政每年安排专项资金用于加工企业技术改造。\n"
    )
    assert [(s.style, s.ordinal) for s in doc.iter_sections()] == [
        ("chapter", 1),
        ("article", 1),
        ("article", 2),
        ("chapter", 2),
        ("article", 3),
    ]


def test_guard_articles_set_off_by_a_space_quoted_in_a_replys_section_stay_articles() -> None:
    doc = checked(_LINES_REPLY.replace("第一条生产线", "第一条　生产线").replace("第二条生产线", "第二条　生产线"))
    styles = [s.style for s in doc.iter_sections()]
    assert styles.count("article") == 3


def test_glued_article_numbers_right_under_a_replys_cn_heading_are_no_articles() -> None:
    doc = checked(_LINES_REPLY.replace("今年园区建成农产品加工生产线三条。\n", ""))
    assert tree(doc) == [(1, "cn", "一、", "园区建设情况"), (1, "cn", "二、", "下一步打算")]
    assert paragraphs(doc.sections[0])[0] == "第一条生产线以茶叶精加工为主，年产能500吨。"


def test_guard_glued_articles_under_an_attached_rules_title_after_a_notices_sections_stay_articles() -> None:
    doc = checked(
        "某县农业农村局关于印发农产品加工扶持办法的通知\n各乡镇人民政府：\n现就有关事项通知如下。\n"
        "一、工作目标\n到2025年全县建成加工园区两个。\n二、扶持办法\n"
        "某县农产品加工扶持办法\n第一条为扶持农产品加工业发展，制定本办法。\n第二条本办法自印发之日起施行。\n"
        "某县农业农村局\n2024年6月20日\n"
    )
    assert [s.style for s in doc.iter_sections()].count("article") == 2
