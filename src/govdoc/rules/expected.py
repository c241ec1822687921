"""Say what the document's kind leads one to expect and the parse did not find.

Every 公文 has a title and a 落款 (organ and date); a reply also answers a named proposal and
is addressed to its proposer. A value the parser could not find is left null, never guessed,
and this rule makes the absence visible as a `field-missing` warning: a null that says nothing
would read as "the document has none" even where the parse lost the element (a text whose
line breaks and indents are all gone, a layout no rule knows).
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.state import State

_MESSAGES = {
    "title": "未找到标题 (no title found)",
    "signature": "未找到落款：发文机关署名和成文日期 (no signature: issuing organ and date)",
    "recipients": "未找到主送 (no addressee found)",
    "responds_to": "未找到所答复的提案或建议 (the proposal answered is not named)",
}


def _answers_no_proposal(state: State) -> bool:
    """Whether the reply says it answers a 请示, report or letter (a 复函), which names no proposal."""
    return any("收悉" in b.folded and P.ANSWERS_NO_PROPOSAL.search(b.folded) for b in state.body[:12])


# The kinds whose form prints no 落款 of their own: a 纪要 is marked by its 纪要标志 and 期数 and
# printed by an office (GB/T 9704 10.3), so a null `signature` is what the document has, not a loss.
UNSIGNED_KINDS = frozenset({"minutes"})


def missing_fields(state: State) -> None:
    """A `field-missing` warning for each element the document's kind promises that the parse left null,
    so that a lost element never reads as one the document lacks.
    """
    missing = []
    if state.header.title is None:
        missing.append("title")
    if state.signature is None and state.kind not in UNSIGNED_KINDS:
        missing.append("signature")
    if state.kind == "reply":
        if not state.header.recipients:
            missing.append("recipients")
        if state.header.responds_to is None and not _answers_no_proposal(state):
            missing.append("responds_to")
    for name in missing:
        state.warn("field-missing", _MESSAGES[name])
