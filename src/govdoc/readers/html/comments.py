"""A page's readers' comments, which the article's reading leaves out: said, never dropped in silence.

A portal prints its readers' comments (网友评论, 留言) in an element it names so (`comment`, `comments`,
`comment-box`): outside the article, or inside it, where the walk skips it as chrome by its name. The
readers' words are people's text, not the site's furniture, so schema 1.9 warns their leaving
(`comments-dropped`), as the text rule does for a comment section under a 落款 in a text copy
(`rules.cleanup.furniture._comment_sections`). An empty comment box (its label, 发表评论, a form) holds
no readers' words and is not warned.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.readers.html.dom import CHROME_NAME, CONTENT_NAME, name_of, node_key, text_nodes

CODE = "comments-dropped"
_SELECTOR = '[class*="omment"], [id*="omment"]'  # comment, Comment: lexbor's attribute match is case-sensitive
_EXCERPT = 24
_MIN_WORDS = 4  # a reader's words: at least a few characters beside the form's


def dropped_comments(tree: object, content: object) -> tuple[str, str] | None:
    """The `comments-dropped` warning (code, message) for the readers' words in the page's comment
    elements that the reading leaves out: those outside the article (`content`), and those inside it
    that the walk skips as chrome by their name; None where no such element holds any."""
    css = getattr(tree, "css", None)
    nodes = css(_SELECTOR) if callable(css) else []
    if not nodes:
        return None
    inside_key = node_key(content)
    seen: set[int] = set()
    words: list[str] = []
    for node in nodes:
        name = name_of(node)
        if "omment" not in name:
            continue
        named_chrome = bool(CHROME_NAME.search(name)) and not CONTENT_NAME.search(name)
        if not named_chrome and _inside(node, inside_key):
            continue  # walked as the article's text: the text rule judges it
        for text_node, text, in_link in text_nodes(node):
            key = node_key(text_node)
            if key in seen:
                continue
            seen.add(key)
            if not in_link and _readers_words(text):
                words.append(text.strip())
    if not words:
        return None
    first = words[0] if len(words[0]) <= _EXCERPT else words[0][: _EXCERPT - 1] + "…"
    return (
        CODE,
        f"删除了网页的网友评论：{len(words)} 段，自「{first}」起 "
        f"(dropped the page's readers' comments: {len(words)} pieces from the one quoted)",
    )


def _inside(node: object, key: int) -> bool:
    """`node` stands in the element whose key is `key` (or is it)."""
    while node is not None:
        if node_key(node) == key:
            return True
        node = getattr(node, "parent", None)
    return False


def _readers_words(text: str) -> bool:
    """A piece of a comment element that a reader wrote: a sentence or a name's colon and what follows,
    none of the box's own words (its label, 发表评论, 文明上网 …)."""
    f = fold(text).strip()
    if sum(1 for c in f if "\u4e00" <= c <= "\u9fff") < _MIN_WORDS:
        return False
    if P.COMMENT_SECTION_LABEL.match(f) or P.COMMENT_FORM_WORDS.search(f):
        return False
    return any(mark in f for mark in "。!?:")
