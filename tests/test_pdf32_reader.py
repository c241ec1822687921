"""Session 32's PDF speed steps (issue #19 item 1) read every page as before.

The loose boxes of a page's characters go into one buffer per process now (`pdf_chars._SHARED_BOXES`), not
one per document: whatever page of whatever document filled it last, a page reads the characters, boxes and
baselines a reader of its own buffer reads, and a page too large for the shared buffer reads as one that
fits. Whether a page's text layer is its text (`ocr_pages.usable`) stops counting once it has enough, and
answers as the whole count does. A page's runs are sorted by a C-level key where none keeps a baseline per
character, and by the highest of its baselines where one does: its lines are the same either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govdoc.readers.geometry import Glyph, Page, page_lines
from govdoc.readers.glyphs import chars_of
from tests.test_pdf_runs import PDFS, _run

Read = list[tuple[str, float, float, float, float, str, bool]]


def _read(path: Path) -> list[Read]:
    from govdoc.readers.pdf_chars import read_pages

    pages = read_pages(path.read_bytes(), backend="pypdfium2", path=None)
    return [[(c.text, c.x0, c.x1, c.y, c.size, c.font, c.red) for g in p.glyphs for c in chars_of(g)] for p in pages]


def _fresh_buffer(monkeypatch: pytest.MonkeyPatch, room: int | None = None) -> None:
    from govdoc.readers import pdf_chars

    monkeypatch.setattr(pdf_chars, "_SHARED_BOXES", pdf_chars._BoxRoom())
    if room is not None:
        monkeypatch.setattr(pdf_chars, "_SHARED_ROOM", room)


@pytest.mark.parametrize("path", [p for p in PDFS if p.exists()], ids=lambda p: p.name)
def test_a_document_read_after_another_reads_the_boxes_a_buffer_of_its_own_reads(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    others = [p for p in PDFS if p.exists() and p != path]
    _fresh_buffer(monkeypatch)
    alone = _read(path)
    assert any(page for page in alone)
    for other in others:  # each leaves its last page's boxes in the shared buffer
        _read(other)
        assert _read(path) == alone


def test_a_page_too_large_for_the_shared_buffer_reads_as_one_that_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    path = PDFS[0]
    _fresh_buffer(monkeypatch)
    shared = _read(path)
    _fresh_buffer(monkeypatch, room=8)  # every page of the document holds more characters than this
    assert _read(path) == shared


def test_the_shared_buffer_grows_to_the_largest_page_and_keeps_its_references() -> None:
    from govdoc.readers.pdf_chars import _BoxRoom

    room = _BoxRoom()
    size, boxes, floats, refs = room.grown(10)
    assert size >= 10 and len(refs) == size and len(floats) == 4 * size
    assert room.grown(4)[1] is boxes and room.grown(10)[3] is refs  # no page of no more characters remakes it
    larger = room.grown(11)
    assert larger[1] is not boxes and larger[0] >= 20 and len(larger[3]) == larger[0]  # doubled


def _page(*texts: str) -> Page:
    return Page(1, 600.0, 800.0, 0, [_run(text, 100.0 + 200 * k, 100.0) for k, text in enumerate(texts)])


@pytest.mark.parametrize(
    ("texts", "usable"),
    [
        (("一二三", "四五六", "七八九"), False),  # nine characters: a scanner's stray mark, no text layer
        (("一二三", "四五六", "七八九", "十"), True),  # the tenth makes it text
        (("一二三四五六七八九十十一",), True),
        (("一二三", "四 五", "六七"), False),  # spaces inside a run count for nothing
        ((), False),
    ],
)
def test_a_page_is_a_text_layer_from_its_tenth_character_on(texts: tuple[str, ...], usable: bool) -> None:
    from govdoc.readers.ocr_pages import usable as is_usable

    page = _page(*texts)
    assert is_usable(page) is usable
    assert (sum(len(g.text.strip()) for g in page.glyphs) >= 10) is usable


def _texts(glyphs: list[Glyph]) -> list[str]:
    return [line.text for line in page_lines(Page(1, 600.0, 800.0, 0, glyphs))]


def test_runs_given_out_of_order_read_top_to_bottom_and_left_to_right() -> None:
    """No run keeps a baseline per character: sorted by baseline, then left edge."""
    runs = [_run("之后", 148.0, 140.0), _run("第一行", 100.0, 100.0), _run("第二行", 100.0, 140.0)]
    assert _texts(runs) == ["第一行", "第二行之后"]


def test_a_run_keeping_a_baseline_per_character_sorts_by_its_highest() -> None:
    """A run whose baseline drifts (its `ys`) stands on the line of its highest character, as before."""
    drifting = _run("漂移", 148.0, 103.0, ys=[100.5, 103.0])
    runs = [_run("第二行", 100.0, 140.0), drifting, _run("第一行", 100.0, 100.0)]
    assert _texts(runs) == ["第一行漂移", "第二行"]
    assert _texts([_run("第二行", 100.0, 140.0), _run("漂移", 148.0, 103.0), _run("第一行", 100.0, 100.0)]) == [
        "第一行漂移",
        "第二行",
    ]
