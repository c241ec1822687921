"""The lead's fixes of session 19 that no helper's module holds (review19's findings)."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

_ESCAPED = (
    "关于开展&ldquo;清洁家园&rdquo;活动的通知\n"
    "各村（社区）：\n"
    "为改善人居环境，定于本月开展集中整治&#x200B;活动，请各村做好&#xFEFF;发动工作&#173;。\n"
    "联系电话&#8232;请于周五前报送&#x2029;名单。\n"
)


def test_references_to_invisible_characters_and_line_separators_are_read_as_nothing() -> None:
    """review19 V3: a zero-width space, a byte-order mark, a soft hyphen or a line separator written as
    a reference is a character the text reader takes out of every text; read from a reference it is
    taken out too, not put into Document.text (the line is still warned as repaired)."""
    doc = govdoc.parse_text(_ESCAPED)
    check_invariants(doc)
    assert "定于本月开展集中整治活动，请各村做好发动工作。" in doc.text
    assert "联系电话请于周五前报送名单。" in doc.text
    assert not set("\u200b\ufeff\u00ad\u2028\u2029") & set(doc.text)
    assert "&#" not in doc.text
    assert [w.code for w in doc.warnings].count("text-repaired") == 3


def test_a_reference_to_a_visible_character_is_still_read_as_it() -> None:
    doc = govdoc.parse_text("关于&ldquo;河长制&rdquo;工作的通知\n各乡镇：\n请做好巡河&mdash;&mdash;记录工作。\n")
    check_invariants(doc)
    assert doc.header.title == "关于“河长制”工作的通知"
    assert "请做好巡河——记录工作。" in doc.text
