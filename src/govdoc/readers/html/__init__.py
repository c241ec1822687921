"""Pages saved from government portals: the article, its information table, no chrome.

The page is parsed with lexbor (selectolax), an HTML5 parser that reads broken markup as a
browser does, never fetches anything and runs no script. The text outside the article comes
first, piece by piece and hinted as such, for the rule that finds the information table
(索引号/发文机关/文号 …) in it (`rules.info_table`); the article container is the block the
text is densest in (paragraph text
credited to the element holding the paragraphs, link text discounted, blocks named like
navigation or footers penalised); its markup gives the block boundaries, bold runs,
centring and tables. Navigation, headline, `<title>`, share/print buttons and footers are
simply never emitted.

One module per job: `decoding`, `guard` (bounds checked before parsing), `comments` (readers'
comments left out, warned), `content` (finding the article), `info_table` and `walk`.
"""

from __future__ import annotations

from dataclasses import replace

from govdoc.blocks import Block
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.html.comments import dropped_comments, may_hold_comments
from govdoc.readers.html.content import find_content, find_downloads, headline_of, named_headlines, word_notes
from govdoc.readers.html.decoding import decode_html
from govdoc.readers.html.dom import Paths
from govdoc.readers.html.embedded import (
    frameless,
    show_embedded,
    show_scripted,
    show_shadow_roots,
    show_template,
    state_article,
)
from govdoc.readers.html.frames import shown_frames
from govdoc.readers.html.guard import check_markup
from govdoc.readers.html.hidden import FAR_OFFSET, hidden_classes, layout_classes, list_types, unnumbered_lists
from govdoc.readers.html.info_table import NAMED_HEADING, NAMED_HEADLINE, outside_pieces
from govdoc.readers.html.lists import counter_markers, heading_counters
from govdoc.readers.html.off_screen import off_screen_words
from govdoc.readers.html.walk import Walker

# the elements that show another file in the page (`shown_frames`): a page holding none is not searched
_FRAMING = ("<iframe", "<frame", "<object", "<embed")

__all__ = ["decode_html", "find_content", "find_downloads", "html_blocks", "outside_pieces"]


def html_blocks(
    text: str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    path: str | None = None,
    comments: list[str] | None = None,
    off_screen: list[str] | None = None,
    frames: list[str] | None = None,
) -> list[Block]:
    """The blocks of an HTML page: the pieces outside the article first (where a portal's information
    table stands), then the article in reading order; the markup's bounds are checked before parsing.
    `comments` (when given) gains the text pieces of the page's comment elements the reading leaves out
    (`comments.dropped_comments`, schema 1.9), for the rule that judges and warns them; `off_screen` (when given)
    gains the words of the article's elements set far off the screen, left out (`off_screen.off_screen_words`);
    `frames` (when given) the sources of the frames the page shows whose pages it does not hold (`frames`).
    """
    from selectolax.lexbor import LexborHTMLParser

    check_markup(text, limits, path)
    tree = LexborHTMLParser(text)
    tree = frameless(tree, limits, path) or tree
    show_embedded(tree, limits, path)  # (first: a frame's or a text box's article is text the page shows)
    show_template(tree, text, limits, path)
    show_shadow_roots(tree, text, limits, path)
    show_scripted(tree, text)  # (before the article is looked for: what the script shows is the page's)
    tree = state_article(tree, text) or tree
    content = find_content(tree)
    headline = headline_of(content)
    heads = [] if headline is None else [headline]
    paths = Paths()
    walker = Walker(paths)
    walker.hidden = hidden_classes(tree)
    walker.unnumbered = unnumbered_lists(tree)
    if "list-style" in text:  # (one `in` test for a page whose stylesheet styles no list)
        walker.list_types = list_types(tree)
    walker.counters = counter_markers(tree)
    if "counter-increment" in text:  # (one `in` test for a page whose stylesheet counts nothing)
        walker.heading_counters = heading_counters(tree)
    walker.block_classes, walker.kept_classes = layout_classes(tree)
    named = [] if heads else named_headlines(content)
    for at, element in enumerate(named):  # hinted, a row each: the genre's rule keeps the one read as the title
        start = len(walker.blocks)
        walker.walk(element)
        for line in walker.blocks[start:]:
            part = NAMED_HEADING if getattr(element, "tag", "") in ("h1", "h2", "h3") else NAMED_HEADLINE
            line.hints = replace(line.hints, part=part, row=-1 - at)
    for element in (*heads, content):
        walker.walk(element)
    if frames is not None and ("src" in text or "data" in text) and any(tag in text for tag in _FRAMING):
        frames.extend(shown_frames(tree))
    if comments is not None and may_hold_comments(text):
        comments.extend(dropped_comments(tree, content))
    if off_screen is not None and FAR_OFFSET.search(text):  # (a minus alone is on nearly every page: -->, utf-8)
        off_screen.extend(off_screen_words(tree, [*heads, content]))
    downloads = find_downloads(content)
    for block in downloads:  # the article's file links, set apart after it: read on as its last lines
        walker.walk(block)
    notes = word_notes(tree, content) if "mso-element" in text else []  # a page Word saved: its notes
    for block in notes:
        walker.walk(block)
    return outside_pieces(tree, [*heads, *named, content, *downloads, *notes], paths) + walker.blocks
