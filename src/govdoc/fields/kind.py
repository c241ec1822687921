"""The document type (`kind`) from the title's last suffix, or a reply's own words."""

from __future__ import annotations

from collections.abc import Iterable

from govdoc.fold import fold
from govdoc.patterns import BODY_KIND_WORDS, KIND_OF_SUFFIX, KIND_SUFFIX, TITLE_TAIL, TRAILING_PAREN


def kind_of(title: str | None, body_texts: Iterable[str], *, folded: bool = False) -> str:
    """The `kind` from the title's suffix (before a quoted title or number a headline adds after
    it); without a title, the first type whose words the body uses (特此通知, 特此批复, 特此通报,
    then a reply's 收悉, 现答复如下 …), else `other`.

    `folded=True` says `body_texts` are already folded (`govdoc.fold.fold`).
    """
    if title:
        core = TRAILING_PAREN.sub("", fold(title)).rstrip("。 ")
        m = KIND_SUFFIX.search(core) or KIND_SUFFIX.search(TITLE_TAIL.sub("", core))
        if m:
            return KIND_OF_SUFFIX[m.group("s")]
    texts = list(body_texts) if folded else [fold(t) for t in body_texts]  # read once per type below
    for words, kind in BODY_KIND_WORDS:
        if any(words.search(t) for t in texts):
            return kind
    return "other"
