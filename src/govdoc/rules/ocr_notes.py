"""What a reader of an OCR'd document should check, named in its `ocr-used` warning.

The OCR reader keeps every line it read, and notes those under its confidence threshold
(`State.doubtful`: the text kept and what the engine read). A page number read badly
(`一5一`) matters to nobody; any other doubtful line is worth a reader's look, so the warning
quotes the first few as the engine read them.

The 落款 organ stands under the seal, where recognition loses or changes characters even when
it is sure of itself (临江县住房和城建设局 for …城乡建设局): a signing organ that differs from
the issuer of the 发文机关标志 by a character or two is the same organ misread, and the warning
says so (the value stays as read: it is what the page gave, and its span points at it).
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.blocks import OCR_DOUBT
from govdoc.fold import fold
from govdoc.state import PendingWarning, State

MAX_LISTED = 5  # doubtful lines quoted in the warning


def _add_to_ocr_warning(state: State, note: str) -> bool:
    """Append `; note` inside the parentheses of the `ocr-used` warning; False when there is none."""
    for k, pending in enumerate(state.pending):
        if pending.code == "ocr-used" and pending.message.endswith(")"):
            state.pending[k] = PendingWarning(pending.code, f"{pending.message[:-1]}; {note})", pending.block)
            return True
    return False


def recognised(state: State) -> bool:
    """The document's text was read by OCR (the reader's `ocr-used` warning stands)."""
    return any(pending.code == "ocr-used" for pending in state.pending)


def note_misread(state: State, note: str) -> None:
    """Name in the `ocr-used` warning what a reader should check against the page."""
    _add_to_ocr_warning(state, note)


def _near(a: str, b: str, most: int = 2) -> bool:
    """Whether `a` turns into `b` by at most `most` single-character edits (and at least one)."""
    if a == b or abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > most:
            return False
    return row[-1] <= most


def signature_against_issuer(state: State) -> None:
    """Name in the `ocr-used` warning a signing organ read a character or two away from the issuer."""
    issuer = state.header.issuer
    if state.signature is None or not issuer or len(issuer) < 4:
        return
    for organ in state.signature.issuers:
        if _near(organ, issuer) and not _add_to_ocr_warning(
            state, f"the 落款 organ {organ!r} differs from the issuer {issuer!r}: misread under the seal?"
        ):
            return


def doubtful_lines(state: State) -> None:
    """Add the doubtful lines (page numbers aside) to the `ocr-used` warning."""
    if not state.doubtful:
        return
    shown = [read for kept, read in state.doubtful if not P.PAGE_FURNITURE.match(fold(kept))]
    if not shown:
        return
    quoted = "; ".join(repr(t) for t in shown[:MAX_LISTED])
    more = f" and {len(shown) - MAX_LISTED} more" if len(shown) > MAX_LISTED else ""
    _add_to_ocr_warning(state, f"{len(shown)} lines below confidence {OCR_DOUBT}, kept: {quoted}{more}")
