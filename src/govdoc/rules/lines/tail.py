"""The trailer's lines of their own: contact, 附注 (notes, 签发人, 审核人, answer category) and
版记 (抄送, …印发); `tail_zone` says which of the three a line opens."""

from __future__ import annotations

import regex

from govdoc import patterns as P
from govdoc.fields.contact import phone_shape_at_end
from govdoc.rules.lines.base import per_line, per_line_where
from govdoc.rules.lines.head import is_signer_line
from govdoc.state import Block, Zone


def _may_be_contact(b: Block) -> bool:
    """The first test of each way `is_contact_line` reads a contact line, together (tests/test_tail_speed.py
    holds them to it): running text with no colon, longer than a label, is none."""
    f = b.folded
    return (
        ":" in f
        or "\t" in f  # a label before its colon or tab
        or f[:1] in _SENTENCE_OPENS  # a sentence saying whom to contact
        or len(f) <= _MAX_BARE_LABEL  # a label alone
        or bool(b.gaps)
        or "  " in f  # a label's cell before a wide gap
        or bool(b.spaces)
        or " " in f[1 : _LABEL_CELL_REACH + 1]  # … or one space (联系人 韩某, 电话 0511-…)
        or ";" in f[1 : _LABEL_CELL_REACH + 1]  # … or the colon OCR read as a semicolon (联系人;蒋某)
    )


@per_line_where(_may_be_contact, False)
def is_contact_line(b: Block) -> bool:
    """A labelled contact line (`联系人：…`), a contact label standing alone (`联系人`), or a sentence
    that says whom to contact and gives the labelled number (如有疑问，请与…联系，电话：…). A table row
    is read from its first cell with text: the label cell merged down from the row above (w:vMerge, a
    rowspan) leaves the rows under it an empty first cell."""
    f = b.folded
    if f[:1] == "\t" and b.cells is not None:
        f = f.lstrip("\t")
    return (
        ((":" in f or "\t" in f or ";" in f) and bool(P.CONTACT_LINE.match(f)))
        # 如有疑问，请与…联系，电话：… / 请致电0571-…: the number labelled, or called after a verb; the
        # first character, then the anchored pattern (a digit scan reads the whole line)
        or (_opens_sentence(f) and bool(P.CONTACT_SENTENCE.match(f)) and (":" in f or any(c.isdigit() for c in f)))
        or is_bare_contact_label(f)
        or _contact_label_cell(b)
    )


def phone_cut(upper: str, lower: str) -> bool:
    """A phone the width or a page end cut: the folded line `upper` ends on a phone's first digits
    (`联系电话：0734-8821`, `…电话：057`) and `lower` holds nothing but its other digits (`5566`, `1-88881234`),
    the two pieces one phone where neither is one alone, read by the shape the contact's reading asks of the line's
    last label (`fields.contact.phone_shape_at_end`). Asked by the cut trailer lines' join and by the peel of the
    body's end, which meets the rest before the line it carries on."""
    end = upper.rstrip()
    if not (end[-1:].isdigit() or end.endswith("-")):
        return False
    rest = lower.strip()
    head = P.PHONE_CUT_HEAD.search(end) if P.PHONE_CUT_REST.match(rest) else None
    return head is not None and phone_shape_at_end(end).fullmatch(head.group() + rest) is not None


def is_bare_contact_label(f: str) -> bool:
    """A contact label standing alone (`联系人`, `联系电话：`), `f` a line's folded text without its
    edges: its value, if any, on the line under it (a table a converter flattened a cell a line).
    The one test the contact's zone, its pairing and `content-unplaced` all ask (diffread-A A7)."""
    return len(f) <= _MAX_BARE_LABEL and P.BARE_CONTACT_LABEL.match(f) is not None


def is_contact_label_row(b: Block) -> bool:
    """A table's row whose every cell is a contact label alone (`| 联系人 | 联系电话 |`): the contact set as a
    table of labels over values, each value in the cell under its label in the row below (the contract's
    contact "wherever it stands"; the trailer's zoning and the contact's pairing ask it, and `content-unplaced`)."""
    cells = b.cells
    if cells is None or len(cells) < 2:
        return False
    folded = b.folded.split("\t")
    return len(folded) == len(cells) and all(is_bare_contact_label(c.strip()) for c in folded)


_CELL_EDGES = ",;， \t"  # what parts a contact line's cells (folded: ， is , and ； is ;)


def ends_on_bare_contact_label(f: str) -> bool:
    """A contact line whose last cell is a contact label with its colon and no value (`联系人：李某，联系电话：`,
    `f` its folded text without its edges): the value stands on the next line (a page end or a wrap cut the
    line there, review24 R6), as under a label alone on its line (`is_bare_contact_label`)."""
    if not f.endswith(":"):
        return False
    cut = max(f.rfind(c) for c in _CELL_EDGES)
    return cut > 0 and is_bare_contact_label(f[cut + 1 :].strip())


_SENTENCE_OPENS = ("如", "若")  # CONTACT_SENTENCE's first characters (如有, 若需 …; tests/test_rule_speed.py)
_MAX_BARE_LABEL = 12


def _opens_sentence(f: str) -> bool:
    return f[:1] in _SENTENCE_OPENS


def _contact_label_cell(b: Block) -> bool:
    """A contact label set off from its value by a wide gap, not a colon: the label's cell and the
    value's of a ruled table on a fixed-layout page (联系人 | 王某), read as one line. The gap stays
    in the text after a label (联系电话  0571-…) or, between CJK characters, is noted in `gaps`.
    A cell's value is a name, a number or an address, never a sentence: a justified body line that
    opens with such a word (电话回访情况  我局已于…，…) is prose."""
    f = b.folded
    wide = f.find("  ")
    edges = [*b.gaps, wide] if wide > 0 else list(b.gaps)
    # A single space (OCR lost the colon: 联系人 韩某, 电话 0511-…) parts a label from a short value of
    # one cell: the line's only space, removed between CJK characters (`spaces`) or kept before a
    # digit (a table's head row, 承办单位 答复日期 答复内容, has several).
    one = f.find(" ")
    narrow = [*b.spaces, one] if one > 0 else list(b.spaces)
    if len(narrow) == 1 and f.count(" ") <= 1 and len(f) - narrow[0] <= _MAX_NARROW_VALUE:
        edges += narrow
    if not edges or any(c in f for c in _CELL_PROSE):  # most lines have no gap to ask about
        return False
    return any(0 < g <= _LABEL_CELL_REACH and P.CONTACT_LABEL_CELL.fullmatch(f, 0, g) for g in edges)


_LABEL_CELL_REACH = 12  # 联系人, 联系电话, 联系单位, 承办处室联系人: a label cell is short
_MAX_NARROW_VALUE = 24  # a name, a phone with its extension: a value one space from its label is short
_CELL_PROSE = frozenset("。,;!?")


def _may_be_tail(b: Block) -> bool:
    """The first test of each tail class, together (tests/test_tail_speed.py holds them to the classes)."""
    f = b.folded
    return (
        _may_be_contact(b)  # also a reviewer's or an answer category's label before its colon
        or f[:1] in _TAIL_OPENS
        or "签" in f
        or "署名" in f  # a 签发人 line
        or (f[-1:] in _PRINTED_ENDS and P.PRINTED_LINE_CHAR in f)
    )


_NO_TAIL: Zone | None = None


@per_line_where(_may_be_tail, _NO_TAIL)
def tail_zone(b: Block) -> Zone | None:
    """The trailer zone a line of its own belongs to (contact, 附注, 版记), or None: the tail class,
    asked of the same lines by the 落款 search, the lines after it and the body's end. Running text
    with no colon, longer than a label, is answered at once (`_may_be_tail`)."""
    if is_contact_line(b):
        return _CONTACT
    if (
        is_note_line(b)
        or is_signer_line(b)
        or is_reviewer_line(b)
        or is_category_line(b)
        or is_disclosure_line(b)
        or is_note_label_line(b)
    ):
        return _NOTE
    if is_imprint_line(b):
        return _IMPRINT
    return None


_CONTACT, _NOTE, _IMPRINT = Zone.CONTACT, Zone.NOTE, Zone.IMPRINT


@per_line
def is_note_line(b: Block) -> bool:
    """A bracketed note such as `（此件公开发布）`, the 附注, unless it is a bracketed contact line or a
    task's units (`（牵头单位：…）`), which the body's plan or opinion writes under the task. A note giving the
    contact with its labels (（此件公开发布，联系人：周某，联系电话：…，…）) is as long as its values make it
    (`CONTACT_NOTE_LINE`), no bare note's length (fixA27: 44 characters, a second number, was no note)."""
    f = b.folded
    return (
        f[:1] in _NOTE_OPENS
        and bool(P.NOTE_LINE.match(f) or (P.NEXT_CONTACT_CELL.search(f) and P.CONTACT_NOTE_LINE.match(f)))
        and not is_contact_line(b)
        and not P.TASK_UNITS_NOTE.match(f)
    )


_NOTE_OPENS = "(【〔"


def is_note_label_line(b: Block) -> bool:
    """注：… / 附注：… / 备注：…: a labelled note that starts the 附注."""
    return b.folded[:1] in _NOTE_LABEL_OPENS and bool(P.NOTE_LABEL_LINE.match(b.folded))


_NOTE_LABEL_OPENS = "注附备"


def is_reviewer_line(b: Block) -> bool:
    """审核人：…, 拟稿人：…: who reviewed or drafted the document, a line of the trailer."""
    return ":" in b.folded[:6] and bool(P.REVIEWER_LINE.match(b.folded))


@per_line
def is_category_line(b: Block) -> bool:
    """办复类别：B类, 办理结果：解决采纳: a labelled answer category, a line of the trailer."""
    m = P.KEY_VALUE.match(b.folded) if ":" in b.folded and len(b.folded) <= 40 else None
    return m is not None and m.group("key") in P.CATEGORY_KEYS and m.group("key") not in ("类别", "分类")


@per_line
def is_disclosure_line(b: Block) -> bool:
    """公开方式：主动公开, 公开属性：依申请公开: a labelled 公开属性 on a line of its own under the 落款,
    a line of the trailer like the labelled category. A notice that prints its plan after the 落款
    puts it there, over the plan's title: it is the notice's, not the plan's first line."""
    m = P.KEY_VALUE.match(b.folded) if ":" in b.folded and len(b.folded) <= _LABELLED_LINE else None
    return m is not None and m.group("key") in P.DISCLOSURE_KEYS and bool(P.DISCLOSURE_VALUE.search(m.group("value")))


_LABELLED_LINE = 40


def cc_line(b: Block) -> regex.Match[str] | None:
    """A 抄送 (抄报, 分送) line: its label and a colon, or its label and the space a page set for the colon
    (`抄送　某局，某局。`), the space gone from the text between two ideographs but noted on the block."""
    f = b.folded
    if f[:1] not in P.CC_LINE_FIRST:
        # the colon right after the one word (报：…) or after 报送/发送 (报送：…)
        colon = f[1:3].lstrip(" ")[:1] == ":" or (f[1:2] == "送" and f[2:4].lstrip(" ")[:1] == ":")
        return P.BRIEF_CC_LINE.match(f) if f[:1] in P.BRIEF_CC_FIRST and colon else None
    m = P.CC_LINE.match(f)
    if m is None and (b.gaps or b.spaces):
        m = P.CC_LINE_SPACED.match(f)
        # Two tests, not `in (*gaps, *spaces)`: mypyc (GOVDOC_COMPILE=1) fails on a starred tuple after `in`.
        if m is not None and m.start("v") not in b.gaps and m.start("v") not in b.spaces:
            return None
    return m


def is_imprint_line(b: Block) -> bool:
    """A 抄送 line, an `…印发` line, or a labelled `主送：…` that GB/T 9704 moves into the 版记 when
    its names would push the body off the first page: the 版记 at the document's foot. (Asked only
    of lines after the body; the 主送 under the title is the header's.)"""
    f = b.folded
    return (
        (f[:1] in _CC_FIRST and cc_line(b) is not None)
        or is_printed_line(f)
        or (f[:1] == _RECIPIENTS_OPEN and bool(P.LABELLED_RECIPIENTS.match(f)))
        or (f[:2] == P.PRINTED_WORD and bool(P.PRINTED_BY_LINE.match(f) or P.PRINTED_ON_LINE.match(f)))
    )


def is_printed_line(f: str) -> bool:
    """An `…印发` line (PRINTED_LINE) of the folded text `f`. Every form holds 印 (印发, 印制, 印 alone after the
    date) and ends on its verb, on its copies (共印50份) or on its date: the pattern, whose organ part tries every
    length with a date after it, is not asked of a line ending otherwise (a sentence that mentions 印发). A 附注
    may close the line after it (…印发　（此件主动公开）, `note_end`)."""
    return f[-1:] in _PRINTED_ENDS and P.PRINTED_LINE_CHAR in f and bool(P.PRINTED_LINE.match(f, 0, note_end(f)))


def trailing_note(f: str) -> int | None:
    """Where a bracketed 附注 closing the folded line `f` opens (`P.TRAILING_NOTE`: 抄送：…。（答复类别：B类）,
    …印发　（此件主动公开）, round 30), else None. The one look-up of such a note: `note_end` and the answer
    category's (`reply_fields._in_note`) both ask it."""
    if not f.rstrip().endswith(")"):  # (the pattern lets two spaces follow the bracket)
        return None
    note = P.TRAILING_NOTE.search(f)
    return None if note is None else note.start()


def note_end(f: str) -> int:
    """Where the folded line `f` ends before a bracketed 附注 closing it (`trailing_note`), its trailing spaces
    aside; else its length."""
    at = trailing_note(f)
    return len(f) if at is None else len(f[:at].rstrip())


_PRINTED_ENDS = frozenset(f"{P.PRINTED_LINE_ENDS})份日号0123456789")
_CC_FIRST = P.CC_LINE_FIRST | P.BRIEF_CC_FIRST
_RECIPIENTS_OPEN = "主"

# What a tail line other than a contact may open with: a bracketed note, a note's label, a 抄送
# line, a 主送 moved into the 版记
_TAIL_OPENS = frozenset((*_NOTE_OPENS, *_NOTE_LABEL_OPENS, *P.CC_LINE_FIRST, _RECIPIENTS_OPEN))
