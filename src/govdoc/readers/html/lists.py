"""The numbers a browser draws before the items of an `<ol>`, or a stylesheet's counters before headings:
not in the page's text, shown on it.

A rich-text editor writes a list of points as `<ol><li>…</li></ol>` and the browser numbers them
(`1.` `2.`, or `一、` for `list-style-type: cjk-ideographic`), as Word numbers its lists; the
reader puts the number the page shows in front of the item, so the item reads as printed. A
page that turns the list's own numbers off and draws them with a CSS counter instead
(`li::before{content:counter(item) "、"}`) shows those: they are read from its stylesheet. A page
rendered from Markdown may number its headings so (`h3{counter-increment:h3}`,
`h3::before{content:counter(h3, cjk-ideographic) "、"}`, `h3{counter-reset:h4}`): `heading_counters`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from govdoc.numerals import int_to_cn, int_to_roman
from govdoc.readers.html.dom import attr
from govdoc.readers.html.hidden import screen_rules

_STYLE = regex.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", regex.I)
_TYPES = {
    "1": "decimal",
    "a": "lower-alpha",
    "A": "upper-alpha",
    "i": "lower-roman",
    "I": "upper-roman",
}
_LIMIT = 999  # beyond this a list is no document's list of points
_CONTENT = regex.compile(r"(?:^|;)\s*content\s*:\s*([^;]{1,200})", regex.I)
_CONTENT_PART = regex.compile(
    r"\"((?:[^\"\\]|\\.){0,40})\"|'((?:[^'\\]|\\.){0,40})'|counter\(\s*[\w-]{1,40}\s*(?:,\s*([a-z-]{1,30})\s*)?\)|(\S)",
    regex.I,
)
_CSS_ESCAPE = regex.compile(r"\\([0-9a-f]{1,6})\s?|\\(.)", regex.I)
_BEFORE = regex.compile(r"::?before$", regex.I)
_ITEM_SELECTOR = regex.compile(r"^(?:(?:li|ol|ul)?\.([\w-]{1,60})|li)$", regex.I)
_COMBINATOR = regex.compile(r"\s*[>+~]\s*|\s+")
_LIST_CLASS = regex.compile(r"^(?:ol|ul)?\.([\w-]{1,60})$", regex.I)
_IMPORTANT = regex.compile(r"\s*!\s*important\s*$", regex.I)

# text before the number, the number's counter style, text after it, and None where each list counts
# anew, else the counter's name: the stylesheet resets it on no list, so it numbers on across them
Counter = tuple[str, str, str, str | None]
_RESET = regex.compile(r"(?:^|;)\s*counter-reset\s*:\s*([\w-]{1,40})", regex.I)
_LAST_COMPOUND = regex.compile(r"([\w.-]{1,80})$")
_COUNTER_NAME = regex.compile(r"counter\(\s*([\w-]{1,40})", regex.I)


def list_style(ol: object, sheet: str | None = None) -> str:
    """The counter style of an `<ol>`: its own CSS list-style-type, else the one the page's stylesheet gives it
    (`sheet`), else its `type` attribute, else decimal."""
    found = _STYLE.search(attr(ol, "style"))
    if found:
        return found.group(1).lower()
    return sheet or _TYPES.get(attr(ol, "type").strip(), "decimal")


def first_number(ol: object) -> int:
    """Where an `<ol>` starts counting (`start`), 1 when not stated or not a plain number."""
    start = attr(ol, "start").strip()
    return int(start) if start.isascii() and start.isdigit() and len(start) <= 3 else 1


# The counter styles that draw no number (a bullet, or nothing): their items have no marker here.
_UNNUMBERED = frozenset({"none", "disc", "circle", "square", "disclosure-open", "disclosure-closed"})
# CSS's Chinese counter styles besides the informal (一、): the formal figures (壹、贰、, 壹拾贰 for 12) and the
# cycles of the heavenly stems and earthly branches (甲、乙、 …, 子、丑、 …; past their end, as CSS falls back, the
# informal figures)
_FORMAL = {
    "simp-chinese-formal": str.maketrans("一二三四五六七八九十百", "壹贰叁肆伍陆柒捌玖拾佰"),
    "trad-chinese-formal": str.maketrans("一二三四五六七八九十百", "壹貳參肆伍陸柒捌玖拾佰"),
}
_CYCLES = {"cjk-heavenly-stem": "甲乙丙丁戊己庚辛壬癸", "cjk-earthly-branch": "子丑寅卯辰巳午未申酉戌亥"}


def item_marker(style: str, n: int) -> str:
    """The marker a browser draws for item `n` in a counter style; empty for a style drawing none (`none`, a
    bullet). A style named but not drawn here is drawn in decimal, as CSS draws a counter style it does not know
    (an empty marker dropped the page's numbers unsaid: `list-style-type: trad-chinese-informal` from the page's
    stylesheet lost 一、 二、; diffread29 N3)."""
    if not 0 < n <= _LIMIT or style in _UNNUMBERED:
        return ""
    if style == "decimal-leading-zero":
        return f"{n:02d}."
    if style in ("cjk-ideographic", "simp-chinese-informal", "trad-chinese-informal", "cjk-decimal"):
        return f"{int_to_cn(n)}、"
    if style in _FORMAL:
        formal = int_to_cn(n).translate(_FORMAL[style])
        return f"{'壹' if formal[:1] == '拾' else ''}{formal}、"  # (十二 is 壹拾贰 in the formal figures)
    if style in _CYCLES:
        cycle = _CYCLES[style]
        return f"{cycle[n - 1] if n <= len(cycle) else int_to_cn(n)}、"
    if style in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin") and n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"{letter.upper() if style.startswith('upper') else letter}."
    if style in ("lower-roman", "upper-roman") and n < 40:
        roman = int_to_roman(n).lower()
        return f"{roman.upper() if style == 'upper-roman' else roman}."
    return f"{n}."


def counter_text(style: str, n: int) -> str:
    """Number `n` in a counter style as CSS `counter()` writes it (`3`, `三`, `c`, `iii`); empty for one
    unknown here."""
    marker = item_marker(style, n)
    return marker[:-1]  # item_marker's forms all end on one mark after the number


def counter_markers(tree: object) -> dict[str, Counter]:
    """The numbers a page's stylesheet draws before list items with a CSS counter
    (`ol li::before{content:counter(item) "、"}`), keyed by what the rule selects: `li`, or the class
    of the item or of its list (`.points li::before`). Only a content of one `counter()` between
    quoted strings is read; `counters()` of nested lists and anything else are left out. A counter
    reset on a list (`ol{counter-reset:item}`), or reset nowhere, starts anew with each list, as a
    browser counts it; one reset only on what holds the lists (`.article{counter-reset:item}`)
    numbers on from list to list."""
    found: dict[str, Counter] = {}
    on_lists: set[str] = set()
    elsewhere: set[str] = set()
    for selectors, body in screen_rules(tree):
        reset = _RESET.search(body) if "counter-reset" in body else None
        if reset is not None:
            for selector in selectors.split(","):
                last = _LAST_COMPOUND.search(selector.strip())
                listed = last is not None and last.group(1).lower().startswith(("ol", "ul"))
                (on_lists if listed else elsewhere).add(reset.group(1))
        content = _CONTENT.search(body) if "counter(" in body else None
        counter = _counter(content.group(1)) if content else None
        if counter is None:
            continue
        for selector in selectors.split(","):
            key = _item_key(selector.strip())
            if key is not None:
                found[key] = counter
    shared = elsewhere - on_lists
    return {key: (*c[:3], c[3] if c[3] in shared else None) for key, c in found.items()}


def _counter(content: str) -> Counter | None:
    before: list[str] = []
    after: list[str] = []
    style = None
    for part in _CONTENT_PART.finditer(_IMPORTANT.sub("", content.strip())):
        if part.group(4) is not None:
            return None  # an attr(), a url(), a second kind of value: not a plain counter
        if part.group(0).lower().startswith("counter("):
            if style is not None:
                return None
            style = (part.group(3) or "decimal").lower()
            continue
        text = _CSS_ESCAPE.sub(_unescape, part.group(1) if part.group(1) is not None else part.group(2))
        (after if style is not None else before).append(text)
    name = _COUNTER_NAME.search(content)
    return None if style is None or name is None else ("".join(before), style, "".join(after), name.group(1))


def _unescape(m: regex.Match[str]) -> str:
    code = m.group(1)
    if code is None:
        return m.group(2)
    value = int(code, 16)
    return chr(value) if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else ""


def _item_key(selector: str) -> str | None:
    """What a `…::before` selector draws its counter before: `li`, or a class (`li.point`, `.points li`)."""
    if not _BEFORE.search(selector):
        return None
    compounds = _COMBINATOR.split(_BEFORE.sub("", selector))
    item = _ITEM_SELECTOR.match(compounds[-1])
    if item is None:
        return None
    if item.group(1):
        return item.group(1)
    outer = _LIST_CLASS.match(compounds[-2]) if len(compounds) > 1 else None
    return outer.group(1) if outer is not None else "li"


_HEADING = regex.compile(r"^(h[1-6])(?:\.[\w-]{1,60})*$", regex.I)
_INCREMENT = regex.compile(r"(?:^|;)\s*counter-increment\s*:\s*([\w-]{1,40})", regex.I)


@dataclass(frozen=True, slots=True)
class HeadingCounters:
    """What a page's stylesheet draws before its headings with counters, by heading tag (`h3`): the counter
    each draws (`draws`), the counter each advances (`advances`), the counters each starts anew (`resets`)."""

    draws: dict[str, Counter]
    advances: dict[str, str]
    resets: dict[str, tuple[str, ...]]

    def __bool__(self) -> bool:
        return bool(self.draws)


def heading_counters(tree: object) -> HeadingCounters:
    """The counters a page's stylesheet draws before its headings (`h3::before{content:counter(h3) "、"}`,
    the rule's last compound a heading tag, with or without classes). A heading draws its counter only where
    the page also advances that counter on it (`h3{counter-increment:h3}`), as a browser then shows 1, 2, 3;
    a counter reset on a heading (`h3{counter-reset:h4}`) starts anew after each such heading."""
    draws: dict[str, Counter] = {}
    advances: dict[str, str] = {}
    resets: dict[str, tuple[str, ...]] = {}
    for selectors, body in screen_rules(tree):
        if "counter" not in body:
            continue
        for selector in selectors.split(","):
            compounds = _COMBINATOR.split(_BEFORE.sub("", selector.strip()))
            heading = _HEADING.match(compounds[-1]) if compounds else None
            if heading is None:
                continue
            tag = heading.group(1).lower()
            if _BEFORE.search(selector.strip()):
                content = _CONTENT.search(body)
                counter = _counter(content.group(1)) if content else None
                if counter is not None:
                    draws[tag] = counter
                continue
            advanced = _INCREMENT.search(body)
            if advanced is not None:
                advances[tag] = advanced.group(1)
            reset = _RESET.search(body)
            if reset is not None:
                resets[tag] = (*resets.get(tag, ()), reset.group(1))
    drawn = {tag: c for tag, c in draws.items() if c[3] is not None and advances.get(tag) == c[3]}
    return HeadingCounters(drawn, advances, resets)
