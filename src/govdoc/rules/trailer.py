"""Find what closes the body, by content: attachments list, closing, signature, 附注, contact, 版记.

The 落款 is an organ line (or several) with a date on its line or just below, or a date alone
where it follows the body's closing or nothing but 附注, contact and 版记 follows it; the first
such candidate wins, so a regulation or plan printed after a notice's signature does not move
it, and a date standing alone inside the body (会议时间： / 2024年3月5日) is never taken for it.
What follows the signature is 附注, contact and 版记, or, when numbered sections or a printed
document's title and text follow, the body continued. An 附件 label starts attachment content, which is not body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from govdoc import patterns as P
from govdoc.numerals import cn_to_int
from govdoc.rules import lines as L
from govdoc.rules.joins import continues
from govdoc.state import Block, State, Zone

# Zones by module-level names: on Python 3.11 a `Zone.X` look-up costs several times a global's
# (the enum's metaclass hooks attribute access), and the rules ask them once per block.
_ATTACHMENTS = Zone.ATTACHMENTS
_ATTACHMENT_CONTENT = Zone.ATTACHMENT_CONTENT
_BODY = Zone.BODY
_CHROME = Zone.CHROME
_CLOSING = Zone.CLOSING
_CONTACT = Zone.CONTACT
_IMPRINT = Zone.IMPRINT
_NOTE = Zone.NOTE
_SIGNATURE = Zone.SIGNATURE
_TITLE = Zone.TITLE
_ISSUER = Zone.ISSUER
_TRAILER = Zone.TRAILER
_UNSET = Zone.UNSET

_MAX_ORGAN_LINES = 4
_MAX_WRAPPED_LINES = 8
_MAX_TITLE_LINES = 3
_STOPS = frozenset("。!?")
_GAP_CHARS = " \t"
_WIDE_SPACE = regex.compile(r"[ ]{2,}|[ ]*\t[ \t]*")  # a run of spaces, or a tab (a Word copy's)


def _unset(state: State) -> list[Block]:
    return [b for b in state.blocks if b.zone is _UNSET]


def site_footer(state: State) -> None:
    """A website's footer at the page's end (主办单位, 网站标识码, ICP备 …) is chrome, contact labels in it too.

    The footer starts at its first line of site-identification words; contact lines from there
    on (联系电话 of the site's office) are the site's, not the document's. Only the trailing run of
    the page is looked at: footer, chrome and contact lines with nothing else after them.
    """
    blocks = state.blocks
    start = len(blocks)
    while start > 0 and _in_footer_run(blocks[start - 1]):
        start -= 1
    first = next((i for i in range(start, len(blocks)) if _is_site_footer(blocks[i])), None)
    if first is None or not any(P.SITE_MARK.search(b.folded) for b in blocks[first:]):
        return
    for b in blocks[first:]:
        if b.zone is _UNSET:
            b.zone = _CHROME


def _is_site_footer(b: Block) -> bool:
    return len(b.folded) <= 160 and bool(P.SITE_FOOTER.search(b.folded))


def _in_footer_run(b: Block) -> bool:
    return b.zone is _CHROME or _is_site_footer(b) or (b.zone is _UNSET and L.is_contact_line(b))


def attachment_content(state: State) -> None:
    """From a bare 附件 label on, the attachment's content; only 版记 lines there still count."""
    rest = _unset(state)
    content = next(
        (
            i
            for i, b in enumerate(rest)
            # each test needs the line's 附件 match: a line without one is passed over on that answer
            if L.attachment_match(b) is not None
            and ((L.is_attachment_label(b) and not _opens_list(rest, i)) or _titled_label(rest, i))
        ),
        len(rest),
    )
    for b in rest[content:]:
        b.zone = _IMPRINT if L.is_imprint_line(b) else _ATTACHMENT_CONTENT


def signature_block(state: State) -> None:
    """The 落款: organ lines (or none) and the date line, by the first candidate the evidence accepts."""
    region = _unset(state)
    known = _Region(region)  # what is known of the region's tail, computed once for every search below
    found = _signature(known)
    if found is None:
        flat = _flattened(known)
        if flat is not None:
            state.signature_date, state.signature_from = flat  # the line stays the body's (or the closing's)
            return
        on_contact = _on_contact_line(known)
        if on_contact is not None:
            state.signature_date, state.signature_from = on_contact  # the line stays the contact's
            return
        undated = _undated(known)
        if undated is not None:
            top, end = undated
            for b in region[top:end]:
                b.zone = _SIGNATURE
            state.signature_organs = _organ_lines(region[top:end])
        return
    top, date_at = found
    top = _below_a_listed_run(state, region, top, date_at)
    if top == date_at and _organ_under_date(region, date_at):
        region[date_at + 1].zone = _SIGNATURE  # the date written first, the organ under it
        state.signature_organs = [region[date_at + 1]]
        state.signature_date = region[date_at]
        region[date_at].zone = _SIGNATURE
        return
    state.signature_date = region[date_at]
    for b in region[top : date_at + 1]:
        b.zone = _SIGNATURE
    state.signature_organs = _organ_lines(region[top:date_at])


def _organ_lines(blocks: list[Block]) -> list[Block]:
    """The 落款's lines that name its organs: not a seal's note or a lone label (答复单位：, 答复日期：)."""
    return [b for b in blocks if not (P.SEAL_OR_HEAD_LINE.match(b.folded) or L.signature_label_only(b))]


def _below_a_listed_run(state: State, region: list[Block], top: int, date_at: int) -> int:
    """Where a joint 落款 starts under a list: `_organs_above` keeps only the organ over the date
    when the organ lines stand under a line that announces them (…对以下单位予以通报表扬： / 某镇中心学校
    / 某县实验小学 / 某县教育局 / 某县财政局 / date); the organs right above that one which the title or
    the letterhead names are its co-signers, the rest the list."""
    if top != date_at - 1 or top == 0 or not L.is_organ_line(region[top - 1]):
        return top
    named = "".join(b.folded for b in state.blocks if b.zone is _TITLE or b.zone is _ISSUER)
    while top > 0 and L.is_organ_line(region[top - 1]) and region[top - 1].folded.strip() in named:
        top -= 1
    return top


def _organ_under_date(region: list[Block], date_at: int) -> bool:
    """A 落款 written date first: an organ line right under a date with no organ above it, and
    not the 印发 organ of a print line that follows."""
    below = region[date_at + 1 : date_at + 3]
    return bool(below) and L.is_organ_line(below[0]) and not (len(below) > 1 and _printed_line(below[1]))


def after_signature(state: State) -> None:
    """What follows the 落款: 附注, contact, 版记, attachment lists, or the body continued."""
    last = state.signature_date or (state.signature_organs[-1] if state.signature_organs else None)
    if last is None:
        return
    at = state.blocks.index(last)
    _after_signature([b for b in state.blocks[at + 1 :] if b.zone is _UNSET])


def body_end(state: State) -> None:
    """Before the 落款: the attachment list, then contact and 附注 lines, the closing, and the body."""
    before = _unset(state)
    _mark_attachment_lists(before)
    end = next((i for i, b in enumerate(before) if b.zone is _ATTACHMENTS), len(before))
    for b in before[end:]:
        if b.zone is _UNSET:
            b.zone = L.tail_zone(b) or _TRAILER
    _peel_tail(state, before[:end])


def closing_then_organ(state: State) -> None:
    """A 落款's organ that a flattened copy wrote on the closing's line after a wide gap
    (`特此答复。          某市教育局` over the date): the organ becomes a line of its own again.

    The text before the gap must end in a closing (a formula or thanks after the last stop), the
    text after it must read as an organ line, and the date must be the next line or nothing but
    trailer may follow; a closing followed by anything else after a gap stays as it is.
    """
    region = _Region(_unset(state))
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


TRAILER_RULES: tuple[tuple[str, Callable[[State], None]], ...] = (
    ("site_footer", site_footer),
    ("attachment_content", attachment_content),
    ("closing_then_organ", closing_then_organ),
    ("signature_block", signature_block),
    ("after_signature", after_signature),
    ("body_end", body_end),
)


def find_trailer(state: State) -> None:
    """All trailer zoning rules in order (the pipeline runs them as separate named rules)."""
    for _, rule in TRAILER_RULES:
        rule(state)


@L.per_line
def _appended_form_title(b: Block) -> bool:
    f = b.folded.strip()
    return f[-1:] in "表执单" and bool(P.APPENDED_FORM_TITLE.match(f))


def _organs_above(region: list[Block], date_at: int) -> int:
    """Index of the first organ (or seal) line right above the date line."""
    top = date_at
    while top > 0 and date_at - top < _MAX_ORGAN_LINES:
        above = region[top - 1]
        if not (L.is_organ_line(above) or P.SEAL_OR_HEAD_LINE.match(above.folded) or L.is_labelled_organ_line(above)):
            if L.signature_label_only(above) == L.ORGAN_LABEL_ONLY and _names_organ(region[top]):
                top -= 1  # 答复单位： alone over the organ lines: the 落款's head, and its top
            elif top < date_at and _wrapped_organ_head(above, region[top]):
                top -= 1  # an organ's name wrapped before its ending: its head is the 落款's too
            break
        if above.table and not _signing_table(region, above.table, region[date_at]):
            break
        top -= 1
    if top < date_at - 1 and top > 0 and _introduces(region[top - 1]):
        return date_at - 1  # the organ lines are what the line above introduces; the 落款 is the last
    return top


def _names_organ(b: Block) -> bool:
    """An organ line, or an organ and the date on one line: what a lone 答复单位： label stands over."""
    return L.is_organ_line(b) or bool(L.date_class(b) & L.ORGAN_DATE)


def _introduces(b: Block) -> bool:
    """A line that announces a list of lines under it: a sentence or heading ending on a colon
    (由以下单位负责：), not a label (主办单位：), or a heading naming units (（二）牵头单位, 三、责任部门).
    Organ lines under it are its list, so of a stack of organ lines right under it only the last
    one (with the date under it) is the 落款. A heading of another title (二、扎实做好安全生产) announces
    no list: a joint 落款 may stand right under it when it has no body."""
    f = b.folded.rstrip(" ")
    marker = L.section_marker(b)
    if marker is not None:
        return f.endswith(":") or f.rstrip("。").endswith(_UNIT_WORDS)
    return f.endswith(":") and not L.is_key_value(b)


_UNIT_WORDS = ("单位", "部门")


def _wrapped_organ_head(above: Block, below: Block) -> bool:
    """`above` is the head of an organ's name whose ending alone `below` holds (…住房和城乡建设 ⏎ 管理委员会);
    before an office's ending alone (办公室) the head is the organ it serves, so it ends like one."""
    f = above.folded.strip()
    ending = below.folded.strip()
    return (
        bool(P.ORGAN_ENDING_ONLY.match(ending))
        and bool(P.ORGAN_NAME_HEAD.match(f))
        and not f.startswith(P.NOT_A_NAME_HEAD)
        and not (ending in P.OFFICE_OF_ENDINGS and not P.ORGAN_SUFFIX.search(f))  # 确保安全稳定 ⏎ 办公室
        and not P.CLOSING_STRONG.match(f)
    )


def _signing_table(region: list[Block], table: int, date: Block) -> bool:
    """A table whose rows of organ cells are a joint 落款: the date stands in it (a one-cell row under
    the organs), or every row of it names organs. A table of data whose rows happen to be organs
    (牵头单位 | 配合单位 over 市水务局 | 市财政局) stays the body's, its head row being no organs."""
    return date.table == table or all(
        L.is_organ_line(b) or L.is_labelled_organ_line(b) or P.SEAL_OR_HEAD_LINE.match(b.folded)
        for b in region
        if b.table == table
    )


@dataclass(slots=True)
class _Region:
    """The blocks where the 落款 may stand, with what is known of their tail computed once."""

    blocks: list[Block]
    _trailer_from: list[bool] | None = None

    def trailer_from(self, i: int) -> bool:
        """Nothing but trailer from block `i` to the end (computed for all positions in one pass)."""
        if self._trailer_from is None:
            n = len(self.blocks)
            ok = [True] * (n + 1)
            for k in range(n - 1, -1, -1):
                # running text below settles it: the line itself is asked only while all below is trailer
                ok[k] = _is_note_start(self.blocks[k]) or (ok[k + 1] and not _blocks_trailer(self.blocks, k))
            self._trailer_from = ok
        return self._trailer_from[i]


def _is_note_start(b: Block) -> bool:
    return L.is_note_label_line(b)  # a labelled 附注 runs to the end


def _blocks_trailer(blocks: list[Block], k: int) -> bool:
    """Block `k` is running text, which no trailer holds (附注, contact, 版记, 主题词, an information table)."""
    b = blocks[k]
    if L.tail_zone(b) or L.is_attachment_list(b) or L.is_key_value(b) or b.table:
        return False
    previous = blocks[k - 1] if k > 0 else None
    if previous is not None and P.ATTACHMENT_CONTINUATION.match(b.folded) and L.is_attachment_list(previous):
        return False
    return L.is_prose(b) and not (previous is not None and _continues_cc(previous, b))


def _follows_closing(region: _Region, top: int, date_at: int) -> bool:
    """Only 附注 and contact lines stand between the body's closing and this point."""
    blocks = region.blocks
    i = top - 1
    while i >= 0 and L.tail_zone(blocks[i]) is not None:
        i -= 1
    if i < 0:
        return False
    head = _paragraph_head(blocks, i)
    return L.closing_strength("".join(b.folded for b in blocks[head : i + 1]))[1]


def _only_trailer_after(region: _Region, top: int, date_at: int) -> bool:
    """No running text follows the date: only 附注, contact, 版记, 主题词, a page's information table."""
    return region.trailer_from(date_at + 1)


def _document_follows(region: _Region, top: int, date_at: int) -> bool:
    """A printed or forwarded document starts after the date: a title (maybe wrapped) ending in a type."""
    blocks = region.blocks
    title = ""
    start = date_at + 1
    while start < len(blocks) and L.is_note_line(blocks[start]):
        start += 1  # （此件公开发布） stands between the date and what it prints
    for b in blocks[start : start + _MAX_TITLE_LINES]:
        if not L.is_title_like(b):
            break
        title += b.text.strip()
        if L.ends_with_kind(title):
            return True
    return False


def _note_follows(region: _Region, top: int, date_at: int) -> bool:
    """A 附注 in brackets right under the date ((此件公开发布)): GB/T 9704 puts it under the 成文日期."""
    return date_at + 1 < len(region.blocks) and L.is_note_line(region.blocks[date_at + 1])


# What makes a date standing alone the 成文日期 of a 落款 without an organ line, in order.
LONE_DATE_EVIDENCE: list[Callable[[_Region, int, int], bool]] = [
    _note_follows,
    _follows_closing,
    _only_trailer_after,
    _document_follows,
]


def _signature(region: _Region) -> tuple[int, int] | None:
    """(first organ line, date line) of the 落款, or None where the page has none.

    Some body must stand before it. An organ line with the date: the first one. A date alone:
    by `LONE_DATE_EVIDENCE` (a 附注 under it, the closing above it, nothing but trailer after
    it, a printed document after it); never the value of a label on the line above (会议时间：).
    """
    blocks = region.blocks
    for date_at in range(1, len(blocks)):
        b = blocks[date_at]
        dated = L.date_class(b)  # a date line, an organ and date, a labelled date: 0 for most lines
        # a date in a table's data row is the table's, unless its label says it is the 落款's (答复日期 | …,
        # a form's row; a bare 日期 row never)
        if not dated or (_in_data_row(b) and (dated & _LABELLED_NOT_BARE) != L.LABELLED_DATE):
            continue
        top = _organs_above(blocks, date_at)
        if top == 0:
            continue  # an organ and date opening the region: a page's publishing line, not the 落款
        if top < date_at or dated & L.ORGAN_DATE or L.labelled_organs(b):
            return top, date_at
        if dated & L.BARE_LABELLED_DATE:
            continue  # 日期：… with no organ over it: a page's publishing date as often as the 落款's
        if dated & L.DATE_LINE and L.signature_label_only(blocks[date_at - 1]) == L.DATE_LABEL_ONLY:
            top = _organs_above(blocks, date_at - 1)  # 答复日期： ⏎ the date: the organ stands over the label
            if 0 < top < date_at - 1:
                return top, date_at
            continue  # a labelled date with no organ over it: as a label's value, no 落款
        if L.last_date_at(b):
            continue  # different dates side by side are joint signers' only under their organs: a table's 起止 row
        if blocks[date_at - 1].folded.rstrip().endswith(":") or L.has_clock(b):
            continue  # a label's value (会议时间：), or a timestamp with no organ over it (a page's own)
        if _signed_below(blocks, date_at):
            continue  # an organ with its own date follows: that is the 落款, this date the body's
        if any(evidence(region, top, date_at) for evidence in LONE_DATE_EVIDENCE):
            return top, date_at
    return None


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


def _on_contact_line(region: _Region) -> tuple[Block, int] | None:
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


def _undated(region: _Region) -> tuple[int, int] | None:
    """(first, last + 1) organ lines of a 落款 without a date: the page cut it off, or never printed one.

    Only organ lines right after the body's closing count, with nothing but 附注, contact and
    版记 lines after them (a site's footer is chrome by then): an organ's name alone anywhere
    else may be a heading or a name the page cut from its sentence.
    """
    blocks = region.blocks
    last = next((i for i in range(len(blocks) - 1, 0, -1) if L.is_organ_line(blocks[i])), None)
    if last is None or not all(L.tail_zone(b) for b in blocks[last + 1 :]):
        return None  # a line of unknown shape after the organ may be the date it is not read as
    top = _organs_above(blocks, last)
    if top == 0 or not _follows_closing(region, top, last):
        return None
    return top, last + 1


def _flattened(region: _Region) -> tuple[Block, int] | None:
    """The body's last line with the 落款 flattened onto its end, and where the 落款 starts on it.

    Only the last line of running text is looked at, and only where nothing but trailer follows
    it; an organ before the date must read as an organ's name.
    """
    blocks = region.blocks
    for i in range(len(blocks) - 1, 0, -1):
        if not _blocks_trailer(blocks, i):
            continue
        b = blocks[i]
        m = P.FLATTENED_SIGNATURE.search(b.folded, 0, L.date_end(b)) if region.trailer_from(i + 1) else None
        organ = m.group("organ") if m else None
        if m is None or (organ is not None and not L.is_organ_name(organ)):
            return None
        parts = [m.start("organ"), m.start("date")] if organ is not None else [m.start("date")]
        if not all(_spaced_at(b, at) for at in parts):
            return None  # written on in the sentence (…于2024年6月12日): no 落款
        return b, parts[0]
    return None


def _spaced_at(b: Block, at: int) -> bool:
    """A space, or a layout gap the text lost, stands right before offset `at` of the line."""
    return b.folded[at - 1 : at] == " " or at in b.gaps or at in b.spaces


def _printed_line(b: Block) -> bool:
    """An `…印发` line of the 版记."""
    return L.is_printed_line(b.folded)


def _continues_cc(previous: Block, b: Block) -> bool:
    """A 抄送 list wrapped onto the next line: the list had not ended, this line ends it."""
    m = P.CC_LINE.match(previous.folded)
    if m is None or previous.folded.rstrip().endswith(("。", ".")):
        return False
    f = b.folded.strip()
    return len(f) <= 80 and not P.DATE.search(f) and (f.endswith(("。", ".")) or "," in f or "、" in f)


def _titled_label(blocks: list[Block], i: int) -> bool:
    """`附件1：调剂原则` over `一、统筹使用`: an attachment's own label written with its title, its
    content's first heading under it (an 附件说明 goes on with the next number, an organ or a date)."""
    b = blocks[i]
    if not b.folded.startswith("附") or i + 1 >= len(blocks):
        return False
    m = L.attachment_match(b)
    if m is None or not m.group("label_n") or m.group("colon") != ":" or not m.group("name").strip():
        return False
    below = blocks[i + 1]
    if L.section_marker(below) is None or L.is_attachment_list(below):
        return False
    more = P.ATTACHMENT_CONTINUATION.match(below.folded)
    label = m.group("label_n")
    return not (more and label.isdigit() and int(more.group("n")) == int(label) + 1)


def _opens_list(blocks: list[Block], i: int) -> bool:
    return L.opens_attachment_list(blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None)


def _mark_attachment_lists(blocks: list[Block]) -> None:
    i = 0
    while i < len(blocks):
        # both ask the line's 附件 match first: a line without one is passed over on that answer alone
        if (
            blocks[i].zone is _UNSET
            and L.attachment_match(blocks[i]) is not None
            and (L.is_attachment_list(blocks[i]) or _opens_list(blocks, i))
        ):
            blocks[i].zone = _ATTACHMENTS
            first = L.attachment_match(blocks[i])
            cn_next = 2 if first is not None and first.group("cn_n") else 0  # 附件：一、… goes on with 二、
            i += 1
            while i < len(blocks) and (
                (len(blocks[i].folded) <= 80 and _continues_list(blocks[i]))
                or L.continues_attachment_name(blocks[i - 1], blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None)
                or (cn_next and cn_item_number(blocks[i]) == cn_next)
            ):
                blocks[i].zone = _ATTACHMENTS
                cn_next = cn_next and cn_next + 1
                i += 1
            continue
        i += 1


def cn_item_number(b: Block) -> int | None:
    """The number of a later item of a list numbered with ideographs (二、乙表 → 2), else None."""
    m = P.ATTACHMENT_CN_ITEM.match(b.folded) if b.folded[:1] in _CN_ITEM_FIRST else None
    return cn_to_int(m.group("cn")) if m else None


_CN_ITEM_FIRST = frozenset("二三四五六七八九十(")  # 二、乙表 or (二)乙表, folded


def _continues_list(b: Block) -> bool:
    return bool(P.ATTACHMENT_CONTINUATION.match(b.folded)) or L.is_attachment_table_head(b)


def _paragraph_head(body: list[Block], i: int) -> int:
    """The first line of the paragraph that line `i` ends, when hard wraps cut it into lines."""
    head = i
    while head > 0 and i - head < _MAX_WRAPPED_LINES and continues(body[head - 1], body[head]):
        head -= 1
    return head


_DATE_FRAGMENT_MESSAGE = "成文日期缺少年月，未作解析 (a date that lost its year and month, left unparsed)"


def _peel_tail(state: State, body: list[Block]) -> None:
    """Contact and 附注 lines, then the closing, peeled off the end of the body."""
    end = len(body)
    while end > 0:
        last = body[end - 1]
        zone = L.tail_zone(last)
        if zone is None and end >= 2 and _lost_label_under_contact(last, body[end - 2]):
            zone = _CONTACT
        if zone is None and L.is_date_fragment_line(last):
            zone = _NOTE
            state.warn("date-unparsed", _DATE_FRAGMENT_MESSAGE, last, 0, len(last.text))
        if zone is None:
            break
        last.zone = zone
        end -= 1
    start = end
    strong = False
    while start > 0:
        head = _paragraph_head(body, start - 1)
        closing, is_strong = L.closing_strength(_text_before_signature(state, body[head:start]))
        if not closing:
            break
        strong = strong or is_strong
        start = head
    if strong:
        for b in body[start:end]:
            b.zone = _CLOSING
    else:
        start = end
        _closing_run_on(state, body[end:], body[end - 1] if end > 0 else None)
    for b in body[:start]:
        if b.zone is _UNSET:
            b.zone = _BODY
    # Labelled contact lines in the body's last stretch (before the closing) still belong to the
    # contact; a sentence there (如需了解…，可咨询县社保中心，咨询电话：…) is the answer's own prose,
    # and a row of a table of data in the body stays in its table (its rows are the table's, in
    # order); a table whose every row is a contact line is the contact's.
    for b in reversed(body[:start]):
        if (
            not L.is_contact_line(b)
            or P.CONTACT_SENTENCE.match(b.folded)
            or (b.table and not _contact_table(body, b.table))
        ):
            break
        b.zone = _CONTACT


def _contact_table(body: list[Block], table: int) -> bool:
    """Every row of the table is a contact line (联系人：… | 联系电话：…): the contact printed in a
    table, not a table of data whose last row happens to be a label (姓名 | 职务 over 邮箱 | empty)."""
    return all(L.is_contact_line(b) for b in body if b.table == table)


def _closing_run_on(state: State, peeled: list[Block], last_body: Block | None) -> None:
    """A closing written on at a line's end: 特此公告。 after the last contact or 附注 value before the
    落款 (…电话：12345678，特此公告。), or formula sentences ending the body's last line (…完工。此复。)."""
    last = peeled[-1] if peeled else None
    m = P.CLOSING_RUN_ON.search(last.folded.rstrip()) if last is not None else None
    if last is not None and m is not None:
        state.closing_run_on = (last, m.start("closing"))
        return
    at = L.closing_run_on_start(_text_before_signature(state, [last_body]).rstrip()) if last_body is not None else None
    if last_body is not None and at is not None:
        state.closing_run_on = (last_body, at)


def _lost_label_under_contact(b: Block, above: Block) -> bool:
    """`: 孟某` under `联系电话：…`: a contact value whose label the page lost, still the contact's."""
    return bool(P.LOST_LABEL_VALUE.match(b.folded)) and L.tail_zone(above) is _CONTACT


def _text_before_signature(state: State, blocks: list[Block]) -> str:
    """The lines' folded text, up to the 落款 where it was flattened onto the last of them."""
    text = "".join(b.folded for b in blocks)
    if blocks and blocks[-1] is state.signature_date and state.signature_from:
        text = text[: len(text) - len(blocks[-1].folded) + state.signature_from].rstrip()
    return text


def _after_signature(after: list[Block]) -> None:
    form = next((i for i, b in enumerate(after) if _appended_form_title(b)), len(after))
    for b in after[form:]:  # a form appended after the 落款: its title and rows are attachment content
        b.zone = _IMPRINT if L.is_imprint_line(b) else _ATTACHMENT_CONTENT
    after = after[:form]
    leftovers: list[Block] = []
    in_note = False  # under a 附注 label: its numbered points are the note's, not sections
    for i, b in enumerate(after):
        zone = L.tail_zone(b)
        in_note = L.is_note_label_line(b) or (in_note and zone is None and bool(P.NOTE_ITEM.match(b.folded)))
        if in_note and zone is None:
            zone = _NOTE
        if zone is None and i > 0 and _continues_cc(after[i - 1], b):
            zone = _IMPRINT
        if zone is None and i + 1 < len(after) and _printed_line(after[i + 1]) and L.is_organ_line(b):
            zone = _IMPRINT
        if zone is not None:
            b.zone = zone
        else:
            leftovers.append(b)
    _mark_attachment_lists(leftovers)
    leftovers = [b for b in leftovers if b.zone is _UNSET]
    continued = any(L.section_marker(b) for b in leftovers) or _printed_after(after, leftovers)
    for b in leftovers:
        b.zone = _BODY if continued else _TRAILER


_PRINTED_OVER = frozenset((_NOTE, _CONTACT))  # (此件公开发布), a contact note: what may stand over a printed title


def _printed_after(after: list[Block], leftovers: list[Block]) -> bool:
    """A document the notice prints opens the lines left after its 落款, though none is numbered
    (某县农村道路养护实施方案 ⏎ 为加强…。 ⏎ 各乡镇要…。): its title, maybe wrapped, ending in a type or
    genre (方案, 办法, 工作要点, 应急预案) right under the 落款 and its 附注, and text under the title.
    Those lines are the body continued, as numbered sections there are; a title after the 版记, or
    with nothing under it, is no printed document."""
    if not leftovers or any(b.zone not in _PRINTED_OVER for b in after[: after.index(leftovers[0])]):
        return False
    title = ""
    for k, b in enumerate(leftovers[:_MAX_TITLE_LINES]):
        if not L.is_title_like(b) or b.folded.rstrip().endswith("。"):
            return False
        title += b.folded.strip()
        if L.ends_with_kind(title) or L.ends_with_unlisted_genre(title):
            return k + 1 < len(leftovers)
    return False
