"""The published JSON Schemas: the document, the batch record and the error record.

Generated from the dataclasses of `govdoc.model` by msgspec, then completed from the classes
themselves: each property's description comes from its class's `Attributes:` docstring
section, fields typed `IsoDate` get `format: date` and fields typed `PartialDate` (schema 1.8) the
pattern of ISO 8601's reduced precision (2024-05, 2024). The files in the repository's
`schema/` folder are this module's output (`govdoc schema --write schema`); a test fails when
they differ from what the model generates.
"""

from __future__ import annotations

import json
import os
import typing
from dataclasses import fields, is_dataclass
from typing import Any

from govdoc import model
from govdoc.model import ISO_DATE, PARTIAL_DATE, PARTIAL_DATE_PATTERN, SCHEMA_VERSION, Document, ErrorRecord

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES = {
    "document": "document.schema.json",
    "batch-record": "batch-record.schema.json",
    "error-record": "error-record.schema.json",
}


def _docs(cls: type) -> tuple[str, dict[str, str]]:
    """A class docstring's summary and its `Attributes:` section as {field: description}."""
    text = (cls.__doc__ or "").strip()
    summary, _, section = text.partition("Attributes:")
    attributes: dict[str, str] = {}
    name = None
    for raw in section.splitlines():
        line = raw.strip()
        if not line:
            continue
        head, colon, rest = line.partition(":")
        if colon and head.isidentifier() and raw.startswith(" " * 4) and not raw.startswith(" " * 12):
            name = head
            attributes[name] = rest.strip()
        elif name is not None:
            attributes[name] += " " + line
    return " ".join(summary.split()), attributes


def _model_classes() -> dict[str, type]:
    return {name: obj for name, obj in vars(model).items() if isinstance(obj, type) and is_dataclass(obj)}


def _complete(schema: dict[str, Any]) -> dict[str, Any]:
    """Descriptions on every definition and property; `format: date` on ISO dates."""
    classes = _model_classes()
    for name, definition in schema.get("$defs", {}).items():
        cls = classes[name]
        summary, attributes = _docs(cls)
        definition["description"] = summary
        hints = typing.get_type_hints(cls, vars(model), include_extras=True)
        for f in fields(cls):
            prop = definition["properties"][f.name]
            if f.name not in attributes:
                raise ValueError(f"{name}.{f.name} has no description in the class's Attributes: docstring section")
            prop["description"] = attributes[f.name]
            if _annotated(hints[f.name], ISO_DATE):
                for option in prop.get("anyOf", [prop]):
                    if option.get("type") == "string":
                        option["format"] = "date"
            if _annotated(hints[f.name], PARTIAL_DATE):
                for option in prop.get("anyOf", [prop]):
                    if option.get("type") == "string":
                        option["pattern"] = PARTIAL_DATE_PATTERN
    return schema


def _annotated(hint: Any, marker: str) -> bool:
    """Whether the field's type is (optionally) a string annotated with `marker` (IsoDate, PartialDate)."""
    for arg in (hint, *typing.get_args(hint)):
        if typing.get_origin(arg) is typing.Annotated and marker in arg.__metadata__:
            return True
    return False


def _published(schema: dict[str, Any], title: str, description: str) -> dict[str, Any]:
    return {
        "$schema": DIALECT,
        "title": f"govdoc {title}, schema version {SCHEMA_VERSION}",
        "description": description,
        **schema,
    }


def document_schema() -> dict[str, Any]:
    """The JSON Schema of a parsed `Document` (`govdoc parse`, `Document.to_json()`)."""
    import msgspec

    schema = _complete(msgspec.json.schema(Document))
    return _published(schema, "document", "A parsed government document, as govdoc.Document.to_json() gives it.")


def error_record_schema() -> dict[str, Any]:
    """The JSON Schema of the record of an input that could not be read."""
    import msgspec

    schema = _complete(msgspec.json.schema(ErrorRecord))
    return _published(schema, "error-record", "An input that could not be read: its path, hash and typed error.")


def batch_record_schema() -> dict[str, Any]:
    """The JSON Schema of one line of `govdoc batch`: a document with `path` added, or an error record."""
    import msgspec

    _, defs = msgspec.json.schema_components([Document, ErrorRecord])
    schema = _complete({"$defs": defs})
    schema["anyOf"] = [
        {
            "allOf": [
                {"$ref": "#/$defs/Document"},
                {
                    "type": "object",
                    "properties": {"path": {"type": "string", "description": "the input's path, as given or found"}},
                    "required": ["path"],
                },
            ]
        },
        {"$ref": "#/$defs/ErrorRecord"},
    ]
    return _published(
        schema,
        "batch-record",
        "One line of govdoc batch's JSON Lines output: the document with `path` added, or an error record.",
    )


BUILDERS = {"document": document_schema, "batch-record": batch_record_schema, "error-record": error_record_schema}


def render(schema: dict[str, Any]) -> str:
    """A schema as the files hold it: UTF-8 characters, one-space indent, final newline."""
    return json.dumps(schema, ensure_ascii=False, indent=1) + "\n"


def write_all(folder: str | os.PathLike[str]) -> list[str]:
    """Write every published schema into `folder`; returns the paths written."""
    os.makedirs(folder, exist_ok=True)
    written = []
    for key, name in FILES.items():
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(render(BUILDERS[key]()))
        written.append(path)
    return written
