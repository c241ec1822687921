"""What the speed-ups at the front of the text pipeline (reader, clean-up, joins) must not change:
each shortcut gives the answer of the longer way it replaces."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from govdoc.blocks import Block
from govdoc.errors import UnsupportedFormatError
from govdoc.readers.text import _INLINE_MARKS, _has_inline_marks, _paragraphs_of, check_text, text_blocks

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
        assert _has_inline_marks(text) == any(mark in text for mark in _INLINE_MARKS), text


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
