"""Session 24's leftovers, each at its cause (session 25, leftovers25): a record member opening with a
converter's banner, an OFD page's own resources, Office Math's n-ary operators, the page words between
frame marks, and the pins of what the contract leaves as it is. Every example is written here."""

from __future__ import annotations

import json

import govdoc
from tests.probing import codes

# --- 1. a converter's banner opening a record's member (diffread-C C4) ---------------------------------------


_REPLY = (
    "关于规范城区占道经营的答复\n\n"
    "赵某委员：\n"
    "您提出的《关于规范城区占道经营的提案》收悉。现答复如下：\n"
    "一、划定临时摊点区域。今年已在三处设摊点。\n"
    "二、加强日常巡查。\n"
    "感谢您对城市管理工作的关心。\n"
    "某县城市管理局\n"
    "2024年7月3日\n"
)
_ASPOSE = "Evaluation Only. Created with Aspose.Words. Copyright 2003-2024 Aspose Pty Ltd."
_SPIRE = "Evaluation Warning: The document was created with Spire.Doc for .NET."


def test_a_banner_opening_a_records_content_leaves_alone_and_the_reply_reads_whole() -> None:
    for banner in (_ASPOSE, _SPIRE):
        record = json.dumps({"id": 88, "title": "占道经营答复", "content": banner + "\n" + _REPLY}, ensure_ascii=False)
        doc = govdoc.parse_text(record)
        assert "Evaluation" not in doc.text and "Aspose" not in doc.text and "Spire" not in doc.text
        assert doc.header.title == "关于规范城区占道经营的答复"
        assert [s.title for s in doc.sections] == ["划定临时摊点区域", "加强日常巡查"]
        assert doc.signature is not None and doc.signature.date == "2024-07-03"
        assert "internal-error" not in codes(doc)


def test_a_banner_over_a_blank_line_in_a_records_content_leaves_alone() -> None:
    record = json.dumps({"content": _ASPOSE + "\r\n\r\n" + _REPLY}, ensure_ascii=True)  # \\uXXXX escapes too
    doc = govdoc.parse_text(record)
    assert doc.text.startswith("关于规范城区占道经营的答复\n赵某委员：")
    assert "Aspose" not in doc.text


# --- 2. an OFD page with its own resources draws the document's composite units -----------------------------


def test_a_composite_unit_of_the_document_resources_is_read_on_a_page_with_its_own_resources() -> None:
    import sys
    from pathlib import Path

    office = str(Path(__file__).resolve().parent.parent / "fixtures" / "office")
    if office not in sys.path:
        sys.path.insert(0, office)
    from make_formats14 import OFD_NS, OfdPages, ofd_package, rezip
    from make_formats24 import unzip

    head = OfdPages()  # the letterhead a producer reuses: a unit of the document's resources
    head.ident, head.y = 700, 0.0
    head.centred("某市水务局文件", 0.0, font=1)
    head.centred("某水发〔2024〕31号", 0.0)
    o = OfdPages()
    o.y += 3 * o.pitch
    o.centred("关于开展汛前河道清障工作的通知", 7.7611, font=1)
    o.line("各区水务局：", o.left)
    o.wrapped("为确保安全度汛，现将河道清障工作通知如下：各区于五月底前完成清障。")
    o.wrapped("特此通知。")
    placed = '<ofd:CompositeObject ID="96" Boundary="20 20 170 30" ResourceID="81"/>'
    files = unzip(ofd_package([[placed, *o.pages[0]]], {}))
    files["Doc_0/Document.xml"] = files["Doc_0/Document.xml"].replace(
        "</ofd:PublicRes>", "</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
    )
    files["Doc_0/DocumentRes.xml"] = (
        f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:CompositeGraphicUnits>'
        f'<ofd:CompositeGraphicUnit ID="81" Width="170" Height="30"><ofd:Content>{"".join(head.pages[0])}'
        "</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits></ofd:Res>"
    )
    # the page's own resource file (a colour space of its own): the page's resources are the document's and these
    page = files["Doc_0/Pages/Page_0/Content.xml"]
    files["Doc_0/Pages/Page_0/Content.xml"] = page.replace(
        "<ofd:Area>", "<ofd:PageRes>PageRes.xml</ofd:PageRes><ofd:Area>"
    )
    files["Doc_0/Pages/Page_0/PageRes.xml"] = (
        f'<ofd:Res xmlns:ofd="{OFD_NS}"><ofd:ColorSpaces><ofd:ColorSpace ID="5" Type="RGB"/></ofd:ColorSpaces></ofd:Res>'
    )
    doc = govdoc.parse(rezip(files), format="ofd")  # type: ignore[arg-type]
    assert "某市水务局" in doc.text
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "某水发〔2024〕31号"
    assert doc.header.title == "关于开展汛前河道清障工作的通知"
