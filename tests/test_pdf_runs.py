"""PDF text read as runs reads exactly as character by character.

The PDFium reader hands the geometry runs (characters of one look on one baseline, standing
close, with each character's place kept); the geometry keeps them whole where that gives what
characters give and takes them apart where it might not. These tests hold both to that: every
PDF fixture laid out from its runs and from the same runs cut into characters gives the same
blocks, and each place where a run must be taken apart has a small page of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from govdoc.blocks import Block
from govdoc.readers.geometry import Glyph, Page, layout_pages, page_lines
from govdoc.readers.glyphs import chars_of
from govdoc.readers.pdf_chars import read_pages
from tests.conftest import FIXTURES, SHARED, need_shared

SIZE = 16.0
PDFS = [
    FIXTURES / "pdf" / "seed-official.pdf",
    FIXTURES / "pdf" / "numbering-levels.pdf",
    FIXTURES / "pdf" / "rotated.pdf",
    FIXTURES / "pdf" / "partly-scanned.pdf",
    SHARED / "fixtures" / "putuo-office.pdf",
]


def _run(text: str, x: float, y: float, *, step: float = SIZE, ys: list[float] | None = None, **style: object) -> Glyph:
    """A run as the PDF reader makes it: characters `step` apart, each `SIZE` wide."""
    edges = [v for k in range(len(text)) for v in (x + k * step, x + k * step + SIZE)]
    gap = step - SIZE if len(text) > 1 else 0.0
    glyph = Glyph(text, edges[0], edges[-1], y, SIZE, edges=edges if len(text) > 1 else None, gap=gap, ys=ys)
    for name, value in style.items():
        setattr(glyph, name, value)
    return glyph


def _as_characters(page: Page) -> Page:
    return Page(page.number, page.width, page.height, page.rotation, [c for g in page.glyphs for c in chars_of(g)])


def _blocks(pages: list[Page]) -> list[tuple[object, ...]]:
    def fields(b: Block) -> tuple[object, ...]:
        return (b.text, b.bold, b.hints, b.joins, b.origin)

    return [fields(b) for b in layout_pages(pages)[0]]


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_a_pdf_read_as_runs_lays_out_as_its_characters(pdf: Path) -> None:
    pages = read_pages(need_shared(pdf).read_bytes(), backend="pypdfium2", path=None)
    assert any(len(g.text) > 1 for p in pages for g in p.glyphs)  # runs were read, not only characters
    assert _blocks(pages) == _blocks([_as_characters(p) for p in pages])


def test_a_run_keeps_each_characters_place() -> None:
    run = _run("公文", 100.0, 200.0, step=17.0)
    assert [(c.text, c.x0, c.x1) for c in chars_of(run)] == [("公", 100.0, 116.0), ("文", 117.0, 133.0)]


def test_overprinted_fake_bold_runs_read_once() -> None:
    # the same heading drawn twice, half a point apart, as a word processor fakes bold
    page = Page(1, 595, 842, 0, [_run("关于开展检查的通知", 150.0, 100.0), _run("关于开展检查的通知", 150.5, 100.0)])
    assert [ln.text for ln in page_lines(page)] == ["关于开展检查的通知"]


def test_runs_drawn_over_each_other_interleave_by_place() -> None:
    # every other character in a second run drawn later, as some converters write spaced titles
    odd, even = _run("一三", 100.0, 100.0, step=2 * SIZE), _run("二四", 100.0 + SIZE, 100.0, step=2 * SIZE)
    assert [ln.text for ln in page_lines(Page(1, 595, 842, 0, [odd, even]))] == ["一二三四"]


def test_a_run_whose_baseline_drifts_stays_on_its_line() -> None:
    lines = page_lines(Page(1, 595, 842, 0, [_run("第一行文字", 100.0, 100.0, ys=[100.0, 100.0, 100.5, 100.5, 100.0])]))
    assert [(ln.text, ln.y) for ln in lines] == [("第一行文字", 100.0)]


def test_a_run_reaching_over_two_lines_is_read_by_character() -> None:
    # a run whose last characters sit a whole line lower (a converter that never breaks a run)
    run = _run("甲乙丙丁", 100.0, 100.0, ys=[100.0, 100.0, 125.0, 125.0])
    page = Page(1, 595, 842, 0, [run, _run("戊", 100.0 + 5 * SIZE, 125.0)])
    assert [ln.text for ln in page_lines(page)] == ["甲乙", "丙丁戊"]


def test_a_space_between_latin_runs_is_put_back_where_they_stand_apart() -> None:
    page = Page(
        1, 595, 842, 0, [_run("ab", 100.0, 100.0, step=8.0), _run("cd", 100.0 + 2 * 8.0 + 8.0 + 6.0, 100.0, step=8.0)]
    )
    assert [ln.text for ln in page_lines(page)] == ["ab cd"]


def test_a_line_takes_the_size_and_font_most_of_its_characters_have() -> None:
    small = _run("一二三四五", 100.0, 100.0, font="仿宋")
    large = _run("六七", 100.0 + 5 * SIZE, 100.0, font="黑体")
    large.size = 22.0
    line = page_lines(Page(1, 595, 842, 0, [large, small]))[0]
    assert (line.text, line.size, line.font) == ("一二三四五六七", SIZE, "仿宋")


def test_pdfium_is_used_under_the_lock_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium is not thread-safe: a document is opened, read and closed with PDFIUM_LOCK held."""
    import pypdfium2

    from govdoc.readers import pdf_chars

    opened = pypdfium2.PdfDocument
    held: list[bool] = []

    def watched(*args: object, **kwargs: object) -> object:
        held.append(pdf_chars.PDFIUM_LOCK.locked())
        return opened(*args, **kwargs)

    monkeypatch.setattr(pypdfium2, "PdfDocument", watched)
    pages = read_pages(PDFS[0].read_bytes(), backend="pypdfium2", path=None)
    assert held == [True]
    assert pages and not pdf_chars.PDFIUM_LOCK.locked()


def _page_glyphs(runs: Any, document: Any, index: int) -> list[Glyph]:
    """Page `index` read by the PDFium reader `runs`."""
    page = document[index]
    textpage = page.get_textpage()
    count = runs.count(textpage.raw)
    glyphs: list[Glyph] = []
    runs.read(textpage.raw, textpage.get_text_range(0, count), page.get_size()[1], glyphs)
    textpage.close()
    page.close()
    return glyphs


def _page_chars(runs: Any, document: Any, index: int) -> list[tuple[str, float, float, float]]:
    """Page `index` read by the PDFium reader `runs`, as its characters with their edges and baselines."""
    return [(c.text, c.x0, c.x1, c.y) for g in _page_glyphs(runs, document, index) for c in chars_of(g)]


def test_a_character_pdfium_gives_no_box_takes_the_box_of_the_one_before() -> None:
    """Not what an earlier page left in the reader's buffer at that character's place."""
    import pypdfium2

    from govdoc.readers import pdf_chars

    document = pypdfium2.PdfDocument(PDFS[0].read_bytes())
    try:
        with pdf_chars.PDFIUM_LOCK:
            clean = _page_chars(pdf_chars._Runs(), document, 1)
            runs = pdf_chars._Runs()
            _page_chars(runs, document, 2)  # leaves page 3's boxes in the buffer's places
            page = document[1]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            missing = text.index("产业发展") + 2  # the 发 of 产业发展, inside a line of CJK text
            real = runs.loose_box

            def no_box_for_missing(page: object, i: int, place: object) -> int:
                return 0 if i == missing else int(real(page, i, place))

            runs.loose_box = no_box_for_missing
            faulty = _page_chars(runs, document, 1)
    finally:
        document.close()
    at = missing - sum(ch.isspace() for ch in text[:missing])  # the character among those read
    assert clean[at][0] == faulty[at][0] == "发" and clean[at - 1][0] == "业"
    assert faulty[at][1:] == clean[at - 1][1:]  # the box of 业, on its baseline
    assert faulty[at][1:] != clean[at][1:]
    assert faulty[:at] == clean[:at] and faulty[at + 1 :] == clean[at + 1 :]  # nothing else moved


def test_the_collector_is_held_off_while_a_pdf_is_read_and_set_going_again_after_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from govdoc.readers import pdf

    seen: list[bool] = []
    real_read = pdf.read_pages

    def watched_read(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_read(*args, **kwargs)

    def broken_layout(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        raise RuntimeError("a bug in the layout")

    monkeypatch.setattr(pdf, "read_pages", watched_read)
    monkeypatch.setattr(pdf, "layout_pages", broken_layout)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        pdf.pdf_blocks(PDFS[0].read_bytes(), backend="pypdfium2", path=None, ocr="never")
    assert seen == [False, False] and gc.isenabled()
    gc.disable()  # a caller who stopped the collector keeps it stopped
    try:
        with pytest.raises(RuntimeError):
            pdf.pdf_blocks(PDFS[0].read_bytes(), backend="pypdfium2", path=None, ocr="never")
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_pages_loaded_through_pdfium_s_own_calls_read_as_pypdfium2_s_page_objects_give_them(path: Path) -> None:
    """The reader loads pages and text pages with PDFium's calls, not pypdfium2's page objects: each
    page's text, size and rotation are the ones those objects give (rotated.pdf turns its pages)."""
    import pypdfium2 as pdfium

    from govdoc.readers.pdf_chars import _page_text, _rotation

    need_shared(path)
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            count = textpage.count_chars()
            assert _page_text(textpage.raw, count) == (textpage.get_text_range(0, count) if count > 0 else "")
            assert _rotation(page.raw) == page.get_rotation()
    finally:
        document.close()
    read = read_pages(path.read_bytes(), backend="pypdfium2", path=None)
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        assert [(p.width, p.height, p.rotation) for p in read] == [
            (*document[k].get_size(), document[k].get_rotation()) for k in range(len(document))
        ]
    finally:
        document.close()


def test_the_glyphs_are_freed_before_the_collector_is_set_going_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector's first collection after a parse would walk every glyph still alive: the pages
    are let go of before it runs again, so it finds none of them (and one stretch covers reading
    and layout when no page is read by OCR)."""
    import gc

    from govdoc.readers import pdf

    def glyphs_alive() -> int:
        return sum(isinstance(o, Glyph) for o in gc.get_objects())

    before = glyphs_alive()
    alive: list[int] = []
    real_enable = gc.enable

    def watched_enable() -> None:
        alive.append(glyphs_alive())
        real_enable()

    monkeypatch.setattr(gc, "enable", watched_enable)
    blocks, _, _ = pdf.pdf_blocks(PDFS[0].read_bytes(), backend="pypdfium2", path=None, ocr="auto")
    assert blocks and alive == [before]


def test_a_character_of_no_text_object_is_read_in_its_place_with_the_look_pdfium_gives_it() -> None:
    """PDFium may place a character it holds no text object for: it is read all the same, styled
    on its own (font, size and colour asked of the character itself). Here that is the look of
    its neighbours, so the run goes on through it as if it had their text object."""
    import pypdfium2

    from govdoc.readers import pdf_chars

    document = pypdfium2.PdfDocument(PDFS[0].read_bytes())
    try:
        with pdf_chars.PDFIUM_LOCK:
            clean = _page_glyphs(pdf_chars._Runs(), document, 1)
            runs = pdf_chars._Runs()
            page = document[1]
            textpage = page.get_textpage()
            orphan = textpage.get_text_range().index("产业发展") + 2  # the 发 of 产业发展
            textpage.close()
            page.close()
            real = runs.text_object

            def no_object_for_orphan(handle: object, i: int) -> object:
                return None if i == orphan else real(handle, i)

            runs.text_object = no_object_for_orphan
            read = _page_glyphs(runs, document, 1)
    finally:
        document.close()
    assert "产业发展" in "".join(g.text for g in clean)
    assert [(c.text, c.x0, c.x1) for g in read for c in chars_of(g)] == [
        (c.text, c.x0, c.x1) for g in clean for c in chars_of(g)
    ]  # every character, in its place
    assert [g.text for g in read] == [g.text for g in clean]  # the same runs


def test_the_spaces_the_style_pass_skips_are_the_ones_the_run_loop_skips() -> None:
    # `_Runs.styles` leaves out the characters `_SPACES` matches, `_Runs.read` the ones `str.isspace`
    # calls spaces; were they to differ (the `regex` module's \s leaves out U+001C–U+001F), the
    # loop would take its styles one text object out of step.
    from govdoc.readers.pdf_chars import _SPACES

    differ = [hex(c) for c in range(0x10000) if bool(_SPACES.fullmatch(chr(c))) != chr(c).isspace()]
    assert differ == []


def test_the_render_mode_is_asked_once_per_text_object_and_its_boldness_once_per_look() -> None:
    """Fake bold (text render mode 2) costs one PDFium call per text object, not per character,
    and whether a mode makes a look bold is worked out with the look, once per combination."""
    import pypdfium2
    import pypdfium2.raw as raw

    from govdoc.readers import pdf_chars

    pdf = need_shared(SHARED / "fixtures" / "putuo-office.pdf")  # draws its items' leads in mode 2
    document = pypdfium2.PdfDocument(pdf.read_bytes())
    asked: list[int] = []
    looks: list[object] = []
    try:
        with pdf_chars.PDFIUM_LOCK:
            runs = pdf_chars._Runs()
            real_mode, real_style = runs.render_mode, runs.style

            def counted_mode(obj: int) -> int:
                asked.append(obj)
                return int(real_mode(obj))

            def counted_style(*args: Any) -> Any:
                looks.append(args[2])
                return real_style(*args)

            runs.render_mode, runs.style = counted_mode, counted_style
            glyphs = _page_glyphs(runs, document, 1)
            page = document[1]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            objects = [raw.FPDFText_GetTextObject(textpage, i) for i in range(len(text))]
            owners = [
                raw.ctypes.addressof(o.contents) for o, ch in zip(objects, text, strict=True) if o and not ch.isspace()
            ]
            textpage.close()
            page.close()
    finally:
        document.close()
    objects_read = [o for k, o in enumerate(owners) if k == 0 or o != owners[k - 1]]  # the page loaded afresh
    assert len(asked) == len(objects_read) < len(text) // 2
    assert len(looks) == len(set(looks)) < len(asked) // 5  # each combination's look worked out once
    assert any(g.bold for g in glyphs) and not all(g.bold for g in glyphs)
