"""Character classes every layer needs, defined once: what counts as CJK and as an edge space.

Readers use them to decide where a layout put a space that the text does not have; the cleanup
rules use the same classes to remove such spaces, so a reader and a rule never disagree about
which characters are CJK.
"""

from __future__ import annotations

import regex

# Han characters, CJK punctuation (、。《》【】〔〕…), full-width forms (，：；！？（）) and curly quotes.
CJK_CLASS = r"[\p{Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]"
CJK = regex.compile(CJK_CLASS)
# The spaces a layout puts in a line: ideographic, no-break, and the en, em and thin spaces web
# pages indent with (&ensp; &emsp; &thinsp;), all folded to " " by `govdoc.fold`.
LAYOUT_SPACES = " \u3000\xa0\u2002\u2003\u2009"
# Characters that show nothing: the zero-width space, the word joiner and a BOM pasted mid-text (a
# web page's, copied into Word or a text file). Every reader drops them: left before a marker's
# title (一、\u200b基本情况) or inside a formula, they would hide it from every pattern.
ZERO_WIDTH_CHARS = "\u200b\u2060\ufeff"
ZERO_WIDTH = regex.compile(f"[{ZERO_WIDTH_CHARS}]+")
# Spaces that may stand at the edges of a line or block without meaning anything (the zero-width
# characters too).
EDGE_SPACE = LAYOUT_SPACES + "\t" + ZERO_WIDTH_CHARS


def is_cjk(ch: str) -> bool:
    """Whether `ch` (its first character) is CJK in the sense of `CJK_CLASS`."""
    return bool(CJK.match(ch))
