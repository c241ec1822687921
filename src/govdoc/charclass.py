"""Character classes every layer needs, defined once: what counts as CJK and as an edge space (and
the one piece of Markdown's syntax a reader and a rule both read, a GFM table's delimiter row).

Readers use them to decide where a layout put a space that the text does not have; the cleanup
rules use the same classes to remove such spaces, so a reader and a rule never disagree about
which characters are CJK.
"""

from __future__ import annotations

import regex

# Han characters, CJK punctuation (、。《》【】〔〕…), full-width forms (，：；！？（）) and curly quotes.
CJK_CLASS = r"[\p{Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]"
CJK = regex.compile(CJK_CLASS)
# A Han character alone (no punctuation): what the decoding counts to tell a Chinese text from other
# bytes, and what a fake-bold run must double to be one.
HAN = regex.compile(r"\p{Han}")
# The spaces a layout puts in a line: ideographic, no-break, and the en, em and thin spaces web
# pages indent with (&ensp; &emsp; &thinsp;), all folded to " " by `govdoc.fold`.
LAYOUT_SPACES = " \u3000\xa0\u2002\u2003\u2009"
# A GFM table's delimiter cell (---, :---, ---:, :---:), and a delimiter row of such cells (|---|:---:|):
# Markdown's syntax, which both layers read. The text reader finds a table's delimiter row by the row,
# and the body's `|` rows (rules/body_tables) tell by the cell a delimiter row the reader did not pair.
_GFM_DELIMITER_CELL = r":?-{3,}:?"
GFM_DELIMITER_CELL = regex.compile(_GFM_DELIMITER_CELL)
GFM_DELIMITER_ROW = regex.compile(
    rf"^\|?[ ]*{_GFM_DELIMITER_CELL}[ ]*(?:\|[ ]*{_GFM_DELIMITER_CELL}[ ]*)+\|?$"
    rf"|^\|[ ]*{_GFM_DELIMITER_CELL}[ ]*\|$"
)
# A Markdown list item's bullet, with a task list's box after it (`- [ ] `, `- [x] `): Markdown's syntax,
# which both layers read. The text reader takes it off a line's start (kept in `Hints.markup`), and the
# joins (patterns.LIST_ITEM_MARK) tell by it that the line opens an item of its own.
# (a word processor's bullet may take a tab, as its lists are saved as text: `•\t…`; an ASCII dash before
# a tab is as often a spreadsheet's empty cell, `-\t0\t12`. A bullet drawn from a symbol font, Wingdings' or
# Symbol's, is saved as the private-use character the font maps it to, U+F020–U+F0FF (WPS and Word: `\uf06c\t…`,
# `\uf0d8\t…`; conv30): a bullet before a tab as `•` is.)
SYMBOL_FONT_BULLETS = r"\uf020-\uf0ff"
LIST_BULLET = rf"(?:[-*+•·▪●][ ]{{1,4}}|[•·▪●{SYMBOL_FONT_BULLETS}]\t)(?:\[[ xX]\][ ]{{1,4}})?"
# Characters that show nothing: the zero-width space, the word joiner and a BOM pasted mid-text (a
# web page's, copied into Word or a text file); the directional marks, embeddings and isolates
# (LRM, RLM, ALM, U+202A–U+202E, U+2066–U+2069) a bidi-aware editor or CMS leaves around names;
# the soft hyphen and the Mongolian vowel separator; the zero-width non-joiner and joiner, which
# join nothing in Chinese (an editor's paste leaves them inside markers: （\u200d一）). Every reader
# drops them: left before a marker's title (一、\u200b基本情况), around an addressee or inside a
# formula, they would hide it from every pattern.
# The variation selectors too (U+FE00–U+FE0F; the ideographic ones, U+E0100–U+E01EF, past the BMP):
# they choose a glyph for the character before them (a PDF set in a font with variation sequences,
# 葛\U000e0100), show nothing themselves, and hid a name or a 落款's organ from every pattern (noise20).
ZERO_WIDTH_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner and joiner, word joiner, BOM
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # directional
    "\u00ad\u180e"  # soft hyphen, Mongolian vowel separator
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f"
)
IDEOGRAPHIC_SELECTORS = "\U000e0100-\U000e01ef"  # a class's range, not a string of characters
# (… but U+FE0F before the combining keycap U+20E3 is part of the keycap sequence a WeChat-style reply numbers
# its parts with, 1\ufe0f\u20e3: dropped, it left `1⃣`, a sequence the input did not hold: diffread-B B12)
ZERO_WIDTH = regex.compile(
    f"(?:[{ZERO_WIDTH_CHARS.replace(chr(0xFE0F), '')}{IDEOGRAPHIC_SELECTORS}]|\ufe0f(?!\u20e3))+"
)
# Spaces that may stand at the edges of a line or block without meaning anything (the zero-width
# characters too).
EDGE_SPACE = LAYOUT_SPACES + "\t" + ZERO_WIDTH_CHARS
# What `str.splitlines` splits at: a line's edge is these and `EDGE_SPACE` (the text reader strips both).
LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
LINE_EDGES = EDGE_SPACE + LINE_ENDS


def is_cjk(ch: str) -> bool:
    """Whether `ch` (its first character) is CJK in the sense of `CJK_CLASS`."""
    return bool(CJK.match(ch))
