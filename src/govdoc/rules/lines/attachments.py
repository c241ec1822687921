"""The 附件说明's lines: the 附件 label, the list of numbered titles, a title wrapped onto the
next line, and the table that lists them."""

from __future__ import annotations

import regex

from govdoc import patterns as P
from govdoc.numerals import list_number
from govdoc.rules.lines.base import INNER_STOP, is_organ_line, per_line
from govdoc.rules.lines.dates import is_date_line
from govdoc.state import Block


def attachment_match(b: Block) -> regex.Match[str] | None:
    """The 附件 line's match (number, colon, name), kept per block for the several attachment predicates.

    Asked of every line by three walks of the trailer: a line not opening with 附 (nearly all) is
    answered without the per-line store, which costs more than the test."""
    return _attachment_line(b) if b.folded.startswith("附") else None


@per_line
def _attachment_line(b: Block) -> regex.Match[str] | None:
    return P.ATTACHMENT_LINE.match(b.folded)


def is_attachment_label(b: Block) -> bool:
    """A bare 附件 / 附件1 / 附件1： line: the attachment's content starts here."""
    m = attachment_match(b)
    return m is not None and not m.group("name").strip()


def opens_attachment_list(b: Block, below: Block | None) -> bool:
    """附件： alone on its line with the numbered titles under it (1. 名称, or a table of numbered
    rows): the 附件说明's label, not the attachment's own content."""
    m = attachment_match(b)
    if m is None or m.group("colon") != ":" or m.group("label_n") or m.group("name").strip():
        return False
    return below is not None and bool(P.ATTACHMENT_CONTINUATION.match(below.folded) or is_attachment_table_head(below))


def is_attachment_table_head(b: Block) -> bool:
    """The head row (序号 | 附件名称) of a table listing the attachments by number and title: its cells
    parted by a tab or a wide space, or by a layout gap the clean-up noted (a ruled table on a page)."""
    m = P.ATTACHMENT_TABLE_HEAD.match(b.folded)
    return m is not None and (m.group("edge") is not None or m.end("label") in b.gaps)


def opens_attachment_table(b: Block, below: Block | None) -> bool:
    """序号 | 附件名称 over a numbered row: a table listing the attachments that names its column so, the
    label of the list itself where no 附件 line stands above it."""
    return (
        below is not None
        and P.ATTACHMENT_NAMED_TABLE_HEAD.match(b.folded) is not None
        and P.ATTACHMENT_CONTINUATION.match(below.folded) is not None
    )


def wraps_attachment_name(above: Block, b: Block) -> bool:
    """`b` is the rest of the attachment title on the line above, cut where a title cannot end
    (…工作的 / 实施意见（试行）): no number, no sentence, and the line above is the list's."""
    f = b.folded.strip()
    if not f or len(f) > _MAX_WRAPPED_NAME or INNER_STOP.search(f) or P.ATTACHMENT_CONTINUATION.match(f):
        return False
    m = attachment_match(above) or P.ATTACHMENT_CONTINUATION.match(above.folded)
    return m is not None and bool(P.ATTACHMENT_NAME_OPEN.search(m.group("name").rstrip()))


_MAX_WRAPPED_NAME = 40


def continues_attachment_name(above: Block, b: Block, below: Block | None) -> bool:
    """`b` is the rest of the attachment title above it: cut where a title cannot end, or standing
    between two numbered lines of the list (1.某市…重点建设项目 / 投资计划表 / 2.…), wherever it was cut."""
    if wraps_attachment_name(above, b):
        return True
    f = b.folded.strip()
    if not f or len(f) > _MAX_WRAPPED_NAME or INNER_STOP.search(f):
        return False
    if below is None:  # the list's last line (the 落款 follows): only a title's rest it was zoned as
        below = b
    m = attachment_match(above) or P.ATTACHMENT_CONTINUATION.match(above.folded)
    number = list_number(m.group("n")) if m is not None and m.group("n") is not None else None
    if number is not None and number > 1 and ends_last_title(b, below):
        return True
    nxt = P.ATTACHMENT_CONTINUATION.match(below.folded)
    if m is None or nxt is None or P.ATTACHMENT_CONTINUATION.match(f) or m.group("n") is None:
        return False
    return list_number(nxt.group("n")) == (list_number(m.group("n")) or 0) + 1


def ends_last_title(b: Block, below: Block) -> bool:
    """`b` ends the last numbered attachment title (2.某某资金使用 ⏎ 明细表) just above the 落款: it ends as a
    title does and the organ or date line follows (`below` is `b` itself once the list is zoned)."""
    return bool(P.ATTACHMENT_TITLE_END.search(b.folded.strip())) and (
        below is b or is_organ_line(below) or is_date_line(below)
    )


def is_attachment_list(b: Block) -> bool:
    """附件：1. 名称 — the 附件说明 listing attachments by title."""
    m = attachment_match(b)
    if m is None or not m.group("colon") or not m.group("name").strip():
        return False
    return m.group("colon") == ":" or "。" not in m.group("name")  # 附件1、2中的数据… is a sentence
