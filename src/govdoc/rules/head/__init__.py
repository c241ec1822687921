"""One rule per header field, each named in the pipeline so it can be disabled or replaced.

They run after the body is structured (the kind looks at the opening paragraphs) and each
writes one field of `state.header`; a rule that depends on another's field reads it from
`state.header`, so their order below is their dependency order.
"""

from __future__ import annotations

from collections.abc import Callable

from govdoc.rules.head import (
    attendance,
    disclosure,
    distribution,
    doc_number,
    issuer,
    kind,
    marks,
    metadata,
    recipients,
    restriction,
    serial,
    subject_terms,
    title,
)
from govdoc.state import State

HEADER_FIELD_RULES: tuple[tuple[str, Callable[[State], None]], ...] = (
    ("metadata", metadata.metadata),
    ("title", title.title),
    ("doc_number", doc_number.doc_number),
    ("issuer", issuer.issuer),
    ("recipients", recipients.recipients),
    ("header_marks", marks.header_marks),
    ("restriction", restriction.restriction),
    ("kind", kind.kind),
    ("disclosure", disclosure.disclosure),
    ("distribution", distribution.distribution),
    ("subject_terms", subject_terms.subject_terms),
    ("serial", serial.serial),
    ("attendance", attendance.attendance),
)
