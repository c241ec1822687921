"""No rule scans all blocks more than once (issue #19 item 2), counted rule by rule.

Each document is read and run through the default pipeline over a `tests.scans.CountingState`:
per rule, the blocks it walked (iterations, slices, `index`) over the block list and the views
spanning the document, divided by the number of blocks, is its number of passes. Every rule
makes at most one, but those in `BUDGET`, each with the reason it needs more written beside it.
A walk by index (`blocks[i]` in a loop) is bounded apart: at most `MAX_LOOKS` per block.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.pipeline import default_pipeline
from govdoc.state import State, Zone
from tests.conftest import FIXTURES, SEED, SHARED, need_shared
from tests.scans import CountingState, rule_reads, state_of

# Passes a rule may make, where one cannot do: the reason beside each.
BUDGET: dict[str, tuple[int, str]] = {
    "furniture_and_chrome": (
        3,
        "the short lines joined for one CHROME_ANYWHERE search before the walk that reads its answer "
        "line by line (a search per line costs more in calls); on a page with a link list's label, "
        "where its running text begins, found once",
    ),
    "join_breaks": (
        3,
        "the width a hard-wrapped text was cut at is read off every body line before the first join; "
        "where something joined, the lines before the first join are copied into the new list at once "
        "(made as the walk goes on from there, so a text with no join pays nothing for it)",
    ),
    "pipe_rows": (
        2,
        "the lines' text read in one pass in C for a `|` first (`State.holds`): where no line holds one, "
        "as in most documents, the walk is skipped",
    ),
    "print_bands": (
        2,
        "the lines' folded text read in one pass in C for a `/` first (`State.holds`: a print band's address "
        "and print time hold one): where no line holds one, as in most documents, the walk is skipped",
    ),
    "spaced_rows": (
        3,
        "the lines' folded text read in one pass in C for a run of two spaces first (`State.holds`), and "
        "where none holds one a second for a TAB (schema 1.11): a table's figure rows keep one beside "
        "their figures, and where no line holds either the walk is skipped",
    ),
    "sections": (
        7,
        "each stage needs the one before whole: the lines inside quotations (a quotation closes up to "
        "12 lines down), the headings (marked again without a contents list's entries, when there is "
        "one), the reply's opening, the proposal's quoted points, then the build",
    ),
}
MAX_LOOKS = 4.0  # blocks fetched one by one, per block: neighbours, a bounded look down or up


def documents() -> list[Path]:
    """The seed, the project's fixtures and the shared corpora's text documents."""
    found = [SEED, *sorted(FIXTURES.glob("*.txt")), *sorted(FIXTURES.glob("*.md"))]
    for corpus in ("dev", "dev-2", "wild"):
        found += sorted(need_shared(SHARED / "corpus" / corpus).glob("*.txt"))
    return found


def _most_read() -> dict[str, tuple[float, float, str]]:
    """Per rule, the most passes and look-ups per block it made over `documents()`, and where."""
    most: dict[str, tuple[float, float, str]] = {}
    for path in documents():
        for name, reads in rule_reads(state_of(path.read_bytes().decode("utf-8", "replace"))).items():
            passes, looks, where = most.get(name, (0.0, 0.0, ""))
            if reads.passes > passes:
                passes, where = reads.passes, path.name
            most[name] = (passes, max(looks, reads.looks), where)
    return most


@pytest.fixture(scope="module")
def most_read() -> dict[str, tuple[float, float, str]]:
    return _most_read()


@pytest.mark.parametrize("rule", default_pipeline().names())
def test_each_rule_walks_the_blocks_at_most_once_or_its_declared_budget(
    rule: str, most_read: dict[str, tuple[float, float, str]]
) -> None:
    passes, looks, where = most_read[rule]
    budget = BUDGET.get(rule, (1, ""))[0]
    assert passes <= budget + 1e-9, f"{rule} walks the blocks {passes:.2f} times ({where}); budget {budget}"
    assert looks <= MAX_LOOKS, f"{rule} fetches {looks:.2f} blocks per block one by one"


def test_every_budget_is_needed_and_names_a_rule(most_read: dict[str, tuple[float, float, str]]) -> None:
    """A budget no rule uses any more is taken back (the rule then holds to one pass)."""
    most = most_read
    for rule, (budget, reason) in BUDGET.items():
        assert rule in most and reason
        assert most[rule][0] > budget - 1, f"{rule} makes {most[rule][0]:.2f} passes: lower its budget"


def test_the_count_sees_a_walk_a_view_and_a_slice() -> None:
    """The instrument itself: a walk over the blocks, the body view (made by a walk, the zones not
    settled yet, then walked) and a slice of half the blocks are three and a half passes; a
    neighbour's look-up is a look, not a pass."""
    state = state_of("一、总则\n\n正文一句。\n\n二、分则\n\n正文二句。\n")
    for b in state.blocks:
        b.zone = Zone.BODY
    state.tally.walked = state.tally.looked = 0
    n = len(state.blocks)
    assert sum(1 for _ in state.blocks) == n
    assert len([b for b in state.body]) == n
    assert len(state.blocks[: n // 2]) == n // 2
    _ = state.blocks[1]
    assert state.tally.walked == 3 * n + n // 2 and state.tally.looked == 1


def test_a_rebound_block_list_is_counted_too() -> None:
    """A rule that replaces `state.blocks` (a join, a cut) hands the next walk a list that counts."""
    state = state_of("甲\n\n乙\n")
    state.blocks = list(state.blocks)
    state.tally.walked = 0
    for _ in state.blocks:
        pass
    assert state.tally.walked == 2 and isinstance(state, CountingState)


def test_zones_and_blocks_stay_as_they_are_once_the_text_is_assembled() -> None:
    """`State.settle` (end of `assemble`) keeps the zone views from then on: no rule of the default
    pipeline after it changes a zone or the block list, over every document read here."""
    names = default_pipeline().names()
    after = names[names.index("assemble") + 1 :]
    for path in documents():
        state = state_of(path.read_bytes().decode("utf-8", "replace"))
        zones: list[Zone] | None = None
        blocks: list[object] = []
        for entry in default_pipeline()._rules:
            entry.fn(state)
            if entry.name == "assemble":
                zones, blocks = [b.zone for b in state.blocks], list(state.blocks)
            elif entry.name in after:
                assert [b.zone for b in state.blocks] == zones, (path.name, entry.name)
                assert list(state.blocks) == blocks, (path.name, entry.name)


def test_a_callers_rule_after_assembly_that_rezones_is_read_by_the_field_rules() -> None:
    """`Ruler.after` lets a caller's rule "read or amend what that rule left": one placed after
    `assemble` that zones lines again is followed by `State.refresh`, so the title rule reads the
    zones it left, not the views kept at assembly. Here an archive's convention (its own, not the
    genre's) takes the request sentence as the title and sets the notice's title line aside."""
    text = (
        "某县水利局关于做好汛前检查的通知\n\n各乡镇人民政府：\n\n"
        "　　请于五月底前完成汛前检查，检查情况报县水利局。\n\n某县水利局\n2024年4月2日\n"
    )

    def request_as_title(state: State) -> None:
        for b in state.blocks:
            if b.zone is Zone.TITLE:
                b.zone = Zone.HEADER
            elif b.text.startswith("请于"):
                b.zone = Zone.TITLE

    pipeline = default_pipeline()
    pipeline.after("assemble", "request_as_title", request_as_title)
    assert govdoc.parse_text(text, pipeline=pipeline).header.title == "请于五月底前完成汛前检查，检查情况报县水利局。"
    assert govdoc.parse_text(text).header.title == "某县水利局关于做好汛前检查的通知"  # the defaults alone


def test_the_default_rules_are_not_followed_by_a_refresh() -> None:
    """The default pipeline's rules keep the zones once settled (checked above), so none of them is
    followed by the refresh walk; a rule put in a default rule's place is."""
    pipeline = default_pipeline()
    assert State.refresh not in [fn for fn, _ in pipeline._plan()]  # (each step with its rule's need)
    pipeline.at("title", lambda state: None)
    assert [fn for fn, _ in pipeline._plan()].count(State.refresh) == 1
