"""Invariants over every annotated document in every format it comes in.

Whatever the values, the output must hold together: every span slices to its element's text,
children lie inside their parents and siblings in order, `Document.text` is NFC, and for text
input nothing is invented: every character of `text` comes from the input, in order, except
the line and cell separators the contract puts between blocks.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest

import govdoc
from govdoc.model import Span
from govdoc.readers.text import decode
from tests.conftest import SHARED, need_shared
from tests.invariants import check_invariants, invented, spanned_texts
from tests.test_corpus import CASES, case_id, parsed


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[case_id(c) for c in CASES])
def test_every_annotated_document_holds_together(source: Path, expected: Path) -> None:
    check_invariants(parsed(source))


TEXT_CASES = [c for c in CASES if c[0].suffix in (".txt", ".md")]


@pytest.mark.parametrize(("source", "expected"), TEXT_CASES, ids=[case_id(c) for c in TEXT_CASES])
def test_text_input_invents_nothing(source: Path, expected: Path) -> None:
    raw, _ = decode(source.read_bytes(), path=str(source))
    original = unicodedata.normalize("NFC", raw)
    assert invented(parsed(source).text, original) is None


def test_the_invention_check_can_fail() -> None:
    assert invented("甲\n乙", "甲乙丙") is None
    assert invented("乙甲", "甲乙") is not None
    assert invented("甲丁", "甲乙") is not None


def test_the_span_checks_can_fail() -> None:
    doc = parsed(CASES[0][0])
    spans = list(spanned_texts(doc))
    assert any(".items[" in where for where, _, _ in spans) or any(".preamble[" in w for w, _, _ in spans)
    first = doc.preamble[0] if doc.preamble else next(doc.iter_sections()).paragraphs[0]
    moved = dataclasses.replace(first, span=Span(first.span.start + 1, first.span.end + 1))
    if doc.preamble:
        broken = dataclasses.replace(doc, preamble=(moved, *doc.preamble[1:]))
    else:
        section = dataclasses.replace(doc.sections[0], paragraphs=(moved, *doc.sections[0].paragraphs[1:]))
        broken = dataclasses.replace(doc, sections=(section, *doc.sections[1:]))
    with pytest.raises(AssertionError):
        check_invariants(broken)


WILD = sorted((SHARED / "corpus" / "wild").glob("*.txt"))


def test_the_wild_pages_are_present() -> None:
    need_shared(SHARED / "corpus" / "wild")
    assert len(WILD) >= 100


@pytest.mark.parametrize("source", WILD, ids=[p.name for p in WILD])
def test_every_wild_page_holds_together_and_invents_nothing(source: Path) -> None:
    """Real pages with no expected values: whatever they give, it is a document that holds
    together, or a typed error about the input (never `internal-error`)."""
    try:
        doc = govdoc.parse(source)
    except govdoc.GovDocError as exc:
        assert exc.code != "internal-error", str(exc)
        return
    check_invariants(doc)
    raw, _ = decode(source.read_bytes(), path=str(source))
    assert invented(doc.text, unicodedata.normalize("NFC", raw)) is None
