"""The published schemas: generated from the model, kept in schema/, versioned, with enums, dates and descriptions.

`schema/*.schema.json` are the current version's files, generated from the model
(`govdoc schema --write schema`). Each released version's files are kept frozen in
`schema/X.Y/`, their SHA-256 recorded in `RELEASED` below. To release the current version,
copy `schema/*.schema.json` into `schema/X.Y/` and add their hashes here; to change the
schema after that, raise `SCHEMA_VERSION` first. A new version may only add optional fields
and enum values, so every document of an older version stays valid.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

import govdoc
from govdoc.batch import run_batch
from govdoc.errors import ERROR_CLASSES
from govdoc.schemas import BUILDERS, FILES, render
from tests.conftest import FIXTURES, ROOT

SCHEMA = ROOT / "schema"
# The released versions: each file of `schema/X.Y/` and its SHA-256 as released. Never edited.
RELEASED = {
    "1.3": {
        "batch-record.schema.json": "22fa3345c18b9409d3b16f4ee2b73c9b3d987b18c143ce98f1968a219f0f8359",
        "document.schema.json": "c7e493b9a6b4a3d4556c801ddb3832e81c3a2dbc21a842db6a276aa038d465d8",
        "error-record.schema.json": "31738a4797810da9988cd3edaf6d7d65f480c5035d1ec9277e6b32a3b8cb851a",
    },
    "1.4": {
        "batch-record.schema.json": "3d1db285585a2cf1857b8c670fb5c9a7dab2dfa26d8dd6e736e4f2de568c764e",
        "document.schema.json": "56f13110d4b1fa80cb83952cbdcb2acadf16aee9b73cb2ed32c02514801ea691",
        "error-record.schema.json": "3b56b85b09efc613b2833702b268dfe30462bffa5d6833448d820af9cecad420",
    },
    "1.5": {
        "batch-record.schema.json": "a28f45ef9e64984e56ecd74150e72ba53586bab97566e83cde58e7b79af826c0",
        "document.schema.json": "e972ded8365a7be11ea8c7e37398a29e9a310f94fd7e36fdc2ecbf2fe906650c",
        "error-record.schema.json": "a86211086a872a9d68b55982e52e90044b5ea0394004b1c8e68988369fa4b2ba",
    },
    "1.6": {
        "batch-record.schema.json": "8c08fa413b9f56e1110cd3a27aeeae3c8e013ad05218baccb1382d66d74b43a5",
        "document.schema.json": "50277942d398ddab645e034ba380594f584f097c4c6342cdc56c2ff321044e18",
        "error-record.schema.json": "145bfece6b8d8729bf34e9c8b8717e5e957acbf69674fd8a02e3ed18562c2b38",
    },
    "1.7": {
        "batch-record.schema.json": "31d345b4bcad686e491dc6f2a4ef8a5fba7d7b2f334025d78aee051c1678a501",
        "document.schema.json": "5586484fd565c6b008cd7b2489be7403330961a8a483dcef0232285547005bd6",
        "error-record.schema.json": "8b914be71469de35a66ed6427a384f21c177720566d1bd267b2cdba235f3868c",
    },
    "1.8": {
        "batch-record.schema.json": "a1cf6f4f550d79373a852be71676e2591285197f5237e73c7cf9a40c6e38aa27",
        "document.schema.json": "959964e1ad57404588a7401b601166db174e545a7425de3cd4c544fd43fcf189",
        "error-record.schema.json": "51eae685a55ca8ba5f40e536c3e07ee0e04960a6f0ab3c92ad46a44b20532a81",
    },
    "1.9": {
        "batch-record.schema.json": "bf58552124851a1ec17d55e3915bf7c8b31c098c913c8ab61a4c5731c33f3d7e",
        "document.schema.json": "38c10409a8ffba5b4655e07f6bdafdfd1808193d176bd807cfd326420cf4d8cd",
        "error-record.schema.json": "c8e52ba5d34ac212462fb5985b5d72c55bf3150fd659bc02f32ecf8cc8ac3f29",
    },
    "1.10": {
        "batch-record.schema.json": "013af896fd9b282dda05ee5265c24613060f2517c804e7e6339460f4b6b8d11b",
        "document.schema.json": "64a1d6092e8e23e21903ad9078f7318aa9da514f60c492d034197d6203405213",
        "error-record.schema.json": "38b7e4f449ca1f1eb77e10f011002c077bbe7525150813cd69bbd36ec47a8d7a",
    },
    "1.11": {
        "batch-record.schema.json": "5654a1b2b57285ee7e54b735058951a621961211ddd0107aa56f8ee7f0af0a6c",
        "document.schema.json": "56aee876629e7401bd781e8609cd124728341577675b175484835e799d604b18",
        "error-record.schema.json": "1f3eba538b01295d8da2b08eb1984d09d77c0417a68fd01c269633f22774e574",
    },
    "1.12": {
        "batch-record.schema.json": "f9bb3f50810b092eab21a6bcf1c3ecac129f722d0293cfb422a84cf0d8f46e70",
        "document.schema.json": "daeb28fbf885bc3339f72f28530f02c0f7ad105f5322c66c7aaa4548e924969f",
        "error-record.schema.json": "ae9985a0991673d2b1d472dcf3566911bc2c41c865a873894da5e86f9ea0a4b3",
    },
    "1.13": {
        "batch-record.schema.json": "eaac0428f74ef2247df692132aa4c5d4c1634e62b40b60e9f5c749779cda8ffb",
        "document.schema.json": "6f70459e5679de23844281e7dadcef167ee468392b1e82c4e029fb6355edd05b",
        "error-record.schema.json": "0af575ad07911816f7d610150c52ba6344e481f4f7a19088b198fd583d426ee6",
    },
}

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
    # 来信 and 留言 since schema 1.8: a mailbox's or message board's reply answers a letter or a message;
    # 申请 since 1.10: an 答复书 answers a 政府信息公开 request
    assert _enum(defs["ProposalRef"]["properties"]["kind"]) == sorted(
        ["提案", "建议", "议案", "意见", "来信", "留言", "申请"]
    )
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


# Versions: released files frozen, the current version newer than or equal to the latest
# released, and a newer version only adding to the one before.


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def released_problems(folder: Path, released: dict[str, dict[str, str]]) -> list[str]:
    """What differs between the version folders under `folder` and the released hashes."""
    problems = []
    folders = {p.name for p in folder.iterdir() if p.is_dir() and re.fullmatch(r"\d+\.\d+", p.name)}
    for version in sorted(folders - set(released)):
        problems.append(f"{folder / version} is not a released version (add its hashes to RELEASED, or remove it)")
    for version, files in sorted(released.items()):
        kept = {p.name for p in (folder / version).glob("*.json")} if (folder / version).is_dir() else set()
        for name in sorted(set(files) - kept):
            problems.append(f"released {folder / version / name} is missing")
        for name in sorted(kept - set(files)):
            problems.append(f"{folder / version / name} was added to the released version {version}")
        for name in sorted(kept & set(files)):
            if _sha256(folder / version / name) != files[name]:
                problems.append(f"released {folder / version / name} was changed: released schemas are frozen")
    return problems


def version_problems(current: str, generated: dict[str, str], released: dict[str, dict[str, str]]) -> list[str]:
    """Whether `current` (with its generated files' text) may follow the released versions' files' texts."""
    latest = max(released, key=_version)
    if _version(current) < _version(latest):
        return [f"SCHEMA_VERSION {current} is older than the released {latest}"]
    if current == latest and generated != released[latest]:
        changed = sorted(name for name in generated if generated[name] != released[latest].get(name))
        return [f"{', '.join(changed)} differ from the released {latest}: raise SCHEMA_VERSION for a change"]
    return []


def _matches(old: Any, new: Any, where: str) -> list[str]:
    """Problems that keep `new` from accepting everything `old` accepts (descriptions aside)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return _object_matches(old, new, where)
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [p for i, (o, n) in enumerate(zip(old, new, strict=True)) for p in _matches(o, n, f"{where}[{i}]")]
    return [] if old == new else [f"{where}: {old!r} became {new!r}"]


def _object_matches(old: dict[str, Any], new: dict[str, Any], where: str) -> list[str]:
    problems = []
    for key in sorted(set(old) | set(new)):
        at = f"{where}.{key}"
        if key in ("description", "title", "$schema"):
            continue
        if key not in new:
            problems.append(f"{at} was removed")
        elif key not in old:
            problems.append(f"{at} was added: it may reject what the old version accepted")
        elif key == "enum":
            problems += [f"{at}: {value!r} was removed" for value in old[key] if value not in new[key]]
        elif key == "required":
            problems += [f"{at}: {name!r} became required" for name in new[key] if name not in old[key]]
        elif key == "anyOf":
            for i, option in enumerate(old[key]):
                if all(_matches(option, candidate, at) for candidate in new[key]):
                    problems.append(f"{at}[{i}]: no option of the new version accepts {option!r}")
        elif key in ("properties", "$defs"):
            problems += [f"{at}.{name} was removed" for name in old[key] if name not in new[key]]
            problems += [
                p
                for name in old[key]
                if name in new[key]
                for p in _matches(old[key][name], new[key][name], f"{at}.{name}")
            ]
        else:
            problems += _matches(old[key], new[key], at)
    return problems


def additive_problems(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Why `new` is not `old` plus optional additions (new properties, definitions, enum values)."""
    return _matches(old, new, "$")


def _released(version: str, record: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMA / version / FILES[record]).read_text(encoding="utf-8"))
    return loaded


def test_released_schema_files_are_kept_unchanged() -> None:
    assert released_problems(SCHEMA, RELEASED) == []


def test_a_changed_or_missing_released_file_is_caught(tmp_path: Path) -> None:
    shutil.copytree(SCHEMA / "1.3", tmp_path / "1.3")
    changed = tmp_path / "1.3" / FILES["document"]
    changed.write_text(changed.read_text(encoding="utf-8").replace('"description"', '"description" ', 1), "utf-8")
    (tmp_path / "1.3" / FILES["error-record"]).unlink()
    (tmp_path / "9.9").mkdir()
    problems = released_problems(tmp_path, RELEASED)
    assert [p for p in problems if "was changed" in p and FILES["document"] in p]
    assert [p for p in problems if "is missing" in p and FILES["error-record"] in p]
    assert [p for p in problems if "9.9 is not a released version" in p]


def _released_texts() -> dict[str, dict[str, str]]:
    return {
        v: {name: (SCHEMA / v / name).read_text(encoding="utf-8") for name in files} for v, files in RELEASED.items()
    }


def test_the_current_version_follows_the_latest_released() -> None:
    generated = {FILES[record]: render(BUILDERS[record]()) for record in FILES}
    assert version_problems(govdoc.SCHEMA_VERSION, generated, _released_texts()) == []


def test_a_schema_change_without_a_version_bump_is_caught() -> None:
    released = _released_texts()
    latest = max(released, key=_version)
    major, minor = _version(latest)
    as_released = dict(released[latest])
    assert version_problems(latest, as_released, released) == []
    changed = {**as_released, FILES["document"]: as_released[FILES["document"]].replace("}", ', "x": 1}', 1)}
    assert version_problems(latest, changed, released) == [
        f"{FILES['document']} differ from the released {latest}: raise SCHEMA_VERSION for a change"
    ]
    assert version_problems(f"{major}.{minor + 1}", changed, released) == []
    assert version_problems("1.3", as_released, released) == [f"SCHEMA_VERSION 1.3 is older than the released {latest}"]


@pytest.mark.parametrize("record", sorted(FILES))
def test_the_current_schema_only_adds_to_the_latest_released(record: str) -> None:
    latest = max(RELEASED, key=_version)
    assert additive_problems(_released(latest, record), json.loads(render(govdoc.schema(record)))) == []


def test_a_removed_required_or_narrowed_property_is_caught() -> None:
    old = _released("1.3", "document")
    new = copy.deepcopy(old)
    header = new["$defs"]["Header"]
    del header["properties"]["signer"]
    header["required"] = ["title"]
    header["properties"]["handling_result"]["anyOf"][0]["enum"].remove("reference")
    header["properties"]["title"]["anyOf"] = [{"type": "string"}]
    new["$defs"]["Span"]["properties"]["start"]["type"] = "string"
    new["$defs"]["Header"]["properties"]["issuer"]["description"] = "reworded"
    problems = additive_problems(old, new)
    assert "$.$defs.Header.properties.signer was removed" in problems
    assert "$.$defs.Header.required: 'title' became required" in problems
    assert "$.$defs.Header.properties.handling_result.anyOf[0]: no option of the new version accepts " in "".join(
        problems
    )
    assert any(p.startswith("$.$defs.Header.properties.title.anyOf[1]: no option") for p in problems)
    assert "$.$defs.Span.properties.start.type: 'integer' became 'string'" in problems
    assert not [p for p in problems if "issuer" in p]
    widened = copy.deepcopy(old)
    widened["$defs"]["Header"]["properties"]["extra"] = {"type": "string"}
    widened["$defs"]["Header"]["properties"]["handling_result"]["anyOf"][0]["enum"].append("D")
    widened["$defs"]["NewThing"] = {"type": "object", "properties": {}}
    assert additive_problems(old, widened) == []


def _prune(instance: Any, node: dict[str, Any], defs: dict[str, Any]) -> Any:
    """`instance` with every property the schema `node` does not know removed (a document of that version)."""
    if "$ref" in node:
        return _prune(instance, defs[node["$ref"].rsplit("/", 1)[1]], defs)
    if "anyOf" in node:
        for option in node["anyOf"]:
            if ("$ref" in option or option.get("type") == "object") and isinstance(instance, dict):
                return _prune(instance, option, defs)
            if option.get("type") == "array" and isinstance(instance, list):
                return _prune(instance, option, defs)
        return instance
    if isinstance(instance, dict) and "properties" in node:
        props = node["properties"]
        return {key: _prune(value, props[key], defs) for key, value in instance.items() if key in props}
    if isinstance(instance, list) and "items" in node:
        return [_prune(item, node["items"], defs) for item in instance]
    return instance


def test_pruning_to_an_older_schema_drops_the_properties_it_does_not_know() -> None:
    old = _released("1.3", "document")
    doc = govdoc.parse(FIXTURES / "putuo-reply-2023.txt").to_dict()
    doc["header"]["from_a_later_version"] = {"x": 1}
    doc["sections"][0]["paragraphs"][0]["later"] = 1
    pruned = _prune(doc, old, old["$defs"])
    assert "from_a_later_version" not in pruned["header"]
    assert "later" not in pruned["sections"][0]["paragraphs"][0]
    assert pruned["header"]["title"] == doc["header"]["title"]


def test_every_older_document_still_validates_against_the_current_schema() -> None:
    """Documents as each released version gives them (parsed now, later fields dropped) stay valid."""
    jsonschema = pytest.importorskip("jsonschema")
    inputs = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    inputs += [FIXTURES / "pdf" / "seed-official.pdf"]
    current = jsonschema.Draft202012Validator(govdoc.schema(), format_checker=jsonschema.FormatChecker())
    for version in RELEASED:
        old = _released(version, "document")
        checker = jsonschema.Draft202012Validator(old, format_checker=jsonschema.FormatChecker())
        for path in inputs:
            older = _prune(govdoc.parse(path).to_dict(), old, old["$defs"])
            older["schema_version"] = version
            checker.validate(older)
            current.validate(older)
