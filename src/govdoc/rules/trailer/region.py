"""The blocks where the 落款 may stand, and what is known of their tail: whether nothing but
trailer (附注, contact, 版记, 主题词, an information table) follows a line, computed once."""

from __future__ import annotations

from dataclasses import dataclass

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.trailer.base import ISSUER, TITLE, continues_cc
from govdoc.state import Block, State


@dataclass(slots=True)
class Region:
    """The blocks where the 落款 may stand, with what is known of their tail computed once; `state`,
    where set, says who issues the document (`issuers`)."""

    blocks: list[Block]
    _trailer_from: list[bool] | None = None
    state: State | None = None
    _issuers: str | None = None

    def issuers(self) -> str:
        """The text that names the document's issuers: the organs opening its title (某县教育局 某县财政局关于…)
        and the letterhead; asked only where a list stands over the 落款, so computed then, once."""
        if self._issuers is None:
            blocks = self.state.blocks if self.state is not None else []
            title = "".join(b.folded for b in blocks if b.zone is TITLE)
            end = L.title_organ_end(title) if title else None
            self._issuers = (title[:end] if end else "") + "".join(b.folded for b in blocks if b.zone is ISSUER)
        return self._issuers

    def trailer_from(self, i: int) -> bool:
        """Nothing but trailer from block `i` to the end (computed for all positions in one pass)."""
        if self._trailer_from is None:
            n = len(self.blocks)
            ok = [True] * (n + 1)
            for k in range(n - 1, -1, -1):
                # running text below settles it: the line itself is asked only while all below is trailer
                ok[k] = _is_note_start(self.blocks[k]) or (ok[k + 1] and not blocks_trailer(self.blocks, k))
            self._trailer_from = ok
        return self._trailer_from[i]


def _is_note_start(b: Block) -> bool:
    return L.is_note_label_line(b)  # a labelled 附注 runs to the end


def blocks_trailer(blocks: list[Block], k: int) -> bool:
    """Block `k` is running text, which no trailer holds (附注, contact, 版记, 主题词, an information table)."""
    b = blocks[k]
    if L.tail_zone(b) or L.is_attachment_list(b) or L.is_key_value(b) or b.table:
        return False
    previous = blocks[k - 1] if k > 0 else None
    if previous is not None and P.ATTACHMENT_CONTINUATION.match(b.folded) and L.is_attachment_list(previous):
        return False
    return L.is_prose(b) and not (previous is not None and continues_cc(blocks, k))
