"""What the probe files read of a Document, written once: the warning codes, the section tree,
and a parse that must keep the invariants (spans slice to their text, no character invented, no
internal error) whatever values a probe then compares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
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


def last_paragraph(doc: govdoc.Document) -> str | None:
    """The text of the body's last paragraph (the last section's, else the preamble's): where the body ends."""
    sections = doc.iter_sections()
    if sections and sections[-1].paragraphs:
        return sections[-1].paragraphs[-1].text
    return doc.preamble[-1].text if doc.preamble else None


def trailer(doc: govdoc.Document) -> dict[str, Any]:
    """Every trailer field of the parse in plain values, with where the body ends and the 签发人 and
    section count a trailer rule may move."""
    s, c, i = doc.signature, doc.contact, doc.imprint
    contact: dict[str, Any] = {}
    if c is not None:
        contact = {"name": c.name, "phones": c.phones, "address": c.address, "postcode": c.postcode}
        contact |= {"email": c.email, "unit": c.unit}
        contact = {k: v for k, v in contact.items() if v not in (None, ())}
    return {
        "closing": None if doc.closing is None else doc.closing.text,
        "signature": None if s is None else (s.issuers, s.date, s.date_text),
        "contact": contact,
        "imprint": None if i is None else (i.cc, i.printed_by, i.printed_on),
        "attachments": doc.attachments,
        "disclosure": doc.header.disclosure,
        "signer": doc.header.signer,
        "sections": len(doc.iter_sections()),
        "last": last_paragraph(doc),
        "warnings": codes(doc),
    }


def paragraphs(section: govdoc.Section) -> list[str]:
    """The texts of a section's own paragraphs."""
    return [p.text for p in section.paragraphs]


def items(p: govdoc.Paragraph) -> list[tuple[int, str, str]]:
    """A paragraph's enumeration members as (ordinal, marker, lead phrase)."""
    return [(i.ordinal, i.marker, i.lead) for i in p.items]


# The fields a genre probe names, by the name it uses (tests/test_probes_6_genres.py, _7_genres.py)
PROBE_FIELDS: dict[str, Callable[[govdoc.Document], object]] = {
    "kind": lambda d: d.kind,
    "issuer": lambda d: head(d)["issuer"],
    "number": lambda d: head(d)["number"],
    "title": lambda d: head(d)["title"],
    "recipients": lambda d: tuple(head(d)["recipients"]),
    "signer": lambda d: head(d)["signer"],
    "urgency": lambda d: head(d)["urgency"],
    "security": lambda d: head(d)["security"],
    "metadata": lambda d: head(d)["metadata"],
    "category": lambda d: head(d)["category"],
    "disclosure": lambda d: head(d)["disclosure"],
    "ref": lambda d: head(d)["ref"],
    "preamble": lambda d: [p.text for p in d.preamble],
    "tree": tree,
    "closing": lambda d: trailer(d)["closing"],
    "signature": lambda d: trailer(d)["signature"],
    "contact": lambda d: trailer(d)["contact"],
    "imprint": lambda d: trailer(d)["imprint"],
    "attachments": lambda d: tuple(d.attachments),
    "last": lambda d: trailer(d)["last"],
    "warnings": codes,
}


def expect_fields(doc: govdoc.Document, **want: object) -> None:
    """Compare every named field at once, so one run shows all of a probe's misses."""
    wrong = {k: {"got": PROBE_FIELDS[k](doc), "want": v} for k, v in want.items() if PROBE_FIELDS[k](doc) != v}
    assert not wrong, wrong


def signed(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None] | None:
    """The 落款's organs and ISO date, or None where the document has no 落款."""
    s = doc.signature
    return None if s is None else (s.issuers, s.date)


def phases(section: govdoc.Section) -> list[str | None]:
    """Each paragraph's phase (现状, 下一步 …) in order."""
    return [p.phase for p in section.paragraphs]


def closing(doc: govdoc.Document) -> str | None:
    """The closing's text, or None."""
    return None if doc.closing is None else doc.closing.text


def ordinals(doc: govdoc.Document) -> list[int]:
    """Every section's ordinal, depth first."""
    return [s.ordinal for s in doc.iter_sections()]


OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def office_probe(name: str) -> govdoc.Document:
    """A generated file of `fixtures/office` parsed, its invariants held, no internal error."""
    doc = govdoc.parse(OFFICE / name)
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def squashed(text: str) -> str:
    """The text without any whitespace: readers may break a line where the writer did not."""
    return "".join(text.split())


def absent(doc: govdoc.Document, *pieces: str) -> None:
    """None of `pieces` reached the Document's text (chrome, hidden or deleted text)."""
    text = squashed(doc.text)
    found = [p for p in pieces if squashed(p) in text]
    assert not found, found


def in_order(text: str, *pieces: str) -> None:
    """Every piece stands in `text`, in the order given."""
    places = [text.index(piece) for piece in pieces]
    assert places == sorted(places), places


# The views a structure probe compares (tests/test_probes_24_structure.py and on), written once here rather
# than again in each round's file.


def same(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Every check of a probe compared at once, so one run shows all of its misses."""
    wrong = {k: {"got": got[k], "want": v} for k, v in want.items() if got[k] != v}
    assert not wrong, wrong


def gap(doc: govdoc.Document) -> bool:
    """Whether the parse warned a numbering gap."""
    return "numbering-gap" in codes(doc)


def unplaced(doc: govdoc.Document) -> bool:
    """Whether the parse warned text that no element holds."""
    return "content-unplaced" in codes(doc)


def levels(doc: govdoc.Document) -> list[tuple[int, str, int]]:
    """Each section as (level, style, ordinal)."""
    return [(s.level, s.style, s.ordinal) for s in doc.iter_sections()]


def parents(doc: govdoc.Document) -> list[tuple[str, str | None]]:
    """Each section's marker with its parent's marker (None at the top)."""
    out: list[tuple[str, str | None]] = []

    def walk(sections: tuple[govdoc.Section, ...] | list[govdoc.Section], parent: str | None) -> None:
        for s in sections:
            out.append((s.marker, parent))
            walk(s.sections, s.marker)

    walk(doc.sections, None)
    return out


def titles(doc: govdoc.Document) -> list[str | None]:
    """Each section's title, depth first."""
    return [s.title for s in doc.iter_sections()]


def paras(doc: govdoc.Document) -> list[list[str]]:
    """Every section's own paragraphs, depth first."""
    return [paragraphs(s) for s in doc.iter_sections()]


def pre(doc: govdoc.Document) -> list[str]:
    """The preamble's paragraphs."""
    return [p.text for p in doc.preamble]


def every_items(doc: govdoc.Document) -> list[list[list[tuple[int, str, str]]]]:
    """The preamble's members per paragraph, then each section's, depth first."""
    return [[items(p) for p in doc.preamble]] + [[items(p) for p in s.paragraphs] for s in doc.iter_sections()]


def item_texts(doc: govdoc.Document) -> list[str]:
    """Every member's whole text, in document order."""
    out = [i.text for p in doc.preamble for i in p.items]
    return out + [i.text for s in doc.iter_sections() for p in s.paragraphs for i in p.items]


def every_phase(doc: govdoc.Document) -> list[list[str | None]]:
    """The preamble's phases, then each section's, depth first."""
    return [[p.phase for p in doc.preamble]] + [phases(s) for s in doc.iter_sections()]


def held(doc: govdoc.Document, piece: str) -> bool:
    """`piece` stands in an element of the Document (a paragraph, a title, the closing) or in a run the
    parser warned `content-unplaced`: nothing of it is lost in silence."""
    texts = [p.text for p in doc.preamble] + [s.title or "" for s in doc.iter_sections()]
    texts += [p.text for s in doc.iter_sections() for p in s.paragraphs]
    texts += [] if doc.closing is None else [doc.closing.text]
    if any(piece in t for t in texts):
        return True
    at = doc.text.find(piece)
    return at >= 0 and any(
        w.code == "content-unplaced" and w.span is not None and w.span.start <= at < w.span.end for w in doc.warnings
    )


class Tallied:
    """A probe round's `expect()`: an earlier round's (`base`, every field it knows) widened by this round's fields
    (`more`), comparing every named field at once and counting (checks compared, checks wrong) of each call in
    `tally`, for the first-look score the round reports."""

    def __init__(self, base: Callable[..., None], more: dict[str, Callable[[govdoc.Document], object]]) -> None:
        self.base = base
        self.more = more
        self.tally: list[tuple[int, int]] = []

    def __call__(self, doc: govdoc.Document, **want: object) -> None:
        mine = {k: want.pop(k) for k in list(want) if k in self.more}
        wrong: dict[str, object] = {
            k: {"got": self.more[k](doc), "want": v} for k, v in mine.items() if self.more[k](doc) != v
        }
        total = len(mine) + len(want)
        try:
            self.base(doc, **want)
        except AssertionError as e:
            wrong["base"] = str(e)
        missed = sum(1 for k in wrong if k != "base")
        if "base" in wrong:
            missed += max(1, str(wrong["base"]).count("'got'"))
        self.tally.append((total, missed))
        assert not wrong, wrong


# --- the held-out rounds' helpers (holdout22, 23, 24: one copy) ---------------------------------------------------
# (test_probes_11_noise imports this module: its helpers are imported where these run)


def run(source: str, want: dict[str, Any], *gone: str) -> govdoc.Document:
    """`source` parsed and every check of `want` compared at once; `gone` (chrome, page furniture)
    must not reach the text."""
    from tests.test_probes_11_noise import look, parsed

    doc = parsed(source)
    extra = {"leaked": []} if gone else {}
    same(look(doc, *gone), want | extra)
    return doc


def ref_of(doc: govdoc.Document) -> tuple[Any, ...]:
    """The answered proposal's body, level, term, session, kind and title."""
    r = doc.header.responds_to
    assert r is not None
    return (r.body, r.level, r.term, r.session, r.kind, r.title)


def proposers_of(doc: govdoc.Document) -> list[str]:
    """The proposers the answered proposal names, as a list (the model holds a tuple)."""
    r = doc.header.responds_to
    assert r is not None
    return list(r.proposers)


def pdf_copy(lines: list[str], width: int, foot: int, first: str, last: str) -> str:
    """`lines` cut at `width` as a PDF's text layer holds them, the first page's label `first` set
    after wrapped line `foot` (inside a paragraph) and the last page's `last` under the last line."""
    from tests.test_probes_11_noise import wrapped

    cut = wrapped(lines, width)
    return "\n".join([*cut[:foot], first, *cut[foot:], last]) + "\n"
