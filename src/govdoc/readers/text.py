"""Plain text and Markdown: decoding bytes of any Chinese archive encoding, then lines to blocks.

Markdown marks are understood in `.txt` and `.md` alike, because text scraped from portals
and converted documents carries them either way: `#` heading marks, `>` quotes, list bullets
and `---` rules are removed, `**bold**` / `__bold__` runs are kept as evidence for the
lead phrase of 一是 items, and a table (a `|` row over a delimiter row) becomes table rows.
A form feed, the page separator of a PDF's text export, is kept as the fact that a page ended.
"""

from __future__ import annotations

import bisect
import codecs
import itertools
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice

import regex

from govdoc import lazyregex
from govdoc.blocks import KEPT_TITLE, MAIL_DELIMITER, NO_HINTS, SPLIT_PART, Block, Hints, Origin, Zone
from govdoc.charclass import (
    EDGE_SPACE,
    GFM_DELIMITER_ROW,
    HAN,
    IDEOGRAPHIC_SELECTORS,
    LIST_BULLET,
    ZERO_WIDTH,
    ZERO_WIDTH_CHARS,
    is_cjk,
)
from govdoc.errors import EmptyDocumentError, EncodingUndetectedError, UnsupportedFormatError
from govdoc.fold import fold
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.model import RepairKind
from govdoc.readers import light_markup as LM
from govdoc.readers import ocr_text, page_source, records
from govdoc.readers.doc_comments import comment_list, comments_dropped, without_anchors
from govdoc.readers.mail_text import (
    decoded_mail,
    decoded_subject,
    head_words,
    http_head_lines,
    kept_title,
    mail_attachments,
    mail_lines,
    mail_subject,
)
from govdoc.readers.mail_text import line_start as _nth_line_start
from govdoc.readers.sniff import GB_FAMILY, charset_guess

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Codecs (as codecs.lookup names them) whose guess on GB bytes is a detector's near miss.
_KOREAN_OR_JAPANESE = frozenset(
    {
        "cp949",
        "euc_kr",
        "johab",
        "iso2022_kr",
        "shift_jis",
        "cp932",
        "euc_jp",
        "iso2022_jp",
        "shift_jis_2004",
        "shift_jisx0213",
        "euc_jis_2004",
        "euc_jisx0213",
    }
)
_HANGUL_OR_KANA = re.compile(r"[\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")

_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits at
# The ASCII characters that are no text's (the controls but tab, line feed, vertical tab, form feed and
# carriage return) are what is left of a text's ASCII characters once these are deleted.
_NOT_CONTROL = bytes(range(0x09, 0x0E)) + bytes(range(0x20, 0x7F))
_VISIBLE = lazyregex.compile(r"[^\s\p{Cf}\p{Z}\p{Cc}]")  # BOMs, zero-width and other format characters are not text
_SURROGATE = lazyregex.compile("[\ud800-\udfff]")
_WORD_LINE = lazyregex.compile(r"^[^\n\w]*\w", regex.M)
_REPAIR_RATIO = 100  # a UTF-8 file may have one bad sequence per this many good non-ASCII characters
_MAX_BYTES_PER_CHAR = 4
# A Markdown thematic break (---, ***, ___): format syntax, so it is the reader's.
# The strings that show one of session 19's tools (reST's `::`, `.. `, `\ `; org's `#+`; Textile's block
# signatures; a code fence; a comment's anchor), searched in one scan by the standard engine
_TOOL_SIGNS = lazyregex.compile_plain(r"::|\.\. |\\ |#\+|h[12]\. |p>\. |\np\. |```|\[a\]")
_REST_SIGNS = frozenset(("::", ".. ", "\\ "))
_TEXTILE_SIGNS = frozenset(("h1. ", "h2. ", "p>. ", "\np. "))
# A Markdown code fence's line (```, ```text, ~~~): the frame of a block whose lines are the text
_FENCE = lazyregex.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})[ ]?[A-Za-z0-9_+-]{0,20}[ \t]*\r?$", regex.M)
_MARKDOWN_RULE = lazyregex.compile(r"^(?:-[ ]{0,2}){3,}$|^(?:\*[ ]{0,2}){3,}$|^(?:_[ ]{0,2}){3,}$")
# A line's marks: a quote's `>`, a heading's `#`s (AsciiDoc's `=`s, org's `**` below its `*`, org's
# `#+TITLE:` before the title), a bullet (with a task list's box: `- [ ] `, `- [x] `).
# AsciiDoc's `=`s are read only in a text that shows AsciiDoc (`_ASCIIDOC_SIGN`): in any other a line
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
_ATX_SIGN = lazyregex.compile(r"^#{1,6}[ ][^\s#]", regex.M)
_ADOC_PREFIX = lazyregex.compile(r"^(?:" + _MD_PREFIX_MARKS + r"|={1,6}[ ](?=[^=\s]))+")
# What shows a text is AsciiDoc: its document title `= …` on the first line, a section `== …`, a
# table's `|===` or an attribute entry (`:lang: zh-CN`) opening a line. Only there do `= ` open a
# heading and ` +` end a line as a hard break (a plain text's line may end on a formula's plus).
_ASCIIDOC_SIGN = lazyregex.compile(
    r"\A=[ ][^=\s]|^==[ ][^=\s]|^\|===|^:!?[A-Za-z0-9_][\w-]{0,40}!?:(?:[ \t]|$)", regex.M
)
_ATX_CLOSING = lazyregex.compile(r"[ \t]+#+[ \t]*$")  # the optional closing #s of a Markdown heading
_SETEXT_UNDERLINE = lazyregex.compile(r"^={3,}[ ]*$")
_RULE_CHARS = frozenset("-*_")
# A rule a PDF or Word copy kept as characters (the 红头's red rule ━━━━━━, with its ★ in a party
# organ's; the 版记's rules ──────, ══════, ——————): drawn, so a break as Markdown's is, never text.
# A line of 省略号 (……) is the text's own mark of an omission and stays.
_DRAWN_RULE = lazyregex.compile(r"^[─━═—―–]{3,}(?:[ ]{0,2}[★☆][ ]{0,2}[─━═—―–]{3,})?$")
_DRAWN_RULE_STARTS = frozenset("─━═—―–")
_MD_PREFIX_CHARS = frozenset(">#-*+•·▪●=")
# A word processor's hollow bullet of a list's second level (Google Docs' and 腾讯文档's txt: `● ` at the first
# level, `○ ` under it): a bullet only in a text whose other lines open with the filled one, as ○ alone is
# 二○二四年's zero (session 21)
_SUB_BULLET = lazyregex.compile(r"[○◦][ ]{1,4}(?=\S)")
_SUB_BULLET_CHARS = frozenset("○◦")
_FILLED_BULLET_LINE = lazyregex.compile(r"^[ \t]{0,8}●[ ]", regex.M)
# A Markdown (GFM) table: a row of `|` cells, then a delimiter row (`|---|:---:|`, charclass.GFM_DELIMITER_ROW),
# then more rows.
_PIPE_CELL = lazyregex.compile(r"(?<!\\)\|")
# A text browser's table (w3m, links, html2text's ASCII mode, pandoc's grid table): rows framed by bars,
# and border lines drawn of box characters or of `+`, `-`, `=` and bars only, with a run of three strokes
_DRAWN_BORDER = lazyregex.compile(r"^(?=[^\n]{0,2000}?[─━═\-=]{3})[\u2500-\u257f+\-=|: ]+$")
_DRAWN_ROW = lazyregex.compile(r"^[│┃║|][^\n]*[│┃║|]$")
_DRAWN_BAR = lazyregex.compile(r"[│┃║]|(?<!\\)\|")
_DRAWN_CHARS = frozenset("│┃║|")
_BOX = lazyregex.compile(r"[\u2500-\u257f]")  # the box-drawing block
# lynx's list of the links it numbered (`[3]首页`), at the dump's end: `References` (or `Visible
# links`), then one `N. URL` line per link (`Hidden links:` and its own lines may follow)
_LINK_LIST = lazyregex.compile(
    r"^(?:References|Visible links:?)[ \t]*\n(?:[ \t]*\n)*"
    r"(?:[ \t]*(?:\d{1,5}\.[ \t]+\S{1,2000}|Hidden links:)[ \t]*(?:\n|\Z)(?:[ \t]*\n)*)+\Z",
    regex.M,
)
_LINK_NUMBER = lazyregex.compile(r"^[ \t]*(\d{1,5})\.", regex.M)
# A pictograph (an emoji, not a Latin-1 sign such as ©) with its variation selector and joiners: a
# social-media copy's decoration before a heading (📌一、…), at a line's end, or a line of them (👇👇👇)
_PICTOGRAPH = lazyregex.compile(r"(?:(?![\x00-\xff])\p{Extended_Pictographic})")
# Where a pictograph (`_PICTOGRAPH`: past Latin-1, from ‼ U+203C on) or a zero-width character
# (`ZERO_WIDTH_CHARS`) may stand, in one class the standard engine scans as a bitmap: a text holding
# none (most) is asked neither question, so one scan stands for `regex`'s property look-up per
# character and nineteen `in` scans (tests/test_lean19.py holds the class to both, code point by
# code point). Its ranges are the pictographs' own, widened where that keeps them few, and leave out
# the signs a Chinese text writes (※ ① → √ ○ ● □ ■ ★ ☆; the CJK punctuation block but 〰 〽 ㊗ ㊙).
_MAY_PICTOGRAPH_OR_ZERO_WIDTH = lazyregex.compile_plain(
    "["
    + ZERO_WIDTH_CHARS
    + IDEOGRAPHIC_SELECTORS
    + "\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0"
    + "\u25fb-\u25fe\u2600-\u2604\u260e-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299"
    + "\U0001f000-\U0001fffd]"
)
_EDGE_PICTOGRAPHS = lazyregex.compile(
    r"^(?:(?![\x00-\xff])\p{Extended_Pictographic}|[\ufe0f\u200d\U0001f3fb-\U0001f3ff ])+"
    r"|(?:(?![\x00-\xff])\p{Extended_Pictographic}|[\ufe0f\u200d\U0001f3fb-\U0001f3ff ])+$"
)
# A viewer's number before every line (`cat -n`: `     6\t`, an editor's `  6 │ `, `6: `), blank lines too
_VIEWER_NUMBER = lazyregex.compile(r"[ \t]{0,8}(\d{1,6})(?:\t|[ ]?[|│:][ ]?|[ ]{1,2}(?=\S)|(?=[\r\n]|$))")
_MIN_NUMBERED = 5
# A registry field's line breaks written as the two characters `\n` (`\r\n`), saved as the text. The
# backslash must open an escape: after an escaped backslash (`\\nas01`, a share's path in a JSON
# record) the `n` is a letter of the text (diffread-B B4: it was cut there and lost).
_ESCAPED_BREAK = lazyregex.compile(r"(?<!\\)(?:\\\\)*+\K(?:\\r)?\\n")
_MIN_ESCAPED = 3
_LINK_MARK = lazyregex.compile(r"\[(\d{1,5})\](?=\S)")
_BOLD = lazyregex.compile(r"\*\*(?P<a>[^*\n]{1,300}?)\*\*|__(?P<u>[^_\n]{1,300}?)__")
_MARKS = ("**", "__")
# A backslash escape (`1\.` that keeps a number from opening a list, `\*`): the character itself;
# `\|` stays for the table reading, which keeps an escaped pipe inside its cell.
_ESCAPE = lazyregex.compile(r"\\([!-/:-@\[-`{}~])")
# A Markdown footnote's mark (`…大检查[^1]。`, no text of the document) or its definition's label (`[^1]: `).
_FOOTNOTE = lazyregex.compile(r"^\[\^[^\]\s]{1,20}\]:[ ]{0,4}|\[\^[^\]\s]{1,20}\]")
# YAML front matter that static-site and note tools put before a Markdown file's text: the file's own
# data (title, date, tags), closed by `---` or `...`, with `key: value` lines.
_FRONT_MATTER = lazyregex.compile(r"\A---[ \t]*\r?\n((?:[^\n]{0,400}\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
_YAML_KEY = lazyregex.compile(r"^[A-Za-z_][\w-]{0,40}[ ]{0,4}:", regex.M)
# … whose `title:` is the document's title where the text does not repeat it (`_front_title`)
_FRONT_TITLE = lazyregex.compile(r"^(?i:title):[ \t]{1,4}(?P<q>[\"']?)(?P<v>[^\n\"']{1,300})(?P=q)[ \t]*\r?$", regex.M)
# The file's metadata a text extractor prints above the text (Apache Tika's `--metadata --text`,
# textract): a run of `Key: value` lines at the start, keys in Latin letters (with `-`, `_` and
# namespace colons: `dcterms:created`, `X-TIKA:Parsed-By`), closed by a blank line. Only a run that
# names the file's `Content-Type` is one: the document's own lines never do.
_EXTRACTOR_META = lazyregex.compile(
    # (a key may hold a space: Tika's `Character Count`, `Last-Save-Date` beside `meta:save-date`; session 21)
    r"\A(?:[A-Za-z][\w.-]{0,40}(?:[ ][A-Za-z][\w.-]{0,20}){0,2}(?::[A-Za-z][\w.-]{0,40}){0,2}:[ \t][^\n]{0,2000}\r?\n)"
    r"{2,200}?(?:[ \t]*\r?\n|\Z)"
)
_CONTENT_TYPE = lazyregex.compile(r"^Content-Type:[ \t]", regex.M)
# unrtf's own comment lines above the text it made (`###  Translation from RTF performed by UnRTF,
# version 0.21.10`, `### font table contains 3 fonts total`, `### creation date: …`), blank lines and
# its rule of dashes under them: the converter's, named by its first line.
_UNRTF_HEAD = lazyregex.compile(
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
# A converting library's evaluation banner above or under the text it wrote (Aspose's `Evaluation Only.
# Created with Aspose.Words. Copyright 2003-2024 Aspose Pty Ltd.` and `Created with an evaluation copy
# of Aspose.Words. To remove all limitations, … https://…`, Spire's `Evaluation Warning: The document
# was created with Spire.Doc for .NET.`): the line names the tool itself, so no document's sentence
# reads so; asked only in a text that names the tool, whatever the line's length.
_TOOL_BANNER = lazyregex.compile(
    r"(?:Evaluation[ ](?:Only|Warning)[ ]?[.:][^\n]{0,200}?|Created[ ]with[ ]an[ ]evaluation[ ]copy[ ]of[ ])"
    r"(?:Aspose|Spire)\.[A-Za-z]"
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
# unstructured.io's elements printed one a line with their category (`NarrativeText: 您提出的…`,
# `Title: 一、…`, `Header: 某局`): the category is the tool's, and a page's header, footer or number the
# tool itself named as such is furniture. Read only in a text where two lines or more name categories
# no other text writes (`_ELEMENT_SIGN`: NarrativeText, UncategorizedText, ListItem …).
_ELEMENT_LINE = lazyregex.compile(
    r"(?P<category>Title|NarrativeText|UncategorizedText|ListItem|Text|Address|EmailAddress|FigureCaption"
    r"|Formula|Table|Image|CodeSnippet|CompositeElement|Header|Footer|PageNumber|PageBreak):[ \t]{0,4}"
)
_ELEMENT_SIGN = lazyregex.compile(
    r"^(?:NarrativeText|UncategorizedText|ListItem|FigureCaption|CompositeElement|PageNumber|EmailAddress):", regex.M
)
# (in lower case: MinerU's `content_list.json` names its page furniture `header`, `footer`, `page_number`)
_ELEMENT_FURNITURE = frozenset({"header", "footer", "pagenumber", "pagebreak", "page_number"})
_ELEMENT_STARTS = frozenset("TNULAEFICHP")
# the members of a tool's JSON element holding the document's words (readers.text._json_elements)
_ELEMENT_WORD_KEYS = frozenset(
    {"text", "table_caption", "table_body", "table_footnote", "img_caption", "img_footnote", "image_caption"}
    # (session 21: an OCR service's answer names its boxes' words otherwise: 百度's `words`, 腾讯云's `DetectedText`,
    # 阿里云's `word`)
    | {"words", "DetectedText", "word"}
)
# the lists an OCR service's answer holds its boxes in (百度's `words_result`, 腾讯云's `TextDetections`, 阿里云's
# `prism_wordsInfo`): the list's own name is the service's mark, so its boxes need no tool's key beside their words
# (百度's general_basic boxes hold `words` alone)
_ELEMENT_LIST_KEYS = frozenset({"words_result", "TextDetections", "prism_wordsInfo"})
_ELEMENT_WORDS_SIGN = ('"text"', '"words"', '"DetectedText"', '"word"')
# the members only a tool's element carries beside its words (unstructured's `type`/`element_id`/`metadata`,
# MinerU's `type`/`page_idx`/`bbox`, Umi-OCR's `box`/`score`): a list of dicts with a `text` member is read as a
# tool's elements only where every element holds one (a crawler's records hold `id`, `question`: diffread-B B9)
_ELEMENT_TOOL_KEYS = frozenset(
    {"type", "category", "element_id", "metadata", "page_idx", "bbox", "box", "score", "text_level"}
    | {"location", "Confidence", "Polygon", "ItemPolygon", "AdvancedInfo", "probability", "pos"}  # (OCR services')
)
_HAN_CHAR = lazyregex.compile(r"\p{Han}")
_JSON_STRING = lazyregex.compile(r'"(?P<s>(?:[^"\\\n]|\\.)*)"')
# A converter's own mark of where a page ends, alone on its line: marker's paginated output (`{2}` and
# a run of dashes), a `---page---` line, and a comment naming the page that follows (`<!-- Page 2 -->`).
_PAGE_MARK = lazyregex.compile(r"\{\d{1,5}\}-{3,}|-{3}[ ]?(?i:page)[ ]?-{3}")
# Markdown's reference-style links (html-to-markdown in reference mode): `[办事指南][1]` in the text and
# its definition `[1]: http://… "title"` on a line of its own after the page. The words stay; the
# label and the definition are the link's, read only where a definition names a label the text uses.
_REF_DEFINITION = lazyregex.compile(
    r"^[ ]{0,3}\[(?P<label>[^\[\]\n]{1,40})\]:[ \t]{1,4}<?(?:https?://|www\.|/|mailto:)[^\s>]{0,2000}>?"
    r"(?:[ \t]{1,4}(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?[ \t]*\r?$",
    regex.M,
)
_REF_LINK = lazyregex.compile(r"(?<![\]!])\[(?P<words>[^\[\]\n]{1,300})\]\[(?P<label>[^\[\]\n]{0,40})\]")
# A picture written whole into a data URI (MarkItDown's `![](data:image/png;base64,iVBOR…)`): thousands
# of characters of base64, more than a link's address may hold (`_LINK`), and no words.
_DATA_IMAGE = lazyregex.compile(r"!\[[^\[\]\n]{0,300}\]\(data:[A-Za-z]{1,20}/[\w.+-]{1,40};base64,[A-Za-z0-9+/=]*\)")
# A text that shows a mail (`_shows_mail`): two of its header lines, a quoted line, an attribution line
# (On … wrote:, 在 … 写道：) or a client's separator over a forwarded mail. Only there is a `--` line RFC
# 3676's signature delimiter (blocks.MAIL_DELIMITER).
_MAIL_HEADER = lazyregex.compile(
    r"^(?:(?P<key>From|To|Subject|Date|Sent)[ \t]{0,2}:[ \t]|(?P<key>发件人|收件人|主题|发送时间)[ \t]{0,2}[:：])",
    regex.M,
)
_MAIL_SIGN = lazyregex.compile(
    r"^>|[ ]wrote:[ \t]*\r?$|写道[ ]{0,2}[:：][ \t]*\r?$"
    r"|^-{2,}[ ]{0,2}(?:原始邮件|转发邮件|邮件原文|Original Message|Forwarded message)",
    regex.M,
)
_MAIL_HINTS = Hints(markup=MAIL_DELIMITER)
_PART_HINTS = Hints(markup=SPLIT_PART)
# A long SMS split by the phone into parts, each opened by its count (`[1/3]`, `(2/3)`, `【3/3】`): the
# counts are the message's, and a part may cut a sentence the next one goes on with (a page's end).
# Read only where the parts 1 to N of one N all open lines.
_SMS_PART = lazyregex.compile(
    r"^(?:【[^】\n]{1,20}】[ ]{0,2})?[\[(（【](?P<k>\d{1,2})/(?P<n>\d{1,2})[\])）】][ \t]{0,2}", regex.M
)  # (the gateway may put the sender's sign before each: 【某市气象局】（1/2）)
# A chat's sender lines over each message (QQ's export: `2024-06-12 9:15:03 王某`; WeChat's merged
# forward: `办公室小周 10:02`, maybe with the day: `王某 6月12日 09:15`), and the export's own head (QQ's
# `消息记录（此消息记录为文本格式，不支持重新导入）`, `消息分组:`, `消息对象:`; WeChat's caption `…的聊天记录`).
# Both are read only in a text whose first line is the export's head or caption (`_opens_chat`), and a
# sender line is one only where the same sender opens `_MIN_CHAT` such lines or more.
_CHAT_SENDER = lazyregex.compile(
    r"^(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ ]\d{1,2}:\d{2}:\d{2}[ ](?P<qq>[^\n]{1,40}?)"
    r"|(?P<name>[^\s\d:：。，,][^\n:：。，,]{0,23}?)[ ]{1,2}"
    r"(?:(?:\d{1,2}月\d{1,2}日|昨天|前天|星期[一二三四五六日天]|(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2})[ ])?"
    r"\d{1,2}:\d{2}(?::\d{2})?)[ \t]*\r?$",
    regex.M,
)
_CHAT_TIME = re.compile(r"\d:\d\d(?::\d\d[ ][^\n]|[ \t]*\r?\n)")  # a time ending a line, or a QQ stamp's
_MIN_CHAT = 3
_CHAT_HEAD = lazyregex.compile(
    r"[^\n]{1,40}的聊天记录|消息记录[(（]此消息记录为文本格式[^\n]{0,30}|消息(?:分组|对象):[^\n]{0,60}"
)
# Word's field codes a .doc extractor writes with their results (Apache POI's WordExtractor, catdoc):
# a link's ` HYPERLINK "http://…" ` before its words, a page number's `PAGE \* MERGEFORMAT` before its
# figure. The codes are Word's instructions, never the document's words.
_FIELD_CODE = lazyregex.compile(
    r"[ ]?HYPERLINK[ ]{1,2}(?:\\l[ ]{1,2})?\"[^\"\n]{0,2000}\""
    r"(?:[ ]{1,2}\\[lotn](?:[ ]{1,2}\"[^\"\n]{0,300}\")?){0,4}[ ]?"
    r"|(?:PAGE|NUMPAGES|SECTIONPAGES|PAGEREF[ ]{1,2}_[A-Za-z0-9_]{1,40}(?:[ ]{1,2}\\h)?)"
    r"(?:[ ]{1,2}\\\*[ ]{1,2}(?:MERGEFORMAT|Arabic|roman|ROMAN|CHINESENUM3))+[ ]{0,2}"
)
_FIELD_NAMES = ("HYPERLINK", "MERGEFORMAT")
# Nougat's mark where it read no page (`[MISSING_PAGE_FAIL:2]`: the model failed; `[MISSING_PAGE_POST]`:
# its output for the page was cut; `[MISSING_PAGE_EMPTY:3]`: the page was blank): no text, a page's end;
# the text of a page it failed on is missing from the document, as a scanned page no OCR read
# (`missing_pages`: a `pages-without-text` warning).
_MISSING_PAGE = lazyregex.compile(
    r"\[MISSING_PAGE_(?P<why>FAIL|EMPTY|POST)(?::(?P<page>\d{1,5}))?\]"
    # OCRmyPDF's sidecar holds only this for a page it did not read (`--skip-text`: the page had text,
    # which the sidecar does not carry): the page's text is missing from the file, as a failed page's
    r"|\[OCR[ ]skipped[ ]on[ ]page(?:\(s\))?[ ](?P<page>\d{1,5}(?:-\d{1,5})?(?:,[ ]?\d{1,5}(?:-\d{1,5})?){0,50})\]"
)
_MISSING_MARKS = ("[MISSING_PAGE_", "[OCR skipped on page")
# A LaTeX sectioning command alone on its line, as Mathpix's .mmd writes a title and headings
# (`\title{…}`, `\section*{一、…}`, `\subsection*{（一）…}`): the command and its braces are markup, the
# words inside the title or the heading.
_LATEX_HEADING = lazyregex.compile(
    r"\\(?:title|part|chapter|section|subsection|subsubsection|paragraph)\*?\{(?P<words>[^{}\n]{1,300})\}"
)
# `antiword -f`'s bold: a whole line between single stars (`*一、监管情况*`). Two such lines or more show
# the format, and then single-star emphasis is read as in a Markdown text (`_EMPHASIS`).
_STARRED_LINE = lazyregex.compile(r"^\*[^*\s][^*\n]{0,298}\*[ \t]*\r?$", regex.M)
# A note app's tag line under a note's title (Bear, Obsidian, Apple Notes exports: `#提案答复 #2024`):
# two tags or more, each `#` right before its word, nothing else; the app's, no heading and no text.
_TOOL_MARK_STARTS = frozenset("{-#[")  # a page mark, a note's tags, Nougat's missing page
_TOOL_LINE_STARTS = frozenset("-\\")  # a mail's `--`, a LaTeX command
_TAG_LINE_REACH = 4  # the lines of a note's head: its title, blank lines, its tags
_TAG_LINE = lazyregex.compile(r"#[^\s#]{1,40}(?:[ ]{1,4}#[^\s#]{1,40}){1,20}")
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
# An RTF file's control words a converter that dropped only the braces left in the text (`…如下：\par`,
# `\tab 您提出的…`, `\line`): markup, not text. Read as such only where at least `_MIN_RTF` lines end
# in `\par`, so a backslash in ordinary text (a path, a formula) stays.
_RTF_PAR_END = lazyregex.compile(r"\\par[ ]?\r?$", regex.M)
_RTF_CONTROL = lazyregex.compile(r"\\(?:par|pard|tab|line|plain|cell|row|sect|page)(?![A-Za-z])-?\d{0,10}[ ]?")
_RTF_TRAIL = lazyregex.compile(r"(?:\\(?:par|line|cell|row|sect|page)(?![A-Za-z])[ ]?)+(?=[\r\n\f]*$)")
_MIN_RTF = 3
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
# text `<body>` is as likely a website notice's word as a tag
_PAGE_BREAK = lazyregex.compile(rf"{_HTML_BREAK_SHAPES}|</?(?:body|html)(?:[ \t][^<>\n]{{0,300}})?/?>", regex.I)
_HTML_INLINE_TAG = lazyregex.compile(
    r"</?(?:font|span|b|strong|i|em|u|a|sup|sub|small|big|mark|o:p)(?:[ \t][^<>\n]{0,300})?/?>", regex.I
)
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
# A Markdown converter's page break written as an HTML comment (`<!-- PageBreak -->` of Azure Document
# Intelligence and docling, `<!-- page-break -->`): the page ends there, as at a form feed.
_PAGE_BREAK_COMMENT = lazyregex.compile(r"<!--[ ]{0,4}page(?:[ _-]?break|[ ]{1,2}\d{1,5})[ ]{0,4}-->", regex.I)
# An HTML table a Markdown converter writes raw (docling, MinerU: `<table><tr><td>类别</td>…</tr></table>`):
# each `<tr>…</tr>` on a line is a row of the body's table, each `<td>`/`<th>` a cell; tags left in a
# cell (`<b>`, `<br>`) are markup.
_HTML_ROW = lazyregex.compile(r"<tr(?:[ \t][^<>\n]{0,300})?>(?P<row>.*?)</tr[ ]{0,2}>", regex.I)
_HTML_CELL = lazyregex.compile(
    r"<t[dh](?:[ \t][^<>\n]{0,300})?>(?P<cell>.*?)(?:</t[dh][ ]{0,2}>|(?=<t[dh][ \t>])|$)", regex.I
)
_HTML_TABLE_END = lazyregex.compile(r"</table[ ]{0,2}>", regex.I)
# An empty anchor element opening a line, as PDF-to-Markdown converters set one before each heading
# (marker's `<span id="page-0-1"></span>`, `<a id="…"></a>`, `<a name="…"></a>`): it shows nothing, and
# the Markdown mark after it is the line's.
_ANCHOR_LEAD = lazyregex.compile(r"(?:<(?P<t>span|a|div)(?:[ \t][^<>\n]{0,300})?>[ ]{0,2}</(?P=t)>[ ]{0,2})+", regex.I)
# pandoc's simple table (`-t plain`, `-t markdown`): under its head row a rule of dashes, one run per
# column parted by spaces (`---------- -------- --------`), the rows aligned under it by spaces; the
# cells of a row are parted by two spaces or more (pandoc pads each column to its widest cell).
_SIMPLE_TABLE_RULE = lazyregex.compile(r"^-{3,}(?:[ ]{1,8}-{3,})+$|^={3,}(?:[ ]{1,8}={3,})+$")  # (reST's: `=` runs)
# An AsciiDoc table's delimiter (`|===`): the `|` rows between two of them are one table's, the first
# row its head (a blank line may part it from the rest)
_ADOC_TABLE = "|==="
_SPACED_CELL_GAP = lazyregex.compile(r"[ \t]{2,}")
_ANY_TAG = lazyregex.compile(r"</?[A-Za-z][^<>\n]{0,300}>")
# A page's source copied as text keeps its space entities inside the lines (`&nbsp;&nbsp;您提出的…`,
# `某局&#12288;&#12288;2024年8月9日`, `联系人：&ensp;王某`), a CMS that escaped its markup once more
# `&amp;nbsp;`: each run is a layout space the page showed, never text. At a line's edge it is an
# indent; inside a line one entity is a single space (between CJK characters none), a run or a wide
# one (&emsp;, &#12288;) a gap, as the same spaces written as characters are.
_SPACE_ENTITY = lazyregex.compile(
    r"(?:&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0|#12288|#[xX]3000|#819[45])(?:;|(?![A-Za-z0-9])))+"
)
_WIDE_ENTITY = ("emsp", "12288", "3000", "8195")
# … and its tags escaped as text (`&lt;p&gt;您提出的…&lt;/p&gt;`): markup, not text; a break or a block
# element's tag ends a line, as the tag itself does (_HTML_BREAK).
_ESCAPED_ATTRIBUTES = r"(?:[ \t](?:[^<>&\n]|&(?:quot|#39|apos|amp);){0,300}?)?"
_ESCAPED_TAG = lazyregex.compile(rf"&lt;/?[A-Za-z][A-Za-z0-9:]{{0,10}}{_ESCAPED_ATTRIBUTES}/?&gt;", regex.I)
_ESCAPED_TAG_BREAK = lazyregex.compile(
    rf"&lt;(?:br[ ]{{0,4}}/?|/?(?:p|div|li|tr|td|h[1-6]){_ESCAPED_ATTRIBUTES}/?)&gt;", regex.I
)
# A tag a one-line tag stripper could not take because its attributes went on over the line's end:
# its opening half alone on a line (`<p style="text-indent: 2em;`) and its closing half before the
# next line's text (`line-height: 28px;">您提出的…`), attributes in ASCII only.
_OPEN_TAG_HALF = lazyregex.compile(r"<(?:p|div|span|font|section|td|li|h[1-6])[ \t][^<>\n]{0,300}", regex.I)
_TAG_CLOSING_HALF = lazyregex.compile(r"[ -;=?-~]{0,300}?/?>")
# pandoc's bracketed span (`[加装电梯]{.underline}`, `[…]{.mark}`, `[…]{custom-style="强调"}`, a Word
# bookmark's `[]{#_Toc1234 .anchor}`): its words are the text, the brackets and the attributes markup.
_PANDOC_SPAN = lazyregex.compile(r"\[(?P<words>[^\[\]\n]{0,300})\]\{[ ]?(?:[#.]|[A-Za-z][\w-]{0,40}=)[^{}\n]{0,300}\}")
# A spreadsheet cell holding line breaks, copied out of Excel or WPS: the copy quotes it (`答复内容\t"关于…`
# on its first line, `…2024年6月13日"` at the end of its last). The label's cell is a line of its own,
# the cell's lines are the text, the quotes are the copy's. Only a quote right after a row's first
# cell and its tab opens such a cell, and only where a later line ends with a quote.
_QUOTED_CELL_OPEN = lazyregex.compile(r"(?P<label>[^\t\"\n]{1,40})\t\"(?=[^\"\s])")
_QUOTED_CELL_REACH = 2000  # the lines a quoted cell may run over
_MARK_CHARS = "*_"
# What `_inline_marks` looks for: a text holding none of them has no inline marks on any line.
_INLINE_MARKS = ("\\", "](", "]{", "<", "[^", "**", "__", "$", "==", "%%", "[[")
_LINE_EDGES = EDGE_SPACE + _LINE_ENDS
_UNDERLINE_STARTS = frozenset("-*_=")
_MARKED_STARTS = _UNDERLINE_STARTS | _MD_PREFIX_CHARS  # a line opening with none of them has no line mark
_SLOW_STARTS = _MARKED_STARTS | _DRAWN_RULE_STARTS | frozenset(":[&|{")  # … no drawn rule, no markup line, no entity
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
)
_MARKUP_LINE_STARTS = frozenset(":[#")
# The escapes a JSON string writes for a paragraph's indent (`\u3000\u3000您提出的…`, a crawler's
# record): the indent, not text, as the space entities of a page's source are (_SPACE_ENTITY).
_ESCAPED_INDENT = lazyregex.compile(r"(?:(?:\\u(?:3000|00[aA]0|200[23])|\\t)[ \t]{0,2})+")
# A crawler's record dumped as one JSON object (`{"title": …, "url": …, "content": "…\n…"}`): a
# string member, its escapes and quotes the record's. The longest string value holding most of the
# text is the page's text; a title member's value (`_JSON_TITLE_KEYS`) is the page's headline, its
# first line unless the text's head holds it (diffread-A 4: dropped, it took the title and responds_to
# with it); the keys, the other values and the braces are the record's, not the document's. JSON
# strings hold no raw line break, so the value stands on one line.
_JSON_MEMBER = records.JSON_MEMBER
_JSON_TITLE_KEYS = records.TITLE_KEYS
_JSON_OPENS = frozenset("{[")  # a record, or a list holding one
# A JSON string's escape of one character (`_json_char`): \uXXXX (a surrogate pair as one), \" and \/;
# an escaped backslash is matched so that what follows it is never read as an escape.
_JSON_CHAR = lazyregex.compile(
    r"\\u(?P<hi>[dD][89abAB][0-9a-fA-F]{2})\\u(?P<lo>[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u(?P<c>[0-9a-fA-F]{4})|\\x(?P<x>[0-9a-fA-F]{2})|\\[\\\"'/t]"
)
# (`\xa0` and `\'` are Python's: Scrapy prints its item with repr(), which writes a no-break space so;
# JSON never writes them, diffread-C C12)
_JSON_MARKS = {'"': '"', "'": "'", "/": "/", "t": "\t"}  # a tab parts a table's cells, as in a text (review18 R9)
# Emphasis in single stars (org's bold `*…*` title, trafilatura's `（*…*）`) or underscores (turndown's
# `1\. _…_。`): marks around words, read only in a text that shows other Markdown or org marks, and
# only where each mark stands at a word's edge on its outer side (a line's edge, a space, a mark, an
# ASCII character: no Han character). A star between two Han characters is a name's mask as often
# as an emphasis (李*明同志会同社区主任陈*现场核实: the two masks pair like emphasis; review17 R2): it
# stays, as s17start kept it. Nor is a short run holding a list's separator emphasis (王*明、李*华).
# A star between two figures is a multiplication sign (7*24小时, 5*8小时), never emphasis's mark
# (diffread-A 1: the pair `*24小时…5*` took both stars).
_EMPHASIS = lazyregex.compile(
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
_MARKDOWN_SIGN = lazyregex.compile(r"(?m)^(?:#{1,6}|>)[ ]|\*\*[^*\s]|\[\[|\]\(")
_WIKI_LINK = lazyregex.compile(r"(?P<embed>!?)\[\[(?P<target>[^\[\]|\n]{1,300})(?:\|(?P<words>[^\[\]\n]{1,300}))?\]\]")
_CALLOUT_TAG = lazyregex.compile(r"\[![A-Za-z]{1,20}\][+-]?[ ]{0,2}")
# A reader service's summaries under the page (`Images:` and `Links/Buttons:`, each a list of the
# page's pictures or links): the service's, as its header is
_READER_TAIL = lazyregex.compile(r"^(?:Images|Links/Buttons|Links):[ \t]*\r?$", regex.M)
# AsciiDoc's hard line break: ` +` ending a line of text
_ASCIIDOC_BREAK = lazyregex.compile(r"(?<=[^\x00-\x7f])[ ]\+$")


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


Repairs = list[tuple[str, str]]


def decode(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str]:
    """Decode `data`: the text and the codec name as `codecs.lookup` spells it (see `decode_repaired`)."""
    text, encoding, _ = decode_repaired(data, path=path, limits=limits)
    return text, encoding


def decode_repaired(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, Repairs]:
    """Decode `data`: the text, the codec name as `codecs.lookup` spells it, and repair warnings.

    UTF-8 with a few bad sequences among many good ones (a byte damaged in transfer, a
    character cut in half by an editor) is UTF-8: each bad sequence becomes U+FFFD and an
    `encoding-repaired` warning says how many, rather than the whole file being refused.
    The lines a GB export's byte width cut and the decoding joined are counted in one warning here;
    `decode_joined` gives where each join stands instead.
    """
    text, encoding, repairs, joins = decode_joined(data, path=path, limits=limits)
    if joins.offsets:
        repairs = [*repairs, joins.message(len(joins.offsets))]
    return text, encoding, repairs


class Joins:
    """Where the decoding joined lines a GB export cut at a byte width (offsets into the text at each
    join, the second line's first character) and the width in bytes (schema 1.11: each join is placed
    on the block it stands in, `place_joins`, and warned there with its span)."""

    __slots__ = ("offsets", "width")

    def __init__(self, offsets: list[int] | None = None, width: int = 0) -> None:
        self.offsets = offsets or []
        self.width = width

    def message(self, count: int) -> tuple[str, str]:
        """The one `page-break-joined` warning (span null) for `count` joins no block could hold."""
        return (
            "page-break-joined",
            f"{count} 处按 {self.width} 字节宽度断开的行已拼接 "
            f"(lines a fixed-width export cut at {self.width} bytes re-joined: {count})",
        )


_NO_JOINS = Joins()


def decode_joined(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, Repairs, Joins]:
    """`decode_repaired`'s reading, with the byte-width joins the decoding made (`Joins`) apart from
    the repair warnings."""
    if not data:
        raise EmptyDocumentError("the file is empty", path=path)
    if len(data) > _MAX_BYTES_PER_CHAR * limits.document_chars:  # surely too many characters: refuse unread
        raise limits.exceeded("document_chars", path=path, what="characters")
    text: str | None = None
    encoding: str | None = None
    repairs: Repairs = []
    joins = _NO_JOINS
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name != "utf-8-sig" and _utf8_chinese(data[len(bom) :]):
                # a UTF-16/32 mark before UTF-8 bytes (a tool that wrote the mark, then the text as it
                # came): those bytes almost always decode as UTF-16 too, into nonsense; read them as UTF-8
                data = data[len(bom) :]
                message = f"字节顺序标记与内容不符，已忽略 (a {name} byte-order mark before UTF-8 text, ignored)"
                repairs = [("encoding-repaired", message)]
                break
            text, repairs = _by_bom(data, bom, name)
            if text is None and name != "utf-8-sig":
                raise EncodingUndetectedError(f"bytes do not match their {name} byte-order mark", path=path)
            if text is None:  # an editor's UTF-8 mark on bytes of another encoding: read them by themselves
                data = data[len(bom) :]
                message = f"字节顺序标记与内容不符，已忽略 (a {name} byte-order mark that the bytes belie, ignored)"
                repairs = [("encoding-repaired", message)]
            else:
                encoding = "utf-8" if name == "utf-8-sig" else name
            break
    if text is None and b"\x00" not in data:
        try:  # valid UTF-8 is taken as UTF-8: by far the commonest case, and unambiguous
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text = None
            if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
                # a file cut inside its last character: the rest is still valid UTF-8
                text, encoding = data[: exc.start].decode("utf-8", "replace"), "utf-8"
            else:
                text, repairs = _repaired_utf8(data)
                encoding = "utf-8" if text is not None else None
    if text is None:
        guess = charset_guess(data)
        if guess is None and b"\x00" not in data:
            text, mixed = _utf8_and_gb_lines(data)
            if text is not None:
                check_text(text, path=path)
                return text, "utf-8", repairs + mixed, _NO_JOINS
        if guess is None and b"\x00" not in data and (rejoined := _gb_characters_rejoined(data)) is not None:
            check_text(rejoined[0], path=path)
            return rejoined[0], "gb18030", repairs, rejoined[1]
        if guess is None:
            if b"\x00" in data:
                raise UnsupportedFormatError("binary data, not text", path=path)
            raise EncodingUndetectedError("the character encoding could not be determined", path=path)
        name = guess.replace("_", "-")
        if name.replace("-", "") in GB_FAMILY or _gb_missed(data, name):
            name = "gb18030"
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError) as exc:
            if name != "gb18030" or (rejoined := _gb_characters_rejoined(data)) is None:
                raise EncodingUndetectedError(f"bytes are not valid {name}", path=path) from exc
            text, joins = rejoined
        encoding = codecs.lookup(name).name
    check_text(text, path=path)
    assert encoding is not None
    return text, encoding, repairs, joins


def _utf8_chinese(data: bytes) -> bool:
    """Whether `data` is Chinese text in UTF-8: valid UTF-8, no NUL byte (UTF-16 and UTF-32 text of any
    ASCII holds them) and its non-ASCII characters mostly Han. Text in UTF-16 is almost never valid
    UTF-8 (its bytes would have to fall into UTF-8's lead-and-continuation pattern throughout), and when
    it is by chance, the characters read are no Chinese (a UTF-8 Han character takes three bytes)."""
    if b"\x00" in data or data.isascii():
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    han = len(HAN.findall(text))
    other = len(text) - len(text.encode("ascii", "ignore")) - han
    return han >= 2 and han >= other


def _by_bom(data: bytes, bom: bytes, name: str) -> tuple[str | None, Repairs]:
    """`data` decoded as its byte-order mark says, None when the bytes belie the mark. A UTF-8 file
    with a few bad sequences, or a UTF-16/32 file cut inside its last character, is repaired (each
    bad piece U+FFFD, with a warning) rather than refused."""
    try:
        return data.decode(name), []
    except UnicodeDecodeError as exc:
        if name == "utf-8-sig":
            return _repaired_utf8(data[len(bom) :])
        if (
            exc.reason == "truncated data"
            and exc.end == len(data)
            and _VISIBLE.search(kept := data[: exc.start].decode(name))
        ):
            message = f"末尾不完整的字符已替换为 U+FFFD (a character cut at the end of the {name} text replaced)"
            return kept + "\ufffd", [("encoding-repaired", message)]
        return None, []


def _utf8_and_gb_lines(data: bytes) -> tuple[str | None, Repairs]:
    """Text joined from a UTF-8 part and a GB18030 part (two files pasted together by a tool that
    kept each one's bytes): each line read in whichever of the two it is valid in, with a warning;
    None unless both kinds of line occur and every line is one or the other."""
    lines = data.split(b"\n")
    out: list[str] = []
    gb = utf8 = 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                out.append(line.decode("gb18030"))
            except UnicodeDecodeError:
                return None, []
            gb += 1
    if not gb or not utf8:
        return None, []
    message = f"{gb} 行按 GB18030 解码，其余按 UTF-8 ({gb} lines in GB18030 among UTF-8 lines, each read in its own)"
    return "\n".join(out), [("encoding-repaired", message)]


_GB_LEAD = range(0x81, 0xFF)
_GB_TRAIL = frozenset(range(0x40, 0xFF)) - {0x7F}
_GB_FOUR = range(0x30, 0x3A)  # a GB18030 four-byte sequence's second byte


def _gb_characters_rejoined(data: bytes) -> tuple[str, Joins] | None:
    """GB text whose lines a fixed-width export cut after a count of bytes, not of characters: where
    the cut fell inside a two-byte character, its lead byte ends a line and its trail byte opens the
    next, and no decoder reads the file. Each such line break is taken out, so the character is whole
    and its two halves' lines one line (a break inside a character is none a writer made: no guess,
    so no warning). The split lines tell the width the export cut at, in bytes; where they all tell
    one, the other lines cut there (as many bytes, ending on no stop) go on as well (`_byte_width_joined`,
    a guess, warned: the wrap rules count characters, and a byte width cuts lines at many character
    lengths, a Han character two bytes, a digit one).
    None unless the bytes then decode as GB18030 and at least one character was split; a walk over
    the bytes, asked only of a file no codec read."""
    out = bytearray()
    split = 0
    widths: set[int] = set()  # the byte lengths of the lines cut inside a character
    line_start = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(b)
            i += 1
            if b == 0x0A:
                line_start = i
            continue
        if b not in _GB_LEAD or i + 1 >= n:
            return None
        nxt = data[i + 1]
        if nxt in (0x0A, 0x0D):
            k = i + 1 + (2 if data[i + 1 : i + 3] == b"\r\n" else 1)
            if k < n and data[k] in _GB_TRAIL:
                widths.add(i + 1 - line_start)
                out += bytes((b, data[k]))
                split += 1
                line_start = k  # the next cut line's bytes count from its first, the trail byte
                i = k + 1
                continue
            return None
        width = 4 if nxt in _GB_FOUR else 2
        out += data[i : i + width]
        i += width
    if not split:
        return None
    try:
        text = out.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return _byte_width_joined(text, widths.pop()) if len(widths) == 1 else (text, _NO_JOINS)


# What a cut line may end on and still close its sentence: a line of the width ending so stays apart
_SENTENCE_CLOSE = frozenset("。！？；：”’」』）…!?;:")


_CN_NUMERALS = frozenset("一二三四五六七八九十")  # a heading's marker counts with them (一、, （二）)
_CLAUSE_MARKS = frozenset("。，；,;")


def _whole_at_width(line: str, below: str) -> bool:
    """`line`, of exactly the export's width, may be whole there rather than cut: a title (opening with
    关于, no clause mark) or a heading (一、…, （一）…, no clause mark), or a line over a 主送 (各…：). Those are
    left to the rules' wrap joins, which know a title, a heading and a 主送 (diffread-A A6)."""
    g = line.lstrip(" \u3000")
    if _CLAUSE_MARKS.isdisjoint(g) and (g.startswith("关于") or _heading_marker(g)):
        return True
    under = below.strip().rstrip("\r")
    return under[:1] == "各" and under[-1:] in (":", "：")


def _heading_marker(g: str) -> bool:
    """`g` opens with a heading's marker: 一、 十二、, （一） (3), 1. 2、 (a shape test, the reader's own:
    the rules' marker families are no reader's to import)."""
    first, rest = g[:1], g[1:4]
    if first in "（(":
        return rest[:1] in _CN_NUMERALS or rest[:1].isdigit()
    if first in _CN_NUMERALS:
        return "、" in rest
    return first.isdigit() and any(c in ".．、" for c in rest[:2])


def _byte_width_joined(text: str, width: int) -> tuple[str, Joins]:
    """`text` with each line of exactly `width` bytes in GB18030 that ends on no stop joined to the next
    (an export's byte-width cut), and where each join stands (`Joins`: a guess, warned `page-break-joined`
    where the reader places it)."""
    lines = text.split("\n")
    out: list[str] = []
    offsets: list[int] = []
    at = 0
    for k, line in enumerate(lines):
        body = line.rstrip("\r")
        last = k + 1 == len(lines)
        cut = (
            not last
            and body[-1:] not in _SENTENCE_CLOSE
            and bool(lines[k + 1].strip())
            and len(body.encode("gb18030")) == width
            and not _whole_at_width(body, lines[k + 1])
        )
        kept = body if cut else line
        out.append(kept)
        at += len(kept)
        if cut:
            offsets.append(at)
        elif not last:
            out.append("\n")
            at += 1
    if not offsets:
        return text, _NO_JOINS
    return "".join(out), Joins(offsets, width)


def place_joins(text: str, blocks: list[Block], joins: Joins) -> Repairs:
    """Each byte-width join set on the block that holds it (`Block.joins`, where the rules warn it with its
    span, schema 1.11), where the block is its line as written but for the spaces at its edges; the joins
    no block holds so (a line the reader changed) are counted in one warning, as up to 1.10 they all were."""
    if not joins.offsets:
        return []
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    wanted: dict[int, list[int]] = {}
    for offset in joins.offsets:
        line = bisect.bisect_right(starts, offset) - 1
        wanted.setdefault(line, []).append(offset - starts[line])
    placed = 0
    for b in blocks:
        if b.origin is None or len(b.origin.refs) != 1 or not b.origin.refs[0].startswith("line:"):
            continue
        line = int(b.origin.refs[0][5:]) - 1
        columns = wanted.get(line)
        if not columns:
            continue
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        raw = text[starts[line] : end].rstrip("\r")
        if b.text != raw.strip(EDGE_SPACE):
            continue
        lead = len(raw) - len(raw.lstrip(EDGE_SPACE))
        at = [c - lead for c in columns if 0 < c - lead < len(b.text)]
        if at:
            b.joins = [*b.joins, *at]
            placed += len(at)
    left = len(joins.offsets) - placed
    return [joins.message(left)] if left else []


def _gb_missed(data: bytes, guess: str) -> bool:
    """Whether a Korean or Japanese guess is charset-normalizer missing GB18030 on a short file.

    A few dozen bytes of GB-encoded Chinese are also valid cp949 or Shift-JIS, and the detector
    then sometimes prefers those. The documents this library reads are Chinese: where the bytes
    decode cleanly as GB18030 and the guess would give Hangul or kana, GB18030 is the reading.
    """
    try:
        if codecs.lookup(guess).name not in _KOREAN_OR_JAPANESE:
            return False
        other = data.decode(guess)
        data.decode("gb18030")
    except (UnicodeDecodeError, LookupError):
        return False
    return _HANGUL_OR_KANA.search(other) is not None


def _repaired_utf8(data: bytes) -> tuple[str | None, Repairs]:
    """`data` as UTF-8 with its few bad sequences replaced, or None when it is not UTF-8 at all."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - bad
    if bad <= 0 or good < _REPAIR_RATIO * bad:
        return None, []
    message = f"{bad} 处无法解码的字节已替换为 U+FFFD ({bad} undecodable UTF-8 sequences replaced)"
    return text, [("encoding-repaired", message)]


def repair_surrogates(text: str) -> tuple[str, Repairs]:
    """Lone surrogates (no character, so not writable as UTF-8) replaced by U+FFFD, with a warning."""
    if not _SURROGATE.search(text):
        return text, []
    text, count = _SURROGATE.subn("\ufffd", text)
    return text, [("encoding-repaired", f"{count} 个孤立代理项已替换为 U+FFFD ({count} lone surrogates replaced)")]


def drop_drawn_rules(blocks: list[Block]) -> list[Block]:
    """A block reader's blocks without the lines that are a drawn rule in characters (━━━ under a 红头,
    ──── around a 版记), each marking a rule before the block after it, as the text reader reads them: a rule
    is drawn, never words, so the same document reads the same from a copy, a Word file or a web page."""
    kept: list[Block] = []
    rule = False
    for b in blocks:
        text = b.text.strip(EDGE_SPACE) if b.cells is None and b.text else ""
        if text and text[0] in _DRAWN_RULE_STARTS and _DRAWN_RULE.match(text):
            rule = True
            continue
        if rule:
            b.rule_before, rule = True, False
        kept.append(b)
    return kept


def has_visible_text(text: str) -> bool:
    """Whether `text` holds anything but whitespace, BOMs, zero-width and other format characters."""
    return _VISIBLE.search(text) is not None


def check_text(text: str, *, path: str | None) -> None:
    """Refuse text that is empty (nothing visible: whitespace, BOMs, zero-width marks) or binary in disguise."""
    if not _VISIBLE.search(text):
        raise EmptyDocumentError("the document has no visible text", path=path)
    sample = text[:65536]
    # Two C-level passes: keeping the sample's ASCII characters and deleting the text's own from them
    # cost a tenth of a character-class search over the sample (a Chinese text is mostly not ASCII).
    controls = sample.encode("ascii", "ignore").translate(None, _NOT_CONTROL)
    if b"\x00" in controls or len(controls) > max(8, len(sample) // 20):
        raise UnsupportedFormatError("binary data, not text", path=path)


def text_reading(
    text: str, *, limits: Limits = DEFAULT_LIMITS, joins: Joins = _NO_JOINS
) -> tuple[list[Block], list[tuple[str, str]]]:
    """`text_blocks` with the warnings for what the reader left out (Nougat's and OCRmyPDF's missing
    pages, an app's records, a comments' list): the one call both text paths make (readers.read_bytes and
    read_str), so that each warning is asked once, where the reader decides. `joins`: where the decoding
    joined lines a byte width cut (`decode_joined`), each set on its block (`place_joins`)."""
    said: list[tuple[str, str]] = []
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
    if "[" in text and ("[MISSING_PAGE_" in text or "[OCR skipped" in text):
        said.extend(missing_pages(text))
    at = len(said)
    blocks = text_blocks(text, limits=limits, said=said, heads=heads)
    said[at:at] = app_records(text, [*heads, *attached])  # (where 1.10 put it: before what the text's own marks said)
    if joins.offsets:  # (before what the reader said, as the decoding's count stood up to 1.10)
        said[:0] = place_joins(text, blocks, joins) if text is read else [joins.message(len(joins.offsets))]
    return blocks, said


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
    lines = text.splitlines(keepends=True)
    origins = _line_origins(len(lines))
    # where each line's viewer number ends, when a viewer numbered the lines (None: it did not)
    viewer = _viewer_numbers(lines) if len(lines) >= _MIN_NUMBERED and text.lstrip(" \t")[:1].isdigit() else None
    numbered = viewer is not None
    # line breaks escaped in one field: more `\n` escapes than real breaks, several of them
    escaped = "\\n" in text and text.count("\\n") >= max(_MIN_ESCAPED, 3 * text.count("\n"))
    record = _json_record(text) if text.lstrip()[:1] in _JSON_OPENS and '":' in text else None
    if record is not None:  # only the record's title and text members are the document's: one line each
        escaped = escaped or any("\\n" in text[a:b] for a, b in record)
        lines = [text[a:b] for a, b in record]
        origins = _member_origins(text, record)
    elif (
        (text[:1] in _JSON_OPENS or (text[:1].isspace() and text.lstrip()[:1] in _JSON_OPENS))
        and any(sign in text for sign in _ELEMENT_WORDS_SIGN)
        and (listed := _json_elements(text)) is not None
    ):
        record = listed  # a tool's list of elements: each one's text a line of the document, in order
        escaped = escaped or any("\\n" in text[a:b] for a, b in record)
        lines = [text[a:b] for a, b in record]
        origins = _member_origins(text, record)
    doubled = False  # a CSV cell's quotes written twice
    if record is None and (other := _other_record(text)) is not None:
        record, doubled = other  # a crawler's record in another shape (readers.records)
        escaped = escaped or any("\\n" in text[a:b] for a, b in record)
        lines = [text[a:b] for a, b in record]
        origins = _member_origins(text, record)
    if doubled:
        lines = [line.replace('""', '"') for line in lines]
    if record is not None and (doubled or any("\\" in line for line in lines)):
        # schema 1.9: the record's escaped characters (\u738b as json.dumps writes them by default,
        # \" and \/) are its text's characters, read as a record written with them is; line
        # breaks and tabs stay escaped for the cuts below, and an escaped backslash stays as written
        if not doubled:
            lines = [_JSON_CHAR.sub(_json_char, line) if "\\" in line else line for line in lines]
        text = "\n".join(lines)
        folded_text = fold(text)
        starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        record = tuple((a, a + len(line)) for a, line in zip(starts, lines, strict=True))
    # the signs of session 19's tools looked for in one scan (eleven `in` tests cost three times as much)
    signs = frozenset(_TOOL_SIGNS.findall(text))
    front = _front_matter_lines(text) if text.startswith("---") else 0
    titled = _front_title(text, front) if front and "itle:" in text else None  # its title, kept
    tool_lines: frozenset[int] = frozenset()  # a tool's own lines inside the text (MIME's parts, a page's <head>)
    mailed = False
    if not front and text.startswith("HTTP/"):
        front = http_head_lines(text)  # an HTTP answer's head (curl -i)
    if not front and text[:1].isascii() and text[:1].isalpha() and ":" in text[:42]:
        front, tool_lines = mail_lines(text)  # a mail's header (and MIME's lines) above the body
        mailed = front > 0
        titled = mail_subject(text, front) if front else None  # … its subject, where the body has no title
    elif record is None and text.lstrip()[:1] == "<" and ("</head" in text or "</HEAD" in text):
        tool_lines = page_source.head_lines(text)  # a page's source saved as text: its `<head>` (session 21)
        if tool_lines and heads is not None:
            heads.extend(page_source.head_words(text, tool_lines))  # … its words in Han, said (diffread-C C2)
    html_source = bool(tool_lines) and not mailed  # … whose table rows may go on over lines (page_source.row_end)
    row_joined = -1  # the last line a page source's table row took in with its first line
    if not front and text[:1].isascii() and text[:1].isalpha() and _CONTENT_TYPE.search(text, 0, 20000):
        front = _extractor_metadata_lines(text)
    # OneNote's stamp under the page's title: its two lines (the title's is the text's)
    stamp = (1, 2) if _onenote_stamp(text) else ()
    card = _reprint_card_lines(text) if "章" in text and "以下文章来源于" in text else ()
    if not card and "C" in text and "Created:" in text:
        card = _note_head_lines(text)
    tail = len(lines)
    if not front and text.startswith("###"):
        unrtf = _UNRTF_HEAD.match(text)
        front = unrtf.group().count("\n") + (0 if unrtf.group().endswith("\n") else 1) if unrtf else 0
    if not front and text.startswith(("Title:", "URL Source:")):
        front = _reader_head_lines(text)
        summaries = _READER_TAIL.search(text) if front else None
        tail = text.count("\n", 0, summaries.start()) if summaries is not None else tail
    if front and heads is not None:
        heads.extend(head_words(text, front, titled, mail=mailed))
    rtf = "\\par" in text and len(_RTF_PAR_END.findall(text, 0, 200_000)) >= _MIN_RTF
    links = _link_list(text) if "References" in text or "Visible links" in text else None
    # a word processor's comments listed under the text (readers.doc_comments): the list leaves, its anchors too
    reviewed = comment_list(text) if record is None and "[a]" in signs else None
    if reviewed is not None:
        tail = min(tail, reviewed[0])
        if said is not None:
            said.append(comments_dropped(len(reviewed[1])))
    ends = tail
    if links is not None:  # the dump's own list of URLs: no text of the page (as a Markdown link's URL)
        ends = text.count("\n", 0, links[0]) + (0 if links[0] == 0 or text[links[0] - 1] == "\n" else 1)
    # Inline Markdown and HTML marks are looked for in the whole text once: a text without any
    # (most) skips their six tests on every line.
    inline = _has_inline_marks(text)
    highlights = inline and "==" in text and _MARKDOWN_SIGN.search(text) is not None
    form_feeds = "\f" in text
    # Word's manual line break (Shift+Enter), saved as a line separator or a vertical tab: the line
    # ends, its paragraph goes on below (`hints.soft_break`), as a .docx's w:br says
    soft_breaks = "\u2028" in text or "\x0b" in text
    # a line ending on a soft hyphen: a hyphenating tool broke a word there (`hints.hyphenated`)
    hyphens = "\u00ad" in text
    tabs = "\t" in text  # a row a spreadsheet copy ended on empty cells keeps their TABs at its end
    # (most texts: neither, one scan); a zero-width character is dropped inside a line (the edges strip them)
    may_pictograph_or_zero_width = _MAY_PICTOGRAPH_OR_ZERO_WIDTH.search(text) is not None
    zero_width = may_pictograph_or_zero_width and ZERO_WIDTH.search(text) is not None
    entities = "&" in text and (_SPACE_ENTITY.search(text) is not None or _ESCAPED_TAG.search(text) is not None)
    tag_half = False  # the line before was an open tag's first half (_OPEN_TAG_HALF)
    # Most lines of most texts are one block just as they stand: no inline mark or zero-width character
    # in the whole text, no Markdown mark or underline opening the line, not a run-on page.
    emoji = may_pictograph_or_zero_width and _PICTOGRAPH.search(text) is not None
    quoted_cells = '\t"' in text and _QUOTED_CELL_OPEN.search(text) is not None
    quoted = False  # inside a quoted spreadsheet cell's lines
    # reST's, org's and Textile's marks (readers.light_markup), each only in a text that shows the tool
    rest = not signs.isdisjoint(_REST_SIGNS) and LM.shows_rest(text)
    rest_names = LM.rest_substitutions(text) if rest and "|" in text else frozenset()
    org = "#+" in signs and LM.shows_org(text)
    textile = not signs.isdisjoint(_TEXTILE_SIGNS) and LM.shows_textile(text)
    tabular = "\\" in text and LM.shows_tabular(text)  # a LaTeX tabular (Mathpix): its rows a table
    images = ocr_text.image_names_shown(text)  # an OCR app's lines naming each image (readers.ocr_text)
    emphasis = ("*" in text or "_" in text) and (
        inline
        or "\n#" in text
        or "\n* " in text
        or text.startswith(("#", "* "))
        or "\n==" in text
        or ("*" in text and ("*\n" in text or "*\r" in text) and _at_most_two(_STARRED_LINE.finditer(text)) == 2)
        or textile
        or org
    )
    # AsciiDoc's `=` headings and ` +` at a line's end (its `+` looked for first: a two-character search
    # in CJK text is dear), only in a text that shows AsciiDoc (diffread-A 8, 9)
    hard_breaks = "+" in text and (" +\n" in text or " +\r" in text)
    asciidoc = (hard_breaks or ("=" in text and (text[:1] == "=" or "\n=" in text))) and (
        _ASCIIDOC_SIGN.search(text) is not None
    )
    hard_breaks = hard_breaks and asciidoc
    # a converting library's banner (`_TOOL_BANNER`), unstructured's categories (`_ELEMENT_LINE`) and
    # reference-style links (`_REF_LINK`): each asked for only where the text shows that tool
    # (each asked first of one character a Chinese text rarely holds: a search for several ASCII
    # characters in CJK text costs several times one for a single character)
    banner = ("A" in text and "Aspose." in text) or ("S" in text and "Spire." in text)
    elements = (("x" in text and "Text:" in text) or ("I" in text and "ListItem:" in text)) and _at_most_two(
        _ELEMENT_SIGN.finditer(text, 0, 200_000)
    ) == 2
    refs = _reference_labels(text) if "]" in text and "][" in text and "]:" in text else frozenset()
    sms = _sms_parts(text) if "/" in text else False
    chat = _chat_senders(text) if ":" in text and _opens_chat(text) and _CHAT_TIME.search(text) else frozenset()
    fields = ("H" in text and "HYPERLINK" in text) or ("M" in text and "MERGEFORMAT" in text)
    mail: bool | None = None  # whether the text shows a mail: asked at its first `--` line
    quoting = ">" in text and ("写道" in text or " wrote:" in text)  # an earlier mail quoted under a reply
    # Markdown's code fences (an assistant's answer puts a document in one: ```text … ```): once the text
    # holds two fence lines, every fence line leaves (they are not paired: a third one goes too)
    fences = "```" in signs and _at_most_two(_FENCE.finditer(text)) == 2
    attributed = False  # the line before was a client's attribution line
    loose = "#" in text and _ATX_SIGN.search(text) is not None
    line_marks = _ADOC_PREFIX if asciidoc else _MD_LOOSE_PREFIX if loose else _MD_PREFIX
    sub_bullets = "●" in text and ("○" in text or "◦" in text) and _FILLED_BULLET_LINE.search(text) is not None
    legend = ""  # the word a legend's symbols stand before (`● 表示已完成` ⏎ `○ 表示未完成`), "" where none
    plain = not (
        inline
        or zero_width
        or entities
        or links
        or emoji
        or numbered
        or escaped
        or rtf
        or quoted_cells
        or emphasis
        or hard_breaks
        or banner
        or elements
        or refs
        or sms
        or chat
        or fields
        or stamp
        or card
        or tool_lines
        or quoting
        or reviewed
        or fences
        or titled
        or rest
        or org
        or textile
        or tabular
        or sub_bullets
    )
    blocks: list[Block] = []
    most = limits.blocks
    blank = False
    rule = False
    bold_open = False  # a line ended inside a bold run whose closing mark is on a later line
    page = False  # a form feed (the page separator of a PDF's text export) since the last block
    tables = 0  # the HTML tables read so far (each `<table>` a table of the body)
    html_table = 0  # the HTML table whose rows go on over the next lines (its `</table>` not met yet)
    simple: tuple[int, int] | None = None  # a pandoc simple table under way: its number and its columns
    adoc = 0  # the AsciiDoc table under way (between its `|===` delimiters): its number
    latex = 0  # the LaTeX tabular under way (between its `\begin{tabular}` and `\end{tabular}`): its number
    pos = 0
    # One pass over the lines; the rare cases (a run-on line, Markdown marks, bold) are tested
    # with one `in` or `len` before any function is called, since most lines have none of them.
    # a record's members, a viewer's numbers, front matter, an app's stamp or card, a tail left out or
    # RTF control words: asked line by line only in a text that has one (one test a line in the others)
    lines_asked_one_by_one = (
        record is not None
        or viewer is not None
        or front > 0
        or bool(stamp or card or tool_lines)
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
            if number >= ends:
                break
            if rtf and "\\" in raw:
                cut_at = _RTF_CONTROL.match(raw, len(raw) - len(raw.lstrip(" \t")))
                if cut_at is not None:
                    at += cut_at.end()  # a control word opening the line (`\tab 您提出的…`): an indent's markup
                    raw = raw[cut_at.end() :]
                # …如下：\par (a control word inside the line stays: its offsets would move)
                raw = _RTF_TRAIL.sub("", raw)
        if number <= row_joined:
            continue  # a line of a table row read with the row's first line
        whole = raw.strip(_LINE_EDGES)  # a raw line holds line-end characters only at its end
        if html_source and "<" in whole and (end := page_source.row_end(lines, number)) > number:
            whole = "".join(line.strip(_LINE_EDGES) for line in lines[number : end + 1])
            # (Tika's XHTML: `<tr>\t<td><p>类别</p>` ⏎ `</td>…</tr>`: one row's lines; joined with no break, as
            # row_end joins only rows whose cells hold one paragraph each: no two paragraphs of a cell meet)
            row_joined = end
        elif html_source and whole[:1] == "<" and page_source.only_tags(whole):
            continue  # the page's root, `<body>`, `</body></html>`: markup, no words
        if not whole:
            blank = True
            simple = None  # a simple table ends at a blank line
            if form_feeds and "\f" in raw:
                page = True
            continue
        if plain and simple is None and whole[0] not in _SLOW_STARTS and len(whole) < _RUN_ON_LENGTH:
            if len(blocks) >= most:
                raise limits.exceeded("blocks", what="lines of text")
            start = at if raw[0] == whole[0] else at + raw.find(whole)
            origin = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
            f = folded_text[start : start + len(whole)]
            hints = NO_HINTS if start == at or not _indented(raw, start - at) else _INDENTED
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
        if whole[0] in _DRAWN_RULE_STARTS and _DRAWN_RULE.match(whole):
            rule = True
            continue
        # the conversion tools' line marks (session 18), asked of a line only where its first character or
        # the text can show one: most lines of most texts pay one test
        if banner or refs or whole[0] in _TOOL_MARK_STARTS:
            if whole[0] in "{-" and _PAGE_MARK.fullmatch(whole):
                page = True  # a converter's page mark (marker's `{2}------`, `---page---`): the page ends here
                continue
            if banner and whole[0] in "EC" and _TOOL_BANNER.match(whole):
                continue
            if whole[0] == "#" and number < _TAG_LINE_REACH and "#" in whole[1:] and _TAG_LINE.fullmatch(whole):
                continue  # a note app's tags at the note's head (a body's `#3机组 #4机组` stays)
            if whole[0] == "[" and whole.startswith(_MISSING_MARKS) and _MISSING_PAGE.fullmatch(whole):
                page = True
                continue
            if refs and whole[0] == "[" and _defines_reference(whole, refs):
                continue  # a reference link's definition: its address, no text
        if whole[0] in "-=" and " " in whole and _SIMPLE_TABLE_RULE.match(whole):
            if simple is not None:
                simple = None  # the table's closing rule (reST frames a simple table in its rules)
                continue
            head = blocks[-1] if blocks and not blank else None
            parts = _SPACED_CELL_GAP.split(head.text) if head is not None else []
            if head is not None and head.cells is None and not head.table and len(parts) == len(whole.split()):
                tables += 1  # pandoc's simple table: the head above its rule of dashes, one run a column
                simple = (tables, len(parts))
                blocks[-1] = _table_row(head, tuple(parts), tables)
                continue
            if whole[0] == "=":
                rule = True  # reST's rule over a simple table's head: markup
                continue
        if tabular and (latex or (whole[0] == "\\" and whole.startswith(LM.TABULAR_BEGIN))):
            read = LM.tabular_line(whole)
            if read is not False and whole.startswith(LM.TABULAR_BEGIN):
                tables += 1  # the table opens (its head row maybe on the same line)
                latex = tables
            if read is True:
                if whole.startswith("\\end"):
                    latex = 0
                continue
            if read is not False:
                if len(blocks) >= most:
                    raise limits.exceeded("blocks", what="lines of text")
                here = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
                row = Block(whole, blank_before=blank, rule_before=rule, page_before=page, origin=here)
                blocks.append(_table_row(row, read, latex))
                blank = rule = page = False
                continue
            latex = 0
        if whole[0] == "|" and whole.startswith(_ADOC_TABLE) and not whole.strip("|= "):
            if not adoc:
                tables += 1
            adoc = 0 if adoc else tables
            continue
        if adoc and whole[0] == "|":
            if len(blocks) >= most:
                raise limits.exceeded("blocks", what="lines of text")
            here = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
            first = not blocks or blocks[-1].table != adoc  # a blank line inside the table parts no rows
            row = Block(whole, blank_before=blank and first, rule_before=rule, page_before=page, origin=here)
            blocks.append(_table_row(row, tuple(c.strip(EDGE_SPACE) for c in whole[1:].split("|")), adoc))
            blank = rule = page = False
            continue
        if simple is not None:
            parts = _SPACED_CELL_GAP.split(whole)
            if len(parts) == simple[1]:
                if len(blocks) >= most:
                    raise limits.exceeded("blocks", what="lines of text")
                here = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
                row = Block(whole, blank_before=blank, rule_before=rule, page_before=page, origin=here)
                blocks.append(_table_row(row, tuple(parts), simple[0]))
                blank = rule = page = False
                continue
            simple = None
        if fences and whole[0] in "`~" and _FENCE.fullmatch(whole):
            continue  # a code fence's line: the block's frame, its lines the text
        if rest and whole[0] == whole[-1] and LM.rest_adornment(whole):
            continue  # a reST section's underline (or overline): its level's mark, no text
        if whole[0] in _UNDERLINE_STARTS:
            if images and whole[-1] in "=-" and ocr_text.image_name_line(whole):
                page = bool(blocks)  # an OCR app's line naming the next image: a page's start, no text
                continue
            if whole[0] in _RULE_CHARS and _MARKDOWN_RULE.match(whole):
                rule = True
                continue
            if whole[0] == "=" and _SETEXT_UNDERLINE.match(whole):
                continue  # `======` under a heading: Markdown's other way of marking one
        if whole[0] == "<" and whole.startswith("<!--") and whole.endswith("-->"):
            if _PAGE_BREAK_COMMENT.fullmatch(whole):
                page = True  # a converter's page break: the page ends here, as at a form feed
            continue  # an HTML comment on its own line (`<!-- more -->`): markup a renderer never shows
        if whole[0] in _MARKUP_LINE_STARTS and _MARKUP_LINE.match(whole):
            continue
        if inline and "<" in whole and _HTML_ROW.search(whole):
            rows = _html_rows(whole)
            if rows:
                if not html_table:
                    tables += 1
                html_table = 0 if _HTML_TABLE_END.search(whole[whole.rfind("</tr") :]) else tables
                here = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
                for cells in rows:
                    if len(blocks) >= most:
                        raise limits.exceeded("blocks", what="lines of text")
                    row = Block(whole, blank_before=blank, rule_before=rule, page_before=page, origin=here)
                    blocks.append(_table_row(row, cells, tables))
                    blank = rule = page = False
                continue
        elif html_table and _HTML_TABLE_END.search(whole):
            html_table = 0
        if inline and whole[0] == "<" and _OPEN_TAG_HALF.fullmatch(whole):
            tag_half = True  # an open tag's first half: markup, its second half opens the next line
            continue
        if tag_half:
            tag_half = False
            closing = _TAG_CLOSING_HALF.match(whole)
            if closing is not None:
                skip = closing.end() + len(whole[closing.end() :]) - len(whole[closing.end() :].lstrip(EDGE_SPACE))
                at += raw.find(whole) + skip
                raw = raw[raw.find(whole) + skip :]
                whole = whole[skip:]
                if not whole:
                    continue
        if chat or sms or elements or whole[0] in _TOOL_LINE_STARTS:
            if chat and (whole in chat or _CHAT_HEAD.fullmatch(whole)):
                continue  # a chat's sender line over a message, or its export's head
            if sms and whole[0] in "[(（【" and (part := _SMS_PART.match(whole)) is not None:
                next_part = part.group("k") != "1"  # the message's next part: its sentence may go on
                at += raw.find(whole) + part.end()
                raw = raw[raw.find(whole) + part.end() :]
                whole = whole[part.end() :]
                if not whole:
                    page = page or next_part
                    continue
                if next_part:
                    page = True
                    here = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
                    f = folded_text[at : at + len(whole)]  # (`raw` opens with `whole` now)
                    blocks.append(
                        Block(whole, (), (), (), blank, rule, page, _PART_HINTS, _UNSET, -1, f, None, 0, (), here)
                    )
                    blank = rule = page = False
                    continue
            if whole == "--":
                mail = _shows_mail(text) if mail is None else mail
                if mail:  # RFC 3676's signature delimiter: the mail's, read by rules.trailer.after
                    here = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
                    blocks.append(Block(whole, (), (), (), blank, rule, page, _MAIL_HINTS, origin=here))
                    blank = rule = page = False
                    continue
            if whole[0] == "\\" and (command := _LATEX_HEADING.fullmatch(whole)) is not None:
                words = str(command.group("words"))
                skip = raw.find(whole) + command.start("words") + len(words) - len(words.lstrip(EDGE_SPACE))
                at += skip
                raw = raw[skip:]  # (its `}` and line end stay after the words: the block is the words)
                whole = words.strip(EDGE_SPACE)
                if not whole:
                    continue
            if elements and whole[0] in _ELEMENT_STARTS and (element := _ELEMENT_LINE.match(whole)) is not None:
                if element.group("category").lower() in _ELEMENT_FURNITURE:
                    page = page or element.group("category") == "PageBreak"
                    continue  # a page's header, footer or number, as the tool itself named it
                at += raw.find(whole) + element.end()
                raw = raw[raw.find(whole) + element.end() :]
                whole = whole[element.end() :]
                if not whole:
                    continue
        line_start = at if raw[0] == whole[0] else at + raw.find(whole)
        origin = origins[number] if number < _SHARED_LINES else Origin((f"line:{number + 1}",))
        made = len(blocks)
        quoted_mail = attributed and whole[0] == ">" and bool(blocks)  # the first line of an earlier mail quoted
        # (a client's attribution line, `On … wrote:` / `在 … 写道：`, over the earlier mail it quotes: under a
        # reply written on top, the quoted mail is another message; its first quoted line is marked as a
        # mail's delimiter is, rules.trailer.after: nothing under it is the document's contact or 版记)
        attributed = quoting and whole[-1] in ":：" and whole[0] != ">" and _MAIL_SIGN.search(whole) is not None
        pieces = _paragraphs_of(whole) if len(whole) >= _RUN_ON_LENGTH else ((0, whole),)
        if quoted_cells:
            if quoted and whole.endswith('"') and whole.count('"') % 2:  # its own quotes paired, the last one closes
                quoted = False
                pieces = [(0, whole[:-1].rstrip(EDGE_SPACE))] if len(whole) > 1 else []
            elif (
                not quoted
                and (cell := _QUOTED_CELL_OPEN.match(whole))
                and whole.count('"') % 2  # the opening quote is left unpaired on its line
                and _closes_below(lines, number)
            ):
                quoted = True
                pieces = [(0, str(cell.group("label")).strip(EDGE_SPACE)), (cell.end(), whole[cell.end() :])]
        if escaped and "\\n" in whole:
            pieces = _cut_at(list(pieces), _ESCAPED_BREAK)
        if inline and "<" in whole and (tag_breaks := _PAGE_BREAK if html_source else _HTML_BREAK).search(whole):
            pieces = _cut_at(list(pieces), tag_breaks)
        if entities and "&lt;" in whole and _ESCAPED_TAG_BREAK.search(whole):
            pieces = _cut_at(list(pieces), _ESCAPED_TAG_BREAK)
        for offset, line in pieces:
            start = line_start + offset
            original = line
            if zero_width and ZERO_WIDTH.search(line):
                line = ZERO_WIDTH.sub("", line)  # a web page's, pasted: before a 一、 title it would hide the marker
                if not line:
                    continue
            gaps: Sequence[int] = ()
            spaces: Sequence[int] = ()
            entity_indent = False
            if entities and "&" in line:
                line, gaps, spaces, entity_indent = _without_entities(line)
                if not line:
                    continue
            hints = NO_HINTS
            if rest and (line[0] == "." or line[-1] == ":" or "\\ " in line or (rest_names and "|" in line)):
                line = LM.rest_line(line, rest_names)
                if not line:
                    continue
            if org and (line[-1] == "\\" or "/" in line):
                line = LM.org_line(line)
                if not line:
                    continue
            if textile and line[0] in "hpbf" and (signature := LM.textile_signature(line)):
                line = line[signature:].lstrip(EDGE_SPACE)
                if not line:
                    continue
            if escaped and line[0] == "\\" and (lead := _ESCAPED_INDENT.match(line)) is not None:
                line = line[lead.end() :]
                if not line:
                    continue
                hints = _INDENTED
            if line[0] == "<" and inline:
                anchor = _ANCHOR_LEAD.match(line)
                if anchor is not None:  # marker's `<span id="page-0-1"></span>## 一、…`: it hides the heading's mark
                    line = line[anchor.end() :].lstrip(EDGE_SPACE)
                    if not line:
                        continue
            if line[0] in _MD_PREFIX_CHARS:
                # The prefix is kept as a hint: a rule may find it was a page number's dash ("- 3 -").
                prefix = line_marks.match(line)
                if prefix and sub_bullets and line[0] == "●" and number + 1 < len(lines):
                    below = lines[number + 1].strip(" \t\r\n")  # `● 表示已完成` over `○ 表示未完成`: a legend's key
                    if below[:1] in _SUB_BULLET_CHARS and _legend_word(below[1:].lstrip(" "), line, ""):
                        prefix = None
                line = line[prefix.end() if prefix else 0 :].strip(EDGE_SPACE)
                hints = Hints(markup=prefix.group(), indent=hints.indent) if prefix else hints
                if quoted_mail and offset == 0:
                    hints = _MAIL_HINTS  # under a reply on top: the earlier mail's, held by no element
                if prefix and "#" in prefix.group():
                    line = _ATX_CLOSING.sub("", line)  # `## 一、工作情况 ##`
                if prefix and line[:2] == "[!" and ">" in prefix.group():
                    line = _CALLOUT_TAG.sub("", line, count=1)  # `> [!note] 办理结果：B`: the callout's type
            elif sub_bullets and line[0] in _SUB_BULLET_CHARS and (sub := _SUB_BULLET.match(line)) is not None:
                legend = _legend_word(line[sub.end() :], lines[number - 1] if number else "", legend)
                if not legend:
                    line = line[sub.end() :]  # a list's second-level bullet (`○ `): its item opens its own block
                    hints = Hints(markup=sub.group(), indent=hints.indent)
            if emoji and _EDGE_PICTOGRAPHS.search(line):
                line = _EDGE_PICTOGRAPHS.sub("", line)  # decoration, not words: it would hide a heading's marker
                if not line:
                    continue
            if fields and ("HYPERLINK" in line or "MERGEFORMAT" in line):
                line = _FIELD_CODE.sub("", line).strip(EDGE_SPACE)
                if not line:
                    continue
            if reviewed is not None and "[" in line:
                line = without_anchors(line, reviewed[1])
            if refs and "][" in line:
                line = _REF_LINK.sub(lambda m: _reference_words(m, refs), line).strip(EDGE_SPACE)
            if links and "[" in line:  # lynx's `[3]` before the words of the link it lists as 3
                line = _LINK_MARK.sub(lambda m: "" if m.group(1) in links[1] else m.group(), line)
                if not line:
                    continue
            if emphasis and ("*" in line or "_" in line):
                line = _EMPHASIS.sub(_emphasised, line)
            if hard_breaks and line[-1] == "+" and _ASCIIDOC_BREAK.search(line):
                line = line[:-2]
            bold: Sequence[tuple[int, int]] = ()  # the block's shared empty default: most lines have no bold
            if inline:
                marked = line
                line, bold, bold_open = _inline_marks(line, bold_open, blank, highlights)
                if (gaps or spaces) and line != marked:
                    gaps = spaces = ()  # marks taken off after the entities moved what follows: no place is sure
            if not line:
                continue
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
    if "|" in text or "+-" in text or _BOX.search(text):
        blocks = _pipe_tables(_drawn_tables(blocks), framed=org)
    return blocks


def _without_entities(line: str) -> tuple[str, list[int], list[int], bool]:
    """The line without its escaped tags and space entities (_ESCAPED_TAG, _SPACE_ENTITY), where a
    gap and where a single space stood in what is left, and whether entities opened the line (an
    indent). A run at an edge is no gap; a lone narrow entity is a space only between two CJK
    characters (elsewhere the text's own words stand apart by it: nothing to record)."""
    if "&lt;" in line:
        line = _ESCAPED_TAG.sub("", line)
    out: list[str] = []
    gaps: list[int] = []
    spaces: list[int] = []
    pos = 0
    length = 0
    indent = False
    for m in _SPACE_ENTITY.finditer(line):
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


def _closes_below(lines: list[str], number: int) -> bool:
    """Whether a line below line `number` ends with a quote left unpaired on it, closing a
    spreadsheet cell that line opened (a quote inside the cell is doubled, so paired)."""
    for ln in lines[number + 1 : number + _QUOTED_CELL_REACH]:
        line = ln.rstrip(_LINE_EDGES)
        if line.endswith('"') and line.count('"') % 2:
            return True
    return False


def _table_row(b: Block, cells: tuple[str, ...], table: int) -> Block:
    """`b` as a row of table `table` with `cells` (its text the cells parted by tabs)."""
    return Block(
        "\t".join(cells),
        cells=cells,
        table=table,
        blank_before=b.blank_before,
        rule_before=b.rule_before,
        page_before=b.page_before,
        origin=b.origin,
    )


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


def _html_rows(line: str) -> list[tuple[str, ...]]:
    """The HTML table rows on a line (`<tr><td>类别</td><td>数量</td></tr>…`), each its cells' text
    without tags; a row with no cell text is left out (a spacer row)."""
    rows: list[tuple[str, ...]] = []
    for m in _HTML_ROW.finditer(line):
        cells = tuple(_ANY_TAG.sub("", c.group("cell")).strip(EDGE_SPACE) for c in _HTML_CELL.finditer(m.group("row")))
        if any(cells):
            rows.append(cells)
    return rows


_SOFT_BREAKS = "\u2028\x0b"


def _tabs_after(raw: str) -> int:
    """The TABs among the spaces after the raw line's last word: the empty cells a spreadsheet's or a
    Word table's copy ends a row with (`人员经费\t120\t118\t`, its 备注 cell blank), which the block's
    text, stripped at its edges, no longer shows (rules.body_tables counts them back)."""
    return raw.count("\t", len(raw.rstrip(_LINE_EDGES)))


def _hyphen_end(raw: str) -> bool:
    """The raw line ends on a soft hyphen (line-end characters and spaces aside)."""
    return raw.rstrip(" \t\r\n\u3000")[-1:] == "\u00ad"


_INDENTED = Hints(indent=True)


def _indented(raw: str, lead: int) -> bool:
    """The `lead` characters that open the raw line before its text hold an indent (a 全角 space, a
    no-break space, an en or em space, a tab, two spaces; not a lone space, a byte-order mark or a
    zero-width character): the line opens a paragraph where the text marks them. Written out as
    `in` scans: a generator over the marks cost more than the scans."""
    p = raw[:lead]
    return "\u3000" in p or "\xa0" in p or "\t" in p or "  " in p or "\u2002" in p or "\u2003" in p


def _has_inline_marks(text: str) -> bool:
    """Whether the text holds any of `_INLINE_MARKS`. A mark's first character is looked for before
    the mark: a search for two ASCII characters in a Chinese text costs 10–30 times a search for one
    (CPython's substring search meets a false candidate at about every CJK character)."""
    return any(mark[0] in text and (len(mark) == 1 or mark in text) for mark in _INLINE_MARKS)


def _inline_marks(
    line: str, bold_open: bool, blank: bool, highlights: bool = True
) -> tuple[str, Sequence[tuple[int, int]], bool]:
    """The line without its inline Markdown and HTML marks (a hard break's backslash, links and
    images, inline tags, escapes, footnote marks, bold), where its bold runs stand, and whether a
    bold run is left open for a later line (see `_strip_bold`: a run open before a blank line
    does not go on into this one; a line without marks leaves `bold_open` as it was). `highlights`:
    the text shows Markdown, so `==…==` is a highlight's mark (`_MARKDOWN_SIGN`)."""
    if line[-1:] == "\\" and line[-2:] != "\\\\":
        line = line[:-1].rstrip(EDGE_SPACE)  # a hard line break (`…十处，\`), as pandoc writes one
    if "]" in line and "](data:" in line:
        line = _DATA_IMAGE.sub("", line).strip(EDGE_SPACE)  # a picture's whole data: no words
    if "]" in line and "](" in line:  # (the first character first: see `_has_inline_marks`)
        line = _LINK.sub(_link_words, line).strip(EDGE_SPACE)
    if "]" in line and "]{" in line:
        line = _PANDOC_SPAN.sub(r"\g<words>", line).strip(EDGE_SPACE)
    if "<" in line:
        line = _HTML_INLINE_TAG.sub("", line).strip(EDGE_SPACE)
    if "$" in line or ("\\" in line and "\\(" in line):
        line = _MATH_FIGURE.sub(r"\g<figure>", line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
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


def _cells(line: str, bars: regex.Pattern[str] = _PIPE_CELL) -> list[str]:
    """The cells of a `|` row (or one framed by `bars`), its edge bars taken off."""
    inner = line.strip()
    inner = inner[1:] if inner[:1] in _DRAWN_CHARS else inner
    inner = inner[:-1] if inner[-1:] in _DRAWN_CHARS and not inner.endswith("\\|") else inner
    return [c.strip(EDGE_SPACE) for c in bars.split(inner)]


def _link_list(text: str) -> tuple[int, frozenset[str]] | None:
    """Where a text browser's list of the links it numbered starts, and their numbers: the list is
    the converter's, not the page's, and a `[N]` is a link mark only where the list names N."""
    m = _LINK_LIST.search(text)
    if m is None:
        return None
    return m.start(), frozenset(n.group(1) for n in _LINK_NUMBER.finditer(text, m.start()))


def _drawn_tables(blocks: list[Block]) -> list[Block]:
    """A table a text browser drew: a run of lines framed by bars (`│a│b│`, `| a | b |`) and border
    lines (`├──┼──┤`, `+----+`, `|----+----|`), with a border among them, is one table; each framed
    line is a row of its cells (as a Markdown table's), the borders go (drawing, not text). A row
    whose cells the browser wrapped onto the next line stays two rows."""
    out: list[Block] = []
    tables = 0
    run: list[tuple[Block, bool]] = []  # the run's lines, each with whether it is a border

    def flush() -> None:
        nonlocal tables
        if any(border for _, border in run) and not all(border for _, border in run):
            tables += 1
            first = True
            for b, border in run:
                if not border:
                    row = _row(b, tables, _DRAWN_BAR)
                    if first:
                        row.blank_before = run[0][0].blank_before or row.blank_before
                    out.append(row)
                    first = False
        else:
            out.extend(b for b, _ in run)
        run.clear()

    for b in blocks:
        t = b.text
        if t[0] in _DRAWN_CHARS or t[0] == "+" or "\u2500" <= t[0] <= "\u257f":
            # each line matched once: a border is a drawn row's line too where it is framed (|----+----|)
            border = _DRAWN_BORDER.match(t) is not None
            if border or _DRAWN_ROW.match(t):
                if run and b.blank_before:
                    flush()  # a blank line ends the run; the line opens the next
                run.append((b, border))
                continue
        if run:
            flush()
        out.append(b)
    if run:
        flush()
    return out


def _pipe_tables(blocks: list[Block], *, framed: bool = False) -> list[Block]:
    """Markdown tables as table rows: the row above a delimiter row and the `|` rows under it
    (up to a blank line or a line without a pipe) become rows of one table, the delimiter row
    goes. A `|` line without a delimiter row under its first line stays text (a web copy's
    information table is read by the header's rules). In an org text (`framed`) a table needs no
    delimiter row: a run of lines framed by bars, two cells or more, is one, as org draws it."""
    out: list[Block] = []
    tables = max((b.table for b in blocks if b.table), default=0)  # after any a browser drew
    in_table = 0
    for b in blocks:
        if in_table and "|" in b.text and not b.blank_before and not b.rule_before:
            out.append(_row(b, in_table))
            continue
        in_table = 0
        if framed and b.cells is None and _org_row(b.text):
            tables += 1
            in_table = tables
            out.append(_row(b, in_table))
            continue
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.cells is None
            and "|" in previous.text
            and not b.blank_before
            and GFM_DELIMITER_ROW.match(b.text)
            and len(_cells(b.text)) == len(_cells(previous.text))
        ):
            tables += 1
            in_table = tables
            out[-1] = _row(previous, in_table)
            continue  # the delimiter row is Markdown syntax, not text
        out.append(b)
    return out


def _org_row(line: str) -> bool:
    """Whether `line` is an org table's row: framed by bars, two cells or more."""
    return len(line) > 2 and line[0] == "|" and line[-1] == "|" and len(_cells(line)) >= 2


def _row(b: Block, table: int, bars: regex.Pattern[str] = _PIPE_CELL) -> Block:
    """`b`, a `|` row, as a row of table `table`, its cells parted by `bars`."""
    return _table_row(b, tuple(_cells(b.text, bars)), table)


_SHARED_LINES = 4096
_ORIGINS: list[Origin] = []


def _at_most_two(matches: Iterator[object]) -> int:
    """How many matches there are, counted to two: the search stops at the second, where
    `len(findall(...)[:2])` built the list of all (diffread-A A7)."""
    return sum(1 for _ in islice(matches, 2))


def _member_origins(text: str, spans: tuple[tuple[int, int], ...]) -> list[Origin]:
    """The line each JSON member's value opens on: the breaks counted on from the member before,
    so an element list of thousands of members reads the file once, not once per member (diffread-A
    A11); a member standing before the one read last (a record's title after its text) counts from
    the file's start."""
    origins: list[Origin] = []
    line, before = 1, 0
    for start, _ in spans:
        if start < before:
            line, before = 1, 0
        line += text.count("\n", before, start)
        before = start
        origins.append(Origin((f"line:{line}",)))
    return origins


def _line_origins(count: int) -> list[Origin]:
    """Where each line stands (`line:1` for the first), for the first `count` lines up to
    `_SHARED_LINES`: the same for every text, and immutable, so made once per line number and
    shared (making one cost about as much as the rest of a line's reading). Lines past them,
    which only a very long file has, get their own.

    A longer list is a new one, bound in one step: threads reading at once never grow one list
    from the same length, and each gets a list in order (whichever is bound last stays)."""
    global _ORIGINS
    shared = _ORIGINS
    if len(shared) < min(count, _SHARED_LINES):
        shared = shared + [Origin((f"line:{n + 1}",)) for n in range(len(shared), min(count, _SHARED_LINES))]
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


def _extractor_metadata_lines(text: str) -> int:
    """How many lines a text extractor's metadata takes at the file's start (0: none)."""
    m = _EXTRACTOR_META.match(text)
    if m is None or not _CONTENT_TYPE.search(m.group()):
        return 0
    return m.group(0).count("\n") + (0 if m.group(0).endswith("\n") else 1)


def _json_record(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where the title member (if any, and not already the text's opening) and the text member of a
    JSON record stand (None: the text is no JSON object, or none of its string values holds most of it).
    A list holding one record (a crawler's `[{…}]`) is that record (schema 1.9); a list of several is
    several pages, no one document's, and stays as written."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, dict):
        return None
    members = list(_JSON_MEMBER.finditer(text))
    best = max(members, key=lambda m: len(m.group("value")), default=None)
    if best is None or (
        2 * len(best.group("value")) < len(text.strip()) and not records.holds_the_words(best.group("value"), text)
    ):
        return records.json_list_member(text, value)  # (its text a list of paragraphs, maybe)
    for m in members:
        title = m.group("value").strip()
        if m is not best and title and _json_key(m.group("key")) in _JSON_TITLE_KEYS:
            head = best.group("value")[: 2 * len(title) + 200]
            first = _ESCAPED_BREAK.split(head.lstrip(" \t\u3000"), 1)[0].strip()
            # the text's own head holds it, or its first line is the title without a site's name (`…的答复_某局`)
            if title not in head and not (2 * len(first) >= len(title) and first in title):
                return m.span("value"), best.span("value")
            break
    return (best.span("value"),)


def _other_record(text: str) -> tuple[tuple[tuple[int, int], ...], bool] | None:
    """Where a crawler's record in another shape than one JSON object's string member holds the title
    and the text (readers.records: an XML export, Scrapy's printed item, a CSV export's one row), and
    whether its quotes are doubled (a CSV cell's); None for none. Each asked only where the text opens
    as that shape does."""
    first = text.lstrip()[:1] if text[:1].isspace() else text[:1]  # (no copy of the text where none is needed)
    if first == "<":
        spans = records.xml_record(text)
        return None if spans is None else (spans, False)
    if first == "[" and "[[[" in text[:40]:
        boxes = ocr_text.printed_boxes(text)  # an OCR engine's result as Python printed it (readers.ocr_text)
        return None if boxes is None else (boxes, False)
    if "\t" in text and ("\t0." in text or "\t1" in text):
        scored = ocr_text.scored_lines(text)  # an OCR script's text with each line's score after a tab
        if scored is not None:
            return scored, False
    if "{'" in text and (text.startswith("{'") or "\n{'" in text):
        spans = records.python_record(text)
        return None if spans is None else (spans, False)
    if first not in _JSON_OPENS and "," in text[:200] and ',"' in text:
        spans = records.csv_record(text)
        return None if spans is None else (spans, True)
    return None


def _json_char(m: regex.Match[str]) -> str:
    """The character a JSON escape writes (`_JSON_CHAR`), or the escape as written where it writes a
    control character, a lone half of a surrogate pair or a backslash (kept for the later cuts)."""
    if m.group("lo") is not None:
        high, low = int(m.group("hi"), 16), int(m.group("lo"), 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    code = m.group("c") or m.group("x")
    if code is None:
        mark = m.group()[1:]
        return _JSON_MARKS.get(mark, m.group())
    char = chr(int(code, 16))
    if char < " " or "\ud800" <= char <= "\udfff" or char == "\\":
        return m.group()
    return char


def _json_key(key: str) -> str:
    """A member's key as it reads (`\\u6807\\u9898` is 标题), in lower case."""
    try:
        return str(json.loads('"' + key + '"')).lower()
    except ValueError:
        return key.lower()


def _json_elements(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where each element's text stands in a tool's JSON list of elements, furniture elements left out
    (None: the text is no such list). unstructured's elements (`type`, `element_id`, `text`, `metadata`),
    MinerU's `content_list.json` (`type`, `text`, `page_idx`; an image's entry has no text) and an OCR app's
    boxes (Umi-OCR's record: `data`, a list of `box`, `score`, `text`) are such lists: the elements' texts,
    in order, are the document's lines where together they hold nearly all its words."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    named = False  # the list stands under an OCR service's name for its boxes (`_ELEMENT_LIST_KEYS`)
    for _ in range(2):  # an answer's envelope holding the record (腾讯云's `{"Response": {…}}`)
        if isinstance(data, dict) and len(data) == 1 and isinstance(inner := next(iter(data.values())), dict):
            data = inner
    if isinstance(data, dict):  # one record holding its list of elements (Umi-OCR's `data`, 百度's `words_result`)
        lists = [(str(k), v) for k, v in data.items() if isinstance(v, list) and len(v) >= 2]
        named = len(lists) == 1 and lists[0][0] in _ELEMENT_LIST_KEYS
        data = lists[0][1] if len(lists) == 1 else None
    if not isinstance(data, list) or len(data) < 2 or not all(isinstance(e, dict) for e in data):
        return None
    if any(str(k).lower() in _JSON_TITLE_KEYS for e in data for k in e):
        return None  # a list of a crawler's records, each a page with its title: several pages stay as written
    if not (named or all(_ELEMENT_TOOL_KEYS.intersection(map(str, e)) for e in data)) or any(
        isinstance(v, str) and str(k) not in _ELEMENT_WORD_KEYS and _HAN_CHAR.search(v) is not None
        for e in data
        for k, v in e.items()
    ):
        return None  # no tool's element (its keys), or words in a member no element's text holds: stays as written
    # each element's words in the order its members stand: its text, and a table's or a picture's caption,
    # body and notes (MinerU's `table_caption`, `table_body` as HTML, `img_caption`: a line each)
    owners: list[int] = []  # the element each string of words belongs to, in order
    texts: list[str] = []
    for k, e in enumerate(data):
        for key, value in e.items():
            if str(key) in _ELEMENT_WORD_KEYS:
                for v in [value] if isinstance(value, str) else value if isinstance(value, list) else []:
                    if isinstance(v, str):
                        owners.append(k)
                        texts.append(v)
    spans = _word_strings(text)
    if len(spans) != len(owners):
        return None  # a words' key inside an element's metadata: the values cannot be told apart
    if not all("element_id" in e for e in data) and not records.holds_the_words("".join(texts), text):
        return None
    kinds = [str(e.get("type", "")).lower() for e in data]
    return tuple(span for span, k in zip(spans, owners, strict=True) if kinds[k] not in _ELEMENT_FURNITURE)


def _word_strings(text: str) -> list[tuple[int, int]]:
    """Where each JSON string standing under a key of `_ELEMENT_WORD_KEYS` stands (its value, or each string of
    its list), in order: a string followed by a colon is a key, any other the last key's value."""
    spans: list[tuple[int, int]] = []
    key = ""
    for m in _JSON_STRING.finditer(text):
        at = m.end()
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        if text[at : at + 1] == ":":
            key = m.group("s")
        elif key in _ELEMENT_WORD_KEYS:
            spans.append(m.span("s"))
    return spans


def missing_pages(text: str) -> list[tuple[str, str]]:
    """The `pages-without-text` warning for the pages Nougat marks it could not read (`_MISSING_PAGE`
    alone on its line, FAIL or POST: a blank page's EMPTY lost nothing), or none."""
    pages = [
        m.group("page") or "?"
        for m in _MISSING_PAGE.finditer(text)
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


def _reprint_card_lines(text: str) -> tuple[int, ...]:
    """The lines WeChat's card of a reprinted account takes (`_REPRINT_CARD`): from and to, or () for none."""
    m = _REPRINT_CARD.search(text)
    if m is None:
        return ()
    first = text.count("\n", 0, m.start())
    return (first, first + m.group().count("\n"))


def _shows_mail(text: str) -> bool:
    """Whether the text shows a mail: two header lines of different keys, or a quoted line, an
    attribution line or a client's separator (`_MAIL_SIGN`)."""
    if _MAIL_SIGN.search(text) is not None:
        return True
    return len({m.group("key") for m in _MAIL_HEADER.finditer(text)}) >= 2


def _sms_parts(text: str) -> bool:
    """Whether lines open with the counts of an SMS's parts, 1 to N of one N, each once."""
    parts = [(int(m.group("k")), int(m.group("n"))) for m in _SMS_PART.finditer(text)]
    if len(parts) < 2:
        return False
    total = parts[0][1]
    return sorted(parts) == [(k, total) for k in range(1, total + 1)]


def _opens_chat(text: str) -> bool:
    """Whether the text opens with a chat export's own head (`_CHAT_HEAD` the whole first line: QQ's
    `消息记录（此消息记录为文本格式…）`, WeChat's `…的聊天记录` caption): the evidence a sender line is asked
    after. A stamped log (`2024-06-12 08:00:00 水位正常` three times) or a sentence naming someone's
    聊天记录 shows no chat (diffread-A A1, A2)."""
    first = text.lstrip(_LINE_EDGES)
    end = first.find("\n", 0, 200)
    return _CHAT_HEAD.fullmatch(first[: len(first) if end < 0 else end].rstrip(_LINE_EDGES)) is not None


def _chat_senders(text: str) -> frozenset[str]:
    """A chat's sender lines (`_CHAT_SENDER`), where one sender opens `_MIN_CHAT` of them or more (asked
    only of a text `_opens_chat`)."""
    found: dict[str, list[str]] = {}
    stamps: list[str] = []  # QQ's: a full date with seconds before the sender
    for m in _CHAT_SENDER.finditer(text):
        line = m.group().strip(_LINE_EDGES)
        found.setdefault(m.group("qq") or m.group("name"), []).append(line)
        if m.group("qq"):
            stamps.append(line)
    chat = frozenset(line for lines in found.values() if len(lines) >= _MIN_CHAT for line in lines)
    # once the export shows itself, each of its stamped lines is a sender's, who wrote once too
    return chat | frozenset(stamps) if chat & frozenset(stamps) else chat


def _onenote_stamp(text: str) -> bool:
    """Whether the text's second and third lines are OneNote's stamp of its page (`_ONENOTE_STAMP`), no
    other line being a bare clock time."""
    second = text.find("\n", 0, 302) + 1  # where the second line starts (0: the first line is long or alone)
    return (
        second > 0
        and text[second : second + 2] in _STAMP_OPENS  # a year's first figures or a weekday's letter
        and _ONENOTE_STAMP.match(text) is not None
        and _at_most_two(_BARE_CLOCK.finditer(text)) == 1
    )


def app_records(text: str, heads: Sequence[str] = ()) -> list[tuple[str, str]]:
    """A `text-repaired` warning (`app-record`) for each app's record the reader leaves out by its shape
    alone where it holds what a person wrote or what a document could print: OneNote's stamp (a notice
    may print its meeting's date and hour so under its title), a note app's lines holding words (`Author:
    王某`, `Tags: 会议通知`; its dates and addresses are the app's bookkeeping), and `heads`, the words
    of a file's head `text_blocks` left out (`mail_text.head_words`). Session 18 left them out unsaid;
    dropped text is said (the brief)."""
    found: list[str] = []
    if _onenote_stamp(text):
        found.append(" ".join(text.split("\n", 3)[1:3]).strip())
    card = "章" in text and "以下文章来源于" in text and bool(_reprint_card_lines(text))  # (read before a note's head)
    if "C" in text and "Created:" in text and not card:
        head = _note_head_lines(text)
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


def _note_head_lines(text: str) -> tuple[int, ...]:
    """The lines a note app's record of the note takes (`_NOTE_HEAD`, at the file's start or under its
    first line): from and to, or () for none."""
    under = _UNDER_FIRST_LINE.match(text)
    for at in (0, len(text) if under is None else under.end()):
        m = _NOTE_HEAD.match(text, at)
        if m is not None and _NOTE_CREATED.search(m.group()) is not None:
            first = text.count("\n", 0, at)
            return (first, first + m.group().count("\n"))
    return ()


def _reference_labels(text: str) -> frozenset[str]:
    """The labels of reference-style links the text both defines on a line of its own and uses."""
    defined = {m.group("label").lower() for m in _REF_DEFINITION.finditer(text)}
    if not defined:
        return frozenset()
    used = {(m.group("label") or m.group("words")).lower() for m in _REF_LINK.finditer(text)}
    return frozenset(defined & used)


def _defines_reference(line: str, labels: frozenset[str]) -> bool:
    """Whether the line is the definition of a reference link the text uses."""
    m = _REF_DEFINITION.match(line)
    return m is not None and m.group("label").lower() in labels


def _reference_words(m: regex.Match[str], labels: frozenset[str]) -> str:
    """A reference-style link's words where the text defines its label (labels are case-blind), else
    the link as written."""
    return str(m.group("words")) if (m.group("label") or m.group("words")).lower() in labels else m.group()


def _reader_head_lines(text: str) -> int:
    """How many lines a reader service's header takes at the file's start (0: none)."""
    m = _READER_HEAD.match(text)
    if m is None or "URL Source:" not in m.group():
        return 0
    return m.group(0).count("\n") + (0 if m.group(0).endswith("\n") else 1)


def _front_title(text: str, front: int) -> dict[int, tuple[int, int]] | None:
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


def _front_matter_lines(text: str) -> int:
    """How many lines YAML front matter takes at the file's start (0: none): `---`, `key: value`
    lines, and a closing `---` or `...`."""
    m = _FRONT_MATTER.match(text)
    if m is None or not _YAML_KEY.search(m.group(1)):
        return 0
    return m.group(0).count("\n") + (0 if m.group(0).endswith("\n") else 1)


def _viewer_numbers(lines: list[str]) -> list[int] | None:
    """Where each line's number ends, when every line opens with a number one more than the line
    above's (a viewer numbered them, blank lines too): the numbers are the viewer's. None otherwise:
    a text's own numbered lines skip its other lines. (The read cuts each line there: one match a line.)"""
    ends: list[int] = []
    n = -1
    for k, raw in enumerate(lines):
        m = _VIEWER_NUMBER.match(raw)
        if m is None:
            return None
        if k == 0:
            n = int(m.group(1))
        elif int(m.group(1)) != n + k:
            return None
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


def _wiki_words(m: regex.Match[str]) -> str:
    """What a wiki link shows: its words, else its target; an embedded file shows none."""
    return "" if m.group("embed") else str(m.group("words") or m.group("target"))


def _emphasised(m: regex.Match[str]) -> str:
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
