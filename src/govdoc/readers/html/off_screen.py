"""The words of a web page's elements set far past the screen's edge (`position:absolute; left:-9999px`,
`text-indent:-9999px`, by the element's own style or a class of the page's stylesheet): `hidden.is_hidden` keeps
them from the text, as a browser keeps them from the eye, and this finds them again for the warning that says
so (`readers.off_page`). Only the article's (and its headline's) are asked: a portal's chrome far off the screen
(a `skip to content` link) is no part of what is read in any case.
"""

from __future__ import annotations

from govdoc.readers.html.dom import attr, node_key
from govdoc.readers.html.hidden import CLASS_SELECTOR, off_screen, screen_rules


def off_screen_classes(tree: object) -> frozenset[str]:
    """The classes the page's stylesheets (for the screen) place far off it, simple class selectors only, as
    `hidden.hidden_classes` reads the ones it hides."""
    found: set[str] = set()
    for selectors, body in screen_rules(tree):
        if off_screen(body):
            found.update(m.group(1) for s in selectors.split(",") if (m := CLASS_SELECTOR.match(s.strip())) is not None)
    return frozenset(found)


def off_screen_words(tree: object, roots: list[object]) -> list[str]:
    """The text of each outermost element under `roots` placed far off the screen, in document order."""
    classes = off_screen_classes(tree)
    found: list[str] = []
    inside: set[int] = set()
    for root in roots:
        css = getattr(root, "css", None)
        if css is None:
            continue
        for node in css("[style], [class]"):
            style = attr(node, "style")
            names = attr(node, "class").split()
            if not ((style and off_screen(style)) or (classes and not classes.isdisjoint(names))):
                continue
            if _under(node, inside):
                continue
            inside.add(node_key(node))
            text = getattr(node, "text", None)
            words = text(deep=True) if callable(text) else ""
            if words.strip():
                found.append(words)
    return found


def _under(node: object, marked: set[int]) -> bool:
    """Whether an ancestor of `node` is already among the elements found."""
    parent = getattr(node, "parent", None)
    while parent is not None:
        if node_key(parent) in marked:
            return True
        parent = getattr(parent, "parent", None)
    return False
