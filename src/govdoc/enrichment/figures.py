"""Figures: amounts, percentages, counts and growth rates, with what they measure and when.

`34.81亿元` → value 3481000000, unit 元; `26.96%` → 26.96 %; `十六个` → 16 个. The measured
thing is the phrase before the number in its clause (after a verb such as 实现, 达到, 新增);
the period, a date phrase earlier in the same sentence (2022年1-12月, 今年以来). The words are
`govdoc.patterns`' `FIGURE*` tables.
"""

from __future__ import annotations

from typing import cast

import regex

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.model import Figure, FigureKind, Span
from govdoc.numerals import cn_to_int

FIGURE = P.FIGURE
_CLAUSE = regex.compile(r"[，,。；;：:！？、（(\n]")
_VERB = P.FIGURE_VERB
_TRAILING = P.FIGURE_TRAILING
_LEADING = P.FIGURE_LEADING
_AFTER_COUNT = regex.compile(r"[\p{Han}“”A-Za-z]{2,12}")
_COUNT_UNITS = P.FIGURE_COUNT_UNITS
_PERIOD = P.FIGURE_PERIOD
_MULT = P.FIGURE_MULTIPLIERS


def _kind(unit: str, measured: str | None) -> str:
    if unit in ("%", "百分点", "个百分点"):
        if measured and regex.search(r"增长|下降|增加|减少|提高|降低|增幅|降幅|同比|环比", measured):
            return "growth-rate"
        return "percentage"
    if unit.endswith("元"):
        return "amount"
    return "count"


def figures(text: str) -> tuple[Figure, ...]:
    """The figures in one paragraph's text, spans relative to it: each value in its base unit (亿元 → 元),
    with the phrase it measures and the period before it in the sentence.
    """
    found: list[Figure] = []
    folded = fold(text)
    for m in FIGURE.finditer(folded):
        raw = m.group("num")
        number = float(raw) if raw[0].isdigit() else float(cn_to_int(raw) or 0)
        unit = m.group("unit")
        value = number * _MULT.get(m.group("mult") or "", 1.0)
        if unit in ("亿元", "万元", "千元"):
            value *= {"亿元": 1e8, "万元": 1e4, "千元": 1e3}[unit]
            unit = "元"
        elif unit == "万人次":
            value *= 1e4
            unit = "人次"
        clause = [c.end() for c in _CLAUSE.finditer(folded, 0, m.start())]
        head = clause[-1] if clause else 0
        phrase = _TRAILING.sub("", text[head : m.start()].strip())
        phrase = _LEADING.sub("", _VERB.sub("", phrase)).strip()
        measured: str | None = phrase[-16:] if len(phrase) >= 2 else None
        if m.group("unit") in _COUNT_UNITS:  # a count names what it counts after itself: 11万个物联传感器
            after = _AFTER_COUNT.match(text, m.end())
            if after:
                measured = text[after.start() : after.end()]
        sentence = max(folded.rfind("。", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
        periods = list(_PERIOD.finditer(folded, sentence, m.start()))
        period = text[periods[-1].start() : periods[-1].end()] if periods else None
        found.append(
            Figure(
                text=text[m.start() : m.end()],
                value=round(value, 6),
                unit=unit,
                kind=cast(FigureKind, _kind(unit, measured)),
                measured=measured,
                period=period,
                span=Span(m.start(), m.end()),
            )
        )
    return tuple(found)
