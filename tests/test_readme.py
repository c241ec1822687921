"""The README's quick start is what CI runs, and the Chinese README covers what the English one does."""

from __future__ import annotations

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _quick_start(text: str, heading: str) -> list[str]:
    section = text[text.index(heading) :]
    block = section[section.index("```sh\n") + 6 :]
    return [line for line in block[: block.index("```")].splitlines() if line.strip()]


def test_the_first_command_installs_only_what_parsing_needs_and_runs_the_sample() -> None:
    first, _ = _quick_start(README, "## Quick start")
    assert first.startswith("python3 -m pip install -e . && govdoc parse fixtures/putuo-reply-2023.txt")
    assert first.split(" && ")[0] in CI


def test_ci_runs_exactly_the_readme_test_command_which_installs_the_test_extras() -> None:
    _, second = _quick_start(README, "## Quick start")
    assert second == "python3 -m pip install -e '.[test]' && python3 -m pytest"
    assert CI.rstrip().splitlines()[-1] == second
