"""What a document's kind leads one to expect and the parse did not find is a `field-missing` warning."""

from __future__ import annotations

import govdoc
from tests.conftest import FIXTURES


def missing(doc: govdoc.Document) -> list[str]:
    return sorted(w.message.split(" (")[0] for w in doc.warnings if w.code == "field-missing")


def test_complete_reply_has_nothing_missing() -> None:
    doc = govdoc.parse(FIXTURES / "putuo-reply-2023.txt")
    assert missing(doc) == []


def test_reply_without_addressee_or_named_proposal_says_so() -> None:
    doc = govdoc.parse_text(
        "某区民政局关于养老服务工作的答复\n现答复如下：\n一、已经办理。\n二、继续推进。\n某区民政局\n2024年1月2日\n"
    )
    assert doc.kind == "reply"
    assert missing(doc) == ["未找到主送", "未找到所答复的提案或建议"]
    assert all(w.span is None for w in doc.warnings if w.code == "field-missing")


def test_text_that_lost_its_line_breaks_is_flagged_not_silently_empty() -> None:
    one_line = (
        "关于区政协一届一次会议第1号提案的答复　　张某委员：　　您提出的提案收悉，现答复如下：　　一、已经办理。"
        "　　某区民政局　　2024年1月2日"
    )
    doc = govdoc.parse_text(one_line)
    assert doc.header.title is None and doc.signature is None
    assert doc.kind == "reply"  # the wording still says so
    assert missing(doc) == ["未找到主送", "未找到标题", "未找到落款：发文机关署名和成文日期"]
