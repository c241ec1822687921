"""Fixes to noise21's chrome rules that diffread-A found dropping a document's own lines (each test a new
example of the finding's cause, failing on main before the fix, with the rule's own case beside it)."""

from __future__ import annotations

import govdoc

_REPLY_END = (
    "关于县政协十一届三次会议第19号提案的答复\n"
    "周某某委员：\n"
    "    您提出的关于优化企业开办服务的提案收悉。现答复如下：今年已实现企业开办一日办结。\n"
    "    特此答复。\n"
    "某县市场监督管理局\n"
    "2024年8月20日\n"
)


def test_readers_comments_speaking_of_logging_in_are_warned_when_they_leave() -> None:
    # A1: a comment holding a form's word (登录, 注册) is still a reader's: its drop is said
    text = _REPLY_END + "网友评论\n网友丙：希望手机上也能注册。\n网友丁：登录后找不到申报入口。\n"
    doc = govdoc.parse_text(text)
    assert "希望手机上也能注册" not in doc.text
    assert "comments-dropped" in {w.code for w in doc.warnings}


def test_an_empty_comment_box_still_leaves_unwarned() -> None:
    doc = govdoc.parse_text(_REPLY_END + "发表评论\n文明上网，理性发言\n登录后发表评论\n暂无评论\n")
    assert "文明上网" not in doc.text
    assert "comments-dropped" not in {w.code for w in doc.warnings}


def test_a_print_notices_own_print_time_row_stays() -> None:
    # A3: a notice about printing admission tickets ends on its own 打印时间 row over the page's tools
    text = (
        "关于2024年下半年全县事业单位招聘笔试准考证打印的公告\n"
        "    报考人员请按以下时间和网址自行打印准考证，逾期不再受理。\n"
        "打印网址：https://rsj.example.gov.cn/ks\n"
        "打印时间：2024年9月10日 09:00\n"
        "【打印本页】【关闭窗口】\n"
    )
    doc = govdoc.parse_text(text)
    assert "打印时间：2024年9月10日 09:00" in doc.text


def test_a_pages_print_stamp_under_a_reply_still_leaves() -> None:
    doc = govdoc.parse_text(_REPLY_END + "打印时间：2024-08-21 10:02\n【打印本页】【关闭窗口】\n")
    assert "打印时间" not in doc.text


def test_a_step_that_shares_to_platforms_is_the_notices_text() -> None:
    # A4: a line opening with 分享到 that goes on in words is no share bar, nor are the platforms under it
    text = (
        "关于开展“最美河湖”随手拍活动的通知\n"
        "各镇人民政府：\n"
        "    现就有关事项通知如下。\n"
        "一、参与方式\n"
        "分享到下列平台并注明活动名称即可参与评选\n"
        "微信\n"
        "微博\n"
        "二、活动时间\n"
        "2024年8月1日至8月31日。\n"
        "某县水利局\n"
        "2024年7月25日\n"
    )
    doc = govdoc.parse_text(text)
    assert "分享到下列平台并注明活动名称即可参与评选\n微信\n微博" in doc.text


def test_a_share_bar_and_its_captions_still_leave() -> None:
    doc = govdoc.parse_text(_REPLY_END + "分享到：\n微信\n微博\nQQ空间\n")
    assert "QQ空间" not in doc.text and "分享到" not in doc.text
