"""What makes a date standing alone, with no organ line over it, the 成文日期 of a 落款.

One function a kind of evidence, in `LONE_DATE_EVIDENCE`; a new kind is one more row there.
"""

from __future__ import annotations

from collections.abc import Callable

from govdoc.rules import lines as L
from govdoc.rules.trailer.base import MAX_TITLE_LINES, paragraph_head
from govdoc.rules.trailer.region import Region


def _note_follows(region: Region, top: int, date_at: int) -> bool:
    """A 附注 in brackets right under the date ((此件公开发布)): GB/T 9704 puts it under the 成文日期."""
    return date_at + 1 < len(region.blocks) and L.is_note_line(region.blocks[date_at + 1])


def follows_closing(region: Region, top: int, date_at: int) -> bool:
    """Only 附注 and contact lines stand between the body's closing and this point."""
    blocks = region.blocks
    i = top - 1
    while i >= 0 and L.tail_zone(blocks[i]) is not None:
        i -= 1
    if i < 0:
        return False
    head = paragraph_head(blocks, i)
    return L.closing_strength("".join(b.folded for b in blocks[head : i + 1]))[1]


def _only_trailer_after(region: Region, top: int, date_at: int) -> bool:
    """No running text follows the date: only 附注, contact, 版记, 主题词, a page's information table."""
    return region.trailer_from(date_at + 1)


def document_follows(region: Region, top: int, date_at: int) -> bool:
    """A printed or forwarded document starts after the date: a title (maybe wrapped) ending in a type,
    no line of it a sentence ending on its full stop (as `_printed_after` reads a printed title)."""
    blocks = region.blocks
    title = ""
    start = date_at + 1
    while start < len(blocks) and L.is_note_line(blocks[start]):
        start += 1  # （此件公开发布） stands between the date and what it prints
    for b in blocks[start : start + MAX_TITLE_LINES]:
        if not L.is_title_like(b) or b.folded.rstrip().endswith("。"):
            break  # a sentence (上午8:30至12:00。, 特此通知。) is no title's line
        title += b.text.strip()
        if L.ends_with_kind(title):
            return True
    return False


# What makes a date standing alone the 成文日期 of a 落款 without an organ line, in order.
LONE_DATE_EVIDENCE: list[Callable[[Region, int, int], bool]] = [
    _note_follows,
    follows_closing,
    _only_trailer_after,
    document_follows,
]
