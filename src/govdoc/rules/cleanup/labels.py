"""Field labels a template sets off by brackets instead of a colon: read as labels with their colon."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.needs import Facts, Need
from govdoc.rules.cleanup.base import delete_ranges
from govdoc.state import State


def _closing_bracket(facts: Facts) -> bool:
    """Some line's folded copy holds a 】 (with the need's 【: both, as the walk asks of one line)."""
    return "】" in facts.folded


BRACKETED_LABELS_NEED: Need = Need(
    "a line holding 【 and 】 folded (`bracketed_labels` reads no other)", folded=("【",), test=_closing_bracket
)


def bracketed_labels(state: State) -> None:
    """A contact label in square brackets (`【联系人】黄某　【联系电话】0571-…`, a WPS or Word template's
    field saved as text) is read as the label and its colon: in the block's folded copy, which every
    rule matches on, the opening bracket becomes a space and the closing one a colon. `text` keeps
    the brackets as written (the folded copy is a 1:1 map of it, so spans stay where they were).
    An app's kind tag before a post's title (`【公告】关于…`, patterns.POST_KIND_TAG) is the app's label, no word of
    the title: it leaves the line (conv30), as a site's chrome leaves the text."""
    for b in state.blocks:
        f = b.folded
        if "【" not in f or "】" not in f:
            continue
        if f.lstrip()[:1] == "【" and (tag := P.POST_KIND_TAG.match(f)) is not None:
            delete_ranges(b, [tag.span()])
            f = b.folded
        spots = [m.span() for m in P.BRACKETED_CONTACT_LABEL.finditer(f)]  # each ends at its 】 (a look-ahead)
        if not spots:
            continue
        chars = list(f)
        for at, end in spots:
            chars[at] = " "
            chars[end] = ":"
        b.set_text(b.text, "".join(chars))
