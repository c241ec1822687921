"""Text a page shows inside elements whose content is no markup of the page: a frame's inline
document (`<iframe srcdoc>`), a read-only text box (`<textarea readonly>`) and, since session 24, a
read-only one-line box's value (`<input readonly value="…">`, a portal's information table shown in boxes).

A CMS may hand the article to the browser as a whole HTML document in an iframe's `srcdoc`
attribute, and a 建议/提案 system may show a reply as plain text in a read-only `<textarea>`:
a reader of the page sees that text as the page's, where the parser sees an attribute value or a
form control (which the walk otherwise skips: an editable box holds no text of the document). Each
is put in the tree where it stands, before the article is looked for: the frame's document as its
body's elements, the read-only box as preformatted text (`<pre>`), its line breaks and spaces kept,
and the box's caption (答复内容：), the page's own words about the box, taken out with it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from govdoc.limits import Limits
from govdoc.readers.html.dom import attr
from govdoc.readers.html.guard import check_markup
from govdoc.readers.html.hidden import hidden_attribute, is_hidden

_CAPTION_LENGTH = 12  # characters of a text box's caption at most (答复内容：, 办理结果：)
_MAX_FRAME_DEPTH = 3  # a frame's document holding a frame holding a frame: deeper ones stay unread


def show_embedded(tree: Any, limits: Limits, path: str | None) -> None:
    """Put each visible inline frame's document, read-only text box's text and read-only one-line box's value in
    the tree where it stands."""
    from selectolax.lexbor import LexborHTMLParser

    for _ in range(_MAX_FRAME_DEPTH):
        frames = [f for f in tree.css("iframe[srcdoc]") if not is_hidden(f, frozenset())]
        if not frames:
            break
        for frame in frames:
            source = attr(frame, "srcdoc")
            check_markup(source, limits, path)  # bounded as the page itself is
            holder = _frame_body(source, FRAME_MARK)
            if holder is None:
                continue
            frame.replace_with(holder)
    for field in tree.css("input"):
        attributes = getattr(field, "attributes", {}) or {}
        if (attributes.get("type") or "text").strip().lower() != "text":
            continue  # a button's, a check box's or a hidden field's value is no text the page shows as its own
        if ("readonly" not in attributes and "disabled" not in attributes) or is_hidden(field, frozenset()):
            continue  # an editable box holds what a visitor types
        value = (attributes.get("value") or "").strip()
        shown = LexborHTMLParser(f"<span>{html.escape(value)}</span>").css_first("span") if value else None
        if shown is not None:
            field.replace_with(shown)  # a read-only box's value shows as the page's words (an information table's)
    for box in tree.css("textarea"):
        attributes = getattr(box, "attributes", {}) or {}
        if ("readonly" not in attributes and "disabled" not in attributes) or is_hidden(box, frozenset()):
            continue  # an editable box (a comment form) holds what a visitor types, no text of the page
        text = box.text(deep=True) or ""
        if text.strip():
            shown = LexborHTMLParser(f"<pre>{html.escape(text)}</pre>").css_first("pre")
            if shown is not None:
                caption = _caption_of(tree, box)
                box.replace_with(shown)
                if caption is not None:
                    caption.decompose()


def _caption_of(tree: Any, box: Any) -> Any:
    """The box's caption, the page's own words about it (答复内容：): a `<label>` naming it, else the element
    right before it when that is a short label ending in a colon and nothing more."""
    ident = attr(box, "id")
    if ident:
        for label in tree.css("label"):
            if attr(label, "for") == ident:
                return label
    before = box.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    if before is None or before.tag in ("-text", "-comment"):
        return None
    words = (before.text(deep=True) or "").strip()
    return before if 0 < len(words) <= _CAPTION_LENGTH and words[-1] in "：:" else None


FRAME_MARK = "frame"  # the `data-govdoc` of the element a frame's document is put in (`content.find_content`)
_TEMPLATE_MARK = "template"
_TEMPLATE_TAGS = re.compile(
    r"^\s*<(?:template|noscript|noframes)\b[^>]*>|</(?:template|noscript|noframes)>\s*$", re.IGNORECASE
)


def show_template(tree: Any, text: str, limits: Limits, path: str | None) -> None:
    """Put in the page, where it stands, the `<template>` holding its article: a page that shows next to no
    text of its own (a mount point 页面加载中……, the site's menu and footer) and keeps the article in a
    template its script stamps into the page once loaded shows the article, as the browser does once the
    script ran. The template is taken only when it holds at least `_SHOWN_HAN` Han characters, more than
    twice what the page shows outside its scripts, and the page itself says no `_SHOWN_HAN` Han characters in
    sentences (a mount point's 页面加载中……, a menu and a footer end none with 。): a page showing its own
    article, however short (a 批复 of three sentences), keeps a template for later (a related reply, a dialog,
    longer than the article) and reads as it shows (diffread-B B8). A template's content is a fragment the parser keeps
    apart from the tree (no children, no text), read from its markup. One `in` test for any other page.

    Since session 24 a `<noscript>` is weighed alike: a page whose script fetches the article keeps it for a
    browser without scripts in a `<noscript>` beside the empty mount point, where the parser (as a browser
    with scripts) sees the markup as raw text; a short plea (请开启JavaScript) weighs too little to be taken.

    Since session 26 a `<textarea>` whose text is markup is weighed alike: an editor's page (UEditor, KindEditor)
    keeps the article as escaped HTML in a hidden text area its script sets into an empty `<div>`; the text
    area's text, its entities undone, is the article's markup (a text area of plain lines is no such copy and
    stays as `show_embedded` reads it)."""
    if "<template" not in text and "<noscript" not in text and "<textarea" not in text:
        return
    body = tree.body
    if body is None:
        return
    best: tuple[int, Any, str] = (0, None, "")
    stores: list[str] = []  # the text areas holding markup: no text the page shows
    for template in body.css("template, noscript, textarea"):
        if template.tag == "textarea":
            markup = template.text(deep=True) or ""
            if not _MARKUP.search(markup):
                continue
            stores.append(markup)
        else:
            markup = template.html or ""
        weight = len(_HAN.findall(markup))
        if weight > best[0]:
            best = (weight, template, markup)
    weight, template, markup = best
    if template is None or weight < _SHOWN_HAN:
        return
    shown = body.text(deep=True, separator="\n") or ""
    unseen = [node.text(deep=True, separator="\n") or "" for node in body.css("script, style, noscript")] + stores
    if 2 * (len(_HAN.findall(shown)) - sum(len(_HAN.findall(part)) for part in unseen)) >= weight:
        return
    if _said(shown) - sum(_said(part) for part in unseen) >= _SHOWN_HAN:
        return  # the page says sentences of its own: its article, a longer template kept for later (a dialog)
    inner = _TEMPLATE_TAGS.sub("", markup)
    check_markup(inner, limits, path)  # bounded as the page itself is
    holder = _frame_body(inner, _TEMPLATE_MARK)
    if holder is not None:
        template.replace_with(holder)


_SLOT = re.compile(r"<slot\b[^>]*>.*?</slot\s*>|<slot\b[^>]*>", re.IGNORECASE | re.DOTALL)
_SHADOW_MARK = "shadow-root"


def show_shadow_roots(tree: Any, text: str, limits: Limits, path: str | None) -> None:
    """Put a custom element's declarative shadow root (`<template shadowrootmode="open">`, the older
    `shadowroot`) in the page where it stands, as the browser draws it in place of the element's children:
    its own markup (a portal's 版头 component: the organ, the 文号), the element's children where its first
    `<slot>` stands (a slotted headline), none where it has no slot. The template's content is a fragment the
    parser keeps apart from the tree, read from its markup, as `show_template` reads one. One `in` test for
    any other page."""
    if "shadowroot" not in text:
        return
    body = tree.body
    if body is None:
        return
    for template in body.css("template[shadowrootmode], template[shadowroot]"):
        host = template.parent
        if host is None:
            continue
        light = [child for child in host.iter(include_text=True) if child.mem_id != template.mem_id]
        slotted = "".join(child.html or "" for child in light)
        markup = _TEMPLATE_TAGS.sub("", template.html or "")
        slot = _SLOT.search(markup)  # the first slot takes the children; a root without one shows none of them
        inner = markup if slot is None else markup[: slot.start()] + slotted + _SLOT.sub("", markup[slot.end() :])
        check_markup(inner, limits, path)  # bounded as the page itself is
        holder = _frame_body(inner, _SHADOW_MARK)
        if holder is None:
            continue
        for child in light:
            child.decompose()
        template.replace_with(holder)


# A declaration that hides an element until a script shows it: `display:none`, `visibility:hidden`, `opacity:0`
_HIDING = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?)\s*(?:!\s*important\s*)?(?=;|$)",
    re.IGNORECASE,
)
_PAGE_HAN = 10  # a client-side pager's page holds at least a sentence


def show_scripted(tree: Any, text: str) -> None:
    """Show the article a page hides by its own inline style (or the `hidden` attribute) until its script runs,
    as the browser shows it once the script ran or the reader clicked: a block hidden so that holds most of the
    page's words (a saved WeChat article's `#js_content`, `visibility:hidden; opacity:0` until its script has
    laid it out), and the pages of a client-side pager (blocks of one tag and class, the first shown, the
    others `display:none` until the pager's links show them), each holding words no shown page of theirs holds
    (a hidden copy of a shown block, a mobile layout's, stays hidden): the later pages are read on in the page
    shown, one article as the reader paging through it reads it. Anti-copying characters hidden between the
    words are a few characters in spans, never most of a page nor a page of a pager: they stay hidden."""
    if "none" not in text and "hidden" not in text and "opacity" not in text:
        return
    body = tree.body
    if body is None:
        return
    hidden = [
        node
        for node in body.css("[style], [hidden]")
        if _HIDING.search(attr(node, "style") or "")
        or ("hidden" in (attrs := node.attributes) and hidden_attribute(attrs["hidden"]))
    ]
    if not hidden:
        return
    whole = body.text(deep=True) or ""
    unseen = [node.text(deep=True) or "" for node in body.css("script, style, noscript")]
    shown = len(_HAN.findall(whole)) - sum(len(_HAN.findall(part)) for part in unseen)
    said = _said(whole) - sum(_said(part) for part in unseen)
    outer: set[int] = set()
    for node in hidden:
        if any(parent.mem_id in outer for parent in _ancestors(node)):
            continue  # inside a block already hidden: its own hiding is weighed with it
        outer.add(node.mem_id)
        weight = len(_HAN.findall(node.text(deep=True) or ""))
        page = _shown_page(node, weight)
        if page is not None:  # the pager's pages are one article: read on in the page shown
            for child in list(node.iter(include_text=True)):
                page.insert_child(child)
            node.decompose()
        elif weight >= _SHOWN_HAN and 2 * weight > shown and said - _said(node.text(deep=True) or "") < _SHOWN_HAN:
            # (the page says no sentences of its own beside it: a hidden dialog or tab beside a shown article
            # is no article held back)
            node.attrs["style"] = _HIDING.sub("", attr(node, "style") or "").strip("; ")
            if "hidden" in node.attributes:  # hidden by the attribute until the script shows it
                del node.attrs["hidden"]


def _ancestors(node: Any) -> Iterator[Any]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


# A pager's entry for a page: its number (2, [3], 第2页), as a link or, the page shown, as a span or bold; and
# its link on (下一页, 下页 ›). A web pager's own labels; tabs' links name their panes (原文, 解读) and are none.
_PAGE_NUMBER = re.compile(r"[\[【]?(?:\d{1,3}|第\s*\d{1,3}\s*页)[\]】]?")
_PAGE_ON = re.compile(r"[\[【<«]?\s*下一?页\s*[\]】>»›]?")
_PAGE_ENTRIES = "a, span, strong, b, em"
_PAGER_REACH = 3  # the pager stands beside the pages' holder or up to this many elements out


def _pager_links(parent: Any) -> bool:
    """Whether the blocks under `parent` stand beside a pager: within `_PAGER_REACH` elements out, two numbered
    entries (1 2, 第1页 第2页; the page shown may be a span, `<span class=cur>1</span> <a>2</a>`), one of them a
    link, or a link on to the next page (下一页). Tabs (原文 | 解读) name their panes: no number, no 下一页,
    no pager."""
    holder = parent
    for _ in range(_PAGER_REACH - 1):
        if holder.parent is None:
            break
        holder = holder.parent
    numbered = linked = 0
    for entry in holder.css(_PAGE_ENTRIES):
        words = (entry.text(deep=True) or "").strip()
        if entry.tag == "a" and _PAGE_ON.fullmatch(words):
            return True
        if _PAGE_NUMBER.fullmatch(words):
            numbered += 1
            linked += entry.tag == "a"
            if numbered >= 2 and linked:
                return True
    return False


def _shown_page(node: Any, weight: int) -> Any:
    """The shown page of a client-side pager a hidden block is a later page of, else None: the block has a
    class and holds `_PAGE_HAN` Han characters or more, the blocks stand beside a pager's numbered links, and a
    sibling before it of its tag and class is shown whose words are not its own (a hidden copy of a shown block
    is no page; tabs' panes, whose links name them, are none)."""
    names = attr(node, "class")
    parent = node.parent
    if not names or weight < _PAGE_HAN or parent is None or not _pager_links(parent):
        return None
    own = "".join((node.text(deep=True) or "").split())
    for sibling in parent.iter():
        if sibling.mem_id == node.mem_id:
            return None
        if sibling.tag != node.tag or attr(sibling, "class") != names or _HIDING.search(attr(sibling, "style") or ""):
            continue
        words = "".join((sibling.text(deep=True) or "").split())
        if words and own[:40] not in words and words[:40] not in own:
            return sibling
    return None


def frameless(tree: Any, limits: Limits, path: str | None) -> Any:
    """The page a frameset holds for a browser without frames: a frameset page has no body, its frames are
    other files, and its `<noframes>` (raw text to the parser) is the only text the file holds of its own
    (an old portal kept the article there for such browsers and for search engines). None for any other
    page, or where the `<noframes>` holds fewer than `_SHOWN_HAN` Han characters (a bare 您的浏览器不支持框架)."""
    from selectolax.lexbor import LexborHTMLParser

    if tree.body is not None or tree.root is None:
        return None
    for kept in tree.root.css("noframes"):
        inner = _TEMPLATE_TAGS.sub("", kept.html or "")
        if len(_HAN.findall(inner)) >= _SHOWN_HAN:
            check_markup(inner, limits, path)  # bounded as the page itself is
            return LexborHTMLParser(inner)
    return None


def _frame_body(document: str, mark: str) -> Any:
    """A frame document's body (what stands inside its <body>, else the whole of it, a fragment) copied
    into a `<div class="srcdoc">` marked `data-govdoc="{mark}"`, for the frame to be replaced with: the
    document parsed once (its body's markup written out and parsed again inside the div was a second parse
    of it). The nodes are
    copied (selectolax's `insert_child` imports a node of another tree, `move=False`), not moved: the
    copies belong to the holder's tree, so nothing points into the frame's parse once it is gone."""
    from selectolax.lexbor import LexborHTMLParser

    holder = LexborHTMLParser(f'<div class="srcdoc" data-govdoc="{mark}"></div>').css_first("div.srcdoc")
    body = LexborHTMLParser(document).body
    if holder is not None and body is not None:
        for child in list(body.iter(include_text=True)):
            holder.insert_child(child)
    return holder


# A single-page app's state, as its server renders it into the page for the script to mount:
# `window.__INITIAL_STATE__ = {…}` (Vue/Vuex, Nuxt's `window.__NUXT__`, Redux's `window.__PRELOADED_STATE__`).
_STATE = re.compile(r"\bwindow\.(__[A-Za-z_]+__)\s*=\s*")
_MARKUP = re.compile(r"<(?:p|div|br|span|table|h[1-6])\b", re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u9fff]")
_SHOWN_HAN = 20  # a page showing this many Han characters outside its scripts is read as it shows
# A sentence: a run up to 。！？ after no label (主办：) nor gap (a footer's cells) inside it.
_SENTENCE = re.compile(r"[^\s。！？：:]*[。！？]")


def _said(text: str) -> int:
    """Han characters `text` holds in sentences: runs ending with 。！？ (a menu's, a label's, a mount point's
    words end none)."""
    return sum(len(_HAN.findall(sentence)) for sentence in _SENTENCE.findall(text)) if "。" in text else 0


_TITLE_KEYS = ("title", "articleTitle", "docTitle", "subject", "name")
_ARTICLE_WORDS = ("content", "article", "body", "detail")  # a key naming the article's text (beside no title)


def state_article(tree: Any, text: str) -> Any:
    """The article a single-page app's page holds only in its rendered state: a page whose markup shows
    next to no text (an empty mount point, a `<noscript>` plea) but whose script assigns a JSON state
    (`window.__INITIAL_STATE__ = {…}`, two marks of such an app) holding an HTML string under a key naming
    an article's text or beside a title: the string with the most Han characters, under its object's
    title (`title`), as the browser would show it once the script ran. Asked after `show_embedded`: a
    frame's or a text box's article is text the page shows, never replaced (diffread-C C8). A new tree of
    that article, or None (any other page: one `in` test of its text)."""
    if "window.__" not in text:
        return None
    body = tree.body
    if body is None:
        return None
    shown = len(_HAN.findall(body.text(deep=True) or ""))
    unseen = body.css("script, style, noscript, template")
    hidden = sum(len(_HAN.findall(node.text(deep=True) or "")) for node in unseen)
    if shown - hidden >= _SHOWN_HAN:
        return None
    best: tuple[int, str, str] = (0, "", "")
    for script in tree.css("script"):
        source = script.text(deep=True) or ""
        for found in _STATE.finditer(source):
            try:
                state, _ = json.JSONDecoder().raw_decode(source, found.end())
            except ValueError:
                continue
            for holder in _objects(state, 0):
                heading = next((holder[k] for k in _TITLE_KEYS if isinstance(holder.get(k), str)), "")
                for key, value in holder.items():
                    if isinstance(value, str) and _MARKUP.search(value) and (heading or _article_key(key)):
                        weight = len(_HAN.findall(value))
                        if weight > best[0]:
                            best = (weight, heading, value)
    if best[0] < _SHOWN_HAN:
        return None
    from selectolax.lexbor import LexborHTMLParser

    _, heading, content = best
    title = f"<h1>{html.escape(heading)}</h1>" if heading else ""
    return LexborHTMLParser(f"<html><body><article>{title}{content}</article></body></html>")


def _article_key(key: str) -> bool:
    """Whether a state's key names an article's text (`content`, `articleContent`, `htmlBody`, `detail`):
    an HTML string under any other key and beside no title is the site's (a footer's `html`, a sidebar's
    links), no article (diffread-C C8)."""
    lowered = key.lower()
    return any(word in lowered for word in _ARTICLE_WORDS)


def _objects(value: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every JSON object within `value`, outermost first (nested 32 deep at most)."""
    if depth > 32:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1)
