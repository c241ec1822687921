"""The OpenAPI 3.1 description of the service, with the library's own Document schema inside.

The Document schema is not restated: `govdoc.schema()` (JSON Schema 2020-12, which OpenAPI 3.1
takes as it is) is copied into `components/schemas` with its `$defs` references re-pointed, so
the service can never describe a different Document from the one the library returns.
"""

from __future__ import annotations

from typing import Any

from govdoc.service.config import ServiceConfig
from govdoc.service.http import JSON, MARKDOWN, MEDIA_SUFFIXES, OCR_MODES, formats

DEFS = "#/$defs/"
COMPONENTS = "#/components/schemas/"
NDJSON = "application/x-ndjson"


def repoint(node: Any, old: str, new: str) -> Any:
    """A copy of a schema with every `$ref` starting with `old` starting with `new` instead."""
    if isinstance(node, dict):
        return {
            k: (
                new + v[len(old) :]
                if k == "$ref" and isinstance(v, str) and v.startswith(old)
                else repoint(v, old, new)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [repoint(v, old, new) for v in node]
    return node


def _ref(name: str) -> dict[str, str]:
    return {"$ref": COMPONENTS + name}


def _flag(name: str, text: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": text, "schema": {"type": "boolean"}}


def _errors(*statuses: int) -> dict[str, Any]:
    return {str(s): {"$ref": "#/components/responses/Error"} for s in statuses}


def build(config: ServiceConfig, document_schema: dict[str, Any], version: str) -> dict[str, Any]:
    """The OpenAPI document for a server with `config` serving `document_schema`."""
    schemas: dict[str, Any] = {name: repoint(s, DEFS, COMPONENTS) for name, s in document_schema["$defs"].items()}
    schemas["Error"] = {
        "type": "object",
        "properties": {
            "error": {
                "type": "object",
                "properties": {
                    "code": {"type": "string", "description": "stable kebab-case code, the library's own"},
                    "message": {"type": "string"},
                },
                "required": ["code", "message"],
            }
        },
        "required": ["error"],
    }
    schemas["BatchRecord"] = {
        "description": "One line of /v1/batch: the file's name as `path`, then its Document or its error.",
        "anyOf": [
            {"allOf": [_ref("Document"), {"type": "object", "properties": {"path": {"type": "string"}}}]},
            {"allOf": [_ref("Error"), {"type": "object", "properties": {"path": {"type": "string"}}}]},
        ],
    }
    binary: dict[str, Any] = {"type": "string", "format": "binary"}
    options = [
        {
            "name": "format",
            "in": "query",
            "required": False,
            "description": "how to read the body; else from Content-Type, the file name, or the content",
            "schema": {"type": "string", "enum": formats()},
        },
        _flag("enrich", "add keywords, organisations and figures"),
        {
            "name": "ocr",
            "in": "query",
            "required": False,
            "description": "recognise scanned pages and images: auto (where a page has no text; also `true`), "
            "always, never (also `false`); 501 missing-dependency where the ocr extra is not installed",
            "schema": {"type": "string", "enum": [*OCR_MODES, "true", "false"]},
        },
        _flag("strict", "refuse text that shows none of a government document's parts"),
    ]
    bodies: dict[str, Any] = {media: {"schema": binary} for media in [*MEDIA_SUFFIXES, "application/octet-stream"]}
    bodies["multipart/form-data"] = {
        "schema": {"type": "object", "properties": {"file": binary}, "required": ["file"]},
    }
    limit = f"at most {config.max_body} bytes"
    paths: dict[str, Any] = {
        "/v1/parse": {
            "post": {
                "summary": "Parse one document",
                "description": f"The document as the raw body or as the multipart part `file`, {limit}.",
                "operationId": "parse",
                "parameters": [*options, _flag("markdown", "answer Markdown (as `Accept: text/markdown` does)")],
                "requestBody": {"required": True, "content": bodies},
                "responses": {
                    "200": {
                        "description": "the Document, or its Markdown",
                        "content": {JSON: {"schema": _ref("Document")}, MARKDOWN: {"schema": {"type": "string"}}},
                    },
                    **_errors(400, 401, 406, 413, 415, 422, 500, 501),
                    "503": {"$ref": "#/components/responses/Busy"},
                    "504": {"$ref": "#/components/responses/Error"},
                },
            }
        },
        "/v1/batch": {
            "post": {
                "summary": "Parse several documents, one JSON line each as it completes",
                "operationId": "batch",
                "parameters": options,
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {"type": "object", "properties": {"files": {"type": "array", "items": binary}}}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "JSON Lines: one BatchRecord per file, in the order they complete",
                        "content": {NDJSON: {"schema": _ref("BatchRecord")}},
                    },
                    **_errors(400, 401, 413, 415, 500),
                    "503": {"$ref": "#/components/responses/Busy"},
                },
            }
        },
        "/v1/schema": _get("The JSON Schema of Document", JSON, {"type": "object"}),
        "/healthz": _get("Liveness: the server answers", JSON, {"type": "object"}, public=True),
        "/readyz": _get("Readiness: 200 while a parse worker is up, else 503", JSON, {"type": "object"}, public=True),
        "/metrics": _get("Prometheus metrics (text format 0.0.4)", "text/plain", {"type": "string"}),
        "/openapi.json": _get("This document", JSON, {"type": "object"}),
    }
    result: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "govdoc",
            "version": version,
            "description": "Chinese government documents as typed data: the govdoc library over HTTP.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": {
                "Error": {"description": "an error", "content": {JSON: {"schema": _ref("Error")}}},
                "Busy": {
                    "description": "every worker busy and the queue full: try again after Retry-After seconds",
                    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                    "content": {JSON: {"schema": _ref("Error")}},
                },
            },
        },
    }
    if config.token:
        result["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        result["security"] = [{"bearer": []}]
    return result


def _get(summary: str, media: str, schema: dict[str, Any], public: bool = False) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "summary": summary,
        "responses": {"200": {"description": summary, "content": {media: {"schema": schema}}}},
    }
    if public:
        operation["security"] = []
    return {"get": operation}
