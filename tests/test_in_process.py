"""Bounded calls in the caller's own process (`isolation.call_here`), as `govdoc parse` uses them
for a small text file: the same time and memory bounds and typed outcomes as a worker's call,
nothing left behind (timer, signal handler, memory limit), and a worker still for everything else.

Each case runs in a fresh interpreter, since the memory cap and the timer are the whole
process's and pytest's own process is neither small nor single-threaded."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import govdoc
from govdoc.cli import IN_PROCESS_BYTES

NOTICE = (
    "关于做好冬季供暖保障工作的通知\n\n各街道办事处：\n\n现将有关事项通知如下。\n\n"
    "一、排查管网\n\n各单位十一月底前完成排查。\n\n某区城市管理局\n2025年11月3日\n"
)


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )


def _outcome(code: str, *args: str) -> str:
    proc = _run(code, *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def test_a_call_past_its_time_is_a_timeout_and_leaves_no_timer_behind() -> None:
    out = _outcome(
        """
        import signal, time
        from govdoc.errors import ParseTimeoutError
        from govdoc.isolation import call_here, can_call_here

        def spin():
            while True:
                try:
                    sum(range(1000))
                except Exception:  # work that swallows its own errors cannot swallow the timer
                    pass

        assert can_call_here()
        before = signal.getsignal(signal.SIGALRM)
        start = time.monotonic()
        try:
            call_here(spin, timeout=0.2)
        except ParseTimeoutError as exc:
            took = time.monotonic() - start
            assert exc.code == "timeout", exc.code
        assert signal.getsignal(signal.SIGALRM) is before
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert call_here(lambda: 7, timeout=0.05) == 7
        time.sleep(0.1)  # no alarm of the first call is left to fire now
        print("timeout" if took < 30 else f"late {took}")
        """
    )
    assert out == "timeout"


def test_a_regex_that_backtracks_for_ever_is_stopped_by_the_timer() -> None:
    out = _outcome(
        """
        import regex
        from govdoc.errors import ParseTimeoutError
        from govdoc.isolation import call_here

        try:
            call_here(regex.match, r"(?:a|aa)+$", "a" * 60 + "b", timeout=0.2)
            print("finished")
        except ParseTimeoutError:
            print("timeout")
        """
    )
    assert out == "timeout"


def test_a_call_over_the_memory_cap_is_too_large_and_the_cap_is_lifted_after() -> None:
    out = _outcome(
        """
        import resource
        from govdoc.errors import TooLargeError
        from govdoc.isolation import call_here

        before = resource.getrlimit(resource.RLIMIT_AS)
        try:
            call_here(bytearray, 4 * 1024**3, memory=1024**3, timeout=60)
            print("allocated")
        except TooLargeError as exc:
            assert exc.code == "too-large", exc.code
            assert resource.getrlimit(resource.RLIMIT_AS) == before
            print("too-large")
        """
    )
    assert out == "too-large"


def test_errors_come_back_typed_as_from_a_worker() -> None:
    out = _outcome(
        """
        from govdoc.errors import EmptyDocumentError, InternalError
        from govdoc.isolation import call_here

        def empty():
            raise EmptyDocumentError("nothing here")

        def bug():
            return {}["missing"]

        codes = []
        for fn in (empty, bug):
            try:
                call_here(fn, timeout=30)
            except (EmptyDocumentError, InternalError) as exc:
                codes.append(exc.code)
        print(" ".join(codes))
        """
    )
    assert out == "empty-document internal-error"


_CLI_PROBE = """
import json, sys
from govdoc.cli import main
code = main(["parse", *sys.argv[1:]])
print(json.dumps({"code": code, "worker": "multiprocessing" in sys.modules}))
"""


def test_the_cli_parses_a_small_text_file_in_its_own_process_with_the_same_result(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out.json"
    probe = json.loads(_outcome(_CLI_PROBE, str(path), "-o", str(out)))
    assert probe == {"code": 0, "worker": False}
    assert out.read_text(encoding="utf-8") == govdoc.parse(path).to_json(indent=1) + "\n"


def test_the_cli_timeout_holds_for_a_text_file_parsed_in_its_own_process(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE * 20, encoding="utf-8")
    proc = _run(_CLI_PROBE, str(path), "--timeout", "0.0001", "--format", "jsonl")
    lines = proc.stdout.strip().splitlines()
    assert json.loads(lines[0])["error"]["code"] == "timeout"
    assert json.loads(lines[-1]) == {"code": 1, "worker": False}


def test_a_large_text_file_and_other_formats_still_go_to_the_worker(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(NOTICE + "各单位每日巡查一次。\n" * 8500, encoding="utf-8")
    assert big.stat().st_size > IN_PROCESS_BYTES
    page = tmp_path / "notice.html"
    page.write_text(f"<html><body><pre>{NOTICE}</pre></body></html>", encoding="utf-8")
    for path in (big, page):
        probe = json.loads(_outcome(_CLI_PROBE, str(path), "-o", str(tmp_path / "out.json")))
        assert probe == {"code": 0, "worker": True}, path.name


def test_a_caller_with_its_own_timer_or_alarm_handler_is_not_called_here() -> None:
    out = _outcome(
        """
        import signal
        from govdoc.isolation import can_call_here

        verdicts = [can_call_here()]
        signal.setitimer(signal.ITIMER_REAL, 100.0)  # the caller's own timer, running
        verdicts.append(can_call_here())
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, lambda signum, frame: None)  # the caller's own alarm handler
        verdicts.append(can_call_here())
        print(verdicts)
        """
    )
    assert out == "[True, False, False]"
