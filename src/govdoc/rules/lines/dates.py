"""How a 成文日期 stands on a line: alone, beside an organ, under a label, or side by side with
another organ's date; where the date ends; the labelled 落款's organ lines.

`date_class` answers all of it as bits once per line, since the 落款 search asks every one of
them of every line it passes, and the joins and the header some.
"""

from __future__ import annotations

import regex

from govdoc import patterns as P
from govdoc.rules.lines.base import CELL_EDGE, is_organ_name, per_line
from govdoc.rules.lines.classify import SHORT_DAY, line_class
from govdoc.state import Block

_DATE_END = frozenset("日号月0123456789")
# Tested with `in` scans: a set's isdisjoint hashes every character of the text it is given.
_NOT_IN_SIGNING_ORGAN = "。,;:!?《》"
_NOT_IN_LABELLED_ORGAN = "。,;!?《》"
_WEEKDAY_ON_DAY = ("星期日", "礼拜日", "周日")  # a weekday that ends in 日 like the date before it
_MAX_DATE_TAIL = 16
_NO_TAIL_END = frozenset("。,;!?:、")  # no tail after a date ends so (tests/test_rule_speed.py ties it to DATE_TAIL)
_MAX_CLOCK = 13  # a space and hh:mm:ss


def _may_end_in_clock(f: str) -> bool:
    """The guard before CLOCK_TAIL: a colon or a 时/点 among the line's last characters."""
    end = f[-_MAX_CLOCK:]
    return ":" in end or "时" in end or "点" in end


def has_clock(b: Block) -> bool:
    """The line ends with a time of day after its date (2024-05-06 10:21:33, …日16时20分): a web reply's timestamp."""
    f = b.folded.rstrip(CELL_EDGE)
    return _may_end_in_clock(f) and bool(P.CLOCK_TAIL.search(f, max(0, len(f) - _MAX_CLOCK)))


@per_line
def date_end(b: Block) -> int:
    """Where the date ends on a date line: before a category or sign-off written after it (…日 B类).

    A cell's edge (`|`, spaces) at the line's end is no part of the date and does not hide it.
    """
    f = b.folded.rstrip(CELL_EDGE)
    clock = P.CLOCK_TAIL.search(f, max(0, len(f) - _MAX_CLOCK)) if _may_end_in_clock(f) else None
    if clock:
        return clock.start()
    if f[-1:] in _DATE_END and f.count("年") > 1 and (repeated := P.REPEATED_DATE_LINE.match(f)):
        return repeated.end("date")  # the same date under each of joint organs: the first is the date
    note = contact_note_at(f) if f.endswith(")") else None
    if note is not None and f[:note].rstrip()[-1:] in _DATE_END:
        return len(f[:note].rstrip())  # …2024年5月6日（联系人：王某，电话：…）: the 附注's contact written on
    if (f[-1:] in _DATE_END and not f.endswith(_WEEKDAY_ON_DAY)) or len(f) > 24 + 60 + _MAX_DATE_TAIL:
        return len(f)
    if f[-1:] in _NO_TAIL_END:
        return len(f)  # a sentence's stop: every tail DATE_TAIL knows ends on a letter, a Han character or a bracket
    tail = P.DATE_TAIL.search(f, max(0, len(f) - _MAX_DATE_TAIL - 4))
    return tail.start() if tail else len(f)


def contact_note_at(f: str) -> int | None:
    """Where a bracketed contact note closing the folded line opens ((联系人：王某，电话：…)), or None."""
    at = f.rfind("(")
    return at if at >= 0 and P.CONTACT_BRACKET.match(f, at) else None


# The date class of a line: which of the ways a 成文日期 stands on a line it is, as bits (0: none).
DATE_LINE = 1  # only a date (2024年5月6日, （2024年5月6日）), a category, clock or cell edge after it aside
ORGAN_DATE = 2  # an organ and the date side by side (某局　2024年5月6日)
LABELLED_DATE = 4  # 答复时间：2024年5月6日 (maybe after 答复单位：某局), or 日期：2024年5月6日
BARE_LABELLED_DATE = 8  # 日期：2024年5月6日: a 落款's date only under its organ line (LABELLED_DATE too)


def date_class(b: Block) -> int:
    """The line's date class (DATE_LINE, ORGAN_DATE, LABELLED_DATE, BARE_LABELLED_DATE bits), answered
    once per line: the 落款 search asks all of them of every line, the joins and the header some.

    A line that cannot hold a date (most lines) is answered by string tests, without the per-line
    store, which costs more than they do; the others once per line."""
    f = b.folded
    if f[-1:] in _NO_TAIL_END:
        return 0  # a sentence's stop ends no date, clock or tail (most lines): nothing to match
    if not _may_hold_date(f):
        return 0  # headings, titles, organ lines: no date the patterns know can stand on them
    return _date_class(b)


@per_line
def _date_class(b: Block) -> int:
    f = b.folded
    end = date_end(b)
    # only dates on the line: an organ before one would be made of a date's characters, on none of
    # which an organ's name ends (ORGAN_SUFFIX), so ORGAN_DATE_LINE is asked only of other lines
    dates_only = _date_line(f, end) or bool(last_date_at(b))
    found = DATE_LINE if dates_only else ORGAN_DATE if _organ_date_line(f, end) else 0
    if f.startswith(P.BARE_DATE_LABELS):
        if P.BARE_LABELLED_DATE_LINE.match(f, 0, end):
            found |= LABELLED_DATE | BARE_LABELLED_DATE
    elif f.startswith(_SIGNATURE_LABEL_STARTS) and P.LABELLED_DATE_LINE.match(f, 0, end):
        found |= LABELLED_DATE
    return found


def _may_hold_date(f: str) -> bool:
    """Every date the patterns know holds 年, or digits joined by `.`, `-` or `/` (DATE), or opens the
    line with its year (a garbled 20190515, GARBLED_DATE_LINE): tests/test_rule_speed.py ties it."""
    return "年" in f or "-" in f or "." in f or "/" in f or f.lstrip(_DATE_OPENING)[:1] in ("1", "2")


_DATE_OPENING = CELL_EDGE + "("  # what _date_line takes off before a date (a cell's edge, a bracket)
_MAX_DATES_LINE = 4 * 24 + 3 * 40


@per_line
def last_date_at(b: Block) -> int:
    """Where the last date starts on a line of joint organs' different dates side by side
    (2024年5月6日    2024年5月8日), or 0 for any other line: the 落款's date is the last signer's."""
    f = b.folded.rstrip(CELL_EDGE)
    if f[-1:] not in _DATE_END or len(f) > _MAX_DATES_LINE or (f.count("年") < 2 and " " not in f):
        return 0
    m = P.DATES_SIDE_BY_SIDE.match(f)
    return m.start("last") if m and date_end(b) >= m.end() else 0  # the same date repeated is one (date_end)


def _date_line(folded: str, end: int) -> bool:
    f = folded[:end].lstrip(CELL_EDGE)
    if f.startswith("(") and f.endswith(")"):
        f = f[1:-1]  # （2024年5月6日）: a page that prints the 成文日期 in brackets
    if not f or len(f) > 24:
        return False
    if f[-1] not in _DATE_END:  # or the 日 a seal hid from OCR, read as another sign (2024年5月20H)
        return "月" in f[-5:] and P.SEALED_DATE_LINE.match(f) is not None
    return bool(P.DATE_LINE.match(f) or P.GARBLED_DATE_LINE.match(f) or P.SEALED_DATE_LINE.match(f))


def _organ_date_match(folded: str, end: int) -> regex.Match[str] | None:
    """An organ and the date ending at `end` on one line, the date whole or to its month (某局　　2024年5月):
    the one reading the date class, the 落款's joint signers and the field readers share (diffread-A A11)."""
    m = P.ORGAN_DATE_LINE.match(folded, 0, end)
    if m is None and folded[end - 1 : end] == "月":
        m = P.ORGAN_MONTH_DATE_LINE.match(folded, 0, end)
    return m


def organ_date_match(b: Block) -> regex.Match[str] | None:
    """The organ (group `organ`) and the date (group `date`) of an organ-and-date line, or None."""
    return _organ_date_match(b.folded, date_end(b))


def _organ_date_line(folded: str, end: int) -> bool:
    if folded[end - 1 : end] not in _DATE_END or folded.find(":", 0, end) >= 0:
        return False  # neither the organ nor the date of ORGAN_DATE_LINE holds a colon (a contact line does)
    m = _organ_date_match(folded, end)
    if m is None:
        return False
    organ = P.SEAL_AFTER.sub("", m.group("organ").strip())  # 某局（盖章）  2024年5月6日: the seal's note set aside
    return not any(c in organ for c in _NOT_IN_SIGNING_ORGAN) and bool(P.ORGAN_SUFFIX.search(organ.rstrip()))


def is_date_line(b: Block) -> bool:
    """A line that is only a date (a 成文日期), once a category, clock or cell edge after it is set aside."""
    return bool(date_class(b) & DATE_LINE)


def compiled_by_at(b: Block) -> int:
    """Where the organ ends on a 简报's 编发 line (某县人民政府办公室编　　2024年5月6日: an organ, 编 or 编印, the
    date), else 0. Only a line holding 编 is searched; whether the text is a 简报 is the caller's to know."""
    f = b.folded
    if "编" not in f:
        return 0
    end = date_end(b)
    m = P.COMPILED_BY_DATE_LINE.match(f, 0, end)
    if m is None:
        return 0
    organ = m.group("organ").strip()
    if any(c in organ for c in _NOT_IN_SIGNING_ORGAN) or not P.ORGAN_SUFFIX.search(organ):
        return 0
    return m.start("organ") + len(m.group("organ").rstrip())


def is_organ_date_line(b: Block) -> bool:
    """An organ and the date on one line (署名 and 成文日期 side by side)."""
    return bool(date_class(b) & ORGAN_DATE)


def labelled_organs(b: Block) -> str | None:
    """The organ(s) a labelled 落款 names on this line (答复单位：某局 / 会办单位：某局、某局), or None."""
    f = b.folded
    if not f.startswith(_SIGNATURE_LABEL_STARTS):
        return None
    m = P.LABELLED_ORGAN_LINE.match(f) or P.LABELLED_DATE_LINE.match(f, 0, date_end(b))
    if m is None or m.group("organ") is None:
        return None
    groups = [g for g in ("organ", "organ2") if m.groupdict().get(g)]
    for g in groups:
        organ = P.SEAL_AFTER.sub("", m.group(g).strip())
        if not is_organ_name(organ) or any(c in organ for c in _NOT_IN_LABELLED_ORGAN):
            return None
    # two labelled side by side (主办单位：某局  协办单位：某局): one list, split again by the contract's rule
    return "，".join(b.text[m.start(g) : m.end(g)] for g in groups)


def is_labelled_organ_line(b: Block) -> bool:
    """答复单位：某局 (主办单位：/会办单位：) alone on its line: an organ line of a labelled 落款."""
    return labelled_organs(b) is not None and bool(P.LABELLED_ORGAN_LINE.match(b.folded))


def is_labelled_date_line(b: Block) -> bool:
    """答复时间：2024年5月6日 (maybe after 答复单位：某局 on the same line), or 日期：2024年5月6日: the date
    of a labelled 落款."""
    return bool(date_class(b) & LABELLED_DATE)


def is_bare_labelled_date_line(b: Block) -> bool:
    """日期：2024年5月6日: a 落款's date only under its organ line; alone, it may be a page's publishing date."""
    return bool(date_class(b) & BARE_LABELLED_DATE)


# What `signature_label_only` answers (0: no lone label).
ORGAN_LABEL_ONLY = 1  # 答复单位： alone: the organ line(s) under it are the 落款's
DATE_LABEL_ONLY = 2  # 答复日期： alone: the date line under it is the 落款's
_MAX_LABEL_ONLY = 16  # the longest label (单位（盖章）：, 答复单位（盖章）：) and its colon, spaces aside


@per_line
def signature_label_only(b: Block) -> int:
    """A labelled 落款's label alone on its line, its value on the line under it (答复单位： ⏎ 某局,
    答复日期： ⏎ 2024年5月6日): ORGAN_LABEL_ONLY or DATE_LABEL_ONLY, else 0 (most lines: the guard)."""
    f = b.folded.rstrip(" ")
    if len(f) > _MAX_LABEL_ONLY or not f.startswith(_LONE_LABEL_STARTS):
        return 0
    m = P.SIGNATURE_LABEL_ONLY_LINE.match(f)
    if m is None:
        return 0
    return ORGAN_LABEL_ONLY if m.group("organ") else DATE_LABEL_ONLY


_ORGAN_LABEL_STARTS = ("答复", "回复", "办复", "复函", "落款", "主办", "会办", "协办", "办理", "单位(", "盖章")
_SIGNATURE_LABEL_STARTS = (*_ORGAN_LABEL_STARTS, "签发")  # 签发日期 labels a 落款's date too
_LONE_LABEL_STARTS = (*_SIGNATURE_LABEL_STARTS, "单位", "日期", "成文")  # a bare 单位：, 日期：, 成文日期： alone


def is_date_fragment_line(b: Block) -> bool:
    """二十六日 alone: a 成文日期 that lost its year and month, a line of the trailer, not of the body."""
    return bool(line_class(b) & SHORT_DAY) and bool(P.DATE_FRAGMENT_LINE.match(b.folded.strip()))
