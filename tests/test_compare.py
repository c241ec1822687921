"""The project's comparison itself (tests/compare.py), on made-up documents.

The wild hand readings lean on it for fields the shared scorer's corpora never check (item
markers, paragraph phases, the preamble read as a section): each key must count what it says,
pass where the parse agrees and miss where it does not.
"""

from __future__ import annotations

from typing import Any

from tests.compare import checks_in, compare


def _para(phase: str | None, *items: tuple[str, str]) -> dict[str, Any]:
    return {"text": "…", "phase": phase, "items": [{"marker": m, "lead": lead} for m, lead in items]}


DOC: dict[str, Any] = {
    "preamble": [
        _para(None),
        _para("progress", ("一是", "加强组织领导")),
        _para("progress", ("二是", "强化资金保障")),
        _para("plan"),
    ],
    "sections": [
        {
            "title": "工作进展",
            "paragraphs": [_para("progress", ("首先", "摸清底数"), ("其次", "制定方案")), _para("plan")],
        },
    ],
    "header": {"metadata": {"索引号": "A-1", "公开方式": "主动公开"}},
}


def test_preamble_read_as_a_section_counts_items_across_its_paragraphs() -> None:
    want = {"preamble_as_section": {"items": 2, "leads": ["加强组织领导", "强化资金保障"], "markers": ["一是", "二是"]}}
    result = compare(want, DOC)
    assert result.misses == []
    assert result.total == checks_in(want) == 1 + 3 + 3


def test_preamble_phases_are_one_check_over_every_paragraph() -> None:
    want = {"preamble_as_section": {"phases": [None, "progress", "progress", "plan"]}}
    assert compare(want, DOC).misses == []
    wrong = {"preamble_as_section": {"phases": [None, "progress", "plan", "plan"]}}
    result = compare(wrong, DOC)
    assert result.total == checks_in(wrong) == 1
    assert len(result.misses) == 1


def test_section_markers_and_phases_are_compared() -> None:
    want = {
        "sections": [
            {"markers": ["首先", "其次"], "phases": ["progress", "plan"], "item_phases": ["progress", "progress"]}
        ]
    }
    result = compare(want, DOC)
    assert result.misses == []
    assert result.total == checks_in(want) == 1 + (1 + 2) + 1 + 1


def test_a_wrong_marker_or_a_missing_preamble_is_a_miss_of_the_same_weight() -> None:
    want = {"preamble_as_section": {"markers": ["一是", "三是"], "items": 2}}
    assert len(compare(want, DOC).misses) == 1
    empty = compare(want, {"preamble": None})
    assert empty.total == checks_in(want)
    assert empty.matched == 0


def test_metadata_pairs_are_partial() -> None:
    assert compare({"header": {"metadata": {"公开方式": "主动公开"}}}, DOC).misses == []
    assert len(compare({"header": {"metadata": {"公开方式": "依申请公开"}}}, DOC).misses) == 1
