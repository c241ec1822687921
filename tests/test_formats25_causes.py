"""Causes found by round 25's format probes (tests/test_probes_25_formats.py), each tested on a new example of
the cause (not the probe's document); each cause's test fails on the session's start (/work/s25start), and a
guard beside some holds what must not change.

- DOCX: a legacy check box field (FORMCHECKBOX) holds no text and no result, so a row of them lost which
  option was ticked (答复类别：A类 B类 C类: no category); Word draws the box, so the reader writes ☒ or ☐ where
  it stands (readers.docx.walk `form_box`).
- PDF: a print shop's file shows its bleed, crop marks and slug line round the finished page its TrimBox
  gives; the slug was read (`content-unplaced` over the title). The TrimBox is the page where it hides part
  of what is shown and keeps most of the text (readers.pdf_chars `_trim_box`).
"""

from __future__ import annotations

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants
from tests.test_formats24_causes import _page_pdf, _pdf, _writer, _written


def parsed_docx(body: str, **parts: str) -> govdoc.Document:
    doc = govdoc.parse(make_docx(body, **parts), format="docx")
    check_invariants(doc)
    assert "internal-error" not in [w.code for w in doc.warnings]
    return doc


def _box(name: str, ticked: bool) -> str:
    state = '<w:default w:val="0"/><w:checked/>' if ticked else '<w:default w:val="0"/>'
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f"<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _row(label: str, *options: tuple[str, bool]) -> str:
    runs = "".join(
        f'{_box(f"{label}{k}", ticked)}<w:r><w:t xml:space="preserve">{text} </w:t></w:r>'
        for k, (text, ticked) in enumerate(options)
    )
    return f"<w:p><w:r><w:t>{label}：</w:t></w:r>{runs}</w:p>"


def test_a_legacy_check_box_is_drawn_ticked_or_not_so_a_row_of_them_gives_its_ticked_option() -> None:
    body = (
        p("关于市政协十二届二次会议第0219号提案的答复")
        + _row("公开属性", ("主动公开", False), ("依申请公开", True), ("不予公开", False))
        + _row("办理结果", ("A类", False), ("B类", True), ("C类", False))
        + p("周立新委员：")
        + p("您提出的《关于加强农村饮用水安全保障的提案》收悉。现答复如下：")
        + p("今年全市新建改造农村供水工程十二处。")
        + p("某市水利局")
        + p("2024年7月3日")
    )
    doc = parsed_docx(body)
    assert doc.header.disclosure == "依申请公开"
    assert doc.header.handling_result == "B"
    assert "公开属性：☐主动公开 ☒依申请公开 ☐不予公开" in doc.text


# --- PDF: the TrimBox ------------------------------------------------------------------------------

_BOXED = [
    ("关于做好2024年冬季供暖保障工作的通知", 160.0, 760.0),
    ("各供热企业：", 92.0, 720.0),
    ("为保障居民温暖过冬，现将有关事项通知如下：各企业要按时供热。", 124.0, 690.0),
    ("特此通知。", 124.0, 660.0),
    ("某市城市管理局", 420.0, 610.0),
    ("2024年10月28日", 412.0, 580.0),
]


def _trimmed(lines: list[tuple[str, float, float]], trim: tuple[float, float, float, float]) -> bytes:
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    writer = _writer(_page_pdf(lines, size=(643.27, 889.89)))
    writer.pages[0][NameObject("/TrimBox")] = ArrayObject([FloatObject(v) for v in trim])
    return _written(writer)


def test_a_print_shops_slug_outside_the_trim_box_is_not_read() -> None:
    slug = ("印刷：某某彩印厂　2024.10.28　K", 60.0, 8.0)  # under the trimmed page's foot, in the marks' band
    doc = _pdf(_trimmed([*_BOXED, slug], (24.0, 24.0, 619.27, 865.89)))
    assert "彩印厂" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-10-28"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_trim_box_that_would_cut_the_text_itself_is_a_producers_error_and_the_page_reads_whole() -> None:
    # a TrimBox over the top third only: most of the page's words stand outside it
    doc = _pdf(_trimmed(_BOXED, (24.0, 600.0, 619.27, 865.89)))
    assert "某市城市管理局" in doc.text and "2024年10月28日" in doc.text
