"""Source positions (schema 1.4): every span says where its text stands in the file.

Each format is checked against an independent reading of the same file: PDF characters'
boxes from PDFium or pdfplumber, python-docx's paragraphs and tables, lxml's XPath over the
page, the text's own lines, the OFD's text objects.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

import govdoc
from govdoc.blocks import Origin
from govdoc.model import Document, Span
from tests.conftest import FIXTURES, SHARED, need_shared

EPS = 0.01  # boxes are given to a hundredth of a point
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PDFS = [FIXTURES / "pdf" / "seed-official.pdf", FIXTURES / "pdf" / "numbering-levels.pdf"]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _highlighted(doc: Document) -> list[tuple[str, Span]]:
    """The spans a viewer highlights: header fields, paragraphs, sections, items, the trailer's fields, tables."""
    h = doc.header
    found: list[tuple[str, Span | None]] = [("title", h.title_span), ("issuer", h.issuer_span)]
    if h.doc_number is not None:
        found.append(("doc_number", h.doc_number.span))
    found += [("recipient", s) for s in h.recipients_spans]
    found += [("preamble", p.span) for p in doc.preamble]
    for section in doc.iter_sections():
        found.append(("section", section.span))
        for p in section.paragraphs:
            found.append(("paragraph", p.span))
            found += [("item", i.span) for i in p.items]
    if doc.closing is not None:
        found.append(("closing", doc.closing.span))
    if doc.signature is not None:
        found += [("signature", s) for s in doc.signature.issuers_spans]
        found.append(("date", doc.signature.date_span))
    if doc.contact is not None:
        found += [("contact", doc.contact.name_span), *(("phone", s) for s in doc.contact.phones_spans)]
    found += [("table", t.span) for t in doc.tables]
    return [(kind, span) for kind, span in found if span is not None]


def _in_order(text: str, holder: str) -> bool:
    """Every character of `text` stands in `holder`, in order (markup and furniture may stand between)."""
    it = iter(holder)
    return all(ch in it for ch in text)


# --- PDF ---------------------------------------------------------------------------------


def _pdfium_chars(path: Path) -> dict[int, list[tuple[str, float, float, float, float]]]:
    """Every character's box on each page, from PDFium, top-left origin in points."""
    pdfium = pytest.importorskip("pypdfium2")
    document = pdfium.PdfDocument(str(path))
    pages = {}
    try:
        for index in range(len(document)):
            page = document[index]
            height = page.get_height()
            textpage = page.get_textpage()
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count)
            chars = []
            for k, ch in enumerate(text[:count]):
                if not ch.isspace():
                    left, bottom, right, top = textpage.get_charbox(k)
                    chars.append((ch, left, height - top, right, height - bottom))
            pages[index + 1] = chars
    finally:
        document.close()
    return pages


def _plumber_chars(path: Path) -> dict[int, list[tuple[str, float, float, float, float]]]:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        return {
            page.page_number: [(c["text"], c["x0"], c["top"], c["x1"], c["bottom"]) for c in page.chars]
            for page in pdf.pages
        }


def _outside(span: Span, text: str, chars: dict[int, list[tuple[str, float, float, float, float]]]) -> Counter[str]:
    """The span's characters not found whole inside its boxes."""
    inside: Counter[str] = Counter()
    for box in span.source_box:
        for ch, x0, y0, x1, y1 in chars[box.page]:
            if x0 >= box.x0 - EPS and x1 <= box.x1 + EPS and y0 >= box.y0 - EPS and y1 <= box.y1 + EPS:
                inside[ch] += 1
    return Counter(_squash(text)) - inside


@pytest.mark.parametrize(("backend", "reference"), [("pypdfium2", _pdfium_chars), ("pdfplumber", _plumber_chars)])
@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_a_pdf_elements_box_holds_every_character_of_it(
    path: Path, backend: str, reference: Callable[[Path], dict[int, list[tuple[str, float, float, float, float]]]]
) -> None:
    doc = govdoc.parse(path, pdf_backend=backend)
    chars = reference(path)
    spans = _highlighted(doc)
    assert len(spans) >= 10
    for kind, span in spans:
        assert span.source_box, kind
        assert span.source_box[0].page == span.page
        assert span.source_ref is not None and span.source_ref.startswith("page:")
        assert _outside(span, doc.text[span.start : span.end], chars) == Counter(), (kind, span)


def test_a_paragraph_running_over_a_page_end_has_a_box_on_each_page() -> None:
    doc = govdoc.parse(FIXTURES / "pdf" / "seed-official.pdf")
    crossing = [s for _, s in _highlighted(doc) if len({b.page for b in s.source_box}) == 2]
    assert crossing
    for span in crossing:
        first, second = span.source_box
        assert second.page == first.page + 1 and span.source_ref == f"page:{first.page}-{second.page}"


def test_a_box_that_does_not_hold_an_element_is_caught() -> None:
    """The containment check itself can fail: the title's box moved down a line no longer holds it."""
    import dataclasses

    path = FIXTURES / "pdf" / "seed-official.pdf"
    doc = govdoc.parse(path)
    span = doc.header.title_span
    assert span is not None
    moved = tuple(dataclasses.replace(b, y0=b.y1 + 2, y1=b.y1 + 2 + (b.y1 - b.y0)) for b in span.source_box)
    assert _outside(dataclasses.replace(span, source_box=moved), doc.header.title or "", _pdfium_chars(path))


def test_positions_take_no_part_in_equality_and_survive_the_json_round_trip() -> None:
    doc = govdoc.parse(FIXTURES / "pdf" / "seed-official.pdf")
    back = Document.from_json(doc.to_json())
    assert back == doc
    assert back.header.title_span is not None and doc.header.title_span is not None
    assert back.header.title_span.source_box == doc.header.title_span.source_box


def test_two_pdf_backends_place_characters_a_little_apart_and_still_give_equal_documents() -> None:
    path = need_shared(SHARED / "fixtures" / "putuo-office.pdf")
    pdfium, plumber = govdoc.parse(path), govdoc.parse(path, pdf_backend="pdfplumber")
    assert pdfium == plumber
    boxes = [(s.source_box, t.source_box) for s, t in zip(_spans(pdfium), _spans(plumber), strict=True)]
    assert any(a != b for a, b in boxes)  # the positions differ, so equality really ignores them
    assert all(a[0].page == b[0].page for a, b in boxes)


def _spans(doc: Document) -> list[Span]:
    return [span for _, span in _highlighted(doc)]


# --- DOCX --------------------------------------------------------------------------------


def _docx_text(document: object, ref: str) -> str:
    """The text python-docx finds at a reference (`paragraph:N[-M]`, `table:T/row:R[/cell:C]`, `header:part`)."""
    import docx.table

    texts = []
    for part in ref.split(" | "):
        if m := re.fullmatch(r"paragraph:(\d+)(?:-(\d+))?", part):
            first, last = int(m[1]), int(m[2] or m[1])
            texts += [document.paragraphs[k].text for k in range(first, last + 1)]  # type: ignore[attr-defined]
        elif m := re.fullmatch(r"table:(\d+)/row:(\d+)(?:/cell:(\d+))?", part):
            row = document.tables[int(m[1])].rows[int(m[2])]  # type: ignore[attr-defined]
            cells = row._tr.tc_lst if m[3] is None else [row._tr.tc_lst[int(m[3])]]
            texts += [p.text for tc in cells for p in docx.table._Cell(tc, row).paragraphs]
        elif part.startswith("header:"):
            header = next(p for p in document.part.package.parts if p.partname == "/" + part[7:])  # type: ignore[attr-defined]
            texts += [t.text or "" for t in header.element.iter(f"{{{W}}}t")]
        else:
            raise AssertionError(f"unknown reference {part!r}")
    return "".join(texts)


@pytest.mark.parametrize("name", ["seed-official.docx", "seed-contact-table.docx", "seed-header-textbox.docx"])
def test_a_docx_paragraph_index_points_at_the_paragraph_with_that_text(name: str) -> None:
    """(python-docx leaves out tracked insertions and automatic numbers, so those fixtures are not used here.)"""
    docx = pytest.importorskip("docx")
    path = FIXTURES / "docx" / name
    doc = govdoc.parse(path)
    document = docx.Document(str(path))
    spans = _highlighted(doc)
    assert len(spans) >= 8
    for kind, span in spans:
        assert span.source_ref is not None and span.source_box == (), kind
        text = _squash(doc.text[span.start : span.end])
        assert _in_order(text, _squash(_docx_text(document, span.source_ref))), (kind, span.source_ref, text)


def test_a_docx_table_row_names_its_table_and_row() -> None:
    docx = pytest.importorskip("docx")
    path = FIXTURES / "docx" / "seed-contact-table.docx"
    doc = govdoc.parse(path)
    refs = [t.span.source_ref for t in doc.tables] + [
        s.source_ref for s in (doc.contact.phones_spans if doc.contact else ())
    ]
    assert any(r and r.startswith("table:") for r in refs), refs
    document = docx.Document(str(path))
    for ref in refs:
        assert ref is not None
        assert _docx_text(document, ref)


# --- HTML --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bullets-br-reply.html", "dl-no-class.html", "pipes-table-article.html"])
def test_an_html_element_path_selects_the_element_holding_the_text(name: str) -> None:
    lxml_html = pytest.importorskip("lxml.html")
    path = FIXTURES / name
    doc = govdoc.parse(path)
    tree = lxml_html.fromstring(path.read_bytes()).getroottree()
    spans = _highlighted(doc)
    assert len(spans) >= 6
    for kind, span in spans:
        assert span.source_ref is not None and span.source_ref.startswith("/html/"), kind
        # lexbor parses as a browser does and puts in the <tbody> HTML5 implies; lxml's parser does not.
        found = [
            e
            for path in span.source_ref.split(" | ")
            for e in (tree.xpath(path) or tree.xpath(path.replace("/tbody[1]", "")))
        ]
        assert found, span.source_ref
        holder = _squash("".join(e.text_content() for e in found))
        text = _squash(doc.text[span.start : span.end])
        assert _in_order(text.replace("：", ""), holder.replace(":", "").replace("：", "")), (kind, span.source_ref)


# --- text and Markdown -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["putuo-reply-2023.txt", "notice-attachments-imprint.txt", "joint-notice-one-line.txt", "page-break-bold.md"],
)
def test_text_line_numbers_hold_the_text(name: str) -> None:
    path = FIXTURES / name
    doc = govdoc.parse(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    for kind, span in _highlighted(doc):
        assert span.source_ref is not None, kind
        m = re.fullmatch(r"line:(\d+)(?:-(\d+))?", span.source_ref)
        assert m, span.source_ref
        held = _squash("".join(lines[int(m[1]) - 1 : int(m[2] or m[1])]))
        assert _in_order(_squash(doc.text[span.start : span.end]), held), (kind, span.source_ref)


def test_joined_lines_name_the_first_and_last_line() -> None:
    text = "关于做好防汛工作的通知\n\n各区：\n    今年汛期来得早，各单位要提前\n做好准备，确保安全。\n\n某市水务局\n2024年5月1日\n"
    doc = govdoc.parse_text(text)
    assert doc.header.title_span is not None and doc.header.title_span.source_ref == "line:1"
    paragraph = doc.preamble[0]
    assert paragraph.text == "今年汛期来得早，各单位要提前做好准备，确保安全。"
    assert paragraph.span.source_ref == "line:4-5"
    assert doc.signature is not None and doc.signature.date_span is not None
    assert doc.signature.date_span.source_ref == "line:8"


# --- OFD ---------------------------------------------------------------------------------


def test_an_ofd_title_box_holds_the_points_where_its_characters_are_drawn() -> None:
    """The OFD draws each character at a point (TextObject boundary + TextCode X/Y, in mm)."""
    import zipfile

    from lxml import etree

    path = need_shared(SHARED / "fixtures" / "ofd" / "luqiao-approval.ofd")
    doc = govdoc.parse(path)
    span = doc.header.title_span
    assert span is not None and doc.header.title and span.source_box
    box = span.source_box[0]
    assert box.page == 1 and span.source_ref == "page:1"
    mm = 72 / 25.4
    drawn: list[tuple[str, float, float]] = []
    with zipfile.ZipFile(path) as ofd:
        name = next(n for n in ofd.namelist() if re.search(r"Pages/Page_?0/Content\.xml$", n))
        root = etree.fromstring(ofd.read(name))
    for obj in root.iter("{*}TextObject"):
        x, y = (float(v) for v in obj.get("Boundary", "0 0 0 0").split()[:2])
        for code in obj.iter("{*}TextCode"):
            xs = [float(v) for v in (code.get("X") or "0").split() if re.fullmatch(r"[\d.]+", v)]
            drawn.append((code.text or "", (x + (xs[0] if xs else 0)) * mm, (y + float(code.get("Y") or 0)) * mm))
    title_pieces = [(t, px, py) for t, px, py in drawn if t.strip() and _squash(t) in _squash(doc.header.title)]
    assert title_pieces
    for _, px, py in title_pieces:
        assert box.x0 - 0.01 <= px <= box.x1 and box.y0 <= py <= box.y1


def test_the_readme_highlighting_example_draws_the_title_box_on_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's example, run as written on a fixture: red ink where the title's box is drawn."""
    pytest.importorskip("PIL")
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Source positions") :]
    code = section[section.index("```python\n") + 10 : section.index("```", section.index("```python\n") + 10)]
    (tmp_path / "reply.pdf").write_bytes((FIXTURES / "pdf" / "seed-official.pdf").read_bytes())
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    from PIL import Image

    doc = govdoc.parse(tmp_path / "reply.pdf")
    assert doc.header.title_span is not None
    box = doc.header.title_span.source_box[0]
    image = Image.open(tmp_path / f"title-page-{box.page}.png").convert("RGB")
    assert image.getpixel((round(box.x0 * 2) + 1, round(box.y0 + box.y1)))[:3] == (255, 0, 0)  # the left edge
    assert image.getpixel((round((box.x0 + box.x1)), round(box.y0 * 2) - 20)) != (255, 0, 0)  # above the box: no ink


def test_a_documents_positions_stay_as_they_were_when_another_is_parsed() -> None:
    # Positions are written into the spans of the Document being built: one handed out before
    # must not change when the next parse places the same offsets on other lines.
    notice = (
        "关于做好秋季防火工作的通知\n\n各街道办事处：\n\n一、加强巡查\n\n各单位每日巡查一次。\n\n"
        "某区应急管理局\n2025年10月8日\n"
    )
    first = govdoc.parse_text(notice)
    assert first.header.title_span is not None and first.header.title_span.source_ref == "line:1"
    assert first.sections[0].span.source_ref == "line:5-7"
    assert first.signature is not None and first.signature.date_span is not None
    assert first.signature.date_span.source_ref == "line:10"
    shown = first.to_json()
    second = govdoc.parse_text("\n" * 7 + notice)
    assert second.header.title_span is not None and second.header.title_span.source_ref == "line:8"
    assert first.to_json() == shown


def test_line_origins_stay_in_order_when_two_threads_make_them_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # review: the shared list of line origins was grown in place by a loop; a thread switching in
    # while another was still appending saw the same length, appended from there too, and every
    # later text of the process got `line:N` refs shifted. The switch is played here by making the
    # second thread's call from inside the first one's making of `line:3`.
    from govdoc.readers import text as reader

    monkeypatch.setattr(reader, "_ORIGINS", [])
    real = reader.Origin
    switched = False

    def origin_with_a_switch(refs: tuple[str, ...]) -> Origin:
        nonlocal switched
        if refs == ("line:3",) and not switched:
            switched = True
            reader._line_origins(6)  # the other thread, reading a six-line text
        return real(refs)

    monkeypatch.setattr(reader, "Origin", origin_with_a_switch)
    first = reader._line_origins(10)
    assert switched
    assert [o.refs for o in first[:10]] == [(f"line:{k}",) for k in range(1, 11)]
    assert [o.refs for o in reader._line_origins(10)[:10]] == [(f"line:{k}",) for k in range(1, 11)]
