"""What session 11's speed-ups of the text parse must not change: each shortcut gives the answer of the
longer way it replaces, on new examples of what it guards and on every line of the corpora."""

from __future__ import annotations

import pytest
import regex

from govdoc import patterns as P
from govdoc.first_chars import alternatives
from govdoc.fold import fold
from govdoc.readers import sniff as S
from govdoc.rules.cleanup import chrome_text, flattened
from govdoc.rules.cleanup.flattened import (
    _PAGE_TAIL_ENDS,
    _date_before_organ,
    _flattened_breaks,
    _flattened_head_breaks,
    _page_number_first,
    flattened_paragraphs,
)
from govdoc.state import Block, State
from tests.conftest import FIXTURES, SHARED, need_shared, without_shared


def _corpus_lines() -> list[str]:
    """Every distinct line of our fixtures and, unless a bare clone says it runs without them, of the
    shared corpora, as read (inner spaces kept: the flattened pages' breaks are runs of them)."""
    paths = [*sorted(FIXTURES.glob("*.txt")), *sorted(FIXTURES.glob("*.md"))]
    if not without_shared():
        for folder in ("seed", "corpus/dev", "corpus/dev-2", "corpus/wild"):
            paths += sorted(need_shared(SHARED / folder).rglob("*.txt"))
    lines = {line.strip() for path in paths for line in path.read_text("utf-8", errors="replace").splitlines()}
    return sorted(line for line in lines if line)


# --- flattened pages: a line with no space and no page number's tail is passed over --------------------


def _passed_over(b: Block) -> bool:
    """The rule's first test of a line: it takes a line as it stands where this says so."""
    return " " not in b.folded and not b.folded.endswith(_PAGE_TAIL_ENDS)


def _breaks_anywhere(b: Block) -> bool:
    """Whether any of the rule's ways of cutting a line finds a cut in `b`, asked without the guard."""
    f = b.folded
    tail = P.PAGE_NUMBER_TAIL.search(f)
    return bool(
        _flattened_head_breaks(f)
        or _flattened_breaks(f)
        or (tail is not None and tail.end() == len(f))
        or _date_before_organ(f)
        or _page_number_first(b)
    )


@pytest.mark.parametrize(
    "line",
    [
        # a web copy's page run together with no space between its paragraphs: no break to find
        "王某代表：您提出的关于加快老旧小区改造的建议收悉，现答复如下。一、改造进展。二、下一步打算。感谢您的支持。",
        "2024年5月6日某市某局",  # a 落款 date and organ with no gap between them
        "-3-某某答复",  # a page number and a running head glued
        "某市某局第2页共3页",  # glued too, but it ends as a page count: the rule still looks at it
    ],
)
def test_a_line_the_flattened_page_rule_passes_over_has_no_break_of_any_kind(line: str) -> None:
    b = Block(line)
    if _passed_over(b):
        assert not _breaks_anywhere(b)
    else:
        assert b.folded.endswith(_PAGE_TAIL_ENDS)


def test_every_corpus_line_the_flattened_page_rule_passes_over_has_no_break() -> None:
    passed = 0
    for line in _corpus_lines():
        b = Block(line)
        if _passed_over(b):
            passed += 1
            assert not _breaks_anywhere(b), line
    # most lines: the guard is what the rule mostly does (our fixtures alone hold about 150 of them)
    assert passed > (100 if without_shared() else 1000)


def test_the_flattened_page_rule_still_cuts_a_spaced_page_and_a_page_count_tail() -> None:
    state = State(
        blocks=[
            Block(
                "王某代表：  您提出的关于加快老旧小区改造的建议收悉，现答复如下。  一、改造进展。今年以来我局共改造"
                "老旧小区十二个，惠及居民三千余户。  二、下一步打算。我局将继续推进改造工作。  感谢您对我局工作的支持。"
            ),
            Block("某市某局关于某事的答复    第2页 共3页"),
            Block("没有空格的一行正文。"),
        ],
        format="txt",
    )
    kept = state.blocks[2]
    flattened_paragraphs(state)
    texts = [b.text.strip() for b in state.blocks]
    assert texts[:2] == ["王某代表：", "您提出的关于加快老旧小区改造的建议收悉，现答复如下。"]
    assert "第2页 共3页" in texts
    assert state.blocks[-1] is kept  # passed over: the same block, not a copy
    assert flattened.TEXT_FORMATS  # the rule runs on text (the module's own set)


# --- sniffing: a head that does not open with `<` is lowered only as far as its openings reach ------


def _old_ascii_head(head: bytes) -> bytes:
    """The head lowered whole, as sniff read it before."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.lstrip().lower()


def test_the_openings_a_lowered_head_is_asked_for_fit_in_its_reach() -> None:
    openings = [*S._HTML_OPENINGS, b"<?xml", b"{", b"["]
    assert max(len(o) for o in openings) <= S._OPENING_REACH


@pytest.mark.parametrize(
    "head",
    [
        "某县人民政府办公室\n关于做好防汛工作的通知\n<div>不是网页</div>".encode(),
        b"\n\n   <!DOCTYPE HTML PUBLIC>\n<HTML><BODY>x</BODY></HTML>",
        b"<P>a fragment</P>" + b"x" * 5000,
        b"\xef\xbb\xbf<html><head></head></html>",
        "<html><body>某局</body></html>".encode("utf-16"),
        b"  <?XML version='1.0'?><root/>",
        b'{"title": "\xe9\x80\x9a\xe7\x9f\xa5"}',
        b"[ \xe7\xb4\xa2\xe5\xbc\x95\xe5\x8f\xb7 ] 2024-01",
        b"\t\n" * 3000 + b"<table><tr><td>x</td></tr></table>",
        "通知".encode("gb18030") * 100,
    ],
    ids=["text", "doctype", "fragment", "bom", "utf16", "xml", "json", "bracketed", "spaced-table", "gb18030"],
)
def test_sniffing_reads_a_head_as_the_whole_lowered_head_reads(head: bytes) -> None:
    low, old = S._ascii_head(head), _old_ascii_head(head)
    assert old.startswith(low)
    for strong in (False, True):
        expected = S._looks_html_low(old, strong=strong)
        assert S._looks_html(head, strong=strong) is expected
    assert low.startswith(b"<?xml") == old.startswith(b"<?xml")
    assert low.startswith((b"{", b"[")) == old.startswith((b"{", b"["))


# --- chrome words: CHROME_LINE asked as its anchored and its free half ---------------------------------


def test_chrome_line_is_its_anchored_alternatives_and_its_free_ones() -> None:
    """Every alternative CHROME_AT_START holds is anchored at the start (so none matches past it), and
    CHROME_LINE is the two halves' alternatives together, compiled alike (no MULTILINE: `^` is the start)."""
    anchored = alternatives(P.CHROME_AT_START.pattern)
    free = alternatives(P.CHROME_ANYWHERE.pattern)
    assert anchored and all(a.startswith("^") for a in anchored)
    assert not any(a.startswith("^") for a in free)
    assert sorted(alternatives(P.CHROME_LINE.pattern)) == sorted([*anchored, *free])
    assert P.CHROME_LINE.flags == P.CHROME_AT_START.flags == P.CHROME_ANYWHERE.flags
    assert not P.CHROME_LINE.flags & regex.MULTILINE


@pytest.mark.parametrize(
    "text",
    [
        "首页 > 政务公开 > 通知公告",
        "字号：大 中 小",
        "打印本页 关闭窗口",
        "某市人民政府办公室关于做好防汛工作的通知",
        "本页内容的首页在此",  # a chrome word inside running text
        "浏览次数：128",
        "",
        "分享到：微信 微博\n第二行",
    ],
)
def test_chrome_text_answers_as_a_search_of_chrome_line(text: str) -> None:
    f = fold(text)
    assert chrome_text(f) == (P.CHROME_LINE.search(f) is not None)


def test_chrome_text_answers_as_a_search_of_chrome_line_on_every_corpus_line() -> None:
    found = 0
    for line in _corpus_lines():
        f = fold(line)
        expected = P.CHROME_LINE.search(f) is not None
        assert chrome_text(f) == expected, line
        found += expected
    # the corpora's web copies carry chrome lines; our own web fixtures alone carry a few
    assert found > (5 if without_shared() else 20)
