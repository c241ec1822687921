"""The plain-text reader's questions of the whole text, asked before its lines: one named detector each.

A text scraped or converted on its way to us may show a tool's, a markup's or a record's signs (reST's `::`, a
crawler's escapes, an SMS's `[1/2]`, a chat's sender lines, a spreadsheet's quoted cells …); most show none, and
then the reader reads each line as it stands (`TextSigns.marked` false: its fast path). Each question is a row of
`DETECTORS`, in the order they are asked: its name (the `TextSigns` attribute it sets), the cheap sign that says it
may apply, and its full test. A new format's sign is one row.

The cheap signs are asked in one scan: the ASCII characters the text holds (`frozenset` of its ASCII projection,
which the reader makes once; a Chinese text holds about a tenth of its characters so), each row naming the ASCII
characters one of which its test needs the projection to hold. A row whose test finds nothing without one of them
is asked only where the scan saw one; the others (`sign` None: a non-ASCII mark, or a test that reads only earlier
rows' answers first) are asked of every text. Each full test is whole on its own: switching the scan off
(`SCAN = False`, tests/test_text_signs.py) asks every test of every text and reads every text the same.

The projection is of the text as it came (a crawler's record rewritten by the reader keeps its first one: the
questions ask it as they did before they were rows), the tests themselves of the text the reader reads.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import NamedTuple

import regex

from govdoc import lazyregex
from govdoc.charclass import IDEOGRAPHIC_SELECTORS, ZERO_WIDTH, ZERO_WIDTH_CHARS
from govdoc.lazyregex import at_most_two
from govdoc.readers import light_markup as LM
from govdoc.readers import ocr_text, sheet_text, word_text
from govdoc.readers.doc_comments import comment_list
from govdoc.readers.inline_marks import (
    ESCAPED_TAG,
    INLINE_MARKS,
    MARKDOWN_SIGN,
    SPACE_ENTITY,
    escapes_backslashes,
    has_inline_marks,
    has_markup_marks,
    reference_labels,
)
from govdoc.readers.messages import (
    CHAT_TIME,
    chat_senders,
    opens_chat,
    pasted_chat,
    sms_parts,
    stamped_chat,
    transcript_speakers,
)
from govdoc.readers.text_lines import CUE_TIME, ELEMENT_SIGN, FENCE, MERGED_ROW, ROFF_MACRO, Signs
from govdoc.readers.tool_lines import TID_TYPE

# The strings that show one of session 19's tools (reST's `::`, `.. `, `\ `; org's `#+`; Textile's block
# signatures; a code fence; a comment's anchor), searched in one scan by the standard engine
_TOOL_SIGNS = lazyregex.compile_plain(r"::|\.\. |\\ |#\+|h[12]\. |p>\. |\np\. |```|\[a\]")
_REST_SIGNS = frozenset(("::", ".. ", "\\ "))
_TEXTILE_SIGNS = frozenset(("h1. ", "h2. ", "p>. ", "\np. "))
# A Markdown heading's `#` run and a space opening a line: the writer's Markdown (readers.text's loose marks)
_ATX_SIGN = lazyregex.compile(r"^#{1,6}[ ][^\s#]", regex.M)
# What shows a text is AsciiDoc: its document title `= …` on the first line, a section `== …`, a
# table's `|===` or an attribute entry (`:lang: zh-CN`) opening a line. Only there do `= ` open a
# heading and ` +` end a line as a hard break (a plain text's line may end on a formula's plus).
_ASCIIDOC_SIGN = lazyregex.compile(
    r"\A=[ ][^=\s]|^==[ ][^=\s]|^\|===|^:!?[A-Za-z0-9_][\w-]{0,40}!?:(?:[ \t]|$)", regex.M
)
_BBCODE_CLOSING = lazyregex.compile(r"\[/(?:b|i|u|size|color|font|align|p|backcolor|indent|url|img|quote)\]", regex.I)
# What shows a wiki's headings: two lines or more each wrapped in two runs of `=` of one length (one such line is a
# frame round a page's words as often: `=== 第2页附表 ===`, leftovers25) (MediaWiki's `== 一、… ==`, pandoc's
# MediaWiki writer, DokuWiki's `====== … ======` and Zim's pages, which count their `=`s the other way round). Only
# there is a line opening on `=`s a heading's mark with its closing run (conv27).
_WIKI_HEADING_SIGN = lazyregex.compile(r"^(={1,6})[ \t]{0,4}[^=\s][^\n]{0,300}?[ \t]{0,4}(?<![=])\1[ \t]*\r?$", regex.M)
_FILLED_BULLET_LINE = lazyregex.compile(r"^[ \t]{0,8}●[ ]", regex.M)
# A converter's list of the links it numbered, at the text's end: lynx's (`[3]首页` in the text) under
# `References` (or `Visible links`), one `N. URL` line per link (`Hidden links:` and its own lines may follow);
# Crawl4AI's citations (`首页⟨1⟩` in the text) under a `## References` heading, one `⟨N⟩ URL: words` line per
# link, the words a copy of the link's own. Each tool's entry is a URL with its scheme: a text's own References
# list of `⟨1⟩ 《某办法》` (or `1. 《某办法》`) items, no links, is its notes and stays (diffread-B A2)
# The list is matched on the text as read, its line ends as saved: a CR before each LF (a text saved on
# Windows) is part of the line's end, as the reader's `splitlines` takes it (REVIEW26 R5).
# The heading and each entry are matched a line at a time (`_link_list`): one pattern holding the whole list to
# the text's end backtracked through every entry where a line after the list broke it, quadratic in the list
# (a 4 MB lynx dump with a line after its links took 15 s: diffread30 N4).
_LINK_HEADING = lazyregex.compile(r"^(?:References|Visible links:?|\#{1,6}[ ]References)[ \t]*\r?\n", regex.M)
_LINK_ENTRY = lazyregex.compile(
    r"[ \t]*(?:\d{1,5}\.[ \t]+[A-Za-z][A-Za-z0-9+.-]{0,15}:\S{1,2000}"
    r"|\u27e8\d{1,5}\u27e9[ \t]+[A-Za-z][A-Za-z0-9+.-]{0,15}:\S{1,2000}(?:[ \t][^\r\n]{0,300})?|Hidden links:)[ \t]*"
)
_BLANK_LINE = lazyregex.compile(r"[ \t]*")
_LINK_NUMBER = lazyregex.compile(r"^[ \t]*\u27e8?(\d{1,5})[.\u27e9]", regex.M)
# A pictograph (an emoji, not a Latin-1 sign such as ©) with its variation selector and joiners: a
# social-media copy's decoration before a heading (📌一、…), at a line's end, or a line of them (👇👇👇)
PICTOGRAPH = lazyregex.compile(r"(?:(?![\x00-\xff])\p{Extended_Pictographic})")
# Where a pictograph (`PICTOGRAPH`: past Latin-1, from ‼ U+203C on) or a zero-width character
# (`ZERO_WIDTH_CHARS`, the soft hyphen among them) may stand, in one class the standard engine scans as a
# bitmap: a text holding none (most) is asked neither question, so one scan stands for `regex`'s property
# look-up per character and nineteen `in` scans (tests/test_lean19.py holds the class to both, code point by
# code point). Its ranges are the pictographs' own, widened where that keeps them few, and leave out the signs
# a Chinese text writes (※ ① → √ ○ ● □ ■ ★ ☆; the CJK punctuation block but 〰 〽 ㊗ ㊙). The line separator
# (Word's manual line break) is the scan's too: the non-ASCII cheap signs in one class.
_WIDE_BMP = (
    ZERO_WIDTH_CHARS
    + "\u2028\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0"
    + "\u25fb-\u25fe\u2600-\u2604\u260e-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299"
)
_WIDE_ASTRAL = IDEOGRAPHIC_SELECTORS + "\U0001f000-\U0001fffd"  # past the BMP: the emoji, the ideographic selectors
MAY_PICTOGRAPH_OR_ZERO_WIDTH = lazyregex.compile_plain("[" + _WIDE_BMP + _WIDE_ASTRAL + "]")
# The class in two scans, as `may_be_wide` asks it: the standard engine keeps a class of characters all below
# U+10000 as a bitmap (one look-up a character), and one holding a character past them as its list of ranges,
# each tried in turn at every character; the two scans together cost about a third of the one (speed29).
_MAY_WIDE_BMP = lazyregex.compile_plain("[" + _WIDE_BMP + "]")
_MAY_WIDE_ASTRAL = lazyregex.compile_plain("[" + _WIDE_ASTRAL + "]")


def may_be_wide(text: str) -> bool:
    """`MAY_PICTOGRAPH_OR_ZERO_WIDTH` finds something in `text` (tests/test_speed29_once.py ties the two for
    every code point): the text's characters below U+10000 scanned by a bitmap, then those past it, where it
    holds any (`holds_astral`: most texts hold none, and the class's list of ranges cost some twenty
    instructions a character, 0.8 % of a text parse's, to find nothing)."""
    return _MAY_WIDE_BMP.search(text) is not None or (holds_astral(text) and _MAY_WIDE_ASTRAL.search(text) is not None)


def holds_astral(text: str) -> bool:
    """Whether `text` holds a character past U+FFFF: each takes two UTF-16 units, every other one (a lone
    surrogate too, passed as it is) one, so the encoding is longer than two bytes a character. One pass in C
    of a unit or two a character."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


# `antiword -f`'s bold: a whole line between single stars (`*一、监管情况*`). Two such lines or more show
# the format, and then single-star emphasis is read as in a Markdown text (`EMPHASIS`).
_STARRED_LINE = lazyregex.compile(r"^\*[^*\s][^*\n]{0,298}\*[ \t]*\r?$", regex.M)
# An RTF file's control words a converter that dropped only the braces left in the text: read as such only where
# at least `_MIN_RTF` lines end in `\par`, so a backslash in ordinary text (a path, a formula) stays.
_RTF_PAR_END = lazyregex.compile(r"\\par[ ]?\r?$", regex.M)
_MIN_RTF = 3
# A spreadsheet cell holding line breaks, copied out of Excel or WPS: the copy quotes it (`答复内容\t"关于…`
# on its first line, `…2024年6月13日"` at the end of its last). The label's cell is a line of its own,
# the cell's lines are the text, the quotes are the copy's. Only a quote right after a row's first
# cell and its tab opens such a cell, and only where a later line ends with a quote.
QUOTED_CELL_OPEN = lazyregex.compile(r"(?P<label>[^\t\"\n]{1,40})\t\"(?=[^\"\s])")


class TextSigns:
    """What the detectors found: one attribute per row of `DETECTORS` (its answer where the row was asked, its
    default, the class attribute, where the scan left it out), the text they asked and its ASCII projection, and
    whether any row marked the text (`marked`: it is no plain text, its lines' pieces are read one rule at a
    time)."""

    text: str
    asc: str
    record: object
    marked = False
    escaped = False  # (the reader's: a field's or a record's line breaks escaped, asked before a record is read)
    tool_signs: frozenset[str] = frozenset()
    rtf = False
    links: tuple[int, frozenset[str]] | None = None
    reviewed: tuple[int, frozenset[str]] | None = None
    inline = False
    highlights = False
    backslashes = True
    form_feeds = False
    wide = False
    soft_breaks = False
    hyphens = False
    tabs = False
    merged = False
    cell_marks = False
    zero_width = False
    entities = False
    emoji = False
    column_cells = False
    quoted_cells = False
    row_paragraphs = False
    rest = False
    rest_names: frozenset[str] = frozenset()
    org = False
    textile = False
    tabular = False
    images = False
    emphasis = False
    asciidoc = False
    wiki_headings = False
    tiddlywiki = False
    bbcode = False
    subtitles = False
    roff = False
    hard_breaks = False
    banner = False
    elements = False
    refs: frozenset[str] = frozenset()
    sms = False
    stamped = False
    chat: frozenset[str] = frozenset()
    fields = False
    quoting = False
    fences = False
    loose = False
    sub_bullets = False
    tags = False

    def __init__(self, text: str, asc: str, record: object) -> None:
        self.__dict__.update(_DEFAULTS)  # every answer the instance's own: the reader's reads of them stay fast
        self.text, self.asc, self.record = text, asc, record

    def line_signs(self) -> Signs:
        """The signs the line rules ask (readers.text_lines), each under its own name."""
        return Signs._make(_LINE_SIGNS(self))


_LINE_SIGNS = attrgetter(*Signs._fields)


# A Word field copied with its code shown (Alt+F9, or a converter writing both): the code in braces before its result
# (`{ DATE \\@ "yyyy年M月d日" \\* MERGEFORMAT }2025年4月3日`, `{ PAGE }`), named by one of Word's field names (conv29: a
# 落款's date field left its code before the date, which was then no date).
_FIELD_NAMES = (
    r"(?:DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE|EDITTIME|PAGE|NUMPAGES|SECTIONPAGES|PAGEREF|HYPERLINK|REF|NOTEREF"
    r"|MERGEFIELD|DOCPROPERTY|DOCVARIABLE|SEQ|FILENAME|STYLEREF|FORMTEXT|SYMBOL|INCLUDEPICTURE|INCLUDETEXT|LINK|QUOTE)"
)
BRACED_FIELD = lazyregex.compile(rf"\{{[ ]{{1,2}}{_FIELD_NAMES}(?![A-Za-z])[^{{}}\n]{{0,500}}?[ ]{{0,2}}\}}[ ]?")


class Detector(NamedTuple):
    """A row of `DETECTORS`: the `TextSigns` attribute it sets; the ASCII characters one of which its test needs
    the text's ASCII projection to hold; the earlier rows one of which its test needs to have answered (a
    dependent question: `highlights` only where `inline` found marks; `record`: where the reader read a
    crawler's record); the row is asked where either says it may apply, or of every text where both are
    empty. Then whether a true answer marks the text (its lines' pieces read one rule at a time,
    readers.text_pieces), and the full test."""

    name: str
    sign: str
    after: tuple[str, ...]
    marks: bool
    test: Callable[[TextSigns], object]


def _link_list(text: str) -> tuple[int, frozenset[str]] | None:
    """Where a text browser's list of the links it numbered starts, and their numbers: the list is
    the converter's, not the page's, and a `[N]` is a link mark only where the list names N.

    The list runs from its heading to the text's end, blank lines and entries only (one at least), so only the
    last heading can start one: each line after it is asked once (`_LINK_ENTRY`, `_BLANK_LINE`), linear in the
    text. A line ends on LF, a CR before it part of its end; the text's last piece (after its last LF) is empty or
    an entry."""
    headings = list(_LINK_HEADING.finditer(text))
    if not headings:
        return None
    heading = headings[-1]
    *ended, last = text[heading.end() :].split("\n")
    entries = 0
    for line in ended:
        line = line.removesuffix("\r")
        if _LINK_ENTRY.fullmatch(line) is not None:
            entries += 1
        elif _BLANK_LINE.fullmatch(line) is None:
            return None
    if last:
        if _LINK_ENTRY.fullmatch(last) is None:
            return None
        entries += 1
    if entries == 0:
        return None
    start = heading.start()
    return start, frozenset(n.group(1) for n in _LINK_NUMBER.finditer(text, start))


def _links(s: TextSigns) -> tuple[int, frozenset[str]] | None:
    asc, text = s.asc, s.text
    dump = ("References" in asc and "References" in text) or ("Visible links" in asc and "Visible links" in text)
    return _link_list(text) if dump else None


def _emphasis(s: TextSigns) -> bool:
    """Single-star or underscore emphasis: only in a text that shows other Markdown, org or Textile, or
    `antiword -f`'s starred lines."""
    text, asc = s.text, s.asc
    return ("*" in asc or "_" in asc) and (
        (s.inline and has_markup_marks(asc) and has_markup_marks(text))  # (a converter's marks alone show none)
        or "\n#" in text
        or "\n* " in text
        or text.startswith(("#", "* "))
        or "\n==" in text
        or ("*" in text and ("*\n" in text or "*\r" in text) and at_most_two(_STARRED_LINE.finditer(text)) == 2)
        or s.textile
        or s.org
    )


def _plus_breaks(s: TextSigns) -> bool:
    """Lines ending on ` +` (its `+` looked for first: a two-character search in CJK text is dear)."""
    asc, text = s.asc, s.text
    return "+" in asc and (" +\n" in asc or " +\r" in asc) and (" +\n" in text or " +\r" in text)


def _asciidoc(s: TextSigns) -> bool:
    """AsciiDoc's `=` headings and ` +` at a line's end: only in a text that shows AsciiDoc (diffread-A 8, 9)."""
    text = s.text
    return (_plus_breaks(s) or ("=" in s.asc and (text[:1] == "=" or "\n=" in text))) and (
        _ASCIIDOC_SIGN.search(text) is not None
    )


def _chat(s: TextSigns) -> frozenset[str]:
    """A chat export's sender lines, or a copy of its messages opened by a sender line (conv23), or a speech app's
    transcript's voice lines (conv30)."""
    text = s.text
    chat = chat_senders(text) if ":" in s.asc and opens_chat(text) and CHAT_TIME.search(text) else frozenset()
    if not chat and ":" in text[:200]:
        chat = pasted_chat(text) or transcript_speakers(text)  # (a speech app's transcript: conv30)
    return chat


_INLINE_STARTS = "".join(sorted({mark[0] for mark in INLINE_MARKS}))
# fmt: off
DETECTORS: tuple[Detector, ...] = (
    # the signs of session 19's tools, in one scan (eleven `in` tests cost three times as much)
    Detector("tool_signs", ":.\\#`[", (), False,
             lambda s: frozenset(_TOOL_SIGNS.findall(s.text)) if _TOOL_SIGNS.search(s.asc) else frozenset()),
    # an RTF file's control words, braces dropped
    Detector("rtf", "\\", (), True, lambda s: "\\par" in s.asc and "\\par" in s.text
             and len(_RTF_PAR_END.findall(s.text, 0, 200_000)) >= _MIN_RTF),
    # lynx's and Crawl4AI's numbered links and their list
    Detector("links", "RV", (), True, _links),
    # a word processor's comments listed under the text (readers.doc_comments): the list leaves, its anchors too
    Detector("reviewed", "[", (), True,
             lambda s: comment_list(s.text) if s.record is None and "[a]" in s.tool_signs else None),
    # inline Markdown and HTML marks (a text without any, most, skips their tests on every line)
    Detector("inline", _INLINE_STARTS, (), True, lambda s: has_inline_marks(s.asc) and has_inline_marks(s.text)),
    Detector("highlights", "", ("inline",), False,
             lambda s: s.inline and "==" in s.text and MARKDOWN_SIGN.search(s.text) is not None),
    # `\\` escapes one where the text shows Markdown (conv23), and in a JSON record, whose members' escapes
    # are JSON's (review23 R7: a UNC path's backslashes came out doubled)
    Detector("backslashes", "\\", (), False, lambda s: not s.inline or "\\\\" not in s.text or s.record is not None
             or escapes_backslashes(s.text)),
    Detector("form_feeds", "\f", (), False, lambda s: "\f" in s.asc),  # a PDF's text export's page ends
    # the non-ASCII signs' one class scan: pictographs, zero-width characters, the soft hyphen, U+2028
    Detector("wide", "", (), False, lambda s: may_be_wide(s.text)),
    # Word's manual line break (Shift+Enter), saved as a line separator or a vertical tab: the line
    # ends, its paragraph goes on below (`hints.soft_break`), as a .docx's w:br says
    Detector("soft_breaks", "\x0b", ("wide",), False, lambda s: "\x0b" in s.asc or (s.wide and "\u2028" in s.text)),
    # a line ending on a soft hyphen: a hyphenating tool broke a word there (`hints.hyphenated`)
    Detector("hyphens", "", ("wide",), False, lambda s: s.wide and "\u00ad" in s.text),
    Detector("tabs", "\t", (), False, lambda s: "\t" in s.asc),  # a spreadsheet copy's row ends on empty cells' TABs
    # a table's row a script printed with a merged cell once per grid column it spans (python-docx; conv25)
    Detector("merged", "\t", ("tabs",), True, lambda s: s.tabs and MERGED_ROW.search(s.text) is not None),
    # Word's object-model text (readers.word_text): a table cell's end mark's BEL is a line's edge
    Detector("cell_marks", word_text.CELL_MARK_EDGE, (), False,
             lambda s: word_text.shows_cell_marks(s.asc) and word_text.shows_cell_marks(s.text)),
    Detector("zero_width", "", ("wide",), True, lambda s: s.wide and ZERO_WIDTH.search(s.text) is not None),
    Detector("entities", "&", (), True, lambda s: "&" in s.asc
             and (SPACE_ENTITY.search(s.text) is not None or ESCAPED_TAG.search(s.text) is not None)),
    Detector("emoji", "", ("wide",), True, lambda s: s.wide and PICTOGRAPH.search(s.text) is not None),
    # a spreadsheet's copy (readers.sheet_text): a column's quoted cells holding a break, a row's paragraphs
    Detector("column_cells", '"', (), False, lambda s: '"' in s.asc and sheet_text.shows_column_cells(s.text)),
    Detector("quoted_cells", '"', (), True, lambda s: s.column_cells
             or ('\t"' in s.asc and '\t"' in s.text and QUOTED_CELL_OPEN.search(s.text) is not None)),
    Detector("row_paragraphs", "\t", (), True, lambda s: s.tabs and sheet_text.shows_row_paragraphs(s.text)),
    # reST's, org's and Textile's marks (readers.light_markup), each only in a text that shows the tool
    Detector("rest", "", ("tool_signs",), True,
             lambda s: not s.tool_signs.isdisjoint(_REST_SIGNS) and LM.shows_rest(s.text)),
    Detector("rest_names", "", ("rest",), False,
             lambda s: LM.rest_substitutions(s.text) if s.rest and "|" in s.text else frozenset()),
    Detector("org", "", ("tool_signs",), True, lambda s: "#+" in s.tool_signs and LM.shows_org(s.text)),
    Detector("textile", "", ("tool_signs",), True,
             lambda s: not s.tool_signs.isdisjoint(_TEXTILE_SIGNS) and LM.shows_textile(s.text)),
    Detector("tabular", "\\", (), True, lambda s: "\\" in s.asc and LM.shows_tabular(s.text)),  # a LaTeX tabular
    # an OCR app's lines naming each image (readers.ocr_text), between runs of `=` or `-`
    Detector("images", "=-", (), False,
             lambda s: ("===" in s.asc or "---" in s.asc) and ocr_text.image_names_shown(s.text)),
    Detector("emphasis", "*_", (), True, _emphasis),
    Detector("asciidoc", "+=", (), False, _asciidoc),
    # a TiddlyWiki tiddler (its type field: text/vnd.tiddlywiki): its `!` headings, its `"""` hard-line blocks
    Detector("tiddlywiki", "y", (), True,
             lambda s: "tiddlywiki" in s.asc and TID_TYPE.search(s.text, 0, 20_000) is not None),
    # a subtitle file's cues: two cue time lines or more (SRT, WebVTT), or an ASS script's events (its `[Script Info]`
    # head and a `Dialogue:` line)
    Detector("subtitles", ">[", (), True,
             lambda s: ("-->" in s.asc and at_most_two(CUE_TIME.finditer(s.text)) == 2)
             or (s.text.lstrip("\ufeff").startswith("[Script Info]") and "\nDialogue:" in s.text)),
    # groff's requests on lines of their own (pandoc's `-t ms`, a man page's source: `.LP`, `.SH 2`, `.pdfhref …`): two
    # of its macros in capitals or more (conv29)
    Detector("roff", ".", (), True, lambda s: "\n." in s.text and at_most_two(ROFF_MACRO.finditer(s.text)) == 2),
    # a forum's BBCode: two of its closing style tags or more (`[/size]`, `[/b]`, Discuz's `[/p]`)
    Detector("bbcode", "]", (), True,
             lambda s: "[/" in s.asc and at_most_two(_BBCODE_CLOSING.finditer(s.text)) == 2),
    Detector("wiki_headings", "=", (), True,
             lambda s: ("=\n" in s.text or "=\r" in s.text or s.text.endswith("="))
             and at_most_two(_WIKI_HEADING_SIGN.finditer(s.text)) == 2),
    Detector("hard_breaks", "+", (), True, lambda s: _plus_breaks(s) and s.asciidoc),
    # a converting library's banner, unstructured's categories, reference-style links: each asked only where
    # the text shows that tool (a search for several ASCII characters in CJK text costs several times one for
    # a single character, and ten times one in the projection)
    Detector("banner", "AS", (), True,
             lambda s: ("Aspose." in s.asc and "Aspose." in s.text) or ("Spire." in s.asc and "Spire." in s.text)),
    Detector("elements", "TL", (), True,
             lambda s: (("Text:" in s.asc and "Text:" in s.text) or ("ListItem:" in s.asc and "ListItem:" in s.text))
             and at_most_two(ELEMENT_SIGN.finditer(s.text, 0, 200_000)) == 2),
    Detector("refs", "]", (), True, lambda s: reference_labels(s.text)
             if "][" in s.asc and "]:" in s.asc and "][" in s.text and "]:" in s.text else frozenset()),
    Detector("sms", "/", (), True, lambda s: sms_parts(s.text) if "/" in s.asc else False),
    # a chat export stamping each message's first line (WhatsApp's)
    Detector("stamped", "/", (), True, lambda s: "/" in s.asc and ":" in s.asc and stamped_chat(s.text)),
    Detector("chat", ":", ("record",), True, _chat),
    # Word's field codes a .doc extractor wrote with their results
    Detector("fields", "HM{", (), True, lambda s: ("HYPERLINK" in s.asc and "HYPERLINK" in s.text)
             or ("MERGEFORMAT" in s.asc and "MERGEFORMAT" in s.text)
             or ("{" in s.asc and BRACED_FIELD.search(s.text) is not None)),
    # an earlier mail quoted under a reply
    Detector("quoting", ">", (), True,
             lambda s: ">" in s.asc and ("写道" in s.text or (" wrote:" in s.asc and " wrote:" in s.text))),
    # Markdown's code fences (an assistant's answer puts a document in one: ```text … ```): once the text
    # holds two fence lines, every fence line leaves (they are not paired: a third one goes too)
    Detector("fences", "", ("tool_signs",), True,
             lambda s: "```" in s.tool_signs and at_most_two(FENCE.finditer(s.text)) == 2),
    Detector("loose", "#", (), False, lambda s: "#" in s.asc and _ATX_SIGN.search(s.text) is not None),
    # a word processor's hollow bullet of a list's second level, under filled ones
    Detector("sub_bullets", "", (), True, lambda s: "●" in s.text and ("○" in s.text or "◦" in s.text)
             and _FILLED_BULLET_LINE.search(s.text) is not None),
    Detector("tags", "", ("inline",), False, lambda s: s.inline and "<" in s.text),  # HTML's tags (the line rules')
)
# fmt: on
_DEFAULTS = {d.name: getattr(TextSigns, d.name) for d in DETECTORS} | {"marked": False}
SCAN = True  # (tests: False asks every detector of every text, the one scan switched off: the same blocks)
# Each key (a sign's character, a row's name) with the rows it may call for, as bits of a mask (row k: bit k); the
# rows asked of every text; every sign's character
_CALLED: dict[str, int] = {}
for _k, _d in enumerate(DETECTORS):
    for _key in (*_d.sign, *_d.after):
        _CALLED[_key] = _CALLED.get(_key, 0) | 1 << _k
_ALWAYS = sum(1 << k for k, d in enumerate(DETECTORS) if not d.sign and not d.after)
_SIGN_CHARS = frozenset(c for d in DETECTORS for c in d.sign)
_EVERY_ROW = (1 << len(DETECTORS)) - 1


def detect(text: str, asc: str, record: object) -> TextSigns:
    """The detectors' answers for `text` (`asc` its ASCII projection, `record` where a crawler's record was
    read, else None), in the rows' order: those the one scan of the projection calls for (its characters met
    with the signs' in one set intersection), those asked of every text, and those an earlier row's true
    answer calls for. A row left out keeps its default (`TextSigns`' class attribute)."""
    found = TextSigns(text, asc, record)
    answers = found.__dict__  # (a row's answer stored without a call: most rows are left out, few answer)
    called = _CALLED
    asked = _ALWAYS | (called["record"] if record is not None else 0)
    for c in frozenset(asc) & _SIGN_CHARS:
        asked |= called[c]
    if not SCAN:
        asked = _EVERY_ROW
    while asked:
        low = asked & -asked
        asked ^= low
        name, _, _, marks, test = DETECTORS[low.bit_length() - 1]
        value = answers[name] = test(found)
        if value:
            asked |= called.get(name, 0)  # the rows that need this one's answer (always later rows)
            if marks:
                found.marked = True
    return found
