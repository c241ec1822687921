"""The page's text outside the article, piece by piece, for the information table rule.

A portal puts its information table (索引号/发文机关/文号 …) outside the article. Which pieces
form it is the genre's question, answered by `govdoc.rules.info_table` with the one label
table; this module only says what the markup tells: each piece's text (cells of one text node
split at `|`), the row-like element it stands in (`hints.row`) and that element's path.
"""

from __future__ import annotations

from govdoc.blocks import Block, Hints, Origin
from govdoc.readers.html.dom import HTML_SPACE, Paths, marked_text_nodes, node_key, text_nodes

OUTSIDE_ARTICLE = "outside-article"  # the hint's part name, read by the rule
# a block the page names a title before an article standing in <body> (`content.named_headlines`): the
# rule keeps the first that reads as the article's title, the others are read as outside the article
NAMED_HEADLINE = "named-headline"
# … and a heading tag loose in <body> so offered: the rule keeps it only where its words name a matter (关于…)
NAMED_HEADING = "named-heading"
_ROWS = frozenset(["tr", "li", "dl", "p", "div", "ul", "ol", "table", "section"])


def outside_pieces(tree: object, article: list[object], paths: Paths) -> list[Block]:
    """The text outside the article (the elements read as it), in page order, as blocks hinted
    `part="outside-article"`."""
    inside: set[int] = set()
    for element in article:
        for node, _, _ in text_nodes(element):
            inside.add(node_key(node))
    pieces: list[Block] = []
    rows: dict[int, int] = {}
    page = getattr(tree, "body", None) or getattr(tree, "root", None)
    for node, text, _, row_element in marked_text_nodes(page, _ROWS):
        if node_key(node) in inside:
            continue
        row = rows.setdefault(node_key(row_element), len(rows) + 1)
        origin = Origin((paths.of(row_element),)) if row_element is not None else None
        hints = Hints(part=OUTSIDE_ARTICLE, row=row)
        for cell in HTML_SPACE.sub(" ", text).split("|"):
            if cell.strip():
                pieces.append(Block(cell.strip(), hints=hints, origin=origin))
    return pieces
