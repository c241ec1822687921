"""What the probe files read of a Document, written once: the warning codes, the section tree,
and a parse that must keep the invariants (spans slice to their text, no character invented, no
internal error) whatever values a probe then compares."""

from __future__ import annotations

from typing import Any

import govdoc
from tests.invariants import check_invariants, invented


def codes(doc: govdoc.Document) -> list[str]:
    return [w.code for w in doc.warnings]


def checked(source: str) -> govdoc.Document:
    """`source` parsed as text, its invariants held; the probe compares the values."""
    doc = govdoc.parse_text(source)
    check_invariants(doc)
    assert invented(doc.text, source) is None
    assert "internal-error" not in codes(doc)
    return doc


def tree(doc: govdoc.Document) -> list[tuple[int, str, str, str | None]]:
    """Each section as (level, style, marker, title), in document order."""
    return [(s.level, s.style, s.marker, s.title) for s in doc.iter_sections()]


# Every header field a header probe compares, with the values of a document that shows none.
EMPTY: dict[str, Any] = {
    "kind": "reply",
    "issuer": None,
    "number": None,
    "title": None,
    "recipients": [],
    "signer": None,
    "security": None,
    "urgency": None,
    "metadata": {},
    "category": None,
    "disclosure": None,
    "ref": None,
}


def head(doc: govdoc.Document) -> dict[str, Any]:
    """The header's fields as plain values, the proposal reference as one tuple."""
    h = doc.header
    n = h.doc_number
    r = h.responds_to
    return {
        "kind": doc.kind,
        "issuer": h.issuer,
        "number": None if n is None else (n.text, n.agency_code, n.year, n.serial),
        "title": h.title,
        "recipients": list(h.recipients),
        "signer": h.signer,
        "security": h.security,
        "urgency": h.urgency,
        "metadata": dict(h.metadata),
        "category": h.handling_result,
        "disclosure": h.disclosure,
        "ref": None
        if r is None
        else (r.body, r.level, r.term, r.session, r.number, r.kind, r.title, list(r.proposers)),
    }
