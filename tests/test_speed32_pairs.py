"""Session 32 (issue #19 item 2): the rule joining a trailer line a width cut asks only the pairs a line can open.

`join_cut_trailer_lines` (`rules.join_values._join_pairs`) walked every pair of lines, asking its test of each,
and joins nothing in most documents. Now it names where its upper lines can stand (`heads`: the contact and 附注
lines, by their zone), only the pairs those open are asked, and the walk of every line is made only where one
joins. Held here: both rules built on `_join_pairs` (`join_cut_dates` still walks) leave every corpus document
as the walk of every pair does, written documents with a cut date and a cut contact note are still joined, and a
document without a contact or 附注 line has the trailer's pair test asked not once (counted, never timed). The
documents are written here (made-up organs and people).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

import govdoc
from govdoc.pipeline import DEFAULT_RULES
from govdoc.readers import format_of, read_bytes
from govdoc.rules import join_values as J
from govdoc.state import State
from tests.test_needs import _print, documents

_ID = re.compile(r"\((\d+), ")

_CUT_DATE = (
    "关于增设乡村客运班线的答复\n"
    "\n"
    "钱某某代表：\n"
    "　　您提出的关于增设乡村客运班线的建议收悉。现答复如下：\n"
    "　　我局已将东岭村至县城的班线列入今年计划，九月底前开通。\n"
    "　　特此答复。\n"
    "\n"
    "                                        南岭县交通运输局\n"
    "                                        2024年6月\n"
    "                                        18日\n"
)

_CUT_NOTE = (
    "关于增设乡村客运班线的答复\n"
    "\n"
    "钱某某代表：\n"
    "　　您提出的关于增设乡村客运班线的建议收悉。现答复如下：\n"
    "　　我局已将东岭村至县城的班线列入今年计划，九月底前开通。\n"
    "　　特此答复。\n"
    "\n"
    "南岭县交通运输局\n"
    "2024年6月18日\n"
    "（联系人：孔某某，联系电话：0731-5528\n"
    "6677）\n"
)

_PLAIN = (
    "关于增设乡村客运班线的答复\n"
    "\n"
    "钱某某代表：\n"
    "　　您提出的关于增设乡村客运班线的建议收悉。现答复如下：\n"
    "　　我局已将东岭村至县城的班线列入今年计划，九月底前开通。\n"
    "　　特此答复。\n"
    "\n"
    "南岭县交通运输局\n"
    "2024年6月18日\n"
)

_RULES = {"join_cut_dates": J.join_cut_dates, "join_cut_trailer_lines": J.join_cut_trailer_lines}


def _same(state: State) -> str:
    """`_print` of a state less its blocks' ids (each copy of a state has its own blocks)."""
    return _ID.sub("(", _print(state))


def _states_before(path: Path | str, names: set[str]) -> dict[str, State]:
    """The state each rule of `names` meets in a parse of `path` (a copy of it), or of a written text."""
    if isinstance(path, str):
        reading = read_bytes(path.encode(), "txt")
    else:
        reading = read_bytes(path.read_bytes(), format_of(str(path)) or "txt")
    state = State(blocks=reading.blocks, format=reading.format)
    met: dict[str, State] = {}
    for name, fn in DEFAULT_RULES:
        if name in names:
            met[name] = copy.deepcopy(state)
        fn(state)
    return met


def test_a_date_cut_after_its_month_is_still_one_date() -> None:
    doc = govdoc.parse(_CUT_DATE.encode(), format="txt")
    assert doc.signature is not None
    assert doc.signature.issuers == ("南岭县交通运输局",)
    assert doc.signature.date == "2024-06-18"
    assert any(w.code == "page-break-joined" for w in doc.warnings)


def test_a_contact_note_cut_inside_its_phone_is_still_one_line() -> None:
    doc = govdoc.parse(_CUT_NOTE.encode(), format="txt")
    assert doc.contact is not None
    assert doc.contact.name == "孔某某"
    assert doc.contact.phones == ("0731-55286677",)
    assert any(w.code == "page-break-joined" for w in doc.warnings)


def test_no_trailer_pair_is_asked_where_no_contact_or_note_line_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    trailer_cut = J._trailer_cut

    def counted_trailer(a: object, b: object) -> bool:
        asked.append(getattr(a, "text", ""))
        return trailer_cut(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(J, "_trailer_cut", counted_trailer)
    # no contact or 附注 line: no pair is asked
    doc = govdoc.parse(_PLAIN.encode(), format="txt")
    assert doc.signature is not None and doc.signature.date == "2024-06-18"
    assert asked == []
    # the cut contact note: the pair its line opens is asked first; it joins, so the walk asks every pair after
    govdoc.parse(_CUT_NOTE.encode(), format="txt")
    assert asked[0].startswith("（联系人")
    assert len(asked) > 1


def test_the_plain_reply_is_left_as_it_was() -> None:
    doc = govdoc.parse(_PLAIN.encode(), format="txt")
    assert doc.signature is not None and doc.signature.date == "2024-06-18"
    assert not any(w.code == "page-break-joined" for w in doc.warnings)


def test_every_corpus_document_is_joined_as_the_walk_of_every_pair_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    walk_all = J._join_pairs

    def without_heads(*args: object, **kwargs: object) -> None:
        kwargs.pop("heads", None)
        walk_all(*args, **kwargs)  # type: ignore[arg-type]

    joined = 0
    cases: list[Path | str] = [*documents(), _CUT_DATE, _CUT_NOTE, _PLAIN]
    for path in cases:
        met = _states_before(path, set(_RULES))
        for name, state in met.items():
            mine, walked = copy.deepcopy(state), copy.deepcopy(state)
            _RULES[name](mine)
            with monkeypatch.context() as m:
                m.setattr(J, "_join_pairs", without_heads)
                _RULES[name](walked)
            assert _same(mine) == _same(walked), (name, str(path)[:40])
            joined += len(mine.blocks) != len(state.blocks)
    assert joined == 2  # the written cut date and note (no corpus document has one): the walk after a join is held too
