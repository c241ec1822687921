"""Malformed input, generated here: each gives its typed error or parses within the limits; none
hangs or crashes a run of many files."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main
from tests.conftest import FIXTURES
from tests.docx_builder import make_docx, p, zip_parts

PDF = FIXTURES / "pdf"
SEED = (FIXTURES / "putuo-reply-2023.txt").read_bytes()


def zip_bomb() -> bytes:
    """A .docx whose central directory declares 4 GB unpacked: sizes are counted as inflated, never as declared."""
    data = bytearray(make_docx(p("张某委员：")))
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        struct.pack_into("<I", data, at + 24, 0xFFFFFFF0)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def billion_laughs() -> bytes:
    entities = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {c} "{("&" + chr(ord(c) - 1) + ";") * 10}">' for c in "bcdefghij"
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>张某委员：&j;</w:t></w:r></w:p></w:body></w:document>"
    )
    return zip_parts({"word/document.xml": xml})


def external_entity() -> bytes:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>张某委员：&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return zip_parts({"word/document.xml": xml})


def broken_xref() -> bytes:
    return (PDF / "numbering-levels.pdf").read_bytes().replace(b"startxref", b"startxxxx")


# (name, suffix, bytes, expected error code or None for "parses")
CASES: list[tuple[str, str, Callable[[], bytes], str | None]] = [
    ("zero bytes", ".txt", lambda: b"", "empty-document"),
    ("binary junk named .txt", ".txt", lambda: bytes(range(256)) * 40, "unsupported-format"),
    ("truncated PDF", ".pdf", lambda: (PDF / "seed-official.pdf").read_bytes()[:9000], "corrupt-file"),
    ("PDF with a broken xref", ".pdf", broken_xref, None),
    ("encrypted PDF", ".pdf", lambda: (PDF / "seed-encrypted.pdf").read_bytes(), "encrypted"),
    ("image-only PDF", ".pdf", lambda: (PDF / "scanned.pdf").read_bytes(), "no-text-layer"),
    ("a .docx that is not a zip", ".docx", lambda: b"PK? not really a zip" * 10, "corrupt-file"),
    ("a .docx declaring 4 GB unpacked", ".docx", zip_bomb, None),  # what is inflated counts: a few bytes
    ("billion laughs in a .docx", ".docx", billion_laughs, "corrupt-file"),  # libxml2 refuses the amplification
    ("an external entity in a .docx", ".docx", external_entity, None),
    (
        "HTML renamed .docx is read as HTML",
        ".docx",
        lambda: b"<html><body><p>\xe5\xbc\xa0\xe6\x9f\x90</p></body></html>",
        None,
    ),
    ("text renamed .docx", ".docx", lambda: "张某委员：您好！".encode() * 20, "corrupt-file"),
    ("one line of 1 MB", ".txt", lambda: ("一是加强领导，" * 150_000).encode(), None),
    ("markers repeated thousands of times", ".txt", lambda: ("一、（一）1.（1）①一是二是\n" * 5000).encode(), None),
    ("markers nested in one line", ".txt", lambda: ("（" * 20000 + "一" + "）" * 20000).encode(), None),
]


@pytest.fixture(autouse=True)
def _no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """These cases are about the readers' errors: the image-only PDF stays unread (OCR: test_ocr.py)."""
    monkeypatch.setenv("GOVDOC_OCR", "never")


@pytest.mark.parametrize(("name", "suffix", "make", "code"), CASES, ids=[c[0] for c in CASES])
def test_malformed_input_gets_its_typed_error_or_parses(
    name: str, suffix: str, make: Callable[[], bytes], code: str | None, tmp_path: Path
) -> None:
    path = tmp_path / f"case{suffix}"
    path.write_bytes(make())
    if code is None:
        doc = govdoc.parse(path)
        assert "lollol" not in doc.text and "\n" not in doc.header.recipients
        return
    with pytest.raises(govdoc.GovDocError) as info:
        govdoc.parse(path)
    assert info.value.code == code
    assert not isinstance(info.value, govdoc.InternalError)


def test_fifty_megabytes_of_text_parse_within_the_limits() -> None:
    big = (SEED * (50 * 1024 * 1024 // len(SEED) + 1))[: 50 * 1024 * 1024]
    doc = govdoc.parse(big, format="txt")
    assert doc.header.title == "对区政协十五届二次会议第152038号提案的答复"
    assert len(doc.text) < len(big)  # the reposted copies are recognised as repeats, not parsed again


def test_limits_are_configurable() -> None:
    with pytest.raises(govdoc.TooLargeError):
        govdoc.parse(SEED, format="txt", max_bytes=1000)
    with pytest.raises(govdoc.TooLargeError):
        govdoc.parse(make_docx(p("甲" * 5000)), format="docx", max_unzipped=5000)


def test_a_run_over_all_malformed_files_records_each_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for k, (_, suffix, make, _) in enumerate(CASES):
        path = tmp_path / f"{k:02d}{suffix}"
        path.write_bytes(make())
        paths.append(str(path))
    assert main(["parse", *paths, "--format", "jsonl"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(CASES)
    for record, (_, _, _, code) in zip(records, CASES, strict=True):
        if code is None:
            assert "schema_version" in record
        else:
            assert record["error"]["code"] == code


def test_nothing_but_govdoc_errors_escape_even_from_a_faulty_rule() -> None:
    from govdoc.pipeline import default_pipeline

    def faulty(_state: object) -> None:
        raise IndexError("a bug in a rule")

    pipeline = default_pipeline()
    pipeline.push("faulty", faulty)
    with pytest.raises(govdoc.InternalError) as info:
        govdoc.parse_text("张某委员：", pipeline=pipeline)
    assert info.value.code == "internal-error" and isinstance(info.value.__cause__, IndexError)
