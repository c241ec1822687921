"""Find what closes the body, by content: attachments list, closing, signature, 附注, contact, 版记.

The signature is the first date standing alone on its line after the header (with the organ
lines right above it), so a regulation or plan printed after a notice's signature does not
move it; what follows the signature is 附注, contact and 版记, or, when numbered sections
follow, the body continued. An 附件 label starts attachment content, which is not body.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.joins import continues
from govdoc.state import Block, State, Zone

_MAX_ORGAN_LINES = 4
_MAX_WRAPPED_LINES = 8


def _rest(state: State) -> list[Block]:
    return [b for b in state.blocks if b.zone is Zone.UNSET]


def find_trailer(state: State) -> None:
    rest = _rest(state)
    # Attachment content: from a bare 附件 label on; only 版记 lines there still count.
    content = next((i for i, b in enumerate(rest) if L.is_attachment_label(b)), len(rest))
    for b in rest[content:]:
        b.zone = Zone.IMPRINT if L.is_imprint_line(b) else Zone.ATTACHMENT_CONTENT
    region = rest[:content]

    date_at = next(
        (i for i, b in enumerate(region) if i > 0 and not b.table and (L.is_date_line(b) or L.is_organ_date_line(b))),
        None,
    )
    if date_at is not None:
        state.signature_date = region[date_at]
        region[date_at].zone = Zone.SIGNATURE
        top = date_at
        while top > 0 and date_at - top < _MAX_ORGAN_LINES:
            above = region[top - 1]
            if L.is_organ_line(above) or P.SEAL_LINE.match(above.folded):
                above.zone = Zone.SIGNATURE
                top -= 1
            else:
                break
        state.signature_organs = [b for b in region[top:date_at] if not P.SEAL_LINE.match(b.folded)]
        before, after = region[:top], region[date_at + 1 :]
    else:
        before, after = region, []

    _mark_attachment_lists(before)
    body_end = next((i for i, b in enumerate(before) if b.zone is Zone.ATTACHMENTS), len(before))
    for b in before[body_end:]:
        if b.zone is Zone.UNSET:
            b.zone = _tail_zone(b) or Zone.TRAILER
    _peel_tail(state, before[:body_end])
    _after_signature(after)
    state.body = [b for b in state.blocks if b.zone is Zone.BODY]


def _tail_zone(b: Block) -> Zone | None:
    if L.is_contact_line(b):
        return Zone.CONTACT
    if L.is_note_line(b):
        return Zone.NOTE
    if L.is_imprint_line(b):
        return Zone.IMPRINT
    return None


def _continues_cc(previous: Block, b: Block) -> bool:
    """A 抄送 list wrapped onto the next line: the list had not ended, this line ends it."""
    m = P.CC_LINE.match(previous.folded)
    if m is None or previous.folded.rstrip().endswith(("。", ".")):
        return False
    f = b.folded.strip()
    return len(f) <= 80 and not P.DATE.search(f) and (f.endswith(("。", ".")) or "," in f or "、" in f)


def _mark_attachment_lists(blocks: list[Block]) -> None:
    i = 0
    while i < len(blocks):
        if blocks[i].zone is Zone.UNSET and L.is_attachment_list(blocks[i]):
            blocks[i].zone = Zone.ATTACHMENTS
            i += 1
            while i < len(blocks) and P.ATTACHMENT_CONTINUATION.match(blocks[i].folded) and len(blocks[i].folded) <= 80:
                blocks[i].zone = Zone.ATTACHMENTS
                i += 1
            continue
        i += 1


def _paragraph_head(body: list[Block], i: int) -> int:
    """The first line of the paragraph that line `i` ends, when hard wraps cut it into lines."""
    head = i
    while head > 0 and i - head < _MAX_WRAPPED_LINES and continues(body[head - 1], body[head]):
        head -= 1
    return head


def _peel_tail(state: State, body: list[Block]) -> None:
    """Contact and 附注 lines, then the closing, peeled off the end of the body."""
    end = len(body)
    while end > 0:
        zone = _tail_zone(body[end - 1])
        if zone is None:
            break
        body[end - 1].zone = zone
        end -= 1
    start = end
    strong = False
    while start > 0:
        head = _paragraph_head(body, start - 1)
        closing, is_strong = L.is_closing(body[head])
        if not closing:
            break
        strong = strong or is_strong
        start = head
    if strong:
        for b in body[start:end]:
            b.zone = Zone.CLOSING
        state.closing = body[start:end]
    else:
        start = end
    for b in body[:start]:
        if b.zone is Zone.UNSET:
            b.zone = Zone.BODY
    # Contact lines in the body's last stretch (before the closing) still belong to the contact.
    for b in reversed(body[:start]):
        if not L.is_contact_line(b):
            break
        b.zone = Zone.CONTACT


def _after_signature(after: list[Block]) -> None:
    leftovers: list[Block] = []
    for i, b in enumerate(after):
        zone = _tail_zone(b)
        if zone is None and i > 0 and _continues_cc(after[i - 1], b):
            zone = Zone.IMPRINT
        if zone is None and i + 1 < len(after) and L.is_organ_line(b) and P.PRINTED_LINE.match(after[i + 1].folded):
            zone = Zone.IMPRINT
        if zone is not None:
            b.zone = zone
        else:
            leftovers.append(b)
    _mark_attachment_lists(leftovers)
    leftovers = [b for b in leftovers if b.zone is Zone.UNSET]
    continued = any(P.SECTION_MARKER.match(b.folded) for b in leftovers)
    for b in leftovers:
        b.zone = Zone.BODY if continued else Zone.TRAILER
