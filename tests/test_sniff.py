"""Formats by content: portal downloads named `.jsp`, `download` or nothing, and suffixes that lie."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

import govdoc
from govdoc.readers.sniff import choose_format, sniff
from tests.conftest import FIXTURES
from tests.docx_builder import make_docx, p, zip_parts

PDF = FIXTURES / "pdf" / "numbering-levels.pdf"
REPLY = "关于区政协一届一次会议第7号提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n一、总体情况\n感谢您的关心。\n某区某局\n2024年3月5日\n"
HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>站点</title></head><body><div>"
    + "".join(f"<p>{line}</p>" for line in REPLY.splitlines())
    + "</div></body></html>"
)


def _zip(members: dict[str, str]) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\r\n\r\n%PDF-1.4\n", "pdf"),  # junk before the header, as some servers send it
        (_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}), "docx"),
        (_zip({"OFD.xml": "<ofd:OFD/>", "Doc_0/Document.xml": "<ofd:Document/>"}), "ofd"),
        (_zip({"xl/workbook.xml": "<workbook/>"}), "xlsx"),
        (_zip({"photos/a.txt": "x"}), "zip"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"II*\x00\x08\x00\x00\x00", "tiff"),
        (b"MM\x00*\x00\x00\x00\x08", "tiff"),
        (b"  <!DOCTYPE HTML PUBLIC><html>", "html"),
        ("\ufeff<div class='article'><p>答复</p></div>".encode(), "html"),
        (REPLY.encode("gb18030"), "txt"),
        ("[ 索引号 ] | 000-1 |\n".encode() + REPLY.encode(), "txt"),
        (b'{"schema_version": "1.2", "kind": "reply"}', "json"),
        (b'<?xml version="1.0"?><ofd:OFD/>', "xml"),
        (REPLY.encode("utf-16"), "txt"),
        (bytes(range(256)) * 4, None),
    ],
    ids=[
        "pdf",
        "pdf-after-junk",
        "docx",
        "ofd",
        "xlsx",
        "bare-zip",
        "png",
        "jpeg",
        "tiff-le",
        "tiff-be",
        "html-doctype",
        "html-fragment-bom",
        "gb18030-text",
        "bracketed-label-text",
        "json",
        "xml",
        "utf16-text",
        "binary",
    ],
)
def test_sniff_names_the_format_the_bytes_show(data: bytes, expected: str | None) -> None:
    assert sniff(data) == expected


def test_a_pdf_downloaded_without_a_suffix_or_named_html_is_read_as_pdf(tmp_path: Path) -> None:
    for name in ("download", "article.html", "view.jsp"):
        path = tmp_path / name
        shutil.copy(PDF, path)
        doc = govdoc.parse(path)
        assert doc.source.format == "pdf" and doc.source.pages == 1
        assert doc.source.path == str(path)


def test_html_behind_a_jsp_or_doc_name_is_read_as_html(tmp_path: Path) -> None:
    for name in ("content.jsp", "附件.doc", "page"):
        path = tmp_path / name
        path.write_text(HTML, encoding="utf-8")
        doc = govdoc.parse(path)
        assert doc.source.format == "html"
        assert doc.header.title == "关于区政协一届一次会议第7号提案的答复"
        assert "站点" not in doc.text


def test_a_docx_named_doc_is_read_as_docx_without_libreoffice(tmp_path: Path) -> None:
    path = tmp_path / "答复.doc"
    path.write_bytes(make_docx("".join(p(line) for line in REPLY.splitlines())))
    doc = govdoc.parse(path)
    assert doc.source.format == "docx" and doc.header.recipients == ("李某委员",)


def test_gbk_text_without_a_suffix_is_text_with_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "reply"
    path.write_bytes(REPLY.encode("gbk"))
    doc = govdoc.parse(path)
    assert (doc.source.format, doc.source.encoding) == ("txt", "gb18030")


def test_a_markdown_name_keeps_its_format_and_an_html_tag_in_text_does_not_make_it_html(tmp_path: Path) -> None:
    md = tmp_path / "reply.md"
    md.write_text(REPLY, encoding="utf-8")
    assert govdoc.parse(md).source.format == "md"
    txt = tmp_path / "note.txt"
    txt.write_text("<p>标签</p>出现在正文里\n" + REPLY, encoding="utf-8")
    assert govdoc.parse(txt).source.format == "txt"


@pytest.mark.parametrize(
    ("name", "data", "found"),
    [
        ("report.xls", _zip({"xl/workbook.xml": "<workbook/>"}), "a spreadsheet"),
        ("animation", b"GIF89a" + b"\x00" * 64, "an image"),  # PNG, JPEG and TIFF pages are read (OCR)
        ("bundle.dat", _zip({"a/b.txt": "x"}), "a zip archive"),
        ("blob", bytes(range(256)) * 4, "binary data of no known document format"),
        ("001.expected.json", b'{"kind": "reply"}', "JSON data"),
    ],
)
def test_a_file_that_is_no_document_says_what_it_is(name: str, data: bytes, found: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(govdoc.UnsupportedFormatError) as info:
        govdoc.parse(path)
    assert found in info.value.message


def test_a_damaged_docx_stays_a_docx_and_is_reported_corrupt() -> None:
    assert choose_format(zip_parts({"docProps/app.xml": "<x/>"}), "docx") == "docx"
    assert choose_format("不是压缩包".encode() * 10, "docx") == "docx"


def test_format_given_by_the_caller_is_not_second_guessed(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = govdoc.parse(path, format="txt")
    # read as text: the text reader's own saying of the page head's words it left out (the HTML reader reads no
    # head); since session 22 a page source written on one line has its head cut out of the line (conv22), so
    # its doctype no longer stays as the proof
    assert doc.source.format == "txt"
    assert any(w.code == "text-repaired" and "站点" in w.message for w in doc.warnings)


def _cli(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "govdoc", *args], input=stdin, capture_output=True, check=False)


def test_parse_dash_reads_standard_input_by_content_or_from() -> None:
    proc = _cli("parse", "-", stdin=PDF.read_bytes())
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["source"]["format"] == "pdf" and doc["source"]["path"] is None
    forced = _cli("parse", "-", "--from", "txt", "--format", "jsonl", stdin=HTML.encode())
    assert forced.returncode == 0, forced.stderr
    assert json.loads(forced.stdout)["source"]["format"] == "txt"


def test_verbose_says_how_the_format_was_decided_and_quiet_leaves_only_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govdoc.cli import main

    odd = tmp_path / "article.html"
    shutil.copy(PDF, odd)
    assert main(["parse", str(odd), "-v", "--format", "jsonl"]) == 0
    assert "named as html, read as pdf by its content" in capsys.readouterr().err
    assert main(["parse", str(odd), "--format", "jsonl"]) == 0
    assert capsys.readouterr().err == ""
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(odd), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["batch", str(odd), "-o", str(out), "--workers", "1"]) == 0
    assert "batch: 1 files" in capsys.readouterr().err
