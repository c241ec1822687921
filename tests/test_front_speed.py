"""What the speed-ups at the front of the text pipeline (reader, clean-up, joins) must not change:
each shortcut gives the answer of the longer way it replaces."""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest
import regex

from govdoc import patterns as P
from govdoc.blocks import Block
from govdoc.errors import UnsupportedFormatError
from govdoc.fold import fold
from govdoc.readers.inline_marks import INLINE_MARKS, has_inline_marks
from govdoc.readers.text import _paragraphs_of, check_text, text_blocks
from govdoc.rules.cleanup import furniture_and_chrome
from govdoc.rules.cleanup.base import delete_ranges, lines_matching
from govdoc.state import State, Zone

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_FIELDS = [f.name for f in dataclasses.fields(Block)]


def _as_rows(blocks: list[Block]) -> list[list[object]]:
    return [[getattr(b, n) for n in _FIELDS] for b in blocks]


def test_a_plain_line_reads_the_same_whether_or_not_the_text_holds_an_inline_mark() -> None:
    """A text without inline marks takes its plain lines whole (the short way); one mark anywhere
    sends every line the long way, which must make the same blocks of the lines without marks."""
    text = "\u3000\u3000某县人民政府办公室\n\n关于做好防汛工作的通知\r\n\f各乡镇：\n  一、加强值守。  \n---\n某县人民政府\n"
    plain = text_blocks(text)
    marked = text_blocks(text + "甲<乙\n")
    assert [b.text for b in plain] == [
        "某县人民政府办公室",
        "关于做好防汛工作的通知",
        "各乡镇：",
        "一、加强值守。",
        "某县人民政府",
    ]
    assert plain[2].page_before and plain[2].blank_before and plain[4].rule_before
    assert _as_rows(marked[:-1]) == _as_rows(plain)


def test_inline_marks_are_found_as_a_search_for_each_mark_finds_them() -> None:
    samples = [
        "",
        "某局]（附件）",
        "见[附件](a.pdf)",
        "甲*乙_丙[丁",
        "注[^1]",
        "**加粗**",
        "a__b",
        "行末\\",
        "<br>",
        "[^",
    ]
    rng = random.Random(7)
    alphabet = "]([^*_<\\甲乙 "
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(8))) for _ in range(3000)]
    for text in samples:
        assert has_inline_marks(text) == any(mark in text for mark in INLINE_MARKS), text


def test_a_run_on_line_is_cut_only_at_three_indents_or_more() -> None:
    """The count of single ideographic spaces first: fewer than six hold fewer than three indents."""
    body = "为做好工作现通知如下" * 8
    two = f"{body}\u3000\u3000{body}\u3000\u3000{body}"
    three = f"{two}\u3000\u3000{body}"
    assert _paragraphs_of(two) == [(0, two)]
    assert [piece for _, piece in _paragraphs_of(three)] == [body, body, body, body]
    spaced = f"{body}\u3000{body}\u3000{body}\u3000{body}\u3000{body}\u3000{body}"  # six single spaces: no indent
    assert _paragraphs_of(spaced) == [(0, spaced)]


def test_binary_text_is_told_by_the_count_of_control_characters_as_a_character_class_counts_them() -> None:
    control = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
    rng = random.Random(11)
    for _ in range(3000):
        text = "甲" + "".join(
            chr(rng.choice((rng.randrange(0, 130), rng.randrange(0x4E00, 0x4E40)))) for _ in range(rng.randrange(40))
        )
        found = control.findall(text)
        binary = "\x00" in text or len(found) > max(8, len(text) // 20)
        if binary:
            with pytest.raises(UnsupportedFormatError):
                check_text(text, path=None)
        else:
            check_text(text, path=None)
    check_text("甲\t乙\n丙\x0b丁\x0c戊\r" * 20, path=None)  # the text's own controls


def test_one_search_over_the_joined_lines_finds_the_lines_a_search_per_line_finds() -> None:
    lines = ["甲乙丙", "", "乙丙丁", "丁甲", "甲", "乙甲乙"]
    at_end = regex.compile("甲$", regex.MULTILINE)
    assert lines_matching(lines, at_end) == {i for i, line in enumerate(lines) if regex.search("甲$", line)} == {3, 4}
    # a pattern that can match across a line's end is asked of each line instead
    across = regex.compile(r"丙\s*乙?丙?")
    assert lines_matching(lines, across) == {0, 2}


def test_the_chrome_found_anywhere_in_the_joined_lines_is_what_a_search_per_line_finds() -> None:
    """furniture_and_chrome searches CHROME_ANYWHERE once over the short lines joined: each of its
    alternatives stays inside a line (no look-around, nothing that matches a newline), on every
    line of the fixtures and the shared corpora."""
    from govdoc.rules.cleanup.furniture import _MAX_CHROME_LINE, _chrome_anywhere

    assert not any(look in P.CHROME_ANYWHERE.pattern for look in ("(?=", "(?!", "(?<", "\\s", "[^", "."))
    for folder in (ROOT / "fixtures", SHARED / "seed", *(SHARED / "corpus" / c for c in ("dev", "dev-2", "wild"))):
        for path in sorted(folder.rglob("*.txt")):
            lines = [fold(line) for line in path.read_text("utf-8", "replace").splitlines()]
            short = [line if len(line) <= _MAX_CHROME_LINE else "" for line in lines]
            wanted = {i for i, line in enumerate(short) if P.CHROME_ANYWHERE.search(line)}
            assert lines_matching(short, _chrome_anywhere()) == wanted, path


def test_a_bare_page_number_already_chrome_still_marks_the_page_end_below_it() -> None:
    """The walk notes every bare figure, chrome or not, as the pass over all lines did."""
    blocks = [Block("一是加强领导，落实责任，"), Block("3", zone=Zone.CHROME), Block("二是完善制度，强化考核。")]
    state = State(blocks=blocks, format="txt")
    furniture_and_chrome(state)
    assert blocks[1].zone is Zone.CHROME and blocks[2].page_before and not blocks[0].page_before


def test_deleting_ranges_moves_what_a_block_keeps_by_offset_with_its_text() -> None:
    b = Block("甲 乙 丙丁", bold=[(0, 3), (1, 2), (4, 5)], gaps=[2], joins=[5])
    delete_ranges(b, [(1, 2), (3, 4)], gaps_at=[2, 4])
    assert (b.text, b.folded) == ("甲乙丙丁", "甲乙丙丁")
    assert list(b.bold) == [(0, 2), (2, 3)]  # the run that was only a deleted space is gone
    assert list(b.gaps) == [1, 1, 2] and list(b.spaces) == [] and list(b.joins) == [3]
    plain = Block("甲 乙")
    delete_ranges(plain, [(1, 2)], spaces_at=[2])
    assert plain.text == "甲乙" and list(plain.spaces) == [1] and not plain.bold and not plain.gaps


def test_a_line_opening_with_no_labels_first_character_holds_no_label_at_its_start() -> None:
    """`layout_spaces` asks the label table only of a line opening with a character a label can
    open with (read off LABEL_ANYWHERE's source): on every line of the fixtures and corpora, a line
    opening otherwise has no label match at its start, and a label row still keeps its edges."""
    from govdoc.rules.cleanup.spaces import _cell_edges, label_firsts

    from .conftest import need_shared

    firsts = label_firsts()
    assert firsts is not None and "发" in firsts
    assert _cell_edges(fold("发文字号 某署发〔2016〕15号 发布机构 某区政府办公室")) != set()
    paths = [*(ROOT / "fixtures").glob("*.txt"), *(ROOT / "fixtures").glob("*.md")]
    for folder in ("seed", "corpus/dev", "corpus/dev-2", "corpus/wild"):
        paths += [p for p in need_shared(SHARED / folder).rglob("*") if p.suffix in (".txt", ".md", ".html")]
    checked = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            f = fold(line.strip())
            if f[:1] not in firsts:
                assert P.LABEL_ANYWHERE.match(f) is None, (path.name, line)
                checked += 1
    assert checked > 5_000
