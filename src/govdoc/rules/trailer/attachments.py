"""The 附件说明 (the list of attachments before the 落款) and the attachments' own content after it.

A bare 附件 label, or an attachment's label written with its title over its first heading,
starts the content, which is not body; a list of attachments goes on over its numbered lines.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.needs import Need
from govdoc.numerals import MARKER_NUMERALS, cn_to_int, list_number
from govdoc.rules import lines as L
from govdoc.rules.trailer.base import ATTACHMENTS, UNSET, mark_content, unset
from govdoc.rules.trailer.organs import organs_above
from govdoc.state import Block, State

# Without a line opening with 附 no label is found, the content starts past the last line and nothing is marked.
ATTACHMENT_CONTENT_NEED: Need = Need("a line holding 附 folded (`attachment_content` starts at one)", folded=("附",))


def attachment_content(state: State) -> None:
    """From a bare 附件 label on, the attachment's content; only 版记 lines there still count."""
    rest = unset(state)
    # each test needs the line's 附件 match, which opens with 附: the other lines are passed over by that test
    labelled = [i for i, b in enumerate(rest) if b.folded[:1] == "附"]
    content = next(
        (
            i
            for i in labelled
            if (L.is_attachment_label(rest[i]) and not _opens_list(rest, i)) or _titled_label(rest, i)
        ),
        len(rest),
    )
    mark_content(rest[content : _signed_under(rest, content)])


def _signed_under(blocks: list[Block], content: int) -> int:
    """Where the attachment's content ends: at the organ and date lines that close the document
    when no date stands above its label (a proposal quoted under `附：提案原文` before the reply's
    own 落款, which still signs the reply; 版记 lines may follow it), else at the document's end (a
    落款 above the label signed the document, and one at the content's end is the attachment's own)."""
    end = len(blocks)
    if content >= end or any(L.is_date_line(b) or L.is_organ_date_line(b) for b in blocks[:content]):
        return end
    date_at = end - 1
    while date_at > content and L.is_imprint_line(blocks[date_at]):
        date_at -= 1
    if not L.is_date_line(blocks[date_at]):
        return end
    top = organs_above(blocks, date_at)
    return top if content < top < date_at else end


def _titled_label(blocks: list[Block], i: int) -> bool:
    """`附件1：调剂原则` over `一、统筹使用`: an attachment's own label written with its title, its
    content's first heading under it (an 附件说明 goes on with the next number, an organ or a date);
    the same without the label's number (`附件：提案原文` or `附：建议原文` over the proposal's own
    `一、存在问题`: one attachment, its content opening under it, a list of several going on with
    `2.`), or written as a list of one (`附件：1.提案原文` over `一、…`, where a list goes on with
    `2.`); or one whose title an 附件说明 above has listed already (`附件：1.改造小区名单` …
    `附件1：改造小区名单` over a table), whatever its content opens with."""
    b = blocks[i]
    if not b.folded.startswith("附"):
        return False
    m = L.attachment_match(b)
    if m is None or m.group("colon") != ":" or not m.group("name").strip():
        return False
    label, listed = m.group("label_n"), m.group("n")
    if label and _listed_above(blocks, i, m.group("name").strip()):
        return True
    if i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    if L.section_marker(below) is None or L.is_attachment_list(below):
        return False
    if m.group("cn_n"):
        return cn_item_number(below) != 2  # 附件：一、甲表 goes on with 二、乙表
    more = P.ATTACHMENT_CONTINUATION.match(below.folded)
    if listed:  # 附件：1.提案原文, a list of one, over the content's 一、: a list would go on with 2.
        following: int | None = (list_number(listed) or 0) + 1
    else:
        following = 2 if not label else int(label) + 1 if label.isdigit() else None
    return not (more and list_number(more.group("n")) == following)


def _listed_above(blocks: list[Block], i: int, name: str) -> bool:
    """An 附件说明 line above line `i` (its first line or a numbered one under it) lists `name`."""
    return any(
        name in k.folded and (L.attachment_match(k) is not None or P.ATTACHMENT_CONTINUATION.match(k.folded))
        for k in blocks[:i]
    )


def _opens_list(blocks: list[Block], i: int) -> bool:
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        L.opens_attachment_list(blocks[i], below)
        or L.opens_attachment_table(blocks[i], below)
        or _bare_list(blocks, i) is not None
    )


def _bare_list(blocks: list[Block], i: int) -> str | None:
    """A bare 附件 label (附件：, or 附件 alone where the copy lost its colon) over two titles numbered 1
    and 2, each on its own line (一、甲表 ⏎ 二、乙表, 1.甲表 ⏎ 2.乙表, ①甲表 ⏎ ②乙表): a list, `cn` where numbered
    with ideographs, else `num`; None where the label opens no such list. An attachment's own content under
    a bare label opens with a title or a heading too (`一、总则`), but text stands under its heading before
    the next number."""
    m = L.attachment_match(blocks[i])
    if m is None or m.group("label_n") or m.group("name").strip() or i + 2 >= len(blocks):
        return None
    first, second = blocks[i + 1], blocks[i + 2]
    if cn_item_number(first) == 1 and cn_item_number(second) == 2:
        kind, items = "cn", [P.ATTACHMENT_CN_ITEM.match(b.folded) for b in (first, second)]
    elif m.group("colon") is None:  # 附件： over 1.甲表 is read by `opens_attachment_list`
        items = [P.ATTACHMENT_CONTINUATION.match(b.folded) for b in (first, second)]
        numbers = [list_number(x.group("n")) if x is not None else None for x in items]
        kind = "num" if numbers == [1, 2] else ""
    else:
        return None
    return kind if kind and all(x is not None and _attachment_title(x.group("name")) for x in items) else None


def _attachment_title(name: str) -> bool:
    """A list's title: short and no sentence (no stop inside or at its end)."""
    name = name.strip()
    return 0 < len(name) <= 60 and not L.INNER_STOP.search(name) and not name.endswith("。")


_LIST_FIRST = frozenset("附序编相")  # 附件…, a table's 序号 / 编号 head row, or a page's 相关附件 box


def mark_attachment_lists(blocks: list[Block], *, file_box: bool = False, tail_box: bool = False) -> int:
    """Zone each 附件说明 among `blocks` (its first line and the numbered lines that carry it on) as
    attachments; returns where the first one starts (len(blocks) where there is none).

    A list opens only on a line with the 附件 match, which opens with 附, or on the head row of a table
    naming its column 附件名称, which opens with 序号 or 编号: the other lines (nearly all) are passed over
    by one test each, not walked one by one. `file_box`: a page's 相关附件 box opens one too (schema 1.10),
    asked of the lines after the 落款 only, where the page prints it: inside the body such a box is the
    text's own part (review19 V4: a section's 相关附件 rows ended the body, the sections below lost).
    `tail_box`: a box whose file rows are `blocks`' last lines opens one too (a page with no 落款: the
    box ends the text as it ends a signed page's, diffread-B B8)."""
    first = len(blocks)
    end = 0  # the lines before this one are a list's already
    for i in [k for k, b in enumerate(blocks) if b.folded[:1] in _LIST_FIRST]:
        if i < end or blocks[i].zone is not UNSET:
            continue
        if blocks[i].folded[:1] == "相":
            if (
                (file_box or tail_box)
                and file_box_label(blocks[i])
                and (file_box or _box_end(blocks, i) == len(blocks))
            ):
                first = min(first, i)
                end = _mark_file_box(blocks, i)
            continue
        if not (L.is_attachment_list(blocks[i]) or _opens_list(blocks, i)):
            continue
        first = min(first, i)
        end = _mark_list(blocks, i)
    return first


def file_box_label(b: Block) -> bool:
    """A portal's `相关附件：` box label the clean-up left in the text: the page names the document's
    attachments there and nowhere else (rules/cleanup/furniture: where the text lists its own, the box
    is the page's chrome)."""
    f = b.folded.strip()
    return f.startswith("相关附件") and P.FILE_LIST_LABEL.match(f) is not None


def _mark_file_box(blocks: list[Block], i: int) -> int:
    """Zone a `相关附件：` box as the 附件说明 it stands for (schema 1.10): its label and the file rows under
    it (FILE_LINK), whose names the attachments rule reads as titles; returns where it ends. A box
    naming no file is left as it stands. No count bounds it: each row's own file name (FILE_LINK)
    ends the box, and a cut would turn the files past it into numbered sections."""
    end = _box_end(blocks, i)
    if end == i + 1:
        return i + 1
    for b in blocks[i:end]:
        b.zone = ATTACHMENTS
    return end


def _box_end(blocks: list[Block], i: int) -> int:
    """Where the file rows (FILE_LINK) under the box label blocks[i] end."""
    end = i + 1
    while end < len(blocks) and P.FILE_LINK.search(blocks[end].folded.strip()):
        end += 1
    return end


def _mark_list(blocks: list[Block], i: int) -> int:
    """Zone the list that opens on line `i` and the lines that carry it on; returns where it ends."""
    blocks[i].zone = ATTACHMENTS
    first = L.attachment_match(blocks[i])
    cn_next = 2 if first is not None and first.group("cn_n") else 0  # 附件：一、… goes on with 二、
    if not cn_next and _bare_list(blocks, i) == "cn":  # 附件： ⏎ 一、… goes on with 一、 under the label
        cn_next = 1
    i += 1
    while i < len(blocks) and (
        (len(blocks[i].folded) <= 80 and _continues_list(blocks[i]))
        or L.continues_attachment_name(blocks[i - 1], blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None)
        or (cn_next and cn_item_number(blocks[i]) == cn_next)
    ):
        blocks[i].zone = ATTACHMENTS
        cn_next = cn_next and cn_next + 1
        i += 1
    return i


def cn_item_number(b: Block) -> int | None:
    """The number of a later item of a list numbered with ideographs (二、乙表 → 2), else None."""
    m = P.ATTACHMENT_CN_ITEM.match(b.folded) if b.folded[:1] in _CN_ITEM_FIRST else None
    return cn_to_int(m.group("cn")) if m else None


_CN_ITEM_FIRST = MARKER_NUMERALS | {"("}  # 二、乙表 or (二)乙表, folded (一、 first under a bare label)


def _continues_list(b: Block) -> bool:
    return bool(P.ATTACHMENT_CONTINUATION.match(b.folded)) or L.is_attachment_table_head(b)
