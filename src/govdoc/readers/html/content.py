"""Finding the article: the element the page's text is densest in.

Paragraph text is credited to the element holding the paragraphs, link text discounted,
blocks named like navigation or footers penalised.
"""

from __future__ import annotations

from govdoc.readers.html.dom import BLOCK, CHROME_NAME, CONTENT_NAME, HTML_SPACE, marked_text_nodes, name_of, node_key

PARAGRAPH = frozenset(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "pre", "blockquote"])
CONTAINER = frozenset(["div", "td", "section", "article", "main", "body", "center"])
_HOLDERS = BLOCK | CONTAINER


def find_content(tree: object) -> object:
    """The element the article's text is densest in."""
    body = getattr(tree, "body", None) or getattr(tree, "root", None)
    scores: dict[int, float] = {}
    own: dict[int, float] = {}  # text of paragraphs standing directly in the element
    nodes: dict[int, object] = {}
    for _node, text, in_link, holder in marked_text_nodes(body, _HOLDERS):
        size = len(HTML_SPACE.sub("", text))
        if holder is None:
            continue
        credit = -size if in_link else size
        if getattr(holder, "tag", "") in PARAGRAPH:
            targets = [(getattr(holder, "parent", None), 1.0)]
            grand = getattr(targets[0][0], "parent", None) if targets[0][0] is not None else None
            targets.append((grand, 0.5))
        else:
            targets = [(holder, 1.0), (getattr(holder, "parent", None), 0.5)]
        for target, weight in targets:
            if target is None or getattr(target, "tag", "") in ("html",):
                continue
            key = node_key(target)
            nodes[key] = target
            scores[key] = scores.get(key, 0.0) + credit * weight
            if weight == 1.0:
                own[key] = own.get(key, 0.0) + credit
    best, best_score = body, float("-inf")
    for key, score in scores.items():
        node = nodes[key]
        name = name_of(node)
        if CHROME_NAME.search(name) and not CONTENT_NAME.search(name):
            score *= 0.3
        elif CONTENT_NAME.search(name):
            score *= 1.25
        if score > best_score:
            best, best_score = node, score
    # An ancestor holding paragraphs of its own beside the best block (a layout table cell
    # with the body, the signature after it) is the article.
    chosen = best
    ancestor = getattr(best, "parent", None)
    for _ in range(4):
        if ancestor is None or getattr(ancestor, "tag", "") in ("body", "html"):
            break
        name = name_of(ancestor)
        if own.get(node_key(ancestor), 0.0) >= 0.25 * own.get(node_key(chosen), 1.0) and not (
            CHROME_NAME.search(name) and not CONTENT_NAME.search(name)
        ):
            chosen = ancestor
        ancestor = getattr(ancestor, "parent", None)
    return chosen
