"""A crawler's record of one page saved as text, in the shapes other than one JSON object's string member
(readers.text reads that one): a JSON member holding the page's paragraphs as a list, a CSV export's one
row under its header (the text in a quoted `content` cell), an XML export's `<content>` element (its
CDATA marks the export's), and Scrapy's log of an item as Python printed it (`{'content': '…\\n…', …}`
under a `Scraped from <200 …>` line).

Each gives where the record's title and its text stand (the spans the text reader reads as the
document's lines, in order); the keys, the other members and cells, the tags and the log line are the
crawler's. A record is read only where its text member holds nearly all the Han characters of the
file (`holds_the_words`): a file of several pages, or a document with a few such marks in it, stays as
written.
"""

from __future__ import annotations

import ast
import html
import itertools
import json
from collections.abc import Iterator

import regex

from govdoc import lazyregex
from govdoc.charclass import HAN
from govdoc.limits import UNREADABLE_JSON

Spans = tuple[tuple[int, int], ...]

# the members holding a page's headline, one vocabulary for every record shape (readers.text's JSON object
# too); not `name`: in a crawler's item it names the site or the spider, not the page (diffread-C C9)
TITLE_KEYS = frozenset({"title", "标题", "headline", "题目", "文章标题"})
_TEXT_KEYS = frozenset(
    {"content", "text", "正文", "内容", "body", "article", "全文", "paragraphs", "段落"}
    # (session 21: a 提案办理 register's answer column, the reply's whole text in a row of the register; its
    # 提案标题 is the proposal's, never the reply's title, so it names no title column)
    | {"答复内容", "答复正文", "答复全文", "办理答复", "回复内容", "答复函"}
)
_MIN_WORDS = 50
_MAX_RECORD = 5_000_000  # characters a Python literal is evaluated for at most

# a JSON string token, and a member opening a list (`"paragraphs": [`)
_JSON_STRING = lazyregex.compile(r'"(?P<s>(?:[^"\\\n]|\\.)*)"')
_LIST_MEMBER = lazyregex.compile(r'"(?P<key>(?:[^"\\\n]|\\.){1,60})"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}\[')
_LIST_GAP = lazyregex.compile(r"[ \t\r\n]{0,20},[ \t\r\n]{0,20}")
# a Python literal's string member, quoted either way (`'content': '…'`)
_PY_MEMBER = lazyregex.compile(
    r"(?P<kq>['\"])(?P<key>[^'\"\\\n]{1,60})(?P=kq)[ \t]{0,4}:[ \t]{0,4}"
    r"(?P<vq>['\"])(?P<value>(?:(?!(?P=vq))[^\\\n]|\\.)*)(?P=vq)"
)
# an XML export's text element (its words maybe in CDATA) and its title element; a tool's XML output's
# text element too: trafilatura's `<main>` (`--xml`), SmolDocling's `<doctag>` (DocTags); an RSS item's whole page in
# `<content:encoded>` beside its teaser `<description>` (conv26)
_XML_TEXT_NAMES = ("content", "content:encoded", "text", "description", "article", "main", "doctag")
_XML_TEXT_OPEN = lazyregex.compile(
    r"<(?P<tag>content(?::encoded)?|text|description|article|main|doctag)(?:[ \t][^<>\n]{0,300})?>"
)
_XML_TEXT_CLOSE = {name: lazyregex.compile(rf"</{regex.escape(name)}[ ]{{0,2}}>") for name in _XML_TEXT_NAMES}
# trafilatura's root (`<doc sitename=… title=…>`, maybe under a declaration): its `<main>` is read only under it, as
# HTML5's `<main>` is a page's (an HTML fragment saved as text keeps what stands outside it: diffread-B B10)
_TRAFILATURA_ROOT = lazyregex.compile(r"[ \t\r\n\ufeff]{0,20}(?:<\?xml[^<>\n]{0,200}\?>[ \t\r\n]{0,20})?<doc[ \t\r\n>]")
_XML_CANDIDATES = 20  # text elements tried for the one holding the words (DocTags' first `<text>` holds a line)
# any markup inside the text element: a tag, a declaration or processing instruction, CDATA's brackets
_XML_MARKUP = lazyregex.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z_][\w:.-]{0,60})(?:[ \t\r\n][^<>]{0,2000}?)?(?P<empty>/?)>"
    r"|<\?[^<>]{0,2000}?\?>|<![A-Za-z][^<>]{0,2000}>|<!\[CDATA\[|\]\]>"
)
# an inline element's tags stand inside a line (the text reader takes them off, readers.inline_marks._HTML_INLINE_TAG),
# and so do a table's (the text reader reads its `<tr>` rows as a table's, as in any text holding HTML);
# every other tag ends one (`<p>`, `<div>`, `<lb/>`, `<head>`, a DocTags element, ENML's `<en-note>`)
_INLINE_TAGS = frozenset(
    {"font", "span", "b", "strong", "i", "em", "u", "a", "sup", "sub", "small", "big", "mark"}
    | {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"}
)
# the elements a tool names as a page's furniture (DocTags): their words are no text
_FURNITURE_TAGS = frozenset({"page_header", "page_footer"})
_XML_TITLE = lazyregex.compile(r"<title(?:[ \t][^<>\n]{0,300})?>(?P<t>[^<>\n]{1,300})</title[ ]{0,2}>")
# a web page's own markup (an HTML page saved as text is no crawler's export: its `<title>` is the
# browser tab's, never the document's title, by the contract; diffread-C C7)
_HTML_PAGE = lazyregex.compile(r"<(?:!doctype[ \t]+html|html|head|body)[\s>]", regex.I)
_CDATA_OPEN = "<![CDATA["
_CDATA_CLOSE = "]]>"
# a CSV export's header row: plain names parted by commas, no quote
_CSV_HEAD = lazyregex.compile(r"\A\ufeff?(?P<h>[^\n,\"]{1,40}(?:,[^\n,\"]{1,40}){1,30})\r?\n")


def holds_the_words(value: str, text: str, copied: int = 0) -> bool:
    """Whether `value` holds nearly all of `text`'s Han characters, and a document's worth of them; `copied` Han
    characters of `text` repeat `value`'s words (a tool's second copy of each element's words) and do not count."""
    words = len(HAN.findall(value))
    return words >= _MIN_WORDS and holds_the_words_counted(words, len(HAN.findall(text)) - copied)


def holds_the_words_counted(words: int, total: int) -> bool:
    """`holds_the_words` of counts: `words` Han characters read of the `total` that count in the text."""
    return words >= _MIN_WORDS and words * 4 >= total * 3


# What a record repeats of its text beside it (conv26): a feed's teaser (RSS's `<description>`), a search answer's
# highlighted fragments (`…市<em>公交</em>集团…`), the text again in another form (JSON Feed's `content_text` beside its
# `content_html`): clauses outside the text (runs of Han between stops and commas), its tags and escaped breaks
# taken out, that the text holds.
_COPY_RUN = lazyregex.compile(r"[\p{Han}、“”《》（）0-9]{4,}")
_COPY_NOISE = lazyregex.compile(r"</?[A-Za-z][^<>\n]{0,300}>|<!\[CDATA\[|\]\]>|\\[nrt]|\s+")


def holds_the_words_but_copies(value: str, text: str) -> bool:
    """`holds_the_words`, where the Han characters outside `value` that only repeat runs of it do not count: a
    record's teaser, highlights or second rendering of its text are no other page's words."""
    words = len(HAN.findall(value))
    if words < _MIN_WORDS:
        return False
    total = len(HAN.findall(text))
    if words * 4 >= total * 3:
        return True
    plain = _COPY_NOISE.sub("", value)
    at = text.find(value)
    outside = _COPY_NOISE.sub("", text if at < 0 else text[:at] + "\n" + text[at + len(value) :])
    return words * 4 >= (total - _copied_words(outside, plain)) * 3


_GRAM = 4  # a run's pieces looked up in the value: as long as the shortest run `_COPY_RUN` takes
_EXACT_SCANS = 32  # exact searches of the value for the runs its pieces all stand in, before those pieces decide


def _copied_words(outside: str, plain: str) -> int:
    """The Han characters of the runs of `outside` that repeat a run of `plain`.

    Searching `plain` for every run cost time quadratic in the record (40,000 comments of six characters
    each searched through a text of 160,000: DIFFREAD-B N4). A run is first asked whether each of its pieces
    of `_GRAM` characters stands in `plain` (a set of them, made once): a run of other words fails at once.
    Only one passing that is searched for whole, up to `_EXACT_SCANS` searches of `plain`'s length; past
    them (a record repeating its text thousands of times) its pieces all standing in `plain` decide."""
    grams = {plain[k : k + _GRAM] for k in range(len(plain) - _GRAM + 1)}
    scans = _EXACT_SCANS
    seen: dict[str, int] = {}  # each distinct run's copied words, asked once
    copied = 0
    for run in _COPY_RUN.findall(outside):
        found = seen.get(run)
        if found is None:
            hit = all(run[k : k + _GRAM] in grams for k in range(len(run) - _GRAM + 1))
            if hit and scans > 0:
                scans -= 1
                hit = run in plain
            found = seen[run] = len(HAN.findall(run)) if hit else 0
        copied += found
    return copied


def lines_of(text: str, spans: Spans) -> Spans:
    """The spans cut at the line breaks inside them (a line end's CR left out), blank pieces kept."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        at = a
        while True:
            cut = text.find("\n", at, b)
            end = b if cut < 0 else cut
            out.append((at, end - 1 if end > at and text[end - 1] == "\r" else end))
            if cut < 0:
                break
            at = cut + 1
    return tuple(out)


def _with_title(title: tuple[int, int] | None, text: str, body: Spans) -> Spans:
    """The body's spans, the title's first where the body's opening does not hold the title and the title
    stands before the body (read first from after it, the file's characters would be out of order)."""
    if title is None or not body or title[1] > body[0][0]:
        return body
    words = text[title[0] : title[1]].strip()
    head = text[body[0][0] : min(body[-1][1], body[0][0] + 2 * len(words) + 200)]
    return body if not words or words in head else (title, *body)


def json_list_member(text: str) -> Spans | None:
    """A JSON record whose text is a list of strings (`"paragraphs": ["…", "…"]`, or one: `"content": ["…"]`): each
    string's span, the title member's first (None: no such member holds the words). The list may stand at any depth
    (conv26: a notebook's printed lines, `cells[].outputs[].text`), read where it stands. The text's Han characters
    are counted once, not once a list asked (a search answer of a thousand docs, each `"title": ["…"]`, counted
    the whole record at each: quadratic, diffread29 N2)."""
    total = -1  # the text's Han characters, counted at the first list holding a document's worth of words
    for m in _LIST_MEMBER.finditer(text):
        if text[_skip_space(text, m.end()) : _skip_space(text, m.end()) + 1] != '"':
            continue  # a list of boxes, figures or objects: no lines (and not decoded, so nesting costs nothing)
        try:
            items = _DECODER.raw_decode(text, m.end() - 1)[0]
        except UNREADABLE_JSON:
            continue
        # (one string may be the whole text: a search engine's multivalued field, Solr's `"content": ["…"]`; conv27)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
            continue
        spans: list[tuple[int, int]] = []
        at = m.end()
        for k in range(len(items)):
            s = _JSON_STRING.match(text, _skip_space(text, at))
            if s is None:
                return None
            spans.append(s.span("s"))
            at = s.end()
            if k + 1 < len(items):
                gap = _LIST_GAP.match(text, at)
                if gap is None:
                    return None
                at = gap.end()
        words = len(HAN.findall("".join(items)))
        if words < _MIN_WORDS:
            continue  # (a list of the title's one string above the text's, Solr's `"title": ["…"]`)
        if total < 0:
            total = len(HAN.findall(text))
        if not holds_the_words_counted(words, total):
            continue
        title = next((t.span("value") for t in _json_members(text) if t.group("key").lower() in TITLE_KEYS), None)
        return _with_title(title, text, tuple(spans))
    return None


_DECODER = json.JSONDecoder()


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


# A JSON record's string member (`"key": "value"`): its escapes and quotes the record's (readers.text's too)
JSON_MEMBER = lazyregex.compile(r'"(?P<key>(?:[^"\\\n]|\\.){1,60})"[ \t]{0,4}:[ \t]{0,4}"(?P<value>(?:[^"\\\n]|\\.)*)"')


def _json_members(text: str) -> list[regex.Match[str]]:
    return list(JSON_MEMBER.finditer(text))


def python_record(text: str) -> Spans | None:
    """Scrapy's item as Python printed it (`{'content': '…', 'title': '…'}`, maybe under its log line): the
    text member's span and the title's first (None: the text holds no such literal)."""
    start = 0 if text.startswith("{") else text.find("\n{") + 1
    if (start <= 0 and not text.startswith("{")) or len(text) > _MAX_RECORD:
        return None
    try:
        value = ast.literal_eval(text[start:].strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(value, dict):
        return None
    members = list(_PY_MEMBER.finditer(text, start))
    best = max(members, key=lambda m: len(m.group("value")), default=None)
    if best is None or not holds_the_words(best.group("value"), text):
        return None
    title = next((m.span("value") for m in members if m is not best and m.group("key").lower() in TITLE_KEYS), None)
    return _with_title(title, text, (best.span("value"),))


# PHP's `print_r` of a row (`Array ⏎ ( ⏎     [id] => 326 ⏎     [content] => 某局 ⏎ …`): a member a line at four spaces,
# `[key] => value`, a string's own line breaks written raw, so a member's value runs on to the next member's line or
# the closing `)` (conv29: a CMS row a PHP script printed was read with its keys and brackets)
_PRINT_R_OPEN = lazyregex.compile(r"\AArray\r?\n\(\r?\n")
_PRINT_R_MEMBER = lazyregex.compile(r"^[ ]{4}\[(?P<key>[^\]\n]{1,60})\][ ]=>[ ]?", regex.M)
_PRINT_R_END = lazyregex.compile(r"^\)[ \t]*\r?$", regex.M)


def print_r_record(text: str) -> Spans | None:
    """PHP's `print_r` of one row (`_PRINT_R_OPEN`): the text member's value (the longest, holding the words) and the
    title's first where the text does not open with it (None: no such print)."""
    if _PRINT_R_OPEN.match(text) is None:
        return None
    members = list(_PRINT_R_MEMBER.finditer(text))
    if len(members) < 2:
        return None
    close = _PRINT_R_END.search(text, members[-1].end())
    stop = len(text) if close is None else close.start()
    values: list[tuple[str, int, int]] = []
    for m, after in zip(members, [*members[1:], None], strict=True):
        end = stop if after is None else after.start()
        while end > m.end() and text[end - 1] in "\r\n":
            end -= 1
        values.append((m.group("key"), m.end(), end))
    _, start, end = max(values, key=lambda v: v[2] - v[1])
    if not holds_the_words(text[start:end], text):
        return None
    title = next(((a, b) for k, a, b in values if k.lower() in TITLE_KEYS and a != start), None)
    return _with_title(title, text, ((start, end),))


# Node's `util.inspect` of a document (mongosh's `find()`, a Node script's console.log): keys unquoted, strings in
# single quotes, a long string holding breaks cut after each into pieces joined by ` +`, one a line
# (`content: '某局\\n' +` ⏎ `      '某交函…\\n' +` ⏎ … `'…'`), other values the shell's (`ObjectId('…')`,
# `ISODate('…')`); conv29: a record a mongosh session printed was read with its keys, quotes and pluses
_INSPECT_PIECE = r"'(?:[^'\\\n]|\\.)*+'"
_INSPECT_MEMBER = lazyregex.compile(
    rf"^[ ]{{0,40}}(?P<key>[A-Za-z_$][\w$]{{0,60}}):[ ]"
    rf"(?P<value>{_INSPECT_PIECE}(?:[ ]\+\r?\n[ ]{{0,60}}{_INSPECT_PIECE})*+)",
    regex.M,
)
_INSPECT_STRING = lazyregex.compile(_INSPECT_PIECE)


def inspected_record(text: str) -> Spans | None:
    """The text member of a record Node's util.inspect printed (`_INSPECT_MEMBER`): its pieces, each without its
    quotes and the escaped break closing it, a line each; the title member's first where the text does not open
    with it (None: no such print, or no member holding the words)."""
    members = list(_INSPECT_MEMBER.finditer(text))
    if not members:
        return None
    best = max(members, key=lambda m: len(m.group("value")))
    if " +" not in best.group("value") or not holds_the_words(best.group("value"), text):
        return None
    pieces: list[tuple[int, int]] = []
    for piece in _INSPECT_STRING.finditer(text, best.start("value"), best.end("value")):
        start, end = piece.start() + 1, piece.end() - 1
        if text.endswith("\\n", start, end) and not text.endswith("\\\\n", start, end):
            end -= 2  # (the break the piece was cut after: the next piece opens the next line)
        pieces.append((start, end))
    title = next((m.span("value") for m in members if m is not best and m.group("key").lower() in TITLE_KEYS), None)
    if title is not None:
        title = (title[0] + 1, title[1] - 1)
    return _with_title(title, text, tuple(pieces))


# A Java object's `toString()` as Lombok (and IDEs) write it, inside a log line: `ReplyDO(id=326, title=关于…,
# content=某局` ⏎ the string member's further lines raw ⏎ `…, organ=某局, publishTime=2024-08-16T18:30:12)`: the
# class's name, then `name=value` members parted by `, ` (conv29: a service's log of the entity it saved was read with
# its members' names and the log's head). The member whose value runs over lines is the text; it ends where the
# members after it open on the last line, which the object's `)` closes.
_TO_STRING_OPEN = lazyregex.compile(r"\b[A-Z][A-Za-z0-9_$]{0,60}\((?=[a-z][A-Za-z0-9_]{0,40}=)")
_TO_STRING_MEMBER = lazyregex.compile(r"(?:\(|,[ ])(?P<key>[a-z][A-Za-z0-9_]{0,40})=")
_TO_STRING_TAIL = lazyregex.compile(r",[ ][a-z][A-Za-z0-9_]{0,40}=[^\n]{0,300}\)[ \t]*\r?$", regex.M)


def to_string_record(text: str) -> Spans | None:
    """The text member of an object a log line printed by its `toString()` (`_TO_STRING_OPEN`), its title member's
    first where the text does not open with it: the member whose value runs from the first line over the lines under
    it to the members closing the last line (None: no such print)."""
    first_end = text.find("\n")
    if first_end < 0:
        return None
    opening = _TO_STRING_OPEN.search(text, 0, first_end)
    tail = _TO_STRING_TAIL.search(text, first_end)
    if opening is None or tail is None:
        return None
    members = list(_TO_STRING_MEMBER.finditer(text, opening.end() - 1, first_end))
    if not members:
        return None
    start, end = members[-1].end(), tail.start()
    if not holds_the_words(text[start:end], text):
        return None
    title = None
    for m, after in zip(members, [*members[1:], None], strict=True):
        if after is not None and m.group("key").lower() in TITLE_KEYS:
            title = (m.end(), after.start())
    return _with_title(title, text, ((start, end),))


# A Python string literal as repr() writes one (either quote, escapes allowed), on one line
_PY_STRING = lazyregex.compile(r"'(?:[^'\\\n]|\\.)*+'" r'|"(?:[^"\\\n]|\\.)*+"')
# a loader's document object printed (LangChain's `Document(metadata={…}, page_content='…')`, LlamaIndex's
# `Document(id_=…, text='…')`): the member holding its text, one per page
_PY_TEXT_KEYWORD = lazyregex.compile(r"(?:page_content|text)=(?P<q>['\"])(?P<value>(?:(?!(?P=q))[^\\\n]|\\.)*+)(?P=q)")


def python_list(text: str) -> Spans | None:
    """A spider's list of strings as Python printed it (`print(response.xpath(…).getall())`:
    `['…', '\\u3000\\u3000…']`): each string's span, a paragraph each, where together they hold the text's
    words (None: no such list; conv24)."""
    if len(text) > _MAX_RECORD:
        return None
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(value, list) or len(value) < 2 or not all(isinstance(v, str) for v in value):
        return None
    found = [(m.start() + 1, m.end() - 1) for m in _PY_STRING.finditer(text)]
    if len(found) != len(value) or not holds_the_words("".join(value), text):
        return None
    return tuple(found)


# a word's or a line's dict as a PDF or OCR library returns it, printed (pdfplumber's `extract_words()`: `{'text': '…',
# 'x0': 90.0, …}`, keys sorted by pprint): its text member
_PY_TEXT_MEMBER = lazyregex.compile(r"'text':[ ]?(?P<q>['\"])(?P<value>(?:(?!(?P=q))[^\\\n]|\\.)*+)(?P=q)")


def python_word_dicts(text: str) -> Spans | None:
    """A list of a library's word (or line) dicts as Python printed it (pdfplumber's `pprint(page.extract_words())`):
    each dict's `text` member, a line each, where every dict holds one and together they hold the text's words (None:
    no such list; conv27). The boxes beside them are no text."""
    if len(text) > _MAX_RECORD:
        return None
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(value, list) or len(value) < 2:
        return None
    if not all(isinstance(v, dict) and isinstance(v.get("text"), str) for v in value):
        return None
    found = list(_PY_TEXT_MEMBER.finditer(text))
    if len(found) != len(value) or not holds_the_words("".join(m.group("value") for m in found), text):
        return None
    return tuple(m.span("value") for m in found)


def printed_documents(text: str) -> Spans | None:
    """A loader's document objects as Python printed them (LangChain's `[Document(metadata={…},
    page_content='…'), …]`): each one's text member, a page each; the loader's metadata is none of the text
    (None: no such objects, or their texts do not hold the text's words; conv24)."""
    found = list(_PY_TEXT_KEYWORD.finditer(text))
    if not found or not holds_the_words("".join(m.group("value") for m in found), text):
        return None
    return tuple(m.span("value") for m in found)


def xml_record(text: str) -> Spans | None:
    """An XML export's text element (CDATA marks left out) cut into its lines, the title element's first.
    Markup inside the element (Evernote's ENML in its `<content>`, trafilatura's `<p>` and `<lb/>`, DocTags'
    elements and `<loc_N>` boxes) is the tool's: each tag but an inline one ends a line, and no tag is text."""
    for k, (tag, start, a, b) in enumerate(_text_elements(text)):
        if k >= _XML_CANDIDATES or _HTML_PAGE.search(text, 0, start) is not None:
            return None
        if tag == "main" and _TRAFILATURA_ROOT.match(text) is None:
            continue
        inner = text[a:b]
        if inner.lstrip().startswith(_CDATA_OPEN) and inner.rstrip().endswith(_CDATA_CLOSE):
            a = text.index(_CDATA_OPEN, a) + len(_CDATA_OPEN)
            b = text.rindex(_CDATA_CLOSE, a, b)
        if not holds_the_words_but_copies(text[a:b], text):
            continue
        # the title element nearest above the text element: an Atom entry's or an RSS item's own, not its feed's
        # or channel's above all entries (conv25: the feed's `某市交通运输局 - 建议提案办理` was taken)
        title = None
        for found in _XML_TITLE.finditer(text, 0, start):
            title = found
        title = title or _XML_TITLE.search(text)
        body = _markup_runs(text, a, b) if "<" in text[a:b] else lines_of(text, ((a, b),))
        return _with_title(None if title is None else title.span("t"), text, body)
    return None


def _text_elements(text: str) -> Iterator[tuple[str, int, int, int]]:
    """Each text element in order, as its name, where it opens and where its content starts and ends: an opening
    and the first closing of its name after it, the next element looked for after that closing. Each name's next
    closing is found once and kept until an opening passes it, so a text of many openings that never close is read
    once, not once from each opening to its end (a lazy `<content>(.*?)</content>` over them was quadratic:
    review27 R2)."""
    closing: dict[str, tuple[int, int] | None] = {}  # each name's first closing at or after where it was looked for
    at = 0
    while (opened := _XML_TEXT_OPEN.search(text, at)) is not None:
        tag, a = opened.group("tag"), opened.end()
        close = closing.get(tag, (-1, -1))
        if close is not None and close[0] < a:
            found = _XML_TEXT_CLOSE[tag].search(text, a)
            close = closing[tag] = None if found is None else found.span()
        if close is None:
            at = opened.start() + 1
            continue
        yield tag, opened.start(), a, close[0]
        at = close[1]


def _markup_runs(text: str, a: int, b: int) -> Spans:
    """The lines of `text[a:b]` between its tags (an inline element's tags left inside its line), the words of
    a furniture element and runs of nothing but spaces left out."""
    runs: list[tuple[int, int]] = []
    at = a
    furniture = 0  # inside a furniture element (its words skipped)
    for m in _XML_MARKUP.finditer(text, a, b):
        name = (m.group("name") or "").lower()
        if name in _INLINE_TAGS:
            continue
        if not furniture and text[at : m.start()].strip():
            runs.append((at, m.start()))
        if name in _FURNITURE_TAGS and not m.group("empty"):
            furniture = max(0, furniture + (-1 if m.group("close") else 1))
        at = m.end()
    if not furniture and text[at:b].strip():
        runs.append((at, b))
    return lines_of(text, tuple(runs))


def csv_record(text: str) -> Spans | None:
    """A CSV export's one row under its header, its text in a column named as a text column: that cell's
    lines (inside its quotes) and the title column's cell first. Several rows are several pages: None."""
    head = _CSV_HEAD.match(text)
    if head is None:
        return None
    names = [n.strip().lower() for n in head.group("h").split(",")]
    column = next((k for k, n in enumerate(names) if n in _TEXT_KEYS), -1)
    if column < 0:
        return None
    cells = _csv_row(text, head.end())
    if cells is None or len(cells) != len(names):
        return None
    a, b = cells[column]
    if not holds_the_words(text[a:b], text):
        return None
    title_column = next((k for k, n in enumerate(names) if n in TITLE_KEYS), -1)
    title = cells[title_column] if title_column >= 0 else None
    return _with_title(title, text, lines_of(text, ((a, b),)))


def _csv_row(text: str, at: int) -> list[tuple[int, int]] | None:
    """The cells of the one CSV row from `at` (each span inside its quotes), or None where the row is
    broken or another row follows it."""
    cells: list[tuple[int, int]] = []
    n = len(text)
    while True:
        if at < n and text[at] == '"':
            end = at + 1
            while True:
                end = text.find('"', end)
                if end < 0:
                    return None
                if text[end + 1 : end + 2] == '"':
                    end += 2
                    continue
                break
            cells.append((at + 1, end))
            at = end + 1
        else:
            end = at
            while end < n and text[end] not in ",\r\n":
                end += 1
            cells.append((at, end))
            at = end
        if at < n and text[at] == ",":
            at += 1
            continue
        break
    return cells if not text[at:].strip() else None


# An XML dump whose words stand only in its elements' attributes (conv26): MuPDF's structured text (`mutool draw -F
# stext`: a `<char c="某"/>` per character inside `<line>`), ALTO (`<String CONTENT="某"/>` per word inside
# `<TextLine>`), an outliner's OPML (`<outline text="…"/>` per line). The attribute of one element name holding
# nearly all the file's Han is the text: where its values are characters or words (two characters at the median),
# those under one line element join into its line (a space only between two ASCII words an element parts, ALTO's
# `<SP/>`), a closing tag ending the line; where they are longer, each value is a line.
_XML_TAG = lazyregex.compile(
    r"<(?P<close>/)?(?P<name>[A-Za-z_][\w:.-]{0,60})(?P<attrs>(?:[ \t\r\n][^<>]{0,4000}?)?)(?P<empty>/?)>"
)
_XML_ATTRIBUTE = lazyregex.compile(
    r"""(?P<an>[A-Za-z_][\w:.-]{0,60})[ ]?=[ ]?(?:"(?P<av>[^"<>]{0,2000})"|'(?P<av>[^'<>]{0,2000})')"""
)
_XML_ENTITY = lazyregex.compile(r"&(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_GLYPH_MEDIAN = 2  # characters a character's or a word's value holds at the median


_XML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}  # XML's five named entities


def _xml_entity(m: regex.Match[str]) -> str:
    code = m.group()[1:-1]
    named = _XML_NAMED.get(code)
    if named is not None:
        return named
    number = int(code[2:], 16) if code[1:2] == "x" else int(code[1:])
    return chr(number) if 0x20 <= number < 0x110000 and not 0xD800 <= number < 0xE000 else m.group()


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def attribute_lines(text: str, left: list[str] | None = None) -> list[tuple[int, str]] | None:
    """The lines of an XML dump whose words stand in one element's attribute, each with the file's line (1-based)
    its first value stands on (None: the text is no such dump). The element's other attributes holding Han (an
    OPML outline's `_note` under its item) are read as lines of their own after its value; the words in Han the
    dump holds elsewhere (another element's attribute, an element's text) that the lines read do not hold are put
    in `left`, to be said (diffread27 N2: read by its one attribute, a dump's other words were dropped unsaid)."""
    if "=" not in text or HAN.search(text) is None:
        return None
    tags = list(_XML_TAG.finditer(text))
    han: dict[tuple[str, str], int] = {}
    for m in tags:
        if m.group("close") or "=" not in m.group("attrs"):
            continue
        for a in _XML_ATTRIBUTE.finditer(m.group("attrs")):
            count = len(HAN.findall(a.group("av")))
            if count:
                key = (m.group("name"), a.group("an"))
                han[key] = han.get(key, 0) + count
    if not han:
        return None
    name, attribute = max(han, key=lambda k: han[k])
    values: list[tuple[int, str, bool]] = []  # (the tag's index among `tags`, its value, a line of its own)
    main = 0  # the values of the one attribute
    for k, m in enumerate(tags):
        if m.group("name") == name and not m.group("close"):
            value: str | None = None
            notes: list[str] = []
            for a in _XML_ATTRIBUTE.finditer(m.group("attrs")):
                words = _XML_ENTITY.sub(_xml_entity, a.group("av"))
                if a.group("an") == attribute:
                    value = words
                elif HAN.search(words) is not None:
                    notes.append(words)
            if value is not None:
                values.append((k, value, False))
                main += 1
            values += [(k, note, True) for note in notes if value is None or value not in note]
    if main < 3 or not holds_the_words("".join(v for _, v, _ in values), text):
        return None
    glyphs = sorted(len(v) for _, v, own in values if not own)[main // 2] <= _GLYPH_MEDIAN
    lines: list[tuple[int, str]] = []
    parts: list[str] = []
    first = 0
    before = -1  # the tag index of the value joined last
    alone = False  # the value joined last is a line of its own
    for k, value, own in values:
        if parts and (not glyphs or own or alone or any(tags[j].group("close") for j in range(before + 1, k))):
            lines.append((first, "".join(parts)))
            parts = []
        if not parts:
            first = tags[k].start()
        elif k > before + 1 and _ascii_word(parts[-1][-1:]) and _ascii_word(value[:1]):
            parts.append(" ")  # two ASCII words an element parts (ALTO's `<SP/>`)
        parts.append(value)
        before, alone = k, own
    if parts:
        lines.append((first, "".join(parts)))
    out = _numbered(text, lines)
    read = "\n".join(words for _, words in out)
    if left is not None and len(HAN.findall(read)) < len(HAN.findall(text)):  # (every Han read: nothing to look for)
        left += _left_out(text, tags, name, attribute, read)
    return out


_LEFT_CHECKED = 200  # the distinct pieces `_left_out` looks for in the lines read, at most (linear time)
_LEFT_SAID = 20  # … and quotes, at most


def _left_out(text: str, tags: list[regex.Match[str]], name: str, attribute: str, read: str) -> list[str]:
    """The words in Han of an XML dump read by `name`'s `attribute` that stand elsewhere (another attribute not
    read as a line, an element's text: OPML's head `<title>`, a comment) and that `read` does not hold: a layout
    dump's font names (`<font name="宋体">`) are as well said as any other words the reader leaves out."""
    pieces: list[str] = []
    for k, m in enumerate(tags):
        if not m.group("close") and "=" in m.group("attrs") and HAN.search(m.group("attrs")) is not None:
            for a in _XML_ATTRIBUTE.finditer(m.group("attrs")):
                if (m.group("name") != name or a.group("an") != attribute) and HAN.search(a.group("av")):
                    pieces.append(_XML_ENTITY.sub(_xml_entity, a.group("av")))
        end = tags[k + 1].start() if k + 1 < len(tags) else len(text)
        if end - m.end() > 0 and HAN.search(text, m.end(), end) is not None:
            pieces.append(_XML_ENTITY.sub(_xml_entity, text[m.end() : end]))
    found: list[str] = []
    seen: set[str] = set()
    for piece in pieces:
        words = " ".join(piece.split())
        if words in seen:
            continue
        seen.add(words)
        if len(found) == _LEFT_SAID:
            found.append("…")  # (more left out than a warning quotes: the first said, and that there are more)
            break
        if len(seen) > _LEFT_CHECKED:  # (more than looked for: the next said unlooked, and that there are more)
            found += [words, "…"]
            break
        if words not in read:
            found.append(words)
    return found


def xml_dump_lines(text: str, left: list[str] | None = None) -> list[tuple[int, str]] | None:
    """The lines of an XML dump of a page's words (`attribute_lines`, `left` its words said; else `element_lines`
    where the text is no HTML page: a page's one-character cells are its own), or of a document in an XML vocabulary
    of paragraphs (`xml_document_lines`)."""
    lines = attribute_lines(text, left)
    if lines is None and _HTML_PAGE.search(text, 0, 4000) is None:
        lines = element_lines(text)
    if lines is None and _XML_DOCUMENT_ROOT.search(text, 0, 2000) is not None:
        lines = xml_document_lines(text, left)
    return lines


# A document written in an XML vocabulary of paragraphs and saved or opened as text (conv29: DocBook from pandoc,
# calibre's FictionBook, LibreOffice's flat ODT were read with their tags, their metadata and styles as the text):
# its root element names the vocabulary; its paragraph elements (`_XML_BLOCKS`) hold the words, a line each, the
# inline elements inside them (emphasis, spans) their words too, and words outside any of them (a table's cell, an
# address: review29 R8) a line of their own; the head elements (`_XML_HEADS`: FictionBook's `description` and
# `binary`, ODF's meta, fonts, styles and settings) are the file's, and what they hold in Han is said (`left`), since a
# person may have written it (a book title, an author). DocBook's `info` is the document's own (its title, R8).
_XML_DOCUMENT_ROOT = lazyregex.compile(
    r"^[ \t]*<(?:FictionBook|office:document|(?:article|book|chapter)(?=[^>]{0,400}docbook))[\s>]", regex.M
)
_XML_BLOCKS = frozenset({"para", "simpara", "title", "subtitle", "p", "v", "text-author", "text:p", "text:h"})
_XML_HEADS = frozenset(
    {"description", "binary", "office:meta", "office:font-face-decls", "office:styles"}
    | {"office:automatic-styles", "office:master-styles", "office:settings", "office:scripts"}
)
_XML_TOKEN = lazyregex.compile(
    r"<!--.{0,20000}?-->|<\?.{0,2000}?\?>|<!\[CDATA\[(?P<cdata>.{0,200000}?)\]\]>"
    r"|<(?P<end>/?)(?P<name>[\w:.-]{1,60})[^<>]{0,2000}?(?P<empty>/?)>",
    regex.S,
)
_LINE_EDGE_SPACE = lazyregex.compile(r"[ \t]*\r?\n[ \t]*")


def _xml_words(pieces: list[str]) -> str:
    """A paragraph element's words: its pieces joined, entities read, the file's line breaks and the indents around
    them gone (a space kept between two ASCII words)."""
    joined = html.unescape("".join(pieces))
    return _LINE_EDGE_SPACE.sub(lambda m: " " if _ascii_sides(joined, m.start(), m.end()) else "", joined).strip()


def _ascii_sides(text: str, start: int, end: int) -> bool:
    """Whether the characters on both sides of a break are ASCII (two English words: a space between them)."""
    return start > 0 and end < len(text) and text[start - 1].isascii() and text[end].isascii()


def xml_document_lines(text: str, left: list[str] | None = None) -> list[tuple[int, str]] | None:
    """The paragraphs of a document in an XML vocabulary (`_XML_DOCUMENT_ROOT`), each with the file's line it opens
    on: the innermost paragraph element's words (a FictionBook heading's `<title><p>…</p></title>` is its `p`), the
    head elements' left out (their Han words put in `left`). None where no paragraph holds words."""
    lines: list[tuple[int, str]] = []
    blocks: list[tuple[int, list[str]]] = []  # the open paragraph elements: the line each opens on, its pieces
    head = 0  # the depth inside head elements
    at = line = 0
    for m in _XML_TOKEN.finditer(text):
        between = text[at : m.start()]
        if between:
            if head and left is not None and HAN.search(between):
                left.append(" ".join(between.split()))
            elif blocks and not head:
                blocks[-1][1].append(between)
            elif not head and (loose := _xml_words([between])):
                # words outside any paragraph element (a table cell's, an address's): a line of their own (review29 R8)
                lines.append((line + 1 + text.count("\n", at, at + len(between) - len(between.lstrip())), loose))
        line += text.count("\n", at, m.start())
        name = m.group("name")
        if m.group("cdata") is not None and blocks and not head:
            blocks[-1][1].append(m.group("cdata").replace("&", "&amp;"))
        elif name is None or m.group("empty"):
            pass
        elif name in _XML_HEADS:
            head += -1 if m.group("end") else 1
        elif name in _XML_BLOCKS and not head:
            if not m.group("end"):
                blocks.append((line + 1, []))
            elif blocks:
                opened, pieces = blocks.pop()
                if words := _xml_words(pieces):
                    lines.append((opened, words))
        line += text.count("\n", m.start(), m.end())
        at = m.end()
    return lines or None


def element_lines(text: str) -> list[tuple[int, str]] | None:
    """The lines of an XML dump whose words stand one character to an element, as the element's own text (pdfminer's
    `pdf2txt -t xml`: `<text font=… bbox=…>某</text>` a line each, a line's end an element holding a break or a closing
    tag of another element, `</textline>`), each with the file's line (1-based) its first character stands on (None:
    the text is no such dump; conv27). `attribute_lines` reads the dumps whose characters stand in an attribute."""
    if "</" not in text or HAN.search(text) is None:
        return None
    tags = list(_XML_TAG.finditer(text))
    han: dict[str, int] = {}
    for m, after in itertools.pairwise(tags):
        if not m.group("close") and after.group("close") and after.group("name") == m.group("name"):
            inner = text[m.end() : after.start()]
            if len(inner) <= _GLYPH_MEDIAN and HAN.search(inner):
                han[m.group("name")] = han.get(m.group("name"), 0) + 1
    if not han:
        return None
    name = max(han, key=lambda k: han[k])
    lines: list[tuple[int, str]] = []
    parts: list[str] = []
    first = 0
    for k, m in enumerate(tags):
        if m.group("close") and m.group("name") != name:
            if parts:
                lines.append((first, "".join(parts)))
                parts = []
            continue
        if m.group("close") or m.group("name") != name or k + 1 >= len(tags):
            continue
        after = tags[k + 1]
        if not (after.group("close") and after.group("name") == name):
            continue
        inner = _XML_ENTITY.sub(_xml_entity, text[m.end() : after.start()])
        if "\n" in inner:  # a break (pdfminer's `<text>\n</text>`) ends the line; words beside it are a line's own
            if parts:
                lines.append((first, "".join(parts)))
                parts = []
            if inner.strip():
                lines.append((m.start(), " ".join(inner.split())))
            continue
        # an element holding more than a character is its words all the same (a segmenter's `<w>养老护理员</w>` among
        # words of one and two): read as a line's end, they were dropped unsaid (diffread29 N1)
        if not parts:
            first = m.start()
        parts.append(inner)
    if parts:
        lines.append((first, "".join(parts)))
    if len(lines) < 3 or not holds_the_words("".join(w for _, w in lines), text):
        return None
    return _numbered(text, lines)


def _numbered(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each line's words that hold more than spaces, with the number of the text's line where it starts (offsets
    ascending, counted in one pass)."""
    out: list[tuple[int, str]] = []
    line, at = 1, 0
    for start, words in lines:
        line += text.count("\n", at, start)
        at = start
        if words.strip():
            out.append((line, words))
    return out
