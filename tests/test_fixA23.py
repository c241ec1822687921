"""Fixes of diffread-A's findings on session 23's landings (/work/coord/reports/diffread-A.md), each tested on a
NEW example of its cause (a county 交通运输局 or 水利局 text, not the repro's words), with guards that the case
the rule was written for still reads as before.

A2. A bold run (or a 【】 pair) holding a point's marker and a stressed clause, the sentence going on after it with
    a comma (`**1.今年以来，全县新建农村公路46公里**，改造危桥8座…`), was read as a run-in title set off by its
    marks: the clause became the title and the paragraph opened on `，` (rules/sections `_marked_title_end`). Marks
    followed by a comma, 、 or ； end a clause, not a title: the stop rule reads the line, as at s23start.
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, tree

HEAD = "关于县人大十八届三次会议第26号建议的答复\n孙某代表：\n您提出的关于改善农村交通条件的建议收悉，现答复如下：\n"
TAIL = "\n某县交通运输局\n2025年7月9日"


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def texts(doc: govdoc.Document) -> list[str]:
    """Every paragraph's text under the sections, in order."""
    return [p.text for s in doc.iter_sections() for p in s.paragraphs]


# --- A2: a bold run or 【】 pair stressing a clause that the sentence goes on from is no title ---------------


def test_a_bold_clause_with_the_sentence_going_on_after_a_comma_is_no_title() -> None:
    doc = body(
        "一、关于农村公路建设\n"
        "**1.今年以来，全县新建农村公路46公里**，改造危桥8座，完成投资1.3亿元，群众出行条件明显改善。\n"
        "**2.全县客运班线达到58条**，其中通村班线41条。"
    )
    assert [t for _, _, _, t in tree(doc)] == ["关于农村公路建设", None, "全县客运班线达到58条，其中通村班线41条"]
    assert texts(doc) == ["今年以来，全县新建农村公路46公里，改造危桥8座，完成投资1.3亿元，群众出行条件明显改善。"]


def test_a_bracketed_title_followed_by_a_comma_is_read_by_the_stop_rule() -> None:
    doc = body("一、关于交通安全\n（一）【强化宣传】，通过电视、广播和网络宣传交通安全知识。")
    assert tree(doc)[1] == (2, "cn-paren", "（一）", "【强化宣传】，通过电视、广播和网络宣传交通安全知识")
    assert not any(t.startswith(("，", "、", "；")) for t in texts(doc))


def test_bold_and_bracketed_titles_with_a_sentence_opening_after_them_stay_titles() -> None:
    # guards: the case the rule was written for, also with a comma INSIDE the bold title (a two-part title)
    doc = body(
        "一、关于公路养护\n"
        "**（一）提升养护水平**全县农村公路列养率达到100%，优良中等路率逐年提高。\n"
        "**（二）坚持建管并重，落实养护责任**各乡镇要配齐专职养护人员，确保路况良好。\n"
        "（三）【加强巡查】各乡镇要每周巡查一次农村公路，发现问题及时处置。"
    )
    assert [t for _, _, _, t in tree(doc)] == [
        "关于公路养护",
        "提升养护水平",
        "坚持建管并重，落实养护责任",
        "【加强巡查】",
    ]
    assert texts(doc) == [
        "全县农村公路列养率达到100%，优良中等路率逐年提高。",
        "各乡镇要配齐专职养护人员，确保路况良好。",
        "各乡镇要每周巡查一次农村公路，发现问题及时处置。",
    ]
