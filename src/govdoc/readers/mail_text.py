"""A mail opened or saved as text (a raw `.eml`, Outlook's Save As Text): its header, MIME's own lines.

A reply is often sent as a mail's body, and the file a user hands over is then the mail: the transport
header above the body (`Received:` folded over lines, `From:`, `Subject:` as an RFC 2047 encoded word,
`MIME-Version:` …), and in a multipart mail the MIME preamble, the boundary lines, each part's own header
and the parts that are no text (an attachment's base64). None of these is the document's text; the
text part's body is.

A header is read only at the file's start and only where it names the mail itself: at least two of
`From`, `To`, `Subject`, `Date`, `Sent`, `Cc` among a run of RFC 5322 fields closed by a blank line (a
document's own `Key: value` lines never name two of them). MIME's lines are read only under a header
that declares the boundary (`boundary="…"`), and only the lines of that boundary.
"""

from __future__ import annotations

import regex

from govdoc import lazyregex
from govdoc.charclass import HAN

# An RFC 5322 field (`Name: value`, a tab or a space after the colon) or a folded line of the one above
_FIELD = lazyregex.compile(r"(?P<name>[A-Za-z][A-Za-z0-9-]{0,40}):(?:[ \t][^\n]*|)\r?\n|[ \t]+\S[^\n]*\r?\n")
_MAIL_KEYS = frozenset({"from", "to", "subject", "date", "sent", "cc"})
_TRANSPORT_KEYS = frozenset({"received", "return-path", "message-id", "mime-version", "content-type", "x-mailer"})
_BOUNDARY = lazyregex.compile(r"boundary=(?:\"(?P<q>[^\"\r\n]{1,200})\"|(?P<b>[^\s;\"]{1,200}))", regex.I)
_TEXT_PART = lazyregex.compile(r"^Content-Type:[ \t]*text/plain", regex.I | regex.M)
_MAX_HEAD = 200  # the lines a header may take
_SUBJECT = lazyregex.compile(r"^Subject:[ \t]{1,4}(?P<v>(?!=\?)[^\r\n]{1,300}?)[ \t]*\r?$", regex.M | regex.I)


def mail_subject(text: str, head: int) -> tuple[int, int, int] | None:
    """The header's `Subject:` value where it holds Han characters and the body under the header does not
    open with it (a mailbox answer sent with its title only as the subject; review19 V5): its line and
    where the value stands on it, as the front matter's title is kept (readers.text._front_title)."""
    m = _SUBJECT.search(text, 0, _line_start(text, head))
    if m is None or HAN.search(m.group("v")) is None:
        return None
    value = m.group("v").strip()
    body = text[_line_start(text, head) :].lstrip()[: 2 * len(value) + 400]
    if value in body:
        return None
    return text.count("\n", 0, m.start()), m.start("v") - m.start(), m.start("v") - m.start() + len(value)


def _line_start(text: str, n: int) -> int:
    """Where line `n` (from 0) starts, or the text's end."""
    pos = 0
    for _ in range(n):
        pos = text.find("\n", pos) + 1
        if not pos:
            return len(text)
    return pos


def mail_lines(text: str) -> tuple[int, frozenset[int]]:
    """The lines a mail's own header takes at the text's start (0: the text opens with no mail's
    header), and the lines of MIME's own that follow it (boundary lines, part headers, the preamble and
    every part that is not plain text), counted from 0. (A Chinese client's header, 发件人: …, is read
    as the metadata pairs it looks like, as rounds 14 and 15 decided: not here.)"""
    keys: set[str] = set()
    pos = lines = 0
    for m in _FIELD.finditer(text):
        if m.start() != pos or lines >= _MAX_HEAD:
            break
        if m.group("name"):
            keys.add(m.group("name").lower())
        elif not lines:
            return 0, frozenset()  # a folded line with no field above it
        pos = m.end()
        lines += 1
    named = keys & _MAIL_KEYS
    # two of the mail's own keys, and what only a mail's header holds besides: an address, a third
    # key, a transport or MIME field (a document's `Subject: …` ⏎ `From: 某局` stays its text)
    if len(named) < 2 or not (len(named) >= 3 or keys & _TRANSPORT_KEYS or "@" in text[:pos]) or not _closes(text, pos):
        return 0, frozenset()
    head = lines + 1  # and the blank line closing it
    boundary = _BOUNDARY.search(text, 0, pos)
    if boundary is None:
        return head, frozenset()
    mark = "--" + (boundary.group("q") or boundary.group("b"))
    if "\n" + mark not in text:
        return head, frozenset()  # a boundary declared and never drawn: the body is as written
    return head, _mime_lines(text, mark, head)


def _closes(text: str, pos: int) -> bool:
    """Whether a blank line (or the text's end) follows the header that ends at `pos`."""
    rest = text[pos : pos + 2]
    return rest == "" or rest[:1] == "\n" or rest == "\r\n"


def _mime_lines(text: str, mark: str, head: int) -> frozenset[int]:
    """MIME's own lines under a header whose boundary is `mark` (`--` and the boundary): everything
    but the bodies of the plain-text parts."""
    lines = text.split("\n")
    skip: set[int] = set()
    in_text = False  # inside a plain-text part's body
    part_head = False  # inside a part's own header (up to its blank line)
    for number in range(head, len(lines)):
        line = lines[number].rstrip("\r")
        if line.startswith(mark) and line[len(mark) :].strip() in ("", "--"):
            skip.add(number)
            in_text, part_head = False, True
            continue
        if part_head:
            skip.add(number)
            if not line.strip():
                part_head = False
            elif _TEXT_PART.match(line):
                in_text = True
            continue
        if not in_text:
            skip.add(number)  # the preamble above the first boundary, or a part that is no text
    return frozenset(skip)
