"""A web page's source saved as text: an HTML or XHTML document given to the text reader whole (Apache
Tika's `-x` output saved as .txt, a browser's view-source copied out, a crawler's page written to a .txt).

Its `<head>` element holds the page's settings and the browser tab's `<title>` (never the document's title,
by the contract), a converter's `<meta name=… content=…/>` lines (Tika's `X-TIKA:Parsed-By`, `dcterms:created`),
styles and scripts: none of it is the document's text, as the HTML reader never reads it. The body's lines are
read by the text reader as any text holding HTML is (its tags off, its `<tr>` rows a table's).

Read only where the text shows it is a page's source: the `<html>` root opens the text (after an XML
declaration or a DOCTYPE), and a `<head>` element stands under it closed by its own `</head>` at a line's end;
then the lines from the head's opening to its close leave (a line holding body text beside them stays whole).
"""

from __future__ import annotations

import regex

from govdoc import lazyregex
from govdoc.charclass import HAN

_PAGE_ROOT = lazyregex.compile(
    r"[\ufeff \t\r\n]{0,20}(?:<\?xml[^<>]{0,300}\?>[ \t\r\n]{0,20})?(?:<!DOCTYPE[ \t][^<>]{0,300}>[ \t\r\n]{0,20})?"
    r"<html(?:[ \t\r\n][^<>]{0,1000})?>",
    regex.I,
)
# the head's opening, nothing but tags before it on its line (`<html><head>`), and its close ending a line
_HEAD_OPEN = lazyregex.compile(r"^(?:[ \t]*<[^<>\n]{1,1000}>)*?[ \t]*<head(?:[ \t][^<>\n]{0,300})?>", regex.I | regex.M)
_HEAD_CLOSE = lazyregex.compile(r"</head[ ]{0,2}>", regex.I)
_HEAD_REACH = 20_000  # characters a page's head may take (its styles and scripts inline)


def head_lines(text: str) -> frozenset[int]:
    """The numbers of the lines a page source's `<head>` element takes (empty: the text is no page's source)."""
    return head_cut(text)[0]


def head_cut(text: str, start: int = 0) -> tuple[frozenset[int], tuple[int, int] | None]:
    """The lines a page source's `<head>` takes whole, and where the body goes on on the line the head closes
    on (its number and the column after `</head>`; None where the head closes at its line's end). A page
    written on one line (a crawler's, its breaks stripped: `<html><head>…</head><body>…`) has its head cut out
    of that line (conv21's "Left"): only tags stand before the head on its line, so all before the cut goes.
    Nothing and None where the text is no page's source. The page may open at `start`, under a transport's head
    (an HTTP answer's, a WARC record's: conv26)."""
    root = _PAGE_ROOT.match(text, start)  # (match: anchored at `start`)
    if root is None:
        return frozenset(), None
    line_start = text.rfind("\n", 0, root.end()) + 1
    opened = _HEAD_OPEN.search(text, line_start, line_start + _HEAD_REACH)
    if opened is None or text[root.end() : opened.start()].strip(" \t\r\n") != "":
        return frozenset(), None  # the head stands right under the root, or there is none
    closed = _HEAD_CLOSE.search(text, opened.end(), opened.end() + _HEAD_REACH)
    if closed is None:
        return frozenset(), None
    first = text.count("\n", 0, opened.start())
    last = first + text.count("\n", opened.start(), closed.start())
    line_end = text.find("\n", closed.end())
    rest = text[closed.end() : len(text) if line_end < 0 else line_end]
    if not rest.strip(" \t\r"):
        return frozenset(range(first, last + 1)), None
    return frozenset(range(first, last)), (last, closed.end() - (text.rfind("\n", 0, closed.end()) + 1))


# what a head's line shows a reader: an attribute's value a person wrote (`content="某区教育局办公室 张某"`, `title=…`)
# and the words between its tags (`<title>…的答复</title>`)
_WORDS_ATTRIBUTE = lazyregex.compile(
    r"""[ \t](?:content|title|alt)[ ]?=[ ]?(?:"(?P<v>[^"\n]*)"|'(?P<v>[^'\n]*)')""", regex.I
)
_INLINE_SETTINGS = lazyregex.compile(r"<(style|script)\b[^<>\n]*>[^\n]*?</\1[ ]{0,2}>", regex.I)
_STYLE_OR_SCRIPT = lazyregex.compile(r"<(?P<end>/?)(?:style|script)\b[^<>\n]*>", regex.I)


def head_words(text: str, taken: frozenset[int], cut: tuple[int, int] | None = None) -> list[str]:
    """The words a page source's head (`taken`, from `head_lines`) holds in Han that the text under it does not
    show again: a `<meta>`'s content (its author, its description), a `<title>` other than the body's headline.
    Left out, they are said (schema 1.11: every line of a file's head left out holding Han, diffread-C C2); a
    style's or a script's lines (`font-family: 宋体`) are the page's settings, no one's words."""
    if not taken and cut is None:
        return []
    last = max(taken | {cut[0]} if cut is not None else taken)
    lines = text.split("\n", last + 1)
    body = lines[-1] if len(lines) > last + 1 else ""
    if cut is not None:  # the head's close on a line the body goes on on (a one-line page): its two parts
        body = lines[cut[0]][cut[1] :] + "\n" + body
        lines[cut[0]] = lines[cut[0]][: cut[1]]
    found: list[str] = []
    settings = False  # inside a <style> or <script> element
    for number in sorted(taken | {cut[0]} if cut is not None else taken):
        line = lines[number]
        if "<" in line and _STYLE_OR_SCRIPT.search(line) is not None:
            line = _INLINE_SETTINGS.sub(" ", line)  # (a style or script whole on the line: the rest is read)
        ends = [m.group("end") for m in _STYLE_OR_SCRIPT.finditer(line)] if "<" in line else []
        if settings or (ends and not ends[0]):
            settings = bool(ends[-1:] == [""]) if ends else settings
            continue
        if HAN.search(line) is None:
            continue
        parts = [str(m.group("v")) for m in _WORDS_ATTRIBUTE.finditer(line)]
        parts.append(_TAG.sub(" ", line))
        for part in parts:
            words = " ".join(part.split())
            if words and HAN.search(words) is not None and words not in body:
                found.append(words)
    return found


# a table row opening on a line and not closed there (`<tr>\t<td><p>类别</p>`): its cells go on over the next lines
_ROW_OPEN = lazyregex.compile(r"<tr(?:[ \t][^<>\n]{0,300})?>(?![^\n]*</tr[ ]{0,2}>)", regex.I)
_ROW_CLOSE = lazyregex.compile(r"</tr[ ]{0,2}>", regex.I)
_ROW_REACH = 40  # the lines one row may go on over (its cells' paragraphs)
_CELL_OPEN = lazyregex.compile(r"<t[dh](?:[ \t][^<>\n]{0,300})?>", regex.I)
_INNER = lazyregex.compile(r"<t(?:able|r)(?:[ \t][^<>\n]{0,300})?>", regex.I)  # a table or a row opening
_TAG = lazyregex.compile(r"<[^<>\n]{1,1000}>")
# a paragraph's or a line break's tag: a cell's text parted by them is several paragraphs
_BLOCK = lazyregex.compile(r"<(?:p|div|br|h[1-6]|li|section|article)(?:[ \t/][^<>\n]{0,1000})?>", regex.I)
_BLANK = " \t\r\n\u3000\f"


def row_end(lines: list[str], number: int) -> int:
    """Where the table row opening on line `number` and left open there closes (the line's number), or
    `number` where none opens there or none closes within reach (each line is then read as it stands).

    A row is joined only where its lines are its own cells': each cell's text on one line at most (`<td>` ⏎
    `类别` ⏎ `</td>`, Tika's `<td><p>类别</p>` ⏎ `</td>`) and no table or row opening inside it. A site template's
    layout row (`<tr>` ⏎ `<td class="content">` ⏎ a `<p>` a line … ⏎ `</td></tr>`) holds the article's paragraphs
    in one cell, or an inner table: joined, the whole article would be one cell (diffread-C C1)."""
    opened = _ROW_OPEN.search(lines[number])
    if opened is None:
        return number
    texts = 0  # the lines of text the row's current cell holds
    for k in range(number, min(len(lines), number + _ROW_REACH)):
        line = lines[k][opened.end() :] if k == number else lines[k]
        closed = _ROW_CLOSE.search(line) if k > number else None
        inside = line[: closed.start()] if closed is not None else line
        if "<" in inside:
            if k > number and _INNER.search(inside) is not None:
                return number  # an inner table or row: the outer row is a layout's
            if _CELL_OPEN.search(inside) is not None:
                texts = 0  # a new cell (`<td>…</td><td>…</td>` on one line: each its own)
        for piece in _BLOCK.split(inside) if "<" in inside else (inside,):
            if _TAG.sub("", piece).strip(_BLANK):
                texts += 1
                if texts > 1:
                    return number  # a cell of several paragraphs: a layout's, not a row of cells
        if closed is not None:
            return k
    return number


def settings_line(line: str, inside: bool, below: list[str], number: int) -> tuple[bool, bool]:
    """Whether a line of a page source's body is a `<style>`'s or a `<script>`'s (the page's settings, no one's
    words: the HTML reader never reads them), and whether the next line is still inside one; `inside`: this
    line opens inside one. A line is one only where it opens inside one or opens with the element's own tag,
    and holds nothing but tags after the element closes on it (a line of words with a script after them, or a
    one-line page whose body holds a script, is no settings' line: diffread-B B3); an element left open on its
    line is one only where its close stands below within reach (`below`, the text's lines, `number` this
    one's): a page cut inside a script keeps what follows (nothing leaves unsaid for a tag)."""
    if not inside and _STYLE_OR_SCRIPT_OPEN.match(line) is None:
        return False, False  # the line opens with no style's or script's tag
    close = _SETTINGS_CLOSE_END.search(line)
    if close is not None:
        rest = line[close.end() :]
        if _STYLE_OR_SCRIPT.search(rest) is None:
            return not _TAG.sub("", rest).strip(_BLANK), False  # closed here: words after it keep the line
        return False, False  # (closed and opened again on one line: read as it stands)
    if inside:
        return True, True
    if not any(_SETTINGS_CLOSE.search(ln) for ln in below[number + 1 : number + _SETTINGS_REACH]):
        return False, False  # an element opened and never closed: no settings' run
    return True, True


_STYLE_OR_SCRIPT_OPEN = lazyregex.compile(r"[ \t]*<(?:style|script)\b[^<>\n]*>", regex.I)
_SETTINGS_CLOSE_END = lazyregex.compile(r"</(?:style|script)[ ]{0,2}>", regex.I)
_SETTINGS_CLOSE = lazyregex.compile(r"</(?:style|script)\b", regex.I)
_SETTINGS_REACH = 400  # the lines a page's style or script block may take


_ONLY_TAGS = lazyregex.compile(r"(?:<[!?/]?[A-Za-z][^<>\n]{0,1000}>[ \t]*)+")


def only_tags(line: str) -> bool:
    """Whether a line of a page's source holds tags alone (`<?xml …?><html xmlns=…>`, `<body>`, `</body></html>`)."""
    return _ONLY_TAGS.fullmatch(line) is not None
