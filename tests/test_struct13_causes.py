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


def test_a_line_of_only_a_chapter_and_its_first_section_stays_a_heading() -> None:
    doc = checked("某市社区养老服务办法\n第一章第一节\n为规范社区养老服务，制定本办法。\n第二章　服务内容\n提供助餐服务。")
    assert [(s.style, s.marker) for s in doc.sections] == [("chapter", "第一章"), ("chapter", "第二章")]
