"""Every third-party module the package imports is declared in pyproject.toml.

CI installs `.[dev]` in a fresh venv and users install only the extras they ask for, so an
import that works here only because another package brought its module along (OpenCV arrives
with RapidOCR) breaks, or silently degrades, an install with a different set of extras: 0496efb's
seal finder imported `cv2` while the Tesseract extra did not install it.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_top_modules() -> dict[str, str]:
    """Top-level module name → first file importing it, over every import in src (lazy ones too)."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs.extend(extra)
    names = set()
    for spec in specs:  # an extra of a package that names a distribution installs it: dask[distributed]
        m = re.match(r"([\w.-]+)(?:\[([^\]]*)\])?", spec)
        assert m is not None, spec
        names.add(_normalised(m.group(1)))
        names.update(_normalised(extra.strip()) for extra in (m.group(2) or "").split(",") if extra.strip())
    return names


def test_every_third_party_module_imported_by_the_package_is_declared() -> None:
    owners = packages_distributions()
    declared = _declared()
    undeclared = []
    for module, where in _imported_top_modules().items():
        if module in sys.stdlib_module_names or module in ("govdoc", "__future__"):
            continue
        dists = owners.get(module)
        if not dists:  # not installed here: which distribution brings it cannot be told
            continue
        if not any(_normalised(d) in declared for d in dists):
            undeclared.append(f"{module} ({', '.join(dists)}) imported in {where}")
    assert not undeclared, undeclared
