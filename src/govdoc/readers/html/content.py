"""Finding the article: the element the page's text is densest in.

Paragraph text is credited to the element holding the paragraphs, link text discounted,
blocks named like navigation or footers penalised.
"""

from __future__ import annotations

import regex

from govdoc.date_words import DATE, YEAR_MONTH
from govdoc.readers.html.dom import (
    BLOCK,
    CHROME_NAME,
    CONTENT_NAME,
    HTML_SPACE,
    attr,
    children,
    marked_text_nodes,
    name_of,
    node_key,
    text_nodes,
)
from govdoc.readers.html.embedded import FRAME_MARK
from govdoc.readers.html.hidden import is_hidden

_FILE_LINK = regex.compile(r"\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar|7z|txt|jpg|png)(?:[?#]|$)", regex.I)
_DOWNLOADS_MAX_TEXT = 600  # a list of file links is short; a longer block is more of the page
PARAGRAPH = frozenset(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "pre", "blockquote"])
CONTAINER = frozenset(["div", "td", "section", "article", "main", "body", "center"])
_HOLDERS = BLOCK | CONTAINER

# A line ending on a date, to its day or its month (某县水利局　2025年7月2日, 2025年7月2日, 二〇二五年七月): the
# 落款's date closing the run of short lines set after a web page's article, which a site's name, its ICP number or
# a copyright line after the article never is.
ENDS_ON_DATE = regex.compile(rf"(?:{DATE}|{YEAR_MONTH})[ ]{{0,2}}$")


def _lone_cell_table(cell: object, known: dict[int, object | None]) -> object | None:
    """The table of a cell that is its row's only cell, else None (once per row).

    Older portals lay an article out as a table of one-cell rows, a paragraph per row: such a
    cell is a paragraph of its table, not a container of its own.
    """
    row = getattr(cell, "parent", None)
    if row is None or getattr(row, "tag", "") != "tr":
        return None
    key = node_key(row)
    if key not in known:
        cells = sum(1 for c in children(row) if getattr(c, "tag", "") in ("td", "th"))
        table = getattr(row, "parent", None)
        while table is not None and getattr(table, "tag", "") in ("tbody", "thead", "tfoot"):
            table = getattr(table, "parent", None)
        known[key] = table if cells == 1 and table is not None and getattr(table, "tag", "") == "table" else None
    return known[key]


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_TEXT_BESIDE_LIST = 60  # characters of paragraphs of its own that make a block more than a list's holder


def find_content(tree: object) -> object:
    """The element the article's text is densest in."""
    body = getattr(tree, "body", None) or getattr(tree, "root", None)
    scores: dict[int, float] = {}
    own: dict[int, float] = {}  # text of paragraphs standing directly in the element
    nodes: dict[int, object] = {}
    lone_cells: dict[int, object | None] = {}
    for _node, text, in_link, holder in marked_text_nodes(body, _HOLDERS):
        size = len(HTML_SPACE.sub("", text))
        if holder is None:
            continue
        credit = -size if in_link else size
        tag = getattr(holder, "tag", "")
        table = _lone_cell_table(holder, lone_cells) if tag in ("td", "th") else None
        if table is not None:
            targets = [(table, 1.0), (getattr(table, "parent", None), 0.5)]
        elif tag in PARAGRAPH:
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
            if weight == 1.0 and tag not in _HEADINGS:  # (a headline is looked for as such: no paragraph of its own)
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
    # a table of one-cell rows beside paragraphs of the block holding it, the page's <body> even, is that block's
    # list (a reply with its 附件's names one a row), however long the list: the reply was lost to it (review27 R6)
    listed = node_key(best) in {node_key(t) for t in lone_cells.values() if t is not None}
    for _ in range(4):
        if ancestor is None or getattr(ancestor, "tag", "") == "html":
            break
        if getattr(ancestor, "tag", "") == "body" and not (listed and chosen is best):
            break
        name = name_of(ancestor)
        # (measured against the block's own paragraphs, or where it holds none, its blocks' text: an article of
        # <section>s, as WeChat's editor writes one, is not handed to an ancestor for its byline)
        base = own.get(node_key(chosen)) or max(scores.get(node_key(chosen), 0.0), 1.0)
        need = min(0.25 * base, _TEXT_BESIDE_LIST) if listed and chosen is best else 0.25 * base
        chrome = bool(CHROME_NAME.search(name)) and not CONTENT_NAME.search(name)
        if not chrome and (own.get(node_key(ancestor), 0.0) >= need or _beside_it(ancestor, chosen)):
            chosen = ancestor
        ancestor = getattr(ancestor, "parent", None)
    return _semantic_article(_around_frame(chosen))


_BESIDE_SHARE = 0.6  # of the article's text at most: the blocks after it that are its own parts (落款, contact, 附件)
_BESIDE_LINKS = 0.25  # of their text at most in links (an 附件 list of download links is read by its own rule)
_BESIDE_MAX = 400  # characters: a 落款, a 主送, a contact line or an 附件 list, no other article


def _beside_it(ancestor: object, chosen: object) -> bool:
    """The blocks around the chosen one in `ancestor` are its own parts set apart: a 落款 in `<div class="sign">`
    after the body's `<div class="TRS_Editor">`, a contact line or an 附件 list after it (review27 R8: left out
    unsaid), an addressee's line in a block of its own before it (`<div class="zs"><p>王某代表：</p></div>`, R8's
    remainder). Such parts are short beside the article, hold no link text to speak of and no prose (a sentence
    at most), and before the chosen block stands nothing but a headline or one such opening line, short and
    ending on the colon that hands over to the text after it: a menu, a list of other articles, a tab pane of
    another text (政策解读), a column's name box over it (建议提案办理) is not taken."""
    plain, linked, stops = _text_sizes(chosen)
    all_plain, all_linked, all_stops = _text_sizes(ancestor)
    beside, beside_links = all_plain - plain, all_linked - linked
    if not (
        0 < beside <= min(_BESIDE_SHARE * plain, _BESIDE_MAX)
        and beside_links <= _BESIDE_LINKS * beside
        and all_stops - stops <= 1
    ):
        return False
    before = _text_before(ancestor, chosen)
    return not before or _opening_line(before)


_OPENING_MAX = 60  # characters of the one line that may stand before the article's body block: an addressee's


def _opening_line(pieces: list[tuple[str, bool]]) -> bool:
    """The text before the body block (`_text_before`'s pieces) is one short line outside links ending on a colon,
    its only one (王某代表：, 各乡镇人民政府，县直各单位：): the line that hands over to the text under it, not a page's
    block (a byline's labels, 发布时间：… 浏览次数：, its count left to a script, hold colons of their own)."""
    text = "".join(piece for piece, _ in pieces).strip()
    return (
        not any(in_link for _, in_link in pieces)
        and len(text) <= _OPENING_MAX
        and "\n" not in text
        and text.endswith(("：", ":"))
        and text.count("：") + text.count(":") == 1
    )


def _text_sizes(node: object) -> tuple[int, int, int]:
    """The characters of text under `node` outside links and inside them, spaces left out, and its full stops."""
    plain = linked = stops = 0
    for _node, text, in_link, _holder in marked_text_nodes(node, _HEADINGS):
        size = len(HTML_SPACE.sub("", text))
        stops += text.count("。")
        if in_link:
            linked += size
        else:
            plain += size
    return plain, linked, stops


def _text_before(ancestor: object, chosen: object) -> list[tuple[str, bool]]:
    """The text outside headings that stands in `ancestor` before `chosen` (a block under it), piece by piece
    with whether each stands in a link; in page order, each piece's spaces at its ends kept apart by a line
    break where its block ends (a piece per block level climbed)."""
    node, top = chosen, node_key(ancestor)
    found: list[list[tuple[str, bool]]] = []
    while node is not None and node_key(node) != top:
        parent = getattr(node, "parent", None)
        here = node_key(node)
        level: list[tuple[str, bool]] = []
        for sibling in children(parent) if parent is not None else ():
            if node_key(sibling) == here:
                break
            for _node, text, link, heading in marked_text_nodes(sibling, _HEADINGS):
                if heading is None and HTML_SPACE.sub("", text):
                    level.append((text.strip(), link))
            if level and level[-1][0][-1:] != "\n":
                level[-1] = (level[-1][0] + "\n", level[-1][1])  # a block's end is a line's
        found.append(level)
        node = parent
    return [piece for level in reversed(found) for piece in level]


_FRAME_REACH = 6  # levels from the chosen block up to the frame's document it may stand in
_BESIDE_FRAME = 0.5  # of the frame's text at most: the page's own lines around the frame (a headline, a 文号)


def _around_frame(chosen: object) -> object:
    """The element a frame stood in, where the article chosen is (inside) the frame's document and that
    element's other text is short beside it: a CMS that hands the body to the browser in an `<iframe
    srcdoc>` prints the headline and the 文号 in the page around the frame (`<h1>…</h1><div>区民提〔2024〕14号
    </div><iframe …>`), and a reader sees them over the body as one article. Not where the element is the
    page's `<body>` or named like chrome, nor where the page's text around the frame outweighs half of it
    (a page of its own beside an embedded document)."""
    node: object | None = chosen
    for _ in range(_FRAME_REACH):
        if node is None or getattr(node, "tag", "") in ("body", "html"):
            return chosen
        if attr(node, "data-govdoc") == FRAME_MARK:
            break
        node = getattr(node, "parent", None)
    else:
        return chosen
    parent = getattr(node, "parent", None)
    if parent is None or getattr(parent, "tag", "") in ("body", "html"):
        return chosen
    name = name_of(parent)
    if CHROME_NAME.search(name) and not CONTENT_NAME.search(name):
        return chosen
    inside = len(HTML_SPACE.sub("", getattr(node, "text", lambda **_: "")(deep=True) or ""))
    around = len(HTML_SPACE.sub("", getattr(parent, "text", lambda **_: "")(deep=True) or "")) - inside
    return parent if around <= _BESIDE_FRAME * inside else chosen


_ARTICLE_REACH = 3


def _semantic_article(chosen: object) -> object:
    """The HTML5 `<article>` holding the chosen block (up to `_ARTICLE_REACH` levels up), else the block:
    the page itself marks its article so, with the headline in the article's own `<header>` and the
    closing lines (a CMS's 落款 field) in its own `<footer>`, which the densest block leaves out."""
    node: object | None = chosen
    for _ in range(_ARTICLE_REACH + 1):
        if node is None or getattr(node, "tag", "") in ("body", "html"):
            break
        if getattr(node, "tag", "") == "article":
            return node
        node = getattr(node, "parent", None)
    return chosen


_HEADLINES = frozenset(["h1", "h2", "h3"])


_HEADLINE_REACH = 3  # how many wrappers up a headline may stand (WeChat: h1, then section in section in div)
# not counted as levels: a form's answer cell reaches past its own table
_TABLE_INSIDES = frozenset(["tr", "tbody", "thead", "tfoot"])
# Class or id words of a page's navigation (a breadcrumb 当前位置, a menu, the site's logo band): a
# headline a wrapper further up shows before such navigation is the site's, not the article's.
_NAVIGATION = regex.compile(r"breadcrumb|crumb|nav|menu|banner|logo|position|location|dqwz|weizhi", regex.I)


# A breadcrumb trail by its shape, whatever its class (`首页 > 政务公开 > …`, `» 通知公告`): short text
# whose pieces are set apart by a trail's arrow.
_TRAIL = regex.compile(r"\S[ ]*(?:>|»|›)[ ]*\S")
_MAX_TRAIL = 120


def _is_trail(node: object) -> bool:
    """The node's text is a navigation trail (a breadcrumb with no telling class or id)."""
    text = (getattr(node, "text", lambda: "")() or "").strip()
    return 0 < len(text) <= _MAX_TRAIL and bool(_TRAIL.search(text))


def headline_of(article: object) -> object | None:
    """The headline (`<h1>`–`<h3>`) standing before the article in a wrapper holding it (its parent,
    or up to `_HEADLINE_REACH` levels up), or None: the page's `<div class="article"><h1>…</h1><div
    class="info">…</div><div id="zoom">…` shows the document's title above a body that lacks one, and
    the title is the article's, not chrome. Only the headline is: what else the wrapper holds (the
    related links after the article, the site's phone, print buttons) stays outside it. Further up
    than the parent, a headline followed by the page's navigation (`<h1>某市人民政府</h1><div
    class="crumb">首页 > …</div>`) is the site's name over its pages, and is passed over. An article
    that is one cell of a form table (建议标题 | … / 答复内容 | the answer) counts its row and table as
    one level, so the headline over the table is in reach. An article standing right in the page's
    `<body>` (an old portal's `<div id="zoom">` of `<br>` lines among the page's other blocks) takes
    only a block the page names a title without a heading tag (`<div class="biaoti">`, as pages made
    before heading tags were used mark it), or a heading loose in the body (`<h1 class="title">`, the site's
    masthead over its pages as often as the article's title), not followed by navigation. Such blocks are
    the article's headline only if their words read as a title, which is the genre's question: they are
    given by `named_headlines`, not here.
    """
    branch = article
    depth = -1
    while depth < _HEADLINE_REACH - 1:
        parent = getattr(branch, "parent", None)
        if parent is None or getattr(parent, "tag", "") == "html":
            return None
        if getattr(parent, "tag", "") == "body":
            return None
        tag = getattr(parent, "tag", "")
        if tag in _TABLE_INSIDES:  # a cell's row and row group are one level: its table
            if tag != "tr":  # a row group: a headline row may stand above the article's row
                headline = _headline_before(parent, branch, depth + 1)
                if headline is not None:
                    return headline
            branch = parent
            continue
        depth += 1
        name = name_of(parent)
        if CHROME_NAME.search(name) and not CONTENT_NAME.search(name):
            return None
        headline = _headline_before(parent, branch, depth)
        if headline is not None:
            return headline
        branch = parent
    return None


def _headline_before(parent: object, branch: object, depth: int) -> object | None:
    """The first headline among `parent`'s children before `branch` (a headline's subtitle or byline
    under it may be marked as one too); further up than the article's parent (`depth` > 0) a page's
    navigation after it sets it aside, and the first headline after that navigation is the one."""
    key = node_key(branch)
    headline: object | None = None
    for child in children(parent):
        if node_key(child) == key:
            break
        if headline is None:
            headline = child if _is_headline(child) else _heading_inside(child)
        elif depth and (_NAVIGATION.search(name_of(child)) or _is_trail(child)):
            headline = None
    return headline


def named_headlines(article: object) -> list[object]:
    """The blocks no heading tag marks that the page names a title (class or id) before an article
    standing right in the page's `<body>` (an old portal's `<div id="zoom">` of `<br>` lines), in page
    order, none before the page's navigation that follows them (the site's name over its menu). An old
    portal names so its article's title (`<div class="biaoti">关于…的通知</div>`), but also its column's
    banner (`<div class="bt">人大代表建议和政协提案办理结果公开</div>`), its masthead (`<div
    class="title">某某县住房和城乡建设局</div>`) and the byline under the title (`<div class="title-info">发布时间：…`):
    which one, if any, is the article's title is the genre's question (do its words read as a title? does
    the article open on a title of its own?), answered by `govdoc.rules.info_table`; the others are the
    page's text outside the article, as they were before any was looked for (diffread-B B1). A heading loose
    in the body (`<h2 class="bt">关于…的通知</h2>` over a `<div>` of the text) is such a block too: the site's
    masthead as often as the article's title, it is offered to the same question rather than passed over; one
    as short as a column's name (`<h2>通知公告</h2>`, 公示公告: review23 R1) is that name, as a named block's is."""
    parent = getattr(article, "parent", None)
    if parent is None or getattr(parent, "tag", "") != "body":
        return []
    key = node_key(article)
    found: list[object] = []
    for child in children(parent):
        if node_key(child) == key:
            break
        if getattr(child, "tag", "") in _HEADLINES:
            if _is_headline(child) and len((getattr(child, "text", lambda: "")() or "").strip()) >= _HEADLINE_MIN:
                found.append(child)  # (a heading as short as a column's name, <h2>通知公告</h2>, is that name)
        elif _TITLE_NAME.search(name_of(child)) and _is_headline(child):
            found.append(child)
        elif found and (_NAVIGATION.search(name_of(child)) or _is_trail(child)):
            found = []
    return found


_LAYOUT_ROWS = frozenset(["tr", "td"])


def _heading_inside(node: object) -> object | None:
    """The `<h1>`–`<h3>` a layout table's row holds and nothing else (its one cell centring the page's
    `<h2>`, over the row of the article): the headline stands in its own row. A row holding more text
    than its heading (a heading over a paragraph) is none. A `<div>` wrapping a heading is not looked
    into: a portal's `<div class="article-title"><h1>` stands over a byline (发布日期：… 访问量) that the
    information table's rule would then take for one of its own rows, its title given by the table."""
    if getattr(node, "tag", "") not in _LAYOUT_ROWS:
        return None
    heading = getattr(node, "css_first", lambda _: None)("h1, h2, h3")
    if heading is None:
        return None
    text = (getattr(heading, "text", lambda: "")() or "").strip()
    return heading if text and text == (getattr(node, "text", lambda: "")() or "").strip() else None


# Class or id words of a headline a page marks without a heading tag (`<div class="title">`,
# `<td class="biaoti">`, `<div id="art-title">`).
_TITLE_NAME = regex.compile(r"(?<![a-z])(?:title|biaoti|bt|tit|headline)(?![a-z])", regex.I)
_HEADLINE_MAX = 80  # characters: a headline is a title's length, no paragraph
# … and, where only its name or its type marks it, longer than the name of a portal's column, which
# the page names and sets the same way (建议提案办理, 通知公告, 政协委员提案办理): a document's title names
# its subject and its type (某县人民政府关于…的批复).
_HEADLINE_MIN = 10
_EMPHASIS = frozenset(["b", "strong", "font", "big"])


def _is_headline(node: object) -> bool:
    """A headline: an `<h1>`–`<h3>` with text; or a short block of no full stop that the page names a
    title (its class or id) or sets wholly in bold or large type (`<font size="5"><b>…</b></font>`
    in a row of its own over an old portal's article), as pages made before heading tags were used."""
    tag = getattr(node, "tag", "")
    text = (getattr(node, "text", lambda: "")() or "").strip()
    if not text:
        return False
    if tag in _HEADLINES:
        return True
    if tag in ("-text", "-comment", "a") or len(text) > _HEADLINE_MAX or "。" in text:
        return False
    if getattr(node, "css_first", lambda _: None)("h1, h2, h3") is not None:
        return False  # the page marks its headings with heading tags: a wrapper of one is not taken for it
    if len(text) < _HEADLINE_MIN:
        return False  # a portal's column box (`<div class="bt">建议提案办理</div>`, 通知公告) beside the article
    if tag in ("div", "p", "span", "td", "center") and _TITLE_NAME.search(name_of(node)):
        return True
    if tag == "tr" and sum(1 for c in children(node) if getattr(c, "tag", "") in ("td", "th")) != 1:
        return False  # a row of cells side by side is a form's or a table's, no headline
    return tag in ("div", "p", "tr", "center") and _all_emphasised(node)


def _all_emphasised(node: object) -> bool:
    """Every text of `node` stands inside bold or sized type (`<b>`, `<strong>`, `<font size>`), none in a link."""
    key = node_key(node)
    found = False
    for text_node, _, in_link in text_nodes(node):
        if in_link:
            return False
        up = getattr(text_node, "parent", None)
        while up is not None and node_key(up) != key and getattr(up, "tag", "") not in _EMPHASIS:
            up = getattr(up, "parent", None)
        if up is None or node_key(up) == key:
            return False
        found = True
    return found


# Word's web page sets its footnotes and endnotes after the body's section, in a block of its own
# (`<div style='mso-element:footnote-list'>`), outside the article the densest block gives.
_WORD_NOTES = "div[style*='footnote-list'], div[style*='endnote-list']"


def word_notes(tree: object, article: object) -> list[object]:
    """The notes lists of a page Word saved (`mso-element:footnote-list`, `endnote-list`) standing outside
    `article`: the document's own text, printed at its end as Word prints notes, read after the body (as a
    .docx's notes are) and never dropped as the page's chrome. A page no Word wrote has none."""
    css = getattr(tree, "css", None)
    found = css(_WORD_NOTES) if css is not None else []
    inside = {node_key(node) for node in getattr(article, "css", lambda _: [])(_WORD_NOTES)}
    return [node for node in found if node_key(node) not in inside]


def find_downloads(article: object) -> list[object]:
    """Blocks right after the article (after it or after the element holding it) that list links to
    files (.pdf, .docx, .xls …), or that set a few short lines to the right, or that are short lines in a row
    right after it: the article's own downloads and the closing lines a CMS keeps as fields of their own,
    which portals print apart from its text (`<article>…</article><p>某区住建局</p><p>2024年6月18日</p>`
    right in the page's `<body>`: a 落款 left out unsaid).

    Only a short block whose links point at files, or a short block without links whose every line is
    aligned right, or one of the blocks in a row right after the article each a short line of no link,
    sentence or label (`_is_closing_line`), one of them ending on the 落款's date (`ENDS_ON_DATE`: a site's name,
    its ICP number or a copyright line after an unsigned article is no 落款), counts, and not one named like page
    chrome.
    """
    found: list[object] = []
    node: object | None = article
    for _ in range(3):
        if node is None or getattr(node, "tag", "") in ("body", "html"):
            break
        sibling = getattr(node, "next", None)
        closing = True  # still in the run of short lines right after the article
        run: list[object] = []  # that run, a 落款 up to its line ending on a date
        later: list[object] = []
        for _ in range(3):
            while sibling is not None and str(getattr(sibling, "tag", "")).startswith("-"):
                sibling = getattr(sibling, "next", None)
            if sibling is None:
                break
            closing = closing and _is_closing_line(sibling)
            if closing:
                run.append(sibling)
            elif _is_download_list(sibling):
                later.append(sibling)
            sibling = getattr(sibling, "next", None)
        dated = [i for i, line in enumerate(run) if ENDS_ON_DATE.search(_one_line(line))]
        ends = dated[-1] + 1 if dated else 0  # the 落款 ends on its date: a line after it is the page's,
        while dated and ends < len(run) and _BRACKETED_NOTE.match(_one_line(run[ends])):
            ends += 1  # but the note bracketed under the date, （此件公开发布）, is the reply's own
        found = run[:ends] + [line for line in run[ends:] if _is_download_list(line)] + later
        if found:
            break
        node = getattr(node, "parent", None)
    return found


_BRACKETED_NOTE = regex.compile(r"^[（(][^（()）\n]{1,38}[）)]$")  # a line all in one bracket, a 附注 under the 落款
_CLOSING_LINE_MAX = 40  # characters: an organ's full name, a date, two organs side by side


def _is_closing_line(node: object) -> bool:
    """A block of one short line shown, no link text (a tool's 阅读原文 is one, with or without its href), no
    sentence (。) and no label (a colon: 来源：, 责任编辑：, 主办：, the page's bylines and footer), not named like
    chrome nor hidden by its style (a script's toast 已无更多数据): a 落款's organ or date set after the article."""
    name = name_of(node)
    if (CHROME_NAME.search(name) and not CONTENT_NAME.search(name)) or is_hidden(node, frozenset()):
        return False
    text = _one_line(node)
    plain, linked, stops = _text_sizes(node)
    return (
        0 < plain <= _CLOSING_LINE_MAX
        and not linked
        and not stops
        and "\n" not in text
        and not any(mark in text for mark in ":：")
    )


def _one_line(node: object) -> str:
    """A block's text, its ends' spaces stripped."""
    return str(getattr(node, "text", lambda **_: "")(deep=True) or "").strip()


def _is_download_list(node: object) -> bool:
    name = name_of(node)
    if CHROME_NAME.search(name) and not CONTENT_NAME.search(name):
        return False
    links = _links(node)
    text = getattr(node, "text", None)
    size = len(HTML_SPACE.sub("", text() if callable(text) else ""))
    if not links:
        return 0 < size <= _RIGHT_BLOCK_MAX_TEXT and _set_right(node)
    return size <= _DOWNLOADS_MAX_TEXT and any(_FILE_LINK.search(attr(a, "href")) for a in links)


_RIGHT_STYLE = regex.compile(r"text-align\s*:\s*right", regex.I)
_RIGHT_BLOCK_MAX_TEXT = 80  # an organ's name and a date, or two organs and a date


def _is_right(node: object) -> bool:
    return attr(node, "align").lower() == "right" or bool(_RIGHT_STYLE.search(attr(node, "style")))


def _set_right(node: object) -> bool:
    """The block, or every child of it that shows text, is aligned right."""
    if _is_right(node):
        return True
    shown = [c for c in children(node) if (getattr(c, "text", lambda: "")() or "").strip()]
    return bool(shown) and all(getattr(c, "tag", "") != "-text" and _is_right(c) for c in shown)


def _links(node: object) -> list[object]:
    css = getattr(node, "css", None)
    return list(css("a[href]")) if callable(css) else []
