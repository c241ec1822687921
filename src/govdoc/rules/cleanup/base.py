"""What the clean-up rules share: one search of a pattern over a document's lines, deleting
characters from a block, and the formats that are plain text.

A clean-up rule that removes characters (layout spaces, pinyin, a lone cell's edges) must move
everything a block keeps by offset (bold runs, gaps, joins) with the text, and a table row's cells
must read as its text again; `delete_ranges` does both, in one place.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate

import regex

from govdoc.blocks import quoted
from govdoc.model import RepairKind
from govdoc.state import Block, State

# plain text as read (txt, md, text, or a string handed to `parse`): the web copy's artefacts live here
TEXT_FORMATS = frozenset({"txt", "md", "text", ""})


def lines_matching(lines: list[str], pattern: regex.Pattern[str]) -> set[int]:
    """The indexes of the lines `pattern` finds something in, by one search of the lines joined.

    For a pattern without look-arounds, compiled with MULTILINE so that `$` reads a line's end:
    each match then stands inside one line, unless it holds a newline, in which case the lines are
    searched one by one (a pattern that can match across lines gets the answer of a search per line).
    """
    joined = "\n".join(lines)
    found: set[int] = set()
    ends: list[int] = []
    for m in pattern.finditer(joined):
        if "\n" in m.group():
            return {i for i, line in enumerate(lines) if pattern.search(line)}
        if not ends:
            ends = list(accumulate([len(line) + 1 for line in lines]))
        found.add(bisect.bisect_right(ends, m.start()))
    return found


def delete_ranges(
    block: Block, ranges: list[tuple[int, int]], gaps_at: Sequence[int] = (), spaces_at: Sequence[int] = ()
) -> None:
    """Delete character ranges from a block, moving its bold runs and gaps with the text."""
    if not ranges:
        return
    text = block.text
    folded = block.folded
    keep: list[str] = []
    keep_folded: list[str] = []
    ats: list[int] = []  # where each range ends
    gone: list[int] = []  # how many characters the ranges up to that end removed
    removed = 0
    pos = 0
    for start, end in ranges:
        keep.append(text[pos:start])
        keep_folded.append(folded[pos:start])
        removed += end - start
        ats.append(end)
        gone.append(removed)
        pos = end
    keep.append(text[pos:])
    keep_folded.append(folded[pos:])

    def moved(i: int) -> int:
        """Where offset `i` of the old text lands once the ranges before it are deleted."""
        k = bisect.bisect_right(ats, i)
        return i - gone[k - 1] if k else i

    # what the block keeps by offset: most blocks keep none of it, so nothing is walked for them
    bold = [(s, e) for s, e in ((moved(s), moved(e)) for s, e in block.bold) if e > s] if block.bold else []
    block.bold = bold
    block.gaps = [moved(g) for g in (*block.gaps, *gaps_at)] if block.gaps or gaps_at else []
    block.spaces = [moved(g) for g in (*block.spaces, *spaces_at)] if block.spaces or spaces_at else []
    block.joins = [moved(j) for j in block.joins] if block.joins else []
    block.set_text("".join(keep), "".join(keep_folded))
    resplit(block)


def resplit(block: Block) -> None:
    """A table row's cells again from its text (which joins them with tabs), after an edit of the
    text: the Table's rows must read as the Document's text does (`联系人 张三` → `联系人张三`)."""
    if block.cells is not None:
        block.cells = tuple(block.text.split("\t"))


_EXCERPT = 24  # characters a warning's message quotes of the text it names


def excerpt(text: str) -> str:
    """The first characters of a text a warning names (a repeat, a comment section, a run in no
    element), for its message: the one cut every such warning makes."""
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def warn_repaired(state: State, kind: RepairKind, block: Block, before: str) -> None:
    """A `text-repaired` warning (schema 1.8) for a line a heuristic changed (`before`: its text as
    read; the block holds it repaired): the brief wants no silent guess, and a reader searching the
    file's own text for the line would not find it. The message opens with the repair's kind
    (`model.RepairKind`) and quotes the line before and after, from a little before the first
    change (a long line's unchanged start quoted twice would show nothing changed); the span is the line."""
    what = _REPAIRS[kind]
    after = block.text
    at = next((k for k, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), min(len(before), len(after)))
    lo = max(0, at - _REPAIR_LEAD)
    message = f"{kind}: {what[0]}「{_cut(before, lo)}」→「{_cut(after, lo)}」({what[1]})"
    state.warn("text-repaired", message, block, 0, len(block.text))


def repaired_message(kind: RepairKind, dropped: str, *, whole: bool = False) -> str:
    """The message of a `text-repaired` warning for a line left out rather than changed (`app-record`):
    its kind first, the line quoted, as the text reader's own app-record message words it; `whole`: a
    line the output holds nowhere else (a kept title) is quoted whole, not cut (diffread-C C6)."""
    what = _REPAIRS[kind]
    return f"{kind}: {what[0]}「{dropped if whole else _cut(dropped, 0)}」 ({what[1]})"


def say_app_record(state: State, dropped: str) -> None:
    """Warn that a rule left out `dropped`, an app's record, quoted whole: added to the text's one
    `app-record` warning where the reader already gave it (a mail's From/To/Date lines), as the README
    promises one a text, else given here (a kept Subject giving way under a mail's header lines)."""
    for p in state.pending:
        if p.block is None and p.code == "text-repaired" and p.message.startswith("app-record:"):
            head, mark, tail = p.message.rpartition("」 (")
            if mark:
                p.message = f"{head}」「{dropped}{mark}{tail}"
                return
    state.warn("text-repaired", repaired_message("app-record", dropped, whole=True))


_REPAIR_LEAD = 6  # unchanged characters quoted before the first change


def _cut(text: str, lo: int) -> str:
    """`text` quoted from `lo` (an ellipsis for what is left out either side)."""
    cut = quoted(text[lo:])
    return "…" + cut if lo else cut


_REPAIRS: dict[RepairKind, tuple[str, str]] = {
    "fake-bold": ("重影加粗的字符只读一次", "characters drawn twice to fake bold read once"),
    "html-entity": ("HTML 字符引用已还原为字符", "HTML character references read as their characters"),
    "app-record": ("按应用记录的样式删去", "an app's record (a note's, a mail's header), left out by its shape"),
}
