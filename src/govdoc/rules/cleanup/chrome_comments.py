"""A portal's reader comments under a reply (their section's label, each reader's box and words): no text of the
document, dropped with the chrome (`_comment_sections`, `_reader_comments`). Split out of cleanup/furniture.py
(session 30), a pure move.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.charclass import HAN
from govdoc.fields.kind import kind_suffix
from govdoc.fold import fold
from govdoc.rules.cleanup.base import excerpt
from govdoc.rules.cleanup.chrome_base import _CHROME, _text_begins
from govdoc.rules.lines import (
    attachment_match,
    is_contact_line,
    is_date_line,
    is_organ_line,
    is_title_like,
    section_marker,
)
from govdoc.state import Block, State

_COMMENT_LABEL_START = frozenset("网读用最热精全评留共已发我")
_COMMENT_REACH = 8  # the most lines (contact, imprint, page tools) between a 落款's date and a comment label


def _comment_sections(state: State, labels: list[int], begun_at: list[int]) -> None:
    """A page's readers' comments under a document (网友评论 ⏎ 网友甲：…。 ⏎ 2024-07-20 14:32 ⏎ 发表评论): from
    the section's label (`patterns.COMMENT_SECTION_LABEL`) to the text's end all is the site's, the
    readers' words and the form, where the label stands a few lines under a line that is a date
    alone (the 落款's), with no sentence between, below the running text's first sentence (a page
    head's 评论(0) under its publish date stands above it). Anywhere else such a label is the text's own (a
    heading 网友留言 inside a reply about them) and stays. `labels`: the candidate lines, in order.

    Schema 1.9: the readers' words are people's text, not the site's furniture, so leaving them out is
    said (`comments-dropped`, one warning a section, at the end of the line kept above it, as
    `repeat-dropped` marks a drop), never done in silence."""
    blocks = state.blocks
    begun = _text_begins(blocks, begun_at)
    for at in labels:
        if at < begun:
            continue  # over the running text: a page head's comment link under its publish date (review17 R8)
        k, seen = at - 1, 0
        while k >= 0 and seen <= _COMMENT_REACH:
            b = blocks[k]
            if b.zone is not _CHROME:
                f = b.folded.strip()
                if is_date_line(b) or P.DATE_LINE.match(f):
                    if _readers_words(blocks, at):
                        _drop_comments(state, at)
                    return
                if "。" in f:
                    break
                seen += 1
            k -= 1


def _drop_comments(state: State, at: int) -> None:
    """The comment section from `at` to the text's end leaves the text, warned `comments-dropped` at the
    end of the last line kept above it (the warning's span stays inside the text, as the dropped
    lines are not)."""
    blocks = state.blocks
    dropped = [c for c in blocks[at:] if c.zone is not _CHROME and c.text.strip()]
    for c in blocks[at:]:
        c.zone = _CHROME
    if all(_box_words(c.folded.strip()) for c in dropped):
        return  # an empty box (发表评论, its rules, 暂无评论): no reader's words left out (noise21)
    k = at - 1
    while k >= 0 and blocks[k].zone is _CHROME:
        k -= 1
    above = blocks[k] if k >= 0 else None
    state.warn(
        "comments-dropped",
        f"删除了落款下的网友评论：{len(dropped)} 行，自「{excerpt(blocks[at].text.strip())}」起 "
        f"(dropped the readers' comments under the signature: {len(dropped)} lines from the one quoted)",
        above,
        len(above.text) if above is not None else 0,
    )


def _reader_comments(state: State) -> None:
    """The pieces of a page's comment elements a reader left out (`State.comments`: an HTML element named
    `comment`): where some are readers' words, `comments-dropped` says so, span null (the page's, no
    place in the text); an empty box (its label, 暂无评论, 发表评论, the form's prompts) is not warned."""
    words = [piece for piece in state.comments if _a_readers_piece(fold(piece).strip())]
    if not words:
        return
    state.warn(
        "comments-dropped",
        f"删除了网页的网友评论：{len(words)} 段，自「{excerpt(words[0].strip())}」起 "
        f"(dropped the page's readers' comments: {len(words)} pieces from the one quoted)",
    )


def _box_words(f: str) -> bool:
    """A comment box's own line: its label or its form's words (文明上网, 暂无评论, 登录), no reader's: a
    line with a reader's name and colon or a sentence's stop is a reader's, whatever words it holds
    (网友甲：网上注册流程太复杂。: diffread-A A1)."""
    return _boxs_wording(f) and (
        P.COMMENT_SECTION_LABEL.match(f) is not None or not any(mark in f for mark in _READERS_MARKS)
    )


def _boxs_wording(f: str) -> bool:
    """The line holds a comment box's label or its form's words: never a reader's piece (`_a_readers_piece`),
    and the box's own line where no reader's mark is in it (`_box_words`)."""
    return P.COMMENT_SECTION_LABEL.match(f) is not None or P.COMMENT_FORM_WORDS.search(f) is not None


def _a_readers_piece(f: str) -> bool:
    """A piece of a comment element a reader wrote: a few Han characters and a sentence's stop or a name's
    colon, none of the box's own words."""
    if len(HAN.findall(f)) < _READERS_WORDS:
        return False
    return not _boxs_wording(f) and any(mark in f for mark in _READERS_MARKS)


_READERS_WORDS = 4
_READERS_MARKS = "。!?:"


def _readers_words(blocks: list[Block], at: int) -> bool:
    """What stands under the comment label at `at` can be a comment section only: a few lines to the
    text's end, none of which opens a document or a part of one (a title ending on its kind, a section
    marker, an organ's line) or is a document's own part under its 落款 (a form's 回复单位/回复内容 row,
    a contact line, an 附件 line): a message board's 网友留言 over the answer below it, a page's comment
    button over the reply's own contact, or texts run together, have the document's own lines there,
    and keep them (diffread-A A8)."""
    rest = blocks[at + 1 :]
    if len(rest) > _MAX_COMMENT_LINES:
        return False
    for b in rest:
        f = b.folded.strip()
        if P.MAILBOX_FORM_ROW.match(f) or P.MAILBOX_ANSWER_ROW.match(f):
            return False  # a mailbox form's row (留言内容：…, 回复内容：…): the message or its answer
        if is_contact_line(b) or attachment_match(b) is not None:
            return False  # the document's own contact or 附件 under its 落款
        if b.zone is _CHROME or "。" in f:
            continue
        if section_marker(b) or is_organ_line(b) or (kind_suffix(f) is not None and is_title_like(b)):
            return False
    return True


_MAX_COMMENT_LINES = 60
