"""govdoc: Chinese government documents (replies to 提案/建议 first) as typed, traceable data.

import govdoc
doc = govdoc.parse("reply.txt")
doc.header.title, [s.title for s in doc.sections]
"""

from __future__ import annotations

from govdoc.api import parse, parse_text, schema
from govdoc.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncodingUndetectedError,
    EncryptedError,
    GovDocError,
    InternalError,
    NotAGovernmentDocumentError,
    NoTextLayerError,
    ParseTimeoutError,
    TooLargeError,
    UnreadableFileError,
    UnsupportedFormatError,
)
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
]
