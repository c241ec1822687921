"""A page's comment elements, which the article's reading leaves out: handed on, never dropped in silence.

A portal prints its readers' comments (网友评论, 留言) in an element it names so (`comment`, `comments`,
`comment-box`, `pinglun`, a comment service's `SOHUCS` or `disqus_thread`: `dom.COMMENT_WORDS`, schema
1.10): outside the article, or inside it, where the walk skips it as chrome by its name. The
readers' words are people's text, not the site's furniture, so schema 1.9 warns their leaving
(`comments-dropped`). The reader only finds such elements and hands their text pieces on
(`Reading.comments`); whether a piece is a reader's words or the box's own (its label, 发表评论, the form)
is the genre's vocabulary, judged by the rule (`rules.cleanup.furniture`), as a comment section under a
落款 in a text copy is.
"""

from __future__ import annotations

from govdoc.readers.html.dom import (
    CHROME_NAME,
    COMMENT_NAME,
    COMMENT_WORDS,
    CONTENT_NAME,
    name_of,
    node_key,
    text_nodes,
)

# lexbor's attribute match is case-sensitive: each word of the vocabulary as pages spell it (comment,
# Comment, COMMENT; pinglun, PingLun; sohucs, SOHUCS …): its tail in lower case, the whole in upper case
_SPELLINGS = tuple(sorted({v for w in COMMENT_WORDS for v in (w[1:], w.upper())} | {"ingLun"}))
_SELECTOR = ", ".join(f'[class*="{w}"], [id*="{w}"]' for w in _SPELLINGS)


def may_hold_comments(text: str) -> bool:
    """The page's markup names a comment section somewhere (COMMENT_WORDS, as spelled): asked before
    the selector is run, so a page without one pays a few substring scans."""
    return any(w in text for w in _SPELLINGS)


_MOST = 200  # pieces handed on: enough for the warning's count and quote


def dropped_comments(tree: object, content: object) -> list[str]:
    """The text pieces (outside links) of the page's comment elements that the reading leaves out: those
    outside the article (`content`), and those inside it that the walk skips as chrome by their name."""
    css = getattr(tree, "css", None)
    nodes = css(_SELECTOR) if callable(css) else []
    if not nodes:
        return []
    inside_key = node_key(content)
    seen: set[int] = set()
    pieces: list[str] = []
    for node in nodes:
        name = name_of(node)
        if COMMENT_NAME.search(name) is None:
            continue
        named_chrome = bool(CHROME_NAME.search(name)) and not CONTENT_NAME.search(name)
        if not named_chrome and _inside(node, inside_key):
            continue  # walked as the article's text: the text rule judges it
        for text_node, text, in_link in text_nodes(node):
            key = node_key(text_node)
            if key in seen or in_link or not text.strip():
                continue
            seen.add(key)
            pieces.append(text.strip())
            if len(pieces) >= _MOST:
                return pieces
    return pieces


def _inside(node: object, key: int) -> bool:
    """`node` stands in the element whose key is `key` (or is it)."""
    while node is not None:
        if node_key(node) == key:
            return True
        node = getattr(node, "parent", None)
    return False
