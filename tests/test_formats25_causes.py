"""Causes found by round 25's format probes (tests/test_probes_25_formats.py), each tested on a new example of
the cause (not the probe's document); each cause's test fails on the session's start (/work/s25start), and a
guard beside some holds what must not change.

- DOCX: a legacy check box field (FORMCHECKBOX) holds no text and no result, so a row of them lost which
  option was ticked (答复类别：A类 B类 C类: no category); Word draws the box, so the reader writes ☒ or ☐ where
  it stands (readers.docx.walk `form_box`).
"""

from __future__ import annotations

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants


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
