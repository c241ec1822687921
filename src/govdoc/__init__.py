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
    Header,
    Imprint,
    Item,
    Paragraph,
    ProposalRef,
    Section,
    Signature,
    Source,
    Span,
    Warning,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Contact",
    "CorruptFileError",
    "DocNumber",
    "Document",
    "EmptyDocumentError",
    "EncodingUndetectedError",
    "EncryptedError",
    "GovDocError",
    "Header",
    "Imprint",
    "InternalError",
    "Item",
    "NoTextLayerError",
    "NotAGovernmentDocumentError",
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
    "parse",
    "parse_text",
    "schema",
]
