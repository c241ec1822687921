"""A 落款's organ that a flattened copy wrote on the closing's line after a wide gap, made a line again."""

from __future__ import annotations

from operator import attrgetter

import regex

from govdoc.needs import Facts, Need
from govdoc.rules import lines as L
from govdoc.rules.trailer.base import unset
from govdoc.rules.trailer.region import Region
from govdoc.state import Block, State

_STOPS = frozenset("。!?")

_GAP_CHARS = " \t"

_WIDE_SPACE = regex.compile(r"[ ]{2,}|[ ]*\t[ \t]*")  # a run of spaces, or a tab (a Word copy's)


_GAPS = attrgetter("gaps")


def _gap_somewhere(facts: Facts) -> bool:
    """Some line holds two spaces or a TAB folded, or a reader's layout gap (`closing_then_organ`'s test of a line)."""
    return "  " in facts.folded or "\t" in facts.folded or any(map(_GAPS, facts.blocks))


CLOSING_THEN_ORGAN_NEED: Need = Need(
    "a line with a wide gap: two spaces or a TAB folded, or a reader's gap (`closing_then_organ` reads no other)",
    test=_gap_somewhere,
)


def closing_then_organ(state: State) -> None:
    """A 落款's organ that a flattened copy wrote on the closing's line after a wide gap
    (`特此答复。          某市教育局` over the date): the organ becomes a line of its own again.

    The text before the gap must end in a closing (a formula or thanks after the last stop), the
    text after it must read as an organ line, and the date must be the next line or nothing but
    trailer may follow; a closing followed by anything else after a gap stays as it is.
    """
    region = Region(unset(state))
    blocks = region.blocks
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b.cells is not None or not (b.gaps or "  " in b.folded or "\t" in b.folded):
            continue
        at = _organ_after_closing(b)
        if at is None:
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if not ((following is not None and L.is_date_line(following)) or region.trailer_from(i + 1)):
            continue
        organ = _cut_off(b, at)
        if not L.is_organ_line(organ):
            continue
        _keep_head(b, at)
        state.blocks.insert(state.blocks.index(b) + 1, organ)
        return


def _organ_after_closing(b: Block) -> int | None:
    """Where the text after a wide gap that follows a closing's stop starts on line `b`, or None."""
    f = b.folded
    cuts = sorted({*(g for g in b.gaps if 0 < g < len(f)), *(m.end() for m in _WIDE_SPACE.finditer(f))})
    for at in reversed(cuts):
        head = f[:at].rstrip(_GAP_CHARS)
        if not head or head[-1] not in _STOPS or not f[at:].strip(_GAP_CHARS):
            continue  # a gap between two organs of a joint 落款
        if L.closing_strength(head)[0] or L.closing_run_on_start(head) is not None:
            return at
        return None  # the last sentence before the organ is no closing
    return None


def _cut_off(b: Block, at: int) -> Block:
    """The part of `b` from offset `at` on, as a line of its own (edge spaces left out)."""
    lead = len(b.folded[at:]) - len(b.folded[at:].lstrip(_GAP_CHARS))
    lo = at + lead
    return Block(
        b.text[lo:],
        folded=b.folded[lo:],
        bold=[(max(s, lo) - lo, e - lo) for s, e in b.bold if e > lo],
        spaces=[x - lo for x in b.spaces if x > lo],
        gaps=[x - lo for x in b.gaps if x > lo],
        joins=[x - lo for x in b.joins if x > lo],
        hints=b.hints,
        origin=b.origin,
    )


def _keep_head(b: Block, at: int) -> None:
    """`b` cut back to the text before offset `at` (the gap's spaces left out)."""
    end = len(b.folded[:at].rstrip(_GAP_CHARS))
    b.bold = [(s, min(e, end)) for s, e in b.bold if s < end]
    b.spaces = [x for x in b.spaces if x < end]
    b.gaps = [x for x in b.gaps if x < end]
    b.joins = [x for x in b.joins if x < end]
    b.set_text(b.text[:end], b.folded[:end])
