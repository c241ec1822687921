"""The text reader's line rules: what a line of a plain text is before its words are read (a drawn rule, a
tool's page mark, a table's row, a markup line, a tag's half, a chat's sender …), one small named rule each,
asked in order over the read's state: a rule is a row of `LINE_RULES`, easy to add, reorder or switch off.

A rule reads the line (`ReadState.whole`) and answers `DROPPED` (the line is markup or a tool's, or the rule
made its block itself: the reader goes to the next line), `KEPT` (not its line: the next rule is asked) or
`CHANGED` (it took a mark off the line's start and the words go on: the rules after it are asked of the new
first character). Each rule asks all it needs itself (its first characters, the text's sign, the state it goes
on in), so its row's index is only an optimisation: `LineRules` hands a line only the rules its first
character, the text's signs and the tables under way allow (a Han-led line of most texts: none, one dict
look-up). tests/test_text_lines.py asks every rule of every line and finds the same blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import regex

from govdoc import lazyregex
from govdoc.blocks import MAIL_DELIMITER, SPLIT_PART, Block, Hints, Origin, Zone
from govdoc.charclass import EDGE_SPACE
from govdoc.limits import Limits
from govdoc.readers import light_markup as LM
from govdoc.readers import ocr_text
from govdoc.readers.inline_marks import defines_reference
from govdoc.readers.messages import CHAT_HEAD, SMS_PART, STAMPED_MESSAGE, shows_mail
from govdoc.readers.text_records import ELEMENT_FURNITURE, ESCAPED_BREAK
from govdoc.readers.text_tables import (
    ADOC_TABLE,
    HTML_ROW,
    HTML_TABLE_END,
    SIMPLE_TABLE_RULE,
    SPACED_CELL_GAP,
    html_rows,
    new_row,
    table_row,
)
from govdoc.readers.tool_lines import MISSING_MARKS, MISSING_PAGE

# A Markdown code fence's line (```, ```text, ~~~): the frame of a block whose lines are the text
FENCE = lazyregex.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})[ ]?[A-Za-z0-9_+-]{0,20}[ \t]*\r?$", regex.M)
_MARKDOWN_RULE = lazyregex.compile(r"^(?:-[ ]{0,2}){3,}$|^(?:\*[ ]{0,2}){3,}$|^(?:_[ ]{0,2}){3,}$")
_SETEXT_UNDERLINE = lazyregex.compile(r"^={3,}[ ]*$")
_RULE_CHARS = frozenset("-*_")
# A rule a PDF or Word copy kept as characters (the 红头's red rule ━━━━━━, with its ★ in a party
# organ's; the 版记's rules ──────, ══════, ——————): drawn, so a break as Markdown's is, never text.
# A line of 省略号 (……) is the text's own mark of an omission and stays. OCR reads such a rule as a run of 一
# (conv25): eight or more of them and nothing else, which no text writes (一一 never runs so far).
DRAWN_RULE = lazyregex.compile(r"^[─━═—―–]{3,}(?:[ ]{0,2}[★☆][ ]{0,2}[─━═—―–]{3,})?$|^一{8,}$")
DRAWN_RULE_STARTS = frozenset("─━═—―–一")
# A converting library's evaluation banner above or under the text it wrote (Aspose's `Evaluation Only.
# Created with Aspose.Words. Copyright 2003-2024 Aspose Pty Ltd.` and `Created with an evaluation copy
# of Aspose.Words. To remove all limitations, … https://…`, Spire's `Evaluation Warning: The document
# was created with Spire.Doc for .NET.`): the line names the tool itself, so no document's sentence
# reads so; asked only in a text that names the tool, whatever the line's length.
_TOOL_BANNER = lazyregex.compile(
    r"(?:Evaluation[ ](?:Only|Warning)[ ]?[.:][^\n]{0,200}?|Created[ ]with[ ]an[ ]evaluation[ ]copy[ ]of[ ])"
    r"(?:Aspose|Spire)\.[A-Za-z]"
)
# unstructured.io's elements printed one a line with their category (`NarrativeText: 您提出的…`,
# `Title: 一、…`, `Header: 某局`): the category is the tool's, and a page's header, footer or number the
# tool itself named as such is furniture. Read only in a text where two lines or more name categories
# no other text writes (`ELEMENT_SIGN`: NarrativeText, UncategorizedText, ListItem …).
_ELEMENT_LINE = lazyregex.compile(
    r"(?P<category>Title|NarrativeText|UncategorizedText|ListItem|Text|Address|EmailAddress|FigureCaption"
    r"|Formula|Table|Image|CodeSnippet|CompositeElement|Header|Footer|PageNumber|PageBreak):[ \t]{0,4}"
)
ELEMENT_SIGN = lazyregex.compile(
    r"^(?:NarrativeText|UncategorizedText|ListItem|FigureCaption|CompositeElement|PageNumber|EmailAddress):", regex.M
)
_ELEMENT_STARTS = frozenset("TNULAEFICHP")
# A converter's own mark of where a page ends, alone on its line: marker's paginated output (`{2}` and
# a run of dashes), a `---page---` line, and a comment naming the page that follows (`<!-- Page 2 -->`);
# since conv24 also a script's mark above each page's text (`--- Page 2 ---`, `=== Page 2 of 3 ===`, as
# loops over PyMuPDF's or pypdf's pages print them): the word `page` and its number between runs of `-` or `=`
# (two dashes too, `-- Page 2 --`: the word tells it, diffread-A A5); since conv25 a pager's prompt where its
# screen filled, copied from the console with the text (`more`'s `-- More (45%) --`, `-- More --`): the screen's
# end, a page's as a form feed is.
_PAGE_MARK = lazyregex.compile(
    r"\{\d{1,5}\}-{3,}|(?P<r>-{2,}|={3,})[ ]{0,2}(?i:page)[ ]{0,2}(?:\d{1,5}(?:[ ]{0,2}(?:/|(?i:of))[ ]{0,2}\d{1,5})?)?"
    r"[ ]{0,2}(?P=r)"
    r"|--[ ]{0,2}(?i:more)[ ]{0,2}(?:\([ ]{0,2}\d{1,3}%[ ]{0,2}\))?[ ]{0,2}--"
    # (conv26) DeepSeek-OCR's script between the pages it read (`<--- Page Split --->`)
    r"|<-{2,}[ ]{0,2}(?i:page[ ]split)[ ]{0,2}-{2,}>"
)
MAIL_HINTS = Hints(markup=MAIL_DELIMITER)
_PART_HINTS = Hints(markup=SPLIT_PART)
# A LaTeX sectioning command alone on its line, as Mathpix's .mmd writes a title and headings
# (`\title{…}`, `\section*{一、…}`, `\subsection*{（一）…}`): the command and its braces are markup, the
# words inside the title or the heading.
_LATEX_HEADING = lazyregex.compile(
    r"\\(?:title|part|chapter|section|subsection|subsubsection|paragraph)\*?\{(?P<words>[^{}\n]{1,300})\}"
)
# A note app's tag line under a note's title (Bear, Obsidian, Apple Notes exports: `#提案答复 #2024`):
# two tags or more, each `#` right before its word, nothing else; the app's, no heading and no text.
_TAG_LINE_REACH = 4  # the lines of a note's head: its title, blank lines, its tags
_TAG_LINE = lazyregex.compile(r"#[^\s#]{1,40}(?:[ ]{1,4}#[^\s#]{1,40}){1,20}")
# A platform's topics a post's copy keeps: 小红书's tags (`#建议提案办理[话题]#`, the platform's own suffix) and a
# WeChat collection's entry under 收录于合集 (`#建议提案办理 12个`: the collection and its count of articles)
_PLATFORM_TOPICS = lazyregex.compile(r"(?:#[^#\s]{1,30}\[话题\]#[ ]{0,2})+|#[^#\s]{1,30}[ ]{1,2}\d{1,5}个")
# A Markdown converter's page break written as an HTML comment (`<!-- PageBreak -->` of Azure Document
# Intelligence and docling, `<!-- page-break -->`): the page ends there, as at a form feed.
_PAGE_BREAK_COMMENT = lazyregex.compile(r"<!--[ ]{0,4}page(?:[ _-]?break|[ ]{1,2}\d{1,5})[ ]{0,4}-->", regex.I)
# A tag a one-line tag stripper could not take because its attributes went on over the line's end:
# its opening half alone on a line (`<p style="text-indent: 2em;`) and its closing half before the
# next line's text (`line-height: 28px;">您提出的…`), attributes in ASCII only.
_OPEN_TAG_HALF = lazyregex.compile(r"<(?:p|div|span|font|section|td|li|h[1-6])[ \t][^<>\n]{0,300}", regex.I)
_TAG_CLOSING_HALF = lazyregex.compile(r"[ -;=?-~]{0,300}?/?>")
UNDERLINE_STARTS = frozenset("-*_=")
# A lightweight markup's own line, no text of the document: a callout's fence (语雀's and VuePress's
# `:::tips` … `:::`), an AsciiDoc attribute entry (`:lang: zh-CN`, its value ASCII) or block role
# (`[.text-right]`), an org setting (`#+OPTIONS: toc:nil`; `#+TITLE:` is the title: `_MD_PREFIX`).
_MARKUP_LINE = lazyregex.compile(
    r":{3,}[ ]{0,2}(?:[A-Za-z][\w-]{0,20})?[ ]*$"
    # (pandoc's fenced div with its attributes, `::: {custom-style="Body Text"}` from `-f docx+styles`, `::: {.note}`)
    r"|:{3,}[ ]{0,2}\{[ ]?(?:[#.]|[A-Za-z][\w-]{0,40}=)[^{}\n]{0,300}\}[ ]*$"
    r"|:!?[A-Za-z0-9_][\w-]{0,40}!?:(?:[ \t][ -~]{0,300})?$"
    r"|\[[.#%][A-Za-z][\w.#%-]{0,60}\]$|\[(?:cols|options|format|frame|grid|width|caption)=[^\]\n]{0,200}\]$"
    r"|#\+(?!(?i:title):)[A-Za-z_]{1,30}(?::(?:[ \t][^\n]{0,300})?)?$"
    # (Typora's and GitLab's contents marks: `[TOC]`, `[[_TOC_]]`, where the app draws the contents)
    r"|\[(?:TOC|toc)\]$|\[\[_?(?:TOC|toc)_?\]\]$"
    # (kramdown's block attribute list on the line after its block, `{: .text-right}`, `{: #contact}`; conv24)
    r"|\{:[ ]?(?:[#.][A-Za-z][\w-]{0,40}|[A-Za-z][\w-]{0,40}=[^{}\n]{0,200})(?:[ ]{1,2}[^{}\n]{1,200})?[ ]?\}[ ]*$"
    # (conv26) a vision model's grounding marks on the line over each element's text, DeepSeek-OCR's element type and
    # box (`<|ref|>text<|/ref|><|det|>[[112, 60, 887, 88]]<|/det|>`)
    r"|<\|ref\|>[A-Za-z_ -]{0,40}<\|/ref\|><\|det\|>\[[\d, .\[\]]{0,400}\]<\|/det\|>[ ]*$"
    # … and the block properties an outliner writes itself under a block, Logseq's (`id:: 66bf1c2e-…` where a block is
    # referred to, `collapsed:: true` where it is folded): its bookkeeping in ASCII (a property a writer set holding
    # words, `title:: 关于…`, stays the text's)
    r"|(?:id::[ ][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|collapsed::[ ](?:true|false))[ ]*$"
    # (conv27) a wiki's box around blocks, alone on its line: DokuWiki's Wrap plugin (`<WRAP right>`, `</WRAP>`) and
    # Confluence's block macros (`{panel}`, `{panel:title=…}`, `{info}`, `{noformat}` …)
    r"|</?(?:WRAP|wrap)(?:[ ][^<>\n]{0,100})?>[ ]*$"
    r"|\{(?:panel|info|note|tip|warning|quote|noformat|expand|section|column|toc|anchor)(?::[^{}\n]{0,200})?\}[ ]*$"
)
_MARKUP_LINE_STARTS = frozenset(":[#{<ic")
SHARED_LINES = 4096  # the line numbers whose Origin every text shares (readers.text._line_origins)
_UNSET = Zone.UNSET

KEPT, DROPPED, CHANGED = 0, 1, 2  # a rule's answers (module docstring)


class Signs(NamedTuple):
    """The text's signs the line rules ask, named once here (a rule's row names the one it needs, `LineRule.sign`;
    the reader's detectors, readers.text_signs, find each under the same name)."""

    banner: bool  # a converting library's banner
    refs: frozenset[str]  # the reference links' labels
    tabular: bool  # a LaTeX tabular
    fences: bool  # two code fences
    rest: bool  # reST
    images: bool  # an OCR app's image names
    tags: bool  # HTML marks and a `<`
    chat: frozenset[str]  # a chat's senders
    sms: bool  # an SMS's parts
    stamped: bool  # a chat export stamping each message's first line
    elements: bool  # unstructured's elements
    merged: bool  # a table's row whose cells are one merged cell printed once per column
    subtitles: bool  # a subtitle file's cues (SRT, WebVTT, ASS)
    roff: bool  # groff's requests (pandoc's ms)


class ReadState:
    """What the line rules read and move: the line under way (its number, its raw text from `at` in the text,
    `whole` stripped), the blocks made and the flags the next block takes (`blank`, `rule`, `page`), the tables
    under way (a pandoc simple table, an AsciiDoc, LaTeX or HTML one, `tables` counting them), a tag's first
    half, whether the text shows a mail; and the text's signs the rules ask (set once by the reader)."""

    __slots__ = (
        "adoc",
        "at",
        "blank",
        "blocks",
        "folded_text",
        "html_table",
        "index",
        "latex",
        "limits",
        "mail",
        "merged",
        "number",
        "origins",
        "page",
        "raw",
        "rule",
        "signs",
        "simple",
        "tables",
        "tag_half",
        "text",
        "whole",
    )

    def __init__(
        self, text: str, folded_text: str, origins: list[Origin], limits: Limits, blocks: list[Block], signs: Signs
    ) -> None:
        self.text, self.folded_text, self.origins, self.limits, self.blocks = text, folded_text, origins, limits, blocks
        self.number, self.raw, self.at, self.whole = 0, "", 0, ""
        self.blank = self.rule = self.page = False
        self.simple: tuple[int, int] | None = None  # a pandoc simple table under way: its number and its columns
        self.adoc = 0  # the AsciiDoc table under way (between its `|===` delimiters): its number
        self.latex = 0  # the LaTeX tabular under way (between `\begin{tabular}` and `\end{tabular}`): its number
        self.tables = 0  # the tables read so far (each `<table>`, simple, AsciiDoc or LaTeX table of the body)
        self.html_table = 0  # the HTML table whose rows go on over the next lines (its `</table>` not met yet)
        self.tag_half = False  # the line before was an open tag's first half (_OPEN_TAG_HALF)
        self.mail: bool | None = None  # whether the text shows a mail: asked at its first `--` line
        self.merged: list[str] = []  # the rows `merged_cells` read once, as the text wrote them (said by the reader)
        self.signs = signs
        self.index = line_rules(signs)  # the rules the text's signs call for

    def modes(self) -> int:
        """The tables and halves under way whose rules ask a line whatever it opens with (`LineRule.mode`)."""
        return (self.simple is not None) | (self.latex != 0) << 1 | self.tag_half << 2

    def origin(self) -> Origin:
        """Where the line under way stands in the text."""
        number = self.number
        return self.origins[number] if number < SHARED_LINES else Origin((f"line:{number + 1}",))

    def row(self, cells: tuple[str, ...], table: int, *, blank: bool) -> None:
        """A table's row of the line's `cells` (within the text's count of blocks), the flags taken; made of
        the cells alone, never of the whole line, which may hold the whole table (REVIEW26 R9)."""
        if len(self.blocks) >= self.limits.blocks:
            raise self.limits.exceeded("blocks", what="lines of text")
        self.blocks.append(new_row(cells, table, blank=blank, rule=self.rule, page=self.page, origin=self.origin()))
        self.blank = self.rule = self.page = False

    def cut(self, length: int) -> int:
        """The line under way without its first `length` characters of `whole` (a mark the rule read): the
        answer the rule gives, CHANGED, or DROPPED where nothing is left."""
        raw, whole = self.raw, self.whole
        skip = raw.find(whole) + length
        self.at += skip
        self.raw = raw[skip:]
        self.whole = whole[length:]
        return CHANGED if self.whole else DROPPED

    def keep(self, start: int, end: int) -> int:
        """The line under way as only `whole[start:end]` (an argument of a request that the page prints), its line
        end kept: the answer the rule gives, CHANGED, or DROPPED where nothing is left."""
        raw, whole = self.raw, self.whole
        skip = raw.find(whole) + start
        self.at += skip
        self.raw = raw[skip : skip + end - start] + raw[len(raw.rstrip("\r\n")) :]
        self.whole = whole[start:end]
        return CHANGED if self.whole else DROPPED


# --- the rules, in their order --------------------------------------------------------------------------------


def drawn_rule(st: ReadState) -> int:
    """A rule drawn in characters (━━━ under a 红头): a break before the next block, never text."""
    whole = st.whole
    if whole[0] in DRAWN_RULE_STARTS and DRAWN_RULE.match(whole):
        st.rule = True
        return DROPPED
    return KEPT


# A subtitle file's own lines (conv27): a cue's time line (SRT's `00:00:02,500 --> 00:00:05,000`, WebVTT's with a
# dot and its settings after it), a cue's number alone on its line, WebVTT's `WEBVTT` head, its header fields and its
# `NOTE` blocks' first lines; an ASS script's section heads (`[Script Info]`, `[V4+ Styles]`, `[Events]`), its
# settings, format, style and comment lines, and its `Dialogue:` line's fields before the words (nine commas).
CUE_TIME = lazyregex.compile(
    r"^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]{1,4}-->[ \t]{1,4}(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
    r"(?:[ \t][^\n]{0,200})?[ \t]*\r?$",
    regex.M,
)
_SUBTITLE_LINE = lazyregex.compile(
    r"\d{1,6}|WEBVTT(?:[ \t][^\n]{0,200})?|NOTE(?:[ \t][^\n]{0,2000})?|(?:Kind|Language|Region):[ ][^\n]{0,100}"
    r"|\[(?:Script[ ]Info|V4\+?[ ]Styles|Events|Fonts|Graphics|Aegisub[ ][^\]\n]{1,40})\]"
    r"|(?:ScriptType|PlayResX|PlayResY|PlayDepth|WrapStyle|ScaledBorderAndShadow|YCbCr[ ]Matrix|Collisions|Timer"
    r"|Format|Style|Title|Original[ ][A-Za-z]{1,20}|Update[ ]Details|Script[ ]Updated[ ]By|Synch[ ]Point"
    r"|Comment):[ ][^\n]{0,2000}|;[^\n]{0,300}"
)
_DIALOGUE = lazyregex.compile(r"Dialogue:[ ]?(?:[^,\n]{0,60},){9}")


def subtitle_line(st: ReadState) -> int:
    """A subtitle file's own line (`CUE_TIME`, `_SUBTITLE_LINE`), or an ASS dialogue's fields before its words."""
    whole = st.whole
    if not st.signs.subtitles:
        return KEPT
    if whole[:9] == "Dialogue:" and (fields := _DIALOGUE.match(whole)) is not None:
        return st.cut(fields.end())
    return DROPPED if CUE_TIME.match(whole) or _SUBTITLE_LINE.fullmatch(whole) else KEPT


# groff's requests, each on a line of its own (conv29: pandoc's `-t ms` kept `.LP`, `.SH 2`, `.pdfhref O 1 "…"` among
# the reply's lines): a dot, the request's name (ms's macros in capitals, groff's own in small letters) and its
# arguments. The outline entries `.pdfhref` writes repeat the heading under which they stand.
# (a text shows them by two of its macros in capitals, `ROFF_MACRO`: a small letters' request alone reads like other
# lines, a status bar's `.ll 5G 87` read by OCR)
ROFF_MACRO = lazyregex.compile(r"^\.[A-Z][A-Z0-9]?(?:[ \t][^\n]{0,500})?[ \t]*\r?$", regex.M)
ROFF_REQUEST = lazyregex.compile(
    r"^\.(?:[A-Z][A-Z0-9]?|pdfhref|pdfbookmark|ds|nr|ft|sp|br|in|ti|ce|fi|nf|bp|ad|na|hy|nh|ll|ps|vs|so|de|ig)"
    r"(?:[ \t][^\n]{0,500})?[ \t]*\r?$",
    regex.M,
)


# … but an indented paragraph's tag is what the page prints before the paragraph (`.IP "1." 3`, `.IP "（一）"`: pandoc's
# ordered list item), which stays, a line of its own (review29 R5: the reply's points lost their numbers unsaid)
_ROFF_TAG = lazyregex.compile(r'\.IP[ ]"(?P<tag>[^"\n]{1,40})"')


def roff_request(st: ReadState) -> int:
    """A groff request's line (`ROFF_REQUEST`), in a text that shows two or more: the typesetter's, no words; an
    indented paragraph's tag (`_ROFF_TAG`) stays."""
    if not st.signs.roff or ROFF_REQUEST.match(st.whole) is None:
        return KEPT
    tag = _ROFF_TAG.match(st.whole) if st.whole[1:3] == "IP" else None
    return DROPPED if tag is None else st.keep(*tag.span("tag"))


def page_mark(st: ReadState) -> int:
    """A converter's page mark (marker's `{2}------`, `---page---`): the page ends here."""
    whole = st.whole
    if whole[0] in "{-=<" and _PAGE_MARK.fullmatch(whole):
        st.page = True
        return DROPPED
    return KEPT


def tool_banner(st: ReadState) -> int:
    """A converting library's evaluation banner, in a text that names the tool. Only the banner's own line
    leaves: a record's member (a JSON record's `content`) is one line here with its breaks still escaped, and
    the banner opening it ends at its first escaped break, where the member's own lines go on (diffread-C C4:
    the whole member, the reply with it, went)."""
    whole = st.whole
    if not st.signs.banner or whole[0] not in "EC":
        return KEPT
    # (a backslash-n in a text whose breaks are not escaped ends the banner too: the words after it are no banner's)
    escaped = ESCAPED_BREAK.search(whole) if "\\n" in whole else None
    if _TOOL_BANNER.match(whole, 0, len(whole) if escaped is None else escaped.start()) is None:
        return KEPT
    return DROPPED if escaped is None else st.cut(escaped.end())


def note_tags(st: ReadState) -> int:
    """A note app's tags at the note's head (a body's `#3机组 #4机组` stays)."""
    whole = st.whole
    if whole[0] == "#" and st.number < _TAG_LINE_REACH and "#" in whole[1:] and _TAG_LINE.fullmatch(whole):
        return DROPPED
    return KEPT


def platform_topics(st: ReadState) -> int:
    """A platform's topic line a copy of a post keeps (小红书's `#建议提案办理[话题]#` tags, WeChat's collection entry
    `#建议提案办理 12个` under 收录于合集; conv25): the platform's marks, no heading and no text."""
    whole = st.whole
    if whole[0] == "#" and ("[话题]#" in whole or whole[-1:] == "个") and _PLATFORM_TOPICS.fullmatch(whole):
        return DROPPED
    return KEPT


def missing_page(st: ReadState) -> int:
    """Nougat's or OCRmyPDF's mark of a page it did not read: the page ends here (the warning is the reader's)."""
    whole = st.whole
    if whole[0] == "[" and whole.startswith(MISSING_MARKS) and MISSING_PAGE.fullmatch(whole):
        st.page = True
        return DROPPED
    return KEPT


def reference_definition(st: ReadState) -> int:
    """A reference link's definition: its address, no text."""
    whole = st.whole
    return DROPPED if st.signs.refs and whole[0] == "[" and defines_reference(whole, st.signs.refs) else KEPT


def simple_table_rule(st: ReadState) -> int:
    """pandoc's simple table: the head above a rule of dashes, one run a column (the rule under the last row
    closes it, as reST frames one); reST's `=` rule over a head is markup."""
    whole = st.whole
    if not (whole[0] in "-=" and " " in whole and SIMPLE_TABLE_RULE.match(whole)):
        return KEPT
    if st.simple is not None:
        st.simple = None  # the table's closing rule
        return DROPPED
    blocks = st.blocks
    head = blocks[-1] if blocks and not st.blank else None
    parts = SPACED_CELL_GAP.split(head.text) if head is not None else []
    if head is not None and head.cells is None and not head.table and len(parts) == len(whole.split()):
        st.tables += 1
        st.simple = (st.tables, len(parts))
        blocks[-1] = table_row(head, tuple(parts), st.tables)
        return DROPPED
    if whole[0] == "=":
        st.rule = True
        return DROPPED
    return KEPT


def latex_tabular(st: ReadState) -> int:
    """A LaTeX tabular's lines (Mathpix): its frame markup, its rows a table's."""
    whole = st.whole
    if not (st.signs.tabular and (st.latex or (whole[0] == "\\" and whole.startswith(LM.TABULAR_BEGIN)))):
        return KEPT
    read = LM.tabular_line(whole)
    if read is not False and whole.startswith(LM.TABULAR_BEGIN):
        st.tables += 1  # the table opens (its head row maybe on the same line)
        st.latex = st.tables
    if read is True:
        if whole.startswith("\\end"):
            st.latex = 0
        return DROPPED
    if read is not False:
        st.row(read, st.latex, blank=st.blank)
        return DROPPED
    st.latex = 0
    return KEPT


def adoc_delimiter(st: ReadState) -> int:
    """AsciiDoc's `|===`, opening or closing its table."""
    whole = st.whole
    if whole[0] == "|" and whole.startswith(ADOC_TABLE) and not whole.strip("|= "):
        if not st.adoc:
            st.tables += 1
        st.adoc = 0 if st.adoc else st.tables
        return DROPPED
    return KEPT


def adoc_row(st: ReadState) -> int:
    """A row of the AsciiDoc table under way (a blank line inside the table parts no rows)."""
    whole = st.whole
    if not (st.adoc and whole[0] == "|"):
        return KEPT
    first = not st.blocks or st.blocks[-1].table != st.adoc
    st.row(tuple(c.strip(EDGE_SPACE) for c in whole[1:].split("|")), st.adoc, blank=st.blank and first)
    return DROPPED


def simple_row(st: ReadState) -> int:
    """A row of the simple table under way, as many runs as its head; any other line ends the table."""
    if st.simple is None:
        return KEPT
    parts = SPACED_CELL_GAP.split(st.whole)
    if len(parts) == st.simple[1]:
        st.row(tuple(parts), st.simple[0], blank=st.blank)
        return DROPPED
    st.simple = None
    return KEPT


def code_fence(st: ReadState) -> int:
    """A code fence's line, in a text holding two: the block's frame, its lines the text."""
    whole = st.whole
    return DROPPED if st.signs.fences and whole[0] in "`~" and FENCE.fullmatch(whole) else KEPT


def rest_adornment(st: ReadState) -> int:
    """A reST section's underline (or overline): its level's mark, no text."""
    whole = st.whole
    return DROPPED if st.signs.rest and whole[0] == whole[-1] and LM.rest_adornment(whole) else KEPT


def image_name(st: ReadState) -> int:
    """An OCR app's line naming the next image: a page's start, no text."""
    whole = st.whole
    if st.signs.images and whole[0] in UNDERLINE_STARTS and whole[-1] in "=-" and ocr_text.image_name_line(whole):
        st.page = bool(st.blocks)
        return DROPPED
    return KEPT


def markdown_rule(st: ReadState) -> int:
    """Markdown's thematic break (---, ***, ___): a break before the next block."""
    whole = st.whole
    if whole[0] in _RULE_CHARS and _MARKDOWN_RULE.match(whole):
        st.rule = True
        return DROPPED
    return KEPT


def setext_underline(st: ReadState) -> int:
    """`======` under a heading: Markdown's other way of marking one."""
    whole = st.whole
    return DROPPED if whole[0] == "=" and _SETEXT_UNDERLINE.match(whole) else KEPT


def html_comment(st: ReadState) -> int:
    """An HTML comment on its own line (`<!-- more -->`), markup; a converter's page break ends the page. A line
    opening with one comment and closing with another holds the text between them (the clipboard's
    `<!--StartFragment-->…<!--EndFragment-->`: conv24, where the whole line was lost unsaid)."""
    whole = st.whole
    if whole[0] == "<" and whole.startswith("<!--") and whole.endswith("-->") and whole.find("-->") == len(whole) - 3:
        if _PAGE_BREAK_COMMENT.fullmatch(whole):
            st.page = True
        return DROPPED
    return KEPT


# A line of nothing but a page's root tags (`<html><body>`, `</body></html>`), in a text holding HTML: an HTML
# answer's frame (a vision model's QwenVL HTML in a fence; conv26), no words. Only the whole line: a notice naming
# `<body>` in a sentence keeps it.
# (conv27: and the structure roots of Acrobat's Export to XML, `<TaggedPDF-doc>`, `<Part>`, `<Sect>`, `<Art>`)
_ROOT_TAGS_LINE = lazyregex.compile(
    r"(?:</?(?:html|body|TaggedPDF-doc|Part|Sect|Art)(?:[ \t][^<>\n]{0,300})?>[ ]{0,2}){1,4}", regex.I
)


def root_tags(st: ReadState) -> int:
    """A line of a page's root tags alone (`<html><body>`, a tagged PDF's `<Part>`): markup."""
    return DROPPED if _ROOT_TAGS_LINE.fullmatch(st.whole) else KEPT


def markup_line(st: ReadState) -> int:
    """A lightweight markup's own line (a callout's fence, an attribute entry, an org setting)."""
    whole = st.whole
    return DROPPED if whole[0] in _MARKUP_LINE_STARTS and _MARKUP_LINE.match(whole) else KEPT


def html_table_rows(st: ReadState) -> int:
    """HTML table rows on the line, each a row of the table under way (which the line's `</table>` closes)."""
    whole = st.whole
    if st.signs.tags and "<" in whole and HTML_ROW.search(whole):
        rows = html_rows(whole)
        if rows:
            if not st.html_table:
                st.tables += 1
            st.html_table = 0 if HTML_TABLE_END.search(whole[whole.rfind("</tr") :]) else st.tables
            for cells in rows:
                st.row(cells, st.tables, blank=st.blank)
            return DROPPED
    elif st.html_table and HTML_TABLE_END.search(whole):
        st.html_table = 0
    return KEPT


def open_tag_half(st: ReadState) -> int:
    """An open tag's first half: markup, its second half opens the next line."""
    whole = st.whole
    if st.signs.tags and whole[0] == "<" and _OPEN_TAG_HALF.fullmatch(whole):
        st.tag_half = True
        return DROPPED
    return KEPT


def tag_closing_half(st: ReadState) -> int:
    """The second half of the tag the line above opened, before the line's words."""
    if not st.tag_half:
        return KEPT
    st.tag_half = False
    whole = st.whole
    closing = _TAG_CLOSING_HALF.match(whole)
    if closing is None:
        return KEPT
    rest = whole[closing.end() :]
    return st.cut(closing.end() + len(rest) - len(rest.lstrip(EDGE_SPACE)))


def chat_sender(st: ReadState) -> int:
    """A chat's sender line over a message, or its export's head."""
    whole = st.whole
    return DROPPED if st.signs.chat and (whole in st.signs.chat or CHAT_HEAD.fullmatch(whole)) else KEPT


def stamped_message(st: ReadState) -> int:
    """A chat export's stamp and sender opening a message's first line (WhatsApp's `16/08/2024, 18:30 - 周某: `): the
    chat's, the words after them the message's; a notice of the client's own (the stamp and no sender) leaves whole."""
    whole = st.whole
    if not (st.signs.stamped and (m := STAMPED_MESSAGE.match(whole)) is not None):
        return KEPT
    return DROPPED if m.group("sender") is None else st.cut(m.end())


def sms_part(st: ReadState) -> int:
    """An SMS part's count (`[2/3]`): the next part's sentence may go on; the part's first block says so."""
    whole = st.whole
    if not (st.signs.sms and whole[0] in "[(（【" and (part := SMS_PART.match(whole)) is not None):
        return KEPT
    next_part = part.group("k") != "1"  # the message's next part: its sentence may go on
    if st.cut(part.end()) == DROPPED:
        st.page = st.page or next_part
        return DROPPED
    if not next_part:
        return CHANGED
    st.page = True
    whole, at = st.whole, st.at
    f = st.folded_text[at : at + len(whole)]  # (`raw` opens with `whole` now)
    here = st.origin()
    st.blocks.append(Block(whole, (), (), (), st.blank, st.rule, True, _PART_HINTS, _UNSET, -1, f, None, 0, (), here))
    st.blank = st.rule = st.page = False
    return DROPPED


def mail_delimiter(st: ReadState) -> int:
    """RFC 3676's signature delimiter in a text that shows a mail: the mail's, read by rules.trailer.after."""
    if st.whole != "--":
        return KEPT
    st.mail = shows_mail(st.text) if st.mail is None else st.mail
    if not st.mail:
        return KEPT
    st.blocks.append(Block("--", (), (), (), st.blank, st.rule, st.page, MAIL_HINTS, origin=st.origin()))
    st.blank = st.rule = st.page = False
    return DROPPED


_MERGED_CELL = 8  # the shortest cell a merged copy is told by: two short cells alike are a table's (是, 合格)
# … a row of such copies, the text's sign (`Signs.merged`) that asks the rule of its lines
MERGED_ROW = lazyregex.compile(r"^[ \t]*(?P<cell>[^\t\n]{8,}?)[ ]*(?:\t[ ]*(?P=cell)[ ]*)+\r?$", regex.M)


def merged_cells(st: ReadState) -> int:
    """A table row printed by a script that gives a merged cell once per grid column it spans (python-docx's
    `row.cells`: the 版记's 抄送 row over two columns written twice, TAB between; conv25): every cell the same
    words, long enough to be no table's repeated short value. The row is the cell, once, and said (`merged_said`):
    a table's own row may hold one text in each column (diffread-B A10)."""
    whole = st.whole
    if "\t" not in whole:
        return KEPT
    cells = [c.strip(EDGE_SPACE) for c in whole.split("\t")]
    first = cells[0]
    if len(first) < _MERGED_CELL or any(c != first for c in cells[1:]):
        return KEPT
    st.merged.append(whole)
    skip = st.raw.find(whole)
    st.at += skip
    st.raw = st.raw[skip:]
    st.whole = first
    return CHANGED


_MERGED_QUOTE = 40  # the characters of the first row a `merged-cells` note quotes


def merged_said(rows: list[str]) -> tuple[str, str]:
    """The `text-repaired` note (`merged-cells`) for the rows `merged_cells` read once: a row whose cells all
    agree may also be a table's own (a 修订对照表's unchanged article, the same words in both columns), so
    the reading is a judgement and is said (diffread-B A10). One per text, span null, counting the rows and
    quoting the first as written."""
    first = rows[0].replace("\t", " | ")
    quoted = first if len(first) <= _MERGED_QUOTE else first[:_MERGED_QUOTE] + "…"
    return (
        "text-repaired",
        f"merged-cells: 表格行各列文字相同，按一个合并单元格读出一次：{len(rows)} 行，首行「{quoted}」 "
        f"(read {len(rows)} table row(s) whose cells all agree once, as one merged cell each)",
    )


def latex_heading(st: ReadState) -> int:
    """A LaTeX sectioning command alone on its line: its words are the block (its `}` and line end stay after)."""
    whole = st.whole
    if whole[0] != "\\" or (command := _LATEX_HEADING.fullmatch(whole)) is None:
        return KEPT
    words = str(command.group("words"))
    skip = st.raw.find(whole) + command.start("words") + len(words) - len(words.lstrip(EDGE_SPACE))
    st.at += skip
    st.raw = st.raw[skip:]
    st.whole = words.strip(EDGE_SPACE)
    return CHANGED if st.whole else DROPPED


def tool_element(st: ReadState) -> int:
    """unstructured's element category before its text; a page's header, footer or number it named, dropped."""
    whole = st.whole
    if not (st.signs.elements and whole[0] in _ELEMENT_STARTS and (element := _ELEMENT_LINE.match(whole)) is not None):
        return KEPT
    if element.group("category").lower() in ELEMENT_FURNITURE:
        st.page = st.page or element.group("category") == "PageBreak"
        return DROPPED  # a page's header, footer or number, as the tool itself named it
    return st.cut(element.end())


class LineRule(NamedTuple):
    """A row of `LINE_RULES`: the rule's name; the first characters of the lines it can read (None: any); the
    text's sign it needs (None: every text; `TEXT_SIGNS`); the state under way in which it reads a line
    whatever its first character (a bit of `ReadState.modes`, 0: none); the rule."""

    name: str
    starts: frozenset[str] | None
    sign: str | None
    mode: int
    read: Callable[[ReadState], int]


SIMPLE_TABLE, LATEX_TABLE, TAG_HALF = 1, 2, 4  # ReadState.modes' bits
TEXT_SIGNS = Signs._fields  # the signs' names, as a rule's row names the one it needs
_ANY = None
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("drawn-rule", DRAWN_RULE_STARTS, None, 0, drawn_rule),
    LineRule("page-mark", frozenset("{-=<"), None, 0, page_mark),
    LineRule("subtitle-line", frozenset("0123456789WNKLR[SPYCFTOUD;"), "subtitles", 0, subtitle_line),
    LineRule("roff-request", frozenset("."), "roff", 0, roff_request),
    LineRule("tool-banner", frozenset("EC"), "banner", 0, tool_banner),
    LineRule("note-tags", frozenset("#"), None, 0, note_tags),
    LineRule("platform-topics", frozenset("#"), None, 0, platform_topics),
    LineRule("missing-page", frozenset("["), None, 0, missing_page),
    LineRule("reference-definition", frozenset("["), "refs", 0, reference_definition),
    LineRule("simple-table-rule", frozenset("-="), None, 0, simple_table_rule),
    LineRule("latex-tabular", frozenset("\\"), "tabular", LATEX_TABLE, latex_tabular),
    LineRule("adoc-delimiter", frozenset("|"), None, 0, adoc_delimiter),
    LineRule("adoc-row", frozenset("|"), None, 0, adoc_row),
    LineRule("simple-row", frozenset(), None, SIMPLE_TABLE, simple_row),
    LineRule("code-fence", frozenset("`~"), "fences", 0, code_fence),
    LineRule("rest-adornment", _ANY, "rest", 0, rest_adornment),
    LineRule("image-name", UNDERLINE_STARTS, "images", 0, image_name),
    LineRule("markdown-rule", _RULE_CHARS, None, 0, markdown_rule),
    LineRule("setext-underline", frozenset("="), None, 0, setext_underline),
    LineRule("html-comment", frozenset("<"), None, 0, html_comment),
    LineRule("root-tags", frozenset("<"), "tags", 0, root_tags),
    LineRule("markup-line", _MARKUP_LINE_STARTS, None, 0, markup_line),
    LineRule("html-table-rows", _ANY, "tags", 0, html_table_rows),
    LineRule("open-tag-half", frozenset("<"), "tags", 0, open_tag_half),
    LineRule("tag-closing-half", frozenset(), "tags", TAG_HALF, tag_closing_half),
    LineRule("chat-sender", _ANY, "chat", 0, chat_sender),
    LineRule("sms-part", frozenset("[(（【"), "sms", 0, sms_part),
    LineRule("stamped-message", frozenset("[0123456789"), "stamped", 0, stamped_message),
    LineRule("mail-delimiter", frozenset("-"), None, 0, mail_delimiter),
    LineRule("latex-heading", frozenset("\\"), None, 0, latex_heading),
    LineRule("merged-cells", _ANY, "merged", 0, merged_cells),
    LineRule("tool-element", _ELEMENT_STARTS, "elements", 0, tool_element),
)
EVERY_RULE = False  # (tests: every rule asked of every line, the index switched off: the same blocks)

_Rules = tuple[tuple[int, Callable[[ReadState], int]], ...]


class LineRules:
    """The rules a text's lines are asked, indexed: `by_start[c]` the rules a line opening with `c` can need
    in this text, `anywhere` those of any other line; under a table or a tag half under way (`modes`), the
    rules of that state too. One index for each set of signs, shared by the texts showing it (most: none)."""

    def __init__(self, signs: frozenset[str]) -> None:
        self.rules = tuple((i, r) for i, r in enumerate(LINE_RULES) if EVERY_RULE or r.sign is None or r.sign in signs)
        self.starts = frozenset(c for _, r in self.rules if r.starts for c in r.starts)
        self.anywhere = self._for("", 0)
        self.by_start = {c: self._for(c, 0) for c in self.starts}
        self._modal: dict[tuple[str, int], _Rules] = {}

    def _for(self, c: str, modes: int) -> _Rules:
        return tuple(
            (i, r.read) for i, r in self.rules if EVERY_RULE or r.starts is None or c in r.starts or r.mode & modes
        )

    def modal(self, c: str, modes: int) -> _Rules:
        """The rules of a line opening with `c` under the state's `modes`."""
        key = (c if c in self.starts else "", modes)
        found = self._modal.get(key)
        if found is None:
            found = self._modal[key] = self._for(key[0], modes)
        return found

    def read(self, st: ReadState, rules: _Rules) -> bool:
        """The line under way read by `rules` in order: True where one dropped it (or made its block). A rule
        that changed the line's start hands it to the rules after it for its new first character."""
        while True:
            for at, read in rules:
                answer = read(st)
                if answer:
                    if answer == DROPPED:
                        return True
                    rules = tuple(r for r in self.modal(st.whole[0], st.modes()) if r[0] > at)
                    break
            else:
                return False


_INDEXES: dict[tuple[bool, ...], LineRules] = {}


def line_rules(signs: Signs) -> LineRules:
    """The index for a text showing `signs` (made once for each set of signs shown)."""
    shown = tuple(map(bool, signs))
    if EVERY_RULE:
        return LineRules(frozenset(name for name, on in zip(TEXT_SIGNS, shown, strict=True) if on))
    index = _INDEXES.get(shown)
    if index is None:
        names = frozenset(name for name, on in zip(TEXT_SIGNS, shown, strict=True) if on)
        index = _INDEXES[shown] = LineRules(names)
    return index
