"""Session 16 (issue #19, "linear in the input"): `join_breaks` gathers the lines of a paragraph
joined past `joins._LONG` characters and joins them once, asking its questions of the paragraph's
two ends meanwhile (`joins._Grown`). These tests hold the gathered paragraph to what joining line
by line (`Block.absorb`) leaves, and the answers asked of its ends to those asked of the whole on
paragraphs that run long: running text, a section's text under a run-in heading, asides, spaced
figures and page ends inside it.

Item 2: `pipe_rows`, which fires only where a line holds a `|`, asks the document first in one pass
in C (`State.holds`) and skips its walk where none does; the documents below hold it and the other
rules that fire on rare lines (tried with such passes this session, and taken back: in instructions
the passes cost more than the walks they spared) to firing where their lines stand.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import govdoc
from govdoc.blocks import Block, Hints
from govdoc.rules import joins
from govdoc.state import State, Zone

_LINE = "各区要落实防汛责任，加强巡查值守（含夜间），"


def _lines(n: int) -> list[Block]:
    """`n` lines of 22 characters, some with bold runs, gaps and removed spaces, hints changing."""
    out = []
    for k in range(n):
        out.append(
            Block(
                _LINE,
                bold=[(1, 3)] if k % 3 == 0 else (),
                gaps=[5] if k % 4 == 1 else (),
                spaces=[2, 7] if k % 5 == 2 else (),
                hints=Hints(paragraph_end=k == n - 1, soft_break=k % 7 == 3),
            )
        )
    return out


def test_a_gathered_paragraph_is_the_block_joining_line_by_line_leaves() -> None:
    lines, copies = _lines(120), _lines(120)
    first = copies[0]
    for b in copies[1:]:
        first.absorb(b, origin=False)
    grown = joins._Grown(lines[0])
    offsets = [grown.absorb(b) for b in lines[1:]]
    whole = grown.whole()
    assert whole is lines[0]
    assert offsets == [22 * k for k in range(1, 120)]
    assert (whole.text, whole.folded, whole.hints) == (first.text, first.folded, first.hints)
    assert (list(whole.bold), list(whole.gaps), list(whole.spaces)) == (
        list(first.bold),
        list(first.gaps),
        list(first.spaces),
    )


def test_a_paragraph_is_asked_about_through_its_first_and_last_characters() -> None:
    lines = _lines(120)
    grown = joins._Grown(lines[0])
    for b in lines[1:]:
        grown.absorb(b)
        ends = grown.ends()
    whole = grown.whole()
    n = joins._ENDS
    cut = len(whole.text) - n
    assert ends.text == whole.text[:n] + whole.text[-n:]
    assert ends.folded == whole.folded[:n] + whole.folded[-n:]
    assert list(ends.gaps) == [g for g in whole.gaps if g < n] + [g - cut + n for g in whole.gaps if g >= cut]
    assert list(ends.spaces) == [g for g in whole.spaces if g < n] + [g - cut + n for g in whole.spaces if g >= cut]
    assert ends.hints == whole.hints and ends.zone is whole.zone


_HEAD = "某市人民政府办公厅关于做好防汛工作的通知\n\n各区人民政府：\n\n现就有关事项通知如下：\n\n"
_TAIL = "特此通知。\n\n某市人民政府办公厅\n2024年5月6日\n"


def _wrapped(body: str, width: int = 28) -> str:
    return "\n".join(body[k : k + width] for k in range(0, len(body), width))


def _long_bodies() -> Iterator[str]:
    """Bodies whose paragraphs run past `joins._LONG` once joined."""
    text = "".join(f"各区要落实第{i}项防汛责任，加强巡查值守，" for i in range(120))
    yield _wrapped(text + "。")
    yield _wrapped("（一）加强组织领导。" + text + "。") + "\n（二）强化督查。各街道要落实。"
    yield _wrapped("一、关于“完善交通设施，加强停车建设”的建议" + text + "。")
    yield _wrapped("1.建立台账" + text) + "\n\f" + _wrapped(text + "。")
    yield _wrapped("三是推进 2024 年度 15 个项目，" + text + "（详见附件") + "\n1），明确责任。"
    yield _wrapped("联系人：王某，电话：0571-87654321，" + text + "。")
    # review16 R13's two questions of the whole paragraph, on new examples: an inline list whose
    # first member stands early and whose closing stop only in the middle (none in the last 512),
    # the next member on the line under it; and a bracket opened in the middle, one closed and one
    # opened in the tail, its figure on the line under it
    words = "".join(f"持续推进第{i}段农村公路建设，" for i in range(120))
    yield (
        _wrapped("各镇要做好以下工作：（1）加强日常养护；" + words[:400] + "。" + words[400:1300]) + "\n（2）加快整改。"
    )
    yield (
        _wrapped(words[:700] + "（含村道" + words[700:1100] + "）" + words[1100:1300] + "（详见附件")
        + "\n1），明确责任。"
    )


@pytest.mark.parametrize(
    "body",
    list(_long_bodies()),
    ids=["running", "run-in", "framed", "page end", "aside", "contact", "inline list", "bracket counts"],
)
def test_a_long_paragraph_joins_as_asked_of_it_whole(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _HEAD + body + "\n\n" + _TAIL
    by_ends = govdoc.parse_text(text).to_dict()
    monkeypatch.setattr(joins, "_LONG", 10**9)  # never gathered: each question asked of the whole
    assert govdoc.parse_text(text).to_dict() == by_ends


def test_joining_past_the_bound_warns_each_join_where_its_lines_meet() -> None:
    lines = _wrapped("".join(f"各区要落实第{i}项防汛责任，加强巡查值守，" for i in range(160)) + "。").split("\n")
    flat = "".join(lines)
    assert len(flat) > 2 * joins._LONG
    doc = govdoc.parse_text(_HEAD + "\n".join(lines) + "\n\n" + _TAIL)
    start = doc.text.index(flat)
    meets = [len("".join(lines[:k])) for k in range(1, len(lines))]
    joined = [w.span for w in doc.warnings if w.code == "page-break-joined"]
    assert [(s.start - start, s.end - start) for s in joined] == [(m - 1, m + 1) for m in meets]


def test_a_state_tells_whether_any_line_holds_a_part() -> None:
    lines = [Block("某市水利局"), Block("（一）加强（组织）领导", zone=Zone.BODY), Block("ＡＢ｜ｃ", zone=Zone.TRAILER)]
    state = State(lines)
    assert state.holds("（") and state.holds("(", folded=True) and not state.holds("(")
    assert state.holds("｜") and not state.holds("|") and state.holds("|", folded=True)
    assert not state.holds("\t") and not State([]).holds("|")


_NOTICE = "某市水利局关于做好防汛工作的通知\n\n各区水务局：\n\n{body}\n\n特此通知。\n\n某市水利局\n{date}\n{after}"


def _parsed(body: str, date: str = "2024年5月6日", after: str = "") -> govdoc.Document:
    return govdoc.parse_text(_NOTICE.format(body=body, date=date, after=after))


def test_a_pipe_table_in_the_body_is_still_read_as_a_table() -> None:
    doc = _parsed("现将各区任务分解如下：\n| 区 | 任务 |\n|---|---|\n| 城东区 | 整治河道 |\n| 城西区 | 加固堤防 |")
    assert [t.rows for t in doc.tables] == [(("区", "任务"), ("城东区", "整治河道"), ("城西区", "加固堤防"))]
    assert "|" not in doc.text


def test_a_layout_row_of_one_cell_still_loses_its_edges() -> None:
    doc = _parsed("| 各区要落实防汛责任，加强巡查值守。 | ||||")
    assert "各区要落实防汛责任，加强巡查值守。" in doc.text.split("\n")
    assert "|" not in doc.text


def test_a_reading_aid_and_spaced_junk_are_still_taken_out() -> None:
    doc = _parsed("镇(zhèn)康县要落实防汛责任。来件收悉。5 o9 W! ^+ u7 T& r7 W' k")
    assert "镇康县要落实防汛责任。来件收悉。" in doc.text
    assert "zhèn" not in doc.text and "o9" not in doc.text


def test_a_date_cut_after_its_month_and_a_cut_contact_note_are_still_joined() -> None:
    doc = _parsed("各区要落实防汛责任。", date="2024年6月\n18日", after="（联系人：詹某，联系电话：0571-870\n34567）\n")
    assert doc.signature is not None and doc.signature.date == "2024-06-18"
    assert "（联系人：詹某，联系电话：0571-87034567）" in doc.text.split("\n")
