"""Answer category (办理结果 → A/B/C/reference) and 公开属性 (主动公开 …)."""

from __future__ import annotations

from govdoc.fold import fold
from govdoc.patterns import CATEGORY_LETTER_LINE, CATEGORY_WORDINGS, DISCLOSED_NOTE, DISCLOSURE_VALUE, PLANNED_WORDING

MAPPED_LETTERS = frozenset("ABC")


def category_of(value: str) -> tuple[str | None, str | None]:
    """(normalised category, unmapped letter) for a 办理结果 value or a lone `A类` line."""
    folded = fold(value).strip()
    for category, pattern in CATEGORY_WORDINGS:
        if pattern.search(folded):
            return category, None
    if ("列入" in folded or "纳入" in folded) and PLANNED_WORDING.search(folded):
        return "B", None
    m = CATEGORY_LETTER_LINE.match(folded)
    letter = m.group("l") if m else (folded if len(folded) == 1 else None)
    if letter is None:
        return None, None
    letter = letter.upper()
    return (letter, None) if letter in MAPPED_LETTERS else (None, letter)


def disclosure_of(value: str) -> str | None:
    """主动公开 / 依申请公开 / 不予公开 from a 公开属性 value or a 附注 such as （此件公开发布）, （此回复件公开）."""
    folded = fold(value)
    m = DISCLOSURE_VALUE.search(folded)
    if m:
        return "不予公开" if m.group(0) == "不公开" else m.group(0)
    if DISCLOSED_NOTE.search(folded):
        return "主动公开"
    return None
