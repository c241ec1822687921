"""A cue lets a field rule return at once only where the field cannot be found: every pattern and
label its sources read needs a word of the cue, the lines they read are the lines the cue reads,
and documents parse alike with and without the cues.

The pattern tests read each pattern's source and expand it: every form a match can take (each
optional part present or absent, each group's alternatives, a class or repeat a gap) must hold a
cue's word in one of its literal runs, or the cue's own letter class. A pattern the expander does
not know fails here rather than passing unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc import patterns as P
from govdoc.pipeline import default_pipeline
from govdoc.rules import cues as C
from govdoc.rules import reply_fields, trailer_fields
from govdoc.rules.head import disclosure as D
from govdoc.rules.head import marks as M
from govdoc.rules.head.zones import HEADER_ZONES, TRAILER_ZONES
from govdoc.state import Block, State, Zone
from tests import pattern_forms as F

ROOT = Path(__file__).resolve().parent.parent


def _cued(form: F.Form, words: list[str]) -> bool:
    return F.LETTER in form or any(word in run for run in F.runs(form) for word in words)


def _cue_words(patterns: tuple[object, ...]) -> list[str]:
    """The literal words of a family's cues (the letter class aside): each cue is a list of words."""
    words: list[str] = []
    for pattern in patterns:
        source = pattern.pattern  # type: ignore[attr-defined]
        if source != P.category._LETTER_CLASS:
            assert all(c not in source for c in "[]()?*+{}\\.^$"), source
            words += source.split("|")
    return words


CATEGORY_WORDS = _cue_words(P.CATEGORY_CUES)
DISCLOSURE_WORDS = _cue_words(P.DISCLOSURE_CUES)


def test_every_category_label_and_wording_is_a_word_of_the_category_cue() -> None:
    for key in (*P.CATEGORY_KEYS, *P.CATEGORY_STATE_KEYS):
        assert key in CATEGORY_WORDS, key
    for _, words in P.CATEGORY_WORDING_WORDS:
        assert set(words) <= set(CATEGORY_WORDS)
    assert P.CATEGORY_CUES[0].pattern == P.category._LETTER_CLASS
    assert f"(?P<l>{P.category._LETTER_CLASS})" == P.category._CATEGORY_LETTER


@pytest.mark.parametrize(
    "name",
    [
        "CATEGORY_WORD_LINE",
        "CATEGORY_MARK",
        "CATEGORY_NOTE",
        "CATEGORY_LETTER_LINE",
        "CATEGORY_LEAD",
        "CATEGORY_IN_TITLE",
        "CATEGORY_IN_NOTE",  # a category label inside a 附注 (reply_fields._in_note): the label is a cue word
    ],
)
def test_every_match_of_a_category_pattern_holds_a_word_or_letter_of_the_cue(name: str) -> None:
    pattern = getattr(P, name).pattern
    for form in F.forms(pattern, P.category._LETTER_CLASS):
        assert _cued(form, CATEGORY_WORDS), (name, form)


def test_the_wordings_read_as_their_words() -> None:
    for (_, pattern), (_, words) in zip(P.CATEGORY_WORDINGS, P.CATEGORY_WORDING_WORDS, strict=True):
        assert pattern.pattern.split("|") == list(words)


@pytest.mark.parametrize("name", ["DISCLOSURE_VALUE", "DISCLOSED_NOTE", "DISCLOSURE_MARK", "DISCLOSURE_SENTENCE"])
def test_every_match_of_a_disclosure_pattern_holds_the_disclosure_cue(name: str) -> None:
    for form in F.forms(getattr(P, name).pattern):
        assert _cued(form, DISCLOSURE_WORDS), (name, form)


def test_every_disclosure_label_holds_the_disclosure_cue() -> None:
    for key in P.DISCLOSURE_KEYS:
        assert any(word in key for word in DISCLOSURE_WORDS), key


def test_the_expander_finds_a_form_without_the_cue() -> None:
    """The check can fail: a wording line that names no category word is caught."""
    forms = F.forms(r"^(?:已经?回复|[\p{Han}]{0,2}采纳)$")
    assert not all(_cued(form, CATEGORY_WORDS) for form in forms)
    assert _cued(F.forms("已经解决")[0], CATEGORY_WORDS)


def test_the_marks_and_signer_cues_are_the_words_the_marks_rule_looks_for_first() -> None:
    """header_marks reads a line only where it holds a mark word or a signer word, which
    tests/test_rule_speed.py ties to SECURITY, URGENCY and SIGNER; the cues are those words."""
    assert _cue_words(P.MARKS_CUES) == list(M._MARK_WORDS)
    assert _cue_words(P.SIGNER_CUES) == list(M._SIGNER_WORDS)
    for name in ("SECURITY", "URGENCY"):
        for form in F.forms(getattr(P, name).pattern):
            assert _cued(form, _cue_words(P.MARKS_CUES)), (name, form)
    assert P.SIGNER_CELL.pattern.endswith(f"(?:{P.SIGNER.pattern})")


def test_the_cued_rules_read_only_lines_the_cue_reads() -> None:
    assert HEADER_ZONES | TRAILER_ZONES == C.CUE_ZONES
    assert reply_fields._LABELLED_ZONES <= C.CUE_ZONES and reply_fields._HEADER_LINES <= C.CUE_ZONES
    assert D._LABELLED_ZONES <= C.CUE_ZONES and D._NOTE_ZONES <= C.CUE_ZONES
    assert {D._HEADER, D._DOC_NUMBER, D._NOTE} <= C.CUE_ZONES
    # signer_after_date: the 落款 date's line (the cue reads it wherever it stands) and these zones
    assert {trailer_fields._NOTE, trailer_fields._CONTACT, trailer_fields._TRAILER} <= C.CUE_ZONES


def test_the_category_sources_are_the_ones_tied_to_the_cue() -> None:
    """A new source of the answer category must be tied to the cue above before it is listed."""
    names = [source.__name__ for source in reply_fields.CATEGORY_SOURCES]
    assert names == [
        "_labelled",
        "_beside_doc_number",
        "_beside_date",
        "_in_title",
        "_mark_line",
        "_in_note",
        "_form_row",  # a form's rows under its title: cues.form_rows, which the cue reads too
    ]


def _cues_of(text: str) -> frozenset[str] | None:
    got: list[State] = []
    pipeline = default_pipeline()
    pipeline.after("cues", "keep", got.append)
    govdoc.parse_text(text, pipeline=pipeline)
    return got[0].cues


def test_a_spaced_category_label_in_the_trailer_is_cued() -> None:
    text = "关于增设公交站点的建议的答复\n王某代表：\n您提出的建议收悉。现答复如下：已增设站点。\n某区交通局\n2024年3月1日\n办 理 结 果：解决采纳\n"
    assert C.CATEGORY in (_cues_of(text) or ())
    assert govdoc.parse_text(text).header.handling_result == "A"


def test_a_document_without_category_or_disclosure_words_is_cued_for_neither() -> None:
    text = "关于增设公交站点的建议的答复\n王某代表：\n您提出的建议收悉。现答复如下：我局将按规划增设站点。\n某区交通局\n2024年3月1日\n"
    assert _cues_of(text) == frozenset()
    doc = govdoc.parse_text(text)
    assert doc.header.handling_result is None and doc.header.disclosure is None


def test_a_disclosure_note_is_cued() -> None:
    text = "关于增设公交站点的建议的答复\n王某代表：\n您提出的建议收悉。现答复如下：已增设站点。\n某区交通局\n2024年3月1日\n（此件公开发布）\n"
    assert _cues_of(text) == frozenset({C.DISCLOSURE})
    assert govdoc.parse_text(text).header.disclosure == "主动公开"


def test_a_signer_and_a_security_mark_are_cued() -> None:
    text = "某县人民政府文件\n某政发〔2024〕3号　签发人：张某\n秘密★1年\n关于加强安全生产工作的通知\n各乡镇人民政府：\n现就有关事项通知如下。\n某县人民政府\n2024年3月1日\n"
    assert _cues_of(text) == frozenset({C.MARKS, C.SIGNER})
    header = govdoc.parse_text(text).header
    assert header.signer == "张某" and header.security == "秘密★1年"


def test_a_signer_after_the_date_is_cued() -> None:
    text = (
        "关于加强安全生产工作的报告\n市人民政府：\n现将有关情况报告如下。\n某县人民政府\n2024年3月1日\n领导签发：王某\n"
    )
    assert C.SIGNER in (_cues_of(text) or ())
    assert govdoc.parse_text(text).header.signer == "王某"


def test_a_rule_runs_where_the_cues_were_never_read() -> None:
    state = State(blocks=[Block("某区交通局", zone=Zone.SIGNATURE), Block("A类", zone=Zone.TRAILER)])
    assert state.cues is None
    reply_fields.handling_result(state)
    assert state.header.handling_result == "A"
    state = State(blocks=[Block("A类", zone=Zone.TRAILER)], cues=frozenset())
    reply_fields.handling_result(state)
    assert state.header.handling_result is None  # told there is no category word: not looked for


def test_the_fixtures_parse_alike_with_and_without_the_cues() -> None:
    uncued = default_pipeline()
    uncued.disable("cues")
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((ROOT / "fixtures").glob("*.md"))
    assert paths
    for path in paths:
        assert govdoc.parse(str(path)).to_dict() == govdoc.parse(str(path), pipeline=uncued).to_dict(), path.name
