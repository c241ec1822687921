"""Causes of the second read of session 18 (reports/diffread-A.md, findings A3, A8, A9, A10) fixed by
fixB18, each tested with a new example of the cause, not the repro's own text, and a guard beside it
that the case the changed rule was written for still reads as before."""

from __future__ import annotations

from tests.probing import checked

# A3: under the title of a plan, a rules text or a 工作要点 (方案, 办法, 要点 …) the line below was read as
# a 主送 only strictly (an addressee's ending), labelled or led by 各, so a real addressee ending on no
# addressee's word (县直机关各党支部：, 全局干部职工：, 驻镇帮扶工作队：) fell into the body. What such a
# title's first line is when it is no addressee is an unmarked heading: only a line ending on a heading's
# word (指导思想：, 适用范围：, 保障措施：) is refused there.


def test_an_addressee_without_an_addressees_ending_under_a_plans_title_stays_its_addressee() -> None:
    for title, line in (
        ("某县2025年共青团工作要点", "县直机关各团组织："),
        ("某局2025年安全生产专项整治实施方案", "全局干部职工："),
        ("某镇2025年乡村振兴帮扶工作计划", "驻镇帮扶工作队："),
    ):
        doc = checked(f"{title}\n{line}\n现将本{title[-2:]}印发给你们，请认真抓好落实。")
        assert doc.header.recipients == (line[:-1],), title
        assert [p.text for p in doc.preamble] == [f"现将本{title[-2:]}印发给你们，请认真抓好落实。"], title


def test_a_heading_word_under_a_plans_or_rules_title_still_opens_the_body() -> None:
    for title, heading in (
        ("某县农村公路养护管理办法", "适用范围："),
        ("某县2025年防汛抗旱工作方案", "保障措施："),
        ("某区2025年营商环境工作要点", "基本原则："),
        ("某县河道采砂管理规定", "总则："),
    ):
        doc = checked(f"{title}\n{heading}\n本县行政区域内的有关工作适用本文。")
        assert doc.header.recipients == (), title
        assert [p.text for p in doc.preamble] == [heading, "本县行政区域内的有关工作适用本文。"], title
