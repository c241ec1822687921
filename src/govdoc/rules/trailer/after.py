"""What follows the 落款: 附注, contact, 版记, an appended form, attachment lists, or the body
continued (numbered sections, or a document the notice prints, follow its signature)."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.blocks import MAIL_DELIMITER
from govdoc.fields.kind import kind_of
from govdoc.rules import lines as L
from govdoc.rules.trailer.attachments import mark_attachment_lists
from govdoc.rules.trailer.base import (
    BODY,
    CC_OPENS,
    CC_REACH,
    CONTACT,
    IMPRINT,
    MAX_TITLE_LINES,
    NOTE,
    TITLE,
    TRAILER,
    UNSET,
    continues_cc,
    mark_content,
    printed_line,
)
from govdoc.state import Block, State


def after_signature(state: State) -> None:
    """What follows the 落款: 附注, contact, 版记, attachment lists, or the body continued."""
    last = state.signature_date or (state.signature_organs[-1] if state.signature_organs else None)
    if last is None:
        return
    # one walk: the title's lines above the 落款 (a copy pasted under it opens with them again) and
    # the lines left unzoned under it
    title: list[str] = []
    after: list[Block] | None = None
    for b in state.blocks:
        if after is not None:
            if b.zone is UNSET:
                after.append(b)
        elif b is last:
            after = []
        elif b.zone is TITLE:
            title.append(b.folded.strip())
    if after is None:
        raise ValueError("the 落款's last line is not among the blocks")  # as `list.index` said before
    _after_signature(after, "".join(title))


# A mail's signature delimiter (`-- ` alone on its line, RFC 3676) under the 落款 of an answer sent as a
# mail's body: the sender's signature under it is the mail's, no 附注, contact or 版记 of the document.
# Only in a text that shows a mail (its headers, an attribution, quoted lines): the reader marks such a
# line `MAIL_DELIMITER` (readers.text), and a `--` a clerk typed in a plain text is no delimiter. The
# reader marks so too the first line of an earlier mail quoted under its attribution line (`在 … 写道：`)
# below a reply written on top: that mail is another message (session 19).


def _after_signature(after: list[Block], title: str = "") -> None:
    mail = next(
        (i for i, b in enumerate(after) if b.hints.markup == MAIL_DELIMITER),
        len(after),
    )
    if any(L.is_imprint_line(b) for b in after[mail + 1 :]):
        mail = len(after)  # the 版记's rule a text export drew as `--` (抄送：… under it), no mail's (diffread-A 5)
    for b in after[mail:]:  # held by no element: it stays in the text, warned `content-unplaced`
        b.zone = TRAILER
    after = after[:mail]
    form = next((i for i, b in enumerate(after) if _appended_form_title(b)), len(after))
    mark_content(after[form:])  # a form appended after the 落款: its title and rows are attachment content
    after = after[:form]
    leftovers: list[Block] = []
    in_note = False  # under a 附注 label: its numbered points are the note's, not sections
    bare = False  # the line before was a contact label alone (docx2txt's table flattened cell by cell)
    labels = 0  # the row before was a table's row of contact labels: its width (a contact set as a table)
    # where the last line opening as a 抄送 line may (`CC_OPENS`) stands: `continues_cc` finds a 抄送 line within
    # `CC_REACH` lines above or none, so a line with no such opening there is not asked (each asking walked back
    # over the lines above it: a document printed under the 落款 asked it of every line)
    cc_at = -CC_REACH - 1
    for i, b in enumerate(after):
        zone = L.tail_zone(b)
        if zone is None and bare and _bare_label_value(b):
            zone = CONTACT  # its value on the line under it: 联系人 ⏎ 宋某
        if zone is None and labels and _label_row_values(after, i, labels):
            zone = CONTACT  # the values under a row of labels: | 联系人 | 联系电话 | ⏎ | 宋某 | 0571-… |
        labels = len(b.cells or ()) if zone is CONTACT and L.is_contact_label_row(b) else 0
        # (or ends on one: 联系人：李某，联系电话： ⏎ 0551-62345678, the line cut after the label)
        bare = zone is CONTACT and (
            L.is_bare_contact_label(b.folded.strip()) or L.ends_on_bare_contact_label(b.folded.strip())
        )
        in_note = L.is_note_label_line(b) or (in_note and zone is None and bool(P.NOTE_ITEM.match(b.folded)))
        if in_note and zone is None:
            zone = NOTE
        if zone is None and i - cc_at <= CC_REACH and continues_cc(after, i):
            zone = IMPRINT
        if zone is None and i + 1 < len(after) and printed_line(after[i + 1]) and L.is_organ_line(b):
            zone = IMPRINT
        if b.folded[:1] in CC_OPENS:
            cc_at = i
        if zone is not None:
            b.zone = zone
        else:
            leftovers.append(b)
    mark_attachment_lists(leftovers, file_box=True)
    leftovers = [b for b in leftovers if b.zone is UNSET]
    continued = any(L.section_marker(b) and not _table_row(leftovers, i) for i, b in enumerate(leftovers))
    continued = (continued or _printed_after(after, leftovers)) and not _own_title_again(leftovers, title)
    continued = continued and not _another_answer(leftovers, title)
    for b in leftovers:
        b.zone = BODY if continued else TRAILER
    if continued and leftovers:
        _printed_notes(after, leftovers[0])


def _bare_label_value(b: Block) -> bool:
    """A short line with no sentence in it: a value a label alone on the line above names (a name, a
    phone, an address), as a table flattened a cell a line gives it."""
    return _short_value(b.folded.strip())


def _short_value(f: str) -> bool:
    """`f` (folded, stripped) is a value a label names: short, no sentence in it."""
    return 0 < len(f) <= _MAX_LABEL_VALUE and not any(c in f for c in "。;!?")


_MAX_LABEL_VALUE = 40


def _label_row_values(after: list[Block], i: int, width: int) -> bool:
    """`after[i]` is the one row of values under a row of `width` contact labels: as wide, each cell short
    with no sentence or empty (one value not given left the others unread: diffread-B A9), one at least
    filled, and the table's last row (a list of several people under the labels is no document's one
    contact: it stays unread, as before)."""
    b = after[i]
    cells = [c.strip() for c in b.folded.split("\t")]
    if b.cells is None or len(b.cells) != width or len(cells) != width:
        return False
    if not all(not c or _short_value(c) for c in cells) or not any(cells):
        return False  # (a cell left empty under its label is a value not given: the others are still read)
    below = after[i + 1] if i + 1 < len(after) else None
    return below is None or below.cells is None or len(below.cells) != width


def _own_title_again(leftovers: list[Block], own: str) -> bool:
    """The lines left after the 落款 open with the document's own title again (`own`, folded, its
    lines joined): the text pasted twice into one file, not a document the notice prints nor its
    body continued. The second copy stays in the text, held by no element (`content-unplaced`)."""
    if not own or not leftovers:
        return False
    title = ""
    for b in leftovers[:MAX_TITLE_LINES]:
        title += b.folded.strip()
        if len(title) >= len(own):
            return title == own
    return False


def _another_answer(leftovers: list[Block], own: str) -> bool:
    """The document is an answer (its own title, `own`, folded, an answer's: 答复, 复函, 协办意见 …) and the
    lines after its 落款 open with another answer's title (maybe wrapped): a file holding several answers, as
    an organ publishes its answers together. An answer prints no document under its 落款 as its body (what it
    sends along stands under 附件), so the second answer, numbered or not, is no body continued: it stays in the
    text, held by no element (`content-unplaced`, README schema 1.5). A notice forwarding a 复函 prints it,
    and stays so. Up to session 24 the second answer's lines, its 主送 and 落款 among them, were read as a
    document printed under the first and joined the first's last section (struct25)."""
    if not own or not leftovers or kind_of(own, (), folded=True) != "reply":
        return False
    title = ""
    for b in leftovers[:MAX_TITLE_LINES]:
        if not L.is_title_like(b) or b.folded.rstrip().endswith("。"):
            return False
        title += b.folded.strip()
        if L.ends_with_kind(title):
            return kind_of(title, (), folded=True) == "reply"
    return False


def _printed_notes(after: list[Block], first: Block) -> None:
    """A bracketed line under the title of what the 落款 is followed by ((2019年修订), (市交通运输委、
    市公安局)) is that document's edition or drafters, its own text: no 附注 of the notice, which
    stands right under the 落款, over the printed title."""
    for b in after[after.index(first) + 1 :]:
        if b.zone is NOTE and L.is_note_line(b):
            b.zone = BODY


def _table_row(blocks: list[Block], i: int) -> bool:
    """Line `i` is a row of a table laid out with spaces (`1 清淤 交通局` under `序号 任务 牵头单位`): three
    cells or more, about as many as the line above or below has (a row may leave its last cell
    empty: `2 堤防加固 水利局` under `序号 任务 牵头单位 完成时限`). Its number is the row's, not a section's."""
    n = L.spaced_cells(blocks[i])
    return n >= _MIN_ROW_CELLS and any(
        0 <= k < len(blocks) and _row_beside(L.spaced_cells(blocks[k]), n) for k in (i - 1, i + 1)
    )


def _row_beside(m: int, n: int) -> bool:
    return m >= _MIN_ROW_CELLS and abs(m - n) <= _EMPTY_CELLS


_MIN_ROW_CELLS = 3
_EMPTY_CELLS = 1  # how many cells fewer a row beside may have


def _appended_form_title(b: Block) -> bool:
    """A form's title (…情况表, …回执单): asked of each line after the 落款 once, so not kept per line."""
    f = b.folded.strip()
    return f[-1:] in "表执单" and bool(P.APPENDED_FORM_TITLE.match(f))


_PRINTED_OVER = frozenset((NOTE, CONTACT))  # (此件公开发布), a contact note: what may stand over a printed title


def _printed_after(after: list[Block], leftovers: list[Block]) -> bool:
    """A document the notice prints opens the lines left after its 落款, though none is numbered
    (某县农村道路养护实施方案 ⏎ 为加强…。 ⏎ 各乡镇要…。): its title, maybe wrapped, ending in a type or
    genre (方案, 办法, 工作要点, 应急预案) right under the 落款 and its 附注, and text under the title.
    Those lines are the body continued, as numbered sections there are; a title after the 版记, or
    with nothing under it, is no printed document, nor is one over a row left blank to be filled in
    (代表对建议办理情况的意见 ⏎ 代表签名：): that is a feedback form's title, and its rows are no body."""
    if not leftovers or any(b.zone not in _PRINTED_OVER for b in after[: after.index(leftovers[0])]):
        return False
    title = ""
    for k, b in enumerate(leftovers[:MAX_TITLE_LINES]):
        if not L.is_title_like(b) or b.folded.rstrip().endswith("。"):
            return False
        title += b.folded.strip()
        if L.ends_with_kind(title) or L.ends_with_unlisted_genre(title):
            return k + 1 < len(leftovers) and not _form_rows(leftovers[k + 1 : k + 1 + _FORM_ROWS])
    return False


_FORM_ROWS = 6  # the rows under a form's title asked for a blank one: a few labels may open it (建议题目：)


def _form_rows(rows: list[Block]) -> bool:
    """A row left blank to be filled in stands among the first rows under the title: a feedback form's
    (代表对建议办理情况的意见 ⏎ 建议题目： ⏎ 代表签名：), no printed document's. Blank is a signature or
    a date's 年 月 日 asked for, or a 时间/意见 label with nothing under it but another label or the end;
    a label over its value (演练时间： ⏎ 2024年6月15日上午9时。) is a printed 方案's (diffread-A 4, 9)."""
    lines = [b.folded.strip() for b in rows]
    for j, f in enumerate(lines):
        if P.FORM_SIGN_ROW.match(f):
            return True
        if P.FORM_BLANK_ROW.match(f) and (j + 1 == len(lines) or P.FORM_LABEL_ALONE.match(lines[j + 1])):
            return True
    return False
