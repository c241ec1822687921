"""fixB23: diffread-B's B5, B1 and B3 (session 23), each shown on a NEW example of its cause (no repro's text), with
guards that the case the rule was written for still reads. Every cause test fails on main de5a2724."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants, invented


def _parsed(source: str) -> govdoc.Document:
    doc = govdoc.parse_text(source)
    check_invariants(doc)
    assert invented(doc.text, source) is None
    return doc


_NOTICE = [
    "某县卫生健康局关于开展2024年秋季爱国卫生运动的通知",
    "各乡镇卫生院，局属各单位：",
    "为巩固国家卫生县城创建成果，经研究，决定在全县开展秋季爱国卫生运动。请各单位按照方案抓好落实。",
    "特此通知。",
    "某县卫生健康局",
    "2024年9月2日",
]


# --- B5: a notice's own 附件 line under its 落款, over the page's document-viewer toolbar -----------------------


def test_a_notices_attachment_line_over_a_viewer_toolbar_under_the_signature_stays_its_attachment() -> None:
    """B5: the attachment's link under the 落款, the embedded viewer's toolbar under it: the toolbar is chrome,
    the 附件 line is the notice's own (Document.attachments reads it)."""
    lines = [*_NOTICE, "附件：秋季爱国卫生运动实施方案.docx", "首页 上一页 下一页 尾页 1 / 4 下载"]
    doc = _parsed("\n".join(lines) + "\n")
    assert "秋季爱国卫生运动实施方案.docx" in doc.text
    assert list(doc.attachments) == ["秋季爱国卫生运动实施方案.docx"], doc.attachments
    assert "上一页" not in doc.text


def test_a_viewed_files_caption_over_the_toolbar_above_the_text_still_leaves() -> None:
    """Guard (conv23's case): the viewer's caption and toolbar over the viewed notice leave the text."""
    lines = ["爱国卫生运动通知.pdf", "上一页 下一页 1 / 2 放大 缩小 下载 打印", *_NOTICE]
    doc = _parsed("\n".join(lines) + "\n")
    assert "上一页" not in doc.text and "爱国卫生运动通知.pdf" not in doc.text
    assert doc.header.title == _NOTICE[0]


# --- B1: a 问政 thread answered by an organ the reader's short list of last characters did not know -------------


def test_a_portal_thread_answered_by_a_township_keeps_every_posters_line() -> None:
    """B1: a 问政 thread whose answer is posted under a 乡's name (某某乡 8月14日 11:20, an ending of the organ
    table the chat test did not ask): a portal's thread, no chat copy: every poster's line and the answer's day
    stay in the text."""
    posts = ["李某 8月2日 21:47", "村道路灯坏了半个月，晚上出行很不安全。", "", "李某 8月10日 07:58"]
    posts += [
        "追问：路灯还是没有修好。",
        "",
        "某某乡 8月14日 11:20",
        "网友您好：我乡已安排电工更换路灯，现已恢复照明。",
    ]
    doc = _parsed("\n".join(posts) + "\n")
    assert "李某 8月2日 21:47" in doc.text and "李某 8月10日 07:58" in doc.text
    assert "某某乡 8月14日 11:20" in doc.text


def test_a_portal_thread_whose_answer_is_posted_under_the_portals_answer_label_keeps_its_lines() -> None:
    """B1 (addendum's shape, a new thread): the answer posted under the portal's label (部门答复 …), the organ
    named only under it: every head line stays."""
    posts = ["市民 3月4日 09:30", "公园厕所长期无人保洁。", "", "市民 3月11日 18:12", "追问：情况仍未改善。", ""]
    posts += ["部门答复 3月15日 10:05", "您好：已督促保洁公司每日清扫两次。", "某某区城市管理局"]
    doc = _parsed("\n".join(posts) + "\n")
    assert "市民 3月4日 09:30" in doc.text and "部门答复 3月15日 10:05" in doc.text


def test_a_work_groups_chat_copy_with_a_unit_in_brackets_still_leaves_its_sender_lines() -> None:
    """Guard (conv23's case): a chat copy whose senders name their unit in brackets (王某(某乡政府办)) and the
    client's rows: the sender lines and rows leave, the notice reads."""
    source = (
        "王某(某乡政府办)  前天 09:05\n" + "\n".join(_NOTICE[:4]) + "\n2人未读\n\n"
        "王某(某乡政府办)  前天 09:06\n" + "\n".join(_NOTICE[4:]) + "\n"
    )
    doc = _parsed(source)
    assert "09:05" not in doc.text and "09:06" not in doc.text and "人未读" not in doc.text
    assert doc.header.title == _NOTICE[0]


# --- B3: Word's non-breaking hyphen (U+001E) inside a line reaches the text and the values ---------------------


def test_words_non_breaking_hyphen_in_a_fax_and_a_school_year_is_read_as_a_hyphen_not_a_control() -> None:
    """B3: Word's Range.Text writes its non-breaking hyphen as U+001E (传真：020\\x1e83456789, 2023\\x1e2024学年):
    the text and the contact hold the character Word means (U+2011), no record separator."""
    line = "请各校在2023\x1e2024学年第二学期结束前完成自查。"
    lines = [*_NOTICE[:3], line, *_NOTICE[3:], "联系人：陈某", "联系电话：020\x1e83456789"]
    doc = _parsed("\n".join(lines) + "\n")
    assert "\x1e" not in doc.text
    assert "2023\u20112024学年" in doc.text
    assert doc.contact is not None and doc.contact.phones == ("020\u201183456789",)


def test_a_record_separator_opening_each_line_still_parts_the_lines() -> None:
    """Guard (conv23's case): U+001E at a line's edge is a JSON text sequence's separator, no hyphen: each line
    of the notice stays its own and no U+2011 is written."""
    doc = _parsed("\x1e" + "\n\x1e".join(_NOTICE) + "\n")
    assert "\u2011" not in doc.text
    assert doc.header.title == _NOTICE[0]
