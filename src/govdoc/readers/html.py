"""Pages saved from government portals: the article, its information table, no chrome.

The page is parsed with lexbor (selectolax), an HTML5 parser that reads broken markup as a
browser does, never fetches anything and runs no script. The information table
(索引号/发文机关/文号 …) becomes `键：值` lines ahead of the article, where the rules read them
as metadata; the article container is the block the text is densest in (paragraph text
credited to the element holding the paragraphs, link text discounted, blocks named like
navigation or footers penalised); its markup gives the block boundaries, bold runs,
centring and tables. Navigation, headline, `<title>`, share/print buttons and footers are
simply never emitted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from govdoc.readers.builder import LineBuilder
from govdoc.readers.text import check_text, decode
from govdoc.state import Block, Hints

_SKIP = frozenset(
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
    ]
)
_BLOCK = frozenset(
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
_PARAGRAPH = frozenset(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "pre", "blockquote"])
_CONTAINER = frozenset(["div", "td", "section", "article", "main", "body", "center"])
_CHROME_NAME = regex.compile(
    r"nav|menu|foot|header|top|side|related|relate|share|comment|breadcrumb|crumb|copyright|banner|link|"
    r"print|toolbar|ad-|ads|qrcode|search|login|weibo|weixin|wechat|fontsize|zihao|xgwz|xglj",
    regex.I,
)
_CONTENT_NAME = regex.compile(
    r"content|article|zoom|trs_?editor|ucap|detail|main|text|view|pages?_content|conte|zw|zhengwen|body|nr|wznr",
    regex.I,
)
_BOLD_STYLE = regex.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", regex.I)
_CENTER_STYLE = regex.compile(r"text-align\s*:\s*center", regex.I)
_HTML_SPACE = regex.compile(r"[ \t\n\r\f]+")
_META_CHARSET = regex.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", regex.I)

INFO_LABELS = frozenset(
    [
        "索引号",
        "主题分类",
        "发文机关",
        "发文单位",
        "成文日期",
        "标题",
        "发文字号",
        "文号",
        "发布日期",
        "主题词",
        "发布机构",
        "公开方式",
        "有效性",
        "体裁分类",
        "组配分类",
        "文种",
        "生效日期",
        "废止日期",
        "公开时限",
        "公开范围",
        "所属机构",
        "信息分类",
        "公开形式",
        "公开属性",
        "办理结果",
        "答复类别",
    ]
)
_LABEL_EDGE = " \t\u3000\xa0[]【】:：|"
_ROWS = frozenset(["tr", "li", "dl", "p", "div", "ul", "ol", "table", "section"])


@dataclass(slots=True)
class _Line(LineBuilder):
    """A block being collected from the markup."""

    centered: bool = False


def decode_html(data: bytes, *, path: str | None) -> tuple[str, str]:
    """Bytes to text: BOM, then the page's own `<meta charset>`, then detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:8192])
        if m:
            import codecs

            name = m.group(1).decode("ascii").lower()
            if name.replace("-", "").replace("_", "") in ("gb2312", "gbk", "gb18030", "xgbk", "cp936"):
                name = "gb18030"
            try:
                codec = codecs.lookup(name).name
                text = data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
            else:
                check_text(text, path=path)
                return text, codec
    return decode(data, path=path)


def _key(node: object) -> int:
    """A stable identity for a DOM node (selectolax makes a new wrapper object on each access)."""
    return int(getattr(node, "mem_id", 0))


def _attr(node: object, name: str) -> str:
    attrs = getattr(node, "attributes", None) or {}
    value = attrs.get(name)
    return value if isinstance(value, str) else ""


def _name_of(node: object) -> str:
    return f"{_attr(node, 'id')} {_attr(node, 'class')}"


def _is_bold(node: object, tag: str) -> bool:
    return tag in ("b", "strong") or bool(_BOLD_STYLE.search(_attr(node, "style")))


def _is_centered(node: object, tag: str) -> bool:
    return (
        tag == "center" or _attr(node, "align").lower() == "center" or bool(_CENTER_STYLE.search(_attr(node, "style")))
    )


def _children(node: object) -> Iterator[object]:
    child = getattr(node, "child", None)
    while child is not None:
        yield child
        child = child.next


def _text_nodes(root: object) -> Iterator[tuple[object, str, bool]]:
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
        if tag in _SKIP or tag == "-comment":
            continue
        link = in_link or tag == "a"
        stack.extend((child, link) for child in reversed(list(_children(node))))


def find_content(tree: object) -> object:
    """The element the article's text is densest in."""
    body = getattr(tree, "body", None) or getattr(tree, "root", None)
    scores: dict[int, float] = {}
    own: dict[int, float] = {}  # text of paragraphs standing directly in the element
    nodes: dict[int, object] = {}
    for node, text, in_link in _text_nodes(body):
        size = len(_HTML_SPACE.sub("", text))
        holder = getattr(node, "parent", None)
        while (
            holder is not None
            and getattr(holder, "tag", "") not in _BLOCK
            and getattr(holder, "tag", "") not in _CONTAINER
        ):
            holder = getattr(holder, "parent", None)
        if holder is None:
            continue
        credit = -size if in_link else size
        if getattr(holder, "tag", "") in _PARAGRAPH:
            targets = [(getattr(holder, "parent", None), 1.0)]
            grand = getattr(targets[0][0], "parent", None) if targets[0][0] is not None else None
            targets.append((grand, 0.5))
        else:
            targets = [(holder, 1.0), (getattr(holder, "parent", None), 0.5)]
        for target, weight in targets:
            if target is None or getattr(target, "tag", "") in ("html",):
                continue
            key = _key(target)
            nodes[key] = target
            scores[key] = scores.get(key, 0.0) + credit * weight
            if weight == 1.0:
                own[key] = own.get(key, 0.0) + credit
    best, best_score = body, float("-inf")
    for key, score in scores.items():
        node = nodes[key]
        name = _name_of(node)
        if _CHROME_NAME.search(name) and not _CONTENT_NAME.search(name):
            score *= 0.3
        elif _CONTENT_NAME.search(name):
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
        name = _name_of(ancestor)
        if own.get(_key(ancestor), 0.0) >= 0.25 * own.get(_key(chosen), 1.0) and not (
            _CHROME_NAME.search(name) and not _CONTENT_NAME.search(name)
        ):
            chosen = ancestor
        ancestor = getattr(ancestor, "parent", None)
    return chosen


def _cell_text(cell: object) -> str:
    pieces = [t for _, t, _ in _text_nodes(cell)]
    return _HTML_SPACE.sub(" ", "".join(pieces)).strip()


def _data_table(table: object) -> list[list[str]] | None:
    """Rows of cell text for a table with data in it; None for a layout table (one column)."""
    rows: list[list[str]] = []
    for row in getattr(table, "css", lambda _s: [])("tr"):
        if _key(_nearest_table(row)) != _key(table):
            continue
        cells = [c for c in _children(row) if getattr(c, "tag", "") in ("td", "th")]
        rows.append([_cell_text(c) for c in cells])
    multi = [r for r in rows if len(r) >= 2]
    if len(rows) < 1 or len(multi) * 2 < len(rows) or not multi:
        return None
    return [r for r in rows if any(r)]


def _nearest_table(node: object) -> object | None:
    parent = getattr(node, "parent", None)
    while parent is not None and getattr(parent, "tag", "") != "table":
        parent = getattr(parent, "parent", None)
    return parent


def info_pairs(tree: object, content: object) -> list[tuple[str, str]]:
    """The portal's information table, outside the article: label/value pairs in page order."""
    inside: set[int] = set()
    for node, _, _ in _text_nodes(content):
        inside.add(_key(node))
    tokens: list[tuple[str, int]] = []  # (text, the row-like element it stands in)
    for node, text, _ in _text_nodes(getattr(tree, "body", None) or getattr(tree, "root", None)):
        if _key(node) in inside:
            continue
        row = _key(_row_of(node))
        for cell in _HTML_SPACE.sub(" ", text).split("|"):
            if cell.strip():
                tokens.append((cell.strip(), row))
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        label, value = _split_label(tokens[i][0])
        if label is None:
            i += 1
            continue
        if value:
            pairs.append((label, value))
            i += 1
            continue
        nxt, row = tokens[i + 1] if i + 1 < len(tokens) else ("", -1)
        if nxt and row == tokens[i][1] and _split_label(nxt)[0] is None:
            pairs.append((label, nxt))  # a value in the next cell of the same row
            i += 2
        else:
            i += 1
    return pairs if len(pairs) >= 2 else []


def _row_of(node: object) -> object | None:
    """The row-like element a label and its value share: a table row, list item, dl, paragraph or div."""
    parent = getattr(node, "parent", None)
    while parent is not None and getattr(parent, "tag", "") not in _ROWS:
        parent = getattr(parent, "parent", None)
    return parent


def _split_label(token: str) -> tuple[str | None, str]:
    for sep in ("：", ":", "]", "】"):
        if sep in token:
            head, _, tail = token.partition(sep)
            key = "".join(head.strip(_LABEL_EDGE).split()).replace("\u3000", "")
            if key in INFO_LABELS:
                return key, tail.strip(_LABEL_EDGE)
    key = "".join(token.strip(_LABEL_EDGE).split()).replace("\u3000", "")
    return (key, "") if key in INFO_LABELS else (None, "")


class _Walker:
    """Turns the article's markup into blocks in reading order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.line = _Line()
        self.tables = 0

    def flush(self) -> None:
        text, bold = self.line.stripped()
        if text:
            hints = Hints(centered=True) if self.line.centered else Hints()
            self.blocks.append(Block(text, bold=bold, hints=hints))
        self.line = _Line()

    def walk(self, root: object) -> None:
        # (node, bold, centered) to enter, or None as a marker to flush after a block ends
        stack: list[tuple[object, bool, bool] | None] = [(root, False, False)]
        while stack:
            entry = stack.pop()
            if entry is None:
                self.flush()
                continue
            node, bold, centered = entry
            tag = getattr(node, "tag", "")
            if tag == "-text":
                text = _HTML_SPACE.sub(" ", getattr(node, "text_content", None) or "")
                if self.line.length == 0:
                    text = text.lstrip(" ")
                    self.line.centered = centered
                self.line.add(text, bold)
                continue
            if tag in _SKIP or tag == "-comment":
                continue
            if tag == "br":
                self.flush()
                continue
            if tag == "table":
                rows = _data_table(node)
                if rows is not None:
                    self.flush()
                    self.tables += 1
                    for row in rows:
                        self.blocks.append(Block("\t".join(row), cells=tuple(row), table=self.tables))
                    continue
            if (
                tag not in ("-text",)
                and _CHROME_NAME.search(_name_of(node))
                and not _CONTENT_NAME.search(_name_of(node))
            ):
                continue
            bold = bold or _is_bold(node, tag)
            centered = centered or _is_centered(node, tag)
            is_block = tag in _BLOCK or tag in ("tr", "td", "th", "table")
            if is_block:
                self.flush()
                stack.append(None)
            stack.extend((child, bold, centered) for child in reversed(list(_children(node))))
        self.flush()


def html_blocks(text: str) -> list[Block]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    content = find_content(tree)
    blocks = [Block(f"{label}：{value}") for label, value in info_pairs(tree, content)]
    walker = _Walker()
    walker.walk(content)
    return blocks + walker.blocks
