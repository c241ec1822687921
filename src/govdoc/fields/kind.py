"""The document type (`kind`) from the title's last suffix, or a reply's own words."""

from __future__ import annotations

from govdoc.fold import fold
from govdoc.patterns import KIND_OF_SUFFIX, KIND_SUFFIX, REPLY_BODY_WORDS, TITLE_TAIL, TRAILING_PAREN


def kind_of(title: str | None, body_texts: list[str], *, folded: bool = False) -> str:
    """The `kind` from the title's suffix (before a quoted title or number a headline adds after
    it); without a title, `reply` where the body speaks like one.

    `folded=True` says `body_texts` are already folded (`govdoc.fold.fold`).
    """
    if title:
        core = TRAILING_PAREN.sub("", fold(title)).rstrip("。 ")
        m = KIND_SUFFIX.search(core) or KIND_SUFFIX.search(TITLE_TAIL.sub("", core))
        if m:
            return KIND_OF_SUFFIX[m.group("s")]
    if any(REPLY_BODY_WORDS.search(t if folded else fold(t)) for t in body_texts):
        return "reply"
    return "other"
