"""The cause holdout29b's first look found, with a test from a new example (not the held-out document it was
found with; hand-written expected values): a page number between dashes with the count in English words
(`- 2 of 3 -`, as a PDF tool's header and footer field writes it) is page furniture like `- 2/3 -`
(patterns.chrome.PAGE_FURNITURE), not a paragraph left inside the one the page cut."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

_NOTICE = [
    "关于开展2025年夏季农村自建房安全排查的通知",
    "各乡镇人民政府：",
    "为切实保障人民群众生命财产安全，县住房和城乡建设局决定在全县范围内开展农村自建房",
    "安全排查，重点排查用作经营的三层以上自建房。",
    "请各乡镇于7月31日前将排查结果报县住房和城乡建设局。",
    "柘川县住房和城乡建设局",
    "2025年6月16日",
]


def _parsed(label: str) -> govdoc.Document:
    """The notice with `label` set between the two lines of its first paragraph, where a page ended."""
    lines = [*_NOTICE[:3], label, *_NOTICE[3:]]
    doc = govdoc.parse_text("\n".join(lines) + "\n")
    check_invariants(doc)
    assert "internal-error" not in [w.code for w in doc.warnings]
    return doc


def test_a_page_number_with_its_count_in_english_between_dashes_is_page_furniture() -> None:
    for label in ("- 2 of 3 -", "-2 of 3-", "— 2 of 3 —", "- 12 OF 15 -"):
        doc = _parsed(label)
        assert "of" not in doc.text and "OF" not in doc.text, label
        assert [p.text for p in doc.preamble] == [
            "为切实保障人民群众生命财产安全，县住房和城乡建设局决定在全县范围内开展农村自建房"
            "安全排查，重点排查用作经营的三层以上自建房。",
            "请各乡镇于7月31日前将排查结果报县住房和城乡建设局。",
        ], label
        assert "page-break-joined" in [w.code for w in doc.warnings], label
