"""Causes of diffread-A's findings on round 18's conversion rules (readers.text, the trailer's bare
contact labels), each tested on a NEW example of the cause (fails on main d990734 before the fix),
with a guard that the case the rule was written for still reads as it did."""

from __future__ import annotations

import json
from typing import SupportsIndex

from govdoc.blocks import Origin
from govdoc.readers.text import text_blocks
from tests.probing import checked, codes

_HEAD = "关于市人大十六届二次会议第118号建议的答复\n\n孙某代表：\n\n您提出的关于加强农村供水保障的建议收悉，现答复如下：\n\n"
_END = "特此答复。\n\n某县水利局\n\n2024年8月12日\n"


# --- A1, A2: a chat's sender lines only in a text that opens with the export's head ---------------------


def test_a_stamped_log_quoted_in_a_reply_keeps_every_line() -> None:
    """A1: three identical stamped lines (a pump station's log) are no QQ export: no head, no drop."""
    log = (
        "2024-07-03 06:00:00 泵站运行正常\n2024-07-03 12:00:00 泵站运行正常\n"
        "2024-07-03 18:00:00 泵站运行正常\n2024-07-03 21:40:10 出水压力低于0.2兆帕\n"
    )
    doc = checked(_HEAD + "一、供水运行情况\n\n泵站运行日志摘录如下：\n" + log + "\n" + _END)
    for line in log.splitlines():
        assert line in doc.text


def test_a_qq_export_with_its_head_still_loses_its_stamped_lines() -> None:
    """A1 guard: under QQ's export head each stamped sender line, a member's who wrote once too, leaves."""
    messages = [
        "关于市人大十六届二次会议第118号建议的答复",
        "孙某代表：",
        "您提出的建议收悉，现答复如下：",
        "特此答复。",
    ]
    source = "消息记录（此消息记录为文本格式，不支持重新导入）\n\n消息分组:我的好友\n\n" + "".join(
        f"2024-08-12 10:0{i}:31 水利局-周某(1234567)\n{m}\n\n" for i, m in enumerate(messages)
    )
    doc = checked(source + "2024-08-12 10:09:02 孙某(7654321)\n收到\n")
    assert "周某" not in doc.text and "孙某(7654321)" not in doc.text and "消息分组" not in doc.text
    assert doc.header.title == "关于市人大十六届二次会议第118号建议的答复"


def test_a_sentence_naming_someones_chat_record_turns_no_timetable_into_senders() -> None:
    """A2: 的聊天记录 inside a sentence is no WeChat caption: a timetable's `上午场 9:00` lines stay."""
    body = (
        "一、调查情况\n\n我局调取了施工方与村民的聊天记录，确认停水通知已提前发布。\n\n"
        "二、送水安排\n\n应急送水时间为：\n上午场 8:30\n上午场 9:30\n上午场 10:30\n下午场 15:00\n\n"
    )
    doc = checked(_HEAD + body + _END)
    assert doc.text.count("上午场") == 3 and "10:30" in doc.text


def test_a_wechat_forward_under_its_caption_still_loses_its_sender_lines() -> None:
    """A2 guard: under the caption line, a name-and-time line opening three messages or more leaves."""
    source = "".join(
        f"水利局小孙 14:0{i}\n{m}\n"
        for i, m in enumerate(["关于市人大十六届二次会议第118号建议的答复", "孙某代表：", "特此答复。"])
    )
    doc = checked("县水利局工作群的聊天记录\n" + source)
    assert "小孙" not in doc.text and "聊天记录" not in doc.text


# --- A11: unstructured's JSON element list read in one pass -------------------------------------------------


class _CountingText(str):
    """A text that tallies the characters its `count` calls read (what a rule reads in C runs no
    Python line, so the growth tests' line count cannot see it)."""

    read = 0

    def count(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        a, b, _ = slice(start, end).indices(len(self))
        _CountingText.read += max(0, b - a)
        return super().count(sub, start, end)


def _element_list(n: int) -> str:
    elements = [{"type": "Title", "element_id": "t", "text": "关于某事项的答复", "metadata": {"page_number": 1}}]
    elements += [
        {"type": "NarrativeText", "element_id": f"e{i}", "text": f"第{i}段，我局已完成相关工作。", "metadata": {}}
        for i in range(n)
    ]
    return json.dumps(elements, ensure_ascii=False, indent=4)


def test_an_element_lists_line_numbers_are_counted_in_one_pass_over_the_file() -> None:
    """A11: per character of input, the characters `count` reads stay the same at four times the
    elements (each element's line counted from the file's start made them grow with the list)."""
    per_char = []
    for n in (100, 400):
        text = _element_list(n)
        _CountingText.read = 0
        blocks = text_blocks(_CountingText(text))
        assert len(blocks) == n + 1 and blocks[1].origin == Origin(
            (f"line:{text[: text.find('第0段')].count(chr(10)) + 1}",)
        )
        per_char.append(_CountingText.read / len(text))
    assert per_char[1] <= 1.5 * per_char[0]


def test_a_json_records_title_after_its_text_keeps_its_own_line() -> None:
    """A11 guard: a record whose title member follows its text member: each value's own line."""
    text = '{\n  "content": "您提出的建议收悉，现答复如下：我局已完成农村供水管网改造四十公里，新建水厂两座。特此答复。某县水利局",\n  "title": "关于供水的答复"\n}'
    blocks = text_blocks(text)
    assert [(b.text[:4], b.origin) for b in blocks] == [
        ("关于供水", Origin(("line:3",))),
        ("您提出的", Origin(("line:2",))),
    ]


# --- A6: the reprint card's description line, spaced as the card's other lines ------------------------------


_NOTICE = (
    "某县卫生健康局关于开展2024年爱国卫生月活动的通知\n各乡镇卫生院：\n现就开展爱国卫生月活动通知如下：\n"
    "一、活动时间\n4月1日至4月30日。\n二、活动内容\n开展环境卫生整治。\n某县卫生健康局\n2024年3月28日\n"
)


def test_a_title_naming_the_reprinted_account_after_a_blank_line_stays_the_title() -> None:
    """A6: the card's lines stand together; the post's title, after a blank line, is no description."""
    doc = checked("以下文章来源于某县卫生健康局 ，作者某县卫生健康局\n某县卫生健康局.\n\n" + _NOTICE)
    assert doc.header.title == "某县卫生健康局关于开展2024年爱国卫生月活动的通知"
    assert "以下文章来源于" not in doc.text


def test_a_reprint_cards_description_spaced_as_its_name_line_still_leaves() -> None:
    """A6 guard: the description under the name, spaced alike (no blank lines, or one each), leaves."""
    for gap in ("", "\n"):
        card = f"以下文章来源于某县卫生健康局 ，作者某县卫生健康局\n{gap}某县卫生健康局.\n{gap}某县卫生健康局官方公众号\n{gap}"
        doc = checked(card + _NOTICE)
        assert doc.header.title == "某县卫生健康局关于开展2024年爱国卫生月活动的通知"
        assert "官方公众号" not in doc.text and "以下文章来源于" not in doc.text


# --- A5: a contact label alone over its value, read into the contact, is placed --------------------------


def test_contact_labels_alone_over_their_values_are_read_and_not_warned_unplaced() -> None:
    """A5: docx2txt's flattened contact table (`联系人` ⏎ `钱某` ⏎ `手机` ⏎ `13805710002`): the contact is
    read, and its label lines are the contact's words, no `content-unplaced`."""
    body = "一、供水情况\n\n全县农村自来水普及率达到百分之九十八。\n\n"
    doc = checked(_HEAD + body + _END + "\n联系人\n\n钱某\n\n手机\n\n13805710002\n")
    assert doc.contact is not None and doc.contact.name == "钱某" and list(doc.contact.phones) == ["13805710002"]
    assert "content-unplaced" not in codes(doc)


def test_a_contact_label_over_a_sentence_is_still_text_in_no_element() -> None:
    """A5 guard: the label over a sentence gives no contact; the sentence is warned as before."""
    body = "一、供水情况\n\n全县农村自来水普及率达到百分之九十八。\n\n"
    doc = checked(_HEAD + body + _END + "\n联系人\n请各乡镇于9月10日前报送供水管理员名单。\n")
    assert doc.contact is None or doc.contact.name is None
    assert "content-unplaced" in codes(doc)


# --- A4: OneNote's stamp only where it stands apart from the page's text ------------------------------------


def test_a_notices_date_weekday_and_hour_under_its_title_stay() -> None:
    """A4: a meeting notice that prints the meeting's day and hour under its title and goes straight on
    to its 主送 shows no OneNote page: both lines stay."""
    source = (
        "关于召开全县农村供水工作推进会的通知\n2024年8月20日 星期二\n14:30\n各乡镇人民政府，县直有关单位：\n"
        "定于上述时间在县政府三楼会议室召开全县农村供水工作推进会，请准时参加。\n特此通知。\n某县水利局\n2024年8月16日\n"
    )
    doc = checked(source)
    assert "2024年8月20日" in doc.text and "星期二" in doc.text and "14:30" in doc.text


def test_a_onenote_pages_stamp_set_apart_by_a_blank_line_still_leaves() -> None:
    """A4 guard: OneNote's copy gives the page's head (title, date and weekday, time) apart from its text."""
    doc = checked(
        _HEAD.replace("\n\n", "\n2024年8月13日 星期二\n9:41\n\n", 1)
        + "一、供水情况\n\n全县农村自来水普及率达到百分之九十八。\n\n"
        + _END
    )
    assert "星期二" not in doc.text and "9:41" not in doc.text
    assert doc.header.title == "关于市人大十六届二次会议第118号建议的答复"
