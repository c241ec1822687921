"""A short GB18030 file is read as Chinese, not as the Korean or Japanese a detector may prefer."""

from __future__ import annotations

from pathlib import Path

import govdoc


def test_a_short_gb18030_closing_and_signature_is_read_as_chinese(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("此复。\n某区水务局\n2023年11月8日\n".encode("gb18030"))
    doc = govdoc.parse(path)
    assert doc.source.encoding == "gb18030"
    assert doc.text.startswith("此复。")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区水务局",)
    assert doc.signature.date == "2023-11-08"


def test_a_short_gbk_notice_tail_is_read_as_chinese(tmp_path: Path) -> None:
    path = tmp_path / "tail.txt"
    path.write_bytes("特此通知。\n某县人民政府办公室\n2024年3月5日\n".encode("gbk"))
    doc = govdoc.parse(path)
    assert "某县人民政府办公室" in doc.text


def test_a_short_big5_text_stays_big5(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes("關於加強道路養護工作的通知\n各鄉鎮：請認真做好養護工作。\n".encode("big5"))
    doc = govdoc.parse(path)
    assert doc.source.encoding == "big5"
    assert doc.text.startswith("關於加強道路養護")
