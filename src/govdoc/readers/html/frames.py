"""Frames whose page a saved web page does not hold: the article left behind in another file.

A 政府信息公开 platform often shows its article in an `<iframe src="…/c_0057.html">` under the page's own
information table and headline. Saved "HTML only", the page keeps the table and the headline, and the frame's
file is not saved with it: the document has no body, and nothing in the reading said why. The frames a page shows
(`<iframe src>`, `<frame src>`: not hidden, not blank, not a script's) are named here, for the reader to say,
where the page shows no paragraph of its own, that the article stood in a frame whose page it does not hold.

A platform that publishes the signed PDF shows it the same way through the browser's own viewer: `<object data>` or
`<embed src>` of a document (a PDF, a page, an OFD or Word file; format32). The file is no more saved with the page
than a frame's, and is named alike; a picture's or a player's object is no article and is not.
"""

from __future__ import annotations

from typing import Any

import regex

from govdoc.readers.html.dom import attr
from govdoc.readers.html.hidden import is_hidden

_NO_PAGE = regex.compile(r"^(?:about:|javascript:|data:|#|$)", regex.I)
# an embedded object that shows a document: by its type, or by its file's extension (a query or fragment after it)
_DOCUMENT_TYPE = regex.compile(
    r"^(?:application/(?:pdf|ofd|msword|vnd\.openxmlformats-officedocument\.wordprocessingml\.document)|text/html)\b",
    regex.I,
)
_DOCUMENT_SUFFIX = regex.compile(r"\.(?:pdf|ofd|docx?|wps|s?html?)\Z", regex.I)
_SUFFIX_SPAN = 6  # the longest suffix (.shtml): each search looks back no further
_MAX_NAMED = 3  # frames a warning names at most
# a paragraph of the page's own: this many Han characters and a sentence's mark (a headline or a table's label
# line has neither)
_PARAGRAPH_HAN = 30
_HAN = regex.compile(r"\p{Han}")
_SENTENCE_MARK = regex.compile(r"[。；：！？]")


def shown_frames(tree: Any) -> list[str]:
    """The sources of the frames a page shows (`<iframe src>`, `<frame src>`) and of the documents it embeds
    (`<object data>`, `<embed src>` of a document), in order, at most `_MAX_NAMED`."""
    found: list[str] = []
    for frame in tree.css("iframe[src], frame[src], object[data], embed[src]"):
        embedded = frame.tag in ("object", "embed")
        source = attr(frame, "data" if frame.tag == "object" else "src").strip()
        if _NO_PAGE.match(source) or attr(frame, "srcdoc") or is_hidden(frame, frozenset()):
            continue
        if embedded and not (_DOCUMENT_TYPE.match(attr(frame, "type").strip()) or _names_document_file(source)):
            continue
        if source not in found:
            found.append(source)
        if len(found) == _MAX_NAMED:
            break
    return found


def _names_document_file(source: str) -> bool:
    """The source ends on a document's extension, or has one before a query or fragment that runs to its end on one
    line (`/f/x.pdf#page=1`). Each place is asked of its last few characters only: a pattern holding `.*` searched
    over the value was quadratic in a value of many suffixes before a newline (REVIEW32 R4)."""
    text = source[:-1] if source.endswith("\n") else source  # (`$` matched before a final newline too)
    if _DOCUMENT_SUFFIX.search(text, max(0, len(text) - _SUFFIX_SPAN)):
        return True
    line = text.rfind("\n") + 1  # a query's `.*` reached the end only from the last line
    return any(
        c in "?#" and _DOCUMENT_SUFFIX.search(text, max(0, i - _SUFFIX_SPAN), i) is not None
        for i, c in enumerate(text[line:], line)
    )


def holds_paragraph(texts: list[str]) -> bool:
    """Whether some of the page's lines is a paragraph of its own (see `_PARAGRAPH_HAN`)."""
    return any(len(_HAN.findall(t)) >= _PARAGRAPH_HAN and _SENTENCE_MARK.search(t) for t in texts)


def holds_words(texts: list[str]) -> bool:
    """Whether the page shows some Han words of its own (a headline, an information table): a page of none (a
    frameset's) is an empty document, as before, not one of nothing said."""
    return any(_HAN.search(t) for t in texts)
