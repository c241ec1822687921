"""Enrichment: what a document is about (keywords), whom it names (organizations), what it
counts (figures). Optional and separate from parsing: jieba is imported only here."""

from __future__ import annotations

import bisect
import dataclasses

from govdoc.model import Document, Figure, Organization, Section, Span


def _pager(doc: Document) -> list[Span]:
    """The spans of the paragraphs and sections, by where they start."""
    marks = [para.span for para in doc.preamble]
    for section in doc.iter_sections():
        marks.append(section.span)
        marks.extend(p.span for p in section.paragraphs)
    marks.sort(key=lambda m: m.start)
    return marks


def _paged(span: Span, marks: list[Span]) -> Span:
    """`span` with the page and source position of the paragraph (or section) it stands in."""
    if not marks:
        return span
    k = bisect.bisect_right([m.start for m in marks], span.start) - 1
    mark = marks[max(0, k)]
    if mark.page is None and mark.source_ref is None:
        return span
    return dataclasses.replace(span, page=mark.page, source_ref=mark.source_ref, source_box=mark.source_box)


def enrich(doc: Document) -> Document:
    """A new Document with keywords (document and level-1 sections), organizations and figures."""
    from govdoc.deps import require

    require("jieba", path=doc.source.path)
    from govdoc.enrichment.figures import figures
    from govdoc.enrichment.keywords import keywords
    from govdoc.enrichment.organizations import organizations
    from govdoc.enrichment.tokenizer import tag

    tokens = tag(doc.text)

    marks = _pager(doc)
    body = [*doc.preamble, *(p for s in doc.iter_sections() for p in s.paragraphs)]
    if doc.closing:
        body.append(doc.closing)
    found: list[Figure] = []
    for para in body:
        for f in figures(para.text):
            span = Span(para.span.start + f.span.start, para.span.start + f.span.end)
            found.append(dataclasses.replace(f, span=_paged(span, marks)))
    found.sort(key=lambda f: f.span.start)
    orgs = tuple(
        dataclasses.replace(o, spans=tuple(_paged(s, marks) for s in o.spans)) for o in organizations(doc, tokens)
    )

    def with_keywords(section: Section) -> Section:
        """The section with keywords of its own span, from the tokens of the one jieba pass over the document."""
        return dataclasses.replace(section, keywords=keywords(tokens, [(section.span.start, section.span.end)]))

    return dataclasses.replace(
        doc,
        keywords=keywords(tokens, [(p.span.start, p.span.end) for p in body]),
        organizations=orgs,
        figures=tuple(found),
        sections=tuple(with_keywords(s) for s in doc.sections),
    )


__all__ = ["Figure", "Organization", "enrich"]
