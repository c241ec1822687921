"""The lines OCR was unsure of, named in the `ocr-used` warning unless they are page numbers.

The OCR reader keeps every line it read, and notes those under its confidence threshold
(`State.doubtful`: the text kept and what the engine read). A page number read badly
(`一5一`) matters to nobody; any other doubtful line is worth a reader's look, so the warning
quotes the first few as the engine read them.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.blocks import OCR_DOUBT
from govdoc.fold import fold
from govdoc.state import PendingWarning, State

MAX_LISTED = 5  # doubtful lines quoted in the warning


def doubtful_lines(state: State) -> None:
    """Add the doubtful lines (page numbers aside) to the `ocr-used` warning."""
    if not state.doubtful:
        return
    shown = [read for kept, read in state.doubtful if not P.PAGE_FURNITURE.match(fold(kept))]
    if not shown:
        return
    for k, pending in enumerate(state.pending):
        if pending.code == "ocr-used" and pending.message.endswith(")"):
            quoted = "; ".join(repr(t) for t in shown[:MAX_LISTED])
            more = f" and {len(shown) - MAX_LISTED} more" if len(shown) > MAX_LISTED else ""
            tail = f"; {len(shown)} lines below confidence {OCR_DOUBT}, kept: {quoted}{more})"
            state.pending[k] = PendingWarning(pending.code, pending.message[:-1] + tail, pending.block)
            return
