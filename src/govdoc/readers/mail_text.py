"""A mail opened or saved as text (a raw `.eml`, Outlook's Save As Text): its header, MIME's own lines.

A reply is often sent as a mail's body, and the file a user hands over is then the mail: the transport
header above the body (`Received:` folded over lines, `From:`, `Subject:` as an RFC 2047 encoded word,
`MIME-Version:` …), and in a multipart mail the MIME preamble, the boundary lines, each part's own header
and the parts that are no text (an attachment's base64). None of these is the document's text; the
text part's body is.

A header is read only at the file's start (or under a client's line opening an inline forward there) and only
where it names the mail itself: at least two of
`From`, `To`, `Subject`, `Date`, `Sent`, `Cc` among a run of RFC 5322 fields closed by a blank line,
and what only a mail holds besides: an address (`@`) or a transport field (a memo's `To: 各区县…` ⏎
`From: 某办` ⏎ `Date: …` is its text's metadata; diffread-C C6). MIME's structure (nested multiparts, a
part with no Content-Type, the body chosen among alternatives) is read by the standard library's email
parser; the lines are only matched to the parts it found, in order (diffread-C C2).
"""

from __future__ import annotations

import email
import email.errors
from collections.abc import Callable, Iterator
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message

import regex

from govdoc import lazyregex
from govdoc.blocks import Repairs
from govdoc.charclass import HAN
from govdoc.errors import GovDocError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.sniff import GB_FAMILY

# An RFC 5322 field (`Name: value`, a tab or a space after the colon) or a folded line of the one above
_FIELD = lazyregex.compile(r"(?P<name>[A-Za-z][A-Za-z0-9-]{0,40}):(?:[ \t][^\n]*|)\r?\n|[ \t]+\S[^\n]*\r?\n")
_MAIL_KEYS = frozenset({"from", "to", "subject", "date", "sent", "cc"})
_TRANSPORT_KEYS = frozenset({"received", "return-path", "message-id", "mime-version", "content-type", "x-mailer"})
_BOUNDARY = lazyregex.compile(r"boundary=", regex.I)
# An HTTP answer saved with its head (`curl -i` to a Tika or OCR server, session 21): its status line at the
# file's start (`HTTP/1.1 200 OK`, its own mark: no document opens so), its header fields, a blank line. The
# head is the transport's as a mail's is; at least one field under the status line is asked too.
_HTTP_HEAD = lazyregex.compile(
    r"\AHTTP/[123](?:\.[01])?[ ]\d{3}(?:[ ][^\n]{0,80})?\r?\n"
    r"(?:[A-Za-z][A-Za-z0-9-]{0,40}:[ \t][^\n]{0,2000}\r?\n){1,100}?[ \t]*(?:\r?\n|\Z)"
)
_MAX_HEAD = 200  # the lines a header may take
# A client's line opening an inline forward at the file's start, over the forwarded mail's own header (Lotus Notes'
# `----- Forwarded by 张某/JTJ/MOU on 2024-08-16 18:35 -----`, Apple Mail's `Begin forwarded message:`, the dashed
# separators of Gmail, Outlook and Thunderbird), and the blank lines under it: the header under it is read as one at
# the start would be, the line leaving with it (conv27).
_FORWARD_OPENING = lazyregex.compile(
    r"\A(?:-{3,}[ ]{0,2}Forwarded[ ]by[ ][^\n]{1,200}?[ ]{0,2}-{3,}|Begin[ ]forwarded[ ]message:"
    r"|-{2,}[ ]{0,2}(?:Forwarded[ ]message|Original[ ]Message|Forwarded[ ]Message)[ ]{0,2}-{2,})"
    r"[ \t]*\r?\n(?:[ \t]*\r?\n)*",
    regex.I,
)
# the Subject's line (not an encoded word: its words are not the text's characters) and its folded lines;
# a reply's or a forward's prefix (`Re:`, `Fwd:`, `回复：`, `转发：`) is the client's, not the title's (C4)
_SUBJECT = lazyregex.compile(
    r"^Subject:[ \t]{1,4}(?P<re>(?:(?:re|fwd?|回复|转发)[ \t]*[:：][ \t]*)*)(?P<v>(?!=\?)[^\r\n]{1,300}?)[ \t]*\r?\n"
    r"(?P<folded>(?:[ \t]+\S[^\r\n]{0,300}\r?\n)*)",
    regex.M | regex.I,
)
# a header's lines a person reads as the mail's words (its sender, its addressees, when it was sent):
# left out with the header, they are said (review19 V5)
_PERSONS = lazyregex.compile(r"^(?:From|To|Cc|Date|Sent):[ \t]*(?P<v>[^\r\n]*\S)", regex.M | regex.I)

Kept = dict[int, tuple[int, int]]
_TITLE_KEYS = frozenset({"title", "subject", "dc:title", "dc:subject"})
# a head's keys naming the program that made or read the file, not what a person wrote (Tika's `pdf:producer`,
# `xmp:CreatorTool`, `Application-Name`, `X-Parsed-By`)
_TOOL_KEYS = ("producer", "creatortool", "creator-tool", "application", "generator", "software", "parsed")


def line_start(text: str, n: int) -> int:
    """Where line `n` (from 0) starts, or the text's end."""
    pos = 0
    for _ in range(n):
        pos = text.find("\n", pos) + 1
        if not pos:
            return len(text)
    return pos


def kept_title(text: str, head: int, spans: list[tuple[int, int]]) -> Kept | None:
    """A title standing in a file's head (front matter's `title:`, a mail's Subject) and nowhere in the
    text under the head's `head` lines: each of its lines and where its words stand on it (pandoc's `-s`
    and a mailbox answer sent with its title only as the subject keep it only there); None where the
    body's opening repeats it (or it holds nothing)."""
    value = "".join(text[a:b] for a, b in spans)
    body = text[line_start(text, head) :].lstrip()[: 2 * len(value) + 400]  # (comments, a heading above it)
    if not value.strip() or value in body:
        return None
    kept: Kept = {}
    for a, b in spans:
        if b > a:
            line = text.count("\n", 0, a)
            start = text.rfind("\n", 0, a) + 1
            kept[line] = (a - start, b - start)
    return kept


def mail_subject(text: str, head: int) -> Kept | None:
    """The header's `Subject:` value (unfolded, its reply/forward prefix left out) where it holds Han
    characters and the body under the header does not open with it (review19 V5; diffread-C C3, C4)."""
    m = _SUBJECT.search(text, 0, line_start(text, head))
    if m is None or HAN.search(m.group("v") + m.group("folded")) is None:
        return None
    spans = [m.span("v")]
    at = m.start("folded")
    for piece in m.group("folded").split("\n")[:-1]:
        words = piece.strip()
        a = at + piece.find(words)
        spans.append((a, a + len(words)))
        at += len(piece) + 1
    return kept_title(text, head, spans)


def http_head_lines(text: str) -> int:
    """How many lines an HTTP answer's status line and header fields take at the file's start (0: none)."""
    m = _HTTP_HEAD.match(text)
    return 0 if m is None else m.group().count("\n")


# A web archive's WARC file read as text (wget's `--warc-file`, a crawler's capture; conv26): records, each its
# `WARC/1.x` line, its fields and a blank line over its payload; the page is the payload of the first `response`
# record, an HTTP answer (`application/http`) whose head is the transport's as curl's is. What stands above it (the
# `warcinfo` record naming the tool, the `request` record) is the archive's.
_WARC_RESPONSE = lazyregex.compile(
    r"^WARC/1\.[01]\r?\n(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\n]{0,2000}\n){0,60}?WARC-Type:[ \t]*response\r?\n"
    r"(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\n]{0,2000}\n){0,60}?[ \t]*\r?\n",
    regex.M,
)
_WARC_REACH = 200_000  # characters the first response record may stand after (the archive's own records above it)


def warc_head_lines(text: str) -> int:
    """How many lines a WARC file's records take above its first response's page, its HTTP head included (0: the
    text is no WARC file, or holds no response record)."""
    m = _WARC_RESPONSE.search(text, 0, _WARC_REACH)
    if m is None or not text.startswith("WARC/1."):
        return 0
    http = _HTTP_HEAD.match(text[m.end() :])
    return text.count("\n", 0, m.end()) + (0 if http is None else http.group().count("\n"))


def mail_lines(text: str, limits: Limits = DEFAULT_LIMITS) -> tuple[int, frozenset[int]]:
    """The lines a mail's own header takes at the text's start (0: the text opens with no mail's
    header), and the lines of MIME's own that follow it (boundary lines, part headers, the preamble and
    every part that is not the mail's text), counted from 0. (A Chinese client's header, 发件人: …, is read
    as the metadata pairs it looks like, as rounds 14 and 15 decided: not here.)"""
    keys: set[str] = set()
    pos = lines = 0
    if text[:1] in "-Bb" and (opening := _FORWARD_OPENING.match(text)) is not None:
        pos, lines = opening.end(), opening.group().count("\n")
    first = pos
    for m in _FIELD.finditer(text, pos):
        if m.start() != pos or lines >= _MAX_HEAD:
            break
        if m.group("name"):
            keys.add(m.group("name").lower())
        elif pos == first:
            return 0, frozenset()  # a folded line with no field above it
        pos = m.end()
        lines += 1
    # two of the mail's own keys, and what only a mail's header holds besides: an address or a transport
    # or MIME field (a memo's `To: 各区县…` ⏎ `From: 某办` ⏎ `Date: …` stays its text's metadata)
    if len(keys & _MAIL_KEYS) < 2 or not (keys & _TRANSPORT_KEYS or "@" in text[:pos]) or not _closes(text, pos):
        return 0, frozenset()
    head = lines + 1  # and the blank line closing it
    if "content-type" not in keys or _BOUNDARY.search(text, 0, pos) is None:
        return head, frozenset()
    limits.check("mime_parts", len(_BOUNDARY.findall(text)), what="MIME multipart parts")
    return head, _mime_lines(text, head)


def _closes(text: str, pos: int) -> bool:
    """Whether a blank line (or the text's end) follows the header that ends at `pos`."""
    rest = text[pos : pos + 2]
    return rest == "" or rest[:1] == "\n" or rest == "\r\n"


def _parts(message: Message, parent: Message | None) -> Iterator[tuple[Message, Message | None]]:
    """The message's parts in the order their boundary lines stand (each with the multipart holding it)."""
    yield message, parent
    if message.is_multipart():
        for part in message.get_payload():
            if isinstance(part, Message):
                yield from _parts(part, message)


def _mime_lines(text: str, head: int) -> frozenset[int]:
    """MIME's own lines under the mail's header: everything but the body of the mail's text part (its
    plain text, else its HTML, which the text reader's markup rules read) and the lines of a part that
    holds Han and is no twin of that body (an 8-bit text attachment: kept, not dropped unsaid)."""
    message = email.message_from_string(text, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return frozenset()
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None or body.get("content-transfer-encoding", "").strip().lower() in ("base64", "quoted-printable"):
        return frozenset()  # no text part the lines show as written: the text as it is
    walked = list(_parts(message, None))
    parts = walked[1:]
    # the body's alternatives (its HTML twin) leave with MIME's lines; a mixed part's sibling does not
    holder = next((parent for part, parent in walked if part is body), None)
    twins = holder if holder is not None and holder.get_content_type() == "multipart/alternative" else None
    boundaries = {b for part, _ in walked if part.is_multipart() and (b := part.get_boundary())}
    lines = text.split("\n")
    skip: set[int] = set()
    k = -1  # the part whose lines these are (-1: the preamble)
    part_head = keep = False
    for number in range(head, len(lines)):
        line = lines[number].rstrip()
        if line.startswith("--") and (line[2:] in boundaries or (line.endswith("--") and line[2:-2] in boundaries)):
            skip.add(number)
            part_head = keep = False
            if line[2:] in boundaries:  # a part opens (its closing `--b--` opens none: an epilogue follows)
                k += 1
                part_head = True
                if k < len(parts):
                    part, parent = parts[k]
                    keep = part is body or (
                        not part.is_multipart() and parent is not twins and _holds_han(part.get_payload())
                    )
            continue
        if part_head:
            skip.add(number)
            part_head = bool(line.strip())
            continue
        if not keep:
            skip.add(number)  # the preamble, a multipart's own lines, a part that is no text
    return frozenset(skip)


def _holds_han(payload: object) -> bool:
    return isinstance(payload, str) and HAN.search(payload) is not None


# A header field's line and its folded lines (to leave the MIME fields out of a decoded mail's header)
_MIME_FIELD = lazyregex.compile(r"^Content-(?:Type|Transfer-Encoding):[^\n]*\n(?:[ \t]+\S[^\n]*\n)*", regex.M | regex.I)
_TRANSFER = lazyregex.compile(r"^Content-Transfer-Encoding:[ \t]*(?:base64|quoted-printable)", regex.M | regex.I)
_ENCODINGS = ("base64", "quoted-printable")
_HTML_FRAME = lazyregex.compile(
    r"<!DOCTYPE[^>]{0,200}>|<head[ >].{0,20000}?</head>|</?(?:html|body|head)(?:[ \t][^>]{0,500})?>",
    regex.I | regex.S,
)


Decode = Callable[[bytes], tuple[str, str, Repairs]]


def decoded_mail(text: str, decode: Decode) -> tuple[str | None, str, Repairs] | None:
    """A mail whose text part is written in base64 or quoted-printable, as the text a person reads:
    its header (the MIME fields replaced by one plain Content-Type), a blank line, the text part's body
    decoded in its charset, and every other text part holding Han that is no twin of it (an 8-bit
    attachment the mail carries, kept as `_mime_lines` keeps one). Schema 1.11 (contract20, 2): the
    bytes a transfer encoding writes are the mail's syntax, not its words; left as written, the whole
    answer was one line of `=E5=85…` and its title, 主送 and 落款 were lost. Returned with the
    `text-repaired` message (kind `transfer-encoding`) that names the encoding and charset, since the
    text no longer holds the file's characters there; None where the text is no such mail, or where
    the body does not decode cleanly: then (None, a message saying it stays as written). `decode`: the
    text reader's own decoding of bytes naming no charset (its detector), with the repairs it made."""
    head, _ = mail_lines(text)
    if not head or _TRANSFER.search(text) is None:
        return None
    message = email.message_from_string(text, policy=policy.default)
    if not isinstance(message, EmailMessage):
        return None
    body = message.get_body(preferencelist=("plain", "html"))
    if not isinstance(body, EmailMessage):
        return None
    encoding = body.get("content-transfer-encoding", "").strip().lower()
    if encoding not in _ENCODINGS:
        return None
    content, charset, repairs = _part_text(body, decode)
    if body.defects or content is None or not content.strip():
        said = (
            f"transfer-encoding: 邮件正文的 {encoding} 编码无法解码，按原样保留"
            f" (a mail's text in {encoding} that does not decode: kept as written)"
        )
        return None, said, []
    walked = list(_parts(message, None))
    holder = next((parent for part, parent in walked if part is body), None)
    twins = holder if holder is not None and holder.get_content_type() == "multipart/alternative" else None
    pieces = [content]
    for part, parent in walked:
        if part is body or part.is_multipart() or parent is twins or part.get_content_maintype() != "text":
            continue
        other, _, more = _part_text(part, decode)
        if other is not None and HAN.search(other) is not None:
            pieces.append(other)
            repairs.extend(more)
    header = _MIME_FIELD.sub("", text[: line_start(text, head - 1)])
    kind = "html" if body.get_content_subtype() == "html" else "plain"
    if kind == "html":  # the page's frame (doctype, html, head, body tags) is markup; its <p>s the reader reads
        pieces[0] = _HTML_FRAME.sub("", pieces[0])
    decoded = "".join(piece if piece.endswith("\n") else piece + "\n" for piece in pieces)
    lines = decoded.count("\n")
    message_text = (
        f"transfer-encoding: 邮件正文按 {encoding}（{charset}）解码，共 {lines} 行"
        f" (a mail's text written in {encoding} ({charset}) read decoded: {lines} lines)"
    )
    return f"{header}Content-Type: text/{kind}; charset=utf-8\n\n{decoded}", message_text, repairs


# the charsets a mail client writes when it names none that fits its bytes: us-ascii (no charset given)
# and Latin-1 over Han text's bytes; the text reader's own detector then reads them
_UNNAMED = frozenset({"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"})


def _part_text(part: Message, decode: Decode) -> tuple[str | None, str, Repairs]:
    """A text part's body decoded, the charset it was read in and the repairs the decoding made; None
    where it does not decode. Decoded here, not by `get_content()`, which trusts the declared charset and
    replaces what does not fit (diffread-C C1): a client labels GBK `gb2312`, so the GB family is read as
    GB18030 as the text reader reads it (朱镕基 stays whole); a part naming no charset (or us-ascii, or
    Latin-1 over bytes ≥ 0x80) is read by the text reader's own detector (`decode`); anything else that
    does not decode strictly is no clean decoding (kept as written, as contract20 decided)."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return None, "", []
    charset = (part.get_content_charset() or "").lower().replace("_", "-")
    if charset in _UNNAMED and not data.isascii():
        try:
            text, name, repairs = decode(data)
        except GovDocError:
            return None, charset or "us-ascii", []
        return text, name, repairs
    name = charset or "us-ascii"  # (the charset the mail names is the one said)
    try:
        return data.decode("gb18030" if charset.replace("-", "") in GB_FAMILY - {"hz"} else name), name, []
    except (LookupError, UnicodeError):
        return None, name, []


def head_words(text: str, head: int, kept: Kept | None, *, mail: bool) -> list[str]:
    """The lines of a file's head that the text reader leaves out (`head` lines: front matter, a mail's
    header, an extractor's metadata, a reader service's head) and that hold words a person wrote: a line
    holding Han (`author: 王某`, `tags: [提案, 会议]`), and in a mail's header every sender, addressee and
    date line (`From: Zhang Wei <zw@…>`, `Date: …`: who answered and when, schema 1.11, contract20 3).
    A title line whose value the text under the head shows again (the body's headline) lost nothing, and
    the line the reader keeps (`kept`, the title it shows nowhere else) stays in the text: neither is
    listed. The transport's and the tools' own fields (`Received:`, `Content-Type:`, `X-Parsed-By:`)
    are their bookkeeping, as a site's chrome is, and are not listed."""
    end = line_start(text, head)
    body = text[end : end + 4000]
    found: list[str] = []
    fields: list[tuple[int, str]] = []  # each field's first line and its words, a folded line's joined on
    for number, line in enumerate(text[:end].split("\n")[:head]):
        if mail and line[:1] in (" ", "\t") and fields:
            fields[-1] = (fields[-1][0], f"{fields[-1][1]} {line.strip()}".strip())
        else:
            fields.append((number, line.strip()))
    for number, words in fields:
        if not words or (kept is not None and number in kept):
            continue
        if mail and "=?" in words:
            words = _decoded_words(words)  # an RFC 2047 encoded word (a sender's name in Han): as it reads
        if HAN.search(words) is None and not (mail and _PERSONS.match(words) is not None):
            continue
        # the key ends at the first colon a space follows (`dc:title: …`, a namespaced key), else the first colon
        key, _, value = words.partition(": ") if ": " in words else words.partition(":")
        key = key.lower()
        if any(tool in key for tool in _TOOL_KEYS):
            continue  # the program that made the file (`pdf:producer: WPS 文字`): the tool's bookkeeping
        value = value.strip(" \t\"'")
        if key in _TITLE_KEYS and value and value in body:
            continue  # a title the body shows again: nothing lost
        found.append(words)
    return found


# a Subject written as RFC 2047 encoded words (`=?utf-8?b?…?=`, how every client writes a Han subject;
# a reply's `Re: ` before them) and its folded lines
_ENCODED_SUBJECT = lazyregex.compile(
    r"^Subject:[ \t]{0,4}(?P<v>[^\r\n]{0,40}?=\?[^\r\n]{1,300})\r?\n(?P<folded>(?:[ \t]+\S[^\r\n]{0,300}\r?\n)*)",
    regex.M | regex.I,
)


def decoded_subject(text: str) -> str | None:
    """The text with its mail header's Subject read (its RFC 2047 encoded words decoded, its folded lines
    joined), for the Subject to be the kept title where the body has none as a raw 8-bit Subject is
    (contract20 7; diffread-C C3: an encoded one never was); None where the text opens with no mail's
    header, its Subject is written as it reads, or the body shows it (nothing to keep)."""
    m = _ENCODED_SUBJECT.search(text, 0, 20000)
    if m is None:
        return None
    head, _ = mail_lines(text)
    if not head or m.start() >= line_start(text, head):
        return None
    words = _decoded_words(" ".join(piece.strip() for piece in (m.group("v"), *m.group("folded").split("\n"))))
    if "=?" in words or HAN.search(words) is None or "\n" in words or "\r" in words:
        return None
    read = f"{text[: m.start()]}Subject: {words.strip()}\n{text[m.end() :]}"
    # only where it is kept (the body shows no title): a Subject the body repeats leaves with the header
    return read if mail_subject(read, mail_lines(read)[0]) is not None else None


def _decoded_words(field: str) -> str:
    """A header field's line with its RFC 2047 encoded words read (`=?utf-8?b?…?=` → 某某区住建局)."""
    try:
        return str(make_header(decode_header(field)))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return field


def mail_attachments(text: str) -> list[str]:
    """The file names of the parts a mail carries as attachments (`Content-Disposition: attachment`, or a
    part with a file name that is not the mail's text), as `attachment: 某某统计表.xlsx` lines for the
    `app-record` warning (schema 1.11): the reader leaves them out (a file's bytes are no text of the
    mail's), and a mail's answer often sends its table or list so; said, not dropped in silence. Asked only
    of a text that opens with a mail's header and names a file."""
    head, _ = mail_lines(text)
    if not head:
        return []
    message = email.message_from_string(text, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return []
    body = message.get_body(preferencelist=("plain", "html"))
    names: list[str] = []
    for part, _parent in _parts(message, None):
        if part is body or part.is_multipart() or _holds_han(part.get_payload()):
            continue  # (a part holding Han as written stays in the text: `_mime_lines`)
        name = part.get_filename()
        if name:
            names.append(f"attachment: {name}")
    return names
