"""Answer category (办理结果 → A/B/C/reference) and 公开属性 (主动公开 …)."""

from __future__ import annotations

import regex

from govdoc.fold import fold
from govdoc.patterns import (
    BOX_OPTION,
    CATEGORY_LETTER_LINE,
    CATEGORY_WORDINGS,
    DISCLOSED_NOTE,
    DISCLOSURE_NO,
    DISCLOSURE_VALUE,
    DISCLOSURE_YES,
    FORM_BOX,
    MARK_AFTER_OPTION,
    PLANNED_WORDING,
    TICKED_BOXES,
)

MAPPED_LETTERS = frozenset("ABC")


def ticked_option(value: str) -> str | None:
    """The option a form's row of boxes ticks (`☐A类 ☑B类 ☐C类` → `B类`): an unticked option is never
    the value, so the row's first wording is not read as it. "" where no box or several are ticked
    (nothing chosen: the caller warns as for a value it cannot map); None where the value is no
    row of boxes (no box, or words before the first box), to be read as written."""
    first = FORM_BOX.search(value)
    if first is None or value[: first.start()].strip():
        return _marked_after(value) if first is not None or "(" in value or "（" in value else None
    ticked = [m.group("option") for m in BOX_OPTION.finditer(value) if m.group("box") in TICKED_BOXES]
    return ticked[0].strip() if len(ticked) == 1 else ""


def _marked_after(value: str) -> str | None:
    """The option a clerk's typed row ticks after it, in brackets or by a box (`A类（√）　B类（　）　C类（　）` → `A类`,
    `主动公开□　依申请公开☑` → `依申请公开`), the row of options each with its bracket or box and nothing else: as
    `ticked_option` says, "" where none or several are ticked, None for any other value (`B类（正在解决）` names
    its wording in the bracket). One option alone is the row only where it is ticked (`B类（√）`, the others struck
    out by the clerk)."""
    folded = fold(value)
    end = len(folded.rstrip())
    options: list[regex.Match[str]] = []
    while (at := options[-1].end() if options else 0) < end:
        # each option matched where the last one ended, the row's whole length once: searched from every position
        # instead, the lazy option ran on to the line's end from each of them (review27 R12: quadratic)
        m = MARK_AFTER_OPTION.match(folded, at)
        if m is None or m.end() == at:
            return None
        options.append(m)
    if not options or options[-1].end() != end:
        return None
    ticked = [m for m in options if m.group("box") in TICKED_BOXES]
    if len(options) == 1 and not ticked:
        return None
    return value[ticked[0].start("option") : ticked[0].end("option")].strip() if len(ticked) == 1 else ""


def category_of(value: str) -> tuple[str | None, str | None]:
    """(normalised category, unmapped letter) for a 办理结果 value or a lone `A类` line; of a row of
    boxes, the ticked option's."""
    option = ticked_option(value)
    if option == "":  # no single box ticked: nothing chosen, and said as an unmapped value is
        return None, value.strip()
    folded = fold(value if option is None else option).strip()
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


def disclosure_answered(value: str) -> str | None:
    """主动公开 / 不予公开 from the yes/no value of a 是否公开 row (是, 否, 同意, 不同意) or a 公开范围 row saying
    公开 (schema 1.12); None for any other value."""
    folded = fold(value)
    if DISCLOSURE_YES.match(folded):
        return "主动公开"
    return "不予公开" if DISCLOSURE_NO.match(folded) else None


def disclosure_of(value: str) -> str | None:
    """主动公开 / 依申请公开 / 不予公开 from a 公开属性 value or a 附注 such as （此件公开发布）, （此回复件公开）;
    of a row of boxes, the ticked option's."""
    option = ticked_option(value)
    folded = fold(value if option is None else option)
    m = DISCLOSURE_VALUE.search(folded)
    if m:
        return "不予公开" if m.group(0) == "不公开" else m.group(0)
    if DISCLOSED_NOTE.search(folded):
        return "主动公开"
    return None
