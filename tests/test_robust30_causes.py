"""Causes found by session 30's mutation fuzzing of the fixtures (bad input end to end).

Each test is a NEW example of its cause, written here, not the fuzzed file that showed it. A robustness test
fails on `internal-error`: every case names the typed code it expects.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("回复函.docx", b""),  # a download that never arrived
        ("答复件.pdf", b"\r\n"),  # a portal's error page trimmed to its line break
        ("通知.ofd", b"\xef\xbb\xbf  "),  # a byte-order mark and blanks
        ("rescan.doc", b"\t\t\n"),
    ],
)
def test_blank_file_named_as_a_package_is_empty_document_not_corrupt_file(
    tmp_path: Path, name: str, data: bytes
) -> None:
    """README's error table: `empty-document` is "no bytes, or nothing visible". A blank file named `.docx`,
    `.pdf`, `.ofd` or `.doc` used to reach its suffix's reader and come back `corrupt-file` (not a zip, PDFium's
    data format error): nothing there is damaged, there is nothing to read."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(path)
    assert caught.value.code == "empty-document"


def test_blank_package_gives_one_cli_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI says the same in one line on standard error, with exit status 1 and no traceback."""
    path = tmp_path / "附件2.docx"
    path.write_bytes(b"\n")
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "empty-document" in err[0]
    assert "Traceback" not in err[0]


def test_blank_file_named_as_a_package_from_bytes_with_format(tmp_path: Path) -> None:
    """Bytes handed over with a forced format are weighed the same as a named file."""
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(b"   ", format="pdf")
    assert caught.value.code == "empty-document"
