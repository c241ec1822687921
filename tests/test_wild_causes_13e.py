"""Causes found by hand in wild documents of list A (session 13, engineer wilde), each shown on a
new short example written for it: the proposal's unquoted title closed by a quote mark whose
opening one the page lost. Each also has its other side: what the rule must leave as it was."""

from __future__ import annotations

import govdoc


def _reply(opening: str) -> str:
    return (
        "关于县十二届人大一次会议第7号建议的答复\n"
        "周明代表：\n"
        f"{opening}\n"
        "我局已将该路段列入明年养护计划，雨季前完成边沟清淤。\n"
        "感谢您对交通工作的关心和支持。\n"
        "青河县交通运输局\n"
        "2024年5月9日\n"
    )


def test_a_stray_closing_quote_ends_the_unquoted_title_before_the_kind_word_said_again() -> None:
    # the writer quoted the title, lost its opening mark, and named the kind once more after it
    doc = govdoc.parse_text(_reply("您提出的关于疏通河口村排水边沟的建议”的建议收悉，现答复如下："))
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.title == "关于疏通河口村排水边沟的建议"


def test_a_stray_closing_quote_ends_the_unquoted_title_before_a_verb_of_handing_over() -> None:
    # no 收悉 after it: the quote mark alone says where the title ends
    doc = govdoc.parse_text(_reply("你们提出的关于加快修复渡口码头护栏的建议”转由我局办理，现答复如下："))
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.title == "关于加快修复渡口码头护栏的建议"


def test_a_title_quoted_whole_is_still_read_inside_its_marks() -> None:
    doc = govdoc.parse_text(_reply("您提出的“关于疏通河口村排水边沟的建议”收悉，现答复如下："))
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.title == "关于疏通河口村排水边沟的建议"


def test_a_quote_inside_the_unquoted_title_does_not_end_it() -> None:
    # the closing mark of a phrase the title quotes is followed by more of the title, not its kind
    doc = govdoc.parse_text(_reply("您提出的关于推行“河长制”巡查的建议收悉，现答复如下："))
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.title == "关于推行“河长制”巡查的建议"
