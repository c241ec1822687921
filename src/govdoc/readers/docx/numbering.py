"""Word's automatic numbering, rendered as Word and LibreOffice show it (一、 （一） 1. （1） ①).

A paragraph's `w:numPr` (or its style's) names a `w:num`, which points at an `w:abstractNum`
whose `w:lvl` elements give start, format and text (`%1、`, `（%1）`, `%1.%2`). Counters belong
to the abstract definition, so lists sharing one continue each other; a `w:startOverride` on
the num restarts its level once, and a level restarts whenever a higher level advances
(unless `w:lvlRestart` says otherwise).

Values are Word's 16-bit numbers (`limits.number`): a start, an override or a running
counter beyond it is `too-large`, which keeps every label a few characters long.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.numerals import int_to_cn, int_to_roman
from govdoc.readers.docx.values import word_int

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(el: Any, tag: str) -> str | None:
    if el is None:
        return None
    child = el.find(_w(tag))
    return child.get(_w("val")) if child is not None else None


_CIRCLED = [chr(0x2460 + i) for i in range(20)]
_PAREN_DIGITS = [chr(0x2474 + i) for i in range(20)]
_FULLSTOP_DIGITS = [chr(0x2488 + i) for i in range(20)]
_CN_CIRCLED = [chr(0x3220 + i) for i in range(10)]
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_DIGITS_CN = "〇一二三四五六七八九"


def _letters(n: int) -> str:
    # Word repeats the letter: A … Z, AA … ZZ
    if n <= 0:
        return ""
    letter = chr(ord("A") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word number format (`numFmt`)."""
    if fmt in ("decimal", "ordinal", "cardinalText", "ordinalText"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("chineseCounting", "japaneseCounting", "taiwaneseCounting"):
        return int_to_cn(n) if n < 100 else "".join(_DIGITS_CN[int(c)] for c in str(n))
    if fmt in ("chineseCountingThousand", "taiwaneseCountingThousand", "japaneseDigitalTenThousand"):
        return int_to_cn(n)
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_DIGITS_CN[int(c)] for c in str(n))
    if fmt == "chineseLegalSimplified":
        return "".join(_LEGAL[int(c)] for c in str(n))
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return _DIZHI[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return _PAREN_DIGITS[n - 1]
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return _FULLSTOP_DIGITS[n - 1]
    if fmt in ("ideographEnclosedCircle", "ideographLegalTraditional") and 1 <= n <= 10:
        return _CN_CIRCLED[n - 1]
    if fmt == "upperRoman":
        return int_to_roman(n)
    if fmt == "lowerRoman":
        return int_to_roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass(slots=True)
class Level:
    """One `w:lvl` of a list definition: where it starts, how its number is formatted and written (`%1.`)."""

    start: int = 0
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 never
    legal: bool = False
    suffix: str = "tab"
    style: str | None = None


@dataclass(slots=True)
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)  # levels its lvlOverride redefines


class Numbering:
    """numbering.xml, with the running counters of one reading of the document."""

    def __init__(
        self, root: Any, styles: Mapping[str, Any], limits: Limits = DEFAULT_LIMITS, path: str | None = None
    ) -> None:
        self.limits = limits
        self.path = path

        def number(value: str | None, default: int | None = None) -> int | None:
            """A list number attribute, `default` when absent or not decimal; one past the limit is
            `too-large`, not a runaway counter.
            """
            found = word_int(value, limits, path=path, what="a list number")
            return default if found is None else found

        self.abstract: dict[str, dict[int, Level]] = {}
        self.links: dict[str, str] = {}  # abstractNum -> numbering style it takes its levels from
        self.nums: dict[str, _Num] = {}
        self.styles = styles
        self.counters: dict[str, list[int | None]] = {}
        self.applied: set[tuple[str, int]] = set()
        if root is None:
            return

        def level_of(lvl: Any) -> tuple[int, Level]:
            return number(lvl.get(_w("ilvl")), 0) or 0, Level(
                start=number(_val(lvl, "start"), 0) or 0,
                fmt=_val(lvl, "numFmt") or "decimal",
                text=_val(lvl, "lvlText") or "",
                restart=number(_val(lvl, "lvlRestart")),
                legal=lvl.find(_w("isLgl")) is not None,
                suffix=_val(lvl, "suff") or "tab",
                style=_val(lvl, "pStyle"),
            )

        for abstract in root.iter(_w("abstractNum")):
            abstract_id = abstract.get(_w("abstractNumId")) or ""
            self.abstract[abstract_id] = dict(level_of(lvl) for lvl in abstract.iter(_w("lvl")))
            link = _val(abstract, "numStyleLink")
            if link:
                self.links[abstract_id] = link
        for num in root.iter(_w("num")):
            num_id = num.get(_w("numId")) or ""
            entry = _Num(_val(num, "abstractNumId") or "")
            for override in num.iter(_w("lvlOverride")):
                start = number(_val(override, "startOverride"))
                if start is not None:
                    entry.starts[number(override.get(_w("ilvl")), 0) or 0] = start
                lvl = override.find(_w("lvl"))
                if lvl is not None:  # a whole level redefined for this list (pasted in from another document)
                    ilvl, level = level_of(lvl)
                    entry.levels[ilvl] = level
            self.nums[num_id] = entry

    def _levels(self, abstract_id: str) -> tuple[str, dict[int, Level]]:
        """The abstract definition holding the levels, following numStyleLink once."""
        link = self.links.get(abstract_id)
        if link and link in self.styles:
            num_id = getattr(self.styles[link], "num_id", None)
            target = self.nums.get(num_id or "")
            if target is not None and target.abstract in self.abstract and target.abstract != abstract_id:
                return target.abstract, self.abstract[target.abstract]
        return abstract_id, self.abstract.get(abstract_id, {})

    def label(self, num_id: str | None, ilvl: int, style_id: str | None) -> str | None:
        """The number text of the next paragraph on this list level, advancing the counters."""
        num = self.nums.get(num_id or "")
        if num is None:
            return None
        key, levels = self._levels(num.abstract)
        if num.levels:
            levels = {**levels, **num.levels}
        if style_id and not any(level.style == style_id for level in levels.values()):
            pass
        elif style_id:
            ilvl = next((i for i, level in levels.items() if level.style == style_id), ilvl)
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(key, [None] * 10)
        if ilvl >= len(counters):
            return None
        if ilvl in num.starts and (num_id or "", ilvl) not in self.applied:
            self.applied.add((num_id or "", ilvl))
            counters[ilvl] = num.starts[ilvl] - 1
        if counters[ilvl] is None:
            counters[ilvl] = level.start - 1
        counters[ilvl] = (counters[ilvl] or 0) + 1
        self.limits.check("number", counters[ilvl] or 0, path=self.path, what="a list number")
        for deeper in range(ilvl + 1, len(counters)):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and ilvl <= restart - 1):
                counters[deeper] = None
        if level.fmt == "bullet":
            return None  # a bullet carries no content, like a Markdown list mark
        text = level.text
        for k in range(9, -1, -1):
            token = f"%{k + 1}"
            if token in text:
                lvl = levels.get(k, Level())
                value = counters[k] if counters[k] is not None else lvl.start
                fmt = "decimal" if level.legal and lvl.fmt != "none" else lvl.fmt
                text = text.replace(token, format_number(value or 0, fmt))
        if not text:
            return None
        if level.suffix == "space" or (level.suffix == "tab" and text[-1].isalnum()):
            return text + " "
        return text
