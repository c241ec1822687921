"""A word processor's comments written into its plain-text export (Google Docs' Download > Plain text):
each comment's anchor after the words it was put on (`…四百一十二部[a]，…`), and the comments themselves
listed under the text, each line opened by its anchor (`[a]数字请与市统计局口径核对。`). They are a
reviewer's words about a draft, not the document's: the list leaves the text, said by a
`comments-dropped` warning, and the anchors leave with it.

Read only where the list stands at the text's end and every anchor it opens also stands inside the
text above it: a bracketed letter a document writes itself (`[a]`, `（a）` before a point) has no such
list under it. A list a line of the document introduces (`注释：`, `注：`, `说明：` above it) is the
document's own notes (a 统计公报's `[a]地区生产总值…按现价计算`; diffread-C C8): the export writes its
comments right under the text's last paragraph, no label of its own.

The text reader decides (readers.text.text_blocks, where no record was read) and says what it dropped
with `comments_dropped`, so the warning and the drop are one decision (diffread-C C5).
"""

from __future__ import annotations

import regex

from govdoc import lazyregex
from govdoc.blocks import quoted

_LISTED = lazyregex.compile(r"^\[(?P<label>[a-z]{1,2})\](?=\S)", regex.M)
_ANCHOR = lazyregex.compile(r"\[(?P<label>[a-z]{1,2})\]")
_MIN_TEXT_LINES = 3  # the lines above the list: a document's
_INTRODUCING_ENDS = frozenset(":：")  # a line introducing a list ends so (注释：)


def comment_list(text: str) -> tuple[int, frozenset[str]] | None:
    """The line where the comments' list starts (counted from 0) and its anchors' labels, or None."""
    lines = text.splitlines()
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    labels: list[str] = []
    while start:
        line = lines[start - 1].strip()
        if not line:
            start -= 1
            continue
        m = _LISTED.match(line)
        if m is None:
            break
        labels.append(m.group("label"))
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    if not labels or start < _MIN_TEXT_LINES:
        return None
    above = next((line.strip() for line in reversed(lines[:start]) if line.strip()), "")
    if above[-1:] in _INTRODUCING_ENDS:
        return None  # introduced by a line of the document (注释：): its own notes, no reviewer's
    above = "\n".join(lines[:start])
    used = {m.group("label") for m in _ANCHOR.finditer(above)}
    if not set(labels) <= used:
        return None
    return start, frozenset(labels)


def without_anchors(line: str, labels: frozenset[str]) -> str:
    """`line` without the comments' anchors it holds."""
    return _ANCHOR.sub(lambda m: "" if m.group("label") in labels else m.group(), line)


def comments_dropped(count: int) -> tuple[str, str]:
    """The `comments-dropped` warning for the `count` comments the text reader left out."""
    return (
        "comments-dropped",
        f"删除了文档导出时附在文末的批注：{count} 条 "
        f"(dropped the {count} reviewers' comments the export listed under the text)",
    )


def tracked_changes(inserted: int, deleted: int, first_deleted: str) -> tuple[str, str]:
    """The `text-repaired` note (`tracked-changes`) for revisions read as accepted: the counts and the first text
    deleted (span null), as the .docx reader and a converter's revision marks (`pandoc_reviews`) say it."""
    first = f"，首处删除「{quoted(first_deleted)}」" if first_deleted else ""
    return (
        "text-repaired",
        f"tracked-changes: 修订已按接受处理（插入 {inserted} 处、删除 {deleted} 处{first}）"
        f" (tracked changes read as accepted: {inserted} insertions, {deleted} deletions)",
    )


# pandoc's revision and comment marks, as `--track-changes=all` writes a .docx's (conv25): `[新]{.insertion
# author=… date=…}`, `[旧]{.deletion …}`, a comment's words in `[…]{.comment-start id=…}` before the words it marks
# and `[]{.comment-end id=…}` after them. (The words of each are read by `inline_marks.pandoc_span_words`.)
_REVIEW_SPAN = lazyregex.compile(r"\[(?P<words>[^\[\]\n]{0,300})\]\{[ ]?\.(?P<kind>insertion|deletion|comment-start)\b")
REVIEW_SIGN = "]{."  # what a text holding any of them holds


def pandoc_reviews(text: str) -> list[tuple[str, str]]:
    """What a converter's revision and comment marks in `text` make the reader say: the revisions read as
    accepted (`text-repaired`, `tracked-changes`: the insertions' words kept, the deletions' left out) and the
    comments left out (`comments-dropped`), as the .docx reader says them of the file itself."""
    inserted = deleted = comments = 0
    first = ""
    for m in _REVIEW_SPAN.finditer(text):
        kind = m.group("kind")
        if kind == "insertion":
            inserted += 1
        elif kind == "deletion":
            deleted += 1
            first = first or m.group("words").strip()
        else:
            comments += 1
    said = [tracked_changes(inserted, deleted, first)] if inserted or deleted else []
    return said + ([comments_dropped(comments)] if comments else [])
