"""A rule is skipped only where its need is absent, and a document that has the need still gets the rule.

`govdoc.needs`: a rule may declare what a document must hold for it to change anything, and the pipeline
skips it where that is absent. The need must be a necessary condition of the rule's work, so each gated
rule is run here ungated on every document of the corpora (seed, fixtures, dev, dev-2, wild) at the
point of the pipeline where it stands, and wherever its need is absent the state must come out
unchanged. Written documents that hold each need show the rule still runs on them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import govdoc
from govdoc.needs import Facts, Need
from govdoc.pipeline import DEFAULT_RULES, NEEDS, default_pipeline, facts
from govdoc.readers import format_of, read_bytes
from govdoc.ruler import Ruler
from govdoc.state import Block, State, Zone
from tests.conftest import FIXTURES, SEED, SHARED, need_shared

_CACHES = {"blocks", "views", "zone_at"}  # the blocks are compared one by one; the views are kept copies
_FIELDS = [f.name for f in dataclasses.fields(State) if f.name not in _CACHES]


def _print(state: State) -> str:
    """Everything a rule may change of the state, as one string (the per-line caches aside)."""
    lines = [
        (
            id(b),
            b.text,
            b.folded,
            b.zone,
            b.start,
            tuple(b.bold),
            tuple(b.gaps),
            tuple(b.spaces),
            tuple(b.joins),
            b.hints,
            b.cells,
            b.table,
            b.blank_before,
            b.rule_before,
            b.page_before,
            b.origin,
        )
        for b in state.blocks
    ]
    return repr(lines) + repr([getattr(state, name) for name in _FIELDS])


def documents() -> list[Path]:
    """The seed, the fixtures' texts and pages, and the shared corpora's."""
    found = [SEED, *sorted(FIXTURES.glob("*.txt")), *sorted(FIXTURES.glob("*.md")), *sorted(FIXTURES.glob("*.html"))]
    for corpus in ("dev", "dev-2", "wild"):
        folder = need_shared(SHARED / "corpus" / corpus)
        found += [p for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    return found


def _absent_runs() -> tuple[dict[str, int], dict[str, int], list[str]]:
    """Per gated rule: the documents where its need was absent, where present; and every case where
    a rule whose need was absent changed the state (which must never happen)."""
    absent = dict.fromkeys(NEEDS, 0)
    present = dict.fromkeys(NEEDS, 0)
    wrong: list[str] = []
    assert default_pipeline().names() == [name for name, _ in DEFAULT_RULES]
    for path in documents():
        raw = path.read_bytes()
        reading = read_bytes(raw, format_of(str(path)) or "txt")
        state = State(blocks=reading.blocks, format=reading.format)
        for name, fn in DEFAULT_RULES:
            need = NEEDS.get(name)
            if need is None or need.met(facts(state)):
                if need is not None:
                    present[name] += 1
                fn(state)
                continue
            absent[name] += 1
            before = _print(state)
            fn(state)
            if _print(state) != before:
                wrong.append(f"{name} on {path.name}")
    return absent, present, wrong


@pytest.fixture(scope="module")
def runs() -> tuple[dict[str, int], dict[str, int], list[str]]:
    return _absent_runs()


def test_a_rule_whose_need_is_absent_changes_nothing_on_any_corpus_document(
    runs: tuple[dict[str, int], dict[str, int], list[str]],
) -> None:
    _, _, wrong = runs
    assert wrong == []


def test_every_need_is_absent_somewhere_and_present_somewhere(
    runs: tuple[dict[str, int], dict[str, int], list[str]],
) -> None:
    absent, present, _ = runs
    assert [name for name, n in absent.items() if n == 0] == []  # a need absent nowhere saves nothing
    # each need is met by some document of the corpora, where the rule then ran as before
    assert [name for name, n in present.items() if n == 0] == []


def _spy_ruler(need: Need) -> tuple[Ruler[State], list[str]]:
    ran: list[str] = []

    def mark(state: State) -> None:
        ran.append("mark")
        state.blocks[0].set_text(state.blocks[0].text + "&amp;")

    def gated(state: State) -> None:
        ran.append("gated")

    def plain(state: State) -> None:
        ran.append("plain")

    ruler: Ruler[State] = Ruler(
        [("plain", plain), ("mark", mark), ("gated", gated)], needs={"gated": need}, facts=facts
    )
    return ruler, ran


def test_a_rule_is_skipped_where_its_need_is_absent_and_runs_where_present() -> None:
    ruler, ran = _spy_ruler(Need("a line holding 纪要", folded=("纪要",)))
    ruler.disable("mark")
    ruler.run(State(blocks=[Block("关于某事的答复"), Block("某某局")]))
    assert ran == ["plain"]
    ran.clear()
    ruler.run(State(blocks=[Block("工作会议纪要"), Block("某某局")]))
    assert ran == ["plain", "gated"]


def test_facts_are_made_again_after_a_rule_that_ran() -> None:
    # `mark` writes an `&` into a line the facts of the first need did not hold: the gated rule still runs
    ruler, ran = _spy_ruler(Need("a line holding &", text=("&",)))
    ruler.run(State(blocks=[Block("关于某事的答复")]))
    assert ran == ["plain", "mark", "gated"]


def test_a_rule_put_in_a_gated_rules_place_runs_always() -> None:
    pipeline = default_pipeline()
    assert pipeline.need("attachments") is not None
    seen: list[int] = []
    pipeline.at("attachments", lambda state: seen.append(len(state.blocks)))  # (a document with no 附件)
    assert pipeline.need("attachments") is None
    govdoc.parse("关于某事的答复\n\n某某局\n".encode(), format="txt", pipeline=pipeline)
    assert len(seen) == 1


def test_the_timed_run_skips_as_the_plain_run_does() -> None:
    ruler, ran = _spy_ruler(Need("a line holding 纪要", folded=("纪要",)))
    ruler.disable("mark")
    timings: dict[str, float] = {}
    ruler.run(State(blocks=[Block("关于某事的答复")]), timings)
    assert ran == ["plain"]
    assert set(timings) == {"plain", "gated"}  # the need's question is timed under the rule's name


def test_facts_join_the_lines_as_they_stand() -> None:
    found = Facts([Block("甲 乙"), Block("【联系人】某")], "txt")
    assert found.text == "甲 乙\n【联系人】某"
    assert "【" in found.folded


def test_a_need_of_a_format_and_a_mark_is_met_only_by_a_text_holding_the_mark() -> None:
    need = Need("a text input's line holding `&`", frozenset({"txt", "md"}), text=("&",))
    reading = read_bytes("经研究&#12290;现答复如下&#65306;\n".encode(), "txt")
    assert need.met(facts(State(blocks=reading.blocks, format=reading.format)))
    assert not need.met(facts(State(blocks=[Block("关于某事的答复。")], format="txt")))
    assert not need.met(facts(State(blocks=[Block("经研究&#12290;")], format="docx")))
    folded = Need("a line holding `|` in its folded copy", folded=("|",))
    assert folded.met(facts(State(blocks=[Block("项目｜金额")], format="txt")))  # the full-width bar folds to |


def test_a_zone_need_is_asked_only_once_the_zones_are_settled() -> None:
    need = NEEDS["imprint"]
    unsettled = State(blocks=[Block("关于某事的答复")], format="txt")
    assert need.met(facts(unsettled))  # zones not yet filed: taken as met, the rule runs
    settled = State(blocks=[Block("关于某事的答复")], format="txt")
    settled.settle()
    assert not need.met(facts(settled))  # every line unset: no 版记 or trailer line to read


def test_a_document_with_a_zoned_imprint_attachments_and_table_still_gets_them() -> None:
    doc = govdoc.parse(
        (
            "索引号：001/2024-00012\n发布机构：某市教育局\n\n关于某事的答复\n\n某某代表：\n\n"
            "您提出的建议收悉，现答复如下。\n\n特此答复。\n\n附件：1.某某工作方案\n\n某市教育局\n2024年5月6日\n\n"
            "抄送：某市人民政府办公室，某区教育局。\n某市教育局办公室　　2024年5月7日印发\n"
        ).encode(),
        format="txt",
    )
    assert doc.header.metadata.get("发布机构") == "某市教育局"
    assert doc.imprint is not None and "某区教育局" in doc.imprint.cc
    assert doc.attachments == ("某某工作方案",)


def test_facts_are_kept_while_every_line_keeps_its_text_and_made_again_when_one_changes() -> None:
    state = State(blocks=[Block("关于某事的答复"), Block("某某局")], format="txt")
    made = facts(state)
    assert made.text  # the lines' text asked: what `still` compares
    state.blocks[1].zone = Zone.SIGNATURE  # a rule that zones a line changes no text
    assert facts(state, made) is made
    state.blocks[1].set_text("某某局&amp;")
    again = facts(state, made)
    assert again is not made and "&" in again.text
    state.blocks = state.blocks[:1]  # a line left out: the facts are made of the lines there are
    assert facts(state, again) is not again
