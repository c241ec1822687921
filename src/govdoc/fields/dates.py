"""成文日期 and other dates, in Arabic or Chinese numerals (二〇二三年四月二十七日, 二O一一年5月16日, 2023.4.27)."""

from __future__ import annotations

import datetime
import functools

import regex

from govdoc.fold import fold
from govdoc.numerals import cn_digits_to_int, cn_to_int
from govdoc.patterns import DATE, MONTH_DATE, SEALED_DATE_LINE, YEAR_DATE


def iso_date(match: regex.Match[str]) -> str | None:
    """ISO date for a match of a date pattern (its groups y, m, d), or None when the parts make no calendar date."""
    y, m, d = match.group(*_parts(match.re))
    year = cn_digits_to_int(y)
    month = 1 if m == "元" else cn_to_int(m)  # 元月: the first month
    day = cn_to_int(d)
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str | None, str] | None:
    """(ISO date or None, text as written) of the first date in `text`."""
    folded = fold(text)
    m = DATE.search(folded) or SEALED_DATE_LINE.search(folded)  # the latter only as all of `text`
    if m is None:
        return None
    return iso_date(m), text[m.start() : m.end()].rstrip()


def partial_date(text: str) -> str | None:
    """ISO 8601's reduced precision (`2024-05`) of a date written to its month only, where that date
    is all of `text` (2024年5月, 二〇二四年五月): a 落款 or a 印发 line that gives no day; or `2024` of one
    written to its year only (2024年, 二〇二四年: schema 1.10). A date with a day is `find_date`'s;
    anything else around the month is no such date (None)."""
    folded = fold(text).strip()
    m = MONTH_DATE.fullmatch(folded)
    if m is None:
        y = YEAR_DATE.fullmatch(folded) if folded.endswith("年") else None
        year = cn_digits_to_int(y.group("y")) if y is not None else None
        return f"{year:04d}" if year is not None else None
    year = cn_digits_to_int(m.group("y"))
    month = 1 if m.group("m") == "元" else cn_to_int(m.group("m"))
    if year is None or month is None or not 1 <= month <= _MONTHS:
        return None
    return f"{year:04d}-{month:02d}"


_MONTHS = 12


@functools.cache
def _parts(pattern: regex.Pattern[str]) -> tuple[int, int, int]:
    """The numbers of a date pattern's year, month and day groups: `regex` reads a group by its
    number several times faster than by its name (a name is looked up anew on every call)."""
    index = pattern.groupindex
    return index["y"], index["m"], index["d"]
