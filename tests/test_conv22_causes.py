"""Causes found by round 22's conversion-path probes (tests/test_probes_22_conv.py), each tested on a
NEW example that fails on the session's start (/work/s22start), with guards that ordinary text looking
like the tool's mark is untouched: a rule reading a tool's marks first asks whether the text shows that
tool, with two independent marks where one alone could be a document's own words (review21 R6/R8,
diffread-A A8)."""

from __future__ import annotations

from pathlib import Path

import govdoc
from tests.probing import checked, codes

_NOTICE = [
    "某县教育局",
    "关于做好2024年秋季学期中小学开学工作的通知",
    "各中小学校：",
    "现将秋季学期开学有关事项通知如下：",
    "一、报到安排",
]


# --- Word's object-model text: the end-of-cell marks (readers.word_text) ------------------------------


def test_word_range_text_end_of_cell_marks_are_no_text_and_the_rows_cells_stay_lines() -> None:
    """A notice's schedule table as Word's `Range.Text` writes it (each cell `…\\r\\x07`, each row one more
    `\\r\\x07`): no BEL reaches the text, every cell's words do, and the 落款 under the table is read."""
    cells = [["年级", "报到日期", "地点"], ["七年级", "8月28日", "东校区"], ["八年级", "8月29日", "西校区"]]
    table = "".join("".join(c + "\r\x07" for c in row) + "\r\x07" for row in cells)
    tail = "特此通知。\r某县教育局\r2024年8月20日\r"
    doc = checked("\r".join(_NOTICE) + "\r" + table + tail)
    assert "\x07" not in doc.text
    assert all(c in doc.text for row in cells for c in row)
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)
    assert doc.signature.date == "2024-08-20"


def test_a_word_range_text_file_with_a_large_table_is_text_not_binary(tmp_path: Path) -> None:
    """The same text saved as a .txt by a macro: forty rows of three cells give 160 BELs in 4 KB, more than
    a twentieth of the sample; they are Word's cell marks, so the file is text (it was refused as binary)."""
    rows = [[f"{n}号", "已办结", "满意"] for n in range(1, 41)]
    table = "".join("".join(c + "\r\x07" for c in row) + "\r\x07" for row in rows)
    body = "\r".join(_NOTICE) + "\r" + table + "特此通知。\r某县教育局\r2024年8月20日\r"
    path = tmp_path / "range.txt"
    path.write_bytes(body.encode("utf-8"))
    doc = govdoc.parse(path)
    assert doc.header.title == _NOTICE[0] + _NOTICE[1]  # (the organ over 关于… opens the title: contract)
    assert "\x07" not in doc.text


def test_a_bel_after_a_line_feed_is_no_word_mark_and_stays() -> None:
    """Guard: a BEL a file holds after LF (no CR before it: no Word cell mark) is not read as Word's; the
    reader keeps it as it did (a control character it has no reading of)."""
    doc = checked("\n".join([*_NOTICE[:4], "\x07报到时间为8月28日。", "某县教育局", "2024年8月20日"]) + "\n")
    assert "\x07" in doc.text
    assert "internal-error" not in codes(doc)
