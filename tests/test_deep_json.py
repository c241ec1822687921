"""JSON nested deeper than the decoder's recursion (about a thousand levels) is text that is no JSON
record, wherever govdoc reads JSON: a parse keeps the text, a batch's resume passes the line over.
Never `internal-error` (review24 R8)."""

from __future__ import annotations

import json
from pathlib import Path

import govdoc
from govdoc.batch import run_batch

DEEP = "[" * 1500 + "]" * 1500
RECORD = (
    '{"title": "关于县人大第7号建议的答复", "content": "您提出的建议收悉。现答复如下：已完成。", "pages": ' + DEEP + "}"
)


def test_a_record_nested_past_the_decoders_depth_parses_as_its_text() -> None:
    for doc in (govdoc.parse_text(RECORD), govdoc.parse(RECORD.encode(), format="txt"), govdoc.parse(RECORD.encode())):
        assert "internal-error" not in [w.code for w in doc.warnings]
        assert "您提出的建议收悉" in doc.text


def test_a_resume_passes_over_an_output_line_nested_past_the_decoders_depth(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "关于县人大第7号建议的答复\n王某代表：\n您提出的建议收悉。现答复如下：已完成。\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    out.write_text(DEEP + "\n", encoding="utf-8")
    run_batch([str(folder)], out, workers=1, quiet=True, resume=True)
    records = []
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            records.append(json.loads(line))
    assert [Path(str(r["path"])).name for r in records] == ["a.txt"]
    assert "error" not in records[0]
