"""`header.signer`, `security` and `urgency`: the 签发人, 密级 and 紧急程度 marks of the 版头.

`security` is the contract's "密级 and 保密期限 as written": a 保密期限 written in its own cell or line
(`秘密` ⏎ `保密期限：一年`, `密级：秘密　保密期限：一年`) joins its 密级 after one space (`秘密 保密期限：一年`),
as `秘密★1年` holds both in one mark (schema 1.7; up to 1.6 the separate one stood only in
`header.metadata`, where a pair of the table before the title still also stands).
"""

from __future__ import annotations

import itertools

import regex

from govdoc import patterns as P
from govdoc.fields.metadata import is_label
from govdoc.model import Span
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.cues import MARKS, SIGNER, cued
from govdoc.rules.head.metadata import glued_contact_cells, table_values
from govdoc.rules.head.update import set_header
from govdoc.rules.head.zones import header_blocks
from govdoc.state import Block, State

# A line holding none of patterns.MARK_WORDS has no 密级 or 紧急程度, and its cells are not read;
# one holding none of SIGNER_WORDS no 签发人 (tests/test_rule_speed.py ties them to the patterns).
_MARK_WORDS = P.MARK_WORDS
_SIGNER_WORDS = P.SIGNER_WORDS


def _holds_signer_word(folded: str) -> bool:
    """The line holds one of `_SIGNER_WORDS`."""
    return "签" in folded or "署名" in folded


def _cells(b: Block) -> list[tuple[int, int]]:
    """The line's cells: a mark may share its line with others (000123　　秘密★1年), or have a
    contact cell glued onto its value (密级：秘密联系电话：…)."""
    cells: list[tuple[int, int]] = []
    for lo, hi in L.gap_cells(b):
        if b.folded[lo : lo + 1].isdigit() and (n := P.COPY_NUMBER_CELL.match(b.folded, lo, hi)):
            lo = n.end()  # 000123　秘密★1年: the gap after the 份号 stays (a digit beside it), the mark follows
        bounds = [lo, *glued_contact_cells(b.folded, lo, hi), *_glued_period(b.folded, lo, hi), hi]
        cells.extend(itertools.pairwise(sorted(bounds)))
    return cells


def _glued_period(folded: str, lo: int, hi: int) -> list[int]:
    """Where a 保密期限 label starts glued onto the 密级's value (密级：机密保密期限：10年: the space between
    the two cells was taken out between two ideographs)."""
    at = folded.find(P.SECURITY_PERIOD_LABEL, lo + 1, hi)
    return [at] if at > lo and P.SECURITY_PERIOD.match(folded[at:hi]) else []


@cued(MARKS, SIGNER)
def header_marks(state: State) -> None:
    """The rule: 签发人, 密级 and 紧急程度 read only from the 版头's lines, where GB/T 9704 puts them;
    the first 签发人 is kept.
    """
    signer = security = urgency = None
    signer_span = security_span = period = period_span = None
    for b in header_blocks(state):
        m = P.SIGNER.search(b.folded) if signer is None and _holds_signer_word(b.folded) else None
        if m:
            # the name ends at a removed layout gap (签发人：张某　　某发〔2024〕3号: the next cell), not
            # at one inside a letter-spaced name (签发人：付　某, the line's last cell; 付　某　　某发…:
            # a name has two characters at least)
            end = m.end("name")
            if b.gaps and b.folded[end:].strip():
                end = min([g for g in b.gaps if m.start("name") + 1 < g < end] + [end])
            end = m.start("name") + names_length(b.folded[m.start("name") : end])
            signer = b.text[m.start("name") : end]
            signer_span = S.at(state, b, m.start("name"), end, strip=False)
        elif signer is None and b.spaces and P.SPACED_SIGNER_WORD in b.folded:  # 签发人　钟某某: no colon
            name = next((n for lo, hi in L.gap_cells(b) if (n := L.spaced_signer(b, lo, hi))), None)
            if name is not None:
                signer = b.text[name[0] : name[1]]
                signer_span = S.at(state, b, name[0], name[1], strip=False)
        if not L.holds_mark_word(b.folded):
            continue
        for lo, hi in _cells(b):
            cell = b.folded[lo:hi].strip()
            offset = lo + b.folded[lo:hi].index(cell[:1]) if cell else lo
            if period is None and (limit := P.SECURITY_PERIOD.match(cell)):  # 保密期限：一年, as written
                period = b.text[offset : offset + limit.end()]
                period_span = S.at(state, b, offset, offset + limit.end())
                continue
            labelled = P.MARK_LABEL.match(cell)
            if labelled:  # 密级：秘密, 紧急程度：特急: the value, where it is such a mark
                cell, offset = labelled.group("v"), offset + labelled.start("v")
            secret = P.SECURITY.match(cell)
            m = secret or P.URGENCY.match(cell)
            if m is None or (labelled and (labelled.group("key") in P.SECURITY_KEYS) != (m is secret)):
                continue
            value = b.text[offset + m.start("v") : offset + m.end("v")]
            if m is secret:
                if security is None:
                    security = value
                    security_span = S.at(state, b, offset + m.start("v"), offset + m.end("v"))
            else:
                urgency = urgency or value
    if signer is None:
        signer, signer_span = _from_information_table(state) or (None, None)
    security, security_span = _with_period(security, security_span, period, period_span)
    signers = signer_names(signer)
    set_header(
        state,
        signer=signer,
        signers=signers,
        signer_span=signer_span,
        security=security,
        security_span=security_span,
        urgency=urgency,
    )


_NAME_PARTS = regex.compile(r"[、 \u3000]+")


def names_length(name: str) -> int:
    """How much of a signer's value read with spaces between names (`patterns.SIGNER`) is names: up to a
    piece that is a label of a page's information table (签发人：张某某 签发日期, its value empty, the
    space kept as a cell's edge), which is no second signer."""
    if " " not in name:
        return len(name)
    at = 0
    for piece in name.split(" "):
        if at and is_label(piece):
            return at - 1
        at += len(piece) + 1
    return len(name)


def signer_names(written: str | None) -> tuple[str, ...]:
    """Each 签发人 a signer's value names (schema 1.10 `header.signers`), as written: a joint document's
    one for each organ, parted by 、 or by the one space the layout clean-up keeps between names
    (`patterns.SIGNERS_SPACED`); () for none."""
    if not written:
        return ()
    if "、" not in written and " " not in written and "\u3000" not in written:
        return (written,)
    return tuple(part for part in _NAME_PARTS.split(written) if part)


def _with_period(
    security: str | None, span: Span | None, period: str | None, period_span: Span | None
) -> tuple[str | None, Span | None]:
    """The 密级 with its 保密期限 written apart joined after one space, the span reaching over both. A
    保密期限 without a 密级 is no 密级: it stays where it stood (a portal's `保密期限：无` pair in metadata),
    and the field stays null rather than calling the document classified."""
    if period is None or security is None:
        return security, span
    if span is None or period_span is None:
        return f"{security} {period}", None
    first, last = (span, period_span) if span.start <= period_span.start else (period_span, span)
    return f"{security} {period}", Span(first.start, last.end, first.page)


def _from_information_table(state: State) -> tuple[str, Span | None] | None:
    """A portal's information table names the 签发人 among its cells, often with a space for its
    colon (`签发人 张某 签发日期 2023-09-07`), which the 版头's `签发人：` pattern does not read; the
    metadata rule has paired it already. A value that is not a name is no signer."""
    names = [v for v in table_values(state, P.SIGNER_TABLE_KEYS) if P.SIGNER_TABLE_NAME.match(v.strip())]
    return S.table_value(state, [names[0].strip()]) if names else None
