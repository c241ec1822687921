"""Fixes of diffread-A's findings on session 23's landings (/work/coord/reports/diffread-A.md), each tested on a
NEW example of its cause (a county 交通运输局 or 水利局 text, not the repro's words), with guards that the case
the rule was written for still reads as before.

A2. A bold run (or a 【】 pair) holding a point's marker and a stressed clause, the sentence going on after it with
    a comma (`**1.今年以来，全县新建农村公路46公里**，改造危桥8座…`), was read as a run-in title set off by its
    marks: the clause became the title and the paragraph opened on `，` (rules/sections `_marked_title_end`). Marks
    followed by a comma, 、 or ； end a clause, not a title: the stop rule reads the line, as at s23start.
A3. A 文号 alone under the 主送 was taken as the document's own wherever no line above named one
    (rules/header `_number_under_recipients`): a 转发 notice took the forwarded paper's number, a 批复 the
    bracketed number of the 请示 it answers, and a portal copy whose table states the number as `[ 文号 ] …` or
    `| 文号 | … |` (not `文号：`) lost its own. A number under a forwarding title or in brackets is a cited one, and a
    table row's 文号 cell is a number above.
A1. A run nested in a 是-member whose members are parted by ； (`二是…，重点用于：一是…；二是…；三是…。三是…`) lost its 三是
    to the outer run, ； being a sentence stop (rules/enumerations `_nested_member`): the outer 三是 was never a member.
    A second member of the same number further on (before the run starts again) shows the first was the inner run's.
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, items, tree

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


# --- A3: a 文号 under the 主送 is the document's own only where nothing says it is another's ------------------


def _in_body(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + texts(doc)


def test_a_number_under_the_addressee_of_a_forwarding_notice_is_the_forwarded_papers() -> None:
    doc = checked("""\
关于转发市农业农村局2025年春耕生产工作要点的通知
各镇人民政府，县直有关部门：
临农发〔2025〕6号
现将市农业农村局《2025年春耕生产工作要点》转发给你们，请结合实际认真抓好落实。
临川县人民政府办公室
2025年3月4日
""")
    assert doc.header.doc_number is None
    assert "临农发〔2025〕6号" in _in_body(doc)


def test_a_bracketed_number_under_a_replys_addressee_is_the_request_it_answers() -> None:
    doc = checked("""\
临川县水利局关于同意建设东湖排涝泵站的批复
东湖镇人民政府：
（东政〔2025〕21号）
你镇《关于建设东湖排涝泵站的请示》收悉。经研究，同意建设。
此复。
临川县水利局
2025年4月2日
""")
    assert doc.header.doc_number is None
    assert "（东政〔2025〕21号）" in _in_body(doc)


def test_a_portal_tables_number_row_in_brackets_or_bars_stands_over_a_number_under_the_addressee() -> None:
    for row in ("[ 文号 ] 临政办发〔2025〕11号", "| 文号 | 临政办发〔2025〕11号 |"):
        doc = checked(f"""\
索引号：11360000/2025-00321
{row}
关于做好2025年春季造林绿化工作的通知
各镇人民政府，县直有关部门：
临林发〔2025〕3号
县林业局拟定的造林计划已经县人民政府同意，请认真组织实施。
临川县人民政府办公室
2025年3月12日
""")
        number = doc.header.doc_number
        assert number is not None and number.text == "临政办发〔2025〕11号", row


def test_guard_a_replys_own_number_under_its_addressee_is_still_its_number() -> None:
    doc = checked("""\
关于县政协十届四次会议第0311号提案的答复
钱某委员：
临水函〔2025〕17号
您提出的关于加强农村饮水安全的提案收悉，现答复如下：
一、我局已完成全县农村供水工程普查。
感谢您对水利工作的关心和支持。
临川县水利局
2025年6月20日
""")
    number = doc.header.doc_number
    assert number is not None and number.text == "临水函〔2025〕17号"
    assert "临水函〔2025〕17号" not in _in_body(doc)


# --- A1: an inner 是-run parted by ； keeps its last member where the outer run's member of that number follows ---

REPLY = "关于县人大十八届三次会议第31号建议的答复\n周某代表：\n您提出的建议收悉，现答复如下：\n一、工作开展情况\n"


def _members(doc: govdoc.Document) -> list[tuple[int, str, str]]:
    return [m for s in doc.iter_sections() for p in s.paragraphs for m in items(p)]


def test_an_inner_run_parted_by_semicolons_keeps_its_third_member() -> None:
    doc = checked(
        REPLY + "近年来，我局多措并举推进农村公路建设。一是健全工作机制，成立领导小组；二是加大资金投入，重点用于："
        "一是危桥改造；二是安防工程；三是路面修复。三是强化质量监管，开展质量抽检。四是加强养护管理，落实专职养护员。"
        + TAIL
    )
    assert [(o, m) for o, m, _ in _members(doc)] == [(1, "一是"), (2, "二是"), (3, "三是"), (4, "四是")]
    assert _members(doc)[2][2] == "强化质量监管，开展质量抽检"
    item_texts = [i.text for s in doc.iter_sections() for p in s.paragraphs for i in p.items]
    assert item_texts[1] == "二是加大资金投入，重点用于：一是危桥改造；二是安防工程；三是路面修复。"


def test_guard_an_outer_run_parted_by_semicolons_takes_its_next_member_after_a_nested_run() -> None:
    # the case the rule was written for, with ； between the outer members; a later run in the next paragraph
    # (starting again at 1) does not make the outer 三是 the inner run's
    doc = checked(
        REPLY
        + "一是完善路网规划；二是加大资金投入，包括：一是省级补助，二是县级配套；三是强化质量监管；四是加强养护管理。\n"
        "下一步，一是推进窄路拓宽；二是实施生命安全防护工程；三是开展路域环境整治。" + TAIL
    )
    assert [(o, m) for o, m, _ in _members(doc)] == [
        (1, "一是"),
        (2, "二是"),
        (3, "三是"),
        (4, "四是"),
        (1, "一是"),
        (2, "二是"),
        (3, "三是"),
    ]
    assert _members(doc)[2][2] == "强化质量监管"
