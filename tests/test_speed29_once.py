"""Issue #19 item 2 (speed29): a question asked once where it was asked again, told by counting the
calls, never by timing them. Each speed-up here must leave the Document as it was; the corpus tests and
`scripts/compare_text.py` hold that, and these tests hold that the work is not done twice."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import pytest

import govdoc
from govdoc import patterns as P
from govdoc.fields import proposal
from govdoc.model import Document


class _Counted:
    """A compiled pattern that counts its calls by method and passes them on."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)
        if not callable(method):
            return method

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return method(*args, **kwargs)

        return counted


def _parse(text: str) -> Document:
    return govdoc.parse(text.encode("utf-8"), format="txt")


def _twice(text: str) -> str:
    return "".join(ch + ch for ch in text)


# --- fake_bold: doubled pairs are read within a line only -----------------------------------------------


def test_doubled_pairs_never_run_on_across_a_line_end() -> None:
    """Two pairs closing one line and three opening the next are five in a row only across the line end,
    which the joined search must not read as one run: both lines stay as written."""
    doc = _parse("关于开展巡查的通知\n各单位：\n请于本周内认认真真\n踏踏实实做好巡查工作。\n某区住建局\n2025年4月1日\n")
    assert "认认真真" in doc.text and "踏踏实实" in doc.text
    assert "text-repaired" not in [w.code for w in doc.warnings]


# --- find_proposal: the folded copies handed in are used, the turn to the answer found once -----------


def test_find_proposal_folds_no_paragraph_it_is_handed_with_its_folded_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    folded: list[str] = []
    real = proposal.fold

    def counting(text: str) -> str:
        folded.append(text)
        return real(text)

    monkeypatch.setattr(proposal, "fold", counting)
    opening = [
        "王某某代表：",
        "您在区十届人大三次会议上提出的关于加快老旧小区加装电梯的第0088号建议收悉，现答复如下：",
        "一、关于资金补助的建议，我局已会同区财政局研究。",
    ]
    ref = proposal.find_proposal(None, [], [(p, real(p)) for p in opening], [])
    assert ref is not None and ref.number == "0088" and ref.kind == "建议"
    assert not set(opening) & set(folded)  # each paragraph came with its folded copy
    # handed as bare text, the paragraphs are folded here, and the same reference is found
    assert proposal.find_proposal(None, [], opening, []) == ref


def test_the_opening_s_turn_to_the_answer_is_asked_once_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[str] = Counter()
    real = proposal.opens_answer

    def counting(folded: str) -> bool:
        asked[folded] += 1
        return real(folded)

    monkeypatch.setattr(proposal, "opens_answer", counting)
    opening = [
        "陈某某委员：",
        "您提出的《关于加强社区养老服务的提案》收悉，现将办理情况答复如下：",
        "近年来，我局持续推进社区养老服务设施建设。",
    ]
    ref = proposal.find_proposal(None, [], opening, [])
    assert ref is not None and ref.title == "关于加强社区养老服务的提案"
    assert asked and max(asked.values()) == 1  # the proposer's, the title's and the meeting's reading share it


# --- the read's one non-ASCII class scan: a bitmap for the BMP, the ranges past it apart ---------------


def test_the_two_scans_of_the_wide_class_find_what_the_one_class_finds_at_every_code_point() -> None:
    from govdoc.readers.text_signs import MAY_PICTOGRAPH_OR_ZERO_WIDTH, may_be_wide

    differ = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and may_be_wide(f"关于{chr(code)}") != (MAY_PICTOGRAPH_OR_ZERO_WIDTH.search(f"关于{chr(code)}") is not None)
    ]
    assert differ == []


def test_the_bmp_scan_holds_no_character_past_the_bmp() -> None:
    """The split pays only while the first class stays below U+10000, where the standard engine keeps it as a
    bitmap: a character past the BMP added to it would turn it back into a list of ranges."""
    from govdoc.readers import text_signs

    assert all(ord(c) <= 0xFFFF for c in text_signs._WIDE_BMP)
    assert text_signs.may_be_wide("葛\U000e0100") and text_signs.may_be_wide("📌一、加强值守")
    assert not text_signs.may_be_wide("关于加强防汛工作的通知（试行）：“一、”——《办法》※①○●□■√×★☆→")


# --- title_organ_end: a line's answer kept, the header's climb and the issuer's reading share it --------


def test_the_organ_before_a_titles_verb_is_read_once_a_text_however_often_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from govdoc.rules import lines as L

    verbs = _Counted(P.TITLE_VERB)
    monkeypatch.setattr(P, "TITLE_VERB", verbs)
    L.title_organ_end.cache_clear()
    title = "东山县农业农村局关于做好春耕备耕工作的通知"
    assert L.title_organ_end(title) == len("东山县农业农村局")
    assert L.title_organ_end(title) == len("东山县农业农村局")
    assert L.title_organ_end("关于做好春耕备耕工作的通知") is None
    assert verbs.calls["finditer"] == 2  # two texts, two readings
    L.title_organ_end.cache_clear()


# --- StartGuard: an alternative filed under several characters asks one class scan of them ------------


def test_an_alternative_needing_one_of_several_characters_answers_as_the_pattern() -> None:
    import regex

    from govdoc.first_chars import StartGuard

    source = r"^\d{1,4}[ ]?(?:封邮件|messages?)$"  # every match holds 封 or m: filed under both
    guard = StartGuard(source)
    pattern = regex.compile(source)
    assert [one_of is not None for _, one_of, _ in guard._needing] == [True]  # one class scan, no generator
    texts = ["12封邮件", "3 messages", "3 message", "12", "封", "m", "邮件12封", "12 封邮件", "12345封邮件", ""]
    for text in texts:
        assert guard.match(text) == bool(pattern.match(text)), text
