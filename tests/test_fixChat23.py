"""fixChat23: a chat's sender lines and its rows naming a file, which the text reader leaves out of
Document.text (readers.messages `pasted_chat`, conv23; `chat_senders` under an export's head, session 18),
are said in the text's one `text-repaired` `app-record` warning (span null, the message quoting them), as a
mail's From/To/Date lines are (README "Schema 1.11 adds": who wrote and when is said; a tool's bookkeeping
stays unsaid). The client's pure bookkeeping (已读, 2人未读, …撤回了一条消息, a bare [图片]) stays unsaid, as a
site's chrome. Each cause test is a NEW chat (no probe's or repro's text) and fails on main before the fix;
each guard passes there and here."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants, invented


def _parsed(source: str) -> govdoc.Document:
    doc = govdoc.parse_text(source)
    check_invariants(doc)
    assert invented(doc.text, source) is None
    return doc


def _records(doc: govdoc.Document) -> list[str]:
    """The messages of the text's `app-record` warnings (one at most, span null)."""
    found = [w for w in doc.warnings if w.code == "text-repaired" and w.message.startswith("app-record")]
    assert all(w.span is None for w in found)
    return [w.message for w in found]


_REPLY = [
    "关于县政协十一届二次会议第52号提案的答复",
    "王某委员：",
    "您提出的《关于加强农村饮水安全保障的提案》收悉，现答复如下：",
    "一、推进水厂提标改造",
    "今年我局完成三座乡镇水厂消毒设施改造，出厂水达标率提升至百分之九十八。",
    "二、下一步工作",
    "我局将继续加大投入，确保群众喝上放心水。",
    "感谢您对水利工作的关心和支持。",
    "某县水利局",
    "2024年7月15日",
]


# --- a chat copied without its export's head (pasted_chat) ---------------------------------------------------


def test_a_pasted_chats_sender_lines_and_file_row_are_said_in_one_app_record() -> None:
    """A 钉钉 copy of three selected messages (sender lines with a client's day, a read receipt, a file message and
    a recall notice): the sender lines and the file's row leave the text and are quoted in the one `app-record`
    warning; the receipt and the recall stay unsaid (the client's bookkeeping)."""
    source = "\n".join(
        [
            "赵某(县水利局办公室)  7月15日 09:40",
            *_REPLY[:5],
            "已读",
            "",
            "赵某(县水利局办公室)  7月15日 09:41",
            *_REPLY[5:],
            "[文件] 第52号提案答复.pdf",
            "",
            "赵某(县水利局办公室)  7月15日 09:42",
            "钱某撤回了一条消息",
            "",
        ]
    )
    doc = _parsed(source)
    assert "09:40" not in doc.text and "[文件]" not in doc.text and "撤回" not in doc.text
    assert doc.header.title == _REPLY[0]
    (message,) = _records(doc)
    for line in (
        "赵某(县水利局办公室)  7月15日 09:40",
        "赵某(县水利局办公室)  7月15日 09:41",
        "赵某(县水利局办公室)  7月15日 09:42",
        "[文件] 第52号提案答复.pdf",
    ):
        assert line in message, line
    assert "已读" not in message and "撤回了一条消息" not in message


def test_a_pasted_chat_with_bare_hours_and_a_mention_names_each_sender_line() -> None:
    """A WeChat group copy: sender lines with a bare hour, a message naming @所有人 (the client's mark); two senders.
    Every sender line is said, in text order, in the one warning."""
    source = "\n".join(
        [
            "孙某  14:02",
            "@所有人 请各位查收县水利局的答复：",
            "",
            "李某  14:05",
            "收到",
            "",
            "孙某  14:06",
            *_REPLY,
            "",
        ]
    )
    doc = _parsed(source)
    (message,) = _records(doc)
    at = [message.index(line) for line in ("孙某  14:02", "李某  14:05", "孙某  14:06")]
    assert at == sorted(at)
    assert "14:0" not in doc.text


# --- a chat export with its head (chat_senders, session 18) -------------------------------------------------


def test_a_qq_exports_sender_lines_are_said_in_one_app_record() -> None:
    """QQ's text export of a conversation (its head, a stamped sender line over each message): each sender line is
    quoted in the one `app-record` warning."""
    parts = ["\n".join(_REPLY[:3]), "\n".join(_REPLY[3:8]), "\n".join(_REPLY[8:])]
    stamps = ["2024-07-15 9:40:12 周某", "2024-07-15 9:41:30 周某", "2024-07-15 9:43:05 周某"]
    source = "消息记录（此消息记录为文本格式，不支持重新导入）\n\n消息对象:周某\n\n" + "".join(
        f"{stamp}\n{part}\n\n" for stamp, part in zip(stamps, parts, strict=True)
    )
    doc = _parsed(source)
    assert "周某" not in doc.text and doc.header.title == _REPLY[0]
    (message,) = _records(doc)
    assert all(stamp in message for stamp in stamps)


def test_a_wechat_merged_forwards_sender_lines_are_said() -> None:
    """WeChat's merged forward under its 聊天记录 caption (a sender line with the day over each message)."""
    parts = ["\n".join(_REPLY[:3]), "\n".join(_REPLY[3:8]), "\n".join(_REPLY[8:])]
    senders = ["水利股小吴 昨天 17:10", "水利股小吴 昨天 17:11", "水利股小吴 昨天 17:12"]
    source = "群聊的聊天记录\n" + "".join(f"{s}\n{p}\n" for s, p in zip(senders, parts, strict=True))
    doc = _parsed(source)
    assert "小吴" not in doc.text
    (message,) = _records(doc)
    assert all(s in message for s in senders)


# --- guards: texts with no chat keep their warnings ------------------------------------------------------------


def test_a_plain_reply_gets_no_app_record() -> None:
    doc = _parsed("\n".join(_REPLY) + "\n")
    assert _records(doc) == [] and doc.header.title == _REPLY[0]
    assert doc.signature is not None and doc.signature.issuers == ("某县水利局",)


def test_a_minutes_with_speakers_and_times_gets_no_app_record() -> None:
    """Guard: a 纪要 whose body names speakers and hours (张某 9:30 …) keeps every line, and says nothing new."""
    source = "\n".join(
        [
            "县防汛抗旱指挥部工作会议纪要",
            "2024年6月3日，县防汛抗旱指挥部召开工作会议。纪要如下：",
            "会议议程",
            "张某  9:30",
            "通报今年以来雨情水情。",
            "",
            "张某  10:10",
            "部署汛期值班值守工作。",
            "",
            "李某  10:40",
            "讲话。",
            "会议要求，各成员单位严格落实二十四小时值班制度。",
        ]
    )
    doc = _parsed(source + "\n")
    assert "张某  9:30" in doc.text and "张某  10:10" in doc.text and "李某  10:40" in doc.text
    assert _records(doc) == []


def test_a_portal_wenzheng_thread_keeps_its_posters_and_says_nothing_new() -> None:
    """Guard (review23 R6/R6b's shape, a new thread): posters with client-like days and the organ's answer: no chat,
    every line stays, no `app-record`."""
    posts = ["陈某 8月2日 21:15", "村口路灯坏了一个多月。", "", "陈某 8月9日 07:30", "追问：什么时候修？", ""]
    posts += ["某镇人民政府 8月12日 10:00", "网友您好：路灯已于8月11日修复。感谢您的监督！"]
    doc = _parsed("\n".join(posts) + "\n")
    assert "陈某 8月2日 21:15" in doc.text and "某镇人民政府 8月12日 10:00" in doc.text
    assert _records(doc) == []


def test_a_mails_app_record_quotes_its_header_lines_only() -> None:
    """Guard: a mail read as text keeps its one `app-record` warning, quoting its From/Date lines, nothing else."""
    source = (
        "From: Wang Mou <wangmou@example.gov.cn>\n"
        "To: office@example.gov.cn\n"
        "Subject: reply\n"
        "Date: Mon, 15 Jul 2024 10:00:00 +0800\n\n" + "\n".join(_REPLY) + "\n"
    )
    doc = _parsed(source)
    (message,) = _records(doc)
    assert "From: Wang Mou" in message and "Date: Mon, 15 Jul" in message
    assert "水利" not in message
