"""HTML character references left in a text copy (`&ldquo;一网通办&rdquo;`, `&quot;`, `&nbsp;`), read as
the characters they stand for (schema 1.10).

A page saved as text, or a crawler's field copied without unescaping, keeps the markup's escapes:
`&quot;` is no word of a Chinese document, and a title holding `&ldquo;…&rdquo;` was no title (its `;`
read as a clause's). Only a reference the markup writes (a closed set of names, or a number, always
with its `;`) is read, and only where the text shows it escaped: two references or more (the reader
has already read a page source's space entities and escaped tags), or one standing for a character
beyond ASCII (`&#12290;` for 。, `&ldquo;`: noise20), which a Chinese text writes as itself and only
markup escapes. One alone to an ASCII character (改厕&amp;改厨, R&amp;D) or to a symbol (a site footer's
`&copy;2024`, a CMS user's typed `&reg;`: diffread-B B13) may be the copy's own and stays, as do a bare
`&` (R&D, A&B) and an unknown `&name;`. Up to schema 1.9 every
reference stayed as written (sessions 17 and 18: decoding invents a character the copy does not
hold); 1.10 reads them and says so. The reading is a judgement about the text (it is not declared
HTML), and a reference the text names (小于号写作&lt;, “&amp;”: a notice on escaping) is neither evidence
nor read; so each line so read is warned `text-repaired` (`html-entity`), quoting it before and after, as
a fake-bold line is.
"""

from __future__ import annotations

import html
import unicodedata

from govdoc import patterns as P
from govdoc.fold import fold
from govdoc.needs import Need
from govdoc.rules.cleanup.base import TEXT_FORMATS, delete_ranges, warn_repaired
from govdoc.state import State

# what a reference may not stand for: controls (but a tab), a surrogate, U+FFFD (html.unescape's
# reading of an invalid number): the reference then stays as written
_NOT_A_CHARACTER = frozenset(chr(c) for c in (*range(0x20), 0x7F, 0xFFFD)) - {"\t"}
# what the text reader takes out of every text (review19 V3): an invisible format character (&#x200B;,
# &#xFEFF;, the soft hyphen &#173;) or a line or paragraph separator (&#8232;, &#x2029;, &#x85;), which a
# line cannot hold; a reference to one is read as nothing, as the reader reads the character itself
_READ_AS_NOTHING = frozenset("\u0085\u2028\u2029")


# Every reference read stands on a line holding `&` (the walk's test); with none, the evidence is none and the
# rule returns before it changes anything.
HTML_ENTITIES_NEED: Need = Need(
    "a text copy's line holding `&` (`html_entities` reads no other)", TEXT_FORMATS, text=("&",)
)


def html_entities(state: State) -> None:
    """Read the HTML character references of a text input's lines (`P.CHARACTER_REFERENCE`) as their
    characters, each line so read warned `text-repaired` (`html-entity`). A line without `&` is asked
    nothing more."""
    if state.format not in TEXT_FORMATS:
        return
    lines = [(b, found) for b in state.blocks if "&" in b.text and (found := _references(b.text))]
    if sum(len(found) for _, found in lines) < _EVIDENCE and not any(
        c > "\x7f" and not unicodedata.category(c).startswith("S") for _, found in lines for _, _, c in found
    ):
        return  # one reference alone to an ASCII character (改厕&amp;改厨) or a symbol (&copy;) may be the copy's own
    for b, found in lines:
        text = b.text
        chars, folded = list(text), list(b.folded)
        for start, _, c in found:  # the reference's first character becomes what it stands for
            if c:
                chars[start] = c
                f = fold(c)
                folded[start] = f if len(f) == 1 else c
        b.set_text("".join(chars), "".join(folded))
        delete_ranges(b, [(start + 1 if c else start, end) for start, end, c in found])  # and the rest leaves
        warn_repaired(state, "html-entity", b, text)


_EVIDENCE = 2  # references in the text that show it escaped (the reader has read its space entities)


def _references(text: str) -> list[tuple[int, int, str]]:
    """The character references of a line (start, end, the character each stands for: "" for one the
    reader takes out of any text)."""
    return [
        (m.start(), m.end(), "" if c in _READ_AS_NOTHING or unicodedata.category(c) == "Cf" else c)
        for m in P.CHARACTER_REFERENCE.finditer(text)
        if len(c := _character(m.group())) == 1
        and c not in _NOT_A_CHARACTER
        and not 0xD800 <= ord(c) <= 0xDFFF
        and not _mentioned(text, m.start(), m.end())
    ]


def _mentioned(text: str, start: int, end: int) -> bool:
    """The reference at text[start:end] is named, not held escaped: after a verb of writing it out
    (小于号写作&lt;) or alone between quotes (“&amp;”). A notice on escaping states its rule so, and
    holds references enough for the evidence: named ones are neither evidence nor read (diffread-B B6)."""
    opening, closing = P.MENTION_QUOTES
    if start > 0 and text[start - 1] in opening and text[end : end + 1] in closing and end < len(text):
        return True
    return P.REFERENCE_MENTION.search(text, max(0, start - 8), start) is not None


def _character(reference: str) -> str:
    """What a reference stands for: `&nbsp;` a plain space (a text keeps no no-break space of a
    page's layout), any other as HTML reads it, once more where it was escaped twice (`&amp;mdash;`)."""
    if reference.startswith("&amp;") and len(reference) > len("&amp;"):
        reference = "&" + reference[len("&amp;") :]  # escaped twice (&amp;mdash;): the reference it stands for
    return " " if reference == "&nbsp;" else html.unescape(reference)
