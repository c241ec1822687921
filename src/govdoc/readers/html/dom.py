"""The markup's vocabulary and node access over selectolax (lexbor) trees, shared by the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator

import regex

SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "canvas",
        "object",
        "embed",
        "select",
        "textarea",
        "button",
        "input",
        "option",
        "head",
        "title",
        "meta",
        "link",
        "map",
        "audio",
        "video",
        # a ruby's reading (拼音 over a rare character) and the brackets shown where ruby is not drawn
        "rt",
        "rp",
    ]
)
BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "main",
        "blockquote",
        "dd",
        "dt",
        "ul",
        "ol",
        "dl",
        "center",
        "pre",
        "address",
        "header",
        "footer",
        "aside",
        "nav",
        "form",
        "fieldset",
        "figure",
        "figcaption",
        "hr",
        "tbody",
        "thead",
        "tfoot",
        "caption",
    ]
)
# The names a page gives its readers' comment section (schema 1.10: one vocabulary, for the walk that
# skips it and for `comments.dropped_comments`, which hands its words on to be warned): comment, the
# pinyin pinglun (评论), and the comment services' boxes (Changyan's SOHUCS, Disqus). Not reply, liuyan or
# message: a mailbox page's answer and letter stand in elements named so.
COMMENT_WORDS = ("comment", "pinglun", "sohucs", "changyan", "disqus")
COMMENT_NAME = regex.compile("|".join(COMMENT_WORDS), regex.I)
# `foot` is a page footer's, never a footnote's: Word's web pages mark a note's reference and text
# MsoFootnoteReference / MsoFootnoteText (and CMSs name theirs footnote), the document's own text.
CHROME_NAME = regex.compile(
    r"nav|menu|foot(?!note)|header|top|side|related|relate|share|" + "|".join(COMMENT_WORDS) + r"|breadcrumb|crumb|"
    r"copyright|banner|link|"
    r"print|toolbar|ad-|ads|qrcode|search|login|weibo|weixin|wechat|fontsize|zihao|xgwz|xglj|"
    r"pager|paginat|fenye",  # (an article's pager: 1 2 3 下一页, its pages' links)
    regex.I,
)
CONTENT_NAME = regex.compile(
    r"content|article|zoom|trs_?editor|ucap|detail|main|text|view|pages?_content|conte|zw|zhengwen|body|nr|wznr",
    regex.I,
)
HTML_SPACE = regex.compile(r"[ \t\n\r\f]+")


def node_key(node: object) -> int:
    """A stable identity for a DOM node (selectolax makes a new wrapper object on each access)."""
    return int(getattr(node, "mem_id", 0))


def attr(node: object, name: str) -> str:
    """An attribute's value, `""` when absent or valueless, so that patterns can be searched in it directly."""
    attrs = getattr(node, "attributes", None) or {}
    value = attrs.get(name)
    return value if isinstance(value, str) else ""


def name_of(node: object) -> str:
    """An element's id and class together: what navigation and content names are matched against."""
    return f"{attr(node, 'id')} {attr(node, 'class')}"


def children(node: object) -> Iterator[object]:
    """An element's children in order, by lexbor's sibling links, without building a list."""
    child = getattr(node, "child", None)
    while child is not None:
        yield child
        child = child.next


def text_nodes(root: object) -> Iterator[tuple[object, str, bool]]:
    """(node, text, inside a link) for every text node under `root`, skipping script and the like."""
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, in_link = stack.pop()
        tag = getattr(node, "tag", "")
        if tag == "-text":
            text = getattr(node, "text_content", None) or ""
            if text.strip():
                yield node, text, in_link
            continue
        if tag in SKIP or tag == "-comment":
            continue
        link = in_link or tag == "a"
        stack.extend((child, link) for child in reversed(list(children(node))))


def nearest(node: object, marks: frozenset[str]) -> object | None:
    """The nearest ancestor of `node` whose tag is in `marks` (one walk up, for one node only)."""
    parent = getattr(node, "parent", None)
    while parent is not None and getattr(parent, "tag", "") not in marks:
        parent = getattr(parent, "parent", None)
    return parent


def marked_text_nodes(root: object, marks: frozenset[str]) -> Iterator[tuple[object, str, bool, object | None]]:
    """`text_nodes` with, for each, its nearest ancestor whose tag is in `marks`.

    The ancestor is carried down the walk rather than looked up from each text node, so a
    page of 20,000 nested elements costs one pass, not one walk up per text node.
    """
    start = root if getattr(root, "tag", "") in marks else nearest(root, marks)
    stack: list[tuple[object, bool, object | None]] = [(root, False, start)]
    while stack:
        node, in_link, mark = stack.pop()
        tag = getattr(node, "tag", "")
        if tag == "-text":
            text = getattr(node, "text_content", None) or ""
            if text.strip():
                yield node, text, in_link, mark
            continue
        if tag in SKIP or tag == "-comment":
            continue
        link = in_link or tag == "a"
        inner = node if tag in marks else mark
        stack.extend((child, link, inner) for child in reversed(list(children(node))))


class Paths:
    """XPaths of elements (`/html/body/div[2]/p[3]`) in the page as lexbor parsed it, which is how a
    browser parses it too: `document.evaluate(path, document)` finds the element there.

    Each parent's children are numbered once, so naming every block of a page stays linear.
    """

    def __init__(self) -> None:
        self._steps: dict[int, dict[int, str]] = {}

    def of(self, node: object) -> str:
        """The XPath of `node`; each step's position comes from its parent's numbering, made once per parent."""
        steps: list[str] = []
        current: object | None = node
        while current is not None and not str(getattr(current, "tag", "")).startswith("-"):
            parent = getattr(current, "parent", None)
            if parent is None or str(getattr(parent, "tag", "")).startswith("-"):
                steps.append(str(getattr(current, "tag", "")))
                break
            steps.append(self._numbered(parent)[node_key(current)])
            current = parent
        return "/" + "/".join(reversed(steps))

    def _numbered(self, parent: object) -> dict[int, str]:
        key = node_key(parent)
        known = self._steps.get(key)
        if known is None:
            known = self._steps[key] = {}
            counts: dict[str, int] = {}
            for child in children(parent):
                tag = str(getattr(child, "tag", ""))
                if tag.startswith("-"):
                    continue
                counts[tag] = counts.get(tag, 0) + 1
                known[node_key(child)] = f"{tag}[{counts[tag]}]"
        return known
