"""The separator a mail client writes over a mail it forwards or answers, defined once for every layer: the text
reader asks it whether a text shows a mail (readers.messages `MAIL_SIGN`), and `patterns.chrome` drops its line as
the client's, no line of the document. A reader may not import `patterns`, so the words stand here, the one place,
as `organ_names` does for an organ's endings."""

from __future__ import annotations

# The words between the dashes (-----原始邮件-----, -------- 转发邮件信息 -------- of 网易, ---------- Forwarded message
# --------- of Gmail, -----Original Message----- of Outlook, -------- 转发的消息 -------- and -------- Forwarded Message
# -------- of Thunderbird): one alternation, each client's words once.
FORWARD_SEPARATOR_WORDS = (
    r"原始邮件|转发邮件(?:信息)?|转发的邮件|邮件原文|Original Message|Forwarded message|转发的?消息|Forwarded[ ]Message"
)
# The separator's line: the words between two runs of dashes.
FORWARD_SEPARATOR = rf"-{{2,}}[ ]{{0,2}}(?:{FORWARD_SEPARATOR_WORDS})"
