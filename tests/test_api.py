"""The public API surface: frozen dataclasses, JSON round trip, the schema, the pipeline, import cost."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

import govdoc
from govdoc.pipeline import default_pipeline
from tests.conftest import FIXTURES

TEXT = (FIXTURES / "sub-levels-reply.md").read_text(encoding="utf-8")


def test_documents_are_frozen_and_slotted() -> None:
    doc = govdoc.parse_text(TEXT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.kind = "notice"  # type: ignore[misc]
    assert not hasattr(doc, "__dict__") and not hasattr(doc.header, "__dict__")


def test_json_and_dict_agree_and_keep_the_contract_order() -> None:
    doc = govdoc.parse_text(TEXT)
    as_json = json.loads(doc.to_json())
    assert as_json == doc.to_dict()
    assert list(as_json) == [
        "schema_version",
        "kind",
        "source",
        "header",
        "preamble",
        "sections",
        "closing",
        "signature",
        "contact",
        "imprint",
        "attachments",
        "warnings",
        "text",
        "tables",  # schema 1.1: added last, so 1.0 readers see their fields in the same order
        "keywords",  # schema 1.2: enrichment, empty unless asked for
        "organizations",
        "figures",
    ]
    assert "\\u" not in doc.to_json() and doc.text in as_json["text"]  # characters, not escapes


def test_schema_describes_every_field_of_the_contract() -> None:
    schema = govdoc.schema()
    defs = schema["$defs"]
    assert set(defs["Header"]["properties"]) == {
        "issuer",
        "doc_number",
        "title",
        "recipients",
        "signer",
        "security",
        "urgency",
        "metadata",
        "handling_result",
        "disclosure",
        "responds_to",
        # schema 1.3: optional sibling spans, the contract's own fields untouched
        "issuer_span",
        "title_span",
        "recipients_spans",
        "signer_span",
        "handling_result_span",
        "disclosure_span",
        # schema 1.7: the 主题词, and where the 密级 (with its 保密期限) stands; optional
        "subject_terms",
        "subject_terms_spans",
        "security_span",
        # schema 1.8: a 公告/通告/令's 序号 (a 纪要's issue), a 纪要's attendance lines; optional
        "serial",
        "attendance",
        # schema 1.9: the 附注's distribution scope; optional
        "distribution",
        "distribution_span",
        # schema 1.10: each 签发人 of a joint document as written; optional
        "signers",
        # schema 1.11: a circulation mark that is no 密级 (内部资料), and where it stands; optional
        "restriction",
        "restriction_span",
    }
    assert not {
        "issuer_span",
        "recipients_spans",
        "subject_terms",
        "security_span",
        "serial",
        "attendance",
        "distribution",
        "distribution_span",
        "signers",
        "restriction",
        "restriction_span",
    } & set(defs["Header"].get("required", []))
    assert not {"date_partial", "persons"} & set(defs["Signature"].get("required", []))
    assert set(defs["SigningPerson"]["required"]) == {"name"}  # schema 1.9: a person signing by post and name
    assert not {"printed_on_partial"} & set(defs["Imprint"].get("required", []))
    assert {"faxes", "faxes_spans"} <= set(defs["Contact"]["properties"])
    assert not {"faxes", "faxes_spans"} & set(defs["Contact"].get("required", []))
    assert set(defs["Section"]["properties"]) == {
        "level",
        "style",
        "ordinal",
        "marker",
        "title",
        "paragraphs",
        "sections",
        "span",
        "tables",
        "keywords",
    }
    assert set(defs["Table"]["properties"]) == {"rows", "span"}
    assert "tables" not in defs["Section"]["required"]  # optional: schema 1.1 only extends 1.0
    assert set(defs["Span"]["properties"]) == {"start", "end", "page", "source_ref", "source_box"}
    assert set(defs["Span"]["required"]) == {"start", "end"}  # positions are optional: schema 1.4 only extends 1.3
    assert set(defs["SourceBox"]["properties"]) == {"page", "x0", "y0", "x1", "y1"}
    assert defs["Document"]["description"].startswith("A parsed government document")


def test_schema_validates_real_output() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(govdoc.parse_text(TEXT).to_json()), govdoc.schema())


def test_a_rule_can_be_switched_off() -> None:
    pipeline = default_pipeline()
    pipeline.disable("enumerations_and_phases")
    doc = govdoc.parse_text(TEXT, pipeline=pipeline)
    assert all(not p.items for s in doc.iter_sections() for p in s.paragraphs)
    assert govdoc.parse_text(TEXT).sections[0].sections[0].paragraphs[0].items


def test_parsing_text_imports_no_heavy_reader() -> None:
    code = (
        "import sys, govdoc; govdoc.parse(sys.argv[1]); "
        "bad = [m for m in ('docx', 'pdfplumber', 'pypdfium2', 'jieba', 'lxml', 'charset_normalizer', "
        "'selectolax', 'msgspec.yaml', 'tqdm', 'dask') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "run-in-headings.txt")], capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip() == ""


@pytest.mark.parametrize("limit", [float("inf"), float("nan"), 1e10])
def test_a_time_limit_no_timer_can_hold_is_a_value_error_before_any_work(limit: float) -> None:
    """`timeout=1e10` once ended in an OverflowError from the worker's wait, the parse under way."""
    from govdoc.isolation import call_here

    path = FIXTURES / "putuo-reply-2023.txt"
    with pytest.raises(ValueError, match="time limit"):
        govdoc.parse(path, timeout=limit)
    with pytest.raises(ValueError, match="time limit"):
        govdoc.parse_text(path.read_text(encoding="utf-8"), timeout=limit)
    with pytest.raises(ValueError, match="time limit"):
        call_here(len, "x", timeout=limit)  # refused before the timer or the memory cap is touched
