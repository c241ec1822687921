"""Figures: amounts, percentages, counts and growth rates, with what they measure and when.

`34.81亿元` → value 3481000000, unit 元; `26.96%` → 26.96 %; `十六个` → 16 个. The measured
thing is the phrase before the number in its clause (after a verb such as 实现, 达到, 新增);
the period, a date phrase earlier in the same sentence (2022年1-12月, 今年以来).
"""

from __future__ import annotations

from typing import cast

import regex

from govdoc.fold import fold
from govdoc.model import Figure, FigureKind, Span
from govdoc.numerals import cn_to_int

_UNITS = (
    "个百分点|百分点|平方公里|平方米|立方米|万人次|人次|公里|千米|亿元|万元|千元|元|%|个|家|亩|台|处|条|场|所|辆|项|次|名|户|人|座|套|"
    "吨|件|批|类|株|棵|栋|间|张|份|篇|期|天|小时"
)
FIGURE = regex.compile(
    rf"(?<!第)(?P<num>(?<![\d.])\d+(?:\.\d+)?|(?!一[^十百千万亿])[一二三四五六七八九十百千两]{{1,6}}(?=[万亿]?(?:{_UNITS})))"
    rf"(?P<mult>[万亿])?(?:余|多)?(?P<unit>{_UNITS})"
)
_CLAUSE = regex.compile(r"[，,。；;：:！？、（(\n]")
_VERB = regex.compile(
    r"^.*(?:实现|达到|完成|新增|新建|建成|累计|共计|共有|超过|突破|增至|提高到|投入|开通|布建|开发|打造|引进|收储|建立|举办|组织)"
)
_TRAILING = regex.compile(r"(?:为|达|约|共|是|有|了|的)+$")
_LEADING = regex.compile(r"^(?:了|的|共|约|达|为)+")
_AFTER_COUNT = regex.compile(r"[\p{Han}“”A-Za-z]{2,12}")
_COUNT_UNITS = frozenset("个家项类条处所座套台辆名户人件批株栋间张份篇场") | {"万人次", "人次"}
_PERIOD = regex.compile(
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}(?:-\d{1,2})?月|上半年|下半年|[一二三四]季度|全年|底|末)?|今年以来|今年|去年|近年来|截至目前|过去一年)"
)
_MULT = {"万": 1e4, "亿": 1e8}


def _kind(unit: str, measured: str | None) -> str:
    if unit in ("%", "百分点", "个百分点"):
        if measured and regex.search(r"增长|下降|增加|减少|提高|降低|增幅|降幅|同比|环比", measured):
            return "growth-rate"
        return "percentage"
    if unit.endswith("元"):
        return "amount"
    return "count"


def figures(text: str) -> tuple[Figure, ...]:
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
