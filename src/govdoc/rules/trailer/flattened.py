"""A 落款 found where no date line under organ lines shows it: flattened onto the body's last line
or onto a contact line by a copy that lost its line breaks, or printed without a date."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.trailer.base import continues_cc
from govdoc.rules.trailer.evidence import follows_closing
from govdoc.rules.trailer.organs import organs_above
from govdoc.rules.trailer.region import Region, blocks_trailer
from govdoc.state import Block


def flattened(region: Region) -> tuple[Block, int] | None:
    """The body's last line with the 落款 flattened onto its end, and where the 落款 starts on it.

    Only the last line of running text is looked at, and only where nothing but trailer follows
    it; an organ before the date must read as an organ's name.
    """
    blocks = region.blocks
    for i in range(len(blocks) - 1, 0, -1):
        if not blocks_trailer(blocks, i):
            continue
        b = blocks[i]
        m = P.FLATTENED_SIGNATURE.search(b.folded, 0, L.date_end(b)) if region.trailer_from(i + 1) else None
        organ = m.group("organ") if m else None
        if m is None or (organ is not None and not L.is_organ_name(organ)):
            return None
        parts = [m.start("organ"), m.start("date")] if organ is not None else [m.start("date")]
        glued = organ is not None and _closing_before(b.folded[: parts[0]])
        if not glued and not all(_spaced_at(b, at) for at in parts):
            return None  # written on in the sentence (…于2024年6月12日): no 落款
        return b, parts[0]
    return None


def _closing_before(f: str) -> bool:
    """The text before a 落款 a copy ran on with no break (`特此答复。某县林业局2024年5月6日`) ends on a
    closing formula's sentence: nothing but the 落款 follows a 特此答复。 or a 此复。, so the organ
    after it, glued as it is, opens the 落款 (a date in a sentence never follows one)."""
    end = f.rstrip()
    if end[-1:] not in _STOPS:
        return False
    start = max(end.rfind(c, 0, len(end) - 1) for c in _STOPS) + 1
    return P.CLOSING_FORMULA.match(end[start:-1].strip()) is not None


_STOPS = "。!"


def _spaced_at(b: Block, at: int) -> bool:
    """A space, or a layout gap the text lost, stands right before offset `at` of the line."""
    return b.folded[at - 1 : at] == " " or at in b.gaps or at in b.spaces


def on_contact_line(region: Region) -> tuple[Block, int] | None:
    """The last contact line with the 落款 flattened onto its end, and where the organ starts on it.

    The organ must read as an organ's name and only trailer may follow the line; the date
    may be cut short by the page's end (then it stays unparsed, with a warning).
    """
    blocks = region.blocks
    for i in range(len(blocks) - 1, 0, -1):
        b = blocks[i]
        if not region.trailer_from(i + 1):
            return None
        if not L.is_contact_line(b):
            continue
        m = P.CONTACT_THEN_SIGNATURE.search(b.folded.rstrip(L.CELL_EDGE))
        if m is None or not L.is_organ_name(m.group("organ")):
            return None
        return b, m.start("organ")
    return None


def undated(region: Region) -> tuple[int, int] | None:
    """(first, last + 1) organ lines of a 落款 without a date: the page cut it off, or never printed one.

    Only organ lines (or an organ's spokesman: 某街道办发言人) right after the body's closing count,
    with nothing but 附注, contact and 版记 lines after them (a site's footer is chrome by then): an
    organ's name alone anywhere else may be a heading or a name the page cut from its sentence.
    """
    blocks = region.blocks
    last = next((i for i in range(len(blocks) - 1, 0, -1) if _signs(blocks[i])), None)
    if last is None or not all(L.tail_zone(blocks[k]) or continues_cc(blocks, k) for k in range(last + 1, len(blocks))):
        return None  # a line of unknown shape after the organ may be the date it is not read as (a 抄送
        # list wrapped onto the next line is the 版记's still)
    top = organs_above(blocks, last)
    if top == 0 or not follows_closing(region, top, last):
        return None
    return top, last + 1


def _signs(b: Block) -> bool:
    """A line that may sign an undated 落款: an organ's name, or the organ's spokesman (a hotline's sign-off)."""
    return L.is_organ_line(b) or bool(L.spokesman_organ_end(b))
