"""Session 27's review (review27): pins of findings left open, each a strict xfail a fix turns into a pass.

Each example is written by hand from its finding in /work/coord/alerts.md (REVIEW27 Rn); the expected values
come from the document as written and the contract, never from the parser's output. A control beside each pin
keeps what already works. The findings fixed during the session have their tests with their fixes
(tests/test_lead27.py, tests/test_format27_causes.py).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import govdoc
from govdoc.cli import main
from tests.docx_builder import make_docx, p, zip_parts

# --- R7: a JSON Lines row holding a lone surrogate escape ----------------------------------------------

_ROW_TEXT = "关于增设公交站点的答复\n\n李某代表：\n\n您提出的关于增设公交站点的建议收悉。现答复如下：\n\n已增设站点两处。\n\n某县交通运输局\n2024年6月3日\n"


def _jsonl_records(tmp_path: Path, text_escaped: str) -> dict[str, dict[str, object]]:
    table = tmp_path / "export.jsonl"
    table.write_text('{"编号": "J-7", "正文": "' + text_escaped + '"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["batch", str(table), "--text-column", "正文", "--id-column", "编号", "-o", str(out), "-q", "--allow-errors"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {str(r["path"]).rsplit("!/", 1)[1]: r for r in records}


def _escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def test_a_jsonl_row_with_a_lone_surrogate_escape_is_read_with_the_half_repaired(tmp_path: Path) -> None:
    record = _jsonl_records(tmp_path, "\\ud800" + _escaped(_ROW_TEXT))["id/J-7"]
    assert record.get("error") is None
    header = record["header"]
    assert isinstance(header, dict) and header["title"] == "关于增设公交站点的答复"


def test_a_jsonl_row_without_surrogates_is_read(tmp_path: Path) -> None:
    record = _jsonl_records(tmp_path, _escaped(_ROW_TEXT))["id/J-7"]
    header = record["header"]
    assert isinstance(header, dict) and header["title"] == "关于增设公交站点的答复"


# --- R8: the document's own parts in a block beside the article's ---------------------------------------

_PARAS = (
    "<p>您提出的《关于加快老旧小区加装电梯的建议》收悉，现答复如下：</p>"
    "<p>近年来，我局会同各街道推进既有住宅加装电梯工作，已累计完成加装电梯四十二台。</p>"
    "<p>下一步，我局将简化审批流程，加大财政补助力度，推动加装电梯工作提速扩面。</p>"
    "<p>感谢您对住房和城乡建设工作的关心和支持。</p>"
)
_NAV = '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>'


def _page(article: str) -> bytes:
    return f"<html><body>{_NAV}{article}<div class='footer'>主办：某区住房和城乡建设局</div></body></html>".encode()


def test_a_signature_block_beside_the_article_body_is_read() -> None:
    article = (
        '<div class="article"><h1>关于加快老旧小区加装电梯的建议的答复</h1>'
        f'<div class="TRS_Editor"><p>王某代表：</p>{_PARAS}</div>'
        '<div class="sign"><p>某区住房和城乡建设局</p><p>2024年6月18日</p></div></div>'
    )
    doc = govdoc.parse(_page(article), format="html")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区住房和城乡建设局",)
    assert doc.signature.date == "2024-06-18"


def test_an_addressee_block_before_the_article_body_is_read() -> None:
    article = (
        '<div class="wrap"><div class="zs"><p>王某代表：</p></div>'
        f'<div class="content">{_PARAS}<p>某区住房和城乡建设局</p><p>2024年6月18日</p></div></div>'
    )
    doc = govdoc.parse(_page(article), format="html")
    assert doc.header.recipients == ("王某代表",)


def test_a_signature_inside_the_article_body_block_is_read() -> None:
    article = (
        f'<div class="article"><div class="TRS_Editor"><p>王某代表：</p>{_PARAS}'
        "<p>某区住房和城乡建设局</p><p>2024年6月18日</p></div></div>"
    )
    doc = govdoc.parse(_page(article), format="html")
    assert doc.header.recipients == ("王某代表",)
    assert doc.signature is not None and doc.signature.issuers == ("某区住房和城乡建设局",)


# --- R9: a bound content control whose data store node is empty ------------------------------------------

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_STORE = "{5D0E8A51-2C47-4B9A-9E1F-3A6B7C8D9E0F}"
_OA = "urn:example:oa:banwen"


def _bound_signature_docx(node: str) -> bytes:
    """A reply whose 落款 organ is a content control bound to `/ns0:banwen[1]/ns0:danwei[1]` of a data
    store holding `node`, the control itself showing 某县自然资源局."""
    props = (
        f"<w:sdtPr><w:text/><w:dataBinding w:prefixMappings=\"xmlns:ns0='{_OA}'\" "
        f'w:xpath="/ns0:banwen[1]/ns0:danwei[1]" w:storeItemID="{_STORE}"/></w:sdtPr>'
    )
    control = f"<w:sdt>{props}<w:sdtContent><w:p><w:r><w:t>某县自然资源局</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    body = (
        p("赵某委员：")
        + p("您提出的关于加强耕地保护的提案收悉，现答复如下：我局已完成全县永久基本农田核实整改。")
        + control
        + p("2024年4月9日")
    )
    with zipfile.ZipFile(io.BytesIO(make_docx(body))) as z:
        files: dict[str, str | bytes] = {n: z.read(n) for n in z.namelist()}
    rels = f'<Relationship Id="rId8" Type="{_REL}customXml" Target="../customXml/item1.xml"/></Relationships>'
    files["word/_rels/document.xml.rels"] = bytes(files["word/_rels/document.xml.rels"]).replace(
        b"</Relationships>", rels.encode()
    )
    files["customXml/item1.xml"] = f'<ns0:banwen xmlns:ns0="{_OA}">{node}</ns0:banwen>'
    files["customXml/itemProps1.xml"] = (
        '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
        f'ds:itemID="{_STORE}"/>'
    )
    files["customXml/_rels/item1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}customXmlProps" Target="itemProps1.xml"/></Relationships>'
    )
    return zip_parts(files)


def test_a_control_bound_to_an_empty_store_node_keeps_its_own_words() -> None:
    doc = govdoc.parse(_bound_signature_docx("<ns0:danwei/>"), format="docx")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县自然资源局",)


def test_a_control_bound_to_a_filled_store_node_shows_the_node() -> None:
    doc = govdoc.parse(_bound_signature_docx("<ns0:danwei>某县自然资源局</ns0:danwei>"), format="docx")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县自然资源局",)
