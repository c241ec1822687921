"""The published schemas: generated from the model, kept in schema/, with enums, dates and descriptions."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import govdoc
from govdoc.batch import run_batch
from govdoc.errors import ERROR_CLASSES
from govdoc.schemas import BUILDERS, FILES, render
from tests.conftest import FIXTURES, ROOT

KINDS = [
    "reply",
    "notice",
    "opinion",
    "report",
    "request",
    "approval",
    "letter",
    "decision",
    "resolution",
    "order",
    "communique",
    "motion",
    "announcement",
    "bulletin",
    "minutes",
    "plan",
    "measures",
    "other",
]


@pytest.mark.parametrize("record", sorted(FILES))
def test_the_schema_files_in_the_repository_are_what_the_model_generates(record: str) -> None:
    path = ROOT / "schema" / FILES[record]
    kept = path.read_text(encoding="utf-8")
    assert f"schema version {govdoc.SCHEMA_VERSION}" in json.loads(kept)["title"], (
        f"{path} is for another schema version: run `govdoc schema --write schema`"
    )
    assert kept == render(BUILDERS[record]()), (
        f"the model no longer generates {path}: run `govdoc schema --write schema`, and if the change is not "
        "an optional addition of this release, raise SCHEMA_VERSION"
    )


def _enum(prop: dict[str, Any]) -> list[str]:
    for option in prop.get("anyOf", [prop]):
        if "enum" in option:
            return sorted(option["enum"])
    raise AssertionError(f"no enum in {prop}")


def test_closed_vocabularies_are_enums() -> None:
    defs = govdoc.schema()["$defs"]
    assert _enum(defs["Document"]["properties"]["kind"]) == sorted(KINDS)
    assert _enum(defs["Header"]["properties"]["handling_result"]) == ["A", "B", "C", "reference"]
    assert _enum(defs["ProposalRef"]["properties"]["body"]) == ["人大", "政协"]
    assert {"全国", "省", "市", "区", "县", "镇"} <= set(_enum(defs["ProposalRef"]["properties"]["level"]))
    assert _enum(defs["ProposalRef"]["properties"]["kind"]) == sorted(["提案", "建议", "议案", "意见"])
    assert _enum(defs["Paragraph"]["properties"]["phase"]) == ["plan", "progress"]


def test_every_warning_code_the_readme_documents_is_in_the_enum() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Warnings") :]
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", table[: table.index("\n## ")], flags=re.M))
    assert len(documented) >= 8
    enum = set(_enum(govdoc.schema()["$defs"]["Warning"]["properties"]["code"]))
    assert documented <= enum


def test_the_error_record_enum_is_every_error_class_code() -> None:
    error = govdoc.schema("error-record")["$defs"]["ErrorInfo"]["properties"]["code"]
    assert _enum(error) == sorted(cls.code for cls in ERROR_CLASSES)


def test_iso_dates_have_format_date() -> None:
    defs = govdoc.schema()["$defs"]
    for cls, name in (("Signature", "date"), ("Imprint", "printed_on")):
        assert {"type": "string", "format": "date"} in defs[cls]["properties"][name]["anyOf"]
    assert "format" not in json.dumps(defs["Signature"]["properties"]["date_text"])


@pytest.mark.parametrize("record", sorted(FILES))
def test_every_definition_and_property_has_a_description(record: str) -> None:
    for name, definition in govdoc.schema(record)["$defs"].items():
        assert definition["description"], name
        for prop, body in definition["properties"].items():
            assert len(body.get("description", "")) > 3, f"{name}.{prop}"


def test_batch_output_lines_validate_against_the_batch_and_error_record_schemas(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    inputs = [str(p) for p in sorted(FIXTURES.glob("*.txt"))[:6]] + [str(FIXTURES / "pdf" / "seed-official.pdf")]
    run_batch([*inputs, str(empty)], out, workers=1, quiet=True)
    batch, error = govdoc.schema("batch-record"), govdoc.schema("error-record")
    checker = jsonschema.Draft202012Validator(batch, format_checker=jsonschema.FormatChecker())
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(inputs) + 1
    for record in lines:
        checker.validate(record)
        if "error" in record:
            jsonschema.validate(record, error)


def test_a_record_of_another_shape_is_rejected_by_the_batch_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"path": "a.txt", "error": {"code": "no-such-code", "message": "x"}}, govdoc.schema("batch-record")
        )
