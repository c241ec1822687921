"""Session 32 (issue #19 item 2): a `StartGuard` refuses a text holding none of its rows' needed characters by
one scan.

The chrome's start (`patterns.CHROME_AT_START`) has alternatives filed by a character every match holds (F, 发,
m or 封, a space, a colon), each asked by its own `in` scan of every line the walk asks: most lines hold none of
them. The guard now asks one class of all of them first, and its rows only of a text holding one. Held here: the
guard answers as the pattern (written texts, and every line of the corpora), and a text holding none of the
characters reads no row (counted, never timed).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from govdoc import patterns as P
from govdoc.first_chars import StartGuard
from govdoc.readers import format_of, read_bytes
from tests.test_needs import documents

_SOURCE = r"^\d{1,4}[ ]?(?:封邮件|messages?)$|^[^\n]{0,8}发布时间:|^F[0-9]{2}$"


class _Rows(list[tuple[str, object, object]]):
    """The guard's rows, counting how often they are read."""

    reads = 0

    def __iter__(self) -> Iterator[tuple[str, object, object]]:
        _Rows.reads += 1
        return super().__iter__()


def test_a_guard_with_rows_needing_characters_answers_as_the_pattern() -> None:
    guard = StartGuard(_SOURCE)
    pattern = regex.compile(_SOURCE)
    texts = [
        "12封邮件",
        "3 messages",
        "3 message",
        "本站发布时间:2024-05-06",
        "首页 发布时间:2024-05-06",
        "F12",
        "F1",
        "关于做好春耕备耕工作的通知",
        "",
        "发",
        ":",
    ]
    for text in texts:
        assert guard.match(text) == bool(pattern.match(text)), text


def test_a_text_holding_none_of_the_needed_characters_reads_no_row() -> None:
    guard = StartGuard(_SOURCE)
    rows = _Rows(guard._needing)
    guard._needing = rows  # type: ignore[assignment]
    _Rows.reads = 0
    assert not guard.match("关于做好春耕备耕工作的通知")
    assert not guard.match("二〇二四年五月六日")
    assert _Rows.reads == 0
    assert guard.match("12封邮件")  # 封 stands in it: the rows are read
    assert _Rows.reads == 1


def test_the_chromes_start_is_answered_as_its_pattern_on_every_corpus_line() -> None:
    guard = StartGuard(P.CHROME_AT_START)
    pattern = regex.compile(P.CHROME_AT_START.pattern, P.CHROME_AT_START.flags)
    assert guard._needing  # (the rows this gate is for)
    for path in documents():
        for b in read_bytes(path.read_bytes(), format_of(str(path)) or "txt").blocks:
            assert guard.match(b.folded) == bool(pattern.match(b.folded)), (path.name, b.folded[:40])
