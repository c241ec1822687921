"""Document.from_json / from_dict give back the same typed object: parse → JSON → object → JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

import govdoc
from tests.conftest import FIXTURES, SHARED, need_shared
from tests.test_properties import SETTINGS, Generated, reply_documents

SAMPLES = [
    *sorted(FIXTURES.glob("*.txt")),
    *sorted(FIXTURES.glob("*.md")),
    *sorted(FIXTURES.glob("*.html")),
    *sorted((FIXTURES / "docx").glob("*.docx")),
    FIXTURES / "pdf" / "seed-official.pdf",
]


def _same_both_ways(doc: govdoc.Document) -> None:
    raw = doc.to_json()
    back = govdoc.Document.from_json(raw.encode("utf-8"))
    assert back == doc
    assert back.to_json() == raw
    assert govdoc.Document.from_dict(doc.to_dict()) == doc
    assert isinstance(back.sections, tuple) and isinstance(back.header.recipients, tuple)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_every_fixture_round_trips(path: Path) -> None:
    _same_both_ways(govdoc.parse(path))


def test_the_dev_corpus_round_trips() -> None:
    corpus = need_shared(SHARED / "corpus" / "dev")
    for path in sorted(corpus.glob("*.txt")):
        _same_both_ways(govdoc.parse(path))


def test_an_enriched_document_round_trips() -> None:
    pytest.importorskip("jieba")
    doc = govdoc.parse(FIXTURES / "putuo-reply-2023.txt", enrich=True)
    assert doc.figures and doc.organizations and doc.keywords
    _same_both_ways(doc)


@SETTINGS
@given(reply_documents())
def test_generated_documents_round_trip(gen: Generated) -> None:
    _same_both_ways(govdoc.parse_text(gen.text))


def test_a_batch_record_line_reads_back_as_its_document(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    from govdoc.batch import run_batch

    run_batch([str(FIXTURES / "run-in-headings.txt")], out, workers=1, quiet=True)
    line = out.read_bytes()
    doc = govdoc.Document.from_json(line)
    assert doc.source.path == json.loads(line)["path"] == str(FIXTURES / "run-in-headings.txt")


def test_data_outside_the_contract_is_refused() -> None:
    data = govdoc.parse(FIXTURES / "run-in-headings.txt").to_dict()
    data["kind"] = "memo"
    with pytest.raises(ValueError, match="kind"):
        govdoc.Document.from_dict(data)
