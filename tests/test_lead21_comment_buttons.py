"""A message board's 我要留言 button and a page's 发表评论 button are no head of readers' comments where
the document's own lines follow them (diffread-A A8): noise21's empty-comment-box label cut everything
under such a button to the text's end, a mailbox answer's 回复单位/回复内容 rows and a reply's contact
among it."""

from __future__ import annotations

import govdoc

_BOARD = (
    "关于小区门口夜间施工噪音扰民的问题\n"
    "留言时间：2024-08-12\n"
    "留言内容：小区东门外道路施工每晚持续到凌晨一点，严重影响居民休息，请相关部门处理。\n"
    "2024-08-12\n"
    "我要留言\n"
    "回复单位：某市城市管理局\n"
    "回复时间：2024-08-15\n"
    "回复内容：您好！经核查，该工程已办理夜间施工许可，我局已责令施工单位晚十点后停止高噪音作业。感谢您的监督。\n"
)


def test_a_message_boards_write_button_leaves_the_answer_below_it_in_the_text() -> None:
    doc = govdoc.parse_text(_BOARD)
    assert "责令施工单位晚十点后停止高噪音作业" in doc.text
    assert "comments-dropped" not in {w.code for w in doc.warnings}


_REPLY = (
    "关于县政协十一届二次会议第46号提案的答复\n"
    "钱某某委员：\n"
    "    您提出的关于加快农贸市场改造的提案收悉。现答复如下：今年已完成3个农贸市场提升改造。\n"
    "    特此答复。\n"
    "某县商务局\n"
    "2024年9月2日\n"
    "发表评论\n"
    "联系人：孙某某\n"
    "联系电话：0566-5021234\n"
)


def test_a_comment_button_over_the_replys_own_contact_keeps_the_contact() -> None:
    doc = govdoc.parse_text(_REPLY)
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("孙某某", ("0566-5021234",))


def test_a_comment_section_of_readers_words_under_the_signature_still_leaves_warned() -> None:
    text = (
        _REPLY.split("发表评论")[0]
        + "网友评论\n网友甲：希望尽快改造完成。\n2024-09-03 10:12\n发表评论\n文明上网，理性发言\n"
    )
    doc = govdoc.parse_text(text)
    assert "希望尽快改造完成" not in doc.text
    assert "comments-dropped" in {w.code for w in doc.warnings}
