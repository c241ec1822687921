"""The words of a date, defined once for every layer: `patterns.dates` builds the genre's date patterns from them,
and a reader that must tell a line ending on a date (readers.html.content: the 落款 set after a web page's article)
compiles its one pattern from them, since a reader may not import `patterns` (as `organ_names` and `mail_marks`)."""

from __future__ import annotations

# A year in figures or in numerals written digit by digit (二〇二四, its 〇 maybe an O or a 0), a month and a day in
# figures or in numerals (元月: the first month). The month's and the day's are alternations, put in a group where
# they are used.
YEAR_FIGURES = r"(?:19|20)\d{2}"
YEAR_NUMERALS = r"[〇Oo0一二三四五六七八九]{4}"
MONTH_FIGURES = r"1[0-2]|0?[1-9]"
MONTH_NUMERALS = r"十[一二]?|[一二三四五六七八九元]"
DAY_FIGURES = r"3[01]|[12]\d|0?[1-9]"
# (廿 and 卅, one character for 二十 and 三十, write a day's tens in dates kept in the traditional style:
# 二〇二六年五月廿日, 十月卅一日)
DAY_NUMERALS = (
    r"三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|十[一二三四五六七八九]?|[一二三四五六七八九]"
)
YEAR_WORDS = rf"(?:{YEAR_FIGURES}|{YEAR_NUMERALS})"
MONTH_WORDS = rf"(?:{MONTH_FIGURES}|{MONTH_NUMERALS})"
DAY_WORDS = rf"(?:{DAY_FIGURES}|{DAY_NUMERALS})"

# A whole date, to its day: 2024年6月18日, 二〇二四年六月十八日 (号 for 日), or in digits alone as web pages and forms
# write it (2024.1.2, 2024-01-02, 2024/1/2). Groups y, m, d (named twice: compile it with `regex`).
DATE = (
    rf"(?P<y>{YEAR_FIGURES}|{YEAR_NUMERALS})[ ]{{0,2}}年[ ]{{0,2}}"
    rf"(?P<m>{MONTH_FIGURES}|{MONTH_NUMERALS})[ ]{{0,2}}月[ ]{{0,2}}"
    rf"(?P<d>{DAY_FIGURES}|{DAY_NUMERALS})"
    r"[ ]{0,2}[日号]"
    rf"|(?<!\d|\d[.\-/])(?P<y>{YEAR_FIGURES})(?P<sep>[.\-/])(?P<m>{MONTH_FIGURES})(?P=sep)(?P<d>{DAY_FIGURES})(?![.\-/]?\d)"
)
# A date written to its month only (2024年5月, 二〇二四年五月).
YEAR_MONTH = rf"{YEAR_WORDS}[ ]{{0,2}}年[ ]{{0,2}}{MONTH_WORDS}[ ]{{0,2}}月"
