"""Two bracketed 附注 a clerk set side by side on one line under the 落款 (`（此件主动公开）（联系人：某，电话：…）`):
each a line of its own again, so the disclosure, the distribution and the contact rules, which read a note as a
line, read each. Kept out of `flattened`, whose breaks are a web copy's lost line ends, as this is a typist's."""

from __future__ import annotations

from govdoc import patterns as P

_OPENS = frozenset("(【〔")
_CLOSES = frozenset(")】〕")
# What a 附注's words open with: the document itself (此件主动公开, 本件发至乡镇), or the label of a note's part
# (联系人：…, 答复类别：…, 公开属性：…); a body's aside in brackets ((单位：万元), (以上数据截至6月底)) opens otherwise.
_NOTE_LABELS = (*P.CATEGORY_KEYS, *P.DISCLOSURE_KEYS)


def _opens_as_note(words: str) -> bool:
    w = words.lstrip(" ")
    return (
        w.startswith(("此件", "本件"))
        or bool(P.CONTACT_LINE.match(w))
        or any(w.startswith(k) and w[len(k) : len(k) + 3].lstrip(" ")[:1] == ":" for k in _NOTE_LABELS)
    )


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
