"""The text reader's piece transforms: what a piece of a line (the line, or one of the paragraphs, cells or breaks
it was cut into) loses before it is a block's text, one small named rule each, asked in order.

A zero-width character pasted from a web page, a page's space entities, reST's, org's and Textile's marks, a
crawler's escaped indent, a converter's empty anchor, a Markdown prefix or a list's second-level bullet, a
social-media copy's pictographs, Word's field codes, a comment's anchor, a reference link, lynx's link number,
emphasis, AsciiDoc's hard break, the inline marks: each is a row of `PIECE_RULES`, easy to add, reorder or switch
off. A rule takes the piece's text and gives it back changed or as it was, or None where nothing is left (the piece
makes no block); it may set the piece's hints, its entity gaps and its bold runs on the shared `PieceState`.

Each row names the text's sign it needs (a `TextSigns` attribute, readers.text_signs; None: every text), and a text
is handed only the rows whose signs it shows (`piece_rules`, one list for each set of signs): a plain text none, as
its lines never come here. Each rule still asks all it needs of the piece itself (its first character, a mark it
holds), so handing a text every row gives the same blocks (tests/test_text_pieces.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import NamedTuple

import regex

from govdoc import lazyregex
from govdoc.blocks import NO_HINTS, Hints
from govdoc.charclass import EDGE_SPACE, LIST_BULLET, ZERO_WIDTH
from govdoc.readers import light_markup as LM
from govdoc.readers.doc_comments import without_anchors
from govdoc.readers.inline_marks import (
    EMPHASIS,
    REF_LINK,
    emphasised,
    inline_marks,
    reference_words,
    without_entities,
)
from govdoc.readers.text_lines import MAIL_HINTS
from govdoc.readers.text_signs import BRACED_FIELD, TextSigns

# A line's marks: a quote's `>`, a heading's `#`s (AsciiDoc's `=`s, org's `**` below its `*`, org's
# `#+TITLE:` before the title), a bullet (with a task list's box: `- [ ] `, `- [x] `).
# AsciiDoc's `=`s are read only in a text that shows AsciiDoc (`TextSigns.asciidoc`): in any other a line
# opening `= ` is a formula wrapped before its equals sign (diffread-A 9).
_MD_PREFIX_MARKS = (
    # (a `#` run with no space after it is a heading's mark only before a CJK character, `#一、…` as Chinese
    # editors allow: CommonMark wants the space, and a body's `#3机组` or `#A栋` is no heading)
    r">[ ]?|#\+(?i:title):[ ]{0,4}|#{1,6}(?:[ ]|(?=[^#\x00-\x7f]))|\*{2,6}[ ](?=[^*\s])"
    r"|" + LIST_BULLET + r"(?=\S)"
)
_MD_PREFIX = lazyregex.compile(r"^(?:" + _MD_PREFIX_MARKS + r")+")
# … and in a text that shows Markdown's headings (a `#` run and a space opening a line), a `#` run with no
# space is one before any character (`##1.工作情况`): the writer's Markdown, loosely typed
_MD_LOOSE_PREFIX = lazyregex.compile(r"^(?:#{1,6}(?=[^#])|" + _MD_PREFIX_MARKS + r")+")
_ADOC_PREFIX = lazyregex.compile(r"^(?:" + _MD_PREFIX_MARKS + r"|={1,6}[ ](?=[^=\s]))+")
# A wiki's heading (`TextSigns.wiki_headings`): its words between two runs of `=` of one length
_WIKI_HEADING = lazyregex.compile(r"(?P<m>={1,6})[ \t]{0,4}(?P<w>[^=\s][^\n]{0,300}?)[ \t]{0,4}(?<![=])(?P=m)[ \t]*$")
_ATX_CLOSING = lazyregex.compile(r"[ \t]+#+[ \t]*$")  # the optional closing #s of a Markdown heading
# … and the closing stars of a heading a terminal tool decorates on both sides (the C html2text's `****** 标题
# ******`, `**** 一、… ****`; conv25), where the line opens with such a run
_STAR_CLOSING = lazyregex.compile(r"[ \t]+\*{3,}[ \t]*$")
MD_PREFIX_CHARS = frozenset(">#-*+•·▪●=") | frozenset(map(chr, range(0xF020, 0xF100)))  # (a symbol font's bullets)
# A word processor's hollow bullet of a list's second level (Google Docs' and 腾讯文档's txt: `● ` at the first
# level, `○ ` under it): a bullet only in a text whose other lines open with the filled one, as ○ alone is
# 二○二四年's zero (session 21)
_SUB_BULLET = lazyregex.compile(r"[○◦][ ]{1,4}(?=\S)")
_SUB_BULLET_CHARS = frozenset("○◦")
_EDGE_PICTOGRAPHS = lazyregex.compile(
    r"^(?:(?![\x00-\xff])\p{Extended_Pictographic}|[\ufe0f\u200d\U0001f3fb-\U0001f3ff ])+"
    r"|(?:(?![\x00-\xff])\p{Extended_Pictographic}|[\ufe0f\u200d\U0001f3fb-\U0001f3ff ])+$"
)
# a numbered link's mark: lynx's `[3]` before its words, Crawl4AI's `⟨3⟩` after them
_LINK_MARK = lazyregex.compile(r"\[(\d{1,5})\](?=\S)|\u27e8(\d{1,5})\u27e9")
# Word's field codes a .doc extractor writes with their results (Apache POI's WordExtractor, catdoc):
# a link's ` HYPERLINK "http://…" ` before its words, a page number's `PAGE \* MERGEFORMAT` before its
# figure. The codes are Word's instructions, never the document's words.
_FIELD_CODE = lazyregex.compile(
    r"[ ]?HYPERLINK[ ]{1,2}(?:\\l[ ]{1,2})?\"[^\"\n]{0,2000}\""
    r"(?:[ ]{1,2}\\[lotn](?:[ ]{1,2}\"[^\"\n]{0,300}\")?){0,4}[ ]?"
    r"|(?:PAGE|NUMPAGES|SECTIONPAGES|PAGEREF[ ]{1,2}_[A-Za-z0-9_]{1,40}(?:[ ]{1,2}\\h)?)"
    r"(?:[ ]{1,2}\\\*[ ]{1,2}(?:MERGEFORMAT|Arabic|roman|ROMAN|CHINESENUM3))+[ ]{0,2}"
)
# An empty anchor element opening a line, as PDF-to-Markdown converters set one before each heading
# (marker's `<span id="page-0-1"></span>`, `<a id="…"></a>`, `<a name="…"></a>`): it shows nothing, and
# the Markdown mark after it is the line's.
_ANCHOR_LEAD = lazyregex.compile(r"(?:<(?P<t>span|a|div)(?:[ \t][^<>\n]{0,300})?>[ ]{0,2}</(?P=t)>[ ]{0,2})+", regex.I)
# The escapes a JSON string writes for a paragraph's indent (`\u3000\u3000您提出的…`, a crawler's
# record): the indent, not text, as the space entities of a page's source are (SPACE_ENTITY).
_ESCAPED_INDENT = lazyregex.compile(r"(?:(?:\\u(?:3000|00[aA]0|200[23])|\\t)[ \t]{0,2})+")
_CALLOUT_TAG = lazyregex.compile(r"\[![A-Za-z]{1,20}\][+-]?[ ]{0,2}")
# AsciiDoc's hard line break: ` +` ending a line of text
_ASCIIDOC_BREAK = lazyregex.compile(r"(?<=[^\x00-\x7f])[ ]\+$")
INDENTED = Hints(indent=True)


class PieceState:
    """What the piece rules read and move: the piece under way (its offset in the line, the hints, entity gaps and
    single spaces, whether entities opened it, its bold runs), the line it is of (`number` in `lines`, `blank`
    before it, `quoted_mail`: the first line of an earlier mail quoted under a reply), what goes on from line to
    line (a bold run left open, a legend's word) and the text's signs (`found`, and the prefix marks they call
    for). The reader sets the piece's fields before its rules and reads them after."""

    __slots__ = (
        "blank",
        "bold",
        "bold_open",
        "entity_indent",
        "found",
        "gaps",
        "hints",
        "legend",
        "line_marks",
        "lines",
        "number",
        "offset",
        "quoted_mail",
        "spaces",
    )

    def __init__(self, found: TextSigns, lines: list[str]) -> None:
        self.found, self.lines = found, lines
        self.line_marks = _ADOC_PREFIX if found.asciidoc else _MD_LOOSE_PREFIX if found.loose else _MD_PREFIX
        self.bold_open = False  # a line ended inside a bold run whose closing mark is on a later line
        self.legend = ""  # the word a legend's symbols stand before (`● 表示已完成` ⏎ `○ 表示未完成`), "" where none
        self.number, self.quoted_mail = 0, False
        self.offset, self.blank, self.hints, self.entity_indent = 0, False, NO_HINTS, False
        self.gaps: Sequence[int] = ()
        self.spaces: Sequence[int] = ()
        self.bold: Sequence[tuple[int, int]] = ()  # the block's shared empty default: most lines have no bold


# --- the rules, in their order --------------------------------------------------------------------------------


def zero_width(p: PieceState, line: str) -> str | None:
    """A web page's zero-width characters, pasted: before a 一、 title one would hide the marker."""
    if p.found.zero_width and ZERO_WIDTH.search(line):
        return ZERO_WIDTH.sub("", line) or None
    return line


def entities(p: PieceState, line: str) -> str | None:
    """A page source's space entities and escaped tags: where a gap and a single space stood, an indent."""
    if p.found.entities and "&" in line:
        line, p.gaps, p.spaces, p.entity_indent = without_entities(line)
        return line or None
    return line


def rest_line(p: PieceState, line: str) -> str | None:
    """reST's directives, escaped spaces and substitutions, as reST renders the line."""
    names = p.found.rest_names
    if p.found.rest and (line[0] == "." or line[-1] == ":" or "\\ " in line or (names and "|" in line)):
        return LM.rest_line(line, names) or None
    return line


def org_line(p: PieceState, line: str) -> str | None:
    """org's italics' slashes and a closing line break's `\\\\`."""
    if p.found.org and (line[-1] == "\\" or "/" in line):
        return LM.org_line(line) or None
    return line


def textile_signature(p: PieceState, line: str) -> str | None:
    """A Textile block's signature (`h1. `, `p. `) opening the line."""
    if p.found.textile and line[0] in "hpbf" and (signature := LM.textile_signature(line)):
        return line[signature:].lstrip(EDGE_SPACE) or None
    return line


def escaped_indent(p: PieceState, line: str) -> str | None:
    """A JSON string's escaped indent (`\\u3000\\u3000`): the paragraph's indent, not text."""
    if p.found.escaped and line[0] == "\\" and (lead := _ESCAPED_INDENT.match(line)) is not None:
        p.hints = INDENTED
        return line[lead.end() :] or None
    return line


def anchor_lead(p: PieceState, line: str) -> str | None:
    """marker's empty anchor before a heading (`<span id="page-0-1"></span>## 一、…`): it hides the heading's mark."""
    if line[0] == "<" and p.found.inline and (anchor := _ANCHOR_LEAD.match(line)) is not None:
        return line[anchor.end() :].lstrip(EDGE_SPACE) or None
    return line


# A 微博 post's topics opening its first line (`#建议提案办理#【关于…的答复】`, a `#` on both sides of each; conv25):
# the platform's marks before the post's words, no Markdown heading's `#`
_LEADING_TOPICS = lazyregex.compile(r"(?:#[^#\s]{1,30}#[ ]{0,2})+(?=[^#\s])")


def platform_topics(p: PieceState, line: str) -> str | None:
    """A post's leading topics (`_LEADING_TOPICS`): the words after them are the line."""
    if line[0] == "#" and (topics := _LEADING_TOPICS.match(line)) is not None:
        return line[topics.end() :]
    return line


# A forum's BBCode (Discuz's, phpBB's): its style tags around the words (`[size=5]`, `[color=#333333]`,
# `[align=center]`, `[b]`, Discuz's paragraph `[p=30, 2, left]` …), a link's tags around its words, a picture's tags
# around its address
# (read only in a text that shows BBCode, `TextSigns.bbcode`; conv27)
BBCODE_STYLES = r"b|i|u|s|size|color|font|align|p|backcolor|indent|center|left|right|quote|code|list|url|email|hide"
_BBCODE_PICTURE = lazyregex.compile(r"\[img(?:=[^\]\n]{0,60})?\][^\[\n]{0,2000}\[/img\]", regex.I)
_BBCODE_TAG = lazyregex.compile(rf"\[/?(?:{BBCODE_STYLES})(?:=[^\]\n]{{0,200}})?\]|\[\*\]", regex.I)


def bbcode(p: PieceState, line: str) -> str | None:
    """A forum's BBCode tags: the marks, not the words; a picture's address with its tags."""
    if not p.found.bbcode or "[" not in line:
        return line
    if "[img" in line or "[IMG" in line:
        line = _BBCODE_PICTURE.sub("", line)
    return _BBCODE_TAG.sub("", line).strip(EDGE_SPACE) or None


_TIDDLY_HEADING = lazyregex.compile(r"!{1,6}[ ]?(?=\S)")


def tiddlywiki_line(p: PieceState, line: str) -> str | None:
    """A TiddlyWiki tiddler's heading marks (`!关于…`, `!!一、…`) and its hard-line block's fences (`\"\"\"` alone on a
    line): the wiki's marks, not the words (conv27)."""
    if not p.found.tiddlywiki:
        return line
    if line[0] == '"':
        return None if line.rstrip(EDGE_SPACE) == '"""' else line
    heading = _TIDDLY_HEADING.match(line)
    if heading is None:
        return line
    p.hints = Hints(markup=heading.group().strip(), indent=p.hints.indent)
    return line[heading.end() :]


def line_mark(p: PieceState, line: str) -> str | None:
    """A line's Markdown marks (a quote's `>`, a heading's `#`s, a bullet), kept as a hint: a rule may find it was
    a page number's dash ("- 3 -"); a heading's closing `#`s and a callout's type go too. Or, in a text whose other
    lines open with `● `, a list's second-level bullet (`○ `): its item opens its own block (a legend's symbol,
    `○ 表示未完成` under `● 表示已完成`, stays)."""
    first = line[0]
    if first == "=" and p.found.wiki_headings and (wiki := _WIKI_HEADING.match(line)) is not None:
        p.hints = Hints(markup=wiki.group("m"), indent=p.hints.indent)
        return wiki.group("w")
    if first in MD_PREFIX_CHARS:
        return _markdown_prefix(p, line)
    if first in _SUB_BULLET_CHARS and p.found.sub_bullets and (sub := _SUB_BULLET.match(line)) is not None:
        lines, number = p.lines, p.number
        p.legend = _legend_word(line[sub.end() :], lines[number - 1] if number else "", p.legend)
        if not p.legend:
            p.hints = Hints(markup=sub.group(), indent=p.hints.indent)
            return line[sub.end() :]
    return line


def _markdown_prefix(p: PieceState, line: str) -> str:
    prefix = p.line_marks.match(line)
    if prefix and line[0] == "●" and p.found.sub_bullets and p.number + 1 < len(p.lines):
        below = p.lines[p.number + 1].strip(" \t\r\n")  # `● 表示已完成` over `○ 表示未完成`: a legend's key
        if below[:1] in _SUB_BULLET_CHARS and _legend_word(below[1:].lstrip(" "), line, ""):
            prefix = None
    line = line[prefix.end() if prefix else 0 :].strip(EDGE_SPACE)
    if prefix:
        p.hints = Hints(markup=prefix.group(), indent=p.hints.indent)
    if p.quoted_mail and p.offset == 0:
        p.hints = MAIL_HINTS  # under a reply on top: the earlier mail's, held by no element
    if prefix and "#" in prefix.group():
        line = _ATX_CLOSING.sub("", line)  # `## 一、工作情况 ##`
    elif prefix and prefix.group().count("*") >= 3 and line[-1:] == "*":
        line = _STAR_CLOSING.sub("", line)
    if prefix and line[:2] == "[!" and ">" in prefix.group():
        line = _CALLOUT_TAG.sub("", line, count=1)  # `> [!note] 办理结果：B`: the callout's type
    return line


def edge_pictographs(p: PieceState, line: str) -> str | None:
    """A social-media copy's pictographs at the piece's edges: decoration, not words."""
    if p.found.emoji and _EDGE_PICTOGRAPHS.search(line):
        return _EDGE_PICTOGRAPHS.sub("", line) or None
    return line


def field_codes(p: PieceState, line: str) -> str | None:
    """Word's field codes a .doc extractor wrote with their results."""
    if p.found.fields and "{" in line and (cut := BRACED_FIELD.sub("", line)) != line:
        line = cut.strip(EDGE_SPACE)  # (a code in braces, its name Word's: conv29)
        if not line:
            return None
    if p.found.fields and ("HYPERLINK" in line or "MERGEFORMAT" in line):
        return _FIELD_CODE.sub("", line).strip(EDGE_SPACE) or None
    return line


def comment_anchors(p: PieceState, line: str) -> str | None:
    """A listed comment's anchor (`[a]`): the comments' list leaves, its anchors too."""
    reviewed = p.found.reviewed
    return without_anchors(line, reviewed[1]) if reviewed is not None and "[" in line else line


# An assistant's citation mark after a sentence (Bing Chat's copy: `…九十八。[^1^][1]`, the source's number as a
# superscript and a reference link to its definition under the answer): no words (conv27)
_CITATION = lazyregex.compile(r"\[\^\d{1,3}\^\]\[(\d{1,3})\]")


def reference_links(p: PieceState, line: str) -> str | None:
    """A reference-style link (`[办事指南][1]`): its words; an assistant's citation mark to one (`[^1^][1]`): none."""
    refs = p.found.refs
    if refs and "[^" in line:
        line = _CITATION.sub(lambda m: "" if m.group(1) in refs else m.group(), line).strip(EDGE_SPACE)
    if refs and "][" in line:
        return REF_LINK.sub(lambda m: reference_words(m, refs), line).strip(EDGE_SPACE)
    return line


def link_marks(p: PieceState, line: str) -> str | None:
    """lynx's `[3]` before the words of the link it lists as 3, Crawl4AI's `⟨3⟩` after them."""
    links = p.found.links
    if links is not None and ("[" in line or "\u27e8" in line):
        return _LINK_MARK.sub(lambda m: "" if (m.group(1) or m.group(2)) in links[1] else m.group(), line) or None
    return line


def emphasis(p: PieceState, line: str) -> str | None:
    """Single-star or underscore emphasis's marks."""
    return EMPHASIS.sub(emphasised, line) if p.found.emphasis and ("*" in line or "_" in line) else line


# groff's font escapes around words (`\\f[B]…\\f[R]`, `\\fB…\\fR`, `\\f(CW`) and its zero-width `\\&` (conv29)
_ROFF_ESCAPE = lazyregex.compile(r"\\f(?:\[[A-Za-z0-9]{0,4}\]|\([A-Za-z0-9]{2}|[A-Za-z0-9])|\\&")


def roff_escapes(p: PieceState, line: str) -> str | None:
    """groff's font escapes and zero-width marks, in a text of its requests: the typesetter's, no words."""
    return _ROFF_ESCAPE.sub("", line) if p.found.roff and "\\" in line else line


def hard_break(p: PieceState, line: str) -> str | None:
    """AsciiDoc's hard line break (` +` at the line's end)."""
    return line[:-2] if p.found.hard_breaks and line[-1] == "+" and _ASCIIDOC_BREAK.search(line) else line


def inline(p: PieceState, line: str) -> str | None:
    """The inline Markdown and HTML marks, bold runs kept (`inline_marks`); entity gaps forgotten where marks taken
    off after the entities moved what follows (no place is sure)."""
    found = p.found
    if not found.inline:
        return line
    marked = line
    line, p.bold, p.bold_open = inline_marks(line, p.bold_open, p.blank, found.highlights, found.backslashes)
    if (p.gaps or p.spaces) and line != marked:
        p.gaps = p.spaces = ()
    return line


class PieceRule(NamedTuple):
    """A row of `PIECE_RULES`: the rule's name; the first characters of the pieces it can change (None: any); the
    text's sign it needs (a `TextSigns` attribute; None: every text); the rule."""

    name: str
    starts: frozenset[str] | None
    sign: str | None
    read: Callable[[PieceState, str], str | None]


_ANY = None
PIECE_RULES: tuple[PieceRule, ...] = (
    PieceRule("zero-width", _ANY, "zero_width", zero_width),
    PieceRule("entities", _ANY, "entities", entities),
    PieceRule("rest-line", _ANY, "rest", rest_line),
    PieceRule("org-line", _ANY, "org", org_line),
    PieceRule("textile-signature", frozenset("hpbf"), "textile", textile_signature),
    PieceRule("escaped-indent", frozenset("\\"), "escaped", escaped_indent),
    PieceRule("anchor-lead", frozenset("<"), "inline", anchor_lead),
    PieceRule("platform-topics", frozenset("#"), None, platform_topics),
    PieceRule("bbcode", _ANY, "bbcode", bbcode),
    PieceRule("tiddlywiki-line", frozenset('!"'), "tiddlywiki", tiddlywiki_line),
    PieceRule("line-mark", MD_PREFIX_CHARS | _SUB_BULLET_CHARS, None, line_mark),
    PieceRule("edge-pictographs", _ANY, "emoji", edge_pictographs),
    PieceRule("field-codes", _ANY, "fields", field_codes),
    PieceRule("comment-anchors", _ANY, "reviewed", comment_anchors),
    PieceRule("reference-links", _ANY, "refs", reference_links),
    PieceRule("link-marks", _ANY, "links", link_marks),
    PieceRule("emphasis", _ANY, "emphasis", emphasis),
    PieceRule("hard-break", _ANY, "hard_breaks", hard_break),
    PieceRule("roff-escapes", _ANY, "roff", roff_escapes),
    PieceRule("inline-marks", _ANY, "inline", inline),
)
# (the rules with first characters come before any that may leave a piece empty without dropping it)
EVERY_RULE = False  # (tests: every rule handed every piece of every text, the index switched off: the same blocks)
PieceReads = tuple[tuple[frozenset[str] | None, Callable[[PieceState, str], str | None]], ...]


class PieceRules(NamedTuple):
    """The rules a text hands its pieces, in order, each with its first characters; and `firsts`, the characters
    one of which a piece must open with for any of them to change it (None: any piece may be changed)."""

    reads: PieceReads
    firsts: frozenset[str] | None


_CHOSEN: dict[tuple[bool, ...], PieceRules] = {}
_SIGNED = tuple(r.sign for r in PIECE_RULES if r.sign is not None)  # the signs the rules need, each asked at once
_SIGNS_OF = attrgetter(*_SIGNED)


def piece_rules(found: TextSigns) -> PieceRules:
    """The rules a text showing `found`'s signs hands its pieces (made once for each set of signs)."""
    shown = tuple(map(bool, _SIGNS_OF(found)))
    chosen = _CHOSEN.get(shown) if not EVERY_RULE else None
    if chosen is None:
        on = dict(zip(_SIGNED, shown, strict=True))
        rules = [r for r in PIECE_RULES if EVERY_RULE or r.sign is None or on[r.sign]]
        reads = tuple((None if EVERY_RULE else r.starts, r.read) for r in rules)
        firsts = None if any(starts is None for starts, _ in reads) else frozenset().union(*(s for s, _ in reads if s))
        chosen = PieceRules(reads, firsts)
        if not EVERY_RULE:
            _CHOSEN[shown] = chosen
    return chosen


def read_piece(p: PieceState, line: str, offset: int, blank: bool, reads: PieceReads) -> str | None:
    """The piece at `offset` in its line (`blank`: a blank line before its block) after the rules in order (those
    whose first characters it opens with), or None where one left nothing of it; its hints, entity gaps and bold
    runs on `p`."""
    p.offset, p.blank, p.hints, p.gaps, p.spaces, p.entity_indent, p.bold = offset, blank, NO_HINTS, (), (), False, ()
    for starts, read in reads:
        if starts is None or line[0] in starts:
            changed = read(p, line)
            if changed is None:
                return None
            if not changed:
                return (
                    changed  # a rule left the piece empty (a quote's `>` alone): no later rule has a character to ask
                )
            line = changed
    return line


_LEGEND_WORD = 2  # the characters a legend's lines repeat after their symbols (表示, 代表)


def _legend_word(item: str, above: str, legend: str) -> str:
    """The word a legend's lines open with after their symbols, where the `○ ` line opening `item` is one: the
    raw line `above` opens with `● ` (or is the legend's line before, `legend` its word) and the same word
    (`● 表示已按期完成` ⏎ `○ 表示未按期完成`). The symbol there is what the line explains, no list's bullet: it
    stays (diffread-C C7). "" where the line is a list's item (a sub-item under its point opens with its own
    words)."""
    word = item[:_LEGEND_WORD]
    if len(word) < _LEGEND_WORD or not word.isalpha():
        return ""
    if legend == word:
        return word
    mark = above.strip(" \t\r\n")
    if mark[:1] == "●" and mark[1:].lstrip(" ")[:_LEGEND_WORD] == word:
        return word
    return ""
