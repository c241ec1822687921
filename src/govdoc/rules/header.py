"""Find the header by content: 键：值 lines, 发文机关标志, 发文字号, the (wrapped) title and 主送.

The 主送 line anchors the search: the title is the run of title-like lines just above it
(skipping the 发文字号 that State Council documents put between them). Without a 主送, the
first title-like line ending in a document type ends the title. A web page's headline, a
title-like line above the document's own title, is chrome.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.joins import JOINED_MESSAGE
from govdoc.state import Block, State, Zone

_SEARCH_LIMIT = 40  # the header never runs longer than this many lines


def _body_like(b: Block) -> bool:
    f = b.folded
    return (len(f) >= 40 and "。" in f) or (bool(P.SECTION_MARKER.match(f)) and len(f) > 30)


def _is_headerish(b: Block) -> bool:
    """Lines that may stand between the title and the body without being body."""
    f = b.folded
    return (
        L.is_doc_number_line(b)
        or L.is_signer_line(b)
        or bool(P.SECURITY.match(f) or P.URGENCY.match(f))
        or (bool(P.NOTE_LINE.match(f)) and len(f) <= 24)
    )


def _title_above(live: list[Block], anchor: int) -> list[Block]:
    """Title lines ending just above live[anchor] (exclusive), or []."""
    i = anchor - 1
    while i >= 0 and _is_headerish(live[i]):
        i -= 1
    lines: list[Block] = []
    while i >= 0 and len(lines) < 4:
        b = live[i]
        if not L.is_title_like(b) or P.ISSUER_MARK.match(b.folded):
            break
        if lines and L.ends_with_kind(b.folded):
            break  # the last line of another title: a headline above the document's own
        lines.insert(0, b)
        if P.TITLE_OPENER.match(b.folded):
            above = live[i - 1] if i > 0 else None
            if above is not None and L.is_organ_line(above) and not L.ends_with_kind(above.folded):
                lines.insert(0, above)
            break
        i -= 1
    if not lines:
        return []
    joined = "".join(b.folded for b in lines)
    # A title ends with its document type; where the layout centred every line of it (HTML,
    # DOCX), that is evidence enough, unless the line is only an organ's name.
    centred = all(b.hints.title_like for b in lines) and not (len(lines) == 1 and L.is_organ_line(lines[0]))
    if len(joined) < 6 or not (L.ends_with_kind(joined) or centred):
        return []
    if len(lines) > 1 and not (P.TITLE_OPENER.search(joined) or "关于" in joined or "对" in joined):
        return lines[-1:]
    return lines


def find_header(state: State) -> None:
    live = [b for b in state.blocks if b.zone is Zone.UNSET]
    limit = min(len(live), _SEARCH_LIMIT)
    recipients = None
    for i in range(limit):
        b = live[i]
        if L.is_recipient_line(b):
            recipients = i
            break
        if _body_like(b):
            break
    if recipients is not None:
        recipients = _rejoin_wrapped_recipients(state, live, recipients)
    title: list[Block] = []
    if recipients is not None:
        title = _title_above(live, recipients)
    if not title:
        for i in range(limit):
            b = live[i]
            if _body_like(b) or L.is_recipient_line(b):
                break
            if (
                L.is_title_like(b)
                and (L.ends_with_kind(b.folded) or (b.hints.title_like and not _stands_over_number(live, i)))
                and not P.SECTION_MARKER.match(b.folded)
            ):
                title = _title_above(live, i + 1)
                if title:
                    break
    if recipients is None and title:
        after = live.index(title[-1]) + 1
        while after < len(live) and _is_headerish(live[after]):
            after += 1
        if after < len(live) and L.is_recipient_line(live[after], loose=True):
            recipients = after
    if recipients is not None:
        end = recipients + 1
        live[recipients].zone = Zone.RECIPIENTS
        state.recipients_block = live[recipients]
    elif title:
        end = live.index(title[-1]) + 1
        while end < len(live) and _is_headerish(live[end]):
            end += 1
    else:
        end = 0
        while end < limit and (L.is_key_value(live[end]) or L.is_pipe_table(live[end]) or _is_headerish(live[end])):
            end += 1
    title_start = live.index(title[0]) if title else end
    for b in title:
        b.zone = Zone.TITLE
    state.title_blocks = title
    for i in range(end):
        b = live[i]
        if b.zone is not Zone.UNSET:
            continue
        f = b.folded
        if i < title_start and title and L.is_title_like(b) and L.ends_with_kind(f):
            b.zone = Zone.CHROME  # a web page's headline above the document's own title
        elif L.is_doc_number_line(b):
            b.zone = Zone.DOC_NUMBER
        elif i < title_start and (L.is_key_value(b) or L.is_pipe_table(b)):
            b.zone = Zone.METADATA
        elif i < title_start and (
            P.ISSUER_MARK.match(f) or _stands_over_number(live, i) or (b.hints.red and L.is_organ_line(b))
        ):
            b.zone = Zone.ISSUER
        else:
            b.zone = Zone.HEADER


def _rejoin_wrapped_recipients(state: State, live: list[Block], at: int) -> int:
    """A 主送 list too long for one line (`张某、李某、` / `王某等代表：`) is one line again."""
    line = live[at]
    while at > 0 and _opens_recipient_list(live[at - 1]):
        above = live[at - 1]
        offset = above.absorb(line)
        state.warn("page-break-joined", JOINED_MESSAGE, above, offset - 1, 2)
        state.blocks.remove(line)
        live.pop(at)
        at -= 1
        line = above
    return at


def _opens_recipient_list(b: Block) -> bool:
    """A line of addressees cut after a separator: `各区人民政府，市政府各委、办、`."""
    f = b.folded.rstrip()
    return 2 <= len(f) <= 120 and f[-1] in "、," and not any(c in f for c in "。!?;:《“")


def _stands_over_number(live: list[Block], i: int) -> bool:
    """An organ line right above the 发文字号: the 发文机关标志 of a letterhead without 文件."""
    return i + 1 < len(live) and L.is_organ_line(live[i]) and L.is_doc_number_line(live[i + 1])
