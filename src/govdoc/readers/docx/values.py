"""WordprocessingML's numeric attributes read defensively: ASCII digits only, within Word's 16 bits.

`str.isdigit` admits `²` and `٣`, which `int` refuses, and a 5,000-digit value is too long
for `int` at all; Word itself writes none of these. A value that is not a plain decimal
number is ignored (as Word ignores it); a plain number beyond `limits.number` is `too-large`,
so that a list cannot be made to start at 10¹² and render a label of gigabytes.
"""

from __future__ import annotations

import regex

from govdoc.limits import Limits

_DECIMAL = regex.compile(r"-?[0-9]{1,40}")


def plain_int(value: str | None) -> int | None:
    """`value` as an int where it is a plain decimal number (ASCII digits, at most 40 of them), else None:
    for a value whose sense bounds it (a page's height), which is ignored out of range rather than refused."""
    if value is None:
        return None
    value = value.strip()
    return int(value) if _DECIMAL.fullmatch(value) else None


def word_int(value: str | None, limits: Limits, *, path: str | None = None, what: str = "a number") -> int | None:
    """`value` as an int, None when it is no plain decimal number; `too-large` beyond the limit."""
    number = plain_int(value)
    if number is None:
        bare = (value or "").strip().lstrip("-")
        if bare.isascii() and bare.isdigit():  # longer than any real value
            raise limits.exceeded("number", path=path, what=what)
        return None
    limits.check("number", abs(number), path=path, what=what)
    return number
