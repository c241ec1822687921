"""Session 24's leftovers, each at its cause (session 25, leftovers25): a record member opening with a
converter's banner, an OFD page's own resources, Office Math's n-ary operators, the page words between
frame marks, and the pins of what the contract leaves as it is. Every example is written here."""

from __future__ import annotations

import json

import govdoc
from tests.probing import codes

# --- 1. a converter's banner opening a record's member (diffread-C C4) ---------------------------------------


_REPLY = (
    "关于规范城区占道经营的答复\n\n"
    "赵某委员：\n"
    "您提出的《关于规范城区占道经营的提案》收悉。现答复如下：\n"
    "一、划定临时摊点区域。今年已在三处设摊点。\n"
    "二、加强日常巡查。\n"
    "感谢您对城市管理工作的关心。\n"
    "某县城市管理局\n"
    "2024年7月3日\n"
)
_ASPOSE = "Evaluation Only. Created with Aspose.Words. Copyright 2003-2024 Aspose Pty Ltd."
_SPIRE = "Evaluation Warning: The document was created with Spire.Doc for .NET."


def test_a_banner_opening_a_records_content_leaves_alone_and_the_reply_reads_whole() -> None:
    for banner in (_ASPOSE, _SPIRE):
        record = json.dumps({"id": 88, "title": "占道经营答复", "content": banner + "\n" + _REPLY}, ensure_ascii=False)
        doc = govdoc.parse_text(record)
        assert "Evaluation" not in doc.text and "Aspose" not in doc.text and "Spire" not in doc.text
        assert doc.header.title == "关于规范城区占道经营的答复"
        assert [s.title for s in doc.sections] == ["划定临时摊点区域", "加强日常巡查"]
        assert doc.signature is not None and doc.signature.date == "2024-07-03"
        assert "internal-error" not in codes(doc)


def test_a_banner_over_a_blank_line_in_a_records_content_leaves_alone() -> None:
    record = json.dumps({"content": _ASPOSE + "\r\n\r\n" + _REPLY}, ensure_ascii=True)  # \\uXXXX escapes too
    doc = govdoc.parse_text(record)
    assert doc.text.startswith("关于规范城区占道经营的答复\n赵某委员：")
    assert "Aspose" not in doc.text
