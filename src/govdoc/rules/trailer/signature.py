"""The 落款: organ lines (or none) and the date line, by the first candidate the evidence accepts.

Some body must stand before it (or nothing but trailer after an organ and date under the title);
an organ line with the date wins, a date alone needs `LONE_DATE_EVIDENCE`; where none is found,
a 落款 flattened onto a line or undated is looked for.
"""

from __future__ import annotations

import itertools

import regex

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.needs import Need
from govdoc.rules import lines as L
from govdoc.rules.ocr_notes import note_misread, recognised
from govdoc.rules.trailer.base import SIGNATURE, TRAILER, unset
from govdoc.rules.trailer.evidence import LONE_DATE_EVIDENCE, document_follows, follows_closing
from govdoc.rules.trailer.flattened import flattened, on_contact_line, undated
from govdoc.rules.trailer.organs import (
    ends_body,
    misread_organ_line,
    organ_lines,
    organ_under_date,
    organs_above,
    organs_under_date,
)
from govdoc.rules.trailer.region import Region
from govdoc.state import Block, State, Zone


def signature_block(state: State) -> None:
    """The 落款: organ lines (or none) and the date line, by the first candidate the evidence accepts."""
    region = unset(state)
    known = Region(region)  # what is known of the region's tail, computed once for every search below
    known.state = state
    found = _signature(known) or _dated_by_year(known)
    if found is None:
        flat = flattened(known)
        if flat is not None:
            state.signature_date, state.signature_from = flat  # the line stays the body's (or the closing's)
            return
        on_contact = on_contact_line(known)
        if on_contact is not None:
            state.signature_date, state.signature_from = on_contact  # the line stays the contact's
            return
        unsigned = undated(known)
        if unsigned is not None:
            top, end = unsigned
            for b in region[top:end]:
                b.zone = SIGNATURE
            state.signature_organs = organ_lines(region[top:end])
        return
    top, date_at = found
    if top == date_at and organ_under_date(region, date_at):
        organs = organs_under_date(region, date_at)  # the date written first, the organ (or organs) under it
        for b in organs:
            b.zone = SIGNATURE
        state.signature_organs = organs
        state.signature_date = region[date_at]
        region[date_at].zone = SIGNATURE
        return
    first = date_at
    date_at = max(_last_line_of_same_date(region, date_at), _dated_signers_below(known, date_at))
    stacked = _signer_blocks_below(known, top, date_at)
    state.signature_date = region[stacked]
    for b in region[top : stacked + 1]:
        b.zone = SIGNATURE if not b.hints.beside else (L.tail_zone(b) or TRAILER)
    if stacked == date_at:
        state.signature_organs = organ_lines(region[top:date_at])
        own = _date_beside_organ(region[date_at])
        for b in region[first:date_at]:
            m = L.organ_date_match(b)
            if m is not None and m.group("date") != own:
                # each signer's own date beside its name: the last signer's is the document's, as below
                state.warn("date-unparsed", _OTHER_DATE_MESSAGE, b, m.start("date"), m.end("date"))
    else:  # each signer's own date line between the names is no organ's
        state.signature_organs = organ_lines([b for b in region[top:stacked] if not L.date_class(b) & L.DATE_LINE])
        last = region[stacked].folded.strip()
        for b in region[date_at:stacked]:
            if L.date_class(b) & L.DATE_LINE and b.folded.strip() != last:
                # the last signer's date is the document's, as for dates side by side (README: date-unparsed)
                state.warn("date-unparsed", _OTHER_DATE_MESSAGE, b, 0, len(b.text.rstrip()))
    if top == date_at and top > 0 and recognised(state) and misread_organ_line(region[top - 1]):
        # the organ's line over the date, misread under the seal: the 落款's, naming no organ (no
        # guess at the name; field-missing says so), and named for a reader to check
        region[top - 1].zone = SIGNATURE
        note_misread(
            state, f"the 落款 line {region[top - 1].text.strip()!r} reads as no organ's name: misread under the seal?"
        )


def _dated_by_year(region: Region) -> tuple[int, int] | None:
    """(first organ line, year line) of a 落款 dated to its year only (湖川县某局 ⏎ 二〇二四年, schema 1.10's
    `date_partial` 2024): the year alone on the last line but for 附注, contact and 版记 lines, right under
    organ lines that follow the body's closing or a sentence of running text (a table's cells a line are none).
    A year alone anywhere else is a heading or a cell of the text. Asked only where no dated 落款 was
    found, of the last lines only."""
    blocks = region.blocks
    last = len(blocks) - 1
    while last > 0 and L.tail_zone(blocks[last]):
        last -= 1
    if last < 2 or not blocks[last].folded.rstrip().endswith("年"):
        return None
    if P.YEAR_DATE.fullmatch(blocks[last].folded.strip()) is None:
        # the organ and its year flattened onto one line (县统计局　　2024年), as ORGAN_MONTH_DATE_LINE reads a month
        m = P.ORGAN_YEAR_DATE_LINE.match(blocks[last].folded.strip())
        if m is None or not L.is_organ_name(m.group("organ").strip()):
            return None
        top = last
    elif not L.is_organ_line(blocks[last - 1]):
        return None
    else:
        top = organs_above(blocks, last)
    if top == 0 or (top == last and not P.ORGAN_YEAR_DATE_LINE.match(blocks[last].folded.strip())):
        return None
    above = blocks[top - 1].folded.rstrip()
    ends_text = above.endswith(_SENTENCE_ENDS) and ("," in above or len(above) >= _SENTENCE_LENGTH)
    return (top, last) if ends_text or follows_closing(region, top, last) else None


_SENTENCE_ENDS = ("。", "!")  # (folded: ！ is half-width there)
# a line of running text over the 落款: a clause in it or a sentence's length (a table's cell copied a line,
# 完成老旧小区改造。, is short and holds none)
_SENTENCE_LENGTH = 16


def _signature(region: Region, start: int = 1) -> tuple[int, int] | None:
    """(first organ line, date line) of the 落款, or None where the page has none.

    Some body must stand before it, unless nothing but trailer follows an organ line and its date
    right under the title. An organ line with the date: the first one, unless a later 落款 stands
    apart below it (`_later_signature`). A date alone:
    by `LONE_DATE_EVIDENCE` (a 附注 under it, the closing above it, nothing but trailer after
    it, a printed document after it); never the value of a label on the line above (会议时间：).

    Each organ-and-date line found asks what the rest of the page holds below it, so the search walks
    down once collecting them and decides from the last one up: a page of a thousand such rows (a task
    table copied as text) asked it one call deep per row and overflowed the interpreter's stack.
    """
    stack: list[tuple[int, int]] = []
    found: tuple[int, int] | None = None
    at = start
    while True:
        hit = _next_signature(region, at)
        if hit is None or not hit[0]:
            found = None if hit is None else hit[1]
            break
        stack.append(hit[1])
        at = hit[1][1] + 1
    for top, date_at in reversed(stack):
        found = _later_signature(region, date_at, found) or (top, date_at)
    return found


def _next_signature(region: Region, start: int) -> tuple[bool, tuple[int, int]] | None:
    """The first 落款 candidate from `start` down: (True, it) for an organ-and-date line, which a later
    落款 below may still override (`_signature` decides), (False, it) for one that stands as found."""
    blocks = region.blocks
    for date_at in range(start, len(blocks)):
        b = blocks[date_at]
        dated = L.date_class(b)  # a date line, an organ and date, a labelled date: 0 for most lines
        if not dated and _name_and_date_by_place(region, date_at):
            return False, (date_at, date_at)
        # a date in a table's data row is the table's, unless its label says it is the 落款's (答复日期 | …,
        # a form's row; a bare 日期 row never) or it is one date under each organ at the end
        if not dated or (
            _in_data_row(b)
            and (dated & _LABELLED_NOT_BARE) != L.LABELLED_DATE
            and not _date_under_each(region, date_at)
        ):
            continue
        top = organs_above(blocks, date_at, region.issuers)
        if top == 0 and not (top < date_at and region.trailer_from(date_at + 1)):
            # an organ and date opening the region, text after them: a page's publishing line, not
            # the 落款; with nothing but trailer after them (附件, 附注), a document whose text is its
            # attachments or its title alone, signed under the title as its own body would be
            continue
        if dated & L.ORGAN_DATE:
            if b.folded[L.date_end(b) - 1 : L.date_end(b)] == "月" and not region.trailer_from(date_at + 1):
                continue  # dated to its month with text below: a schedule's deadline or a source's date, no 落款
            if _schedule_row(region, date_at):
                continue
            return True, (top, date_at)
        if top < date_at or L.labelled_organs(b):
            return False, (top, date_at)
        if dated & L.BARE_LABELLED_DATE:
            continue  # 日期：… with no organ over it: a page's publishing date as often as the 落款's
        if dated & L.DATE_LINE and L.signature_label_only(blocks[date_at - 1]) == L.DATE_LABEL_ONLY:
            top = organs_above(
                blocks, date_at - 1, region.issuers
            )  # 答复日期： ⏎ the date: the organ stands over the label
            if 0 < top < date_at - 1:
                return False, (top, date_at)
            continue  # a labelled date with no organ over it: as a label's value, no 落款
        if L.last_date_at(b):
            continue  # different dates side by side are joint signers' only under their organs: a table's 起止 row
        if blocks[date_at - 1].folded.rstrip().endswith(":") or L.has_clock(b):
            continue  # a label's value (会议时间：), or a timestamp with no organ over it (a page's own)
        if _signed_below(blocks, date_at):
            continue  # an organ with its own date follows: that is the 落款, this date the body's
        if any(evidence(region, top, date_at) for evidence in LONE_DATE_EVIDENCE):
            return False, (top, date_at)
    return None


def _later_signature(region: Region, date_at: int, later: tuple[int, int] | None) -> tuple[int, int] | None:
    """`later`, the 落款 found below an organ-and-date line, where it overrides it: a page has one 落款
    and it closes the text, so the line above is the body's (a schedule's row 完成招标　市住建局　2024年6月,
    a task table's rows copied as text, a source line 县统计局　2024年4月 inside a section). Joint signers
    each print the same date beside their name, one line under the other: the next line with the same
    date is no later 落款."""
    if document_follows(region, date_at, date_at):
        return None  # a 转发 notice prints the notice it forwards under its 落款, that one's 落款 at its end
    if later is None:
        return None
    blocks = region.blocks
    if later == (date_at + 1, date_at + 1) and _date_beside_organ(blocks[date_at]) == _date_beside_organ(
        blocks[date_at + 1]
    ):
        return None
    if _dated_signers_below(region, date_at) >= later[1]:
        return None  # the next signer's own line, its own date beside its name: the same 落款's
    return later


def _last_line_of_same_date(region: list[Block], date_at: int) -> int:
    """The 落款's last line where joint signers each print the date beside their name, one line under the
    other (某县市场监督管理局　2024年6月3日 ⏎ 某县卫生健康局　2024年6月3日): the lines under the first with the
    same date are the same 落款's (`_later_signature` takes none of them for a later one), and its last
    line holds its date. Up to session 19 the second organ's line was held by no element."""
    own = _date_beside_organ(region[date_at]) if L.date_class(region[date_at]) & L.ORGAN_DATE else ""
    k = date_at
    while own and k + 1 < len(region) and L.date_class(region[k + 1]) & L.ORGAN_DATE:
        below = region[k + 1]
        if _date_beside_organ(below) != own or not _signers_and_date(L.row_cells(below, L.ORGAN_CELL), own):
            break  # another date, or a task before the organ: a schedule's row, no signer's
        k += 1
    return k


def _dated_signers_below(region: Region, date_at: int) -> int:
    """The last line of a joint 落款 whose signers each print their own date beside their name, one line
    under the other, each maybe on its own day (某县农业农村局　2025年6月18日 ⏎ 某县财政局　2025年6月20日; the
    same date on every line `_last_line_of_same_date` reads too): every line from `date_at` down holds
    organs' names and a date alone (no task: `_signers_and_date`), nothing but trailer follows the last,
    and the first stands right under the body's closing or a sentence of running text (a clause in it or a
    sentence's length, as `_SENTENCE_LENGTH` reads it). It is the one-line form of the blocks
    `_signer_blocks_below` reads (organ over its date). A schedule's rows stand one under each task, a task
    line between them or beside the organ, and are none of these. `date_at` where no such line follows. Up
    to session 24 the first signer's line was read as a schedule's row and left in the body, the closing
    over it with it (struct25)."""
    blocks = region.blocks
    if not _signer_row(blocks[date_at]):
        return date_at
    k = date_at
    while k + 1 < len(blocks) and k - date_at < _MAX_SIGNER_BLOCKS and _signer_row(blocks[k + 1]):
        k += 1
    if k == date_at or not region.trailer_from(k + 1):
        return date_at
    above = _over_attachments(blocks, date_at)
    if follows_closing(region, above, above):
        return k
    f = blocks[above - 1].folded.rstrip() if above > 0 else ""
    return k if f.endswith(_SENTENCE_ENDS) and ("," in f or len(f) >= _SENTENCE_LENGTH) else date_at


def _signer_row(b: Block) -> bool:
    """`b` holds organs' names (a seal's note beside them) and a date alone: a one-line 落款's shape."""
    own = _date_beside_organ(b) if L.date_class(b) & L.ORGAN_DATE else ""
    cells = L.row_cells(b, L.ORGAN_CELL) if own else []
    return bool(cells) and _signers_and_date(cells, own)  # (no cells: the 落款 flattened onto the body's line)


def _signer_blocks_below(region: Region, top: int, date_at: int) -> int:
    """The last date line of a joint 落款 whose signers each print their own block, the organ over its date
    (某区水务局（盖章） ⏎ 2025年9月12日 ⏎ 某区财政局（盖章） ⏎ 2025年9月12日: a joint reply or an agreement
    signed one organ under the other), where the 落款 found (`top`..`date_at`, organ lines over a date
    line) is followed by one or more such blocks (one or two organ lines, then a date line alone) and
    nothing but trailer after the last: the date is the last signer's, as `last_date_at` reads dates side
    by side. `date_at` where no block follows (most 落款: asked only where the line under the date is an
    organ's line). Up to session 20 the second signer was `content-unplaced` (diffread-A A10).
    Joint signers are few and sign one document: a block with another date than the 落款's, under a
    blank line or where an attachment is listed over the 落款, opens the attachment's table of units and
    deadlines (diffread-B B1); an organ and date over a lone 印发 are the 版记's; more blocks than
    `_MAX_SIGNER_BLOCKS` are a list of organs, and each name is compared once with a set (review21 R7)."""
    blocks = region.blocks
    below = date_at + 1
    if top >= date_at or below >= len(blocks) or not L.is_organ_line(blocks[below]):
        return date_at  # (most 落款: nothing, or no organ's line, under the date)
    if not L.date_class(blocks[date_at]) & L.DATE_LINE:
        return date_at
    names = {_bare_name(b) for b in blocks[top:date_at]}
    own = blocks[date_at].folded.strip()
    listed = _over_attachments(blocks, top) < top
    k = date_at
    for _ in range(_MAX_SIGNER_BLOCKS):
        if k + 1 >= len(blocks) or not L.is_organ_line(blocks[k + 1]):
            break
        j = k + 1
        while j < len(blocks) and j - k <= _MAX_BLOCK_ORGANS and L.is_organ_line(blocks[j]):
            name = _bare_name(blocks[j])
            if any(name[:n] in names for n in range(2, len(name) + 1)):
                return date_at  # 某区水务局办公室 under 某区水务局: its own office (a 印发 line's), no co-signer
            names.add(name)
            j += 1
        if j >= len(blocks) or j - k > _MAX_BLOCK_ORGANS or not L.date_class(blocks[j]) & L.DATE_LINE:
            break
        if j + 1 < len(blocks) and blocks[j + 1].folded.strip().startswith(P.PRINTED_WORD):
            break  # 某县政府办公室 ⏎ 2024年6月11日 ⏎ 印发: the 版记's print line broken over three lines
        if blocks[j].folded.strip() != own and (listed or blocks[k + 1].blank_before):
            break  # an attachment's table of units and deadlines under the 落款, flattened a cell a line
        k = j
    else:
        if k + 1 < len(blocks) and L.is_organ_line(blocks[k + 1]):
            return date_at  # more blocks than joint signers ever are: a list of organs and dates (a 名录), no 落款
    return k if k > date_at and region.trailer_from(k + 1) else date_at


_MAX_BLOCK_ORGANS = 2  # a signer's name over its date: one line, or a long name wrapped on two
_MAX_SIGNER_BLOCKS = 8  # joint signers under the first: a handful (review21 R7: the walk was rows x rows)
_OTHER_DATE_MESSAGE = "联合署名下日期不同，取最后一个 (joint signers printed different dates: the last is the date)"


def _bare_name(b: Block) -> str:
    """An organ line's name without the spaces around it and a seal's note after it."""
    f = b.folded.strip()
    return P.SEAL_AFTER.sub("", f) if f.endswith(P.SEAL_CLOSERS) else f


def _schedule_row(region: Region, date_at: int) -> bool:
    """An organ-and-date line next to another with a different date (完成设计　县交通运输局　2024年3月31日 ⏎
    完成验收　县交通运输局　2024年12月15日): rows of a schedule, each naming who does a task by when, and
    the last of them no 落款 where none follows (session 18's residue): a 落款 has one date, and joint
    signers who each print it beside their name print the same one. A row holds a task beside the organ
    (three cells or more); a line whose cells are organs' names, a seal's place and the one date
    (`县交通运输局　　县财政局　　2024年3月1日`, `某县交通运输局　　（盖章）　　2024年3月1日`) holds no task:
    it is a 落款 set on one line, joint signers' or one organ's beside its seal, whatever task rows stand
    above it, unless lines of its own shape with another date stand in the text too (`_repeated_shape`).
    Asked only of an organ-and-date line."""
    blocks = region.blocks
    b = blocks[date_at]
    cells = L.row_cells(b)
    if len(cells) < _ROW_CELLS:
        return False
    own = _date_beside_organ(b)
    if _signers_and_date(cells, own):
        return _repeated_shape(region, date_at, own)
    if _task_before_organ(b):
        return True
    for k in (date_at - 1, date_at + 1):
        if 0 <= k < len(blocks) and L.date_class(blocks[k]) & L.ORGAN_DATE:
            other = _date_beside_organ(blocks[k])
            if other and other != own:
                return True
    return False


def _repeated_shape(region: Region, date_at: int, own: str) -> bool:
    """Another line of organs' names and a date alone, with another date, stands within a few lines of
    this one (县农业农村局　县卫生健康局　2024年9月30日 under one task, 县城市管理局　各乡镇人民政府　2024年10月31日
    under the next): a schedule's rows set one under each task, who does it by when, none of them the
    落款, the last no more than the others where no 落款 follows (session 19's residue). A text has one
    落款, and joint signers who print the date beside each name print the same one. The rows stand
    together, one under each task: a line of that shape a whole body away from the others (under the
    body's last point, or a forwarded notice's own 落款) is no row of theirs (diffread-A A1, A6), and
    only the few neighbouring lines are asked (A7: the walk from the region's top cost rows × lines).
    A 落款 set on one line under the body's end is the 落款 whatever stands near it (`_ends_the_body`)."""
    blocks = region.blocks
    below = range(date_at + 1, min(len(blocks), date_at + _ROW_REACH + 1))
    if _dated_signers_below(region, date_at) > date_at:
        return False  # the rows under it are the co-signers' own, each with its date: one joint 落款
    if any(_other_row(blocks[k], own) for k in below):
        return True  # a row of its shape under it: the 落款 is the text's last, so this is a schedule's row
    row = next((k for k in range(date_at - 1, max(-1, date_at - _ROW_REACH - 1), -1) if _other_row(blocks[k], own)), -1)
    return row >= 0 and not _ends_the_body(region, date_at, row)


def _other_row(b: Block, own: str) -> bool:
    """`b` is a line of organs' names and a date alone (a one-line 落款's shape) with another date than `own`."""
    if not L.date_class(b) & L.ORGAN_DATE:
        return False
    other = _date_beside_organ(b)
    return bool(other) and other != own and _signers_and_date(L.row_cells(b, L.ORGAN_CELL), other)


_ROW_REACH = 3  # a schedule's next row stands under the next task: within a task's line or two


def _ends_the_body(region: Region, date_at: int, row: int) -> bool:
    """Line `date_at` stands under the body's end (over the 附件 line GB/T 9704 sets there, 附注 and contact
    lines): its closing (特此通知, 感谢…), or, with nothing but trailer under it, a sentence of running text
    (a clause in it or a sentence's length, as `_SENTENCE_LENGTH` reads a line over the 落款) that opens with
    no number, or with a number of another kind than the task over the schedule's row `row`
    has ((二)强化督导检查。…，确保按期完成任务。 under tasks 1.…, 2.…): the line is the 落款. A schedule's
    row stands under its task (2.完成项目建设。)."""
    blocks = region.blocks
    above = _over_attachments(blocks, date_at)
    if follows_closing(region, above, above):
        return True
    if above == 0 or not region.trailer_from(date_at + 1):
        return False
    b = blocks[above - 1]
    f = b.folded.rstrip()
    if not (f.endswith(_SENTENCE_ENDS) and ("," in f or len(f) >= _SENTENCE_LENGTH)):
        return False
    marker = L.section_marker(b)
    return marker is None or row == 0 or _marker_kind(marker) != _marker_kind(L.section_marker(blocks[row - 1]))


def _over_attachments(blocks: list[Block], at: int) -> int:
    """Where the lines over `at` start that list the attachments (附件：汇总表, its numbered lines under it):
    GB/T 9704 sets them between the body and the 落款; `at` where none stands right over it."""
    k = at
    while k > 0 and P.ATTACHMENT_CONTINUATION.match(blocks[k - 1].folded):
        k -= 1
    return k - 1 if k > 0 and L.is_attachment_list(blocks[k - 1]) else at


def _marker_kind(marker: regex.Match[str] | None) -> str | None:
    """The kind of a section's or item's number (num for 1., cn_paren for （二）), None for no number."""
    if marker is None:
        return None
    return next((k for k, v in marker.groupdict().items() if v and not k.endswith("_n")), None)


def _signers_and_date(cells: list[str], date: str) -> bool:
    """Every cell is an organ's name or a seal's note (（盖章）), but one: the date, the last: no task. A
    name may carry its own seal's note (某县卫生健康局（盖章）, each joint signer printing one beside its
    name, as `dates._organ_date_line` sets it aside): the note is no part of the name (diffread-A A10).
    A line that gives no cells (one too long for a row's cell) is no such row (session 25's diffread-A A7)."""
    return (
        bool(date)
        and bool(cells)
        and cells[-1] == date
        and all(_signer_cell(c) or P.SEAL_NOTES_LINE.match(c) for c in cells[:-1])
    )


def _signer_cell(cell: str) -> bool:
    """The cell is an organ's name, once a seal's note after it is set aside (asked only where it ends on a bracket)."""
    return L.is_organ_name(P.SEAL_AFTER.sub("", cell) if cell.endswith(P.SEAL_CLOSERS) else cell)


_ROW_CELLS = 3  # a task, the organ that does it and the date: a schedule's row


def _task_before_organ(b: Block) -> bool:
    """The line's first cell is no organ's name nor a place's (完成验收　市住建局　2024年10月31日, 3　完成验收　…):
    a task or a row's number before the organ, as a 落款 never writes (its cells are organs, a seal's note
    and the date). Cells are parted by the spaces the line kept, its wide gaps and, where the layout rule
    took out one space between two ideographs, by that space when both sides hold two characters or
    more (a letter-spaced organ's name, 青 原 区 …, has one at every character)."""
    f = b.folded
    cut = min((g for g in b.gaps if g > 0), default=len(f))
    head = (f[:cut].split(None, 1) or [""])[0]
    inner = [p for p in b.spaces if 0 < p < len(head)]
    if inner:
        pieces = [head[lo:hi] for lo, hi in itertools.pairwise((0, *inner, len(head)))]
        if all(len(piece) >= 2 for piece in pieces):
            head = pieces[0]
    return bool(head) and head[-1] not in _PLACE_ENDS and not L.is_organ_name(head) and not L.is_organ_line(b)


_PLACE_ENDS = frozenset("省市县区镇乡村州旗盟")  # a place's name before its organ's (某县 石门镇人民政府)


def _date_beside_organ(b: Block) -> str:
    """The date of an organ-and-date line as written (2024年5月6日, 2024年5月), or "" for another line."""
    m = L.organ_date_match(b)
    return m.group("date") if m else ""


def _name_and_date_by_place(region: Region, date_at: int) -> bool:
    """A name no organ ending ends and the date on one line after a wide gap (南州大剧场　　2024年6月20日),
    right under the body's end with nothing but trailer after it: the 落款 by its place, as the
    name on its own line over the date is (`organs_above`)."""
    blocks = region.blocks
    return bool(L.name_date_at(blocks[date_at])) and ends_body(blocks[date_at - 1]) and region.trailer_from(date_at + 1)


def _signed_below(blocks: list[Block], date_at: int) -> bool:
    """An organ with its own date right under a date alone (完成时限 ⏎ 2024年12月31日 ⏎ 某局 ⏎ date):
    a 落款 has one date, so the organ's is it (beside the organ on its line, or under it)."""
    below = blocks[date_at + 1 : date_at + 3]
    if not below:
        return False
    if L.date_class(below[0]) & L.ORGAN_DATE:
        return True
    return len(below) > 1 and L.is_organ_line(below[0]) and bool(L.date_class(below[1]) & L.DATE_LINE)


_LABELLED_NOT_BARE = L.LABELLED_DATE | L.BARE_LABELLED_DATE  # masked: LABELLED_DATE alone is a form's row


def _in_data_row(b: Block) -> bool:
    """A row of a table with text in more than one cell: a date there is data, not a 落款's (a row of
    one cell under a joint 落款's organs, laid out in the same table, may be its date)."""
    return bool(b.table) and b.cells is not None and sum(1 for c in b.cells if c.strip()) > 1


def _date_under_each(region: Region, date_at: int) -> bool:
    """A table's row that prints one date under each of a joint 落款's organs (the same date in every
    cell with text, as a 落款 set with gaps does: `REPEATED_DATE_LINE`), with nothing but trailer after
    it: the 落款's date row, not data (a table of data may end on such a row, but the body goes on)."""
    b = region.blocks[date_at]
    filled = {c.strip() for c in b.cells or () if c.strip()}
    return len(filled) == 1 and P.DATE_LINE.match(fold(filled.pop())) is not None and region.trailer_from(date_at + 1)


_UNDER_TITLE = ("公报", "简报")  # the genres that print their organ and date in their head, none at the end
# The titles of a 简报 under other names (工作动态, 政务信息, 信息快报), whose 编发 line (某办公室编　2024年5月6日)
# signs it (schema 1.10); a title of another kind is a 简报 where an issue 第N期 stands under it.
_BRIEFS = ("简报", "信息", "动态", "快报")


def _issue_serial(state: State) -> bool:
    """The header's serial is an issue (第3期), as a 简报's is under its title."""
    serial = state.header.serial
    return serial is not None and serial.text.rstrip(")）").endswith("期")


def _compiled_by(state: State, b: Block) -> bool:
    """A 简报's 编发 line (某县人民政府办公室编　　2024年5月6日, 某办公室编印　2024年5月6日) under its title and
    issue: the organ that compiles the 简报 and its date, so its `signature` (schema 1.10, as a PDF 简报's 报头
    is read), the 编 no part of the organ's name (`trailer_fields.signature` reads it off the line)."""
    if not L.compiled_by_at(b):
        return False
    b.zone = SIGNATURE
    state.signature_date = b
    return True


_MAX_HEAD_ORGANS = 3  # joint issuers of a 公报, one a line
_HEAD_ZONES = frozenset((Zone.HEADER, Zone.CHROME))
_OPEN_ZONES = frozenset((Zone.UNSET, Zone.BODY))


def signature_under_title(state: State) -> None:
    """A 公报's organ and date printed under its title (and its serial), where no 落款 closes it (schema 1.9):
    they are its 署名 and 成文日期, so its `signature`, read from there; a 简报's 报头 gives its 编发单位 and
    date in the same place. Asked only of a document whose title ends in 公报 or 简报 and which has no
    落款; the lines must be organ lines (up to three) then a date line (or an organ beside its date on
    one line, which the header zoned), before any running text."""
    if state.signature_date is not None or state.signature_organs:
        return
    blocks = state.blocks
    last = -1  # the title's last line: the walk ends under it (the title's lines run together)
    for i, b in enumerate(blocks):
        if b.zone is Zone.TITLE:
            last = i
        elif last >= 0 and b.zone is not Zone.CHROME:
            break
    if last < 0:
        return
    title = blocks[last].folded.rstrip()
    brief = title.endswith(_BRIEFS) or _issue_serial(state)
    if not (brief or title.endswith(_UNDER_TITLE)):
        return
    k = last + 1
    while k < len(blocks) and blocks[k].zone in _HEAD_ZONES:
        if blocks[k].zone is Zone.HEADER and L.is_organ_date_line(blocks[k]):
            blocks[k].zone = SIGNATURE  # 国家统计局　　2024年2月29日, zoned a header line by its shape
            state.signature_date = blocks[k]
            return
        if brief and _compiled_by(state, blocks[k]):
            return
        k += 1
    if brief and k < len(blocks) and blocks[k].zone in _OPEN_ZONES and _compiled_by(state, blocks[k]):
        return
    if not title.endswith(_UNDER_TITLE):
        return
    organs: list[Block] = []
    while (
        k < len(blocks)
        and len(organs) < _MAX_HEAD_ORGANS
        and blocks[k].zone in _OPEN_ZONES
        and L.is_organ_line(blocks[k])
    ):
        organs.append(blocks[k])
        k += 1
    if k < len(blocks) and blocks[k].zone in _OPEN_ZONES and L.is_date_line(blocks[k]):
        for b in (*organs, blocks[k]):
            b.zone = SIGNATURE
        state.signature_organs = organs
        state.signature_date = blocks[k]


_MINUTES = "纪要"
_MINUTES_HEAD_REACH = 3  # lines between the 纪要标志 and the title (第N期, the head line)
_TITLE_REACH = 40  # the title stands among the first lines (rules/header.py's search limit)
_TITLE, _CHROME, _IMPRINT = Zone.TITLE, Zone.CHROME, Zone.IMPRINT  # (module names: a `Zone.X` look-up is dear)


# The rule returns unless the title's last line ends in 纪要 or a line above the title holds it.
MINUTES_HEAD_NEED: Need = Need(
    "a line holding 纪要 folded (`minutes_head` reads a 纪要's head only)", folded=(_MINUTES,)
)


def minutes_head(state: State) -> None:
    """A 纪要's head line (schema 1.11, contract20 4): under its 纪要标志 and 期数, above the text or above a
    title of its own, the office that prints the 纪要 and the date (`某县人民政府办公室印发　2024年5月6日`, 印发
    left out or not). It says who printed it and when, as a 版记's 印发 line does, so it is the `imprint`'s
    printed_by and printed_on where the 版记 prints none; a 纪要 signs nowhere (GB/T 9704 sets it no 落款),
    so it is no `signature`. Up to 1.10 the line was `content-unplaced`, or with 印发 the preamble's first
    paragraph. Asked only of a document whose title ends in 纪要; only the head's lines are looked at: the
    title's neighbours in the header (and the first line under them), never a line of running text."""
    blocks = state.blocks
    first = last = -1  # the title's first and last lines
    for i, b in enumerate(itertools.islice(blocks, _TITLE_REACH)):  # (the title stands among the first lines)
        zone = b.zone
        if zone is _TITLE:
            first = i if first < 0 else first
            last = i
        elif last >= 0 and zone is not _CHROME:
            break
    if last < 0:
        return
    # the title ends in 纪要, or a 纪要标志 stands above a title of its own (工作会议纪要 ⏎ 第3期 ⏎ … ⏎ 关于…纪要)
    masthead = range(max(0, first - _MINUTES_HEAD_REACH), first)
    if not blocks[last].folded.rstrip().endswith(_MINUTES) and not any(_MINUTES in blocks[k].folded for k in masthead):
        return
    below = list(range(last + 1, min(len(blocks), last + 1 + _MINUTES_HEAD_REACH)))
    above = list(range(first - 1, max(-1, first - 1 - _MINUTES_HEAD_REACH), -1))
    for run in (below, above):
        for k in run:
            b = blocks[k]
            if b.zone not in _HEAD_ZONES and not (run is below and b.zone in _OPEN_ZONES):
                break
            if "年" in b.folded and P.PRINTED_HEAD_LINE.match(b.folded.strip()) is not None:
                b.zone = _IMPRINT
                state.head_imprint = b
                return
            if b.zone in _OPEN_ZONES:
                break  # (the first line under the head: running text ends the look)
