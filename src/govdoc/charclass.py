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
# Spaces that may stand at the edges of a line or block without meaning anything (a web copy's
# zero-width space or word joiner too: left before a marker, it would hide it).
EDGE_SPACE = LAYOUT_SPACES + "\t\ufeff\u200b\u2060"


def is_cjk(ch: str) -> bool:
    """Whether `ch` (its first character) is CJK in the sense of `CJK_CLASS`."""
    return bool(CJK.match(ch))
