"""A crawler's record or a tool's element list saved as text: where its members holding the document's
words stand, so the text reader reads those as the text's lines (readers.records reads the other shapes).

Split out of readers.text (session 22).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import regex

from govdoc import lazyregex
from govdoc.blocks import Origin
from govdoc.limits import UNREADABLE_JSON
from govdoc.readers import ocr_text, records, sheet_text

# A registry field's line breaks written as the two characters `\n` (`\r\n`), saved as the text. The
# backslash must open an escape: after an escaped backslash (`\\nas01`, a share's path in a JSON
# record) the `n` is a letter of the text (diffread-B B4: it was cut there and lost).
ESCAPED_BREAK = lazyregex.compile(r"(?<!\\)(?:\\\\)*+\K(?:\\r)?\\n")
# (in lower case: MinerU's `content_list.json` names its page furniture `header`, `footer`, `page_number`)
ELEMENT_FURNITURE = frozenset({"header", "footer", "pagenumber", "pagebreak", "page_number"})
# (conv26: docling's labels and a layout model's categories, `page_header`, `page_footer`, `Page-footer`)
ELEMENT_FURNITURE |= {"page_header", "page_footer", "page-header", "page-footer"}
# the members of a tool's JSON element holding the document's words (`json_elements`)
_ELEMENT_WORD_KEYS = frozenset(
    {"text", "table_caption", "table_body", "table_footnote", "img_caption", "img_footnote", "image_caption"}
    # (session 21: an OCR service's answer names its boxes' words otherwise: 百度's `words`, 腾讯云's `DetectedText`,
    # 阿里云's `word`)
    | {"words", "DetectedText", "word"}
    | {"Text"}  # (conv26: Adobe's PDF Extract API, `elements[].Text`)
)
# the lists an OCR service's answer holds its boxes in (百度's `words_result`, 腾讯云's `TextDetections`, 阿里云's
# `prism_wordsInfo`): the list's own name is the service's mark, so its boxes need no tool's key beside their words
# (百度's general_basic boxes hold `words` alone)
_ELEMENT_LIST_KEYS = frozenset({"words_result", "TextDetections", "prism_wordsInfo"})
ELEMENT_WORDS_SIGN = ('"text"', '"words"', '"DetectedText"', '"word"', '"Text"')
# the members only a tool's element carries beside its words (unstructured's `type`/`element_id`/`metadata`,
# MinerU's `type`/`page_idx`/`bbox`, Umi-OCR's `box`/`score`): a list of dicts with a `text` member is read as a
# tool's elements only where every element holds one (a crawler's records hold `id`, `question`: diffread-B B9)
_ELEMENT_TOOL_KEYS = frozenset(
    {"type", "category", "element_id", "metadata", "page_idx", "bbox", "box", "score", "text_level"}
    | {"location", "Confidence", "Polygon", "ItemPolygon", "AdvancedInfo", "probability", "pos"}  # (OCR services')
    # (conv26) docling's DoclingDocument items (`self_ref`, `label`, `prov`, `content_layer`), Adobe's Extract API
    # elements (`Path`, `Bounds`, `ObjectID`)
    | {"self_ref", "label", "prov", "content_layer", "Path", "Bounds", "ObjectID"}
)
# the members naming an element's kind, whose furniture values (`ELEMENT_FURNITURE`) leave it out: unstructured's and
# MinerU's `type`, docling's `label`, a layout model's `category`; docling's `content_layer` names its furniture layer
_ELEMENT_KIND_KEYS = ("type", "label", "category")
_FURNITURE_LAYER = "furniture"
_HAN_CHAR = lazyregex.compile(r"\p{Han}")
_JSON_STRING = lazyregex.compile(r'"(?P<s>(?:[^"\\\n]|\\.)*)"')
# A crawler's record dumped as one JSON object (`{"title": …, "url": …, "content": "…\n…"}`): a
# string member, its escapes and quotes the record's. The longest string value holding most of the
# text is the page's text; a title member's value (`_JSON_TITLE_KEYS`) is the page's headline, its
# first line unless the text's head holds it (diffread-A 4: dropped, it took the title and responds_to
# with it); the keys, the other values and the braces are the record's, not the document's. JSON
# strings hold no raw line break, so the value stands on one line.
_JSON_MEMBER = records.JSON_MEMBER
_JSON_TITLE_KEYS = records.TITLE_KEYS
JSON_OPENS = frozenset("{[")  # a record, or a list holding one
# A JSON string's escape of one character (`json_char`): \uXXXX (a surrogate pair as one), \" and \/;
# an escaped backslash is matched so that what follows it is never read as an escape.
JSON_CHAR = lazyregex.compile(
    r"\\u(?P<hi>[dD][89abAB][0-9a-fA-F]{2})\\u(?P<lo>[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u(?P<c>[0-9a-fA-F]{4})|\\x(?P<x>[0-9a-fA-F]{2})|\\[\\\"'/t]"
)
# (`\xa0` and `\'` are Python's: Scrapy prints its item with repr(), which writes a no-break space so;
# JSON never writes them, diffread-C C12)
_JSON_MARKS = {'"': '"', "'": "'", "/": "/", "t": "\t"}  # a tab parts a table's cells, as in a text (review18 R9)


def member_origins(text: str, spans: tuple[tuple[int, int], ...]) -> list[Origin]:
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


RECORD_SEPARATOR = "\x1e"


def _longest_found(text: str, found: Callable[[object], str | None]) -> str | None:
    """The longest string `found` makes of a value of the JSON record `text` ("" where it makes none; None where the
    text is no JSON): every value of the record walked once, depth first, the earlier of two equals kept, and a value
    `found` takes as the longest so far not walked into. `json_inside` asks it of every string, `rich_text` of every
    list of rich-text pieces: one walk, so the two readings of a record never differ in how they read it."""
    try:
        value = json.loads(text)
    except UNREADABLE_JSON:
        return None
    best = ""
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        got = found(item)
        if got is not None and len(got) > len(best):
            best = got
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return best


def json_inside(text: str) -> str | None:
    """The JSON text a record holds written as one string member (a browser's HAR file keeps an API's answer in
    `response.content.text`, its quotes and breaks escaped once more; conv29: the reply was read with the escapes
    and the outer record's keys): that member, the longest string of the record, where it is itself a JSON object or
    list holding the record's words. The reader reads it as the record (None: the record holds no such member)."""
    best = _longest_found(text, lambda item: item if isinstance(item, str) else None)
    if best is None:
        return None
    inner = best.strip()
    if inner[:1] not in JSON_OPENS or not records.holds_the_words_but_copies(inner, text):
        return None
    try:
        held = json.loads(inner)
    except UNREADABLE_JSON:
        return None
    return inner if isinstance(held, (dict, list)) else None


def held_line(text: str, held: str) -> int:
    """The file's line (1-based) where the JSON string holding the first words of `held` stands: the first string
    token holding them, where the text read in place of the file opens (a record's member, a list's first piece:
    review29 R2, R9); 1 where none is found."""
    words = next((line.strip()[:8] for line in held.splitlines() if line.strip()), "")
    for m in _JSON_STRING.finditer(text):
        if words and words in JSON_CHAR.sub(json_char, m.group("s")):
            return text.count("\n", 0, m.start()) + 1
    return 1


def rich_text(text: str) -> str | None:
    """The text a JSON record writes as a list of rich-text pieces, plain strings and typed objects each holding its
    words under `text` (Telegram's export: `"text": ["某局\\n", {"type": "bold", "text": "关于…"}, "\\n…"]`, beside
    `text_entities`, the same pieces typed): the pieces joined, where they hold the record's words (conv29: the
    longest piece alone was read, the head and the title lost). None: the record holds no such list."""
    best = _longest_found(text, lambda item: _pieces_joined(item) if isinstance(item, list) else None)
    return best if best and records.holds_the_words_but_copies(best, text) else None


def _pieces_joined(pieces: list[object]) -> str | None:
    """A list's pieces joined where each is a string or an object with a string `text`, one of each kind at least (a
    list of objects alone is a tool's elements, a paragraph each: `json_elements`; of strings alone, paragraphs)."""
    out: list[str] = []
    typed = plain = False
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            plain = True
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
            out.append(piece["text"])
            typed = True
        else:
            return None
    return "".join(out) if typed and plain else None


# Ruby's `inspect` of a Hash (`p record` before Ruby 3.4: `{"id"=>326, "content"=>"某局\n…", "tag"=>nil}`): JSON but
# for the `=>` between a key and its value and `nil` (conv29: a CMS's record printed by a Ruby script was read as
# the text it is not). Each is written over in JSON's form of the same length (`=>` as `: `, `=>nil` as `:null`)
# outside the strings, so the members' places in the text are the record's own.
_RUBY_ARROW = lazyregex.compile(r'"(?:[^"\\\n]|\\.)*+"|=>[ ]?nil\b|=>')


def _ruby_mark(m: regex.Match[str]) -> str:
    found = m.group()
    if found[:1] == '"':
        return found
    return ": " if found == "=>" else ":" + " " * (len(found) - 5) + "null"


def as_json(text: str) -> str:
    """`text` with a Ruby Hash's `=>` (and `=>nil`) written in JSON's form of the same length (`_RUBY_ARROW`)."""
    return _RUBY_ARROW.sub(_ruby_mark, text)


def ruby_hash(text: str) -> object | None:
    """The value of a Ruby Hash's `inspect` read as JSON (`as_json`); None where it is not one."""
    try:
        return json.loads(as_json(text))  # type: ignore[no-any-return]
    except UNREADABLE_JSON:
        return None


def json_record(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where the title member (if any, and not already the text's opening) and the text member of a
    JSON record stand (None: the text is no JSON object, or none of its string values holds most of it).
    A list holding one record (a crawler's `[{…}]`) is that record (schema 1.9); a list of several is
    several pages, no one document's, and stays as written."""
    # a JSON text sequence of one record (RFC 7464, application/json-seq) opens it with the record separator
    body = text[1:] if text[:1] == RECORD_SEPARATOR and text.count(RECORD_SEPARATOR) == 1 else text
    try:
        value = json.loads(body)
    except UNREADABLE_JSON:
        if "=>" not in text or (value := ruby_hash(body)) is None:
            return None
        text = as_json(text)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, list) and any(box in text for box in _BOX_KEYS):
        # a layout dump's pages (PyMuPDF's dicts, one a page): their lines, in order, where they nest deeper than a
        # tool's flat list of elements, whose own reading tells its furniture (`json_elements`: MinerU, unstructured)
        return _one_depth_words(text, _NESTED_DEPTH)
    if not isinstance(value, dict):
        return None
    members = list(_JSON_MEMBER.finditer(text))
    if any(box in text for box in _BOX_KEYS) and (lines := _shallowest_words(text) or _one_depth_words(text)):
        # an OCR service's answer: its text once, not each copy its lines and words repeat; a record's title
        # member beside them is the page's headline as beside one text member (diffread-A A3: it was lost unsaid)
        title = _title_member(members, text[lines[0][0] : lines[0][1]], lines[0])
        return lines if title is None else (title, *lines)
    best = max(members, key=lambda m: len(m.group("value")), default=None)
    if best is None or (
        2 * len(best.group("value")) < len(text.strip())
        and not records.holds_the_words_but_copies(best.group("value"), text)
    ):
        # (a list of paragraphs, of pages, or a tree of typed blocks)
        return records.json_list_member(text) or _page_texts(value, members, text) or _block_words(value, members, text)
    title = _title_member(members, best.group("value"), best.span("value"))
    return (best.span("value"),) if title is None else (title, best.span("value"))


# The member an answer lists its pages under (Mistral OCR's `pages[].markdown`, LlamaParse's `pages[].md`, TextIn's
# and others' `pages[].text`): each page an object holding its text in one string member of one key. A list under
# another name may hold several documents (a crawler's `data: [{content}, {content}]`) and is no one text.
_PAGE_LIST_KEYS = frozenset({"pages"})


def _page_texts(
    value: dict[object, object], members: list[regex.Match[str]], text: str
) -> tuple[tuple[int, int], ...] | None:
    """Where the pages' texts stand, in order, in a record that lists its pages each with its text in one member of
    one key (the key whose values hold the most, where together they hold the words; conv27). None: no such list."""
    pages = next((v for k, v in value.items() if str(k).lower() in _PAGE_LIST_KEYS and isinstance(v, list)), None)
    if not pages or not all(isinstance(page, dict) for page in pages):
        return None
    keys = [k for k, v in pages[0].items() if isinstance(v, str)]
    sizes = {
        k: sum(len(str(page.get(k, ""))) for page in pages)
        for k in keys
        if all(isinstance(page.get(k), str) for page in pages)
    }
    if not sizes:
        return None
    key = max(sizes, key=lambda k: sizes[k])
    if not records.holds_the_words_but_copies("\n".join(str(page[key]) for page in pages), text):
        return None
    wanted = [str(page[key]) for page in pages]
    spans: list[tuple[int, int]] = []
    for m in members:
        if (
            len(spans) < len(wanted)
            and _json_key(m.group("key")) == str(key).lower()
            and _json_value(m) == wanted[len(spans)]
        ):
            spans.append(m.span("value"))
    return tuple(spans) if len(spans) == len(wanted) else None


# A note app's or an API's tree of typed blocks (SiYuan's `.sy`: `{"Type": "NodeText", "Data": "…"}` under each block's
# `Children`; Notion's API: each block's `rich_text[]` pieces with `plain_text`): the words stand in many short string
# members of one key, each in an object that names its type beside it. A crawler's list of records holds long texts
# under its key, each a document of its own, and is no such tree.
_BLOCK_MEDIAN = 300  # characters a block's words hold at the median, at most
_MIN_BLOCKS = 3
_MAX_TREE_DEPTH = 100


def _typed_strings(node: object, out: list[tuple[str, str]], depth: int = 0) -> None:
    """Each string member of an object that names its type (a `type` member beside it), as (key, value), in the
    file's order (a tree nested deeper than `_MAX_TREE_DEPTH` is read to that depth)."""
    if depth > _MAX_TREE_DEPTH:
        return
    if isinstance(node, dict):
        typed = any(isinstance(k, str) and k.lower() == "type" for k in node)
        for k, v in node.items():
            if isinstance(v, str):
                if typed:
                    out.append((str(k).lower(), v))
            elif isinstance(v, (dict, list)):
                _typed_strings(v, out, depth + 1)
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, (dict, list)):
                _typed_strings(v, out, depth + 1)


def _block_words(
    value: dict[object, object], members: list[regex.Match[str]], text: str
) -> tuple[tuple[int, int], ...] | None:
    """Where a tree of typed blocks holds its words (`_typed_strings` of one key: the key whose values, at least
    `_MIN_BLOCKS`, short at the median, hold the text's words; the first of two that hold them alike, a second copy),
    in order (None: no such tree; conv27)."""
    found: list[tuple[str, str]] = []
    _typed_strings(value, found)
    by_key: dict[str, list[str]] = {}
    for key, v in found:
        by_key.setdefault(key, []).append(v)
    best: str | None = None
    for key, values in by_key.items():
        if len(values) < _MIN_BLOCKS or sorted(len(v) for v in values)[len(values) // 2] > _BLOCK_MEDIAN:
            continue
        if records.holds_the_words_but_copies("\n".join(values), text) and (
            best is None or sum(map(len, values)) > sum(map(len, by_key[best]))
        ):
            best = key
    if best is None:
        return None
    wanted = by_key[best]
    spans: list[tuple[int, int]] = []
    for m in members:
        if len(spans) < len(wanted) and _json_key(m.group("key")) == best and _json_value(m) == wanted[len(spans)]:
            spans.append(m.span("value"))
    return tuple(spans) if len(spans) == len(wanted) else None


def _json_value(m: regex.Match[str]) -> str | None:
    """A member's string value as it reads (None: not a JSON string after all)."""
    try:
        return str(json.loads('"' + m.group("value") + '"'))
    except UNREADABLE_JSON:
        return None


def _title_member(members: list[regex.Match[str]], body: str, at: tuple[int, int]) -> tuple[int, int] | None:
    """Where a record's title member stands (the nearest above the text read at `at`, else its first: a feed's item's
    own, not the feed's above all items; conv26), where the text's own head `body` does not hold it already (None: no
    title member, or the text opens with it)."""
    titled = [
        m
        for m in members
        if m.group("value").strip()
        and m.span("value") != at
        and (_json_key(m.group("key")) in _JSON_TITLE_KEYS or _titles_object(m))
    ]
    before = [m for m in titled if m.end() <= at[0]]
    text = before[0].string if before else ""
    above = [m for m, open_ in zip(before, _still_open(text, [m.end() for m in before], at[0]), strict=True) if open_]
    for m in above[-1:] or titled[:1]:
        title = m.group("value").strip()
        if title:
            head = body[: 2 * len(title) + 200]
            first = ESCAPED_BREAK.split(head.lstrip(" \t\u3000"), 1)[0].strip()
            # the text's own head holds it, or its first line is the title without a site's name (`…的答复_某局`)
            if title not in head and not (2 * len(first) >= len(title) and first in title):
                return m.span("value")
            return None
    return None


def _still_open(text: str, ends: list[int], end: int) -> list[bool]:
    """For each member ending at a position of `ends` (ascending, each outside a string), whether the object or list
    holding it is still open at `end`: no bracket between closes it (strings skipped), so the member belongs to an
    object that holds the text read at `end`, not to one beside it (`"attachments": [{"title": "附件1.pdf"}]` or
    `"site": {"title": …}` between a record's title and its content; diffread-B N2). One pass from the first end to
    `end`, whatever the number of members (a member's own scan to `end` made a record of many titles quadratic:
    review27 R1): a member is closed where the depth falls below its own anywhere after it."""
    if not ends:
        return []
    depth = 0
    quoted = escaped = False
    depths: list[int] = []  # the depth at each member's end
    lowest: list[int] = []  # the least depth between each member's end and the next (or `end`)
    for here, stop in zip(ends, [*ends[1:], end], strict=True):
        depths.append(depth)
        least = depth
        for ch in text[here:stop]:
            if quoted:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    quoted = False
            elif ch == '"':
                quoted = True
            elif ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
                least = min(least, depth)
        lowest.append(least)
    still: list[bool] = []
    floor = depth
    for d, least in zip(reversed(depths), reversed(lowest), strict=True):
        floor = min(floor, least)
        still.append(floor >= d)
    return still[::-1]


# A title written as an object holding its text (WordPress's REST API: `"title": {"rendered": "…"}`; conv26): the
# object's one string member under a rendering's key, right after the title's key.
_RENDERED_KEYS = frozenset({"rendered", "raw"})
_TITLE_OBJECT = lazyregex.compile(r'"(?i:title|headline)"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}\{[ \t\r\n]{0,8}$')


def _titles_object(m: regex.Match[str]) -> bool:
    """Whether the member `m` is the text of a title object (`"title": {"rendered": "…"}`)."""
    if _json_key(m.group("key")) not in _RENDERED_KEYS:
        return False
    return _TITLE_OBJECT.search(m.string, max(0, m.start() - 40), m.start()) is not None


def other_record(text: str) -> tuple[tuple[tuple[int, int], ...], bool] | None:
    """Where a crawler's record in another shape than one JSON object's string member holds the title
    and the text (readers.records: an XML export, Scrapy's printed item, a CSV export's one row), and
    whether its quotes are doubled (a CSV cell's); None for none. Each asked only where the text opens
    as that shape does. A span is one line of the text (the record path reads each as one, as a JSON string
    is): one holding the file's own line breaks is each of its lines (diffread-A A7: the clipboard's fragment
    of pretty-printed HTML gave a title holding a line break)."""
    found = _other_record(text)
    if found is None or not any("\n" in text[a:b] for a, b in found[0]):
        return found
    return tuple(line for a, b in found[0] for line in _lines_of(text, a, b)), found[1]


def _lines_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each line of `text[start:end]` stands, its line break (`\r\n` as one) left out."""
    spans: list[tuple[int, int]] = []
    while (cut := text.find("\n", start, end)) >= 0:
        spans.append((start, cut - 1 if cut > start and text[cut - 1] == "\r" else cut))
        start = cut + 1
    spans.append((start, end))
    return spans


def _other_record(text: str) -> tuple[tuple[tuple[int, int], ...], bool] | None:
    """`other_record` before its spans are cut at line breaks."""
    first = text.lstrip()[:1] if text[:1].isspace() else text[:1]  # (no copy of the text where none is needed)
    if first == "<":
        spans = records.xml_record(text)
        return None if spans is None else (spans, False)
    if first in "[(" and text.lstrip()[1:2] in "[(0123456789-n":  # (a box's figures open the record)
        boxes = ocr_text.printed_boxes(text)  # an OCR engine's result as Python printed it (readers.ocr_text)
        if boxes is not None:
            return boxes, False
        # (else another shape opening so: scored lines whose first opens `(2024)`, diffread-A A2: they were left
        # unread, their scores in the text)
    if "\t" in text and ("\t0." in text or "\t1" in text):
        scored = ocr_text.scored_lines(text)  # an OCR script's text with each line's score after a tab
        if scored is not None:
            return scored, False
    if first == "[" and text.lstrip()[1:2] in "'\"" and (strings := records.python_list(text)) is not None:
        return strings, False  # a spider's list of strings printed: a paragraph each
    if first == "[" and text.lstrip()[1:3] == "{'" and (words := records.python_word_dicts(text)) is not None:
        return words, False  # a PDF or OCR library's word dicts printed: each one's text, a line each
    if first in "[D" and "Document(" in text[:20] and (pages := records.printed_documents(text)) is not None:
        return pages, False  # a loader's document objects printed: each one's text, a page each
    if first == "V" and text.startswith("Version:") and (fragment := clipboard_fragment(text)) is not None:
        return (fragment,), False  # the clipboard's `HTML Format` pasted raw: only the copied fragment is the text
    if first in "[{" and "' +" in text and (inspected := records.inspected_record(text)) is not None:
        return inspected, False  # Node's util.inspect of a record (mongosh): its text member's pieces (conv29)
    if "=" in text[:2000] and "(" in text[:2000] and (logged := records.to_string_record(text)) is not None:
        return logged, False  # an object's toString() in a log line: its text member's lines (conv29)
    if first == "A" and (printed := records.print_r_record(text)) is not None:
        return printed, False  # PHP's print_r of a row: its text member's lines, raw (conv29)
    if first in "d-" and text.startswith(DIFF_OPENS) and (added := added_file(text)) is not None:
        return added, False  # a version control's diff of the file added or changed: its new file's lines
    if "{'" in text and (text.startswith("{'") or "\n{'" in text):
        spans = records.python_record(text)
        return None if spans is None else (spans, False)
    if first == '"' and (cell := sheet_text.whole_cell(text)) is not None:
        return records.lines_of(text, (cell,)), True  # one cell of several lines copied alone, its quotes doubled
    if first not in JSON_OPENS and "," in text[:200] and ',"' in text:
        spans = records.csv_record(text)
        return None if spans is None else (spans, True)
    return None


# An OCR service's answer nests its text: the whole text (Azure Document Intelligence's `content`, Google Vision's
# `fullTextAnnotation.text`), its lines (`pages[].lines[].content`, Azure Read's `readResults[].lines[].text`),
# each line's words (`words[].text`, `textAnnotations[].description`), each a copy of a part of the one above,
# beside the boxes (`_BOX_KEYS`). The strings under a words' key at the shallowest depth are the text, where they
# hold a document's words and every deeper one is a copy of a part of them (conv24).
_BOX_KEYS = ('"boundingBox"', '"polygon"', '"boundingPoly"', '"bbox"', '"vertices"', '"boundingRegions"')
_NESTED_WORD_KEYS = frozenset({"text", "content", "description", "words", "DetectedText", "word"})
_JSON_TOKEN = lazyregex.compile(r'"(?P<s>(?:[^"\\\n]|\\.)*+)"(?P<key>[ \t\r\n]*+:)?|[\[{]|[\]}]')
_SPACES = lazyregex.compile(r"\s+|\\[nrt]")


def _string_values(text: str) -> Iterator[tuple[int, str | None, regex.Match[str]]]:
    """Each JSON string value of `text` (no key) with its depth in the nesting and the key it stands under (None:
    an array's member with no key above it at its depth), in order: one walk of the tokens."""
    depth = 0
    keys: dict[int, str] = {}
    for m in _JSON_TOKEN.finditer(text):
        token = m.group()
        if token in "[{":
            depth += 1
        elif token in "]}":
            keys.pop(depth, None)
            depth -= 1
        elif m.group("key") is not None:
            keys[depth] = m.group("s")
        else:
            yield depth, keys.get(depth), m


def _shallowest_words(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where the strings under a words' key at the shallowest depth stand, where every deeper one is a copy of a
    part of them and they hold a document's words (None: no such nesting)."""
    found: list[tuple[int, tuple[int, int], str]] = []  # (depth, span, squashed value)
    for depth, key, m in _string_values(text):
        if key in _NESTED_WORD_KEYS and _HAN_CHAR.search(m.group("s")) is not None:
            found.append((depth, m.span("s"), _SPACES.sub("", m.group("s"))))
    if not found:
        return None
    top = min(d for d, _, _ in found)
    shallow = [f for f in found if f[0] == top]
    deep = [f for f in found if f[0] > top]
    whole = "\n".join(v for _, _, v in shallow)
    if len(deep) < 2 or not records.holds_the_words(whole, whole) or any(v not in whole for _, _, v in deep):
        return None
    return tuple(span for _, span, _ in shallow)


# A version control's diff of a file added whole (`git show`, `git diff`): its head (`diff --git …`, `new file mode`,
# `index …`, `--- /dev/null`, `+++ b/…`), one hunk from nothing (`@@ -0,0 +1,N @@`), then every line of the file
# after a `+` (and git's `\ No newline at end of file`). Only the file's lines are the text (conv25).
# … or of a file changed (`diff -u 初稿.txt 定稿.txt`: `--- 初稿…`, `+++ 定稿…`), in one hunk from the new file's first
# line (`@@ -1,10 +1,10 @@`): the lines kept (after a space) and added (after a `+`) are the new file, the text; the
# lines taken away (after a `-`) are the draft's, left out as a revision accepted is, and said (conv32).
# (the hunk's counts of old and new lines are the lines it shows, as a diff writes them: a text that only looks so
# is no diff's, conv25's guard)
_ADDED_HUNK = lazyregex.compile(
    r"^@@ -(?:0,0|\d{1,9}(?:,(?P<old>\d{1,9}))?) \+1(?:,(?P<new>\d{1,9}))? @@[^\n]*\n", regex.M
)
_NO_NEWLINE = "\\ No newline at end of file"
DIFF_OPENS = ("diff --git ", "--- ")


def added_file(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where each line of the file a diff adds or changes stands, after its `+` or its context's space (None: the
    text is no such diff, or holds more than one hunk)."""
    read = _new_file(text)
    return None if read is None else read[0]


def diff_taken_away(text: str) -> tuple[int, int, str] | None:
    """A changed file's diff read as its new file (`added_file`): the lines it adds, the lines it takes away and the
    first of those (for the `tracked-changes` note); None where it takes none away (a file added whole says
    nothing) or is no such diff."""
    read = _new_file(text)
    if read is None or not read[2]:
        return None
    return read[1], read[2], read[3]


def _new_file(text: str) -> tuple[tuple[tuple[int, int], ...], int, int, str] | None:
    """`added_file`'s spans, with the counts of lines added and taken away and the first line taken away."""
    hunk = _ADDED_HUNK.search(text, 0, 4000)
    if hunk is None or text.count("\n@@ ") + text.startswith("@@ ") != 1 or "\n+++ " not in text[: hunk.start()]:
        return None
    spans: list[tuple[int, int]] = []
    added = taken = kept = 0
    first = ""
    at = hunk.end()
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].rstrip("\r")
        mark = line[:1]
        if mark in ("+", " ") or not line:
            added += mark == "+"
            kept += mark != "+"
            if line[1:].strip():
                spans.append((at + 1, at + len(line)))
        elif mark == "-":
            taken += 1
            first = first or line[1:].strip()
        elif line and line != _NO_NEWLINE:
            return None  # a line no diff writes in a hunk: no diff of one file
        at = end + 1
    if not spans or (not added and not taken):
        return None  # a hunk that changes nothing is no diff's
    old = int(hunk.group("old") or (0 if hunk.group().startswith("@@ -0,0") else 1))
    if old != kept + taken or int(hunk.group("new") or 1) != kept + added:
        return None  # the lines shown are not the lines the hunk counts
    return tuple(spans), added, taken, first


_MIN_LINES = 3  # a document's lines: a record of fewer strings under a words' key is none
_NESTED_DEPTH = 4  # a list of pages, each nesting its blocks' lines: deeper than a list of elements (2)


def _one_depth_words(text: str, least: int = 0) -> tuple[tuple[int, int], ...] | None:
    """Where the strings under a words' key stand, where all stand at one depth of the nesting, no other member
    holds a Han character, and together they hold a document's words (None: no such answer). A layout tool's
    dump nests each printed line's text in its page, block and line without repeating it (PyMuPDF's
    `get_text("dict")`: `blocks[].lines[].spans[].text` beside each one's `bbox`, font and size; conv25)."""
    spans: list[tuple[int, int]] = []
    depths: set[int] = set()
    for depth, key, m in _string_values(text):
        if key in _NESTED_WORD_KEYS:
            spans.append(m.span("s"))
            depths.add(depth)
        elif _HAN_CHAR.search(m.group("s")) is not None:
            return None  # words in another member (a title, a font's Chinese name): no layout dump's alone
    if len(depths) != 1 or len(spans) < _MIN_LINES or min(depths) < least:
        return None
    whole = "\n".join(text[a:b] for a, b in spans)
    return tuple(spans) if records.holds_the_words(whole, whole) else None


# Windows' clipboard `HTML Format` (CF_HTML) pasted raw by a tool that reads it as text: its description's
# `Version:`, `StartHTML:`, `EndHTML:`, `StartFragment:`, `EndFragment:` (`SourceURL:`) lines, then the page's HTML
# with the copied part between `<!--StartFragment-->` and `<!--EndFragment-->` (conv24)
_CLIPBOARD_HEAD = lazyregex.compile(
    r"Version:\d\.\d\r?\n(?:(?:StartHTML|EndHTML|StartFragment|EndFragment|StartSelection|EndSelection|SourceURL):[^\n]{0,2000}\n){2,8}"
)
_FRAGMENT_OPEN, _FRAGMENT_CLOSE = "<!--StartFragment-->", "<!--EndFragment-->"


def clipboard_fragment(text: str) -> tuple[int, int] | None:
    """Where the clipboard's copied fragment stands in its `HTML Format` pasted as text (None: the text opens with
    no such description, or holds no fragment's marks after it)."""
    head = _CLIPBOARD_HEAD.match(text)
    if head is None or "StartFragment:" not in head.group():
        return None
    start = text.find(_FRAGMENT_OPEN, head.end())
    end = text.find(_FRAGMENT_CLOSE, start + 1)
    return None if start < 0 or end < 0 else (start + len(_FRAGMENT_OPEN), end)


def json_char(m: regex.Match[str]) -> str:
    """The character a JSON escape writes (`JSON_CHAR`), or the escape as written where it writes a
    control character, a lone half of a surrogate pair or a backslash (kept for the later cuts)."""
    if m.group("lo") is not None:
        high, low = int(m.group("hi"), 16), int(m.group("lo"), 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    code = m.group("c") or m.group("x")
    if code is None:
        mark = m.group()[1:]
        return _JSON_MARKS.get(mark, m.group())
    char = chr(int(code, 16))
    if char < " " or 0xD800 <= ord(char) <= 0xDFFF or char == "\\":  # a surrogate (no literal: mypyc refuses one)
        return m.group()
    return char


def _json_key(key: str) -> str:
    """A member's key as it reads (`\\u6807\\u9898` is 标题), in lower case."""
    try:
        return str(json.loads('"' + key + '"')).lower()
    except UNREADABLE_JSON:
        return key.lower()


def json_elements(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where each element's text stands in a tool's JSON list of elements, furniture elements left out
    (None: the text is no such list). unstructured's elements (`type`, `element_id`, `text`, `metadata`),
    MinerU's `content_list.json` (`type`, `text`, `page_idx`; an image's entry has no text) and an OCR app's
    boxes (Umi-OCR's record: `data`, a list of `box`, `score`, `text`) are such lists: the elements' texts,
    in order, are the document's lines where together they hold nearly all its words."""
    try:
        data = json.loads(text)
    except UNREADABLE_JSON:
        return None
    named = False  # the list stands under an OCR service's name for its boxes (`_ELEMENT_LIST_KEYS`)
    for _ in range(2):  # an answer's envelope holding the record (腾讯云's `{"Response": {…}}`)
        if isinstance(data, dict) and len(data) == 1 and isinstance(inner := next(iter(data.values())), dict):
            data = inner
    if isinstance(data, dict):  # one record holding its list of elements (Umi-OCR's `data`, 百度's `words_result`)
        lists = [(str(k), v) for k, v in data.items() if isinstance(v, list) and len(v) >= 2]
        if len(lists) > 1:  # (a record listing more beside its elements: Adobe's `pages`; only one list holds words)
            lists = [(k, v) for k, v in lists if any(isinstance(e, dict) and _worded(e) for e in v)] or lists
        # (an answer may list more beside its boxes: 百度's `paragraphs_result`, the boxes' indices; conv25)
        boxes = [(k, v) for k, v in lists if k in _ELEMENT_LIST_KEYS]
        named = len(boxes) == 1
        lists = boxes if named else lists
        data = lists[0][1] if len(lists) == 1 else None
    if not isinstance(data, list) or len(data) < 2 or not all(isinstance(e, dict) for e in data):
        return None
    if any(str(k).lower() in _JSON_TITLE_KEYS for e in data for k in e):
        return None  # a list of a crawler's records, each a page with its title: several pages stay as written
    if not (named or all(_ELEMENT_TOOL_KEYS.intersection(map(str, e)) for e in data)) or any(
        isinstance(v, str)
        and str(k) not in _ELEMENT_WORD_KEYS
        and _HAN_CHAR.search(v) is not None
        and not _copied(v, e)
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
    copied = sum(
        len(_HAN_CHAR.findall(v))
        for e in data
        for k, v in e.items()
        if isinstance(v, str) and str(k) not in _ELEMENT_WORD_KEYS and _copied(v, e)
    )  # (docling's `orig` beside each item's `text`: the words once)
    if not all("element_id" in e for e in data) and not records.holds_the_words("".join(texts), text, copied):
        return None
    furniture = [_furniture(e) for e in data]
    return tuple(span for span, k in zip(spans, owners, strict=True) if not furniture[k])


def _worded(element: dict[object, object]) -> bool:
    """Whether a tool's element holds words under one of its words' keys."""
    return any(str(k) in _ELEMENT_WORD_KEYS and isinstance(v, (str, list)) for k, v in element.items())


def _copied(value: str, element: dict[object, object]) -> bool:
    """Whether `value` repeats the element's own words (docling's `orig` beside its `text`): a copy, no words of
    another member's."""
    return any(str(k) in _ELEMENT_WORD_KEYS and v == value for k, v in element.items())


def _furniture(element: dict[object, object]) -> bool:
    """Whether the tool named the element a page's furniture: its kind (`type`, `label`, `category`) or its layer
    (docling's `content_layer: furniture`)."""
    if str(element.get("content_layer", "")).lower() == _FURNITURE_LAYER:
        return True
    return any(str(element.get(k, "")).lower() in ELEMENT_FURNITURE for k in _ELEMENT_KIND_KEYS)


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
