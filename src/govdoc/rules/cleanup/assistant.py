"""A chat assistant's framing around the document it drafted or tidied (session 19): a user copies the
assistant's answer whole, so above the document stand the chat page's role labels, the user's request
and the assistant's opening sentence (以下是整理后的答复文本：), and under it the assistant's offer of
more (如需进一步修改，请告诉我。) or its notes on the draft after a rule (**说明：** ⏎ 1. 文中日期请根据实际情况
调整。). None of it is the document's.

Read only where the text shows an assistant's answer: a line among its first ones is the assistant's
opening or a chat page's role label (`patterns.ASSISTANT_LEAD`, `ASSISTANT_ROLE`), right above a
document's title (a mailbox answer's own `以下是为您整理的办事流程：` over its steps stays). Then that line and
everything above it, and under the document the offer and what follows it, or what follows the last
rule under the 落款's date, are chrome. A document that merely says 以下是… or 请告诉我们 is untouched.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix
from govdoc.state import Block, Zone

_CHROME = Zone.CHROME
HEAD_REACH = 6  # the first lines an assistant's opening or a role label may stand among
_TAIL_REACH = 12  # the last lines its offer or its notes may take
_MAX_LINE = 80
_MAX_ROLE = 16  # a role label's length at most (ChatGPT said:)


def assistant_opening(i: int, folded: str) -> bool:
    """Whether line `i` (its folded text) is an assistant's opening or a chat page's role label: asked
    by the chrome rule's own walk of the lines (rules.cleanup.furniture), so that most lines pay one
    comparison and one character's test."""
    if i >= HEAD_REACH or folded[-1:] not in ":：":
        return False  # (an opening and a role label end on a colon)
    f = folded.strip()
    if len(f) > _MAX_LINE:
        return False
    return (len(f) <= _MAX_ROLE and P.ASSISTANT_ROLE.match(f) is not None) or (
        ("以下" in f or "下面" in f or "如下" in f) and P.ASSISTANT_LEAD.match(f) is not None
    )


def assistant_framing(blocks: list[Block], head: int) -> None:
    """Line `head` opened the assistant's answer (`assistant_opening`): where the document's title stands
    right under it, the lines down to it and the assistant's words under the document leave."""
    if head + 1 >= len(blocks) or not _titled(blocks[head + 1].folded.strip()):
        return  # (what it opens must be a document: a mailbox answer's 以下是为您整理的办事流程： ⏎ 1. … stays)
    for k in range(head):
        above = blocks[k].folded.strip()
        if _titled(above) or (above[-1:] in ":：" and not assistant_opening(k, above)):
            return  # the document's own head stands above it (a mailbox answer's title and 网友：; review19 V1)
    for k in range(head + 1):
        blocks[k].zone = _CHROME
    for k in range(_tail(blocks, head + 1), len(blocks)):
        blocks[k].zone = _CHROME


def _titled(line: str) -> bool:
    """Whether `line` reads as a document's title: a type at its end (…的答复, …的通知) or 关于 at its head."""
    if line[:1] in _MARKER_FIRSTS or len(line) > _MAX_TITLE or "。" in line or "，" in line or "," in line:
        return False  # a section's heading (一、关于制定条例的必要性) or a sentence citing a 关于…通知, no title
    return kind_suffix(line) is not None or "关于" in line[:20]


_MAX_TITLE = 80


_MARKER_FIRSTS = frozenset("一二三四五六七八九十（(〔【0123456789第")


def _tail(blocks: list[Block], start: int) -> int:
    """Where the assistant's words under the document begin: its offer line, or the first line under a
    rule that follows the 落款's date (len(blocks): none)."""
    reach = max(start, len(blocks) - _TAIL_REACH)
    for i in range(reach, len(blocks)):
        f = blocks[i].folded.strip()
        if len(f) <= _MAX_LINE and P.ASSISTANT_OFFER.match(f):
            return i
    for i in range(len(blocks) - 1, reach, -1):
        if blocks[i].rule_before and any(
            P.DATE_LINE.match(blocks[k].folded.strip()) for k in range(max(start, i - 3), i)
        ):
            return i
    return len(blocks)
