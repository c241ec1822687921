"""diffread-B's findings on struct24's title join (a heading cut after a comma or after 并/而/且), each on a
NEW example (a county 交通运输局 answering a proposal on rural roads): the line under such a heading finishes
its title only when it passes the paragraph join's refusals and, after 并/而/且, owes a verb phrase
(rules/joins `_may_finish_title`). The cause tests fail on main before fixS24 (and read the same as on
/work/s24start, which had no comma or 并 row); the guards keep struct24's wrapped headings joined.

- B9: a member opening a run (一是…), a labelled line (键：值), a table's head row or a site path under the
  heading is the section's own text, never the title's rest.
- B4: a closing formula (特此答复。) under a numbered line ending on a comma stays the closing.
- B2: after 并 a sentence standing alone, or one restating the heading's last word (划并 ⏎ 划并工作…), is
  the section's text: a cut title's rest is a verb phrase, not a sentence of its own.
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, closing, codes, items, paragraphs

HEAD = "关于县政协十届三次会议第0125号提案的答复\n周某委员：\n您提出的关于推进农村公路建设的提案收悉，现答复如下：\n"
ORG = "\n某县交通运输局\n2025年7月2日"
TAIL = "\n特此答复。" + ORG


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def titles(doc: govdoc.Document) -> list[str | None]:
    return [s.title for s in doc.iter_sections()]


def test_a_run_of_members_under_a_heading_ending_on_a_comma_keeps_its_first_member() -> None:
    doc = body(
        "一、关于通村公路\n（一）为改善群众出行条件，\n一是新建通村公路。二是修复危桥三座。三是增开客运班车。\n"
        "（二）关于养护\n全县落实养护资金八百万元。"
    )
    assert titles(doc) == ["关于通村公路", "为改善群众出行条件，", "关于养护"]
    first = doc.sections[0].sections[0]
    assert paragraphs(first) == ["一是新建通村公路。二是修复危桥三座。三是增开客运班车。"]
    assert [m[1] for p in first.paragraphs for m in items(p)] == ["一是", "二是", "三是"]


def test_a_member_under_a_heading_ending_on_bing_is_not_the_titles_rest() -> None:
    doc = body(
        "一、关于安全隐患排查并\n一是排查临水临崖路段。二是设置警示标志。\n二、关于养护\n全县落实养护资金八百万元。"
    )
    assert titles(doc) == ["关于安全隐患排查并", "关于养护"]
    assert paragraphs(doc.sections[0]) == ["一是排查临水临崖路段。二是设置警示标志。"]


def test_a_labelled_line_under_a_heading_ending_on_a_comma_is_not_cut_at_its_colon() -> None:
    doc = body("一、项目基本情况，\n建设单位：某县公路事业发展中心\n二、关于养护\n全县落实养护资金八百万元。")
    assert titles(doc) == ["项目基本情况，", "关于养护"]
    assert paragraphs(doc.sections[0]) == ["建设单位：某县公路事业发展中心"]


def test_a_tables_head_row_under_a_heading_ending_on_a_comma_is_not_the_titles_rest() -> None:
    doc = body("一、今年安排的路段如下，\n序号　路段名称　里程\n1　王庄至李村　5公里\n2　东岗至西岗　3公里")
    assert titles(doc)[0] == "今年安排的路段如下，"


def test_a_site_path_under_a_heading_ending_on_bing_is_not_the_titles_rest() -> None:
    doc = body(
        "一、养护计划已在县政府网站公开并\nwww.example.gov.cn/jtj/2025\n二、关于养护\n全县落实养护资金八百万元。"
    )
    assert titles(doc)[0] == "养护计划已在县政府网站公开并"


def test_a_closing_formula_under_a_numbered_line_ending_on_a_comma_stays_the_closing() -> None:
    doc = checked(
        HEAD + "一、关于通村公路\n今年新建通村公路四十公里。\n二、感谢您对农村公路建设的关注和支持，\n特此答复。" + ORG
    )
    assert closing(doc) == "特此答复。"
    assert "感谢您对农村公路建设的关注和支持，特此答复" not in titles(doc)


def test_a_sentence_restating_a_heading_ending_on_a_bing_word_is_the_sections_text() -> None:
    doc = body("一、关于乡镇客运站划并\n划并工作已于3月完成。\n二、关于养护\n全县落实养护资金八百万元。")
    assert titles(doc) == ["关于乡镇客运站划并", "关于养护"]
    assert paragraphs(doc.sections[0]) == ["划并工作已于3月完成。"]
    assert "page-break-joined" not in codes(doc)


def test_a_sentence_alone_under_a_heading_ending_on_bing_is_the_sections_text() -> None:
    doc = body("一、关于站点一并\n已全部完成。\n二、关于养护\n全县落实养护资金八百万元。")
    assert titles(doc) == ["关于站点一并", "关于养护"]
    assert paragraphs(doc.sections[0]) == ["已全部完成。"]


def test_guard_a_heading_cut_after_bing_over_a_verb_phrase_is_still_one_title() -> None:
    doc = body(
        "一、加快农村公路提档升级并\n完善安全防护设施\n今年完成改造五十公里。\n二、关于养护\n全县落实养护资金八百万元。"
    )
    assert titles(doc) == ["加快农村公路提档升级并完善安全防护设施", "关于养护"]
    assert paragraphs(doc.sections[0]) == ["今年完成改造五十公里。"]


def test_guard_a_heading_cut_after_a_comma_over_a_phrase_is_still_one_title() -> None:
    doc = body(
        "一、关于完善客运网络，\n方便群众出行\n今年新开通客运线路六条。\n二、关于养护\n全县落实养护资金八百万元。"
    )
    assert titles(doc) == ["关于完善客运网络，方便群众出行", "关于养护"]
