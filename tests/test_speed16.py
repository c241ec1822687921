"""Session 16 (issue #19, "linear in the input"): `join_breaks` gathers the lines of a paragraph
joined past `joins._LONG` characters and joins them once, asking its questions of the paragraph's
two ends meanwhile (`joins._Grown`). These tests hold the gathered paragraph to what joining line
by line (`Block.absorb`) leaves, and the answers asked of its ends to those asked of the whole on
paragraphs that run long: running text, a section's text under a run-in heading, asides, spaced
figures and page ends inside it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import govdoc
from govdoc.blocks import Block, Hints
from govdoc.rules import joins

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


@pytest.mark.parametrize(
    "body", list(_long_bodies()), ids=["running", "run-in", "framed", "page end", "aside", "contact"]
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
