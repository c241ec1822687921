"""The command line: JSON, JSON Lines, the outline, errors as one line, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main
from tests.conftest import FIXTURES

REPLY = FIXTURES / "run-in-headings.txt"
OTHER = FIXTURES / "joint-reply-chinese-date.txt"


def test_parse_one_file_prints_one_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(REPLY)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema_version"] == govdoc.SCHEMA_VERSION == "1.13"
    assert doc["header"]["recipients"] == ["区工商联"]
    assert doc["source"]["path"] == str(REPLY)


def test_several_files_as_json_array_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(REPLY), str(OTHER)]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["header"]["title"] for d in docs] == [
        "某区人民政府办公室关于区政协五届一次会议第2023012号提案的答复",
        "关于市人大十五届二次会议第128号建议的答复",
    ]
    assert main(["parse", str(REPLY), str(OTHER), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["kind"] == "reply" for line in lines)


def test_bad_file_is_an_error_record_one_stderr_line_and_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(empty), str(REPLY), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    first, second = captured.out.splitlines()
    assert json.loads(first) == {
        "path": str(empty),
        "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "error": {"code": "empty-document", "message": "the file is empty"},
    }
    assert json.loads(second)["kind"] == "reply"
    assert captured.err.strip().splitlines() == [f"govdoc: {empty}: empty-document: the file is empty"]
    assert "Traceback" not in captured.err


def test_text_outline_shows_header_sections_and_signature(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FIXTURES / "sub-levels-reply.md"), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "发文字号 doc number: 某教提〔2024〕15号" in out
    assert "一、 工作现状" in out
    assert "    2. 加强视频监控" in out
    assert "[下一步] 一是 推广护学岗模式" in out
    assert "日期 date: 2024-05-20" in out


def test_parse_with_dash_o_writes_the_documents_json_to_that_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["parse", str(REPLY), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["kind"] == "reply"


def test_schema_command_prints_the_generated_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$defs"]["Document"]["required"][:3] == ["schema_version", "kind", "source"]


def test_python_dash_m_runs_the_same_tool() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "govdoc", "parse", str(REPLY), "--format", "jsonl"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["header"]["issuer"] == "某区人民政府办公室"


@pytest.mark.parametrize("command", [["parse", "x.txt"], ["batch", "x.txt", "-o", "out.jsonl"], ["serve"]])
@pytest.mark.parametrize("limit", ["inf", "nan", "1e12", "0", "-1"])
def test_a_time_limit_the_timer_cannot_hold_is_a_usage_error(
    command: list[str], limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--timeout inf` once reached the interval timer and ended `govdoc parse` with a traceback."""
    from govdoc.cli import _parser

    with pytest.raises(SystemExit) as exit_:
        _parser().parse_args([*command, "--timeout", limit])
    assert exit_.value.code == 2
    assert "--timeout" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["parse", "x.txt"], ["batch", "x.txt", "-o", "out.jsonl"], ["serve"]])
def test_a_time_limit_of_a_fraction_of_a_second_or_a_week_is_taken(command: list[str]) -> None:
    from govdoc.cli import _parser

    assert _parser().parse_args([*command, "--timeout", "0.25"]).timeout == 0.25
    assert _parser().parse_args([*command, "--timeout", "604800"]).timeout == 604800.0


@pytest.mark.parametrize("command", [["schema"], ["parse", str(REPLY)]])
def test_output_to_a_closed_pipe_is_one_line_and_status_2_not_a_traceback(command: list[str]) -> None:
    """`govdoc schema | head -c 100`: the reader left before the output was written."""
    import os

    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "govdoc", *command], stdout=write, stderr=subprocess.PIPE, check=False
        )
    finally:
        os.close(write)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, stderr
    assert stderr.splitlines() == ["govdoc: cannot write output: [Errno 32] Broken pipe"]
