"""Two bracketed 附注 a clerk set side by side on one line under the 落款 (`（此件主动公开）（联系人：某，电话：…）`):
each a line of its own again, so the disclosure, the distribution and the contact rules, which read a note as a
line, read each. Kept out of `flattened`, whose breaks are a web copy's lost line ends, as this is a typist's."""

from __future__ import annotations

from govdoc import patterns as P

_OPENS = frozenset(P.NOTE_OPEN_MARKS)
_CLOSES = frozenset(P.NOTE_CLOSE_MARKS)


def _opens_as_note(words: str) -> bool:
    """The bracket's words open as a 附注's do (`P.NOTE_WORDS_OPENING`: 此件…, 答复类别：…) or with a contact label
    (联系人：…); a body's aside in brackets ((单位：万元), (以上数据截至6月底)) opens otherwise."""
    return bool(P.NOTE_WORDS_OPENING.match(words) or P.CONTACT_LINE.match(words.lstrip(" ")))


def notes_side_by_side(f: str) -> tuple[int, int] | None:
    """The gap (maybe empty) between two bracketed notes that make up the folded line `f`
    (`P.NOTES_SIDE_BY_SIDE`), each opening as a note does (`_opens_as_note`); else None. A line holding more than
    two notes, or a note with a bracket inside it, is left as it is."""
    if f[:1] not in _OPENS or f[-1:] not in _CLOSES:
        return None
    m = P.NOTES_SIDE_BY_SIDE.match(f)
    if m is None or not (_opens_as_note(m.group("a")) and _opens_as_note(m.group("b"))):
        return None
    return m.span("gap")
