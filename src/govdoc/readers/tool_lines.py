"""A tool's or an app's own lines around a text: front matter, an extractor's metadata, unrtf's comments,
a reader service's header and summaries, a note app's record, OneNote's stamp, WeChat's reprint card,
a converter's marks of pages it did not read; and the warnings saying what the reader left out of them.

Split out of readers.text (session 22, as app_heads.py; named for what it holds in session 23).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from govdoc import lazyregex
from govdoc.charclass import HAN
from govdoc.lazyregex import at_most_two
from govdoc.model import RepairKind
from govdoc.readers.mail_text import kept_title
from govdoc.readers.mail_text import line_start as _nth_line_start

# YAML front matter that static-site and note tools put before a Markdown file's text: the file's own
# data (title, date, tags), closed by `---` or `...`, with `key: value` lines.
# (conv26: also TOML front matter between `+++` lines, as Hugo writes a page's: `title = "…"`, `date = …`)
_FRONT_MATTER = lazyregex.compile(
    r"\A(?:---[ \t]*\r?\n(?P<yaml>(?:[^\n]{0,400}\n){0,60}?)(?:---|\.\.\.)"
    r"|\+\+\+[ \t]*\r?\n(?P<toml>(?:[^\n]{0,400}\n){0,60}?)\+\+\+)[ \t]*(?:\r?\n|\Z)"
)
_YAML_KEY = lazyregex.compile(r"^[A-Za-z_][\w-]{0,40}[ ]{0,4}:", regex.M)
_TOML_KEY = lazyregex.compile(r"^[A-Za-z_][\w-]{0,40}[ ]{0,4}=[ ]{0,4}\S", regex.M)
FRONT_MATTER_OPENS = ("---", "+++")
# … whose `title:` (`title = "…"`) is the document's title where the text does not repeat it (`front_title`)
_FRONT_TITLE = lazyregex.compile(
    r"^(?i:title)(?::|[ ]{0,4}=)[ \t]{1,4}(?P<q>[\"']?)(?P<v>[^\n\"']{1,300})(?P=q)[ \t]*\r?$", regex.M
)
# The file's metadata a text extractor prints above the text (Apache Tika's `--metadata --text`,
# textract): a run of `Key: value` lines at the start, keys in Latin letters (with `-`, `_` and
# namespace colons: `dcterms:created`, `X-TIKA:Parsed-By`), closed by a blank line. Only a run that
# names the file's `Content-Type` is one: the document's own lines never do.
_EXTRACTOR_META = lazyregex.compile(
    # (a key may hold a space: Tika's `Character Count`, `Last-Save-Date` beside `meta:save-date`; session 21)
    r"\A(?:[A-Za-z][\w.-]{0,40}(?:[ ][A-Za-z][\w.-]{0,20}){0,2}(?::[A-Za-z][\w.-]{0,40}){0,2}:[ \t][^\n]{0,2000}\r?\n)"
    r"{2,200}?(?:[ \t]*\r?\n|\Z)"
)
CONTENT_TYPE = lazyregex.compile(r"^Content-Type:[ \t]", regex.M)
# unrtf's own comment lines above the text it made (`###  Translation from RTF performed by UnRTF,
# version 0.21.10`, `### font table contains 3 fonts total`, `### creation date: …`), blank lines and
# its rule of dashes under them: the converter's, named by its first line.
UNRTF_HEAD = lazyregex.compile(
    r"\A###[ ]{1,2}Translation from RTF performed by UnRTF[^\n]{0,200}\n(?:###[^\n]{0,300}\n)*"
    r"(?:[ \t]*\r?\n)*(?:-{5,}[ \t]*(?:\r?\n|\Z))?"
)
# A reader service's header above the page it fetched (Jina reader, readability front ends): `Title:`
# (the page's <title>), `URL Source:`, `Published Time:` …, each maybe followed by blank lines, closed
# by `Markdown Content:` (or `Text Content:`) alone on its line. Only a run that names the page's `URL
# Source` and is closed by that label is one: the service's lines, not the page's.
_READER_HEAD = lazyregex.compile(
    r"\A(?:[A-Z][A-Za-z]{0,20}(?:[ ][A-Za-z]{1,20}){0,3}:[ \t][^\n]{0,2000}\r?\n(?:[ \t]*\r?\n){0,3}){1,12}?"
    r"(?:Markdown|Text|HTML)[ ]Content:[ \t]*(?:\r?\n|\Z)"
)
# A note app's own lines above the note it exported (Evernote-like: `Created: 2024-06-05 10:12:33
# +0800`, `Updated: …`, `Tags: …`, `Source URL: https://…`, `Notebook: …`), named by a `Created:`
# line with its date: the app's record of the note, not the document's.
# Notion's export writes a database page's properties so too, under the page's title (`Created: June
# 5, 2024 10:12 AM`, `Tags: 提案答复`, `Status: 已办结`): a run of such lines with capitalised ASCII keys,
# at the file's start or under its first line, named by its `Created:` date.
# Only the apps' own keys are theirs: any other key's value may be the document's words (Title:, Subject:
# 关于…的答复, Summary: 2024年全县…。: review18 R8), and a run stops above such a line.
_NOTE_KEY = (
    r"(?:Created|Updated|Modified|Last[ ][Ee]dited(?:[ ](?:time|by))?|Last[ ][Mm]odified|Created[ ](?:time|by)"
    r"|Tags|Notebook|Source(?:[ ]URL)?|URL|Author|Location|Status|Reminder|Latitude|Longitude|Altitude)"
)
_NOTE_HEAD = lazyregex.compile(rf"(?:{_NOTE_KEY}:[ \t][^\n]{{0,2000}}\r?\n){{2,12}}")
_NOTE_CREATED = lazyregex.compile(
    r"^Created:[ \t]{1,4}(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|[A-Z][a-z]{2,8}[ ]\d{1,2},[ ](?:19|20)\d{2})",
    regex.M,
)
_UNDER_FIRST_LINE = lazyregex.compile(r"[^\n]{0,300}\n(?:[ \t]*\r?\n){0,3}")
# Nougat's mark where it read no page (`[MISSING_PAGE_FAIL:2]`: the model failed; `[MISSING_PAGE_POST]`:
# its output for the page was cut; `[MISSING_PAGE_EMPTY:3]`: the page was blank): no text, a page's end;
# the text of a page it failed on is missing from the document, as a scanned page no OCR read
# (`missing_pages`: a `pages-without-text` warning).
MISSING_PAGE = lazyregex.compile(
    r"\[MISSING_PAGE_(?P<why>FAIL|EMPTY|POST)(?::(?P<page>\d{1,5}))?\]"
    # OCRmyPDF's sidecar holds only this for a page it did not read (`--skip-text`: the page had text,
    # which the sidecar does not carry): the page's text is missing from the file, as a failed page's
    r"|\[OCR[ ]skipped[ ]on[ ]page(?:\(s\))?[ ](?P<page>\d{1,5}(?:-\d{1,5})?(?:,[ ]?\d{1,5}(?:-\d{1,5})?){0,50})\]"
)
MISSING_MARKS = ("[MISSING_PAGE_", "[OCR skipped on page")
# OneNote's stamp of a page, under the page's title as it is copied out: the date with its weekday and
# the clock time, a line each (2024年6月5日 星期三 ⏎ 10:12), set apart from the page's text by a blank
# line as the copy gives the page's head; the app's, no date of the document. A notice that prints its
# meeting's date and hour under its title and goes straight on keeps them (diffread-A A4).
_ONENOTE_STAMP = lazyregex.compile(
    r"\A[^\n]{1,300}\n(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ ]{1,2}星期[一二三四五六日天]"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ ][A-Z][a-z]{2,8}[ ]\d{1,2},[ ](?:19|20)\d{2})[ \t]*\r?\n"
    r"\d{1,2}:\d{2}(?:[ ]?[AP]M)?[ \t]*\r?(?:\Z|\n[ \t]*\r?(?:\n|\Z))"
)
# … a stamp only where no other line is a bare clock time (a 日程's date, weekday and times read so too)
_STAMP_OPENS = frozenset(("19", "20", "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"))
_BARE_CLOCK = lazyregex.compile(r"^\d{1,2}:\d{2}(?:[ ]?[AP]M)?[ \t]*\r?$", regex.M)
# WeChat's card of the account a post reprints, above the post (`以下文章来源于某局 ，作者某局`, then the
# account's name, maybe with WeChat's `.`, and its description naming it): WeChat's, not the text. The
# copy spaces the card's lines alike: a line naming the account after other spacing than the name's
# (`某市人民政府.` ⏎ blank ⏎ `某市人民政府关于…的通知`) is the post's own, no description (diffread-A A6);
# and the description names the account as one (`…官方公众号`, `…的微信号`): with no blank line between
# the lines, a title opening with the account's name stands where the description would (session 19).
_REPRINT_CARD = lazyregex.compile(
    r"^以下文章来源于[ ]{0,2}(?P<name>[^\s,，]{2,40})[ ]{0,2}[,，][ ]{0,2}作者[^\n]{0,60}\r?\n"
    r"(?P<gap>(?:[ \t]*\r?\n)*)(?P=name)\.?[ \t]*\r?\n(?:(?P=gap)[^\n]{0,100}?(?P=name)"
    r"[^\n]{0,10}?(?:公众号|公众平台|服务号|订阅号|账号|官方微信|微信号)[^\n]{0,100}\r?\n)?",
    regex.M,
)
# A reader service's summaries under the page (`Images:` and `Links/Buttons:`, each a list of the
# page's pictures or links): the service's, as its header is
READER_TAIL = lazyregex.compile(r"^(?:Images|Links/Buttons|Links):[ \t]*\r?$", regex.M)


# An XMP packet at the file's start, under its XML declaration: the metadata Adobe's tools write into a file (Acrobat's
# Export to XML puts the PDF's packet above the `<TaggedPDF-doc>`): `<?xpacket begin=…?>`, the RDF of the file's
# title, tool and dates, `<?xpacket end="w"?>`. The file's, never the text's (conv27).
_XMP_PACKET = lazyregex.compile(
    r"\A\ufeff?(?:<\?xml[^\n]{0,200}\?>[ \t]*\r?\n)?<\?xpacket[ ]begin=[^\n]{0,200}\?>"
    r".{0,200000}?<\?xpacket[ ]end=[^\n]{0,20}\?>[ \t]*(?:\r?\n|\Z)",
    regex.S,
)


# A TiddlyWiki tiddler saved as `.tid`: its fields a line each (`created: 20240816103012000`, `tags: …`, `title: …`,
# `type: text/vnd.tiddlywiki`), lower-case keys, down to the blank line over the tiddler's text. The wiki's record,
# read as one only where a field names the tiddler's type as TiddlyWiki's (conv27).
_TID_HEAD = lazyregex.compile(r"\A(?:[a-z][a-z0-9._-]{0,40}:[ ][^\n]{0,500}\r?\n){1,40}[ \t]*(?:\r?\n|\Z)")
TID_TYPE = lazyregex.compile(r"^type:[ ]text/(?:vnd\.|x-)tiddlywiki[ \t]*\r?$", regex.M)


# Kindle's `My Clippings.txt`: clippings parted by a line of ten `=`, each the book's line, the clipping's own line
# (`- Your Highlight on page 1 | Location 12-15 | Added on …`, `- 您在第 1 页（位置 #12-15）的标注 | 添加于 …`: a dash,
# then fields parted by ` | `), a blank line and the words highlighted (conv29: the book's line, repeated above each
# clipping, stayed among the reply's lines). Told by its shape alone: two clippings or more, each so.
_CLIPPING_RULE = lazyregex.compile(r"^={10}[ \t]*\r?$", regex.M)
_MIN_CLIPPINGS = 2


def kindle_clippings(text: str) -> tuple[str, list[str], list[int]] | None:
    """The words a `My Clippings.txt` holds, a clipping a line each in order, the books' lines it names (each once,
    for the reader to say), and the file's line (1-based) each line of the words stands on; None where the text is no
    such file."""
    words: list[str] = []
    books: list[str] = []
    at_lines: list[int] = []
    start = line = 0  # where the clipping under way opens, and its first line's number less one
    clippings = 0
    for rule in [*_CLIPPING_RULE.finditer(text), None]:
        end = len(text) if rule is None else rule.start()
        part = text[start:end]
        if rule is None and not part.strip():
            break
        lines = [x.strip().lstrip("\ufeff") for x in part.split("\n")]
        skip = 0
        while skip < len(lines) and not lines[skip]:
            skip += 1  # (the line end the rule above left)
        body = lines[skip:]
        if len(body) < 3 or not body[1].startswith("- ") or " | " not in body[1] or body[2]:
            return None
        if body[0] not in books:
            books.append(body[0])
        for k, x in enumerate(body[3:]):
            if x:
                words.append(x)
                at_lines.append(line + skip + 3 + k + 1)
        clippings += 1
        if rule is None:
            break
        line = text.count("\n", 0, rule.end())
        start = rule.end()
    if clippings < _MIN_CLIPPINGS:
        return None
    return "\n".join(words) + "\n", books, at_lines


def tid_head_lines(text: str) -> int:
    """How many lines a tiddler's fields (and the blank line under them) take at the file's start (0: none)."""
    m = _TID_HEAD.match(text)
    if m is None or TID_TYPE.search(m.group()) is None:
        return 0
    return m.group().count("\n") + (0 if m.group().endswith("\n") else 1)


def xmp_packet_lines(text: str) -> int:
    """How many lines an XMP packet (and the XML declaration above it) takes at the file's start (0: none)."""
    m = _XMP_PACKET.match(text)
    return 0 if m is None else m.group().count("\n") + (0 if m.group().endswith("\n") else 1)


def extractor_metadata_lines(text: str) -> int:
    """How many lines a text extractor's metadata takes at the file's start (0: none)."""
    m = _EXTRACTOR_META.match(text)
    if m is None or not CONTENT_TYPE.search(m.group()):
        return 0
    return m.group(0).count("\n") + (0 if m.group(0).endswith("\n") else 1)


def missing_pages(text: str) -> list[tuple[str, str]]:
    """The `pages-without-text` warning for the pages Nougat marks it could not read (`MISSING_PAGE`
    alone on its line, FAIL or POST: a blank page's EMPTY lost nothing), or none."""
    pages = [
        m.group("page") or "?"
        for m in MISSING_PAGE.finditer(text)
        if m.group("why") != "EMPTY" and _alone(text, m.start(), m.end())
    ]
    if not pages:
        return []
    listed = "、".join(pages)
    return [
        (
            "pages-without-text",
            f"转换工具未能识别第 {listed} 页，其文字缺失 "
            f"(the converter marks page {listed} as not read: its text is missing)",
        )
    ]


def _alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone on its line (spaces aside)."""
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    return not text[before:start].strip() and not text[end : len(text) if after < 0 else after].strip()


def reprint_card_lines(text: str) -> tuple[int, ...]:
    """The lines WeChat's card of a reprinted account takes (`_REPRINT_CARD`): from and to, or () for none."""
    m = _REPRINT_CARD.search(text)
    if m is None:
        return ()
    first = text.count("\n", 0, m.start())
    return (first, first + m.group().count("\n"))


def onenote_stamp(text: str) -> bool:
    """Whether the text's second and third lines are OneNote's stamp of its page (`_ONENOTE_STAMP`), no
    other line being a bare clock time."""
    second = text.find("\n", 0, 302) + 1  # where the second line starts (0: the first line is long or alone)
    return (
        second > 0
        and text[second : second + 2] in _STAMP_OPENS  # a year's first figures or a weekday's letter
        and _ONENOTE_STAMP.match(text) is not None
        and at_most_two(_BARE_CLOCK.finditer(text)) == 1
    )


def app_records(text: str, heads: Sequence[str] = ()) -> list[tuple[str, str]]:
    """A `text-repaired` warning (`app-record`) for each app's record the reader leaves out by its shape
    alone where it holds what a person wrote or what a document could print: OneNote's stamp (a notice
    may print its meeting's date and hour so under its title), a note app's lines holding words (`Author:
    王某`, `Tags: 会议通知`; its dates and addresses are the app's bookkeeping), and `heads`, the words
    of a file's head `text_blocks` left out (`mail_text.head_words`). Session 18 left them out unsaid;
    dropped text is said (the brief)."""
    found: list[str] = []
    if onenote_stamp(text):
        found.append(" ".join(text.split("\n", 3)[1:3]).strip())
    card = "章" in text and "以下文章来源于" in text and bool(reprint_card_lines(text))  # (read before a note's head)
    if "C" in text and "Created:" in text and not card:
        head = note_head_lines(text)
        if head:
            lines = text.split("\n", head[1] + 1)[head[0] : head[1]]
            found += [line.strip() for line in lines if HAN.search(line) is not None]
    found += heads  # the words of a file's head the reader left out (a mail's header, front matter …)
    if not found:
        return []
    quoted = "」「".join(_record_excerpt(line) for line in found)
    return [
        (
            "text-repaired",
            f"{_APP_RECORD}: 按应用记录的样式删去「{quoted}」"
            " (an app's record (a note's, a mail's header), left out by its shape)",
        )
    ]


_APP_RECORD: RepairKind = "app-record"  # (typed: a renamed kind is caught by mypy, as pdf.py's actual-text)


def _record_excerpt(line: str) -> str:
    return line if len(line) <= _RECORD_EXCERPT else line[: _RECORD_EXCERPT - 1] + "…"


_RECORD_EXCERPT = 24


def note_head_lines(text: str) -> tuple[int, ...]:
    """The lines a note app's record of the note takes (`_NOTE_HEAD`, at the file's start or under its
    first line): from and to, or () for none."""
    under = _UNDER_FIRST_LINE.match(text)
    for at in (0, len(text) if under is None else under.end()):
        m = _NOTE_HEAD.match(text, at)
        if m is not None and _NOTE_CREATED.search(m.group()) is not None:
            first = text.count("\n", 0, at)
            return (first, first + m.group().count("\n"))
    return ()


def reader_head_lines(text: str) -> int:
    """How many lines a reader service's header takes at the file's start (0: none)."""
    m = _READER_HEAD.match(text)
    if m is None or "URL Source:" not in m.group():
        return 0
    return m.group(0).count("\n") + (0 if m.group(0).endswith("\n") else 1)


def front_title(text: str, front: int) -> dict[int, tuple[int, int]] | None:
    """The front matter's `title:` value where the text under it does not show the title again (pandoc's
    `-s` and Typora keep a title only there): its line and where the value stands on it, quotes
    aside; None where it has none or the text's head repeats it (Obsidian's `# ` heading, a title under
    the organ's name)."""
    m = _FRONT_TITLE.search(text, 0, _nth_line_start(text, front))
    if m is None:
        return None
    value = m.group("v")
    a = m.start("v") + len(value) - len(value.lstrip())
    return kept_title(text, front, [(a, a + len(value.strip()))])


def front_matter_lines(text: str) -> int:
    """How many lines YAML front matter takes at the file's start (0: none): `---`, `key: value`
    lines, and a closing `---` or `...`; or TOML's, `key = value` lines between `+++` lines."""
    m = _FRONT_MATTER.match(text)
    if m is None or not (
        _YAML_KEY.search(m.group("yaml")) if m.group("yaml") is not None else _TOML_KEY.search(m.group("toml"))
    ):
        return 0
    return m.group(0).count("\n") + (0 if m.group(0).endswith("\n") else 1)


_MAX_COMMENT_LINES = 400  # lines a comment over several lines may take: a converter's notes, not a document


def comment_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines of each HTML comment over several lines in a Markdown text (Google Docs' Docs to Markdown add-on
    puts its conversion notes so above the text: `<!-----` … `----->`): from a line opening with `<!--` that does
    not close it to the first line closing it at its end. Markup a page never shows, as a comment on one line
    is (readers.text_lines.html_comment); asked only of a text holding `<!--`, each line looked at once."""
    found: set[int] = set()
    k, n = 0, len(lines)
    while k < n:
        line = lines[k].strip()
        if not (line.startswith("<!--") and "-->" not in line):
            k += 1
            continue
        j = k + 1
        while j < n and j - k <= _MAX_COMMENT_LINES and "-->" not in lines[j]:
            j += 1
        if j < n and "-->" in lines[j] and lines[j].rstrip().endswith("-->") and lines[j].count("-->") == 1:
            found.update(range(k, j + 1))
        k = j + 1 if j > k else k + 1
    return frozenset(found)


# calibre's `--inline-toc` (TXT output): a `Table of Contents` line over the book's entries, a line each, above the
# text whose title and headings the entries repeat (conv31). The converter's list: every entry comes back below it.
INLINE_CONTENTS_HEADING = "Table of Contents"
_MIN_INLINE_ENTRIES = 2


def inline_contents_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines of a converter's inline contents list at the text's top (its heading, its entries and the blank
    lines among them), read as no text: each entry is a line the text prints again further down, so nothing is lost.
    Empty unless the text opens with the heading and at least two such entries follow it."""
    if not lines or lines[0].strip() != INLINE_CONTENTS_HEADING:
        return frozenset()
    last: dict[str, int] = {}
    for k, line in enumerate(lines):
        last[line.strip()] = k
    taken = [0]
    entries = 0
    for k in range(1, len(lines)):
        entry = lines[k].strip()
        if not entry:
            taken.append(k)
            continue
        if last[entry] <= k:  # a line the text does not print again: the text itself
            break
        taken.append(k)
        entries += 1
    return frozenset(taken) if entries >= _MIN_INLINE_ENTRIES else frozenset()


# The Docs to Markdown add-on's alert, written where it met what it could not convert (a picture, a drawing): a red
# paragraph of HTML, `<p style="color: red; font-weight: bold">>>>>>  gd2md-html alert: inline image link here …`,
# with its `Back to top` and `Next alert` links (conv31). The converter's note to its user, never the document's.
CONVERTER_ALERT = "gd2md-html alert:"


def converter_alert_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines holding a converter's alert to its user (`CONVERTER_ALERT`): read as no text."""
    return frozenset(k for k, line in enumerate(lines) if CONVERTER_ALERT in line)
