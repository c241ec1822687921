"""Text that lands in no element of the Document is warned, never dropped in silence.

`Document.text` holds every block the clean-up kept (chrome and page furniture are left out
on purpose). Most of it stands in an element: a header or trailer field, a paragraph, a
section, a table. Whatever no rule took (a second answer printed after the 落款, a legend of
the answer categories, the head of a 令 over the regulation it promulgates) is still in
`text` but in no field, and a reader of the fields alone would never learn it was there.

This step runs once the Document is built, so it judges by what the Document holds, not by
which rule meant to take a line: a block is placed when some element's span (or a warning's,
which already names it) overlaps it, when the fields without a span hold its text (the
metadata's keys and values, the attachments' titles, 密级, 紧急程度) and at most a label is
left, when it is a label whose value is empty (the contract leaves such a pair out) or a contact
label alone over the value the contact read (联系人 ⏎ 宋某: diffread-A A5), when it
has no letter or digit at all (a table's rule, `——`), or when it is an attachment's content
and the Document lists the attachment (the contract keeps that content in `text` unparsed and
its title in `attachments`). Every other block is unplaced: each contiguous run of them gives
one `content-unplaced` warning that quotes its first characters and spans the run.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from govdoc import patterns as P
from govdoc.blocks import Block, Zone
from govdoc.fields.metadata import label_cells
from govdoc.fold import fold
from govdoc.model import Document, Paragraph, Section, Span, Table, Warning, WarningCode
from govdoc.numerals import cn_to_int
from govdoc.rules import lines as L
from govdoc.rules.cleanup.base import excerpt
from govdoc.rules.header_lines import grouped_row
from govdoc.rules.positions import spans_of

CODE: WarningCode = "content-unplaced"
_SHORTEST_HELD = 2  # a held value shorter (a category letter) would be taken out of lines it is no value of
_LABEL_LEFT = 6  # letters or digits a held line may keep besides its values: a label and a list number (附件：1.)
_WORD = regex.compile(r"[^\W_]+")  # a run of letters or digits
_LONGEST_LABEL_ROW = 200  # a row of labels and values; a longer line is running text
_SHORT = 40  # a seal's note or a lone 文件 is shorter
_CHROME, _ATTACHMENTS, _CONTENT = Zone.CHROME, Zone.ATTACHMENTS, Zone.ATTACHMENT_CONTENT
_HEADER, _CONTACT = Zone.HEADER, Zone.CONTACT
_HEAD_ZONES = frozenset((Zone.HEADER, Zone.METADATA))
# A form's row copied out of a spreadsheet whose value cell is empty (`备注\t`): the tab that parted the
# label from the empty cell went with the line's edge, and a word is left, standing under the form's
# other label rows (label, a tab, a value). A bare label with an empty value is no content.
_ROW_LABEL = regex.compile(r"\p{Han}{2,8}")
# The elements whose own span holds everything inside them.
WHOLE: frozenset[type] = frozenset((Paragraph, Section, Table, Warning))


def _covered(outer: list[Span]) -> list[tuple[int, int]]:
    """The stretches of `doc.text` that some element or warning spans, merged, in order, from the
    outer spans of the Document (`positions.spans_of` with `WHOLE`): every field that may hold a
    span is walked, so a field added later counts without a change here, and an element with a
    span of its own (a paragraph, a section with its sub-sections, a table, a warning) is taken by
    that span alone."""
    stretches = sorted([(span.start, span.end) for span in outer if span.end > span.start])
    merged: list[tuple[int, int]] = []
    for start, end in stretches:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _strings(value: Any, into: set[str]) -> None:
    """Every string `value` holds: its own, its tuples', its dicts' keys and values, its fields'."""
    if isinstance(value, str):
        into.add(value)
    elif isinstance(value, tuple):
        for v in value:
            _strings(v, into)
    elif isinstance(value, dict):
        for k, v in value.items():
            into.add(k)
            _strings(v, into)
    elif value is not None and not isinstance(value, Span):
        cls: type = type(value)
        for name in _field_names(cls):
            _strings(getattr(value, name), into)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()


def _held(doc: Document) -> list[str]:
    """The values the header and trailer fields hold, longest first (so a value holding another is
    taken out first): those without a span of their own (metadata, attachments, 密级 …), and those
    a line may repeat or hold a piece of (an organ read twice over the date, a cc name wrapped
    across lines, the proposal's title printed again after the 落款)."""
    held: set[str] = set()
    for part in (doc.header, doc.signature, doc.contact, doc.imprint, doc.attachments):
        _strings(part, held)
    if doc.signature is not None:
        # a signing person's post (主任, 市长) is a word, no value a line holds: the person's own line is
        # placed by its span, and another line holding the word (主任会议 over 主任　王某某) is in no
        # field (review18 R11: it went unwarned)
        held.difference_update(p.post for p in doc.signature.persons if p.post)
    return sorted((v for v in held if len(v) >= _SHORTEST_HELD), key=len, reverse=True)


def _letters(text: str) -> int:
    return sum(map(str.isalnum, text))


def _empty(value: str) -> bool:
    """A label's value that gives nothing: none at all, or a word for none (无, 暂无, （略）)."""
    return not value or bool(P.NO_ATTACHMENT.match(fold(value).strip("() ")))


def _pieces_held(left: str, held: list[str]) -> str:
    """`left` without its runs of letters that are pieces of a held value (a name wrapped across
    lines); what stands between the runs (a label's colon) is kept."""
    return _WORD.sub(lambda m: "" if _is_piece(m.group(), held) else m.group(), left)


def _is_piece(piece: str, held: list[str]) -> bool:
    """A number is held only whole: a run of digits inside a held one (123456 of a phone
    12345678, the year of an ISO date) is a number of its own (a proposal's, a file's)."""
    return len(piece) >= _SHORTEST_HELD and not piece.isdigit() and any(piece in value for value in held)


def _label_left(left: str) -> bool:
    """What the held values leave of a line is a label at most (附件：, 抄送：) and list numbers (1.,
    一、): not a word of its own, which a line in no element would hold (督办专栏, 党组, a name)."""
    return _letters(left) <= _LABEL_LEFT and not any(map(str.isalnum, P.LABEL_OR_LIST_NUMBER.sub("", fold(left))))


def _held_away(text: str, held: Iterable[str]) -> str:
    for value in held:
        if value in text:
            text = text.replace(value, "")
    return text


class _Holdings:
    """What the Document holds without a span of its own, gathered only once a block no span
    reaches asks (most documents have none): the metadata's keys and values (`pairs`, tried first,
    since most such blocks are the header's 键：值 lines) and every value the fields hold."""

    __slots__ = ("_doc", "_pairs", "_values")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._pairs: list[str] | None = None
        self._values: list[str] | None = None

    @property
    def pairs(self) -> list[str]:
        if self._pairs is None:
            metadata = self._doc.header.metadata
            self._pairs = sorted({*metadata, *metadata.values()} - {""}, key=len, reverse=True)
        return self._pairs

    @property
    def values(self) -> list[str]:
        if self._values is None:
            self._values = _held(self._doc)
        return self._values


_SEAL_OPENS = "([〔【"  # the brackets a seal's note opens with (patterns.organs._SEAL_NOTE), folded


def _placed_without_span(b: Block, doc: Document, holdings: _Holdings) -> bool:
    """Whether a block no span reaches still stands in the Document (see the module's docstring)."""
    text, f = b.text, b.folded
    if len(text) <= _SHORT:
        if doc.signature is not None and f.lstrip()[:1] in _SEAL_OPENS and P.SEAL_NOTES_LINE.match(f.strip()):
            return True  # the seal's place in the 落款: (盖章), (公章)  (公章), 【印章】
        if doc.header.issuer is not None and ("文" in f or "函" in f) and P.WENJIAN_LINE.match(f):
            return True  # the 文件 (a letter's 函) of a 发文机关标志 on its own line, dropped from `issuer`
        if (value := L.answer_row_value(f)) is not None and not _letters(value):
            return True  # a form's label over its answer (答复内容：) alone: a label whose value is empty
    if holdings.pairs:
        left = _held_away(text, holdings.pairs)
        if _letters(left) < _letters(text) and (_label_left(left) or _caption_left(b, left)):
            return True
    return _held_or_labels(b, holdings.values)


def _caption_left(b: Block, left: str) -> bool:
    """What is left of a form's row once its pairs are held is the caption of its group of rows
    (基本信息 | 建议编号 | 0152 …: rules.header_lines.grouped_row), a label over the pairs, not text."""
    return b.cells is not None and left.strip() == b.cells[0].strip() and grouped_row(b.cells)


def _held_or_labels(b: Block, held: list[str]) -> bool:
    text = left = b.text
    cells = label_cells(text, b.folded) if len(text) <= _LONGEST_LABEL_ROW else []
    if cells and all(_empty(value) or value in held for _, value in cells):
        return True  # labels whose values are empty (the contract leaves such pairs out) or held
    left = _pieces_held(_held_away(left, held), held)
    return _letters(left) < _letters(text) and _label_left(left)  # something is held, and at most a label is left


def _empty_row_label(b: Block, previous: Block | None) -> bool:
    """`b` is a label left alone under a spreadsheet form's label rows: a known label (`patterns.LABELS`)
    right under a line of a label, a tab and its value. Any other short word there is text of its own
    (紧急通知 under an information table's row) and is warned as such (review16 R3)."""
    if previous is None or "\t" not in previous.text or previous.text.count("\t") != 1:
        return False
    return _ROW_LABEL.fullmatch(b.text) is not None and b.text in P.LABELS and previous.zone in _HEAD_ZONES


def _key(text: str) -> str:
    return "".join(filter(str.isalnum, fold(text)))


def _unlisted_content(blocks: Sequence[Block], titles: tuple[str, ...]) -> set[int]:
    """The attachment content under a 附件N label past the list whose title line the Document does
    not list (附件：1.甲表 listed, then 附件1 甲表 … 附件2 乙表 …): the contract places an
    attachment's content by its title in `attachments`, so 乙表 and what follows it stand in no
    element. The number, not the words, ties a label within the list to it (a content's title may
    name the organ in full where the list abbreviates it); a bare 附件 counts as the next number. A
    label over no title line (content straight under 附件2) is not told apart: placed."""
    keys = [k for k in map(_key, titles) if k]
    content = [k for k, b in enumerate(blocks) if b.zone is _CONTENT]
    found: set[int] = set()
    unlisted, ordinal = False, 0
    for i, k in enumerate(content):
        m = L.attachment_match(blocks[k]) if L.is_attachment_label(blocks[k]) else None
        if m is not None:
            ordinal += 1
            number = cn_to_int(m.group("label_n") or "") or ordinal
            below = blocks[content[i + 1]] if i + 1 < len(content) else None
            unlisted = number > len(titles) and below is not None and _unlisted_title(below, keys)
        if unlisted:
            found.add(k)
    return found


def _unlisted_title(b: Block, keys: list[str]) -> bool:
    f = b.folded.strip()
    if b.table or L.is_attachment_label(b) or f.endswith("。") or L.marker_at(f) or not L.is_title_like(b):
        return False  # no title line under the label: the content itself
    key = _key(b.text)
    return bool(key) and not any(t in key or key in t for t in keys)


# The pieces of a bracketed note between its separators: a note parts its labelled parts with ；, ， or 、 (as
# folded), and a value may go on past one (联系电话：0571-87001234，13800000000: a piece without a label)
_NOTE_PIECE = regex.compile(r"[^;,、]+")


def _unread_parts(b: Block, covered: list[tuple[int, int]], k: int) -> list[Warning]:
    """The labelled parts of a bracketed note (`（此件公开发布；联系人：李某；审核人：陈某）`) that no element spans,
    each warned: the fields read some of a note's parts, so the line is placed, and a part no field reads
    (审核人：陈某) was left unsaid (leftovers24's note: unplaced text was judged a line at a time). A part runs from
    a piece holding a label to the next such piece, whichever separator parts them: split at ； only, a note parted
    by ， left its unread part unsaid (diffread27 N4). `covered[k]` is the first covered stretch ending after the
    block's start."""
    f = b.folded.rstrip()
    close = len(f) - 1 if f.endswith(")") else len(f)
    parts: list[tuple[int, int]] = []
    for m in _NOTE_PIECE.finditer(f, 1, close):
        if ":" in m.group():
            parts.append((m.start(), m.end()))
        elif parts:
            parts[-1] = (parts[-1][0], m.end())  # (the value of the part above goes on)
    found: list[Warning] = []
    n = len(covered)
    for lo, hi in parts:
        part = f[lo:hi]
        lo += len(part) - len(part.lstrip())
        hi -= len(part) - len(part.rstrip())
        a, z = b.start + lo, b.start + hi
        j = k
        while j < n and covered[j][1] <= a:
            j += 1
        if j < n and covered[j][0] < z:
            continue
        quoted = excerpt(b.text[lo:hi])
        message = f"未归入任何字段的内容：「{quoted}」 (a part of a bracketed note in no element of the Document)"
        found.append(Warning(CODE, message, Span(a, z, b.hints.page)))
    return found


def _warning(run: list[Block]) -> Warning:
    first, last = run[0], run[-1]
    if len(run) > 1:
        message = (
            f"未归入任何字段的内容：{len(run)} 行，自「{excerpt(first.text)}」起 "
            f"(text in no element of the Document: {len(run)} lines from the one quoted)"
        )
    else:
        message = f"未归入任何字段的内容：「{excerpt(first.text)}」 (text in no element of the Document)"
    return Warning(CODE, message, Span(first.start, last.start + len(last.text), first.hints.page))


def unplaced_warnings(doc: Document, blocks: Sequence[Block], outer: list[Span] | None = None) -> list[Warning]:
    """One `content-unplaced` warning per contiguous run of blocks of `doc.text` in no element;
    `outer`: the Document's outer spans, when the caller walked it already (`spans_of`).

    One pass over the blocks in text order beside the merged covered stretches; the checks
    beyond the spans (held values, labels) run only on the few blocks no span reaches.
    """
    covered = _covered(spans_of(doc, WHOLE)[1] if outer is None else outer)
    listed = bool(doc.attachments)
    unlisted = _unlisted_content(blocks, doc.attachments) if listed else set()
    holdings = _Holdings(doc)

    found: list[Warning] = []
    run: list[Block] = []
    previous: Block | None = None  # the last block of the text before this one (chrome aside)
    k, n = 0, len(covered)
    for i, b in enumerate(blocks):
        if b.zone is _CHROME or b.start < 0 or not b.text:
            continue
        start, end = b.start, b.start + len(b.text)
        while k < n and covered[k][1] <= start:
            k += 1
        if k < n and covered[k][0] < end:
            placed = True
            if b.folded[:1] == "(" and ":" in b.folded:
                found.extend(_unread_parts(b, covered, k))
        elif listed and (b.zone is _ATTACHMENTS or b.zone is _CONTENT) and i not in unlisted:
            placed = True  # an attachment's content: kept in the text, unparsed, its title in `attachments`
        elif not any(map(str.isalnum, b.text)):
            continue  # no letter or digit (a table's rule, `——`): nothing to place, and no end of a run
        else:
            placed = (
                _placed_without_span(b, doc, holdings)
                or (b.zone in _HEAD_ZONES and _empty_row_label(b, previous))
                or (
                    b.zone is _CONTACT
                    and doc.contact is not None
                    and (L.is_bare_contact_label(b.folded.strip()) or L.is_contact_label_row(b))
                )
            )  # (a contact label alone, or a table's row of them, over its values, read into the contact)
        previous = b
        if placed:
            if run:
                found.append(_warning(run))
                run = []
        else:
            run.append(b)
    if run:
        found.append(_warning(run))
    return found
