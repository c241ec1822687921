"""What a page hides: elements a browser does not show, whose text is no part of what is read.

Portals guard their text against copying with characters hidden between the words (an inline
`display:none` span, a class the page's own stylesheet hides, `font-size:0`, `visibility:hidden`)
and leave hidden paragraphs in the article; a reader of the page sees none of them.
"""

from __future__ import annotations

import regex

from govdoc.readers.html.dom import attr

_HIDDEN = r"(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?=;|!|$))"
_HIDDEN_STYLE = regex.compile(rf"(?:^|;)\s*{_HIDDEN}", regex.I)
_MEDIA = regex.compile(r"@media[^{]{0,300}\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", regex.I)
_RULE = regex.compile(r"([^{}]{1,500})\{([^{}]{0,2000})\}")
_CLASS_SELECTOR = regex.compile(r"^[a-z0-9]{0,10}\.([\w-]{1,60})$", regex.I)


def hidden_classes(tree: object) -> frozenset[str]:
    """The classes the page's own stylesheets hide on screen (`.hd{display:none}`), simple class
    selectors only; rules for another medium (`@media print`) are left out."""
    found: set[str] = set()
    css = getattr(tree, "css", None)
    for style in css("style") if css is not None else ():
        sheet = _MEDIA.sub("", style.text() or "")
        for selectors, body in _RULE.findall(sheet):
            if not _HIDDEN_STYLE.search(body.strip().replace("\n", " ")):
                continue
            for selector in selectors.split(","):
                name = _CLASS_SELECTOR.match(selector.strip())
                if name:
                    found.add(name.group(1))
    return frozenset(found)


def is_hidden(node: object, classes: frozenset[str]) -> bool:
    """Whether an element is not shown: hidden by its own style or by a class the page hides."""
    style = attr(node, "style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    names = attr(node, "class")
    return bool(classes and names and not classes.isdisjoint(names.split()))
