"""The README's quick start is what CI runs, and the Chinese README covers what the English one does."""

from __future__ import annotations

import re

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


ZH = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")


def _codes(text: str) -> set[str]:
    """Every `code`-quoted name: options, error and warning codes, columns, endpoints, limits."""
    return set(re.findall(r"`([^`\n]{2,80})`", text))


def test_the_chinese_readme_has_the_same_commands() -> None:
    assert _quick_start(ZH, "## 快速开始") == _quick_start(README, "## Quick start")


def test_the_chinese_readme_names_everything_the_english_one_names() -> None:
    translated = {"archive.zip!/path/in/zip", "govdoc: PATH: CODE: message"}  # placeholders said in Chinese
    english = {
        c
        for c in _codes(README)
        if re.fullmatch(r"[-\w./:{}$ ,=()\[\]'\"*@!]+", c) and c == c.strip() and c not in translated
    }
    options = {o for o in re.findall(r"(?<![\w-])--[a-z][a-z-]+", README)}
    missing = sorted(c for c in english if f"`{c}`" not in ZH and c not in ZH)
    assert not missing, f"README.zh-CN.md does not mention: {missing}"
    assert not sorted(o for o in options if o not in ZH)
    assert ZH.count("\n## ") == README.count("\n## ") and ZH.count("\n### ") == README.count("\n### ")
