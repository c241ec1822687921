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
lists under many labels, bare page numbers under running heads, form feeds cutting run-in titles,
one paragraph hard-wrapped into hundreds of lines.

What a rule reads of a line's text in C (a pattern's search, `in`, `count`) runs no Python line:
for the joins, which ask the line predicates about a paragraph that grows with each line joined,
`test_joining_one_long_paragraph_reads_each_line_a_bounded_number_of_times` counts the characters
of the lines they ask about, the source references their merges read and the characters of text
they write into blocks, at 400 and 1600 lines, for a paragraph of running text and for one opened
by a heading whose text runs on after its title (session 16: the heading's questions, asked of
the paragraph joined so far, and the paragraph's text, copied whole at each join, grew with it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

import govdoc
from govdoc.blocks import Origin
from govdoc.pipeline import default_pipeline
from govdoc.rules import join_continues, join_lines, join_lists, join_measure, join_titles, joins
from govdoc.rules import lines as L
from govdoc.state import Block
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


_WRAP = 28  # characters a line of the hard-wrapped paragraph holds


def _long_paragraph(n: int, heading: str = "") -> str:
    """A notice whose body is one paragraph hard-wrapped into `n` lines of `_WRAP` characters (a
    PDF's text layer pasted as text): a long report's single paragraph; `heading`, a run-in
    heading it opens with (`一、加强组织领导。`), its first line as wide as the others."""
    clauses = heading + "".join(f"各区要落实第{i}项防汛责任，加强巡查值守，" for i in range(n * 2))
    lines = [clauses[k : k + _WRAP] for k in range(0, n * _WRAP, _WRAP)]
    return _HEAD + "\n".join(lines) + "。\n\n" + _TAIL


def _long_section(n: int) -> str:
    """One long paragraph as `_long_paragraph`, opened by a run-in heading: a section's text
    hard-wrapped under its title (`（一）加强组织领导。各街道要…`)."""
    return _long_paragraph(n, "（一）加强组织领导。")


def _print_log(n: int) -> str:
    """A log of print stamps under the 落款, each over a row of its own (a quoted print record): the
    stamp rule once walked from each stamp's band back to the running text (diffread-A A6)."""
    rows = "".join(f"打印时间：2024年7月{i % 28 + 1}日 16:{i % 60:02d}\n考生{i}号 已打印\n" for i in range(n))
    return _HEAD + "一、压实责任\n\n各区要落实责任。\n\n" + _TAIL + rows


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
    "print log": (_print_log, 100, 400),
    "one long paragraph": (_long_paragraph, 400, 1600),
    "one long section": (_long_section, 400, 1600),
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


def _next_parts(n: int) -> str:
    """Lines opening `二、三级…` after the document's 一、, each under a line left open on a comma: a
    list of numbers or the next part, which `joins._next_part` settles from the 一、 family's count
    over the body so far."""
    parts = "".join(f"各区要落实第{i}项防汛责任，加强巡查值守，\n二、三级医院要落实第{i}项。\n" for i in range(n))
    return _HEAD + "一、总体要求\n\n" + parts + _TAIL


# (joins._next_part asked sections.next_cn of the body so far at each such line, which marked every
# heading of it again: session 16 found it; session 17's sections.CnSoFar carries the marking over)
FAMILIES["next parts under open lines"] = (_next_parts, 100, 400)


def _circled_points(n: int) -> str:
    """① points under one 一、 heading, a paragraph after each: each ① line is asked whether a line
    above cites ① as a note's mark, up to the 一、 (session 17: sections searched back from each ①
    line, 2.91x the lines per character at 4x the input; `sections._Notes` reads forward once)."""
    points = "".join(f"①加强第{i}项工作。\n\n各区要落实第{i}项责任。\n\n" for i in range(n))
    return _HEAD + "一、总体要求\n\n" + points + _TAIL


FAMILIES["circled points"] = (_circled_points, 50, 200)


def _run_on_markers(n: int) -> str:
    """Paragraphs each ending on a marker and a title after its stop (`…责任。三、第2项工作`), no line
    opening with that family above: each is asked for the nearest line above opening with one
    (session 17: cleanup.flattened searched back up to 400 lines from each, 3.18x the lines per
    character at 4x the input; `flattened._NumbersAbove` reads each line once)."""
    return _HEAD + "".join(f"各区要落实第{i}项防汛责任。{_cn(i % 98 + 2)}、第{i}项工作\n" for i in range(n)) + _TAIL


FAMILIES["markers run onto paragraphs"] = (_run_on_markers, 50, 200)


def _requests_after_a_list(n: int) -> str:
    """A notice's attachment list, then request lines (如有意见，请与我局联系。) over the 落款: each asks whether
    the text answers something, which reads every line above the 落款 (session 22: asked once per request
    line, 2000 of them took 1.6 s; `body_end._AnswersOnce` asks it once)."""
    head = "关于征求意见的通知\n\n各单位：\n\n现将草案印发给你们，请提出意见。\n\n附件：1.草案\n2.意见反馈表\n"
    return head + "如有意见，请与我局联系。\n" * n + "\n某市司法局\n2024年5月1日\n"


FAMILIES["requests after an attachment list"] = (_requests_after_a_list, 100, 400)


def _members_in_one_sentence(n: int) -> str:
    """一是 over and over in one paragraph with no stop: each starts again inside the sentence of the run's
    first member, asked whether no stop stands between them (session 23: the text between was sliced at
    each, quadratic in C, which no line count shows: test_malformed's line of 1 MB hung; `enumerations.
    _Sentences` bisects the paragraph's stops, found once)."""
    return _HEAD + "一、工作要求\n\n" + "一是加强领导，" * n + "落实责任。\n\n" + _TAIL


FAMILIES["members in one sentence"] = (_members_in_one_sentence, 200, 800)


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


# What the joins ask about a line that reads it whole (a search, `in`, a pattern that runs to the
# line's end), by the module they look it up in at each call: the line predicates and the aside
# test. (The marker and heading tests read a line's first characters' class, then an anchored
# marker: a line opening with none, as the paragraph below, is answered by its class.)
_ASKED = (
    (L, ("closing_strong", "is_attachment_list", "is_contact_line", "is_date_fragment_line", "is_date_line")),
    (L, ("is_key_value", "is_organ_line")),
    # (the joins' questions, in the modules rules/joins.py was split into in session 30: each asks them itself)
    (join_titles, ("_open_aside", "heading_of", "has_run_in_text")),
    (join_continues, ("heading_of", "has_run_in_text", "is_contents_heading")),
    (join_lines, ("heading_of",)),
    (join_lists, ("heading_of",)),
    (join_measure, ("heading_of", "has_run_in_text")),
)


def join_reads(text: str) -> tuple[int, int, int]:
    """What `join_breaks` reads and writes on `text`: the characters of the lines (blocks or strings)
    it hands the predicates in `_ASKED`, the source references the origins it merges hold
    (`Origin.merged`, `merge_origins`), and the characters of text it writes into blocks (made
    or set: `Block.__init__`, `Block.set_text`)."""
    state = state_of(text)
    rules = iter(default_pipeline()._rules)
    entry = next(rules)
    while entry.name != "join_breaks":
        entry.fn(state)
        entry = next(rules)
    chars = refs = written = 0

    def counting(fn: Callable[..., Any]) -> Callable[..., Any]:
        def asked(line: Block | str, *args: Any, **kwargs: Any) -> Any:
            nonlocal chars
            chars += len(line.folded if isinstance(line, Block) else line)
            return fn(line, *args, **kwargs)

        return asked

    merged, merge_origins = Origin.merged, joins.merge_origins
    made, set_text = Block.__init__, Block.set_text

    def counting_merged(self: Origin, other: Origin | None) -> Origin:
        nonlocal refs
        refs += len(self.refs) + (len(other.refs) if other is not None else 0)
        return merged(self, other)

    def counting_merge(first: Origin | None, others: list[Origin | None]) -> Origin | None:
        nonlocal refs
        refs += (len(first.refs) if first is not None else 0) + sum(len(o.refs) for o in others if o is not None)
        return merge_origins(first, others)

    def counting_made(self: Block, text: str, *args: Any, **kwargs: Any) -> None:
        nonlocal written
        written += len(text)
        made(self, text, *args, **kwargs)

    def counting_set(self: Block, text: str, folded: str | None = None) -> None:
        nonlocal written
        written += len(text)
        set_text(self, text, folded)

    saved = [(module, name, getattr(module, name)) for module, names in _ASKED for name in names]
    try:
        for module, name, fn in saved:
            setattr(module, name, counting(fn))
        Origin.merged = counting_merged  # type: ignore[method-assign]
        joins.merge_origins = counting_merge
        Block.__init__ = counting_made  # type: ignore[method-assign]
        Block.set_text = counting_set  # type: ignore[method-assign]
        entry.fn(state)
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)
        Origin.merged = merged  # type: ignore[method-assign]
        joins.merge_origins = merge_origins
        Block.__init__ = made  # type: ignore[method-assign]
        Block.set_text = set_text  # type: ignore[method-assign]
    return chars, refs, written


@pytest.mark.parametrize("make", [_long_paragraph, _long_section], ids=["running text", "under a run-in heading"])
def test_joining_one_long_paragraph_reads_each_line_a_bounded_number_of_times(make: Callable[[int], str]) -> None:
    """A paragraph hard-wrapped into 400 and into 1600 lines: per character of input, the joins read
    at most `MAX_STEP` times as many characters of the lines they ask about, of the source
    references of the origins they merge, and write as many characters of text into blocks, at 1600
    lines as at 400. Asking the predicates about the block joined so far (made new by each join)
    read the whole paragraph again at each of its lines, as did the heading's questions of a
    paragraph opened by a heading; merging the origins line by line read the references gathered so
    far; and joining line by line copied the paragraph's text so far: each about four times as much
    per character at four times the lines."""
    texts = [make(n) for n in (400, 1600)]
    (chars_small, refs_small, written_small), (chars_large, refs_large, written_large) = (join_reads(t) for t in texts)
    scale = len(texts[1]) / len(texts[0])
    assert chars_large / chars_small / scale <= MAX_STEP, f"{chars_small} then {chars_large} characters asked"
    assert refs_large / max(refs_small, 1) / scale <= MAX_STEP, f"{refs_small} then {refs_large} references merged"
    assert written_large / written_small / scale <= MAX_STEP, f"{written_small} then {written_large} written"
    assert refs_large >= 1600, "each line's origin is merged into the paragraph's"
