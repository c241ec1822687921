"""A chat assistant's framing around the document it drafted or tidied (session 19): a user copies the
assistant's answer whole, so above the document stand the chat page's role labels, the user's request
and the assistant's opening sentence (以下是整理后的答复文本：), and under it the assistant's offer of
more (如需进一步修改，请告诉我。) or its notes on the draft after a rule (**说明：** ⏎ 1. 文中日期请根据实际情况
调整。). None of it is the document's.

A mailbox answer speaks to its writer the same way (您好！ ⏎ …现为您整理如下：, 以上内容仅供参考…, 可随时联系
我局), so nothing leaves without two independent marks of a chat transcript (diffread-C C1, review19 V1's
fourth shape): a role label line (ChatGPT said:, 用户：, 助手：), an opening at the very top of the text
(nothing but role labels and the user's turn above it) over a document's title, and under the 落款's
date an offer that speaks as 我 (never 我局/我们) or the assistant's notes after a rule. Even then a
greeting, an addressee, an organ's name or a date is never dropped: those are the document's.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules.cleanup.base import excerpt
from govdoc.rules.lines import (
    greeted_public,
    has_title_shape,
    is_date_line,
    is_organ_name,
    is_recipient_line,
    is_title_like,
)
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
        ("以下" in f or "下面" in f or "如下" in f or "提取" in f or "识别" in f or "ere" in f)
        and P.ASSISTANT_LEAD.match(f) is not None
    )


def assistant_framing(blocks: list[Block], head: int) -> list[str]:
    """Line `head` is the last of the assistant's opening or a chat page's role labels among the first
    lines (`assistant_opening`): where the text shows two marks of a chat transcript, the lines down to
    it and the assistant's words under the document leave. Returns the lines that left (a user's request
    and the assistant's notes on the draft are words: the caller says them, schema 1.11)."""
    roles = [k for k in range(head + 1) if _role(blocks[k].folded.strip())]
    marks = 1 if roles else 0
    if (
        (not roles or roles[-1] != head)
        and (head == 0 or (roles and roles[-1] == head - 1))
        and head + 1 < len(blocks)
        and _titled(blocks[head + 1])
    ):
        marks += 1  # an opening at the very top (or right under its role label), over a document's title
    tail = _tail(blocks, head + 1)
    if tail < len(blocks) and not (marks == 1 and not roles and _site_note(blocks[head], blocks[tail])):
        marks += 1
    if marks < 2:
        return []  # one mark is a mailbox answer's own words as well (您好！ ⏎ 现为您整理如下：; diffread-C C1)
    left: list[str] = []
    for k in range(head + 1):
        if k == head or k in roles or not _kept(blocks[k]):
            blocks[k].zone = _CHROME
            left.append(blocks[k].text)
    for k in range(tail, len(blocks)):
        if not _kept(blocks[k]):
            blocks[k].zone = _CHROME
            left.append(blocks[k].text)
    return left


def framing_message(left: list[str]) -> str:
    """The `text-repaired` message (kind `assistant-framing`, schema 1.11) for the lines a chat's framing
    took out: its first lines quoted, and how many lines left."""
    quoted = "」「".join(excerpt(line) for line in left[:_QUOTED])
    more = f"等 {len(left)} 行" if len(left) > _QUOTED else ""
    return (
        f"assistant-framing: 删去对话助手的框架文字「{quoted}」{more}"
        f" (a chat assistant's framing around the document left out: {len(left)} lines)"
    )


_QUOTED = 3


def _site_note(opening: Block, under: Block) -> bool:
    """Whether the opening names a picture or a scan and neither it nor the words under the text speak as an
    assistant (`以下为扫描件文字内容：` ⏎ … ⏎ `以上为扫描件全部内容，原件请见附件`): a site's note on the scan it
    publishes as text as well as a chat's, one mark in all (diffread-C C11)."""
    f, g = opening.folded, under.folded
    return (
        P.PICTURE_NAMED.search(f) is not None
        and P.ASSISTANT_VOICE.search(f) is None
        and P.ASSISTANT_VOICE.search(g) is None
    )


def _role(line: str) -> bool:
    """A chat page's role label (ChatGPT said:, 用户：)."""
    return len(line) <= _MAX_ROLE and P.ASSISTANT_ROLE.match(line) is not None


def _titled(b: Block) -> bool:
    """Whether the line under an opening is a document's title by the title rules (rules.lines.title):
    a title's line and a title's shape (…的答复, 关于…的X), never a sentence citing one (《关于…》规定：)."""
    return is_title_like(b) and has_title_shape(b.folded.strip())


def _kept(b: Block) -> bool:
    """A line no framing takes: a greeting or an addressee (主送), an organ's name (the 落款's) or a date."""
    f = b.folded.strip()
    return (
        ("好" in f and greeted_public(f) is not None)
        or is_recipient_line(b)
        or is_date_line(b)
        or (len(f) <= _MAX_ORGAN and is_organ_name(f))
    )


_MAX_ORGAN = 40


def _tail(blocks: list[Block], start: int) -> int:
    """Where the assistant's words under the document begin (len(blocks): none): its offer, under the
    last date line (the 落款's: the reply's own 如需…可随时联系我局 above it is the reply's; diffread-C C11),
    or the first line under a rule that follows the 落款's date."""
    reach = under = max(start, len(blocks) - _TAIL_REACH)
    for i in range(len(blocks) - 1, reach - 1, -1):
        if P.DATE_LINE.match(blocks[i].folded.strip()):
            under = i + 1
            break
    for i in range(under, len(blocks)):
        f = blocks[i].folded.strip()
        if len(f) <= _MAX_LINE and P.ASSISTANT_OFFER.match(f):
            return i
    for i in range(len(blocks) - 1, reach, -1):
        if blocks[i].rule_before and any(
            P.DATE_LINE.match(blocks[k].folded.strip()) for k in range(max(start, i - 3), i)
        ):
            return i
    return len(blocks)
