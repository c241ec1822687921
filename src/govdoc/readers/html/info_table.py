"""The portal's information table (索引号/发文机关/文号 …) outside the article, as label/value pairs."""

from __future__ import annotations

from govdoc.readers.html.dom import HTML_SPACE, node_key, text_nodes

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


def info_pairs(tree: object, content: object) -> list[tuple[str, str]]:
    """The portal's information table, outside the article: label/value pairs in page order."""
    inside: set[int] = set()
    for node, _, _ in text_nodes(content):
        inside.add(node_key(node))
    tokens: list[tuple[str, int]] = []  # (text, the row-like element it stands in)
    for node, text, _ in text_nodes(getattr(tree, "body", None) or getattr(tree, "root", None)):
        if node_key(node) in inside:
            continue
        row = node_key(_row_of(node))
        for cell in HTML_SPACE.sub(" ", text).split("|"):
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
