"""Chinese numerals as the genre writes them: ordinals (十二, 二十三), counts and date parts."""

from __future__ import annotations

import functools

# The formal figures one to nine (壹 … 玖), written where a figure must not be altered, and by Word's formal
# numbering; 拾 and 佰 are their ten and hundred.
FORMAL_DIGITS = "壹贰叁肆伍陆柒捌玖"
_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "O": 0,
    "o": 0,
    "Ο": 0,
    "0": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    # the formal figures (大写) a heading may be numbered in (壹、, Word's chineseLegalSimplified; struct31 cause 4)
    **dict(zip(FORMAL_DIGITS, range(1, 10), strict=True)),
}
_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
# One character for two tens or three (廿 = 二十, 卅 = 三十): a date's day in the traditional style (五月廿日).
_TENS = {"廿": 20, "卅": 30}
_CN_DIGIT = "〇一二三四五六七八九"
# The ideographs a heading's or a list's number is written with (一、 … 十二、, （三）, 二、乙表): the one set
# the shape tests ask of a line's first characters, the readers' (which may not import `patterns`) and the rules'.
MARKER_NUMERALS = frozenset(_CN_DIGIT[1:] + "十")


@functools.lru_cache(maxsize=1024)
def cn_to_int(text: str) -> int | None:
    """Value of a Chinese or Arabic numeral (三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105); None if it is none.

    Remembered: the section and enumeration rules ask the same few markers' numbers many times."""
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if text == "-" or text == "l" or text == "丨" or text == "|":
        return 1  # a marker's 一 OCR read as a dash, its 1 as a letter l (patterns.structure.OCR_ONE, OCR_DIGIT_ONE)
    total = 0
    current = 0
    seen = False
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
            seen = True
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
            seen = True
        elif ch in _TENS:
            total += _TENS[ch]
            current = 0
            seen = True
        elif ch.isdigit():
            current = current * 10 + int(ch)
            seen = True
        else:
            return None
    return total + current if seen else None


def cn_digits_to_int(text: str) -> int | None:
    """A year written digit by digit (二〇二三, 二O一一) → 2023; None if a character is no digit."""
    if text.isascii() and text.isdigit():
        return int(text)  # 2023: most years are written so
    value = 0
    for ch in text:
        if ch in _DIGITS:
            value = value * 10 + _DIGITS[ch]
        elif ch.isdigit():
            value = value * 10 + int(ch)
        else:
            return None
    return value


def circled_to_int(ch: str) -> int | None:
    """① → 1 … ⑳ → 20 (㉑ → 21 … ㉟ → 35, ㊱ → 36 … ㊿ → 50); ⑴ → 1 … ⒇ → 20; ⒈ → 1 … ⒛ → 20; ㈠ → 1 … ㈩ → 10."""
    code = ord(ch)
    for first in (0x2460, 0x2474, 0x2488):
        if first <= code < first + 20:
            return code - first + 1
    if 0x3220 <= code <= 0x3229:
        return code - 0x3220 + 1
    for first, number in _CIRCLED_PAST_TWENTY:
        if first <= code < first + _PAST_TWENTY_BLOCK:
            return code - first + number
    return None


# The circled numbers past ⑳ stand in two other blocks of fifteen: ㉑–㉟ (U+3251) and ㊱–㊿ (U+32B1).
_CIRCLED_PAST_TWENTY = ((0x3251, 21), (0x32B1, 36))
_PAST_TWENTY_BLOCK = 15
# … their characters, for the marker patterns' classes (patterns.structure)
CIRCLED_PAST_TWENTY = "".join(chr(first + k) for first, _ in _CIRCLED_PAST_TWENTY for k in range(_PAST_TWENTY_BLOCK))


def int_to_circled(n: int) -> str | None:
    """1 → ① … 50 → ㊿ (the circled family's glyph for n, across its three blocks), else None."""
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    for first, number in _CIRCLED_PAST_TWENTY:
        if number <= n < number + _PAST_TWENTY_BLOCK:
            return chr(first + n - number)
    return None


def glyph_after(glyph: str, step: int = 1) -> str | None:
    """The number glyph `step` places on from `glyph` (back for a negative step) in its own family: ① → ②
    and ⑳ → ㉑ across the circled family's three blocks, ⑴ → ⑵, ⒈ → ⒉, ㈠ → ㈡ within theirs; None past
    a family's ends, or for a character that is no number glyph (the joins step inline markers by it)."""
    n = circled_to_int(glyph)
    if n is None:
        return None
    if "\u2460" <= glyph <= "\u2473" or glyph in CIRCLED_PAST_TWENTY:
        return int_to_circled(n + step)
    other = chr(ord(glyph) + step)
    return other if circled_to_int(other) == n + step else None


def list_number(text: str) -> int | None:
    """A list item's number as written: 2, ２ (any decimal digits) or a circled ② (an 附件说明 numbers its
    titles either way), else None."""
    if text.isdecimal():
        return int(text)
    return circled_to_int(text) if len(text) == 1 else None


def int_to_cn(n: int) -> str:
    """12 → 十二, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十 (the counting form of numbered headings)."""
    if n < 0:
        return "负" + int_to_cn(-n)
    if n < 10:
        return _CN_DIGIT[n] if n else "〇"
    if n < 20:
        return "十" + (_CN_DIGIT[n - 10] if n > 10 else "")
    parts: list[str] = []
    units = ((1000, "千"), (100, "百"), (10, "十"))
    zero = False
    rest = n
    for value, name in units:
        digit, rest = divmod(rest, value)
        if digit:
            if zero:
                parts.append("零")
                zero = False
            parts.append(_CN_DIGIT[digit] + name)
        elif parts:
            zero = True
    if rest:
        if zero:
            parts.append("零")
        parts.append(_CN_DIGIT[rest])
    if n >= 10000:
        return str(n)
    return "".join(parts)


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def int_to_roman(n: int) -> str:
    """4 → IV, 49 → XLIX: the capital Roman numeral Word and browsers number lists with (empty below 1)."""
    if n < 1:
        return ""
    out = []
    for value, mark in _ROMAN:
        count, n = divmod(n, value)
        out.append(mark * count)
    return "".join(out)
