"""Causes the lead fixed in session 18 from the second read's findings, each tested on a new example.

diffread-B B4: an escaped backslash in a JSON record (a share's path, `\\\\nas01`) was followed by its
`n` read as an escaped line break, so the paragraph was cut there and the `n` lost, with no warning.
diffread-B B13: a page counter's label with its number (访问量：356) was chrome anywhere on a line.
review18 R11: a signing person's post was a held value, so a line only repeating it went unwarned.
"""

from __future__ import annotations

import json

import pytest

import govdoc

_BODY = (
    "关于市政协十四届二次会议第12号提案的答复\n"
    "张某委员：\n"
    "您提出的《关于加强档案数字化的提案》收悉，现答复如下：\n"
    "全市档案扫描件统一存放于共享目录\\\\nas01\\2024\\scan，各单位可按权限查阅。\n"
    "感谢您的关心和支持。\n"
    "某市档案局\n"
    "2024年6月3日\n"
)


@pytest.mark.parametrize("ascii_only", [True, False], ids=["escaped", "as-written"])
def test_a_records_escaped_backslash_before_n_is_no_line_break(ascii_only: bool) -> None:
    doc = govdoc.parse_text(
        json.dumps({"title": "关于市政协十四届二次会议第12号提案的答复", "content": _BODY}, ensure_ascii=ascii_only)
    )
    texts = [p.text for p in doc.preamble]
    assert len(texts) == 2, texts
    assert texts[1].startswith("全市档案扫描件统一存放于共享目录")
    assert "nas01" in texts[1] and texts[1].endswith("各单位可按权限查阅。")
    assert [w.code for w in doc.warnings if w.code == "page-break-joined"] == []
    assert doc.signature is not None and doc.signature.date == "2024-06-03"


def test_a_records_escaped_line_breaks_still_part_its_lines() -> None:
    doc = govdoc.parse_text(
        json.dumps(
            {
                "title": "关于市政协十四届二次会议第12号提案的答复",
                "content": _BODY.replace("\\\\nas01\\2024\\scan", ""),
            },
            ensure_ascii=False,
        )
    )
    assert doc.header.recipients == ("张某委员",)
    assert doc.closing is not None and doc.closing.text == "感谢您的关心和支持。"
    assert doc.signature is not None and doc.signature.issuers == ("某市档案局",)


# diffread-B B13: a page counter's label with its number was chrome anywhere on a line, so a reply's own
# figures listed one a line (…访问量：86.5万人次，) left the text with no warning.
_FIGURES = (
    "关于推进“互联网+政务服务”的建议的答复\n"
    "王某代表：\n"
    "您提出的建议收悉。现答复如下：\n"
    "2024年上半年，市政务服务平台运行数据如下：\n"
    "移动端访问量：86.5万人次，\n"
    "政策专栏阅读量：12000\n"
    "网上留言办结率达到98%。\n"
    "感谢您的关心和支持。\n"
    "某市政务服务管理局\n"
    "2024年7月8日\n"
)


def test_a_replys_own_counts_of_visits_listed_one_a_line_stay_in_the_text() -> None:
    text = govdoc.parse_text(_FIGURES).text
    for line in ("移动端访问量：86.5万人次", "政策专栏阅读量：12000", "网上留言办结率达到98%"):
        assert line in text


def test_a_bylines_counter_after_its_source_still_leaves_the_text() -> None:
    page = _FIGURES.replace("王某代表：\n", "来源：某市政务服务管理局　访问量：2048\n王某代表：\n", 1)
    doc = govdoc.parse_text(page)
    assert "2048" not in doc.text
    assert doc.header.recipients == ("王某代表",)


# review18 R11: a signing person's post (主任) counted as a value the fields hold, so a 落款 line that
# only repeats the word (主任会议 over 主任　陈某某) stood in no element with no warning.
_MEETING = (
    "某市人民代表大会常务委员会\n"
    "关于召开市十五届人大常委会第八次会议的决定\n"
    "\n"
    "经市十五届人大常委会主任会议研究，市十五届人大常委会第八次会议于2024年9月12日召开。\n"
    "会议建议议程：审查批准2023年市级财政决算。\n"
    "\n"
    "主任会议\n"
    "主任　陈某某\n"
    "2024年8月30日\n"
)


def test_a_signature_line_only_repeating_a_signing_persons_post_is_warned_unplaced() -> None:
    doc = govdoc.parse_text(_MEETING)
    assert doc.signature is not None
    assert [(p.post, p.name) for p in doc.signature.persons] == [("主任", "陈某某")]
    unplaced = [w for w in doc.warnings if w.code == "content-unplaced"]
    assert len(unplaced) == 1 and unplaced[0].span is not None
    assert doc.text[unplaced[0].span.start : unplaced[0].span.end] == "主任会议"


def test_a_signing_persons_own_line_is_placed() -> None:
    doc = govdoc.parse_text(_MEETING.replace("主任会议\n主任", "主任", 1))
    assert [w.code for w in doc.warnings if w.code == "content-unplaced"] == []
