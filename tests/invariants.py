"""What every parse must hold, whatever its values: shared by the corpus invariants and the
property tests.

Every span slices to its element's text (the header's and trailer's field spans to their
values), children lie inside their parents and siblings in order, `Document.text` is NFC, and (for text input) nothing is invented: every character of
`text` comes from the input, in order, except the separators the contract puts between
blocks and table cells.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import html
import json
import re
import unicodedata
from collections.abc import Iterator

import govdoc
from govdoc.model import Paragraph, Section, Span

SEPARATORS = "\n\t"  # the contract's separators between blocks and table cells


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start <= inner.end <= outer.end


def spanned_texts(value: object, where: str = "document") -> Iterator[tuple[str, Span, str]]:
    """Every (where, span, text) pair of the output: any element that has both."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        span = getattr(value, "span", None)
        text = getattr(value, "text", None)
        if isinstance(span, Span) and isinstance(text, str):
            yield where, span, text
        for f in dataclasses.fields(value):
            if f.name != "text":
                yield from spanned_texts(getattr(value, f.name), f"{where}.{f.name}")
    elif isinstance(value, tuple):
        for index, element in enumerate(value):
            yield from spanned_texts(element, f"{where}[{index}]")


def _check_paragraph(p: Paragraph, outer: Span) -> None:
    assert _inside(p.span, outer), f"paragraph {p.text[:20]!r} lies outside its section"
    last = p.span.start
    for item in p.items:
        assert _inside(item.span, p.span), f"item {item.marker} lies outside its paragraph"
        assert item.span.start >= last, f"item {item.marker} is out of order"
        last = item.span.end


def _check_section(doc: govdoc.Document, s: Section, outer: Span) -> None:
    assert _inside(s.span, outer), f"section {s.marker} lies outside its parent"
    assert doc.text[s.span.start : s.span.end].startswith(s.marker), f"section {s.marker} does not start at it"
    if s.title is not None:
        assert s.title in doc.text[s.span.start : s.span.end], f"section {s.marker}'s title is not in it"
    for p in s.paragraphs:
        _check_paragraph(p, s.span)
    for t in s.tables:
        assert _inside(t.span, s.span), f"a table lies outside section {s.marker}"
    last = s.span.start
    for child in s.sections:
        assert child.level == s.level + 1, f"section {child.marker} has the wrong level"
        assert child.span.start >= last, f"section {child.marker} overlaps its sibling"
        _check_section(doc, child, s.span)
        last = child.span.end


def _exact(doc: govdoc.Document, where: str, span: Span | None, value: str | None) -> None:
    if span is not None:
        assert value is not None, f"{where}: a span without a value"
        assert doc.text[span.start : span.end] == value, f"{where}: the span does not slice to {value!r}"


def _each(doc: govdoc.Document, where: str, spans: tuple[Span, ...], values: tuple[str, ...]) -> None:
    assert not spans or len(spans) == len(values), f"{where}: {len(spans)} spans for {len(values)} values"
    for k, (span, value) in enumerate(zip(spans, values, strict=False)):
        _exact(doc, f"{where}[{k}]", span, value)


def check_field_spans(doc: govdoc.Document) -> None:
    """Each header and trailer field's span slices to its value as written; a title joined from
    wrapped lines to those lines; a value read rather than copied (a category, an ISO date, a
    disclosure from a note) to text inside the document that says it."""
    from govdoc.fields.dates import find_date, partial_date

    text, h = doc.text, doc.header
    _exact(doc, "header.issuer", h.issuer_span, h.issuer)
    _exact(doc, "header.signer", h.signer_span, h.signer)
    # schema 1.10: a joint document's signers are the names of `signer` as written, parted by 、 or a space
    assert h.signers == (tuple(re.split(r"[、 \u3000]+", h.signer)) if h.signer else ()), "header.signers"
    _each(doc, "header.recipients", h.recipients_spans, h.recipients)
    if h.title_span is not None:
        lines = text[h.title_span.start : h.title_span.end].split("\n")
        assert "".join(line.strip() for line in lines) == h.title, "header.title: the span is not its lines"
    _each(doc, "header.subject_terms", h.subject_terms_spans, h.subject_terms)
    if h.serial is not None:  # schema 1.8: the 序号 as written
        _exact(doc, "header.serial", h.serial.span, h.serial.text)
    for k, entry in enumerate(h.attendance):  # schema 1.8: the line opens with its role; each name as written
        assert entry.span is not None and text[entry.span.start : entry.span.end].startswith(entry.role), (
            f"header.attendance[{k}]: the span is not its line"
        )
        _each(doc, f"header.attendance[{k}].names", entry.names_spans, entry.names)
        assert all(_inside(s, entry.span) for s in entry.names_spans), f"header.attendance[{k}]: a name off its line"
    _exact(doc, "header.distribution", h.distribution_span, h.distribution)  # schema 1.9: the scope as written
    if h.responds_to is not None and h.responds_to.kind in ("来信", "留言"):  # schema 1.8: the letter's title
        _exact(doc, "header.responds_to", h.responds_to.span, h.responds_to.text)
    if h.security_span is not None:  # the 密级 through a 保密期限 written apart: its lines, spaces aside
        written = "".join(text[h.security_span.start : h.security_span.end].split())
        assert h.security is not None and written == "".join(h.security.split()), "header.security: not its span"
    for name, span, value in (
        ("handling_result", h.handling_result_span, h.handling_result),
        ("disclosure", h.disclosure_span, h.disclosure),
    ):
        if span is not None:
            assert value is not None and 0 <= span.start < span.end <= len(text), f"header.{name}: {span}"
    if doc.signature is not None:
        sig = doc.signature
        _each(doc, "signature.issuers", sig.issuers_spans, sig.issuers)
        _exact(doc, "signature.date_text", sig.date_span, sig.date_text)
        for k, person in enumerate(sig.persons):  # schema 1.9: the line opens with the post; the name as written
            _exact(doc, f"signature.persons[{k}].name", person.name_span, person.name)
            if person.span is not None:
                assert text[person.span.start : person.span.end].startswith(person.post or person.name), (
                    f"signature.persons[{k}]: the span is not its line"
                )
                assert person.name_span is None or _inside(person.name_span, person.span), (
                    f"signature.persons[{k}]: the name off its line"
                )
    if doc.contact is not None:
        c = doc.contact
        for name in ("name", "address", "postcode", "email", "unit"):
            _exact(doc, f"contact.{name}", getattr(c, f"{name}_span"), getattr(c, name))
        _each(doc, "contact.phones", c.phones_spans, c.phones)
        _each(doc, "contact.faxes", c.faxes_spans, c.faxes)
    if doc.imprint is not None:
        im = doc.imprint
        _each(doc, "imprint.cc", im.cc_spans, im.cc)
        _exact(doc, "imprint.printed_by", im.printed_by_span, im.printed_by)
        if im.printed_on_span is not None and im.printed_on_partial is not None:  # schema 1.9: a month-only date
            written_partial = partial_date(text[im.printed_on_span.start : im.printed_on_span.end])
            assert written_partial == im.printed_on_partial, "imprint.printed_on_partial: the span is not its date"
        elif im.printed_on_span is not None:
            written = find_date(text[im.printed_on_span.start : im.printed_on_span.end])
            assert written is not None and written[0] == im.printed_on, "imprint.printed_on: the span is not its date"


def check_invariants(doc: govdoc.Document) -> None:
    text = doc.text
    assert unicodedata.is_normalized("NFC", text)
    whole = Span(0, len(text))
    for where, span, value in spanned_texts(doc):
        assert _inside(span, whole), f"{where}: span {span} outside the text"
        assert text[span.start : span.end] == value, f"{where}: the span does not slice to the text"
    check_field_spans(doc)
    for p in doc.preamble:
        _check_paragraph(p, whole)
    last = 0
    for s in doc.sections:
        assert s.level == 1
        assert s.span.start >= last, f"section {s.marker} overlaps its sibling"
        _check_section(doc, s, whole)
        last = s.span.end
    for t in (*doc.tables, *(t for s in doc.iter_sections() for t in s.tables)):
        assert text[t.span.start : t.span.end] == "\n".join("\t".join(row) for row in t.rows)
    for w in doc.warnings:
        if w.span is not None:
            assert _inside(w.span, whole), f"warning {w.code}: span outside the text"


def _json_strings(value: object) -> list[str]:
    """Every string a JSON value holds, keys included, in the order it writes them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_json_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def invented(text: str, source: str) -> str | None:
    """The first character of `text` that the input does not have at or after the place the
    characters before it came from (None: `text` is the input with characters left out). A JSON
    record's input may also be read as its strings as JSON reads them (schema 1.9: its escapes are
    its characters), where the text is not the input as written (a list of several records)."""
    found = _invented(text, source)
    if found is not None and not unicodedata.is_normalized("NFC", source):
        # the contract's every string is NFC: a compatibility ideograph (U+F900 block) or a base letter and
        # its combining accent in the input are the NFC character in the text
        found = _invented(text, unicodedata.normalize("NFC", source))
    if found is not None and source.lstrip()[:1] in ("{", "["):
        with contextlib.suppress(ValueError):
            return _invented(text, "\n".join(_json_strings(json.loads(source))))
    if found is not None and "{'" in source:
        # Scrapy's item printed by Python (repr): its escapes (`\xa0`, `\u3000`) are its characters too
        with contextlib.suppress(ValueError, SyntaxError):
            return _invented(text, "\n".join(_json_strings(ast.literal_eval(source[source.find("{") :].strip()))))
    if found is not None and "\x1e" in source:
        # Word's non-breaking hyphen (U+001E in its Range.Text) inside a line is read as the one it means, U+2011
        # (readers.word_text; diffread-B B3)
        found = _invented(text, source.replace("\x1e", "\u2011"))
    if found is not None and source.startswith("level\tpage_num\t"):
        # Tesseract's TSV: its words' cells are the text, a printed line's words joined (a space where two Latin
        # words' boxes stand apart, readers.ocr_text)
        found = _invented(text, " ".join(row.rsplit("\t", 1)[-1] for row in source.splitlines()))
    if found is not None and "&" in source:
        # schema 1.10: a text copy's HTML character references (&quot;, &amp;mdash; escaped twice) are read
        # as their characters
        return _invented(text, html.unescape(html.unescape(source)))
    return found


def _invented(text: str, source: str) -> str | None:
    at = 0
    for index, ch in enumerate(text):
        if ch in SEPARATORS:
            continue
        found = source.find(ch, at)
        if found < 0:
            return f"{ch!r} at {index}: …{text[max(0, index - 12) : index + 1]}"
        at = found + 1
    return None
