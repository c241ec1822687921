"""What a page hides: elements a browser does not show, whose text is no part of what is read.

Portals guard their text against copying with characters hidden between the words (an inline
`display:none` span, a class the page's own stylesheet hides, `font-size:0`, `visibility:hidden`)
and leave hidden paragraphs in the article; a reader of the page sees none of them. Nor does it
see the numbers of a list whose stylesheet draws none. What it does see is where the stylesheet breaks
lines: a `<span>` its class displays as a block stands on a line of its own, and a `<div>` its class sets
`white-space: pre-line` breaks at each newline of its source (`layout_classes`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from govdoc.readers.html.dom import attr

_HIDDEN = r"(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?=;|!|$))"
_HIDDEN_STYLE = regex.compile(rf"(?:^|;)\s*{_HIDDEN}", regex.I)
# An element's own style drawing it in no ink: fully transparent (`opacity:0`), or its words in a colour of no
# opacity (`color:transparent`, `rgba(0,0,0,0)`): a scraper guard's junk between the words. Asked of the element's
# own style only: a stylesheet's `opacity:0` is a fade a script animates in (an article hidden so by its own
# style until its script runs is shown before this is asked: readers.html.embedded `show_scripted`)
_UNSEEN_INK = regex.compile(
    r"(?:^|;)\s*(?:opacity\s*:\s*0(?:\.0+)?|color\s*:\s*(?:transparent|(?:rgba|hsla)\([^)]{0,40},\s*0(?:\.0+)?\s*\)))"
    r"\s*(?:!\s*important\s*)?(?=;|$)",
    regex.I,
)
_MEDIA = regex.compile(r"@media([^{]{0,300})\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}", regex.I)
# A media query or a `<style media>` naming the screen every reader sees: `screen`, `all`, `only screen` (a query
# with features, `(max-width: 768px)`, is one size of screen among others, not read)
_SCREEN = regex.compile(r"^\s*(?:only\s+)?(?:screen|all)\s*$", regex.I)


def _for_screen(query: str) -> bool:
    """Whether a media query list names the screen (`screen`, `all`, `print, screen`)."""
    return any(_SCREEN.match(part) for part in query.split(","))


_RULE = regex.compile(r"([^{}]{1,500})\{([^{}]{0,2000})\}")
CLASS_SELECTOR = regex.compile(r"^[a-z0-9]{0,10}\.([\w-]{1,60})$", regex.I)
_ID_SELECTOR = regex.compile(r"^[a-z0-9]{0,10}#([\w-]{1,60})$", regex.I)
_NO_LIST_MARKER = regex.compile(r"(?:^|;)\s*list-style(?:-type)?\s*:\s*none\b", regex.I)
_LAST_COMPOUND = regex.compile(r"[^\s>+~]{1,80}$")
_LIST_SELECTOR = regex.compile(r"^(?:(ol|li)|(?:ol|li)?\.([\w-]{1,60}))$", regex.I)
_UL = regex.compile(r"(?<![\w.#-])ul(?![\w-])", regex.I)
# A declaration that makes an element a block of its own (`display:block`, a list item's), not `inline-block`
BLOCK_DISPLAY = regex.compile(r"(?:^|;)\s*display\s*:\s*(?:block|list-item)\s*(?=;|!|$)", regex.I)
# One that keeps the source's newlines as line breaks (`white-space: pre`, `pre-wrap`, `pre-line`)
_KEEPS_LINES = regex.compile(r"(?:^|;)\s*white-space\s*:\s*pre(?:-wrap|-line)?\s*(?=;|!|$)", regex.I)
_CLASSES_ONLY = regex.compile(r"^[a-z0-9]{0,10}((?:\.[\w-]{1,60}){1,4})$", regex.I)


def screen_rules(tree: object) -> Iterator[tuple[str, str]]:
    """The page's own style rules as (selectors, declarations), rules for another medium left out: a `<style>`
    for print (`media="print"`, a page hiding its toolbar or its attachment list on paper) and an `@media print`
    block; a block or a `<style>` for the screen (`@media screen`, `media="all"`) is read."""
    css = getattr(tree, "css", None)
    for style in css("style") if css is not None else ():
        media = attr(style, "media")
        if media and not _for_screen(media):
            continue
        for selectors, body in _RULE.findall(_MEDIA.sub(_on_screen, style.text() or "")):
            yield selectors, body.strip().replace("\n", " ")


def _on_screen(block: regex.Match[str]) -> str:
    """An `@media` block's rules where its query names the screen, else nothing."""
    return block.group(2) if _for_screen(block.group(1)) else ""


def hidden_classes(tree: object) -> frozenset[str]:
    """The classes the page's own stylesheets hide on screen (`.hd{display:none}`, or clipped to nothing as
    a screen reader's words are, `.sr-only`), simple class selectors only; the ids they hide
    (`#bjsm{display:none}`), each as `#` and the id; and the selectors ending in an attribute selector they
    hide (`.article [data-role="bianji"]`, `[aria-hidden="true"]`), each as `[` and the selector as written
    (`attribute_rules` reads them); and apart, marked `@`, the classes it paints a ground of a colour on
    (`.badge{background:#c00}`), on which white words show (`white_junk`)."""
    found: set[str] = set()
    for selectors, body in screen_rules(tree):
        if "background" in body and _paints(body):  # a rule painting a ground: white words on it show
            for selector in selectors.split(","):
                last = _LAST_COMPOUND.search(selector.strip())
                if last is not None:
                    found.update(_painted_marks(last.group()))
        if not hides(body):
            continue
        for selector in selectors.split(","):
            name = CLASS_SELECTOR.match(selector.strip())
            if name:
                found.add(name.group(1))
            elif (named := _ID_SELECTOR.match(selector.strip())) is not None:
                found.add(f"#{named.group(1)}")  # an id the page hides (`#bjsm{display:none}`), marked apart
            elif "[" in selector and _attribute_rule(selector.strip()) is not None:
                found.add(f"[{selector.strip()}")
    return frozenset(found)


_PAPER_TAGS = frozenset(["html", "body"])
_COMPOUND_PARTS = regex.compile(r"^[a-z][a-z0-9]{0,15}|[.#][\w-]{1,60}", regex.I)


def _painted_marks(compound: str) -> set[str]:
    """What the last compound of a selector painting a ground names, each marked `@` (`white_junk` asks them):
    its classes as `@name`, its id as `@#id`, its element as `@<tag` (`.badge`, `#lb`, `th`, `p.lb span`'s
    `span`). The selector's context before it is not matched: a ground taken to be under white words that a
    context would keep from them reads a scraper's junk, one missed drops a badge's words (REVIEW29B R2)."""
    marks: set[str] = set()
    for part in _COMPOUND_PARTS.findall(compound):
        if part.lower() in _PAPER_TAGS:
            continue  # the page's paper, its colour asked as the paper's (`_white_paper`) where written on it
        marks.add(f"@{part[1:]}" if part[0] == "." else f"@{part}" if part[0] == "#" else f"@<{part.lower()}")
    return marks


def unnumbered_lists(tree: object) -> frozenset[str]:
    """What the page's stylesheets draw without list numbers (`ul,ol,li{list-style:none}`, the reset
    most portals start with; `.points{list-style-type:none}`): `ol`, `li` and class names, read from
    the last part of each selector (`.article ol` too). An item there shows only its own text, which
    often carries its number already (`<li>一、…</li>`): a number drawn by the reader would be invented."""
    found: set[str] = set()
    for selectors, body in screen_rules(tree):
        if not _NO_LIST_MARKER.search(body):
            continue
        for selector in selectors.split(","):
            last = _LAST_COMPOUND.search(selector.strip())
            name = _LIST_SELECTOR.match(last.group()) if last else None
            if name and not (name.group(1) and _UL.search(selector)):  # `ul li` leaves an <ol>'s items alone
                found.add(name.group(1).lower() if name.group(1) else name.group(2))
    return frozenset(found)


_LIST_DECLARATION = regex.compile(r"(?:^|;)\s*list-style(?:-type)?\s*:\s*([^;!]{1,100})", regex.I)
_PLACES = frozenset(["inside", "outside"])  # the shorthand's position words: no counter style
# (a bullet, disc, circle or square, is a style too: the list's items get no number, none made up; review29)
_NOT_COUNTERS = frozenset(["none", "inherit", "initial", "unset"])


def list_types(tree: object) -> dict[str, str]:
    """The counter styles the page's stylesheets give lists (`.TRS_Editor ol{list-style-type:cjk-ideographic}`,
    `ol.points{list-style:lower-roman inside}`), by `ol`, `li` or a class, read from the last part of each
    selector as `unnumbered_lists` reads them: a browser draws an item's number in its list's style, the
    stylesheet's before the `type` attribute's. `none` is `unnumbered_lists`' concern."""
    found: dict[str, str] = {}
    for selectors, body in screen_rules(tree):
        if "list-style" not in body:
            continue
        declared = _LIST_DECLARATION.search(body)
        words = [w.lower() for w in declared.group(1).split() if not w.lower().startswith("url(")] if declared else []
        kind = next((w for w in words if w not in _PLACES), None)
        if kind is None or kind in _NOT_COUNTERS:
            continue
        for selector in selectors.split(","):
            last = _LAST_COMPOUND.search(selector.strip())
            name = _LIST_SELECTOR.match(last.group()) if last else None
            if name and not (name.group(1) and _UL.search(selector)):
                found[name.group(1).lower() if name.group(1) else name.group(2)] = kind
    return found


# A compound selector an ancestor must match: its tag (or ""), its id (or "") and its classes.
Compound = tuple[str, str, frozenset[str]]
# A selector of the stylesheet's: the classes its last compound asks of the element, and the compounds before
# it (outermost first) that the element's ancestors must match, as the browser matches a descendant selector.
ClassSets = tuple[tuple[frozenset[str], tuple[Compound, ...]], ...]
_COMPOUNDS = regex.compile(r"\s*>\s*|\s+")
_ANCESTOR = regex.compile(r"^([a-z][a-z0-9]{0,10})?(?:#([\w-]{1,60}))?((?:\.[\w-]{1,60}){0,4})$", regex.I)


def _selector(selector: str) -> tuple[frozenset[str], tuple[Compound, ...]] | None:
    """`.detail .line` as ({"line"}, (("", "", {"detail"}),)): a selector of compounds of tags, ids and classes
    joined by descendant or child combinators (a child taken as a descendant), else None (a sibling, an
    attribute, a pseudo-class: not read)."""
    *before, last = _COMPOUNDS.split(selector.strip())
    names = _CLASSES_ONLY.match(last)
    if not names:
        return None
    outer: list[Compound] = []
    for compound in before:
        part = _ANCESTOR.match(compound)
        if not compound or not part:
            return None
        tag, ident, classes = part.group(1) or "", part.group(2) or "", part.group(3)
        outer.append((tag.lower(), ident, frozenset(classes[1:].split(".")) if classes else frozenset()))
    return frozenset(names.group(1)[1:].split(".")), tuple(outer)


def layout_classes(tree: object) -> tuple[ClassSets, ClassSets]:
    """The classes the page's own stylesheets display as blocks (`.line{display:block}`) and those whose
    newlines they keep (`.zw{white-space:pre-line}`), each as the classes of a selector's last compound
    (`span.line.r`) and the compounds before it (`.detail .line`) its ancestors must match: a page that breaks
    its article's lines only so (spans in one `<div>`, the text's own newlines) shows them as lines, where
    the markup alone runs them together; a class displayed as a block in another part of the page only
    (`.topbar .red`, the masthead's date) leaves the article's `<span class="red">` inline (diffread-B B4)."""
    blocks: list[tuple[frozenset[str], tuple[Compound, ...]]] = []
    kept: list[tuple[frozenset[str], tuple[Compound, ...]]] = []
    for selectors, body in screen_rules(tree):
        block, keeps = BLOCK_DISPLAY.search(body), _KEEPS_LINES.search(body)
        if not (block or keeps):
            continue
        for selector in selectors.split(","):
            need = _selector(selector)
            if need:
                (blocks if block else kept).append(need)
                if block and keeps:
                    kept.append(need)
    return tuple(dict.fromkeys(blocks)), tuple(dict.fromkeys(kept))


def has_classes(node: object, sets: ClassSets) -> bool:
    """Whether the element matches one of the selectors `sets`: all the classes of its last compound, and
    ancestors matching the compounds before it, in order (asked only where the classes match)."""
    names = attr(node, "class")
    if not names:
        return False
    own = frozenset(names.split())
    return any(need <= own and _under(node, outer) for need, outer in sets)


def _under(node: object, outer: tuple[Compound, ...]) -> bool:
    """Whether `node`'s ancestors match the compounds `outer` (outermost first), innermost nearest."""
    wanted = len(outer)
    parent = getattr(node, "parent", None)
    while wanted and parent is not None:
        tag, ident, classes = outer[wanted - 1]
        names = attr(parent, "class")
        if (
            (not tag or getattr(parent, "tag", "") == tag)
            and (not ident or attr(parent, "id") == ident)
            and (not classes or (bool(names) and classes <= frozenset(names.split())))
        ):
            wanted -= 1
        parent = getattr(parent, "parent", None)
    return not wanted


def is_hidden(node: object, classes: frozenset[str]) -> bool:
    """Whether an element is not shown: hidden by its own style, by a class the page hides, or by the
    browser's own stylesheet: the `hidden` attribute (a print or mobile copy a page keeps beside its article;
    `hidden="until-found"` is content a find or a link opens, read as a folded article is) and a `<dialog>`
    that is not `open` (an error-report or share form the page opens on a click)."""
    attrs = getattr(node, "attributes", None) or {}
    style = attrs.get("style")
    if isinstance(style, str) and style and (hides(style) or _UNSEEN_INK.search(style)):
        return True
    if ("color" in attrs or (isinstance(style, str) and "color" in style)) and white_junk(node, attrs, classes):
        return True
    if "hidden" in attrs and hidden_attribute(attrs["hidden"]):
        return True
    if "open" not in attrs and getattr(node, "tag", "") == "dialog":
        return True
    if not classes:
        return False
    names = attrs.get("class")
    if isinstance(names, str) and names and not classes.isdisjoint(names.split()):
        return True
    ident = attrs.get("id")
    if isinstance(ident, str) and ident and f"#{ident.strip()}" in classes:
        return True
    rules = attribute_rules(classes)
    return bool(rules) and any(_matches(node, attrs, rule) for rule in rules)


def hidden_attribute(value: object) -> bool:
    """Whether a `hidden` attribute of this value hides its element: any value but `until-found`."""
    return not (isinstance(value, str) and value.strip().lower() == "until-found")


# A rule's declarations that keep its element from the screen though it keeps its place in the markup: clipped
# to nothing (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`) while taken out of the flow (`position:absolute`),
# the way a page writes words for screen readers only (`.sr-only`, `.visually-hidden`)
_CLIPPED = regex.compile(
    r"(?:^|;)\s*(?:clip\s*:\s*rect\(\s*(?:0|1px)(?:(?:\s*,\s*|\s+)(?:0|1px)){3}\s*\)"
    r"|clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\))",
    regex.I,
)
_OUT_OF_FLOW = regex.compile(r"(?:^|;)\s*position\s*:\s*(?:absolute|fixed)\b", regex.I)


# An offset far past the screen's edge (`left:-9999px`, `top:-10000px`, `-999em`): at least 500 px or 50 em
_FAR = r"-(?:[5-9]\d{2}|\d{4,})(?:\.\d+)?(?:px|pt)|-(?:[5-9]\d|\d{3,})(?:\.\d+)?r?em"
# Any far offset written anywhere in a page's source (its style attributes or its stylesheets): a page without
# one has no element off the screen, so its elements are not asked (`readers.html.off_screen`).
FAR_OFFSET = regex.compile(_FAR, regex.I)
_OFF_SCREEN = regex.compile(rf"(?:^|;)\s*(?:left|top|right)\s*:\s*(?:{_FAR})\s*(?=;|!|$)", regex.I)
_INDENTED_AWAY = regex.compile(rf"(?:^|;)\s*text-indent\s*:\s*(?:{_FAR})\s*(?=;|!|$)", regex.I)


def hides(declarations: str) -> bool:
    """Whether declarations keep their element from the screen: not displayed, not visible, set in no size,
    clipped to nothing out of the flow (words for screen readers only), or placed far past the screen's edge
    (`position:absolute; left:-9999px`, `text-indent:-9999px`: a scraper guard's junk, a crawler's trap)."""
    if _HIDDEN_STYLE.search(declarations) or off_screen(declarations):
        return True
    return "clip" in declarations and bool(_CLIPPED.search(declarations) and _OUT_OF_FLOW.search(declarations))


def off_screen(declarations: str) -> bool:
    """Whether declarations place their element far past the screen's edge (`position:absolute; left:-9999px`,
    `text-indent:-9999px`): hidden as `hides` says, but by where it stands rather than by being switched off, so
    a page laid out otherwise might show it; what such an element holds is left out and said (`off_screen_words`)."""
    return "-" in declarations and bool(
        _INDENTED_AWAY.search(declarations) or (_OFF_SCREEN.search(declarations) and _OUT_OF_FLOW.search(declarations))
    )


# An attribute selector's last compound: a tag or none, then one attribute selector (`[data-role="bianji"]`,
# `p[aria-hidden=true]`, `[hidden]`), its operator and value
_ATTRIBUTE_LAST = regex.compile(
    r"^([a-z][a-z0-9]{0,10})?\[\s*([\w:-]{1,60})\s*(?:([*^$~|]?=)\s*"
    r"(?:\"([^\"]{0,100})\"|'([^']{0,100})'|([^\]\s'\"]{1,100}))\s*(?:[is]\s*)?)?\]$",
    regex.I,
)
# Attributes a page's script takes off its elements once it has run (Vue's v-cloak, Angular's ng-cloak,
# Alpine's x-cloak): a rule hiding them hides a template until the page is drawn, which a browser then shows
SCRIPT_CLOAKS = frozenset(["v-cloak", "ng-cloak", "data-ng-cloak", "x-cloak", "ng:cloak"])
# A rule's attribute selector: the tag or "", the attribute, its operator ("" for presence alone), the value,
# and the compounds the element's ancestors must match
AttributeRule = tuple[str, str, str, str, tuple[Compound, ...]]


def _attribute_rule(selector: str) -> AttributeRule | None:
    """`.article [data-role="bianji"]` as ("", "data-role", "=", "bianji", (("", "", {"article"}),)); None for
    another selector, or one on a script's cloak."""
    *before, last = _COMPOUNDS.split(selector.strip())
    part = _ATTRIBUTE_LAST.match(last)
    if part is None or part.group(2).lower() in SCRIPT_CLOAKS:
        return None
    outer: list[Compound] = []
    for compound in before:
        ancestor = _ANCESTOR.match(compound)
        if not compound or not ancestor:
            return None
        tag, ident, classes = ancestor.group(1) or "", ancestor.group(2) or "", ancestor.group(3)
        outer.append((tag.lower(), ident, frozenset(classes[1:].split(".")) if classes else frozenset()))
    value = next((v for v in part.group(4, 5, 6) if v is not None), "")
    return (part.group(1) or "").lower(), part.group(2).lower(), part.group(3) or "", value, tuple(outer)


@functools.lru_cache(maxsize=64)
def attribute_rules(hidden: frozenset[str]) -> tuple[AttributeRule, ...]:
    """The attribute selectors among a page's hidden classes (`hidden_classes`), read once a page."""
    return tuple(rule for entry in hidden if entry[:1] == "[" and (rule := _attribute_rule(entry[1:])) is not None)


def _matches(node: object, attrs: dict[str, object], rule: AttributeRule) -> bool:
    """Whether an element matches an attribute rule, as a browser matches `[name op value]`."""
    tag, name, op, value, outer = rule
    if name not in attrs or (tag and getattr(node, "tag", "") != tag):
        return False
    have = attrs[name]
    text = have if isinstance(have, str) else ""
    matched = (
        not op
        or (op == "=" and text == value)
        or (op == "~=" and value in text.split())
        or (op == "*=" and bool(value) and value in text)
        or (op == "^=" and bool(value) and text.startswith(value))
        or (op == "$=" and bool(value) and text.endswith(value))
        or (op == "|=" and (text == value or text.startswith(f"{value}-")))
    )
    return matched and _under(node, outer)


# White ink in an element's own style or a `<font color>`: #fff, #ffffff, white, rgb(255, 255, 255)
_WHITE = r"(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0+)?\s*)?\))"
_WHITE_STYLE = regex.compile(rf"(?:^|;)\s*color\s*:\s*{_WHITE}\s*(?:!\s*important\s*)?(?=;|$)", regex.I)
_WHITE_VALUE = regex.compile(rf"^\s*{_WHITE}\s*$", regex.I)
_BACKGROUND = regex.compile(r"(?:^|;)\s*background(?:-color|-image)?\s*:", regex.I)
_INLINE = frozenset(["span", "font", "i", "em", "b", "strong", "u", "s", "small", "sub", "sup", "a"])
_JUNK_CHARS = 12  # an anti-scraping insert is a few characters; a word set white on a band is a heading's
_JUNK_REACH = 40  # ancestors asked for a background at most


def white_junk(node: object, attrs: dict[str, object], classes: frozenset[str] = frozenset()) -> bool:
    """Whether an inline element is a scraper guard's junk in white ink: a few characters set white inside a
    line of text (words on both sides of it in its parent), on no ground it or its ancestors paint (their own
    `background` or `bgcolor`, or a class the page's stylesheet paints a ground on, marked `@` in `classes`): on
    the page's white paper they show nothing, and a reader never sees them (`中小学<span style="color:#fff">x7q
    </span>心理`). A badge's white words on its own red ground (REVIEW29 R6), and a heading set white on a
    coloured band standing alone in its block, are read."""
    if getattr(node, "tag", "") not in _INLINE:
        return False
    style, colour = attrs.get("style"), attrs.get("color")
    if not (
        (isinstance(style, str) and _WHITE_STYLE.search(style))
        or (isinstance(colour, str) and _WHITE_VALUE.match(colour))
    ):
        return False
    text = getattr(node, "text", None)
    words = text() if callable(text) else ""
    if not isinstance(words, str) or not 0 < len(words.strip()) <= _JUNK_CHARS:
        return False
    before, after = getattr(node, "prev", None), getattr(node, "next", None)
    if not (_words(before) and _words(after)):
        return False
    painted = frozenset(c[1:] for c in classes if c[:1] == "@")
    ground: object | None = node
    for _ in range(_JUNK_REACH):
        if ground is None:
            break
        if painted and _painted_ground(ground, painted):
            return False  # a ground the stylesheet paints under it
        if attr(ground, "bgcolor") or _BACKGROUND.search(attr(ground, "style")):
            return _white_paper(ground)  # white ink on a white background shows nothing; on a band it shows
        ground = getattr(ground, "parent", None)
    return True


def _painted_ground(node: object, painted: frozenset[str]) -> bool:
    """Whether the stylesheet paints a ground on `node` by its class, its id or its element (`_painted_marks`)."""
    return (
        not painted.isdisjoint(attr(node, "class").split())
        or (bool(node_id := attr(node, "id")) and f"#{node_id}" in painted)
        or f"<{str(getattr(node, 'tag', '')).lower()}" in painted
    )


def _words(node: object) -> bool:
    """Whether a sibling holds words (text, or an element with text)."""
    text = getattr(node, "text", None)
    found = text() if callable(text) else ""
    return isinstance(found, str) and bool(found.strip())


_GROUND = regex.compile(r"(?:^|;)\s*background(?:-color|-image)?\s*:\s*([^;!}]{1,80})", regex.I)
_NO_GROUND = regex.compile(r"^\s*(?:none|transparent|inherit|initial|unset)\b", regex.I)


def _paints(declarations: str) -> bool:
    """Whether declarations paint a ground of a colour (a `background` neither white, transparent nor none)."""
    found = _GROUND.search(declarations)
    if found is None:
        return False
    value = found.group(1)
    return not (_NO_GROUND.match(value) or _WHITE_VALUE.match(value))


def _white_paper(node: object) -> bool:
    """Whether the background an ancestor paints is white itself (`background:#ffffff`, `bgcolor=white`)."""
    colour = attr(node, "bgcolor")
    if colour:
        return bool(_WHITE_VALUE.match(colour))
    declared = regex.search(r"(?:^|;)\s*background(?:-color)?\s*:\s*([^;!]{1,60})", attr(node, "style"), regex.I)
    return declared is not None and bool(_WHITE_VALUE.match(declared.group(1)))
