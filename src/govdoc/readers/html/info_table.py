"""The portal's information table (索引号/发文机关/文号 …) outside the article, as label/value pairs.

Labels are recognised by the same grammar and table as the text's 键：值 lines
(`govdoc.fields.metadata`); here the page's elements tell which cells share a row.
"""

from __future__ import annotations

from govdoc.fields.metadata import is_label, key_of, label_cells
from govdoc.readers.html.dom import HTML_SPACE, marked_text_nodes, node_key, text_nodes

_ROWS = frozenset(["tr", "li", "dl", "p", "div", "ul", "ol", "table", "section"])


def info_pairs(tree: object, content: object) -> list[tuple[str, str]]:
    """The portal's information table, outside the article: label/value pairs in page order."""
    inside: set[int] = set()
    for node, _, _ in text_nodes(content):
        inside.add(node_key(node))
    tokens: list[tuple[str, int]] = []  # (text, the row-like element it stands in)
    page = getattr(tree, "body", None) or getattr(tree, "root", None)
    for node, text, _, row_element in marked_text_nodes(page, _ROWS):
        if node_key(node) in inside:
            continue
        row = node_key(row_element)
        for cell in HTML_SPACE.sub(" ", text).split("|"):
            if cell.strip():
                tokens.append((cell.strip(), row))
    pairs: list[tuple[str, str]] = []
    known: list[int] = []  # where the pairs under the table's own labels stand in `pairs`
    i = 0
    while i < len(tokens):
        cells = _cells(tokens[i][0])
        for k, (label, value) in enumerate(cells):
            if not value and k == len(cells) - 1 and (is_label(label) or tokens[i][0].rstrip().endswith((":", "："))):
                nxt, row = tokens[i + 1] if i + 1 < len(tokens) else ("", -1)
                if nxt and row == tokens[i][1] and not _cells(nxt):
                    value = nxt  # a value in the next cell of the same row
                    i += 1
            if value:
                if is_label(label):
                    known.append(len(pairs))
                pairs.append((label, value))
        i += 1
    if len(known) < 2:
        return []
    # A label the table does not know is kept only inside the run of known ones: there the
    # shape is a label table; elsewhere `键：值` text is the page's navigation or footer.
    return pairs[known[0] : known[-1] + 1]


def _cells(token: str) -> list[tuple[str, str]]:
    """The (label, value) cells of one piece of the page's text; a bare label gives an empty value."""
    if is_label(token):
        return [(key_of(token), "")]
    return label_cells(token)
