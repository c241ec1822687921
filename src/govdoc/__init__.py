"""govdoc: Chinese government documents (replies to 提案/建议 first) as typed, traceable data.

import govdoc
doc = govdoc.parse("reply.txt")
doc.header.title, [s.title for s in doc.sections]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from govdoc.api import parse, parse_text, schema
from govdoc.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncodingUndetectedError,
    EncryptedError,
    GovDocError,
    InternalError,
    MissingDependencyError,
    NotAGovernmentDocumentError,
    NoTextLayerError,
    ParseTimeoutError,
    TooLargeError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from govdoc.limits import Limits
from govdoc.model import (
    SCHEMA_VERSION,
    Contact,
    DocNumber,
    Document,
    Figure,
    Header,
    Imprint,
    Item,
    Keyword,
    Organization,
    Paragraph,
    ProposalRef,
    Section,
    Signature,
    Source,
    Span,
    Warning,
)

__version__ = "0.1.0"


def to_records(docs: Iterable[Document | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One flat dict per document, batch record or error record: the columns of the document table."""
    from govdoc.table import to_records as _to_records

    return _to_records(docs)


def to_dataframe(docs: Iterable[Document | Mapping[str, Any]]) -> Any:
    """The document table as a pandas DataFrame (needs the `pandas` extra, else `missing-dependency`)."""
    from govdoc.table import to_dataframe as _to_dataframe

    return _to_dataframe(docs)


def enrich(doc: Document) -> Document:
    """A new Document with keywords, organisations and figures filled (imports jieba on first use)."""
    from govdoc.enrichment import enrich as _enrich

    return _enrich(doc)


__all__ = [
    "SCHEMA_VERSION",
    "Contact",
    "CorruptFileError",
    "DocNumber",
    "Document",
    "EmptyDocumentError",
    "EncodingUndetectedError",
    "EncryptedError",
    "Figure",
    "GovDocError",
    "Header",
    "Imprint",
    "InternalError",
    "Item",
    "Keyword",
    "Limits",
    "MissingDependencyError",
    "NoTextLayerError",
    "NotAGovernmentDocumentError",
    "Organization",
    "Paragraph",
    "ParseTimeoutError",
    "ProposalRef",
    "Section",
    "Signature",
    "Source",
    "Span",
    "TooLargeError",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "Warning",
    "__version__",
    "enrich",
    "parse",
    "parse_text",
    "schema",
    "to_dataframe",
    "to_records",
]
