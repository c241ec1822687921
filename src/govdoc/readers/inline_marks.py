"""The marks inside a line that are markup, not text: Markdown's bold, emphasis, links and images,
escapes, footnotes, highlights and wiki links, pandoc's spans, inline HTML tags, TeX's math around
figures, a page source's space entities and escaped tags, reference-style links.

Split out of readers.text (session 22): each is read only where the text reader found the mark's
character in the text (`has_inline_marks`, its signs).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from govdoc import lazyregex
from govdoc.charclass import EDGE_SPACE, is_cjk

_BOLD = lazyregex.compile(r"\*\*(?P<a>[^*\n]{1,300}?)\*\*|__(?P<u>[^_\n]{1,300}?)__")
_MARKS = ("**", "__")
# A backslash escape (`1\.` that keeps a number from opening a list, `\*`): the character itself;
# `\|` stays for the table reading, which keeps an escaped pipe inside its cell.
_ESCAPE = lazyregex.compile(r"\\([!-/:-@\[-`{}~])")
# … but a backslash written twice is Markdown's escaped backslash only in a text that shows Markdown or
# escapes one of its marks elsewhere (`7\*24`, `\[2024\]`): a plain text's `\\files\养老` is a share's
# path as the writer typed it (conv23: the first backslash was dropped from an ordinary reply)
_ESCAPE_BUT_BACKSLASH = lazyregex.compile(r"\\([!-/:-@\[\]-`{}~])")
_ESCAPED_MARK = lazyregex.compile(r"\\[*_#\[\]`]")
# A Markdown footnote's mark (`…大检查[^1]。`, no text of the document) or its definition's label (`[^1]: `).
_FOOTNOTE = lazyregex.compile(r"^\[\^[^\]\s]{1,20}\]:[ ]{0,4}|\[\^[^\]\s]{1,20}\]")
# Markdown's reference-style links (html-to-markdown in reference mode): `[办事指南][1]` in the text and
# its definition `[1]: http://… "title"` on a line of its own after the page. The words stay; the
# label and the definition are the link's, read only where a definition names a label the text uses.
_REF_DEFINITION = lazyregex.compile(
    r"^[ ]{0,3}\[(?P<label>[^\[\]\n]{1,40})\]:[ \t]{1,4}<?(?:https?://|www\.|/|mailto:)[^\s>]{0,2000}>?"
    r"(?:[ \t]{1,4}(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?[ \t]*\r?$",
    regex.M,
)
REF_LINK = lazyregex.compile(r"(?<![\]!])\[(?P<words>[^\[\]\n]{1,300})\]\[(?P<label>[^\[\]\n]{0,40})\]")
# A picture written whole into a data URI (MarkItDown's `![](data:image/png;base64,iVBOR…)`): thousands
# of characters of base64, more than a link's address may hold (`_LINK`), and no words.
_DATA_IMAGE = lazyregex.compile(r"!\[[^\[\]\n]{0,300}\]\(data:[A-Za-z]{1,20}/[\w.+-]{1,40};base64,[A-Za-z0-9+/=]*\)")
_HTML_INLINE_TAG = lazyregex.compile(
    r"</?(?:font|span|b|strong|i|em|u|a|sup|sub|small|big|mark|o:p)(?:[ \t][^<>\n]{0,300})?/?>"
    # (conv26) a picture's tag in Markdown (PP-StructureV3's `<img src="imgs/…" alt="Image" width="24%" />` inside a
    # centred `<div>`): no text, as a Markdown picture `![…](…)` is none
    r"|<img[ \t][^<>\n]{0,600}?/?>",
    regex.I,
)
# An HTML comment inside a line (the clipboard's `<!--StartFragment-->…<!--EndFragment-->` around the words, a note
# `<!-- 待核 -->` after them): markup a page never shows, as one alone on its line is (text_lines.html_comment);
# the words beside it are the text (diffread-A A6: the comments stayed in the paragraph)
_HTML_COMMENT = lazyregex.compile(r"<!--[^\n]{0,2000}?-->")
# A Markdown image (`![公章](seal.png)`: no text of the document) or link (`[名单](files/a.pdf)`: its words).
_LINK = lazyregex.compile(
    r"(?P<image>!?)\[(?P<words>[^\[\]\n]{0,300})\]\([^()\s]{0,2000}(?:[ ]{1,4}\"[^\"\n]{0,300}\")?\)"
    # (pandoc's attributes right after a link or a picture: `![…](media/image1.png){width="1.6in" height="1.6in"}`)
    r"(?:\{[ ]?(?:[#.]|[A-Za-z][\w-]{0,40}=)[^{}\n]{0,300}\})?"
)
# A figure a PDF-to-Markdown converter (MinerU, marker, Nougat) read as a formula and wrapped in TeX's
# inline math dollars (`库容$3.6$万吨`, `增长$12.5\\%$`): the figure is the text, the dollars are markup.
# Only a figure's characters between the dollars, so prices written `$100 and $200` stay as written.
_MATH_FIGURE = lazyregex.compile(
    r"\$[ ]?(?P<figure>[-+]?(?:\d|\.\d)[\d.,%~+\- ]{0,40}?(?:\\%)?)[ ]?\$"
    # … and LaTeX's other inline delimiters, as Nougat and Mathpix write them (`\(98.5\%\)`)
    r"|\\\([ ]?(?P<figure>[-+]?(?:\d|\.\d)[\d.,%~+\- ]{0,40}?(?:\\%)?)[ ]?\\\)"
)
# A page's source copied as text keeps its space entities inside the lines (`&nbsp;&nbsp;您提出的…`,
# `某局&#12288;&#12288;2024年8月9日`, `联系人：&ensp;王某`), a CMS that escaped its markup once more
# `&amp;nbsp;`: each run is a layout space the page showed, never text. At a line's edge it is an
# indent; inside a line one entity is a single space (between CJK characters none), a run or a wide
# one (&emsp;, &#12288;) a gap, as the same spaces written as characters are.
SPACE_ENTITY = lazyregex.compile(
    r"(?:&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0|#12288|#[xX]3000|#819[45])(?:;|(?![A-Za-z0-9])))+"
)
_WIDE_ENTITY = ("emsp", "12288", "3000", "8195")
# … and its tags escaped as text (`&lt;p&gt;您提出的…&lt;/p&gt;`): markup, not text; a break or a block
# element's tag ends a line, as the tag itself does (_HTML_BREAK).
_ESCAPED_ATTRIBUTES = r"(?:[ \t](?:[^<>&\n]|&(?:quot|#39|apos|amp);){0,300}?)?"
ESCAPED_TAG = lazyregex.compile(rf"&lt;/?[A-Za-z][A-Za-z0-9:]{{0,10}}{_ESCAPED_ATTRIBUTES}/?&gt;", regex.I)
ESCAPED_TAG_BREAK = lazyregex.compile(
    rf"&lt;(?:br[ ]{{0,4}}/?|/?(?:p|div|li|tr|td|h[1-6]){_ESCAPED_ATTRIBUTES}/?)&gt;", regex.I
)
# pandoc's bracketed span (`[加装电梯]{.underline}`, `[…]{.mark}`, `[…]{custom-style="强调"}`, a Word
# bookmark's `[]{#_Toc1234 .anchor}`): its words are the text, the brackets and the attributes markup.
# Its revision marks (`--track-changes=all`) read as accepted: a deletion's words and a comment's (`.comment-start`)
# are no text (said: doc_comments.pandoc_reviews; conv25).
_PANDOC_SPAN = lazyregex.compile(
    r"\[(?P<words>[^\[\]\n]{0,300})\]\{[ ]?(?P<attrs>(?:[#.]|[A-Za-z][\w-]{0,40}=)[^{}\n]{0,300})\}"
)
_NOT_READ_SPANS = (".deletion", ".comment-start")
# A converter's placeholder for a picture anchored in a paragraph, glued to the paragraph's words (docx2python's
# `----media/image1.png----某市卫生健康委员会`: the seal anchored in the 落款's organ; conv24): no words of the
# text. Alone on its line it is chrome (patterns.chrome), and stays for that reading.
_CONVERTER_IMAGE = lazyregex.compile(r"-{2,}media/[^\s]{1,200}?\.(?i:png|jpe?g|gif|bmp|emf|wmf|tiff?|svg|webp)-{2,}")
# A heading's attributes at its line's end, as pandoc and kramdown write them (`## 一、工作情况 {#s1}`,
# `{#s1 .unnumbered}`; conv24): markup, no words of the heading.
_HEADING_ATTRIBUTES = lazyregex.compile(
    r"[ ]\{#[A-Za-z][\w:.-]{0,60}(?:[ ]{1,2}(?:[.#][\w-]{1,40}|[A-Za-z][\w-]{0,40}=[^{}\n]{0,100}))*\}$"
)
_MARK_CHARS = "*_"
# What `inline_marks` looks for: a text holding none of them has no inline marks on any line. A converter's own
# marks (a picture's placeholder `----media/…----`, a heading's `{#id}`) are asked by their own rules only: a text
# holding them shows no Markdown (a site path `…/media/2024/…` a notice quotes; diffread-A A4: it turned the
# writer's own single stars into emphasis), so `has_markup_marks` leaves them out.
MARKUP_MARKS = ("\\", "](", "]{", "<", "[^", "**", "__", "$", "==", "%%", "[[")
INLINE_MARKS = (*MARKUP_MARKS, "media/", "{#", "{color")
# Confluence's (and Jira's) wiki markup colouring a run (`{color:#172b4d}感谢…{color}`): the marks, not the words; only
# the pair (a style rule an IT notice quotes, `p {color:red}`, stays: conv22's guard)
_WIKI_COLOR = lazyregex.compile(r"\{color:[#\w]{1,20}\}(?P<w>[^{}\n]{0,300}?)\{color\}")
# Emphasis in single stars (org's bold `*…*` title, trafilatura's `（*…*）`) or underscores (turndown's
# `1\. _…_。`): marks around words, read only in a text that shows other Markdown or org marks, and
# only where each mark stands at a word's edge on its outer side (a line's edge, a space, a mark, an
# ASCII character: no Han character). A star between two Han characters is a name's mask as often
# as an emphasis (李*明同志会同社区主任陈*现场核实: the two masks pair like emphasis; review17 R2): it
# stays, as s17start kept it. Nor is a short run holding a list's separator emphasis (王*明、李*华).
# A star between two figures is a multiplication sign (7*24小时, 5*8小时), never emphasis's mark
# (diffread-A 1: the pair `*24小时…5*` took both stars).
EMPHASIS = lazyregex.compile(
    r"(?<![*\\\p{Han}])(?!(?<=\d)\*\d)\*(?P<e>[^\s*\p{P}][^*\n]{0,298}[^\s*]|[^\s*\p{P}])\*(?![*\p{Han}])(?!(?<=\d\*)\d)"
    # (underscores never inside an ASCII word either, as snake_case is)
    r"|(?<![_\\A-Za-z0-9\p{Han}])_(?P<u>[^\s_\p{P}][^_\n]{0,298}[^\s_]|[^\s_\p{P}])_(?![_A-Za-z0-9\p{Han}])"
)
_NAME_LIST = frozenset("、，,;；和与及")
_SHORT_RUN = 5
# Obsidian's and Typora's marks: a highlight (`==…==`), a comment a reader never shows (`%%…%%`: out
# with its words), a wiki link (`[[target]]`, `[[target|words]]`: its words; an embed `![[…]]`: none),
# and a callout's type after its quote mark (`> [!note] …`, GitHub's `> [!NOTE]`)
# (diffread-A 12: never a comparison's `==` inside an ASCII word, `a==b`, nor a figure's printf-escaped
# percent, `12.5%%`: the text between two of them is no comment)
_HIGHLIGHT = lazyregex.compile(r"(?<![A-Za-z0-9_=])==(?=[^\s=])(?P<w>[^=\n]{0,300}?[^\s=])==(?![A-Za-z0-9_=])")
_NOTE_COMMENT = lazyregex.compile(r"(?<![\d%])%%[^\n]{0,2000}?%%")
# … and a highlight only in a text that shows it is Markdown: a heading's or a quote's mark opening a
# line, a bold run, a link or a wiki link. In a plain text `==` around words is the writer's own
# (报送==逾期不予受理==，…: a forum's or a clerk's stress, as written; session 17's second read)
MARKDOWN_SIGN = lazyregex.compile(r"(?m)^(?:#{1,6}|>)[ ]|\*\*[^*\s]|\[\[|\]\(")
_WIKI_LINK = lazyregex.compile(r"(?P<embed>!?)\[\[(?P<target>[^\[\]|\n]{1,300})(?:\|(?P<words>[^\[\]\n]{1,300}))?\]\]")


def without_entities(line: str) -> tuple[str, list[int], list[int], bool]:
    """The line without its escaped tags and space entities (ESCAPED_TAG, SPACE_ENTITY), where a
    gap and where a single space stood in what is left, and whether entities opened the line (an
    indent). A run at an edge is no gap; a lone narrow entity is a space only between two CJK
    characters (elsewhere the text's own words stand apart by it: nothing to record)."""
    if "&lt;" in line:
        line = ESCAPED_TAG.sub("", line)
    out: list[str] = []
    gaps: list[int] = []
    spaces: list[int] = []
    pos = 0
    length = 0
    indent = False
    for m in SPACE_ENTITY.finditer(line):
        out.append(line[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        if length == 0:
            indent = True
        elif pos < len(line) and line[pos:].strip(EDGE_SPACE):
            run = m.group()
            if run.count("&") > 1 or any(w in run for w in _WIDE_ENTITY):
                gaps.append(length)
            elif is_cjk(out[-1][-1:] or " ") and is_cjk(line[pos]):
                spaces.append(length)
    out.append(line[pos:])
    text = "".join(out)
    stripped = text.strip(EDGE_SPACE)
    if stripped != text:  # spaces beside an entity run at an edge: the positions move with the text
        lead = len(text) - len(text.lstrip(EDGE_SPACE))
        indent = indent or lead > 0
        gaps = [g - lead for g in gaps if 0 < g - lead < len(stripped)]
        spaces = [g - lead for g in spaces if 0 < g - lead < len(stripped)]
    return stripped, gaps, spaces, indent


def has_inline_marks(text: str) -> bool:
    """Whether the text holds any of `INLINE_MARKS`. A mark's first character is looked for before
    the mark: a search for two ASCII characters in a Chinese text costs 10–30 times a search for one
    (CPython's substring search meets a false candidate at about every CJK character)."""
    return any(mark[0] in text and (len(mark) == 1 or mark in text) for mark in INLINE_MARKS)


def has_markup_marks(text: str) -> bool:
    """Whether the text holds any of `MARKUP_MARKS` (as `has_inline_marks`)."""
    return any(mark[0] in text and (len(mark) == 1 or mark in text) for mark in MARKUP_MARKS)


def escapes_backslashes(text: str) -> bool:
    """Whether a doubled backslash in `text` is Markdown's escape of one: the text shows Markdown
    (`MARKDOWN_SIGN`) or escapes one of its marks (`\\*`, `\\[`) too. Only a text holding `\\\\` asks."""
    return "\\\\" in text and (_ESCAPED_MARK.search(text) is not None or MARKDOWN_SIGN.search(text) is not None)


def inline_marks(
    line: str, bold_open: bool, blank: bool, highlights: bool = True, backslashes: bool = True
) -> tuple[str, Sequence[tuple[int, int]], bool]:
    """The line without its inline Markdown and HTML marks (a hard break's backslash, links and
    images, inline tags, escapes, footnote marks, bold), where its bold runs stand, and whether a
    bold run is left open for a later line (see `_strip_bold`: a run open before a blank line
    does not go on into this one; a line without marks leaves `bold_open` as it was). `highlights`:
    the text shows Markdown, so `==…==` is a highlight's mark (`MARKDOWN_SIGN`); `backslashes`: a doubled
    backslash is an escaped one (`escapes_backslashes`)."""
    if line[-1:] == "\\" and line[-2:] != "\\\\":
        line = line[:-1].rstrip(EDGE_SPACE)  # a hard line break (`…十处，\`), as pandoc writes one
    elif line[-2:] == "\\\\" and len(line) > 2 and not line[-3].isascii() and line[-3] not in EDGE_SPACE:
        line = line[:-2]  # a wiki's forced break after the words (DokuWiki's, Confluence's `某市交通运输局\\`; conv27)
    if "]" in line and "](data:" in line:
        line = _DATA_IMAGE.sub("", line).strip(EDGE_SPACE)  # a picture's whole data: no words
    if "]" in line and "](" in line:  # (the first character first: see `has_inline_marks`)
        line = _LINK.sub(_link_words, line).strip(EDGE_SPACE)
    if "]" in line and "]{" in line:
        line = _PANDOC_SPAN.sub(pandoc_span_words, line).strip(EDGE_SPACE)
    if "<" in line:
        if "<!--" in line:
            line = _HTML_COMMENT.sub("", line).strip(EDGE_SPACE)
        line = _HTML_INLINE_TAG.sub("", line).strip(EDGE_SPACE)
    if "{" in line and "{color" in line:
        line = _WIKI_COLOR.sub(r"\g<w>", line).strip(EDGE_SPACE)
    if "{" in line and "{#" in line:
        line = _HEADING_ATTRIBUTES.sub("", line.rstrip(EDGE_SPACE))
    if "media/" in line and not _CONVERTER_IMAGE.fullmatch(line.strip(EDGE_SPACE)):
        line = _CONVERTER_IMAGE.sub("", line).strip(EDGE_SPACE)
    if "$" in line or ("\\" in line and "\\(" in line):
        line = _MATH_FIGURE.sub(r"\g<figure>", line)
    if "\\" in line:
        line = (_ESCAPE if backslashes else _ESCAPE_BUT_BACKSLASH).sub(r"\1", line)
    if "[" in line and "[^" in line:
        line = _FOOTNOTE.sub("", line).strip(EDGE_SPACE)
    if highlights and "=" in line and "==" in line:
        line = _HIGHLIGHT.sub(r"\g<w>", line)
    if "%" in line and "%%" in line:
        line = _NOTE_COMMENT.sub("", line).strip(EDGE_SPACE)
    if "[" in line and "[[" in line:
        line = _WIKI_LINK.sub(_wiki_words, line).strip(EDGE_SPACE)
    if ("*" in line and "**" in line) or ("_" in line and "__" in line):
        return _strip_bold(line, bold_open and not blank)
    return line, (), bold_open


def pandoc_span_words(m: regex.Match[str]) -> str:
    """A pandoc span's words, but for a tracked deletion's and a comment's (`_NOT_READ_SPANS`)."""
    attrs = m.group("attrs")
    return "" if attrs.split(maxsplit=1)[0] in _NOT_READ_SPANS else m.group("words")


def reference_labels(text: str) -> frozenset[str]:
    """The labels of reference-style links the text both defines on a line of its own and uses."""
    defined = {m.group("label").lower() for m in _REF_DEFINITION.finditer(text)}
    if not defined:
        return frozenset()
    used = {(m.group("label") or m.group("words")).lower() for m in REF_LINK.finditer(text)}
    return frozenset(defined & used)


def defines_reference(line: str, labels: frozenset[str]) -> bool:
    """Whether the line is the definition of a reference link the text uses."""
    m = _REF_DEFINITION.match(line)
    return m is not None and m.group("label").lower() in labels


def reference_words(m: regex.Match[str], labels: frozenset[str]) -> str:
    """A reference-style link's words where the text defines its label (labels are case-blind), else
    the link as written."""
    return str(m.group("words")) if (m.group("label") or m.group("words")).lower() in labels else m.group()


def _wiki_words(m: regex.Match[str]) -> str:
    """What a wiki link shows: its words, else its target; an embedded file shows none."""
    return "" if m.group("embed") else str(m.group("words") or m.group("target"))


def emphasised(m: regex.Match[str]) -> str:
    """The words of a single-star or underscore emphasis, or the match as written where it is no
    emphasis: a run of ASCII alone (`2*3*4`) or a short run holding a list's separator (stars hiding names)."""
    words = str(m.group("e") if m.group("e") is not None else m.group("u"))
    if words.isascii() or (len(words) <= _SHORT_RUN and any(c in _NAME_LIST for c in words)):
        return str(m.group())
    return words


def _link_words(m: regex.Match[str]) -> str:
    """What a Markdown link shows in the text: its words; an image shows none."""
    return "" if m.group("image") else m.group("words")


def _strip_bold(line: str, open_before: bool = False) -> tuple[str, list[tuple[int, int]], bool]:
    """The line without its `**` / `__` marks, where the bold runs stand in what is left, and
    whether a bold run is left open for a later line.

    A pair on the line is bold. An unpaired mark is Markdown only at the line's edges, where a
    bold run crosses a line break: at the start it opens a run, at the end it closes one opened
    on an earlier line of the paragraph. Anywhere else it is text, as in CommonMark: asterisks
    that hide a name's characters (李**代表, 联系人：王**).
    """
    out: list[str] = []
    bold: list[tuple[int, int]] = []
    pos = 0
    length = 0
    open_after = open_before
    for m in _BOLD.finditer(line):
        before = line[pos : m.start()]
        out.append(before)
        length += len(before)
        inner = m.group("a") if m.group("a") is not None else m.group("u")
        out.append(inner)
        bold.append((length, length + len(inner)))
        length += len(inner)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if not bold:
        mark = text[:2]
        if not text.strip(_MARK_CHARS):  # a line of marks alone is markup, not text
            text = ""
        elif mark in _MARKS and text[2] not in _MARK_CHARS:
            text, open_after = text[2:], True
        elif open_before and text[-2:] in _MARKS:
            text, open_after = text[:-2], False
    return text, bold, open_after
