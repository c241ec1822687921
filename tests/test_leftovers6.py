"""Small causes left by session 7 (closing7.md), each from a new short example."""

from __future__ import annotations

import io
import zipfile

import govdoc
from tests.docx_builder import make_docx, p, zip_parts

_CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _word_importing(chunks: dict[str, bytes], before: str, after: str) -> bytes:
    """A Word file: a paragraph, one w:altChunk per part in `chunks` (in order), a paragraph."""
    body = p(before) + "".join(f'<w:altChunk r:id="rIdC{i}"/>' for i in range(len(chunks))) + p(after)
    with zipfile.ZipFile(io.BytesIO(make_docx(body))) as z:
        files: dict[str, str | bytes] = {n: z.read(n) for n in z.namelist()}
    rels = "word/_rels/document.xml.rels"
    extra = "".join(
        f'<Relationship Id="rIdC{i}" Type="{_CHUNK_REL}" Target="{name}"/>' for i, name in enumerate(chunks)
    )
    files[rels] = bytes(files[rels]).replace(b"</Relationships>", extra.encode() + b"</Relationships>")
    return zip_parts({**files, **{f"word/{name}": data for name, data in chunks.items()}}, deflate=True)


def _unread(doc: govdoc.Document) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "pages-without-text"]


def test_a_nested_word_chunk_is_read_in_its_place() -> None:
    inner = make_docx(p("一、清理河道淤积") + p("各村于七月底前完成清淤。") + p("二、加固堤防"))
    doc = govdoc.parse(
        _word_importing({"part1.docx": inner}, "关于开展汛前水利设施检查的通知", "特此通知。"), format="docx"
    )
    assert (
        doc.text
        == "关于开展汛前水利设施检查的通知\n一、清理河道淤积\n各村于七月底前完成清淤。\n二、加固堤防\n特此通知。"
    )
    assert [s.title for s in doc.sections] == ["清理河道淤积", "加固堤防"]
    # where a section stands: in the imported part, as python-docx counts that part's paragraphs
    assert [s.span.source_ref for s in doc.sections] == ["word/part1.docx/paragraph:0-1", "word/part1.docx/paragraph:2"]
    assert _unread(doc) == []


def test_a_plain_text_chunk_is_read_in_its_place() -> None:
    text = "各乡镇：\n请于六月十日前报送秸秆禁烧工作进展。\n".encode("gb18030")
    doc = govdoc.parse(_word_importing({"c.txt": text}, "关于报送秸秆禁烧进展的通知", "特此通知。"), format="docx")
    assert "请于六月十日前报送秸秆禁烧工作进展。" in doc.text
    assert doc.header.recipients == ("各乡镇",)
    assert _unread(doc) == []


def test_a_chunk_the_reader_cannot_read_is_named_in_a_warning() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg936 {\fonttbl{\f0 SimSun;}}\f0 \'b8\'f7\'b4\'e5\'d2\'aa\par}"
    doc = govdoc.parse(
        _word_importing({"body.rtf": rtf, "bad.docx": b"PK\x03\x04 not a zip"}, "关于调整办公时间的通知", "特此通知。"),
        format="docx",
    )
    assert doc.text == "关于调整办公时间的通知\n特此通知。"
    unread = _unread(doc)
    assert len(unread) == 2, unread
    assert "RTF" in unread[0] and "word/body.rtf" in unread[0]
    assert "word/bad.docx" in unread[1]
    # a chunk inside a nested chunk is one level too deep: its own paragraphs are read, its chunk named
    inner = _word_importing({"deep.docx": make_docx(p("第三层的段落"))}, "各科室：", "请遵照执行。")
    doc = govdoc.parse(_word_importing({"part.docx": inner}, "关于调整办公时间的通知", "特此通知。"), format="docx")
    assert doc.text == "关于调整办公时间的通知\n各科室：\n请遵照执行。\n特此通知。"
    assert len(_unread(doc)) == 1 and "word/deep.docx" in _unread(doc)[0]
