"""A parse grows linearly with its input (issue #19: "linear in the input"), counted, not timed.

Timing ratios flake on a loaded two-core machine; counts do not. Each family of inputs below is
made at two sizes four times apart, and for each rule of the default pipeline two counts are
compared, so that a rule whose work grows with the square of the input (a walk over the text
above each line, a search over the list per label) fails here on any machine:

* what it reads of the block list (`tests.scans`): per block, at the larger size, no more passes
  than its budget in `tests/test_block_scans.py` (a walk per line makes the passes grow with
  the number of lines) and no more look-ups than `MAX_LOOKS`;
* the Python lines it runs (a `sys.settrace` count, after a parse of both sizes has compiled
  every pattern): per character of input, at most `MAX_STEP` times as many at the larger size as
  at the smaller (quadratic work gives about 4, linear work 1; the slack covers what a rule
  pays once per document and pieces that begin to repeat only past the smaller size).

The families: the seed repeated; wild documents run together; and documents written here with
what makes a rule loop: many sections and enumerations, a long 版记 and signature block, link
lists under many labels, bare page numbers under running heads, form feeds cutting run-in titles.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

import govdoc
from govdoc.pipeline import default_pipeline
from tests.conftest import SEED, SHARED, need_shared
from tests.scans import rule_reads, state_of
from tests.test_block_scans import BUDGET, MAX_LOOKS

MAX_STEP = 2.0  # per character, lines run at 4x the input over lines run at 1x
MIN_LINES = 2000  # a rule running fewer lines at the larger size is not compared (a fixed cost)
SMALL, LARGE = 8, 32  # copies of a written family's repeated part

_CN = "一二三四五六七八九"
_HEAD = "某市人民政府办公厅关于做好防汛工作的通知\n\n各区人民政府：\n\n现就有关事项通知如下：\n\n"
_TAIL = "特此通知。\n\n某市人民政府办公厅\n2024年5月6日\n\n"


def _cn(n: int) -> str:
    """一 … 九十九 for 1 … 99."""
    tens, units = divmod(n, 10)
    return (_CN[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (_CN[units - 1] if units else "")


def _sections(n: int) -> str:
    parts = [
        f"{_cn(i % 99 + 1)}、关于第{i}项工作\n\n各区要加强第{i}项工作，落实责任。\n\n"
        "（一）全面排查。对重点部位开展排查。\n\n（二）限期整改。建立台账。\n\n"
        for i in range(n)
    ]
    return _HEAD + "".join(parts) + _TAIL


def _enumerations(n: int) -> str:
    members = "".join(f"{_cn(i % 99 + 1)}是加强第{i}项工作，落实责任；" for i in range(n))
    items = "".join(f"{i + 1}. 第{i + 1}项要求，按时完成。\n" for i in range(n))
    return _HEAD + "一、工作要求\n\n各区要做好以下工作：" + members + "\n\n" + items + "\n" + _TAIL


def _long_trailer(n: int) -> str:
    cc = "".join(f"抄送：市委办公厅{i}，市人大常委会办公厅，市政协办公厅。\n" for i in range(n))
    organs = "".join(f"某市第{i}人民政府办公厅\n" for i in range(n))
    return _HEAD + "一、压实责任\n\n各区要落实责任。\n\n特此通知。\n\n" + organs + "2024年5月6日\n\n" + cc


def _link_lists(n: int) -> str:
    links = "".join(f"相关链接：\n某市人民政府{i}\n关于某事的解读{i}\n" for i in range(n))
    return _HEAD + "一、压实责任\n\n各区要落实责任。\n\n" + _TAIL + links


def _bare_page_numbers(n: int) -> str:
    pages = [
        f"{_cn(i % 99 + 1)}、工作\n\n各区要落实责任，加强巡查，每日巡查一次。\n{i % 900 + 1}\n"
        "某市人民政府办公厅关于做好防汛工作的通知\n各区要做好工作。\n\n"
        for i in range(n)
    ]
    return _HEAD + "".join(pages) + _TAIL


def _page_breaks(n: int) -> str:
    parts = [f"（{_cn(i % 99 + 1)}）加强组织\n\f领导。各街道要落实第{i}项。\n" for i in range(n)]
    return _HEAD + "".join(parts) + _TAIL


def _seed(n: int) -> str:
    return "\n".join([SEED.read_text(encoding="utf-8")] * n)


def _wild(n: int) -> str:
    """The first `n` wild documents run together: different documents, not one repeated (a web
    page's text repeated whole is a repost, which `repeats` drops, and the footer rule then walks
    the dropped copies as the page's trailing chrome)."""
    wild = sorted(need_shared(SHARED / "corpus" / "wild").glob("*.txt"))[:n]
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in wild)


# name: (the family, its smaller and larger size)
FAMILIES: dict[str, tuple[Callable[[int], str], int, int]] = {
    "seed": (_seed, 2, 8),  # from 2: a second copy after the 落款 is what the trailer rules then read
    "wild": (_wild, 20, 80),
    "sections": (_sections, SMALL, LARGE),
    "enumerations": (_enumerations, SMALL, LARGE),
    "long trailer": (_long_trailer, SMALL, LARGE),
    "link lists": (_link_lists, SMALL, LARGE),
    "bare page numbers": (_bare_page_numbers, SMALL, LARGE),
    "page breaks": (_page_breaks, SMALL, LARGE),
}


def lines_run(text: str) -> dict[str, int]:
    """Per rule, the Python lines it runs on `text` (line events of `sys.settrace`)."""
    state = state_of(text)
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return trace

    found: dict[str, int] = {}
    for entry in default_pipeline()._rules:
        before = count
        sys.settrace(trace)
        try:
            entry.fn(state)
        finally:
            sys.settrace(None)
        found[entry.name] = count - before
    return found


@pytest.mark.parametrize("family", FAMILIES)
def test_no_rule_walks_the_blocks_more_often_as_the_input_grows(family: str) -> None:
    make, _, large = FAMILIES[family]
    for rule, reads in rule_reads(state_of(make(large))).items():
        budget = BUDGET.get(rule, (1, ""))[0]
        assert reads.passes <= budget + 1e-9, f"{family}: {rule} walks the blocks {reads.passes:.2f} times"
        assert reads.looks <= MAX_LOOKS, f"{family}: {rule} fetches {reads.looks:.2f} blocks per block"


@pytest.mark.parametrize("family", FAMILIES)
def test_each_rule_runs_linearly_many_lines_in_the_input(family: str) -> None:
    make, small, large = FAMILIES[family]
    texts = make(small), make(large)
    for text in texts:
        govdoc.parse_text(text)  # patterns compiled, caches made: paid once, not counted
    lines = [lines_run(text) for text in texts]
    scale = len(texts[1]) / len(texts[0])
    for rule, many in lines[1].items():
        if many >= MIN_LINES:
            step = many / max(lines[0][rule], 1) / scale
            assert step <= MAX_STEP, f"{family}: {rule} runs {step:.2f}x the lines per character at {scale:.1f}x"
    total = sum(lines[1].values()) / sum(lines[0].values()) / scale
    assert total <= MAX_STEP, f"{family}: the rules run {total:.2f}x the lines per character"
