"""Pages saved from government portals: the article, its information table, no chrome.

The page is parsed with lexbor (selectolax), an HTML5 parser that reads broken markup as a
browser does, never fetches anything and runs no script. The information table
(索引号/发文机关/文号 …) becomes `键：值` lines ahead of the article, where the rules read them
as metadata; the article container is the block the text is densest in (paragraph text
credited to the element holding the paragraphs, link text discounted, blocks named like
navigation or footers penalised); its markup gives the block boundaries, bold runs,
centring and tables. Navigation, headline, `<title>`, share/print buttons and footers are
simply never emitted.

One module per job: `decoding`, `guard` (bounds checked before parsing), `content` (finding
the article), `info_table` and `walk`.
"""

from __future__ import annotations

from govdoc.blocks import Block
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.html.content import find_content
from govdoc.readers.html.decoding import decode_html
from govdoc.readers.html.guard import check_markup
from govdoc.readers.html.info_table import info_pairs
from govdoc.readers.html.walk import Walker

__all__ = ["decode_html", "find_content", "html_blocks", "info_pairs"]


def html_blocks(text: str, *, limits: Limits = DEFAULT_LIMITS, path: str | None = None) -> list[Block]:
    from selectolax.lexbor import LexborHTMLParser

    check_markup(text, limits, path)
    tree = LexborHTMLParser(text)
    content = find_content(tree)
    blocks = [Block(f"{label}：{value}") for label, value in info_pairs(tree, content)]
    walker = Walker()
    walker.walk(content)
    return blocks + walker.blocks
