"""The document type (`kind`) from the title's last suffix, or a reply's own words."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from govdoc.fold import fold
from govdoc.patterns import BODY_KIND_WORDS, KIND_OF_SUFFIX, KIND_SUFFIX, TITLE_TAIL, TRAILING_PAREN

# KIND_SUFFIX ends at the text's end: no type in it is longer than this, a line's end (`$`
# matches before a final newline) counted (tests/test_rule_speed.py checks the pattern).
KIND_SUFFIX_REACH = 8


def title_core(text: str) -> str:
    """A title without a bracket at its end and a final stop (`…的答复（2024年）。` → `…的答复`)."""
    return (TRAILING_PAREN.sub("", text) if ")" in text else text).rstrip("。 ")


@functools.lru_cache(maxsize=1024)
def kind_suffix(core: str) -> regex.Match[str] | None:
    """The document type `core` ends with (KIND_SUFFIX's match), or None.

    The pattern is anchored at the end, but a search from the start would try the whole list of
    types at every character of the title; only the last characters can start a match. The title and
    the lines around it are asked again by the header's, the kind's and the joins' rules (about half
    the calls a document repeat one): the match depends on the string alone, so the last few hundred
    strings asked keep theirs.
    """
    return KIND_SUFFIX.search(core, max(0, len(core) - KIND_SUFFIX_REACH))


def kind_of(title: str | None, body_texts: Iterable[str], *, folded: bool = False) -> str:
    """The `kind` from the title's suffix (before a quoted title or number a headline adds after
    it); without a title, the first type whose words the body uses (特此通知, 特此批复, 特此通报,
    then a reply's 收悉, 现答复如下 …), else `other`.

    `folded=True` says `body_texts` are already folded (`govdoc.fold.fold`).
    """
    if title:
        core = title_core(fold(title))
        m = kind_suffix(core) or kind_suffix(TITLE_TAIL.sub("", core))
        if m:
            return KIND_OF_SUFFIX[m.group("s")]
        return "other"
    texts = list(body_texts) if folded else [fold(t) for t in body_texts]  # read once per type below
    for words, kind in BODY_KIND_WORDS:
        if any(words.search(t) for t in texts):
            return kind
    return "other"
