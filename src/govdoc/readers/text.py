"""Plain text and Markdown: a decoded string's lines to blocks (bytes are decoded by `readers.decoding`).

Markdown marks are understood in `.txt` and `.md` alike, because text scraped from portals
and converted documents carries them either way: `#` heading marks, `>` quotes, list bullets
and `---` rules are removed, `**bold**` / `__bold__` runs are kept as evidence for the
lead phrase of 一是 items, and a table (a `|` row over a delimiter row) becomes table rows.
A form feed, the page separator of a PDF's text export, is kept as the fact that a page ended.
Three rule tables do the reading's format work, each row named and easy to add, reorder or switch off: what the
whole text shows (a tool's, a markup's or a record's signs) is asked once by the detectors of `readers.text_signs`;
what a line is before its words are read (a drawn rule, a tool's mark, a table's row, a markup line …) by the line
rules of `readers.text_lines`, only those its first character and the text's signs call for; what a piece of a line
loses before it is a block's text (a Markdown prefix, entities, emphasis, inline marks …) by the piece rules of
`readers.text_pieces`. This module reads the file's head, walks the lines and cuts them into pieces, and makes the
blocks; a text no detector marked reads each line as it stands (the fast path).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

import regex

from govdoc import lazyregex
from govdoc.blocks import KEPT_TITLE, NO_HINTS, Block, Origin, Repairs, Zone
from govdoc.charclass import (
    EDGE_SPACE,
    HAN,
    LINE_EDGES,
)
from govdoc.fold import fold
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers import ocr_text, page_source, records, sheet_text, terminal_text, word_text

# kept here for the tests that import them from the text reader (the readers import `readers.decoding`)
from govdoc.readers.decoding import check_text as check_text
from govdoc.readers.decoding import decode as decode
from govdoc.readers.decoding import decode_repaired
from govdoc.readers.doc_comments import REVIEW_SIGN, comments_dropped, pandoc_reviews, tracked_changes
from govdoc.readers.gb_joins import NO_JOINS, Joins, place_joins
from govdoc.readers.inline_marks import (
    ESCAPED_TAG_BREAK,
)
from govdoc.readers.mail_text import (
    decoded_mail,
    decoded_subject,
    head_words,
    http_head_lines,
    mail_attachments,
    mail_lines,
    mail_subject,
    warc_head_lines,
)
from govdoc.readers.messages import (
    MAIL_SIGN,
    chat_lines_said,
    stamped_lines_said,
)
from govdoc.readers.text_lines import (
    DRAWN_RULE,
    DRAWN_RULE_STARTS,
    SHARED_LINES,
    UNDERLINE_STARTS,
    ReadState,
    merged_said,
)
from govdoc.readers.text_pieces import INDENTED, MD_PREFIX_CHARS, PieceReads, PieceState, piece_rules, read_piece
from govdoc.readers.text_records import (
    DIFF_OPENS,
    ELEMENT_WORDS_SIGN,
    ESCAPED_BREAK,
    JSON_CHAR,
    JSON_OPENS,
    diff_taken_away,
    held_line,
    json_char,
    json_elements,
    json_inside,
    json_record,
    member_origins,
    other_record,
    rich_text,
)
from govdoc.readers.text_signs import QUOTED_CELL_OPEN, detect
from govdoc.readers.text_tables import (
    BOX,
    drawn_tables,
    pipe_tables,
)
from govdoc.readers.tool_lines import (
    CONTENT_TYPE,
    CONVERTER_ALERT,
    FRONT_MATTER_OPENS,
    INLINE_CONTENTS_HEADING,
    READER_TAIL,
    UNRTF_HEAD,
    app_records,
    comment_lines,
    converter_alert_lines,
    extractor_metadata_lines,
    front_matter_lines,
    front_title,
    inline_contents_lines,
    kindle_clippings,
    missing_pages,
    note_head_lines,
    onenote_stamp,
    reader_head_lines,
    reprint_card_lines,
    tid_head_lines,
    xmp_packet_lines,
)

_WORD_LINE = lazyregex.compile(r"^[^\n\w]*\w", regex.M)
# A viewer's number before every line (`cat -n`: `     6\t`, an editor's `  6 │ `, `6: `), blank lines too
_VIEWER_NUMBER = lazyregex.compile(r"[ \t]{0,8}(\d{1,6})(?:\t|[ ]?[|│:][ ]?|[ ]{1,2}(?=\S)|(?=[\r\n]|$))")
# `grep -Hn` names the file before each line's number (`0418答复.txt:12:…`): the name, up to the colon before the number
_GREP_NAME = lazyregex.compile(r"[^\s:][^:\r\n]{0,200}:(?=\d{1,6}:)")
_MIN_NUMBERED = 5
_MIN_ESCAPED = 3
# An RTF file's control words a converter that dropped only the braces left in the text (`…如下：\par`,
# `\tab 您提出的…`, `\line`): markup, not text. Read as such only where at least `_MIN_RTF` lines end
# in `\par`, so a backslash in ordinary text (a path, a formula) stays.
_RTF_CONTROL = lazyregex.compile(r"\\(?:par|pard|tab|line|plain|cell|row|sect|page)(?![A-Za-z])-?\d{0,10}[ ]?")
_RTF_TRAIL = lazyregex.compile(r"(?:\\(?:par|line|cell|row|sect|page)(?![A-Za-z])[ ]?)+(?=[\r\n\f]*$)")
# HTML in Markdown (exports and editors write it raw): a line break or a block element's tag ends a
# line (某局<br>2024年7月15日, <p align="right">某局</p>); an inline element's tags are markup around text.
# A bare block tag a notice names (`页面的<div>标签之内`, `“<p>”元素`) is no markup: the naming word after it
# or the quotes around it say so (diffread-C C6); without them a tag between Han words is a CMS's or a
# scrape's paragraph break (…的通知<p>晋政发〔2018〕13号<p>各市、县人民政府：…, review21 R8).
_HTML_BLOCKS = r"(?:p|div|center|h[1-6]|li|tr|td|th|section|article|table|tbody|ul|ol|blockquote"
_HTML_BLOCKS += r"|aside|details|summary|figure|figcaption|header|footer|main)"
_HTML_BREAK_SHAPES = (
    rf"<br[ ]{{0,4}}/?>|</?{_HTML_BLOCKS}(?:[ \t][^<>\n]{{0,300}}|[ ]?/)>"
    rf"|(?<![“‘「『\"'])</?{_HTML_BLOCKS}>(?![ ]{{0,2}}(?:标签|标记|元素|节点|代码|tag)|[”’」』\"'])"
)
_HTML_BREAK = lazyregex.compile(_HTML_BREAK_SHAPES, regex.I)
# … and in a page's source saved as text (readers.page_source) the root's and the body's tags too: in any other
# text `<body>` is as likely a website notice's word as a tag; so are poppler's layout elements in its XHTML
# (`pdftotext -bbox-layout`: `<doc>`, `<page>`, `<flow>`, `<block>`, `<line>`, `<word xMin=…>`, conv25), which no
# HTML page holds
_PAGE_BREAK = lazyregex.compile(
    rf"{_HTML_BREAK_SHAPES}|</?(?:body|html|doc|page|flow|block|line|word)(?:[ \t][^<>\n]{{0,300}})?/?>", regex.I
)
# A wiki's forced line break inside a line, a doubled backslash between spaces after a non-ASCII word
# (Confluence's and Jira's `某市交通运输局 \\ 2024年8月16日`; DokuWiki's wants the space after it): a line's end
# (conv27). A path's backslashes stand between ASCII names.
_WIKI_BREAK = lazyregex.compile(r"(?<=[^\x00-\x7f])[ ]{0,2}\\\\[ ]{1,2}(?=[^\s\\])")
_ASS_BREAK = lazyregex.compile(r"\\[Nn]")  # an ASS dialogue's hard (`\N`) and soft (`\n`) line breaks
_QUOTED_CELL_REACH = 2000  # the lines a quoted cell may run over
_MARKED_STARTS = UNDERLINE_STARTS | MD_PREFIX_CHARS  # a line opening with none of them has no line mark
# … no drawn rule, no markup line (an outliner's `id::`, `collapsed::` too), no entity
_SLOW_STARTS = _MARKED_STARTS | DRAWN_RULE_STARTS | frozenset(":[&|{ic")


# The order in which the line loop hands Block its fields, all of them, without keywords: a call
# naming eight of them cost about half a microsecond more a line (tests/test_rule_speed.py ties it).
BLOCK_FIELDS = (
    "text",
    "bold",
    "gaps",
    "spaces",
    "blank_before",
    "rule_before",
    "page_before",
    "hints",
    "zone",
    "start",
    "folded",
    "cells",
    "table",
    "joins",
    "origin",
)
_UNSET = Zone.UNSET

_INDENT = "\u3000\u3000"
_INDENT_RUN = lazyregex.compile(r"[ \t]*\u3000{2,}[ \t\u3000]*")
_RUN_ON_LENGTH = 200
_RUN_ON_INDENTS = 3


def drop_drawn_rules(blocks: list[Block]) -> list[Block]:
    """A block reader's blocks without the lines that are a drawn rule in characters (━━━ under a 红头,
    ──── around a 版记), each marking a rule before the block after it, as the text reader reads them: a rule
    is drawn, never words, so the same document reads the same from a copy, a Word file or a web page."""
    kept: list[Block] = []
    rule = False
    for b in blocks:
        text = b.text.strip(EDGE_SPACE) if b.cells is None and b.text else ""
        if text and text[0] in DRAWN_RULE_STARTS and DRAWN_RULE.match(text):
            rule = True
            continue
        if rule:
            b.rule_before, rule = True, False
        kept.append(b)
    return kept


def text_reading(
    text: str, *, limits: Limits = DEFAULT_LIMITS, joins: Joins = NO_JOINS
) -> tuple[list[Block], list[tuple[str, str]]]:
    """`text_blocks` with the warnings for what the reader left out (Nougat's and OCRmyPDF's missing
    pages, an app's records, a comments' list): the one call both text paths make (readers.read_bytes and
    read_str), so that each warning is asked once, where the reader decides. `joins`: where the decoding
    joined lines a byte width cut (`decode_joined`), each set on its block (`place_joins`)."""
    said: list[tuple[str, str]] = []
    text = terminal_text.read_as_shown(text)  # (a terminal's overstrikes, escapes and ^Z: conv25)
    read = text
    heads: list[str] = []  # the words of the file's head the reader leaves out (`text_blocks` fills it)
    attached: list[str] = []
    if text[:1].isascii() and text[:1].isalpha() and ":" in text[:42]:
        if "filename" in text:
            attached = mail_attachments(text)  # a mail's attached files, left out (schema 1.11): said
        if "ncoding:" in text and (mail := decoded_mail(text, _decoded_part)) is not None:
            # a mail's body in base64 or quoted-printable (schema 1.11), read decoded
            text = mail[0] if mail[0] is not None else text
            said.append(("text-repaired", mail[1]))
            said.extend(mail[2])
        if "=?" in text[:20000] and (subject := decoded_subject(text)) is not None:
            # a mail's Subject in RFC 2047 encoded words, read as it reads: the kept title where the body has none
            text = subject
            said.append(("text-repaired", _SUBJECT_DECODED))
    held_at = 0  # the file's line a text read in place of the file's stands on (review29 R2, R9), 0: none
    clipped_at: list[int] = []  # … or the file's line of each of its lines
    if "==========" in text and (clippings := kindle_clippings(text)) is not None:
        text = clippings[0]  # Kindle's clippings: their words, the books' lines said (conv29)
        heads.extend(book for book in clippings[1] if HAN.search(book) is not None)
        clipped_at = clippings[2]  # … each line at the file's line it stands on (review29 R9)
    if text.lstrip()[:1] in JSON_OPENS and '\\"' in text and (inner := json_inside(text)) is not None:
        held_at = held_line(text, inner)
        text = inner  # a record holding a JSON answer as one escaped string (a HAR file's entry): that answer (conv29)
    elif text.lstrip()[:1] in JSON_OPENS and '"text"' in text and (joined := rich_text(text)) is not None:
        held_at = held_line(text, joined)
        text = joined  # a record's text as a list of rich-text pieces (Telegram's export): the pieces joined (conv29)
    if "[" in text and ("[MISSING_PAGE_" in text or "[OCR skipped" in text):
        said.extend(missing_pages(text))
    at = len(said)
    blocks = text_blocks(text, limits=limits, said=said, heads=heads)
    if held_at:  # every block of a text held in one member stands on the member's line of the file
        for b in blocks:
            b.origin = Origin((f"line:{held_at}",))
    elif clipped_at:
        for b in blocks:
            refs = b.origin.refs if b.origin is not None else ()
            b.origin = Origin(tuple(_file_line(ref, clipped_at) for ref in refs))
    said[at:at] = app_records(text, [*heads, *attached])  # (where 1.10 put it: before what the text's own marks said)
    if joins.offsets:  # (before what the reader said, as the decoding's count stood up to 1.10)
        said[:0] = place_joins(text, blocks, joins) if text is read else [joins.message(len(joins.offsets))]
    return blocks, said


def _file_line(ref: str, at_lines: list[int]) -> str:
    """A `line:N` reference of a text read in place of the file's, as the file's line (`at_lines`, 1-based)."""
    if ref.startswith("line:") and ref[5:].isdigit() and 0 < (n := int(ref[5:])) <= len(at_lines):
        return f"line:{at_lines[n - 1]}"
    return ref


_SUBJECT_DECODED = (
    "transfer-encoding: 邮件主题按 RFC 2047 编码解码 (a mail's Subject written in RFC 2047 encoded words read decoded)"
)


def _decoded_part(data: bytes) -> tuple[str, str, Repairs]:
    """A mail part's bytes naming no charset, read as a text file's are (`decode_repaired`, diffread-C C1)."""
    return decode_repaired(data, path=None)


def text_blocks(
    text: str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    said: list[tuple[str, str]] | None = None,
    heads: list[str] | None = None,
) -> list[Block]:
    """One block per non-blank line, Markdown marks removed and bold runs recorded.

    Counts blocks as it makes them, so a file of millions of short lines is refused at
    `limits.blocks` instead of filling memory first. What it leaves out unsaid by the text's own
    marks (a comments' list) is said in `said`, where given; the words of a file's head it leaves out
    (front matter, a mail's header, an extractor's or reader service's head) are put in `heads`, for
    `app_records` to say (schema 1.11: nothing a person wrote leaves unsaid).
    """
    limits.check("document_chars", len(text), what="characters")
    if text.count("\n") >= limits.blocks and sum(1 for _ in _WORD_LINE.finditer(text)) > limits.blocks:
        # every line with a letter or digit is a block: refuse before building any
        raise limits.exceeded("blocks", what="lines of text")
    folded_text = fold(text)  # once for the whole text; unchanged lines take their slice of it
    # The text's ASCII characters alone, in order (a Chinese text holds about a tenth of its characters
    # so): the marks of the tools and formats below are ASCII, and each is asked of this first. A single
    # character is in the text if and only if it is here; a longer mark the text holds is here too (what
    # stood between its characters was ASCII), so it is asked of the text only where it is here.
    asc = text.encode("ascii", "ignore").decode("ascii")
    lines = text.splitlines(keepends=True)
    if word_text.NON_BREAKING_HYPHEN in text:  # Word's non-breaking hyphen, which str.splitlines takes for a line's end
        lines = word_text.joined_at_hyphens(lines)
    origins = _line_origins(len(lines))
    # where each line's viewer number ends, when a viewer numbered the lines (None: it did not)
    viewer = (
        _viewer_numbers(lines)
        if len(lines) >= _MIN_NUMBERED and (text.lstrip(" \t")[:1].isdigit() or _GREP_NAME.match(text))
        else None
    )
    numbered = viewer is not None
    # line breaks escaped in one field: more `\n` escapes than real breaks, several of them
    escaped = "\\n" in asc and "\\n" in text and text.count("\\n") >= max(_MIN_ESCAPED, 3 * text.count("\n"))
    record = (
        json_record(text)
        if text.lstrip()[:1] in JSON_OPENS and (('":' in asc and '":' in text) or "=>" in asc)
        else None
    )
    if record is not None:  # only the record's title and text members are the document's: one line each
        escaped = escaped or any("\\n" in text[a:b] for a, b in record)
        lines = [text[a:b] for a, b in record]
        origins = member_origins(text, record)
    elif (
        (text[:1] in JSON_OPENS or (text[:1].isspace() and text.lstrip()[:1] in JSON_OPENS))
        and any(sign in text for sign in ELEMENT_WORDS_SIGN)
        and (listed := json_elements(text)) is not None
    ):
        record = listed  # a tool's list of elements: each one's text a line of the document, in order
        escaped = escaped or any("\\n" in text[a:b] for a, b in record)
        lines = [text[a:b] for a, b in record]
        origins = member_origins(text, record)
    doubled = False  # a CSV cell's quotes written twice
    if record is None and (other := other_record(text)) is not None:
        record, doubled = other  # a crawler's record in another shape (readers.records)
        escaped = escaped or any("\\n" in text[a:b] for a, b in record)
        lines = [text[a:b] for a, b in record]
        origins = member_origins(text, record)
    if doubled:
        lines = [line.replace('""', '"') for line in lines]
    if record is not None and (doubled or any("\\" in line for line in lines)):
        # schema 1.9: the record's escaped characters (\u738b as json.dumps writes them by default,
        # \" and \/) are its text's characters, read as a record written with them is; line
        # breaks and tabs stay escaped for the cuts below, and an escaped backslash stays as written
        if not doubled:
            lines = [JSON_CHAR.sub(json_char, line) if "\\" in line else line for line in lines]
        text = "\n".join(lines)
        folded_text = fold(text)
        starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        record = tuple((a, a + len(line)) for a, line in zip(starts, lines, strict=True))
    if record is None and text[:1] == "l" and (words := ocr_text.tesseract_lines(text)) is not None:
        # Tesseract's TSV: a word a row, the page's lines its words joined (readers.ocr_text); the text read is
        # those lines, each at the file's line its first word stands on
        lines = [line for _, line in words]
        origins = [Origin((f"line:{number}",)) for number, _ in words]
        text = "\n".join(lines)
        folded_text = fold(text)
        starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        record = tuple((a, a + len(line)) for a, line in zip(starts, lines, strict=True))
    left: list[str] = []  # … the words in Han such a dump holds where its lines are not read from
    if record is None and text.lstrip()[:1] == "<" and '="' in asc and (xml := records.xml_dump_lines(text, left)):
        # an XML dump whose words stand in attributes (MuPDF's stext, ALTO, OPML) or a character to an element
        # (pdfminer's XML): its lines, each at the file's line its first value stands on; what it holds in Han
        # elsewhere, left out, is said (diffread27 N2)
        if heads is not None:
            heads.extend(left)
        lines = [line for _, line in xml]
        origins = [Origin((f"line:{number}",)) for number, _ in xml]
        text = "\n".join(lines)
        folded_text = fold(text)
        starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        record = tuple((a, a + len(line)) for a, line in zip(starts, lines, strict=True))
    # the whole text's questions (readers.text_signs): each a named detector, asked where the one scan saw its sign
    found = detect(text, asc, record)
    front = front_matter_lines(text) if text.startswith(FRONT_MATTER_OPENS) else 0
    titled = front_title(text, front) if front and ("itle:" in text or "itle" in text[:2000]) else None  # its title
    tool_lines: frozenset[int] = frozenset()  # a tool's own lines inside the text (MIME's parts, a page's <head>)
    mailed = False
    if not front and text.startswith("HTTP/"):
        front = http_head_lines(text)  # an HTTP answer's head (curl -i)
    if not front and text.startswith("WARC/"):
        front = warc_head_lines(text)  # a WARC file's records above its page and the page's HTTP head
    if not front and ((text[:1].isascii() and text[:1].isalpha() and ":" in text[:42]) or text[:2] == "--"):
        front, tool_lines = mail_lines(text, limits)  # a mail's header (and MIME's lines) above the body (or a
        # forward's opening line over it)
        mailed = front > 0
        titled = mail_subject(text, front) if front else None  # … its subject, where the body has no title
    head_cut: tuple[int, int] | None = None  # a page source's head closing on a line its body goes on on
    # (the page may stand under a transport's head: curl -i's, a WARC file's records; conv26)
    page_at = 0 if not front or mailed else sum(len(line) for line in lines[:front])
    if (
        record is None
        and not mailed
        and text[page_at : page_at + 200].lstrip()[:1] == "<"
        and ("</head" in text or "</HEAD" in text)
    ):
        tool_lines, head_cut = page_source.head_cut(text, page_at)  # a page's source saved as text: its `<head>`
        if (tool_lines or head_cut) and heads is not None:
            heads.extend(page_source.head_words(text, tool_lines, head_cut))  # … its words in Han, said (diffread-C C2)
    if text.startswith(INLINE_CONTENTS_HEADING) and (contents := inline_contents_lines(lines)):
        tool_lines = tool_lines | contents  # a converter's inline contents list over the text (calibre's)
    if CONVERTER_ALERT in asc and (alerts := converter_alert_lines(lines)):
        tool_lines = tool_lines | alerts  # a converter's alert paragraph to its user (Docs to Markdown's)
    if "<!--" in text and (notes := comment_lines(lines)):  # comments over several lines (a converter's notes)
        tool_lines = tool_lines | notes
    html_source = bool(tool_lines or head_cut) and not mailed  # … whose table rows may go on over lines (row_end)
    settings = False  # inside a page source's <style> or <script> element (page_source.settings_line)
    row_joined = -1  # the last line a page source's table row took in with its first line
    if not front and text[:1].isascii() and text[:1].isalpha() and CONTENT_TYPE.search(text, 0, 20000):
        front = extractor_metadata_lines(text)
    if not front and found.tiddlywiki:
        front = tid_head_lines(text)  # a TiddlyWiki tiddler's fields above its text
    if not front and text[:2] == "<?" and "<?xpacket" in text[:400]:
        front = xmp_packet_lines(text)  # a file's XMP packet (Acrobat's Export to XML: above its tagged text)
    # OneNote's stamp under the page's title: its two lines (the title's is the text's)
    stamp = (1, 2) if onenote_stamp(text) else ()
    card = reprint_card_lines(text) if "章" in text and "以下文章来源于" in text else ()
    if not card and "Created:" in asc and "Created:" in text:
        card = note_head_lines(text)
    tail = len(lines)
    if not front and text.startswith("###"):
        unrtf = UNRTF_HEAD.match(text)
        front = unrtf.group().count("\n") + (0 if unrtf.group().endswith("\n") else 1) if unrtf else 0
    if not front and text.startswith(("Title:", "URL Source:")):
        front = reader_head_lines(text)
        summaries = READER_TAIL.search(text) if front else None
        tail = text.count("\n", 0, summaries.start()) if summaries is not None else tail
    if front and heads is not None:
        heads.extend(head_words(text, front, titled, mail=mailed))
    rtf, links, reviewed = found.rtf, found.links, found.reviewed
    if reviewed is not None:  # a word processor's comments listed under the text: the list leaves, its anchors too
        tail = min(tail, reviewed[0])
        if said is not None:
            said.append(comments_dropped(len(reviewed[1])))
    if said is not None and REVIEW_SIGN in text:
        said.extend(pandoc_reviews(text))  # a converter's revision and comment marks (conv25)
    if said is not None and text.startswith(DIFF_OPENS) and (changed := diff_taken_away(text)) is not None:
        said.append(tracked_changes(*changed))  # a diff's draft lines taken away: its new file read, as accepted
    ends = tail
    if links is not None:  # the dump's own list of URLs: no text of the page (as a Markdown link's URL)
        ends = text.count("\n", 0, links[0]) + (0 if links[0] == 0 or text[links[0] - 1] == "\n" else 1)
    # the answers the loop below asks itself (the piece rules ask theirs of `found`)
    inline, entities, quoting, org = found.inline, found.entities, found.quoting, found.org
    form_feeds, soft_breaks, hyphens, tabs = found.form_feeds, found.soft_breaks, found.hyphens, found.tabs
    edges = LINE_EDGES + word_text.CELL_MARK_EDGE if found.cell_marks else LINE_EDGES
    column_cells, quoted_cells, row_paragraphs = found.column_cells, found.quoted_cells, found.row_paragraphs
    quoted = False  # inside a quoted spreadsheet cell's lines
    if found.chat and heads is not None:
        heads.extend(chat_lines_said(text, found.chat))  # who wrote and when, a file sent: said (fixChat23)
    if found.stamped and heads is not None:
        heads.extend(stamped_lines_said(text))  # … each message's stamp and sender (conv27)
    attributed = False  # the line before was a client's attribution line
    found.escaped = escaped
    # what the piece rules read and move (readers.text_pieces), made at the first line that reaches them, and the
    # rules the text's signs call for with the first characters of the pieces they can change
    piece: PieceState | None = None
    piece_reads: PieceReads = ()
    piece_firsts: frozenset[str] | None = None
    gaps: Sequence[int]  # a piece's entity gaps and single spaces, its bold runs (readers.text_pieces)
    spaces: Sequence[int]
    bold: Sequence[tuple[int, int]]
    # a text no detector marked, with no viewer's numbers, escapes, app's stamp or card, tool's lines or kept title
    plain = not (found.marked or numbered or escaped or stamp or card or tool_lines or titled)
    blocks: list[Block] = []
    most = limits.blocks
    blank = False
    rule = False
    page = False  # a form feed (the page separator of a PDF's text export) since the last block
    # what the line rules read and move (readers.text_lines), made at the first line that may need one of them
    st: ReadState | None = None
    modal = False  # a table or a tag's half under way (`ReadState.modes`): its rules read every line
    pos = 0
    # One pass over the lines; a line of a plain text that opens with none of the marked characters is one block
    # as it stands (the fast path); the others are handed the line rules their first character calls for.
    # a record's members, a viewer's numbers, front matter, an app's stamp or card, a tail left out or
    # RTF control words: asked line by line only in a text that has one (one test a line in the others)
    lines_asked_one_by_one = (
        record is not None
        or viewer is not None
        or front > 0
        or bool(stamp or card or tool_lines)
        or head_cut is not None
        or ends < len(lines)
        or rtf
    )
    for number, raw in enumerate(lines):
        at = pos
        pos += len(raw)
        if lines_asked_one_by_one:
            if record is not None:  # a member's value, where it stands in the record
                at = record[number][0]
            if viewer is not None:  # the viewer's number, not the text's
                at += viewer[number]
                raw = raw[viewer[number] :]
                if not raw:
                    blank = True
                    continue
            if number < front:
                if titled is None or number not in titled:
                    continue  # the file's front matter, not the document's text
                cut = titled[number]
                at += cut[0]  # … but its title, where the text does not show it again
                raw = raw[cut[0] : cut[1]]
            if (stamp and number in stamp) or (card and card[0] <= number < card[1]):
                continue  # an app's stamp or card, not the document's text
            if tool_lines and number in tool_lines:
                continue  # a tool's own line (a mail's MIME boundaries and parts), not the document's text
            if head_cut is not None and number == head_cut[0]:
                at += head_cut[1]  # a one-line page: its head (and the tags before it) cut out of the line
                raw = raw[head_cut[1] :]
            if number >= ends:
                break
            if rtf and "\\" in raw:
                cut_at = _RTF_CONTROL.match(raw, len(raw) - len(raw.lstrip(" \t")))
                if cut_at is not None:
                    at += cut_at.end()  # a control word opening the line (`\tab 您提出的…`): an indent's markup
                    raw = raw[cut_at.end() :]
                # …如下：\par (a control word inside the line stays: its offsets would move)
                raw = _RTF_TRAIL.sub("", raw)
        whole = raw.strip(edges)  # a raw line holds line-end characters only at its end
        if html_source:  # a page source's lines (asked behind one test: most texts are none)
            if number <= row_joined:
                continue  # a line of a table row read with the row's first line
            if settings or whole[:1] == "<":
                setting, settings = page_source.settings_line(whole, settings, lines, number)
                if setting:
                    continue  # a <style>'s or a <script>'s line in the page's body: its settings, no words
            if "<" in whole and (end := page_source.row_end(lines, number)) > number:
                whole = "".join(line.strip(LINE_EDGES) for line in lines[number : end + 1])
                # (Tika's XHTML: `<tr>\t<td><p>类别</p>` ⏎ `</td>…</tr>`: one row's lines; joined with no break,
                # as row_end joins only rows whose cells hold one paragraph each: no two paragraphs of a cell meet)
                row_joined = end
            elif whole[:1] == "<" and page_source.only_tags(whole):
                continue  # the page's root, `<body>`, `</body></html>`: markup, no words
        if not whole:
            blank = True
            if modal and st is not None:
                st.simple = None  # a simple table ends at a blank line
                modal = st.latex != 0 or st.tag_half
            if form_feeds and "\f" in raw:
                page = True
            continue
        if plain and not modal and whole[0] not in _SLOW_STARTS and len(whole) < _RUN_ON_LENGTH:
            if len(blocks) >= most:
                raise limits.exceeded("blocks", what="lines of text")
            start = at if raw[0] == whole[0] else at + raw.find(whole)
            origin = origins[number] if number < SHARED_LINES else Origin((f"line:{number + 1}",))
            f = folded_text[start : start + len(whole)]
            hints = NO_HINTS if start == at or not _indented(raw, start - at) else INDENTED
            blocks.append(Block(whole, (), (), (), blank, rule, page, hints, _UNSET, -1, f, None, 0, (), origin))
            blank = rule = page = False
            if soft_breaks and raw[-1] in _SOFT_BREAKS:
                blocks[-1].hints = replace(hints, soft_break=True)
            if hyphens and _hyphen_end(raw):
                blocks[-1].hints = replace(blocks[-1].hints, hyphenated=True)
            if tabs and (after := _tabs_after(raw)):
                blocks[-1].hints = replace(blocks[-1].hints, tabs_after=after)
            if form_feeds and "\f" in raw:
                page = True  # a form feed ends a line: the page ends after it
            continue
        # the line rules (readers.text_lines) its first character, the text's signs and the tables under way allow
        if st is None:
            st = ReadState(text, folded_text, origins, limits, blocks, found.line_signs())
        index = st.index
        rules = index.by_start.get(whole[0], index.anywhere) if not modal else index.modal(whole[0], st.modes())
        if rules:
            st.number, st.raw, st.at, st.whole, st.blank, st.rule, st.page = number, raw, at, whole, blank, rule, page
            dropped = index.read(st, rules)
            blank, rule, page = st.blank, st.rule, st.page
            modal = st.simple is not None or st.latex != 0 or st.tag_half
            if dropped:
                continue
            raw, at, whole = st.raw, st.at, st.whole
        line_start = at if raw[0] == whole[0] else at + raw.find(whole)
        origin = origins[number] if number < SHARED_LINES else Origin((f"line:{number + 1}",))
        made = len(blocks)
        quoted_mail = attributed and whole[0] == ">" and bool(blocks)  # the first line of an earlier mail quoted
        # (a client's attribution line, `On … wrote:` / `在 … 写道：`, over the earlier mail it quotes: under a
        # reply written on top, the quoted mail is another message; its first quoted line is marked as a
        # mail's delimiter is, rules.trailer.after: nothing under it is the document's contact or 版记)
        attributed = quoting and whole[-1] in ":：" and whole[0] != ">" and MAIL_SIGN.search(whole) is not None
        pieces = _paragraphs_of(whole) if len(whole) >= _RUN_ON_LENGTH else ((0, whole),)
        if quoted_cells:
            if quoted and whole.endswith('"') and whole.count('"') % 2:  # its own quotes paired, the last one closes
                quoted = False
                pieces = [(0, whole[:-1].rstrip(EDGE_SPACE))] if len(whole) > 1 else []
            elif (
                not quoted
                and (cell := QUOTED_CELL_OPEN.match(whole))
                and whole.count('"') % 2  # the opening quote is left unpaired on its line
                and _closes_below(lines, number)
            ):
                quoted = True
                pieces = [(0, str(cell.group("label")).strip(EDGE_SPACE)), (cell.end(), whole[cell.end() :])]
            elif (
                column_cells
                and not quoted
                and whole[0] == '"'
                and whole.count('"') % 2
                and len(whole) > 1
                and _closes_below(lines, number)
            ):
                quoted = True  # a column copy's cell opening its line (readers.sheet_text)
                pieces = [(1, whole[1:])]
        if row_paragraphs and "\t" in whole and (parted := sheet_text.row_paragraphs(whole)) is not None:
            pieces = parted
        if escaped and "\\n" in whole:
            pieces = _cut_at(list(pieces), ESCAPED_BREAK)
        if inline and "<" in whole and (tag_breaks := _PAGE_BREAK if html_source else _HTML_BREAK).search(whole):
            pieces = _cut_at(list(pieces), tag_breaks)
        if found.subtitles and "\\N" in whole:
            pieces = _cut_at(list(pieces), _ASS_BREAK)  # an ASS dialogue's hard break (`\N`)
        if inline and "\\\\ " in whole and _WIKI_BREAK.search(whole):
            pieces = _cut_at(list(pieces), _WIKI_BREAK)
        if entities and "&lt;" in whole and ESCAPED_TAG_BREAK.search(whole):
            pieces = _cut_at(list(pieces), ESCAPED_TAG_BREAK)
        if piece is None:
            piece = PieceState(found, lines)
            piece_reads, piece_firsts = piece_rules(found)
        piece.number, piece.quoted_mail = number, quoted_mail
        for offset, line in pieces:
            start = line_start + offset
            original = line
            if piece_firsts is not None and line[0] not in piece_firsts:
                hints, gaps, spaces, bold, entity_indent = NO_HINTS, (), (), (), False  # no piece rule changes it
            else:  # the piece rules the text's signs and its first character call for (readers.text_pieces)
                read = read_piece(piece, line, offset, blank, piece_reads)
                if not read:
                    continue
                line, hints, gaps, spaces, bold = read, piece.hints, piece.gaps, piece.spaces, piece.bold
                entity_indent = piece.entity_indent
            if (offset == 0 and line_start > at and _indented(raw, line_start - at)) or entity_indent:
                hints = replace(hints, indent=True)
            folded = folded_text[start : start + len(line)] if line is original else fold(line)
            if len(blocks) >= most:
                raise limits.exceeded("blocks", what="lines of text")
            # Block's fields in order (BLOCK_FIELDS; no keywords: naming arguments cost as much as the rest of the call)
            blocks.append(
                Block(line, bold, gaps, spaces, blank, rule, page, hints, _UNSET, -1, folded, None, 0, (), origin)
            )
            blank = rule = page = False
        if titled is not None and number in titled and len(blocks) > made:
            blocks[-1].hints = replace(blocks[-1].hints, markup=KEPT_TITLE)  # the head's title: it may give way
        if soft_breaks and raw[-1] in _SOFT_BREAKS and len(blocks) > made:
            blocks[-1].hints = replace(blocks[-1].hints, soft_break=True)
        if hyphens and len(blocks) > made and _hyphen_end(raw):
            blocks[-1].hints = replace(blocks[-1].hints, hyphenated=True)
        if tabs and len(blocks) > made and (after := _tabs_after(raw)):
            blocks[-1].hints = replace(blocks[-1].hints, tabs_after=after)
        if form_feeds and "\f" in raw:
            page = True  # a form feed ends a line: the page ends after it
    if st is not None and st.merged and said is not None:
        said.append(merged_said(st.merged))  # rows whose cells agree, read once: a judgement, said
    if "|" in text or "+-" in text or BOX.search(text):
        blocks = pipe_tables(drawn_tables(blocks), framed=org)
    return blocks


def _closes_below(lines: list[str], number: int) -> bool:
    """Whether a line below line `number` ends with a quote left unpaired on it, closing a
    spreadsheet cell that line opened (a quote inside the cell is doubled, so paired)."""
    for ln in lines[number + 1 : number + _QUOTED_CELL_REACH]:
        line = ln.rstrip(LINE_EDGES)
        if line.endswith('"') and line.count('"') % 2:
            return True
    return False


_SOFT_BREAKS = "\u2028\x0b"


def _tabs_after(raw: str) -> int:
    """The TABs among the spaces after the raw line's last word: the empty cells a spreadsheet's or a
    Word table's copy ends a row with (`人员经费\t120\t118\t`, its 备注 cell blank), which the block's
    text, stripped at its edges, no longer shows (rules.body_tables counts them back)."""
    return raw.count("\t", len(raw.rstrip(LINE_EDGES)))


def _hyphen_end(raw: str) -> bool:
    """The raw line ends on a soft hyphen (line-end characters and spaces aside)."""
    return raw.rstrip(" \t\r\n\u3000")[-1:] == "\u00ad"


def _indented(raw: str, lead: int) -> bool:
    """The `lead` characters that open the raw line before its text hold an indent (a 全角 space, a
    no-break space, an en or em space, a tab, two spaces; not a lone space, a byte-order mark or a
    zero-width character): the line opens a paragraph where the text marks them. Written out as
    `in` scans: a generator over the marks cost more than the scans."""
    p = raw[:lead]
    return "\u3000" in p or "\xa0" in p or "\t" in p or "  " in p or "\u2002" in p or "\u2003" in p


_ORIGINS: list[Origin] = []


def _line_origins(count: int) -> list[Origin]:
    """Where each line stands (`line:1` for the first), for the first `count` lines up to
    `SHARED_LINES`: the same for every text, and immutable, so made once per line number and
    shared (making one cost about as much as the rest of a line's reading). Lines past them,
    which only a very long file has, get their own.

    A longer list is a new one, bound in one step: threads reading at once never grow one list
    from the same length, and each gets a list in order (whichever is bound last stays)."""
    global _ORIGINS
    shared = _ORIGINS
    if len(shared) < min(count, SHARED_LINES):
        shared = shared + [Origin((f"line:{n + 1}",)) for n in range(len(shared), min(count, SHARED_LINES))]
        _ORIGINS = shared
    return shared


def _paragraphs_of(line: str) -> list[tuple[int, str]]:
    """A run-on line (a page's text saved with its line breaks lost) cut at its paragraph indents.

    The 全角 double space that opens every paragraph of a 公文 survives where the breaks did
    not; a long line with several of them inside is several paragraphs.
    """
    # fewer than twice as many ideographic spaces hold fewer indents: one character is counted fast
    if len(line) < _RUN_ON_LENGTH or line.count("\u3000") < 2 * _RUN_ON_INDENTS:
        return [(0, line)]
    if line.count(_INDENT) < _RUN_ON_INDENTS:
        return [(0, line)]
    pieces: list[tuple[int, str]] = []
    pos = 0
    for m in _INDENT_RUN.finditer(line):
        if m.start() > pos:
            pieces.append((pos, line[pos : m.start()]))
        pos = m.end()
    if pos < len(line):
        pieces.append((pos, line[pos:]))
    return [(at, piece) for at, piece in pieces if piece.strip(EDGE_SPACE)]


def _viewer_numbers(lines: list[str]) -> list[int] | None:
    """Where each line's number ends, when every line opens with a number one more than the line
    above's (a viewer numbered them, blank lines too): the numbers are the viewer's. None otherwise:
    a text's own numbered lines skip its other lines. (The read cuts each line there: one match a line.)

    Two viewers' shapes more: `grep -Hn` writes the file's name and a colon before every number (the
    same name on every line, so it is the tool's); a layout's line numbers printed in a page's margin
    (Word's Line Numbers, restarting each page) start again at 1 after a form feed, the page's end, which
    stays to end the page."""
    grep = _GREP_NAME.match(lines[0])
    name = grep.group() if grep is not None else ""
    ends: list[int] = []
    n = -1
    page_end = False
    for k, raw in enumerate(lines):
        if raw.strip(LINE_EDGES) == "" and "\f" in raw and k:
            ends.append(0)  # a page's end between numbered lines: kept as it stands
            page_end = True
            continue
        if name and not raw.startswith(name):
            return None
        m = _VIEWER_NUMBER.match(raw, len(name))
        if m is None:
            return None
        got = int(m.group(1))
        if k == 0 or (page_end and got == 1):
            n = got
        elif got != n + 1:
            return None
        else:
            n = got
        page_end = False
        ends.append(m.end())
    return ends


def _cut_at(pieces: list[tuple[int, str]], breaks: regex.Pattern[str]) -> list[tuple[int, str]]:
    """Pieces of a line cut where `breaks` matches (its `<br>` tags, or `\n` escaped as two
    characters), each with its offset in the line."""
    out: list[tuple[int, str]] = []
    for at, piece in pieces:
        pos = 0
        for m in breaks.finditer(piece):
            out.append((at + pos, piece[pos : m.start()]))
            pos = m.end()
        out.append((at + pos, piece[pos:]))
    # each piece's offset moves past the spaces stripped from its start, so its folded slice stays aligned
    return [(at + len(p) - len(p.lstrip(EDGE_SPACE)), p.strip(EDGE_SPACE)) for at, p in out if p.strip(EDGE_SPACE)]
