"""Turn the finished state into the frozen `Document` of the contract."""

from __future__ import annotations

import dataclasses
from typing import cast

from govdoc.model import SCHEMA_VERSION, Document, Kind, Paragraph, Phase, Section, Source, Span, Warning, WarningCode
from govdoc.rules.positions import locate, spans_of
from govdoc.rules.unplaced import WHOLE, unplaced_warnings
from govdoc.state import ParaDraft, SectionDraft, State


def _paragraph(p: ParaDraft) -> Paragraph:
    return Paragraph(p.text, cast("Phase | None", p.phase), tuple(p.items), Span(p.start, p.end, p.page))


def _section(s: SectionDraft) -> Section:
    # level, style, ordinal, marker, title, paragraphs, sections, span, tables: in order, without
    # keywords (a keyword call costs more than the rest of making one)
    return Section(
        s.level,
        s.style,
        s.ordinal,
        s.marker,
        s.title,
        tuple([_paragraph(p) for p in s.paragraphs]),
        tuple([_section(c) for c in s.children]),
        Span(s.start, s.end, s.page),
        tuple(s.tables),
    )


def warnings_of(state: State) -> tuple[Warning, ...]:
    """Every warning with its final span: pending ones are placed now that the blocks' offsets in
    Document.text are known; sorted by position so the output is stable.
    """
    found = list(state.warnings)
    for w in state.pending:
        span = None
        if w.block is not None and w.block.start >= 0:
            start = w.block.start + max(0, w.offset)
            span = Span(start, min(start + max(0, w.length), w.block.end), w.block.hints.page)
        found.append(Warning(cast(WarningCode, w.code), w.message, span))
    found.sort(key=_position)
    return tuple(found)


def _position(w: Warning) -> tuple[int, str]:
    return (w.span.start if w.span else -1, w.code)


def build_document(state: State, source: Source) -> Document:
    """The frozen `Document` from the state, once every rule has run; the closing courtesy is cut
    from a line it shares with the 落款 or a trailer line, so no text belongs to two fields.
    """
    closing = None
    closing_blocks = state.closing  # a view made on each call
    if closing_blocks:
        first, last = closing_blocks[0], closing_blocks[-1]
        end = last.end
        if last is state.signature_date and state.signature_from:  # the 落款 flattened onto the closing's line
            end = last.start + len(last.text[: state.signature_from].rstrip())
        closing = Paragraph(state.text[first.start : end], None, (), Span(first.start, end, first.hints.page))
    elif state.closing_run_on is not None and state.closing_run_on[0].start >= 0:
        b, at = state.closing_run_on  # …电话：12345678，特此公告。: the formula's own part of the line
        upto = state.signature_from if b is state.signature_date and state.signature_from else len(b.text)
        start, end = b.start + at, b.start + len(b.text[:upto].rstrip())
        closing = Paragraph(state.text[start:end], None, (), Span(start, end, b.hints.page))
    doc = Document(
        schema_version=SCHEMA_VERSION,
        kind=cast(Kind, state.kind),
        source=source,
        header=state.header,
        preamble=tuple([_paragraph(p) for p in state.preamble]),
        sections=tuple([_section(s) for s in state.sections]),
        closing=closing,
        signature=state.signature,
        contact=state.contact,
        imprint=state.imprint,
        attachments=tuple(state.attachments),
        warnings=warnings_of(state),
        text=state.text,
        tables=tuple(state.preamble_tables),
    )
    spans, outer = spans_of(doc, WHOLE)  # one walk for both the check and the positions
    unplaced = unplaced_warnings(doc, state.blocks, outer)
    if unplaced:  # the last check: what the Document holds is known only now
        warnings = sorted((*doc.warnings, *unplaced), key=_position)
        doc = dataclasses.replace(doc, warnings=tuple(warnings))
        spans += [w.span for w in unplaced if w.span is not None]
    return locate(doc, state.blocks, spans)
