"""No test skips the shared corpus's cases on its own account.

A case under ../shared that is missing must fail, unless `GOVDOC_WITHOUT_SHARED` says the
checkout is bare on purpose (`conftest.need_shared`); a test with its own
`if not path.exists(): pytest.skip(...)` lets the case vanish silently from a run that
lost ../shared. This reads every test module and names such skips.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _own_shared_skips(source: str) -> list[int]:
    """Lines of `pytest.skip(...)` calls whose guard or message is about ../shared or a missing path."""
    tree = ast.parse(source)
    found: list[int] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.If):
            continue
        guard = ast.unparse(node.test)
        for call in (n for stmt in node.body for n in ast.walk(stmt) if isinstance(n, ast.Call)):
            if ast.unparse(call.func) != "pytest.skip":
                continue
            said = " ".join(ast.unparse(a) for a in call.args)
            if "exists" in guard or "SHARED" in guard or "SCORER" in guard or "shared" in said.lower():
                found.append(call.lineno)
    return found


def test_the_check_finds_a_skip_of_a_missing_shared_path() -> None:
    sample = 'def test_x():\n    if not PATH.exists():\n        pytest.skip("../shared is not here")\n'
    assert _own_shared_skips(sample) == [3]
    assert _own_shared_skips('def test_x():\n    if no_office:\n        pytest.skip("no LibreOffice")\n') == []


def test_only_need_shared_skips_a_missing_shared_case() -> None:
    offenders = [
        f"{path.name}:{line}"
        for path in sorted(TESTS.glob("*.py"))
        if path.name != "conftest.py"
        for line in _own_shared_skips(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "use conftest.need_shared(path) instead of skipping: " + ", ".join(offenders)
