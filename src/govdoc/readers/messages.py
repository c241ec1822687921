"""What shows a text is a message: a mail (its header lines, a quote, an attribution line, a client's
separator), an SMS split into counted parts, a chat export (its head and its sender lines).

Split out of readers.text (session 22).
"""

from __future__ import annotations

import re

import regex

from govdoc import lazyregex
from govdoc.charclass import LINE_EDGES
from govdoc.mail_marks import FORWARD_SEPARATOR
from govdoc.organ_names import ORGAN_ENDINGS

# A text that shows a mail (`shows_mail`): two of its header lines, a quoted line, an attribution line
# (On … wrote:, 在 … 写道：) or a client's separator over a forwarded mail. Only there is a `--` line RFC
# 3676's signature delimiter (blocks.MAIL_DELIMITER).
_MAIL_HEADER = lazyregex.compile(
    r"^(?:(?P<key>From|To|Subject|Date|Sent)[ \t]{0,2}:[ \t]|(?P<key>发件人|收件人|主题|发送时间)[ \t]{0,2}[:：])",
    regex.M,
)
MAIL_SIGN = lazyregex.compile(
    r"^>|[ ]wrote:[ \t]*\r?$|写道[ ]{0,2}[:：][ \t]*\r?$"
    rf"|^{FORWARD_SEPARATOR}"
    r"|^Begin[ ]forwarded[ ]message:",
    regex.M,
)
# A long SMS split by the phone into parts, each opened by its count (`[1/3]`, `(2/3)`, `【3/3】`): the
# counts are the message's, and a part may cut a sentence the next one goes on with (a page's end).
# Read only where the parts 1 to N of one N all open lines.
SMS_PART = lazyregex.compile(
    r"^(?:【[^】\n]{1,20}】[ ]{0,2})?[\[(（【](?P<k>\d{1,2})/(?P<n>\d{1,2})[\])）】][ \t]{0,2}", regex.M
)  # (the gateway may put the sender's sign before each: 【某市气象局】（1/2）)
# A chat's sender lines over each message (QQ's export: `2024-06-12 9:15:03 王某`; WeChat's merged
# forward: `办公室小周 10:02`, maybe with the day: `王某 6月12日 09:15`), and the export's own head (QQ's
# `消息记录（此消息记录为文本格式，不支持重新导入）`, `消息分组:`, `消息对象:`; WeChat's caption `…的聊天记录`).
# Both are read only in a text whose first line is the export's head or caption (`opens_chat`), and a
# sender line is one only where the same sender opens `_MIN_CHAT` such lines or more.
_CHAT_SENDER = lazyregex.compile(
    r"^(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ ]\d{1,2}:\d{2}:\d{2}[ ](?P<qq>[^\n]{1,40}?)"
    r"|(?P<name>[^\s\d:：。，,][^\n:：。，,]{0,23}?)[ ]{1,2}"
    r"(?:(?:\d{1,2}月\d{1,2}日|昨天|前天|星期[一二三四五六日天]|(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2})[ ])?"
    r"\d{1,2}:\d{2}(?::\d{2})?)[ \t]*\r?$",
    regex.M,
)
# A chat export whose every message opens with its stamp and sender on the message's first line (WhatsApp's txt
# export: `16/08/2024, 18:30 - 周某: …` on Android, `[16/08/2024, 18:30:12] 周某: …` on iOS; its own notices, the
# encryption's, carry the stamp with no sender). The stamp and the sender are the chat's; the message's words after
# them are the text. Read only where `_MIN_STAMPED` lines open so and one names a sender (`stamped_chat`; conv27).
STAMPED_MESSAGE = lazyregex.compile(
    r"^(?:\[(?P<d1>\d{1,2}/\d{1,2}/\d{2,4}),[ ]\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp][Mm])?\][ ]"
    r"|(?P<d2>\d{1,2}/\d{1,2}/\d{2,4}),[ ]\d{1,2}:\d{2}(?:[ \u202f]?[AaPp][Mm])?[ ]-[ ])"
    r"(?:(?P<sender>[^:\n]{1,40}?):[ ])?",
    regex.M,
)
_MIN_STAMPED = 2
CHAT_TIME = re.compile(r"\d:\d\d(?::\d\d[ ][^\n]|[ \t]*\r?\n)")  # a time ending a line, or a QQ stamp's
_MIN_CHAT = 3
# The head's lines that name the chat (WeChat's caption `群聊的聊天记录`, QQ's `消息分组:`, `消息对象:`): who the
# talk was with, which the reader leaves out and says (`chat_lines_said`); QQ's banner is the tool's own words.
_CHAT_NAMING = r"[^\n]{1,40}的聊天记录|消息(?:分组|对象):[^\n]{0,60}"
CHAT_NAMING = lazyregex.compile(_CHAT_NAMING)
CHAT_HEAD = lazyregex.compile(rf"{_CHAT_NAMING}|消息记录[(（]此消息记录为文本格式[^\n]{{0,30}}")


# A chat's own rows in a copy of its messages (a desktop client's copy of several selected messages: 钉钉, 飞书,
# 企业微信, WeChat): a read receipt under a message (已读, 2人未读), a file or picture message's caption ([文件]
# 某某.docx) and a recall notice (张某撤回了一条消息). Read only in a copy that shows itself (`pasted_chat`).
_CHAT_ROW = lazyregex.compile(
    r"(?:已读|未读|全部已读|\d{1,4}人(?:已读|未读)|\[(?:文件|图片|语音|视频|链接|表情|动画表情)\][^\n]{0,80}"
    r"|[^\n:：。，,]{1,24}撤回了一条消息)"
)


# What a sender line's stamp shows beyond a bare hour (a day, a date, the seconds), and the words a schedule's
# line ends its label with before a bare hour: such a line opening the text is a schedule's, not a sender's.
# An organ's name (某某区住建局, 某某街道, 某镇, 12345热线: the organ table's endings, govdoc.organ_names) or a portal's
# label for its answer (官方回复, 部门答复, 承办单位): a sender line so named is an organ's post in a portal's 问政
# thread, never a chat's to drop (a person's name with the unit, 张某(市民政局), ends otherwise) (diffread-B B1)
_ORGAN_NAME = lazyregex.compile(rf"(?:{ORGAN_ENDINGS})$")
_ANSWER_POSTERS = ("回复", "答复", "单位")
# A role's label as the name of a who/when line (主持人  6月18日 10:00, 带班领导  6月8日 08:30): an 在线访谈's
# transcript or a 值班安排 names its speakers and its shifts so, by their part, and its stamps are the document's
# own words (when each spoke, when each shift begins); a chat client names a person (张某, 办公室小周,
# 张某(市民政局)) (diffread-B B2)
_ROLE_SPEAKERS = (
    "主持人",
    "主持",
    "嘉宾",
    "网友",
    "记者",
    "发言人",
    "主讲人",
    "值班员",
    "值班人",
    "值班人员",
    "值班领导",
    "带班领导",
    "带班人员",
    "带班人",
    "值守人员",
)
_DAY_MARKS = ("月", "昨天", "前天", "星期")  # (a day as a client writes it: 6月18日, 昨天; never a year's full date)
_SCHEDULE_WORDS = (
    "时间",
    "时段",
    "日期",
    "上午",
    "下午",
    "中午",
    "晚上",
    "早上",
    "凌晨",
    "傍晚",
    "全天",
    "开始",
    "结束",
)


def pasted_chat(text: str) -> frozenset[str]:
    """A chat's sender lines and its own rows (`_CHAT_ROW`) in a copy of its messages without an export's head:
    the text opens with a sender line (`张某(市民政局)  6月18日 10:21`, `办公室-张某 2024/6/18 10:21`, `张某  10:21`:
    no document opens with a name and a clock time; a schedule's label before a bare hour, 会议时间 9:30, is no
    sender) and a second sender line of the same sender opens a later message, after a blank line; and a client
    shows itself besides: a stamp with a day as a client writes it (6月18日, 昨天), one of its rows (已读, [文件] …)
    or a message naming its readers (@所有人). Then each
    line of a sender's shape opening a message (the text's first line, or right after a blank line) is a
    sender's, and each chat row is the chat's. Empty for any other text: a log of bare hours, an agenda (9:30  张某
    通报…) or a schedule is no chat copy (session 18's lesson)."""
    head = text.lstrip(LINE_EDGES)
    end = head.find("\n", 0, 80)
    if end < 0 and len(head) > 80:
        return frozenset()  # a first line longer than any sender line
    opening = _CHAT_SENDER.fullmatch(head[: len(head) if end < 0 else end].rstrip(LINE_EDGES))
    if opening is None or opening.group("name") is None:
        return frozenset()  # (most texts: their first line is asked alone)
    if opening.group("name").endswith(_SCHEDULE_WORDS):
        return frozenset()  # 会议时间 9:30, 上午 8:30: a schedule's label and its hour, no sender (conv23's guard)
    lines = head.splitlines()
    first = 0
    senders: list[str] = []
    names: list[str] = []
    rows: list[str] = []
    mention = False  # a group message naming its readers (@所有人, @王某): a client's mark
    blank = True
    for line in lines[first:]:
        whole = line.strip(LINE_EDGES)
        if not whole:
            blank = True
            continue
        m = _CHAT_SENDER.fullmatch(whole) if blank else None
        if m is not None and m.group("name") is not None:
            senders.append(whole)
            names.append(m.group("name"))
        elif _CHAT_ROW.fullmatch(whole) is not None:
            rows.append(whole)
        mention = mention or whole[:1] in "@＠"
        blank = False
    if names.count(opening.group("name")) < 2:
        return frozenset()  # one sender line alone shows no chat
    if any(name.endswith(_ANSWER_POSTERS) or _ORGAN_NAME.search(name) for name in names):
        return frozenset()  # an organ posts its answer under its name and day: a portal thread (review23 R6b)
    if any(name.startswith(_ROLE_SPEAKERS) for name in names):
        # a transcript's or a schedule's who/when lines name roles: a document's (diffread-B B2); a role word
        # the name opens with (主持人, 嘉宾（某局）), not one a member's display name ends on (区融媒体中心记者,
        # 热心网友: a chat's, diffread-C C1)
        return frozenset()
    if not rows and not mention and not any(_dated(line, name) for line, name in zip(senders, names, strict=True)):
        # a bare hour under a name a line (值班员 08:30 ⏎ 巡查正常) may be a log's, and a full date with its seconds
        # a portal thread's post (张三 2024-05-06 10:21:33 ⏎ …, the organ's answer under its own: review23 R6)
        return frozenset()
    return frozenset(senders) | frozenset(rows)


# A chat row naming what was sent after its bracket (`[文件] 第52号提案答复.pdf`): a message's content, said where
# the row leaves; a bare `[图片]`, a read receipt or a recall notice is the client's bookkeeping.
_NAMED_ROW = re.compile(r"\[[^\]\n]{1,8}\][ \t]*\S")


def chat_lines_said(text: str, chat: frozenset[str]) -> list[str]:
    """The lines of `chat` (`chat_senders`, `pasted_chat`) the reader leaves out that say who wrote and when, or
    name a file sent (`[文件] 名.docx`), and the export's head lines naming the chat (`消息对象:周某`, `群聊的聊天记录`:
    who the talk was with), in the text's order: said in the text's one `app-record` warning, as a mail's
    From/To/Date lines are (fixChat23: nothing a person wrote leaves unsaid). The client's own rows (已读, 2人未读,
    …撤回了一条消息, a bare [图片]) and QQ's banner (消息记录（此消息记录为文本格式…）) stay unsaid, a site's chrome.
    Walks the lines only of a chat text."""
    said: list[str] = []
    for line in text.splitlines():
        whole = line.strip(LINE_EDGES)
        if _said(whole, chat):
            said.append(whole)
    return said


def _said(whole: str, chat: frozenset[str]) -> bool:
    """A line of `chat` saying who wrote and when or naming a file, or a head line naming the chat (asked only
    where the line ends or opens as one may: most lines ask no more)."""
    if whole in chat:
        return _CHAT_ROW.fullmatch(whole) is None or _NAMED_ROW.match(whole) is not None
    return (whole[-4:] == "聊天记录" or whole[:2] == "消息") and CHAT_NAMING.fullmatch(whole) is not None


def _dated(line: str, name: str) -> bool:
    """A sender line's stamp shows a day as a chat client writes it (6月18日, 昨天, 星期三): a log's bare hour and a
    forum's or mailbox's full date with its seconds do not."""
    stamp = line[len(name) :]
    return any(mark in stamp for mark in _DAY_MARKS)


def stamped_chat(text: str) -> bool:
    """Whether `_MIN_STAMPED` lines or more open with a message's stamp (`STAMPED_MESSAGE`), one of them with its
    sender: the text is such an export."""
    named = False
    for found, m in enumerate(STAMPED_MESSAGE.finditer(text), 1):
        named = named or m.group("sender") is not None
        if found >= _MIN_STAMPED and named:
            return True
    return False


def stamped_lines_said(text: str) -> list[str]:
    """The stamps and senders a stamped chat's messages open with (`STAMPED_MESSAGE`), which the reader leaves out:
    who wrote and when, said as `chat_lines_said`'s are."""
    return [m.group().rstrip(": ") for m in STAMPED_MESSAGE.finditer(text) if m.group("sender") is not None]


def shows_mail(text: str) -> bool:
    """Whether the text shows a mail: two header lines of different keys, or a quoted line, an
    attribution line or a client's separator (`MAIL_SIGN`)."""
    if MAIL_SIGN.search(text) is not None:
        return True
    return len({m.group("key") for m in _MAIL_HEADER.finditer(text)}) >= 2


def sms_parts(text: str) -> bool:
    """Whether lines open with the counts of an SMS's parts, 1 to N of one N, each once."""
    parts = [(int(m.group("k")), int(m.group("n"))) for m in SMS_PART.finditer(text)]
    if len(parts) < 2:
        return False
    total = parts[0][1]
    return sorted(parts) == [(k, total) for k in range(1, total + 1)]


# A speech-to-text app's transcript (a meeting or recording app's export): the label it gives each voice it tells
# apart, numbered (发言人1, 说话人2, Speaker 1), with the time into the recording (00:00:02, 01:02:41), on a line
# over what the voice said. A person's transcript names its speakers (主持人, 张某: a document's own who/when
# lines, `_ROLE_SPEAKERS`); a number after the role word is the app's diarization. And the export's head above the
# first voice: the recording's name (录音转写 2025-07-09 15:30) and its length (时长 00:02:41).
_TRANSCRIPT_SPEAKER = lazyregex.compile(
    r"^(?:发言人|说话人|讲话人|Speaker|SPEAKER|speaker)[ _]?\d{1,2}[ \t]{1,4}(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*\r?$",
    regex.M,
)
_TRANSCRIPT_HEAD = lazyregex.compile(
    r"(?:录音|语音|音频|会议|通话)转写[^\n]{0,40}|(?:录音|音频)?时长[ ]?[:：]?[ ]?(?:\d{1,2}:)?\d{1,2}:\d{2}"
)


def transcript_speakers(text: str) -> frozenset[str]:
    """A speech-to-text transcript's voice lines (`_TRANSCRIPT_SPEAKER`), `_MIN_CHAT` of them or more, and the
    export's head lines above the first (`_TRANSCRIPT_HEAD`): left out as a chat's sender lines are, and said (who
    spoke, when, which recording; conv30). Empty for any other text."""
    found = [m for m in _TRANSCRIPT_SPEAKER.finditer(text)]
    if len(found) < _MIN_CHAT:
        return frozenset()
    head = [line.strip(LINE_EDGES) for line in text[: found[0].start()].splitlines()]
    return frozenset(m.group().strip(LINE_EDGES) for m in found) | frozenset(
        line for line in head if line and _TRANSCRIPT_HEAD.fullmatch(line) is not None
    )


def opens_chat(text: str) -> bool:
    """Whether the text opens with a chat export's own head (`CHAT_HEAD` the whole first line: QQ's
    `消息记录（此消息记录为文本格式…）`, WeChat's `…的聊天记录` caption): the evidence a sender line is asked
    after. A stamped log (`2024-06-12 08:00:00 水位正常` three times) or a sentence naming someone's
    聊天记录 shows no chat (diffread-A A1, A2)."""
    first = text.lstrip(LINE_EDGES)
    end = first.find("\n", 0, 200)
    return CHAT_HEAD.fullmatch(first[: len(first) if end < 0 else end].rstrip(LINE_EDGES)) is not None


def chat_senders(text: str) -> frozenset[str]:
    """A chat's sender lines (`_CHAT_SENDER`), where one sender opens `_MIN_CHAT` of them or more (asked
    only of a text `opens_chat`)."""
    found: dict[str, list[str]] = {}
    stamps: list[str] = []  # QQ's: a full date with seconds before the sender
    for m in _CHAT_SENDER.finditer(text):
        line = m.group().strip(LINE_EDGES)
        found.setdefault(m.group("qq") or m.group("name"), []).append(line)
        if m.group("qq"):
            stamps.append(line)
    chat = frozenset(line for lines in found.values() if len(lines) >= _MIN_CHAT for line in lines)
    # once the export shows itself, each of its stamped lines is a sender's, who wrote once too
    return chat | frozenset(stamps) if chat & frozenset(stamps) else chat
